"""loaders: the entity registry (data/curated) and the resolution of mentions to its IRIs.

A mention resolves when it matches an entity's English or Chinese name, alias or abbreviation.
Resolution is deterministic and explainable: ``candidates()`` says which name matched and how.
Abbreviations match case-sensitively and only as whole words; they never merge two entities:
an abbreviation shared by several entities is ambiguous and resolves to nothing. So does any
name or alias shared by several entities; each such mention found in a text is kept in
``ambiguous`` so a loader can say it was not resolved, rather than drop it silently.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import ChainMap, defaultdict
from collections.abc import Iterable, Iterator, MutableMapping
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, SKOS
from rdflib.term import Node

from defence_kg.core.automata import Strings
from defence_kg.core.namespaces import DKG, known_iri

if TYPE_CHECKING:
    from defence_kg.core.store import Store

PARENT_PROPERTIES = {DKG.unitOf, DKG.hostedBy, DKG.subsidiaryOf}
STATEMENT_PARTS = (RDF.subject, RDF.predicate, RDF.object)
NAME_PROPERTIES: dict[Node, str] = {
    SKOS.prefLabel: "name",
    SKOS.altLabel: "alias",
    SKOS.hiddenLabel: "hidden name",
    DKG.abbreviation: "abbreviation",
}


#: what the registry reads from a triple, by its predicate (statement parts are read apart)
_ROLES: dict[Node, str] = {
    DKG.trackerSlug: "slug",
    DKG.country: "country",
    RDF.type: "type",
    **dict.fromkeys(PARENT_PROPERTIES, "parent"),
    **dict.fromkeys(NAME_PROPERTIES, "name"),
}
_STATEMENT_PARTS = frozenset(STATEMENT_PARTS)
#: what ``of_store`` reads as triples, in the store's order (an entity's English label is the
#: last one read): names, slugs and plain parent links; types and stated parents come by query
_STORE_READS = frozenset(str(p) for p, role in _ROLES.items() if role != "type")
_STORE_TYPES = f"SELECT ?s ?type WHERE {{ ?s a ?type FILTER(?type != <{DKG.Statement}>) }}"
#: the predicates whose statements the registry reads (a dataset read without the other
#: statements gives the same registry; see ``dataset.read``)
STATEMENTS_READ = frozenset(str(p) for p in PARENT_PROPERTIES)
_PARENT_LINKS = " ".join(f"<{p}>" for p in sorted(STATEMENTS_READ))
_STORE_STATED_PARENTS = (
    f"SELECT ?st ?unit ?link ?parent WHERE {{ VALUES ?link {{ {_PARENT_LINKS} }} "
    f"?st <{RDF.predicate}> ?link ; <{RDF.subject}> ?unit ; <{RDF.object}> ?parent }}"
)


_DEFENSE = re.compile(r"\bdefense\b")
# a part of an organisation named by its owner's abbreviation: "Fifth Academy of CASC", "14th
# Research Institute of CETC" (not "Key Laboratory of Optics of AU": one "of" only)
_OF_ABBREVIATION = re.compile(
    r"(?P<part>(?:[A-Z0-9][\w-]*\s+){0,3}(?:Academy|Institute|Bureau|Branch))\s+of\s+(?P<owner>[A-Z][A-Z0-9]{1,9})"
)


@lru_cache(maxsize=1 << 16)  # mentions repeat across a build's documents
def normalise(name: str) -> str:
    """The form names are compared in: NFKC, straight quotes, British spelling, no leading 'the'."""
    # string methods where they say the same as a pattern (a fifth of the time: a rebuild reads
    # back twelve thousand names at a million quads); split() and \s agree on what a space is
    name = unicodedata.normalize("NFKC", name).replace("’", "'").replace("‘", "'")
    name = " ".join(name.split()).casefold()
    if "defense" in name:
        name = _DEFENSE.sub("defence", name)
    return name.removeprefix("the ")


@dataclass(frozen=True)
class Candidate:
    """An entity a mention may refer to, and why."""

    iri: URIRef
    label: str
    matched: str
    how: str


#: how many texts' mentions ``Registry.find_in`` keeps (forgotten all at once when there are more)
FOUND_KEPT = 64


class Registry:
    """Names of the curated entities, indexed for resolution."""

    @classmethod
    def of_store(cls, store: Store) -> Registry:
        """The registry of a dataset's names, reading only what it uses: not the statements'
        types, nor the parts of statements other than parent links (at a million quads, 5.5 s
        to read every triple against 1.3 s)."""

        def triples() -> Iterator[tuple[Node, Node, Node]]:
            yield from store.triples(predicates=_STORE_READS)
            yield from ((s, RDF.type, t) for s, t in store.query(_STORE_TYPES)[1])
            for st, unit, link, parent in store.query(_STORE_STATED_PARENTS)[1]:
                yield from ((st, RDF.subject, unit), (st, RDF.predicate, link), (st, RDF.object, parent))

        return cls(triples())

    def __init__(self, triples: Iterable[tuple[Node, Node, Node]]) -> None:
        self._names: dict[str, set[tuple[URIRef, str, str]]] = defaultdict(set)
        self._names_by_iri: dict[URIRef, set[tuple[str, str]]] = defaultdict(set)
        self._abbreviations: dict[str, set[URIRef]] = defaultdict(set)
        self.labels: dict[URIRef, str] = {}
        self.types: dict[URIRef, set[URIRef]] = defaultdict(set)
        self.parents: dict[URIRef, set[URIRef]] = defaultdict(set)
        # (a body's country tells it from a namesake abroad: "Singapore's Ministry of Transport")
        self.countries: dict[URIRef, set[URIRef]] = defaultdict(set)
        self.slugs: dict[str, URIRef] = {}
        # The index find_in uses: names (not hidden ones) by their folded form, in automata that
        # find every folded name in a folded text; abbreviations in automata of their own.
        self._name_keys: dict[str, set[str]] = defaultdict(set)
        self._name_index = Strings()
        self._abbr_index = Strings()
        self._verifiers: dict[str, re.Pattern] = {}
        self._has_empty = False
        self._found: dict[str, list[tuple[int, int, URIRef]]] = {}  # (``find_in``)
        # statement parts: a parent known only as an implied fact (a committee read from its name
        # as the university's) has no plain edge, but still tells which body a mention means
        statements: dict[Node, dict[Node, Node]] = defaultdict(dict)
        for s, p, o in triples:
            # one look-up per triple (comparing rdflib terms one by one took 2 s at a million quads)
            role = _ROLES.get(p)
            if role is None:
                if p in _STATEMENT_PARTS:
                    statements[s][p] = o
                continue
            if not isinstance(s, URIRef):
                continue  # the registry names things by IRI
            if role == "slug":
                self.slugs[str(o)] = s
            elif role == "type" and isinstance(o, URIRef):
                self.types[s].add(o)
            elif role == "parent" and isinstance(o, URIRef):
                self.parents[s].add(o)
            elif role == "country" and isinstance(o, URIRef):
                self.countries[s].add(o)
            elif role == "name" and isinstance(o, Literal):
                self.add_name(s, str(o), NAME_PROPERTIES[p])
                if p == SKOS.prefLabel and o.language == "en":
                    self.labels[s] = str(o)
        for parts in statements.values():
            unit, link, parent = (parts.get(k) for k in STATEMENT_PARTS)
            if link in PARENT_PROPERTIES and isinstance(unit, URIRef) and isinstance(parent, URIRef):
                self.parents[unit].add(parent)
        self._pattern: re.Pattern | None = None
        self.ambiguous: set[str] = set()
        """Mentions found in texts that name several entities (never resolved to one)."""
        self.declared: set[URIRef] = set()
        """Entities named by the documents of a build (their loaders' first pass), not curated."""

    def to_plain(self) -> dict:
        """Everything the registry knows, as JSON-ready values (no names found in texts since):
        a rebuild reads the curated registry back from it in a tenth of the time of the curated
        files. Sorted, so the same registry gives the same value."""
        return {
            "names": sorted([str(iri), name, how] for iri, names in self._names_by_iri.items() for name, how in names),
            "labels": {str(iri): label for iri, label in sorted(self.labels.items())},
            "types": {str(iri): sorted(map(str, types)) for iri, types in sorted(self.types.items()) if types},
            "parents": {str(iri): sorted(map(str, ps)) for iri, ps in sorted(self.parents.items()) if ps},
            "countries": {str(iri): sorted(map(str, cs)) for iri, cs in sorted(self.countries.items()) if cs},
            "slugs": {slug: str(iri) for slug, iri in sorted(self.slugs.items())},
        }

    @classmethod
    def from_plain(cls, plain: dict) -> Registry:
        """The registry ``to_plain`` gave."""
        registry = cls(())
        # each IRI made once, and without rdflib's check of it (0.06 -> 0.02 s for the 40,000 of a
        # million quads): they are this class's own, checked when first made, and a rebuild reads
        # them from a file it checks by its digest
        node = functools.cache(known_iri)
        for iri, name, how in plain["names"]:
            registry.add_name(node(iri), name, how)
        registry.labels = {node(iri): label for iri, label in plain["labels"].items()}
        for field in ("types", "parents", "countries"):
            getattr(registry, field).update({node(k): {node(v) for v in vs} for k, vs in plain[field].items()})
        registry.slugs = {slug: node(iri) for slug, iri in plain["slugs"].items()}
        return registry

    def fork(self) -> Registry:
        """A registry that starts with every name of this one and keeps what is added to it to
        itself: what one document teaches (a laboratory it mints, an alias it learns) never reaches
        another. Forking costs nothing that grows with the registry, and this one is never changed
        through the fork; the names added to this one after forking are not seen by the fork."""
        fork = object.__new__(Registry)
        # a _SetLayer reads and writes as the dict of sets it layers
        fork._names = _SetLayer(self._names)  # type: ignore[assignment]
        fork._names_by_iri = _SetLayer(self._names_by_iri)  # type: ignore[assignment]
        fork._abbreviations = _SetLayer(self._abbreviations)  # type: ignore[assignment]
        fork.labels = ChainMap({}, self.labels)  # type: ignore[assignment]
        fork.types = _SetLayer(self.types)  # type: ignore[assignment]
        fork.parents = _SetLayer(self.parents)  # type: ignore[assignment]
        fork.countries = _SetLayer(self.countries)  # type: ignore[assignment]
        fork.slugs = ChainMap({}, self.slugs)  # type: ignore[assignment]
        fork._name_keys = _SetLayer(self._name_keys)  # type: ignore[assignment]
        fork._name_index = self._name_index.fork()
        fork._abbr_index = self._abbr_index.fork()
        fork._verifiers = self._verifiers  # a cache of compiled names: the same for both
        fork._has_empty = self._has_empty
        fork._pattern = None
        fork._found = {}
        fork.ambiguous = set()
        fork.declared = self.declared
        return fork

    def add_name(self, iri: URIRef, name: str, how: str) -> None:
        self._names_by_iri[iri].add((name, how))
        if how == "abbreviation":
            self._abbreviations[name].add(iri)
            self._abbr_index.add(name)
        else:
            self._index_name(iri, name, how)
            # "Fifth Academy of CASC" is written "CASC's Fifth Academy" as often (found, not listed)
            if how != "hidden name" and (m := _OF_ABBREVIATION.fullmatch(name)):
                self._index_name(iri, f"{m['owner']}'s {m['part']}", how)
        if not name:
            self._has_empty = True
        self._pattern = None
        self._found.clear()

    def _index_name(self, iri: URIRef, name: str, how: str) -> None:
        self._names[normalise(name)].add((iri, name, how))
        if how != "hidden name":
            key = _fold(name)
            self._name_keys[key].add(name)
            self._name_index.add(key)

    def names_of(self, iri: URIRef) -> list[tuple[str, str]]:
        """Every name of ``iri`` and how it is one ('name', 'alias', 'hidden name', 'abbreviation')."""
        return sorted(self._names_by_iri.get(iri, ()))

    def parents_of(self, iri: URIRef) -> list[URIRef]:
        return sorted(self.parents.get(iri, ()))

    def countries_of(self, iri: URIRef) -> frozenset[URIRef]:
        """The countries ``iri`` is known to be of (none when not known)."""
        return frozenset(self.countries.get(iri, ()))

    def units_of(self, iri: URIRef) -> list[URIRef]:
        return sorted(unit for unit, parents in self.parents.items() if iri in parents)

    def label(self, iri: URIRef) -> str:
        return self.labels.get(iri, str(iri).rsplit("/", 1)[-1])

    def candidates(self, mention: str) -> list[Candidate]:
        """Every entity the mention may name, with the name that matched."""
        found = [
            Candidate(iri, self.label(iri), name, how) for iri, name, how in self._names.get(normalise(mention), ())
        ]
        found += [
            Candidate(iri, self.label(iri), mention.strip(), "abbreviation")
            for iri in self._abbreviations.get(mention.strip(), ())
        ]
        return sorted(set(found), key=lambda c: (str(c.iri), c.how))

    def resolve(self, mention: str) -> URIRef | None:
        """The one entity the mention names, or None when it names none or several."""
        # the candidates' entities, without making (and sorting) the candidates
        iris = {iri for iri, _, _ in self._names.get(normalise(mention), ())}
        iris.update(self._abbreviations.get(mention.strip(), ()))
        return iris.pop() if len(iris) == 1 else None

    def by_slug(self, slug: str) -> URIRef | None:
        """The entity with this tracker slug (dkg:trackerSlug), if any."""
        return self.slugs.get(slug)

    def resolve_name(self, mention: str) -> tuple[URIRef | None, str]:
        """Resolve 'Name (ABBR)' or 'Name (中文)' as sources write them; say how.

        Tries the whole mention, then the name without its parenthesis, then the parenthesis
        (a Chinese name or an abbreviation). An abbreviation alone decides only when the name
        part matched nothing and the abbreviation names exactly one entity.
        """
        mention = mention.strip()
        if (iri := self.resolve(mention)) is not None:
            hows = sorted({c.how for c in self.candidates(mention)})
            return iri, f"'{mention}' is its {' and '.join(hows)}"
        m = re.fullmatch(r"(?P<name>.+?)\s*[(（](?P<inner>[^()（）]+)[)）]?", mention)
        if not m:
            return None, f"no entity is named '{mention}'" if not self.candidates(
                mention
            ) else f"'{mention}' names several entities"
        name, inner = m["name"].strip(), m["inner"].strip()
        if (iri := self.resolve(name)) is not None:
            return iri, f"'{name}' is a name"
        if (iri := self.resolve(inner)) is not None:
            how = "abbreviation" if inner in self._abbreviations else "name"
            return iri, f"'{inner}' is a unique {how}"
        return None, f"neither '{name}' nor '{inner}' names exactly one entity"

    def find_in(self, text: str) -> list[tuple[int, int, URIRef]]:
        """Non-overlapping mentions of registry entities in ``text``, longest name first.

        The same matches as one regular expression of every name (longest first, case-insensitive,
        either apostrophe, 'defence' or 'defense'), then every abbreviation (exact), between
        non-word characters — but found through the name index, so the cost grows with the text,
        not with the text times the number of names. The mentions of the last texts are kept until
        a name is added: the rules ask of one sentence, and of the same clauses cut from it, in turn
        (at 100k, 3,591 questions of 1,278 texts); the list given is not to be changed.
        """
        found = self._found.get(text)
        if found is None:
            if len(self._found) >= FOUND_KEPT:
                self._found.clear()
            found = self._found[text] = self._find_in(text)
        return found

    def _find_in(self, text: str) -> list[tuple[int, int, URIRef]]:
        if self._has_empty:  # an empty name matches everywhere: keep the plain expression
            return self._find_in_regex(text)
        folded = _fold(text)
        # Every span where a name or an abbreviation may be, in the order the full expression
        # tries them: leftmost start, then names before abbreviations, then longest.
        spans = sorted(
            [(i, 0, i - j, j) for i, j in self._name_index.find(folded)]
            + [(i, 1, i - j, j) for i, j in self._abbr_index.find(text)]
        )
        found = []
        pos = 0
        for i, kind, _, j in spans:
            if i < pos or not self._matches(text, folded, i, j, is_name=kind == 0):
                continue
            if _NUMBERED_UNIT.match(text, j):
                pos = j  # "CETC 14", "AVIC 601": a numbered institute of it, not the group itself
                continue
            iri = self.resolve(text[i:j])
            if iri is not None:
                found.append((i, j, iri))
            else:  # a name several entities share
                self.ambiguous.add(text[i:j])
            pos = j
        return found

    def _matches(self, text: str, folded: str, i: int, j: int, *, is_name: bool) -> bool:
        """Whether the full expression's alternative for ``text[i:j]`` matches there."""
        if not (_START.match(text, i) and _END.match(text, j)):
            return False
        # a folded key is coarse: the name's own expression decides
        return not is_name or any(self._is_written(name, text, i, j) for name in self._name_keys[folded[i:j]])

    def _is_written(self, name: str, text: str, i: int, j: int) -> bool:
        """Whether ``text[i:j]`` is ``name`` as the full expression's alternative reads it. Plain
        ASCII is compared without that expression (compiling one per name was a tenth of the
        look-ups' time); anything else by it, since re's case folding of other characters is its own."""
        written = text[i:j].replace("’", "'")
        plain = name.replace("’", "'")
        if not (written.isascii() and plain.isascii()):
            return self._verifier(name).fullmatch(text, i, j) is not None
        if len(written) != len(plain):
            return False  # each character of the expression reads one character
        written, plain = written.lower(), plain.lower()
        if written == plain:
            return True
        # "defence" and "defense" are one word ("Defence" in a name: the alternative's "defen[cs]e")
        either = {m.start() + 5 for m in _DEFENCE.finditer(name)}
        return all(a == b or (k in either and a in "cs" and b in "cs") for k, (a, b) in enumerate(zip(plain, written)))

    def _verifier(self, name: str) -> re.Pattern:
        if name not in self._verifiers:
            self._verifiers[name] = re.compile(_name_expression(name))
        return self._verifiers[name]

    def _find_in_regex(self, text: str) -> list[tuple[int, int, URIRef]]:
        if self._pattern is None:
            self._pattern = self._compile()
        found = []
        for m in self._pattern.finditer(text):
            if _NUMBERED_UNIT.match(text, m.end()):
                continue  # as ``find_in``: a numbered institute of it ("CETC 14"), not the group itself
            iri = self.resolve(m.group(0))
            if iri is not None:
                found.append((m.start(), m.end(), iri))
            else:
                self.ambiguous.add(m.group(0))
        return found

    def _compile(self) -> re.Pattern:
        # Full names match case-insensitively with either apostrophe; abbreviations exactly.
        names = {name for entries in self._names.values() for _, name, how in entries if how != "hidden name"}
        alternatives = []
        for name in sorted(names, key=len, reverse=True):
            alternatives.append(_name_expression(name))
        alternatives += [re.escape(a) for a in sorted(self._abbreviations, key=len, reverse=True)]
        if not alternatives:
            return re.compile(r"(?!x)x")
        return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])")


def _name_expression(name: str) -> str:
    esc = re.sub(r"['’]", "['’]", re.escape(name))
    esc = re.sub(r"[Dd]efen[cs]e", "defen[cs]e", esc)
    return f"(?i:{esc})"


_DEFENCE = re.compile(r"[Dd]efen[cs]e")
_START = re.compile(r"(?<![\w-])")
_END = re.compile(r"(?![\w-])")
# a number right after a name: one of its numbered institutes ("CETC 14", "AVIC 601"), not a year
_NUMBERED_UNIT = re.compile(r"\s+\d{1,3}(?!\d)(?:st|nd|rd|th)?\b(?!\s*(?:%|per\s*cent))")


class _SetLayer(ChainMap):
    """Sets by key, over a base mapping that is never changed: a set is copied from the base the
    first time it is looked up, so adding to it changes the layer only (as ``defaultdict(set)``,
    a missing key gets an empty set)."""

    def __init__(self, base: MutableMapping) -> None:
        super().__init__({}, base)

    def __getitem__(self, key):
        top = self.maps[0]
        if key not in top:
            top[key] = set(self.maps[1].get(key, ()))
        return top[key]

    def items(self):
        # read-only views: the base's own sets, not copies of every one
        top, base = self.maps[0], self.maps[1]
        return [(key, top[key] if key in top else base[key]) for key in self]


class _FoldTable(dict):
    """chr -> one folded chr, such that two characters that match each other case-insensitively
    (as the re module decides it) fold alike; both apostrophes fold alike, and 's' folds as 'c'
    so 'defense' and 'defence' share a key. A coarse key: candidates are verified exactly.

    The re module matches two characters when their simple lowercase forms are equal or share
    an uppercase form ('s' and 'ſ', 'i' and 'ı', 'σ' and 'ς'). A character's simple lowercase is
    the first character of ``str.lower()``; its uppercase, lowercased again, joins those that
    share one (a few more join too, such as 'ß' and 's': harmless, as candidates are verified).
    """

    def __missing__(self, code: int) -> str:
        folded = chr(code).lower()[0].upper().lower()[0]
        folded = {"’": "'", "s": "c"}.get(folded, folded)
        self[code] = folded
        return folded


_FOLD = _FoldTable()


def _fold(text: str) -> str:
    return text.translate(_FOLD)

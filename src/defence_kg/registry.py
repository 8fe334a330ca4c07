"""loaders: the entity registry (data/curated) and the resolution of mentions to its IRIs.

A mention resolves when it matches an entity's English or Chinese name, alias or abbreviation.
Resolution is deterministic and explainable: ``candidates()`` says which name matched and how.
Abbreviations match case-sensitively and only as whole words; they never merge two entities:
an abbreviation shared by several entities is ambiguous and resolves to nothing.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, SKOS
from rdflib.term import Node

from defence_kg.namespaces import DKG

PARENT_PROPERTIES = {DKG.unitOf, DKG.hostedBy, DKG.subsidiaryOf}
NAME_PROPERTIES = {SKOS.prefLabel: "name", SKOS.altLabel: "alias", SKOS.hiddenLabel: "hidden name",
                   DKG.abbreviation: "abbreviation"}


def normalise(name: str) -> str:
    """The form names are compared in: NFKC, straight quotes, British spelling, no leading 'the'."""
    name = unicodedata.normalize("NFKC", name).replace("’", "'").replace("‘", "'")
    name = re.sub(r"\s+", " ", name).strip().casefold()
    name = re.sub(r"\bdefense\b", "defence", name)
    name = re.sub(r"^the ", "", name)
    return name


@dataclass(frozen=True)
class Candidate:
    """An entity a mention may refer to, and why."""

    iri: URIRef
    label: str
    matched: str
    how: str


class Registry:
    """Names of the curated entities, indexed for resolution."""

    def __init__(self, triples: Iterable[tuple[Node, Node, Node]]) -> None:
        self._names: dict[str, set[tuple[URIRef, str, str]]] = defaultdict(set)
        self._abbreviations: dict[str, set[URIRef]] = defaultdict(set)
        self.labels: dict[URIRef, str] = {}
        self.types: dict[URIRef, set[URIRef]] = defaultdict(set)
        self.parents: dict[URIRef, set[URIRef]] = defaultdict(set)
        self.slugs: dict[str, URIRef] = {}
        for s, p, o in triples:
            if p == DKG.trackerSlug:
                self.slugs[str(o)] = s
            elif p == RDF.type:
                self.types[s].add(o)
            elif p in PARENT_PROPERTIES:
                self.parents[s].add(o)
            elif p in NAME_PROPERTIES and isinstance(o, Literal):
                self.add_name(s, str(o), NAME_PROPERTIES[p])
                if p == SKOS.prefLabel and o.language == "en":
                    self.labels[s] = str(o)
        self._pattern: re.Pattern | None = None

    def add_name(self, iri: URIRef, name: str, how: str) -> None:
        if how == "abbreviation":
            self._abbreviations[name].add(iri)
        else:
            self._names[normalise(name)].add((iri, name, how))
        self._pattern = None

    def parents_of(self, iri: URIRef) -> list[URIRef]:
        return sorted(self.parents.get(iri, ()))

    def units_of(self, iri: URIRef) -> list[URIRef]:
        return sorted(unit for unit, parents in self.parents.items() if iri in parents)

    def label(self, iri: URIRef) -> str:
        return self.labels.get(iri, str(iri).rsplit("/", 1)[-1])

    def candidates(self, mention: str) -> list[Candidate]:
        """Every entity the mention may name, with the name that matched."""
        found = [Candidate(iri, self.label(iri), name, how)
                 for iri, name, how in self._names.get(normalise(mention), ())]
        found += [Candidate(iri, self.label(iri), mention.strip(), "abbreviation")
                  for iri in self._abbreviations.get(mention.strip(), ())]
        return sorted(set(found), key=lambda c: (str(c.iri), c.how))

    def resolve(self, mention: str) -> URIRef | None:
        """The one entity the mention names, or None when it names none or several."""
        iris = {c.iri for c in self.candidates(mention)}
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
            return None, f"no entity is named '{mention}'" if not self.candidates(mention) \
                else f"'{mention}' names several entities"
        name, inner = m["name"].strip(), m["inner"].strip()
        if (iri := self.resolve(name)) is not None:
            return iri, f"'{name}' is a name"
        if (iri := self.resolve(inner)) is not None:
            how = "abbreviation" if inner in self._abbreviations else "name"
            return iri, f"'{inner}' is a unique {how}"
        return None, f"neither '{name}' nor '{inner}' names exactly one entity"

    def find_in(self, text: str) -> list[tuple[int, int, URIRef]]:
        """Non-overlapping mentions of registry entities in ``text``, longest name first."""
        if self._pattern is None:
            self._pattern = self._compile()
        found = []
        for m in self._pattern.finditer(text):
            iri = self.resolve(m.group(0))
            if iri is not None:
                found.append((m.start(), m.end(), iri))
        return found

    def _compile(self) -> re.Pattern:
        # Full names match case-insensitively with either apostrophe; abbreviations exactly.
        names = {name for entries in self._names.values() for _, name, how in entries
                 if how != "hidden name"}
        alternatives = []
        for name in sorted(names, key=len, reverse=True):
            esc = re.sub(r"['’]", "['’]", re.escape(name))
            esc = re.sub(r"[Dd]efen[cs]e", "defen[cs]e", esc)
            alternatives.append(f"(?i:{esc})")
        alternatives += [re.escape(a) for a in sorted(self._abbreviations, key=len, reverse=True)]
        if not alternatives:
            return re.compile(r"(?!x)x")
        return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])")

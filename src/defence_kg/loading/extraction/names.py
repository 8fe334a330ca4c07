"""loaders: every name a profile may call its own institution by, gathered once per document.

A sentence is about the profiled institution when its subject is one of these names: the page's
title and Chinese name, the registry's names, aliases and abbreviations of the institution,
abbreviations the text defines ("Chongqing University (CQU)"), former names the text gives, the
variants tracker prose writes ("The PLA Army Medical University" for "Army Medical University",
"Norinco Group" for a "... Group Corporation", "the Army Academy of the Armored Forces" for "...
of Armored Forces"), the short form of a one-word university name ("Beihang" for "Beihang
University", unless the word is a place or a common word) and the nouns that stand for it ("the
university" in a university's profile, "the company" in a conglomerate's). Rules ask the
DocumentContext, never build these themselves.
"""

from __future__ import annotations

import itertools
import re
from collections import ChainMap
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from rdflib import URIRef

from defence_kg.loading.context import CJK
from defence_kg.loading.extraction.text import ABBREVIATION
from defence_kg.loading.registry import Registry

# the corporate endings a conglomerate's name may be written with or without
CORPORATE_SUFFIX = re.compile(
    r"\s+(?:Group\s+)?(?:Corporation|Corp\.?|Company|Co\.?,?\s*Ltd\.?)(?:,?\s+Limited)?$|\s+Group$"
)
# "Army Medical University" may be written "PLA Army Medical University" and the reverse
PLA_PREFIX = re.compile(r"^(?:the\s+)?(?:PLA|Chinese People['’]s Liberation Army|People['’]s Liberation Army)\s+")
# a group's unit named by its number ("CETC 61st Research Institute", "14th Research Institute of
# CETC", "CASC No. 12 Academy"): its page calls it by the number alone, "the 61st Institute"
NUMBERED_UNIT = re.compile(
    r"^(?:(?:[A-Z][\w&-]*['’]?s?\s+){1,3})?(?P<number>\d+(?:st|nd|rd|th)|No\.\s*\d+)\s+(?:Research\s+)?"
    r"(?P<noun>Institute|Academy)(?:\s+of\s+(?:the\s+)?[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*)?$"
)
# words of an institution's name -> the nouns that stand for it in its own profile
STAND_INS = (
    (re.compile(r"\bUniversity\b|\bPolytechnic\b|\bInstitute of Technology\b"), ("university",)),
    # (学院 is written "academy", "college", "institute" or "school": pages on the PLA's and CAEP's
    # schools call one body by several of them)
    (re.compile(r"\bInstitute\b"), ("institute", "college")),
    (re.compile(r"\bAcademy\b"), ("academy", "college", "school")),
    (re.compile(r"\bCollege\b"), ("college", "academy", "school")),
    (re.compile(r"\bSchool\b"), ("school", "college", "academy")),
    (re.compile(r"\b(?:Corporation|Corp|Company|Group)\b"), ("company", "corporation", "group", "conglomerate")),
)
# the one word of "<Word> University" that may stand alone ("Beihang", "Xidian") unless it is common
COMMON_WORDS = {
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "central",
    "capital",
    "national",
    "normal",
    "ocean",
    "open",
    "medical",
    "science",
    "technology",
    "engineering",
    "tech",
    "polytechnic",
    "military",
    "peoples",
    "people's",
    "people’s",
    "china",
    "chinese",
}


@dataclass
class InstitutionNames:
    """The names of one profiled institution, with the regular expressions rules match them with.

    ``full`` are names matched in any case after an optional "the"; ``exact`` are abbreviations
    matched as written; ``short`` are one-word short forms, matched as written and only when no
    capitalised word follows ("Beihang scientists", not "Beihang Road"); ``stand_ins`` are nouns
    such as "university" matched after "the". Grow it with ``add`` only: the pattern is kept
    until the next ``add`` (rules ask for it at every sentence)."""

    full: set[str] = field(default_factory=set)
    exact: set[str] = field(default_factory=set)
    short: set[str] = field(default_factory=set)
    stand_ins: tuple[str, ...] = ("institution",)
    _pattern: str | None = field(default=None, init=False, repr=False, compare=False)

    def add(self, name: str) -> None:
        """A name of the institution; a full name brings its variants and its short form."""
        name = re.sub(r"\s+", " ", name).strip()
        if not name:
            return
        if ABBREVIATION.fullmatch(name) and sum(c.isupper() for c in name) >= 2:
            names, kept = {name}, self.exact
        else:
            names, kept = variants(name), self.full
        if not names <= kept:
            kept |= names
            self._pattern = None

    def pattern(self) -> str:
        """Any name of the institution (not a pronoun), longest first, then the nouns standing for
        it: the same string object until the next ``add``."""
        if self._pattern is None:
            self._pattern = "(?:" + "|".join([*self._own_alternatives(), *self._stand_in_alternatives()]) + ")"
        return self._pattern

    def parts(self) -> tuple[str | None, str | None]:
        """``pattern()`` in two: the institution's own names, and the nouns standing for it (each
        None if there are none). The second is the same for every institution of a kind."""
        return _alternation(self._own_alternatives()), _alternation(self._stand_in_alternatives())

    def _own_alternatives(self) -> list[str]:
        alts = [(n, "(?:[Tt]he\\s+)?(?i:" + name_regex(n) + ")") for n in self.full]
        alts += [(n, "(?:[Tt]he\\s+)?" + name_regex(n)) for n in self.exact]
        # a short form is not the start of another name: "Beihang scientists", not "Beihang Road"
        alts += [(n, name_regex(n) + r"(?!\s+(?!Univ)[A-Z])") for n in self.short]
        return [regex for _, regex in sorted(alts, key=lambda a: (-len(a[0]), a[0]))]

    def _stand_in_alternatives(self) -> list[str]:
        # "the academy", "this university", "The Academy" (capitalised, not the start of another
        # name: "The Academy of Military Sciences"; nor a unit's: "the school of forensics")
        return [
            rf"(?:[Tt]he|[Tt]his)\s+(?:{noun}(?!\s+(?:of|for)\s+[a-z])|{noun.capitalize()}(?!\s+(?:(?:of|for|on)\s+)?[A-Z]))"
            for noun in self.stand_ins
        ]


def _alternation(alternatives: list[str]) -> str | None:
    return "(?:" + "|".join(alternatives) + ")" if alternatives else None


class EitherExpression:
    """One expression ``(?:A|B)`` kept as its alternatives ``A`` and ``B``, compiled apart, and
    matched and found as the whole would be: ``A`` tried first at a place, the leftmost match
    found first. Here ``A`` is an institution's own names and ``B`` the nouns standing for it and
    "It", the same for every institution of a kind (compiled once, kept by re's cache): compiling
    the whole for each document took a tenth of a serial build, ``B`` more than half of that."""

    def __init__(self, *alternatives: str | None) -> None:
        self._each = tuple(re.compile(a) for a in alternatives if a is not None)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return next((m for e in self._each if (m := e.match(text, pos)) is not None), None)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return next((m for e in self._each if (m := e.fullmatch(text)) is not None), None)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        pos, ahead = 0, [e.search(text) for e in self._each]
        while True:
            # each alternative's next match from ``pos`` (none stays none)
            ahead = [m if m is None or m.start() >= pos else e.search(text, pos) for e, m in zip(self._each, ahead)]
            found = [m for m in ahead if m is not None]
            if not found:
                return
            m = min(found, key=lambda m: m.start())  # (the first alternative's on a tie)
            yield m
            pos = m.end()


def name_regex(name: str) -> str:
    """A name as a regular expression: either apostrophe, 'defence' or 'defense', any spacing."""
    esc = re.escape(name)
    esc = re.sub(r"['’]", "['’]", esc)
    esc = re.sub(r"(?i)defen[cs]e", "defen[cs]e", esc)
    return re.sub(r"(?:\\ )+", r"\\s+", esc)


def variants(name: str) -> set[str]:
    """A full name and the ways tracker prose also writes it."""
    name = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    out = {name}
    if CJK.search(name):
        return out
    bare = PLA_PREFIX.sub("", name)
    out |= {bare, "PLA " + bare}
    for n in list(out):
        if " of the " in n:
            out.add(n.replace(" of the ", " of "))
        elif re.search(r" of [A-Z]", n):
            out.add(re.sub(r" of (?=[A-Z])", " of the ", n, count=1))
    if CORPORATE_SUFFIX.search(name):
        base = CORPORATE_SUFFIX.sub("", name)
        out |= {f"{base} Group", f"{base} Corporation", f"{base} Group Corporation"}
    if unit := NUMBERED_UNIT.fullmatch(name):
        out |= {f"{unit['number']} {unit['noun']}", f"{unit['number']} Research {unit['noun']}"}
    return {n for n in out if n}


def short_form(name: str, places: set[str]) -> str | None:
    """ "Beihang University" -> "Beihang"; None when the word is a place or a common word."""
    m = re.fullmatch(r"([A-Z][a-z]+) Universit(?:y|ies)", name)
    if not m or m[1].lower() in COMMON_WORDS or m[1].lower() in places:
        return None
    return m[1]


def stand_ins(names: set[str]) -> tuple[str, ...]:
    """The nouns that stand for the institution, by the words of its names."""
    nouns: list[str] = ["institution"]
    for pattern, words in STAND_INS:
        if any(pattern.search(n) for n in names):
            nouns += [w for w in words if w not in nouns]
    if any(re.search(r"\bUniversity\b", n) for n in names):
        # a university's "institute", "school" or "college" is one of its units
        nouns = [n for n in nouns if n in ("institution", "university")]
    return tuple(nouns)


GOVERNMENT = re.compile(
    r"(.+?) (?:Provincial|Municipal|Regional|Autonomous Region|[\w ]+ Autonomous Region) Government"
)


def _government(label: str) -> re.Match[str] | None:
    # the ending first: the expression is slow on a long label, and most labels are not governments'
    return GOVERNMENT.fullmatch(label) if label.endswith(" Government") else None


def places_of(registry: Registry, extra: set[str]) -> set[str]:
    """Lower-cased names of places: the provinces and cities of the registry's governments, and ``extra``."""
    found = set(extra)
    labels = registry.labels
    # a fork's labels are a ChainMap: its own few (read whole), over the base registry's
    for layer in labels.maps if isinstance(labels, ChainMap) else [labels]:
        found.update(_GOVERNMENT_PLACES.of(layer))
    return found


class _GovernmentPlaces:
    """The places named by governments among a dict of labels, read once per label: the labels
    grow as documents are read and every document asks, so reading them all each time made the
    build quadratic in the number of institutions (12.8 s of a 40 s build at a million quads).
    Loaders add labels and do not replace them, so a dict's first ``n`` labels give the places
    they gave before and only the labels added since are read (a label replaced in place would not
    be seen; a dict that shrank is read again). A few dicts are remembered: a build's registry, or
    the base its forks share."""

    def __init__(self, keep: int = 4) -> None:
        self._seen: dict[int, tuple[dict, int, dict[object, str]]] = {}
        self._keep = keep

    def of(self, labels: dict) -> Iterable[str]:
        if len(labels) < 64:  # a fork's own labels: cheaper to read than to remember
            return [m[1].lower() for label in labels.values() if (m := _government(label))]
        kept, read, places = self._seen.get(id(labels), (None, 0, {}))
        if kept is not labels or read > len(labels):
            read, places = 0, {}
        # the labels added since, from the end: skipping the first ``read`` would walk them all
        for iri, label in reversed(list(itertools.islice(reversed(labels.items()), len(labels) - read))):
            if m := _government(label):
                places[iri] = m[1].lower()
        self._seen.pop(id(labels), None)
        self._seen[id(labels)] = (labels, len(labels), places)
        while len(self._seen) > self._keep:
            del self._seen[next(iter(self._seen))]
        return places.values()


_GOVERNMENT_PLACES = _GovernmentPlaces()


def institution_names(
    registry: Registry, subject: URIRef, given: set[str], title: str | None, title_zh: str | None, places: set[str]
) -> InstitutionNames:
    """Every name the institution goes by before its text is read (the text may add more)."""
    names = InstitutionNames()
    english = {n for n in given | {title or "", title_zh or ""} if n}
    english |= {name for name, how in registry.names_of(subject)}
    for name in english:
        names.add(name)
    short = {s for n in names.full if (s := short_form(n, places))}
    nouns = stand_ins({n for n in names.full if not CJK.search(n)})
    return InstitutionNames(names.full, names.exact, short, nouns)

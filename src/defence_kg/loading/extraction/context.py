"""loaders: the per-document context the extraction rules share, and the count of their hits.

Rules are functions of (DocumentContext, Sentence); whatever one sentence leaves for a later one
(the last laboratory, event or agreement named, the abbreviations learnt, the nodes minted) is
kept here, explicitly, and nowhere else.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from rdflib import Literal, URIRef
from rdflib.term import Node

from defence_kg.core.namespaces import DKG, ID
from defence_kg.loading.context import LoadContext
from defence_kg.loading.dates import PreciseDate
from defence_kg.loading.extraction.text import ABBREVIATION, name_pattern
from defence_kg.loading.extraction.wordlists import Wordlists
from defence_kg.loading.profile_text import Profile, Sentence
from defence_kg.sources.profiles import Document

# words that stand for the profiled institution in its own profile
STAND_INS = [r"[Tt]he university", r"[Tt]he institution", r"[Tt]he academy", r"[Tt]he college", r"It"]


@dataclass
class RuleHits:
    """What each rule read: how often it read something, and the facts it made per quoted sentence.

    Counting never changes the facts: it is for ``extract --report`` and the rule tests."""

    reads: Counter[str] = field(default_factory=Counter)
    facts: Counter[tuple[str, str]] = field(default_factory=Counter)

    def facts_of(self, rule: str) -> int:
        return sum(n for (name, _), n in self.facts.items() if name == rule)

    def quotes_of(self, rule: str) -> set[str]:
        """The sentences a rule made facts from."""
        return {quote for name, quote in self.facts if name == rule}


_collecting: ContextVar[RuleHits | None] = ContextVar("rule_hits", default=None)


@contextmanager
def counting_hits(into: RuleHits | None = None) -> Iterator[RuleHits]:
    """Count the hits of every extractor run inside the block (the loaders make their own
    extractors, so they cannot be handed a counter), adding them to ``into`` if given."""
    hits = RuleHits() if into is None else into
    token = _collecting.set(hits)
    try:
        yield hits
    finally:
        _collecting.reset(token)


def current_hits() -> RuleHits:
    collecting = _collecting.get()
    return RuleHits() if collecting is None else collecting


@dataclass
class DocumentContext:
    """One profile being read: the institution, its names, the document, and the output sink."""

    ctx: LoadContext
    document: Document
    subject: URIRef
    profile: Profile
    words: Wordlists
    names: set[str] = field(default_factory=set)
    designation_suffix: str = ""
    """Appended to the IRIs of the designation, agreements and events the rules mint, so each
    source describes its own node. Value nodes (counts, establishment dates) carry
    ``value_suffix`` instead: the source and document they were read from."""
    assessor: URIRef | None = None
    """Who made the risk assessment (default: the source's publisher)."""
    asserted_by: URIRef | None = None
    """Who asserts the facts read (default: the source's publisher)."""
    # what earlier sentences leave for later ones ("the laboratory", "the conference", "this agreement")
    last_agreement: URIRef | None = None
    last_event: URIRef | None = None
    last_lab: URIRef | None = None
    hosted: set[URIRef] = field(default_factory=set)
    minted: set[URIRef] = field(default_factory=set)
    abbreviations: set[str] = field(default_factory=set)
    risk_read: bool = False
    rule: str = ""
    """The rule being applied: the facts made are counted under its name."""
    hits: RuleHits = field(default_factory=current_hits)

    # -- writing -------------------------------------------------------------------------------
    def fact(self, s: Node, p: Node, o: Node, sentence: Sentence, **kw) -> URIRef:
        """Write a fact quoting ``sentence`` (and its first citation), counted under the rule."""
        self.hits.facts[self.rule, sentence.text] += 1
        kw.setdefault("asserted_by", self.asserted_by)
        return self.ctx.fact(
            s,
            p,
            o,
            document=self.document,
            quote=sentence.text,
            citation=sentence.citations[0] if sentence.citations else None,
            **kw,
        )

    @property
    def slug(self) -> str:
        return str(self.subject).rsplit("/", 1)[-1]

    @property
    def value_suffix(self) -> str:
        """'-<source id>' plus '-<document id>' when the document is not named after the subject, and
        '-<version>' for one of several versions: two sources, or two versions of a profile, never
        share a count or date node."""
        doc, version = self.document.id, self.document.version
        return f"-{self.ctx.source.id}" + ("" if doc == self.slug else f"-{doc}") + (f"-{version}" if version else "")

    def value_node(self, base: str) -> URIRef:
        return ID[f"{base}{self.value_suffix}"]

    def mint_node(self, kind: str, date: PreciseDate | None) -> URIRef:
        """A new agreement or event node of the institution: numbered when the IRI is taken."""
        base = f"{self.slug}-{kind}{self.designation_suffix}" + (f"-{date.iso}" if date else "")
        iri, n = ID[base], 2
        while iri in self.minted:
            iri, n = ID[f"{base}-{n}"], n + 1
        self.minted.add(iri)
        return iri

    def note_abbreviation(self, abbr: str, s: Sentence) -> None:
        """The institution's abbreviation, learnt from ``s``: a name of it from now on."""
        self.names.add(abbr)
        if abbr not in self.abbreviations:
            self.abbreviations.add(abbr)
            self.fact(self.subject, DKG.abbreviation, Literal(abbr), s)

    # -- the institution in the text -----------------------------------------------------------
    def subject_pattern(self) -> str:
        """A regular expression for any name of the institution, longest first."""
        names = sorted(self.names, key=len, reverse=True)
        # full names in any case ("Sichuan university"), after an optional "The";
        # abbreviations exactly as written
        alts = [
            name_pattern(n) if ABBREVIATION.fullmatch(n) else "(?:[Tt]he\\s+)?(?i:" + name_pattern(n) + ")"
            for n in names
        ]
        return "(?:" + "|".join(alts + STAND_INS) + ")"

    def subject_label(self) -> str:
        return max(self.names, key=len) if self.names else "It"

    def is_subject(self, text: str) -> bool:
        return re.fullmatch(self.subject_pattern(), text.strip()) is not None

    def main_clause(self, sentence: Sentence) -> str:
        """The sentence without a leading clause ("In 2015, ")."""
        return self.words.leading_clause.sub("", sentence.text, count=1)

    def starts_with_subject(self, sentence: Sentence) -> bool:
        return re.match(self.subject_pattern() + r"(?:['’]s)?\b", self.main_clause(sentence)) is not None

    def possessive(self, sentence: Sentence) -> bool:
        """The clause's subject is something of the institution's ("PPSUC's forensic institute")."""
        return re.match(self.subject_pattern() + r"['’]s\b", self.main_clause(sentence)) is not None

    def negated_or_hedged(self, text: str) -> bool:
        return bool(self.words.negation.search(text) or self.words.hedge.search(text))

    def org(self, text: str) -> URIRef | None:
        """The registry entity a phrase names (the longest mention in it), or the subject."""
        text = text.strip()
        if self.is_subject(text):
            return self.subject
        mentions = self.ctx.registry.find_in(text)
        if not mentions:
            return None
        return max(mentions, key=lambda m: m[1] - m[0])[2]

    def orgs_in(self, text: str) -> list[tuple[int, int, URIRef]]:
        """The registry's entities and the institution named in ``text``, by position."""
        found = list(self.ctx.registry.find_in(text))
        for m in re.finditer(self.subject_pattern(), text):
            if m[0] != "It" and not any(s <= m.start() < e for s, e, _ in found):
                found.append((m.start(), m.end(), self.subject))
        return sorted(found)

    def has_type(self, iri: URIRef, *types: URIRef) -> bool:
        """The registry types ``iri`` as one of ``types``."""
        return any(t in self.ctx.registry.types.get(iri, ()) for t in types)

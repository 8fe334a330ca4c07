"""loaders: the per-document context the extraction rules share, and the count of their hits.

Rules are functions of (DocumentContext, Sentence); whatever one sentence leaves for a later one
(the last laboratory, event or agreement named, the abbreviations learnt, the nodes minted) is
kept here, explicitly, and nowhere else.
"""

from __future__ import annotations

import functools
import heapq
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from rdflib import Literal, URIRef
from rdflib.namespace import SKOS
from rdflib.term import Node

from defence_kg.core.namespaces import DKG, ID, vocab
from defence_kg.loading.context import LoadContext
from defence_kg.loading.dates import BODY_CLAIMS, BODY_NOUN, BODY_STATES, PreciseDate, body_told
from defence_kg.loading.extraction.names import CJK, EitherExpression, InstitutionNames, places_of
from defence_kg.loading.extraction.node_names import NodeNames
from defence_kg.loading.extraction.text import (
    ABBREVIATION,
    FRAME_BEFORE_IT,
    SAID_BETWEEN_COMMAS,
    Gated,
    attributed_to,
    framed_as_unsure,
    outside_relative_clauses,
    without_reported_frame,
)
from defence_kg.loading.extraction.wordlists import Wordlists
from defence_kg.loading.profile_text import Profile, Sentence
from defence_kg.sources.profiles import Document


@dataclass
class RuleHits:
    """What each rule read: how often it read something, and the facts it made per quoted sentence.

    Counting never changes the facts: it is for ``extract --report`` and the rule tests."""

    reads: Counter[str] = field(default_factory=Counter)
    facts: Counter[tuple[str, str]] = field(default_factory=Counter)
    sentences: list[SentenceOutcome] = field(default_factory=list)
    """Every sentence the rules were applied to, in order, and what came of it."""

    def facts_of(self, rule: str) -> int:
        return sum(n for (name, _), n in self.facts.items() if name == rule)

    def quotes_of(self, rule: str) -> set[str]:
        """The sentences a rule made facts from."""
        return {quote for name, quote in self.facts if name == rule}


@dataclass(frozen=True)
class SentenceOutcome:
    """What the rules made of one sentence of a document: ``facts`` (at least one fact), ``read``
    (a rule read it, and it states nothing to record, e.g. "Sanctions Lists: None") or
    ``unparsed``; an unparsed sentence also has its shape (see ``extraction.shapes``)."""

    document: str
    text: str
    outcome: str
    shape: str = ""


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


# a time before a clause's subject: "..., and in 2016 CETC founded ...", "..., and since 2019 it has"
TIME_FIRST = r"(?:(?:(?:in|since|by|from)\s+(?:[A-Z][a-z]+\s+)?\d{4}|the\s+(?:following|next)\s+year|a\s+year\s+later|later),?\s+)"
# a semicolon between clauses, not one inside a bracket: "Plover University (PUT; 鸻鸟大学) is ..."
# names the institution twice in one bracket (the lookahead runs only where a semicolon stands)
CLAUSE_SEMICOLON = r";(?![^()（）]*[)）])"
# where a clause coordinated after a phrase may begin: "... close ties with CETC and is run by MIIT"
NEXT_CLAUSE = re.compile(
    rf"{CLAUSE_SEMICOLON}|"
    # a clause of its own subject: "..., and CETC works with AVIC", "..., and the university receives"
    # (not "CETC, and NORINCO on radar")
    rf",\s+(?:and|but|while|whereas)\s+(?P<time>{TIME_FIRST})?(?:(?:the\s+)?(?:[A-Z][\w'’-]*\s+)+|(?:the|this|its)\s+[a-z]+\s+)"
    r"(?:(?:also|then|now|still|\w+ly)\s+)*(?:co-)?(?P<verb>[a-z]+)\b|"
    rf",?\s+(?:and|but|while|whereas)\s+(?P<time2>{TIME_FIRST})?(?:(?:also|then|now|still|\w+ly)\s+)*(?:co-)?(?P<word>[a-z]+)\b"
)
# an agency named with the one before or after it: "COSTIND and its successor SASTIND"
SUCCESSOR = re.compile(r"\s+(?:successor|predecessor)\b")
# where a clause's words end, for a look at whether it has a verb
CLAUSE_STOP = re.compile(r"[,;.]")
# a second verb phrase of the clause's subject: "... and was formed in 2017", "..., and later hosted"
COORDINATED_VERB = re.compile(r",?\s+and(?:\s+(?:also|later|then|now|still|\w+ly))*(?=\s+(?P<word>[a-z]+)\b)")
# where a coordinated clause begins, and what may stand before its verb when it has no subject
_ADVERBS = r"(?:(?:also|still|now|then|later|\w+ly)\s+)*"
CLAUSE_JUNCTION = re.compile(rf"{CLAUSE_SEMICOLON}\s*|,\s+(?:and|but|while|whereas)\s+")
DATE_OPENER = re.compile("^" + TIME_FIRST)
LEADING_TIME = re.compile("^" + TIME_FIRST, re.IGNORECASE)  # ("Since 2015, AU has ...")
NO_SUBJECT = re.compile(_ADVERBS)
# a clause of another subject after "and" (with no comma too), inside what follows a verb and its
# preposition: "with CETC and NUDT works with CASIC", "with CETC and its radar institute supplies ..."
# (not "with CETC and NUDT on radar"); its verb is the first of the cue list's after the subject
# (``another_subjects_clause``)
_JOINED = r"\s+(?:and|but|while|whereas)\s+"
# a word of a subject of several words: not one that joins, relates or places ("with CETC and NUDT on
# radar and supplies AVIC", "and NUDT since 2015 has ...": no subject of a clause)
_SUBJECT_WORD = (
    r"(?!(?:and|or|but|nor|with|on|in|at|for|to|from|by|as|into|than|that|which|who|whom|whose|where|when|"
    r"while|whereas|since|until|after|before|during|through|via|including|not|no|either|neither|both)\b)"
    r"[\w'’()&-]+\s+"
)
# the subject of a clause of its own: a name ("CETC", "the PLA Navy"), a name and words ("AVIC's design
# institute", "the CMC's training department"), a determiner and words ("its radar institute", "the
# state-owned conglomerate CETC", "a subsidiary of AVIC", "one of its institutes"), a name and an
# apposition ("CETC, a state-owned group,"), what a name is before it ("defence conglomerate CETC")
_SUBJECT = (
    rf"(?:(?:(?:the|its|this|their|a|an|(?:one|each|some|several|many)\s+of)\s+{_SUBJECT_WORD}|[A-Z][\w'’-]*\s+)"
    rf"(?:{_SUBJECT_WORD}){{0,5}}?"
    rf"|(?:[A-Z][\w'’()-]*\s+)*[A-Z][\w'’()-]*,\s+(?:an?|the|one\s+of)\s+(?:{_SUBJECT_WORD}){{0,5}}?[\w'’-]+,\s+"
    rf"|(?:(?=[a-z]){_SUBJECT_WORD}){{1,3}}(?:[A-Z][\w'’()-]*\s+)+)"
)
# a plural subject of a clause of its own, whose verb is plural ("and CETC and CASC supply radar to
# ..."): a list of names ("both CETC and CASC", "AVIC, CETC and CASC", "the university and NUDT"), a
# determiner, a number or a possessor and words up to a plural noun ("its researchers", "the two
# groups", "several of its laboratories", "AVIC's institutes", "the state-owned groups CETC and
# CASC"), "they", "both", "the two"
_NAME = r"(?:(?:the\s+)?[A-Z][\w'’()&-]*(?:\s+[A-Z0-9][\w'’()&-]*)*|the\s+(?:university|academy|institute|college))"
_NAMES = rf"{_NAME}(?:,\s+{_NAME})*,?\s+and\s+{_NAME}\s+"
_PLURAL_NOUN = r"(?![\w-]*(?:ss|us|is)\b)[a-z][\w-]*s\s+"
_PLURAL_SUBJECT = (
    rf"(?:both\s+)?{_NAMES}"
    r"|(?:(?:the|its|their|these|those|both|all|many|several|some|other|two|three|four|five|"
    r"(?:some|several|many|all|most|both|two|three)\s+of\s+(?:the|its|their))\s+"
    r"|(?:the\s+)?(?:[A-Z][\w'’-]*\s+)*[A-Z][\w-]*['’]s\s+)"
    rf"(?:{_SUBJECT_WORD}){{0,4}}?{_PLURAL_NOUN}(?:{_NAMES}|{_NAME}\s+)?"
    r"|(?:they|both|the\s+(?:two|three|four))\s+"
)
# what follows a verb that may be a noun too (``NOUNS_TOO``), or a plural one, when it is the verb:
# an object's first word ("CETC funds them", "the 601 Institute designs fighter aircraft"), not a
# word that goes on with a noun ("CASC designs of missiles", "CASC partners such as NUDT", "CASC
# partners on radar"); after a plural verb a name or "with" and its partner too ("CETC and CASC fund
# NUDT", "its graduates work with AVIC"), and an object is wanted ("the two groups' design" is a noun)
_OBJECT = (
    r"(?P<object>\s+(?(plural)(?:with\s+)?|)(?:(?(plural)[A-Z][\w'’-]*|(?!))|the|a|an|its|their|them|it|this|these|those|"
    r"(?!(?:of|such|like|including|and|or|on|in|at|for|with|from|to|by|as|that|which|who)\b)[a-z][\w-]*)\b)?"
    r"(?(plural)(?(object)|(?!))|)"
)


# "between" with no "and" after it yet: the next "and" joins its two names
BETWEEN_OPEN = re.compile(r"\bbetween\s+(?:(?!\band\b)[^,;])*$")
# the names of a plural subject ("both CETC and CASC", "AVIC, CETC and CASC"; ``_NAMES``)
_BOTH = re.compile(r"^both\s+")
_LISTED = re.compile(r",?\s+and\s+|,\s+")
# a subject that names again what the clause before told of: "the symposium" after "held a symposium"
_TOLD_BEFORE = re.compile(r"(?:the|this|these)\s+(?:[\w'’-]+\s+)*?(?P<noun>[a-z][\w-]*)\s+")


@functools.lru_cache(maxsize=8)
def another_subjects_clause(
    verbs: frozenset[str], plurals: frozenset[str] = frozenset(), *, past: bool = False
) -> re.Pattern[str]:
    """A clause with a subject of its own after "and", "but", "while" or "whereas" (a comma before
    it or not): the subject (``_SUBJECT``, shortest first), then the first of ``verbs`` (or, if
    ``past``, a past form too, and a time may come first: "and in 2019 CETC visited it"), and an
    object's first word if one follows. The cue list's verbs are part of the expression, so that a
    subject of several words ends at its verb, not at its second word ("the state-owned
    conglomerate CETC supplies"). A plural subject (``_PLURAL_SUBJECT``, tried first; the group
    ``plural``) takes one of ``plurals``, or of ``verbs`` that agrees with it, and an object ("and its
    researchers train officers ...", "and CETC and CASC held a workshop")."""
    verb = "|".join(sorted(verbs)) + ("|[a-z]+ed" if past else "")
    # (the past forms and "are", "were", "have", "had" agree with a plural subject too)
    plural = "|".join(sorted(plurals | {v for v in verbs if not v.endswith("s")})) + ("|[a-z]+ed" if past else "")
    time = f"{TIME_FIRST}?" if past else ""
    return re.compile(
        rf",?{_JOINED}{time}(?=(?P<subject>(?P<plural>{_PLURAL_SUBJECT})|{_SUBJECT}){_ADVERBS}"
        rf"(?P<verb>(?(plural)(?:{plural})|(?:{verb})))\b{_OBJECT})"
    )


# verbs of the cue list that also name what a body has or makes ("with AVIC and CASC partners",
# "... and CETC designs"): after a name with no comma before "and", read as a noun, not a new
# clause, unless an object follows ("... and CETC funds them")
NOUNS_TOO = frozenset({"partners", "funds", "studies", "designs"})
FIRST_WORD = re.compile(rf"\s+{_ADVERBS}(?P<word>[a-z]+)\b")
CLAUSE_INSIDE = re.compile(r"\b(?:that|which|who|whom|whose|where|when|while|whereas|but)\b|[;:(]")
# words of a second clause that lean on the first: a pronoun or pro-form for what it named or said
# ("KAU does not work with CASC; it only buys from it", "...; it did until 2015", "...; it does not
# work with CASC either"): after a denied or hedged first clause, such a clause is not read alone
LEANS_ON_THE_FIRST = re.compile(
    r"\b(?:it|its|them|their|theirs|so|do|does|did|done|either|neither|nor|same|such|this|that|these|those|"
    r"there|former|latter|one|ones|instead\s+of)\b",
    re.IGNORECASE,
)
# "A and B", "A, B and C", "A as well as B": a coordinated subject
# "A, B and the C Provincial Government": the article belongs to the next name
COORDINATION = re.compile(r"(?:,?\s+(?:and|as well as)\s+|,\s+)(?:the\s+)?")
POSSESSIVE = re.compile(r"['’]s\b")
# a possessive's ending: "KAU's" of "KAU's officials"
POSSESSIVE_END = re.compile(r"['’]s$")
# the institution's people as a clause's subject: "AU researchers worked with CETC" is not AU itself,
# nor is one of them named after the name and a word of their post ("AU professor Li Ming works with
# CETC", "AU president Li Ming signed ...", "AU engineer Li Ming was added to the Entity List"):
# their ties, funding or listing are the person's (a case against them concerns AU still)
_PEOPLE = (
    r"(?:(?:researcher|scientist|scholar|academic|academician|professor|lecturer|teacher|instructor|student|"
    r"graduate|engineer|expert|specialist|technician|employee|official|officer|team|(?:vice[- ])?president|"
    r"(?:vice[- ])?chancellor|dean|director|chairman|(?:deputy\s+)?(?:party\s+)?secretary)s?|"
    r"faculty|staff|alumni|alumnus|alumna|alumnae)"
)
PEOPLE_NOUN = re.compile(rf"\b{_PEOPLE}\b")
# a sentence that opens with people: "Researchers at AU collaborate with ...", "Some AU scientists ..."
PEOPLE_FIRST = re.compile(rf"(?:(?:some|many|several|its|their|the)\s+)?(?:[\w-]+\s+)?{_PEOPLE}\b", re.IGNORECASE)
PEOPLE_OF = rf"\s+{_PEOPLE}\b"
ARTICLE = re.compile(r"^[Tt]he\s+")
# a clause that opens with a pronoun: "It is supervised by MIIT", "Its partners include AVIC"
PRONOUN = re.compile(r"(?:[Ii]ts?)\b")
POSSESSIVE_PRONOUN = re.compile(r"\b[Ii]ts\b")
# a clause that opens with a body's name the registry may not know: "Harbin Institute of Technology
# is ...", "The Moscow Aviation Institute has ...", "The Radar Laboratory was ...", "the 14th Research
# Institute of CETC works ...", "Birch Avionics Co., Ltd. supplies ...", "The third, the X Laboratory,
# is ...", "One of its laboratories, the X Laboratory, ..." (one of a list before)
BODY_KINDS = (
    r"University|Institute|Academy|College|School|Corporation|Group|Company|Administration|Ministry|Commission|"
    r"Laboratory|Laboratories|Lab|Centre|Center|Department|Bureau|Agency|Co\.|Ltd|Limited|Inc|Forum|Fair|"
    r"Conference|Symposium|Expo"
)
OTHER_BODY_OPENS = re.compile(
    r"(?:(?:The|One|Another)(?:\s+[a-z]+){0,2},\s+[Tt]he\s+|One\s+of\s+its\s+[a-z]+,\s+[Tt]he\s+|[Tt]he\s+)?"
    r"(?:[A-Z0-9][\w'’&-]*\s+){1,8}(?:of\s+(?:[A-Z][\w'’&-]*\s+){1,4})?"
    rf"(?:{BODY_KINDS})(?![\w-])"
)
# a clause about a body of the institution's, named beside it: "Its main partner, NORINCO, was
# founded in 1980", "AU's partner, Larch Aircraft Co., Ltd., ...", "One of its partners, NORINCO, ...",
# "Its main partner NORINCO was ..." ("It" next may be it; not its president, campus or motto)
_ITS_BODY = (
    r"(?:partner|collaborator|supplier|customer|client|subsidiary|parent|owner|sponsor|affiliate|company|firm|"
    r"spin-off|contractor|investor|shareholder|laboratory|lab|institute|centre|center|institution|predecessor|"
    r"successor|sister\s+(?:school|college|university|academy))"
)
# another body named first, described in an apposition: "Hongda Electronics, a NORINCO subsidiary,
# supplies AU", "Birch Aerospace, a private drone maker, ..."; or last after "Among": "Among AU's
# laboratories is the Fuze Laboratory" ("It" next may be it)
APPOSED_OPENING = re.compile(
    r"(?P<name>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,5}),\s+(?:a|an|the|one\s+of)\s+[^,]{0,60}?\b"
    rf"(?:{BODY_NOUN})\b[^,]{{0,40}},\s"
    r"|Among\s+[^,]{2,80}\s+(?:is|are|was|were)\s+(?P<among>(?:the\s+)?[A-Z][^,.;]*)"
)
# the words before a verb that name one body with a description between commas, after its name
# ("CETC, a state-owned defence conglomerate,") or before it ("China's defence industry agency,
# SASTIND,"): the name
APPOSED_SUBJECT = re.compile(
    r"(?P<name>(?:the\s+)?[A-Z][^,]{0,80}),\s+(?:a|an|the|one\s+of)\s+[^,]{1,80}"
    r"|(?:[^,]{1,60}['’]s\s+|the\s+)?(?:[a-z-]+\s+){0,4}"
    rf"(?:{BODY_NOUN}),\s+"
    r"(?P<after>(?:the\s+)?[A-Z][^,]{0,80})"
)
POSSESSED_NAMED = re.compile(
    rf"(?:(?:[Ii]ts|[^,]{{1,80}}?['’]s)\s+(?:[a-z-]+\s+){{0,3}}{_ITS_BODY}(?:\s+(?:in|for|among|on)\s+[^,]{{1,40}})?"
    rf"|One\s+of\s+(?:its|[^,]{{1,80}}?['’]s)\s+(?:[a-z-]+\s+){{0,2}}{_ITS_BODY}s)"
    r"(?:,\s+(?P<name>(?:the\s+)?[A-Z0-9][^,]*),|\s+(?P<bare>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,4})\s+(?:is|was|has|had)\b)"
)


#: what a stand-in for the institution opens with, lower-cased ("The university", "this academy")
STAND_IN_ARTICLES = ("the", "this")

#: the kinds of body a stand-in of the institution's kind ("the university") may stand for
INSTITUTION_KINDS = (DKG.University, DKG.CivilianUniversity, DKG.MilitaryInstitution, DKG.SecurityInstitution)


@dataclass(frozen=True)
class Antecedent:
    """Another body than the institution that an opening "It", or a stand-in of its kind ("The
    university"), may stand for in the next sentence (``DocumentContext.refers_elsewhere``)."""

    name: str
    pronouns: frozenset[str] = frozenset({"it", "its"})
    """What else may stand for it: "It" and "Its" (a laboratory: "It" alone, "Its X Laboratory"
    being the institution's), or only a stand-in of its kind (none)."""
    nouns: frozenset[str] = frozenset()
    """The stand-ins' nouns of its kind its name lacks: "university" for HIT, a university."""
    part: URIRef | None = None
    """The one laboratory or unit of the institution the sentence before named, and no other body
    besides the institution: what "It" next can only be (``laboratories.facts_of_it``)."""
    its_unit: bool = False
    """A unit of the institution's, named after its possessive ("AU's Defence Institute"): what a
    stand-in for it next hosts is at the institution (``laboratories.hosted_in_text``)."""


# a clause that opens with a thing, not a name: "A delegation from CASIC visited ...", "A CETC
# delegation visited ...", "The conference was attended by ..." ("It" next may stand for it)
THING_OPENS = re.compile(
    r"(?:An?|The|This|That)\s+(?:[A-Z][\w'’&-]*\s+){0,3}(?!(?:and|or|of)\b)[a-z][\w-]*"
    r"(?:\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w'’&-]*)?"
)
# things a clause opens with, several of them as its verb says: "The top employers of AU graduates
# include", "The main partners of AU are" (what "It" or "Its" next cannot stand for)
PLURAL_THING = re.compile(
    r"(?:The|These|Those)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s\s+(?:of\s+[^,;]*?\s+)?(?:include|are|were|have)\b"
)
# another name of the institution right after its name: ", also known as CETC's 71st Research Institute,"
# (after its Chinese name too: "AU (阿尔德研究所), also known as ..., is a subsidiary of CETC")
NAME_ASIDE = re.compile(
    r"(?:\s*[(（][^()（）]*[)）])?,\s+(?:(?:which|that)\s+(?:is|was)\s+)?(?:also\s+|formerly\s+|previously\s+|better\s+)?"
    r"(?:known\s+as|called)\s+[^,;]{2,80},"
)
# the words that give a body another name: "also known as", "formerly called"
_ALIAS_CUE = r"(?:also|otherwise|better|formerly|previously)\s+(?:known\s+as|called|named|referred\s+to\s+as)"
# a clause that gives the institution another name, and says nothing else: "LERI is also known as X."
NAME_CLAUSE = re.compile(rf"\s+(?:is|was)\s+{_ALIAS_CUE}\s+[^,;]{{2,80}}?\.?$")
# the words between a name and another name of the same body: "LERI, also known as NORINCO's 205th
# Research Institute", "LERI, which is also known as ...", "LERI (also called ...", "It is also known as"
ALIAS_WORDS = re.compile(r"\b(?:known|called|named|referred)\s")
ALIAS_CUE_BEFORE = re.compile(
    r"(?:\s*[(（][^()（）]*[)）])?(?:,\s*(?:(?:which|that)\s+(?:is|was)\s+)?|\s+(?:is|was)\s+|\s*[(（]\s*)"
    rf"{_ALIAS_CUE}\s+(?:the\s+)?$"
)
# a lead-in whose subject is some of the institution's parts: "Its subsidiaries appear on the
# following list:", "Three ADG subsidiaries were added to the following list in 2021:"
ITS_PARTS_LEAD = re.compile(
    r"(?:Its|Some|Several|Many|Two|Three|Four|Five|Six|\d+|A\s+number)\s+(?:of\s+its\s+)?(?:[A-Z][\w'’-]*\s+)?"
    r"(?:subsidiaries|affiliates|units|institutes|companies|spin-?offs)\b"
    r"|(?:Subsidiaries|Units|Institutes|Companies|Affiliates)\s+of\b"
)
# a unit of the institution right after its name's possessive: "'s School of Criminal Investigation"
UNIT_AFTER_POSSESSIVE = re.compile(
    r"(?:['’]s|^Its)\s+(?P<unit>(?:[A-Z][\w-]*\s+){0,3}(?:School|College|Academy|Institute|Department|Faculty|Centre|Center|"
    r"Laboratory)(?:\s+of\s+[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*)*)?)"
)
PLURAL_AFTER = re.compile(r"\s+(?:and|are|were|have)\b")
# (each word tried from its start and never given back: a long run of letters costs linear time)
LABORATORY_NAMED = re.compile(r"(?:\b[A-Z][\w'’&-]*+\s+){1,8}(?:Laboratory|Lab|Centre|Center)\b")
# a body of a kind named without its name: "a research institute", "a joint university"
INDEFINITE_BODY = re.compile(
    r"\b(?:a|an|another)\s+(?:[\w-]+\s+){0,3}?"
    r"(?P<noun>university|institute|academy|college|school|institution|centre|center|laboratory)\b"
)
COPULA_BEFORE = re.compile(r"\b(?:is|was|are|were|as|becomes?|became|remains?)\s+(?:also\s+|now\s+|still\s+)?$")
# a relative clause that describes the name right before it: "..., which is one of the Seven Sons"
RELATIVE_AFTER_NAME = re.compile(r"(?<=[\w)])\s*,\s*(?:which|who)\b")
# a body's name the registry may not know, anywhere in a clause
OTHER_BODY = re.compile(r"(?<![\w-])" + OTHER_BODY_OPENS.pattern)
# a claim the clause's subject makes of itself: "<Institution> claims to have trained ...", "... claimed that it"
OWN_CLAIM = (
    r"\s+(?:also\s+)?(?:has\s+|had\s+)?(?:claim(?:s|ed)|says|said|state[sd]|assert(?:s|ed)|maintain(?:s|ed))\s+"
    r"(?:to\s+[a-z]+\b|(?:that\s+)?it\b)|\s+describe[sd]\s+itself\s+as\b"
)
# the words one of which a claim of the institution's holds (a cheap test before ``OWN_CLAIM``)
CLAIM_WORDS = re.compile(r"\b(?:claim|says|said|state[sd]|assert|maintain|describe[sd]\s+itself)")


# Whom a sentence names as its source, and whether it holds a claim's words, are asked at each of
# its facts (8,678 facts of 2,712 sentences in the serial 100k build): both are functions of the
# text alone (constant expressions searched in it), so each is read once per sentence, the
# sentence's facts being made one after another (a serial 100k build: 34 -> 18 ms). Whether the
# claim is the institution's own is not kept: it depends on the names known when it is asked.
_attribution = functools.lru_cache(maxsize=256)(attributed_to)


@functools.lru_cache(maxsize=256)
def _has_claim_words(text: str) -> bool:
    return CLAIM_WORDS.search(text) is not None


# a known name that a longer one goes on from ("the PLA Army Engineering University", "the
# Ministry of Education Key Laboratory of ..."): not a mention of the organisation it names
# a name going on with "of" or "for" and a proper name: another, longer name
OF_ANOTHER_NAME = r"\s+(?:of|for)\s+(?:the\s+)?(?!China\b|People['’]s\b)[A-Z][a-z]"
NAME_GOES_ON = re.compile(
    r" (?!(?:The|In|On|At|As|By|For|From|To|With|And|But|Or|Since|Until)\b)[A-Z][a-z]"
    # "Hunan University of Science and Technology": another's name (not "... of China")
    rf"|{OF_ANOTHER_NAME}"
)


# a ministry's name going on with more of its fields: "the Ministry of Health and Welfare", "... of
# Agriculture, Forestry and Fisheries", "... of Communications, Transport and Tourism of Bahrain" (a
# ministry of another government, not the one its first words name); the fields one or two
# capitalised words each, the last after "and"
_FIELD = r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
MINISTRYS_FIELDS_GO_ON = re.compile(rf"(?P<fields>(?:,\s+{_FIELD})*,?\s+and\s+{_FIELD})(?![\w'’-])")
# what ends a body's or a place's name rather than a field ("... and Hunan Province", "... and Birch University")
_NAME_ENDS = re.compile(rf"\b(?:{BODY_KINDS}|Province|Provincial|Municipality|Municipal|City|Region|Government)$")
_ITEMS = re.compile(r",?\s+and\s+|,\s+")


def _subject(names: str) -> str:
    """An alternation of names as a clause's subject: whole words, not a longer name they begin."""
    return r"(?<![\w-])" + names + rf"(?![\w-])(?!{OF_ANOTHER_NAME})"


# a name given again in brackets right after it: "AVIC (中国航空工业集团)", "CSSC (中国船舶集团有限公司)"
_BRACKET_OPENS = re.compile(r"(?P<name>(?:[A-Z0-9][\w&'’.-]*\s+)*[A-Z0-9][\w&'’.-]*)?\s*(?P<bracket>[(（])\s*$")
_BRACKET_CLOSES = re.compile(r"\s*[)）]")
# "AU is a university that works with CETC", "... is one of the few schools that train ...": a
# relative clause on what the subject is says it of the subject ("is the owner of a firm that ..." does not)
SUBJECT_DESCRIBED = re.compile(
    r"[^,;]*?\s(?:is|was|remains)\s+(?:also\s+)?(?:a|an|the|one\s+of(?:\s+the)?)\s+"
    r"(?:(?!of\b)[\w'’-]+\s+){0,4}?(?:that|which|who)\b"
)
# the words between a subject and its verb: "AU has also", "CETC had recently"
AUXILIARIES_AFTER = re.compile(r"(?:\s+(?:has|have|had|also|jointly|together|\w+ly))+$")
# what an organisation is, written before its name: "defence industry agency SASTIND", "state-owned
# defence conglomerate CETC" (lowercase words ending in a noun of role; no preposition, so "students
# of SASTIND" names no subject)
ROLE_BEFORE_NAME = re.compile(
    r"(?:(?!(?:of|for|from|at|in|with|by|to|and|or|its|their|the|a|an)\b)(?:[a-z]|^[A-Z])[\w-]*\s+){0,3}"
    r"(?:agency|conglomerate|company|corporation|group|regulator|enterprise|manufacturer|firm|giant|contractor)\s+"
    r"(?=[A-Z])"
)
BRACKET = re.compile(r"\s*[(（][^)）]*[)）]")
# a former name puts nothing in the past: "AU, formerly known as Alder College, is run by ...",
# "AU, formerly Alder College, is run by ...", nor the years it was so named ("AU, known until 2003
# as Alder College, is run by ...", "AU was called Alder College from 1958 to 1994 and is run by").
# Gated: ``in_the_past`` takes it out of every clause it is asked of, and most hold none of its
# words (its search was 15 ms of the 100k project's serial build; the gate's test, about 1 ms).
FORMER_NAME = Gated(
    r"(?i:\b(?:formerly|previously|originally)\s+(?:known\s+as|called|named)\b)"
    r"|[,(]\s*(?i:formerly|previously|originally)\s+(?=(?:the\s+)?[A-Z])"
    r"|,\s*(?:(?:formerly|previously|originally|once)\s+)?(?:known|called|named)\b[^,;()]*"
    r"|\b(?:was|were)\s+(?:(?:formerly|previously|originally|once)\s+)?(?:known|called)\b[^,;()]*?"
    r"(?=\s+and\s+(?:is|are|has|have)\b|[,;]|$)",
    ("known", "called", "named", "formerly", "previously", "originally"),
)


# a clause with a named subject of its own after the institution's: "..., and Hikvision was added to"
NAMED_SUBJECT_CLAUSE = re.compile(
    # (after a comma: "A and B hold ..." is one clause of two subjects)
    r"(?:;|,\s*(?:and|but|while|whereas))\s+"
    r"(?P<who>(?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w&'’-]*)*|the\s+(?:latter|former))"
    # ("NPU, in turn, holds ...", "HEU, for its part, ...")
    r"(?:\s*,\s*(?:in\s+turn|for\s+its\s+part|however|meanwhile|too|likewise|in\s+contrast|by\s+contrast)\s*,)?"
    r"\s+(?:(?:also|now|still|later)\s+)?(?:was|were|is|are|has|have|had|holds?|hosts?)\b"
)
# a lead-in that gives the institution some of the items after it, not which
SOME_OF_THEM = re.compile(
    r"\b(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|some|most|many|several|half|part|a\s+few)\s+of\s+"
    r"(?:the|these|those)\b|\ball\s+but\b|\bnot\s+all\b)",
    re.IGNORECASE,
)
# a lead-in whose subject is the institution's own items, which the bullets after it complete: "AU's
# defence laboratories include:", "The university's main partners are the following:" (not "AU's partner
# CETC was placed on the following lists:", whose subject is another body)
ITS_ITEMS_ARE = (
    r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:laboratories|labs|partners|collaborators|disciplines|specialisations|specializations|"
    r"subsidiaries)"
    r"\s+(?:include|are|comprise)(?:\s+the\s+following)?\s*:$"
)
# a bullet line: "• ...", "- ..."
BULLET = re.compile(r"[•\-–]\s*")
# what a bullet's words are counted without: its Chinese names and bracketed remarks
BRACKETED = re.compile(r"[(（][^)）]*[)）]")
# what a lead-in says of the items after it that is not holding them now, besides the cue lists'
# words (``negated_or_hedged``, ``in_the_past``: "ended", "halted", "sought", "proposed", ...):
# dropped, or only offered or planned
NOT_HELD_NOW = re.compile(
    r"\b(?:ending|dropped|broke\s+off|invited|planned|plans|hopes|considering|negotiating|applied)\b",
    re.IGNORECASE,
)


def former_names_aside(text: str) -> str:
    """``text`` without what it says of the institution's former names (``FORMER_NAME``)."""
    return FORMER_NAME.sub("", text)


# a relation that held over years gone by: "was run by MIIT from 2004 to 2012", "Between 2010 and
# 2015, ...", "before 2014", "In the 1990s, ...", "during the 2010s"
YEARS_GONE = re.compile(
    r"\b(?:(?:from\s+(?:\w+\s+)?\d{4}\s*(?:to|until|till|through|-|–)|between\s+(?:\w+\s+)?\d{4}\s+and|before)"
    r"\s*(?:\w+\s+)?\d{4}|in\s+the\s+(?:early\s+|late\s+|mid-?)?(?:1[89]|20)\d0s|"
    # a decade gone by that the clause opens with (not the 2020s, the tracker's own; not "... as it
    # has done throughout the 2000s")
    r"^(?:during|throughout|over)\s+the\s+(?:early\s+|late\s+|mid-?)?(?:1[89]\d|200|201)0s)\b|"
    # a span written with a dash, as when a tie held: "During 2012-2016, ...", "in 2017-19" (not a
    # plan's, an agreement's or a standard's years: "the 2021-2025 plan", "GJB 2000-2016"; nor a date)
    r"\b(?:in|during|from|over|throughout)\s+(?:the\s+(?:years?|period)\s+)?(?:19|20)\d\d\s*[-–]\s*(?:(?:19|20)\d\d|\d\d)\b"
    r"(?![-–/]\d|\s+[a-z])",
    re.IGNORECASE,
)


#: how many texts' leading clauses a document keeps (``DocumentContext._opening``)
OPENINGS_KEPT = 64
_UNSEEN = object()


@dataclass
class DocumentContext:
    """One profile being read: the institution, its names, the document, and the output sink."""

    ctx: LoadContext
    document: Document
    subject: URIRef
    profile: Profile
    words: Wordlists
    names: InstitutionNames = field(default_factory=InstitutionNames)
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
    last_case: Sentence | None = None
    """The last sentence read as a case of the institution's people ("He was sentenced ..." after it)."""
    parts_named: set[URIRef] = field(default_factory=set)
    """The laboratories and units the sentence being read names ("AU hosts the X Laboratory. It was
    founded in 2008.": "It" may be either; after several, it is not one of them)."""
    unit_before: str | None = None
    """The institution's unit the sentence before was about (``Antecedent.its_unit``), whose stand-in
    ("The institute") the sentence being read may open with."""
    followed_up: Sentence | None = None
    """A sentence a rule read together with the one before ("These agreements, signed in ...")."""
    hosted: set[URIRef] = field(default_factory=set)
    node_names: NodeNames = field(default_factory=NodeNames)
    zh_labelled: set[URIRef] = field(default_factory=set)
    """Laboratories given their Chinese label here (once each)."""
    sentence: Sentence | None = None
    """The sentence the rules are reading (None before and after them)."""
    quoting: Sentence | None = None
    """The whole sentence whose clause the rules are reading (``clauses_of_its_own``), which the facts quote."""
    abbreviations: set[str] = field(default_factory=set)
    risk_read: bool = False
    rule: str = ""
    """The rule being applied: the facts made are counted under its name."""
    hits: RuleHits = field(default_factory=current_hits)
    facts_made: int = 0
    _expression: tuple[str, EitherExpression] | None = field(default=None, init=False, repr=False, compare=False)
    _clause: tuple[str, str] = field(default=("", ""), init=False, repr=False, compare=False)
    _openings: dict[str, re.Match[str] | None] = field(default_factory=dict, init=False, repr=False, compare=False)

    # -- writing -------------------------------------------------------------------------------
    def fact(self, s: Node, p: Node, o: Node, sentence: Sentence, **kw) -> URIRef:
        """Write a fact quoting ``sentence`` (and its first citation), counted under the rule."""
        sentence = self.quoting or sentence  # (a clause read on its own quotes its sentence)
        self.hits.facts[self.rule, sentence.text] += 1
        self.facts_made += 1
        kw.setdefault("asserted_by", self.asserted_by)
        if "according_to" not in kw:  # "According to its website, ...": every fact of it is that source's
            kw["according_to"] = self.source_of(sentence)
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

    def count_node(self, kind: str, value: int, precision: str) -> URIRef:
        """The institution's count of ``kind`` ("defence-laboratory-count"), described: one node
        per document, or one per value when the page gives another count too ("at least four" in
        one sentence, "more than ten" in another), never one node holding both."""
        plain = self.value_node(f"{self.slug}-{kind}")
        described = {(p, o) for s, p, o in self.ctx.triples if s == plain and p in (DKG.value, DKG.countPrecision)}
        wanted = {(DKG.value, Literal(value)), (DKG.countPrecision, vocab("count-precision", precision))}
        iri = (
            plain
            if not described or described == wanted
            else self.value_node(f"{self.slug}-{kind}-{precision}-{value}")
        )
        return self.ctx.count(iri, value, precision)

    def mint_node(self, kind: str, date: PreciseDate | None) -> URIRef:
        """A new agreement or event node of the institution, named by its kind and date (see
        ``node_names``: never by its place in the text)."""
        base = f"{self.slug}-{kind}{self.designation_suffix}" + (f"-{date.iso}" if date else "")
        return self.node_names.mint(base, self.sentence.text if self.sentence else "")

    def note_abbreviation(self, abbr: str, s: Sentence) -> None:
        """The institution's abbreviation, learnt from ``s``: a name of it from now on."""
        self.names.add(abbr)
        if abbr not in self.abbreviations:
            self.abbreviations.add(abbr)
            self.fact(self.subject, DKG.abbreviation, Literal(abbr), s)

    def learn_name(self, name: str, s: Sentence) -> bool:
        """A name of the institution ``s`` gives: an abbreviation (a fact), or another name (a
        label, in Chinese or English, unless it is one already: the page's title); none that the
        registry gives another."""
        name = name.strip()
        other = self.ctx.registry.resolve(name)
        if not name or other not in (None, self.subject):
            return False
        if self.is_subject(name):
            return True
        if ABBREVIATION.fullmatch(name) and sum(c.isupper() for c in name) >= 2:
            self.note_abbreviation(name, s)
        else:
            self.names.add(name)
            if other is None:  # a name with its evidence: where the profile gives it
                lang = "zh-Hans" if CJK.search(name) else "en"
                self.fact(self.subject, SKOS.altLabel, Literal(name, lang=lang), s)
                self.ctx.registry.add_name(self.subject, name, "alias")
        return True

    def alias_at(self, text: str, start: int) -> bool:
        """What ``text`` names from ``start`` is given as another name of the institution: the words
        before it are the institution's name, or "It", and an alias cue ("LERI, also known as
        NORINCO's 205th Research Institute, ...": a name of LERI's, no unit of NORINCO's)."""
        cue = ALIAS_CUE_BEFORE.search(text, 0, start) if ALIAS_WORDS.search(text) else None
        if cue is None or cue.end() != start:
            return False
        return re.search(self.clause_subject_pattern() + r"$", text[: cue.start()]) is not None

    # -- the institution in the text -----------------------------------------------------------
    def subject_pattern(self) -> str:
        """A regular expression for any name of the institution (see ``extraction.names``), not a
        pronoun: names in any case after an optional "The", abbreviations as written."""
        # (not a longer name it begins: "Hunan University of Science and Technology" on Hunan
        # University's page is another university)
        return _subject(self.names.pattern())

    def clause_subject_pattern(self) -> str:
        """A name of the institution, or "It", as the subject of a clause."""
        return "(?:" + self.subject_pattern() + r"|\b[Ii]t\b)"

    def source_of(self, sentence: Sentence) -> str | None:
        """Whom the sentence gives as the source of what it says: one told before it, beside it or
        after it (``text.attributed_to``), a body named after it (``told_by_a_body``), or the
        institution in its own claim (``claimed_by_itself``); None when it gives none."""
        told = _attribution(sentence.text)
        if told is not None and self._frame_is_its_own(sentence.text, told):
            return self.subject_label()  # ("The university says that ...", "AU reported that ...": as "..., it says.")
        return told or self.told_by_a_body(sentence) or self.claimed_by_itself(sentence)

    def _frame_is_its_own(self, text: str, told: str) -> bool:
        """``told``, the source ``text`` opens by citing, is the institution ("The university says
        that ...", "AU reported that it ...")."""
        return text.startswith(told) and self.is_subject(told)

    def told_by_a_body(self, sentence: Sentence) -> str | None:
        """The body the sentence ends by naming as its source, with a verb that tells what is stated
        ("..., AVIC says.", "..., CETC has said.": the body's words, as "According to AVIC, ..." gives
        them), or the institution saying or claiming it ("..., the university says.", "..., it
        claims.": its name, as its claim before the fact, "AU claims to ...", gives); None otherwise
        (what another claims, or doubts, leaves the sentence unread: ``claimed_by_another``)."""
        m = body_told(sentence.text)
        if m is None:
            return None
        if self._its_own_body(sentence, m["body"]):
            return self.subject_label() if re.fullmatch(f"{BODY_STATES}|{BODY_CLAIMS}", m["body_verb"]) else None
        return m["body"] if re.fullmatch(BODY_STATES, m["body_verb"]) else None

    def claimed_by_another(self, sentence: Sentence) -> bool:
        """The sentence ends by naming a body whose verb says less than what is stated: another's
        claim ("..., the company claims." on a university's page, "..., CETC maintains."), or any
        body's doubt ("..., AVIC alleges.", "..., it suggested."). As the same claim before the fact
        ("AVIC claims that AU ..."), no fact of it is read."""
        return body_told(sentence.text) is not None and self.told_by_a_body(sentence) is None

    def _its_own_body(self, sentence: Sentence, body: str) -> bool:
        """``body``, named as a sentence's source, is the institution: one of its names or stand-ins
        ("AU", "the university"), or "it" after a sentence that opens with the institution ("AU works
        with AVIC, it claims.": the subject, not the partner, is what "it" stands for)."""
        if body == "it":
            return self._names_expression().match(self.main_clause(sentence)) is not None
        return self.is_subject(body)

    def claimed_by_itself(self, sentence: Sentence) -> str | None:
        """The institution's name when the sentence is its claim about itself ("AU claims to have
        trained 500 officers for the PLA"): what it says is according to it."""
        if not _has_claim_words(sentence.text):
            return None
        return self.subject_label() if self.subject_then(OWN_CLAIM, self.main_clause(sentence), clause=True) else None

    def subject_label(self) -> str:
        """A full name of the institution (its registry label)."""
        return self.ctx.registry.label(self.subject)

    def is_subject(self, text: str) -> bool:
        return self._names_expression().fullmatch(text.strip()) is not None

    # An expression that holds the institution's names and more is its own per document, and
    # compiling one took about a sixth of a serial build. So the names are matched alone, with one
    # expression per set of names (``_names_expression``, kept by re's cache), and what must follow
    # them with a fixed expression from where they end. The names' first way of matching is the
    # one the whole expression tries first: where the rest matches there, the whole expression
    # gives the same; only where it does not is the whole expression compiled and tried.
    def _names_expression(self) -> EitherExpression:
        """``clause_subject_pattern()``, with the group ``subject`` when a name (not "It") matched:
        compiled again only when the names changed (``names.pattern()`` is then another string)."""
        names = self.names.pattern()
        if self._expression is None or self._expression[0] is not names:
            own, standing_in = self.names.parts()
            self._expression = (
                names,
                EitherExpression(
                    own and f"(?P<subject>{_subject(own)})",
                    "(?:" + (f"(?P<subject>{_subject(standing_in)})|" if standing_in else "") + r"\b[Ii]t\b)",
                ),
            )
        return self._expression[1]

    def subject_at(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """A name of the institution at ``pos`` (its first way of matching there), not "It"."""
        m = self._names_expression().match(text, pos)
        return m if m is not None and m["subject"] is not None else None

    def subject_mentions(self, text: str) -> Iterator[re.Match[str]]:
        """The mentions ``re.finditer(self.subject_pattern(), text)`` finds: an "It" the names'
        expression also reads hides none, since a name never starts inside a word."""
        return (m for m in self._names_expression().finditer(text) if m["subject"] is not None)

    def names_institution(self, text: str) -> bool:
        """``text`` names the institution (not by a pronoun)."""
        return next(self.subject_mentions(text), None) is not None

    def subject_then(self, rest: str, text: str, *, clause: bool = False) -> re.Match[str] | None:
        """``re.match(self.subject_pattern() + rest, text)`` (``clause_subject_pattern()`` if
        ``clause``), without compiling that expression where it can be helped: read the match's
        groups by name, since either the whole expression's match or that of ``rest`` is returned."""
        first = self._names_expression().match(text)
        if first is None or (first["subject"] is None and not clause):
            return None
        rest_expression = re.compile(rest)
        if m := rest_expression.match(text, first.end()):
            return m  # (what follows may go on with the name: "AU National Defence Institute was founded")
        if (aside := NAME_ASIDE.match(text, first.end())) and (m := rest_expression.match(text, aside.end())):
            return m  # "AU, also known as CETC's 71st Research Institute, is a subsidiary of CETC"
        if (aside := SAID_BETWEEN_COMMAS.match(text, first.end())) and (m := rest_expression.match(text, aside.end())):
            return m  # "AU, officials said, signed an agreement with CETC" (the sentence's source)
        if first["subject"] is not None and NAME_GOES_ON.match(text, first.end()):
            return None  # the start of another body's name, or a person's title: "AU Holdings", "AU President Li"
        if rest_expression.search(text, 1) is None:
            return None  # the rest follows no name, however the names match (a name is not empty)
        whole = self.clause_subject_pattern() if clause else self.subject_pattern()
        return re.match(whole + rest, text)

    def subject_does(self, rest: str, text: str) -> re.Match[str] | None:
        """``rest`` said of the clause's subject (``subject_then`` with ``clause``), or of the
        institution in a second verb phrase ("AU is part of the PLA SSF and was formed in 2017
        from ...", "It was founded in 1965 and was known as X until 1978"): after "and" and a verb, when the phrase before opens with a verb and holds no
        relative clause or parenthesis (in "owns a firm that makes lasers and was founded in 1958"
        whose founding it is is not clear; "AU students joined the PLA and were ..." is not about AU)."""
        if m := self.subject_then(rest, text, clause=True):
            return m
        first = self._names_expression().match(text)
        if first is None:
            return None
        verb = FIRST_WORD.match(text, first.end())
        if verb is None or verb["word"] not in self.words.verbs:
            return None
        rest_expression = re.compile(rest)
        for junction in COORDINATED_VERB.finditer(text, first.end()):
            if CLAUSE_INSIDE.search(text, first.end(), junction.start()):
                return None
            if junction["word"] in self.words.verbs and (m := rest_expression.match(text, junction.end())):
                return m
        return None

    def main_clause(self, sentence: Sentence) -> str:
        """The sentence without a leading clause ("In 2015, ", "In 2016, the year after ..., "):
        found once per sentence, though several rules ask for it."""
        text = sentence.text
        if self._clause[0] is not text:
            self._clause = (text, self.without_leading_clause(text))
        return self._clause[1]

    def leading_clause(self, text: str) -> re.Match[str] | None:
        """The leading clause ``text`` opens with (``Wordlists.leading_clause``: "In 2015, ", "A 2019
        report said that "), or the institution's own frame before "it" (``own_frame``)."""
        return self.own_frame(text) or self._opening(text)

    def _opening(self, text: str) -> re.Match[str] | None:
        """``Wordlists.leading_clause`` matched at the start of ``text``: kept for the last texts,
        since the rules ask of one sentence and its clauses in turn (at 100k, 10,370 questions of
        4,138 texts), and the long expression took about 4% of a build."""
        m = self._openings.get(text, _UNSEEN)
        if m is _UNSEEN:
            if len(self._openings) >= OPENINGS_KEPT:
                self._openings.clear()
            m = self._openings[text] = self.words.leading_clause.match(text)
        return m  # type: ignore[return-value]

    def without_leading_clause(self, text: str) -> str:
        """``text`` without the leading clause it opens with (``leading_clause``)."""
        m = self.leading_clause(text)
        return text[m.end() :] if m else text

    def without_frame(self, text: str) -> str:
        """``text`` without the report, people or remark it opens by citing (``text.REPORTED_FRAME``,
        or the institution's own frame before "it", ``own_frame``), or as it is."""
        own = self.own_frame(text)
        return text[own.end() :] if own else without_reported_frame(text)

    def own_frame(self, text: str) -> re.Match[str] | None:
        """The frame ``text`` opens with before "it" or "its", when every body it names is the
        institution by its names ("KAU officials said that it ...", "Officials at Kestrel University
        in Harbin stated that it ...", "The university's officials said that it ..."): that "it" can
        stand for no other body the frame names. None after another body's people or report ("CETC
        officials said that it ...", "Officials of the Ministry of Education said that it ...":
        perhaps that body), and after a frame that names none (the leading clause reads it)."""
        m = FRAME_BEFORE_IT.match(text) if " that " in text else None
        if m is None:
            return None
        bodies = self._frames_bodies(m)
        return m if bodies and all(self.is_subject(body) for body in bodies) else None

    @staticmethod
    def _frames_bodies(frame: re.Match[str]) -> list[str]:
        """The bodies a frame names as whose its people or report are, without a possessive's "'s"
        ("KAU's officials": "KAU"; "The university's officials": "the university")."""
        bodies = [frame[g] for g in ("told_by", "told_for", "reported_by", "reported_by_whom", "said_by") if frame[g]]
        if frame["told_of"]:
            bodies.append("the " + frame["told_of"])
        if frame["told_kind"]:
            bodies.append(frame["told_kind"].strip())  # ("a ministry spokesperson": a body, not named)
        return [POSSESSIVE_END.sub("", body) for body in bodies]

    def up_to_anothers_clause(self, text: str) -> str:
        """``text`` up to a clause whose subject is another body, named ("ZJU works with Hikvision,
        and Hikvision was added to the Entity List in 2019": what that clause says, and its date,
        are Hikvision's; "... and the state-owned NUDT holds top-secret ones"), not one whose verb
        acts on the institution ("..., and in 2021 Japan added it to its End User List")."""
        for m in NAMED_SUBJECT_CLAUSE.finditer(text):
            if self.subject_at(text, m.start("who")) is None:
                return text[: m.start()]
        for m in self._clauses_of_others(text):
            after = text[m.end("verb") :].lstrip()
            if not (after.startswith("it ") or self.subject_at(after)):
                return text[: m.start()]
        return text

    def lead_in(self, s: Sentence) -> Sentence | None:
        """The sentence before the bullets ``s`` is one of, in its section."""
        sentences = self.profile.sentences
        i = next(i for i, x in enumerate(sentences) if x is s)
        for sentence in reversed(sentences[:i]):
            if sentence.section != s.section:
                return None
            if not BULLET.match(sentence.text):
                return sentence
        return None

    def lead_in_of_its_own(self, lead_in: Sentence) -> bool:
        """A lead-in the bullets after it complete (it ends with a colon) gives them to the
        institution: not another body's ("HIT hosts the following laboratory:", "AU's partner CETC
        was placed on the following lists:"), nor its people's ("Researchers at AU work with:"),
        nor negated, hedged, planned, ended or past ("AU plans to establish:", "AU was removed from
        the following list in 2021:"). Any other sentence before the bullets is not their lead-in."""
        text = lead_in.text.rstrip()
        if not text.endswith(":"):
            return True
        if self.negated_or_hedged(text) or self.in_the_past(text) or NOT_HELD_NOW.search(text):
            return False
        if SOME_OF_THEM.search(text):
            return False  # "hosts two of the three laboratories listed below": unsure which
        if ITS_PARTS_LEAD.match(text) or (self.possessive(lead_in) and not self.subject_then(ITS_ITEMS_ARE, text)):
            return False  # ("Its subsidiaries appear on the following list:")
        if PEOPLE_FIRST.match(text):
            return False  # "Researchers at AU work with the following universities:": theirs, not AU's
        others = [iri for _, _, iri in self.orgs_in(text) if iri != self.subject]
        return not others or self.starts_with_subject(lead_in)

    def sentence_of_bullet(self, s: Sentence) -> Sentence | None:
        """A bullet that is a sentence of its own ("• AU holds a 35% stake in X Co., Ltd.", "• In 2022,
        AU bought lasers from CETC."), as that sentence without its mark, for the rules of prose: it
        ends as a sentence does and has a verb after its first word, and the lead-in it may complete
        is the institution's own (``lead_in_of_its_own``: not "Reports allege that:"). A name
        ("• Kestrel Optics Co., Ltd.", "• State Key Laboratory of Made Materials") is not one."""
        mark = BULLET.match(s.text)
        if mark is None or not s.text.endswith((".", "!", "?")):
            return None
        body = s.text[mark.end() :]
        words = [word.strip(",;:.") for word in BRACKETED.sub(" ", body).split()]
        verbs = self.words.verbs | self.words.plural_verbs  # (as written: "Made", "Supply" are a name's)
        if len(words) < 4 or not verbs.intersection(words[1:]):
            return None
        lead_in = self.lead_in(s)
        if lead_in is not None and lead_in.text.endswith(":"):
            said = lead_in.text.endswith("that:")  # "Reports allege that:", "AU claims that:"
            if said or not self.lead_in_of_its_own(lead_in) or framed_as_unsure(f"{lead_in.text[:-1]} {body}"):
                return None
        return Sentence(body, s.section, s.citations)

    def adjacent(self, sentence: Sentence, offset: int) -> Sentence | None:
        """The sentence ``offset`` places after ``sentence`` in the profile (before it, if negative)."""
        sentences = self.profile.sentences
        i = self._position(sentence)
        return sentences[i + offset] if i is not None and 0 <= i + offset < len(sentences) else None

    def after(self, sentence: Sentence) -> list[Sentence]:
        """The profile's sentences after ``sentence``."""
        i = self._position(sentence)
        return self.profile.sentences[i + 1 :] if i is not None else []

    def _position(self, sentence: Sentence) -> int | None:
        return next((i for i, x in enumerate(self.profile.sentences) if x is sentence), None)

    def stands_for_another(self, sentence: Sentence, other: Antecedent | None) -> bool:
        """The main clause opens with "It" or "Its" (or holds "its"), or with a stand-in of the other
        body's kind ("The university" after a sentence about Birch University, not after one about SASTIND),
        while the sentence before was about ``other`` (``refers_elsewhere``) and this one does not
        name the institution."""
        if other is None:
            return False  # (most sentences, 2,062 of 2,719 at 100k: their pronoun need not be looked for)
        clause = self.main_clause(sentence)
        # "In 2019, 35% of its graduates ...": a possessive inside the clause stands for a body too
        pronoun = self._opening_pronoun(clause) or ("its" if POSSESSIVE_PRONOUN.search(clause) else None)
        if pronoun is None:
            return False
        # after the institution's own frame ("The university's officials said that it ..."), the
        # frame's stand-in may stand for the other body too, and its name names no one but the frame's
        frame = self.own_frame(sentence.text)
        nouns = [pronoun, *(self._opening_pronoun(body) for body in self._frames_bodies(frame))] if frame else [pronoun]
        if not any(noun is not None and self._may_stand_for(noun, other) for noun in nouns):
            return False
        return not (self.names_institution(clause) if frame else self._named(sentence))

    @staticmethod
    def _may_stand_for(pronoun: str, other: Antecedent) -> bool:
        """ "it" or "its", or a stand-in's noun, may stand for ``other``."""
        if pronoun in ("it", "its"):
            return pronoun in other.pronouns
        return pronoun in other.name.lower() or pronoun in other.nouns

    def refers_elsewhere(
        self, sentence: Sentence, before: Antecedent | None, parts: frozenset[URIRef] = frozenset()
    ) -> Antecedent | None:
        """The other body "It" and "The university" in the next sentence may stand for: the one
        this sentence's main clause opens with, whatever else it names ("HIT signed an agreement
        with AU. It is supervised by MIIT."); the laboratory or unit ``part`` a sentence about the
        institution named ("AU hosts the X Laboratory. It was founded in 2008."); another body
        a sentence about something of the institution's names ("AU's main partner is HIT. It
        hosts ..."); for a stand-in only, another body of its kind a sentence about the
        institution names ("AU works with Birch University. The university ..."). ``before``:
        as the sentence before this one left it; ``parts``: the laboratories and units it named
        (after several, "It" is none of them: a singular stands for one body, the institution)."""
        clause = self.main_clause(sentence)
        if self.own_frame(sentence.text) or (
            (frame := self._opening(sentence.text)) and frame.groupdict().get("said_by")
        ):
            # a frame of a named body ("AVIC says that ...") or of the institution itself ("SEU states
            # that its research ..."): the sentence is about that body, which "It" next stands for
            clause = sentence.text
        for pattern in (POSSESSED_NAMED, APPOSED_OPENING, UNIT_AFTER_POSSESSIVE):
            named = pattern.match(clause)
            if named and not self.is_subject(name := next(filter(None, named.groups()))):
                return Antecedent(name)  # ("Its College of Marine Engineering works with CSSC.")
        pronoun = self._opening_pronoun(clause)
        opening = None if pronoun else self._opening_organisation(clause)
        if opening is not None and opening[0] != self.subject:
            # (not after several bodies together: "The X and the Y Laboratory are AU's two ...")
            return None if PLURAL_AFTER.match(clause, opening[1]) else self._antecedent(opening[0])
        if len(parts) == 1 and (pronoun or opening is not None):
            return self._part_antecedent(sentence, next(iter(parts)))
        if pronoun:  # "It" again: the same body as before (all of it, after a stand-in that stood for it)
            if before is None or self.stands_for_another(sentence, before):
                return Antecedent(before.name) if before else None
            # (a stand-in that cannot be the other, "The university" after "That figure has grown ...",
            # is the institution's: the other is no longer what "It" next may be)
            return before if self._may_stand_for(pronoun, before) else None
        if opening is None:
            return self._thing_opening(sentence, clause, before)
        return self._named_after_subject(clause[opening[1] :])

    def _part_antecedent(self, sentence: Sentence, part: URIRef) -> Antecedent:
        """What "It" next may be after a sentence about the institution that named one ``part`` of
        it: that part, which "It" can only be when no other body is named besides the institution
        ("AU hosts the X Laboratory."; not "AU hosts the X Laboratory with CETC.": its ``part`` None)."""
        registry = self.ctx.registry
        others = {iri for _, _, iri in registry.find_in(sentence.text)} - {self.subject, part}
        unit = not self.has_type(part, DKG.Laboratory)  # ("AU's Defence Institute was founded in 2006.")
        return Antecedent(registry.label(part), frozenset({"it"}), part=None if others else part, its_unit=unit)

    def _thing_opening(self, sentence: Sentence, clause: str, before: Antecedent | None) -> Antecedent | None:
        """What "It" next may stand for after a clause that opens with no organisation: another
        body's name the registry may not know, or a thing when the institution is named later ("A
        delegation from CASIC visited AU in 2019."; not what the institution is, before its name:
        "An institution accredited to ..., CQU is ...")."""
        if (other := OTHER_BODY_OPENS.match(clause)) and not PLURAL_AFTER.match(clause, other.end()):
            return Antecedent(other[0])  # (not several: "The X and the Y Laboratory are AU's two ...")
        if not self._named(sentence):
            # "The first is the Radar Laboratory.": the laboratory named, else what "It" stood for before
            return Antecedent(other[0]) if (other := LABORATORY_NAMED.search(clause)) else before
        thing = THING_OPENS.match(clause)
        after_comma = clause.partition(",")[2].lstrip()
        if thing is None or self.starts_with_subject(sentence) or self.subject_at(after_comma) is not None:
            return None
        if PLURAL_THING.match(clause):
            return None  # "The top employers of AU graduates include CETC.": several, no "It" or "Its" next
        return Antecedent(thing[0])

    def _named_after_subject(self, rest: str) -> Antecedent | None:
        """What "It" next may stand for after a clause on the institution (``rest``: after its
        name): another body, when the clause is about something of the institution's ("AU's main
        partner is HIT") or describes it ("AU has exchanges with BIT, which is one of the Seven
        Sons."); for a stand-in only, another body of its kind ("AU works with Birch University")."""
        if unit := UNIT_AFTER_POSSESSIVE.match(rest):
            return Antecedent(unit["unit"], its_unit=True)  # "AU's School of Criminal Investigation ... The school ..."
        if NAME_CLAUSE.match(rest):
            return None  # another name of the institution's, no other body: "AU is also known as X."
        if aside := NAME_ASIDE.match(rest):
            rest = rest[aside.end() :]  # (the same between commas: "AU, also known as X, ...")
        # (a relative clause's "which" or "who" holds "wh": re can start its search at no literal, and it
        # cost 10 us a sentence on the institution, 1,656 of 2,719 at 100k)
        possessive = POSSESSIVE.match(rest) is not None
        described = RELATIVE_AFTER_NAME.search(rest) if "wh" in rest else None
        if not (possessive or described or any(noun in rest.lower() for noun in self.names.stand_ins)):
            return None  # (most sentences: the bodies named need not be looked for)
        named: list[tuple[int, str, URIRef | None]] = [(m.end(), m[0], None) for m in OTHER_BODY.finditer(rest)]
        registry = self.ctx.registry
        named += [(end, registry.label(iri), iri) for _, end, iri in registry.find_in(rest) if iri != self.subject]
        if named and possessive:
            first = min(named, key=lambda item: item[0])
            return self._antecedent(first[2]) if first[2] is not None else Antecedent(first[1])
        if described and (just_before := [name for end, name, _ in named if end == described.start()]):
            return Antecedent(just_before[0])
        kind = [name for _, name, _ in named if set(name.lower().split()) & set(self.names.stand_ins)]
        # ("AU co-founded a research institute with NORINCO": "The institute" next may be that one)
        # (not what it is: "AU is a public university")
        kind += [
            m[0]
            for m in INDEFINITE_BODY.finditer(rest)
            if m["noun"] in self.names.stand_ins and not COPULA_BEFORE.search(rest, 0, m.start())
        ]
        return Antecedent(kind[0], frozenset()) if kind else None

    def _antecedent(self, iri: URIRef) -> Antecedent:
        """A known body as what "It" or a stand-in may next stand for: an institution of a kind the
        stand-ins name ("The university" after a sentence about HIT) by any of them."""
        institution = self.has_type(iri, *INSTITUTION_KINDS)
        return Antecedent(
            self.ctx.registry.label(iri), nouns=frozenset(self.names.stand_ins) if institution else frozenset()
        )

    def _opening_pronoun(self, clause: str) -> str | None:
        """ "it" or "its" for a clause opening with "It" or "Its"; a stand-in's noun for one opening
        with it ("university" for "The university"); else None."""
        if m := PRONOUN.match(clause):
            return m[0].lower()
        # A stand-in matched at the clause's start is two words (``_stands_in``), the first of them
        # the clause's first word too: a clause opening with another word (at 100k, every one not
        # opening with "It") is not matched with the names (up to twice a sentence, 4 us each)
        if _first_word(clause).lower() not in STAND_IN_ARTICLES:
            return None
        m = self._names_expression().match(clause)
        return m[0].split()[1].lower() if m is not None and self._stands_in(m[0]) else None

    def _named(self, sentence: Sentence) -> bool:
        """The sentence names the institution by a name of it, not only by a stand-in."""
        return any(not self._stands_in(m[0]) for m in self.subject_mentions(sentence.text))

    def _stands_in(self, text: str) -> bool:
        """``text`` is a stand-in for the institution's name ("the university"), not a name of it."""
        words = text.split()
        return len(words) == 2 and words[0].lower() in STAND_IN_ARTICLES and words[1].lower() in self.names.stand_ins

    def starts_with_subject(self, sentence: Sentence) -> bool:
        """The main clause opens with the institution (not with a name that begins with one of its
        names: "AU Holdings")."""
        m = self.subject_then(r"(?:['’]s)?\b", self.main_clause(sentence), clause=True)
        return m is not None and not NAME_GOES_ON.match(m.string, m.end())

    def said_of_subject(self, pattern: Gated, sentence: Sentence, text: str | None = None) -> re.Match[str] | None:
        """``pattern``'s match in the sentence where it says something of the clause's subject, not
        in a relative clause (``text.outside_relative_clauses``) unless the clause describes what
        the subject is (``SUBJECT_DESCRIBED``); positions in ``m.string``. ``text``: the sentence
        as the rule reads it (its Chinese names glossed), the main clause beginning about where
        it does in the sentence."""
        text = sentence.text if text is None else text
        if not pattern.may_match(text):
            return None  # most sentences: before the main clause is looked for
        clause = self.main_clause(sentence)
        lead = max(0, len(text) - len(clause))
        if described := SUBJECT_DESCRIBED.match(clause):
            lead += described.end()
        m = outside_relative_clauses(pattern, text, lead)
        return m if m is None or self.same_subject(m.string, lead, m.start()) else None

    def same_subject(self, text: str, lead: int, at: int) -> bool:
        """Whether ``at`` is in the main clause, or in a clause coordinated after it whose subject
        is the same: none written ("..., and supplies drones to X"), "it" or a name of the
        institution; not another's ("..., and its UAV institute supplies drones to X": a noun
        phrase, no verb, between the clause's start and ``at``)."""
        junctions = list(CLAUSE_JUNCTION.finditer(text, lead, at))
        # ("with AVIC and NUDT trains officers for CASC", "..., and its radar institute supplies ...":
        # a clause with a subject of its own, a comma before it or not)
        bare = self.bare_clause_before(text, lead, at)
        if bare is not None and (not junctions or bare.start() >= junctions[-1].start()):
            return self.is_the_institution(bare["subject"])
        if not junctions:
            return True
        # (a time first: "..., and in 2016 it co-founded ...")
        opening = DATE_OPENER.sub("", text[junctions[-1].end() : at], count=1)
        if NO_SUBJECT.fullmatch(opening) or opening.startswith(("it ", "It ")) or self.subject_at(opening):
            return True
        return self._has_verb(opening)

    def clauses_of_its_own(self, sentence: Sentence) -> list[Sentence]:
        """The clauses of a sentence that opens with the institution and goes on, after a semicolon,
        with a clause whose subject is it again ("KAU bought servers from Inspur; the university also
        bought cameras from Hikvision", "...; it also works with AVIC"): each a sentence of its own,
        read with its own certainty and time (the first clause keeps its own date). None where the
        "it" may be another body: a clause before it that opens otherwise (a leading clause or frame,
        something of the institution's), is hedged or denied, or holds a clause of its own, a
        relative clause or a laboratory. After a denied or hedged clause, a clause that leans on it
        (``LEANS_ON_THE_FIRST``) is not split off: the denied clause gives nothing, the hedged one
        what the rules read of it alone, the other its own reading ("KAU does not work with CASC; it
        works with CASIC")."""
        text = sentence.text
        if ";" not in text or self.main_clause(sentence) != text:
            return []
        parts, start = [], 0
        for semicolon in re.finditer(r"\s*;\s*", text):
            after = text[semicolon.end() :]
            if after.startswith("it "):
                second, rest = "It" + after[2:], after[3:]
            elif (named := self.subject_at(after)) is not None and not NAME_GOES_ON.match(after, named.end()):
                second, rest = after[:1].upper() + after[1:], after[named.end() :]
            else:
                continue
            if not self._clause_it_follows(text[start : semicolon.start()], rest):
                return []
            parts.append(text[start : semicolon.start()].rstrip(" ;") + ".")
            start, text = 0, second
        if not parts:
            return []
        return [Sentence(part, sentence.section, sentence.citations) for part in (*parts, text)]

    def _clause_it_follows(self, clause: str, then: str) -> bool:
        """A clause after which "it" can only be the institution, and the clause ``then`` (after its
        subject) can be read without it (``clauses_of_its_own``)."""
        opening = self._names_expression().match(clause)
        if opening is None or NAME_GOES_ON.match(clause, opening.end()) or POSSESSIVE.match(clause, opening.end()):
            return False
        rest = clause[opening.end() :]
        if CLAUSE_INSIDE.search(rest) or LABORATORY_NAMED.search(rest) or "laborator" in rest:
            return False
        if next(self._next_clauses(rest), None) is not None:
            return False
        return not self.negated_or_hedged(clause) or LEANS_ON_THE_FIRST.search(then.split(";", 1)[0]) is None

    def possessive(self, sentence: Sentence) -> bool:
        """The clause's subject is something or someone of the institution's ("PPSUC's forensic
        institute", "AU researchers")."""
        clause = self.main_clause(sentence)
        # no "'s" nor people at all: the expression of the names (compiled per document) is not needed
        if POSSESSIVE.search(clause) is not None and self.subject_then(r"['’]s\b", clause) is not None:
            return True
        return PEOPLE_NOUN.search(clause) is not None and self.subject_then(PEOPLE_OF, clause) is not None

    def _opening_organisation(self, clause: str) -> tuple[URIRef, int] | None:
        """The organisation the clause opens with (``_organisation_at``), after an article too ("the
        Hubei Provincial Government and SASTIND signed ..."), and where its mention ends."""
        item = self._organisation_at(clause, 0)
        if item is None and (article := ARTICLE.match(clause)):
            item = self._organisation_at(clause, article.end())
        return item

    def clause_subjects(self, sentence: Sentence, then: re.Pattern[str] | None = None) -> list[URIRef]:
        """The organisations the main clause is about: the institution when it opens the clause, or
        every known organisation of a coordinated subject ("WHU and Beihang hold ..."). Empty when
        the clause opens with anything else, with one other organisation, or with something of
        the institution's ("WHU's laboratory"), or when ``then`` does not match right after them."""
        clause = self.main_clause(sentence)
        found, end = self.opening_organisations(clause)
        if not found or (then is not None and not then.match(clause, end)):
            return []
        if found == [self.subject] or len(found) > 1:
            return found
        return []  # one other organisation: its sentence says nothing about the institution

    def opening_organisations(self, clause: str) -> tuple[list[URIRef], int]:
        """The known organisations a clause opens with, coordinated ("CASC and AVIC"), and where
        they end; none when something of theirs is the subject ("WHU's laboratory", "AU students")."""
        found: list[URIRef] = []
        end = 0
        item = self._opening_organisation(clause)
        while item is not None:
            found.append(item[0])
            end = item[1]
            if (joiner := COORDINATION.match(clause, end)) is None:
                break
            item = self._organisation_at(clause, joiner.end())
        if POSSESSIVE.match(clause, end) or re.match(PEOPLE_OF, clause[end:]):
            return [], 0  # "AU students were ...": its people, not the institution
        return list(dict.fromkeys(found)), end

    def _organisation_at(self, text: str, pos: int) -> tuple[URIRef, int] | None:
        """The institution or a registry organisation named at ``pos`` (with its "(ABBR)", after
        what it is: "defence conglomerate CETC"), and where the mention ends."""
        if role := ROLE_BEFORE_NAME.match(text, pos):
            pos = role.end()
        if (m := self._names_expression().match(text, pos)) and not NAME_GOES_ON.match(text, m.end()):
            iri, end = self.subject, m.end()
        else:
            mentions = [x for x in self.ctx.registry.find_in(text[pos:]) if x[0] == 0]
            if not mentions or NAME_GOES_ON.match(text, pos + mentions[0][1]):
                return None
            iri, end = mentions[0][2], pos + mentions[0][1]
        if bracket := BRACKET.match(text, end):
            end = bracket.end()
        return iri, end

    def up_to_next_clause(self, text: str) -> str:
        """``text`` (what follows a verb and its preposition) up to a clause coordinated after it,
        whose verb says something else ("CETC and is run by MIIT": CETC; "CETC and the PLA Navy": both),
        or a clause of another subject even with no comma before "and" ("CETC and NUDT works with CASIC")."""
        return self.before_anothers_clause(text[: next((m.start() for m in self._next_clauses(text)), len(text))])

    def before_anothers_clause(self, text: str) -> str:
        """``text`` up to a clause of another named subject after "and" with no comma before it
        ("AVIC and CETC and NUDT signed an agreement with CASC": "AVIC and CETC")."""
        another = next((m for m in self._anothers_clause().finditer(text) if self._finite(m)), None)
        return text if another is None else text[: another.start()]

    def bare_clause_before(self, text: str, lead: int, at: int) -> re.Match[str] | None:
        """The last clause coordinated by "and" (a comma before it or not) with a subject of its own
        and its verb (``another_subjects_clause``) that begins between ``lead`` and ``at``, after a
        clause with a verb of its own: "AU works with AVIC and NUDT trains ...", "... and its radar
        institute supplies ...", not a subject coordinated before the verb, "AU and NUDT trained ..."."""
        found = None
        for m in self._anothers_clause().finditer(text, lead):
            if m.start() >= at:
                break
            if self._finite(m) and self._has_verb(text[lead : m.start()]):
                found = m
        return found

    def sentence_before_anothers_clause(self, text: str) -> str:
        """``text`` up to a clause of another subject coordinated after its first clause, whose verb
        is one of the cue list's or a past form ("AU received a delegation from NUDT and CETC
        visited it in 2019", "... and the state-owned group CETC held a workshop in 2019": "AU
        received a delegation from NUDT"): where the words and the year of what the first clause
        tells end (not after a subject coordinated before the verb, "AU and NUDT visited CETC in
        2019", nor before a clause of the institution's, "... and the university signed ...", nor
        of what the first clause told of, "... a symposium, and the symposium was attended ...")."""
        another = next(self._clauses_of_others(text), None)
        return text if another is None else text[: another.start()]

    def _clauses_of_others(self, text: str) -> Iterator[re.Match[str]]:
        for m in another_subjects_clause(self.words.verbs, self.words.plural_verbs, past=True).finditer(text):
            if not self._finite(m) or not self._has_verb(text[: m.start()]) or self.is_the_institution(m["subject"]):
                continue
            told = _TOLD_BEFORE.fullmatch(m["subject"])
            if told is None or not re.search(rf"\b{told['noun']}\b", text[: m.start()], re.IGNORECASE):
                yield m

    def is_the_institution(self, subject: str) -> bool:
        """The words of a clause's subject name the institution, wholly ("the university", "KAU";
        not "the university's affiliated college", "KAU researchers": something of its own), or
        name it in a list ("KAU and NUDT": what they do is its too, as where such a list opens a
        sentence, "KAU and NUDT train officers for the PLA")."""
        if " and " in subject:
            return any(map(self.is_the_institution, _LISTED.split(_BOTH.sub("", subject.strip()))))
        m = self.subject_at(subject)
        return m is not None and not subject[m.end() :].strip()

    def _has_verb(self, words: str) -> bool:
        return any(word in self.words.verbs for word in re.findall(r"[a-z]+", words))

    def _finite(self, clause: re.Match[str]) -> bool:
        """Whether the word after a clause's subject is its verb (not a noun: "... and CASC partners"),
        and its "and" is not the one of "between" ("an agreement between the MOE and the defence
        regulator SASTIND designed to ...": two names, whatever word follows the second)."""
        if clause["verb"] in NOUNS_TOO and clause["object"] is None:
            return False
        return "between" not in clause.string or not BETWEEN_OPEN.search(clause.string, 0, clause.start())

    def _anothers_clause(self) -> re.Pattern[str]:
        return another_subjects_clause(self.words.verbs, self.words.plural_verbs)

    def clause_at(self, text: str, at: int) -> str:
        """The clause of ``text`` holding ``at``, among clauses coordinated after one another: a
        year elsewhere in the sentence ("was founded in 1952 and holds secret-level security
        credentials") is not this clause's."""
        start, end = self.clause_span(text, at)
        return text[start:end]

    def clause_span(self, text: str, at: int) -> tuple[int, int]:
        """Where the clause of ``text`` holding ``at`` starts (at its verb, or at the time it
        opens with, or after a semicolon) and ends (``clause_at``)."""
        start, end = 0, len(text)
        for m in self._next_clauses(text):
            # (at its own time, if it opens with one: "..., and in 2021 Japan added it to ...")
            groups = m.groupdict()  # (another subject's clause has a verb only)
            opens = (
                m.end() if m[0] == ";" else min(m.start(g) for g in ("time", "time2", "verb", "word") if groups.get(g))
            )
            if opens <= at:
                start = opens
            elif m.start() >= at:
                end = m.start()
                break
        return start, end

    def _next_clauses(self, text: str) -> Iterator[re.Match[str]]:
        """Where clauses coordinated after the first begin: a semicolon, or "and" (or "but", ...)
        before a verb ("... and holds", "..., and CETC runs"), or before "it", or after a comma
        before a time of its own (", and in 2018 a delegation from CASC visited ..."), or before a
        clause of another subject after one with a verb of its own, a comma before it or not ("...
        with AVIC and the state-owned conglomerate's institute signed ... in 2019")."""
        yield from heapq.merge(self._own_next_clauses(text), self._anothers_clauses(text), key=lambda m: m.start())

    def _own_next_clauses(self, text: str) -> Iterator[re.Match[str]]:
        for m in NEXT_CLAUSE.finditer(text):
            word = m["verb"] or m["word"]
            if word == "its" and SUCCESSOR.match(text, m.end()):
                continue  # "COSTIND and its successor SASTIND signed ...": one list of names
            if m[0] == ";" or self._timed(m) or word in self.words.verbs or word in ("it", "its", "also"):
                yield m

    def _anothers_clauses(self, text: str) -> Iterator[re.Match[str]]:
        """The clauses with a subject of their own in ``text`` (``another_subjects_clause``; the
        institution's too: "... and the university trains ...") after a clause with a verb of its
        own (not "AU and NUDT trained ...": a subject coordinated before its verb)."""
        for m in self._anothers_clause().finditer(text):
            if self._finite(m) and self._has_verb(text[: m.start()]):
                yield m

    def _timed(self, m: re.Match[str]) -> bool:
        """A clause coordinated after a comma that opens with a time of its own and goes on with a
        subject pronoun or a verb (not one with its verb left out: ", and in 2018 with AVIC", ", and
        later the PLA Navy" go on with the list)."""
        if not (m[0].startswith(",") and (m["time"] or m["time2"])):
            return False
        rest = m.string[m.end("time" if m["time"] else "time2") :]
        words = re.findall(r"[a-z]+", CLAUSE_STOP.split(rest, maxsplit=1)[0])
        return bool(words) and (
            words[0] in ("it", "its", "they") or any(w in self.words.verbs or w.endswith("ed") for w in words)
        )

    def gapped_after(self, text: str) -> bool:
        """Whether ``text`` goes on, after a comma and "and", with a time of its own and no verb: ",
        and since 2019 with AVIC", ", and in 2018 the PLA Navy" (the year is the last item's)."""
        return any(
            (m["time"] or m["time2"]) and m[0].startswith(",") and not self._timed(m)
            for m in NEXT_CLAUSE.finditer(text)
        )

    def clause_with_its_time(self, s: Sentence, text: str, at: int) -> str:
        """The clause of ``text`` (``s`` or its main clause) holding ``at`` (``clause_span``), with
        the time the sentence opens with ("Since 2015, AU has trained ... and collaborated with
        CETC": "Since 2015, collaborated with CETC")."""
        start, end = self.clause_span(text, at)
        own = text[start:end]
        opener = self.leading_clause(s.text)
        return opener[0] + own if opener and LEADING_TIME.match(opener[0]) and not s.text.startswith(own) else own

    def negated_or_hedged(self, text: str) -> bool:
        return self.words.negation.found_in(text) or self.words.hedge.found_in(text)

    def in_the_past(self, text: str) -> bool:
        """``text`` puts what it says in the past ("Previously, ...", "... until 2019", "from 2004 to
        2012"), not by a former name."""
        text = former_names_aside(text)
        return self.words.past.found_in(text) or YEARS_GONE.search(text) is not None

    def organisation_named(self, text: str) -> URIRef | None:
        """The organisation ``text`` is a name of, whole ("the PLA Navy (PLAN) has also"): not one it
        only mentions ("a professor from AU", "AU's School of Optics")."""
        text = AUXILIARIES_AFTER.sub("", text.strip(" ,"))
        for start in dict.fromkeys((0, len(text) - len(text.removeprefix("the ")))):  # "the university", "the MOE"
            if (found := self._organisation_at(text, start)) and found[1] == len(text):
                return found[0]
        return None

    def organisation_apposed(self, text: str) -> URIRef | None:
        """The organisation ``text`` names with a description between commas (``APPOSED_SUBJECT``:
        "CETC, a state-owned defence conglomerate,", "China's defence industry agency, SASTIND,")."""
        m = APPOSED_SUBJECT.fullmatch(text.strip().rstrip(","))
        return None if m is None else self.organisation_named(m["name"] or m["after"])

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
        """The registry's entities and the institution named in ``text``, by position. In its own
        profile a name of the institution wins over an entity the same words name elsewhere
        ("SEU" of Space Engineering University in its profile, whoever else "SEU" is), but not
        over a longer name that contains it ("Chongqing University Party Committee")."""
        own = [(m.start(), m.end(), self.subject) for m in self.subject_mentions(text)]
        registry = [
            r
            for r in self.ctx.registry.find_in(text)
            if not NAME_GOES_ON.match(text, r[1]) and not self.ministry_goes_on(text, r[0], r[1])
        ]
        registry = self._units_after_their_group(text, registry)

        def overlaps(a: tuple[int, int, URIRef], b: tuple[int, int, URIRef]) -> bool:
            return a[0] < b[1] and b[0] < a[1]

        found = [
            r
            for r in registry
            if not any(overlaps(r, o) and (r[2] == self.subject or o[1] - o[0] >= r[1] - r[0]) for o in own)
        ]
        found += [o for o in own if not any(overlaps(o, r) for r in found)]
        return _with_brackets(text, sorted(found))

    def _units_after_their_group(
        self, text: str, mentions: list[tuple[int, int, URIRef]]
    ) -> list[tuple[int, int, URIRef]]:
        """A body named right before one of its own units, as a prefix of the unit's name, is one
        mention of the unit: "the PLA SSF" (the PLA SSF, not the PLA and the SSF), "PLA GAD"; the
        registry says whose unit it is."""
        out: list[tuple[int, int, URIRef]] = []
        for start, end, iri in sorted(mentions):
            if (
                out
                and out[-1][1] + 1 == start
                and text[out[-1][1]] == " "
                and out[-1][2] in self.ctx.registry.parents.get(iri, ())
            ):
                start = out.pop()[0]
            out.append((start, end, iri))
        return out

    def ministry_goes_on(self, text: str, start: int, end: int) -> bool:
        """The ministry named at ``start:end`` is the start of a longer ministry's name, one with more
        fields ("the Ministry of Health and Welfare"): not a list of partners, whose items are
        bodies or places ("the Ministry of Health and Tsinghua University", "... and Hunan Province")."""
        if not text.startswith("Ministry of", start) or (more := MINISTRYS_FIELDS_GO_ON.match(text, end)) is None:
            return False
        return not any(self._names_a_body(item) for item in _ITEMS.split(more["fields"]) if item)

    def _names_a_body(self, words: str) -> bool:
        """``words`` name a body or a place: the registry knows a name they begin with, or they end
        as a body's or a place's name does, or they begin with a place's name."""
        if _NAME_ENDS.search(words) or words.split()[0].lower() in self.known_places():
            return True
        return any(start == 0 for start, _, _ in self.ctx.registry.find_in(words))

    def known_places(self) -> set[str]:
        """Lower-cased names of the places known now: the registry governments' provinces and
        cities, and the word lists' places (``names.places_of``)."""
        return places_of(self.ctx.registry, self.words.place_names)

    def has_type(self, iri: URIRef, *types: URIRef) -> bool:
        """The registry types ``iri`` as one of ``types``."""
        return any(t in self.ctx.registry.types.get(iri, ()) for t in types)


def _first_word(text: str) -> str:
    """The words of ``text`` as ``str.split`` cuts them: the first ("" when there is none)."""
    words = text.split(None, 1)
    return words[0] if words else ""


def _with_brackets(text: str, found: list[tuple[int, int, URIRef]]) -> list[tuple[int, int, URIRef]]:
    """The mentions, a name given again in brackets right after a name being one mention of it,
    brackets included: "AVIC (中国航空工业集团)" once (not AVIC twice), "Harbin Institute of Technology
    (HEU)" as HIT alone, and "CSSC (中国船舶集团有限公司)" as the organisation its bracket names (the name
    before it, which the registry does not know, is that one's, not a description)."""
    out: list[tuple[int, int, URIRef]] = []
    for start, end, iri in found:
        close = _BRACKET_CLOSES.match(text, end)
        opening = _BRACKET_OPENS.search(text, 0, start) if close else None
        if close and opening:
            if out and not text[out[-1][1] : opening.start("bracket")].strip():
                # (a bracket naming another known body is the page's slip, "Harbin Institute of
                # Technology (HEU)": one mention, of the name before it)
                out[-1] = (out[-1][0], close.end(), out[-1][2])
                continue
            elif opening["name"]:
                out.append((opening.start("name"), close.end(), iri))
                continue
        out.append((start, end, iri))
    return out

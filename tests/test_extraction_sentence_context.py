"""extraction: the per-sentence look at what "It" and "The university" stand for takes shortcuts
(issue 16, point 1) that must give what the full look gives, on any text.

``DocumentContext._opening_pronoun`` matches the institution's names only when the clause's first
word is "the" or "this" (a stand-in's first word); each check compares it with the full look on
clauses of our own writing and on clauses Hypothesis writes from the words that matter: articles
in any case, other words that begin as they do, any spacing (outside ASCII too), names that are
stand-ins themselves ("University"). ``_named_after_subject`` looks for a relative clause after
the name only in a text holding "wh": every match of the expression must hold it."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import URIRef

from defence_kg.loading.extraction.context import PRONOUN, RELATIVE_AFTER_NAME, DocumentContext
from defence_kg.loading.extraction.names import InstitutionNames
from defence_kg.loading.registry import Registry

SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def context(names: InstitutionNames) -> DocumentContext:
    """A DocumentContext with only its names: the methods under test read nothing else."""
    doc = object.__new__(DocumentContext)
    doc.names = names
    return doc


def fuxin(*more: str) -> InstitutionNames:
    names = InstitutionNames()
    for name in ("PLA Fuxin University", "Fuxin University", "FXU", *more):
        names.add(name)
    names.short = {"Fuxin"}
    names.stand_ins = ("institution", "university")
    return names


def full_look(doc: DocumentContext, clause: str) -> str | None:
    """``_opening_pronoun`` as it was before its shortcut: the names matched at every clause."""
    if m := PRONOUN.match(clause):
        return m[0].lower()
    m = doc._names_expression().match(clause)
    return m[0].split()[1].lower() if m is not None and doc._stands_in(m[0]) else None


CONTEXTS = [context(fuxin()), context(fuxin("University", "The Institution of Fuxin"))]
CLAUSES = [
    "The university was founded in 1952.",
    "the university hosts the X Laboratory",
    "THE UNIVERSITY is run by MIIT",
    "This university and FXU",
    "this  Institution was renamed",
    "The\tuniversity was renamed",
    "The\u00a0university was renamed",
    "\u3000The university was renamed",
    " The university was renamed",
    "The University of Lunar Studies works with FXU",
    "The university of china",
    "The Institution of Fuxin is old",
    "Theuniversity",
    "Thee university",
    "There the university",
    "These universities",
    "The",
    "The ",
    "",
    "   ",
    "It was founded in 1952.",
    "Its partners include AVIC.",
    "FXU is run by MIIT.",
    "Fuxin University (FXU) is public.",
    "The PLA Fuxin University is public.",
]


@pytest.mark.parametrize("doc", CONTEXTS)
@pytest.mark.parametrize("clause", CLAUSES)
def test_the_opening_pronoun_is_what_the_full_look_finds(doc, clause):
    assert doc._opening_pronoun(clause) == full_look(doc, clause)


def test_a_stand_in_opening_the_clause_is_still_found():
    # the shortcut must not hide what it skips for others
    doc = CONTEXTS[1]
    assert doc._opening_pronoun("The university was founded in 1952.") == "university"
    assert doc._opening_pronoun("this institution was renamed") == "institution"
    assert doc._opening_pronoun("The University was founded in 1952.") == "university"  # (a name of it too)


FIRST = st.sampled_from(["The", "the", "THE", "tHe", "This", "this", "THIS", "Thee", "Th", "These", "It", "Its", "FXU"])
SPACE = st.sampled_from(["", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u3000"])
NOUN = st.sampled_from(
    ["university", "University", "UNIVERSITY", "institution", "Institution", "academy", "Fuxin University", "X"]
)
TAIL = st.sampled_from(["", " ", " was founded", " of Lunar Studies", " of china", "-linked", "'s", ", which", " FXU"])


@pytest.mark.parametrize("doc", CONTEXTS)
def test_the_opening_pronoun_of_any_clause_is_what_the_full_look_finds(doc):
    @SETTINGS
    @given(SPACE, FIRST, SPACE, NOUN, TAIL)
    def check(lead, first, space, noun, tail):
        clause = lead + first + space + noun + tail
        assert doc._opening_pronoun(clause) == full_look(doc, clause), clause

    check()


@SETTINGS
@given(st.from_regex(RELATIVE_AFTER_NAME))
def test_every_relative_clause_after_a_name_holds_the_words_looked_for_first(text):
    assert RELATIVE_AFTER_NAME.search(text) is not None  # (what Hypothesis wrote is a match)
    assert "wh" in text


def test_a_body_a_relative_clause_describes_is_what_it_may_stand_for_next():
    doc = context(fuxin())
    doc.ctx = SimpleNamespace(registry=Registry(()))
    doc.subject = URIRef("http://example.org/fuxin-university")
    after = doc._named_after_subject(" has exchanges with Birch Institute, which is one of the Seven Sons.")
    assert after is not None and after.name == "Birch Institute"
    assert doc._named_after_subject(" has exchanges with Birch Institute, a partner of CETC.") is None

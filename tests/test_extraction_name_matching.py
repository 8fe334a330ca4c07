"""extraction: the institution's names are matched without compiling them into every expression
that holds them (issue 16, part D) — and give exactly what those whole expressions give.

Each check below compares a fast path with the expression it replaces, on names and sentences of
our own writing chosen to take every way through it: a name that is part of a longer one ("Fuxin
University" in "PLA Fuxin University"), a first match after which the rest fails while another name
matches ("the rest" is only tried from where the first way of matching ends), "It" as a clause's
subject, either apostrophe, "defence" and "defense", letters outside ASCII.
"""

from __future__ import annotations

import re

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import SKOS

from defence_kg.core.namespaces import DKG
from defence_kg.loading.extraction.context import DocumentContext
from defence_kg.loading.extraction.names import InstitutionNames
from defence_kg.loading.extraction.node_names import _owner
from defence_kg.loading.extraction.rules.standing import ABBREVIATION_AFTER, abbreviation_after
from defence_kg.loading.extraction.text import name_pattern
from defence_kg.loading.registry import Registry

SENTENCES = [
    "PLA Fuxin University's laboratories include the Lunar Regolith Laboratory.",
    "Fuxin University (FXU) is a public university.",
    "The PLA Fuxin University, a small military academy run by the PLA, is subordinate to the CMC.",
    "It holds secret-level security credentials.",
    "It's a university of engineering.",
    "Fuxin scientists and Fuxin Road residents met at FXU.",
    "Fuxin Road is long; Fuxin University's press is not.",
    "The university is a leading school and FXU (Fuxin) and PLA Fuxin University (PFU) host it.",
    "PLA Fuxin Universityx, pre-FXU and FXU-linked are not its names; THE FUXIN UNIVERSITY is.",
    "In 2015, Fuxin University and Harbin Institute of Lunar Defense jointly established a laboratory.",
    "Fuxin University’s (FXU) and Fuxin University's (FU) names.",
    "福新大学 (FXU) and 福新大学的 laboratory.",
    "A university accredited for secret work, Fuxin University is a public university.",
    "This university and The University host what The University of Lunar Studies does not.",
    "Fuxin University a small school is ",
    "PLA Fuxin University  (中文，PFU) and Fuxin University (FU).",
    "It ",
    "",
    "It and the university, then Fuxin University and it, and this University of Fuxin: FXU.",
]
RESTS = [
    r"(?:['’]s)?\b",
    r"['’]s\b",
    r"\s+(?:is\s+)?(?P<description>an?\s+[^,]+?)\s+$",
    r"(?:\s*\([^)]*\))?\s+and\s+",
    r"\s+University\b",  # fails after the first (longest) name, holds after a shorter one
    r"(?P<after>\s+\(\w+\))",
]


def context(names: InstitutionNames) -> DocumentContext:
    """A DocumentContext with only its names: the methods under test read nothing else."""
    doc = object.__new__(DocumentContext)
    doc.names = names
    return doc


def fuxin() -> InstitutionNames:
    names = InstitutionNames()
    for name in ("PLA Fuxin University", "Fuxin University", "福新大学", "FXU", "PFU"):
        names.add(name)
    names.short = {"Fuxin"}
    names.stand_ins = ("institution", "university")
    return names


def groups(m: re.Match[str] | None) -> dict[str, str | None] | None:
    return None if m is None else m.groupdict()


@pytest.mark.parametrize("text", SENTENCES)
def test_names_alone_find_what_the_whole_expressions_find(text):
    doc = context(fuxin())
    subject, clause = doc.subject_pattern(), doc.clause_subject_pattern()
    assert doc.is_subject(text) == (re.fullmatch(clause, text.strip()) is not None)
    assert [m.span() for m in doc.subject_mentions(text)] == [m.span() for m in re.finditer(subject, text)]
    # (the names and the nouns standing for them are two expressions, "It" in the second)
    both = [(m.span(), m["subject"]) for m in doc._names_expression().finditer(text)]
    assert both == [(m.span(), m["subject"]) for m in re.finditer(f"(?:(?P<subject>{subject})|\\b[Ii]t\\b)", text)]
    assert doc.names_institution(text) == (re.search(r"(?<![\w-])" + subject + r"(?![\w-])", text) is not None)
    for pos in range(len(text) + 1):
        at = doc.subject_at(text, pos)
        assert (at.span() if at else None) == (m.span() if (m := re.compile(subject).match(text, pos)) else None)
    for rest in RESTS:
        for whole, is_clause in ((subject, False), (clause, True)):
            expected = re.match(whole + rest, text)
            got = doc.subject_then(rest, text, clause=is_clause)
            assert (got is None) == (expected is None), (rest, is_clause)
            assert groups(got) == groups(expected), (rest, is_clause)


def test_a_name_is_read_before_it_where_both_match():
    """The names and "It" are two expressions tried in the whole one's order: at "IT University"
    the name, not the pronoun it begins with."""
    names = InstitutionNames()
    names.add("IT University")
    doc = context(names)
    text = "IT University is small. It teaches; it University is not a name, IT University is."
    whole = re.compile(f"(?:(?P<subject>{doc.subject_pattern()})|\\b[Ii]t\\b)")
    found = [(m.span(), m["subject"]) for m in doc._names_expression().finditer(text)]
    assert found == [(m.span(), m["subject"]) for m in whole.finditer(text)]
    assert found[0] == ((0, 13), "IT University")
    assert doc._names_expression().match(text)[0] == whole.match(text)[0] == "IT University"


def test_the_rest_is_tried_after_another_name_when_it_fails_after_the_first():
    """In "Fuxin University's University" the first name read is "Fuxin University", after which
    " University" does not follow; the whole expression then reads the short form "Fuxin", after
    which it does. The fast path must fall back to the whole expression, and give its match."""
    doc = context(fuxin())
    text = "Fuxin University's University"
    rest = r"(?P<rest>\s+University)"
    assert doc.subject_at(text) is not None and doc.subject_at(text).end() == len("Fuxin University")
    expected = re.match(doc.subject_pattern() + rest, text)
    assert expected is not None and expected.start("rest") == len("Fuxin")
    assert groups(doc.subject_then(rest, text)) == groups(expected)


def old_abbreviation(names: list[str], text: str) -> str | None:
    """The expression ``standing.abbreviation`` compiled per document before."""
    pattern = re.compile(
        r"(?<![\w-])(?:" + "|".join("(?i:" + name_pattern(n) + ")" for n in names) + r")" + ABBREVIATION_AFTER.pattern
    )
    m = pattern.search(text)
    return m["abbr"] if m else None


@pytest.mark.parametrize("text", SENTENCES)
def test_abbreviation_after_the_names_as_the_whole_expression(text):
    full = sorted(sorted(fuxin().full), key=len, reverse=True)
    for names in (full, list(reversed(full)), ["Fuxin University", "PLA Fuxin University"], ["İstanbul Fuxin"]):
        assert abbreviation_after(names, text) == old_abbreviation(names, text), names


def test_an_abbreviation_after_a_name_in_any_case_and_either_apostrophe():
    names = ["King’s College of Lunar Defence", "Kings College"]
    for text in (
        "KING'S COLLEGE OF LUNAR DEFENCE (KCLD) and Kings College (KC).",
        "Kings College (KC) and King’s College of Lunar Defence (KCLD).",
        "the king’s college of lunar defence（国王学院；KCLD）",
        "İNGS College (IC), Kıngs College (KC), and KİNGS COLLEGE (KIC).",
    ):
        assert abbreviation_after(names, text) == old_abbreviation(names, text), text


def test_the_earliest_name_gives_the_abbreviation_not_the_first_bracket():
    """A name holding a bracket starts before a shorter name whose own bracket comes first."""
    names = ["PLA Fuxin (North) Campus", "Fuxin"]
    text = "PLA Fuxin (North) Campus (PFNC)"
    assert abbreviation_after(names, text) == old_abbreviation(names, text) == "PFNC"


def test_registry_compares_ascii_names_as_their_expression_does():
    """``_is_written`` decides plain ASCII without the name's expression: the same answers."""
    registry = Registry([])
    names = ["Ministry of Defence", "DEFENCE Works", "King's Defense Lab", "Kelvin Lab", "Straße Lab", "ıi"]
    writings = [
        "ministry of defense",
        "MINISTRY OF DEFENSE",
        "Ministry of Defence",
        "Ministry of Defencf",
        "DEFENSE Works",
        "defence works",
        "King’s defence lab",
        "KING'S DEFENSE LAB",
        "Kings Defense Lab",
        "Kelvin Lab",
        "\u212aelvin Lab",  # the Kelvin sign: re folds it with k
        "STRASSE Lab",
        "strasse lab",
        "ıi",
        "II",
        "Iİ",
    ]
    for name in names:
        expression = registry._verifier(name)
        for written in writings:
            text = f"x {written} y"
            i, j = 2, 2 + len(written)
            assert registry._is_written(name, text, i, j) == (expression.fullmatch(text, i, j) is not None), (
                name,
                written,
            )


def test_find_in_is_the_full_expressions_with_defence_and_defense():
    iri = URIRef("https://example.org/id/lunar")
    registry = Registry(
        [
            (iri, SKOS.prefLabel, Literal("Lunar Defence Laboratory", lang="en")),
            (iri, DKG.abbreviation, Literal("LDL")),
        ]
    )
    for text in ("the LUNAR DEFENSE LABORATORY and LDL", "Lunar Defencs Laboratory", "lunar defense laboratory's"):
        assert registry.find_in(text) == registry._find_in_regex(text)


def test_a_renamed_node_owns_the_terms_named_after_it():
    owners = {"x-2016", "x-2016-3f9a", "x-2016-3f9a-date", "y"}
    for term in ("x-2016", "x-2016-date", "x-2016-3f9a-date", "x-2016-3f9a-date-1", "x-2016x", "y-1-2", "z", "-y"):
        longest = next(
            (n for n in sorted(owners, key=len, reverse=True) if term == n or term.startswith(n + "-")), None
        )
        assert _owner(term, owners) == longest, term

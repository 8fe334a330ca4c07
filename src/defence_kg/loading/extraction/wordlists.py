"""loaders: the word lists of the extraction rules, read from ``data/wordlists/``.

Gazetteers (countries, cities, demonyms), vocabulary wordings (credential levels, end-user lists,
agreement kinds) and cue words (negation, hedges) are data, not code: each file names its
source in a header comment. They are read and their patterns compiled once per folder and
process, not once per profile.
"""

from __future__ import annotations

import csv
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from defence_kg.core.errors import InputError
from defence_kg.loading.dates import NOW_OPENING
from defence_kg.loading.extraction.text import AFTER_A_FRAME, FRAME_OPENING, SHOWING_SOURCE, Gated, ascii_lowered

Table = tuple[tuple[re.Pattern[str], str], ...]
"""(pattern, concept or code) pairs, tried in the order of their file."""


@dataclass(frozen=True)
class Cues:
    """Cue words ("not", "might") found as whole words in any case. Rules ask a few times per
    sentence, so an ASCII text is lower-cased and searched, only when one of the words is in it
    (``Gated``), by an expression of the lower-cased words that does not ignore case (three to
    ten times faster than one that does); any other text, or any word that is not ASCII, takes
    the expression that ignores case (which pairs some other letters with ASCII ones)."""

    any_case: re.Pattern[str]
    lower_case: Gated | None

    def found_in(self, text: str) -> bool:
        if self.lower_case is None or not text.isascii():
            return self.any_case.search(text) is not None
        return self.lower_case.search(ascii_lowered(text)) is not None


# the nouns of a purpose before "is to": "its mission is to develop radar" says what it is for
_PURPOSES = (
    "aim", "aims", "goal", "goals", "mission", "purpose", "role", "task", "objective", "objectives", "job",
    "function", "focus", "priority", "remit", "mandate", "duty", "responsibility", "vision",
)  # fmt: skip
_NO_PURPOSE_BEFORE = "".join(rf"(?<!\b{noun} )" for noun in _PURPOSES)


def cues(words: list[str], template: str = r"\b(?:WORDS)\b", also: tuple[str, ...] = ()) -> Cues:
    """The ``words`` in ``template`` (at WORDS; its own words, ``also``, in lower case)."""
    lowered = [word.lower() for word in words]
    any_case = re.compile(template.replace("WORDS", alternatives(words)), re.IGNORECASE)
    if not all(word.isascii() for word in words):
        return Cues(any_case, None)
    return Cues(any_case, Gated(template.replace("WORDS", alternatives(lowered)), (*lowered, *also)))


@dataclass(frozen=True)
class Wordlists:
    """The compiled word lists one build's extraction rules read with."""

    numbers: dict[str, int]
    number: str
    """A regular expression matching a count: digits or a number word."""
    countries: dict[str, str]
    cities: dict[str, str]
    categories: dict[str, str]
    """The tracker's category names (lower case) and the vocab/category concept each is."""
    places: Table
    """Cities, countries and demonyms that place a partner in a country (lower-cased text)."""
    named_places: Table
    """The countries and demonyms of ``places``: words that name the country, where a city only
    implies it ("the Moscow Aviation Institute")."""
    case_topics: dict[str, str]
    case_verb: Gated
    credential_levels: Table
    end_user_lists: Table
    any_end_user_list: Gated
    """Any of the lists, in one expression, searched only in a text holding one of the file's
    gate words (most sentences name no list: six searches had cost 30 µs a sentence)."""
    agreement_kinds: Table
    negation: Cues
    hedge: Cues
    past: Cues
    """Words that put a relation in the past ("Previously, ... was run by")."""
    leading_clause: re.Pattern[str]
    verbs: frozenset[str]
    """Verbs facts are stated with (``extract --report`` groups unread sentences by them)."""
    plural_verbs: frozenset[str]
    """Their plural forms, for a clause of another, plural subject (``context.another_subjects_clause``)."""

    @property
    def place_names(self) -> set[str]:
        """The countries' and cities' names (lower-cased), as places a name may hold."""
        return {*self.countries, *self.cities}

    def number_of(self, word: str) -> int:
        """'12' -> 12, 'two' -> 2."""
        return int(word) if word.isdigit() else self.numbers[word.lower()]


def wordlists_of(root: Path) -> Wordlists:
    """The word lists of the project at ``root`` (its ``data/wordlists/`` folder)."""
    return load_wordlists((root / "data" / "wordlists").resolve())


@cache
def load_wordlists(folder: Path) -> Wordlists:
    """Read and compile every list of ``folder``; cached by path, so once per build."""
    countries = dict(read_csv(folder / "countries.csv"))
    cities = dict(read_csv(folder / "cities.csv"))
    named_places = tuple(
        (re.compile(rf"\b{re.escape(word)}\b"), code)
        for word, code in [*countries.items(), *read_csv(folder / "demonyms.csv")]
    )
    numbers = {word: int(value) for word, value in read_csv(folder / "number-words.csv")}
    case_topics = dict(read_csv(folder / "case-verbs.csv"))
    cue_words = read_toml(folder / "cues.toml")
    lists = read_toml(folder / "end-user-lists.toml")
    end_user_lists = [(entry["wording"], entry["concept"]) for entry in lists["list"]]
    gate = gate_words(lists, folder / "end-user-lists.toml")
    return Wordlists(
        numbers=numbers,
        number=r"(?:\d+|" + "|".join(numbers) + r")",
        countries=countries,
        cities=cities,
        categories=dict(read_csv(folder / "categories.csv")),
        places=(*((re.compile(rf"\b{re.escape(city)}\b"), code) for city, code in cities.items()), *named_places),
        named_places=named_places,
        case_topics=case_topics,
        case_verb=Gated(r"\b(?P<verb>" + alternatives(case_topics) + r")\b", tuple(v.lower() for v in case_topics)),
        credential_levels=tuple(
            (re.compile("|".join(level["wordings"]), re.IGNORECASE), level["concept"])
            for level in read_toml(folder / "credential-levels.toml")["level"]
        ),
        end_user_lists=tuple((re.compile(wording, re.IGNORECASE), concept) for wording, concept in end_user_lists),
        any_end_user_list=Gated("|".join(f"(?:{wording})" for wording, _ in end_user_lists), gate, re.IGNORECASE),
        agreement_kinds=tuple(
            (re.compile(entry["wording"]), entry["concept"])
            for entry in read_toml(folder / "agreement-kinds.toml")["kind"]
        ),
        # (not the abbreviation of a number: "the No. 201 Research Institute"; nor "not only" and its
        # like, which add: "has exchanges not only with NUDT but also with CETC"; nor a count's lower
        # bound: "hosts no fewer than six defence laboratories", "not less than")
        negation=cues(
            cue_words["negation"],
            r"\b(?!not\s+(?:only|just|merely|simply)\b|not?\s+(?:fewer|less)\s+than\b)(?:WORDS)\b(?!\.?\s*\d)",
        ),
        # "(?<!\d )": "12 may 2015" is a date; "may(?!\s+\d)": so is "May 2015"; what should be is
        # not so ("AU should be added to the Entity List", often a report's recommendation), but
        # a remark on the sentence itself hedges nothing ("It should be noted that AU holds ...");
        # what is due is not so yet ("is due to sign an agreement with CASC", "was due to host"), but
        # a cause is no hedge ("its listing was due to its work for the PLA", "due to CETC's ..."); nor
        # what is to be ("AU is to train officers for the PLA Navy from 2026"), but a purpose is no
        # hedge ("its mission is to develop radar", "the aim of the partnership is to ...")
        hedge=cues(
            cue_words["hedge"],
            r"(?<!\d )\b(?:may(?!\s+\d)|should(?!\s+be\s+(?:noted|stressed|emphasi[sz]ed|mentioned|"
            r"pointed\s+out|remembered|recalled|added\s+that)\b)|(?:is|are|was|were)\s+due\s+to\s+"
            r"(?!(?:its|their|his|her|the|a|an|this|that|these|those|concerns?|fears?)\b|[\w-]+['’]s\b)[a-z]+|"
            rf"{_NO_PURPOSE_BEFORE}(?:is|are)\s+to|"
            r"WORDS)\b",
            also=("may", "should", "due", "is to", "are to"),
        ),
        past=cues(cue_words["past"]),
        verbs=frozenset(cue_words["verbs"]),
        # (a list added in the fifty-second session: a project's word lists copied before it have
        # none, and read as they did then, no plural subject's clause seen)
        plural_verbs=frozenset(cue_words.get("plural_verbs", ())),
        # "In 2016, the year after X came under ..., <subject> ...": the date's apposition goes too;
        # a date without its comma ("Since 2014 it has been ...") ends where the subject begins
        leading_clause=re.compile(
            r"^(?:(?:(?:In|Since|By|As of)\s+(?:(?:early|late|mid)[- ]?)?(?:[A-Z][a-z]+\s+)?\d{4}|"
            # a period, or its end, without its comma: "From 1999 to 2008 AU was run by COSTIND"
            r"(?:From|Between)\s+(?:[A-Z][a-z]+\s+)?\d{4}\s*(?:to|and|until|till|through|-|–)\s*(?:[A-Z][a-z]+\s+)?\d{4}|"
            r"(?:Until|Till|Before)\s+(?:[A-Z][a-z]+\s+)?\d{4}|"
            r"(?:A|One|Two|Three|Four|Five|Several|A few)\s+(?:years?|months?)\s+later|"
            r"(?:The|That)\s+(?:following|next|same)\s+year,?|Later\s+that\s+year,?|"
            # the present without its comma: "Today the university is ...", "Currently AU is ..."
            rf"{NOW_OPENING}|"
            # the records a sentence's facts come from: "Procurement records show that AU bought ..."
            rf"{SHOWING_SOURCE}\s+(?:show|shows|showed|reveal|reveals|revealed)\s+that|"
            # or a report or people that said them: "A 2019 report said that AU ...", "In 2019, a
            # report said that AU ...", "AU officials said that AU ..."
            # or a remark on the sentence itself: "It should be noted that AU ..."
            rf"{FRAME_OPENING}){AFTER_A_FRAME}|"
            # "Both" before a coordinated subject: "Both AU and NUDT were added to ...", "Both the PLA
            # Navy and CETC fund ..." (what follows is the names themselves)
            r"Both\s+(?=(?:the\s+)?[A-Z][^,;]*?\s+and\s+(?:the\s+)?[A-Z])|"
            r"(?:" + alternatives(cue_words["leading-clause-openers"]) + r")\b[^,]{0,80},\s*"
            # (or what the time came with: "In April 2024, following the dissolution of the SSF, AU ...")
            r"(?:(?:the (?:year|month|day|same year)|following|after|amid|as part of)\b[^,]{0,80},\s*)?"
            # and a partner's phrase after it: "In 2015, in partnership with AVIC, AU set up ..."
            r"(?:(?:in\s+(?:[a-z]+\s+)?(?:partnership|cooperation|co-operation|collaboration)|together|jointly)\s+"
            r"with\b[^,]{0,80},\s*)?)"
        ),
    )


def gate_words(table: dict, path: Path) -> tuple[str, ...]:
    """A list file's gate words (lower case, each in every match of its wordings); a file without
    any has every text searched ("" is in each)."""
    words = table.get("gate", [""])
    if not (isinstance(words, list) and words and all(isinstance(w, str) and w == w.lower() for w in words)):
        raise InputError(
            "word list's gate is not a list of lower-case words",
            where=str(path),
            why=f"gate = {words!r}",
            fix='give the words every wording\'s match holds, e.g. gate = ["list"], or remove the line',
        )
    return tuple(words)


def alternatives(words) -> str:
    """The words as alternatives of an expression; an apostrophe in a word matches either one
    ("isn't", "isn’t")."""
    return "|".join(re.escape(word) for word in words).replace("'", "['’]")


def read_csv(path: Path) -> list[tuple[str, str]]:
    """The two-column rows of a CSV word list, without its '#' header comment and column names."""
    lines = [line for line in read_text(path).splitlines() if line.strip() and not line.startswith("#")]
    rows = list(csv.reader(lines))[1:]
    if any(len(row) != 2 for row in rows):
        raise InputError(
            "word list rows must have two columns", where=str(path), fix="write one 'word,value' pair per line"
        )
    return [(row[0], row[1]) for row in rows]


def read_toml(path: Path) -> dict:
    try:
        return tomllib.loads(read_text(path))
    except tomllib.TOMLDecodeError as err:
        raise InputError("word list is not valid TOML", where=str(path), why=str(err)) from None


def read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as err:
        raise InputError(
            "cannot read a word list of the extraction rules",
            where=str(path),
            why=str(err),
            fix="restore the file from data/wordlists/ in the repository",
        ) from None

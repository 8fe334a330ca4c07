"""analysis: the index of every organisation name in a built dataset, and the ways one input name
is looked up in it.

Candidates are retrieved by keys (exact, token, run-together, abbreviation, Chinese, pinyin) and,
for typos, by the words they share — never by scoring every name for every row. Each lookup says
how it matched and which words differed.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Levenshtein

import defence_kg.analysis.screening.names as n
from defence_kg.analysis.screening.units import NumberedUnits, Unit, numbered_units
from defence_kg.analysis.screening.words import COUNTRIES, PLA_ZH, READINGS, STOPWORDS
from defence_kg.core import hanzi

#: scores by the way a name matched (a typo's score is the names' similarity, at most FUZZY_MAX)
SCORES = {
    "exact name": 1.0,
    "Chinese name": 1.0,
    "alias": 0.98,
    "Chinese alias": 0.98,
    "variant": 0.95,
    "Chinese variant": 0.95,
    "Chinese homophone": 0.8,
    "legal form": 0.95,
    "pinyin": 0.93,
    "other language": 0.93,
    "technical university": 0.8,
    # a group's name with a company's legal form ("China Shipbuilding Industry Company Limited",
    # 中国船舶重工股份有限公司: the group's listed company), or with another country's ("DJI Technology
    # Inc."): another body bearing its name, or the body itself, so a possible match
    "group's company": 0.8,
    "company abroad": 0.8,
    "abbreviation": 0.9,
    "numbered unit": 0.95,
}
FUZZY_MAX = 0.94
#: the ways a name matched once its legal form was set aside
OTHER_LEGAL_FORMS = ("legal form", "group's company", "company abroad")
#: legal forms of other countries than China: a Chinese company's offices and subsidiaries abroad
#: bear its name with them ("Huawei Technologies Duesseldorf GmbH", "DJI Technology Inc.")
FOREIGN_LEGAL_FORMS = frozenset({"inc", "incorporated", "llc", "plc", "gmbh", "ag"})
#: a group's legal form in English; a listed company or a subsidiary bearing the group's name goes
#: by a company's ("Company Limited", "Co., Ltd."), as its Chinese name by 股份有限公司, not 集团
GROUP_FORMS = frozenset({"group", "corporation"})
#: the score of a name that lacks only generic words of a graph name ("Beihang" for Beihang University)
PARTIAL = 0.75
#: words that say what kind of body a name is: a name holding one is complete, not a short form
KINDS = frozenset(
    {
        "university",
        "institute",
        "academy",
        "college",
        "school",
        "corporation",
        "company",
        "group",
        "laboratory",
        "centre",
    }
)
#: the score of a typo just beyond what is accepted (one edit too many)
FAR_TYPO = 0.7


@dataclass(frozen=True)
class Name:
    """One name of one entity in the graph."""

    iri: str
    text: str
    how: str  # name | alias | abbreviation
    chinese: bool
    tokens: tuple[str, ...]


@dataclass(frozen=True)
class Hit:
    """An input name found to match one graph name: how, how well, and which words differed."""

    name: Name
    how: str
    score: float
    differs: tuple[str, ...] = ()


def _edits_allowed(token: str) -> int:
    """Typos tolerated in one word: none in words under 5 letters, one up to 8, then two."""
    return 0 if len(token) < 5 else 1 if len(token) < 9 else 2


class NameIndex:
    """Every organisation name, indexed by the keys screening compares."""

    def __init__(self, entries: Iterable[tuple[str, str, str]], *, never_corrected: Iterable[str] = ()) -> None:
        self.names: list[Name] = []
        # words that are no one's misspelling however close to a name's: the countries' ("Sudan
        # University" is not Fudan University misspelt)
        self._never_corrected = frozenset(never_corrected)
        self._plain: dict[str, list[Name]] = defaultdict(list)
        self._key: dict[str, list[Name]] = defaultdict(list)
        self._compact: dict[str, list[Name]] = defaultdict(list)
        # the names' tokens in any order, for a name written in another language's word order
        self._words: dict[tuple[str, ...], list[Name]] = defaultdict(list)
        self._abbreviation: dict[str, list[Name]] = defaultdict(list)
        self._chinese: dict[str, list[Name]] = defaultdict(list)
        # the names' keys without a company's legal form (see ``words.LEGAL_FORMS``)
        self._without_legal_form: dict[str, list[Name]] = defaultdict(list)
        self._chinese_by_length: dict[int, list[Name]] = defaultdict(list)
        self._pinyin: dict[str, list[Name]] = defaultdict(list)
        self._by_token: dict[str, list[Name]] = defaultdict(list)
        for iri, text, how in sorted(set(entries)):
            self._add(iri, text, how)
        self.vocabulary = sorted({token for name in self.names for token in name.tokens})
        # groups: the bodies whose Chinese name says so (集团), and every word each body's names hold
        self._groups = {name.iri for name in self.names if name.chinese and "集团" in name.text}
        self._words_of: dict[str, set[str]] = defaultdict(set)
        for name in self.names:
            self._words_of[name.iri].update(name.tokens)
        self._known_tokens = set(self.vocabulary)
        self._corrections: dict[str, list[tuple[str, int]]] = {}
        # names of numbered units by their body and units (read once every name is in, to find the body)
        self._units: dict[tuple[str, frozenset[Unit]], list[Name]] = defaultdict(list)
        for name in self.names:
            if name.chinese or name.how == "abbreviation":
                continue
            if read := self.units_of(name.text):
                self._units[read[0], read[1].units].append(name)
            else:
                self._add_unit_and_name(name)

    def _add(self, iri: str, text: str, how: str) -> None:
        if not text.strip():
            return
        name = Name(iri, text, how, n.has_chinese(text), n.tokens(text))
        self.names.append(name)
        if how == "abbreviation" or (not name.chinese and n.looks_like_abbreviation(text)):
            # abbreviations are found only as abbreviations: in capitals, and unique or nothing
            self._abbreviation[n.abbreviation_key(text)].append(name)
            return
        if name.chinese:
            characters = n.chinese(text)
            self._chinese[characters].append(name)
            self._without_legal_form[n.chinese_without_legal_form(characters)].append(name)
            self._chinese_by_length[len(characters)].append(name)
            self._pinyin[n.pinyin_key(characters)].append(name)
            if characters.startswith(PLA_ZH) and characters != PLA_ZH:  # "Guofang Keji Daxue", without the PLA's prefix
                self._pinyin[n.pinyin_key(characters.removeprefix(PLA_ZH))].append(name)
            return
        self._plain[n.plain(text)].append(name)
        self._key[" ".join(name.tokens)].append(name)
        if army_less := _without_army(name.tokens):  # "Army Engineering University" for "... of PLA"
            self._key[" ".join(army_less)].append(name)
        self._compact["".join(name.tokens)].append(name)
        for words in _respaced(name.tokens):
            self._words[tuple(sorted(words))].append(name)
        if len(bare := n.without_legal_form(name.tokens)) > 1:
            self._without_legal_form[" ".join(bare)].append(name)
        for token in set(name.tokens):
            if not n.is_generic(token) or n.is_place(token):
                self._by_token[token].append(name)

    def is_distinctive(self, token: str) -> bool:
        """Whether a word is one a name in the graph holds that says which body it is."""
        return token in self._by_token

    def bodies_naming(self, token: str) -> set[str]:
        """The bodies a word stands in a name of ("nuclear": CNNC and the Ministry of Nuclear Industry)."""
        return {name.iri for name in self._by_token.get(token, ())}

    def names_a_field(self, token: str) -> bool:
        """Whether a word stands right after "of" in a name that holds it, as a body named by its
        kind and its field is ("General Administration of Customs", "Ministry of Nuclear
        Industry"): a field's word, not the body's own ("Poly" of Poly Group; forty-ninth session)."""
        return any(
            any(a == "of" and b == token for a, b in itertools.pairwise(n.words(name.text)))
            for name in self._by_token.get(token, ())
        )

    # -- exact keys -------------------------------------------------------------------------------

    def exact(self, text: str) -> list[Hit]:
        """Names equal to the input up to case and spaces (how: exact name, alias, Chinese name)."""
        if n.has_chinese(text) and not n.tokens(text):
            return self.chinese(text)
        return [Hit(name, _how(name), SCORES[_how(name)]) for name in self._plain.get(n.plain(text), ())]

    def variant(self, text: str) -> list[Hit]:
        """Names equal once punctuation, spelling variants, small words, spacing and "University
        of X" / "X University" are set aside."""
        hits = []
        for form in (form for words in n.word_readings(n.tokens(text)) for form in _orders(words)):
            found = self._key.get(" ".join(form), []) or self._compact.get("".join(form), [])
            for name in found:
                hits.append(Hit(name, "variant", SCORES["variant"], _differences(text, name.text)))
        if not hits:
            hits = self.other_language(text)
        if not hits and len(bare := n.without_legal_form(words := n.tokens(text))) > 1:
            hits = self._other_legal_form(text, bare, words[len(bare) :])
        return hits

    def _other_legal_form(self, text: str, bare: tuple[str, ...], form: tuple[str, ...]) -> list[Hit]:
        """Names the same but for their legal form ("China North Industries Group Co., Ltd." for
        "... Group Corporation Limited"); a group's without "Group" or "Corporation" ("China North
        Industries Corporation", "China Shipbuilding Industry Company Limited": its company's name),
        and a Chinese body's with another country's form none of its names has, in doubt."""
        hits = []
        for name in self._without_legal_form.get(" ".join(bare), ()):
            how = "legal form"
            if name.iri in self._groups and not GROUP_FORMS & {*bare, *form}:
                how = "group's company"
            elif (FOREIGN_LEGAL_FORMS & set(form)) - self._words_of[name.iri]:
                how = "company abroad"
            hits.append(Hit(name, how, SCORES[how], _differences(text, name.text)))
        if not hits and form and "group" not in bare:
            for name in self._without_legal_form.get(" ".join((*bare, "group")), ()):
                if name.iri in self._groups:
                    hits.append(Hit(name, "group's company", SCORES["group's company"], _differences(text, name.text)))
        return hits

    def other_language(self, text: str) -> list[Hit]:
        """A name in another language, the same words as a graph name's in English in any order
        ("Université Jiaotong de Xi'an" is Xi'an Jiaotong University; see ``names.foreign_readings``);
        else without the Chinese city after it, as those languages write a university's city
        ("Université Fudan de Shanghai", "Südost-Universität Nanjing"); else, a technical
        university of a city, as the city's 工业大学 (a possible match: ``technical_university``)."""
        readings = n.foreign_readings(text)
        hits = self._in_english(text, readings, ())
        if not hits:
            # (a city in China: "Université Tsinghua de Taïwan" is National Tsing Hua University's)
            cityless = [
                w[:-1] for w in readings if len(w) > 2 and n.is_place(w[-1]) and COUNTRIES.get(w[-1], "CN") == "CN"
            ]
            hits = self._in_english(text, cityless, (f"'{text.split()[-1]}' after the name set aside: its city",))
        return hits or self.technical_university(text, readings)

    def _in_english(self, text: str, readings: list[tuple[str, ...]], note: tuple[str, ...]) -> list[Hit]:
        found = {name: None for words in readings for name in self._words.get(tuple(sorted(words)), ())}
        return [
            Hit(name, "other language", SCORES["other language"], (f"{text.strip()} = {name.text}", *note))
            for name in found
        ]

    def technical_university(self, text: str, readings: list[tuple[str, ...]]) -> list[Hit]:
        """ "Technische Universität Harbin": a city's 工业大学 (哈尔滨工业大学, which names itself
        Harbin Institute of Technology in English), as another language renders it; possible at
        most, since such a name may render the city's 理工大学 or 科技大学 too."""
        for words in readings:
            places = [w for w in words if n.is_place(w)]
            if len(places) == 1 and sorted(w for w in words if w not in places) == ["technology", "university"]:
                return [
                    Hit(
                        name, "technical university", SCORES["technical university"], (f"{text.strip()} = {name.text}",)
                    )
                    for name in self._pinyin.get(n.romanised_key(places[0]) + "gongyedaxue", ())
                ]
        return []

    def abbreviation(self, text: str) -> list[Hit]:
        """An abbreviation of one word (CQU, BUAA, NJTech), as written or in capitals ("hit" is a word)."""
        text = text.strip()
        if " " in text or n.has_chinese(text) or not 2 <= len(text) <= 12 or not any(c.isupper() for c in text):
            return []
        if text != text.upper():
            return [
                Hit(name, "abbreviation", SCORES["abbreviation"])
                for name in self._abbreviation.get(n.abbreviation_key(text), ())
                if name.text == text
            ]
        return [
            Hit(name, "abbreviation", SCORES["abbreviation"])
            for name in self._abbreviation.get(n.abbreviation_key(text), ())
        ]

    def chinese(self, text: str) -> list[Hit]:
        """Chinese names: the same characters, else the same reading at every position (traditional
        characters, variant forms)."""
        characters = n.chinese(text)
        if not characters:
            return []
        exact = self._chinese.get(characters, [])
        if exact:
            return [Hit(name, _how(name), SCORES[_how(name)]) for name in exact]
        if other_form := self._other_chinese_legal_form(characters):
            return other_form
        hits, simplified = [], hanzi.simplified(characters)
        for name in self._chinese_by_length.get(len(characters), ()):
            theirs = n.chinese(name.text)
            if simplified == hanzi.simplified(theirs):
                how = "Chinese variant"
            elif n.same_reading(characters, theirs):
                how = "Chinese homophone"  # 易图 for 依图: another name, or a slip of a pinyin keyboard
            else:
                continue
            changed = tuple(f"{a}→{b}" for a, b in zip(characters, theirs) if a != b)
            hits.append(Hit(name, how, SCORES[how], changed))
        if not hits and simplified != characters:  # 中國電子科技集團公司: traditional, and another legal form
            hits = self._other_chinese_legal_form(simplified)
        return hits

    def _other_chinese_legal_form(self, characters: str) -> list[Hit]:
        """Chinese names the same but for their legal form (公司 for 有限公司); a group's (集团) with a
        company's form and no 集团 (中国船舶重工股份有限公司: its listed company), in doubt."""
        bare = n.chinese_without_legal_form(characters)
        if other_form := self._without_legal_form.get(bare):  # (Chinese keys are never an English name's)
            return [_legal_form_hit(name, characters, n.chinese(name.text), bare) for name in other_form]
        if bare == characters or bare.endswith("集团"):
            return []
        return [
            _legal_form_hit(name, characters, n.chinese(name.text), bare, "group's company")
            for name in self._without_legal_form.get(bare + "集团", ())
            if name.iri in self._groups
        ]

    def bodies_named_from(self, characters: str) -> set[str]:
        """The entities a Chinese name of which begins with these characters."""
        return {name.iri for key, names in self._chinese.items() if key.startswith(characters) for name in names}

    def romanised(self, text: str) -> list[Hit]:
        """Romanised Chinese (pinyin, with or without tones and spaces) of a Chinese name."""
        key = n.romanised_key(text)
        if n.has_chinese(text) or not key:  # "12345", "N/A": no letters, no pinyin
            return []
        found = self._pinyin.get(key, [])
        words = text.split()
        if not found and len(words) > 1 and n.tokens(words[-1]) == ("university",):
            # pinyin with the English word for 大学, as several universities name themselves
            # ("Nanchang Hangkong University"): "Beijing Ligong University" is 北京理工大学
            found = self._pinyin.get(n.romanised_key(" ".join(words[:-1])) + "daxue", [])
        return [Hit(name, "pinyin", SCORES["pinyin"], (f"{text.strip()} = {name.text}",)) for name in found]

    # -- numbered units ---------------------------------------------------------------------------

    def units_of(self, text: str) -> tuple[str, NumberedUnits] | None:
        """The body (an entity, by a name of it) and the numbered units a name gives ("CASC 5th
        Academy": CASC's, academy 5), or None when it gives none or its body is not one entity."""
        read = self.bodies_and_units(text)
        return (next(iter(read[0])), read[1]) if read and len(read[0]) == 1 else None

    def bodies_and_units(self, text: str) -> tuple[frozenset[str], NumberedUnits] | None:
        """The bodies a name's body may be (by its names: "CSSC" is two groups' short form) and the
        numbered units it gives, or None when it gives none or no entity bears its body's name."""
        read = numbered_units(text) if not n.has_chinese(text) else None
        if read is None:
            return None
        hits = self.exact(read.body) + self.abbreviation(read.body) + self.variant(read.body)
        return (frozenset(hit.name.iri for hit in hits), read) if hits else None

    def _add_unit_and_name(self, name: Name) -> None:
        """A name that gives a numbered unit and the unit's own name ("CASC 10th Academy, China
        Academy of Aerospace Aerodynamics"): found by either, when no other body has the latter."""
        segments = re.split(r"\s*,\s*", name.text)
        if len(segments) != 2:
            return
        for numbered, own in (segments, segments[::-1]):
            read = self.units_of(numbered)
            if read and len(n.tokens(own)) > 1 and not self.units_of(own):
                if all(hit.name.iri == name.iri for hit in self.exact(own) + self.variant(own)):
                    self._units[read[0], read[1].units].append(name)
                    self._key[" ".join(n.tokens(own))].append(name)
                return

    def numbered_unit(self, text: str) -> list[Hit]:
        """Names of the same numbered units of the same body, however written ("the Fifth Academy
        of CASC" and "CASC 5th Academy"; "No. 33 Research Institute, Third Academy of CASIC" and "33
        Institute of CASIC's Third Academy")."""
        read = self.bodies_and_units(text)
        if read is None:
            return []
        # (of a body's name several bear, the units each holds: one that only one of them holds is
        # that body's, "No. 702 Research Institute of CSSC"; one that several hold ties)
        return [
            Hit(name, "numbered unit", SCORES["numbered unit"])
            for body in sorted(read[0])
            for name in self._units.get((body, read[1].units), ())
        ]

    def enclosing_units(self, body: str, units: frozenset[Unit]) -> tuple[list[Name], frozenset[Unit]]:
        """The names of the largest numbered units of ``body`` that hold ``units`` but not all of
        them (the Third Academy of CASIC for its 34th institute), and the units they are; none:
        the body's own names are not among them."""
        holding = [key[1] for key in self._units if key[0] == body and key[1] < units]
        if not holding:
            return [], frozenset()
        largest = sorted((held for held in holding if len(held) == max(map(len, holding))), key=sorted)
        return [name for held in largest for name in self._units[body, held]], largest[0]

    # -- typos and partial names -------------------------------------------------------------------

    def corrections(self, token: str) -> list[tuple[str, int]]:
        """Graph words a misspelt word may stand for, with their edit distance (OSA: a swap of two
        letters is one edit; a plural for a singular too). A word screening knows (a place, a
        common word, a word of the graph's names) is never corrected."""
        if token not in self._corrections:
            self._corrections[token] = self._find_corrections(token)
        return self._corrections[token]

    def _find_corrections(self, token: str) -> list[tuple[str, int]]:
        # the other number of a word is no typo at all, even of a word screening knows: "Radio
        # Measurement" for "Radio Measurements", "Aeronautic" for "Aeronautics"
        other_number = token[:-1] if token.endswith("s") else token + "s"
        plurals = [(other_number, 0)] if other_number in self._known_tokens and len(token) > 3 else []
        if (
            token in self._known_tokens
            or (n.is_known_word(token) and not n.is_generic(token))
            or token in self._never_corrected
            or len(token) < 5
        ):
            return plurals
        limit = _edits_allowed(token) + 1
        found = process.extract(token, self.vocabulary, scorer=OSA.distance, score_cutoff=limit, limit=8)
        return sorted(set(plurals) | {(word, int(distance)) for word, distance, _ in found if distance > 0})

    def typos(self, text: str) -> list[Hit]:
        """Names whose words are the input's, word for word, but for misspellings.

        Each misspelt word may be one edit off (two from nine letters on); a name one edit beyond
        that is a possible match at most. The score is the names' similarity (rapidfuzz ratio).
        Two words run together on either side count as one ("Shanghai Jiaotong Univerisity": a
        typo on top of a spacing variant of Shanghai Jiao Tong University).
        """
        words = n.tokens(text)
        if not words:
            return []
        options = [[(w, 0)] + self.corrections(w) for w in words]
        forms = [form for spaced in _respaced(words) for form in _orders(spaced)]
        candidates = {c for form in forms for w in form for c in (w, *dict(self.corrections(w)))}
        pool = {id(name): name for c in candidates for name in self._by_token.get(c, ())}
        hits = []
        for name in pool.values():
            pairs = ((form, theirs) for form in forms for theirs in _respaced(name.tokens))
            found = (
                self._typo_hit(text, form, theirs, name, options if form == words else None) for form, theirs in pairs
            )
            if hit := next(filter(None, found), None):
                hits.append(hit)
        return hits

    def _typo_hit(self, text: str, form: tuple[str, ...], theirs: tuple[str, ...], name: Name, options) -> Hit | None:
        if len(form) != len(theirs) or name.how == "abbreviation":
            return None
        edits, beyond, differs = 0, False, []
        for i, (mine, their) in enumerate(zip(form, theirs)):
            if mine == their:
                continue
            allowed = dict(options[i]) if options is not None else dict([(mine, 0), *self.corrections(mine)])
            if their not in allowed:
                return None
            edits += allowed[their]
            beyond = beyond or allowed[their] > _edits_allowed(mine)
            differs.append(f"{mine}→{their}")
        if not differs:
            return None
        if beyond or edits > 2:
            return Hit(name, "fuzzy", FAR_TYPO, tuple(differs))
        similarity = fuzz.ratio(" ".join(form), " ".join(theirs)) / 100
        return Hit(name, "fuzzy", round(min(FUZZY_MAX, similarity), 3), tuple(differs))

    def partial(self, text: str) -> list[Hit]:
        """Graph names holding all the input's words, in order, plus generic words only
        ("Beihang" in Beihang University): a possible match, never a match."""
        words = n.tokens(text)
        distinctive = [w for w in words if not n.is_generic(w)]
        if not distinctive or any(w in KINDS for w in words):
            return []  # a name with its own kind word ("Southwest University") is a whole name
        pools = [set(map(id, self._by_token.get(w, ()))) for w in distinctive]
        keep = set.intersection(*pools)
        hits = []
        for name in self._by_token.get(distinctive[0], ()):
            extra = _extra_words(words, name.tokens)
            if id(name) in keep and extra and all(n.is_generic(w) and not n.is_place(w) for w in extra):
                hits.append(Hit(name, "partial name", PARTIAL, tuple(f"lacks '{w}'" for w in extra)))
        return hits

    def neighbours(self, text: str, limit: int) -> list[Name]:
        """The graph names closest to a name that matched none (sharing a word), for explanations."""
        words = n.tokens(text)
        shared = [w for w in words if w in self._by_token]
        pool = {id(name): name for w in shared for name in self._by_token[w][:400] if not name.chinese}
        if not pool:
            return []
        names = list(pool.values())
        ranked = process.extract(
            " ".join(words),
            [" ".join(x.tokens) for x in names],
            scorer=fuzz.token_sort_ratio,
            limit=limit * 4,
            score_cutoff=50,
        )
        return [names[i] for _, _, i in ranked]


#: the army's name as a PLA body's name may begin or end with it, in tokens
_ARMY_TOKENS = (("pla",), ("chinese", "people", "liberation", "army"), ("people", "liberation", "army"))


def _without_army(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """A PLA school's or institute's name without the army's name before or after it, as lists
    often write it ("Army Engineering University" for "Army Engineering University of PLA"); empty
    when it has none, or when what is left is not a school's or institute's name of three words or
    more ("Air Force" of "PLA Air Force" is any country's; "General Hospital" any city's)."""
    for army in _ARMY_TOKENS:
        for rest in (
            tokens[len(army) :] if tokens[: len(army)] == army else (),
            tokens[: -len(army)] if tokens[-len(army) :] == army else (),
        ):
            if len(rest) > 2 and KINDS & set(rest):
                return rest
    return ()


def _respaced(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A name's tokens, and with each two distinctive words after one another run together, as
    names are also written ("Jiaotong" for "Jiao Tong"), for lookups that compare words, not runs."""
    joined = [
        (*tokens[:i], a + b, *tokens[i + 2 :])
        for i, (a, b) in enumerate(zip(tokens, tokens[1:]))
        if not n.is_generic(a) and not n.is_generic(b)
    ]
    return [tokens, *joined]


def _how(name: Name) -> str:
    """How a name equal to the input matched: by the entity's name, an alias, or its abbreviation."""
    if name.chinese:
        return "Chinese name" if name.how == "name" else "Chinese alias"
    return {"name": "exact name", "abbreviation": "abbreviation"}.get(name.how, "alias")


def _legal_form_hit(name: Name, mine: str, theirs: str, bare: str, how: str = "legal form") -> Hit:
    """A Chinese name that differs from the input only in its legal form (公司 for 有限公司)."""
    changed = f"{mine.removeprefix(bare) or '∅'}→{theirs.removeprefix(bare) or '∅'}"
    return Hit(name, how, SCORES[how], (changed,))


def _orders(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The input's words, and "University of X" as "X University" (and back); after a name's other
    words, "University of <field>" as "<field> University" (and back): "Rocket Force Engineering
    University" is the Rocket Force University of Engineering, as lists write it. Not an adjective:
    "Xi'an Technological University" is another body than Xi'an University of Technology, whose
    index form "Xian Univ Technol" reads "technol" either way."""
    forms = [words]
    if len(words) > 1 and words[0] == "university":
        forms.append((*words[1:], "university"))
    elif len(words) > 1 and words[-1] == "university":
        forms.append(("university", *words[:-1]))
    if len(words) > 2 and words[-1] == "university" and _a_field(words[-2]):
        forms.append((*words[:-2], "university", words[-2]))
    elif len(words) > 2 and words[-2] == "university" and _a_field(words[-1]):
        forms.append((*words[:-2], words[-1], "university"))
    return forms


def _a_field(word: str) -> bool:
    """Whether a word may name a university's field both before it and after its "of": a noun,
    not a place ("Engineering"; not "Technological" nor "Beijing")."""
    return not n.is_place(word) and not word.endswith(("al", "ic"))


def _extra_words(mine: tuple[str, ...], theirs: tuple[str, ...]) -> list[str] | None:
    """The words of ``theirs`` left over when ``mine`` is found in it in order (None: not found)."""
    extra, i = [], 0
    for word in theirs:
        if i < len(mine) and word == mine[i]:
            i += 1
        else:
            extra.append(word)
    return extra if i == len(mine) else None


def _differences(mine: str, theirs: str) -> tuple[str, ...]:
    """The words written differently in two names that compare equal ("Univ → University"; a
    small word one of them leaves out is no difference)."""
    a, b = _written_words(mine), _written_words(theirs)
    their_forms = {n.word_form(key) for _, _, key in b}
    key_a = [_form(key, their_forms) for _, _, key in a]
    key_b = [n.word_form(key) for _, _, key in b]
    out = []
    for op in Levenshtein.opcodes(key_a, key_b):
        left, right = a[op.src_start : op.src_end], b[op.dest_start : op.dest_end]
        if op.tag == "equal":
            out += [f"{x[0]} → {y[0]}" for x, y in zip(left, right, strict=True) if x[1] != y[1]]
        elif not all(key in STOPWORDS for _, _, key in (*left, *right)):
            out.append(f"{' '.join(x[0] for x in left) or '∅'} → {' '.join(y[0] for y in right) or '∅'}")
    return tuple(out)


def _written_words(name: str) -> list[tuple[str, str, str]]:
    """Each word of a name as written (a hyphen parts words as a space does), its plain form and
    the form it is compared by."""
    written = [w for w in re.split(r"[\s-]+", name) if w]
    return [(w, n.plain(w), " ".join(n.words(w))) for w in written]


def _form(word: str, theirs: set[str]) -> str:
    """A word's form, read as the other name reads it where it has several ("technol")."""
    readings = READINGS.get(word, ())
    return next((r for r in readings if r in theirs), n.word_form(word))

"""analysis: one partner name -> a decision (match, possible match, no match), the entity, a score,
how it matched and why, and the candidates that were not chosen with the reason for each.

A name is tried whole, then by its parts: outside and inside brackets, its Chinese and Latin
halves, and its comma-separated segments without places ("…, Chongqing, China") or the name of a
part of an institution ("School of Automation, …"). Each part is looked up exactly, as an
abbreviation, in Chinese, as a variant, as pinyin; typos only when nothing matched exactly.
A name made only of generic words and places never matches on its own.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

import defence_kg.analysis.screening.names as n
from defence_kg.analysis import DEFAULT_THRESHOLD
from defence_kg.analysis.screening.asides import (
    CARE_OF,
    TITLE,
    chinese_surname_first,
    chinese_surname_first_after,
    day_month_run_on,
    degree_opening,
    generic_not_a_meetings,
    initials_only,
    is_a_persons_name,
    month_first_day,
    people_after,
    people_after_a_semicolon,
    people_before,
    person_after_a_semicolon,
    pinyin_name,
    reads_as_pinyin,
    tidied,
    western_given_name,
    without_a_role,
    without_log_notes,
)
from defence_kg.analysis.screening.countries import (
    city_abroad,
    city_in_the_us,
    city_spelt_as_pinyin,
    country_code,
    country_words,
    old_spelling_in_china,
    peoples_republic,
)
from defence_kg.analysis.screening.graph import Entity, GraphView
from defence_kg.analysis.screening.index import OTHER_LEGAL_FORMS, SCORES, Hit, NameIndex
from defence_kg.analysis.screening.units import Unit, numbered_units
from defence_kg.analysis.screening.words import (
    BODY_KINDS,
    CITIES_ALSO_NAMES,
    COMPASS,
    COUNTRIES,
    DEGREES,
    LEGAL_FORMS,
    LEGAL_FORMS_ZH,
    NAMES_ALSO_IN_TAIWAN,
    NAMES_BORNE_ABROAD,
    PLA_ZH,
    PLACEHOLDERS,
    ROLE_WORDS_OF_A_TEAM,
    SHORT_FORMS_SHARED,
    STOPWORDS,
    STREET_ENDINGS,
    STREET_WORDS,
    TOP_BODY_KINDS,
    UNIT_HEADS,
    ZH_FIELDS,
)
from defence_kg.core import hanzi
from defence_kg.core.namespaces import DKG

MATCH = "match"
POSSIBLE = "possible match"
NO_MATCH = "no match"
#: below this, a candidate is not even a possible match
POSSIBLE_FLOOR = 0.6
#: two candidates closer than this are a tie: the row is ambiguous
TIE = 0.02

_BRACKETS = re.compile(r"^(?P<before>.*?)\s*[(（\[【](?P<inside>[^()（）\[\]【】]*)[)）\]】]\s*(?P<after>.*)$")
#: words that may follow a place name in an address ("Chongqing City", "Hubei Province")
_PLACE_WORDS = frozenset({"city", "province", "district", "county", "municipality", "sar", "region", "autonomous"})
_CAMPUS_WORDS = frozenset({"campus", "branch"})
# the words that say what kind of body or part a name is (see ``_common_part_name``): an alias of
# one other word and one of these ("Naval Academy") is many bodies' name, and so is a part's name of
# one or two other words and a department's ("Political Department"; an academy or institute of
# a body often has a name of its own: "Academy of Military Medical Sciences")
_KINDS_OF_BODIES = frozenset({"academy", "university", "institute", "college", "school"})
_DEPARTMENTS = frozenset({"department", "office", "bureau", "division", "faculty", "section"})
#: the last character of a Chinese name of a body (大学, 学院, 研究所, 集团, 公司, 中心, 海军, 委员会...)
_ZH_BODY_ENDINGS = tuple("学院校所司团心部军会局")
#: how the Chinese name of a body of its own ends (大学, 学院, 集团, 公司...)
_ZH_BODIES = ("大学", "学院", "研究院", "集团", "公司", "银行", "医院")
#: how the Chinese name of a university's part ends: a school or college, a department, a
#: laboratory, an institute or a centre of its own
_ZH_UNITS = ("学院", "系", "实验室", "研究所", "研究院", "中心", "学部", "医院")
#: small words a name goes on with, after or before them
_NAME_GOES_ON = frozenset({"of", "for", "and", "in", "at", "the"})
_ARMY = r"(?:PLA|(?:Chinese\s+)?People['’]?s\s+Liberation\s+Army)"
_TRAILING_ARMY = re.compile(rf"(?i),?\s+(?:of\s+(?:the\s+)?)?{_ARMY}\W*$")  # its "of" too: no "University of"
_LEADING_ARMY = re.compile(rf"(?i)^\W*(?:the\s+)?{_ARMY}\b\W+")
_LEADING_SERVICE = re.compile(
    rf"(?i)^\W*(?:(?:the\s+)?{_ARMY}\s+)?"
    r"(?:Strategic\s+Support|Information\s+Support|Rocket|Air|Ground|Aerospace|Cyberspace|Joint\s+Logistics?\s+Support)"
    r"\s+Forces?\s+(?=\S)"
)
_SEGMENTS = re.compile(r"\s*[,，;；/]\s*|\s+[-–—]\s+")
#: a school of a service written after it, "Engineering University of the (PLA) Air Force": the
#: school's name is the service's adjective before it ("Naval University of Engineering")
_SCHOOL_OF_SERVICE = re.compile(
    rf"(?i)^(?P<school>.*\b(?:university|academy|college|institute|school)\b.*?)\s+of\s+(?:the\s+)?"
    rf"(?:(?:Chinese\s+)?{_ARMY}\s+)?(?P<service>air\s+force|navy|army|rocket\s+force)\W*$"
)
_SERVICE_ADJECTIVES = {"navy": "Naval"}
#: a unit of the army by its five-digit code (its cover designator), as lists write it: "Unit 61398
#: of the PLA", "Unit 91550, PLA Navy", "PLA Unit 61398", "PLA 61786 Troops", "61398部队"
_UNIT = r"(?:unit|troops?)"
_CODE = rf"(?:{_UNIT}\s+)?(?:No\.?\s*)?(?P<code>\d{{5}})(?:\s+{_UNIT})?"  # (the patterns ask for "unit" or "troops")
_ARMY_UNITS = (
    re.compile(
        rf"(?i)^(?=.*\b{_UNIT}\b)(?:the\s+)?{_CODE}(?:\s*,\s*|\s+of\s+|\s*[(（])(?:the\s+)?(?P<body>.+?)[)）]?$"
    ),
    re.compile(rf"(?i)^(?=.*\b{_UNIT}\b)(?:the\s+)?(?P<body>.+?)(?:['’]s)?\s+{_CODE}$"),
    re.compile(r"^(?P<body>\D*?)(?P<code>\d{5})部队$"),
)
#: a unit's code with no army named ("Unit 61398"): no match, saying why
_CODE_ALONE = re.compile(rf"(?i)^(?=.*\b{_UNIT}\b){_CODE}$")
#: a list's number, an affiliation's marker or the cell's label before the name ("1. ", "(2) ", "[3] ", "4 School of
#: ...", "Affiliation: "); since the forty-sixth session an outline's number ("2.1 ", "1.2.3. ", "2.4) "), a
#: letter or a Roman numeral in brackets ("a) ", "(b) ", "iv) "; not "A. ", a person's initial too) and a dash
#: after any of them ("5.1 - ...")
_OUTLINE = r"\d{1,3}(?:\.\d{1,3})+[.):]?(?=\s)|\(?(?:[a-zA-Z]|(?i:i{1,3}|iv|vi{0,3}|ix|x))\)(?=\s)"
_LIST_MARKER = re.compile(
    rf"^(?:\(\d{{1,3}}\)|\[\d{{1,3}}\]|{_OUTLINE}|\d{{1,3}}[.):]|\d{{1,3}}(?=\s))(?:\s+[-–—](?=\s))?\s*(?=\S)"
    # or what the cell says it holds, copied with it: "Affiliation: Zhejiang University"
    r"|^(?i:affiliations?|institution|organi[sz]ation|employer|partner|university|company)\s*:\s*(?=\S)"
    # a visitors' log's: "Visitor: Li Na (Tsinghua University)", "Guest speaker: ..."
    r"|^(?i:(?:visitors?|guests?|delegates?|delegation|attendees?|participants?|speakers?|contact|host)"
    r"(?:\s+(?:speaker|name|institution))?)\s*:\s*(?=\S)"
    # a supplier list's labels: "Supplier: ...", "Vendor name: ...", "Name: ..."
    r"|^(?i:(?:(?:supplier|vendor|company|partner|customer|contractor|manufacturer)\s+)?name|supplier|vendor"
    r"|customer|contractor|manufacturer)\s*:\s*(?=\S)"
    # a funder as a paper's acknowledgement names it: "(This work was) supported by the ..."
    r"|^(?i:(?:this\s+(?:work|research|study|project)\s+(?:was|is|has\s+been)\s+)?(?:(?:partially|partly|jointly"
    r"|financially|also)\s+)?(?:supported|funded|sponsored|financed)\s+(?:in\s+part\s+)?by(?:\s+the)?)\s+(?=\S)"
)
#: a registration number, tax or account reference, or a stock's code, which supplier lists write
#: beside a company's name ("VAT CN9133...", "USCC 9133...", "PO#4471", "(0763.HK)", "HKEX: 0020",
#: 统一社会信用代码：9111...): no part of the name (".HK" is an exchange's, not a country)
_IDENTIFIERS = re.compile(
    r"(?i)\b(?:VAT|USCC|TIN|EIN|CRN|DUNS|LEI|Tax|Reg(?:istration)?|Company|Supplier|Vendor|Customer|Account|Acct|PO"
    r"|Invoice|Ref)(?:\.?\s*(?:ID|No|Number|Code))?(?:\.?\s*[:：#]\s*|\.?\s+|\.)#?\s*(?=[\w-]*\d)[A-Z0-9][\w-]*"
    r"|\b\d{4,6}\.(?:SZ|SH|SS|HK)\b|\b(?:HKEX|SEHK|SSE|SZSE|NYSE|NASDAQ)\s*:\s*\w+"
    r"|(?:统一社会信用代码|税号|注册号)\s*[:：]?\s*[0-9A-Z]{15,18}"
    # a grant's number after its funder: "... under Grant No. 61771234", "... Grant Nos. 617 and 619"
    r"|(?:\bunder\s+)?(?:the\s+)?\b(?:grants?|project|contract)(?:\s+(?:no|nos|number)s?\.?)?\s*[:#]?\s*"
    r"(?=[\w-]*\d)[A-Z0-9][\w-]*(?:\s*(?:,|and|&)\s*(?=[\w-]*\d)[A-Z0-9][\w-]*)*"
)
#: between a body's registered name and the name it trades as ("... Co. d/b/a DJI")
_TRADING_AS = re.compile(r"(?i)\s+(?:d/?b/?a|t/a|trading\s+as|doing\s+business\s+as|a\.?k\.?a\.?)\s+")
#: "Chinese" before the PLA's short form, as lists write it ("Chinese PLA Navy", "Chinese PLA General Hospital")
_CHINESE_PLA = re.compile(r"^(?:the\s+)?Chinese\s+(?=PLA\b)", re.IGNORECASE)
#: between the several affiliations one row may give ("Harbin Institute of Technology; Tsinghua University")
_AFFILIATIONS = re.compile(r"\s*[;；]\s*")
#: between two bodies' names one row joins ("Zhejiang University and Westlake University")
_AND = re.compile(r"(?i)\s+(?:and|&)\s+")


@dataclass(frozen=True)
class Candidate:
    """An entity a row's name may mean, how it compared, and why it was or was not chosen."""

    iri: str
    label: str
    label_zh: str | None
    kind: str
    score: float
    how: str
    matched_name: str
    differs: tuple[str, ...]
    why: str


@dataclass(frozen=True)
class Match:
    """The decision for one name."""

    name: str
    decision: str
    score: float
    how: str | None
    differs: tuple[str, ...]
    explanation: str
    iri: str | None
    candidates: tuple[Candidate, ...]


@dataclass(frozen=True)
class _Part:
    text: str
    note: str
    #: found only through a part a name may or may not be another body's ("X University Shenzhen":
    #: a campus, or a body of its own named after X): at most a possible match
    doubtful: bool = False
    #: the affiliation it is a part of, in a row that gives several
    affiliation: str = ""
    #: the best score a hit through it may have (a short form is no better than an alias)
    at_most: float = 1.0
    #: the country written after the name with no comma ("NTU Singapore"): only a body the graph
    #: places there is found through the part (see ``Matcher._of_its_country``)
    country: str = ""


@dataclass(frozen=True)
class _Found:
    hit: Hit
    part: _Part


#: The kinds of body that are found abroad under their own name (a company's offices and
#: subsidiaries): a row placed in another country may still mean one, so it is a possible match.
ABROAD_TOO = frozenset({"company", "state-owned enterprise"})
#: The longest text read as a name: the longest names of organisations, with their affiliations,
#: run to about 200 characters ("Key Laboratory of ..., Ministry of Education, <university>, <city>")
LONGEST_NAME = 400
#: The longest cell read at all: ten such names with what may be set aside around them (notes,
#: roles, identifiers); reading a longer one's parts took time growing with the square of its
#: length ("Dr. " 8,000 times: 80 ms, and four times as long, sixteen times that)
LONGEST_CELL = 10 * LONGEST_NAME


class Matcher:
    """Decides which graph entity, if any, a partner name means."""

    def __init__(self, graph: GraphView, *, threshold: float = DEFAULT_THRESHOLD, top: int = 3) -> None:
        self.graph = graph
        self.index = NameIndex(self._indexed_names(graph), never_corrected=country_words())
        self.threshold = threshold
        self.top = top
        self._cache: dict[tuple[str, str | None, frozenset[str] | None], Match] = {}

    @staticmethod
    def _indexed_names(graph: GraphView) -> list[tuple[str, str, str]]:
        return [(iri, text, how) for iri, text, how in graph.names if iri in graph.entities]

    def match(self, name: str, *, country: str | None = None, kinds: frozenset[str] | None = None) -> Match:
        """The decision for ``name`` (``country``: an ISO code or name the row gives; ``kinds``:
        entity IRIs allowed, for type-constrained reconciliation)."""
        cache_key = (name, country, kinds)
        if cache_key not in self._cache:
            # spaces made single first: several expressions below begin with "\s*" or "\s+", and
            # one tried at every place of a cell's long run of spaces takes time growing with the
            # square of the run (4,000 spaces: seconds); the name is read single-spaced anyway
            single = " ".join(name.split())
            if len(single) > LONGEST_CELL:
                why = f"{len(single)} characters are no organisation's name (at most {LONGEST_CELL} are read in a row)"
                self._cache[cache_key] = Match(name, NO_MATCH, 0.0, None, (), why, None, ())
                return self._cache[cache_key]
            read, aside = _without_identifiers(single)  # (once: the country is read without them too)
            read, logged = without_log_notes(read, self._names_a_body)
            read, role = without_a_role(
                read,
                self._names_a_body_before_a_role,
                self._a_bodys_whole_name,
                self._a_part_and_its_body,
                self._a_laboratory_its_ministry_and_body,
            )
            aside = ", ".join(filter(None, (logged, role, aside)))
            code = country_code(country, column=True) if country else written_country(_addressee(read))
            match = self._decide(name, read, code, kinds)
            # a Chinese name surname first after the body is read so even where its words as
            # places made a match of the body ("Nanjing University, Xu, Hong": the same body), and
            # a person's name after a semicolon, which the body matched as one of two
            # affiliations left unsaid ("Tsinghua University; John Smith")
            # and a degree with stops opening the row, which a typo's reading may have matched
            # whole ("B.A. Fudan University": 'bfudan' for 'fudan'; forty-ninth session)
            if (
                match.decision != MATCH
                or chinese_surname_first_after(read)
                or person_after_a_semicolon(read)
                or degree_opening(read)
            ):
                after = self._after_an_aside(name, read, code, kinds, matched=match.decision == MATCH)
                if after and (match.decision != MATCH or after.iri == match.iri):
                    match = after
            if aside:
                match = replace(match, explanation=f"{match.explanation}; {aside} set aside")
            if country and code is None:  # said, not silently dropped: the user may write it otherwise
                note = f"the row's country '{country}' is not one this tool knows, so it was not used"
                match = replace(match, explanation=f"{match.explanation}; {note}")
            self._cache[cache_key] = match
        return self._cache[cache_key]

    def _names_a_body(self, words: str) -> bool:
        """Whether words may be (of) a body's name: a word only names in the graph hold (the words
        run together too: "Tong Fang"), a place, a generic word but a meeting's ("National", not
        "Lab"), or a short form. A meeting's words before its noun never do ("Campus tour at")."""
        tokens = n.tokens(words)
        return (
            any(n.looks_like_abbreviation(w) for w in words.split())
            or self.index.is_distinctive("".join(tokens))
            or any(self.index.is_distinctive(t) or generic_not_a_meetings(t) for t in tokens)
        )

    def _finds_a_body(self, words: str) -> bool:
        """Whether words name a body the graph knows, as written or run together ("Hua, Wei":
        Huawei), or are a short form; a word of a body's names is not enough ("Sun" of Sun Yat-sen
        University, "Feng": a partial name), nor a place's ("Xu, Hong"). Asked of a person's name
        where its form says a person, a comma after its surname ("Gao, Feng") or a semicolon before
        it in a row matched without it (forty-eighth session)."""
        if any(n.looks_like_abbreviation(w) for w in words.split()):
            return True
        written = re.findall(r"[^\W_][\w'’-]*", words)
        return any(
            f.hit.how != "partial name" and f.hit.score >= POSSIBLE_FLOOR
            for text in {" ".join(written), "".join(written)}
            for f in self._find(text)
        )

    def _names_a_body_before_a_role(self, words: str, rest: str) -> bool:
        """Whether words before a role's own may name a body, which the row may then mean
        ("Tsinghua engineer at ...", "Harbin researcher, ..."): a small word (a phrase, no
        adjective: "Society of engineers"), a short form, a place or a body's kind, or words that
        find a body alone or together ("Tsinghua", "Huawei"). Other words of the graph's names do
        not ("Software engineer", "Project manager"), nor a team's or a part's kind ("Group
        leader", "Department chair": ``ROLE_WORDS_OF_A_TEAM``), nor a body's kind, the kind of the
        body named after it ("University president", "Institute researcher"), with other words
        that find no body ("Medical University professor": forty-eighth session; words that do
        find one may be its name cut short, "Defense University"), nor, before ``rest`` that is a
        body's whole name or a part's and its body's, a field's words ("Nuclear physicist at Peking
        University", "Nuclear engineer, Department of ..., Tsinghua University":
        ``_a_fields_words``; forty-seventh session's third pass, forty-eighth session)."""
        written, tokens = words.split(), n.tokens(words)
        if any(w.casefold() in STOPWORDS or n.looks_like_abbreviation(w) for w in written) or any(
            generic_not_a_meetings(t) and t not in _KINDS_BEFORE_A_ROLE for t in tokens
        ):
            return True
        others = set(tokens) - _KINDS_BEFORE_A_ROLE
        beside_a_kind = bool(others) and any(t in BODY_KINDS and generic_not_a_meetings(t) for t in tokens)
        if beside_a_kind and any(map(reads_as_pinyin, others)):
            return True  # (a body's kind beside a word in pinyin: a body's own name, "Nankai University")
        found = {w: [f.hit for f in self._find(w)] for w in {words, *written}}
        if not any(found.values()):
            return False
        if beside_a_kind:
            return True  # (a body's kind beside words that find a body: its name cut short, "Defense University")
        return not (self._a_fields_words(found) and (self._a_bodys_whole_name(rest) or self._a_part_and_its_body(rest)))

    def _a_fields_words(self, found: dict[str, list[Hit]]) -> bool:
        """Whether words before a role's noun, with what each finds, say the role's field, no body
        ("Nuclear", "Chemical", "Aerospace"): none finds a body but as a part of its names (no
        alias: "Huawei", "Beihang"), none is a name's but for a body's kind or legal form
        ("Tsinghua" of Tsinghua University, "Sinopec" of Sinopec Group: a body's own word), and each
        stands in names of two bodies or more (a field's word is shared: "Nuclear" of CNNC and of
        the Ministry of Nuclear Industry; "Poly" of one group alone may be its own), or stands after
        "of" in a name, the field a body is named after ("Customs": forty-ninth session)."""
        for words, hits in found.items():
            if not all(hit.how == "partial name" for hit in hits):
                return False
            mine = set(n.tokens(words))
            if any(set(hit.name.tokens) - mine - STOPWORDS <= _A_BODYS_OWN_WORD_BESIDE for hit in hits):
                return False
            # a word of one body's names is its own, unless it is the field the body is named
            # after ("Customs" of the General Administration of Customs: forty-ninth session)
            if hits and any(len(self.index.bodies_naming(t)) < 2 and not self.index.names_a_field(t) for t in mine):
                return False
        return True

    def _a_bodys_whole_name(self, text: str) -> bool:
        """Whether a text is the whole name of a body the graph knows, not a part's ("Zhejiang
        University", "CETC"; not "Key Laboratory of ...", whether the graph knows it or not); since
        the forty-eighth session also a body the graph holds within another by a name of its own
        ("General Office of the CMC", "China Academy of Space Technology"), not by a name the parts
        of many bodies bear ("Political Department": ``_common_part_name``)."""
        return not _is_unit(text) and any(
            self.graph.entities[hit.name.iri].parent is None or not self._common_part_name(hit)
            for hit in self._exact_hits(text)
        )

    def _a_part_and_its_body(self, text: str, *, through_a_ministry: bool = False) -> bool:
        """Whether a text is a part's name, a comma and the whole name of the body it is part of
        ("Department of Physics, Fudan University"), places after it or not ("..., Chengdu, China"),
        read then as such a row is; the ministry that accredits a laboratory may stand between
        ("Key Laboratory of ..., Ministry of Education, Zhejiang University": forty-seventh session),
        and must when ``through_a_ministry``."""
        part, comma, rest = text.partition(",")
        segments = [segment.strip() for segment in rest.split(",")]
        ministries = 0
        while len(segments) > 1 and _is_ministry(segments[0]):
            segments.pop(0)
            ministries += 1
        body, *places = segments
        return (
            bool(comma)
            and (ministries > 0 or not through_a_ministry)
            and (_is_unit(part.strip()) or (ministries > 0 and _a_laboratory_by_its_kind(part)))
            and self._a_bodys_whole_name(body)
            and all(map(_is_place_segment, places))
        )

    def _a_laboratory_its_ministry_and_body(self, text: str) -> bool:
        """Whether a text is a part's name, the ministry that accredits it and its body's whole
        name ("Key Laboratory of ..., Ministry of Education, Tianjin University"), read as a role
        with "of" before it is ("Head of ...": forty-seventh session's second pass)."""
        return self._a_part_and_its_body(text, through_a_ministry=True)

    def _after_an_aside(
        self, name: str, read: str, country: str | None, kinds: frozenset[str] | None, *, matched: bool = False
    ) -> Match | None:
        """The row's match once what a name may hold is set aside, tried only when the whole is no
        match: a person's name run into the body's ("Li Na Tsinghua University", "Dr Zhang (BUAA)")
        or written after it ("NUDT - Zhang San", "Jilin University, Prof. Li Wei"), or a day with
        its month first opening the row ("Dec 1 Tongji University"), or a day and a month run on
        after a university's name ("Fudan University 07-05"); a body's name that begins with a
        surname's word or a day is its name ("Sun Yat-sen University", "August 1st Film Studio").
        Where the whole was ``matched`` as one of its affiliations, a person's name after its last
        semicolon is read too when it finds no body ("Tianjin University; Sun Hao"). None unless
        the ways of reading it that match all find one entity."""
        matches = []
        # a title or a Western given name says a person ("Hans-Peter Schulz" is no short form); a
        # name in pinyin without one may be a company's or a place's ("Tong Fang", "Wei Hai")
        after = [
            (who, rest)
            for who, rest in people_after(read)
            if TITLE.match(who)
            or western_given_name(who)
            or not self._names_a_body(who)
            or (chinese_surname_first(who) and not self._finds_a_body(who))
            or self._a_pinyin_name_of_nobody(who)
        ]
        # initials say a person less than a given name: a surname a name's word may be the body's ("A. Tsinghua")
        before = [
            (who, rest) for who, rest in people_before(read) if not initials_only(who) or not self._names_a_body(who)
        ]
        # after a semicolon, in a row its first affiliation matched, a name of a person's form whose
        # words are graph names' ("Sun Hao") or whose given name is a word ("Mark Peterson") changes
        # only what is said, when it finds no body (forty-eighth session)
        if matched:
            after += [(who, rest) for who, rest in people_after_a_semicolon(read) if not self._finds_a_body(who)]
        readings = [(f"'{who}' (a person's name)", rest) for who, rest in before + after]
        readings += [(f"'{degree}' (a degree)", rest) for degree, rest in degree_opening(read)]
        readings += [(f"'{day}' (a log's date or words)", rest) for day, rest in month_first_day(read)]
        for aside, rest in readings:
            if (found := self._decide(name, rest, country, kinds)).decision == MATCH:
                matches.append((aside, found))
        # a day and a month run on after a name: a date after a university's, whose parts have
        # names; after a conglomerate's or the army's it may be a unit's code (forty-eighth session)
        for day, rest in day_month_run_on(read):
            found = self._decide(name, rest, country, kinds)
            if found.decision == MATCH and found.iri and self._parts_have_names(found.iri):
                matches.append((f"'{day}' (a log's date or words)", found))
        if not matches or len({found.iri for _, found in matches}) > 1:
            return None
        aside, found = matches[0]
        return replace(found, explanation=f"{found.explanation}; {aside} set aside")

    def _a_pinyin_name_of_nobody(self, who: str) -> bool:
        """Whether a name in pinyin after the body ("Xidian University, Sun Hao") is a person's,
        though its words stand in graph names ("Sun" of Sun Yat-sen University): a surname and a
        given name that, run together, are no word of a graph name ("Tong Fang": Tongfang, "Hua
        Wei", "Tong Ji") and find no body as written or run together (forty-ninth session)."""
        return (
            pinyin_name(who) and not self.index.is_distinctive("".join(n.tokens(who))) and not self._finds_a_body(who)
        )

    def _parts_have_names(self, iri: str) -> bool:
        """Whether a body's parts have names, not numbers: a university not of the armed forces or
        the police (a conglomerate's institutes and the army's units and schools' institutes are
        numbered), after whose name a day and a month run on are a date, not a unit's code
        ("Fudan University 07-05"; "... Corporation 12-03": forty-eighth session)."""
        classes = self.graph.classes_of(iri)
        numbered = (DKG.MilitaryInstitution, DKG.SecurityInstitution)
        return str(DKG.University) in classes and not any(str(kind) in classes for kind in numbered)

    # -- finding ------------------------------------------------------------------------------------

    def _decide(self, name: str, read: str, country: str | None, allowed: frozenset[str] | None) -> Match:
        """The decision for ``name``, read without its identifiers (``read``)."""
        spaced = re.sub(r"\s+", " ", read).strip()
        text = _CHINESE_PLA.sub("", _LIST_MARKER.sub("", spaced))
        if text != spaced and self.index.units_of(spaced):  # "33 Institute of CASIC ...": the name's number
            text = spaced
        if not text:
            return Match(name, NO_MATCH, 0.0, None, (), "the name is empty", None, ())
        if len(text) > LONGEST_NAME:  # (a pasted paragraph: matching its every part took minutes)
            why = f"{len(text)} characters are no organisation's name (at most {LONGEST_NAME} are read)"
            return Match(name, NO_MATCH, 0.0, None, (), why, None, ())
        if re.sub(r"[\s./\\-]", "", text.casefold()) in PLACEHOLDERS:
            return Match(
                name, NO_MATCH, 0.0, None, (), f"'{text}' stands in for a name: there is none to match", None, ()
            )
        if (_only_generic(text) and len(n.tokens(text)) < 2) or _is_region(n.words(text)):  # ("East China")
            return Match(
                name,
                NO_MATCH,
                0.0,
                None,
                (),
                f"'{text}' is a generic word or a place: it never matches on its own",
                None,
                (),
            )
        found = self._find(text)
        rejected: dict[str, str] = {}
        if allowed is not None:
            found = [f for f in found if f.hit.name.iri in allowed]
        if country:
            found = self._in_country(found, country, rejected)
        if note := _also_in_taiwan(text):
            found = self._borne_elsewhere_too(found, note, country, rejected)
        elif borne := _borne_abroad(text, self.index):
            found = self._borne_elsewhere_too(found, borne[1], country, rejected, named=borne[0])
        if whose := _SHARED_SHORT_FORMS.get(n.key(text)):
            found = [self._doubting(f, f"'{text.strip()}' is also the short form of {whose}") for f in found]
        found = [self._doubting(f, note) if (note := self._common_part_name(f.hit)) else f for f in found]
        best = _best_per_entity(found)
        return self._decision(name, text, best, rejected)

    def _find(self, text: str) -> list[_Found]:
        if len(names := _TRADING_AS.split(text)) == 2 and all(names):
            return self._trading_as(*names)
        if len(care := CARE_OF.split(text)) == 2 and care[1]:
            return self._care_of(*care)
        parts = _parts(text)
        found = self._not_bodies_of_units(
            [
                _Found(self._doubted(h, p), p)
                for p in parts
                for h in self._exact_hits(p.text)
                if self._of_its_country(h, p)
            ]
        )
        if held := self._held_part(text):
            return held
        if any(f.hit.score >= SCORES["variant"] for f in found):
            return found
        if army := self._army_unit(text):  # "Unit 78020, PLA": the unit, not the army ("PLA" after a part)
            return army
        found += [
            _Found(h, p)
            for p in parts
            if not _only_generic(p.text)
            for h in self.index.typos(p.text)
            if self._of_its_country(h, p)
        ]
        if not any(f.hit.score >= self.threshold for f in found):
            found += [_Found(h, p) for p in parts for h in self.index.partial(p.text) if self._of_its_country(h, p)]
        if not any(f.hit.score >= POSSIBLE_FLOOR for f in found):
            found += (
                [f for p in parts for f in self._unit_of_body(p)]
                or self._leading_name(text)
                or self._company_after_its_place(text)
            )
        if not any(f.hit.score >= POSSIBLE_FLOOR for f in found):
            found += self._joined_names(text)
        return found

    def _joined_names(self, text: str) -> list[_Found]:
        """A name the graph knows whole on one side of an "and" that does not join two bodies'
        names ("ETH Zurich and Peking University": no word of a body's kind in the first): a
        possible match, since the row may also be one body whose name holds "and" (no match had
        hidden a tracker institution behind a partner it was listed with)."""
        sides = _AND.split(text)
        parts = [_Part(side.strip(), "one of the names the row joins with 'and'", doubtful=True) for side in sides]
        return [_Found(self._doubted(h, p), p) for p in parts if len(sides) > 1 for h in self.index.exact(p.text)]

    def _held_part(self, text: str) -> list[_Found]:
        """In "<part>, <body>" (or "<body>, <part>"), a body the graph holds as the other's
        ("Nanjing Research Institute of Electronics Technology, CETC", "China Academy of Space
        Technology, CASC"): it, the most specific body the row names, as its numbered unit's name is;
        placed in another body, a possible match of either. A company's or a conglomerate's parts
        only: a university's laboratory or department, or a service of the army, is read with the
        body named with it, as before (see ``_parts_of_one``)."""
        segments = [s for s in _SEGMENTS.split(text) if s and not _is_unit(s)]
        if len(segments) < 2 or len(_affiliations(text)) > 1:
            return []
        hits = {segment: self._exact_hits(segment) for segment in segments}
        for segment, mine in hits.items():
            others = [(other, hit) for other, theirs in hits.items() if other != segment for hit in theirs]
            for hit in mine:
                parent = self.graph.entities[hit.name.iri].parent
                if parent not in self.graph.entities or self.graph.entities[parent].kind not in ABROAD_TOO:
                    continue  # (a university's or the army's part: the body named with it, as before)
                if parent in {theirs.name.iri for _, theirs in others}:
                    note = f"'{self._label(parent)}', the body the graph holds it in, named with it"
                    return [_Found(hit, _Part(segment, note))]
                if others:
                    note = f"the graph holds {self._label(hit.name.iri)} in {self._label(parent)}, not in the body named with it"
                    named = [_Found(hit, _Part(segment, ""))] + [_Found(h, _Part(o, "")) for o, h in others]
                    return [self._doubting(f, note) for f in named]
        return []

    def _care_of(self, addressee: str, through: str) -> list[_Found]:
        """ "<body> c/o <another>": the body, reached through the other ("Huawei Technologies Co.,
        Ltd. c/o Huawei Technologies (UK) Co., Ltd."); the other for nothing before it ("c/o
        CETC"), or in doubt for what the graph cannot know ("Dr. Wang c/o Huawei": a person of it?)."""
        if not addressee:
            return self._find(through)
        if found := self._find(addressee):
            note = f"'c/o {through}' (the body it is sent through) set aside"
            return [replace(f, part=replace(f.part, note="; ".join(filter(None, (f.part.note, note))))) for f in found]
        why = f"'{addressee}' sent in care of it: another body, or a person of it"
        return [self._doubting(f, why) for f in self._find(through)]

    def _trading_as(self, registered: str, trading: str) -> list[_Found]:
        """ "<registered name> d/b/a <trade name>": one body by two names. An entity both find is
        it; one only one of them finds is in doubt (a business may trade under a name it does not
        own, or the graph not know its other name)."""
        names = (registered, trading)
        each = [self._find(name) for name in names]
        sure = [{f.hit.name.iri for f in found if f.hit.score >= self.threshold} for found in each]
        seen = [{f.hit.name.iri for f in found} for found in each]
        both = (sure[0] & seen[1]) | (sure[1] & seen[0])  # ("Sugon aka Dawning": one name sure, the other in part)
        # (a weak hit of one name, the other finding nothing: no evidence; "Baidu" is no typo of "Beida")
        return [
            f
            if f.hit.name.iri in both
            else self._doubting(f, f"'{other}', the name it also goes by, says nothing of it")
            for found, other in zip(each, reversed(names), strict=True)
            for f in found
            if f.hit.name.iri in both or f.hit.score >= self.threshold
        ]

    def _army_unit(self, text: str) -> list[_Found]:
        """A unit of the army by its code ("Unit 61398 of the PLA", "61398部队"), which the graph
        does not record as a body of its own: a possible match of the army or service it names (a
        Chinese code with 部队 and no army named is the PLA's: its units are written so)."""
        m = next(filter(None, (pattern.match(text) for pattern in _ARMY_UNITS)), None)
        if m is None:
            return []
        body = m["body"].strip(" ,")
        if n.has_chinese(text) and body in ("", "解放军"):
            body = PLA_ZH
        note = f"unit {m['code']} of it: a unit the graph does not record as a body of its own, so the row means a part of it"
        return [self._doubting(f, note) for f in self._find(body) if f.hit.score >= POSSIBLE_FLOOR] if body else []

    def _not_bodies_of_units(self, found: list[_Found]) -> list[_Found]:
        """Without the bodies of the numbered units found: "Fifth Academy, CASC" names the academy
        the graph knows, not CASC (whose name is only a part of the row)."""
        units = [f for f in found if f.hit.how == "numbered unit"]
        bodies = {body for f in units if (read := self.index.bodies_and_units(f.part.text)) for body in read[0]}
        bodies -= {f.hit.name.iri for f in units}
        return [f for f in found if f.hit.name.iri not in bodies]

    def _unit_of_body(self, part: _Part) -> list[_Found]:
        """A numbered unit the graph does not know, of a body it does ("the 14th Research Institute
        of CETC"): its largest known unit holding it (the Third Academy of CASIC for its 34th
        institute), else the body; a possible match at most, since the row means a part of it."""
        read = self.index.bodies_and_units(part.text)
        if read is None:
            return []
        bodies, units = read  # (several when its body's name is several bodies' short form: "CSSC")
        hits, within, held = [], part.text, frozenset[Unit]()
        for body in sorted(bodies):
            names, holding = self.index.enclosing_units(body, units.units)
            hits += [Hit(name, "enclosing unit", SCORES["numbered unit"]) for name in names]
            held = holding or held
        if not hits:
            hits = self.index.exact(units.body) + self.index.abbreviation(units.body) + self.index.variant(units.body)
            hits, within = [hit for hit in hits if hit.name.iri in bodies], units.body
        note = f"{units.described(leaving=held)} within it: a part the graph does not record as a body of its own"
        doubtful = _Part(within, "; ".join(filter(None, (part.note, note))), doubtful=True)
        return [_Found(self._doubted(hit, doubtful), doubtful) for hit in hits]

    def _leading_name(self, text: str) -> list[_Found]:
        """A known name with words after it that do not go on with it ("AVIC International",
        "Harbin Institute of Technology Press"; not "Chongqing University of Arts and Sciences"):
        a part or an affiliate of it, or a body of its own, so at most a possible match."""
        if n.has_chinese(text) and not n.tokens(
            text
        ):  # "清华大学计算机系", "清华大学 电子工程系": characters, not words
            return self._leading_chinese_name(re.sub(r"\s+", "", text))
        if _spelt_out(text) is not None:
            return []  # "AMS (American Mathematical Society)": the bracket names the body
        written = text.split()
        for end in range(len(written) - 1, 0, -1):
            head, rest = " ".join(written[:end]).rstrip(",;:"), " ".join(written[end:])
            # the name goes on across the cut: "... University | of Arts", "... University of | Arts"
            if set(n.words(rest)[:1] + n.words(head)[-1:]) & _NAME_GOES_ON:
                continue
            # a name of generic words and places ("Chongqing University") only as a whole name
            generic = _only_generic(head)
            if generic and len(n.tokens(head)) < 2:
                continue
            # "Institute of Systems Engineering, Macau University of Science and Technology": a part
            # of the body after the comma, which the graph does not know, not a part of this one
            if written[end - 1].endswith(",") and _part_then_body(head, rest):
                return []
            part = _Part(
                head, f"'{rest}' after its name: a part or an affiliate of it, or a body of its own", doubtful=True
            )
            if _is_part_after_name(rest) and _names_a_body(head):  # "Chongqing University School of Automation"
                part = _Part(head, f"'{rest}' (a part of it) set aside")
            elif _is_street_address(rest):  # "Shenyang Aerospace University 37 Daoyi South Avenue"
                part = _Part(head, f"'{rest}' (an address) set aside")
            hits = self.index.exact(head)
            if not generic:
                hits += self.index.abbreviation(head) + self.index.variant(head)
            # "China Electronics | Standardization Institute": a name without its legal form that
            # goes on with other words is another name ("China Electronics Corporation" ends there);
            # not with a legal form however written ("SZ DJI Technology | Co., Ldt.")
            if not all(n.word_form(w) in LEGAL_FORMS or len(w) <= 3 for w in n.words(rest)):
                hits = [hit for hit in hits if hit.how not in OTHER_LEGAL_FORMS]
            # "Académie chinoise des sciences | sociales": in another language, words after a name may go
            # on with it (its adjectives follow it), so a name read in English is read whole only
            hits = [hit for hit in hits if hit.how != "other language"]
            if hits:
                return [self._found_after(hit, part, rest) for hit in hits]
        return []

    def _company_after_its_place(self, text: str) -> list[_Found]:
        """A company's name as Chinese companies are named, "<place> <trade name> <business> <legal
        form>" ("Anhui iFlytek Intelligent Technology Co., Ltd.", "Beijing SenseTime Technology
        Development Co., Ltd."), with a company's name or trade name after the place: another
        company bearing its trade name (a subsidiary), or itself, so a possible match."""
        place, _, rest = text.partition(" ")
        if not (rest and n.is_place(n.fold(place)) and _ends_with_legal_form(rest)):
            return []
        found = [_Found(hit, _Part(rest, "")) for hit in self._exact_hits(rest)] or self._leading_name(rest)
        note = f"'{place}' before it: a company of its own there bearing its name?"
        return [self._doubting(f, note) for f in found if self.graph.entities[f.hit.name.iri].kind in ABROAD_TOO]

    def _found_after(self, hit: Hit, part: _Part, rest: str) -> _Found:
        """A hit on a name with ``rest`` after it: in doubt, unless ``rest`` is the city its body's
        own name holds ("HIT Harbin", "SJTU Shanghai": its home, as "HIT, Harbin" is; "HIT
        Shenzhen" may be a campus)."""
        words = n.words(rest)
        home = words and all(n.is_place(w) for w in words) and set(words) <= set(n.words(self._label(hit.name.iri)))
        if part.doubtful and home:
            part = _Part(part.text, f"'{rest}' (a place its name holds) set aside")
        return _Found(self._doubted(hit, part), part)

    def _leading_chinese_name(self, text: str) -> list[_Found]:
        """A known Chinese name with characters after it ("清华大学计算机系", "中国电子科技集团公司第十四研究所"):
        a part or an affiliate of it, or a body of its own, so at most a possible match."""
        # (not the PLA's prefix alone: every PLA body's Chinese name begins with it, ``_with_pla_prefix``)
        text = hanzi.simplified(text)  # "哈爾濱工業大學航天學院" as "哈尔滨工业大学航天学院"
        for end in range(len(text) - 1, len(PLA_ZH) if text.startswith(PLA_ZH) else 2, -1):
            head, rest = text[:end], text[end:]
            if not head.endswith(_ZH_BODY_ENDINGS):
                continue  # "中国电子" (a short form) in "中国电子科技集团": a name, not a body, ends there
            if hits := self.index.exact(head):
                why = f"'{rest}' after its Chinese name: a part or an affiliate of it, or a body of its own"
                part = _Part(head, why, doubtful=True)
                if head.endswith("大学") and rest.endswith(_ZH_UNITS) and not _zh_college_of_its_own(rest):
                    part = _Part(head, f"'{rest}' (a part of it) set aside")  # "清华大学电子工程系"
                elif _is_zh_address(rest):  # "华为技术有限公司 深圳市龙岗区坂田华为基地"
                    part = _Part(head, f"'{rest.lstrip(_ZH_PUNCTUATION)}' (its address) set aside")
                return [_Found(self._doubted(hit, part), part) for hit in hits]
        return self._chinese_trade_name(text)

    def _chinese_trade_name(self, text: str) -> list[_Found]:
        """A company's Chinese short name first in a company's or institute's name (华为终端有限公司,
        中国电科第五十四研究所): a company bearing it, or a part of it, so a possible match. Not a short
        name another body's name begins with (中国电子 in 中国电子科技集团: a name's first words)."""
        if not text.endswith(LEGAL_FORMS_ZH + ("研究所", "研究院")):
            return []
        for end in range(len(text) - 2, 1, -1):
            head = text[:end]
            hits = [h for h in self.index.exact(head) if self.graph.entities[h.name.iri].kind in ABROAD_TOO]
            if hits and self.index.bodies_named_from(head) <= {h.name.iri for h in hits}:
                part = _Part(
                    head, f"'{text[end:]}' after its Chinese short name: a company or a part bearing it", doubtful=True
                )
                return [_Found(self._doubted(hit, part), part) for hit in hits]
        return []

    def _common_part_name(self, hit: Hit) -> str:
        """A note when the hit's name is one the parts of many bodies bear ("Political Department",
        "Training Department": a part of another body in the graph), or an alias many bodies bear
        ("Naval Academy"): alone, such a name does not say which body the row means. Not a name
        with a place or a short form, nor one the row gives with its body (which then matches the
        body)."""
        parent = self.graph.entities[hit.name.iri].parent
        words = n.tokens(hit.name.text)
        if (parent is None and hit.name.how != "alias") or hit.how in ("abbreviation", "Chinese name", "Chinese alias"):
            return ""
        # a name that names a place or its body too: "China Haiying Electromechanical Technology
        # Academy", "5th Academy of CASC", "AVIC Chengdu Aircraft Design Institute"
        if any(n.is_place(w) or w in COUNTRIES for w in words) or numbered_units(hit.name.text):
            return ""
        if re.search(r"\b[A-Z]{2,}\b", hit.name.text):
            return ""
        distinctive = [w for w in words if not n.is_generic(w)]
        if parent is None and (len(words) != 2 or not _KINDS_OF_BODIES & set(words)):
            return ""
        zh = self.graph.entities[hit.name.iri].label_zh
        if parent is None and zh and any(n.read_from_chinese(w, zh) for w in distinctive):
            return ""  # its own word, its Chinese name read in pinyin: "Tiangong University" (天津工业大学)
        if parent is not None and (len(distinctive) > 2 or not _DEPARTMENTS & set(words)):
            return ""
        if parent is None:
            return f"'{hit.name.text}' is a name many bodies bear, one of the graph's names for {self._label(hit.name.iri)}"
        whose = self._label(parent) if parent in self.graph.entities else "another body"
        return f"'{hit.name.text}' is a name the parts of many bodies bear: the graph's is a part of {whose}"

    def _in_country(self, found: list[_Found], country: str, rejected: dict[str, str]) -> list[_Found]:
        """The hits that may be in the row's country: one the graph places elsewhere is rejected;
        one it places nowhere is at most a possible match outside China (the tracker's bodies are
        Chinese, but only those with a recorded country are known to be)."""
        kept = []
        for f in found:
            theirs, how = self.graph.placed_in(f.hit.name.iri) or (None, None)
            if theirs and theirs != country and self.graph.entities[f.hit.name.iri].kind in ABROAD_TOO:
                # a company works abroad through offices and subsidiaries ("Huawei", Germany)
                note = (
                    f"the row's country is {country}, the graph places it in {theirs}: an office or subsidiary abroad?"
                )
                kept.append(self._doubting(f, note))
            elif theirs and theirs != country:
                hedge = f" ({how})" if how != "stated" else ""
                rejected[f.hit.name.iri] = f"the row's country is {country}, the graph places it in {theirs}{hedge}"
            elif theirs is None and country != "CN":
                kept.append(self._doubting(f, f"the row's country is {country}, the graph records none for it"))
            else:
                kept.append(f)
        return kept

    def _borne_elsewhere_too(
        self, found: list[_Found], note: str, country: str | None, rejected: dict[str, str], named: str = ""
    ) -> list[_Found]:
        """The hits of a name other countries' bodies bear too (``note`` says whose; ``named``, the
        name): one in the row's country stands; one the graph places in another country than the
        row's is rejected ("CSIC", Spain: not the Chinese company's office there); one the graph
        names with that name and words of its own stands, the row naming them too ("Equipment
        Development Department of CMC": the CMC's department, which the other CMC has not); any
        other is at most possible."""
        kept = []
        for f in found:
            theirs = self.graph.country_of(f.hit.name.iri)
            if (named and _names_more(f, named)) or (country and theirs == country):
                kept.append(f)
            elif country and theirs:
                rejected[f.hit.name.iri] = f"{note}; the row's country is {country}, the graph places it in {theirs}"
            else:
                kept.append(self._doubting(f, note))
        return kept

    def _of_its_country(self, hit: Hit, part: _Part) -> bool:
        """Whether a body found without the country run on after its name is in that country ("NTU
        Singapore"): one the graph places elsewhere is not read so, and the row is read as it was
        without that reading (a campus, an office abroad, another body: "Xiamen University
        Malaysia", "BIT India"). Any hit through another part is."""
        return not part.country or self.graph.country_of(hit.name.iri) == part.country

    def _doubting(self, f: _Found, note: str) -> _Found:
        """A hit whose body ``note`` leaves in doubt: at most a possible match, saying why."""
        part = replace(f.part, note="; ".join(filter(None, (f.part.note, note))), doubtful=True)
        return _Found(self._doubted(f.hit, part), part)

    def _doubted(self, hit: Hit, part: _Part) -> Hit:
        """The hit, below the threshold when its part leaves its body in doubt, and no better than
        its part's form of the name allows."""
        if hit.score > part.at_most:
            hit = replace(hit, score=part.at_most)
        if not part.doubtful:
            return hit
        return replace(hit, score=min(hit.score, max(POSSIBLE_FLOOR, round(self.threshold - 0.05, 2))))

    def _exact_hits(self, text: str) -> list[Hit]:
        index = self.index
        hits = index.exact(text)
        if n.has_chinese(text):  # a name in two scripts is looked up by its halves (see _parts)
            return hits or ([] if n.tokens(text) else index.chinese(text))
        if _only_generic(text):
            # generic words and places match only as a whole name of two words or more
            return hits + index.variant(text) if len(n.tokens(text)) > 1 else []
        return hits + index.abbreviation(text) + index.variant(text) + index.romanised(text) + index.numbered_unit(text)

    # -- deciding -----------------------------------------------------------------------------------

    def _decision(self, name: str, text: str, best: list[_Found], rejected: dict[str, str]) -> Match:
        if not best:
            return self._no_match(name, text, rejected)
        top = best[0]
        # a part of the name ("(中国人民解放军)") never ties with the whole name matched as it is
        ties = [
            f
            for f in best[1:]
            if (top.hit.score - f.hit.score < TIE or self._another_affiliation(f, top))
            and f.hit.score >= POSSIBLE_FLOOR
            and bool(f.part.note) <= bool(top.part.note)
        ]
        if ties:
            decision, chosen = POSSIBLE, None
            labels = ", ".join(self._label(f.hit.name.iri) for f in [top, *ties])
            explanation = f"'{text}' fits {len(ties) + 1} entities equally well ({labels}): ambiguous, none chosen"
            if len({f.part.affiliation for f in [top, *ties]}) > 1:
                explanation = (
                    f"the row gives several affiliations, which name {len(ties) + 1} entities ({labels}): "
                    "none chosen; screen each affiliation as a row of its own"
                )
        elif top.hit.score >= self.threshold:
            decision, chosen = MATCH, top
            explanation = _explain(top)
        elif top.hit.score >= POSSIBLE_FLOOR:
            decision, chosen = POSSIBLE, None
            explanation = f"possibly {self._label(top.hit.name.iri)}: {_explain(top)}; score {top.hit.score:.2f} is below the threshold {self.threshold:.2f}"
        else:
            return self._no_match(name, text, rejected)
        candidates = tuple(self._candidate(f, top, chosen, ties) for f in best[: max(self.top, len(ties) + 1)])
        candidates += self._rejected(rejected, len(candidates))
        return Match(
            name=name,
            decision=decision,
            score=top.hit.score,
            how=top.hit.how,
            differs=top.hit.differs,
            explanation=explanation,
            iri=chosen.hit.name.iri if chosen else None,
            candidates=candidates,
        )

    def _another_affiliation(self, f: _Found, top: _Found) -> bool:
        """Whether ``f`` is another affiliation's body, one that would match alone ("Huawei; ZTE":
        ZTE's short form scores below Huawei's name, but the row names both as much)."""
        return bool(f.part.affiliation) and f.part.affiliation != top.part.affiliation and f.hit.score >= self.threshold

    def _candidate(self, f: _Found, top: _Found, chosen: _Found | None, ties: list[_Found]) -> Candidate:
        iri = f.hit.name.iri
        if chosen is not None and f is chosen:
            why = "chosen: " + _explain(f)
        elif f is top or f in ties:
            why = (
                "not chosen: as good a fit as another entity (ambiguous)"
                if ties
                else f"not chosen: score {f.hit.score:.2f} is below the threshold {self.threshold:.2f} ({_explain(f)})"
            )
        else:
            why = f"not chosen: a weaker fit ({f.hit.score:.2f} against {top.hit.score:.2f}): {_explain(f)}"
        return self._make_candidate(iri, f.hit.score, f.hit.how, f.hit.name.text, f.hit.differs, why)

    def _no_match(self, name: str, text: str, rejected: dict[str, str]) -> Match:
        near = []
        seen = set(rejected)
        for other in self.index.neighbours(text, self.top):
            if other.iri in seen:
                continue
            seen.add(other.iri)
            why = "not chosen: " + _word_difference(text, other.text)
            near.append(self._make_candidate(other.iri, 0.0, "shares words", other.text, (), why))
            if len(near) == self.top:
                break
        candidates = self._rejected(rejected, 0) + tuple(near)
        others = self._short_form_of_another(*abbreviated) if (abbreviated := _abbreviated(text)) else ()
        candidates = others + candidates
        if rejected:
            explanation = "the name fits only entities in another country: " + "; ".join(rejected.values())
        elif others and abbreviated:
            short, named = abbreviated
            explanation = (
                f"no name in the graph matches '{named}', and '{short}' is given as its short form, so it is not "
                f"read alone (in the graph, '{short}' is the abbreviation of {', '.join(c.label for c in others)})"
            )
        elif _CODE_ALONE.match(text):
            explanation = (
                f"'{text}' is a unit's code with no army named: other armies number their units too, so it is not "
                "read as the PLA's (a row naming the army, 'Unit 61398 of the PLA', or 61398部队, is a possible match of it)"
            )
        elif near:
            explanation = f"no name in the graph matches '{text}'; nearest: {near[0].label} ({near[0].why[len('not chosen: ') :]})"
        else:
            explanation = f"no name in the graph matches '{text}' or shares a distinctive word with it"
        return Match(name, NO_MATCH, 0.0, None, (), explanation, None, candidates)

    def _short_form_of_another(self, short: str, name: str) -> tuple[Candidate, ...]:
        """The graph's bodies of a short form the row gives for a name of its own, as candidates
        not chosen (a user sees whom the row would have matched, and why it does not)."""
        why = f"not chosen: '{short}' is its abbreviation, but the row gives it as the short form of '{name}', which is not its name"
        return tuple(
            self._make_candidate(hit.name.iri, 0.0, "abbreviation of another name", hit.name.text, (), why)
            for hit in self.index.abbreviation(short)[: self.top]
        )

    def _rejected(self, rejected: dict[str, str], already: int) -> tuple[Candidate, ...]:
        return tuple(
            self._make_candidate(iri, 0.0, "country differs", self._label(iri), (), "not chosen: " + why)
            for iri, why in sorted(rejected.items())[: max(0, self.top - already)]
        )

    def _make_candidate(
        self, iri: str, score: float, how: str, matched: str, differs: tuple[str, ...], why: str
    ) -> Candidate:
        entity: Entity = self.graph.entities[iri]
        return Candidate(iri, entity.label, entity.label_zh, entity.kind, score, how, matched, differs, why)

    def _label(self, iri: str) -> str:
        return self.graph.entities[iri].label


def written_country(name: str) -> str | None:
    """The country a name gives in brackets or after a comma ("National Defense University
    (USA)", "..., Islamabad, Pakistan"): where the row's body is, as a country column would say."""
    m = _BRACKETS.match(name)
    # (a bracket's whole may be a city: "Northeastern University (Boston)"; a name's first segment is the body's)
    pieces = [(m["inside"], 0), (f"{m['before']} {m['after']}", 1)] if m else [(name, 1)]
    codes = [code for piece, first in pieces for code in _segments_countries(_SEGMENTS.split(piece), first) if code]
    # an address ends with its country: "Fremont, CA, USA" (CA: California, not Canada); a row of
    # several affiliations may give one country each
    if (
        len(set(codes)) > 1
        and len(_AFFILIATIONS.split(name)) == 1
        and (last := _segments_countries(_SEGMENTS.split(name), 1)[-1])
    ):
        return last
    return codes[0] if len(set(codes)) == 1 else None


def _segments_countries(segments: list[str], first: int, *, spelt_as_pinyin: bool = False) -> list[str | None]:
    """The country each segment of a name gives: a country's name or its armed forces', or from
    the ``first`` segment on a city abroad that ends the address, a country or its state's code
    after it or nothing ("..., Dhaka", "..., Boston, MA": a US state's code after a US city is the
    US, not Morocco; forty-ninth session). A city elsewhere, or one of a person's name, may be a
    surname or a given name ("..., Brown, David": David, Panama), and a short form a city's name
    ("HIT": Hit, Iraq): none is read so. A city spelt in pinyin's syllables ("Haifa") is read
    where ``spelt_as_pinyin`` says so: only as a body's own place, never as the row's country."""
    codes: list[str | None] = [(country_code(s) or _armed_forces_of(s)) if s else None for s in segments]
    for k in range(max(first, 1), len(segments)):
        if city_in_the_us(segments[k - 1], segments[k]):
            codes[k] = "US"
            if k - 1 >= first and not codes[k - 1]:  # (the city's too: "Pasadena, CA")
                codes[k - 1] = "US"
    for k in range(first, len(segments)):
        segment = segments[k].strip()
        if not codes[k] and segment and not n.looks_like_abbreviation(segment) and all(codes[k + 1 :]):
            persons = (segment, f"{segments[k - 1].strip()}, {segment}" if k else segment)
            if not any(map(is_a_persons_name, persons)):
                codes[k] = city_abroad(segment) or (_bodys_own_city(segment) if spelt_as_pinyin else None)
    return codes


def _bodys_own_city(segment: str) -> str | None:
    """The country of a city that is read only as the place of a body the graph places in that
    country, never as the row's: a city abroad spelt in pinyin's syllables ("Haifa"; fiftieth
    session), or a city in China under another spelling than its pinyin ("Nanking": CN; fiftieth
    session's second pass)."""
    return city_spelt_as_pinyin(segment) or ("CN" if old_spelling_in_china(segment) else None)


def _cities_abroad_after(segments: list[str], places: list[str]) -> tuple[list[str], str]:
    """The segments after the name's first that name a city abroad ending the address, a country
    or a US state's code after it or nothing ("..., London", "..., Pasadena, CA"), which are not
    places already, and their country where they say one: cities ``_segments_countries`` reads
    (forty-ninth session's second pass). A city spelt in pinyin's syllables is one here too
    ("Technion – Israel Institute of Technology, Haifa"): the part before it is found only where the
    graph places its body in that city's country, so after a Chinese body's name ("Southeast
    University, Haifa") the row reads as before (fiftieth session)."""
    if all(s in places for s in segments[1:]):
        return [], ""
    codes = _segments_countries(segments, 1, spelt_as_pinyin=True)
    cities = {
        s: code for k, (s, code) in enumerate(zip(segments, codes, strict=True)) if k and code and s not in places
    }
    # (cities of two countries say neither: none is set aside)
    return (list(cities), next(iter(cities.values()))) if len(set(cities.values())) == 1 else ([], "")


#: the words an army, a navy or a country's armed forces end their names with
_FORCES = re.compile(
    r"(?i)\b(?:army|navy|air\s+force|armed\s+forces|(?:(?:self|national)[-\s])?defen[cs]e\s+forces?)\W*$"
)


def _armed_forces_of(segment: str) -> str | None:
    """The country whose armed forces a segment names by the country's name before their own
    ("..., Vietnam People's Army", "(Japan Ground Self-Defense Force)", "General Staff Department of
    the Vietnam People's Army"): the row's country, as "(Vietnam)" would be (a possible match of the
    PLA's department of that name before)."""
    if not _FORCES.search(segment):
        return None
    written = re.split(r"(?i)\s+of\s+(?:the\s+)?", segment)[-1].split()  # the forces' own name
    if len(written) < 2:
        return None
    # a "People's" army is a people's republic's: "Korean People's Army" is the DPRK's, not the ROK's
    peoples = "peoples" in n.words(segment)

    def country_of(name: str) -> str | None:
        return (peoples_republic(name) if peoples else None) or country_code(name)

    found = next((code for k in (1, 2, 3) if k < len(written) and (code := country_of(" ".join(written[:k])))), None)
    # or by the country's adjective ("Russian Armed Forces", "Indonesian National Armed Forces",
    # "Vietnamese People's Army"): the country's name it is made of ("Chinese" makes none)
    first = written[0]
    stems = (first[:-1], first[:-3]) if first.endswith(("n", "i")) or first.endswith("ese") else ()
    return found or next((code for stem in stems if len(stem) > 3 and (code := country_of(stem))), None)


def _without_identifiers(name: str) -> tuple[str, str]:
    """The name without the registration numbers, references and stock codes beside it, with what
    was set aside, said ("" if nothing was)."""
    ids = [m.group().strip() for m in _IDENTIFIERS.finditer(name)]
    read = tidied(_IDENTIFIERS.sub(" ", name))
    aside = ", ".join(f"'{i}' (a registration number, grant, reference or stock code)" for i in ids)
    return (read if read else name), aside


def _addressee(read: str) -> str:
    """The name whose country the row gives (read without identifiers): not the body it is sent through."""
    return CARE_OF.split(read)[0] or read


def _only_generic(text: str) -> bool:
    """A name whose words only say what kind of body it is, or where (never Chinese)."""
    if n.has_chinese(text):
        return False
    words = n.tokens(text)
    return not words or all(n.is_generic(w) or w in COUNTRIES for w in words)


def _is_place_segment(text: str) -> bool:
    """An address part: a country, or places ("Chongqing", "Hubei Province", "Beijing 100871")."""
    segments = [s for s in _SEGMENTS.split(text) if s]
    if len(segments) > 1:
        return all(map(_is_place_segment, segments))
    words = [w for w in n.tokens(text) if not w.isdigit()]
    if n.has_chinese(text) and not words and n.is_chinese_place(re.sub(r"[\d\s]", "", text)):
        return True  # "北京 100081", 杭州市
    return country_code(text) is not None or _is_street_address(text) or _is_region(words)


def _is_region(words: list[str]) -> bool:
    """Places, or a region of China named by its direction ("Hubei Province", "East China", as
    "China University of Petroleum (East China)" writes its campus: no name of its own to look up)."""
    in_china = [n.is_place(w) or COUNTRIES.get(w) == "CN" for w in words]
    return (
        0 < len(words) <= 3
        and all(here or w in _PLACE_WORDS or w in COMPASS for w, here in zip(words, in_china, strict=True))
        and any(in_china)
    )


#: the words of an army's unit, whose code is no house number ("61398 Troops")
_ARMY_UNIT_WORDS = frozenset({"unit", "units", "troop", "troops", "brigade", "regiment", "corps", "detachment"})
#: a house number and a street's name: "2 Sipailou", "No. 5 Yiheyuan"
_HOUSE_NUMBER = re.compile(r"(?i)^\s*(?:no\.?\s*)?\d{1,4}[a-z]?(?:-\d{1,4})?\s+[^\W\d_]")


def _is_street_address(text: str) -> bool:
    """A street address, an address part no body is named after: a street word and a number ("37
    Daoyi South Avenue", "Room 301", "P.O. Box 123"), a street's English name ("Xueyuan Road"),
    or a house number and a street's name ("2 Sipailou"); not a body's, a part's or a unit's name
    ("No. 38 Research Institute", "61398 Troops")."""
    words = n.words(text)
    forms = {n.word_form(w) for w in words}
    if not words or len(words) > 8 or forms & (BODY_KINDS | UNIT_HEADS | _ARMY_UNIT_WORDS):
        return False
    if STREET_WORDS & set(words) and (any(w[0].isdigit() for w in words) or words[-1] in STREET_ENDINGS):
        return True
    return bool(_HOUSE_NUMBER.match(text)) and len(words) <= 4


def _is_unit(text: str) -> bool:
    """The name of a part of a body: "School of Automation", "Key Laboratory of ...", and one led by
    the short form of the body that accredits it ("MOE Key Laboratory of ...", "CAS Key Lab ...")."""
    written = text.split()
    if len(written) > 2 and _is_abbreviation(written[0]):
        written = written[1:]
    words = n.words(" ".join(written))
    return len(words) > 1 and n.word_form(words[0]) in UNIT_HEADS


#: a team's, a part's or a body's kind among a role's own words, which names no body
#: ("Group leader", "University president": ``Matcher._names_a_body_before_a_role``)
_KINDS_BEFORE_A_ROLE = ROLE_WORDS_OF_A_TEAM | BODY_KINDS
#: what a body's own word stands beside in its name ("Tsinghua University", "Sinopec Group"),
#: where a field's word stands with a place or other words ("China National Nuclear Corporation")
_A_BODYS_OWN_WORD_BESIDE = BODY_KINDS | LEGAL_FORMS

#: a laboratory's or a centre's kind, the last word before "of" of a name whose first word marks
#: no part ("Engineering Laboratory of ...", "Engineering Research Center of ...")
_ACCREDITED_KINDS = frozenset({"laboratory", "centre"})
_OF = re.compile(r"(?i)\s+of\s+")


def _a_laboratory_by_its_kind(text: str) -> bool:
    """Whether a name is a laboratory's or a centre's by the word before its "of" ("Engineering
    Research Center of Smart Grids"), read as a part's only before the ministry that accredits it
    and a body after that (``_accredited_by_kind``, ``Matcher._a_part_and_its_body``)."""
    of = _OF.search(text)
    words = n.words(text[: of.start()]) if of else []
    return len(words) > 1 and n.word_form(words[-1]) in _ACCREDITED_KINDS


def _accredited_by_kind(segments: list[str]) -> list[str]:
    """The segments that are a laboratory's or a centre's name by its kind, each before the
    ministry that accredits it and a body's name after that ("Engineering Laboratory of ...,
    Ministry of Industry and Information Technology, <University>"): no body of its own there."""
    return [
        segment
        for segment, ministry, _body in zip(segments, segments[1:], segments[2:], strict=False)
        if _is_ministry(ministry) and _a_laboratory_by_its_kind(segment)
    ]


def _with_pla_prefix(text: str) -> list[_Part]:
    """A Chinese name with the PLA's prefix of its schools' and institutes' names, which they are
    as often written without (国防科技大学 for 中国人民解放军国防科技大学). Not the other way: a
    name with the prefix is the PLA's, not a civilian body's of the same name without it."""
    characters = n.chinese(text)
    if n.tokens(text) or len(characters) < 4 or characters.startswith(PLA_ZH):
        return []  # a name in two scripts is looked up by its halves; a short one is a word
    note = f"read with the leading '{PLA_ZH}' its name is often written without"
    return [_Part(PLA_ZH + characters, note, at_most=SCORES["Chinese alias"])]


def _abbreviated(text: str) -> tuple[str, str] | None:
    """A bracketed short form and the name before it that it abbreviates ("Czech Academy of
    Sciences (CAS)"): the name says which body the row means, and the short form alone would be
    the graph's body of that abbreviation (not read alone). None for a name of a part ("Institute
    of Automation (CAS)": the bracket then names the body it is part of) or of generic words."""
    m = _BRACKETS.match(text)
    if not m or not _is_abbreviation(inside := m["inside"].strip()):
        return None
    # the name it abbreviates is the last one before it, or one it is the initials of before a
    # place ("Birla Institute of Technology, Mesra (BIT)")
    segments = _SEGMENTS.split(m["before"])
    named = next((s for s in reversed(segments) if len(n.tokens(s)) > 1 and _initials_of(inside, s)), segments[-1])
    if _initials_of(inside, named) and len(n.tokens(named)) > 1:
        return inside, named  # a name of generic words and places too: "National Taiwan University (NTU)"
    if not _is_a_name(named):
        return None
    # "Shenzhen Institutes of Advanced Technology (CAS)": an institute's name, and a short form
    # that is not its initials, is the body it belongs to
    part_like = any(n.word_form(w.removesuffix("s")) in UNIT_HEADS for w in n.words(named))
    return None if part_like else (inside, named)


def _part_or_person(before: str) -> str:
    """What a name before a body's and a comma is said to be: a person's ("John Smith, Tsinghua
    University"), a degree the body gave ("PhD, Harbin Institute of Technology": forty-eighth
    session) or a part's ("Political Department, ...")."""
    if is_a_persons_name(before):
        return "a person's name"
    return "a degree" if re.sub(r"[\s.]", "", before).casefold() in DEGREES else "a part of it"


def _a_surname_with_its_given_name(segments: list[str]) -> list[str]:
    """Segments before a body's name, a surname and the given name after it as one ("Smith",
    "John": "Smith, John", a person's name, not two parts)."""
    joined: list[str] = []
    for segment in segments:
        if joined and is_a_persons_name(f"{joined[-1]}, {segment}") and not is_a_persons_name(joined[-1]):
            joined[-1] = f"{joined[-1]}, {segment}"
        else:
            joined.append(segment)
    return joined


def _part_then_body(part: str, body: str) -> bool:
    """Whether "<part>, <body>" names a part of a body ("Political Department, Harbin Institute of
    Technology"; not "China Electronics Technology Group Corporation, 38th Research Institute",
    whose first name is the larger body's, nor "Beihang University, Hangzhou Innovation Institute")."""
    words = [n.word_form(w) for w in n.words(part)]
    # (the body by its short form too, after a part's name of two words or more: "The First
    # Affiliated Hospital, USTC", "Zhongshan Institute, UESTC"; not "AMS, PLA": two bodies)
    named = _names_a_body(body) or (_is_abbreviation(body.strip()) and len(words) > 1)
    # (a hospital's name may hold "University": "West China Second University Hospital, Sichuan University")
    return named and (not TOP_BODY_KINDS & set(words) or words[-1:] == ["hospital"])


def _names_a_body(text: str) -> bool:
    """Whether a text names a body of its own ("Macau University of Science and Technology",
    "Bank of China", "Maxwell Air Force Base, Alabama"): a word of a body's kind, not in a place."""
    segments = [s for s in _SEGMENTS.split(text) if not _is_place_segment(s)]
    return any(n.word_form(w) in BODY_KINDS for s in segments for w in n.words(s)) or any(
        n.chinese(s).endswith(_ZH_BODIES) for s in segments
    )


def _spelt_out(text: str) -> tuple[str, str] | None:
    """A short form followed by the name it stands for, in brackets or after a dash or colon, "AMS
    (American Mathematical Society)", "CAS – Czech Academy of Sciences": the short form and the
    name, which says which body the row means (the short form alone would be the graph's body of
    it: thirty-ninth session, such rows matched the Academy of Military Science, Nanyang
    Technological University, Tianjin University, ...); else None."""
    m = _BRACKETS.match(text)
    if m is not None and not m["after"].strip():
        short, name = m["before"].strip(), m["inside"].strip()
    elif dash := _SPELT_AFTER_DASH.match(text):
        short, name = dash["short"], dash["name"].strip()
    else:
        return None
    return (short, name) if _is_abbreviation(short) and len(n.tokens(name)) > 1 and _initials_of(short, name) else None


_SPELT_AFTER_DASH = re.compile(r"\s*(?P<short>[^\s–—:-]+)\s*(?:[–—:]|\s-)\s*(?P<name>.+)")


def _initials_of(short: str, name: str) -> bool:
    """Whether a short form's letters are initials of a name's words, in order ("CAS": Czech
    Academy of Sciences; "SIAT": Shenzhen Institutes of Advanced Technology)."""
    initials = iter(w[0] for w in re.split(r"[\s\-]+", name.upper()) if w)
    return all(letter in initials for letter in re.sub(r"[^A-Z]", "", short.upper()))


def _is_abbreviation(text: str) -> bool:
    """A short form written in capitals ("CAS", "NUDT", "A&M"), not a word or a name."""
    letters = re.sub(r"[&.\-]", "", text.strip())
    return (
        2 <= len(letters) <= 10 and letters.isalnum() and sum(c.isupper() for c in letters) >= 2 and letters.isupper()
    )


def _is_a_name(text: str) -> bool:
    """A body's name of its own, of two words or more: not only generic words or places, nor the
    name of a part."""
    return len(n.tokens(text)) > 1 and not _only_generic(text) and not _is_place_segment(text) and not _is_unit(text)


def _is_ministry(text: str) -> bool:
    words = n.words(text)
    return (bool(words) and n.word_form(words[0]) == "ministry") or text.strip() in ("MOE", "MIIT")


def _parts(text: str) -> list[_Part]:
    """The name whole, then the parts worth trying alone, each with a note saying what was set aside;
    a row of several affiliations, each one's parts (two entities found are then a tie)."""
    affiliations = _affiliations(text)
    if len(affiliations) < 2:
        return _parts_of_one(text)
    # "Tsinghua University; Wang, Fang": a person's name surname first, which no body's is, beside
    # the one affiliation (forty-sixth session; one of two affiliations before)
    people = [a for a in affiliations if "," in a and is_a_persons_name(a)]
    if len(affiliations) - len(people) == 1 and people:
        (body,) = (a for a in affiliations if a not in people)
        aside = ", ".join(f"'{p}' (a person's name)" for p in people) + " set aside"
        return [_Part(text, "")] + [
            replace(part, note="; ".join(filter(None, (part.note, aside)))) for part in _parts_of_one(body)
        ]
    note = f"one of the {len(affiliations)} affiliations the row gives"
    return [_Part(text, "")] + [
        replace(part, note="; ".join(filter(None, (note, part.note))), affiliation=affiliation)
        for affiliation in affiliations
        for part in _parts_of_one(affiliation)
    ]


def _affiliations(text: str) -> list[str]:
    """The affiliations a row gives: separated by semicolons, else two bodies' names or more joined
    by "and" or "&" ("Zhejiang University and Westlake University", "Tsinghua University & MIT")."""
    by_semicolon = [a for a in _AFFILIATIONS.split(text) if a and not _is_place_segment(a)]
    return by_semicolon if len(by_semicolon) > 1 else _joined_bodies(text)


def _joined_bodies(text: str) -> list[str]:
    """The names of bodies "and" joins, cut at the last "and" with a body's name on either side (a
    name's own "and" has none after it: "University of Science and Technology of China", "Nanjing
    University of Aeronautics and Astronautics"), and no comma before it (a part's name goes on:
    "Institute of Optics, Fine Mechanics and Physics, Chinese Academy of Sciences")."""
    for cut in reversed(list(_AND.finditer(text))):
        left, right = text[: cut.start()], text[cut.end() :]
        if not _SEGMENTS.search(left) and _one_body(left) and _one_body(right):
            return [*_joined_bodies(left), right]
    return [text]


def _one_body(text: str) -> bool:
    """Whether a text names one body: a short form, or a name of two words or more with a body's
    kind among them that is not a part's ("School of Electronics" is a part)."""
    return _is_abbreviation(text.strip()) or (len(n.tokens(text)) > 1 and _names_a_body(text) and not _is_unit(text))


def _parts_of_one(text: str) -> list[_Part]:
    parts = [_Part(text, "")]
    if split := _part_of_body(text):  # "Zhongnan Hospital of Wuhan University" as "Zhongnan Hospital, Wuhan University"
        return [*parts, *_parts_of_one(split)]
    if (spelt := _spelt_out(text)) is not None and not _BRACKETS.match(text):
        return [*parts, _Part(spelt[1], f"the name '{spelt[0]}' stands for")]  # "NUDT: National University of ..."
    m = _BRACKETS.match(text)
    if m and m["inside"].strip():
        outside = f"{m['before']} {m['after']}".strip()
        inside = m["inside"].strip()
        # (not a short form the bracket spells out, "AMS (American Mathematical Society)": see ``_spelt_out``)
        if outside and _spelt_out(text) is None:
            parts.append(_outside_brackets(outside, inside, m["after"]))
        # "Key Laboratory of ... (Ministry of Education), <University>": the laboratory's ministry,
        # not an organisation the row may mean (as after a comma, below)
        # "Czech Academy of Sciences (CAS)": the short form of the name before it, which says which
        # body the row means; alone, it would be the graph's body of that abbreviation
        named = _SEGMENTS.split(m["before"])[-1]
        abbreviates = _abbreviated(text) is not None  # (the name it abbreviates is ``named``)
        ministry = _is_ministry(inside) and _is_unit(named)
        # "（中国人民解放军）国防科技大学": the prefix of the PLA's schools' names, not the PLA itself
        pla_prefix = n.chinese(inside) == PLA_ZH and n.has_chinese(outside)
        if not _is_place_segment(inside) and not (ministry or abbreviates or pla_prefix):
            if _company_then_another(m["before"], inside):
                why = f"the bracketed '{inside}' after a company's name of its own: its group, owner or customer?"
                parts += _bracketed(_Part(inside, why, doubtful=True))
            else:
                before = f"; '{outside}' (a person's name) set aside" if is_a_persons_name(outside) else ""
                parts += _bracketed(_Part(inside, f"the bracketed '{inside}'{before}"))
        if abbreviates and named != outside:
            parts.append(_Part(named, f"the name '({inside})' abbreviates; '{m['after'].strip(' ,;')}' set aside"))
    if n.has_chinese(text) and n.tokens(text):
        parts.append(_Part(n.chinese(text), "its Chinese characters"))
        latin = re.sub(r"[\u3400-\u9fff\uf900-\ufaff（）()]+", " ", text).strip()
        if latin:
            parts.append(_Part(latin, "its Latin letters"))
    segments = [
        s
        for s in _SEGMENTS.split(parts[1].text if len(parts) > 1 and parts[1].note.endswith("set aside") else text)
        if s
    ]
    if len(segments) > 1:
        places = [s for s in segments if _is_place_segment(s)]
        abroad, here = _cities_abroad_after(segments, places)
        places += abroad
        units = [s for s in segments if _is_unit(s) and s not in places]
        units += [s for s in _accredited_by_kind(segments) if s not in units]
        # "Key Laboratory of ..., Ministry of Education, <University>": the ministry that accredits
        # the laboratory, part of its name, not an organisation the row may mean
        ministries = [s for before, s in itertools.pairwise(segments) if before in units and _is_ministry(s)]
        rest = [s for s in segments if s not in places and s not in units and s not in ministries]
        aside = [
            *(f"'{u}' (a part of it)" for u in units),
            *(f"'{m}' (the ministry of the laboratory or school before it)" for m in ministries),
            *(f"'{p}' ({'an address' if _is_street_address(p) else 'a place'})" for p in places if p not in abroad),
            *(f"'{p}' (a city in {here})" for p in abroad),
        ]
        if rest and aside:
            note = ", ".join(aside) + " set aside"
            # "Univ Elect Sci & Technol China, Zhongshan Inst, Zhongshan 528402": a college of its own
            # after the university, as the databases write it, makes each of its parts doubtful
            own = [r for r in rest if len(rest) > 1 and _college_of_its_own(r, ", ".join(rest))]
            if own:
                note += f"; '{own[0]}' with it: a campus, or a college of its own that bears its name"
            # a city abroad set aside is the body's place only where the graph places it there
            # ("Imperial College London, London"; forty-ninth session's second pass)
            parts.append(_Part(", ".join(rest), note, doubtful=bool(own), country=here))
            # "PLA Information Engineering University, Zhengzhou": the army's name set aside here too
            parts += [replace(p, note=f"{note}; {p.note}") for p in _army_parts(", ".join(rest))]
            if len(rest) > 1:
                parts += [_Part(r, note, doubtful=bool(own), country=here) for r in rest]
        elif len(rest) > 1 and _part_then_body(", ".join(rest[:-1]), rest[-1]):
            # "Cyberspace Security Academy, Sichuan University": the body is the last one named,
            # the names before it its parts (never the graph's bodies of those names alone)
            if own := [r for r in rest[:-1] if _college_of_its_own(r, rest[-1])]:
                why = f"'{own[0]}' before it: a campus, or a college of its own that bears its name"
                parts.append(_Part(rest[-1], why, doubtful=True))
            else:
                note = ", ".join(f"'{r}' ({_part_or_person(r)})" for r in _a_surname_with_its_given_name(rest[:-1]))
                note += " set aside"
                # "Tongji Hospital, TJU": a hospital's or college's body by its short form alone, which
                # medical and other universities share (TJU: Tianjin's and Tongji's), is in doubt
                if short := _is_abbreviation(rest[-1]):
                    note += f"; '{rest[-1]}', its body's short form alone, may be another's"
                parts.append(_Part(rest[-1], note, doubtful=short))
                if cut := _before_its_part(rest[-1]):  # "..., Zhejiang University School of Medicine"
                    parts.append(_Part(cut[0], f"{note}; '{cut[1]}' (a part of it) set aside"))
    if trailing := _trailing_place(text):
        name, place = trailing
        parts.append(_Part(name, f"'{place}' after the name set aside (a campus, or a body of its own)", doubtful=True))
    if run_on := _trailing_country(text):
        name, written, code = run_on
        parts.append(_Part(name, f"'{written}' (its country) set aside", country=code))
    parts += _with_pla_prefix(text) + _army_parts(text) + _in_the_registrys_order(text)
    words = n.words(text)
    if len(words) > 2 and words[-1] in ("china", "prc") and not n.has_chinese(text):
        # with its "of" ("Ministry of Public Security of China"): a name does not end with "of"
        without = re.sub(r"(?i)[\s,]*(\bof\s+(the\s+)?)?(p\.?\s*r\.?\s*)?(china|prc)\W*$", "", text)
        parts.append(_Part(without, "the country set aside"))
    unique, seen = [], set()
    for part in parts:
        if part.text and part.text not in seen:
            seen.add(part.text)
            unique.append(part)
    return unique


def _bracketed(part: _Part) -> list[_Part]:
    """A bracket read as a name, and its own parts when it gives several ("Li Na (Tsinghua
    University, Dept. of EE)": a person's affiliation, its department after it), each in doubt as
    the bracket is."""
    if not _SEGMENTS.search(part.text):
        return [part]
    return [part] + [
        replace(p, note=f"{part.note}; {p.note}", doubtful=p.doubtful or part.doubtful)
        for p in _parts_of_one(part.text)[1:]
    ]


def _in_the_registrys_order(text: str) -> list[_Part]:
    """A body's department, commission or office written after its name the other way round,
    "<department> of <body>" ("Equipment Development Department of CMC", "Joint Staff Department,
    CMC", "... (CMC)"), read as "<body> <department>", as the registry names such parts ("CMC
    Equipment Development Department"): found only where the graph holds that name."""
    m = _ORGAN_OF_BODY.match(text)
    if m is None or len(n.words(m["organ"])) < 2 or not 0 < len(n.words(m["body"])) <= 5:
        return []
    written = f"{m['body'].strip()} {m['organ'].strip()}"
    return [_Part(written, f"read as '{written}', its body's name first", at_most=SCORES["variant"])]


_ORGAN_OF_BODY = re.compile(
    r"(?i)^(?P<organ>.+\b(?:department|commission|committee|office|bureau|division|administration))"
    r"(?:\s*,\s*|\s+of\s+(?:the\s+)?|\s*[(（]\s*(?:the\s+)?)(?P<body>[^,;()（）]+?)\s*[)）]?\s*$"
)


def _outside_brackets(outside: str, inside: str, after: str) -> _Part:
    """The name outside its brackets; a place in brackets within a company's name, before its
    legal form, leaves it in doubt: "CloudWalk Technology (Guangzhou) Co., Ltd.", 曙光信息产业（北京）
    有限公司 are companies registered there under its name (subsidiaries, branches), or itself."""
    if (_is_place_segment(inside) or n.is_chinese_place(inside)) and _ends_with_legal_form(after):
        why = f"'{inside}' in brackets within a company's name (a company of its own there?) set aside"
        return _Part(outside, why, doubtful=True)
    if not _is_place_segment(inside):
        return _Part(outside, f"the name before '({inside})'")
    return _Part(outside, f"'{inside}' in brackets set aside")


def _company_then_another(company: str, bracketed: str) -> bool:
    """Whether a bracket after a company's name with its own legal form names another body: its
    group, owner or customer, or a body the company is known by ("Shanghai Aircraft Manufacturing
    Co., Ltd. (COMAC)", "上海飞机制造有限公司（中国商飞）": a subsidiary, a company of its own; not
    "Zhejiang Dahua Co. Ltd (Dahua)", its own trade name)."""
    if not _ends_with_legal_form(company):
        return False
    if n.has_chinese(bracketed):
        return not n.chinese(company).startswith(n.chinese(bracketed))
    return not set(n.tokens(bracketed)) <= set(n.tokens(company))


def _ends_with_legal_form(text: str) -> bool:
    words = n.words(text)
    return n.chinese(text).endswith(LEGAL_FORMS_ZH) or bool(words and n.word_form(words[-1]) in LEGAL_FORMS)


#: between a part and the body it belongs to, as "of" is ("Huashan Hospital Affiliated to Fudan University")
_PART_OF = re.compile(r"(?i)\s+(?:of|(?:affiliated|attached)\s+(?:to|with))\s+")
#: the last word of a part's name written before "of" and its body's ("Zhongnan Hospital of ...")
_PART_ENDINGS = frozenset({"hospital", "school", "college", "centre", "clinic", "faculty", "department"})


def _before_its_part(text: str) -> tuple[str, str] | None:
    """A university's name and the name of its part after it with no comma ("Zhejiang University
    School of Medicine", "Nanjing University Medical School", "Peking University Third Hospital"),
    as (university, part); None for other words after it."""
    written = text.split()
    for end in range(len(written) - 1, 0, -1):
        head, rest = " ".join(written[:end]), " ".join(written[end:])
        if n.word_form(n.words(head)[-1]) == "university" and _is_part_after_name(rest):
            return head, rest
    return None


def _is_part_after_name(rest: str) -> bool:
    """Whether words after a body's name name a part of it: a school or department ("School of
    Automation"), a hospital or a medical school ("Third Hospital", "Medical School"); not one
    named after a place ("Shenzhen Hospital": a campus's, or a city's run with it)."""
    words = n.tokens(rest)
    medical = words[-1:] == ("hospital",) or words[-2:] in (("medical", "school"), ("medical", "college"))
    return _is_unit(rest) or (medical and not n.is_place(words[0]))


def _part_of_body(text: str) -> str | None:
    """ "<part> of <body>" written as "<part>, <body>", which reads it as a part of the body (see
    ``_part_then_body``): a school, hospital or centre ("Medical School of Nanjing University",
    "The First Affiliated Hospital of Zhejiang University"), or a unit's name ("Key Laboratory of
    Photonics of <university>"), before a university's or academy's name. None for a name whose
    "of" goes on with it ("Harbin Institute of Technology", "University of Science and Technology
    of China": no body's name after it)."""
    for cut in reversed(list(_PART_OF.finditer(text))):  # the last "of" before a body's name
        part, body = text[: cut.start()], text[cut.end() :]
        # (the body's name up to its comma, not a bracket's: "... of Flight Control (Ministry of Education), ...")
        # (the part's own segment: "Tsinghua University, Dept. of EE" has no part "Dept." of a body "EE")
        words = [n.word_form(w) for w in n.words(_SEGMENTS.split(part)[-1])]
        named = re.sub(r"[(（].*", "", _SEGMENTS.split(body)[0])
        body = re.sub(r"(?i)^the\s+(?=[A-Z]{2,}\b)", "", body)  # "... of the CMC": the short form's own article
        named = re.sub(r"(?i)^the\s+(?=[A-Z]{2,}\b)", "", named)
        # (a part's name of two words or more: "College of Physics, ..." is no "College" of "Physics, ...")
        is_part = len(words) > 1 and (_is_unit(part) or words[-1] in _PART_ENDINGS)
        if is_part and (_names_a_body(named) or _is_abbreviation(named)):
            return f"{part}, {body}"
    return None


def _army_parts(text: str) -> list[_Part]:
    """A PLA body's name without the army's name or its service's before or after it, as lists
    write it with or without them."""
    parts = []
    # "PLA Information Engineering University", "People's Liberation Army Naval University of Engineering"
    if (army := _LEADING_ARMY.match(text)) and len(n.words(text[army.end() :])) > 1 and not n.has_chinese(text):
        leading, name = army[0].strip(" -,"), text[army.end() :]
        parts.append(_Part(name, f"the leading '{leading}' set aside"))
        if n.words(leading) != ["pla"]:  # some names keep the PLA's abbreviation: "PLA Army Engineering University"
            parts.append(_Part(f"PLA {name}", f"the leading '{leading}' read as 'PLA'"))
    # "PLA Strategic Support Force Information Engineering University": the school of that service
    if (service := _LEADING_SERVICE.match(text)) and len(n.tokens(text[service.end() :])) > 1:
        parts.append(_Part(text[service.end() :], f"the leading '{service[0].strip()}' (its service) set aside"))
    if school := _SCHOOL_OF_SERVICE.match(text):  # "Engineering University of the Air Force"
        written = (
            f"{_SERVICE_ADJECTIVES.get(' '.join(n.words(school['service'])), school['service'])} {school['school']}"
        )
        parts.append(_Part(written, f"read as '{written}'"))
    # "National Defence University PLA", "... University of the People's Liberation Army"
    if (army := _TRAILING_ARMY.search(text)) and len(n.words(text[: army.start()])) > 1 and not n.has_chinese(text):
        parts.append(_Part(text[: army.start()], f"'{army[0].strip(' ,')}' after the name set aside"))
    return parts


# words of a university's own institutes and colleges named after their city, not an independent
# college's ("Hangzhou Innovation Institute", "Suzhou Institute for Advanced Research", "Shanghai Medical College")
OWN_INSTITUTE_WORDS = frozenset(
    {
        "research",
        "innovation",
        "innovative",
        "advanced",
        "graduate",
        "medical",
        "medicine",
        "study",
        "studies",
        "frontier",
        # (as the databases shorten them: "Hangzhou Innovat Inst", "Shanghai Med Coll")
        "res",
        "innovat",
        "adv",
        "grad",
        "med",
    }
)


def _college_of_its_own(part: str, body: str) -> bool:
    """Whether a name beside a university's names a college of its own, as the Chinese name's
    ``_zh_college_of_its_own``: one named after a place ("Zhuhai College", "City College"), and
    beside a university's name, a college or institute whose name begins with a place ("Ningbo
    Institute of Technology", "Zhongshan Inst", "Xi'an Modern College": independent colleges are
    named so); a school or institute named after its field ("Institute of Automation") is a part."""
    words = n.tokens(part)
    if len(words) < 2 or not (n.is_place(words[0]) or words[0] in CITIES_ALSO_NAMES or words[0] == "city"):
        return False
    if words[-1] == "college" and all(n.is_place(w) or w == "city" for w in words[:-1]):
        return True
    if OWN_INSTITUTE_WORDS & set(words):
        return False  # "Shenzhen Research Institute", "Shanghai Medical College": the university's own
    return bool({"college", "institute"} & set(words[1:])) and "university" in n.tokens(body)


_ZH_PUNCTUATION = "，,、；;：: "
#: an address in Chinese: a province or city (广东省, 北京市) first, or a street's number (万寿路27号)
_ZH_ADDRESS = re.compile(r"^(?P<place>\w{2,3}?)[省市]|\d+号")


def _is_zh_address(rest: str) -> bool:
    """Whether characters after a Chinese name are its address, not a part's or another body's name
    (深圳市龙岗区坂田华为基地, "，北京 100081": a city after a comma; not 深圳研究院, a body of its own,
    北京市分公司, a branch, nor 深圳 with nothing between: a campus, or a body of its own)."""
    if rest[:1] in _ZH_PUNCTUATION and n.is_chinese_place(re.sub(r"[\d\W]", "", rest)):
        return True
    rest = rest.lstrip(_ZH_PUNCTUATION)
    m = _ZH_ADDRESS.search(rest)
    if m is None or rest.endswith(_ZH_BODIES + _ZH_UNITS + ("分公司", "所")):
        return False
    return m["place"] is None or n.is_chinese_place(m["place"])


def _zh_college_of_its_own(rest: str) -> bool:
    """Whether what follows a university's Chinese name names a campus or a college of its own, as
    an independent college bears its founding university's name: a place (北京理工大学珠海学院), a
    city college (浙江大学城市学院), a branch (分校) or a college named after no field of study
    (南京航空航天大学金城学院); not a school or department (计算机学院)."""
    return (
        rest.startswith("城市")
        or "分校" in rest
        or any(n.is_place(n.pinyin_key(rest[:k])) for k in (2, 3))
        or (rest.endswith("学院") and not any(field in rest[:-2] for field in ZH_FIELDS))
    )


def _also_in_taiwan(text: str) -> str:
    """A note for a name in traditional characters that a body in Taiwan also bears (with a part of
    it after: "清華大學電機工程學系"), else ""."""
    characters = n.chinese(text)
    simplified = hanzi.simplified(characters)
    if (
        characters == text.strip()
        and simplified != characters
        and any(simplified.startswith(name) for name in NAMES_ALSO_IN_TAIWAN)
    ):
        return "written in traditional characters, it is also the name of a body in Taiwan (a country column saying China decides)"
    return ""


def _borne_abroad(text: str, index: NameIndex) -> tuple[str, str] | None:
    """For a row whose name bodies of other countries bear too, and which no Chinese place after it
    settles ("National Defense University, Fort McNair"), the name and a note saying whose; else None."""
    text = _part_of_body(text) or text  # "West China Hospital of SCU" as "West China Hospital, SCU"
    m = _BRACKETS.match(text)
    segments = _SEGMENTS.split(m["before"] if m else text)
    # the name after its parts ("Khoury College of Computer Sciences, Northeastern University")
    at = next((i for i in range(1, len(segments)) if _part_then_body(", ".join(segments[:i]), segments[i])), 0)
    name, places = segments[at], segments[at + 1 :]
    # (or the name in brackets: "NDU (National Defense University)")
    name, whose = next(((x, w) for x in (name, m["inside"] if m else "") if (w := _abroad_too(x))), (name, None))
    if whose and n.plain(name) not in _BORNE_ABROAD_PLAIN and index.exact(name):
        return None  # the graph's body's own spelling, not the other's: "Northwestern Polytechnical University"
    in_china = any(n.is_place(w) and COUNTRIES.get(w, "CN") == "CN" for p in places for w in n.words(p))
    # (nor when the row names the body in full beside it, a name no other country's body bears:
    # "CSIC (China Shipbuilding Industry Corporation)", "AMS, Academy of Military Science")
    named = [
        p for p in (*places, m["inside"] if m else "") if BODY_KINDS & set(n.words(p)) and n.key(p) not in _BORNE_ABROAD
    ]
    if whose is None or in_china or named:
        return None
    return name, f"'{name}' is also the name of {whose} (a country column saying China decides)"


def _names_more(f: _Found, name: str) -> bool:
    """Whether the row's part and the graph's name it found both hold ``name`` and words of their
    own ("Equipment Development Department of CMC"; not "National Defense University" found as
    the graph's "PLA National Defence University")."""
    words = set(n.tokens(name))
    return words < set(n.tokens(f.part.text)) and words < set(n.tokens(f.hit.name.text))


def _abroad_too(name: str) -> str | None:
    """Whose else a name is (``NAMES_BORNE_ABROAD``), in English or another language ("Université
    de la défense nationale" is the National Defense University's name in French)."""
    readings = (tuple(sorted(words)) for words in n.foreign_readings(name))
    return _BORNE_ABROAD.get(n.key(name)) or next(filter(None, map(_BORNE_ABROAD_WORDS.get, readings)), None)


_BORNE_ABROAD = {n.key(name): whose for name, whose in NAMES_BORNE_ABROAD.items()}
_BORNE_ABROAD_PLAIN = frozenset(map(n.plain, NAMES_BORNE_ABROAD))
_BORNE_ABROAD_WORDS = {tuple(sorted(n.tokens(name))): whose for name, whose in NAMES_BORNE_ABROAD.items()}
_SHARED_SHORT_FORMS = {n.key(short): whose for short, whose in SHORT_FORMS_SHARED.items()}


def _trailing_place(text: str) -> tuple[str, str] | None:
    """A name followed by a place with no comma or bracket, "Harbin Institute of Technology
    Shenzhen Campus": the name and the place; None when no place follows, or one word is left."""
    if n.has_chinese(text):
        return None
    written = text.split()
    end = len(written)
    while (
        end > 1
        and (words := n.words(written[end - 1]))
        and all(n.is_place(w) or w in _PLACE_WORDS or w in _CAMPUS_WORDS or w in COUNTRIES for w in words)
    ):
        end -= 1
    rest, place = " ".join(written[:end]).rstrip(",;"), " ".join(written[end:])
    if end == len(written) or not any(n.is_place(w) for w in n.words(place)) or len(n.tokens(rest)) < 2:
        return None
    # "Natural Science Foundation of | Zhejiang Province": the place after "of" is the name's own
    # (a province's foundation, not the national one), as a name does not end with "of"
    if n.words(rest)[-1:] and n.words(rest)[-1] in _NAME_GOES_ON:
        return None
    return rest, place


def _trailing_country(text: str) -> tuple[str, str, str] | None:
    """A name followed by a country's name with no comma or bracket ("NTU Singapore", "KAIST
    Korea", "Royal Institute of Technology Sweden"; forty-eighth session's precision audit, a
    possible match before): the name, the country as written and its code; None when no country
    ends the row, or the name goes on into it ("National University of Singapore"). Whether it is
    the body's own country only the graph can say (see ``_Part.country``)."""
    if n.has_chinese(text):
        return None
    written = text.split()
    for k in (3, 2, 1):  # the longest first: "South Korea", not "Korea"
        rest, country = written[:-k], " ".join(written[-k:])
        if not (words := n.words(country)) or words[0] in _NAME_GOES_ON:  # ("... of China": the name's own)
            continue
        if rest and (code := country_code(country)) and not _SEGMENTS.search(country):
            last = n.words(rest[-1])
            if not last or last[-1] in _NAME_GOES_ON or rest[-1].endswith((",", ";", ":")):
                return None  # (after a separator the country is read as a place already)
            return " ".join(rest), country, code
    return None


def _best_per_entity(found: list[_Found]) -> list[_Found]:
    """The best hit for each entity (whole-name hits before parts at equal score), best first."""
    best: dict[str, _Found] = {}
    for f in found:
        iri = f.hit.name.iri
        current = best.get(iri)
        if current is None or (f.hit.score, not f.part.note) > (current.hit.score, not current.part.note):
            best[iri] = f
    return sorted(best.values(), key=lambda f: (-f.hit.score, bool(f.part.note), f.hit.name.iri))


_HOW_TEXT = {
    "exact name": "is its name",
    "alias": "is one of its names, '{name}'",
    "Chinese name": "is its Chinese name",
    "Chinese alias": "is one of its Chinese names, '{name}'",
    "Chinese variant": "is its Chinese name '{name}' in traditional characters",
    "Chinese homophone": "reads as its Chinese name '{name}' in other characters: another name that sounds alike, or a slip of a pinyin keyboard",
    "legal form": "is its name '{name}' with another legal form",
    "group's company": "is its name '{name}' as a company's, not a group's (without 'Group', 'Corporation' or 集团): the group's listed company or a subsidiary bearing its name, or the group",
    "company abroad": "is its name '{name}' with another country's legal form: its office or subsidiary there, or another company",
    "variant": "is a variant of its name '{name}'",
    "pinyin": "is the pinyin of its Chinese name '{name}'",
    "technical university": "may be its name in another language: a technical university of a city, as its Chinese name (工业大学) reads",
    "abbreviation": "is its abbreviation, unique in the graph",
    "fuzzy": "is its name '{name}' with a typo",
    "partial name": "is only part of its name '{name}'",
    "numbered unit": "names the same numbered unit of the same body as its name '{name}'",
    "enclosing unit": "names a unit within its name '{name}'",
}


def _explain(f: _Found) -> str:
    hit = f.hit
    text = f"'{f.part.text}' " + _HOW_TEXT.get(hit.how, hit.how + " '{name}'").format(name=hit.name.text)
    if hit.differs:
        text += f" ({'; '.join(hit.differs)})"
    if f.part.note:
        text += f"; {f.part.note}"
    return text


def _word_difference(mine: str, theirs: str) -> str:
    """Why a name that shares words with the input is not it, in words."""
    a, b = n.tokens(mine), n.tokens(theirs)
    only_mine = [w for w in a if w not in b]
    only_theirs = [w for w in b if w not in a]
    reasons = []
    if only_mine:
        reasons.append(f"{', '.join(repr(w) for w in only_mine)} not in its name")
    if only_theirs:
        reasons.append(f"its name has {', '.join(repr(w) for w in only_theirs)}")
    if not reasons:
        reasons.append("the same words in another order")
    return f"'{theirs}': " + "; ".join(reasons)

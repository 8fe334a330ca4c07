"""loaders: rules on the institution's laboratories and designated disciplines."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from defence_kg.core.namespaces import DKG, ID, vocab
from defence_kg.loading.dates import SAID_FRAME, YEAR, PreciseDate, edtf_literal, find_date
from defence_kg.loading.extraction.context import BULLET, NOT_HELD_NOW, UNIT_AFTER_POSSESSIVE, DocumentContext
from defence_kg.loading.extraction.mentions import (
    PROPER_NAME,
    ZH_NAME_ENDS,
    another_named,
    companies,
    founders_named,
    known_or_new,
    lab,
    other_university_in,
    partner_mentions,
    unregistered_partners,
)
from defence_kg.loading.extraction.names import CJK
from defence_kg.loading.extraction.rules.links import FOUNDING, founded_with_in_its_relative
from defence_kg.loading.extraction.rules.quantities import plan_period
from defence_kg.loading.extraction.text import (
    ABOUT_ITS_PAST,
    RELATIVE_CLAUSE,
    SAID_BETWEEN_COMMAS,
    Gated,
    split_list,
    without_dated_frameworks,
    without_source_at_the_end,
)
from defence_kg.loading.profile_text import Sentence

LAB_ESTABLISHED = re.compile(
    r"\b(?:established|set\s+up|founded|opened)\s+(?:the\s+|a\s+|an\s+)?(?P<focus>defen[cs]e-focused\s+)?"
    r"(?P<name>[A-Z][^,]*?(?:Laborator(?:y|ies)|Lab|Centre|Center)\b"
    r"(?:\s+(?:(?:of|for|on|and)\s+)*[A-Z(\d][^\s,]*)*)"  # words, "(B类)", "2"
    # a relative clause after the tail is about the partner or the laboratory, not read here; ", a
    # Military Key Laboratory" says what it is
    r"(?P<tail>[^,]*?)(?:,\s*which\s+works\s+on\s+(?P<area>.+?)|,\s*(?P<clause>(?:which|who)\b.*)|"
    r",\s*(?P<appositive>(?:a|an|one\s+of)\s+[^,]+?))?\.?$"
)
# between the institution and "established": another clause, whose founding it is ("AU ..., two
# years after CASIC founded ...", "AU grew fast when CETC set up ...")
ANOTHER_FOUNDER = re.compile(r"[,;]|\b(?:after|before|when|while|whereas|than|since)\b")
# a time a sentence opens with: "In 2013, ...", "In March 2013, ...", "On 12 May 2013, ..."
# (not when a report or people said it: "In 2020, a study found that AU set up ...")
LEADING_TIME = re.compile(
    rf"^(?:In|On|By)\s+(?:(?:early|late|mid-?)\s*)?(?:\d{{1,2}}\s+)?(?:[A-Z][a-z]+\s+)?\d{{4}},(?!\s*{SAID_FRAME})"
)
# "... in Hangzhou jointly with CETC": the partner it was established with
ESTABLISHED_WITH = re.compile(r"\b(?:jointly|together)\s+with\s+|^\s*with\s+")
# a partner's phrase before the founder's clause (after a leading time too): "Together with CASC, KAU
# established ...", "In 2015, in partnership with AVIC, KAU set up ..."
PARTNER_FIRST = re.compile(
    r"^(?:In\s+(?:[A-Z][a-z]+\s+)?\d{4},\s+)?(?:[Ii]n\s+(?:[a-z]+\s+)?(?:partnership|cooperation|co-operation|collaboration)|"
    r"[Tt]ogether|[Jj]ointly|[Aa]long)\s+(?P<with>with\s+[^,]{1,80}),"
)
# what a bracket holds, with a bracket of its own in it: "(光学教育部重点实验室（B类）)"
IN_BRACKET = r"(?:[^()（）]|[(（][^()（）]*[)）])*"
LAB_BULLET = re.compile(
    rf"^(?P<bullet>{BULLET.pattern})?(?P<name>[^()（]+?)\s*(?:[(（](?P<zh>{IN_BRACKET})[)）]?)?\s*$"
)
# a remark after a laboratory's name that makes it shared, another's or past: "jointly run with
# CETC", "hosted by Beihang University", "(co-hosted by ...)", "now part of the X Laboratory"
BULLET_REMARK = re.compile(
    r"\b(?:jointly|with|shared|moved|transferred|closed|merged|dissolved|hosted|located|housed|based|"
    r"(?:run|operated|managed)\s+by|part\s+of|hosts|houses|runs|operates|manages|owns)\b",
    re.IGNORECASE,
)
# a note in brackets after a laboratory's name (besides its Chinese name) that makes it another's,
# shared, not (or no longer, or not surely) the institution's: "(co-built with NORINCO)", "(run jointly
# with CETC)", "(planned)", "(under construction)", "(former)", "(until 2016)", "(reportedly)"; not a
# former name ("(former name: X)", "(formerly the X)", "(until 2016 the X Centre)"), nor funding
# ("(with SASTIND funding)", "(co-funded by SASTIND)") or its place ("(co-located with its School of X)")
LAB_NOTE = re.compile(
    r"\b(?:jointly|shared|moved|transferred|closed|merged|dissolved|(?:run|operated|managed|hosted)\s+by|"
    r"part\s+of(?!\s+(?:its|their)\b)|co-(?:built|hosted|run|operated|managed|established|founded|constructed|owned)|"
    r"planned|proposed|pending|under\s+(?:construction|preparation)|in\s+planning|(?:to\s+be|being)\s+(?:built|set\s+up|"
    r"established)|not\s+yet|reportedly|allegedly|former(?:ly)?(?!\s+(?:name|known|called|the)\b)|"
    r"until(?!\s+\d{4}\s+(?:the|called|named|known|as)\b))\b",
    re.IGNORECASE,
)
# the same, in a relative clause right after a laboratory's name in running text: ", which is hosted by CETC"
ELSEWHERE_AFTER = re.compile(
    r",\s*(?:which\s+(?:is\s+|was\s+|has\s+been\s+)?(?:now\s+)?|now\s+)(?:(?:co-)?(?:hosted|run|operated|managed|located|housed|based)\s+"
    r"(?:by|at|in)|closed|merged|dissolved|transferred|moved|part\s+of)\b(?!\s+(?:its|their)\b)"
)
POSSIBLY_ESTABLISHED = re.compile(
    r"\b(?:may|might|could)\s+indicate\s+that\s+the\s+laboratory\s+was\s+established\s+"
    r"(?P<verbatim>(?:in\s+)?either\s+.+?|in\s+.+?)\.?$"
)
APPLICATION_GUIDE = re.compile(
    r"^According to (?P<source>an? [^,]+|the [^,]+),\s+the\s+laboratory\s+accepts\s+"
    r"students\s+(?:working|researching)\s+on\s+(?P<areas>.+?)\.?$"
)
# a count qualifier and the count's precision; "over 3" is a minimum of 4
LAB_COUNT_QUALIFIERS = {
    "at least": "minimum",
    "no fewer than": "minimum",
    "no less than": "minimum",
    "not fewer than": "minimum",
    "not less than": "minimum",
    "a minimum of": "minimum",
    "over": "minimum",
    "more than": "minimum",
    "around": "approximate",
    "about": "approximate",
    "nearly": "approximate",
    "almost": "approximate",
    "approximately": "approximate",
    "some": "approximate",
}


# a count's minimum said as its bound: "at least six", "no fewer than six", "not less than six"
AT_LEAST = r"at\s+least|not?\s+(?:fewer|less)\s+than|a\s+minimum\s+of"


# a laboratory's name in running text: capitalised words (and "of", "and", ...) around "Laboratory"
_WORD = r"[A-Z][\w'’/-]*"
# a bracket holding Chinese
_ZH_BRACKET = r"\s*[(（][^()（）]*[\u3400-\u9fff]"
# ("and" not before another body's clause: "the X Laboratory and Birch University hosts the Y Laboratory")
_ANOTHER_CLAUSE = r"\s+(?:[A-Z][\w'’-]*\s+)+(?:(?:of|for)\s+(?:[A-Z][\w'’-]*\s+)+)?(?:hosts|runs|operates|houses|manages|has|is|was)\b"
_CONNECTOR = rf"(?:of|on|for|and(?!\s+the\b)(?!{_ANOTHER_CLAUSE})|in|the|&|under)"
# a field of the name, capitalised words that are no laboratory's ("Burns", "Combined Injury")
_FIELD = rf"(?!(?:Laboratory|Labs?)\b){_WORD}(?:\s+(?!(?:Laboratory|Labs?)\b){_WORD})*"
# "of Trauma, Burns and Combined Injury (创伤、烧伤与复合伤...)": fields listed with commas are one name
# only where its Chinese name follows (else "of Lasers, Masers and Optics" may be a list of bodies)
_LISTED_FIELDS = rf"\s+(?:of|for|on)\s+(?:the\s+)?{_FIELD}(?:,\s+{_FIELD})+,?\s+and\s+{_FIELD}(?={_ZH_BRACKET})"
_LAB_TAIL = rf"(?:{_LISTED_FIELDS}|\s+(?:of|for|on)\s+(?:the\s+)?{_WORD}(?:\s+(?:{_WORD}|{_CONNECTOR}))*)"
# ("the X Laboratory (of Y)", or "the Laboratory of Y": never "Laboratory" alone)
# (a whole word: not the "Lab" of "Defence Laboratories")
_LAB_WORDS = rf"(?P<name>{_WORD}(?:\s+(?:{_WORD}|{_CONNECTOR}))*?\s+(?:Laboratory|Labs?)\b{_LAB_TAIL}?|(?:Laboratory|Labs?)\b{_LAB_TAIL})"
# and its Chinese name after it; or any bracket after it ("(B类)", "(B-category)")
_CHINESE_AFTER = rf"(?:\s*[(（](?P<zh>[^()（）]*[\u3400-\u9fff]{IN_BRACKET})[)）])?"
_BRACKET_AFTER = rf"(?:\s*[(（](?P<zh>{IN_BRACKET})[)）])?"
LAB_NAME = _LAB_WORDS + _CHINESE_AFTER
HOSTING_VERB = (
    r"(?P<verb>hosts|runs|operates|houses|manages|is (?:also )?home to|has|is (?:also )?the host (?:institution )?of|"
    # the laboratory's 依托单位, "is the supporting institution of the National Key Laboratory of X"
    r"is (?:also )?the supporting (?:institution|unit|organi[sz]ation) (?:of|for)|"
    # its lead institution, which hosts it ("is the lead institution of the X Laboratory")
    r"is (?:also )?the lead (?:institution|unit|organi[sz]ation|university) (?:of|for|behind)|leads|"
    r"is responsible for"
    r"(?: (?:the )?(?:construction|building|running|operation|management) of)?)"
)
# "These include the X Laboratory and ...", after a sentence on the institution's laboratories
THESE_INCLUDE = re.compile(r"^(?:These|They|Those)\s+(?:laboratories\s+)?include\s+")


@cache
def lab_count_pattern(number: str) -> Gated:
    return Gated(
        rf"\b(?:is home to|hosts|has|houses|runs|operates)\s+(?P<q>{AT_LEAST}|over|more than|around|about|nearly|almost|"
        rf"approximately|some)?\s*(?:a\s+total\s+of\s+)?"
        # the words between describe the laboratories: "200 researchers working in defence
        # laboratories" counts researchers (no preposition or verb in -ing between), "18 schools and 3
        # defence laboratories" counts schools (no other count after "and" between; "2 Category 1
        # defence laboratories" is one count) ("national defence science and technology key
        # laboratories": up to six)
        rf"(?P<n>{number})\s+(?:(?!(?:in|at|from|with|of|for|on|by|within)\b|(?:and|or|plus)\s+(?:{number})\b|"
        rf"[\w-]+ing\b)[\w-]+\s+){{0,6}}?"
        rf"(?:laborator(?:y|ies)|labs?\b)(?P<rest>[^.]*)",
        ("lab",),
    )


@cache
def another_count_pattern(number: str) -> re.Pattern[str]:
    # "two X laboratories and three Y laboratories", "2 defence labs in 2019 and 3 in 2020": a
    # second count after the first (searched anywhere in what follows it)
    return re.compile(
        rf"(?:,|\s(?:and|while|but|plus|as\s+well\s+as))\s+(?:{number})\s+(?:(?:[\w-]+\s+){{0,6}}?(?:laborator|labs?\b)|in\s+\d{{4}})",
        re.IGNORECASE,
    )


# a second count's laboratories that may be defence ones too (B-category MOE laboratories are), or its year
MAYBE_DEFENCE_LABS = re.compile(
    r"(?i)defen[cs]e|military|\bMOE\b|ministr(?:y|ial)|B[- ]?category|national\s+key|国防|\bin\s+\d{4}\b"
)
_DEFENCE = r"(?:national[- ])?defen[cs]e"
# "defence" naming the laboratories' kind, not a loose tie to it ("defence-related", "defence-oriented")
_DEFENCE_LABS_WORD = re.compile(
    r"(?<!\bwith\s)defen[cs]e(?![-\s](?:related|linked|oriented|relevant|focused|applicable|links?|ties|connections?)\b)",
    re.I,
)


# a PLA school's "military key laboratories" (军队重点实验室): the kind its defence laboratories are
MILITARY_KEY_LABS = re.compile(r"\bmilitary\s+key\s+lab(?:oratory|oratories|s)?\b", re.IGNORECASE)


@cache
def disciplines_pattern(number: str) -> Gated:
    # "has three designated disciplines with defence characteristics: a, b and c",
    # "has four designated defence research areas", "has two national defence characteristic
    # disciplines", "has two disciplines with national defence characteristics"
    return Gated(
        rf"\b(?P<only>only\s+)?(?P<verb>has|have|had)\s+(?P<only2>only\s+)?(?:(?P<q>{AT_LEAST})\s+)?(?P<n>{number})\s+"
        rf"(?:designated\s+(?:disciplines?\s+with\s+{_DEFENCE}\s+characteristics|"
        rf"(?:national\s+)?defen[cs]e\s+(?:research\s+areas?|disciplines?))|"
        rf"{_DEFENCE}[- ]characteristic\s+disciplines?|"
        rf"disciplines?\s+(?:designated\s+as\s+{_DEFENCE}[- ]characteristic\s+disciplines?|"
        rf"with\s+{_DEFENCE}\s+characteristics)|"
        # "had eight defence disciplines" (in a five-year plan), "has two specialisations in short
        # supply with defence characteristics" (named, not counted: the tracker counts them apart)
        r"(?:national\s+)?defen[cs]e\s+disciplines|"
        rf"(?P<specialisations>speciali[sz]ations?)\s+in\s+short\s+supply\s+with\s+{_DEFENCE}\s+characteristics)"
        rf"(?:(?:(?P<sep>,\s+including|[,:])\s*(?P<list>.+?))?\.?$|(?=\s+and\s+[a-z]))",
        ("designated", "characteristic", "disciplines"),
    )


# what a count of designated fields counts ("nine of AU's disciplines"), and what they are designated
# as: "having (national) defence characteristics", "defence disciplines", "disciplines with defence
# characteristics"
_ITS_FIELDS = r"(?:disciplines|fields\s+of\s+research|research\s+areas)"
_DEFENCE_FIELDS = (
    r"(?:(?:having\s+)?(?:national\s+)?defen[cs]e\s+(?:characteristics|disciplines)|"
    r"(?:disciplines|specialisations|specializations)\s+with\s+(?:national\s+)?defen[cs]e\s+characteristics)"
)


@cache
def designated_as_pattern(number: str) -> Gated:
    # "SASTIND has designated a, b and c as three 'disciplines with national defence characteristics' at X",
    # "Four fields of research at X are officially designated as defence disciplines: a, b and c",
    # "Eight of X's disciplines have been designated as having national defence characteristics"
    quote = r"['‘’\"“”]?"
    return Gated(
        rf"\bdesignated\s+(?P<list>.+?)\s+as\s+(?P<n>{number})\s+{quote}(?:disciplines|specialisations|specializations)"
        rf"\s+with\s+(?:national\s+)?defen[cs]e\s+characteristics{quote}\s+(?:at|for|of)\s+(?P<at>.+?)\.?$|"
        rf"^(?P<n2>(?i:{number}))\s+(?:fields|areas|disciplines)(?:\s+of\s+research)?\s+(?:at|of)\s+(?P<at2>.+?)\s+"
        rf"(?:are|were)\s+(?:officially\s+)?designated\s+as\s+(?:national\s+)?defen[cs]e\s+disciplines"
        rf"(?:[:,]\s*(?P<list2>.+?))?\.?$|"
        rf"^(?P<n3>(?i:{number}))\s+of\s+(?P<at3>.+?)['’]s\s+{_ITS_FIELDS}\s+"
        rf"(?:are|were|have\s+been)\s+(?:officially\s+)?designated\s+as\s+{_DEFENCE_FIELDS}\.?$|"
        # "SASTIND has designated nine of AU's disciplines as having defence characteristics"
        rf"\bdesignated\s+(?P<n4>{number})\s+of\s+(?P<at4>.+?)['’]s\s+{_ITS_FIELDS}\s+as\s+{_DEFENCE_FIELDS}\.?$",
        ("designated",),
    )


@cache
def discipline_approval_pattern(number: str) -> Gated:
    return Gated(
        # "approved 12 disciplines ...", "<Institution> has been approved for (to establish, to host) 10 disciplines ..."
        rf"\b(?:approved(?:\s+(?:for|to\s+(?:establish|set\s+up|build|develop|host|have|offer|run)))?|designated|granted)\s+(?:(?P<q>{AT_LEAST})\s+)?"
        rf"(?P<n>{number})\s+(?:[\w-]+\s+){{0,3}}?"
        rf"(?:disciplines|specialisations|specializations|research areas)\s+"
        # whose, before what they are: "designated five disciplines at AU as having defence characteristics"
        rf"(?:(?:at|of|in)\s+(?:the\s+)?(?P<whom>[^,;]{{1,80}}?)\s+)?"
        rf"(?:with|as\s+having)\s+(?:national\s+)?defen[cs]e\s+characteristics",
        ("characteristics",),
    )


@cache
def owned_lab_count_pattern(number: str) -> Gated:
    # "the university's four major defence laboratories", whatever the sentence's subject
    return Gated(rf"['’]s\s+(?P<n>{number})\s+(?P<kind>(?:[\w-]+\s+){{0,4}}?)laboratories\b", ("laboratories",))


# some of the laboratories counted gone since: "..., one of which was transferred to NUDT in 2015"
_SOME_GONE = re.compile(
    r"\bof\s+(?:which|them|these)\s+(?:was|were|has\s+been|have\s+been)\s+(?:later\s+|since\s+|then\s+)?"
    r"(?:transferred|moved|closed|shut|merged|dissolved|disbanded|handed|removed|downgraded|stripped)\b"
)

# one more laboratory shared with a partner after the count: "two defence laboratories and co-hosts a
# third with CETC", "..., and jointly runs another with CAEP" (whether the count takes it in is not said)
# the laboratories counted are those run with another body: "... jointly with CETC", "... together
# with the PLA Navy", "... in partnership with CASC"
_SHARED_ONES = re.compile(
    r",?\s+(?:(?:jointly|together|in\s+(?:partnership|cooperation|collaboration|conjunction))\s+)?(?:with|alongside)\s"
)
_ONE_MORE_SHARED = re.compile(
    r"(?:,|\band)\s+(?:also\s+)?(?:co-?(?:hosts?|runs?|operates?)|jointly\s+(?:hosts?|runs?|operates?)|shares?)\s+"
    r"(?:a|an|one|another|a\s+(?:second|third|fourth|fifth)|(?:two|three|four)\s+(?:more|others?))\b",
    re.IGNORECASE,
)


def laboratory_count(doc: DocumentContext, s: Sentence) -> bool:
    """ "<Institution> is home to at least two defence laboratories ... research on a, b and c"; or
    "... the university's four major defence laboratories" in a sentence about anything."""
    pattern = lab_count_pattern(doc.words.number)
    m = pattern.search(s.text)
    if not m or not doc.starts_with_subject(s) or doc.possessive(s) or doc.negated_or_hedged(s.text):
        return owned_laboratory_count(doc, s)
    if not doc.said_of_subject(pattern, s):
        return False  # "owns a company that hosts two defence laboratories": another's count
    if m["n"].lower() in ("a", "an"):
        return False  # "hosts a defence laboratory on X": one named by its work, not a count
    # "five laboratories, two of which are defence laboratories", "seven laboratories, including
    # three defence laboratories": seven is not the defence ones' count
    described = re.split(r"\b(?:(?:of|among)\s+(?:which|them|these)|including|such\s+as)\b", m[0])[0]
    if not _DEFENCE_LABS_WORD.search(described) and not MILITARY_KEY_LABS.search(described):
        return False  # (also "twelve defence-related laboratories": not the defence laboratories' count)
    if re.match(rf"\s*(?:or|to|-|–)\s*(?:{doc.words.number})\b", s.text[m.end("n") :], re.IGNORECASE):
        return False  # "eight or nine defence laboratories": no one count
    if (second := another_count_pattern(doc.words.number).search(m["rest"])) and MAYBE_DEFENCE_LABS.search(second[0]):
        return False  # "two national defence key laboratories and three ...": no one count is given
    if _SOME_GONE.search(m["rest"]):
        return False  # "two ..., one of which was transferred to NUDT in 2015": the count it had, not has
    if _ONE_MORE_SHARED.search(m["rest"]):
        return False  # "two defence laboratories and co-hosts a third with CETC": two, or three?
    # (a second count of laboratories of no defence kind leaves the first: "as well as 2 provincial laboratories")
    # those it shares with another body are some of its laboratories: "operates 4 defence laboratories
    # jointly with CETC" (at least four)
    shared = _SHARED_ONES.match(m["rest"]) is not None and not m["q"]
    count = doc.count_node("defence-laboratory-count", *counted(doc, "at least" if shared else m["q"], m["n"]))
    doc.fact(doc.subject, DKG.defenceLaboratoryCount, count, s)
    if areas := re.search(r"\bresearch (?:on|into|in)\s+(.+?)\.?$", m["rest"]):
        # what those laboratories work on, not a research area of the whole institution
        for area in split_list(areas[1]):
            doc.fact(doc.subject, DKG.defenceLaboratoryResearchArea, doc.ctx.concept("topic", area), s)
    return True


# a count among a risk level's reasons: "(for its top-secret credentials,) its four defence
# laboratories and 14 designated defence research areas"
@cache
def reason_count_pattern(number: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?:its\s+)?(?P<q>{AT_LEAST}|over|more\s+than|around|about|some)?\s*(?P<n>{number})\s+(?P<what>.+)",
        re.IGNORECASE,
    )


_REASON_LABS = re.compile(r"(?:[\w-]+\s+){0,5}?defen[cs]e\s+(?:[\w-]+\s+){0,5}?lab(?:oratorie)?s", re.IGNORECASE)
_REASON_AREAS = re.compile(
    r"(?:designated\s+)?(?:national\s+)?defen[cs]e\s+(?:research\s+areas|disciplines)|"
    rf"designated\s+(?:research\s+areas|disciplines(?:\s+with\s+{_DEFENCE}\s+characteristics)?)",
    re.IGNORECASE,
)


def reason_counts(doc: DocumentContext, why: str, s: Sentence) -> None:
    """The institution's counts of defence laboratories and designated research areas that the
    reasons for its risk level give, each item of their list a count and its noun alone."""
    for item in split_list(why):
        m = reason_count_pattern(doc.words.number).fullmatch(item.strip(" ."))
        if m is None or m["n"].lower() in ("a", "an", "one"):
            continue
        if _REASON_LABS.fullmatch(m["what"]):
            count = doc.count_node("defence-laboratory-count", *counted(doc, m["q"], m["n"]))
            doc.fact(doc.subject, DKG.defenceLaboratoryCount, count, s)
        elif _REASON_AREAS.fullmatch(m["what"]):
            count = doc.count_node("designated-discipline-count", *counted(doc, m["q"], m["n"]))
            doc.fact(doc.subject, DKG.designatedDisciplineCount, count, s)


def counted(doc: DocumentContext, qualifier: str | None, number: str) -> tuple[int, str]:
    """A count's value and precision from its qualifier and number: "at least two" (2, minimum);
    "over 3" (4, minimum: more than three is four or more); "some 12" (12, approximate)."""
    qualifier = " ".join((qualifier or "").lower().split())
    value = doc.words.number_of(number) + (1 if qualifier in ("over", "more than") else 0)
    return value, LAB_COUNT_QUALIFIERS.get(qualifier, "exact")


def owned_laboratory_count(doc: DocumentContext, s: Sentence) -> bool:
    """A count of the institution's defence laboratories in a phrase it owns: a name of it (or "the
    university") and "'s" directly before the number."""
    m = owned_lab_count_pattern(doc.words.number).search(s.text)
    if not m or "defen" not in m["kind"].lower() or doc.negated_or_hedged(s.text):
        return False
    owner_ends = {mention.end() for mention in doc.subject_mentions(s.text[: m.start()])}
    n = doc.words.number_of(m["n"])
    if m.start() not in owner_ends or not 1 < n < 1000:
        return False  # another's laboratories, or a year ("the university's 2019 defence laboratories")
    count = doc.count_node("defence-laboratory-count", n, "exact")
    doc.fact(doc.subject, DKG.defenceLaboratoryCount, count, s)
    return True


def lab_established(doc: DocumentContext, s: Sentence) -> bool:
    """ "<Institution> established the X Laboratory in 2012, which works on Y": the lab, its date, area."""
    # (a frame ending it is the sentence's source, no remark on the laboratory: "..., officials said.",
    # "..., Xinhua reported.")
    m = LAB_ESTABLISHED.search(without_source_at_the_end(s.text, "."))
    if not m:
        return lab_founded_in_its_relative(doc, s)
    if not doc.starts_with_subject(s) or doc.possessive(s) or doc.negated_or_hedged(s.text):
        return False
    remark = m["clause"] or m["appositive"]
    if remark and (BULLET_REMARK.search(remark) or doc.in_the_past(remark)):
        return False  # ", which moved to Birch University in 2015", ", a joint venture with CETC": another's, or shared
    # (a frame between commas is the sentence's source, no founder: "AU, officials said, set up ...")
    before = SAID_BETWEEN_COMMAS.sub(" ", RELATIVE_CLAUSE.sub(" ", doc.without_leading_clause(s.text[: m.start()])))
    # (an apposition on the institution's own past names no other founder, and its year is not the
    # laboratory's: "AU, founded in 1952, set up the X Laboratory")
    if (aside := ABOUT_ITS_PAST.search(before)) is not None and not before[aside.end() :].strip():
        before = before[: aside.start()]  # (right before the verb: not "AU, founded in 1952, and CETC set up")
    if doc.in_the_past(m["tail"]) or ANOTHER_FOUNDER.search(before):
        # "...; in 2013 it was transferred to NUDT": a laboratory that went elsewhere; "..., two years
        # after CASIC founded the X Centre": the founding is another's
        return False
    # "A and B established ...", "jointly established", "... with X", "Together with X, A ...": the
    # laboratory of either
    first = PARTNER_FIRST.match(s.text)
    joint = (
        first
        or re.search(r"\bjointly\s+established\b|\bco-?established\b", s.text)
        or ESTABLISHED_WITH.search(m["tail"])
        or len(doc.clause_subjects(s)) > 1
        or (
            re.search(r"\sand\s", doc.main_clause(s)) is not None  # else the names' expression is not needed
            and doc.subject_then(r"(?:\s*\([^)]*\))?\s+and\s+", doc.main_clause(s), clause=True)
        )
    )
    # the year of the founding clause (with what it works on: "..., which works on X in May 2018"),
    # or of a leading time ("In 2013, ..."): not another relative clause's (", which NUDT joined in
    # 2016"), nor another clause's ("After signing an agreement in 2011, ...")
    leading = LEADING_TIME.match(s.text)
    # (nor an agreement's told after it: "... set up the X Laboratory under a 2012 agreement with CSSC")
    date = (
        find_date(without_dated_frameworks(m["tail"]))
        or find_date(m["area"] or "")
        or (find_date(leading[0]) if leading else None)
    )
    area = research_area(m["area"], date)
    found = lab(doc, m["name"], s)
    # "PKU and CAEP established ...": both; "... jointly with CETC": CETC too
    partners = partners_established_with(doc, m["tail"]) + (
        partners_established_with(doc, first["with"]) if first else []
    )
    for founder in dict.fromkeys((doc.clause_subjects(s) or [doc.subject]) + partners):
        doc.fact(found, DKG.establishedBy, founder, s)
    if not joint:  # a laboratory set up with a partner may be hosted by either
        doc.fact(found, DKG.hostedBy, doc.subject, s, certainty="implied")
    doc.hosted.add(found)
    if m["focus"]:
        doc.fact(found, DKG.defenceFocused, Literal(True), s)
    if m["appositive"]:
        doc.fact(found, DKG.description, Literal(m["appositive"], lang="en"), s)
    if area:
        doc.fact(found, DKG.researchArea, doc.ctx.concept("topic", area.strip()), s)
    if date is not None:
        dated_founding(doc, found, date, s)
    if re.match(r"^Following (?:this|the|that) agreement", s.text) and doc.last_agreement:
        doc.fact(found, DKG.establishedFollowing, doc.last_agreement, s)
    return True


LAB_OR_CENTRE = re.compile(r"\b(?:Laboratory|Lab|Centre|Center)\b")
# a founding said in a relative clause, not running it together ("which it runs jointly with")
FOUNDED_IN_CLAUSE = re.compile(rf"\b(?:co-)?{FOUNDING}\b")


def lab_founded_in_its_relative(doc: DocumentContext, s: Sentence) -> bool:
    """ "KAU hosts the X Laboratory, which it co-founded with AVIC in 2011": the laboratory (or centre)
    established by both, in that clause's one year; hosted by neither as far as this sentence
    goes (``SHARED``: one founded with another may be run with it)."""
    if (found := founded_with_in_its_relative(doc, s)) is None or not LAB_OR_CENTRE.search((m := found[0])["name"]):
        return False  # (a laboratory or centre, as ``LAB_ESTABLISHED`` reads: not an institute or academy)
    named = LAB_BULLET.match(m["name"])  # "the X Laboratory (中文名)": its Chinese name apart
    if named is None or not FOUNDED_IN_CLAUSE.search(m["clause"]):
        return False  # "..., which it runs jointly with CNNC": run together, not said to be founded so
    laboratory = lab(doc, named["name"], s, named["zh"] if named["zh"] and CJK.search(named["zh"]) else None)
    for founder in dict.fromkeys([doc.subject, *found[1]]):
        doc.fact(laboratory, DKG.establishedBy, founder, s)
    if len(set(YEAR.findall(m["clause"]))) == 1 and (date := find_date(m["clause"])) is not None:
        dated_founding(doc, laboratory, date, s)
    return True


# what "It" says of the one laboratory the sentence before named: its founding date and founder,
# what it works on ("It was established in 2008 and works on radar.", "It was founded in 1999 by
# CSIC."), whom it is run with ("It is jointly run with CETC"), the whole sentence and nothing else
_FOUNDED = r"(?:established|founded|set\s+up|created|opened)"
_FOUNDED_ON = r"(?P<date>(?:in|on)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)"
_FOUNDER = r"\s+by\s+(?P<by>(?:the\s+)?[A-Z][^,;()]*?|the\s+(?:university|institute|academy|college|school))"
_RUN_JOINTLY = r"(?:jointly\s+(?:run|operated|managed|hosted)|co-(?:run|operated|managed|hosted))"
OF_A_LABORATORY = re.compile(
    rf"It\s+(?:is\s+{_RUN_JOINTLY}\s+(?P<joint>with|by)\s+(?P<runners>[^,;()]+?)\s*\.?$|"
    rf"was\s+{_FOUNDED}\s+{_FOUNDED_ON}(?:{_FOUNDER})?(?:\s+and\s+|\s*\.?$)|\s*)"
    r"(?:(?:(?:works|focuses|concentrates)\s+on|(?:specialises|specializes)\s+in)\s+(?P<area>[^,;()]+?)\s*\.?)?$"
)


# the founding told right after a hosted laboratory's name (and its Chinese name): ", which it set up
# in 2004", ", which was established in 2008", ", set up in 2016,", and under the institution's
# possessive " was set up in 2005"; the clause ends there (not "... in 2004 by CETC", "... with NUDT")
_FOUNDED_BESIDE = Gated(
    rf"(?:\s*[(（][^()（）]*[)）])?(?:,\s*(?:which\s+(?:was\s+|(?P<who>[\w'’ -]+?)\s+)?)?|\s+was\s+|"
    # (after its host, as an aside: "The X Laboratory, (which is) hosted by KAU, was set up in 2004")
    rf",\s*(?:which\s+is\s+)?hosted\s+by\s+(?P<host>[^,;()]+?),\s+was\s+)"
    # (a founder's "and" joins another founder: "... in 2003 by KAU and AVIC")
    rf"{_FOUNDED}\s+{_FOUNDED_ON}(?:{_FOUNDER}(?!\s+and\s+(?:the\s+)?[A-Z]))?\s*(?:[,;.]|$|\s+and\s)",
    ("established", "founded", "set", "created", "opened"),
)


def founding_beside(doc: DocumentContext, s: Sentence, lab_iri: URIRef, name: str) -> None:
    """ "AU hosts the X Laboratory, which it set up in 2004", "AU's X Laboratory was set up in 2005",
    "The X Laboratory, hosted by AU, was set up in 2004": the laboratory's founding date, when the
    sentence names it once and the clause is the institution's (it, its name, a stand-in: not
    "which CETC set up", "... in 2004 by CETC"); its founder too when named after the year ("... in
    2004 by the university")."""
    if s.text.count(name) != 1:
        return
    m = _FOUNDED_BESIDE.match(s.text, s.text.index(name) + len(name))
    if m is None or doc.negated_or_hedged(m[0]):
        return
    if any(m[who] and not _its_own_stand_in(doc, m[who]) for who in ("who", "host")):
        return
    founders = _bodies_named(doc, m["by"]) if m["by"] else []
    if m["by"] and doc.subject not in founders:
        return  # "... in 2004 by CETC": another's founding, as "which CETC set up" is
    if (date := find_date(m["date"])) is not None:
        dated_founding(doc, lab_iri, date, s)
        for founder in founders:
            doc.fact(lab_iri, DKG.establishedBy, founder, s)


def _its_own_stand_in(doc: DocumentContext, who: str) -> bool:
    """ "it", "the university" or a name of the institution, as the subject of a clause on its laboratory."""
    return (
        who == "it"
        or re.fullmatch(r"the\s+(?:university|institute|academy|college|school)", who) is not None
        or (re.fullmatch(doc.subject_pattern(), who) is not None)
    )


def dated_founding(doc: DocumentContext, lab_iri: URIRef, date: PreciseDate, s: Sentence) -> None:
    """The laboratory's ``established`` date."""
    value = doc.value_node(f"{lab_iri.rsplit('/', 1)[-1]}-established")
    doc.fact(lab_iri, DKG.established, doc.ctx.temporal(value, date), s)


def facts_of_it(doc: DocumentContext, s: Sentence, part: URIRef) -> bool:
    """ "AU hosts the X Laboratory. It was established in 2008 and works on radar.": the laboratory's
    founding date (and founder, where named) and its research area; "It is jointly run with CETC":
    the institution's collaboration with CETC, as a laboratory it hosts jointly with CETC is
    (``SHARED``); when "It" can only be that laboratory (``DocumentContext.refers_elsewhere``). Any
    other sentence of that "It" stays unread."""
    m = OF_A_LABORATORY.fullmatch(s.text.strip())
    if m is None or part != doc.last_lab or not (m["date"] or m["area"] or m["joint"]):
        return False
    if doc.negated_or_hedged(s.text):
        return False
    if m["joint"]:
        return _run_jointly(doc, s, m["joint"] == "with", m["runners"])
    founders = _bodies_named(doc, m["by"]) if m["by"] else []
    if m["by"] and not founders:
        return False  # "by former staff": no founder known, and the sentence says nothing else sure
    if m["area"]:
        doc.fact(part, DKG.researchArea, doc.ctx.concept("topic", m["area"]), s)
    for founder in founders:
        doc.fact(part, DKG.establishedBy, founder, s)
    if m["date"] and (date := find_date(m["date"])) is not None:
        dated_founding(doc, part, date, s)
    return True


def _run_jointly(doc: DocumentContext, s: Sentence, with_others: bool, runners: str, certainty: str = "stated") -> bool:
    """ "(It is) jointly run with CETC", "... by AU and CASIC": the institution collaborates with the
    others (none when the institution is not said to be one of those running it)."""
    named = _bodies_named(doc, runners)
    if not named or (not with_others and doc.subject not in named):
        return False
    others = [body for body in named if body != doc.subject]
    for other in others:
        doc.fact(doc.subject, DKG.collaboratesWith, other, s, certainty=certainty)
    return bool(others)


def _bodies_named(doc: DocumentContext, phrase: str) -> list[URIRef]:
    """The institution (a name or a stand-in of it) and the known organisations ``phrase`` consists of."""
    if _its_own_stand_in(doc, phrase.strip()):
        return [doc.subject]
    return list(dict.fromkeys(founders_named(doc, phrase, itself=True)))


def partners_established_with(doc: DocumentContext, tail: str) -> list[URIRef]:
    """The known organisations a laboratory was established "(jointly) with", named right after it."""
    if not (m := ESTABLISHED_WITH.search(tail)):
        return []
    return [iri for start, _, iri in partner_mentions(doc, tail[m.end() :]) if start <= 4]  # "the", not "a unit of"


# a research institute the institution set up with others, named: "AU and AVIC jointly established the
# X Design Institute in 2012", "AU jointly established the X Institute with AVIC" (a laboratory or a
# centre is ``lab_established``'s)
JOINT_INSTITUTE = Gated(
    r"\b(?:jointly\s+(?:established|founded|set\s+up)|co-?(?:established|founded))\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:of|for|on|and)\s+)?[A-Z][\w'’-]*)*?\s+Institute"
    r"(?:\s+(?:of|for|on)\s+[A-Z][\w'’-]*(?:\s+(?:(?:of|and|for)\s+)?[A-Z][\w'’-]*)*)?)(?P<tail>[^;]*)$",
    ("jointly", "co-est", "coest", "co-found", "cofound"),
)


def joint_institute(doc: DocumentContext, s: Sentence) -> bool:
    """A research institute the institution and other known organisations set up together
    (``JOINT_INSTITUTE``): the institute, established by each, in the year the sentence gives. Not
    hedged, denied or past, not another's (the institution among the founders of the clause)."""
    if (m := JOINT_INSTITUTE.search(s.text)) is None or doc.negated_or_hedged(s.text) or doc.in_the_past(m["tail"]):
        return False
    founders = list(dict.fromkeys([*doc.clause_subjects(s), *partners_established_with(doc, m["tail"])]))
    if doc.subject not in founders or len(founders) < 2 or doc.possessive(s):
        return False
    institute = known_or_new(doc, m["name"], DKG.ResearchInstitute, s)
    if institute is None or institute in founders:
        return False
    for founder in founders:
        doc.fact(institute, DKG.establishedBy, founder, s)
    leading = LEADING_TIME.match(s.text)
    if date := find_date(m["tail"]) or (find_date(leading[0]) if leading else None):
        value = doc.value_node(f"{institute.rsplit('/', 1)[-1]}-established")
        doc.fact(institute, DKG.established, doc.ctx.temporal(value, date), s)
    return True


def research_area(area: str | None, date: PreciseDate | None) -> str | None:
    """ "works on X in 2012" -> "X": the date is not part of the area."""
    if area and date:
        area = area.replace(date.verbatim, "").replace(" in ", " ").strip()
        area = re.sub(r"\s+in$", "", area)
    return area


# the lead-in a list of designated disciplines follows: "SASTIND approved 12 disciplines with
# defence characteristics at AU for the 13th five-year plan (2016-2020):"
DISCIPLINES_LEAD_IN = re.compile(
    r"\b(?:disciplines|specialisations|specializations|research areas)\b.*\bdefen[cs]e\b.*:\s*$", re.IGNORECASE
)


# what makes a lead-in's disciplines designated ones outside the designated research areas heading
# (where the heading says so)
DESIGNATED = re.compile(r"\b(?:approved|designated|granted|with\s+defen[cs]e\s+characteristics)\b", re.IGNORECASE)


def discipline_bullet(doc: DocumentContext, s: Sentence) -> bool:
    """A bullet after a lead-in naming the institution's disciplines with defence characteristics
    and ending with a colon: "• Radar engineering (雷达工程)" is one of them. Under the designated
    research areas heading; elsewhere, when the lead-in says they are designated (``DESIGNATED``)."""
    if BULLET.match(s.text) is None or (m := _bullet(s, s.section)) is None:
        return False
    name = m["name"].strip()
    if not re.search(r"[A-Za-z]", name) or name.endswith(".") or len(name) > 120:
        return False
    lead_in = doc.lead_in(s)
    if lead_in is None or not DISCIPLINES_LEAD_IN.search(lead_in.text) or doc.negated_or_hedged(lead_in.text):
        return False
    if s.section != "DRA" and not DESIGNATED.search(lead_in.text):
        return False  # "AU's defence laboratories work in the following research areas:"
    if not _names_it(doc, lead_in.text):
        return False  # another's disciplines
    if doc.in_the_past(lead_in.text) or other_university_in(doc, lead_in.text) or NOT_HELD_NOW.search(lead_in.text):
        return False  # "Until 2015, AU had ...", "... at the North University of China, AU's neighbour, ..."
    doc.fact(doc.subject, DKG.designatedDiscipline, doc.ctx.concept("discipline", name), s)
    return True


# a lead-in by which the institution works with the organisations listed after it, outside the
# international collaborations heading (where the heading says so): "AU's international partners
# include:", "AU collaborates with the following universities:"
PARTNERS_LEAD = re.compile(
    r"^(?:.+?['’]s?\s+(?:[\w-]+\s+){0,2}?(?:partners|collaborators|partner\s+(?:institutions|universities))\s+"
    r"(?:include|are)|.+?\s+(?:collaborates|cooperates|co-operates|works|partners|has\s+partnerships)\s+with\s+"
    r"(?:the\s+following\s+)?(?:[\w-]+\s+){0,2}?(?:universities|institutions|organi[sz]ations|partners|bodies|companies))"
    r"\b[^:]*:$"
)


def _partners_lead(doc: DocumentContext, lead_in: Sentence | None, section: str | None) -> bool:
    """``lead_in`` gives the institution the partners listed after it: under the international
    collaborations heading, any lead-in of its own (or none); elsewhere, one that says it works with
    them (``PARTNERS_LEAD``), naming it."""
    if section == "INT":
        return lead_in is None or doc.lead_in_of_its_own(lead_in)
    text = lead_in.text.rstrip() if lead_in is not None else ""
    return (
        lead_in is not None
        and PARTNERS_LEAD.match(text) is not None
        and _names_it(doc, text)
        and doc.lead_in_of_its_own(lead_in)
    )


# a company's legal form after a comma, which a proper name does not hold: "Kestrel Avionics Co., Ltd."
LEGAL_FORM_AFTER_COMMA = re.compile(r",\s*(?:Ltd|Inc|LLC|Limited)\.?$")


def _partner_bullet(text: str) -> re.Match[str] | None:
    """``text`` as a bulleted line that is an organisation's name."""
    m = LAB_BULLET.match(text)
    if m is None or not m["bullet"]:
        return None
    return m if PROPER_NAME.fullmatch(LEGAL_FORM_AFTER_COMMA.sub("", m["name"].strip())) else None


# a partner's country written beside its name, not in brackets: "• Russia: Moscow Aviation Institute",
# "• Nanyang Technological University, Singapore"
COUNTRY_BEFORE = re.compile(r"^(?P<bullet>[•\-–]\s*)(?P<country>[A-Z][\w .'’-]{2,30}?):\s+(?P<name>.+?)\s*$")
COUNTRY_AFTER = re.compile(r"^(?P<bullet>[•\-–]\s*)(?P<name>.+?),\s+(?P<country>[A-Z][\w .'’-]{2,30}?)\.?\s*$")


def _country_in_brackets(doc: DocumentContext, text: str) -> str:
    """A partner's bullet with its country beside its name written as the tracker brackets it
    ("• Moscow Aviation Institute (Russia)"); any other text as it is."""
    for pattern in (COUNTRY_BEFORE, COUNTRY_AFTER):
        if (m := pattern.match(text)) and m["country"].lower() in doc.words.countries:
            return f"{m['bullet']}{m['name']} ({m['country']})"
    return text


def _leads_in_names(doc: DocumentContext, s: Sentence) -> bool:
    """An organisation's bullet comes right after the lead-in ``s``, in its section."""
    after = doc.adjacent(s, 1)
    return (
        after is not None
        and after.section == s.section
        and _partner_bullet(ALIAS_BRACKET.sub("", after.text)) is not None
    )


def collaboration_bullet(doc: DocumentContext, s: Sentence) -> bool:
    """A bullet that is an organisation's name, "• Nanyang Technological University (Singapore)",
    under the international collaborations heading or after a lead-in saying the institution works
    with them (``_partners_lead``): a partner, known or a university minted with its country; not a
    country, a project or a remark ("..., until 2015"). And such a lead-in (ending with a colon),
    read with them (it states nothing they do not)."""
    text = s.text.rstrip()
    if not _in_a_list(text):
        return False
    if text.endswith(":"):
        return _leads_in_names(doc, s) and _partners_lead(doc, s, s.section)
    line = _country_in_brackets(doc, s.text)
    if (m := _partner_bullet(line)) is None or doc.in_the_past(s.text) or doc.negated_or_hedged(s.text):
        return False
    if not _partners_lead(doc, doc.lead_in(s), s.section):
        return False  # "AU ended its collaborations with the following universities in 2018:"
    partners = _bullet_bodies(doc, s, line, m, unregistered_partners)
    for partner in partners:
        doc.fact(doc.subject, DKG.collaboratesWith, partner, s)
    return bool(partners)


def _bullet_bodies(
    doc: DocumentContext,
    s: Sentence,
    line: str,
    m: re.Match[str],
    mint: Callable[[DocumentContext, str, Sentence], list[URIRef]],
) -> list[URIRef]:
    """The organisation an organisation's bullet names: the known one, else those ``mint`` makes
    of the name onward; never the institution itself."""
    known = doc.organisation_named(m["name"].strip())
    named = [known] if known is not None else mint(doc, line[m.start("name") :], s)
    return [iri for iri in named if iri != doc.subject]


# the 2025 layout's sections whose bullets are organisations tied to the institution, and how: the
# property, and whether the organisation is its subject ("Subsidiaries": each its subsidiary;
# "Technology procurement": each supplies it; "Corporate ties": a tie of no kind named)
SECTION_TIES: dict[str, tuple[URIRef, bool]] = {
    "TIE": (DKG.hasCloseTiesWith, False),
    "SUB": (DKG.subsidiaryOf, True),
    "PRO": (DKG.suppliesTo, True),
}


# a lead-in by which the institution owns the bodies listed after it, under any heading: "AU owns
# the following subsidiary companies:", "AU's subsidiaries include:", "AU oversees the following
# research academies:"
SUBSIDIARIES_LEAD = re.compile(
    r"^(?:.+?\s+(?:has|owns|oversees|controls)\s+the\s+following\s+(?:[\w-]+\s+){0,2}?"
    r"|.+?['’]s?\s+(?:[\w-]+\s+){0,2}?(?=(?:subsidiaries|subordinate\s+\w+)\s+(?:include|are)))"
    r"(?:subsidiaries|(?:subordinate|subsidiary)\s+(?:companies|academies|institutes|enterprises|units)|"
    r"(?:research\s+)?(?:academies|institutes))\b[^:]*:$"
)


def _tie_of_list(doc: DocumentContext, s: Sentence) -> tuple[URIRef, bool] | None:
    """How the organisations of the list ``s`` is a line of are tied to the institution: as its
    section says (``SECTION_TIES``), else each its subsidiary after a lead-in by which it owns them
    (``SUBSIDIARIES_LEAD``, naming it); None for any other line."""
    if (tie := SECTION_TIES.get(s.section or "")) is not None:
        return tie
    text = s.text.rstrip()
    if not _in_a_list(text):
        return None
    lead_in = s if text.endswith(":") else doc.lead_in(s)
    if lead_in is None or not SUBSIDIARIES_LEAD.match(lead_in.text.rstrip()) or not _names_it(doc, lead_in.text):
        return None
    return SECTION_TIES["SUB"]


# a short form in brackets before the Chinese name, on a bullet: "• China Academy of Launch Vehicle
# Technology (CALT) (中国运载火箭技术研究院)", "• First Academy (CASC First Academy) (...)"
ALIAS_BRACKET = re.compile(r"\s*\([A-Z][\w .&'’-]{1,40}\)(?=\s*[(（][^()（）]*[\u3400-\u9fff])")
# a research institute or academy by its name ("China Academy of Space Technology")
RESEARCH_BODY_WORD = re.compile(r"\b(?:Academy|Institute)\b")


def _owned_bodies(doc: DocumentContext, text: str, s: Sentence) -> list[URIRef]:
    """The bodies a subsidiary's bullet names from its name on: companies (``companies``), else the
    research institute or academy it is ("China Academy of Space Technology (中国空间技术研究院)"),
    known or minted."""
    m = LAB_BULLET.match(text)  # (the bullet's name on, with its Chinese name after it)
    if (found := companies(doc, text, s)) or m is None or not RESEARCH_BODY_WORD.search(m["name"]):
        return found
    body = known_or_new(doc, m["name"].strip(), DKG.ResearchInstitute, s, zh=m["zh"])
    return [body] if body is not None else []


def tie_bullet(doc: DocumentContext, s: Sentence) -> bool:
    """A bullet that is an organisation's name under the institution's corporate ties, subsidiaries
    or technology procurement, or after its lead-in to its subsidiaries (``_tie_of_list``): a known
    organisation, or a company minted from its name ("• Kestrel Avionics Co., Ltd."); not a
    product, a remark or a past one. And a lead-in of its own to them, read with them."""
    if (tie := _tie_of_list(doc, s)) is None:
        return False
    if s.text.rstrip().endswith(":"):
        return _leads_in_names(doc, s) and doc.lead_in_of_its_own(s)
    line = ALIAS_BRACKET.sub("", s.text)  # "• China Academy of X (CAX) (中国...)": the short form aside
    if (m := _partner_bullet(line)) is None or doc.in_the_past(s.text) or doc.negated_or_hedged(s.text):
        return False
    if m["zh"] and not CJK.search(m["zh"]):
        return False  # a remark in brackets, which may end it or give it to another: "(sold in 2019)"
    if (lead_in := doc.lead_in(s)) is not None and not doc.lead_in_of_its_own(lead_in):
        return False  # "Its former subsidiaries:", "AU's partner CETC owns:"
    prop, tied_first = tie
    tied = _bullet_bodies(doc, s, line, m, _owned_bodies if prop == DKG.subsidiaryOf else companies)
    for iri in tied:
        doc.fact(*((iri, prop, doc.subject) if tied_first else (doc.subject, prop, iri)), s)
    return bool(tied)


def _in_a_list(text: str) -> bool:
    """``text`` is a bullet or a lead-in to bullets (it ends with a colon): the only sentences the
    list rules read outside their headings, and most are neither (a test before any expression)."""
    return text.endswith(":") or BULLET.match(text) is not None


def _bullet(s: Sentence, section: str | None) -> re.Match[str] | None:
    """``s`` as a bulleted line of ``section`` ("• English name (中文名)"), or None."""
    m = LAB_BULLET.match(s.text) if s.section == section else None
    return m if m is not None and m["bullet"] else None


# a lead-in that says the institution holds the laboratories after it, outside the laboratories
# heading (where the heading says so): "AU hosts the following defence laboratories:", "AU's
# laboratories include:", "Defence laboratories at AU include:", "AU is home to two defence labs:"
HOSTS_LABS_LEAD = re.compile(
    r"^(?:.+?\s+(?:hosts?|houses|is\s+home\s+to|runs|operates)\s+(?:[\w-]+\s+){0,4}?"
    r"|.+?['’]s?\s+(?:[\w-]+\s+){0,3}?(?=(?:laboratories|labs)\s+(?:include|are|comprise))"
    r"|(?:[\w-]+\s+){0,3}?(?=(?:[Ll]aboratories|[Ll]abs)\s+(?:at|of)\s))"
    r"(?:[Ll]aboratories|[Ll]abs)\b[^:]*:$"
)


def _hosts_labs_lead(doc: DocumentContext, s: Sentence) -> bool:
    """``s`` is a lead-in outside the laboratories heading by which the institution holds the
    laboratories listed after it (``HOSTS_LABS_LEAD``), naming it and its own (``_lead_in_of_its_own``)."""
    text = s.text.rstrip()
    return HOSTS_LABS_LEAD.match(text) is not None and _names_it(doc, text) and _lead_in_of_its_own(doc, s)


def _names_it(doc: DocumentContext, lead_in: str) -> bool:
    """A lead-in names the institution: by a name, as "the university" or "the institution", or
    opening with "Its" (a list's lead-in, after sentences about it)."""
    return (
        doc.names_institution(lead_in)
        or re.search(r"\bthe\s+(?:university|institution)\b", lead_in, re.IGNORECASE) is not None
        or lead_in.startswith("Its ")
    )


# a lead-in by which the institution works with the laboratories after it, or shares them: not
# its own ("AU collaborates with the following laboratories:", "AU and CETC jointly run ...:")
WORKS_WITH_LABS = re.compile(
    r"\b(?:collaborat\w*|co-?operat\w*|partner(?:s|ed|ing)?\s+with|work(?:s|ed)?\s+with|jointly|together\s+with|"
    r"shares?|shared|co-(?:hosts?|hosted|runs?|operates?|operated|manages?|managed|founded|established|built))\b",
    re.IGNORECASE,
)


def _lead_in_of_its_own(doc: DocumentContext, lead_in: Sentence) -> bool:
    """``DocumentContext.lead_in_of_its_own``, not working with them or sharing them (``WORKS_WITH_LABS``);
    laboratories that "are not dedicated defence laboratories but ..." are the institution's too
    (hosted, implied)."""
    if NOT_FULL_LABS.search(lead_in.text) is not None:
        return True
    return not WORKS_WITH_LABS.search(lead_in.text) and doc.lead_in_of_its_own(lead_in)


def _leads_in_bullets(doc: DocumentContext, s: Sentence) -> bool:
    """The sentence after ``s`` is a laboratory's bullet in its section."""
    after = doc.adjacent(s, 1)
    return after is not None and (m := _bullet(after, s.section)) is not None and LAB_WORD.search(m["name"]) is not None


def lab_in_section(doc: DocumentContext, s: Sentence) -> bool:
    """A sentence under the laboratories heading that opens with a laboratory's name: the
    institution's, implied by the heading (its major defence laboratories), unless the sentence
    shares it, moves it, closes it or gives it another's ("jointly run with", "of Birch University")."""
    if s.section != "LAB" or (m := LAB_OPENS.match(s.text)) is None:
        return False
    rest = m["rest"]
    if BULLET_REMARK.search(rest) or OF_ANOTHER.search(s.text) or doc.in_the_past(rest) or doc.negated_or_hedged(rest):
        return False
    if named_after_another(doc, m["name"]):
        return False  # "The Shenyang Ligong University Key Laboratory of Fuzes ...": that university's
    found = lab(doc, m["name"], s, m["zh"])
    if found not in doc.hosted:
        doc.fact(found, DKG.hostedBy, doc.subject, s, certainty="implied")
        doc.hosted.add(found)
    return True


def lab_bullet(doc: DocumentContext, s: Sentence) -> bool:
    """A bullet under the laboratories heading: "• English name (中文名)"; and the institution's own
    lead-in to such bullets ("AU hosts the following laboratories:"), read with them (it states
    nothing they do not)."""
    if s.section != "LAB":
        return _body_lab_bullet(doc, s)
    if s.text.rstrip().endswith(":"):
        return _leads_in_bullets(doc, s) and _lead_in_of_its_own(doc, s)
    return _lab_line(doc, s)


def _lab_line(doc: DocumentContext, s: Sentence) -> bool:
    """A line of a list of the institution's laboratories (``lab_bullet``): hosted by it, unless a
    remark on it or the list's lead-in says otherwise."""
    m = LAB_BULLET.match(s.text)
    if not m or not re.search(r"[A-Za-z]", m["name"]):
        return False
    # without a bullet, only a line that is a laboratory's name, not a sentence about one
    if not m["bullet"] and not (LAB_WORD.search(m["name"]) and not m["name"].endswith(".") and len(m["name"]) < 150):
        return False
    # a remark after the name ("..., jointly run with CETC", "(moved to Birch University in 2015)")
    # that makes it another's, shared or past: the line stays unread
    # (a name may hold a comma: "..., Ministry of Education" stays whole; after a colon, a remark:
    # "X Laboratory: HIT hosts it")
    remark = "".join(re.split(r"[,;:]", m["name"], maxsplit=1)[1:])
    if m["zh"] and not CJK.search(m["zh"]):
        remark += " " + m["zh"]
    if remark.strip() and (BULLET_REMARK.search(remark) or doc.in_the_past(remark) or doc.negated_or_hedged(remark)):
        return False
    if LAB_NOTE.search(bracket_remark(m["zh"])):  # "(引信重点实验室; co-built with NORINCO)", "(planned)"
        return False
    lead_in = doc.lead_in(s)
    if lead_in is not None and not _lead_in_of_its_own(doc, lead_in):
        return False  # "HIT hosts the following laboratory:", "The following laboratory was closed in 2015:"
    found = lab(doc, m["name"], s, m["zh"])
    # after "... the following laboratories, which are not dedicated defence laboratories but ...:",
    # hosted with the weaker relation a qualified laboratory has (``qualified_lab``)
    if lead_in is not None and (qualified := NOT_FULL_LABS.search(lead_in.text)):
        doc.fact(found, DKG.hostedBy, doc.subject, s, certainty="implied")
        doc.fact(found, DKG.description, Literal(qualified[0].rstrip(":. "), lang="en"), lead_in)
    else:
        doc.fact(found, DKG.hostedBy, doc.subject, s)
    doc.hosted.add(found)
    return True


def _body_lab_bullet(doc: DocumentContext, s: Sentence) -> bool:
    """Outside the laboratories heading, a laboratory's bullet after a lead-in by which the
    institution holds them ("AU hosts the following laboratories:"), read as under the heading,
    and that lead-in (a count it gives is read by its own rule too)."""
    text = s.text.rstrip()
    if not _in_a_list(text):
        return False
    if text.endswith(":"):
        return _leads_in_bullets(doc, s) and _hosts_labs_lead(doc, s)
    m = _bullet(s, s.section)
    if m is None or LAB_WORD.search(m["name"]) is None or (lead_in := doc.lead_in(s)) is None:
        return False
    return _hosts_labs_lead(doc, lead_in) and _lab_line(doc, s)


def lab_in_text(doc: DocumentContext, s: Sentence) -> bool:
    """A laboratory named in running text as the institution's: "<Institution> hosts / runs / is
    home to the X Laboratory (中文名)", "its / <Institution>'s X Laboratory", and (implied) "<Institution>
    is responsible for the construction of the X Laboratory", "<Institution>'s School of Y hosts the X
    Laboratory". Not one run jointly or with another organisation, nor one a negation or hedge qualifies."""
    text = s.text
    if "Lab" not in text or re.search(r"\bnot\s+a\s+(?:full|dedicated)\b", text):
        return False
    if founded_with_in_its_relative(doc, s) is not None:
        return False  # "..., established jointly with AVIC": ``lab_founded_in_its_relative``'s (not hosted by one)
    found = False
    hosted = hosted_in_text(doc, s)
    if not hosted and (run := RUN_JOINTLY_AFTER.search(text)) is not None:
        # "AU hosts the X Laboratory, which is jointly run with CETC": a collaboration with CETC, as
        # "It is jointly run with CETC" after it tells; the laboratory is no unit of AU alone
        # (``SHARED``: not hosted by it); through a unit of AU's, implied ("AU's School of Y hosts ...")
        alone = hosted_in_text(doc, Sentence(text[: run.start()] + ".", s.section, s.citations))
        return len(alone) == 1 and _run_jointly(doc, s, True, run["runners"], certainty=alone[0][2])
    for name, zh, certainty in hosted:
        lab_iri = lab(doc, name, s, zh)
        if doc.has_type(lab_iri, DKG.Laboratory) or lab_iri not in doc.ctx.registry.types:
            doc.fact(lab_iri, DKG.hostedBy, doc.subject, s, certainty=certainty)
            doc.hosted.add(lab_iri)
            if len(hosted) == 1 and certainty == "stated":  # (of one of several, which one is unsure)
                founding_beside(doc, s, lab_iri, name)
            found = True
    return found


# the one laboratory a sentence names run jointly, in a relative clause ending it: ", which is jointly
# run with CETC"
RUN_JOINTLY_AFTER = re.compile(rf",\s*which\s+is\s+{_RUN_JOINTLY}\s+with\s+(?P<runners>[^,;()]+?)\s*\.?$")
# a bracket right after a laboratory's name (its Chinese name is read with the name: ``LAB_NAME``)
BRACKET_AFTER = re.compile(r"\s*[(（]([^()（）]*)[)）]")


def bracket_remark(bracket: str | None) -> str:
    """What a bracket after a laboratory's name says besides its Chinese name: "B类" of "(精确制导
    重点实验室, B类)", "co-built with NORINCO" of "(引信重点实验室; co-built with NORINCO)", all of "(planned)"."""
    if not bracket:
        return ""
    if not CJK.search(bracket):
        return bracket
    return "".join(ZH_NAME_ENDS.split(bracket.strip(), maxsplit=1)[1:])


SHARED_LABS = re.compile(r"\b(?:joint|jointly|shared|with)\b", re.IGNORECASE)
# a stand-in for a unit: "The institute (set up the X Laboratory)", after "AU's Defence Institute ..."
STAND_IN_UNIT = re.compile(
    r"(?:The|This)\s+(?P<noun>school|college|institute|department|faculty|centre|center|academy)\s"
)


def _opens_with_its_unit(doc: DocumentContext, clause: str) -> bool:
    """The clause's subject is a unit of the institution's: named after "Its" or its possessive ("AU's
    School of Optics hosts ...", ``UNIT_AFTER_POSSESSIVE``), or "It" or a stand-in of its kind for the
    unit the sentence before was about (``DocumentContext.unit_before``: "It" is the unit there)."""
    if doc.unit_before and clause.startswith("It "):
        return True
    named = doc.subject_at(clause)
    if (named or clause.startswith("Its ")) and UNIT_AFTER_POSSESSIVE.match(clause, named.end() if named else 0):
        return True
    stand_in = STAND_IN_UNIT.match(clause) if doc.unit_before else None
    return stand_in is not None and stand_in["noun"] in (doc.unit_before or "").lower()


def _hosted_after_verbs(doc: DocumentContext, clause: str, certainty: str) -> list[tuple[str, str | None, str]]:
    """(name, Chinese name, certainty) of each laboratory a hosting verb of the clause's subject names
    after it, or in a list after it ("is home to two defence laboratories: ...", "..., including the A
    Lab"), or in apposition to a count."""
    out = []
    for m in re.finditer(rf"\b{HOSTING_VERB}\s+", clause):
        before = clause[: m.start()]
        if ";" in before or re.search(r"\bjointly\b|,\s*(?:which|who)\b|\bwhile\b", before):
            continue
        if not doc.same_subject(clause, 0, m.start()):
            continue  # "AU runs the X Laboratory and (the state-owned) CETC runs the Y Laboratory": CETC's
        each = "implied" if "responsible" in m["verb"] else certainty
        out += [(name, zh, each) for name, zh in lab_list(clause, m.end())]
        # "is home to two defence laboratories: the A Laboratory and ...", "..., including the A Lab"
        rest = clause[m.end() :].split(";")[0]
        listed = re.search(r":\s*|,?\s+(?:including|such as|namely|among them)\s+", rest)
        kind = rest[: listed.start()] if listed else ""
        # (not "4 joint laboratories with defence conglomerates, including ...": shared, either's)
        if listed and re.search(r"\blab(?:oratorie)?s\b", kind, re.IGNORECASE) and not SHARED_LABS.search(kind):
            out += [(name, zh, each) for name, zh in lab_list(rest, listed.end())]
        # "hosts two key laboratories of national defence, the A Laboratory and the B Laboratory":
        # the ones counted, named in apposition (the count's number first, nothing else between)
        elif (counted := apposed_to_count(doc, rest)) and not SHARED_LABS.search(counted[0]):
            out += [(name, zh, each) for name, zh in lab_list(rest, counted.end())]
    return out


def hosted_in_text(doc: DocumentContext, s: Sentence) -> list[tuple[str, str | None, str]]:
    """(name, Chinese name, certainty) of each laboratory the sentence gives the institution (none
    when the sentence puts it in the past: "hosts the X Laboratory, which was moved to Y in 2018")."""
    if doc.in_the_past(s.text):
        return []
    out = []
    own = doc.clause_subjects(s) == [doc.subject]
    if (these := THESE_INCLUDE.match(s.text)) and not doc.negated_or_hedged(s.text) and _labs_before(doc, s):
        out += [(name, zh, "stated") for name, zh in lab_list(s.text, these.end())]
    if not doc.negated_or_hedged(s.text):
        clause = doc.main_clause(s)
        if _opens_with_its_unit(doc, clause):
            # hosted by a unit of the institution's: at the institution, through the unit
            out += _hosted_after_verbs(doc, clause, "implied")
        elif own:
            out += _hosted_after_verbs(doc, clause, "stated")
    # The expressions below hold the institution's names, so they are compiled per document: each
    # is tried only when a fixed expression finds the words it needs (most documents have none).
    if PASSIVE_HOSTING.search(s.text) and not doc.negated_or_hedged(s.text):
        at_it = (
            # (", a national defence key laboratory," between: what the laboratory is; not one shared)
            rf"(?:the\s+)?{LAB_NAME}(?:,\s+(?:a|an|one\s+of\s+the)\s+(?![^,;]*\b(?:joint|jointly|with|shared)\b)"
            rf"[^,;]{{1,80}},)?,?\s+(?:which\s+)?(?:is\s+|was\s+)?"
            rf"(?:(?:hosted|based|housed|located)\s+"
            rf"(?:at|by|in|within)|(?:established|set\s+up|founded)\s+(?:at|within))\s+" + doc.subject_pattern()
        )
        # (not "located in AU's partner CQU": the partner's)
        out += [(m["name"], m["zh"], "stated") for m in re.finditer(at_it + r"(?!['’]s?\b)", s.text)]
        # in a unit of it, "located at AU's School of Physics": at the institution, through the unit
        out += [(m["name"], m["zh"], "implied") for m in re.finditer(at_it + IN_ITS_UNIT, s.text)]
    # a possessive names the institution's own laboratory, hedged or not ("likely ... such as SCU's X Lab")
    # "Its X Laboratory" opening a sentence is the institution's; "its" inside one only in its own clause
    possessor = r"(?:" + doc.subject_pattern() + r"['’]s|^Its" + (r"|\bits" if own else "") + r")\s+"
    # "... SCU's X Lab", "its laboratories include the X Laboratory", "laboratories at SCU include ..."
    including = r"(?:(?:[\w-]+\s+){0,3}?laborator(?:y|ies)\s+(?:include|includes|are|is)\s+)?"
    at_the_institution = (
        r"\blaborator(?:y|ies)\s+(?:at|of|in)\s+" + doc.subject_pattern() + r"\s+(?:include|includes|are|is)\s+"
    )
    # "Among its defence laboratories is the X Laboratory"
    among = r"^Among\s+(?:its|" + doc.subject_pattern() + r"['’]s)\s+(?:[\w-]+\s+){0,3}?laboratories\s+(?:is|are)\s+"
    if POSSESSED_LAB.search(s.text):
        for m in re.finditer(possessor + including + "|" + at_the_institution + "|" + among, s.text):
            if LAB_GONE_BEFORE.search(s.text, 0, m.start()):
                continue  # "In 2020, AU closed its X Laboratory": the laboratory it had
            if not _status_doubted(doc, s.text, m.start(), m.end()):
                out += [(name, zh, "stated") for name, zh in lab_list(s.text, m.end())]
        # "The X Laboratory is AU's only defence laboratory"
        its_own = (
            rf"^(?:The\s+)?{LAB_NAME}\s+is\s+(?:its|{doc.subject_pattern()}['’]s)\s+(?:[\w-]+\s+){{0,3}}?laboratory\b"
        )
        if (its := re.match(its_own, s.text)) and not doc.negated_or_hedged(s.text):
            out.append((its["name"], its["zh"], "stated"))
    return list(dict.fromkeys((strip_connectors(n), zh, c) for n, zh, c in out))


# where the clause that tells of a possessed laboratory ends: "AU's X Laboratory is not a defence
# laboratory, but ..." (a relative clause on it goes on telling of it: "..., which may be a defence laboratory,")
_CLAUSE_END = re.compile(r",(?!\s*(?:which|that)\b)|;|\s+(?:but|while|whereas|although)\s+")
# a clause that opens on what a negation or hedge frames: "There is no indication that", "It is unclear whether"
_FRAMED = re.compile(r"\b(?:that|whether|if)\s+$")
# what a clause says of a laboratory's standing (what it is, its defence work), not of its staff or size
# or whose it is: "AU's X Laboratory, which it allegedly hosts, ..."
_STANDING = re.compile(
    r"\b(?:is|was|are|were|be|been|being|defen[cs]e|military|classified|weapons?|PLA|"
    r"hosts?|hosted|runs?|houses?|housed|belongs?|owns?|owned|operates?|operated)\b",
    re.I,
)


def _status_doubted(doc: DocumentContext, text: str, start: int, end: int) -> bool:
    """The laboratory a possessive at ``text[start:end]`` names is what the sentence denies or doubts
    ("AU's X Laboratory is not / is probably a defence laboratory", "There is no indication that
    AU's X Laboratory does defence work"): a laboratory named as the institution's is taken for one
    of its defence laboratories, which such a sentence does not say. (A hedge elsewhere, or one not
    about what the laboratory is, is about something else: "likely ... such as AU's X Lab", "AU's X
    Laboratory has no foreign staff".)"""
    own_clause = _CLAUSE_END.split(text[end:], maxsplit=1)[0]
    if not _STANDING.search(own_clause):
        return False  # "AU's X Laboratory has no foreign staff": hosted all the same
    before = text[:start]
    return doc.negated_or_hedged(own_clause) or (_FRAMED.search(before) is not None and doc.negated_or_hedged(before))


def apposed_to_count(doc: DocumentContext, rest: str) -> re.Match[str] | None:
    """A count of laboratories right after a hosting verb and a comma before the name of one:
    "two defence laboratories, the ...", "one key laboratory, the ..." (not "two laboratories that
    ..., the ...", nor "two defence laboratories, the most of any university": no name follows)."""
    return re.match(
        rf"(?:(?:at\s+least|only)\s+)?(?:{doc.words.number})\s+(?:[\w-]+\s+){{0,5}}?"
        rf"lab(?:orator(?:y|ies)|s)?(?:\s+of\s+{_DEFENCE})?,\s+(?=the\s)",
        rest,
        re.IGNORECASE,
    )


def _labs_before(doc: DocumentContext, s: Sentence) -> bool:
    """The sentence before ``s`` (in its paragraph's section) gives the institution laboratories:
    "AU hosts six defence laboratories." before "These include ..."."""
    before = doc.adjacent(s, -1)
    return (
        before is not None
        and before.section == s.section
        and doc.clause_subjects(before) == [doc.subject]
        # in the main clause, not a relative one ("AU works with HIT, which hosts six laboratories")
        and re.search(
            rf"^(?:(?!,\s*(?:which|who)\b).)*?\b{HOSTING_VERB}\s+(?:[\w-]+\s+){{0,4}}?laboratories\b",
            doc.main_clause(before),
        )
        is not None
        and not doc.negated_or_hedged(before.text)
    )


LAB_WORD = re.compile(r"\b(?:Laboratory|Lab)\b")
# "... Laboratory of Harbin Engineering University": a laboratory of another institution
OF_ANOTHER = re.compile(r"\b(?:of|at)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+)+(?:University|Institute|Academy|College)\b")
SHARED = re.compile(
    r"\s*(?:,\s*)?(?:jointly|together\s+with|with|in\s+(?:partnership|cooperation)\s+with)\b|"
    # "..., the latter shared with CSSC's 702 Research Institute"
    r",\s*the\s+latter\s+(?:(?:is|was|being)\s+)?(?:shared|jointly|co-[a-z]+)\b|"
    # "... Laboratory is co-hosted with X", "... is jointly run by A and B", "..., which is jointly run with X"
    r"(?:,\s*which)?\s+(?:is|are|was|were)\s+(?:co-(?:hosted|run|operated|managed|founded|established)|jointly\s+[a-z]+|shared)\b|"
    # ", which it runs with X", ", which is run jointly with X", ", which it shares with X"
    r",\s*which\s+(?:it\s+|is\s+|was\s+)?(?:co-)?(?:runs?|operate[sd]?|manage[sd]?|share[sd]?|built|established|founded)\s+"
    r"(?:jointly|together\s+with|with|in\s+(?:partnership|cooperation)\s+with)\b"
)
LAB_LIST_JOINER = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)(?:the\s+)?")


# a unit of the institution's, after its name: "AU's School of Physics", "AU's College of Marine Science"
IN_ITS_UNIT = r"['’]s\s+(?:[A-Z][\w'’-]*\s+){0,3}?(?:School|College|Faculty|Department|Institute|Cent(?:re|er))\b"
# what the expressions of hosted_in_text need, without the institution's names
PASSIVE_HOSTING = re.compile(
    r"(?:hosted|based|housed|located)\s+(?:at|by|in|within)\s|(?:established|set\s+up|founded)\s+(?:at|within)\s"
)
# a verb of a laboratory's end or hand-over in the clause before "its X Laboratory": "closed its",
# "merged its ... into", "transferred its ... to", "handed its ... over", "NUDT absorbed AU's"
# (the cues of the past hold "merged into", "transferred to" only right after the verb)
LAB_GONE_BEFORE = re.compile(
    r"\b(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?(?:\s+down)?|dissolv(?:e|es|ed|ing)|disband(?:s|ed|ing)?|"
    r"abolish(?:es|ed|ing)?|merg(?:e|es|ed|ing)|transfer(?:s|red|ring)?|mov(?:e|es|ed|ing)|relocat(?:e|es|ed|ing)|"
    r"hand(?:s|ed|ing)?|gave\s+up|giv(?:e|es|ing)\s+up|s(?:ell|ells|old|elling)|los(?:e|es|t|ing)|spun\s+off|"
    r"spin(?:s|ning)?\s+off|downgrad(?:e|es|ed|ing)|renam(?:e|es|ed|ing)|dismantl(?:e|es|ed|ing)|"
    r"suspend(?:s|ed|ing)?|absorb(?:s|ed|ing)?|t(?:ook|akes?|aking)\s+over|wound\s+up|wind(?:s|ing)?\s+up)"
    r"\b[^,;]*$",
    re.IGNORECASE,
)
POSSESSED_LAB = re.compile(r"['’]s\s|^Its\s|\bits\s|\blaborator(?:y|ies)\s+(?:at|of|in)\s")
NOT_A_FULL_LAB = re.compile(r"\sis\s+not\s+a\s+(?:full|dedicated)\s+defen[cs]e\s+laboratory")
# the lead-in of a list of laboratories that are not full defence laboratories
NOT_FULL_LABS = re.compile(r"\bnot\s+(?:full|dedicated)\s+defen[cs]e\s+laboratories\b.*$")
_NOT_A_FULL_LAB = r"(?P<q>not\s+a\s+(?:full|dedicated)\s+defen[cs]e\s+laboratory(?:\s+but\s+.+?)?)\.?$"
# "<Institution> (also) hosts the X Laboratory (中文名), which is not a full defence laboratory but ..."
HOSTS_A_PARTIAL_LAB = (
    r"\s+(?:also\s+)?(?:hosts|runs|has|is\s+(?:also\s+)?home\s+to)\s+the\s+"
    + LAB_NAME
    + r",\s+which\s+is\s+"
    + _NOT_A_FULL_LAB
)
# under the laboratories heading, a sentence about a laboratory it names first: "The X Laboratory
# (中文名) works on sonar arrays", "The Y Laboratory was approved in 2007"
LAB_OPENS = re.compile(
    r"^(?:The\s+)?(?!(?:Its|This|That|These|Those|Their|Our|An?|One)\b|\S*['’]s\s)"  # not "AU's X Laboratory"
    + _LAB_WORDS
    + _BRACKET_AFTER
    + r",?\s+(?!(?:of|for|on|and|in|the)\s+[A-Z])(?P<rest>[a-z].*)$"
)


# a laboratory named after its owner's "'s": "NUDT's Key Laboratory of Scramjets"
# ("People's" is a word of names: "the People's Armed Police Key Laboratory of X" is no laboratory of "People")
POSSESSED_BY = re.compile(r"(?:(?:People['’]s|[A-Z][\w&-]*)\s+){0,4}?(?!People['’]s)[A-Z][\w&-]*['’]s\s")


def lab_list(text: str, pos: int) -> list[tuple[str, str | None]]:
    """The laboratories named one after another from ``pos``: "the A Laboratory (中文), the B Lab and C Laboratory"."""
    out = []
    if INDEFINITE.match(text, pos):
        return []  # "hosts a National Defence Key Discipline Laboratory": one of a kind, not one named
    # ("hosts both the A Laboratory and the B Laboratory")
    pos = m.end() if (m := re.compile(r"(?:both\s+)?(?:the|its)\s+").match(text, pos)) else pos
    end = pos  # where the last laboratory's name ends
    while (m := re.compile(LAB_NAME).match(text, pos)) is not None:
        end = m.end()
        # (not another's: "... of CETC", "... and NUDT's Key Laboratory of Scramjets")
        names = [n for n in split_labs(m["name"]) if not OF_ANOTHER.search(n) and not POSSESSED_BY.match(n)]
        # "... Laboratory with X": run jointly, either's; "..., which is hosted by CETC": CETC's
        # (nor one whose name goes on after an owner's "'s": "the X Laboratory of NORINCO's 705 Institute")
        cut = re.search(r"['’]s$", m["name"]) is not None or re.match(r"['’]s\b", text[m.end() :]) is not None
        after = BRACKET_AFTER.match(text, m.end())  # "(planned)", "(co-hosted with CETC)"
        remark = bracket_remark(m["zh"]) + " " + (after[1] if after else "")
        if (
            names
            and not cut
            and not LAB_NOTE.search(remark)
            and not SHARED.match(text, m.end())
            and not ELSEWHERE_AFTER.match(text, m.end())
        ):
            out += [(name, None) for name in names[:-1]] + [(names[-1], m["zh"])]
        joiner = LAB_LIST_JOINER.match(text, m.end())
        if joiner is None:
            break
        pos = joiner.end()
    if SOME_OF_THEM_SHARED.match(text, end):
        return []  # "..., the second of which is shared with AVIC's ...": which one, the list does not say
    return out


# "a" or "an": one of a kind of laboratory, not one named
INDEFINITE = re.compile(r"(?:a|an)\s")
# a remark after a list of laboratories that shares one of them: "..., the second of which is shared with X"
SOME_OF_THEM_SHARED = re.compile(
    r",\s*(?:the\s+(?:first|second|third|fourth|fifth|last)|one|two|some|both|all)\s+of\s+which\s+"
    r"(?:is|are|was|were)\s+(?:(?:now|also)\s+)?(?:shared|jointly|co-[a-z]+|run\s+(?:jointly|with))\b"
)


def split_labs(name: str) -> list[str]:
    """ "A Laboratory and B Laboratory" -> two names; "Geology and Exploration Technology Laboratory" -> one."""
    out, start = [], 0
    for m in re.finditer(r"\s+and\s+", name):
        if LAB_WORD.search(name[start : m.start()]) and LAB_WORD.search(name[m.end() :]):
            out.append(name[start : m.start()])
            start = m.end()
    return out + [name[start:]]


def strip_connectors(name: str) -> str:
    """A laboratory's name without a leading "The" and trailing connectors."""
    return re.sub(r"(?:\s+(?:of|on|for|and|in|the|&|under))+$", "", re.sub(r"^The\s+", "", name.strip()))


def qualified_lab(doc: DocumentContext, s: Sentence) -> bool:
    """ "Its X Laboratory is not a full defence laboratory but ...", "<Institution> hosts the X
    Laboratory, which is not a full defence laboratory": hosted, with a weaker relation.

    The laboratory is recorded as hosted by the institution with certainty 'implied' and the
    qualifier as its description; it is not counted as a defence laboratory."""
    clause = doc.main_clause(s)
    if not NOT_A_FULL_LAB.search(clause):
        return False
    # the names' expression only when needed
    m = re.match(
        r"^(?:(?:Its|The university['’]s|" + doc.subject_pattern() + r"['’]s)\s+)"
        r"(?P<name>(?:[A-Z][\w-]*\s+)+(?:Laboratory|Lab))\s+is\s+" + _NOT_A_FULL_LAB,
        clause,
    ) or doc.subject_does(HOSTS_A_PARTIAL_LAB, clause)
    if not m or doc.words.hedge.found_in(s.text):
        return False
    found = lab(doc, m["name"], s, m.groupdict().get("zh"))
    doc.fact(found, DKG.hostedBy, doc.subject, s, certainty="implied")
    doc.fact(found, DKG.description, Literal(m["q"], lang="en"), s)
    doc.hosted.add(found)
    return True


def possible_establishment(doc: DocumentContext, s: Sentence) -> bool:
    """ "This may indicate that the laboratory was established either in late 2011 or in early 2012":
    a possible date of the last laboratory named, verbatim, as EDTF, and with its bounds."""
    m = POSSIBLY_ESTABLISHED.search(s.text)
    if not m or doc.last_lab is None:
        return False
    verbatim = re.sub(r"^in\s+", "", m["verbatim"])
    years = [int(y) for y in re.findall(r"\b(\d{4})\b", verbatim)]
    if not years:
        return False
    value = doc.value_node(f"{doc.last_lab.rsplit('/', 1)[-1]}-established")
    doc.ctx.temporal(value, verbatim=verbatim)
    start, end = months(verbatim, min(years), max(years))
    # EDTF level 1: approximate and uncertain ("%") bounds of an interval
    doc.ctx.add(value, DKG.edtf, edtf_literal(f"{start}%/{end}%"))
    st = doc.fact(doc.last_lab, DKG.established, value, s, certainty="possible")
    doc.ctx.add(value, DKG.earliest, Literal(f"{start}-01", datatype=XSD.date))
    doc.ctx.add(value, DKG.earliestEvidence, st)
    doc.ctx.add(value, DKG.earliestIsHard, Literal(False))
    if doc.last_event is not None and (day := event_day(doc, doc.last_event)):
        # the lab existed when its committee met: a hard upper bound
        doc.ctx.add(value, DKG.latest, Literal(day, datatype=XSD.date))
        doc.ctx.add(value, DKG.latestEvidence, doc.last_event)
        doc.ctx.add(value, DKG.latestIsHard, Literal(True))
    return True


def months(verbatim: str, first: int, last: int) -> tuple[str, str]:
    """The first and last month "<first> ... <last>" may mean: "late 2011" from September,
    "early 2012" to April, a bare year its whole."""
    start = f"{first}-09" if re.search(rf"late\s+(?:in\s+)?{first}", verbatim) else f"{first}-01"
    end = f"{last}-04" if re.search(rf"early\s+(?:in\s+)?{last}", verbatim) else f"{last}-12"
    return start, end


def event_day(doc: DocumentContext, event: URIRef) -> str | None:
    """The day an event was on, if its date is known to the day."""
    date_node = ID[f"{event.rsplit('/', 1)[-1]}-date"]
    for s, p, o in reversed(doc.ctx.triples):
        if s == date_node and p == DKG.when and isinstance(o, Literal) and o.datatype == XSD.date:
            return str(o)
    return None


def application_guide(doc: DocumentContext, s: Sentence) -> bool:
    """ "According to <a guide>, the laboratory accepts students working on a, b and c"."""
    m = APPLICATION_GUIDE.match(s.text)
    if not m or doc.last_lab is None:
        return False
    for area in split_list(m["areas"]):
        doc.fact(doc.last_lab, DKG.studentResearchArea, doc.ctx.concept("topic", area), s, according_to=m["source"])
    return True


NOT_A_LIST = re.compile(
    r"\b(?:while|whereas|which|who|compared|than|including|such\s+as|among|fewest|most|hopes?|plans?|aims?|"
    r"has|have|had|is|are|was|were|will|would)\b|\d"
)


def disciplines(doc: DocumentContext, s: Sentence) -> bool:
    """ "<Institution> has three designated disciplines with defence characteristics: a, b and c"."""
    pattern = disciplines_pattern(doc.words.number)
    m = pattern.search(s.text)
    if not m or not doc.starts_with_subject(s) or doc.possessive(s) or doc.negated_or_hedged(s.text):
        return False  # not the institution's: "AU's partner has three ..."; not "may have"
    if not doc.said_of_subject(pattern, s):
        return False  # "... signed an agreement with BU, which has three disciplines ...": BU's
    n = doc.words.number_of(m["n"])
    count = doc.count_node("designated-discipline-count", n, "minimum" if m["q"] else "exact")
    # in a five-year plan's years, when one is named: "In the 11th five-year plan (2006-2010), AU had ..."
    period = plan_period(doc, s, count)
    if m["verb"] == "had" and not period:
        return False  # a count once held, of no plan: not said to hold now
    if not m["specialisations"]:  # (specialisations are named, not counted with disciplines)
        doc.fact(doc.subject, DKG.designatedDisciplineCount, count, s, qualifiers=period)
    listed = m["list"] or ""
    if m["sep"] not in (None, ",", ":"):
        # ", including X and Y": some of them, named up to a clause about them ("..., which was designated in 2011")
        listed = AREAS_END.split(listed, maxsplit=1)[0]
    # what follows is a clause, not the disciplines: ", while Birch University has seven", ", the
    # fewest in Liaoning"; after a comma, as many names as the number
    elif NOT_A_LIST.search(listed) or (m["sep"] == "," and n > 1 and len(split_list(listed)) != n):
        listed = ""
    # one discipline is its whole phrase: "only one ...: a, b and c engineering" is not three
    for name in split_list(listed) if n > 1 else ([listed] if listed else []):
        discipline = doc.ctx.concept("discipline", name.strip(" '‘’"))
        doc.fact(doc.subject, DKG.designatedDiscipline, discipline, s, qualifiers=period)
    return True


# the areas of the institution's defence research: "Main fields of defence research at AU include
# A, B and C", "Its fields of focus in defence research are ...", "AU's defence research
# focuses on ...", "AU undertakes defence research into underwater acoustics"
_DEFENCE_RESEARCH = r"defen[cs]e(?:-related)?\s+research"
DEFENCE_RESEARCH = Gated(_DEFENCE_RESEARCH, ("research",), re.I)
_AREAS = r"(?:(?:key|main|major|principal|other|core)\s+)?(?:areas|fields)\s+of\s+(?:focus\s+(?:for|in)\s+)?"
AREAS_AT = Gated(
    rf"^{_AREAS}{_DEFENCE_RESEARCH}\s+(?:at|in)\s+(?P<who>.+?)\s+include\s+(?P<list>.+?)\.?$", ("research",), re.I
)
ITS_AREAS = (
    # (or the compound: "AU's (designated) defence research areas include ...")
    rf"(?:['’]s)?\s+(?:(?:{_AREAS}{_DEFENCE_RESEARCH}|(?:designated\s+)?{_DEFENCE_RESEARCH}\s+(?:areas|fields))\s+"
    r"(?:include|includes|are)|"
    rf"{_DEFENCE_RESEARCH}\s+"
    r"(?:(?:focuses|centres|centers|concentrates)\s+on|includes|covers|spans)|(?:carries\s+out|conducts|undertakes)\s+"
    rf"{_DEFENCE_RESEARCH}\s+(?:related\s+to|on|into|in))\s+(?P<list>.+?)\.?$"
)
# or its specialty, for defence: "AU specialises in the development of advanced alloys for the defence
# industry" (the area "advanced alloys"; not for a firm or the PLA by name, nor teaching: "training
# engineers for the defence industry")
SPECIALISES_FOR_DEFENCE = Gated(
    r"\s+(?:speciali[sz]es|is\s+speciali[sz]ed)\s+in\s+(?:the\s+)?(?:(?:research|development|design|production|"
    r"manufacture|application)(?:,?\s+(?:and\s+)?(?:research|development|design|production|manufacture|application))*"
    r"\s+(?:into|of)\s+)?(?!(?:training|teaching|educating|preparing|courses?|degrees?|programmes?|programs?)\b)"
    r"(?P<list>[^;]+?)\s+for\s+(?:the\s+)?(?:Chinese\s+|national\s+)?(?:defen[cs]e|military)"
    r"(?:\s+(?:industry|sector|applications?|use|purposes))?\.?$",
    ("speciali",),
)
# what opens a list of areas and is none: "the fields of", "areas including", "such as"
LIST_OPENING = re.compile(
    r"^(?:the\s+)?fields?\s+of\s+|^(?:(?:a\s+range\s+of\s+|many\s+|several\s+)?(?:areas|fields|topics)\s+)?"
    r"(?:including|such\s+as|like)\s+"
)
# an item that is no area of research but work or ties ("work for the PLA", "projects with CASC") or
# the rest of a list ("and the like", "and others"), nor one naming an organisation
NO_AREA = re.compile(
    r"(?i)(?:work|projects?|contracts?|cooperation|collaboration|partnerships?|ties|the\s+like|others?|more|etc)\b"
)
# where a list of areas ends: what is said of them ("..., many of which are designated ...")
AREAS_END = re.compile(r",\s*(?:(?:many|most|some|all|several|each|two|three)\s+of\s+)?(?:which|whom)\b|;")


def defence_research_areas(doc: DocumentContext, s: Sentence) -> bool:
    """The areas the institution does defence research in, each a topic (``dkg:defenceResearchArea``):
    said of the institution itself ("its", its names), not of a unit or another; not hedged. Its
    specialty "for the defence industry" is one (``SPECIALISES_FOR_DEFENCE``)."""
    if DEFENCE_RESEARCH.search(s.text):
        clause = doc.main_clause(s)
        m = AREAS_AT.match(clause)
        if m is not None and not doc.is_subject(m["who"]):
            return False
        m = m or re.match("Its" + ITS_AREAS, clause) or doc.subject_then(ITS_AREAS, clause, clause=True)
    elif SPECIALISES_FOR_DEFENCE.may_match(s.text):
        clause = doc.main_clause(s)
        m = doc.subject_then(SPECIALISES_FOR_DEFENCE.expression.pattern, clause, clause=True)
    else:
        return False  # most sentences, before the clause and the names are looked at
    if m is None or doc.negated_or_hedged(s.text):
        return False
    listed = AREAS_END.split(doc.up_to_next_clause(m["list"]), maxsplit=1)[0]
    areas = [
        area
        for item in split_list(LIST_OPENING.sub("", listed))
        if 0 < len(area := item.strip(" '‘’")) <= 60 and not NO_AREA.match(area) and not doc.orgs_in(area)
    ]
    for area in areas:
        doc.fact(doc.subject, DKG.defenceResearchArea, doc.ctx.concept("topic", area), s)
    return bool(areas)


def discipline_approval(doc: DocumentContext, s: Sentence) -> bool:
    """ "... approved at least 12 disciplines with defence characteristics": a count, maybe a
    minimum; "designated a, b and c as three disciplines ... at <Institution>": the count and the list."""
    if designated_as(doc, s):
        return True
    m = discipline_approval_pattern(doc.words.number).search(s.text)
    if not m or doc.negated_or_hedged(s.text):
        return False
    if s.section != "DRA" and not any(iri == doc.subject for _, _, iri in doc.orgs_in(s.text)):
        return False
    if m["whom"] is not None and not doc.is_subject(m["whom"]):
        return False  # "designated five disciplines at Cedar University as having ...": another's
    if NATIONWIDE.search(s.text):
        return False  # "approved 120 disciplines ... nationwide": the country's count, not the institution's
    if (at := AT_WHOM.match(s.text, m.end())) and another_named(doc, s.text[at.end() :]):
        return False  # "approved three ... at Cedar University and five at AU": the count is another's
    count = doc.count_node("designated-discipline-count", doc.words.number_of(m["n"]), "minimum" if m["q"] else "exact")
    doc.fact(doc.subject, DKG.designatedDisciplineCount, count, s, qualifiers=plan_period(doc, s, count))
    return True


# a count of the whole country's: "nationwide", "across China", "at universities across the country"
NATIONWIDE = re.compile(r"\b(?:nationwide|nation-wide|nationally|across\s+(?:China|the\s+country))\b", re.IGNORECASE)
# where a count of disciplines says whose they are: "... with defence characteristics at <whom>"
AT_WHOM = re.compile(r"\s+(?:at|for|to|of|in)\s+(?:the\s+)?")


# "In 2017, SASTIND designated AU's materials science and optics as specialisations in short supply
# with defence characteristics": the institution's disciplines named, not counted
DESIGNATED_ITS = Gated(
    r"\bdesignated\s+(?P<at>[^,;]+?)['’]s\s+(?P<list>[^;]+?)\s+as\s+(?:(?:a|an|key|\w+)\s+)?['‘’\"“”]?"
    r"(?:disciplines?|specialisations?|specializations?)(?:\s+in\s+short\s+supply)?\s+with\s+(?:national\s+)?"
    r"defen[cs]e\s+characteristics\b",
    ("designated",),
)


def designated_as(doc: DocumentContext, s: Sentence) -> bool:
    """The disciplines designated at the institution, named and counted in one sentence (or named
    only: "designated AU's X and Y as specialisations ... with defence characteristics")."""
    m = designated_as_pattern(doc.words.number).search(s.text)
    if not m and (its := DESIGNATED_ITS.search(s.text)) and doc.is_subject(its["at"]):
        if doc.negated_or_hedged(s.text) or doc.in_the_past(s.text):
            return False
        for name in split_list(its["list"]):
            doc.fact(doc.subject, DKG.designatedDiscipline, doc.ctx.concept("discipline", name.strip(" '‘’")), s)
        return True
    if not m or doc.negated_or_hedged(s.text) or not doc.is_subject(m["at"] or m["at2"] or m["at3"] or m["at4"]):
        return False
    n = doc.words.number_of(m["n"] or m["n2"] or m["n3"] or m["n4"])
    count = doc.count_node("designated-discipline-count", n, "exact")
    doc.fact(doc.subject, DKG.designatedDisciplineCount, count, s)
    names = split_list(m["list"] or m["list2"] or "")
    if len(names) == n:  # a list that does not add up is not split into disciplines
        for name in names:
            doc.fact(doc.subject, DKG.designatedDiscipline, doc.ctx.concept("discipline", name.strip(" '‘’")), s)
    return True


def implied_hosting(doc: DocumentContext) -> bool:
    """A laboratory the profile names, with no other host, is the institution's: implied."""
    found = False
    named_labs = labs_mentioned(doc) | ({doc.last_lab} if doc.last_lab is not None else set())
    for named in sorted(named_labs):
        if named in doc.hosted or doc.ctx.registry.parents_of(named):
            continue
        if named_after_another(doc, doc.ctx.registry.label(named)):
            continue
        label = doc.ctx.registry.label(named).lower()
        naming = [x for x in doc.profile.sentences if label in x.text.lower()]
        if not naming:
            continue
        # quote a sentence only if it names the institution too; otherwise no sentence supports
        # the host, and the statement rests on where the profile places the laboratory
        if placing := next((x for x in naming if names_the_institution(doc, x)), None):
            doc.fact(named, DKG.hostedBy, doc.subject, placing, certainty="implied")
        else:
            doc.hits.facts[doc.rule, naming[0].text] += 1  # counted under the sentence naming it
            doc.ctx.fact(
                named,
                DKG.hostedBy,
                doc.subject,
                document=doc.document,
                quote=None,
                certainty="implied",
                asserted_by=doc.asserted_by,
                qualifiers={DKG.basis: vocab("basis", "document-context")},
            )
        doc.hosted.add(named)
        found = True
    return found


# a name that opens with a university's or institute's name: "Shenyang Ligong University Key Laboratory of Fuzes"
_OPENS_WITH_A_BODY = re.compile(
    r"^(?:The\s+)?(?:[A-Z][\w'’-]*\s+){1,5}?(?:University|Polytechnic|Institute\s+of\s+Technology|College)\b"
)


def named_after_another(doc: DocumentContext, name: str) -> bool:
    """A laboratory's name opens with another university's or institute's name: it is that
    body's, whatever page lists it, so the page's heading or placing does not make it the
    institution's. (Not a ministry's or an academy's: "Ministry of Education Key Laboratory ...",
    "CAS Key Laboratory ..." name who accredits the laboratory, not who hosts it.)"""
    return (opening := _OPENS_WITH_A_BODY.match(name)) is not None and not doc.is_subject(opening[0])


def names_the_institution(doc: DocumentContext, s: Sentence) -> bool:
    """The sentence names the institution itself ("the laboratory" alone does not)."""
    return doc.names_institution(s.text)


def labs_mentioned(doc: DocumentContext) -> set[URIRef]:
    """The registry's laboratories the profile names: found in its sentences at once, one per
    line (no name holds a line break, so none is found across two sentences; a third faster than
    sentence by sentence)."""
    text = "\n".join(sentence.text for sentence in doc.profile.sentences)
    return {iri for _, _, iri in doc.ctx.registry.find_in(text) if doc.has_type(iri, DKG.Laboratory)}

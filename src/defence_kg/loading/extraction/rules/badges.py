"""loaders: rules for the 2025 layout's header badges and side fields, each a line of its own."""

from __future__ import annotations

import re

from rdflib import Literal
from rdflib.namespace import ORG, RDF, SKOS

from defence_kg.core.namespaces import DKG, ID, SCHEMA, vocab
from defence_kg.loading.context import slug
from defence_kg.loading.dates import find_date
from defence_kg.loading.extraction.context import DocumentContext
from defence_kg.loading.extraction.rules.standing import designate, formerly_listed
from defence_kg.loading.extraction.rules.supervision import agencies
from defence_kg.loading.extraction.text import Gated, unread_remark
from defence_kg.loading.profile_text import CHINESE_NAME, SIDE_FIELD_NAMES, Sentence

RISK_BADGE = re.compile(
    r"(?:(?:assessed|designated|rated)\s+as\s+)?(?P<level>very[- ]?high|high|medium|low)\s*risk(?:\s*category)?|"
    r"risk(?:\s*(?:category|level|rating))?\s*:\s*(?P<level2>very[- ]?high|high|medium|low)",
    re.IGNORECASE,
)
# a count badge, its number before its name or as its field's value: "5 Major Defence Labs",
# "Major Defence Laboratories: 5"
# (one in the singular: "1 Major Defence Laboratory")
_LABS = r"(?:Major\s+)?(?:National\s+)?Defen[cs]e\s+Lab(?:oratories|oratory|s)?"
LAB_COUNT = re.compile(rf"(?P<n>\d+)\s+{_LABS}|{_LABS}\s*:\s*(?P<n2>\d+)", re.IGNORECASE)
_AREAS = r"(?:Designated\s+)?(?:Defen[cs]e\s+)?Research\s+Areas?"
# (as a field, "Designated" or "Defence" in its name: the side field "Research Areas" lists topics)
_DESIGNATED_AREAS = r"(?:Designated\s+(?:Defen[cs]e\s+)?|Defen[cs]e\s+)Research\s+Areas?"
AREA_COUNT = re.compile(rf"(?P<n>\d+)\s+{_AREAS}|{_DESIGNATED_AREAS}\s*:\s*(?P<n2>\d+)", re.IGNORECASE)
CREDENTIAL = re.compile(
    r"(?:Security\s+Credentials?:\s*)?(?P<level>Top[- ]Secret|Secret|Confidential)(?:[- ]Level)?"
    r"(?:\s+Security\s+Credentials?)?",
    re.IGNORECASE,
)


def _field(name: str, value: str) -> re.Pattern[str]:
    """A side field, "<its name>: <value>" (``SIDE_FIELD_NAMES``), its value in the group ``value``."""
    return re.compile(rf"(?:{SIDE_FIELD_NAMES[name]}):\s*(?P<{value}>.+)", re.IGNORECASE)


SANCTIONS = _field("sanctions", "lists")
SUPERVISORS = _field("supervisors", "who")
ALIASES = _field("aliases", "names")
PARTY_SECRETARY = _field("party_secretary", "name")
CATEGORIES = _field("categories", "names")
RESEARCH_AREAS = _field("research_areas", "names")
LOCATIONS = _field("locations", "names")
# a side field's value that says there is none: "-", "None", "N/A", "unknown" (or nothing)
_NONE = re.compile(r"(?i)|-+|none|n/?a|unknown|not known|vacant(?:\s+since\s+\d{4})?|tbd|to be (?:announced|confirmed)")
# an alias field's item that is no name of the institution, or one another body bears too
NOT_AN_ALIAS = re.compile(
    r"(?i)\bnot\s+to\s+be\s+confused\b|\bnot\s+the\s+same\b|\balso\s+used\s+by\b|\bshared\s+with\b|"
    # another body the institution came from or is tied to, as a remark: "X (predecessor)", "Y (merged
    # in 2004)" (not a name holding the word: "X Affiliated Hospital")
    r"[(（][^()（）]*\b(?:predecessors?|successors?|merged|absorbed|parent|subsidiar\w*|affiliated?)\b"
)
# a remark in brackets after an alias: "(until 2002)", "(former name)", "(old spelling)"
ALIAS_REMARK = re.compile(r"\s*[(（](?![^()（）]*[\u3400-\u9fff])[^()（）]*[)）]\s*$")
# a number a unit's name holds: "NORINCO's 205th Research Institute"
_ORDINAL = r"\d+(?:st|nd|rd|th)"
# "<Institution>, formerly known as X," / "(formerly X)": a former name, a name of it in its profile;
# and another name it goes by now, "<Institution> (中文名), also known as X," (the tracker's pages on
# institutes: "also called the Heron Institute of Radio Engineering")
FORMERLY = re.compile(
    r"[,(]\s*(?:(?:which|that)\s+(?:is|was)\s+)?(?:(?:formerly|previously)\s+(?:known\s+as\s+|called\s+|named\s+)?|"
    r"(?:also|better)\s+(?:known\s+as|called)\s+)(?:the\s+)?"
    rf"(?P<name>(?:[A-Z][\w'’-]*|{_ORDINAL})(?:\s+(?:[A-Z][\w'’-]*|{_ORDINAL}|of|and|for|the))*)\s*(?:[,)]|$)"
)

# "It was formerly known as X", "<Institution> was previously called X", "<Institution> was renamed
# in 2000, having previously been known as X": the same, as a clause
FORMER_WORDS = Gated(
    r"formerly|previously|originally|renamed|until|former|previous|original|also|founded|established",
    (
        "formerly",
        "previously",
        "originally",
        "renamed",
        "until",
        "former",
        "previous",
        "original",
        "also",
        "founded",
        "established",
    ),
)
# "In 2017, the X College was renamed <Institution>", "<Institution> was renamed from X in 1993"
_NAME = rf"(?:[A-Z][\w'’-]*|{_ORDINAL})(?:\s+(?:[A-Z][\w'’-]*|{_ORDINAL}|of|and|for|the))*?"
RENAMED = re.compile(
    rf"^(?:(?:the\s+)?(?P<old>{_NAME})(?:\s*[(（][^()（）]*[)）])?\s+was\s+renamed\s+(?:as\s+)?(?:the\s+)?(?P<new>{_NAME})|"
    rf"(?P<who>.+?)\s+was\s+renamed\s+from\s+(?:the\s+)?(?P<was>{_NAME}))(?=\s+(?:in|and|after|following)\b|\s*[(（]|[,;.]|$)"
)
FORMERLY_CLAUSE = re.compile(
    r"^(?P<who>.+?)\s+(?:was|was\s+renamed\b[^,;]*,\s+having(?:\s+been)?)\s+(?:formerly|previously|originally)\s+"
    r"(?:been\s+)?(?:known\s+as|called|named)\s+(?:the\s+)?"
    rf"(?P<name>{_NAME})(?=\s+(?:and|until|before|in)\b|\s*[(（]|[,;.]|$)"
)

# "Previously known as the X College, the university ...", "Until 1998 it was known as the X School"
FORMERLY_LEADING = re.compile(
    rf"^(?:Formerly|Previously|Originally)\s+(?:known\s+as|called|named)\s+(?:the\s+)?(?P<name>{_NAME})"
    r"(?:\s*\([^)]*\))?,\s+(?P<who>(?:[Tt]he\s+)?[\w'’-]+(?:\s+[A-Z][\w'’-]*)*)\s+(?:is|was|has|had|became)\b"
)
UNTIL_KNOWN = re.compile(
    r"^Until\s+(?:[A-Z][a-z]+\s+)?\d{4},?\s+(?P<who>.+?)\s+was\s+(?:known\s+as|called|named)\s+(?:the\s+)?"
    rf"(?P<name>{_NAME})(?=\s+\(|[,;.]|$)"
)
# "<Institution>'s former name was X", "... previous name was X"
FORMER_NAME_WAS = re.compile(
    rf"^(?:Its|(?P<who>.+?)['’]s)\s+(?:former|previous|original|old)\s+name\s+was\s+(?:the\s+)?(?P<name>{_NAME})(?=\s+\(|[,;.]|$)"
)
# "<Institution> is also known as X", "... was founded in 1958 as the X"
ALSO_KNOWN_AS = (
    rf"\s+is\s+also\s+(?:known\s+as|called|referred\s+to\s+as)\s+(?:the\s+)?(?P<name>{_NAME})(?=\s+\(|[,;.]|$)"
)
_AS_NAME = rf"\s+(?:in\s+(?:[A-Z][a-z]+\s+)?\d{{4}}\s+)?as\s+(?:the\s+|an?\s+)?(?P<name>{_NAME})"
# (the name ends before "and" and a verb: "... as the X College and became a university in 2000")
FOUNDED_AS = rf"\s+was\s+(?:founded|established){_AS_NAME}(?=\s+\(|[,;.]|$|\s+and\s+(?!the\b)[a-z])"
# "Founded in 1956 as the X College, the university is ...": the name of the sentence's subject
FOUNDED_AS_LEADING = re.compile(
    rf"^(?:Founded|Established){_AS_NAME}(?:\s*\([^)]*\))?,\s+"
    r"(?P<who>(?:[Tt]he\s+)?[\w'’-]+(?:\s+[A-Z][\w'’-]*)*)\s+(?:is|was|has|had|became)\b"
)
# "<Institution> was known as X until 1978", "It was founded in 1965 and was called X until 1978"
KNOWN_UNTIL = (
    rf"\s+was\s+(?:known\s+as|called|named)\s+(?:the\s+)?(?P<name>{_NAME})\s+until\s+(?:[A-Z][a-z]+\s+)?\d{{4}}\b"
)


def other_names(doc: DocumentContext) -> bool:
    """Names the profile gives its institution beyond its title, learnt before any sentence is
    read: the 2025 layout's side field "Aliases: A, B, 中文名" and "<Institution>, formerly known
    as X," in the prose. An alias that names another organisation of the registry is not taken."""
    found = False
    for s in doc.profile.sentences:
        if s.section is None and (m := ALIASES.fullmatch(s.text.strip())):
            for name in re.split(r"\s*[,;，；、](?![^()（）]*[)）])\s*", m["names"].strip(" .")):  # (not in brackets)
                if not NOT_AN_ALIAS.search(name):  # ("not to be confused with X", "X (also used by Y)")
                    found |= _learn_alias(doc, ALIAS_REMARK.sub("", name), s)
        for m in FORMERLY.finditer(s.text):
            # (the Chinese name in brackets between the institution's name and the aside left out)
            if re.search(doc.subject_pattern() + r"\s*$", CHINESE_NAME.sub("", s.text[: m.start()])):
                found |= doc.learn_name(m["name"], s)
    return found


def _learn_alias(doc: DocumentContext, name: str, s: Sentence) -> bool:
    """An alias, and apart its Chinese form in brackets after it ("SIEC (西南电子对抗研究所)": two
    names, one English and one Chinese, not one of both)."""
    m = CHINESE_NAME.search(name)
    if m is None or not name[: m.start()].strip():
        return doc.learn_name(name, s)
    return doc.learn_name(name[: m.start()], s) | doc.learn_name(m["zh"], s)


def former_name(doc: DocumentContext, s: Sentence) -> bool:
    """ "It was formerly known as X (and was renamed in 2017)", "<Institution> was previously
    called X", "In 2017, X was renamed <Institution>", "<Institution> was renamed from X", "<Institution>
    was known as X until 1978", "<Institution>'s former name was X", "<Institution> was founded in
    1958 as X", "<Institution> is also known as X": a former or other name of the institution, a
    name of it from here on."""
    if not FORMER_WORDS.may_match(s.text):
        return False
    clause = doc.main_clause(s)
    if m := FORMERLY_CLAUSE.match(clause):
        return (m["who"] == "It" or doc.is_subject(m["who"])) and doc.learn_name(m["name"], s)
    if m := RENAMED.match(clause):
        new, old = (m["new"], m["old"]) if m["old"] else (m["who"], m["was"])
        if m["old"] and (old == "It" or doc.is_subject(old)):
            return doc.learn_name(new, s)  # "It was renamed X in 1978 (and took its current name ...)": a name it bore
        return (new == "It" or doc.is_subject(new)) and doc.learn_name(old, s)
    if m := FORMERLY_LEADING.match(s.text) or UNTIL_KNOWN.match(s.text) or FOUNDED_AS_LEADING.match(s.text):
        return (m["who"] in ("it", "It") or doc.is_subject(m["who"])) and doc.learn_name(m["name"], s)
    if m := doc.subject_does(KNOWN_UNTIL, clause):
        return doc.learn_name(m["name"], s)
    if (m := FORMER_NAME_WAS.match(clause)) and (m["who"] is None or doc.is_subject(m["who"])):
        return doc.learn_name(m["name"], s)
    if m := doc.subject_does(ALSO_KNOWN_AS, clause) or doc.subject_does(FOUNDED_AS, clause):
        return doc.learn_name(m["name"], s)
    return False


# a PLA school's cover designator, the unit name it goes by in the open: "Unit 91977", "PLA Unit 61888",
# "81903" after a word for it, "61398部队"
_DESIGNATOR = r"(?:(?:military\s+)?(?:unit\s+)?(?:cover|code)\s+(?:code\s+)?designator(?:\s*\(MUCD\))?|MUCD)"
_UNIT = r"(?:(?:PLA\s+)?Unit\s+(?P<unit>\d{5})|(?P<zh>\d{5}部队)|(?P<bare>\d{5}))(?![\w-])"
# "Its cover designator is Unit 91977", "<Institution>'s MUCD is 61398部队"
ITS_DESIGNATOR = re.compile(rf"(?:(?:military\s+)?unit\s+)?{_DESIGNATOR}\s+is\s+{_UNIT}\.?$", re.IGNORECASE)
# "<Institution> uses the cover designator Unit 91977", "It is also known by its MUCD, Unit 63887",
# "It is also known as Unit 91977" (a unit's name, as written: not a bare number)
DESIGNATOR_OF = (
    r"\s+(?:is\s+)?(?:also\s+)?(?:(?:uses|has|bears|known\s+by)\s+(?:its|the|a)\s+"
    + _DESIGNATOR
    + r",?\s+|known\s+as\s+(?=(?:PLA\s+)?Unit\s|\d{5}部队))"
    + _UNIT
    + r"\.?$"
)
DESIGNATOR_WORDS = Gated(r"(?i:designator|MUCD|Unit\s+\d{5})|\d{5}部队", ("designator", "mucd", "unit"))


def cover_designator(doc: DocumentContext, s: Sentence) -> bool:
    """ "Its cover designator is Unit 91977", "<Institution> uses the cover designator PLA Unit 61888",
    "It is also known as Unit 91977": the unit name a PLA school goes by, a name of it ("Unit 91977",
    as the 2025 layout's "Aliases:" field writes it). Not another's, a part's, a former one's ("was"),
    nor hedged."""
    if not DESIGNATOR_WORDS.may_match(s.text) or doc.negated_or_hedged(s.text):
        return False
    clause = doc.main_clause(s)
    possessor = re.match(r"(?P<who>Its|.+?['’]s)\s+", clause)
    if possessor and (possessor["who"] == "Its" or doc.is_subject(possessor["who"][:-2])):
        m = ITS_DESIGNATOR.match(clause, possessor.end())
    else:
        m = doc.subject_does(DESIGNATOR_OF, clause)
    if m is None:
        return False
    return doc.learn_name(m["zh"] or f"Unit {m['unit'] or m['bare']}", s)


def risk_badge(doc: DocumentContext, s: Sentence) -> bool:
    """The risk badge: "Very HighRisk Category", "Risk Category: High"."""
    m = RISK_BADGE.fullmatch(s.text.strip(" ."))
    if not m:
        return False
    level = re.sub(r"very[- ]?high", "very-high", (m["level"] or m["level2"]).lower())
    # a dated designation, as a risk sentence makes: the institution's level is its latest one's
    designate(doc, level, None, s)
    return True


def header_field(doc: DocumentContext, s: Sentence) -> bool:
    """A badge or side field before the prose: "4 Major Defence Laboratories", "12 Designated Research
    Areas", "Secret Security Credentials", "Sanctions Lists: US Entity List", "Supervising Agencies: ..."."""
    text = s.text.strip()
    if s.section is not None or text.endswith(".") or len(text) > 200:
        return False
    fields = (lab_count, area_count, credential, sanctions, supervisors, aliases, party_secretary, categories)
    for read in (*fields, research_areas, locations):
        found = read(doc, text, s)
        if found is not None:
            return found
    return False


# Each field reader returns None when the line is not its field, else whether it read a fact.


def lab_count(doc: DocumentContext, text: str, s: Sentence) -> bool | None:
    if not (m := LAB_COUNT.fullmatch(text)):
        return None
    count = doc.count_node("defence-laboratory-count", int(m["n"] or m["n2"]), "exact")
    doc.fact(doc.subject, DKG.defenceLaboratoryCount, count, s)
    return True


def area_count(doc: DocumentContext, text: str, s: Sentence) -> bool | None:
    if not (m := AREA_COUNT.fullmatch(text)):
        return None
    count = doc.count_node("designated-discipline-count", int(m["n"] or m["n2"]), "exact")
    doc.fact(doc.subject, DKG.designatedDisciplineCount, count, s)
    return True


def credential(doc: DocumentContext, text: str, s: Sentence) -> bool | None:
    m = CREDENTIAL.fullmatch(text)
    # a bare "Secret" is not a badge: it needs the word "credential" or the field's name
    if not m or not (text.lower().startswith("security") or re.search(r"credential", text, re.IGNORECASE)):
        return None
    level = {"top": "top-secret", "sec": "secret", "con": "confidential"}[m["level"][:3].lower()]
    doc.fact(doc.subject, DKG.securityCredential, vocab("credential", level), s)
    return True


def sanctions(doc: DocumentContext, text: str, s: Sentence) -> bool | None:
    if not (m := SANCTIONS.fullmatch(text)):
        return listed_badge(doc, text, s)
    if doc.words.negation.found_in(m["lists"]) or re.search(r"\bn/?a\b|^-$", m["lists"], re.IGNORECASE):
        return True  # "Sanctions Lists: None": read, and nothing to record
    found = False
    for item in in_force(doc, m["lists"]):
        for pattern, concept in doc.words.end_user_lists:
            if pattern.search(item):
                doc.fact(doc.subject, DKG.listedOn, vocab("end-user-list", concept), s)
                found = True
    # a list it was removed from, "US Entity List (removed in 2021)": formerly listed, with the end
    for item in ITEMS.split(m["lists"]):
        removed = REMOVED_ITEM.search(item)
        if removed is None or doc.words.hedge.found_in(item):
            continue
        for pattern, concept in doc.words.end_user_lists:
            if pattern.search(item[: removed.start()]):
                formerly_listed(doc, doc.subject, concept, s, ended=find_date(removed["when"]))
                found = True
    return found


# whose list a badge names before its name: "US", "Japan's", "US Department of Commerce"
LIST_OWNER = re.compile(
    r"(?:(?:the\s+)?(?:US|U\.S\.|United\s+States|Japan(?:['’]s)?|Japanese)\s+"
    r"(?:(?:Government|Department\s+of\s+(?:Commerce|Defen[cs]e)|DoD|Treasury)(?:['’]s)?\s+)?)?"
)


def listed_badge(doc: DocumentContext, text: str, s: Sentence) -> bool | None:
    """A list's name alone on its line, the 2025 layout's badge of a list the institution is on:
    "US Entity List", "Japan End User List" (nothing else on the line)."""
    for pattern, concept in doc.words.end_user_lists:
        if (m := pattern.search(text)) and not text[m.end() :].strip() and LIST_OWNER.fullmatch(text[: m.start()]):
            doc.fact(doc.subject, DKG.listedOn, vocab("end-user-list", concept), s)
            return True
    return None


# the items of a side field, split at commas and semicolons outside brackets
ITEMS = re.compile(r"[,;](?![^()（）]*[)）])")
# an item's remark that it was removed from the list: "US Entity List (removed in 2021)"
REMOVED_ITEM = re.compile(r"[(（]\s*(?:removed|delisted|taken\s+off)\b(?P<when>[^()（）]*)[)）]", re.IGNORECASE)


def supervisors(doc: DocumentContext, text: str, s: Sentence) -> bool | None:
    if not (m := SUPERVISORS.fullmatch(text)):
        return None
    # (an agency the registry does not know is minted from its name, as in prose: "Heilongjiang
    # Provincial Department of Education")
    targets = agencies(doc, s, ", ".join(in_force(doc, m["who"])), [doc.subject])
    for target, certainty in targets.items():
        doc.fact(doc.subject, DKG.supervisedBy, target, s, certainty=certainty)
    return bool(targets)


def in_force(doc: DocumentContext, items: str) -> list[str]:
    """The items of a header field that hold now, as far as each says: not one put in the past,
    denied or hedged ("MIIT (until 2018)", "US Entity List (removed in 2021)", "Formerly on the US
    Entity List", "Under review for the US Entity List"), nor one with a remark in brackets that
    may change what it says (``UNREAD_REMARK``), which is left unread with a warning."""
    held = []
    for item in ITEMS.split(items):
        if doc.in_the_past(item) or doc.negated_or_hedged(item) or ANOTHER_HOLDER.search(item):
            continue
        if remark := unread_remark(item):
            doc.ctx.warn("%s: a side field's item not read, for its remark '(%s)': %s", doc.slug, remark, item.strip())
            continue
        held.append(item)
    return held


# an item of a side field that is another body's: "its subsidiary X is on the ...", "(via its subsidiary
# X)", "(parent organisation only)", "(subsidiaries only)"
ANOTHER_HOLDER = re.compile(
    r"(?i)\b(?:via|through)\b|\b(?:its|their)\s+(?:[\w-]+\s+)?(?:subsidiar\w*|affiliates?|parent|partners?|units?|"
    r"compan(?:y|ies)|spin-?offs?)\b"
    r"|\b(?:subsidiar\w*|affiliates?|parent|partners?|units?|compan(?:y|ies)|spin-?offs?)(?:\s+[\w-]+)?\s+only\b"
)


def aliases(doc: DocumentContext, text: str, s: Sentence) -> bool | None:
    """ "Aliases: ...": read before the sentences (see ``other_names``)."""
    return True if ALIASES.fullmatch(text) else None


def categories(doc: DocumentContext, text: str, s: Sentence) -> bool | None:
    """ "Categories: Civilian, Seven Sons of National Defence": the tracker's categories it names
    (a name not in the word list is left unread, with a warning)."""
    if not (m := CATEGORIES.fullmatch(text)):
        return None
    found = False
    for name in filter(None, (part.strip(" .") for part in re.split(r"[,;]", m["names"]))):
        if (concept := doc.words.categories.get(name.lower())) is None:
            doc.ctx.warn("%s: unknown category '%s' (not read)", doc.slug, name)
            continue
        doc.fact(doc.subject, DKG.category, vocab("category", concept), s)
        found = True
    return found


def research_areas(doc: DocumentContext, text: str, s: Sentence) -> bool | None:
    """ "Research Areas: Aerospace, Materials": the institution's research areas (the topics the MISP
    copy's side field gives: concepts shared with prose, one label in lower case)."""
    if not (m := RESEARCH_AREAS.fullmatch(text)):
        return None
    for area in _values(m["names"]):
        if not area.isdigit():  # "Research Areas: 12" counts something it does not name: no topic "12"
            doc.fact(doc.subject, DKG.researchArea, doc.ctx.concept("topic", area.lower()), s)
    return True  # "Research Areas: None": read, nothing to record


def locations(doc: DocumentContext, text: str, s: Sentence) -> bool | None:
    """ "Locations: Harbin, Weihai": where the institution is, each place as written (an address,
    as the MISP copy's field is)."""
    if not (m := LOCATIONS.fullmatch(text)):
        return None
    for place in _places(doc, _values(m["names"])):
        if not NOT_THERE_NOW.search(place) and not doc.in_the_past(place):  # "Wuxi (planned campus)"
            doc.fact(doc.subject, SCHEMA.address, Literal(place), s)
    return True


def _places(doc: DocumentContext, values: list[str]) -> list[str]:
    """The places a side field's values give, a province after a place joined to it: "Harbin,
    Heilongjiang" is one place (a city in its province), not two; "Harbin, Weihai" two."""
    places: list[str] = []
    for value in values:
        if places and _province(doc, value) and not _province(doc, places[-1]):
            places[-1] += f", {value}"
        else:
            places.append(value)
    return places


def _province(doc: DocumentContext, place: str) -> bool:
    """Whether a place is a province or region: so called, or one whose government the registry
    knows by the place's name ("Heilongjiang Government"; a municipality's is not so named, since
    "the Beijing government" often means the central one)."""
    return (
        place.endswith((" Province", " Autonomous Region"))
        or doc.ctx.registry.resolve(f"{place} Government") is not None
    )


# (a place given only for a campus not there now: "Wuxi (planned campus)", not "Xi'an (Weiyang and
# Chang'an campuses, the latter under construction)" nor "Shenyang (Future Science City)")
NOT_THERE_NOW = re.compile(
    r"(?i)[(（]\s*(?:planned|proposed|future|former|closed)\s+(?:campus|site|branch|base)\s*[)）]|[(（]\s*under\s+construction\s*[)）]"
)


def _values(names: str) -> list[str]:
    """A side field's values, split at commas or semicolons outside brackets ("Shanghai (Baoshan,
    Jiading campuses)" is one), without those that say there are none."""
    parts = re.split(r"[,;](?![^()（）]*[)）])", names)
    return [value for part in parts if not _NONE.fullmatch(value := part.strip(" ."))]


def party_secretary(doc: DocumentContext, text: str, s: Sentence) -> bool | None:
    """ "Party Secretary: Name (中文名)": the post (W3C ORG), in the institution, and who holds it."""
    if not (m := PARTY_SECRETARY.fullmatch(text)):
        return None
    # "Huang Zhiqiang (黄志强) (until 2024); Li Hongmei (李红梅)": the holder now, the one not in the past
    holders = [name for part in m["name"].split(";") if not doc.in_the_past(name := part.strip(" ."))]
    if len(holders) != 1:
        return True  # none now, or several: read, nothing to record of now
    name = holders[0]
    zh = re.search(r"[(（](?P<zh>[^()（）]*[\u3400-\u9fff][^()（）]*)[)）]", name)
    english = re.sub(r"\s*[(（][^()（）]*[)）]", "", name).strip()
    if doc.words.negation.found_in(english) or _NONE.fullmatch(english):
        return True  # "Party Secretary: -": read, nothing to record
    post = ID[f"{doc.slug}-party-secretary"]
    person = ID[f"{doc.slug}-{slug(english)}"]  # minted under the institution: names are not unique
    doc.ctx.add(post, RDF.type, ORG.Post)
    doc.ctx.add(post, SKOS.prefLabel, Literal(f"Party Secretary of {doc.subject_label()}", lang="en"))
    doc.ctx.add(person, RDF.type, SCHEMA.Person)
    doc.ctx.add(person, SKOS.prefLabel, Literal(english, lang="en"))
    if zh:
        doc.ctx.add(person, SKOS.prefLabel, Literal(zh["zh"].strip(), lang="zh-Hans"))
    doc.fact(post, ORG.postIn, doc.subject, s)
    doc.fact(post, ORG.heldBy, person, s)
    return True

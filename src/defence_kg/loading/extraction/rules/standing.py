"""loaders: rules on the institution's standing in prose - its risk, names, credential, lists, supervisors."""

from __future__ import annotations

import re

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, SKOS, XSD

from defence_kg.core.namespaces import DKG, ID, vocab
from defence_kg.loading.dates import (
    BODY_NOUN,
    MONTHS,
    OR_ANOTHER_YEAR,
    YEAR,
    YEAR_ENDS,
    PreciseDate,
    dated_from_another,
    find_date,
)
from defence_kg.loading.extraction.context import DocumentContext
from defence_kg.loading.extraction.mentions import (
    companies,
    describe,
    founders_named,
    known_or_new,
    named_at_end,
    names_whose,
    own_unit,
    own_unit_name,
    partner_mentions,
)
from defence_kg.loading.extraction.names import CJK
from defence_kg.loading.extraction.rules.laboratories import LEADING_TIME, reason_counts
from defence_kg.loading.extraction.rules.links import RELATIVE_TAIL, tie_period, whole_list_ending_at
from defence_kg.loading.extraction.text import (
    CHINESE_WITH_GLOSS,
    COMPANY,
    GRADE_APART,
    ITEM_YEAR,
    LISTED_ON,
    POINTED_BACK_PAST,
    UNIT_ENDED,
    Gated,
    anothers_risk_reason,
    name_pattern,
    own_clauses,
    reason_holding,
    split_list,
    states_a_risk,
    unit_name,
)
from defence_kg.loading.profile_text import Sentence

# the four levels, as the tracker writes them
_LEVELS = r"very[- ]high|high|medium|low"
# what gives a risk level's reasons, besides "for", "as" and "due to"
_REASON_WORDS = r"because of|because|given|owing to|reflecting|on account of|in (?:light|view) of|based on"
RISK = Gated(
    r"^(?P<who>.+?)\s+(?:(?:is|has been|was)\s+(?:(?:designated|assessed as|rated|classified as|classed as|"
    r"categori[sz]ed as|considered|deemed)\s+"
    rf"(?:as\s+)?(?:an?\s+)?|an?\s+(?=(?:{_LEVELS})[- ]?risk\s+(?:institution|university|entity|"
    rf"organi[sz]ation|company|conglomerate)))|poses\s+an?\s+|is\s+(?=(?:{_LEVELS})[- ]?risk\b))"
    rf"[‘'\"“]?(?P<level>{_LEVELS})[- ]?risk\b[’'\"”]?"
    r"(?:\s+(?:institution|university|entity|organi[sz]ation|company|conglomerate))?"
    r"(?:\s+since\s+(?:[A-Z][a-z]+\s+)?\d{4})?[,]?\s*"  # "... very high risk since 2019 for ..."
    rf"(?:(?P<conn>for|as|due to|due for|{_REASON_WORDS})\s+(?P<why>.+?)|"
    r"(?:but|although|though|and)\s+.+?)?\.?$",
    ("risk",),
    re.IGNORECASE,
)
# a rating named as such: "<Institution> has a risk rating of high", "<Institution>'s risk rating was
# raised from medium to high in 2025" (the current level; the earlier one is not read, as below)
_RATING_CHANGED = r"(?:raised|lowered|upgraded|downgraded|changed|increased|reduced|revised)"
RISK_RATING = Gated(
    r"^(?P<who>.+?)(?:\s+(?:has|carries)\s+an?\s+risk\s+rating\s+of|['’]s\s+risk\s+(?:rating|level)\s+"
    rf"(?:is|was|has\s+been)(?:\s+{_RATING_CHANGED}\s+from\s+(?:{_LEVELS})(?:[- ]risk)?\s+to)?|"
    # (or the institution's level changed: "AU was upgraded from medium to high risk in 2025")
    rf"\s+(?:was|has\s+been)\s+(?P<changed>{_RATING_CHANGED})\s+(?:from\s+(?:{_LEVELS})(?:[- ]risk)?\s+)?to)\s+"
    rf"[‘'\"“]?(?P<level>{_LEVELS})(?:[- ]risk)?[’'\"”]?(?:\s+(?:in|since)\s+(?:[A-Z][a-z]+\s+)?\d{{4}})?"
    rf"(?:,?\s*(?:for|due to|{_REASON_WORDS})\s+(?P<why>.+?))?\.?$",
    ("rating", "level", "raised", "lowered", "graded", "changed", "increased", "reduced", "revised"),
    re.IGNORECASE,
)
# a change of the level told after it: "AU was designated high risk, though it was downgraded to
# medium risk in 2022" (the level read is no longer the level; which is, and since when, is left)
LEVEL_CHANGED_AFTER = re.compile(
    rf"\b(?:{_RATING_CHANGED}|moved|cut)\b[^,;.]{{0,40}}?\bto\s+(?:an?\s+)?[‘'\"“]?(?:{_LEVELS})\b", re.IGNORECASE
)
# a rating given at a time told, in the past tense: "In 2019, AU was rated medium risk", "... was
# rated high risk ... between 2010 and 2016" (thirty-eighth session: each added a second level to
# the page's designation)
RATED_THEN = re.compile(
    r"^(?:In|By|Before|Until|From|Between)\s+(?:[A-Z][a-z]+\s+)?\d{4}\b|\bwas\s+(?:designated|assessed|rated|"
    r"classified|classed|categori[sz]ed|considered|deemed)\b.*\b(?:19|20)\d\d\b"
)
# the level before a change, beside the current one: "high risk, down from very high risk in 2019",
# "high risk (previously medium)"; the current level is read, the earlier one is not (when it held
# is not said), and neither is part of the reasons
_LEVEL = rf"(?:{_LEVELS})(?:[- ]risk)?"
_CHANGED = r"(?:up|down|raised|lowered|upgraded|downgraded)\s+from"
LEVEL_BEFORE = re.compile(
    rf"\s*[(（]\s*(?:previously|formerly|{_CHANGED})\s+{_LEVEL}[^)）]*[)）]|"
    rf",?\s+(?:{_CHANGED}|previously|formerly)\s+{_LEVEL}(?:\s+(?:in|since|as\s+of|until)\s+(?:\w+\s+)?\d{{4}})?"
    rf"(?=\s*[,.]|\s+(?:for|as|due|because|given|owing)\b|\s*$)",
    re.IGNORECASE,
)
CREDENTIAL = Gated(
    r"security credential|security clearance|(?:secrecy|confidentiality) (?:credential|qualification|certificat)|"
    r"(?:top[- ]secret|secret|confidential)(?:[- ]level)? credential|"
    r"(?:security|confidentiality) qualification|"
    r"qualifications? (?:to|for) (?:undertake|conduct|carry out|participate in|engage in|take part in) "
    r"(?:classified|secret|confidential)|"
    r"(?:accredited|certified) to (?:conduct|undertake|carry out) classified|"
    # "is qualified to carry out secret-level defence research": a level, or none with "classified"
    r"qualified to (?:undertake|conduct|carry out|participate in|engage in|take part in) "
    r"(?:top[- ]secret|secret|confidential|classified)|保密资格",
    ("security", "secrecy", "confidentiality", "qualification", "qualified", "accredited", "certified", "credential"),
    re.IGNORECASE,
)
# being "qualified to carry out secret-level research" is the credential itself, not the hedge
# "qualified to" is elsewhere (a permission, not the thing done)
QUALIFIED_FOR = re.compile(
    r"\bqualified to (?=(?:undertake|conduct|carry out|participate in|engage in|take part in) "
    r"(?:top[- ]secret|secret|confidential|classified))",
    re.IGNORECASE,
)
# a hedge right before a date: "probably in 2006", "allegedly since 2012" dates nothing
HEDGED_DATE = re.compile(
    r"\b(?:probably|possibly|perhaps|likely|may have|might have|reportedly|allegedly|supposedly|purportedly|"
    r"apparently|presumably|reputedly|seemingly)\W+(?:\w+\W+){0,2}$",
    re.I,
)
LISTED = re.compile(
    r"\b(?:added to|placed on|included (?:on|in)|inclusion (?:on|in)|listed on|is on|was on|(?:has|have|had) been on|remains on|"
    r"appears on|named on|entered (?:on|onto)|designated on)\b",
    re.IGNORECASE,
)
_BODY = (
    # (who leads it, before its name: "the CASC-led Aerospace Alliance" is the Aerospace Alliance)
    r"(?:the\s+)?(?P<led>[A-Z][A-Za-z0-9&]*-(?:led|backed|sponsored)\s+)?"
    r"(?P<name>(?:[A-Z0-9][\w'’&-]*\s+|of\s+|and\s+|for\s+)*?"
    r"(?:Alliance|League|Association|Society|Consortium)(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?)"
    r"\b(?!['’]s\b)"  # not "the X Alliance's council"; "... Alliance of Kestrel Province" whole
)
MEMBERSHIP = Gated(
    r"\b(?:is a member of|became a member of|(?:is|was|became) a founding member of|joined|a member of|"
    r"(?:is|was)\s+(?:a|one)\s+(?:of\s+the\s+)?co-?founders?\s+of|(?:was|has\s+been)\s+admitted\s+(?:to|into)|"
    # "is one of the founding members of", "was among the first twelve members of"
    r"(?:is|was)\s+(?:also\s+)?(?:one\s+of|among)\s+the\s+(?:[\w-]+\s+){0,2}?members\s+of|"
    r"(?:are|were|became)\s+(?:both\s+|all\s+)?(?:founding\s+)?members of|"
    r"(?:participates|takes\s+part)\s+in|is\s+(?:also\s+)?part\s+of|belongs\s+to|"
    # its place in the body, which makes it a member: "is the lead member of", "is a council member of",
    # "chairs the X Alliance", "leads the X Association"
    r"is\s+(?:also\s+)?(?:a|an|the)\s+(?:lead|leading|council|standing|executive|core|governing)\s+member\s+of|"
    r"(?:chairs|leads|heads)|"
    # "co-founded the X Alliance in 2011", "jointly set up the X Association", "helped found the X League"
    r"co-?(?:founded|established)|jointly\s+(?:founded|established|set\s+up)|helped\s+(?:to\s+)?(?:found|establish))\s+"
    + _BODY,
    (
        "member",
        "joined",
        "participates",
        "part",
        "belongs",
        "found",
        "establish",
        "jointly",
        "admitted",
        "chairs",
        "leads",
        "heads",
    ),
)
# a membership said by its start
JOINED = re.compile(r"\b(?:joined|became|admitted)\b")
# a founder of the body, not said to be a member ("a founding member" is one)
CO_FOUNDED = re.compile(r"co-?found|co-?establish|jointly|helped")
# a second body after the first: "a member of the C9 League and the Yangtze Delta Alliance"
AND_BODY = re.compile(r"\s*,?\s+and\s+" + _BODY)

# a membership in the past tense (a founding member stays one: "was a founding member of")
WAS_A_MEMBER = re.compile(r"\b(?:was|were)\s+(?:both\s+|all\s+|\w+ly\s+)?(?:an?\s+)?members?\s+of\b")

# the tracker's "Seven Sons" category, stated of the institution: "<Institution> is one of the Seven
# Sons of National Defence", "<Institution> (ABBR), one of China's 'Seven Sons of National Defence',
# ...", "As one of the Seven Sons of National Defence, <Institution> ..." (not "was": not now)
# (not their partners: "one of the Seven Sons' key partners", "... of National Defence's suppliers")
_SEVEN_SONS = (
    r"(?:(?:one|a\s+member)\s+of|among)\s+(?:China['’]s\s+|the\s+)?(?:so-called\s+)?[\"“‘']?Seven\s+Sons\b"
    r"(?!\s+of\s+National\s+Defen[cs]e['’]s\s|['’]\s+(?:\w+\s+){0,2}"
    r"(?:partners?|suppliers?|competitors?|affiliat\w+|rivals?|clients?|customers?|peers?)\b)"
)
SEVEN_SONS_LEADING = Gated(r"^As\s+" + _SEVEN_SONS + r"[^,]*,\s*", ("sons",))
SEVEN_SONS_AFTER_SUBJECT = (
    r"(?:\s*\([^)]*\))?(?:,\s*|\s+(?:is|remains|has\s+(?:long\s+)?been)\s+(?:also\s+)?(?:known\s+as\s+)?)" + _SEVEN_SONS
)


# where a founding's phrase ends: "... in 1952 as a naval college", "... and later moved to Harbin"
_FOUNDING_ENDS = (
    r"\s+(?:as|to|under|with|after|following|when|and\s+(?:(?:later|then|subsequently)\s+)?"
    r"(?:is|was|has|had|its|it|now|became|underwent|changed|moved|grew|gained|joined|received|began|expanded|"
    # or a verb of its present: "... in 1965 and holds top-secret credentials", "... and trains engineers"
    r"holds|hosts|houses|runs|operates|owns|trains|employs|specia?li[sz]es|focuses|offers|conducts|remains)\b)\b"
    r"|[,;]|\.?$"
)
# the founding's verb, its date and founders: "founded in 1952", "jointly established by MIIT and the PLA"
_FOUNDED_VERB_PHRASE = (
    # (by several together: "was jointly founded by MIIT and the PLA", "was co-founded in 1952 by ...")
    r"(?:jointly\s+|co-)?(?:founded|established|set\s+up|created|formed)\b"
    r"(?P<rest>(?:\s+(?:(?:in|on)\s+(?P<date>(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4})|by\s+(?P<by>[^,;]+?)))+)"
    rf"(?={_FOUNDING_ENDS}"
    # a place ending the sentence: "... in 1958 in Egret City", "... in 1965 in Baotou, Inner Mongolia",
    # or before what ends the founding: "... in 1958 in Xi'an and was placed under NORINCO in 1999"
    r"|\s+in\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?"
    rf"(?:\.?$|(?={_FOUNDING_ENDS})))"
)
# "<Institution> was (first) founded in 1952", "... was established by the PLA in 1952": when, and by whom
FOUNDED = (
    # (after a bracket, a relative clause or what it is: "AU, which is subordinate to MIIT, was founded
    # in 1953", "AU, a university under MIIT, was founded in 1953", "KEU, the successor to X, was ...")
    r"(?:\s*\([^)]*\)|,\s+(?:which|a|an|the)\s+[^,;]+,)?\s+was\s+(?:first\s+|originally\s+)?" + _FOUNDED_VERB_PHRASE
)
# the founding in a relative clause on what the institution is, or a participle after it: "AU is a
# naval university that was founded in 1958", "AAU is a joint venture university established in 2015
# by A and B" (the body's noun right before it: not "a subsidiary of the university that ...")
FOUNDED_DESCRIBED = (
    rf"\s+is\s+(?:a|an|the)\s+(?:(?!of\b)[\w'’-]+\s+){{0,5}}?(?:{BODY_NOUN}|institution)"
    r"\s+(?:(?:that|which)\s+was\s+(?:first\s+|originally\s+)?)?" + _FOUNDED_VERB_PHRASE
)
UNIT_NAME = unit_name("Institute|Academy|College|School")
_FOUNDING_VERB = r"(?:founded|established|set\s+up|created)"
# "<Institution> founded its X Institute (in 2003)": the subject's own unit
FOUNDED_ITS_UNIT = re.compile(rf"\s+{_FOUNDING_VERB}\s+(?P<article>its|a|an|the)\s+{UNIT_NAME}(?P<rest>.*)$")
# after "... was founded": "by CASC in 1999", "by the MOE and SASTIND to expand ..."
UNIT_FOUNDED_BY = re.compile(r"\s+by\s+(?P<by>.+?)(?=\s+in\s+(?:[A-Z][a-z]+\s+)?\d{4}\b|\s+to\s|[,;]|\.?$)")
UNIT_WORD = re.compile(r"\b(?:Institute|Academy|College|School)\b")
# "<Institution> is (also) home to the X Institute (中文名), which ...": a unit there
HOME_TO_UNIT = re.compile(rf"\s+is\s+(?:also\s+)?home\s+to\s+the\s+{UNIT_NAME}(?P<rest>.*)$")
# a unit set up at another body, not a place: "founded its X Institute at the University of Y"
AT_ANOTHER = re.compile(
    r"\s+(?:at|in)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+)*?(?:University|College|Institute|Academy|School|Corporation)\b"
)
# a name many bodies' units bear, one at each partner abroad: not one node for all of them
CONFUCIUS = re.compile(r"\bConfucius\s+Institute")
# what such a unit does, told after its name: ", which develops radar for the PLA Air Force"
# (not a unit founded or held with another: ", which it runs with CETC", ", which was set up for the PLA")
_UNIT_DOES = re.compile(r"^\s*,\s+which\s+(?!(?:was|were|is|are|has|have|it|they)\b)(?:(?!\b(?:with|jointly)\b)[^,;])*")
# "<Institution>'s X Institute was founded in 2006", "the <Institution> X Institute was established"
UNIT_WAS_FOUNDED = re.compile(rf"(?:['’]s)?\s+{UNIT_NAME}\s+was\s+(?:first\s+)?{_FOUNDING_VERB}\b(?P<rest>.*)$")
# "In 2013, a provincial secrecy bureau set up a Training Academy at <Institution>": a unit there, founded by another
UNIT_FOUNDED_AT = re.compile(
    rf"^(?P<founder>[^,;]+?)\s+{_FOUNDING_VERB}\s+(?:a|an|the)\s+{UNIT_NAME}\s+(?:at|in|within)\s+"
    r"(?P<host>[^,;]+?)(?:\s+in\s+(?:[A-Z][a-z]+\s+)?\d{4})?\.?$"
)
# founded with another, or for another: the collaboration rules', or not the institution's unit
WITH_ANOTHER = re.compile(r"\bjointly\b|\bco-?(?:founded|established)\b|\bwith\b|\bfor\s+(?:the\s+)?[A-Z]")
# a founding of something else, or of a later form of the institution (a merger is the merger
# rule's): not its own founding
REFOUNDED = re.compile(
    r"\b(?:current|present)\s+form\b|\bmerg|\bcombin|\bamalgamat|\brenamed\b|\bre-?(?:founded|established)\b|"
    # (or a reorganisation of a former body: "..., from the former X Academy", "on the basis of")
    r"\b(?:from|out\s+of)\s+(?:the\s+)?(?:former|old)\b|\bon\s+the\s+basis\s+of\b",
    re.I,
)


# an apposition after a risk sentence's subject: ", a university under MIIT", ", formerly known as ..."
RISK_APPOSITION = re.compile(
    # (not a comma inside the name's bracket: "(IOA, also known as the Acoustics Institute)")
    r",(?![^()（）]*[)）])\s*(?:a|an|one\s+of|formerly|previously|once|also|which|known|better\s+known|"
    r"(?:the\s+)?(?:former|successor))\b[^,]*,?\s*$"
    # "..., AVIC's 601st research institute,": what it is, as its owner's part
    r"|,(?![^()（）]*[)）])\s*(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*['’]s\s+[^,]*,?\s*$"
)
# a bracket in the midst of the name, before its parent's: "Institute of Acoustics (IOA, 声学研究所) of the
# Chinese Academy of Sciences"
BRACKET_BEFORE_PARENT = re.compile(
    r"^(?P<name>.+?)\s*(?P<bracket>[(（][^()（）]+[)）])\s+of\s+(?:the\s+)?(?P<parent>[A-Z].*)$"
)
# what a bracket says before another name of it: "(IOA, also known as the Acoustics Institute)"
ALSO_KNOWN = re.compile(r"^(?:also\s+known\s+as|aka|a\.k\.a\.|or)\s+(?:the\s+)?", re.IGNORECASE)
# a semicolon between clauses, not one inside brackets ("(KBUT; 中文名)")
OUTER_SEMICOLON = re.compile(r";(?![^()（）]*[)）])")


def risk(doc: DocumentContext, s: Sentence) -> bool:
    """ "<Institution> is designated high risk for ...": its level, and a dated designation."""
    if not RISK.may_match(s.text):
        return False
    # "AU is designated high risk; its subsidiary is designated very high risk": the first clause's
    clause = OUTER_SEMICOLON.split(LEVEL_BEFORE.sub("", s.text), maxsplit=1)[0]
    m = RISK.expression.match(clause) or RISK_RATING.match(clause)
    if not m or (doc.risk_read and RATED_THEN.search(clause) and not _level_read(doc, m["level"])):
        return False  # (another level a later sentence dates to the past is not the page's designation)
    if m.groupdict().get("changed") and doc.risk_read and not _level_read(doc, m["level"]):
        return False  # a change to another level than the page's: which is the current one is not sure
    if LEVEL_CHANGED_AFTER.search(clause, m.end("level")):
        return False  # "..., though it was downgraded to medium risk in 2022"
    who = m["who"]
    # "Unlike <X>, which is designated very high risk, <Subject> is ...": the last clause's subject
    if "," in who and re.match(r"^(?:Unlike|Like|While|Whereas|Compared with|As with)\b", who):
        who = who.rsplit(",", 1)[-1].strip()
    # "Founded in 1958, AU is ...", "AU (ABBR), a university under MIIT, is ...": the name alone
    who = RISK_APPOSITION.sub("", doc.without_leading_clause(who))
    if (inside := BRACKET_BEFORE_PARENT.match(who)) and doc.organisation_named(inside["parent"]) is not None:
        who = f"{inside['name']} {inside['bracket']}"  # (its parent's name says whose institute it is)
    abbr, alias = None, None
    if bracket := re.search(r"\s*[(（](?P<inner>[^()（）]+)[)）]\s*$", who):
        who = who[: bracket.start()].strip()
        # "(CQU)", "(Norinco Group)", "(中文名)", "(哈尔滨工程大学, HEU)"
        for part in re.split(r"\s*[,，;；]\s*", bracket["inner"].strip()):
            part = ALSO_KNOWN.sub("", part)
            if re.fullmatch(r"[A-Z][A-Za-z&-]{1,11}", part):
                abbr = abbr or part
            elif part:
                alias = alias or part
    # a source's risk field is about its entry, and a page's first risk sentence about its
    # institution when the names share a distinctive word ("Guilin University of Electronic
    # Technology" on the page of "... Electronic Science and Technology"): whatever name it uses
    about_it = s.section == "RISK" or (not doc.risk_read and s.section is None and same_institution(doc, who))
    if not (about_it or is_the_institution(doc, who)):
        return False
    for name in (who, alias):
        if name and re.match(r"[A-Z]", re.sub(r"^[Tt]he\s+", "", name)) and not doc.is_subject(name):
            doc.names.add(re.sub(r"^.+?['’]s\s+(?=[A-Z])", "", name))  # "The PLA SSF's Space Engineering University"
    # its Chinese names, each a label with this sentence as evidence: "(哈尔滨工程大学, HEU)",
    # "(中文名 aka 简称, ABBR)"
    for name in CHINESE_ALTERNATIVES.split(alias) if alias and CJK.search(alias) else ():
        doc.learn_name(name, s)
    if abbr:
        doc.note_abbreviation(abbr, s)
    designate(doc, m["level"].lower().replace(" ", "-"), m["why"], s)
    if m["why"]:
        reason_counts(doc, m["why"], s)
    return True


GENERIC_NAME_WORDS = {
    "the",
    "of",
    "and",
    "for",
    "university",
    "institute",
    "academy",
    "college",
    "school",
    "technology",
    "science",
    "sciences",
    "engineering",
    "china",
    "chinese",
    "pla",
    "people's",
    "people’s",
    "national",
    "group",
    "corporation",
    "company",
    "limited",
    "research",
    "polytechnic",
    "normal",
    "state",
    "key",
}


# an abbreviation in a name: "CAS", "PLA", "R&D"
ABBREVIATION_IN_NAME = re.compile(r"\b[A-Z][A-Z&]+\b")


def same_institution(doc: DocumentContext, who: str) -> bool:
    """``who`` and the page's title share a distinctive word, the title holds every word of ``who``,
    and ``who`` names nothing else the registry knows; ``who`` is one name ("Birch University, a
    partner of <Institution>" is not). An abbreviation of a body the registry knows stands for that
    body's name, in either ("CAS Institute of Acoustics" titles "The Chinese Academy of Sciences
    Institute of Acoustics", "People's Liberation Army Navy Submarine Academy" "The PLA Navy ...")."""
    if re.search(r"[,;]", who):
        return False
    title = doc.profile.title or ""
    titled = _name_words(title).union(*(_name_words(name) for name in _spelt_out(doc, title)))
    said = _name_words(ABBREVIATION_IN_NAME.sub(" ", who))
    # every word of it in the title: "Anshan Normal University" is not Anshan Polytechnic University
    if said - titled - {"the", "of", "and", "for"}:
        return False
    if not all(
        abbreviation.lower() in titled or any(_name_words(name) <= titled for name in _spelt_out(doc, abbreviation))
        for abbreviation in ABBREVIATION_IN_NAME.findall(who)
    ):
        return False
    return bool((said & titled) - GENERIC_NAME_WORDS) and doc.ctx.registry.resolve(who) in (None, doc.subject)


def _name_words(name: str) -> set[str]:
    return set(re.findall(r"[\w'’]+", name.lower()))


def _spelt_out(doc: DocumentContext, name: str) -> list[str]:
    """The names of each body the registry knows by an abbreviation in ``name``."""
    iris = (doc.ctx.registry.resolve(abbreviation) for abbreviation in ABBREVIATION_IN_NAME.findall(name))
    return [known for iri in iris if iri is not None for known, _ in doc.ctx.registry.names_of(iri)]


def is_the_institution(doc: DocumentContext, who: str) -> bool:
    """A risk sentence's subject names the institution, or is the page's title (maybe possessed)."""
    title = (doc.profile.title or "").lower()
    bare = re.sub(r"^the\s+", "", who.lower())
    return (
        doc.is_subject(who)
        or doc.ctx.registry.resolve(who) == doc.subject
        or bool(title and (bare in title or re.fullmatch(r"(?:[\w ]+['’]s )?" + re.escape(title), bare)))
    )


# a caveat on the rating after its reasons, no reason itself: ", though this rating may be revised"
CAVEAT = re.compile(
    r",?\s+(?:but|though|although|even\s+though)\s+(?:this|that|it|the\s+(?:rating|level|designation|assessment))\b.*$"
)


# "... high risk, as is NUDT, as ...": another body rated alike, and reasons that may be either's
ANOTHER_RATED = re.compile(r"(?:is|are|was|were)\s+(?:(?:its|their)\s+[a-z]+\s+|the\s+)?[A-Z][^,]*,")


def _level_read(doc: DocumentContext, level: str) -> bool:
    """Whether the page has already given its institution this risk level (a badge, a sentence)."""
    iri = vocab("risk", level.lower().replace(" ", "-"))
    return any(s == doc.subject and p == DKG.riskLevel and o == iri for s, p, o in doc.ctx.triples)


def designate(doc: DocumentContext, level_name: str, why: str | None, s: Sentence) -> None:
    """The risk level, and a designation node: who assessed it, why, and as of the page's date."""
    level = vocab("risk", level_name)
    doc.risk_read = True
    assessor = doc.assessor or ID[doc.ctx.source.publisher]
    asof = doc.profile.last_updated
    designation = ID[f"{doc.slug}-risk-designation" + doc.designation_suffix + (f"-{asof.iso}" if asof else "")]
    doc.ctx.add(designation, RDF.type, DKG.RiskDesignation)
    doc.ctx.add(doc.subject, DKG.riskDesignation, designation)
    doc.fact(doc.subject, DKG.riskLevel, level, s)
    doc.fact(designation, DKG.riskLevel, level, s)
    if (why := CAVEAT.sub("", why or "")) and not ANOTHER_RATED.match(why):
        doc.fact(designation, DKG.rationale, Literal(why, lang="en"), s)
    # The risk sentence names neither the assessor nor the date: both come from the document's
    # metadata (its publisher, or the source it copies; its "Last updated" line, quoted).
    metadata = {DKG.basis: vocab("basis", "document-metadata")}
    doc.ctx.fact(
        designation,
        DKG.assessedBy,
        assessor,
        document=doc.document,
        quote=None,
        asserted_by=doc.asserted_by,
        qualifiers=metadata,
    )
    if asof is not None:
        doc.ctx.fact(
            designation,
            DKG.assessedAsOf,
            Literal(asof.iso, datatype=XSD.date) if asof.precision == "day" else asof.literal,
            document=doc.document,
            quote=doc.profile.last_updated_line,
            asserted_by=doc.asserted_by,
            qualifiers=metadata,
        )


def abbreviation(doc: DocumentContext) -> bool:
    """'<full name> (ABBR)' right after the institution's own full name gives its abbreviation.

    Only the first such mention counts, and only after a full name: an abbreviation written
    after another institution's name ("Dalian Maritime University (DMU)") is not taken. An
    abbreviation the text uses as a clause's subject without defining it ("HLJIT is ...") is a
    name of the institution too (not a fact) when its letters spell the institution's name.
    """
    full = sorted(sorted(doc.names.full), key=len, reverse=True)
    if not full:
        return False
    defined = False
    for s in doc.profile.sentences:
        if m := abbreviation_bracket(full, s.text):
            if m["after"] is not None and sum(c.isupper() for c in m["abbr"]) < 2:
                break  # a word before another's part, no abbreviation: "(Shanghai, 上海)"
            doc.note_abbreviation(m["abbr"], s)
            # its Chinese name beside it in the bracket, as a risk sentence's is learnt: "(PUT; 鸻鸟理工大学)"
            for part in re.split(r"\s*[,，;；]\s*", f"{m['before'] or ''};{m['after'] or ''}"):
                if CJK.search(part) and not re.search(r"[A-Za-z]", part):
                    doc.learn_name(part, s)
            defined = True
            break
    return undefined_abbreviations(doc) or defined


# what follows a name to give its abbreviation: " (ABBR)", "（中文，ABBR）", " (ABBR; 中文名)" (the
# description-only entries' way)
ABBREVIATION_AFTER = re.compile(
    r"\s*[(（](?:(?P<before>[^()（）]*?)[,，;；]\s*)?(?P<abbr>[A-Z][A-Za-z&-]{1,11})"
    r"(?:\s*[,，;；]\s*(?P<after>[^()（）]*))?[)）]"
)
ABBREVIATION_STARTS = re.compile(r"(?=" + ABBREVIATION_AFTER.pattern + ")")
NAME_START = re.compile(r"(?<![\w-])")


def abbreviation_after(names: list[str], text: str) -> str | None:
    """The abbreviation ``abbreviation_bracket`` finds."""
    m = abbreviation_bracket(names, text)
    return m["abbr"] if m else None


def abbreviation_bracket(names: list[str], text: str) -> re.Match[str] | None:
    r"""The abbreviation the expression ``(?<![\w-])(?:(?i:<name>)|...)`` + ABBREVIATION_AFTER,
    with ``names`` in that order, finds first in ``text`` (either apostrophe in a name).

    Found from where an abbreviation may follow, without compiling the names into that expression
    (one per document): the earliest name's start wins, then the first of ``names`` there.
    """
    found: tuple[int, int, int] | None = None
    if "(" not in text and "（" not in text:
        return None  # no bracket: no abbreviation (found at once, not by trying every place)
    for after in ABBREVIATION_STARTS.finditer(text):
        end = after.start()
        for rank, name in enumerate(names):
            start = end - len(name)
            if start >= 0 and NAME_START.match(text, start) and _same_name(name, text[start:end]):
                found = min(found or (start, rank, end), (start, rank, end))
    return ABBREVIATION_AFTER.match(text, found[2]) if found else None


def _same_name(name: str, written: str) -> bool:
    """``(?i:name_pattern(name))`` matches all of ``written``: plain ASCII is compared lower-cased,
    anything else by the expression (re's case folding of other characters is its own)."""
    a, b = name.replace("’", "'"), written.replace("’", "'")
    if a.isascii() and b.isascii():
        return a.lower() == b.lower()
    return re.fullmatch("(?i:" + name_pattern(name) + ")", written) is not None


def undefined_abbreviations(doc: DocumentContext) -> bool:
    """Abbreviations that open clauses without being defined, and spell the institution's name."""
    others = {abbr for s in doc.profile.sentences for abbr in defined_abbreviations(s.text)}
    english = [n for n in doc.names.full if re.fullmatch(r"[\w\s'’&,.()-]+", n) and not n.startswith("PLA ")]
    found = False
    for s in doc.profile.sentences:
        m = re.match(r"(?:[Tt]he\s+)?(?P<abbr>[A-Z][A-Z&]{1,9}[A-Za-z]{0,4})\b", doc.main_clause(s))
        if not m or m["abbr"] in doc.names.exact or m["abbr"] in others:
            continue
        abbr, known = m["abbr"], doc.ctx.registry.resolve(m["abbr"])
        if any(initials(n) == abbr.upper() for n in english) or (
            known is None and any(spells(abbr, n) for n in english)
        ):
            doc.names.add(abbr)
            found = True
    return found


# "Harbin Institute of Technology (HIT)": an abbreviation the text gives some organisation. The
# bracket is found first and the name looked for in the words just before it: one expression
# for both tried the name at every capital of a long run of capitalised words (quadratic).
BRACKETED_ABBREVIATION = re.compile(r"\((?P<abbr>[A-Z][A-Za-z&-]{1,11})\)")
NAME_BEFORE = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and|for|the))+\s*$")


def defined_abbreviations(text: str) -> set[str]:
    """The abbreviations ``text`` gives in brackets after a name of two words or more."""
    return {
        m["abbr"]
        for m in BRACKETED_ABBREVIATION.finditer(text)
        if NAME_BEFORE.search(text, max(0, m.start() - 200), m.start())
    }


def initials(name: str) -> str:
    """ "Space Engineering University" -> "SEU" (without of, and, the, for)."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z]+", name) if w.lower() not in {"of", "and", "the", "for"}).upper()


def spells(abbr: str, name: str) -> bool:
    """Each word of the name gives the abbreviation its next letter, and may give more of its own
    letters in order ("HLJIT": Hei-L-J-iang, Institute, Technology)."""
    letters = abbr.lower()
    words = [w for w in re.findall(r"[a-z]+", name.lower()) if w not in {"of", "and", "the", "for"}]
    if not words or len(letters) < len(words):
        return False
    i = 0
    for n, word in enumerate(words):
        if i >= len(letters) or letters[i] != word[0]:
            return False
        i, j = i + 1, 1
        # take more letters from this word while the later words still have one each
        while len(letters) - i > len(words) - n - 1 and (k := word.find(letters[i], j)) != -1:
            i, j = i + 1, k + 1
    return i == len(letters)


APPOSITIVE_HOLDER = re.compile(r"^An? (?:institution|university|academy)\s+(?:accredited|holding|with)\b[^,]*,\s*")
POSSESSOR = re.compile(r"^Its\s|['’]s\s")
SECURITY_CREDENTIAL = re.compile(r"(?:security|secrecy)\s+(?:credential|clearance|qualification)")
# a credential talked about, not held: "its application for secret-level security credentials",
# "possible secret-level security credentials", "training on ...", "failed the ... credential review",
# "trains staff in secrecy qualification procedures" (the credential's procedures, rules or work)
CREDENTIAL_NOT_HELD = re.compile(
    r"\b(?:possible|potential|training|courses?|seminars?|workshops?|lectures?|applications?|reviews?|audits?|"
    r"inspections?|exams?|examinations?)\s+(?:(?:on|for|about|of)\s+)?(?:(?:its|the|a|an)\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:security|secrecy|confidentiality)\s+(?:credential|clearance|qualification|certificat)|"
    r"(?:credential|clearance|qualification|certification)s?\s+(?:review|audit|inspection|exam|examination|application|"
    r"training|procedures?|process(?:es)?|rules|regulations|requirements|standards|systems?|work|management|guidelines)\b",
    re.IGNORECASE,
)
# ... but one the institution passed is one it obtained: "passed the review for a secret-level
# secrecy qualification in 2013", "passed the secrecy qualification examination"
PASSED = re.compile(r"\bpassed\s+(?:(?:its|the|a|an)\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def credential_not_held(text: str) -> bool:
    """``text`` talks of a credential as something not held (``CREDENTIAL_NOT_HELD``), not as one passed."""
    return any(PASSED.search(text, 0, m.start()) is None for m in CREDENTIAL_NOT_HELD.finditer(text))


# another's credential: "top-secret security credentials held by its partner NUDT"
HELD_BY_ANOTHER = re.compile(r"(?:credential|clearance|qualification)s?\s+(?:held|owned)\s+by\s+(?!it\b|itself\b)")
# a partner described as holding one: "cooperates with X, a CETC subsidiary that holds secret-level
# security credentials", "works with Y, a company holding ...", "a joint laboratory with Z that has ..."
DESCRIBED_AS_HOLDING = re.compile(
    r"(?:,\s*(?:a|an|the|one\s+of)\s+|\bwith\s+)[^,;]*?(?:\b(?:that|which|who)\s+(?:also\s+)?"
    r"(?:holds?|has|have|possess(?:es)?)|\bholding)\s+[^,;.]*?(?:credential|clearance|qualification)",
    re.IGNORECASE,
)


# what leaves a credential named not held now, wherever it stands in the holder's clauses, besides
# a negation (a hedge on its year alone, "probably in 2011", leaves it held): lost, given up, under
# review, only required or hoped for
CREDENTIAL_IN_DOUBT = re.compile(
    r"\b(?:gave\s+up|given\s+up|surrender(?:ed|s)?|relinquish(?:ed|es)?|lost|revoked|suspended|withdrawn|"
    r"(?:down|up)graded(?!\s+(?:from\s+(?:the\s+)?[\w-]+(?:\s+level)?\s+)?to\b)|under\s+review|renew(?:ed|al)|require[sd]?|requiring|need(?:s|ed)?|hoped|hopes|"
    r"would\s+be|should|ought\s+to|applied\s+for|applying\s+for|seeking|seeks|sought|confirmed|"
    # not granted yet: "its secret-level security credentials are pending"
    r"pending|awaited)\b",
    re.IGNORECASE,
)
# a credential held through another body, which may be the holder itself: "holds secret-level
# security credentials through its subsidiary, Kestrel Avionics"
THROUGH_ANOTHER = re.compile(
    r"\b(?:through|via)\s+(?:its|a|an|the|one\s+of\s+its)\s+(?:[\w-]+\s+)?(?:subsidiar(?:y|ies)|compan(?:y|ies)|"
    r"affiliates?|partners?|firms?|spin-offs?|enterprises?|institutes?)\b",
    re.IGNORECASE,
)
# credentials as what something is about, not as what the institution holds: "a conference on
# secrecy qualifications", "publishes research on ...", "discussed secrecy qualifications with ..."
CREDENTIAL_AS_TOPIC = re.compile(
    r"\b(?:on|about|regarding|concerning|discuss(?:es|ed)?|stud(?:y|ies|ied)|publish(?:es|ed)?|teach(?:es)?|taught|"
    r"explain(?:s|ed)?|review(?:s|ed)?)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# a clause of another holder after a semicolon ("...; its subsidiary has held top-secret ones"), and a
# credential held for another ("... and confidential-level credentials for its press")
ANOTHERS_CLAUSE = re.compile(
    r";\s*(?=(?:its|their|the)\s+(?!university\b|institute\b|college\b|academy\b)[\w-]+\s+[a-z])"
)
FOR_ANOTHER = re.compile(
    # ("... and confidential-level ones for its press": "ones" stands for the credentials)
    r"(?:\s+and)?\s+[\w-]*(?:secret|confidential)[\w-]*\s+(?:[\w-]+\s+){0,2}?(?:credentials?|clearances?|qualifications?|ones?)"
    r"\s+for\s+(?:its|their|an?|the)\s+[^,;.]*"
)


# the year right after the credential named: "... and secret-level credentials in 2012"
YEAR_AFTER_CREDENTIAL = re.compile(
    rf"[^,;.]{{0,40}}?\b(?:in|since)\s+(?:[A-Z][a-z]+\s+)?(?P<year>(?:19|20)\d\d){YEAR_ENDS}"
)


# the year the holder received the credential, told in a relative clause right after it (which
# ``own_clauses`` leaves out): "..., which it received in 2011", "..., which were granted to it in 2011"
_RECEIVED = r"(?:received|obtained|gained|acquired|secured|earned|won|got|was\s+(?:granted|awarded|given|issued))"
RECEIVED_IN_ITS_RELATIVE = re.compile(
    r"[a-z]*\s*,\s*which\s+(?:(?P<who>[A-Z][\w'’ -]*?|it|the\s+\w+)\s+(?:first\s+|initially\s+)?"
    rf"{_RECEIVED}|(?:was|were)\s+(?:first\s+|initially\s+)?(?:granted|awarded|given|issued)(?:\s+to\s+it)?)"
    r"\s+(?P<date>(?:in|on)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)\s*(?:[,;.]|$)"
)


# ", which it has held since 2011", ", a qualification it has held since 2011": held from that year
# on (a start, not a point in time); "has reportedly held", "since 2011 and renewed it in 2016" are not
HELD_SINCE_IN_ITS_RELATIVE = re.compile(
    r"[a-z]*\s*,\s*(?:which|(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:credential|qualification|clearance|certificate)s?"
    r"(?:\s+(?:which|that))?)\s+(?P<who>[A-Z][\w'’ -]*?|it|the\s+\w+)\s+(?:has|have)\s+(?:held|kept|retained)"
    r"\s+(?:it\s+|them\s+)?(?P<date>since\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)\s*(?:[,;.]|$)"
)


# the main clause's "has held ... since 2011": held from that year on, as in the clause after it
# ("has held X since 2011 and renewed it in 2016" keeps its point in time: the year is of both)
_HELD_SINCE = (
    r"\b(?:has|have)\s+(?:held|kept|retained)\s[^,;]*?\bsince\s+(?P<date>(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?"
    r"(?:19|20)\d\d)"
)
HELD_SINCE = re.compile(_HELD_SINCE + r"\s*(?:[,;.]|$)")
# "... has held them since 2011 and renewed them in 2016": held from 2011 on, the renewal no doubt
# on it (as "renewed" elsewhere may be: ``CREDENTIAL_IN_DOUBT``) and no date of the credential's
RENEWED_AFTER_HELD_SINCE = re.compile(
    _HELD_SINCE + r"(?P<renewal>\s+and\s+(?:has\s+)?renewed\s+(?:it|them)(?:\s+in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)?)"
    r"\s*(?:[,;.]|$)"
)


def received_in_its_relative(doc: DocumentContext, text: str, end: int) -> tuple[PreciseDate, bool] | None:
    """The date of ", which it received in 2011" (False: a point in time) or ", which it has held
    since 2011" (True: a start) right after the credential named up to ``end``: the institution's
    (it, a name or a stand-in of it: not "which CETC received"), not hedged."""
    m = RECEIVED_IN_ITS_RELATIVE.match(text, end) or HELD_SINCE_IN_ITS_RELATIVE.match(text, end)
    if m is None or doc.negated_or_hedged(m[0]):
        return None
    if m["who"] and m["who"] != "it" and not re.fullmatch(doc.subject_pattern(), m["who"]):
        return None  # "..., which CETC received in 2011": another's
    date = find_date(m["date"])
    return None if date is None else (date, m["date"].startswith("since"))


def _credential_date(doc: DocumentContext, own: str, mention: re.Match[str]) -> PreciseDate | None:
    """The year of the credential's own clause: the one right after it, else the clause's only
    one ("obtained a production licence in 2011 and secret-level credentials in 2012": 2012, not
    the licence's year)."""
    if dated_from_another(own, mention.start()):
        return None  # "added to the Entity List in 2019, two years after it received security credentials"
    start, end = doc.clause_span(own, mention.start())
    # (in its clause: not "holds ... credentials and was added to the Entity List in 2019")
    if (after := YEAR_AFTER_CREDENTIAL.match(own, mention.end())) and after.end() <= end:
        # (not one of two years: "in 2011 or 2012" says neither)
        return None if OR_ANOTHER_YEAR.match(own, after.end()) else find_date(after[0])
    if ITEM_YEAR.search(own):
        return None  # "... and, since 2019, confidential-level ones for its press": another item's year
    clause = own[start:end]
    return find_date(clause) if len(set(YEAR.findall(clause))) <= 1 else None


# a hedge on a credential's year alone, after its mention: "..., probably in March", "reportedly in 2015"
_HEDGE_ON_A_YEAR = re.compile(
    r"\W*(?:(?:in|around|by|on|from|since|during|as\s+early\s+as)\s+)?(?:(?:early|late|mid-?)\s*)?"
    r"(?:\d{4}\b|(?i:" + "|".join(MONTHS) + r")\b)"
)
# a later change of the level told in a relative clause, hedged or not, which leaves the held level
# read: "..., which were possibly upgraded to top-secret in 2019"
_CHANGE_TOLD_AFTER = re.compile(r",\s*(?:which|that)\b[^,;]*?\b(?:up|down)graded\b[^,;]*")


# a relative clause right after the credential named, on its holding: ", which it is believed to hold",
# ", which were reportedly granted in 2015" (who holds it, when named: "which CETC holds" is another's)
_RELATIVE_ON_IT = re.compile(
    r"[a-z]*\s*,\s*(?:which|that)\s+(?:(?P<who>it|they|the\s+\w+|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+)?[^,;]*"
)


def _rest_of_its_clause(doc: DocumentContext, own: str, mentions: list[tuple[int, int, str]]) -> str:
    """What the holder's clauses say after the credential's last mention, up to the end of its clause
    (not a clause after it: "... credentials and reportedly works with CETC")."""
    last = max(e for _, e, _ in mentions)
    return own[last : doc.clause_span(own, last - 1)[1]]


def _hedged_after(doc: DocumentContext, after: str, relative: re.Match[str] | None) -> bool:
    """A hedge after the credential's last mention in the holder's clauses (``after``), or in the
    relative clause right after its first (``relative``), on its holding or on when it came ("...
    credentials were reportedly granted in 2015", "..., reportedly.", "..., which it is believed to
    hold, ...", "... are said to date from 2009"): the credential is not stated, as with the hedge
    before it. Not a hedge on its year alone ("..., probably in March"), nor on a later change told in
    a relative clause (``_CHANGE_TOLD_AFTER``), nor in a relative clause of another's holding or of
    its year ("..., which it may have received in 2011": ``received_in_its_relative`` leaves it undated)."""
    if relative is not None and relative["who"] and relative["who"] not in ("it", "they"):
        relative = relative if doc.is_subject(relative["who"]) else None
    if relative is not None and YEAR.search(relative[0]):
        relative = None  # "..., which it may have received in 2011": a hedge on its year, left undated
    told = [after] + ([relative[0]] if relative is not None else [])
    for clause in told:
        if not doc.words.hedge.found_in(clause):
            continue
        clause = _CHANGE_TOLD_AFTER.sub("", clause)
        if any(not _HEDGE_ON_A_YEAR.match(clause, m.end()) for m in doc.words.hedge.any_case.finditer(clause)):
            return True
    return False


def credential(doc: DocumentContext, s: Sentence) -> bool:
    """ "<Institution> holds secret-level security credentials": the level its own clauses state,
    for each organisation of the clause's subject ("WHU and Beihang hold ...")."""
    text = s.text
    named = CREDENTIAL.search(text)
    if not named or doc.negated_or_hedged(
        reason_holding(text, named.start(), named.end()) or QUALIFIED_FOR.sub("", text[: named.end()])
    ):
        return False
    # (past a frame: "It should be noted that ...", "A 2019 report confirmed that ...")
    framed = doc.without_frame(text)
    own = FOR_ANOTHER.sub("", own_clauses(doc.up_to_anothers_clause(ANOTHERS_CLAUSE.split(framed, maxsplit=1)[0])))
    if "renewed" in own and (renewed := RENEWED_AFTER_HELD_SINCE.search(own)):
        own = own[: renewed.start("renewal")] + own[renewed.end("renewal") :]
    if doc.words.negation.found_in(own) or CREDENTIAL_IN_DOUBT.search(own):
        return False  # "... credentials were not renewed", "gave up its ...", "projects that require ..."
    if THROUGH_ANOTHER.search(own):
        return False  # "... through its subsidiary, Kestrel Avionics": perhaps the subsidiary's
    if not re.search(
        r"credential|clearance|qualification|qualified|certificat|accredited|certified|保密资格", own, re.IGNORECASE
    ):
        return False  # the credential named belongs to another organisation
    if (
        (mention := CREDENTIAL.search(own))
        and (topic := CREDENTIAL_AS_TOPIC.search(own[: mention.start()]))
        and not PASSED.search(own, 0, topic.start())
    ):
        return False  # "attended a conference on secrecy qualifications", "discussed secrecy qualifications"
    if doc.in_the_past(own) or any(doc.in_the_past(clause[0]) for clause in OF_ITS_OWN.finditer(text)):
        return False  # "had secret-level security credentials until 2019", "..., which it lost in 2016"
    if anothers_risk_reason(text) or credential_not_held(text) or DESCRIBED_AS_HOLDING.search(text):
        return False  # "... high risk for its parent's top-secret security credentials"
    # (not a comparison's: "..., one grade below the top-secret security credentials held by BIT")
    unlike = GRADE_APART.sub("", text)
    if (held := HELD_BY_ANOTHER.search(unlike)) and doc.subject_at(unlike, held.end()) is None:
        return False
    levels = set(credential_levels(doc, own))
    if (mentions := credential_mentions(doc, own)) and doc.words.hedge.found_in(
        QUALIFIED_FOR.sub("", own[: max(e for _, e, _ in mentions)])
    ):
        return False  # "...; in 2017 its credentials were reportedly upgraded to top-secret": a level only reported
    if (
        mentions
        and reason_holding(text, named.start(), named.end()) is None  # (a risk reason's hedge is its own)
        and _hedged_after(doc, _rest_of_its_clause(doc, own, mentions), _RELATIVE_ON_IT.match(text, named.end()))
    ):
        return False  # "... credentials were reportedly granted in 2015", "..., which it is believed to hold"
    if (changed := LEVEL_CHANGED_TO.search(own)) and all(
        i < changed.end() for i, _, _ in credential_mentions(doc, own)
    ):
        return False  # "downgraded from top-secret to secret": the level it has now is not one read
    # the year of the credential's own clause ("was founded in 1952 and holds ...": none)
    mention = CREDENTIAL.search(own)
    date = None if states_a_risk(text) or mention is None else _credential_date(doc, own, mention)
    held_since = False  # (the date a start: ", which it has held since 2011", not the clause's point in time)
    if (
        mention is not None
        and not states_a_risk(text)
        and (received := received_in_its_relative(doc, text, named.end())) is not None
        and (date is None or received[1])
    ):
        date, held_since = received
    elif date is not None and (held := HELD_SINCE.search(own)) and held["date"] == date.verbatim:
        held_since = True  # "<Institution> has held ... credentials since 2011"
    if len(levels) > 1:
        latest = latest_level(doc, own)
        if latest is None:
            return False  # two levels in the holder's own clauses, neither said to be the later: not read
        levels, date, held_since = {latest[0]}, latest[1], False
    # the holder is the subject of the clause: "<Subject> holds ..." or
    # "An institution accredited ..., <Subject> is ..." ("<Subject>'s partner company holds ...": not)
    # (an expression holding the names is tried only when the words it needs besides them are
    # there; the appositive's words fix where the subject starts, so the names are matched there)
    appositive = (opening := APPOSITIVE_HOLDER.match(text)) and doc.subject_at(text, opening.end())
    # "<Subject>'s secret-level security credentials allow it ...": the credential is its own
    clause = doc.main_clause(s)
    own_credential = (
        POSSESSOR.search(clause)
        and SECURITY_CREDENTIAL.search(clause)
        and re.match(
            r"(?:"
            + doc.subject_pattern()
            + r"['’]s|Its)\s+(?:[\w-]*(?:secret|confidential|level|class|grade)[\w-]*\s+){0,2}"
            r"(?:security|secrecy)\s+"
            r"(?:credential|clearance|qualification)",
            clause,
        )
    )
    holders = doc.clause_subjects(s) or ([doc.subject] if appositive or own_credential else [])
    if not holders:
        return False
    if not levels and level_stated_elsewhere(doc, s):
        return True  # "received security credentials in 2005": the level another sentence gives is the fact
    level = levels.pop() if levels else "accredited-level-not-stated"
    if date is not None and HEDGED_DATE.search(text[: text.find(date.verbatim)]):
        date = None  # "probably in 2006": the credential is stated, its year is not
    for holder in holders:
        qualifiers = {}
        if date is not None:
            when = DKG.startDate if held_since else DKG.pointInTime
            qualifiers[when] = doc.ctx.temporal(doc.mint_node("credential", date), date)
        doc.fact(holder, DKG.securityCredential, vocab("credential", level), s, qualifiers=qualifiers)
    if act := re.search(r"\bis active in\s+(.+?)\.?$", text):
        doc.fact(doc.subject, DKG.activity, Literal(act[1], lang="en"), s)
    return True


def level_stated_elsewhere(doc: DocumentContext, s: Sentence) -> bool:
    """Another sentence of the profile gives the institution's credential a level."""
    return any(
        other is not s
        and CREDENTIAL.search(other.text)
        and credential_levels(doc, own_clauses(other.text))
        and doc.clause_subjects(other) == [doc.subject]
        for other in doc.profile.sentences
    )


def credential_levels(doc: DocumentContext, text: str) -> list[str]:
    """The credential levels ``text`` names, in the order of the word list."""
    return [level for _, _, level in credential_mentions(doc, text)]


def credential_mentions(doc: DocumentContext, text: str) -> list[tuple[int, int, str]]:
    """Where ``text`` names a credential level, and which, in the order of the word list."""
    found = [
        (m.start(), m.end(), level) for pattern, level in doc.words.credential_levels for m in pattern.finditer(text)
    ]
    # "top-secret security credentials" also reads as "secret security credentials": a match
    # overlapping a top-secret one is not a second level
    return [
        (i, e, level)
        for i, e, level in found
        if level == "top-secret" or not any(j < e and i < f for j, f, lw in found if lw == "top-secret")
    ]


# a relative clause whose subject is the institution: ", which it lost in 2016"
OF_ITS_OWN = re.compile(r",\s*which\s+it\b[^,;]*")
# "its credentials were upgraded (from secret) to top-secret (in 2017)", "downgraded from top-secret to secret"
LEVEL_CHANGED_TO = re.compile(
    r"\b(?:upgraded|raised|elevated|downgraded|lowered|reduced)\b(?:\s+(?:\w+\s+){0,3}?from\s+[^,;]+?)?\s+to\s+"
)


def latest_level(doc: DocumentContext, own: str) -> tuple[str, PreciseDate | None] | None:
    """Of several credential levels, the one the text gives last in time, with its date: the level
    a credential was "upgraded to", or, when each level has its own year ("secret-level in 2005 and
    top-secret in 2017"), that of the latest year. None when the text does not say."""
    mentions = sorted(credential_mentions(doc, own))
    if (raised := LEVEL_CHANGED_TO.search(own)) and (after := [m for m in mentions if m[0] >= raised.end()]):
        # (or the year of the upgrade's own clause after a semicolon: "...; in 2017 they were upgraded to top-secret")
        own_clause = own[own.rfind(";", 0, raised.start()) + 1 : raised.start()] if ";" in own[: raised.start()] else ""
        own_year = find_date(own_clause) if len(set(YEAR.findall(own_clause))) == 1 else None
        return after[0][2], find_date(own[raised.end() :]) or own_year
    dated = []
    for n, (_, end, level) in enumerate(mentions):
        stop = mentions[n + 1][0] if n + 1 < len(mentions) else len(own)
        if (date := find_date(own[end:stop])) is None:
            return None
        dated.append((date.iso, level, date))
    if len({iso for iso, _, _ in dated}) < len(dated):
        return None  # two levels of one date: which came later is not said
    _, level, date = max(dated)
    return level, date


# two Chinese names of one body: "中文名 aka 简称", "中文名 or 中文名", "中文名/中文名"
CHINESE_ALTERNATIVES = re.compile(r"\s+(?:aka|a\.k\.a\.|or)\s+|\s*[/、]\s*")
LIST_DATE_AFTER = re.compile(
    r"\s+(?:since|in|from|on)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?\d{4}\b"
    r"|\s*[(（](?:since\s+|in\s+)?(?:[A-Z][a-z]+\s+)?\d{4}[)）]"
    # a time told from another list's ("on the Entity List on 12 June 2019 and on the Japan End User
    # List a year later"): its own, though no date
    r"|\s+(?:(?:a|one|two|three|four|five|six|several|a\s+few|\d+)\s+(?:years?|months?)\s+later|later|"
    r"subsequently|the\s+(?:following|next)\s+year)\b"
    # (with its own date after it, read: "later in 2019", "a year later, in June 2020")
    r"(?:,?\s+(?:in|on)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?\d{4}\b)?"
)
# a listing a reason of the risk puts in the past (the reason's other items hold: not a past cue)
FORMER_LISTING = re.compile(r"\b(?:former|previous|past|earlier|one-time)\s+(?:inclusion|listing)\b", re.IGNORECASE)
# "... was added to the Entity List as an alias of CAEP": the list names it under another's entry
ALIAS_OF = re.compile(r"\bas\s+(?:an?\s+)?alias\s+(?:of|for)\s+")


# a listing that ended: "<Institution> was removed from the Entity List in 2021", "In 2021, the US
# Commerce Department took AU off the Entity List", "AU is no longer on the Japan End User List"
DELISTED = Gated(
    r"\b(?:was|were|has\s+been|had\s+been|is|got)\s+(?:later\s+|subsequently\s+|eventually\s+|since\s+)?"
    r"(?:removed|delisted|taken\s+off|dropped)\b"
    r"|\b(?:removed|delisted|took|dropped)\s+(?P<object>[^,;]{1,60}?)\s+(?:off|from)\b"
    r"|\bno\s+longer\s+(?:on|listed\s+on|included\s+(?:on|in))\b"
    # the list named before: "was added to the Japan End User List in 2013 and removed in 2018"
    r"|\b(?:added|listed)\s+[^;]*?\s+and\s+(?:later\s+|subsequently\s+|then\s+)?(?P<gapped>removed|delisted|dropped)\b",
    ("removed", "delisted", "taken", "took", "dropped", "longer"),
)


# a listing again after a removal: "... but added again in 2019", "It was re-listed in 2019.", "put back on the list"
_AGAIN = r"(?:re-?added|re-?listed|(?:added|placed|put|listed)\s+(?:(?:back|again)\b|[^,;.]*?\b(?:list\s+)?again\b))"
RELISTED_AFTER = re.compile(
    rf"[^;.]*?\b(?:but|and)\s+(?:was\s+|were\s+|has\s+been\s+)?(?:later\s+|then\s+|subsequently\s+|since\s+)?{_AGAIN}"
)
RELISTED = re.compile(rf"\b(?:was|were|has\s+been|had\s+been)\s+(?:(?:later|then|subsequently|since)\s+)?{_AGAIN}")


def relisted(doc: DocumentContext, t: Sentence) -> bool:
    """The sentence says the institution was listed again ("It was re-listed in 2019.")."""
    return (doc.starts_with_subject(t) or re.match(r"(?:In\s+\d{4},?\s+)?It\b", t.text) is not None) and bool(
        RELISTED.search(doc.main_clause(t))
    )


def delisting(doc: DocumentContext, s: Sentence) -> bool:
    """A listing the text says ended (``DELISTED``): each list named after the removal, for each
    organisation of the clause's subject (or the institution, removed by someone else), with the
    removal's date as its end. Not one said with a hedge, a negation ("was not removed") or in a
    relative clause, and not "was added to ... and removed" read as a listing (``end_user_list``
    leaves a sentence in the past unread)."""
    if not doc.words.any_end_user_list.search(s.text):
        return False
    own = own_clauses(s.text)
    removed = DELISTED.search(own)
    if removed is None or doc.words.hedge.found_in(own):
        return False
    if doc.words.negation.found_in(own[: removed.start()] + own[removed.end() :]):
        return False  # "has not been removed from ...", "was never removed"
    if RELISTED_AFTER.match(own, removed.end()) or any(relisted(doc, t) for t in doc.after(s)[:1]):
        return False  # "... removed in 2015 but added again in 2019": listed now, which the rule does not read
    if removed["object"] is not None:
        holders = (
            [doc.subject] if doc.is_subject(removed["object"]) or removed["object"] in ("it", "the university") else []
        )
    else:
        holders = doc.clause_subjects(s)
    gapped = removed["gapped"] is not None
    verb = removed.start("gapped") if gapped else removed.start()
    date = find_date(own[verb:]) or (find_date(t[0]) if (t := LEADING_TIME.match(own)) else None)
    added = find_date(own[:verb]) if gapped else None  # (its start: "added ... in 2013 and removed in 2018")
    found = False
    for pattern, concept in doc.words.end_user_lists:
        if (pattern.search(own, 0, verb) if gapped else pattern.search(own, removed.end())) is None:
            continue
        for holder in holders:
            formerly_listed(doc, holder, concept, s, ended=date, added=added)
            found = True
    return found


def formerly_listed(
    doc: DocumentContext,
    holder: URIRef,
    concept: str,
    s: Sentence,
    *,
    ended: PreciseDate | None,
    added: PreciseDate | None = None,
) -> None:
    """``holder`` was on the list ``concept`` and was removed from it (``ended``, when the text dates it)."""
    qualifiers = {}
    if added is not None:
        qualifiers[DKG.startDate] = doc.ctx.temporal(doc.mint_node(f"listed-{concept}", added), added)
    if ended is not None:
        qualifiers[DKG.endDate] = doc.ctx.temporal(doc.mint_node(f"delisted-{concept}", ended), ended)
    doc.fact(holder, DKG.formerlyListedOn, vocab("end-user-list", concept), s, qualifiers=qualifiers)


def end_user_list(doc: DocumentContext, s: Sentence) -> bool:
    """ "<Institution> was added to the Entity List in 2019" (``listing_said``), and the listing of
    one a phrase points back to ("..., the latter added to the Entity List in 2020",
    ``listing_pointed_back``)."""
    said = listing_said(doc, s)
    return listing_pointed_back(doc, s) or said


# the one a phrase points back to, by its place in the list before it
_PLACES = {"former": 0, "first": 0, "second": 1, "third": 2, "latter": -1, "last": -1}
# the list's last item after the phrase: "NUDT, the former of the two founded in 1953, and CETC."
_LAST_ITEM_AFTER = re.compile(r",\s*and\s+(?P<item>[^,;]+?)\.?$")


# a second one pointed back to after "and", on the same list or one it names, with a time of its own:
# "..., the former added to the Entity List in 2018 and the latter in 2015", "... and the second to
# the Unverified List in 2020" (nothing else after it: "and the latter reportedly in 2015" is not read)
_AND_THE_OTHER = re.compile(
    rf",?\s+and\s+the\s+(?P<which>{'|'.join(_PLACES)})\s+(?P<listed>(?:(?:was|were)\s+)?"
    r"(?:(?:(?:added|listed|placed|included)\s+)?(?:to|on|in)\s+the\s+[^,;]*?\s+)?"
    r"(?:since|in|on)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4})(?=\s*(?:[,;]|\.?$))"
)


def listing_pointed_back(doc: DocumentContext, s: Sentence) -> bool:
    """ "KAU works with NUDT and CETC, the latter added to the Entity List in 2020": the listing of
    the one the phrase points back to (CETC), with the year after the list; "..., itself added to
    ..." of the one name right before; and a second one after "and" with its own time ("..., the
    former added to the Entity List in 2018 and the latter in 2015": NUDT 2018, CETC 2015). Only
    where the list before the phrase is sure (``pointed_back_to``), the phrase neither hedged nor in
    the past, and not in a risk sentence."""
    if not POINTED_BACK_PAST.may_match(s.text) or not doc.words.any_end_user_list.search(s.text):
        return False  # most sentences
    if doc.negated_or_hedged(s.text) or states_a_risk(s.text):
        return False
    found = False
    for m in POINTED_BACK_PAST.finditer(s.text):
        phrase = m["participle"]
        if not LISTED_ON.match(phrase) or DELISTED.search(phrase) or doc.in_the_past(phrase):
            continue  # another past ("founded in 2002"), a listing by whom ("listed by the US"), one ended
        if (listed := pointed_back_to(doc, s.text, m)) is None:
            continue
        inside = _AND_THE_OTHER.search(phrase)
        first = phrase[: inside.start()] if inside else phrase  # (the first one's words, not the other's)
        # (or right after the phrase, after a comma: "..., the first placed on ... in 2015, and the second in 2021")
        other = inside or _AND_THE_OTHER.match(s.text, m.end())
        lists = [(concept, on) for pattern, concept in doc.words.end_user_lists if (on := pattern.search(first))]
        for concept, on in lists:
            # the date right after the list, else the phrase's one year
            after = LIST_DATE_AFTER.match(first, on.end())
            date = find_date(after[0]) if after else None
            if after is None and len(lists) == 1 and len(set(YEAR.findall(first))) == 1:
                date = find_date(first)
            _listed_then(doc, s, listed, concept, date, first)
            found = True
        run = whole_list_ending_at(doc, s.text, m.start())
        if other is None or (second := one_placed(run, other["which"])) in (None, listed):
            continue
        # (its own list, or the first's said once: "and the latter in 2015")
        named = [concept for pattern, concept in doc.words.end_user_lists if pattern.search(other["listed"])]
        for concept in named or ([lists[0][0]] if len(lists) == 1 else []):
            _listed_then(doc, s, second, concept, find_date(other["listed"]), other["listed"])
            found = True
    return found


def _listed_then(
    doc: DocumentContext, s: Sentence, listed: URIRef, concept: str, date: PreciseDate | None, words: str
) -> None:
    """``listed`` on the list ``concept`` at ``date``: its start when ``words`` say "since" it ("on the
    Entity List since 2014": when the listing began, not a time it held)."""
    since = date is not None and re.search(rf"\b[Ss]ince\s+{re.escape(date.verbatim)}", words) is not None
    doc.fact(
        listed, DKG.listedOn, vocab("end-user-list", concept), s, qualifiers=listing_time(doc, concept, date, since)
    )


def pointed_back_to(doc: DocumentContext, text: str, m: re.Match[str]) -> URIRef | None:
    """The organisation a ``POINTED_BACK_PAST`` phrase points back to: "the latter", "the former" of
    a list of two, "the first", "the second", "the third", "the last" by their place in it, "itself"
    the one name right before (a list of one); "the former" or "the first" after the first of two
    names, the second after it ("NUDT, the former ..., and CETC"). None when the list before is
    not wholly known names, or not of that length ("NUDT, CETC and AVIC, the latter ...")."""
    run = whole_list_ending_at(doc, text, m.start())
    which = m["which"]
    if len(run) == 1 and which is None:
        return run[0]
    if len(run) == 1 and which in ("former", "first"):
        after = _LAST_ITEM_AFTER.match(text, m.end())
        return run[0] if after and doc.organisation_named(after["item"]) else None
    return one_placed(run, which)


def one_placed(run: list[URIRef], which: str | None) -> URIRef | None:
    """The one of ``run`` (a list of two or more) that "the latter", "the former" (of two only), "the
    first", "the second", "the third", "the last" is; None for any other."""
    if len(run) < 2 or which is None or (which in ("latter", "former") and len(run) != 2):
        return None
    place = _PLACES[which]
    return run[place] if place < len(run) else None


def listing_time(doc: DocumentContext, concept: str, date: PreciseDate | None, since: bool) -> dict:
    """The qualifier of a listing on ``concept`` dated ``date``: its start ("since 2014"), else a
    time it held; none undated."""
    if date is None:
        return {}
    when = DKG.startDate if since else DKG.pointInTime
    return {when: doc.ctx.temporal(doc.mint_node(f"listed-{concept}", date), date)}


def listing_said(doc: DocumentContext, s: Sentence) -> bool:
    """ "<Institution> was added to the Entity List in 2019": the lists named, with the date, for
    each organisation of the clause's subject; not a list a relative clause gives someone else.
    "... as an alias of CAEP": each is listed as an alias of the known organisation named first."""
    if not doc.words.any_end_user_list.search(s.text):
        return False
    own = own_clauses(doc.without_frame(s.text))  # ("A 2020 report revealed that AU was added to ...")
    if (first := doc.words.any_end_user_list.search(own)) is None:
        return False
    # (in a risk sentence, the hedges of the reason that names the list: "for its alleged links to
    # the MSS and its inclusion on the US Entity List" lists it)
    if doc.negated_or_hedged(reason_holding(own, first.start(), first.end()) or own) or doc.in_the_past(own):
        return False  # also "was on the Entity List until 2021", "... was removed from it in 2021"
    if FORMER_LISTING.search(own):
        return False  # "high risk for its top-secret credentials and its former inclusion on the Entity List"
    if anothers_risk_reason(s.text):
        return False  # "... high risk for its affiliates' inclusion on the US Entity List"
    own = ANOTHER_SUBJECT.split(LISTED_IN_RELATIVE.sub("", own), maxsplit=1)[0]
    own = doc.up_to_anothers_clause(own)  # ("..., and Hikvision was added to ...": Hikvision's)
    if NOT_ITSELF.search(s.text):
        return False  # "... under the name of its subsidiary, rather than the university itself"
    if not (LISTED.search(own) or ADDED_TO.search(own)):
        return False  # (also one a clause with a subject of its own gives: "...; the company was added to ...")
    holders = doc.clause_subjects(s) or listed_by_someone(doc, own) or _named_before_listed(doc, s, own)
    found = False
    # lists dated one by one ("the Japan End User List (2019) and the US Entity List (2020)"): one
    # with no date of its own is undated, not dated by another's
    dated_apart = any(
        LIST_DATE_AFTER.match(own, m.end()) for pattern, _ in doc.words.end_user_lists for m in pattern.finditer(own)
    )
    for pattern, concept in doc.words.end_user_lists:
        if (listed := pattern.search(own)) is None:
            continue
        # the date right after the list ("on the Entity List since 2012 and the Japan End User List
        # since 2016"), else the main clause's, else the leading clause's ("In 2021, the US Treasury
        # added AU to ..."); none when the sentence gives the risk designation (its date is that)
        after = LIST_DATE_AFTER.match(own, listed.end())
        if ITEM_YEAR.search(own) and not after:
            date = None  # "added to the Entity List and, in 2021, to the Japan End User List": unsure which
        elif after or dated_apart:
            date = find_date(after[0]) if after else _own_clause_date(doc, own, listed.start())
        else:
            date = find_date(doc.clause_at(own, listed.start()))
        if states_a_risk(s.text):
            date = None
        for holder in holders:
            _listed_then(doc, s, holder, concept, date, own)
            found = True
    if found and (alias := ALIAS_OF.search(own)):
        named = partner_mentions(doc, own[alias.end() :])
        for holder in holders if named and named[0][0] <= 4 else ():  # "the", not "a subsidiary of"
            doc.fact(holder, DKG.listedAsAliasOf, named[0][2], s)
    return found


# the verb of a listing after the one listed: "... was added to", "... has been on", "... is listed on"
LISTED_AFTER_IT = re.compile(
    r",?\s+(?:was|were|is|are|(?:has|have|had)\s+been)\s+(?:also\s+|later\s+|subsequently\s+)?"
    r"(?:added|placed|put|included|listed|on)\b"
)


def _named_before_listed(doc: DocumentContext, s: Sentence, own: str) -> list[URIRef]:
    """The organisation named right before a listing's verb, when the clause's subject is no
    organisation the clause opens with: the institution's unit, subsidiary or partner named by
    its possessive ("AU's subsidiary Kestrel Optics Co., Ltd. was added to the Entity List in 2019",
    "In 2018, CETC's 54th Research Institute was added ..."): that one is listed, not the institution.
    A company the registry does not know is minted from its name, as the subsidiary rule mints it."""
    if (verb := LISTED_AFTER_IT.search(own)) is None:
        return []
    before = own[: verb.start()].rstrip(" ,")
    named = named_at_end(doc, before)
    if named is None and (company := next((m for m in COMPANY.finditer(before) if m.end() == len(before)), None)):
        named = next(iter(companies(doc, company[0], s)), None)
    return [named] if named is not None and named != doc.subject else []


def _own_clause_date(doc: DocumentContext, text: str, at: int) -> PreciseDate | None:
    """The date of the list at ``at`` in ``text`` told by its own clause, which names no other list and
    one year ("... in May 2020, and in 2021 it was also added to Japan's End User List": 2021), where
    another list has a date of its own after it; none when the clause holds more ("... in 2020 and to
    the Japan End User List": the clause is the other list's too)."""
    clause = doc.clause_at(text, at)
    lists = sum(len(pattern.findall(clause)) for pattern, _ in doc.words.end_user_lists)
    return find_date(clause) if lists == 1 and len(YEAR.findall(clause)) == 1 else None


# a line under the end-user lists heading: "• US Entity List (2020)", "Japan End User List", "US DoD 1260H List"
LIST_LINE = re.compile(
    r"^(?:[•\-–]\s*)?(?P<name>[A-Za-z0-9'’ .-]{3,60}?)\s*(?:[(（](?P<date>(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4})[)）]|"
    # (or what the bracket says of the listing: its years, its end, or whose alias it was listed as:
    # "(2021, 2024)", "(removed in 2021)", "(as an alias of CAEP)")
    r"[(（](?P<remark>[^()（）]+)[)）])?\s*$"
)
# a bracket's years, each a listing ("(2021, 2024)": listed, undated, since which is meant is not one)
YEARS_ONLY = re.compile(r"(?:(?:19|20)\d\d)(?:\s*(?:,|and|&)\s*(?:19|20)\d\d)+")
REMOVED_IN = re.compile(
    r"(?:removed|delisted|taken\s+off)(?:\s+(?:in|on)\s+(?P<date>(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4}))?"
)
# who keeps the list, before its name: "US", "Japan's", "the US Commerce Department's"
LIST_KEEPER = re.compile(r"(?:(?:the|[A-Z][\w.]*(?:['’]s)?)\s+){0,4}")


def list_line(doc: DocumentContext, s: Sentence) -> bool:
    """A line under the end-user lists heading naming one list (and the year of the listing): the
    institution is on it, as the page's section says."""
    if s.section != "EUL" or not (m := LIST_LINE.match(s.text)):
        return False
    if (lead_in := doc.lead_in(s)) is not None and not doc.lead_in_of_its_own(lead_in):
        return False  # "AU is not on any of the following lists, although CAEP is:"
    # the list's name and who keeps it ("US", "Japan's"), not a sentence about someone on it
    concepts = [
        concept
        for pattern, concept in doc.words.end_user_lists
        if (found := pattern.search(m["name"])) and LIST_KEEPER.fullmatch(m["name"][: found.start()])
    ][:1]
    remark = (m["remark"] or "").strip()
    alias = ALIAS_OF.match(remark)
    if remark and not (YEARS_ONLY.fullmatch(remark) or REMOVED_IN.fullmatch(remark) or alias):
        return False  # a remark this rule does not know says something it cannot state
    alias_of = doc.organisation_named(remark[alias.end() :]) if alias else None
    if alias and alias_of is None:
        return False  # an alias of a body the registry does not know
    for concept in concepts:
        if removed := REMOVED_IN.fullmatch(remark):
            formerly_listed(doc, doc.subject, concept, s, ended=find_date(removed["date"] or ""))
            continue
        date = find_date(m["date"] or "")
        qualifiers = {}
        if date is not None:
            qualifiers[DKG.pointInTime] = doc.ctx.temporal(doc.mint_node(f"listed-{concept}", date), date)
        doc.fact(doc.subject, DKG.listedOn, vocab("end-user-list", concept), s, qualifiers=qualifiers)
        if alias_of is not None:
            doc.fact(doc.subject, DKG.listedAsAliasOf, alias_of, s)
    return bool(concepts)


# "... with a company that was later added to the Entity List": the listing is the company's
LISTED_IN_RELATIVE = re.compile(
    r"\b(?:that|which|who)\s+(?:[\w-]+\s+){0,3}?(?:added|placed|put|included|listed|named|entered)\b.*$"
)
# "In 2019, the US Commerce Department added CQU and CAEP to the Entity List"
ADDED_TO = re.compile(
    r"\b(?:added|placed|put|included|listed)\s+(?P<listed>[^.;]+?)\s+(?:to|on|in)\s+(?:the\s+|its\s+)?[^.;]*?\b[Ll]ist\b"
)


# a clause with a subject of its own after the institution's: "AU works with X; the company was
# added to ...", "..., and the firm was added to ..."
ANOTHER_SUBJECT = re.compile(
    r"(?:;|,?\s+(?:and|but|while|whereas))\s+(?:the|this|that|its)\s+[\w-]+\s+(?:was|were|is|are|has|had)\b"
)
# the listed one said to be another than the institution: "..., a subsidiary, rather than the university itself"
NOT_ITSELF = re.compile(
    r"\b(?:rather\s+than|not|instead\s+of)\s+the\s+(?:university|institution|institute|academy|college)(?:\s+itself)?\b"
    # (or through its parts, in an aside after it: "ADG, through its subsidiaries, is on the US Entity List")
    r"|^[^,]+,\s+(?:through|via)\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:subsidiar\w*|affiliates?|units?|institutes?|compan(?:y|ies))\s*,"
)
# an apposition after a name: ", an AU partner,"
APPOSITION = re.compile(r",\s*(?:a|an|the|one\s+of)\s+[^,]*(?:,|$)")


def listed_by_someone(doc: DocumentContext, text: str) -> list[URIRef]:
    """The known organisations a government's sentence adds to a list: the institution among them,
    or those it names as some of the institution's partners added ("several AU partners, including
    NUDT"; ``partners_named_as_added``)."""
    m = ADDED_TO.search(text)
    if not m:
        return []
    # not one an apposition names: "added Birch University, an AU partner, to ...", nor one that
    # only describes those added: "added NUDT and several other AU partners to ..."
    named = APPOSITION.sub("", m["listed"])
    if re.search(r"['’]s\b", named) is None:  # (not "added CQU's partner to ...": not the institution)
        # (nor the institution named as whose those added are: "several partners of AU, including NUDT")
        listed = [iri for start, end, iri in doc.orgs_in(named) if not names_whose(named, start, end)]
        if doc.subject in listed:
            return list(dict.fromkeys(listed))
    return partners_named_as_added(doc, named, text[m.end() :])


# some of those added, named after a phrase about them: "several AU partners, including NUDT (and HIT)",
# "... to the Entity List, including NUDT", "two of AU's collaborators, such as NUDT"; or before it:
# "NUDT and several other AU partners"
INCLUDING = re.compile(r",?\s+(?:including|such\s+as)\s+")
INCLUDED_AFTER_LIST = re.compile(r",\s*(?:including|such\s+as)\s+(?P<named>[^;.]+)")
AND_OTHER = re.compile(r",?\s+and\s+(?:(?:several|many|some|a\s+few|\d+|two|three|four|five)\s+)?other\s+")


def partners_named_as_added(doc: DocumentContext, named: str, after_list: str) -> list[URIRef]:
    """The bodies a government's sentence names as some of the institution's partners it added
    (``INCLUDING``, ``AND_OTHER``, ``INCLUDED_AFTER_LIST``): each an item named whole ("NUDT", not
    "a NUDT laboratory" nor "NUDT's Institute of Optics"), and only where the rest of the phrase
    names the institution as whose they are (``names_whose_partners``); never the institution."""
    if (including := INCLUDING.search(named)) is not None:
        phrase, items = named[: including.start()], named[including.end() :]
    elif (other := AND_OTHER.search(named)) is not None:
        phrase, items = named[other.end() :], named[: other.start()]
    elif (after := INCLUDED_AFTER_LIST.match(after_list)) is not None:
        phrase, items = named, after["named"]
    else:
        return []
    if not names_whose_partners(doc, phrase):
        return []
    added = [doc.organisation_named(item) for item in split_list(items.strip(" ,"))]
    return list(dict.fromkeys(iri for iri in added if iri is not None and iri != doc.subject))


def names_whose_partners(doc: DocumentContext, phrase: str) -> bool:
    """``phrase`` names the institution only as whose the bodies meant are: "several AU partners",
    "two of AU's collaborators", "partners of AU" (``names_whose``), not as one of them."""
    mentions = list(doc.subject_mentions(phrase))
    return bool(mentions) and all(names_whose(phrase, m.start(), m.end()) for m in mentions)


def membership(doc: DocumentContext, s: Sentence) -> bool:
    """ "<Institution> is a member of the <X> Alliance": the body, minted when the registry lacks it
    (every organisation of a coordinated subject is a member)."""
    # a Chinese name glossed in English is read by its gloss (ASCII text holds none)
    text = s.text if s.text.isascii() else CHINESE_WITH_GLOSS.sub(lambda g: g["en"], s.text)
    m = MEMBERSHIP.search(text)
    if not m or doc.negated_or_hedged(s.text) or doc.in_the_past(s.text) or not (members := doc.clause_subjects(s)):
        return False
    if not doc.said_of_subject(MEMBERSHIP, s, text):
        return False  # "hosts the X Laboratory, which is a member of ...": the laboratory's
    if WAS_A_MEMBER.search(text):
        return False  # "was a member of X in 2015": a membership then, not said to hold now
    second = AND_BODY.match(text, m.end())
    # "co-founded the X Alliance": the body's founders are stated, their membership only implied
    founded = CO_FOUNDED.search(m[0][: m.start("name") - m.start()]) is not None
    # and when: "... the X Alliance in 2011", "In 2011, AU co-founded ..."
    when = (
        (find_date(own_clauses(text[m.end() :])) or find_date(s.text[: len(s.text) - len(doc.main_clause(s))]))
        if founded
        else None
    )
    # a membership told by its start has its year as the start: "joined the X Alliance in 2017",
    # "In 2016, AU became a founding member of ..."
    began = tie_period(doc, s, began=True) if not founded and JOINED.search(m[0]) else {}
    for found in (m, *([second] if second else [])):
        name, end = found["name"].strip(), found.end()
        chinese = chinese_names_after(text, end) if not text.isascii() else []
        known = doc.ctx.registry.resolve(name) is not None
        body = known_or_new(doc, name, DKG.Organisation, s, zh=chinese[0] if chinese else None)
        if body is None:
            continue
        for other in chinese[1:] if not known else ():
            doc.ctx.add(body, SKOS.altLabel, Literal(other, lang="zh-Hans"))
        if found["led"]:  # ("the CASC-led Aerospace Alliance": described so, not named so)
            describe(doc, body, found["led"], s)
        for member in members:
            if founded:
                doc.fact(body, DKG.establishedBy, member, s)
            doc.fact(member, DKG.memberOf, body, s, certainty="implied" if founded else "stated", qualifiers=began)
        if when is not None:
            value = doc.value_node(f"{body.rsplit('/', 1)[-1]}-established")
            doc.fact(body, DKG.established, doc.ctx.temporal(value, when), s)
    return True


# the body's Chinese names in brackets after its English one: "the B8 Cooperation Innovation Alliance
# (B8协同创新联盟 or 中国兵器协同创新联盟)"
CHINESE_AFTER = re.compile(r"\s*[(（](?P<zh>[^()（）]+)[)）]")


def chinese_names_after(text: str, at: int) -> list[str]:
    """The Chinese names in the brackets at ``at`` of ``text`` (``CHINESE_ALTERNATIVES``), if all are Chinese."""
    m = CHINESE_AFTER.match(text, at)
    names = [n.strip() for n in CHINESE_ALTERNATIVES.split(m["zh"])] if m else []
    return names if names and all(CJK.search(n) for n in names) else []


def seven_sons(doc: DocumentContext, s: Sentence) -> bool:
    """The institution is one of the "Seven Sons of National Defence" (the tracker's category)."""
    if not SEVEN_SONS_LEADING.may_match(s.text):
        return False
    if leading := SEVEN_SONS_LEADING.match(s.text):
        said = doc.subject_at(s.text, leading.end()) is not None
    else:
        said = doc.subject_does(SEVEN_SONS_AFTER_SUBJECT, doc.main_clause(s)) is not None
    if not said or doc.negated_or_hedged(s.text):
        return False
    doc.fact(doc.subject, DKG.category, vocab("category", "seven-sons"), s)
    return True


def founding(doc: DocumentContext, s: Sentence) -> bool:
    """ "<Institution> was founded in 1952", "... was established by the PLA in 1952": its founding
    date (``dkg:established``) and the known organisations that founded it (``dkg:establishedBy``)."""
    if not re.search(r"\b(?:[Ff]ounded|[Ee]stablished|[Ss]et up|[Cc]reated|[Ff]ormed)\b", s.text):
        return False
    clause = doc.main_clause(s)
    m = doc.subject_does(FOUNDED, clause) or doc.subject_then(FOUNDED_DESCRIBED, clause) or founded_first(doc, s)
    aside = None if m else founded_aside(doc, s)
    if aside is not None:  # (what the main clause says after it is not the founding's: its own hedge, a merger)
        m = aside if not (doc.negated_or_hedged(aside[0]) or REFOUNDED.search(aside[0])) else None
    elif m and (doc.negated_or_hedged(s.text) or _refounded(s.text, m)):
        m = None
    if not m or doc.possessive(s):
        return False
    if m["by"] and doc.subject in founders_named(doc, m["by"], itself=True):
        return False  # "It was set up in 2004 by KAU": another body's founding, not the institution's
    founders = founders_named(doc, m["by"] or "")
    date = find_date(m["date"]) if m["date"] else None
    if not (founders or date):
        return False  # "by former Beihang staff", undated: not founders the registry knows
    for founder in founders:
        doc.fact(doc.subject, DKG.establishedBy, founder, s)
    if date is not None:
        doc.fact(doc.subject, DKG.established, doc.ctx.temporal(doc.mint_node("established", date), date), s)
    return True


# the founding as a participle's phrase before the subject: "Founded in 1952 (as X), <Institution> is ..."
FOUNDED_FIRST = re.compile(
    r"^(?:Founded|Established|Set\s+up|Created)(?P<rest>(?:\s+(?:in\s+(?P<date>(?:[A-Z][a-z]+\s+)?\d{4})|"
    r"by\s+(?P<by>[^,;]+?)))+)(?:\s+as\s+[^,;]+?)?,\s*"
)


# the founding told between commas or in brackets right after the subject's name: "KAU, founded in
# 1952, is ...", "KAU, which was established in 1946 in Harbin, merged with ...", "KAU (founded in
# 1958) is ..." (a place it was founded in may follow the date)
FOUNDED_ASIDE = (
    r"(?:,\s+(?:(?:which|that)\s+was\s+)?|\s*[(（]\s*)(?:founded|established|set\s+up|created)"
    r"(?:\s+(?:in\s+(?P<date>(?:[A-Z][a-z]+\s+)?\d{4})|by\s+(?P<by>[^,;()（）]+?)|in\s+[A-Z][\w'’-]*(?!\s+\d)))+"
    r"(?:\s+as\s+[^,;()（）]+?)?\s*[,)）]"
)


def founded_aside(doc: DocumentContext, s: Sentence) -> re.Match[str] | None:
    """``FOUNDED_ASIDE`` after the institution's name opening the main clause."""
    return doc.subject_then(FOUNDED_ASIDE, doc.main_clause(s)) if "," in s.text or "(" in s.text else None


def _refounded(text: str, m: re.Match[str]) -> bool:
    """The founding ``m`` read may be a refounding's ("... in its current form", "... after the merger
    of"); not for a renaming the main clause tells after a leading founding ("Founded in 1958 as X,
    KAU was renamed in 1993": the founding is 1958's, the name a later one)."""
    told = list(REFOUNDED.finditer(text))
    if m.re is FOUNDED_FIRST and all(r[0].lower() == "renamed" and r.start() >= m.end() for r in told):
        return False
    return bool(told)


def founded_first(doc: DocumentContext, s: Sentence) -> re.Match[str] | None:
    """ "Founded in 1952 as the X College, <Institution> was ...": the founding, when the main
    clause after it is the institution's."""
    m = FOUNDED_FIRST.match(s.text)
    return m if m is not None and doc.subject_at(s.text, m.end()) is not None else None


def unit_founded_at(doc: DocumentContext, s: Sentence, clause: str) -> bool:
    """ "<Founder> established a X Academy at <Institution>": a unit there (implied: "at" places
    it, it does not say whose it is), founded by the organisations the founder's phrase names."""
    m = UNIT_FOUNDED_AT.match(clause)
    if m is None or not doc.is_subject(m["host"]) or doc.negated_or_hedged(s.text) or doc.in_the_past(clause):
        return False
    unit = own_unit(doc, m["name"], m["name"], s, zh=m["zh"])
    if unit is None:
        return False
    doc.fact(unit, DKG.unitOf, doc.subject, s, certainty="implied")
    for founder in founders_named(doc, m["founder"]):
        doc.fact(unit, DKG.establishedBy, founder, s)
    if (date := find_date(s.text)) is not None:
        value = doc.value_node(f"{unit.rsplit('/', 1)[-1]}-established")
        doc.fact(unit, DKG.established, doc.ctx.temporal(value, date), s)
    return True


def unit_founders(doc: DocumentContext, rest: str) -> list[URIRef]:
    """Who founded a unit, by what follows "was founded": "by CASC in 1999" names CASC."""
    by = UNIT_FOUNDED_BY.match(rest)
    return founders_named(doc, by["by"]) if by else []


# "Its subordinate units include A and B", "The institute's research units are A and B", "<Institution>
# has four subordinate units, including A and B" (present: "included", "will include" are not read)
_UNITS = r"(?:(?:subordinate|affiliated|constituent|research|main|major)\s+){0,2}units"
# a university's or academy's own divisions: "Its departments include the Department of ..." (a
# word before them only when it counts them: "has partner colleges" are others')
_DIVISIONS = r"(?:(?:subordinate|constituent|main|major)\s+)?(?:departments|colleges|schools|faculties)"
_COUNTED = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|numerous)\s+"
ITS_UNITS = re.compile(rf"^Its\s+(?:{_UNITS}|{_DIVISIONS})\s+(?:also\s+)?(?:include|are|comprise)\s+(?P<rest>.+?)\.?$")
SUBJECTS_UNITS = re.compile(
    rf"(?:['’]s\s+(?:{_UNITS}|{_DIVISIONS})\s+(?:also\s+)?(?:include|are|comprise)|"
    rf"\s+has\s+(?:(?:\w+\s+)?{_UNITS}|{_COUNTED}{_DIVISIONS})(?:,\s+(?:including|among\s+them)|:))\s+(?P<rest>.+?)\.?$"
)
# the words one of these holds, tested before the expressions are searched
UNITS_WORDS = ("units", "departments", "colleges", "schools", "faculties")
# one of them: a named unit ("the Stork Sonar Institute (中文名)", "the Acoustics Centre"), or one
# numbered ("the 401st Research Institute": the institution's, so named with it)
LISTED_UNIT = re.compile(
    r"(?:the\s+)?"
    + unit_name(
        r"Institute|Academy|College|School|Department|Faculty|Cent(?:re|er)|Factory|Plant|Works|Base",
        r"(?P<no>\d{1,3}(?:st|nd|rd|th)\s+)?",
    )
)


def units_listed(doc: DocumentContext, s: Sentence) -> bool:
    """ "Its subordinate units include the 401st Research Institute and the X Institute": each a
    unit of the institution (stated), the registry's unit of it or one minted under it; a numbered
    one named "<number> ... of <Institution>" (another body's 401st is another). Nothing unless
    every item is such a name (not "several factories", "CETC's 14th Research Institute", a unit
    the registry gives another), nor when hedged or denied."""
    if not any(word in s.text for word in UNITS_WORDS) or doc.negated_or_hedged(s.text):
        return False
    clause = doc.main_clause(s)
    m = ITS_UNITS.match(clause) or doc.subject_then(SUBJECTS_UNITS.pattern, clause)
    if m is None:
        return False
    listed = RELATIVE_TAIL.split(doc.up_to_next_clause(m["rest"]), maxsplit=1)[0]  # (not ", which makes sonars")
    items = [LISTED_UNIT.fullmatch(item) for item in split_list(listed)]
    names = [_its_unit_named(doc, item) if item else None for item in items]
    if not names or None in names:
        return False  # (each checked before any is minted)
    for item, written in zip(items, names, strict=True):
        if item and written and (unit := own_unit(doc, item["name"], written, s, zh=item["zh"])):
            doc.fact(unit, DKG.unitOf, doc.subject, s)
    return True


def named_as_anothers(doc: DocumentContext, name: str) -> bool:
    """A unit's ``name`` holds another body's ("the CAS Institute of Acoustics") or opens with one
    the registry knows, though the name goes on ("the CASC Hypersonics Institute": CASC's, which
    ``orgs_in`` does not count, the name going on after it)."""
    return any(iri != doc.subject for _, _, iri in doc.orgs_in(name)) or any(
        start == 0 and iri != doc.subject for start, _, iri in doc.ctx.registry.find_in(name)
    )


def _its_unit_named(doc: DocumentContext, m: re.Match[str]) -> str | None:
    """The name a listed unit of the institution goes by (a numbered one's with the institution's:
    "401st Research Institute of <Institution>"); None for a name the registry gives a body not
    its unit, or that holds another's name ("the CASC Hypersonics Institute": CASC's)."""
    name = m["name"]
    known = doc.organisation_named(name)
    if known is not None and doc.subject not in doc.ctx.registry.parents_of(known):
        return None
    if named_as_anothers(doc, name):
        return None
    return own_unit_name(doc, name, m["no"] is not None and known is None)


def units(doc: DocumentContext, s: Sentence) -> bool:
    """ "In 2003, <Institution> founded its X Institute (中文名)", "<Institution>'s X Institute was
    established in 2006", "In 2006, the <Institution> X Institute was established", "<Institution>
    is home to the X Institute": a unit of the institution (known, or minted under it with its
    Chinese name), founded by it when the sentence says so, with its founding date. Not one founded
    jointly or with another, by a school of the institution, hedged, merged or closed since, nor
    another organisation's institute it is home to. Its units listed: ``units_listed``."""
    if units_listed(doc, s):
        return True
    if not UNIT_WORD.search(s.text):
        return False
    another = WITH_ANOTHER.search(s.text)
    if another and " home to " not in s.text:
        return False
    clause = doc.main_clause(s)
    founded = None if another else doc.subject_then(FOUNDED_ITS_UNIT.pattern, clause)
    home = None if founded else doc.subject_then(HOME_TO_UNIT.pattern, clause)
    m = founded or home or (None if another else doc.subject_then(UNIT_WAS_FOUNDED.pattern, clause))
    if m is None:
        return not another and unit_founded_at(doc, s, clause)
    if another and WITH_ANOTHER.search(clause[: m.end("name")] + _UNIT_DOES.sub("", m["rest"])):
        return False  # (what the unit it is home to does is the unit's: "..., which develops radar for the PLA")
    if doc.negated_or_hedged(s.text) or REFOUNDED.search(s.text):
        return False
    if doc.in_the_past(m["rest"]) or UNIT_ENDED.search(m["rest"]) or (founded and doc.possessive(s)):
        return False  # gone since, or "<Institution>'s school founded its ...": the school's unit
    if home and named_as_anothers(doc, m["name"]):
        return False  # "home to the CAS Institute of Acoustics", "the CASC Hypersonics Institute": another's
    if CONFUCIUS.search(m["name"]) or AT_ANOTHER.match(m["rest"]):
        return False  # "established a Confucius Institute at the University of Bergen": a partner's (``links``)
    owner = clause[: m.start("name")]
    said = founded["article"] == "its" if founded else re.search(r"['’]s\s*$", owner) is not None
    # "the <Institution> Defence Engineering Institute": its whole name is as written
    written = m["name"] if founded or home or said else re.sub(r"^[Tt]he\s+", "", owner) + m["name"]
    unit = own_unit(doc, m["name"], written, s, zh=m["zh"])
    if unit is None:
        return False
    # "its X Institute", "<Institution>'s X Institute": its unit, said; "established an X Institute": implied
    doc.fact(unit, DKG.unitOf, doc.subject, s, certainty="stated" if said else "implied")
    for founder in [doc.subject] if founded else unit_founders(doc, m["rest"]):
        doc.fact(unit, DKG.establishedBy, founder, s)
    # the date after the name ("was established in 2006"), or before it ("In 2003, ... founded its")
    date = None if home else find_date(m["rest"]) or find_date(s.text[: s.text.find(m["name"])])
    if date is not None:
        value = doc.value_node(f"{unit.rsplit('/', 1)[-1]}-established")
        doc.fact(unit, DKG.established, doc.ctx.temporal(value, date), s)
    return True

"""loaders: rules on the institution's standing in prose - its risk, names, credential, lists, supervisors."""

from __future__ import annotations

import re

from rdflib import Literal
from rdflib.namespace import RDF, XSD

from defence_kg.core.namespaces import DKG, ID, vocab
from defence_kg.loading.dates import PreciseDate, find_date
from defence_kg.loading.extraction.context import DocumentContext
from defence_kg.loading.extraction.mentions import name_new
from defence_kg.loading.extraction.text import (
    ABBREVIATION,
    CHINESE_WITH_GLOSS,
    government_names,
    name_pattern,
    own_clauses,
    states_a_risk,
)
from defence_kg.loading.profile_text import Sentence

RISK = re.compile(
    r"^(?P<who>.+?)\s+(?:is|has been|was)\s+(?:designated|assessed as|rated)\s+(?:as\s+)?"
    r"(?P<level>very[- ]high|high|medium|low)[- ]?risk\b[,]?\s*"
    r"(?:(?P<conn>for|as|due to|due for|because of|because|given|owing to)\s+(?P<why>.+?)|"
    r"(?:but|although|though|and)\s+.+?)?\.?$",
    re.IGNORECASE,
)
SUPERVISION = re.compile(
    r"\b(?P<verb>subordinate to|supervised by|administered by|run by|"
    r"jointly supervised by|jointly administered by|under the joint supervision of|"
    r"came under the joint supervision of|placed under the joint supervision of)\s+(?P<rest>.+?)"
    r"(?:\s+since\s+(?P<since>\d{4}))?\.?$"
)
# the property of each verb; the verbs of joint supervision (the others) make dkg:jointlySupervisedBy
SUPERVISION_PROPERTY = {
    "subordinate to": DKG.subordinateTo,
    "supervised by": DKG.supervisedBy,
    "administered by": DKG.supervisedBy,
    "run by": DKG.supervisedBy,
}
# a clause about someone else ends the list of supervisors
OTHERS_CLAUSE = re.compile(r";|,\s*(?:while|whereas|but|unlike|like)\b|\s+(?:while|whereas)\s")
SECOND_SUPERVISION = re.compile(
    r",?\s+and\s+(?:is\s+|has been\s+)?(?:also\s+)?(?:now\s+)?(?=(?:jointly\s+)?"
    r"(?:supervised|administered)\s+by\b)"
)
CREDENTIAL = re.compile(
    r"security credential|security clearance|secrecy (?:credential|qualification)|"
    r"accredited to conduct classified research|保密资格",
    re.IGNORECASE,
)
LISTED = re.compile(
    r"\b(?:added to|placed on|included (?:on|in)|inclusion (?:on|in)|listed on|is on|was on|"
    r"appears on|named on|entered (?:on|onto)|designated on)\b",
    re.IGNORECASE,
)
MEMBERSHIP = re.compile(
    r"\b(?:is a member of|became a member of|is a founding member of|joined|a member of)\s+"
    r"(?:the\s+)?(?P<name>(?:[A-Z0-9][\w'’&-]*\s+|of\s+|and\s+|for\s+)*?"
    r"(?:Alliance|League|Association|Society|Consortium))\b"
)


def risk(doc: DocumentContext, s: Sentence) -> bool:
    """ "<Institution> is designated high risk for ...": its level, and a dated designation."""
    m = RISK.match(s.text)
    if not m:
        return False
    who = m["who"]
    # "Unlike <X>, which is designated very high risk, <Subject> is ...": the last clause's subject
    if "," in who and re.match(r"^(?:Unlike|Like|While|Whereas|Compared with|As with)\b", who):
        who = who.rsplit(",", 1)[-1].strip()
    if abbr := re.search(r"\(([A-Z][A-Za-z&-]{1,11})\)\s*$", who):
        who = who[: abbr.start()].strip()
    if not is_the_institution(doc, who):
        return False
    if abbr:
        doc.note_abbreviation(abbr[1], s)
    designate(doc, m["level"].lower().replace(" ", "-"), m["why"], s)
    return True


def is_the_institution(doc: DocumentContext, who: str) -> bool:
    """A risk sentence's subject names the institution, or is the page's title (maybe possessed)."""
    title = (doc.profile.title or "").lower()
    bare = re.sub(r"^the\s+", "", who.lower())
    return (
        doc.is_subject(who)
        or doc.ctx.registry.resolve(who) == doc.subject
        or bool(title and (bare in title or re.fullmatch(r"(?:[\w ]+['’]s )?" + re.escape(title), bare)))
    )


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
    doc.fact(designation, DKG.assessedBy, assessor, s)
    if why:
        doc.fact(designation, DKG.rationale, Literal(why, lang="en"), s)
    if asof is not None:
        doc.fact(
            designation,
            DKG.assessedAsOf,
            Literal(asof.iso, datatype=XSD.date) if asof.precision == "day" else asof.literal,
            s,
        )


def abbreviation(doc: DocumentContext) -> bool:
    """'<full name> (ABBR)' right after the institution's own full name gives its abbreviation.

    Only the first such mention counts, and only after a full name: an abbreviation written
    after another institution's name ("Dalian Maritime University (DMU)") is not taken.
    """
    full = [n for n in doc.names if not ABBREVIATION.fullmatch(n)]
    if not full:
        return False
    pattern = re.compile(
        r"(?<![\w-])(?:"
        + "|".join("(?i:" + name_pattern(n) + ")" for n in sorted(full, key=len, reverse=True))
        + r")\s*\((?P<abbr>[A-Z][A-Za-z&-]{1,11})\)"
    )
    for s in doc.profile.sentences:
        if m := pattern.search(s.text):
            doc.note_abbreviation(m["abbr"], s)
            return True
    return False


def supervision(doc: DocumentContext, s: Sentence) -> bool:
    """ "<Institution> is subordinate to / supervised by / administered by <agencies> [since <year>]"."""
    return supervised(doc, s, quote=s)


def supervised(doc: DocumentContext, s: Sentence, quote: Sentence) -> bool:
    """Read ``s`` (maybe a clause of the sentence ``quote``) as a supervision of the institution."""
    m = SUPERVISION.search(s.text)
    if not m or doc.negated_or_hedged(s.text[: m.start()]):
        return False
    if not doc.starts_with_subject(s) or doc.possessive(s):
        return False  # "<Subject>'s institute is administered by ...": not the institution
    rest = m["rest"]
    if cut := OTHERS_CLAUSE.search(rest):
        rest = rest[: cut.start()]  # "...; Beihang is subordinate to MIIT": someone else's
    # "subordinate to the MOE and is also jointly supervised by SASTIND": two relations
    if second := SECOND_SUPERVISION.search(rest):
        rest = rest[: second.start()]
        clause = doc.subject_label() + " is " + m["rest"][second.end() :]
        supervised(doc, Sentence(clause, s.section, s.citations), quote=quote)
    targets = [iri for _, _, iri in doc.orgs_in(government_names(rest)) if iri != doc.subject]
    if not targets:
        return False
    qualifiers = since(doc, m["since"] or ((x := re.match(r"^Since (\d{4}),", s.text)) and x[1]))
    for target in dict.fromkeys(targets):
        doc.fact(
            doc.subject,
            SUPERVISION_PROPERTY.get(m["verb"], DKG.jointlySupervisedBy),
            target,
            quote,
            qualifiers=qualifiers,
        )
    # "CQU is a leading Chinese research institution subordinate to ..." also describes it
    if d := re.match(doc.subject_pattern() + r"\s+is\s+(an?\s+[^,]+?)\s+" + re.escape(m["verb"]), doc.main_clause(s)):
        doc.fact(doc.subject, DKG.description, Literal(d[1], lang="en"), s)
    return True


def since(doc: DocumentContext, year: str | None) -> dict:
    """The start date qualifier of a supervision "since <year>" (none without a year)."""
    if not year:
        return {}
    date = PreciseDate(year, "year", f"since {year}")
    return {DKG.startDate: doc.ctx.temporal(doc.mint_node("supervision-since", date), date)}


def credential(doc: DocumentContext, s: Sentence) -> bool:
    """ "<Institution> holds secret-level security credentials": the level its own clauses state."""
    text = s.text
    if not CREDENTIAL.search(text) or doc.possessive(s) or doc.negated_or_hedged(text):
        return False  # "<Subject>'s partner company holds ...": not the institution's
    own = own_clauses(text)
    if not re.search(r"credential|clearance|qualification|accredited|保密资格", own, re.IGNORECASE):
        return False  # the credential named belongs to another organisation
    levels = set(credential_levels(doc, own))
    if len(levels) > 1:
        return False  # two levels in the holder's own clauses: not read
    # the holder is the subject of the clause: "<Subject> holds ..." or
    # "An institution accredited ..., <Subject> is ..."
    holder_first = doc.starts_with_subject(Sentence(text, s.section))
    appositive = re.match(
        r"^An? (?:institution|university|academy)\s+(?:accredited|holding|with)\b[^,]*,\s*" + doc.subject_pattern(),
        text,
    )
    if not (holder_first or appositive):
        return False
    qualifiers = {}
    if (date := find_date(text)) is not None:
        qualifiers[DKG.pointInTime] = doc.ctx.temporal(doc.mint_node("credential", date), date)
    level = levels.pop() if levels else "accredited-level-not-stated"
    doc.fact(doc.subject, DKG.securityCredential, vocab("credential", level), s, qualifiers=qualifiers)
    if act := re.search(r"\bis active in\s+(.+?)\.?$", text):
        doc.fact(doc.subject, DKG.activity, Literal(act[1], lang="en"), s)
    return True


def credential_levels(doc: DocumentContext, text: str) -> list[str]:
    """The credential levels ``text`` names, in the order of the word list."""
    found = [
        (m.start(), m.end(), level) for pattern, level in doc.words.credential_levels for m in pattern.finditer(text)
    ]
    # "top-secret security credentials" also reads as "secret security credentials": a match
    # overlapping a top-secret one is not a second level
    return [
        level
        for i, e, level in found
        if level == "top-secret" or not any(j < e and i < f for j, f, lw in found if lw == "top-secret")
    ]


def end_user_list(doc: DocumentContext, s: Sentence) -> bool:
    """ "<Institution> was added to the Entity List in 2019": the lists named, with the date."""
    text = s.text
    if not doc.words.any_end_user_list(text) or doc.negated_or_hedged(text) or not doc.starts_with_subject(s):
        return False
    if doc.possessive(s) or not LISTED.search(text):
        return False
    found = False
    for pattern, concept in doc.words.end_user_lists:
        if pattern.search(text):
            qualifiers = {}
            if (date := find_date(doc.main_clause(s))) is not None and not states_a_risk(s.text):
                qualifiers[DKG.pointInTime] = doc.ctx.temporal(doc.mint_node(f"listed-{concept}", date), date)
            doc.fact(doc.subject, DKG.listedOn, vocab("end-user-list", concept), s, qualifiers=qualifiers)
            found = True
    return found


def membership(doc: DocumentContext, s: Sentence) -> bool:
    """ "<Institution> is a member of the <X> Alliance": the body, minted when the registry lacks it."""
    m = MEMBERSHIP.search(CHINESE_WITH_GLOSS.sub(lambda g: g["en"], s.text))
    if not m or not doc.starts_with_subject(s) or doc.possessive(s) or doc.negated_or_hedged(s.text):
        return False
    name = m["name"].strip()
    body = doc.ctx.registry.resolve(name)
    if body is None:
        body = doc.ctx.mint(name)
        if body not in doc.ctx.registry.labels:
            name_new(doc, body, name)
        doc.fact(body, RDF.type, DKG.Organisation, s)
    doc.fact(doc.subject, DKG.memberOf, body, s)
    return True

"""loaders: links another organisation has with the institution, told with the institution as the object.

"CASC collaborates with AU", "The PLA Rocket Force funds AU's research", "CETC hires many AU
graduates", "PLA officers are trained at AU": each fact in its property's own direction, the
clause's subject a known organisation named whole (or several, coordinated), the institution named
whole in what the verb takes, nothing hedged, denied or ended. A part of the institution ("AU's
School of Optics") is not the institution, and a clause about two others says nothing of it.
"""

from __future__ import annotations

import re

from rdflib import URIRef

from defence_kg.core.namespaces import DKG
from defence_kg.loading.extraction.context import DocumentContext
from defence_kg.loading.extraction.rules.links import (
    CLOSE_TIES,
    COLLABORATION,
    EXCHANGES,
    FACILITY_WITH,
    KIND_OF_PARTNER,
    LIST_END,
    RESEARCH_FOR,
    SUPPLIES,
    TIE_ENDED,
    TRAINEES,
    clear_part,
    doc_source,
    doubted_item,
    tie_began,
    tie_period,
)
from defence_kg.loading.extraction.text import Gated, own_clauses, split_list
from defence_kg.loading.profile_text import Sentence

# "has long", "also", "closely": what may stand between the subject and its verb (tried with and
# without it, since "has" may be the verb: "has close ties with")
_BEFORE_VERB = re.compile(r"\s+(?:(?:has|have|also|long|both|\w+ly)\s+)*")
_SPACE = re.compile(r"\s+")
# "funds AU's research", "provides research funding for AU", "sponsors research at AU"
FUNDS = Gated(
    r"(?:funds|fund|funded|finances|financed|sponsors|sponsor|sponsored|bankrolls|bankrolled|"
    r"(?:provides|provide|provided|gives|give|gave|grants|granted|awards|awarded)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:funding|funds|grants?|financial\s+support)\s+(?:to|for))\s+(?P<rest>.+?)\.?$",
    ("fund", "financ", "sponsor", "bankroll", "grant"),
)
# what of the institution's is funded, the institution itself: "AU's (defence) research", "research
# (projects) at AU" (not "AU's School of Optics", a part of it)
_WORK = r"(?:[\w-]+\s+){0,2}?(?:research|projects?|programmes?|programs?|work)\b"
WORK_AT = re.compile(rf"^{_WORK}\s+(?:at|by)\s+")
WORK_OF = re.compile(rf"['’]s\s+{_WORK}")
# "hires many AU graduates", "employs graduates of AU", "recruits heavily from AU"
EMPLOYS = Gated(
    r"(?:employs|employ|hires|hire|recruits|recruit)\s+(?:(?:many|most|large\s+numbers\s+of|"
    r"a\s+large\s+number\s+of|hundreds\s+of|\w+ly)\s+)?(?:(?:graduates|alumni)\s+(?:of|from)\s+(?P<rest>.+?)|"
    r"(?P<whose>[^,;]+?)(?:['’]s)?\s+(?:graduates|alumni)|(?:graduates\s+)?from\s+(?P<source>.+?))\.?$",
    ("employ", "hire", "recruit"),
)
# the institution's partner told from the partner's side: "AVIC is AU's main industrial partner",
# "CETC and CASC are AU's key partners" (the whole sentence: "AVIC is AU's partner's parent" is not
# it; "CASIC is a partner of AU" is ``COLLABORATION``'s); one of them ("CASC is one of AU's main
# partners", "... among AU's partners"), and where ("AVIC is AU's closest partner in industry")
PARTNER_OF = Gated(
    r"(?:is|are)\s+(?:(?:one|some|two|three)\s+of\s+|among\s+)?(?P<whose>[^,;]+?)['’]s"
    + KIND_OF_PARTNER
    + r"partners?(?:\s+(?:in|for|on)\s+[^,;]+?)?\.?$",
    ("partner",),
)
# each way of telling a link and its property, whose subject the institution is (``True``) or the
# clause's subject (``False``): the institution the object of "funds", the other's link with it otherwise
_LINKS: tuple[tuple[Gated, URIRef, bool], ...] = (
    (COLLABORATION, DKG.collaboratesWith, False),
    (FACILITY_WITH, DKG.collaboratesWith, False),
    (CLOSE_TIES, DKG.hasCloseTiesWith, False),
    (EXCHANGES, DKG.hasExchangesWith, False),
    (RESEARCH_FOR, DKG.conductsResearchFor, False),
    (SUPPLIES, DKG.suppliesTo, False),
    (FUNDS, DKG.fundedBy, True),
    (EMPLOYS, DKG.employsGraduatesOf, False),
    (PARTNER_OF, DKG.collaboratesWith, True),
)


def link_to_institution(doc: DocumentContext, s: Sentence) -> bool:
    """Another organisation's link with the institution, told with the institution as its object
    (``_LINKS``): each organisation the clause opens with, to the institution or from it as the
    property runs."""
    gated = [(pattern, p, its) for pattern, p, its in _LINKS if pattern.may_match(s.text)]
    if not gated:
        return False  # most sentences: before the clause is looked for
    clause = doc.main_clause(s)
    others, end = doc.opening_organisations(clause)
    if not others or doc.subject in others:
        return False  # the institution's own sentence, or no known organisation first
    space, verb = _SPACE.match(clause, end), _BEFORE_VERB.match(clause, end)
    if space is None or verb is None:
        return False
    starts = dict.fromkeys((space.end(), verb.end()))
    for (pattern, predicate, its), start in ((link, start) for link in gated for start in starts):
        if (m := pattern.expression.match(clause, start)) and _names_it(doc, m):
            if _doubted(doc, s, clause[: m.start()] + clear_part(doc, m[0])):
                return False
            # (a tie told by its start, "AVIC entered a partnership with AU in 2016": its year the start)
            began = pattern is COLLABORATION and tie_began(m)
            when = tie_period(doc, s, doc.clause_with_its_time(s, clause, m.start()), began=began)
            # (not the source an aside gives a last item alone: "..., according to some reports, NUDT")
            cut = doubted_item(doc, s.text)
            source = (
                {"according_to": doc_source(doc, Sentence(cut.kept, s.section, s.citations))}
                if cut and cut.source
                else {}
            )
            for other in others:
                subject, party = (doc.subject, other) if its else (other, doc.subject)
                doc.fact(subject, predicate, party, s, qualifiers=when, **source)
            return True
    return False


def _doubted(doc: DocumentContext, s: Sentence, said: str) -> bool:
    """What the clause says is hedged, denied or ended (its last item aside, when a contrast
    denies or doubts that alone: "... with AU but not with Beihang")."""
    return doc.negated_or_hedged(said) or doc.in_the_past(own_clauses(s.text)) or TIE_ENDED.search(s.text) is not None


def _names_it(doc: DocumentContext, m: re.Match[str]) -> bool:
    """The institution is named whole among what the verb takes (an item of the list), or as
    whose research is funded, or whose graduates are hired."""
    groups = m.groupdict()
    rest = clear_part(doc, next(v for k in ("rest", "whose", "source") if (v := groups.get(k)) is not None))
    if m.re is FUNDS.expression:  # "research at AU", "AU's research on sonar": AU
        rest = WORK_OF.sub("", WORK_AT.sub("", rest, count=1), count=1)
    items = split_list(LIST_END.split(doc.up_to_next_clause(rest), maxsplit=1)[0])
    return any(doc.organisation_named(item) == doc.subject for item in items)


# "PLA officers are trained at AU", "Officers of the PLA Navy are educated at AU": whose trainees
# they are is whom the institution trains them for
TRAINED_AT = Gated(
    rf"^(?:(?:[Mm]any|[Mm]ost|[Ss]ome)\s+)?(?:(?P<owner>.+?)\s+{TRAINEES}|(?i:{TRAINEES})\s+of\s+(?P<of>.+?))\s+"
    r"(?:are|were|have\s+been|is)\s+(?:(?:also|mostly|mainly|often|\w+ly)\s+)?(?:trained|educated)\s+(?:at|by)\s+"
    r"(?P<rest>.+?)\.?$",
    ("trained", "educated"),
)


def trained_at(doc: DocumentContext, s: Sentence) -> bool:
    """ "PLA Navy officers are trained at AU": the institution trains personnel for the known
    organisation whose trainees they are (the institution named whole, and alone, after "at")."""
    if not TRAINED_AT.may_match(s.text):
        return False
    m = TRAINED_AT.expression.match(doc.main_clause(s))
    if m is None or doc.organisation_named(doc.up_to_next_clause(m["rest"])) != doc.subject:
        return False
    owner = doc.organisation_named(m["owner"] or m["of"])
    if owner is None or owner == doc.subject or _doubted(doc, s, m[0]):
        return False
    doc.fact(doc.subject, DKG.trainsPersonnelFor, owner, s, qualifiers=tie_period(doc, s))
    return True

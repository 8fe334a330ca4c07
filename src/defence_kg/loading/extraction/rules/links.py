"""loaders: rules on the institution's links - agreements, joint construction, exchanges, collaboration."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from functools import partial
from typing import NamedTuple

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, SKOS, XSD

from defence_kg.core.namespaces import DKG, ID, vocab
from defence_kg.loading.dates import YEAR_ENDS, PreciseDate, bound_at, find_date
from defence_kg.loading.extraction.context import (
    BRACKET,
    COORDINATED_VERB,
    TIME_FIRST,
    DocumentContext,
    former_names_aside,
)
from defence_kg.loading.extraction.mentions import (
    PROPER_NAME,
    after_examples,
    before_its_source,
    campus_names,
    companies,
    describe,
    example_partners,
    foreign_partners,
    named_at_end,
    names_unregistered,
    not_its_possessor,
    numbered_units,
    organisation_by_name,
    other_university_in,
    own_unit,
    own_unit_name,
    partner_mentions,
    unregistered_named_first,
    unregistered_partners,
    without_countrys,
)
from defence_kg.loading.extraction.rules.quantities import MONEY, plain
from defence_kg.loading.extraction.rules.supervision import AGENCY_NOTE, ANOTHER_BY, PERIOD, UNTIL_YEAR, end_dates
from defence_kg.loading.extraction.text import (
    AGREEMENT_AFTER,
    AGREEMENT_NAMED,
    ATTRIBUTION,
    COMPANY,
    ENDED_REMARK,
    ITEM_YEAR,
    LIST_IN_A_CLAUSE,
    LISTING_BETWEEN_COMMAS,
    MODALS,
    POINTED_BACK_PAST,
    POSSESSIVE_AFTER,
    POSSESSOR_IN_NAME,
    REMARK,
    SAID_BETWEEN_COMMAS,
    SOME_REPORTS,
    UNIT_ENDED,
    Gated,
    own_clauses,
    split_list,
    unit_name,
)
from defence_kg.loading.profile_text import Sentence

# "... to develop radar": a purpose is a verb, not "to the Entity List" (a relative clause's), nor
# "(according) to some reports"
_PURPOSE = rf"(?P<purpose>(?!(?:the|a|an|its|their|this|that|these|those)\b|{SOME_REPORTS})[a-z].+?)"
_SIGNED_LEAD = r"^(?P<lead>.*?)\b(?P<verb>entered|signed|concluded|reached|inked|renewed|has|have)\s+(?:into\s+)?"
# "a strategic cooperation agreement", "an MoU", "a cooperation deal", "(renewed) its cooperation
# agreement", 'a "strategic cooperation agreement"' (the name quoted)
_ONE_AGREEMENT = (
    r"(?:a|an|the|its|their)\s+[\"“]?(?P<kind>[\w\s-]*?)\s*(?:agreement|contract|memorandum of understanding|MoU|MOU|deal)"
    r"\b[\"”]?"
)
_SIGNED = _SIGNED_LEAD + _ONE_AGREEMENT
# "<A> signed a ... agreement with <B>" (or "a contract worth RMB50 million with <B>"), and "<A>
# signed (strategic) cooperation agreements with <B> and <C>" (group "plural"): an agreement with each
AGREEMENT = Gated(
    _SIGNED_LEAD + rf"(?:{_ONE_AGREEMENT}|(?P<plural>(?:[\w-]+\s+){{0,3}}?)(?:agreements|contracts|MoUs|deals))"
    # "... worth RMB50 million with", "... on military-civil fusion with"
    rf"(?:\s+worth\s+[^,;]+?|\s+(?:on|for|covering)\s+(?!behalf\b)[^,;]{{1,60}}?)?\s+with\s+(?P<other>.+?)(?:\s+to\s+{_PURPOSE})?\.?$",
    ("agreement", "contract", "memorandum", "mou", "deal"),
)
# two bodies' partnership told as an agreement's signing is: "In 2011, SASTIND forged a partnership with
# the MOE to widen the university's share of radar work", "CETC partnered jointly with the MOE to grow
# AU's sonar laboratories", "SASTIND and the MOE formed a partnership in 2010 to support
# ..." (no "with": group "when", as ``AGREEMENT_BETWEEN``'s); the groups of ``AGREEMENT``, the purpose
# said (``partnership_about_it``: read only where the purpose names the institution, and no party does)
PARTNERSHIP_FOR_IT = Gated(
    r"^(?P<lead>.*?)\b(?P<verb>partnered|(?:entered|formed|established|forged|launched|has|have|maintains?)"
    r"(?=\s+(?:into\s+)?(?:(?:a|an)\s+)?(?:(?!in\b)[\w-]+\s+){0,3}?partnerships?\b))\s+(?:into\s+)?"
    r"(?:(?:a|an)\s+(?P<kind>(?:(?!in\b)[\w-]+\s+){0,3}?)partnership\s+|(?P<plural>(?:(?!in\b)[\w-]+\s+){0,3}?)partnerships\s+|"
    r"(?:[a-z]+ly\s+)?)"
    rf"(?:with\s+(?P<other>.+?)|(?P<when>(?!with\b)[^,;]*?))\s+to\s+{_PURPOSE}\.?$",
    ("partner",),
)
# "In 2017, AU held a signing ceremony with CETC for contracts worth RMB300 million": the agreements
# (the same groups as ``AGREEMENT``, the partner before what was signed)
SIGNING_CEREMONY = Gated(
    r"^(?P<lead>.*?)\b(?P<verb>held|hosted)\s+(?:a|the)\s+(?:[\w-]+\s+)?signing\s+ceremony\s+with\s+(?P<other>.+?)\s+"
    r"(?:for|of)\s+(?:(?:a|an|the)\s+(?P<kind>[\w\s-]*?)\s*(?:agreement|contract|memorandum of understanding|MoU)|"
    r"(?P<plural>(?:[\w-]+\s+){0,3}?)(?:agreements|contracts|MoUs|deals))\b"
    rf"(?:\s+worth\s+[^,;]+?)?(?:\s+to\s+{_PURPOSE})?(?:\s+in\s+(?P<when>(?:[A-Z][a-z]+\s+)?\d{{4}}))?\.?$",
    ("ceremony",),
)
# the date after the partner's name, ending the sentence: "... with NORINCO in May 2019"
# (a clause may follow it: "... with NORINCO in 2018, covering armoured vehicles")
YEAR = re.compile(rf"\b(1[89]\d\d|20\d\d){YEAR_ENDS}")
# a date right after the partners: "in 2019", "in May 2019", "on 12 June 2017", "on May 5, 2019"
TRAILING_DATE = re.compile(
    r"\s+(?:in|on)\s+(?P<date>(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:[A-Z][a-z]+\s+)?\d{4}|[A-Z][a-z]+\s+\d{1,2},?\s+\d{4})"
    # (or the agreement's subject after it: "in 2019 on radar signal processing", "in 2017 covering fuzes")
    r"(?:\.?$|\s*,|\s+and\b|\s+(?:on|covering|concerning|regarding|about)\s+(?!(?:the\s+)?\d)(?=[a-z]))"
)
# the agreement as the subject: "A strategic cooperation agreement was signed between AU and CASIC in 2019"
AGREEMENT_SIGNED_BETWEEN = Gated(
    r"^(?P<lead>(?:In\s+(?:[A-Z][a-z]+\s+)?\d{4},\s+)?)(?:[Aa]n?|[Tt]he)\s+(?P<kind>[\w\s-]*?)\s*"
    r"(?:agreement|contract|memorandum of understanding|MoU|MOU|deal)\s+was\s+(?P<verb>signed|concluded)\s+"
    rf"between\s+(?P<between>.+?)(?P<when>\s+in\s+(?:[A-Z][a-z]+\s+)?\d{{4}})?(?:\s+to\s+{_PURPOSE})?\.?$",
    ("signed", "concluded"),
)
# the parties as the subject: "<A> and <B> signed a cooperation agreement in 2015 (to <purpose>)"
AGREEMENT_BETWEEN = Gated(
    # (a clause may follow: "..., and in 2019 the two jointly founded the X Institute", "...; the two
    # sides agreed to ..."; "A and B signed contracts in 2017": one agreement between them, at least, recorded)
    _SIGNED_LEAD
    + rf"(?:{_ONE_AGREEMENT}|(?P<plural>(?:[\w-]+\s+){{0,3}}?)(?:agreements|contracts|MoUs|deals)\b)"
    + rf"(?!\s+with\b)(?P<when>[^,;]*?)(?:\s+to\s+{_PURPOSE})?(?:\.?$|,\s+and\s+|\s*;\s+)",
    ("agreement", "contract", "memorandum", "mou", "deal"),
)
# an agreement by which an agency co-supervises the institution: "joint construction", and
# "joint-supervision agreements", "agreed to jointly supervise", "signed agreements to supervise"
# an agreement told around the fact, as a noun phrase with its year: "Under a 2018 agreement with
# CASC, KAU trains ...", "Its 2023 agreement with CETC covers radar research", "KAU's 2019
# memorandum of understanding with NUDT covers ..." (the institution's, with one partner)
# (its year may be left unsaid: "Under an agreement with CASC, KAU trains ...", an agreement in force
# as "KAU has an agreement with CASC" is, read undated)
AGREEMENT_AROUND = Gated(
    r"^(?:(?P<under>Under)\s+(?:a|an)\s+|(?P<owner>[^,;]+?)['’]s\s+|Its\s+)(?:(?P<when>(?:19|20)\d\d)\s+)?"
    rf"(?P<kind>(?:[\w-]+\s+){{0,3}}?){AGREEMENT_NAMED}\s+with\s+(?P<other>[^,;]+?)"
    r"(?:,\s+(?P<main>.+)|\s+(?:covers|concerns|focuses\s+on)\s+(?P<purpose>[a-z][^,;]*?)\.?)$",
    ("agreement", "contract", "memorandum", "mou"),
)
# the institution's clause an agreement's relative opens: "KAU signed an agreement with CASC under
# which it trains engineers for CASC" (the fact in force under it)
_UNDER_WHICH = re.compile(r"\bunder\s+which\s+(?P<who>[^,;]+?)\s+(?:also\s+)?$")
_UNDER_WHICH_OPENS = re.compile(r"\bunder\s+which\s+")
JOINT_CONSTRUCTION = Gated(
    # ("an agreement to co-construct AU": the verb's bare form too)
    r"joint[- ]construction|co-construct(?:ion|ed|s|ing)?\b|co-buil[dt]|jointly (?:construct|build|built)|joint[- ]supervision agreements?|"
    r"agreed to jointly supervise|agreements? to (?:jointly )?supervise",
    ("construct", "co-buil", "jointly", "supervis"),
    re.IGNORECASE,
)
# an agreement talked of or asked for, not made: "considered a joint-construction agreement",
# "applied in 2019 to be jointly constructed by ..."
NOT_SIGNED = re.compile(
    r"\b(?:considered|discussed|negotiated|proposed|drafted|appl(?:ied|ies|ying)|s(?:ought|eeks?|eeking))\b"
    r"(?![^.]*\bsigned\b)"
)
# where a sentence's clauses part: a semicolon, or "and" before a verb of its own ("AU joined the
# 211 Project in 1996 and has been jointly constructed by SASTIND since 2009")
CLAUSE_BREAK = re.compile(
    r";\s*|,?\s+and\s+(?=(?:it\s+|(?:also|later|then)\s+)?(?:has|have|had|is|are|was|were|became|becomes|"
    r"joined|joins|received|receives|hosts|holds|signed|signs)\b)"
)
# a clause after the agreement's own: its years are not the agreement's
LATER_CLAUSE = re.compile(r",\s*(?:which|that|but|although|though|while|whereas)\b")
# "in 2015", "since 2015 and again in 2020", "in 2008 and 2016"
JOINT_CONSTRUCTION_YEARS = re.compile(
    rf"\b(?:[Ii]n|[Ss]ince)\s+(\d{{4}}){YEAR_ENDS}(?:年?\s+and\s+(?:again\s+)?(?:in\s+)?(\d{{4}}))?"
)
# "<Institution> is a (wholly owned) subsidiary of <Org>", "is a research institute of <Org>", "... one
# of the academies under <Org>", "is the central research institute of <Org>" (a describing word
# after "the" or "a": the group's own institute; "the former ..." is none of them)
SUBSIDIARY_OF = (
    # (after a bracket or a relative clause on the institution: "GERI, which is also known as NORINCO's
    # 209th Research Institute, is a subsidiary of NORINCO", as ``standing.FOUNDED`` allows)
    r"(?:(?:\s*\([^)]*\)|,\s+which\s+[^,;]+,)?\s+(?:is|remains)\s+(?:now\s+)?"
    r"(?:(?:an?|the)\s+(?:central|main|principal|chief|leading|key|core|major)\s+|an?\s+|one\s+of\s+the\s+)"
    r"(?:wholly[- ]owned\s+|state-owned\s+)?"
    r"(?P<noun>subsidiary|(?:research\s+)?(?:institutes?|academ(?:y|ies)))\s+(?:of|under)|"
    # "<Institution>'s parent company is <Org>"
    r"['’]s\s+parent(?:\s+(?:organi[sz]ation|company|group|corporation|enterprise))?\s+is)\s+(?P<parent>.+?)\.?$"
)
SUBSIDIARY_NOUNS = re.compile(r"subsidiary|institute|academ|parent")
# the institution's own companies: "<Institution> wholly owns the X Company", "... holds a controlling
# stake in X Co., Ltd.", "<Institution>'s subsidiaries include A and B", "X Co., Ltd. is a subsidiary of
# <Institution>"; not shares held ("holds shares in": an investment, not ownership)
OWNS = Gated(
    r"\s+(?:(?:also|now)\s+)?(?:(?:wholly\s+|fully\s+)?owns|controls|(?:has|holds)\s+a\s+(?:controlling|majority)\s+"
    r"(?:stake|share|interest)\s+in|"
    # "has more than 40 subsidiaries, including A and B" (the companies named after the count)
    r"(?:has|have)(?=\s+(?:(?:more\s+than|over|about|around|nearly|at\s+least)\s+)?[\w,]+\s+(?:[\w-]+\s+)?subsidiaries\b))"
    r"\s+(?P<rest>.+?)\.?$",
    ("owns", "controls", "controlling", "majority", "subsidiaries"),
)
# a company the institution bought, its subsidiary from then: "In 2016, HAPA acquired Ostrava Turbine
# Systems s.r.o.", "... bought Heron Turbine GmbH in 2019" (companies named whole, as ``OWNS`` takes
# them: not "acquired a 60% stake in ...", "purchased servers from ..."); its year is the start
ACQUIRED = Gated(
    r"\s+(?:(?:has|had)\s+)?(?:(?:also|later|then)\s+)?(?:acquired|bought|purchased|took\s+over)\s+"
    r"(?P<rest>.+?)(?:\s+in\s+(?:[A-Z][a-z]+\s+)?\d{4})?\.?$",
    ("acquired", "bought", "purchased", "took"),
)
# an acquisition undone or not completed ("... but the deal was blocked", "... and sold it in 2019"),
# or made through another body, whose company it then is ("... through its Hong Kong subsidiary")
ACQUISITION_UNDONE = re.compile(
    r"\b(?:sold|divested|blocked|cancel+ed|abandoned|collapsed|withdrawn|withdrew|failed|attempted|tried|bid|"
    r"offer(?:ed)?|through|via)\b"
)
SUBSIDIARIES_INCLUDE = r"\s+(?:[\w-]+\s+){0,2}?subsidiaries\s+(?:include|are)\s+(?P<rest>.+?)\.?$"
# one subsidiary named after its noun, opening the clause: "AU's subsidiary, Alder Radar Co., Ltd., supplies
# ...", "Its wholly owned subsidiary Alder Optics Ltd. makes ..." (the company's name only: ``COMPANY``)
SUBSIDIARY_NAMED = r"\s+(?:wholly[- ]owned\s+)?subsidiary,?\s+(?P<rest>.+?)\.?$"
# what says the company is no longer the institution's
_NO_LONGER_OWNED = re.compile(r"\b(?:sold|divested)\b")
# (or owned by it, whole or in the main: "X Co., Ltd. is wholly owned by AU", "... is a company owned by
# AU"; not "partly owned", a stake: ``stakes``)
_WHOLLY_OWNED = r"(?:(?:wholly|fully|majority)[- ])?owned"
SUBSIDIARY_OF_IT = Gated(
    r"^(?P<rest>(?:[Tt]he\s+)?[A-Z].*?)\s+is\s+(?:(?:a|an)\s+(?:wholly[- ]owned\s+)?subsidiary\s+of|"
    rf"(?:a|an)\s+(?:company|firm|enterprise)\s+{_WHOLLY_OWNED}\s+by|{_WHOLLY_OWNED}\s+by)\s+(?P<parent>.+?)\.?$",
    ("subsidiar", "owned"),
)
OWNERS_OF_INSTITUTES = (DKG.StateOwnedEnterprise, DKG.Company, DKG.ResearchInstitute)
# "<Institution>'s School of Aerospace": a named unit of the institution ("its School of ...")
_UNIT = r"(?:[A-Z][\w-]*\s+)*?(?:School|College|Institute|Laborator(?:y|ies)|Department|Faculty|Cent(?:re|er)|Academy|Campus)\b"
UNIT_OF_IT = re.compile(rf"['’]s\s+{_UNIT}")
ITS_UNIT = re.compile(rf"\b(?:construct|build|supervise|support)\s+its\s+{_UNIT}")
# "... until 2015", "from 2010 to 2015", "Before 2015, ...": a relation that ended
ENDED_PERIOD = re.compile(r"\b(?:from\s+\d{4}\s+(?:to|until)\s+\d{4}|[Bb]efore\s+\d{4}|until)\b")
# "These agreements, signed in 2012 and 2016, ...": the years of the agreements the sentence before names
FOLLOW_UP = re.compile(r"^(?:These|The|Both|Those)\s+(?:[\w-]+\s+)?agreements\b")
# what a partner and the institution set up or run together, and its kinds
# (and "co-hosts": a facility hosted together is run together, not hosted by either)
_SET_UP = r"(?:(?:co-)?(?:established|set\s+up|founded|built|launched|opened|operates?|operated|runs?|ran|run)|co-?host(?:s|ed)?)"
# (the noun in any case: "a joint Research Institute", "a Confucius Institute")
_FACILITY = (
    # (a degree's possessive among the words: "a joint master's programme")
    r"(?:(?:[\w-]+|(?i:master|bachelor)['’]s)\s+){0,3}?(?i:cent(?:re|er)|laborator(?:y|ies)|labs?|institutes?|platforms?|bases?|"
    r"programs?|programmes?|ventures?)"
)
# several of them, without an article: "runs Confucius Institutes with the University of X and Y"
_FACILITIES = (
    r"(?:[\w-]+\s+){0,3}?(?i:cent(?:re|er)s|laboratories|labs|institutes|platforms|bases|programs|programmes|ventures)"
)
# a facility named: "the Larch Institute of Unmanned Aircraft (中文名)", "the Kestrel Optics Centre"
_NAMED_FACILITY = (
    r"(?:[A-Z][\w'’-]*\s+)+?(?:Institute|Cent(?:re|er)|Laboratory|Lab|Academy)"
    # (the field's words apart, each once: with "\s*" between them, a run of capitals split as many
    # words took time growing exponentially with its length where no match followed)
    r"(?:\s+(?:of|for|on)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?(?:\s*[(（][^()（）]*[)）])?"
)
# "Its predecessor was X", "<Institution>'s predecessor is X"; "<Institution> is ..., the successor to X"
PREDECESSOR_WORDS = Gated(r"predecessor|successor|traces", ("predecessor", "successor", "traces"))
PREDECESSOR = re.compile(
    r"^(?:(?P<owner>[^,;]+?)['’]s|Its)\s+(?:direct\s+|immediate\s+)?predecessor"
    # "... predecessor was X", or named beside it: "Its predecessor, the X Institute, was founded in 1953"
    r"(?:\s+(?:was|is)\s+(?P<name>.+?)\.?$|,\s+(?P<named>[^,;]+),\s+(?:was|is|had|has)\b|"
    # several: "Its predecessors include the X School and the Y College"
    r"s\s+(?:include|included|were|are)\s+(?P<listed>.+?)\.?$)"
)
SUCCESSOR_OF = (
    r"(?:\s*\([^)]*\))?\s+(?:is|was)\b[^;]*?\b(?:the|a)\s+(?:direct\s+)?successor\s+(?:to|of)\s+(?P<name>.+?)\.?$"
)
# the institution's successorship told between commas after its name: "KEU, the successor to the X
# Academy, was established in 2017"
SUCCESSOR_ASIDE = r"(?:\s*\([^)]*\))?,\s+(?:the|a)\s+(?:direct\s+)?successor\s+(?:to|of)\s+(?P<named>[^,;]+),\s+[a-z]"
# the successor named right before, after "by/to/under": "AU is supervised by CASC, the successor to X" is CASC's
ANOTHERS_SUCCESSOR = re.compile(r"\b(?:by|to|under)\s+(?:the\s+)?[A-Z][^,;]*,\s*(?:the|a)\s+(?:direct\s+)?$")
# "<Institution> traces its roots to the X School (中文名), founded in 1953"
TRACES_TO = (
    r"\s+traces\s+(?:its\s+)?(?:roots|origins?|history|lineage)\s+(?:back\s+)?to\s+"
    # (a body: not "to Yan'an")
    r"(?P<name>(?:the\s+)?[^,.;]*?\b(?:School|College|Academy|Institute|University|Bureau|Corps|Department|Factory|"
    r"Works|Base|Centre|Center)\b.*?)\.?$"
)
# where a predecessor's name ends: a clause, a date
NAME_ENDS = re.compile(r",|;|\s+(?:which|that|who|in\s+\d{4}|until|before|after|and\s+(?:was|is|has))\b")
# a merger that made the institution, or that it made: "<Institution> was formed in 2017 by
# merging A and B", "..., combining A with B"; "In 2000, <Institution> merged with A" (or "absorbed
# A"); "A and B merged in 2000 to form <Institution>"; "A was merged into <Institution>"; or the body it
# was made from ("from", "on the basis of": ``FORMED_FROM``)
MERGER_WORDS = Gated(
    r"merg|combin|amalgamat|absorb|incorporat|\bfrom\b|\bbasis\b",
    ("merg", "combin", "amalgamat", "absorb", "incorporat", "from", "basis"),
)
_MERGER_DATE = r"(?:\s+in\s+(?P<date>(?:[A-Z][a-z]+\s+)?\d{4}))?"
# the reform a merger was part of, after the bodies: ", following Xi Jinping's military reforms", ", as
# part of a national reform" (no body of the merger)
_REASONS = r"(?:following|after|under|amid|during|as\s+part\s+of|in\s+line\s+with)\s+"
_MERGER_REASON = rf"(?:,\s+{_REASONS}[^,;]+)?"
# (or before them, between the date and the merger: "was established in 2017 following Xi Jinping's
# military reforms, through the merger of A and B"; not the merger itself, "following the merger of")
_REASON_FIRST = rf"(?:\s+{_REASONS}(?!(?:the\s+|a\s+)?(?:merger|merging|amalgamation|combination)\b)[^,;]+,)?"
FORMED_BY_MERGER = (
    r"(?:\s*\([^)]*\))?\s+was\s+(?:formed|created|established|founded|set\s+up)"
    + _MERGER_DATE
    + _REASON_FIRST
    + r",?\s+"
    r"(?:(?:by|through|after|following|from|via)\s+)?(?:the\s+|a\s+)?"
    r"(?:merger|merging|amalgamation|amalgamating|combination|combining)(?:\s+of)?\s+(?P<parts>.+?)"
    + _MERGER_REASON
    + r"\.?$"
)
# the body (or bodies) the institution was made from: "<Institution> was formed in 2017 from the former
# X Academy", "... was established on the basis of the X Institute" (each a body named whole)
FORMED_FROM = (
    r"(?:\s*\([^)]*\))?\s+was\s+(?:formed|created|established|founded|set\s+up|reorgani[sz]ed)"
    + _MERGER_DATE
    + _REASON_FIRST
    + r",?\s+(?:from|out\s+of|on\s+the\s+basis\s+of)\s+(?P<parts>(?:the\s+)?(?:(?:former|old)\s+)?[A-Z].+?)"
    + _MERGER_REASON
    + r"\.?$"
)
MERGED_WITH = (
    r"(?:\s*\([^)]*\))?\s+(?:(?:was\s+)?merged\s+with|absorbed|incorporated|took\s+over)\s+(?!into\b)"
    r"(?P<parts>.+?)"
    + _MERGER_DATE
    # the institution as it is since: "merged with A in 2017 to form the current academy" (not "the
    # new college": another body, maybe)
    + r"(?:\s+to\s+(?:form|create|become)\s+(?:the\s+(?:current|present|present-day)\s+(?P<formed>[a-z]+)|its\s+current\s+form))?"
    + _MERGER_REASON
    + r"\.?$"
)
BOUND_LEAD = re.compile(r"(?:After|Before|Following|Until|Prior\s+to|Once|By\s+the\s+time)\b")
MERGED_WITH_ANOTHER = re.compile(r"\bmerged\s+with\b")
_STANDING_INSTITUTIONS = (DKG.University, DKG.CivilianUniversity, DKG.ResearchInstitute)
MERGED_INTO = re.compile(
    r"^(?P<parts>.+?)\s+(?:was|were)\s+(?:merged|incorporated|absorbed)\s+into\s+(?P<whole>.+?)"
    + _MERGER_DATE
    + r"\.?$"
)
MERGED_TO_FORM = re.compile(
    r"^(?P<parts>.+?)\s+(?:were\s+)?(?:merged|combined|amalgamated)"
    + _MERGER_DATE
    + r"\s+to\s+(?:form|create|establish)\s+(?P<whole>.+?)(?:\s+in\s+(?P<later>(?:[A-Z][a-z]+\s+)?\d{4}))?\.?$"
)
# a merger planned or talked of, or one that made something else
MERGER_NOT_DONE = re.compile(
    r"\b(?:will|would|plans?\s+to|planned|proposed|to\s+be\s+merged|to\s+(?:form|create|become))\b"
)
# "the old Signals University", "The former X College": the body, not its age
FORMER = re.compile(r"^(?:the\s+)?(?:(?:old|former|then|original)\s+)?", re.IGNORECASE)
# a merged body is an organisation by its name: "Technology" cut from "... Science and Technology" is not
ORGANISATION_NOUN = re.compile(
    r"\b(?:University|Polytechnic|College|Academy|Institute|School|Corporation|Company|Group|Administration|Bureau|"
    r"Commission|Department|Cent(?:re|er)|Laboratory|Agency|Ministry|Factory|Plant)\b"
)
EXCHANGES = Gated(
    # ("has exchange programs with universities in 30 countries, including ...": the tracker's words)
    r"\b(?:has|have|had|engaged in|carries out)\s+(?:\w+\s+)?exchanges?\s+(?:(?:activities|programs?|programmes?)\s+)?"
    r"with\s+"
    r"(?P<rest>.+?)\.?$",
    ("exchange",),
)
# the work two bodies do together ("jointly trains", "trains ... jointly with")
_JOINT_VERB = (
    r"(?:trains?|trained|educates?|educated|cultivates?|cultivated|develops?|developed|designs?|designed|"
    r"researches|researched|studies|studied|conducts?|conducted|undertakes?|undertook)"
)
# (the start of a tie: its year is when it began; not "will begin", "plans to start": not stated)
_BEGAN = r"(?P<began>began|begun|started)"
# a partnership's making, whose year is the tie's start as "began" is ("entered into a partnership
# with CASC in 2018"; not "plans to enter": no such form)
_FORMED = r"(?P<formed>entered(?:\s+into)?|formed|established|built|forged|launched)"


def tie_began(m: re.Match[str]) -> bool:
    """Whether ``COLLABORATION``'s match tells the tie by its start ("began working with", "formed a
    partnership with"): its one year is then the start."""
    return bool(m["began"] or m["formed"])


# how close, large or lasting a partner is: "a key partner of", "its largest industrial partner", "one of
# the most important partners of"
_HOW_PARTNER = (
    r"(?:(?:most|more)\s+)?(?:main|key|major|principal|primary|chief|leading|largest|biggest|close|closest|"
    r"important|significant|active|frequent|strategic|long-?standing|long-term|traditional)"
)
COLLABORATION = Gated(
    r"\b(?:(?:(?:collaborates?|collaborated|cooperates?|cooperated|co-operates?|co-operated|partnered|partners|"
    r"works|worked|teams\s+up|teamed\s+up)\s+(?:[a-z]+ly\s+)?|"
    # a tie said by its start: "began to collaborate with", "began cooperating with", "started working with"
    rf"{_BEGAN}\s+(?:to\s+(?:collaborate|cooperate|co-operate|work)|collaborating|cooperating|co-operating|working)\s+"
    r"(?:[a-z]+ly\s+)?|"
    # a partnership made ("entered (into) a partnership with", "forged a strategic partnership with": its
    # year the tie's start, group "formed") or held ("has a partnership with", "maintains a long-standing
    # partnership with", "renewed its strategic partnership with": its year a time the tie held; not
    # "launched a programme in partnership with", the programme's year)
    rf"(?:{_FORMED}|has|have|maintains?|enjoys?|renew(?:s|ed)|extend(?:s|ed))\s+(?:(?!in\b)[\w-]+\s+){{0,3}}?partnerships?\s+|"
    # "has a long history of collaboration with", "engages in extensive cooperation with", "maintains a
    # cooperative relationship with"
    r"(?:has|have|maintains?|engages?\s+in|enjoys?)\s+(?:[\w-]+\s+){0,4}?(?:(?:collaborations?|cooperation|co-operation)"
    r"(?:\s+relationships?)?|(?:cooperative|co-operative|collaborative)\s+(?:relationships?|relations|ties|links))\s+|"
    # "maintains research links with": ties whose kind is named (not "has ties with")
    r"(?:has|have|maintains?|enjoys?)\s+(?:[\w-]+\s+){0,2}?research\s+(?:links|ties|relationships?|relations)\s+|"
    r"(?:expand|expanded|expands|deepen|deepened|deepens)\s+its\s+(?:[\w-]+\s+)?"
    r"(?:collaboration|cooperation|co-operation)\s+|"
    # "opened a school for secrecy training in partnership with NASSP"
    r",?\s*in\s+(?:partnership|collaboration|cooperation|co-operation)\s+|"
    # "has a joint doctoral program with", "runs a joint laboratory with"; a degree two award together,
    # "has a dual-degree programme with" (education done together: collaboration, not exchanges, which
    # are visits and exchange programmes)
    # (a school or college too, when it is joint: "runs a joint graduate school with Monash University")
    rf"(?:has|have|had|offers?|offered|runs?|ran)\s+(?:a\s+|an\s+)?(?:joint\s+|(?:dual|double)[- ](?=degree\b))"
    rf"(?:{_FACILITY}|(?:[\w-]+\s+)?(?:schools?|colleges?))s?\s+|"
    # "jointly trains graduate students with CETC", "jointly develops drones with AVIC"
    rf"jointly\s+{_JOINT_VERB}\s+(?:[\w-]+\s+){{0,4}}?|"
    # the adverb after the object: "trains graduate students jointly with HEU", "develops drones together with CSIC"
    rf"{_JOINT_VERB}\s+(?:[\w-]+\s+){{0,4}}?(?:jointly|together)\s+)with|"
    # "is a key partner of the PLA Rocket Force", "is the Chinese partner institution of the Confucius
    # Institute at the University of X" (the partner named in what follows)
    # ("is one of the partner institutions of the Confucius Institute at ...")
    # (and one that goes on: "has (long) been a key partner of CNNC since 2005", its year the tie's start)
    rf"(?:is|are|(?:has|have)\s+(?:long\s+|also\s+)?been)\s+(?:also\s+)?(?:a|an|the|one\s+of\s+the)\s+"
    rf"(?:(?:{_HOW_PARTNER}|Chinese)\s+)?partners?(?:\s+(?:institutions?|universit(?:y|ies)))?\s+(?:of|to|for)|"
    # a Confucius Institute set up or run at a university abroad: that university is the partner
    # ("established a Confucius Institute at the University of Bergen in 2012")
    r"(?:(?:co-)?(?:established|founded)|set\s+up|opened|launched|runs?|operates?)\s+(?:a|an|the|its)\s+(?:[\w-]+\s+)?"
    r"Confucius\s+Institutes?\s+at)"
    r"\s+(?P<rest>.+?)\.?$",
    (
        "collaborat",
        "cooperat",
        "co-operat",
        "partner",
        "work",
        "joint",
        "together",
        "research",
        "degree",
        "team",
        "confucius",
    ),
)
# "maintains a close relationship with CETC", "has strong ties to the PLA", "is very close to CETC",
# "is closely tied to the PLA": a tie the source does not name the kind of ("geographically close"
# is not one)
_CLOSE = r"(?:(?:particularly|very|especially|extremely|notably|also)\s+)?"
CLOSE_TIES = Gated(
    rf"\b(?:(?:has|have|maintains?|enjoys?|(?:has|have)\s+(?:developed|built|forged|established))\s+"
    rf"(?:a\s+)?{_CLOSE}(?:close|strong|deep|intimate)\s+(?:working\s+)?(?:ties|links|relationships?|relations|connections|associations?)\s+"
    r"(?:to|with)\s+|"
    rf"(?:is|are)\s+{_CLOSE}(?:close|closely\s+(?:tied|linked|connected|associated))\s+(?:to|with)\s+)(?P<rest>.+?)\.?$",
    ("close", "strong", "deep", "intimate"),
)
# what is taught, not researched: "developed a training course for PLA officers"
_COURSES = r"(?:courses?|curricul\w*|programmes?|programs?|training|degrees?|textbooks?)\b"
# "conducts research for the PLA Strategic Support Force", "undertakes classified projects for CASC"
RESEARCH_FOR = Gated(
    r"\b(?:(?:conducts?|conducted|carries\s+out|carried\s+out|undertakes?|undertook|undertaken|performs?|performed)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:research|projects?)\s+(?:(?:on|in|into)\s+[^.]*?\s+)?|"
    # "has developed radar systems for the PLA Navy" (not a course or degree: training, not research;
    # not a purpose, "signed an agreement with AVIC to develop drones for the PLA Air Force")
    r"(?<!\bto\s)(?:develops?|developed|designs?|designed)\s+"
    rf"(?!(?:[\w-]+\s+){{0,5}}?{_COURSES})"
    r"(?:[\w-]+\s+){1,5}?|"
    # research contracts or projects it won from a client: "has won research contracts from CASC", "received
    # classified projects from CAEP" (not a contract of no kind: a sale, maybe)
    r"(?P<award>(?:won|wins|received|receives|secured|secures|(?:was|were|been)\s+awarded)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:research\s+contracts?|projects?)\s+))(?(award)(?:for|from)|for)\s+(?P<rest>.+?)\.?$",
    ("research", "project", "develop", "design"),
)
# "trains officers for the PLA Navy", "cultivates talent for the PLA Rocket Force", "provides training
# for PLA officers", "trains PLA officers", "is a training base for the PLA Strategic Support Force",
# "is dedicated to training personnel for the PLA Navy", "educating the PLA Navy's officer corps",
# "trains radar, sonar and electronic warfare officers for the PLA Navy" (the kinds of them listed)
TRAINEES = (
    r"(?:officers|officer\s+corps|cadets|personnel|soldiers|pilots|technicians|engineers|specialists|talents?|"
    r"staff|students|leaders|commanders|cadres|experts|"
    # crews and the trades of the services ("trains pilots for the PLA Air Force and navigators for the
    # PLA Navy"): people, never a product (not "controllers", nor "researchers", whom research would take)
    r"navigators|submariners|sailors|seamen|aircrews?|crews|mechanics|medics|doctors|nurses|operators|analysts|"
    r"linguists|interpreters|translators|instructors)"
)
# (a state body's name may hold "People's": "the People's Armed Police", "the Chinese People's
# Liberation Army"; any other possessive is the owner's, "the PLA Navy's officers")
_NAMES_WORD = r"(?!People['’]s)[A-Z][\w-]*"  # ("People" before "'s" is no owner of its own)
_OWNER = rf"(?:the\s+)?(?:People['’]s\s+)?{_NAMES_WORD}(?:\s+(?:People['’]s\s+)?{_NAMES_WORD})*"
TRAINS_FOR = Gated(
    r"\b(?:(?:trains?|trained|training|educates?|educated|educating|cultivates?|cultivated|cultivating|"
    r"prepares?|prepared|preparing)\s+"
    # (their Chinese name after them: "national defence students (国防生) for the PLA Navy")
    rf"(?:(?:[\w-]+,?\s+|\d{{1,3}}(?:,\d{{3}})+\s+){{0,5}}?{TRAINEES}(?:\s*[(（][^()（）]*[)）])?\s+for\s+|(?=(?:{_OWNER})(?:['’]s\s+(?:[\w-]+\s+){{0,2}}?|\s+){TRAINEES}\b))|"
    # "has trained officers of the People's Armed Police": whose people they are, as with "'s" (a
    # verb, not "training officers of CETC's institutes", who may be officers in charge of training)
    rf"(?:trains?|trained|educates?|educated)\s+(?:[\w-]+\s+){{0,2}}?{TRAINEES}\s+of\s+(?=(?:the\s+)?[A-Z])|"
    r"provides?\s+(?:[\w-]+\s+){0,2}?training\s+(?:to|for)\s+|"
    # "runs a training programme for PLA SSF personnel", "offers short courses of training for ..."
    r"(?:runs?|offers?|operates?|hosts?)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?training\s+"
    r"(?:programmes?|programs?|courses?|classes)\s+(?:to|for)\s+|"
    # "has a national defence students programme with the PLA Navy": its students the service's officers to be
    r"(?:has|runs?|offers?|operates?|hosts?)\s+(?:(?:a|an|the)\s+)?(?:national\s+)?defen[cs]e\s+students?\s+"
    r"(?:programmes?|programs?|schemes?)\s+(?:with|for)\s+|"
    # "recruits national defence students for the PLA Navy": the students it then educates as the
    # service's officers to be (students recruited for another body are not read: "recruits students for ...")
    r"(?:recruits?|recruited|recruiting|enrol(?:l?s|led|ling)?)\s+(?:[\w-]+\s+){0,2}?(?:national\s+)?defen[cs]e\s+"
    r"students?(?:\s*[(（][^()（）]*[)）])?\s+for\s+|"
    r"(?:is|serves\s+as)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?training\s+(?:base|centre|center|ground|school)\s+for\s+|"
    # "is one of the main sources of talent for CASC", "is a key supplier of personnel to the PLA
    # Navy", "supplies engineers to CASC"
    r"(?:is|are|serves\s+as)\s+(?:one\s+of\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:sources?|suppliers?|providers?)\s+of\s+"
    rf"{TRAINEES}\s+(?:for|to)\s+|(?:supplies|supplied|provides|provided)\s+(?:[\w-]+\s+){{0,2}}?{TRAINEES}\s+(?:for|to)\s+)"
    r"(?P<rest>.+?)\.?$",
    ("train", "educat", "cultivat", "prepar", "source", "suppl", "provide", "student"),
)
# "the PLA Navy's officer corps", "the PLA Rocket Force's cadets": whose trainees they are is whom they are trained for
TRAINEES_OF = re.compile(rf"^((?:{_OWNER}))['’]s\s+((?:[\w-]+\s+){{0,2}}?{TRAINEES}\b)")
# who trains with the institution, not for it: "jointly trains PLA officers with HIT"
CO_TRAINERS = re.compile(r"\s+(?:(?:together|jointly)\s+)?(?:with|alongside)\s+")
# an agreement's purpose, not the relation done: "signed an agreement with NUDT to train officers for
# the PLA Navy", "a contract to develop radar for CETC"
AGREEMENT_NOUN = re.compile(r"\b(?:agreements?|contracts?|memorand(?:um|a)|MoUs?|deals?)\b", re.IGNORECASE)
# "is a key supplier of guidance components to CASC", "supplies radar parts to CETC"
# (products, not people: "a key supplier of talent to CASC" is training's)
_NOT_TRAINEES = rf"(?!(?:[\w-]+\s+){{0,2}}?{TRAINEES}\b)"
# the goods, a list with its commas ("radar, sonar and lidar"): a comma before a word of the list,
# not before a clause ("lasers, and CETC uses them", "drones, which it ..."); a word's Chinese name
# after it ("fuzes (引信)")
_GOODS = (
    r"(?:[\w-]+(?:\s*[(（][^()（）a-zA-Z]*[)）])?"
    r"(?:,(?=\s+(?:and\s+|or\s+)?(?!(?:and|or|which|who|whom|whose|that|while|whereas|but|it|they)\b)"
    r"[a-z]))?\s+){1,8}?"
)
SUPPLIES = Gated(
    r"\b(?:(?:is|are|has\s+been)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:supplier|provider)\s+"
    rf"(?:of\s+{_NOT_TRAINEES}[^.;]*?\s+)?(?:to|for)\s+|"
    rf"(?:supplies|supplied|sells|sold)\s+{_NOT_TRAINEES}{_GOODS}to\s+|"
    # "produces armoured vehicles and artillery for the PLA Ground Force"
    rf"(?:produces|produced|manufactures|manufactured|builds|built)\s+{_NOT_TRAINEES}{_GOODS}for\s+)"
    r"(?P<rest>.+?)\.?$",
    ("suppl", "provider", "sells", "sold", "produc", "manufactur", "buil"),
)
# "has procured GPU servers from Inspur and Sugon": the institution as a customer
PROCURED_FROM = Gated(
    r"\b(?:procured|procures|purchased|purchases|bought|buys|sourced|sources|imported|imports)\s+"
    r"(?:[\w-]+(?:[,.]\d+)*\s+){1,6}?from\s+(?P<rest>.+?)\.?$",  # ("1,200 surveillance cameras")
    ("procur", "purchase", "bought", "buys", "sourc", "import"),
)
# the employers of the institution's graduates: "State-owned groups CASIC and AVIC are among the
# largest employers of AU graduates", "The top employers of its graduates include CASC"; "AU's graduates
# often work at AVIC"
_WHOSE_GRADUATES = r"(?P<whose>[^,;]+?)\s+graduates"
EMPLOYERS_OF_GRADUATES = Gated(
    r"^(?:(?P<employers>.+?)\s+(?:rank|ranks|ranked|are|is|were|was)\s+(?:also\s+)?(?:among\s+|one\s+of\s+)?(?:the\s+|its\s+|a\s+|an\s+)?|"
    # (or opening the sentence: "Major employers of AU graduates include AVIC")
    r"(?:The|Its)\s+|(?=[A-Z]))(?:[Tt]op|[Mm]ain|[Ll]argest|[Ll]eading|[Mm]ajor|[Bb]iggest)\s+(?:\w+\s+)?employers?\s+of\s+"
    # (a year may date the ranking: "... of AU graduates in 2018 were CASC and AVIC")
    + _WHOSE_GRADUATES
    + r"(?:\s+in\s+\d{4})?(?:\s+(?:include|includes|included|are|were)\s+(?P<listed>.+?))?\.?$",
    ("employer",),
)
GRADUATES_WORK_AT = Gated(
    # (or some of them: "Many of its graduates go on to work at CAEP")
    # ("Many AU graduates go on to work for CASC" too)
    r"^(?:(?:[Mm]any|[Mm]ost|[Ss]ome)\s+(?:of\s+)?|(?:[Aa]\s+(?:large\s+|significant\s+)?(?:number|share|proportion))\s+of\s+)?"
    rf"{_WHOSE_GRADUATES}\s+(?:(?:often|mostly|mainly|largely|primarily|generally|commonly|typically|usually|"
    r"frequently|regularly|also)\s+)?"
    r"(?:(?:work|go\s+on\s+to\s+work|find\s+(?:work|jobs|employment)|take\s+jobs)\s+(?:at|for|in|with)|"
    # "often join CETC", "go on to join AVIC"
    r"(?:go\s+on\s+to\s+)?join|"
    # "have gone on to senior positions at CAEP", "go on to careers in CETC"
    r"(?:have\s+|has\s+)?(?:go|goes|gone|went)\s+on\s+to\s+(?:[\w-]+\s+){0,2}?(?:positions|posts|jobs|careers|roles)\s+"
    r"(?:at|in|with|for)|"
    # "are (heavily, often) recruited by", "are hired by"
    r"(?:are|were)\s+(?:(?:\w+ly|often)\s+)?(?:recruited|hired|employed)\s+by)\s+(?P<listed>.+?)\.?$",
    ("graduates",),
)
# graduates the institution sent to work somewhere: "AU has sent more than 200 graduates to work at
# CAEP" (after its name: ``graduate_employers``)
GRADUATES_SENT = (
    r"\s+(?:has\s+|have\s+)?(?:sent|sends|supplied|supplies)\s+(?:(?:more\s+than|over|about|around|nearly|at\s+least)\s+)?"
    r"(?:[\d,]+|many|hundreds|thousands)\s+(?:of\s+(?:its\s+)?)?graduates\s+to\s+(?:work\s+(?:at|for|in|with)\s+|join\s+)?"
    r"(?P<listed>.+?)\.?$"
)
# a list's descriptor before its names: "Defence conglomerates", "state-owned companies such as"
EMPLOYERS_DESCRIBED = re.compile(
    r"^(?:[\w-]+\s+){0,3}?(?:conglomerates|companies|firms|enterprises|corporations|groups)(?:\s+such\s+as|\s+including)?\s+",
    re.IGNORECASE,
)
# "receives funding for sonar research from the PLA Navy", "is funded by SASTIND"
_MOSTLY = r"(?:(?:partly|partially|largely|mainly|mostly|primarily|chiefly|also|jointly)\s+)?"
_FUNDED_BY = rf"(?:is|are|was|were|has\s+been|have\s+been)\s+{_MOSTLY}(?:funded|financially\s+supported|financed)\s+{_MOSTLY}by\s+"
# "received RMB 300 million from SASTIND": a sum received from a body is its funding (the sum itself
# is no defence spending, which the quantities rule reads only beside defence research)
_A_SUM_RECEIVED = (
    r"(?:receives?|received|obtains?|obtained)\s+(?:(?:about|around|roughly|nearly|some|over|more\s+than|at\s+least)\s+)?"
    rf"(?:{MONEY.pattern})\s+from\s+"
)
# "is a major recipient of SASTIND funding", "one of the largest recipients of funding from the PLA Navy"
_RECIPIENT_OF = (
    r"(?:is|are)\s+(?:one\s+of\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?recipients?\s+of\s+"
    r"(?:(?:funding|funds|grants)\s+from\s+|(?=(?:the\s+)?[A-Z][^,;.]*?\s(?:funding|funds|grants?)\b))"
)
FUNDING = Gated(
    r"\b(?:(?:receives?|received|gets|obtains?|obtained)\s+(?:[\w-]+\s+){0,3}?(?:funding|grants?)\b[^.]*?\s+from\s+|"
    rf"{_A_SUM_RECEIVED}|{_FUNDED_BY}|{_RECIPIENT_OF})(?P<rest>.+?)\.?$",
    ("fund", "grant", "financ", "receiv", "obtain"),
)
# "<Institution>'s defence research is funded mainly by SASTIND": the funder of its research is its own
_ITS_RESEARCH_FUNDED = (
    rf"\s+(?:[\w-]+\s+){{0,2}}?research(?:\s+(?:projects?|programmes?|programs?|work))?\s+{_FUNDED_BY}(?P<rest>.+?)\.?$"
)
RESEARCH_FUNDED = Gated(rf"['’]s{_ITS_RESEARCH_FUNDED}", ("fund", "financ"))
# "Its defence research is funded mainly by SASTIND": the same with the pronoun (which the
# extractor leaves to the institution only where no other body was named before it)
ITS_RESEARCH_FUNDED = re.compile(rf"Its{_ITS_RESEARCH_FUNDED}")
# "set up a joint laboratory with CASIC", "established a research centre with CETC", "runs a
# national laboratory on pulsed power with CAEP" (its field between), "established the X Institute
# of Y with AVIC", "has set up (two) joint laboratories with Huawei and iFlytek", "hosts the X
# Laboratory jointly with CASIC"
FACILITY_WITH = Gated(
    rf"\b(?:{_SET_UP}\s+(?:(?:(?:a|an)\s+(?:joint\s+)?|(?:[\w-]+\s+)?joint\s+){_FACILITY}(?:\s+(?:on|for|of|in)\s+[^,;]*?)?|"
    rf"the\s+{_NAMED_FACILITY}|{_FACILITIES})|(?:hosts|runs|operates|manages)\s+the\s+{_NAMED_FACILITY}\s+(?:jointly|together))"
    r"\s+with\s+(?P<rest>.+?)\.?$",
    ("established", "set", "founded", "built", "launched", "opened", "operat", "run", "ran", "host", "manag"),
)
# a coordinated subject that runs something together: "AU and CASC have run a joint sensing
# laboratory since 2012", "AU and CETC jointly established the Kestrel Institute", "AU and CETC
# founded the Kestrel Radar Centre", "AU and DJI opened a drone research centre"
JOINT_WORK = Gated(
    rf"\b(?:(?:has|have|had)\s+)?(?:{_SET_UP}\s+(?:a|an)\s+(?:joint\s+)?{_FACILITY}|"
    rf"(?:jointly|co-)\s*{_SET_UP}\s+(?:a|an|the)\s+)|\b(?:has|have)\s+(?:a|an)\s+joint\s+{_FACILITY}|"
    # "AU and CAEP set up the Kestrel Joint Institute of Physics": a body the two named subjects made
    rf"\b{_SET_UP}\s+the\s+{_NAMED_FACILITY}",
    ("joint", "co-", "established", "set", "founded", "built", "launched", "opened", "operat", "run", "ran", "host"),
)
# a facility the institution set up with others, as its subject: "The Kestrel Radar Centre was
# jointly established by AU and CETC in 2013" (every founder named whole)
JOINTLY_SET_UP_BY = Gated(
    rf"\b(?:was|were|(?:has|have)\s+been)\s+(?:jointly\s+|co-)\s*{_SET_UP}\s+by\s+(?P<by>.+?)"
    r"(?:\s+in\s+(?:[A-Z][a-z]+\s+)?\d{4})?\.?$",
    ("jointly", "co-"),
)

# a coordinated subject's verb of working together, right after it: "AU and CETC have collaborated
# on radar", "AU and NUDT cooperate closely"; not "... collaborated with X" (both, with a third)
# (or a partnership of theirs, made or held: "AU and AVIC formed a partnership in 2016", "AU and CETC
# have a strategic partnership"; not "... formed a partnership with X", theirs with a third)
WORKED_TOGETHER = Gated(
    r"\s+(?:(?:have|has|had|also|long|\w+ly)\s+)*(?:(?:collaborat|cooperat|co-operat)(?:ed|e)\b|"
    r"(?:worked|work)\s+together\b|partnered\b|"
    # (or what they do together: "AU and the PLA Army jointly train officers")
    rf"(?:jointly|together)\s+{_JOINT_VERB}\b|"
    # (or a history of it: "AU and CAEP have a long history of cooperation", as "AU has a long history of
    # cooperation with CAEP" is read)
    r"(?:have|share)\s+(?:a\s+)?(?:[\w-]+\s+){0,2}?history\s+of\s+(?:cooperation|co-operation|collaboration|partnership)\b|"
    rf"(?:{_FORMED}|have|has|maintain|enjoy)\s+(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?partnership\b(?!\s+agreement))"
    r"(?!\s+(?:\w+ly\s+)?with\b)",
    ("collaborat", "cooperat", "co-operat", "together", "partner", "jointly"),
)
# a partnership of the institution's as the subject: "A partnership between AU and CETC was
# established in 2014" (its year the start), "A strategic partnership between AU and AVIC has existed
# since 2010" (every party named whole, as ``JOINTLY_SET_UP_BY``'s founders)
PARTNERSHIP_BETWEEN = Gated(
    r"^(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,2}?partnership\s+between\s+(?P<by>[^,;]+?)\s+"
    r"(?:(?P<formed>(?:was|has\s+been)\s+(?:established|formed|forged|launched|set\s+up|created)|began|started)|"
    r"has\s+existed|exists)\b",
    ("partnership",),
)

# the institution's partners listed: "AU's partners include CETC and the PLA Navy", "Its main
# industrial partners are CASC and AVIC"
# (and how close or large a partner it is: "its largest industrial partner", "most important partners")
KIND_OF_PARTNER = (
    rf"\s+(?:(?:{_HOW_PARTNER}|industrial|industry|military|corporate|defence|defense|research|academic|"
    r"foreign|international|overseas|[A-Z][a-z]+)\s+)*"
)
PARTNERS_INCLUDE = KIND_OF_PARTNER + r"(?:partners\s+(?:include|are)|partner\s+is)\s+(?P<rest>.+?)\.?$"
# "<Institution>'s suppliers include Hikvision and iFlytek"
SUPPLIERS_INCLUDE = KIND_OF_PARTNER + r"(?:suppliers\s+(?:include|are)|supplier\s+is)\s+(?P<rest>.+?)\.?$"


# the agreement renewed in a verb phrase coordinated after it: "... and renewed it in 2021", "and
# later extended the agreement"
RENEWED_AFTER = re.compile(
    r",?\s+and\s+(?:(?:later|then|subsequently|\w+ly)\s+)?(?:renewed|extended)\s+(?:it|them|the\s+(?:agreement|contract|deal))\b.*$"
)


# a person signing for the institution: "KAU's vice-president, Zhang Wei, signed an agreement with CASC
# on behalf of the university", "On behalf of KAU, its president signed ..." (the words that name
# whom, up to a comma, a date or the end)
ON_BEHALF = re.compile(
    r"(?:^|,?\s+)[Oo]n\s+behalf\s+of\s+(?P<whom>.+?)(?=\s*,|\s+(?:in|on|to)\s|\s+and\s|\.?$)(?:\s*,\s*)?"
)


def _signed_on_its_behalf(doc: DocumentContext, lead: str, other: str) -> tuple[str, str] | None:
    """The lead and the partners without "on behalf of" the institution, where someone signed the
    agreement for it: the signer's words name no other body (not "CETC's president ..., on behalf of
    the university"); None otherwise, and where it is on behalf of another ("on behalf of CETC")."""
    for where, text in (("lead", lead), ("other", other)):
        said = ON_BEHALF.search(text)
        if said is None:
            continue
        whom = said["whom"].strip()
        if whom.lower() != "it" and not doc.is_subject(whom):
            return None
        cut = text[: said.start()] + (" " if said.start() and said.end() < len(text) else "") + text[said.end() :]
        lead, other = (cut, other) if where == "lead" else (lead, cut)
        if any(iri != doc.subject for _, _, iri in doc.orgs_in(lead)):
            return None
        return lead, other
    return None


def agreement(doc: DocumentContext, s: Sentence) -> bool:
    """ "In 2015, <A> signed a strategic cooperation agreement with <B> to <purpose>", "<A> and <B>
    signed a cooperation agreement in 2015": the agreement node with its parties, kind, date and
    purpose (the institution need not be a party); "<A> signed cooperation agreements with <B> and
    <C>": one agreement with each partner named right after "with"."""
    partnership = partnership_about_it(doc, s)
    with_other = partnership if partnership is not None and partnership["other"] is not None else None
    if m := AGREEMENT.search(s.text) or SIGNING_CEREMONY.search(s.text) or with_other:
        # (not a verb phrase coordinated after the partners, nor its "to": "... with Tsinghua University
        # in 2020 and is expected to sign another with Beihang University")
        other, purpose = _before_a_clause_of_its_own(doc, m["other"], m["purpose"])
        # "... with CASC that was later cancelled": an agreement that ended is not read as one in force
        # (the words up to the partner: "has not signed any agreements with")
        if doc.negated_or_hedged(s.text[: m.start("other")]) or doc.in_the_past(s.text[m.end("verb") :]):
            return False
        # (a renewal told after it is no other agreement, its year not the signing's: "... with CETC in
        # 2016 and renewed it in 2021", the agreement of 2016)
        other = RENEWED_AFTER.sub("", doc.before_anothers_clause(m["other"]))
        # (the examples of a kind of partner: "with more than 20 defence companies, including CETC")
        other = after_examples(doc, other)
        # (a last partner hedged, reported or ended is no party, its year cut with it: "with NUDT and,
        # reportedly, with CETC in 2016", NUDT's agreement undated; a hedge elsewhere leaves them all)
        source: dict[str, str | None] = {}
        if (cut := doubted_item(doc, other)) is not None:
            if cut.source:  # (the aside's source is the cut partner's alone)
                source = {
                    "according_to": doc_source(doc, Sentence(s.text.replace(other, cut.kept), s.section, s.citations))
                }
            other = cut.kept
        if doc.negated_or_hedged(_before_a_clause_of_its_own(doc, other, None)[0]):
            return False  # ("with AVIC, possibly CASC, and CETC"; not "... and will work with CASC")
        # (its listing between commas aside: "KAU, added to the Entity List in 2019, signed ...", whose
        # year is no agreement's; and a frame between commas: "KAU, officials said, signed ...")
        lead = SAID_BETWEEN_COMMAS.sub(" ", LISTING_BETWEEN_COMMAS.sub(" ", s.text[: m.start("verb")]))
        first = doc.organisation_named(doc.without_leading_clause(lead))
        if first is None and "," in lead:  # ("CETC, a state-owned conglomerate, signed ...")
            first = doc.organisation_apposed(doc.without_leading_clause(lead))
        if "behalf" in s.text and (signed_for := _signed_on_its_behalf(doc, lead, other)) is not None:
            lead, other = signed_for
            first = first or doc.subject
        if first is None and (time := _signed_in_a_clause_of_it(doc, lead)) is not None:
            # "KAU collaborates with NUDT, and in 2015 it signed ...": the institution's, dated by that
            # clause's time alone (not the first clause's: "KAU has worked with NUDT since 2010, and ...")
            first, lead = doc.subject, time
        if first is None:
            return False
        mentions = partner_mentions(doc, other)
        if first != doc.subject and JOINT_CONSTRUCTION.search(s.text) and _construction_parties_among(doc, s, mentions):
            return False  # the joint-construction rule's (one agreement, not two nodes of it)
        if first != doc.subject:  # "AVIC signed an agreement with AU": AU the partner, alone (not the
            # body of another clause: "... with AU in 2016, and CASC did the same in 2018")
            itself = [o for o in partner_mentions(doc, other, itself=True)[:1] if o[2] == doc.subject]
            mentions = itself or mentions
        if mentions and m["plural"] is not None and mentions[0][0] > 4:
            return False
        if mentions and m["plural"] is None:  # one agreement, with the partners named first, together
            mentions = coordinated_run(other, mentions)
            describe(doc, mentions[0][2], other[: mentions[0][0]], s)
        # a partner the registry does not know: "... with the Moscow Aviation Institute in 2019", or
        # listed with known ones: "... with CETC and the University of Manchester"
        known = [iri for _, _, iri in mentions]
        listed = _listed_with(doc, other, known, s)
        partners = listed or unregistered_partners(doc, other, s)
        if not partners:
            return False
        # "In 2019, AU signed ...", or "... with CETC in May 2019" right after the partners named
        last_known = mentions and len(listed) == len(known)
        # (not a date of what a clause says of the partner: "..., which was added to the Entity List in 2020")
        after = TRAILING_DATE.match(other, mentions[-1][1]) if last_known else TRAILING_DATE.search(own_clauses(other))
        # "Between 2012 and 2016, AU signed agreements with ...": a period, no agreement's date
        period = re.search(r"\b(?:[Bb]etween|[Ff]rom)\s+\d{4}\s+(?:and|to|until)\s+\d{4}\b", lead) is not None
        # "AU renewed its agreement with AVIC in 2019": the year is the renewal's, not the signing's
        period = period or m.groupdict().get("verb") == "renewed"
        date = (
            None
            if period
            else find_date(lead) or find_date(after["date"] if after else m.groupdict().get("when") or "")
        )
        # "In 2017 and 2019, AU signed agreements with CASIC" (or "... with CASIC in 2017 and 2019"):
        # one each year (one agreement: unsure which)
        years = [] if period else YEAR.findall(lead)
        # (not "... with CASC in 2016 and with CASIC in 2019": each its own year, below)
        each_dated = last_known and len(mentions) > 1 and all(TRAILING_DATE.match(other, end) for _, end, _ in mentions)
        if not (years or period or each_dated) and mentions:
            # the years right after the partners, in their clause ("..., and CASC did the same in 2018": not)
            years = YEAR.findall(re.split(r"[,;]", other[mentions[-1][1] :], maxsplit=1)[0])
        if len(set(years)) > 1:
            if m["plural"] is None:
                return False
            # with several partners, which agreement is of which year is not said: one each, undated
            for year in dict.fromkeys(years) if len(partners) == 1 else [None]:
                for second in partners:
                    record_agreement(
                        doc, s, m, [first, second], PreciseDate(year, "year", year) if year else None, purpose, source
                    )
            return True
        if m["plural"] is None:  # one agreement: the partners listed together, or the one not registered
            together = len(listed) if len(listed) > len(known) else len(mentions) or 1
            record_agreement(doc, s, m, [first, *partners[:together]], date, purpose, source)
        else:  # each with the date right after its partner, if it has one ("with CASC in 2016 and with CASIC in 2019")
            own = (
                {iri: TRAILING_DATE.match(other, end) for _, end, iri in mentions} if last_known and not period else {}
            )
            # (one without a date of its own, where others have one, is not dated by theirs: "with NUDT
            # and CETC in 2015 and with CASIC in 2018", NUDT's is not sure)
            otherwise = find_date(lead) if PREPOSITION_AGAIN.search(other) and any(own.values()) else date
            for second in partners:
                trailing = own.get(second)
                record_agreement(
                    doc, s, m, [first, second], find_date(trailing["date"]) if trailing else otherwise, purpose, source
                )
        return True
    if m := AGREEMENT_BETWEEN.search(s.text) or (partnership if with_other is None else None):
        parties = doc.clause_subjects(s)
        # a joint-construction agreement is its own rule's: its signatories are its parties, the institution its concern
        # (a hedge of the clause after it is not the signing's: "...; the two sides agreed to build ...",
        # nor a building it tells of, when the institution is a signatory: "...; they agreed to jointly
        # build a laboratory")
        if len(parties) < 2 or doc.negated_or_hedged(s.text[: m.end()]):
            return False
        if JOINT_CONSTRUCTION.search(s.text[: m.end()]) or (
            doc.subject not in parties and JOINT_CONSTRUCTION.search(s.text)
        ):
            return False
        if doc.in_the_past(s.text[m.end("verb") :]):  # ended, as above
            return False
        when, purpose = _before_a_clause_of_its_own(doc, m["when"], m["purpose"])
        record_agreement(doc, s, m, parties, find_date(m["lead"]) or find_date(when), purpose)
        return True
    if m := AGREEMENT_SIGNED_BETWEEN.search(s.text):
        # each party a known organisation named whole ("between AU and a local firm": not read)
        named = [doc.organisation_named(item) for item in split_list(m["between"])]
        parties = [iri for iri in dict.fromkeys(named) if iri is not None]
        if len(parties) < 2 or len(parties) < len(named) or doc.negated_or_hedged(s.text):
            return False
        if JOINT_CONSTRUCTION.search(s.text) or doc.in_the_past(s.text[m.end("verb") :]):
            return False  # the joint-construction rule's; or one that ended, as above
        record_agreement(doc, s, m, parties, find_date(m["lead"]) or find_date(m["when"] or ""), m["purpose"])
        return True
    return agreement_around(doc, s)


def partnership_about_it(doc: DocumentContext, s: Sentence) -> re.Match[str] | None:
    """``PARTNERSHIP_FOR_IT`` where the purpose names the institution and the words before it do
    not: two others' partnership "to support the university's ...", an agreement concerning it as
    "signed an agreement with ... to ..." is; the institution's own partnership is a collaboration
    (``COLLABORATION``), another's about something else is left (not "SASTIND partnered with MIIT
    in 2012", "... to expand NUDT's defence research")."""
    m = PARTNERSHIP_FOR_IT.search(s.text)
    if m is None or doc.names_institution(s.text[: m.start("purpose")]):
        return None
    return m if any(iri == doc.subject for _, _, iri in doc.orgs_in(m["purpose"])) else None


def agreement_around(doc: DocumentContext, s: Sentence) -> bool:
    """An agreement of the institution with one partner, dated by its year where one is said, told
    as a noun phrase around what the sentence says (``AGREEMENT_AROUND``): "Under a 2018 agreement
    with CASC, KAU trains ..." (the main clause the institution's, read by its own rules), "Its 2023
    agreement with CETC covers radar research" (the purpose); or after it (``AGREEMENT_AFTER``):
    "KAU trains engineers for the PLA Navy under a 2018 agreement with CASC". Not hedged or denied,
    not another's ("NUDT's 2019 agreement ...")."""
    m = AGREEMENT_AROUND.search(s.text) or _agreement_after(doc, s)
    if m is None or doc.negated_or_hedged(s.text) or doc.in_the_past(s.text):
        return False
    found = m.groupdict()
    if found.get("owner") is not None and not doc.is_subject(found["owner"]):
        return False
    if found.get("main") is not None and (doc.subject_at(found["main"]) is None or doc.possessive(s)):
        return False  # ("Under a 2018 agreement with CASC, NUDT trains ...": whose agreement is not said)
    partner = doc.organisation_named(m["other"] or "")
    if partner is None or partner == doc.subject:
        return False  # (no "with <X>": the agreement's other party is not said)
    date = find_date(m["when"]) if m["when"] else None
    record_agreement(doc, s, m, [doc.subject, partner], date, found.get("purpose"))
    return True


def _agreement_after(doc: DocumentContext, s: Sentence) -> re.Match[str] | None:
    """``AGREEMENT_AFTER`` in a sentence whose main clause is the institution's own (not "KAU's
    partner NUDT trains ... under ...", nor "NUDT trains ...")."""
    m = AGREEMENT_AFTER.search(s.text)
    return m if m is not None and doc.starts_with_subject(s) and not doc.possessive(s) else None


# the institution's tie, plainly said, before a clause of "it" coordinated after it: "KAU collaborates
# with NUDT, and in 2015 it ...", "KAU is a partner of CAEP and has signed ...", "KAU has worked with NUDT and CETC since 2010, and it ..." (the first
# clause's subject the institution, and nothing but names after "with": "it" can be no other)
_TIE_NAME = r"(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w'’&.-]*)*"
_TIE_NAMES_SEPARATOR = r"(?:,\s*(?!and\b)|\s+and\s+)"
_PLAIN_TIE_THEN_IT = re.compile(
    r"^(?P<subject>.+?)\s+(?:(?:(?:has|have)\s+)?(?:[a-z]+ly\s+)?(?:collaborates?|collaborated|cooperates?|cooperated|"
    r"co-operates?|co-operated|partners|partnered|works|worked)\s+(?:[a-z]+ly\s+)?with|"
    # (or is a partner of them: "KAU is also a partner of CAEP and has signed ...")
    r"(?:is|are)\s+(?:also\s+)?(?:a|an)\s+(?:[\w-]+\s+)?partner\s+(?:of|to))\s+"
    # (names apart, a separator between each two: with none required, a word of many capitals could
    # be cut into names in exponentially many ways where no match followed)
    rf"{_TIE_NAME}(?:{_TIE_NAMES_SEPARATOR}{_TIE_NAME})*(?:{_TIE_NAMES_SEPARATOR})?"
    # (what they work on: "... with AVIC on airborne radar integration since 2016")
    # (each word once: with "\s*" after each, a word could be cut into several)
    r"(?:\s+on(?:\s+(?!and\b|since\b|in\b|from\b)[a-z][\w-]*){1,5})?"
    r"(?:\s*(?:since|in|from)\s+(?:[A-Z][a-z]+\s+)?\d{4})?"
    # (or a second verb phrase of the same subject: "KAU has worked with AVIC since 2016 and signed ...")
    rf"(?:,\s+and\s+(?P<time>{TIME_FIRST})?it\s+|,?\s+and\s+)(?:(?:has|have)\s+)?(?:also\s+)?$"
)


def _signed_in_a_clause_of_it(doc: DocumentContext, lead: str) -> str | None:
    """The time of a clause of "it" in which the institution signs, coordinated after its plain tie
    ("in 2015 ", or ""; "" for a second verb phrase with no subject of its own: "KAU has worked with
    AVIC since 2016 and signed ...", whose tie's year is not the signing's), when ``lead`` (the words
    before the verb) is such; None otherwise. Only "in"
    gives a date: "since 2012 it has signed contracts", "by 2015 it had signed" tell a period."""
    m = _PLAIN_TIE_THEN_IT.match(lead) if " it " in lead or " and " in lead else None
    if m is None or doc.organisation_named(doc.without_leading_clause(m["subject"])) != doc.subject:
        return None
    return m["time"] if m["time"] and m["time"].startswith("in ") else ""


REPEATED_PREPOSITION = re.compile(r"^(?:for|to|with|from|by)\s+")
# the preposition said again before a list's last name, an aside between: "for CNNC and for the
# CAEP", "for the PLA Army and, in smaller numbers, for the People's Armed Police"
PREPOSITION_AGAIN = re.compile(r",?\s+and(?:\s*,\s*[^,]{1,40},)?\s+(?:for|to|with|from)\s+(?=(?:the\s+)?[A-Z])")
# between two names of one list: "CETC and AVIC", "CETC, AVIC and the PLA Navy"
_LIST_JOINER = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")


def coordinated_run(text: str, mentions: list[tuple[int, int, URIRef]]) -> list[tuple[int, int, URIRef]]:
    """The first mention and those listed with it, nothing but "," or "and" between them."""
    run = mentions[:1]
    for mention in mentions[1:]:
        if not _LIST_JOINER.fullmatch(text, run[-1][1], mention[0]):
            break
        run.append(mention)
    return run


# before a list's first name, a joiner: the list goes on before it with a name the registry does not know
_AFTER_A_JOINER = re.compile(r"(?:,|\band)\s*(?:the\s+)?$")


def whole_list_ending_at(doc: DocumentContext, text: str, at: int) -> list[URIRef]:
    """The known organisations of the list whose last name ends at ``at`` ("NUDT and CETC" in "KAU
    works with NUDT and CETC, the latter ..."), nothing but "," or "and" between them; none when
    no known name ends there ("a CETC institute") or the list goes on before with another item
    ("the Kestrel Institute, NUDT and CETC": which item is the first, the second, is not sure)."""
    mentions = doc.orgs_in(text[:at])
    if not mentions or mentions[-1][1] != at:
        return []
    run = mentions[-1:]
    for mention in reversed(mentions[:-1]):
        if not _LIST_JOINER.fullmatch(text, mention[1], run[0][0]):
            break
        run.insert(0, mention)
    return [] if _AFTER_A_JOINER.search(text[: run[0][0]]) else [iri for _, _, iri in run]


def _before_a_clause_of_its_own(doc: DocumentContext, words: str, purpose: str | None) -> tuple[str, str | None]:
    """The words after the partners up to a verb phrase coordinated after them, and the purpose if
    none is: "Tsinghua University in 2020 and is expected [to sign another with Beihang]", "AVIC
    in 2018 and plans [to sign one with CASC]", "CASC and CASIC and has since delivered radar [to
    both]": the "to" is that phrase's (a plan, a delivery), no purpose of the agreement, and the
    bodies it names are no parties. A verb, a modal or a word of intent ("plans", "hopes" ...)
    after "and" opens such a phrase; "with AVIC and its institutes to ..." is a list."""
    for junction in COORDINATED_VERB.finditer(words):
        word = junction["word"]
        if word in doc.words.verbs or word in MODALS or doc.negated_or_hedged(f"{word} to"):
            return words[: junction.start()], None
    return words, purpose


def record_agreement(
    doc: DocumentContext,
    s: Sentence,
    m: re.Match[str],
    parties: list[URIRef],
    date: PreciseDate | None,
    purpose: str | None = None,
    source: dict[str, str | None] | None = None,
) -> None:
    """An agreement node with its parties, kinds, date and purpose (and what the purpose names);
    ``source``: the facts' ``according_to`` where the sentence's is not theirs."""
    source = source or {}
    node = doc.mint_node("agreement", date)
    labels = [doc.ctx.registry.label(party) for party in parties]
    name_agreement(doc, node, f"Agreement between {', '.join(labels[:-1])} and {labels[-1]}", date)
    for party in parties:
        doc.fact(node, DKG.party, party, s, **source)
    for concept in agreement_kinds(doc, m["kind"] or m.groupdict().get("plural") or "", s.text):
        doc.fact(node, DKG.agreementKind, vocab("agreement-kind", concept), s, **source)
    if date is not None:
        doc.fact(node, DKG.date, dated(doc, node, date), s, **source)
    if purpose:
        doc.fact(node, DKG.purpose, Literal(purpose, lang="en"), s, **source)
        for _, _, iri in doc.orgs_in(purpose):
            if iri not in parties:
                doc.fact(node, DKG.concerns, iri, s, **source)
    doc.last_agreement = node


def agreement_kinds(doc: DocumentContext, kind: str, text: str) -> list[str]:
    """The kinds the words before "agreement" name ("strategic cooperation"), in word-list order."""
    kind = kind.strip().lower()
    kinds = [concept for pattern, concept in doc.words.agreement_kinds if pattern.search(kind)]
    # "signed a memorandum of understanding with": the noun itself is the kind
    if "memorandum of understanding" in text.lower() or re.search(r"\bMoUs?\b|\bMOU\b", text):
        kinds.append("memorandum-of-understanding")
    return kinds


def name_agreement(doc: DocumentContext, node: URIRef, label: str, date: PreciseDate | None) -> None:
    doc.ctx.add(node, RDF.type, DKG.Agreement)
    doc.ctx.add(node, SKOS.prefLabel, Literal(label + (f" ({date.verbatim})" if date else ""), lang="en"))


def dated(doc: DocumentContext, node: URIRef, date: PreciseDate) -> URIRef:
    """The date node of an agreement or event: '<node>-date'."""
    return doc.ctx.temporal(ID[f"{node.rsplit('/', 1)[-1]}-date"], date)


def joint_construction(doc: DocumentContext, s: Sentence) -> bool:
    """ "In 2015, SASTIND and the MOE signed a joint-construction agreement on <Institution>": one
    agreement per year, its parties the government agencies named."""
    text = s.text
    if doc.followed_up is s:
        return True  # its years were read with the sentence before
    if not (said := JOINT_CONSTRUCTION.search(text)) or doc.negated_or_hedged(text) or NOT_SIGNED.search(text):
        return False
    if not constructs_the_institution(doc, text, said.start()):
        return False  # "SASTIND and AU jointly built a wind tunnel", "an alliance jointly constructed by ..."
    if doc.subject_then(r"\s+(?:has\s+|had\s+)?(?:also\s+)?signed\b", doc.main_clause(s), clause=True):
        return (
            False  # "AU signed a joint construction agreement with NORINCO to build ...": a party, the agreement rule's
        )
    # the parties and years of the clause that speaks of it, not of another ("In 2010, AU was run
    # by MIIT; in 2014 it became jointly constructed by SASTIND and the MOE")
    # (a clause coordinated with its own subject and time is its own: "In 2016, MIIT and SASTIND
    # agreed to ..., and in 2018 the Shaanxi Provincial Government signed a co-construction agreement")
    start, end = doc.clause_span(text, said.start())
    clause = clause_of(text[start:end], said, start)
    parties = joint_construction_parties(doc, s, clause)
    if not parties:
        return False
    # the years of the agreements, not of what a later clause says of them ("..., which lapsed in 2018")
    head = LATER_CLAUSE.split(clause, maxsplit=1)[0]
    if doc.in_the_past(head) or ENDED_PERIOD.search(head):
        return False  # "... until 2016", "from 2010 to 2015", "Before 2015, ...": a construction that ended
    if len(lists := ANOTHER_BY.split(head)) > 1:
        # "... by MIIT and the province since 2010 and by MIIT and SASTIND since 2016": each list of
        # parties its own agreement, with its own years (none read when one list names none)
        each = [joint_construction_parties(doc, s, part) for part in lists]
        if not all(each):
            return False
        for part, its_parties in zip(lists, each, strict=True):
            _constructions(doc, s, its_parties, _years(JOINT_CONSTRUCTION_YEARS.findall(part)) or [None])
        return True
    quote, years = s, JOINT_CONSTRUCTION_YEARS.findall(head) or _years_of_parties_signing(clause, len(head))
    if not years and (nxt := doc.adjacent(s, 1)) and FOLLOW_UP.match(nxt.text):
        years = re.findall(rf"()\b(\d{{4}}){YEAR_ENDS}", nxt.text)
        quote, doc.followed_up = Sentence(f"{text} {nxt.text}", s.section, s.citations + nxt.citations), nxt
    # (not the year a later clause ends it: "..., but it ended in 2008"; none of several "since 2001")
    _constructions(doc, quote, parties, [None] if SEVERAL_SINCE.search(head) else _years(years) or [find_date(head)])
    return True


# a relative clause of the parties that tells of the agreement itself: "... by the MOE and SASTIND,
# which signed a joint-construction agreement with the province in 2013"
PARTIES_SIGNED = re.compile(r",\s*which\s+(?:also\s+|later\s+)?signed\s+[^,;]*")


def _years_of_parties_signing(clause: str, after: int) -> list[tuple[str, str]]:
    """The years of a joint-construction agreement told in a relative clause of its parties, right
    after the clause's head (the agreement's own words in it: not "..., which signed a research
    agreement with CETC in 2014"; nor a later clause's, "..., which lapsed in 2018")."""
    m = PARTIES_SIGNED.match(clause, after)
    return JOINT_CONSTRUCTION_YEARS.findall(m[0]) if m and JOINT_CONSTRUCTION.search(m[0]) else []


# several agreements over a period: "has signed four joint construction agreements with AU since 2001"
SEVERAL_SINCE = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|many)\s+(?:[\w-]+\s+){0,3}?"
    r"agreements\b[^;]*?\bsince\s+\d{4}",
    re.IGNORECASE,
)


def _years(found: list[tuple[str, str]]) -> list[PreciseDate | None]:
    return [PreciseDate(y, "year", y) for pair in found for y in pair if y]


def _constructions(
    doc: DocumentContext, quote: Sentence, parties: list[URIRef], dates: list[PreciseDate | None]
) -> None:
    """One joint-construction agreement on the institution per date, between ``parties``."""
    for date in dict.fromkeys(dates):
        node = doc.mint_node("joint-construction", date)
        name_agreement(doc, node, f"Joint construction of {doc.ctx.registry.label(doc.subject)}", date)
        for party in parties:
            doc.fact(node, DKG.party, party, quote)
        doc.fact(node, DKG.concerns, doc.subject, quote)
        doc.fact(node, DKG.agreementKind, vocab("agreement-kind", "joint-construction"), quote)
        if date is not None:
            doc.fact(node, DKG.date, dated(doc, node, date), quote)


# joint construction said with a verb: what is built is its object ("jointly construct AU"), or its
# subject in the passive ("AU is jointly constructed by ...", "AU is a university jointly built by ...")
CONSTRUCTION_VERB = re.compile(
    r"(?:jointly\s+(?:construct(?:s|ed|ing)?|build(?:s|ing)?|built)|co-buil[dt]|co-build(?:s|ing)?|co-construct(?:s|ed|ing)?)\b"
    r"(?P<passive>\s+by\b)?",
    re.IGNORECASE,
)
_BUILT_IS = (
    # ("has also been jointly built by": the adverb inside the perfect as well as after it)
    r"(?:\s*\([^)]*\))?\s+(?:is|was|are|were|(?:has|have|had)\s+(?:also\s+)?been|became|becomes|be)\s+(?:also\s+)?"
)


def constructs_the_institution(doc: DocumentContext, text: str, at: int) -> bool:
    """Joint construction said at ``at`` is of the institution: a noun ("joint-construction
    agreement") always is; a verb's object or passive subject must be it."""
    if not (verb := CONSTRUCTION_VERB.match(text, at)):
        return True
    if verb["passive"]:
        # what it is, of no other body: "a university", not "a member of an alliance"
        described = r"(?:(?:a|an|one\s+of(?:\s+the)?)\s+(?:(?!(?:of|in|at|for|with|to)\b)[\w-]+\s+){0,4})?"
        if re.search(doc.clause_subject_pattern() + _BUILT_IS + described + "$", text[:at]):
            return True
        # a second verb phrase of the institution's clause: "AU joined X in 1996 and has been jointly constructed by ..."
        own = doc.without_leading_clause(text[:at])
        return re.search(r"\band" + _BUILT_IS + "$", own) is not None and doc.subject_at(own) is not None
    return doc.subject_at(text[verb.end() :].lstrip()) is not None


def subsidiary(doc: DocumentContext, s: Sentence) -> bool:
    """ "<Institution> is a subsidiary of <Org>", "is a research institute of <Org>": the parent, a
    known organisation named first (an institute's, a company or research body that owns
    institutes: "an academy under the CMC" is the CMC's to command, not to own)."""
    if not SUBSIDIARY_NOUNS.search(s.text) or doc.negated_or_hedged(s.text) or doc.in_the_past(s.text):
        return False
    m = doc.subject_does(SUBSIDIARY_OF, doc.main_clause(s))
    if m is None:
        return False
    parents = partner_mentions(doc, m["parent"])
    if not parents or parents[0][0] > 4:  # "a subsidiary of a firm that ...": not a known parent named first
        return False
    if m["noun"] not in (None, "subsidiary") and not doc.has_type(parents[0][2], *OWNERS_OF_INSTITUTES):
        return False
    doc.fact(doc.subject, DKG.subsidiaryOf, parents[0][2], s)
    return True


# "<Institution> is a (Sino-foreign) joint venture (university) between A and B", "... joint venture
# university established in 2015 by A and B"
JOINT_VENTURE = Gated(
    r"\s+is\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?joint[- ]venture(?:\s+(?:university|institution|company))?\s+"
    r"(?:between|of|(?:established|founded|set\s+up|created)(?:\s+in\s+(?:[A-Z][a-z]+\s+)?\d{4})?\s+by)\s+"
    r"(?P<parents>.+?)\.?$",
    ("venture",),
)


def joint_venture(doc: DocumentContext, s: Sentence) -> bool:
    """ "<Institution> is a joint venture between the University of X and Y University": each parent
    established it (known, or minted with the country the sentence gives), when every one is an
    organisation named whole."""
    if not JOINT_VENTURE.may_match(s.text) or doc.negated_or_hedged(s.text) or doc.in_the_past(s.text):
        return False
    m = doc.subject_does(JOINT_VENTURE.expression.pattern, doc.main_clause(s))
    parents = every_named(doc, split_list(doc.up_to_next_clause(m["parents"])), s) if m else []
    for parent in parents:
        doc.fact(doc.subject, DKG.establishedBy, parent, s)
    return bool(parents)


def owned_companies(doc: DocumentContext, s: Sentence) -> bool:
    """ "<Institution> wholly owns the X Company", "<Institution>'s subsidiaries include A and B", "X
    Co., Ltd. is a subsidiary of <Institution>": each company a subsidiary of the institution (known,
    or minted from its name), when every one listed is a company named whole."""
    if not (OWNS.may_match(s.text) or SUBSIDIARY_OF_IT.may_match(s.text)):
        return acquired_companies(doc, s)
    if doc.negated_or_hedged(s.text) or doc.in_the_past(s.text):
        return False
    clause = doc.main_clause(s)
    m = (
        doc.subject_does(OWNS.expression.pattern, clause)
        or re.match("Its" + SUBSIDIARIES_INCLUDE, clause)
        or doc.subject_then("['’]s" + SUBSIDIARIES_INCLUDE, clause)
    )
    if m is None and (of_it := SUBSIDIARY_OF_IT.expression.match(clause)) and doc.is_subject(of_it["parent"]):
        m = of_it
    listed = SOME_COMPANIES.sub("", m["rest"]) if m else _subsidiary_named(doc, clause)
    owned = _companies_listed(doc, listed, s) if listed else []
    for company in owned:
        doc.fact(company, DKG.subsidiaryOf, doc.subject, s)
    return bool(owned) or acquired_companies(doc, s)


def _subsidiary_named(doc: DocumentContext, clause: str) -> str | None:
    """The company named after "<Institution>'s subsidiary" opening ``clause`` (``SUBSIDIARY_NAMED``),
    unless the clause says it was sold."""
    m = re.match("Its" + SUBSIDIARY_NAMED, clause) or doc.subject_then("['’]s" + SUBSIDIARY_NAMED, clause)
    if m is None or (company := COMPANY.match(m["rest"])) is None:
        return None
    return None if _NO_LONGER_OWNED.search(m["rest"], company.end()) else company[0]


def acquired_companies(doc: DocumentContext, s: Sentence) -> bool:
    """ "In 2016, <Institution> acquired X GmbH", "... bought X Ltd. in 2019": each company a
    subsidiary of the institution, from the year given (``ACQUIRED``); not one it sold, nor a deal
    blocked or only tried (``ACQUISITION_UNDONE``)."""
    if not ACQUIRED.may_match(s.text) or ACQUISITION_UNDONE.search(s.text):
        return False
    if doc.negated_or_hedged(s.text) or doc.in_the_past(s.text):
        return False
    if (m := doc.subject_does(ACQUIRED.expression.pattern, doc.main_clause(s))) is None:
        return False
    owned = _companies_listed(doc, m["rest"], s)
    period = tie_period(doc, s, began=True) if owned else {}
    for company in owned:
        doc.fact(company, DKG.subsidiaryOf, doc.subject, s, qualifiers=period)
    return bool(owned)


# a stake in a company short of owning it, said of the institution: "holds shares in A Co., Ltd.",
# "holds a 40% stake in A", "has a minority stake in", "is a shareholder of", "is the largest
# shareholder in", "has invested in", "is an investor in", "acquired a 30% stake in A" (from then);
# a controlling or majority stake is ``OWNS``'s (a subsidiary)
STAKE = Gated(
    r"\s+(?:(?:also|now)\s+)?(?:"
    r"(?:holds|has|owns|(?P<took>acquired|bought|purchased|took))\s+(?:(?:shares|equity|stakes)\b"
    r"|an?\s+(?:(?P<percent>\d{1,3}(?:\.\d+)?)\s*(?:%|per\s*cent)\s+|(?:minority|small|minor)\s+)?"
    r"(?:equity\s+)?(?:stake|shareholding|share|equity\s+interest))\s+(?:in|of)"
    r"|is\s+(?:a|an|the)\s+(?:(?:major|minority|largest|second[- ]largest|main|leading)\s+)?"
    r"(?:shareholder|investor)\s+(?:of|in)"
    r"|(?:has\s+)?invested\s+in|invests\s+in"
    r")\s+(?P<rest>.+?)\.?$",
    ("share", "stake", "equity", "invest"),
)
# "A Co., Ltd. is partly owned by <Institution>": the same stake, said of the company
PARTLY_OWNED = Gated(
    r"^(?P<rest>(?:[Tt]he\s+)?[A-Z].*?)\s+is\s+(?:partly|partially|jointly)\s+owned\s+by\s+(?P<owner>.+?)\.?$",
    ("owned",),
)


def stakes(doc: DocumentContext, s: Sentence) -> bool:
    """ "<Institution> holds shares in A Co., Ltd. and B Ltd.", "... holds a 40% stake in A", "...
    has invested in 12 companies, including A and B", "A is partly owned by <Institution>": the
    institution a shareholder of each company named whole (``STAKE``), with the stake's per cent
    when given, and from the year a stake was acquired; not a stake sold or only planned."""
    if not (STAKE.may_match(s.text) or PARTLY_OWNED.may_match(s.text)):
        return False
    if doc.negated_or_hedged(s.text) or doc.in_the_past(s.text) or _NO_LONGER_OWNED.search(s.text):
        return False
    clause = doc.main_clause(s)
    if m := doc.subject_does(STAKE.expression.pattern, clause):
        listed = SOME_COMPANIES.sub("", m["rest"])
    elif (m := PARTLY_OWNED.match(clause)) and doc.is_subject(m["owner"]):
        listed = m["rest"]
    else:
        return False
    percent = m.groupdict().get("percent")
    if percent and Decimal(percent) > 100:
        return False
    held = _companies_listed(doc, listed, s)
    qualifiers = tie_period(doc, s, began=bool(m.groupdict().get("took"))) if held else {}
    if percent:
        qualifiers[DKG.stakePercent] = Literal(plain(Decimal(percent)), datatype=XSD.decimal)
    for company in held:
        doc.fact(doc.subject, DKG.shareholderOf, company, s, qualifiers=qualifiers)
    return bool(held)


# "owns several companies, including A and B": the companies named after those counted, or named
# after a count of them, in apposition or after a colon ("owns two companies, A and B", "... three
# subsidiaries: A, B and C"; the names must follow: "two companies, which ..." is left to the list)
SOME_COMPANIES = re.compile(
    r"^(?:(?:more\s+than|over|about|around|nearly|at\s+least)\s+)?"
    r"(?:several|many|numerous|some|a\s+number\s+of|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:companies|firms|enterprises|subsidiaries)(?:,?\s+(?:including|such\s+as|among\s+them)\s+"
    r"|(?<=\w)(?::|,)\s+(?=(?:the\s+)?[A-Z]))"
)
# what describes the last company listed: ", which supplies radar parts to CETC", ", the latter of
# which was set up in 2010"
_RELATIVE = (
    r",\s*(?:(?:the\s+)?(?:latter|former|first|second|last|both|all|each|one)\s+of\s+)?(?:which|that|who|whose)\b"
)
_A_FIRM = r",\s*an?\s+(?:[\w-]+\s+)?(?:subsidiary|company|firm|enterprise|manufacturer|maker|supplier|developer)"
_DOING = r"(?:that|which|based|making|producing|developing|supplying|specia?li[sz]ing)\b"
RELATIVE_TAIL = re.compile(
    _RELATIVE
    # or an apposition that describes it, not another parent: ", a subsidiary that makes radar parts",
    # ", a company based in Xi'an", ", a firm making ..." (", a subsidiary of CETC" is left in the list)
    + rf"|{_A_FIRM}\s+{_DOING}"
    # (what a maker makes: ", a Czech maker of turbopumps"; not a parent, as "a subsidiary of" is)
    + r"|,\s*an?\s+(?:[\w-]+\s+)?(?:manufacturer|maker|supplier|developer|producer)\s+of\s+(?!(?:the\s+)?[A-Z])"
)
# an apposition that describes a company listed, up to the next comma, after which the list may go
# on: "A Co., Ltd., a firm based in Xi'an, and B Co., Ltd.", "A, a radar maker, and B", "A, a
# supplier of composites" (not another parent: ", a subsidiary of CETC", ", a supplier of the group")
DESCRIBED = re.compile(rf"{_A_FIRM}(?:\s+{_DOING}[^,;]*|\s+of\s+(?!the\b)[a-z][^,;]*)?(?=,|$)")


# an institute or academy named whole among a list of companies a body owns
OWN_INSTITUTE = re.compile(r"(?:the\s+)?" + unit_name(r"Institute|Academy", r"(?P<no>\d{1,3}(?:st|nd|rd|th)\s+)?"))


def _companies_listed(doc: DocumentContext, text: str, s: Sentence) -> list[URIRef]:
    """The companies ``text`` lists, nothing else in the list: known organisations, names of
    companies the registry does not know ("Alder Radar Technology Co., Ltd."), minted, and
    institutes of the institution's own ("the 725th Research Institute"), minted under it."""
    text = re.split(_RELATIVE, doc.up_to_next_clause(text), maxsplit=1)[0].strip(" .")
    known = {start: (end, iri) for start, end, iri in doc.orgs_in(text) if iri != doc.subject}
    found: list[URIRef] = []
    pos = 4 if text.startswith(("the ", "The ")) else 0  # (the sentence's first word: "The X Institute is a ...")
    while True:
        if pos in known:
            end, iri = known[pos]
            if _named_as_anothers(doc, text[pos:end]):
                return []  # "owns A Co., Ltd. and CETC's 14th Research Institute": another's unit
        elif (company := COMPANY.match(text, pos)) and not POSSESSOR_IN_NAME.search(company["name"]):
            # (none minted for a name that holds a known one: "AVIC Xi'an Aircraft Co., Ltd.")
            minted = companies(doc, company["name"], s)
            if not minted:
                return []
            end, iri = company.end(), minted[0]
            if bracket := BRACKET.match(text, end):  # its Chinese name after it
                end = bracket.end()
        elif institute := OWN_INSTITUTE.match(text, pos):
            # an institute or academy of its own: "the Alder Ship Research Institute", "the 725th
            # Research Institute" (its number the institution's: named with it)
            written = own_unit_name(doc, institute["name"], institute["no"] is not None)
            if (unit := own_unit(doc, institute["name"], written, s, zh=institute["zh"])) is None:
                return []
            end, iri = institute.end(), unit
        else:
            return []  # "a radar firm", "shares in CETC": not a company named whole
        found.append(iri)
        if described := DESCRIBED.match(text, end):
            end = described.end()  # (the list ends there unless a company named whole follows)
            joiner = _LIST_JOINER.match(text, end)
            if joiner is None or not (joiner.end() in known or COMPANY.match(text, joiner.end())):
                return list(dict.fromkeys(found))
        if end == len(text):
            return list(dict.fromkeys(found))
        if (joiner := _LIST_JOINER.match(text, end)) is None:
            return []
        pos = joiner.end()


def _named_as_anothers(doc: DocumentContext, name: str) -> bool:
    """Whether a known body is written as another known body's unit: "CETC's 14th Research
    Institute", "the 14th Research Institute of CETC" (the registry knows such units by those words)."""
    if POSSESSOR_IN_NAME.search(name):
        return True
    of = re.search(r"\sof\s+(?:the\s+)?(?P<owner>[A-Z].*)$", name)
    return of is not None and doc.ctx.registry.resolve(of["owner"]) is not None


def predecessor(doc: DocumentContext, s: Sentence) -> bool:
    """ "Its predecessor was the X College", "<Institution> is ..., the successor to the X Academy
    (中文名), ...": X is the institution's predecessor (known, or minted from its name)."""
    if not PREDECESSOR_WORDS.may_match(s.text) or doc.negated_or_hedged(s.text):
        return False
    clause = doc.main_clause(s)
    m = PREDECESSOR.match(clause)
    if m and m["owner"] and not doc.is_subject(m["owner"]):
        return False  # another's predecessor
    if (
        m is None
        and (m := doc.subject_does(SUCCESSOR_OF, clause))
        and ANOTHERS_SUCCESSOR.search(m.string, 0, m.string.rfind("successor", 0, m.start("name")))
    ):
        return False
    m = m or doc.subject_does(TRACES_TO, clause) or doc.subject_then(SUCCESSOR_ASIDE, clause)
    if m is None:
        return False
    if listed := m.groupdict().get("listed"):
        names = _body_names(doc, listed) or []  # (every one a body named whole, or none read)
    else:
        names = [m.groupdict().get("named") or NAME_ENDS.split(m["name"], maxsplit=1)[0]]
    earlier = [body for name in names if (body := organisation_by_name(doc, name, s)) is not None]
    for body in earlier:
        doc.fact(body, DKG.predecessorOf, doc.subject, s)
    return bool(earlier)


# an institution that began as part of another and went on as a body of its own (Wikidata's
# "separated from"): "<Institution> was formed in 1960 as an offshoot of X", "... is a spin-off of X",
# "... was spun off from X in 1999", "... split from X", "... was originally part of X", "... began as
# the Radio Department of X"; the other way round, "X was spun off from <Institution>", "<Institution>
# spun off X"
SEPARATION_WORDS = Gated(
    r"offshoot|spin-?off|spinoff|spun|split|separated|broke|originally|once|initially|began|started",
    ("offshoot", "spin", "spun", "split", "separated", "broke", "originally", "once", "initially", "began", "started"),
)
_OFFSHOOT_NOUN = r"(?:an?\s+)?(?:offshoot|spin-?off|spinoff)"
_OFFSHOOT = _OFFSHOOT_NOUN + r"\s+(?:of|from)\s+"
# a part of the other: "part of X", "the (Radio) Department of X", "a branch campus of X"
_PART_OF = (
    r"(?:(?:a|an|the)\s+)?(?:part|(?:[\w'’-]+\s+){0,4}?(?:[Dd]epartment|[Ff]aculty|[Ss]chool|[Cc]ampus|[Bb]ranch|"
    r"[Dd]ivision))\s+(?:of|within)\s+"
)
_SEPARATION_YEAR = r"\s+in\s+(?:[A-Z][a-z]+\s+)?\d{4}"
SEPARATED_FROM = (
    r"(?:\s*\([^)]*\))?\s+(?:"
    # "was formed as an offshoot of X, ..., in 1960": its founding too ("was formed in 1960 as ..." is
    # the founding rule's, ``standing.FOUNDED``)
    rf"(?P<founded>was\s+(?:formed|founded|established|created|set\s+up))(?P<formed>{_SEPARATION_YEAR})?"
    rf",?\s+as\s+{_OFFSHOOT}"
    rf"|(?:is|was)\s+{_OFFSHOOT}"
    r"|(?:was\s+)?(?:spun\s+off|split(?:\s+off)?|separated|broke\s+away|broken\s+off)\s+from\s+"
    rf"|(?:was\s+(?:originally|once|initially)|(?:began|started)\s+(?:out\s+)?as)\s+{_PART_OF}"
    r")(?P<parent>.+?)\.?$"
)
SPUN_OFF_FROM_IT = re.compile(
    rf"^(?P<child>.+?)\s+(?:(?:was|were)\s+(?:spun|split)\s+off|(?:is|was)\s+{_OFFSHOOT_NOUN})\s+"
    rf"(?:of|from)\s+(?P<whole>[^,;]+?)(?P<date>{_SEPARATION_YEAR})?\.?$"
)
SPUN_OFF = rf"\s+spun\s+off\s+(?P<child>.+?)(?P<date>{_SEPARATION_YEAR})?\.?$"
# (a year at the clause's end, after the other's name and what is said of it: "..., in 1960")
_YEAR_AT_END = re.compile(rf",?{_SEPARATION_YEAR}\.?$")
# bodies a part of which moved rather than went on alone: "was originally part of the PLA General
# Staff Department" is a change of parent, not a separation
_PARENTS_ONLY = (DKG.GovernmentAgency, DKG.MilitaryBody, DKG.PartyBody)


def separated_from(doc: DocumentContext, s: Sentence) -> bool:
    """ "<Institution> was formed in 1960 as an offshoot of X", "... was spun off from X", "... was
    originally part of X", or "X was spun off from <Institution>": the one separated from the other
    (``dkg:separatedFrom``), the other a known organisation or a body named whole, dated by the
    year of the separation; an institution formed as an offshoot in a year was established then."""
    if not SEPARATION_WORDS.may_match(s.text) or doc.negated_or_hedged(s.text):
        return False
    clause = doc.main_clause(s)
    child: URIRef | None
    parent: URIRef | None
    founding = False  # (formed as an offshoot, its year not the founding rule's: see ``SEPARATED_FROM``)
    if m := doc.subject_does(SEPARATED_FROM, clause):
        child, parent = doc.subject, _separated_body(doc, m["parent"], s)
        year = m["formed"] or (y[0] if (y := _YEAR_AT_END.search(m["parent"])) else "")
        founding = m["founded"] is not None and m["formed"] is None
    elif m := _spun_off_from_it(doc, clause):
        child, parent, year = _separated_body(doc, m["child"], s), doc.subject, m["date"] or ""
    else:
        return False
    if child is None or parent is None:
        return False
    lead = s.text[: len(s.text) - len(clause)]
    date = find_date(year) or (None if BOUND_LEAD.match(lead) else find_date(lead))
    qualifiers = {DKG.pointInTime: doc.ctx.temporal(doc.mint_node("separated", date), date)} if date else {}
    doc.fact(child, DKG.separatedFrom, parent, s, qualifiers=qualifiers)
    if date is not None and founding:
        doc.fact(doc.subject, DKG.established, doc.ctx.temporal(doc.mint_node("established", date), date), s)
    return True


def _spun_off_from_it(doc: DocumentContext, clause: str) -> re.Match[str] | None:
    """ "X was spun off from <Institution>", "<Institution> spun off X": X in the group ``child``."""
    if (m := SPUN_OFF_FROM_IT.match(clause)) and doc.is_subject(m["whole"]):
        return m
    return doc.subject_does(SPUN_OFF, clause)


def _separated_body(doc: DocumentContext, text: str, s: Sentence) -> URIRef | None:
    """The body ``text`` names first: known, a company, or a name with an organisation's noun ("the
    Radio Department of X" gives X); never a ministry, a military body or a party body (see
    ``_PARENTS_ONLY``)."""
    text = FORMER.sub("", text, count=1)
    company = COMPANY.match(text)
    name = company[0] if company else NAME_ENDS.split(text, maxsplit=1)[0]
    while not _body_name(doc, name) and " of " in name:
        name = name.split(" of ", 1)[1]  # (the part's own name first: "Radio Engineering of X")
    if (body := doc.organisation_named(name)) is None and company:
        found = companies(doc, name, s)  # (minted as a partner company is)
        body = found[0] if len(found) == 1 else None
    elif body is None and _body_name(doc, name):
        body = organisation_by_name(doc, name, s)
    return None if body is None or body == doc.subject or doc.has_type(body, *_PARENTS_ONLY) else body


def merger(doc: DocumentContext, s: Sentence) -> bool:
    """A merger that made the institution or that it made (``FORMED_BY_MERGER``, ``MERGED_WITH``,
    ``MERGED_INTO``, ``MERGED_TO_FORM``): each body merged in is its predecessor (known, or minted
    from its name); dated, the merger is a ``dkg:ChangeEvent`` from those bodies (and the
    institution, when it went on through the merger) to the institution, and when the merger made
    the institution it dates its establishment too. Every body must be named, or nothing is read."""
    if not MERGER_WORDS.may_match(s.text) or doc.negated_or_hedged(s.text) or doc.possessive(s):
        return False
    clause = doc.main_clause(s)
    if (found := _merger(doc, clause)) is None:
        return False
    m, made = found
    if MERGER_NOT_DONE.search(m["parts"]):
        return False
    if (formed := m.groupdict().get("formed")) and formed not in doc.names.stand_ins:
        return False  # "merged with A to form the new college": another body formed
    names = _body_names(doc, m["parts"])
    if names is None:
        return False  # "merging A with several colleges": not every body named
    bodies = [organisation_by_name(doc, name, s) for name in names]
    parts = [body for body in bodies if body is not None]
    # "combining the old <its name> with B": the institution went on through the merger, B merged in
    itself = [name for name, body in zip(names, bodies, strict=True) if body is None and doc.is_subject(name)]
    if not parts or len(parts) + len(itself) < len(bodies):
        return False
    made = made and not itself
    if MERGED_WITH_ANOTHER.search(m[0]) and any(doc.has_type(part, *_STANDING_INSTITUTIONS) for part in parts):
        # "AU merged with HEU in 2000": a university the registry holds stands today, so which of
        # the two went on is not said (AU may have merged into HEU); a body known only by the
        # sentence's name was merged in
        return False
    for part in parts:
        doc.fact(part, DKG.predecessorOf, doc.subject, s)
    lead = s.text[: len(s.text) - len(clause)]
    # (not the year of a clause before or after which it happened: "After SASTIND began supervising it in 2013, ...")
    date = find_date(m["date"] or m.groupdict().get("later") or "") or (
        None if BOUND_LEAD.match(lead) else find_date(lead)
    )
    if date is not None:
        # (one body the institution was made from is no merger: "formed in 2017 from the X Academy")
        _change_event(doc, parts, made, date, s, "reorganisation" if made and len(parts) == 1 else "merger")
        if made:
            doc.fact(doc.subject, DKG.established, doc.ctx.temporal(doc.mint_node("established", date), date), s)
    return True


def _merger(doc: DocumentContext, clause: str) -> tuple[re.Match[str], bool] | None:
    """The merger ``clause`` states, and whether it made the institution (or the institution went
    on through it, merging with the others or absorbing them)."""
    if m := doc.subject_does(FORMED_BY_MERGER, clause) or doc.subject_does(FORMED_FROM, clause):
        return m, True
    if m := doc.subject_does(MERGED_WITH, clause):
        return m, False
    for pattern in (MERGED_INTO, MERGED_TO_FORM):
        if (m := pattern.match(clause)) and doc.is_subject(m["whole"]):
            return m, pattern is MERGED_TO_FORM
    return None


def _body_names(doc: DocumentContext, text: str) -> list[str] | None:
    """The bodies "A, B and C" or "A with B" names, each known or named as an organisation is
    ("the Cedar Mining School", not "several colleges"); None unless all are. An "and" inside a
    name stays there ("the University of Cedar Science and Technology")."""
    names: list[str] = []
    for part in re.split(r"\s+with\s+|,\s*(?:and\s+)?", text):
        joined: list[str] = []  # only within one part: "A with B" is never a name "A and B"
        for word in re.split(r"\s+and\s+", part.strip()):
            word = FORMER.sub("", word)
            if joined and not _body_name(doc, word):
                joined[-1] += " and " + word
            else:
                joined.append(word)
        names += joined
    return names if names and all(_body_name(doc, name) for name in names) else None


def _body_name(doc: DocumentContext, name: str) -> bool:
    if doc.organisation_named(name) is not None:
        return True
    m = PROPER_NAME.fullmatch(name.strip(" ,."))
    return m is not None and ORGANISATION_NOUN.search(m["name"]) is not None and not doc.is_subject(m["name"])


def _change_event(
    doc: DocumentContext, parts: list[URIRef], made: bool, date: PreciseDate, s: Sentence, kind: str = "merger"
) -> None:
    """The merger (or reorganisation) as a change event: from the bodies merged in (and the
    institution, if it went on through it) to the institution."""
    event = doc.mint_node(kind, date)
    doc.ctx.add(event, RDF.type, DKG.ChangeEvent)
    into = "forming" if made else "into"
    label = f"{kind.capitalize()} {into} {doc.ctx.registry.label(doc.subject)} ({date.verbatim})"
    doc.ctx.add(event, SKOS.prefLabel, Literal(label, lang="en"))
    for original in parts if made else [*parts, doc.subject]:
        doc.fact(event, DKG.originalOrganisation, original, s)
    doc.fact(event, DKG.resultingOrganisation, doc.subject, s)
    doc.fact(event, DKG.date, dated(doc, event, date), s)


def clause_of(text: str, m: re.Match[str], offset: int = 0) -> str:
    """The clause of ``text`` that ``m`` is in (``CLAUSE_BREAK``); the first one holds what leads
    the sentence. (``offset``: where ``text`` is in the text ``m`` was found in.)"""
    start, end = 0, len(text)
    for brk in CLAUSE_BREAK.finditer(text):
        if brk.end() <= m.start() - offset:
            start = brk.end()
        elif brk.start() >= m.end() - offset:
            end = brk.start()
            break
    return text[start:end]


# the institution's own work after its possessive: "... to expand the university's defence research"
ITS_OWN_WORK = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}(?:research|work|development|capabilit(?:y|ies)|growth|expansion|disciplines)\b"
)


def _construction_parties_among(doc: DocumentContext, s: Sentence, mentions: list) -> bool:
    """Whether a joint construction's parties are among the partners named (the state's bodies
    only can be: the rest of the test is done only then)."""
    state = (DKG.GovernmentAgency, DKG.MilitaryBody, DKG.StateOwnedEnterprise)
    return any(doc.has_type(iri, *state) for _, _, iri in mentions) and bool(joint_construction_parties(doc, s, s.text))


# a body that took a party's place, named with it: "COSTIND (now SASTIND)", "COSTIND and later SASTIND"
LATER_BODY = re.compile(
    r"\s*[(（]\s*(?:now|later|since\s+renamed|renamed|today)\b[^()（）]*[)）]"
    r"|,?\s+(?:and|or)\s+(?:later|subsequently|afterwards|then)\s+(?:its\s+successor\s+)?(?:the\s+)?[A-Z][\w-]*"
)


def joint_construction_parties(doc: DocumentContext, s: Sentence, clause: str) -> list[URIRef]:
    """The government agencies that jointly build the institution (named in ``clause``, the
    sentence's clause that speaks of it), when the sentence is about it (names it, opens with it,
    or says "supervise its ...") and about no other university."""
    text = s.text
    mentions = doc.orgs_in(text)
    if not (
        any(iri == doc.subject for _, _, iri in mentions)
        or doc.starts_with_subject(s)
        or re.search(r"\b(?:the|this) (?:university|institution)\b", text, re.IGNORECASE)
        or re.search(r"\b(?:construct|supervise|support)(?:\s+and\s+\w+)?\s+its\b", text)
    ):
        return []
    own = [end for _, end, iri in mentions if iri == doc.subject]
    if own and all(
        UNIT_OF_IT.match(text, end) or POSSESSIVE_AFTER.match(text, end) and not ITS_OWN_WORK.match(text, end)
        for end in own
    ):
        return []  # "agreed to jointly build SU's School of Aerospace", "SU's partner signed": not about it
    if ITS_UNIT.search(text):
        return []  # "... to jointly build its School of Aerospace": the school's, not the institution's
    # "COSTIND's successor SASTIND": the possessive names a different body, not a party; nor is the
    # body a note names ("COSTIND (now SASTIND)", "SASTIND (formerly COSTIND)", "COSTIND and later SASTIND")
    clause = LATER_BODY.sub("", AGENCY_NOTE.sub("", clause))
    named = doc.orgs_in(clause)
    others = [iri for _, end, iri in named if iri != doc.subject and not POSSESSIVE_AFTER.match(clause, end)]
    if other_university_in(doc, text):
        return []  # also about another university, known or not: not read
    # (the state's agencies and its armed forces: "jointly constructed by SASTIND and the PLA Navy")
    # (and the state's enterprises: "jointly constructed by the MOE and CETC" has CETC a party)
    return [
        o
        for o in dict.fromkeys(others)
        if doc.has_type(o, DKG.GovernmentAgency, DKG.MilitaryBody, DKG.StateOwnedEnterprise)
    ]


def exchanges(doc: DocumentContext, s: Sentence) -> bool:
    """ "<Institution> has exchanges with <X>, <description>": the partners, known or minted."""
    m = doc.said_of_subject(EXCHANGES, s)
    # (not "... and reportedly with NUDT", "... and formerly with CSIC")
    said = said_plainly(doc, s, m["rest"]) if m else s.text
    if not m or not doc.starts_with_subject(s) or doc.negated_or_hedged(said):
        return False
    if doc.in_the_past(own_clauses(said)):
        return False  # "had exchanges with X until 2016": not a tie it has (a partner's past is not)
    if doc.possessive(s):
        return False
    rest = clear_part(doc, m["rest"])
    mentions = partner_mentions(doc, rest)
    known = [iri for _, _, iri in mentions]
    listed = _listed_with(doc, rest, known, s)
    partners = listed or foreign_partners(doc, rest, s)
    plain = possibly_also(doc, s, m["rest"], partial(doc.fact, doc.subject, DKG.hasExchangesWith, sentence=s))
    when = tie_period(doc, s, doc.clause_with_its_time(s, m.string, m.start("rest"))) if partners else {}
    own = each_ones_period(doc, s, doc.up_to_next_clause(rest))  # ("with NUDT since 2012 and with CETC")
    for iri in partners:
        qualifiers = {} if plain.undated else when if own is None else own.get(iri, {})
        doc.fact(doc.subject, DKG.hasExchangesWith, iri, s, qualifiers=qualifiers, **plain.according_to)
    if not mentions or len(listed) > len(known):
        return bool(partners)
    # ", a defence conglomerate" after the last partner describes it (not ", and in 2016 it signed ...")
    _, end, iri = mentions[-1]
    # (not a source told after it, ", a spokesperson told reporters.", nor a phrase pointed back to one
    # of the partners, ", the former added to the Entity List in 2015")
    tail = re.match(r"^,\s*((?:an?|the|one|[A-Z][\w-]*['’]s)\s+[^,;]+?)\.?$", before_its_source(rest)[end:])
    if tail and not POINTED_BACK_PAST.expression.match(rest, end):
        doc.fact(iri, DKG.description, Literal(tail[1], lang="en"), s)
    return True


# where a list of partners ends and what is done with them begins: "on radar", "in 2019", "to develop"
LIST_END = re.compile(r"\s+(?:on|in|to|since|from|at|through|during|until)\s|[;:]")
# an item of a list that opens with a name
NAME_FIRST = re.compile(r"(?:the\s+)?[A-Z0-9]")


def _listed_with(doc: DocumentContext, rest: str, known: list[URIRef], s: Sentence) -> list[URIRef]:
    """The ``known`` partners a phrase names and those the registry does not know listed with them,
    each named whole ("CETC and the University of Manchester"); the known alone when an item of
    the list names no organisation ("CETC, a defence conglomerate"). With none known (the
    mentions stop at a name the registry does not know, "Birch University and Fudan University"),
    every item when each names an organisation whole and one is known, else none (not the pieces
    of a known name split at its "and": "the Second Academy of China Aerospace Science" and
    "Industry Corporation")."""
    # (not an item with a remark that ends the tie: "AVIC (2012–2015)", dropped from the known partners too)
    items = [
        i for i in _named_items(doc, list_part(doc, rest).strip(" ,.")) if not _remark_ends_it(i, 0, anywhere=True)
    ]
    if not known:
        return every_named(doc, items, s, one_known=True) if len(items) > 1 else []
    # (most lists: every item a known name, found already, or one a description: "a manufacturer of ...")
    if len(items) <= len(known) or not all(NAME_FIRST.match(item) for item in items):
        return known
    return list(dict.fromkeys(known + every_named(doc, items, s)))


# a place right after an item, before the next item or the list's end: "Nanyang Technological
# University in Singapore and the University of Auckland" (where the first is, not where the list ends)
PLACE_OF_ITEM = re.compile(r"in\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)(?=\s*(?:,|\band\b|\.?$))")


def list_part(doc: DocumentContext, rest: str) -> str:
    """``rest`` up to where its list of partners ends (``LIST_END``: "on radar", "in 2019"), going on
    past a place that an item is in ("... in Singapore and ..."; a city or country of the gazetteer)."""
    for end in LIST_END.finditer(rest):
        place = PLACE_OF_ITEM.match(rest, end.start() + len(end[0]) - len(end[0].lstrip()))
        if place is None or not _a_place(doc, place["place"]):
            return rest[: end.start()]
    return rest


def _a_place(doc: DocumentContext, words: str) -> bool:
    """``words`` are a city or a country of the gazetteer, whole ("Singapore", "the United Kingdom")."""
    return any(pattern.fullmatch(words.lower()) for pattern, _ in doc.words.places)


def _named_items(doc: DocumentContext, text: str) -> list[str]:
    """A list's items (``split_list``), a known name or a group's numbered unit whole however many
    "and"s and commas it holds ("the Second Academy of China Aerospace Science and Industry
    Corporation" is one item, not two, the second of which a company's name would read)."""
    if " and " not in text and "," not in text:
        return split_list(text)  # (one item: no name to keep whole, and no registry search)
    spans = [(a, b) for a, b, _ in doc.orgs_in(text)] + [(u.start, u.end) for u in numbered_units(doc, text)]
    spans += campus_names(doc, text)  # ("the University of California, Berkeley")
    spans += [m.span("name") for m in COMPANY.finditer(text)]  # ("Alder Radar Co., Ltd.")
    for a, b in spans:  # (the same length: the spans stay where they are)
        text = text[:a] + text[a:b].replace(" and ", " \x01\x01\x01 ").replace(",", "\x02") + text[b:]
    return [item.replace(" \x01\x01\x01 ", " and ").replace("\x02", ",") for item in split_list(text)]


# a tie the sentence says ended, in whichever clause: "..., which suspended the partnership in 2020"
TIE_ENDED = re.compile(
    r"\b(?:suspended|ended|terminated|cancell?ed|broke\s+off|severed|cut|halted|froze|frozen|discontinued)\s+"
    r"(?:(?:the|its|their|this|that|all)\s+)?(?:[\w-]+\s+)?(?:partnership|collaboration|cooperation|co-operation|ties|"
    r"relationship|agreement|links)s?\b"
)
# a last item that a contrast denies, doubts, reports or puts in the past, with no verb of its own:
# "... with CETC but not with AVIC", "..., not AVIC", "... and reportedly with CETC", "... and,
# reportedly, AVIC", "... and, according to some reports, to the PLA Rocket Force" (group "source"),
# "... and formerly with CSIC", "... and, until 2016, CASIC" (group "past")
DOUBTED_ITEM = Gated(
    r"(?:,\s*|\s+)(?P<joiner>(?:but|and|though|although)\s*,?\s+)?(?:(?P<denied>not|never)|"
    r"(?P<past>formerly|previously|once|(?:until|before)\s+(?:1[89]|20)\d\d)|"
    rf"according\s+to\s+(?P<source>{SOME_REPORTS})|"
    r"reportedly|allegedly|possibly|perhaps|probably|apparently|reputedly|presumably|likely)\s*,?\s+(?:also\s+)?"
    r"(?:(?:with|to|from|for|by)\s+)?(?P<items>(?:the\s+)?[A-Z][^,;:]*?)\.?$",
    (
        "not", "never", "formerly", "previously", "once", "until", "before", "according", "reportedly",
        "allegedly", "possibly", "perhaps", "probably", "apparently", "reputedly", "presumably", "likely",
    ),
)  # fmt: skip


# the words that open a verb phrase a hedge doubts ("may", "reportedly", "is believed to") or that
# a past word puts in the past ("once", "formerly"): ``DOUBTED_PHRASE`` last, ``FIRST_PHRASE_DOUBTED`` first
_HEDGE_LEAD = (
    r"(?:(?:has|have|is|are)\s+)?(?:reportedly|allegedly|possibly|perhaps|probably|apparently|reputedly|presumably|"
    r"likely)\s+|(?:may|might|could)\s+|(?:is|are)\s+(?:also\s+)?(?:believed|said|thought|reported|alleged|suspected|"
    r"understood|rumou?red)\s+to\s+|(?:appears|seems)\s+to\s+"
)
_PAST_LEAD = r"once|formerly|previously|used\s+to"
# a hedge told in the past: "and was reportedly in talks with CASIC", "and were said to supply CETC"
_HEDGE_IN_THE_PAST = (
    r"(?:was|were)\s+(?:also\s+)?(?:reportedly|allegedly|possibly|perhaps|probably|apparently|reputedly|presumably|"
    r"likely|(?:believed|said|thought|reported|alleged|suspected|understood|rumou?red)\s+to)"
)
# what a verb phrase only plans, hopes, seeks, attempts, declines or puts in the future: "plans to
# sign an agreement with CASC", "hopes to cooperate with CASIC", "is in talks to", "will host",
# "declined to train officers for ..." (no tie of any certainty: the plan is what is stated)
_PLANNED_LEAD = (
    r"(?:(?:(?:is|are|was|were)\s+(?:also\s+)?(?:expected|set|due|keen|eager|poised|going|planning|hoping|seeking|"
    r"trying|aiming|preparing|about|in\s+talks)|(?:has|have|is|are)\s+(?:still\s+)?yet|plans?|planned|intends?|"
    r"intended|hopes?|hoped|aims?|aimed|seeks?|sought|wants?|wanted|wish(?:es)?|wished|tries|tried|attempts?|"
    r"attempted|proposes?|proposed|failed|declined|refused|offered|pledged|promised)\s+to|will|would|shall)\s+"
)
# a verb phrase coordinated last, of the same subject ("it" at most: no other subject between), that
# a hedge doubts ("... and may also work with CASC", "... and is believed to work with CETC", "...
# and reportedly also cooperates with CASIC"), a denial denies ("but is not believed to ..."), a
# past word puts in the past ("... and once worked with CSSC", "... and may have worked with ...")
# or that is only planned or attempted ("... and plans to sign an agreement with CASC")
DOUBTED_PHRASE = Gated(
    r"(?:,\s*|\s+)(?:and|but)\s+(?:it\s+)?(?:also\s+)?(?:(?P<denied>(?:is|are|does|do|has|have)\s+not|never)\s+|"
    rf"(?P<past>{_PAST_LEAD}|(?:may|might|could)\s+(?:also\s+)?have|{_HEDGE_IN_THE_PAST})\s+|"
    rf"(?P<planned>{_PLANNED_LEAD})|{_HEDGE_LEAD})"
    r"(?:also\s+)?(?P<phrase>(?!(?:with|to|for|from|by)\b)[a-z][^;:]*?)\.?$",
    (
        "not", "never", "once", "formerly", "previously", "used", "may", "might", "could", "reportedly",
        "allegedly", "possibly", "perhaps", "probably", "apparently", "reputedly", "presumably", "likely",
        "believed", "said", "thought", "reported", "alleged", "suspected", "understood", "rumo", "appears",
        "seems",
        # (``_PLANNED_LEAD``)
        "expected", "set", "due", "keen", "eager", "poised", "going", "planning", "hoping", "seeking", "trying",
        "aiming", "preparing", "about", "talks", "yet", "plan", "intend", "hope", "aim", "seek", "sought", "want",
        "wish", "tries", "tried", "attempt", "propose", "failed", "declined", "refused", "offered", "pledged",
        "promised", "will", "would", "shall",
    ),
)  # fmt: skip


class DoubtedItem(NamedTuple):
    """A last item cut from a list (``DOUBTED_ITEM``): the words before it, the organisations it
    names whole (possibly so when ``doubted``: a hedge or a report, not a denial nor the past), and
    whom an aside reports it from ("some reports"), which is not the source of the words before."""

    kept: str
    partners: list[URIRef]
    doubted: bool
    source: str | None
    dated: bool  # the cut words hold a year: it is theirs, not the kept items'
    phrase: str | None = None  # a verb phrase cut (``DOUBTED_PHRASE``): its words after the hedge


def doubted_item(doc: DocumentContext, text: str) -> DoubtedItem | None:
    """The last item of ``text`` that a contrast denies, doubts, reports or puts in the past, when
    the hedge is right before it (or before its "with/to"): it covers that item and those listed
    after it, never the items before. Its items all organisations named whole (a time of their own
    after them aside: "and reportedly with CETC since 2018"); or, after "and/but" and a known name,
    items of no known name and no year ("NUDT, CETC and, allegedly, the Myanmar military": the
    Myanmar military not read). None otherwise: the sentence is read as a whole."""
    # (the expressions' words first: most lists hold none, and the sentence's hedges cost more to find)
    tail = DOUBTED_ITEM.search(text)
    if tail is None and DOUBTED_PHRASE.search(text) is None:
        return None
    if "according to" not in text and not (doc.negated_or_hedged(text) or doc.in_the_past(text)):
        return None
    if tail is None:
        return doubted_phrase(text)
    kept = text[: tail.start()]
    # (the cut item's own time after it is its own: "... and reportedly with CETC since 2018")
    named = [doc.organisation_named(item) for item in split_list(_OWN_TIME.sub("", tail["items"]))]
    if not all(named):
        last = doc.orgs_in(kept)
        if not tail["joiner"] or _TIE_YEAR.search(tail[0]) or not last or last[-1][1] != len(kept.rstrip()):
            return None
    partners = [iri for iri in named if iri is not None and iri != doc.subject]
    doubted = not (tail["denied"] or tail["past"])
    return DoubtedItem(kept, partners, doubted, tail["source"], _TIE_YEAR.search(tail[0]) is not None)


def doubted_phrase(text: str) -> DoubtedItem | None:
    """The verb phrase coordinated last in ``text`` that a hedge doubts, a denial denies or a past
    word puts in the past (``DOUBTED_PHRASE``), cut: what is before it is as plain as a sentence of
    its own. It names no partner of the rule before it (its verb is its own: ``possible_tie_after``
    reads a doubted collaboration)."""
    if (tail := DOUBTED_PHRASE.search(text)) is None:
        return None
    # (a plan is not doubted but not done: the phrase gives no tie, as a denied one)
    doubted = not (tail["denied"] or tail["past"] or tail["planned"])
    dated = _TIE_YEAR.search(tail[0]) is not None
    return DoubtedItem(text[: tail.start()], [], doubted, None, dated, tail["phrase"])


def said_plainly(doc: DocumentContext, s: Sentence, rest: str) -> str:
    """``s`` without its doubted last item or phrase (``clear_part``), but whole when the cut phrase
    holds the rule's own words (``rest``, after its verb): "KAU hosts two laboratories and reportedly
    has exchanges with NUDT" is no plain exchange."""
    if (cut := doubted_item(doc, s.text)) is None:
        return s.text
    return s.text if cut.phrase is not None and doubted_item(doc, rest) is None else cut.kept


def clear_part(doc: DocumentContext, text: str) -> str:
    """``text`` without a last item that a contrast denies, doubts, reports or puts in the past
    (``doubted_item``): what is left is stated as plainly as a sentence of its own."""
    return cut.kept if (cut := doubted_item(doc, text)) else text


class PlainPart(NamedTuple):
    """How the facts of the items before a cut item (``doubted_item``) are written: with this
    source (``according_to``, when an aside gave the cut item its own), undated when the cut words
    hold a year (theirs, not the items')."""

    according_to: dict[str, str | None]
    undated: bool


def possibly_also(doc: DocumentContext, s: Sentence, rest: str, write: Callable[..., object]) -> PlainPart:
    """The partners a hedge or a report says last in ``rest`` (what follows a rule's verb, to the
    sentence's end), when its list runs to them with no clause between: each written possibly so
    (``write(partner, certainty=..., according_to=...)``), undated, with the report's source ("and, according to some
    reports, to X": "some reports") or the sentence's own. A denied or past item is not written.
    Returns how the items before are written (``PlainPart``)."""
    if (cut := doubted_item(doc, s.text)) is None:
        return PlainPart({}, False)
    tail = doubted_item(doc, rest)
    if tail is not None and tail.doubted and len(doc.up_to_next_clause(tail.kept)) == len(tail.kept):
        for iri in dict.fromkeys(tail.partners):
            write(iri, certainty="possible", according_to=tail.source or doc_source(doc, s))
    kept = Sentence(cut.kept, s.section, s.citations)
    return PlainPart({"according_to": doc_source(doc, kept)} if cut.source else {}, cut.dated)


def doc_source(doc: DocumentContext, s: Sentence) -> str | None:
    """Whom ``s`` gives as the source of what it says (as ``doc.fact`` finds it)."""
    return doc.source_of(s)


# a part named after its owner's "'s", the whole partner: "China Aerospace Science and Industry
# Corporation's Second Academy" (not "the PLA's signals intelligence organisation", a description)
NAMED_PART = re.compile(r"(?:the\s+)?[^'’]+?['’]s\s+(?P<part>(?:[A-Z0-9][\w-]*\s+)*[A-Z][\w-]*)\.?$")


def collaboration(doc: DocumentContext, s: Sentence) -> bool:
    """ "<Institution> collaborates with <X>", "... set up a joint laboratory with <X>": the
    partners named, known or minted; "<Institution> and <X> jointly run ...": <X>; and a tie a
    relative clause on the institution tells ("KAU, which began working with CETC in 2012, ...")
    or a phrase before its clause ("In partnership with CASIC, KAU ...")."""
    in_its_clause = tie_in_its_relative_clause(doc, s) | facility_founded_in_its_relative(doc, s)
    said = collaboration_said(doc, s) | possible_tie_after(doc, s) | plain_tie_after_a_doubted_one(doc, s)
    return said or in_its_clause or tie_told_first(doc, s)


# the tie told before the institution's clause: "In partnership with CASIC, KAU set up a missile
# research centre", "In close cooperation with CETC, KAU develops radar" (as "... in partnership with
# CASIC" after it is, ``COLLABORATION``)
TIE_FIRST = Gated(
    # (after a leading time too: "In 2015, in partnership with AVIC, KAU set up ...")
    r"(?:In\s+(?:[A-Z][a-z]+\s+)?\d{4},\s+)?[Ii]n\s+(?:(?:close|strategic|[a-z]+ly)\s+)?"
    r"(?:partnership|collaboration|cooperation|co-operation)\s+with\s+"
    r"(?P<rest>[^,;]+),\s+(?P<main>.+)$",
    ("partnership", "collaboration", "cooperation", "co-operation"),
)


def tie_told_first(doc: DocumentContext, s: Sentence) -> bool:
    """The partners ``TIE_FIRST`` names, where the clause after it is the institution's own (not
    "..., NUDT developed ...", nor "..., KAU's School of X ..."), dated as the collaboration rules
    date a tie (the sentence's one year); not hedged, denied, in the past or said ended."""
    m = TIE_FIRST.match(s.text) if s.text.startswith("In ") else None
    if m is None or not doc.starts_with_subject(s) or doc.main_clause(s) != m["main"] or doc.possessive(s):
        return False
    if doc.negated_or_hedged(s.text) or doc.in_the_past(s.text) or TIE_ENDED.search(s.text):
        return False
    partners = [iri for _, end, iri in partner_mentions(doc, m["rest"]) if not _remark_ends_it(m["rest"], end)]
    targets = [iri for iri in _listed_with(doc, m["rest"], partners, s) if iri != doc.subject]
    when = tie_period(doc, s) if targets else {}
    for iri in dict.fromkeys(targets):
        doc.fact(doc.subject, DKG.collaboratesWith, iri, s, qualifiers=when)
    return bool(targets)


# a verb phrase of the institution that a hedge doubts or a past word (or its own time) puts in the
# past, then a plain one of the same subject ("it" at most between): "KAU reportedly works with CETC
# and has exchanges with NUDT", "KAU once worked with CSSC but now cooperates with CASIC"
FIRST_PHRASE_DOUBTED = Gated(
    rf"\s+(?:(?P<past>{_PAST_LEAD})\s+|(?P<hedge>{_HEDGE_LEAD}))?(?:also\s+)?(?P<first>[a-z][^;:]*?)(?:,\s*|\s+)"
    r"(?:and|but)\s+(?:it\s+)?(?:(?P<now>now|also|currently|still|today|at\s+present)\s+)?"
    r"(?P<second>(?!(?:with|to|for|from|by)\b)[a-z][^;:]*?)\.?$",
    ("and", "but"),
)
# a verb phrase in the present ("works with", "has exchanges with", "has worked with ... since"): a
# tie in force after a past one ("once worked with CSSC but now cooperates with CASIC")
_PRESENT_VERB = re.compile(r"(?:works|collaborates|cooperates|co-operates|partners|has|have|maintains)\b")


def plain_tie_after_a_doubted_one(doc: DocumentContext, s: Sentence) -> bool:
    """The ties of the plain verb phrase after a first one of the institution that is hedged or in
    the past (``FIRST_PHRASE_DOUBTED``): stated, with their own time, unless the first phrase's hedge
    reaches them (``_hedge_reaches``: possible); the hedged first phrase's ties possible (undated unless its own words give a time), the past one's read nowhere (the model has
    no past collaboration). After a past phrase only a present one is a tie in force ("now
    cooperates with", "has worked with ... since"). Collaboration and exchanges, each by its own verb."""
    if not (COLLABORATION.may_match(s.text) or "exchange" in s.text) or not FIRST_PHRASE_DOUBTED.may_match(s.text):
        return False
    if not (doc.negated_or_hedged(s.text) or doc.in_the_past(s.text)):
        return False  # (a plain sentence is the other rules' own)
    m = doc.subject_then(FIRST_PHRASE_DOUBTED.expression.pattern, doc.main_clause(s), clause=True)
    if m is None or not doc.starts_with_subject(s) or doc.possessive(s) or TIE_ENDED.search(s.text):
        return False
    first, second = m["first"], m["second"]
    past = bool(m["past"]) or (not m["hedge"] and doc.in_the_past(own_clauses(first)))
    if not (past or m["hedge"]) or doc.negated_or_hedged(second) or doc.in_the_past(second):
        return False  # (a plain first phrase is the rules' own; the second must be plain)
    if _NOT_IN_FORCE.search(second) or (
        past and not (m["now"] in ("now", "currently", "still", "today", "at present") or _PRESENT_VERB.match(second))
    ):
        return False  # "..., and will work with CETC"; "once worked with X and collaborated with Y": none in force
    read = _doubted_or_plain_ties(doc, s, second, "possible" if _hedge_reaches(m, past) else "stated")
    if m["hedge"] and not past and not _NOT_IN_FORCE.search(first) and not doc.words.negation.found_in(first):
        read |= _doubted_or_plain_ties(doc, s, _BASE_VERB.sub(r"\1s", first), "possible")
    return read


# a hedging adverb before the first phrase: it reaches the phrases coordinated after it ("KAU
# reportedly works with CETC and has exchanges with NUDT": both reported)
_ADVERB_HEDGE = re.compile(
    r"(?:(?:has|have|is|are)\s+)?(?:reportedly|allegedly|possibly|perhaps|probably|apparently|"
    r"reputedly|presumably|likely)\b"
)
# a finite verb of the institution: a phrase outside the modal or the "is believed to" before the
# first ("may work with AVIC and also works with CASC"), as a bare one is not ("... and cooperate with")
_FINITE_VERB = re.compile(r"(?:works|collaborates|cooperates|co-operates|partners|has|maintains)\b")


def _hedge_reaches(m: re.Match[str], past: bool) -> bool:
    """Whether the hedge of a first phrase (``FIRST_PHRASE_DOUBTED``) doubts the second too: an
    adverb's does, a modal's or a report verb's only when the second phrase is no finite verb of its own."""
    if not m["hedge"] or past:
        return False
    return bool(_ADVERB_HEDGE.match(m["hedge"])) or not _FINITE_VERB.match(m["second"])


def _doubted_or_plain_ties(doc: DocumentContext, s: Sentence, phrase: str, certainty: str) -> bool:
    """The collaboration or exchanges ``phrase`` (a verb phrase of the institution) opens with, each
    known partner written with ``certainty`` and the phrase's own time."""
    relation, m = DKG.collaboratesWith, _collaboration_opening(phrase)
    if m is None:
        relation, m = DKG.hasExchangesWith, EXCHANGES.expression.match(phrase)
    if m is None:
        return False
    rest = doc.up_to_next_clause(m["rest"])
    partners = [iri for _, end, iri in partner_mentions(doc, rest) if not _remark_ends_it(rest, end)]
    targets = [iri for iri in _listed_with(doc, rest, partners, s) if iri != doc.subject]
    began = relation == DKG.collaboratesWith and tie_began(m)
    when = tie_period(doc, s, phrase, began=began) if targets else {}
    for iri in dict.fromkeys(targets):
        doc.fact(doc.subject, relation, iri, s, certainty=certainty, qualifiers=when, according_to=doc_source(doc, s))
    return bool(targets)


# a doubted phrase that tells no tie in force: a plan or a future ("may work with CETC in future",
# "is reportedly planning to work with CETC")
_NOT_IN_FORCE = re.compile(
    r"\b(?:future|soon|plans?|planning|planned|intends?|intending|expects?|expected|will|would|hopes?|seeks?|"
    r"seeking|considering|talks?|negotiat\w*)\b"
)
# a verb the hedge left in its base form, as ``COLLABORATION`` reads it: "may work with" as "works with"
_BASE_VERB = re.compile(r"^(collaborate|cooperate|co-operate|work|partner)\b")


def possible_tie_after(doc: DocumentContext, s: Sentence) -> bool:
    """A collaboration that a hedge doubts in the verb phrase coordinated after a plain one of the
    institution (``doubted_phrase``): "KAU works with AVIC and may also work with CASC" (CASC
    possible; AVIC the rules' own, read as the sentence without the phrase), undated unless the
    phrase has its own time ("... and has reportedly worked with CETC since 2016"). False when the
    first phrase is hedged or denied, the phrase a plan or in the past, or the tie said ended."""
    cut = doubted_phrase(s.text) if COLLABORATION.may_match(s.text) else None
    if cut is None or cut.phrase is None or not cut.doubted or _NOT_IN_FORCE.search(cut.phrase):
        return False
    # (a first phrase in the past leaves the hedged one in force: "worked with CETC until 2015 and
    # reportedly works with CASC", CASC possible)
    if not doc.starts_with_subject(s) or doc.negated_or_hedged(cut.kept):
        return False
    if TIE_ENDED.search(s.text) or doc.possessive(s) or doc.in_the_past(cut.phrase):
        return False
    phrase = _BASE_VERB.sub(r"\1s", cut.phrase)
    m = _collaboration_opening(phrase)
    if m is None:
        return False
    rest = doc.up_to_next_clause(m["rest"])
    partners = [iri for _, end, iri in partner_mentions(doc, rest) if not _remark_ends_it(rest, end)]
    targets = [iri for iri in _listed_with(doc, rest, partners, s) if iri != doc.subject]
    when = tie_period(doc, s, cut.phrase, began=tie_began(m)) if targets else {}
    for iri in dict.fromkeys(targets):
        doc.fact(
            doc.subject,
            DKG.collaboratesWith,
            iri,
            s,
            certainty="possible",
            qualifiers=when,
            according_to=doc_source(doc, s),
        )
    return bool(targets)


# a facility the institution hosts, which it founded with others, as a relative clause on it tells:
# "KAU hosts the X Laboratory, which it co-founded with AVIC in 2011" (its "it" the institution), or
# says was founded jointly: "KAU runs the X Laboratory, which was jointly established with CASC in
# 2014", "..., established jointly with AVIC in 2012" (founded, not run: "jointly operated with" is
# ``laboratories.RUN_JOINTLY_AFTER``'s)
FOUNDING = r"(?:established|set\s+up|founded|built|launched|opened|constructed|created)"
FOUNDED_WITH_IN_ITS_RELATIVE = Gated(
    rf"\s+(?:also\s+)?(?:hosts|houses|runs|operates|is\s+(?:also\s+)?home\s+to)\s+the\s+(?P<name>{_NAMED_FACILITY}),\s*"
    rf"(?P<clause>(?:which\s+it\s+(?:jointly\s+)?{_SET_UP}(?:\s+(?:jointly|together))?|"
    rf"(?:which\s+(?:was|has\s+been)\s+)?(?:(?:jointly\s+|co-){FOUNDING}|{FOUNDING}\s+(?:jointly|together)))"
    r"\s+with\s+(?P<rest>[^,;]+?))\s*(?:[,;.]|$)",
    ("which", "jointly", "together", "co-"),
)


def founded_with_in_its_relative(doc: DocumentContext, s: Sentence) -> tuple[re.Match[str], list[URIRef]] | None:
    """``FOUNDED_WITH_IN_ITS_RELATIVE`` said of the institution, and the known partners named first
    after "with"; None when hedged, denied, in the past or ended ("..., which closed in 2019")."""
    if not FOUNDED_WITH_IN_ITS_RELATIVE.may_match(s.text):
        return None
    m = doc.subject_then(FOUNDED_WITH_IN_ITS_RELATIVE.expression.pattern, doc.main_clause(s), clause=True)
    if m is None or doc.negated_or_hedged(s.text) or doc.in_the_past(s.text) or UNIT_ENDED.search(s.text):
        return None
    rest = doc.up_to_next_clause(m["rest"])
    mentions = partner_mentions(doc, rest)
    return (m, [iri for _, _, iri in mentions]) if mentions and mentions[0][0] <= 4 else None  # (not "a unit of")


def facility_founded_in_its_relative(doc: DocumentContext, s: Sentence) -> bool:
    """The partners a hosted facility was founded with, as its relative clause tells ("KAU hosts
    the X Laboratory, which it co-founded with AVIC in 2011": AVIC, 2011). The laboratory is
    ``laboratories.lab_established``'s."""
    if (found := founded_with_in_its_relative(doc, s)) is None:
        return False
    m, targets = found
    when = tie_period(doc, s, m["clause"])
    for iri in dict.fromkeys(targets):
        doc.fact(doc.subject, DKG.collaboratesWith, iri, s, qualifiers=when)
    return bool(targets)


# a relative clause on the institution, right after its name: "KAU, which began working with CETC in
# 2012, hosts ..." (what it says, it says of the institution), with a list inside ("KAU, which works
# with NUDT, CETC and AVIC, hosts ...")
_ITS_RELATIVE_CLAUSE = rf",\s*which\s+(?P<clause>(?:{LIST_IN_A_CLAUSE})?[^,;()]*?)\s*,"
_HAS_FIRST = re.compile(r"(?:has|have)\s+(?:also\s+)?")


def _collaboration_opening(text: str) -> re.Match[str] | None:
    """``COLLABORATION`` at the start of ``text``, or after "has/have (also)" ("has worked with ...")."""
    has = _HAS_FIRST.match(text)
    return COLLABORATION.expression.match(text) or (COLLABORATION.expression.match(text, has.end()) if has else None)


def tie_in_its_relative_clause(doc: DocumentContext, s: Sentence) -> bool:
    """A collaboration told by a relative clause on the institution, its verb first ("KAU, which
    began working with CETC in 2012, ...": CETC from 2012; "..., which has worked with NUDT since
    2010, ..."); not "which may begin", "which plans to start", "which is expected to begin" (no tie
    said), nor in a sentence hedged, denied, in the past or telling the tie ended."""
    if ", which " not in s.text or not COLLABORATION.may_match(s.text):
        return False  # most sentences
    relative = doc.subject_then(_ITS_RELATIVE_CLAUSE, doc.main_clause(s), clause=True)
    if relative is None or doc.negated_or_hedged(clear_part(doc, s.text)) or doc.in_the_past(s.text):
        return False
    if TIE_ENDED.search(s.text):
        return False  # "..., which began working with CETC in 2012 but ended the partnership in 2018, ..."
    clause = relative["clause"]
    m = _collaboration_opening(clause)
    if m is None:
        return False
    rest = doc.up_to_next_clause(clear_part(doc, m["rest"]))
    partners = [iri for _, end, iri in partner_mentions(doc, rest) if not _remark_ends_it(rest, end)]
    targets = _listed_with(doc, rest, partners, s) or unregistered_partners(doc, rest, s)
    began = tie_began(m)
    when = tie_period(doc, s, clause, began=began) if targets else {}
    each = each_ones_period(doc, s, rest, began=began)
    for iri in dict.fromkeys(targets):
        doc.fact(doc.subject, DKG.collaboratesWith, iri, s, qualifiers=when if each is None else each.get(iri, {}))
    return bool(targets)


def collaboration_said(doc: DocumentContext, s: Sentence) -> bool:
    """A collaboration the main clause (and the clauses coordinated after it) tells (``collaboration``)."""
    m = doc.said_of_subject(COLLABORATION, s) or (" with " in s.text and doc.said_of_subject(FACILITY_WITH, s))
    if not m:
        return joint_work(doc, s) or partners_listed(doc, s) or its_tie_began(doc, s)
    said = said_plainly(doc, s, m["rest"])  # (not "... but not with AVIC", "... and formerly with CSIC")
    if not doc.starts_with_subject(s) or doc.negated_or_hedged(said) or doc.in_the_past(own_clauses(said)):
        return False  # also "cooperated with CETC until 2017": a tie that ended (a partner's past is not)
    if TIE_ENDED.search(s.text):
        return False  # "..., which suspended the partnership in 2020": whoever ended it, it ended
    if m.re is FACILITY_WITH.expression and UNIT_ENDED.search(s.text):
        return False  # "set up a joint centre with Huawei in 2020, but it closed in 2022": a tie that ended
    if doc.possessive(s):
        return False  # "<Subject>'s researchers worked with ...": not the institution itself
    clauses: list[tuple[str, list[URIRef]]] = []  # each collaboration's words and partners
    through_people: set[URIRef] = set()  # partners named only as where the people worked with are
    its_clause = doc.clause_with_its_time(s, m.string, m.start("rest"))  # (not "..., and in 2016 it signed ...")
    times: list[str] = []  # the time each collaboration after the first opens its clause with, or ""
    began: list[bool] = []  # whether each is said by its start ("began working with"): its year the start
    # each partner's own period where each has its own ("with CETC in 2010 and with AVIC in 2014"), or None
    periods: list[dict[URIRef, dict] | None] = []
    plain = PlainPart({}, False)
    while m:
        # (the partners a hedge says last, possibly so: "... and reportedly with CASC")
        plain = possibly_also(doc, s, m["rest"], partial(doc.fact, doc.subject, DKG.collaboratesWith, sentence=s))
        began.append(m.re is COLLABORATION.expression and tie_began(m))
        rest = doc.up_to_next_clause(clear_part(doc, m["rest"]))
        # (a phrase pointed back to one's past names no partner: "NUDT, the former of the two founded
        # in 1953, and CETC" lost CETC)
        named = POINTED_BACK_PAST.sub("", rest)
        through_people |= partners_through_people(doc, named)
        # (not a partner whose remark ends the tie: "AVIC (2012–2015)")
        partners = [
            iri for _, end, iri in partner_mentions(doc, named) if not _remark_ends_it(named, end)
        ] or example_partners(doc, named)
        if not partners and (part := NAMED_PART.match(named)) and (owner := possessor_first(doc, named)):
            # a part named after its owner's name ("China Aerospace Science and Industry Corporation's
            # Second Academy"): the part the registry knows by another of the owner's names ("CASIC's
            # Second Academy"), or none (not a name split at its "and")
            clauses.append((rest, [iri for iri in [part_of(doc, owner, part["part"])] if iri is not None]))
        else:
            # (the examples listed after a kind of partner: "universities in Germany, including A and B")
            listed = _listed_with(doc, after_examples(doc, named), partners, s)
            clauses.append((rest, listed or unregistered_partners(doc, named, s)))
        periods.append(each_ones_period(doc, s, named, began=began[-1]))
        # (the next in the plain part alone: not "... and reportedly also works with CETC")
        m, time = next_collaboration(clear_part(doc, m["rest"])[len(rest) :])
        times.append(time)
    # (several: each its own year, "a joint laboratory with CloudWalk, founded in 2017, and a centre
    # with Yitu, founded in 2018")
    for i, (_, targets) in enumerate(clauses):
        own = _clause_of_collaboration(s.text, clauses, i) or its_clause
        if i and times[i - 1]:
            own = times[i - 1] + own  # "..., and since 2016 it has worked with CASIC": since 2016
        elif not i and times[0] and own is not None and times[0] in own:
            own = own[: own.rfind(times[0])]  # (that time is not the first's)
        # (several partners and years: which year is whose is not sure, "with CloudWalk, founded in
        # 2017, and a centre with Yitu, founded in 2018")
        several = len(set(targets)) > 1 and len(set(YEAR.findall(own or s.text))) > 1
        when = tie_period(doc, s, own, began=began[i]) if targets and not several and not plain.undated else {}
        each = None if plain.undated else periods[i]
        for iri in dict.fromkeys(targets):
            certainty = "implied" if iri in through_people else "stated"
            qualifiers = when if each is None else each.get(iri, {})
            doc.fact(
                doc.subject,
                DKG.collaboratesWith,
                iri,
                s,
                certainty=certainty,
                qualifiers=qualifiers,
                **plain.according_to,
            )
    return any(targets for _, targets in clauses)


# a partner's people or team, not the partner itself: "with researchers at CETC", "with Li Wei, a
# researcher at CETC", "with the Long March 5 team at CASC", "with NUDT professors": working with
# them implies a tie with their body but does not state one (the people of research only: not
# ``context._PEOPLE``, every post of an institution's people, since working with a body's students,
# graduates or officials implies no research tie with it)
_PEOPLE = r"(?:researchers?|scientists?|engineers?|experts?|professors?|scholars?|academics?|specialists?|staff|teams?)"
_PEOPLE_AT = re.compile(rf"\b{_PEOPLE}\s+(?:at|from|of|in)\s+(?:the\s+)?$")
_PEOPLE_AFTER = re.compile(rf"(?:['’]s)?\s+{_PEOPLE}\b")


def partners_through_people(doc: DocumentContext, rest: str) -> set[URIRef]:
    """The known partners ``rest`` names only as the body of the people worked with."""
    found: set[URIRef] = set()
    last = 0
    for start, end, iri in partner_mentions(doc, rest):
        if _PEOPLE_AT.search(rest, last, start) or _PEOPLE_AFTER.match(rest, end):
            found.add(iri)
        last = end
    return found


def _clause_of_collaboration(text: str, clauses: list[tuple[str, list[URIRef]]], i: int) -> str | None:
    """The words of the ``i``-th of a sentence's collaborations: all of it when it states one; the
    first, the sentence up to the second ("In 2019, AU set up a centre with Huawei"); another, its own."""
    if len(clauses) == 1:
        return None
    if i:
        return clauses[i][0]
    cut = text.find(clauses[1][0])
    return text[:cut] if cut > 0 else None


def part_of(doc: DocumentContext, owner: URIRef, part: str) -> URIRef | None:
    """The registry's entity named "<a name of owner>'s <part>", if one is."""
    registry = doc.ctx.registry
    found = {registry.resolve(f"{name}'s {part}") for name, _ in registry.names_of(owner)} - {None}
    return found.pop() if len(found) == 1 else None


# a clause coordinated after a partner list whose subject is "it", with a time of its own or none:
# "..., and since 2016 it has worked with CASIC", "..., and it also runs a joint laboratory with CETC"
_AND_IT = re.compile(rf",?\s+and\s+(?P<time>{TIME_FIRST})?it\s+(?:(?:has|have)\s+)?(?:also\s+)?")


def next_collaboration(after: str) -> tuple[re.Match[str] | None, str]:
    """A collaboration in the verb phrase coordinated right after a partner list, of the same
    subject: "... with Huawei, and runs a research centre with SenseTime", "..., and since 2016 it
    has worked with CASIC"; and the time that clause opens with ("since 2016 "), or ""."""
    if verb := COORDINATED_VERB.match(after):
        phrase = after[verb.end() :].lstrip()
        if found := COLLABORATION.expression.match(phrase) or FACILITY_WITH.expression.match(phrase):
            return found, ""
    if (it := _AND_IT.match(after)) is None:
        return None, ""
    phrase = after[it.end() :]
    return COLLABORATION.expression.match(phrase) or FACILITY_WITH.expression.match(phrase), it["time"] or ""


def partners_listed(doc: DocumentContext, s: Sentence) -> bool:
    """ "<Institution>'s partners include CETC and the PLA Navy": each organisation listed."""
    partners = its_list(doc, s, "partner", PARTNERS_INCLUDE)
    for partner in partners:
        doc.fact(doc.subject, DKG.collaboratesWith, partner, s)
    return bool(partners)


def suppliers_listed(doc: DocumentContext, s: Sentence) -> bool:
    """ "<Institution>'s suppliers include Hikvision and iFlytek": each supplies the institution."""
    suppliers = its_list(doc, s, "supplier", SUPPLIERS_INCLUDE)
    for supplier in suppliers:
        doc.fact(supplier, DKG.suppliesTo, doc.subject, s)
    return bool(suppliers)


# the institution's tie told as its noun, then its start: "KAU's partnership with CETC began in
# 2009", "Its cooperation with CASC dates back to 2005", "The university's collaboration with
# NORINCO has existed since 2012" (after "Its" or the institution's possessive: ``its_tie_began``)
TIE_BEGAN = (
    r"\s+(?:[a-z-]+\s+){0,2}?(?:partnership|collaboration|cooperation|co-operation)\s+with\s+(?P<rest>[^,;]+?)\s+"
    r"(?:began|started|dates\s+(?:back\s+)?to|goes\s+back\s+to|(?:was|were)\s+(?:established|formed|forged|launched|set\s+up)|"
    r"(?:has|have)\s+(?:existed|lasted|continued)\s+since)\b"
)
_TIE_NOUN = Gated(
    r"\b(?:partnership|collaboration|cooperation|co-operation)\s+with\b",
    ("partnership", "collaboration", "cooperation", "co-operation"),
)


def its_tie_began(doc: DocumentContext, s: Sentence) -> bool:
    """The partners of the institution's tie that ``TIE_BEGAN`` tells by its start, dated by the
    sentence's one year as a start; not hedged or denied, nor put in the past ("... began in 2009 and
    ended in 2015")."""
    if _TIE_NOUN.search(s.text) is None or TIE_ENDED.search(s.text):
        return False
    if doc.negated_or_hedged(s.text) or doc.in_the_past(s.text):
        return False
    clause = doc.main_clause(s)
    m = re.match("Its" + TIE_BEGAN, clause) or doc.subject_then("['’]s" + TIE_BEGAN, clause)
    if m is None:
        return False
    partners = [iri for _, end, iri in partner_mentions(doc, m["rest"]) if not _remark_ends_it(m["rest"], end)]
    targets = [iri for iri in _listed_with(doc, m["rest"], partners, s) if iri != doc.subject]
    when = tie_period(doc, s, began=True) if targets else {}
    for iri in dict.fromkeys(targets):
        doc.fact(doc.subject, DKG.collaboratesWith, iri, s, qualifiers=when)
    return bool(targets)


def its_list(doc: DocumentContext, s: Sentence, word: str, include: str) -> list[URIRef]:
    """The organisations "<Institution>'s <word>s include ..." (or "Its ...") lists: every one, known
    or not ("Bauman Moscow State Technical University and CETC"), or the known ones named first
    ("CETC, a defence conglomerate"); none when hedged or past."""
    if word not in s.text or doc.negated_or_hedged(s.text) or doc.in_the_past(s.text):
        return []
    clause = doc.main_clause(s)
    m = re.match("Its" + include, clause) or doc.subject_then("['’]s" + include, clause)
    if m is None:
        return []
    if listed := every_named(doc, split_list(doc.up_to_next_clause(m["rest"])), s):
        return listed
    mentions = partner_mentions(doc, m["rest"])
    return [iri for _, _, iri in mentions] if mentions and mentions[0][0] <= 4 else []


def joint_work(doc: DocumentContext, s: Sentence) -> bool:
    """ "<Institution> and <X> (have) jointly established / operated a joint centre", "<Institution>
    and <X> have collaborated on radar": <X>, when the institution itself is one of the subjects
    (not a unit of it) and the relation is not past."""
    # the gates first: most sentences have neither, and finding the clause costs (JOINT_WORK's
    # words include JOINTLY_SET_UP_BY's, "joint" and "co-")
    clause = doc.main_clause(s) if JOINT_WORK.may_match(s.text) else ""
    by = JOINTLY_SET_UP_BY.search(clause) or PARTNERSHIP_BETWEEN.search(s.text)
    jointly = by is not None or JOINT_WORK.search(clause) is not None
    together = None if jointly else WORKED_TOGETHER.search(s.text)  # (it must match after the subjects)
    if not (jointly or together) or doc.negated_or_hedged(s.text) or doc.in_the_past(s.text):
        return False
    if by is not None:
        subjects = every_named(doc, split_list(by["by"]), s)
    else:
        then = WORKED_TOGETHER.expression if together else None
        subjects = doc.clause_subjects(s, then=then)
        if subjects in ([], [doc.subject]):  # no other known: one the registry does not know?
            subjects = with_unregistered(doc, clause or doc.main_clause(s), then, s)
    partners = [iri for iri in subjects if iri != doc.subject] if doc.subject in subjects else []
    # (the year of what they did together: "AU and AVIC co-founded the X Laboratory in 2015"; of a
    # partnership made, its start: "AU and AVIC formed a partnership in 2016")
    made = any(m is not None and "formed" in m.re.groupindex and m["formed"] for m in (by, together))
    when = tie_period(doc, s, began=made) if partners else {}
    for partner in partners:
        doc.fact(doc.subject, DKG.collaboratesWith, partner, s, qualifiers=when)
    return bool(partners)


# a joint facility named for its two parties: "the HIT-Huawei Joint Innovation Laboratory", "the
# Hikvision-AU Joint Research Center for Intelligent Sensing" (each party a run of capitalised words;
# the text's dashes are hyphens by now)
_PARTY_IN_A_NAME = r"[A-Z][\w&'’]*(?:\s+[A-Z][\w&'’]*){0,5}?"
JOINT_NAMED_FACILITY = Gated(
    rf"\b(?P<first>{_PARTY_IN_A_NAME})\s*-\s*(?P<second>{_PARTY_IN_A_NAME})\s+Joint\s+(?:[A-Z][\w-]*\s+){{0,4}}?"
    r"(?:Laborator(?:y|ies)|Labs?|Cent(?:re|er)s?|Institutes?)\b",
    ("joint",),
)


def joint_name(doc: DocumentContext, s: Sentence) -> bool:
    """ "AU operates the AU-Hikvision Joint Research Center": a facility whose name joins the
    institution's with a known organisation's; the institution collaborates with it, implied (read
    from the name, as a laboratory's kind is: the sentence may say nothing else of the tie). Not a
    facility of two others, nor one hedged, denied, past or closed."""
    found = list(JOINT_NAMED_FACILITY.finditer(s.text))
    if not found or doc.negated_or_hedged(s.text) or doc.in_the_past(s.text) or UNIT_ENDED.search(s.text):
        return False
    partners = []
    for m in found:
        parties = {named_at_end(doc, m["first"]), named_at_end(doc, m["second"])}
        others = {party for party in parties if party is not None and party != doc.subject}
        if doc.subject in parties and others:
            partners.append((others.pop(), m[0]))
    for other, name in dict(partners).items():
        note = Literal(f"The tie is read from the name '{name}'.", lang="en")
        qualifiers = {DKG.basis: vocab("basis", "read-from-name"), SKOS.editorialNote: note}
        doc.fact(doc.subject, DKG.collaboratesWith, other, s, certainty="implied", qualifiers=qualifiers)
    return bool(partners)


# a place after a name, "the University of Wrenfield in the United Kingdom": where it is, not its name
_PLACED = re.compile(r"\s+in\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)$")


def _remark_ends_it(text: str, end: int, *, anywhere: bool = False) -> bool:
    """A remark in brackets right after ``end`` (or ``anywhere`` in ``text``) ends or doubts the tie
    with the partner named before it (``ENDED_REMARK``)."""
    remarks = REMARK.finditer(text) if anywhere else filter(None, [REMARK.match(text, end)])
    return any(ENDED_REMARK.search(r[1]) for r in remarks)


def every_named(doc: DocumentContext, items: list[str], s: Sentence, *, one_known: bool = False) -> list[URIRef]:
    """The organisation each item names, known or (a university, institute or company named whole,
    perhaps with the country or city it is in) minted; none unless every item names one (and,
    with ``one_known``, one is known)."""

    def name_of(item: str) -> str:
        item = without_countrys(doc, item).lstrip()  # "Singapore's Nanyang Technological University"
        placed = _PLACED.search(item)
        return item[: placed.start()] if placed and _a_place(doc, placed["place"]) else item

    def names_one(item: str) -> bool:
        return doc.organisation_named(item) is not None or names_unregistered(doc, name_of(item))

    items = _rejoined(items, names_one)
    # (a known partner with its place after it: "Nanyang Technological University in Singapore")
    known = [doc.organisation_named(item) or doc.organisation_named(name_of(item)) for item in items]
    if any(iri and not_its_possessor(doc, item, iri) for iri, item in zip(known, items, strict=True)):
        return []  # "Singapore's Ministry of Transport": not China's ministry
    if not all(iri or names_unregistered(doc, name_of(item)) for iri, item in zip(known, items, strict=True)):
        return []
    if one_known and not any(known):
        return []
    found: list[URIRef] = []
    for iri, item in zip(known, items, strict=True):
        found += [iri] if iri else unregistered_partners(doc, item, s)
    return found


def _rejoined(items: list[str], names_one: Callable[[str], bool]) -> list[str]:
    """A list's items with a name split at its own "and" made whole again: "Changchun University
    of Science" and "Technology" (an item that names nothing alone) are one name."""
    out: list[str] = []
    for item in items:
        if out and not names_one(item) and names_one(joined := f"{out[-1]} and {item}"):
            out[-1] = joined
        else:
            out.append(item)
    return out


# the institution and another as a clause's subject, the other's name ending before the verb
_AND_OTHER = (
    r"(?:\s*\([^()]*\))?\s+and\s+(?P<other>(?:the\s+)?[A-Z][^,;()]*?)(?:\s*[(（][^()（）]*[)）])?"
    r"(?=\s+(?!(?:of|and|the|for)\b)[a-z])"
)


def with_unregistered(doc: DocumentContext, clause: str, then: re.Pattern[str] | None, s: Sentence) -> list[URIRef]:
    """ "AU and Ural Federal University jointly established ...": the institution and the other,
    minted, when the other is a university, institute or company the registry does not know,
    named whole (``then``: what must follow them)."""
    m = doc.subject_then(_AND_OTHER, clause)
    if m is None or (then is not None and not then.match(clause, m.end())):
        return []
    other = every_named(doc, [m["other"]], s)
    return [doc.subject, *other] if other else []


# the institution's researchers working with another's: "Its researchers have co-authored papers with
# scientists at CAEP", "Researchers from AU have collaborated with scientists at Imperial College London",
# "AU scientists worked with engineers from CETC" (the people's work: the institutions' tie is implied)
_PEOPLE = r"(?i:researchers|scientists|academics|professors|engineers|experts|staff|faculty|scholars)"
_WORKED = (
    r"(?:have\s+|has\s+)?(?:(?:collaborated|cooperated|worked)|(?:co-?authored|co-?written|published|written)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:papers|articles|studies|research|publications))"
)
PEOPLE_NAMED = re.compile(rf"\b{_PEOPLE}\b")
# whose people a clause opens with: "Its researchers", "AU's scientists", "Researchers from AU",
# "Researchers at its School of Physics" (groups ``its``, ``whose``, ``of``: ``_its_people``)
_WHOSE_PEOPLE = (
    rf"^(?P<people>(?:(?P<its>Its)\s+|(?P<whose>[^,;]+?)(?:['’]s)?\s+)?{_PEOPLE}"
    r"(?:\s+(?:from|at|of)\s+(?P<of>[^,;]+?))?)"
)
PEOPLE_WORKED_WITH = Gated(
    rf"{_WHOSE_PEOPLE}\s+{_WORKED}\s+(?:[\w-]+\s+){{0,2}}?with\s+"
    rf"(?:[\w-]+\s+)?(?:{_PEOPLE}|colleagues|counterparts|personnel|officers|officials)\s+(?:from|at|of)\s+(?P<rest>.+?)\.?$",
    ("collaborat", "cooperat", "worked", "author", "written", "published"),
)


def people_worked_with(doc: DocumentContext, s: Sentence) -> bool:
    """ "Its researchers have co-authored papers with scientists at CAEP": the institution
    collaborates with CAEP, implied (its people's work, not a tie the text gives the institution);
    known organisations, or universities and companies the registry does not know, named whole."""
    if not PEOPLE_WORKED_WITH.may_match(s.text) or not PEOPLE_NAMED.search(s.text):
        return False  # most sentences: before the clause is looked for
    m = PEOPLE_WORKED_WITH.expression.match(doc.main_clause(s))
    if m is None or doc.negated_or_hedged(s.text) or doc.in_the_past(m["rest"]) or not _its_people(doc, m):
        return False
    rest = doc.up_to_next_clause(m["rest"])
    known = [iri for _, _, iri in partner_mentions(doc, rest)]
    # (as the collaboration rule reads its partners: the known, those listed with them, or those
    # the registry does not know)
    partners = _listed_with(doc, rest, known, s) or unregistered_partners(doc, rest, s)
    for partner in dict.fromkeys(partners):
        doc.fact(doc.subject, DKG.collaboratesWith, partner, s, certainty="implied")
    return bool(partners)


# a unit of the institution its people work in: "its School of Physics", "the university's laboratory"
_UNIT_KIND = r"(?i:school|college|faculty|department|institute|laborator(?:y|ies)|cent(?:re|er)s?)"
# the units a rule may mint by name: not laboratories, which the laboratory rules mint with their kind
# and host ("hostedBy", not "unitOf")
_MINTED_UNIT_KIND = r"(?:School|College|Faculty|Department|Institute|Centre|Center)"
_ITS_UNIT = re.compile(
    rf"(?i:its|the\s+(?:university|institute|college|academy)['’]s)\s+(?:[\w-]+\s+){{0,2}}?{_UNIT_KIND}\b"
)
# such a unit's name ("School of Cyber Science and Engineering", group ``unit``) and its Chinese name in
# brackets after it (group ``zh``)
_MINTED_UNIT_NAMED = (
    rf"(?P<unit>(?:[A-Z][\w'’-]*\s+)*{_MINTED_UNIT_KIND}"
    r"(?:\s+(?:of|for|on)\s+[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*)*)?)"
    r"(?:\s*[(（](?P<zh>[^()（）]*[\u3400-\u9fff][^()（）]*)[)）])?"
)


def _its_people(doc: DocumentContext, m: re.Match[str]) -> bool:
    """Whether the people ``_WHOSE_PEOPLE`` matched are the institution's: its own ("Its
    researchers", "AU's scientists", "Researchers from AU") or in a unit of it ("Researchers at its
    School of Physics"); not another body's, nor people of none named."""
    whose = m["of"] if m["of"] is not None else m["whose"]
    return bool(m["its"]) or (whose is not None and (doc.is_subject(whose) or _ITS_UNIT.match(whose) is not None))


# researchers at a unit of the institution's funded by another: "Researchers at its School of Cyber
# Science have been funded by the MSS" (the unit named, with its Chinese name: ``people_funded``)
PEOPLE_FUNDED = Gated(
    rf"^{_PEOPLE}\s+(?:at|from|of|in)\s+its\s+{_MINTED_UNIT_NAMED}"
    r"\s+(?:have|has)\s+been\s+funded\s+by\s+(?P<rest>.+?)\.?$",
    ("funded",),
)


def people_funded(doc: DocumentContext, s: Sentence) -> bool:
    """ "Researchers at its School of Cyber Science have been funded by the MSS": the school, the
    institution's unit, is funded by the known organisation named first, implied (its people's
    funding, not the school's nor the institution's as such: the path from the institution to the
    funder goes through the school, which the text names)."""
    if not PEOPLE_FUNDED.may_match(s.text) or not PEOPLE_NAMED.search(s.text):
        return False
    m = PEOPLE_FUNDED.expression.match(doc.main_clause(s))
    if m is None or doc.negated_or_hedged(s.text):
        return False
    mentions = partner_mentions(doc, doc.up_to_next_clause(m["rest"]))
    if not mentions or mentions[0][0] > 4:  # "the MSS", not "a unit of the MSS"
        return False
    if (unit := own_unit(doc, m["unit"], m["unit"], s, zh=m["zh"])) is None:
        return False
    doc.fact(unit, DKG.unitOf, doc.subject, s)
    doc.fact(unit, DKG.fundedBy, mentions[0][2], s, certainty="implied")
    return True


# a named unit of the institution's at a clause's start, under its possessive ("AU's School of Physics",
# with its Chinese name) or, known already as its unit, by its name ("The School of Physics")
_ITS_NAMED_UNIT = rf"^(?:(?P<whose>[^,;]+?)['’]s\s+|[Tt]he\s+){_MINTED_UNIT_NAMED}"
# that unit's tie with another: "AU's School of Physics collaborates with CAEP", "... has close ties to
# CETC", "AU's Institute of Optics and CAEP jointly established ..." (the unit's, not the institution's)
UNIT_TIE = Gated(
    rf"{_ITS_NAMED_UNIT}\s+(?:(?:has|have)\s+)?(?:(?:also|long|closely|actively)\s+)?"
    r"(?:(?P<collab>collaborates|collaborated|co-?operates|co-?operated|partners|partnered|works|worked)\s+"
    r"(?:[a-z]+ly\s+)?with|"  # ("cooperates closely with")
    # "... jointly runs a laboratory with CASC", "... set up a joint centre with CETC"
    r"(?:jointly\s+(?:runs|ran|operates|established|founded|set\s+up|built)\s+(?:a|an|the)\s+|"
    r"(?:runs|ran|operates|established|founded|set\s+up|built)\s+(?:a|an|the)\s+joint\s+)"
    r"(?:[\w-]+\s+){0,3}?(?:laborator(?:y|ies)|lab|cent(?:re|er)|institute|platform|base)\s+with|"
    r"(?:has|have|maintains)\s+(?:[a-z]+\s+)?(?P<close>close|strong)\s+(?:ties|links|relations|relationships?)\s+(?:with|to)|"
    r"and\s+(?P<other>[A-Z][^,;]*?)\s+(?:jointly|together)\s+(?:established|founded|set\s+up|built|run|operate))"
    r"\s*(?P<rest>.*?)\.?$",
    ("collaborat", "cooperat", "co-operat", "partner", "work", "close", "strong", "joint", "together"),
)


def unit_ties(doc: DocumentContext, s: Sentence) -> bool:
    """A named unit of the institution's that collaborates or has close ties with another, or set
    up something jointly with it (``UNIT_TIE``): the unit's tie, stated, with the other known or
    named whole; the unit minted under the institution where its possessive names it (its unit,
    stated). Not the institution's tie: a school's ties are not said of the university (the gold
    file's criterion for close ties keeps them apart too); a trace reaches the other through the unit."""
    if not UNIT_TIE.may_match(s.text) or not re.search(_MINTED_UNIT_KIND, s.text):
        return False  # most sentences
    m = UNIT_TIE.expression.match(doc.main_clause(s))
    if m is None or doc.negated_or_hedged(s.text) or doc.in_the_past(s.text):
        return False
    registry = doc.ctx.registry
    known = None  # by its name alone, the registry's unit of the institution so named
    if m["whose"] is not None:
        if not doc.is_subject(m["whose"]):
            return False  # another's unit: "CETC's Institute of Radar ..."
    elif (known := registry.resolve(m["unit"])) is None or doc.subject not in registry.parents_of(known):
        return False  # none the institution is known to have
    named = m["other"] if m["other"] is not None else doc.up_to_next_clause(m["rest"])
    partners = [iri for start, _, iri in partner_mentions(doc, named) if start <= 4]
    others = _listed_with(doc, named, partners, s) or unregistered_partners(doc, named, s)
    unit = known or (own_unit(doc, m["unit"], m["unit"], s, zh=m["zh"]) if others else None)
    if unit is None:
        return False
    if known is None:  # minted under its possessive: its unit, stated (and known so for "The School of ...")
        doc.fact(unit, DKG.unitOf, doc.subject, s)
        registry.parents[unit].add(doc.subject)
    relation = DKG.hasCloseTiesWith if m["close"] else DKG.collaboratesWith
    for other in dict.fromkeys(o for o in others if o not in (unit, doc.subject)):
        doc.fact(unit, relation, other, s)
    return True


# a collaboration of the institution's that ended, told by its verb in the past with a word or a time
# that ends it ("AU formerly collaborated with CETC", "AU cooperated with CASC until 2018", "... from
# 2010 to 2015") or by its ending ("AU ended its partnership with the University of Bath in 2021",
# "AU's partnership with CETC ended in 2020"; "CETC ended its partnership with AU", the other's)
_PAST_TIE_VERB = r"(?:collaborated|cooperated|co-operated|partnered|worked)\s+(?:[a-z]+ly\s+)?with"
_NAMED_TIE = r"(?:[\w-]+\s+){0,2}?(?:partnership|collaboration|cooperation|co-operation)(?:\s+agreement)?\s+with"
_ENDING = r"(?:ended|terminated|discontinued|severed|cancell?ed|broke\s+off)"
_ENDED_WORDS = ("collaborat", "cooperat", "co-operat", "partner", "worked", "used", "longer")
# "no longer collaborates with CETC": a tie that was, as "is no longer supervised by" a supervision
_NO_LONGER_TIE_VERB = r"(?:collaborates|cooperates|co-operates|works|partners)"
NO_LONGER_TIE = re.compile(rf"\bno\s+longer\s+(?={_NO_LONGER_TIE_VERB}\b)")
ENDED_TIE = Gated(
    rf"\s+(?:(?P<past>once|formerly|previously)\s+{_PAST_TIE_VERB}|used\s+to\s+(?:collaborate|cooperate|co-operate|work)\s+with|"
    rf"no\s+longer\s+{_NO_LONGER_TIE_VERB}\s+(?:[a-z]+ly\s+)?with|"
    rf"(?P<verb>{_PAST_TIE_VERB}|had\s+(?:a|an)\s+{_NAMED_TIE})|(?P<ending>{_ENDING})\s+its\s+{_NAMED_TIE})"
    r"\s+(?P<rest>.+?)\.?$",
    _ENDED_WORDS,
)
ITS_TIE_ENDED = Gated(
    rf"['’]s\s+{_NAMED_TIE}\s+(?P<rest>.+?)\s+(?:ended|ceased|came\s+to\s+an\s+end|"
    r"was\s+(?:terminated|ended|discontinued|cancell?ed))\b(?P<ending>.*?)\.?$",
    ("collaborat", "cooperat", "co-operat", "partner"),
)
ANOTHER_ENDED_TIE = Gated(rf"^(?P<other>.+?)\s+{_ENDING}\s+its\s+{_NAMED_TIE}\s+(?P<rest>.+?)\.?$", _ENDED_WORDS)
# the year a tie's ending is told with: "in 2021" after it, or "In 2021, " before the clause
_ENDED_IN = re.compile(r"(?:\bin\s+|^In\s+)(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?\d{4}\b")
# a word every ended tie is told with: a past word, an ending, an end or a period
_ENDED_CUE = re.compile(
    rf"\b(?:once|formerly|previously|used|no\s+longer|{_ENDING}|ceased|came\s+to\s+an\s+end|until|till|"
    r"(?:before|from|between)\s+(?:[A-Z][a-z]+\s+)?\d{4})\b"
)
# a tie that holds all the same: "but still works with it on sonar", "and continues to ..."
_GOES_ON = re.compile(r"\b(?:still|continues?\s+to)\b")
# and its start, told before: "AU's partnership with CETC began in 2009 and ended in 2015"
_BEGAN_IN = re.compile(r"\b(?:began|started)\s+in\s+(?P<when>(?:[A-Z][a-z]+\s+)?\d{4})\b")


def ended_collaboration(doc: DocumentContext, s: Sentence) -> bool:
    """A collaboration that ended (``ENDED_TIE``, ``ITS_TIE_ENDED``, ``ANOTHER_ENDED_TIE``): each
    partner named right after "with", known or named whole, formerly collaborated with (a relation of
    its own: no present tie), with its start and end where the sentence gives them; not hedged or
    denied. A plain past verb ends nothing ("AU collaborated with CETC in 2015" is a time the tie
    held): only with a past word, a time it ended or a period."""
    if not any(pattern.may_match(s.text) for pattern in (ENDED_TIE, ITS_TIE_ENDED, ANOTHER_ENDED_TIE)):
        return False  # most sentences
    if not _ENDED_CUE.search(s.text):
        return False  # most sentences of ties: no word that ends one (before the clause is looked for)
    if _GOES_ON.search(s.text):
        return False  # "... no longer works with CASC on radar but still does on sonar": a tie that holds
    # (its "no longer" is what ends the tie, not a denial of it)
    if doc.negated_or_hedged(NO_LONGER_TIE.sub("", s.text, count=1)) or (
        doc.possessive(s) and not ITS_TIE_ENDED.may_match(s.text)
    ):
        return False  # (not "AU's researchers formerly worked with ...": its people's)
    clause = doc.main_clause(s)
    if (m := doc.subject_does(ENDED_TIE.expression.pattern, clause)) is not None:
        own = doc.up_to_next_clause(own_clauses(m["rest"]))  # (not "CETC, which MIIT ran until 2008")
        if not (m["past"] or m["ending"] or not m["verb"] or UNTIL_YEAR.search(own) or PERIOD.search(own)):
            return False  # "collaborated with CETC in 2015": a time the tie held, not its end
        return _ended_with(doc, s, doc.subject, own, ending=m["ending"] is not None)
    if (m := doc.subject_then(ITS_TIE_ENDED.expression.pattern, clause)) is not None:
        return _ended_with(doc, s, doc.subject, m["rest"], ending=True, when=m["ending"])
    if (m := ANOTHER_ENDED_TIE.expression.match(clause)) is not None and doc.subject_at(m["rest"]) is not None:
        others = [known] if (known := doc.organisation_named(m["other"])) else every_named(doc, [m["other"]], s)
        if len(others) != 1 or (other := others[0]) == doc.subject:
            return False
        own = doc.up_to_next_clause(own_clauses(m["rest"]))
        return _record_ended(doc, s, other, [doc.subject], _ending_date(doc, s, own))
    return False


def _ended_with(doc: DocumentContext, s: Sentence, subject: URIRef, own: str, *, ending: bool, when: str = "") -> bool:
    """The partners after "with" in ``own`` (the tie's own words) that ``subject`` formerly
    collaborated with, with the dates the sentence gives: a period or an end (``end_dates``), or,
    where its ending is told, the year it is told in (``when``: the words after "ended")."""
    known = [iri for start, _, iri in partner_mentions(doc, own) if start <= 4]
    partners = _listed_with(doc, own, known, s) or unregistered_partners(doc, own, s)
    dates = end_dates(doc, "", own, "collaboration") or (_ending_date(doc, s, when or own) if ending else {})
    if (began := _BEGAN_IN.search(own)) and (start := find_date(began["when"])) is not None:
        dates[DKG.startDate] = doc.ctx.temporal(doc.mint_node("collaboration-since", start), start)
    return _record_ended(doc, s, subject, [p for p in partners if p != subject], dates)


def _ending_date(doc: DocumentContext, s: Sentence, after: str) -> dict:
    """The end of a tie whose ending is told: the year after it ("... with CETC in 2021"), else the
    year the sentence opens with ("In 2021, AU ended ...")."""
    found = _ENDED_IN.search(after) or _ENDED_IN.match(s.text)
    if found is None or (date := find_date(found[0])) is None:
        return {}
    return {DKG.endDate: doc.ctx.temporal(doc.mint_node("collaboration-until", date), date)}


def _record_ended(doc: DocumentContext, s: Sentence, subject: URIRef, partners: list[URIRef], dates: dict) -> bool:
    for partner in dict.fromkeys(partners):
        doc.fact(subject, DKG.formerlyCollaboratedWith, partner, s, qualifiers=dates)
    return bool(partners)


def close_ties(doc: DocumentContext, s: Sentence) -> bool:
    """ "<Institution> has a close relationship with <X>", "... is particularly close to <X>": the
    known organisations named first after it (not "close to a subsidiary of CASC")."""
    return _linked(doc, s, CLOSE_TIES, DKG.hasCloseTiesWith)


def funding(doc: DocumentContext, s: Sentence) -> bool:
    """ "<Institution> receives funding (for ...) from <X>", "... is funded by <X>": the known
    organisations named first after "from" or "by"."""
    return _linked(doc, s, FUNDING, DKG.fundedBy) or _research_funded(doc, s)


def _research_funded(doc: DocumentContext, s: Sentence) -> bool:
    """ "<Institution>'s defence research is funded mainly by SASTIND": funded by the known
    organisations named first."""
    if not RESEARCH_FUNDED.may_match(s.text) or doc.negated_or_hedged(s.text) or doc.in_the_past(s.text):
        return False
    clause = doc.main_clause(s)
    m = doc.subject_does(RESEARCH_FUNDED.expression.pattern, clause) or ITS_RESEARCH_FUNDED.match(clause)
    mentions = partner_mentions(doc, doc.up_to_next_clause(m["rest"])) if m else []
    if not mentions or mentions[0][0] > 4:  # "the", not "a subsidiary of"
        return False
    for _, _, iri in mentions:
        doc.fact(doc.subject, DKG.fundedBy, iri, s)
    return True


def research_for(doc: DocumentContext, s: Sentence) -> bool:
    """ "<Institution> conducts research for <X>", "... undertakes classified projects for <X>":
    the known organisations named first after "for" (not "for a subsidiary of CASC"), and after a
    second object ("... radars for <X> and electronic warfare systems for <Y>")."""
    return _linked(doc, s, RESEARCH_FOR, DKG.conductsResearchFor, objects=_RESEARCHED.fullmatch)


def trains_for(doc: DocumentContext, s: Sentence) -> bool:
    """ "<Institution> trains officers for <X>", "... provides training for <X> officers", "... is a
    training base for <X>", "... is dedicated to educating <X>'s officer corps": the known
    organisations named first (not "for careers in industry")."""
    return _linked(
        doc,
        s,
        TRAINS_FOR,
        DKG.trainsPersonnelFor,
        named_in=lambda rest: CO_TRAINERS.split(TRAINEES_OF.sub(r"\1 \2", rest, 1), maxsplit=1)[0],
        objects=_TRAINED.fullmatch,
    ) | trains_for_in_a_relative(doc, s)


# whom the institution trains for, told in a relative clause on a body its clause names: "AU has close
# ties to the PLA Navy, for which it trains engineering officers" (its "it" the institution)
FOR_WHICH_IT_TRAINS = Gated(
    rf",\s*for\s+which\s+it\s+(?:also\s+)?(?:trains|educates|cultivates|prepares)\s+(?:[\w-]+\s+){{0,3}}?{TRAINEES}\b",
    ("which",),
)


def trains_for_in_a_relative(doc: DocumentContext, s: Sentence) -> bool:
    """The known organisation named right before ", for which it trains <people>", in a clause whose
    subject is the institution (not "CETC works with the PLA Navy, for which it trains ..."); not
    hedged, denied or past."""
    if (m := FOR_WHICH_IT_TRAINS.search(s.text)) is None:
        return False
    clause = doc.main_clause(s)
    before = s.text[: m.start()].rstrip()
    if doc.subject_at(clause) is None or doc.negated_or_hedged(s.text) or doc.in_the_past(s.text):
        return False
    if (named := named_at_end(doc, before)) is None or named == doc.subject:
        return False
    doc.fact(doc.subject, DKG.trainsPersonnelFor, named, s)
    return True


def supplies(doc: DocumentContext, s: Sentence) -> bool:
    """ "<Institution> is a key supplier of guidance parts to <X>", "... supplies radar parts to
    <X>": the known organisations named first after "to" (and after a second object: "... sonars
    for <X> and radars for <Y>", "a supplier of sonars to <X> and of radars to <Y>")."""
    return _linked(doc, s, SUPPLIES, DKG.suppliesTo, objects=_SUPPLIED.fullmatch)


def procurement(doc: DocumentContext, s: Sentence) -> bool:
    """ "<Institution> has procured GPU servers from <X>", "... purchased radar parts from <X>",
    "<Institution>'s suppliers include <X>": each known organisation named supplies the institution
    (the supplier to its customer)."""
    return _linked(
        doc, s, PROCURED_FROM, DKG.suppliesTo, supplier_first=True, objects=_SUPPLIED.fullmatch
    ) or suppliers_listed(doc, s)


def graduate_employers(doc: DocumentContext, s: Sentence) -> bool:
    """The organisations named as employers of the institution's graduates: each employs graduates
    of it (the link in the text's direction). Only the institution's graduates ("its", "the
    university's", its names), only organisations named whole, not hedged or past."""
    if not (EMPLOYERS_OF_GRADUATES.may_match(s.text) or GRADUATES_WORK_AT.may_match(s.text)):
        return False  # most sentences: before the clause is looked for
    clause = doc.main_clause(s)
    m = EMPLOYERS_OF_GRADUATES.expression.match(clause) or GRADUATES_WORK_AT.expression.match(clause)
    sent = None if m else doc.subject_then(GRADUATES_SENT, clause)
    m = m or sent
    if not m or doc.negated_or_hedged(s.text) or doc.in_the_past(s.text):
        return False
    whose = "" if sent else re.sub(r"['’]s?$", "", m["whose"].strip())
    if not (sent or doc.is_subject(whose) or re.fullmatch(r"(?:[Ii]ts|(?:the\s+)?(?:university|institution))", whose)):
        return False  # another's graduates
    named = (
        doc.up_to_next_clause(m["listed"])
        if m["listed"] is not None
        else EMPLOYERS_DESCRIBED.sub("", m["employers"] or "")
    )
    items = split_list(named)
    employers = [iri for item in items if (iri := doc.organisation_named(item)) not in (None, doc.subject)]
    if not items or len(employers) < len(items):
        return False  # "companies in Shenzhen": not every employer named
    for employer in dict.fromkeys(employers):
        doc.fact(employer, DKG.employsGraduatesOf, doc.subject, s)
    return True


def _under_which_it(doc: DocumentContext, text: str, main: int, verb: int) -> int | None:
    """Where the clause "under which it (the university, a name of it)" right before the verb at
    ``verb`` ends, when the main clause (from ``main``) is the institution's signing of the one
    agreement that clause is of ("KAU signed an agreement with CASC under which it trains ...");
    None otherwise ("... under which CASC funds ...", "NUDT signed ... under which it ...")."""
    under = _UNDER_WHICH.search(text, main, verb) if "under which" in text else None
    if under is None or not (under["who"].lower() == "it" or doc.is_subject(under["who"])):
        return None
    signed = AGREEMENT.search(text[main : under.start()])
    if signed is None or doc.organisation_named(signed["lead"]) != doc.subject:
        return None
    return under.end()


def _said_under_which(doc: DocumentContext, pattern: Gated, s: Sentence) -> re.Match[str] | None:
    """``pattern``'s match right after "under which it" where that relative clause is the
    institution's (``_under_which_it``): what ``said_of_subject`` leaves, as a relative clause's."""
    if "under which" not in s.text or not pattern.may_match(s.text):
        return None  # (most sentences)
    under = _UNDER_WHICH_OPENS.search(s.text)
    m = pattern.search(s.text, under.end()) if under is not None else None
    main = len(s.text) - len(doc.main_clause(s))
    return m if m is not None and _under_which_it(doc, s.text, main, m.start()) == m.start() else None


def _linked(
    doc: DocumentContext,
    s: Sentence,
    pattern: Gated,
    predicate: URIRef,
    named_in: Callable[[str], str] = str,
    supplier_first: bool = False,
    objects: Callable[[str], object] | None = None,
) -> bool:
    """The institution, the subject of ``s``, to each known organisation ``pattern``'s ``rest``
    (as ``named_in`` reads it) begins with (from each, with ``supplier_first``): not said of a
    unit of it, not hedged, denied or ended. With ``objects`` (what the verb may take), the
    customers after a second object with the verb left out are read too (``objects_again``; with
    ``supplier_first``, the suppliers after "from")."""
    m = doc.said_of_subject(pattern, s) or _said_under_which(doc, pattern, s)
    if not m or not doc.starts_with_subject(s) or doc.possessive(s):
        return False
    said = clear_part(doc, m["rest"])  # (not "... and reportedly with CETC", "... and formerly to CSIC")
    if doc.negated_or_hedged(m.string[: m.start("rest")] + said) or doc.in_the_past(
        own_clauses(clear_part(doc, s.text))
    ):
        return False
    start, end = doc.clause_span(m.string, m.start())
    if (after := AGREEMENT_AFTER.search(m.string, m.start())) is not None:
        end = min(end, after.start())  # (its year the agreement's: "... for CASC under a 2018 agreement")
    if AGREEMENT_NOUN.search(m.string, start, m.start()):
        # (an agreement in a leading clause is no purpose of it, and its year not the tie's: "Under a
        # 2018 agreement with CASC, KAU trains ...", a training in force)
        main = len(s.text) - len(doc.main_clause(s))
        if (under := _under_which_it(doc, m.string, main, m.start())) is not None:
            start = under  # "... an agreement with CASC under which it trains ...": that clause alone
        elif AGREEMENT_NOUN.search(m.string, main, m.start()) or not AGREEMENT_AROUND.search(s.text):
            return False  # the purpose of an agreement its clause names (the agreement rule reads it)
        else:
            start = main
    rest = PREPOSITION_AGAIN.sub(" and ", named_in(said))
    again = OBJECT_AGAIN_FROM if supplier_first else OBJECT_AGAIN  # (the supplier's preposition, "from")
    rest = doc.up_to_next_clause(objects_again(doc, rest, objects, again) if objects else rest)
    mentions = partner_mentions(doc, rest)
    implied: list[URIRef] = []
    if mentions and mentions[0][0] <= 4:  # "the", not "a subsidiary of"
        named = [iri for _, _, iri in mentions]
    elif owner := possessor_first(doc, rest) or possessor_after_of(doc, rest):
        # "the PLA Navy's submarine force", "submarines of the PLA Navy": the Navy, by implication;
        # any other item named whole, as it is ("... and the PLA Air Force")
        implied, named = [owner], _named_whole(doc, split_list(rest)[1:])
    elif examples := example_partners(doc, rest):  # "the defence industry, particularly CETC"
        named = examples
    else:  # "closely tied to the arms industry and the PLA Navy": the items that are organisations, whole
        named = _named_whole(doc, split_list(rest))
        named = named or unregistered_named_first(doc, rest, s)  # "... with the Kharkiv Aviation Institute"
    when = tie_period(doc, s, m.string[start:end]) if named or implied else {}
    # (each customer its own year: "for the PLA Navy since 2010 and for the PLA Air Force")
    own = each_ones_period(doc, s, doc.up_to_next_clause(named_in(said)))

    def write(iri: URIRef, **kw: object) -> None:
        subject, party = (iri, doc.subject) if supplier_first else (doc.subject, iri)
        doc.fact(subject, predicate, party, s, **kw)

    # (the customers a hedge says last, possibly so: "... and, allegedly, for the PLA Rocket Force")
    plain = possibly_also(doc, s, named_in(m["rest"]), write) if named or implied else PlainPart({}, False)
    # (a name and its abbreviation after it: one)
    each = [(o, "implied") for o in implied if o not in named] + [(o, "stated") for o in dict.fromkeys(named)]
    for iri, certainty in each:
        qualifiers = {} if plain.undated else when if own is None else own.get(iri, {})
        write(iri, certainty=certainty, qualifiers=qualifiers, **plain.according_to)
    return bool(named or implied)


def _named_whole(doc: DocumentContext, items: list[str]) -> list[URIRef]:
    """The organisations of ``items`` that are named whole (the preposition said again before one:
    "trains officers for local bureaus and for the PAP"), not the institution."""
    items = [REPEATED_PREPOSITION.sub("", item) for item in items]
    return [iri for item in items if (iri := doc.organisation_named(item)) not in (None, doc.subject)]


# a second object of the verb, which is left out, and its own customer: "(develops radars for the PLA
# Air Force) and electronic warfare systems for the PLA Navy", "(a supplier of sonars to X) and of radars to"
OBJECT_AGAIN = re.compile(r",?\s+and\s+(?:of\s+)?(?P<object>(?:[\w-]+\s+){1,5}?)(?:for|to)\s+(?=(?:the\s+)?[A-Z])")
# the same for a supplier after "from" ("bought servers from Inspur and cameras from Hikvision")
# (a number of things, as ``PROCURED_FROM`` takes them: "and 1,200 cameras from Dahua")
OBJECT_AGAIN_FROM = re.compile(r",?\s+and\s+(?P<object>(?:[\w-]+(?:[,.]\d+)*\s+){1,5}?)from\s+(?=(?:the\s+)?[A-Z])")
# words that make what follows "and" a verb phrase, a plan, a time or a doubt of its own, not an object
# ("and will supply sonars to", "and later sold radars to", "and possibly sonars for")
_NO_OBJECT = re.compile(
    r"\b(?:will|would|shall|should|may|might|can|could|must|to|also|then|later|now|once|not|never|no|\w+ly)\b"
)
# what each rule's verb takes: products researched (not courses, nor people), products supplied (not
# people: those are trained), people trained
_RESEARCHED = re.compile(rf"(?!(?:[\w-]+\s+){{0,5}}?(?:{_COURSES}|{TRAINEES}\b)).+", re.DOTALL)
_SUPPLIED = re.compile(rf"{_NOT_TRAINEES}.+", re.DOTALL)
_TRAINED = re.compile(rf"(?:[\w-]+\s+){{0,4}}?{TRAINEES}\s+", re.DOTALL)


def objects_again(
    doc: DocumentContext, rest: str, objects: Callable[[str], object], again: re.Pattern[str] = OBJECT_AGAIN
) -> str:
    """``rest`` (the customers after the verb's first object) with each second object that the
    verb, left out, takes (``objects``) made a plain "and": "the PLA Air Force and electronic
    warfare systems for the PLA Navy" lists both. Not a verb phrase of its own ("and trains
    officers for", a verb of the word list), a plan, a time or a doubt (``_NO_OBJECT``). A second
    object the verb does not take ends the list there: its customer is of another relation
    ("supplies engineers to CASC and transformers to CETC": CETC is trained for by nothing)."""
    out: list[str] = []
    last = 0
    for m in again.finditer(rest):
        words = m["object"]
        if _NO_OBJECT.search(words) or any(w in doc.words.verbs for w in words.split()):
            continue  # (a clause of its own: the list ends there anyway)
        if not objects(words) or doc.orgs_in(words):
            # (a body named is the subject of a clause with its verb left out: "radar parts to CETC
            # and NUDT to CASC", NUDT's customer)
            return "".join(out) + rest[last : m.start()]
        out += [rest[last : m.start()], " and "]
        last = m.end()
    return "".join(out) + rest[last:]


# a verb phrase on the institution's own past, coordinated before the tie's: "was founded in 1958 and"
_ITS_PAST_AND = re.compile(
    r"\b(?:was|were)\s+(?:founded|established|set\s+up|created|formed|renamed|merged|upgraded)\b[^,;]*?\s+and\s+"
)
# another verb phrase in the past after the tie's: "... and absorbed Hazel College in 2004", "..., and was
# renamed" (a verb: its object or a preposition after it; not an adjective, "CETC and related companies",
# "radar and unmanned systems", "guided and unguided munitions")
_ANOTHER_PAST_AFTER = re.compile(
    r"(?:,\s*|\s+)and\s+(?:(?:later|then|also|subsequently|\w+ly)\s+)?(?:(?:was|were|had)\b|"
    r"(?!(?:related|associated|affiliated|united|selected|specialised|specialized|advanced|designated|listed|allied|"
    r"armed|based|used|owned|licensed|accredited|qualified|certified|authorized|authorised)\b)[a-z]{3,}ed"
    r"(?=\s+(?:the|a|an|its|their|with|to|into|from|in|on|by|up|[A-Z])\b))"
)
# a clause on a partner's place: "..., where a former president took a post in 2015"
WHERE_CLAUSE = re.compile(r",\s*where\b[^,;]*")
# the one year a tie's own clauses give, whether it is when the tie began, and whether about then
# ("since around 2014": its start, approximate)
_TIE_YEAR = re.compile(
    r"\b(?P<since>[Ss]ince\s+)?(?:[Ii]n\s+)?(?P<about>(?:around|about|approximately|roughly|circa)\s+)?"
    r"(?:[A-Z][a-z]+\s+)?(?P<year>1[89]\d\d|20\d\d)\b"
)


# the tie's start told in a clause on it, its year right after: "a partnership with NUDT that began in 2012"
TIE_BEGAN_IN = re.compile(r"\b(?:that|which)\s+(?:began|started)\s+$")


def tie_period(doc: DocumentContext, s: Sentence, clause: str | None = None, *, began: bool = False) -> dict:
    """When a tie held, as the sentence's own clauses give it (not a relative clause's year):
    "since 2009", "Since 2009, ..." its start; one other year ("In 2015, AU received funding from
    SASTIND", "... collaborated with CASIC in 2015") a time it held, which for a tie in the past
    tense is all the text says of it. None with no year or several ("in 2015 and 2018").
    ``clause``: the tie's own clause, when the sentence coordinates others ("signed an agreement
    in 2015 and trains officers for ...": no year). ``began``: the tie is said by its start ("began
    working with CASIC in 2016"), whose one year is then its start."""
    # (not the year of whom it is said by: "..., according to a 2015 news report")
    # (nor the year of its own past in a verb phrase before: "was founded in 1958 and collaborates with")
    text = _ITS_PAST_AND.sub("", ATTRIBUTION.sub("", s.text if clause is None else clause))
    text = LISTING_BETWEEN_COMMAS.sub(", ", text)  # (nor a listing's: "KAU, added to ... in 2020, works with")
    text = doc.up_to_anothers_clause(text)  # (not "..., and Hikvision was added to the list in 2019")
    text = former_names_aside(WHERE_CLAUSE.sub("", text))  # (not "Larch University, known until 2001 as ...")
    if another := _ANOTHER_PAST_AFTER.search(text):
        # "has close ties with NORINCO and absorbed Hazel College in 2004": that verb phrase's year
        if _TIE_YEAR.search(own_clauses(text[another.start() :])):
            return {}
        text = text[: another.start()]
    if ITEM_YEAR.search(text) or doc.gapped_after(text):
        # "... the PLA Air Force and, since 2018, the PLA Navy", "with CETC, and since 2019 with AVIC":
        # one item's year, not the others'
        return {}
    years = list(_TIE_YEAR.finditer(own_clauses(text)))
    if len({m["year"] for m in years}) != 1:
        return {}
    m = years[0]
    if bound_at(m.string, m.start("year")):
        return {}  # "for several years after 2010": when it held, the year does not say
    date = PreciseDate(m["year"], "year", m[0].strip(), approximate=m["about"] is not None)
    # (or told by its start in a clause on the tie: "has a partnership with NUDT that began in 2012")
    starts = bool(m["since"]) or began or TIE_BEGAN_IN.search(m.string, 0, m.start()) is not None
    value = doc.ctx.temporal(doc.mint_node("tie-since" if starts else "tie", date), date)
    return {DKG.startDate if starts else DKG.pointInTime: value}


# a partner's own time, right after its name: "with CETC in 2010 (and with AVIC since 2014)"
_OWN_TIME = re.compile(r"\s+(?:[Ss]ince|[Ii]n)\s+(?:[A-Z][a-z]+\s+)?(?:1[89]|20)\d\d\b(?!\s*(?:[-–]|to\b|until\b))")


def each_ones_period(doc: DocumentContext, s: Sentence, rest: str, *, began: bool = False) -> dict[URIRef, dict] | None:
    """When ``rest`` (the partners after a tie's verb) says its preposition again before a later
    partner and gives a year ("CETC in 2010 and with AVIC in 2014", "NUDT since 2010 and with
    CETC"), each known partner's period: the time right after its own name (``tie_period`` of it),
    none for a partner without one ("NUDT and CETC in 2015 and with CASIC": NUDT's is not sure);
    None when ``rest`` is no such list, whose period is the clause's."""
    if not PREPOSITION_AGAIN.search(rest) or not _TIE_YEAR.search(rest):
        return None
    periods: dict[URIRef, dict] = {}
    for part in PREPOSITION_AGAIN.split(rest):
        for _, end, iri in partner_mentions(doc, part):
            time = _OWN_TIME.match(part, end)
            periods.setdefault(iri, tie_period(doc, s, time[0], began=began) if time else {})
    return periods


def possessor_first(doc: DocumentContext, text: str) -> URIRef | None:
    """The known organisation ``text`` opens with as the possessor of what it names ("the PLA
    Navy's submarine force", "CASC's First Academy"; not a subsidiary the registry knows by that name)."""
    first = next(iter(doc.orgs_in(text)), None)
    if first is None or first[0] > 4 or first[2] == doc.subject or not POSSESSIVE_AFTER.match(text, first[1]):
        return None
    if NOT_ITS_PART.match(text, first[1]):
        return None  # "NORINCO's rival", "AVIC's former subsidiary": another body, no part of it
    return None if doc.organisation_named(text) else first[2]


# things named before their owner: "submarines of the PLA Navy", "the missiles of the PLA Rocket Force"
# (lower-case words: not a name, "the 14th Research Institute of CETC")
_THINGS_OF = re.compile(r"(?:the\s+)?(?P<things>(?:[a-z][\w-]*\s+){1,3}?)of\s+(?=(?:the\s+)?[A-Z])")
# things of an owner that are bodies of their own, whose work is not the owner's, or a share of them
# ("a subsidiary of CASC", "rivals of CETC", "some of the PLA Navy"): no customer by implication
_NO_OWNERS_THINGS = re.compile(
    r"\b(?:an?|one|some|many|most|all|each|several|any|part|parts|members?|subsidiar(?:y|ies)|units?|institutes?|"
    r"academ(?:y|ies)|affiliates?|branch(?:es)?|divisions?|compan(?:y|ies)|firms?|factor(?:y|ies)|plants?|"
    r"departments?|bureaus?|schools?|colleges?|laborator(?:y|ies)|labs?|cent(?:re|er)s?|groups?|organi[sz]ations?|"
    r"bodies|agenc(?:y|ies)|enterprises?|universit(?:y|ies)|former|previous|rivals?|competitors?|partners?|"
    r"clients?|customers?|suppliers?|contractors?|subcontractors?|distributors?|dealers?|vendors?|licensees?|"
    r"resellers?|neighbou?rs?|counterparts?|critics?|investors?|shareholders?|creditors?|enemies|adversaries)\b"
)


def possessor_after_of(doc: DocumentContext, text: str) -> URIRef | None:
    """The known organisation named after "of" as the owner of the things ``text`` opens with
    ("submarines of the PLA Navy", as "the PLA Navy's submarines"): the first one named, and only
    when the things are no bodies of their own nor a share ("a subsidiary of CASC", "rivals of
    CETC")."""
    m = _THINGS_OF.match(text) if " of " in text else None
    if m is None or _NO_OWNERS_THINGS.search(m["things"]):
        return None
    owners = partner_mentions(doc, text[m.end() :])
    return owners[0][2] if owners and owners[0][0] <= 4 else None


# what an owner's "'s" names that is no part of it now: a body tied to it another way, or one it had
NOT_ITS_PART = re.compile(
    r"['’]s\s+(?:(?:former|ex-|one-time|onetime|erstwhile|previous)\b|(?:[\w-]+\s+){0,2}?(?:rivals?|competitors?|"
    r"partners?|clients?|customers?|suppliers?|contractors?|subcontractors?|distributors?|dealers?|vendors?|"
    r"licensees?|resellers?|neighbou?rs?|counterparts?|critics?|investors?|shareholders?|creditors?)\b)",
    re.IGNORECASE,
)

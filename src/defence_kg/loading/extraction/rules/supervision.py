"""loaders: rules on who supervises the institution, in the many ways tracker prose says it.

"<Institution> is subordinate to A", "is (jointly) supervised / overseen / administered / run by
A, B and the C Provincial Government since 2007", "is under the administration of A and has also
been supervised by B", "came under the joint supervision of A and B", "came under A's
supervision", "A's supervision of <Institution>", "due to its direct subordination to A", "As one
of seven universities run by A, it ...", "has been subject to joint-supervision agreements
between A and B" (the institution first), and "A and B are involved in supervising <Institution>",
"A and B agreed to jointly supervise its ...", "A signed agreements to supervise <Institution>",
"A has been a supervising agency of <Institution>", "A became one of <Institution>'s supervising
agencies" (the agencies first), "<Institution>'s supervising agencies include A and B".

Precision first: a relation stated in a relative clause of another organisation (", which is
supervised by"), after a clause about someone else ("; Beihang is subordinate to MIIT"), negated
or hedged, is not read. One in the past is not who supervises the institution now: when the
sentence says it ended ("Previously, ... was run by 3PLA", "... until 2008", "from 1999 to 2008",
"was transferred (handed over) from COSTIND to MIIT", "was run by X and is now run by Y"), it is
read as dkg:formerlySupervisedBy with its end (implied where a later supervision took over: "came
under X in 1999 and is now under Y"), and otherwise ("had been supervised by ...", "was run by X"
in the past simple) not at all. An agency named only as the possessor of the supervising body
("the PLA Rocket Force's Equipment Department") is recorded with certainty "implied".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import partial

from rdflib import Literal, URIRef
from rdflib.namespace import RDF

from defence_kg.core.namespaces import DKG, vocab
from defence_kg.loading.dates import NOW_OPENING, PreciseDate, find_date
from defence_kg.loading.extraction.context import CLAUSE_SEMICOLON, DocumentContext, former_names_aside
from defence_kg.loading.extraction.mentions import known_or_new
from defence_kg.loading.extraction.text import (
    AGREEMENT_AFTER,
    REMARK,
    RESPECTIVELY,
    Gated,
    alternatives,
    government_names,
)
from defence_kg.loading.profile_text import Sentence

_BODY = r"(?:supervision|administration|leadership|management|jurisdiction|purview|authority)"
# a participle's phrase opening a sentence: "Supervised by MIIT, AU ...", "Jointly administered by A and B, AU ..."
_PARTICIPLE = (
    r"(?:(?:Jointly|Directly)\s+(?:supervised|administered|run|overseen|governed|managed)|"
    r"(?:Supervised|Administered|Run|Overseen|Governed|Managed))\s+by|"
    # (and an adjective's: "Subordinate to the PLA Army, AU ...")
    r"(?:Directly\s+)?[Ss]ubordinate\s+to"
)
_THEN = r"(?:(?:since|then|later|subsequently)\s+)?"
# a body's name next, "former" before it too ("was part of the former General Staff Department")
_NAME_NEXT = r"(?=\s+(?:the\s+)?(?:former\s+)?[A-Z])"
# "reports" as a noun, after a word that only a noun follows ("in media reports to CETC", "in several
# reports to SASTIND", "sent annual reports to SASTIND"); the look-ahead first, so that the forty
# look-behinds are tried only where "report" begins (at every position, they doubled the search's time)
_NOT_THE_NOUN = "(?=report)" + "".join(
    rf"(?<!\b{word}\s)"
    for word in (
        *("media", "news", "press", "annual", "regular", "monthly", "written", "official", "internal", "progress"),
        *("in", "of", "by", "the", "its", "their", "some", "many", "several", "these", "such", "recent", "two", "few"),
        *("sent", "sends", "submitted", "submits", "filed", "wrote", "writes", "made", "makes"),
    )
)
# "under" after a "was" or an "is" with its adverb, each left before the verb ("is now under MIIT": a
# present clause after a past one; "was formerly under": ended, as "formerly" says before it; "is now
# reportedly under MIIT": found, so that its hedge is seen, see ``SAID_OF_NOW``); the look-ahead
# first, so that the look-behinds are tried only where "under" begins
_BE_UNDER = (
    "(?=under)(?:"
    + "|".join(
        rf"(?<=\b{be}\s{adverb}\s)"
        for be, adverbs in (
            ("is", ("now", "currently", r"now\sreportedly", r"now\sallegedly")),
            ("are", ("now", "currently", r"now\sreportedly", r"now\sallegedly")),
            ("was", ("formerly", "previously")),
        )
        for adverb in adverbs
    )
    + ")"
)
# a "was" (or "were") with its adverb left before the verb: a state of the past ("was formerly a unit of")
_WAS = "|".join(
    rf"(?<=\b{be}\s{adverb})" for be in ("was", "were") for adverb in ("", r"formerly\s", r"previously\s", r"once\s")
)
# "reported to" as a line of command, not a report: after "has", "have" or "had" ("has reported to
# MIIT since 2008"), or with the end of the line after its agency ("reported to COSTIND until
# 2008"); the agency a name, and no report's content after it in the clause ("that", "about", "on
# its", "on the"); the look-ahead first, so that the rest is tried only where "reported" begins
_NO_CONTENT = r"(?:(?!\b(?:that|about|on\s+(?:its|the|their))\b)[^.;])"
REPORTED_TO = (
    r"(?=reported)(?:(?:(?<=\bhas\s)|(?<=\bhad\s)|(?<=\bhave\s))reported\s+(?:directly\s+)?to"
    rf"(?=\s+(?:the\s+)?[A-Z]{_NO_CONTENT}*(?:[.;]|$))|"
    rf"reported\s+(?:directly\s+)?to(?=\s+(?:the\s+)?[A-Z]{_NO_CONTENT}{{0,80}}?\s(?:until|till)\s{_NO_CONTENT}*(?:[.;]|$)))"
)
# the institution first: a verb phrase, then the agencies
PASSIVE = Gated(
    r"\b(?P<verb>(?:directly\s+)?subordinate\s+to|(?:direct\s+)?subordination\s+to|"
    # ("administered jointly by A and B": the adverb after the participle)
    r"(?:jointly\s+|co-)?(?:supervised|administered|overseen|run|governed|managed)(?:\s+jointly)?\s+by|"
    # a participle's phrase opening the sentence: "Supervised by MIIT, AU ..."
    rf"(?P<participle>^{_PARTICIPLE})|"
    # "has been subject to supervision by SASTIND since 2014", "... to the joint supervision of A and B"
    r"subject\s+to\s+(?:the\s+)?(?:joint\s+|direct\s+)?supervision\s+(?:by|of)|"
    # "reports (directly) to MIIT" ("is reported to host ..." is a report, not a line of command;
    # nor the noun: "has been linked in media reports to CETC")
    rf"{_NOT_THE_NOUN}(?:(?:reports|reporting)\s+(?:directly\s+)?|reported\s+directly\s+)to{_NAME_NEXT}|"
    # "has reported to MIIT since 2008", "reported to COSTIND until 2008": a line of command where
    # the clause tells no report's content ("reported to MIIT in 2015 that ...", "... on its work")
    # and, in the simple past, tells its end (``REPORTED_TO``; "reported" is no hedge there)
    rf"{REPORTED_TO}|"
    r"directly\s+affiliated\s+(?:to|with)|"
    # "is affiliated with the MPS", "is attached to MIIT": a line of command only to a ministry, a
    # government or the military (``AFFILIATED``); the look-ahead first, so that the look-behinds are
    # tried only where it begins
    r"(?=affiliated|attached)(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bremains\s)|(?<=\balso\s)|(?<=\bbeen\s))"
    rf"(?:affiliated\s+(?:to|with)|attached\s+to){_NAME_NEXT}|"
    # "is a subordinate unit of CAEP", "operates under NORINCO"
    r"(?:is|are|remains)\s+(?:a|an)\s+(?:directly\s+)?subordinate\s+(?:unit|body|institution|institute|organi[sz]ation|"
    rf"agency|academy|college)\s+of{_NAME_NEXT}|"
    rf"operates?\s+(?:directly\s+)?under{_NAME_NEXT}|"
    # ("belonged to": a state of the past, as "was run by" is, ``PAST_STATE``)
    rf"(?:belongs|belonging|belonged)\s+(?:directly\s+)?to{_NAME_NEXT}|"
    # "is part of the PLA Strategic Support Force" (an alliance it is part of: membership's)
    rf"(?:is|are|remains)\s+(?:a\s+)?part\s+of{_NAME_NEXT}|"
    # "was formerly a unit of CSIC", "was a subsidiary of NORINCO until 1999": a former parent ran it,
    # and the model's relation for a body that ran the institution once is formerlySupervisedBy (read
    # only where the sentence says it ended, as "was under"; never a present relation: "is a
    # subsidiary of" is ownership, the subsidiary rule's)
    rf"(?:{_WAS})(?:(?:a|an)\s+(?:unit|subsidiary)\s+of|part\s+of){_NAME_NEXT}|"
    rf"(?:came|come|comes|coming|placed|brought|is|was|remains|falls|fell)\s+under\s+the\s+(?:joint\s+|direct\s+)?{_BODY}\s+of|"
    rf"\bunder\s+the\s+(?:joint\s+|direct\s+)?{_BODY}\s+of|"
    r"(?:is|are|was|were|remains)\s+directly\s+under|"
    # "is under the Ministry of Education" (a name after it: not "under construction"); "was under
    # COSTIND until 2008" (its "was" left before the verb: a state of the past, read only where the
    # sentence says it ended)
    rf"(?:(?:is|are|remains)\s+|(?<=\bwas\s)|(?<=\bwere\s)|{_BE_UNDER})under{_NAME_NEXT}|"
    # ("was placed under MIIT": a body's name after it, not "placed under review"; "was also placed
    # under SASTIND": an addition, see ``is_addition``)
    rf"(?:falls|fell|comes|came|(?:was|were|been)\s+(?:(?:then|later|subsequently|also)\s+)?(?:placed|brought))\s+(?:directly\s+)?under{_NAME_NEXT}|"
    # "was transferred (from the MOE) to MIIT in 2008": under MIIT since (not who had it before)
    # ("has since been transferred to", "was then transferred back to", "was handed over to the MOE")
    rf"(?:(?:was|were)\s+|(?:has|had)\s+{_THEN}been\s+){_THEN}(?:transferred|handed\s+over)\s+(?:back\s+)?"
    # ("was transferred to the jurisdiction of MIIT": the body's name after its jurisdiction)
    rf"(?:from\s+(?:the\s+)?[A-Z][^,;]*?\s+)?to(?:\s+the\s+(?:joint\s+)?{_BODY}\s+of)?"
    r"(?=\s+(?:the\s+)?(?:newly\s+(?:created|formed|established)\s+)?[A-Z])|"
    # "is a university under MIIT", "is one of the seven universities directly under MIIT", "As a
    # university under MIIT, ..." (what it is, not "trains students for universities under MIIT")
    # (or in an apposition right after the institution: "AU, a university under MIIT, hosts ...")
    r"(?:(?:is|are|remains)(?:\s+(?:now|also|still))?|^As|,)\s+(?:(?:one\s+of|among)\s+)?(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:universit(?:y|ies)|institutions?|academ(?:y|ies)|colleges?|schools?)\s+(?:(?:directly\s+)?under|affiliated\s+(?:to|with))"
    rf"{_NAME_NEXT})\s+",
    (
        "subordinat",
        "transferred",
        "handed",
        "supervis",
        "administered",
        "overseen",
        "run",
        "governed",
        "managed",
        "report",
        "affiliated",
        "attached",
        "under",
        "belong",
        "part",
        "unit",
        "subsidiary",
    ),
)
# "an MSS-run university", "a MIIT-administered school"
COMPOUND = Gated(
    r"\b(?P<agents>[A-Z][A-Za-z&]+)-(?P<verb>run|administered|supervised)\b", ("-run", "-administered", "-supervised")
)
# what a compound must come after to describe the institution: "AU is a MIIT-run university", "AU,
# a SASTIND-supervised university, ...", "AU is one of the seven MIIT-administered universities"; not
# what it hosts, owns or works with ("hosts a SASTIND-supervised laboratory", "collaborates with
# CETC-run institutes"), nor what it was ("was a CASC-run school until 1999")
_IS_A = (
    r"(?:\s*\([^()]*\))?(?:\s*,\s*|\s+(?:is|has\s+(?:also\s+)?(?:been|become)|became|becomes|remains)\s+(?:also\s+|now\s+|still\s+)?)"
    r"(?:a|an|the|one\s+of\s+(?:the\s+)?)\s*(?:[\w-]+\s+){0,2}"
)
# "came under SASTIND's supervision"
UNDER_POSSESSOR = Gated(
    r"\b(?:came|come|comes|was placed|been placed|been|is|was)\s+under\s+(?P<agents>[^,;]+?)['’]s?\s+"
    r"(?P<joint>joint\s+)?supervision\b",
    ("supervision",),
)
# "SASTIND's supervision of the university"
SUPERVISION_OF = Gated(
    r"^(?P<agents>[^,;]+?)['’]s?\s+(?P<joint>joint\s+)?supervision\s+of\s+(?P<object>.+)$", ("supervision",)
)
# the supervision itself moved, the institution named whole after "of": "In 2008, supervision of
# AU passed to MIIT", "Responsibility for the university was transferred from COSTIND to MIIT in 2008"
SUPERVISION_PASSED = Gated(
    r"^(?:(?:In|By)\s+(?:[A-Z][a-z]+\s+)?\d{4},\s*)?(?:[Tt]he\s+)?(?:[Ss]upervision|[Aa]dministration|[Oo]versight|"
    r"[Rr]esponsibility)"
    r"\s+(?:of|over|for)\s+(?P<object>[^,;]+?)\s+(?:was\s+)?(?:passed|transferred|handed\s+over|moved)\s+"
    r"(?:from\s+(?P<origin>[^,;]+?)\s+)?to\s+(?P<agents>[^;]+?)\.?$",
    ("supervision", "administration", "oversight", "responsibility"),
)
# "has been subject to two joint-supervision agreements between A and B"
AGREEMENTS_BETWEEN = Gated(
    r"\bsubject\s+to\s+[^,;]*?joint[- ]supervision\s+agreements?\s+(?:between|with)\s+(?P<agents>[^,;]+)",
    ("supervision",),
)
# the agencies first: "A and B are also involved in supervising and supporting <Institution>"
ACTIVE = Gated(
    r"^(?P<agents>.+?)\s+(?P<verb>(?:is|are|(?:has|have)\s+(?:also\s+)?been)\s+(?:also\s+)?involved\s+in\s+"
    r"(?:jointly\s+)?supervising|"
    r"(?:also\s+)?(?:jointly\s+)?(?:supervises|supervise|oversees|oversee|administers|administer|runs|run)|"
    r"(?:has|have)\s+(?:also\s+)?(?:jointly\s+)?(?:supervised|overseen)|"
    r"(?:also\s+)?agreed\s+to\s+(?:jointly\s+)?supervise|"
    # "MIIT took over (the) supervision of AU in 2008": since then
    r"took\s+over\s+(?:the\s+)?(?:joint\s+)?supervision\s+of|"
    r"(?:also\s+)?signed\s+(?:an\s+|two\s+|several\s+)?agreements?\s+to\s+(?:jointly\s+)?supervise|"
    r"(?:also\s+)?(?:became|(?:has|have)\s+(?:also\s+)?been|(?:is|are)(?:\s+also)?)\s+(?:(?:a|an|the|one\s+of\s+the)\s+)?"
    r"(?:joint\s+)?supervising\s+(?:agenc(?:y|ies)|bod(?:y|ies)|"
    r"authorit(?:y|ies))(?:\s+(?:of|for|over))?)"
    r"(?:\s+and\s+support(?:ing|s)?)?(?:\s+(?P<object>.+)|\.?$)",
    ("supervis", "oversee", "administer", "run"),
)
# the institution named as the owner of its supervising agencies: "A became one of AU's supervising
# agencies", "CETC is also one of the university's supervising agencies"; "AU's supervising agencies
# include A and B", "Its supervising agencies are A and B"
# ("A and B are AU's supervising agencies", "A is AU's supervising agency" too)
_SUPERVISING = r"(?P<joint>joint\s+)?supervising\s+(?:agenc(?:y|ies)|bod(?:y|ies)|authorit(?:y|ies))"
ONE_OF_ITS_AGENCIES = Gated(
    r"^(?P<agents>.+?)\s+(?:also\s+)?(?:became|is|are|(?:has|have)\s+been)\s+(?:also\s+)?(?:one\s+of\s+)?"
    rf"(?P<owner>.+?)['’]s?\s+{_SUPERVISING}(?P<rest>.*)$",
    ("supervising",),
)
ITS_AGENCIES_ARE = Gated(
    rf"^(?:Its|(?P<owner>.+?)['’]s?)\s+{_SUPERVISING}\s+(?:include|includes|are|is|comprise)\s+(?P<agents>.+)$",
    ("supervising",),
)
# "Since 2007, ...": when a relation the sentence states began
# a body the institution set up, before the supervision: what is supervised may be that body
FOUNDED_BEFORE = re.compile(r"\b(?:established|founded|set\s+up|created|built|opened)\s+(?:the|a|an|its)\b")
# another body's part beside the supervisors: ", with SASTIND playing an advisory role"
WITH_A_ROLE = re.compile(r",?\s+with\s+[^,;]*?\b(?:playing|having|providing|taking|holding)\b.*$")
# agents that are none: "subordinate to neither SASTIND nor MIIT", "run by no ministry"
NEGATED_AGENTS = re.compile(r"\s*(?:neither|no|none|not(?!\s+only))\b", re.IGNORECASE)
# ("Since 2013, ..." or, the comma left out, "Since 2013 the province has ...")
LEADING_SINCE = re.compile(r"^Since\s+(?:[A-Z][a-z]+\s+)?(\d{4})(?=,|\s+(?:[A-Z]|(?:it|its|the)\b))")
LEADING_IN = re.compile(r"^In\s+(?:[A-Z][a-z]+\s+)?(\d{4})(?=,|\s+(?:[A-Z]|(?:it|its|the)\b))")
# where the list of agencies ends: a clause about something else, a date, a purpose
AGENTS_END = re.compile(
    # an agency the text is unsure of: "by the provincial government and possibly by SASTIND"
    r"\s+(?:and|or)\s+(?:(?:also|even)\s+)?(?:possibly|perhaps|probably|maybe|reportedly|allegedly|apparently|"
    r"likely|presumably|supposedly|indirectly)\b|"
    r";|,\s*(?:which|who|while|whereas|but|unlike|like|a move|an arrangement|as part|intended|allowing|making|not)\b|"
    # an apposition describing the last agency: "X (3PLA), the PLA's signals intelligence service"
    r",\s*the\s+[^,;]*?['’]s\s+[a-z]|\s+that\s+(?:is|was|has|had|have)\b|"
    r"\s+(?:rather than|instead of|as opposed to|(?:and |but )?not)\b|"  # "by A rather than B": not B
    # where the institution came from, not a supervisor now: "was transferred to CETC from the
    # Ministry of Electronics Industry in 2002" (see ``MOVED_FROM_AFTER``)
    # (or who handed it over, not a supervisor now either: "was handed over to MIIT by COSTIND in 2008")
    r"(?P<origin>\s+from\s+(?=(?:the\s+)?[A-Z])(?![A-Z][a-z]+\s+\d{4})|\s+by\s+(?=(?:the\s+)?[A-Z]))|"
    r"\s+(?:since|through|via|as part of|in order to|so as to|designed|which|while|whereas|because|after|"
    r"following|until|from (?:[A-Z][a-z]+ )?\d{4}|in (?:[A-Z][a-z]+ )?\d{4}|and its|and (?:is|are|was|were|has|have|had|also|now|it)\b)\b|"
    r"\s+to\s+(?!the\b)[a-z]+\b|\s*\.$|"
    # another body's supervision with its verb left out: "AU is supervised by SASTIND, and CQU by the MOE"
    r"(?:,\s*|\s+)and\s+(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’&.-]*)*"
    r"(?:\s*[(（][^)）]*[)）])?\s+by\b|"
    # a second verb phrase of the institution's: "... by MIIT and works closely with NORINCO"
    r"\s+and\s+(?:also\s+|now\s+)?(?!its\b|this\b|others\b|relevant\b|related\b|associated\b|affiliated\b|united\b)"
    r"[a-z]+(?:s|ed)\b|"
    # ... and a participle after its adverb: "... and jointly constructed (built) by SASTIND"
    r"\s+and\s+[a-z]+ly\s+[a-z]+\s+by\b|"
    # another agency with its own start: "... by CAS and the city, and since 2015 also by SASTIND"
    r",?\s+and\s+(?:since|from|in)\s+(?:[A-Z][a-z]+\s+)?\d{4}\b|"
    # a clause of its own after a comma ("..., and CETC is its main partner", "..., and SASTIND also
    # signed an agreement"), or one that opens with no agency's name (", although it was founded by
    # NORINCO", ", replacing COSTIND")
    r",\s*and\s+(?=(?:the\s+)?[A-Z][^,;.]*?\s(?:(?:also|later|then)\s+)?(?:is|are|was|were|has|have|had|signed)\b)|"
    r",\s*(?!and\b|or\b|the\b|its\b|as\s+well\b)[a-z]|"
    # an apposition or a bracket about the last agency: ", the ministry responsible for ...", "(which ...)"
    r",\s*the\s+(?:ministry|agency|body|department|commission|government|organi[sz]ation|regulator|authority)\b|"
    r"\s*[(（]\s*(?:which|who|that|whose)\b"
)
# a clause about someone else ends the institution's part of the sentence
# (", but is also supervised by" goes on about the institution; after a semicolon, any clause is
# another's, "AU hosts the X Laboratory; it is run by CASIC", but see ``IT_AFTER_ITS_OWN``)
_SAME = r"(?!(?:it|is|was|has|have|had|also|now|and)\b)"
OTHERS_CLAUSE = re.compile(
    rf"{CLAUSE_SEMICOLON}|,\s*(?:while|whereas|but|unlike|like)\s+{_SAME}|\s+(?:while|whereas)\s+{_SAME}"
)
# "AU was run by COSTIND until 2008; it is now run by MIIT": after a relation of the institution's,
# "it" opening the next clause is the institution, up to its verb
# (its year first: "In 1995, AU came under COSTIND; in 2008 it was transferred to MIIT"; hedged, "; it
# is now reportedly run by MIIT": found, so that its hedge is seen)
IT_AFTER_ITS_OWN = re.compile(
    r";\s*(?:(?:in|by)\s+(?:[A-Z][a-z]+\s+)?\d{4},?\s+)?it\s+"
    r"(?:(?:is|are|was|were|has|have|had|been|now|currently|also|since|then|reportedly|allegedly)\s+)*$"
)
_OF_THOSE = r"(?:(?:both|each|all|neither|none|either|any|one|some|many|most|several|two|three)\s+of\s+)?"
# an aside after the relative pronoun: "which, in turn, is supervised by"
_ASIDE = r"(?:\s*,\s*(?:in\s+turn|for\s+its\s+part|too|also|likewise|however)\s*,)?"
RELATIVE = re.compile(
    # (also of some of those named before: "TJU and Nankai University, both of which are subordinate to")
    rf",\s*{_OF_THOSE}(?:which|who|whom){_ASIDE}\s+(?:is|are|was|were|has been|have been|had been)?\s*(?:\w+ly\s+|also\s+|now\s+)*$"
    # a relative clause still open where the verb is: "CETC, whose head visited AU and was later ..."
    rf"|,\s*{_OF_THOSE}(?:which|who|whom|whose)\b[^,;]*$"
    # an apposition or a bracket still open there: "CETC, a conglomerate (that is) supervised by
    # SASAC", "CETC (supervised by SASAC)"
    r"|,\s*(?:a|an|the|one\s+of)\s+[^,;()（）]*$|[(（][^)）]*$"
)
CLOSED_RELATIVE = re.compile(r",\s*(?:which|who|whose)\b[^,;]*,")
# (a month before the year is left out: the start is kept to its year, "since April 2024" as "since 2024")
# ("since its founding in 1953": the start of the supervision is that year, whoever's founding "its"
# is, the institution's or the agency's; "since" bounds it either way)
SINCE = re.compile(
    r"^\s*since\s+(?:its\s+(?:founding|foundation|establishment|creation)\s+in\s+)?(?:[A-Z][a-z]+\s+)?(?P<year>\d{4})\b"
)
SINCE_OR_IN = re.compile(r"^\s*(?:since|in)\s+(?:[A-Z][a-z]+\s+)?(?P<year>\d{4})\b")
# a supervision said to have ended: "Previously, ...", "was formerly run by", "used to be supervised by",
# and in a participle after the present one, "is supervised by MIIT, having previously been run by COSTIND"
# (not "had previously been run by": the past perfect is left, as "had been supervised by" is)
PREVIOUSLY = re.compile(
    r"^(?:Previously|Formerly|Originally|In\s+the\s+past),|\b(?:previously|formerly|originally|once)\s*$|\bused\s+to\s+be\s*$|"
    r",\s*having\s+(?:previously|formerly|originally|once)\s+been\s*$"
)
# the time before the supervision the sentence before gave: "KAU has been supervised by MIIT since
# 2008. Before that, it was run by CNNC." (see ``supervised_before``)
BEFORE_THAT = re.compile(r"^Before\s+(?:that|this|then),\s")
# the verb phrase says it is so now, whatever came before: "AU, previously run by COSTIND, is now run by MIIT"
NOW = re.compile(r"\b(?:is|are)\s+(?:now|currently)\s+$")
# a state in the past simple at a time gone by: "In 1999, AU was run by", "At its founding, AU was subordinate to"
# ("was long supervised by", "was once run by", "was for decades under": a state of the past too)
PAST_STATE = re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+|long\s+|once\s+|for\s+(?:many\s+)?(?:years|decades)\s+)?$")
PAST_TIME = re.compile(
    r"^(?:In|By|Around)\s+(?:the\s+)?(?:(?:early|late|mid)[- ])?(?:[A-Z][a-z]+\s+)?\d{4}s?\b|"
    r"^At\s+(?:its|the\s+time\s+of\s+its)\s+(?:founding|establishment|creation)\b|"
    r"^When\s+it\s+was\s+(?:founded|established|set\s+up|created)\b"
)
UNTIL_YEAR = re.compile(r"\b(?:until|till|before)\s+(?:[A-Z][a-z]+\s+)?(?P<year>\d{4})\b", re.IGNORECASE)
PERIOD = re.compile(
    r"\b(?:from|between)\s+(?P<start>\d{4})\s*(?:to|until|till|through|and|-|–)\s*(?P<end>\d{4})\b", re.IGNORECASE
)
# "AU was run by COSTIND and is now run by MIIT": the sentence itself says the first has ended
NOW_AFTER = re.compile(r"(?:\b(?:and|but)|;)\s+(?:it\s+)?(?:is|are)\s+(?:now|currently)\b")


def still_named(doc: DocumentContext, s: Sentence, start: int) -> frozenset[URIRef]:
    """The agencies a present clause after ``start`` names ("... until 2005, and is now run by the
    MOE alone"): their part did not end with the others'."""
    now = NOW_AFTER.search(s.text, start)
    return frozenset(iri for _, _, iri in doc.orgs_in(s.text[now.end() :])) if now else frozenset()


INDIRECTLY = re.compile(r"\bindirectly\s*$")
# a second list of agencies with its own verb left out: "... by MIIT and the province since 2010 and by ..."
ANOTHER_BY = re.compile(r",?\s+and\s+(?:(?:then|later|also)\s+)?by\s+(?=(?:the\s+)?[A-Z])")
# a further move with its verb left out, or a verb of return: "... to COSTIND in 1999 and to MIIT in
# 2008", ", and in 2008 to MIIT", ", then under MIIT", "but returned to the province in 2004", "and back
# to", "but it was returned to the Navy", "and possibly to MIIT" (a hedged move is still a move: the
# sentence is left unread for it)
ANOTHER_MOVE = re.compile(
    r"(?:,\s*|\s+)(?:and|but),?\s+(?:(?:in|by)\s+(?:[A-Z][a-z]+\s+)?(?P<year>\d{4}),?\s+)?(?:(?:then|later|\w+ly)\s+)?(?:also\s+)?"
    r"(?:it\s+)?(?:(?:was|were)\s+)?(?:(?:returned|reverted|handed|went|passed)\s+)?(?:back\s+)?(?:to|under)\s+(?=(?:the\s+)?[A-Z])"
    r"|,\s*then\s+(?:\w+ly\s+)?(?:back\s+)?(?:to|under)\s+(?=(?:the\s+)?[A-Z])"
)
# another verb phrase of the institution's after the agencies ("... by MIIT and was previously ...")
ANOTHER_VERB_PHRASE = re.compile(r"\s+(?:and|but)\s+(?=(?:was|were|had|has|is)\b)")
# a second move after a transfer: "... but returned to the province in 2004", "and later passed to MIIT",
# "; in 2008 it was transferred to MIIT"
# ("... but it was returned to the Navy in 2019", "... in 2017 and to the PLA Aerospace Force in 2024",
# "which was transferred to X in 2017, became part of Y in 2024")
MOVED_ON = re.compile(
    r"(?:\b(?:but|and|before)|;)\s+(?:(?:in|by)\s+(?:[A-Z][a-z]+\s+)?\d{4},?\s+)?(?:it\s+|they\s+)?(?:was\s+|were\s+)?"
    r"(?:later\s+|then\s+|soon\s+)?(?:(?:returned|reverted|went\s+back|handed\s+back|moved|passed)\s+to\b|"
    r"transferred\s+to\s+(?:the\s+)?(?:newly\s+\w+\s+)?[A-Z])"  # (not "to a new campus")
    r"|\band\s+(?:(?:in|by)\s+(?:[A-Z][a-z]+\s+)?\d{4},?\s+)?(?:then\s+|later\s+)?to\s+(?:the\s+)?(?:newly\s+(?:created|formed|established)\s+)?[A-Z]"
    # "... came under COSTIND in 1982 and was placed under MIIT in 2008"
    r"|\band\s+(?:was\s+|were\s+)?(?:then\s+|later\s+|subsequently\s+)?(?:placed|brought)\s+under\s+(?:the\s+)?[A-Z]"
    # "... came under COSTIND in 1994, then under MIIT in 2008", "...; the commission was abolished in
    # 2008", "COSTIND, which was replaced by SASTIND in 2008": the first supervisor is not now's (not
    # "..., when COSTIND was abolished", "and was merged with Birch College")
    r"|,\s+(?:and\s+)?then\s+(?:under|to)\b"
    r"|(?:,\s*which|;\s*(?:the|this|that)\s+[\w-]+)\s+(?:was|were)\s+(?:abolished|dissolved|disbanded|replaced)\b"
    # (a move to another supervisor: not "became part of the Seven Sons", "was moved to the Harbin campus")
    r"|\b(?:became\s+part\s+of|came\s+under|(?:was|being)\s+placed\s+under)\s+(?:the\s+)?(?:newly\s+\w+\s+)?"
    r"(?:PLA\b|People['’]s\s+(?:Liberation|Armed)|Central\s+Military|Ministry\b|[A-Z][\w-]+\s+(?:Force|Ministry|Commission)\b)"
)
# "was transferred from the MOE to", "was handed over from the MOE to": the agency that supervised it before
TRANSFERRED_FROM = re.compile(
    rf"\b(?:transferred|handed\s+over)\s+from\s+(?P<agents>.+?)\s+to(?:\s+the\s+(?:joint\s+)?{_BODY}\s+of)?$"
)
# the same said after the new agency: "was transferred to CETC from the Ministry of Electronics
# Industry in 2002" (the agencies' list, cut by ``AGENTS_END``, goes on with where it came from)
MOVED_FROM_AFTER = re.compile(r"^[^,;]*?\s+from\s+(?![A-Z][a-z]+\s+\d{4})(?P<agents>(?:the\s+)?[A-Z].*)$")
# verbs of a relation that begins at a date
BEGINS = re.compile(
    r"(?:came|come|comes|coming|placed|brought|fell|(?:was|were|has|had|been)\s+(?:\w+\s+){0,2}?(?:transferred|placed|brought|handed))\b"
)
# anaphora for a government named earlier: "the provincial government", "the city"
GOVERNMENT_ANAPHORA = re.compile(
    r"\bthe\s+(?P<kind>provincial|municipal|city|regional)\s+government\b|\bthe\s+(?P<city>city|municipality)\b(?!\s+of)"
)
# a government body the registry may not know: "the Xiangtan Municipal Government", "the Ministry of Transport"
UNKNOWN_AGENCY = re.compile(
    r"(?P<name>(?:[A-Z][\w'’-]*\s+){1,3}(?:Provincial|Municipal|City|Autonomous\s+Region|Regional)\s+Government|"
    # (a numbered ministry is its own: the "Fifth" and the "Second" Ministry of Machine Building)
    r"(?:Chinese\s+|China['’]s\s+)?(?:(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)\s+)?"
    r"(?:Ministry|(?:State|General|National)\s+Administration)\s+(?:of|for)\s+"
    r"[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*)*|"
    # a province's or city's department: "Heilongjiang Provincial Department of Education"
    r"(?:[A-Z][\w'’-]*\s+){1,3}(?:Provincial|Municipal)\s+(?:Department|Bureau|Commission)\s+of\s+[A-Z][\w-]*"
    r"(?:\s+(?:and\s+)?[A-Z][\w-]*)*|"
    r"(?:[A-Z][\w'’-]*\s+){1,4}(?:Administration|Commission|Bureau)(?!\s+of\s+[A-Z]))"
    r"(?![\w-])"
)
KIND_OF_GOVERNMENT = {"provincial": "Provincial", "municipal": "Municipal", "city": "Municipal", "regional": "Region"}


# "<Institution> is a People's Armed Police academy", "... is the Ministry of Public Security's main
# university", "... is an MPS university", "... is one of the MPS's four universities": a school the
# agency or service has, so subordinate to it (implied: the text names whose school it is, not the relation)
SCHOOL_OF = Gated(
    r"\s+is\s+(?:also\s+)?(?:a|an|the|one\s+of\s+the)\s+(?P<owner>[A-Z].*?)(?:['’]s)?\s+(?:[a-z0-9][\w-]*\s+){0,3}?"
    r"(?:universit(?:y|ies)|academ(?:y|ies)|colleges?|schools?|institutes?|institutions?)\b",
    ("universit", "academ", "college", "school", "institut"),
)
OWNERS_OF_SCHOOLS = (DKG.GovernmentAgency, DKG.MilitaryBody, DKG.PartyBody)
FORMER_SCHOOL = re.compile(r"\b(?:former|old|onetime|one-time|ex)\b", re.IGNORECASE)


def agency_school(doc: DocumentContext, s: Sentence) -> bool:
    """ "<Institution> is a PLA Navy academy", "... is the Ministry of Public Security's main
    university": subordinate to the agency, service or party body named (implied), not to a
    company ("a CETC partner university") or a place."""
    # (the expression first: its words are in most sentences, "University" in the names)
    if SCHOOL_OF.search(s.text) is None:
        return False
    m = doc.subject_does(SCHOOL_OF.expression.pattern, doc.main_clause(s))
    if m is None or FORMER_SCHOOL.search(m[0]):
        return False  # "the PLA's former academy": not its school now
    owner = doc.organisation_named(m["owner"])
    if owner is None or owner == doc.subject or not doc.has_type(owner, *OWNERS_OF_SCHOOLS):
        return False
    if doc.negated_or_hedged(s.text) or doc.in_the_past(s.text):
        return False
    doc.fact(doc.subject, DKG.subordinateTo, owner, s, certainty="implied")
    return True


# "is affiliated with X" (or "attached to X") without "directly": X's line of command only when X is
# a ministry, a government, the Party or the military ("is affiliated with CETC" may be a looser tie)
AFFILIATED = re.compile(r"(?<!directly\s)\b(?:affiliated|attached)\b")


def property_of(verb: str) -> URIRef:
    """The relation a verb phrase states."""
    verb = verb.lower()
    if re.search(
        r"subordinat|\bunder$|report|affiliated|attached|belong|part of|transferred|handed", verb
    ):  # "directly under", "reports to", "directly affiliated to", "belongs to", "was transferred (handed over) to"
        return DKG.subordinateTo
    return DKG.jointlySupervisedBy if re.search(r"joint|\bco-", verb) else DKG.supervisedBy


# "run by", "supervised by": a participle, which is the institution's only through a verb ("is run
# by", "has long been supervised by"), a comma ("AU, run by MIIT, ..."), or as what it is ("is one
# of the seven universities run by MIIT", "is a university supervised by MIIT"); not after another
# noun ("hosts a laboratory run by CASIC", "competes with universities run by MIIT")
# people or a body of its own, whoever they come from: "run by former NORINCO executives", "managed
# by a board that includes representatives of NORINCO"
PEOPLE = re.compile(r"\s*(?:an?|former|retired|some|several)\s", re.IGNORECASE)
BY_PARTICIPLE = re.compile(
    r"(?:jointly\s+|co-)?(?:supervised|administered|overseen|run|governed|managed)(?:\s+jointly)?\s+by"
)
ATTACHED = re.compile(
    r"(?:\b(?:is|are|was|were|remains|remained|be|been|being|became|becomes|become)\s+(?:(?:\w+ly|also|now|still|once|long|no\s+longer)\s+)*"
    r"|,\s*(?:(?:\w+ly|also|now|still|once|long)\s+)*"
    r"|(?:\b(?:is|are|was|were|remains)(?:\s+(?:now|also|still))?|^As)\s+(?:(?:one\s+of|among)\s+(?:the\s+)?|an?\s+)(?:[\w-]+\s+){0,4}?"
    r"(?:universities|university|schools|school|institutions|institution|colleges|college|institutes|institute|academies|academy|"
    r"conglomerates?|corporations?|companies|company|groups?|enterprises?)\s+"
    r")$"
)


def supervision(doc: DocumentContext, s: Sentence) -> bool:
    """The institution (or a coordinated subject naming it) first: its supervising agencies, and
    those that supervised it once ("Previously, ... was run by 3PLA", "... until 2008", "was
    transferred from COSTIND to MIIT in 2008")."""
    found = False
    relations = institution_first(doc, s)
    # (an agency added is no move: "came under the MOE in 2000 and was also placed under SASTIND in 2013")
    moves = [r for r in relations if begins(s.text, r[1], r[2]) and not is_addition(s.text, r[1], r[2], r[0])]
    if unsure_moves(doc, s, moves):
        return False
    previous_start, own_start = None, 0
    for i, (agents_text, verb, start, qualifier) in enumerate(relations):
        # (a later list of the same verb is in its clause: "..., when it was transferred to A, and to B")
        if start != previous_start:
            own_start, previous_start = _own_clause_start(s.text, previous_start, start), start
        if INDIRECTLY.search(s.text[:start]):
            continue  # "indirectly overseen by SASAC, which supervises its parent group": through another body
        # in the institution's own relative clause ("... said that AU, which is run by MIIT, ..."),
        # the institution alone, whatever the main clause's subjects
        own_relative = RELATIVE.search(s.text[:start]) is not None
        subjects = [doc.subject] if own_relative else doc.clause_subjects(s) or [doc.subject]
        if NO_LONGER.search(s.text, 0, start) and not doc.words.hedge.found_in(s.text[:start]):
            found |= write(doc, s, subjects, agents_text, DKG.formerlySupervisedBy, dict)
            continue  # "AU is no longer supervised by CASIC": it was once
        # (up to the agencies: a later list's hedge is its own, "subordinate to MIIT and reportedly to SASTIND")
        up_to = _without_its_verb(s.text[: max(s.text.find(agents_text, start), start)], verb, start)
        if doc.negated_or_hedged(up_to) or NEGATED_AGENTS.match(agents_text) or PEOPLE.match(agents_text):
            continue  # "... subordinate to neither SASTIND nor MIIT", "run by a board that includes ..."
        if (gone := ended_after_list(doc, s, agents_text, subjects)) is ALL:
            continue  # "..., an arrangement that lasted until 2010": ended
        # the relation's verb is its own, not shared with a list before it ("to COSTIND in 1999 and to MIIT")
        first_of_verb = all(other != start for _, _, other, _ in relations[:i])
        if (end := end_of_move(s.text, relations[i], moves)) is not None:
            # "... to COSTIND in 1999 and to MIIT in 2008": COSTIND's from 1999 until 2008
            dates = partial(_moved_on, doc, (qualifier, worded(s.text, qualifier)), end)
            found |= write(doc, s, subjects, agents_text, DKG.formerlySupervisedBy, dates)
            found |= first_of_verb and _moved_from(doc, s, subjects, verb, qualifier, agents_text)
            continue
        own_clause = re.split(r"[,;]", agents_text, maxsplit=1)[0]  # a clause after a comma is another's
        # (the years of a former name end no supervision, nor does what a closed relative clause says
        # of something else: "AU, whose former campus was given to the PLA in 2002, is run by ...")
        before = former_names_aside(CLOSED_RELATIVE.sub(",", s.text[own_start:start]))
        # "AU was run by COSTIND": a state in the past simple, unless it goes on ("... since 2008")
        past_state = (
            (PAST_STATE.search(before) is not None or verb.startswith("belonged"))
            and not BEGINS.match(verb)
            and qualifier is None
        )
        if BEFORE_THAT.match(before) and (past_state or HAD_BEEN.search(before)):
            # "... supervised by MIIT since 2008. Before that, it was run by CNNC.": until the start of the
            # supervision the sentence before read (none read there: "that" may be any time, left)
            if (then := supervised_before(doc, s)) is not None:
                ended_then = partial(until, doc, then[0], then[1])
                found |= write(doc, s, subjects, agents_text, DKG.formerlySupervisedBy, ended_then)
            continue
        if past_state and PAST_TIME.match(before):
            continue  # "In 1999, AU was run by COSTIND": so it was then, which says nothing of now
        # (the past of a verb phrase after the agencies is not theirs: "is supervised by MIIT and was
        # previously supervised by COSTIND"; what it says may end theirs: "... and is now run by MIIT")
        # (nor is one agency's bracket theirs: "subordinate to CETC (until 2020) and AVIC")
        agencies_past = doc.in_the_past(REMARK.sub("", ANOTHER_VERB_PHRASE.split(own_clause, maxsplit=1)[0]))
        if past_state or (doc.in_the_past(before) and not NOW.search(before)) or agencies_past:
            # not who supervises it now: who did, when the sentence says the supervision ended
            if ended(verb, before, own_clause):
                dates = partial(end_dates, doc, before, own_clause)
                still = still_named(doc, s, start)
                found |= write(doc, s, subjects, agents_text, DKG.formerlySupervisedBy, dates, left=still)
            continue
        if begins(s.text, verb, start) and (
            gave_way := superseded(
                doc, s, start, relations, gave_way_from := set(agencies(doc, s, listed(agents_text), subjects))
            )
        ):
            # "It was transferred to the SSF in 2017." and later "In 2024, it was transferred from the
            # SSF to the PLA Aerospace Force.": the SSF supervised it once, not now (implied: by the
            # later one), until the year the one after began where the sentence gives it
            dates = partial(_moved_on, doc, (qualifier, worded(s.text, qualifier)), gave_way)
            # (where the later clause is hedged, "... and is now reportedly run by MIIT", that it gave
            # way is only as sure as the report: possible)
            # (or it told the change only as hearsay or belief: "... and seems now to be under MIIT")
            # (or the next sentence told it so: "AU came under COSTIND in 1999. It may since have come under MIIT.")
            hedged = (
                doc.words.hedge.found_in(s.text[start:])
                or HEDGED_CHANGE.search(s.text, start) is not None
                or hedged_change_next(doc, s, gave_way_from) is not None
            )
            certainty = "possible" if hedged else "implied"
            found |= write(doc, s, subjects, agents_text, DKG.formerlySupervisedBy, dates, certainty=certainty)
            found |= first_of_verb and _moved_from(doc, s, subjects, verb, qualifier, agents_text)
            continue
        # (a move whose agencies a later clause says only as hearsay or belief still supervise it,
        # "... to SASTIND in 2015, which probably still oversees it": under them since, and now
        # only possibly)
        still_hedged = begins(s.text, verb, start) and still_only_hedged(doc, s, start, agents_text, subjects)
        # (not an agency the sentence says left: "MIIT and CASIC, although CASIC withdrew in 2012")
        found |= write(
            doc,
            s,
            subjects,
            agents_text,
            property_of(verb),
            partial(since, doc, qualifier, worded(s.text, qualifier)),
            certainty="possible" if still_hedged else None,
            left=gone,
            only=OWNERS_OF_SCHOOLS if AFFILIATED.search(verb) else (),
        )
        found |= first_of_verb and _moved_from(doc, s, subjects, verb, qualifier, agents_text)
    if found and (d := describes(doc, s)):
        doc.fact(doc.subject, DKG.description, Literal(d, lang="en"), s)
    return found


HAD_BEEN = re.compile(r"\bhad\s+(?:\w+ly\s+)?been\s+$")
PRESENT_SUPERVISION = (DKG.supervisedBy, DKG.subordinateTo, DKG.jointlySupervisedBy)


def supervised_before(doc: DocumentContext, s: Sentence) -> tuple[str | None, str | None] | None:
    """The start (year, as worded) of the present supervision the sentence before ``s`` gave the
    institution as stated ((None, None) when undated, or when its several starts differ), or None
    when it gave none: "Before that" then points to something else."""
    t = doc.adjacent(s, -1)
    if t is None:
        return None
    quote, stated = Literal(t.text, lang="en"), vocab("certainty", "stated")
    about: dict = {}
    for st, p, o in doc.ctx.triples:
        if p in (RDF.subject, RDF.predicate, DKG.quote, DKG.certainty, DKG.startDate):
            about.setdefault(st, {})[p] = o
    starts = {
        about[st].get(DKG.startDate)
        for st in about
        if about[st].get(DKG.quote) == quote
        and about[st].get(RDF.subject) == doc.subject
        and about[st].get(RDF.predicate) in PRESENT_SUPERVISION
        and about[st].get(DKG.certainty) == stated
    }
    if not starts:
        return None
    if len(starts) != 1 or (start := starts.pop()) is None:
        return None, None
    when = next((o for x, p, o in doc.ctx.triples if x == start and p == DKG.when), None)
    verbatim = next((str(o) for x, p, o in doc.ctx.triples if x == start and p == DKG.verbatim), None)
    return (str(when)[:4], verbatim) if when is not None else (None, None)


def _moved_from(
    doc: DocumentContext, s: Sentence, subjects: list[URIRef], verb: str, year: str | None, agents: str = ""
) -> bool:
    """ "was transferred from the MOE to COSTIND in 1999" (or "... to COSTIND from the MOE in 1999"):
    the MOE supervised it until that year."""
    origin = TRANSFERRED_FROM.search(verb) or (
        MOVED_FROM_AFTER.match(agents) if re.search(r"transferred|handed", verb) else None
    )
    if origin is None and (having := HAVING_MOVED_FROM.search(agents)) and not doc.negated_or_hedged(having[0]):
        # "is supervised by MIIT, having been transferred from COSTIND in 2008": the participle's own year
        origin, year = having, _one_year(having["rest"])
    ended = partial(until, doc, year, worded(s.text, year))
    return origin is not None and write(doc, s, subjects, origin["agents"], DKG.formerlySupervisedBy, ended)


# the move that put it under the present agencies, told after them in a participle: "is supervised by
# MIIT, having been transferred from COSTIND in 2008", "..., having been handed over from the MOE to
# MIIT in 2008" (the origin's list ends at "to", "in" and the like: ``listed``)
HAVING_MOVED_FROM = re.compile(
    r"^[^,;]*,\s*having\s+(?:(?:\w+ly|once|earlier|since)\s+)?been\s+(?:transferred|handed\s+over|moved)\s+from\s+"
    r"(?P<agents>(?:the\s+)?[A-Z][^,;]*?)(?P<rest>(?:\s+to\s+|\s+in\s+|[,;.]|$)[^;]*)"
)


def _one_year(text: str) -> str | None:
    """The one year of ``text`` up to its first comma, or None (none, or several)."""
    years = set(re.findall(r"\b(?:1[89]|20)\d\d\b", re.split(r"[,;]", text, maxsplit=1)[0]))
    return years.pop() if len(years) == 1 else None


def unsure_moves(doc: DocumentContext, s: Sentence, moves: list[tuple[str, str, int, str | None]]) -> bool:
    """The moves the sentence tells of the institution are not all read: one is left after those
    read ("... and moved to the Songbei campus", "..., which was replaced by SASTIND in 2008": the
    last read may have ended), or of several, one names no agency, one is an addition rather than a
    move ("and also to"), or the sentence hedges or denies them."""
    if not moves:
        return False
    *earlier, (last, *_) = moves
    if any(MOVED_ON.search(agents) for agents, *_ in earlier) or MOVED_ON.search(s.text, s.text.rindex(last)):
        return True
    return bool(earlier) and (
        doc.negated_or_hedged(s.text)
        or any(ALSO.search(agents) for agents, *_ in moves[1:])
        or not all(agencies(doc, s, listed(agents), [doc.subject]) for agents, *_ in moves)
    )


# the last move said to have ended: "..., where it remained until 2015", "..., which ran it until 2015"
# (not an end told of something else: "..., and its old campus was used until 2015")
MOVE_ENDED = re.compile(
    r",\s*(?:where|which|and)\s+[^,;]*?\b(?:remained|stayed|it)\b[^,;]*?\b(?P<words>(?:until|till)\s+(?:[A-Z][a-z]+\s+)?(?P<year>\d{4}))\b"
)


def end_of_move(
    text: str, relation: tuple[str, str, int, str | None], moves: list[tuple[str, str, int, str | None]]
) -> tuple[str | None, str | None] | None:
    """The end (its year and words, either may be unknown) of a move the sentence says ended: the
    next move's year for all but the last ("to COSTIND in 1999 and to MIIT in 2008": COSTIND's until
    2008), an end told after the last; None for a move that did not end, or no move."""
    if relation not in moves:
        return None
    if (i := moves.index(relation)) + 1 < len(moves):
        year = moves[i + 1][3]
        return year, worded(text, year)
    agents = relation[0]
    said = MOVE_ENDED.search(agents, len(listed(agents)))
    return (said["year"], said["words"]) if said else None


def _moved_on(doc: DocumentContext, start: tuple[str | None, str | None], end: tuple[str | None, str | None]) -> dict:
    """The start and end qualifiers of a move that another followed (none for a year not given)."""
    return since(doc, *start) | until(doc, *end)


# where a second verb phrase of the institution's begins: "... from 1999 until 2008, and has since been run by"
# (with a tense of its own: not "Until 2008, AU was run by COSTIND and subordinate to X", one clause)
# (and ", when it was transferred to the MOE", the move that ended the one before: its verb is the
# relation's own, at the end of the text searched)
_NEXT_PHRASE = re.compile(
    r"(?:(?:,\s*|\s+)(?:and|but)\s+|;\s*)(?=(?:(?:since\s+then|then|now|later|today)\s+)?(?:it\s+)?(?:has|have|had|is|are|was|were)\b)"
    r"|,\s*when\s+(?=it\s)"
)


def _own_clause_start(text: str, previous: int | None, start: int) -> int:
    """Where the clause of a relation at ``start`` begins: the sentence's start for its first
    relation; for a later one, its own verb phrase, so that what put the one before it in the past
    ("was run by COSTIND until 2008, and has since been run by MIIT") is not read as its own."""
    if previous is None:
        return 0
    # (the whole text searched: a phrase's look at its verb may pass ``start``, "... in 2000 and was
    # also placed under CASC", whose relation begins at that "was")
    phrases = [m for m in _NEXT_PHRASE.finditer(text, previous) if m.end() <= start]
    return phrases[-1].end() if phrases else 0


# right after the agencies, a supervision the sentence ends, for all or some: "..., an arrangement
# that lasted until 2010", "..., although CASIC withdrew in 2012", "MIIT and the PLA Navy, the latter until 2017"
ENDED_AFTER = re.compile(
    r"(?:\s+(?:in|since|from)\s+(?:[A-Z][a-z]+\s+)?\d{4})?,?\s*"
    r"(?:(?:an?|this|the)\s+arrangement\s+(?:that|which)\s+|which\s+)(?:(?:lasted|ran|continued)\s+(?:until|till)|ended\s+in)\b"
)
WITHDREW = re.compile(
    r"(?:,?\s*(?:although|though|but)|;)\s+(?P<who>[^,;]+?)\s+(?:later\s+|subsequently\s+|has\s+since\s+|has\s+)?"
    r"(?:withdrew|withdrawn|pulled\s+out|left)\b"
)
UNTIL_AFTER = re.compile(r"\s+(?:until|till|to|through)\s+(?:[A-Z][a-z]+\s+)?\d{4}\b")


ALL: frozenset[URIRef] = frozenset({DKG.Organisation})  # (every agency: a set no list of agencies equals)


def ended_after_list(doc: DocumentContext, s: Sentence, agents: str, subjects: list[URIRef]) -> frozenset[URIRef]:
    """The agencies whose part, right after them, the sentence says ended: ``ALL`` ("..., an
    arrangement that lasted until 2010"), one of them ("the latter until 2017", "although CASIC
    withdrew"), or none."""
    cut = AGENTS_END.search(agents)
    if cut is None:
        return frozenset()
    rest = agents[cut.start() :]
    if ENDED_AFTER.match(rest):
        return ALL
    one, left = ONE_OF_THEM.search(agents[: cut.start()]), WITHDREW.match(rest)
    if not (one and UNTIL_AFTER.match(rest) or left):
        return frozenset()  # (most lists: nothing ended, no agencies looked up again)
    named = list(agencies(doc, s, agents[: cut.start()], subjects))
    if one and UNTIL_AFTER.match(rest):
        return frozenset(named[:1] if one["which"] in ("former", "first") else named[-1:])
    return frozenset(agencies(doc, s, left["who"], subjects)) & frozenset(named) if left else frozenset()


# (not with an adverb: "no longer only supervised by the MOE" or "no longer directly ...": still by it)
NO_LONGER = re.compile(r"\bno\s+longer\s+$")
# "became subordinate to COSTIND in 1999": a relation that began
BECAME = re.compile(r"\b(?:became|become|becomes|becoming)\s+(?:\w+ly\s+)?$")


def begins(text: str, verb: str, start: int) -> bool:
    """The relation whose ``verb`` is at ``start`` began at a time ("came under", "was transferred
    to", "became subordinate to")."""
    return BEGINS.match(verb) is not None or BECAME.search(text, 0, start) is not None


# "also" right before the verb or in it: "and was also placed under", "and has also been transferred to"
ALSO_BEFORE = re.compile(r"\balso\s+(?:been\s+)?$")


def is_addition(text: str, verb: str, start: int, agents: str) -> bool:
    """The relation at ``start`` (its list ``agents``) is said as one more, beside those before ("was
    also placed under SASTIND", "... to MIIT in 2008 and also to SASTIND"): it ends none of them."""
    if ALSO_BEFORE.search(text, 0, start) is not None or re.search(r"\balso\b", verb) is not None:
        return True
    return (at := text.find(agents, start)) > 0 and ALSO_AGAIN.search(text, 0, at) is not None


def superseded(
    doc: DocumentContext, s: Sentence, start: int, relations: list[tuple[str, str, int, str | None]], ours: set[URIRef]
) -> tuple[str | None, str | None] | None:
    """A relation that began ("came under COSTIND in 1999") is said to have given way to another:
    one the sentence goes on to ("... and has been supervised by MIIT since 2008", "... and is now
    under MIIT"), a later transfer from its agencies, or a later move to others ("It was then
    transferred to MIIT."). Its end (the year and its words, either unknown), or None for none."""
    if later := _later_in_sentence(doc, s, start, relations, ours):
        _, _, _, year = later
        return year, worded(s.text, year)
    if hedged := hedged_change(doc, s, start, ours) or hedged_change_next(doc, s, ours):
        return hedged
    return (None, None) if moved_on_later(doc, s, ours) else None


# a later clause of the institution's that only reports or supposes a change of supervisor: "... and
# is now said to be under MIIT", "... and is thought to have been transferred to MIIT in 2009", "; it
# is believed to now report to SASTIND", "... and appears to be now supervised by SASTIND", "... and
# is rumoured to have moved under MIIT" (its relation is no verb phrase ``PASSIVE`` finds, and a
# hedged one is not read anyway: what it tells is that the move's agency may have given way)
HEDGED_CHANGE = Gated(
    r"(?:\b(?:and|but)|;)\s+(?:(?:in|by)\s+(?:[A-Z][a-z]+\s+)?\d{4},?\s+)?(?:it\s+)?"
    r"(?:(?:is|are|was|were|has\s+been)\s+(?:(?:now|currently|also|widely|generally|since)\s+)*"
    r"(?:said|thought|believed|understood|rumou?red|reported|alleged|presumed|assumed|suspected)|"
    r"(?:(?:now|currently|also)\s+)*(?:appears|seems))(?:\s+(?:now|currently))?\s+to\s+"
    # said of now ("be now under", "now report to"; without "now", "is said to be under MIIT" may be
    # one more beside the first, see ``hedged_change``) or a move ("have been transferred to")
    r"(?:(?P<state>(?:(?:now|currently)\s+)?(?:be\s+)?(?:(?:now|currently)\s+)?(?:under|subordinate\s+to|report\s+to|"
    r"(?:supervised|run|administered|overseen|governed|managed)\s+by))|"
    r"(?P<move>have\s+(?:since\s+|then\s+|later\s+)?(?:been\s+)?(?:transferred|handed\s+over|moved|passed|placed|brought|"
    r"come|gone|returned)\s+(?:back\s+)?(?:to|under)))\s+(?P<agents>(?:the\s+)?[A-Z][^;]*)",
    (
        "said", "thought", "believed", "understood", "rumoured", "rumored", "reported", "alleged", "presumed",
        "assumed", "suspected", "appears", "seems",
    ),
)  # fmt: skip
SAID_NOW = re.compile(r"\b(?:now|currently)\b")
CAPITALS = re.compile(r"(?:the\s+)?[A-Z]{2,}\b")


def hedged_change(
    doc: DocumentContext, s: Sentence, start: int, ours: set[URIRef]
) -> tuple[str | None, str | None] | None:
    """A later clause of the sentence reports or supposes the institution's move from the
    relation at ``start`` to other agencies (``HEDGED_CHANGE``): its end as the clause gives it (a
    year or none), or None. Not one more beside it ("is also said to be run by"), one that names
    ``ours`` again, or a present without "now" ("and is said to be under MIIT")."""
    m = HEDGED_CHANGE.search(s.text, start)
    return _change_told(doc, s.text, m, ours) if m is not None else None


def _change_told(
    doc: DocumentContext,
    text: str,
    m: re.Match[str],
    ours: set[URIRef],
    year: str | None = None,
    *,
    said_now: bool = False,
) -> tuple[str | None, str | None] | None:
    """The end of ``ours`` a hedged change (``m``, with its groups ``state`` or ``move`` and
    ``agents``) tells: its year (``year``, or the one after its agencies) or none; None for one more
    beside them ("is also said to be run by"), one that names ``ours`` again, or a present without
    "now" ("is said to be under MIIT"; ``said_now``: the sentence opens with it, "Today it is ...")."""
    if ALSO.search(m[0], 0, m.start("agents") - m.start()):
        return None
    present = m["state"] or m.groupdict().get("present")
    if present and not said_now and not SAID_NOW.search(m[0], 0, m.start("agents") - m.start()):
        return None
    if AS_WELL.search(m["agents"]):
        return None  # ("Today it may be under SASTIND as well": one more)
    named = {iri for _, _, iri in doc.orgs_in(listed(m["agents"]))}
    # (a body the registry does not know, or an abbreviation it holds for several: "CSSC")
    if ours & named or not (named or UNKNOWN_AGENCY.match(m["agents"]) or CAPITALS.match(m["agents"])):
        return None
    after = SINCE_OR_IN.match(m["agents"][len(listed(m["agents"])) :])
    year = year or (after["year"] if after else None)
    return (year, worded(text, year)) if year else (None, None)


# the next sentence's hedged change, after the institution or "It": "It may since have come under
# MIIT.", "It is now thought to be under MIIT.", "It was reportedly transferred to MIIT in 2008.",
# "It probably came under SASTIND in 2010.", "It is now reportedly run by MIIT." (whether it is
# hedged is the cue words' to say; a present, as in ``HEDGED_CHANGE``, only said of now)
_MOVED = r"(?:transferred|handed\s+over|moved|passed|placed|brought|come|came|gone|went|fell|returned)\s+(?:back\s+)?(?:to|under)"
_UNDER = r"(?:under|subordinate\s+to|report\s+to|(?:supervised|run|administered|overseen|governed|managed)\s+by)"
HEDGED_NEXT = Gated(
    r"\s+(?:(?:(?:is|are|was|were|has\s+been)\s+(?:(?:now|currently|also|widely|generally|since)\s+)*"
    r"(?:said|thought|believed|understood|rumou?red|reported|alleged|presumed|assumed|suspected)\s+to|"
    r"(?:(?:now|currently|also)\s+)*(?:appears|seems)\s+to|may|might|could)(?:\s+(?:now|currently|since|also))*\s+"
    rf"(?:(?P<state>(?:be\s+)?(?:(?:now|currently)\s+)?{_UNDER})|"
    rf"(?P<move>have\s+(?:since\s+|then\s+|later\s+|also\s+)?(?:been\s+)?{_MOVED}))"
    # a move with its hedge as an adverb: "was reportedly transferred to", "probably came under", "has
    # reportedly since been transferred to"; a present said of now: "is now reportedly run by"
    rf"|(?:(?:was|were|has|had)\s+)?(?:\w+ly\s+)+(?:since\s+|then\s+|later\s+)?(?:been\s+)?{_MOVED}"
    # (or after a present said before "it": "Today it is reportedly run by MIIT", see ``NOW_LEADS``)
    rf"|(?P<present>(?:is|are)\s+(?:(?:now|currently)\s+)?(?:\w+ly\s+)+{_UNDER}))"
    r"\s+(?P<agents>(?:the\s+)?[A-Z][^;]*)",
    (
        "said", "thought", "believed", "understood", "rumoured", "rumored", "reported", "alleged", "presumed",
        "assumed", "suspected", "appears", "seems", "may", "might", "could", "ly",
    ),
)  # fmt: skip
# the present said before the subject: "Today it is said to be ...", "Currently, it is believed to be ..."
NOW_LEADS = re.compile(rf"^{NOW_OPENING},?\s")
# a body besides the institution that "It" next may stand for: a laboratory or unit (its rules come later)
PARTS_NAMED = re.compile(r"\b(?:Laborator(?:y|ies)|Lab|Centre|Center|Institute|School|College|Department)\b")


def hedged_change_next(doc: DocumentContext, s: Sentence, ours: set[URIRef]) -> tuple[str | None, str | None] | None:
    """The sentence right after ``s`` tells, hedged, the institution's move from ``ours`` to other
    agencies (``HEDGED_NEXT``; see ``_change_told``): its end as that sentence gives it, or None.
    Only where it opens with a name of the institution, or with an "It" (or a stand-in) that can
    stand for nothing else (``it_is_the_institution``)."""
    t = doc.adjacent(s, 1)
    if t is None or not HEDGED_NEXT.may_match(t.text) or not doc.words.hedge.found_in(t.text):
        return None
    clause = doc.main_clause(t)
    if (m := doc.subject_then(HEDGED_NEXT.expression.pattern, clause, clause=True)) is None:
        return None
    named = doc.subject_at(clause)
    if (named is None or named[0].lower().startswith("the ")) and not it_is_the_institution(doc, s):
        return None
    if not doc.words.hedge.found_in(m[0][: m.start("agents") - m.start()]):
        return None  # (a hedge elsewhere in the sentence: "It was then transferred to MIIT, possibly in 2008")
    leading = LEADING_IN.match(t.text)
    said_now = NOW_LEADS.match(t.text) is not None  # ("Today it is said to be supervised by MIIT.")
    return _change_told(doc, t.text, m, ours, leading[1] if leading else None, said_now=said_now)


def it_is_the_institution(doc: DocumentContext, s: Sentence) -> bool:
    """ "It" opening the sentence after ``s`` stands for the institution: ``s`` leaves no other body
    it may stand for (``refers_elsewhere``) and names no laboratory or unit besides the institution."""
    if doc.refers_elsewhere(s, None) is not None:
        return False
    text = s.text
    for m in reversed(list(doc.subject_mentions(text))):
        text = text[: m.start()] + text[m.end() :]
    return PARTS_NAMED.search(text) is None


# a relative clause on the move's agency that says it still supervises the institution: "... to
# SASTIND (in 2015), which probably still oversees it", "..., which is believed to supervise the
# university still" (whether it is hedged is the cue words' to say)
STILL_WHICH = Gated(
    r"(?:\s+(?:in|since)\s+(?:[A-Z][a-z]+\s+)?\d{4})?,\s*which\s+(?P<clause>[a-z ]*?\b(?:oversee|supervise|run|"
    r"administer|manage|govern)s?)\s+(?P<object>it|the\s+[a-z]+|[A-Z][\w-]*)\b",
    ("which",),
)
# a later clause of the institution's that says it is still under agencies: "... and probably remains
# under MIIT", "; it is believed to remain under SASTIND", "... and may still be under MIIT", "... and
# is likely still overseen by SASTIND", "... and apparently still reports to SASTIND" (no other
# subject: its words before the verb are lower case)
_STILL_CLAUSE = (
    r"(?P<clause>[a-z ]*?\b(?:(?:remains?|stays?|be|is)\s+(?:\w+ly\s+)?(?:still\s+)?"
    r"(?:under|subordinate\s+to|(?:supervised|run|administered|overseen|governed|managed)\s+by)|reports?\s+to))"
    r"\s+(?P<agents>[^;.]+)"
)
STILL_UNDER = Gated(r"(?:\b(?:and|but)|;)\s+(?:it\s+)?" + _STILL_CLAUSE, ("under", "subordinate", "by", "report"))
# the agency said again by a pronoun: "... and is believed to remain under it", "under its supervision"
AGENCY_AGAIN = re.compile(r"it\b|its\s+(?:supervision|administration|control|authority)\b")
# a later clause with the agency as its subject that says it still supervises the institution: ";
# MIIT probably still oversees it", "; SASTIND is thought to still supervise the university" (its
# words before the verb lower case: no other subject); opening the next sentence, "MIIT probably
# still oversees it."
_AGENCY_STILL = (
    r"(?P<agents>(?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w&'’-]*){0,6})\s+"
    r"(?P<clause>[a-z ]*?\b(?:oversee|supervise|run|administer|manage|govern)s?)\s+(?P<object>it|the\s+[a-z]+|[A-Z][\w-]*)\b"
)
STILL_AGENCY = Gated(
    r"(?:\b(?:and|but)|;)\s+" + _AGENCY_STILL, ("oversee", "supervise", "run", "administer", "manage", "govern")
)
AGENCY_STILL_NEXT = Gated(r"^" + _AGENCY_STILL, STILL_AGENCY.words)
# the next sentence of the institution's saying it is still under agencies: "It is believed to remain
# under SASTIND.", "It probably still reports to MIIT." (after its subject, ``STILL_UNDER``'s clause)
STILL_UNDER_NEXT = Gated(r"\s+" + _STILL_CLAUSE, STILL_UNDER.words)


def still_only_hedged(doc: DocumentContext, s: Sentence, start: int, agents: str, subjects: list[URIRef]) -> bool:
    """A later clause, or the next sentence, says the agencies of the relation at ``start`` still
    supervise the institution, but only as hearsay, belief or a likelihood: "..., which probably
    still oversees it", "; it is believed to remain under SASTIND", "; MIIT probably still oversees
    it", "... to SASTIND in 2010. It is believed to remain under SASTIND." Not a clause that names
    other agencies ("and is believed to be under MIIT": one more, or a successor; see
    ``hedged_change``), nor one that says it plainly ("..., which still oversees it")."""
    return _still_hedged_here(doc, s, start, agents, subjects) or _still_hedged_next(doc, s, agents, subjects)


def _still_hedged_here(doc: DocumentContext, s: Sentence, start: int, agents: str, subjects: list[URIRef]) -> bool:
    """``still_only_hedged`` in the move's own sentence (``STILL_WHICH``, ``STILL_UNDER``, ``STILL_AGENCY``)."""
    if not doc.words.hedge.found_in(s.text[start:]):
        return False  # (most moves: nothing after them is hedged)
    end = max(s.text.find(agents, start), start) + len(listed(agents))
    if (which := STILL_WHICH.match(s.text, end)) is not None and doc.is_subject(which["object"]):
        return doc.words.hedge.found_in(which["clause"])
    if (agency := STILL_AGENCY.search(s.text, end)) is not None and doc.is_subject(agency["object"]):
        return doc.words.hedge.found_in(agency["clause"]) and _same_agencies(doc, s, agency["agents"], agents, subjects)
    later = STILL_UNDER.search(s.text, end)
    if later is None or not doc.words.hedge.found_in(later["clause"]):
        return False
    return _same_agencies(doc, s, later["agents"], agents, subjects)


def _still_hedged_next(doc: DocumentContext, s: Sentence, agents: str, subjects: list[URIRef]) -> bool:
    """``still_only_hedged`` in the sentence right after the move's, which opens with a name of the
    institution, or with an "It" that can stand for nothing else (``it_is_the_institution``), or
    with the agency whose object is such an "it"."""
    t = doc.adjacent(s, 1)
    if t is None or not doc.words.hedge.found_in(t.text):
        return False
    clause = doc.main_clause(t)
    if (agency := AGENCY_STILL_NEXT.match(clause)) is not None:
        if not doc.is_subject(agency["object"]) or agency["object"] == "it" and not it_is_the_institution(doc, s):
            return False
        return doc.words.hedge.found_in(agency["clause"]) and _same_agencies(doc, s, agency["agents"], agents, subjects)
    if not STILL_UNDER_NEXT.may_match(clause):
        return False
    if (later := doc.subject_then(STILL_UNDER_NEXT.expression.pattern, clause, clause=True)) is None:
        return False
    named = doc.subject_at(clause)
    if (named is None or named[0].lower().startswith("the ")) and not it_is_the_institution(doc, s):
        return False
    return doc.words.hedge.found_in(later["clause"]) and _same_agencies(doc, s, later["agents"], agents, subjects)


def _same_agencies(doc: DocumentContext, s: Sentence, said: str, agents: str, subjects: list[URIRef]) -> bool:
    """The agencies ``said`` again are ``agents`` (or some of them), or "it", "its supervision"."""
    if AGENCY_AGAIN.match(said):
        return True
    named = set(agencies(doc, s, listed(said), subjects))
    return bool(named) and named <= set(agencies(doc, s, listed(agents), subjects))


def moved_on_later(doc: DocumentContext, s: Sentence, ours: set[URIRef]) -> bool:
    """A later sentence moves the institution from ``ours``, or to other agencies only."""
    return bool(ours & moved_from_later(doc, s)) or bool((later := moved_to_later(doc, s)) and not later & ours)


def _later_in_sentence(
    doc: DocumentContext, s: Sentence, start: int, relations: list[tuple[str, str, int, str | None]], ours: set[URIRef]
) -> tuple[str, str, int, str | None] | None:
    """The relation the sentence goes on to that took over from the one at ``start``: by other
    agencies, not said as an addition, and begun later ("came under COSTIND in 1999 and has been
    supervised by MIIT since 2008") or said of now ("... and is now under MIIT", "; it is now run by
    MIIT"); not "... and has since also been co-supervised by SASTIND", nor "... and is run by MIIT"."""
    year = next(q for _, _, st, q in relations if st == start)
    return next(
        (
            relation
            for relation in relations
            if (other := relation[2]) > start
            and ((since := relation[3]) and (year is None or since > year) or SAID_OF_NOW.search(s.text, 0, other))
            # (its own clause's "also": not one of a clause between, "... and was also placed under
            # the province in 2003; it is now run by MIIT")
            and not ALSO.search(s.text, _own_clause_start(s.text, start, other), other + 40)
            and not ours & set(agencies(doc, s, listed(relation[0]), [doc.subject]))
        ),
        None,
    )


ALSO = re.compile(r"\b(?:also|too|as\s+well|additionally|jointly|co-)")
# one more, said after the agencies: "... may be under SASTIND as well", "... under SASTIND too"
AS_WELL = re.compile(r"\b(?:too|as\s+well|also|in\s+addition)\b")
# a later relation said of now, right before its verb: "... and is now under MIIT", "; it is currently
# run by MIIT", ", and today it is run by MIIT"; hedged too ("is now reportedly run by MIIT": the
# move's agency gave way, as the text reports it)
_NOW_HEDGE = r"(?:\s+(?:reportedly|allegedly|apparently|reputedly|possibly|probably|likely))?"
SAID_OF_NOW = re.compile(
    rf"(?:\b(?:is|are){_NOW_HEDGE}\s+(?:now|currently){_NOW_HEDGE}|\b(?:today|nowadays),?\s+it\s+is{_NOW_HEDGE})\s+$"
)


# a later sentence's move of the institution to other agencies: "It was then transferred to MIIT.",
# "The following year it came under the MOE.", "In 2008, supervision passed to MIIT."
LATER_MOVE = re.compile(
    r"^(?:(?:In|By)\s+(?:[A-Z][a-z]+\s+)?\d{4}|The\s+(?:following|next)\s+year|(?:A|One|Two|Three|Four|Five|Several)\s+"
    r"years?\s+later|Later|Then|Subsequently)?,?\s*(?:(?P<who>[Ii]t|[Tt]he\s+[a-z]+)\s+)?(?!.*\balso\b)(?:(?:was|were|has|had)\s+(?:\w+\s+){0,2}?"
    r"(?:transferred|handed\s+over|moved|returned|placed|brought)|came|fell|(?:its\s+)?supervision\s+(?:\w+\s+){0,2}?passed)"
    r"\s+(?:back\s+)?(?:to|under)\s+(?P<agents>[^.;]+)"
)


def moved_to_later(doc: DocumentContext, s: Sentence) -> set[URIRef]:
    """The agencies a later sentence says the institution was moved to, or is under today."""
    nxt = doc.adjacent(s, 1)
    moved = {
        iri
        for t in doc.after(s)
        if (m := LATER_MOVE.match(t.text) or UNDER_TODAY.match(t.text) or t is nxt and UNDER_NOW.match(t.text))
        and (doc.starts_with_subject(t) or m["who"] in ("it", "It") or m["who"] is None and "supervision" in m[0])
        for _, _, iri in doc.orgs_in(listed(m["agents"]))
    }
    return moved | {iri for m in _passed_later(doc, s) for _, _, iri in doc.orgs_in(listed(m["agents"]))}


def _passed_later(doc: DocumentContext, s: Sentence) -> Iterator[re.Match[str]]:
    """The other sentences that move the institution's supervision later than ``s`` tells ("In
    2012, responsibility for the university was transferred from MIIT to SASTIND"): after it, but
    one told of an earlier year (a look back); before it, one told of a later year."""
    year = re.search(r"\b\d{4}\b", s.text)
    sentences = doc.profile.sentences
    at = next((i for i, t in enumerate(sentences) if t is s), len(sentences))
    for i, t in enumerate(sentences):
        if t is s or not (m := SUPERVISION_PASSED.match(t.text)) or not _is_the_institution(doc, m["object"]):
            continue
        then = _start_year(t.text, m["agents"], True)
        if (i > at and not (year and then and then[1] < year[0])) or (i < at and year and then and then[1] > year[0]):
            yield m


def _is_the_institution(doc: DocumentContext, text: str) -> bool:
    """``text`` is a name of the institution, whole ("AU", "the university"; not "AU's laboratory")."""
    return (named := doc.subject_at(text)) is not None and named.end() == len(text)


# "Today it is supervised by MIIT.": who supervises it now, after a move told before
UNDER_TODAY = re.compile(
    rf"^{NOW_OPENING},?\s+(?P<who>[Ii]t|[Tt]he\s+[a-z]+)\s+is\s+(?:now\s+)?"
    r"(?:supervised|run|administered|overseen|governed|managed)\s+by\s+(?P<agents>[^.;]+)"
)
# the same with "now" after the verb, in the sentence right after the move ("EVU came under the MOE
# in 2000. It is now supervised by MIIT."): further on, "It" may be what a sentence between named
UNDER_NOW = re.compile(
    r"^(?P<who>[Ii]t|[Tt]he\s+[a-z]+)\s+is\s+(?:now|currently)\s+"
    r"(?:(?:supervised|run|administered|overseen|governed|managed)\s+by|under)\s+(?P<agents>[^.;]+)"
)


def moved_from_later(doc: DocumentContext, s: Sentence) -> set[URIRef]:
    """The agencies a later sentence says the institution was transferred from."""
    moved = {
        iri
        for t in doc.after(s)
        if ("transferred from" in t.text or "handed over from" in t.text)
        and doc.starts_with_subject(t)
        and not doc.possessive(t)
        for m in MOVED_FROM.finditer(t.text)
        for _, _, iri in doc.orgs_in(m["agents"])
    }
    return moved | {iri for m in _passed_later(doc, s) if m["origin"] for _, _, iri in doc.orgs_in(m["origin"])}


MOVED_FROM = re.compile(r"\b(?:transferred|handed\s+over)\s+from\s+(?P<agents>.+?)\s+to\b")


def _without_its_verb(text: str, verb: str, start: int) -> str:
    """``text`` without the relation's verb at ``start`` where the verb holds a hedge's words as a
    line of command ("has reported to MIIT": "reported to" hedges "is reported to host ...")."""
    return text[:start] + " " + text[start + len(verb) :] if verb.startswith("reported") else text


def institution_first(doc: DocumentContext, s: Sentence) -> list[tuple[str, str, int, str | None]]:
    """The (agencies, verb, where, year since) of every relation the sentence states of the institution."""
    text, lead = s.text, doc.leading_clause(s.text)
    lead_end = lead.end() if lead else 0
    passives = list(PASSIVE.finditer(text))
    main = doc.main_clause(s)
    compounds = [
        m for m in COMPOUND.finditer(main) if re.fullmatch(doc.clause_subject_pattern() + _IS_A, main[: m.start()])
    ]
    # the clause's subjects only where a verb phrase may be the institution's (most sentences have none)
    subjects = doc.clause_subjects(s) if passives or compounds else []
    out: list[tuple[str, str, int, str | None]] = []
    moved = False  # (a relation that began is told before)
    for m in passives:
        in_lead = m.start() < lead_end
        # "Supervised by MIIT, AU hosts ...": the participle's phrase describes the clause's subject
        participle = in_lead and m["participle"] is not None
        if not subjects or in_lead and not (participle or re.match(r"As\s+(?:one\s+of|an?\b)", text)):
            continue  # "After X was placed under ..., <Institution> ...": not the institution's
        # (after the leading clause: "Previously, the university was run by ..." opens with no apposition)
        if not in_lead and (
            (
                OTHERS_CLAUSE.search(text[lead_end : m.start()])
                and not (out and IT_AFTER_ITS_OWN.search(text, 0, m.start()))
            )
            or someone_elses(doc, text[lead_end : m.start()])
            or others_after_and(doc, text, lead_end, m.start())
            or another_subject(text[lead_end : m.start()])
            or FOUNDED_BEFORE.search(text, lead_end, m.start())
        ):
            continue  # (also "AU established the X Institute in 2008 under the supervision of CASC": the institute's)
        before = text[: m.start()] if in_lead else text[lead_end : m.start()]
        if BY_PARTICIPLE.match(m["verb"]) and (
            (attached := ATTACHED.search(before)) is None
            or attached[0].startswith(",")
            and not re.fullmatch(
                doc.clause_subject_pattern() + r"(?:\s*\([^)]*\))?", before[: attached.start()].strip()
            )
        ):
            # "AU hosts a laboratory run by CASIC", "AU hosts the X Laboratory, now run by CSIC": the
            # laboratory's, not the institution's (a comma attaches it to the subject alone: "AU, run by MIIT,")
            continue
        if m[0].startswith(",") and not re.fullmatch(
            doc.clause_subject_pattern() + r"(?:\s*\([^)]*\))?", text[lead_end : m.start()]
        ):
            continue  # "AU works with BU, a university under MIIT": BU's apposition
        agents = text[m.end() : lead_end] if participle else text[m.end() :]
        if nxt := PASSIVE.search(agents):
            agents = agents[: nxt.start()]
        if deal := AGREEMENT_AFTER.search(agents):
            agents = agents[: deal.start()]  # (its other party no agency: "... under a 2012 agreement with the MOE")
        agents = doc.before_anothers_clause(agents)  # ("by MIIT and the CMC oversees NUDT": MIIT)
        began = begins(text, m["verb"], m.start())
        # "... by the MOE until 1993 and by AVIC from 1993 to 1999", "... to COSTIND in 1999 and to MIIT
        # in 2008": each list of agencies with its own dates, the verb and what comes before it shared;
        # a year opening the sentence dates the first move only ("In 1993, AU came under CASC and was
        # later transferred to COSTIND": not COSTIND's)
        for i, (part, year) in enumerate(_lists(m["verb"], agents)):
            opening = text if not (began and (i or moved)) else ""
            out.append(
                (
                    part,
                    m["verb"],
                    m.start(),
                    year
                    or since_year(opening, part, began)
                    or _when_year(text, m.start(), began)
                    or _since_in_its_clause(text, m.start()),
                )
            )
        moved |= began
    if subjects:
        out += [(m["agents"], m["verb"], m.start(), None) for m in compounds]
    for pattern in (UNDER_POSSESSOR, AGREEMENTS_BETWEEN):
        for m in pattern.finditer(text):
            # the institution right before: "HLJU came under ...", "PKU has been subject to ..."
            if re.search(doc.clause_subject_pattern() + r"\s+(?:has\s+|had\s+)?(?:been\s+)?$", text[: m.start()]):
                joint = m.groupdict().get("joint") or pattern is AGREEMENTS_BETWEEN
                out.append((m["agents"], "joint supervision" if joint else "supervision", m.start(), None))
    return out


def _lists(verb: str, agents: str) -> list[tuple[str, str | None]]:
    """The lists of agencies a verb phrase names, each with the year of its own words before it
    ("..., and in 2008 to MIIT"): after a second "by" for a participle, after a further move for
    the others ("... to AVIC in 1993 but returned to the province in 2004")."""
    if verb.endswith("by"):
        return [(part, None) for part in ANOTHER_BY.split(agents)]
    out: list[tuple[str, str | None]] = []
    year: str | None = None
    at = 0
    for m in ANOTHER_MOVE.finditer(agents):
        if PLAIN_AND.fullmatch(m[0]) and not re.search(r"\b\d{4}\b", agents[at : m.start()]):
            continue  # "to COSTIND and to the province in 1999": one move to both
        out.append((agents[at : m.start()], year))
        year, at = m["year"], m.end()
    return [*out, (agents[at:], year)]


# a further list said as one more, its verb left out: "was transferred to MIIT in 2008 and also to
# SASTIND in 2013" (an addition, see ``is_addition``: it ends none before it)
ALSO_AGAIN = re.compile(r"\balso\s+(?:to|under)\s+$")

# "and to" with no word of time: a further move only after a year ("to COSTIND in 1999 and to MIIT")
PLAIN_AND = re.compile(r",?\s+and\s+(?:to|under)\s+")


# "..., until 1998, when it was transferred to the MOE": the clause of "when" is told of that year;
# "..., and in 2000 it was placed under the province", "; in 2008 it was ...": a later move's own year
WHEN_IT = re.compile(
    r"\b(?:(?:until|till|in|by)\s+(?:[A-Z][a-z]+\s+)?(?P<year>\d{4}),\s*when|"
    r"(?:\band|;)\s+(?:in|by)\s+(?:[A-Z][a-z]+\s+)?(?P<own>\d{4}),?)\s+it\s+$"
)


# a start told in the relation's own clause before its verb: "..., and since 2015 has also been
# jointly supervised by SASTIND" (a perfect that goes on to now)
SINCE_IN_ITS_CLAUSE = re.compile(
    r"\bsince\s+(?:[A-Z][a-z]+\s+)?(?P<year>\d{4}),?\s+(?:it\s+)?has\s+(?:(?:\w+ly|also|long)\s+)*been\s+$"
)


def _since_in_its_clause(text: str, start: int) -> str | None:
    """The year of "since <year>" right before the relation's "has been" (``SINCE_IN_ITS_CLAUSE``)."""
    return m["year"] if (m := SINCE_IN_ITS_CLAUSE.search(text, 0, start)) else None


def _when_year(text: str, start: int, began: bool) -> str | None:
    """The year of a relation that began in a clause of "when" after a year ("..., when it was
    transferred to MIIT"), the year before it, or in a clause its own year opens."""
    return m["year"] or m["own"] if began and (m := WHEN_IT.search(text, 0, start)) else None


def ended(verb: str, before: str, agents: str) -> bool:
    """The sentence says the supervision ended ("Previously, ...", "Until 2008, ...", "... until
    March 2015", "... from 1999 to 2008", "... and is now run by B"); not when it puts it in the
    past otherwise ("had been", "left"), nor with a verb of beginning ("was transferred to MIIT
    until 2015")."""
    said = PREVIOUSLY.search(before) or NOW_AFTER.search(agents) or any(_years_of_end(before, agents))
    return bool(said) and (not BEGINS.match(verb) or held_for_a_span(verb, agents))


# a span after the agencies that bounds how long it was under them: "from 2013 to 2018", "until 2018"
# (not "between 2013 and 2018": after a verb of beginning, that may be when it was placed there)
SPAN_HELD = re.compile(
    r"\b(?:from\s+(?:[A-Z][a-z]+\s+)?\d{4}\s*(?:to|until|till|through)|until|till)\s+(?:[A-Z][a-z]+\s+)?\d{4}\b"
)
# a verb that puts it under a body, whose state a span can bound ("was placed under"), not a transfer
# ("was transferred to MIIT until 2015": the event is not the state; left unread)
PUT_UNDER = re.compile(r"(?:came|come|comes|fell|placed|brought)\b")


def held_for_a_span(verb: str, agents: str) -> bool:
    """ "was (also) placed under SASTIND from 2013 to 2018", "came under CETC until 2015": a verb of
    beginning whose state the words after the agencies bound, so a supervision that ended."""
    return PUT_UNDER.search(verb) is not None and SPAN_HELD.search(agents) is not None


def _years_of_end(before: str, agents: str) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The period ("from 1999 to 2008") and the "until <date>" that date a supervision's end,
    after the agencies first, else before the verb."""
    return PERIOD.search(agents) or PERIOD.search(before), UNTIL_YEAR.search(agents) or UNTIL_YEAR.search(before)


def end_dates(doc: DocumentContext, before: str, agents: str, kind: str = "supervision") -> dict:
    """The start and end qualifiers of a supervision (or another tie, ``kind``) that ended, as far
    as the sentence gives them."""
    period, until = _years_of_end(before, agents)
    if period:
        return {
            DKG.startDate: _year_value(doc, f"{kind}-since", period["start"], period[0]),
            DKG.endDate: _year_value(doc, f"{kind}-until", period["end"], period[0]),
        }
    if until and (date := find_date(until[0])):
        date = replace(date, verbatim=until[0])
        return {DKG.endDate: doc.ctx.temporal(doc.mint_node(f"{kind}-until", date), date)}
    return {}


def _year_value(doc: DocumentContext, kind: str, year: str, verbatim: str) -> URIRef:
    date = PreciseDate(year, "year", verbatim)
    return doc.ctx.temporal(doc.mint_node(kind, date), date)


WHOSE = re.compile(r",\s*whose\s+[^,;]*$")
# a clause of time or reason about another body: "AU remained under CASC when BU was transferred to MIIT"
OTHERS_TIME_CLAUSE = re.compile(
    r"\b(?:when|after|before|because|until|once|while)\s+(?P<subject>(?:the\s+)?[A-Z][\w'’&-]*"
    r"(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w'’&-]*)*)\s+(?:(?:is|are|was|were|has\s+been|had\s+been)\s+(?:\w+\s+)?)?$"
)


def someone_elses(doc: DocumentContext, before: str) -> bool:
    """The verb phrase after ``before`` opens a relative clause of another organisation ("X, which
    is supervised by"); a relative clause of the institution itself is its own."""
    if WHOSE.search(before):
        return True  # "AU, whose sister school BU was run by COSTIND": the noun after "whose" is the subject
    if (clause := OTHERS_TIME_CLAUSE.search(before)) and doc.subject_at(before, clause.start("subject")) is None:
        return True
    if not (m := RELATIVE.search(before)):
        return False
    return re.search(doc.subject_pattern() + r"(?:\s*[(（][^)）]*[)）])?$", before[: m.start()]) is None


# the subject of a passive right before it: a relative pronoun ("a college that had been
# transferred to", "half of which were") or a possessive's noun ("its workshop was transferred to",
# "two of its institutes were placed under", "whose former campus was")
_BE = r"(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been|being|be)\s+)?(?:(?:\w+ly|also|now|later|then)\s+)*$"
PASSIVE_SUBJECT = re.compile(
    rf"(?P<pronoun>\b(?:that|which))\s+{_BE}|\b(?:its|their|whose)\s+(?:[\w-]+\s+){{1,3}}?{_BE}"
    # "one of which, the X Laboratory, was transferred to": the one named between the commas
    rf"|\b(?:of\s+which|of\s+them|of\s+these),\s+[^,;]+,\s*{_BE}"
)
# the institution as what it is, the antecedent of "that": "AU is a university that is run by"
KIND_BEFORE = re.compile(
    r"\b(?:is|was|remains)\s+(?:an?|one\s+of\s+the)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:universit(?:y|ies)|institutes?|institutions?|colleges?|academ(?:y|ies)|schools?)\s*$"
)


def another_subject(before: str) -> bool:
    """The passive after ``before`` has a subject of its own, not the institution (a relative
    pronoun after a comma is left to ``someone_elses``, which knows whose clause it opens)."""
    m = PASSIVE_SUBJECT.search(before)
    if m is None:
        return False
    head = before[: m.start()].rstrip()
    return not (m["pronoun"] and (head.endswith(",") or KIND_BEFORE.search(head)))


# a clause of its own after ", and", with a subject named: "AU and HIT hold ..., and HIT is run by"
# (its year first: "AU was transferred to COSTIND, and in 2008 CETC was transferred to SASAC")
AND_CLAUSE = re.compile(r",\s*and\s+(?:(?:in|by|since)\s+(?:[A-Z][a-z]+\s+)?\d{4},?\s+)?(?P<subject>(?:the\s+)?[A-Z])")


def others_after_and(doc: DocumentContext, text: str, lead: int, at: int) -> bool:
    """The verb phrase at ``at`` is in a clause after "and" (after ", and", or with no comma before a
    subject and its verb: "AU is run by MIIT and NUDT is run by the CMC") whose subject is not the
    institution."""
    before = text[lead:at]
    clause = next(reversed(list(AND_CLAUSE.finditer(before))), None)  # the last one
    bare = doc.bare_clause_before(text, lead, at)
    if bare is not None and (clause is None or bare.start() > lead + clause.start()):
        return not doc.is_the_institution(bare["subject"])
    return clause is not None and doc.subject_at(before, clause.start("subject")) is None


# the one of the agencies a date is told of: "MIIT and SASTIND (the latter since 2013)"
ONE_OF_THEM = re.compile(
    r"[,—–(-]\s*(?:the\s+)?(?P<which>latter|former|first|second|last)(?:\s+(?:one|agency|body))?\s*$"
)


def since_year(text: str, agents: str, begins: bool = False) -> str | None:
    """ "... by A since 2007" or "Since 2013, ...": the start year of the relation; for a verb of
    beginning ("came under", "was placed under") also "... in 2016" and "In 2016, ..."."""
    since = SINCE_OR_IN if begins else SINCE
    cut = AGENTS_END.search(agents)
    if cut and begins and cut["origin"]:
        cut = AGENTS_END.search(agents, cut.end())  # "to CETC from the MEI in 2002": the year after where it came from
    if cut and (m := since.match(agents[cut.start() :])):
        # "MIIT and SASTIND, the latter since 2013": the start of one of them, not of all
        return None if ONE_OF_THEM.search(agents[: cut.start()]) else m["year"]
    # (with or without its comma: "In 2002 AU was transferred ...")
    m = LEADING_SINCE.match(text) or (LEADING_IN.match(text) if begins else None)
    return m[1] if m else None


# a body of the institution's, which is not the institution: "MIIT took over supervision of its laboratory"
ITS_PART = re.compile(
    r"its\s+(?:[\w-]+\s+){0,3}?(?:laborator\w*|labs?|institutes?|schools?|colleges?|cent(?:re|er)s?|compan\w+|"
    r"subsidiar\w+|campus\w*|departments?|facilit\w+|academ\w+|hospitals?|units?)\b"
)


def supervising_agencies(doc: DocumentContext, s: Sentence) -> bool:
    """The agencies first: "A and B are involved in supervising <Institution>", "A agreed to
    jointly supervise its ...", "A signed agreements to supervise <Institution>", "A's supervision
    of the university"; or the supervision moved to them ("supervision of AU passed to MIIT"); or
    in a clause of their own after one of the institution's (``agencys_own_clause``)."""
    return _agencies_first(doc, s) | agencys_own_clause(doc, s)


# an agency's own clause after a relation of the institution's, "it" the institution: "..., and the
# China Earthquake Administration has supervised it since then", "..., and SASTIND has also supervised
# it since 2012", "..., and SASTIND also oversees it"
AGENCYS_CLAUSE = Gated(
    r",\s*and\s+(?P<agents>(?:the\s+)?[A-Z][^,;]*?)\s+(?:(?:has|have)\s+(?:also\s+)?(?P<joint>jointly\s+)?"
    r"(?:supervised|overseen|administered|run)|(?:also\s+)?(?:supervises|oversees|administers|runs))\s+it"
    r"(?:\s+since\s+(?P<since>then|(?:[A-Z][a-z]+\s+)?(?P<year>\d{4})))?\s*\.?$",
    ("supervis", "overs", "administer", "run"),
)


def agencys_own_clause(doc: DocumentContext, s: Sentence) -> bool:
    """ "AU was supervised by the State Seismological Bureau until 1998, and the China Earthquake
    Administration has supervised it since then": the agency supervises the institution, since the
    year "then" stands for (the end the clause before tells, or its only year); read only after a
    relation of the institution's (so "it" is the institution, not "AU hosts a laboratory, and
    CASIC has run it since 2010")."""
    if not (m := AGENCYS_CLAUSE.search(s.text)) or doc.negated_or_hedged(m[0]):
        return False
    before = s.text[: m.start()]
    if not any(start < m.start() for _, _, start, _ in institution_first(doc, s)):
        return False
    year = m["year"] or (_then_year(before) if m["since"] == "then" else None)
    dates = partial(since, doc, year, m["since"] and f"since {m['since']}")
    return write(doc, s, [doc.subject], m["agents"], DKG.jointlySupervisedBy if m["joint"] else DKG.supervisedBy, dates)


def _then_year(before: str) -> str | None:
    """The year "since then" stands for after ``before``: the last end it tells ("until 1998",
    "from 1988 to 1998"), else its one year ("came under the MOE in 2000"); none where that is unsure."""
    ends = [(m.end(), m["end"]) for m in PERIOD.finditer(before)]
    ends += [(m.end(), m["year"]) for m in UNTIL_YEAR.finditer(before)]
    if ends:
        return max(ends)[1]
    years = set(re.findall(r"\b\d{4}\b", before))
    return years.pop() if len(years) == 1 else None


def _agencies_first(doc: DocumentContext, s: Sentence) -> bool:
    """The agencies first (see ``supervising_agencies``), in the main clause."""
    clause = doc.main_clause(s)
    if passed := SUPERVISION_PASSED.match(clause):
        return _passed_to(doc, s, passed)
    if owned := ONE_OF_ITS_AGENCIES.match(clause) or ITS_AGENCIES_ARE.match(clause):
        return _agencies_it_has(doc, s, owned)
    m = ACTIVE.match(clause) or SUPERVISION_OF.match(clause)
    if not m:
        return False
    obj = m["object"] or ""  # none: "... that SASTIND supervises."
    before = s.text[: s.text.find(obj)] if obj else s.text
    if doc.in_the_past(before) or doc.negated_or_hedged(clause[: m.start("object")] if obj else clause):
        return False
    verb = m.groupdict().get("verb") or ""
    # "the PLA Navy became a supervising agency in 2007": of the institution the profile is about
    implicit = "became" in verb and re.fullmatch(r"(?:in|since)\s+\d{4}\.?|\.?", obj)
    named = doc.subject_at(obj)
    its_own = re.match(r"its\b", obj) and not ITS_PART.match(obj)  # ("its research"; not "its laboratory")
    if not implicit and not (its_own or (named and not re.match(r"['’]s\b", obj[named.end() :]))):
        return False  # someone else supervised, or something of the institution's ("A oversees AU's laboratory")
    agents = own_clause_agents(m["agents"])
    if any(iri == doc.subject for _, _, iri in doc.orgs_in(agents)):
        return False
    joint = "joint" in verb or bool(m.groupdict().get("joint"))
    y = _start_year(s.text, obj, "became" in verb or "took" in verb)
    relation = DKG.jointlySupervisedBy if joint else DKG.supervisedBy
    dates = partial(since, doc, y[1], y[0]) if y else dict
    found = write(doc, s, [doc.subject], agents, relation, dates)
    if found and named and (others := TOGETHER_WITH.match(obj, named.end())):
        # "The MOE oversees AU together with SASTIND": SASTIND too; only a body that runs schools
        # ("together with NUDT", "with CETC": the bodies overseen with it, not overseers)
        write(doc, s, [doc.subject], others["others"], relation, dates, only=OWNERS_OF_SCHOOLS)
    return found


# the other overseers after the institution the agencies first oversee: "... oversees AU together
# with SASTIND", "..., jointly with the MOE" (no possessive among them: "together with SASTIND's
# laboratories" tells what else is overseen)
TOGETHER_WITH = re.compile(r",?\s+(?:together|jointly)\s+with\s+(?P<others>(?:(?!['’]s\b)[^;])+)$")


def _passed_to(doc: DocumentContext, s: Sentence, m: re.Match[str]) -> bool:
    """A supervision moved to the agencies ``m`` names (``SUPERVISION_PASSED``): theirs since the
    year the sentence gives, and the agencies it came from supervised the institution until then;
    theirs only once (implied) when a later sentence moves it on to others."""
    if not _is_the_institution(doc, m["object"]) or doc.negated_or_hedged(s.text):
        return False  # "supervision of its laboratory", "of AU's campus": not the institution's
    year = _start_year(s.text, m["agents"], True)
    agents = re.sub(r"\s+(?:in|since)\s+(?:[A-Z][a-z]+\s+)?\d{4}$", "", m["agents"])
    dated = partial(since, doc, year[1], year[0]) if year else dict
    if moved_on_later(doc, s, set(agencies(doc, s, listed(agents), [doc.subject]))):
        found = write(doc, s, [doc.subject], agents, DKG.formerlySupervisedBy, dated, certainty="implied")
    else:
        found = write(doc, s, [doc.subject], agents, DKG.supervisedBy, dated)
    if found and m["origin"]:
        ended = partial(until, doc, year[1], year[0]) if year else dict
        write(doc, s, [doc.subject], m["origin"], DKG.formerlySupervisedBy, ended)
    return found


def own_clause_agents(agents: str) -> str:
    """The agencies first, without a clause coordinated before them: "it has been co-built by A
    and B, and the PLA Navy became a supervising agency" (the PLA Navy; A and B are another
    clause's, co-builders)."""
    *before, last = _NEXT_CLAUSE.split(agents)
    return last.strip() if before and _VERB.search(before[-1]) else agents


_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|been)\b|\b[a-z]+ed\s+by\b")


def _agencies_it_has(doc: DocumentContext, s: Sentence, m: re.Match[str]) -> bool:
    """The agencies a sentence names as the institution's own supervising agencies."""
    owner = m["owner"]
    if owner is not None and not (
        doc.is_subject(owner) or re.fullmatch(r"(?:the\s+)?(?:university|institution)", owner, re.I)
    ):
        return False  # another's agencies
    if doc.negated_or_hedged(s.text) or doc.in_the_past(s.text):
        return False
    y = _start_year(s.text, m.groupdict().get("rest") or "", re.search(r"\bbecame\b", s.text) is not None)
    relation = DKG.jointlySupervisedBy if m["joint"] else DKG.supervisedBy
    agents = own_clause_agents(m["agents"]) if m.re is ONE_OF_ITS_AGENCIES.expression else m["agents"]
    return write(doc, s, [doc.subject], agents, relation, partial(since, doc, y[1], y[0]) if y else dict)


# where a clause coordinated after another begins: "; ...", ", and ...", ", but ..." (or a list's last item)
_NEXT_CLAUSE = re.compile(r";|,\s*(?:and|but|while|whereas)\b")


def _start_year(text: str, after: str, became: bool) -> re.Match[str] | None:
    """When the relation began: "... since 2007" after the agencies, or "Since 2007, ..."; for
    "became", also "... in 2007" and "In 2007, ...". Group 1 is the year, group 0 its words. A year
    in a clause coordinated after is that clause's (", and in 2013 the province also joined")."""
    after = _NEXT_CLAUSE.split(after, maxsplit=1)[0]
    if became:
        return re.search(r"\b(?:in|since)\s+(\d{4})\b", after) or LEADING_SINCE.match(text) or LEADING_IN.match(text)
    return re.search(r"\bsince\s+(\d{4})\b", after) or LEADING_SINCE.match(text)


def write(
    doc: DocumentContext,
    s: Sentence,
    subjects: list[URIRef],
    agents: str,
    prop: URIRef,
    qualifiers: Callable[[], dict],
    certainty: str | None = None,
    left: frozenset[URIRef] = frozenset(),
    only: tuple[URIRef, ...] = (),
) -> bool:
    """One fact per subject and agency named in ``agents`` (up to where the list ends), but those
    that ``left`` (and, given ``only``, those of none of its types), with the ``qualifiers`` made
    (their date nodes written) only when there is one;
    ``certainty``: how sure the fact is where not as its agency is named ("implied": what the
    sentence says is so only with another sentence's help)."""
    targets = agencies(doc, s, listed(agents), subjects, now=prop != DKG.formerlySupervisedBy)
    targets = {
        target: certainty
        for target, certainty in targets.items()
        if target not in left and (not only or doc.has_type(target, *only))
    }
    pairs = [(subject, target) for subject in subjects for target in targets]
    if RESPECTIVELY.search(s.text):
        # "A and B are supervised by X and Y respectively": A by X, B by Y, or nothing when they do not pair
        if len(subjects) != len(targets):
            return False
        pairs = list(zip(subjects, targets, strict=True))
    made = qualifiers() if pairs else {}
    for subject, target in pairs:
        doc.fact(subject, prop, target, s, qualifiers=made, certainty=certainty or targets[target])
    return bool(pairs)


def listed(agents: str) -> str:
    """The agencies' list, up to where it ends (a clause about something else, a date, a purpose)."""
    cut = AGENTS_END.search(agents)
    return agents[: cut.start()] if cut else agents


# a note on an agency, whose bodies are none of the supervisors: "CASC, the successor to the Seventh
# Ministry,", "SASTIND (the successor to COSTIND)", "SASTIND (formerly COSTIND)", "MIIT (possibly also
# SASTIND)", "COSTIND's successor SASTIND" (SASTIND's, not COSTIND's); a bracket placing the agency
# in its parent, "SASTIND (part of MIIT)", "SASTIND (an agency under MIIT)": the parent is no supervisor
AGENCY_NOTE = re.compile(
    r"\b[A-Z][\w-]*['’]s\s+(?:(?:direct|immediate)\s+)?(?:successor|predecessor)\s+(?=(?:the\s+)?[A-Z])|"
    r",\s*(?:the|a|its)\s+(?:(?:direct|immediate)\s+)?(?:successor|predecessor|heir)\s+(?:to|of)\s+[^,;()（）]+?(?=,|;|\s+and\b|$)|"
    r"\s*[(（]\s*(?:the\s+|an?\s+|its\s+)?(?:(?:direct|immediate)\s+)?(?:successor|predecessor|heir|formerly|previously|"
    r"originally|former|known|possibly|perhaps|probably|reportedly|allegedly|maybe|likely|part\s+of|under|within|"
    r"subordinate\s+to|(?:agency|body|bureau|department|arm|unit|organ)\s+(?:of|under|within))\b[^()（）]*?\s[^()（）\s][^()（）]*[)）]"
)
# a remark that ends or doubts an agency's part: "(through 2020)", "(until 2018)", "(1999–2008)",
# "(formerly)", "(reportedly)" (its Chinese name or "(lead agency)" changes nothing)
NOT_NOW = re.compile(
    r"(?i)\b(?:until|till|ended|through\s+\d{4}|to\s+\d{4}|former|formerly|previously|possibly|perhaps|probably|"
    r"reportedly|allegedly|unconfirmed)\b|(?<!since\s)\b\d{4}\s*[-–]\s*(?:\d{4}|\d{2})\b"
)


def agencies(
    doc: DocumentContext, s: Sentence, text: str, subjects: list[URIRef], *, now: bool = True
) -> dict[URIRef, str]:
    """The organisations a list of supervisors names, with the certainty of each: 'implied' for the
    possessor of the body named ("the X's Network Systems Department"). A government, ministry,
    administration or commission the registry does not know is minted from its name."""
    text = resolve_anaphora(doc, s, government_names(WITH_A_ROLE.sub("", AGENCY_NOTE.sub("", text))))
    mentions = doc.orgs_in(text)
    mentions += [
        (m.start("name"), m.end("name"), agency)
        for m in UNKNOWN_AGENCY.finditer(text)
        if not any(a < m.end("name") and m.start("name") < b for a, b, _ in mentions)
        and (agency := new_agency(doc, m["name"], s)) is not None
    ]
    found: dict[URIRef, str] = {}
    if alternatives(text, sorted(mentions)):
        return found  # "by either MIIT or SASTIND": neither for certain
    for _, end, iri in sorted(mentions):
        if iri in subjects or doc.has_type(iri, DKG.University, DKG.CivilianUniversity, DKG.Laboratory):
            continue
        if now and (remark := REMARK.match(text, end)) and NOT_NOW.search(remark[1]):
            continue  # "CETC (through 2020) and AVIC", "COSTIND (1999–2008)": not a supervisor now
        possessor = re.match(r"['’]s?\s+(?P<owned>(?:(?:[A-Z][\w-]*|\d+(?:st|nd|rd|th)?)\s*)+)", text[end:])
        if possessor and _owns_an_agency(doc, mentions, end + possessor.start("owned")):
            continue  # "MIIT's SASTIND": the agency named supervises, not the ministry it belongs to
        certainty = "implied" if possessor else "stated"
        if found.get(iri) != "stated":
            found[iri] = certainty
    return found


def _owns_an_agency(doc: DocumentContext, mentions: list[tuple[int, int, URIRef]], at: int) -> bool:
    """A government agency of its own is named at ``at``, right after a possessor's "'s"."""
    return any(start == at and doc.has_type(iri, DKG.GovernmentAgency) for start, _, iri in mentions)


def new_agency(doc: DocumentContext, name: str, s: Sentence) -> URIRef | None:
    """A government body the registry does not know, minted from its name (once per build); None
    for a name several known bodies share."""
    name = re.sub(r"^(?:Chinese|China['’]s)\s+", "", re.sub(r"\bCity Government$", "Municipal Government", name))
    return known_or_new(doc, name, DKG.GovernmentAgency, s)


def resolve_anaphora(doc: DocumentContext, s: Sentence, text: str) -> str:
    """ "the provincial government" -> the provincial government named last before it: in the
    sentence, or earlier in the profile."""
    if s not in doc.profile.sentences:
        return text
    before = [x.text for x in doc.profile.sentences[: doc.profile.sentences.index(s) + 1]]

    def named(m: re.Match) -> str:
        kind = KIND_OF_GOVERNMENT[(m["kind"] or m["city"]).lower()]
        governments = [
            doc.ctx.registry.label(iri)
            for sentence in before
            for _, _, iri in doc.ctx.registry.find_in(government_names(sentence))
            if doc.has_type(iri, DKG.GovernmentAgency) and kind in doc.ctx.registry.label(iri)
        ]
        return governments[-1] if governments else m[0]

    return GOVERNMENT_ANAPHORA.sub(named, text)


def describes(doc: DocumentContext, s: Sentence) -> str | None:
    """ "CQU is a leading Chinese research institution subordinate to ...": the description (without
    the relative pronoun that brings the verb: "is a MOE university that is jointly overseen by")."""
    clause = doc.main_clause(s)
    verb = PASSIVE.search(clause)
    m = verb and doc.subject_then(
        r"\s+(?:is\s+)?(?P<description>an?\s+[^,]+?)(?:\s+(?:that|which)\s+(?:is|has\s+(?:long\s+)?been))?\s+$",
        clause[: verb.start()],
    )
    return m["description"] if m else None


def until(doc: DocumentContext, year: str | None, verbatim: str | None = None) -> dict:
    """The end date qualifier of a supervision a transfer ended "in <year>" (none without a year)."""
    return {DKG.endDate: _year_value(doc, "supervision-until", year, verbatim or f"in {year}")} if year else {}


def worded(text: str, year: str | None) -> str | None:
    """The words of ``text`` that gave a relation's year ("Since June 2008", "in 2016"; see
    ``since_year``): a date's verbatim wording is the text's, not ours ("since 2016" for "In 2016")."""
    if not year:
        return None
    # (or the year alone that a clause of "when" is told of: see ``WHEN_IT``)
    m = re.search(rf"\b(?:[Ss]ince|[Ii]n)\s+(?:[A-Z][a-z]+\s+)?{year}\b", text) or re.search(
        rf"\b{year}(?=,\s*when\s+it\b)", text
    )
    return m[0] if m else None


def since(doc: DocumentContext, year: str | None, verbatim: str | None = None) -> dict:
    """The start date qualifier of a supervision "since <year>" (none without a year)."""
    if not year:
        return {}
    return {DKG.startDate: _year_value(doc, "supervision-since", year, verbatim or f"since {year}")}

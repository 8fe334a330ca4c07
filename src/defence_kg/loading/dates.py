"""loaders: read dates as sources word them, keeping their precision.

"In December 2016" is a month, not 2016-12-01; "2016" is a year. Vague wording ("late 2011")
is left to the caller, which records it verbatim with bounds and an EDTF reading, checked here.
"""

from __future__ import annotations

import datetime
import functools
import re
import time
from dataclasses import dataclass

from rdflib import Literal
from rdflib.namespace import XSD

from defence_kg.core.errors import LoaderError
from defence_kg.core.namespaces import EDTF

MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        start=1,
    )
}
_MONTH = "(?:" + "|".join(m.capitalize() for m in MONTHS) + ")"

# a day may be written as an ordinal: "5th May 2021", "May 1st, 2021"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
DAY_MONTH_YEAR = re.compile(rf"\b{_DAY} ({_MONTH}),? (\d{{4}})\b")
MONTH_DAY_YEAR = re.compile(rf"\b({_MONTH}) {_DAY},? (\d{{4}})\b")
# an ISO date, "2021-05-05" (not a range of years, "2016-2020")
ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
MONTH_YEAR = re.compile(rf"\b({_MONTH}),? (\d{{4}})\b")
# a year ends at a word's end or at the Chinese character for year, "2007年" (a word character:
# no \b between them), which Chinese-English pages write
YEAR_ENDS = r"(?:\b|(?=年))"
YEAR = re.compile(rf"\b(19\d\d|20\d\d){YEAR_ENDS}")
# a word right before a date that makes it approximate: "in around 2017", "circa 1958"
APPROXIMATELY = re.compile(r"\b(?:around|about|approximately|roughly|circa|c\.|ca\.)\s+$", re.IGNORECASE)
# a second year right after a date, given as its alternative: "in 2011 or 2012", "late 2011 or in early 2012"
OR_ANOTHER_YEAR = re.compile(
    rf"年?\s+or\s+(?:in\s+)?(?:(?:early|late|mid-?)\s*)?(?:19|20)\d\d{YEAR_ENDS}", re.IGNORECASE
)


@dataclass(frozen=True)
class PreciseDate:
    """A date at the precision the text gives: ``year``, ``month`` or ``day``; ``approximate``
    when the text says "around" it (its EDTF reading is then ``iso~``)."""

    iso: str
    precision: str
    verbatim: str
    approximate: bool = False

    @property
    def literal(self) -> Literal:
        datatype = {"year": XSD.gYear, "month": XSD.gYearMonth, "day": XSD.date}[self.precision]
        return Literal(self.iso, datatype=datatype)


# a source's date is not the fact's: "According to a 2015 media report, ..."
_ATTRIBUTION = re.compile(r"\b[Aa]ccording\s+to\b[^,;]*")


# when a frame was said, after its verb: "said in 2019 that", "told reporters on 5 May 2021 that"
_SAID_WHEN = r"(?:(?:in|on)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4})"
# where a body said it, in its own pages: "AU states on its website that ...", "... in its 2019 yearbook"
_SAID_WHERE = (
    r"(?:on|in)\s+(?:its|their)\s+(?:\d{4}\s+)?(?:official\s+)?"
    r"(?:website|web\s*page|homepage|yearbook|prospectus|brochure|annual\s+report)"
)
# a frame's verb in the perfect says the same: "reports have said that", "officials have stated that"
_PERFECT = r"(?:(?:has|have|had)\s+)?"
# the press as a source, by its kind: "media", "state media", "Chinese state media", "news outlets",
# "local newspapers", "the state news agency" (a paper or agency by its name is a body's, ``BODY_TOLD``)
_MEDIA = r"media|(?:news\s+)?outlets|newspapers?|(?:news\s+)?agenc(?:y|ies)|press"


def told_after(verbs: str) -> str:
    """An expression for a source told in a clause that ends the sentence, with one of ``verbs``
    and when it was said: "..., a 2015 press release shows.", "..., as a 2019 report suggested.",
    "..., or so its annual report suggests.", "..., indications suggest.", "..., state media reported
    in 2019." (group ``source``: what is told by; its year is the source's)."""
    return (
        r",\s*(?:as\s+|or\s+so\s+|which\s+)?(?P<source>(?:(?:an?|the|its|their|one|some|several|many|recent|earlier|older|"
        r"later)\s+)?(?:[\w'’-]+\s+){0,3}?(?:reports?|press\s+releases?|articles?|stud(?:y|ies)|analys[ie]s|"
        r"statements?|documents?|filings?|records|websites?|announcements?|notices?|sources|data|indications|"
        rf"evidence|{_MEDIA}))\s+{_PERFECT}(?:{verbs})(?:\s+{_SAID_WHEN})?\s*\.?$"
    )


# a report, article or study cited as a source: "A 2019 report", "Media reports in 2018", "A report by
# the South China Morning Post" (a name among its words is whose report it is, all its words: "A CETC
# report", "A 2019 Kestrel University report", group ``reported_by``; one after "by", group
# ``reported_by_whom``; its year is the source's)
_REPORTS_KIND = r"(?:\d{4}|[Mm]edia|[Pp]ress|[Nn]ews)\s+"
_REPORTING_BODY = r"(?:university|company|institute|academy|college|school|laboratory|group|corporation|ministry)"
_REPORT = (
    r"(?:(?i:an?|the|one|its|their|some|several|many|recent|earlier)\s+)?"
    rf"(?:{_REPORTS_KIND}){{0,2}}(?:(?P<reported_by>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}})\s+)?(?:{_REPORTS_KIND}){{0,2}}"
    # (a body by its noun, and a word of its own: "the university's official website")
    rf"(?:{_REPORTING_BODY}(?:['’]s)?\s+)?(?:official\s+)?"
    r"(?:reports?|articles?|stud(?:y|ies)|investigations?|analys[ie]s|reviews?|audits?|assessments?|"
    # (or a body's own pages and papers: "Its website says that ...", "The university's yearbook states that ...")
    r"websites?|web\s*pages?|homepages?|yearbooks?|prospectus(?:es)?|brochures?)"
    r"(?:\s+by\s+(?:the\s+)?(?P<reported_by_whom>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,5}))?"
    r"(?:\s+(?:in|from)\s+(?:[A-Z][a-z]+\s+)?\d{4})?"
)
# the verbs that tell what a report states ("claimed", "alleged", "suggested" are weaker: a sentence
# with them stays unread)
REPORT_VERBS = (
    r"(?:said|stated|found|revealed|showed|shown|noted|reported|confirmed|concluded|documented|"
    r"says|states|finds|reveals|shows|notes|reports|confirms|concludes|documents)"
)
# a report, article or study a sentence opens by citing, what it said after "that": "A 2019 report
# said that ...", "Media reports in 2018 stated that ...", "Reports have found that ..." (group
# ``reported``: the source; its year is the source's, not what it says)
REPORTED = rf"(?P<reported>{_REPORT})\s+{_PERFECT}{REPORT_VERBS}\s+that\b"
# the name of a body people speak for, after "for", "at", "of", "from": "CETC", "the university", "the
# Ministry of Education", "the Ministry of Industry and Information Technology" (group ``told_for``),
# and the place it is in ("Officials at KAU in Harbin")
_PEOPLES_BODY = (
    r"(?P<told_for>(?:the\s+)?(?:[a-z]+|[A-Z][\w'’&-]*(?:\s+(?:(?:of|and|for)\s+(?:the\s+)?)?[A-Z][\w'’&-]*){0,7}))"
    r"(?:\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"
)


# the kind of body people speak for, or their rank, as words before them: "a ministry spokesperson",
# "university officials", "senior company executives" (group ``told_kind``: a body, though not named;
# not "unnamed", "anonymous", "former" officials, whose words are hearsay or no body's)
_PEOPLES_KIND = (
    r"(?P<told_kind>(?:(?i:senior|top|high-ranking|ministry|university|company|government|school|institute|academy|"
    r"college|department|bureau|agency|corporation|group|military|defen[cs]e|provincial|municipal|local|party|state|"
    r"industry|embassy|commission|administration)\s+){1,2})"
)
# words before people that make them hearsay or no body's, whatever their case ("Unnamed officials")
_NO_BODYS = r"(?!(?i:unnamed|anonymous|unidentified|some|several|certain|other|former|many|few)\b)"


def people_told(people: str) -> str:
    """An expression for people cited as a source, of ``people`` (group ``told``: "KAU officials",
    "A CETC spokesperson"; a name before them is whose people they are, group ``told_by``, and so is
    a possessive, "The university's officials", or a body named after them, "A spokesperson for
    CETC", "Officials at the university", "Officials of the Ministry of Education", groups
    ``told_of``, ``told_for``; a word of a body's kind or a rank before them, "A ministry
    spokesperson", "senior university officials", group ``told_kind``)."""
    return (
        rf"(?P<told>(?:(?i:an?|the|its|their)\s+)?{_NO_BODYS}(?:(?P<told_by>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,4}})\s+)?"
        rf"(?:(?P<told_of>[a-z]+['’]s)\s+)?{_NO_BODYS}{_PEOPLES_KIND}?"
        rf"(?i:{people})"
        rf"(?:\s+(?:for|at|of|from)\s+{_PEOPLES_BODY})?)"
    )


# a press outlet people told, by its name of up to six words: "the South China Morning Post", "the
# state-run Global Times", "the People's Daily", "the Science and Technology Daily", "a Global Times
# reporter" (only after "told": no wider frame elsewhere)
_THE_PRESS = (
    r"(?:(?:the|an?)\s+)?(?:[a-z]+-[a-z]+\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:of|and|for)\s+)?[A-Z][\w'’-]*){0,5}"
    r"(?:\s+(?:reporters?|journalists?|correspondents?))?"
)
# people whose words a report gives: "officials were quoted as saying (that)"
_QUOTED_AS_SAYING = r"(?:was|were|have\s+been|has\s+been)\s+quoted\s+as\s+saying"


def people_said(people: str) -> str:
    """An expression for people a sentence opens by citing, up to what they said after "that", of
    ``people`` (``people_told``): "KAU officials said that ...", "Officials told reporters in 2019
    that ..." (the year is when they said it), "Officials have stated that ...". Only verbs that tell
    what they state: "claimed", "alleged" are weaker."""
    return (
        rf"{people_told(people)}\s+{_PERFECT}"
        rf"(?:told\s+(?:{_THE_PRESS}\s+|(?:[\w-]+\s+){{1,2}}?)|said\s+|stated\s+|confirmed\s+|announced\s+|"
        rf"{_QUOTED_AS_SAYING}\s+)"
        rf"(?:{_SAID_WHEN}\s+)?that\b"
    )


# people who speak for a body ("Sources said that ..." is hearsay, no frame the sentence is read past)
# and officers after a word of the armed forces ("military officers", "PLA officers"; "officers" alone
# are too often the trainees a sentence is about: "..., officers graduated")
SPOKESPEOPLE = (
    r"officials?|spokes(?:person|man|woman|people)|representatives?|executives?|researchers|staff|"
    # (and those who lead it: "its president", "the laboratory's director", "AVIC's chairman")
    r"(?:vice-)?presidents?|directors?|chairm[ae]n|chairwom[ae]n|(?:party\s+)?secretar(?:y|ies)|leaders|leadership|"
    r"(?:(?<=military )|(?<=PLA )|(?<=army )|(?<=navy )|(?<=naval )|(?<=defence )|(?<=defense ))officers"
)
PEOPLE_SAID = people_said(SPOKESPEOPLE)
# the verbs a body named after what it frames may have: those that tell what is stated ("says",
# "has said", "confirmed", "added"), those of a claim ("claims", "maintains": its own claim stated,
# another's not) and those of doubt or dispute ("alleges", "suggested", "denies": none stated)
BODY_STATES = (
    r"says|said|states|stated|notes|noted|reports|reported|confirms|confirmed|announces|announced|writes|wrote|"
    r"acknowledges|acknowledged|admits|admitted|adds|added|explains|explained|discloses|disclosed|declares|declared|"
    # (what a body's research tells: "The Kestrel Foundation has identified that ...")
    r"finds|found|identifies|identified"
)
BODY_CLAIMS = r"claims|claimed|asserts|asserted|maintains|maintained|insists|insisted"
_BODY_DOUBTS = (
    r"alleges|alleged|suggests|suggested|argues|argued|believes|believed|denies|denied|contends|contended|hints|"
    r"hinted|implies|implied|thinks|thought|disputes|disputed|speculates|speculated"
)
# the kinds of body a noun names it by: "the university", "the state-owned company", "its parent
# group"; in a frame ("The regulator said that ..."), and in a description between commas ("CETC, a
# state-owned conglomerate, ...", "China's defence industry agency, SASTIND, ...": ``context``)
BODY_NOUN = (
    r"universit(?:y|ies)|compan(?:y|ies)|firm|maker|manufacturer|subsidiary|start-?up|group|corporation|"
    r"conglomerate|enterprise|supplier|contractor|institute|academy|school|college|laboratory|ministry|commission|"
    r"agency|administration|government|regulator|department|bureau|organi[sz]ation"
)
# capitalised words at a sentence's start that name no body: a pronoun, hearsay or people of no
# body ("Sources said that ...", "Experts say that ...", "Officers said that ...": no source the
# sentence is read past)
_NO_BODY = (
    r"(?:It|This|That|These|Those|There|He|She|They|We|Some|Many|Several|Others?|Sources?|Reports?|Analysts?|"
    r"Experts?|Observers?|Critics?|Insiders?|Rumou?rs?|Commentators?|Officials?|Officers?|Researchers?|Scientists?|"
    r"Engineers?|Scholars?|Staff|Employees?|Students?|Diplomats?|People|Witnesses|Anonymous|Unnamed|Documents?|"
    r"Records)\b"
)
# a body or the press a sentence opens by citing, up to what it said after "that", with a verb that
# tells what is stated: "State media reported that ...", "Xinhua reported in 2019 that ...", "AVIC says
# that ...", "The university says that ...", "The Ministry of Education said in 2017 that ..." (group
# ``said_by``, a body, named or by its noun, whose "it" after the frame may be; ``said_press``, the
# press by its kind; the year is the saying's; whose claim or doubt, "AVIC claims that ...", is no
# frame read past: the sentence stays unread as before)
BODY_SAID = (
    rf"(?:(?P<said_press>(?:(?i:the|some)\s+)?(?:[A-Za-z-]+\s+){{0,2}}?(?i:{_MEDIA}))|"
    rf"(?P<said_by>(?i:the|its)\s+(?:[a-z-]+\s+){{0,2}}?(?:{BODY_NOUN})|"
    rf"(?:The\s+)?(?!{_NO_BODY})[A-Z][\w'’&-]*(?:\s+(?:(?:of|and|for)\s+(?:the\s+)?)?[A-Z][\w'’&-]*){{0,7}}))"
    rf"\s+{_PERFECT}(?:{BODY_STATES})(?:\s+{_SAID_WHERE})?(?:\s+{_SAID_WHEN})?\s+that\b"
)
# what a report or people said: "A 2019 report said that ", "KAU officials said that " (each ends
# with "that": looked for first, in one pass, since trying the people's and reports' words at the
# start of every sentence, backtracking through the names before them, was a sixth of the time
# of matching a sentence's leading clause)
SAID_FRAME = rf"(?=(?s:.*?)\bthat\b)(?:{REPORTED}|{PEOPLE_SAID}|{BODY_SAID})"
# the present said at a sentence's start: "Today it is run by MIIT", "Currently, AU is ..."
NOW_OPENING = r"(?:Today|Currently|Now|Nowadays|At\s+present|Presently)"
# the time a frame opens with is when it was said: "In 2019, a report said that ...", "In early 2020,
# a study found that ...", "On 5 May 2021, a spokesperson said that ...", "Since 2019, reports have
# said that ..."; or where it was said: "In a 2019 article, Xinhua reported that ...", "In its 2018
# annual report, KAU stated that ..."
FRAME_TIME = (
    r"(?:(?:In|On|Since)\s+(?:(?:early|late|mid-?)\s*)?(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2},\s+)?\d{4},\s*|"
    r"In\s+(?:a|an|its|their)\s+(?:(?:\d{4}|[a-z]+)\s+){0,2}(?:article|report|interview|statement|speech|"
    r"press\s+release|post|paper|notice|filing),\s*)?"
)
_REPORTED_FRAME = re.compile(f"^{FRAME_TIME}{SAID_FRAME}")


def _said_by(verbs: str, people: str, *, reports: bool = True) -> str:
    """An expression for a report (unless not ``reports``) or people and one of ``verbs``, with when
    it was said, told inside or after what it frames (groups as ``REPORTED``'s and ``people_told``'s)."""
    report = rf"(?P<reported>{_REPORT})|" if reports else ""
    return rf"(?:as\s+)?(?:{report}{people_told(people)})\s+{_PERFECT}(?:{verbs})(?:\s+{_SAID_WHEN})?"


def said_aside(verbs: str, people: str) -> str:
    """An expression for a frame told between commas inside what it frames, a report or people and
    one of ``verbs``, with when it was said: "KAU, officials said, collaborates with CETC", "KAU, a 2020
    report found, has trained ...", "KAU, officials said in 2019, ..." (groups as ``REPORTED``'s and
    ``people_told``'s)."""
    return rf",\s*{_said_by(verbs, people)}\s*,"


def said_at_the_end(verbs: str, people: str, *, reports: bool = True) -> str:
    """An expression for a frame told after what it frames, ending the sentence: "KAU collaborates
    with CETC, officials said.", "..., a spokesperson told reporters.", "..., KAU officials said in
    2019." (groups as ``said_aside``'s; of people alone unless ``reports``)."""
    return rf",\s*{_said_by(verbs, people, reports=reports)}\s*\.?$"


# the verbs of a frame that tell what is stated: "said", "found", "told reporters", "told Reuters"
_TOLD_WHOM = rf"told\s+(?:(?:the\s+)?[a-z-]+|{_THE_PRESS})"
SAID_VERBS = rf"{REPORT_VERBS}|stated|announced|{_TOLD_WHOM}|{_QUOTED_AS_SAYING}"
# any verb of a frame ending the sentence, but not a word that goes on with a list or a name ("...,
# researchers and staff.", "..., researchers from NUDT." are no frames)
ANY_VERB_AT_THE_END = rf"{_TOLD_WHOM}|(?!(?:and|or|but|nor|of|in|at|for|from|with|to|on|by|as|the|a|an)\b)[a-z]+"
# a frame between commas with a verb that tells what is stated (its year is when it was said)
SAID_ASIDE = re.compile(said_aside(SAID_VERBS, SPOKESPEOPLE))
# the same frame ending the sentence (its year is when it was said, too)
SAID_AT_THE_END = re.compile(said_at_the_end(SAID_VERBS, SPOKESPEOPLE))


# a relative clause that gives a body as confirming what it follows: "..., which AVIC confirmed.", "...,
# a tie CETC has confirmed.", "..., a partnership the ministry acknowledged in 2019."
_CONFIRMING = (
    r"which\s+|(?:an?|the)\s+(?:[a-z-]+\s+)?(?:ties?|links?|fact|partnerships?|relationships?|arrangements?|"
    r"connections?|cooperation|collaboration)\s+(?:that\s+|which\s+)?"
)
# the verbs with which such a clause tells what is stated (not "added", "announced", "listed": "...,
# which the Commerce Department added in 2019" is a clause of the fact's own, its year the fact's)
_CONFIRMS = r"confirms|confirmed|acknowledges|acknowledged|admits|admitted|says|said|states|stated|reports|reported"
# a body named as the source after what it frames, ending the sentence: "..., AVIC says.", "..., CETC has
# said.", "..., the Ministry of Education stated in 2019.", "..., Xinhua reported.", "..., the university
# says.", "..., the state-owned company claims.", "..., it claims." (group ``body``, its verb
# ``body_verb``; whose the body is, the institution or another, only the document can tell; the year
# is the saying's)
BODY_TOLD = re.compile(
    rf",\s*(?:as\s+|(?P<relative>{_CONFIRMING})(?=.*\s(?:{_CONFIRMS}|{BODY_CLAIMS}|{_BODY_DOUBTS})(?:\s+{_SAID_WHEN})?\s*\.?$))?"
    r"(?P<body>(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:(?:of|and|for)\s+(?:the\s+)?)?[A-Z][\w'’&-]*){0,7}|"
    r"it|(?:the|its)\s+(?:[a-z-]+\s+){0,2}?[a-z]+)"
    rf"\s+{_PERFECT}(?P<body_verb>{BODY_STATES}|{BODY_CLAIMS}|{_BODY_DOUBTS})(?:\s+{_SAID_WHEN})?\s*\.?$"
)


def body_told(text: str) -> re.Match[str] | None:
    """The body ``text`` ends by naming as its source (``BODY_TOLD``), looked for after its last comma
    alone (a frame's name holds none)."""
    comma = text.rfind(",")
    return BODY_TOLD.match(text, comma) if comma >= 0 else None


# "..., a 2015 press release shows.": the year is the source's; ", assuming the 2015 report is
# right", ", if the 2015 figures are correct": the report's too; and people's, whatever their verb
# ("..., officials said in 2019.", "..., a CETC spokesperson claimed."), and a body's ("..., AVIC says.")
TOLD_AFTER = re.compile(
    told_after(r"[a-z]+")
    + "|"
    + said_at_the_end(ANY_VERB_AT_THE_END, SPOKESPEOPLE, reports=False)
    + "|"
    + BODY_TOLD.pattern
    + r"|,\s*(?:if|assuming|provided\s+that|supposing)\b[^,;]*\.?$"
)
# a founding told in passing, in an apposition or a leading participle's phrase: its date is the
# founding's, not the fact's ("AU, founded in 1958, holds ...", "Founded in 1958, AU established ...")
_FOUNDING_ASIDE = re.compile(
    r"(?:^|,\s*)(?:which\s+was\s+|after\s+being\s+|having\s+been\s+)?(?:[Ff]ounded|[Ee]stablished|[Ss]et\s+up|"
    r"[Cc]reated|[Ff]ormed)\s+in\s+[^,;]{0,40},"
    # (or a tie told in passing: "CU, supervised by MIIT since 2008, was added to the Entity List")
    r"|,\s*(?:supervised|administered|run|funded|owned|controlled|managed|overseen|backed)\s+by\s+[^,;]{1,60}?"
    r"\s(?:in|since|from)\s+[^,;]{0,30},"
)


# a date a thing came before or after, not its own: "Before 2010, AU signed ...", "By 2018, AU had
# signed agreements with ...", "after 2015" (thirty-eighth session: each was dated that year)
_A_BOUND = re.compile(r"\b(?:[Bb]efore|[Aa]fter|[Bb]y|[Pp]rior\s+to|[Nn]o\s+later\s+than)\s+$")


# a date another is told from, or one still to come: "two years after its founding in 1952", "a
# decade before opening its laboratory in 2012", "on a project due to finish in 2025" (thirty-ninth
# session: each was the fact's date)
_TOLD_FROM = r"\b(?:years?|months?|decades?|weeks?)\s+(?:after|before|following|prior\s+to)\b[^.;,]{0,60}$"
_FROM_ANOTHER = re.compile(_TOLD_FROM)
_AN_ANCHOR = re.compile(
    _TOLD_FROM
    + r"|\b(?:due|expected|scheduled|set|planned|slated|intended)\s+to\s+(?:[a-z]+\s+){1,3}(?:in|by)\s+(?:[A-Z][a-z]+\s+)?$"
)


def bound_at(text: str, at: int) -> bool:
    """Whether the year at ``text[at:]`` is a bound ("before", "after", "by" it), or a date another
    is told from or one to come (``_AN_ANCHOR``): not a date of what the text says."""
    return (
        _A_BOUND.search(text, max(0, at - 24), at) is not None
        or _AN_ANCHOR.search(text, max(0, at - 90), at) is not None
    )


def dated_from_another(text: str, at: int) -> bool:
    """Whether what ``text[at:]`` tells is dated from another time, in the same clause ("..., two
    years after it received security credentials"): the clause's other year is not its date."""
    return _FROM_ANOTHER.search(text, max(0, at - 90), at) is not None


def find_date(text: str) -> PreciseDate | None:
    """The first, most precise date in ``text`` (day, then month, then year), or None. A day that
    does not exist ("31 February 2020") is not read as a day: its month and year still are. A
    date said to be approximate ("around 2017") is so, with its word; one given with another
    year as its alternative ("in 2011 or 2012") is none: the text does not say which. A date in
    an attribution is its source's, not read ("According to a 2015 report, ...", "..., a 2015
    report shows"), nor one of a
    founding told in passing ("AU, founded in 1958, holds ...")."""
    if "ccording" in text:
        text = _ATTRIBUTION.sub(lambda m: " " * len(m[0]), text)  # (offsets kept for the verbatim)
    if " that " in text:  # ("A 2019 report said that ...": the report's year)
        text = _REPORTED_FRAME.sub(lambda m: " " * len(m[0]), text)
    if "," in text:  # ("..., a 2015 press release shows.", "KAU, a 2020 report found, ...")
        text = TOLD_AFTER.sub(lambda m: " " * len(m[0]), text)
        text = SAID_ASIDE.sub(lambda m: " " * len(m[0]), text)
        text = SAID_AT_THE_END.sub(lambda m: " " * len(m[0]), text)
    if " in " in text or " since " in text:
        text = _FOUNDING_ASIDE.sub(lambda m: " " * len(m[0]), text)
    if (m := ISO_DAY.search(text)) and _exists(m[1], int(m[2]), int(m[3])):
        return _as_worded(text, m, m[0], "day")
    if (m := DAY_MONTH_YEAR.search(text)) and _exists(m[3], MONTHS[m[2].lower()], int(m[1])):
        day, month, year = int(m[1]), MONTHS[m[2].lower()], m[3]
        return _as_worded(text, m, f"{year}-{month:02d}-{day:02d}", "day")
    if (m := MONTH_DAY_YEAR.search(text)) and _exists(m[3], MONTHS[m[1].lower()], int(m[2])):
        month, day, year = MONTHS[m[1].lower()], int(m[2]), m[3]
        return _as_worded(text, m, f"{year}-{month:02d}-{day:02d}", "day")
    if m := MONTH_YEAR.search(text):
        return _as_worded(text, m, f"{m[2]}-{MONTHS[m[1].lower()]:02d}", "month")
    if m := YEAR.search(text):
        return _as_worded(text, m, m[1], "year")
    return None


def _as_worded(text: str, m: re.Match[str], iso: str, precision: str) -> PreciseDate | None:
    if OR_ANOTHER_YEAR.match(text, m.end()) or bound_at(text, m.start()):
        return None
    if around := APPROXIMATELY.search(text, 0, m.start()):
        return PreciseDate(iso, precision, around[0] + m[0], approximate=True)
    return PreciseDate(iso, precision, m[0])


def _exists(year: str, month: int, day: int) -> bool:
    try:
        datetime.date(int(year), month, day)
    except ValueError:
        return False
    return True


@functools.cache  # parsing takes milliseconds, and the same readings recur
def check_edtf(text: str) -> str:
    """``text`` if it is a valid EDTF value (ISO 8601-2, as the edtf package parses it) whose
    interval, if it is one, does not end before it starts; a LoaderError saying why otherwise."""
    import edtf  # here, not at the top: building its grammar slows every command

    try:
        parsed = edtf.parse_edtf(text)
    except edtf.EDTFParseException as e:
        raise LoaderError(
            f"'{text}' is not an EDTF value",
            why=str(e),
            fix="write it as EDTF, e.g. '2012-05' (May 2012) or '2011-09%/2012-04%' "
            "(from about September 2011 to about April 2012, both uncertain)",
        ) from None
    start, end = parsed.lower_strict(), parsed.upper_strict()
    # open or unknown ends are infinities, not dates: only two dates can be out of order
    if isinstance(start, time.struct_time) and isinstance(end, time.struct_time) and start > end:
        raise LoaderError(
            f"EDTF interval '{text}' ends before it starts",
            why=f"its earliest day {_day(start)} is after its latest day {_day(end)}",
            fix="put the earlier date first",
        )
    return text


def edtf_literal(text: str) -> Literal:
    """A checked EDTF value (see ``check_edtf``) as a literal of the Library of Congress datatype."""
    return Literal(check_edtf(text), datatype=EDTF.EDTF)


def _day(t: time.struct_time) -> str:
    return f"{t.tm_year:04d}-{t.tm_mon:02d}-{t.tm_mday:02d}"

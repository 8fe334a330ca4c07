"""loaders: plain-text helpers of the extraction rules (no word lists; their state is what they keep of
the last texts: the last sentence lowered, the last clauses cut)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache

from defence_kg.core.automata import WordSets
from defence_kg.loading.dates import (
    ANY_VERB_AT_THE_END,
    BODY_SAID,
    FRAME_TIME,
    REPORTED,
    SAID_ASIDE,
    SAID_AT_THE_END,
    SAID_FRAME,
    SPOKESPEOPLE,
    body_told,
    people_said,
    said_aside,
    said_at_the_end,
    told_after,
)

_last_lowered: tuple[str, str] = ("", "")
#: the words of every gate (``Gated``)
GATE_WORDS = WordSets()


def ascii_lowered(text: str) -> str:
    """``text.lower()`` of an ASCII text, made once for the sentence every rule asks about in
    turn (and given back for the lowered text itself: lowering ASCII twice changes nothing)."""
    global _last_lowered
    last, lowered = _last_lowered
    if text is not last and text is not lowered:
        lowered = text.lower()
        _last_lowered = (text, lowered)
    return lowered


class Gated:
    """A regular expression searched only in texts that hold one of ``words``, words every match of
    it holds: every rule is tried on every sentence, most sentences are about something else, and
    testing a few words is about a hundred times cheaper than searching a sentence with a long
    alternation (20 µs for the credentials' one); every gate's words are looked for in a text at
    once (``GATE_WORDS``). The words are lower-case ASCII, looked for in the lower-cased text; a
    text with other characters is always searched, since matching without case pairs some of them
    with ASCII letters ("ſ" with "s", "K" with "k")."""

    def __init__(self, pattern: str, words: tuple[str, ...], flags: int = 0) -> None:
        self.expression = re.compile(pattern, flags)
        self.words = words
        self._ids = GATE_WORDS.ids(words)

    def may_match(self, text: str) -> bool:
        return not text.isascii() or not self._ids.isdisjoint(GATE_WORDS.found(ascii_lowered(text)))

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.expression.search(text, pos) if self.may_match(text) else None

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.expression.match(text, pos) if self.may_match(text) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.expression.finditer(text) if self.may_match(text) else iter(())

    def sub(self, replacement: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        return self.expression.sub(replacement, text, count) if self.may_match(text) else text


# whom a sentence gives as the source of what it says: "According to its website, ...", "...,
# according to Bloomberg."
# records or documents as the source of what a sentence says: "Procurement records", "Company filings"
SHOWING_SOURCE = r"(?:[A-Z][\w'’-]*\s+)?(?:[a-z-]+\s+)?(?:records|documents|filings|notices|data)"
# reports, sources or people of no name as a source: "some reports", "media reports", "unnamed officials"
SOME_REPORTS = (
    r"(?:some|several|many|multiple|various|media|press|news|local|official|unnamed|anonymous)\s+(?:[\w-]+\s+)?"
    r"(?:reports?|sources?|media|accounts?|articles?|officials?|analysts?|observers?|experts?|records|documents|"
    r"filings|statements|data)"
)
# a report, a document or the press told after what it states: "..., a 2015 press release shows.", "...,
# its website says.", "..., state media reported in 2019." (its year is the report's)
REPORT_AFTER = told_after(
    r"shows?|showed|says|said|states|stated|notes|noted|reports|reported|confirms|confirmed|reveals|revealed|"
    r"indicates?|indicated"
)
ATTRIBUTION = Gated(
    r"^According to (?P<lead>[^,]{2,80}),|,\s*according to (?P<end>[^,]{2,80}?)\.?$"
    # (and in its midst: "... was RMB 200 million according to an internal report, a figure that ...")
    # ("AU has, according to some reports, trained ...", "..., according to media reports, ...")
    rf"|\s+according to (?P<mid>(?:an?|the|its)\s[^,;]{{2,80}}?|{SOME_REPORTS})(?=\s*[,;]|\.?$)"
    # (or the records that show it: "Procurement records show that AU bought ...")
    rf"|^(?P<shows>{SHOWING_SOURCE})\s+(?:show|shows|showed|reveal|reveals|revealed)\s+that\b"
    # (or the people who said it: "IU officials told reporters that ...", "A spokesperson said that ...",
    # or the report, article or study: "A 2019 report said that KAU ...", "In 2019, a report said that ...",
    # or a body or the press: "Xinhua reported in 2019 that ...", "State media reported that ...")
    + "|^"
    + FRAME_TIME
    + f"(?:{people_said(SPOKESPEOPLE + '|sources')}|{REPORTED}|{BODY_SAID})"
    # (or after it: "..., a 2015 press release shows.", "..., its website says.", "..., state media reported.")
    + "|"
    + REPORT_AFTER,
    (
        "according to",
        "show",
        "reveal",
        "say",
        "said",
        "state",
        "note",
        "report",
        "confirm",
        "told",
        "announced",
        "indicat",
        "found",
        "finds",
        "conclude",
        "document",
        "announc",
        "wrote",
        "writes",
        "acknowledg",
        "admit",
        "added",
        "adds",
        "explain",
        "disclose",
        "declare",
        "identifie",
    ),
)


# A sentence framed as unsure as a whole, whatever its clauses say (each rule looks for cues only
# in its own clause): a trailing hedge (", some sources say", ", it is alleged", ", according to
# unconfirmed reports", ", though this could not be confirmed", ", an allegation AU rejects"), an
# opening one ("It is widely assumed that ...", "Some sources claim ..."), or a question.
UNSURE = Gated(
    r",\s*(?:(?:some|other|several|many|unnamed|anonymous|media)\s+)?(?:sources|reports|critics|analysts|observers|"
    r"commentators)\s+(?:say|said|claim|claimed|suggest|suggested|allege|alleged|believe|believed)\b"
    r"|,\s*it\s+(?:is|was|has\s+been)\s+(?:alleged|claimed|said|reported|rumou?red|believed|thought|suggested|"
    r"speculated)\b"
    # an aside: "AU holds, it appears, top-secret security credentials"
    r"|,\s*it\s+(?:appears|seems),"
    r"|,\s*according\s+to\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:unconfirmed|unverified|unsubstantiated|anonymous|unnamed)\b"
    # a source said to be one of few: ", at least according to some sources", ", if only according to ..."
    r"|,\s*(?:at\s+least|if\s+only|only)\s+according\s+to\b"
    # what rumour or speculation says: ", according to a rumour reported by ...", "According to rumours, ..."
    r"|(?:,\s*according|^According)\s+to\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:rumou?rs?|speculation|hearsay|gossip)\b"
    r"|,\s*(?:al)?though\s+(?:this|that|it|the\s+\w+)\s+(?:could|can|has|have|was|is|remains|did)\s*"
    r"(?:not|n't|never|yet|unverified|unconfirmed)\b"
    # what is disputed or denied: ", though this is disputed", ", though the university denies it"
    r"|,\s*(?:al)?though\s+(?:this|that|it|the\s+\w+)\s+(?:is|was|has\s+been|remains)\s+(?:\w+\s+)?"
    r"(?:disputed|contested|denied)\b"
    r"|,\s*(?:al)?though\s+(?:it|they|the\s+\w+|[A-Z][\w-]+)\s+(?:denies|denied|disputes|disputed)\b"
    # (or others: ", though some sources dispute this", ", although several analysts question it")
    r"|,\s*(?:al)?though\s+(?:(?:some|other|several|many)\s+)?(?:sources|reports|critics|analysts|observers|"
    r"commentators|experts)\s+(?:dispute|disputed|deny|denied|contest|contested|question|questioned|doubt|doubted)\b"
    r"|,\s*an?\s+(?:allegation|claim|accusation|charge)\b"
    # what is only presumed of all its kind: ", as all PLA institutions are presumed to"
    r"|,\s*as\s+(?:[\w-]+\s+){1,6}(?:is|are)\s+(?:\w+\s+)?(?:presumed|assumed|believed|thought|expected|said|"
    r"supposed|suspected)\s+to(?:\s+(?:be|have|do))?\s*\.?$"
    # (or doubted: "It is doubtful whether ...", "It is questionable whether ...", "It is uncertain if ...")
    r"|^It\s+(?:is|was|has\s+been|remains)\s+(?:widely\s+|generally\s+|often\s+|also\s+)?(?:assumed|alleged|claimed|"
    r"believed|thought|rumou?red|speculated|suspected|unproven|unclear|unconfirmed|uncertain|unknown|doubtful|"
    r"questionable|debatable|not\s+(?:yet\s+)?(?:known|clear|certain))\s+(?:that|whether|if)\b"
    # a question told as the subject: "Whether SASTIND supervises AU is unclear", "... remains unknown"
    r"|^Whether\b[^;]*?\b(?:is|was|remains|remained)\s+(?:still\s+|also\s+)?(?:unclear|unknown|uncertain|"
    r"not\s+(?:yet\s+)?(?:known|clear|certain)|disputed|contested|open)\b"
    r"|^(?:Some|Several|Many|Other|Unnamed|Anonymous)\s+(?:sources|reports|critics|analysts|observers|commentators)\s+"
    r"(?:say|said|claim|claimed|suggest|suggested|allege|alleged|believe|believed)\b"
    # a source told after it, unsure itself: ", a 2018 media report claimed", ", indications suggest"
    + "|"
    + told_after(r"claim(?:s|ed)?|suggest(?:s|ed)?|allege[sd]?|assert(?:s|ed)?|impl(?:y|ies|ied)|hint(?:s|ed)?")
    # a source told after it that is itself unconfirmed: ", an unconfirmed report says"
    + r"|,\s*(?:[\w-]+\s+){0,2}(?:unconfirmed|unverified|unsubstantiated|uncorroborated|anonymous|unnamed)\b"
    r"[^,;]*\s(?:says?|said|claims?|claimed|reports?|reported|shows?|showed|states?|stated)\s*\.?$"
    # what holds only if a source is right: ", if older reports are correct", ", assuming the report is right"
    + r"|,\s*(?:if|assuming|provided\s+that|supposing)\s+(?:that\s+)?[^,;]{0,80}?\b(?:is|are|was|were)\s+(?:\w+\s+)?"
    r"(?:correct|right|accurate|true|reliable)\b"
    r"|\?$",
    (
        "claim", "suggest", "assert", "alleg", "impl", "hint", "unverified", "unsubstantiated", "uncorroborated",
        "anonymous", "unnamed", "correct", "right", "accurate", "true", "reliable",
        "sources", "reports", "reported", "critics", "analysts", "observers", "commentators", "alleged", "claimed", "said",
        "rumoured", "rumored", "believed", "thought", "suggested", "speculated", "according", "though", "allegation",
        "claim", "accusation", "charge", "assumed", "suspected", "unproven", "unclear", "unconfirmed", "uncertain",
        "known", "clear", "presumed", "expected", "supposed", "appears", "seems", "?", "unknown", "whether",
        "disputed", "contested", "denied", "denies", "doubtful", "questionable", "debatable", "certain",
    ),
)  # fmt: skip


# a frame between commas inside what it frames, whatever its verb, of a report, of people who speak
# for a body or of hearsay: "KAU, a report claimed, collaborates with CETC", "KAU, officials alleged,
# ...", "KAU, sources said, ..." (only ``SAID_ASIDE``'s, whose verb tells what is stated, is read past)
_HEARSAY = r"(?:some\s+|several\s+|many\s+|other\s+)?(?:sources|analysts|experts|observers|critics|commentators|insiders|diplomats)"
# (the words of a source: a report's kind or people's)
_SOURCE_WORDS = (
    "report", "article", "stud", "investigation", "analys", "review", "audit", "assessment",
    # (a body's own pages and papers: ``dates._REPORT``)
    "website", "web", "homepage", "yearbook", "prospectus", "brochure",
    "official",
    "spokes", "representative", "executive", "researcher", "staff", "source", "expert", "observer", "critic",
    "commentator", "insider", "diplomat", "president", "director", "chairm", "chairwom", "secretar", "leader",
    # officers only after a word of the armed forces (``SPOKESPEOPLE``): "officers" alone is in many sentences
    "military officer", "pla officer", "army officer", "navy officer", "naval officer", "defence officer",
    "defense officer",
)  # fmt: skip
ANY_ASIDE = Gated(said_aside(r"[a-z]+", f"{SPOKESPEOPLE}|{_HEARSAY}"), _SOURCE_WORDS)
# a frame between commas that tells what is stated, set aside where a fact's time is looked for: "KAU,
# a 2020 report found, collaborates with CETC" (2020 is the report's)
SAID_BETWEEN_COMMAS = Gated(SAID_ASIDE.pattern, _SOURCE_WORDS)
# a frame of people ending the sentence, whatever its verb, or of hearsay: "KAU collaborates with CETC,
# officials claimed.", "..., insiders said." (only ``SAID_AT_THE_END``'s, "..., officials said.",
# tells what is stated; a report's at the end is ``told_after``'s, in ``ATTRIBUTION`` and ``UNSURE``)
ANY_FRAME_AT_THE_END = Gated(
    said_at_the_end(ANY_VERB_AT_THE_END, f"{SPOKESPEOPLE}|{_HEARSAY}", reports=False), _SOURCE_WORDS
)
# a frame ending the sentence that tells what is stated: "..., officials said in 2019." (the people
# are the source; their year dates nothing)
SAID_AFTER_IT = Gated(SAID_AT_THE_END.pattern, _SOURCE_WORDS)
_REPORT_AFTER = re.compile(REPORT_AFTER)


def without_source_at_the_end(text: str, end: str = "") -> str:
    """``text`` up to the source it ends by naming as telling what it states, and ``end`` after it:
    people ("..., officials said in 2019.", ``SAID_AFTER_IT``), a report or the press ("..., state media
    reported."), a body ("..., Xinhua said in 2017.", ``dates.body_told``); the source names no party and
    dates nothing of what it tells. (One that tells less, "..., media claimed.", leaves the sentence
    unread before any rule: ``framed_as_unsure``, ``DocumentContext.claimed_by_another``.)"""
    if "," not in text:
        return text
    told = SAID_AFTER_IT.search(text) or body_told(text)
    if told is None and ATTRIBUTION.may_match(text):
        told = _REPORT_AFTER.search(text)
    return text if told is None else text[: told.start()] + end


def framed_as_unsure(text: str) -> bool:
    """The sentence as a whole is a hedge, a disputed claim or a question (``UNSURE``), what it
    states a later clause undoes (``UNDONE``), or it is framed between commas by a claim or hearsay
    (``ANY_ASIDE`` that is no ``SAID_ASIDE``): no fact of it is stated."""
    return UNSURE.search(text) is not None or UNDONE.search(text) is not None or _weaker_aside(text)


def _weaker_aside(text: str) -> bool:
    """A frame between commas in ``text``, or of people ending it, whose verb says less than what is
    stated, or whose source is hearsay: "KAU, a report claimed, ...", "KAU, sources said, ...", "...,
    officials claimed.", "..., insiders said."."""
    if any(SAID_BETWEEN_COMMAS.expression.fullmatch(m[0]) is None for m in ANY_ASIDE.finditer(text)):
        return True
    end = ANY_FRAME_AT_THE_END.search(text)
    return end is not None and SAID_AFTER_IT.expression.fullmatch(end[0]) is None


# what a sentence states, undone by a clause after it: "has close ties with NORINCO, which were
# severed in 2016", "... jointly supervised by MIIT and SASTIND, an arrangement that ended in 2015",
# "organised a conference ... that was postponed indefinitely", "is subordinate to MIIT in name only";
_TIE_THING = r"(?:[Ll]aborator(?:y|ies)|[Ll]ab|[Cc]ent(?:re|er)s?|[Ii]nstitutes?|programm?e?s?|partnerships?|ventures?|platforms?)"
# what the tie went through closed: "a joint laboratory with CETC, which was shut down in 2019", "the
# Confucius Institute at the University of Bergen, which closed in 2019", "...; the institute closed in 2019"
UNDONE = Gated(
    r"\b(?:which|that)\s+(?:was|were|has\s+been|have\s+been)\s+(?:later\s+|since\s+|then\s+|soon\s+|eventually\s+)?"
    r"(?:severed|cut\s+off|suspended|called\s+off|postponed|cancell?ed|scrapped|voided|annulled|terminated|"
    r"abandoned|dropped|reversed|rescinded|revoked|overturned)\b"
    # the listing or decision undone after the fact: "..., but the listing was reversed in 2021"
    r"|\b(?:but|and)\s+(?:the|this|that)\s+(?:listing|designation|decision|move)\s+(?:was|has\s+been)\s+"
    r"(?:later\s+|since\s+|then\s+|soon\s+|eventually\s+)?(?:reversed|rescinded|revoked|overturned|withdrawn)\b"
    # (or in an apposition: "..., a decision later reversed", "..., a move that was overturned in 2021")
    r"|,\s*an?\s+(?:listing|designation|decision|move)\s+(?:(?:that|which)\s+)?(?:was\s+|has\s+been\s+)?"
    r"(?:later\s+|since\s+|then\s+|soon\s+|eventually\s+)?(?:reversed|rescinded|revoked|overturned|withdrawn)\b"
    # (a joint facility or a partnership that closed, not another body: "SASTIND, which replaced COSTIND,
    # which was dissolved in 2008", "NORINCO, which closed its Harbin plant")
    rf"|\b{_TIE_THING}\b[^,;]{{0,60}}?,?\s+(?:which|that)\s+(?:was\s+|were\s+|has\s+been\s+)?"
    r"(?:later\s+|since\s+|then\s+|soon\s+|eventually\s+)?(?:closed|shut\s+down|folded|dissolved|disbanded|wound\s+up)\b"
    r"(?!\s+(?:its|their|the|a|an|down\s+its)\b)"
    rf"|;\s+(?:the|this|that)\s+(?:[a-z]+\s+)?{_TIE_THING}\s+(?:was\s+)?(?:closed|shut\s+down|dissolved|disbanded|folded)\b"
    r"|\ban\s+arrangement\s+(?:that\s+)?(?:ended|terminated|lapsed|expired)\b"
    r"|\bin\s+name\s+only\b|\bonly\s+on\s+paper\b|\bon\s+paper\s+only\b|\bonly\s+nominally\b|\bnominally\s+only\b"
    # a tie in form only: "officially reports to the MOE, but in practice it is controlled by the MSS"
    r"|\b(?:officially|formally)\b[^.;]*?\b(?:but|although|though|while|whereas)\b[^.;]*?"
    r"\b(?:in\s+practice|in\s+reality|in\s+fact|actually|really|de\s+facto)\b[^.;]*?"
    r"\b(?:controll?(?:ed|s)|run|runs|direct(?:ed|s)|manag(?:ed|es)|supervis(?:ed|es)|overseen|oversees|"
    r"administer(?:ed|s)|answers|reports)\b"
    # a cover, not the tie: ", an arrangement analysts regard as a cover", "but this is a front"
    r"|\b(?:as|is|was|be|being)\s+(?:only\s+|merely\s+|just\s+|simply\s+)?an?\s+(?:cover|front|fa[cç]ade)\b(?![-\s](?:runner|line|page|for|of)\b)",
    (
        "severed", "cut", "suspended", "called", "postponed", "cancelled", "canceled", "scrapped", "voided",
        "annulled", "terminated", "abandoned", "dropped", "reversed", "rescinded", "revoked", "overturned", "withdrawn", "shut", "closed", "dissolved", "disbanded", "wound",
        "folded", "arrangement", "name", "paper", "nominally", "cover", "front", "facade", "façade", "officially", "formally",
    ),
)  # fmt: skip


# A remark in brackets after a side field's item that may change what it says: that it held once ("former", "2017-2024", "until 2018"), is hedged ("reported", "alleged", "officially"), or is
# another body's ("subsidiary X, 2020", "parent group; itself under SASAC"). Any other remark (a
# full name, a country, a date, "jointly with the MOE", "lead agency") changes nothing.
# (Thirty-eighth session: each such item was read as the institution's own, now.)
REMARK = re.compile(r"\s*[(（]([^()（）]*)[)）]")
UNREAD_REMARK = re.compile(
    r"(?i)\b(?:former|formerly|previous|previously|ex|until|ended|defunct|abolished|dissolved|revoked|removed|"
    r"reported|reportedly|alleged|allegedly|unconfirmed|suspected|possibl[ey]|probabl[ey]|likely|rumou?red|claimed|"
    r"officially|nominal|nominally|on\s+paper|in\s+name|subsidiar\w*|parent|affiliates?|itself|branch|owner|owned|"
    r"via|through|predecessor|successor|merged|planned|proposed|pending)\b|(?<!since\s)\b\d{4}\s*[-–]\s*(?:\d{4}|\d{2})\b"
)


# a remark in brackets after a partner's name that ends or doubts the tie with it ("AVIC (2012–2015)",
# "CETC (until 2018)", "NORINCO (reportedly)"): not a partner now, surely (a note on who it is, "(the
# parent of ...)", changes nothing)
ENDED_REMARK = re.compile(
    r"(?i)\b(?:former|formerly|until|till|ended|through\s+\d{4}|to\s+\d{4}|reportedly|alleged|allegedly|"
    r"suspected|unconfirmed|possibl[ey]|probabl[ey]|likely|rumou?red|claimed|planned|proposed|pending)\b"
    r"|(?<!since\s)\b\d{4}\s*[-–]\s*(?:\d{4}|\d{2})\b"
)


def unread_remark(item: str) -> str | None:
    """The first remark in brackets in ``item`` that may change what it says (``UNREAD_REMARK``)."""
    return next((r for r in REMARK.findall(item) if UNREAD_REMARK.search(r)), None)


# a remark on the sentence itself, which hedges nothing: "It should be noted that AU holds ..."
A_REMARK_ON_IT = (
    r"It\s+(?:should|must)\s+be\s+(?:noted|stressed|emphasi[sz]ed|mentioned|pointed\s+out|added)\s+that|"
    r"It\s+is\s+worth\s+(?:noting|mentioning|stressing)\s+that"
)
# the report a sentence opens by citing, up to what it said: "A 2019 report said that " (whose
# "that" opens no relative clause: "... revealed that AU was added to ..." is AU's listing), or a
# remark on it ("It should be noted that ")
# what follows a frame the sentence is read past: a name, "the ...", or "it" when the frame names
# no other body it may stand for ("A CETC report said that it ...", "CETC officials said that its
# ...", "A spokesperson for CETC said that it ...", "The company's officials said that it ...":
# CETC's, perhaps)
AFTER_A_FRAME = (
    r"\s+(?=[A-Z]|the\b|(?(reported_by)(?!)|(?(reported_by_whom)(?!)|(?(told_by)(?!)|(?(told_of)(?!)|"
    r"(?(told_for)(?!)|(?(told_kind)(?!)|(?(said_by)(?!)|(?:it|its)\b))))))))"
)
# the report or the people a sentence opens by citing, up to what they said: "A 2019 report said that
# " (whose "that" opens no relative clause: "... revealed that AU was added to ..." is AU's
# listing), "KAU officials said that ", "In 2019, a report said that ", or a remark on it ("It
# should be noted that ")
# (one home for the frame's words: the leading clause reads past them too)
FRAME_OPENING = rf"{FRAME_TIME}{SAID_FRAME}|{A_REMARK_ON_IT}"
REPORTED_FRAME = re.compile(rf"^(?:{FRAME_OPENING}){AFTER_A_FRAME}")
# a frame before "it" or "its", whoever's its people or report are: "KAU officials said that it ...",
# "Officials at CETC said that it ..." (the "it" is the institution only when the body named is,
# which its names tell: ``DocumentContext.own_frame``)
FRAME_BEFORE_IT = re.compile(rf"^{FRAME_TIME}{SAID_FRAME}\s+(?=its?\b)")


def without_reported_frame(text: str) -> str:
    """``text`` without the report it opens by citing or the remark it opens with
    (``REPORTED_FRAME``), or as it is."""
    return REPORTED_FRAME.sub("", text, count=1) if " that " in text else text


def attributed_to(text: str) -> str | None:
    """Whom the sentence says its facts come from, in its own words (None when it does not say)."""
    m = ATTRIBUTION.search(text)
    if m is not None:
        found = m["lead"] or m["end"] or m["mid"] or m["shows"] or m["source"] or m["told"] or m["reported"]
        return (found or m["said_by"] or m["said_press"]).strip()
    # (or told between commas, or after it: "KAU, a 2020 report found, has trained ...", "KAU
    # collaborates with CETC, officials said.")
    aside = SAID_BETWEEN_COMMAS.search(text) or SAID_AFTER_IT.search(text)
    return (aside["told"] or aside["reported"]).strip() if aside else None


# an abbreviation as the tracker writes it: "CQU", "NUDT", "HEU", "SASTIND"
ABBREVIATION = re.compile(r"[A-Z][A-Za-z&-]{1,11}")
# "上海市军民融合发展研究会 (Shanghai ... Society)": a Chinese-only name with its English gloss after it
# (tried from a run's start only, never given back: a long run of characters costs linear time)
CHINESE_WITH_GLOSS = re.compile(
    r"(?<![\u3400-\u9fff〇])[\u3400-\u9fff][\u3400-\u9fff〇\d]*+\s*[(（](?P<en>[A-Za-z][^()（）]*)[)）]"
)
# a university the registry may not know: "the University of Melbourne", "Delft University of Technology",
# "Kestrel Institute of Technology", "the Moscow Institute of Physics and Technology", "the Russian
# Academy of Sciences", "the Moscow Aviation Institute" (two words or more before "Institute", none a
# possessive: not "CETC's Research Institute")
FOREIGN_UNIVERSITY = re.compile(
    # "the University of Science and Technology of China" whole; "the University of Melbourne and
    # Kyoto University" two (a word before "University" begins the next name)
    # (a city with an apostrophe: "Xi'an University of Technology")
    r"\b(?:the\s+)?(?P<name>(?:(?!The\b)[A-Z][\w-]+(?:['’](?!s\b)[a-z]+)?\s+){0,4}University of (?:the\s+)?[A-Z][\w'’-]+"
    # (not another body's name after "and": "the University of Birchwood and Kestrel Optics Company",
    # "... of Denmark and Pusan National University")
    r"(?:\s+(?:(?:and\s+(?![A-Z][\w&'’-]+(?:\s+[A-Z][\w&'’-]+){0,4}\s+"
    # (or a name in another language's form: "... of Hong Kong and Karolinska Institutet")
    r"(?:(?:Company|Corporation|Group|University|Institute|Institutet|Institut|College|Academy|Politecnico)\b|"
    r"School\b(?!\s+of\b)))|of\s+)"  # ("... of Toronto and Harvard Medical School", not "... and Design School of X")
    r"(?:the\s+)?)?"
    r"(?!(?:University|Institute|College|Academy)\b)[A-Z][\w'’-]+(?!\s+(?:University|Institute|College|Academy)\b))*"
    # ("the University of Texas at Arlington": a campus named after "at")
    r"(?:\s+at\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?|"
    r"(?:[A-Z][\w&'’-]+\s+){1,4}(?:University|Institute of Technology)|"
    # ("the Russian Academy of Sciences and Bauman Moscow State Technical University" two: a word
    # that begins another name ending in "University" a few words on is not this one's)
    r"(?:[A-Z][\w'’-]+\s+){1,3}(?:Institute|Academy) of [A-Z][\w'’-]+(?:\s+(?:and\s+"
    r"(?![A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,4}\s+(?:University|Institute|College|Academy)\b))?[A-Z][\w'’-]+){0,4}|"
    r"(?<![\w'’])(?:[A-Z][\w-]+\s+){2,4}Institute)(?![\w-])"
)

# a college named with the city it is in after it, as colleges abroad are ("Imperial College London",
# "King's College London", "University College Dublin"); a name of this form is taken for a partner
# only when the city is a foreign one of the gazetteer (``mentions.college_abroad``): a Chinese
# college, the institution's own above all ("its College of Aerospace", "Kestrel College"), is
# never written so, and any other "College" name may be the institution's own unit
COLLEGE_IN_CITY = re.compile(
    r"\b(?:the\s+)?(?P<name>(?!The\b)[A-Z][\w-]*(?:['’]s)?\s+(?:[A-Z][\w-]*\s+){0,2}College\s+(?P<city>[A-Z][a-z]+))(?![\w'’-])"
)

# a possessor inside a name found: "Sciences' Institute of Applied Physics" is another's institute
# ("People's" is a word of names)
POSSESSOR_IN_NAME = re.compile(r"(?<!People)['’]s?\s")
# a possessive right after a name: "CASC's", and a plural name's bare apostrophe before the thing
# it has ("the Chinese Academy of Sciences' Institute of Acoustics", "the People's Armed Police' units")
POSSESSIVE_AFTER = re.compile(r"['’](?:s\b|(?=\s+[A-Za-z]))")
# a company the registry may not know: "the Tianjin Eminent Electric Cell Material Company"
COMPANY = re.compile(
    # ("&" a word of it: "Rohde & Schwarz GmbH")
    r"\b(?:the\s+)?(?P<name>[A-Z][\w'’&-]*\s+(?:(?:[A-Z][\w'’&-]*|&)\s+){0,5}(?:Company|Corporation|Co\.,?\s+Ltd\.?|Group|"
    # a foreign company's legal form: "Kestrel Optics GmbH", "Kestrel Photonics Inc.", "Kestrel Ltd"
    r"Ltd\.?|Limited|Inc\.?|LLC|GmbH|AG|plc|PLC|S\.A\.|s\.r\.o\.?|B\.V\.?|N\.V\.?|S\.p\.A\.?))(?![\w-])"
)


def name_pattern(name: str) -> str:
    """A name as a regular expression that accepts either apostrophe (' or ’)."""
    return re.sub(r"['’]", "['’]", re.escape(name))


def government_names(text: str) -> str:
    """'the city of Tianjin' / 'Hunan province' -> the registry's names of those governments."""
    text = re.sub(r"\bthe (?:city|municipality) of ([A-Z][\w'’]+)", r"\1 Municipal Government", text)
    text = re.sub(r"\b([A-Z][\w'’]+) (?:city|municipality)\b", r"\1 Municipal Government", text)
    text = re.sub(
        r"\b(?:the )?([A-Z][\w'’]+) [Pp]rovince\b|\bthe province of ([A-Z][\w'’]+)",
        lambda m: f"{m[1] or m[2]} Provincial Government",
        text,
    )
    return text


# a year one item of a list has of its own: "to the PLA Air Force and, since 2018, to the PLA Navy",
# "NORINCO and BIT, the latter since 2012": the sentence's year is no other item's
# (nor is one in a bracket after an item: "CETC (since 2015) and AVIC", "CETC and AVIC (2015)")
_BRACKET_YEAR = (
    r"[(（]\s*(?:(?:since|from|until|till|through|to|in)\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d"
    r"(?:\s*[-–]\s*(?:(?:19|20)?\d\d|present|now))?\s*[)）]"
)
_NAMED = r"(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w'’&.-]*)*"
ITEM_YEAR = re.compile(
    r"(?:\band\s*,\s*|\bthe\s+(?:latter|former)\s+(?:(?:dating\s+back|going\s+back)\s+)?)"
    r"(?:since|from|in|to)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b|"
    rf"{_BRACKET_YEAR}(?=\s*(?:,\s*|\s+)(?:(?:and|or)\s+)?(?:the\s+)?[A-Z])|"
    rf"\b(?:and|or)\s+{_NAMED}\s*{_BRACKET_YEAR}"
)


# a comma between a list's items, not the one in a company's name ("Alder Radar Co., Ltd.")
_COMMA = r",(?!\s*(?:Ltd|Limited|Inc)\b)"


def split_list(text: str) -> list[str]:
    """'a, b and c' / 'a, b along with c' -> ['a', 'b', 'c'].

    When the list ends with "along with", "as well as" or a serial comma (", and"), a plain "and"
    stays inside its item ("micro-energy devices and systems", "a, b, and communications and
    information systems").
    """
    text = text.strip().rstrip(".")
    if re.search(r"\s(?:along with|as well as)\s", text):
        parts = re.split(rf"{_COMMA}\s*|\s+along with\s+|\s+as well as\s+", text)
    elif re.search(r",\s*and\s", text):  # "a, b, and c and d": the serial comma ends the list
        parts = re.split(rf"{_COMMA}\s*(?:and\s+)?", text)
    else:
        parts = re.split(rf"{_COMMA}\s*(?:and\s+)?|\s+and\s+(?!.*{_COMMA})", text)
    return [p.strip() for p in parts if p.strip()]


# a list of names a clause goes on with past its commas, after a word that is no place's preposition,
# with "and" before its last item: "which works with NUDT, CETC and AVIC", "which supplies CETC, CASC
# and several other groups" (not "which is in Changsha, CETC and AVIC": a place, then the main list;
# nor "which works with NUDT, and CETC signed ...", two names and another clause)
_LISTED_NAME = r"(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z0-9][\w'’&.-]*)*"
LIST_IN_A_CLAUSE = (
    rf"[^,;]*?\s(?!(?:in|at|near|outside|of)\b)[a-z]+\s+{_LISTED_NAME}(?:,\s*{_LISTED_NAME})+,?\s+and\s+"
    rf"(?:{_LISTED_NAME}|(?:several|other|many|some|various|a\s+number\s+of)\b)"
)
# the clauses ``own_clauses`` removes
# (and of some of those named before it: ", both of which are subordinate to the MOE")
# (with a list of names inside: ", which works with NUDT, CETC and AVIC since 2010,")
# (also after a preposition, ", into which ...", ", from which ..."; and "whose"
# with an apposition to its noun: ", whose predecessor, the X Ministry, founded AU in 1956")
RELATIVE_CLAUSE = Gated(
    r",\s*whose\s+[\w-]+(?:\s+[\w-]+)?,\s*(?:the|a|an)\s+[^,]*,[^,]*(?:,|$)|"
    r",\s*(?:(?:both|each|all|neither|none|either|any|one|some|many|most|several|two|three|four|five)\s+of\s+)?"
    r"(?:(?:into|with|from|in|on|at|to|for|by|through|under|within)\s+)?(?:which|who|whom|whose)\b"
    rf"(?:{LIST_IN_A_CLAUSE})?(?:[^,]|,(?=\d{{3}}\b))*(?:,|$)",  # (not a number's comma: "12,000 students")
    ("which", "who"),
)
# a participle's phrase between commas on the subject's past: "AU, founded in 1952, holds ..."
_ITS_PAST = (
    "founded", "established", "renamed", "set up", "created", "formed", "merged", "upgraded", "restructured",
    "reorganised", "reorganized",
)  # fmt: skip
ABOUT_ITS_PAST = Gated(rf",\s*(?:{'|'.join(_ITS_PAST)})\b[^,]*,", _ITS_PAST)
# a participle's (or an adjective's) phrase opening the sentence, on the subject's past or its line of
# command: "Founded in 1958, AU works with CETC", "Supervised by SASTIND since 2015, AU ...": its time is
# its own, not the main clause's
PARTICIPLE_FIRST = re.compile(
    r"^(?:(?:Jointly|Directly)\s+)?(?:Founded|Established|Set\s+up|Created|Formed|Renamed|Merged|Upgraded|Restructured|"
    r"Reorgani[sz]ed|Supervised|Administered|Run|Overseen|Governed|Managed|[Ss]ubordinate|Known|Backed|Funded)\b[^,]*,\s*"
)
# an apposition that dates what it describes: ", a US export-control list created in 1997", ", a
# type of accreditation introduced in 2001"
DATED_APPOSITION = Gated(
    r",\s*(?:a|an|the)\s+[^,;]*?\b(?:created|introduced|founded|established|set\s+up|launched|adopted|issued)\s+"
    r"(?:in|on|since)\s+[^,;]*",
    ("created", "introduced", "founded", "established", "set", "launched", "adopted", "issued"),
)
# a parenthesis on another's past, with its year: "NUDT (renamed in 2017)", "CASC (founded in
# 1999)", "NUDT (added to the Entity List in 2015)"; the year is that past's, not the fact's
_LISTED = ("added", "listed", "placed", "included")
# (participles of a listing read by no rule, whatever word follows them: "sanctioned by the US")
_LISTING_OTHERWISE = ("designated", "sanctioned", "blacklisted")
# what may follow a listing's participle: the list ("added to", "listed on", "included in") or who
# listed ("listed by the US in 2020": which list, the text does not say; a year of a listing all
# the same, never a tie's)
_LISTED_WHERE = r"(?:to|on|in)"
_LISTED_WHERE_OR_BY = rf"(?:{_LISTED_WHERE}|by)"
_PAST_PARTICIPLES = (*_ITS_PAST, *_LISTED, *_LISTING_OTHERWISE, "abolished", "dissolved")
_A_NAME_AND_COMMA = r"(?P<name>\b[A-Z0-9][\w'’-]*\)?),\s*"
# a listing's participle right after a name that ends a clause with a verb of its own: "KAU works
# with CASC, added to the Entity List in 2020" (CASC's listing; not "KAU, added to ...", nor "KAU
# is a public university, added to ...", where the name or the noun is the institution)
PARTICIPLE_ON_A_NAME = Gated(
    rf"{_A_NAME_AND_COMMA}(?:(?:{'|'.join(_LISTED)})\s+{_LISTED_WHERE_OR_BY}|{'|'.join(_LISTING_OTHERWISE)})\b[^,;]*",
    (*_LISTED, *_LISTING_OTHERWISE),
)
# a listing's participle between commas, whoever's it is: the year of a listing ("KAU, added to the
# Entity List in 2020, works with CETC"), never a tie's (the listing rule reads it, so it is set aside
# only where a tie's time is looked for)
LISTING_BETWEEN_COMMAS = Gated(
    rf",\s*(?:(?:{'|'.join(_LISTED)})\s+{_LISTED_WHERE_OR_BY}|{'|'.join(_LISTING_OTHERWISE)})\b[^,;]*,",
    (*_LISTED, *_LISTING_OTHERWISE),
)
# a participle's phrase on the past of one named before, pointed back to: "NUDT and CETC, the latter
# formed in 2002", "..., the former founded in 1999", "CETC, itself founded in 2002" (or the
# institution's own: "KAU, itself founded in 1952, works with ..."): its year is that past's, never a
# tie's nor a listing's of the subject ("..., the latter added to the Entity List in 2020")
# (which one, in ``which``: "itself" the one named right before; the participle in ``participle``)
POINTED_BACK_PAST = Gated(
    r",\s*(?:the\s+(?P<which>latter|former|first|second|third|last)(?:\s+of\s+(?:which|them|the\s+[a-z]+))?|itself)\s+"
    rf"(?:(?:was|were|being|having\s+been)\s+)?(?P<participle>(?:{'|'.join(_PAST_PARTICIPLES)})\b[^,;]*)",
    ("latter", "former", "first", "second", "third", "last", "itself"),
)
# a listing's participle and the list after it: "added to the Entity List", "placed on ...", "included in ..."
LISTED_ON = re.compile(rf"(?:{'|'.join(_LISTED)})\s+{_LISTED_WHERE}\b")
# a participle on a past ending the sentence after a name, the same way: "KAU collaborates with
# NUDT, reorganized in 1994." (between commas, ``ABOUT_ITS_PAST`` sets it aside whoever's it is)
PAST_ON_A_NAME_AT_THE_END = Gated(rf"{_A_NAME_AND_COMMA}(?:{'|'.join(_ITS_PAST)})\b[^,;]*(?=[.;]?\s*$)", _ITS_PAST)
# a word of a clause's own verb or object before the name (not "In 2020, KAU", "KAU and NUDT")
_LOWER_WORD = re.compile(r"\b(?!(?:and|or)\b)[a-z][\w-]*\b")
# what the clause's subject is, and the place it is in: "KAU is a public university in Harbin,
# added to ..." (the place's name is no partner's)
_WHAT_IT_IS_AND_WHERE = re.compile(
    r"^\s*(?:[A-Z][\w'’-]*\s+)+(?:is|was)\s+(?:a|an|the)\s+(?:(?!(?:with|of|to|by|from|and)\b)[\w-]+\s+){0,4}"
    r"(?:in|at|based\s+in|located\s+in)\s+$"
)


def _without_participle_on_a_name(m: re.Match[str]) -> str:
    """A ``PARTICIPLE_ON_A_NAME`` left out when the name's clause has a lower-case word before it,
    unless the name is where the clause's subject is."""
    text, end = m.string, m.start()
    # (from the last comma or semicolon, found backwards: splitting all the text before each match
    # took time growing with the square of a long sentence)
    clause = text[max(text.rfind(",", 0, end), text.rfind(";", 0, end)) + 1 : end]
    if not _LOWER_WORD.search(clause) or _WHAT_IT_IS_AND_WHERE.search(clause):
        return m[0]
    return m["name"]


PARENTHESIS_ON_ITS_PAST = Gated(rf"\s*\([^()]*?\b(?:{'|'.join(_PAST_PARTICIPLES)})\b[^()]*\)", _PAST_PARTICIPLES)
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _without_dated_parenthesis(m: re.Match[str]) -> str:
    """A ``PARENTHESIS_ON_ITS_PAST`` left out when it gives a year (with none, it dates nothing)."""
    return "" if _A_YEAR.search(m[0]) else m[0]


# a relative clause opened by "that": after a comma (", that the US added to the Entity List in
# 2019"), or after a noun for bodies ("partners that were added ..."); its subject or verb must
# follow, so that a "that" of what is said ("said that ..."), ", that is," and ", that year" stay
_BODY_NOUNS = (
    r"(?:partners?|collaborators?|institutions?|entities|entity|universit(?:y|ies)|compan(?:y|ies)|firms?|"
    r"organi[sz]ations?|bodies|institutes?|enterprises?|suppliers?|laborator(?:y|ies)|academ(?:y|ies))"
)
THAT_CLAUSE = Gated(
    rf"(?:,\s*|(?P<noun>\b{_BODY_NOUNS}\s+))that\s+(?=(?:the|a|an|it|they|its|their)\s|[A-Z]|"
    r"(?:is|are|was|were|has|have|had)\s|[a-z]+ed\s)[^,;]*(?:,|$)",
    ("that",),
)
# the noun is one the institution is among: "one of the universities that the US added in 2019"
_ONE_OF = re.compile(r"\b(?:one|some|each|any|all|none|many|most|among)\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}$")


def _without_that_clause(m: re.Match[str]) -> str:
    """A ``THAT_CLAUSE`` left out, unless it tells what the institution is one of."""
    if m["noun"] is None:
        return ", "
    if _ONE_OF.search(m.string, 0, m.start()):
        return m[0]
    return m["noun"] + (", " if m[0].endswith(",") else "")


# an agreement named: "agreement", "contract", "memorandum of understanding", "MoU"
AGREEMENT_NAMED = r"(?:agreement|contract|memorandum\s+of\s+understanding|MoU)"
# an agreement told after the fact, ending the sentence: "KAU trains engineers for CASC under a 2018
# agreement", "... under an agreement with CASC" (its year is the agreement's, not the fact's; its
# other party, where named, no party to the fact: "is supervised by SASTIND under an agreement with
# the MOE" names no supervisor after "under")
AGREEMENT_AFTER = Gated(
    r"\s+under\s+(?:a|an|its)\s+(?:(?P<when>(?:19|20)\d\d)\s+)?(?P<kind>(?:[\w-]+\s+){0,3}?)"
    rf"{AGREEMENT_NAMED}(?:\s+with\s+(?P<other>[^,;]+?))?\.?$",
    ("agreement", "contract", "memorandum", "mou"),
)
# a year of an agreement's or a programme's, told with it: "under a 2018 agreement", "under an
# agreement signed in 2018", "through the 2016 National Key R&D Programme", "as part of Project
# 2011", "under the 2025 plan", "through a joint laboratory established in 2014": the year is the
# agreement's, the programme's or the laboratory's, never the fact's it is told beside ("KAU works
# with CETC under a 2018 agreement": no date). (The agreement rules read the raw text, and so the
# agreement's year; a phrase without a year dates nothing and is kept.)
_FRAMEWORK_NOUNS = (
    r"(?:agreements?|contracts?|memorand(?:um|a)(?:\s+of\s+understanding)?|MoUs?|MOUs?|[Pp]rogramm?es?|[Pp]lans?|"
    r"[Pp]rojects?|[Ii]nitiatives?|[Ss]chemes?|frameworks?|deals?|arrangements?|polic(?:y|ies)|strateg(?:y|ies))"
)
# (words that open the gate on few other sentences: not "accord", in every "according to", nor "lab",
# in every "collaborates", nor "polic", "strateg", in "police", "strategic")
_FRAMEWORK_WORDS = (
    "agreement", "contract", "memorand", "mou", "program", "plan", "project", "initiative", "scheme",
    "framework", "deal", "arrangement", "policy", "policies", "strategy", "strategies",
)  # fmt: skip
# (what a framework or a laboratory was, with its year: "signed in 2018", "launched in March 2016")
_FRAMEWORK_BEGAN = (
    r"(?:signed|concluded|reached|agreed|inked|renewed|launched|adopted|introduced|announced|issued|started|begun|"
    r"established|set\s+up|founded|created|formed|opened)\s+(?:in|on)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b"
)
_WITH_A_NAME = r"(?:\s+with\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w&'’-]*)*)?"
UNDER_A_DATED_FRAMEWORK = Gated(
    r"\b(?:under|through|via|in\s+line\s+with|pursuant\s+to|in\s+accordance\s+with|as\s+(?:a\s+)?part\s+of|"
    # (the words before the noun its name's: no word of another phrase, "within 2015 on a project")
    r"within)\s+(?:(?:a|an|the|its|their)\s+)?(?:(?!(?:in|on|at|since|until|from|to|by|and|or|with)\b)[\w&'’-]+\s+){0,6}?"
    rf"{_FRAMEWORK_NOUNS}\b(?:\s+(?:19|20)\d\d\b)?{_WITH_A_NAME}(?:\s+{_FRAMEWORK_BEGAN})?|"
    # (a laboratory or the like, lower-case, so not a name the laboratories' rules date: "Key
    # Laboratory of Flight Control, established in 2004")
    rf"\b(?:{_FRAMEWORK_NOUNS}|laborator(?:y|ies)|cent(?:re|er)s?|platforms?|partnerships?|alliances?|"
    rf"ventures?){_WITH_A_NAME}\s+{_FRAMEWORK_BEGAN}",
    (*_FRAMEWORK_WORDS, "laborator", "centre", "center", "platform", "partnership", "alliance", "venture"),
)


def _without_dated_framework(m: re.Match[str]) -> str:
    """An ``UNDER_A_DATED_FRAMEWORK`` left out when it gives a year (with none, it dates nothing)."""
    return "" if _A_YEAR.search(m[0]) else m[0]


def without_dated_frameworks(text: str) -> str:
    """``text`` without an agreement's, a programme's or a laboratory's phrase that gives its year
    (``UNDER_A_DATED_FRAMEWORK``), for a rule that dates a fact from a part of a sentence."""
    return UNDER_A_DATED_FRAMEWORK.sub(_without_dated_framework, text)


HELD_BY = Gated(
    r"\b(?:held|owned|granted to|awarded to) by\b[^,]*|\b(?:held|owned) by\b.*$",
    ("held", "owned", "granted", "awarded"),
)
GRADE_APART = Gated(
    r",?\s*(?:one|a|two) (?:grade|level|step)s? (?:below|above|lower|higher)\b[^,]*", ("grade", "level", "step")
)
COMPARISON = Gated(
    r"\b(?:than|unlike|like|as with|similar to|compared with|compared to)\b[^,]*",
    ("than", "like", "as with", "similar to", "compared"),
    re.IGNORECASE,
)


# an alternative after a name ("AVIC or CASC", "AVIC, or with CASC", "AVIC and/or CASC", "AVIC or its
# subsidiaries") or right before the next one ("AVIC on radar, or with CASC"), and "either" before the
# first name ("with either AVIC or CASC"): one of them is meant, none for certain
_OR_NEXT = re.compile(r"(?:\s*\([^()]*\))?(?:\s*,\s*|\s+)(?:and/)?or\s")
_OR_BEFORE = re.compile(r"(?:,\s*|\s)(?:and/)?or\s+(?:(?:with|to|for|by|from)\s+)?(?:the\s+)?$")
_EITHER_BEFORE = re.compile(r"\beither\s+(?:(?:with|to|for|by|from)\s+)?(?:the\s+)?$", re.IGNORECASE)


def alternatives(text: str, names: Sequence[tuple[int, int, object]]) -> bool:
    """Whether the names of a list (spans of ``text`` with what each names, in order) are told as
    alternatives: "or" right after one of them (after the last one too: "AVIC or its
    subsidiaries") or right before the next ("AVIC on radar, or with CASC"), not where the next
    is another name of the same body ("the Aviation Industry Corporation of China, or AVIC"); or
    "either" before the first. Such a list names no body for certain: a rule leaves it unread
    rather than state each (nor makes each possible: the text doubts none of them, it leaves open
    which)."""
    if not names or ("or " not in text and "either" not in text):
        return False
    if _EITHER_BEFORE.search(text, 0, names[0][0]):
        return True
    for (_, end, what), then in zip(names, [*names[1:], None]):
        if then is not None and then[2] == what:
            continue  # another name of the same body
        if _OR_NEXT.match(text, end) or (then is not None and _OR_BEFORE.search(text, end, then[0])):
            return True
    return False


def dating_clauses(text: str) -> str:
    """The clauses a fact of the sentence takes its date from: ``own_clauses``, and not a listing between
    commas ("KAU, added to the Entity List in 2020, co-hosted a workshop ..."), which the listing rule
    alone reads with its year."""
    return own_clauses(LISTING_BETWEEN_COMMAS.sub(", ", text))


@lru_cache(maxsize=256)  # (rules ask it of the same clause in turn: a third of its calls at 100k)
def own_clauses(text: str) -> str:
    """The sentence without the clauses that describe other organisations or things: relative
    clauses (", which holds top-secret security credentials"), a participle's phrase on the
    subject's past (", founded in 1952,", or opening it: "Founded in 1958, "), a parenthesis on another's ("NUDT (renamed in 2017)"),
    a listing's participle after another's name (", added to the Entity List in 2020"), a phrase
    pointed back to another's past (", the latter formed in 2002"),
    a clause opened by "that" (", that the US added to the Entity List in 2019"), a frame between
    commas or ending it (", a 2020 report found,", ", officials said in 2019."), an apposition dating what it describes (", a US
    export-control list created in 1997"), "held by <X>", comparisons ("one grade below ...",
    "than ...", "like/unlike ..."), an agreement's or a programme's phrase with its year ("under a
    2018 agreement", "as part of Project 2011")."""
    text = text[m.end() :] if (m := PARTICIPLE_FIRST.match(text)) else text
    text = RELATIVE_CLAUSE.sub(", ", text)
    text = SAID_BETWEEN_COMMAS.sub(", ", text)
    text = without_source_at_the_end(text)
    text = THAT_CLAUSE.sub(_without_that_clause, text)
    text = PARENTHESIS_ON_ITS_PAST.sub(_without_dated_parenthesis, text)
    text = POINTED_BACK_PAST.sub("", text)
    text = PARTICIPLE_ON_A_NAME.sub(_without_participle_on_a_name, text)
    text = PAST_ON_A_NAME_AT_THE_END.sub(_without_participle_on_a_name, text)
    text = ABOUT_ITS_PAST.sub(", ", text)
    text = DATED_APPOSITION.sub("", text)
    text = without_dated_frameworks(text)
    text = HELD_BY.sub("", text)
    text = GRADE_APART.sub("", text)
    return COMPARISON.sub("", text)


# a relative pronoun before a match puts the match in its clause ("owns a company that supplies radar
# to CETC"), unless an "and" after it brings the main clause's verb back, which its number tells:
# "runs two laboratories that study radar and has close links with CASC". After "and" only an
# auxiliary is taken for a verb ("radar and optics" is no verb); a verb of the same number as the
# clause's, or of none ("made", "can"), may go on with the relative clause ("owns a company that
# makes radar and has ties to CETC"): the match is then the clause's, not the subject's.
RELATIVE_PRONOUN = re.compile(r"\b(?:that|which|who|whose)\b")
AND = re.compile(r"\band\b")
WORD_NEXT = re.compile(r"\s+(?:(?:also|now|still|then|later|\w+ly)\s+)*(?P<word>[a-z]+)\b")
AUXILIARY_NUMBER = {"is": "one", "was": "one", "has": "one", "does": "one"} | dict.fromkeys(
    ("are", "were", "have", "do"), "many"
)
MODALS = frozenset(("can", "could", "will", "would", "may", "might", "must", "should", "shall"))
# words with no number of their own after a pronoun: modals, past forms, and the words an object's
# relative clause opens with ("that the PLA uses", "that it owns")
# fmt: off
_NO_NUMBER = MODALS | frozenset((
    "the", "a", "an", "its", "it", "their", "they", "this", "these", "those", "he", "she", "we", "you", "his",
    "her", "our",
    "made", "had", "held", "built", "led", "ran", "won", "took", "gave", "became", "began", "set", "sent", "sold",
    "bought", "brought", "grew", "saw", "found", "got", "put", "kept", "left", "met", "paid", "read", "taught",
    "went", "came",
))
# fmt: on


def verb_number(word: str) -> str | None:
    """'one' for "is", "supplies", 'many' for "are", "study", None when the word does not say."""
    if word in AUXILIARY_NUMBER:
        return AUXILIARY_NUMBER[word]
    if word in _NO_NUMBER or word.endswith(("ed", "ing")):
        return None
    return "one" if word.endswith("s") and not word.endswith(("ss", "us")) else "many"


def in_relative_clause(text: str, start: int, end: int) -> bool:
    """What comes before a match, ``text[start:end]``, leaves it in a relative clause."""
    pronouns = list(RELATIVE_PRONOUN.finditer(text, start, end))
    if not pronouns:
        return False
    ands = list(AND.finditer(text, pronouns[-1].end(), end))
    clause_verb = WORD_NEXT.match(text, pronouns[-1].end())
    resumed = WORD_NEXT.match(text, ands[-1].end()) if ands else None
    if clause_verb is None or resumed is None or resumed["word"] not in AUXILIARY_NUMBER:
        return True
    number = verb_number(clause_verb["word"])
    return number is None or number == AUXILIARY_NUMBER[resumed["word"]]


def outside_relative_clauses(pattern: Gated, text: str, lead: int = 0) -> re.Match[str] | None:
    """``pattern``'s first match in ``text`` without its relative clauses (", which ..."), unless
    it is in a restrictive one (``in_relative_clause``: "owns a company that supplies radar to
    CETC"), looked for from ``lead`` (where the main clause begins: "Under that deal, " holds no
    pronoun). What a relative clause says, it says of another ("hosts the X Laboratory, which
    works with CETC"). The match's positions are in the text it was found in, ``m.string``."""
    text = RELATIVE_CLAUSE.sub(lambda clause: "," if clause[0].endswith(",") else "", text)
    m = pattern.search(text)
    return m if m is not None and not in_relative_clause(text, min(lead, m.start()), m.start()) else None


# "A and B are supervised by X and Y respectively": A by X, B by Y
# (asked of every sentence: searching it ignoring case, which leaves re no literal to look for
# first, cost about 4 us a sentence, the gate's word a lookup the sentence's other gates made)
RESPECTIVELY = Gated(r"\brespectively\b", ("respectively",), re.IGNORECASE)
# a unit or joint facility that is no more: ", which closed in 2010", "... and was dissolved in 2015"
UNIT_ENDED = re.compile(r"\b(?:closed|dissolved|abolished|disbanded|shut\s+down|merged)\b")


def states_a_risk(text: str) -> bool:
    """The sentence also gives the risk designation (its date is the designation's, not a listing's)."""
    return bool(re.search(r"\bis (?:designated|assessed as)\b", text))


# what a risk sentence's reasons give the institution itself: "for its top-secret security
# credentials", "for its ..., inclusion on the US Entity List, and ...", "... and holds ..." (not
# "its subsidiary's", "its former ...", "its partners' ...", "a conglomerate that holds ...")
_OWN_REASON = re.compile(
    r"(?:\bits|,|\band)\s+(?:(?!(?:former|past|previous|reported|alleged|claimed|holds?|has|had|held)\b)[\w-]+\s+){0,3}?"
    r"(?:(?:security|secrecy)\s+(?:credential|clearance|qualification)|(?:inclusion|listing|placement)\s+(?:on|in)\b)|"
    r"\band\s+(?:also\s+)?(?:holds|has|is\s+(?:on|listed)|was\s+(?:added|placed|listed))\b"
)
# where the risk sentence turns to another body or another clause: "..., although its subsidiary
# ...", "; its parent ..." (not a semicolon of its list of reasons: "... missiles; and its ...")
_RISK_CLAUSE_ENDS = re.compile(r"\b(?:although|though|while|whereas|but|unlike)\b|;(?![\s;]*and\b)")


# where a risk sentence's reasons begin, and where each of them does: a comma, "and"
_REASONS = re.compile(r"\b(?:for|due\s+to|because\s+of)\s+")
_NEXT_REASON = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def reason_holding(text: str, start: int, end: int) -> str | None:
    """In a sentence that gives the risk designation, its designation and the reason of its list
    that names what is at ``text[start:end]`` ("AU is designated high risk for its top-secret
    credentials, its alleged links to X and its inclusion on the US Entity List": the listing's
    reason is "its inclusion on the US Entity List", not hedged); None in any other sentence."""
    reasons = _REASONS.search(text, 0, start) if states_a_risk(text) else None
    if reasons is None:
        return None
    begins = [reasons.end(), *(m.end() for m in _NEXT_REASON.finditer(text, reasons.end(), start))]
    return f"{text[: reasons.start()]} {text[begins[-1] : end]}"


def anothers_risk_reason(text: str) -> bool:
    """The sentence gives the risk designation, and its first clause does not give the institution
    the credential or listing it names as its own ("... high risk for its parent's ...")."""
    return states_a_risk(text) and _OWN_REASON.search(_RISK_CLAUSE_ENDS.split(text, maxsplit=1)[0]) is None


# a unit an institution founds: "the Information Countermeasures Research Institute (中文名)",
# "the Institute of Special Materials" (a laboratory or centre is the laboratory rules')
_CAPITALISED = r"[A-Z][\w'’-]*"


def unit_name(nouns: str, first: str = "") -> str:
    """A unit's name ending in one of ``nouns`` (and "of" a field), ``first`` before its words,
    with its Chinese name after it (groups "name", "zh")."""
    return (
        rf"(?P<name>{first}(?:{_CAPITALISED}\s+(?:(?:of|for|on|and|the|&)\s+)*)*?(?:{nouns})"
        rf"(?:\s+(?:of|for|on)\s+(?:the\s+)?{_CAPITALISED}(?:\s+(?:(?:of|for|on|and|the|&)\s+)*{_CAPITALISED})*)?)"
        r"(?:\s*[(（](?P<zh>[^()（）]*[\u3400-\u9fff][^()（）]*)[)）])?"
    )

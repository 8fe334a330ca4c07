"""loaders: split a tracker profile page, given as text, into its parts.

A page has an optional title line, a risk sentence, prose paragraphs under fixed section
headings, a "Last updated <date>." line and a footer. Citation URLs glued to sentences are
taken out of the text and kept as each sentence's citations.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from defence_kg.core.errors import InputError
from defence_kg.loading.dates import PreciseDate, find_date

SECTION_HEADINGS = {
    "major defence laboratories": "LAB",
    "designated defence research areas": "DRA",
    "defence and security links": "DSL",
    "espionage and misconduct": "ESP",
    "espionage and cyber attacks": "ESP",
    "noteworthy international collaborations": "INT",
    "international collaborations": "INT",
    "defence laboratories": "LAB",
    "designated research areas": "DRA",
    "sanctions lists": "EUL",
    "end-user lists": "EUL",
    "end user lists": "EUL",
    # shorter forms some copies and users' own pages use
    "espionage": "ESP",
    "entity lists": "EUL",
    "entity list": "EUL",
    # the 2025 layout's sections: each ends the one before it (a bullet of Russian partners is no
    # laboratory of the laboratories' section above); the partnerships are collaborations, the
    # corporate ties ties (TIE), the subsidiaries the institution's (SUB), the procurement its
    # suppliers (PRO): ``laboratories.tie_bullet``
    "defence links": "DSL",
    "cyber attacks": "ESP",
    "partnerships with russian institutions": "INT",
    "russian partnerships": "INT",
    "partnerships with defence conglomerates": "INT",
    "dual-use research centres": "OTH",
    "dual-use research centers": "OTH",
    "corporate ties": "TIE",
    "corporate ties and subsidiaries": "TIE",
    "subsidiaries": "SUB",
    "procurement": "PRO",
    "technology procurement": "PRO",
    "talent recruitment": "OTH",
    "critical technology research": "OTH",
    "security credentials": "OTH",
}
# the sections' short codes, a line of their own in some copies of the pages ("LAB", "DRA")
SECTION_CODES = frozenset(SECTION_HEADINGS.values())
# a URL keeps brackets of its own ("wiki/A_(b)") but ends at one it did not open: "(see www.x/y).The
# university ..." is an aside closed and a new sentence, not a URL that runs into "The"
# (an archive's link may come without its scheme, glued to a stop: "... pleaded guilty.archive.md/AbC12")
URL = re.compile(
    r"(?:https?://|www\.|\b(?:web\.)?archive\.(?:org|ph|md|fo|is|today|li|vn)/)"
    r"(?:[^\s\"<>()]|\([^\s\"<>()]*\))*(?:[^\s\"<>().,;:]|\([^\s\"<>()]*\))"
)
# an aside left empty once its URL is taken out: "(see www.x/y)", "(source: www.x/y)"
EMPTIED_ASIDE = re.compile(r"\s*\((?:see|source|via|at)?\s*:?\s*\)", re.IGNORECASE)
LAST_UPDATED = re.compile(r"^Last (?:updated|modified)(?:\s+on)?\s*:?\s+(?P<date>[^.]+)\.?", re.IGNORECASE)
FOOTER = re.compile(r"Unclear about any wording\?|Visit the terminology page|terminology page\.", re.IGNORECASE)
# a name that ends with its legal form's stop
LEGAL_FORM_END = re.compile(r"\b(?:Ltd|Inc|Co|Corp|Plc|Pte|Bhd)\.$")
# the heading over other institutions' cards at a page's foot (their names and badges follow)
OTHERS_CARDS = re.compile(
    r"(?:Related|Similar|Other|More)\s+(?:institutions|profiles|entities|organi[sz]ations)|See also|"
    r"You (?:may|might) also be interested in",
    re.IGNORECASE,
)
# a risk badge's line, as a card of another institution has one under its name
RISK_BADGE_LINE = re.compile(r"(?i)(?:very[- ]?)?(?:high|medium|low)\s*risk(?:\s*category)?")
# banner lines of the 2025 layout: page furniture, not prose
BANNER = re.compile(
    r"^(?:Major Expansion|Curious about the full update\??|Read (?:the|our) announcement\.?|"
    # (a picture's caption on a line of its own: "Source: SCMP", "Image: the main gate")
    r"Back to (?:top|the index)|(?:Source|Image|Photo|Picture|Caption)(?:\s+credit)?: [^.]{0,60})$",
    re.IGNORECASE,
)
CHINESE_TITLE = re.compile(r"[\u3400-\u9fff][\u3400-\u9fff·（）() ]{1,40}")
CHINESE_NAME = re.compile(r"\s*[(（](?P<zh>[^()（）]*[\u3400-\u9fff][^()（）]*)[)）]\s*$")
# A sentence ends at . ! ? followed by space and a capital, a quote, a digit or a name written with
# a small letter before a capital ("iFlytek", "eBay": the next sentence was taken into this one, and
# what it said of iFlytek given to the institution); not after an
# initial ("U.S. Entity List", "J. Smith") or an abbreviation that does not end sentences ("e.g.",
# "Prof.", "No. 14", "Jan. 2019"). (The stop is tested first: most places fail at once; each
# look-behind ends with the stop, the text before the place tested; the space after the stop is
# looked for first of all, "(?=\s)": most places fail at once.)
_ABBREVIATIONS = (
    "Co", "No", "St", "Dr", "vs", "Prof", "Gen", "Mr", "Mrs", "Ms", "Lt", "Col", "Maj", "Adm", "approx", "cf",
    "e.g", "i.e", "est", "ca", "c", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
)  # fmt: skip
_NOT_ENDS = r"(?<!\b[A-Z]\.)" + "".join(rf"(?<!\b{re.escape(a)}\.)" for a in _ABBREVIATIONS)
# a closing quote mark after the stop stays with its sentence ('He said: "AU is a partner."'); a
# company's Chinese name after its "Ltd." is not a new sentence ("Kestrel Co., Ltd. (红隼有限公司) makes");
# footnote separators after the stop go with the boundary ("... projects. ; ; HEU's researchers ...")
SENTENCE_END = re.compile(
    r"(?=\s)(?:(?<=[.!?])"
    + _NOT_ENDS
    + r"|(?<=[.!?][\"”’']))\s+(?:;\s+)*(?=[A-Z0-9“\"‘(]|[a-z][A-Z])(?!(?<=(?:Ltd|Inc)\.\s)\()"
)
# "…secrets.In December 2016" (no space after the stop): a sentence boundary
GLUED_STOP = re.compile(r"(?=\.)(?<=[a-z0-9)”’'\"])\.(?=[A-Z][a-z]|A\s)")
# "…the defence industry.’SASTIND has designated" (a quotation ending the sentence, the next one glued
# to its closing mark): a boundary after the mark (the mark first: most places fail at once)
GLUED_AFTER_QUOTE = re.compile(r"(?<=[’”'\"])(?<=[a-z0-9)]\.[’”'\"])(?=[A-Z])")
# "…and SASTIND.YSU's institute" (an abbreviation on both sides): also a boundary, but not
# initials ("U.S.A") - the word before the stop has at least two letters ("(?=\.)" first: fast)
GLUED_ABBREVIATION = re.compile(
    r"(?=\.)(?:(?<=[A-Za-z]{2})|(?<=\d{4})|(?<=[)”’\"]))\.(?=[A-Z]{2,}[a-z]*['’]s\b|[A-Z]{2,}[A-Za-z]*\s+[a-z]{2,})"
)
# "…in 2019.https://x Next" cites the sentence it is glued to: the mark goes before the stop
MARK_AFTER_STOP = re.compile(r"([.!?])((?:\s*(?:\x01\d+\x01|;))*\x01\d+\x01(?:\s*;)*)")
# footnote marks a copy from a browser leaves in the text: "[2]" anywhere, and a number glued to
# the stop after a word ("research.1 AU ...", "credentials.4,5") or an abbreviation ("by SASTIND.3 In
# 2016"), which hides where the sentence ends (not "2.1": a digit before the stop is a decimal; not
# initials, "U.S.2": an abbreviation has two capitals before the stop)
# (The first character of either, "(?=[\s\[\d])", is tested first: most places fail at once.)
FOOTNOTE_MARK = re.compile(
    r"(?=[\s\[\d])(?:\s?\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]|"
    r"(?:(?<=[a-z)”’\"]\.)|(?<=[A-Z]{2}\.))\d{1,3}(?:,\d{1,3})*(?=\s+[A-Z]|\s*$))"
)
# other leftovers of a page's links and pictures in its text: a link's path glued to a word
# ("CETC–schId-12,categoryId-3.dhtml"), a picture's caption ("(pictured: the main campus)"), a
# Chinese reference's type mark and where it was published ("[J]. Journal of X, 2009(02): 12-15")
# (the first character of any, "(?=[...])", tested first: most places fail at once)
LINK_LEFTOVERS = re.compile(
    r"(?=[\s\[(（–-])(?:[–-](?:[A-Za-z]+Id-\w+,?)+\.(?:dhtml|shtml|html?|jsp|aspx?|php)\b|"
    r"\s*[(（](?:pictured|photo|image|picture)\s*:[^()（）]*[)）]|"
    r"\s*\[(?:J|M|C|D|N|EB/OL)\]\.?(?:\s*[^.\[\]]{0,80}?,?\s*\d{4}\s*[(（]\d{1,3}[)）](?:\s*:\s*\d+(?:[-–]\d+)?)?)?)"
)
MARK = re.compile(r"\x01\d+\x01")  # a citation's place in the text, while sentences are split
_INVISIBLE = {0x00AD: None, 0x200B: None, 0x200C: None, 0x200D: None, 0x2060: None, 0xFEFF: None, 0x00A0: " "}
INWORD_DASH = re.compile(r"(?<=\w)[\u2010\u2011\u2012\u2013](?=\w)")
WRAPPED = re.compile(r"(?:,|\b(?:the|of|and|by|to|in|for|with|a|an|at|on|from|as|or))$")
#: how far from a line's end WRAPPED can match (its longest word; "\b" still sees the letter before)
WRAPPED_TAIL = 4
MARK_NUMBER = re.compile(r"\x01(\d+)\x01")
# " ; ; " before a stop or at the end; tried only where a run of spaces and ";" starts ("(?<![\s;])"),
# since from every place inside a long run not before a stop it would take the rest of the run and
# give it back: time growing with the square of the run
FOOTNOTE_SEPARATORS = re.compile(r"(?<![\s;])(\s*;)+\s*(?=[.,]|$)")
# a run of two or more inside a sentence, where footnote links stood: gone before "and"/"or" (a list
# reads on: "with Xidian University ; ; and UESTC"), else one ";" (it may part two clauses: "subordinate
# to the MOE ; ; since 2000 it has ...", whose year is not the first clause's)
FOOTNOTE_RUN = re.compile(r"\s+;(?:\s*;)+(?=\s(?P<list>(?:and|or)\b)?)")


def without_footnote_separators(sentence: str) -> str:
    """A sentence without the " ; ; " its footnote links left (``FOOTNOTE_SEPARATORS``, ``FOOTNOTE_RUN``)."""
    return FOOTNOTE_RUN.sub(lambda m: "" if m["list"] else ";", FOOTNOTE_SEPARATORS.sub("", sentence))


SPACE_BEFORE_PUNCTUATION = re.compile(r"(?<!\s)\s+(?=[.,;:])")  # (from where the spaces start, as above)
# a run of spaces or tabs, made one space before anything else reads the paragraph: several of the
# expressions below begin with "\s*" or "\s+", and one tried at every place of a long run (a page
# converted from a table or a PDF: thousands of spaces) takes time growing with the square of its
# length (4,000 spaces took seconds); every sentence's spaces were made single at the end anyway
SPACE_RUN = re.compile(r"[^\S\n]{2,}")
SPACES = re.compile(r"\s{2,}")


# Cheap tests of what every match of an expression of the splitting holds, tried before it: most
# paragraphs hold no link, footnote or leftover, and those searches were a third of the splitting.
SPACE_THEN_PUNCTUATION = re.compile(r"\s[.,;:]")
STOP_THEN_DIGIT = re.compile(r"\.\d")


def may_hold_url(text: str) -> bool:
    return "://" in text or "www." in text or "archive." in text


def may_hold_footnote_mark(text: str) -> bool:
    return "[" in text or STOP_THEN_DIGIT.search(text) is not None


def may_hold_link_leftovers(text: str) -> bool:
    return "[" in text or ":" in text or "Id-" in text


def may_hold_space_before_punctuation(text: str) -> bool:
    return SPACE_THEN_PUNCTUATION.search(text) is not None


def may_hold_footer(text: str) -> bool:
    """One of FOOTER's words, or characters other than ASCII (matched without case, some pair with
    ASCII letters: "ı" with "i")."""
    if not text.isascii():
        return True
    lowered = text.lower()
    return "terminology" in lowered or "unclear" in lowered


#: each expression of the splitting tried only on a text its test lets through
SPLITTING_TESTS = (
    (URL, may_hold_url),
    (FOOTNOTE_MARK, may_hold_footnote_mark),
    (LINK_LEFTOVERS, may_hold_link_leftovers),
    (SPACE_BEFORE_PUNCTUATION, may_hold_space_before_punctuation),
    (FOOTER, may_hold_footer),
)


@dataclass(frozen=True)
class Sentence:
    """One sentence of prose, cleaned, with the URLs that were glued to it."""

    text: str
    section: str | None
    citations: tuple[str, ...] = ()


@dataclass
class Profile:
    """The parts of a profile page."""

    title: str | None
    title_zh: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    last_updated: PreciseDate | None = None
    last_updated_line: str | None = None
    """The "Last updated <date>." line as the page words it: the evidence for the page's date."""


#: A page that opens with its risk sentence names the institution as that sentence's subject.
# a name as long as a title may be (``_is_title``), not a paragraph before "is designated"
_OPENING_SUBJECT = re.compile(
    r"^(?:The\s+)?(?P<name>[A-Z][^()]{0,119}?)(?:\s+\([^)]*\))?\s+is\s+(?:designated|assessed)\b"
)


def institution_name(profile: Profile) -> str | None:
    """The profiled institution's name: the page's title, else the subject of an opening risk
    sentence, else None (the text does not say whose profile it is)."""
    if profile.title:
        return profile.title
    # (past the 2025 layout's badges before the prose: "Very HighRisk Category", "4 Major Defence
    # Laboratories"; up to the first sentence of prose)
    for sentence in profile.sentences:
        if m := _OPENING_SUBJECT.match(sentence.text):
            return m["name"].strip()
        if _is_prose(sentence.text):
            break
    return None


def _is_prose(text: str) -> bool:
    """A sentence of prose, not a badge or a side field: it ends as sentences do."""
    return re.search(r"[.!?][\"'’”)]*$", text) is not None


def parse_profile(text: str, *, where: str, head: bool = False) -> Profile:
    """Split a page into title, sentences (by section) and last-updated date; with ``head``, stop
    after the first paragraph of prose: enough for the title and ``institution_name`` (a loader's
    first pass asks no more, and splitting every sentence twice cost a build a tenth of its time).

    Raises InputError when the text holds no prose at all (an empty or binary file).
    """
    if "\x00" in text:
        raise InputError(
            "document is not text",
            where=where,
            why="it contains NUL bytes",
            fix="give the profile page as plain UTF-8 text",
        )
    lines = [line.strip() for line in typography(text).replace("\r\n", "\n").split("\n")]
    blocks = _fields_joined(_unwrapped([line for line in lines if line]))
    if not blocks:
        raise InputError("profile is empty", where=where, why="it has no text", fix="give the profile page's text")
    profile = Profile(title=None)
    section = None
    ended = False
    title_at = _title_index(blocks)
    for i, block in enumerate(blocks):
        if i < title_at:
            continue  # the site's name and menus before the page's title (a copy of the whole page)
        ended = ended or _beyond_profile(block, blocks[i + 1] if i + 1 < len(blocks) else "", profile)
        if ended and not LAST_UPDATED.match(block):
            continue  # (other institutions' cards; the page's date may still follow them)
        if m := LAST_UPDATED.match(block):
            profile.last_updated = find_date(m["date"])
            profile.last_updated_line = m[0].strip()
            continue
        if len(block) < 120 and FOOTER.search(block):
            continue
        if heading := section_of(block):
            section = heading
            profile.headings.append(block)
            continue
        if BANNER.match(block):
            continue
        if i == title_at and _is_title(block):
            # "English name (中文名)": the name, and its Chinese form apart
            if m := CHINESE_NAME.search(block):
                profile.title_zh = m["zh"].strip()
                block = block[: m.start()].strip()
            profile.title = block
            continue
        if i == title_at + 1 and profile.title and profile.title_zh is None and CHINESE_TITLE.fullmatch(block):
            profile.title_zh = block  # the 2025 layout's header: the Chinese name on a line of its own
            continue
        profile.sentences += [s for s in split_sentences(block, section) if s.text]
        if head and any(_is_prose(sentence.text) for sentence in profile.sentences):
            break
    if not profile.sentences and profile.title is None:
        raise InputError(
            "profile has no sentences",
            where=where,
            why="no line of it reads as prose or a title",
            fix="check that this is a tracker profile page",
        )
    return profile


def _beyond_profile(block: str, following: str, profile: Profile) -> bool:
    """Whether the page's own profile has ended before ``block``: at a heading over other
    institutions' cards ("Related institutions", alone on its line, over a name), or after the
    "Last updated" line that closes the prose, at a card: a name over a risk badge ("Sichuan
    University" over "Very high risk"). A side panel, a section or prose after that line are
    still the page's."""
    if len(block) < 60 and OTHERS_CARDS.fullmatch(block.rstrip(" :")) and _is_title(following):
        return True  # (a heading over prose is a section's: "See also" over "AU's partner NUDT ...")
    return (
        profile.last_updated_line is not None
        and RISK_BADGE_LINE.fullmatch(following.strip(" .")) is not None
        and _is_title(block)
        and any(_is_prose(s.text) for s in profile.sentences)
    )


def section_of(line: str) -> str | None:
    """The section a line heads ("LAB" for "Major defence laboratories"), or None if it heads none.

    Spelling is the page's own business ("Major Defense Laboratories:"); the codes count only in
    capitals, since "Int" or "lab" alone on a line is not a heading.
    """
    if line in SECTION_CODES:
        return line
    words = " ".join(line.rstrip(":").lower().replace("defense", "defence").split())
    return SECTION_HEADINGS.get(words)


def typography(text: str) -> str:
    """Text as the rules read it: invisible characters a copy from a browser carries (soft hyphens,
    zero-width spaces) removed, no-break spaces as spaces, and a dash inside a word a hyphen
    ("top–secret": else "secret" is read in it)."""
    if text.isascii():
        return text
    return INWORD_DASH.sub("-", text.translate(_INVISIBLE))


def _unwrapped(lines: list[str]) -> list[str]:
    """Lines rejoined where a hard wrap split a sentence: after a comma or a word that cannot end one
    ("... supervised by SASTIND and the" / "Hubei Provincial Government.")."""
    out: list[str] = []
    for line in lines:
        # searched in the line's tail: searched whole, a paragraph of many wrapped lines was
        # searched again at each of them, from its start (40 µs a search on a long line)
        if out and (WRAPPED.search(out[-1], max(0, len(out[-1]) - WRAPPED_TAIL)) or _continues_bullet(out[-1], line)):
            out[-1] += " " + line
        else:
            out.append(line)
    return out


#: the names of the 2025 layout's side fields, by field (the one home of their wording: the field
#: rules read "<name>: <value>"), which a copy from a browser puts on a line of their own above
#: their value ("Supervising Agencies" / "Ministry of Education")
SIDE_FIELD_NAMES = {
    "aliases": r"Aliases|Also known as|Other names?",
    "supervisors": r"Supervising\s+Agenc(?:y|ies)",
    "party_secretary": r"Party\s+Secretary",
    "categories": r"Categor(?:y|ies)",
    "research_areas": r"Research\s+Areas?|Topics",
    "locations": r"Locations?",
    "sanctions": r"Sanctions?\s+Lists?",
}
SIDE_FIELD = re.compile(r"(?i)(?:" + "|".join(SIDE_FIELD_NAMES.values()) + "):?")


def _fields_joined(lines: list[str]) -> list[str]:
    """Lines with each side field's name joined to the value on the line after it, as the field
    reads in one line ("Supervising Agencies: Ministry of Education"); not a section's heading
    ("Sanctions lists" heads the 2025 layout's section of lists), nor above one."""
    out: list[str] = []
    for line in lines:
        if (
            out
            and SIDE_FIELD.fullmatch(out[-1])
            and not SIDE_FIELD.fullmatch(line)
            and not (section_of(out[-1]) or section_of(line))
        ):
            out[-1] = f"{out[-1].rstrip(':')}: {line}"
        else:
            out.append(line)
    return out


def _continues_bullet(item: str, line: str) -> bool:
    """Whether ``line`` is the rest of a bulleted name a hard wrap cut ("• Key Laboratory of ...
    Nuclear Fuel" / "Cycle Technology (核燃料...)"): the item has not ended (no Chinese name, no
    closing mark) and the line is no item, heading or sentence of its own, but the name's lower-case
    middle or its tail with the Chinese name the item lacks."""
    if not item.startswith("•") or re.search(r"[.:;!?)）]$", item) or line.startswith(("•", "-", "–")):
        return False
    if section_of(line) or re.search(r"[.!?]$", line):
        return False
    return line[0].islower() or CHINESE_NAME.search(line) is not None


def _title_index(blocks: list[str]) -> int:
    """Where the page's title is: the first line, unless the page opens with several lines that
    could be titles ("Example Tracker", "Home", "Alder University (阿尔德大学)"): then the line
    before a line of Chinese alone (the 2025 layout's header, "Alder University" over "阿尔德大学"),
    else the last of them the first line of prose names as written (after the header's badges)."""
    run = list(itertools.takewhile(_is_title, blocks))
    if len(run) < 2 or len(run) == len(blocks):
        return 0
    header = [i for i in range(len(run) - 1) if CHINESE_TITLE.fullmatch(run[i + 1]) and not CHINESE_TITLE.match(run[i])]
    if header:
        return header[0]  # (a place's names may follow: "Liaoyang" over "辽阳")
    after = blocks[len(run) : len(run) + HEADER_LINES]
    prose = next((block for block in after if _is_prose(block)), blocks[len(run)])
    named = [i for i, block in enumerate(run) if _names(prose, CHINESE_NAME.sub("", block).strip())]
    return named[-1] if named else 0


#: how many badge and side-field lines the first line of prose may come after
HEADER_LINES = 20


def _names(prose: str, name: str) -> bool:
    return len(name) > 3 and " " in name and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", prose) is not None


def _is_title(block: str) -> bool:
    # A title is a short line without a full stop: the institution's name (a company's may end
    # with its legal form's: "Zhongke Photonics Co., Ltd.", "Aviation Industry Corporation of China, Ltd.")
    return (
        len(block) < 120
        and (not re.search(r"[.!?]$", block) or LEGAL_FORM_END.search(block) is not None)
        and " is " not in block
        and not re.search(r"\brisk\b|risk\s*category", block, re.IGNORECASE)  # (the badge: "Very HighRisk Category")
    )


def split_sentences(paragraph: str, section: str | None) -> list[Sentence]:
    """Sentences of a paragraph; citation URLs become each sentence's citations."""
    urls: list[str] = []

    def mark(m: re.Match) -> str:
        urls.append(m[0])
        return f"\x01{len(urls) - 1}\x01"

    text = SPACE_RUN.sub(" ", typography(paragraph))
    if may_hold_url(text):
        text = URL.sub(mark, text)
    if may_hold_footnote_mark(text):
        text = FOOTNOTE_MARK.sub("", text)
    if may_hold_link_leftovers(text):
        text = LINK_LEFTOVERS.sub("", text)
    text = GLUED_STOP.sub(". ", text)
    text = GLUED_ABBREVIATION.sub(". ", text)
    text = GLUED_AFTER_QUOTE.sub(" ", text)
    text = MARK_AFTER_STOP.sub(r"\2\1", text)
    out = []
    for raw in SENTENCE_END.split(text):
        citations = tuple(urls[int(i)] for i in MARK_NUMBER.findall(raw)) if urls else ()
        clean = EMPTIED_ASIDE.sub("", MARK.sub(" ", raw)) if urls else raw
        if ";" in clean:
            clean = without_footnote_separators(clean)
        if may_hold_space_before_punctuation(clean):
            clean = SPACE_BEFORE_PUNCTUATION.sub("", clean)
        clean = SPACES.sub(" ", clean).strip(" ;")
        if len(clean) < 120 and may_hold_footer(clean) and FOOTER.search(clean):
            continue
        if BANNER.match(clean):
            continue  # a caption left after a sentence on its line: "... pleaded guilty. Source: SCMP"
        if clean:
            out.append(Sentence(clean, section, citations))
    return out

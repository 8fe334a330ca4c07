"""analysis: what a row of a partner list writes beside the body's name, set aside before the
name is matched (``matcher``): what a visitors' log or a diary writes around it (a date or a day,
a time, the meeting's words leading to the name), a person's role before it, a person's name before
or after it, and the body it is sent in care of. Each is said in the match's explanation."""

from __future__ import annotations

import re
from collections.abc import Callable

import defence_kg.analysis.screening.names as n
from defence_kg.analysis.screening.words import (
    DEGREES,
    GIVEN_NAMES_ALSO_WORDS,
    LEAD_IN_WORDS,
    LOG_WORDS,
    PERSON_TITLES,
    ROLE_ADJECTIVES,
    ROLE_NOUNS,
    ROLE_NOUNS_ALSO_PARTS,
    SURNAMES,
    WESTERN_GIVEN_NAMES,
)

#: "care of": the body before it is the row's, reached through the one after; alone, the one after
CARE_OF = re.compile(r"(?i)\s*\bc/o\b\s*")


def tidied(read: str) -> str:
    """A name without the brackets and the separators at its ends what was set aside left empty."""
    read = re.sub(r"[(（\[【]\s*[)）\]】]", " ", read)
    return re.sub(r"^[\s,;:.#–—-]+|[\s,;:#–—-]+$", "", read)


def without_log_notes(name: str, names_a_body: Callable[[str], bool]) -> tuple[str, str]:
    """The name without what a visitors' log, a diary or a register writes around it: a date with
    the log's words beside it ("Meeting 2019-05-07: ...", "..., registered 1999-06-29", "... visit
    on 2021-11-03"), the words that lead to the name ("delegation from ...", "Visit by ...",
    "Campus tour at ...": a meeting's words before its noun, unless ``names_a_body`` says they may
    name a body, "Tsinghua visit to ...") and a visit's word after it ("... delegation"); with what
    was set aside, said ("" if nothing was). Words a log does not write stay: "Tsinghua University
    Press, 2019-05-07" keeps its press."""
    opening = _DAY_OPENING.match(name)
    notes = [opening.group().strip()] if opening else []
    rest = name[opening.end() :] if opening else name
    notes += [m.group().strip() for m in _DATED.finditer(rest)]
    read = tidied(_DATED.sub(" ", rest)) if notes else name
    lead = _LEAD_IN.match(read)  # (with a date or without: "Delegation from ...")
    if lead and not (lead["words"] and names_a_body(lead["words"])):
        notes.append(lead.group().strip())
        read = read[lead.end() :]
    if (after := _VISIT_AFTER.search(read)) and after.start() > 0:
        notes.append(after.group().strip())
        read = read[: after.start()]
    if not read.strip():
        return name, ""
    return read, ", ".join(f"'{note}' (a log's date or words)" for note in notes)


_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
#: a time of day: 14:00, 9:30 am, 9am
_TIME = r"(?:\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)"
#: a date as logs write it: 2019-05-07, 2019/05/07, 07.05.2019, 7 May 2019, 7th of May 2019,
#: 07-May-19, May 7, 2019, May 2019, 2019年5月7日, a quarter or half year (Q3 2019, 2019 Q3, H1
#: 2019), or a time of day or a span of times (14:00, 9:30 am, 14:00-15:30, 9am-11am, 9-11am,
#: 10:00 to 11:30); since the forty-sixth session's second pass, with its time after a "T"
#: (2021-05-07T10:00) and, with a year of four figures, which no code's day and month take, with
#: dashes of another kind or spaces around them (07–05–2021, 2021 - 05 - 07)
_DASH = r"\s?[-–—]\s?"
_DATE = (
    r"(?<![\w./-])(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:T\d{2}:\d{2}(?::\d{2})?)?|\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})"
    rf"|\d{{4}}{_DASH}\d{{1,2}}{_DASH}\d{{1,2}}|\d{{1,2}}{_DASH}\d{{1,2}}{_DASH}\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS},?\s+\d{{4}}|\d{{1,2}}-{_MONTHS}-(?:\d{{4}}|\d{{2}})"
    rf"|{_MONTHS}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?\d{{4}}"
    r"|(?:Q[1-4]|H[12])[\s/-]*(?:FY\s*)?\d{4}|(?:FY\s*)?\d{4}[\s/-]*(?:Q[1-4]|H[12])"
    rf"|(?:\d{{1,2}}\s*[-–]\s*)?{_TIME}(?:\s*(?:[-–]|to)\s*{_TIME})?"
    r"|\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?)(?![\w/-])"
)
#: what leads from a log's words to the name: "with", "from", "to", "on" ("Courtesy call on"), "of"
#: ("a delegation of"), "for" ("Reception for a delegation of")
_TO_THE_NAME = r"(?:from|by|with|to|at|on|of|for)\s+"
_ORDINAL = r"\d{1,2}(?:st|nd|rd|th)?"
#: a day and a month in figures with dots, without a year ("07.05", "7.5.", "07.05."): two figures
#: each, or the dot after the month that says a date (forty-fifth session; not "2.1", "Web 3.0")
_DAY_MONTH = r"(?:0[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])\.?|(?:[1-9]|[12]\d|3[01])\.(?:[1-9]|1[0-2])\."
#: a year and a month ("2021-05", "2020–12", "2019/11"; forty-seventh session): a year of this
#: century or the last, a month in two figures; with a dot too, as a CV writes it ("2019.07";
#: forty-eighth session)
_YEAR_MONTH = r"(?:19|20)\d{2}[-–—/.](?:0[1-9]|1[0-2])"
#: a span of years, or of years and months, as a CV dates a post or a degree ("2015-2019", "2015 –
#: 2019", "2012.09–2016.06", "2019-present", "2015 to 2019"; forty-eighth session): a unit's code
#: or an issue's number is not written with two years
_YEAR_OR_MONTH = r"(?:19|20)\d{2}(?:[./](?:0[1-9]|1[0-2]))?"
_SPAN_OF_YEARS = rf"{_YEAR_OR_MONTH}(?:{_DASH}|\s+to\s+)(?:{_YEAR_OR_MONTH}|present|now|today)"
#: a day and a month with a dash, in two figures each, either way round ("07-05", "12–25"), read
#: only opening the row or after a separator (forty-seventh session): run on after a name it may
#: be a unit's code ("... 12-03")
_DAY_MONTH_DASHED = r"(?:0[1-9]|[12]\d|3[01])[-–—](?:0[1-9]|1[0-2])|(?:0[1-9]|1[0-2])[-–—](?:0[1-9]|[12]\d|3[01])"
#: where a day or a month stands apart after the name: at the row's end or before a separator or a
#: lead-in's preposition
_STANDS_APART = rf"(?=\s*(?:$|[,;:：)）\]】]|[-–—]\s)|\s+{_TO_THE_NAME})"
#: right after a separator, a space or none between: figures read as a date only there, since run on
#: after a name they may be its own ("... 12-03", "Expo 2010")
_AFTER_A_SEPARATOR = r"(?:(?<=[,;:：])|(?<=[,;:：]\s))"
#: a year alone, as a CV dates a degree or a post ("PhD, Harbin Institute of Technology, 2012";
#: forty-eighth session's precision audit): read only after a separator, where it stands apart
_YEAR_ALONE = r"(?:19|20)\d{2}"
#: a day without its year ("7 May", "May 7th", "7-9 May", "07/05", "07.05."), read only where it stands
#: apart: "August 1st Film Studio" names a body (forty-fourth session); a year and a month so too
#: (forty-seventh session), and a day and a month with a dash, or a year alone, after a separator
_DAY = (
    rf"(?<![\w./-])(?:{_ORDINAL}(?:\s*[-–]\s*{_ORDINAL})?\s+(?:of\s+)?{_MONTHS}"
    rf"|{_MONTHS}\s+{_ORDINAL}(?:\s*[-–]\s*{_ORDINAL})?|\d{{1,2}}/\d{{1,2}}|{_DAY_MONTH}|{_SPAN_OF_YEARS}|{_YEAR_MONTH}"
    rf"|{_AFTER_A_SEPARATOR}(?:{_DAY_MONTH_DASHED}|{_YEAR_ALONE})(?![\w./-]))"
    rf"{_STANDS_APART}"
)
#: a weekday before a date ("Tue 7 May", "Friday, 9 August 2019")
_WEEKDAY = (
    r"(?<![\w./-])(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?)\.?,?\s+"
)
#: the week a date begins ("w/c 6 May", "W/B 13 May", "week commencing 6 May")
_WEEK_OF = r"(?<![\w./-])(?:w/[cb]|week\s+(?:commencing|beginning|starting|of))\.?:?\s+"
#: a day, its month's name after it, opening the row with nothing between it and the name ("7 May
#: Tsinghua University", "w/c 6 May Zhejiang University"): a name does not open with one ("August
#: 1st Film Studio" puts its month first and keeps it); or a day and a month in two figures each
#: ("07.05 Meeting with ...", "07/05 ..."; not a list's "2.1": forty-fifth session), with a dash
#: too, or a year and a month ("07-05 ...", "2021-05 ...": forty-seventh session)
_DAY_OPENING = re.compile(
    rf"(?i)^\s*(?:(?:{_WEEK_OF})?(?:{_WEEKDAY})?{_ORDINAL}(?:\s*[-–]\s*{_ORDINAL})?\s+(?:of\s+)?{_MONTHS}"
    rf"(?:\s+\d{{4}})?|(?:0[1-9]|[12]\d|3[01])[./](?:0[1-9]|1[0-2])\.?|{_DAY_MONTH_DASHED}|{_SPAN_OF_YEARS}|{_YEAR_MONTH})"
    r"(?![\w./-])(?=\s+\S)"
)
#: a day with its month first opening the row, nothing between it and the name ("Dec 1 Tongji
#: University", "Tue May 7th ..."): a name's order too ("August 1st Film Studio"), so read only
#: where the rest is a match and the whole is not (forty-fifth session)
_MONTH_FIRST_OPENING = re.compile(
    rf"(?i)^\s*(?:{_WEEKDAY})?{_MONTHS}\s+{_ORDINAL}(?:\s*[-–]\s*{_ORDINAL})?(?![\w./-])(?=\s+\S)"
)


#: a day and a month with a dash run on after a name, nothing but a space between ("Fudan University
#: 07-05"): a date after a body whose parts have names, a unit's code after one that numbers them
#: ("... Corporation 12-03"), so the matcher reads it by the body's kind (forty-eighth session)
_DAY_MONTH_RUN_ON = re.compile(rf"(?<=[^\W\d_])\s+(?P<day>{_DAY_MONTH_DASHED})\s*$")


def day_month_run_on(read: str) -> list[tuple[str, str]]:
    """A day and a month with a dash run on after a name, and the name, as (the day, the name);
    none if the row does not end with one."""
    if not (day := _DAY_MONTH_RUN_ON.search(read)):
        return []
    return [(day["day"], read[: day.start()].strip())]


def month_first_day(read: str) -> list[tuple[str, str]]:
    """A day with its month first opening the row and the rest, as (the day, the rest); none if
    it does not open with one."""
    if not (day := _MONTH_FIRST_OPENING.match(read)):
        return []
    return [(day.group().strip(), read[day.end() :].strip())]


_LOG = "|".join(re.escape(w) for w in sorted(LOG_WORDS, key=len, reverse=True))
#: a log's word, with the label's colon after it ("Date:", "Time:") or a space
_LOG_WORD = rf"\b(?:{_LOG})(?:\s*[:：]\s*|\s+)"
#: a date and the log's words beside it, in its segment ("Meeting 2019-05-07", "registered
#: 1999-06-29"; not the words of a lead-in after it: "2019-05-07 Meeting with ...")
_DATED = re.compile(
    rf"(?i)(?:{_LOG_WORD})*(?:{_WEEK_OF})?(?:{_WEEKDAY})?(?:{_DATE}|{_DAY})(?:\s+(?:{_LOG})\b(?!\s+{_TO_THE_NAME}))*"
)
#: a meeting as a log writes it before the name: its log's words and how it was held, an article
#: among them ("Courtesy call", "Hosted a delegation", "Zoom meeting"); ends with a log's word
_MEETING_WORD = "|".join(re.escape(w) for w in sorted(LOG_WORDS | LEAD_IN_WORDS, key=len, reverse=True))
_ARTICLE = r"(?:(?:a|an|the)\s+)?"
_MEETING = rf"{_ARTICLE}(?:(?:{_MEETING_WORD})\s+{_ARTICLE})*(?:{_MEETING_WORD})\s+"
#: a meeting's noun: a log's word, not a date's preposition ("on", "since", "until")
_MEETING_NOUN = "|".join(re.escape(w) for w in sorted(LOG_WORDS - {"on", "since", "until"}, key=len, reverse=True))
#: a log's words before a preposition at the name's start, one meeting or a chain of them ("Visit
#: by", "Dinner hosted by", "Courtesy call on", "Reception for a delegation of"), with up to two
#: words of any kind before the first when it ends with a meeting's noun ("Campus tour at", "Site
#: inspection at"; "World Conference on" is no meeting: a conference's word is a name's too), the
#: fewest that make a meeting (the matcher keeps them when they may name a body), or before a
#: label's colon ("Site visit:", "Follow-up:")
_LEAD_IN = re.compile(
    rf"(?i)^(?:(?:{_MEETING}{_TO_THE_NAME})+"
    rf"|(?P<words>(?:[^\W\d_][\w'’-]*\s+){{1,2}}?){_ARTICLE}(?:(?:{_MEETING_WORD})\s+{_ARTICLE})*"
    rf"(?:{_MEETING_NOUN})\s+{_TO_THE_NAME}(?:{_MEETING}{_TO_THE_NAME})*"
    rf"|(?:(?:{_LOG})\s+)*(?:{_LOG})\s*[:：]\s*)(?=\S)"
)
#: a visit's word after the name ("Xidian University delegation")
_VISIT_AFTER = re.compile(r"(?i)\s+(?:delegations?|visits?|visited|visitors|meetings?)\W*$")


#: generic words a meeting's may hold before its noun ("Lab tour", "Campus tour", "Research visit")
_MEETINGS_GENERIC_WORDS = frozenset({"laboratory", "campus", "research", "technical", "industry", "industrial"})


def generic_not_a_meetings(token: str) -> bool:
    """A place, or a word that says what kind of body: no meeting's ("National", "University")."""
    return n.is_generic(token) and token not in _MEETINGS_GENERIC_WORDS


def _role_words(words: frozenset[str]) -> str:
    """Words as alternatives of an expression, longest first, an apostrophe either way."""
    return "|".join(re.escape(w).replace("'", "['’]") for w in sorted(words, key=len, reverse=True))


#: a person's role before the body's name and a preposition, at the row's start ("Visiting scholar
#: from", "PhD student at", "Alumnus of", "Ex-employee of"), or a separator ("Senior engineer,
#: CETC", "Postdoc - ...") or a bracket around the body ("PhD student (NUDT)": forty-fifth session):
#: adjectives, then a role's noun; a word that is neither ends it, so "Alumni Association of" and
#: "Student Union, ..." are no role. Up to two words of any kind may open it ("Lead engineer",
#: "Principal investigator": forty-sixth session), the fewest that make a role, kept as the name's
#: when they may name a body (``without_a_role``), and a prefix may join its noun ("Co-investigator")
def _role_before(nouns: frozenset[str]) -> re.Pattern[str]:
    """A person's role ending with one of ``nouns`` before the body's name (see ``_ROLE_BEFORE``)."""
    return re.compile(
        rf"(?i)^{_ARTICLE}(?P<words>(?:[^\W\d_][\w'’]*(?:\s+|-)){{0,2}}?)"
        rf"(?:(?:{_role_words(ROLE_ADJECTIVES | ROLE_NOUNS)})(?:\s+|-))*?"
        rf"(?:[^\W\d_]{{1,5}}-)?(?:{_role_words(nouns)})(?:\s+(?:from|at|of|with|in)\s+|\s*[,:：]\s*|\s+-\s+|\s*[–—]\s*"
        r"|(?P<bracket>\s*(?=[(（\[])))(?=\S)"
    )


_ROLE_BEFORE = _role_before(ROLE_NOUNS)
#: a role whose noun also opens a part's name ("Director", "Head", "Team leader"): a role only
#: before a body's whole name (``without_a_role``)
_ROLE_ALSO_A_PART_BEFORE = _role_before(ROLE_NOUNS_ALSO_PARTS)
#: "the" before the body's name after a role ("Director of the China Academy of ...")
_THE = re.compile(r"(?i)^the\s+")
#: a role set apart from what follows by a separator, not a preposition ("Head, ...", "Dean - ...")
_BY_A_SEPARATOR = re.compile(r"[,:：–—-]\s*$")
#: a role joined by "of" to what follows ("Head of ...")
_BY_OF = re.compile(r"(?i)\sof\s+$")


def without_a_role(
    read: str,
    names_a_body: Callable[[str, str], bool],
    a_bodys_whole_name: Callable[[str], bool],
    a_part_and_its_body: Callable[[str], bool],
    a_laboratory_its_ministry_and_body: Callable[[str], bool],
) -> tuple[str, str]:
    """The name without a person's role written before it ("Visiting scholar from ...", "PhD
    student (NUDT)", "Lead engineer, ..."), with the role said ("" if there was none). Words
    before the role's own that ``names_a_body`` says may name a body, given what follows the role,
    keep the row as it was ("Tsinghua engineer at ...", "Harbin researcher, ..."); a role whose noun also opens a part's
    name is one only where ``a_bodys_whole_name`` says what follows is a body's whole name, no
    part's ("Director at Zhejiang University"; not "Director of the Key Laboratory of ..."), or,
    set apart by a separator, where ``a_part_and_its_body`` says it is a part's name and its body's
    ("Head, Department of Physics, Fudan University"; not "Head of School of ...", an office's name);
    with "of", only where ``a_laboratory_its_ministry_and_body`` says the ministry that accredits
    the part stands between it and its body ("Head of Key Laboratory of ..., Ministry of Education,
    Tianjin University": the ministry's word makes the part a laboratory's, no office's)."""
    role = _ROLE_BEFORE.match(read)
    a_parts_row = ""  # (a part's name and its body after the role, read without its "the")
    folded = read.casefold() if not role else ""  # (a word gate: the expression only where its noun is)
    if any(noun in folded for noun in ROLE_NOUNS_ALSO_PARTS) and (role := _ROLE_ALSO_A_PART_BEFORE.match(read)):
        inside = _IN_BRACKETS.match(read[role.end() :].strip()) if role["bracket"] is not None else None
        after = _THE.sub("", (inside["inside"] if inside else read[role.end() :]).strip())
        set_apart = role["bracket"] is None and _BY_A_SEPARATOR.search(role.group())
        of_a_part = role["bracket"] is None and _BY_OF.search(role.group())
        whole = a_bodys_whole_name(after)
        if not (
            whole
            or (set_apart and a_part_and_its_body(after))
            or (of_a_part and a_laboratory_its_ministry_and_body(after))
        ):
            return read, ""
        a_parts_row = after if of_a_part and not whole else ""
    if not role:
        return read, ""
    rest = a_parts_row or read[role.end() :]
    if role["bracket"] is not None:
        if not (bracketed := _IN_BRACKETS.match(rest.strip())):
            return read, ""  # ("Student (Tsinghua) Union": the bracket is the name's)
        rest = bracketed["inside"].strip()
    if role["words"] and names_a_body(role["words"].replace("-", " ").strip(), rest.strip()):
        return read, ""
    return rest, f"'{role.group().strip(' ,:：–—-')}' (a person's role)"


#: a person's titles at the row's start ("Prof. ", "Assoc. Prof. ", "Dr ")
TITLE = re.compile(rf"(?i)^(?:(?:{'|'.join(sorted(PERSON_TITLES, key=len, reverse=True))})\.?\s+)+")
#: a word up to a separator or a bracket
_WRITTEN_WORD = re.compile(r"[^\s,;:()（）\[\]–—]+")
#: a syllable of pinyin (loosely: an initial or none, then a final)
_SYLLABLE = (
    r"(?:(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|an|ao|ei|en|er"
    r"|ia|ie|in|iu|ou|ua|ue|ui|un|uo|a|e|i|o|u|v))"
)
#: a given name in pinyin, of one syllable or two ("Na", "Xiaoming"; not "Yat", "Tsinghua")
_GIVEN_NAME = re.compile(rf"{_SYLLABLE}{{1,2}}")
_PINYIN_WORD = re.compile(rf"{_SYLLABLE}+")


def reads_as_pinyin(token: str) -> bool:
    """Whether a word (lower case) reads as syllables of pinyin, as a Chinese body's own word does
    ("nankai", "fudan"; not "medical", "normal")."""
    return bool(_PINYIN_WORD.fullmatch(token))


#: pinyin's own syllables, without tones: the ones Mandarin has, not any initial with any final
#: ("ho", "ber", "lah" are none), longest first so that the expression tries them so
_MANDARINS_SYLLABLES = """a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao
    ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui
    chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding
    diu dong dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao
    ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng hong hou
    hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai
    kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei
    leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lv lve ma mai man mang mao me
    mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nian niang
    niao nie nin ning niu nong nou nu nuan nuo nv nve o ou pa pai pan pang pao pei pen peng pi pian piao
    pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re
    ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao
    she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo
    ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen
    weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying
    yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen
    zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo"""
_SYLLABLES = sorted(_MANDARINS_SYLLABLES.split(), key=len, reverse=True)
_PINYINS_OWN_WORD = re.compile(f"(?:{'|'.join(_SYLLABLES)})+")


def spelt_in_pinyin(token: str) -> bool:
    """Whether a word (lower case) is spelt in pinyin's own syllables ("pasadena": pa-sa-de-na;
    "sepang"), as a Chinese place's or person's name may be; "berlin" and "lahore", which the
    looser ``reads_as_pinyin`` takes too, are not (forty-ninth session)."""
    return bool(_PINYINS_OWN_WORD.fullmatch(token))


#: what joins a person's name to the body's: a separator or a bracket, "of", "at", "from"
_AFTER_PERSON = re.compile(r"(?i)^(?:[\s,;:–—-]|\b(?:of|at|from)\b)+")
#: what sets a person's name apart from the body's after it: a separator, a bracket, "of", "at", "from"
_SET_APART_FROM_THE_BODY = r"\s*[,;:(（\[–—]|\s+(?i:-|of|at|from)\s"
#: a body's name in brackets after a person's ("Dr Zhang (BUAA)")
_IN_BRACKETS = re.compile(r"^[(（\[](?P<inside>[^()（）\[\]]+)[)）\]]$")


def people_before(read: str) -> list[tuple[str, str]]:
    """Each way a row may begin with a person's name run into a body's, shortest first, as (the
    person, the rest): a title and one to three words ("Prof. Wang Hua Zhejiang University", "Dr
    Zhang (BUAA)"), or a surname and a given name in pinyin ("Li Na Tsinghua University", "Zhang
    San - NUDT", "Chen, Wei: ..."; not a place's words, "Hong Kong Polytechnic University", nor a
    name's, "Sun Yat-sen University"), or a Western name set apart from the body ("John Smith, ...", "Anna
    Müller (...)", "Smith, John - ...", "J. Smith (...)", "Hans von Braun, ..."; not "Thomas
    Jefferson University")."""
    title = TITLE.match(read)
    start = title.end() if title else 0
    words: list[re.Match[str]] = []
    for word in _WRITTEN_WORD.finditer(read, start):
        if len(words) == 3 or read[words[-1].end() if words else start : word.start()].strip():
            break  # (a separator ends the name)
        words.append(word)
    ends = []
    for k in range(1, len(words) + 1):
        written = [w[0] for w in words[:k]]
        if not all(w[0].isupper() and not n.is_generic(w.casefold()) for w in written):
            break
        if title or _surname_and_given_name(written):
            ends.append(words[k - 1].end())
    # a Western name run into the body's is the body's ("Thomas Jefferson University")
    if not title and (western := _WESTERN_OPENING.match(read)) and western_name(western.group()):
        ends.append(western.end())
    if not title and (chinese := _CHINESE_SURNAME_FIRST_OPENING.match(read)) and chinese_surname_first(chinese.group()):
        ends.append(chinese.end())
    people = []
    for end in ends:
        rest = _AFTER_PERSON.sub("", read[end:]).strip()
        if bracketed := _IN_BRACKETS.match(rest):
            rest = bracketed["inside"].strip()
        if rest and not CARE_OF.match(rest):  # (a person sent in care of a body may not be of it)
            people.append((read[:end].strip(), rest))
    return people


#: a person's name after the body's, past the last separator ("NUDT - Zhang San", "Jilin
#: University, Prof. Li Wei", "... / Dr. Zhou", "... – Hans-Peter Schulz": a hyphen within a word
#: is the name's; "Tsinghua University; John Smith": a semicolon too, forty-seventh session); a
#: bracket is read as a bracket is
_PERSON_AFTER = re.compile(
    r"^(?P<body>.*\S)\s*(?:[,;；:/–—]|\s-)\s*(?P<person>(?:[^,;；:/–—()（）\[\]-]|(?<=\w)-(?=\w))+?)\s*$"
)


#: what separates a row's affiliations (as the matcher cuts them)
_AFFILIATIONS_CUT = re.compile(r"[;；]")


#: a Western name with its surname first after the body's ("Jilin University, Brown, David")
_SURNAME_FIRST_AFTER = re.compile(
    r"^(?P<body>.*\S)\s*(?:[,:/–—]|\s-)\s*(?P<person>[^,:/–—()（）\[\]]+,\s*[^,:/–—()（）\[\]]+?)\s*$"
)


def people_after(read: str) -> list[tuple[str, str]]:
    """A person's name after the body's, as (the person, the body's): a title and one to three
    capitalised words, a surname and a given name in pinyin (a comma between them too: "... / Liu,
    Yang"), or a Western name ("..., Brown, David", "... – K. Weber", "... / Jan van der Berg"); none if the last segment is anything
    else ("Tsinghua University, Weihai", "..., Press")."""
    if (after := _SURNAME_FIRST_AFTER.match(read)) and (
        western_name(after["person"]) or chinese_surname_first(after["person"])
    ):
        return [(after["person"], after["body"])]
    if not (after := _PERSON_AFTER.match(read)) or not is_a_persons_name(after["person"]):
        return []
    return [(after["person"], after["body"])]


#: a degree's short form written with stops opening the row, a space and no separator after it
#: ("B.Eng. Tsinghua University", "Ph.D. Harbin ...", "M.S. ...", "LL.M. ..."): two or three
#: capitalised pieces of up to four letters, each but the last ended by a stop
_DEGREE_OPENING = re.compile(r"^(?P<degree>[A-Z][A-Za-z]{0,3}(?:\.[A-Z][A-Za-z]{0,3}){1,2}\.?)\s+(?P<rest>\S.*)$")


def degree_opening(read: str) -> list[tuple[str, str]]:
    """A degree with stops opening the row, run into the body's name with no separator, as (the
    degree, the rest): its letters folded without the stops are a degree's (``DEGREES``). The
    matcher reads it so only where the rest matches a body (forty-ninth session); initials of the
    same letters before a body's name ("M.S. Ramaiah ...") leave a rest that finds none."""
    opening = _DEGREE_OPENING.match(read) if "." in read[:8] else None
    if opening is None or opening["degree"].replace(".", "").casefold() not in DEGREES:
        return []
    return [(opening["degree"], opening["rest"])]


def pinyin_name(person: str) -> bool:
    """Whether a segment is a Chinese person's name in pinyin given name last, no title and no
    comma ("Sun Hao", "Zhang Feng"): a surname and a given name of one or two syllables, each
    word capitalised, the two no place ("Wu Han")."""
    written = person.split()
    return all(w[0].isupper() for w in written) and _surname_and_given_name(written)


def chinese_surname_first_after(read: str) -> bool:
    """Whether a row ends with a Chinese name surname first after the body's ("Nanjing University,
    Xu, Hong"), which its words read as places would otherwise take ('Hong' a place)."""
    after = _SURNAME_FIRST_AFTER.match(read) if "," in read else None
    return after is not None and chinese_surname_first(after["person"])


def person_after_a_semicolon(read: str) -> bool:
    """Whether a row's last affiliation after a semicolon may be a person's name ("Tsinghua
    University; John Smith"), which the row's match as one of its affiliations leaves unsaid."""
    return bool(_AFFILIATIONS_CUT.search(read)) and bool(people_after(read) or people_after_a_semicolon(read))


#: what follows a row's last semicolon, no other separator after it ("...; Mark Peterson")
_AFTER_A_SEMICOLON = re.compile(r"^(?P<body>.*\S)\s*[;；]\s*(?P<person>[^,;；:/–—()（）\[\]]+?)\s*$")


def people_after_a_semicolon(read: str) -> list[tuple[str, str]]:
    """A name of a person's form after a row's last semicolon, as (the person, the rest): one
    ``is_a_persons_name`` reads ("Sun Hao"), or a Western name whose given name is also a word or
    a place (``GIVEN_NAMES_ALSO_WORDS``: "Mark Peterson"). The matcher reads it so only where its
    words find no body and the row matched without it (forty-eighth session)."""
    if not (after := _AFTER_A_SEMICOLON.match(read)):
        return []
    person = after["person"]
    if is_a_persons_name(person) or western_name(person, WESTERN_GIVEN_NAMES | GIVEN_NAMES_ALSO_WORDS):
        return [(person, after["body"])]
    return []


def is_a_persons_name(person: str) -> bool:
    """Whether a segment is a person's name: a title and one to three capitalised words, or a
    surname and a given name in pinyin, either way round of a comma ("Chen, Wei"), or a Western
    name ("John Smith", "Smith, John", "J. Smith", "Maria de la Cruz")."""
    if western_name(person) or chinese_surname_first(person):
        return True
    title = TITLE.match(person)
    written = person[title.end() if title else 0 :].split()
    if not 0 < len(written) <= 3 or not all(w[0].isupper() and not n.is_generic(w.casefold()) for w in written):
        return False
    return bool(title) or _surname_and_given_name(written)


#: a capitalised word of a Western name, an apostrophe or a hyphen within ("Müller", "O'Brien",
#: "Schmidt-Weber"; its capital is checked by ``western_name``)
_NAME_WORD = r"[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*"
#: one initial or up to three ("J.", "J. R.", "J.R.")
_INITIALS = r"[^\W\d_]\.(?:\s?[^\W\d_]\.){0,2}"
#: the small words a surname opens with ("von Braun", "de la Cruz", "van der Berg", "di Stefano")
_PARTICLE = r"(?:von|van|de|der|den|del|della|di|da|du|dos|das|la|le|ten|ter|zu)"
_SURNAME = rf"(?:{_PARTICLE}\s+)*{_NAME_WORD}"
#: a Western person's name: a given name (a second one or a middle initial after it) or initials,
#: then a surname ("John Smith", "Mary J. Brown", "J. Smith", "Hans von Braun"); or the surname
#: first and a comma ("Smith, John", "Smith, J.", "de la Cruz, Maria")
_WESTERN = (
    rf"(?:(?P<given>{_NAME_WORD})(?:\s+(?:{_NAME_WORD}|[^\W\d_]\.))?\s+|(?P<initials>{_INITIALS})\s*){_SURNAME}"
    rf"|{_SURNAME},\s*(?:(?P<given_after>{_NAME_WORD})(?:\s+[^\W\d_]\.)?|(?P<initials_after>{_INITIALS}))"
)
_WESTERN_NAME = re.compile(_WESTERN)
#: one opening the row, set apart from the body's name after it (a separator, a bracket, "of",
#: "at", "from"): run into it, it is the body's ("Thomas Jefferson University")
_WESTERN_OPENING = re.compile(rf"(?:{_WESTERN})(?={_SET_APART_FROM_THE_BODY})")


def western_name(person: str, given_names: frozenset[str] = WESTERN_GIVEN_NAMES) -> bool:
    """Whether a text is a Western person's name: its given name one of ``given_names`` (the known
    ones, ``WESTERN_GIVEN_NAMES``) or initials, its other words capitalised and none a word of a
    body's kind or a place."""
    if not (name := _WESTERN_NAME.fullmatch(person.strip())):
        return False
    given = name["given"] or name["given_after"]
    if given and n.fold(given).split("-")[0] not in given_names:  # (its first part: "Hans-Peter")
        return False
    written = [w for w in re.split(r"[\s,.]+", person.strip()) if w and not re.fullmatch(_PARTICLE, w)]
    return all(w[0].isupper() and (len(w) == 1 or not n.is_generic(n.fold(w))) for w in written)


#: a Chinese name written surname first with a comma, as a Western list orders names ("Chen, Wei",
#: "Li, Xiao-ming"; forty-sixth session), its given name in two words too ("Li, Xiao Ming";
#: forty-seventh session): ``chinese_surname_first`` checks its words
_CHINESE_SURNAME_FIRST = re.compile(rf"(?P<surname>{_NAME_WORD}),\s*(?P<given>{_NAME_WORD}(?:\s+{_NAME_WORD})?)")
#: one opening the row, set apart from the body's name after it ("Chen, Wei - Tsinghua University")
_CHINESE_SURNAME_FIRST_OPENING = re.compile(rf"{_CHINESE_SURNAME_FIRST.pattern}(?={_SET_APART_FROM_THE_BODY})")


def chinese_surname_first(person: str) -> bool:
    """Whether a text is a Chinese person's name with its surname first and a comma ("Chen, Wei"):
    a surname, a given name in pinyin, capitalised, the two together no place ("Wei, Hai")."""
    if not (name := _CHINESE_SURNAME_FIRST.fullmatch(person.strip())):
        return False
    written = [name["surname"], *name["given"].split()]
    return all(w[0].isupper() for w in written) and _surname_and_given_name(written)


def western_given_name(person: str) -> bool:
    """Whether a person's name is a Western one with a known given name, in either order ("Hans-Peter
    Schulz", "Smith, John"; not "J. Smith")."""
    name = _WESTERN_NAME.fullmatch(person.strip())
    return bool(name and (name["given"] or name["given_after"]) and western_name(person))


def initials_only(person: str) -> bool:
    """Whether a Western person's name gives initials, no given name ("J. Smith", "Smith, J.")."""
    name = _WESTERN_NAME.fullmatch(person.strip())
    return bool(name and (name["initials"] or name["initials_after"]))


def _surname_and_given_name(written: list[str]) -> bool:
    """A Chinese person's name in pinyin: a surname and one or two words of a given name, not a place."""
    folded = [w.casefold() for w in written]
    return (
        len(folded) in (2, 3)
        and folded[0] in SURNAMES
        and all(_GIVEN_NAME.fullmatch(w.replace("-", "")) for w in folded[1:])
        and not n.is_place("".join(folded))
    )

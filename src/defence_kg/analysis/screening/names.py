"""analysis: the forms in which screening compares names.

English names become word tokens: Unicode NFKC, accents dropped, case folded, apostrophes removed
(Xi'an and Xian are one word), other punctuation a space, "&" read as "and", spelling variants
mapped (Univ. -> university, Tech -> technology, defense -> defence, and the abbreviations of
bibliographic databases' affiliations, Engn -> engineering; see ``words.VARIANTS``; one that
stands for several words, Elect, is compared in each reading: ``words.READINGS``) and small
words dropped ("the", "of", "and"). Word order is kept: "University of Science and Technology of
China" and "China University of Science and Technology" are different names.

Chinese names are compared as their Chinese characters alone (no spaces, brackets or Latin
letters); a traditional-character spelling is recognised by converting it to simplified characters
(OpenCC's tables); other characters of the same reading at each position (pypinyin) are a name
that sounds alike, which may be another's or a slip of a pinyin keyboard. Romanised input is compared with
the toneless pinyin of the graph's Chinese names (pypinyin), ignoring spaces, tone marks and
tone numbers.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache

from defence_kg.analysis.screening.words import (
    FOREIGN_KINDS,
    FOREIGN_STOPWORDS,
    FOREIGN_WORDS,
    GENERIC,
    KNOWN_WORDS,
    LEGAL_FORMS,
    LEGAL_FORMS_ZH,
    PLACES_CN,
    PLACES_PINYIN,
    READINGS,
    STOPWORDS,
    VARIANTS,
)
from defence_kg.core import hanzi

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")
_APOSTROPHES = re.compile(r"['’‘`´ʼ]")
_NON_WORD = re.compile(r"[^\w]+|_")
_SPACES = re.compile(r"\s+")
_TONE_NUMBER = re.compile(r"(?<=[a-z])[1-5](?![0-9])")
#: French elision before a word ("d'aéronautique", "l'Est") and a direction of two words ("Nord-Ouest")
_FOREIGN_ELISION = re.compile(r"\b[dl]['’](?=\w)")
_FOREIGN_DIRECTION = re.compile(r"\b(nord|sud)[\s-]+(ouest|est|west|ost)\b")


def fold(text: str) -> str:
    """NFKC, accents dropped (Chóngqìng -> chongqing), case folded, spaces collapsed."""
    if not text.isascii():  # (ASCII is its own NFKC and NFKD, and has no accents: most names are)
        text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text))
        text = unicodedata.normalize("NFC", "".join(c for c in text if not unicodedata.combining(c)))
    return _SPACES.sub(" ", text).strip().casefold()


def plain(text: str) -> str:
    """The form an exact name is compared in: NFKC, case and spaces only."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip().casefold()


def words(text: str) -> list[str]:
    """The words of a name as written (folded, no punctuation), before variants and stopwords."""
    text = _APOSTROPHES.sub("", fold(text)).replace("&", " and ")
    return [w for w in _NON_WORD.split(text) if w]


def word_form(word: str) -> str:
    """A word after spelling variants (univ -> university)."""
    return VARIANTS.get(word, word)


def tokens(text: str) -> tuple[str, ...]:
    """The words that identify a name, in order: variants mapped, small words dropped."""
    return tuple(word_form(w) for w in words(text) if w not in STOPWORDS and not _CJK.search(w))


def foreign_readings(text: str) -> list[tuple[str, ...]]:
    """A name written in another language ("Université de Pékin", "Tsinghua-Universität"), read
    in English word by word (each reading of a word of several, Pékin as Peking and Beijing), its
    small words dropped; none for a name without a word of a body's kind in those languages."""
    folded = _FOREIGN_ELISION.sub("", _FOREIGN_DIRECTION.sub(r"\1\2", fold(text)))  # d'aéronautique, nord-ouest
    written = [w for w in words(folded) if not _CJK.search(w)]
    if not FOREIGN_KINDS & set(written):
        return []
    kept = [part for w in written if w not in FOREIGN_STOPWORDS and w not in STOPWORDS for part in _compound(w)]
    return [tuple(ws) for ws in itertools.product(*map(_in_english, kept))]


def _compound(word: str) -> list[str]:
    """A German compound of two words ``FOREIGN_WORDS`` knows, as the two ("Verteidigungstechnologie":
    Verteidigung, with its linking "s", and Technologie; "Militärwissenschaften"); else the word."""
    if word in FOREIGN_WORDS:
        return [word]
    for cut in range(4, len(word) - 3):
        head, tail = word[:cut], word[cut:]
        head = head if head in FOREIGN_WORDS else head.removesuffix("s")
        if head in FOREIGN_WORDS and tail in FOREIGN_WORDS:
            return [head, tail]
    return [word]


def _in_english(word: str) -> tuple[str, ...]:
    """A word of another language in English; a German city's adjective as the city ("Harbiner")."""
    if word in FOREIGN_WORDS:
        return FOREIGN_WORDS[word]
    if word.endswith("er") and (word[:-2] in FOREIGN_WORDS or is_place(word[:-2])):
        return _in_english(word[:-2])
    return (word_form(word),)


def word_readings(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The tokens with each abbreviation of several words read each way ("univ elect ..." as
    "university electronic ..." and "university electrical ..."), the first reading first."""
    return [tuple(ws) for ws in itertools.product(*(READINGS.get(w, (w,)) for w in words))]


def without_legal_form(words: tuple[str, ...]) -> tuple[str, ...]:
    """The tokens without the legal form they end with ("... group company limited" -> "... group")."""
    end = len(words)
    while end and words[end - 1] in LEGAL_FORMS:
        end -= 1
    return words[:end]


def chinese_without_legal_form(characters: str) -> str:
    """Chinese characters without the legal form they end with (中国电子科技集团公司 -> 中国电子科技集团)."""
    for form in LEGAL_FORMS_ZH:
        if characters.endswith(form) and len(characters) > len(form) + 1:
            return characters.removesuffix(form)
    return characters


def key(text: str) -> str:
    return " ".join(tokens(text))


def compact(text: str) -> str:
    """The tokens run together, so spacing does not matter ("Bei hang" is "Beihang")."""
    return "".join(tokens(text))


def is_generic(token: str) -> bool:
    """A word that says what kind of body, or where, but not which one."""
    return token in GENERIC or token in PLACES_CN or token in STOPWORDS


def is_place(token: str) -> bool:
    return token in PLACES_CN


#: what a Chinese place's name ends with, besides the place (北京市, 广东省, 滨江区)
_ZH_PLACE_ENDINGS = ("特别行政区", "自治区", "市", "省", "区", "县")


def is_chinese_place(text: str) -> bool:
    """Whether a text is a place in China in Chinese characters (北京, 深圳市, 香港), read in pinyin."""
    characters = chinese(text)
    if characters != text.strip():
        return False
    for ending in _ZH_PLACE_ENDINGS:
        if len(characters) > len(ending) + 1:
            characters = characters.removesuffix(ending)
    return characters in ("香港", "澳门") or (1 < len(characters) <= 4 and is_place(pinyin_key(characters)))


def is_known_word(token: str) -> bool:
    """A word screening never reads as someone's misspelling of another word."""
    return token in GENERIC or token in PLACES_CN or token in KNOWN_WORDS or token in STOPWORDS


def has_chinese(text: str) -> bool:
    return bool(_CJK.search(text))


def chinese(text: str) -> str:
    """The Chinese characters of a name alone: no spaces, brackets, punctuation or Latin letters."""
    return "".join(_CJK.findall(unicodedata.normalize("NFKC", text)))


@lru_cache(maxsize=65536)
def pinyin_key(chinese_name: str) -> str:
    """Toneless pinyin of a Chinese name, run together (ü as u): 重庆大学 -> chongqingdaxue."""
    return "".join(hanzi.syllables(chinese_name)).replace("v", "u")


def romanised_key(text: str) -> str:
    """Romanised input in the form of ``pinyin_key``: tone marks and numbers, spaces, apostrophes
    and hyphens dropped ("Chóngqìng Dàxué", "chong2qing4 da4xue2" -> chongqingdaxue)."""
    folded = _TONE_NUMBER.sub("", fold(text).replace("ü", "u"))
    # a place as lists spell it outside pinyin, in pinyin: "Harbin" as "Haerbin"
    return "".join(PLACES_PINYIN.get(w, w) for w in re.split(r"[^a-z]+", folded)).replace("v", "u")


def same_reading(a: str, b: str) -> bool:
    """Whether two Chinese names of one length read alike at every position (重慶大學 ~ 重庆大学)."""
    return len(a) == len(b) and all(x == y or hanzi.readings(x) & hanzi.readings(y) for x, y in zip(a, b))


def read_from_chinese(word: str, chinese_name: str) -> bool:
    """Whether a word (lower case) is some of a Chinese name's characters read in pinyin, in their
    order ("tiangong": 天 and 工 of 天津工业大学, the name a university's own English word shortens;
    "beihang": 北 and 航 of 北京航空航天大学), as a field's word ("naval", "police") is not."""
    characters = chinese(chinese_name)
    # the positions of the word reachable so far, each with the characters that are left after it
    reached: dict[int, int] = {0: 0}
    for at in range(len(word)):
        if at not in reached:
            continue
        for i in range(reached[at], len(characters)):
            for reading in hanzi.readings(characters[i]):
                end = at + len(reading)
                if reading and word.startswith(reading, at) and reached.get(end, len(characters) + 1) > i + 1:
                    reached[end] = i + 1
    return len(word) in reached and len(word) > 0


def looks_like_abbreviation(text: str) -> bool:
    """One word of capitals (CQU, BUAA, NJTech, A/SEU): compared as an abbreviation."""
    text = text.strip()
    return (
        " " not in text
        and 2 <= len(text) <= 12
        and sum(c.isupper() for c in text) >= 2
        and not has_chinese(text)
        and bool(re.fullmatch(r"[A-Za-z0-9/&.\-]+", text))
    )


def abbreviation_key(text: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", unicodedata.normalize("NFKC", text).upper())

"""core: Chinese characters (hanzi) as the pipeline reads them: pinyin syllables, every reading
of a character, and simplified forms. pypinyin and OpenCC sit behind this one module, each
imported when first needed (loading pypinyin's dictionaries took a third of every command's start).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any


def syllables(text: str) -> list[str]:
    """The toneless pinyin of ``text``, a syllable (or a run of other characters) each:
    红隼大学 -> ["hong", "sun", "da", "xue"]; "ü" is written "v", as pypinyin writes it."""
    from pypinyin import lazy_pinyin

    return list(lazy_pinyin(text))


@lru_cache(maxsize=65536)
def readings(char: str) -> frozenset[str]:
    """Every toneless reading of one Chinese character (traditional and simplified share them)."""
    from pypinyin import Style, pinyin

    return frozenset(pinyin(char, style=Style.NORMAL, heteronym=True)[0])


@lru_cache(maxsize=65536)
def simplified(characters: str) -> str:
    """Chinese characters in their simplified forms (國防大學 -> 国防大学), by OpenCC's tables."""
    return _to_simplified().convert(characters)


@lru_cache(maxsize=1)
def _to_simplified() -> Any:
    from opencc import OpenCC

    return OpenCC("t2s")

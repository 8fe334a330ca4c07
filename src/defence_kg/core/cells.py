"""core: text for the cells of spreadsheets. A CSV cell that begins with "=", "+", "-" or "@" is
read as a formula when a spreadsheet program opens the file ("=HYPERLINK(...)" in a partner list
would become a live link, other formulas worse), so such a cell is written after an apostrophe,
which those programs read as "text follows" and do not show (the usual defence against CSV
injection). A negative number stays as it is."""

from __future__ import annotations

import re

_FORMULA_START = re.compile(r"[=+@\t\r]|-(?![\d.])")


def as_text(value: str) -> str:
    """The value, made a spreadsheet's text when it would otherwise begin a formula."""
    return "'" + value if _FORMULA_START.match(value) else value


# characters a workbook's cell cannot hold (XML 1.0 refuses them): shown as their control pictures
_NOT_IN_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def in_workbook(value: object) -> object:
    """A value a workbook's cell can hold: a text's control characters as their pictures ("␁")."""
    return _NOT_IN_XML.sub(lambda c: chr(0x2400 + ord(c[0])), value) if isinstance(value, str) else value

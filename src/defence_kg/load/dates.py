"""loaders: read dates as sources word them, keeping their precision.

"In December 2016" is a month, not 2016-12-01; "2016" is a year. Vague wording ("late 2011")
is left to the caller, which records it verbatim with bounds.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import Literal
from rdflib.namespace import XSD

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
_MONTH = "(?:" + "|".join(m.capitalize() for m in MONTHS) + ")"

DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}}) ({_MONTH}),? (\d{{4}})\b")
MONTH_DAY_YEAR = re.compile(rf"\b({_MONTH}) (\d{{1,2}}),? (\d{{4}})\b")
MONTH_YEAR = re.compile(rf"\b({_MONTH}),? (\d{{4}})\b")
YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")


@dataclass(frozen=True)
class PreciseDate:
    """A date at the precision the text gives: ``year``, ``month`` or ``day``."""

    iso: str
    precision: str
    verbatim: str

    @property
    def literal(self) -> Literal:
        datatype = {"year": XSD.gYear, "month": XSD.gYearMonth, "day": XSD.date}[self.precision]
        return Literal(self.iso, datatype=datatype)


def find_date(text: str) -> PreciseDate | None:
    """The first, most precise date in ``text`` (day, then month, then year), or None."""
    if m := DAY_MONTH_YEAR.search(text):
        day, month, year = int(m[1]), MONTHS[m[2].lower()], m[3]
        return PreciseDate(f"{year}-{month:02d}-{day:02d}", "day", m[0])
    if m := MONTH_DAY_YEAR.search(text):
        month, day, year = MONTHS[m[1].lower()], int(m[2]), m[3]
        return PreciseDate(f"{year}-{month:02d}-{day:02d}", "day", m[0])
    if m := MONTH_YEAR.search(text):
        return PreciseDate(f"{m[2]}-{MONTHS[m[1].lower()]:02d}", "month", m[0])
    if m := YEAR.search(text):
        return PreciseDate(m[1], "year", m[0])
    return None

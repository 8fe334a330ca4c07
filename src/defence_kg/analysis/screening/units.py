"""analysis: the numbered units of a conglomerate or an academy in a name, and the body they belong to.

Lists write one institute of a conglomerate in many ways: "the 14th Research Institute of CETC",
"CETC 14th Research Institute", "No. 14 Research Institute, China Electronics Technology Group
Corporation", "China Electronics Technology Group Corporation's 14th Institute"; and a unit of a
unit as "No. 33 Research Institute, Third Academy of CASIC" or "33 Institute of CASIC's Third
Academy". Each is one body's name and a set of numbered units (institute 14; academy 3 and
institute 33), whatever the order, the connecting words and the form of the number ("5th",
"Fifth", "No. 5"). Only numbered units are read: a unit with a name of its own ("Beijing Institute
of Automatic Control Equipment") is a name like any other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from defence_kg.analysis.screening.words import ORDINALS

_NUMBER = r"(?:No\.?\s*(?P<no>\d{1,3})|(?P<digits>\d{1,3})(?:st|nd|rd|th)?|(?P<word>" + "|".join(ORDINALS) + r"))"
# "Research Institute" and "Institute" name one unit in translations of 研究所 (likewise 研究院)
_KIND = r"(?:Research\s+)?(?:Institute|Academy)|Factory|Plant|Base"
_UNIT = re.compile(
    rf"(?i)(?<![\w.])(?:{_NUMBER}\s+(?P<kind>{_KIND})|(?P<kind_first>{_KIND})\s+No\.?\s*(?P<no_after>\d{{1,3}}))(?!\w)"
)
_KINDS = {"institute": "institute", "academy": "academy", "factory": "factory", "plant": "factory", "base": "base"}
# what joins the units and the body: "of (the)", "'s", commas, dashes
_CONNECTORS = re.compile(r"(?i)^(?:[\s,;:\-–]|\bthe\b|\bof\b)+|(?:[\s,;:\-–]|\bof\b|\bthe\b|['’]s\b)+$")
#: a numbered unit: its kind (institute, academy, factory, base) and number
Unit = tuple[str, int]


@dataclass(frozen=True)
class NumberedUnits:
    """A name read as the name of a body and numbered units of it."""

    body: str
    written: tuple[tuple[str, Unit], ...]  # each unit as the name writes it, in order

    @property
    def units(self) -> frozenset[Unit]:
        return frozenset(unit for _, unit in self.written)

    def described(self, leaving: frozenset[Unit] = frozenset()) -> str:
        """The units as written, but those of ``leaving``."""
        return ", ".join(f"'{text}'" for text, unit in self.written if unit not in leaving)


def numbered_units(text: str) -> NumberedUnits | None:
    """The body and numbered units a name gives, or None when it gives no numbered unit, or no
    body's name is left once they and the words joining them are set aside."""
    found = list(_UNIT.finditer(text))
    if not found:
        return None
    written = tuple((m[0], _unit(m)) for m in found)
    pieces, start = [], 0
    for m in found:
        pieces.append(text[start : m.start()])
        start = m.end()
    pieces.append(text[start:])
    # the body is named once, before, between or after the units; the rest only joins them
    named = [body for p in pieces if (body := _CONNECTORS.sub("", p).strip())]
    if len(named) != 1 or len({unit for _, unit in written}) != len(written):
        return None
    return NumberedUnits(named[0], written)


def _unit(m: re.Match[str]) -> Unit:
    kind = (m["kind"] or m["kind_first"]).split()[-1].casefold()
    number = m["no"] or m["digits"] or m["no_after"]
    return _KINDS[kind], int(number) if number else ORDINALS.index(m["word"].casefold()) + 1

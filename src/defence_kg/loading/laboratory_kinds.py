"""loaders: the official kind of a laboratory (the ``lab-kind`` scheme), read from its names.

A Chinese name ends with the kind (…国防科技重点实验室, …国防重点学科实验室, …教育部重点实验室); an
English name spells it out ("X National Defense Key Discipline Laboratory") or follows the
translation each kind's names get ("Science and Technology on X Laboratory" for 国防科技重点实验室,
"Fundamental Science on X Laboratory" for 国防重点学科实验室, as the tracker's own pairs of names
show). A kind read from a name is implied, never stated, as the curators' are (basis
``read-from-name``): a name can outlive the designation it gives, and a translation is a habit, not a
rule. The Chinese name is read first: where the two disagree, it is the one that names the kind.
An MOE key laboratory of "B-category" (B类), which the tracker counts among defence laboratories, is
an MOE key laboratory, as its name says, not an "MOE national defence key laboratory"
(教育部国防重点实验室), a name of its own.
"""

from __future__ import annotations

import re

from rdflib import Literal, URIRef
from rdflib.namespace import SKOS

from defence_kg.core.namespaces import DKG, vocab

_MOE = r"\b(?:MOE|Ministry\s+of\s+Education)\b"
# (kind, expression), the first whose expression a laboratory's name holds giving its kind
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        ("moe-national-defence-key-laboratory", r"教育部国防重点实验室"),
        ("national-defence-st-key-laboratory", r"国防科技重点实验室"),
        ("national-defence-key-discipline-laboratory", r"国防重点学科实验室"),
        ("moe-key-laboratory", r"教育部重点实验室"),
        ("moe-national-defence-key-laboratory", rf"(?i){_MOE}\s+National\s+Defen[cs]e\s+Key\s+Lab"),
        (
            "national-defence-st-key-laboratory",
            r"(?i)\bNational\s+Defen[cs]e\s+(?:Science\s+and\s+Technology|S&T)\s+Key\s+Lab",
        ),
        ("national-defence-key-discipline-laboratory", r"(?i)\bDefen[cs]e\s+Key\s+(?:Discipline|Subject)s?\s+Lab"),
        ("national-defence-key-discipline-laboratory", r"\bFundamental\s+Science\s+(?:on|for|of)\b"),
        ("national-defence-st-key-laboratory", r"\bScience\s+and\s+Technology\s+on\b"),
        ("moe-key-laboratory", rf"(?i){_MOE}\s+Key\s+Lab|\bKey\s+Laboratory\s+of\b.+(?:\bof|,)\s+(?:the\s+)?{_MOE}"),
    )
)


def laboratory_kind(english: str, chinese: str | None = None) -> tuple[URIRef, dict[URIRef, Literal | URIRef]] | None:
    """The kind a laboratory's names give, with what its statement rests on (the basis
    ``read-from-name`` and a note of the words read), or None. Its certainty is implied."""
    for name in (chinese or "", english):
        for kind, expression in _KINDS:
            if m := expression.search(name):
                note = f"The kind is read from '{m[0]}' in the laboratory's name."
                return vocab("lab-kind", kind), {
                    DKG.basis: vocab("basis", "read-from-name"),
                    SKOS.editorialNote: Literal(note, lang="en"),
                }
    return None

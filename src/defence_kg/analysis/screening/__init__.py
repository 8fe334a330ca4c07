"""analysis: screening a partner list — each row's name matched to the graph's organisations, with
a decision, a score, how it matched and why, and for a match the entity's risk, categories,
export-control and sanctions lists, supervising agencies, parent, defence links and best evidence.

    names (inputs) -> Matcher (index, matcher) -> profiles (graph) -> Screening -> reports

Matching is explained row by row; see docs/screening.md for the rules and their measured quality.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from defence_kg.analysis.screening.graph import GraphView, Profile
from defence_kg.analysis.screening.inputs import PartnerList, read_partners
from defence_kg.analysis.screening.matcher import DEFAULT_THRESHOLD, MATCH, NO_MATCH, POSSIBLE, Candidate, Matcher
from defence_kg.core import progress
from defence_kg.core.errors import InputError
from defence_kg.core.store import Store

__all__ = [
    "DEFAULT_THRESHOLD",
    "MATCH",
    "NO_MATCH",
    "POSSIBLE",
    "Candidate",
    "GraphView",
    "Matcher",
    "PartnerList",
    "Profile",
    "ScreenedRow",
    "Screening",
    "read_partners",
    "screen",
]


@dataclass(frozen=True)
class ScreenedRow:
    """One input row, its cells kept, and what screening decided about its name."""

    row: int
    values: dict[str, str]
    name: str
    decision: str
    score: float
    how: str | None
    differs: tuple[str, ...]
    explanation: str
    entity: Profile | None
    candidates: tuple[Candidate, ...]


@dataclass(frozen=True)
class Screening:
    """A screened partner list: its columns, the name column, the threshold and one row per input row."""

    source: str
    columns: tuple[str, ...]
    name_column: str
    country_column: str | None
    threshold: float
    counts: dict[str, int]
    rows: tuple[ScreenedRow, ...]
    #: lines of the list left out as comments (``PartnerList.comments``)
    comments: int = 0
    #: blank lines or rows of the list left out (``PartnerList.blank``)
    blank: int = 0


def _explained(explanation: str, entity: Profile | None) -> str:
    """The match's explanation, and for an entity no source rates, that its empty risk level is no
    rating at all: the graph may know an institution only by its names (data/curated) or as another
    page's partner, and an empty cell must not read as a low risk."""
    if entity is None or entity.risk_level is not None:
        return explanation
    return f"{explanation}; no source in the graph rates its risk (an empty risk level is not a low one)"


def screen(
    store: Store,
    partners: PartnerList | Sequence[str],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    top: int = 3,
    matcher: Matcher | None = None,
) -> Screening:
    """Screen every row of a partner list (or a list of names) against the organisations of a
    built dataset, in input order."""
    if not 0 < threshold <= 1:
        raise InputError(
            f"the threshold {threshold} is not between 0 and 1",
            fix="give --threshold between 0 (exclusive) and 1, e.g. 0.85",
        )
    if top < 1:
        raise InputError(f"--top {top} lists no candidates", fix="give --top 1 or more")
    if not isinstance(partners, PartnerList):
        partners = _names(partners)
    matcher = matcher or Matcher(GraphView(store), threshold=threshold, top=top)
    decided = []
    for cells in progress.track(partners.rows, "screen", unit="rows", total=len(partners.rows)):
        country = cells.get(partners.country_column) if partners.country_column else None
        decided.append(matcher.match(cells.get(partners.name_column, ""), country=country or None))
    profiles = matcher.graph.profiles(sorted({d.iri for d in decided if d.iri}))
    rows = tuple(
        ScreenedRow(
            row=number,
            values=dict(cells),
            name=d.name,
            decision=d.decision,
            score=round(d.score, 3),
            how=d.how,
            differs=d.differs,
            explanation=_explained(d.explanation, profiles.get(d.iri) if d.iri else None),
            entity=profiles.get(d.iri) if d.iri else None,
            candidates=d.candidates,
        )
        for number, cells, d in zip(partners.numbers, partners.rows, decided)
    )
    counts = Counter(r.decision for r in rows)
    return Screening(
        source=partners.source,
        columns=partners.columns,
        name_column=partners.name_column,
        country_column=partners.country_column,
        threshold=threshold,
        counts={k: counts.get(k, 0) for k in (MATCH, POSSIBLE, NO_MATCH)},
        rows=rows,
        comments=partners.comments,
        blank=partners.blank,
    )


def _names(names: Sequence[str]) -> PartnerList:
    if isinstance(names, (str, Path)):
        raise InputError("screen takes a list of names or a PartnerList", fix="read a file with read_partners(path)")
    rows = tuple({"name": str(name)} for name in names)
    return PartnerList("(names)", "lines", ("name",), "name", None, rows, tuple(range(1, len(rows) + 1)))

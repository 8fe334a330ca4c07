"""analysis: a screened partner list as a file people circulate — CSV, JSON, XLSX (the input's
columns, then the result columns, a header row with filters) or one standalone HTML page (risk
badges, evidence with links, sorting and filtering; no network).

Every format is deterministic: the same screening gives the same bytes (the workbook's zip entries
and document properties carry a fixed date, not the time of writing).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

import defence_kg.analysis.screening.workbooks as workbooks
from defence_kg.analysis.screening import ScreenedRow, Screening
from defence_kg.core.cells import as_text, in_workbook
from defence_kg.core.records import to_json

#: the result columns added after the input's own, in order
RESULT_COLUMNS = (
    "decision",
    "score",
    "matched by",
    "differs",
    "entity",
    "entity (Chinese)",
    "entity IRI",
    "kind",
    "risk level",
    "risk date",
    "risk rationale",
    "categories",
    "lists",
    "supervising agencies",
    "parent",
    "parent certainty",
    "parent risk",
    "defence links",
    "evidence 1",
    "source 1",
    "evidence 2",
    "source 2",
    "evidence 3",
    "source 3",
    "candidates",
    "explanation",
)
RISK_COLOURS = {"very high": "B71C1C", "high": "E65100", "medium": "F9A825", "low": "2E7D32"}
_TEMPLATES = Path(__file__).with_name("templates")


def result_columns(screening: Screening) -> list[str]:
    """The result columns' names, each prefixed with 'screen: ' if the input already has it."""
    taken = {c.casefold() for c in screening.columns}
    return [f"screen: {c}" if c.casefold() in taken else c for c in RESULT_COLUMNS]


def result_cells(row: ScreenedRow) -> list[str]:
    """One row's result columns as text (lists joined with '; ')."""
    e = row.entity
    evidence: list[str] = []
    for i in range(3):
        item = e.evidence[i] if e is not None and i < len(e.evidence) else None
        evidence += [item.quote if item else "", (item.source or "") if item else ""]
    candidates = "; ".join(
        f"{c.label} <{c.iri}> {c.score:.2f}: {c.why}" for c in row.candidates if c.iri != (e.iri if e else None)
    )
    parent = e.parent if e is not None else None
    return [
        row.decision,
        f"{row.score:.2f}",
        row.how or "",
        "; ".join(row.differs),
        e.label if e else "",
        (e.label_zh or "") if e else "",
        e.iri if e else "",
        e.kind if e else "",
        (e.risk_level or "") if e else "",
        (e.risk_date or "") if e else "",
        (e.risk_rationale or "") if e else "",
        "; ".join(e.categories) if e else "",
        "; ".join(e.lists) if e else "",
        "; ".join(e.supervising_agencies) if e else "",
        parent.label if parent else "",
        (parent.certainty or "") if parent else "",
        (parent.risk_level or "") if parent else "",
        str(e.defence_links) if e else "",
        *evidence,
        candidates,
        row.explanation,
    ]


def table(screening: Screening) -> list[list[str]]:
    """The header and one line per row: the input's columns, then the result columns."""
    lines = [[*screening.columns, *result_columns(screening)]]
    for row in screening.rows:
        lines.append([*(row.values.get(c, "") for c in screening.columns), *result_cells(row)])
    return lines


def render(screening: Screening, fmt: str) -> bytes:
    """The screening as the bytes of a ``csv``, ``json``, ``xlsx`` or ``html`` file."""
    if fmt == "json":
        return to_json(screening).encode("utf-8")
    if fmt == "csv":
        buffer = io.StringIO(newline="")
        csv.writer(buffer, lineterminator="\n").writerows([list(map(as_text, line)) for line in table(screening)])
        return buffer.getvalue().encode("utf-8")
    if fmt == "xlsx":
        return _xlsx(screening)
    if fmt == "html":
        return _html(screening).encode("utf-8")
    raise ValueError(f"unknown report format {fmt!r}")


def _xlsx(screening: Screening) -> bytes:
    lines = [[in_workbook(value) for value in line] for line in table(screening)]
    risk_column = len(screening.columns) + RESULT_COLUMNS.index("risk level") + 1
    fills = {
        (r, risk_column): (RISK_COLOURS[level], "FFFFFF" if level != "medium" else "000000")
        for r, row in enumerate(screening.rows, 2)
        if (level := row.entity.risk_level if row.entity else None) in RISK_COLOURS
    }
    return workbooks.written(lines, title="screening", creator="defence-kg screen", fills=fills)


def _html(screening: Screening) -> str:
    environment = Environment(
        loader=FileSystemLoader(str(_TEMPLATES)),
        autoescape=select_autoescape(["html", "j2"]),
        keep_trailing_newline=True,
    )
    template = environment.get_template("screening.html.j2")
    return template.render(screening=screening, result_cells=result_cells, risk_colours=RISK_COLOURS)

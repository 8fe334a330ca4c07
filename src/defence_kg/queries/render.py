"""query: results as text — a terminal table, CSV, TSV, SPARQL JSON results, Markdown, or RDF for
CONSTRUCT/DESCRIBE."""

from __future__ import annotations

import csv
import io
import json
import textwrap

from rdflib import Literal, URIRef
from rdflib.term import Node

from defence_kg.core.errors import QueryError
from defence_kg.core.namespaces import PREFIXES
from defence_kg.core.sparql import IRI_FORBIDDEN


def tsv_term(term: Node | None) -> str:
    """A term in SPARQL TSV form (empty for unbound)."""
    if term is None:
        return ""
    return term.n3() if not isinstance(term, URIRef) else f"<{term}>"


def to_tsv(variables: list[str], rows: list[tuple]) -> str:
    lines = ["\t".join(f"?{v}" for v in variables)]
    lines += ["\t".join(tsv_term(t) for t in row) for row in rows]
    return "\n".join(lines) + "\n"


def _plain(term: Node | None) -> str:
    if term is None:
        return ""
    text = str(term)
    if isinstance(term, URIRef):
        for prefix, ns in PREFIXES.items():
            if text.startswith(ns) and IRI_FORBIDDEN.search(text[len(ns) :]) is None:
                return f"{prefix}:{text[len(ns) :]}"
    return text


def _json_term(term: Node | None):
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, Literal):
        d = {"type": "literal", "value": str(term)}
        if term.language:
            d["xml:lang"] = term.language
        elif term.datatype:
            d["datatype"] = str(term.datatype)
        return d
    return {"type": "bnode", "value": str(term)}


def render(result, fmt: str, *, width: int | None = None) -> str:
    """A result as table, csv, tsv, json or markdown text; a table fits in ``width`` characters
    (long cells cut with "…"; csv, tsv and json keep every value whole)."""
    kind = "an ASK query's answer" if isinstance(result, bool) else "a CONSTRUCT or DESCRIBE query's graph"
    if not isinstance(result, tuple) and fmt not in ("table", "json"):
        raise QueryError(
            f"{kind} has no {fmt} form",
            why="csv, tsv and markdown are tables of a SELECT query's rows",
            fix="use --format table (the answer, or Turtle) or --format json",
        )
    if isinstance(result, bool):
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": result}) + "\n"
        return ("true" if result else "false") + "\n"
    if isinstance(result, list):  # triples
        from rdflib import Graph

        g = Graph()
        for prefix, ns in PREFIXES.items():
            g.bind(prefix, ns)
        for t in result:
            g.add(t)
        return g.serialize(format="json-ld" if fmt == "json" else "turtle")
    variables, rows = result
    if fmt == "tsv":
        return to_tsv(variables, rows)
    if fmt == "json":
        doc = {
            "head": {"vars": variables},
            "results": {
                "bindings": [{v: _json_term(t) for v, t in zip(variables, row) if t is not None} for row in rows]
            },
        }
        return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(variables)
        for row in rows:
            w.writerow(["" if t is None else str(t) for t in row])
        return buf.getvalue()
    cells = [[_plain(t) for t in row] for row in rows]
    if fmt == "markdown":
        esc = [[c.replace("|", "\\|").replace("\n", " ") for c in row] for row in cells]
        out = ["| " + " | ".join(variables) + " |", "|" + "---|" * len(variables)]
        out += ["| " + " | ".join(row) + " |" for row in esc]
        return "\n".join(out) + "\n"
    widths = _fit([min(60, max([len(v)] + [len(r[i]) for r in cells])) for i, v in enumerate(variables)], width)
    if width is not None and sum(widths) + 2 * (len(widths) - 1) > width:
        return _records(variables, cells, width)
    out = [
        "  ".join(_cut(v, w).ljust(w) for v, w in zip(variables, widths)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    out += ["  ".join(_cut(c, w).ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


#: The narrowest a column is cut to, so that every column stays readable.
MIN_COLUMN = 8


def _fit(widths: list[int], width: int | None) -> list[int]:
    """Column widths whose table (two spaces between columns) fits in ``width``: the widest
    column gives up a character at a time, down to MIN_COLUMN."""
    widths = list(widths)
    if width is None:
        return widths
    while sum(widths) + 2 * (len(widths) - 1) > width:
        widest = max(range(len(widths)), key=lambda i: widths[i])
        if widths[widest] <= MIN_COLUMN:
            break
        widths[widest] -= 1
    return widths


def _cut(s: str, w: int) -> str:
    s = s.replace("\n", " ")
    return s if len(s) <= w else s[: w - 1] + "…"


def _records(variables: list[str], cells: list[list[str]], width: int) -> str:
    """Too many columns for the terminal: one block per row, a line per column, values wrapped."""
    label = max(len(v) for v in variables)
    room = max(width - label - 2, 20)
    out = []
    for n, row in enumerate(cells, 1):
        out.append(f"-- row {n} " + "-" * max(0, min(width, 40) - len(f"-- row {n} ")))
        for v, c in zip(variables, row):
            lines = textwrap.wrap(c.replace("\n", " "), room) or [""]
            out.append(f"{v.rjust(label)}  {lines[0]}")
            out += [f"{'':>{label}}  {line}" for line in lines[1:]]
    out.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(out) + "\n"

"""export: a nodes CSV and an edges CSV, for spreadsheets and tools that import edge lists.

``-o DIR`` names a folder that receives ``nodes.csv`` and ``edges.csv`` (created if missing;
each file is written to a temporary name, then renamed). Columns are ``id``
then the attributes in sorted order (nodes), or ``id,source,target,key`` then the attributes
(edges); a missing value is an empty cell. UTF-8, with a header row.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

from defence_kg.core.errors import InputError
from defence_kg.export._files import attribute_types, write_bytes


def _csv(header: list[str], rows) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if v is None else str(v).lower() if isinstance(v, bool) else v for v in row])
    return buf.getvalue().encode()


def to_tables(graph) -> dict[str, bytes]:
    nodes = list(graph.nodes(data=True))
    edges = list(graph.edges(keys=True, data=True))
    n_cols = list(attribute_types(d for _, d in nodes))
    e_cols = list(attribute_types(d for *_, d in edges))
    return {
        "nodes.csv": _csv(["id", *n_cols], ([n, *(d.get(c) for c in n_cols)] for n, d in nodes)),
        "edges.csv": _csv(["id", "source", "target", "key", *e_cols],
                          ([f"e{i}", u, v, k, *(d.get(c) for c in e_cols)]
                           for i, (u, v, k, d) in enumerate(edges))),
    }


def write(graph, path: Path | None) -> None:
    if path is None or str(path) == "-":
        raise InputError("nodes-edges-csv writes two files and cannot go to stdout",
                         fix="give a folder with -o DIR; it receives nodes.csv and edges.csv")
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise InputError("output exists and is not a folder", where=str(path),
                         fix="give a folder with -o DIR; it receives nodes.csv and edges.csv")
    tables = to_tables(graph)
    for name, data in tables.items():
        write_bytes(data, path / name)

"""export: a nodes CSV and an edges CSV, for spreadsheets and tools that import edge lists.

``-o DIR`` names a folder that receives ``nodes.csv`` and ``edges.csv`` (created if missing;
each file is written to a temporary name, then renamed). Columns are ``id``
then the attributes in sorted order (nodes), or ``id,source,target,key`` then the attributes
(edges); a missing value is an empty cell. UTF-8, with a header row.
"""

from __future__ import annotations

import csv
import io

from defence_kg.core.cells import as_text
from defence_kg.exports._files import attribute_types


def _csv(header: list[str], rows) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if v is None else str(v).lower() if isinstance(v, bool) else _cell(v) for v in row])
    return buf.getvalue().encode()


def _cell(value):
    return as_text(value) if isinstance(value, str) else value


def to_tables(graph) -> dict[str, bytes]:
    nodes = list(graph.nodes(data=True))
    edges = list(graph.edges(keys=True, data=True))
    n_cols = list(attribute_types(d for _, d in nodes))
    e_cols = list(attribute_types(d for *_, d in edges))
    return {
        "nodes.csv": _csv(["id", *n_cols], ([n, *(d.get(c) for c in n_cols)] for n, d in nodes)),
        "edges.csv": _csv(
            ["id", "source", "target", "key", *e_cols],
            ([f"e{i}", u, v, k, *(d.get(c) for c in e_cols)] for i, (u, v, k, d) in enumerate(edges)),
        ),
    }

"""export: Cytoscape.js elements JSON (``{"elements": {"nodes": [...], "edges": [...]}}``).

Each element's ``data`` holds its id (IRI; ``e<n>`` for edges), ``source``/``target`` for edges,
and every scalar attribute; nodes also carry a ``color`` (risk level, else kind) for styling.
"""

from __future__ import annotations

import json

from defence_kg.exports._files import attribute_types, colour


def to_data(graph) -> dict:
    nodes = list(graph.nodes(data=True))
    edges = list(graph.edges(keys=True, data=True))
    attribute_types(d for _, d in nodes)  # refuses lists, None and mixed types
    attribute_types(d for *_, d in edges)
    return {
        "data": {"name": "defence-kg", "agreements": graph.graph.get("agreements", "node")},
        "elements": {
            "nodes": [{"data": {"id": n, **d, "color": "#{:02x}{:02x}{:02x}".format(*colour(d))}} for n, d in nodes],
            "edges": [
                {"data": {"id": f"e{i}", "source": u, "target": v, "key": str(k), **d}}
                for i, (u, v, k, d) in enumerate(edges)
            ],
        },
    }


def to_bytes(graph) -> bytes:
    return (json.dumps(to_data(graph), ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode()

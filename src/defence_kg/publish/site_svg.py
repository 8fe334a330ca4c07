"""publishing: the layout of the small inline SVG of an entity's immediate network (no library,
no script); the markup is the ``network_svg`` macro of ``templates/network.svg``.

Readable with many links: one node per neighbour (all its relations merged), no text on the
edges — the line style says the kind of link (solid, dashed, dotted, dash-dot; a legend lists
the kinds drawn) and each edge and node carries a ``<title>`` with its relations (shown on hover
and read by screen readers). Labels sit outside the circle, anchored away from the centre.
Deterministic: neighbours sorted, coordinates rounded.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

#: edge kinds in legend order: (key, legend text, stroke-dasharray or "" for solid)
EDGE_KINDS = [
    ("structure", "supervision and structure", ""),
    ("defence", "defence links", "7 4"),
    ("event", "agreements and events", "2 3"),
    ("other", "other links", "9 3 2 3"),
]
MAX_NEIGHBOURS = 12
_ORDER = [key for key, _, _ in EDGE_KINDS]
_DASHES = {key: dash for key, _, dash in EDGE_KINDS}


@dataclass(frozen=True)
class Node:
    """A neighbour: its page, the hover title, its circle (x, y), its edge kind and its label."""

    href: str
    title: str
    x: float
    y: float
    kind: str
    dash: str
    label: str
    label_x: float
    label_y: float
    anchor: str  # start | middle | end


@dataclass(frozen=True)
class LegendItem:
    kind: str
    dash: str
    text: str
    y: int


@dataclass(frozen=True)
class Network:
    """Everything the template draws: the canvas, the centre, the neighbours and the legend."""

    width: int
    height: int
    cx: float
    cy: float
    center: str
    label: str
    label_y: float
    desc: str
    nodes: tuple[Node, ...]
    legend: tuple[LegendItem, ...]


def network_layout(
    center: str, neighbours: list[tuple[str, str, str, bool, str]], *, width: int = 520, height: int = 400
) -> Network:
    """``center`` in the middle and ``neighbours`` ``(label, href, relation, outgoing, kind)`` on
    an ellipse (at most ``MAX_NEIGHBOURS`` distinct neighbours); each links to its page. ``kind``
    is one of the keys of ``EDGE_KINDS``."""
    merged: dict[tuple[str, str], dict] = {}
    for label, href, rel, out, kind in sorted(neighbours):
        node = merged.setdefault((label, href), {"rels": [], "kinds": []})
        node["rels"].append(rel if out else f"{rel} (from {label})")
        node["kinds"].append(kind)
    found = sorted(merged.items())[:MAX_NEIGHBOURS]
    cx, cy = width / 2, height / 2
    rx, ry = width / 2 - 165, height / 2 - 45  # an ellipse: room for labels at the sides
    nodes = []
    for i, ((label, href), n) in enumerate(found):
        angle = -math.pi / 2 + 2 * math.pi * i / max(len(found), 1)
        x, y = round(cx + rx * math.cos(angle), 1), round(cy + ry * math.sin(angle), 1)
        kind = min(n["kinds"], key=_ORDER.index)
        nodes.append(_node(label, href, f"{label}: {', '.join(n['rels'])}", angle, x, y, kind))
    kinds_used = sorted({node.kind for node in nodes}, key=_ORDER.index)
    legend = tuple(
        LegendItem(key, _DASHES[key], text, height + 8 + 16 * i)
        for i, key in enumerate(kinds_used)
        for k, text, _ in EDGE_KINDS
        if k == key
    )
    return Network(
        width,
        height + 16 * len(legend) + (8 if legend else 0),
        cx,
        cy,
        center,
        _short(center, 34),
        round(cy + 38, 1),
        "; ".join(node.title for node in nodes),
        tuple(nodes),
        legend,
    )


def _node(label: str, href: str, title: str, angle: float, x: float, y: float, kind: str) -> Node:
    """A neighbour's circle and its label, anchored away from the centre."""
    cos = math.cos(angle)
    anchor = "middle" if abs(cos) < 0.3 else ("start" if cos > 0 else "end")
    lx = round(x + (16 if anchor == "start" else -16 if anchor == "end" else 0), 1)
    ly = round(y + (4 if anchor != "middle" else (26 if math.sin(angle) > 0 else -18)), 1)
    return Node(href, title, x, y, kind, _DASHES[kind], _short(label, 23), lx, ly, anchor)


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"

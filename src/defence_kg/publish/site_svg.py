"""publishing: a small inline SVG of an entity's immediate network (no library, no script).

Readable with many links: one node per neighbour (all its relations merged), no text on the
edges — the line style says the kind of link (solid, dashed, dotted, dash-dot; a legend lists
the kinds drawn) and each edge and node carries a ``<title>`` with its relations (shown on hover
and read by screen readers). Labels sit outside the circle, anchored away from the centre.
Deterministic: neighbours sorted, coordinates rounded.
"""
from __future__ import annotations

import math
from html import escape

#: edge kinds in legend order: (key, legend text, stroke-dasharray or "" for solid)
EDGE_KINDS = [("structure", "supervision and structure", ""),
              ("defence", "defence links", "7 4"),
              ("event", "agreements and events", "2 3"),
              ("other", "other links", "9 3 2 3")]
MAX_NEIGHBOURS = 12


def network_svg(center: str, neighbours: list[tuple[str, str, str, bool, str]], *, width: int = 520,
                height: int = 400) -> str:
    """An SVG with ``center`` in the middle and ``neighbours`` ``(label, href, relation, outgoing,
    kind)`` on a circle (at most ``MAX_NEIGHBOURS`` distinct neighbours); each links to its page.
    ``kind`` is one of the keys of ``EDGE_KINDS``."""
    merged: dict[tuple[str, str], dict] = {}
    for label, href, rel, out, kind in sorted(neighbours):
        node = merged.setdefault((label, href), {"rels": [], "kinds": []})
        node["rels"].append(rel if out else f"{rel} (from {label})")
        node["kinds"].append(kind)
    nodes = sorted(merged.items())[:MAX_NEIGHBOURS]
    order = [k for k, _, _ in EDGE_KINDS]
    kinds_used = sorted({min(n["kinds"], key=order.index) for _, n in nodes}, key=order.index)
    legend_h = 16 * len(kinds_used) + (8 if kinds_used else 0)
    total_h = height + legend_h
    cx, cy = width / 2, height / 2
    rx, ry = width / 2 - 165, height / 2 - 45       # an ellipse: room for labels at the sides
    desc = "; ".join(f"{label}: {', '.join(n['rels'])}" for (label, _), n in nodes)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="network" viewBox="0 0 {width} {total_h}" '
             f'role="img" aria-labelledby="net-title net-desc">',
             f'<title id="net-title">Immediate network of {escape(center)}</title>',
             f'<desc id="net-desc">{escape(desc) or "No links recorded."}</desc>']
    points = []
    for i, _ in enumerate(nodes):
        angle = -math.pi / 2 + 2 * math.pi * i / max(len(nodes), 1)
        points.append((angle, round(cx + rx * math.cos(angle), 1), round(cy + ry * math.sin(angle), 1)))
    dashes = {k: d for k, _, d in EDGE_KINDS}
    for ((label, _), n), (_, x, y) in zip(nodes, points):
        kind = min(n["kinds"], key=order.index)
        dash = f' stroke-dasharray="{dashes[kind]}"' if dashes[kind] else ""
        parts.append(f'<line x1="{cx}" y1="{cy}" x2="{x}" y2="{y}" class="edge edge-{kind}"{dash}>'
                     f'<title>{escape(label)}: {escape(", ".join(n["rels"]))}</title></line>')
    parts.append(f'<circle cx="{cx}" cy="{cy}" r="22" class="node centre"/>')
    parts.append(f'<text x="{cx}" y="{round(cy + 38, 1)}" class="node-label centre-label">{escape(_short(center, 34))}</text>')
    for ((label, href), n), (angle, x, y) in zip(nodes, points):
        cos = math.cos(angle)
        anchor = "middle" if abs(cos) < 0.3 else ("start" if cos > 0 else "end")
        lx = round(x + (16 if anchor == "start" else -16 if anchor == "end" else 0), 1)
        ly = round(y + (4 if anchor != "middle" else (26 if math.sin(angle) > 0 else -18)), 1)
        parts.append(f'<a href="{escape(href)}"><title>{escape(label)}: {escape(", ".join(n["rels"]))}</title>'
                     f'<circle cx="{x}" cy="{y}" r="11" class="node"/>'
                     f'<text x="{lx}" y="{ly}" class="node-label" text-anchor="{anchor}">{escape(_short(label, 23))}</text></a>')
    for i, key in enumerate(kinds_used):
        text = next(t for k, t, _ in EDGE_KINDS if k == key)
        y = height + 8 + 16 * i
        dash = f' stroke-dasharray="{dashes[key]}"' if dashes[key] else ""
        parts.append(f'<g class="legend"><line x1="12" y1="{y}" x2="52" y2="{y}" class="edge edge-{key}"{dash}/>'
                     f'<text x="60" y="{y + 4}" class="legend-label">{escape(text)}</text></g>')
    parts.append("</svg>")
    return "\n".join(parts)


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"

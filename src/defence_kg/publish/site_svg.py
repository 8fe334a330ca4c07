"""publishing: a small inline SVG of an entity's immediate network (no library, no script)."""
from __future__ import annotations

import math
from html import escape


def network_svg(center: str, neighbours: list[tuple[str, str, str, bool]], *, size: int = 360) -> str:
    """An SVG with ``center`` in the middle and ``neighbours`` ``(label, href, relation, outgoing)``
    on a circle; each neighbour links to its page. Title and description make it accessible."""
    neighbours = neighbours[:12]
    c = size / 2
    radius = size / 2 - 60
    desc = "; ".join(f"{rel} {label}" if out else f"{label} {rel} this" for label, _, rel, out in neighbours)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="network" viewBox="0 0 {size} {size}" '
             f'role="img" aria-labelledby="net-title net-desc">',
             f'<title id="net-title">Immediate network of {escape(center)}</title>',
             f'<desc id="net-desc">{escape(desc) or "No links recorded."}</desc>']
    points = []
    for i, _ in enumerate(neighbours):
        angle = -math.pi / 2 + 2 * math.pi * i / max(len(neighbours), 1)
        points.append((round(c + radius * math.cos(angle), 1), round(c + radius * math.sin(angle), 1)))
    for (label, href, rel, out), (x, y) in zip(neighbours, points):
        parts.append(f'<line x1="{c}" y1="{c}" x2="{x}" y2="{y}" class="edge"/>')
        mx, my = round((c + x) / 2, 1), round((c + y) / 2, 1)
        parts.append(f'<text x="{mx}" y="{my}" class="edge-label">{escape(_short(rel, 22))}</text>')
    parts.append(f'<circle cx="{c}" cy="{c}" r="26" class="node centre"/>')
    parts.append(f'<text x="{c}" y="{c + 42}" class="node-label centre-label">{escape(_short(center, 30))}</text>')
    for (label, href, rel, out), (x, y) in zip(neighbours, points):
        parts.append(f'<a href="{escape(href)}"><title>{escape(label)}</title>'
                     f'<circle cx="{x}" cy="{y}" r="14" class="node"/>'
                     f'<text x="{x}" y="{round(y + 28, 1)}" class="node-label">{escape(_short(label, 26))}</text></a>')
    parts.append("</svg>")
    return "\n".join(parts)


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"

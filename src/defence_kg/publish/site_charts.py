"""publishing: the overview page's charts, laid out at publish time and drawn as inline SVG by the
``bar_chart`` macro (templates/chart.svg): horizontal bars, optionally stacked by risk level,
every bar a link to the filtered index (or an entity page) and every chart followed by its data
as a table. Deterministic: rows sorted, coordinates rounded.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from urllib.parse import urlencode

from rdflib.namespace import RDF

from defence_kg.core.namespaces import DKG
from defence_kg.publish.site_explore import NOT_RECORDED, RISK_ORDER, Explorer, Profile, local

LABEL_WIDTH = 250
BAR_WIDTH = 430
ROW = 24


@dataclass(frozen=True)
class Segment:
    x: float
    width: float
    css: str  # risk slug, or "bar"
    href: str
    title: str
    value: int


@dataclass(frozen=True)
class Bar:
    label: str
    href: str
    y: float
    total: int
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class Chart:
    id: str
    title: str
    description: str
    width: int
    height: int
    bars: tuple[Bar, ...]
    legend: tuple[tuple[str, str], ...]  # (css, label) of the stacked series
    link: str  # the index view the chart is about
    link_text: str


def _chart(
    cid: str,
    title: str,
    description: str,
    rows: list[tuple[str, str, list[tuple[str, str, int, str]]]],
    *,
    legend: tuple[tuple[str, str], ...] = (),
    link: str = "index.html",
    link_text: str = "",
) -> Chart:
    """``rows``: (label, href, [(css, series label, value, href)]) drawn as stacked bars."""
    top = max([sum(v for _, _, v, _ in segs) for _, _, segs in rows] + [1])
    bars = []
    for i, (label, href, segs) in enumerate(rows):
        x, drawn = float(LABEL_WIDTH), []
        for css, series, value, seg_href in segs:
            if not value:
                continue
            width = round(BAR_WIDTH * value / top, 1)
            what = f"{label}{', ' + series if series else ''}: {value}"
            drawn.append(Segment(round(x, 1), width, css, seg_href, what, value))
            x += width
        bars.append(Bar(label, href, i * ROW + 8, sum(v for _, _, v, _ in segs), tuple(drawn)))
    return Chart(
        cid,
        title,
        description,
        LABEL_WIDTH + BAR_WIDTH + 50,
        len(rows) * ROW + 16,
        tuple(bars),
        legend,
        link,
        link_text or f"See the index: {title.lower()}",
    )


def _index(**params: str) -> str:
    return "index.html" + ("?" + urlencode(params) if params else "")


def _risk_legend(used: set[str]) -> tuple[tuple[str, str], ...]:
    return tuple(
        (slug, NOT_RECORDED if slug == "none" else slug.replace("-", " ")) for slug in RISK_ORDER if slug in used
    )


def by_risk_and_category(institutions: list[Profile]) -> Chart:
    counts: Counter[tuple[str, str, str]] = Counter()
    for p in institutions:
        for cat in p.categories or []:
            counts[(cat.slug, cat.label, p.risk)] += 1
        if not p.categories:
            counts[("none", NOT_RECORDED, p.risk)] += 1
    cats = sorted({(slug, label) for slug, label, _ in counts}, key=lambda c: (c[0] == "none", c[1].lower()))
    rows = [
        (
            label,
            _index(category=slug),
            [
                (
                    risk,
                    risk.replace("-", " ") if risk != "none" else NOT_RECORDED,
                    counts[(slug, label, risk)],
                    _index(category=slug, risk=risk),
                )
                for risk in RISK_ORDER
            ],
        )
        for slug, label in cats
    ]
    return _chart(
        "risk-category",
        "Institutions by category and risk level",
        "One bar per tracker category, split by risk level; each part links to the index filtered by both.",
        rows,
        legend=_risk_legend({r for *_, r in counts}),
    )


def by_risk(institutions: list[Profile]) -> Chart:
    counts = Counter(p.risk for p in institutions)
    rows = [
        (NOT_RECORDED if r == "none" else r.replace("-", " "), _index(risk=r), [(r, "", counts[r], _index(risk=r))])
        for r in RISK_ORDER
        if counts[r]
    ]
    return _chart(
        "risk",
        "Institutions by risk level",
        "One bar per risk level; each links to the index filtered by it.",
        rows,
        legend=_risk_legend(set(counts)),
    )


def top_agencies(institutions: list[Profile], n: int = 15) -> Chart:
    counts: Counter[tuple[str, str]] = Counter((r.slug, r.label) for p in institutions for r in p.supervisors)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][1].lower()))[:n]
    rows = [(label, _index(agency=slug), [("bar", "", value, _index(agency=slug))]) for (slug, label), value in top]
    return _chart(
        "agencies",
        f"Supervising agencies with the most institutions (top {n})",
        "Each bar counts the institutions an agency supervises, jointly supervises or has subordinate; it links "
        "to the index filtered by the agency.",
        rows,
    )


def labs_per_institution(institutions: list[Profile], n: int = 20) -> Chart:
    ranked = sorted((p for p in institutions if p.labs_sort), key=lambda p: (-p.labs_sort, p.name.lower()))[:n]
    rows = [(p.name, f"id/{p.slug}.html", [("bar", "", p.labs_sort, f"id/{p.slug}.html")]) for p in ranked]
    return _chart(
        "labs",
        f"Defence laboratories per institution (top {n})",
        "The larger of the count a source states (a minimum, for “at least”) and the laboratories named in "
        "the data; each bar links to the institution.",
        rows,
        link=_index(sort="labs", dir="desc"),
        link_text="See the index sorted by laboratories",
    )


def designations_over_time(explorer: Explorer) -> Chart | None:
    """Risk designations by the year they were assessed as of, when they span more than one year."""
    m = explorer.m
    counts: Counter[tuple[str, str]] = Counter()
    for d in m.subjects(RDF.type, DKG.RiskDesignation):
        when, level = m.value(d, DKG.assessedAsOf), m.value(d, DKG.riskLevel)
        if when is not None:
            counts[(str(when)[:4], local(level) if level is not None else "none")] += 1
    years = sorted({y for y, _ in counts})
    if len(years) < 2:
        return None
    rows = [
        (
            year,
            _index(sort="date", dir="desc"),
            [(r, r.replace("-", " "), counts[(year, r)], _index(risk=r)) for r in RISK_ORDER],
        )
        for year in years
    ]
    return _chart(
        "over-time",
        "Risk designations by year assessed",
        "Every designation in the data (current and earlier), by the year of its assessment, split by level.",
        rows,
        legend=_risk_legend({r for _, r in counts}),
        link=_index(sort="date", dir="desc"),
        link_text="See the index sorted by assessment date",
    )


def charts(explorer: Explorer) -> tuple[list[Chart], bool]:
    """The overview charts, and whether the designations-over-time chart could be drawn."""
    inst = explorer.institutions
    found = [by_risk(inst), by_risk_and_category(inst), top_agencies(inst), labs_per_institution(inst)]
    over_time = designations_over_time(explorer)
    return ([*found, over_time] if over_time else found), over_time is not None

"""publishing: the exploring pages — the risk-first index of institutions, the other organisations,
the map, the network explorer, the overview charts, the comparison and the licences page.

Python prepares plain rows and counts from site_explore.Explorer; the Jinja2 templates (the one
environment of site_html) write the markup. Every view links to the entity pages.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass

from defence_kg.publish import site_charts, site_compare, site_geo, site_network, site_vendor
from defence_kg.publish.site_explore import NOT_RECORDED, RISK_ORDER, RISK_RANK, Explorer, Profile, Ref
from defence_kg.publish.site_html import render

#: the filters of the index: URL/data key, label, how a profile's values are read (value, label)
FILTERS = ("risk", "category", "agency", "province", "credential", "list")
FILTER_LABELS = {
    "risk": "Risk level",
    "category": "Category",
    "agency": "Supervising agency",
    "province": "Province (from coordinates)",
    "credential": "Security credential",
    "list": "List",
    "kind": "Kind",
}


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    count: int


def filter_values(p: Profile, key: str) -> list[tuple[str, str]]:
    """The (value, label) pairs of one filter for one organisation; "none" when not recorded."""
    pairs: list[tuple[str, str]]
    if key == "risk":
        pairs = [(p.risk, p.risk_label)]
    elif key == "category":
        pairs = [(r.slug, r.label) for r in p.categories]
    elif key == "agency":
        pairs = [(r.slug, _agency_label(r)) for r in p.supervisors]
    elif key == "province":
        pairs = [(name, name) for name in p.provinces]
    elif key == "credential":
        pairs = [(r.slug, r.label) for r in p.credentials]
    elif key == "list":
        pairs = [(r.slug, r.label) for r in p.lists]
    else:  # kind
        pairs = [(p.kind, p.kind)]
    return pairs or [("none", NOT_RECORDED)]


def _agency_label(r: Ref) -> str:
    return r.label if r.short == r.label else f"{r.label} ({r.short})"


def options(profiles: list[Profile], key: str) -> list[Option]:
    """The values of a filter with the number of organisations having each; risk in its scale's
    order, others by label, "not recorded" last."""
    counts: Counter[tuple[str, str]] = Counter(pair for p in profiles for pair in set(filter_values(p, key)))
    if key == "risk":
        order = sorted(counts, key=lambda pair: RISK_RANK.get(pair[0], 99))
    else:
        order = sorted(counts, key=lambda pair: (pair[0] == "none", pair[1].lower()))
    return [Option(value, label, counts[(value, label)]) for value, label in order]


def row(p: Profile) -> dict:
    """One table row: shown values, filter values (``|``-joined) and sort keys."""
    return {
        "slug": p.slug,
        "name": p.name,
        "zh": p.zh,
        "kind": p.kind,
        "categories": p.categories,
        "risk": p.risk,
        "risk_label": p.risk_label,
        "risk_date": p.risk_date,
        "credential": p.credentials,
        "labs_named": p.labs_named,
        "labs_stated": p.labs_stated,
        "supervisors": p.supervisors,
        "lists": p.lists,
        "provinces": p.provinces,
        "search": p.search_text(),
        "filters": {key: "|".join(v for v, _ in filter_values(p, key)) for key in (*FILTERS, "kind")},
        "sort": {
            "name": p.name.lower(),
            "zh": p.zh or "\uffff",
            "risk": f"{RISK_RANK[p.risk]}",
            "date": p.risk_date or "0000",
            "labs": f"{p.labs_sort:06d}",
            "category": ", ".join(r.label for r in p.categories) or "\uffff",
            "credential": p.credential if p.credentials else "\uffff",
            "agency": ", ".join(r.short for r in p.supervisors) or "\uffff",
            "list": ", ".join(r.label for r in p.lists) or "\uffff",
            "kind": p.kind,
        },
    }


def data_row(p: Profile) -> dict:
    """The row as index.json holds it (plain values, for scripts and tests)."""
    return {
        "slug": p.slug,
        "name": p.name,
        "zh": p.zh,
        "pinyin": p.pinyin,
        "aliases": p.aliases,
        "kind": p.kind,
        "category": [r.label for r in p.categories],
        "risk": p.risk_label,
        "risk_date": p.risk_date or None,
        "credential": [r.label for r in p.credentials],
        "labs_named": p.labs_named,
        "labs_stated": p.labs_stated or None,
        "supervisors": [r.label for r in p.supervisors],
        "lists": [r.label for r in p.lists],
        "provinces": p.provinces,
        "coordinates": [[loc.lat, loc.lon] for loc in p.locations],
    }


class Views:
    """Renders the exploring pages of one site."""

    def __init__(self, explorer: Explorer) -> None:
        self.x = explorer

    def index(self) -> str:
        rows = self.x.institutions
        return render(
            "index.html",
            up="",
            wide=True,
            rows=[row(p) for p in rows],
            filters=[(key, FILTER_LABELS[key], options(rows, key)) for key in FILTERS],
            others=len(self.x.others),
            risk_order=RISK_ORDER,
        )

    def index_data(self) -> str:
        return json.dumps([data_row(p) for p in self.x.institutions], ensure_ascii=False, indent=1, sort_keys=True)

    def organisations(self) -> str:
        rows = self.x.others
        return render(
            "organisations.html",
            up="",
            wide=True,
            rows=[row(p) for p in rows],
            filters=[(key, FILTER_LABELS[key], options(rows, key)) for key in ("kind", "province")],
            institutions=len(self.x.institutions),
        )

    def organisations_data(self) -> str:
        return json.dumps([data_row(p) for p in self.x.others], ensure_ascii=False, indent=1, sort_keys=True)

    def licences(self) -> str:
        return render("licences.html", up="", packages=site_vendor.licences())

    def compare(self) -> tuple[str, dict[str, str]]:
        """The compare page and one data script per institution (by slug)."""
        aspects = json.dumps(site_compare.ASPECTS, ensure_ascii=False)
        page = render("compare.html", up="", wide=True, institutions=self.x.institutions, aspects=aspects)
        scripts = {
            p.slug: site_compare.compare_script(site_compare.compare_data(self.x, p)) for p in self.x.institutions
        }
        return page, scripts

    def overview(self) -> str:
        found, over_time = site_charts.charts(self.x)
        return render(
            "overview.html", up="", wide=True, charts=found, over_time=over_time, institutions=len(self.x.institutions)
        )

    # ---- the network explorer ----------------------------------------------------------------

    def network(self) -> tuple[str, str, str]:
        """The explorer page, its data script and its evidence script."""
        data = site_network.graph_data(self.x)
        profiles = self.x.profiles
        page = render(
            "network.html",
            up="",
            wide=True,
            nodes=len(data["nodes"]),
            edges=len(data["edges"]),
            filters=[
                (key, FILTER_LABELS[key], options(profiles, key)) for key in ("risk", "category", "agency", "province")
            ],
            certainties=("stated", "implied", "possible"),
        )
        return (page, *site_network.graph_scripts(data))

    # ---- the map ------------------------------------------------------------------------------

    def map(self) -> str:
        fr = site_geo.frame(800)
        points = [
            {
                "lat": loc.lat,
                "lon": loc.lon,
                "text": loc.text,
                "slug": p.slug,
                "name": p.name,
                "zh": p.zh,
                "risk": p.risk,
                "risk_label": p.risk_label,
                "province": loc.province,
                "institution": p.assessed,
            }
            for p in self.x.profiles
            for loc in p.locations
        ]
        inside = [pt for pt in points if pt["province"]]
        outside = [pt for pt in points if not pt["province"]]
        places = site_geo.places(inside, fr, RISK_RANK)
        by_risk = Counter(pt["risk"] for pt in points)
        legend = [(slug, _risk_label(slug), by_risk[slug]) for slug in RISK_ORDER if by_risk[slug]]
        return render(
            "map.html",
            up="",
            wide=True,
            frame=fr,
            places=places,
            outside=sorted(outside, key=lambda pt: (pt["name"].lower(), pt["slug"])),
            points=len(points),
            organisations=len({pt["slug"] for pt in points}),
            without=sum(1 for p in self.x.profiles if not p.locations),
            legend=legend,
        )


def _risk_label(slug: str) -> str:
    return NOT_RECORDED if slug == "none" else slug.replace("-", " ")

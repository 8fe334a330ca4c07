"""publishing: what the exploring views show of each organisation — the risk-first index, the
other organisations, the map, the overview charts and the comparison — read once from the store.

An organisation is an *institution the sources assess* when a source gives it a tracker profile
(``dkg:trackerSlug``), a tracker category or a risk level; every other organisation (agencies,
governments, committees, partners, laboratories) is listed on its own page. Values are the plain
edges (each backed by a statement; pages link to the evidence); absence is "not recorded".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from rdflib import Literal, URIRef
from rdflib.namespace import SKOS

from defence_kg.core import hanzi
from defence_kg.core.namespaces import DKG, SCHEMA
from defence_kg.publish import site_geo
from defence_kg.publish.site_model import Entity, SiteModel

#: the tracker's risk scale, highest first; "none" is a level not recorded
RISK_ORDER = ("very-high", "high", "medium", "low", "none")
RISK_RANK = {slug: i for i, slug in enumerate(RISK_ORDER)}
CREDENTIAL_ORDER = ("top-secret", "secret", "confidential", "accredited-level-not-stated")
#: the edges that say who supervises an institution
SUPERVISION = (DKG.supervisedBy, DKG.jointlySupervisedBy, DKG.subordinateTo)
NOT_RECORDED = "not recorded"


def local(iri) -> str:
    return str(iri).rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


@dataclass(frozen=True)
class Ref:
    """A linked value: its label, a short form for narrow cells, and its page (slug) if any."""

    label: str
    short: str
    slug: str = ""


@dataclass(frozen=True)
class Location:
    lat: float
    lon: float
    province: str  # Natural Earth name, "" when the point is in no mapped province
    province_zh: str
    document: str  # the source document both coordinates come from
    text: tuple[str, str]  # latitude and longitude as the source writes them


@dataclass
class Profile:
    """One organisation as the exploring views show it."""

    entity: Entity
    name: str
    zh: str
    pinyin: str
    aliases: list[str]
    kind: str
    assessed: bool
    categories: list[Ref]
    risk: str  # slug in RISK_ORDER
    risk_label: str
    risk_date: str
    credentials: list[Ref]
    labs_named: int
    labs_stated: str  # e.g. "at least 2", "" when no source states a count
    labs_stated_value: int
    supervisors: list[Ref]
    lists: list[Ref]
    locations: list[Location] = field(default_factory=list)

    @property
    def slug(self) -> str:
        return self.entity.slug

    @property
    def labs_sort(self) -> int:
        return max(self.labs_named, self.labs_stated_value)

    @property
    def provinces(self) -> list[str]:
        return sorted({loc.province for loc in self.locations if loc.province})

    @property
    def credential(self) -> str:
        return self.credentials[0].label if self.credentials else NOT_RECORDED

    def search_text(self) -> str:
        """Every name to search: English, Chinese, pinyin (spaced and joined), aliases, abbreviations."""
        words = [self.name, self.zh, self.pinyin, self.pinyin.replace(" ", ""), *self.aliases]
        return " ".join(w for w in words if w).lower()


class Explorer:
    """The organisations of a site model as profiles, read from the store once."""

    def __init__(self, model: SiteModel) -> None:
        self.m = model

    @cached_property
    def profiles(self) -> list[Profile]:
        """Every organisation, institutions first by risk then name; others by name."""
        found = [self._profile(e) for e in self.m.sorted_entities() if e.group == "organisation"]
        return sorted(found, key=lambda p: (not p.assessed, RISK_RANK[p.risk], p.name.lower(), p.slug))

    @cached_property
    def by_slug(self) -> dict[str, Profile]:
        return {p.slug: p for p in self.profiles}

    @property
    def institutions(self) -> list[Profile]:
        return [p for p in self.profiles if p.assessed]

    @property
    def others(self) -> list[Profile]:
        return sorted((p for p in self.profiles if not p.assessed), key=lambda p: (p.name.lower(), p.slug))

    # ---- one organisation ------------------------------------------------------------------

    def _profile(self, e: Entity) -> Profile:
        m, iri = self.m, e.iri
        zh = m.label(iri, "zh")
        risk = m.risk(e)
        level = risk["level"] if risk else None
        categories = [self._ref(c) for c in m.categories(e)]
        assessed = bool(categories or level is not None or m.value(iri, DKG.trackerSlug) is not None)
        stated, stated_value = self._stated_labs(iri)
        return Profile(
            entity=e,
            name=m.label(iri),
            zh=zh,
            pinyin=" ".join(s.strip() for s in hanzi.syllables(zh) if s.strip()) if zh else "",
            aliases=sorted(
                {str(v) for p in (SKOS.altLabel, SKOS.hiddenLabel, DKG.abbreviation) for v in m.objects(iri, p)}
            ),
            kind=m.label(m.kind(e)),
            assessed=assessed,
            categories=categories,
            risk=local(level) if level is not None else "none",
            risk_label=m.label(level) if level is not None else NOT_RECORDED,
            risk_date=(risk or {}).get("as_of") or "",
            credentials=sorted(
                (self._ref(c) for c in m.objects(iri, DKG.securityCredential) if isinstance(c, URIRef)),
                key=lambda r: (_rank(CREDENTIAL_ORDER, r.slug), r.label),
            ),
            labs_named=len({s for s in m.subjects(DKG.hostedBy, iri) if s in m.entities}),
            labs_stated=stated,
            labs_stated_value=stated_value,
            supervisors=self._supervisors(iri),
            # (not a list the sources say it was removed from: the page gives both facts)
            lists=sorted(
                {
                    self._ref(c)
                    for c in set(m.objects(iri, DKG.listedOn)) - set(m.objects(iri, DKG.formerlyListedOn))
                    if isinstance(c, URIRef)
                },
                key=_by_label,
            ),
            locations=self._locations(iri),
        )

    def _ref(self, node) -> Ref:
        """A concept or an entity as a linked value (entities: their abbreviation as short form)."""
        m = self.m
        label = m.label(node)
        if node in m.entities:
            abbreviations = sorted(str(a) for a in m.objects(node, DKG.abbreviation))
            return Ref(label, abbreviations[0] if abbreviations else label, m.entities[node].slug)
        return Ref(label, label, local(node))

    def _supervisors(self, iri) -> list[Ref]:
        found = {o for p in SUPERVISION for o in self.m.objects(iri, p) if o in self.m.entities}
        return sorted((self._ref(o) for o in found), key=_by_label)

    def _stated_labs(self, iri) -> tuple[str, int]:
        """The highest defence-laboratory count a source states, in words ("at least 2")."""
        best = ("", 0)
        for count in self.m.objects(iri, DKG.defenceLaboratoryCount):
            value = self.m.value(count, DKG.value)
            if value is None:
                continue
            precision = self.m.value(count, DKG.countPrecision)
            word = {"minimum": "at least ", "approximate": "around "}.get(local(precision) if precision else "", "")
            if int(value) >= best[1]:
                best = (f"{word}{int(value)}", int(value))
        return best

    def _locations(self, iri) -> list[Location]:
        return locations(self.m, iri)


def locations(m: SiteModel, iri) -> list[Location]:
    """Coordinates as the sources give them, latitude and longitude paired by their document."""

    def by_document(prop) -> dict[str, str]:
        out: dict[str, str] = {}
        for value in m.objects(iri, prop):
            if not isinstance(value, Literal):
                continue
            for ev in m.fact(iri, prop, value).evidence:
                out.setdefault(str(ev.document), str(value))
        return out

    lats, lons = by_document(SCHEMA.latitude), by_document(SCHEMA.longitude)
    seen, out = set(), []
    for doc in sorted(set(lats) & set(lons)):
        text = (lats[doc], lons[doc])
        point = (float(text[0]), float(text[1]))
        if point in seen:
            continue
        seen.add(point)
        province = site_geo.province_of(point[1], point[0])
        out.append(
            Location(point[0], point[1], province.name if province else "", province.zh if province else "", doc, text)
        )
    return out


def location_view(m: SiteModel, e: Entity) -> dict | None:
    """The entity page's location: a small map of the provinces with its point(s), or None."""
    found = locations(m, e.iri)
    if not found:
        return None
    fr = site_geo.frame(300, 1.5)
    return {
        "frame": fr,
        "points": [{"loc": loc, "xy": fr.xy(loc.lon, loc.lat)} for loc in found],
    }


def _rank(order: tuple[str, ...], slug: str) -> int:
    return order.index(slug) if slug in order else len(order)


def _by_label(ref: Ref) -> tuple[str, str]:
    return (ref.label.lower(), ref.slug)

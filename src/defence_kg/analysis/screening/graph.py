"""analysis: what screening reads from a built dataset — every organisation with its names, kind,
country and parent, and for matched entities their risk, categories, supervising agencies,
export-control and sanctions lists, defence links and best evidence. All of it through SPARQL on the Oxigraph store.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace

from defence_kg.core.sparql import prefix_header
from defence_kg.core.store import Store
from defence_kg.exports.policy import DEFENCE_LINKS, plain_edge_predicates

_HEADER = prefix_header(("dkg", "skos", "rdfs", "rdf", "prov", "schema", "dcterms"))

NAMES = (
    _HEADER
    + """SELECT DISTINCT ?o ?p ?name WHERE {
  ?o a ?class . ?class rdfs:subClassOf* dkg:Organisation . FILTER(isIRI(?o))
  VALUES ?p { skos:prefLabel skos:altLabel skos:hiddenLabel dkg:abbreviation }
  ?o ?p ?name .
}"""
)
TYPES = (
    _HEADER
    + """SELECT DISTINCT ?o ?class ?classLabel WHERE {
  ?o a ?class . ?class rdfs:subClassOf* dkg:Organisation . FILTER(isIRI(?o))
  OPTIONAL { ?class rdfs:label ?classLabel FILTER(lang(?classLabel) = "en") }
}"""
)
SUBCLASSES = (
    _HEADER
    + "SELECT DISTINCT ?sub ?super WHERE { ?sub rdfs:subClassOf+ ?super . ?super rdfs:subClassOf* dkg:Organisation }"
)
DETAILS = (
    _HEADER
    + """SELECT ?o ?p ?v ?certainty WHERE {
  {
    VALUES ?p { dkg:country dkg:unitOf dkg:hostedBy dkg:subsidiaryOf dkg:trackerSlug dkg:riskLevel }
    ?o ?p ?v .
  } UNION {
    # a parent or a country only implied (or possible) has no plain edge: it is read from its
    # statement ("the Moscow Aviation Institute": a city in the name implies the country)
    VALUES ?p { dkg:country dkg:unitOf dkg:hostedBy dkg:subsidiaryOf }
    ?st rdf:subject ?o ; rdf:predicate ?p ; rdf:object ?v ; dkg:certainty ?c .
    FILTER(?c != <https://w3id.org/defence-kg/vocab/certainty/stated>)
    BIND(STRAFTER(STR(?c), "/certainty/") AS ?certainty)
  }
  ?o a ?class . ?class rdfs:subClassOf* dkg:Organisation .
}"""
)
RISKS = (
    _HEADER
    + """SELECT ?o ?level ?levelLabel ?date ?rationale WHERE {
  VALUES ?o { %s }
  ?o dkg:riskDesignation ?d . ?d dkg:riskLevel ?level .
  OPTIONAL { ?level skos:prefLabel ?levelLabel FILTER(lang(?levelLabel) = "en") }
  OPTIONAL { ?d dkg:assessedAsOf ?date }
  OPTIONAL { ?d dkg:rationale ?rationale }
}"""
)
LEVELS = (
    _HEADER
    + """SELECT ?o ?level ?levelLabel WHERE {
  VALUES ?o { %s }
  ?o dkg:riskLevel ?level . OPTIONAL { ?level skos:prefLabel ?levelLabel FILTER(lang(?levelLabel) = "en") }
}"""
)
CATEGORIES = (
    _HEADER
    + """SELECT DISTINCT ?o ?label WHERE {
  VALUES ?o { %s }
  ?o dkg:category ?c . ?c skos:prefLabel ?label FILTER(lang(?label) = "en")
}"""
)
SUPERVISORS = (
    _HEADER
    + """SELECT DISTINCT ?o ?agency WHERE {
  VALUES ?o { %s }
  VALUES ?p { dkg:supervisedBy dkg:subordinateTo dkg:jointlySupervisedBy }
  ?o ?p ?agency .
}"""
)
# the lists an entity is on, or was removed from, each with the year the source gives (of the
# listing, or of the removal) and how certain the listing is
LISTS = (
    _HEADER
    + """SELECT DISTINCT ?o ?label ?date ?certainty ?removed WHERE {
  VALUES ?o { %s }
  VALUES (?p ?removed ?when) {
    (dkg:listedOn false dkg:pointInTime) (dkg:listedOn false dkg:startDate) (dkg:formerlyListedOn true dkg:endDate)
  }
  ?st a dkg:Statement ; rdf:subject ?o ; rdf:predicate ?p ; rdf:object ?list ; dkg:certainty ?certainty .
  ?list skos:prefLabel ?label FILTER(lang(?label) = "en")
  OPTIONAL { ?st ?when ?t . ?t dkg:when ?date }
}"""
)
LINKS = (
    _HEADER
    + """SELECT ?o (COUNT(DISTINCT ?x) AS ?n) WHERE {
  VALUES ?o { %s }
  VALUES ?p { %s }
  { ?o ?p ?x } UNION { ?x ?p ?o }
} GROUP BY ?o"""
)
EVIDENCE = (
    _HEADER
    + """SELECT DISTINCT ?o ?p ?quote ?certainty ?doc ?citation ?url ?seeAlso ?title WHERE {
  VALUES ?o { %s }
  { ?st rdf:subject ?o } UNION { ?st rdf:object ?o } UNION { ?o dkg:riskDesignation ?d . ?st rdf:subject ?d }
  ?st a dkg:Statement ; rdf:predicate ?p ; dkg:quote ?quote .
  OPTIONAL { ?st dkg:certainty ?certainty }
  OPTIONAL { ?st dkg:citation ?citation }
  OPTIONAL { ?st prov:wasDerivedFrom ?doc .
             OPTIONAL { ?doc schema:url ?url } OPTIONAL { ?doc rdfs:seeAlso ?seeAlso } OPTIONAL { ?doc dcterms:title ?title } }
}"""
)

#: evidence first about these predicates (risk, then defence links), then anything else
_EVIDENCE_ORDER = [
    "riskLevel",
    "rationale",
    "securityCredential",
    "defenceLaboratoryCount",
    "designatedDiscipline",
    *DEFENCE_LINKS,
    "party",
    "concerns",
    "subordinateTo",
    "supervisedBy",
    "jointlySupervisedBy",
    "formerlySupervisedBy",
    "formerlyCollaboratedWith",
    "hostedBy",
    "subsidiaryOf",
    "unitOf",
    "organisedBy",
    "memberOf",
    "establishedBy",
]
_CERTAINTY_ORDER = {"stated": 0, "implied": 1, "possible": 2}


@dataclass(frozen=True)
class Entity:
    """An organisation as screening shows it in a candidate list."""

    iri: str
    label: str
    label_zh: str | None
    kind: str
    country: str | None = None
    country_certainty: str | None = None
    """How certain its country is (stated, implied, possible)."""
    parent: str | None = None
    parent_certainty: str | None = None
    """How certain the link to the parent is (stated, implied, possible)."""
    tracker: bool = False


@dataclass(frozen=True)
class Evidence:
    """One quote behind a fact about the entity, with its source."""

    quote: str
    about: str
    certainty: str | None = None
    source: str | None = None
    document: str | None = None


@dataclass(frozen=True)
class Parent:
    iri: str
    label: str
    risk_level: str | None = None
    risk_date: str | None = None
    certainty: str | None = None
    """How certain the link to the parent is (stated, implied, possible)."""


@dataclass(frozen=True)
class Profile:
    """What the graph says about a matched entity, for a due-diligence reader."""

    iri: str
    label: str
    label_zh: str | None
    kind: str
    risk_level: str | None = None
    risk_date: str | None = None
    risk_rationale: str | None = None
    categories: tuple[str, ...] = ()
    supervising_agencies: tuple[str, ...] = ()
    lists: tuple[str, ...] = ()
    """The export-control and sanctions lists it is on: "US Entity List (2020)", with the year or
    years its sources give and the certainty when not stated ("... (possible)"), and those its
    sources say it was removed from ("US Entity List (2012; removed 2019)")."""
    parent: Parent | None = None
    defence_links: int = 0
    evidence: tuple[Evidence, ...] = ()
    country: str | None = None
    """Its country as a source states it (one only implied is left out: "the Moscow ... Institute")."""


def _local(iri: object) -> str:
    return str(iri).rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _values(iris: list[str]) -> str:
    return " ".join(f"<{iri}>" for iri in iris)


class GraphView:
    """The organisations of one built dataset, and the profiles of those screening matched."""

    def __init__(self, store: Store) -> None:
        self.store = store
        _, rows = store.query(NAMES)
        self.names: list[tuple[str, str, str]] = []
        labels: dict[str, str] = {}
        labels_zh: dict[str, str] = {}
        for o, p, name in rows:
            how = {"prefLabel": "name", "abbreviation": "abbreviation"}.get(_local(p), "alias")
            self.names.append((str(o), str(name), how))
            if how == "name":
                lang = getattr(name, "language", None) or ""
                target = labels_zh if lang.startswith("zh") else labels
                target.setdefault(str(o), str(name))
        self.entities = self._entities(labels, labels_zh)
        self._profiles: dict[str, Profile] = {}

    def _entities(self, labels: dict[str, str], labels_zh: dict[str, str]) -> dict[str, Entity]:
        _, rows = self.store.query(SUBCLASSES)
        supers: dict[str, set[str]] = defaultdict(set)
        for sub, sup in rows:
            supers[str(sub)].add(str(sup))
        _, rows = self.store.query(TYPES)
        kinds: dict[str, dict[str, str]] = defaultdict(dict)
        for o, cls, label in rows:
            kinds[str(o)][str(cls)] = str(label) if label is not None else _local(cls)
        details: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        hedged: dict[tuple[str, str], str] = {}
        stated = set()
        for o, p, v, certainty in self.store.query(DETAILS)[1]:
            details[str(o)][_local(p)].append(str(v))
            if certainty is not None:
                hedged.setdefault((str(o), str(v)), str(certainty))
            else:
                stated.add((str(o), str(v)))
        hedged = {fact: certainty for fact, certainty in hedged.items() if fact not in stated}  # a plain edge: stated
        entities = {}
        self._classes: dict[str, frozenset[str]] = {}
        self._kind_class: dict[str, str] = {}
        for iri, classes in kinds.items():
            specific = sorted(c for c in classes if not any(c in supers[other] for other in classes if other != c))
            self._classes[iri] = frozenset(classes).union(*(supers[c] for c in classes))
            self._kind_class[iri] = specific[0] if specific else next(iter(sorted(classes)))
            facts = details.get(iri, {})
            links = set(facts.get("unitOf", []) + facts.get("hostedBy", []) + facts.get("subsidiaryOf", []))
            # a stated parent (or country) before a hedged one
            parents = sorted(links, key=lambda parent: ((iri, parent) in hedged, parent))
            countries = sorted(facts.get("country", []), key=lambda code: ((iri, code) in hedged, _local(code)))
            entities[iri] = Entity(
                iri=iri,
                label=labels.get(iri) or labels_zh.get(iri) or _local(iri),
                label_zh=labels_zh.get(iri),
                kind=classes[specific[0]] if specific else "organisation",
                country=_local(countries[0]) if countries else None,  # "CN" or vocab/country/CN
                country_certainty=hedged.get((iri, countries[0]), "stated") if countries else None,
                parent=parents[0] if parents else None,
                parent_certainty=hedged.get((iri, parents[0]), "stated") if parents else None,
                tracker=bool(facts.get("trackerSlug")),
            )
        return entities

    def classes_of(self, iri: str) -> frozenset[str]:
        """The entity's classes and their superclasses (IRIs)."""
        return self._classes.get(iri, frozenset())

    def kind_class(self, iri: str) -> str:
        """The IRI of the entity's most specific class."""
        return self._kind_class[iri]

    def country_of(self, iri: str) -> str | None:
        """The entity's recorded country (``placed_in``)."""
        placed = self.placed_in(iri)
        return placed[0] if placed else None

    def placed_in(self, iri: str) -> tuple[str, str] | None:
        """The entity's recorded country and how certain it is, else its parent's (a laboratory
        is where its host is); a tracker institution without one is in China (the tracker covers
        China's institutions)."""
        seen = set()
        while iri in self.entities and iri not in seen:
            seen.add(iri)
            entity = self.entities[iri]
            if entity.country:
                return entity.country, entity.country_certainty or "stated"
            if entity.tracker:
                return "CN", "stated"
            if entity.parent is None:
                return None
            iri = entity.parent
        return None

    def profiles(self, iris: list[str], *, evidence: int = 3) -> dict[str, Profile]:
        """Profiles of these entities (and of their parents), read in a few queries for all."""
        wanted = sorted({i for i in iris if i not in self._profiles and i in self.entities})
        parents = sorted({p for i in wanted if (p := self.entities[i].parent) and p not in self._profiles})
        todo = sorted(set(wanted) | set(parents))
        for chunk in (todo[i : i + 500] for i in range(0, len(todo), 500)):
            self._read_profiles(chunk, evidence)
        return {i: self._profiles[i] for i in iris if i in self._profiles}

    def _read_profiles(self, iris: list[str], evidence: int) -> None:
        values = _values(iris)
        risks = self._risks(values)
        categories = self._grouped(CATEGORIES % values)
        supervisors = self._grouped(SUPERVISORS % values, label=True)
        lists = self._lists(values)
        links = {
            str(o): int(n) for o, n in self.store.query(LINKS % (values, _values(list(plain_edge_predicates()))))[1]
        }
        quotes = self._evidence(values, evidence)
        for iri in iris:
            entity = self.entities[iri]
            level, date, rationale = risks.get(iri, (None, None, None))
            self._profiles[iri] = Profile(
                iri=iri,
                label=entity.label,
                label_zh=entity.label_zh,
                kind=entity.kind,
                risk_level=level,
                risk_date=date,
                risk_rationale=rationale,
                categories=tuple(sorted(categories.get(iri, ()))),
                supervising_agencies=tuple(sorted(supervisors.get(iri, ()))),
                lists=lists.get(iri, ()),
                defence_links=links.get(iri, 0),
                evidence=quotes.get(iri, ()),
                country=placed[0] if (placed := self.placed_in(iri)) and placed[1] == "stated" else None,
            )
        for iri in iris:
            parent_iri = self.entities[iri].parent
            if parent_iri and parent_iri in self._profiles:
                parent = self._profiles[parent_iri]
                certainty = self.entities[iri].parent_certainty
                link = Parent(parent.iri, parent.label, parent.risk_level, parent.risk_date, certainty)
                self._profiles[iri] = replace(self._profiles[iri], parent=link)

    def _risks(self, values: str) -> dict[str, tuple[str | None, str | None, str | None]]:
        """The latest risk designation of each entity (level, date, rationale); a level stated
        without a designation node has no date or rationale."""
        found: dict[str, tuple[str | None, str | None, str | None]] = {}
        for o, level, label, date, rationale in sorted(
            self.store.query(RISKS % values)[1], key=lambda r: str(r[3] or "")
        ):
            found[str(o)] = (
                str(label or _local(level)),
                str(date) if date else None,
                str(rationale) if rationale else None,
            )
        for o, level, label in self.store.query(LEVELS % values)[1]:
            found.setdefault(str(o), (str(label or _local(level)), None, None))
        return found

    def _lists(self, values: str) -> dict[str, tuple[str, ...]]:
        """Each entity's lists as text: "US Entity List (2019, 2020)", the years of its listings'
        statements, and of its removals ("US Entity List (2012; removed 2019)", "Japan End User
        List (removed)"); "(possible)" or "(implied)" when no statement of the listing is stated."""
        dates: dict[tuple[str, str], set[str]] = defaultdict(set)
        removals: dict[tuple[str, str], set[str]] = defaultdict(set)
        certainties: dict[tuple[str, str], set[str]] = defaultdict(set)
        for o, label, date, certainty, removed in self.store.query(LISTS % values)[1]:
            key = (str(o), str(label))
            certainties[key].add(_local(certainty))
            if str(removed) == "true":
                removals[key].add(f"removed {str(date)[:4]}" if date is not None else "removed")
            elif date is not None:
                dates[key].add(str(date)[:4])
        out: dict[str, list[str]] = defaultdict(list)
        for (iri, label), found in sorted(certainties.items()):
            notes = ", ".join(sorted(dates[iri, label]) + ([] if "stated" in found else sorted(found)[:1]))
            # (a removal the sources date said without "removed" alone beside it)
            removed = sorted(removals[iri, label] - {"removed"} or removals[iri, label])
            notes = "; ".join(filter(None, (notes, ", ".join(removed))))
            out[iri].append(f"{label} ({notes})" if notes else label)
        return {iri: tuple(texts) for iri, texts in out.items()}

    def _grouped(self, query: str, *, label: bool = False) -> dict[str, set[str]]:
        out: dict[str, set[str]] = defaultdict(set)
        for o, v in self.store.query(query)[1]:
            text = self.entities[str(v)].label if label and str(v) in self.entities else str(v)
            out[str(o)].add(text)
        return out

    def _evidence(self, values: str, top: int) -> dict[str, tuple[Evidence, ...]]:
        """The best quotes about each entity: about risk first, then defence links, stated
        before implied before possible; each quote once."""
        ranked: dict[str, list[tuple[tuple, Evidence]]] = defaultdict(list)
        for o, p, quote, certainty, doc, citation, url, see_also, _title in self.store.query(EVIDENCE % values)[1]:
            about = _local(p)
            certainty_name = _local(certainty) if certainty is not None else None
            source = (
                citation
                or url
                or see_also
                or (doc if doc is not None and not str(doc).startswith("https://w3id.org/") else None)
            )
            rank = (
                _EVIDENCE_ORDER.index(about) if about in _EVIDENCE_ORDER else len(_EVIDENCE_ORDER),
                _CERTAINTY_ORDER.get(certainty_name or "", 3),
                str(quote),
            )
            item = Evidence(
                quote=str(quote),
                about=about,
                certainty=certainty_name,
                source=str(source) if source is not None else None,
                document=str(doc) if doc is not None else None,
            )
            ranked[str(o)].append((rank, item))
        out = {}
        for iri, items in ranked.items():
            chosen: list[Evidence] = []
            for _, item in sorted(items, key=lambda pair: pair[0]):
                if item.quote not in {c.quote for c in chosen}:
                    chosen.append(item)
                if len(chosen) == top:
                    break
            out[iri] = tuple(chosen)
        return out

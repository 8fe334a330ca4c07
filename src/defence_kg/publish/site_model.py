"""publishing: the site's view of the dataset — entities, their facts with evidence, and the
triples that describe each entity (the same triples go to its Turtle, JSON-LD and HTML page).

The dataset is small enough per entity that an rdflib graph of the union is used here; the
store does the parsing and all serialising.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS
from rdflib.term import Node

from defence_kg.core.namespaces import DKG, ID, SCHEMA, VOCAB
from defence_kg.core.store import Store

MAIN_CLASSES = {"organisation": DKG.Organisation, "event": DKG.Event, "agreement": DKG.Agreement}
AUX_CLASSES = {DKG.TemporalValue, DKG.Count, DKG.AttendeeGroup, DKG.RiskDesignation}

#: schema.org types for our classes (most specific first); agreements have no good schema.org type.
SCHEMA_TYPES = [
    (DKG.University, SCHEMA.CollegeOrUniversity), (DKG.GovernmentAgency, SCHEMA.GovernmentOrganization),
    (DKG.ResearchInstitute, SCHEMA.ResearchOrganization), (DKG.Laboratory, SCHEMA.ResearchOrganization),
    (DKG.StateOwnedEnterprise, SCHEMA.Corporation), (DKG.Company, SCHEMA.Corporation),
    (DKG.Organisation, SCHEMA.Organization), (DKG.Event, SCHEMA.Event),
]
#: plain edges mirrored as schema.org properties on pages and entity files.
SCHEMA_EDGES = {DKG.unitOf: SCHEMA.parentOrganization, DKG.hostedBy: SCHEMA.parentOrganization,
                DKG.subsidiaryOf: SCHEMA.parentOrganization, DKG.organisedBy: SCHEMA.organizer,
                DKG.memberOf: SCHEMA.memberOf}


@dataclass
class Evidence:
    statement: URIRef
    document: Node | None
    document_title: str | None
    document_url: str | None
    document_date: str | None
    quote: str | None
    citation: str | None
    asserted_by: URIRef | None
    certainty: URIRef | None
    according_to: str | None


@dataclass
class Fact:
    subject: URIRef
    predicate: URIRef
    object: Node
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Entity:
    iri: URIRef
    slug: str
    group: str                 # organisation | event | agreement
    types: list[URIRef]
    facts: list[Fact]          # outgoing, with evidence
    incoming: list[Fact]       # plain edges from other entities


def slug_of(iri: Node) -> str:
    return str(iri)[len(str(ID)):]


class SiteModel:
    """Everything the site generator needs, computed once from the built dataset."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.g: Graph = store.to_rdflib()
        g = self.g
        self.statements: dict[tuple, list[URIRef]] = {}
        for st in g.subjects(RDF.type, DKG.Statement):
            key = (g.value(st, RDF.subject), g.value(st, RDF.predicate), g.value(st, RDF.object))
            self.statements.setdefault(key, []).append(st)
        self.class_members: dict[str, set] = {}
        for group, cls in MAIN_CLASSES.items():
            self.class_members[group] = set(g.transitive_subjects(RDFS.subClassOf, cls))
        self.entities: dict[URIRef, Entity] = {}
        for group, classes in self.class_members.items():
            for cls in classes:
                for s in g.subjects(RDF.type, cls):
                    if isinstance(s, URIRef) and str(s).startswith(str(ID)) and s not in self.entities:
                        self.entities[s] = Entity(s, slug_of(s), group, [], [], [])
        for e in self.entities.values():
            e.types = sorted(t for t in g.objects(e.iri, RDF.type) if isinstance(t, URIRef))
            e.facts = [self.fact(e.iri, p, o) for p, o in sorted(g.predicate_objects(e.iri))
                       if p != RDF.type or (e.iri, p, o) in self.statements]
            e.incoming = [self.fact(s, p, e.iri) for s, p in sorted(g.subject_predicates(e.iri))
                          if s in self.entities and s != e.iri]

    # ---- lookups ---------------------------------------------------------------------------

    def sorted_entities(self) -> list[Entity]:
        return sorted(self.entities.values(), key=lambda e: e.slug)

    def fact(self, s, p, o) -> Fact:
        return Fact(s, p, o, [self.evidence(st) for st in sorted(self.statements.get((s, p, o), []))])

    def evidence(self, st: URIRef) -> Evidence:
        g = self.g
        doc = g.value(st, PROV.wasDerivedFrom)
        title = url = date = None
        if doc is not None:
            title = self.text(g.value(doc, DCTERMS.title))
            url_node = g.value(doc, SCHEMA.url)
            url = str(url_node) if url_node is not None else (str(doc) if not str(doc).startswith(str(ID)) else None)
            modified = g.value(doc, DCTERMS.modified)
            date = str(modified) if modified is not None else None
        return Evidence(st, doc, title, url, date, self.text(g.value(st, DKG.quote)),
                        self.text(g.value(st, DKG.citation)), g.value(st, DKG.assertedBy),
                        g.value(st, DKG.certainty), self.text(g.value(st, DKG.accordingTo)))

    @staticmethod
    def text(node) -> str | None:
        return None if node is None else str(node)

    def label(self, node: Node, lang: str = "en") -> str:
        """The preferred label in a language (falling back to rdfs:label, title, then the IRI)."""
        if isinstance(node, Literal):
            return str(node)
        for prop in (SKOS.prefLabel, RDFS.label, DCTERMS.title):
            values = sorted(self.g.objects(node, prop))
            for v in values:
                if isinstance(v, Literal) and (v.language or "").lower().startswith(lang.lower()):
                    return str(v)
            if lang == "en":
                for v in values:
                    if isinstance(v, Literal) and not v.language:
                        return str(v)
        if lang != "en":
            return ""
        text = str(node)
        return text.rsplit("#", 1)[-1] if "#" in text else text.rstrip("/").rsplit("/", 1)[-1]

    def kind(self, e: Entity) -> URIRef:
        """The most specific of the entity's classes."""
        best = None
        for t in e.types:
            supers = set(self.g.transitive_objects(t, RDFS.subClassOf))
            if best is None or best in supers:
                best = t
        return best or MAIN_CLASSES[e.group]

    def risk(self, e: Entity) -> dict | None:
        g = self.g
        designation = g.value(e.iri, DKG.riskDesignation)
        level = g.value(e.iri, DKG.riskLevel)
        if designation is None and level is None:
            return None
        if designation is not None:
            level = g.value(designation, DKG.riskLevel) or level
        out = {"level": level, "designation": designation,
               "rationale": self.text(g.value(designation, DKG.rationale)) if designation else None,
               "assessor": g.value(designation, DKG.assessedBy) if designation else None,
               "as_of": self.text(g.value(designation, DKG.assessedAsOf)) if designation else None,
               "evidence": self.fact(e.iri, DKG.riskLevel, level).evidence if level is not None else []}
        if designation is not None:
            for p in (DKG.rationale, DKG.assessedBy, DKG.assessedAsOf):
                o = g.value(designation, p)
                if o is not None:
                    out["evidence"] += [ev for ev in self.fact(designation, p, o).evidence
                                        if ev.statement not in {x.statement for x in out["evidence"]}]
        return out

    def categories(self, e: Entity) -> list[URIRef]:
        return sorted(self.g.objects(e.iri, DKG.category))

    def date_of(self, e: Entity) -> URIRef | None:
        return self.g.value(e.iri, DKG.date) or self.g.value(e.iri, DKG.established)

    # ---- the triples that describe one entity ----------------------------------------------

    def aux_nodes(self, iri: URIRef) -> list[URIRef]:
        """Value nodes owned by the entity (dates, counts, attendee groups, risk designations)."""
        seen: list[URIRef] = []
        todo = [iri]
        while todo:
            node = todo.pop()
            for o in sorted(self.g.objects(node, None)):
                if isinstance(o, URIRef) and o not in seen and o not in self.entities and \
                        any((o, RDF.type, c) in self.g for c in AUX_CLASSES):
                    seen.append(o)
                    todo.append(o)
        return sorted(seen)

    def description(self, e: Entity, page_url: str) -> Graph:
        """The entity's own triples, its value nodes, the statements about them (with evidence),
        incoming plain edges, labels of what it links to, and schema.org mirrors."""
        g, out = self.g, Graph()
        nodes = [e.iri, *self.aux_nodes(e.iri)]
        for node in nodes:
            for p, o in g.predicate_objects(node):
                out.add((node, p, o))
        for f in e.incoming:
            out.add((f.subject, f.predicate, f.object))
        statements = {st for (s, p, o), sts in self.statements.items() if s in nodes for st in sts}
        statements |= {ev.statement for f in e.incoming for ev in f.evidence}
        for st in statements:
            for p, o in g.predicate_objects(st):
                out.add((st, p, o))
        linked = {o for o in out.objects() if isinstance(o, URIRef)} | set(out.subjects())
        for node in linked - set(nodes) - statements:
            if node in self.entities or str(node).startswith(str(VOCAB)) or str(node).startswith(str(ID)):
                for prop in (SKOS.prefLabel, DCTERMS.title, SCHEMA.url):
                    for v in g.objects(node, prop):
                        out.add((node, prop, v))
        # schema.org, for search engines and link previews
        for cls, schema_cls in SCHEMA_TYPES:
            if any(t == cls or (t, RDFS.subClassOf, cls) in g or cls in set(g.transitive_objects(t, RDFS.subClassOf))
                   for t in e.types):
                out.add((e.iri, RDF.type, schema_cls))
                break
        for v in g.objects(e.iri, SKOS.prefLabel):
            out.add((e.iri, SCHEMA.name, v))
        for v in g.objects(e.iri, SKOS.altLabel):
            out.add((e.iri, SCHEMA.alternateName, v))
        out.add((e.iri, SCHEMA.url, Literal(page_url, datatype=URIRef("http://www.w3.org/2001/XMLSchema#anyURI"))))
        for p, sp in SCHEMA_EDGES.items():
            for o in g.objects(e.iri, p):
                out.add((e.iri, sp, o))
        ror = g.value(e.iri, DKG.rorId)
        if ror is not None:
            out.add((e.iri, SCHEMA.sameAs, URIRef(f"https://ror.org/{ror}")))
        wikidata = g.value(e.iri, DKG.wikidataId)
        if wikidata is not None:
            out.add((e.iri, SCHEMA.sameAs, URIRef(f"http://www.wikidata.org/entity/{wikidata}")))
        date = g.value(e.iri, DKG.date)
        when = g.value(date, DKG.when) if date is not None else None
        if when is not None and e.group == "event":
            out.add((e.iri, SCHEMA.startDate, when))
        return out

    # ---- ontology ---------------------------------------------------------------------------

    def terms(self, kind: URIRef) -> list[URIRef]:
        return sorted(t for t in self.g.subjects(RDF.type, kind) if str(t).startswith(str(DKG)))

    def properties(self) -> list[URIRef]:
        props = set()
        for k in (OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property, OWL.AnnotationProperty):
            props |= set(self.terms(k))
        return sorted(props)

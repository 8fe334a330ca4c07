"""publishing: the site's view of the dataset — entities, their facts with evidence, and the
triples that describe each entity (the same triples go to its Turtle, JSON-LD and HTML page).

Everything is read from the Oxigraph store as it is needed: pattern lookups (``Store.match``,
sorted like the union dumps, so "the value" of a property is always the same one) and SPARQL
for joins, class closures and counts. No graph is copied into rdflib's memory store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS
from rdflib.term import Node

from defence_kg.core import CERTAINTIES
from defence_kg.core.namespaces import DKG, ID, PREFIXES, SCHEMA, VOCAB
from defence_kg.core.store import Store, Triple

#: an rdflib URIRef or Literal read from the store (rdflib's ``Node`` declares no ordering)
Term = Any

MAIN_CLASSES = {"organisation": DKG.Organisation, "event": DKG.Event, "agreement": DKG.Agreement}
AUX_CLASSES = {DKG.TemporalValue, DKG.Count, DKG.AttendeeGroup, DKG.RiskDesignation}

#: schema.org types for our classes (most specific first); agreements have no good schema.org type.
SCHEMA_TYPES = [
    (DKG.University, SCHEMA.CollegeOrUniversity),
    (DKG.GovernmentAgency, SCHEMA.GovernmentOrganization),
    (DKG.ResearchInstitute, SCHEMA.ResearchOrganization),
    (DKG.Laboratory, SCHEMA.ResearchOrganization),
    (DKG.StateOwnedEnterprise, SCHEMA.Corporation),
    (DKG.Company, SCHEMA.Corporation),
    (DKG.Organisation, SCHEMA.Organization),
    (DKG.Event, SCHEMA.Event),
]
#: plain edges mirrored as schema.org properties on pages and entity files.
SCHEMA_EDGES = {
    DKG.unitOf: SCHEMA.parentOrganization,
    DKG.hostedBy: SCHEMA.parentOrganization,
    DKG.subsidiaryOf: SCHEMA.parentOrganization,
    DKG.organisedBy: SCHEMA.organizer,
    DKG.memberOf: SCHEMA.memberOf,
}

# Oxigraph binds only projected variables: each query projects its parameters after its result.
_HEADER = "".join(f"PREFIX {prefix}: <{ns}>\n" for prefix, ns in PREFIXES.items())
#: IRIs of the members of a class (and of its subclasses) in one namespace.
MEMBERS = (
    _HEADER
    + """SELECT DISTINCT ?s ?class ?ns WHERE {
  ?s a/rdfs:subClassOf* ?class FILTER(isIRI(?s) && STRSTARTS(STR(?s), STR(?ns)))
}"""
)
#: a class and its superclasses.
SUPERCLASSES = _HEADER + "SELECT DISTINCT ?super ?class WHERE { ?class rdfs:subClassOf* ?super }"
#: how many distinct nodes (other than statements) use a term as object.
USERS = (
    _HEADER
    + """SELECT (COUNT(DISTINCT ?s) AS ?n) ?term WHERE {
  ?s ?p ?term FILTER NOT EXISTS { ?s a dkg:Statement }
} GROUP BY ?term"""
)
#: the classes used in the data, with their number of distinct members.
CLASS_COUNTS = (
    _HEADER + "SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class FILTER isIRI(?class) } GROUP BY ?class"
)
#: the number of distinct subjects and of distinct predicates.
DISTINCT_COUNTS = "SELECT (COUNT(DISTINCT ?s) AS ?subjects) (COUNT(DISTINCT ?p) AS ?predicates) WHERE { ?s ?p ?o }"
#: the documents that curated statements were checked against.
CURATED_DOCUMENTS = (
    _HEADER + "SELECT DISTINCT ?doc ?curators WHERE { ?st dkg:assertedBy ?curators ; prov:wasDerivedFrom ?doc }"
)


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
    basis: URIRef | None = None  # what a statement rests on when not (only) a quoted record
    note: str | None = None  # the curators' editorial note on their inference
    when: tuple[tuple[URIRef, Node], ...] = ()
    """The statement's time qualifiers (``QUALIFIERS``, in that order) and their temporal values:
    when the fact held or happened, as the source dates it."""
    stake: str | None = None  # a shareholder's stake, in per cent (``dkg:stakePercent``)


#: the time qualifiers of a statement, in the order pages give them
QUALIFIERS = (DKG.pointInTime, DKG.startDate, DKG.endDate)


def certainty_rank(certainty: Node | None) -> int:
    """0 stated, 1 implied, 2 possible (the order of ``CERTAINTIES``); anything else after them."""
    word = str(certainty).rsplit("/", 1)[-1] if certainty is not None else ""
    return CERTAINTIES.index(word) if word in CERTAINTIES else len(CERTAINTIES)


@dataclass
class Fact:
    """A fact and its statements. ``plain``: the dataset has its plain edge (some source states
    it); a hedged fact (only implied or possible) has its statements alone."""

    subject: URIRef
    predicate: URIRef
    object: Node
    evidence: list[Evidence] = field(default_factory=list)
    plain: bool = True

    @property
    def certainty(self) -> URIRef | None:
        """The firmest certainty among the fact's statements (None when none gives one)."""
        found = [ev.certainty for ev in self.evidence if ev.certainty is not None]
        return min(found, key=certainty_rank) if found else None


@dataclass
class Entity:
    iri: URIRef
    slug: str
    group: str  # organisation | event | agreement
    types: list[URIRef]


@dataclass
class Facts:
    """What one entity page shows: the entity's facts and the links pointing at it from other
    entities, hedged ones included (``Fact.plain`` is False for those)."""

    outgoing: list[Fact]  # with evidence
    incoming: list[Fact]  # links from other entities


def slug_of(iri: Node) -> str:
    return str(iri)[len(str(ID)) :]


class SiteModel:
    """Everything the site generator needs, read from the built dataset on demand."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._superclasses: dict[Node, set[Node]] = {}
        self._statements: dict[Node, dict[tuple[Node, Node], list[URIRef]]] = {}
        self.entities: dict[URIRef, Entity] = {}
        for group, cls in MAIN_CLASSES.items():
            for s in self.select(MEMBERS, **{"class": cls, "ns": URIRef(str(ID))}):
                if s not in self.entities:
                    types = sorted(t for t in self.objects(s, RDF.type) if isinstance(t, URIRef))
                    self.entities[s] = Entity(s, slug_of(s), group, types)

    # ---- reading the store -----------------------------------------------------------------

    def value(self, s: Node, p: Node) -> Term | None:
        """The first object of ``s p`` (in N-Triples order), or None."""
        found = self.store.match(s, p)
        return found[0][2] if found else None

    def objects(self, s: Node, p: Node | None = None) -> list[Term]:
        return [o for _, _, o in self.store.match(s, p)]

    def subjects(self, p: Node, o: Node) -> list[Term]:
        return [s for s, _, _ in self.store.match(None, p, o)]

    def has_type(self, node: Node, cls: Node) -> bool:
        return bool(self.store.match(node, RDF.type, cls))

    def select(self, sparql: str, **bindings: Node) -> list[Term]:
        """The values of the first variable of a SELECT query, with variables bound to terms."""
        _, rows = self.store.query(sparql, bindings=bindings)
        return [row[0] for row in rows]

    def superclasses(self, cls: Node) -> set[Node]:
        """The class and all its superclasses (computed once per class)."""
        if cls not in self._superclasses:
            self._superclasses[cls] = set(self.select(SUPERCLASSES, **{"class": cls}))
        return self._superclasses[cls]

    # ---- lookups ---------------------------------------------------------------------------

    def sorted_entities(self) -> list[Entity]:
        return sorted(self.entities.values(), key=lambda e: e.slug)

    def facts(self, e: Entity) -> Facts:
        """The entity's facts (types only where a statement backs them) and incoming links: the
        plain edges, and the hedged facts that only implied or possible statements give (a plain
        edge is a stated fact only, so those have none)."""
        plain = {(p, o) for _, p, o in self.store.match(e.iri)}
        hedged = {key for key, sts in self._statements_about(e.iri).items() if key not in plain and self._hedged(sts)}
        outgoing = [self.fact(e.iri, p, o, plain=(p, o) in plain) for p, o in sorted(plain | hedged)]
        links_in = {(s, p) for s, p, _ in self.store.match(None, None, e.iri)}
        hedged_in = {
            (s, p)
            for s, p in self._stated_about(e.iri)
            if s in self.entities and (s, p) not in links_in and self._hedged(self.statements(s, p, e.iri))
        }
        incoming = [
            self.fact(s, p, e.iri, plain=(s, p) in links_in)
            for s, p in sorted(links_in | hedged_in)
            if s in self.entities and s != e.iri
        ]
        return Facts([f for f in outgoing if f.predicate != RDF.type or f.evidence], incoming)

    def fact(self, s, p, o, *, plain: bool = True) -> Fact:
        return Fact(s, p, o, [self.evidence(st) for st in self.statements(s, p, o)], plain)

    def _hedged(self, statements: list[URIRef]) -> bool:
        """Some statement gives the fact as implied or possible and is not superseded by a later
        one (``dcterms:isReplacedBy``: an older risk level, shown in the risk history instead)."""
        return any(
            certainty_rank(self.value(st, DKG.certainty)) > 0 and not self.store.match(st, DCTERMS.isReplacedBy)
            for st in statements
        )

    def _stated_about(self, o) -> set[tuple[Node, Node]]:
        """(subject, predicate) of the statements whose object is ``o``."""
        return {
            (s, p)
            for st, _, _ in self.store.match(None, RDF.object, o)
            if self.has_type(st, DKG.Statement)
            for s in self.objects(st, RDF.subject)
            for p in self.objects(st, RDF.predicate)
        }

    def statements(self, s, p, o) -> list[URIRef]:
        """The statements about one triple, sorted."""
        return self._statements_about(s).get((p, o), [])

    def statements_of(self, s) -> set[URIRef]:
        """The statements about anything said of ``s``."""
        return {st for sts in self._statements_about(s).values() for st in sts}

    def _statements_about(self, s) -> dict[tuple[Node, Node], list[URIRef]]:
        """The statements whose subject is ``s``, by (predicate, object), read once by pattern
        lookups: a SPARQL query per fact took most of the time of a site the size of the tracker."""
        if s not in self._statements:
            found: dict[tuple[Node, Node], set[URIRef]] = {}
            for st, _, _ in self.store.match(None, RDF.subject, s):
                if isinstance(st, URIRef) and self.has_type(st, DKG.Statement):
                    for pred in self.objects(st, RDF.predicate):
                        for obj in self.objects(st, RDF.object):
                            found.setdefault((pred, obj), set()).add(st)
            self._statements[s] = {key: sorted(sts) for key, sts in found.items()}
        return self._statements[s]

    def evidence(self, st: URIRef) -> Evidence:
        doc = self.value(st, PROV.wasDerivedFrom)
        title = url = date = None
        if doc is not None:
            title = self.text(self.value(doc, DCTERMS.title))
            url_node = self.value(doc, SCHEMA.url)
            url = str(url_node) if url_node is not None else (str(doc) if not str(doc).startswith(str(ID)) else None)
            date = self.text(self.value(doc, DCTERMS.modified))
        return Evidence(
            st,
            doc,
            title,
            url,
            date,
            self.text(self.value(st, DKG.quote)),
            self.text(self.value(st, DKG.citation)),
            self.value(st, DKG.assertedBy),
            self.value(st, DKG.certainty),
            self.text(self.value(st, DKG.accordingTo)),
            self.value(st, DKG.basis),
            self.text(self.value(st, SKOS.editorialNote)),
            tuple((q, v) for q in QUALIFIERS if (v := self.value(st, q)) is not None),
            self.text(self.value(st, DKG.stakePercent)),
        )

    @staticmethod
    def text(node) -> str | None:
        return None if node is None else str(node)

    def label(self, node: Node, lang: str = "en") -> str:
        """The preferred label in a language (falling back to rdfs:label, title, then the IRI)."""
        if isinstance(node, Literal):
            return str(node)
        for prop in (SKOS.prefLabel, RDFS.label, DCTERMS.title):
            values = sorted(self.objects(node, prop))
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
            if best is None or best in self.superclasses(t):
                best = t
        return best or MAIN_CLASSES[e.group]

    def risk(self, e: Entity) -> dict | None:
        """The current level and the designation that gives it (the latest one: see
        defence_kg.dataset.risk), and every dated designation, oldest first (``history``)."""
        level = self.value(e.iri, DKG.riskLevel)
        history = sorted(
            self.objects(e.iri, DKG.riskDesignation),
            key=lambda d: (str(self.value(d, DKG.assessedAsOf) or ""), str(d)),
        )
        current = [d for d in history if level is None or self.value(d, DKG.riskLevel) == level]
        designation = current[-1] if current else (history[-1] if history else None)
        if designation is None and level is None:
            return None
        if designation is not None:
            level = self.value(designation, DKG.riskLevel) or level
        evidence = self.fact(e.iri, DKG.riskLevel, level).evidence if level is not None else []
        if designation is not None:
            for p in (DKG.rationale, DKG.assessedBy, DKG.assessedAsOf):
                o = self.value(designation, p)
                if o is not None:
                    evidence += [
                        ev
                        for ev in self.fact(designation, p, o).evidence
                        if ev.statement not in {x.statement for x in evidence}
                    ]
        return {
            "level": level,
            "designation": designation,
            "rationale": self.text(self.value(designation, DKG.rationale)) if designation else None,
            "assessor": self.value(designation, DKG.assessedBy) if designation else None,
            "as_of": self.text(self.value(designation, DKG.assessedAsOf)) if designation else None,
            "evidence": evidence,
            "history": [self.designation(d, d == designation) for d in history],
        }

    def designation(self, d: Term, current: bool) -> dict:
        """One dated designation: level, date, rationale, assessor and the evidence of its level."""
        level = self.value(d, DKG.riskLevel)
        return {
            "level": level,
            "as_of": self.text(self.value(d, DKG.assessedAsOf)),
            "rationale": self.text(self.value(d, DKG.rationale)),
            "assessor": self.value(d, DKG.assessedBy),
            "evidence": self.fact(d, DKG.riskLevel, level).evidence if level is not None else [],
            "current": current,
        }

    def categories(self, e: Entity) -> list[URIRef]:
        return sorted(self.objects(e.iri, DKG.category))

    def date_fact(self, e: Entity, prop: URIRef) -> Fact | None:
        """The entity's date by ``prop`` (``dkg:date``, ``dkg:established``): its plain edge's, else
        one that only implied or possible statements give (a hedged fact: its certainty says so)."""
        node = self.value(e.iri, prop)
        if node is not None:
            return self.fact(e.iri, prop, node)
        hedged = sorted(
            str(o) for (p, o), sts in self._statements_about(e.iri).items() if p == prop and self._hedged(sts)
        )
        return self.fact(e.iri, prop, URIRef(hedged[0]), plain=False) if hedged else None

    def date_of(self, e: Entity) -> URIRef | None:
        return self.value(e.iri, DKG.date) or self.value(e.iri, DKG.established)

    def users(self, term: Node) -> int:
        """How many nodes (other than statements) use ``term`` as a value."""
        return sum(n.toPython() for n in self.select(USERS, term=term))

    def curated_documents(self) -> list[str]:
        """The web pages the maintainers' curated facts cite, sorted."""
        return sorted({str(doc) for doc in self.select(CURATED_DOCUMENTS, curators=ID["defence-kg-curators"])})

    def class_counts(self) -> dict[URIRef, int]:
        """The classes used in the data and their numbers of distinct members, by class."""
        _, rows = self.store.query(CLASS_COUNTS)
        return {cls: n.toPython() for cls, n in sorted(rows)}

    def distinct_counts(self) -> tuple[int, int]:
        """The numbers of distinct subjects and of distinct predicates."""
        _, rows = self.store.query(DISTINCT_COUNTS)
        return rows[0][0].toPython(), rows[0][1].toPython()

    # ---- the triples that describe one entity ----------------------------------------------

    def aux_nodes(self, iri: URIRef, hedged: tuple[Node, ...] = ()) -> list[URIRef]:
        """Value nodes owned by the entity (dates, counts, attendee groups, risk designations),
        also those that only its hedged facts give (``hedged``: their objects)."""
        seen: set[URIRef] = set()
        todo: list[Node] = [*self.objects(iri), *hedged]
        while todo:
            o = todo.pop()
            if (
                isinstance(o, URIRef)
                and o not in seen
                and o not in self.entities
                and any(self.has_type(o, c) for c in AUX_CLASSES)
            ):
                seen.add(o)
                todo.extend(self.objects(o))
        return sorted(seen)

    def description(self, e: Entity, facts: Facts, page_url: str) -> set[Triple]:
        """The entity's own triples, its value nodes, the statements about them (with evidence),
        incoming plain edges, labels of what it links to, and schema.org mirrors. A hedged fact
        is there as its statements only, as in the dataset."""
        nodes = [e.iri, *self.aux_nodes(e.iri, tuple(f.object for f in facts.outgoing if not f.plain))]
        out = {t for node in nodes for t in self.store.match(node)}
        out |= {(f.subject, f.predicate, f.object) for f in facts.incoming if f.plain}
        statements = {st for node in nodes for st in self.statements_of(node)}
        statements |= {ev.statement for f in facts.incoming for ev in f.evidence}
        out |= {t for st in statements for t in self.store.match(st)}
        linked = {o for _, _, o in out if isinstance(o, URIRef)} | {s for s, _, _ in out}
        for node in linked - set(nodes) - statements:
            if node in self.entities or str(node).startswith(str(VOCAB)) or str(node).startswith(str(ID)):
                for prop in (SKOS.prefLabel, DCTERMS.title, SCHEMA.url):
                    out |= set(self.store.match(node, prop))
        return out | self.schema_mirrors(e, page_url)

    def schema_mirrors(self, e: Entity, page_url: str) -> set[Triple]:
        """schema.org triples about the entity, for search engines and link previews."""
        out: set[Triple] = set()
        for cls, schema_cls in SCHEMA_TYPES:
            if any(cls in self.superclasses(t) for t in e.types):
                out.add((e.iri, RDF.type, schema_cls))
                break
        out |= {(e.iri, SCHEMA.name, v) for v in self.objects(e.iri, SKOS.prefLabel)}
        out |= {(e.iri, SCHEMA.alternateName, v) for v in self.objects(e.iri, SKOS.altLabel)}
        out.add((e.iri, SCHEMA.url, Literal(page_url, datatype=URIRef("http://www.w3.org/2001/XMLSchema#anyURI"))))
        out |= {(e.iri, sp, o) for p, sp in SCHEMA_EDGES.items() for o in self.objects(e.iri, p)}
        ror = self.value(e.iri, DKG.rorId)
        if ror is not None:
            out.add((e.iri, SCHEMA.sameAs, URIRef(f"https://ror.org/{ror}")))
        wikidata = self.value(e.iri, DKG.wikidataId)
        if wikidata is not None:
            out.add((e.iri, SCHEMA.sameAs, URIRef(f"http://www.wikidata.org/entity/{wikidata}")))
        date = self.value(e.iri, DKG.date)
        when = self.value(date, DKG.when) if date is not None else None
        if when is not None and e.group == "event":
            out.add((e.iri, SCHEMA.startDate, when))
        return out

    # ---- ontology ---------------------------------------------------------------------------

    def terms(self, kind: URIRef) -> list[URIRef]:
        return sorted(t for t in self.subjects(RDF.type, kind) if str(t).startswith(str(DKG)))

    def properties(self) -> list[URIRef]:
        props = set()
        for k in (OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property, OWL.AnnotationProperty):
            props |= set(self.terms(k))
        return sorted(props)

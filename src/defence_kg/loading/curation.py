"""loaders: the curated registry files (data/curated/*.ttl), each its own named graph.

Curators write plain facts about an entity and list the records they come from with
``dcterms:source``; this module adds a ``dkg:Statement`` for each fact, derived from those
records and asserted by the curators, so curated facts cite their evidence like any other.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS
from rdflib.term import Node

from defence_kg.core.errors import InputError
from defence_kg.core.namespaces import DKG, GRAPH
from defence_kg.core.store import parse_file
from defence_kg.loading.context import CURATORS, Triple, statement_triples


def curated_graph(path: Path) -> URIRef:
    return GRAPH[f"curated/{path.stem}"]


def fact_predicates(ontology: list[Triple]) -> set[Node]:
    """Properties declared as dkg:FactProperty in the ontology."""
    return {s for s, p, o in ontology if p == RDF.type and o == DKG.FactProperty}


def organisation_kinds(ontology: list[Triple]) -> set[Node]:
    """dkg:Organisation and every class below it."""
    return subclasses(ontology, DKG.Organisation)


def subclasses(ontology: list[Triple], root: Node) -> set[Node]:
    """``root`` and every class below it in the ontology."""
    children: dict[Node, set[Node]] = {}
    for s, p, o in ontology:
        if p == RDFS.subClassOf:
            children.setdefault(o, set()).add(s)
    kinds, todo = set(), [root]
    while todo:
        cls = todo.pop()
        if cls not in kinds:
            kinds.add(cls)
            todo.extend(children.get(cls, ()))
    return kinds


def is_fact(triple: Triple, facts: set[Node], kinds: set[Node]) -> bool:
    s, p, o = triple
    return p in facts or (p == RDF.type and o in kinds)


def load_curated(path: Path, ontology: list[Triple]) -> list[Triple]:
    """The file's triples plus a statement for each fact, citing the entity's dcterms:source."""
    triples = parse_file(path)
    graph = curated_graph(path)
    sources: dict[Node, list[Node]] = {}
    for s, p, o in triples:
        if p == DCTERMS.source:
            sources.setdefault(s, []).append(o)
    facts, kinds = fact_predicates(ontology), organisation_kinds(ontology)
    out = list(triples)
    for triple in sorted(t for t in triples if is_fact(t, facts, kinds)):
        subject = triple[0]
        if subject not in sources:
            raise InputError(
                "curated fact without a source",
                where=f"{path}: {subject.n3()}",
                why="every curated entity lists the records its facts come from",
                fix=f"add dcterms:source <URL> to {subject.n3()}",
            )
        _, st_triples = statement_triples(
            *triple, graph=graph, derived_from=sorted(sources[subject]), asserted_by=CURATORS
        )
        out += st_triples
    return out

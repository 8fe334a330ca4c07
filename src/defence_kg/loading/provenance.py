"""loaders: the provenance of each named graph (PROV-O, DCTERMS, VoID), in the metadata graph.

Deterministic: dates come from the source profiles (retrieval) and documents (last updated),
never from the clock; loader files and documents are identified by their SHA-256.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, VOID, XSD

from defence_kg.core.namespaces import DKG, ID, SCHEMA
from defence_kg.core.output import file_sha256
from defence_kg.core.project import Project
from defence_kg.loading.context import Triple, document_iri
from defence_kg.sources.documents import locate
from defence_kg.sources.profiles import SourceProfile


def source_provenance(
    project: Project,
    source: SourceProfile,
    triples: int,
    overrides: dict[str, Path] | None = None,
    sha256: Callable[[Path], str] = file_sha256,
) -> list[Triple]:
    """Describe a source and the named graph its loader filled, and each document it read with the
    SHA-256 of its bytes (so a release names exactly what it was built from, and a diff can tell
    an unchanged document from a new version of it), given by ``sha256`` (a build's, which reads
    each file once)."""
    s, g = source.iri, source.graph
    loader = source.loader_path(project)
    activity = ID[f"load-{source.id}"]
    out: list[Triple] = [
        (s, RDF.type, DKG.Source),
        (s, DCTERMS.title, Literal(source.title, lang="en")),
        (s, DCTERMS.publisher, ID[source.publisher]),
        (s, DCTERMS.license, Literal(source.licence)),
        (s, SCHEMA.url, Literal(source.homepage, datatype=XSD.anyURI)),
        (s, DKG.namedGraph, g),
        (g, RDF.type, VOID.Dataset),
        (g, RDF.type, PROV.Entity),
        (g, PROV.wasDerivedFrom, s),
        (g, PROV.wasGeneratedBy, activity),
        (g, VOID.triples, Literal(triples)),
        (activity, RDF.type, PROV.Activity),
        (activity, PROV.used, s),
        (activity, DKG.loader, Literal(f"loaders/{loader.name} sha256:{file_sha256(loader)}")),
        (activity, DKG.retrievedOn, Literal(source.retrieved, datatype=XSD.date)),
    ]
    for doc in source.documents:
        d = document_iri(source.id, doc)
        out += [(d, DCTERMS.isPartOf, s), (activity, PROV.used, d)]
        path = locate(project, source, doc, overrides or {})
        out.append((d, SCHEMA.sha256, Literal(sha256(path))))
    return out


def graph_provenance(graph: URIRef, *, title: str, derived_from: URIRef | None, triples: int) -> list[Triple]:
    """Describe a curated or ontology graph."""
    out: list[Triple] = [
        (graph, RDF.type, VOID.Dataset),
        (graph, DCTERMS.title, Literal(title, lang="en")),
        (graph, VOID.triples, Literal(triples)),
    ]
    if derived_from is not None:
        out.append((graph, PROV.wasDerivedFrom, derived_from))
    return out

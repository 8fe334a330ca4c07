"""publishing: compressed dumps with checksums, the VoID/DCAT description, and the server
configuration (Apache .htaccess, nginx) for 303 content negotiation.
"""
from __future__ import annotations

import gzip
import hashlib
import io
from pathlib import Path

from rdflib import Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, RDFS, VOID, XSD

from defence_kg.namespaces import DKG, ID, METADATA_GRAPH, ONTOLOGY_GRAPH
from defence_kg.publish.site_conneg import ENTITY_FORMATS  # noqa: F401 (re-exported)
from defence_kg.publish.site_rdf import _compact as site_rdf_compact
from defence_kg.store import Store

SPDX = Namespace("http://spdx.org/rdf/terms#")
IANA = "https://www.iana.org/assignments/media-types/"


DUMP_FORMATS = [("dataset.trig.gz", "trig", "application/trig"), ("dataset.nq.gz", "nquads", "application/n-quads"),
                ("dataset.ttl.gz", "turtle", "text/turtle"), ("dataset.jsonld.gz", "jsonld", "application/ld+json")]


def gzip_bytes(data: bytes) -> bytes:
    """Deterministic gzip: no file name and mtime 0 in the header."""
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(data)
    return buf.getvalue()


def write_dump(folder: Path, name: str, data: bytes, media_type: str, *, compress: bool = True) -> dict:
    body = gzip_bytes(data) if compress else data
    (folder / name).write_bytes(body)
    return {"path": f"dumps/{name}", "media_type": media_type, "size": len(body),
            "sha256": hashlib.sha256(body).hexdigest(), "compressed": compress}


def write_dumps(store: Store, folder: Path, jsonld: bytes) -> tuple[list[dict], list[str]]:
    """The dataset in four RDF syntaxes, plus GEXF and GraphML when the exporter is installed."""
    folder.mkdir(parents=True, exist_ok=True)
    dumps, notes = [], []
    for name, fmt, media in DUMP_FORMATS:
        data = jsonld if fmt == "jsonld" else store.serialize(fmt, union=(fmt == "turtle"))
        dumps.append(write_dump(folder, name, data, media))
    notes.append("dataset.ttl and dataset.jsonld hold the union of all named graphs; "
                 "TriG and N-Quads keep the graphs (one per source).")
    graph_exports = _graph_exports(store)
    if graph_exports is None:
        notes.append("GEXF and GraphML exports are not included: the graph exporter is not installed in this build.")
    else:
        for name, data, media in graph_exports:
            dumps.append(write_dump(folder, name + ".gz", data, media))
    sums = "".join(f"{d['sha256']}  {Path(d['path']).name}\n" for d in dumps)
    (folder / "SHA256SUMS").write_text(sums, encoding="utf-8")
    return dumps, notes


def _graph_exports(store: Store):
    """GEXF and GraphML bytes from defence_kg.export (written separately) if installed, else None."""
    import importlib

    try:
        export = importlib.import_module("defence_kg.export")
    except ModuleNotFoundError:
        return None
    formats = getattr(export, "FORMATS", {})
    if "gexf" not in formats or "graphml" not in formats:
        return None
    graph = export.to_networkx(store)
    out = []
    for fmt, media in (("gexf", "application/gexf+xml"), ("graphml", "application/graphml+xml")):
        module, name, _ = formats[fmt]
        out.append((name, importlib.import_module(module).to_bytes(graph), media))
    return out


def void_triples(model, dumps: list[dict], *, base_url: str, sparql_endpoint: str | None) -> list:
    """VoID + DCAT description of the dataset and its dumps (stable IRIs, no blank nodes)."""
    g, store = model.g, model.store
    base = base_url.rstrip("/") + "/"
    ds = URIRef(base + "dataset")
    t: list = []
    add = t.append
    add((ds, RDF.type, VOID.Dataset))
    add((ds, RDF.type, DCAT.Dataset))
    add((ds, DCTERMS.title, Literal("defence-kg: institutions, laboratories and their defence links", lang="en")))
    add((ds, DCTERMS.description, Literal(
        "A knowledge graph of institutions, laboratories, agreements and events with their defence links; "
        "every fact is a statement citing its source, quote and asserting party.", lang="en")))
    add((ds, FOAF.homepage, URIRef(base + "index.html")))
    add((ds, VOID.uriSpace, Literal(base + "id/")))
    add((ds, VOID.triples, Literal(len(store.union_triples()))))
    add((ds, VOID.entities, Literal(len(model.entities))))
    classes = sorted({o for o in g.objects(None, RDF.type) if isinstance(o, URIRef)})
    add((ds, VOID.classes, Literal(len(classes))))
    add((ds, VOID.distinctSubjects, Literal(len(set(g.subjects())))))
    add((ds, VOID.properties, Literal(len(set(g.predicates())))))
    for vocab in (DKG, "http://www.w3.org/2004/02/skos/core#", "http://www.w3.org/ns/prov#",
                  "http://www.w3.org/ns/org#", "https://schema.org/"):
        add((ds, VOID.vocabulary, URIRef(str(vocab))))
    examples = sorted(model.entities, key=lambda e: (g.value(e, DKG.riskDesignation) is None, str(e)))[:3]
    for e in examples:
        add((ds, VOID.exampleResource, e))
    if sparql_endpoint:
        add((ds, VOID.sparqlEndpoint, URIRef(sparql_endpoint)))
        svc = URIRef(base + "dataset#sparql")
        add((svc, RDF.type, DCAT.DataService))
        add((svc, DCAT.endpointURL, URIRef(sparql_endpoint)))
        add((svc, DCAT.servesDataset, ds))
    for cls in classes:
        n = len(set(g.subjects(RDF.type, cls)))
        part = URIRef(base + "dataset#class-" + site_rdf_compact(cls).replace(":", "-"))
        add((ds, VOID.classPartition, part))
        add((part, VOID["class"], cls))
        add((part, VOID.entities, Literal(n)))
    # one subset per named graph, with the licence of its source
    for graph in store.graphs():
        add((ds, VOID.subset, graph))
        add((graph, RDF.type, VOID.Dataset))
        add((graph, VOID.triples, Literal(store.count(graph))))
        title = g.value(graph, DCTERMS.title)
        if title is not None:
            add((graph, DCTERMS.title, title))
        source = next((s for s in g.subjects(DKG.namedGraph, graph)), None)
        if source is not None:
            add((graph, DCTERMS.source, source))
            for p in (DCTERMS.license, DCTERMS.title, DCTERMS.publisher):
                for v in g.objects(source, p):
                    add((graph if p == DCTERMS.license else source, p, v))
        elif graph == ONTOLOGY_GRAPH:
            add((graph, DCTERMS.license, URIRef("https://creativecommons.org/licenses/by/4.0/")))
        elif graph != METADATA_GRAPH:
            add((graph, DCTERMS.description, Literal("Facts curated by the dataset maintainers, each citing a web page.", lang="en")))
    for d in dumps:
        url = URIRef(base + d["path"])
        dist = URIRef(base + d["path"] + "#distribution")
        media = d["media_type"]
        add((ds, VOID.dataDump, url))
        add((ds, DCAT.distribution, dist))
        add((dist, RDF.type, DCAT.Distribution))
        add((dist, DCAT.downloadURL, url))
        add((dist, DCAT.mediaType, URIRef(IANA + media)))
        add((dist, DCTERMS["format"], Literal(media)))
        if d["compressed"]:
            add((dist, DCAT.compressFormat, URIRef(IANA + "application/gzip")))
        add((dist, DCAT.byteSize, Literal(d["size"])))   # the store keeps derived integer types as xsd:integer
        checksum = URIRef(base + d["path"] + "#sha256")
        add((dist, SPDX.checksum, checksum))
        add((checksum, RDF.type, SPDX.Checksum))
        add((checksum, SPDX.algorithm, SPDX.checksumAlgorithm_sha256))
        add((checksum, SPDX.checksumValue, Literal(d["sha256"], datatype=XSD.hexBinary)))
    add((ds, RDFS.seeAlso, URIRef(base + "context.jsonld")))
    return t


def _local(iri) -> str:
    text = str(iri)
    return text.rsplit("#", 1)[-1] if "#" in text else text.rstrip("/").rsplit("/", 1)[-1]

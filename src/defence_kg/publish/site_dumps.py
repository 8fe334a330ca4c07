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

from defence_kg.core.namespaces import DKG, METADATA_GRAPH, ONTOLOGY_GRAPH
from defence_kg.core.store import Store
from defence_kg.publish.site_conneg import ENTITY_FORMATS  # noqa: F401 (re-exported)
from defence_kg.publish.site_rdf import _compact as site_rdf_compact

SPDX = Namespace("http://spdx.org/rdf/terms#")

#: the licence of our own data: ontology, vocabularies, shapes, curated registry, generated metadata
OWN_LICENCE = URIRef("https://creativecommons.org/licenses/by/4.0/")
OWN_LICENCE_NAME = "CC BY 4.0"
#: SPDX identifiers a source's licence text may start with, and the licence they name
SPDX_LICENCES = {
    "CC0-1.0": "https://creativecommons.org/publicdomain/zero/1.0/",
    "CC-BY-4.0": "https://creativecommons.org/licenses/by/4.0/",
    "CC-BY-SA-4.0": "https://creativecommons.org/licenses/by-sa/4.0/",
    "BSD-2-Clause": "https://spdx.org/licenses/BSD-2-Clause.html",
    "MIT": "https://spdx.org/licenses/MIT.html",
}


def source_licence(text: str | None) -> URIRef | None:
    """The licence a source's licence text names by a leading SPDX identifier (the first one of
    an ``A OR B`` choice), or None when the text is a copyright statement."""
    first = (text or "").strip().split(" ", 1)[0].strip("(),;")
    return URIRef(SPDX_LICENCES[first]) if first in SPDX_LICENCES else None


IANA = "https://www.iana.org/assignments/media-types/"


DUMP_FORMATS = [
    ("dataset.trig.gz", "trig", "application/trig"),
    ("dataset.nq.gz", "nquads", "application/n-quads"),
    ("dataset.ttl.gz", "turtle", "text/turtle"),
    ("dataset.jsonld.gz", "jsonld", "application/ld+json"),
]


def gzip_bytes(data: bytes) -> bytes:
    """Deterministic gzip: no file name and mtime 0 in the header."""
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(data)
    return buf.getvalue()


def write_dump(folder: Path, name: str, data: bytes, media_type: str, *, compress: bool = True) -> dict:
    body = gzip_bytes(data) if compress else data
    (folder / name).write_bytes(body)
    return {
        "path": f"dumps/{name}",
        "media_type": media_type,
        "size": len(body),
        "sha256": hashlib.sha256(body).hexdigest(),
        "compressed": compress,
    }


def write_dumps(store: Store, folder: Path, jsonld: bytes) -> tuple[list[dict], list[str]]:
    """The dataset in four RDF syntaxes, plus GEXF and GraphML when the exporter is installed."""
    folder.mkdir(parents=True, exist_ok=True)
    dumps, notes = [], []
    for name, fmt, media in DUMP_FORMATS:
        data = jsonld if fmt == "jsonld" else store.serialize(fmt, union=(fmt == "turtle"))
        dumps.append(write_dump(folder, name, data, media))
    notes.append(
        "dataset.ttl and dataset.jsonld hold the union of all named graphs; "
        "TriG and N-Quads keep the graphs (one per source)."
    )
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
    """GEXF and GraphML bytes from defence_kg.exports (written separately) if installed, else None."""
    import importlib

    try:
        export = importlib.import_module("defence_kg.exports")
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
    store = model.store
    base = base_url.rstrip("/") + "/"
    ds = URIRef(base + "dataset")
    t: list = []
    add = t.append
    add((ds, RDF.type, VOID.Dataset))
    add((ds, RDF.type, DCAT.Dataset))
    add((ds, DCTERMS.title, Literal("defence-kg: institutions, laboratories and their defence links", lang="en")))
    add(
        (
            ds,
            DCTERMS.description,
            Literal(
                "A knowledge graph of institutions, laboratories, agreements and events with their defence links; "
                "every fact is a statement citing its source, quote and asserting party.",
                lang="en",
            ),
        )
    )
    add((ds, FOAF.homepage, URIRef(base + "index.html")))
    add((ds, DCTERMS.license, OWN_LICENCE))
    add(
        (
            ds,
            DCTERMS.rights,
            Literal(
                f"Our own data (ontology, vocabularies, shapes, curated registry, generated metadata) is {OWN_LICENCE_NAME}. "
                "Each source graph keeps its source's licence, given on that subset.",
                lang="en",
            ),
        )
    )
    add((ds, VOID.uriSpace, Literal(base + "id/")))
    add((ds, VOID.triples, Literal(len(store.union_triples()))))
    add((ds, VOID.entities, Literal(len(model.entities))))
    classes = model.class_counts()
    subjects, properties = model.distinct_counts()
    add((ds, VOID.classes, Literal(len(classes))))
    add((ds, VOID.distinctSubjects, Literal(subjects)))
    add((ds, VOID.properties, Literal(properties)))
    for vocab in (
        DKG,
        "http://www.w3.org/2004/02/skos/core#",
        "http://www.w3.org/ns/prov#",
        "http://www.w3.org/ns/org#",
        "https://schema.org/",
    ):
        add((ds, VOID.vocabulary, URIRef(str(vocab))))
    examples = sorted(model.entities, key=lambda e: (model.value(e, DKG.riskDesignation) is None, str(e)))[:3]
    for e in examples:
        add((ds, VOID.exampleResource, e))
    if sparql_endpoint:
        add((ds, VOID.sparqlEndpoint, URIRef(sparql_endpoint)))
        svc = URIRef(base + "dataset#sparql")
        add((svc, RDF.type, DCAT.DataService))
        add((svc, DCAT.endpointURL, URIRef(sparql_endpoint)))
        add((svc, DCAT.servesDataset, ds))
    for cls, n in classes.items():
        part = URIRef(base + "dataset#class-" + site_rdf_compact(cls).replace(":", "-"))
        add((ds, VOID.classPartition, part))
        add((part, VOID["class"], cls))
        add((part, VOID.entities, Literal(n)))
    # one subset per named graph, with the licence of its source
    for graph in store.graphs():
        add((ds, VOID.subset, graph))
        add((graph, RDF.type, VOID.Dataset))
        add((graph, VOID.triples, Literal(store.count(graph))))
        title = model.value(graph, DCTERMS.title)
        if title is not None:
            add((graph, DCTERMS.title, title))
        source = next(iter(model.subjects(DKG.namedGraph, graph)), None)
        if source is not None:
            add((graph, DCTERMS.source, source))
            for p in (DCTERMS.title, DCTERMS.publisher):
                for v in model.objects(source, p):
                    add((source, p, v))
            text = model.value(source, DCTERMS.license)
            add((graph, DCTERMS.rights, Literal(str(text)) if text is not None else Literal("not stated")))
            licence = source_licence(str(text) if text is not None else None)
            if licence is None:  # a copyright statement: a licence document described by its text
                licence = URIRef(base + "dataset#licence-" + _local(source))
                add((licence, RDF.type, DCTERMS.LicenseDocument))
                add((licence, RDFS.label, Literal(str(text) if text is not None else "not stated")))
            add((graph, DCTERMS.license, licence))
        else:
            add((graph, DCTERMS.license, OWN_LICENCE))
            if graph not in (METADATA_GRAPH, ONTOLOGY_GRAPH):
                add(
                    (
                        graph,
                        DCTERMS.description,
                        Literal("Facts curated by the dataset maintainers, each citing a web page.", lang="en"),
                    )
                )
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
        add((dist, DCAT.byteSize, Literal(d["size"])))  # the store keeps derived integer types as xsd:integer
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

"""publishing: deterministic RDF files for the site — Turtle, N-Triples, RDF/XML through the
store, and JSON-LD written here against a frozen local context (never a remote one).
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

from defence_kg.core.namespaces import GRAPH, PREFIXES, SCHEMA
from defence_kg.core.sparql import compact
from defence_kg.core.store import Store

#: schema.org terms given short names in the context (what search engines read).
SCHEMA_TERMS = ("name", "alternateName", "url", "sameAs", "parentOrganization", "organizer", "memberOf", "startDate")
_ALIASES = {str(SCHEMA) + term: term for term in SCHEMA_TERMS}
_ID_VALUED = {"sameAs", "parentOrganization", "organizer", "memberOf"}


def context() -> dict:
    """The frozen JSON-LD context shipped as ``context.jsonld`` and inlined in every document."""
    ctx: dict = dict(sorted(PREFIXES.items()))
    for term in SCHEMA_TERMS:
        ctx[term] = {"@id": f"schema:{term}", "@type": "@id"} if term in _ID_VALUED else f"schema:{term}"
    return ctx


def _compact(iri: str) -> str:
    """An IRI as a JSON-LD compact IRI under the context's prefixes, or the IRI itself."""
    return compact(iri, angle=False)


def _value(node, alias: str | None):
    if isinstance(node, URIRef):
        return _compact(str(node)) if alias in _ID_VALUED else {"@id": _compact(str(node))}
    if isinstance(node, BNode):
        return {"@id": f"_:{node}"}
    assert isinstance(node, Literal)
    out = {"@value": str(node)}
    if node.language:
        out["@language"] = node.language
    elif node.datatype is not None and node.datatype != XSD.string:
        out["@type"] = _compact(str(node.datatype))
    return out


def to_jsonld(triples: Iterable) -> dict:
    """Triples as a flattened JSON-LD document, sorted so the text is deterministic."""
    nodes: dict[str, dict[str, list]] = {}
    for s, p, o in triples:
        node = nodes.setdefault(_compact(str(s)) if isinstance(s, URIRef) else f"_:{s}", {})
        if str(p) == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type" and isinstance(o, URIRef):
            node.setdefault("@type", []).append(_compact(str(o)))
            continue
        alias = _ALIASES.get(str(p))
        if alias in _ID_VALUED and not isinstance(o, URIRef):
            alias = None  # a literal sameAs etc. must stay an expanded key
        key = alias or _compact(str(p))
        node.setdefault(key, []).append(_value(o, alias))
    graph = []
    for node_id in sorted(nodes):
        props = nodes[node_id]
        item: dict = {"@id": node_id}
        for key in sorted(props):
            item[key] = sorted(props[key], key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
        graph.append(item)
    return {"@context": context(), "@graph": graph}


def jsonld_text(triples: Iterable) -> str:
    return json.dumps(to_jsonld(triples), ensure_ascii=False, indent=1) + "\n"


def serialize(triples: Iterable, fmt: str) -> bytes:
    """Triples as Turtle, N-Triples or RDF/XML, sorted by the store (byte-identical per input)."""
    store = Store()
    store.add(GRAPH["site"], list(triples))
    return store.serialize(fmt, graph=GRAPH["site"])

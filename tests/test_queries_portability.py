"""Portability workarounds in stored queries that must not go stale.

organisations-connected-within-hops lists the link properties and the organisation kinds in VALUES
blocks instead of following rdfs:subPropertyOf+ / rdfs:subClassOf* (Virtuoso 7 answered those
wrongly inside its joins). These tests keep each list equal to what the ontology says."""

from __future__ import annotations

import re

from rdflib import URIRef

from defence_kg.core import sparql
from defence_kg.core.namespaces import PREFIXES
from defence_kg.core.store import Store
from helpers import ROOT

HOPS = ROOT / "queries" / "organisations-connected-within-hops.rq"
ONTOLOGY_GRAPH = URIRef("urn:test:ontology")


def _ontology() -> Store:
    store = Store()
    store.load_file(ROOT / "ontology" / "defence-kg.ttl", ONTOLOGY_GRAPH)
    return store


def _values_blocks(text: str, stem: str) -> list[set[URIRef]]:
    """The IRIs of every ``VALUES ?<stem><n> { ... }`` block of the query (comments ignored)."""
    code = " ".join(tok for kind, tok, _ in sparql.tokens(text) if kind != "comment")
    blocks = []
    for m in re.finditer(r"VALUES \?" + stem + r"\d \{ (.*?) \}", code):
        terms = set()
        for name in m.group(1).split():
            prefix, _, local = name.partition(":")
            assert prefix in PREFIXES, f"unknown prefix in {name}"
            terms.add(URIRef(PREFIXES[prefix] + local))
        blocks.append(terms)
    return blocks


def _column(store: Store, sparql: str) -> set[URIRef]:
    _, rows = store.query(sparql)
    return {row[0] for row in rows}


def test_link_properties_listed_in_the_hops_query_are_the_ontologys():
    ontology = _column(
        _ontology(),
        """
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX org: <http://www.w3.org/ns/org#>
        PREFIX dkg: <https://w3id.org/defence-kg/ontology#>
        SELECT DISTINCT ?p WHERE {
          ?p a dkg:FactProperty ; rdfs:subPropertyOf+ ?top .
          VALUES ?top { org:linkedTo org:unitOf org:subOrganizationOf }
        }""",
    )
    blocks = _values_blocks(HOPS.read_text(encoding="utf-8"), "via")
    assert ontology, "the ontology has no link properties: the query would find nothing"
    assert len(blocks) == 6, "one list per step (1 + 2 + 3 steps)"
    for listed in blocks:
        assert listed == ontology, (
            f"missing: {sorted(ontology - listed)}; not link properties: {sorted(listed - ontology)}"
        )


def test_organisation_kinds_listed_in_the_hops_query_are_the_ontologys():
    ontology = _column(
        _ontology(),
        """
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX dkg: <https://w3id.org/defence-kg/ontology#>
        SELECT DISTINCT ?c WHERE { ?c rdfs:subClassOf* dkg:Organisation }""",
    )
    blocks = _values_blocks(HOPS.read_text(encoding="utf-8"), "kind")
    assert len(ontology) > 1, "the ontology has no kinds of organisation"
    assert len(blocks) == 6, "one list per step (1 + 2 + 3 steps)"
    for listed in blocks:
        assert listed == ontology, (
            f"missing: {sorted(ontology - listed)}; not organisation kinds: {sorted(listed - ontology)}"
        )


def test_hops_query_follows_no_transitive_ontology_paths():
    code = " ".join(tok for kind, tok, _ in sparql.tokens(HOPS.read_text(encoding="utf-8")) if kind != "comment")
    assert "rdfs:subPropertyOf" not in code and "rdfs:subClassOf" not in code

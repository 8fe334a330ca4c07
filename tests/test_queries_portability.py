"""Portability workarounds in stored queries that must not go stale.

organisations-connected-within-hops lists the link properties and the organisation kinds in VALUES
blocks instead of following rdfs:subPropertyOf+ / rdfs:subClassOf* (Virtuoso 7 answered those
wrongly inside its joins); facts-without-evidence-violation has one block per fact property
instead of the predicate as a variable (Virtuoso 7 gave no answer in 600 s at ten million quads).
These tests keep each list equal to what the ontology says."""

from __future__ import annotations

import re

from rdflib import URIRef

from defence_kg.core import sparql
from defence_kg.core.namespaces import PREFIXES
from defence_kg.core.store import Store
from helpers import ROOT

HOPS = ROOT / "queries" / "organisations-connected-within-hops.rq"
EVIDENCE = ROOT / "queries" / "facts-without-evidence-violation.rq"
ONTOLOGY_GRAPH = URIRef("urn:test:ontology")


def _ontology() -> Store:
    store = Store()
    store.load_file(ROOT / "ontology" / "defence-kg.ttl", ONTOLOGY_GRAPH)
    return store


def _code(text: str) -> str:
    """The query's tokens, one space apart, without its comments."""
    return " ".join(tok for kind, tok, _ in sparql.tokens(text) if kind != "comment")


def _values_blocks(text: str, stem: str) -> list[set[URIRef]]:
    """The IRIs of every ``VALUES ?<stem><n> { ... }`` block of the query (comments ignored)."""
    code = _code(text)
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
    code = _code(HOPS.read_text(encoding="utf-8"))
    assert "rdfs:subPropertyOf" not in code and "rdfs:subClassOf" not in code


#: one block of the evidence check: the edge, the property bound, its statement's source and basis
_EVIDENCE_BLOCK = re.compile(
    r"\{ \?subject dkg:(\w+) \?value \. BIND \( dkg:(\w+) AS \?property \)"
    r" OPTIONAL \{ [^}]*rdf:predicate dkg:(\w+) ;[^}]* prov:wasDerivedFrom \?source \}"
    r" OPTIONAL \{ [^}]*rdf:predicate dkg:(\w+) ;[^}]* dkg:basis \?basis \} \}"
)


def test_fact_properties_listed_in_the_evidence_check_are_the_ontologys():
    ontology = _column(
        _ontology(),
        "PREFIX dkg: <https://w3id.org/defence-kg/ontology#> SELECT ?p WHERE { ?p a dkg:FactProperty }",
    )
    code = _code(EVIDENCE.read_text(encoding="utf-8"))
    blocks = _EVIDENCE_BLOCK.findall(code)
    assert [b for b in blocks if len(set(b)) != 1] == [], "a block names two properties"
    assert code.count(" UNION ") == len(blocks) - 1, "a block is not in the evidence check's form"
    listed = [URIRef(PREFIXES["dkg"] + b[0]) for b in blocks]
    assert len(listed) == len(set(listed)), "a property has two blocks"
    assert set(listed) == ontology, (
        f"missing: {sorted(ontology - set(listed))}; not fact properties: {sorted(set(listed) - ontology)}"
    )

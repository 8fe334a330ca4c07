"""Provenance per fact, not per entity (issue 11): every statement the build makes for a curated
fact cites exactly the records its curated file declares for that fact (a ``dkg:evidence`` group),
no others; a fact no record supports is the curators' own assertion with no record; a curators'
inference (a name they rendered, a kind or parent read from a name) is implied and explained.

The declarations are read here from the raw curated files with their own query, independently of
the loader (defence_kg.loading.curation) that turns them into statements."""

from __future__ import annotations

from collections import defaultdict

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, SKOS

from defence_kg import api
from defence_kg.core.errors import InputError
from defence_kg.core.namespaces import DKG, GRAPH, ID, vocab
from helpers import ROOT

CURATED = sorted((ROOT / "data" / "curated").glob("*.ttl"))
CQU, TRACKER, ROR = (
    ID["chongqing-university"],
    URIRef("https://unitracker.aspi.org.au/universities/chongqing-university/"),
    URIRef("https://ror.org/023rhb549"),
)
IMPLIED, STATED = vocab("certainty", "implied"), vocab("certainty", "stated")

DECLARED = """
PREFIX dkg: <https://w3id.org/defence-kg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?entity ?p ?o ?record ?basis ?note WHERE {
  ?entity dkg:evidence ?group .
  ?group ?p ?o .
  FILTER (?p NOT IN (prov:wasDerivedFrom, dkg:basis, skos:editorialNote))
  OPTIONAL { ?group prov:wasDerivedFrom ?record }
  OPTIONAL { ?group dkg:basis ?basis ; skos:editorialNote ?note }
}
"""


def declarations(path) -> tuple[dict, dict]:
    """(fact -> records declared for it, fact -> (basis, note) of its inference) of one file."""
    graph = Graph().parse(path)
    records, inferences = defaultdict(set), {}
    for entity, p, o, record, basis, note in graph.query(DECLARED):
        if record is not None:
            records[entity, p, o].add(record)
        if basis is not None:
            inferences[entity, p, o] = (basis, note)
    return records, inferences


def statements(store, graph: URIRef) -> dict[tuple, dict]:
    """The curated graph's statements by fact: records cited, basis, certainty, note."""
    by_fact: dict[tuple, dict] = {}
    triples = list(store.triples(graph))
    st_of = defaultdict(dict)
    for s, p, o in triples:
        st_of[s].setdefault(p, set()).add(o)
    for props in st_of.values():
        if DKG.Statement not in props.get(RDF.type, ()):
            continue
        (s,), (p,), (o,) = props[RDF.subject], props[RDF.predicate], props[RDF.object]
        assert (s, p, o) not in by_fact, f"two statements of one curated fact: {s} {p} {o}"
        by_fact[s, p, o] = {
            "records": props.get(PROV.wasDerivedFrom, set()),
            "basis": next(iter(props.get(DKG.basis, {None}))),
            "certainty": next(iter(props[DKG.certainty])),
            "note": props.get(SKOS.editorialNote, set()),
        }
    return by_fact


@pytest.mark.parametrize("path", CURATED, ids=[p.name for p in CURATED])
def test_every_curated_statement_cites_only_the_records_declared_for_its_fact(built, path):
    records, inferences = declarations(path)
    found = statements(built.store, GRAPH[f"curated/{path.stem}"])
    assert found, f"{path.name}: no statements"
    for fact, st in found.items():
        declared = records.get(fact, set())
        assert st["records"] == declared, f"{path.name}: {fact} cites {st['records']}, declared {declared}"
        if declared:
            assert (st["basis"], st["certainty"]) == (None, STATED), fact
        elif fact in inferences:
            basis, note = inferences[fact]
            assert (st["basis"], st["certainty"], st["note"]) == (basis, IMPLIED, {note}), fact
        else:  # the curators' own assertion: no record, and it says so
            assert (st["basis"], st["certainty"]) == (vocab("basis", "curator-assertion"), STATED), fact
    # every declared fact has its statement
    assert set(records) | set(inferences) <= set(found), f"{path.name}: declared facts without a statement"


def test_the_records_issue_11_found_misattributed(built):
    """The ROR id comes from ror.org alone, "civilian" from no record, and neither the Chinese name
    nor "Chongqing Univ." from the tracker page (which contains neither)."""
    found = statements(built.store, GRAPH["curated/entities"])
    assert found[CQU, DKG.rorId, Literal("023rhb549")]["records"] == {ROR}
    assert found[CQU, OWL.sameAs, ROR]["records"] == {ROR}
    assert found[CQU, RDF.type, DKG.CivilianUniversity]["records"] == set()
    for name in (Literal("重庆大学", lang="zh-Hans"), Literal("Chongqing Univ.", lang="en")):
        predicate = SKOS.prefLabel if name.language.lower() == "zh-hans" else SKOS.altLabel
        assert TRACKER not in found[CQU, predicate, name]["records"], name
    assert found[CQU, DKG.abbreviation, Literal("CQU")]["records"] == {TRACKER}


def test_curators_renderings_and_readings_are_implied_with_a_note(built):
    """Every Chinese name the curators rendered, every laboratory kind and "unit of" read from a
    name: certainty implied, with the basis and a note saying so."""
    found = {}
    for path in CURATED:
        found.update(statements(built.store, GRAPH[f"curated/{path.stem}"]))
    inferred = {
        fact: st
        for fact, st in found.items()
        if st["basis"] in (vocab("basis", "rendered-name"), vocab("basis", "read-from-name"))
    }
    lab = ID["defense-key-disciplines-lab-of-novel-micro-nano-devices-and-system-technology"]
    assert (lab, DKG.laboratoryKind, vocab("lab-kind", "national-defence-key-discipline-laboratory")) in inferred
    assert (ID["chongqing-university-party-committee"], DKG.unitOf, CQU) in inferred
    assert any(p == SKOS.prefLabel and (o.language or "").lower() == "zh-hans" for _, p, o in inferred)
    for fact, st in inferred.items():
        assert st["certainty"] == IMPLIED and st["note"] and not st["records"], fact


def test_no_evidence_group_nor_entity_wide_record_is_published(built):
    """The groups are input only, and no record is attached to an entity as a whole (a reader
    would pair it with every fact of the entity)."""
    for path in CURATED:
        for s, p, o in built.store.triples(GRAPH[f"curated/{path.stem}"]):
            assert not isinstance(s, BNode) and not isinstance(o, BNode), (s, p, o)
            assert p not in (DKG.evidence, DCTERMS.source), (s, p, o)


CURATED_HEADER = """@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix dkg: <https://w3id.org/defence-kg/ontology#> .
@prefix id: <https://w3id.org/defence-kg/id/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
"""


@pytest.mark.parametrize(
    "entry, message",
    [
        (  # one record for every fact of the entity, as before issue 11
            'id:birch-agency a dkg:GovernmentAgency ; skos:prefLabel "Birch Agency"@en ; '
            "dcterms:source <https://example.org/birch> .",
            "cites a record for all its facts at once",
        ),
        (  # evidence for a name the entity does not have
            'id:birch-agency a dkg:GovernmentAgency ; skos:prefLabel "Birch Agency"@en ; '
            'dkg:evidence [ prov:wasDerivedFrom <https://example.org/birch> ; skos:altLabel "Birch Office"@en ] .',
            "evidence for a fact the entity does not state",
        ),
        (  # an inference without its note
            'id:birch-agency a dkg:GovernmentAgency ; skos:prefLabel "Birch Agency"@en , "白桦局"@zh-Hans ; '
            'dkg:evidence [ dkg:basis <https://w3id.org/defence-kg/vocab/basis/rendered-name> ; skos:prefLabel "白桦局"@zh-Hans ] .',
            "malformed evidence group",
        ),
    ],
)
def test_badly_declared_evidence_is_refused(project_copy, entry, message):
    (project_copy.curated / "birch.ttl").write_text(CURATED_HEADER + entry + "\n", encoding="utf-8")
    with pytest.raises(InputError) as raised:
        api.build(project_copy)
    assert message in str(raised.value) and "birch.ttl" in str(raised.value)

"""The evidence an edge of the network view carries, from its statements and their sources: the
strongest statement's quote and certainty, its first source with the first title and publisher
any of its sources has, every source's URL, and how many statements back the fact. A fixture of
our own writing (names invented) with a fact backed twice, a statement drawn from two sources,
a source without a URL and one without a title."""

from __future__ import annotations

import pytest

from defence_kg.core.store import Store
from defence_kg.exports import to_networkx

ID = "https://w3id.org/defence-kg/id/"
# the prefixes of every fixture below (of our own writing, names invented)
PREFIXES = """
@prefix dkg: <https://w3id.org/defence-kg/ontology#> .
@prefix id: <https://w3id.org/defence-kg/id/> .
@prefix cert: <https://w3id.org/defence-kg/vocab/certainty/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix schema: <https://schema.org/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix prec: <https://w3id.org/defence-kg/vocab/date-precision/> .
"""
TRIG = (
    PREFIXES
    + """

<https://w3id.org/defence-kg/graph/test/evidence> {
  id:doc-a schema:url "https://example.org/a"^^xsd:anyURI ; dcterms:publisher id:press .
  id:doc-b schema:url "https://example.org/b"^^xsd:anyURI ; dcterms:title "Second notes"@en .
  id:doc-c dcterms:title "Third notes"@en .
  id:press skos:prefLabel "Quay Press"@en , "码头出版社"@zh-Hans .

  id:lark-university a dkg:CivilianUniversity ; skos:prefLabel "Lark University"@en ;
    dkg:hasExchangesWith id:wren-institute ; dkg:collaboratesWith id:wren-institute .
  id:wren-institute a dkg:ResearchInstitute ; skos:prefLabel "Wren Institute"@en .

  id:st-2 a dkg:Statement ; rdf:subject id:lark-university ; rdf:predicate dkg:hasExchangesWith ;
    rdf:object id:wren-institute ; dkg:certainty cert:implied ; dkg:quote "Lark may talk to Wren."@en ;
    prov:wasDerivedFrom id:doc-c .
  id:st-9 a dkg:Statement ; rdf:subject id:lark-university ; rdf:predicate dkg:hasExchangesWith ;
    rdf:object id:wren-institute ; dkg:certainty cert:stated ; dkg:quote "Lark has exchanges with Wren."@en ;
    dkg:assertedBy id:curator ; prov:wasDerivedFrom id:doc-b , id:doc-a .
  id:st-5 a dkg:Statement ; rdf:subject id:lark-university ; rdf:predicate dkg:collaboratesWith ;
    rdf:object id:wren-institute ; dkg:certainty cert:stated ; prov:wasDerivedFrom id:doc-c .
}
"""
)


@pytest.fixture(scope="module")
def edges() -> dict:
    store = Store()
    store.load_bytes(TRIG.encode(), "trig", where="evidence fixture")
    graph = to_networkx(store)
    return {k: d for _, _, k, d in graph.edges(keys=True, data=True)}


def test_the_strongest_statement_speaks_and_every_source_is_listed(edges):
    ex = edges["hasExchangesWith"]
    assert ex["statement"] == ID + "st-9" and ex["certainty"] == "stated" and ex["evidence_count"] == 2
    assert ex["quote"] == "Lark has exchanges with Wren." and ex["asserted_by"] == ID + "curator"
    # the first source (doc-a) has no title: the next one's is given; its publisher's English name
    assert ex["source_document"] == ID + "doc-a"
    assert ex["source_title"] == "Second notes" and ex["source_publisher"] == "Quay Press"
    # every statement's sources: a URL where the source has one, else the source itself
    assert ex["source_url"] == f"https://example.org/a https://example.org/b {ID}doc-c"


def test_a_source_without_url_or_publisher_gives_what_it_has(edges):
    co = edges["collaboratesWith"]
    assert co["source_url"] == ID + "doc-c" and co["source_document"] == ID + "doc-c"
    assert co["source_title"] == "Third notes" and "source_publisher" not in co and "quote" not in co
    assert co["evidence_count"] == 1


DATED = (
    PREFIXES
    + """

<https://w3id.org/defence-kg/graph/test/dated> {
  id:lark-university a dkg:CivilianUniversity ; skos:prefLabel "Lark University"@en ;
    dkg:trainsPersonnelFor id:wren-navy ; dkg:formerlySupervisedBy id:wren-navy .
  id:wren-navy a dkg:ResearchInstitute ; skos:prefLabel "Wren Navy"@en .
  id:y2015 a dkg:TemporalValue ; dkg:when "2015"^^xsd:gYear ; dkg:precision prec:year ; dkg:verbatim "In 2015"@en .
  id:y2004 a dkg:TemporalValue ; dkg:when "2004"^^xsd:gYear ; dkg:precision prec:year ; dkg:verbatim "2004"@en .
  id:y2012 a dkg:TemporalValue ; dkg:when "2012"^^xsd:gYear ; dkg:precision prec:year ; dkg:verbatim "2012"@en .
  id:st-t a dkg:Statement ; rdf:subject id:lark-university ; rdf:predicate dkg:trainsPersonnelFor ;
    rdf:object id:wren-navy ; dkg:certainty cert:stated ; dkg:pointInTime id:y2015 ;
    dkg:quote "In 2015, Lark trained officers for the Wren Navy."@en .
  # the same former tie twice, undated (its IRI sorts first) and dated
  id:st-a a dkg:Statement ; rdf:subject id:lark-university ; rdf:predicate dkg:formerlySupervisedBy ;
    rdf:object id:wren-navy ; dkg:certainty cert:stated ; dkg:quote "Lark was formerly run by the Wren Navy."@en .
  id:st-b a dkg:Statement ; rdf:subject id:lark-university ; rdf:predicate dkg:formerlySupervisedBy ;
    rdf:object id:wren-navy ; dkg:certainty cert:stated ; dkg:startDate id:y2004 ; dkg:endDate id:y2012 ;
    dkg:quote "The Wren Navy ran Lark from 2004 to 2012."@en .
}
"""
)


def test_a_tie_dated_by_a_year_is_on_the_timeline_for_that_year_only_and_a_dated_statement_speaks():
    store = Store()
    store.load_bytes(DATED.encode(), "trig", where="dated fixture")
    graph = to_networkx(store)
    by_kind = {k: d for _, _, k, d in graph.edges(keys=True, data=True)}
    trained = by_kind["trainsPersonnelFor"]
    assert (trained["start"], trained["end"]) == ("2015-01-01", "2015-12-31")
    former = by_kind["formerlySupervisedBy"]
    assert former["statement"] == ID + "st-b" and former["evidence_count"] == 2
    assert (former["start"], former["end"]) == ("2004-01-01", "2012-12-31")


STAKES = (
    PREFIXES
    + """

<https://w3id.org/defence-kg/graph/test/stakes> {
  id:lark-university a dkg:CivilianUniversity ; skos:prefLabel "Lark University"@en ;
    dkg:shareholderOf id:wren-optics , id:wren-sonar .
  id:wren-optics a dkg:Company ; skos:prefLabel "Wren Optics Co., Ltd."@en .
  id:wren-sonar a dkg:Company ; skos:prefLabel "Wren Sonar Co., Ltd."@en .
  id:st-optics a dkg:Statement ; rdf:subject id:lark-university ; rdf:predicate dkg:shareholderOf ;
    rdf:object id:wren-optics ; dkg:certainty cert:stated ; dkg:stakePercent "35.5"^^xsd:decimal ;
    dkg:quote "Lark holds a 35.5% stake in Wren Optics."@en .
  id:st-sonar a dkg:Statement ; rdf:subject id:lark-university ; rdf:predicate dkg:shareholderOf ;
    rdf:object id:wren-sonar ; dkg:certainty cert:stated ; dkg:quote "Lark holds shares in Wren Sonar."@en .
}
"""
)


def test_a_shareholders_edge_carries_the_stake_its_statement_gives():
    """Fifty-ninth session: the stake a statement gives (``dkg:stakePercent``) was shown in the
    exports only through its quote; it is the edge's ``stake_percent`` now, and absent where the
    source gives none."""
    store = Store()
    store.load_bytes(STAKES.encode(), "trig", where="stakes fixture")
    graph = to_networkx(store)
    stakes = {v: d.get("stake_percent") for _, v, k, d in graph.edges(keys=True, data=True) if k == "shareholderOf"}
    assert stakes == {ID + "wren-optics": 35.5, ID + "wren-sonar": None}

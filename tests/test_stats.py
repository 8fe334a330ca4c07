"""`defence-kg stats` over the built dataset (src/defence_kg/analysis/stats.py)."""

from __future__ import annotations

from defence_kg.analysis.stats import stats
from defence_kg.exports.policy import EDGE_POLICY


def test_stats_count_kinds_risk_and_sources(built):
    result = stats(built.store, top=3)
    assert result.by_kind["CivilianUniversity"] >= 1
    assert result.by_risk_level == {"medium": 1}  # a person reads "medium", not "risk/medium"
    assert result.by_source["graph:source/aspi-tracker"] >= 1
    assert len(result.most_linked) == 3
    links = [row.links for row in result.most_linked]
    assert links == sorted(links, reverse=True)


def test_most_linked_counts_only_edges_of_the_edge_policy(built):
    top = stats(built.store, top=1).most_linked[0]
    _, rows = built.store.query(
        f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {{ <{top.iri}> ?p ?x }} UNION {{ ?x ?p <{top.iri}> }} "
        "FILTER(STRSTARTS(STR(?p), 'https://w3id.org/defence-kg/ontology#')) "
        f"FILTER(STRAFTER(STR(?p), '#') IN ({', '.join(repr(r.path[0]) for r in EDGE_POLICY if len(r.path) == 1)})) }}"
    )
    assert top.links == int(rows[0][0]) > 0

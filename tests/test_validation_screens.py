"""The fast SHACL engine's screen of a SPARQL target: its query without its anti-joins.

A screen may only widen what the target selects (when it finds nothing, the engine skips the
target), so only FILTER NOT EXISTS groups of the WHERE group itself are dropped; equality with
pySHACL on whole shapes is tests/test_fast_validation.py's.
"""

from __future__ import annotations

from defence_kg.core.store import Store
from defence_kg.validation.engine import _minus, _without_anti_joins

DATA = """
<urn:a> <urn:p> <urn:x> .  <urn:b> <urn:p> <urn:y> .  <urn:x> <urn:q> <urn:z> .
<urn:a> <urn:r> "1" .
"""


def _selected(query: str) -> set[str]:
    store = Store()
    store.load_bytes(DATA.encode(), "turtle", where="test data")
    return {row[0] for row in store.rows(query)}


def test_the_screen_drops_the_top_level_anti_joins_and_selects_at_least_the_same():
    target = """
        # candidates
        SELECT DISTINCT ?this WHERE {
            ?this <urn:p> ?o .
            FILTER NOT EXISTS { ?o <urn:q> ?z }
        }"""
    screen = _without_anti_joins(target)
    assert screen is not None and "NOT EXISTS" not in screen and "<urn:p>" in screen
    assert _selected(_minus(target)) == {"urn:b"}
    assert _selected(screen) == {"urn:a", "urn:b"}


def test_a_one_lookup_test_stays_in_the_screen():
    # every variable bound outside: an index lookup per row, never made MINUS nor dropped
    target = "SELECT ?this WHERE { ?this <urn:p> ?o . FILTER NOT EXISTS { ?this <urn:p> ?o } }"
    assert _without_anti_joins(target) is None


def test_no_screen_for_nested_anti_joins_or_other_queries():
    nested = """SELECT ?this WHERE { ?this <urn:p> ?o .
        FILTER NOT EXISTS { ?o <urn:q> ?z . { ?z <urn:q> ?w FILTER NOT EXISTS { ?w <urn:q> ?v } } } }"""
    assert _without_anti_joins(nested) is None  # dropping the inner one would narrow the outer filter
    assert _without_anti_joins("SELECT ?this WHERE { ?this <urn:p> ?o OPTIONAL { ?o <urn:q> ?z } }") is None
    grouped = "SELECT ?this WHERE { ?this <urn:p> ?o . FILTER NOT EXISTS { ?o <urn:q> ?z } } GROUP BY ?this"
    assert _without_anti_joins(grouped) is None
    assert _without_anti_joins("SELECT ?s WHERE { ?s <urn:p> ?o . FILTER NOT EXISTS { ?o <urn:q> ?z } }") is None

"""analysis: counts over the built dataset — organisations by kind (most specific class), risk
level and tracker category, statements by source graph, and the organisations with the most
defence links (the edges of the edge policy, either direction).
"""

from __future__ import annotations

from dataclasses import dataclass

from defence_kg.core.sparql import compact, prefix_header
from defence_kg.exports.policy import plain_edge_predicates

_HEADER = prefix_header(("dkg", "skos", "rdfs"))
_BREAKDOWNS = {
    "by_kind": """SELECT ?key (COUNT(DISTINCT ?o) AS ?n) WHERE {
        ?o a ?key . ?key rdfs:subClassOf* dkg:Organisation .
        FILTER NOT EXISTS { ?o a ?sub . ?sub rdfs:subClassOf+ ?key . FILTER(?sub != ?key) }
    } GROUP BY ?key""",
    "by_risk_level": "SELECT ?key (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o dkg:riskLevel ?key . ?o a ?c . "
    "?c rdfs:subClassOf* dkg:Organisation } GROUP BY ?key",
    "by_category": "SELECT ?key (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o dkg:category ?key } GROUP BY ?key",
    "by_source": "SELECT ?key (COUNT(DISTINCT ?st) AS ?n) WHERE { GRAPH ?key { ?st a dkg:Statement } } GROUP BY ?key",
}
_LINKS = """SELECT ?o (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?x) AS ?n) WHERE {
    VALUES ?p { %s }
    { ?o ?p ?x } UNION { ?x ?p ?o }
    ?o a/rdfs:subClassOf* dkg:Organisation .
    ?o skos:prefLabel ?l . FILTER(lang(?l) = "en")
} GROUP BY ?o ORDER BY DESC(?n) ?o LIMIT %d"""


@dataclass(frozen=True)
class Linked:
    iri: str
    label: str
    links: int


@dataclass(frozen=True)
class Stats:
    """Counts by kind, risk level, category and source (most first), and the most-linked organisations."""

    by_kind: dict[str, int]
    by_risk_level: dict[str, int]
    by_category: dict[str, int]
    by_source: dict[str, int]
    most_linked: tuple[Linked, ...]


def _name(term) -> str:
    """A key as a person reads it: a concept or class by its local name ("medium", not "risk/medium")."""
    text = str(term)
    return text.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1] if "/vocab/" in text or "#" in text else compact(text)


def stats(store, top: int = 10) -> Stats:
    """Counts over a built dataset.

    >>> from defence_kg import build
    >>> s = stats(build().store, top=3)
    >>> s.by_risk_level, len(s.most_linked)
    ({'medium': 1}, 3)
    """
    counts = {}
    for name, query in _BREAKDOWNS.items():
        _, rows = store.query(_HEADER + query)
        counts[name] = dict(sorted(((_name(k), int(n)) for k, n in rows), key=lambda kv: (-kv[1], kv[0])))
    predicates = " ".join(f"<{p}>" for p in plain_edge_predicates())
    _, rows = store.query(_HEADER + _LINKS % (predicates, max(top, 0)))
    return Stats(
        **counts, most_linked=tuple(Linked(iri=str(o), label=str(label), links=int(n)) for o, label, n in rows)
    )

"""stats: `defence-kg stats` - counts over the built dataset.

Counts organisations by kind (most specific class), risk level, tracker category and source
graph, and lists the organisations with the most defence links (supervision, subsidiaries,
hosted laboratories, agreements, exchanges, memberships, list inclusions).
"""
from __future__ import annotations

import argparse
import json

from defence_kg.core.errors import EXIT_OK

PREFIXES = """PREFIX dkg: <https://w3id.org/defence-kg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
QUERIES = {
    "kind": """SELECT ?key (COUNT(DISTINCT ?o) AS ?n) WHERE {
        ?o a ?key . ?key rdfs:subClassOf* dkg:Organisation .
        FILTER NOT EXISTS { ?o a ?sub . ?sub rdfs:subClassOf+ ?key . FILTER(?sub != ?key) }
    } GROUP BY ?key""",
    "risk level": "SELECT ?key (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o dkg:riskLevel ?key . ?o a ?c . "
                  "?c rdfs:subClassOf* dkg:Organisation } GROUP BY ?key",
    "category": "SELECT ?key (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o dkg:category ?key } GROUP BY ?key",
    "source": "SELECT ?key (COUNT(DISTINCT ?st) AS ?n) WHERE { GRAPH ?key { ?st a dkg:Statement } } GROUP BY ?key",
}
LINKS = """SELECT ?o (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?x) AS ?n) WHERE {
    { ?o dkg:supervisedBy|dkg:subordinateTo|dkg:jointlySupervisedBy|dkg:hasExchangesWith|dkg:collaboratesWith|dkg:memberOf|dkg:listedOn ?x }
    UNION { ?x dkg:hostedBy|dkg:subsidiaryOf|dkg:unitOf|dkg:supervisedBy ?o }
    UNION { ?x dkg:party ?o }
    ?o skos:prefLabel ?l . FILTER(lang(?l) = "en")
} GROUP BY ?o ORDER BY DESC(?n) ?o LIMIT %d"""


def register(commands, publish_targets) -> None:
    s = commands.add_parser("stats", help="counts by kind, risk level, category and source; most-linked organisations")
    s.add_argument("--top", type=int, default=10, help="how many most-linked organisations to list")
    s.add_argument("--format", choices=["text", "json"], default="text")
    s.set_defaults(func=cmd_stats)


def short(term) -> str:
    text = str(term)
    for sep in ("#", "/graph/", "/vocab/"):
        if sep in text:
            return text.split(sep, 1)[1]
    return text


def compute(store, top: int = 10) -> dict:
    out = {}
    for name, query in QUERIES.items():
        _, rows = store.query(PREFIXES + query)
        out[name] = dict(sorted(((short(k), int(n)) for k, n in rows), key=lambda kv: (-kv[1], kv[0])))
    _, rows = store.query(PREFIXES + LINKS % max(top, 0))
    out["most defence links"] = [{"iri": str(o), "label": str(l), "links": int(n)} for o, l, n in rows]
    return out


def cmd_stats(args: argparse.Namespace, project) -> int:
    from defence_kg.dataset import build as dataset

    result = compute(dataset.read(project.out), args.top)
    if args.format == "json":
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return EXIT_OK
    for name in QUERIES:
        print(f"by {name}:")
        for key, n in result[name].items():
            print(f"  {n:>7}  {key}")
    print("most defence links:")
    for row in result["most defence links"]:
        print(f"  {row['links']:>7}  {row['label']} <{row['iri']}>")
    return EXIT_OK

"""publishing: the data of the network explorer — every node and edge of the networkx view (the
same graph `export` and `trace` use, defence_kg.exports.networkx), with the evidence of each edge
and positions computed at publish time, so the page draws at once.

The page (templates/network.html, assets/network.js) draws it with Cytoscape.js (vendored at
publish time, see site_vendor); paths between two organisations are found in the browser the way
`trace` finds them (simple paths over the undirected view, shortest first), hop by hop with the
evidence of every fact between the two nodes.
"""

from __future__ import annotations

import json

from rdflib import URIRef

from defence_kg.exports import networkx as gx
from defence_kg.publish.site_explore import Explorer, local
from defence_kg.publish.site_model import slug_of

#: edge attributes passed to the page (networkx view name -> page key)
EDGE_FIELDS = {
    "certainty": "certainty",
    "quote": "quote",
    "source_url": "url",
    "source_title": "title",
    "date": "date",
    "start_date": "start",
    "end_date": "end",
    "evidence_count": "count",
}


def graph_data(explorer: Explorer) -> dict:
    """Nodes (with filter values and positions) and edges (with sentence and evidence)."""
    store, m = explorer.m.store, explorer.m
    graph = gx.to_networkx(store)
    positions = gx.layout(graph)
    degree = dict(gx.undirected(graph).degree())
    nodes = []
    for name in sorted(graph.nodes):
        attrs, iri = graph.nodes[name], URIRef(name)
        slug = slug_of(iri)
        profile = explorer.by_slug.get(slug)
        x, y = positions[name]
        node = {
            "id": slug,
            "label": attrs.get("label", slug),
            "zh": attrs.get("label_zh", ""),
            "kind": m.label(m.kind(m.entities[iri])) if iri in m.entities else attrs.get("kind", ""),
            "group": attrs.get("group", ""),
            "risk": profile.risk if profile else "none",
            "page": iri in m.entities,
            "x": x,
            "y": y,
            "degree": degree.get(name, 0),
        }
        if profile:
            node.update(
                risk_label=profile.risk_label,
                assessed=profile.assessed,
                category=[r.slug for r in profile.categories],
                agency=[r.slug for r in profile.supervisors],
                province=profile.provinces,
                aliases=profile.aliases,
                pinyin=profile.pinyin,
            )
        nodes.append(node)
    edges = []
    for i, (u, v, key, attrs) in enumerate(sorted(graph.edges(keys=True, data=True), key=lambda e: e[:3])):
        edge = {
            "id": f"e{i}",
            "source": slug_of(u),
            "target": slug_of(v),
            "kind": str(key),
            "relation": attrs.get("label", str(key)),
            "sentence": gx.sentence(graph, u, v, key),
            "statement": slug_of(attrs["statement"]) if "statement" in attrs else "",
        }
        edge.update({short: attrs[name] for name, short in EDGE_FIELDS.items() if name in attrs})
        if "certainty" in edge:
            edge["certainty"] = local(edge["certainty"])
        edges.append(edge)
    return {"nodes": nodes, "edges": edges}


#: what the drawing needs at once; the rest of an edge (sentence, evidence) loads just after
EDGE_CORE = ("id", "source", "target", "kind", "relation", "certainty")


def graph_scripts(data: dict) -> tuple[str, str]:
    """Two scripts (they load from file:// too, unlike fetch): ``window.DKG_GRAPH`` with the nodes
    and what the drawing needs of each edge, so the page is interactive sooner, and
    ``window.DKG_EVIDENCE`` with each edge's sentence and evidence, in the same order."""
    core = {"nodes": data["nodes"], "edges": [{k: e[k] for k in EDGE_CORE if k in e} for e in data["edges"]]}
    evidence = [{k: v for k, v in e.items() if k not in EDGE_CORE} for e in data["edges"]]
    return _script("DKG_GRAPH", core), _script("DKG_EVIDENCE", evidence)


def _script(name: str, value) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return f"window.{name} = " + text.replace("</", "<\\/") + ";\n"

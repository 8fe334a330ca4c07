"""export: GEXF 1.3 for Gephi, written directly (networkx's writer emits 1.2draft by default,
a wrong XSI namespace for 1.3, and a wall-clock ``lastmodifieddate``).

Typed attributes (integers as ``long``, floats as ``double``, booleans as ``boolean``); dates are
the ``start``/``end`` of nodes and edges (``timeformat="date"``, ``mode="dynamic"`` when any
date exists) so Gephi's timeline works, and are repeated as ISO strings in ``date`` attributes
(networkx's GEXF reader has no ``date`` attribute type). Every edge has its own id and a
GEXF 1.3 ``kind`` (the edge's key in the networkx view: the relation kind, or ``agreement:<IRI>``
when agreements are folded), so no two edges share source, target and kind and Gephi 0.9+ keeps
them apart instead of merging them and summing weights. Node colours come from risk level, else kind.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from defence_kg.exports._files import XML_TYPES, attribute_types, colour, xml_value

NS = "http://gexf.net/1.3"
NS_VIZ = "http://gexf.net/1.3/viz"
NS_XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"
#: Node/edge data written as XML attributes of the element, not as attvalues.
INTRINSIC = {"label", "start", "end"}


def _attributes(parent, cls: str, types: dict[str, str]) -> dict[str, str]:
    el = ET.SubElement(parent, "attributes", {"class": cls, "mode": "static"})
    ids = {}
    for i, (name, t) in enumerate(types.items()):
        ids[name] = f"{cls[0]}a{i}"
        ET.SubElement(el, "attribute", {"id": ids[name], "title": name, "type": XML_TYPES[t]})
    return ids


def _attvalues(parent, data: dict, ids: dict[str, str]) -> None:
    values = [(ids[k], xml_value(v)) for k, v in data.items() if k in ids]
    if values:
        el = ET.SubElement(parent, "attvalues")
        for key, value in values:
            ET.SubElement(el, "attvalue", {"for": key, "value": value})


def to_bytes(graph) -> bytes:
    nodes = list(graph.nodes(data=True))
    edges = list(graph.edges(keys=True, data=True))
    dated = any("start" in d or "end" in d for _, d in nodes) or any("start" in d or "end" in d for *_, d in edges)
    root = ET.Element(
        "gexf",
        {
            "xmlns": NS,
            "xmlns:viz": NS_VIZ,
            "xmlns:xsi": NS_XSI,
            "xsi:schemaLocation": SCHEMA_LOCATION,
            "version": "1.3",
        },
    )
    meta = ET.SubElement(root, "meta")
    ET.SubElement(meta, "creator").text = "defence-kg"
    ET.SubElement(meta, "description").text = (
        "Organisations, laboratories, agreements and events with their defence links; every edge "
        f"cites its evidence (agreements as {graph.graph.get('agreements', 'node')}s)."
    )
    g_attrs = {"defaultedgetype": "directed", "idtype": "string", "mode": "dynamic" if dated else "static"}
    if dated:
        g_attrs["timeformat"] = "date"
    g = ET.SubElement(root, "graph", g_attrs)
    node_ids = _attributes(g, "node", attribute_types((d for _, d in nodes), skip=INTRINSIC))
    edge_ids = _attributes(g, "edge", attribute_types((d for *_, d in edges), skip=INTRINSIC))
    nodes_el = ET.SubElement(g, "nodes")
    for n, d in nodes:
        attrs = {"id": n, "label": str(d.get("label", n))}
        for name in ("start", "end"):
            if name in d:
                attrs[name] = d[name]
        el = ET.SubElement(nodes_el, "node", attrs)
        _attvalues(el, d, node_ids)
        r, gr, b = colour(d)
        ET.SubElement(el, "viz:color", {"r": str(r), "g": str(gr), "b": str(b), "a": "1.0"})
    edges_el = ET.SubElement(g, "edges")
    for i, (u, v, k, d) in enumerate(edges):
        attrs = {
            "id": f"e{i}",
            "source": u,
            "target": v,
            "kind": str(k),
            "label": str(d.get("label", k)),
            "weight": "1.0",
        }
        for name in ("start", "end"):
            if name in d:
                attrs[name] = d[name]
        el = ET.SubElement(edges_el, "edge", attrs)
        _attvalues(el, d, edge_ids)
    ET.indent(root, space="  ")
    # serialising to text and encoding once is much faster than ElementTree's byte writer (which
    # encodes each small piece); the bytes are the same (RDF text holds no lone surrogates)
    return b"<?xml version='1.0' encoding='utf-8'?>\n" + ET.tostring(root, encoding="unicode").encode("utf-8") + b"\n"

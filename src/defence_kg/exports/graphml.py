"""export: GraphML with typed keys (yEd, Cytoscape, igraph, networkx), written directly.

Keys are declared per attribute with ``attr.type`` boolean, long, double or string; each edge has
its own id and a ``kind`` key, so parallel edges of different kinds survive. GraphML has no date
type: dates are ISO strings (``date``, ``start``, ``end``).

Node ids: the published schema types ``node/@id`` (and ``edge/@source``/``@target``) as
``xs:NMTOKEN``, which an IRI's ``/`` breaks, so a node's id is its slug (the IRI's last path
segment, e.g. ``chongqing-university``) when that is a valid NMTOKEN and unique, else ``n<i>``;
the full IRI is always in the ``iri`` key.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from defence_kg.exports._files import XML_TYPES, attribute_types, xml_value

NS = "http://graphml.graphdrawing.org/xmlns"
NS_XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
#: xs:NMTOKEN: one or more XML name characters (letters, digits, '.', '-', '_', ':', combining marks).
NMTOKEN = re.compile(r"^[\w.:\-\u00b7\u0300-\u036f\u203f\u2040]+$")


def node_ids(nodes) -> dict[str, str]:
    """IRI -> GraphML node id (the slug where it is a unique NMTOKEN, else ``n<i>``)."""
    slugs = [str(n).rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1] for n in nodes]
    taken: set[str] = set()
    ids = {}
    for i, (n, slug) in enumerate(zip(nodes, slugs)):
        if not NMTOKEN.match(slug) or slug in taken or (slug.startswith("n") and slug[1:].isdigit()):
            slug = f"n{i}"
        taken.add(slug)
        ids[n] = slug
    return ids


def to_bytes(graph) -> bytes:
    nodes = [(n, {"iri": str(n), **d}) for n, d in graph.nodes(data=True)]
    short = node_ids([n for n, _ in nodes])
    edges = list(graph.edges(keys=True, data=True))
    root = ET.Element("graphml", {"xmlns": NS, "xmlns:xsi": NS_XSI, "xsi:schemaLocation": SCHEMA_LOCATION})
    ids: dict[tuple[str, str], str] = {}
    for cls, items in (("node", (d for _, d in nodes)), ("edge", (d for *_, d in edges))):
        for name, t in attribute_types(items).items():
            key = f"{cls[0]}_{name}"
            ids[(cls, name)] = key
            ET.SubElement(root, "key", {"id": key, "for": cls, "attr.name": name, "attr.type": XML_TYPES[t]})
    g = ET.SubElement(root, "graph", {"id": "defence-kg", "edgedefault": "directed"})
    for n, d in nodes:
        el = ET.SubElement(g, "node", {"id": short[n]})
        for name, value in d.items():
            ET.SubElement(el, "data", {"key": ids[("node", name)]}).text = xml_value(value)
    for i, (u, v, _k, d) in enumerate(edges):
        el = ET.SubElement(g, "edge", {"id": f"e{i}", "source": short[u], "target": short[v]})
        for name, value in d.items():
            ET.SubElement(el, "data", {"key": ids[("edge", name)]}).text = xml_value(value)
    ET.indent(root, space="  ")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"

"""export: GraphML with typed keys (yEd, Cytoscape, igraph, networkx), written directly.

Keys are declared per attribute with ``attr.type`` boolean, long, double or string; node ids are
IRIs; each edge has its own id and a ``kind`` key, so parallel edges of different kinds survive.
GraphML has no date type: dates are ISO strings (``date``, ``start``, ``end``).
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from defence_kg.export._files import attribute_types, write_bytes

NS = "http://graphml.graphdrawing.org/xmlns"
NS_XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
GRAPHML_TYPES = {"bool": "boolean", "int": "long", "float": "double", "str": "string"}


def _value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def to_bytes(graph) -> bytes:
    nodes = list(graph.nodes(data=True))
    edges = list(graph.edges(keys=True, data=True))
    root = ET.Element("graphml", {"xmlns": NS, "xmlns:xsi": NS_XSI,
                                  "xsi:schemaLocation": SCHEMA_LOCATION})
    ids: dict[tuple[str, str], str] = {}
    for cls, items in (("node", (d for _, d in nodes)), ("edge", (d for *_, d in edges))):
        for name, t in attribute_types(items).items():
            key = f"{cls[0]}_{name}"
            ids[(cls, name)] = key
            ET.SubElement(root, "key", {"id": key, "for": cls, "attr.name": name,
                                        "attr.type": GRAPHML_TYPES[t]})
    g = ET.SubElement(root, "graph", {"id": "defence-kg", "edgedefault": "directed"})
    for n, d in nodes:
        el = ET.SubElement(g, "node", {"id": n})
        for name, value in d.items():
            ET.SubElement(el, "data", {"key": ids[("node", name)]}).text = _value(value)
    for i, (u, v, k, d) in enumerate(edges):
        el = ET.SubElement(g, "edge", {"id": f"e{i}", "source": u, "target": v})
        for name, value in d.items():
            ET.SubElement(el, "data", {"key": ids[("edge", name)]}).text = _value(value)
    ET.indent(root, space="  ")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def write(graph, path: Path | None) -> None:
    write_bytes(to_bytes(graph), path)

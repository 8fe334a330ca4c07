"""export: GEXF 1.3 for Gephi, written directly (networkx's writer emits 1.2draft by default,
a wrong XSI namespace for 1.3, and a wall-clock ``lastmodifieddate``).

Typed attributes (integers as ``long``, floats as ``double``, booleans as ``boolean``); dates are
the ``start``/``end`` of nodes and edges (``timeformat="date"``, ``mode="dynamic"`` when any
date exists) so Gephi's timeline works, and are repeated as ISO strings in ``date`` attributes
(networkx's GEXF reader has no ``date`` attribute type). Every edge has its own id and a
GEXF 1.3 ``kind`` (the edge's key in the networkx view: the relation kind, or ``agreement:<IRI>``
when agreements are folded), so no two edges share source, target and kind and Gephi 0.9+ keeps
them apart instead of merging them and summing weights. Node colours come from risk level, else kind.

The XML is written as text, line by line, in the layout ElementTree gives when indented by two
spaces (the same bytes as this module wrote with ElementTree before): building and serialising
an element tree took three quarters of a million-quad export's writing time.
"""

from __future__ import annotations

from defence_kg.exports._files import XML_TYPES, attribute_types, colour, xml_value

NS = "http://gexf.net/1.3"
NS_VIZ = "http://gexf.net/1.3/viz"
NS_XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"
#: Node/edge data written as XML attributes of the element, not as attvalues.
INTRINSIC = {"label", "start", "end"}


def to_bytes(graph) -> bytes:
    nodes = list(graph.nodes(data=True))
    edges = list(graph.edges(keys=True, data=True))
    dated = any("start" in d or "end" in d for _, d in nodes) or any("start" in d or "end" in d for *_, d in edges)
    description = (
        "Organisations, laboratories, agreements and events with their defence links; every edge "
        f"cites its evidence (agreements as {graph.graph.get('agreements', 'node')}s)."
    )
    g_attrs = {"defaultedgetype": "directed", "idtype": "string", "mode": "dynamic" if dated else "static"}
    if dated:
        g_attrs["timeformat"] = "date"
    out = [
        "<?xml version='1.0' encoding='utf-8'?>\n",
        f'<gexf xmlns="{NS}" xmlns:viz="{NS_VIZ}" xmlns:xsi="{NS_XSI}" xsi:schemaLocation="{SCHEMA_LOCATION}" '
        'version="1.3">\n',
        "  <meta>\n    <creator>defence-kg</creator>\n",
        f"    <description>{_text(description)}</description>\n  </meta>\n",
        f"  <graph{_attrs(g_attrs)}>\n",
    ]
    node_ids = _attvalue_starts(_attributes(out, "node", attribute_types((d for _, d in nodes), skip=INTRINSIC)))
    edge_ids = _attvalue_starts(_attributes(out, "edge", attribute_types((d for *_, d in edges), skip=INTRINSIC)))
    escaped = _Escaped()
    out.append("    <nodes>\n" if nodes else "    <nodes />\n")
    for n, d in nodes:
        out.append(f'      <node id="{escaped[n]}" label="{escaped[str(d.get("label", n))]}"{_times(d, escaped)}>\n')
        _attvalues(out, _attvalue_lines(d, node_ids, escaped))
        r, gr, b = colour(d)
        out.append(f'        <viz:color r="{r}" g="{gr}" b="{b}" a="1.0" />\n      </node>\n')
    if nodes:
        out.append("    </nodes>\n")
    out.append("    <edges>\n" if edges else "    <edges />\n")
    for i, (u, v, k, d) in enumerate(edges):
        head = (
            f'      <edge id="e{i}" source="{escaped[u]}" target="{escaped[v]}" kind="{escaped[str(k)]}" '
            f'label="{escaped[str(d.get("label", k))]}" weight="1.0"{_times(d, escaped)}'
        )
        lines = _attvalue_lines(d, edge_ids, escaped)
        if lines:
            out.append(head + ">\n")
            _attvalues(out, lines)
            out.append("      </edge>\n")
        else:  # no children: an empty element
            out.append(head + " />\n")
    if edges:
        out.append("    </edges>\n")
    out.append("  </graph>\n</gexf>\n")
    return "".join(out).encode("utf-8")


def _attributes(out: list[str], cls: str, types: dict[str, str]) -> dict[str, str]:
    """Declare the attributes of a class of elements; their ids by name."""
    ids = {name: f"{cls[0]}a{i}" for i, name in enumerate(types)}
    if not types:
        out.append(f'    <attributes class="{cls}" mode="static" />\n')
        return ids
    out.append(f'    <attributes class="{cls}" mode="static">\n')
    for name, t in types.items():
        out.append(f'      <attribute id="{ids[name]}" title="{_escape(name)}" type="{XML_TYPES[t]}" />\n')
    out.append("    </attributes>\n")
    return ids


def _attvalue_lines(data: dict, starts: dict[str, str], escaped: _Escaped) -> list[str]:
    """The attvalue lines of an element's declared attributes (``starts``: each one's line up to
    its value, see ``_attvalue_starts``)."""
    return [
        starts[k] + escaped[v if type(v) is str else xml_value(v)] + '" />\n' for k, v in data.items() if k in starts
    ]


def _attvalues(out: list[str], lines: list[str]) -> None:
    """An element's attvalues, at its children's depth (nothing when it has none)."""
    if lines:
        out.append("        <attvalues>\n")
        out.extend(lines)
        out.append("        </attvalues>\n")


def _times(data: dict, escaped: _Escaped) -> str:
    """The ``start`` and ``end`` XML attributes of an element, from its data."""
    text = f' start="{escaped[data["start"]]}"' if "start" in data else ""
    return text + f' end="{escaped[data["end"]]}"' if "end" in data else text


def _attvalue_starts(ids: dict[str, str]) -> dict[str, str]:
    """Each declared attribute's attvalue line up to its value, by name."""
    return {name: f'          <attvalue for="{key}" value="' for name, key in ids.items()}


def _attrs(attrs: dict[str, str]) -> str:
    return "".join(f' {name}="{_escape(value)}"' for name, value in attrs.items())


#: What ElementTree escapes in an attribute value, "&" first (line breaks and tabs as references,
#: so that they survive the reader's normalisation).
_ATTRIBUTE_ESCAPES = (
    ("&", "&amp;"),
    ("<", "&lt;"),
    (">", "&gt;"),
    ('"', "&quot;"),
    ("\r", "&#13;"),
    ("\n", "&#10;"),
    ("\t", "&#09;"),
)


class _Escaped(dict):
    """Attribute values escaped, each escaped once (``escaped[value]``): most values of a large
    export recur (kinds, labels, sources, node IRIs as edge ends)."""

    def __missing__(self, text: str) -> str:
        self[text] = value = _escape(text)
        return value


def _escape(text: str) -> str:
    """An attribute value escaped as ElementTree escapes it."""
    for raw, reference in _ATTRIBUTE_ESCAPES:
        if raw in text:  # most values hold none: a test is cheaper than a copy
            text = text.replace(raw, reference)
    return text


def _text(text: str) -> str:
    """Character data escaped as ElementTree escapes it."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

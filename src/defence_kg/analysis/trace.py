"""analysis: how two organisations are connected (``trace``) and network measures (``analyse``).

Everything runs on the networkx view of the dataset (defence_kg.export.networkx, with agreements
and events kept as nodes), over its undirected simple view: a path may follow a relation either
way, and each hop is explained in the relation's own direction with its date and evidence.
Absence of a path is reported as "no connection recorded", never as "not connected".

Python API: ``trace``, ``centrality``, ``ego_network``, ``components`` take a built dataset
(a defence_kg.core.store.Store) or a graph from ``defence_kg.export.to_networkx``.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from defence_kg.core.errors import EXIT_OK, InputError
from defence_kg.export import networkx as gx
from defence_kg.core.namespaces import ID
from defence_kg.load.registry import Registry, normalise

ROUND = 6
EVIDENCE_FIELDS = ("date", "date_precision", "start_date", "end_date", "certainty", "source_url",
                   "source_document", "source_title", "quote", "statement", "via")


class Network:
    """The graph of a dataset and the names its nodes go by."""

    def __init__(self, data, *, agreements: str = "node") -> None:
        if hasattr(data, "query"):
            self.graph = gx.to_networkx(data, agreements=agreements)
            self.registry: Registry | None = Registry(data.triples())
        else:
            self.graph, self.registry = data, None

    def node(self, iri: str) -> dict:
        d = self.graph.nodes[iri]
        return {"id": iri, "label": d.get("label", iri), "kind": d.get("kind", "")}

    def label(self, iri: str) -> str:
        return self.graph.nodes[iri].get("label", iri)

    def resolve(self, name: str) -> str:
        """A node id from an IRI, id slug, label, alias, abbreviation or Chinese name."""
        name = name.strip()
        if name in self.graph:
            return name
        if " " not in name and str(ID) + name in self.graph:
            return str(ID) + name
        found: dict[str, set[str]] = {}
        if self.registry is not None:
            for c in self.registry.candidates(name):
                found.setdefault(str(c.iri), set()).add(f"{c.how} '{c.matched}'")
        wanted = normalise(name)
        for n, d in self.graph.nodes(data=True):
            for attr in ("label", "label_zh", "abbreviation"):
                value = d.get(attr)
                if isinstance(value, str) and (normalise(value) == wanted if attr != "abbreviation"
                                               else value == name):
                    found.setdefault(n, set()).add(f"{attr} '{value}'")
        in_graph = {n: how for n, how in found.items() if n in self.graph}
        if len(in_graph) == 1:
            return next(iter(in_graph))
        if not in_graph:
            raise InputError(f"no organisation named '{name}' in the graph",
                             why="no IRI, label, alias, abbreviation or Chinese name matches"
                                 + (" a node (it names something that is not an organisation, "
                                    "laboratory, agreement or event)" if found else ""),
                             fix="give the IRI, or a name as `defence-kg resolve NAME` shows it")
        lines = [f"{n} ({self.label(n)}; matched {', '.join(sorted(how))})" for n, how in sorted(in_graph.items())]
        raise InputError(f"'{name}' is ambiguous: {len(in_graph)} candidates",
                         why="\n    " + "\n    ".join(lines), fix="give one of these IRIs instead")


def _network(data, agreements: str = "node") -> Network:
    return data if isinstance(data, Network) else Network(data, agreements=agreements)


def _hop(net: Network, a: str, b: str) -> dict:
    """Every recorded edge between two consecutive nodes of a path, as explained facts."""
    g = net.graph
    edges = []
    for u, v in ((a, b), (b, a)):
        if not g.has_edge(u, v):
            continue
        for key, d in sorted(g[u][v].items(), key=lambda kv: str(kv[0])):
            entry = {"subject": u, "object": v, "kind": d.get("kind", str(key)),
                     "sentence": gx.sentence(g, u, v, key)}
            entry.update({f: d[f] for f in EVIDENCE_FIELDS if f in d})
            edges.append(entry)
    return {"from": a, "to": b, "edges": edges}


def _path(net: Network, nodes: list[str]) -> dict:
    return {"hops": len(nodes) - 1, "nodes": [net.node(n) for n in nodes],
            "steps": [_hop(net, a, b) for a, b in zip(nodes, nodes[1:])]}


def trace(data, a: str, b: str, *, via: str | None = None, max_hops: int = 4, limit: int = 10) -> dict:
    """The shortest and other simple paths (at most ``max_hops`` edges, at most ``limit`` paths)
    between two organisations named by IRI, label, alias, abbreviation or Chinese name."""
    if max_hops < 1:
        raise InputError(f"--max-hops must be at least 1, not {max_hops}", fix="give a positive number")
    net = _network(data)
    src, dst = net.resolve(a), net.resolve(b)
    mid = net.resolve(via) if via else None
    if src == dst:
        raise InputError("both ends of the trace are the same node", where=src, fix="name two organisations")
    if mid is None:
        paths = gx.simple_paths(net.graph, src, dst, max_hops, limit)
    else:
        if mid in (src, dst):
            raise InputError("--via names an end of the trace", where=mid, fix="name a third organisation")
        first = gx.simple_paths(net.graph, src, mid, max_hops - 1, 10 * limit)
        second = gx.simple_paths(net.graph, mid, dst, max_hops - 1, 10 * limit)
        paths = [p + q[1:] for p in first for q in second
                 if len(p) + len(q) - 2 <= max_hops and not set(p[:-1]) & set(q[1:])]
        paths = sorted(paths, key=lambda p: (len(p), [net.label(n) for n in p]))[:limit]
    result = {"from": net.node(src), "to": net.node(dst), "via": net.node(mid) if mid else None,
              "max_hops": max_hops, "paths": [_path(net, p) for p in paths]}
    if not paths:
        through = f" through {net.label(mid)}" if mid else ""
        result["message"] = (f"no connection recorded between {net.label(src)} and {net.label(dst)}"
                             f"{through} within {max_hops} hop{'s' if max_hops > 1 else ''}")
    return result


def _evidence_text(e: dict) -> str:
    parts = []
    if "date" in e:
        parts.append(e["date"] + (f" ({e['date_precision']})" if "date_precision" in e else ""))
    for name in ("start_date", "end_date"):
        if name in e:
            parts.append(f"{name.split('_')[0]} {e[name]}")
    parts.append(e.get("certainty", "certainty not recorded"))
    if e.get("source_url"):
        title = e.get("source_title")
        parts.append(f"source: {title} <{e['source_url']}>" if title else f"source: {e['source_url']}")
    else:
        parts.append("source not recorded")
    if e.get("quote"):
        parts.append(f"\"{e['quote']}\"")
    return "; ".join(parts)


def render_text(result: dict, *, markdown: bool = False) -> str:
    a, b = result["from"]["label"], result["to"]["label"]
    if not result["paths"]:
        return result["message"] + "\n"
    via = f" via {result['via']['label']}" if result["via"] else ""
    n = len(result["paths"])
    head = f"{a} to {b}{via}: {n} path{'s' if n > 1 else ''} within {result['max_hops']} hop{'s' if result['max_hops'] > 1 else ''}"
    lines = [f"## {head}" if markdown else head, ""]
    for i, path in enumerate(result["paths"], 1):
        names = " — ".join(x["label"] for x in path["nodes"])
        title = f"Path {i} ({path['hops']} hop{'s' if path['hops'] > 1 else ''}): {names}"
        lines += [f"### {title}" if markdown else title, ""] if markdown else [title]
        for j, step in enumerate(path["steps"], 1):
            for e in step["edges"]:
                text = f"{e['sentence']} ({_evidence_text(e)})"
                lines.append(f"{j}. {text}" if markdown else f"  {j}. {text}")
        lines.append("")
    return "\n".join(lines)


def draw(result: dict, fmt: str) -> bytes:
    """The paths as a picture (svg or png), one row per path, arrows in the facts' direction."""
    import io
    import textwrap

    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    matplotlib.rcParams["svg.hashsalt"] = "defence-kg"
    paths = result["paths"]
    width = max([len(p["nodes"]) for p in paths] + [2])
    fig, ax = plt.subplots(figsize=(3.2 * width, 1.8 * max(len(paths), 1) + 0.6))
    ax.set_axis_off()
    ax.set_xlim(-0.6, width - 0.4)
    ax.set_ylim(-len(paths) - 0.2 if paths else -1.2, 0.6)
    via = f" via {result['via']['label']}" if result["via"] else ""
    ax.set_title(f"{result['from']['label']} to {result['to']['label']}{via}", fontsize=11)
    if not paths:
        ax.text(width / 2 - 0.5, -0.5, result["message"], ha="center", va="center", fontsize=10)
    for row, path in enumerate(paths):
        y = -row - 0.3
        xs = {n["id"]: i for i, n in enumerate(path["nodes"])}
        for i, n in enumerate(path["nodes"]):
            ax.text(i, y, textwrap.fill(n["label"], 26), ha="center", va="center", fontsize=7,
                    bbox={"boxstyle": "round", "fc": "#eef3fb" if n["kind"] not in ("Agreement", "Conference", "Meeting") else "#fdf3d8", "ec": "#4575b4"})
        for step in path["steps"]:
            for k, e in enumerate(step["edges"]):
                x0, x1 = xs[e["subject"]], xs[e["object"]]
                ax.annotate("", xy=(x1 + (-0.3 if x1 > x0 else 0.3), y), xytext=(x0 + (0.3 if x1 > x0 else -0.3), y),
                            arrowprops={"arrowstyle": "->", "color": "#555555"})
                label = e["kind"] + (f" ({e['date']})" if "date" in e else "")
                ax.text((x0 + x1) / 2, y + 0.18 + 0.14 * k, label, ha="center", fontsize=6.5, color="#333333")
    buf = io.BytesIO()
    metadata = {"Date": None} if fmt == "svg" else {"Software": None}
    fig.savefig(buf, format=fmt, metadata=metadata, dpi=150, bbox_inches="tight")
    plt.close(fig)
    return buf.getvalue()


def centrality(data) -> list[dict]:
    """Degree and betweenness centrality of every node (undirected simple view), most central first."""
    net = _network(data)
    rows = [{**net.node(n), "degree": m["degree"],
             "degree_centrality": round(m["degree_centrality"], ROUND),
             "betweenness": round(m["betweenness"], ROUND)}
            for n, m in gx.centrality(net.graph).items()]
    return sorted(rows, key=lambda r: (-r["betweenness"], -r["degree"], r["id"]))


def ego_network(data, org: str, *, radius: int = 1) -> dict:
    """The nodes within ``radius`` hops of an organisation, and the edges among them."""
    net = _network(data)
    centre = net.resolve(org)
    members, edges = gx.ego(net.graph, centre, radius)
    return {"centre": net.node(centre), "radius": radius,
            "nodes": [net.node(n) for n in members],
            "edges": [{"source": u, "target": v, "kind": net.graph.edges[u, v, k].get("kind", str(k)),
                       "sentence": gx.sentence(net.graph, u, v, k)} for u, v, k in edges]}


def components(data) -> list[dict]:
    """Connected components (undirected), largest first."""
    net = _network(data)
    return [{"size": len(c), "members": [net.node(n) for n in c]} for c in gx.components(net.graph)]


def analyse(data, *, ego: str | None = None, radius: int = 1) -> dict:
    net = _network(data)
    out = {"centrality": centrality(net), "components": components(net)}
    if ego:
        out["ego"] = ego_network(net, ego, radius=radius)
    return out


def render_table(result: dict, top: int) -> str:
    lines = [f"{'betweenness':>11}  {'degree':>6}  {'deg.cent.':>9}  {'kind':<20}  label"]
    for r in result["centrality"][:top]:
        lines.append(f"{r['betweenness']:>11.6f}  {r['degree']:>6}  {r['degree_centrality']:>9.6f}  "
                     f"{r['kind']:<20}  {r['label']}")
    rest = len(result["centrality"]) - top
    if rest > 0:
        lines.append(f"... {rest} more (--top N, or --format json for all)")
    comps = result["components"]
    lines += ["", f"{len(comps)} connected components; sizes: "
              + ", ".join(str(c["size"]) for c in comps[:20]) + (" ..." if len(comps) > 20 else "")]
    for i, c in enumerate(comps[:5], 1):
        if c["size"] > 1:
            names = ", ".join(m["label"] for m in c["members"][:8])
            lines.append(f"  {i}. {c['size']} nodes: {names}{' ...' if c['size'] > 8 else ''}")
    if "ego" in result:
        e = result["ego"]
        lines += ["", f"ego network of {e['centre']['label']} (radius {e['radius']}): "
                      f"{len(e['nodes'])} nodes, {len(e['edges'])} edges"]
        lines += [f"  {x['sentence']}" for x in e["edges"]]
    return "\n".join(lines) + "\n"


def _emit(data: bytes, output: str | None) -> None:
    from defence_kg.export._files import write_bytes

    write_bytes(data, None if output in (None, "-") else Path(output))


def cmd_trace(args: argparse.Namespace, project) -> int:
    from defence_kg.dataset import build as dataset

    result = trace(dataset.read(project.out), args.a, args.b, via=args.via,
                   max_hops=args.max_hops, limit=args.limit)
    if args.format in ("svg", "png"):
        if args.format == "png" and args.output in (None, "-") and sys.stdout.isatty():
            raise InputError("refusing to write a PNG to the terminal", fix="give -o FILE.png")
        _emit(draw(result, args.format), args.output)
    elif args.format == "json":
        _emit((json.dumps(result, ensure_ascii=False, indent=1) + "\n").encode(), args.output)
    else:
        _emit(render_text(result, markdown=args.format == "markdown").encode(), args.output)
    return EXIT_OK


def cmd_analyse(args: argparse.Namespace, project) -> int:
    from defence_kg.dataset import build as dataset

    result = analyse(dataset.read(project.out), ego=args.ego, radius=args.radius)
    if args.format == "json":
        text = json.dumps(result, ensure_ascii=False, indent=1) + "\n"
    else:
        text = render_table(result, args.top)
    _emit(text.encode(), args.output)
    return EXIT_OK


def register(commands, publish_targets) -> None:
    t = commands.add_parser("trace", help="explain how two organisations are connected, hop by hop, with evidence")
    t.add_argument("a", help="an organisation: IRI, id slug, label, alias, abbreviation or Chinese name")
    t.add_argument("b", help="another organisation")
    t.add_argument("--via", help="only paths through this third organisation")
    t.add_argument("--max-hops", type=int, default=4, help="longest path, in edges (default 4)")
    t.add_argument("--limit", type=int, default=10, help="at most this many paths (default 10)")
    t.add_argument("--format", choices=["text", "json", "markdown", "svg", "png"], default="text")
    t.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    t.set_defaults(func=cmd_trace)

    a = commands.add_parser("analyse", help="degree and betweenness centrality, components, ego network")
    a.add_argument("--ego", metavar="ORG", help="also show the ego network of this organisation")
    a.add_argument("--radius", type=int, default=1, help="ego network radius in hops (default 1)")
    a.add_argument("--format", choices=["table", "json"], default="table")
    a.add_argument("--top", type=int, default=20, help="rows of the centrality table (default 20)")
    a.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    a.set_defaults(func=cmd_analyse)

"""analysis: how two organisations are connected (``trace``), hop by hop, with evidence.

Paths run over the undirected simple view of the network (a path may follow a relation either
way); each hop is explained in the relation's own direction with its date, evidence and
certainty. Only stated facts are hops unless ``certainty`` admits implied or possible ones, which
keep their certainty. Absence of a path is reported as "no connection recorded", never as "not
connected".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from defence_kg.analysis.network import Network, NodeRef, network
from defence_kg.core.errors import InputError
from defence_kg.core.records import OMIT_NONE
from defence_kg.exports import networkx as gx

#: Edge attributes that are evidence, in the order they are reported.
EVIDENCE_FIELDS = (
    "date",
    "date_precision",
    "start_date",
    "end_date",
    "certainty",
    "source_url",
    "source_document",
    "source_title",
    "source_publisher",
    "quote",
    "statement",
    "via",
)


def _evidence() -> str | None:
    return field(default=None, metadata=OMIT_NONE)


@dataclass(frozen=True)
class HopEdge:
    """One recorded fact between two consecutive nodes of a path, in the fact's own direction."""

    subject: str
    object: str
    kind: str
    sentence: str
    date: str | None = _evidence()
    date_precision: str | None = _evidence()
    start_date: str | None = _evidence()
    end_date: str | None = _evidence()
    certainty: str | None = _evidence()
    source_url: str | None = _evidence()
    source_document: str | None = _evidence()
    source_title: str | None = _evidence()
    source_publisher: str | None = _evidence()
    quote: str | None = _evidence()
    statement: str | None = _evidence()
    via: str | None = _evidence()


@dataclass(frozen=True)
class Step:
    """A hop of a path: from one node to the next, with every fact recorded between them."""

    from_: str = field(metadata={"json": "from"})
    to: str
    edges: tuple[HopEdge, ...]


@dataclass(frozen=True)
class TracePath:
    hops: int
    nodes: tuple[NodeRef, ...]
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class Trace:
    """The paths found between two organisations (``message`` says why there are none)."""

    from_: NodeRef = field(metadata={"json": "from"})
    to: NodeRef
    via: NodeRef | None
    max_hops: int
    paths: tuple[TracePath, ...]
    message: str | None = field(default=None, metadata=OMIT_NONE)
    certainty: str = "stated"
    """The weakest certainty of the facts a path may follow."""


def _hop(net: Network, a: str, b: str) -> Step:
    """Every recorded edge between two consecutive nodes of a path, as explained facts."""
    g = net.graph
    edges = []
    for u, v in ((a, b), (b, a)):
        if not g.has_edge(u, v):
            continue
        for key, d in sorted(g[u][v].items(), key=lambda kv: str(kv[0])):
            evidence = {f: d[f] for f in EVIDENCE_FIELDS if f in d}
            edges.append(
                HopEdge(
                    subject=u, object=v, kind=d.get("kind", str(key)), sentence=gx.sentence(g, u, v, key), **evidence
                )
            )
    return Step(from_=a, to=b, edges=tuple(edges))


def _path(net: Network, nodes: list[str]) -> TracePath:
    return TracePath(
        hops=len(nodes) - 1,
        nodes=tuple(net.node(n) for n in nodes),
        steps=tuple(_hop(net, a, b) for a, b in zip(nodes, nodes[1:])),
    )


def trace(
    data,
    a: str,
    b: str,
    *,
    via: str | None = None,
    max_hops: int = 4,
    limit: int = 10,
    certainty: str = "stated",
) -> Trace:
    """The shortest and other simple paths (at most ``max_hops`` edges, at most ``limit`` paths)
    between two organisations named by IRI, label, alias, abbreviation or Chinese name, over the
    facts of ``certainty`` or firmer ("stated": plain edges only; "implied"; "possible").

    >>> from defence_kg import build
    >>> t = trace(build().store, "Chongqing University", "SASTIND", max_hops=2)
    >>> t.from_.label, [p.hops for p in t.paths]
    ('Chongqing University', [2])
    """
    if max_hops < 1:
        raise InputError(f"--max-hops must be at least 1, not {max_hops}", fix="give a positive number")
    gx.hedged_certainties(certainty)  # an unknown certainty is a usage error before any work
    net = network(data, certainty=certainty)
    src, dst = net.resolve(a), net.resolve(b)
    mid = net.resolve(via) if via else None
    if src == dst:
        raise InputError("both ends of the trace are the same node", where=src, fix="name two organisations")
    paths = _paths(net, src, dst, mid, max_hops, limit)
    message = None
    if not paths:
        through = f" through {net.label(mid)}" if mid else ""
        # a hedged connection may be recorded where no stated one is: say which were looked at
        among = {"stated": " among stated facts", "implied": " among stated and implied facts", "possible": ""}
        message = (
            f"no connection recorded between {net.label(src)} and {net.label(dst)}"
            f"{through} within {max_hops} hop{'s' if max_hops > 1 else ''}{among[certainty]}"
        )
    return Trace(
        from_=net.node(src),
        to=net.node(dst),
        via=net.node(mid) if mid else None,
        max_hops=max_hops,
        paths=tuple(_path(net, p) for p in paths),
        message=message,
        certainty=certainty,
    )


def _paths(net: Network, src: str, dst: str, mid: str | None, max_hops: int, limit: int) -> list[list[str]]:
    if mid is None:
        return gx.simple_paths(net.graph, src, dst, max_hops, limit)
    if mid in (src, dst):
        raise InputError("--via names an end of the trace", where=mid, fix="name a third organisation")
    first = gx.simple_paths(net.graph, src, mid, max_hops - 1, 10 * limit)
    second = gx.simple_paths(net.graph, mid, dst, max_hops - 1, 10 * limit)
    paths = [
        p + q[1:] for p in first for q in second if len(p) + len(q) - 2 <= max_hops and not set(p[:-1]) & set(q[1:])
    ]
    return sorted(paths, key=lambda p: (len(p), [net.label(n) for n in p]))[:limit]


def trace_picture(result: Trace, fmt: str) -> bytes:
    """The paths as a picture (svg or png), one row per path, arrows in the facts' direction;
    matplotlib stays behind this function."""
    import io
    import textwrap

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    matplotlib.rcParams["svg.hashsalt"] = "defence-kg"
    paths = result.paths
    width = max([len(p.nodes) for p in paths] + [2])
    fig, ax = plt.subplots(figsize=(3.2 * width, 1.8 * max(len(paths), 1) + 0.6))
    ax.set_axis_off()
    ax.set_xlim(-0.6, width - 0.4)
    ax.set_ylim(-len(paths) - 0.2 if paths else -1.2, 0.6)
    via = f" via {result.via.label}" if result.via else ""
    ax.set_title(f"{result.from_.label} to {result.to.label}{via}", fontsize=11)
    if not paths:
        ax.text(width / 2 - 0.5, -0.5, result.message or "", ha="center", va="center", fontsize=10)
    for row, path in enumerate(paths):
        y = -row - 0.3
        xs = {n.id: i for i, n in enumerate(path.nodes)}
        for i, n in enumerate(path.nodes):
            ax.text(
                i,
                y,
                textwrap.fill(n.label, 26),
                ha="center",
                va="center",
                fontsize=7,
                bbox={
                    "boxstyle": "round",
                    # (agreements and events of every kind, as the exports group them)
                    "fc": "#fdf3d8" if gx.NODE_CLASSES.get(n.kind, ("",))[0] in gx.NARY_GROUPS else "#eef3fb",
                    "ec": "#4575b4",
                },
            )
        for step in path.steps:
            for k, e in enumerate(step.edges):
                x0, x1 = xs[e.subject], xs[e.object]
                ax.annotate(
                    "",
                    xy=(x1 + (-0.3 if x1 > x0 else 0.3), y),
                    xytext=(x0 + (0.3 if x1 > x0 else -0.3), y),
                    arrowprops={"arrowstyle": "->", "color": "#555555"},
                )
                label = e.kind + (f" ({e.date})" if e.date else "")
                if e.certainty not in (None, "stated"):
                    label += f" [{e.certainty}]"
                ax.text((x0 + x1) / 2, y + 0.18 + 0.14 * k, label, ha="center", fontsize=6.5, color="#333333")
    buf = io.BytesIO()
    metadata = {"Date": None} if fmt == "svg" else {"Software": None}
    fig.savefig(buf, format=fmt, metadata=metadata, dpi=150, bbox_inches="tight")
    plt.close(fig)
    return buf.getvalue()

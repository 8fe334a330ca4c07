"""analysis: network measures (``analyse``) — degree and betweenness centrality, connected
components and ego networks, over the undirected simple view of the network (stated facts, or
down to implied or possible ones with ``certainty``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from defence_kg.analysis.network import NodeRef, network
from defence_kg.analysis.trace import EVIDENCE_FIELDS
from defence_kg.core.records import OMIT_NONE
from defence_kg.exports import networkx as gx

ROUND = 6


@dataclass(frozen=True)
class Centrality:
    id: str
    label: str
    kind: str
    degree: int
    degree_centrality: float
    betweenness: float


@dataclass(frozen=True)
class Component:
    size: int
    members: tuple[NodeRef, ...]


@dataclass(frozen=True)
class EgoEdge:
    """An edge of an ego network, in its fact's own direction (``source`` is the fact's subject),
    with the evidence ``trace`` gives a hop: dates, source and quote (since the thirty-ninth session)."""

    source: str
    target: str
    kind: str
    sentence: str
    certainty: str = "stated"
    date: str | None = field(default=None, metadata=OMIT_NONE)
    date_precision: str | None = field(default=None, metadata=OMIT_NONE)
    start_date: str | None = field(default=None, metadata=OMIT_NONE)
    end_date: str | None = field(default=None, metadata=OMIT_NONE)
    source_url: str | None = field(default=None, metadata=OMIT_NONE)
    source_document: str | None = field(default=None, metadata=OMIT_NONE)
    source_title: str | None = field(default=None, metadata=OMIT_NONE)
    source_publisher: str | None = field(default=None, metadata=OMIT_NONE)
    quote: str | None = field(default=None, metadata=OMIT_NONE)
    statement: str | None = field(default=None, metadata=OMIT_NONE)


@dataclass(frozen=True)
class EgoNetwork:
    centre: NodeRef
    radius: int
    nodes: tuple[NodeRef, ...]
    edges: tuple[EgoEdge, ...]


@dataclass(frozen=True)
class Analysis:
    """Centrality of every node (most central first), components (largest first), an ego network."""

    centrality: tuple[Centrality, ...]
    components: tuple[Component, ...]
    ego: EgoNetwork | None = field(default=None, metadata=OMIT_NONE)
    certainty: str = "stated"
    """The weakest certainty of the facts measured as edges."""


def centrality(data) -> tuple[Centrality, ...]:
    """Degree and betweenness centrality of every node (undirected simple view), most central first."""
    net = network(data)
    rows = [
        Centrality(
            **vars(net.node(n)),
            degree=int(m["degree"]),
            degree_centrality=round(m["degree_centrality"], ROUND),
            betweenness=round(m["betweenness"], ROUND),
        )
        for n, m in gx.centrality(net.graph).items()
    ]
    return tuple(sorted(rows, key=lambda r: (-r.betweenness, -r.degree, r.id)))


#: the evidence of an ego edge: a hop's (``trace.EVIDENCE_FIELDS``) but its folding ``via``
EGO_EVIDENCE = tuple(name for name in EVIDENCE_FIELDS if name != "via")


def ego_network(data, org: str, *, radius: int = 1) -> EgoNetwork:
    """The nodes within ``radius`` hops of an organisation, and the edges among them."""
    net = network(data)
    centre = net.resolve(org)
    members, edges = gx.ego(net.graph, centre, radius)
    return EgoNetwork(
        centre=net.node(centre),
        radius=radius,
        nodes=tuple(net.node(n) for n in members),
        edges=tuple(
            EgoEdge(
                source=u,
                target=v,
                kind=d.get("kind", str(k)),
                sentence=gx.sentence(net.graph, u, v, k),
                **{name: d[name] for name in EGO_EVIDENCE if name in d},
            )
            for u, v, k in edges
            for d in [net.graph.edges[u, v, k]]
        ),
    )


def components(data) -> tuple[Component, ...]:
    """Connected components (undirected), largest first."""
    net = network(data)
    return tuple(Component(size=len(c), members=tuple(net.node(n) for n in c)) for c in gx.components(net.graph))


def analyse(data, *, ego: str | None = None, radius: int = 1, certainty: str = "stated") -> Analysis:
    """Centrality, components and (with ``ego``) an ego network of the dataset's network, whose
    edges are the facts of ``certainty`` or firmer ("stated", "implied", "possible").

    >>> from defence_kg import build
    >>> a = analyse(build().store, ego="CQU")
    >>> a.ego.centre.label, a.components[0].size >= a.components[-1].size
    ('Chongqing University', True)
    """
    net = network(data, certainty=certainty)
    return Analysis(
        centrality=centrality(net),
        components=components(net),
        ego=ego_network(net, ego, radius=radius) if ego is not None else None,
        certainty=certainty,
    )

"""analysis: the network a dataset makes (its networkx view, agreements and events as nodes) and
the names its nodes go by, so that ``trace`` and ``analyse`` accept IRIs, slugs, labels, aliases,
abbreviations and Chinese names alike.
"""

from __future__ import annotations

from dataclasses import dataclass

from defence_kg.core.errors import InputError
from defence_kg.core.namespaces import ID
from defence_kg.exports import networkx as gx
from defence_kg.loading.registry import STATEMENTS_READ, Registry, normalise


@dataclass(frozen=True)
class NodeRef:
    """A node of the network: its IRI, English label and most specific kind."""

    id: str
    label: str
    kind: str


class Network:
    """The graph of a dataset and the names its nodes go by."""

    def __init__(self, data, *, agreements: str = "node", certainty: str = "stated") -> None:
        if hasattr(data, "query"):
            self.graph = gx.to_networkx(data, agreements=agreements, certainty=certainty)
            self.registry: Registry | None = Registry.of_store(data)
        else:
            self.graph, self.registry = data, None

    def node(self, iri: str) -> NodeRef:
        d = self.graph.nodes[iri]
        return NodeRef(id=iri, label=d.get("label", iri), kind=d.get("kind", ""))

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
                if isinstance(value, str) and (normalise(value) == wanted if attr != "abbreviation" else value == name):
                    found.setdefault(n, set()).add(f"{attr} '{value}'")
        in_graph = {n: how for n, how in found.items() if n in self.graph}
        if len(in_graph) == 1:
            return next(iter(in_graph))
        if not in_graph:
            raise InputError(
                f"no organisation named '{name}' in the graph",
                why="no IRI, label, alias, abbreviation or Chinese name matches"
                + (
                    " a node (it names something that is not an organisation, laboratory, agreement or event)"
                    if found
                    else ""
                ),
                fix="give the IRI, or a name as `defence-kg resolve NAME` shows it",
            )
        lines = [f"{n} ({self.label(n)}; matched {', '.join(sorted(how))})" for n, how in sorted(in_graph.items())]
        raise InputError(
            f"'{name}' is ambiguous: {len(in_graph)} candidates",
            why="\n    " + "\n    ".join(lines),
            fix="give one of these IRIs instead",
        )


def network(data, agreements: str = "node", certainty: str = "stated") -> Network:
    """``data`` as a Network: a Store is converted (with the facts of ``certainty`` or firmer as
    edges), a Network is kept, a networkx graph is wrapped."""
    return data if isinstance(data, Network) else Network(data, agreements=agreements, certainty=certainty)


def statement_predicates(certainty: str = "stated") -> frozenset[str]:
    """The predicates whose statements a Network reads: the view's, and the parent links the
    registry takes from statements too. A dataset read with only these statements (see
    ``dataset.read``) gives the same network and the same names."""
    return gx.statement_predicates(certainty) | STATEMENTS_READ

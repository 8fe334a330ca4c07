"""export: the dataset as a networkx graph and as files for Gephi, yEd, Cytoscape and spreadsheets.

``FORMATS`` is the registry of file formats: name -> (module, default file name, description).
Each module has ``write(graph, path)`` (``path`` may be None for stdout where the format allows).
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path

FORMATS: dict[str, tuple[str, str, str]] = {
    "gexf": ("defence_kg.export.gexf", "graph.gexf", "GEXF 1.3 for Gephi (typed attributes, colours, timeline)"),
    "graphml": ("defence_kg.export.graphml", "graph.graphml", "GraphML with typed keys (yEd, Cytoscape, igraph)"),
    "cytoscape-json": ("defence_kg.export.cytoscape", "graph.cyjs", "Cytoscape.js elements JSON"),
    "nodes-edges-csv": ("defence_kg.export.tables", "graph-csv", "a folder with nodes.csv and edges.csv"),
}


def to_networkx(store, *, agreements: str = "node"):
    """The dataset as a networkx MultiDiGraph (see defence_kg.export.networkx)."""
    from defence_kg.export.networkx import to_networkx as convert

    return convert(store, agreements=agreements)


def writer(name: str):
    """The ``write(graph, path)`` function of a registered format."""
    return importlib.import_module(FORMATS[name][0]).write


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote: format, file (None for stdout), nodes, edges and the agreements mode."""

    format: str
    path: Path | None
    nodes: int
    edges: int
    agreements: str


def export(store, fmt: str, path: Path | None, *, agreements: str = "node") -> ExportResult:
    """Write the dataset's network in a registered format to ``path`` (None: stdout).

    >>> import tempfile
    >>> from defence_kg import build
    >>> out = Path(tempfile.mkdtemp()) / "graph.gexf"
    >>> export(build().store, "gexf", out).nodes > 100
    True
    """
    graph = to_networkx(store, agreements=agreements)
    writer(fmt)(graph, path)
    return ExportResult(format=fmt, path=path, nodes=graph.number_of_nodes(), edges=graph.number_of_edges(),
                        agreements=agreements)

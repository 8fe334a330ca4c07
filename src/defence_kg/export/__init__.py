"""export: the dataset as a networkx graph and as files for Gephi, yEd, Cytoscape and spreadsheets.

``FORMATS`` is the registry of file formats: name -> (module, default file name, description).
Each module has ``write(graph, path)`` (``path`` may be None for stdout where the format allows).
"""
from __future__ import annotations

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
    import importlib

    return importlib.import_module(FORMATS[name][0]).write

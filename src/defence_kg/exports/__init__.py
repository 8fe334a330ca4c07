"""export: the dataset as a networkx graph and as files for Gephi, yEd, Cytoscape and spreadsheets.

``FORMATS`` is the registry of file formats: name -> (module, default file name, description).
Each file format's module has ``to_bytes(graph)``; ``nodes-edges-csv`` (``to_tables(graph)``) is a
folder of two files. Writing goes through defence_kg.core.output (atomic, never over a user's data).
This module loads no format module and no graph library, so the command line can offer ``FORMATS``
before any library loads.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path

from defence_kg.core import collector, progress
from defence_kg.core.errors import InputError
from defence_kg.core.output import (
    check_file,
    check_folder,
    ensure_folder,
    refuse_link_in_build,
    replace_folder,
    write_file,
)

FORMATS: dict[str, tuple[str, str, str]] = {
    "gexf": ("defence_kg.exports.gexf", "graph.gexf", "GEXF 1.3 for Gephi (typed attributes, colours, timeline)"),
    "graphml": ("defence_kg.exports.graphml", "graph.graphml", "GraphML with typed keys (yEd, Cytoscape, igraph)"),
    "cytoscape-json": ("defence_kg.exports.cytoscape", "graph.cyjs", "Cytoscape.js elements JSON"),
    "nodes-edges-csv": ("defence_kg.exports.tables", "graph-csv", "a folder with nodes.csv and edges.csv"),
}


def to_networkx(store, *, agreements: str = "node", certainty: str = "stated"):
    """The dataset as a networkx MultiDiGraph (see defence_kg.exports.networkx)."""
    from defence_kg.exports.networkx import to_networkx as convert

    return convert(store, agreements=agreements, certainty=certainty)


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote: format, file (None for stdout), nodes, edges, the agreements mode and
    the weakest certainty of the facts included."""

    format: str
    path: Path | None
    nodes: int
    edges: int
    agreements: str
    certainty: str = "stated"


def export(
    store,
    fmt: str,
    path: Path | None,
    *,
    agreements: str = "node",
    certainty: str = "stated",
    build: Path | None = None,
    protected: tuple[Path, ...] = (),
) -> ExportResult:
    """Write the dataset's network in a registered format to ``path`` (None: stdout); ``build`` is the
    tool's build folder (missing subfolders are made only there), ``protected`` folders are never
    replaced by a folder output. ``certainty`` is the weakest certainty of the facts that become
    edges: "stated" (plain edges only, the default), "implied" or "possible".

    >>> import tempfile
    >>> from defence_kg import build
    >>> out = Path(tempfile.mkdtemp()) / "graph.gexf"
    >>> export(build().store, "gexf", out).nodes > 100
    True
    """
    check_output(fmt, path, build=build, protected=protected)
    with progress.steps(f"export {fmt}", ["network", "write"]) as step:
        step("network")
        graph = to_networkx(store, agreements=agreements, certainty=certainty)
        step("write")
        module = importlib.import_module(FORMATS[fmt][0])
        with collector.paused():
            if fmt == "nodes-edges-csv":
                _write_tables(module.to_tables(graph), path, protected, build)
            else:
                write_file(module.to_bytes(graph), path, build=build)
    return ExportResult(
        format=fmt,
        path=path,
        nodes=graph.number_of_nodes(),
        edges=graph.number_of_edges(),
        agreements=agreements,
        certainty=certainty,
    )


#: the command a folder of tables is written by (see ``core.output.replace_folder``)
TABLES_COMMAND = "export nodes-edges-csv"


def check_output(fmt: str, path: Path | None, *, build: Path | None = None, protected: tuple[Path, ...] = ()) -> None:
    """Refuse, before the dataset is read, a format or an output ``export`` could not write."""
    if fmt not in FORMATS:
        raise InputError(f"unknown export format '{fmt}'", fix=f"use one of: {', '.join(FORMATS)}")
    if fmt != "nodes-edges-csv":
        check_file(path, build=build)
    elif path is None or str(path) == "-":
        raise InputError(
            "nodes-edges-csv writes two files and cannot go to stdout",
            fix="give a folder with -o DIR; it receives nodes.csv and edges.csv",
        )
    else:
        refuse_link_in_build(Path(path), build)
        check_folder(Path(path), TABLES_COMMAND, protected=protected)


def _write_tables(tables: dict[str, bytes], path: Path | None, protected: tuple[Path, ...], build: Path | None) -> None:
    assert path is not None  # refused by check_output
    parent = Path(path).absolute().parent
    if build is not None and parent.is_relative_to(build.absolute()):
        ensure_folder(parent)  # ("<build>/export", the default's folder, on a fresh build)

    def write(folder: Path) -> None:
        for name, data in tables.items():
            (folder / name).write_bytes(data)

    replace_folder(Path(path), TABLES_COMMAND, write, protected=protected)

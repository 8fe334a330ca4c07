"""benchmarks: where `export gexf` spends its time — the network view's queries, its Python work,
and the GEXF writer.

    python benchmarks/export_profile.py PROJECT [--certainty stated] [--repeats 3]

PROJECT is a project folder with a built dataset (``PROJECT/build/dataset.nq``), e.g. one made by
``benchmarks/run.py --work DIR``. In this one process it times: a bare ``bulk_load`` of the
dataset (the load unit) and ``dataset.read`` as the export reads it (without the statements the view does not read); each query of the network view, on its own (wall
and CPU time, rows); the view's Python sections on answers fetched beforehand (nodes, evidence,
edges, the networkx graph) and the GEXF writer, as CPU time with the garbage collector paused
as the view pauses it. Each figure is the least of ``--repeats`` runs. CPU time is the steadier
figure on shared cores: the export's view overlaps its queries with its Python work (a thread
answers them ahead), so its wall time is neither their sum nor either part.
"""

from __future__ import annotations

import argparse
import gc
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import pyoxigraph


def _least(fn: Callable[[], Any], repeats: int) -> tuple[Any, float, float]:
    """The value of ``fn`` and its least wall and CPU times over ``repeats`` calls."""
    walls, cpus = [], []
    for _ in range(repeats):
        w0, c0 = time.perf_counter(), time.process_time()
        value = fn()
        walls.append(time.perf_counter() - w0)
        cpus.append(time.process_time() - c0)
    return value, min(walls), min(cpus)


class _Fetched:
    """The view's answers, fetched beforehand (the interface of its ``_Answers``)."""

    def __init__(self, rows: dict[str, list[tuple]]) -> None:
        self._rows = dict(rows)

    def rows(self, name: str) -> list[tuple]:
        return self._rows.pop(name)


def profile(project: Path, certainty: str, repeats: int) -> None:
    import networkx as nx

    from defence_kg.dataset import build as dataset
    from defence_kg.exports import gexf
    from defence_kg.exports import networkx as view

    nq = project / "build" / "dataset.nq"
    fmt = pyoxigraph.RdfFormat.N_QUADS
    _, load_wall, load_cpu = _least(lambda: pyoxigraph.Store().bulk_load(path=str(nq), format=fmt), 1)
    wanted = view.statement_predicates(certainty)  # what `export` reads
    store, read_wall, read_cpu = _least(lambda: dataset.read(project / "build", statements_about=wanted), 1)
    print(f"load unit (bulk_load): {load_wall:.2f} s wall, {load_cpu:.2f} s CPU")
    print(f"dataset.read (as export reads it, {len(store):,} quads): {read_wall:.2f} s wall, {read_cpu:.2f} s CPU\n")

    rows: dict[str, list[tuple]] = {}
    print(f"{'query':28} {'wall s':>7} {'CPU s':>7} {'rows':>8}")
    total_wall = total_cpu = 0.0
    for name, (text, typed) in view._queries(certainty).items():
        rows[name], wall, cpu = _least(partial(store.rows, text, typed=typed), repeats)
        total_wall, total_cpu = total_wall + wall, total_cpu + cpu
        print(f"{name:28} {wall:7.3f} {cpu:7.3f} {len(rows[name]):8d}")
    print(f"{'all queries':28} {total_wall:7.3f} {total_cpu:7.3f}\n")

    def sections() -> dict[str, float]:
        answers, cpu, laps = _Fetched(rows), time.process_time(), {}

        def lap(name: str) -> None:
            nonlocal cpu
            laps[name] = time.process_time() - cpu
            cpu = time.process_time()

        nodes = view._nodes(answers, certainty)  # type: ignore[arg-type]
        lap("nodes")
        evidence = view._evidence(answers)  # type: ignore[arg-type]
        lap("evidence")
        original, view._evidence = view._evidence, lambda _answers: evidence  # type: ignore[assignment]
        try:
            edges = view._edges(answers, nodes)  # type: ignore[arg-type]
        finally:
            view._evidence = original
        lap("edges")
        graph = nx.MultiDiGraph()
        for n in sorted(nodes):
            graph.add_node(n, **dict(sorted(nodes[n].items())))
        for s, o, k, a in edges:
            graph.add_edge(s, o, key=k, **dict(sorted(a.items())))
        lap("networkx graph")
        gexf.to_bytes(graph)
        lap("GEXF writer")
        return laps

    gc.disable()
    least: dict[str, float] = {}
    for _ in range(repeats):
        for name, cpu in sections().items():
            least[name] = min(least.get(name, cpu), cpu)
    gc.enable()
    print(f"{'Python section (CPU)':28} {'CPU s':>7}")
    for name, cpu in least.items():
        print(f"{name:28} {cpu:7.3f}")
    print(f"{'all sections':28} {sum(least.values()):7.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("project", type=Path)
    ap.add_argument("--certainty", default="stated", help="the weakest certainty of the facts included")
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    profile(args.project, args.certainty, args.repeats)


if __name__ == "__main__":
    main()

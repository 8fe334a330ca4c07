"""benchmarks: where `validate` spends its time — each compiled SHACL query, and the rest.

    python benchmarks/validate_profile.py PROJECT [--top N] [--json OUT]

PROJECT is a project folder with a built dataset (``PROJECT/build/dataset.nq``) and its
``shapes/``, e.g. one made by ``benchmarks/run.py --work DIR``. It times, in this one process:
reading the dataset into a store (``dataset.read``), a bare ``bulk_load`` of the same file (the
load unit), the fast engine's whole run, every query the engine sends to the store (with the
shape it checks), and the report built from the engine's results (messages, graphs, sorting).
The engine checks one shape at a time here (``validate`` checks two at once), so each query's
time is its own.
Queries are listed slowest first, each with its share of the engine's time; ``--json`` also
writes the figures and a digest of the report, to compare two versions of the engine.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyoxigraph


def _timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    t0 = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - t0


def _one_line(text: str, width: int = 150) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def profile(project: Path, top: int) -> dict:
    from defence_kg.dataset import build as dataset
    from defence_kg.validation import engine, shacl

    nq = project / "build" / "dataset.nq"
    _, load_unit = _timed(lambda: pyoxigraph.Store().bulk_load(path=str(nq), format=pyoxigraph.RdfFormat.N_QUADS))
    store, read_s = _timed(lambda: dataset.read(project / "build"))

    queries: list[tuple[float, int, str, str]] = []
    current = {"shape": ""}
    original_query = store.query

    def timed_query(text: str, **kwargs: Any) -> Any:
        result, seconds = _timed(lambda: original_query(text, **kwargs))
        rows = len(result[1]) if isinstance(result, tuple) else 0
        queries.append((seconds, rows, current["shape"], text))
        return result

    store.query = timed_query  # type: ignore[method-assign]
    # Each query is labelled with the shape being checked (a node shape's own queries, then each
    # of its property shapes').
    hooked = {name: getattr(engine._Engine, name) for name in ("_shape", "_constraints")}

    def labelled(name: str) -> Callable[..., None]:
        def method(self: Any, shape: Any, *args: Any) -> None:
            current["shape"] = str(shape).rsplit("#", 1)[-1]
            hooked[name](self, shape, *args)

        return method

    for name in hooked:
        setattr(engine._Engine, name, labelled(name))
    threads, engine._THREADS = engine._THREADS, 1  # one shape at a time: each query's own time and label
    try:
        report, validate_s = _timed(lambda: shacl.validate_store(store, project / "shapes"))
    finally:
        engine._THREADS = threads
        for name, method in hooked.items():
            setattr(engine._Engine, name, method)

    in_queries = sum(q[0] for q in queries)
    lines = sorted(
        json.dumps([r.focus, r.path, r.value, r.shape, r.component, r.message, r.graphs]) for r in report.results
    )
    return {
        "quads": len(store),
        "load_unit_s": load_unit,
        "read_s": read_s,
        "validate_s": validate_s,
        "queries_s": in_queries,
        "queries": len(queries),
        "results": len(report.results),
        "report_digest": hashlib.sha256("\n".join(lines).encode()).hexdigest()[:16],
        "slowest": [
            {"seconds": round(s, 3), "rows": n, "shape": shape, "query": _one_line(text)}
            for s, n, shape, text in sorted(queries, reverse=True)[:top]
        ],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("project", type=Path)
    parser.add_argument("--top", type=int, default=25, help="how many of the slowest queries to list")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    p = profile(args.project, args.top)
    unit = p["load_unit_s"]
    print(f"{p['quads']:,} quads; load unit (bulk_load of dataset.nq) {unit:.2f} s")
    print(f"read dataset      {p['read_s']:7.2f} s  {p['read_s'] / unit:5.2f} units")
    print(f"validate_store    {p['validate_s']:7.2f} s  {p['validate_s'] / unit:5.2f} units")
    print(f"  in {p['queries']} queries {p['queries_s']:7.2f} s; the rest {p['validate_s'] - p['queries_s']:.2f} s")
    print(f"read + validate   {(p['read_s'] + p['validate_s']) / unit:5.2f} units")
    print(f"{p['results']} results, report digest {p['report_digest']}")
    for q in p["slowest"]:
        share = 100 * q["seconds"] / p["validate_s"]
        print(f"{q['seconds']:7.3f} s {share:5.1f}% {q['rows']:7d} rows  {q['shape']}\n      {q['query']}")
    if args.json:
        args.json.write_text(json.dumps(p, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

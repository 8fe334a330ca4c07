"""benchmarks: each stored query's time on one loaded store, and old query texts against new ones.

    python benchmarks/query_times.py --project /tmp/bench/project-1m --rounds 3
    python benchmarks/query_times.py --project /tmp/bench/project-1m --compare /tmp/old-queries \\
        --only organisations-connected-within-hops,institution-profile

The project is a built project (``benchmarks/run.py --work DIR`` leaves one per size in
``DIR/project-SIZE``, its dataset in ``build/dataset.nq``). Its dataset is read once into an
in-memory store, as ``query --all`` does; then, ``--rounds`` times, every stored query of
``--queries`` (default: this repository's ``queries/``) runs with its default parameters, and with
``--compare OLD`` the query of the same name in the folder OLD runs right after it, so old and new
alternate within the same minutes on a shared machine. One load unit (``bulk_load`` of the same
N-Quads into a fresh in-memory pyoxigraph store) is timed before the first and after the last
round, so the suite can be read in load units.

For each query it prints the median seconds of each text, their ratio, the row count, and whether
the two texts give the same rows: compared as sorted N3 text, and in order too where the query
has an ORDER BY. Timing includes the conversion of Oxigraph's answers to rdflib terms (what the
suite does), not the parsing of parameters' default values into terms (label resolution), which
is timed on its own per query.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


def load_unit(nquads: Path) -> float:
    """Seconds to bulk-load the N-Quads into a fresh in-memory pyoxigraph store."""
    import pyoxigraph

    t0 = time.perf_counter()
    store = pyoxigraph.Store()
    store.bulk_load(path=str(nquads), format=pyoxigraph.RdfFormat.N_QUADS)
    seconds = time.perf_counter() - t0
    del store
    return seconds


def rows_text(result) -> tuple[list[str], list[str]]:
    """A result as lines of N3 text: (in the engine's order, sorted)."""
    if isinstance(result, bool):
        lines = [str(result)]
    elif isinstance(result, list):
        lines = [" ".join(t.n3() for t in triple) for triple in result]
    else:
        variables, rows = result
        lines = [" ".join(variables)] + [
            "\t".join("UNDEF" if term is None else term.n3() for term in row) for row in rows
        ]
    return lines, sorted(lines)


def timed(query, store, library, given: dict[str, str]) -> tuple[float, float, object]:
    """(seconds binding the parameters, seconds running the query, its result)."""
    from defence_kg.core import sparql

    t0 = time.perf_counter()
    declared = {p.name for p in query.params}
    values = library.bind_params(query, {k: v for k, v in given.items() if k in declared}, store=store)
    text = sparql.bind(query.text, values)
    t1 = time.perf_counter()
    result = store.query(text)
    return t1 - t0, time.perf_counter() - t1, result


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--project", type=Path, required=True, help="a built project (build/dataset.nq)")
    ap.add_argument("--queries", type=Path, default=REPO / "queries", help="the query folder timed")
    ap.add_argument("--compare", type=Path, help="a folder of older texts of the same queries")
    ap.add_argument("--only", help="comma-separated query names (default: all)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument(
        "--param", action="append", default=[], metavar="NAME=VALUE", help="a value for every query that declares NAME"
    )
    args = ap.parse_args(argv)

    from defence_kg.dataset import build as dataset
    from defence_kg.queries import library

    nquads = args.project / "build" / "dataset.nq"
    units = [load_unit(nquads)]
    t0 = time.perf_counter()
    store = dataset.read(args.project / "build")
    read_seconds = time.perf_counter() - t0
    names = sorted(p.stem for p in args.queries.glob("*.rq"))
    if args.only:
        names = [n for n in names if n in args.only.split(",")]
    texts = {"new": {n: library.parse_query_file(args.queries / f"{n}.rq") for n in names}}
    if args.compare:
        texts["old"] = {n: library.parse_query_file(args.compare / f"{n}.rq") for n in names}
    given = dict(p.split("=", 1) for p in args.param)
    times: dict = {way: {n: [] for n in names} for way in texts}
    binding: dict = {n: [] for n in names}
    answers: dict = {way: {} for way in texts}
    for _ in range(args.rounds):
        for name in names:
            for way in texts:
                bind_s, run_s, result = timed(texts[way][name], store, library, given)
                times[way][name].append(run_s)
                binding[name].append(bind_s)
                answers[way][name] = result
                print(f"  {name} {way}: {run_s:.2f} s", file=sys.stderr)
    units.append(load_unit(nquads))
    unit = statistics.mean(units)

    print(f"dataset read into the store: {read_seconds:.2f} s; load unit {unit:.2f} s ({units[0]:.2f}, {units[1]:.2f})")
    head = "| query | rows | binding s | new s |" + (
        " old s | new/old | same rows | same order |" if args.compare else ""
    )
    print(head)
    print("|---" * (head.count("|") - 1) + "|")
    suite = {way: read_seconds for way in texts}
    for name in names:
        new = statistics.median(times["new"][name])
        suite["new"] += new + statistics.median(binding[name])
        ordered, sorted_new = rows_text(answers["new"][name])
        line = f"| {name} | {library.row_count(answers['new'][name])} | {statistics.median(binding[name]):.2f} | {new:.2f} |"
        if args.compare:
            old = statistics.median(times["old"][name])
            suite["old"] += old + statistics.median(binding[name])
            old_ordered, sorted_old = rows_text(answers["old"][name])
            same_order = ordered == old_ordered if texts["new"][name].ordered else "(unordered)"
            line += f" {old:.2f} | {new / old:.2f} | {sorted_new == sorted_old} | {same_order} |"
        print(line)
    for way, seconds in suite.items():
        print(f"suite ({way}, read + binding + queries): {seconds:.1f} s = {seconds / unit:.2f} load units")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""benchmarks: screening speed — 10,000 partner rows against a whole tracker.

    python benchmarks/screen.py [--institutions 160] [--rows 10000] [--misp PATH] [--runs 3]

The tracker is the synthetic workload (benchmarks/workload.py) with ``--institutions`` entries (the
real tracker has 159), or, with ``--misp PATH``, the default build plus a MISP galaxy cluster file
(``build --document misp-galaxy=PATH``). The rows are made deterministically from the graph's own
names — as written, lower-cased, abbreviated ("Univ."), with one letter swapped, run together —
plus invented names that match nothing, one row in four. Each run, in a fresh process, reads the
build, indexes it and screens every row (``analysis.screening.screen``); it prints seconds and rows
per second, and the decisions made (same for every run).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))


def rows_for(out: Path, count: int, seed: int = 11) -> list[str]:
    """Partner names made from the graph's names, and names that match nothing."""
    from defence_kg.analysis.screening.graph import GraphView
    from defence_kg.dataset.build import read

    graph = GraphView(read(out))
    names = sorted({text for _, text, how in graph.names if how != "abbreviation"})
    rng = random.Random(seed)
    made = []
    for i in range(count):
        name = rng.choice(names)
        form = i % 8
        if form == 1:
            name = name.lower()
        elif form == 2:
            name = name.replace("University", "Univ.").replace("Technology", "Tech.")
        elif form == 3 and len(name) > 6:
            j = rng.randrange(1, len(name) - 2)
            name = name[:j] + name[j + 1] + name[j] + name[j + 2 :]
        elif form in (4, 5):
            name = f"{rng.choice(['Northmoor', 'Easthaven', 'Kestrel', 'Lindqvist'])} {rng.choice(['College', 'University', 'Institute of Arts'])} {i}"
        made.append(name)
    return made


def child(out: str, rows_file: str) -> None:
    """One timed run in this process: read, index, screen."""
    start = time.perf_counter()
    from defence_kg.analysis.screening import screen
    from defence_kg.core import progress
    from defence_kg.dataset.build import read

    progress.set_quiet(True)
    names = json.loads(Path(rows_file).read_text(encoding="utf-8"))
    store = read(Path(out))
    result = screen(store, names)
    seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "rows": len(result.rows), "counts": result.counts}))


def build(dest: Path, institutions: int, misp: Path | None) -> Path:
    out = dest / "build"
    if misp is not None:
        command = [
            "defence-kg",
            "--quiet",
            "--project",
            str(REPO),
            "--out",
            str(out),
            "build",
            "--document",
            f"misp-galaxy={misp}",
        ]
    else:
        import workload

        project = workload.project(REPO, dest / "project", institutions)
        command = ["defence-kg", "--quiet", "--project", str(project), "--out", str(out), "build"]
    subprocess.run([str(Path(sys.executable).parent / command[0]), *command[1:]], check=True, stdout=subprocess.DEVNULL)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--institutions", type=int, default=160)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--misp", type=Path, help="a MISP galaxy cluster file: the whole tracker")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(*args.child)
    with tempfile.TemporaryDirectory() as tmp:
        out = build(Path(tmp), args.institutions, args.misp)
        rows_file = Path(tmp) / "rows.json"
        rows_file.write_text(json.dumps(rows_for(out, args.rows), ensure_ascii=False), encoding="utf-8")
        from defence_kg.analysis.screening.graph import GraphView
        from defence_kg.dataset.build import read

        graph = GraphView(read(out))
        print(
            f"tracker: {args.misp or f'synthetic, {args.institutions} institutions'}; "
            f"{len(graph.entities)} organisations, {len(graph.names)} names; {args.rows} rows"
        )
        for run in range(args.runs):
            done = subprocess.run(
                [sys.executable, __file__, "--child", str(out), str(rows_file)],
                check=True,
                capture_output=True,
                text=True,
            )
            result = json.loads(done.stdout)
            print(
                f"run {run + 1}: {result['seconds']:.2f} s ({result['rows'] / result['seconds']:,.0f} rows/s) {result['counts']}"
            )


if __name__ == "__main__":
    main()

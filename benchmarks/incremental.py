"""benchmarks: a full build against a rebuild after one profile changed (issue 16, point 3), and
one extraction process against several (point 2), at one size of the synthetic workload.

    python benchmarks/incremental.py --size 100k

Every build is ``defence-kg build`` in a fresh process on the same project, in this order, in one
run (so the ratios compare like with like on a shared machine):

1. ``full, 1 process``: ``--no-cache --jobs 1``;
2. ``full, N processes``: ``--no-cache`` (one process per core);
3. ``first build, filling the cache``: the cache starts empty;
4. ``rebuild, nothing changed``: every document reused;
5. ``rebuild, one profile changed``: one sentence added to one profile (the previous build's
   files are patched: ``dataset.incremental``);
6. ``full build of the changed project``: ``--no-cache`` into another folder, whose files must be
   byte-identical to those of step 5 (checked and reported);
7. ``rebuild, a risk level changed``: another profile's risk level changed (levels are settled
   across documents: the patch settles them again); its files too must be byte-identical to a
   full build's (step 8, ``--no-cache`` into another folder).

With ``--rounds N``, steps 5 and 6 run N times, the profile changed back and forth (each round
a one-profile change, its files compared with the full build's): on a machine whose builds vary
by a fifth from one minute to the next, the table gives the middle run of each, and every round is
listed under it.

Times are wall-clock seconds of the whole command (start-up, extraction, writing the files); peak
memory is the main process's peak resident set (worker processes are not counted).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import workload  # noqa: E402

KG = str(Path(sys.executable).parent / "defence-kg")


def run(project: Path, out: Path, *args: str) -> dict:
    """One build in a fresh process: seconds, the main process's peak memory, what it printed."""
    argv = [KG, "--quiet", "--project", str(project), "--out", str(out), "build", *args]
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    stdout = proc.stdout.read().decode() if proc.stdout else ""
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"build failed: {' '.join(argv)}")
    documents = next((line.strip() for line in stdout.splitlines() if "documents:" in line), "")
    return {"seconds": round(seconds, 2), "peak_mb": round(usage.ru_maxrss / 1024), "documents": documents}


def change_one_profile(project: Path) -> tuple[Path, str]:
    """Add a sentence to the first profile; the profile and its text before."""
    profile = sorted((project / "data" / "documents" / "aspi-tracker").glob("*.txt"))[0]
    text = profile.read_text(encoding="utf-8")
    name = text.splitlines()[0]
    profile.write_text(
        text.replace("Last updated", f"{name} holds secret-level security credentials.\n\nLast updated"),
        encoding="utf-8",
    )
    return profile, text


def change_risk_level(project: Path) -> Path:
    profile = sorted((project / "data" / "documents" / "aspi-tracker").glob("*.txt"))[1]
    text = profile.read_text(encoding="utf-8")
    level = next(w for w in ("very high", "high", "medium", "low") if f"is designated {w} risk" in text)
    other = "low" if level != "low" else "high"
    profile.write_text(text.replace(f"is designated {level} risk", f"is designated {other} risk", 1), encoding="utf-8")
    return profile


def middle(runs: list[dict]) -> dict:
    """The run of median time (the later of the two middle ones for an even number)."""
    return sorted(runs, key=lambda run: run["seconds"])[len(runs) // 2]


def files(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", default="100k", choices=sorted(workload.SIZES))
    ap.add_argument("--work", type=Path, help="folder for the generated project (default: a temp folder)")
    ap.add_argument("--results", type=Path, default=HERE / "results")
    ap.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="rounds of steps 5 and 6, the profile changed back and forth (the table gives the middle run of each)",
    )
    args = ap.parse_args(argv)
    if args.work:
        args.work.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="incremental-", dir=args.work))
    project = workload.project(ROOT, work / "project", workload.SIZES[args.size])
    workload.compile_package(ROOT)
    out, full = work / "build", work / "full"
    steps = {}
    steps["full, 1 process"] = run(project, work / "serial", "--no-cache", "--jobs", "1")
    steps[f"full, {os.cpu_count()} processes"] = run(project, work / "parallel", "--no-cache")
    same_parallel = files(work / "serial") == files(work / "parallel")
    steps["first build, filling the cache"] = run(project, out)
    steps["rebuild, nothing changed"] = run(project, out)
    profile, before = change_one_profile(project)
    rounds: list[tuple[dict, dict]] = []
    same_rebuild = True
    for k in range(args.rounds):
        if k:  # the profile's two texts swapped: one profile changed in every round
            before, now = profile.read_text(encoding="utf-8"), before
            profile.write_text(now, encoding="utf-8")
        rounds.append((run(project, out), run(project, full, "--no-cache")))
        same_rebuild = same_rebuild and files(out) == files(full)
    steps["rebuild, one profile changed"] = middle([rebuild for rebuild, _ in rounds])
    steps["full build of the changed project"] = middle([full_build for _, full_build in rounds])
    change_risk_level(project)
    steps["rebuild, a risk level changed"] = run(project, out)
    steps["full build after the risk level changed"] = run(project, work / "full-risk", "--no-cache")
    same_rebuild = same_rebuild and files(out) == files(work / "full-risk")
    base = steps["full build of the changed project"]["seconds"]
    lines = [
        f"## {args.size}: {workload.SIZES[args.size]} institutions, {os.cpu_count()} cores",
        "",
        "| build | seconds | of a full build | peak MB (main process) | documents |",
        "|---|---|---|---|---|",
        *(
            f"| {name} | {s['seconds']} | {s['seconds'] / base:.0%} | {s['peak_mb']} | {s['documents']} |"
            for name, s in steps.items()
        ),
        "",
        *(
            [
                f"Steps 5 and 6 in {len(rounds)} rounds (the table gives the middle run of each), seconds: "
                + ", ".join(f"{r['seconds']} / {f['seconds']} ({r['seconds'] / f['seconds']:.0%})" for r, f in rounds)
                + ".",
                "",
            ]
            if len(rounds) > 1
            else []
        ),
        f"Parallel build byte-identical to the serial one: {same_parallel}. "
        f"Rebuilds byte-identical to the full builds: {same_rebuild}.",
    ]
    report = "\n".join(lines)
    print(report)
    args.results.mkdir(parents=True, exist_ok=True)
    data = {
        "size": args.size,
        "steps": steps,
        "rounds": [list(pair) for pair in rounds],
        "same_parallel": same_parallel,
        "same_rebuild": same_rebuild,
    }
    (args.results / f"incremental-{args.size}.json").write_text(json.dumps(data, indent=1) + "\n")
    (args.results / f"incremental-{args.size}.md").write_text(report + "\n")
    shutil.rmtree(work, ignore_errors=True)
    return 0 if same_parallel and same_rebuild else 1


if __name__ == "__main__":
    sys.exit(main())

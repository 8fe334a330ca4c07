"""benchmarks: a claim-level diff of two builds of about a million quads each (one run, not a test).

    python benchmarks/diff.py --size 1m [--work DIR [--reuse]]

It writes the synthetic project of ``--size`` (benchmarks/workload.py) and builds it (OLD); then
changes every 20th profile text (re-rated one level up, the rationale reworded, the "Last updated"
date moved on, the sentence of its exchanges dropped) and builds again (NEW). It then times
``defence-kg diff OLD NEW --format json -o FILE`` in a fresh process — reading both datasets,
comparing every claim, writing the JSON — and prints the seconds, the peak memory and what the diff
found, next to the number of profiles changed (so the result can be checked by eye). The builds are
not timed.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import workload  # noqa: E402  (the benchmarks' own module, beside this file)

KG = [sys.executable, "-m", "defence_kg"]
UP = {"low": "medium", "medium": "high", "high": "very high", "very high": "low"}


def change_profiles(project: Path, every: int = 20) -> int:
    """Re-rate, reword and re-date every ``every``-th profile, and drop its exchanges; returns how many."""
    changed = 0
    for i, path in enumerate(sorted((project / "data" / "documents" / "aspi-tracker").glob("*.txt"))):
        if i % every:
            continue
        text = path.read_text(encoding="utf-8")
        text = re.sub(
            r"is designated (very high|high|medium|low) risk for [^.]*\.",
            lambda m: f"is designated {UP[m[1]]} risk for its expanded defence research.",
            text,
            count=1,
        )
        text = re.sub(r"Last updated [^.]*\.", "Last updated 1 September 2025.", text)
        text = re.sub(r"\n\n[^\n]* has exchanges with [^\n]*", "", text)
        path.write_text(text, encoding="utf-8")
        changed += 1
    return changed


def run(argv: list[str], **kw) -> subprocess.CompletedProcess:
    return subprocess.run(argv, check=True, capture_output=True, text=True, **kw)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", default="1m", choices=sorted(workload.SIZES))
    ap.add_argument("--work", type=Path, help="folder for the project and builds (default: a temporary folder)")
    ap.add_argument("--reuse", action="store_true", help="reuse the builds an earlier run left in --work")
    args = ap.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="diff-bench-"))
    project, old, new, out = work / "project", work / "old", work / "new", work / "diff.json"
    if not (args.reuse and (new / "dataset.nq").is_file()):
        workload.project(REPO, project, workload.SIZES[args.size])
        run([*KG, "--project", str(project), "--out", str(old), "--quiet", "build"])
        (work / "profiles-changed").write_text(str(change_profiles(project)))
        run([*KG, "--project", str(project), "--out", str(new), "--quiet", "build"])
    profiles = int((work / "profiles-changed").read_text())
    quads = [(b / "dataset.nq").read_bytes().count(b"\n") for b in (old, new)]
    timer = (
        "import resource, runpy, sys, time; t = time.perf_counter(); sys.argv = sys.argv[1:]\n"
        "try:\n    runpy.run_module('defence_kg', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)"
    )
    started = time.perf_counter()
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            timer,
            "defence-kg",
            "--project",
            str(project),
            "diff",
            str(old),
            str(new),
            "--format",
            "json",
            "-o",
            str(out),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - started
    seconds, peak_kb = done.stderr.split()[-2:]
    found = json.loads(out.read_text(encoding="utf-8"))
    print(
        json.dumps(
            {
                "size": args.size,
                "quads": {"old": quads[0], "new": quads[1]},
                "profiles changed": profiles,
                "diff seconds (in the process)": round(float(seconds), 1),
                "diff seconds (process, with start-up)": round(wall, 1),
                "peak memory MB": round(int(peak_kb) / 1024),
                "summary": found["summary"],
                "entities with changes": len(found["entities"]),
                "iri changes": len(found["iri_changes"]),
                "documents changed": len(found["documents"]),
            },
            indent=1,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

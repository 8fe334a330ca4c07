"""benchmarks: time the build stage alone on the synthetic workload, and profile it.

    python benchmarks/build_profile.py --size 1m --runs 3            # build + write, fresh processes
    python benchmarks/build_profile.py --size 1m --jobs 1 --profile  # top functions by own time

Each run is `dataset.build` + `dataset.write` of the generated project in a fresh Python process
(what `defence-kg build` does, without printing the counts). ``--profile`` runs it once under
cProfile, serially (``--jobs 1``, so every document's work is in the profiled process), and
prints the functions that took the most time of their own; cProfile inflates Python-heavy code
about twofold, so read the ranking, not the seconds. The projects are generated once into
``--work`` (default: a folder under the system's temporary folder) and reused.
"""

from __future__ import annotations

import argparse
import json
import pstats
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def child(project: Path, out: Path, jobs: int | None, profile: Path | None) -> dict:
    import cProfile

    t0 = time.perf_counter()
    from defence_kg.core.project import Project
    from defence_kg.dataset import build as dataset

    profiler = cProfile.Profile() if profile else None
    if profiler:
        profiler.enable()
    result = dataset.build(Project(root=project, out=out), jobs=jobs)
    built = time.perf_counter() - t0
    dataset.write(result.store, out)
    if profiler:
        profiler.disable()
        profiler.dump_stats(str(profile))
    return {
        "build_s": built,
        "write_s": time.perf_counter() - t0 - built,
        "quads": len(result.store),
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def prepare(size: str, work: Path) -> Path:
    import workload

    project = work / f"project-{size}"
    if not (project / "workload.json").exists():
        workload.project(HERE.parent, project, workload.SIZES[size])
        (project / "workload.json").write_text(json.dumps({"institutions": workload.SIZES[size]}))
    return project


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", default="100k", help="10k, 100k, 1m or 10m (benchmarks/workload.py)")
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--jobs", type=int, help="extraction processes (default: one per core)")
    ap.add_argument("--profile", action="store_true", help="one serial run under cProfile; print the top functions")
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "dkg-build-profile")
    ap.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        project, out, jobs, profile = args.child
        print(json.dumps(child(Path(project), Path(out), int(jobs) or None, Path(profile) if profile else None)))
        return 0
    project = prepare(args.size, args.work)
    profile = project / "build.prof" if args.profile else None
    jobs = 1 if args.profile and args.jobs is None else args.jobs
    for _ in range(1 if args.profile else args.runs):
        cmd = [sys.executable, __file__, "--child", str(project), str(project / "build"), str(jobs or 0)]
        run = subprocess.run([*cmd, str(profile or "")], capture_output=True, text=True, check=True)
        r = json.loads(run.stdout.splitlines()[-1])
        print(
            f"{args.size}: build {r['build_s']:.2f} s, write {r['write_s']:.2f} s, "
            f"{r['quads']:,} quads, peak {r['peak_mb']:.0f} MB in the main process (jobs {jobs or 'one per core'})"
        )
    if profile:
        pstats.Stats(str(profile)).sort_stats("tottime").print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())

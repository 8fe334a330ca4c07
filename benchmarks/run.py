"""benchmarks: time and memory of each pipeline stage, ours side by side with the obvious way.

    python benchmarks/run.py --sizes 10k,100k --runs 3

For each size it writes a synthetic project (benchmarks/workload.py), builds it once to get the
dataset files the later stages read, then runs every stage ``--runs`` times, each run in a fresh
Python process, both ways:

| stage     | ours (the pipeline's public functions / CLI)      | the obvious way                              |
|-----------|----------------------------------------------------|----------------------------------------------|
| build     | dataset.build + dataset.write (Oxigraph store)     | rdflib Dataset: parse dataset.trig, write N-Quads |
| validate  | validation.validate_store (engine as configured)   | pySHACL on an rdflib graph parsed by rdflib  |
| queries   | `query --all`: every queries/*.rq, defaults bound, | the same texts on rdflib's SPARQL engine, on  |
|           | on one loaded store (queries.run_suite)            | one rdflib Dataset in one process            |
| gexf      | `defence-kg export gexf`                           | rdflib_to_networkx_multidigraph + write_gexf |
| trace     | `defence-kg trace A B` (first and last institution)| networkx shortest path on rdflib's converter |
| publish   | `defence-kg publish endpoint` (when it exists)     | rdflib N-Quads POSTed to the Graph Store     |

Each size is also loaded, in the same run, from its dataset.nq into an in-memory pyoxigraph ``Store``
with ``bulk_load``: the *load unit*, timed at the start of the size and again just before and just
after each stage. Every stage is reported as a multiple of the mean of the loads around it
(absolute times on shared cores drift by tens of percent within minutes; ratios taken side by side
much less), against
the targets at 1M (``LOAD_UNIT_TARGETS``) and, at 10M, peak memory and growth from 1M.

The timed region of a run is the stage's work, including reading its input files and importing
its libraries; peak memory is the process's peak resident set when the work ends (and its largest
child's: the build's workers share the main process's pages, so their sum is an upper bound).
With ``--tree-memory`` each of our stages runs once more, untimed, its processes' proportional
set sizes summed every 0.1 s: the memory they held together (``memory_run``). Checks (same
triples, same validation results, same rows) are computed after timing. A run that exceeds
``--timeout`` seconds is killed and reported as "> T s (timed out)". A stage whose module does not
exist yet is reported "not available". Results: benchmarks/results/results.json and results.md.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

STAGES = ["build", "validate", "queries", "gexf", "trace", "publish"]
PIPELINE = ["build", "validate", "queries", "gexf"]

#: issue 16's targets at 1M, in load units (a stage's time over the time of bulk-loading the
#: size's N-Quads into an in-memory Oxigraph store, measured in the same run)
LOAD_UNIT_TARGETS = {"build": 3.0, "validate": 2.0, "queries": 2.0, "gexf": 1.5, "pipeline": 8.5}
#: peak resident memory at 1M, in GB of 10^9 bytes (the stricter reading of "1.5 GB")
PEAK_TARGET_GB = 1.5
#: at 10M: build, validate and the query suite within 16 GiB, each growing at most this fast from 1M
TEN_MILLION = {"stages": ("build", "validate", "queries"), "peak_gib": 16.0, "exponent": 1.1}


# -- child side: one stage, one way, in this process ------------------------------------------
def _digest(lines) -> str:
    h = hashlib.sha256()
    for line in sorted(lines):
        h.update(line.encode())
        h.update(b"\n")
    return h.hexdigest()[:16]


def _rdflib_dataset(out: Path):
    from rdflib import Dataset

    ds = Dataset(default_union=True)
    ds.parse(out / "dataset.trig", format="trig")
    return ds


def _quads_rdflib(ds) -> list[str]:
    return [
        f"{s.n3()} {p.n3()} {o.n3()} {g.n3() if hasattr(g, 'n3') else g}"
        for s, p, o, g in ds.quads((None, None, None, None))
        if g is not None
    ]


def _rows(variables, rows) -> list[str]:
    return ["\t".join("" if t is None else t.n3() for t in row) for row in rows]


def _org(project: Path, which: int) -> str:
    import workload

    n = json.loads((project / "workload.json").read_text())["institutions"]
    return "https://w3id.org/defence-kg/id/" + workload.generate(n).institutions[which].slug


def child(stage: str, way: str, project: Path, out: Path) -> dict:
    t0 = time.perf_counter()
    check = None
    if stage == "load":
        import pyoxigraph

        t0 = time.perf_counter()
        store = pyoxigraph.Store()
        store.bulk_load(path=str(out / "dataset.nq"), format=pyoxigraph.RdfFormat.N_QUADS)
        t = time.perf_counter() - t0
        check = lambda: f"{len(store)} quads"
    elif stage == "build" and way == "ours":
        from defence_kg import api
        from defence_kg.core.project import Project
        from defence_kg.dataset.extract import CACHE_FOLDER

        # a folder's first build, as `defence-kg build` makes it: with the extraction cache it
        # keeps for the next one (emptied first, outside the time, or every run after the first
        # would reuse it: benchmarks/incremental.py times that)
        clearing = time.perf_counter()
        shutil.rmtree(out / CACHE_FOLDER, ignore_errors=True)
        t0 += time.perf_counter() - clearing
        result = api.build(Project(root=project, out=out), out=out)
        t = time.perf_counter() - t0
        check = lambda: _digest(
            f"{s.n3()} {p.n3()} {o.n3()} {g.n3()}" for g in result.store.graphs() for s, p, o in result.store.triples(g)
        )
    elif stage == "build":
        ds = _rdflib_dataset(out)
        ds.serialize(out / "obvious.nq", format="nquads")
        t = time.perf_counter() - t0
        check = lambda: _digest(_quads_rdflib(ds))
    elif stage == "validate" and way == "ours":
        from defence_kg.dataset import build as dataset
        from defence_kg.validation import shacl as validation

        store = dataset.read(out)
        report = validation.validate_store(store, project / "shapes")
        t = time.perf_counter() - t0
        check = lambda: _digest(f"{r.focus} {r.path} {r.shape} {r.component}" for r in report.results)
    elif stage == "validate":
        import pyshacl
        from rdflib import Graph
        from rdflib.namespace import SH

        data = Graph()
        data.parse(out / "dataset.nt", format="nt")
        shapes = Graph()
        for path in sorted((project / "shapes").glob("*.ttl")):
            shapes.parse(path, format="turtle")
        _, report, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none", advanced=True)
        t = time.perf_counter() - t0

        def check():
            lines = []
            for r in report.subjects(SH.resultSeverity, None):
                path = report.value(r, SH.resultPath)
                lines.append(
                    f"{report.value(r, SH.focusNode)} {path if path is not None else None} "
                    f"{report.value(r, SH.sourceShape)} {report.value(r, SH.sourceConstraintComponent)}"
                )
            return _digest(lines)
    elif stage == "queries":
        from defence_kg.core import sparql
        from defence_kg.core.project import Project
        from defence_kg.dataset import build as dataset
        from defence_kg.queries import library as queries

        proj = Project(root=project, out=out)
        if way == "ours":
            # what `defence-kg query --all` does: one loaded dataset, every stored query, defaults bound
            store = dataset.read(out)
            suite = queries.run_suite(proj, store)
            t = time.perf_counter() - t0
            answers = {e.name: e.result for e in suite}
            per_query = {e.name: e.seconds for e in suite}
        else:
            # default parameter values are resolved before the clock starts (they are the same texts)
            store = dataset.read(out)
            texts = {
                name: sparql.bind(q.text, queries.bind_params(q, {}, store=store))
                for name, q in sorted(queries.discover(proj).items())
            }
            del store
            t0 = time.perf_counter()
            ds = _rdflib_dataset(out)
            answers, per_query = {}, {}
            for name, text in texts.items():
                t1 = time.perf_counter()
                try:
                    res = ds.query(text)
                    answers[name] = (
                        res.askAnswer
                        if res.type == "ASK"
                        else ([str(v) for v in res.vars], [tuple(r) for r in res])
                        if res.type == "SELECT"
                        else list(res)
                    )
                except Exception as err:  # rdflib's engine fails on some queries: note it, go on
                    answers[name] = f"error: {type(err).__name__}"
                per_query[name] = time.perf_counter() - t1
            t = time.perf_counter() - t0

        def check():
            # one digest per query, so the parent compares only the queries both ways answered
            digests = {}
            for name, a in sorted(answers.items()):
                if isinstance(a, str):
                    digests[name] = a
                elif isinstance(a, tuple):
                    digests[name] = f"{_digest(_rows(*a))} ({len(a[1])} rows)"
                else:
                    digests[name] = _digest([str(a)])
            return json.dumps(digests, sort_keys=True)
    elif stage == "gexf" and way == "ours":
        from defence_kg.cli.main import main

        code = main(
            ["--quiet", "--project", str(project), "--out", str(out), "export", "gexf", "-o", str(out / "ours.gexf")]
        )
        t = time.perf_counter() - t0
        check = lambda: f"exit {code}"
    elif stage == "gexf":
        import networkx as nx
        from rdflib import Graph
        from rdflib.extras.external_graph_libs import rdflib_to_networkx_multidigraph

        g = Graph()
        g.parse(out / "dataset.nt", format="nt")
        nxg = rdflib_to_networkx_multidigraph(g)
        # networkx's GEXF writer accepts only plain attribute values: use strings for nodes
        plain = nx.MultiDiGraph()
        plain.add_nodes_from(str(n) for n in nxg.nodes)
        plain.add_edges_from((str(u), str(v), str(k), {"predicate": str(k)}) for u, v, k in nxg.edges(keys=True))
        nx.write_gexf(plain, out / "obvious.gexf")
        t = time.perf_counter() - t0
        check = lambda: f"{nxg.number_of_nodes()} nodes (literals as nodes)"
    elif stage == "trace" and way == "ours":
        from defence_kg.cli.main import main

        a, b = _org(project, 0), _org(project, -1)
        code = main(
            [
                "--quiet",
                "--project",
                str(project),
                "--out",
                str(out),
                "trace",
                a,
                b,
                "--format",
                "json",
                "-o",
                str(out / "trace.json"),
            ]
        )
        t = time.perf_counter() - t0

        def check():
            res = json.loads((out / "trace.json").read_text())
            return f"shortest {min((p['hops'] for p in res['paths']), default=None)} hops"
    elif stage == "trace":
        import networkx as nx
        from rdflib import Graph, URIRef
        from rdflib.extras.external_graph_libs import rdflib_to_networkx_graph

        g = Graph()
        g.parse(out / "dataset.nt", format="nt")
        nxg = rdflib_to_networkx_graph(g)
        a, b = URIRef(_org(project, 0)), URIRef(_org(project, -1))
        path = nx.shortest_path(nxg, a, b)
        t = time.perf_counter() - t0
        check = lambda: f"shortest {len(path) - 1} hops (any node, incl. statements)"
    elif stage == "publish":
        port = _free_port()
        store_dir = Path(tempfile.mkdtemp(prefix="oxi-", dir=out))
        server = subprocess.Popen(
            [
                str(Path(sys.executable).parent / "oxigraph"),
                "serve",
                "--location",
                str(store_dir),
                "--bind",
                f"127.0.0.1:{port}",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            _wait_port(port)
            t0 = time.perf_counter()
            if way == "ours":
                from defence_kg.cli.main import main

                code = main(
                    [
                        "--quiet",
                        "--project",
                        str(project),
                        "--out",
                        str(out),
                        "publish",
                        "endpoint",
                        "--endpoint",
                        f"http://127.0.0.1:{port}/query",
                        "--gsp-endpoint",
                        f"http://127.0.0.1:{port}/store",
                    ]
                )
                if code:
                    raise SystemExit(f"publish endpoint exited {code}")
            else:
                import urllib.request

                ds = _rdflib_dataset(out)
                body = ds.serialize(format="nquads", encoding="utf-8")
                req = urllib.request.Request(
                    f"http://127.0.0.1:{port}/store",
                    data=body,
                    method="POST",
                    headers={"Content-Type": "application/n-quads"},
                )
                urllib.request.urlopen(req).read()
            t = time.perf_counter() - t0
            import urllib.parse
            import urllib.request

            q = urllib.parse.urlencode({"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"})
            req = urllib.request.Request(
                f"http://127.0.0.1:{port}/query?{q}", headers={"Accept": "application/sparql-results+json"}
            )
            n = json.loads(urllib.request.urlopen(req).read())["results"]["bindings"][0]["n"]["value"]
            check = lambda: f"{n} quads on the server"
        finally:
            server.terminate()
            server.wait(10)
    else:
        raise SystemExit(f"unknown stage {stage}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # the build's forked extraction workers: the largest one's peak (they share the parent's
    # pages copy-on-write, so the machine held between the larger of the two and their sum)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    out_ = {"seconds": t, "peak_mb": peak, "workers_peak_mb": workers, "check": check() if check else None}
    if stage == "queries":
        out_["per_query"] = per_query
    return out_


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_port(port: int, timeout: float = 10) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            socket.create_connection(("127.0.0.1", port), 0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise SystemExit("the Oxigraph server did not start")


# -- parent side ------------------------------------------------------------------------------
def available(stage: str) -> bool:
    import importlib.util

    need = {
        "validate": "defence_kg.validation.shacl",
        "queries": "defence_kg.queries.library",
        "gexf": "defence_kg.cli.export",
        "trace": "defence_kg.analysis.trace",
        "publish": "defence_kg.publish.endpoint",
    }.get(stage)
    try:
        return need is None or importlib.util.find_spec(need) is not None
    except ModuleNotFoundError:
        return False


def run_once(stage: str, way: str, project: Path, out: Path, timeout: float) -> dict:
    cmd = [sys.executable, __file__, "--child", stage, way, str(project), str(out)]
    try:
        proc = subprocess.run(
            cmd, capture_output=True, text=True, timeout=timeout, env={**os.environ, "PYTHONHASHSEED": "0"}
        )
    except subprocess.TimeoutExpired:
        return {"timeout": timeout}
    if proc.returncode != 0:
        return {"error": (proc.stderr.strip().splitlines() or ["?"])[-1][:300]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


#: seconds between two samples of a memory run (reading a large process's ``smaps_rollup`` takes
#: tens of milliseconds of a core, so a memory run's time is not taken)
SAMPLE_EVERY = 0.1


def memory_run(stage: str, way: str, project: Path, out: Path, timeout: float) -> dict:
    """One more run of a stage, untimed: the memory its processes held together at their peak, as
    the sum of their proportional set sizes (a page a forked worker shares with the main process is
    counted once, split between them; the resident sizes of ``child`` count it in each), sampled
    every ``SAMPLE_EVERY`` seconds: a peak shorter than that can be missed."""
    cmd = [sys.executable, __file__, "--child", stage, way, str(project), str(out)]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    peak_kib, samples, deadline = 0, 0, time.monotonic() + timeout
    while proc.poll() is None:
        if time.monotonic() > deadline:
            proc.kill()
            proc.communicate()
            return {"timeout": timeout}
        peak_kib = max(peak_kib, sum(_pss_kib(pid) for pid in _process_tree(proc.pid)))
        samples += 1
        time.sleep(SAMPLE_EVERY)
    err = proc.communicate()[1].decode(errors="replace")
    if proc.returncode != 0:
        return {"error": (err.strip().splitlines() or ["?"])[-1][:300]}
    return {"tree_peak_mb": peak_kib / 1024, "samples": samples}


def _process_tree(pid: int) -> list[int]:
    """A process and all its descendants, as /proc lists them now."""
    tree, todo = [], [pid]
    while todo:
        tree.append(todo.pop())
        try:
            for task in os.listdir(f"/proc/{tree[-1]}/task"):
                todo += map(int, Path(f"/proc/{tree[-1]}/task/{task}/children").read_text().split())
        except OSError:
            pass  # it ended meanwhile
    return tree


def _pss_kib(pid: int) -> int:
    """A process's proportional set size in KiB (0 once it has ended)."""
    try:
        rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0
    return next((int(line.split()[1]) for line in rollup.splitlines() if line.startswith("Pss:")), 0)


def summarise(runs: list[dict]) -> dict:
    ok = [r for r in runs if "seconds" in r]
    if not runs:
        return {"status": "not run"}
    if not ok:
        bad = runs[0] if runs else {}
        return {"status": "timed out" if "timeout" in bad else "error", **bad}
    secs = [r["seconds"] for r in ok]
    med = statistics.median(secs)
    res = {
        "status": "ok",
        "median_s": med,
        "min_s": min(secs),
        "max_s": max(secs),
        "spread_pct": 100 * (max(secs) - min(secs)) / med if med else 0.0,
        "peak_mb": max(r["peak_mb"] for r in ok),
        "workers_peak_mb": max(r.get("workers_peak_mb", 0) for r in ok),
        "check": ok[0]["check"],
        "checks_stable": len({r["check"] for r in ok}) == 1,
        "runs": len(ok),
    }
    if "per_query" in ok[0]:
        res["per_query_s"] = {k: statistics.median(r["per_query"][k] for r in ok) for k in ok[0]["per_query"]}
    return res


def prepare(size: str, n: int, work: Path) -> tuple[Path, Path]:
    import workload

    project = work / f"project-{size}"
    out = project / "build"
    if not (out / "dataset.nq").exists():
        workload.project(REPO, project, n)
        (project / "workload.json").write_text(json.dumps({"institutions": n}))
        r = run_once("build", "ours", project, out, 3600)
        if "seconds" not in r:
            raise SystemExit(f"could not build the {size} dataset: {r}")
    # a reused project holds the stored queries, shapes and word lists copied when it was
    # generated: the suite, validate and the rules always run the repository's current texts
    # (the current rules may need a list an older project lacks)
    for folder in ("queries", "shapes", "data/wordlists"):
        shutil.rmtree(project / folder)
        shutil.copytree(REPO / folder, project / folder)
    return project, out


def union_ntriples(out: Path) -> None:
    """The union of the graphs as N-Triples, which the obvious way reads (rdflib's memory graph
    holds no named graphs): written once, outside any timed run, as `build` writes it only with
    --union."""
    if not (out / "dataset.nt").exists():
        from defence_kg.dataset import build as dataset

        (out / "dataset.nt").write_bytes(dataset.read(out).serialize("ntriples", union=True))


def quads(out: Path) -> int:
    with open(out / "dataset.nq", "rb") as f:
        return sum(1 for _ in f)


def fmt_time(s: dict) -> str:
    if s.get("status") == "ok":
        return f"{s['median_s']:.2f} s (±{s['spread_pct']:.0f}%)"
    if s.get("status") == "timed out":
        return f"> {s['timeout']:.0f} s (timed out)"
    if s.get("status") == "error":
        return f"error ({s.get('error', '?')[:80]})"
    return s.get("status", "—")


def markdown(results: dict) -> str:
    lines = [
        "| size | quads | stage | ours | load units | peak MB | obvious | peak MB | ratio | same results? |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for size, r in results["sizes"].items():
        if r.get("load"):
            lines.append(
                f"| {size} | {r['quads']:,} | load unit: `Store.bulk_load` of dataset.nq | {fmt_time(r['load'])} | 1 | "
                f"{r['load']['peak_mb']:.0f} | | | | {r['load']['check']} |"
            )
        for stage in r["stages"]:
            st = r["stages"].get(stage)
            if st is None:
                continue
            if st.get("status") == "not available":
                lines.append(f"| {size} | {r['quads']:,} | {stage} | not available | | | | | | |")
                continue
            o, b = st["ours"], st["obvious"]
            ratio = ""
            if o.get("status") == "ok" and b.get("status") == "ok":
                ratio = f"{b['median_s'] / o['median_s']:.1f}×"
            elif o.get("status") == "ok" and b.get("status") == "timed out":
                ratio = f"> {b['timeout'] / o['median_s']:.0f}×"
            lines.append(
                f"| {size} | {r['quads']:,} | {stage} | {fmt_time(o)} | {fmt_units(o.get('load_units'))} | "
                f"{fmt_peak(o)} | {fmt_time(b)} | {b.get('peak_mb', 0):.0f} | {ratio} | {st['same']} |"
            )
        p = r.get("pipeline")
        if p:
            lines.append(
                f"| {size} | {r['quads']:,} | **build+validate+queries+gexf** | {p['ours']} | "
                f"{fmt_units(p.get('load_units'))} | {p['ours_peak_mb']:.0f} | {p['obvious']} | | {p['ratio']} | |"
            )
    return "\n".join(lines) + "\n"


def fmt_peak(run: dict) -> str:
    """The process's peak, its largest worker's where it had some (build's extraction pool), and
    its processes' together where a memory run sampled them."""
    workers = run.get("workers_peak_mb", 0)
    notes = [f"workers {workers:.0f}"] if workers > 50 else []
    if "tree_peak_mb" in run.get("tree", {}):
        notes.append(f"together {run['tree']['tree_peak_mb']:.0f} sampled")
    return f"{run.get('peak_mb', 0):.0f}" + (f" ({'; '.join(notes)})" if notes else "")


def fmt_units(units: float | None) -> str:
    return "" if units is None else f"{units:.2f}"


def met(ok: bool) -> str:
    return "met" if ok else "**not met**"


def targets(results: dict) -> str:
    """Issue 16's targets, met or not: load units and peak memory at 1M; peak and growth at 10M."""
    md = ""
    one = results["sizes"].get("1m")
    if one and one.get("load"):
        md += (
            f"\nTargets at 1M ({one['quads']:,} quads; load unit {one['load']['median_s']:.2f} s at the start, "
            "and for each stage the mean of the loads just before and after it):\n\n"
            "| stage | time | load units | target | |\n|---|---|---|---|---|\n"
        )
        for stage, target in LOAD_UNIT_TARGETS.items():
            st = one.get("pipeline") if stage == "pipeline" else one["stages"].get(stage, {}).get("ours")
            units = (st or {}).get("load_units")
            if units is None:
                md += f"| {stage} | not run | | ≤ {target} | |\n"
                continue
            secs = st.get("ours_s", st.get("median_s"))
            unit = one["stages"].get(stage, {}).get("load_unit_s")
            around = f" (load {unit:.2f} s)" if unit else ""
            md += f"| {stage} | {secs:.1f} s{around} | {units:.2f} | ≤ {target} | {met(units <= target)} |\n"
        if one.get("pipeline"):
            md += _peak_row(one["pipeline"])
    ten = results["sizes"].get("10m")
    if ten:
        md += f"\nTargets at 10M ({ten['quads']:,} quads):\n\n"
        md += "| stage | time | peak | exponent from 1M | |\n|---|---|---|---|---|\n"
        for stage in TEN_MILLION["stages"]:
            md += _ten_million_row(results, ten, stage)
    return md


def _peak_row(pipe: dict) -> str:
    """The pipeline's peak memory against the target: its processes' together where a memory run
    sampled them (the upper bound beside it), else the upper bound: the largest process's peak plus
    its largest worker's."""
    bound = pipe.get("ours_peak_with_workers_mb", pipe["ours_peak_mb"]) * 2**20 / 1e9
    if pipe.get("tree_peak_mb") is None:
        label, gb, shown = "peak memory (pipeline, with build's workers)", bound, f"{bound:.2f} GB"
    else:
        gb = pipe["tree_peak_mb"] * 2**20 / 1e9
        label = "peak memory (pipeline, its processes together, sampled)"
        shown = f"{gb:.2f} GB (upper bound {bound:.2f} GB)"
    return f"| {label} | {shown} | | ≤ {PEAK_TARGET_GB} GB | {met(gb <= PEAK_TARGET_GB)} |\n"


def _workers(run: dict) -> str:
    workers = run.get("workers_peak_mb", 0)
    return f" (process {run['peak_mb'] / 1024:.1f} + largest worker {workers / 1024:.1f})" if workers > 50 else ""


def _ten_million_row(results: dict, ten: dict, stage: str) -> str:
    st = ten["stages"].get(stage, {}).get("ours", {})
    if st.get("status") != "ok":
        return f"| {stage} | {fmt_time(st) if st else 'not run'} | | | **not met** |\n"
    gib = (st["peak_mb"] + st.get("workers_peak_mb", 0)) / 1024  # with the workers: an upper bound
    one = results["sizes"].get("1m", {}).get("quads")
    exp = next(
        (
            g["exponent"]
            for g in results.get("growth", [])
            if (g["stage"], g["way"], g["from"], g["to"]) == (stage, "ours", one, ten["quads"])
        ),
        None,
    )
    ok = gib <= TEN_MILLION["peak_gib"] and exp is not None and exp <= TEN_MILLION["exponent"]
    return (
        f"| {stage} | {st['median_s']:.1f} s | {gib:.1f} GiB{_workers(st)} (≤ {TEN_MILLION['peak_gib']:.0f}) | "
        f"{'—' if exp is None else exp} (≤ {TEN_MILLION['exponent']}) | {met(ok)} |\n"
    )


def same(stage: str, o: dict, b: dict) -> str:
    if o.get("status") != "ok" or b.get("status") != "ok":
        return "not compared"
    if stage == "queries":
        a, b = json.loads(o["check"]), json.loads(b["check"])
        failed = sorted(k for k, v in b.items() if v.startswith("error"))
        diff = sorted(k for k in a if k not in failed and a[k] != b.get(k))
        rows = sum(int(v.split("(")[1].split()[0]) for k, v in a.items() if "rows)" in v and k not in failed)
        note = f"; rdflib failed on {', '.join(failed)} ({b[failed[0]]})" if failed else ""
        return (
            f"yes, {len(a) - len(failed)} queries, {rows} rows" if not diff else f"NO: {', '.join(diff)} differ"
        ) + note
    if stage in ("build", "validate", "publish"):
        return "yes" if o["check"] == b["check"] else f"NO: {o['check']} vs {b['check']}"
    return f"ours: {o['check']}; obvious: {b['check']}"


def growth(results: dict) -> list[dict]:
    """The log-log slope of time against quads between each pair of consecutive sizes."""
    out = []
    sizes = sorted(results["sizes"].values(), key=lambda s: s["quads"])
    for stage in dict.fromkeys(k for s in sizes for k in s["stages"]):
        for way in ("ours", "obvious"):
            pts = [
                (s["quads"], s["stages"][stage][way]["median_s"])
                for s in sizes
                if stage in s["stages"] and s["stages"][stage].get(way, {}).get("status") == "ok"
            ]
            for (x0, y0), (x1, y1) in zip(pts, pts[1:]):
                e = math.log(y1 / y0) / math.log(x1 / x0) if y0 > 0 and x1 != x0 else float("nan")
                out.append({"stage": stage, "way": way, "from": x0, "to": x1, "exponent": round(e, 2)})
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="10k,100k", help="comma-separated: 10k, 100k, 1m, 10m")
    ap.add_argument("--runs", type=int, default=3, help="runs per stage and way (median reported)")
    ap.add_argument("--stages", default=",".join(STAGES))
    ap.add_argument("--timeout", type=float, default=300, help="seconds before a run is killed")
    ap.add_argument("--obvious-runs", type=int, help="runs of the obvious way (default: --runs; 0: skip it)")
    ap.add_argument("--work", type=Path, help="folder for generated projects (default: a temp folder)")
    ap.add_argument("--results", type=Path, default=HERE / "results")
    ap.add_argument(
        "--merge", action="store_true", help="update the stages run now in the existing results.json, keep the others"
    )
    ap.add_argument(
        "--tree-memory",
        action="store_true",
        help="one more untimed run of each of our stages, its processes' memory sampled together (memory_run)",
    )
    ap.add_argument("--child", nargs=4, metavar=("STAGE", "WAY", "PROJECT", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        cap = int(float(os.environ.get("BENCH_MEMORY_GIB", "4")) * 2**30)
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
        stage, way, project, out = args.child
        print(json.dumps(child(stage, way, Path(project), Path(out))))
        return 0
    import workload

    workload.compile_package(REPO)
    work = args.work or Path(tempfile.mkdtemp(prefix="dkg-bench-"))
    results = {"runs": args.runs, "timeout_s": args.timeout, "cpus": os.cpu_count(), "sizes": {}}
    if args.merge and (args.results / "results.json").exists():
        results = json.loads((args.results / "results.json").read_text())
    for size in args.sizes.lower().split(","):
        project, out = prepare(size, workload.SIZES[size], work)
        entry = results["sizes"].get(size) or {"institutions": workload.SIZES[size], "stages": {}}
        entry["quads"] = quads(out)
        results["sizes"][size] = entry
        unit = load_unit(size, project, out, max(args.runs, 3), args.timeout)
        entry["load"] = unit
        for stage in args.stages.split(","):
            if not available(stage.split(":")[0]):
                entry["stages"][stage] = {"status": "not available"}
                print(f"{size} {stage}: not available", file=sys.stderr)
                continue
            st = {}
            before = run_once("load", "ours", project, out, args.timeout)
            for way in ("ours", "obvious"):
                n = args.runs if way == "ours" else (args.runs if args.obvious_runs is None else args.obvious_runs)
                if way == "obvious" and n and stage in ("validate", "gexf", "trace"):
                    union_ntriples(out)
                runs = []
                for _ in range(n):
                    runs.append(run_once(stage, way, project, out, args.timeout))
                    if "timeout" in runs[-1]:
                        break  # one timeout is enough to know
                st[way] = summarise(runs)
                if way == "ours":
                    after = run_once("load", "ours", project, out, args.timeout)
                    if args.tree_memory and st[way].get("status") == "ok":
                        st[way]["tree"] = memory_run(stage, way, project, out, args.timeout)
                print(
                    f"{size} {stage} {way}: {fmt_time(st[way])} {st[way].get('peak_mb', 0):.0f} MB "
                    f"{st[way].get('check') or st[way].get('error', '')}",
                    file=sys.stderr,
                )
            st["same"] = same(stage, st["ours"], st["obvious"])
            in_load_units(st, bracket(unit, before, after))
            entry["stages"][stage] = st
            _write(results, args.results)  # partial results survive an interrupted run
    results["sizes"] = dict(sorted(results["sizes"].items(), key=lambda kv: kv[1]["quads"]))
    md = _write(results, args.results)
    print(md)
    return 0


def pipeline(entry: dict) -> None:
    """The sum of the pipeline stages (build, validate, queries, gexf), ours and the obvious way."""
    pipe = [entry["stages"].get(s, {}) for s in PIPELINE]
    if not all(p.get("ours", {}).get("status") == "ok" for p in pipe):
        return
    ours = sum(p["ours"]["median_s"] for p in pipe)
    units = [p["ours"].get("load_units") for p in pipe]
    trees = [p["ours"].get("tree", {}).get("tree_peak_mb") for p in pipe]
    entry["pipeline"] = {
        "ours": f"{ours:.1f} s",
        "ours_s": ours,
        "ours_peak_mb": max(p["ours"]["peak_mb"] for p in pipe),
        # with the build's workers added: an upper bound of the memory the machine held
        "ours_peak_with_workers_mb": max(p["ours"]["peak_mb"] + p["ours"].get("workers_peak_mb", 0) for p in pipe),
        # the processes of each stage together, where a memory run sampled every stage
        "tree_peak_mb": None if None in trees else max(trees),
        # each stage in units of the load measured in its own run (a --merge may mix runs)
        "load_units": sum(units) if None not in units else None,
        **_obvious_pipeline(entry, pipe),
    }


def _obvious_pipeline(entry: dict, pipe: list[dict]) -> dict:
    done = [p for p in pipe if p["obvious"].get("status") in ("ok", "timed out")]
    if not done:
        return {"obvious_s": None, "obvious": "not run", "ratio": "—"}
    # the ratio compares the stages the obvious way completed (or timed out in)
    failed = [k for k, v in entry["stages"].items() if v in pipe and v not in done]
    ours_done = sum(p["ours"]["median_s"] for p in done)
    obv_ok = all(p["obvious"].get("status") == "ok" for p in done)
    obv = sum(p["obvious"].get("median_s", p["obvious"].get("timeout", 0)) for p in done)
    note = f" (without {', '.join(failed)}: the obvious way failed)" if failed else ""
    return {
        "obvious_s": obv,
        "obvious": (f"{obv:.1f} s" if obv_ok else f"> {obv:.0f} s") + note,
        "excluded": failed,
        "ratio": f"{obv / ours_done:.1f}×" if obv_ok else f"> {obv / ours_done:.0f}×",
    }


def load_unit(size: str, project: Path, out: Path, runs: int, timeout: float) -> dict:
    """The median time of bulk-loading the size's N-Quads into an in-memory Oxigraph store."""
    unit = summarise([run_once("load", "ours", project, out, timeout) for _ in range(runs)])
    if unit.get("status") != "ok":
        raise SystemExit(f"could not load the {size} dataset into Oxigraph: {unit}")
    print(f"{size} load unit: {fmt_time(unit)} {unit['peak_mb']:.0f} MB {unit['check']}", file=sys.stderr)
    return unit


def bracket(unit: dict, before: dict, after: dict) -> dict:
    """The load unit for one stage: the mean of loads taken just before and just after its runs
    (other work on shared cores changes speed within minutes; a stage is compared with the loads
    around it), else the unit measured at the start of the size."""
    around = [r["seconds"] for r in (before, after) if "seconds" in r]
    if not around:
        return unit
    return {**unit, "median_s": sum(around) / len(around), "around_s": around}


def in_load_units(st: dict, unit: dict) -> None:
    """Each way's median as a multiple of the load unit measured in the same run."""
    st["load_unit_s"] = unit["median_s"]
    st["load_around_s"] = unit.get("around_s")
    for way in ("ours", "obvious"):
        if st[way].get("status") == "ok":
            st[way]["load_units"] = st[way]["median_s"] / unit["median_s"]


def _write(results: dict, folder: Path) -> str:
    for entry in results["sizes"].values():
        pipeline(entry)
    results["growth"] = growth(results)
    folder.mkdir(parents=True, exist_ok=True)
    md = markdown(results) + targets(results)
    if results["growth"]:
        md += "\n| stage | way | quads from → to | growth exponent |\n|---|---|---|---|\n"
        for g in results["growth"]:
            note = " (faster than linear)" if g["exponent"] > TEN_MILLION["exponent"] else ""
            md += f"| {g['stage']} | {g['way']} | {g['from']:,} → {g['to']:,} | {g['exponent']}{note} |\n"
    per = [
        (size, r["quads"], r["stages"]["queries"])
        for size, r in results["sizes"].items()
        if r["stages"].get("queries", {}).get("ours", {}).get("per_query_s")
    ]
    if per:
        md += "\n| size | stored query (in the suite) | ours | obvious |\n|---|---|---|---|\n"
        for size, _, st in per:
            b = st["obvious"].get("per_query_s", {})
            verdicts = json.loads(st["obvious"]["check"]) if st["obvious"].get("check") else {}
            for name, sec in st["ours"]["per_query_s"].items():
                ob = (
                    verdicts[name]
                    if str(verdicts.get(name, "")).startswith("error")
                    else f"{b[name]:.3f} s"
                    if name in b
                    else "—"
                )
                md += f"| {size} | {name} | {sec:.3f} s | {ob} |\n"
    tmp = folder / ".results.json.tmp"
    tmp.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")
    os.replace(tmp, folder / "results.json")
    tmp = folder / ".results.md.tmp"
    tmp.write_text(md)
    os.replace(tmp, folder / "results.md")
    return md


if __name__ == "__main__":
    sys.exit(main())

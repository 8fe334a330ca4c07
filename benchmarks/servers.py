"""benchmarks: the stored query suite on real SPARQL servers, rows compared with in-process.

    python benchmarks/servers.py --size 1m --engines oxigraph,virtuoso

For a synthetic size (benchmarks/workload.py, built once as by run.py) and each engine:

- **oxigraph**: ``defence-kg serve`` as a user runs it (the build bulk-loaded with ``oxigraph
  load``, then ``serve-read-only`` on 127.0.0.1); timed from start to the first answer.
- **virtuoso**: a throw-away Virtuoso Open Source 7 (``virtuoso-t`` from Debian's
  ``virtuoso-opensource-7-bin``) on 127.0.0.1 in a temporary folder, with a random ``dba``
  password, filled by ``defence-kg publish endpoint`` with HTTP Digest (SPARQL Update through
  ``/sparql-auth`` in requests of ``--chunk`` triples, or ``--virtuoso-method gsp``: one Graph Store
  PUT per graph); it verifies every graph's count; timed. Then it is restarted (not timed) before
  it is queried, as docs/scale.md advises after a large load.

Then every stored query runs with its default parameters on the server (``query --all
--endpoint``: one client, labels resolved on the server) and in-process on the same build (one
loaded store), each timed; the rows are compared query by query: the same variables, the same
rows in the same order, as RDF terms. Servers are stopped by PID. Results:
benchmarks/results/servers.json and servers.md (merged with earlier sizes and engines).
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import run as bench  # noqa: E402 - the same prepared projects as run.py
import workload  # noqa: E402

CLI = [sys.executable, "-m", "defence_kg", "--quiet"]


def suite(project: Path, out: Path, endpoint: str | None, timeout: float = 600) -> tuple[dict, float]:
    """Every stored query's result (normalised to N3 text) and the suite's seconds. A query the
    server does not answer within ``timeout`` seconds is recorded as timed out (its result None)
    and the suite goes on, so one slow query does not hide the others' figures."""
    from defence_kg.core.errors import RemoteError
    from defence_kg.core.project import Project
    from defence_kg.dataset import build as dataset
    from defence_kg.queries import library
    from defence_kg.queries.client import Endpoint

    proj = Project(root=project, out=out)
    t0 = time.perf_counter()
    target = library.EndpointLabels(Endpoint(endpoint, timeout=timeout)) if endpoint else dataset.read(out)
    results = {}
    for name, query in sorted(library.discover(proj).items()):
        q0 = time.perf_counter()
        try:
            result = library.run(query, {}, store=target)
        except RemoteError as err:
            results[name] = {"rows": None, "seconds": time.perf_counter() - q0, "result": None, "error": err.what}
        else:
            rows = library.row_count(result)
            results[name] = {"rows": rows, "seconds": time.perf_counter() - q0, "result": _text(result)}
        print(f"  {name}: {results[name]['seconds']:.1f} s, {results[name]['rows']} rows", file=sys.stderr, flush=True)
    return results, time.perf_counter() - t0


def _text(result) -> object:
    if isinstance(result, bool):
        return result
    if isinstance(result, tuple):
        variables, rows = result
        return [list(map(str, variables)), [["" if t is None else t.n3() for t in row] for row in rows]]
    return sorted(" ".join(t.n3() for t in triple) for triple in result)


def compare(ours: dict, theirs: dict) -> dict:
    """Per query: identical (same variables, rows and order), or how it differs."""
    verdicts = {}
    for name, mine in ours.items():
        other = theirs.get(name)
        if other is None:
            verdicts[name] = "missing"
        elif other.get("error"):
            verdicts[name] = f"no answer ({other['error']})"
        elif other["result"] == mine["result"]:
            verdicts[name] = "identical"
        elif isinstance(mine["result"], list) and len(mine["result"]) == 2 and mine["result"][0] == other["result"][0]:
            same_set = sorted(map(tuple, mine["result"][1])) == sorted(map(tuple, other["result"][1]))
            verdicts[name] = "same rows, other order" if same_set else f"differs ({mine['rows']} vs {other['rows']})"
        else:
            verdicts[name] = f"differs ({mine['rows']} vs {other['rows']})"
    return verdicts


def _wait(url: str, proc: subprocess.Popen, deadline_s: float) -> None:
    end = time.monotonic() + deadline_s
    probe = url + "?query=ASK%7B%7D"
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise SystemExit(f"the server exited with {proc.returncode}")
        try:
            urllib.request.urlopen(probe, timeout=5).read()
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"no answer from {url} within {deadline_s:.0f} s")


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextmanager
def oxigraph(project: Path, out: Path, work: Path):
    """``defence-kg serve`` over the build; yields (query URL, {"load_s": seconds to first answer})."""
    port = bench._free_port()
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [*CLI, "--project", str(project), "--out", str(out), "serve", "--port", str(port), "--timeout-s", "600"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        url = f"http://127.0.0.1:{port}/query"
        _wait(url, proc, 3600)
        yield url, {"load_s": time.perf_counter() - t0, "how": "defence-kg serve (oxigraph load, serve-read-only)"}
    finally:
        _stop(proc)


VIRTUOSO_INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
DirsAllowed = ., {d}
; about 2.6 GB of buffers (Virtuoso's guide: 85,000 per GB given to it)
NumberOfBuffers = 340000
MaxDirtyBuffers = 250000
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
ServerThreads = 10
MaxClientConnections = 10
[SPARQL]
ResultSetMaxRows = 100000000
MaxQueryExecutionTime = 3600
MaxQueryCostEstimationTime = 0
"""


@contextmanager
def virtuoso(project: Path, out: Path, work: Path, chunk: int, method: str):
    """A throw-away Virtuoso on loopback, filled by ``defence-kg publish endpoint``, then restarted."""
    if shutil.which("virtuoso-t") is None:
        raise SystemExit("virtuoso-t is not installed (apt-get install virtuoso-opensource-7-bin)")
    folder = Path(tempfile.mkdtemp(prefix="virtuoso-", dir=work))
    sql, http = bench._free_port(), bench._free_port()
    (folder / "virtuoso.ini").write_text(VIRTUOSO_INI.format(d=folder, sql=sql, http=http))
    base = f"http://127.0.0.1:{http}"

    def started() -> subprocess.Popen:
        return subprocess.Popen(
            ["virtuoso-t", "+foreground", "+configfile", str(folder / "virtuoso.ini")],
            cwd=folder,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    proc = started()
    try:
        _wait(base + "/sparql", proc, 120)
        password = secrets.token_hex(12)
        subprocess.run(
            ["isql-vt", f"127.0.0.1:{sql}", "dba", "dba", f"exec=USER_SET_PASSWORD('dba', '{password}');"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        env = {**os.environ, "SPARQL_USER": "dba", "SPARQL_PASSWORD": password}
        t0 = time.perf_counter()
        publish = [
            *CLI,
            *("--project", str(project), "--out", str(out), "publish", "endpoint"),
            *("--endpoint", base + "/sparql", "--timeout", "3600", "--allow-invalid"),
            *(
                ("--gsp-endpoint", base + "/sparql-graph-crud-auth")
                if method == "gsp"
                else ("--update-endpoint", base + "/sparql-auth", "--max-update-triples", str(chunk))
            ),
        ]
        done = subprocess.run(publish, env=env, capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"publish endpoint to Virtuoso failed: {done.stderr.strip()[-500:]}")
        how = (
            "defence-kg publish endpoint "
            + (
                "(Graph Store PUT, one per graph, Digest)"
                if method == "gsp"
                else f"(SPARQL Update, {chunk:,} triples a request, Digest)"
            )
            + ", counts verified, then restarted"
        )
        load_s = time.perf_counter() - t0
        # restarted before it is queried, as docs/scale.md tells users: right after a large load
        # Virtuoso took 11.3 s for the statements check at 1.1M quads, 0.4 s once restarted
        _stop(proc)
        proc = started()
        _wait(base + "/sparql", proc, 600)
        yield base + "/sparql", {"load_s": load_s, "how": how}
    finally:
        _stop(proc)
        shutil.rmtree(folder, ignore_errors=True)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", default="100k", choices=list(workload.SIZES))
    ap.add_argument("--engines", default="oxigraph,virtuoso")
    ap.add_argument(
        "--chunk",
        type=int,
        default=2000,
        help="triples per SPARQL Update request (Virtuoso 7.2 refuses an INSERT DATA of about 5,000 triples: memory exhausted)",
    )
    ap.add_argument("--virtuoso-method", choices=["gsp", "update"], default="update", help="how to fill Virtuoso")
    ap.add_argument("--timeout", type=float, default=600, help="seconds a server may take for one query")
    ap.add_argument("--load-only", action="store_true", help="time only the loading, and count the quads on the server")
    ap.add_argument("--work", type=Path, help="folder for generated projects (default: a temp folder)")
    ap.add_argument("--results", type=Path, default=HERE / "results")
    args = ap.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="dkg-bench-"))
    project, out = bench.prepare(args.size, workload.SIZES[args.size], work)
    path = args.results / "servers.json"
    results = json.loads(path.read_text()) if path.exists() else {}
    entry = results.setdefault(args.size, {})
    entry["quads"] = bench.quads(out)
    if args.load_only:
        return load_only(args, project, out, work, results, entry)
    ours, ours_s = suite(project, out, None)
    print(f"{args.size} in-process suite: {ours_s:.1f} s", file=sys.stderr)
    entry["in_process_s"] = ours_s
    for engine in args.engines.split(","):
        server = start(engine, args, project, out, work)
        with server as (url, loaded):
            theirs, theirs_s = suite(project, out, url, args.timeout)
        verdicts = compare(ours, theirs)
        entry[engine] = {
            **loaded,
            "suite_s": theirs_s,
            "per_query_s": {k: v["seconds"] for k, v in theirs.items()},
            "rows": {k: v["rows"] for k, v in theirs.items()},
            "verdicts": verdicts,
        }
        same = sum(v == "identical" for v in verdicts.values())
        print(
            f"{args.size} {engine}: loaded {loaded['load_s']:.1f} s, suite {theirs_s:.1f} s, "
            f"{same}/{len(verdicts)} queries identical",
            file=sys.stderr,
        )
    entry["in_process_per_query_s"] = {k: v["seconds"] for k, v in ours.items()}
    entry["in_process_rows"] = {k: v["rows"] for k, v in ours.items()}
    return save(args, results)


def load_only(args, project: Path, out: Path, work: Path, results: dict, entry: dict) -> int:
    """Only the loading of each engine, timed, and the quads the server then holds."""
    from defence_kg.queries.client import Endpoint

    for engine in args.engines.split(","):
        server = start(engine, args, project, out, work)
        with server as (url, loaded):
            _, rows = Endpoint(url, timeout=3600).query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        n = int(str(rows[0][0]))
        entry[f"{engine} (load only)"] = {**loaded, "quads_on_server": n}
        print(f"{args.size} {engine}: loaded {loaded['load_s']:.1f} s, {n:,} quads on the server", file=sys.stderr)
    return save(args, results)


def start(engine: str, args, project: Path, out: Path, work: Path):
    """The server of ``engine`` holding the build, as a context manager of (query URL, load figures)."""
    if engine == "oxigraph":
        return oxigraph(project, out, work)
    return virtuoso(project, out, work, args.chunk, args.virtuoso_method)


def save(args, results: dict) -> int:
    args.results.mkdir(parents=True, exist_ok=True)
    _atomic(args.results / "servers.json", json.dumps(results, indent=2, sort_keys=True) + "\n")
    md = markdown(results)
    _atomic(args.results / "servers.md", md)
    print(md)
    return 0


def markdown(results: dict) -> str:
    lines = [
        "| size | quads | engine | how the data got there | load | query suite | in-process suite | identical rows |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for size, r in sorted(results.items(), key=lambda kv: kv[1]["quads"]):
        for engine in ("oxigraph (load only)", "virtuoso (load only)"):
            if engine in r:
                e = r[engine]
                lines.append(
                    f"| {size} | {r['quads']:,} | {engine} | {e['how']} | {e['load_s']:.1f} s | not run | | "
                    f"{e['quads_on_server']:,} quads on the server |"
                )
        for engine in ("oxigraph", "virtuoso"):
            if engine not in r:
                continue
            e = r[engine]
            same = sum(v == "identical" for v in e["verdicts"].values())
            bad = {k: v for k, v in e["verdicts"].items() if v != "identical"}
            note = f"{same}/{len(e['verdicts'])} queries" + (
                "; " + "; ".join(f"{k}: {v}" for k, v in sorted(bad.items())) if bad else ""
            )
            lines.append(
                f"| {size} | {r['quads']:,} | {engine} | {e['how']} | {e['load_s']:.1f} s | {e['suite_s']:.1f} s | "
                f"{r.get('in_process_s', 0):.1f} s | {note} |"
            )
    lines += [
        "",
        "| size | stored query | rows | in-process | oxigraph server | virtuoso |",
        "|---|---|---|---|---|---|",
    ]
    for size, r in sorted(results.items(), key=lambda kv: kv[1]["quads"]):
        for name, secs in sorted(r.get("in_process_per_query_s", {}).items()):
            cells = [_server_time(r.get(e), name) for e in ("oxigraph", "virtuoso")]
            lines.append(f"| {size} | {name} | {r['in_process_rows'][name]:,} | {secs:.3f} s | {' | '.join(cells)} |")
    return "\n".join(lines) + "\n"


def _server_time(engine: dict | None, name: str) -> str:
    if engine is None:
        return "—"
    seconds = engine["per_query_s"][name]
    return f"> {seconds:.0f} s (no answer)" if engine["rows"][name] is None else f"{seconds:.3f} s"


def _atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text)
    os.replace(tmp, path)


if __name__ == "__main__":
    sys.exit(main())

"""publish: push each named graph of the built dataset to a SPARQL 1.1 server, then verify it.

Each graph is replaced whole, by one request per graph, so a graph on the server is always either
its old or its new content, never half-written:

- **Graph Store Protocol** (preferred, ``--gsp-endpoint``): ``PUT <store>?graph=<g>`` with the
  graph as N-Triples. One PUT replaces the graph in one transaction (Oxigraph; Virtuoso).
- **SPARQL Update** (``--update-endpoint``, where the server has no Graph Store):
  ``DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { ... } }`` in one update request. A
  server that runs an update request as one transaction (Oxigraph does) replaces the graph
  atomically. ``--max-update-triples N`` splits a large graph into several requests for servers
  that limit the size of one update (Virtuoso: about 1,000 triples); that **loses atomicity**
  (a failure between two requests leaves the graph partly loaded until a re-run), which is why
  it is off by default. Prefer the Graph Store Protocol for bulk data.

Then every published graph is counted on the server through the query URL
(``SELECT (COUNT(*) AS ?n) WHERE { GRAPH <g> { ?s ?p ?o } }``) and compared with the local
count. Re-running is idempotent: a PUT or DROP+INSERT replaces, so counts stay the same and
nothing is duplicated. Graphs on the server that are not in the dataset are left alone.

A failure part-way stops at once and raises :class:`RemoteError` (exit 3) naming the graphs
published and the graphs not published (``err.published``/``err.unpublished``).

``--dry-run DIR`` writes one file per request (the exact body) and ``manifest.json`` (method, URL,
content type, expected triple count, SHA-256 of the body) and sends nothing. All HTTP goes
through :mod:`defence_kg.queries.client`.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rdflib import URIRef

from defence_kg.core import progress
from defence_kg.core.errors import InputError, RemoteError
from defence_kg.core.output import replace_folder
from defence_kg.core.sparql import term_n3
from defence_kg.queries.client import GRAPH_CONTENT_TYPE, UPDATE_CONTENT_TYPE, Endpoint

MANIFEST = "manifest.json"


@dataclass
class Request:
    """One request that publish sends for a graph."""

    graph: str
    method: str  # PUT (Graph Store) or POST (update)
    url: str
    content_type: str
    body: bytes
    triples: int  # triples in this request's body
    atomic: bool  # True if this request alone replaces the graph whole


@dataclass
class GraphPlan:
    graph: str
    expected: int  # triples the graph must hold on the server afterwards
    requests: list[Request]


def _iri(graph: str) -> str:
    return term_n3(URIRef(graph))


def plan(store, endpoint: Endpoint, graphs: list[str] | None = None, *, max_update_triples: int = 0) -> list[GraphPlan]:
    """The requests that publish the chosen graphs (all named graphs by default), in IRI order."""
    available = [str(g) for g in store.graphs()]
    chosen = available
    if graphs:
        unknown = sorted(set(graphs) - set(available))
        if unknown:
            raise InputError(
                f"graph(s) not in the built dataset: {', '.join(unknown)}",
                why="--graph names a graph IRI of the dataset",
                fix="choose among: " + ", ".join(available),
            )
        chosen = [g for g in available if g in set(graphs)]
    if endpoint.gsp_url is None and endpoint.update_url is None:
        raise InputError(
            "nowhere to publish to",
            why="neither --gsp-endpoint nor --update-endpoint was given",
            fix="give --gsp-endpoint URL (Graph Store Protocol, preferred) or --update-endpoint URL",
        )
    out = []
    counts = {g: store.count(URIRef(g)) for g in chosen}
    with progress.bar("publish endpoint: prepare", total=sum(counts.values()), unit="triples") as prepared:
        for g, n in counts.items():
            body = store.serialize("ntriples", graph=URIRef(g))
            if endpoint.gsp_url is not None:
                reqs = [Request(g, "PUT", endpoint.graph_url(g), GRAPH_CONTENT_TYPE, body, n, True)]
            else:
                reqs = _update_requests(g, body, endpoint.update_url or "", max_update_triples)
            out.append(GraphPlan(g, n, reqs))
            prepared(n)
    return out


def _update_requests(graph: str, ntriples: bytes, url: str, max_triples: int) -> list[Request]:
    lines = [line for line in ntriples.decode("utf-8").splitlines() if line.strip()]
    size = max_triples if max_triples > 0 else max(1, len(lines))
    chunks = [lines[i : i + size] for i in range(0, len(lines), size)] or [[]]
    g = _iri(graph)
    reqs = []
    for i, chunk in enumerate(chunks):
        data = "\n".join(chunk)
        text = (f"DROP SILENT GRAPH {g} ;\n" if i == 0 else "") + (
            f"INSERT DATA {{ GRAPH {g} {{\n{data}\n}} }}\n" if chunk else ""
        )
        reqs.append(
            Request(graph, "POST", url, UPDATE_CONTENT_TYPE, text.encode("utf-8"), len(chunk), atomic=len(chunks) == 1)
        )
    return reqs


def _file_name(index: int, graph: str, part: int, nparts: int, suffix: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9]+", "-", graph.split("://", 1)[-1]).strip("-").lower()[-80:]
    tail = f"-part{part + 1:03d}" if nparts > 1 else ""
    return f"{index + 1:03d}-{slug}{tail}{suffix}"


def dry_run(plans: list[GraphPlan], endpoint: Endpoint, out: Path, *, protected: tuple[Path, ...] = ()) -> Path:
    """Write every request body and a manifest to ``out`` (replaced as a whole, and only if it is
    missing, empty or an earlier dry run); send nothing."""

    def write(folder: Path) -> None:
        entries = []
        for i, p in enumerate(plans):
            for k, r in enumerate(p.requests):
                name = _file_name(i, p.graph, k, len(p.requests), ".nt" if r.method == "PUT" else ".ru")
                (folder / name).write_bytes(r.body)
                entries.append(
                    {
                        "graph": p.graph,
                        "method": r.method,
                        "url": r.url,
                        "content_type": r.content_type,
                        "file": name,
                        "triples_in_body": r.triples,
                        "expected_triples_after": p.expected,
                        "atomic": r.atomic,
                        "sha256": hashlib.sha256(r.body).hexdigest(),
                    }
                )
        manifest = {
            "query_endpoint": endpoint.query_url,
            "graph_store_endpoint": endpoint.gsp_url,
            "update_endpoint": endpoint.update_url,
            "requests": entries,
            "verify": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <graph> { ?s ?p ?o } } "
            "on the query endpoint, per graph; must equal expected_triples_after",
        }
        (folder / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")

    replace_folder(Path(out), "publish endpoint --dry-run", write, protected=protected)
    return Path(out)


class PublishStopped(RemoteError):
    """Publishing failed part-way: which graphs hold their new content and which their old."""

    def __init__(self, published: list[str], unpublished: list[str], what: str, **where_why_fix: str | None) -> None:
        super().__init__(what, **where_why_fix)
        self.published, self.unpublished = published, unpublished


def _silent(line: str) -> None:
    """The default log: the library prints nothing; the command line passes ``print``."""


def publish(plans: list[GraphPlan], endpoint: Endpoint, *, log: Callable[[str], None] = _silent) -> dict[str, int]:
    """Send the requests graph by graph, then verify the counts. Returns {graph: triples on server}."""
    done: list[str] = []
    with progress.bar("publish endpoint: send", total=sum(p.expected for p in plans), unit="triples") as sent:
        for i, p in enumerate(plans):
            _send(p, [q.graph for q in plans[i:]], done, endpoint, sent)
            done.append(p.graph)
            log(f"  sent      {p.expected:>8}  {p.graph}")
    return verify(plans, endpoint, log=log)


def _send(p: GraphPlan, rest: list[str], done: list[str], endpoint: Endpoint, sent: Callable[[int], object]) -> None:
    """Send one graph's requests; a remote failure says what was published and what was not."""
    try:
        for r in p.requests:
            if r.method == "PUT":
                endpoint.put_graph(p.graph, r.body, r.content_type)
            else:
                endpoint.update(r.body.decode("utf-8"))
            sent(r.triples)
    except RemoteError as err:
        partial = len(p.requests) > 1
        state = (
            "it may be partly loaded (chunked updates are not atomic): re-run to complete it"
            if partial
            else "it still holds its previous content (one request per graph is atomic)"
        )
        failure = PublishStopped(
            list(done),
            rest,
            f"publishing stopped at graph {p.graph}: {err.what}",
            where=err.where,
            why=(
                f"{err.why}; published ({len(done)}): {', '.join(done) or 'none'}; "
                f"not published ({len(rest)}): {', '.join(rest)}; {p.graph}: {state}"
            ),
            fix=(err.fix or "") + "; then re-run: publishing is idempotent",
        )
        raise failure from None


def verify(plans: list[GraphPlan], endpoint: Endpoint, *, log: Callable[[str], None] = _silent) -> dict[str, int]:
    """Count each graph's triples on the server and compare with the local counts."""
    found: dict[str, int] = {}
    bad = []
    for p in plans:
        n = endpoint.graph_size(p.graph)
        found[p.graph] = n
        if n != p.expected:
            bad.append(f"{p.graph}: {n} on the server, {p.expected} here")
        else:
            log(f"  verified  {n:>8}  {p.graph}")
    if bad:
        err = PublishStopped(
            [p.graph for p in plans],
            [],
            f"verification failed for {len(bad)} graph(s)",
            where=endpoint.query_url,
            why="; ".join(bad),
            fix="check that the query endpoint serves the store written to; then re-run",
        )
        raise err
    return found


@dataclass(frozen=True)
class EndpointPublication:
    """What ``publish endpoint`` did: graphs and triples sent (or written, on a dry run), and how."""

    query_url: str
    method: str
    graphs: int
    triples: int
    requests: int
    dry_run: Path | None = None


def publish_endpoint(
    store,
    endpoint: Endpoint,
    graphs: list[str] | None = None,
    *,
    max_update_triples: int = 0,
    dry_run_dir: Path | None = None,
    protected: tuple[Path, ...] = (),
    log: Callable[[str], None] = _silent,
) -> EndpointPublication:
    """Replace each named graph of ``store`` on ``endpoint`` and verify the counts (or, with
    ``dry_run_dir``, write the request bodies and a manifest there and send nothing); ``log``
    receives a line per graph sent and verified."""
    plans = plan(store, endpoint, graphs or None, max_update_triples=max_update_triples)
    method = "Graph Store PUT" if endpoint.gsp_url else "SPARQL Update"
    written = dry_run(plans, endpoint, dry_run_dir, protected=protected) if dry_run_dir else None
    if written is None:
        publish(plans, endpoint, log=log)
    return EndpointPublication(
        query_url=endpoint.query_url,
        method=method,
        graphs=len(plans),
        triples=sum(p.expected for p in plans),
        requests=sum(len(p.requests) for p in plans),
        dry_run=written,
    )

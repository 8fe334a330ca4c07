"""The public API: one typed function per job, each returning a frozen dataclass (its JSON form is
what the command line prints with ``--format json``). ``import defence_kg`` offers these names.

A session on the shipped data::

    >>> import defence_kg as kg
    >>> built = kg.build()
    >>> kg.validate(built.store).conforms
    True
    >>> kg.trace(built.store, "CQU", "SASTIND", max_hops=1).message
    'no connection recorded between Chongqing University and State Administration of Science, Technology and Industry for National Defence within 1 hop among stated facts'

"""

from __future__ import annotations

import importlib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from defence_kg.analysis import DEFAULT_THRESHOLD
from defence_kg.analysis.diff import Diff, compare
from defence_kg.analysis.resolve import Resolution
from defence_kg.analysis.resolve import resolve as _resolve
from defence_kg.analysis.stats import Stats
from defence_kg.analysis.stats import stats as _stats
from defence_kg.core.namespaces import BASE
from defence_kg.core.project import Project, find_project
from defence_kg.core.store import Store
from defence_kg.dataset import build as _dataset
from defence_kg.dataset.build import BuildResult
from defence_kg.dataset.extract import CACHE_FOLDER
from defence_kg.dataset.incremental import Built, build_into, write_build
from defence_kg.exports import ExportResult
from defence_kg.exports import export as _export
from defence_kg.loading.registry import Registry
from defence_kg.loading.review import Extraction
from defence_kg.loading.review import extract as _extract
from defence_kg.publish.endpoint import EndpointPublication
from defence_kg.publish.endpoint import publish_endpoint as _publish_endpoint
from defence_kg.publish.release import Release, make_release, release_folder
from defence_kg.queries import library
from defence_kg.queries.client import DEFAULT_TIMEOUT_S, Endpoint
from defence_kg.queries.library import QueryResult, SuiteEntry
from defence_kg.validation.shacl import DEFAULT_ENGINE, ValidationReport, validate_store

if TYPE_CHECKING:
    from defence_kg.analysis.measures import Analysis
    from defence_kg.analysis.screening import Screening
    from defence_kg.analysis.trace import Trace
    from defence_kg.exports.networkx import to_networkx
    from defence_kg.publish.site import SiteSummary

#: Names of the API whose modules load only when first asked for: the libraries behind them
#: (networkx, rapidfuzz, jinja2, matplotlib) took 0.25 of the 0.6 s ``import defence_kg.api``
#: took, which a build, a validation or a query suite run in a process of its own need not pay.
LATER = {
    "Analysis": "defence_kg.analysis.measures",
    "Screening": "defence_kg.analysis.screening",
    "SiteSummary": "defence_kg.publish.site",
    "Trace": "defence_kg.analysis.trace",
    "to_networkx": "defence_kg.exports.networkx",
}


def __getattr__(name: str) -> Any:
    if name not in LATER:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(LATER[name]), name)


__all__ = [
    "Analysis",
    "BuildResult",
    "Built",
    "Diff",
    "EndpointPublication",
    "ExportResult",
    "Extraction",
    "Project",
    "QueryResult",
    "Release",
    "Resolution",
    "Screening",
    "SiteSummary",
    "Stats",
    "Store",
    "SuiteEntry",
    "Trace",
    "ValidationReport",
    "analyse",
    "build",
    "diff",
    "export",
    "extract",
    "load",
    "publish_endpoint",
    "publish_site",
    "query",
    "rebuild",
    "release",
    "resolve",
    "run_suite",
    "screen",
    "stats",
    "to_networkx",
    "trace",
    "validate",
]


def _project(project: Project | None) -> Project:
    return project or find_project()


def build(
    project: Project | None = None,
    *,
    sources: list[str] | None = None,
    documents: dict[str, dict[str, Path | list[Path]]] | None = None,
    out: Path | None = None,
    jobs: int | None = None,
    union: bool = False,
) -> BuildResult:
    """Build the dataset (ontology, curated registry, one graph per source, provenance) in memory;
    with ``out``, also write its files (TriG and N-Quads; with ``union``, Turtle and N-Triples of
    the union of its graphs too) to that build folder,
    and keep (and reuse) each document's extraction in its cache.
    ``documents`` gives documents as local files, ``{source: {document: path}}``; a list of paths
    loads several versions of one document side by side. ``jobs``: processes that extract
    documents (default: one per core from 500 documents, else one; the result is the same whatever the number).

    >>> result = build()
    >>> result.summary()["Organisation"] > 100
    True
    """
    cache = None if out is None else Path(out) / CACHE_FOLDER
    result = _dataset.build(_project(project), sources=sources, documents=documents, jobs=jobs, cache=cache)
    if out is not None:
        write_build(result, Path(out), union=union)
    return result


def rebuild(
    project: Project | None = None,
    *,
    out: Path | None = None,
    sources: list[str] | None = None,
    documents: Mapping[str, Mapping[str, Path | Sequence[Path]]] | None = None,
    jobs: int | None = None,
    union: bool = False,
    cache: bool = True,
) -> Built:
    """Build the dataset into a build folder (default: the project's), as ``defence-kg build``
    does: when only documents changed since the last build there, extract those alone and patch
    the previous build's files (the bytes of a full build); else build in full. The result's
    ``store`` is the dataset when it was built in memory, None when the files were patched
    (``load`` reads them). ``cache=False``: extract and write everything, keeping no cache.

    >>> import tempfile
    >>> out = Path(tempfile.mkdtemp())
    >>> first, again = rebuild(out=out), rebuild(out=out)
    >>> (first.patched, again.patched, again.figures == first.figures)
    (False, True, True)
    """
    project = _project(project)
    return build_into(
        project,
        Path(out) if out is not None else project.out,
        sources=sources,
        documents=documents,
        jobs=jobs,
        union=union,
        cache=cache,
    )


def load(out: Path | None = None, *, network: str | None = None) -> Store:
    """The dataset built earlier into ``out`` (default: the project's build folder). With
    ``network`` (a certainty: "stated", "implied", "possible"), only what ``export``, ``trace``
    and ``analyse`` read at that certainty: the statements of other facts are left out, which
    makes a large dataset load in about half the time.

    >>> import tempfile
    >>> out = Path(tempfile.mkdtemp())
    >>> built = build(out=out)
    >>> len(load(out)) == len(built.store)
    True
    >>> export(load(out, network="stated"), "gexf", out / "g.gexf").edges == export(built.store, "gexf", out / "h.gexf").edges
    True
    """
    from defence_kg.analysis.network import statement_predicates

    wanted = None if network is None else statement_predicates(network)
    return _dataset.read(out or find_project().out, statements_about=wanted)


def validate(store: Store, project: Project | None = None, *, engine: str = DEFAULT_ENGINE) -> ValidationReport:
    """The SHACL report of a dataset against the project's shapes.

    >>> validate(build().store).results
    ()
    """
    return validate_store(store, _project(project).shapes, engine=engine)


def query(
    name_or_file: str,
    params: dict[str, str] | None = None,
    *,
    store: Store | None = None,
    endpoint: str | None = None,
    project: Project | None = None,
    timeout: float = DEFAULT_TIMEOUT_S,
) -> QueryResult:
    """Run a stored query (by name) or a ``.rq`` file, in-process on ``store`` or on a SPARQL 1.1
    ``endpoint`` URL: a bool (ASK), a list of triples (CONSTRUCT) or ``(variables, rows)``.

    >>> variables, rows = query("institution-profile", {"institution": "CQU"}, store=build().store)
    >>> "valueLabel" in variables and len(rows) > 0
    True
    """
    stored = library.find(_project(project), name_or_file)
    if endpoint is None:
        return library.run(stored, params, store=store if store is not None else load())
    remote = Endpoint(endpoint, timeout=timeout)
    return library.run(stored, params, store=library.EndpointLabels(remote), endpoint=remote)


def run_suite(store: Store, project: Project | None = None) -> tuple[SuiteEntry, ...]:
    """Every stored query with its defaults on one dataset: rows and seconds per query.

    >>> [e.name for e in run_suite(build().store) if e.violation and e.rows]
    []
    """
    return library.run_suite(_project(project), store)


def export(
    store: Store, fmt: str, path: Path | None, *, agreements: str = "node", certainty: str = "stated"
) -> ExportResult:
    """Write the network as ``gexf``, ``graphml``, ``cytoscape-json`` or ``nodes-edges-csv``.
    Edges are stated facts; ``certainty="implied"`` or ``"possible"`` adds the hedged facts down
    to that certainty, each edge carrying its ``certainty``.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> export(build().store, "graphml", folder / "g.graphml").edges > 10
    True
    >>> stated = export(build().store, "graphml", folder / "stated.graphml").edges
    >>> export(build().store, "graphml", folder / "all.graphml", certainty="possible").edges > stated
    True
    """
    return _export(store, fmt, path, agreements=agreements, certainty=certainty)


def trace(
    store: Store,
    a: str,
    b: str,
    *,
    via: str | None = None,
    max_hops: int = 4,
    limit: int = 10,
    certainty: str = "stated",
) -> Trace:
    """How two organisations are connected, hop by hop, each hop with its evidence and certainty;
    hops are stated facts unless ``certainty`` ("implied", "possible") admits hedged ones.

    >>> t = trace(build().store, "Chongqing University", "SASTIND")
    >>> [node.label for node in t.paths[0].nodes][1][:40]
    'Agreement between Ministry of Education '
    >>> t.paths[0].steps[0].edges[0].certainty
    'stated'
    """
    from defence_kg.analysis.trace import trace as _trace

    return _trace(store, a, b, via=via, max_hops=max_hops, limit=limit, certainty=certainty)


def analyse(store: Store, *, ego: str | None = None, radius: int = 1, certainty: str = "stated") -> Analysis:
    """Centrality, connected components and an ego network, over the stated facts (or down to
    ``certainty`` "implied" or "possible").

    >>> analyse(build().store).centrality[0].betweenness > 0
    True
    """
    from defence_kg.analysis.measures import analyse as _analyse

    return _analyse(store, ego=ego, radius=radius, certainty=certainty)


def resolve(name: str, store: Store | None = None) -> Resolution:
    """Which registry entity a name refers to, and why (candidates listed when ambiguous).

    >>> resolve("重庆大学", build().store).label
    'Chongqing University'
    """
    return _resolve(Registry.of_store(store if store is not None else load()), name)


def screen(
    store: Store,
    partners: Path | str | list[str],
    *,
    column: str | None = None,
    country_column: str | None = None,
    threshold: float = DEFAULT_THRESHOLD,
    top: int = 3,
) -> Screening:
    """Screen a partner list (a CSV, TSV, XLSX or one-name-a-line file, or a list of names): per row,
    in input order, a decision, the matched entity with its risk and evidence, and why.

    >>> s = screen(build().store, Path("data/examples/partners.csv"), country_column="country")
    >>> [(r.decision, r.entity.label if r.entity else None) for r in s.rows][2:4]
    [('match', 'Chongqing University'), ('no match', None)]
    >>> s.rows[0].entity.risk_level, s.rows[0].entity.risk_date
    ('medium', '2019-12-01')
    """
    from defence_kg.analysis.screening import screen as _screen
    from defence_kg.analysis.screening.inputs import read_partners

    if isinstance(partners, list):
        return _screen(store, partners, threshold=threshold, top=top)
    return _screen(
        store, read_partners(partners, column=column, country_column=country_column), threshold=threshold, top=top
    )


def stats(store: Store, *, top: int = 10) -> Stats:
    """Counts by kind, risk level, category and source, and the most-linked organisations.

    >>> stats(build().store).by_risk_level
    {'medium': 1}
    """
    return _stats(store, top)


def extract(path: Path, project: Project | None = None) -> Extraction:
    """The facts one profile text yields, for review (nothing is written).

    >>> e = extract(Path("data/documents/aspi-tracker/chongqing-university.txt"))
    >>> any(f["predicate"] == "dkg:subordinateTo" for f in e.facts)
    True
    """
    return _extract(_project(project), Path(path))


def publish_site(
    store: Store,
    out: Path,
    *,
    base_url: str = BASE,
    site_url: str | None = None,
    sparql_endpoint: str | None = None,
    releases: Path | None = None,
    project: Project | None = None,
) -> SiteSummary:
    """Write the static linked-data site (pages, RDF per entity, dumps, VoID, server configs);
    with ``releases`` (a folder of releases), a changes page made from their diffs. The
    project's folder and build folder are never written over.

    >>> import tempfile
    >>> publish_site(build().store, Path(tempfile.mkdtemp()) / "site").entities > 100
    True
    """
    from defence_kg.publish.site import build_site

    project = _project(project)
    return build_site(
        store,
        out,
        base_url=base_url,
        site_url=site_url,
        sparql_endpoint=sparql_endpoint,
        releases=releases,
        protected=project.protected,
    )


def publish_endpoint(
    store: Store,
    query_url: str,
    *,
    gsp_url: str | None = None,
    update_url: str | None = None,
    graphs: list[str] | None = None,
    max_update_triples: int = 0,
    dry_run: Path | None = None,
    timeout: float = DEFAULT_TIMEOUT_S,
) -> EndpointPublication:
    """Replace each named graph on a SPARQL 1.1 server and verify the counts (``dry_run``: write the
    requests to a folder and send nothing).

    >>> import tempfile
    >>> done = publish_endpoint(build().store, "http://127.0.0.1:9/query", gsp_url="http://127.0.0.1:9/store",
    ...                         dry_run=Path(tempfile.mkdtemp()) / "requests")
    >>> done.graphs > 3, done.method
    (True, 'Graph Store PUT')
    """
    endpoint = Endpoint(query_url, update_url=update_url, gsp_url=gsp_url, timeout=timeout)
    return _publish_endpoint(store, endpoint, graphs, max_update_triples=max_update_triples, dry_run_dir=dry_run)


def release(
    store: Store,
    version: str,
    out: Path | None = None,
    *,
    notes: str | None = None,
    previous: Path | str | None = "auto",
    date: str | None = None,
    base_url: str = BASE,
    project: Project | None = None,
) -> Release:
    """Write a versioned release of a dataset to ``out`` (default: ``<build>/releases/<version>``):
    dumps with SHA-256 sums, a manifest, DCAT/VoID, the changes since the ``previous`` release
    (``"auto"``: the greatest version below this one beside ``out``) and release notes. The date
    is ``date``, else the latest date of the sources, never the clock.

    >>> import tempfile
    >>> releases, store = Path(tempfile.mkdtemp()), build().store
    >>> release(store, "1.0.0", releases / "1.0.0").date
    '2026-11-28'
    >>> second = release(store, "1.1.0", releases / "1.1.0", notes="Nothing new.")
    >>> second.previous, second.changes["all"]
    ('1.0.0', {'added': 0, 'removed': 0, 'changed': 0})
    """
    project = _project(project)
    return make_release(
        store,
        release_folder(project.out, version, out),
        version,
        notes=notes,
        previous=previous,
        date=date,
        base_url=base_url,
        build=project.out,
        protected=project.protected,
    )


def diff(old: Path | Store, new: Path | Store, *, entity: str | None = None) -> Diff:
    """The claim-level changes from ``old`` to ``new`` (build folders, releases, ``.nq``/``.trig``
    dumps, or stores): claims added, removed and changed, grouped per entity and by theme, with
    their evidence on both sides; IRIs renamed, merged or split; documents in a new version.
    ``entity`` (a name, slug, CURIE or IRI) keeps only the changes about it.

    >>> store = build().store
    >>> d = diff(store, store)
    >>> d.summary["all"], d.entities
    ({'added': 0, 'removed': 0, 'changed': 0}, ())
    """
    return compare(old, new, entity=entity)

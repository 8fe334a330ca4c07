"""all stages: the `defence-kg` command line.

Exit codes: 0 ok; 1 the data fails validation or expectations; 2 usage or input error;
3 remote failure. Errors say what, where, why and how to fix.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from defence_kg import __version__
from defence_kg.core.errors import EXIT_INVALID, EXIT_OK, EXIT_USAGE, DefenceKGError, InputError
from defence_kg.core.project import Project, find_project


def _documents(values: list[str]) -> dict[str, dict[str, Path]]:
    """``--document SOURCE=PATH`` or ``SOURCE=DOC=PATH`` -> {source: {doc: path}}."""
    out: dict[str, dict[str, Path]] = {}
    for value in values:
        parts = value.split("=")
        if len(parts) == 2:
            source, path = parts
            doc = "*"
        elif len(parts) == 3:
            source, doc, path = parts
        else:
            raise InputError(f"bad --document value '{value}'", fix="write SOURCE=PATH or SOURCE=DOCUMENT=PATH")
        out.setdefault(source, {})[doc] = Path(path).resolve()
    return out


def cmd_build(args: argparse.Namespace, project: Project) -> int:
    from defence_kg.dataset import build as dataset
    from defence_kg.sources.profiles import discover

    overrides = _documents(args.document)
    # "SOURCE=PATH" applies to the source's only document
    for source in discover(project):
        docs = overrides.get(source.id, {})
        if "*" in docs:
            if len(source.documents) != 1:
                raise InputError(f"source {source.id} has {len(source.documents)} documents",
                                 fix="name the document: --document SOURCE=DOCUMENT=PATH")
            docs[source.documents[0].id] = docs.pop("*")
    result = dataset.build(project, sources=args.source or None, documents=overrides)
    paths = dataset.write(result.store, project.out)
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(f"built {len(result.store)} quads in {len(result.store.graphs())} named graphs -> {project.out}")
    for graph, n in result.counts().items():
        print(f"  {n:>8}  {graph}")
    for cls, n in result.summary().items():
        print(f"  {n:>8}  dkg:{cls} (and kinds of it)")
    for name, path in paths.items():
        print(f"  wrote {path}")
    if args.validate:
        return _validate(project, result.store, fmt="text")
    return EXIT_OK


def _validate(project: Project, store, *, fmt: str, engine: str | None = None) -> int:
    from defence_kg.validate.shacl import DEFAULT_ENGINE, validate_store

    report = validate_store(store, project.shapes, engine=engine or DEFAULT_ENGINE)
    print(report.to_json() if fmt == "json" else report.text())
    return EXIT_OK if report.conforms else EXIT_INVALID


def cmd_validate(args: argparse.Namespace, project: Project) -> int:
    from defence_kg.dataset import build as dataset

    return _validate(project, dataset.read(project.out), fmt=args.format, engine=args.engine)


def cmd_extract(args: argparse.Namespace, project: Project) -> int:
    from defence_kg.load.review import extract_file

    if args.report:
        from defence_kg.load.report import report
        print(report(project, [Path(p) for p in args.report], args.gold))
        return EXIT_OK
    if not args.file:
        raise InputError("no document given", fix="defence-kg extract FILE, or --report DIR_OR_FILES")
    print(extract_file(project, Path(args.file), fmt=args.format))
    return EXIT_OK


DESCRIPTION = ("A knowledge graph of institutions, laboratories and their defence links, "
               "where every fact cites its evidence.")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="defence-kg", description=DESCRIPTION,
                                epilog="exit codes: 0 ok, 1 invalid data, 2 usage or input error, 3 remote failure")
    p.add_argument("--version", action="version", version=f"defence-kg {__version__}")
    p.add_argument("--project", type=Path, help="project root (default: found from the current folder)")
    p.add_argument("--out", type=Path, help="build folder (default: <project>/build)")
    p.add_argument("--quiet", action="store_true", help="no progress output on stderr")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    b = sub.add_parser("build", help="build the dataset into the build folder and print counts")
    b.add_argument("--source", action="append", default=[], help="build only this source (repeatable)")
    b.add_argument("--document", action="append", default=[], metavar="SOURCE=[DOC=]PATH",
                   help="read a source's document from a local file")
    b.add_argument("--validate", action="store_true", help="validate the built dataset too")
    b.set_defaults(func=cmd_build)

    v = sub.add_parser("validate", help="validate the built dataset against shapes/ (exit 1 on violations)")
    v.add_argument("--format", choices=["text", "json"], default="text")
    v.add_argument("--engine", choices=["oxigraph", "pyshacl"], default="oxigraph",
                   help="SHACL engine: oxigraph (fast, proven equal to pySHACL by tests) or pyshacl (reference)")
    v.set_defaults(func=cmd_validate)

    e = sub.add_parser("extract", help="print the facts one profile document yields, for review")
    e.add_argument("file", nargs="?", help="a tracker profile page as text")
    e.add_argument("--report", nargs="+", metavar="DIR_OR_FILE", help="report on many documents (see gold.py)")
    e.add_argument("--gold", type=Path, metavar="FILE", help="with --report: score against this gold file")
    e.add_argument("--format", choices=["json", "turtle", "both"], default="both")
    e.set_defaults(func=cmd_extract)

    s = sub.add_parser("serve", help="serve the built dataset on a local SPARQL endpoint, or a published site")
    s.add_argument("--host", default="127.0.0.1", help="address to bind (default: loopback only)")
    s.add_argument("--port", type=int, default=7878, help="port (0: a free one)")
    s.add_argument("--site", type=Path, metavar="DIR", help="serve this published site, with content negotiation")
    s.add_argument("--writable", action="store_true", help="accept SPARQL updates (read-only by default)")
    s.add_argument("--timeout-s", type=int, default=60, help="query timeout in seconds")
    s.set_defaults(func=cmd_serve)

    from defence_kg.cli import publish
    publish.register(sub)
    for register in _extensions():
        register(sub, None)
    return p


def cmd_serve(args: argparse.Namespace, project: Project) -> int:
    if args.site:
        from defence_kg.publish.site_server import serve_site
        return serve_site(args.site, host=args.host, port=args.port)
    from defence_kg.query.server import serve_endpoint
    return serve_endpoint(project, host=args.host, port=args.port, writable=args.writable,
                          timeout_s=args.timeout_s)


#: Modules that add commands, each with ``register(commands, publish_targets)``.
EXTENSIONS = ("query.library", "export.commands", "analysis.trace", "analysis.resolve", "analysis.stats")


def _extensions():
    import importlib

    for name in EXTENSIONS:
        try:
            module = importlib.import_module(f"defence_kg.{name}")
        except ModuleNotFoundError as err:
            if f"defence_kg.{name}".startswith(err.name or "?"):
                continue        # a module not written yet contributes nothing
            raise
        yield module.register


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    from defence_kg.core import progress
    progress.set_quiet(args.quiet)
    try:
        project = find_project(args.project, out=args.out)
        return args.func(args, project)
    except DefenceKGError as err:
        print(f"error: {err.render()}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # output piped into `head` or similar: stop quietly, as Unix tools do
        sys.stderr.close()
        return EXIT_OK



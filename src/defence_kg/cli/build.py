"""cli: ``defence-kg build``, ``validate`` and ``extract`` — making the dataset and checking it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from defence_kg.cli import refuse_unused
from defence_kg.core.errors import EXIT_INVALID, EXIT_OK, InputError
from defence_kg.core.inputs import can_name_a_file
from defence_kg.core.project import Project
from defence_kg.core.records import to_json
from defence_kg.validation import DEFAULT_ENGINE, ENGINES

if TYPE_CHECKING:
    from defence_kg.validation.shacl import ValidationReport


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    b = commands.add_parser("build", help="build the dataset into the build folder and print counts")
    b.add_argument("--source", action="append", default=[], help="build only this source (repeatable)")
    b.add_argument(
        "--document",
        action="append",
        default=[],
        metavar="SOURCE=[DOC=]PATH",
        help="read a source's document from a local file (repeatable; the same document given twice "
        "loads both versions side by side)",
    )
    b.add_argument("--validate", action="store_true", help="validate the built dataset too")
    b.add_argument(
        "--union",
        action="store_true",
        help="also write dataset.ttl and dataset.nt, the union of the named graphs (without it, "
        "those an earlier build wrote are removed)",
    )
    b.add_argument(
        "--jobs",
        type=_jobs,
        metavar="N",
        help="extract documents in N processes (default: one per core from 500 documents, else 1; 1: in this process); "
        "the output is the same whatever N",
    )
    b.add_argument(
        "--no-cache",
        action="store_true",
        help="extract every document again and write the files in full, neither reading nor writing the build "
        "folder's extraction cache (by default, a build after only documents changed extracts those and patches "
        "the previous build's files: the same bytes)",
    )
    b.set_defaults(func=cmd_build)

    v = commands.add_parser("validate", help="validate the built dataset against shapes/ (exit 1 on violations)")
    v.add_argument("--format", choices=["text", "json"], default="text", help="report format (default text)")
    v.add_argument(
        "--engine",
        choices=ENGINES,
        default=DEFAULT_ENGINE,
        help="SHACL engine: oxigraph (fast, proven equal to pySHACL by tests) or pyshacl (reference); "
        f"default {DEFAULT_ENGINE}",
    )
    v.set_defaults(func=cmd_validate)

    e = commands.add_parser("extract", help="print the facts one profile document yields, for review")
    e.add_argument("file", nargs="?", help="a tracker profile page as text")
    e.add_argument("--report", nargs="*", metavar="DIR_OR_FILE", help="report on many documents")
    e.add_argument(
        "--document",
        action="append",
        default=[],
        metavar="SOURCE=[DOC=]PATH",
        help="with --report: also report on the documents a source's loader reads from a local file "
        "(misp-galaxy=PATH: every entry of a MISP cluster, named by its uuid)",
    )
    e.add_argument("--gold", type=Path, metavar="FILE", help="with --report: score against this gold file")
    e.add_argument(
        "--strict",
        action="store_true",
        help="exit 1 when the text raises warnings (no institution name, no risk sentence, sentences not read)",
    )
    e.add_argument(
        "--format",
        choices=["json", "turtle"],
        help="facts with labels and quotes as JSON (default), or the triples as Turtle",
    )
    e.set_defaults(func=cmd_extract)


def _jobs(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"not a number of processes: {value!r} (give 1 or more)")
    return int(value)


def _documents(values: list[str]) -> dict[str, dict[str, list[Path]]]:
    """``--document SOURCE=PATH`` or ``SOURCE=DOC=PATH`` -> {source: {doc: [path, ...]}} ('*': the
    only one). A document given more than once is loaded in several versions, side by side."""
    out: dict[str, dict[str, list[Path]]] = {}
    for value in values:
        parts = value.split("=")
        if len(parts) not in (2, 3) or not all(parts) or not can_name_a_file(value):
            raise InputError(f"bad --document value {value!r}", fix="write SOURCE=PATH or SOURCE=DOCUMENT=PATH")
        source, doc, path = parts if len(parts) == 3 else (parts[0], "*", parts[1])
        out.setdefault(source, {}).setdefault(doc, []).append(Path(path).resolve())
    return out


def _name_only_documents(project: Project, overrides: dict[str, dict[str, list[Path]]]) -> None:
    """ "SOURCE=PATH" applies to the source's only document."""
    from defence_kg.sources.profiles import discover

    if not any("*" in docs for docs in overrides.values()):
        return  # reading the sources' profiles took a tenth of a patched rebuild at a million quads

    for source in discover(project):
        docs = overrides.get(source.id, {})
        if "*" in docs:
            if len(source.documents) != 1:
                raise InputError(
                    f"source {source.id} has {len(source.documents)} documents",
                    fix="name the document: --document SOURCE=DOCUMENT=PATH",
                )
            docs.setdefault(source.documents[0].id, []).extend(docs.pop("*"))


def cmd_build(args: argparse.Namespace, project: Project) -> int:
    # the stages' own functions (those ``defence_kg.api.rebuild`` and ``validate`` call), not the
    # API module: importing every stage's libraries took 0.9 s, a third of a patched rebuild
    from defence_kg.dataset.build import read
    from defence_kg.dataset.incremental import build_into
    from defence_kg.validation.shacl import validate_store

    overrides = _documents(args.document)
    _name_only_documents(project, overrides)
    built = build_into(
        project,
        project.out,
        sources=args.source or None,
        documents=overrides,
        jobs=args.jobs,
        union=args.union,
        cache=not args.no_cache,
    )
    for warning in built.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    figures = built.figures
    print(f"built {figures.quads} quads in {len(figures.graphs)} named graphs -> {project.out}")
    patched = "; the previous build's files patched" if built.patched else ""
    print(f"  documents: {built.extracted} extracted, {built.reused} reused from the extraction cache{patched}")
    if built.full_because:
        print(f"  built in full: {built.full_because}")
    for graph, n in figures.graphs.items():
        print(f"  {n:>8}  {graph}")
    for cls, n in figures.classes.items():
        print(f"  {n:>8}  dkg:{cls} (and kinds of it)")
    for path in built.paths.values():
        print(f"  wrote {path}")
    if not built.paths:
        print("  the files already hold this dataset: none was written again")
    if args.validate:
        store = built.store or read(project.out)
        return _print_report(validate_store(store, project.shapes), fmt="text")
    return EXIT_OK


def _print_report(report: ValidationReport, *, fmt: str) -> int:
    print(report.to_json() if fmt == "json" else report.text())
    return EXIT_OK if report.conforms else EXIT_INVALID


def cmd_validate(args: argparse.Namespace, project: Project) -> int:
    from defence_kg.dataset import build as dataset
    from defence_kg.validation.shacl import validate_store

    return _print_report(validate_store(dataset.read(project.out), project.shapes, engine=args.engine), fmt=args.format)


def _one_file_each(values: list[str]) -> dict[str, dict[str, Path]]:
    """``--document`` values for ``extract --report``: one file per document of a source."""
    out: dict[str, dict[str, Path]] = {}
    for source, docs in _documents(values).items():
        for doc, given in docs.items():
            paths = given if isinstance(given, list) else [given]
            if len(paths) != 1:
                raise InputError(
                    f"document '{source}={doc}' given {len(paths)} times", fix="give one file per document"
                )
            out.setdefault(source, {})[doc] = paths[0]
    return out


def cmd_extract(args: argparse.Namespace, project: Project) -> int:
    from defence_kg.loading.report import report
    from defence_kg.loading.review import extract

    if args.report is not None or args.document:
        refuse_unused(
            {"--format": args.format is not None, "--strict": args.strict},
            why="--report prints a report of many documents, in one form",
            fix="drop them, or drop --report to see one document's facts",
        )
        given = [*([args.file] if args.file else []), *(args.report or [])]  # ("extract FILE --report": FILE)
        if not given and not args.document:
            raise InputError("no documents to report on", fix="defence-kg extract --report DIR_OR_FILES")
        print(report(project, [Path(p) for p in given], args.gold, _one_file_each(args.document)))
        return EXIT_OK
    refuse_unused({"--gold": args.gold is not None}, why="a gold file scores a report", fix="add --report")
    if not args.file:
        raise InputError("no document given", fix="defence-kg extract FILE, or --report DIR_OR_FILES")
    result = extract(project, Path(args.file))
    sys.stdout.write(to_json(result, indent=2) if args.format in (None, "json") else result.turtle)
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return EXIT_INVALID if args.strict and result.warnings else EXIT_OK

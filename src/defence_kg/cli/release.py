"""cli: ``defence-kg release`` (a versioned release of the build) and ``defence-kg diff`` (what changed
between two builds, releases or dumps, claim by claim)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from defence_kg.cli import format_of_output
from defence_kg.cli.publish import _allow_invalid, _valid_store
from defence_kg.core import BASE
from defence_kg.core.errors import EXIT_OK, InputError
from defence_kg.core.inputs import read_input
from defence_kg.core.output import check_file, write_file
from defence_kg.core.project import Project
from defence_kg.core.records import to_json

if TYPE_CHECKING:
    from defence_kg.analysis.diff import Change, Diff, DocumentChange, Evidence
    from defence_kg.publish.release import Release


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    r = commands.add_parser(
        "release",
        help="write a versioned release of the build: dumps with SHA-256 sums, manifest, DCAT/VoID, "
        "changes since the previous release, release notes",
    )
    r.add_argument("version", help="the release's version, e.g. 1.0.0 (names its folder and IRI)")
    r.add_argument("--notes", type=Path, metavar="FILE", help="release notes to include (UTF-8 text or Markdown)")
    r.add_argument(
        "-o", "--output", type=Path, metavar="DIR", help="the release folder (default: <build>/releases/VERSION)"
    )
    r.add_argument(
        "--previous",
        metavar="DIR|none",
        help="the previous release's folder, or none (default: the greatest version below VERSION beside the output)",
    )
    r.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help="the release date (default: the latest date of the sources, never the clock)",
    )
    r.add_argument("--base-url", default=BASE, help=f"IRI base of the data and its releases (default {BASE})")
    r.add_argument("--format", choices=["text", "json"], default="text", help="what to print (default text)")
    _allow_invalid(r)
    r.set_defaults(func=cmd_release)

    d = commands.add_parser("diff", help="what changed between two builds, releases or dump files, claim by claim")
    d.add_argument("old", type=Path, help="a build folder, a release folder, or a .nq/.trig dump (optionally .gz)")
    d.add_argument("new", type=Path, help="the same, newer")
    d.add_argument("--format", choices=DIFF_FORMATS, help="output format (default: from -o's extension, else text)")
    d.add_argument("--entity", metavar="NAME", help="only changes about this entity (name, slug, CURIE or IRI)")
    d.add_argument("-o", "--output", default="-", metavar="FILE", help="write here (default: stdout)")
    d.set_defaults(func=cmd_diff)


def cmd_release(args: argparse.Namespace, project: Project) -> int:
    from defence_kg import api
    from defence_kg.core.output import check_folder
    from defence_kg.publish.release import RELEASE_COMMAND, check_release, release_folder

    out = release_folder(project.out, args.version, args.output)
    check_release(out, args.version, args.date)  # before the read
    check_folder(out, RELEASE_COMMAND, protected=project.protected)
    store = _valid_store(project, args.allow_invalid)
    notes = _read_notes(args.notes) if args.notes else None
    previous: Path | str | None = "auto"
    if args.previous is not None:
        previous = None if args.previous.lower() == "none" else Path(args.previous)
    done = api.release(
        store,
        args.version,
        out,
        notes=notes,
        previous=previous,
        date=args.date,
        base_url=args.base_url,
        project=project,
    )
    print(to_json(done) if args.format == "json" else release_text(done), end="")
    return EXIT_OK


def _read_notes(path: Path) -> str:
    try:
        return read_input(path, "the release notes").decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(
            "release notes are not UTF-8 text", where=str(path), why=str(err), fix="save them as UTF-8"
        ) from None


def release_text(r: Release) -> str:
    lines = [f"released {r.version} ({r.date}) -> {r.output}"]
    lines.append(f"  previous release: {r.previous}" if r.previous else "  first release (no previous one)")
    for key, n in r.counts.items():
        lines.append(f"  {n:>10}  {key}")
    if r.changes is not None:
        lines.append("  changes since the previous release (added / removed / changed):")
        lines += [f"    {t}: {n['added']} / {n['removed']} / {n['changed']}" for t, n in r.changes.items()]
    lines += [f"  wrote {f.name} ({f.size} bytes, sha256 {f.sha256})" for f in r.files]
    return "\n".join(lines) + "\n"


DIFF_FORMATS = ("text", "json", "markdown", "html")


def cmd_diff(args: argparse.Namespace, project: Project) -> int:
    from defence_kg import api
    from defence_kg.publish.changes import diff_html

    fmt = format_of_output(args.format, args.output, DIFF_FORMATS, "text")
    check_file(args.output, build=project.out)  # before the read
    found = api.diff(args.old, args.new, entity=args.entity)
    renderers: dict[str, Callable[[Diff], str]] = {
        "json": to_json,
        "markdown": diff_markdown,
        "html": diff_html,
        "text": diff_text,
    }
    render = renderers[fmt]
    write_file(render(found).encode("utf-8"), args.output, build=project.out)
    return EXIT_OK


# -- text and Markdown --------------------------------------------------------------------------


def _evidence(ev: Evidence) -> str:
    from defence_kg.core.sparql import compact

    where = ev.title or (compact(ev.document) if ev.document else "no document")
    parts = [ev.certainty, where] + [p for p in (f"dated {ev.modified}" if ev.modified else "", ev.version or "") if p]
    quote = f'"{ev.quote}" ' if ev.quote else ""
    return f"{quote}({'; '.join(parts)})"


def _claim(c: Change) -> str:
    what = f" ({c.changed})" if c.changed else ""
    value = {"added": c.new, "removed": c.old, "changed": f"{c.old} -> {c.new}"}[c.kind]
    return f"{c.kind}{what}: {c.subject_label} {c.predicate} {value}"


def _header(d: Diff) -> list[str]:
    from defence_kg.core.sparql import compact

    total = d.summary["all"]
    lines = [
        f"Changes from {d.old} to {d.new}" + (f" about {compact(d.entity)}" if d.entity else ""),
        f"{total['added']} added, {total['removed']} removed, {total['changed']} changed claims",
    ]
    lines += [
        f"  {t}: {n['added']} added, {n['removed']} removed, {n['changed']} changed"
        for t, n in d.summary.items()
        if t != "all"
    ]
    return lines


def diff_text(d: Diff) -> str:
    from defence_kg.core.sparql import compact

    lines = _header(d)
    if d.iri_changes:
        lines += ["", "IRIs that changed:"]
        lines += [
            f"  {i.kind}: {', '.join(map(compact, i.old))} -> {', '.join(map(compact, i.new))} ({i.label}; {i.basis})"
            for i in d.iri_changes
        ]
    if d.documents:
        lines += ["", "Source documents:"]
        lines += [f"  {x.kind}: {x.title or compact(x.document)}" + _versions(x) for x in d.documents]
    for e in d.entities:
        lines += ["", f"{e.label} ({compact(e.entity)})"]
        theme = None
        for c in e.changes:
            if c.theme != theme:
                theme = c.theme
                lines.append(f"  [{theme}]")
            lines.append(f"    {_claim(c)}")
            lines += [f"      before: {_evidence(ev)}" for ev in c.old_evidence]
            lines += [f"      after:  {_evidence(ev)}" for ev in c.new_evidence]
            if c.why:
                lines.append(f"      why: {c.why}")
    return "\n".join(lines) + "\n"


def _versions(x: DocumentChange) -> str:
    if x.kind != "new version":
        return ""
    return f" ({x.old_modified or x.old_version or 'undated'} -> {x.new_modified or x.new_version or 'undated'})"


def diff_markdown(d: Diff) -> str:
    head = _header(d)
    lines = [f"# {head[0]}", "", head[1], "", "| theme | added | removed | changed |", "|---|---|---|---|"]
    lines += [f"| {t} | {n['added']} | {n['removed']} | {n['changed']} |" for t, n in d.summary.items()]
    if d.iri_changes:
        lines += ["", "## IRIs that changed", ""]
        lines += [
            f"- {i.kind}: `{'`, `'.join(i.old)}` → `{'`, `'.join(i.new)}` ({i.label}; {i.basis})" for i in d.iri_changes
        ]
    if d.documents:
        lines += ["", "## Source documents", ""]
        lines += [f"- {x.kind}: {x.title or x.document}{_versions(x)}" for x in d.documents]
    for e in d.entities:
        lines += ["", f"## {e.label}", "", f"`{e.entity}`", ""]
        for c in e.changes:
            lines.append(f"- **{c.theme}**, {_claim(c).replace(' -> ', ' → ')}")
            lines += [f"  - before: {_evidence(ev)}" for ev in c.old_evidence]
            lines += [f"  - after: {_evidence(ev)}" for ev in c.new_evidence]
            if c.why:
                lines.append(f"  - why: {c.why}")
    return "\n".join(lines) + "\n"

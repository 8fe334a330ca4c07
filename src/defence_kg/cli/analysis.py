"""cli: ``defence-kg trace``, ``analyse``, ``stats`` and ``resolve`` — the analysis commands, and
how their results read in a terminal. Text is rendered from the JSON form of each result, so the
text and ``--format json`` never disagree.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from defence_kg.cli import format_of_output, positive_int
from defence_kg.cli.export import CERTAINTY_HELP
from defence_kg.core import CERTAINTIES
from defence_kg.core.errors import EXIT_OK, EXIT_USAGE, InputError, visible
from defence_kg.core.output import check_file, write_file
from defence_kg.core.project import Project
from defence_kg.core.records import to_data, to_json

if TYPE_CHECKING:
    from defence_kg.analysis.resolve import Resolution


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    t = commands.add_parser("trace", help="explain how two organisations are connected, hop by hop, with evidence")
    t.add_argument("a", help="an organisation: IRI, id slug, label, alias, abbreviation or Chinese name")
    t.add_argument("b", help="another organisation")
    t.add_argument("--via", help="only paths through this third organisation")
    t.add_argument("--max-hops", type=positive_int, default=4, help="longest path, in edges (default 4)")
    t.add_argument("--limit", type=positive_int, default=10, help="at most this many paths (default 10)")
    t.add_argument("--certainty", choices=CERTAINTIES, default="stated", help=CERTAINTY_HELP)
    t.add_argument("--format", choices=TRACE_FORMATS, help="default: from -o's extension, else text")
    t.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    t.set_defaults(func=cmd_trace)

    a = commands.add_parser("analyse", help="degree and betweenness centrality, components, ego network")
    a.add_argument("--ego", metavar="ORG", help="also show the ego network of this organisation")
    a.add_argument("--radius", type=positive_int, default=1, help="ego network radius in hops (default 1)")
    a.add_argument("--format", choices=["table", "json"], help="default: from -o's extension, else table")
    a.add_argument("--top", type=positive_int, default=20, help="rows of the centrality table (default 20)")
    a.add_argument("--certainty", choices=CERTAINTIES, default="stated", help=CERTAINTY_HELP)
    a.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    a.set_defaults(func=cmd_analyse)

    s = commands.add_parser("stats", help="counts by kind, risk level, category and source; most-linked organisations")
    s.add_argument(
        "--top", type=positive_int, default=10, help="how many most-linked organisations to list (default 10)"
    )
    s.add_argument("--format", choices=["text", "json"], default="text")
    s.set_defaults(func=cmd_stats)

    r = commands.add_parser("resolve", help="show the registry entities a name may refer to, and why")
    r.add_argument("name", help="a name, alias, Chinese name or abbreviation, e.g. 'Ministry of Education (MOE)'")
    r.add_argument("--format", choices=["text", "json"], default="text")
    r.set_defaults(func=cmd_resolve)


def _emit(data: bytes, output: str | None) -> None:
    write_file(data, None if output in (None, "-") else Path(output))


TRACE_FORMATS = ("text", "json", "markdown", "svg", "png")


def cmd_trace(args: argparse.Namespace, project: Project) -> int:
    from defence_kg.analysis.network import statement_predicates
    from defence_kg.analysis.trace import trace, trace_picture
    from defence_kg.dataset import build as dataset

    check_file(args.output)  # before the read
    args.format = format_of_output(args.format, args.output, TRACE_FORMATS, "text")
    result = trace(
        dataset.read(project.out, statements_about=statement_predicates(args.certainty)),
        args.a,
        args.b,
        via=args.via,
        max_hops=args.max_hops,
        limit=args.limit,
        certainty=args.certainty,
    )
    if args.format in ("svg", "png"):
        if args.format == "png" and args.output in (None, "-") and sys.stdout.isatty():
            raise InputError("refusing to write a PNG to the terminal", fix="give -o FILE.png")
        _emit(trace_picture(result, args.format), args.output)
    elif args.format == "json":
        _emit(to_json(result).encode(), args.output)
    else:
        _emit(render_trace(to_data(result), markdown=args.format == "markdown").encode(), args.output)
    return EXIT_OK


def cmd_analyse(args: argparse.Namespace, project: Project) -> int:
    from defence_kg.analysis.measures import analyse
    from defence_kg.analysis.network import statement_predicates
    from defence_kg.dataset import build as dataset

    check_file(args.output)  # before the read
    # (a table is text: "-o a.txt" holds it)
    fmt = (
        "json" if format_of_output(args.format, args.output, ("table", "text", "json"), "table") == "json" else "table"
    )
    statements = statement_predicates(args.certainty)
    result = analyse(
        dataset.read(project.out, statements_about=statements),
        ego=args.ego,
        radius=args.radius,
        certainty=args.certainty,
    )
    text = to_json(result) if fmt == "json" else render_analysis(to_data(result), args.top)
    _emit(text.encode(), args.output)
    return EXIT_OK


def cmd_stats(args: argparse.Namespace, project: Project) -> int:
    from defence_kg.analysis.stats import stats
    from defence_kg.dataset import build as dataset

    result = stats(dataset.read(project.out), args.top)
    if args.format == "json":
        sys.stdout.write(to_json(result, indent=2))
        return EXIT_OK
    for name, counts in to_data(result).items():
        if name == "most_linked" or not counts:
            continue  # no heading without rows under it
        print(f"{name.replace('_', ' ')}:")
        for key, n in counts.items():
            print(f"  {n:>7}  {key}")
    if result.most_linked:
        print("most defence links:")
    for row in result.most_linked:
        print(f"  {row.links:>7}  {row.label} <{row.iri}>")
    return EXIT_OK


def cmd_resolve(args: argparse.Namespace, project: Project) -> int:
    """Resolve on the built dataset, as ``trace`` and ``query`` do; no single entity is exit 2."""
    from defence_kg.analysis.resolve import resolve
    from defence_kg.dataset import build as dataset
    from defence_kg.loading.registry import STATEMENTS_READ, Registry

    result = resolve(Registry.of_store(dataset.read(project.out, statements_about=STATEMENTS_READ)), args.name)
    if args.format == "json":
        sys.stdout.write(to_json(result, indent=2))
    else:
        sys.stdout.write(visible(_resolution_text(result)))
    if result.resolves_to is None:
        error = InputError(
            f"'{args.name}' names no single entity",
            why=result.why,
            fix="give a fuller name, or one of the candidates' IRIs",
        )
        print(f"error: {error.render()}", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_OK


def _resolution_text(result: Resolution) -> str:
    head = f"{result.label} <{result.resolves_to}>" if result.resolves_to else "no single entity"
    lines = [f"{result.name}: {head}", f"  why: {result.why}"]
    lines += [f"  candidate {c.label} <{c.iri}>: matched {c.how} '{c.matched}'" for c in result.candidates]
    return "\n".join(lines) + "\n"


def _evidence_text(e: dict[str, Any]) -> str:
    parts = []
    if "date" in e:
        parts.append(e["date"] + (f" ({e['date_precision']})" if "date_precision" in e else ""))
    for name in ("start_date", "end_date"):
        if name in e:
            parts.append(f"{name.split('_')[0]} {e[name]}")
    parts.append(e.get("certainty", "certainty not recorded"))
    parts.append(_source_text(e))
    if e.get("quote"):
        parts.append(f'"{e["quote"]}"')
    return "; ".join(parts)


def _source_text(e: dict[str, Any]) -> str:
    """The document a fact is taken from, as a person cites it: its title, its publisher, its URL
    (so the page's subject is never read as the source)."""
    if not e.get("source_url"):
        return "source not recorded"
    document = f"“{e['source_title']}”" if e.get("source_title") else "a document"
    publisher = f" published by {e['source_publisher']}" if e.get("source_publisher") else ""
    return f"source: {document}{publisher} <{e['source_url']}>"


def render_trace(result: dict[str, Any], *, markdown: bool = False) -> str:
    a, b = result["from"]["label"], result["to"]["label"]
    if not result["paths"]:
        return str(result["message"]) + "\n"
    via = f" via {result['via']['label']}" if result["via"] else ""
    n = len(result["paths"])
    head = f"{a} to {b}{via}: {n} path{'s' if n > 1 else ''} within {result['max_hops']} hop{'s' if result['max_hops'] > 1 else ''}"
    lines = [f"## {head}" if markdown else head, ""]
    for i, path in enumerate(result["paths"], 1):
        names = " — ".join(x["label"] for x in path["nodes"])
        title = f"Path {i} ({path['hops']} hop{'s' if path['hops'] > 1 else ''}): {names}"
        lines += [f"### {title}" if markdown else title, ""] if markdown else [title]
        facts = [e for step in path["steps"] for e in step["edges"]]
        for j, e in enumerate(facts, 1):  # one number per fact, so a Markdown list counts right
            # a hedged hop says so before anything else: "(implied) A is hosted by B (...)"
            hedge = "" if e.get("certainty", "stated") == "stated" else f"({e['certainty']}) "
            text = f"{hedge}{e['sentence']} ({_evidence_text(e)})"
            lines.append(f"{j}. {text}" if markdown else f"  {j}. {text}")
        lines.append("")
    return "\n".join(lines)


def _hedge(edge: dict[str, Any]) -> str:
    return "" if edge.get("certainty", "stated") == "stated" else f"({edge['certainty']}) "


def render_analysis(result: dict[str, Any], top: int) -> str:
    lines = [f"{'betweenness':>11}  {'degree':>6}  {'deg.cent.':>9}  {'kind':<20}  label"]
    for r in result["centrality"][:top]:
        lines.append(
            f"{r['betweenness']:>11.6f}  {r['degree']:>6}  {r['degree_centrality']:>9.6f}  "
            f"{r['kind']:<20}  {r['label']}"
        )
    rest = len(result["centrality"]) - top
    if rest > 0:
        lines.append(f"... {rest} more (--top N, or --format json for all)")
    comps = result["components"]
    lines += [
        "",
        f"{len(comps)} connected components; sizes: "
        + ", ".join(str(c["size"]) for c in comps[:20])
        + (" ..." if len(comps) > 20 else ""),
    ]
    for i, c in enumerate(comps[:5], 1):
        if c["size"] > 1:
            names = ", ".join(m["label"] for m in c["members"][:8])
            lines.append(f"  {i}. {c['size']} nodes: {names}{' ...' if c['size'] > 8 else ''}")
    if "ego" in result:
        e = result["ego"]
        lines += [
            "",
            f"ego network of {e['centre']['label']} (radius {e['radius']}): "
            f"{len(e['nodes'])} nodes, {len(e['edges'])} edges",
        ]
        lines += [f"  {_hedge(x)}{x['sentence']}\n    {_evidence_text(x)}" for x in e["edges"]]
    return "\n".join(lines) + "\n"

"""cli: ``defence-kg screen FILE`` — a partner list in, one row per partner out with a decision,
the matched entity, its risk and evidence, as CSV, JSON, XLSX or a standalone HTML page."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from defence_kg.analysis import DEFAULT_THRESHOLD, REPORT_FORMATS
from defence_kg.cli import format_of_output, positive_int
from defence_kg.core.errors import EXIT_OK, InputError
from defence_kg.core.output import check_file, write_file
from defence_kg.core.project import Project


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    s = commands.add_parser(
        "screen",
        help="screen a partner list: per row, the matched organisation, its risk and evidence, and why",
        description="Read a partner list (CSV, TSV, XLSX, or one name a line; '-' is stdin) and match each row's "
        "name against the organisations of the build. Decisions: match, possible match, no match. "
        "Absence from the graph means 'not recorded', never 'no defence links'.",
    )
    s.add_argument("file", help="the partner list: .csv, .tsv, .xlsx, or any other file with one name a line")
    s.add_argument(
        "--column",
        metavar="NAME",
        help="the column holding the names (default: one named partner, institution, organisation, "
        "affiliation or university, else the one whose header says so, else the first)",
    )
    s.add_argument(
        "--country-column",
        metavar="C",
        help="a column holding each partner's country: a match in another country is refused",
    )
    s.add_argument("--format", choices=REPORT_FORMATS, help="output format (default: from -o's extension, else csv)")
    s.add_argument("-o", "--output", metavar="OUT", help="write to OUT instead of stdout")
    s.add_argument(
        "--threshold",
        type=float,
        default=DEFAULT_THRESHOLD,
        help=f"score from which the best single candidate is a match (default {DEFAULT_THRESHOLD})",
    )
    s.add_argument("--top", type=positive_int, default=3, metavar="K", help="candidates listed per row (default 3)")
    s.set_defaults(func=cmd_screen)


def cmd_screen(args: argparse.Namespace, project: Project) -> int:
    from defence_kg import api
    from defence_kg.analysis.screening.reports import render

    fmt = format_of_output(args.format, args.output, REPORT_FORMATS, "csv")
    to_stdout = args.output in (None, "-")
    if fmt == "xlsx" and to_stdout and sys.stdout.isatty():
        raise InputError("refusing to write a workbook to the terminal", fix="give -o FILE.xlsx")
    check_file(args.output, build=project.out)  # before the read
    store = api.load(project.out)
    result = api.screen(
        store, args.file, column=args.column, country_column=args.country_column, threshold=args.threshold, top=args.top
    )
    write_file(render(result, fmt), None if to_stdout else Path(args.output), build=project.out)
    counts = ", ".join(f"{n} {decision}" for decision, n in result.counts.items())
    where = "" if to_stdout else f" -> {args.output}"
    comments = f"; {result.comments} line(s) starting with '#' left out as comments" if result.comments else ""
    comments += f"; {result.blank} blank line(s) or row(s) left out" if result.blank else ""
    print(
        f"screened {len(result.rows)} rows of {args.file} (names in '{result.name_column}'): {counts}{comments}{where}",
        file=sys.stderr,
    )
    return EXIT_OK

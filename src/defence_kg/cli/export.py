"""cli: ``defence-kg export FORMAT [-o FILE|-] [--agreements node|fold] [--certainty stated|implied|possible]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from defence_kg.cli import format_of_output
from defence_kg.core import CERTAINTIES
from defence_kg.core.errors import EXIT_OK
from defence_kg.core.project import Project
from defence_kg.exports import FORMATS, check_output, export

#: The --certainty option of export, trace and analyse.
CERTAINTY_HELP = "the weakest certainty of the facts included: stated (default; plain edges only), implied (adds facts the sources only imply) or possible (adds those they give as possible); every edge carries its certainty"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = commands.add_parser(
        "export",
        help="export the graph for Gephi, yEd, Cytoscape or spreadsheets",
        description="Export the built dataset as a graph: organisations, laboratories, agreements "
        "and events as nodes; relationships as typed edges with dates and evidence.",
    )
    p.add_argument("format", choices=list(FORMATS), help="; ".join(f"{k}: {v[2]}" for k, v in FORMATS.items()))
    p.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="output file ('-' for stdout; a folder for nodes-edges-csv); default: <build>/export/graph.<ext>",
    )
    p.add_argument(
        "--agreements",
        choices=["node", "fold"],
        default="node",
        help="keep agreements and events as nodes (default) or fold them into edges between their participants",
    )
    p.add_argument("--certainty", choices=CERTAINTIES, default="stated", help=CERTAINTY_HELP)
    p.set_defaults(func=cmd_export)


def cmd_export(args: argparse.Namespace, project: Project) -> int:
    from defence_kg.dataset import build as dataset
    from defence_kg.exports.networkx import statement_predicates

    if args.output == "-":
        path = None
    else:
        path = Path(args.output) if args.output else project.out / "export" / FORMATS[args.format][1]
    check_output(args.format, path, build=project.out, protected=project.protected)  # before the read
    format_of_output(args.format, args.output, tuple(FORMATS), args.format)  # ("graphml -o x.gexf": refused)
    done = export(
        dataset.read(project.out, statements_about=statement_predicates(args.certainty)),
        args.format,
        path,
        agreements=args.agreements,
        certainty=args.certainty,
        build=project.out,
        protected=project.protected,
    )
    if path is not None:
        print(
            f"wrote {done.nodes} nodes and {done.edges} edges "
            f"({done.format}, agreements as {done.agreements}s, certainty {done.certainty} or firmer) -> {path}",
            file=sys.stderr,
        )
    return EXIT_OK

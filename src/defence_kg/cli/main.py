"""cli: the ``defence-kg`` command line — every argument parser and everything printed for a person.

Each command parses its arguments, calls the public API and formats the result. Exit codes: 0 ok;
1 the data fails validation or expectations; 2 usage or input error; 3 remote failure. Errors say
what, where, why and how to fix.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from defence_kg import __version__
from defence_kg.cli import analysis, build, export, publish, query, serve
from defence_kg.core import progress
from defence_kg.core.errors import EXIT_OK, DefenceKGError
from defence_kg.core.project import find_project

DESCRIPTION = (
    "A knowledge graph of institutions, laboratories and their defence links, where every fact cites its evidence."
)
#: The command modules, in the order their commands are listed; each has ``register(commands)``.
COMMANDS = (build, query, publish, serve, export, analysis)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="defence-kg",
        description=DESCRIPTION,
        epilog="exit codes: 0 ok, 1 invalid data, 2 usage or input error, 3 remote failure",
    )
    p.add_argument("--version", action="version", version=f"defence-kg {__version__}")
    p.add_argument(
        "--project",
        type=Path,
        help="project root (default: $DEFENCE_KG_PROJECT, else found from the current folder upwards)",
    )
    p.add_argument("--out", type=Path, help="build folder (default: <project>/build)")
    p.add_argument("--quiet", action="store_true", help="no progress output on stderr")
    commands = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in COMMANDS:
        module.register(commands)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    progress.set_quiet(args.quiet)
    try:
        project = find_project(args.project, out=args.out)
        code: int = args.func(args, project)
        return code
    except DefenceKGError as err:
        print(f"error: {err.render()}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # output piped into `head` or similar: stop quietly, as Unix tools do
        sys.stderr.close()
        return EXIT_OK

"""cli: the ``defence-kg`` command line — every argument parser and everything printed for a person.

Each command parses its arguments, calls the public API and formats the result. Exit codes: 0 ok;
1 the data fails validation or expectations; 2 usage or input error; 3 remote failure. Errors say
what, where, why and how to fix.

Each command module imports the stages it calls inside the function that runs the command, and its
parser's choices from light modules, because importing every stage (jinja2, matplotlib, networkx,
rdflib...) cost every command, even ``--help``, about 0.4 s (tests/test_cli_imports.py keeps it so).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import re
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from defence_kg import __version__
from defence_kg.cli import analysis, build, export, publish, query, release, screen, serve
from defence_kg.core import collector, progress
from defence_kg.core.errors import EXIT_OK, DefenceKGError, InputError
from defence_kg.core.project import find_project
from defence_kg.core.suggest import did_you_mean

DESCRIPTION = (
    "A knowledge graph of institutions, laboratories and their defence links, where every fact cites its evidence."
)
#: The command modules, in the order their commands are listed; each has ``register(commands)``.
COMMANDS = (build, query, publish, serve, export, analysis, screen, release)


class _HelpFormatter(argparse.HelpFormatter):
    """Shows each option's default, unless it has none (None, False, empty) or its help says it."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = action.help or ""
        if action.default in (None, False, [], argparse.SUPPRESS) or "default" in text:
            return text
        return f"{text} (default: %(default)s)".strip()


QUIET_HELP = "no progress output on stderr"

#: the options that name a file or folder
PATH_OPTIONS = {"-o", "--out", "--project"}


def a_path(convert: Callable[[str], Any], text: str) -> Any:
    """A path option's value: never empty (an empty path names nothing)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty path names no file or folder")
    return convert(text)


def a_value(convert: Callable[[str], Any], text: str) -> Any:
    """Any other option's value: never empty ("--via ''", "--column ''" or "--endpoint ''" were
    taken as not given, so the command ran without the limit, the column or the server asked for)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty value names nothing; give one, or leave the option out")
    return convert(text)


class _Parser(argparse.ArgumentParser):
    """argparse with every default shown in --help and "did you mean" for a mistyped choice."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **kwargs)

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        # an option without help text still lists its default (argparse prints nothing for it)
        if kwargs.get("help") is None and kwargs.get("default") not in (None, False, []):
            kwargs["help"] = "default: %(default)s"
        if PATH_OPTIONS & set(args):  # ("-o ''" would write to the default place, "--out ''" here)
            kwargs["type"] = functools.partial(a_path, kwargs.get("type") or str)
        elif args[0].startswith("-") and "action" not in kwargs:  # (an option taking a value)
            kwargs["type"] = functools.partial(a_value, kwargs.get("type") or str)
        return super().add_argument(*args, **kwargs)

    def add_subparsers(self, **kwargs: Any) -> Any:
        kwargs.setdefault("action", _Commands)
        return super().add_subparsers(**kwargs)

    def error(self, message: str) -> NoReturn:
        if m := re.search(r"invalid choice: '([^']*)' \(choose from (.*)\)", message):
            hint = did_you_mean(m[1], re.findall(r"'([^']*)'", m[2]))
            message += f"; {hint}" if hint else ""
        super().error(message)


if TYPE_CHECKING:
    _Actions = argparse._SubParsersAction[argparse.ArgumentParser]
else:  # (not subscriptable at run time)
    _Actions = argparse._SubParsersAction


class _Commands(_Actions):
    """The commands of a parser: each command's --help opens with what it does, its one line in the
    list of commands unless it has a longer description (``build --help`` listed only options)."""

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        if kwargs.get("help") and not kwargs.get("description"):
            text = kwargs["help"]
            kwargs["description"] = f"{text[0].upper()}{text[1:]}."
        command: argparse.ArgumentParser = super().add_parser(name, **kwargs)
        # "defence-kg build --quiet" as well as "defence-kg --quiet build"; absent here, the value
        # given before the command stands (SUPPRESS sets nothing). --out and --project stay before
        # the command: after it, "--out" already abbreviates the commands' own "--output"
        command.add_argument("--quiet", action="store_true", default=argparse.SUPPRESS, help=QUIET_HELP)
        return command


def parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="defence-kg",
        description=DESCRIPTION,
        epilog="exit codes: 0 ok, 1 invalid data, 2 usage or input error, 3 remote failure, 130 interrupted",
    )
    p.add_argument("--version", action="version", version=f"defence-kg {__version__}")
    p.add_argument(
        "--project",
        type=Path,
        help="project root (default: $DEFENCE_KG_PROJECT, else found from the current folder upwards)",
    )
    p.add_argument("--out", type=Path, help="build folder (default: <project>/build)")
    p.add_argument("--quiet", action="store_true", help=QUIET_HELP)
    commands = p.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=_Parser)
    for module in COMMANDS:
        module.register(commands)
    return p


def _stopped(_signal: int, _frame: object) -> NoReturn:
    raise KeyboardInterrupt


@contextlib.contextmanager
def _sigterm_as_ctrl_c() -> Iterator[None]:
    """A stop signal (``timeout``, ``kill``, a cancelled CI job) acts as Ctrl-C does: every writer
    removes its temporary output on the way out, where the default death by signal left a
    half-written folder behind. Outside the main thread handlers cannot be set: nothing changes."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    before = signal.signal(signal.SIGTERM, _stopped)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, before)


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    progress.set_quiet(args.quiet)
    with _sigterm_as_ctrl_c():
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    try:
        project = find_project(args.project, out=args.out)
        code: int = args.func(args, project)
        return code
    except DefenceKGError as err:
        print(f"error: {err.render()}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        # Ctrl-C or SIGTERM: every writer has removed its temporary output on the way out
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # output piped into `head` or similar: stop quietly, as Unix tools do
        sys.stderr.close()
        return EXIT_OK
    except OSError as err:
        if err.filename is None:  # (not about a path: a fault of the tool's, shown whole)
            raise
        # a file or folder the system refused (its permissions, a full disk) where no check foresaw
        # it: what was refused and why, as for every other input error, never a traceback
        refused = InputError(
            "a file or folder could not be read or written",
            where=str(err.filename),
            why=err.strerror or str(err),
            fix="check the path and its permissions (and that the disk has room), then run the command again",
        )
        print(f"error: {refused.render()}", file=sys.stderr)
        return refused.exit_code


def entry() -> None:
    """The ``defence-kg`` program: run `main`, then exit with its code.

    Once the work is done a late Ctrl-C changes nothing, so it is ignored rather than turned by the
    interpreter into a death by signal while it shuts down.
    """
    code = main()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    collector.spare_the_exit()
    sys.exit(code)

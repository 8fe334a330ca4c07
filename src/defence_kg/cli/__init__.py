"""cli: the command line, a thin layer over ``defence_kg.api``. This module holds the argument
types the commands share."""

from __future__ import annotations

import argparse
from pathlib import Path

from defence_kg.core.errors import DefenceKGError

#: the longest count a command takes ("--top 9223372036854775807" overflowed a C integer, and a
#: count past it asks for everything there is anyway)
MOST = 1_000_000_000
#: the longest time limit, a day: sockets take no infinite or huge timeout ("inf" overflowed)
LONGEST_S = 86_400.0


def positive_int(text: str) -> int:
    """A count of at least one ("--top 0" or "--limit -5" would ask for nothing, or for no limit)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is not at least 1")
    if value > MOST:
        raise argparse.ArgumentTypeError(f"{value} is more than {MOST:,} (give a smaller count)")
    return value


def positive_seconds(text: str) -> float:
    """A time limit in seconds, above zero and at most a day."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of seconds") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"{text} seconds is no time at all")
    if not value <= LONGEST_S:  # (also NaN)
        raise argparse.ArgumentTypeError(f"{text} seconds is longer than a day ({LONGEST_S:.0f} s), the longest limit")
    return value


def refuse_unused(used: dict[str, bool], why: str, fix: str) -> None:
    """Refuse options the chosen mode would ignore (a user who gave them expects them to act):
    ``used`` maps each option to whether it was given."""
    given = [option for option, present in used.items() if present]
    if given:
        raise DefenceKGError(f"{', '.join(given)} would be ignored", why=why, fix=fix)


#: formats a file's extension names, of any command or program: a file so named holds that format
#: (other extensions, ".out" or ".dat", name none, and any format may be written there)
NAMED_FORMATS = frozenset(
    [
        "csv",
        "tsv",
        "json",
        "html",
        "text",
        "markdown",
        "xlsx",
        "xls",
        "pdf",
        "png",
        "svg",
        "jpg",
        "gexf",
        "graphml",
        "ttl",
        "nt",
        "nq",
        "trig",
        "jsonld",
        "rdf",
        "doc",
        "docx",
    ]
)


def format_of_output(fmt: str | None, output: str | None, formats: tuple[str, ...], default: str) -> str:
    """The format of a command's output: ``--format``, else the one the extension of ``-o`` names,
    else ``default``. A file named for another format, or with an extension naming none, is
    refused: "-o list.xlsx --format csv" would give a workbook's name to a CSV file."""
    suffix = Path(output).suffix.lower().lstrip(".") if output and output != "-" else ""
    named = {"htm": "html", "tab": "tsv", "txt": "text", "md": "markdown", "cyjs": "cytoscape-json"}.get(suffix, suffix)
    if suffix and named not in formats:
        if fmt is None:
            or_format = "" if named in NAMED_FORMATS else ", or give --format"  # (which it would not hold)
            raise DefenceKGError(
                f"-o {output}: its extension names no format of this command",
                fix=f"name the file .{' .'.join(formats)}{or_format}",
            )
        if named in NAMED_FORMATS:  # ("export gexf -o x.csv": a GEXF file named as CSV)
            raise DefenceKGError(f"-o {output} names {named}, not the {fmt} asked for", fix="make the two agree")
        return fmt
    if fmt is not None and named and named != fmt:
        raise DefenceKGError(f"-o {output} names {named}, not the {fmt} asked for", fix="make the two agree")
    return fmt or named or default

"""cli: the command line, a thin layer over ``defence_kg.api``. This module holds the argument
types the commands share."""

from __future__ import annotations

import argparse


def positive_int(text: str) -> int:
    """A count of at least one ("--top 0" or "--limit -5" would ask for nothing, or for no limit)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is not at least 1")
    return value


def positive_seconds(text: str) -> float:
    """A time limit in seconds, above zero."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of seconds") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"{text} seconds is no time at all")
    return value

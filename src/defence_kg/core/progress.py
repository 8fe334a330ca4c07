"""all stages: progress of long work on a terminal (items done, rate, time left), on stderr.

tqdm draws the bar. It is silent when stderr is not a terminal, or after ``set_quiet(True)``
(the global ``--quiet`` flag), so logs and pipes never receive it.

    for doc in progress.track(docs, "extract", unit="documents"):
        ...
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TypeVar

from tqdm import tqdm

T = TypeVar("T")

_quiet = False


def set_quiet(quiet: bool) -> None:
    """Silence (or allow) progress output for this process."""
    global _quiet
    _quiet = quiet


def track(items: Iterable[T], label: str, *, unit: str = "items", total: int | None = None) -> Iterable[T]:
    """``items``, with a progress bar on stderr that advances as they are consumed.

    ``total`` defaults to ``len(items)`` when there is one; without it the bar shows a count and
    a rate but no time left.
    """
    # disable=None is tqdm's "only on a terminal"; True silences it whatever the stream
    return tqdm(
        items,
        desc=label,
        total=total,
        unit=f" {unit}",
        file=sys.stderr,
        disable=True if _quiet else None,
        dynamic_ncols=True,
    )

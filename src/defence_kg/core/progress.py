"""all stages: progress of long work on a terminal (items done, rate, time left), on stderr.

tqdm draws the bar. It is silent when stderr is not a terminal, or after ``set_quiet(True)``
(the global ``--quiet`` flag), so logs and pipes never receive it.

    for doc in progress.track(docs, "extract", unit="documents"):
        ...

Every long stage shows one: build (documents), validate (shapes), export and publish endpoint
(triples), publish site (pages), screen (rows), diff (quads read); reading a built dataset shows
the bytes read.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, TypeVar

if TYPE_CHECKING:
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
    return _tqdm()(items, desc=label, total=total, unit=f" {unit}", **_options())


@contextmanager
def bar(label: str, *, total: int | None = None, unit: str = "items") -> Iterator[Callable[[int], object]]:
    """A bar advanced by hand, for work counted in something other than the items of one loop
    (triples sent): ``with progress.bar(...) as advance: ... advance(n)``."""
    with _tqdm()(desc=label, total=total, unit=f" {unit}", **_options()) as counter:
        yield counter.update


@contextmanager
def steps(label: str, names: Sequence[str]) -> Iterator[Callable[[str], None]]:
    """A bar through the named steps of a stage that is not one loop: ``step(name)`` counts the
    step before as done and shows the one starting; leaving the block completes the last.

        with progress.steps("export gexf", ["network", "write"]) as step:
            step("network")
            ...
    """
    with _tqdm()(desc=label, total=len(names), unit=" steps", **_options()) as counter:
        started = False

        def step(name: str) -> None:
            nonlocal started
            if started:
                counter.update()
            started = True
            counter.set_postfix_str(name)

        yield step
        if started:
            counter.update()


@contextmanager
def reading(path: Path, label: str) -> Iterator[BinaryIO]:
    """``path`` opened for binary reading, with a bar of the bytes read so far: for a parser that
    reads a large file in chunks (Oxigraph's bulk loader)."""
    size = path.stat().st_size
    with open(path, "rb") as file, _tqdm().wrapattr(file, "read", total=size, desc=label, **_options()) as wrapped:
        yield wrapped


def _tqdm() -> type[tqdm]:
    from tqdm import tqdm  # imported once a stage shows progress: 0.07 s a command showing none saves

    # no monitor thread (it only corrects a bar's redraw interval when a loop stalls): a process
    # that runs a thread cannot fork work beside it safely (``core.processes.single_threaded``)
    tqdm.monitor_interval = 0
    return tqdm


def _options() -> dict:
    # disable=None is tqdm's "only on a terminal"; True silences it whatever the stream
    return {"file": sys.stderr, "disable": True if _quiet else None, "dynamic_ncols": True}

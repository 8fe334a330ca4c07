"""all stages: Python's cyclic garbage collector, set for work that makes millions of objects
which live until the work ends (a build's registry, terms and lines; a network view's rows).

A collection of the oldest generation traverses every object still alive, to free almost
nothing here: at a million quads the collections took a quarter of the network view's time, and
0.53 s of a serial build's (about 2.5% of its CPU time; 0.07 s with ``less_often``).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

#: collect the youngest objects after 50,000 new ones rather than 700, and the older generations
#: five to ten times less often than by default: what a document's extraction leaves in cycles is
#: still collected as the build goes
LESS_OFTEN = (50_000, 50, 100)


@contextmanager
def paused() -> Iterator[None]:
    """No collection at all, for work that makes no cycles."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextmanager
def less_often() -> Iterator[None]:
    """Collections ``LESS_OFTEN``, for work that makes cycles too (rdflib's parsers, the
    extraction's contexts); processes forked meanwhile keep the setting."""
    before = gc.get_threshold()
    gc.set_threshold(*LESS_OFTEN)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def spare_the_exit() -> None:
    """Leave every object alive out of the collection Python makes as it exits, once a command's
    work is done: that collection traverses them all (a rebuild's registry, a stage's rows) to
    free nothing the exit would not, 0.06-0.12 s of a one-second rebuild; with them left out, the
    exit takes 0.02-0.03 s. Files are closed by then (every writer closes its own), and
    ``atexit`` handlers still run."""
    gc.freeze()

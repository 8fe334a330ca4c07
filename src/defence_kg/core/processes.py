"""core: work beside the main process, in plain forked processes that hand their result back by
file (see ``docs/decisions.md``, "Work beside the main process runs in plain forked processes").

``forked`` runs one piece of work in a forked process while the caller does other work;
``started_beside`` cuts one job into parts and runs all but the last that way. A worker's project
error comes back whole (``Failure``), and Ctrl-C is the main process's to report
(``worker_signals``).
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import signal
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from defence_kg.core.errors import DefenceKGError

T = TypeVar("T")


@dataclass(frozen=True)
class Failure:
    """A project error raised in a worker, sent back whole (its where, why and fix too)."""

    kind: type[DefenceKGError]
    what: str
    where: str | None
    why: str | None
    fix: str | None

    @classmethod
    def of(cls, err: DefenceKGError) -> Failure:
        return cls(type(err), err.what, err.where, err.why, err.fix)

    def raise_it(self) -> None:
        raise self.kind(self.what, where=self.where, why=self.why, fix=self.fix)


def worker_signals() -> None:
    """Ctrl-C is the main process's to report (a worker would print its own traceback); a
    worker ends on SIGTERM (which the pool sends when the build stops early) whatever handler
    the main process had set when it forked."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def single_threaded() -> bool:
    """Whether this process runs no other thread, so that a forked copy of it cannot find a lock
    held by a thread it does not have (a server's threads, say, querying the same store)."""
    return threading.active_count() == 1


@contextmanager
def started_beside(work: Callable[[tuple, int], T], args: tuple, parts: int) -> Iterator[Callable[[], list[T]]]:
    """``work(args, i)`` for ``i`` in ``range(parts)``: every part but the last started at once in
    forked processes (``forked``), so that the block can do other work while they run; the block
    calls the function it is given for the results, the last part being made then, in this
    process (for one job cut into parts)."""
    with ExitStack() as stack:
        others = [stack.enter_context(forked(work, args, i)) for i in range(parts - 1)]

        def results() -> list[T]:
            last = work(args, parts - 1)  # while the others are made
            return [*(result() for result in others), last]

        yield results


@contextmanager
def forked(work: Callable[[tuple, int], T], args: tuple, index: int, *, fork: bool = True) -> Iterator[Callable[[], T]]:
    """``work(args, index)`` started in a forked process, so that the block can do other work
    meanwhile; the block calls the function it is given for the result. The process leaves its
    result in a file (a pipe cost the main process 0.2 s for the 44 MB of a TriG piece); if it
    dies without one, the result is made in this process when asked for. A plain process, not a
    pool: a pool runs threads, and a process that runs threads cannot be forked safely again (the
    build forks its extraction pools meanwhile). Without ``fork`` (or where processes cannot be
    forked) the result is made when asked for."""
    if not fork or "fork" not in multiprocessing.get_all_start_methods():
        yield lambda: work(args, index)
        return
    with tempfile.TemporaryDirectory(prefix="defence-kg-hand-off-") as aside:
        path = Path(aside) / "result.pickle"
        process = multiprocessing.get_context("fork").Process(target=_beside, args=(work, args, index, path))
        process.start()
        try:
            yield lambda: _taken(process, path, lambda: work(args, index))
        finally:
            if process.is_alive():
                process.terminate()  # the block failed: the result is not wanted
            process.join()


def _beside(work: Callable[[tuple, int], T], args: tuple, index: int, path: Path) -> None:
    """In the forked process: make the result and leave it in ``path``; on any other error than
    a project error, leave nothing (the main process makes the result itself, and reports the
    error if there is one: a traceback printed here would reach the user)."""
    worker_signals()
    try:
        try:
            result: Any = work(args, index)
        except DefenceKGError as err:
            result = Failure.of(err)
        with path.open("wb") as file:
            pickle.dump(result, file, protocol=pickle.HIGHEST_PROTOCOL)
    except BaseException:
        os._exit(1)


def _taken(process: multiprocessing.process.BaseProcess, path: Path, otherwise: Callable[[], T]) -> T:
    """The result a forked process left, once it has ended; ``otherwise()`` if it left none."""
    process.join()
    if process.exitcode != 0 or not path.is_file():
        return otherwise()
    with path.open("rb") as file:
        result = pickle.load(file)
    if isinstance(result, Failure):
        result.raise_it()
    return result

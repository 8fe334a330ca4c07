"""all stages: progress of long work on a terminal (items done, rate, time left), on stderr.

Quiet when stderr is not a terminal, or when ``set_quiet(True)`` was called (the global
``--quiet`` flag). Redraws at most a few times a second, so it costs nothing measurable.

    with progress.Progress("extract", total=len(docs)) as bar:
        for doc in docs:
            ...
            bar.advance()
"""
from __future__ import annotations

import sys
import time
from typing import TextIO

_quiet = False


def set_quiet(quiet: bool) -> None:
    """Silence (or allow) progress output for this process."""
    global _quiet
    _quiet = quiet


def enabled(stream: TextIO | None = None) -> bool:
    stream = stream if stream is not None else sys.stderr
    if _quiet:
        return False
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds}s"
    if seconds < 3600:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"


def line(label: str, done: int, total: int | None, elapsed: float, unit: str = "items") -> str:
    """The progress line: ``label: done/total unit, rate/s, time left``."""
    rate = done / elapsed if elapsed > 0 else 0.0
    parts = [f"{label}: {done}" + (f"/{total}" if total else "") + f" {unit}"]
    if total:
        parts[0] += f" ({100 * done // total}%)"
    parts.append(f"{rate:,.1f}/s" if rate < 100 else f"{rate:,.0f}/s")
    if total and rate > 0 and done < total:
        parts.append(f"{_duration((total - done) / rate)} left")
    elif total and done >= total:
        parts.append(f"done in {_duration(elapsed)}")
    return ", ".join(parts)


class Progress:
    """Counts items and, on a terminal, redraws one status line on stderr."""

    def __init__(self, label: str, total: int | None = None, *, unit: str = "items",
                 stream: TextIO | None = None, interval: float = 0.2,
                 clock=time.monotonic) -> None:
        self.label, self.total, self.unit = label, total, unit
        self.stream = stream if stream is not None else sys.stderr
        self.interval, self.clock = interval, clock
        self.done = 0
        self.active = enabled(self.stream)
        self.start = self.clock()
        self._last = float("-inf")
        self._width = 0

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def advance(self, n: int = 1) -> None:
        self.done += n
        if self.active:
            now = self.clock()
            if now - self._last >= self.interval or (self.total and self.done >= self.total):
                self._last = now
                self._draw(now)

    def _draw(self, now: float) -> None:
        text = line(self.label, self.done, self.total, now - self.start, self.unit)
        pad = max(0, self._width - len(text))
        self._width = len(text)
        self.stream.write("\r" + text + " " * pad)
        self.stream.flush()

    def close(self) -> None:
        if self.active and self._width:
            self._draw(self.clock())
            self.stream.write("\n")
            self.stream.flush()
        self.active = False


def track(items, label: str, *, unit: str = "items", total: int | None = None):
    """Yield ``items``, showing progress as they are consumed."""
    if total is None:
        try:
            total = len(items)
        except TypeError:
            total = None
    with Progress(label, total, unit=unit) as bar:
        for item in items:
            yield item
            bar.advance()

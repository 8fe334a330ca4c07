"""benchmarks: look for regular expressions whose search time explodes on odd input.

    python benchmarks/expression_scan.py [--examples 10] [--alarm 2] [--report 0.02]

Every module-level compiled expression of the extraction, loading and screening code (and every
word-gated one, ``Gated``) is given texts that Hypothesis writes to match it; into each, at its
first spaces and at both ends, a run of one thing is put (capitals, spaced capitals, spaces, dots,
commas, digits ...), and the expression is searched in it. A search that takes longer than
``--alarm`` seconds is stopped and reported; so is every expression whose slowest search took more
than ``--report`` seconds. An expression that can cut one word into several (``(?:[A-Z]\\w*\\s*)+``)
takes time growing exponentially with such a run where no match follows; the fifty-eighth session
found two this way. Time is measured here, never in a test.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import signal
import time
from collections.abc import Iterator

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import defence_kg.analysis.screening
import defence_kg.loading
from defence_kg.loading.extraction.text import Gated

RUNS = ("A" * 22, "Ab " * 12, "A " * 14, " " * 40, "A-" * 14, "Aa" * 11, "a " * 20, "1" * 22, ". " * 15, ", " * 15)
# words that open the deeper parts of many expressions, tried as texts of their own
OPENINGS = ("with the Key Laboratory of", "University of", "Co., Ltd.", "the Institute of", "and")


class _Stopped(Exception):
    pass


def _stop(_signal: int, _frame: object) -> None:
    raise _Stopped


def expressions() -> dict[str, re.Pattern[str]]:
    """Each module-level expression of the packages, once, by "<module>.<name>"."""
    found: dict[str, re.Pattern[str]] = {}
    seen: set[int] = set()
    for package in (defence_kg.loading, defence_kg.analysis.screening):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            module = importlib.import_module(info.name)
            for name, value in vars(module).items():
                pattern = value.expression if isinstance(value, Gated) else value
                if isinstance(pattern, re.Pattern) and id(pattern) not in seen:
                    seen.add(id(pattern))
                    found[f"{info.name.rsplit('.', 1)[-1]}.{name}"] = pattern
    return found


def matching_texts(pattern: re.Pattern[str], examples: int, alarm: float) -> list[str]:
    """Texts Hypothesis writes to match ``pattern`` (the same in every run), or none when it cannot."""
    texts: list[str] = []

    @settings(max_examples=examples, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
    @given(st.from_regex(pattern, alphabet=st.characters(codec="ascii", min_codepoint=32, max_codepoint=126)))
    def collect(text: str) -> None:
        texts.append(text)

    try:
        signal.setitimer(signal.ITIMER_REAL, alarm * 5)
        collect()
    except _Stopped:
        pass
    except Exception:  # (an expression Hypothesis cannot write for: the openings are still tried)
        pass
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return texts[:examples]


def probes(text: str) -> Iterator[str]:
    """``text`` with each run put in at its first spaces and at both ends."""
    places = [m.start() for m in re.finditer(" ", text)][:5] + [0, len(text)]
    for place in places:
        for run in RUNS:
            yield f"{text[:place]} {run} x{text[place:]}"


def slowest(pattern: re.Pattern[str], texts: list[str], alarm: float) -> tuple[float, str]:
    """The slowest search of ``pattern`` in the probes of ``texts`` (``alarm`` when stopped)."""
    worst = (0.0, "")
    for text in texts:
        for probe in probes(text):
            start = time.perf_counter()
            try:
                signal.setitimer(signal.ITIMER_REAL, alarm)
                pattern.search(probe)
                took = time.perf_counter() - start
            except _Stopped:
                return alarm, probe
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            worst = max(worst, (took, probe))
    return worst


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--examples", type=int, default=10, help="texts written per expression")
    ap.add_argument("--alarm", type=float, default=2.0, help="seconds after which a search is stopped")
    ap.add_argument("--report", type=float, default=0.02, help="report expressions slower than this (seconds)")
    args = ap.parse_args()
    signal.signal(signal.SIGALRM, _stop)
    found = expressions()
    slow = []
    for name, pattern in sorted(found.items()):
        took, probe = slowest(pattern, [*matching_texts(pattern, args.examples, args.alarm), *OPENINGS], args.alarm)
        if took > args.report:
            slow.append((took, name, probe))
    for took, name, probe in sorted(slow, reverse=True):
        print(f"{took:.3f} s  {name}: {probe[:300]!r}")
    print(f"{len(found)} expressions scanned, {len(slow)} slower than {args.report} s")


if __name__ == "__main__":
    main()

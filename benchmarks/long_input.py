"""benchmarks: how the time to read one odd input grows with its length — a profile sentence or a
partner-list cell holding a long run of one thing (spaces, tabs, footnote separators, names, dots,
brackets ...), as pages converted from tables or PDFs and pasted lists do.

    python benchmarks/long_input.py [--sizes 10000,40000] [--limit 20]

Each shape is made at each size (characters of the run, about), read by the extraction of a
profile page (``api.extract``: sentence splitting and every rule) and by screening (``Matcher.match``
on the default build), and timed beyond the same reading of the shape-less input; the growth
exponent between the two sizes is printed (1 is linear, 2 quadratic). A reading that takes more
than ``--limit`` seconds stops that shape. The inputs are our own invented text.
"""

from __future__ import annotations

import argparse
import math
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from defence_kg import api
from defence_kg.analysis.screening import GraphView, Matcher

PAGE = """Kestrel Aeronautical University

Kestrel Aeronautical University (KAU) is designated high risk for its extensive defence research.

KAU is supervised by the Ministry of Industry and Information Technology.

{}
"""
WORDS = ("Alpha", "Boreal", "Cinder", "Delta", "Ember", "Falcon", "Granite", "Harbour")


def _names(n: int) -> list[str]:
    return [f"{WORDS[i % 8]} {WORDS[i // 8 % 8]}{i} University" for i in range(n)]


def sentences(size: int) -> Iterator[tuple[str, str]]:
    """(shape, a sentence of about ``size`` characters holding a long run of it)."""
    n = max(size // 25, 1)
    yield "spaces", "KAU collaborates with" + " " * size + "CETC."
    yield "tabs", "KAU collaborates with" + "\t" * size + "CETC."
    yield "footnote separators", "KAU collaborates with CETC" + " ;" * (size // 2) + " and CASC."
    yield "partners listed", "KAU has collaborated with " + ", ".join(_names(n)) + "."
    yield "coordinated clauses", "KAU works with CETC" + "".join(f", which works with {x}" for x in _names(n)) + "."
    yield (
        "capitalised words",
        "Kestrel Aeronautical University " + " ".join(WORDS[i % 8] for i in range(size // 6)) + ".",
    )
    yield "partners' listings", "KAU works with" + " CASC, added to the Entity List in 2020" * (size // 38) + "."
    # (a run of capitals in a facility's field: exponential before the fifty-eighth session)
    yield "capitals in a facility's name", "KAU runs the Key Laboratory of " + "A" * size + " jointly without CETC."
    yield "capitals in a partner's name", "KAU works with " + "A" * size + " x and signed an agreement with CETC."
    yield "dots", "KAU collaborates with CETC " + "." * size + " 12."
    yield "brackets", "KAU (" + "(" * (size // 2) + "CETC" + ")" * (size // 2) + " collaborates with CASC."
    yield "one long word", "KAU collaborates with " + "x" * size + "."
    yield (
        "dates",
        "KAU " + ", ".join(f"on {1 + i % 28} May {1950 + i % 70}" for i in range(size // 15)) + " hosted events.",
    )


def cells(size: int) -> Iterator[tuple[str, str]]:
    """(shape, a partner-list cell of about ``size`` characters holding a long run of it)."""
    yield "spaces", "Kestrel" + " " * size + "University"
    yield "tabs", "Kestrel" + "\t" * size + "University"
    yield "words", " ".join(WORDS[i % 8] for i in range(size // 6)) + " University"
    yield "separators", "Kestrel University" + " ;" * (size // 2)
    yield "dashes", "Kestrel University" + " -" * (size // 2)
    yield "dates", "Kestrel University " + " ".join("07.05.2021" for _ in range(size // 11))
    yield "titles", "Dr. " * (size // 4) + "Li Wei"
    yield "Chinese", "重庆大学" * (size // 4)


def timed(read: Callable[[str], object], text: str, runs: int = 2) -> float:
    best = math.inf
    for _ in range(runs):
        start = time.perf_counter()
        read(text)
        best = min(best, time.perf_counter() - start)
    return best


def growth(name: str, read: Callable[[str], object], made: Callable[[int], Iterator[tuple[str, str]]], sizes, limit):
    base = timed(read, "", runs=3)
    print(f"\n{name} (each beyond the shape-less input's {base * 1000:.0f} ms)")
    print("| shape | " + " | ".join(f"{s:,} chars" for s in sizes) + " | growth exponent |")
    print("|---|" + "---|" * len(sizes) + "---|")
    shapes: dict[str, list[str]] = {}
    for size in sizes:
        for shape, text in made(size):
            shapes.setdefault(shape, []).append(text)
    for shape, texts in shapes.items():
        spent: list[float] = []
        for text in texts:
            if spent and spent[-1] > limit:
                break
            spent.append(max(timed(read, text) - base, 1e-4))
        cells_ = [f"{t * 1000:,.0f} ms" for t in spent] + [f"not run (> {limit} s before)"] * (len(texts) - len(spent))
        exponent = (
            f"{math.log(spent[-1] / spent[-2]) / math.log(sizes[len(spent) - 1] / sizes[len(spent) - 2]):.2f}"
            if len(spent) > 1 and spent[-1] > 0.05
            else "– (too fast to tell)"
        )
        print(f"| {shape} | " + " | ".join(cells_) + f" | {exponent} |")
        sys.stdout.flush()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10000,40000", help="run lengths in characters, comma-separated")
    ap.add_argument("--limit", type=float, default=20.0, help="seconds after which a shape is not made longer")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "page.txt"

        def extract(sentence: str) -> object:
            page.write_text(PAGE.format(sentence), encoding="utf-8")
            return api.extract(page)

        growth("Extraction of a profile page", extract, sentences, sizes, args.limit)
        graph = GraphView(api.build(out=Path(folder) / "build").store)
        # a fresh matcher for each reading: one keeps the decisions it made
        growth("Screening of one cell", lambda cell: Matcher(graph).match(cell), cells, sizes, args.limit)


if __name__ == "__main__":
    main()

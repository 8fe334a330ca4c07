"""The shapes against their examples: tests/shapes/valid/*.ttl must conform, and each
tests/shapes/invalid/*.ttl must give exactly the results its ``# expect:`` lines state.

Each example is validated together with ontology/*.ttl (the ontology and its vocabularies), as
the dataset is. The expectation format is described in tests/shapes/README.md.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest
from rdflib import Graph

from defence_kg.core.store import parse_file
from defence_kg.validation.shacl import ValidationReport, load_shapes, show, validate
from helpers import ROOT

EXAMPLES = ROOT / "tests" / "shapes"
VALID = sorted((EXAMPLES / "valid").glob("*.ttl"))
INVALID = sorted((EXAMPLES / "invalid").glob("*.ttl"))
EXPECT = re.compile(r"^#\s*expect:\s*(.+?)\s*$")
VALID_NAME = re.compile(r"^[a-z]+(-[a-z]+)*-\d{3}\.ttl$")
INVALID_NAME = re.compile(r"^[A-Z][A-Za-z]+Shape-[a-z0-9]+(-[a-z0-9]+)*\.ttl$")


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    return load_shapes(ROOT / "shapes")


@lru_cache(maxsize=1)
def ontology_triples() -> tuple:
    return tuple(t for path in sorted((ROOT / "ontology").glob("*.ttl")) for t in parse_file(path))


def run(example: Path) -> ValidationReport:
    data = Graph()
    for triple in ontology_triples():
        data.add(triple)
    for triple in parse_file(example):
        data.add(triple)
    return validate(data, shapes_graph(), graph_of=lambda focus: (example.name,))


def expectations(example: Path) -> set[tuple[str, str, str, str]]:
    """The (focus, path, shape, component) tuples stated by ``# expect:`` lines."""
    found = set()
    for number, line in enumerate(example.read_text(encoding="utf-8").splitlines(), start=1):
        if m := EXPECT.match(line):
            parts = [p.strip() for p in m.group(1).split("|")]
            assert len(parts) == 4, f"{example.name}:{number}: expected 'focus | path | shape | component'"
            found.add(tuple(parts))
    return found


def actual(report: ValidationReport) -> set[tuple[str, str, str, str]]:
    return {(show(r.focus), show(r.path), show(r.shape), show(r.component)) for r in report.results}


def test_examples_exist():
    assert len(VALID) >= 8, "every topic needs a valid example"
    assert len(INVALID) >= 15, "every important rule needs an invalid example"


@pytest.mark.parametrize("example", VALID, ids=[p.name for p in VALID])
def test_valid_example_conforms(example: Path):
    assert VALID_NAME.match(example.name), f"{example.name}: name valid examples <topic>-NNN.ttl"
    assert not expectations(example), f"{example.name}: valid examples state no expected results"
    report = run(example)
    assert report.conforms and not report.results, report.text()


@pytest.mark.parametrize("example", INVALID, ids=[p.name for p in INVALID])
def test_invalid_example_gives_exactly_the_expected_results(example: Path):
    assert INVALID_NAME.match(example.name), f"{example.name}: name invalid examples <Shape>-<case>.ttl"
    text = example.read_text(encoding="utf-8")
    assert text.startswith("#") and "MUST fail" in text.split("\n@prefix", 1)[0], (
        f"{example.name}: open with a comment saying which rule is broken and why it MUST fail"
    )
    expected = expectations(example)
    assert expected, f"{example.name}: state the expected results with '# expect:' lines"
    shape_of_name = "shapes:" + example.name.split("-", 1)[0]
    assert any(shape.startswith(shape_of_name) for _, _, shape, _ in expected), (
        f"{example.name}: the file is named after a shape ({shape_of_name}) it must trigger"
    )
    report = run(example)
    assert not report.conforms, report.text()
    got = actual(report)
    missing, unexpected = sorted(expected - got), sorted(got - expected)
    assert not missing and not unexpected, f"missing: {missing}\nunexpected: {unexpected}\n\n{report.text()}"

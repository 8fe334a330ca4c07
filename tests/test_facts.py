"""Every fact of a profile, as a SPARQL ASK against the built dataset (tests/facts/<profile>/*.rq).

Each file states the fact (``#+ fact:``) and whether the ASK must be true or false
(``#+ expect:``): true for what the text says, false for what it must not be stretched into.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

FACTS = sorted(Path(__file__).parent.glob("facts/*/*.rq"))


def header(path: Path, key: str) -> str:
    m = re.search(rf"^#\+ {key}: (.+)$", path.read_text(encoding="utf-8"), re.MULTILINE)
    assert m, f"{path} has no '#+ {key}:' line"
    return m[1].strip()


@pytest.mark.parametrize("path", FACTS, ids=[f"{p.parent.name}/{p.stem}" for p in FACTS])
def test_fact(built, path: Path) -> None:
    expect = header(path, "expect")
    assert expect in ("true", "false"), f"{path}: expect must be true or false"
    answer = built.store.query(path.read_text(encoding="utf-8"))
    assert answer is (expect == "true"), f"{header(path, 'fact')} ({path.name})"


def test_fact_table_lists_every_file() -> None:
    table = (Path(__file__).parent / "facts" / "README.md").read_text(encoding="utf-8")
    for path in FACTS:
        assert f"`{path.parent.name}/{path.name}`" in table, f"{path.name} missing from tests/facts/README.md"

"""The whole tracker flows: a synthetic full-size MISP file (159 entries, both shapes) built from
perturbed copies of our own fixture entries loads, keeps one node per entry and is deterministic."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from defence_kg.dataset import build as dataset

SAMPLES = Path(__file__).parent / "loaders" / "samples" / "misp"
LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
LEVELS = ["very high", "high", "medium", "low"]
PREFIX = "PREFIX dkg: <https://w3id.org/defence-kg/ontology#>\n"


def synthetic(shape: str, n: int = 159) -> dict:
    """``n`` invented universities in the given shape, each with its own name and abbreviation."""
    base = json.loads((SAMPLES / f"{shape}.json").read_text(encoding="utf-8"))
    template = next(v for v in base["values"] if "Chongqing" in v["value"])
    values = []
    for i in range(n):
        entry = copy.deepcopy(template)
        abbr = "Z" + LETTERS[i // len(LETTERS)] + LETTERS[i % len(LETTERS)] + "U"
        name = f"Zenith {LETTERS[i // len(LETTERS)]}{LETTERS[i % len(LETTERS)]} University"
        entry["value"] = f"{name} (天顶{i}大学)"
        entry["uuid"] = f"00000000-0000-4000-9000-{i:012d}"
        entry["description"] = f"{name} ({abbr}) is subordinate to the Ministry of Education."
        meta = entry["meta"]
        key = "alias" if "alias" in meta else "aliases"
        meta[key] = [f"天顶{i}大学", abbr]
        ref = "refs"
        meta[ref] = [f"https://unitracker.aspi.org.au/universities/zenith-{abbr.lower()}"]
        if "risk" in meta:
            meta["risk"] = f"{name} ({abbr}) is designated {LEVELS[i % 4]} risk for its test research."
        values.append(entry)
    base["values"] = values
    return base


@pytest.fixture(scope="module", params=["current", "shape-2020-08-21"])
def full(request, project, tmp_path_factory):
    folder = tmp_path_factory.mktemp(request.param)
    path = folder / "china-defence-universities.json"
    path.write_text(json.dumps(synthetic(request.param), ensure_ascii=False, indent=1), encoding="utf-8")
    docs = {"misp-galaxy": {"china-defence-universities": path}}
    return request.param, [dataset.build(project, documents=docs) for _ in range(2)], folder


def test_every_entry_is_one_organisation(full):
    shape, (result, _), _ = full
    _, rows = result.store.query(
        PREFIX + "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o dkg:abbreviation ?a "
        'FILTER(STRSTARTS(STR(?a), "Z") && STRENDS(STR(?a), "U") && STRLEN(STR(?a)) = 4) }'
    )
    assert int(str(rows[0][0])) == 159
    if shape == "shape-2020-08-21":
        _, rows = result.store.query(
            PREFIX + "SELECT ?l (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o dkg:riskLevel ?l . "
            '?o dkg:abbreviation ?a FILTER(STRSTARTS(STR(?a), "Z")) } GROUP BY ?l ORDER BY ?l'
        )
        assert sorted(int(str(n)) for _, n in rows) == [39, 40, 40, 40]


def test_full_size_build_is_deterministic(full):
    _, (first, second), folder = full
    a = dataset.write(first.store, folder / "a")
    b = dataset.write(second.store, folder / "b")
    for fmt in a:
        assert Path(a[fmt]).read_bytes() == Path(b[fmt]).read_bytes(), fmt

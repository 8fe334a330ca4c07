"""benchmarks/workload.py: deterministic synthetic inputs the real pipeline reads in full."""

from __future__ import annotations

import filecmp
import importlib.util
import json
import sys
from pathlib import Path

from defence_kg.core.project import Project
from defence_kg.dataset import build as dataset
from helpers import ROOT

_spec = importlib.util.spec_from_file_location("workload", ROOT / "benchmarks" / "workload.py")
workload = importlib.util.module_from_spec(_spec)
sys.modules["workload"] = workload
_spec.loader.exec_module(workload)


def _files(root: Path) -> list[Path]:
    return sorted(p.relative_to(root) for p in root.rglob("*") if p.is_file())


def test_same_inputs_give_identical_files(tmp_path):
    a = workload.project(ROOT, tmp_path / "a", 5)
    b = workload.project(ROOT, tmp_path / "b", 5)
    assert _files(a) == _files(b)
    for rel in _files(a):
        assert filecmp.cmp(a / rel, b / rel, shallow=False), rel
    assert workload.generate(5, seed=1).profiles != workload.generate(5, seed=2).profiles


def test_profiles_are_read_in_full_and_scale(tmp_path):
    sizes = {}
    for n in (3, 9):
        root = workload.project(ROOT, tmp_path / f"p{n}", n)
        result = dataset.build(Project(root=root, out=root / "build"))
        assert result.warnings == ()  # every generated sentence is read by the loader
        sizes[n] = len(result.store)
        classes = result.class_counts()
        dkg = "https://w3id.org/defence-kg/ontology#"
        assert classes[dkg + "RiskDesignation"] >= n
        assert classes[dkg + "Agreement"] >= 2 * n
    per = (sizes[9] - sizes[3]) / 6
    assert 400 < per < 1200  # SIZES assumes a few hundred quads per institution


def test_misp_shape(tmp_path):
    w = workload.generate(4)
    galaxy = workload.misp_galaxy(w)
    assert len(galaxy["values"]) == 4
    entry = galaxy["values"][0]
    assert " (" in entry["value"] and entry["uuid"]
    for key in (
        "aliases",
        "categories",
        "supervising agencies",
        "topics",
        "major defence laboratories",
        "subsidiaries",
        "address",
        "lat",
        "long",
        "refs",
    ):
        assert entry["meta"][key], key
    json.dumps(galaxy)


def test_registry_index_finds_what_the_full_expression_finds(tmp_path):
    """Registry.find_in (a name index) gives the same mentions as one expression of every name."""
    import random

    from defence_kg.core.store import parse_file
    from defence_kg.loading.registry import Registry

    root = workload.project(ROOT, tmp_path / "p", 12)
    registry = Registry([t for p in sorted((root / "data" / "curated").glob("*.ttl")) for t in parse_file(p)])
    texts = [line for p in sorted((root / "data" / "documents").rglob("*.txt")) for line in p.read_text().splitlines()]
    names = sorted({n for entries in registry._names.values() for _, n, _ in entries} | set(registry._abbreviations))
    rng = random.Random(5)
    for _ in range(1500):  # names glued, re-cased, with the other apostrophe or spelling
        parts = []
        for _ in range(rng.randint(1, 4)):
            name = rng.choice(names)
            name = rng.choice([name, name.upper(), name.lower(), name.replace("'", "’")])
            parts.append(
                rng.choice(["the ", "and ", "-", " ", "(", ") ", "x", "’s ", ", ", "ſ"])
                + name.replace("Defence", rng.choice(["Defense", "DEFENCE", "Defence"]))
            )
        texts.append("".join(parts) + rng.choice(["", ".", "-x", "s", " lab"]))
    registry.add_name(_first_entity(registry), "Zeta Defense Works", "name")
    texts += ["the zeta defence works and ZETA DEFENSE WORKS-", "Zeta Defence Works’s"]
    found = [registry.find_in(t) for t in texts]
    assert sum(map(len, found)) > len(texts) // 2
    assert found == [registry._find_in_regex(t) for t in texts]


def _first_entity(registry):
    return sorted(registry.labels)[0]


def test_beyond_the_two_syllable_names_no_name_is_part_of_another():
    import random

    n = len(workload._name_combos(1, random.Random(7))) + 50  # into the second rank (the 10M size)
    institutions, *_ = workload._entities(n, random.Random(7))
    assert len({e.en for e in institutions}) == len({e.zh for e in institutions}) == n
    assert institutions[-1].en.split()[1] in ("Second", "Third")

    def parts(name: str) -> set[str]:
        return {name[i:j] for i in range(len(name)) for j in range(i + 1, len(name) + 1)} - {name}

    zh = {e.zh for e in institutions}
    assert not zh & set().union(*map(parts, zh))
    # in English a name may begin another ("Beilan University" and "Beilan University of
    # Technology", as in the first rank: the longest match wins), but never sit inside it
    en = {e.en for e in institutions}
    inside = set().union(*({n[i:] for i in range(1, len(n))} for n in en))
    assert not {x for x in en if any(x in tail for tail in inside if tail.startswith(x[:3]))}

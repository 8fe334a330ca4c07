"""benchmarks/workload.py: deterministic synthetic inputs the real pipeline reads in full."""
from __future__ import annotations

import filecmp
import importlib.util
import json
import sys
from pathlib import Path

from defence_kg import dataset
from defence_kg.project import Project

ROOT = Path(__file__).resolve().parents[1]
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
        assert result.warnings == []           # every generated sentence is read by the loader
        sizes[n] = len(result.store)
        classes = result.class_counts()
        dkg = "https://w3id.org/defence-kg/ontology#"
        assert classes[dkg + "RiskDesignation"] >= n
        assert classes[dkg + "Agreement"] >= 2 * n
    per = (sizes[9] - sizes[3]) / 6
    assert 400 < per < 1200                   # SIZES assumes a few hundred quads per institution


def test_misp_shape(tmp_path):
    w = workload.generate(4)
    galaxy = workload.misp_galaxy(w)
    assert len(galaxy["values"]) == 4
    entry = galaxy["values"][0]
    assert " (" in entry["value"] and entry["uuid"]
    for key in ("aliases", "categories", "supervising agencies", "topics", "major defence laboratories",
                "subsidiaries", "address", "lat", "long", "refs"):
        assert entry["meta"][key], key
    json.dumps(galaxy)

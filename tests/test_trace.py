"""`defence-kg trace`: explained paths between the seed's organisations, and its edge cases."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from defence_kg import analysis, cli
from defence_kg.errors import InputError
from defence_kg.namespaces import ID
from defence_kg.store import Store

HERE = Path(__file__).parent
CQU, CASC = str(ID["chongqing-university"]), str(ID["china-aerospace-science-and-technology-corporation"])
SASTIND = str(ID["state-administration-of-science-technology-and-industry-for-national-defence"])
AGREEMENT = str(ID["chongqing-university-agreement-2016-12"])


def run(project, capsys, *args) -> tuple[int, str, str]:
    rc = cli.main(["--project", str(project.root), "--out", str(project.out), "trace", *args])
    out = capsys.readouterr()
    return rc, out.out, out.err


def ids(path: dict) -> list[str]:
    return [n["id"] for n in path["nodes"]]


def test_cqu_to_casc_is_one_explained_hop(built):
    result = analysis.trace(built.store, "Chongqing University", "CASC")
    first = result["paths"][0]
    assert ids(first) == [CQU, CASC]
    edge = first["steps"][0]["edges"][0]
    assert edge["sentence"] == "Chongqing University has exchanges with China Aerospace Science and Technology Corporation"
    assert edge["certainty"] == "stated" and edge["quote"] and edge["source_url"]


def test_cqu_to_sastind_goes_through_the_december_2016_agreement(built):
    result = analysis.trace(built.store, "重庆大学", "SASTIND")
    first = result["paths"][0]
    assert ids(first) == [CQU, AGREEMENT, SASTIND]
    concerns, party = (s["edges"][0] for s in first["steps"])
    assert (concerns["kind"], concerns["subject"], concerns["object"]) == ("concerns", AGREEMENT, CQU)
    assert (party["kind"], party["subject"], party["object"]) == ("party", AGREEMENT, SASTIND)
    assert party["date"] == "2016-12" and "December 2016" in party["quote"]
    assert all(len(p["nodes"]) - 1 <= 4 for p in result["paths"])


def test_sastind_to_casc_through_the_university(built, project, capsys):
    result = analysis.trace(built.store, "SASTIND", "CASC", via="CQU")
    assert ids(result["paths"][0]) == [SASTIND, AGREEMENT, CQU, CASC]
    assert all(CQU in ids(p) for p in result["paths"])
    rc, out, _ = run(project, capsys, "SASTIND", "CASC", "--via", "Chongqing University")
    assert rc == 0
    assert "Chongqing University has exchanges with China Aerospace Science and Technology Corporation (stated; source: " in out
    assert "is a party to the Agreement between Ministry of Education and State Administration" in out
    assert "2016-12 (month)" in out


def test_json_and_markdown_formats(built, project, capsys):
    rc, out, _ = run(project, capsys, CQU, "CASC", "--format", "json")
    assert rc == 0
    assert json.loads(out) == analysis.trace(built.store, CQU, "CASC")
    rc, out, _ = run(project, capsys, "CQU", "SASTIND", "--format", "markdown")
    assert rc == 0 and out.startswith("## Chongqing University to State Administration") and "\n1. " in out


def test_pictures(built, project, capsys, tmp_path):
    for fmt in ("svg", "png"):
        path = tmp_path / f"t.{fmt}"
        rc, _, _ = run(project, capsys, "CQU", "SASTIND", "--format", fmt, "-o", str(path))
        assert rc == 0
        data = path.read_bytes()
        assert data.startswith(b"<?xml") if fmt == "svg" else data.startswith(b"\x89PNG")
    again = tmp_path / "again.svg"
    run(project, capsys, "CQU", "SASTIND", "--format", "svg", "-o", str(again))
    assert again.read_bytes() == (tmp_path / "t.svg").read_bytes()


def test_no_path_says_no_connection_recorded(built, project, capsys):
    rc, out, _ = run(project, capsys, "CQU", "Nanyang Technological University", "--max-hops", "1")
    assert rc == 0
    assert out.strip() == "no connection recorded between Chongqing University and Nanyang Technological University within 1 hop"
    assert "not connected" not in out


@pytest.fixture(scope="module")
def mini() -> Store:
    store = Store()
    store.load_dataset(HERE / "export" / "mini.trig")
    return store


def test_ambiguous_name_lists_candidates(mini):
    with pytest.raises(InputError) as err:
        analysis.trace(mini, "Twin Institute", "Gamma Agency")
    text = err.value.render()
    assert "ambiguous" in text and str(ID["alpha-university"]) in text and str(ID["beta-corporation"]) in text
    assert err.value.exit_code == 2


def test_unknown_name_and_isolated_node(mini):
    with pytest.raises(InputError):
        analysis.trace(mini, "Nobody At All", "Gamma Agency")
    result = analysis.trace(mini, "Epsilon Institute", "阿尔法大学")
    assert result["paths"] == [] and result["message"].startswith("no connection recorded between Epsilon Institute")
    found = analysis.trace(mini, "AU1", "Gamma Agency")
    assert ids(found["paths"][0]) == [str(ID["alpha-university"]), str(ID["pact"]), str(ID["gamma-agency"])]
    sentences = [e["sentence"] for s in found["paths"][0]["steps"] for e in s["edges"]]
    assert sentences[0].startswith("the Pact between Gamma Agency") and sentences[0].endswith("concerns Alpha University")

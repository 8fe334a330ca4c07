"""`defence-kg trace`: explained paths between the seed's organisations, and its edge cases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from defence_kg.analysis import trace as api
from defence_kg.analysis.network import Network
from defence_kg.cli.analysis import render_trace
from defence_kg.core.errors import InputError
from defence_kg.core.namespaces import ID
from defence_kg.core.records import to_data
from defence_kg.core.store import Store
from helpers import run_cli

HERE = Path(__file__).parent
CQU, CASC = str(ID["chongqing-university"]), str(ID["china-aerospace-science-and-technology-corporation"])
SASTIND = str(ID["state-administration-of-science-technology-and-industry-for-national-defence"])
AGREEMENT = str(ID["chongqing-university-agreement-2016-12"])


def trace(*args, **kwargs) -> dict:
    """The API's result in its JSON form (what `trace --format json` prints)."""
    return to_data(api.trace(*args, **kwargs))


def ids(path: dict) -> list[str]:
    return [n["id"] for n in path["nodes"]]


def test_cqu_to_casc_is_one_explained_hop(built):
    result = trace(built.store, "Chongqing University", "CASC")
    first = result["paths"][0]
    assert ids(first) == [CQU, CASC]
    edge = first["steps"][0]["edges"][0]
    assert (
        edge["sentence"] == "Chongqing University has exchanges with China Aerospace Science and Technology Corporation"
    )
    assert edge["certainty"] == "stated" and edge["quote"] and edge["source_url"]


def test_cqu_to_sastind_goes_through_the_december_2016_agreement(built):
    result = trace(built.store, "重庆大学", "SASTIND")
    first = result["paths"][0]
    assert ids(first) == [CQU, AGREEMENT, SASTIND]
    concerns, party = (s["edges"][0] for s in first["steps"])
    assert (concerns["kind"], concerns["subject"], concerns["object"]) == ("concerns", AGREEMENT, CQU)
    assert (party["kind"], party["subject"], party["object"]) == ("party", AGREEMENT, SASTIND)
    assert party["date"] == "2016-12" and "December 2016" in party["quote"]
    assert all(len(p["nodes"]) - 1 <= 4 for p in result["paths"])


def test_sastind_to_casc_through_the_university(built, project, capsys):
    result = trace(built.store, "SASTIND", "CASC", via="CQU")
    assert ids(result["paths"][0]) == [SASTIND, AGREEMENT, CQU, CASC]
    assert all(CQU in ids(p) for p in result["paths"])
    rc, out, _ = run_cli(project, "trace", "SASTIND", "CASC", "--via", "Chongqing University", capsys=capsys)
    assert rc == 0
    assert (
        "Chongqing University has exchanges with China Aerospace Science and Technology Corporation (stated; source: "
        in out
    )
    assert "is a party to the Agreement between Ministry of Education and State Administration" in out
    assert "2016-12 (month)" in out


def test_json_and_markdown_formats(built, project, capsys):
    rc, out, _ = run_cli(project, "trace", CQU, "CASC", "--format", "json", capsys=capsys)
    assert rc == 0
    assert json.loads(out) == trace(built.store, CQU, "CASC")
    rc, out, _ = run_cli(project, "trace", "CQU", "SASTIND", "--format", "markdown", capsys=capsys)
    assert rc == 0 and out.startswith("## Chongqing University to State Administration") and "\n1. " in out


def test_pictures(built, project, capsys, tmp_path):
    for fmt in ("svg", "png"):
        path = tmp_path / f"t.{fmt}"
        rc, _, _ = run_cli(project, "trace", "CQU", "SASTIND", "--format", fmt, "-o", str(path), capsys=capsys)
        assert rc == 0
        data = path.read_bytes()
        assert data.startswith(b"<?xml") if fmt == "svg" else data.startswith(b"\x89PNG")
    again = tmp_path / "again.svg"
    run_cli(project, "trace", "CQU", "SASTIND", "--format", "svg", "-o", str(again), capsys=capsys)
    assert again.read_bytes() == (tmp_path / "t.svg").read_bytes()


def test_no_path_says_no_connection_recorded(built, project, capsys):
    rc, out, _ = run_cli(project, "trace", "CQU", "Nanyang Technological University", "--max-hops", "1", capsys=capsys)
    assert rc == 0
    assert (
        out.strip()
        == "no connection recorded between Chongqing University and Nanyang Technological University within 1 hop"
        " among stated facts"
    )
    assert "not connected" not in out


@pytest.fixture(scope="module")
def mini() -> Store:
    store = Store()
    store.load_dataset(HERE / "export" / "mini.trig")
    return store


def test_ambiguous_name_lists_candidates(mini):
    with pytest.raises(InputError) as err:
        trace(mini, "Twin Institute", "Gamma Agency")
    text = err.value.render()
    assert "ambiguous" in text and str(ID["alpha-university"]) in text and str(ID["beta-corporation"]) in text
    assert err.value.exit_code == 2


def test_unknown_name_and_isolated_node(mini):
    with pytest.raises(InputError):
        trace(mini, "Nobody At All", "Gamma Agency")
    result = trace(mini, "Epsilon Institute", "阿尔法大学")
    assert result["paths"] == [] and result["message"].startswith("no connection recorded between Epsilon Institute")
    found = trace(mini, "AU1", "Gamma Agency")
    assert ids(found["paths"][0]) == [str(ID["alpha-university"]), str(ID["pact"]), str(ID["gamma-agency"])]
    sentences = [e["sentence"] for s in found["paths"][0]["steps"] for e in s["edges"]]
    assert sentences[0].startswith("the Pact between Gamma Agency") and sentences[0].endswith(
        "concerns Alpha University"
    )


# -- a larger network of our own writing (tests/export/network.trig): 30 organisations --------

NML, ODI = str(ID["northern-ministry-of-learning"]), str(ID["office-for-defence-industry"])
OSG = str(ID["orbital-systems-group"])
AMBER, BIRCH, CEDAR = (str(ID[f"{s}-university"]) for s in ("amber", "birch", "cedar"))
CEDAR_DEAL = str(ID["cedar-joint-construction"])


@pytest.fixture(scope="module")
def network() -> Network:
    store = Store()
    store.load_dataset(HERE / "export" / "network.trig")
    return Network(store)


def test_network_has_thirty_organisations(network):
    orgs = [n for n, d in network.graph.nodes(data=True) if d["group"] == "organisation"]
    assert len(orgs) == 30


def test_shared_supervisor_and_longer_alternatives(network):
    short = trace(network, "琥珀大学", "Birch University")
    assert [ids(p) for p in short["paths"]] == [[AMBER, NML, BIRCH]]
    longer = trace(network, "Amber University", "白桦大学", max_hops=5)
    paths = [ids(p) for p in longer["paths"]]
    assert paths[0] == [AMBER, NML, BIRCH] and len(paths) > 1
    assert len({tuple(p) for p in paths}) == len(paths)
    assert [len(p) for p in paths] == sorted(len(p) for p in paths)
    assert all(len(p) - 1 <= 5 and len(set(p)) == len(p) for p in paths)
    # the five-hop way round goes through the company and the agreement between the two bodies
    assert [AMBER, OSG, ODI, CEDAR_DEAL, NML, BIRCH] in paths
    for p in longer["paths"]:
        for step in p["steps"]:
            assert step["edges"], step
            assert all(e["sentence"] for e in step["edges"])


def test_every_recorded_relation_of_a_hop_is_explained(network):
    elm = str(ID["elm-university"])
    result = trace(network, "Elm University", "ODI", max_hops=1)
    edges = result["paths"][0]["steps"][0]["edges"]
    assert ids(result["paths"][0]) == [elm, ODI]
    assert [e["kind"] for e in edges] == ["jointlySupervisedBy"]
    assert edges[0]["quote"] == "Elm University is jointly supervised by the Office for Defence Industry."
    text = render_trace(result)
    assert (
        "Elm University is jointly supervised by Office for Defence Industry (stated; source: "
        "“Network fixture notes” <https://example.org/network-notes>;" in text
    )


def test_agreement_hop_carries_its_date(network):
    result = trace(network, "雪松大学", "国防工业办公室")
    first = result["paths"][0]
    assert ids(first) == [CEDAR, CEDAR_DEAL, ODI]
    concerns, party = (s["edges"][0] for s in first["steps"])
    assert concerns["kind"] == "concerns" and party["kind"] == "party"
    assert party["date"] == "2017-06" and party["date_precision"] == "month"
    assert "2017-06 (month)" in render_trace(result)


def test_via_and_max_hops(network):
    via = trace(network, "Amber University", "Kestrel University", via="Office for Defence Industry", max_hops=6)
    assert via["paths"] and all(ODI in ids(p) for p in via["paths"])
    assert all(len(ids(p)) - 1 <= 6 for p in via["paths"])
    plain = trace(network, "Amber University", "Kestrel University", max_hops=6)
    assert len(plain["paths"]) >= 1
    none = trace(network, "Amber University", "Kestrel University", max_hops=1)
    assert none["paths"] == []
    assert none["message"] == (
        "no connection recorded between Amber University and Kestrel University within 1 hop among stated facts"
    )
    assert render_trace(none).strip() == none["message"]


def test_shared_abbreviation_is_ambiguous_and_full_names_are_not(network):
    with pytest.raises(InputError) as err:
        trace(network, "HSC", "Maple University")
    text = err.value.render()
    assert "ambiguous" in text
    assert str(ID["harbour-shipbuilding-corporation"]) in text and str(ID["highland-steel-company"]) in text
    result = trace(network, "港湾造船公司", "Maple University", max_hops=1)
    assert ids(result["paths"][0]) == [str(ID["harbour-shipbuilding-corporation"]), str(ID["maple-university"])]


def test_trace_is_deterministic(network):
    a = trace(network, "Fern University", "Pine University", max_hops=5)
    b = trace(network, "Fern University", "Pine University", max_hops=5)
    assert a == b and render_trace(a) == render_trace(b)


def test_source_is_the_documents_title_and_publisher_and_facts_are_numbered_once(built):
    text = render_trace(trace(built.store, "CQU", "SASTIND"), markdown=True)
    assert "source: “Chongqing University” published by Australian Strategic Policy Institute <https://" in text
    assert "source: Chongqing University <" not in text  # the university is not the source
    for block in text.split("### ")[1:]:  # each path: facts numbered 1, 2, 3...
        numbers = [int(line.split(".", 1)[0]) for line in block.splitlines() if line[:1].isdigit()]
        assert numbers == list(range(1, len(numbers) + 1))

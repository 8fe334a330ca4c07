"""Certainty reaches every output (issue 11, point 3): a plain edge is a stated fact; implied and
possible facts are statements only, and export, trace and analyse include them only when asked
(``--certainty implied|possible``), each edge carrying its certainty."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from defence_kg import api
from defence_kg.core.errors import InputError
from defence_kg.core.namespaces import ID
from defence_kg.exports import to_networkx
from helpers import run_cli

CQU = str(ID["chongqing-university"])
MICRO_NANO = str(ID["defense-key-disciplines-lab-of-novel-micro-nano-devices-and-system-technology"])
MOE_LAB = str(ID["ministry-of-education-key-laboratory-for-complex-systems-safety-and-autonomous-control"])
COMMITTEE = str(
    ID["academic-committee-of-the-defense-key-disciplines-lab-of-novel-micro-nano-devices-and-system-technology"]
)
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"


def hosted(graph, lab: str) -> dict | None:
    """The data of the lab's hostedBy CQU edge, if the graph has one."""
    return graph.get_edge_data(lab, CQU, "hostedBy")


def test_by_default_no_hedged_fact_is_an_edge_or_attribute(built):
    graph = to_networkx(built.store)
    assert hosted(graph, MICRO_NANO) is None and hosted(graph, MOE_LAB) is None
    assert not graph.has_edge(COMMITTEE, MICRO_NANO)
    assert "established" not in graph.nodes[MICRO_NANO]  # only possibly late 2011 or early 2012
    assert "laboratory_kind" not in graph.nodes[MICRO_NANO]  # read from its name by the curators
    assert {d["certainty"] for *_, d in graph.edges(data=True)} == {"stated"}


def test_implied_adds_the_implied_facts_with_their_certainty(built):
    graph = to_networkx(built.store, certainty="implied")
    assert hosted(graph, MICRO_NANO)["certainty"] == "implied"
    assert hosted(graph, MOE_LAB)["certainty"] == "implied"
    assert graph.edges[COMMITTEE, MICRO_NANO, "unitOf"]["certainty"] == "implied"
    assert graph.nodes[MICRO_NANO]["laboratory_kind_certainty"] == "implied"
    assert "established" not in graph.nodes[MICRO_NANO]  # possible, so not yet


def test_possible_adds_the_possible_establishment(built):
    lab = to_networkx(built.store, certainty="possible").nodes[MICRO_NANO]
    assert lab["established_certainty"] == "possible"
    assert lab["established_earliest"].startswith("2011-") and lab["established_latest"] == "2012-05-12"


def test_a_stated_fact_stays_stated_though_another_source_implies_it(built):
    # the profile states the party committee is CQU's; the curators only read it from its name
    edge = to_networkx(built.store, certainty="possible").edges[
        str(ID["chongqing-university-party-committee"]), CQU, "unitOf"
    ]
    assert edge["certainty"] == "stated"


def test_fold_takes_the_weaker_part(built):
    graph = to_networkx(built.store, agreements="fold", certainty="possible")
    assert all(d["certainty"] in ("stated", "implied", "possible") for *_, d in graph.edges(data=True))


def test_unknown_certainty_is_a_usage_error(built):
    with pytest.raises(InputError, match="unknown certainty 'likely'"):
        to_networkx(built.store, certainty="likely")
    with pytest.raises(InputError, match="unknown certainty"):
        api.trace(built.store, "CQU", "SASTIND", certainty="likely")


def test_gexf_by_default_and_with_possible(built, project, capsys, tmp_path):
    plain, everything = tmp_path / "stated.gexf", tmp_path / "possible.gexf"
    assert run_cli(project, "export", "gexf", "-o", plain, capsys=capsys)[0] == 0
    rc, _, err = run_cli(project, "export", "gexf", "--certainty", "possible", "-o", everything, capsys=capsys)
    assert rc == 0 and "certainty possible or firmer" in err
    stated, hedged = nx.read_gexf(plain), nx.read_gexf(everything)
    assert not stated.has_edge(MICRO_NANO, CQU) and "established" not in stated.nodes[MICRO_NANO]
    edge = next(d for u, v, d in hedged.edges(data=True) if (u, v) == (MICRO_NANO, CQU))
    assert edge["certainty"] == "implied" and edge["kind"] == "hostedBy"
    assert hedged.nodes[MICRO_NANO]["established_certainty"] == "possible"


@pytest.mark.parametrize("fmt", ["graphml", "cytoscape-json", "nodes-edges-csv"])
def test_every_edge_of_every_format_carries_certainty(built, project, tmp_path, fmt):
    out = tmp_path / fmt
    assert run_cli(project, "export", fmt, "--certainty", "implied", "-o", out)[0] == 0
    if fmt == "graphml":
        root = ET.parse(out).getroot()
        key = next(
            k.get("id")
            for k in root.iter(GRAPHML + "key")
            if k.get("for") == "edge" and k.get("attr.name") == "certainty"
        )
        values = [
            next((d.text for d in e.iter(GRAPHML + "data") if d.get("key") == key), None)
            for e in root.iter(GRAPHML + "edge")
        ]
    elif fmt == "cytoscape-json":
        values = [e["data"].get("certainty") for e in json.loads(out.read_text())["elements"]["edges"]]
    else:
        values = [row["certainty"] for row in csv.DictReader((out / "edges.csv").open(encoding="utf-8"))]
    assert values and None not in values and "" not in values
    assert set(values) == {"stated", "implied"}


def test_trace_marks_hedged_hops(built, project, capsys):
    args = ("trace", "CQU", COMMITTEE, "--max-hops", "3")
    rc, out, _ = run_cli(project, *args, capsys=capsys)
    assert rc == 0 and out.startswith("no connection recorded") and "among stated facts" in out
    rc, out, _ = run_cli(project, *args, "--certainty", "implied", capsys=capsys)
    assert rc == 0
    assert (
        "  1. (implied) Defense Key Disciplines Lab of Novel Micro-nano Devices and System Technology is hosted by"
        in out
    )
    rc, out, _ = run_cli(project, *args, "--certainty", "implied", "--format", "markdown", capsys=capsys)
    assert "\n2. (implied) Academic Committee of the" in out
    rc, out, _ = run_cli(project, *args, "--certainty", "implied", "--format", "json", capsys=capsys)
    found = json.loads(out)
    assert found["certainty"] == "implied"
    assert [e["certainty"] for s in found["paths"][0]["steps"] for e in s["edges"]] == ["implied", "implied"]


def test_trace_by_default_follows_only_stated_facts(built):
    for path in api.trace(built.store, "CQU", "SASTIND").paths:
        assert all(e.certainty == "stated" for s in path.steps for e in s.edges)


def test_analyse_takes_certainty(built, project, capsys):
    stated = api.analyse(built.store, ego=MICRO_NANO)
    assert stated.certainty == "stated" and CQU not in {n.id for n in stated.ego.nodes}
    implied = api.analyse(built.store, ego=MICRO_NANO, certainty="implied")
    assert {(e.source, e.target, e.certainty) for e in implied.ego.edges} >= {(MICRO_NANO, CQU, "implied")}
    rc, out, _ = run_cli(project, "analyse", "--ego", MICRO_NANO, "--certainty", "implied", capsys=capsys)
    assert rc == 0 and "  (implied) Defense Key Disciplines Lab" in out
    with pytest.raises(SystemExit) as usage:
        run_cli(project, "analyse", "--certainty", "likely", capsys=capsys)
    assert usage.value.code == 2 and "invalid choice: 'likely'" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["export", "trace", "analyse"])
def test_help_shows_the_default(command, project, capsys):
    with pytest.raises(SystemExit):
        run_cli(project, command, "--help", capsys=capsys)
    text = " ".join(capsys.readouterr().out.split())
    assert "--certainty {stated,implied,possible}" in text and "stated (default; plain edges only)" in text

"""`defence-kg analyse`: the command's JSON equals the Python API's numbers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from defence_kg.analysis import measures
from defence_kg.core.errors import InputError
from defence_kg.core.namespaces import ID
from defence_kg.core.records import to_data
from defence_kg.core.store import Store
from helpers import run_cli

HERE = Path(__file__).parent
CQU = str(ID["chongqing-university"])


def test_cli_json_equals_api(built, project, capsys):
    rc = run_cli(project, "analyse", "--ego", "CQU", "--format", "json")[0]
    assert rc == 0
    from_cli = json.loads(capsys.readouterr().out)
    assert from_cli == to_data(measures.analyse(built.store, ego="CQU"))
    assert from_cli["centrality"] == to_data(measures.centrality(built.store))
    assert from_cli["components"] == to_data(measures.components(built.store))
    assert from_cli["ego"] == to_data(measures.ego_network(built.store, "Chongqing University"))
    # each ego edge with its evidence, as a hop of trace: the quote and the source it is read from
    assert all(e["quote"] and e["source_url"].startswith("https://") for e in from_cli["ego"]["edges"])


def test_an_empty_ego_name_names_no_organisation(built):
    # (an empty name asked for no ego network before, and gave the analysis without one)
    with pytest.raises(InputError, match="no organisation named ''"):
        measures.analyse(built.store, ego="")


def test_table_format(built, project, capsys):
    rc = run_cli(project, "analyse", "--top", "3")[0]
    out = capsys.readouterr().out
    assert rc == 0 and "betweenness" in out and "connected components" in out
    assert len([line for line in out.splitlines() if line.startswith("   0.") or line.startswith("   1.")]) <= 3


def test_measures_on_a_small_graph():
    store = Store()
    store.load_dataset(HERE / "export" / "mini.trig")
    rows = {r["id"]: r for r in to_data(measures.centrality(store))}
    alpha, beta, pact = (str(ID[s]) for s in ("alpha-university", "beta-corporation", "pact"))
    # alpha: beta (two relations, one neighbour), the pact, the lab -> degree 3 on the simple view
    assert rows[alpha]["degree"] == 3
    assert rows[alpha]["betweenness"] > rows[beta]["betweenness"] >= 0
    assert rows[str(ID["epsilon-institute"])]["degree"] == 0
    comps = to_data(measures.components(store))
    assert [c["size"] for c in comps] == [5, 1]
    ego = to_data(measures.ego_network(store, "Alpha University"))
    assert {n["id"] for n in ego["nodes"]} == {alpha, beta, pact, str(ID["delta-lab"])}
    assert any(e["kind"] == "collaboratesWith" for e in ego["edges"])

"""queries: `defence-kg query --all` runs every stored query on one loaded dataset."""

from __future__ import annotations

import json
import shutil

from defence_kg.cli import main as cli
from defence_kg.dataset import build as dataset
from defence_kg.queries import library as queries
from helpers import ROOT, run_cli


def test_all_runs_every_stored_query_with_the_rows_of_each_single_run(capsys, project, built):
    capsys.readouterr()
    code = run_cli(project, "query", "--all", "--format", "json", root=ROOT)[0]
    suite = json.loads(capsys.readouterr().out)
    assert code == 0
    stored = queries.discover(project)
    assert [e["name"] for e in suite] == sorted(stored)
    store = dataset.read(project.out)
    for e in suite:
        result = queries.run(stored[e["name"]], {}, store=store)
        rows = len(result[1]) if isinstance(result, tuple) else len(result) if isinstance(result, list) else int(result)
        assert e["rows"] == rows
        assert e["violation"] == e["name"].endswith("-violation")
        if e["violation"]:
            assert e["rows"] == 0, f"{e['name']} found violations in the real dataset"
    code = run_cli(project, "query", "--all", root=ROOT)[0]
    table = capsys.readouterr().out
    assert code == 0
    for e in suite:
        assert f"{e['name']}  " in table


def test_a_violation_query_returning_rows_makes_all_exit_1(capsys, project, built, tmp_path):
    for name in ("queries", "ontology"):
        shutil.copytree(ROOT / name, tmp_path / name)
    (tmp_path / "data" / "sources").mkdir(parents=True)  # marks the copy as a project
    (tmp_path / "queries" / "every-label-violation.rq").write_text(
        "#+ summary: planted: every prefLabel counts as a violation\n"
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
        "SELECT ?s ?label WHERE { GRAPH ?g { ?s skos:prefLabel ?label } }\n",
        encoding="utf-8",
    )
    capsys.readouterr()
    code = cli.main(["--project", str(tmp_path), "--out", str(project.out), "query", "--all"])
    out, err = capsys.readouterr()
    assert code == 1
    assert "every-label-violation" in err
    line = next(row for row in out.splitlines() if row.startswith("every-label-violation"))
    assert int(line.split()[1]) > 0

"""queries: the `defence-kg query` command in-process (list, formats, errors) and the generated catalogue."""

from __future__ import annotations

import csv
import io
import json

import pytest

from defence_kg.queries import library as queries
from helpers import ROOT, run_cli


def _run(capsys, project, *argv):
    return run_cli(project, *argv, capsys=capsys, root=ROOT)


def test_queries_readme_is_the_catalogue_generated_from_the_headers(project):
    readme = (ROOT / "queries" / "README.md").read_text(encoding="utf-8")
    assert readme == queries.catalogue(project), (
        "queries/README.md is stale: regenerate it with defence_kg.queries.library.catalogue()"
    )
    for path in sorted((ROOT / "queries").glob("*.rq")):
        q = queries.parse_query_file(path)
        assert f"## {q.name}\n\n{q.summary}\n" in readme
        for p in q.params:
            assert f"`{p.name}` ({p.type}" in readme


def test_list_names_every_stored_query_with_its_summary(capsys, project):
    code, out, _ = _run(capsys, project, "query", "--list")
    assert code == 0
    for path in sorted((ROOT / "queries").glob("*.rq")):
        q = queries.parse_query_file(path)
        assert f"{q.name}\n    {q.summary}" in out


def test_formats_carry_the_same_rows(capsys, project, built):
    q = queries.parse_query_file(ROOT / "queries" / "institutions-by-risk-level.rq")
    variables, rows = queries.run(q, {}, store=built.store)
    assert rows
    code, out, _ = _run(capsys, project, "query", q.name, "--format", "json")
    doc = json.loads(out)
    assert code == 0 and doc["head"]["vars"] == variables and len(doc["results"]["bindings"]) == len(rows)
    code, out, _ = _run(capsys, project, "query", q.name, "--format", "csv")
    table = list(csv.reader(io.StringIO(out)))
    assert table[0] == variables and len(table) == len(rows) + 1
    code, out, _ = _run(capsys, project, "query", q.name, "--format", "tsv")
    assert out.splitlines()[0] == "\t".join(f"?{v}" for v in variables) and len(out.splitlines()) == len(rows) + 1
    code, out, _ = _run(capsys, project, "query", q.name, "--format", "markdown")
    assert len(out.splitlines()) == len(rows) + 2
    code, out, _ = _run(capsys, project, "query", q.name)
    assert out.rstrip().endswith(f"({len(rows)} row{'' if len(rows) == 1 else 's'})")


def test_usage_errors_are_exit_2_with_a_fix(capsys, project, built):
    code, _, err = _run(capsys, project, "query", "no-such-query")
    assert code == 2 and "no stored query named" in err and "fix:" in err
    code, _, err = _run(capsys, project, "query", "institution-profile", "--param", "nonsense")
    assert code == 2 and "name=value" in err
    code, _, err = _run(capsys, project, "query", "institution-profile", "--param", "bogus=1")
    assert code == 2 and "unknown parameter" in err


@pytest.mark.parametrize("width", [60, 100, 200])
def test_the_table_fits_the_terminal_and_csv_keeps_every_value(built, project, width):
    from defence_kg.queries.render import render

    for name in ("defence-links-of-institution", "institutions-by-risk-level", "institution-profile"):
        result = queries.run(queries.find(project, name), {}, store=built.store)
        table = render(result, "table", width=width)
        assert all(len(line) <= width for line in table.splitlines()), name
        full = render(result, "csv")
        longest = max((str(t) for row in result[1] for t in row if t is not None), key=len)
        assert longest in full and (len(longest) <= 20 or longest not in table)


def test_a_query_file_that_is_not_there_is_named_as_a_file(project, capsys, tmp_path):
    for given, what, why in (
        (tmp_path / "nope.rq", "no such query file", "nothing is there"),
        (tmp_path, "not a query file", "it is a folder"),
    ):
        code, _, err = run_cli(project, "query", str(given), capsys=capsys)
        assert code == 2 and what in err and why in err

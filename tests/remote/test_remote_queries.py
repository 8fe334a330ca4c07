"""queries on a real server: every stored query, in-process and on a fresh server loaded by
`defence-kg publish endpoint`, gives identical results; `query --endpoint` prints the same table."""

from __future__ import annotations

from collections import Counter

import pytest

from defence_kg.queries import library as queries
from helpers import ROOT

STORED = sorted((ROOT / "queries").glob("*.rq"))


def same(q, local, remote) -> None:
    if isinstance(local, bool):
        assert remote is local, q.name
        return
    if local and isinstance(local, list):  # CONSTRUCT/DESCRIBE
        assert set(remote) == set(local), q.name
        return
    assert remote[0] == local[0], q.name
    if q.ordered:
        assert remote[1] == local[1], q.name
    else:
        assert Counter(remote[1]) == Counter(local[1]), q.name


@pytest.fixture(scope="module")
def published(target, built, project, remote):
    """The built dataset published to a server emptied of its graphs, by the real command (once)."""
    remote.drop_graphs(target, built.store.graphs())
    from defence_kg.cli import main as cli

    args = ["--project", str(ROOT), "--out", str(project.out), "publish", "endpoint", "--endpoint", target.query_url]
    args += ["--gsp-endpoint", target.gsp_url] if target.gsp_url else ["--update-endpoint", target.update_url]
    assert cli.main(args) == 0
    return target


@pytest.mark.parametrize("path", STORED, ids=lambda p: p.stem)
def test_every_stored_query_gives_identical_results_in_process_and_on_the_server(path, published, built):
    q = queries.parse_query_file(path)
    local = queries.run(q, {}, store=built.store)
    remote = queries.run(q, {}, endpoint=published.endpoint())
    if not isinstance(local, bool):
        rows = local if isinstance(local, list) else local[1]
        assert rows or "violation" in q.name, f"{q.name} gives no rows on the built dataset: nothing compared"
    same(q, local, remote)


def test_parameters_are_bound_the_same_way_on_the_server(published, built):
    q = queries.parse_query_file(ROOT / "queries" / "risk-designated-partners-of-institution.rq")
    ep = published.endpoint()
    for value in ("id:nanyang-technological-university", "chongqing-university"):
        name = q.params[0].name
        local = queries.run(q, {name: value}, store=built.store)
        remote = queries.run(q, {name: value}, endpoint=ep)
        same(q, local, remote)


@pytest.mark.parametrize("certainty", ["implied", "possible"])
def test_hedged_hops_are_found_the_same_way_on_the_server(certainty, published, built):
    """The hops query's implied and possible hops (read from statements, ranked, grouped) come
    back alike; with the default only stated hops are compared."""
    q = queries.parse_query_file(ROOT / "queries" / "organisations-connected-within-hops.rq")
    params = {"hops": "3", "certainty": certainty}
    local = queries.run(q, params, store=built.store)
    assert any("(implied)" in str(row[-1]) for row in local[1]), "no hedged hop on the built dataset"
    same(q, local, queries.run(q, params, endpoint=published.endpoint()))


@pytest.mark.parametrize("name", [p.stem for p in STORED])
def test_query_cli_prints_the_same_table_in_process_and_remote(name, published, project, capsys, remote):
    run_cli = remote.run_cli
    base = ["--project", ROOT, "--out", project.out, "query", name]
    code, local, _ = run_cli(capsys, *base)
    assert code == 0
    code, remote, err = run_cli(capsys, *base, "--endpoint", published.query_url)
    assert code == 0, err
    q = queries.parse_query_file(ROOT / "queries" / f"{name}.rq")
    if q.ordered:
        assert remote == local
    else:  # no ORDER BY: same header, same rows in any order
        assert remote.splitlines()[:2] == local.splitlines()[:2]
        assert Counter(remote.splitlines()) == Counter(local.splitlines())


def test_a_comment_naming_an_update_keyword_does_not_change_the_query_form(published):
    """SPARQLWrapper alone sent this as a LOAD update (its form guess reads comments)."""
    text = "# the loader wrote these; LOAD nothing\nASK { ?s ?p ?o }"
    assert published.endpoint().query(text) is True

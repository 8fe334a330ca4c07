"""queries: the stored query library — headers, cases discovered from tests/queries/<name>/, safe binding."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.plugins.sparql.results.tsvresults import TSVResultParser

from defence_kg.core import sparql
from defence_kg.core.errors import QueryError
from defence_kg.core.store import Store
from defence_kg.queries import library as queries
from helpers import ROOT

STORED = sorted((ROOT / "queries").glob("*.rq"))
CASES = sorted(p for p in (ROOT / "tests" / "queries").glob("*") if p.is_dir())


@pytest.mark.parametrize("path", STORED, ids=lambda p: p.stem)
def test_every_stored_query_has_a_header_and_a_case(path):
    q = queries.parse_query_file(path)
    assert q.summary, f"{path.name}: no '#+ summary:'"
    assert q.tags, f"{path.name}: no '#+ tags:'"
    assert (ROOT / "tests" / "queries" / q.name).is_dir(), f"no tests/queries/{q.name}/"


def _expected(case: Path):
    if (case / "expected.txt").exists():
        return (case / "expected.txt").read_text().strip() == "true"
    with open(case / "expected.tsv", encoding="utf-8") as expected:
        res = TSVResultParser().parse(expected)
    variables = [str(v) for v in res.vars]
    rows = [tuple(b.get(v) if hasattr(b, "get") else None for v in res.vars) for b in res.bindings]
    return variables, rows


def _params(case: Path) -> dict[str, str]:
    f = case / "params.txt"
    if not f.exists():
        return {}
    return dict(line.split("=", 1) for line in f.read_text().splitlines() if line.strip())


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_stored_query_case(case):
    q = queries.parse_query_file(ROOT / "queries" / f"{case.name}.rq")
    store = Store()
    store.load_dataset(case / "data.trig")
    got = queries.run(q, _params(case), store=store)
    want = _expected(case)
    if isinstance(want, bool):
        assert got is want
        return
    assert got[0] == want[0]
    if q.ordered:
        assert got[1] == want[1]
    else:
        assert Counter(got[1]) == Counter(want[1])


@pytest.mark.parametrize("path", [p for p in STORED if p.stem.endswith("-violation")], ids=lambda p: p.stem)
def test_quality_checks_find_nothing_on_the_built_dataset(path, built):
    _, rows = queries.run(queries.parse_query_file(path), {}, store=built.store)
    assert rows == []


@pytest.mark.parametrize("path", STORED, ids=lambda p: p.stem)
def test_every_stored_query_runs_on_the_built_dataset(path, built):
    result = queries.run(queries.parse_query_file(path), {}, store=built.store)
    assert isinstance(result, (bool, tuple))


HOSTILE = ["x> } ; DROP ALL ; #", '"\\" ) } #', "' } UNION { ?s ?p ?o } #", 'a"b\nc\\"', "<>{}"]


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_string_values_stay_one_literal(value, built):
    text = sparql.bind("SELECT ?v WHERE { BIND(1 AS ?one) }", {"v": Literal(value)})
    _, rows = built.store.query(text)
    assert rows == [(Literal(value),)]


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_iri_values_are_refused(value):
    q = queries.parse_query_file(ROOT / "queries" / "institution-profile.rq")
    with pytest.raises(QueryError):
        queries.bind_params(q, {"institution": "http://e/" + value})
    with pytest.raises(QueryError):
        sparql.term_n3(URIRef("http://e/" + value))


def test_iri_params_take_iris_curies_slugs_and_labels(built):
    want = URIRef("https://w3id.org/defence-kg/id/chongqing-university")
    for given in (str(want), "id:chongqing-university", "chongqing-university", "Chongqing University", "CQU"):
        assert queries.resolve_iri(given, store=built.store) == want


def test_unknown_parameter_is_an_error():
    q = queries.parse_query_file(ROOT / "queries" / "institution-profile.rq")
    with pytest.raises(QueryError, match="unknown parameter"):
        queries.bind_params(q, {"nope": "x"})

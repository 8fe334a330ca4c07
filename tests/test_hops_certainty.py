"""The stored query organisations-connected-within-hops honours the one rule on certainty (issue 11,
point 3): it reads hops from statements, gives each hop its certainty, and follows implied or
possible facts only when its ``certainty`` parameter admits them (default stated), as export,
trace and analyse do. The case folder (tests/queries/organisations-connected-within-hops) runs it
with certainty=implied; these tests run the same data with the default and with possible, and the
shipped data at each certainty."""

from __future__ import annotations

import pytest

from defence_kg.core.errors import QueryError
from defence_kg.core.namespaces import ID
from defence_kg.core.store import Store
from defence_kg.queries import library as queries
from helpers import ROOT

HOPS = queries.parse_query_file(ROOT / "queries" / "organisations-connected-within-hops.rq")
CASE = ROOT / "tests" / "queries" / "organisations-connected-within-hops"
CERTAINTY = "https://w3id.org/defence-kg/vocab/certainty/"


@pytest.fixture(scope="module")
def case_store() -> Store:
    store = Store()
    store.load_dataset(CASE / "data.trig")
    return store


def paths(store, **params: str) -> dict[str, tuple[str | None, ...]]:
    """Each path's text -> the certainty (local name) of each of its hops."""
    variables, rows = queries.run(HOPS, params, store=store)
    col = {v: i for i, v in enumerate(variables)}
    out = {}
    for row in rows:
        hops = [row[col[f"certainty{n}"]] for n in (1, 2, 3)]
        out[str(row[col["path"]])] = tuple(str(c).removeprefix(CERTAINTY) for c in hops if c is not None)
    return out


def test_by_default_only_stated_hops_are_followed(case_store):
    found = paths(case_store, organisation="id:alpha", hops="3")
    assert found == {
        "Alpha University -[has exchanges with]-> Beta Agency": ("stated",),
        "Alpha University -[Alpha–Omega agreement (2015)]- Omega University": ("stated",),
        "Alpha University -[has exchanges with]-> Beta Agency <-[supervised by]- Gamma Corporation": (
            "stated",
            "stated",
        ),
        "Alpha University -[has exchanges with]-> Beta Agency <-[supervised by]- Gamma Corporation "
        "<-[subsidiary of]- Delta Works": ("stated", "stated", "stated"),
    }


def test_a_hedged_hop_is_followed_when_asked_for_and_marked(case_store):
    found = paths(case_store, organisation="id:alpha", hops="3", certainty="possible")
    assert found["Alpha University <-[hosted by (implied)]- Alpha Key Laboratory"] == ("implied",)
    epsilon = (
        "Alpha University -[has exchanges with]-> Beta Agency <-[supervised by]- Gamma Corporation "
        "<-[subsidiary of (possible)]- Epsilon Labs"
    )
    assert found[epsilon] == ("stated", "stated", "possible")
    assert epsilon not in paths(case_store, organisation="id:alpha", hops="3", certainty="implied")


def test_a_hop_through_an_event_is_no_firmer_than_its_weaker_part(case_store):
    # Beta organised the forum (stated); Omega's attendance there is only implied
    found = paths(case_store, organisation="id:beta", hops="1", certainty="implied")
    assert found["Beta Agency -[Beta forum (May 2018) (implied)]- Omega University"] == ("implied",)
    assert not any("Beta forum" in p for p in paths(case_store, organisation="id:beta", hops="1"))


def test_a_fact_stated_by_one_source_stays_stated_though_another_implies_it(case_store):
    found = paths(case_store, organisation="id:beta", hops="1", certainty="possible")
    assert found["Beta Agency <-[supervised by]- Gamma Corporation"] == ("stated",)


def test_a_certainty_that_is_not_one_of_the_three_is_refused(case_store):
    with pytest.raises(QueryError) as err:
        paths(case_store, organisation="id:alpha", certainty="probable")
    assert "stated, implied, possible" in err.value.fix


def test_on_the_shipped_data_cqus_implied_laboratories_appear_only_when_asked_for(built):
    def hosted(found: dict) -> dict:
        return {p: c for p, c in found.items() if "hosted by" in p and p.count("-[") == 1}

    cqu = str(ID["chongqing-university"])
    assert hosted(paths(built.store, organisation=cqu, hops="1")) == {}
    implied = hosted(paths(built.store, organisation=cqu, hops="1", certainty="implied"))
    assert len(implied) == 2 and set(implied.values()) == {("implied",)}
    assert all("<-[hosted by (implied)]-" in p for p in implied)

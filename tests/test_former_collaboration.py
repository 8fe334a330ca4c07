"""A collaboration the source says ended reads as ended in every output: the plain edge, the stored
query of an institution's links, a trace, screening's count of defence links, the site and the diff
of two builds (fifty-sixth session: before, such a sentence stayed unread, since the model had no
relation for it)."""

from __future__ import annotations

import re
from html import unescape

import pytest

from defence_kg import api
from defence_kg.analysis.screening import screen
from defence_kg.analysis.trace import trace
from defence_kg.core.namespaces import DKG, ID
from defence_kg.dataset import build as dataset
from defence_kg.publish.site import build_site
from helpers import links_by_other

PAGE = (
    "Fenwick University of Technology\n\n"
    "Fenwick University of Technology (FUT) is designated high risk for its defence research.\n\n"
    "FUT {tie}. FUT is subordinate to MIIT.\n"
)
FUT, CETC = ID["fenwick-university-of-technology"], ID["china-electronics-technology-group-corporation"]


def build(own_project, tmp_path, tie: str, name: str = "page"):
    page = tmp_path / f"{name}.txt"
    page.write_text(PAGE.format(tie=tie), encoding="utf-8")
    return dataset.build(own_project, documents={"own-pages": {"fenwick-university-of-technology": page}})


@pytest.fixture
def built(own_project, tmp_path):
    return build(own_project, tmp_path, "collaborated with CETC on radar until 2018")


def test_the_plain_edge_says_formerly(built):
    edges = {(p, o) for s, p, o in built.store.triples(None) if s == FUT and o == CETC}
    assert edges == {(DKG.formerlyCollaboratedWith, CETC)}


def test_the_links_query_gives_the_relation_and_its_end(built, own_project):
    by_other = links_by_other(own_project, built.store, FUT)
    former = by_other[str(CETC)]
    assert str(former["through"]) == str(DKG.formerlyCollaboratedWith) and str(former["until"]) == "2018"


def test_a_trace_and_screening_do_not_take_it_for_a_present_collaboration(built):
    hop = trace(built.store, "Fenwick University of Technology", "CETC", max_hops=1).paths[0].steps[0].edges[0]
    assert hop.kind == "formerlyCollaboratedWith" and "formerly collaborated with" in hop.sentence
    assert hop.end_date == "2018"
    entity = screen(built.store, ["Fenwick University of Technology"]).rows[0].entity
    assert entity is not None
    about = {e.about for e in entity.evidence if "CETC" in e.quote}
    assert about == {"formerlyCollaboratedWith"}


def test_the_site_shows_the_relation_and_its_end(built, tmp_path):
    build_site(built.store, tmp_path / "site")
    page = (tmp_path / "site" / "id" / "fenwick-university-of-technology.html").read_text(encoding="utf-8")
    shown = re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", page[page.index("<body") :])))
    assert re.search(r"formerly collaborated with China Electronics [^;]*? end date: until 2018", shown)


def test_a_diff_says_the_present_tie_is_gone_because_it_ended(own_project, tmp_path):
    folders = {}
    for name, tie in (
        ("old", "collaborates with CETC on radar"),
        ("new", "collaborated with CETC on radar until 2018"),
    ):
        dataset.write(build(own_project, tmp_path, tie, name).store, tmp_path / name)
        folders[name] = tmp_path / name
    d = api.diff(folders["old"], folders["new"])
    [gone] = [c for c in d.changes if c.kind == "removed" and c.predicate == "dkg:collaboratesWith"]
    assert gone.reason == "ended" and "says it ended" in gone.why

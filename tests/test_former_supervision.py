"""A supervision the source says ended reads as ended in every output: the plain edge, the stored
query of an institution's links, a trace, screening's supervising agencies and the site."""

from __future__ import annotations

import re
from html import unescape

import pytest

from defence_kg.analysis.screening import screen
from defence_kg.analysis.trace import trace
from defence_kg.core.namespaces import DKG, ID
from defence_kg.dataset import build as dataset
from defence_kg.publish.site import build_site
from helpers import links_by_other

PAGE = (
    "Fenwick University of Technology\n\n"
    "Fenwick University of Technology (FUT) is designated high risk for its defence research.\n\n"
    "FUT was run by COSTIND until 2008. FUT is subordinate to MIIT.\n"
)
FUT, COSTIND = (
    ID["fenwick-university-of-technology"],
    ID["commission-of-science-technology-and-industry-for-national-defence"],
)


@pytest.fixture
def built(own_project, tmp_path):
    page = tmp_path / "fenwick.txt"
    page.write_text(PAGE, encoding="utf-8")
    return dataset.build(own_project, documents={"own-pages": {"fenwick-university-of-technology": page}})


def test_the_plain_edge_says_formerly(built):
    edges = {(p, o) for s, p, o in built.store.triples(None) if s == FUT}
    assert (DKG.formerlySupervisedBy, COSTIND) in edges
    assert not {(p, o) for p, o in edges if o == COSTIND} - {(DKG.formerlySupervisedBy, COSTIND)}


def test_the_links_query_gives_the_relation_and_its_end(built, own_project):
    by_other = links_by_other(own_project, built.store, FUT)
    former = by_other[str(COSTIND)]
    assert str(former["through"]) == str(DKG.formerlySupervisedBy) and str(former["until"]) == "2008"
    assert by_other[str(ID["ministry-of-industry-and-information-technology"])]["until"] is None


def test_a_trace_and_screening_do_not_take_it_for_a_present_supervision(built):
    hop = trace(built.store, "Fenwick University of Technology", "COSTIND", max_hops=1).paths[0].steps[0].edges[0]
    assert hop.kind == "formerlySupervisedBy" and "was formerly supervised by" in hop.sentence
    assert hop.end_date == "2008"
    entity = screen(built.store, ["Fenwick University of Technology"]).rows[0].entity
    assert entity is not None
    assert entity.supervising_agencies == ("Ministry of Industry and Information Technology",)


def test_the_site_shows_the_relation_and_its_end(built, tmp_path):
    build_site(built.store, tmp_path / "site")
    page = (tmp_path / "site" / "id" / "fenwick-university-of-technology.html").read_text(encoding="utf-8")
    shown = re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", page[page.index("<body") :])))
    assert re.search(r"formerly supervised by Commission of Science, [^;]*? end date: until 2008", shown)

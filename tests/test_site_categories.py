"""The site on a dataset with categories (of our own writing, like the MISP copy sets them): the
index filters by category (an institution may have several), every page renders and its links
resolve, and the JSON-LD of every entity equals its Turtle."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlparse

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import SKOS

from defence_kg.core.namespaces import GRAPH, ONTOLOGY_GRAPH
from defence_kg.core.store import Store
from defence_kg.publish.site import build_site
from helpers import ROOT

FIXTURE = """
@prefix dkg: <https://w3id.org/defence-kg/ontology#> .
@prefix id: <https://w3id.org/defence-kg/id/> .
@prefix cat: <https://w3id.org/defence-kg/vocab/category/> .
@prefix risk: <https://w3id.org/defence-kg/vocab/risk/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .

id:northfield-institute-of-technology a dkg:University ;
    skos:prefLabel "Northfield Institute of Technology"@en , "北田理工学院"@zh-Hans ;
    dkg:abbreviation "NIT" ; dkg:category cat:civilian , cat:seven-sons ; dkg:riskLevel risk:high .
id:harbour-naval-academy a dkg:University ;
    skos:prefLabel "Harbour Naval Academy"@en ; dkg:category cat:military ; dkg:riskLevel risk:very-high .
id:eastlake-polytechnic a dkg:University ;
    skos:prefLabel "Eastlake Polytechnic"@en ; dkg:category cat:civilian ; dkg:riskLevel risk:low .
id:riverside-public-security-college a dkg:University ;
    skos:prefLabel "Riverside Public Security College"@en ; dkg:category cat:security .
id:westgate-trading-company a dkg:Company ;
    skos:prefLabel "Westgate Trading Company"@en .
id:northfield-materials-laboratory a dkg:Laboratory ;
    skos:prefLabel "Northfield Materials Laboratory"@en ; dkg:hostedBy id:northfield-institute-of-technology .
id:northfield-harbour-agreement a dkg:Agreement ;
    skos:prefLabel "Agreement between Northfield and Harbour"@en ;
    dkg:party id:northfield-institute-of-technology , id:harbour-naval-academy .

id:st-fixture-1 a dkg:Statement ; rdf:subject id:northfield-institute-of-technology ;
    rdf:predicate dkg:category ; rdf:object cat:seven-sons ;
    dkg:quote "Northfield is one of the seven sons." ; prov:wasDerivedFrom <https://example.org/northfield> .
id:st-fixture-2 a dkg:Statement ; rdf:subject id:northfield-materials-laboratory ;
    rdf:predicate dkg:hostedBy ; rdf:object id:northfield-institute-of-technology ;
    dkg:quote "The laboratory is hosted by Northfield." ; prov:wasDerivedFrom <https://example.org/northfield> .
<https://example.org/northfield> dcterms:title "Northfield profile (fixture)"@en .
"""


@pytest.fixture(scope="module")
def store() -> Store:
    s = Store()
    for name in ("defence-kg.ttl", "vocabularies.ttl"):
        s.load_file(ROOT / "ontology" / name, ONTOLOGY_GRAPH)
    s.add(GRAPH["fixture"], list(Graph().parse(data=FIXTURE, format="turtle")))
    return s


@pytest.fixture(scope="module")
def site(store, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("cat-site") / "site"
    build_site(store, out)
    return out


def _expected_categories(store: Store) -> dict[str, set[str]]:
    g = store.to_rdflib()
    cat = URIRef("https://w3id.org/defence-kg/ontology#category")
    out: dict[str, set[str]] = {}
    for s, c in g.subject_objects(cat):
        assert any(isinstance(v, Literal) and v.language == "en" for v in g.objects(c, SKOS.prefLabel))
        out.setdefault(str(s).rsplit("/", 1)[-1], set()).add(str(c).rsplit("/", 1)[-1])  # filter values: slugs
    return out


class _Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.ids, self.jsonld, self.rows, self.options = [], set(), [], {}, []
        self._in_jsonld = False
        self._select = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "select":
            self._select = a.get("id")
        if tag == "option" and self._select == "f-category" and a.get("value"):
            self.options.append(a["value"])
        if tag == "tr" and "data-category" in a:
            self._row = a["data-category"]
        if tag == "a" and "href" in a and getattr(self, "_row", None) is not None and a["href"].startswith("id/"):
            self.rows[a["href"][3:-5]] = self._row
            self._row = None
        for key in ("href", "src"):
            if key in a and tag in ("a", "link", "script", "img"):
                self.links.append(a[key])
        if tag == "script" and a.get("type") == "application/ld+json":
            self._in_jsonld = True
            self.jsonld.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_jsonld = False
        if tag == "select":
            self._select = None

    def handle_data(self, data):
        if self._in_jsonld:
            self.jsonld[-1] += data


def _page(path: Path) -> _Page:
    p = _Page()
    p.feed(path.read_text(encoding="utf-8"))
    return p


def test_index_offers_each_category_and_tags_rows(site, store):
    expected = _expected_categories(store)
    assert any(len(v) > 1 for v in expected.values())  # the fixture has a multi-category row
    page = _page(site / "index.html")
    rows = json.loads((site / "index.json").read_text(encoding="utf-8"))
    uncategorised = {"none"} if any(r["slug"] not in expected for r in rows) else set()
    assert set(page.options) == set().union(*expected.values()) | uncategorised
    for row in rows:
        cats = set(page.rows[row["slug"]].split("|"))
        assert cats == expected.get(row["slug"], {"none"}), row["slug"]


def test_pages_render_links_resolve_and_jsonld_equals_turtle(site):
    pages = sorted(site.rglob("*.html"))
    entity_pages = [p for p in pages if p.parent.name == "id"]
    assert len(entity_pages) == 7
    for html in pages:
        page = _page(html)
        assert "<h1>" in html.read_text(encoding="utf-8"), html.name
        for link in page.links:
            parsed = urlparse(link)
            if parsed.scheme:
                continue
            target = (html.parent / parsed.path).resolve() if parsed.path else html
            assert target.is_file(), f"{html.relative_to(site)} -> {link}"
            if parsed.fragment and target.suffix == ".html":
                assert parsed.fragment in _page(target).ids, f"{html.relative_to(site)} -> {link}"
    for html in entity_pages:
        page = _page(html)
        turtle = Graph().parse(html.with_suffix(".ttl"), format="turtle")
        assert len(turtle) > 0
        assert isomorphic(Graph().parse(data=page.jsonld[0], format="json-ld"), turtle), html.name
        assert isomorphic(Graph().parse(html.with_suffix(".jsonld"), format="json-ld"), turtle), html.name


def test_category_filter_in_chromium(site, store, browser, serve_directory):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    browser.get(f"{serve_directory(site)}/index.html")
    rows = json.loads((site / "index.json").read_text(encoding="utf-8"))
    expected = _expected_categories(store)
    for label in sorted(set().union(*expected.values())):
        Select(browser.find_element(By.ID, "f-category")).select_by_value(label)
        shown = browser.execute_script(
            "return Array.from(document.querySelectorAll('#institutions tbody tr'))"
            ".filter(r => !r.hidden).map(r => r.cells[0].textContent)"
        )
        want = sorted(r["name"] for r in rows if label in expected.get(r["slug"], set()))
        assert sorted(shown) == want and want, label

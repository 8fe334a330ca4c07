"""The published site: content negotiation on a real loopback server, RDF per entity, JSON-LD
embedded in pages, links, dumps with checksums, VoID/DCAT, and pages in real headless Chromium."""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import subprocess
import urllib.error
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCAT, RDF, VOID

from defence_kg.core.namespaces import ID
from defence_kg.publish.site import build_site
from defence_kg.publish.site_server import negotiate
from helpers import CHROME_FLAGS, CHROMIUM, run_cli

SPDX = "http://spdx.org/rdf/terms#"
CQU = "chongqing-university"
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")


@pytest.fixture(scope="module")
def site(built, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site") / "site"
    build_site(built.store, out, sparql_endpoint="http://127.0.0.1:7878/query")
    return out


@pytest.fixture(scope="module")
def server(site, serve_directory):
    return serve_directory(site)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def _get(url: str, accept: str | None = None, follow: bool = True):
    opener = urllib.request.build_opener() if follow else urllib.request.build_opener(_NoRedirect)
    req = urllib.request.Request(url, headers={"Accept": accept} if accept else {})
    try:
        with opener.open(req, timeout=30) as resp:
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


# ---- content negotiation --------------------------------------------------------------------

NEGOTIATION = [
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "html", "text/html", None),
    ("text/turtle", "ttl", "text/turtle", "turtle"),
    ("application/ld+json", "jsonld", "application/ld+json", "json-ld"),
    ("application/n-triples", "nt", "application/n-triples", "nt"),
    ("application/rdf+xml", "rdf", "application/rdf+xml", "xml"),
    ("text/turtle;q=0.5, application/ld+json;q=0.9", "jsonld", "application/ld+json", "json-ld"),
]


@pytest.mark.parametrize("accept,ext,media,parser", NEGOTIATION)
def test_entity_iri_redirects_by_accept_header(server, accept, ext, media, parser):
    status, headers, _ = _get(f"{server}/id/{CQU}", accept, follow=False)
    assert status == 303
    assert headers["Location"] == f"/id/{CQU}.{ext}"
    status, headers, body = _get(urljoin(server, headers["Location"]))
    assert status == 200
    assert headers["Content-Type"].split(";")[0] == media
    if parser:
        g = Graph().parse(data=body.decode("utf-8"), format=parser)
        assert (ID[CQU], None, None) in g


def test_unknown_entity_is_404(server):
    assert _get(f"{server}/id/no-such-thing", "text/turtle", follow=False)[0] == 404


def test_negotiate_defaults_to_html():
    assert negotiate(None) == "html"
    assert negotiate("*/*") == "html"
    assert negotiate("application/n-triples;q=0.1, text/turtle") == "ttl"


# ---- RDF per entity and embedded JSON-LD ----------------------------------------------------


class _Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.ids, self.jsonld, self.alternates, self.lang = [], set(), [], [], None
        self._in_jsonld = False
        self.imgs_without_alt = 0
        self.h1 = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if "id" in a:
            self.ids.add(a["id"])
        for key in ("href", "src"):
            if key in a and tag in ("a", "link", "script", "img"):
                self.links.append(a[key])
        if tag == "link" and a.get("rel") == "alternate":
            self.alternates.append((a.get("type"), a.get("href")))
        if tag == "script" and a.get("type") == "application/ld+json":
            self._in_jsonld = True
            self.jsonld.append("")
        if tag == "img" and not a.get("alt"):
            self.imgs_without_alt += 1
        if tag == "h1":
            self.h1 += 1

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_jsonld = False

    def handle_data(self, data):
        if self._in_jsonld:
            self.jsonld[-1] += data


def _page(path: Path) -> _Page:
    p = _Page()
    p.feed(path.read_text(encoding="utf-8"))
    return p


def test_every_entity_has_page_and_rdf_files(site, built):
    _, rows = built.store.query(
        "SELECT DISTINCT ?s WHERE { ?s a ?c . ?c rdfs:subClassOf* ?top "
        "VALUES ?top { dkg:Organisation dkg:Event dkg:Agreement } }".replace(
            "SELECT",
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            "PREFIX dkg: <https://w3id.org/defence-kg/ontology#> SELECT",
        )
    )
    slugs = {str(s)[len(str(ID)) :] for (s,) in rows if str(s).startswith(str(ID))}
    assert CQU in slugs
    for slug in slugs:
        for ext in ("html", "ttl", "jsonld", "nt", "rdf"):
            assert (site / "id" / f"{slug}.{ext}").is_file(), f"{slug}.{ext}"


def test_embedded_jsonld_equals_entity_turtle(site):
    context = json.loads((site / "context.jsonld").read_text(encoding="utf-8"))["@context"]
    pages = sorted((site / "id").glob("*.html"))
    assert pages
    for html in pages:
        page = _page(html)
        assert len(page.jsonld) == 1, html.name
        turtle = Graph().parse(html.with_suffix(".ttl"), format="turtle")
        embedded = Graph().parse(data=page.jsonld[0], format="json-ld")
        assert isomorphic(embedded, turtle), html.name
        # the same document parsed against the shipped local context file
        doc = json.loads(page.jsonld[0])
        assert doc["@context"] == context  # inline copy of the frozen local context, nothing remote
        file_doc = Graph().parse(html.with_suffix(".jsonld"), format="json-ld")
        assert isomorphic(file_doc, turtle), html.name
        types = dict(page.alternates)
        assert types["text/turtle"] == html.with_suffix(".ttl").name
        assert types["application/ld+json"] == html.with_suffix(".jsonld").name


def test_cqu_description_uses_schema_org(site):
    g = Graph().parse(site / "id" / f"{CQU}.ttl", format="turtle")
    schema = "https://schema.org/"
    assert (ID[CQU], RDF.type, URIRef(schema + "CollegeOrUniversity")) in g
    assert (ID[CQU], URIRef(schema + "name"), None) in g
    assert (ID[CQU], URIRef(schema + "sameAs"), URIRef("https://ror.org/023rhb549")) in g


def test_internal_links_resolve(site):
    html_files = sorted(site.rglob("*.html"))
    assert len(html_files) > 5
    for html in html_files:
        page = _page(html)
        assert page.lang == "en" and page.h1 == 1 and page.imgs_without_alt == 0, html
        for link in page.links:
            parsed = urlparse(link)
            if parsed.scheme == "data":
                continue  # inline (the empty favicon, so no browser asks the server for one)
            if parsed.scheme or link.startswith("//"):
                assert parsed.scheme in ("http", "https"), link
                continue  # external citation: not fetched (no network)
            target = (html.parent / parsed.path).resolve() if parsed.path else html
            assert target.is_file(), f"{html.relative_to(site)} -> {link}"
            if parsed.fragment and target.suffix == ".html":
                assert parsed.fragment in _page(target).ids, f"{html.relative_to(site)} -> {link}"


def test_no_remote_resources(site):
    for html in site.rglob("*.html"):
        text = html.read_text(encoding="utf-8")
        assert not re.search(
            r'<(script|link)[^>]+(src|href)="(https?:)?//', text.replace('rel="canonical" href="https://', "")
        ), html


# ---- dumps, VoID/DCAT, determinism ----------------------------------------------------------


def test_dumps_have_correct_checksums_and_parse(site, built):
    sums = {}
    for line in (site / "dumps" / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split("  ")
        sums[name] = digest
    assert {"dataset.trig.gz", "dataset.nq.gz", "dataset.ttl.gz", "dataset.jsonld.gz"} <= set(sums)
    for name, digest in sums.items():
        data = (site / "dumps" / name).read_bytes()
        assert hashlib.sha256(data).hexdigest() == digest
        assert data[:2] == b"\x1f\x8b" and data[3] & 0x08 == 0 and data[4:8] == b"\0\0\0\0", name  # no name, mtime 0
    nquads = gzip.decompress((site / "dumps" / "dataset.nq.gz").read_bytes()).decode("utf-8")
    assert len(nquads.splitlines()) == len(built.store)  # one line per quad
    # rdflib merges a few literals it considers equal, so compare the two parses with each other
    quads = Dataset().parse(data=nquads, format="nquads")
    trig = Dataset().parse(data=gzip.decompress((site / "dumps" / "dataset.trig.gz").read_bytes()), format="trig")
    assert len(quads) == len(trig) > 0
    union = Graph().parse(data=gzip.decompress((site / "dumps" / "dataset.ttl.gz").read_bytes()), format="turtle")
    as_jsonld = Graph().parse(
        data=gzip.decompress((site / "dumps" / "dataset.jsonld.gz").read_bytes()), format="json-ld"
    )
    assert len(union) == len(as_jsonld) > 0 and isomorphic(union, as_jsonld)


def test_void_dcat_description(site, built):
    g = Graph().parse(site / "void.ttl", format="turtle")
    ds = g.value(predicate=RDF.type, object=VOID.Dataset, any=True)
    ds = next(s for s in g.subjects(RDF.type, DCAT.Dataset))
    assert g.value(ds, VOID.triples).toPython() == len(built.store.union_triples())
    assert g.value(ds, VOID.entities).toPython() > 0
    assert g.value(ds, VOID.sparqlEndpoint) == URIRef("http://127.0.0.1:7878/query")
    assert ID[CQU] in set(g.objects(ds, VOID.exampleResource))
    dumps = set(g.objects(ds, VOID.dataDump))
    assert len(dumps) >= 4
    for dist in g.objects(ds, DCAT.distribution):
        url = str(g.value(dist, DCAT.downloadURL))
        local = site / url.split("defence-kg/", 1)[1]
        data = local.read_bytes()
        assert g.value(dist, DCAT.byteSize).toPython() == len(data)
        checksum = g.value(dist, URIRef(SPDX + "checksum"))
        assert str(g.value(checksum, URIRef(SPDX + "checksumValue"))) == hashlib.sha256(data).hexdigest()
        assert str(g.value(dist, DCAT.mediaType)).startswith("https://www.iana.org/assignments/media-types/")
    # licences: our own data CC BY 4.0; each source graph its source's (a copyright text → a licence document)
    dct = "http://purl.org/dc/terms/"
    cc_by = URIRef("https://creativecommons.org/licenses/by/4.0/")
    assert g.value(ds, URIRef(dct + "license")) == cc_by
    subsets = set(g.objects(ds, VOID.subset))
    assert subsets == set(built.store.graphs())
    for sub in subsets:
        licences = list(g.objects(sub, URIRef(dct + "license")))
        assert len(licences) == 1, sub
        if "/graph/source/" in str(sub):
            rights = str(g.value(sub, URIRef(dct + "rights")))
            source_text = str(
                built.store.to_rdflib().value(g.value(sub, URIRef(dct + "source")), URIRef(dct + "license"))
            )
            assert rights == source_text, sub
            if licences[0] != URIRef("https://creativecommons.org/publicdomain/zero/1.0/"):
                assert (licences[0], RDF.type, URIRef(dct + "LicenseDocument")) in g
                assert str(g.value(licences[0], URIRef("http://www.w3.org/2000/01/rdf-schema#label"))) == source_text
        else:
            assert licences == [cc_by], sub
    tracker = URIRef("https://w3id.org/defence-kg/graph/source/aspi-tracker")
    assert "Australian Strategic Policy Institute" in str(g.value(tracker, URIRef(dct + "rights")))
    assert isomorphic(g, Graph().parse(site / "void.jsonld", format="json-ld"))


def test_server_configuration_files(site):
    htaccess = (site / ".htaccess").read_text()
    assert "R=303" in htaccess and "text/turtle" in htaccess and "application/ld\\+json" in htaccess
    nginx = (site / "nginx.conf").read_text()
    assert "return 303" in nginx and "application/rdf+xml rdf;" in nginx


def test_output_is_deterministic(site, built, tmp_path):
    again = tmp_path / "again"
    build_site(built.store, again, sparql_endpoint="http://127.0.0.1:7878/query")
    first = sorted(p.relative_to(site) for p in site.rglob("*") if p.is_file())
    assert first == sorted(p.relative_to(again) for p in again.rglob("*") if p.is_file())
    for rel in first:
        assert (site / rel).read_bytes() == (again / rel).read_bytes(), rel


def test_bad_base_url_is_a_clear_error(built, tmp_path):
    from defence_kg.core.errors import InputError

    with pytest.raises(InputError, match="base-url"):
        build_site(built.store, tmp_path / "x", base_url="w3id.org/defence-kg")
    assert not (tmp_path / "x").exists()


# ---- real browser ---------------------------------------------------------------------------


@needs_chromium
def test_cqu_page_in_chromium_shows_risk_and_evidence(server):
    dom = subprocess.run(
        [CHROMIUM, *CHROME_FLAGS, "--dump-dom", f"{server}/id/{CQU}"], capture_output=True, text=True, timeout=120
    ).stdout
    assert "<h1>Chongqing University</h1>" in dom  # the IRI redirected to the page
    assert re.search(r'id="risk-level">medium<', dom)
    assert "designated medium risk for its moderate level of defence research" in dom
    assert "unitracker.aspi.org.au/universities/chongqing-university" in dom
    assert "重庆大学" in dom and "<svg" in dom


def _visible_rows(driver) -> list[str]:
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('#institutions tbody tr'))"
        ".filter(r => !r.hidden).map(r => r.cells[0].textContent)"
    )


def test_index_filters_and_search_work(browser, server, site):
    """The home page lists the institutions the sources assess; the other organisations are on
    their own page, filtered by kind; both search English, Chinese and abbreviations."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    rows = json.loads((site / "index.json").read_text(encoding="utf-8"))
    others = json.loads((site / "organisations.json").read_text(encoding="utf-8"))
    assert [r["name"] for r in rows] == ["Chongqing University"]  # the one institution with a profile
    assert "Nanyang Technological University" in {o["name"] for o in others}
    browser.get(f"{server}/index.html")
    assert _visible_rows(browser) == ["Chongqing University"]
    Select(browser.find_element(By.ID, "f-risk")).select_by_value("medium")
    assert _visible_rows(browser) == ["Chongqing University"]
    assert browser.find_element(By.ID, "count").text == "1 of 1 shown"
    box = browser.find_element(By.ID, "q")
    for text in ("重庆", "CQU", "chongqing daxue"):  # Chinese, abbreviation, pinyin
        box.clear()
        box.send_keys(text)
        assert _visible_rows(browser) == ["Chongqing University"], text
    box.clear()
    box.send_keys("zzzz-nothing")
    assert _visible_rows(browser) == []
    browser.get(f"{server}/organisations.html")
    assert len(_visible_rows(browser)) == len(others)
    kind = next(o["kind"] for o in others if o["name"] == "Nanyang Technological University")
    Select(browser.find_element(By.ID, "f-kind")).select_by_value(kind)
    assert sorted(_visible_rows(browser)) == sorted(o["name"] for o in others if o["kind"] == kind)


def test_pages_fit_a_phone_screen(browser, server):
    browser.set_window_size(375, 812)
    try:
        for path in (
            "index.html",
            "organisations.html",
            "map.html",
            "network.html",
            "overview.html",
            "compare.html",
            f"id/{CQU}.html",
            "timeline.html",
            "sources.html",
            "ontology.html",
            "vocabularies.html",
            "downloads.html",
        ):
            browser.get(f"{server}/{path}")
            width = browser.execute_script("return document.documentElement.clientWidth")
            scroll = browser.execute_script("return document.documentElement.scrollWidth")
            assert scroll <= width, f"{path}: content {scroll}px wider than the {width}px viewport"
            assert browser.execute_script("return document.querySelector('meta[name=viewport]') !== null")
    finally:
        browser.set_window_size(1200, 900)


def test_timeline_shows_uncertain_dates(browser, server):
    browser.get(f"{server}/timeline.html")
    text = browser.find_element("tag name", "main").text
    assert "either in late 2011 or in early 2012" in text and "uncertain date" in text
    assert "December 2016" in text


def test_publish_site_command(built, project, tmp_path, capsys):
    out = tmp_path / "cli-site"
    code = run_cli(project, "publish", "site", "-o", str(out))[0]
    assert code == 0
    assert (out / "id" / f"{CQU}.html").is_file() and (out / "void.ttl").is_file()
    assert "dumps/dataset.nq.gz" in capsys.readouterr().out


def test_a_list_the_sources_say_it_was_removed_from_is_no_inclusion_in_the_explorer(own_project, tmp_path):
    """A page says a university was added to a list and, later, removed: the index's row does not
    count the list among its inclusions, the comparison says "(removed)", and the entity page
    gives both facts with their evidence."""
    from defence_kg.core.project import Project
    from defence_kg.dataset import build as dataset

    page = own_project.root / "tests" / "releases" / "fenwick-2019.txt"
    page.write_text(
        page.read_text(encoding="utf-8")
        + "\nIn 2016, FUT was added to the US Entity List. In 2021, FUT was removed from the US Entity List.\n",
        encoding="utf-8",
    )
    built = dataset.build(Project(root=own_project.root, out=tmp_path / "build"))
    site = tmp_path / "site"
    build_site(built.store, site)
    (row,) = [
        r
        for r in json.loads((site / "index.json").read_text(encoding="utf-8"))
        if r["slug"] == "fenwick-university-of-technology"
    ]
    assert row["lists"] == []
    compare = (site / "compare-data" / "fenwick-university-of-technology.js").read_text(encoding="utf-8")
    assert "US Entity List (removed)" in compare
    entity = (site / "id" / "fenwick-university-of-technology.html").read_text(encoding="utf-8")
    assert "formerly listed on" in entity and "removed from the US Entity List" in entity

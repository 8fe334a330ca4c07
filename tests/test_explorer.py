"""The exploring pages of the site (risk-first index, other organisations, map, network explorer,
overview, comparison) and every other kind of page, opened in real headless Chromium at 375 and
1280 px: no console error, no request leaving the site (from the browser's network log), every
control reachable with the keyboard, no serious or critical axe-core violation (axe-core from the
npm registry, run in the page served on loopback), and no page wider than the screen.

The dataset is the synthetic workload of benchmarks/workload.py (our own writing: institutions
with risk levels, categories, supervisors, laboratories and coordinates) built by the real
pipeline, so every view has something to show.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from pathlib import Path
from urllib.parse import urlparse

import pytest

from defence_kg.analysis.trace import trace
from defence_kg.core.project import Project
from defence_kg.dataset import build as dataset
from defence_kg.publish import site_vendor
from defence_kg.publish.site import build_site
from helpers import ROOT, chrome_driver, run_cli

_spec = importlib.util.spec_from_file_location("workload", ROOT / "benchmarks" / "workload.py")
workload = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("workload", workload)
_spec.loader.exec_module(workload)

AXE = site_vendor.node_modules() / "axe-core" / "axe.min.js"
WIDTHS = (375, 1280)
#: one page of every kind (the entity page is chosen from the data in the fixture)
PAGES = (
    "index.html",
    "organisations.html",
    "map.html",
    "network.html",
    "overview.html",
    "compare.html",
    "timeline.html",
    "sources.html",
    "ontology.html",
    "vocabularies.html",
    "downloads.html",
    "licences.html",
    "ENTITY",
    "COMPARE2",
)
FOCUSABLE = "a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex='-1'])"


def workload_documents(root: Path) -> dict:
    """The workload's MISP-shaped cluster as a local document (the source is off by default)."""
    return {
        "misp-galaxy": {"china-defence-universities": root / "data" / "documents" / "misp-galaxy" / "synthetic.json"}
    }


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """A synthetic project of 12 institutions, built, and its site."""
    base = tmp_path_factory.mktemp("explorer")
    root = workload.project(ROOT, base / "project", 12)
    built = dataset.build(Project(root=root, out=base / "build"), documents=workload_documents(root))
    site = base / "site"
    build_site(built.store, site)
    return built, site


@pytest.fixture(scope="module")
def site(world) -> Path:
    return world[1]


@pytest.fixture(scope="module")
def rows(site) -> list[dict]:
    return json.loads((site / "index.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def url(site, serve_directory) -> str:
    return serve_directory(site)


@pytest.fixture(scope="module")
def driver():
    """Headless Chromium with its console and network logs kept (for console errors and requests)."""
    d = chrome_driver(logs=True)
    d.set_script_timeout(120)
    yield d
    d.quit()


def _path(page: str, rows: list[dict]) -> str:
    institutions = [r["slug"] for r in rows]
    if page == "ENTITY":
        located = [r["slug"] for r in rows if r["coordinates"]]
        return f"id/{located[0]}.html"
    if page == "COMPARE2":
        return "compare.html?ids=" + ",".join(institutions[:3])
    return page


def _open(driver, url: str, path: str, width: int) -> None:
    driver.set_window_size(width, 900)
    driver.get_log("browser")
    driver.get_log("performance")  # drain what earlier pages logged
    driver.get(f"{url}/{path}")
    if path.startswith("network.html"):
        _wait(driver, "return document.getElementById('cy').getAttribute('data-evidence') === 'true'")
    if path.startswith("compare.html?"):
        _wait(driver, "return !!document.getElementById('compare-table')")


def _wait(driver, script: str, timeout: int = 60) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, timeout).until(lambda d: d.execute_script(script))


def _requests(driver) -> list[str]:
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def _axe(driver) -> list[tuple[str, str, int, list[str]]]:
    driver.execute_script(AXE.read_text(encoding="utf-8"))
    return driver.execute_async_script(
        """const done = arguments[arguments.length - 1];
        axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations
          .filter(v => v.impact === 'serious' || v.impact === 'critical')
          .map(v => [v.id, v.impact, v.nodes.length, v.nodes.slice(0, 3).map(n => n.target.join(' '))])));"""
    )


def _tab_through(driver) -> tuple[int, list[str]]:
    """Press Tab through the page; the number of focusable controls and those never reached."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    total = driver.execute_script(
        """window.__reached = new Set();
        document.addEventListener('focusin', e => window.__reached.add(e.target), true);
        // shown and rendered (not in a closed <details>, not hidden, not disabled)
        const visible = el => !el.disabled && el.checkVisibility({visibilityProperty: true});
        window.__wanted = Array.from(document.querySelectorAll(arguments[0])).filter(visible);
        document.activeElement && document.activeElement.blur();
        return window.__wanted.length;""",
        FOCUSABLE,
    )
    ActionChains(driver).send_keys(Keys.TAB * (_count(driver, FOCUSABLE) + 3)).perform()
    missed = driver.execute_script(
        """return window.__wanted.filter(el => !window.__reached.has(el))
             .map(el => el.outerHTML.slice(0, 120));"""
    )
    return total, missed


def _count(driver, selector: str) -> int:
    return driver.execute_script("return document.querySelectorAll(arguments[0]).length", selector)


# ---- every kind of page, at a phone's and a desktop's width ---------------------------------


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("page", PAGES)
def test_page_is_clean_in_chromium(driver, url, rows, page, width):
    if not AXE.is_file():
        pytest.fail(f"axe-core is not installed at {AXE}: run `make setup` (npm ci)")
    path = _path(page, rows)
    _open(driver, url, path, width)
    errors = [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert not errors, f"{path} at {width}px: console errors {errors}"
    origin = urlparse(url)
    outside = [
        u
        for u in _requests(driver)
        if not u.startswith(("data:", "blob:", "about:")) and urlparse(u).netloc != origin.netloc
    ]
    assert not outside, f"{path} at {width}px: requests leave the site: {outside}"
    client = driver.execute_script("return document.documentElement.clientWidth")
    scroll = driver.execute_script("return document.documentElement.scrollWidth")
    assert scroll <= client, f"{path} at {width}px: content {scroll}px wider than the {client}px viewport"
    violations = _axe(driver)
    assert not violations, f"{path} at {width}px: axe-core serious/critical violations {violations}"
    total, missed = _tab_through(driver)
    assert total > 0 and not missed, f"{path} at {width}px: {len(missed)} of {total} controls not reached: {missed[:5]}"


# ---- the risk-first index --------------------------------------------------------------------

RISK_RANK = {"very high": 0, "high": 1, "medium": 2, "low": 3, "not recorded": 4}


def _visible(driver) -> list[str]:
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('#institutions tbody tr'))"
        ".filter(r => !r.hidden).map(r => r.cells[0].textContent)"
    )


def test_index_lists_assessed_institutions_by_risk_then_name(site, rows, built_world_names):
    names = [r["name"] for r in rows]
    assert set(names) == built_world_names  # the institutions of the workload, no agency or laboratory
    keys = [(RISK_RANK[r["risk"]], r["name"].lower()) for r in rows]
    assert keys == sorted(keys)
    assert {r["risk"] for r in rows} - {"not recorded"}, "the workload's profiles give risk levels"
    others = json.loads((site / "organisations.json").read_text(encoding="utf-8"))
    assert others and not set(names) & {o["name"] for o in others}
    assert {"government agency", "laboratory"} <= {o["kind"] for o in others}


@pytest.fixture(scope="module")
def built_world_names(world) -> set[str]:
    """The institutions of the workload as its curated registry names them (its tracker profiles)."""
    built, _ = world
    _, found = built.store.query(
        "PREFIX dkg: <https://w3id.org/defence-kg/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
        "SELECT DISTINCT ?name WHERE { ?s dkg:trackerSlug ?slug ; skos:prefLabel ?name FILTER(lang(?name) = 'en') }"
    )
    return {str(n) for (n,) in found}


def test_index_filters_count_sort_and_search(driver, url, rows):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    _open(driver, url, "index.html", 1280)
    assert _visible(driver) == [r["name"] for r in rows]
    level = next(r["risk"] for r in rows if r["risk"] != "not recorded")
    expected = [r["name"] for r in rows if r["risk"] == level]
    risk = Select(driver.find_element(By.ID, "f-risk"))
    option = next(o for o in risk.options if o.get_attribute("data-label") == level)
    assert option.text == f"{level} ({len(expected)})"  # each filter value shows its count
    risk.select_by_visible_text(option.text)
    assert _visible(driver) == expected
    assert driver.find_element(By.ID, "count").text == f"{len(expected)} of {len(rows)} shown"
    # the other filters now count within the chosen risk level
    category = Select(driver.find_element(By.ID, "f-category"))
    for o in category.options[1:]:
        n = sum(
            1
            for r in rows
            if r["risk"] == level and o.get_attribute("data-label") in (r["category"] or ["not recorded"])
        )
        assert o.text.endswith(f"({n})"), o.text
    assert "risk=" in driver.current_url  # the filtered view can be linked
    driver.find_element(By.ID, "reset").click()
    _wait(driver, f"return document.getElementById('count').textContent === '{len(rows)} of {len(rows)} shown'")
    # sort by laboratories, most first
    driver.find_element(By.CSS_SELECTOR, "button[data-sort=labs]").click()
    driver.find_element(By.CSS_SELECTOR, "button[data-sort=labs]").click()
    labs = {r["name"]: max(r["labs_named"], int((r["labs_stated"] or "0").split()[-1])) for r in rows}
    shown = _visible(driver)
    assert [labs[n] for n in shown] == sorted(labs.values(), reverse=True)
    header = driver.find_element(By.CSS_SELECTOR, "th[data-key=labs]")
    assert header.get_attribute("aria-sort") == "descending"
    # search: English, Chinese, pinyin (spaced or joined), abbreviation
    target = next(r for r in rows if r["zh"] and r["aliases"])
    box = driver.find_element(By.ID, "q")
    for text in (target["name"].lower(), target["zh"], target["pinyin"], target["pinyin"].replace(" ", "")):
        box.clear()
        box.send_keys(text)
        assert target["name"] in _visible(driver), text
    box.clear()
    box.send_keys("zzzz-nothing")
    assert _visible(driver) == []


def test_index_cells_wrap_only_between_words(driver, url):
    for width in WIDTHS:
        _open(driver, url, "index.html", width)
        styles = driver.execute_script(
            "return Array.from(new Set(Array.from(document.querySelectorAll('#institutions td'))"
            ".map(c => getComputedStyle(c).overflowWrap + ' ' + getComputedStyle(c).wordBreak)))"
        )
        # never inside a word: no break-anywhere; Chinese names (no spaces) are kept whole
        assert set(styles) <= {"normal normal", "normal keep-all"}, styles
        overflowing = driver.execute_script(
            "return Array.from(document.querySelectorAll('#institutions th, #institutions td'))"
            ".filter(c => c.getClientRects().length && c.scrollWidth > c.clientWidth + 1).map(c => c.textContent)"
        )
        assert not overflowing, f"{width}px: cells whose words do not fit: {overflowing[:5]}"
        table = driver.execute_script(
            "const t = document.getElementById('institutions'); return [t.scrollWidth, t.parentElement.clientWidth]"
        )
        assert table[0] <= table[1], f"{width}px: the table is wider than its frame {table}"


# ---- map ----------------------------------------------------------------------------------------


def test_map_places_every_located_organisation(site, rows):
    import re

    html = (site / "map.html").read_text(encoding="utf-8")
    others = json.loads((site / "organisations.json").read_text(encoding="utf-8"))
    located = {r["slug"] for r in rows + others if r["coordinates"]}
    assert located
    linked = set(re.findall(r'<li id="place-\d+">.*?</li>', html))
    listed = {slug for item in linked for slug in re.findall(r'href="id/([^"]+)\.html"', item)}
    outside = re.search(r'<h2 id="outside">.*?</ul>', html, re.S)
    listed |= set(re.findall(r'href="id/([^"]+)\.html"', outside.group(0))) if outside else set()
    assert listed == located
    assert '<path d="M' in html and "tile" not in html.lower()
    for slug in located:
        assert (site / "id" / f"{slug}.html").is_file()
        page = (site / "id" / f"{slug}.html").read_text(encoding="utf-8")
        assert 'id="h-loc"' in page, slug  # the entity page shows its location


def test_a_point_in_a_province_is_placed_there():
    from defence_kg.publish import site_geo

    assert site_geo.province_of(106.46, 29.56).name == "Chongqing"
    assert site_geo.province_of(116.39, 39.91).name == "Beijing"
    assert site_geo.province_of(0.0, 51.5) is None  # outside China: no province claimed


# ---- network explorer ---------------------------------------------------------------------------


def _script_value(path: Path):
    return json.loads(path.read_text(encoding="utf-8").split("=", 1)[1].rstrip().rstrip(";"))


def _graph(site: Path) -> dict:
    """The explorer's data: the graph script with each edge's evidence merged in."""
    data = _script_value(site / "network-data.js")
    for edge, extra in zip(data["edges"], _script_value(site / "network-evidence.js"), strict=True):
        edge.update(extra)
    return data


def test_network_explorer_shows_facts_evidence_and_paths(driver, url, world):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    built, site = world
    data = _graph(site)
    _open(driver, url, "network.html", 1280)
    # a node: its facts and its page
    org = next(n for n in data["nodes"] if n.get("assessed") and n["degree"] > 1)
    box = driver.find_element(By.ID, "n-q")
    box.send_keys(org["label"])
    driver.find_element(By.ID, "n-find").click()
    details = driver.find_element(By.ID, "net-details")
    assert org["label"] in details.text and f"id/{org['id']}.html" in details.get_attribute("innerHTML")
    # a link: its statement and quote
    first = details.find_element(By.CSS_SELECTOR, ".edge-list button")
    sentence = first.text
    first.click()
    details = driver.find_element(By.ID, "net-details")
    edge = next(e for e in data["edges"] if e["sentence"] == sentence)
    assert edge["sentence"] in details.text
    if edge.get("quote"):
        assert edge["quote"] in details.text
    # paths between two organisations, as `trace` finds them (all of them: fewer than its limit)
    names = {n["id"]: n["label"] for n in data["nodes"]}
    iri = "https://w3id.org/defence-kg/id/"
    a, expected = org["id"], None
    for b in sorted(n["id"] for n in data["nodes"] if n["group"] == "organisation" and n["id"] != a):
        expected = trace(built.store, iri + a, iri + b, max_hops=3, limit=10)
        if 0 < len(expected.paths) < 10:
            break
    assert expected is not None and 0 < len(expected.paths) < 10
    driver.find_element(By.ID, "n-from").send_keys(names[a])
    driver.find_element(By.ID, "n-to").send_keys(names[b])
    Select(driver.find_element(By.ID, "n-hops")).select_by_value("3")
    driver.find_element(By.ID, "n-trace").click()
    shown = driver.execute_script(
        "return Array.from(document.querySelectorAll('#net-details ol.paths > li > button')).map(b => b.textContent)"
    )
    want = [" → ".join(n.label for n in path.nodes) for path in expected.paths]
    assert sorted(s.split(": ", 1)[1] for s in shown) == sorted(want)
    hop_text = driver.find_element(By.CSS_SELECTOR, "#net-details ol.hops").text
    assert all(e.sentence in hop_text for e in expected.paths[0].steps[0].edges) or any(
        all(e.sentence in hop_text for e in p.steps[0].edges) for p in expected.paths
    )  # per-hop evidence: every fact of the first hop


def test_network_line_style_shows_certainty(site):
    data = _graph(site)
    assert {e.get("certainty") for e in data["edges"]} <= {"stated", "implied", "possible", None}
    script = (ROOT / "src" / "defence_kg" / "publish" / "assets" / "network.js").read_text(encoding="utf-8")
    assert '"implied" ? "dashed"' in script and '"possible" ? "dotted"' in script
    vendored = site / "assets" / "vendor" / "cytoscape"
    assert (vendored / "cytoscape.min.js").is_file()
    assert "Permission is hereby granted" in (vendored / "LICENSE.txt").read_text(encoding="utf-8")
    assert not (ROOT / "src" / "defence_kg" / "publish" / "assets" / "cytoscape.min.js").exists()


# ---- overview and compare -----------------------------------------------------------------------


def test_overview_bars_link_to_the_filtered_index(driver, url, rows):
    _open(driver, url, "overview.html", 1280)
    links = driver.execute_script(
        "return Array.from(document.querySelectorAll('#risk-h ~ figure svg a[aria-label][href^=\"index.html?risk\"]'))"
        ".map(a => [a.getAttribute('href'), a.getAttribute('aria-label')])"
    )
    assert links
    for href, label in links:
        _open(driver, url, href, 1280)
        count = int(label.rsplit(": ", 1)[1])
        assert len(_visible(driver)) == count, (href, label)


def test_compare_shows_each_cell_with_its_evidence(driver, url, rows):
    picked = [r for r in rows if r["supervisors"]][:2]
    _open(driver, url, "compare.html?ids=" + ",".join(r["slug"] for r in picked), 1280)
    table = driver.execute_script(
        "return Array.from(document.querySelectorAll('#compare-table tbody tr')).map(tr => "
        "[tr.cells[0].textContent, Array.from(tr.cells).slice(1).map(td => [td.textContent, "
        "td.querySelectorAll('.evidence').length, td.querySelectorAll('.cell-values > li').length])])"
    )
    aspects = [row[0] for row in table]
    assert aspects == [
        "Risk level",
        "Category",
        "Security credential",
        "Defence laboratories",
        "Supervised by",
        "Agreements",
        "List inclusions",
    ]
    supervised = dict(table)["Supervised by"]
    for (text, evidence, values), r in zip(supervised, picked, strict=True):
        assert values >= len(r["supervisors"]) and evidence >= values  # every value with its evidence
        assert all(name in text for name in r["supervisors"])


# ---- set-up errors -------------------------------------------------------------------------------


def test_publish_without_node_modules_is_a_clear_error(built, project, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv(site_vendor.ENV, str(tmp_path / "empty"))
    code, _, err = run_cli(project, "publish", "site", "-o", str(tmp_path / "s"), capsys=capsys)
    assert code == 2
    assert "cytoscape" in err and "npm ci" in err and "make setup" in err
    assert not (tmp_path / "s").exists()


def test_a_stale_node_modules_is_refused(tmp_path, monkeypatch):
    from defence_kg.core.errors import InputError

    fake = tmp_path / "node_modules"
    for v in site_vendor.PACKAGES:
        shutil.copytree(site_vendor.CHECKOUT / "node_modules" / v.package, fake / v.package)
    meta = fake / "cytoscape" / "package.json"
    meta.write_text(json.dumps({**json.loads(meta.read_text()), "version": "0.0.1"}))
    monkeypatch.setenv(site_vendor.ENV, str(fake))
    with pytest.raises(InputError, match="package-lock.json pins"):
        site_vendor.check_installed()

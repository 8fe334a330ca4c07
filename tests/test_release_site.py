"""The site and releases: an entity page's risk history, the index's current level (with its date),
and the changes page made from release diffs (``publish site --releases DIR``), in headless Chromium."""

from __future__ import annotations

import json

import pytest

from defence_kg.dataset import build as dataset
from helpers import ROOT, run_cli

PAGES = ROOT / "tests" / "releases"
FUT = "fenwick-university-of-technology"


@pytest.fixture
def history_site(own_project, capsys):
    """Release 1.0.0 (the 2019 page), then 1.1.0 (both pages, history kept), and the site of 1.1.0."""
    releases = own_project.root / "releases"
    releases.mkdir()
    for version, pages in (("1.0.0", ["2019"]), ("1.1.0", ["2019", "2025"])):
        docs = {"own-pages": {FUT: [PAGES / f"fenwick-{p}.txt" for p in pages]}}
        dataset.write(dataset.build(own_project, documents=docs).store, own_project.out)
        code, _, err = run_cli(
            own_project, "release", version, "-o", releases / version, capsys=capsys, root=own_project.root
        )
        assert code == 0, err
    site = own_project.root / "site"
    code, _, err = run_cli(
        own_project, "publish", "site", "-o", site, "--releases", releases, capsys=capsys, root=own_project.root
    )
    assert code == 0, err
    return site


def test_the_entity_page_has_the_risk_history_and_the_index_the_current_level(history_site):
    page = (history_site / "id" / f"{FUT}.html").read_text(encoding="utf-8")
    assert 'id="risk-level">high<' in page
    history = page.split('id="h-risk-history"', 1)[1].split("</section>", 1)[0]
    assert history.index("2019-12-01") < history.index("2025-09-01")
    assert "medium" in history and "(current)" in history.split("2025-09-01", 1)[1]
    assert "its growing involvement in defence research" in history
    rows = {r["slug"]: r for r in json.loads((history_site / "index.json").read_text(encoding="utf-8"))}
    assert rows[FUT]["risk"] == "high" and rows[FUT]["risk_date"] == "2025-09-01"


def test_the_changes_page_shows_each_release_diff(history_site):
    page = (history_site / "changes.html").read_text(encoding="utf-8")
    assert 'id="release-1.1.0"' in page and "Changes since 1.0.0" in page
    assert "risk designation of Fenwick University of Technology as of 2025-09-01" in page
    assert "still stated by its document, but a later designation gives the current level" in page


def test_the_changes_page_in_chromium(browser, serve_directory, history_site):
    from selenium.webdriver.common.by import By

    server = serve_directory(history_site)
    browser.get(f"{server}/changes.html")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Changes between releases"
    rows = browser.find_elements(By.CSS_SELECTOR, "#release-1\\.1\\.0 table.diff tbody tr")
    texts = [r.text for r in rows]
    assert any("changed" in t and "medium" in t and "high" in t for t in texts), texts
    browser.get(f"{server}/id/{FUT}.html")
    items = browser.find_elements(By.CSS_SELECTOR, "ol.risk-history > li")
    assert [i.get_attribute("class") for i in items] == ["", "current"]
    assert items[1].text.startswith("2025-09-01: high (current)")

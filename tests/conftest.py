"""Shared fixtures: the project checkout and a dataset built once per session."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from defence_kg.core.project import Project
from defence_kg.dataset import build as dataset
from helpers import ROOT, chrome_driver


@pytest.fixture(scope="session")
def project(tmp_path_factory) -> Project:
    """The real project, building into a temporary folder."""
    return Project(root=ROOT, out=tmp_path_factory.mktemp("build"))


@pytest.fixture(scope="session")
def built(project):
    """The dataset built from the project's sources (in memory), and written once."""
    result = dataset.build(project)
    dataset.write(result.store, project.out)
    return result


@pytest.fixture
def project_copy(tmp_path) -> Project:
    """A writable copy of the project's inputs, for tests that break them on purpose."""
    for name in ("ontology", "shapes", "queries", "data", "loaders"):
        if (ROOT / name).exists():
            shutil.copytree(ROOT / name, tmp_path / name)
    return Project(root=tmp_path, out=tmp_path / "build")


#: A source of our own: one document, the profile of an invented institution (tests/releases/),
#: of which the 2019 and 2025 versions are our writing too.
OWN_PAGES = """id = "own-pages"
title = "Profile pages of our own writing"
publisher = "australian-strategic-policy-institute"
licence = "CC0-1.0"
homepage = "https://example.org/"
retrieved = "2026-11-28"
loader = "aspi_tracker"

[[documents]]
id = "fenwick-university-of-technology"
path = "tests/releases/fenwick-2019.txt"
format = "text"
"""


@pytest.fixture
def own_project(project_copy) -> Project:
    """A writable project copy with the source ``own-pages`` (the Fenwick pages, 2019 by default)."""
    pages = project_copy.root / "tests" / "releases"
    shutil.copytree(ROOT / "tests" / "releases", pages)
    (project_copy.sources / "own-pages.toml").write_text(OWN_PAGES, encoding="utf-8")
    return project_copy


@pytest.fixture(scope="session")
def _chromium():
    driver = chrome_driver()
    yield driver
    driver.quit()


@pytest.fixture
def browser(_chromium):
    """One headless Chromium for the session, at a desktop window size for each test."""
    _chromium.set_window_size(1200, 900)
    return _chromium


@pytest.fixture(scope="session")
def serve_directory():
    """Start the site server (content negotiation) on a free loopback port: ``url = serve_directory(DIR)``."""
    import threading

    from defence_kg.publish.site_server import make_server

    servers = []

    def start(directory: Path) -> str:
        srv = make_server(directory, host="127.0.0.1", port=0)
        threading.Thread(target=srv.serve_forever, daemon=True).start()
        servers.append(srv)
        return f"http://127.0.0.1:{srv.server_address[1]}"

    yield start
    for srv in servers:
        srv.shutdown()
        srv.server_close()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """With DEFENCE_KG_NO_SKIP set (CI sets it), a skipped test fails: there every real component
    (Chromium, nginx, Apache, Oxigraph) is installed, so a skip would hide a missing one."""
    outcome = yield
    report = outcome.get_result()
    if report.skipped and os.environ.get("DEFENCE_KG_NO_SKIP") and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"skipped where nothing may be skipped (DEFENCE_KG_NO_SKIP): {report.longrepr}"

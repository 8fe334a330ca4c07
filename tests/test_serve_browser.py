"""A researcher opens `defence-kg serve`'s query page in a real browser and runs a query there."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from defence_kg.queries.server import free_port
from helpers import ROOT

QUERY = (
    "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
    "SELECT ?name WHERE { <https://w3id.org/defence-kg/id/chongqing-university> skos:prefLabel ?name }"
)


@pytest.fixture
def served(project, built):
    port = free_port()
    exe = Path(sys.executable).parent / "defence-kg"
    proc = subprocess.Popen(
        [str(exe), "--out", str(project.out), "serve", "--port", str(port)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    for line in proc.stdout:
        if "Ctrl-C" in line:
            break
    yield f"http://127.0.0.1:{port}/"
    proc.send_signal(signal.SIGINT)
    proc.wait(timeout=30)


def test_query_page_runs_a_query_in_chromium(served, browser):
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(served)
    wait = WebDriverWait(browser, 60)
    # the editor is served by Oxigraph itself (no network resources needed)
    wait.until(lambda d: d.execute_script("return !!document.querySelector('.CodeMirror')"))
    browser.execute_script("document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0])", QUERY)
    browser.execute_script("document.querySelector('.yasqe_queryButton').click()")
    wait.until(
        lambda d: (
            "重庆大学" in d.execute_script("const r = document.querySelector('.yasr'); return r ? r.innerText : ''")
        )
    )
    results = browser.execute_script("return document.querySelector('.yasr').innerText")
    assert "Chongqing University" in results and "重庆大学" in results

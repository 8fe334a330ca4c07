"""A researcher opens `defence-kg serve`'s query page in a real browser and runs a query there."""
from __future__ import annotations

import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from defence_kg.sparql_server import free_port

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-dev-shm-usage", "--no-first-run", "--disable-extensions", "--window-size=1200,900"]
QUERY = ('PREFIX skos: <http://www.w3.org/2004/02/skos/core#> '
         'SELECT ?name WHERE { <https://w3id.org/defence-kg/id/chongqing-university> skos:prefLabel ?name }')


@pytest.fixture
def served(project, built):
    port = free_port()
    exe = Path(sys.executable).parent / "defence-kg"
    proc = subprocess.Popen([str(exe), "--out", str(project.out), "serve", "--port", str(port)],
                            cwd=ROOT, stdout=subprocess.PIPE, text=True)
    for line in proc.stdout:
        if "Ctrl-C" in line:
            break
    yield f"http://127.0.0.1:{port}/"
    proc.send_signal(signal.SIGINT)
    proc.wait(timeout=30)


def test_query_page_runs_a_query_in_chromium(served):
    if CHROMIUM is None or CHROMEDRIVER is None:
        pytest.skip("Chromium or chromedriver is not installed (apt-get install chromium chromium-driver)")
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (test extra)")
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.support.ui import WebDriverWait

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    try:
        driver.get(served)
        wait = WebDriverWait(driver, 60)
        # the editor is served by Oxigraph itself (no network resources needed)
        wait.until(lambda d: d.execute_script("return !!document.querySelector('.CodeMirror')"))
        driver.execute_script("document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0])", QUERY)
        driver.execute_script("document.querySelector('.yasqe_queryButton').click()")
        wait.until(lambda d: "重庆大学" in d.execute_script(
            "const r = document.querySelector('.yasr'); return r ? r.innerText : ''"))
        results = driver.execute_script("return document.querySelector('.yasr').innerText")
        assert "Chongqing University" in results and "重庆大学" in results
    finally:
        driver.quit()

"""The one home of what tests share: the project root, a command-line runner, a free loopback port
(the package's own ``free_port``) and the extraction of one page of text."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from defence_kg.cli.main import main
from defence_kg.queries import library as queries
from defence_kg.queries.server import free_port  # noqa: F401 - re-exported for the tests

ROOT = Path(__file__).resolve().parents[1]


def extract_page(project, tmp_path: Path, name: str, text: str):
    """The extraction context of a page of ``text`` saved as ``<name>.txt`` (the name is its document id)."""
    from defence_kg.loading.review import extract_document

    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return extract_document(project, path)


def links_by_other(project, store, institution) -> dict[str, dict]:
    """The rows of the stored query of an institution's links, each as a dict, by the other's IRI."""
    variables, rows = queries.run(
        queries.find(project, "defence-links-of-institution"), {"institution": str(institution)}, store=store
    )
    return {str(row[variables.index("other")]): dict(zip(variables, row, strict=True)) for row in rows}


def run_cli(project, *args, capsys=None, root: Path | None = None) -> tuple[int, str, str]:
    """Run ``defence-kg --project ROOT --out OUT ARGS`` in-process; (exit code, stdout, stderr).

    Without ``capsys`` the output is left to pytest's capture and returned empty.
    """
    if capsys is not None:
        capsys.readouterr()
    argv = ["--project", str(root or project.root), "--out", str(project.out), *map(str, args)]
    code = main(argv)
    if capsys is None:
        return code, "", ""
    captured = capsys.readouterr()
    return code, captured.out, captured.err


#: root's capabilities that pass over file permissions, dropped to run as a user whom they bind
ROOTS_FILE_CAPABILITIES = "-dac_override,-dac_read_search,-fowner"


def run_cli_bound_by_permissions(project, *args, cwd: Path | None = None) -> tuple[int, str, str]:
    """Run ``defence-kg --project ROOT --out OUT ARGS`` in a child process that file permissions
    bind, as they bind a user: run as root (a container's user), without root's capabilities that
    pass over them. (exit code, stdout, stderr)."""
    argv = [sys.executable, "-m", "defence_kg", "--project", str(project.root), "--out", str(project.out)]
    argv += map(str, args)
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("run as root, and no setpriv to run a command that file permissions bind")
        argv = [setpriv, "--bounding-set", ROOTS_FILE_CAPABILITIES, "--", *argv]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run(argv, capture_output=True, text=True, env=env, cwd=cwd, timeout=600)
    return done.returncode, done.stdout, done.stderr


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
#: Headless flags; without the background-networking ones Chromium keeps dialling out on a closed network.
CHROME_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--disable-extensions",
]


def chrome_driver(*, logs: bool = False):
    """A headless Chromium through chromedriver (skips where it is not installed, which CI turns into
    a failure); ``logs`` keeps the console and network logs."""
    import pytest

    if CHROMIUM is None or CHROMEDRIVER is None:
        pytest.skip("Chromium or chromedriver is not installed (apt-get install chromium chromium-driver)")
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (test extra)")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROME_FLAGS:
        options.add_argument(flag)
    if logs:
        options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    return webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))

"""Ctrl-C part-way through `build` or `publish site`: exit 130, a short message, no traceback, and no
partial output — the previous output stays as it was, and no temporary file is left beside it.

A synthetic project (benchmarks/workload.py, 300 institutions: a build of a few seconds) is interrupted
halfway through the time a whole build of it just took: inside the work, not during start-up or exit.
"""

from __future__ import annotations

import hashlib
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import workload  # noqa: E402

KG = str(Path(sys.executable).parent / "defence-kg")


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("interrupt") / "project"
    workload.project(ROOT, root, 300)
    return root


def _state(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _interrupt(argv: list[str], after_s: float, stop: int = signal.SIGINT) -> subprocess.CompletedProcess:
    proc = subprocess.Popen([KG, *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(after_s)
    assert proc.poll() is None, "the command ended before it could be interrupted"
    proc.send_signal(stop)
    out, err = proc.communicate(timeout=60)
    return subprocess.CompletedProcess(argv, proc.returncode, out, err)


def test_interrupted_build_leaves_the_previous_build(synthetic):
    out = synthetic / "build"
    started = time.monotonic()
    subprocess.run(
        [KG, "--quiet", "--project", str(synthetic), "--out", str(out), "build"], check=True, capture_output=True
    )
    took = time.monotonic() - started
    before = _state(out)
    # --no-cache: a build from the cache can finish before the signal lands; halfway through a
    # whole build (measured just now, on this machine) the signal lands inside the work
    done = _interrupt(["--quiet", "--project", str(synthetic), "--out", str(out), "build", "--no-cache"], took / 2)
    assert done.returncode == 130, done.stderr
    assert "interrupted" in done.stderr and "Traceback" not in done.stderr
    assert _state(out) == before


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_interrupted_site_leaves_no_partial_folder(synthetic, stop):
    """SIGTERM (``timeout``, ``kill``, a cancelled job) acts as Ctrl-C does."""
    out = synthetic / "build"
    if not (out / "dataset.nq").exists():
        subprocess.run(
            [KG, "--quiet", "--project", str(synthetic), "--out", str(out), "build"], check=True, capture_output=True
        )
    site = synthetic / "site"
    done = _interrupt(
        ["--quiet", "--project", str(synthetic), "--out", str(out), "publish", "site", "-o", str(site)],
        after_s=2.5,
        stop=stop,
    )
    assert done.returncode == 130, done.stderr
    assert "Traceback" not in done.stderr
    assert not site.exists()
    assert sorted(p.name for p in synthetic.iterdir()) == ["build", "data", "loaders", "ontology", "queries", "shapes"]


def test_a_site_killed_outright_leaves_a_partial_folder_the_next_run_removes(synthetic):
    """SIGKILL cannot be caught: the marked folder it leaves is removed by the next run, and a
    folder of the same form without the tool's mark is left alone."""
    out = synthetic / "build"
    if not (out / "dataset.nq").exists():
        subprocess.run(
            [KG, "--quiet", "--project", str(synthetic), "--out", str(out), "build"], check=True, capture_output=True
        )
    site = synthetic / "killed-site"
    argv = ["--quiet", "--project", str(synthetic), "--out", str(out), "publish", "site", "-o", str(site)]
    proc = subprocess.Popen([KG, *argv], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while not list(synthetic.glob(".killed-site.*.partial/output/*")) and time.monotonic() < deadline:
        time.sleep(0.05)  # (killed once it writes its output: reading the dataset comes first)
    proc.kill()
    assert proc.wait(timeout=60) == -signal.SIGKILL
    assert [p.name for p in synthetic.glob(".killed-site.*.partial")], "the kill left nothing to remove"
    mine = synthetic / ".killed-site.abcd1234.partial"
    mine.mkdir()
    (mine / "notes.txt").write_text("my own words")
    subprocess.run([KG, *argv], check=True, capture_output=True)
    assert sorted(p.name for p in synthetic.glob(".killed-site.*")) == [mine.name]
    assert (mine / "notes.txt").read_text() == "my own words"

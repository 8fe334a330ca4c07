"""progress: a status line on a terminal only, quiet otherwise or with --quiet."""
from __future__ import annotations

import io
import os
import pty
import subprocess
import sys

import pytest

from defence_kg.core import progress


class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(autouse=True)
def _loud():
    progress.set_quiet(False)
    yield
    progress.set_quiet(False)


def test_line_shows_done_rate_and_time_left():
    text = progress.line("build", 25, 100, 5.0, unit="documents")
    assert text.startswith("build: 25/100 documents (25%)")
    assert "5.0/s" in text
    assert "15s left" in text
    assert "done in" in progress.line("build", 100, 100, 20.0)


def test_draws_on_a_terminal():
    stream, clock = FakeTTY(), Clock()
    with progress.Progress("extract", 4, stream=stream, clock=clock) as bar:
        for _ in range(4):
            clock.now += 1
            bar.advance()
    out = stream.getvalue()
    assert out.startswith("\r") and out.endswith("\n")
    assert "extract: 4/4 items (100%)" in out
    assert "left" in out                       # an intermediate line estimated the time left


def test_quiet_when_not_a_terminal():
    stream = io.StringIO()
    with progress.Progress("extract", 3, stream=stream) as bar:
        for _ in range(3):
            bar.advance()
    assert stream.getvalue() == ""
    assert bar.done == 3


def test_quiet_flag_silences_a_terminal():
    progress.set_quiet(True)
    stream = FakeTTY()
    assert list(progress.track(range(3), "x")) == [0, 1, 2]
    with progress.Progress("extract", 2, stream=stream) as bar:
        bar.advance(2)
    assert stream.getvalue() == ""


def _build_on_a_terminal(project, *extra: str) -> str:
    """Run `defence-kg build` with stderr on a pseudo-terminal; return what the terminal got."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "defence_kg", *extra, "--out", str(project.out / "pty"),
                             "build"], cwd=project.root, stdout=subprocess.DEVNULL, stderr=follower)
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait()
    os.close(leader)
    assert proc.returncode == 0
    return b"".join(chunks).decode()


def test_build_shows_progress_on_a_terminal_and_not_with_quiet(project):
    assert "build: 1/1 sources" in _build_on_a_terminal(project)
    assert "build:" not in _build_on_a_terminal(project, "--quiet")

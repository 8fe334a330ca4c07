"""progress: a bar with items, rate and time left on a terminal; nothing on a pipe or with --quiet."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import sys
import termios

import pytest

from defence_kg.core import progress
from helpers import ROOT

# a child that tracks three slow documents, quiet if asked
CHILD = """
import sys, time
from defence_kg.core import progress
progress.set_quiet("--quiet" in sys.argv)
for _ in progress.track(range(3), "extract", unit="documents"):
    time.sleep(0.15)
"""
# "extract:  67%|██   | 2/3 [00:00<00:00, 6.6 documents/s]": done/total, elapsed<time left, rate
BAR = re.compile(
    r"extract: +\d+%\|[^|]*\| (?P<done>\d)/3 "
    r"\[\d\d:\d\d<(?P<left>[\d:?]+), +(?P<rate>[\d.?]+) documents/s\]"
)


def rate(unit: str) -> str:
    """A bar's rate in ``unit``: "6.6 documents/s", or on a slow machine, under one a second, "1.44s/ documents"."""
    return rf"(?:[\d.?]+ ?{unit}/s|[\d.]+s/ ?{unit})"


def _stderr(argv: list[str], *, terminal: bool, cwd=None) -> str:
    """Run ``argv`` with stderr on an 80-column pseudo-terminal or a pipe; what stderr received."""
    if not terminal:
        proc = subprocess.run(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=True)
        return proc.stderr.decode()
    leader, follower = pty.openpty()
    # wide enough for every bar's whole line: at 80 columns the bar cuts its own end (the rate) once
    # the counts have a digit more, which is the terminal's width, not a missing rate
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))
    proc = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=follower)
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 4096)
        except OSError:  # EIO: the child closed its end
            break
        if not data:
            break
        chunks.append(data)
    os.close(leader)
    assert proc.wait() == 0
    return b"".join(chunks).decode()


def test_a_terminal_shows_items_rate_and_time_left():
    out = _stderr([sys.executable, "-c", CHILD], terminal=True)
    bars = [m.groupdict() for m in BAR.finditer(out)]
    assert bars[0] == {"done": "0", "left": "?", "rate": "?"}, out
    assert any(b["done"] in "12" and re.fullmatch(r"\d\d:\d\d", b["left"]) and float(b["rate"]) > 0 for b in bars), (
        out
    )  # redrawn, with a time left
    assert bars[-1]["done"] == "3" and out.endswith("\n"), out  # the finished bar stays


def test_a_pipe_gets_nothing():
    assert _stderr([sys.executable, "-c", CHILD], terminal=False) == ""


def test_quiet_silences_a_terminal():
    assert _stderr([sys.executable, "-c", CHILD, "--quiet"], terminal=True) == ""


def test_track_yields_every_item_in_order():
    progress.set_quiet(True)
    try:
        assert list(progress.track((n * n for n in range(4)), "squares")) == [0, 1, 4, 9]
    finally:
        progress.set_quiet(False)


def test_build_shows_progress_on_a_terminal_only(project):
    def build(*flags: str, terminal: bool, after: tuple[str, ...] = ()) -> str:
        argv = [sys.executable, "-m", "defence_kg", *flags, "--out", str(project.out / "progress"), "build", *after]
        return _stderr(argv, terminal=terminal, cwd=project.root)

    assert re.search(rf"build: 100%\|[^|]*\| (\d+)/\1 \[.*{rate('documents')}\]", build(terminal=True))
    assert "build:" not in build("--quiet", terminal=True)
    assert "build:" not in build(terminal=True, after=("--quiet",))  # after the command as well
    assert "build:" not in build(terminal=False)


# every long stage (issue 16): the command, and the bar (its label and unit) a terminal shows
LONG_STAGES = {
    "validate": (["validate"], rf"validate: +100%\|[^|]*\| (\d+)/\1 \[[^]]*{rate('shapes')}\]"),
    "read": (["validate"], rf"read dataset\.nq: +100%\|[^|]*\| [\d.]+M/[\d.]+M \[[^]]*{rate('[kM]?B')}\]"),
    "export": (
        ["export", "gexf", "-o", "{tmp}/graph.gexf"],
        rf"export gexf: +100%\|[^|]*\| 2/2 \[[^]]*{rate('steps')}",
    ),
    "publish site": (
        ["publish", "site", "-o", "{tmp}/site"],
        rf"publish site: +100%\|[^|]*\| (\d+)/\1 \[[^]]*{rate('pages')}\]",
    ),
    "publish endpoint": (
        [
            "publish",
            "endpoint",
            "--endpoint",
            "http://127.0.0.1:9/query",
            "--gsp-endpoint",
            "http://127.0.0.1:9/store",
            "--dry-run",
            "{tmp}/requests",
        ],
        rf"publish endpoint: prepare: +100%\|[^|]*\| (\d+)/\1 \[[^]]*{rate('triples')}\]",
    ),
    "screen": (
        ["screen", "data/examples/partners.csv", "-o", "{tmp}/partners.csv"],
        rf"screen: +100%\|.*{rate('rows')}\]",
    ),
    "diff": (["diff", "{out}", "{out}", "-o", "{tmp}/diff.txt"], r"read claims of [^:]+: +100%\|[^|]*\| (\d+)/\1 \["),
}


@pytest.mark.parametrize("stage", sorted(LONG_STAGES))
def test_every_long_stage_shows_progress_on_a_terminal(stage, built, project, tmp_path):
    args, bar = LONG_STAGES[stage]
    argv = [a.format(tmp=tmp_path, out=project.out) for a in args]
    out = _stderr([sys.executable, "-m", "defence_kg", "--out", str(project.out), *argv], terminal=True, cwd=ROOT)
    assert re.search(bar, out), out


@pytest.mark.parametrize("stage", ["publish site", "diff"])
def test_long_stages_are_silent_on_a_pipe_and_with_quiet(stage, built, project, tmp_path):
    args, _ = LONG_STAGES[stage]
    argv = [sys.executable, "-m", "defence_kg", "--out", str(project.out)]
    (tmp_path / "quiet").mkdir()
    (tmp_path / "piped").mkdir()
    quiet = [*argv, "--quiet", *[a.format(tmp=tmp_path / "quiet", out=project.out) for a in args]]
    piped = [*argv, *[a.format(tmp=tmp_path / "piped", out=project.out) for a in args]]
    for out in (_stderr(quiet, terminal=True, cwd=ROOT), _stderr(piped, terminal=False, cwd=ROOT)):
        assert "%|" not in out and "read " not in out, out

"""Refactoring changes no output: the SHA-256 of every file the main commands write on the shipped data.

When an output changes on purpose, regenerate the expected hashes and say why in the commit:
    PATH=.venv/bin:$PATH scripts/output-hashes.sh > tests/output-hashes.txt
(the provenance graph records each loader file's SHA-256, so editing a loader changes the dataset too).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from helpers import ROOT


def test_outputs_are_byte_identical_to_the_recorded_hashes():
    env = {**os.environ, "DEFENCE_KG": str(Path(sys.executable).parent / "defence-kg")}
    run = subprocess.run(
        ["bash", str(ROOT / "scripts" / "output-hashes.sh")], capture_output=True, text=True, env=env, check=True
    )
    expected = (ROOT / "tests" / "output-hashes.txt").read_text().splitlines()
    actual = run.stdout.splitlines()
    changed = sorted(set(expected) ^ set(actual))
    assert not changed, "outputs differ from tests/output-hashes.txt (see the module docstring):\n" + "\n".join(
        changed[:20]
    )

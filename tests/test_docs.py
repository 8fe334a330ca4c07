"""The README documents every command, and the quick start has exactly two commands."""
from __future__ import annotations

import re
from pathlib import Path

from defence_kg.cli.main import parser
from helpers import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def subcommands() -> list[str]:
    actions = [a for a in parser()._actions if a.__class__.__name__ == "_SubParsersAction"]
    names = list(actions[0].choices)
    publish = actions[0].choices["publish"]
    targets = [a for a in publish._actions if a.__class__.__name__ == "_SubParsersAction"][0]
    return names + [f"publish {t}" for t in targets.choices]


def test_every_command_is_documented():
    missing = [c for c in subcommands() if f"defence-kg {c}" not in README]
    assert not missing, f"commands missing from README.md: {missing}"


def test_quick_start_has_two_commands_and_ci_runs_the_test_one():
    block = re.search(r"## Quick start\n+```bash\n(.*?)```", README, re.S)[1]
    commands = [line.split("#")[0].strip() for line in block.splitlines() if line.split("#")[0].strip()]
    assert commands == ["make run", "make test"]
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")

"""Every command's --help says what the command does, above its options."""

from __future__ import annotations

import argparse

import pytest

from defence_kg.cli.main import parser


def _commands(p: argparse.ArgumentParser, prefix: str = "") -> dict[str, argparse.ArgumentParser]:
    found = {}
    for action in p._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, command in action.choices.items():
                found[f"{prefix}{name}"] = command
                found.update(_commands(command, f"{prefix}{name} "))
    return found


COMMANDS = _commands(parser())


def test_every_command_is_found():
    assert {"build", "validate", "extract", "query", "publish site", "publish endpoint", "serve", "diff"} <= set(
        COMMANDS
    )


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_commands_help_says_what_it_does(name, capsys):
    """``build --help``, ``trace --help`` and ten more listed only their options: what the command
    does was shown only in the list of commands."""
    with pytest.raises(SystemExit):
        parser().parse_args([*name.split(), "--help"])
    text = capsys.readouterr().out
    description = text.split("\n\n")[1]  # (after the usage)
    assert not description.startswith(("options:", "positional arguments:")), text
    assert len(description.split()) >= 4 and description.rstrip().endswith("."), description

"""The typed public API: every function ``import defence_kg`` offers has a docstring example that runs
on the shipped data; results are frozen dataclasses; ``--format json`` prints their JSON form."""

from __future__ import annotations

import dataclasses
import doctest
import importlib
import inspect
import json

import pytest

import defence_kg
from defence_kg.core.records import to_data
from helpers import ROOT, run_cli

PACKAGE = ROOT / "src" / "defence_kg"
#: Modules whose docstrings hold examples, besides the API itself (found by reading the source).
EXAMPLE_MODULES = sorted(
    ".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts)
    for p in PACKAGE.rglob("*.py")
    if ">>> " in p.read_text(encoding="utf-8")
)


@pytest.mark.parametrize("name", EXAMPLE_MODULES)
def test_docstring_examples_run_on_the_shipped_data(name, monkeypatch):
    monkeypatch.chdir(ROOT)  # examples name shipped files by their paths in the checkout
    monkeypatch.delenv("DEFENCE_KG_PROJECT", raising=False)
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS, verbose=False)
    assert result.attempted > 0 and result.failed == 0, f"{name}: {result.failed} of {result.attempted} failed"


def test_every_public_function_is_typed_and_has_an_example():
    for name in defence_kg.__all__:
        obj = getattr(defence_kg, name)
        if not inspect.isfunction(obj):  # result types and aliases
            continue
        assert obj.__doc__ and ">>> " in obj.__doc__, f"defence_kg.{name} has no example"
        hints = inspect.signature(obj)
        assert hints.return_annotation is not inspect.Signature.empty, f"defence_kg.{name} has no return type"


def test_results_are_frozen_dataclasses():
    """Every class the API offers (its result types) is a frozen dataclass; the store is the one
    exception, being the dataset itself."""
    classes = [name for name in defence_kg.__all__ if inspect.isclass(getattr(defence_kg, name)) and name != "Store"]
    assert len(classes) >= 12
    for name in classes:
        cls = getattr(defence_kg, name)
        assert dataclasses.is_dataclass(cls) and cls.__dataclass_params__.frozen, name


@pytest.mark.parametrize(
    "argv, call",
    [
        (["trace", "CQU", "SASTIND", "--format", "json"], lambda s: defence_kg.trace(s, "CQU", "SASTIND")),
        (["analyse", "--format", "json"], lambda s: defence_kg.analyse(s)),
        (["stats", "--format", "json"], lambda s: defence_kg.stats(s)),
        (["resolve", "MOE", "--format", "json"], lambda s: defence_kg.resolve("MOE", s)),
    ],
)
def test_json_output_is_the_api_result(built, project, capsys, argv, call):
    code, out, _ = run_cli(project, *argv, capsys=capsys)
    assert code == 0
    assert json.loads(out) == to_data(call(built.store))

"""The package follows the pipeline: lower stages never import higher ones, and nothing imports in
a cycle. Read from the source (every ``import`` and ``from ... import``, at any depth), not by running it.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import networkx as nx

from helpers import ROOT

PACKAGE = ROOT / "src" / "defence_kg"
#: The stages, lowest first. ``api`` (the public functions) sits above every stage and below cli.
STAGES = (
    "core",
    "sources",
    "loading",
    "dataset",
    "validation",
    "queries",
    "exports",
    "analysis",
    "publish",
    "api",
    "cli",
)


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every defence_kg module this file imports (``from defence_kg.x import y`` counts x.y when y is a module)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("defence_kg")}
        elif (
            isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("defence_kg") and not node.level
        ):
            found.add(node.module)
            found |= {f"{node.module}.{a.name}" for a in node.names}
    return found


def _graph() -> nx.DiGraph:
    modules = {_module(p): p for p in PACKAGE.rglob("*.py")}
    g = nx.DiGraph()
    for name, path in modules.items():
        g.add_node(name)
        for target in _imports(path):
            if target in modules and target != name:
                g.add_edge(name, target)
    return g


def _stage(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in STAGES else None


def test_every_module_belongs_to_a_stage():
    loose = sorted(m for m in _graph() if _stage(m) is None and m not in ("defence_kg", "defence_kg.__main__"))
    assert not loose, f"modules outside the stage packages: {loose}"


def test_no_stage_imports_a_higher_stage():
    upward = defaultdict(list)
    for a, b in _graph().edges:
        sa, sb = _stage(a), _stage(b)
        if sa and sb and STAGES.index(sb) > STAGES.index(sa):
            upward[f"{sa} -> {sb}"].append(f"{a} imports {b}")
    assert not upward, "upward imports:\n" + "\n".join(line for v in upward.values() for line in v)


def test_no_import_cycles():
    cycles = list(nx.simple_cycles(_graph()))
    assert not cycles, f"import cycles: {cycles[:5]}"


def test_the_layer_check_can_fail(tmp_path):
    """The checks above read real import statements: a planted upward import is found."""
    planted = tmp_path / "x.py"
    planted.write_text("from defence_kg.publish.site import build_site\nimport defence_kg.cli.main\n")
    assert {"defence_kg.publish.site", "defence_kg.publish.site.build_site", "defence_kg.cli.main"} <= _imports(planted)

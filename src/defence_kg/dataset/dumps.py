"""dataset: a dataset read from wherever a person keeps one — a build folder, a release folder, or a
dump file (N-Quads or TriG, gzipped or not). Named graphs are kept: claims are compared per graph.
"""

from __future__ import annotations

import gzip
import hashlib
from pathlib import Path

from defence_kg.core.errors import InputError
from defence_kg.core.inputs import kind_of
from defence_kg.core.store import Store

#: dump file suffixes and the syntax each holds (both keep named graphs)
DUMP_SUFFIXES = {".nq": "nquads", ".trig": "trig"}
#: the digests of a build's or a release's files beside them, as ``sha256sum`` writes them
#: (``sha256sum -c SHA256SUMS`` checks them); a dataset.nq that matches its digest is read without
#: checking its terms again (``build.read``): they were checked when the build made them
SUMS = "SHA256SUMS"


def read_sums(folder: Path) -> dict[str, str]:
    """The digests the folder's ``SUMS`` gives its files, by name; none when it is missing,
    unreadable or not a regular file (a pipe found there would never end)."""
    path = Path(folder) / SUMS
    if not path.is_file():
        return {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return {}
    return {name.strip(): digest for digest, _, name in (line.partition("  ") for line in lines) if name.strip()}


def read_dataset(path: Path) -> Store:
    """The dataset at ``path``: a folder holding ``dataset.nq`` (a build or a release), or a
    ``.nq``/``.trig`` file, optionally ``.gz``."""
    data, fmt, where = dataset_bytes(path)
    store = Store()
    store.load_bytes(data, fmt, where=where)
    return store


def dataset_bytes(path: Path) -> tuple[bytes, str, str]:
    """The bytes of the dataset at ``path`` (see ``read_dataset``), their syntax, and the file read."""
    path = Path(path)
    if path.is_dir():
        dump = path / "dataset.nq"
        if not dump.is_file():
            raise InputError(
                "no dataset in this folder",
                where=str(path),
                why="a build folder or a release holds dataset.nq",
                fix="give a build folder (defence-kg build), a release (defence-kg release) or a .nq/.trig file",
            )
        path = dump
    if not path.is_file():
        kind = kind_of(path)
        raise InputError(
            "not a dataset" if kind else "no such dataset",
            where=str(path),
            why=f"it is {kind}, not a file" if kind else "nothing is there",
            fix="give a build folder, a release or a dump file",
        )
    name = path.name[: -len(".gz")] if path.name.endswith(".gz") else path.name
    fmt = DUMP_SUFFIXES.get(Path(name).suffix)
    if fmt is None:
        raise InputError(
            "not a dump with named graphs",
            where=str(path),
            why="claims are compared per named graph, which N-Quads and TriG keep",
            fix="give a .nq or .trig file (optionally .gz), a build folder or a release",
        )
    try:
        raw = path.read_bytes()
        data = gzip.decompress(raw) if path.name.endswith(".gz") else raw
    except (OSError, EOFError) as err:
        raise InputError("cannot read the dataset", where=str(path), why=str(err), fix="give a readable dump") from None
    if not data.strip():
        raise InputError("the dataset is empty", where=str(path), fix="give a build folder, a release or a dump file")
    _check_sum(path, raw)
    return data, fmt, str(path)


def _check_sum(path: Path, raw: bytes) -> None:
    """Refuse a dump that its folder's SHA256SUMS (a build's, a release's) gives another digest:
    changed or damaged since it was written, it would be compared as if it were the release."""
    listed = read_sums(path.parent).get(path.name)
    if listed is not None and listed != hashlib.sha256(raw).hexdigest():
        raise InputError(
            "the dump does not match its SHA256SUMS",
            where=str(path),
            why="it was changed or damaged since it was written",
            fix="get the dump again (or build again)",
        )

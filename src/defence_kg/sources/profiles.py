"""sources: read and check the source profiles in data/sources/<id>.toml.

A profile names its documents, publisher, licence and loader; the loader turns the documents
into the source's one named graph, and the framework describes that graph's provenance.
"""

from __future__ import annotations

import difflib
import functools
from dataclasses import dataclass, field
from pathlib import Path

import tomli
from rdflib import URIRef

from defence_kg.core.errors import ProfileError
from defence_kg.core.namespaces import GRAPH
from defence_kg.core.project import Project


@dataclass(frozen=True)
class Document:
    """One document of a source."""

    id: str
    """Stable identifier of the document within its source (e.g. the tracker slug)."""
    path: str | None = None
    """Path relative to the project root, for documents shipped with the project."""
    url: str | None = None
    """Public URL of the document (its citation; fetched into build/cache when no path is given)."""
    format: str = "text"
    """``text`` (a tracker profile page as plain text) or ``json``."""
    modified: str | None = None
    """The document's own last-updated date (ISO), when known before loading."""
    version: str | None = None
    """Set when several versions of the document are loaded together (``build --document`` given
    twice): the first 12 hex digits of the version's SHA-256, so each version has its own IRI."""

    @property
    def key(self) -> str:
        """The document's id, with its version when it is one of several (``id@version``)."""
        return self.id if self.version is None else f"{self.id}@{self.version}"


@dataclass(frozen=True)
class SourceProfile:
    """A source as declared in data/sources/<id>.toml."""

    id: str
    title: str
    publisher: str
    """Slug of the publisher's entity in the registry (e.g. ``australian-strategic-policy-institute``)."""
    licence: str
    homepage: str
    retrieved: str
    """The date (ISO) the documents were retrieved: kept in the profile so builds are reproducible."""
    file: Path
    documents: tuple[Document, ...] = ()
    loader: str = ""
    enabled: bool = True
    """Disabled sources are built only when asked for (e.g. they need a download)."""
    options: dict = field(default_factory=dict)
    expect: dict = field(default_factory=dict)
    """Minimum counts per class CURIE, e.g. ``{"dkg:Statement": 30}``: fewer fails the build."""

    @functools.cached_property
    def graph(self) -> URIRef:
        # asked for at every fact a source's loader writes
        return GRAPH[f"source/{self.id}"]

    @property
    def iri(self) -> URIRef:
        from defence_kg.core.namespaces import ID

        return ID[f"source-{self.id}"]

    def loader_path(self, project: Project) -> Path:
        return project.loaders / f"{self.loader}.py"


_KEYS = {
    "id",
    "title",
    "publisher",
    "licence",
    "homepage",
    "retrieved",
    "documents",
    "loader",
    "enabled",
    "options",
    "expect",
}
_REQUIRED = ("id", "title", "publisher", "licence", "homepage", "retrieved")
_DOC_KEYS = {"id", "path", "url", "format", "modified"}


def read_profile(path: Path) -> SourceProfile:
    """Read and check one profile; errors name the file and the key."""
    try:
        # tomli, not tomllib: the same parser, compiled (a manifest of 1,470 documents: 39 -> 15 ms)
        data = tomli.loads(path.read_text(encoding="utf-8"))
    except tomli.TOMLDecodeError as err:
        raise ProfileError("malformed TOML", where=str(path), why=str(err), fix="correct the TOML syntax") from None
    except OSError as err:
        raise ProfileError("cannot read source profile", where=str(path), why=err.strerror) from None
    except UnicodeDecodeError as err:
        raise ProfileError(
            "the source profile is not UTF-8 text",
            where=f"{path} (byte {err.start})",
            why="TOML files are UTF-8",
            fix="save the file as UTF-8, or move it out of data/sources",
        ) from None
    _check_keys(path, "", data, _KEYS)
    for key in _REQUIRED:
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise ProfileError(
                f"missing or empty key '{key}'",
                where=str(path),
                why="every source profile names its id, title, publisher, licence, homepage and retrieval date",
                fix=f'add {key} = "..."',
            )
    if data["id"] != path.stem:
        raise ProfileError(
            f"id '{data['id']}' differs from the file name",
            where=str(path),
            fix=f'rename the file to {data["id"]}.toml or set id = "{path.stem}"',
        )
    documents = []
    for i, doc in enumerate(data.get("documents", [])):
        _check_keys(path, f"documents[{i}].", doc, _DOC_KEYS)
        if "id" not in doc or not ({"path", "url"} & doc.keys()):
            raise ProfileError(f"documents[{i}] needs an id and a path or url", where=str(path))
        documents.append(Document(**doc))
    return SourceProfile(
        id=data["id"],
        title=data["title"],
        publisher=data["publisher"],
        licence=data["licence"],
        homepage=data["homepage"],
        retrieved=data["retrieved"],
        file=path,
        documents=tuple(documents),
        loader=data.get("loader", data["id"].replace("-", "_")),
        enabled=data.get("enabled", True),
        options=data.get("options", {}),
        expect=data.get("expect", {}),
    )


def _check_keys(path: Path, prefix: str, data: dict, known: set[str]) -> None:
    for key in data:
        if key not in known:
            close = difflib.get_close_matches(key, known, n=1)
            hint = f"did you mean '{close[0]}'?" if close else f"known keys: {', '.join(sorted(known))}"
            raise ProfileError(f"unknown key '{prefix}{key}'", where=str(path), fix=hint)


def discover(project: Project) -> list[SourceProfile]:
    """All source profiles of the project, sorted by id."""
    return [read_profile(p) for p in sorted(project.sources.glob("*.toml"))]

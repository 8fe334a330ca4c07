"""loaders: a source's loader module and its contract, one document at a time.

A loader (``loaders/<id>.py``, loaded by path) offers two functions (see loaders/README.md):

- ``names(ctx, document)``: the entities the document introduces that the registry does not know,
  as ``(iri, name)`` pairs: a cheap first pass, read against the curated registry only;
- ``load_document(ctx, document)``: the document's triples, written through ``ctx``.

Every document's names are declared in a fixed order (source, then document) before any document
is loaded, and each document is then loaded on its own fork of that registry: what one document
mints or learns while it is read never reaches another, so a document's triples depend on its
own bytes and the registry only, never on which documents were read before it. That is what lets
documents be extracted in parallel and their results reused from a cache.

A loader with only ``load(ctx)`` (the earlier contract) is one unit for its whole source.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from types import ModuleType

from rdflib import URIRef

from defence_kg.core.errors import LoaderError
from defence_kg.loading.context import LoadContext
from defence_kg.loading.registry import Registry
from defence_kg.sources.profiles import Document, SourceProfile

Declaration = tuple[URIRef, str]


@dataclass(frozen=True)
class Loader:
    """A loader module, by path."""

    path: Path
    module: ModuleType

    @property
    def per_document(self) -> bool:
        """It loads one document at a time (else its ``load(ctx)`` is one unit for the source)."""
        return hasattr(self.module, "load_document")

    def names(self, ctx: LoadContext, document: Document) -> list[Declaration]:
        """What ``document`` declares; ``ctx.registry`` is the curated registry."""
        declare: Callable[[LoadContext, Document], Iterable[Declaration]] | None = getattr(self.module, "names", None)
        if declare is None:
            return []
        return [(URIRef(iri), str(name)) for iri, name in declare(ctx, document)]

    def load_document(self, ctx: LoadContext, document: Document | None) -> None:
        """Load one document (``None``: the whole source, for a loader with only ``load``)."""
        if document is None:
            self.module.load(ctx)
        else:
            self.module.load_document(ctx, document)

    def units(self, source: SourceProfile) -> list[Document | None]:
        """The units of work of a source: its documents, or the whole source (``None``)."""
        return list(source.documents) if self.per_document else [None]


def import_loader(source: SourceProfile, path: Path) -> Loader:
    """Import ``loaders/<loader>.py`` by path (once per process), checking its contract."""
    if not path.is_file():
        raise LoaderError(
            f"loader '{source.loader}' not found",
            where=str(path),
            why=f"{source.file.name} names it",
            fix="add the loader file or correct 'loader' in the profile",
        )
    module = _import(path, path.stat().st_mtime_ns, source.loader)
    if not hasattr(module, "load_document") and not hasattr(module, "load"):
        raise LoaderError(
            "loader has no load_document(ctx, document) function",
            where=str(path),
            fix="see loaders/README.md for the contract",
        )
    return Loader(path, module)


@cache
def _import(path: Path, mtime_ns: int, name: str) -> ModuleType:
    # keyed by the file's modification time too: a loader edited between two builds in one
    # process (tests, a notebook) is imported again
    spec = importlib.util.spec_from_file_location(f"defence_kg_loader_{name}", path)
    if spec is None or spec.loader is None:
        raise LoaderError("the loader file cannot be imported", where=str(path), fix="give a Python file")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def declare(registry: Registry, declarations: Iterable[Declaration]) -> None:
    """Add what documents declared to ``registry``: the first name given to an IRI is its label."""
    for iri, name in declarations:
        registry.add_name(iri, name, "name")
        registry.labels.setdefault(iri, name)
        registry.declared.add(iri)


def document_context(ctx: LoadContext, registry: Registry) -> LoadContext:
    """A context for one document: the source's, with a fork of ``registry`` and its own triples."""
    return replace(ctx, registry=registry.fork(), triples=[], warnings=[])


def run_loader(ctx: LoadContext) -> None:
    """Run a source's loader on all its documents, in process, into ``ctx`` (``extract`` and its
    report): the same two passes as a build, without a cache or other processes."""
    loader = import_loader(ctx.source, ctx.source.loader_path(ctx.project))
    units = loader.units(ctx.source)
    declare(ctx.registry, [d for unit in units if unit is not None for d in loader.names(ctx, unit)])
    for unit in units:
        one = document_context(ctx, ctx.registry)
        loader.load_document(one, unit)
        ctx.triples += one.triples
        ctx.warnings += one.warnings

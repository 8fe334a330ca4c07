"""dataset: extract every document of a build — names first, then each document on its own, in
parallel across processes, merged in document order, reusing what the build folder's cache holds.

1. **Names.** Each document declares, in a fixed order (source, then document), the entities it
   introduces that the curated registry does not know (``names`` of its loader; see
   ``loading.loader``). Then the registry is frozen.
2. **Documents.** Each document is loaded on its own fork of the frozen registry, in a pool of
   ``jobs`` processes (forked, so they share the registry without copying it), and sends back
   its triples as N-Quads bytes (left in a file, cheaper to read back than a pipe: its cache
   entry, or one of a temporary hand-off folder without a cache) and its warnings, never rdflib
   objects. The results are merged in document order, so any number of processes gives the same
   bytes as one.
3. **Cache.** Both passes keep each document's result in ``<build>/extraction-cache/``, under a
   key that holds everything the result depends on (see ``Keys``); a rebuild re-extracts only the
   documents whose key changed. Entries are named by their key, so an entry is never wrong for
   its name. A build writes its new entries aside (``.new/``) and puts them in place only once it
   has succeeded, dropping then the entries it did not use: a build that fails or is interrupted
   leaves the cache as it was.
"""

from __future__ import annotations

import functools
import hashlib
import json
import multiprocessing
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from rdflib import URIRef

from defence_kg.core import progress
from defence_kg.core.errors import DefenceKGError, InputError
from defence_kg.core.output import ensure_folder
from defence_kg.core.processes import Failure, worker_signals
from defence_kg.core.project import Project
from defence_kg.core.store import graph_nquads
from defence_kg.dataset.nquads import Assembly
from defence_kg.loading.context import LoadContext, file_sha256
from defence_kg.loading.loader import Declaration, Loader, declare, document_context
from defence_kg.loading.registry import Registry
from defence_kg.sources.documents import locate
from defence_kg.sources.profiles import Document, SourceProfile

T = TypeVar("T")

#: the cache's folder in the build folder
CACHE_FOLDER = "extraction-cache"
_ENTRY = re.compile(r"[0-9a-f]{64}\.(?:json|nq)")
PACKAGE = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Plan:
    """A selected source, ready to load: its documents (with versions), their files and its loader."""

    source: SourceProfile
    overrides: dict[str, Path]
    loader: Loader
    _sha256: dict[Path, str] = field(default_factory=dict, compare=False, repr=False)

    def sha256(self, path: Path) -> str:
        """The SHA-256 of one of the source's files, read once per build: a document's cache key
        and its provenance both hold it (reading 1,470 documents twice took 0.05 s of a rebuild)."""
        if path not in self._sha256:
            self._sha256[path] = file_sha256(path)
        return self._sha256[path]

    def context(self, project: Project, registry: Registry) -> LoadContext:
        return LoadContext(project=project, source=self.source, registry=registry, overrides=self.overrides)


@dataclass(frozen=True)
class Unit:
    """One unit of work: a document of a source (``None``: a loader's whole source)."""

    plan: int
    document: Document | None


@dataclass(frozen=True)
class Extracted:
    """What one unit yields, in the compact form workers send back and the cache keeps."""

    nquads: bytes
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class UnitRecord:
    """What a later build needs to know of a unit without reading its entry: its keys, what it
    declared and what it warned."""

    name: str
    """The unit's source and document (``source/document@version``; ``source`` for a whole source)."""
    names_key: str | None
    key: str
    declared: tuple[tuple[str, str], ...]
    warnings: tuple[str, ...]


@dataclass
class Extraction:
    """The outcome of a build's extraction: warnings per source, and how many units were extracted
    and how many reused from the cache (in the second pass); with a cache, a record of each unit
    and the lines more than one unit gave, with their counts (see ``dataset.incremental``)."""

    warnings: dict[str, list[str]] = field(default_factory=dict)
    extracted: int = 0
    reused: int = 0
    records: list[UnitRecord] = field(default_factory=list)
    shared: dict[bytes, int] = field(default_factory=dict)
    inputs: str = ""
    """The digest of what every unit depends on but its document (``Keys.inputs``)."""
    declared: str = ""
    """The digest of the first pass's declarations (``Keys.declared``)."""


#: Fewer units than this are extracted in this process when no number of processes is asked
#: for: a pool did not pay at 146 documents (measured, docs/benchmarks.md), and a process
#: forked from one running other threads (a server, a progress bar's monitor) can deadlock.
POOL_MIN_UNITS = 500


def default_jobs(units: int) -> int:
    """One process per core for a large build, else one."""
    return (os.cpu_count() or 1) if units >= POOL_MIN_UNITS else 1


def extract_all(
    project: Project,
    plans: Sequence[Plan],
    registry: Registry,
    into: Assembly,
    *,
    jobs: int | None = None,
    entries: Cache | None = None,
) -> Extraction:
    """Run both passes over every unit of ``plans`` and add the lines to ``into``, each source's
    to its own graph. ``registry`` (the curated one) receives the declarations."""
    entries = entries or Cache(None)
    units = [Unit(i, doc) for i, plan in enumerate(plans) for doc in plan.loader.units(plan.source)]
    jobs = jobs or default_jobs(len(units))
    keys = Keys(project, plans)
    declared = dict(_names(project, plans, units, registry, keys, entries, jobs))
    declare(registry, [d for i in sorted(declared) for d in declared[i]])
    outcome = Extraction(warnings={plan.source.id: [] for plan in plans})
    outcome.inputs, outcome.declared = keys.inputs, keys.declared(registry)
    registry.fork()  # builds the name automata here, once, rather than in every worker
    unit_keys = [keys.unit(unit) for unit in units]
    # entries are read one at a time, as they are loaded: never all of them in memory at once
    todo = [i for i, key in enumerate(unit_keys) if not entries.has(key)]
    job = (project, plans, units, registry)
    fresh = run_units(extract_unit, job, todo, jobs, keep=entries.keeper(unit_keys, Cache.put_lines))
    pending = set(todo)
    for i in progress.track(range(len(units)), "build", unit="documents"):
        result = None if i in pending else entries.get_lines(unit_keys[i])
        if result is None:
            # an entry found unreadable now is extracted again here
            result = next(fresh) if i in pending else extract_unit(job, i)
            entries.put_lines(unit_keys[i], result)  # (where a worker kept it: only noted as used)
            outcome.extracted += 1
        else:
            outcome.reused += 1
        plan = plans[units[i].plan]
        repeated = into.add(plan.source.graph, result.nquads)
        outcome.warnings[plan.source.id] += result.warnings
        if entries.folder is not None:  # what a rebuild needs (``dataset.incremental``)
            outcome.records.append(_record(plan, units[i], keys, unit_keys[i], declared.get(i, []), result))
            for line in repeated:  # the lines given by more than one unit, and by how many
                outcome.shared[line] = outcome.shared.get(line, 1) + 1
    _drained(fresh)
    return outcome


def _record(plan: Plan, unit: Unit, keys: Keys, key: str, declared: list[Declaration], result: Extracted) -> UnitRecord:
    names_key = keys.names(unit) if unit.document is not None else None
    declarations = tuple((str(iri), name) for iri, name in declared)
    return UnitRecord(unit_name(plan.source, unit.document), names_key, key, declarations, result.warnings)


def unit_name(source: SourceProfile, document: Document | None) -> str:
    if document is None:
        return source.id
    return f"{source.id}/{document.id}" + (f"@{document.version}" if document.version else "")


def _names(
    project: Project,
    plans: Sequence[Plan],
    units: list[Unit],
    registry: Registry,
    keys: Keys,
    entries: Cache,
    jobs: int,
) -> Iterator[tuple[int, list[Declaration]]]:
    """The first pass: what each unit declares, by unit index in unit order (from the cache where it can)."""
    named = [i for i, unit in enumerate(units) if unit.document is not None]
    name_keys = {i: keys.names(units[i]) for i in named}
    cached = {i: entries.get(name_keys[i], "names") for i in named}
    todo = [i for i in named if cached[i] is None]
    fresh = run_units(
        names_of_unit, (project, plans, units, registry), todo, jobs, keep=entries.keeper(name_keys, Cache.put_names)
    )
    for i in named:
        entry = cached[i]
        if entry is None:
            names = next(fresh)
            entries.put_names(name_keys[i], names)  # (where a worker kept it: only noted as used)
            yield i, names
        else:
            yield i, [(URIRef(iri), name) for iri, name in entry["names"]]
    _drained(fresh)


# -- the work of one unit, in a worker or in process ------------------------------------------------


def names_of_unit(job: tuple, index: int) -> list[Declaration]:
    project, plans, units, registry = job
    unit = units[index]
    plan = plans[unit.plan]
    return plan.loader.names(document_context(plan.context(project, registry), registry), unit.document)


def extract_unit(job: tuple, index: int) -> Extracted:
    project, plans, units, registry = job
    unit = units[index]
    plan = plans[unit.plan]
    ctx = document_context(plan.context(project, registry), registry)
    plan.loader.load_document(ctx, unit.document)
    return Extracted(graph_nquads(plan.source.graph, ctx.triples), tuple(ctx.warnings))


#: Keeps what a unit gave where a later build finds it, given the unit's index; returns the file
#: written (``Cache.keeper``).
Keep = Callable[[int, Any], Path | None]

_job: tuple | None = None  # what forked workers inherit: (work function, its arguments, hand-off folder, keep)


@dataclass(frozen=True)
class _Aside:
    """An extraction whose lines a worker left in a file: of the hand-off folder (removed once
    read), or its cache entry (``kept``: read after the entry's first line, and left in place)."""

    path: Path
    warnings: tuple[str, ...]
    kept: bool = False

    def take(self) -> Extracted:
        with open(self.path, "rb") as file:
            if self.kept:
                file.readline()
            nquads = file.read()
        if not self.kept:
            self.path.unlink()
        return Extracted(nquads, self.warnings)


def _in_worker(index: int) -> Any:
    assert _job is not None
    work, args, aside, keep = _job
    try:
        result = work(args, index)
        entry = keep(index, result) if keep is not None else None
    except DefenceKGError as err:
        return Failure.of(err)
    return _hand_off(result, aside / f"{index}.nq", entry)


def _hand_off(result: Any, path: Path, entry: Path | None) -> Any:
    """An extraction's lines travel by file, not through the pool's pipe: at a million quads
    (250 MB) the pipe cost the main process about 2 s of CPU, competing with the workers for the
    cores; a file written and read back, under 1 s. With a cache that file is the unit's
    ``entry``, written by the worker rather than again by the main process (its digest too).
    Anything else, or a hand-off file that cannot be written, takes the pipe."""
    if not isinstance(result, Extracted):
        return result
    if entry is not None:
        return _Aside(entry, result.warnings, kept=True)
    try:
        path.write_bytes(result.nquads)
    except OSError:
        return result
    return _Aside(path, result.warnings)


def run_units(
    work: Callable[[tuple, int], T], args: tuple, indices: list[int], jobs: int, *, keep: Keep | None = None
) -> Iterator[T]:
    """``work(args, i)`` for each index, in order: in this process, or in a pool of forked ones
    when there are several processes to use and more than one unit to do (which then ``keep``
    what each unit gave themselves). Consume it to the end (``_drained``): the pool is closed and its
    workers joined only then."""
    if jobs <= 1 or len(indices) <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        yield from (work(args, i) for i in indices)
        return
    global _job
    try:
        # set before the pool forks its workers; the folder goes after the pool has ended
        with tempfile.TemporaryDirectory(prefix="defence-kg-hand-off-") as aside:
            _job = (work, args, Path(aside), keep)
            with multiprocessing.get_context("fork").Pool(min(jobs, len(indices)), initializer=worker_signals) as pool:
                for result in pool.imap(_in_worker, indices):
                    if isinstance(result, Failure):
                        result.raise_it()
                    if isinstance(result, _Aside):
                        result = result.take()
                    yield result
                pool.close()  # workers leave when the queue is done, rather than being killed
                pool.join()
    finally:
        _job = None


def _drained(results: Iterator[T]) -> None:
    """Check that nothing is left, letting the pool close."""
    for _ in results:
        raise AssertionError("more results than units")


# -- the cache --------------------------------------------------------------------------------------


class Keys:
    """The cache keys of a build's units. A key is the SHA-256 of everything a unit's result
    depends on, so a changed input never serves a stale entry:

    - the code: every Python file of the ``defence_kg`` package and every word list in
      ``data/wordlists`` (extraction rules and gazetteers), by content;
    - the source: its loader file's bytes, its id, publisher and options;
    - the curated registry: every file of ``ontology/`` and ``data/curated/``, by content;
    - the document: its record (id, URL, format, date, version) and its file's bytes (all the
      source's files for a loader that loads a whole source at once);
    - for the second pass only, every declaration of the first pass (the frozen names: a document
      may mention any of them).
    """

    def __init__(self, project: Project, plans: Sequence[Plan]) -> None:
        self.project, self.plans = project, plans
        code = _digest_files([*PACKAGE.rglob("*.py"), *(project.root / "data" / "wordlists").glob("*")])
        curated = _digest_files([*project.ontology.glob("*.ttl"), *project.curated.glob("*.ttl")])
        self.sources = [
            _digest(
                code,
                curated,
                plan.loader.path.read_bytes(),
                json.dumps([plan.source.id, plan.source.publisher, plan.source.options], sort_keys=True),
            )
            for plan in plans
        ]
        self._declared = ""

    @property
    def inputs(self) -> str:
        """The digest of what every unit of every source depends on (code, curated files, loaders,
        the sources selected and their options)."""
        return _digest(*self.sources)

    def declared(self, registry: Registry) -> str:
        """Fix the first pass's declarations into the keys of the second; returns their digest."""
        names = sorted((str(iri), registry.label(iri)) for iri in registry.declared)
        self._declared = _digest(json.dumps(names, ensure_ascii=False))
        return self._declared

    def use_declared(self, digest: str) -> None:
        """Fix the digest of declarations known to be those of an earlier build."""
        self._declared = digest

    def names(self, unit: Unit) -> str:
        return _digest("names", self.sources[unit.plan], self._document(unit))

    def unit(self, unit: Unit) -> str:
        return _digest("unit", self.sources[unit.plan], self._declared, self._document(unit))

    @functools.cache  # noqa: B019 - one Keys per build: read each document's bytes once
    def _document(self, unit: Unit) -> str:
        plan = self.plans[unit.plan]
        documents = plan.source.documents if unit.document is None else (unit.document,)
        parts: list[str | bytes] = []
        for doc in documents:
            record = {k: v for k, v in vars(doc).items() if k != "path"}  # its fields: plain values
            parts += [
                json.dumps(record, sort_keys=True),
                plan.sha256(locate(self.project, plan.source, doc, plan.overrides)),
            ]
        return _digest(*parts)


def _digest(*parts: str | bytes) -> str:
    h = hashlib.sha256()
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "big"))  # lengths first: no two lists of parts hash alike
        h.update(data)
    return h.hexdigest()


def _digest_files(paths: list[Path]) -> str:
    files = sorted(p for p in paths if p.is_file())
    return _digest(*(part for p in files for part in (p.name, p.read_bytes())))


#: what an entry's fields hold (an entry with a field of another kind is read as no entry)
_FIELDS = {"names": list}


class Cache:
    """Entries by key in ``<build>/extraction-cache/<key>.json`` (no folder: no cache). Use it as
    a context manager around the build: new entries are put in place when the block ends without
    an error, and thrown away when it raises (or is interrupted)."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.used: set[str] = set()
        self._staging = False  # the staged folder is made and checked

    @property
    def staged(self) -> Path:
        assert self.folder is not None
        return self.folder / ".new"

    def __enter__(self) -> Cache:
        self._discard()  # what a killed build left aside
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if kind is None:
            self._commit()
        else:
            self._discard()

    def _commit(self) -> None:
        """Put the new entries in place, and drop the entries this build did not use (only files
        named as entries: nothing else)."""
        if self.folder is None or not self.folder.is_dir():
            return
        if self.staged.is_dir():
            for path in self.staged.iterdir():
                os.replace(path, self.folder / path.name)
        self._discard()
        for name in os.listdir(self.folder):  # names, not paths: thousands of entries
            if _ENTRY.fullmatch(name) and name.partition(".")[0] not in self.used:
                (self.folder / name).unlink(missing_ok=True)

    def _discard(self) -> None:
        if self.folder is not None:
            shutil.rmtree(self.staged, ignore_errors=True)
            self._staging = False

    def keep(self, keys: Iterable[str]) -> None:
        """Keep these entries, though this build does not read them."""
        self.used.update(keys)

    def has(self, key: str) -> bool:
        """Whether a unit's extraction is kept under ``key`` (``put_lines``)."""
        return self.folder is not None and self._path(key, ".nq").is_file()

    def get(self, key: str, *fields: str) -> dict | None:
        """The entry, if there is one holding ``fields``; else None (the unit is extracted again
        and its entry rewritten)."""
        if self.folder is None:
            return None
        try:
            entry = json.loads(self._path(key).read_bytes())
        except (OSError, ValueError):
            return None
        if not isinstance(entry, dict) or not all(isinstance(entry.get(f), _FIELDS[f]) for f in fields):
            return None
        self.used.add(key)
        return entry

    def put_names(self, key: str, names: Iterable[tuple[object, str]]) -> Path | None:
        """Keep what a unit declares (``get(key, "names")``); like ``put_lines``, an entry this
        build already staged is only noted as used. Returns the entry's file (None: no cache)."""

        def pieces() -> tuple[bytes, ...]:  # made only if the entry is written
            entry = {"names": [[str(iri), name] for iri, name in names]}
            return (json.dumps(entry, ensure_ascii=False).encode(),)

        return self._put_new(key, ".json", pieces)

    def get_lines(self, key: str) -> Extracted | None:
        """A unit's extraction kept by ``put_lines``, or None (none, or changed since: the digest
        its first line gives is not its lines'; they go into the dataset as they are, never parsed
        again, ``dataset.nquads``)."""
        if self.folder is None:
            return None
        try:
            head, newline, nquads = self._path(key, ".nq").read_bytes().partition(b"\n")
            meta = json.loads(head.removeprefix(b"# "))
        except (OSError, ValueError):
            return None
        if not (newline and isinstance(meta, dict) and isinstance(meta.get("warnings"), list)):
            return None
        if meta.get("sha256") != hashlib.sha256(nquads).hexdigest():
            return None
        self.used.add(key)
        return Extracted(nquads, tuple(meta["warnings"]))

    def put_lines(self, key: str, result: Extracted) -> Path | None:
        """Keep a unit's extraction: its N-Quads as they are, after a comment line holding its
        warnings and the digest of its lines (JSON of 250 MB of lines, with every quotation mark
        escaped, cost a million-quad build a tenth of its time, on the core the workers need).
        An entry this build already staged (kept by the worker that extracted the unit, or the
        same unit twice) is only noted as used. Returns the entry's file (None: no cache)."""

        def pieces() -> tuple[bytes, ...]:
            head = {"warnings": list(result.warnings), "sha256": hashlib.sha256(result.nquads).hexdigest()}
            return b"# " + json.dumps(head, ensure_ascii=False).encode() + b"\n", result.nquads

        return self._put_new(key, ".nq", pieces)

    def _put_new(self, key: str, suffix: str, pieces: Callable[[], tuple[bytes, ...]]) -> Path | None:
        """Write an entry's pieces, made only if this build has not staged it yet."""
        if self.folder is None:
            return None
        self.used.add(key)
        path = self.staged / f"{key}{suffix}"
        if not path.exists():
            self._put(path.name, *pieces())
        return path

    def keeper(
        self, keys: Sequence[str] | Mapping[int, str], put: Callable[[Cache, str, T], Path | None]
    ) -> Keep | None:
        """What keeps what unit ``i`` gave under ``keys[i]`` (with ``put``: ``Cache.put_lines`` or
        ``Cache.put_names``), in the worker that made it (``run_units``); None without a cache.
        The staged folder is made here, before any fork."""
        if self.folder is None:
            return None
        self.stage()
        return lambda i, result: put(self, keys[i], result)

    def stage(self) -> None:
        """Make the staged folder that new entries go to (once: thousands of entries)."""
        if self.folder is None or self._staging:
            return
        if ensure_folder(self.staged).is_symlink():  # made by no build: not followed
            raise InputError(
                "the extraction cache's staging folder is a link",
                where=str(self.staged),
                fix="remove it (or build with --no-cache)",
            )
        self._staging = True

    def _put(self, name: str, *pieces: bytes) -> None:
        """Write an entry into the staged folder: a file of the folder this build made, never one
        found there ("x"), and put in place only when the build ends well (``_commit``), so it
        needs no temporary name of its own (a thousand files renamed cost a second)."""
        self.stage()
        try:
            with open(self.staged / name, "xb") as file:
                for piece in pieces:
                    file.write(piece)
        except FileExistsError:
            pass  # the same unit twice in one build: the same entry
        except OSError as err:
            raise InputError(
                "cannot keep the extraction cache",
                where=str(self.staged),
                why=err.strerror or str(err),
                fix="free some space, or build with --no-cache",
            ) from None

    def _path(self, key: str, suffix: str = ".json") -> Path:
        assert self.folder is not None
        staged = self.staged / f"{key}{suffix}"  # the same unit twice in one build
        return staged if staged.is_file() else self.folder / f"{key}{suffix}"

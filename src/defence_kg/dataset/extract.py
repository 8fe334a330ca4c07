"""dataset: extract every document of a build — names first, then each document on its own, in
parallel across processes, merged in document order, reusing what the build folder's cache holds.

1. **Names.** Each document declares, in a fixed order (source, then document), the entities it
   introduces that the curated registry does not know (``names`` of its loader; see
   ``loading.loader``). Then the registry is frozen.
2. **Documents.** Each document is loaded on its own fork of the frozen registry, in a pool of
   ``jobs`` processes (forked, so they share the registry without copying it), and sends back
   its triples as N-Quads bytes (left in a file, cheaper to read back than a pipe: its cache
   entry, or a temporary hand-off pack without a cache) and its warnings, never rdflib
   objects. The results are merged in document order, so any number of processes gives the same
   bytes as one.
3. **Cache.** Both passes keep each document's result in ``<build>/extraction-cache/``, under a
   key that holds everything the result depends on (see ``Keys``); a rebuild re-extracts only the
   documents whose key changed. Entries are found by their key, so an entry is never wrong for
   its key. A build writes its new entries aside (packs in ``.new/``) and puts them in place,
   listed in the cache's index, only once it has succeeded, dropping then the entries it did not
   use: a build that fails or is interrupted leaves the cache as it was.
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
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

from rdflib import URIRef

from defence_kg.core import progress
from defence_kg.core.errors import DefenceKGError, InputError
from defence_kg.core.output import ensure_folder, file_sha256, replace_own_file
from defence_kg.core.processes import Failure, worker_signals
from defence_kg.core.project import Project
from defence_kg.core.store import graph_nquads
from defence_kg.dataset.nquads import Assembly
from defence_kg.dataset.packs import PACK, Packs, Piece, read_file, read_piece
from defence_kg.loading.context import LoadContext
from defence_kg.loading.loader import Declaration, Loader, declare, document_context
from defence_kg.loading.registry import Registry
from defence_kg.sources.documents import locate
from defence_kg.sources.profiles import Document, SourceProfile

T = TypeVar("T")

#: the cache's folder in the build folder
CACHE_FOLDER = "extraction-cache"
#: an entry file of the versions before packs (removed by the next build: never read again)
OLD_ENTRY = re.compile(r"[0-9a-f]{64}\.(?:json|nq)")
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
    kept: Entry | None = field(default=None, compare=False)
    """Its cache entry, when a pooled worker kept it (``Cache.put_lines``)."""


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
    fresh = run_units(extract_unit, job, todo, jobs, keep=entries.keeper(unit_keys))
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
    cached = {i: entries.get_names(name_keys[i]) for i in named}
    todo = [i for i in named if cached[i] is None]
    fresh = run_units(names_of_unit, (project, plans, units, registry), todo, jobs)
    for i in named:
        names = cached[i]
        if names is None:
            names = next(fresh)
            entries.put_names(name_keys[i], names)
        yield i, names
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


#: Keeps what a unit gave where a later build finds it, given the unit's index; returns where
#: (``Cache.keeper``: the pack folder and the piece).
Keep = Callable[[int, Any], "tuple[Path, Entry | None]"]

_job: tuple | None = None  # what forked workers inherit: (work function, its arguments, hand-off packs, keep)


@dataclass(frozen=True)
class _Aside:
    """An extraction whose lines a worker left in a pack: of the hand-off folder (removed with the
    pool), or the cache's (``kept``: the piece is the unit's cache entry)."""

    folder: Path
    piece: Piece
    warnings: tuple[str, ...]
    entry: Entry | None = None

    def take(self) -> Extracted:
        nquads = read_piece(self.folder, self.piece)
        if nquads is None:
            raise InputError(
                "an extraction could not be read back", where=str(self.folder), fix="build again (or with --jobs 1)"
            )
        return Extracted(nquads, self.warnings, kept=self.entry)


def _in_worker(index: int) -> Any:
    assert _job is not None
    work, args, aside, keep = _job
    try:
        result = work(args, index)
        entry = keep(index, result) if keep is not None else None
    except DefenceKGError as err:
        return Failure.of(err)
    return _hand_off(result, aside, entry)


def _hand_off(result: Any, aside: Packs, kept: tuple[Path, Entry | None] | None) -> Any:
    """An extraction's lines travel by file, not through the pool's pipe: at a million quads
    (250 MB) the pipe cost the main process about 2 s of CPU, competing with the workers for the
    cores; a file written and read back, under 1 s. With a cache the lines are read from the
    unit's ``entry``, written by the worker rather than again by the main process (its digest
    too). Anything else, or lines that cannot be written aside, take the pipe."""
    if not isinstance(result, Extracted):
        return result
    folder, entry = kept or (aside.folder, None)
    if entry is not None:
        return _Aside(folder, entry.piece, result.warnings, entry)
    try:
        return _Aside(aside.folder, aside.append(result.nquads), result.warnings)
    except OSError:
        return result


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
            _job = (work, args, Packs(Path(aside)), keep)
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


#: the cache's list of its entries, beside their packs
INDEX = "index.json"
#: the folder of a build's new packs, put in place once it has succeeded
STAGED = ".new"
_INDEX_VERSION = 1


@dataclass(frozen=True)
class Entry:
    """A unit's lines in the cache: where they are, their digest (lines changed since they were
    written are read as no entry: they go into the dataset as they are, never parsed again,
    ``dataset.nquads``) and the unit's warnings."""

    piece: Piece
    sha256: str
    warnings: tuple[str, ...]


class Cache:
    """Entries by key in ``<build>/extraction-cache/`` (no folder: no cache): each unit's lines in
    pack files (``dataset.packs``), listed with their digests and warnings in ``index.json``,
    which also holds the names each unit declares. Use it as a context manager around the build:
    new entries are put in place when the block ends without an error, and thrown away when it
    raises (or is interrupted)."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.used: set[str] = set()
        self._staging = False  # the staged folder is made and checked
        self._earlier: tuple[dict[str, Entry], dict[str, list]] | None = None  # read when first needed
        self._new_lines: dict[str, Entry] = {}
        self._new_names: dict[str, list] = {}
        self._packs = Packs(self.staged) if folder is not None else None

    @property
    def staged(self) -> Path:
        assert self.folder is not None
        return self.folder / STAGED

    def __enter__(self) -> Cache:
        self._discard()  # what a killed build left aside
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if kind is None:
            self._commit()
        else:
            self._discard()

    def _index(self) -> tuple[dict[str, Entry], dict[str, list]]:
        """The entries of earlier builds: lines and names, by key."""
        if self._earlier is None:
            self._earlier = _read_index(self.folder / INDEX) if self.folder is not None else ({}, {})
        return self._earlier

    def _commit(self) -> None:
        """Put the new packs in place and list the entries this build used (the others are
        dropped, and the packs none of them is in removed: only files named as packs, and the
        entry files of earlier versions, nothing else)."""
        if self.folder is None or not self.folder.is_dir():
            return
        lines, names = self._index()
        lines = {key: e for key, e in sorted({**lines, **self._new_lines}.items()) if key in self.used}
        names = {key: n for key, n in sorted({**names, **self._new_names}.items()) if key in self.used}
        assert self._packs is not None
        self._packs.close()
        if self.staged.is_dir():
            for path in self.staged.iterdir():
                if PACK.fullmatch(path.name):
                    os.replace(path, self.folder / path.name)
        lines = self._compacted(lines)
        replace_own_file(_index_bytes(lines, names), self.folder / INDEX)
        self._earlier, self._new_lines, self._new_names = (lines, names), {}, {}
        self._discard()
        packs = {entry.piece.pack for entry in lines.values()}
        for name in os.listdir(self.folder):  # names, not paths
            if (PACK.fullmatch(name) and name not in packs) or OLD_ENTRY.fullmatch(name):
                (self.folder / name).unlink(missing_ok=True)

    def _compacted(self, lines: dict[str, Entry]) -> dict[str, Entry]:
        """The entries, those of packs less than half of whose bytes are still used copied into a
        new pack (the old ones then go with the unused packs): rebuild after rebuild, the cache
        holds at most about twice its entries' bytes. A copy that fails leaves them where they are."""
        assert self.folder is not None
        used: dict[str, int] = {}
        for entry in lines.values():
            used[entry.piece.pack] = used.get(entry.piece.pack, 0) + entry.piece.length
        sparse = {pack for pack, n in used.items() if 2 * n < _size(self.folder / pack)}
        if not sparse:
            return lines
        packs, out = Packs(self.folder), dict(lines)
        try:
            for key, entry in lines.items():
                if entry.piece.pack in sparse:
                    data = read_piece(self.folder, entry.piece)
                    if data is None:
                        del out[key]  # lost since: extracted again when needed
                    else:
                        out[key] = replace(entry, piece=packs.append(data))
        except OSError:
            return lines
        finally:
            packs.close()
        return out

    def _discard(self) -> None:
        if self.folder is not None:
            assert self._packs is not None
            self._packs.close()
            shutil.rmtree(self.staged, ignore_errors=True)
            self._staging = False

    def keep(self, keys: Iterable[str]) -> None:
        """Keep these entries, though this build does not read them."""
        self.used.update(keys)

    def has(self, key: str) -> bool:
        """Whether a unit's extraction is kept under ``key`` (``put_lines``)."""
        return self.folder is not None and (key in self._new_lines or key in self._index()[0])

    def get_names(self, key: str) -> list[Declaration] | None:
        """What a unit declares, kept under ``key`` (``put_names``); None if nothing is (the unit
        is read again)."""
        if self.folder is None:
            return None
        names = self._new_names.get(key, self._index()[1].get(key))
        if names is None:
            return None
        self.used.add(key)
        return [(URIRef(iri), name) for iri, name in names]

    def put_names(self, key: str, names: Iterable[tuple[object, str]]) -> None:
        """Keep what a unit declares (in the index: a few names, not worth a piece of a pack)."""
        if self.folder is not None:
            self.used.add(key)
            self._new_names.setdefault(key, [[str(iri), name] for iri, name in names])

    def get_lines(self, key: str) -> Extracted | None:
        """A unit's extraction kept by ``put_lines``, or None (none, or changed since: its lines
        are not those of its digest)."""
        if self.folder is None:
            return None
        entry = self._new_lines.get(key)
        folder = self.staged if entry is not None else self.folder
        entry = entry or self._index()[0].get(key)
        if entry is None:
            return None
        nquads = read_piece(folder, entry.piece)
        if nquads is None or hashlib.sha256(nquads).hexdigest() != entry.sha256:
            return None
        self.used.add(key)
        return Extracted(nquads, entry.warnings)

    def put_lines(self, key: str, result: Extracted) -> Entry | None:
        """Keep a unit's extraction: its N-Quads as they are, appended to this process's pack,
        with their digest and its warnings. An entry this build already staged (kept by the worker
        that extracted the unit: ``result.kept``, or the same unit twice) is only noted as used."""
        if self.folder is None:
            return None
        self.used.add(key)
        if key not in self._new_lines:
            self._new_lines[key] = result.kept or Entry(
                self._append(result.nquads), hashlib.sha256(result.nquads).hexdigest(), result.warnings
            )
        return self._new_lines[key]

    def keeper(self, keys: Sequence[str] | Mapping[int, str]) -> Keep | None:
        """What keeps the lines unit ``i`` gave under ``keys[i]``, in the worker that made them
        (``run_units``); None without a cache. The staged folder is made here, before any fork."""
        if self.folder is None:
            return None
        self.stage()
        return lambda i, result: (self.staged, self.put_lines(keys[i], result))

    def stage(self) -> None:
        """Make the staged folder that new packs go to (once)."""
        if self.folder is None or self._staging:
            return
        if ensure_folder(self.staged).is_symlink():  # made by no build: not followed
            raise InputError(
                "the extraction cache's staging folder is a link",
                where=str(self.staged),
                fix="remove it (or build with --no-cache)",
            )
        self._staging = True

    def _append(self, data: bytes) -> Piece:
        self.stage()
        assert self._packs is not None
        try:
            return self._packs.append(data)
        except OSError as err:
            raise InputError(
                "cannot keep the extraction cache",
                where=str(self.staged),
                why=err.strerror or str(err),
                fix="free some space, or build with --no-cache",
            ) from None


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _index_bytes(lines: Mapping[str, Entry], names: Mapping[str, list]) -> bytes:
    listed = {
        key: [e.piece.pack, e.piece.offset, e.piece.length, e.sha256, list(e.warnings)] for key, e in lines.items()
    }
    index = {"version": _INDEX_VERSION, "lines": listed, "names": dict(names)}
    return json.dumps(index, ensure_ascii=False, sort_keys=True).encode()


def _are_names(declared: object) -> bool:
    """Whether an index lists a unit's names as ``put_names`` does: pairs of strings."""
    return isinstance(declared, list) and all(
        isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, str) for x in pair) for pair in declared
    )


def _read_index(path: Path) -> tuple[dict[str, Entry], dict[str, list]]:
    """The entries an index lists; none if it is not one this version wrote. A listed pack is
    only ever a pack's name (``PACK``): an index changed by hand cannot point elsewhere."""
    try:
        index = json.loads(read_file(path) or b"null")
        if not isinstance(index, dict) or index.get("version") != _INDEX_VERSION:
            return {}, {}
        lines = {}
        for key, (pack, offset, length, digest, warnings) in index["lines"].items():
            if PACK.fullmatch(pack) and isinstance(offset, int) and isinstance(length, int) and offset >= 0:
                lines[key] = Entry(Piece(pack, offset, length), str(digest), tuple(map(str, warnings)))
        names = {key: declared for key, declared in index["names"].items() if _are_names(declared)}
        return lines, names
    except (ValueError, TypeError, KeyError, AttributeError):
        return {}, {}

"""dataset: build into a build folder, patching the previous build's files when only documents
changed, rather than building the whole dataset again.

A build with a cache (``dataset.extract``) also keeps, beside its entries, the state of the build
(``build-state.json``): each unit's keys, declarations and warnings; the lines more than one unit
gave, with their counts (every other line belongs to one unit, so a unit's old lines leave the
dataset with it); what settling the risk levels removed and added, and its warnings; the lines
settling read (``settling.nq``, by its digest: looking for them in the whole dataset took most
of a rebuild that changed a risk level); the curated registry (``registry.json``, by its
digest), so that a changed document is read without reading the curated files again; the
triples of each graph, the instances of the summary's classes and of each source's expected
classes; and the size and time of the files it wrote, so that files changed since are never
patched.

The next build patches when everything but some documents is as before (code, curated files,
loaders, sources and their options, the list of documents) and the changed documents declare the
same names: it extracts those documents alone, removes the lines they no longer give and adds
those they now give, settles the risk levels again (on the lines settling read last time, changed
as the documents' lines did), rewrites the metadata graph, and patches ``dataset.nq`` and
``dataset.trig`` (``dataset.patch``); the files are byte-identical to a full build's. Anything
else — a new name, a new or removed document, a graph that appears or empties, files changed or
missing, ``--union`` — takes the full build.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from rdflib import URIRef

from defence_kg.core import collector
from defence_kg.core.errors import InputError
from defence_kg.core.namespaces import DKG, METADATA_GRAPH
from defence_kg.core.output import ensure_folder, replace_own_file, staged_leftovers
from defence_kg.core.project import Project
from defence_kg.core.store import Store, graph_nquads
from defence_kg.dataset import build as full
from defence_kg.dataset.extract import (
    CACHE_FOLDER,
    INDEX,
    OLD_ENTRY,
    STAGED,
    Cache,
    Extracted,
    Keys,
    Plan,
    Unit,
    UnitRecord,
    default_jobs,
    extract_unit,
    names_of_unit,
    run_units,
    unit_name,
)
from defence_kg.dataset.nquads import RDF_TYPE, SortedNQuads, graph_counts, graph_of, mapped, subject_of, term
from defence_kg.dataset.packs import PACK
from defence_kg.dataset.patch import Patched, Unpatchable, patch_trig
from defence_kg.dataset.risk import Settlement, settle_lines, settling_lines, settling_reads
from defence_kg.loading import curation
from defence_kg.loading.loader import declare
from defence_kg.loading.registry import Registry

STATE = "build-state.json"
REGISTRY = "registry.json"
SETTLING = "settling.nq"
_VERSION = 2
# every name the cache's folder holds: its files, its packs, the entries of older versions, the
# staged folder of a build, and a file being written
_CACHE_NAME = re.compile(
    "|".join(re.escape(name) for name in (INDEX, STATE, REGISTRY, SETTLING, STAGED))
    + f"|{PACK.pattern}|{OLD_ENTRY.pattern}"
    + r"|\..+\.tmp"
)


def check_cache_folder(folder: Path) -> None:
    """Refuse, before any work, a cache folder that is not the tool's: a symlink or a file (the
    cache's files would be written and removed where it points), or a folder holding files the
    tool does not write there (a build replaces and removes files by their names)."""
    why = None
    if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
        why = "it is a symbolic link or a file, where the build writes and removes the cache's files"
    elif folder.is_dir() and (foreign := sorted(n for n in os.listdir(folder) if not _CACHE_NAME.fullmatch(n))):
        why = f"it holds files the tool does not write there ({', '.join(foreign[:3])})"
    if why is not None:
        raise InputError(
            "the build folder's extraction cache is not the tool's",
            where=str(folder),
            why=why,
            fix="move it (or the files) away: a build makes the cache again",
        )


@dataclass(frozen=True)
class Built:
    """A build written to its folder: what ``build`` prints, and the store when the dataset was
    built in memory (``None`` when the previous files were patched: read them with ``dataset.read``)."""

    figures: full.Figures
    warnings: tuple[str, ...]
    extracted: int
    reused: int
    paths: dict[str, Path]
    """The files written (none when a patch changes nothing: the files are left as they are)."""
    store: Store | None = None
    full_because: str | None = None
    """Why the previous build's files could not be patched, when there were some to patch."""

    @property
    def patched(self) -> bool:
        """Whether the previous build's files were patched, rather than written in full."""
        return self.store is None


@dataclass
class State:
    """The state of the last build with a cache (see the module's docstring)."""

    inputs: str
    declared: str
    units: list[UnitRecord]
    shared: dict[str, int]
    settled: list[list[str]]
    """What settling the risk levels did: the lines it removed, the lines it added, its warnings."""
    figures: full.Figures
    expected: dict[str, dict[str, int]]
    registry: str
    """The SHA-256 of the curated registry's file (``REGISTRY``), written by the last full build."""
    settling: str
    """The SHA-256 of the file of the lines settling read (``SETTLING``)."""
    files: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def read(cls, path: Path) -> State | None:
        """The state in ``path``, or None if there is none this version can use."""
        try:
            data = json.loads(path.read_bytes())
            if data.pop("version") != _VERSION or not _well_formed(data):
                return None
            data["units"] = [
                UnitRecord(name, names_key, key, tuple(map(tuple, declared)), tuple(warnings))
                for name, names_key, key, declared, warnings in data["units"]
            ]
            data["figures"] = full.Figures(*data["figures"])
            return cls(**data)
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None

    def write(self, path: Path) -> None:
        # by hand: dataclasses.asdict copies every value deeply (most of a rebuild's time here)
        data = {"version": _VERSION, **vars(self)}
        data["units"] = [[u.name, u.names_key, u.key, u.declared, u.warnings] for u in self.units]
        data["figures"] = [self.figures.quads, self.figures.graphs, self.figures.classes]
        replace_own_file(json.dumps(data, ensure_ascii=False).encode(), path)

    def files_unchanged(self, out: Path) -> bool:
        return bool(self.files) and all(_stat(out / name) == stat for name, stat in self.files.items())


def _well_formed(data: dict) -> bool:
    """Whether a state read back has the form ``State.write`` gives it (a build folder may come
    from elsewhere, or be edited: anything else is no state, and the build is made in full)."""
    figures, settled = data.get("figures"), data.get("settled")
    return (
        all(isinstance(data.get(name), str) for name in ("inputs", "declared", "registry", "settling"))
        and isinstance(data.get("units"), list)
        and all(_is_unit(unit) for unit in data["units"])
        and _counts(data.get("shared"))
        and all(_is_line(line) for line in data["shared"])
        and isinstance(settled, list)
        and len(settled) == 3
        and all(_strings(part) for part in settled)
        and all(_is_line(line) for part in settled[:2] for line in part)
        and isinstance(figures, list)
        and len(figures) == 3
        and type(figures[0]) is int
        and _counts(figures[1])
        and _counts(figures[2])
        and isinstance(data.get("expected"), dict)
        and all(_counts(counts) for counts in data["expected"].values())
        and isinstance(data.get("files"), dict)
        and all(isinstance(v, list) and len(v) == 2 and all(type(n) is int for n in v) for v in data["files"].values())
    )


def _is_unit(unit: object) -> bool:
    return (
        isinstance(unit, list)
        and len(unit) == 5
        and isinstance(unit[0], str)
        and (unit[1] is None or isinstance(unit[1], str))
        and isinstance(unit[2], str)
        and isinstance(unit[3], list)
        and all(isinstance(d, list) and len(d) == 2 and _strings(d) for d in unit[3])
        and _strings(unit[4])
    )


def _strings(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(x, str) for x in value)


def _counts(value: object) -> bool:
    return isinstance(value, dict) and all(isinstance(k, str) and type(n) is int for k, n in value.items())


def _is_line(line: str) -> bool:
    """An N-Quads line of a named graph: four terms and a full stop."""
    return line.endswith(" .\n") and line.count(" ") >= 4 and "\n" not in line[:-1]


def _stat(path: Path) -> list[int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns]


@collector.less_often()  # as ``dataset.build``: a rebuild's registry lives until it ends (0.2 -> 0.1 s to read it)
def build_into(
    project: Project,
    out: Path,
    *,
    sources: list[str] | None = None,
    documents: Mapping[str, Mapping[str, Path | Sequence[Path]]] | None = None,
    jobs: int | None = None,
    union: bool = False,
    cache: bool = True,
) -> Built:
    """Build the dataset into ``out``: by patching the previous build's files when only documents
    changed (see the module's docstring), else in full (``dataset.build`` and ``dataset.write``).
    ``cache``: keep and reuse each document's extraction, and the state for the next build."""
    folder = out / CACHE_FOLDER if cache else None
    if folder is not None:
        check_cache_folder(folder)
    # the current folder holds the user's own files, as for every folder output (but the
    # default build folder, from inside it, is the tool's)
    # and a folder holding one of them is none either ("--out .." from the project's folder)
    here = Path.cwd().resolve() if out.resolve() != (project.root / "build").resolve() else None
    places = (project.root.resolve(), Path.home().resolve(), here)
    if any(place is not None and place.is_relative_to(out.resolve()) for place in places):
        raise InputError(
            "refusing to build into this folder",
            where=str(out),
            why="the project's folder, the current folder, the home folder, / and the folders holding them are "
            "never build folders",
            fix="give a folder of its own with --out, e.g. --out build",
        )
    full.check_free(out, [*full.OUTPUTS, *(full.UNION_OUTPUTS if union else ()), full.SUMS])  # before the work
    with full.build_lock(out):
        return _build_into(project, out, folder, sources=sources, documents=documents, jobs=jobs, union=union)


def _build_into(
    project: Project,
    out: Path,
    folder: Path | None,
    *,
    sources: list[str] | None,
    documents: Mapping[str, Mapping[str, Path | Sequence[Path]]] | None,
    jobs: int | None,
    union: bool,
) -> Built:
    leftovers = [
        f"{path}: a partial file an interrupted build left (delete it to free its space)"
        for path in staged_leftovers(out, [*full.OUTPUTS, *full.UNION_OUTPUTS, full.SUMS])
    ]
    patched = (
        _patched(project, out, folder, sources, documents or {}, jobs) if folder is not None and not union else None
    )
    if isinstance(patched, Built):
        built = patched
    else:  # patched: why the files could not be patched, if there were any
        result = full.build(project, sources=sources, documents=documents, jobs=jobs, cache=folder)
        paths = write_build(result, out, union=union)
        built = Built(result.figures, result.warnings, result.extracted, result.reused, paths, result.store, patched)
    full.mark_build_folder(out)  # (a build folder of an earlier version has none)
    return replace(built, warnings=(*built.warnings, *leftovers))


def write_build(result: full.BuildResult, out: Path, *, union: bool = False) -> dict[str, Path]:
    """Write a build's files (``dataset.write``) and, for a build with a cache, the state the next
    build patches them from (not with ``union``: the union files are not patched)."""
    state_path = out / CACHE_FOLDER / STATE
    paths = full.write(result.store, out, union=union)
    # the state describes the files just replaced; removed only now, so that a write that fails or
    # is interrupted leaves the previous build whole, its state with it
    state_path.unlink(missing_ok=True)
    if result.record is None or union:
        return paths
    record = result.record
    registry = json.dumps(record.registry, ensure_ascii=False).encode()
    ensure_folder(out / CACHE_FOLDER)
    replace_own_file(registry, out / CACHE_FOLDER / REGISTRY)
    settling = _write_settling(record.settlement.read, out / CACHE_FOLDER)
    State(
        inputs=record.extraction.inputs,
        declared=record.extraction.declared,
        units=record.extraction.records,
        shared={line.decode(): n for line, n in sorted(record.extraction.shared.items())},
        settled=_settled(record.settlement),
        figures=result.figures,
        expected=record.expected,
        registry=hashlib.sha256(registry).hexdigest(),
        settling=settling,
        files={name: _stat(path) or [] for name, path in paths.items()},
    ).write(state_path)
    return paths


def _patched(
    project: Project,
    out: Path,
    folder: Path,
    sources: list[str] | None,
    documents: Mapping[str, Mapping[str, Path | Sequence[Path]]],
    jobs: int | None,
) -> Built | str | None:
    """The build made by patching the previous one; else why it has to be built in full (None: no
    previous build to patch)."""
    state = State.read(folder / STATE)
    if state is None:
        return None
    if not state.files_unchanged(out):
        return "the dataset's files changed since the last build"
    try:
        return _patch(project, out, folder, state, sources, documents, jobs)
    except Unpatchable as err:
        return str(err)


@dataclass(frozen=True)
class _Change:
    """The documents read again (by unit index): their previous lines and their new extraction,
    with every unit's record as it now is and its source."""

    records: list[UnitRecord]
    sources: list[str]
    old_lines: dict[int, set[bytes]]
    fresh: dict[int, Extracted]

    def new_lines(self) -> dict[int, bytes]:
        return {i: result.nquads for i, result in self.fresh.items()}


def _patch(
    project: Project,
    out: Path,
    folder: Path,
    state: State,
    sources: list[str] | None,
    documents: Mapping[str, Mapping[str, Path | Sequence[Path]]],
    jobs: int | None,
) -> Built:
    plans = full.plan_sources(project, sources, documents)
    units = [Unit(i, doc) for i, plan in enumerate(plans) for doc in plan.loader.units(plan.source)]
    keys = Keys(project, plans)
    names = [unit_name(plans[u.plan].source, u.document) for u in units]
    if keys.inputs != state.inputs or names != [r.name for r in state.units]:
        raise Unpatchable("the code, curated files, loaders, sources or list of documents changed")
    if any(
        plan.source.id not in state.expected or sorted(plan.source.expect) != sorted(state.expected[plan.source.id])
        for plan in plans
    ):
        raise Unpatchable("a source expects other classes than before")
    curated = _CuratedRegistry(folder / REGISTRY, state.registry)
    names_keys = [keys.names(u) if u.document is not None else None for u in units]
    for i in (i for i, key in enumerate(names_keys) if key != state.units[i].names_key):
        declared = names_of_unit((project, plans, units, curated.registry), i)
        if tuple((str(iri), name) for iri, name in declared) != state.units[i].declared:
            raise Unpatchable("a document names another institution, which any document may mention")
    keys.use_declared(state.declared)
    unit_keys = [keys.unit(u) for u in units]
    changed = [i for i, key in enumerate(unit_keys) if key != state.units[i].key]
    old_entries = Cache(folder)
    old_lines = {}
    for i in changed:
        entry = old_entries.get_lines(state.units[i].key)
        if entry is None:
            raise Unpatchable("a changed document's previous extraction is not in the cache")
        old_lines[i] = set(entry.nquads.splitlines(keepends=True))
        if not all(_is_line(line.decode()) for line in old_lines[i]):  # an entry edited since
            raise Unpatchable("a changed document's previous extraction is not N-Quads")
    fresh: dict[int, Extracted] = {}
    if changed:
        registry = curated.declared([d for u in state.units for d in u.declared])
        work = (project, plans, units, registry)
        fresh = dict(
            zip(changed, run_units(extract_unit, work, changed, jobs or default_jobs(len(changed))), strict=True)
        )
    records = [
        UnitRecord(r.name, names_keys[i], unit_keys[i], r.declared, fresh[i].warnings if i in fresh else r.warnings)
        for i, r in enumerate(state.units)
    ]
    sources_of = [plans[u.plan].source.id for u in units]
    return _write_patch(project, out, folder, state, plans, _Change(records, sources_of, old_lines, fresh))


def _write_patch(
    project: Project, out: Path, folder: Path, state: State, plans: Sequence[Plan], change: _Change
) -> Built:
    """Patch the files with the change, after the checks a full build makes; keep the cache's
    entries and the state for the next build."""
    shared = {line.encode(): n for line, n in state.shared.items()}
    before = _Dataset.read(out, state)
    lost, gained = _line_changes(before.unsettled_has, shared, change.old_lines, change.new_lines())
    # unless a line settling reads changed, what it does did not either
    settlement, settling = Settlement(before.settled_out, before.settled_in, state.settled[2]), state.settling
    if lost or gained:
        # what settling reads in the documents' union after the change
        previous = _read_settling(folder, state)
        read = settling_lines((previous - lost) | gained)
        if any(settling_reads(line) for line in lost | gained):
            settlement = settle_lines(read)
        if read != previous:
            settling = _write_settling(read, folder)
    removed, added = before.changes(lost, gained, settlement)
    if any(line.startswith(b"_:") or b" _:" in line for line in removed | added):
        raise Unpatchable("the change holds blank nodes")
    ontology = full.read_ontology(project)
    graphs = _graph_counts(state.figures.graphs, removed, added)
    meta_removed, meta_added = _metadata_changes(before, full.metadata(project, ontology, plans, graphs))
    removed, added = removed | meta_removed, added | meta_added
    graphs[METADATA_GRAPH] += len(meta_added) - len(meta_removed)
    after = Patched(before.sorted, removed, added)
    classes, expected = _class_counts(state, ontology, plans, before.sorted, after, removed | added)
    for plan in plans:
        full.check_counts(plan.source, expected[plan.source.id])
    figures = full.Figures(
        state.figures.quads + len(added) - len(removed), {str(g): n for g, n in sorted(graphs.items())}, classes
    )
    if removed or added:
        subjects = {(graph_of(line), subject_of(line)) for line in removed | added}
        trig = patch_trig(mapped(out / "dataset.trig"), after, subjects)
        paths = _keep(out, folder, change, {"dataset.nq": lambda: after.pieces, "dataset.trig": lambda: trig})
        files = {name: _stat(path) or [] for name, path in paths.items()}
    else:  # the files would be written again byte for byte: they are left as they are
        paths, files = _keep(out, folder, change, {}), state.files
    State(
        inputs=state.inputs,
        declared=state.declared,
        units=change.records,
        shared={line.decode(): n for line, n in sorted(shared.items())},
        settled=_settled(settlement),
        figures=figures,
        expected=expected,
        registry=state.registry,
        settling=settling,
        files=files,
    ).write(folder / STATE)
    warnings = [f"{source}: {w}" for source, r in zip(change.sources, change.records, strict=True) for w in r.warnings]
    fresh = len(change.fresh)
    return Built(figures, (*warnings, *settlement.warnings), fresh, len(change.records) - fresh, paths)


def _write_settling(lines: Iterable[bytes], folder: Path) -> str:
    """Keep the lines settling read, sorted (``SETTLING``); their SHA-256."""
    data = b"".join(sorted(lines))
    replace_own_file(data, folder / SETTLING)
    return hashlib.sha256(data).hexdigest()


def _read_settling(folder: Path, state: State) -> set[bytes]:
    """The lines settling read in the last build (``_write_settling``)."""
    try:
        data = (folder / SETTLING).read_bytes()
    except OSError as err:
        raise Unpatchable(f"the lines settling read are unreadable: {err}") from None
    if hashlib.sha256(data).hexdigest() != state.settling:
        raise Unpatchable("the file of the lines settling read changed")
    return set(data.splitlines(keepends=True))


def _metadata_changes(before: _Dataset, metadata: list) -> tuple[set[bytes], set[bytes]]:
    """The lines the metadata graph loses and gains."""
    new = set(graph_nquads(METADATA_GRAPH, metadata).splitlines(keepends=True))
    old = set(before.sorted.lines(term(METADATA_GRAPH)))
    return old - new, new - old


def _keep(
    out: Path, folder: Path, change: _Change, files: Mapping[str, Callable[[], bytes | Iterable[bytes | memoryview]]]
) -> dict[str, Path]:
    """Write the files (none: none written), and keep the cache's entries: every unit's, the
    changed ones new."""
    with Cache(folder) as entries:
        entries.keep(key for r in change.records for key in (r.key, r.names_key) if key is not None)
        for i, result in change.fresh.items():
            record = change.records[i]
            entries.put_lines(record.key, result)
            if record.names_key is not None:
                entries.put_names(record.names_key, record.declared)
        return full.write_files(out, files) if files else {}


def _graph_counts(before: Mapping[str, int], removed: set[bytes], added: set[bytes]) -> dict[URIRef, int]:
    """The triples of each graph after the change; every graph must be there before and after."""
    graphs = graph_counts({URIRef(g): n for g, n in before.items()}, removed, added)
    if len(graphs) > len(before):
        raise Unpatchable("a named graph appears")
    if any(n <= 0 for n in graphs.values()):
        raise Unpatchable("a named graph empties")
    return graphs


def _line_changes(
    holds: Callable[[bytes], bool], shared: dict[bytes, int], old: Mapping[int, set[bytes]], new: Mapping[int, bytes]
) -> tuple[set[bytes], set[bytes]]:
    """The lines the documents' union loses and gains when each changed unit gives its new lines
    in place of its old ones (``holds``: whether the union held a line before); ``shared`` (lines
    of several units, with their counts) is kept up to date."""
    removed: set[bytes] = set()
    added: set[bytes] = set()
    for i, before in old.items():
        after = set(new[i].splitlines(keepends=True))
        for line in before - after:
            left = shared.pop(line, 1) - 1
            if left > 1:
                shared[line] = left
            elif left == 0:
                (added.discard if line in added else removed.add)(line)
        for line in after - before:
            if line in added or (line not in removed and holds(line)):
                shared[line] = shared.get(line, 1) + 1
            elif line in removed:
                removed.discard(line)
            else:
                added.add(line)
    return removed, added


def _settled(settlement: Settlement) -> list[list[str]]:
    return [sorted(line.decode() for line in lines) for lines in (settlement.removed, settlement.added)] + [
        settlement.warnings
    ]


@dataclass(frozen=True)
class _Dataset:
    """The previous build's dataset: its sorted N-Quads, and the lines settling the risk levels
    removed from the documents' union and added to it. Lines are looked up by bisection."""

    sorted: SortedNQuads
    settled_out: frozenset[bytes]
    settled_in: frozenset[bytes]

    @classmethod
    def read(cls, out: Path, state: State) -> _Dataset:
        removed, added = (frozenset(line.encode() for line in lines) for lines in state.settled[:2])
        return cls(SortedNQuads(mapped(out / "dataset.nq")), removed, added)

    def has(self, line: bytes) -> bool:
        return self.sorted.has(line)

    def unsettled_has(self, line: bytes) -> bool:
        """Whether the dataset before settling held the line."""
        return line in self.settled_out or (line not in self.settled_in and self.has(line))

    def changes(self, lost: set[bytes], gained: set[bytes], settlement: Settlement) -> tuple[set[bytes], set[bytes]]:
        """The lines the dataset loses and gains: the union's changes, settled anew."""
        removed, added = set(), set()
        for line in lost | gained | self.settled_out | self.settled_in | settlement.removed | settlement.added:
            held = self.has(line)
            unsettled = line in gained or (line not in lost and self.unsettled_has(line))
            holds = (unsettled and line not in settlement.removed) or line in settlement.added
            if held and not holds:
                removed.add(line)
            elif holds and not held:
                added.add(line)
        return removed, added


def _class_counts(
    state: State, ontology: list, plans: Sequence[Plan], old: SortedNQuads, new: Patched, changed: Iterable[bytes]
) -> tuple[dict[str, int], dict[str, dict[str, int]]]:
    """The summary's class counts and each source's expected counts after the change, from those
    before and the types of the subjects whose type lines changed, before and after."""
    typed = {subject_of(line) for line in changed if line.split(b" ", 2)[1] == RDF_TYPE}
    graphs = [term(g) for g in state.figures.graphs]
    classes = dict(state.figures.classes)
    for name in classes:
        members = {term(str(c)) for c in curation.subclasses(ontology, DKG[name])}
        for subject in typed:
            classes[name] += _is_a(new, graphs, subject, members) - _is_a(old, graphs, subject, members)
    expected = {source: dict(counts) for source, counts in state.expected.items()}
    for plan in plans:
        graph = [term(plan.source.graph)]
        for curie in expected[plan.source.id]:
            members = {term(str(c)) for c in full.expected_classes(plan.source, curie, ontology)}
            for subject in typed:
                change = _is_a(new, graph, subject, members) - _is_a(old, graph, subject, members)
                expected[plan.source.id][curie] += change
    return classes, expected


def _is_a(nquads: SortedNQuads | Patched, graphs: Iterable[bytes], subject: bytes, classes: set[bytes]) -> bool:
    """Whether ``subject`` has one of ``classes`` as a type in one of ``graphs``."""
    prefix = subject + b" " + RDF_TYPE + b" "
    return any(
        line[len(prefix) : line.index(b" ", len(prefix))] in classes
        for graph in graphs
        for line in nquads.lines(graph, prefix)
    )


class _CuratedRegistry:
    """The curated registry the last full build kept, read only when a document has to be read
    again (in a tenth of the time of reading the curated files)."""

    def __init__(self, path: Path, sha256: str) -> None:
        self.path, self.sha256 = path, sha256
        self._registry: Registry | None = None

    @property
    def registry(self) -> Registry:
        if self._registry is None:
            try:
                data = self.path.read_bytes()
                if hashlib.sha256(data).hexdigest() != self.sha256:
                    raise Unpatchable("the registry's file changed")
                self._registry = Registry.from_plain(json.loads(data))
            except (OSError, ValueError, TypeError, KeyError) as err:
                raise Unpatchable(f"the registry's file is unreadable: {err}") from None
        return self._registry

    def declared(self, declarations: list[tuple[str, str]]) -> Registry:
        """The registry with every document's declarations, frozen."""
        registry = self.registry
        declare(registry, [(URIRef(iri), name) for iri, name in declarations])
        registry.fork()
        return registry

"""dataset: build the dataset (ontology, curated graphs, one graph per source, metadata) and
write it to build/ as TriG and N-Quads, with their digests (SHA256SUMS); Turtle and N-Triples of
the union on request.

Files are written to temporary names and renamed only once all are complete, so a failed
build leaves the previous output untouched. A build that writes no union removes the union
files an earlier build left in the build folder, so that every dataset file there is current.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import functools
import hashlib
import os
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from rdflib import URIRef

from defence_kg.core import collector, progress
from defence_kg.core.errors import ExpectationFailed, InputError
from defence_kg.core.inputs import document_file
from defence_kg.core.namespaces import DKG, METADATA_GRAPH, ONTOLOGY_GRAPH, PREFIXES
from defence_kg.core.output import ensure_folder, file_sha256, replace_own_file, reserve, signals_held, staged_file
from defence_kg.core.processes import forked
from defence_kg.core.project import Project, built_dataset
from defence_kg.core.store import Store, graph_nquads, parse_file
from defence_kg.dataset.dumps import SUMS, read_sums
from defence_kg.dataset.extract import CACHE_FOLDER, Cache, Extraction, Plan, default_jobs, extract_all
from defence_kg.dataset.nquads import Assembly, SortedNQuads, Types, graph_counts
from defence_kg.dataset.patch import patch_nquads, trig_started
from defence_kg.dataset.risk import Settlement, read_by_settling, settle_lines
from defence_kg.loading import curation, provenance
from defence_kg.loading.loader import import_loader
from defence_kg.loading.registry import Registry
from defence_kg.sources.profiles import Document, SourceProfile, discover

#: The files every build writes: the dataset with its named graphs, in N-Quads and in TriG.
OUTPUTS = ("dataset.nq", "dataset.trig")
#: The files ``build --union`` adds: the union of the named graphs, for tools that read no
#: named graphs. Not written by default: at a million quads they took a fifth of the build.
UNION_OUTPUTS = {
    "dataset.ttl": ("turtle", True),
    "dataset.nt": ("ntriples", True),
}
#: The mark a build leaves in its folder: the files there of the names a build writes are its own.
BUILD_MARK = ".defence-kg-build"


@dataclass(frozen=True)
class Figures:
    """The size of a built dataset: quads, triples per named graph, and instances of the main
    classes (``SUMMARY_CLASSES``, counting their subclasses)."""

    quads: int
    graphs: dict[str, int]
    classes: dict[str, int]


@dataclass(frozen=True)
class BuildRecord:
    """What a build with a cache keeps for the next one: the extraction's record of each unit and
    of the lines several gave, what settling the risk levels changed, the expected counts and the
    curated registry."""

    extraction: Extraction
    settlement: Settlement
    expected: dict[str, dict[str, int]]
    registry: dict
    """The curated registry (``Registry.to_plain``), before the documents' declarations."""


@dataclass(frozen=True)
class BuildResult:
    """The built dataset (in an Oxigraph store, read when first queried), its figures, the sources
    it read and the loaders' warnings."""

    store: Store
    sources: tuple[SourceProfile, ...]
    figures: Figures
    warnings: tuple[str, ...] = ()
    extracted: int = 0
    """Documents extracted by this build (a loader that reads its whole source at once counts one)."""
    reused: int = 0
    """Documents whose extraction was reused from the build folder's cache, unchanged."""
    record: BuildRecord | None = None
    """With a cache, what a later build needs to patch this one's files (``dataset.incremental``)."""

    def class_counts(self) -> Counter:
        """Distinct instances per class IRI (direct types only)."""
        _, rows = self.store.query("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c")
        return Counter({str(c): int(n) for c, n in rows})

    def summary(self) -> dict[str, int]:
        """Instances of the main classes, counting their sub-classes (``SUMMARY_CLASSES``)."""
        return self.figures.classes


#: The classes `build` counts in its summary.
SUMMARY_CLASSES = ("Organisation", "Laboratory", "Agreement", "Event", "RiskDesignation", "Statement")


def summary(types: Types, ontology: list) -> dict[str, int]:
    """Instances of the main classes in any graph, counting their subclasses (in ``ontology``)."""
    return {cls: types.count(curation.subclasses(ontology, DKG[cls])) for cls in SUMMARY_CLASSES}


def summary_of(store: Store) -> dict[str, int]:
    """The summary of a built dataset read back (its ontology in its ontology graph)."""
    return summary(Types(SortedNQuads(store.serialize("nquads"))), list(store.triples(ONTOLOGY_GRAPH)))


def select_sources(project: Project, wanted: list[str] | None, overrides: Mapping[str, object]) -> list[SourceProfile]:
    """Enabled sources, plus any asked for by name or given documents on the command line."""
    sources = discover(project)
    known = {s.id for s in sources}
    for name in [*(wanted or []), *overrides]:
        if name not in known:
            raise InputError(
                f"unknown source '{name}'", where=str(project.sources), fix=f"known sources: {', '.join(sorted(known))}"
            )
    if wanted:
        return [s for s in sources if s.id in wanted or s.id in overrides]
    return [s for s in sources if s.enabled or s.id in overrides]


def with_versions(source: SourceProfile, given: Mapping[str, Path | Sequence[Path]]) -> tuple[SourceProfile, dict]:
    """The source with each document given several files split into versions, and the file of
    each document (by ``Document.key``). A version is named by its content, never by its file
    name or its place on the command line: the first 12 hex digits of its SHA-256."""
    paths = {doc: [Path(p)] if isinstance(p, (str, Path)) else [Path(x) for x in p] for doc, p in given.items()}
    known = {doc.id for doc in source.documents}
    for name, files in paths.items():
        if name not in known:
            raise InputError(
                f"source {source.id} has no document '{name}'",
                where=str(source.file),
                fix=f"its documents: {', '.join(sorted(known))}",
            )
        for f in files:
            document_file(f, InputError(f"document '{name}' not found", where=str(f), fix="give the path of a file"))
    overrides: dict[str, Path] = {}
    documents: list[Document] = []
    for doc in source.documents:
        files = paths.get(doc.id, [])
        versions = {file_sha256(f)[:12]: f for f in files}
        if len(versions) > 1:
            for version, f in sorted(versions.items()):
                documents.append(replace(doc, version=version))
                overrides[f"{doc.id}@{version}"] = f
            continue
        documents.append(doc)
        if files:
            overrides[doc.id] = files[-1]
    return replace(source, documents=tuple(documents)), overrides


@collector.less_often()  # a build's objects live until it ends: collecting them over and over is waste
def build(
    project: Project,
    *,
    sources: list[str] | None = None,
    documents: Mapping[str, Mapping[str, Path | Sequence[Path]]] | None = None,
    jobs: int | None = None,
    cache: Path | None = None,
) -> BuildResult:
    """Build the dataset of the ontology, the curated registry and each selected source, as its
    sorted N-Quads lines (``dataset.nquads``), in a store read when first queried.

    ``documents`` gives a source's documents as local files, ``{source: {document: path}}``; a
    list of paths loads several versions of one document side by side (see ``with_versions``).
    Documents are extracted by ``jobs`` processes (default: one per core from 500 documents, else one; the same bytes
    whatever the number), reusing the extraction cache in the folder ``cache`` if given (see
    ``dataset.extract``)."""
    documents = documents or {}
    lines = Assembly(watch=read_by_settling)  # found as documents come, not in the whole dataset after
    ontology = read_ontology(project)
    lines.add(ONTOLOGY_GRAPH, graph_nquads(ONTOLOGY_GRAPH, ontology))
    plans = plan_sources(project, sources, documents)
    jobs = jobs or default_jobs(sum(len(plan.loader.units(plan.source)) for plan in plans))
    curated: dict[Path, list] = {path: [] for path in sorted(project.curated.glob("*.ttl"))}
    warnings: list[str] = []
    # a build of several processes has the curated graphs' lines made in another one while this
    # one reads the same files into the registry (at a million quads, one core idled for the
    # 1.5 s this took), and takes them once the documents are extracted
    with forked(_curated_lines, (curated, ontology), 0, fork=jobs > 1) as curated_lines:
        for path in curated:
            curated[path] = curation.load_curated(path, ontology)
        registry = Registry([triple for triples in curated.values() for triple in triples])
        curated_registry = registry.to_plain() if cache is not None else {}  # before documents add to it
        with Cache(cache) as entries:  # kept only if every source meets its expectations
            extraction = extract_all(project, plans, registry, lines, jobs=jobs, entries=entries)
            for graph, text in curated_lines():
                lines.add(graph, text)
            data, types, settlement, counts = settled_dataset(project, ontology, plans, lines, fork=jobs > 1)
            expected = {plan.source.id: check_expectations(plan.source, types, ontology) for plan in plans}
            for plan in plans:
                warnings += [f"{plan.source.id}: {w}" for w in extraction.warnings[plan.source.id]]
    figures = Figures(
        sum(counts.values()),
        dict(sorted((str(g), n) for g, n in counts.items() if n)),
        summary(types, ontology),
    )
    return BuildResult(
        store=Store.of_sorted_nquads(data),
        sources=tuple(plan.source for plan in plans),
        figures=figures,
        warnings=(*warnings, *settlement.warnings),
        extracted=extraction.extracted,
        reused=extraction.reused,
        record=BuildRecord(extraction, settlement, expected, curated_registry) if cache is not None else None,
    )


def _curated_lines(job: tuple[dict[Path, list], list], _: int) -> list[tuple[URIRef, bytes]]:
    """Each curated file's graph and its lines (``curation.load_curated``, as N-Quads), from the
    triples of each file already read (in a process forked before they were, none: it reads them)."""
    curated, ontology = job
    out = []
    for path, triples in curated.items():
        graph = curation.curated_graph(path)
        out.append((graph, graph_nquads(graph, triples or curation.load_curated(path, ontology))))
    return out


def settled_dataset(
    project: Project, ontology: list, plans: Sequence[Plan], lines: Assembly, *, fork: bool = False
) -> tuple[bytes, Types, Settlement, dict[URIRef, int]]:
    """The dataset of the assembled lines (taken from ``lines``, which watched for the lines
    settling reads: ``risk.read_by_settling``) as sorted N-Quads, its risk levels settled and its
    metadata graph added; with its types, the settlement and the triples
    of each graph. With ``fork``, the types are read in a forked process while this one settles
    (at a million quads, 0.45 s with one core idle), then patched as the lines are."""
    counts = lines.counts()
    unsettled = lines.take_sorted()
    with forked(_types, (unsettled,), 0, fork=fork) as types_read:
        settlement = settle_lines(lines.watched())
        counts = graph_counts(counts, settlement.removed, settlement.added)
        described = metadata(project, ontology, plans, counts)
        meta = set(graph_nquads(METADATA_GRAPH, described).splitlines(keepends=True))
        data = patch_nquads(unsettled, settlement.removed, settlement.added | meta)
        types = types_read().patch(settlement.removed, settlement.added | meta)
    return data, types, settlement, graph_counts(counts, (), meta)


def _types(job: tuple[SortedNQuads], _: int) -> Types:
    return Types(job[0])


def read_ontology(project: Project) -> list:
    ontology: list = []
    for path in sorted(project.ontology.glob("*.ttl")):
        ontology += parse_file(path)
    return ontology


def metadata(project: Project, ontology: list, plans: Sequence[Plan], counts: Mapping[URIRef, int]) -> list:
    """The metadata graph: the ontology's, each curated file's and each source's provenance, given
    the triples of each graph."""
    out = provenance.graph_provenance(
        ONTOLOGY_GRAPH, title="Ontology and vocabularies", derived_from=None, triples=len(set(ontology))
    )
    for path in sorted(project.curated.glob("*.ttl")):
        graph = curation.curated_graph(path)
        out += provenance.graph_provenance(
            graph, title=f"Curated: {path.stem}", derived_from=None, triples=counts.get(graph, 0)
        )
    for plan in plans:
        out += provenance.source_provenance(
            project, plan.source, counts.get(plan.source.graph, 0), plan.overrides, plan.sha256
        )
    return out


def plan_sources(
    project: Project, sources: list[str] | None, documents: Mapping[str, Mapping[str, Path | Sequence[Path]]]
) -> list[Plan]:
    """The selected sources (``select_sources``), each with its documents' versions and files and
    its loader, ready to load."""
    plans = []
    for profile in select_sources(project, sources, documents):
        source, overrides = with_versions(profile, documents.get(profile.id, {}))
        plans.append(Plan(source, overrides, import_loader(source, source.loader_path(project))))
    return plans


def check_expectations(source: SourceProfile, types: Types, ontology: list) -> dict[str, int]:
    """The instances of each class a source expects (with its subclasses) in the source's graph;
    fails when there are fewer than expected."""
    found = {
        curie: types.count(expected_classes(source, curie, ontology), source.graph) for curie in sorted(source.expect)
    }
    check_counts(source, found)
    return found


def expected_classes(source: SourceProfile, curie: str, ontology: list) -> set:
    """The class an expectation names, and its subclasses."""
    prefix, _, local = curie.partition(":")
    if prefix not in PREFIXES:
        raise ExpectationFailed(
            f"unknown prefix in expectation '{curie}'",
            where=str(source.file),
            fix=f"use one of: {', '.join(PREFIXES)}",
        )
    return curation.subclasses(ontology, URIRef(PREFIXES[prefix] + local))


def check_counts(source: SourceProfile, found: Mapping[str, int]) -> None:
    """Fail when a source yields fewer instances of a class (or its subclasses) than expected."""
    for curie, minimum in sorted(source.expect.items()):
        n = found[curie]
        if n < minimum:
            raise ExpectationFailed(
                f"source {source.id} yielded {n} {curie}, fewer than the {minimum} expected",
                where=str(source.file),
                why="a loader or document lost data",
                fix="check the loader's warnings, or lower the expectation if the data changed",
            )


def write(store: Store, out: Path, *, union: bool = False) -> dict[str, Path]:
    """Write the output files (with ``union``, the union files too), atomically as a set (see
    ``write_files``)."""
    nquads = store.serialize("nquads")
    # the TriG's first piece is made in a forked process while the N-Quads are written
    with trig_started(nquads, _trig_parts(nquads)) as made_trig:
        contents: dict[str, Callable[[], bytes | Iterable[bytes | memoryview]]] = dict(
            zip(OUTPUTS, (lambda: nquads, made_trig), strict=True)
        )
        for name, (fmt, of_union) in (UNION_OUTPUTS if union else {}).items():
            contents[name] = functools.partial(store.serialize, fmt, union=of_union)
        return write_files(out, contents)


#: From this size of N-Quads (about 200,000 quads) the TriG is written in two pieces by two
#: processes at once: at a million quads 2.6 s -> 1.6 s; far below, forking costs what it saves.
TRIG_IN_TWO_FROM = 64 * 2**20


def _trig_parts(nquads: bytes) -> int:
    """How many pieces the dataset's TriG is made in (``Store.serialize``'s bytes: ``patch.trig``)."""
    return 2 if len(nquads) >= TRIG_IN_TWO_FROM and (os.cpu_count() or 1) > 1 else 1


def write_files(
    out: Path, contents: Mapping[str, Callable[[], bytes | Iterable[bytes | memoryview]]]
) -> dict[str, Path]:
    """Write each named file's bytes, or pieces of bytes in order (made when it is written, so
    that only one is held at a time beside the store), atomically as a set: temporary names first, then renames. The union files
    are removed when they are not among them, once the new files are in place: they would
    describe an older dataset. (The names in ``UNION_OUTPUTS`` are the tool's own in its build
    folder: every build before this choice wrote them, replacing whatever was there.)"""
    ensure_folder(out)
    check_free(out, [*contents, SUMS])
    staged: dict[str, Path] = {}
    try:
        # each file's digest is made on a thread of its own while the file is written, and waited
        # for only once every file is written: the N-Quads' last pieces are digested while the
        # TriG is made and written (digests and writes let go of Python's lock)
        with ExitStack() as threads:
            digests = {}
            for name, make in contents.items():
                staged[name], file = staged_file(out / name)
                with file:
                    data = make()
                    pieces = [data] if isinstance(data, bytes) else list(data)
                    reserve(file, sum(map(len, pieces)))
                    hashing = threads.enter_context(ThreadPoolExecutor(1, thread_name_prefix="digest"))
                    digests[name] = _write_digested(file, pieces, hashing)
                    file.truncate()  # no more than was written, whatever was reserved
        staged[SUMS], file = staged_file(out / SUMS)
        with file:
            file.write("".join(f"{digests[name].result()}  {name}\n" for name in sorted(digests)).encode())
        with signals_held():  # (files renamed without their sums would be taken for a user's)
            for name, tmp in staged.items():
                os.replace(tmp, out / name)
        mark_build_folder(out)
        for name in sorted(UNION_OUTPUTS.keys() - contents.keys()):
            (out / name).unlink(missing_ok=True)
    except BaseException as err:
        for tmp in staged.values():
            tmp.unlink(missing_ok=True)
        if isinstance(err, OSError):
            raise InputError(
                "cannot write the build", where=str(out), why=err.strerror or str(err), fix=_fix_for(err)
            ) from None
        raise
    return {name: out / name for name in staged}


def check_free(out: Path, names: Iterable[str]) -> None:
    """Refuse, before any work, a build folder that is not one (a file, a link, a folder holding
    files of the build's names that no build wrote), and a folder standing where a file of the
    build goes: a file cannot be renamed over it, and the build would stop with some files
    already replaced."""
    if out.exists() and not out.is_dir():
        raise InputError(
            "the build folder is not a folder",
            where=str(out),
            why="a file (or something else not a folder) has its name",
            fix="give a folder with --out, or move that file",
        )
    if out.is_symlink():
        raise InputError(
            "the build folder is a symbolic link",
            where=str(out),
            why=f"it leads to {os.path.realpath(out)}, and the tool never writes through a link",
            fix="give the folder itself with --out",
        )
    for name in names:
        if (out / name).is_dir() and not (out / name).is_symlink():
            raise InputError(
                "a folder stands where the build writes a file",
                where=str(out / name),
                why="the build replaces its files by renaming new ones over them, which a folder refuses",
                fix="move or rename that folder, or give another folder with --out",
            )
    taken = [name for name in (*OUTPUTS, *UNION_OUTPUTS, SUMS) if (out / name).exists() or (out / name).is_symlink()]
    if taken and not _is_build_folder(out):
        raise InputError(
            "the build folder holds files a build did not write",
            where=str(out / taken[0]),
            why=f"a build replaces {', '.join(OUTPUTS)} and {SUMS} (and removes {', '.join(UNION_OUTPUTS)}), "
            f"and this folder has no mark of an earlier build ({BUILD_MARK})",
            fix="give a new or empty folder with --out, or move those files away",
        )
    # a file of a build's name that the last build's sums do not list was put there by someone
    # else (a user's own dataset.ttl in a build folder): --union would replace it, a build
    # without --union remove it
    listed = read_sums(out) if taken else {}  # (read once, not for each name)
    unlisted = [name for name in taken if name != SUMS and name not in listed]
    if unlisted:
        raise InputError(
            "the build folder holds a file the build did not write",
            where=str(out / unlisted[0]),
            why=f"{SUMS} there lists every file a build wrote, and not this one; a build would replace or remove it",
            fix="move the file away (or rename it), or give another folder with --out",
        )


@contextlib.contextmanager
def build_lock(out: Path) -> Iterator[None]:
    """Hold the build folder for one build: a second one into it at once is refused (two builds
    writing one folder would each remove files the other wrote, and leave some of each). The
    folder itself is locked (``flock``), so no lock file is left; one made for the build is
    removed again if the build fails before writing into it, with the (empty) cache folder the
    build made in it."""
    made = not out.exists()
    ensure_folder(out)
    try:
        fd = os.open(out, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    except OSError as err:
        raise InputError("cannot open the build folder", where=str(out), why=err.strerror, fix=_fix_for(err)) from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise InputError(
                "another build is writing this folder now",
                where=str(out),
                why="two builds at once would remove each other's files",
                fix="wait for it to end, or build into another folder with --out",
            ) from None
        yield
    except BaseException:
        if made:
            for folder in (out / CACHE_FOLDER, out):
                with contextlib.suppress(OSError):
                    folder.rmdir()  # (only while empty)
        raise
    finally:
        os.close(fd)  # (which lets the lock go)


def mark_build_folder(out: Path) -> None:
    """Leave the build's mark in its folder (see ``check_free``)."""
    if not (out / BUILD_MARK).is_file():
        replace_own_file(b"a build folder of defence-kg: each build replaces its dataset files\n", out / BUILD_MARK)


def _is_build_folder(out: Path) -> bool:
    """A folder a build wrote: its mark, or (a build before the mark) sums of the build's files alone."""
    if (out / BUILD_MARK).is_file():
        return True
    listed = set(read_sums(out))
    return OUTPUTS[0] in listed and listed <= {*OUTPUTS, *UNION_OUTPUTS}


def _fix_for(err: OSError) -> str:
    if err.errno in (errno.ENOSPC, errno.EDQUOT):
        return "free some space, or give another folder with --out"
    if err.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "give a folder you can write to with --out"
    return "check the folder, or give another folder with --out"


def _write_digested(file: BinaryIO, pieces: Iterable[bytes | memoryview], hashing: Executor) -> Future[str]:
    """Write the pieces; their SHA-256 (hex), made by ``hashing`` (one thread: in order) while
    they are written."""
    digest = hashlib.sha256()
    for piece in pieces:
        hashing.submit(digest.update, piece)
        file.write(piece)
    return hashing.submit(digest.hexdigest)


def as_written(path: Path) -> bool:
    """Whether a file of a build folder is as the build wrote it: its digest is the one the
    folder's ``SUMS`` gives it (a file changed, replaced or unlisted since is not; nor is any,
    when ``SUMS`` is not a regular file: a pipe found there would never end)."""
    listed = read_sums(path.parent).get(path.name)
    if listed is None:
        return False
    try:
        return file_sha256(path) == listed
    except OSError:
        return False


def read(out: Path, *, statements_about: Collection[str] | None = None) -> Store:
    """Read a built dataset back from build/dataset.nq. With ``statements_about`` (predicate
    IRIs), the statements (``rdf:predicate`` nodes) of other predicates are left out, with every
    quad of theirs: a view that reads the evidence of a few predicates loads under half of the
    dataset (at a million quads, 42% of the quads, in half the time counting the leaving out).
    Every other quad is read. A file as the build wrote it (``as_written``) is parsed without
    checking its terms again (at a million quads, a fifth faster in all); one changed since, with
    every check."""
    path = built_dataset(out)
    # whether the file is the build's is found on a thread while it is parsed (the digest of a
    # million quads took a third of what the parse saves); a file changed since is parsed again
    with ThreadPoolExecutor(1, thread_name_prefix="digest") as checking:
        ours = checking.submit(as_written, path)
        try:
            store: Store | None = _load(path, statements_about, as_built=True)
        except (InputError, SyntaxError):
            store = None
        if store is not None and ours.result():
            return store
    store = None  # not held while the file is parsed again
    try:
        return _load(path, statements_about, as_built=False)
    except InputError as err:
        raise InputError(
            err.what,
            where=err.where,
            why=f"{err.why}; the file is not as the build wrote it (changed since, or damaged)",
            fix="build again (defence-kg build), or correct that line if it was changed on purpose",
        ) from None


def _load(path: Path, statements_about: Collection[str] | None, *, as_built: bool) -> Store:
    """The file read ``as_built`` (taken for the build's own, which the caller checks: terms not
    checked again, lines sorted), or read with every check in any order of lines."""
    store = Store()
    if statements_about is None:
        store.load_dataset(path, lenient=as_built)
        return store
    with progress.reading(path, f"read {path.name}") as file:
        data = file.read()
    try:
        pieces = only_statements_about(data, {iri.encode() for iri in statements_about}, sorted_lines=as_built)
        store.load_pieces(pieces, "nquads", lenient=as_built)
    except SyntaxError:
        if as_built:
            raise
        store = Store()
        store.load_dataset(path)  # read whole, for the error with its line in the file
    return store


_RDF_PREDICATE = b"> <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> <"
#: pieces handed to the parser while the next is filtered (see ``Store.load_pieces``)
_PIECES = 8


def only_statements_about(
    nquads: bytes, predicates: set[bytes], *, sorted_lines: bool = False, pieces: int = _PIECES
) -> Iterator[bytes]:
    """The N-Quads lines of ``nquads``, in about ``pieces`` pieces, without those of statements
    whose ``rdf:predicate`` is an IRI outside ``predicates``. Works on the text, in any order of
    lines: the statements are found by their ``rdf:predicate`` lines, then every line whose
    subject is one of them is dropped (a statement that also names a wanted predicate, or whose
    subject is a blank node, is kept). Text matching the pattern inside a literal drops nothing.
    With ``sorted_lines`` (the text sorted, as a build writes it) a subject's lines are one block:
    the text is cut between subjects and each piece filtered alone, so that the first is parsed
    while the rest are filtered, and each unwanted statement's block is cut out around its
    ``rdf:predicate`` line without reading every line (at a million quads, 1.2 -> 0.7 s)."""
    size = len(nquads) // pieces + 1
    if sorted_lines:
        for start, stop in _subject_spans(nquads, size):
            drop = _unwanted_statements(nquads, predicates, start, stop)
            yield b"".join(_without_blocks(nquads, drop, start, stop))
        return
    drop = _unwanted_statements(nquads, predicates, 0, len(nquads))
    at = 0
    while at < len(nquads):
        cut = nquads.find(b"\n", at + size) + 1 or len(nquads)
        lines = nquads[at:cut].splitlines(keepends=True)
        yield b"".join([line for line in lines if line[: line.find(b" ")] not in drop])
        at = cut


def _subject_spans(nquads: bytes, size: int) -> Iterator[tuple[int, int]]:
    """Spans of sorted text of about ``size`` bytes, each cut where the subject changes."""
    at = 0
    while at < len(nquads):
        cut = nquads.find(b"\n", at + size) + 1 or len(nquads)
        last = nquads.rfind(b"\n", 0, cut - 1) + 1  # the line before the cut
        head = nquads[last : nquads.find(b" ", last) + 1]
        while cut < len(nquads) and nquads.startswith(head, cut):  # the rest of that line's subject
            cut = nquads.find(b"\n", cut) + 1 or len(nquads)
        yield at, cut
        at = cut


def _unwanted_statements(nquads: bytes, predicates: set[bytes], start: int, stop: int) -> dict[bytes, int]:
    """The statements to leave out of the lines from ``start`` to ``stop``, each with where its
    (first) ``rdf:predicate`` line starts, in the order of the text."""
    other: dict[bytes, int] = {}
    wanted: set[bytes] = set()
    found = nquads.find(_RDF_PREDICATE, start, stop)
    while found >= 0:
        line = nquads.rfind(b"\n", 0, found) + 1
        subject = nquads[line : found + 1]
        begin = found + len(_RDF_PREDICATE)
        end = nquads.find(b">", begin)
        if b" " in subject:  # the pattern's text inside a literal: no subject holds a space
            pass
        elif nquads[begin:end] in predicates:
            wanted.add(subject)
        else:
            other.setdefault(subject, line)
        found = nquads.find(_RDF_PREDICATE, end, stop)
    return {subject: line for subject, line in other.items() if subject not in wanted}


def _without_blocks(nquads: bytes, drop: dict[bytes, int], start: int, stop: int) -> Iterator[memoryview]:
    """The sorted text from ``start`` to ``stop`` around each dropped statement's block of lines:
    its first line is the first one of its subject after the previous block, its last the last
    one of its subject from its ``rdf:predicate`` line on."""
    view, at = memoryview(nquads), start
    for subject, line in drop.items():
        head = subject + b" "
        first = at if nquads.startswith(head, at) else nquads.find(b"\n" + head, at, line) + 1 or line
        end = line
        while nquads.startswith(head, end):
            end = nquads.find(b"\n", end) + 1 or len(nquads)
        yield view[at:first]
        at = end
    yield view[at:stop]

"""dataset: the dataset as N-Quads lines — assembled by graph while a build runs (``Assembly``),
then as one text sorted by graph, then by line (``SortedNQuads``), the order of every file a
build writes (``Store.serialize``).

A full build assembles the documents' lines without a store: each document's extraction arrives
as N-Quads text (``dataset.extract``), and reading it into Oxigraph only to write it out again
took, at a million quads, about a sixth of the build. Lines are read by their text: a term of an
N-Quads line holds a space only inside a literal, which is always an object, so a line's subject,
predicate and graph are found by its first and last spaces.
"""

from __future__ import annotations

import mmap
import os
from collections.abc import Callable, Collection, Iterable, Iterator
from pathlib import Path

from rdflib import URIRef
from rdflib.term import Node

RDF_TYPE = b"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"


def graph_of(line: bytes) -> bytes:
    """The graph term of an N-Quads line ``s p o g .`` (an IRI: no spaces inside)."""
    return line.rsplit(b" ", 2)[-2]


def subject_of(line: bytes) -> bytes:
    return line[: line.index(b" ")]


#: a text of lines: bytes, or a file's bytes mapped into memory (``mapped``), read alike with the
#: functions below (a mapped file has no ``startswith`` or ``index``)
Text = bytes | mmap.mmap


def mapped(path: Path) -> Text:
    """A file's bytes, mapped into memory rather than read: a rebuild reads a few lines of the
    previous build's files by bisection and writes the rest back unchanged, so copying them into
    memory first (325 MB at a million quads) was a tenth of its time. The file must not shrink
    while it is mapped (the process would die of SIGBUS): build files are only ever replaced by
    renaming, never rewritten in place."""
    with path.open("rb") as file:
        if not os.fstat(file.fileno()).st_size:
            return b""  # an empty file cannot be mapped
        return mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)


def starts(text: Text, prefix: bytes, at: int) -> bool:
    """Whether ``text`` holds ``prefix`` at ``at``."""
    return text[at : at + len(prefix)] == prefix


def line_end(text: Text, at: int) -> int:
    """Where the line holding ``at`` ends, after its line break (every line of a file ends with one)."""
    return text.find(b"\n", at) + 1


def term(iri: str) -> bytes:
    """An IRI as an N-Quads term."""
    return b"<%s>" % iri.encode()


class Assembly:
    """The lines of a dataset being built, by graph: a line given twice is one quad. With
    ``watch``, the lines it picks out of each addition (given sorted) are gathered as they come
    (``watched``): a later step then need not look for them in the whole dataset."""

    def __init__(self, watch: Callable[[SortedNQuads], set[bytes]] | None = None) -> None:
        # a dict as an ordered set: each addition's lines go in sorted, so the final sort merges
        # runs (at a million quads, a third faster than sorting a set's order)
        self._graphs: dict[bytes, dict[bytes, None]] = {}
        self._watch = watch
        # each addition's watched lines as one text: kept as many small objects, they would sit
        # among the lines and keep the memory of all of them from being freed (120 MB more at
        # the peak of a million-quad build)
        self._watched: list[bytes] = []

    def add(self, graph: URIRef, nquads: bytes) -> list[bytes]:
        """Add N-Quads lines, all of ``graph``; the lines it already held (given before)."""
        ordered = dict.fromkeys(sorted(nquads.splitlines(keepends=True)))
        lines = self._graphs.setdefault(term(graph), {})
        repeated = [line for line in ordered if line in lines]
        lines.update(ordered)
        if self._watch is not None:
            self._watched.append(b"".join(self._watch(SortedNQuads(b"".join(ordered)))))
        return repeated

    def watched(self) -> set[bytes]:
        """The lines ``watch`` picked out of every addition."""
        return set(b"".join(self._watched).splitlines(keepends=True))

    def counts(self) -> dict[URIRef, int]:
        """The lines of each graph that has any."""
        return {URIRef(graph[1:-1].decode()): len(lines) for graph, lines in self._graphs.items() if lines}

    def take_sorted(self) -> SortedNQuads:
        """The lines, sorted (by graph, then by line), as one text; the assembly is emptied, so
        that the lines are not held twice."""
        pieces = []
        for graph in sorted(self._graphs):
            pieces += sorted(self._graphs.pop(graph))
        return SortedNQuads(b"".join(pieces))


def _bisect(data: Text, lo: int, hi: int, before: Callable[[bytes], bool]) -> int:
    """The offset of the first whole line of ``data[lo:hi]`` (sorted lines) for which ``before``
    is false, or ``hi``."""
    while lo < hi:
        mid = (lo + hi) // 2
        start = max(data.rfind(b"\n", lo, mid) + 1, lo)
        end = data.find(b"\n", start, hi) + 1 or hi
        if before(data[start:end]):
            lo = end
        else:
            hi = start
    return lo


class SortedNQuads:
    """N-Quads text sorted by graph, then by line, where lines are found by bisection: first the
    span of their graph (once per graph), then the line in it, compared as plain bytes."""

    def __init__(self, data: Text) -> None:
        self.data = data
        self._spans: dict[bytes, tuple[int, int]] = {}

    def span(self, graph: bytes) -> tuple[int, int]:
        """Where the lines of ``graph`` are (an empty span where they would go, if none)."""
        if graph not in self._spans:
            data = self.data
            start = _bisect(data, 0, len(data), lambda line: graph_of(line) < graph)
            self._spans[graph] = (start, _bisect(data, start, len(data), lambda line: graph_of(line) <= graph))
        return self._spans[graph]

    def find(self, line: bytes) -> int:
        """Where ``line`` is, or would go."""
        start, end = self.span(graph_of(line))
        return _bisect(self.data, start, end, lambda other: other < line)

    def has(self, line: bytes) -> bool:
        return starts(self.data, line, self.find(line))

    def lines(self, graph: bytes, prefix: bytes = b"") -> list[bytes]:
        """The lines of ``graph`` that start with ``prefix`` (say, a subject and a space)."""
        start, end = self.span(graph)
        at = _bisect(self.data, start, end, lambda other: other < prefix)
        found = []
        while at < end and starts(self.data, prefix, at):
            found.append(self.data[at : line_end(self.data, at)])
            at += len(found[-1])
        return found

    def lines_with(self, terms: tuple[bytes, ...]) -> set[bytes]:
        """The lines whose predicate (and object, if two terms are given) are ``terms``."""
        return {self.data[start:end] for start, _, _, end in self.spans_with(terms)}

    def spans_with(self, terms: tuple[bytes, ...]) -> Iterator[tuple[int, int, int, int]]:
        """Where each line whose predicate (and object) are ``terms`` starts, where its subject
        ends, where what follows ``terms`` starts, and where the line ends (after its line break):
        found by their text, whose first place on such a line is right after the subject (which
        holds no space); the lines are not sliced out unless a caller wants them."""
        data = self.data
        text = b" " + b" ".join(terms) + b" "
        at = data.find(text)
        while at >= 0:
            start = data.rfind(b"\n", 0, at) + 1
            end = line_end(data, at)
            if data.find(b" ", start, at) < 0:
                yield start, at, at + len(text), end
            at = data.find(text, end)


class Types:
    """The ``rdf:type`` lines of a dataset: the subjects of each class in each graph."""

    def __init__(self, nquads: SortedNQuads) -> None:
        # by spans, not lines: a million-quad dataset has 150,000 type lines, and slicing each one
        # out to split it again took a third of this (0.84 -> 0.54 s, one core idle)
        self._subjects: dict[bytes, dict[bytes, set[bytes]]] = {}
        data = nquads.data
        for start, subject_end, rest, end in nquads.spans_with((RDF_TYPE,)):
            cls, graph, _ = data[rest : end - 1].split(b" ")
            self._subjects.setdefault(cls, {}).setdefault(graph, set()).add(data[start:subject_end])

    def patch(self, removed: Iterable[bytes], added: Iterable[bytes]) -> Types:
        """These types once ``removed`` lines (each in the dataset) are taken out of it and
        ``added`` ones (none in it) put in: a line is one quad, so its subject is the only one it
        brings to its class and graph."""
        for line in removed:
            if typed := _typed(line):
                self._subjects.get(typed[0], {}).get(typed[1], set()).discard(typed[2])
        for line in added:
            if typed := _typed(line):
                self._subjects.setdefault(typed[0], {}).setdefault(typed[1], set()).add(typed[2])
        return self

    def count(self, classes: Iterable[Node], graph: URIRef | None = None) -> int:
        """The distinct subjects with one of ``classes`` (IRIs) as a type, in ``graph`` (None: any)."""
        found: set[bytes] = set()
        for cls in classes:
            by_graph = self._subjects.get(term(str(cls)), {})
            for subjects in by_graph.values() if graph is None else [by_graph.get(term(graph), set())]:
                found |= subjects
        return len(found)


def _typed(line: bytes) -> tuple[bytes, bytes, bytes] | None:
    """(class, graph, subject) of an ``rdf:type`` line; None for any other line."""
    subject, predicate, rest = line.split(b" ", 2)
    if predicate != RDF_TYPE:
        return None
    cls, graph, _ = rest.split(b" ")
    return cls, graph, subject


def graph_counts(before: dict[URIRef, int], removed: Collection[bytes], added: Collection[bytes]) -> dict[URIRef, int]:
    """The triples of each graph once ``removed`` (lines it held) are removed and ``added`` added."""
    counts = dict(before)
    for lines, sign in ((removed, -1), (added, 1)):
        for line in lines:
            graph = URIRef(graph_of(line)[1:-1].decode())
            counts[graph] = counts.get(graph, 0) + sign
    return counts

"""dataset: the embedded Oxigraph store, the only module that imports pyoxigraph.

Parsing, serialising and SPARQL run in Oxigraph (measured 20-100x faster than rdflib's memory
store, at a third of the memory); rdflib terms are the currency of the rest of the package.
Serialisations are deterministic: quads are sorted before writing, and no blank nodes are minted.
"""

from __future__ import annotations

import queue
import re
import threading
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from defence_kg.core import progress
from defence_kg.core.errors import InputError
from defence_kg.core.namespaces import PREFIXES

#: Queries answered at once by the stages that run many independent ones (the validation engine,
#: the stored query suite): Oxigraph evaluates much of a query without holding Python's lock, so
#: two threads use this machine's two cores (the query suite at a million quads: 4.1-4.9 s on one
#: thread, 2.5-3.1 s on two); more would hold more queries' tables in memory at once. Not every
#: query gains: the network view's, whose rows stream out as they are found, did not (their
#: rows are yielded under Python's lock; ``exports.networkx``).
QUERY_THREADS = 2

Triple = tuple[Node, Node, Node]
Quad = tuple[Node, Node, Node, Node | None]

FORMATS = {
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def to_ox(term: Node):
    """An rdflib term as an Oxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype and str(term.datatype) != _XSD_STRING:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def _triple(t) -> Triple:
    """An Oxigraph triple (or quad) as an rdflib triple."""
    return _term(t.subject), _term(t.predicate), _term(t.object)


def _term(term) -> Node:
    node = from_ox(term)
    if node is None:
        raise TypeError(f"not an RDF term of a triple: {term!r}")
    return node


def _bytes(data: bytes | None) -> bytes:
    """What ``ox.serialize`` returns when it writes to no file: always bytes."""
    assert data is not None
    return data


def from_ox(term) -> Node | None:
    """An Oxigraph term as an rdflib term (``None`` for the default graph)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.DefaultGraph):
        return None
    raise TypeError(f"unsupported Oxigraph term: {term!r}")


def _sort_key(quad) -> tuple[str, str, str, str]:
    # Sorting by the N-Triples forms gives one fixed order, so files are byte-identical.
    graph = "" if isinstance(quad.graph_name, ox.DefaultGraph) else str(quad.graph_name)
    return (graph, str(quad.subject), str(quad.predicate), str(quad.object))


_LOADING = threading.Lock()


class Store:
    """A dataset of named graphs in an in-memory Oxigraph store."""

    def __init__(self, sorted_nquads: bytes | None = None) -> None:
        self._loaded: ox.Store | None = ox.Store() if sorted_nquads is None else None
        self._sorted_nquads = sorted_nquads

    @classmethod
    def of_sorted_nquads(cls, nquads: bytes) -> Store:
        """The dataset of N-Quads sorted as ``serialize`` writes them, read into Oxigraph only when
        first asked for more than its files: a build writes them without reading them (at a
        million quads, reading them takes as long as the rest of writing). The lines must be
        written from Oxigraph terms (``graph_nquads``, ``serialize``): they are read without
        checking their terms again."""
        return cls(nquads)

    @property
    def _store(self) -> ox.Store:
        if self._loaded is None:
            with _LOADING:  # stages query from several threads: one reads, the others wait
                if self._loaded is None:
                    assert self._sorted_nquads is not None
                    loaded = ox.Store()
                    # lines written from Oxigraph terms (see ``of_sorted_nquads``): not checked again
                    loaded.bulk_load(self._sorted_nquads, format=ox.RdfFormat.N_QUADS, lenient=True)
                    self._loaded = loaded
        return self._loaded

    def _changing(self) -> ox.Store:
        """The Oxigraph store, about to be changed: the sorted lines kept of it are dropped."""
        store = self._store
        self._sorted_nquads = None
        return store

    def __len__(self) -> int:
        return len(self._store)

    def add(self, graph: URIRef, triples: Iterable[Triple]) -> None:
        """Add triples (rdflib terms) to one named graph."""
        self._changing().extend(_quads(graph, triples))

    def remove(self, graph: URIRef, triples: Iterable[Triple]) -> None:
        """Remove triples (rdflib terms) from one named graph; absent ones are ignored."""
        store, g = self._changing(), ox.NamedNode(str(graph))
        for s, p, o in triples:
            store.remove(ox.Quad(to_ox(s), to_ox(p), to_ox(o), g))

    def load_file(self, path: Path, graph: URIRef) -> None:
        """Parse an RDF file (format from its extension) into one named graph."""
        with rdf_input_errors(path):
            self._changing().bulk_load(path=str(path), to_graph=ox.NamedNode(str(graph)))

    def load_dataset(self, path: Path, *, lenient: bool = False) -> None:
        """Parse a TriG or N-Quads file, keeping its named graphs (Oxigraph's bulk loader, fed
        through a file object so a terminal shows the bytes read: no slower than by path).
        ``lenient``: the file is known to be the tool's own, as it wrote it, so its terms are not
        checked again (about a third faster); its syntax still is."""
        store = self._changing()
        with rdf_input_errors(path), progress.reading(path, f"read {path.name}") as file:
            store.bulk_load(input=file, format=ox.RdfFormat.from_extension(path.suffix.lstrip(".")), lenient=lenient)

    def load_bytes(self, data: bytes, fmt: str, *, where: str) -> None:
        """Parse a dataset given as bytes (``fmt``: a FORMATS key), keeping its named graphs;
        ``where`` names the input in errors."""
        store = self._changing()
        with rdf_input_errors(Path(where)):
            store.bulk_load(input=data, format=FORMATS[fmt])

    def load_pieces(self, pieces: Iterable[bytes], fmt: str, *, lenient: bool = False) -> None:
        """Parse a dataset given in consecutive pieces (each of whole statements, ``fmt`` a line
        format), each one on a thread while the next is made: Oxigraph parses without holding
        Python's lock, so a caller that makes the pieces in Python (say, filtering lines) does
        it during the parsing (at a million quads, 1.65 -> 1.36 s for filtering and loading).
        Raises the parser's SyntaxError, its line counted from the start of its piece.
        ``lenient`` as for ``load_dataset``."""
        store = self._changing()
        queued: queue.Queue[bytes | None] = queue.Queue(maxsize=2)
        failed: list[BaseException] = []

        def load() -> None:
            while (piece := queued.get()) is not None:
                if not failed:  # after a failure, the pieces are drained, not parsed
                    try:
                        store.bulk_load(piece, format=FORMATS[fmt], lenient=lenient)
                    except BaseException as err:  # re-raised on the caller's thread
                        failed.append(err)

        loader = threading.Thread(target=load, name="bulk-load")
        loader.start()
        try:
            for piece in pieces:
                if failed:
                    break
                queued.put(piece)
        finally:
            queued.put(None)
            loader.join()
        if failed:
            raise failed[0]

    def graphs(self) -> list[URIRef]:
        """The named graphs, sorted."""
        return sorted(URIRef(g.value) for g in self._store.named_graphs())

    def triples(self, graph: URIRef | None = None, *, predicates: Collection[str] | None = None) -> Iterator[Triple]:
        """The triples of one named graph, or of all graphs (with repeats) when ``graph`` is None;
        with ``predicates`` (IRIs), only those of these predicates, in the same order (only they
        are turned into rdflib terms, which is most of the time taken)."""
        g = ox.NamedNode(str(graph)) if graph is not None else None
        quads = self._store.quads_for_pattern(None, None, None, g)
        if predicates is not None:
            quads = (q for q in quads if q.predicate.value in predicates)
        for q in quads:
            yield _triple(q)

    def has(self, graph: URIRef, triple: Triple) -> bool:
        """Whether one named graph holds the triple (rdflib terms)."""
        s, p, o = triple
        return ox.Quad(to_ox(s), to_ox(p), to_ox(o), ox.NamedNode(str(graph))) in self._store

    def count(self, graph: URIRef) -> int:
        # counted inside Oxigraph (about twice as fast as iterating the quads in Python)
        g = ox.NamedNode(str(graph))
        result = self._store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {g} {{ ?s ?p ?o }} }}")
        assert isinstance(result, ox.QuerySolutions)
        return int(next(iter(result))["n"].value)

    def sorted_quads(self, graph: URIRef | None = None) -> list:
        g = ox.NamedNode(str(graph)) if graph is not None else None
        return sorted(self._store.quads_for_pattern(None, None, None, g), key=_sort_key)

    def match(self, s: Node | None = None, p: Node | None = None, o: Node | None = None) -> list[Triple]:
        """The triples of the union of all graphs matching a pattern (``None`` matches anything),
        de-duplicated and sorted by their N-Triples forms, the order of the union dumps."""
        pattern = [None if term is None else to_ox(term) for term in (s, p, o)]
        found = {ox.Triple(q.subject, q.predicate, q.object) for q in self._store.quads_for_pattern(*pattern)}
        return [_triple(t) for t in sorted(found, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))]

    def union_triples(self) -> list:
        """The union of all graphs as sorted, de-duplicated Oxigraph triples."""
        return list(ox.parse(self._union_lines(), format=ox.RdfFormat.N_TRIPLES))

    def serialize(self, fmt: str, *, union: bool = False, graph: URIRef | None = None) -> bytes:
        """Serialise the dataset (``union=False``), the union of its graphs, or one graph.

        The output is deterministic: the same quads always give the same bytes.
        """
        rdf_format = FORMATS[fmt]
        if graph is not None:
            items = [ox.Triple(q.subject, q.predicate, q.object) for q in self.sorted_quads(graph)]
            return _bytes(ox.serialize(items, format=rdf_format, prefixes=_prefixes(rdf_format)))
        # Sorting the canonical N-Quads/N-Triples lines is the cheapest stable order; other
        # formats are written from those lines, so every file follows the same order.
        lines, line_format = (
            (self._union_lines(), ox.RdfFormat.N_TRIPLES) if union else (self._dataset_lines(), ox.RdfFormat.N_QUADS)
        )
        if rdf_format == line_format:
            return lines
        return convert(lines, line_format, rdf_format)

    def _dataset_lines(self) -> bytes:
        """All quads as N-Quads lines, sorted by graph, then by line (cached until the next change)."""
        if self._sorted_nquads is None:
            # the lines keep their ends, so they are joined without a copy of each (at a million
            # quads those copies were the build's peak memory); no line is a prefix of another,
            # so they sort as they would without
            lines = _bytes(ox.serialize(self._store, format=ox.RdfFormat.N_QUADS)).splitlines(keepends=True)
            # "s p o g .\n" - the graph is the last term (an IRI: no spaces inside)
            lines.sort(key=lambda line: (line.rsplit(b" ", 2)[-2], line))
            self._sorted_nquads = b"".join(lines)
        return self._sorted_nquads

    def _union_lines(self) -> bytes:
        """The union of the graphs as sorted, de-duplicated N-Triples lines (cached with the quads)."""
        quads = self._dataset_lines()
        cached = getattr(self, "_union_cache", None)
        if cached is not None and cached[0] is quads:
            return cached[1]
        if next(self._store.quads_for_pattern(None, None, None, ox.DefaultGraph()), None) is None:
            # every line "s p o g .": the graph, an IRI or a blank node, is the last term
            triples = {line.rsplit(b" ", 2)[0] + b" ." for line in quads.splitlines()}
        else:  # (a dataset read from a file may hold triples outside any named graph: "s p o .")
            found = (ox.Triple(q.subject, q.predicate, q.object) for q in self._store)
            triples = set(_bytes(ox.serialize(found, format=ox.RdfFormat.N_TRIPLES)).splitlines())
        union = b"".join(line + b"\n" for line in sorted(triples))
        self._union_cache = (quads, union)
        return union

    def query(self, sparql: str, *, bindings: dict[str, Node] | None = None, union: bool = True):
        """Run a SPARQL query. Parameters are bound as RDF terms (never spliced into the text).

        Returns a bool (ASK), a list of rdflib triples (CONSTRUCT/DESCRIBE), or
        ``(variables, rows)`` with rows as tuples of rdflib terms or None (SELECT).
        """
        subs = {ox.Variable(k): to_ox(v) for k, v in (bindings or {}).items()}
        result = self._execute(sparql, union=union, substitutions=subs)
        if isinstance(result, ox.QueryBoolean):
            return bool(result)
        if isinstance(result, ox.QueryTriples):
            return [(from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)) for t in result]
        names = [v.value for v in result.variables]
        # Result cells repeat the same IRIs many times: convert each distinct term once.
        converted: dict = {None: None}

        def convert(term):
            node = converted.get(term)
            if node is None and term is not None:
                node = converted[term] = from_ox(term)
            return node

        return names, [tuple(map(convert, solution)) for solution in result]

    def rows(self, sparql: str, *, typed: bool = False, union: bool = True) -> list[tuple]:
        """A SELECT query's rows as plain data, with no rdflib terms: the fast path for large
        results (at a million quads, making rdflib terms of the cells took longer than Oxigraph
        took to answer). A cell is its term's text -- an IRI, a literal's lexical form, a blank
        node's id -- or None when unbound; with ``typed``, a literal is a ``Lit`` and a blank
        node ``_:id`` (as in ``plain_quads``), so the other strings are IRIs."""
        result = self._execute(sparql, union=union)
        if not isinstance(result, ox.QuerySolutions):
            raise TypeError("Store.rows runs SELECT queries only")
        if typed:
            return [tuple(map(_plain, solution)) for solution in result]
        return [tuple([None if term is None else term.value for term in solution]) for solution in result]

    def _execute(self, sparql: str, *, union: bool, substitutions: dict | None = None):
        if calls_a_service(sparql):
            raise InputError(
                "the query calls another endpoint (SERVICE)",
                why="a query run in-process reads this dataset alone and never makes a network request",
                fix="remove the SERVICE clause, or run the query on a server that may call others",
            )
        try:
            return self._store.query(sparql, use_default_graph_as_union=union, substitutions=substitutions)
        except SyntaxError as err:
            raise InputError("malformed SPARQL query", why=str(err), fix="correct the query text") from None

    def to_rdflib(self, *, union: bool = True) -> Graph:
        """The union of all graphs as an rdflib Graph (for pySHACL and small in-process work)."""
        graph = Graph()
        data = ox.serialize(self.union_triples(), format=ox.RdfFormat.N_TRIPLES)
        graph.parse(data=data, format="nt")
        return graph


# what in a query is not its words: strings, IRIs and comments
_NOT_WORDS = re.compile(
    r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*'
)
_SERVICE = re.compile(r"(?<![?$\w:])SERVICE\s+(?:SILENT\s+)?[<?$\w]", re.IGNORECASE)


def calls_a_service(sparql: str) -> bool:
    """Whether a query holds a SERVICE clause (not the word in a string, an IRI, a comment or a
    variable's name): Oxigraph would send it to the endpoint it names."""
    words = _NOT_WORDS.sub(lambda m: " <> " if m[0].startswith("<") else " ", sparql)  # an IRI stays one
    return _SERVICE.search(words) is not None


class Lit(NamedTuple):
    """A literal as plain data: its text, and its language tag or its datatype's IRI."""

    value: str
    language: str | None
    datatype: str

    def term(self) -> Literal:
        """The literal as an rdflib term (as ``from_ox`` makes it)."""
        if self.language:
            return Literal(self.value, lang=self.language)
        if self.datatype == _XSD_STRING:
            return Literal(self.value)
        return Literal(self.value, datatype=URIRef(self.datatype))


def _plain(term) -> str | Lit | None:
    """An Oxigraph term as plain data (see ``Store.rows``)."""
    kind = type(term)
    if kind is ox.NamedNode:
        return term.value
    if kind is ox.Literal:
        return Lit(term.value, term.language, term.datatype.value)
    return None if term is None else f"_:{term.value}"


#: a quad as plain data: subject, predicate, object (an IRI or ``_:id`` string, or a Lit), graph
#: IRI ("" for the default graph)
PlainQuad = tuple[str, str, "str | Lit", str]


def plain_quads(data: bytes, fmt: str, *, where: str) -> Iterator[PlainQuad]:
    """Parse a dataset and yield its quads as plain data, with no store and no rdflib terms: the
    fast path for one pass over a whole dataset (measured on 1.1 million quads: 2.2 s, against
    about 16 s loading a store and converting its query results to rdflib terms)."""

    iri, literal = ox.NamedNode, ox.Literal  # exact type checks, inlined: this runs per quad
    with rdf_input_errors(Path(where)):
        for q in ox.parse(data, format=FORMATS[fmt], lenient=True):
            s, o, g = q.subject, q.object, q.graph_name
            yield (
                s.value if type(s) is iri else f"_:{s.value}",
                q.predicate.value,
                o.value
                if type(o) is iri
                else Lit(o.value, o.language, o.datatype.value)
                if type(o) is literal
                else f"_:{o.value}",
                g.value if type(g) is iri else "",
            )


def convert(lines: bytes, line_format: ox.RdfFormat, rdf_format: ox.RdfFormat) -> bytes:
    """Sorted N-Quads or N-Triples ``lines`` in another syntax, in their order, with the project's
    prefixes where the syntax has them. The lines must be the store's own (written from Oxigraph
    terms, which are checked when made): they are parsed without checking their terms again,
    which at a million quads takes half the time (the same bytes out)."""
    quads = ox.parse(lines, format=line_format, lenient=True)
    return _bytes(ox.serialize(quads, format=rdf_format, prefixes=_prefixes(rdf_format)))


def nquads_as_trig(lines: bytes) -> bytes:
    """Sorted N-Quads of the store's own in TriG (``convert``)."""
    return convert(lines, ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG)


def _prefixes(rdf_format: ox.RdfFormat) -> dict[str, str] | None:
    return PREFIXES if rdf_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None


def graph_nquads(graph: URIRef, triples: Iterable[Triple]) -> bytes:
    """Triples (rdflib terms) of one named graph as N-Quads, in their order, repeats kept: the
    compact form in which one document's extraction travels between processes and is cached.

    Each line is joined from its terms as Oxigraph writes them (``str`` of an Oxigraph term is
    its N-Triples form, escaping included), each term converted once: about twice as fast as
    serializing Oxigraph quads, which a build does for every quad it extracts. A term is found
    again by its identity (a statement's IRI, its predicates, the document and the quote are the
    same objects on each of its lines: 86% of a document's terms), then an IRI by its text,
    compared in C where rdflib compares two IRIs in Python; a predicate's text is kept between
    documents (``_PREDICATE_TEXTS``). A serial build of the 100k project: 0.087 -> 0.072 s."""
    by_id: dict[int, str] = {}
    kept: list[Node] = []  # each term found by its id lives as long as its entry: no other takes its id
    iris: dict[str, str] = {}
    if len(_PREDICATE_TEXTS) > _PREDICATES_KEPT:
        _PREDICATE_TEXTS.clear()

    def written(term: Node, texts: dict[str, str] = iris) -> str:
        kept.append(term)
        if type(term) is URIRef:
            iri = str(term)
            text = texts.get(iri)
            if text is None:
                text = texts[iri] = str(ox.NamedNode(iri))
        else:
            text = str(to_ox(term))
        by_id[id(term)] = text
        return text

    known, predicates = by_id.get, _PREDICATE_TEXTS
    end = f" {written(graph)} .\n"
    # (a term's text is never empty, so ``or`` calls ``written`` exactly for the terms not yet seen)
    return "".join(
        [
            f"{known(id(s)) or written(s)} {known(id(p)) or written(p, predicates)} {known(id(o)) or written(o)}{end}"
            for s, p, o in triples
        ]
    ).encode()


#: IRI -> N-Triples text of the predicates of earlier documents (properties of the ontology:
#: about fifty, the same in every document); emptied when, against expectation, many more come
_PREDICATE_TEXTS: dict[str, str] = {}
_PREDICATES_KEPT = 4096


def _quads(graph: URIRef, triples: Iterable[Triple]) -> Iterator[ox.Quad]:
    """Triples (rdflib terms) as Oxigraph quads of one named graph."""
    g = ox.NamedNode(str(graph))
    # IRIs repeat (predicates, classes, subjects): convert each one once per call
    iris: dict[str, object] = {}

    def conv(term):
        if type(term) is URIRef:
            node = iris.get(term)
            if node is None:
                node = iris[term] = ox.NamedNode(str(term))
            return node
        return to_ox(term)

    return (ox.Quad(conv(s), conv(p), conv(o), g) for s, p, o in triples)


def parse_file(path: Path) -> list[Triple]:
    """Parse an RDF file with Oxigraph into rdflib triples; errors name the file and line."""
    # each term made once: IRIs repeat on every line, and rdflib checks every IRI it makes (at a
    # million quads the curated files' 48,000 triples hold 144,000 terms, a fifth of them distinct)
    made: dict = {}

    def term(t) -> Node:
        node = made.get(t)
        if node is None:
            node = made[t] = _term(t)
        return node

    with rdf_input_errors(path):
        data = Path(path).read_bytes()
        # a byte-order mark, as some editors save UTF-8, is no part of the text (Oxigraph would
        # report it as an invisible character that is "not a valid subject")
        fmt = ox.RdfFormat.from_extension(Path(path).suffix.lstrip(".")) or ox.RdfFormat.TURTLE
        quads = ox.parse(data.removeprefix(b"\xef\xbb\xbf"), format=fmt)
        return [(term(t.subject), term(t.predicate), term(t.object)) for t in quads]


@contextmanager
def rdf_input_errors(path: Path):
    """Turn parser and file errors into InputErrors that name the file and line."""
    try:
        yield
    except SyntaxError as err:
        raise InputError(
            "malformed RDF", where=f"{path}:{_line_of(err)}", why=str(err), fix="correct the syntax at that line"
        ) from None
    except OSError as err:
        raise InputError(
            "cannot read RDF file", where=str(path), why=err.strerror, fix="check that the file exists and is readable"
        ) from None


def _line_of(err: SyntaxError) -> int | str:
    return err.lineno if err.lineno is not None else "?"

"""loaders: the LoadContext a loader writes through (its contract: ``loading.loader``).

A loader (``loaders/<id>.py``, ``load_document(ctx, document)``) adds triples only to its own source's graph.
``ctx.fact()`` writes a fact as a ``dkg:Statement`` with its evidence and, if it is stated, also
as the plain edge.
IRIs are minted only through ``ctx.mint()``/``slug()``, deterministically.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, SKOS, XSD
from rdflib.term import Node

from defence_kg.core import CERTAINTIES, hanzi
from defence_kg.core.namespaces import DKG, ID, SCHEMA, VOCAB, known_iri, vocab
from defence_kg.core.project import Project
from defence_kg.loading.dates import PreciseDate, edtf_literal
from defence_kg.loading.registry import Registry
from defence_kg.sources.documents import locate, read_text
from defence_kg.sources.profiles import Document, SourceProfile

Triple = tuple[Node, Node, Node]
CURATORS = ID["defence-kg-curators"]


def slug(text: str) -> str:
    """A kebab-case ASCII slug of ``text`` (``"Singapore's NTU"`` -> ``singapores-ntu``); a name in
    Chinese alone by its pinyin (``"红隼大学"`` -> ``hong-sun-da-xue``), not an empty slug that
    every such name would share."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    made = re.sub(r"[^a-z0-9]+", "-", re.sub(r"['’]", "", ascii_text.lower())).strip("-")
    if made or not CJK.search(text):
        return made
    return slug(" ".join(hanzi.syllables(text)))


#: a Chinese character (the expression the extraction rules use too)
CJK = re.compile(r"[\u3400-\u9fff]")


def document_iri(source_id: str, document: Document, versioned: bool = True) -> URIRef:
    """``id:doc-<source>-<document>``, and ``-<version>`` for one of several versions of it."""
    version = f"-{document.version}" if versioned and document.version is not None else ""
    return ID[f"doc-{source_id}-{document.id}{version}"]


def statement_iri(s: Node, p: Node, o: Node, graph: URIRef, quote: str | None) -> URIRef:
    """A stable statement IRI: a hash of the fact, the graph it is asserted in, and its quote."""
    key = "\n".join((_n3(s), _n3(p), _n3(o), _n3(graph), quote or ""))
    # hex digits after a known prefix, made once per fact: not checked again
    return known_iri(_STATEMENT_PREFIX + hashlib.sha256(key.encode()).hexdigest()[:16])


_STATEMENT_PREFIX = str(ID) + "st-"


def _n3(term: Node) -> str:
    """``term.n3()``, without rdflib's check of an IRI (a statement's four terms are written for
    every fact a build makes): an IRI Oxigraph refuses is refused when the lines are written.
    Joined, not formatted: formatting calls the IRI's ``__format__`` (rdflib's terms define none,
    so both give its text), three times as long (the four terms and the quote of a serial 100k
    build's 12,807 statements: 2.4 -> 1.6 µs each)."""
    return "".join(("<", term, ">")) if type(term) is URIRef else term.n3()


_ST_TERMS: dict = {}


def _statement_terms() -> dict:
    _ST_TERMS.update(
        type=RDF.type,
        Statement=DKG.Statement,
        subject=RDF.subject,
        predicate=RDF.predicate,
        object=RDF.object,
        assertedBy=DKG.assertedBy,
        certainty=DKG.certainty,
        wasDerivedFrom=PROV.wasDerivedFrom,
        quote=DKG.quote,
        citation=DKG.citation,
        anyURI=XSD.anyURI,
        accordingTo=DKG.accordingTo,
    )
    return _ST_TERMS


@functools.lru_cache(maxsize=1024)
def _english(text: str) -> Literal:
    """An English literal, made once for the facts of one sentence (rdflib's are slow to make)."""
    return Literal(text, lang="en")


def statement_triples(
    s: Node,
    p: Node,
    o: Node,
    *,
    graph: URIRef,
    derived_from: Iterable[URIRef],
    asserted_by: URIRef,
    quote: str | None = None,
    citation: str | None = None,
    certainty: str = "stated",
    according_to: str | None = None,
    qualifiers: dict[URIRef, Node] | None = None,
) -> tuple[URIRef, list[Triple]]:
    """The triples of a ``dkg:Statement`` backing the plain edge (s, p, o)."""
    st = statement_iri(s, p, o, graph, quote)
    k = _ST_TERMS or _statement_terms()  # namespace attribute look-ups are slow: done once
    key = "certainty:" + certainty
    certainty_iri = k.get(key) or k.setdefault(key, vocab("certainty", certainty))
    out: list[Triple] = [
        (st, k["type"], k["Statement"]),
        (st, k["subject"], s),
        (st, k["predicate"], p),
        (st, k["object"], o),
        (st, k["assertedBy"], asserted_by),
        (st, k["certainty"], certainty_iri),
    ]
    derived = k["wasDerivedFrom"]
    out += [(st, derived, d) for d in derived_from]
    if quote:
        out.append((st, k["quote"], _english(quote)))
    if citation:
        out.append((st, k["citation"], Literal(citation, datatype=k["anyURI"])))
    if according_to:
        out.append((st, k["accordingTo"], Literal(according_to, lang="en")))
    out += [(st, k, v) for k, v in (qualifiers or {}).items()]
    return st, out


@dataclass
class LoadContext:
    """What a loader sees: its source, its documents, the registry, and its own graph."""

    project: Project
    source: SourceProfile
    registry: Registry
    overrides: dict[str, Path] = field(default_factory=dict)
    triples: list[Triple] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    _document_iris: dict[tuple[str, str | None], URIRef] = field(default_factory=dict, init=False, repr=False)
    _document_paths: dict[str, Path] = field(default_factory=dict, init=False, repr=False)
    # each statement's certainty, for the same fact read twice from one sentence
    _certainties: dict[URIRef, str] = field(default_factory=dict, init=False, repr=False)

    @property
    def graph(self) -> URIRef:
        return self.source.graph

    @functools.cached_property
    def publisher(self) -> URIRef:
        """The source's publisher, who asserts its facts (asked for at every fact)."""
        return ID[self.source.publisher]

    # -- writing ---------------------------------------------------------------------------
    def add(self, s: Node, p: Node, o: Node) -> None:
        """Add a triple that is not itself a fact (a type of a minted node, a label, a date part)."""
        self.triples.append((s, p, o))

    def fact(
        self,
        s: Node,
        p: Node,
        o: Node,
        *,
        document: Document,
        quote: str | None,
        citation: str | None = None,
        certainty: str = "stated",
        according_to: str | None = None,
        qualifiers: dict[URIRef, Node] | None = None,
        asserted_by: URIRef | None = None,
    ) -> URIRef:
        """Add the statement with evidence, and the plain edge if the fact is stated; return the
        statement's IRI. Like Wikidata's truthy triples, a plain edge never says more than its
        statement: an implied or possible fact exists only as its statement (docs/model.md).

        The same fact read twice from one sentence is one statement (its IRI is the fact's and the
        quote's), with the firmer certainty of the two ("AU hosts the X Laboratory, housed within
        its School of Y": stated by the verb, implied by the unit): a statement has one certainty."""
        st, triples = statement_triples(
            s,
            p,
            o,
            graph=self.graph,
            derived_from=[self.document_iri(document)],
            asserted_by=asserted_by or self.publisher,
            quote=quote,
            citation=citation,
            certainty=certainty,
            according_to=according_to,
            qualifiers=qualifiers,
        )
        held = self._certainties.get(st)
        if held is not None and held != certainty:
            if CERTAINTIES.index(certainty) > CERTAINTIES.index(held):
                return st  # less firm than it is said already
            self.triples.remove((st, DKG.certainty, vocab("certainty", held)))
        self._certainties[st] = certainty
        if certainty == "stated":
            self.triples.append((s, p, o))
        self.triples.extend(triples)
        return st

    def mint(self, *parts: str) -> URIRef:
        """A deterministic IRI under id/ from readable parts."""
        return ID["-".join(slug(p) for p in parts if p)]

    def concept(self, scheme: str, label: str) -> URIRef:
        """A concept of an open scheme (``topic``, ``discipline``), minted from its label."""
        iri = vocab(scheme, slug(label))
        self.add(iri, RDF.type, SKOS.Concept)
        self.add(iri, SKOS.inScheme, VOCAB[scheme])
        self.add(iri, SKOS.prefLabel, Literal(label, lang="en"))
        return iri

    def temporal(self, iri: URIRef, date: PreciseDate | None = None, *, verbatim: str | None = None) -> URIRef:
        """Describe a ``dkg:TemporalValue`` node: verbatim wording, value and precision."""
        self.add(iri, RDF.type, DKG.TemporalValue)
        wording = verbatim or (date.verbatim if date is not None else None)
        if wording is None:
            raise ValueError("a temporal value needs its verbatim wording or a date")
        self.add(iri, DKG.verbatim, Literal(wording, lang="en"))
        if date is not None:
            self.add(iri, DKG.when, date.literal)
            self.add(iri, DKG.precision, vocab("date-precision", date.precision))
            if date.approximate:  # "around 2017": the year, said to be approximate (EDTF level 1)
                self.add(iri, DKG.edtf, edtf_literal(date.iso + "~"))
        return iri

    def count(self, iri: URIRef, value: int, precision: str) -> URIRef:
        """Describe a ``dkg:Count``: exact, minimum or approximate."""
        self.add(iri, RDF.type, DKG.Count)
        self.add(iri, DKG.value, Literal(value))
        self.add(iri, DKG.countPrecision, vocab("count-precision", precision))
        return iri

    def warn(self, message: str, *args: object) -> None:
        self.warnings.append(message % args if args else message)

    # -- documents -------------------------------------------------------------------------
    def document_iri(self, document: Document) -> URIRef:
        # asked for at every fact: minting (and checking) the IRI once per document is enough
        key = (document.id, document.version)
        iri = self._document_iris.get(key)
        if iri is None:
            iri = self._document_iris[key] = document_iri(self.source.id, document)
        return iri

    def note_version(self, document: Document) -> None:
        """A version of a document loaded with others is a version of the unversioned document."""
        if document.version is not None:
            self.add(self.document_iri(document), DCTERMS.isVersionOf, document_iri(self.source.id, document, False))

    def describe_document(
        self, document: Document, *, title: str | None = None, modified: PreciseDate | None = None
    ) -> URIRef:
        """Describe a document facts cite: URL, publisher, title, last-updated date."""
        iri = self.document_iri(document)
        self.note_version(document)
        self.add(iri, RDF.type, DKG.SourceDocument)
        self.add(iri, DCTERMS.publisher, self.publisher)
        self.add(iri, DCTERMS.isPartOf, self.source.iri)
        if document.url:
            self.add(iri, SCHEMA.url, Literal(document.url, datatype=XSD.anyURI))
        if title:
            self.add(iri, DCTERMS.title, Literal(title, lang="en"))
        if modified is not None:
            self.add(iri, DCTERMS.modified, modified.literal)
        return iri

    def document_path(self, document: Document) -> Path:
        """The local file of a document: an override, the shipped path, or a cached download
        (found and checked once: a loader asks for it to read the text and to name it in messages)."""
        path = self._document_paths.get(document.key)
        if path is None:
            path = self._document_paths[document.key] = locate(self.project, self.source, document, self.overrides)
        return path

    def read_text(self, document: Document) -> str:
        """The document's text: a BOM dropped, HTML turned into text, other encodings refused."""
        return read_text(self.document_path(document))

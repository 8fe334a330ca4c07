"""analysis: the claims of a dataset, read for comparison (``defence-kg diff``).

A claim is what a ``dkg:Statement`` says: in a graph, a subject, a predicate and an object, with its
certainty, qualifiers and evidence (document, quote, citation, asserter). Claims are compared by
this content, never by statement IRI (which hashes the quote, so a reworded sentence changes it).
Objects that are value nodes (counts, dates) are compared by what they say ("at least 2"), since
their IRIs are minted per source and document. The documents claims cite are read with their
version: the SHA-256 of their bytes (their own, or that of the file they are part of) and the
document they are a version of (``dcterms:isVersionOf``).

The dataset is read in one pass over its quads as plain strings (``core.store.plain_quads``), not
through a store and rdflib terms: a diff reads every quad of two datasets, and this way a million
quads take seconds, not minutes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS

from defence_kg.core import progress
from defence_kg.core.namespaces import DKG, ID, SCHEMA
from defence_kg.core.sparql import compact
from defence_kg.core.store import Lit, PlainQuad, Store, plain_quads
from defence_kg.dataset.dumps import dataset_bytes

Term = str | Lit
CERTAINTY_RANK = {"stated": 0, "implied": 1, "possible": 2}
COUNT_WORDS = {"exact": "exactly", "minimum": "at least", "approximate": "around"}
#: a prefixed name per IRI, computed once (a million statement rows repeat a few dozen predicates)
curie = lru_cache(maxsize=4096)(compact)

_TYPE, _LABEL, _SUBCLASS = str(RDF.type), str(SKOS.prefLabel), str(RDFS.subClassOf)
_STATEMENT, _VALUES = str(DKG.Statement), {str(DKG.Count), str(DKG.TemporalValue)}
_DESIGNATION, _AS_OF = str(DKG.riskDesignation), str(DKG.assessedAsOf)
_SHA256, _SOURCE_DOCUMENT = str(SCHEMA.sha256), str(DKG.SourceDocument)
_REPLACED = {str(OWL.sameAs), str(DCTERMS.isReplacedBy)}
_DOCUMENT_PROPS = {
    str(p): key
    for p, key in (
        (DCTERMS.title, "title"),
        (SCHEMA.url, "url"),
        (DCTERMS.modified, "modified"),
        (DCTERMS.isVersionOf, "series"),
        (DCTERMS.isPartOf, "part_of"),
        (SCHEMA.sha256, "sha256"),
    )
}
_KINDS = {str(DKG[k]): f"dkg:{k}" for k in ("Laboratory", "Agreement", "Event", "AttendeeGroup")}
_STATEMENT_PARTS = {
    str(RDF.subject): "s",
    str(RDF.predicate): "p",
    str(RDF.object): "o",
    str(DKG.certainty): "certainty",
    str(PROV.wasDerivedFrom): "documents",
    str(DKG.quote): "quote",
    str(DKG.citation): "citation",
    str(DKG.assertedBy): "asserted_by",
    str(DCTERMS.isReplacedBy): "replaced_by",
    str(DKG.accordingTo): "according_to",
    _TYPE: "type",
}


@dataclass(frozen=True)
class DocumentInfo:
    """A document claims cite: what a reader needs to find it, and which version it is."""

    iri: str
    title: str | None = None
    url: str | None = None
    modified: str | None = None
    sha256: str | None = None
    """The SHA-256 of the document's bytes, or of the file it is part of (a MISP entry's cluster)."""
    series: str = ""
    """The document this is a version of (``dcterms:isVersionOf``), else itself."""


@dataclass(slots=True)
class Statement:
    """One ``dkg:Statement`` as read from a graph."""

    iri: str
    graph: str
    s: str
    p: str
    o: Term
    certainty: str
    documents: list[str]
    quote: str | None
    citation: str | None
    asserted_by: str | None
    qualifiers: list[tuple[str, Term]]
    replaced_by: list[str]


@dataclass(frozen=True)
class Designation:
    institution: str
    date: str | None
    graph: str


class Claims:
    """Everything a diff reads from one dataset, in plain Python structures."""

    def __init__(self, quads: Iterable[PlainQuad], name: str) -> None:
        self.name = name
        about: dict[str, list[tuple[str, Term, str]]] = defaultdict(list)
        types: dict[str, set[str]] = defaultdict(set)
        subclasses: dict[str, set[str]] = defaultdict(set)
        self.labels: dict[str, str] = {}
        self.designations: dict[str, Designation] = {}
        self.replacements: dict[str, str] = {}
        """Entities the dataset says were renamed or merged (``owl:sameAs``, ``dcterms:isReplacedBy``)."""
        hashed: set[str] = set()
        for s, p, o, g in quads:
            about[s].append((p, o, g))
            if p == _TYPE and isinstance(o, str):
                types[s].add(o)
            elif p == _SHA256:
                hashed.add(s)
            elif p == _LABEL and isinstance(o, Lit) and (o.language or "").split("-")[0] == "en":
                self.labels.setdefault(s, o.value)
            elif p == _DESIGNATION and isinstance(o, str):
                self.designations[o] = Designation(s, None, g)
            elif p == _SUBCLASS and isinstance(o, str):
                subclasses[o].add(s)
            elif p in _REPLACED and isinstance(o, str):
                self.replacements[s] = o
        for d, found in self.designations.items():
            dates = [o.value for p, o, _ in about.get(d, ()) if p == _AS_OF and isinstance(o, Lit)]
            self.designations[d] = Designation(found.institution, min(dates) if dates else None, found.graph)
        self.statements = [_statement(iri, about[iri]) for iri, t in types.items() if _STATEMENT in t]
        self.statements = [st for st in self.statements if st.s and st.p and st.o != ""]
        # a replacement of a statement (an older risk level) is no rename of an entity
        self.replacements = {a: b for a, b in self.replacements.items() if _STATEMENT not in types.get(a, ())}
        self.values, self.value_kinds = _values({n: about[n] for n, t in types.items() if t & _VALUES})
        documents = hashed | {s for s, t in types.items() if _SOURCE_DOCUMENT in t}
        self.documents = _documents({d: about[d] for d in documents})
        self.kinds = _kinds(types, subclasses)
        self.by_series: dict[str, list[DocumentInfo]] = defaultdict(list)
        for doc in self.documents.values():
            self.by_series[doc.series].append(doc)
        self.cited = {d for st in self.statements for d in st.documents}

    def label(self, term: Term | None) -> str:
        """How a term reads: a label, a value node's text, a literal's text, else a prefixed name."""
        if term is None:
            return ""
        if isinstance(term, Lit):
            return term.value
        if term in self.values:
            return self.values[term]
        return self.labels.get(term) or curie(term)

    def document(self, iri: str) -> DocumentInfo:
        return self.documents.get(iri) or DocumentInfo(iri=iri, series=iri)


def _statement(iri: str, props: list[tuple[str, Term, str]]) -> Statement:
    found: dict[str, list] = defaultdict(list)
    graph = ""
    for p, o, g in props:
        part = _STATEMENT_PARTS.get(p)
        if part is None:
            found["qualifiers"].append((curie(p), o))
        else:
            found[part].append(o if part == "o" else o.value if isinstance(o, Lit) else o)
            graph = g if part == "type" else graph or g

    def one(part: str) -> str | None:
        return found[part][0] if part in found else None

    return Statement(
        iri=iri,
        graph=graph,
        s=one("s") or "",
        p=one("p") or "",
        o=found["o"][0] if "o" in found else "",
        certainty=(one("certainty") or "stated").rsplit("/", 1)[-1],
        documents=found["documents"],
        quote=one("quote"),
        citation=one("citation"),
        asserted_by=one("asserted_by"),
        qualifiers=found["qualifiers"],
        replaced_by=found["replaced_by"],
    )


def _values(nodes: dict[str, list[tuple[str, Term, str]]]) -> tuple[dict[str, str], dict[str, str]]:
    """Counts and dates as the text they stand for (the same in any build that says the same),
    and the kind of each: ``count`` or ``date``."""
    texts, kinds = {}, {}
    for n, props in nodes.items():
        v: dict[str, str] = {}
        for p, o, _ in props:
            key = curie(p)
            if key.endswith("Evidence") or key == "rdf:type":
                continue  # the evidence of a bound is a statement or event IRI, compared through them
            v[key] = o.value if isinstance(o, Lit) else o.rsplit("/", 1)[-1]
        texts[n], kinds[n] = _value_text(v), "count" if "dkg:value" in v else "date"
    return texts, kinds


def _value_text(v: dict[str, str]) -> str:
    if "dkg:value" in v:
        precision = v.get("dkg:countPrecision", "")
        return f"{COUNT_WORDS.get(precision, precision)} {v['dkg:value']}".strip()
    text = v.get("dkg:edtf") or v.get("dkg:when") or ""
    if "dkg:verbatim" in v:
        text = f"{text} ({v['dkg:verbatim']})" if text else v["dkg:verbatim"]
    bounds = [
        f"{word} {v[key]}" + ("" if v.get(key + "IsHard", "true") == "true" else " (soft)")
        for key, word in (("dkg:earliest", "earliest"), ("dkg:latest", "latest"))
        if key in v
    ]
    return "; ".join([text, *bounds]) if bounds else text


def _documents(about: dict[str, list[tuple[str, Term, str]]]) -> dict[str, DocumentInfo]:
    props: dict[str, dict[str, str]] = {}
    for s, found in about.items():
        props[s] = {}
        for p, o, _ in found:
            if p in _DOCUMENT_PROPS:
                props[s].setdefault(_DOCUMENT_PROPS[p], o.value if isinstance(o, Lit) else o)

    def sha256(iri: str, seen: frozenset[str] = frozenset()) -> str | None:
        own = props.get(iri, {})
        if "sha256" in own or iri in seen:
            return own.get("sha256")
        parent = own.get("part_of")
        return sha256(parent, seen | {iri}) if parent else None

    return {
        iri: DocumentInfo(
            iri=iri,
            title=v.get("title"),
            url=v.get("url"),
            modified=v.get("modified"),
            sha256=sha256(iri),
            series=v.get("series", iri),
        )
        for iri, v in props.items()
    }


def _kinds(types: dict[str, set[str]], subclasses: dict[str, set[str]]) -> dict[str, str]:
    """The entities typed as a laboratory, agreement, event or attendee group (or a kind of one)."""
    kind_of: dict[str, str] = {}
    for top, name in _KINDS.items():
        todo = [top]
        while todo:
            cls = todo.pop()
            if cls not in kind_of:
                kind_of[cls] = name
                todo += subclasses.get(cls, ())
    return {s: kind_of[t] for s, ts in types.items() for t in sorted(ts) if t in kind_of}


def is_entity(term: Term, claims: Claims) -> bool:
    """A thing of ours that claims are about (not a value node, designation, document or statement)."""
    return (
        isinstance(term, str)
        and term.startswith(str(ID))
        and term not in claims.values
        and term not in claims.designations
        and term not in claims.documents
    )


def claims_of(source: Path | Store, name: str) -> Claims:
    """The claims of a store, or of the dataset at a path (a build folder, a release, a dump)."""
    if isinstance(source, Store):
        data, fmt, where = source.serialize("nquads"), "nquads", name
    else:
        data, fmt, where = dataset_bytes(Path(source))
    # N-Quads has one quad a line: the bar can show time left (TriG only a count and a rate)
    total = data.count(b"\n") if fmt == "nquads" else None
    quads = progress.track(plain_quads(data, fmt, where=where), f"read claims of {name}", unit="quads", total=total)
    return Claims(quads, name)

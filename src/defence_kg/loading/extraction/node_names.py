"""loaders: the names of the agreement and event nodes the rules mint, from what each node is and
never from where it sits in the text.

A node is named by the institution, its kind and its date (``chongqing-university-agreement-2016``).
When several nodes of one document would take the same name, each is named instead by a digest of
the sentence it was read from (``…-agreement-2016-3f9a2c1b``), so that no name depends on the order
of the sentences or on which node was read first. A clash is known only once the second node is
read, so the first node's triples are renamed after the rules have run (``rename``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from rdflib import URIRef
from rdflib.namespace import RDF
from rdflib.term import Node

from defence_kg.core.namespaces import DKG, ID
from defence_kg.loading.context import Triple, statement_iri


@dataclass
class NodeNames:
    """The nodes minted in one document, each with its plain name (base) and its sentence."""

    shared: set[str] = field(default_factory=set)
    """Plain names more than one node of the document takes."""
    minted: dict[URIRef, tuple[str, str]] = field(default_factory=dict)

    def mint(self, base: str, sentence: str) -> URIRef:
        """The node's plain name while no other node takes it, else one of its sentence."""
        iri = ID[base]
        if iri in self.minted:
            self.shared.add(base)  # the node named first is renamed by ``renames``
        if base in self.shared:
            return self._by_sentence(base, sentence)
        self.minted[iri] = (base, sentence)
        return iri

    def _by_sentence(self, base: str, sentence: str) -> URIRef:
        stem = f"{base}-{hashlib.sha256(sentence.encode()).hexdigest()[:8]}"
        iri, n = ID[stem], 2
        while iri in self.minted:  # several such nodes read from one sentence: in the sentence's own order
            iri, n = ID[f"{stem}-{n}"], n + 1
        self.minted[iri] = (base, sentence)
        return iri

    def renames(self) -> dict[URIRef, URIRef]:
        """New names for the nodes that were given a plain name another node turned out to share."""
        clashed = [
            (iri, entry) for iri, entry in self.minted.items() if entry[0] in self.shared and iri == ID[entry[0]]
        ]
        out = {}
        for iri, (base, sentence) in clashed:
            del self.minted[iri]
            out[iri] = self._by_sentence(base, sentence)
        return out


def rename(triples: list[Triple], renames: dict[URIRef, URIRef], nodes: set[URIRef], graph: URIRef) -> list[Triple]:
    """``triples`` with the renamed nodes, the nodes named after them (``<node>-date``) and the
    statements about them (whose IRIs are digests of their terms) under their new names.
    ``nodes`` are the other minted nodes, whose names may begin with a renamed one's."""
    if not renames:
        return triples
    # the longest node name a term begins with is the node it belongs to: "x-2016-3f9a…-date" is not x-2016's
    owners = {str(n) for n in (*renames, *nodes)}

    def new(term):
        if isinstance(term, URIRef) and term.startswith(ID):
            owner = _owner(str(term), owners)
            if owner is not None and (renamed := renames.get(URIRef(owner))) is not None:
                return URIRef(renamed + term[len(owner) :])
        return term

    renamed = [(new(s), new(p), new(o)) for s, p, o in triples]
    statements = _statement_renames(renamed, graph)
    return [(statements.get(s, s), p, statements.get(o, o)) for s, p, o in renamed]


def _owner(term: str, owners: set[str]) -> str | None:
    """The longest of ``owners`` that is ``term`` or begins it before a "-": looked up at the
    term's end and before each of its hyphens, from the right (not every owner tried per term)."""
    end = len(term)
    while end > 0:
        if term[:end] in owners:
            return term[:end]
        end = term.rfind("-", 0, end)
    return None


def _statement_renames(triples: list[Triple], graph: URIRef) -> dict:
    """Statement IRI -> the IRI its (renamed) subject, predicate, object and quote give it now."""
    parts: dict = {}
    fields: dict[Node, int] = {RDF.subject: 0, RDF.predicate: 1, RDF.object: 2, DKG.quote: 3}
    for s, p, o in triples:
        if p in fields and str(s).startswith(ID["st-"]):
            parts.setdefault(s, [None, None, None, None])[fields[p]] = o
    out = {}
    for st, (s, p, o, quote) in parts.items():
        if s is not None and p is not None and o is not None:
            fresh = statement_iri(s, p, o, graph, str(quote) if quote is not None else None)
            if fresh != st:
                out[st] = fresh
    return out

"""loaders: the curated registry files (data/curated/*.ttl), each its own named graph.

Curators write an entity's facts (kinds, names, identifiers, links) in its block and say, per fact
or per group of facts, what supports it. Each ``dkg:evidence`` group repeats some of the entity's
facts with either the record that supports them (``prov:wasDerivedFrom``) or, for an inference of
the curators' own, its ``dkg:basis`` (``rendered-name``, ``read-from-name``) and a
``skos:editorialNote``. Every fact becomes a ``dkg:Statement`` asserted by the curators with
exactly that evidence:

- a fact records support: derived from those records, and no others; certainty stated;
- a curators' inference: no record, certainty implied, its basis and note; like every implied
  fact it has no plain edge (only its statement), except a name, which stays a plain label;
- a fact no group covers: the curators' own assertion, with no record and the basis
  ``curator-assertion``; certainty stated.

The groups are input only (blank nodes are never published), and no record is attached to an
entity as a whole: a reader pairing every fact of an entity with every record about it is what
per-fact evidence avoids. A name that is only a kind of body found in every institution
("Leading Small Group on Secrecy Work") is refused: such bodies are registered under their
parent, with the parent in their names.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import BNode, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS
from rdflib.term import Node

from defence_kg.core.errors import InputError
from defence_kg.core.namespaces import DKG, GRAPH, vocab
from defence_kg.core.store import parse_file
from defence_kg.loading.bodies import is_generic_body
from defence_kg.loading.context import CURATORS, Triple, statement_triples

#: Names are facts too: which record gives a name, or whether the curators rendered it, matters.
NAME_PREDICATES = {SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel}
#: The bases a group may give instead of a record: the curators' inferences.
INFERENCES = {vocab("basis", "rendered-name"), vocab("basis", "read-from-name")}
CURATOR_ASSERTION = vocab("basis", "curator-assertion")
# looked up for every curated triple: once here, and compared by set membership (a hash in C)
# rather than by rdflib's equality (Python, at every comparison)
_SAME_AS, _TYPE, _EVIDENCE = {OWL.sameAs}, {RDF.type}, {DKG.evidence}
_DERIVED, _BASIS, _NOTE = PROV.wasDerivedFrom, DKG.basis, SKOS.editorialNote
_GROUP_SUPPORT = {_DERIVED, _BASIS, _NOTE}


def curated_graph(path: Path) -> URIRef:
    return GRAPH[f"curated/{path.stem}"]


def fact_predicates(ontology: list[Triple]) -> set[Node]:
    """Properties declared as dkg:FactProperty in the ontology."""
    return {s for s, p, o in ontology if p == RDF.type and o == DKG.FactProperty}


def organisation_kinds(ontology: list[Triple]) -> set[Node]:
    """dkg:Organisation and every class below it."""
    return subclasses(ontology, DKG.Organisation)


def subclasses(ontology: list[Triple], root: Node) -> set[Node]:
    """``root`` and every class below it in the ontology."""
    children: dict[Node, set[Node]] = {}
    for s, p, o in ontology:
        if p == RDFS.subClassOf:
            children.setdefault(o, set()).add(s)
    kinds, todo = set(), [root]
    while todo:
        cls = todo.pop()
        if cls not in kinds:
            kinds.add(cls)
            todo.extend(children.get(cls, ()))
    return kinds


def is_fact(triple: Triple, facts: set[Node], kinds: set[Node]) -> bool:
    """A curated triple that is a fact: a fact property, a name, a ROR identity, or a kind."""
    s, p, o = triple
    return p in facts or p in NAME_PREDICATES or p in _SAME_AS or (p in _TYPE and o in kinds)


@dataclass
class Evidence:
    """What the file says supports one fact: records, or one inference with its note."""

    records: set[URIRef] = field(default_factory=set)
    inference: tuple[Node, Node] | None = None  # (basis, editorial note)


def load_curated(path: Path, ontology: list[Triple]) -> list[Triple]:
    """The file's facts, each with a statement carrying exactly the evidence declared for it."""
    triples = parse_file(path)
    refuse_entity_sources(path, triples)
    refuse_generic_names(path, triples)
    graph = curated_graph(path)
    groups = evidence_groups(triples)
    stated = {t for t in triples if t[1] not in _EVIDENCE and not isinstance(t[0], BNode)}
    evidence = declared_evidence(path, groups, stated)
    facts, kinds = fact_predicates(ontology), organisation_kinds(ontology)
    out = sorted((t for t in stated if not is_hedged_edge(t, evidence)), key=_triple_order)
    for triple in sorted((t for t in stated if is_fact(t, facts, kinds)), key=_triple_order):
        out += fact_statement(triple, evidence.get(triple, Evidence()), graph)
    return out


def _triple_order(triple: Triple) -> tuple:
    """The order of rdflib's own comparison of (IRI subject, IRI predicate, object) triples, with
    the IRIs compared as the strings they are (rdflib compares two IRIs so, but in Python): two
    sorts of the curated triples took 0.5 s of a million-quad build, before extraction began."""
    s, p, o = triple
    return str(s), str(p), o


def is_hedged_edge(triple: Triple, evidence: dict[Triple, Evidence]) -> bool:
    """A curators' inference (certainty implied) that is not a name: it exists only as its
    statement, as an implied fact of a source does. Names stay plain labels, as Wikidata's labels
    and aliases sit outside its ranked statements: a thing is found and shown by its names, and
    their statements say which ones the curators rendered."""
    declared = evidence.get(triple)
    return declared is not None and declared.inference is not None and triple[1] not in NAME_PREDICATES


def refuse_entity_sources(path: Path, triples: list[Triple]) -> None:
    """A record cited for an entity as a whole would become the evidence of every fact of it."""
    source = DCTERMS.source  # a namespace's attribute is slow to look up: once, not per triple
    for s, p, o in triples:
        if p == source:
            raise InputError(
                "curated entity cites a record for all its facts at once",
                where=f"{path}: {s.n3()}",
                why="a record supports some facts of an entity, not every one (a ROR record says nothing of "
                "'civilian', a tracker page gives no ROR id)",
                fix=f"replace dcterms:source <{o}> with dkg:evidence [ prov:wasDerivedFrom <{o}> ; "
                "<the facts it supports> ]",
            )


def refuse_generic_names(path: Path, triples: list[Triple]) -> None:
    """A registry name shared by a body of every institution would merge them all into one node."""
    wordlists = path.parent.parent / "wordlists"  # data/curated/<file> -> data/wordlists
    for s, p, o in triples:
        if p in NAME_PREDICATES and not isinstance(s, BNode) and is_generic_body(str(o), wordlists):
            raise InputError(
                "curated name is a body found in every institution",
                where=f"{path}: {s.n3()}",
                why=f"'{o}' names a body every institution has, so mentions of any institution's one would "
                "resolve to this entity",
                fix="register the body under its parent, with the parent in its name "
                "('Chongqing University Party Committee', dkg:unitOf its institution), or leave it out",
            )


def evidence_groups(triples: list[Triple]) -> list[tuple[Node, dict[Node, set[Node]]]]:
    """Each ``dkg:evidence`` group: (entity, {predicate: objects}) of the group's blank node."""
    by_node: dict[Node, dict[Node, set[Node]]] = defaultdict(lambda: defaultdict(set))
    for s, p, o in triples:
        if isinstance(s, BNode):
            by_node[s][p].add(o)
    return [(s, by_node[o]) for s, p, o in triples if p in _EVIDENCE]


def declared_evidence(
    path: Path, groups: list[tuple[Node, dict[Node, set[Node]]]], stated: set[Triple]
) -> dict[Triple, Evidence]:
    """The evidence the groups declare for each fact; a group must be well formed, and each of its
    facts stated on the entity itself."""
    evidence: dict[Triple, Evidence] = defaultdict(Evidence)
    for entity, group in groups:
        where = f"{path}: dkg:evidence of {entity.n3()}"
        records = {r for r in group.get(_DERIVED, set()) if isinstance(r, URIRef)}
        bases, notes = group.get(_BASIS, set()), group.get(_NOTE, set())
        if (
            len(records) != len(group.get(_DERIVED, set()))  # a record is named by its IRI
            or bool(records) == bool(bases)
            or len(bases) > 1
            or (bases and (bases - INFERENCES or len(notes) != 1))
        ):
            raise InputError(
                "malformed evidence group",
                where=where,
                why="a group names the records that support its facts (prov:wasDerivedFrom), or one inference "
                "of the curators (dkg:basis vocab:basis/rendered-name or read-from-name) with one skos:editorialNote",
                fix="give either prov:wasDerivedFrom <record> or dkg:basis and skos:editorialNote",
            )
        for p, objects in group.items():
            if p in _GROUP_SUPPORT:
                continue
            for o in objects:
                fact = (entity, p, o)
                if fact not in stated:
                    raise InputError(
                        "evidence for a fact the entity does not state",
                        where=where,
                        why=f"{p.n3()} {o.n3()} is in the group but not in {entity.n3()}'s own description",
                        fix="state the fact on the entity too, or correct the group",
                    )
                declared = evidence[fact]
                declared.records |= records
                if bases:
                    if declared.inference is not None:
                        raise InputError("a fact inferred twice", where=where, fix="keep one inference group for it")
                    declared.inference = (next(iter(bases)), next(iter(notes)))
                if declared.records and declared.inference:
                    raise InputError(
                        "a fact both supported by a record and inferred",
                        where=where,
                        why=f"{p.n3()} {o.n3()} is in a record's group and in an inference group",
                        fix="keep the record (the fact is then stated), or the inference",
                    )
    return evidence


def fact_statement(triple: Triple, evidence: Evidence, graph: URIRef) -> list[Triple]:
    """The statement of one curated fact with its declared evidence."""
    if evidence.records:
        _, out = statement_triples(
            *triple,
            graph=graph,
            derived_from=sorted(evidence.records),
            asserted_by=CURATORS,
        )
    elif evidence.inference is not None:
        basis, note = evidence.inference
        _, out = statement_triples(
            *triple,
            graph=graph,
            derived_from=[],
            asserted_by=CURATORS,
            certainty="implied",
            qualifiers={_BASIS: basis, _NOTE: note},
        )
    else:
        _, out = statement_triples(
            *triple, graph=graph, derived_from=[], asserted_by=CURATORS, qualifiers={_BASIS: CURATOR_ASSERTION}
        )
    return out

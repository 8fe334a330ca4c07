"""dataset: an institution's plain risk level is the level of its latest designation.

Each document that rates an institution leaves a dated ``dkg:RiskDesignation`` and a statement of
the institution's level quoting it. When several designations of one institution are loaded (a
2019 and a 2025 page, a profile and a MISP copy) all of them stay, each with its own date and
evidence; the plain ``dkg:riskLevel`` edge keeps only the level of the latest, so an institution
has one current level and is counted once. A statement of an older level stays, marked
``dcterms:isReplacedBy`` the latest designation and without its plain edge, as Wikidata keeps
statements of a lower rank out of its plain ("truthy") triples.

Designations are compared by ``dkg:assessedAsOf`` (ISO dates compare as text). An institution
with an undated designation, or two latest designations of different levels on the same date,
keeps every plain level it has and gets a warning; the shape ``LatestRiskLevelShape`` then reports
the disagreement rather than the build choosing a side.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from rdflib import URIRef
from rdflib.namespace import DCTERMS, RDF
from rdflib.term import Node

from defence_kg.core.namespaces import DKG
from defence_kg.core.store import Store, graph_nquads
from defence_kg.dataset.nquads import SortedNQuads, graph_of, subject_of, term

_PREFIXES = """PREFIX dkg: <https://w3id.org/defence-kg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
"""
DESIGNATIONS = (
    _PREFIXES
    + """SELECT DISTINCT ?institution ?designation ?level ?date WHERE {
  ?institution dkg:riskDesignation ?designation .
  ?designation dkg:riskLevel ?level .
  OPTIONAL { ?designation dkg:assessedAsOf ?date }
}"""
)
PLAIN_LEVELS = (
    _PREFIXES
    + """SELECT DISTINCT ?institution ?graph ?level ?statement WHERE {
  ?institution dkg:riskDesignation ?designation .
  GRAPH ?graph { ?institution dkg:riskLevel ?level }
  OPTIONAL { GRAPH ?graph {
    ?statement rdf:subject ?institution ; rdf:predicate dkg:riskLevel ; rdf:object ?level ; a dkg:Statement } }
}"""
)


@dataclass(frozen=True)
class Designation:
    iri: URIRef
    level: Node
    date: str | None


def latest(designations: list[Designation]) -> list[Designation] | None:
    """The designations of the latest date, or None when one of them has no date."""
    if any(d.date is None for d in designations):
        return None
    last = max(str(d.date) for d in designations)
    return [d for d in designations if d.date == last]


@dataclass(frozen=True)
class Settlement:
    """What settling changed, as N-Quads lines: the plain levels it removed and the replacement
    marks it added (those the store did not hold already); and its warnings."""

    removed: frozenset[bytes]
    added: frozenset[bytes]
    warnings: list[str]
    read: frozenset[bytes] = field(default=frozenset(), compare=False)
    """The lines it read (``read_by_settling``), which a build keeps so that the next one need not
    look for them in the whole dataset again (not what it changed: not compared)."""


#: the predicates of the lines settling reads
SETTLED_PREDICATES = (DKG.riskDesignation, DKG.riskLevel, DKG.assessedAsOf)
_SETTLED = {term(p) for p in SETTLED_PREDICATES}
_RDF_PREDICATE = term(RDF.predicate)
_LEVEL = term(DKG.riskLevel)
#: the parts of a statement of a level settling reads: its triple, its class, and the marks of
#: replacement it may hold already (not its quote and provenance, which settling never reads)
_STATEMENT_PARTS = {term(p) for p in (RDF.subject, RDF.predicate, RDF.object, RDF.type, DCTERMS.isReplacedBy)}


def read_by_settling(nquads: SortedNQuads) -> set[bytes]:
    """The lines settling reads, found by their text: the designations, plain levels and dates (by
    their predicates), and the parts of the statements of levels."""
    lines: set[bytes] = set()
    for predicate in _SETTLED:
        lines |= nquads.lines_with((predicate,))
    for line in nquads.lines_with((_RDF_PREDICATE, _LEVEL)):
        lines.update(part for part in nquads.lines(graph_of(line), subject_of(line) + b" ") if _statement_part(part))
    return lines


def settling_lines(lines: Iterable[bytes]) -> set[bytes]:
    """Of ``lines``, those ``read_by_settling`` would find in a dataset of them."""
    lines = set(lines)
    statements = {(graph_of(line), subject_of(line)) for line in lines if _states_a_level(line)}
    return {
        line
        for line in lines
        if _predicate(line) in _SETTLED or (_statement_part(line) and (graph_of(line), subject_of(line)) in statements)
    }


def settling_reads(line: bytes) -> bool:
    """Whether settling reads the line: a designation, level or date, or the ``rdf:predicate`` of
    a statement of a level (a statement's IRI is minted from its triple, so its other parts come
    and go with that line)."""
    return _predicate(line) in _SETTLED or _states_a_level(line)


def _predicate(line: bytes) -> bytes:
    return line.split(b" ", 2)[1]


def _states_a_level(line: bytes) -> bool:
    _, predicate, rest = line.split(b" ", 2)
    return predicate == _RDF_PREDICATE and rest.startswith(_LEVEL + b" ")


def _statement_part(line: bytes) -> bool:
    return _predicate(line) in _STATEMENT_PARTS


def settle_lines(lines: set[bytes]) -> Settlement:
    """Settle the risk levels of a dataset given the lines of it settling reads
    (``read_by_settling``): the same settlement as of the whole dataset."""
    store = Store()
    store.load_bytes(b"".join(sorted(lines)), "nquads", where="the settled lines")
    return replace(settle_risk_levels(store), read=frozenset(lines))


def settle_risk_levels(store: Store) -> Settlement:
    """Keep only the latest designation's level as each institution's plain ``dkg:riskLevel``;
    mark the statements of older levels as replaced."""
    by_institution: dict[Node, list[Designation]] = defaultdict(list)
    for institution, designation, level, date in store.query(DESIGNATIONS)[1]:
        by_institution[institution].append(Designation(designation, level, None if date is None else str(date)))
    current: dict[Node, list[Designation]] = {}
    warnings = []
    for institution, designations in sorted(by_institution.items(), key=lambda item: str(item[0])):
        last = latest(designations)
        if last is None:
            warnings.append(f"{institution}: a risk designation has no date; every plain risk level is kept")
        elif len({d.level for d in last}) > 1:
            levels = ", ".join(sorted(str(d.level).rsplit("/", 1)[-1] for d in last))
            warnings.append(f"{institution}: designations of {last[0].date} disagree ({levels}); both levels kept")
        else:
            current[institution] = last
    removed: dict[URIRef, set] = defaultdict(set)
    replaced: dict[URIRef, set] = defaultdict(set)
    for institution, graph, level, statement in store.query(PLAIN_LEVELS)[1]:
        last = current.get(institution)
        if last is None or level == last[0].level:
            continue
        removed[graph].add((institution, DKG.riskLevel, level))
        if statement is not None:
            replaced[graph] |= {(statement, DCTERMS.isReplacedBy, d.iri) for d in last}
    removed_lines: set[bytes] = set()
    added_lines: set[bytes] = set()
    for graph in sorted(removed):
        marks = sorted(t for t in replaced[graph] if not store.has(graph, t))
        store.remove(graph, removed[graph])
        store.add(graph, marks)
        removed_lines |= set(graph_nquads(graph, removed[graph]).splitlines(keepends=True))
        added_lines |= set(graph_nquads(graph, marks).splitlines(keepends=True))
    return Settlement(frozenset(removed_lines), frozenset(added_lines), warnings)

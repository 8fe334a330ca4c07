"""export: the networkx view of the dataset -- the only module that imports networkx.

The graph is built from SPARQL results on the dataset, not from raw triples: organisations,
laboratories, agreements and events become nodes (ids are their IRIs), literals and controlled
values become scalar node attributes, and each relationship becomes one edge keyed by its kind,
with its label, dates and evidence (source, quote, certainty) taken from its statement node.
Statement, provenance, vocabulary, date and count nodes never become graph nodes.

Which facts become edges follows the dataset's one rule on certainty: a plain edge is a stated
fact, and an implied or possible fact exists only as its statement. So by default (``certainty=
"stated"``) edges are the plain edges; ``"implied"`` adds the implied statements of edge
predicates, ``"possible"`` the possible ones too. Every edge carries ``certainty``: the strongest
certainty among the statements behind it (a plain edge is stated).

The edge policy -- which predicate gives which edge, in which direction, and how it reads as a
sentence -- is the table ``EDGE_POLICY`` of defence_kg.exports.policy and nowhere else.
"""

from __future__ import annotations

import calendar
from collections import defaultdict

import networkx as nx
from rdflib import URIRef

from defence_kg.core import CERTAINTIES, collector
from defence_kg.core.errors import InputError
from defence_kg.core.namespaces import DKG
from defence_kg.core.processes import forked, single_threaded
from defence_kg.core.store import Lit
from defence_kg.exports.policy import EDGE_POLICY

AGREEMENT_MODES = ("node", "fold")

#: Node classes: local name -> (group, rank). The most specific class (highest rank) is the kind.
NODE_CLASSES: dict[str, tuple[str, int]] = {
    "Organisation": ("organisation", 0),
    "University": ("organisation", 1),
    "CivilianUniversity": ("organisation", 2),
    "MilitaryInstitution": ("organisation", 2),
    "SecurityInstitution": ("organisation", 2),
    "ResearchInstitute": ("organisation", 1),
    "GovernmentAgency": ("organisation", 1),
    "PartyBody": ("organisation", 1),
    "MilitaryBody": ("organisation", 1),
    "StateOwnedEnterprise": ("organisation", 1),
    "Company": ("organisation", 1),
    "Committee": ("organisation", 1),
    "Laboratory": ("laboratory", 3),
    "Agreement": ("agreement", 3),
    "Event": ("event", 0),
    "Conference": ("event", 1),
    "Meeting": ("event", 1),
    "ChangeEvent": ("event", 1),
}
NARY_GROUPS = ("agreement", "event")


ROLE_ORDER = {"party": 0, "organiser": 1, "concerned": 2, "attendee": 3}

#: Literal-valued node attributes: predicate -> (attribute, type).
LITERAL_ATTRIBUTES = {
    "http://www.w3.org/2004/02/skos/core#prefLabel": ("label", str),
    str(DKG.abbreviation): ("abbreviation", str),
    str(DKG.rorId): ("ror_id", str),
    str(DKG.wikidataId): ("wikidata_id", str),
    str(DKG.trackerSlug): ("tracker_slug", str),
    str(DKG.purpose): ("purpose", str),
    str(DKG.topic): ("topic", str),
    str(DKG.description): ("description", str),
    str(DKG.defenceFocused): ("defence_focused", bool),
}
#: Controlled values (SKOS concepts) kept as their concept's local name.
CONCEPT_ATTRIBUTES = {
    str(DKG.riskLevel): "risk_level",
    str(DKG.laboratoryKind): "laboratory_kind",
    str(DKG.agreementKind): "agreement_kind",
    str(DKG.securityCredential): "security_credential",
    str(DKG.researchArea): "research_areas",
    str(DKG.designatedDiscipline): "designated_disciplines",
    str(DKG.defenceLaboratoryResearchArea): "defence_laboratory_research_areas",
    str(DKG.defenceResearchArea): "defence_research_areas",
    # a concept of the ISO 3166-1 scheme (vocab/country/CN): its local name is the alpha-2 code
    str(DKG.country): "country",
}
#: Counts (dkg:Count nodes) kept as an integer attribute and its precision.
COUNT_ATTRIBUTES = {
    str(DKG.attendance): "attendance",
    str(DKG.defenceLaboratoryCount): "defence_laboratory_count",
    str(DKG.designatedDisciplineCount): "designated_discipline_count",
}
#: Sums and shares (dkg:Amount, dkg:Share nodes) kept as a number attribute with its precision, the
#: sum's currency and the year its statement gives: the latest one the sources state.
QUANTITY_ATTRIBUTES = {
    str(DKG.defenceResearchSpending): "defence_research_spending",
    str(DKG.defenceGraduateShare): "defence_graduate_share",
}
#: Temporal values (dkg:TemporalValue nodes) -> attribute prefix; they also give start/end.
TEMPORAL_ATTRIBUTES = {str(DKG.date): "date", str(DKG.established): "established"}
#: The predicates of the edges (each hop of a rule's path).
EDGE_PREDICATES = frozenset(str(DKG[p]) for rule in EDGE_POLICY for p in rule.path)
CERTAINTY_ORDER = {c: i for i, c in enumerate(CERTAINTIES)}
CERTAINTY_IRI = "https://w3id.org/defence-kg/vocab/certainty/"


def hedged_certainties(weakest: str) -> list[str]:
    """The hedged certainties (implied, possible) included when ``weakest`` is the weakest one
    included: none for "stated"."""
    if weakest not in CERTAINTY_ORDER:
        raise InputError(
            f"unknown certainty '{weakest}'",
            why="the weakest certainty of the facts to include",
            fix=f"use one of: {', '.join(CERTAINTIES)}",
        )
    return [c for c in CERTAINTIES[1:] if CERTAINTY_ORDER[c] <= CERTAINTY_ORDER[weakest]]


def weaker(a: str | None, b: str | None) -> str | None:
    """The weaker of two certainties (a link through two facts is no firmer than either)."""
    if a is None or b is None:
        return a or b
    return max(a, b, key=lambda c: CERTAINTY_ORDER.get(c, 9))


PREFIXES = """PREFIX dkg: <https://w3id.org/defence-kg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""


def local(iri) -> str:
    text = str(iri)
    return text.rsplit("#", 1)[-1] if "#" in text else text.rstrip("/").rsplit("/", 1)[-1]


def _window(attrs: dict, prefix: str, temporal: dict) -> None:
    """The first and last day a date's precision leaves open, as ``<prefix>_earliest``/``_latest``."""
    if "start" in temporal:
        attrs[f"{prefix}_earliest"] = temporal["start"]
    if "end" in temporal:
        attrs[f"{prefix}_latest"] = temporal["end"]


def _values(name: str, iris) -> str:
    return f"VALUES ?{name} {{ {' '.join(f'<{i}>' for i in sorted(iris))} }}"


def interval(when: str | None, earliest: str | None = None, latest: str | None = None) -> tuple[str | None, str | None]:
    """The first and last day (ISO dates) a date at its precision covers; bounds when no value."""
    start = end = None
    if when:
        parts = when[:10].split("-")
        try:
            year = int(parts[0])
            if len(parts) == 1:
                start, end = f"{year:04d}-01-01", f"{year:04d}-12-31"
            elif len(parts) == 2:
                month = int(parts[1])
                last = calendar.monthrange(year, month)[1]
                start, end = f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"
            else:
                start = end = f"{year:04d}-{int(parts[1]):02d}-{int(parts[2]):02d}"
        except ValueError:
            start = end = None
    return start or (earliest[:10] if earliest else None), end or (latest[:10] if latest else None)


def _temporal_query(subjects_predicates: str) -> str:
    """The TemporalValues of the (subject, predicate) pairs a graph pattern matches (``?s ?p ?t``)."""
    return (
        PREFIXES
        + f"""
        SELECT ?s ?p ?when ?prec ?edtf ?earliest ?latest ?verbatim WHERE {{
          {subjects_predicates}
          ?t a dkg:TemporalValue .
          OPTIONAL {{ ?t dkg:when ?when }} OPTIONAL {{ ?t dkg:precision ?prec }}
          OPTIONAL {{ ?t dkg:edtf ?edtf }} OPTIONAL {{ ?t dkg:earliest ?earliest }}
          OPTIONAL {{ ?t dkg:latest ?latest }} OPTIONAL {{ ?t dkg:verbatim ?verbatim }}
        }} ORDER BY ?s ?p ?t"""
    )


def _temporal(rows: list[tuple]) -> dict[tuple[str, str], dict]:
    """TemporalValue attributes by (subject, predicate), from the rows of a ``_temporal_query``
    (the first value of each pair). A value is used when present and not empty (the shapes allow
    dates and strings only)."""
    out: dict[tuple[str, str], dict] = {}
    for s, p, when, prec, edtf, earliest, latest, verbatim in rows:
        key = (s, p)
        if key in out:
            continue
        start, end = interval(when or None, earliest or None, latest or None)
        # the EDTF reading first: "around 2017" is 2017~, not the 2017 of its dkg:when
        value = edtf or when or verbatim or None
        precision = local(prec) if prec else ("interval" if edtf or earliest or latest else None)
        out[key] = {
            k: v
            for k, v in {
                "value": value,
                "precision": precision,
                "start": start,
                "end": end,
                "verbatim": verbatim or None,
            }.items()
            if v is not None
        }
    return out


def _add(attrs: dict, name: str, value) -> None:
    """Set a scalar attribute; several values of a string attribute are joined, sorted."""
    if name not in attrs:
        attrs[name] = value
    elif isinstance(value, str) and value not in attrs[name].split("; "):
        attrs[name] = "; ".join(sorted([*attrs[name].split("; "), value]))


def _hedge(attrs: dict, name: str, certainty: str) -> None:
    """Mark an attribute taken from a hedged fact with ``<name>_certainty`` (its weakest value's)."""
    if certainty != "stated":
        attrs[f"{name}_certainty"] = weaker(attrs.get(f"{name}_certainty"), certainty)


def statement_predicates(certainty: str = "stated") -> frozenset[str]:
    """The predicates whose statements the view reads: the edges' (for their evidence) and, when
    hedged facts are included, the attributes' and dates' (which such a statement may give).
    A dataset read without the other statements gives the same graph (see ``dataset.read``)."""
    dated = EDGE_PREDICATES | QUANTITY_ATTRIBUTES.keys()  # a sum's year is on its statement
    if not hedged_certainties(certainty):
        return dated
    return dated | {*LITERAL_ATTRIBUTES, *CONCEPT_ATTRIBUTES, *TEMPORAL_ATTRIBUTES}


def _queries(certainty: str) -> dict[str, tuple[str, bool]]:
    """Every query of the view, by name, in the order the view reads their answers: (text,
    whether its cells are typed, see ``Store.rows``). None depends on another's answer."""
    hedged = hedged_certainties(certainty)
    classes = _values("c", [DKG[c] for c in NODE_CLASSES])
    attributes = _values("p", [URIRef(p) for p in (*LITERAL_ATTRIBUTES, *CONCEPT_ATTRIBUTES)])
    dated = _values("p", [URIRef(p) for p in TEMPORAL_ATTRIBUTES])
    queries = {
        "kinds": (PREFIXES + f"SELECT ?n ?c WHERE {{ {classes} ?n a ?c FILTER(isIRI(?n)) }}", False),
        # in no order: the values of each attribute are put in their terms' order (_in_term_order)
        "attributes": (
            PREFIXES + f"SELECT ?n ?p ?o ?n_c WHERE {{ {attributes} {_hop('n', '?p', 'o', hedged)} }}",
            True,
        ),
        "counts": (
            PREFIXES
            + f"""SELECT ?n ?p ?v ?prec WHERE {{
            {_values("p", [URIRef(p) for p in COUNT_ATTRIBUTES])}
            ?n ?p ?c . ?c a dkg:Count ; dkg:value ?v . OPTIONAL {{ ?c dkg:countPrecision ?prec }}
            }} ORDER BY ?n ?p ?c""",
            True,
        ),
        "quantities": (
            PREFIXES
            + f"""SELECT ?n ?p ?v ?currency ?prec ?year WHERE {{
            {_values("p", [URIRef(p) for p in QUANTITY_ATTRIBUTES])}
            ?n ?p ?q . {{ ?q dkg:amount ?v }} UNION {{ ?q dkg:percent ?v }}
            OPTIONAL {{ ?q dkg:currency ?currency }} OPTIONAL {{ ?q dkg:countPrecision ?prec }}
            OPTIONAL {{ ?st rdf:subject ?n ; rdf:predicate ?p ; rdf:object ?q ; dkg:pointInTime/dkg:when ?year }}
            }} ORDER BY ?n ?p DESC(?year) ?q""",
            True,
        ),
        "dates": (_temporal_query(f"{dated} ?s ?p ?t ."), False),
    }
    for cert in hedged:  # a date only a hedged statement gives
        pattern = f"{dated} ?st a dkg:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?t ; "
        queries[f"dates:{cert}"] = (_temporal_query(pattern + f"dkg:certainty <{CERTAINTY_IRI}{cert}> ."), False)
    # the statements and their sources' details in two flat queries, joined in Python (one query
    # with nested OPTIONALs looked each source up again for every statement it backs, and sorted
    # on twelve columns: half the view's query time at a million quads)
    queries["evidence"] = (
        PREFIXES
        + f"""
        SELECT ?st ?s ?p ?o ?doc ?quote ?cert ?by ?citation ?stake WHERE {{
          {_values("p", EDGE_PREDICATES)}
          ?st a dkg:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
          OPTIONAL {{ ?st prov:wasDerivedFrom ?doc }} OPTIONAL {{ ?st dkg:quote ?quote }}
          OPTIONAL {{ ?st dkg:certainty ?cert }} OPTIONAL {{ ?st dkg:assertedBy ?by }}
          OPTIONAL {{ ?st dkg:citation ?citation }} OPTIONAL {{ ?st dkg:stakePercent ?stake }}
        }}""",
        False,
    )
    queries["sources"] = (
        PREFIXES
        + """
        SELECT ?doc ?url ?title ?publisher WHERE {
          { ?doc schema:url|<http://www.w3.org/2000/01/rdf-schema#seeAlso> ?url }
          UNION { ?doc <http://purl.org/dc/terms/title> ?title }
          UNION { ?doc <http://purl.org/dc/terms/publisher>/skos:prefLabel ?publisher FILTER(lang(?publisher) = "en") }
        }""",
        False,
    )
    queries["statement-dates"] = (
        _temporal_query(
            """VALUES ?q { dkg:startDate dkg:endDate dkg:pointInTime }
                               ?s ?q ?t . ?s a dkg:Statement . BIND(?q AS ?p)"""
        ),
        False,
    )
    for rule in EDGE_POLICY:
        if len(rule.path) == 1:
            pattern = _hop("s", f"dkg:{rule.path[0]}", "o", hedged) + " BIND(?s AS ?m)"
        else:
            first, second = (f"dkg:{p}" for p in rule.path)
            pattern = _hop("s", first, "m", hedged) + " " + _hop("m", second, "o", hedged)
        # ordered where a link may pass through several nodes (the first gives the edge's "via");
        # a plain edge's rows are distinct links, sorted with the edges
        order = " ORDER BY ?s ?o ?m" if len(rule.path) > 1 else ""
        queries[f"edges:{rule.kind}"] = (PREFIXES + f"SELECT DISTINCT ?s ?m ?o WHERE {{ {pattern} }}{order}", False)
    return queries


class _Answers:
    """The view's queries, each answered when its rows are asked for. (A thread answering the next
    ones meanwhile saved nothing: Oxigraph holds Python's lock while it yields a query's rows,
    and these queries do most of their work as their rows are yielded.)"""

    def __init__(self, store, queries: dict[str, tuple[str, bool]]) -> None:
        self._store, self._queries = store, dict(queries)

    def rows(self, name: str) -> list[tuple]:
        text, typed = self._queries.pop(name)
        rows: list[tuple] = self._store.rows(text, typed=typed)
        return rows


def _nodes(answers: _Answers, certainty: str = "stated") -> dict[str, dict]:
    """Nodes with their attributes: from plain edges, and from the statements of the hedged
    certainties included (such an attribute gets ``<name>_certainty``, its values' weakest)."""
    kinds: dict[str, str] = {}
    for n, c in answers.rows("kinds"):
        name = local(c)
        old = kinds.get(n)
        if old is None or (NODE_CLASSES[name][1], name) > (NODE_CLASSES[old][1], old):
            kinds[n] = name
    nodes: dict[str, dict] = {n: {"kind": k, "group": NODE_CLASSES[k][0]} for n, k in kinds.items()}
    for (n, name), found in _attribute_values(answers.rows("attributes"), nodes).items():
        for value, cert in found:
            _add(nodes[n], name, value)
            _hedge(nodes[n], name, cert)
    for n, p, v, prec in answers.rows("counts"):
        attrs = nodes.get(n)
        name = COUNT_ATTRIBUTES[p]
        if attrs is None or name in attrs:
            continue
        try:
            attrs[name] = int(_python(v) if type(v) is Lit else _text(v))
        except (TypeError, ValueError):
            continue
        if prec is not None:
            attrs[f"{name}_precision"] = local(_text(prec))
    for n, p, v, currency, prec, year in answers.rows("quantities"):
        attrs = nodes.get(n)
        name = QUANTITY_ATTRIBUTES[p]
        if attrs is None or name in attrs:
            continue  # the latest of several (the rows are ordered by year, latest first)
        try:
            attrs[name] = float(_text(v))
        except ValueError:
            continue
        for suffix, cell in (("currency", currency), ("year", year)):
            if cell is not None:
                attrs[f"{name}_{suffix}"] = _text(cell)
        if prec is not None:
            attrs[f"{name}_precision"] = local(_text(prec))
    temporal = {k: (v, "stated") for k, v in _temporal(answers.rows("dates")).items()}
    for cert in hedged_certainties(certainty):  # a date only a hedged statement gives, if no firmer one is known
        for k, v in _temporal(answers.rows(f"dates:{cert}")).items():
            temporal.setdefault(k, (v, cert))
    for (n, p), (t, cert) in sorted(temporal.items()):
        attrs = nodes.get(n)
        if attrs is None:
            continue
        prefix = TEMPORAL_ATTRIBUTES[p]
        _hedge(attrs, prefix, cert)
        if "value" in t:
            attrs[prefix] = t["value"]
        if "precision" in t:
            attrs[f"{prefix}_precision"] = t["precision"]
        # the node exists on the timeline from its date (events, agreements) or founding, with no
        # end unless a source gives one: an agreement of "2016" does not end in December 2016.
        # The window a date's precision leaves open is kept as attributes.
        if "start" in t and "start" not in attrs:
            attrs["start"] = t["start"]
            _window(attrs, prefix, t)
    for iri, attrs in nodes.items():
        attrs.setdefault("label", local(iri))
    return nodes


def _attribute_values(rows: list[tuple], nodes: dict[str, dict]) -> dict[tuple[str, str], list]:
    """The literal and controlled-value attributes of the nodes: (node, attribute) -> its values,
    each with its strongest certainty (a value stated by one source and implied by another is
    stated), in the order of their RDF terms (rdflib's order: the first of several booleans wins)."""
    strongest: dict[tuple, str] = {}
    for n, p, o, c in rows:
        if n not in nodes:
            continue
        cert = local(c) if c is not None else "stated"
        key = (n, p, o)
        old = strongest.get(key)
        if old is None or CERTAINTY_ORDER.get(cert, 9) < CERTAINTY_ORDER.get(old, 9):
            strongest[key] = cert
    found: dict[tuple[str, str], list] = defaultdict(list)
    for (n, p, o), cert in strongest.items():
        named = _attribute(p, o)
        if named is not None:
            found[(n, named[0])].append((o, named[1], cert))
    return {key: [(value, cert) for _, value, cert in _in_term_order(values)] for key, values in found.items()}


def _attribute(p: str, o: str | Lit) -> tuple[str, str | bool] | None:
    """The attribute a value of a literal or concept predicate gives, and its value (None: none)."""
    if p in CONCEPT_ATTRIBUTES:
        return (CONCEPT_ATTRIBUTES[p], local(o)) if _is_iri(o) else None
    if type(o) is not Lit:
        return None
    name, kind = LITERAL_ATTRIBUTES[p]
    if name == "label":
        lang = (o.language or "").lower()
        if lang not in ("en", "") and not lang.startswith("zh"):
            return None
        name = "label" if lang in ("en", "") else "label_zh"
    if kind is bool:
        value = _python(o)
        return (name, value) if isinstance(value, bool) else None
    return name, o.value


XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"
XSD_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"


def _python(lit: Lit):
    """A literal's value as rdflib's ``toPython`` gives it, without making an rdflib term for the
    two datatypes the view reads (making terms took longer than the rest of the attributes): an
    xsd:integer is ``int`` of its text (the literal itself if that fails), an xsd:boolean is true
    for "true" or "1" in any case, else false."""
    if lit.datatype == XSD_INTEGER:
        try:
            return int(lit.value)
        except ValueError:
            return lit.term()
    if lit.datatype == XSD_BOOLEAN:
        return lit.value.lower() in ("true", "1")
    return lit.term().toPython()


def _is_iri(cell) -> bool:
    """Whether a typed cell of ``Store.rows`` is an IRI (not a literal, a blank node or unbound)."""
    return type(cell) is str and not cell.startswith("_:")


def _text(cell) -> str:
    """A typed cell's text, as an untyped one gives it (a literal's lexical form, a blank node's id)."""
    if type(cell) is Lit:
        return cell.value
    return cell[2:] if cell.startswith("_:") else cell


def _in_term_order(values: list) -> list:
    """(term, ...) tuples sorted by their terms as rdflib orders them (literals by datatype,
    language and value; rdflib terms are made only when there is more than one to order)."""
    if len(values) < 2:
        return values
    return sorted(values, key=lambda v: v[0].term() if type(v[0]) is Lit else URIRef(v[0]))


def _least(old: str | None, new: str | None) -> str | None:
    """Of two cells, the one SPARQL's ORDER BY puts first among bound ones (None if neither is
    bound): the lesser text, for cells of one kind (IRIs; or literals, which it orders by text)."""
    return new if old is None or (new is not None and new < old) else old


def _sources(rows: list[tuple]) -> dict[str, tuple[set[str], str | None, str | None]]:
    """Each source document's URLs, first title and first English publisher name."""
    urls: dict[str, set[str]] = defaultdict(set)
    titles: dict[str, str] = {}
    publishers: dict[str, str] = {}
    for doc, url, title, publisher in rows:
        if url is not None:
            urls[doc].add(url)
        elif title is not None:
            titles[doc] = min(titles.get(doc, title), title)
        elif publisher is not None:
            publishers[doc] = min(publishers.get(doc, publisher), publisher)
    return {doc: (urls.get(doc, set()), titles.get(doc), publishers.get(doc)) for doc in {*urls, *titles, *publishers}}


def _statements(answers: _Answers) -> dict[tuple[str, str, str], dict[str, dict]]:
    """The statements of each (subject, predicate, object) fact of an edge predicate, each with its
    evidence: its sources' URLs (``docs``; a source's IRI when it has none) and, as the ordered
    query this replaces gave them, its first source, that source's or a later one's first title and
    publisher, and its first quote, certainty, asserting agent and citation."""
    found: dict[tuple[str, str, str, str], list] = {}
    for st, s, p, o, doc, quote, cert, by, citation, stake in answers.rows("evidence"):
        seen = found.get((st, s, p, o))
        if seen is None:
            found[(st, s, p, o)] = [set() if doc is None else {doc}, quote, cert, by, citation, stake]
            continue
        if doc is not None:
            seen[0].add(doc)
        seen[1:] = map(_least, seen[1:], (quote, cert, by, citation, stake))
    sources = _sources(answers.rows("sources"))
    no_source: tuple[set[str], None, None] = (set(), None, None)
    statements: dict[tuple[str, str, str], dict[str, dict]] = defaultdict(dict)
    for (st, s, p, o), (docs, quote, cert, by, citation, stake) in found.items():
        entry: dict = {"docs": set()}
        for doc in sorted(docs):
            urls, title, publisher = sources.get(doc, no_source)
            entry["docs"].update(urls or (doc,))
            entry.setdefault("source_document", doc)
            if title is not None:
                entry.setdefault("source_title", title)
            if publisher is not None:
                entry.setdefault("source_publisher", publisher)
        for name, value in (("quote", quote), ("certainty", cert), ("asserted_by", by), ("citation", citation)):
            if value is not None:
                entry[name] = local(value) if name == "certainty" else value
        if stake is not None:  # (a shareholder's stake, in per cent: ``dkg:stakePercent``)
            entry["stake_percent"] = float(stake)
        statements[(s, p, o)][st] = entry
    return statements


def _evidence(answers: _Answers) -> dict[tuple[str, str, str], dict]:
    """The evidence of each (subject, predicate, object) fact of an edge predicate, from its
    statement node(s)."""
    statements = _statements(answers)
    dates = _temporal(answers.rows("statement-dates"))
    point_in_time, start_date, end_date = str(DKG.pointInTime), str(DKG.startDate), str(DKG.endDate)
    out = {}
    for fact, by_statement in statements.items():
        ranked = list(by_statement.items())
        if len(ranked) > 1:
            # the firmest statement, and of those one that dates the fact ("administered by the PLA
            # Navy from 2004 to 2012" before "formerly supervised by the PLA Navy")
            ranked.sort(
                key=lambda kv: (
                    CERTAINTY_ORDER.get(kv[1].get("certainty", ""), 9),
                    not any((kv[0], q) in dates for q in (point_in_time, start_date, end_date)),
                    kv[0],
                )
            )
        st, best = ranked[0]
        ev = {k: v for k, v in best.items() if k != "docs"}
        ev["statement"] = st
        docs = best["docs"] if len(ranked) == 1 else set().union(*(e["docs"] for _, e in ranked))
        ev["source_url"] = " ".join(sorted(docs))
        ev["evidence_count"] = len(ranked)
        point = dates.get((st, point_in_time))
        start = dates.get((st, start_date))
        end = dates.get((st, end_date))
        if point:
            # on the timeline for the time the source gives, no longer: "In 2015, AU trained officers
            # for the PLA Navy" says nothing of 2016 (an agreement's or event's date is its node's)
            ev.update(
                date=point.get("value"),
                date_precision=point.get("precision"),
                start=point.get("start"),
                end=point.get("end"),
            )
            _window(ev, "date", point)
        if start:
            ev.update(start_date=start.get("value"), start=start.get("start"))
        if end:
            ev.update(end_date=end.get("value"), end=end.get("end"))
        out[fact] = {k: v for k, v in ev.items() if v is not None}
    return out


def _evidence_beside(args: tuple, _index: int) -> dict[tuple[str, str, str], dict]:
    store, queries = args
    return _evidence(_Answers(store, queries))


#: From this many quads in the store read, the view makes the edges' evidence in a forked process
#: (``to_networkx``). Below it the fork costs what it saves: with 48,518 quads read (the 100k
#: benchmark workload) the view took 0.16 s either way, seven rounds each.
FORK_FROM = 100_000


def _hop(x: str, predicate: str, y: str, hedged: list[str]) -> str:
    """A graph pattern for one fact (x predicate y; ``predicate`` a SPARQL term): its plain edge
    (a stated fact), or a statement of one of the ``hedged`` certainties (bound to ?<x>_c)."""
    plain = f"{{ ?{x} {predicate} ?{y} }}"
    if not hedged:
        return plain
    allowed = ", ".join(f"<{CERTAINTY_IRI}{c}>" for c in hedged)
    return (
        f"{{ {plain} UNION {{ ?{x}_st a dkg:Statement ; rdf:subject ?{x} ; rdf:predicate {predicate} ; "
        f"rdf:object ?{y} ; dkg:certainty ?{x}_c . FILTER(?{x}_c IN ({allowed})) }} }}"
    )


def _edges(
    answers: _Answers, nodes: dict[str, dict], evidence: dict[tuple[str, str, str], dict]
) -> list[tuple[str, str, str, dict]]:
    edges: dict[tuple[str, str, str], dict] = {}
    for rule in EDGE_POLICY:
        relation, first_hop = str(DKG[rule.path[-1]]), str(DKG[rule.path[0]])
        for s, m, o in answers.rows(f"edges:{rule.kind}"):
            if s not in nodes or o not in nodes or s == o:
                continue
            ev = evidence.get((m, relation, o), {})
            attrs = {"kind": rule.kind, "relation": relation, "label": rule.label}
            if rule.role:
                attrs["role"] = rule.role
                for name in ("date", "date_precision", "start", "date_earliest", "date_latest"):
                    if name in nodes[s]:
                        attrs[name] = nodes[s][name]
            attrs.update(ev)
            # a plain edge is a stated fact; a path through a node is no firmer than its first hop
            attrs["certainty"] = ev.get("certainty", "stated")
            if m != s:
                attrs["via"] = m
                first = evidence.get((s, first_hop, m), {}).get("certainty", "stated")
                attrs["certainty"] = weaker(attrs["certainty"], first) or "stated"
            key = (s, o, rule.kind)
            if key in edges:  # the same link through a second intermediate: count it
                edges[key]["evidence_count"] = edges[key].get("evidence_count", 1) + ev.get("evidence_count", 1)
                continue
            edges[key] = attrs
    return [(s, o, k, a) for (s, o, k), a in sorted(edges.items())]


def _fold(nodes: dict[str, dict], edges: list) -> tuple[dict[str, dict], list]:
    """Replace each agreement and event by edges between its participants (every pair)."""
    nary = {n for n, a in nodes.items() if a["group"] in NARY_GROUPS}
    roles: dict[str, list[tuple[int, str, str, dict]]] = defaultdict(list)
    kept = []
    for s, o, k, a in edges:
        if s in nary and "role" in a and o not in nary:
            roles[s].append((ROLE_ORDER.get(a["role"], 9), o, a["role"], a))
        elif s not in nary and o not in nary:
            kept.append((s, o, k, a))
    for n, members in sorted(roles.items()):
        members.sort(key=lambda m: (m[0], m[1]))
        info = nodes[n]
        for i, (_, u, role_u, ev_u) in enumerate(members):
            for _, v, role_v, ev_v in members[i + 1 :]:
                if u == v:
                    continue
                attrs = {
                    "kind": info["group"],
                    "relation": str(DKG[info["kind"]]),
                    "label": f"{role_u}/{role_v} of {info['kind'].lower()}",
                    "role": f"{role_u}/{role_v}",
                    "via": n,
                    "via_label": info["label"],
                    "via_kind": info["kind"],
                }
                for name in ("date", "date_precision", "start", "date_earliest", "date_latest"):
                    if name in info:
                        attrs[name] = info[name]
                for name in (
                    "source_url",
                    "source_document",
                    "source_title",
                    "source_publisher",
                    "quote",
                    "asserted_by",
                    "statement",
                ):
                    value = ev_u.get(name, ev_v.get(name))
                    if value is not None:
                        attrs[name] = value
                # two organisations linked through a node: no firmer than either's part in it
                attrs["certainty"] = weaker(ev_u.get("certainty"), ev_v.get("certainty")) or "stated"
                attrs["evidence_count"] = ev_u.get("evidence_count", 0) + ev_v.get("evidence_count", 0)
                kept.append((u, v, f"{info['group']}:{n}", attrs))
    kept_nodes = {n: a for n, a in nodes.items() if n not in nary}
    return kept_nodes, sorted(kept, key=lambda e: (e[0], e[1], e[2]))


def to_networkx(store, *, agreements: str = "node", certainty: str = "stated") -> nx.MultiDiGraph:
    """The dataset as a MultiDiGraph: node ids are IRIs, edge keys are relation kinds.

    ``certainty`` is the weakest certainty of the facts that become edges: ``"stated"`` (the
    default: plain edges only), ``"implied"`` or ``"possible"``. Every edge has a ``certainty``.

    ``agreements="node"`` keeps agreements and events as nodes linked to their parties,
    organisers and the organisations they concern; ``"fold"`` replaces each by edges between
    every pair of its participants (kind ``agreement`` or ``event``, key ``kind:IRI``, with
    ``via`` naming the agreement). Attribute values are str, int, float or bool, never None or lists.

    >>> from defence_kg import build
    >>> g = to_networkx(build().store)
    >>> g.nodes["https://w3id.org/defence-kg/id/chongqing-university"]["risk_level"]
    'medium'
    """
    if agreements not in AGREEMENT_MODES:
        raise InputError(f"unknown agreements mode '{agreements}'", fix=f"use one of: {', '.join(AGREEMENT_MODES)}")
    with collector.paused():
        queries = _queries(certainty)
        # the edges' evidence is made beside the nodes, in a forked process, when the store is
        # large enough to repay the fork (at a million quads, 2.3 -> 1.8 s for the view)
        fork = len(store) >= FORK_FROM and single_threaded()
        with forked(_evidence_beside, (store, queries), 0, fork=fork) as evidence:
            answers = _Answers(store, queries)
            nodes = _nodes(answers, certainty)
            edges = _edges(answers, nodes, evidence())
        if agreements == "fold":
            nodes, edges = _fold(nodes, edges)
        graph = nx.MultiDiGraph(agreements=agreements, certainty=certainty)
        for n in sorted(nodes):
            graph.add_node(n, **dict(sorted(nodes[n].items())))
        for s, o, k, a in edges:
            graph.add_edge(s, o, key=k, **dict(sorted(a.items())))
    return graph


def sentence(graph, u: str, v: str, key) -> str:
    """One edge as a sentence in its RDF direction, e.g. 'A has exchanges with B'."""
    data = graph.edges[u, v, key]
    s, o = graph.nodes[u].get("label", u), graph.nodes[v].get("label", v)
    if "via_label" in data:
        return f"{s} and {o} are linked through the {data['via_label']} ({data['role']})"
    for rule in EDGE_POLICY:
        if rule.kind == data.get("kind"):
            return rule.sentence.format(s=s, o=o)
    return f"{s} {data.get('label', key)} {o}"


# -- algorithms used by defence_kg.analysis.trace (networkx stays behind this module) --------------


def undirected(graph) -> nx.Graph:
    """The simple undirected view (parallel edges and directions collapsed), in sorted order."""
    view = nx.Graph()
    view.add_nodes_from(sorted(graph.nodes))
    view.add_edges_from(sorted({tuple(sorted((u, v))) for u, v in graph.edges() if u != v}))
    return view


def simple_paths(graph, a: str, b: str, max_hops: int, limit: int) -> list[list[str]]:
    """Up to ``limit`` simple paths from a to b of at most ``max_hops`` edges, shortest first."""
    view = undirected(graph)
    if a not in view or b not in view or a == b:
        return []
    found: list[list[str]] = []
    try:
        for path in nx.shortest_simple_paths(view, a, b):
            if len(path) - 1 > max_hops or len(found) >= limit:
                break
            found.append(path)
    except nx.NetworkXNoPath:
        return []
    return found


def centrality(graph) -> dict[str, dict[str, float]]:
    view = undirected(graph)
    degree = nx.degree_centrality(view) if len(view) > 1 else {n: 0.0 for n in view}
    between = nx.betweenness_centrality(view)
    return {n: {"degree": view.degree(n), "degree_centrality": degree[n], "betweenness": between[n]} for n in view}


def ego(graph, centre: str, radius: int) -> tuple[list[str], list[tuple[str, str, str]]]:
    sub = nx.ego_graph(undirected(graph), centre, radius=radius)
    members = set(sub.nodes)
    edges = sorted((u, v, k) for u, v, k in graph.edges(keys=True) if u in members and v in members)
    return sorted(members), edges


def components(graph) -> list[list[str]]:
    parts = [sorted(c) for c in nx.connected_components(undirected(graph))]
    return sorted(parts, key=lambda c: (-len(c), c[0]))


#: networkx's spring layout needs SciPy from 500 nodes on (not installed); ForceAtlas2 needs only NumPy
SPRING_LIMIT = 500


def layout(graph, *, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Positions to draw the graph (the site's network explorer): each connected component laid
    out with a fixed seed (spring layout, ForceAtlas2 from SPRING_LIMIT nodes on), scaled by its
    size, and the components packed in rows, largest first; isolated nodes fill a grid below.
    Rounded, so deterministic."""
    parts = components(graph)
    view = undirected(graph)
    boxes: list[tuple[list[str], dict[str, tuple[float, float]], float]] = []
    for part in (p for p in parts if len(p) > 1):
        size = 40.0 * len(part) ** 0.5
        # a new graph in sorted order: a subgraph view iterates a set, whose order changes per process
        sub = nx.Graph()
        sub.add_nodes_from(part)
        sub.add_edges_from(sorted(tuple(sorted(e)) for e in view.subgraph(part).edges()))
        if len(part) < SPRING_LIMIT:
            pos = nx.spring_layout(sub, seed=seed, scale=size, iterations=80)
        else:
            pos = nx.rescale_layout_dict(nx.forceatlas2_layout(sub, seed=seed, max_iter=60), scale=size)
        boxes.append((part, {n: (float(x) + size, float(y) + size) for n, (x, y) in pos.items()}, 2 * size))
    width = max([b[2] for b in boxes] + [1200.0])
    out: dict[str, tuple[float, float]] = {}
    x = y = row = 0.0
    for _, pos, side in boxes:
        if x and x + side > width:
            x, y, row = 0.0, y + row + 60, 0.0
        out.update({n: (round(px + x, 1), round(py + y, 1)) for n, (px, py) in pos.items()})
        x, row = x + side + 60, max(row, side)
    y += row + 80
    singles = [p[0] for p in parts if len(p) == 1]
    per_row = max(1, int(width // 40))
    for i, n in enumerate(singles):
        out[n] = (round(40.0 * (i % per_row), 1), round(y + 40.0 * (i // per_row), 1))
    return out

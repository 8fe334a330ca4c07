"""publishing: HTML pages of the site (entity pages, index, timeline, sources, ontology,
vocabularies, downloads).

Python prepares plain data (values to show, grouped facts, de-duplicated evidence, the network
layout); the Jinja2 templates in ``templates/`` write the markup, autoescaped. No remote resource.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from defence_kg.core.namespaces import DKG, ID, SCHEMA, VOCAB
from defence_kg.exports.policy import DEFENCE_LINKS
from defence_kg.publish.site_dumps import OWN_LICENCE, OWN_LICENCE_NAME, source_licence
from defence_kg.publish.site_explore import location_view
from defence_kg.publish.site_model import (
    Entity,
    Evidence,
    Fact,
    Facts,
    SiteModel,
    slug_of,
)
from defence_kg.publish.site_svg import MAX_NEIGHBOURS, network_layout

#: how facts are grouped on entity pages (predicate local name -> section)
SECTIONS = {
    "Identity": [
        "abbreviation",
        "country",
        "rorId",
        "wikidataId",
        "trackerSlug",
        "description",
        "category",
        "listedOn",
        "formerlyListedOn",
        "established",
        "establishedBy",
        "establishedFollowing",
        "laboratoryKind",
    ],
    "Supervision and structure": [
        "supervisedBy",
        "subordinateTo",
        "jointlySupervisedBy",
        "formerlySupervisedBy",
        "hostedBy",
        "unitOf",
        "subsidiaryOf",
        "predecessorOf",
        "separatedFrom",
        "shareholderOf",
        "memberOf",
    ],
    "Defence links": [
        *DEFENCE_LINKS,
        "formerlyCollaboratedWith",
        "securityCredential",
        "defenceFocused",
        "defenceLaboratoryCount",
        "defenceResearchSpending",
        "defenceGraduateShare",
        "designatedDiscipline",
        "designatedDisciplineCount",
        "defenceResearchArea",
        "activity",
    ],
    "Research": ["researchArea", "studentResearchArea"],
    "Agreement or event": [
        "party",
        "concerns",
        "agreementKind",
        "purpose",
        "date",
        "organisedBy",
        "topic",
        "attendance",
        "attendeeGroup",
    ],
}
SKIP = {
    str(RDF.type),
    str(SKOS.prefLabel),
    str(SKOS.altLabel),
    str(SKOS.hiddenLabel),
    str(SKOS.editorialNote),
    str(DKG.riskLevel),
    str(DKG.riskDesignation),
    "http://purl.org/dc/terms/source",
}


def _spelled(value):
    """Autoescape in the entity spelling the site has always written (``&quot;``, ``&#x27;``,
    as markupsafe writes ``&#34;``, ``&#39;``), so pages stay byte-identical; markup passes."""
    if hasattr(value, "__html__"):
        return value
    return Markup(str(escape(value)).replace("&#34;", "&quot;").replace("&#39;", "&#x27;"))


def _script_json(text: str) -> Markup:
    """JSON for a ``<script>`` element: ``</`` written as ``<\\/`` so it cannot close the element."""
    return Markup(text.replace("</", "<\\/"))


ENV = Environment(
    loader=PackageLoader("defence_kg.publish", "templates"),
    autoescape=True,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
    undefined=StrictUndefined,
    finalize=_spelled,
)
ENV.filters["script_json"] = _script_json


# ---- what templates show ---------------------------------------------------------------------


@dataclass(frozen=True)
class Bound:
    """An earliest or latest bound of an uncertain date."""

    word: str  # "not before" | "not after"
    value: str
    kind: str  # "firm" | "soft"
    evidence: Value | None


@dataclass(frozen=True)
class DateView:
    """A temporal value; fields are None where the data has nothing to show."""

    when: str | None
    shown: str
    precision: str | None
    verbatim: str | None
    edtf: str | None
    bounds: tuple[Bound, ...]
    fallback: str | None  # the label, shown only when nothing else is


@dataclass(frozen=True)
class Value:
    """A value as pages show it; ``kind`` picks the markup of the ``value`` macro: link (``text``
    linked to ``href``), literal (``text`` with its ``lang``), text, code, count, date (``date``),
    attendees (``text`` and the organisation in ``source``)."""

    kind: str
    text: str = ""
    href: str = ""
    lang: str = ""
    date: DateView | None = None
    source: Value | None = None


@dataclass(frozen=True)
class EvidenceView:
    """One statement's evidence: its record (``source``, None when it has none: a curators'
    assertion), what it rests on otherwise (``basis``, with the curators' ``note``), and how firmly
    it gives the fact."""

    quote: str | None
    source: str | None
    url: str | None
    date: str | None
    citation: str | None
    citation_is_url: bool
    according_to: str | None
    asserted_by: Value | None
    certainty: Value | None
    basis: Value | None
    note: str | None
    when: tuple[tuple[str, DateView], ...] = ()
    """The statement's time qualifiers: the qualifier's label ("start date") and its date."""
    stake: str | None = None
    """A shareholder's stake the statement gives, in per cent ("35.5")."""


@dataclass(frozen=True)
class Row:
    """One row of a facts table: a property and its value (or, incoming, the linking entity),
    the fact's certainty (``stated``, ``implied`` or ``possible``: the firmest of its statements;
    None when no statement gives one) and its evidence."""

    predicate: Value
    value: Value
    incoming: bool
    evidence: tuple[EvidenceView, ...]
    certainty: str | None


def render(template: str, **context) -> str:
    return ENV.get_template(template).render(**context)


class Pages:
    def __init__(self, model: SiteModel, base_url: str) -> None:
        self.m = model
        self.base = base_url.rstrip("/") + "/"

    # ---- values ------------------------------------------------------------------------------

    def value(self, node, *, depth: int = 1) -> Value:
        """How a node is shown: a link to its page or term, a literal, a date, a count, …"""
        m, up = self.m, "../" * depth
        if isinstance(node, Literal):
            return Value("literal", str(node), lang=node.language or "")
        if node in m.entities:
            return Value("link", m.label(node), f"{up}id/{slug_of(node)}.html")
        text = str(node)
        if text.startswith(str(VOCAB)):
            return Value("link", m.label(node), f"{up}vocabularies.html#{_anchor(text)}")
        if text.startswith(str(DKG)):
            return Value("link", m.label(node), f"{up}ontology.html#{text.split('#')[-1]}")
        if m.has_type(node, DKG.TemporalValue):
            return Value("date", date=self.date(node, depth=depth))
        if m.has_type(node, DKG.Count):
            return Value("count", self.count(node))
        if m.has_type(node, DKG.Amount):
            amount, currency = self.m.value(node, DKG.amount), self.m.value(node, DKG.currency)
            return Value("count", f"{self.precision_word(node)}{Decimal(str(amount)):,} {currency}")
        if m.has_type(node, DKG.Share):
            return Value("count", f"{self.precision_word(node)}{self.m.value(node, DKG.percent)}%")
        if m.has_type(node, DKG.AttendeeGroup):
            frm = m.value(node, DKG.fromOrganisation)
            return Value(
                "attendees",
                m.text(m.value(node, DKG.description)) or "attendees",
                source=self.value(frm, depth=depth) if frm is not None else None,
            )
        if text.startswith(str(ID)):
            return Value("text", m.label(node))
        # another vocabulary's term the ontology labels (skos:prefLabel "name", owl:sameAs "same as")
        labelled = m.objects(node, RDFS.label) or m.objects(node, SKOS.prefLabel)
        return Value("link", m.label(node) if labelled else text, text)

    def count(self, node) -> str:
        """A count with its precision in words ("at least 2", "around 200")."""
        return f"{self.precision_word(node)}{self.m.value(node, DKG.value)}"

    def precision_word(self, node) -> str:
        """How exact a count, amount or share is, in words: "at least ", "around " or nothing."""
        precision = self.m.value(node, DKG.countPrecision)
        return {"minimum": "at least ", "approximate": "around "}.get(str(precision).rsplit("/", 1)[-1], "")

    def date(self, node, *, depth: int = 1) -> DateView:
        m = self.m
        verbatim, when, precision = m.value(node, DKG.verbatim), m.value(node, DKG.when), m.value(node, DKG.precision)
        edtf = m.value(node, DKG.edtf)
        bounds = []
        for bound, ev_prop, hard_prop, word in (
            (DKG.earliest, DKG.earliestEvidence, DKG.earliestIsHard, "not before"),
            (DKG.latest, DKG.latestEvidence, DKG.latestIsHard, "not after"),
        ):
            value = m.value(node, bound)
            if value is None:
                continue
            hard = m.value(node, hard_prop)
            ev = m.value(node, ev_prop)
            bounds.append(
                Bound(
                    word,
                    str(value),
                    "firm" if hard is not None and hard.toPython() is True else "soft",
                    self.value(ev, depth=depth) if ev is not None and ev in m.entities else None,
                )
            )
        anything = when is not None or verbatim is not None or edtf is not None or bounds
        return DateView(
            m.text(when),
            str(verbatim or when),
            m.label(precision) if precision else None,
            m.text(verbatim),
            m.text(edtf),
            tuple(bounds),
            None if anything else m.label(node),
        )

    def evidence(self, evs: list[Evidence], *, depth: int = 1) -> tuple[EvidenceView, ...]:
        """The evidence of a fact, once per (quote, document, asserting party, basis, certainty)."""
        seen, items = set(), []
        for ev in evs:
            key = (ev.quote, ev.document_url, ev.asserted_by, ev.basis, ev.certainty, ev.when, ev.stake)
            if key in seen:
                continue
            seen.add(key)
            items.append(
                EvidenceView(
                    ev.quote,
                    ev.document_title or ev.document_url,
                    ev.document_url,
                    ev.document_date,
                    ev.citation,
                    bool(ev.citation and ev.citation.startswith("http")),
                    ev.according_to,
                    self.value(ev.asserted_by, depth=depth) if ev.asserted_by is not None else None,
                    self.value(ev.certainty, depth=depth) if ev.certainty is not None else None,
                    self.value(ev.basis, depth=depth) if ev.basis is not None else None,
                    ev.note,
                    tuple((self.m.label(q), self.date(v, depth=depth)) for q, v in ev.when),
                    ev.stake,
                )
            )
        return tuple(items)

    def rows(self, facts: list[Fact], *, incoming: bool = False) -> list[Row]:
        return [
            Row(
                self.value(f.predicate),
                self.value(f.subject if incoming else f.object),
                incoming,
                self.evidence(f.evidence),
                str(f.certainty).rsplit("/", 1)[-1] if f.certainty is not None else None,
            )
            for f in facts
        ]

    # ---- entity page -------------------------------------------------------------------------

    def entity(self, e: Entity, facts: Facts, jsonld: str) -> str:
        m = self.m
        name = m.label(e.iri)
        neighbours = self.neighbours(facts)
        distinct = len({(n[0], n[1]) for n in neighbours})
        return render(
            "entity.html",
            up="../",
            e=e,
            name=name,
            zh=m.label(e.iri, "zh"),
            jsonld=jsonld,
            canonical=f"{self.base}id/{e.slug}",
            kind=self.value(m.kind(e)),
            alts="; ".join(sorted({str(v) for v in m.objects(e.iri, SKOS.altLabel)})),
            risk=self.risk(e) if e.group == "organisation" else None,
            location=location_view(m, e) if e.group == "organisation" else None,
            organisation=e.group == "organisation",
            net=network_layout(name, neighbours),
            shown=min(distinct, MAX_NEIGHBOURS),
            distinct=distinct,
            sections=self.sections(facts.outgoing),
            incoming=self.rows(facts.incoming, incoming=True),
        )

    def risk(self, e: Entity) -> dict | None:
        risk = self.m.risk(e)
        if not risk:
            return None
        level = risk["level"]
        return {
            "level": self.m.label(level) if level is not None else "not recorded",
            "slug": str(level).rsplit("/", 1)[-1] if level is not None else "none",
            "rationale": risk["rationale"],
            "as_of": risk["as_of"],
            "assessor": self.value(risk["assessor"]) if risk["assessor"] is not None else None,
            "evidence": self.evidence(risk["evidence"]),
            "history": [
                {
                    "level": self.m.label(h["level"]) if h["level"] is not None else "not recorded",
                    "slug": str(h["level"]).rsplit("/", 1)[-1] if h["level"] is not None else "none",
                    "as_of": h["as_of"],
                    "rationale": h["rationale"],
                    "assessor": self.value(h["assessor"]) if h["assessor"] is not None else None,
                    "evidence": self.evidence(h["evidence"]),
                    "current": h["current"],
                }
                for h in risk["history"]
            ],
        }

    def neighbours(self, facts: Facts) -> list[tuple[str, str, str, bool, str]]:
        """The entities linked to or from this one by stated facts, for the network picture (as in
        the exports by default: a hedged link is listed below it, with its certainty)."""
        m, out = self.m, set()
        for f in (f for f in facts.outgoing if f.plain):
            for target in self._entity_targets(f.object):
                out.add(
                    (m.label(target), f"{slug_of(target)}.html", m.label(f.predicate), True, _edge_kind(f.predicate))
                )
        for f in (f for f in facts.incoming if f.plain):
            out.add(
                (m.label(f.subject), f"{slug_of(f.subject)}.html", m.label(f.predicate), False, _edge_kind(f.predicate))
            )
        return sorted(out)

    def sections(self, facts: list[Fact]) -> list[tuple[int, str, list[Row]]]:
        """The facts grouped into the sections of ``SECTIONS`` (then other facts, then names)."""
        grouped: dict[str, list[Fact]] = {}
        for f in facts:
            if str(f.predicate) in SKIP:
                continue
            local = str(f.predicate).split("#")[-1]
            section = next((s for s, names in SECTIONS.items() if local in names), "Other facts")
            grouped.setdefault(section, []).append(f)
        names = [f for f in facts if f.predicate in (SKOS.prefLabel, SKOS.altLabel) and f.evidence]
        if names:
            grouped.setdefault("Names", []).extend(names)
        return [
            (i, section, self.rows(grouped[section]))
            for i, section in enumerate([*SECTIONS, "Other facts", "Names"])
            if section in grouped
        ]

    def _entity_targets(self, node) -> list[URIRef]:
        m = self.m
        if node in m.entities:
            return [node]
        if isinstance(node, URIRef) and m.has_type(node, DKG.AttendeeGroup):
            return [o for o in m.objects(node, DKG.fromOrganisation) if o in m.entities]
        return []

    # ---- index -------------------------------------------------------------------------------

    def index_rows(self) -> list[dict]:
        m, rows = self.m, []
        for e in m.sorted_entities():
            if e.group != "organisation":
                continue
            risk = m.risk(e)
            level = risk["level"] if risk else None
            cats = m.categories(e)
            rows.append(
                {
                    "slug": e.slug,
                    "name": m.label(e.iri),
                    "zh": m.label(e.iri, "zh"),
                    "aliases": sorted(
                        {
                            str(v)
                            for p in (SKOS.altLabel, SKOS.hiddenLabel, DKG.abbreviation)
                            for v in m.objects(e.iri, p)
                        }
                    ),
                    "kind": m.label(m.kind(e)),
                    "risk": m.label(level) if level is not None else "not recorded",
                    "category": ", ".join(m.label(c) for c in cats) or "not recorded",
                }
            )
        return rows

    def index(self) -> str:
        rows = self.index_rows()
        filters = {key: sorted({v for r in rows for v in r[key].split(", ")}) for key in ("risk", "kind", "category")}
        shown = [
            {
                **r,
                "categories": "|".join(r["category"].split(", ")),
                "search": " ".join([r["name"], r["zh"], *r["aliases"]]).lower(),
            }
            for r in rows
        ]
        data = json.dumps(rows, ensure_ascii=False, sort_keys=True)
        return render("index.html", up="", rows=shown, filters=filters, data=data)

    # ---- timeline ----------------------------------------------------------------------------

    def timeline(self) -> str:
        m, items = self.m, []
        for e in m.sorted_entities():
            for prop, what in ((DKG.date, None), (DKG.established, "established")):
                fact = m.date_fact(e, prop)
                if fact is None:
                    continue
                node = fact.object
                key = str(m.value(node, DKG.when) or m.value(node, DKG.earliest) or m.value(node, DKG.edtf) or "9999")
                label = m.label(e.iri) + (f" — {what}" if what else "")
                items.append((key, e.slug, label, fact, e))
        items.sort(key=lambda t: (t[0], t[1]))
        entries = [
            {
                "date": self.date(fact.object, depth=0),
                "slug": slug,
                "label": label,
                "kind": m.label(m.kind(e)),
                "uncertain": m.value(fact.object, DKG.when) is None,
                # a hedged date is marked (a stated one, the rule, is not: the page says so)
                "certainty": None if fact.plain else str(fact.certainty).rsplit("/", 1)[-1],
            }
            for _, slug, label, fact, e in items
        ]
        return render("timeline.html", up="", entries=entries)

    # ---- sources -----------------------------------------------------------------------------

    def sources(self) -> str:
        m = self.m
        sources = []
        for src in sorted(m.subjects(RDF.type, DKG.Source)):
            text = m.value(src, DCTERMS.license)
            publisher = m.value(src, DCTERMS.publisher)
            sources.append(
                {
                    "slug": slug_of(src),
                    "label": m.label(src),
                    "url": m.text(m.value(src, SCHEMA.url)),
                    "publisher": self.value(publisher, depth=0) if publisher is not None else None,
                    "licence": str(text) if text is not None else "not stated",
                    "licence_iri": source_licence(str(text) if text is not None else None),
                    "graph": str(m.value(src, DKG.namedGraph) or ""),
                    "documents": [
                        {
                            "href": str(m.value(d, SCHEMA.url) or d),
                            "label": m.label(d),
                            "modified": m.text(m.value(d, DCTERMS.modified)),
                        }
                        for d in sorted(m.subjects(DCTERMS.isPartOf, src))
                    ],
                }
            )
        return render(
            "sources.html",
            up="",
            sources=sources,
            curated=m.curated_documents(),
            own_licence=OWN_LICENCE,
            own_licence_name=OWN_LICENCE_NAME,
        )

    # ---- ontology and vocabularies -----------------------------------------------------------

    def ontology(self) -> str:
        m = self.m
        classes = [
            {
                "local": _local(c),
                "label": m.label(c),
                "comment": str(m.value(c, RDFS.comment) or ""),
                "supers": [_term(s) for s in sorted(m.objects(c, RDFS.subClassOf))],
                "examples": [
                    self.value(x, depth=0) for x in sorted(s for s in m.subjects(RDF.type, c) if s in m.entities)[:5]
                ],
            }
            for c in m.terms(OWL.Class)
        ]
        properties = [self.term_property(p) for p in m.properties()]
        return render("ontology.html", up="", namespace=str(DKG), classes=classes, properties=properties)

    def term_property(self, p: URIRef) -> dict:
        """A property of the ontology, with up to three uses from the data."""
        m = self.m
        uses = sorted((s, o) for s, _, o in m.store.match(None, p) if not m.has_type(s, DKG.Statement))[:3]
        dom, rng = m.value(p, RDFS.domain), m.value(p, RDFS.range)
        return {
            "local": _local(p),
            "label": m.label(p),
            "comment": str(m.value(p, RDFS.comment) or ""),
            "domain": _term(dom) if dom is not None else None,
            "range": _term(rng) if rng is not None else None,
            "supers": [_term(x) for x in sorted(m.objects(p, RDFS.subPropertyOf))],
            "uses": [
                (
                    self.value(s, depth=0) if s in m.entities else Value("text", m.label(s)),
                    self.value(o, depth=0)
                    if not isinstance(o, URIRef) or o in m.entities or str(o).startswith(str(VOCAB))
                    else Value("text", m.label(o)),
                )
                for s, o in uses
            ],
        }

    def vocabularies(self) -> str:
        m = self.m
        schemes = [
            {
                "anchor": _anchor(str(scheme)),
                "label": m.label(scheme),
                "comment": str(m.value(scheme, RDFS.comment) or ""),
                "concepts": [
                    {
                        "anchor": _anchor(str(c)),
                        "label": m.label(c),
                        "zh": m.label(c, "zh"),
                        "iri": str(c),
                        "definition": m.text(m.value(c, SKOS.definition)),
                        "used": m.users(c),
                    }
                    for c in sorted(m.subjects(SKOS.inScheme, scheme))
                ],
            }
            for scheme in sorted(m.subjects(RDF.type, SKOS.ConceptScheme))
        ]
        return render("vocabularies.html", up="", schemes=schemes)

    def downloads(self, dumps: list[dict], notes: list[str]) -> str:
        return render("downloads.html", up="", dumps=dumps, notes=notes)


def _term(node) -> Value:
    """An ontology term: linked within the ontology page when it is ours, else its IRI."""
    text = str(node)
    if text.startswith(str(DKG)):
        return Value("link", f"dkg:{_local(text)}", f"#{_local(text)}")
    return Value("code", text)


def _local(iri) -> str:
    return str(iri).split("#")[-1]


def _edge_kind(predicate) -> str:
    """The legend kind of a link in the network picture, from the section its property is shown in."""
    local = str(predicate).split("#")[-1]
    for section, kind in (
        ("Supervision and structure", "structure"),
        ("Defence links", "defence"),
        ("Agreement or event", "event"),
    ):
        if local in SECTIONS[section]:
            return kind
    return "other"


def _anchor(iri: str) -> str:
    return iri[len(str(VOCAB)) :].replace("/", "-") if iri.startswith(str(VOCAB)) else iri.rsplit("/", 1)[-1]

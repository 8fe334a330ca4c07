"""publishing: HTML pages of the site (entity pages, index, timeline, sources, ontology, vocabularies).

Plain f-strings with every value escaped; no template engine, no remote resource.
"""
from __future__ import annotations

import json
from html import escape

from rdflib import Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from defence_kg.core.namespaces import DKG, ID, VOCAB
from defence_kg.publish.site_dumps import OWN_LICENCE, OWN_LICENCE_NAME, source_licence
from defence_kg.publish.site_model import Entity, Evidence, Fact, SiteModel, slug_of
from defence_kg.publish.site_svg import MAX_NEIGHBOURS, network_svg

NAV = [("index.html", "Institutions"), ("timeline.html", "Timeline"), ("sources.html", "Sources"),
       ("ontology.html", "Ontology"), ("vocabularies.html", "Vocabularies"), ("downloads.html", "Downloads")]

#: how facts are grouped on entity pages (predicate local name -> section)
SECTIONS = {
    "Identity": ["abbreviation", "country", "rorId", "wikidataId", "trackerSlug", "description", "category",
                 "listedOn", "established", "establishedBy", "establishedFollowing", "laboratoryKind"],
    "Supervision and structure": ["supervisedBy", "subordinateTo", "jointlySupervisedBy", "hostedBy", "unitOf",
                                  "subsidiaryOf", "predecessorOf", "memberOf"],
    "Defence links": ["hasExchangesWith", "collaboratesWith", "securityCredential", "defenceFocused",
                      "defenceLaboratoryCount", "designatedDiscipline", "designatedDisciplineCount", "activity"],
    "Research": ["researchArea", "studentResearchArea"],
    "Agreement or event": ["party", "concerns", "agreementKind", "purpose", "date", "organisedBy", "topic",
                           "attendance", "attendeeGroup"],
}
SKIP = {str(RDF.type), str(SKOS.prefLabel), str(SKOS.altLabel), str(SKOS.hiddenLabel), str(SKOS.editorialNote),
        str(DKG.riskLevel), str(DKG.riskDesignation), "http://purl.org/dc/terms/source"}


def layout(title: str, body: str, *, depth: int = 0, head: str = "", lang: str = "en") -> str:
    up = "../" * depth
    nav = "".join(f'<li><a href="{up}{href}">{escape(text)}</a></li>' for href, text in NAV)
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{escape(title)} — defence-kg</title>\n'
            f'<link rel="stylesheet" href="{up}assets/style.css">\n{head}</head>\n<body>\n'
            f'<a class="skip" href="#main">Skip to content</a>\n'
            f'<header><p class="site"><a href="{up}index.html">defence-kg</a></p>'
            f'<nav aria-label="Site"><ul>{nav}</ul></nav></header>\n'
            f'<main id="main">\n{body}\n</main>\n'
            f'<footer><p>Every fact cites its evidence. Data: see <a href="{up}sources.html">sources and licences</a>; '
            f'description: <a href="{up}void.ttl">VoID/DCAT</a>.</p></footer>\n</body>\n</html>\n')


class Pages:
    def __init__(self, model: SiteModel, base_url: str) -> None:
        self.m = model
        self.base = base_url.rstrip("/") + "/"

    # ---- small renderers ---------------------------------------------------------------------

    def link(self, node, *, depth: int = 1) -> str:
        m, up = self.m, "../" * depth
        if isinstance(node, Literal):
            lang = f' lang="{escape(node.language)}"' if node.language else ""
            return f"<span{lang}>{escape(str(node))}</span>"
        if node in m.entities:
            return f'<a href="{up}id/{escape(slug_of(node))}.html">{escape(m.label(node))}</a>'
        text = str(node)
        if text.startswith(str(VOCAB)):
            return f'<a href="{up}vocabularies.html#{escape(_anchor(text))}">{escape(m.label(node))}</a>'
        if text.startswith(str(DKG)):
            return f'<a href="{up}ontology.html#{escape(text.split("#")[-1])}">{escape(m.label(node))}</a>'
        if (node, RDF.type, DKG.TemporalValue) in m.g:
            return self.date(node, depth=depth)
        if (node, RDF.type, DKG.Count) in m.g:
            return self.count(node)
        if (node, RDF.type, DKG.AttendeeGroup) in m.g:
            frm = m.g.value(node, DKG.fromOrganisation)
            desc = escape(m.text(m.g.value(node, DKG.description)) or "attendees")
            return desc + (f" (from {self.link(frm, depth=depth)})" if frm is not None else "")
        if text.startswith(str(ID)):
            return escape(m.label(node))
        return f'<a href="{escape(text)}">{escape(text)}</a>'

    def count(self, node) -> str:
        g = self.m.g
        value = g.value(node, DKG.value)
        precision = g.value(node, DKG.countPrecision)
        word = {"minimum": "at least ", "approximate": "around ", "exact": ""}.get(
            str(precision).rsplit("/", 1)[-1] if precision else "exact", "")
        return f'<span class="count">{escape(word)}{escape(str(value))}</span>'

    def date(self, node, *, depth: int = 1) -> str:
        g, m = self.m.g, self.m
        parts = []
        verbatim = g.value(node, DKG.verbatim)
        when = g.value(node, DKG.when)
        precision = g.value(node, DKG.precision)
        if when is not None:
            parts.append(f'<time datetime="{escape(str(when))}">{escape(str(verbatim or when))}</time>'
                         + (f' <span class="muted">(precision: {escape(m.label(precision))})</span>' if precision else ""))
        elif verbatim is not None:
            parts.append(f'“{escape(str(verbatim))}” <span class="badge uncertain">uncertain date</span>')
        edtf = g.value(node, DKG.edtf)
        if edtf is not None:
            parts.append(f'EDTF <code>{escape(str(edtf))}</code>')
        for bound, ev_prop, hard_prop, word in ((DKG.earliest, DKG.earliestEvidence, DKG.earliestIsHard, "not before"),
                                                (DKG.latest, DKG.latestEvidence, DKG.latestIsHard, "not after")):
            value = g.value(node, bound)
            if value is None:
                continue
            hard = g.value(node, hard_prop)
            kind = "firm" if hard is not None and hard.toPython() is True else "soft"
            ev = g.value(node, ev_prop)
            because = f" — evidence: {self.link(ev, depth=depth)}" if ev is not None and ev in m.entities else ""
            parts.append(f'{word} <time datetime="{escape(str(value))}">{escape(str(value))}</time> ({kind} bound){because}')
        return "; ".join(parts) or escape(m.label(node))

    def evidence(self, evs: list[Evidence], *, depth: int = 1) -> str:
        seen, items = set(), []
        for ev in evs:
            key = (ev.quote, ev.document_url, ev.asserted_by)
            if key in seen:
                continue
            seen.add(key)
            bits = []
            if ev.quote:
                bits.append(f'<blockquote>{escape(ev.quote)}</blockquote>')
            src = escape(ev.document_title or ev.document_url or "source")
            if ev.document_url:
                src = f'<a href="{escape(ev.document_url)}" rel="external">{src}</a>'
            meta = [f"Source: {src}"]
            if ev.document_date:
                meta.append(f'dated <time datetime="{escape(ev.document_date)}">{escape(ev.document_date)}</time>')
            if ev.citation:
                cite = escape(ev.citation)
                meta.append(f'citation: <a href="{cite}" rel="external">{cite}</a>' if ev.citation.startswith("http")
                            else f"citation: {cite}")
            if ev.according_to:
                meta.append(f"according to {escape(ev.according_to)}")
            if ev.asserted_by is not None:
                meta.append(f"asserted by {self.link(ev.asserted_by, depth=depth)}")
            if ev.certainty is not None:
                meta.append(f'certainty: {self.link(ev.certainty, depth=depth)}')
            bits.append(f'<p class="meta">{"; ".join(meta)}</p>')
            items.append(f'<li class="evidence">{"".join(bits)}</li>')
        if not items:
            return '<p class="muted">No statement recorded for this fact.</p>'
        return f'<ul class="evidence-list">{"".join(items)}</ul>'

    def fact_rows(self, facts: list[Fact], *, incoming: bool = False) -> str:
        rows = []
        for f in facts:
            prop = self.link(f.predicate)
            if incoming:
                value = f"{self.link(f.subject)} <span class=\"muted\">{prop} this</span>"
                prop = f'<span class="muted">inverse of</span> {prop}'
            else:
                value = self.link(f.object)
            rows.append(f'<tr><th scope="row">{prop}</th><td>{value}{self.evidence(f.evidence)}</td></tr>')
        return "".join(rows)

    # ---- entity page -------------------------------------------------------------------------

    def entity(self, e: Entity, jsonld: str) -> str:
        m = self.m
        name_en, name_zh = m.label(e.iri), m.label(e.iri, "zh")
        kind = m.kind(e)
        alts = sorted({str(v) for v in m.g.objects(e.iri, SKOS.altLabel)})
        safe_jsonld = jsonld.replace("</", "<\\/")
        head = (f'<link rel="alternate" type="text/turtle" href="{escape(e.slug)}.ttl">\n'
                f'<link rel="alternate" type="application/ld+json" href="{escape(e.slug)}.jsonld">\n'
                f'<link rel="alternate" type="application/n-triples" href="{escape(e.slug)}.nt">\n'
                f'<link rel="alternate" type="application/rdf+xml" href="{escape(e.slug)}.rdf">\n'
                f'<link rel="canonical" href="{escape(self.base)}id/{escape(e.slug)}">\n'
                f'<script type="application/ld+json">\n{safe_jsonld}</script>\n')
        body = [f'<h1>{escape(name_en)}</h1>']
        if name_zh:
            body.append(f'<p class="zh" lang="zh-Hans">{escape(name_zh)}</p>')
        body.append(f'<p class="kind">Kind: {self.link(kind)} · IRI <code>{escape(str(e.iri))}</code></p>')
        if alts:
            body.append(f'<p>Also known as: {escape("; ".join(alts))}</p>')
        risk = m.risk(e) if e.group == "organisation" else None
        if risk:
            level = escape(m.label(risk["level"])) if risk["level"] is not None else "not recorded"
            lvl_slug = str(risk["level"]).rsplit("/", 1)[-1] if risk["level"] is not None else "none"
            rows = [f'<p class="risk-level">Risk level: <strong class="risk risk-{escape(lvl_slug)}" '
                    f'id="risk-level">{level}</strong></p>']
            if risk["rationale"]:
                rows.append(f'<p>Rationale: {escape(risk["rationale"])}</p>')
            if risk["assessor"] is not None:
                rows.append(f'<p>Assessed by {self.link(risk["assessor"])}'
                            + (f' as of <time datetime="{escape(risk["as_of"])}">{escape(risk["as_of"])}</time>'
                               if risk["as_of"] else "") + "</p>")
            rows.append(self.evidence(risk["evidence"]))
            body.append(f'<section class="risk-box" aria-labelledby="h-risk"><h2 id="h-risk">Risk designation</h2>'
                        f'{"".join(rows)}</section>')
        elif e.group == "organisation":
            body.append('<p class="muted">No risk designation recorded (not recorded is not the same as no risk).</p>')
        # network picture
        neigh = []
        for f in e.facts:
            for target in self._entity_targets(f.object):
                neigh.append((m.label(target), f"{slug_of(target)}.html", m.label(f.predicate), True, _edge_kind(f.predicate)))
        for f in e.incoming:
            neigh.append((m.label(f.subject), f"{slug_of(f.subject)}.html", m.label(f.predicate), False,
                          _edge_kind(f.predicate)))
        neigh = sorted(set(neigh))
        distinct = len({(n[0], n[1]) for n in neigh})
        body.append(f'<section aria-labelledby="h-net"><h2 id="h-net">Immediate network</h2>'
                    f'<figure>{network_svg(name_en, neigh)}<figcaption>Direct links of {escape(name_en)} '
                    f'({min(distinct, MAX_NEIGHBOURS)} of {distinct} shown; line style by kind of link, relations on hover; '
                    f'details and evidence below).</figcaption></figure></section>')
        grouped: dict[str, list[Fact]] = {}
        for f in e.facts:
            if str(f.predicate) in SKIP:
                continue
            local = str(f.predicate).split("#")[-1]
            section = next((s for s, names in SECTIONS.items() if local in names), "Other facts")
            grouped.setdefault(section, []).append(f)
        names = [f for f in e.facts if f.predicate in (SKOS.prefLabel, SKOS.altLabel) and f.evidence]
        if names:
            grouped.setdefault("Names", []).extend(names)
        for i, section in enumerate([*SECTIONS, "Other facts", "Names"]):
            if section in grouped:
                body.append(f'<section aria-labelledby="h-s{i}"><h2 id="h-s{i}">{escape(section)}</h2>'
                            f'<table class="facts"><tbody>{self.fact_rows(grouped[section])}</tbody></table></section>')
        if e.incoming:
            body.append(f'<section aria-labelledby="h-in"><h2 id="h-in">Linked from</h2>'
                        f'<table class="facts"><tbody>{self.fact_rows(e.incoming, incoming=True)}</tbody></table></section>')
        body.append(f'<section aria-labelledby="h-data"><h2 id="h-data">Data</h2><ul>'
                    f'<li><a href="{escape(e.slug)}.ttl">Turtle</a></li><li><a href="{escape(e.slug)}.jsonld">JSON-LD</a></li>'
                    f'<li><a href="{escape(e.slug)}.nt">N-Triples</a></li><li><a href="{escape(e.slug)}.rdf">RDF/XML</a></li>'
                    f'</ul></section>')
        return layout(name_en, "\n".join(body), depth=1, head=head)

    def _entity_targets(self, node) -> list[URIRef]:
        m = self.m
        if node in m.entities:
            return [node]
        if isinstance(node, URIRef) and (node, RDF.type, DKG.AttendeeGroup) in m.g:
            return [o for o in m.g.objects(node, DKG.fromOrganisation) if o in m.entities]
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
            rows.append({
                "slug": e.slug, "name": m.label(e.iri), "zh": m.label(e.iri, "zh"),
                "aliases": sorted({str(v) for p in (SKOS.altLabel, SKOS.hiddenLabel, DKG.abbreviation)
                                   for v in m.g.objects(e.iri, p)}),
                "kind": m.label(m.kind(e)), "risk": m.label(level) if level is not None else "not recorded",
                "category": ", ".join(m.label(c) for c in cats) or "not recorded",
            })
        return rows

    def index(self) -> str:
        rows = self.index_rows()

        def options(key: str) -> str:
            values = sorted({v for r in rows for v in r[key].split(", ")})
            return "".join(f'<option value="{escape(v)}">{escape(v)}</option>' for v in values)

        trs = "".join(
            f'<tr data-risk="{escape(r["risk"])}" data-kind="{escape(r["kind"])}" data-category="{escape("|".join(r["category"].split(", ")))}" '
            f'data-search="{escape(" ".join([r["name"], r["zh"], *r["aliases"]]).lower())}">'
            f'<td><a href="id/{escape(r["slug"])}.html">{escape(r["name"])}</a></td>'
            f'<td lang="zh-Hans">{escape(r["zh"])}</td><td>{escape(r["kind"])}</td>'
            f'<td>{escape(r["risk"])}</td><td>{escape(r["category"])}</td></tr>' for r in rows)
        data = json.dumps(rows, ensure_ascii=False, sort_keys=True).replace("</", "<\\/")
        body = f"""<h1>Institutions</h1>
<p>{len(rows)} organisations and laboratories. Filter by risk level, kind or category, or search names in English or Chinese.</p>
<form id="filters" class="filters" role="search" onsubmit="return false">
<label for="q">Search</label><input id="q" type="search" name="q" autocomplete="off">
<label for="f-risk">Risk level</label><select id="f-risk" name="risk"><option value="">all</option>{options("risk")}</select>
<label for="f-kind">Kind</label><select id="f-kind" name="kind"><option value="">all</option>{options("kind")}</select>
<label for="f-category">Category</label><select id="f-category" name="category"><option value="">all</option>{options("category")}</select>
</form>
<p id="count" aria-live="polite">{len(rows)} of {len(rows)} shown</p>
<div class="table-wrap"><table id="institutions"><caption>Institutions</caption>
<thead><tr><th scope="col">Name</th><th scope="col">Chinese name</th><th scope="col">Kind</th><th scope="col">Risk level</th><th scope="col">Category</th></tr></thead>
<tbody>{trs}</tbody></table></div>
<script type="application/json" id="index-data">{data}</script>
<script src="assets/search.js"></script>"""
        return layout("Institutions", body)

    # ---- timeline ----------------------------------------------------------------------------

    def timeline(self) -> str:
        m, items = self.m, []
        for e in m.sorted_entities():
            for prop, what in ((DKG.date, None), (DKG.established, "established")):
                node = m.g.value(e.iri, prop)
                if node is None:
                    continue
                g = m.g
                key = str(g.value(node, DKG.when) or g.value(node, DKG.earliest) or g.value(node, DKG.edtf) or "9999")
                label = f"{m.label(e.iri)}" + (f" — {what}" if what else "")
                items.append((key, e.slug, label, node, e))
        items.sort(key=lambda t: (t[0], t[1]))
        lis = []
        for key, slug, label, node, e in items:
            uncertain = m.g.value(node, DKG.when) is None
            cls = ' class="uncertain"' if uncertain else ""
            lis.append(f'<li{cls}><p class="when">{self.date(node, depth=0)}</p>'
                       f'<p><a href="id/{escape(slug)}.html">{escape(label)}</a> '
                       f'<span class="muted">({escape(m.label(m.kind(e)))})</span></p></li>')
        body = (f'<h1>Timeline</h1><p>Agreements, events and establishment dates, ordered by their earliest possible date. '
                f'Dates are shown at the precision the source gives; uncertain dates show the source wording, '
                f'their EDTF reading and their bounds.</p><ol class="timeline">{"".join(lis)}</ol>')
        return layout("Timeline", body)

    # ---- sources -----------------------------------------------------------------------------

    def sources(self) -> str:
        m, g = self.m, self.m.g
        from rdflib.namespace import DCTERMS
        from defence_kg.core.namespaces import SCHEMA
        blocks = []
        for src in sorted(g.subjects(RDF.type, DKG.Source)):
            url = g.value(src, SCHEMA.url)
            docs = sorted(g.subjects(DCTERMS.isPartOf, src))
            doc_items = "".join(
                f'<li><a href="{escape(str(g.value(d, SCHEMA.url) or d))}" rel="external">{escape(m.label(d))}</a>'
                + (f' (last updated {escape(str(g.value(d, DCTERMS.modified)))})' if g.value(d, DCTERMS.modified) else "")
                + "</li>" for d in docs)
            publisher = g.value(src, DCTERMS.publisher)
            blocks.append(
                f'<section aria-labelledby="src-{escape(slug_of(src))}"><h2 id="src-{escape(slug_of(src))}">{escape(m.label(src))}</h2>'
                + (f'<p>Publisher: {self.link(publisher, depth=0)}</p>' if publisher is not None else "")
                + (f'<p>Web site: <a href="{escape(str(url))}" rel="external">{escape(str(url))}</a></p>' if url else "")
                + self._licence(g.value(src, DCTERMS.license))
                + f'<p>Named graph: <code>{escape(str(g.value(src, DKG.namedGraph) or ""))}</code></p>'
                + (f'<h3>Documents</h3><ul>{doc_items}</ul>' if doc_items else "") + "</section>")
        curated = sorted({str(o) for st in g.subjects(DKG.assertedBy, ID["defence-kg-curators"])
                          for o in g.objects(st, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"))})
        cur = "".join(f'<li><a href="{escape(u)}" rel="external">{escape(u)}</a></li>' for u in curated)
        blocks.append('<section aria-labelledby="src-curated"><h2 id="src-curated">Curated facts</h2>'
                      '<p>Names, identifiers and kinds curated by the maintainers, each citing the web page it was checked against. '
                      f'Licence: <a href="{OWN_LICENCE}" rel="license">{OWN_LICENCE_NAME}</a>.</p>'
                      f'<ul>{cur}</ul></section>')
        intro = ('<section aria-labelledby="h-licences"><h2 id="h-licences">Licences</h2>'
                 f'<p>Our own data — the ontology, the vocabularies, the shapes, the curated registry and the generated '
                 f'metadata — is licensed under <a href="{OWN_LICENCE}" rel="license">{OWN_LICENCE_NAME}</a>. '
                 'Each source graph keeps its source\'s licence, shown with the source below; quoted text stays '
                 'its publisher\'s and is quoted as evidence. The <a href="void.ttl">VoID/DCAT description</a> gives '
                 'the dataset licence and one licence per named graph.</p></section>')
        return layout("Sources", "<h1>Sources and licences</h1>" + intro + "".join(blocks))

    @staticmethod
    def _licence(text) -> str:
        iri = source_licence(str(text) if text is not None else None)
        words = escape(str(text) if text is not None else "not stated")
        link = f' (<a href="{escape(str(iri))}" rel="license">{escape(str(iri))}</a>)' if iri is not None else ""
        return f'<p class="licence">Licence: {words}{link}</p>'

    # ---- ontology and vocabularies -----------------------------------------------------------

    def ontology(self) -> str:
        m, g = self.m, self.m.g
        parts = ['<h1>Ontology</h1>', f'<p>Namespace <code>{escape(str(DKG))}</code> (prefix <code>dkg:</code>). '
                 'Generated from the ontology files; examples are taken from the data.</p>']
        classes = m.terms(OWL.Class)
        props = m.properties()
        parts.append('<nav aria-label="Terms"><h2>Contents</h2><p>' + " · ".join(
            f'<a href="#{escape(str(t).split("#")[-1])}">{escape(str(t).split("#")[-1])}</a>' for t in classes + props)
            + "</p></nav>")
        parts.append("<h2>Classes</h2>")
        for c in classes:
            local = str(c).split("#")[-1]
            supers = sorted(g.objects(c, RDFS.subClassOf))
            examples = sorted(s for s in g.subjects(RDF.type, c) if s in m.entities)[:5]
            parts.append(
                f'<section id="{escape(local)}" class="term"><h3>dkg:{escape(local)} — {escape(m.label(c))}</h3>'
                f'<p>{escape(str(g.value(c, RDFS.comment) or ""))}</p>'
                + (f'<p>Subclass of: {", ".join(self._term(s) for s in supers)}</p>' if supers else "")
                + (f'<p>Examples: {", ".join(self.link(x, depth=0) for x in examples)}</p>' if examples else "")
                + "</section>")
        parts.append("<h2>Properties</h2>")
        for p in props:
            local = str(p).split("#")[-1]
            uses = sorted((s, o) for s, o in g.subject_objects(p) if (s, RDF.type, DKG.Statement) not in g)[:3]
            ex = "".join(f'<li>{self.link(s, depth=0) if s in m.entities else escape(m.label(s))} → '
                         f'{self.link(o, depth=0) if not isinstance(o, URIRef) or o in m.entities or str(o).startswith(str(VOCAB)) else escape(m.label(o))}</li>'
                         for s, o in uses)
            dom = g.value(p, RDFS.domain)
            rng = g.value(p, RDFS.range)
            parts.append(
                f'<section id="{escape(local)}" class="term"><h3>dkg:{escape(local)} — {escape(m.label(p))}</h3>'
                f'<p>{escape(str(g.value(p, RDFS.comment) or ""))}</p>'
                + (f'<p>Domain: {self._term(dom)}</p>' if dom is not None else "")
                + (f'<p>Range: {self._term(rng)}</p>' if rng is not None else "")
                + (f'<p>Sub-property of: {", ".join(self._term(x) for x in sorted(g.objects(p, RDFS.subPropertyOf)))}</p>'
                   if (p, RDFS.subPropertyOf, None) in g else "")
                + (f'<h4>Examples from the data</h4><ul>{ex}</ul>' if ex else '<p class="muted">Not used in the data yet.</p>')
                + "</section>")
        return layout("Ontology", "\n".join(parts))

    def _term(self, node) -> str:
        text = str(node)
        if text.startswith(str(DKG)):
            return f'<a href="#{escape(text.split("#")[-1])}">dkg:{escape(text.split("#")[-1])}</a>'
        return f'<code>{escape(text)}</code>'

    def vocabularies(self) -> str:
        m, g = self.m, self.m.g
        parts = ['<h1>Vocabularies</h1><p>The SKOS concept schemes used for risk levels, categories, kinds and qualifiers.</p>']
        for scheme in sorted(g.subjects(RDF.type, SKOS.ConceptScheme)):
            concepts = sorted(g.subjects(SKOS.inScheme, scheme))
            items = []
            for c in concepts:
                zh = m.label(c, "zh")
                definition = g.value(c, SKOS.definition)
                used = len(set(g.subjects(None, c)) - set(g.subjects(RDF.type, DKG.Statement)))
                items.append(f'<li id="{escape(_anchor(str(c)))}"><strong>{escape(m.label(c))}</strong>'
                             + (f' <span lang="zh-Hans">{escape(zh)}</span>' if zh else "")
                             + f' <code>{escape(str(c))}</code>'
                             + (f'<br>{escape(str(definition))}' if definition else "")
                             + f' <span class="muted">(used by {used})</span></li>')
            parts.append(f'<section id="{escape(_anchor(str(scheme)))}"><h2>{escape(m.label(scheme))}</h2>'
                         f'<p>{escape(str(g.value(scheme, RDFS.comment) or ""))}</p><ul>{"".join(items)}</ul></section>')
        return layout("Vocabularies", "\n".join(parts))

    def downloads(self, dumps: list[dict], notes: list[str]) -> str:
        rows = "".join(f'<tr><td><a href="{escape(d["path"])}">{escape(d["path"])}</a></td><td>{escape(d["media_type"])}</td>'
                       f'<td>{d["size"]}</td><td><code class="hash">{escape(d["sha256"])}</code></td></tr>' for d in dumps)
        note = "".join(f"<li>{escape(n)}</li>" for n in notes)
        body = (f'<h1>Downloads</h1><p>The whole dataset, gzip-compressed. Checksums are also in '
                f'<a href="dumps/SHA256SUMS">SHA256SUMS</a> and in the <a href="void.ttl">VoID/DCAT description</a> '
                f'(<a href="void.jsonld">JSON-LD</a>). The JSON-LD context is <a href="context.jsonld">context.jsonld</a>.</p>'
                f'<div class="table-wrap"><table><caption>Dumps</caption><thead><tr><th scope="col">File</th><th scope="col">Media type</th>'
                f'<th scope="col">Bytes</th><th scope="col">SHA-256</th></tr></thead><tbody>{rows}</tbody></table></div>'
                + (f'<h2>Notes</h2><ul>{note}</ul>' if note else ""))
        return layout("Downloads", body)


def _edge_kind(predicate) -> str:
    """The legend kind of a link in the network picture, from the section its property is shown in."""
    local = str(predicate).split("#")[-1]
    for section, kind in (("Supervision and structure", "structure"), ("Defence links", "defence"),
                          ("Agreement or event", "event")):
        if local in SECTIONS[section]:
            return kind
    return "other"


def _anchor(iri: str) -> str:
    return iri[len(str(VOCAB)):].replace("/", "-") if iri.startswith(str(VOCAB)) else iri.rsplit("/", 1)[-1]

"""loaders: `defence-kg extract --report [DIR_OR_FILES] [--document SOURCE=PATH] [--gold FILE]` -
extraction over many profiles.

The documents are profile pages (text or saved HTML files, or folders of them), and the documents
a source's loader makes from a file given with ``--document SOURCE=PATH`` (the MISP cluster: one
document per entry, named by its uuid). Only the facts the prose rules made are reported and
scored (a MISP entry's structured fields are not prose); the structured fields are instead
compared with what the prose states ("fields vs prose").

Prints, per document and in total: the facts found by kind, the sentences left unparsed, the
share of sentences that made facts and the warnings; the unparsed sentences grouped by shape
(main verb and pattern), most frequent first; per extraction rule, how many sentences it read
and how many facts it made; with a gold file, precision and recall per fact kind.

Gold format (JSON): ``{"kinds": [...], "documents": {"<name>": {"<kind>": [values]}}}``, the name
being a file name or an entry's uuid. A kind is a dkg: property of the profiled institution
(``riskLevel``, ``supervisedBy``...), or one of: ``hostedBy`` (counted from the laboratory's
side), ``joint-construction`` (the years of joint-construction agreements concerning it),
``supervisingAgency`` (the objects of subordinateTo, supervisedBy and jointlySupervisedBy),
``securityCredential-year`` (the year a credential statement is dated), ``foreignPartner``
(collaboration or exchange partners placed in a country other than China). Values are the last
segment of an IRI (vocabulary concept or entity), a literal's text, or a count's number; an
entity also matches the slug of any of its English names. Every kind in ``kinds`` is scored for
every document: a fact of that kind not in the gold is a false positive.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, SKOS
from rdflib.term import Node

from defence_kg.core.errors import InputError
from defence_kg.core.inputs import document_file, read_input, tree, unreadable_folder
from defence_kg.core.namespaces import DKG, SCHEMA, vocab
from defence_kg.core.project import Project
from defence_kg.loading.context import LoadContext, slug
from defence_kg.loading.extraction import RULES, RuleHits, counting_hits
from defence_kg.loading.loader import run_loader

#: The files a folder given to ``--report`` contributes: profile pages as text or saved HTML.
DOCUMENT_SUFFIXES = (".txt", ".html", ".htm")
SUPERVISION = (DKG.subordinateTo, DKG.supervisedBy, DKG.jointlySupervisedBy)
PARTNERS = (DKG.collaboratesWith, DKG.hasExchangesWith)
JOINT_CONSTRUCTION = vocab("agreement-kind", "joint-construction")
#: How many shapes of unparsed sentences the report lists.
TOP_SHAPES = 25


def documents(paths: list[Path]) -> list[Path]:
    out = []
    for path in paths:
        if path.is_dir():
            try:
                found = tree(path)
            except OSError as err:  # (skipped, a folder one cannot read would leave its documents unreported)
                raise unreadable_folder(err, path, "a folder of documents", fix="check its permissions") from None
            out += [p for p in found if p.suffix.lower() in DOCUMENT_SUFFIXES and p.is_file()]
        else:
            missing = InputError(
                "no such document or folder", where=str(path), fix="give profile .txt files or folders"
            )
            out.append(document_file(path, missing))
    if not out:
        raise InputError(
            "no profile documents to report on",
            where=", ".join(map(str, paths)),
            why=f"the folder holds no {', '.join(DOCUMENT_SUFFIXES)} files",
            fix="give profile pages (.txt or saved .html) or folders holding them",
        )
    return out


def read_gold(path: Path) -> dict:
    """A gold file, checked: ``{"kinds": [str], "documents": {name: {kind: [value]}}}``."""
    try:
        gold = json.loads(read_input(path, "the gold file").decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise InputError(
            "cannot read the gold file",
            where=str(path),
            why=str(err),
            fix="give a JSON gold file (its format is in docs/extraction.md)",
        ) from None
    shaped = (
        isinstance(gold, dict)
        and isinstance(gold.get("kinds"), list)
        and all(isinstance(k, str) for k in gold["kinds"])
        and isinstance(gold.get("documents"), dict)
        and all(
            isinstance(d, dict) and all(isinstance(v, list) for v in d.values()) for d in gold["documents"].values()
        )
    )
    if not shaped:
        raise InputError(
            "the gold file has the wrong shape",
            where=str(path),
            why='expected {"kinds": [kind, ...], "documents": {"file name": {kind: [value, ...]}}}',
            fix="see the gold format in docs/extraction.md",
        )
    return gold


# -- the facts of a load, by document -------------------------------------------------------------


@dataclass(frozen=True)
class Statement:
    s: Node
    p: Node
    o: Node
    documents: frozenset[Node]
    quote: str
    qualifiers: tuple[tuple[Node, Node], ...]


class Facts:
    """The statements of one load, indexed: what each node says, and each statement's evidence."""

    def __init__(self, triples: Iterable[tuple[Node, Node, Node]]) -> None:
        self.by: dict[Node, list[tuple[Node, Node]]] = defaultdict(list)
        for s, p, o in triples:
            self.by[s].append((p, o))
        evidence = {RDF.type, RDF.subject, RDF.predicate, RDF.object, DKG.quote, DKG.assertedBy, DKG.certainty}
        self.statements = []
        for props in self.by.values():
            if (RDF.type, DKG.Statement) not in props:
                continue
            get = dict(props)
            self.statements.append(
                Statement(
                    get[RDF.subject],
                    get[RDF.predicate],
                    get[RDF.object],
                    frozenset(o for p, o in props if str(p).endswith("wasDerivedFrom")),
                    str(get.get(DKG.quote, "")),
                    tuple((p, o) for p, o in props if p not in evidence and not str(p).endswith("wasDerivedFrom")),
                )
            )

        self.of_document: dict[Node, list[Statement]] = defaultdict(list)
        for st in self.statements:
            for document in st.documents:
                self.of_document[document].append(st)
        self.profiled: dict[Node, set[Node]] = defaultdict(set)
        for s, props in self.by.items():
            self.profiled[s] |= {o for p, o in props if p == SCHEMA.about}

    def values(self, node: Node, p: Node) -> list[Node]:
        return [o for q, o in self.by.get(node, ()) if q == p]

    def about(self, document: Node | None = None) -> set[Node]:
        """The institutions a document (or any document) profiles."""
        if document is not None:
            return set(self.profiled.get(document, ()))
        return {o for found in self.profiled.values() for o in found}

    def statements_of(self, document: Node | None) -> list[Statement]:
        """The statements derived from a document (or all of them)."""
        return self.statements if document is None else self.of_document.get(document, [])

    def show(self, term: Node) -> str:
        """A value as the gold file writes it: a literal's text, a count's number, an IRI's last segment."""
        if isinstance(term, Literal):
            return str(term)
        counts = self.values(term, DKG.value)
        if counts:
            return str(counts[0])
        return str(term).rstrip("/").rsplit("/", 1)[-1]

    def keys(self, term: Node, labels: dict[URIRef, str]) -> frozenset[str]:
        """Everything a gold value may call ``term``: its shown value, the slugs of its English names."""
        names = [
            str(o)
            for p in (SKOS.prefLabel, SKOS.altLabel)
            for o in self.values(term, p)
            if getattr(o, "language", None) in (None, "en")
        ]
        if isinstance(term, URIRef) and term in labels:
            names.append(labels[term])
        return frozenset({self.show(term), *(slug(n) for n in names)})

    def year(self, node: Node) -> str | None:
        """The year of a temporal value node, or of an agreement's date node."""
        for when in self.values(node, DKG.when):
            return str(when)[:4]
        for date in self.values(node, DKG.date):
            return self.year(date)
        return None


Found = dict[str, dict[str, frozenset[str]]]
"""kind -> {value as shown: every name the value goes by}."""


def found_facts(
    facts: Facts, labels: dict[URIRef, str], document: Node | None = None, quotes: set[str] | None = None
) -> Found:
    """The facts about the profiled institution(s) of ``document`` (or of all documents), made
    from the sentences ``quotes`` when given (the prose, not a source's structured fields)."""
    subjects = facts.about(document)
    found: Found = defaultdict(dict)

    def add(kind: str, term: Node) -> None:
        found[kind][facts.show(term)] = facts.keys(term, labels)

    for st in facts.statements_of(document):
        if quotes is not None and st.quote not in quotes:
            continue
        if st.s in subjects and str(st.p).startswith(str(DKG)):
            add(str(st.p).rsplit("#", 1)[-1], st.o)
            if st.p in SUPERVISION:
                add("supervisingAgency", st.o)
            if st.p == DKG.securityCredential:
                for p, when in st.qualifiers:
                    if p == DKG.pointInTime and (year := facts.year(when)):
                        found["securityCredential-year"][year] = frozenset({year})
            if st.p in PARTNERS and any(str(c).rsplit("/", 1)[-1] != "CN" for c in facts.values(st.o, DKG.country)):
                add("foreignPartner", st.o)
        elif st.p == DKG.hostedBy and st.o in subjects:
            add("hostedBy", st.s)
        elif st.p == DKG.concerns and st.o in subjects and JOINT_CONSTRUCTION in facts.values(st.s, DKG.agreementKind):
            year = facts.year(st.s) or "?"
            found["joint-construction"][year] = frozenset({year})
    return found


def observed(ctx: LoadContext, document: Node | None = None) -> dict[str, set[str]]:
    """The facts about the profiled institution, as {kind: {value}}."""
    found = found_facts(Facts(ctx.triples), ctx.registry.labels, document)
    return {kind: set(values) for kind, values in found.items()}


# -- the documents of a report -------------------------------------------------------------------


@dataclass
class ReportDocument:
    """One document of the report: what the gold file calls it, what is printed, its load."""

    name: str
    label: str
    iri: Node
    ctx: LoadContext
    facts: Facts
    hits: RuleHits
    warnings: int | None = None
    """The document's own warnings (a source's loader warns for the whole file: None)."""
    quotes: set[str] = field(default_factory=set)


def profile_document(project: Project, path: Path) -> ReportDocument:
    from defence_kg.loading.review import extract_document

    with counting_hits() as hits:
        ctx = extract_document(project, path)
    facts = Facts(ctx.triples)
    iri = ctx.document_iri(ctx.source.documents[0])
    return ReportDocument(path.name, path.name, iri, ctx, facts, hits, len(ctx.warnings), prose_quotes(hits))


def source_documents(project: Project, source_id: str, files: dict[str, Path]) -> list[ReportDocument]:
    """Run a source's loader on local files; one report document per document it describes."""
    from defence_kg.loading.review import load_registry
    from defence_kg.sources.profiles import discover

    sources = {s.id: s for s in discover(project)}
    if source_id not in sources:
        raise InputError(f"unknown source '{source_id}'", fix=f"known sources: {', '.join(sorted(sources))}")
    source = sources[source_id]
    if "*" in files:
        if len(source.documents) != 1:
            raise InputError(
                f"source {source_id} has {len(source.documents)} documents",
                fix="name the document: --document SOURCE=DOCUMENT=PATH",
            )
        files = {source.documents[0].id: files["*"]}
    for doc, path in files.items():
        if doc not in {d.id for d in source.documents}:
            raise InputError(f"source {source_id} has no document '{doc}'", where=str(source.file))
        document_file(path, InputError(f"document '{doc}' not found", where=str(path), fix="give the path of a file"))
    ctx = LoadContext(project=project, source=source, registry=load_registry(project), overrides=dict(files))
    with counting_hits() as hits:
        run_loader(ctx)
    facts = Facts(ctx.triples)
    quotes = prose_quotes(hits)
    out = []
    for iri in sorted({s for s, props in facts.by.items() for p, _ in props if p == SCHEMA.about}, key=str):
        name = next((str(o) for o in facts.values(iri, DCTERMS.identifier)), str(iri).rsplit("/", 1)[-1])
        title = next((str(o) for o in facts.values(iri, DCTERMS.title)), name)
        out.append(ReportDocument(name, f"{title} [{name}]", iri, ctx, facts, hits, None, quotes))
    return out


def prose_quotes(hits: RuleHits) -> set[str]:
    """The sentences the prose rules made facts from."""
    return {quote for _, quote in hits.facts}


# -- the report ------------------------------------------------------------------------------------


@dataclass
class Tally:
    facts: Counter[str] = field(default_factory=Counter)
    unparsed: int = 0
    warnings: int = 0
    sentences: int = 0
    with_facts: int = 0
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    shapes: Counter[str] = field(default_factory=Counter)
    disagreements: Counter[str] = field(default_factory=Counter)


def report(
    project: Project,
    paths: list[Path],
    gold_path: Path | None = None,
    sources: dict[str, dict[str, Path]] | None = None,
) -> str:
    gold = read_gold(gold_path) if gold_path is not None else None
    docs = [profile_document(project, path) for path in documents(paths)] if paths or not sources else []
    for source_id, files in (sources or {}).items():
        docs += source_documents(project, source_id, files)
    lines: list[str] = []
    tally = Tally()
    hits = RuleHits()
    for hit in {id(d.hits): d.hits for d in docs}.values():
        hits.reads.update(hit.reads)
        hits.facts.update(hit.facts)
    warnings_by_load = {id(d.ctx): len(d.ctx.warnings) for d in docs}
    tally.warnings = sum(warnings_by_load.values())
    for doc in docs:
        lines += document_lines(doc, gold, tally)
    lines.append(
        f"total: {sum(tally.facts.values())} facts, {tally.unparsed} unparsed, {tally.warnings} warnings; "
        f"{share(tally.with_facts, tally.sentences)} of sentences made facts"
    )
    lines.append("  " + ", ".join(f"{k} {n}" for k, n in sorted(tally.facts.items())))
    if tally.disagreements:
        lines.append(
            "fields vs prose: "
            + ", ".join(f"{n} {what}" for what, n in sorted(tally.disagreements.items()))
            + " (listed per document above)"
        )
    lines += shape_lines(tally.shapes)
    lines += hits_per_rule(hits)
    if gold is not None:
        lines += score_lines(gold["kinds"], tally)
    return "\n".join(lines)


def document_lines(doc: ReportDocument, gold: dict | None, tally: Tally) -> list[str]:
    found = found_facts(doc.facts, doc.ctx.registry.labels, doc.iri, doc.quotes)
    kinds = Counter({k: len(v) for k, v in found.items()})
    outcomes = [x for x in doc.hits.sentences if x.document == str(doc.iri)]
    made = sum(1 for x in outcomes if x.outcome == "facts")
    unparsed = sum(1 for x in outcomes if x.outcome == "unparsed")
    tally.facts += kinds
    tally.unparsed += unparsed
    tally.sentences += len(outcomes)
    tally.with_facts += made
    tally.shapes.update(x.shape for x in outcomes if x.outcome == "unparsed")
    warned = "" if doc.warnings is None else f", {doc.warnings} warnings"
    lines = [
        f"{doc.label}: {sum(kinds.values())} facts, {unparsed} unparsed{warned}; "
        f"{made} of {len(outcomes)} sentences made facts ({share(made, len(outcomes))})",
        "  " + (", ".join(f"{k} {n}" for k, n in sorted(kinds.items())) or "(no facts)"),
    ]
    if gold is not None:
        lines += gold_lines(found, gold["kinds"], gold["documents"].get(doc.name, {}), tally)
    lines += field_lines(doc, found, tally)
    return lines


def gold_lines(found: Found, kinds: list[str], expected: dict, tally: Tally) -> list[str]:
    """Score one document's facts; list the wrong and the missed ones."""
    lines = []
    for kind in kinds:
        got = found.get(kind, {})
        want = {str(v) for v in expected.get(kind, [])}
        matched = {w for w in want if any(w in keys for keys in got.values())}
        wrong = sorted(shown for shown, keys in got.items() if not keys & want)
        tally.tp[kind] += len(matched)
        tally.fp[kind] += len(wrong)
        tally.fn[kind] += len(want - matched)
        lines += [f"  wrong {kind}: {v}" for v in wrong]
        lines += [f"  missed {kind}: {v}" for v in sorted(want - matched)]
    return lines


def field_lines(doc: ReportDocument, found: Found, tally: Tally) -> list[str]:
    """A source's structured fields (supervising agencies, laboratories) against what the prose
    states: each disagreement is a prose rule's miss, a wrong fact, or a field the prose does not
    repeat. Joint-construction parties count as supervisors the prose states."""
    facts, subjects = doc.facts, doc.facts.about(doc.iri)
    fields: dict[str, set[Node]] = {"supervising agency": set(), "laboratory": set()}
    for st in facts.statements_of(doc.iri):
        if st.quote in doc.quotes:
            continue
        if st.p == DKG.supervisedBy and st.s in subjects:
            fields["supervising agency"].add(st.o)
        elif st.p == DKG.hostedBy and st.o in subjects and st.quote.lower().startswith("major defence laboratories"):
            fields["laboratory"].add(st.s)
    if not any(fields.values()):
        return []
    prose = {"supervising agency": stated_supervisors(doc, subjects), "laboratory": set()}
    for st in facts.statements_of(doc.iri):
        if st.quote in doc.quotes and st.p == DKG.hostedBy and st.o in subjects:
            prose["laboratory"].add(st.s)
    lines = []
    for what in fields:
        for side, values in (("field", fields[what] - prose[what]), ("prose", prose[what] - fields[what])):
            if values:
                tally.disagreements[f"{what} in the {side} only"] += len(values)
                names = "; ".join(sorted(name_of(doc, v) for v in values))
                lines.append(f"  fields vs prose: {what} in the {side} only: {names}")
    return lines


def name_of(doc: ReportDocument, term: Node) -> str:
    """An organisation's English name: its label in the load, else the registry's."""
    english = [str(o) for o in doc.facts.values(term, SKOS.prefLabel) if getattr(o, "language", None) == "en"]
    if english:
        return english[0]
    return doc.ctx.registry.label(term) if isinstance(term, URIRef) else str(term)


def stated_supervisors(doc: ReportDocument, subjects: set[Node]) -> set[Node]:
    """The supervisors the prose states, and the parties of joint-construction agreements on the institution."""
    out: set[Node] = set()
    for st in doc.facts.statements_of(doc.iri):
        if st.quote not in doc.quotes:
            continue
        if st.p in SUPERVISION and st.s in subjects:
            out.add(st.o)
        elif (
            st.p == DKG.concerns
            and st.o in subjects
            and JOINT_CONSTRUCTION in doc.facts.values(st.s, DKG.agreementKind)
        ):
            out |= set(doc.facts.values(st.s, DKG.party))
    return out


def shape_lines(shapes: Counter[str]) -> list[str]:
    """The unparsed sentences grouped by shape, most frequent first."""
    if not shapes:
        return []
    lines = [f"unparsed sentences by shape ({len(shapes)} shapes; the {min(TOP_SHAPES, len(shapes))} most frequent)"]
    for shape, n in sorted(shapes.items(), key=lambda x: (-x[1], x[0]))[:TOP_SHAPES]:
        lines.append(f"  {n:>5}  {shape}")
    return lines


def hits_per_rule(hits: RuleHits) -> list[str]:
    """Every rule, in the order rules apply: the sentences it read (once per document for a
    document rule) and the facts it made. A rule that never reads anything shows zeros."""
    lines = [f"{'hits per rule':<28} {'reads':>9} {'facts':>7}"]
    for rule in RULES:
        lines.append(f"  {rule.name:<26} {hits.reads[rule.name]:>9} {hits.facts_of(rule.name):>7}")
    return lines


def score_lines(kinds: list[str], tally: Tally) -> list[str]:
    tp, fp, fn = tally.tp, tally.fp, tally.fn
    lines = [f"{'kind':<28} {'precision':>9} {'recall':>7} {'tp':>4} {'fp':>4} {'fn':>4}"]
    for kind in kinds:
        p = tp[kind] / (tp[kind] + fp[kind]) if tp[kind] + fp[kind] else None
        r = tp[kind] / (tp[kind] + fn[kind]) if tp[kind] + fn[kind] else None
        lines.append(f"{kind:<28} {fmt(p):>9} {fmt(r):>7} {tp[kind]:>4} {fp[kind]:>4} {fn[kind]:>4}")
    T, F, N = sum(tp.values()), sum(fp.values()), sum(fn.values())
    lines.append(
        f"{'all':<28} {fmt(T / (T + F) if T + F else None):>9} {fmt(T / (T + N) if T + N else None):>7} "
        f"{T:>4} {F:>4} {N:>4}"
    )
    return lines


def share(part: int, whole: int) -> str:
    return "-" if not whole else f"{100 * part / whole:.0f}%"


def fmt(x: float | None) -> str:
    return "-" if x is None else f"{x:.2f}"

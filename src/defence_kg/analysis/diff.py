"""analysis: what changed between two builds, claim by claim (``defence-kg diff OLD NEW``).

Claims (see ``analysis.claims``) are compared by content: (graph, subject, predicate, object),
with value nodes by what they say and a risk designation by its institution and date. A claim
only in OLD is removed, only in NEW added; the same claim with another certainty or qualifier,
or the one claim of a subject and predicate replaced by one other (a level, a count, a date, a
rationale) is changed. Each change carries its evidence on both sides and its theme (risk
designations, supervision, laboratories, agreements and events, names and identifiers, other),
and is grouped under its entity (a designation under its institution).

A removed (or changed) claim says why it is gone: its source document was removed; it was
replaced by a later version that no longer states it (which says nothing about whether the claim
still holds); it is still present and unchanged (so our loader, extraction or curation changed);
or, for a risk level, a later designation superseded it.

IRIs that changed are found before claims are compared: an entity only in OLD whose claims (and
name) an entity of NEW now has was renamed, or merged into it; an entity only in NEW that took
claims of one still there was split from it. ``owl:sameAs`` and ``dcterms:isReplacedBy`` in NEW
say so outright. Renamed and merged entities are compared under their new IRI.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from defence_kg.analysis.claims import (
    CERTAINTY_RANK,
    Claims,
    DocumentInfo,
    Statement,
    Term,
    claims_of,
    curie,
    is_entity,
)
from defence_kg.core.errors import QueryError
from defence_kg.core.namespaces import DKG
from defence_kg.core.records import OMIT_NONE
from defence_kg.core.store import Lit, Store
from defence_kg.dataset.dumps import read_dataset
from defence_kg.queries import library

THEMES = ("risk designations", "supervision", "laboratories", "agreements and events", "names and identifiers", "other")
_BY_PREDICATE = {
    **dict.fromkeys(
        ("dkg:riskLevel", "dkg:riskDesignation", "dkg:rationale", "dkg:assessedBy", "dkg:assessedAsOf"),
        "risk designations",
    ),
    **dict.fromkeys(
        ("dkg:supervisedBy", "dkg:subordinateTo", "dkg:jointlySupervisedBy", "dkg:formerlySupervisedBy"), "supervision"
    ),
    **dict.fromkeys(
        (
            "skos:prefLabel",
            "skos:altLabel",
            "skos:hiddenLabel",
            "dkg:abbreviation",
            "dkg:rorId",
            "dkg:wikidataId",
            "dkg:trackerSlug",
            "owl:sameAs",
            "schema:identifier",
            "dcterms:identifier",
        ),
        "names and identifiers",
    ),
    **dict.fromkeys(
        (
            "dkg:hostedBy",
            "dkg:defenceLaboratoryCount",
            "dkg:laboratoryKind",
            "dkg:studentResearchArea",
        ),
        "laboratories",
    ),
}
_BY_KIND = {
    "dkg:Laboratory": "laboratories",
    "dkg:Agreement": "agreements and events",
    "dkg:Event": "agreements and events",
    "dkg:AttendeeGroup": "agreements and events",
}
#: why a claim of OLD is not in NEW, from the state of its source documents
REASONS = {
    "superseded": "still stated by its document, but a later designation gives the current level",
    "replaced": "its source document was replaced by a later version that no longer states it "
    "(no longer stated is not the same as no longer true)",
    "present": "its source is still in the build, unchanged: the claim is no longer drawn from it "
    "(the loader, an extraction rule or the curation changed)",
    "removed": "its source document is no longer in the build",
    "ended": "its source now says it ended (it is among the former ties or lists)",
}
#: a claim of the present and the claim a source states when it has ended
_ENDED_AS = {
    DKG + "supervisedBy": DKG + "formerlySupervisedBy",
    DKG + "subordinateTo": DKG + "formerlySupervisedBy",
    DKG + "jointlySupervisedBy": DKG + "formerlySupervisedBy",
    DKG + "listedOn": DKG + "formerlyListedOn",
    DKG + "collaboratesWith": DKG + "formerlyCollaboratedWith",
}
_DATE_TYPES = ("date", "gYear", "gYearMonth", "dateTime")


@dataclass(frozen=True)
class Evidence:
    """One statement behind a claim: where it comes from and how firmly it is stated."""

    document: str | None
    certainty: str
    quote: str | None = field(default=None, metadata=OMIT_NONE)
    title: str | None = field(default=None, metadata=OMIT_NONE)
    url: str | None = field(default=None, metadata=OMIT_NONE)
    modified: str | None = field(default=None, metadata=OMIT_NONE)
    """The document's own date (its "Last updated" line)."""
    version: str | None = field(default=None, metadata=OMIT_NONE)
    """The first 12 hex digits of the document's SHA-256 (or of the file it is part of)."""
    citation: str | None = field(default=None, metadata=OMIT_NONE)
    asserted_by: str | None = field(default=None, metadata=OMIT_NONE)


@dataclass(frozen=True)
class Change:
    """A claim added, removed or changed, with its evidence on both sides."""

    kind: str
    """``added``, ``removed`` or ``changed``."""
    theme: str
    entity: str
    entity_label: str
    subject: str
    subject_label: str
    predicate: str
    graph: str
    old: str | None
    new: str | None
    changed: str | None = field(default=None, metadata=OMIT_NONE)
    """What changed in a changed claim: ``object``, ``count``, ``date``, ``certainty`` or ``qualifier``."""
    reason: str | None = field(default=None, metadata=OMIT_NONE)
    """Why the old claim is gone: ``superseded``, ``ended``, ``replaced``, ``present`` or ``removed`` (see REASONS)."""
    why: str | None = field(default=None, metadata=OMIT_NONE)
    old_evidence: tuple[Evidence, ...] = ()
    new_evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class IriChange:
    """An entity whose IRI changed: ``rename`` (one to one), ``merge`` (several into one) or
    ``split`` (one into several), and what shows it."""

    kind: str
    old: tuple[str, ...]
    new: tuple[str, ...]
    label: str
    basis: str


@dataclass(frozen=True)
class DocumentChange:
    """A source document added, removed, or present in another version."""

    kind: str
    """``added``, ``removed`` or ``new version``."""
    document: str
    title: str | None = field(default=None, metadata=OMIT_NONE)
    old_version: str | None = field(default=None, metadata=OMIT_NONE)
    new_version: str | None = field(default=None, metadata=OMIT_NONE)
    old_modified: str | None = field(default=None, metadata=OMIT_NONE)
    new_modified: str | None = field(default=None, metadata=OMIT_NONE)


@dataclass(frozen=True)
class EntityChanges:
    entity: str
    label: str
    changes: tuple[Change, ...]


@dataclass(frozen=True)
class Diff:
    """The claim-level changes from OLD to NEW: a summary of counts by theme, the changes grouped
    per entity, the IRIs that changed and the documents added, removed or in a new version."""

    old: str
    new: str
    summary: dict[str, dict[str, int]]
    entities: tuple[EntityChanges, ...]
    iri_changes: tuple[IriChange, ...]
    documents: tuple[DocumentChange, ...]
    entity: str | None = field(default=None, metadata=OMIT_NONE)
    """The entity the diff was restricted to (``--entity``), if any."""

    @property
    def changes(self) -> tuple[Change, ...]:
        return tuple(c for e in self.entities for c in e.changes)


@dataclass
class _Group:
    """The statements of one claim (one key) on one side."""

    statements: list[Statement] = field(default_factory=list)
    certainty: str = "possible"
    qualifiers: frozenset = frozenset()
    superseded: bool = True


def compare(old: Path | Store, new: Path | Store, *, entity: str | None = None) -> Diff:
    """The diff of two datasets given as stores or paths (build folders, releases, dumps); a store
    is named OLD or NEW, a path by itself. ``entity`` (a name, slug, CURIE or IRI, looked up in NEW,
    then in OLD) keeps only the changes about it."""
    sides = [
        claims_of(side, name if isinstance(side, Store) else str(side)) for side, name in ((old, "OLD"), (new, "NEW"))
    ]
    return diff(*sides, entity=None if entity is None else _entity(entity, new, old))


def _entity(name: str, *sides: Path | Store) -> str:
    last: QueryError | None = None
    for side in sides:
        try:
            return str(library.resolve_iri(name, store=side if isinstance(side, Store) else read_dataset(Path(side))))
        except QueryError as err:
            last = err
    assert last is not None
    raise last


def diff(old: Claims, new: Claims, *, entity: str | None = None) -> Diff:
    """Compare two datasets' claims; ``entity`` restricts the changes to those about it."""
    iri_changes, renamed = find_iri_changes(old, new)
    keys = _Keys(old, new, renamed)
    old_groups, new_groups = keys.group(old, renamed), keys.group(new, {})
    old_now = {k: g for k, g in old_groups.items() if not g.superseded}
    new_now = {k: g for k, g in new_groups.items() if not g.superseded}
    superseded = {k for k, g in new_groups.items() if g.superseded}
    judge = _Judge(old, new, superseded, renamed, ended={k for k in new_now if k[2] in _ENDED_AS.values()})
    changes = [
        judge.change("changed", k, old_now[k], new_now[k], what, still_stated=True)
        for k in sorted(old_now.keys() & new_now.keys())
        if (what := _what_else(old_now[k], new_now[k]))
    ]
    removed = {k: old_now[k] for k in old_now.keys() - new_now.keys()}
    added = {k: new_now[k] for k in new_now.keys() - old_now.keys()}
    slots: dict[tuple, tuple[list, list]] = defaultdict(lambda: ([], []))
    for k in removed:
        slots[k[:3]][0].append(k)
    for k in added:
        slots[k[:3]][1].append(k)
    for gone, came in slots.values():
        if len(gone) == 1 and len(came) == 1:  # one object of a subject and predicate became another
            o, n = gone[0], came[0]
            changes.append(judge.change("changed", n, removed[o], added[n], keys.kind_of_change(o, n), old_key=o))
        else:
            changes += [judge.change("removed", k, removed[k], None) for k in sorted(gone)]
            changes += [judge.change("added", k, None, added[k]) for k in sorted(came)]
    if entity is not None:
        changes = [c for c in changes if str(entity) in judge.mentions[id(c)]]
    return Diff(
        old=old.name,
        new=new.name,
        summary=summarise(changes),
        entities=_per_entity(changes),
        iri_changes=iri_changes,
        documents=document_changes(old, new),
        entity=None if entity is None else str(entity),
    )


def _what_else(o: _Group, n: _Group) -> str | None:
    """What differs between two sides of one claim other than its object, if anything."""
    if o.certainty != n.certainty:
        return "certainty"
    if o.qualifiers != n.qualifiers:
        dated = any(q.endswith(("Date", "Time")) for q, _ in o.qualifiers ^ n.qualifiers)
        return "date" if dated else "qualifier"
    return None


def _differing(group: _Group, other: _Group | None, what: str | None) -> str:
    """The qualifiers of ``group`` that ``other`` lacks, when the claim's dates or qualifiers (not its
    object) changed, as text after its object: "COSTIND (endDate 2021 (until 2021))" -> "COSTIND
    (endDate 2019 (until 2019))" (the object alone said nothing of the change)."""
    if what not in ("date", "qualifier") or other is None or group.qualifiers == other.qualifiers:
        return ""
    own = sorted(
        f"{q.rsplit('#', 1)[-1].rsplit(':', 1)[-1]} {v.rsplit('|', 1)[-1]}"
        for q, v in group.qualifiers - other.qualifiers
    )
    return f" ({', '.join(own)})" if own else " (none)"


class _Keys:
    """Claim keys: (graph, subject, predicate, object), each part as text that means the same in
    both datasets (mapped IRIs, value nodes by content, designations by institution and date)."""

    def __init__(self, old: Claims, new: Claims, renamed: dict[str, str]) -> None:
        self.old, self.new = old, new
        self.paired = pair_designations(old, new, renamed)

    def group(self, side: Claims, renamed: dict[str, str]) -> dict[tuple, _Group]:
        groups: dict[tuple, _Group] = defaultdict(_Group)
        for st in side.statements:
            key = (str(st.graph), self.subject(side, st.s, renamed), st.p, self.term(side, st.o, renamed))
            g = groups[key]
            g.statements.append(st)
            if CERTAINTY_RANK.get(st.certainty, 3) < CERTAINTY_RANK.get(g.certainty, 3):
                g.certainty = st.certainty
            if st.qualifiers:
                g.qualifiers = g.qualifiers | {(q, self.term(side, v, renamed)) for q, v in st.qualifiers}
            g.superseded = g.superseded and bool(st.replaced_by)
        return groups

    def subject(self, side: Claims, s: str, renamed: dict[str, str]) -> str:
        d = side.designations.get(s)
        if d is None:
            return str(renamed.get(s, s))
        date = self.paired.get(s, d.date) if side is self.old else d.date
        return f"designation|{renamed.get(d.institution, d.institution)}|{date}"

    def term(self, side: Claims, o: Term, renamed: dict[str, str]) -> str:
        if o in side.values:
            return f"{side.value_kinds[o]}|{side.values[o]}"
        if isinstance(o, Lit):
            return f"literal|{o.language or o.datatype}|{o.value}"
        return str(renamed.get(o, o))

    @staticmethod
    def kind_of_change(old_key: tuple, new_key: tuple) -> str:
        """``count`` or ``date`` when the objects are counts or dates, else ``object``."""
        for part in (new_key[3], old_key[3]):
            kind, _, rest = part.partition("|")
            if kind in ("count", "date"):
                return kind
            if kind == "literal" and rest.split("|", 1)[0].rsplit("#", 1)[-1] in _DATE_TYPES:
                return "date"
        return "object"


def pair_designations(old: Claims, new: Claims, renamed: dict[str, str]) -> dict[str, str | None]:
    """A re-rating: the one OLD designation of an institution (in one graph) with no NEW one of its
    date, paired with the one NEW designation with no OLD one. Returns OLD designation -> NEW date."""

    def slots(side: Claims, mapping: dict[str, str]) -> dict[tuple[str, str], dict[str | None, str]]:
        out: dict[tuple[str, str], dict[str | None, str]] = defaultdict(dict)
        for iri, d in side.designations.items():
            out[str(d.graph), str(mapping.get(d.institution, d.institution))][d.date] = iri
        return out

    before, after = slots(old, renamed), slots(new, {})
    paired = {}
    for slot, dates in before.items():
        theirs = after.get(slot, {})
        gone = [iri for date, iri in dates.items() if date not in theirs]
        came = [date for date in theirs if date not in dates]
        if len(gone) == 1 and len(came) == 1:
            paired[gone[0]] = came[0]
    return paired


class _Judge:
    """Turns a claim's two sides into a Change: theme, entity, evidence and the reason it went."""

    def __init__(
        self,
        old: Claims,
        new: Claims,
        superseded: set,
        renamed: dict[str, str],
        *,
        ended: frozenset[tuple] | set[tuple] = frozenset(),
    ) -> None:
        self.old, self.new, self.superseded, self.renamed = old, new, superseded, renamed
        self.ended = ended  # NEW's claims of a tie or listing that ended (``_ENDED_AS``)
        self.mentions: dict[int, set[str]] = {}

    def change(
        self,
        kind: str,
        key: tuple,
        o: _Group | None,
        n: _Group | None,
        what: str | None = None,
        old_key: tuple = (),
        still_stated: bool = False,
    ) -> Change:
        """The change of one claim; a claim ``still_stated`` (another certainty or qualifier) needs
        no reason for being gone."""
        side, group = (self.new, n) if n is not None else (self.old, o)
        assert group is not None
        st = group.statements[0]
        entity = self.entity_of(side, st.s)
        reason = self.reason(old_key or key, o) if o is not None and kind != "added" and not still_stated else None
        change = Change(
            kind=kind,
            theme=self.theme(side, st),
            entity=str(entity),
            entity_label=self.new.label(entity) or self.old.label(entity),
            subject=str(st.s),
            subject_label=self.subject_label(side, st.s, kind),
            predicate=curie(st.p),
            graph=str(st.graph),
            old=None if o is None else self.old.label(o.statements[0].o) + _differing(o, n, what),
            new=None if n is None else self.new.label(n.statements[0].o) + _differing(n, o, what),
            changed=what,
            reason=reason,
            why=None if reason is None else self.why(reason, o),
            old_evidence=() if o is None else evidence(self.old, o),
            new_evidence=() if n is None else evidence(self.new, n),
        )
        objects = {str(g.statements[0].o) for g in (o, n) if g is not None}
        self.mentions[id(change)] = {change.entity, change.subject, *objects}
        return change

    def entity_of(self, side: Claims, s: str | None) -> str:
        d = side.designations.get(s) if s is not None else None
        term = d.institution if d is not None else s
        assert term is not None
        return self.renamed.get(term, term) if side is self.old else term

    def subject_label(self, side: Claims, s: str | None, kind: str) -> str:
        d = side.designations.get(s) if s is not None else None
        if d is None:
            return side.label(s)
        dated = d.date and kind != "changed"  # a changed designation's date is among its changes
        return f"risk designation of {side.label(d.institution)}" + (f" as of {d.date}" if dated else "")

    def theme(self, side: Claims, st: Statement) -> str:
        predicate = curie(st.p)
        if predicate in _BY_PREDICATE and _BY_PREDICATE[predicate] == "risk designations":
            return "risk designations"
        if st.s in side.designations:
            return "risk designations"
        kind = side.kinds.get(st.s) if st.s is not None else None
        if kind in _BY_KIND:
            return _BY_KIND[kind]
        return _BY_PREDICATE.get(predicate, "other")

    def reason(self, key: tuple, o: _Group) -> str:
        if key in self.superseded:
            return "superseded"
        if (key[0], key[1], _ENDED_AS.get(key[2]), key[3]) in self.ended:
            return "ended"  # "supervisedBy SASTIND" gone, "formerlySupervisedBy SASTIND" come
        found = {self.document_status(d) for st in o.statements for d in st.documents}
        return next((r for r in ("replaced", "present", "removed") if r in found), "present")

    def document_status(self, iri: str) -> str:
        doc = self.old.document(iri)
        versions = self.new.by_series.get(doc.series, [])
        if not versions and iri not in self.new.cited:
            return "removed"
        if doc.sha256 is None or any(v.sha256 == doc.sha256 for v in versions) or not versions:
            return "present"
        return "replaced"

    def why(self, reason: str, o: _Group | None) -> str:
        text = REASONS[reason]
        if reason != "replaced" or o is None:
            return text
        series = {self.old.document(d).series for st in o.statements for d in st.documents}
        later = sorted(
            (v for s in series for v in self.new.by_series.get(s, [])), key=lambda v: (v.modified or "", v.iri)
        )
        if later:
            v = later[-1]
            version = ", ".join(x for x in (f"modified {v.modified}" if v.modified else "", _short(v.sha256)) if x)
            text = text.replace("a later version", f"a later version ({version})" if version else "a later version")
        return text


def evidence(side: Claims, group: _Group) -> tuple[Evidence, ...]:
    out = []
    for st in sorted(group.statements, key=lambda st: (str(st.graph), st.documents, st.quote or "")):
        doc: DocumentInfo | None = side.document(st.documents[0]) if st.documents else None
        out.append(
            Evidence(
                document=None if doc is None else doc.iri,
                certainty=st.certainty,
                quote=st.quote,
                title=None if doc is None else doc.title,
                url=None if doc is None else doc.url,
                modified=None if doc is None else doc.modified,
                version=None if doc is None else _short(doc.sha256),
                citation=st.citation,
                asserted_by=st.asserted_by,
            )
        )
    return tuple(out)


def _short(sha256: str | None) -> str | None:
    return None if sha256 is None else f"sha256 {sha256[:12]}"


# -- IRIs that changed -----------------------------------------------------------------------


def find_iri_changes(old: Claims, new: Claims) -> tuple[tuple[IriChange, ...], dict[str, str]]:
    """Renames, merges and splits, and the map OLD IRI -> NEW IRI of entities gone from OLD.

    Only claims that moved count: an entity gone from OLD whose claims an entity of NEW gained,
    or an entity new in NEW holding claims an entity of OLD lost (all of them, if it is gone).
    Two laboratories of one host share claims, but neither gains the other's, so neither is
    taken for the other. Entities linked this way form groups: one OLD and one NEW entity is a
    rename, several OLD into one NEW a merge, one OLD into several NEW a split."""
    before, after = entities(old), entities(new)
    gone, came = before - after, after - before
    if not gone and not came:
        return (), {}
    was, now = fingerprints(old, before), fingerprints(new, after)
    gained = {b: now[b] - was.get(b, set()) for b in after}
    lost = {a: was.get(a, set()) - now.get(a, set()) for a in before}
    moved_to, moved_from = _matcher(gained), _matcher(lost)
    forward = {a: b for a in sorted(gone, key=str) if (b := moved_to(was.get(a, set()))) is not None}
    forward |= {a: b for a, b in new.replacements.items() if a in gone and b in after}
    links = {(a, b) for a, b in forward.items()}
    links |= {(a, b) for b in sorted(came, key=str) if (a := moved_from(now.get(b, set()))) is not None}
    found = [_iri_change(olds, news, old, new, before, after) for olds, news in _groups(links)]
    return tuple(sorted(found, key=lambda c: (c.old, c.new))), forward


def _groups(links: set[tuple[str, str]]) -> list[tuple[set[str], set[str]]]:
    """The connected groups of (OLD entity, NEW entity) links."""
    groups: list[tuple[set[str], set[str]]] = []
    for a, b in sorted(links, key=lambda link: (str(link[0]), str(link[1]))):
        touching = [g for g in groups if a in g[0] or b in g[1]]
        merged: tuple[set[str], set[str]] = ({a}, {b})
        for g in touching:
            groups.remove(g)
            merged = (merged[0] | g[0], merged[1] | g[1])
        groups.append(merged)
    return groups


def _iri_change(olds: set[str], news: set[str], old: Claims, new: Claims, before: set, after: set) -> IriChange:
    olds = olds | {b for b in news if b in before}  # merged into an entity that was there before
    news = news | {a for a in olds if a in after}  # split from an entity that is still there
    kind = "rename" if len(olds) == len(news) == 1 else "merge" if len(news) == 1 else "split"
    said = any(new.replacements.get(a) in news for a in olds)
    basis = "owl:sameAs or dcterms:isReplacedBy in NEW" if said else "claims and names moved"
    label = new.label(sorted(news, key=str)[0]) if len(news) == 1 else old.label(sorted(olds, key=str)[0])
    return IriChange(kind, tuple(sorted(map(str, olds))), tuple(sorted(map(str, news))), label, basis)


def entities(side: Claims) -> set[str]:
    return {t for st in side.statements for t in (st.s, st.o) if isinstance(t, str) and is_entity(t, side)}


def fingerprints(side: Claims, among: set[str]) -> dict[str, set[tuple]]:
    """What an entity's claims say with the entity left out, and its name: equal across a rename."""
    prints: dict[str, set[tuple]] = defaultdict(set)
    for st in side.statements:
        if st.s in among:
            prints[st.s].add(("s", st.p, str(st.o), st.quote))
        if st.o in among:
            prints[st.o].add(("o", st.p, str(st.s), st.quote))
    for term in among:
        if term in side.labels:
            prints[term].add(("name", side.labels[term].casefold()))
    return prints


def _matcher(candidates: dict[str, set[tuple]]) -> Callable[[set[tuple]], str | None]:
    """A function giving the candidate whose (gained or lost) claims share most with a set of
    items: at least two, and at least half of the smaller set (an inverted index, built once)."""
    index: dict[tuple, list[str]] = defaultdict(list)
    for candidate, items in candidates.items():
        for item in items:
            index[item].append(candidate)

    def best(items: set[tuple]) -> str | None:
        scores = Counter(c for item in items for c in index.get(item, ()))
        if not scores:
            return None
        found, shared = max(scores.items(), key=lambda item: (item[1], str(item[0])))
        return found if shared >= 2 and shared * 2 >= min(len(items), len(candidates[found])) else None

    return best


# -- documents and summaries ---------------------------------------------------------------------


def document_changes(old: Claims, new: Claims) -> tuple[DocumentChange, ...]:
    out = []
    for series in sorted(set(old.by_series) | set(new.by_series)):
        before, after = old.by_series.get(series, []), new.by_series.get(series, [])
        title = next((d.title for d in after + before if d.title), None)
        if not before:
            out.append(DocumentChange("added", series, title, new_modified=_latest(after)))
        elif not after:
            out.append(DocumentChange("removed", series, title, old_modified=_latest(before)))
        elif {d.sha256 for d in before} != {d.sha256 for d in after}:
            out.append(
                DocumentChange(
                    "new version",
                    series,
                    title,
                    old_version=_versions(before),
                    new_version=_versions(after),
                    old_modified=_latest(before),
                    new_modified=_latest(after),
                )
            )
    return tuple(out)


def _latest(docs: list[DocumentInfo]) -> str | None:
    return max((d.modified for d in docs if d.modified), default=None)


def _versions(docs: list[DocumentInfo]) -> str | None:
    return ", ".join(sorted(v for d in docs if (v := _short(d.sha256)))) or None


def summarise(changes: list[Change]) -> dict[str, dict[str, int]]:
    """Counts of added, removed and changed claims per theme (themes with none left out), and in all."""
    counts: dict[str, Counter[str]] = {theme: Counter() for theme in (*THEMES, "all")}
    for c in changes:
        counts[c.theme][c.kind] += 1
        counts["all"][c.kind] += 1
    return {
        theme: {kind: n[kind] for kind in ("added", "removed", "changed")}
        for theme, n in counts.items()
        if theme == "all" or n
    }


def _per_entity(changes: list[Change]) -> tuple[EntityChanges, ...]:
    grouped: dict[str, list[Change]] = defaultdict(list)
    for c in changes:
        grouped[c.entity].append(c)
    order = {theme: i for i, theme in enumerate(THEMES)}
    return tuple(
        EntityChanges(
            entity=entity,
            label=cs[0].entity_label,
            changes=tuple(
                sorted(
                    cs, key=lambda c: (order[c.theme], c.subject_label, c.predicate, c.kind, c.old or "", c.new or "")
                )
            ),
        )
        for entity, cs in sorted(grouped.items(), key=lambda item: (item[1][0].entity_label.casefold(), item[0]))
    )


def diff_from_data(data: dict) -> Diff:
    """A Diff from its JSON form (``to_data``), e.g. a release's ``changes.json``."""

    def change(c: dict) -> Change:
        sides = {k: tuple(Evidence(**e) for e in c.get(k, ())) for k in ("old_evidence", "new_evidence")}
        return Change(**{**c, **sides})

    return Diff(
        old=data["old"],
        new=data["new"],
        summary=data["summary"],
        entities=tuple(
            EntityChanges(e["entity"], e["label"], tuple(change(c) for c in e["changes"])) for e in data["entities"]
        ),
        iri_changes=tuple(
            IriChange(**{**i, "old": tuple(i["old"]), "new": tuple(i["new"])}) for i in data["iri_changes"]
        ),
        documents=tuple(DocumentChange(**d) for d in data["documents"]),
        entity=data.get("entity"),
    )

"""loaders: `defence-kg extract --report DIR_OR_FILES [--gold FILE]` - extraction over many profiles.

Prints, per document and in total, the facts found by kind, the sentences left unparsed and the
warnings; then, per extraction rule, how many sentences it read and how many facts it made; with
a gold file, precision and recall per fact kind.

Gold format (JSON): ``{"kinds": [...], "documents": {"<file name>": {"<kind>": [values]}}}``.
A kind is a dkg: property of the profiled institution (``riskLevel``, ``supervisedBy``...), with
``hostedBy`` counted from the laboratory's side and ``joint-construction`` for the years of
joint-construction agreements concerning it. Values are the last segment of an IRI (vocabulary
concept or entity), a literal's text, or a count's number. Every kind in ``kinds`` is scored for
every document: a fact of that kind not in the gold is a false positive.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import RDF

from defence_kg.core.errors import InputError
from defence_kg.core.namespaces import DKG, SCHEMA
from defence_kg.core.project import Project
from defence_kg.loading.extraction import RULES, RuleHits, counting_hits

#: The files a folder given to ``--report`` contributes: profile pages as text or saved HTML.
DOCUMENT_SUFFIXES = (".txt", ".html", ".htm")


def documents(paths: list[Path]) -> list[Path]:
    out = []
    for path in paths:
        if path.is_dir():
            out += sorted(p for p in path.rglob("*") if p.suffix.lower() in DOCUMENT_SUFFIXES and p.is_file())
        elif path.is_file():
            out.append(path)
        else:
            raise InputError("no such document or folder", where=str(path), fix="give profile .txt files or folders")
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
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
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


def observed(ctx) -> dict[str, set[str]]:
    """The facts about the profiled institution, as {kind: {value}}."""
    about = {o for s, p, o in ctx.triples if p == SCHEMA.about}
    values: dict = defaultdict(set)
    by: dict = defaultdict(list)
    for s, p, o in ctx.triples:
        by[s].append((p, o))
    for s, p, o in ctx.triples:
        if p in (RDF.type, SCHEMA.about) or str(p).startswith(str(RDF)):
            continue
        if s in about and str(p).startswith(str(DKG)):
            values[str(p).rsplit("#", 1)[-1]].add(show(o, by))
        elif p == DKG.hostedBy and o in about:
            values["hostedBy"].add(show(s, by))
        elif (
            p == DKG.concerns
            and o in about
            and (DKG.agreementKind, URIRef("https://w3id.org/defence-kg/vocab/agreement-kind/joint-construction"))
            in by[s]
        ):
            dates = [d for q, d in by[s] if q == DKG.date]
            years = {str(w)[:4] for d in dates for q, w in by[d] if q == DKG.when}
            values["joint-construction"] |= years or {"?"}
    return values


def show(term, by) -> str:
    if isinstance(term, Literal):
        return str(term)
    counts = [o for p, o in by.get(term, ()) if p == DKG.value]
    if counts:
        return str(counts[0])
    return str(term).rstrip("/").rsplit("/", 1)[-1]


def report(project: Project, paths: list[Path], gold_path: Path | None = None) -> str:
    from defence_kg.loading.review import extract_document

    gold = read_gold(gold_path) if gold_path is not None else None
    lines, total, unparsed_total, warnings_total = [], Counter(), 0, 0
    tp, fp, fn = Counter(), Counter(), Counter()
    hits = RuleHits()
    for path in documents(paths):
        with counting_hits(hits):
            ctx = extract_document(project, path)
        found = observed(ctx)
        kinds = Counter({k: len(v) for k, v in found.items()})
        unparsed = sum(1 for _, p, _ in ctx.triples if p == DKG.unparsedSentence)
        total += kinds
        unparsed_total += unparsed
        warnings_total += len(ctx.warnings)
        lines.append(f"{path.name}: {sum(kinds.values())} facts, {unparsed} unparsed, {len(ctx.warnings)} warnings")
        lines.append("  " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
        if gold is not None:
            expected = {k: {str(v) for v in vs} for k, vs in gold["documents"].get(path.name, {}).items()}
            for kind in gold.get("kinds", []):
                got, want = found.get(kind, set()), expected.get(kind, set())
                tp[kind] += len(got & want)
                fp[kind] += len(got - want)
                fn[kind] += len(want - got)
                for v in sorted(got - want):
                    lines.append(f"  wrong {kind}: {v}")
                for v in sorted(want - got):
                    lines.append(f"  missed {kind}: {v}")
    lines.append(f"total: {sum(total.values())} facts, {unparsed_total} unparsed, {warnings_total} warnings")
    lines.append("  " + ", ".join(f"{k} {n}" for k, n in sorted(total.items())))
    lines += hits_per_rule(hits)
    if gold is not None:
        lines.append(f"{'kind':<28} {'precision':>9} {'recall':>7} {'tp':>4} {'fp':>4} {'fn':>4}")
        for kind in gold.get("kinds", []):
            p = tp[kind] / (tp[kind] + fp[kind]) if tp[kind] + fp[kind] else None
            r = tp[kind] / (tp[kind] + fn[kind]) if tp[kind] + fn[kind] else None
            lines.append(f"{kind:<28} {fmt(p):>9} {fmt(r):>7} {tp[kind]:>4} {fp[kind]:>4} {fn[kind]:>4}")
        T, F, N = sum(tp.values()), sum(fp.values()), sum(fn.values())
        lines.append(
            f"{'all':<28} {fmt(T / (T + F) if T + F else None):>9} {fmt(T / (T + N) if T + N else None):>7} "
            f"{T:>4} {F:>4} {N:>4}"
        )
    return "\n".join(lines)


def hits_per_rule(hits: RuleHits) -> list[str]:
    """Every rule, in the order rules apply: the sentences it read (once per document for a
    document rule) and the facts it made. A rule that never reads anything shows zeros."""
    lines = [f"{'hits per rule':<28} {'reads':>9} {'facts':>7}"]
    for rule in RULES:
        lines.append(f"  {rule.name:<26} {hits.reads[rule.name]:>9} {hits.facts_of(rule.name):>7}")
    return lines


def fmt(x: float | None) -> str:
    return "-" if x is None else f"{x:.2f}"

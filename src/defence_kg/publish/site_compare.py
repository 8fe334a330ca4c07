"""publishing: the comparison of two to four institutions — for each, its risk, categories,
credentials, laboratories, supervisors, agreements and list inclusions, every value with its
evidence (quote, source, date, certainty), as one small data script per institution
(``compare-data/<slug>.js``) that the compare page loads for the institutions picked.
"""

from __future__ import annotations

import json

from rdflib import URIRef

from defence_kg.core.namespaces import DKG
from defence_kg.publish.site_explore import SUPERVISION, Explorer, Profile
from defence_kg.publish.site_model import Evidence, slug_of

#: the rows of the comparison, in order: key and label
ASPECTS = (
    ("risk", "Risk level"),
    ("category", "Category"),
    ("credential", "Security credential"),
    ("labs", "Defence laboratories"),
    ("supervisors", "Supervised by"),
    ("agreements", "Agreements"),
    ("lists", "List inclusions"),
)


def _evidence(m, evs: list[Evidence]) -> list[dict]:
    seen, out = set(), []
    for ev in evs:
        key = (ev.quote, ev.document_url)
        if key in seen:
            continue
        seen.add(key)
        out.append(
            {
                k: v
                for k, v in {
                    "quote": ev.quote,
                    "source": ev.document_title or ev.document_url or "source",
                    "url": ev.document_url,
                    "date": ev.document_date,
                    "certainty": m.label(ev.certainty) if ev.certainty is not None else None,
                    "by": m.label(ev.asserted_by) if ev.asserted_by is not None else None,
                }.items()
                if v
            }
        )
    return out


def _value(m, node, text: str | None = None) -> dict:
    out = {"text": text or m.label(node)}
    if isinstance(node, URIRef) and node in m.entities:
        out["href"] = f"id/{slug_of(node)}.html"
    return out


def compare_data(explorer: Explorer, p: Profile) -> dict:
    """One institution's comparison cells: per aspect, a list of values each with its evidence."""
    m, iri = explorer.m, p.entity.iri

    def facts(s, pred, o, text: str | None = None, shown=None) -> dict:
        return {
            **_value(m, shown if shown is not None else o, text),
            "evidence": _evidence(m, m.fact(s, pred, o).evidence),
        }

    cells: dict[str, list[dict]] = {key: [] for key, _ in ASPECTS}
    risk = m.risk(p.entity)
    if risk:
        text = p.risk_label + (f" (as of {p.risk_date})" if p.risk_date else "")
        cells["risk"].append(
            {"text": text, "risk": p.risk, "note": risk["rationale"] or "", "evidence": _evidence(m, risk["evidence"])}
        )
    cells["category"] = [facts(iri, DKG.category, c) for c in m.categories(p.entity)]
    cells["credential"] = [
        facts(iri, DKG.securityCredential, c) for c in sorted(m.objects(iri, DKG.securityCredential))
    ]
    for count in sorted(m.objects(iri, DKG.defenceLaboratoryCount)):
        cells["labs"].append(facts(iri, DKG.defenceLaboratoryCount, count, f"{_count_text(m, count)} (count stated)"))
    for lab in sorted(s for s in m.subjects(DKG.hostedBy, iri) if s in m.entities):
        cells["labs"].append(facts(lab, DKG.hostedBy, iri, shown=lab))
    for pred in SUPERVISION:
        for o in sorted(o for o in m.objects(iri, pred) if o in m.entities):
            cells["supervisors"].append(facts(iri, pred, o, f"{m.label(o)} ({m.label(pred)})"))
    for ag in sorted(s for s in m.subjects(DKG.party, iri) if s in m.entities):
        others = sorted(m.label(o) for o in m.objects(ag, DKG.party) if o != iri)
        text = m.label(ag) + (f" — with {', '.join(others)}" if others else "")
        cells["agreements"].append(facts(ag, DKG.party, iri, text, shown=ag))
    cells["lists"] = [facts(iri, DKG.listedOn, c) for c in sorted(m.objects(iri, DKG.listedOn))] + [
        facts(iri, DKG.formerlyListedOn, c, f"{m.label(c)} (removed)")
        for c in sorted(m.objects(iri, DKG.formerlyListedOn))
    ]
    return {"slug": p.slug, "name": p.name, "zh": p.zh, "href": f"id/{p.slug}.html", "cells": cells}


def _count_text(m, node) -> str:
    precision = m.value(node, DKG.countPrecision)
    word = {"minimum": "at least ", "approximate": "around "}.get(
        str(precision).rsplit("/", 1)[-1] if precision else "", ""
    )
    return f"{word}{m.value(node, DKG.value)}"


def compare_script(data: dict) -> str:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).replace("</", "<\\/")
    return f"(window.DKG_COMPARE = window.DKG_COMPARE || {{}})[{json.dumps(data['slug'])}] = {text};\n"

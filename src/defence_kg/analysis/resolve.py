"""resolution: `defence-kg resolve NAME` - which registry entities a name may refer to, and why.

Resolution is deterministic: a name matches an entity's English or Chinese name, alias, hidden
name or abbreviation after normalisation (NFKC, case, British spelling, no leading "the").
Abbreviations match exactly and never merge entities: one shared by two entities resolves to
nothing. "Name (ABBR)" and "Name (中文)" are tried whole, then by their parts.
"""
from __future__ import annotations

import argparse
import json

from defence_kg.core.errors import EXIT_OK, InputError
from defence_kg.core.project import Project


def register(commands, publish_targets) -> None:
    r = commands.add_parser("resolve", help="show the registry entities a name may refer to, and why")
    r.add_argument("name", help="a name, alias, Chinese name or abbreviation, e.g. 'Ministry of Education (MOE)'")
    r.add_argument("--format", choices=["text", "json"], default="text")
    r.set_defaults(func=cmd_resolve)


def explain(registry, name: str) -> dict:
    """The candidates for ``name``, the entity it resolves to (or none) and the reason."""
    candidates = registry.candidates(name)
    iri, why = registry.resolve_name(name)
    if iri is None and len({c.iri for c in candidates}) > 1:
        why = f"'{name}' names {len({c.iri for c in candidates})} entities: ambiguous, resolves to none"
    return {"name": name,
            "resolves_to": str(iri) if iri else None,
            "label": registry.label(iri) if iri else None,
            "why": why,
            "candidates": [{"iri": str(c.iri), "label": c.label, "matched": c.matched, "how": c.how}
                           for c in candidates]}


def cmd_resolve(args: argparse.Namespace, project: Project) -> int:
    from defence_kg.load.review import load_registry

    if not args.name.strip():
        raise InputError("empty name", fix="give a name to resolve, e.g. defence-kg resolve MOE")
    result = explain(load_registry(project), args.name)
    if args.format == "json":
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"{result['name']}: " + (f"{result['label']} <{result['resolves_to']}>" if result["resolves_to"]
                                   else "no single entity"))
    print(f"  why: {result['why']}")
    for c in result["candidates"]:
        print(f"  candidate {c['label']} <{c['iri']}>: matched {c['how']} '{c['matched']}'")
    return EXIT_OK

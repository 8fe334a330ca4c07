"""analysis: which registry entities a name may refer to, and why.

Resolution is deterministic: a name matches an entity's English or Chinese name, alias, hidden
name or abbreviation after normalisation (NFKC, case, British spelling, no leading "the").
Abbreviations match exactly and never merge entities: one shared by two entities resolves to
nothing. "Name (ABBR)" and "Name (中文)" are tried whole, then by their parts.
"""

from __future__ import annotations

from dataclasses import dataclass

from defence_kg.core.errors import InputError
from defence_kg.loading.registry import Registry


@dataclass(frozen=True)
class Candidate:
    iri: str
    label: str
    matched: str
    how: str


@dataclass(frozen=True)
class Resolution:
    """The entity a name resolves to (or none), why, and every candidate it matched."""

    name: str
    resolves_to: str | None
    label: str | None
    why: str
    candidates: tuple[Candidate, ...]


def resolve(registry: Registry, name: str) -> Resolution:
    """The candidates for ``name``, the entity it resolves to (or none) and the reason.

    >>> from defence_kg import build
    >>> from defence_kg.loading.registry import Registry
    >>> resolve(Registry.of_store(build().store), "MOE").label
    'Ministry of Education'
    """
    if not name.strip():
        raise InputError("empty name", fix="give a name to resolve, e.g. defence-kg resolve MOE")
    candidates = registry.candidates(name)
    iri, why = registry.resolve_name(name)
    if iri is None and len({c.iri for c in candidates}) > 1:
        why = f"'{name}' names {len({c.iri for c in candidates})} entities: ambiguous, resolves to none"
    return Resolution(
        name=name,
        resolves_to=str(iri) if iri else None,
        label=registry.label(iri) if iri else None,
        why=why,
        candidates=tuple(Candidate(iri=str(c.iri), label=c.label, matched=c.matched, how=c.how) for c in candidates),
    )

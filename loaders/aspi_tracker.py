"""Loader for tracker profile pages given as text: one document per institution.

The institution's IRI is the registry's when the registry knows it (by the document's tracker
slug, or by the page's name), else one minted from its name: never from the file name.
"""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, SKOS

from defence_kg.core.namespaces import DKG, ID, SCHEMA
from defence_kg.loading.context import slug
from defence_kg.loading.extraction import Extractor
from defence_kg.loading.profile_text import Profile, institution_name, parse_profile


def names(ctx, document) -> list:
    """The institution the profile is about, when the registry does not know it: declared with
    the page's name, so that every document of the build resolves that name."""
    profile, _ = _read(ctx, document, head=True)
    subject = _subject(ctx, document, profile)
    if subject in ctx.registry.labels:
        return []
    return [(subject, profile.title or document.id.replace("-", " ").title())]


def load_document(ctx, document) -> None:
    profile, title = _read(ctx, document)
    doc = ctx.describe_document(document, title=title, modified=profile.last_updated)
    if profile.title is None:
        ctx.warn("%s: no institution name (no title line, no opening risk sentence)", document.id)
    subject = _subject(ctx, document, profile)
    # an institution the registry does not know is named by its page (declared by ``names``)
    known = subject in ctx.registry.labels and subject not in ctx.registry.declared
    extractor = Extractor(
        ctx=ctx, document=document, subject=subject, profile=profile, names={ctx.registry.label(subject)}
    )
    ctx.registry.ambiguous.clear()
    for sentence in extractor.run():
        ctx.add(doc, DKG.unparsedSentence, Literal(sentence.text, lang="en"))
        # the warning quotes a long sentence in part (the graph keeps it whole)
        text = sentence.text if len(sentence.text) <= 300 else sentence.text[:300] + "…"
        ctx.warn("%s: sentence not read: %s", document.id, text)
    for name in sorted(ctx.registry.ambiguous):
        ctx.warn(
            "%s: '%s' names several organisations; not resolved (defence-kg resolve '%s')", document.id, name, name
        )
    if not known and not _facts_about(ctx.triples, subject):
        # a text nothing in which reads as a profile (a recipe, a wrong file) makes no organisation
        ctx.warn("%s: nothing in the text reads as a profile of an institution; no organisation recorded", document.id)
        return
    if not known:
        ctx.add(subject, SKOS.prefLabel, Literal(ctx.registry.label(subject), lang="en"))
        if profile.title_zh:
            ctx.add(subject, SKOS.prefLabel, Literal(profile.title_zh, lang="zh-Hans"))
    ctx.add(doc, SCHEMA.about, subject)
    if not extractor.risk_read:
        # NUDT's page has none: no risk fact is made up; the level must come from elsewhere
        ctx.warn("%s: no risk sentence or risk badge read; no risk level recorded", document.id)
    if profile.last_updated is None:
        ctx.warn("%s: no 'Last updated' line", document.id)
    if not ctx.registry.types.get(subject):
        ctx.fact(subject, RDF.type, DKG.Organisation, document=document, quote=profile.title)


def _read(ctx, document, head: bool = False) -> tuple[Profile, str | None]:
    """The profile (with ``head``, its start only: see parse_profile), with the institution's name
    as its title, and the page's own title."""
    profile = parse_profile(ctx.read_text(document), where=str(ctx.document_path(document)), head=head)
    title = profile.title
    profile.title = institution_name(profile)
    return profile, title


def _subject(ctx, document, profile: Profile) -> URIRef:
    """The registry's IRI of the institution (by tracker slug or name), else one minted from its name."""
    return (
        ctx.registry.by_slug(document.id)
        or (ctx.registry.resolve(profile.title) if profile.title else None)
        or ID[slug(profile.title or document.id)]
    )


def _facts_about(triples, subject) -> bool:
    """A statement (with its evidence) about ``subject``, or with it as object (a party to an
    agreement), is among ``triples``."""
    return any(p in (RDF.subject, RDF.object) and o == subject for _, p, o in triples)

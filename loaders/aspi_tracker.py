"""Loader for tracker profile pages given as text: one document per institution.

The document id is the tracker's URL slug, which is also the institution's IRI slug unless the
registry already knows the institution by its title.
"""
from __future__ import annotations

import re

from defence_kg.loading.extraction import Extractor
from defence_kg.core.namespaces import DKG, ID, SCHEMA
from defence_kg.loading.profile_text import parse_profile
from rdflib import Literal
from rdflib.namespace import RDF, SKOS


def load(ctx) -> None:
    for document in ctx.source.documents:
        path = ctx.document_path(document)
        profile = parse_profile(ctx.read_text(document), where=str(path))
        doc = ctx.describe_document(document, title=profile.title, modified=profile.last_updated)
        if profile.title is None and profile.sentences:
            # a page that starts with its risk sentence: the name is that sentence's subject
            if m := re.match(r"^(?:The\s+)?(?P<name>[A-Z][^()]+?)(?:\s+\([^)]*\))?\s+is\s+(?:designated|assessed)\b",
                             profile.sentences[0].text):
                profile.title = m["name"].strip()
        subject = ctx.registry.by_slug(document.id) or (
            ctx.registry.resolve(profile.title) if profile.title else None) or ID[document.id]
        if subject not in ctx.registry.labels:
            # an institution the registry does not know yet: named by the page's title
            name = profile.title or document.id.replace("-", " ").title()
            ctx.add(subject, SKOS.prefLabel, Literal(name, lang="en"))
            ctx.registry.add_name(subject, name, "name")
            ctx.registry.labels[subject] = name
            if profile.title_zh:
                ctx.add(subject, SKOS.prefLabel, Literal(profile.title_zh, lang="zh-Hans"))
        extractor = Extractor(ctx=ctx, document=document, subject=subject, profile=profile,
                              names={ctx.registry.label(subject)})
        for sentence in extractor.run():
            ctx.add(doc, DKG.unparsedSentence, Literal(sentence.text, lang="en"))
            ctx.warn("%s: sentence not read: %s", document.id, sentence.text)
        ctx.add(doc, SCHEMA.about, subject)
        if not extractor.risk_read:
            # NUDT's page has none: no risk fact is made up; the level must come from elsewhere
            ctx.warn("%s: no risk sentence or risk badge read; no risk level recorded", document.id)
        if profile.last_updated is None:
            ctx.warn("%s: no 'Last updated' line", document.id)
        if not ctx.registry.types.get(subject):
            ctx.fact(subject, RDF.type, DKG.Organisation, document=document, quote=profile.title)

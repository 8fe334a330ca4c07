"""Evidence supports its fact (issue 11): every quote a statement carries occurs verbatim in the
text of the document it is derived from, up to whitespace, the form of quote marks and the citation
URLs the loader takes out of sentences (dkg:quote's definition). Checked on the built dataset and
on every profile of the gold set (tests/gold/profiles, our own writing) as ``extract`` reads them.

Statements with no quote say what else they rest on (dkg:basis); the risk designation's assessor
and date come from the document's metadata, and the micro-nano laboratory's host from where the
profile places it: the risk sentence and the committee's meeting sentence name neither."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib.namespace import PROV, RDF

from defence_kg.core.namespaces import DKG, ID, vocab
from defence_kg.loading.context import document_iri
from defence_kg.loading.profile_text import FOOTNOTE_MARK, URL, typography, without_footnote_separators
from defence_kg.loading.review import extract_document
from defence_kg.sources.documents import locate, read_text
from defence_kg.sources.profiles import read_profile
from helpers import ROOT

GOLD = sorted((ROOT / "tests" / "gold" / "profiles").glob("*.txt"))
QUOTE_MARKS = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})


def normalised(text: str) -> str:
    """The text without citation URLs (and the " ; ; " that separate footnotes) or footnote marks,
    in the typography the rules read (no invisible characters, a hyphen for a dash inside a word),
    without whitespace, with straight quote marks."""
    lines = URL.sub(" ", FOOTNOTE_MARK.sub("", typography(text))).splitlines()
    text = "\n".join(without_footnote_separators(line) for line in lines)
    return re.sub(r"\s+", "", text.translate(QUOTE_MARKS))


def quotes(triples) -> list[tuple[object, str]]:
    """(document, quote) of every quoted statement among the triples."""
    by_statement: dict = {}
    for s, p, o in triples:
        if p in (DKG.quote, PROV.wasDerivedFrom):
            by_statement.setdefault(s, {})[p] = o
    return [(v[PROV.wasDerivedFrom], str(v[DKG.quote])) for v in by_statement.values() if DKG.quote in v]


def misquoted(text: str, found: list[str]) -> list[str]:
    whole = normalised(text)
    return [quote for quote in found if normalised(quote) not in whole]


def test_every_quote_of_the_build_is_in_its_document(built, project):
    texts = {}
    for toml in sorted(project.sources.glob("*.toml")):
        source = read_profile(toml)
        for document in source.documents:
            if document.path:  # a shipped document (a download is not fetched in tests)
                texts[document_iri(source.id, document)] = read_text(locate(project, source, document, {}))
    found = quotes(built.store.triples())
    by_document = [(doc, quote) for doc, quote in found if doc in texts]
    assert len(by_document) >= 40, "the shipped profile's statements are checked"
    for doc in {doc for doc, _ in by_document}:
        bad = misquoted(texts[doc], [quote for d, quote in by_document if d == doc])
        assert not bad, f"{doc}: quotes not in the document: {bad}"


@pytest.mark.parametrize("path", GOLD, ids=[p.stem for p in GOLD])
def test_every_quote_of_a_gold_profile_is_in_it(project, path: Path):
    ctx = extract_document(project, path)
    found = [quote for _, quote in quotes(ctx.triples)]
    bad = misquoted(path.read_text(encoding="utf-8"), found)
    assert not bad, f"quotes not in {path.name}: {bad}"


EVIDENCE = f"""SELECT ?basis ?quote ?certainty ?s ?p WHERE {{
  ?st <{RDF.subject}> ?s ; <{RDF.predicate}> ?p ; <{DKG.certainty}> ?certainty .
  OPTIONAL {{ ?st <{DKG.basis}> ?basis }} OPTIONAL {{ ?st <{DKG.quote}> ?quote }}
}}"""


def test_metadata_and_context_facts_quote_no_unrelated_sentence(built):
    """assessedBy rests on the page's publisher, assessedAsOf quotes the "Last updated" line, and
    the micro-nano laboratory's host quotes no sentence (none names the laboratory and CQU)."""
    designation = ID["chongqing-university-risk-designation-2019-12-01"]
    lab = ID["defense-key-disciplines-lab-of-novel-micro-nano-devices-and-system-technology"]

    def evidence(s, p):
        return [row[:3] for row in built.store.query(EVIDENCE, bindings={"s": s, "p": p})[1]]

    metadata, context = vocab("basis", "document-metadata"), vocab("basis", "document-context")
    stated, implied = vocab("certainty", "stated"), vocab("certainty", "implied")
    assert evidence(designation, DKG.assessedBy) == [(metadata, None, stated)]
    [(basis, quote, certainty)] = evidence(designation, DKG.assessedAsOf)
    assert (basis, str(quote), certainty) == (metadata, "Last updated 1 December 2019.", stated)
    assert evidence(lab, DKG.hostedBy) == [(context, None, implied)]


def test_the_check_catches_a_quote_from_elsewhere():
    text = "Alder University hosts two laboratories ; https://example.org/a ; . Last updated 1 May 2020."
    assert misquoted(text, ["Alder University hosts two laboratories.", "Last  updated 1 May 2020."]) == []
    assert misquoted(text, ["Birch University hosts two laboratories."]) == ["Birch University hosts two laboratories."]

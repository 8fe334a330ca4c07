"""An alias shared or ambiguous across organisations never resolves silently (issue 11): a name
several registry entities carry resolves to none of them, a text that uses it gets a warning
naming it, and the registry holds no shared name but those the curators chose to share (the two
shipbuilding groups called "China State Shipbuilding Corporation", CSSC)."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import SKOS

from defence_kg import api
from defence_kg.core.namespaces import DKG, ID
from defence_kg.loading.review import load_registry
from helpers import ROOT

#: Names the curated registry gives to more than one entity on purpose, and why.
SHARED_ON_PURPOSE = {
    "China State Shipbuilding Corporation": "the group of 1999-2019 and the group formed in 2019",
    "CSSC": "the same two groups",
}
CSSC_GROUPS = {ID["china-state-shipbuilding-corporation"], ID["china-state-shipbuilding-corporation-1999"]}


def test_a_shared_name_resolves_to_nothing_and_says_why(project, built):
    registry = load_registry(project)
    for name in SHARED_ON_PURPOSE:
        assert registry.resolve(name) is None, name
        assert {c.iri for c in registry.candidates(name)} == CSSC_GROUPS, name
    resolution = api.resolve("China State Shipbuilding Corporation", built.store)
    assert resolution.resolves_to is None
    assert {str(c.iri) for c in resolution.candidates} == {str(i) for i in CSSC_GROUPS}


def test_no_name_is_shared_but_on_purpose(project):
    registry = load_registry(project)
    names = Graph()
    for path in sorted((ROOT / "data" / "curated").glob("*.ttl")):
        names.parse(path)
    shared = {
        str(name)
        for p in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel, DKG.abbreviation)
        for name in names.objects(None, p)
        if isinstance(name, Literal) and len({c.iri for c in registry.candidates(str(name))}) > 1
    }
    assert shared == set(SHARED_ON_PURPOSE), sorted(shared - set(SHARED_ON_PURPOSE))


@pytest.mark.parametrize(
    "sentence",
    [
        "Alder University has exchanges with China State Shipbuilding Corporation.",
        # a name the rules would mint an organisation from: never the IRI of either group
        "Alder University established a joint laboratory with the China State Shipbuilding Corporation in 2016.",
        "Alder University is a member of the China State Shipbuilding Corporation.",
    ],
)
def test_a_text_naming_a_shared_name_gets_a_warning_and_no_link(project, tmp_path, sentence):
    page = tmp_path / "alder-university.txt"
    page.write_text(
        "Alder University\n\n\nAlder University (AU) is designated high risk for its work on guided munitions.\n\n"
        f"{sentence}\n",
        encoding="utf-8",
    )
    extraction = api.extract(page, project)
    linked = {f["object"]["iri"] for f in extraction.facts if isinstance(f["object"], dict)}
    assert not linked & {str(i) for i in CSSC_GROUPS}
    assert any("'China State Shipbuilding Corporation' names several organisations" in w for w in extraction.warnings)

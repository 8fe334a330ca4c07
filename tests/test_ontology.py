"""The ontology: it parses, every term is documented, and the code uses only terms it defines."""

from __future__ import annotations

import re

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from defence_kg.core.namespaces import DKG
from helpers import ROOT


@pytest.fixture(scope="module")
def ontology() -> Graph:
    graph = Graph()
    for path in sorted((ROOT / "ontology").glob("*.ttl")):
        graph.parse(path)
    return graph


def terms(graph: Graph) -> set[URIRef]:
    return {s for s in graph.subjects() if isinstance(s, URIRef) and str(s).startswith(str(DKG))}


def test_header_has_version_and_licence(ontology):
    header = URIRef("https://w3id.org/defence-kg/ontology")
    assert (header, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(header, OWL.versionIRI) is not None
    assert ontology.value(header, URIRef("http://purl.org/dc/terms/license")) is not None


def test_every_term_has_label_and_comment(ontology):
    missing = [
        t for t in terms(ontology) if ontology.value(t, RDFS.label) is None or ontology.value(t, RDFS.comment) is None
    ]
    assert not missing, f"terms without rdfs:label or rdfs:comment: {sorted(missing)}"


def test_every_concept_is_labelled_and_in_a_scheme(ontology):
    for concept in ontology.subjects(RDF.type, SKOS.Concept):
        assert ontology.value(concept, SKOS.prefLabel) is not None, concept
        scheme = ontology.value(concept, SKOS.inScheme)
        assert (scheme, RDF.type, SKOS.ConceptScheme) in ontology, concept


def test_code_and_data_use_only_defined_terms(ontology):
    defined = {str(t)[len(str(DKG)) :] for t in terms(ontology)}
    used: dict[str, set[str]] = {}
    files = [
        *ROOT.glob("src/defence_kg/**/*.py"),
        *ROOT.glob("loaders/*.py"),
        *ROOT.glob("data/curated/*.ttl"),
        *ROOT.glob("queries/*.rq"),
        *ROOT.glob("shapes/*.ttl"),
    ]
    for path in files:
        text = path.read_text(encoding="utf-8")
        names = set(re.findall(r"\bDKG\.([A-Za-z]\w*)", text)) | set(re.findall(r"\bdkg:([A-Za-z]\w*)", text))
        names |= set(re.findall(r"ontology#([A-Za-z]\w*)", text))
        for name in names - defined:
            used.setdefault(name, set()).add(str(path.relative_to(ROOT)))
    assert not used, f"terms used but not defined in ontology/: {used}"


def test_ontology_readme_walks_through_the_example():
    readme = (ROOT / "ontology" / "README.md").read_text(encoding="utf-8")
    for needle in ("Chongqing University", "dkg:Statement", "dkg:TemporalValue", "dkg:Count", "IRI"):
        assert needle in readme

"""Several versions of one source, and an institution's risk history (defence_kg.dataset.build and
defence_kg.dataset.risk): two pages of our own about one invented institution (2019 and 2025), and
the two MISP shapes of our samples, load side by side with their own dates; nothing is overwritten;
the plain risk level is the latest designation's and every designation stays."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from defence_kg.core.errors import InputError
from defence_kg.dataset import build as dataset
from defence_kg.queries import library
from defence_kg.validation.shacl import validate_store
from helpers import ROOT, run_cli

PAGES = ROOT / "tests" / "releases"
MISP = ROOT / "tests" / "loaders" / "samples" / "misp"
FUT = URIRef("https://w3id.org/defence-kg/id/fenwick-university-of-technology")
PREFIXES = """PREFIX dkg: <https://w3id.org/defence-kg/ontology#>
PREFIX id: <https://w3id.org/defence-kg/id/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX schema: <https://schema.org/>
"""


def rows(store, query: str) -> list[tuple[str, ...]]:
    return [tuple(str(x) for x in row) for row in store.query(PREFIXES + query)[1]]


def both_pages(project):
    return dataset.build(
        project,
        documents={
            "own-pages": {"fenwick-university-of-technology": [PAGES / "fenwick-2019.txt", PAGES / "fenwick-2025.txt"]}
        },
    )


def test_two_versions_of_a_page_load_side_by_side_with_their_own_dates(own_project):
    store = both_pages(own_project).store
    documents = rows(
        store,
        """SELECT ?doc ?modified ?of WHERE { ?doc dcterms:isVersionOf ?of ; dcterms:modified ?modified ;
           schema:about id:fenwick-university-of-technology }""",
    )
    assert sorted(modified for _, modified, _ in documents) == ["2019-12-01", "2025-09-01"]
    assert {of for _, _, of in documents} == {
        "https://w3id.org/defence-kg/id/doc-own-pages-fenwick-university-of-technology"
    }
    assert len({doc for doc, _, _ in documents}) == 2
    hashes = rows(store, "SELECT ?doc ?h WHERE { ?doc dcterms:isVersionOf ?of ; schema:sha256 ?h }")
    assert len({h for _, h in hashes}) == 2
    # nothing overwritten: the laboratory both pages name has a statement from each version
    sources = rows(
        store,
        """SELECT DISTINCT ?doc WHERE { ?st rdf:subject id:fenwick-photonics-laboratory ;
           rdf:predicate dkg:hostedBy ; prov:wasDerivedFrom ?doc }""",
    )
    assert len(sources) == 2


def test_every_designation_stays_and_the_plain_level_is_the_latest(own_project):
    result = both_pages(own_project)
    store = result.store
    history = rows(
        store,
        """SELECT ?date ?level WHERE { id:fenwick-university-of-technology dkg:riskDesignation ?d .
           ?d dkg:assessedAsOf ?date ; dkg:riskLevel ?level } ORDER BY ?date""",
    )
    assert [(date, level.rsplit("/", 1)[-1]) for date, level in history] == [
        ("2019-12-01", "medium"),
        ("2025-09-01", "high"),
    ]
    assert rows(store, "SELECT ?l WHERE { id:fenwick-university-of-technology dkg:riskLevel ?l }") == [
        ("https://w3id.org/defence-kg/vocab/risk/high",)
    ]
    # the 2019 statement of the level is kept, marked as replaced by the 2025 designation
    replaced = rows(
        store,
        """SELECT ?by WHERE { ?st rdf:subject id:fenwick-university-of-technology ; rdf:predicate dkg:riskLevel ;
           rdf:object <https://w3id.org/defence-kg/vocab/risk/medium> ; dcterms:isReplacedBy ?by }""",
    )
    assert replaced == [
        ("https://w3id.org/defence-kg/id/fenwick-university-of-technology-risk-designation-2025-09-01",)
    ]
    report = validate_store(store, own_project.shapes)
    assert report.conforms, report.text()


def test_stored_queries_give_the_history_and_count_the_institution_once(own_project):
    store = both_pages(own_project).store
    history = library.find(own_project, "risk-history-of-institution")
    variables, found = library.run(history, {"institution": str(FUT)}, store=store)
    table = [dict(zip(variables, row, strict=True)) for row in found]
    assert [(str(r["assessedAsOf"]), str(r["riskLabel"]), r["current"].toPython()) for r in table] == [
        ("2019-12-01", "medium", False),
        ("2025-09-01", "high", True),
    ]
    assert str(table[0]["rationale"]) == "its growing involvement in defence research"
    assert all(r["quote"] is not None and r["source"] is not None for r in table)
    by_level = library.find(own_project, "institutions-by-risk-level")
    variables, found = library.run(by_level, {}, store=store)
    mine = [dict(zip(variables, row, strict=True)) for row in found if row[variables.index("institution")] == FUT]
    assert len(mine) == 1
    assert str(mine[0]["riskLabel"]) == "high" and str(mine[0]["assessedAsOf"]) == "2025-09-01"


def test_the_same_file_twice_is_one_version(own_project):
    page = PAGES / "fenwick-2019.txt"
    store = dataset.build(
        own_project, documents={"own-pages": {"fenwick-university-of-technology": [page, page]}}
    ).store
    assert rows(store, "SELECT ?d WHERE { ?d dcterms:isVersionOf ?of }") == []
    assert len(rows(store, "SELECT ?d WHERE { id:fenwick-university-of-technology dkg:riskDesignation ?d }")) == 1


def test_an_unknown_document_is_an_input_error(own_project):
    with pytest.raises(InputError, match="has no document 'nope'"):
        dataset.build(own_project, documents={"own-pages": {"nope": PAGES / "fenwick-2019.txt"}})


def test_build_document_takes_several_versions_on_the_command_line(own_project, capsys):
    code, out, err = run_cli(
        own_project,
        "build",
        "--source",
        "own-pages",
        "--document",
        f"own-pages=fenwick-university-of-technology={PAGES / 'fenwick-2019.txt'}",
        "--document",
        f"own-pages={PAGES / 'fenwick-2025.txt'}",
        capsys=capsys,
        root=own_project.root,
    )
    assert code == 0, err
    store = dataset.read(own_project.out)
    assert len(rows(store, "SELECT ?d WHERE { id:fenwick-university-of-technology dkg:riskDesignation ?d }")) == 2


def test_two_misp_snapshots_load_side_by_side(project):
    """The 2020-08-21 shape (with risk) and the later shape (without) of our samples, in one build:
    both versions of every entry are documents of their own; the 2020 designations are kept."""
    store = dataset.build(
        project,
        documents={
            "misp-galaxy": {"china-defence-universities": [MISP / "shape-2020-08-21.json", MISP / "current.json"]}
        },
    ).store
    clusters = rows(
        store,
        """SELECT ?doc ?h WHERE { ?doc dcterms:isVersionOf id:doc-misp-galaxy-china-defence-universities ;
           schema:sha256 ?h }""",
    )
    assert len(clusters) == 2
    entries = rows(
        store,
        "SELECT ?doc WHERE { ?doc dcterms:isVersionOf id:doc-misp-galaxy-entry-space-test-university }",
    )
    assert len(entries) == 2
    designations = rows(
        store,
        """SELECT ?date WHERE { id:space-test-university dkg:riskDesignation ?d . ?d dkg:assessedAsOf ?date }""",
    )
    assert designations == [("2020-08-21",)]
    assert rows(store, "SELECT ?l WHERE { id:space-test-university dkg:riskLevel ?l }") == [
        ("https://w3id.org/defence-kg/vocab/risk/very-high",)
    ]

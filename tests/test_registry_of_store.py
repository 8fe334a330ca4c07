"""``Registry.of_store`` reads only what the registry uses (names, slugs, types, parent links,
plain or stated) and gives the registry that reading every triple gives: the same names, labels
(in the same order: an entity's English label is the last one read), slugs, parents and types
(but the statements' own type)."""

from __future__ import annotations

from rdflib.namespace import RDF

from defence_kg.core.namespaces import DKG
from defence_kg.dataset import build as dataset
from defence_kg.loading.registry import STATEMENT_PARTS, STATEMENTS_READ, Registry


def test_the_registry_of_a_store_is_the_registry_of_all_its_triples(built):
    whole, read = Registry(built.store.triples()), Registry.of_store(built.store)
    assert list(read.labels.items()) == list(whole.labels.items())
    assert read.slugs == whole.slugs and read.parents == whole.parents
    assert read._names == whole._names and read._abbreviations == whole._abbreviations
    assert read.types == {iri: kinds for iri, kinds in whole.types.items() if kinds != {DKG.Statement}}


def test_a_parent_known_only_from_a_statement_is_read(built):
    # the shipped data holds such a parent (an implied link has no plain edge): the test would
    # pass without the statements' query otherwise
    plain = Registry(t for t in built.store.triples() if t[1] not in STATEMENT_PARTS and t[1] != RDF.type)
    read = Registry.of_store(built.store)
    assert any(read.parents[unit] - plain.parents.get(unit, set()) for unit in read.parents)


def test_a_dataset_read_with_only_the_statements_it_reads_gives_the_same_registry(built, project):
    whole = Registry.of_store(dataset.read(project.out))
    read = Registry.of_store(dataset.read(project.out, statements_about=STATEMENTS_READ))
    assert list(read.labels.items()) == list(whole.labels.items())
    assert (read.slugs, read.parents, read.types) == (whole.slugs, whole.parents, whole.types)
    assert read._names == whole._names and read._abbreviations == whole._abbreviations

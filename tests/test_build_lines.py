"""build (issue 16, point 2): the dataset is assembled as N-Quads lines, never read into a store
to be written out again. What it writes and counts is what the store of those quads gives: its
own serialisations, its SPARQL counts, and the risk levels settled on the whole store.

Projects: the shipped data, and two dated pages of our own writing about one invented
institution, whose older level is replaced by the newer one.
"""

from __future__ import annotations

import threading
from collections import Counter

import pytest
from rdflib import URIRef

from defence_kg.core.namespaces import DKG
from defence_kg.core.project import Project
from defence_kg.core.store import Store
from defence_kg.dataset import build as dataset
from defence_kg.dataset.nquads import SortedNQuads, Types
from defence_kg.dataset.risk import read_by_settling, settle_lines, settle_risk_levels, settling_lines
from test_build_incremental import with_an_older_page

#: the summary's definition, as the build counted it before: instances of each class and its
#: subclasses, in any graph
SUMMARY = "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a/<http://www.w3.org/2000/01/rdf-schema#subClassOf>* <%s> }"


@pytest.fixture
def two_pages(project_copy) -> Project:
    with_an_older_page(project_copy)
    return project_copy


@pytest.mark.parametrize("which", ["shipped", "two pages"])
def test_the_lines_are_what_the_store_of_their_quads_writes_and_counts(which, project_copy, request):
    project = project_copy if which == "shipped" else request.getfixturevalue("two_pages")
    result = dataset.build(project)
    nquads = result.store.serialize("nquads")  # the assembled lines, not read into a store
    store = Store()
    store.load_bytes(nquads, "nquads", where="the build")
    assert store.serialize("nquads") == nquads
    assert store.serialize("trig") == result.store.serialize("trig")
    assert result.figures.quads == len(store)
    assert result.figures.graphs == {str(g): store.count(g) for g in store.graphs()}
    for cls, n in result.figures.classes.items():
        assert n == int(store.query(SUMMARY % DKG[cls])[1][0][0]), cls
    assert dataset.summary_of(store) == result.figures.classes
    if which == "two pages":
        assert b"isReplacedBy" in nquads  # an older level replaced: settling changed the lines


def test_settling_the_lines_it_reads_is_settling_the_whole_store(two_pages, tmp_path):
    """The dataset before settling, settled again: on the whole store, and on the lines
    ``read_by_settling`` finds in its text."""
    result = dataset.build(two_pages, cache=tmp_path / "cache")
    assert result.record is not None
    settlement = result.record.settlement
    assert settlement.removed and settlement.added  # the 2019 level: its plain edge, and a mark
    settled = set(result.store.serialize("nquads").splitlines(keepends=True))
    lines = (settled - settlement.added) | settlement.removed
    unsettled = _store(lines)
    read = read_by_settling(SortedNQuads(unsettled.serialize("nquads")))
    on_lines = settle_lines(read)
    assert settle_risk_levels(unsettled) == on_lines == settlement
    # the lines it read are kept, and found again among any lines holding them
    assert settlement.read == read == settling_lines(lines)
    assert any(b"#quote>" in line for line in lines) and not any(b"#quote>" in line for line in read)


def _store(lines: set[bytes]) -> Store:
    store = Store()
    store.load_bytes(b"".join(sorted(lines)), "nquads", where="lines")
    return store


def test_a_dataset_given_as_lines_is_read_once_whoever_asks_first(built):
    nquads = built.store.serialize("nquads")
    lazy = Store.of_sorted_nquads(nquads)
    assert lazy.serialize("nquads") is nquads  # writing it needs no reading
    sizes: list[int] = []
    readers = [threading.Thread(target=lambda: sizes.append(len(lazy))) for _ in range(4)]
    for reader in readers:
        reader.start()
    for reader in readers:
        reader.join()
    assert sizes == [built.figures.quads] * 4
    lazy.add(URIRef("urn:x:g"), [(URIRef("urn:x:s"), URIRef("urn:x:p"), URIRef("urn:x:o"))])
    assert lazy.serialize("nquads") != nquads and len(lazy) == built.figures.quads + 1
    assert Counter(built.class_counts())  # the store's own queries still answer


def test_the_class_index_reads_the_type_lines_and_no_other():
    a = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
    lines = [
        f"<urn:x:a> {a} <urn:x:C> <urn:x:g1> .",
        f"<urn:x:a> {a} <urn:x:C> <urn:x:g2> .",
        f'<urn:x:b> <urn:x:says> "<urn:x:b> {a} <urn:x:C> <urn:x:g1> ." <urn:x:g1> .',  # inside a literal
        f"<urn:x:c> {a} <urn:x:D> <urn:x:g1> .",
    ]
    types = Types(SortedNQuads("".join(line + "\n" for line in sorted(lines)).encode()))
    c, d = URIRef("urn:x:C"), URIRef("urn:x:D")
    assert types.count([c]) == 1  # <urn:x:a>, typed in two graphs
    assert types.count([c], URIRef("urn:x:g2")) == 1 and types.count([d], URIRef("urn:x:g2")) == 0
    assert types.count([c, d]) == 2 and types.count([URIRef("urn:x:says")]) == 0


def test_the_class_index_patched_is_the_index_of_the_patched_lines():
    a = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
    before = {f"<urn:x:a> {a} <urn:x:C> <urn:x:g1> .\n", f"<urn:x:a> {a} <urn:x:C> <urn:x:g2> .\n"}
    before |= {f"<urn:x:b> {a} <urn:x:C> <urn:x:g1> .\n", '<urn:x:b> <urn:x:p> "x y" <urn:x:g1> .\n'}
    removed = {f"<urn:x:a> {a} <urn:x:C> <urn:x:g1> .\n", '<urn:x:b> <urn:x:p> "x y" <urn:x:g1> .\n'}
    added = {f"<urn:x:d> {a} <urn:x:D> <urn:x:g1> .\n", '<urn:x:d> <urn:x:p> "a b c" <urn:x:g1> .\n'}

    def index(lines: set[str]) -> Types:
        return Types(SortedNQuads("".join(sorted(lines)).encode()))

    patched = index(before).patch({line.encode() for line in removed}, {line.encode() for line in added})
    after = index((before - removed) | added)
    c, d, g1, g2 = (URIRef(f"urn:x:{n}") for n in ("C", "D", "g1", "g2"))
    for classes in ([c], [d], [c, d]):
        for graph in (None, g1, g2):
            assert patched.count(classes, graph) == after.count(classes, graph), (classes, graph)
    assert patched.count([c], g1) == 1 and patched.count([c]) == 2 and patched.count([d]) == 1


def test_the_union_of_a_dataset_with_triples_outside_any_graph_keeps_them_whole():
    """Fifty-ninth session: the union's lines were made by cutting each N-Quads line's last term,
    its graph; a triple outside any named graph (a .trig or .nq file given to ``diff``, a store
    filled through the API) lost its object instead, and the Turtle union could not be written.
    The same triple in two graphs is one triple of the union."""
    store = Store()
    store.load_bytes(
        b'<http://example.org/s> <http://example.org/p> "a b" <http://example.org/g> .\n'
        b'<http://example.org/s> <http://example.org/p> "a b" .\n'
        b"<http://example.org/s> <http://example.org/q> <http://example.org/o> .\n",
        "nquads",
        where="a fixture",
    )
    assert store.serialize("ntriples", union=True) == (
        b'<http://example.org/s> <http://example.org/p> "a b" .\n'
        b"<http://example.org/s> <http://example.org/q> <http://example.org/o> .\n"
    )
    assert b'"a b"' in store.serialize("turtle", union=True)
    assert len(store.union_triples()) == 2

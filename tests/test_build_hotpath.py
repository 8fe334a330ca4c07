"""The build's hot path: what is computed once per build rather than once per document gives the
same answers as computing it afresh (speed itself is measured in benchmarks/, not here)."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections import ChainMap

import pyoxigraph as ox
import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import SKOS

from defence_kg.core import processes, store
from defence_kg.core.errors import EXIT_OK, InputError
from defence_kg.core.namespaces import DKG, ID
from defence_kg.core.store import graph_nquads, to_ox
from defence_kg.dataset import build as dataset
from defence_kg.dataset import extract
from defence_kg.dataset.extract import Extracted, run_units
from defence_kg.dataset.packs import Packs
from defence_kg.loading.context import statement_iri
from defence_kg.loading.extraction import context as extraction_context
from defence_kg.loading.extraction.context import CLAIM_WORDS
from defence_kg.loading.extraction.names import GOVERNMENT, places_of
from defence_kg.loading.extraction.text import attributed_to
from defence_kg.loading.registry import Registry
from helpers import run_cli


def _registry(labels: dict[str, str]) -> Registry:
    return Registry([(ID[slug], SKOS.prefLabel, Literal(label, lang="en")) for slug, label in labels.items()])


def _afresh(labels) -> set[str]:
    """The definition: every label read, every time."""
    return {m[1].lower() for label in labels.values() if (m := GOVERNMENT.fullmatch(label))}


def test_places_follow_the_labels_added_between_documents():
    # more labels than a fork's own few, so the remembered path is the one taken
    labels = {f"university-{i}": f"University Number {i}" for i in range(100)}
    labels["sichuan-provincial-government"] = "Sichuan Provincial Government"
    registry = _registry(labels)
    assert places_of(registry, {"paris"}) == {"paris", "sichuan"}
    registry.labels[ID["mianyang-municipal-government"]] = "Mianyang Municipal Government"
    registry.labels[ID["guangxi"]] = "Guangxi Zhuang Autonomous Region Government"
    assert places_of(registry, set()) == _afresh(registry.labels) == {"sichuan", "mianyang", "guangxi"}


def test_places_of_a_fork_are_its_own_and_its_base_and_never_reach_the_base():
    base = _registry({f"institute-{i}": f"Institute {i}" for i in range(100)} | {"h": "Hunan Provincial Government"})
    assert places_of(base, set()) == {"hunan"}
    fork = _registry({})
    fork.labels = ChainMap({ID["x"]: "Xi'an Municipal Government"}, base.labels)  # as Registry.fork makes it
    assert places_of(fork, set()) == _afresh(fork.labels) == {"hunan", "xi'an"}
    assert places_of(base, set()) == {"hunan"}


def test_a_registry_read_again_when_its_labels_are_a_new_dict():
    registry = _registry({f"college-{i}": f"College {i}" for i in range(100)} | {"a": "Anhui Provincial Government"})
    assert places_of(registry, set()) == {"anhui"}
    registry.labels = {ID[f"school-{i}"]: f"School {i}" for i in range(80)}  # fewer labels, another dict
    assert places_of(registry, set()) == set()


# -- a document's lines --------------------------------------------------------------------------

_OBJECTS = st.one_of(
    st.builds(Literal, st.text()),
    st.builds(lambda text, lang: Literal(text, lang=lang), st.text(), st.sampled_from(["en", "zh-Hans", "fr-CA"])),
    st.builds(lambda n: Literal(n), st.integers() | st.booleans()),
    st.builds(lambda text: Literal(text, datatype=URIRef("http://www.w3.org/2001/XMLSchema#anyURI")), st.text()),
    st.builds(lambda text: Literal(text, datatype=URIRef("http://www.w3.org/2001/XMLSchema#string")), st.text()),
    st.builds(lambda i: ID[f"node-{i}"], st.integers(0, 3)),
    st.builds(lambda i: BNode(f"b{i}"), st.integers(0, 3)),
)


@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 2), _OBJECTS), max_size=12))
def test_a_documents_lines_are_what_oxigraph_writes_for_its_triples(rows):
    """Lines joined from terms (the build's hot path) are Oxigraph's N-Quads, escaping and
    repeats included, in the triples' order."""
    graph = ID["graph"]
    triples = [(ID[f"s{s}"], ID[f"p{p}"], o) for s, p, o in rows]
    quads = [ox.Quad(*(to_ox(t) for t in triple), to_ox(graph)) for triple in triples]
    assert graph_nquads(graph, triples) == ox.serialize(quads, format=ox.RdfFormat.N_QUADS)


@given(
    st.lists(_OBJECTS, min_size=1, max_size=6), st.lists(st.tuples(st.integers(0, 5), st.integers(0, 5)), max_size=12)
)
def test_terms_found_again_by_identity_are_written_as_themselves(pool, rows):
    """``graph_nquads`` finds a term it has written by the term's identity: the same objects in
    several places (a subject that is another line's object, a predicate that is an IRI of an
    object) and equal but distinct objects are each written as Oxigraph writes them, in documents
    one after another (predicates are remembered between documents)."""
    graph = ID["graph"]
    predicates = [ID["p0"], ID["p1"], URIRef(str(ID["p0"]))]
    iris = [term for term in pool if isinstance(term, URIRef)] + [ID["node-0"]]
    for _ in range(2):
        triples = [(iris[s % len(iris)], predicates[s % 3], pool[o % len(pool)]) for s, o in rows]
        triples += [(pool[0] if isinstance(pool[0], URIRef) else ID["s"], iris[0], iris[-1])]
        quads = [ox.Quad(*(to_ox(t) for t in triple), to_ox(graph)) for triple in triples]
        assert graph_nquads(graph, triples) == ox.serialize(quads, format=ox.RdfFormat.N_QUADS)


def test_terms_made_while_the_lines_are_written_are_not_taken_for_one_another():
    """A term made by a generator and dropped after its line would free its id for the next term:
    the terms found by identity are kept until the lines are written."""
    graph, texts = ID["graph"], [f"text {i}" for i in range(200)]
    lines = graph_nquads(graph, ((ID["s"], ID["p"], Literal(text, lang="en")) for text in texts))
    assert lines.decode().splitlines() == [f'<{ID["s"]}> <{ID["p"]}> "{text}"@en <{graph}> .' for text in texts]


def test_the_predicates_remembered_between_documents_are_bounded(monkeypatch):
    monkeypatch.setattr(store, "_PREDICATES_KEPT", 3)
    store._PREDICATE_TEXTS.clear()
    for i in range(5):
        triples = [(ID["s"], ID[f"p{i}-{j}"], ID["o"]) for j in range(2)]
        assert graph_nquads(ID["g"], triples).count(b"\n") == 2
        assert len(store._PREDICATE_TEXTS) <= 3 + 2  # emptied before a document once above the bound
    remembered, last = store._PREDICATE_TEXTS, [str(ID[f"p4-{j}"]) for j in range(2)]
    assert remembered == {iri: f"<{iri}>" for iri in last}


def test_an_invalid_predicate_is_refused_and_not_remembered():
    store._PREDICATE_TEXTS.clear()
    with pytest.raises(ValueError):
        graph_nquads(ID["g"], [(ID["s"], URIRef("not an iri"), ID["o"])])
    assert store._PREDICATE_TEXTS == {}


@given(_OBJECTS, _OBJECTS, st.none() | st.text())
def test_a_statements_iri_is_the_digest_of_its_terms_n3_forms(subject, value, quote):
    """The statement IRI's key is joined from the terms' N3 forms (an IRI's without rdflib's
    check): the digest of the key written out term by term, as it was formatted before."""
    graph, predicate = ID["graph"], DKG.hostedBy
    key = f"{subject.n3()}\n{predicate.n3()}\n{value.n3()}\n{graph.n3()}\n{quote or ''}"
    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    assert statement_iri(subject, predicate, value, graph, quote) == URIRef(f"{ID}st-{digest}")


# -- who a sentence's facts are according to ------------------------------------------------------

_SAYINGS = st.lists(
    st.sampled_from(
        [
            "According to its website,",
            "RU",
            "claims",
            "says",
            "it",
            "trained",
            "officers",
            ", according to",
            "media reports",
            "provincial media reports.",
            "Procurement records show that",
            "described itself",
            ".",
        ]
    ),
    max_size=8,
).map(" ".join)


@given(st.lists(_SAYINGS, min_size=1, max_size=6))
def test_what_a_sentence_says_of_its_source_is_read_once_and_is_the_same(texts):
    """A sentence's source and its claim words, read once per text for all its facts, are what
    reading them afresh gives, whatever was read before (they depend on the text alone)."""
    for text in texts + texts[::-1]:
        assert extraction_context._attribution(text) == attributed_to(text)
        assert extraction_context._has_claim_words(text) == (CLAIM_WORDS.search(text) is not None)


# -- the files a build writes ---------------------------------------------------------------------


def test_a_build_writes_the_named_graphs_and_the_union_only_on_request(project_copy, capsys):
    out = project_copy.out
    assert run_cli(project_copy, "build", "--union")[0] == EXIT_OK
    assert sorted(p.name for p in out.glob("dataset.*")) == ["dataset.nq", "dataset.nt", "dataset.trig", "dataset.ttl"]
    union = Graph().parse(out / "dataset.nt", format="nt")
    named = Dataset(default_union=True).parse(out / "dataset.nq", format="nquads")
    assert len(union) == len(set(named.triples((None, None, None)))) > 1000
    capsys.readouterr()
    # the next build writes no union: the earlier union files would describe an older dataset
    assert run_cli(project_copy, "build")[0] == EXIT_OK
    assert sorted(p.name for p in out.glob("dataset.*")) == ["dataset.nq", "dataset.trig"]
    printed = capsys.readouterr().out
    assert "dataset.nq" in printed and "dataset.ttl" not in printed


def test_the_union_files_are_the_union_of_the_named_graphs(built, tmp_path):
    dataset.write(built.store, tmp_path, union=True)
    nq = Dataset(default_union=True).parse(tmp_path / "dataset.nq", format="nquads")
    union = set(nq.triples((None, None, None)))
    assert set(Graph().parse(tmp_path / "dataset.nt", format="nt")) == union
    assert isomorphic(Graph().parse(tmp_path / "dataset.ttl", format="turtle"), Graph().parse(tmp_path / "dataset.nt"))


def _unit_lines(args: tuple, index: int) -> Extracted:
    return Extracted(b"<urn:x:%d> <urn:x:p> <urn:x:o> .\n" % index * args[0], (f"warning {index}",))


def test_workers_hand_extractions_back_by_file_and_leave_none(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # where the hand-off folder is made
    taken = _count_taken(monkeypatch)
    in_process = list(run_units(_unit_lines, (3,), list(range(40)), jobs=1))
    pooled = list(run_units(_unit_lines, (3,), list(range(40)), jobs=2))
    assert pooled == in_process and pooled[7] == Extracted(b"<urn:x:7> <urn:x:p> <urn:x:o> .\n" * 3, ("warning 7",))
    assert len(taken) == 40  # every one came back by file
    assert list(tmp_path.iterdir()) == []  # the folder and its files are gone


def _unit_names(args: tuple, index: int) -> list[tuple[URIRef, str]]:
    return [(URIRef(f"urn:x:{index}"), f"Name {index}")]


def test_workers_keep_the_cache_entries_of_what_they_extract(tmp_path, monkeypatch):
    """With a cache, the piece a worker hands an extraction back by is its entry: written once, by
    the worker (the main process writes none), into a pack of its own, and left in place; the
    names a unit declares come back by the pool's pipe and are listed in the cache's index."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    taken = _count_taken(monkeypatch)
    keys = [f"{i:064x}" for i in range(12)]
    with extract.Cache(tmp_path / "cache") as entries:
        pooled = list(run_units(_unit_lines, (2,), list(range(12)), 2, keep=entries.keeper(keys)))
        monkeypatch.setattr(extract.Cache, "_append", lambda *_: pytest.fail("an entry written twice"))
        for key, result in zip(keys, pooled, strict=True):
            entries.put_lines(key, result)  # as the build does: the entries are already there
        entries.put_names(keys[5], _unit_names((), 5))
    assert pooled == [_unit_lines((2,), i) for i in range(12)]
    assert len(taken) == 12
    packs = sorted(p.name for p in (tmp_path / "cache").glob("*.pack"))
    assert 1 <= len(packs) <= 2 and {pack for pack, _ in taken} == set(packs)  # a pack per worker
    again = extract.Cache(tmp_path / "cache")  # in place once the block ended, and listed
    assert [again.get_lines(key) for key in keys] == pooled
    assert again.get_names(keys[5]) == [(URIRef("urn:x:5"), "Name 5")] and again.get_names(keys[4]) is None
    assert list((tmp_path / "tmp").iterdir()) == []  # no hand-off file either


def test_the_cache_keeps_the_entries_a_build_used_and_compacts_its_packs(tmp_path):
    """Entries a build did not use are dropped; a pack less than half of whose bytes are still
    used is copied into a new one, so that rebuilds do not let the cache grow without end."""
    keys = [f"{i:064x}" for i in range(4)]
    with extract.Cache(tmp_path) as first:
        for i, key in enumerate(keys):
            first.put_lines(key, _unit_lines((50,), i))
    [old] = [p.name for p in tmp_path.glob("*.pack")]
    with extract.Cache(tmp_path) as second:  # uses three of four: the pack is kept as it is
        assert [second.get_lines(key) for key in keys[:3]] == [_unit_lines((50,), i) for i in range(3)]
    assert [p.name for p in tmp_path.glob("*.pack")] == [old]
    with extract.Cache(tmp_path) as third:  # uses one of three: copied
        assert third.get_lines(keys[0]) == _unit_lines((50,), 0)
    [new] = [p.name for p in tmp_path.glob("*.pack")]
    assert new != old and (tmp_path / new).stat().st_size == len(_unit_lines((50,), 0).nquads)
    assert extract.Cache(tmp_path).get_lines(keys[0]) == _unit_lines((50,), 0)
    assert extract.Cache(tmp_path).get_lines(keys[1]) is None


def test_a_cache_index_cannot_point_outside_its_packs(tmp_path):
    mine = tmp_path / "mine.txt"
    mine.write_bytes(b"a user's file")
    index = {"version": 1, "lines": {"k": ["../mine.txt", 0, 13, "", []]}, "names": {}}
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / extract.INDEX).write_text(json.dumps(index), encoding="utf-8")
    assert not extract.Cache(tmp_path / "cache").has("k")
    (tmp_path / "cache" / extract.INDEX).write_text("[not an index", encoding="utf-8")
    assert extract.Cache(tmp_path / "cache").get_lines("k") is None


def _count_taken(monkeypatch) -> list[str]:
    """The names of the files the main process reads extractions back from."""
    taken: list[str] = []
    original = extract._Aside.take
    monkeypatch.setattr(
        extract._Aside, "take", lambda self: taken.append((self.piece.pack, self.piece.offset)) or original(self)
    )
    return taken


def test_an_extraction_that_cannot_be_written_aside_takes_the_pipe(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))

    def full_disk(self, data):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Packs, "append", full_disk)  # the forked workers inherit it
    taken = _count_taken(monkeypatch)
    pooled = list(run_units(_unit_lines, (2,), list(range(10)), jobs=2))
    assert pooled == [_unit_lines((2,), i) for i in range(10)] and taken == []
    assert list(tmp_path.iterdir()) == []


def _made_beside(args: tuple, index: int) -> bytes:
    what, parent = args
    if what == "dies" and os.getpid() != parent:
        os._exit(3)  # a forked process killed before it left its result
    if what == "refuses":
        raise InputError("a project error", where=f"part {index}", fix="none")
    return b"made by %d" % os.getpid()


def test_a_forked_result_comes_back_by_file_and_leaves_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with processes.forked(_made_beside, ("made", os.getpid()), 0) as result:
        made = result()
    assert made.startswith(b"made by ") and made != b"made by %d" % os.getpid()  # in another process
    assert list(tmp_path.iterdir()) == []


def test_a_result_whose_process_died_is_made_here(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with processes.forked(_made_beside, ("dies", os.getpid()), 0) as result:
        assert result() == b"made by %d" % os.getpid()
    assert list(tmp_path.iterdir()) == []


def test_a_project_error_in_a_forked_process_is_raised_here_whole():
    with pytest.raises(InputError) as raised, processes.forked(_made_beside, ("refuses", os.getpid()), 5) as result:
        result()
    assert (raised.value.what, raised.value.where, raised.value.fix) == ("a project error", "part 5", "none")


def test_without_fork_the_result_is_made_when_asked_for():
    with processes.forked(_made_beside, ("made", os.getpid()), 0, fork=False) as result:
        assert result() == b"made by %d" % os.getpid()


def test_a_cache_of_an_earlier_version_is_replaced_and_nothing_else_removed(tmp_path):
    """Entry files of the versions before packs are never read, and go with the next build;
    a file the tool did not name is left alone."""
    old = [tmp_path / f"{1:064x}.nq", tmp_path / f"{1:064x}.json"]
    for path in old:
        path.write_bytes(b"# {}\n")
    (tmp_path / "notes.txt").write_text("a user's notes", encoding="utf-8")
    with extract.Cache(tmp_path) as entries:
        assert not entries.has(f"{1:064x}")
        entries.put_lines(f"{2:064x}", _unit_lines((1,), 2))
    assert not any(path.exists() for path in old)
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "a user's notes"
    assert extract.Cache(tmp_path).get_lines(f"{2:064x}") == _unit_lines((1,), 2)

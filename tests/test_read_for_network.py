"""Reading a dataset with only the statements a view needs (``dataset.read(statements_about=...)``):
the other statements are left out with every line of theirs, nothing else is, and the network,
its exports and its names are the same as from the whole dataset. The N-Quads below are of our own
writing (names invented)."""

from __future__ import annotations

import pytest

from defence_kg.analysis import network
from defence_kg.core import CERTAINTIES
from defence_kg.core.errors import InputError
from defence_kg.dataset import build as dataset
from defence_kg.dataset.build import only_statements_about
from defence_kg.exports import gexf, graphml
from defence_kg.exports import networkx as gx

ID, DKG = "https://w3id.org/defence-kg/id/", "https://w3id.org/defence-kg/ontology#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
G = "<https://w3id.org/defence-kg/graph/test/own>"


def line(s: str, p: str, o: str) -> bytes:
    return f"{s} {p} {o} {G} .\n".encode()


def statement(name: str, predicate: str, *extra: bytes) -> list[bytes]:
    st = f"<{ID}{name}>"
    return [
        line(st, f"<{RDF}type>", f"<{DKG}Statement>"),
        line(st, f"<{RDF}subject>", f"<{ID}heron-college>"),
        line(st, f"<{RDF}predicate>", f"<{predicate}>"),
        line(st, f"<{RDF}object>", f"<{ID}egret-works>"),
        *extra,
    ]


PLAIN = [
    line(f"<{ID}heron-college>", f"<{DKG}hostedBy>", f"<{ID}egret-works>"),
    line(f"<{ID}heron-college>", "<http://www.w3.org/2004/02/skos/core#prefLabel>", '"Heron College"@en'),
    # a literal that holds the very text of an rdf:predicate line, after a space
    line(f"<{ID}st-label>", f"<{DKG}quote>", f'"x> <{RDF}predicate> <{DKG}topic> ."'),
]
HOSTED = statement("st-hosted", f"{DKG}hostedBy", line(f"<{ID}st-hosted>", f"<{DKG}quote>", '"hosted"'))
TOPIC = statement("st-topic", f"{DKG}topic", line(f"<{ID}st-topic>", f"<{DKG}quote>", '"a topic"'))
# one statement naming two predicates, one of them wanted: kept whole
BOTH = statement("st-both", f"{DKG}topic", line(f"<{ID}st-both>", f"<{RDF}predicate>", f"<{DKG}hostedBy>"))
BLANK = [
    b"_:b1 <" + f"{RDF}predicate> <{DKG}topic> {G} .\n".encode(),
    b"_:b1 <" + f"{RDF}type> <{DKG}Statement> {G} .\n".encode(),
]


def test_only_the_statements_of_other_predicates_are_left_out_whole():
    # interleaved, as a hand-edited file may be: the order of lines does not matter
    groups = (PLAIN, HOSTED, TOPIC, BOTH, BLANK)
    lines = [g[i] for i in range(max(map(len, groups))) for g in groups if i < len(g)]
    kept = b"".join(only_statements_about(b"".join(lines), {f"{DKG}hostedBy".encode()}))
    assert kept.splitlines(keepends=True) == [x for x in lines if x not in TOPIC]


def test_nothing_to_leave_out_gives_the_same_bytes():
    data = b"".join(PLAIN + HOSTED)
    assert b"".join(only_statements_about(data, {f"{DKG}hostedBy".encode()})) == data


@pytest.mark.parametrize("trailing_break", [True, False])
@pytest.mark.parametrize("pieces", [1, 3, 1000])  # 1000: a cut asked for after every line
def test_sorted_lines_lose_the_same_blocks_as_lines_read_one_by_one(trailing_break, pieces):
    # a statement left out first in the text, one last, one kept between two left out
    first = statement("a-first", f"{DKG}topic")
    last = statement("zz-last", f"{DKG}topic", line(f"<{ID}zz-last>", f"<{DKG}quote>", '"last"'))
    data = b"".join(sorted(PLAIN + HOSTED + TOPIC + BOTH + first + last))
    data = data if trailing_break else data[:-1]
    wanted = {f"{DKG}hostedBy".encode()}
    cut = list(only_statements_about(data, wanted, sorted_lines=True, pieces=pieces))
    kept = b"".join(cut)
    assert kept == b"".join(only_statements_about(data, wanted))
    # each piece ends where a subject does, however many were asked for
    subjects = [{line.split(b" ")[0] for line in piece.splitlines()} for piece in cut]
    assert all(not a & b for i, a in enumerate(subjects) for b in subjects[i + 1 :])
    if pieces in (1, 1000):  # one piece; or one per subject, the smallest a piece can be
        assert len(cut) == (1 if pieces == 1 else len({line.split(b" ")[0] for line in data.splitlines()}))
    assert f"<{ID}a-first>".encode() not in kept and f"<{ID}zz-last>".encode() not in kept
    assert kept.count(f"<{ID}st-both>".encode()) == len(BOTH)


@pytest.mark.parametrize("certainty", CERTAINTIES)
def test_a_built_dataset_loses_the_same_lines_either_way(built, project, certainty):
    data = (project.out / "dataset.nq").read_bytes()
    wanted = {iri.encode() for iri in network.statement_predicates(certainty)}
    kept = b"".join(only_statements_about(data, wanted, sorted_lines=True))
    assert kept == b"".join(only_statements_about(data, wanted)) and len(kept) < len(data)


@pytest.mark.parametrize("certainty", CERTAINTIES)
def test_the_network_and_its_names_are_those_of_the_whole_dataset(built, project, certainty):
    whole = dataset.read(project.out)
    part = dataset.read(project.out, statements_about=network.statement_predicates(certainty))
    assert len(part) < len(whole)
    for agreements in ("node", "fold"):
        a = gx.to_networkx(whole, agreements=agreements, certainty=certainty)
        b = gx.to_networkx(part, agreements=agreements, certainty=certainty)
        assert gexf.to_bytes(a) == gexf.to_bytes(b) and graphml.to_bytes(a) == graphml.to_bytes(b)
    names, part_names = network.Network(whole, certainty=certainty), network.Network(part, certainty=certainty)
    assert part_names.registry.parents == names.registry.parents
    assert part_names.resolve("CQU") == names.resolve("CQU")


def test_a_malformed_dataset_is_reported_at_its_line_in_the_file(tmp_path):
    good = PLAIN + HOSTED + TOPIC
    (tmp_path / "dataset.nq").write_bytes(b"".join(good) + b"<broken line\n")
    with pytest.raises(InputError) as err:
        dataset.read(tmp_path, statements_about={f"{DKG}hostedBy"})
    assert err.value.where == f"{tmp_path / 'dataset.nq'}:{len(good) + 1}"

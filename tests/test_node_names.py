"""IRIs come from the institution and from what each node is, never from the file's name or the
order of the sentences (issue 11, point 9). Profiles of our own writing about invented institutions."""

from __future__ import annotations

from pathlib import Path

from rdflib import URIRef

from defence_kg.core.namespaces import ID
from defence_kg.loading.extraction.node_names import NodeNames, rename
from defence_kg.loading.review import extract_document

TITLE = "Zhangjiajie Institute of Lunar Engineering"
OPENING = f"The {TITLE} is a public university. Its defence laboratories work on regolith."
AGREEMENTS = (
    f"In 2016, the {TITLE} signed a strategic cooperation agreement with the China Aerospace Science and "
    "Technology Corporation to develop lunar rovers.",
    f"In 2016, the {TITLE} signed a cooperation agreement with the China Academy of Engineering Physics "
    "to train engineers.",
    f"In 2018, the {TITLE} signed a cooperation agreement with the China Academy of Engineering Physics "
    "to share test ranges.",
)


def facts_of(project, folder: Path, name: str, sentences: tuple[str, ...]) -> set[tuple[str, str, str]]:
    """(subject, predicate, object) of every fact the profile yields, read from a file ``name``."""
    path = folder / name
    path.write_text(f"{TITLE}\n\n\n" + "\n\n".join((OPENING, *sentences)) + "\n", encoding="utf-8")
    ctx = extract_document(project, path)
    statements: dict = {}
    for s, p, o in ctx.triples:
        if str(p).endswith(("#subject", "#predicate", "#object")):
            statements.setdefault(s, {})[str(p).rsplit("#", 1)[1]] = str(o)
    return {(st["subject"], st["predicate"], st["object"]) for st in statements.values()}


def test_iris_do_not_depend_on_the_file_name_or_the_order_of_sentences(project, tmp_path):
    first = facts_of(project, tmp_path, "fake.txt", AGREEMENTS)
    second = facts_of(project, tmp_path, "another-name.txt", tuple(reversed(AGREEMENTS)))
    assert first == second
    nodes = {s for s, _, _ in first}
    assert not any("fake" in s or "another-name" in s for s in nodes)
    agreements = sorted(s for s in nodes if "-agreement-" in s)
    base = str(ID["zhangjiajie-institute-of-lunar-engineering-agreement-2016"])
    # the two 2016 agreements share a kind and a date: each is named by its own sentence, neither plainly
    assert len([a for a in agreements if a.startswith(base + "-")]) == 2
    assert base not in agreements
    # a node no other node of the profile shares a name with keeps its plain name
    assert str(ID["zhangjiajie-institute-of-lunar-engineering-agreement-2018"]) in agreements


def test_a_renamed_node_takes_its_date_node_and_statements_along():
    names = NodeNames()
    first = names.mint("x-agreement-2016", "first sentence")
    assert first == ID["x-agreement-2016"]
    second = names.mint("x-agreement-2016", "second sentence")
    renames = names.renames()
    assert set(renames) == {first} and second != renames[first]
    date = URIRef(first + "-date")
    graph = ID["graph"]
    triples = [
        (first, ID["p"], date),
        (URIRef(second + "-date"), ID["p"], second),
        (ID["st-0000000000000000"], URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#subject"), first),
        (ID["st-0000000000000000"], URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate"), ID["p"]),
        (ID["st-0000000000000000"], URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#object"), date),
    ]
    out = rename(triples, renames, {second}, graph)
    new = renames[first]
    assert out[0] == (new, ID["p"], URIRef(new + "-date"))
    assert out[1] == triples[1]  # the other node (whose name begins with the plain one) is untouched
    assert out[2][0] != ID["st-0000000000000000"] and out[2][2] == new
    assert {t[0] for t in out[2:]} == {out[2][0]}

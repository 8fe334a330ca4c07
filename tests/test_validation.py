"""validation.py: the report (grouped by graph, naming focus and value), its JSON, attribution
to named graphs through the store, errors, and meta-tests on the shapes themselves."""

from __future__ import annotations

import json

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH, SKOS

from defence_kg.core.errors import InputError
from defence_kg.core.namespaces import DKG, GRAPH, ID, VOCAB
from defence_kg.core.store import Store
from defence_kg.validation.shacl import SHAPES, load_shapes, validate, validate_store
from helpers import ROOT

SHAPES_DIR = ROOT / "shapes"

#: Parameters that make a shape node carry a constraint (SHACL core, section 4).
CONSTRAINT_PARAMETERS = {
    SH["class"],
    SH.datatype,
    SH.nodeKind,
    SH.minCount,
    SH.maxCount,
    SH.minExclusive,
    SH.minInclusive,
    SH.maxExclusive,
    SH.maxInclusive,
    SH.minLength,
    SH.maxLength,
    SH.pattern,
    SH.languageIn,
    SH.uniqueLang,
    SH.equals,
    SH.disjoint,
    SH.lessThan,
    SH.lessThanOrEquals,
    SH["not"],
    SH["and"],
    SH["or"],
    SH.xone,
    SH.node,
    SH.qualifiedValueShape,
    SH.closed,
    SH.hasValue,
    SH["in"],
}
LOGICAL = (SH["or"], SH["and"], SH.xone)

SOURCE_A = GRAPH["source/a"]
SOURCE_B = GRAPH["source/b"]


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes(SHAPES_DIR)


@pytest.fixture(scope="module")
def store_report():
    """A store with the ontology and two source graphs, each with one broken rule."""
    store = Store()
    for path in sorted((ROOT / "ontology").glob("*.ttl")):
        store.load_file(path, GRAPH["ontology"])
    cur, uni, count = ID["defence-kg-curators"], ID["example-university"], ID["example-count"]
    note = ID["curation-note"]

    def backed(s, p, o):
        st = ID[f"st-{len(s)}-{len(str(o))}-{str(p).rsplit('#', 1)[-1]}-{str(s).rsplit('/', 1)[-1]}"]
        return [
            (s, p, o),
            (st, RDF.type, DKG.Statement),
            (st, RDF.subject, s),
            (st, RDF.predicate, p),
            (st, RDF.object, o),
            (st, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), note),
            (st, DKG.assertedBy, cur),
            (st, DKG.certainty, VOCAB["certainty/stated"]),
        ]

    store.add(
        GRAPH["curated/entities"],
        [
            *backed(cur, RDF.type, DKG.Committee),
            (cur, SKOS.prefLabel, Literal("curators", lang="en")),
            *backed(uni, RDF.type, DKG.CivilianUniversity),
            (uni, SKOS.prefLabel, Literal("Example U", lang="en")),
        ],
    )
    # Source A: a ROR id given as a URL; source B: a negative count.
    store.add(SOURCE_A, backed(uni, DKG.rorId, Literal("https://ror.org/023rhb549")))
    store.add(
        SOURCE_B,
        [
            (count, RDF.type, DKG.Count),
            (count, DKG.value, Literal(-3)),
            (count, DKG.countPrecision, VOCAB["count-precision/exact"]),
        ],
    )
    return validate_store(store, SHAPES_DIR)


def test_store_results_are_attributed_to_the_graphs_describing_the_focus(store_report):
    assert not store_report.conforms
    by_focus = {(r.focus, r.shape): r for r in store_report.results}
    assert set(by_focus) == {
        (str(ID["example-university"]), SHAPES + "OrganisationShape-rorId"),
        (str(ID["example-count"]), SHAPES + "CountShape-value"),
    }, store_report.text()
    ror = by_focus[(str(ID["example-university"]), SHAPES + "OrganisationShape-rorId")]
    assert ror.graphs == (str(GRAPH["curated/entities"]), str(SOURCE_A))
    assert ror.value == '"https://ror.org/023rhb549"'
    count = by_focus[(str(ID["example-count"]), SHAPES + "CountShape-value")]
    assert count.graphs == (str(SOURCE_B),)
    assert count.value == Literal(-3).n3()


def test_text_groups_by_graph_and_names_focus_and_value(store_report):
    text = store_report.text()
    lines = text.splitlines()
    header_b = lines.index("Graph graph:source/b: 1 result(s)")
    header_a = next(
        i for i, line in enumerate(lines) if line.startswith("Graph graph:curated/entities, graph:source/a")
    )
    # Each result sits under its graph's header, with its shape, focus node and value.
    section_a = "\n".join(lines[header_a:header_b] if header_a < header_b else lines[header_a:])
    section_b = "\n".join(lines[header_b:header_a] if header_b < header_a else lines[header_b:])
    assert "Shape shapes:OrganisationShape-rorId" in section_a
    assert 'id:example-university has ROR id "https://ror.org/023rhb549"' in section_a
    assert "Shape shapes:CountShape-value" in section_b
    assert 'id:example-count has value "-3"^^xsd:integer' in section_b
    assert lines[-1] == "Does not conform: 2 result(s) (2 violations) in 2 graph group(s)."


def test_json_report_round_trips(store_report):
    data = json.loads(store_report.to_json())
    assert data["conforms"] is False
    assert data["counts"] == {"Violation": 2}
    assert [r["focus"] for r in data["results"]] == [r.focus for r in store_report.results]
    assert all(
        set(r) == {"focus", "path", "value", "shape", "component", "severity", "message", "graphs"}
        for r in data["results"]
    )


def test_results_are_sorted_and_deterministic(shapes):
    data = Graph()
    for path in sorted((ROOT / "ontology").glob("*.ttl")):
        data.parse(path)
    for name in ("b", "a", "c"):
        node = ID[f"count-{name}"]
        data.add((node, RDF.type, DKG.Count))
        data.add((node, DKG.value, Literal(-1)))
    first, second = validate(data, shapes), validate(data, shapes)
    assert first == second
    assert [r.focus for r in first.results] == sorted(r.focus for r in first.results)
    assert first.text() == second.text()


def test_conforming_report_text(shapes):
    report = validate(Graph(), shapes)
    assert report.conforms and report.results == ()
    assert report.text() == "Conforms: no results."


def test_every_message_is_filled_in(shapes):
    data = Graph()
    data.add((ID["c"], RDF.type, DKG.Count))
    data.add((ID["c"], DKG.value, Literal("many")))
    data.add((ID["t"], RDF.type, DKG.TemporalValue))
    data.add((ID["t"], DKG.verbatim, Literal("2011", lang="en")))
    data.add((ID["t"], DKG.when, Literal("2011", datatype=URIRef("http://www.w3.org/2001/XMLSchema#gYear"))))
    report = validate(data, shapes)
    assert report.results
    for r in report.results:
        assert "{$" not in r.message and "{?" not in r.message, r.message
        assert r.message.startswith(("id:c ", "id:t ")), r.message


def test_unknown_engine_is_an_input_error(shapes):
    with pytest.raises(InputError, match="unknown SHACL engine 'fast'"):
        validate(Graph(), shapes, engine="fast")


def test_malformed_shapes_file_names_file_and_line(tmp_path):
    (tmp_path / "ok.ttl").write_text("@prefix sh: <http://www.w3.org/ns/shacl#> .\n", encoding="utf-8")
    (tmp_path / "broken.ttl").write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n\n<a> sh:path \n", encoding="utf-8"
    )
    with pytest.raises(InputError) as info:
        load_shapes(tmp_path)
    assert info.value.where.startswith(str(tmp_path / "broken.ttl") + ":")


def test_empty_shapes_folder_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no shapes found"):
        load_shapes(tmp_path)


# -- meta-tests on shapes/ ---------------------------------------------------------------------


def _logical_members(g: Graph) -> set:
    members = set()
    for key in LOGICAL:
        for lst in g.objects(None, key):
            members.update(Collection(g, lst))
    return members


def test_every_constraint_has_a_message(shapes):
    """Every node shape and property shape with a core constraint, and every SPARQL constraint
    (the object of sh:sparql, which carries the message for its shape), has an sh:message. Members of sh:or/sh:and/sh:xone lists are parts of their parent's constraint,
    whose message speaks for them."""
    members = _logical_members(shapes)
    constrained = {s for p in CONSTRAINT_PARAMETERS for s in shapes.subjects(p, None)} - members
    sparql = set(shapes.objects(None, SH.sparql))
    missing = sorted(str(n) for n in constrained | sparql if shapes.value(n, SH.message) is None)
    assert not missing, f"constraints without sh:message: {missing}"
    assert len(constrained) > 50


def test_every_message_names_the_focus_node(shapes):
    messages = [(s, str(m)) for s, m in shapes.subject_objects(SH.message)]
    assert all(shapes.value(c, SH.message) for c in shapes.objects(None, SH.sparql))
    assert messages
    bad = sorted(str(s) for s, m in messages if "{$this}" not in m)
    assert not bad, f"messages that do not name the focus node with {{$this}}: {bad}"


def test_value_constraints_name_the_offending_value(shapes):
    """Shapes whose constraints judge each value (not counts) put {?value} in their message."""
    value_parameters = {
        SH["class"],
        SH.datatype,
        SH.nodeKind,
        SH.pattern,
        SH["in"],
        SH.minInclusive,
        SH["or"],
        SH.node,
        SH.lessThanOrEquals,
    }
    members = _logical_members(shapes)
    bad = sorted(
        str(s)
        for p in value_parameters
        for s in shapes.subjects(p, None)
        if s not in members
        and shapes.value(s, SH.path) is not None
        and "{?value}" not in str(shapes.value(s, SH.message))
    )
    assert not bad, f"value constraints whose message does not name {{?value}}: {bad}"


def test_every_named_shape_is_documented(shapes):
    named = {
        s for s in shapes.subjects(RDF.type, None) if shapes.value(s, RDF.type) in (SH.NodeShape, SH.PropertyShape)
    }
    assert named
    for shape in named:
        assert isinstance(shape, URIRef) and str(shape).startswith(SHAPES), shape
        assert shapes.value(shape, RDFS.label) is not None, f"{shape} has no rdfs:label"
        assert shapes.value(shape, RDFS.comment) is not None, f"{shape} has no rdfs:comment"
    # Shapes that are used (targets, sh:property, sh:node) are named, not blank.
    used = set(shapes.objects(None, SH.property)) | set(shapes.objects(None, SH.node))
    assert all(isinstance(s, URIRef) for s in used)


def test_closed_scheme_lists_match_the_vocabularies(shapes):
    """Every sh:in list of concepts lists exactly the concepts of one scheme."""
    vocab = Graph()
    vocab.parse(ROOT / "ontology" / "vocabularies.ttl")
    for shape, lst in shapes.subject_objects(SH["in"]):
        listed = set(Collection(shapes, lst))
        schemes = {vocab.value(c, SKOS.inScheme) for c in listed}
        assert len(schemes) == 1 and None not in schemes, f"{shape}: sh:in mixes schemes or unknown concepts"
        scheme = schemes.pop()
        assert listed == set(vocab.subjects(SKOS.inScheme, scheme)), f"{shape}: out of step with {scheme}"

"""The MISP galaxy loader (loaders/misp_galaxy.py) on fixtures of our own in both shapes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from defence_kg.core.errors import InputError
from defence_kg.dataset import build as dataset

SAMPLES = Path(__file__).parent / "loaders" / "samples" / "misp"
PREFIXES = """PREFIX dkg: <https://w3id.org/defence-kg/ontology#>
PREFIX id: <https://w3id.org/defence-kg/id/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
"""


@pytest.fixture(scope="module", params=["current", "shape-2020-08-21"])
def misp(request, project):
    result = dataset.build(
        project, documents={"misp-galaxy": {"china-defence-universities": SAMPLES / f"{request.param}.json"}}
    )
    return request.param, result


def rows(result, query):
    _, found = result.store.query(PREFIXES + query)
    return [tuple(str(x) for x in row) for row in found]


def test_says_which_shape_it_read(misp):
    shape, result = misp
    expected = "current" if shape == "current" else "2020-08-21"
    assert any(f"read the {expected} shape" in w for w in result.warnings)


def test_unknown_keys_are_reported_and_kept(misp):
    _, result = misp
    assert any("favourite colour" in w for w in result.warnings)
    assert rows(result, 'SELECT ?d WHERE { ?d dkg:unparsedSentence ?t FILTER(CONTAINS(STR(?t), "favourite colour")) }')


def test_seed_profile_and_misp_entry_are_one_node_with_separate_evidence(misp):
    _, result = misp
    graphs = rows(
        result,
        """SELECT DISTINCT ?g WHERE { GRAPH ?g { ?st a dkg:Statement ;
        rdf:subject id:chongqing-university ; rdf:predicate ?p ;
        rdf:object id:ministry-of-education } VALUES ?p { dkg:subordinateTo dkg:supervisedBy } }""",
    )
    assert {g.rsplit("/", 1)[-1] for (g,) in graphs} == {"aspi-tracker", "misp-galaxy"}


def test_every_misp_fact_cites_its_entry(misp):
    _, result = misp
    uncited = rows(
        result,
        """SELECT ?st WHERE { GRAPH <https://w3id.org/defence-kg/graph/source/misp-galaxy> {
        ?st a dkg:Statement . FILTER NOT EXISTS { ?st prov:wasDerivedFrom ?d . ?d a dkg:SourceDocument } } }""",
    )
    assert uncited == []
    quotes = rows(
        result,
        """SELECT ?q WHERE { ?st rdf:subject id:chongqing-university ;
        rdf:predicate dkg:supervisedBy ; rdf:object id:ministry-of-education ; dkg:quote ?q }""",
    )
    assert any('"Ministry of Education (MOE)"' in q for (q,) in quotes)


def test_academy_alias_becomes_a_subsidiary_not_a_name(misp):
    _, result = misp

    # read through an alias, the link is implied: its statement, and no plain edge (docs/model.md)
    linked = rows(
        result,
        """SELECT ?u ?c WHERE { ?st rdf:subject ?u ; rdf:predicate dkg:subsidiaryOf ;
        rdf:object id:china-aerospace-science-and-technology-corporation ; dkg:certainty ?c .
        ?u skos:prefLabel "Beijing Institute of Imaginary Test Engineering"@en }""",
    )
    assert [c for _, c in linked] == ["https://w3id.org/defence-kg/vocab/certainty/implied"]
    plain = rows(
        result,
        """SELECT ?u WHERE { ?u dkg:subsidiaryOf id:china-aerospace-science-and-technology-corporation ;
        skos:prefLabel "Beijing Institute of Imaginary Test Engineering"@en }""",
    )
    assert plain == []
    names = rows(
        result,
        """SELECT ?n WHERE { id:china-aerospace-science-and-technology-corporation skos:altLabel|skos:prefLabel ?n }""",
    )
    assert not any("Imaginary" in n or "Space Technology" in n for (n,) in names)


def test_colliding_abbreviation_keeps_institutions_apart(misp):
    _, result = misp
    stu = rows(result, 'SELECT DISTINCT ?o WHERE { ?o dkg:abbreviation "STU" }')
    assert len(stu) == 2


def test_risk_sentence_read_in_the_2020_shape(misp):
    shape, result = misp
    levels = dict(
        rows(
            result,
            "SELECT ?o ?l WHERE { GRAPH <https://w3id.org/defence-kg/graph/source/misp-galaxy> { ?o dkg:riskLevel ?l } }",
        )
    )
    if shape == "current":
        assert not any("risk-designation" in o for o in levels)
    else:
        assert levels["https://w3id.org/defence-kg/id/space-test-university"].endswith("very-high")
        assert levels["https://w3id.org/defence-kg/id/southeast-test-university"].endswith("/high")


def test_not_json_is_an_input_error(project, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{ not json", encoding="utf-8")
    with pytest.raises(InputError) as err:
        dataset.build(project, documents={"misp-galaxy": {"china-defence-universities": bad}})
    assert "bad.json:1" in err.value.render()


def entry(n: int, name: str, slug: str, description: str, **meta) -> dict:
    """A current-shape entry of our own."""
    refs = [f"https://unitracker.aspi.org.au/universities/{slug}"]
    return {
        "description": description,
        "meta": {"categories": ["Civilian"], "refs": refs, **meta},
        "uuid": f"00000000-0000-4000-8000-00000000010{n}",
        "value": name,
    }


def build_cluster(project, tmp_path, *entries):
    cluster = {
        "name": "China Defence Universities Tracker (test)",
        "type": "china-defence-universities",
        "uuid": "00000000-0000-4000-8000-000000000100",
        "values": list(entries),
    }
    path = tmp_path / "cluster.json"
    path.write_text(json.dumps(cluster), encoding="utf-8")
    return dataset.build(project, documents={"misp-galaxy": {"china-defence-universities": path}})


def test_an_entrys_prose_finds_an_entry_listed_after_it(project, tmp_path):
    result = build_cluster(
        project,
        tmp_path,
        entry(
            1,
            "Alpha Order University",
            "alpha-order-university",
            "In 2019, AOU signed an agreement with Omega Order University.",
        ),
        entry(2, "Omega Order University", "omega-order-university", "Omega Order University is a test entry."),
    )
    # an agreement's partner must be known (no name is minted for it): known only once every entry is read
    parties = rows(result, "SELECT ?o WHERE { ?a dkg:party id:alpha-order-university , ?o }")
    assert sorted(parties) == [
        ("https://w3id.org/defence-kg/id/alpha-order-university",),
        ("https://w3id.org/defence-kg/id/omega-order-university",),
    ]


def test_a_remark_in_the_laboratories_list_describes_the_laboratory_before_it(project, tmp_path):
    labs = [
        "Remark Test Key Laboratory of Optics (光学测试重点实验室)",
        "Jointly run with Omega Order University",
        "May be the same as the Optics Defence Laboratory",
        "Remark Test Laboratory of Sonar",
    ]
    result = build_cluster(
        project,
        tmp_path,
        entry(
            1,
            "Remark Test University",
            "remark-test-university",
            "A test entry.",
            **{"major defence laboratories": labs},
        ),
    )
    hosted = rows(result, "SELECT ?l WHERE { ?l dkg:hostedBy id:remark-test-university }")
    assert sorted(iri.rsplit("/", 1)[-1] for (iri,) in hosted) == [
        "remark-test-university-remark-test-key-laboratory-of-optics",
        "remark-test-university-remark-test-laboratory-of-sonar",
    ]
    described = rows(
        result, "SELECT ?d WHERE { id:remark-test-university-remark-test-key-laboratory-of-optics dkg:description ?d }"
    )
    assert sorted(described) == [
        ("Jointly run with Omega Order University",),
        ("May be the same as the Optics Defence Laboratory",),
    ]


def test_a_remark_that_a_laboratory_is_run_with_a_known_body_is_a_collaboration(project, tmp_path):
    """Fifty-sixth session: "Jointly run with <a known body>" under a laboratory was only its
    description (the same words in prose are the institution's collaboration with that body); and a
    remark under a unit the entry also lists as a subsidiary was left unread."""
    labs = [
        "Remark Test Key Laboratory of Optics",
        "(Jointly operated with NUDT)",
        "Remark Test Computing Centre",
        "Hosts a supercomputer",
    ]
    meta = {"major defence laboratories": labs, "subsidiaries": ["Remark Test Computing Centre"]}
    result = build_cluster(
        project, tmp_path, entry(1, "Remark Test University", "remark-test-university", "A test entry.", **meta)
    )
    partners = rows(result, "SELECT ?o WHERE { id:remark-test-university dkg:collaboratesWith ?o }")
    assert partners == [("https://w3id.org/defence-kg/id/national-university-of-defense-technology",)]
    described = rows(result, "SELECT ?s ?d WHERE { ?s dkg:description ?d ; dkg:hostedBy|dkg:subsidiaryOf ?u }")
    assert sorted((iri.rsplit("/", 1)[-1], d) for iri, d in described) == [
        ("remark-test-university-remark-test-computing-centre", "Hosts a supercomputer"),
        (
            "remark-test-university-remark-test-key-laboratory-of-optics",
            "Jointly operated with NUDT",
        ),
    ]


def test_a_units_chinese_name_is_only_the_chinese_part_of_its_bracket(project, tmp_path):
    subsidiaries = ["Ledger Academy (账本研究院; located in Shenzhen)", "Harbour Joint University (HJU, 港湾联合大学)"]
    result = build_cluster(
        project,
        tmp_path,
        entry(1, "Bracket Test University", "bracket-test-university", "A test entry.", subsidiaries=subsidiaries),
    )
    names = rows(
        result,
        "SELECT ?name WHERE { ?unit dkg:subsidiaryOf id:bracket-test-university ; skos:prefLabel ?name "
        "FILTER(langMatches(lang(?name), 'zh')) }",
    )
    # not "账本研究院; located in Shenzhen" nor "HJU, 港湾联合大学": a remark or an abbreviation is no Chinese name
    assert sorted(names) == [("港湾联合大学",), ("账本研究院",)]


def test_an_aka_name_keeps_its_own_bracketed_abbreviation(project, tmp_path):
    """ "Test Group 1st Academy, a.k.a Larchmont Academy of Rocket Technology (LART)": the academy's
    name with its abbreviation, not "Larchmont Academy of Rocket Technology (LART" (a bracket
    opened and never closed); with or without the a.k.a.'s dot."""
    subsidiaries = [
        "Test Group 1st Academy, a.k.a Larchmont Academy of Rocket Technology (LART)",
        "Test Group 2nd Academy, a.k.a. Wrenfield Academy of Space Technology (WAST)",
    ]
    result = build_cluster(
        project, tmp_path, entry(1, "Aka Test Group", "aka-test-group", "A test entry.", subsidiaries=subsidiaries)
    )
    names = rows(
        result,
        "SELECT ?name WHERE { ?unit dkg:subsidiaryOf id:aka-test-group ; skos:prefLabel ?name "
        "FILTER(langMatches(lang(?name), 'en')) }",
    )
    assert sorted(names) == [("Larchmont Academy of Rocket Technology",), ("Wrenfield Academy of Space Technology",)]


def test_a_laboratorys_kind_is_read_from_its_chinese_name_first(project, tmp_path):
    """(fifty-fifth session) The kind its names give, implied, read from a name: not "National Defence
    Key Laboratory" taken for an S&T one when the Chinese name says key-discipline, and "(B类)" an MOE
    key laboratory, not an "MOE national defence key laboratory"."""
    labs = [
        "National Defence Key Laboratory of Ice Mechanics (冰力学国防重点学科实验室)",
        "Key Laboratory of Hail Physics (冰雹物理教育部重点实验室（B类）)",
    ]
    result = build_cluster(
        project,
        tmp_path,
        entry(
            1, "Frostvale University", "frostvale-university", "A test entry.", **{"major defence laboratories": labs}
        ),
    )
    found = rows(
        result,
        "SELECT ?lab ?kind ?certainty ?basis WHERE { ?st rdf:subject ?lab ; rdf:predicate dkg:laboratoryKind ; "
        "rdf:object ?kind ; dkg:certainty ?certainty ; dkg:basis ?basis "
        "FILTER(STRSTARTS(STR(?lab), STR(id:frostvale-university-))) }",
    )
    assert {tuple(x.rsplit("/", 1)[-1] for x in row) for row in found} == {
        (
            "frostvale-university-national-defence-key-laboratory-of-ice-mechanics",
            "national-defence-key-discipline-laboratory",
            "implied",
            "read-from-name",
        ),
        ("frostvale-university-key-laboratory-of-hail-physics", "moe-key-laboratory", "implied", "read-from-name"),
    }

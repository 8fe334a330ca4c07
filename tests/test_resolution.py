"""`defence-kg resolve` and the registry's identities (src/defence_kg/analysis/resolve.py)."""

from __future__ import annotations

import json

import pytest

from defence_kg.analysis.resolve import resolve
from defence_kg.loading.review import load_registry
from helpers import extract_page, run_cli

MOE = "https://w3id.org/defence-kg/id/ministry-of-education"


def test_every_name_of_moe_is_one_node(project):
    registry = load_registry(project)
    for name in ("Ministry of Education (MOE)", "MOE", "Ministry of Education", "教育部"):
        assert resolve(registry, name).resolves_to == MOE, name


def test_costind_and_sastind_are_separate(project):
    registry = load_registry(project)
    costind = resolve(registry, "COSTIND").resolves_to
    sastind = resolve(registry, "SASTIND").resolves_to
    assert costind and sastind and costind != sastind
    assert resolve(registry, "国防科工委").resolves_to == costind


def test_shared_abbreviation_resolves_to_nothing(project):
    registry = load_registry(project)
    registry.add_name(registry.resolve("Chongqing University"), "ZZU", "abbreviation")
    registry.add_name(registry.resolve("Nanyang Technological University"), "ZZU", "abbreviation")
    result = resolve(registry, "ZZU")
    assert result.resolves_to is None and len(result.candidates) == 2
    assert "ambiguous" in result.why


def test_resolve_command_prints_why(built, project, capsys):
    code, text, _ = run_cli(project, "resolve", "Second Academy of CASIC", "--format", "json", capsys=capsys)
    assert code == 0
    out = json.loads(text)
    assert out["resolves_to"].endswith("china-changfeng-mechanics-and-electronics-technology-academy")
    assert out["candidates"][0]["how"] == "alias"


@pytest.mark.parametrize("name, why", [("Ministry", "no entity is named"), ("Nobody At All", "no entity is named")])
def test_resolve_without_a_single_entity_exits_2_like_trace_and_query(built, project, capsys, name, why):
    code, _, err = run_cli(project, "resolve", name, capsys=capsys)
    assert code == 2 and why in err
    assert run_cli(project, "trace", name, "CQU", capsys=capsys)[0] == 2
    assert run_cli(project, "query", "institution-profile", "--param", f"institution={name}", capsys=capsys)[0] == 2


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("General Armaments Department", "pla-general-armament-department"),
        ("总装备部", "pla-general-armament-department"),
        ("GSD", "pla-general-staff-department"),
        ("CMC Equipment Development Department", "cmc-equipment-development-department"),
        ("Joint Logistics Support Force", "pla-joint-logistic-support-force"),
        ("COMAC", "commercial-aircraft-corporation-of-china"),
        ("National Natural Science Foundation of China", "national-natural-science-foundation-of-china"),
    ],
)
def test_the_bodies_supervision_histories_and_funders_name_are_known(project, name, slug):
    assert resolve(load_registry(project), name).resolves_to == f"https://w3id.org/defence-kg/id/{slug}"


def test_a_citys_science_and_technology_commission_is_not_the_cmcs(project):
    registry = load_registry(project)
    found = registry.find_in("AU signed an agreement with the Beijing Municipal Science and Technology Commission.")
    assert not [iri for _, _, iri in found if "science-and-technology-commission" in iri]
    # every party committee has a united front work department of its own: the bare name is none
    assert not registry.find_in("AU's party committee has an active United Front Work Department.")
    assert resolve(registry, "UFWD").resolves_to == "https://w3id.org/defence-kg/id/united-front-work-department"


def test_a_history_under_the_general_departments_reads_as_former(project, tmp_path):
    from defence_kg.core.namespaces import DKG, ID

    ctx = extract_page(
        project,
        tmp_path,
        "larch-institute",
        "Larch Institute\n\nLarch Institute (LI) is designated very high risk for its military research.\n\n"
        "LI was subordinate to the General Armaments Department until 2016. Since 2016, LI has been "
        "supervised by the CMC Equipment Development Department.\n",
    )
    edges = {(p, o) for s, p, o in ctx.triples if s == ID["larch-institute"]}
    assert (DKG.formerlySupervisedBy, ID["pla-general-armament-department"]) in edges
    assert (DKG.supervisedBy, ID["cmc-equipment-development-department"]) in edges

"""Bodies inside an institution are not global (issue 11): a party committee, a secrecy-work
leading group, an academic committee exists in every institution, so two profiles that mention
"the university's party committee" give two nodes, each a unit of its own institution, and a
"Leading Small Group on Secrecy Work" whose owner the text does not name stays the attendee
group's description, linked to no organisation. No path runs between two institutions through
such a body. The two profiles are our own writing about invented institutions."""

from __future__ import annotations

import pytest

from defence_kg import api
from defence_kg.core.errors import InputError
from defence_kg.core.namespaces import DKG, ID

RIVERBEND = """Riverbend University

Riverbend University (RBU) is designated high risk for its work on naval sensors.

Defence and security links

In March 2018, officials from Riverbend University organised a conference on the handling of classified research. Around 120 personnel attended the conference, including security officials from the university's party committee as well as cadres from the Leading Small Group on Secrecy Work.

Last updated 2 March 2020.
"""

FENWICK = """Fenwick Institute of Technology

Fenwick Institute of Technology (FIT) is designated medium risk for its growing defence research.

Defence and security links

In May 2019, officials from Fenwick Institute of Technology organised a forum on protecting state secrets. Around 80 people attended the forum, including security officials from the institution's party committee as well as cadres from the Leading Small Group on Secrecy Work.

Last updated 9 June 2020.
"""


def add_profiles(project, profiles: dict[str, str]) -> None:
    """Ship the profiles as documents of the tracker source in a copy of the project."""
    toml = project.sources / "aspi-tracker.toml"
    text = toml.read_text(encoding="utf-8")
    head, expect = text.split("[expect]", 1)
    for slug, page in profiles.items():
        path = project.root / "data" / "documents" / "aspi-tracker" / f"{slug}.txt"
        path.write_text(page, encoding="utf-8")
        head += (
            f'[[documents]]\nid = "{slug}"\npath = "data/documents/aspi-tracker/{slug}.txt"\n'
            f'url = "https://example.org/universities/{slug}/"\nformat = "text"\n\n'
        )
    toml.write_text(head + "[expect]" + expect, encoding="utf-8")


@pytest.fixture
def two_profiles(project_copy):
    add_profiles(project_copy, {"riverbend-university": RIVERBEND, "fenwick-institute-of-technology": FENWICK})
    return api.build(project_copy).store


def ask(store, query: str) -> bool:
    prefixes = f"PREFIX dkg: <{DKG}>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
    return bool(store.query(prefixes + query))


def test_each_institution_gets_its_own_party_committee(two_profiles):
    for institution in ("riverbend-university", "fenwick-institute-of-technology"):
        body, parent = ID[f"{institution}-party-committee"], ID[institution]
        assert ask(two_profiles, f"ASK {{ <{body}> a dkg:Committee ; dkg:unitOf <{parent}> }}"), body
        # "the university's party committee" states whose body it is: quoted, stated
        assert ask(
            two_profiles,
            f"""ASK {{ ?st <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> <{body}> ;
                   <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> dkg:unitOf ;
                   dkg:quote ?q . FILTER(CONTAINS(?q, "party committee")) }}""",
        )
        group = "?group dkg:description ?d . FILTER(CONTAINS(STR(?d), 'security officials'))"
        assert ask(
            two_profiles, f"ASK {{ ?event dkg:attendeeGroup ?group . {group} ?group dkg:fromOrganisation <{body}> }}"
        )


def test_an_ownerless_secrecy_group_is_a_description_not_an_organisation(two_profiles):
    assert not ask(
        two_profiles,
        """ASK { ?org a ?kind ; skos:prefLabel ?name .
                 FILTER(CONTAINS(LCASE(STR(?name)), "leading small group on secrecy work")) }""",
    )
    assert ask(
        two_profiles,
        """ASK { ?group a dkg:AttendeeGroup ; dkg:description "cadres from the Leading Small Group on Secrecy Work"@en .
                 FILTER NOT EXISTS { ?group dkg:fromOrganisation ?any } }""",
    )


def test_no_path_runs_between_two_institutions_through_their_bodies(two_profiles):
    found = api.trace(two_profiles, "Riverbend University", "Fenwick Institute of Technology", max_hops=6)
    assert found.paths == (), [[n.label for n in p.nodes] for p in found.paths]
    assert found.message and "no connection recorded" in found.message


def test_the_registry_refuses_a_generic_body_name(project_copy):
    """A curated entity named only by a kind of body would merge every institution's one."""
    (project_copy.curated / "bodies.ttl").write_text(
        """@prefix dkg: <https://w3id.org/defence-kg/ontology#> .
@prefix id: <https://w3id.org/defence-kg/id/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
id:leading-small-group-on-secrecy-work a dkg:Committee ;
    skos:prefLabel "Leading Small Group on Secrecy Work"@en , "保密工作领导小组"@zh-Hans .
""",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as raised:
        api.build(project_copy)
    assert "a body found in every institution" in str(raised.value)
    assert "bodies.ttl" in str(raised.value.where)

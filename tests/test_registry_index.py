"""registry: find_in (folded keys in Aho–Corasick automata) finds exactly what one regular
expression of every name finds, with the re module's own case-insensitive matching."""

from __future__ import annotations

import random
import re
import sys

from rdflib import Literal, URIRef
from rdflib.namespace import SKOS

from defence_kg.core.namespaces import DKG
from defence_kg.loading.registry import Registry, _fold

ID = "https://example.org/id/"
NAMES = {  # our own entities: cased letters from several scripts, apostrophes, 'defence'
    "ministry": (["Ministry of Defence", "Defence Ministry"], ["MOD"]),
    "institute": (["Kelvin Institute of Optics", "Institute of Optics"], ["KIO", "IO"]),
    "turkish": (["İstanbul Teknik Üniversitesi", "Istanbul Technical University"], ["İTÜ"]),
    "greek": (["Πανεπιστήμιο Αιγαίου", "ΣΟΦΊΑ Ινστιτούτο"], ["ΠΑ"]),
    "german": (["Straße der Wissenschaft", "Forschungszentrum Jülich"], ["FZJ"]),
    "chinese": (["国防科技大学", "国防科技"], ["NUDT"]),
    "kings": (["King's College Defence Studies"], ["KCDS"]),
    "academy": (["Chinese Academy of Sciences", "CAS"], []),
    "computing": (["Institute of Computing Technology"], ["CAS ICT", "ICT"]),
}
TEXTS = [
    "The ministry of defense (MOD) met the MINISTRY OF DEFENCE.",
    "𝔸 non-BMP 𠀀 prefix: Institute of Optics and the KELVIN INSTITUTE OF OPTICS, KIO.",
    "Istanbul and İSTANBUL TEKNIK ÜNIVERSITESI, istanbul technical university; İTÜ and ITÜ.",
    "πανεπιστήμιο αιγαίου, ΠΑΝΕΠΙΣΤΉΜΙΟ ΑΙΓΑΊΟΥ, σοφία ινστιτούτο and ΣΟΦΊΑ ΙΝΣΤΙΤΟΎΤΟ.",
    "STRASSE DER WISSENSCHAFT, straße der wiſſenſchaft, ſtraße der Wissenschaft; forschungszentrum JÜLICH.",
    "国防科技大学 and 国防科技 and 国防科技大学的",
    "King’s College Defense Studies, KING'S COLLEGE DEFENCE STUDIES's, kings college.",
    "pre-MOD, MOD-linked, MODs, _MOD, (MOD), IO/KIO, Io, io.",
    "Defence Ministry of Defence Ministry, Ministry of Defence Ministry.",
    "CAS ICT, cas ict, the Institute of Computing Technology (ICT) of the chinese academy of sciences.",
]


def _registry() -> Registry:
    triples = []
    for slug, (names, abbreviations) in NAMES.items():
        iri = URIRef(ID + slug)
        triples.append((iri, SKOS.prefLabel, Literal(names[0], lang="en")))
        triples += [(iri, SKOS.altLabel, Literal(n, lang="en")) for n in names[1:]]
        triples += [(iri, DKG.abbreviation, Literal(a)) for a in abbreviations]
    return Registry(triples)


def _cased_characters() -> str:
    """Every character the re module may match with another one case-insensitively: those with
    a case mapping and those their mappings produce (any other character matches only itself)."""
    chars = set()
    for code in range(sys.maxunicode + 1):
        c = chr(code)
        mapped = c.lower() + c.upper() + c.casefold()
        if mapped != c * 3:
            chars |= {c, *mapped}
    return "".join(sorted(chars))


def test_characters_re_matches_case_insensitively_fold_alike():
    chars = _cased_characters()
    for a in chars:
        same = re.findall("(?i)" + re.escape(a), chars)
        assert {_fold(b) for b in same} == {_fold(a)}, (a, same)


def test_finds_what_the_full_expression_finds():
    registry = _registry()
    found = [registry.find_in(t) for t in TEXTS]
    assert all(found)
    assert found == [registry._find_in_regex(t) for t in TEXTS]


def test_longest_name_wins_and_boundaries_hold():
    registry = _registry()
    text = "the Kelvin Institute of Optics; pre-KIO; KIO-x; KIO."
    spans = [(text[i:j], iri.rsplit("/", 1)[-1]) for i, j, iri in registry.find_in(text)]
    assert spans == [("Kelvin Institute of Optics", "institute"), ("KIO", "institute")]


def test_a_name_comes_before_a_longer_abbreviation():
    """As in the full expression, where every name is an alternative before every abbreviation."""
    registry = _registry()
    spans = [(i, j, iri.rsplit("/", 1)[-1]) for i, j, iri in registry.find_in("CAS ICT")]
    assert spans == [(0, 3, "academy"), (4, 7, "computing")]


def test_positions_count_characters_not_bytes():
    registry = _registry()
    text = "😀𠀀 MOD"
    assert registry.find_in(text) == [(3, 6, URIRef(ID + "ministry"))]


def test_names_added_between_searches_are_found():
    registry = _registry()
    rng = random.Random(3)
    added = []
    for k in range(60):  # more than the square root of the names: the automata merge
        name = f"Zeta Defence Works {k}"
        registry.add_name(URIRef(ID + f"zeta-{k}"), name, "name")
        registry.add_name(URIRef(ID + f"zeta-{k}"), f"ZDW{k}", "abbreviation")
        added.append(name)
        text = " and ".join(rng.sample(added, min(3, len(added)))).upper() + f", ZDW{k}; " + TEXTS[k % len(TEXTS)]
        found = registry.find_in(text)
        assert found == registry._find_in_regex(text)
        assert URIRef(ID + f"zeta-{k}") in {iri for _, _, iri in found}


def test_an_empty_name_keeps_the_full_expression():
    registry = _registry()
    registry.add_name(URIRef(ID + "empty"), "", "alias")
    assert registry.find_in(TEXTS[0]) == registry._find_in_regex(TEXTS[0])


def test_a_part_named_after_its_owners_abbreviation_is_found_written_with_a_possessive():
    registry = _registry()
    fourth = URIRef(ID + "fourth-academy")
    registry.add_name(fourth, "Fourth Academy of KSC", "name")
    registry.add_name(URIRef(ID + "optics-lab"), "Key Laboratory of Optics of KSC", "name")
    text = "KSC’s Fourth Academy and KSC's Key Laboratory of Optics"
    assert [(text[i:j], iri) for i, j, iri in registry.find_in(text)] == [("KSC’s Fourth Academy", fourth)]
    assert registry.find_in(text) == registry._find_in_regex(text)
    assert ("KSC's Fourth Academy", "name") not in registry.names_of(fourth)  # found, not listed as a name

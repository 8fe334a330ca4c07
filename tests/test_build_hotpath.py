"""The build's hot path: what is computed once per build rather than once per document gives the
same answers as computing it afresh (speed itself is measured in benchmarks/, not here)."""

from __future__ import annotations

from collections import ChainMap

from rdflib import Literal
from rdflib.namespace import SKOS

from defence_kg.core.namespaces import ID
from defence_kg.loading.extraction.names import GOVERNMENT, places_of
from defence_kg.loading.registry import Registry


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

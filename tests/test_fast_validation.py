"""The fast SHACL engine (defence_kg.validation.engine) gives exactly pySHACL's results.

This is the rule that lets `validate` use it by default: every result tuple (focus, path, value,
shape, component, severity, message, graphs) must be the same as the reference engine's, on every
example of tests/shapes/ and on benchmark data with planted violations of many kinds.
"""

from __future__ import annotations

import importlib.util
import sys
from functools import lru_cache

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF

from defence_kg.core.namespaces import DKG
from defence_kg.core.store import Store, parse_file
from defence_kg.validation.shacl import validate_store
from helpers import ROOT

EXAMPLES = sorted((ROOT / "tests" / "shapes").glob("*/*.ttl"))


@lru_cache(maxsize=1)
def ontology_triples() -> tuple:
    return tuple(t for path in sorted((ROOT / "ontology").glob("*.ttl")) for t in parse_file(path))


def both(store: Store):
    ref = validate_store(store, ROOT / "shapes", engine="pyshacl")
    fast = validate_store(store, ROOT / "shapes", engine="oxigraph")
    return ref, fast


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_same_results_as_pyshacl_on_shape_examples(example, capfd):
    store = Store()
    store.add(URIRef("https://w3id.org/defence-kg/graph/ontology"), ontology_triples())
    store.add(URIRef("https://w3id.org/defence-kg/graph/example"), parse_file(example))
    ref, fast = both(store)
    assert "note: validating with pySHACL" not in capfd.readouterr().err  # no fallback
    assert fast.conforms == ref.conforms
    assert fast.results == ref.results
    assert (example.parent.name == "valid") == ref.conforms


def _workload():
    spec = importlib.util.spec_from_file_location("workload", ROOT / "benchmarks" / "workload.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("workload", module)
    spec.loader.exec_module(module)
    return module


def test_same_results_as_pyshacl_on_benchmark_data_with_planted_violations(tmp_path, capfd):
    from defence_kg.core.project import Project
    from defence_kg.dataset import build as dataset

    root = _workload().project(ROOT, tmp_path / "p", 14)  # the 10k size
    store = dataset.build(Project(root=root, out=root / "build")).store
    ref, fast = both(store)
    assert fast.results == ref.results and ref.conforms  # the clean build conforms

    # Plant violations of many kinds by deleting or altering triples.
    _, rows = store.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    by_p: dict = {}
    for s, p, o, g in rows:
        by_p.setdefault(p, []).append((s, p, o, g))
    planted = Store()
    drop, add = set(), []
    for p in (
        RDF.subject,
        DKG.assertedBy,
        DKG.certainty,
        DKG.verbatim,
        DKG.party,
        DKG.riskLevel,
        URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"),
    ):
        drop.update(sorted(by_p.get(p, []))[:3])  # missing values (minCount, evidence)
    s, p, o, g = sorted(by_p[DKG.riskLevel])[0]
    add.append((s, p, URIRef("https://w3id.org/defence-kg/vocab/risk/extreme"), g))  # sh:in
    add.append((s, DKG.assessedAsOf, Literal("yesterday"), g))  # datatype, maxCount
    s, p, o, g = sorted(by_p[DKG.subordinateTo])[0]
    add.append((s, p, URIRef("https://w3id.org/defence-kg/id/nobody"), g))  # class, fact edge
    add.append((s, DKG.country, Literal("china"), g))  # pattern, maxCount
    add.append((s, DKG.rorId, Literal("https://ror.org/012345678"), g))
    for s, p, o, g in sorted(by_p[DKG.value])[:2]:
        drop.add((s, p, o, g))
        add.append((s, p, Literal(-int(o) - 1), g))  # minInclusive
    s, p, o, g = sorted(by_p[DKG.when])[0]
    add.append((s, DKG.earliest, Literal("2030-01-01", datatype=URIRef("http://www.w3.org/2001/XMLSchema#date")), g))
    add.append((s, DKG.latest, Literal("2001-01-01", datatype=URIRef("http://www.w3.org/2001/XMLSchema#date")), g))
    s, p, o, g = sorted(by_p[DKG.quote])[0]
    drop.add((s, p, o, g))
    add.append((s, p, Literal(str(o)), g))  # langString
    label = sorted(
        r
        for r in by_p[URIRef("http://www.w3.org/2004/02/skos/core#prefLabel")]
        if getattr(r[2], "language", None) == "en"
    )[0]
    drop.add(label)  # qualifiedMinCount
    s, p, o, g = sorted(by_p[DKG.designatedDiscipline])[0] if DKG.designatedDiscipline in by_p else (None,) * 4
    if s is not None:
        add.append((s, p, URIRef("https://w3id.org/defence-kg/vocab/topic/not-a-discipline"), g))  # sh:node
    for s, p, o, g in rows:
        if (s, p, o, g) not in drop:
            add.append((s, p, o, g))
    graphs: dict = {}
    for s, p, o, g in add:
        graphs.setdefault(g, []).append((s, p, o))
    for g, triples in graphs.items():
        planted.add(g, triples)
    ref, fast = both(planted)
    assert "note: validating with pySHACL" not in capfd.readouterr().err
    components = {r.component.rsplit("#", 1)[-1] for r in ref.results}
    assert len(components) >= 10, components  # many kinds of violation planted
    assert fast.conforms == ref.conforms is False
    assert fast.results == ref.results

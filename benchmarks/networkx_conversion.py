"""Benchmark: our SPARQL-based networkx converter vs rdflib's generic converter.

Generates a deterministic synthetic dataset shaped like ours (institutions with English and
Chinese labels and risk levels, laboratories hosted by them, agreements with parties, dates
and statements with evidence), about N triples (default 100,000), then times in this process:
  - ours: defence_kg.exports.to_networkx on a defence_kg Store (Oxigraph);
  - rdflib: rdflib_to_networkx_multidigraph on an rdflib Graph of the same triples
    (loading time reported separately).
Run: python benchmarks/networkx_conversion.py [TRIPLES]. Not a test; read ratios, not seconds.
"""

from __future__ import annotations

import random
import sys
import time

from rdflib import Graph, Literal, URIRef
from rdflib.extras.external_graph_libs import rdflib_to_networkx_multidigraph
from rdflib.namespace import RDF, SKOS, XSD

from defence_kg.core.namespaces import DKG, GRAPH, ID, VOCAB
from defence_kg.core.store import Store
from defence_kg.exports import to_networkx

PROV = "http://www.w3.org/ns/prov#"


def synthetic(target: int) -> list:
    rnd = random.Random(20261128)
    triples: list = []
    add = triples.append
    n_inst = max(10, target // 60)
    insts = [ID[f"inst-{i}"] for i in range(n_inst)]
    doc = ID["doc-bench"]
    add((doc, RDF.type, DKG.SourceDocument))
    for i, inst in enumerate(insts):
        add((inst, RDF.type, DKG.CivilianUniversity if i % 3 else DKG.StateOwnedEnterprise))
        add((inst, SKOS.prefLabel, Literal(f"Institution {i}", lang="en")))
        add((inst, SKOS.prefLabel, Literal(f"机构{i}", lang="zh-Hans")))
        add((inst, DKG.country, VOCAB["country/CN"]))
        add((inst, DKG.riskLevel, VOCAB[f"risk/{rnd.choice(['low', 'medium', 'high', 'very-high'])}"]))
    s = 0

    def statement(subj, pred, obj):
        nonlocal s
        st = ID[f"st-{s}"]
        s += 1
        for t in (
            (st, RDF.type, DKG.Statement),
            (st, RDF.subject, subj),
            (st, RDF.predicate, pred),
            (st, RDF.object, obj),
            (st, URIRef(PROV + "wasDerivedFrom"), doc),
            (st, DKG.quote, Literal(f"Sentence {s}.", lang="en")),
            (st, DKG.certainty, VOCAB["certainty/stated"]),
        ):
            add(t)

    i = 0
    while len(triples) < target:
        inst = insts[i % n_inst]
        lab = ID[f"lab-{i}"]
        add((lab, RDF.type, DKG.Laboratory))
        add((lab, SKOS.prefLabel, Literal(f"Laboratory {i}", lang="en")))
        add((lab, DKG.hostedBy, inst))
        statement(lab, DKG.hostedBy, inst)
        other = insts[rnd.randrange(n_inst)]
        if other != inst:
            add((inst, DKG.hasExchangesWith, other))
            statement(inst, DKG.hasExchangesWith, other)
        if i % 3 == 0:
            ag, date = ID[f"agreement-{i}"], ID[f"agreement-{i}-date"]
            add((ag, RDF.type, DKG.Agreement))
            add((ag, SKOS.prefLabel, Literal(f"Agreement {i}", lang="en")))
            add((ag, DKG.date, date))
            add((date, RDF.type, DKG.TemporalValue))
            add((date, DKG.when, Literal(f"{2000 + i % 20}", datatype=XSD.gYear)))
            add((date, DKG.precision, VOCAB["date-precision/year"]))
            for p in {inst, other}:
                add((ag, DKG.party, p))
                statement(ag, DKG.party, p)
        i += 1
    return triples


def main(target: int) -> None:
    triples = synthetic(target)
    print(f"synthetic dataset: {len(triples)} triples")
    t0 = time.perf_counter()
    store = Store()
    store.add(GRAPH["bench"], triples)
    t1 = time.perf_counter()
    ours = to_networkx(store)
    t2 = time.perf_counter()
    graph = Graph()
    for t in triples:
        graph.add(t)
    t3 = time.perf_counter()
    theirs = rdflib_to_networkx_multidigraph(graph)
    t4 = time.perf_counter()
    print(
        f"ours   : load into Oxigraph {t1 - t0:6.2f} s, convert {t2 - t1:6.2f} s -> "
        f"{ours.number_of_nodes()} nodes, {ours.number_of_edges()} edges"
    )
    print(
        f"rdflib : load into Graph    {t3 - t2:6.2f} s, convert {t4 - t3:6.2f} s -> "
        f"{theirs.number_of_nodes()} nodes, {theirs.number_of_edges()} edges"
    )
    print(f"convert ratio rdflib/ours: {(t4 - t3) / (t2 - t1):.2f}; load+convert ratio: {(t4 - t2) / (t2 - t0):.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)

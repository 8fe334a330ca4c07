"""publish endpoint on a real server: verified counts, idempotent re-runs, the SPARQL Update path,
a dry run that sends nothing, and an upload broken part-way that leaves each graph old or new."""

from __future__ import annotations

import hashlib
import json

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS

from defence_kg.core.errors import RemoteError
from defence_kg.core.store import Store
from defence_kg.publish import endpoint as pub


def _args(remote, project, target, *more):
    return [
        "--project",
        remote.ROOT,
        "--out",
        project.out,
        "publish",
        "endpoint",
        "--endpoint",
        target.query_url,
        *more,
    ]


def _local(store, g):
    return set(store.triples(URIRef(g)))


def test_publish_verifies_counts_and_rerunning_is_idempotent(clean, built, project, capsys, remote):
    target = clean
    ep = target.endpoint()
    graphs = [str(g) for g in built.store.graphs()]
    for _ in range(2):
        code, out, err = remote.run_cli(capsys, *_args(remote, project, target, "--gsp-endpoint", target.gsp_url))
        assert code == 0, err
        assert f"published and verified {len(graphs)} graph(s)" in out
        for g in graphs:
            assert ep.graph_size(g) == built.store.count(URIRef(g)), g
    # the content, not only the counts: every graph on the server is exactly the local graph
    for g in graphs:
        assert ep.graph_triples(g) == _local(built.store, g), g


def test_publish_by_sparql_update_where_there_is_no_graph_store(clean, built, project, capsys, remote):
    target = clean
    ep = target.endpoint()
    graphs = sorted((str(g) for g in built.store.graphs()), key=lambda g: built.store.count(URIRef(g)))
    small, big = graphs[:3], graphs[-1]
    picks = [x for g in small for x in ("--graph", g)]
    for _ in range(2):  # one DROP + INSERT DATA request per graph, twice: same counts
        code, out, err = remote.run_cli(
            capsys, *_args(remote, project, target, "--update-endpoint", target.update_url, *picks)
        )
        assert code == 0, err
        for g in small:
            assert ep.graph_triples(g) == _local(built.store, g), g
    # a graph larger than the server's update limit (Virtuoso): chunked requests, still complete
    code, out, err = remote.run_cli(
        capsys,
        *_args(
            remote,
            project,
            target,
            "--update-endpoint",
            target.update_url,
            "--graph",
            big,
            "--max-update-triples",
            "500",
        ),
    )
    assert code == 0, err
    assert ep.graph_size(big) == built.store.count(URIRef(big))
    assert ep.graph_size(graphs[3]) == 0, "a graph not chosen with --graph was published"


def test_dry_run_writes_the_requests_and_sends_nothing(clean, built, project, capsys, remote, tmp_path):
    target = clean
    out_dir = tmp_path / "dry"
    args = _args(remote, project, target, "--gsp-endpoint", target.gsp_url, "--dry-run", out_dir)
    code, out, err = remote.run_cli(capsys, *args)
    assert code == 0, err
    manifest = json.loads((out_dir / "manifest.json").read_text())
    graphs = [str(g) for g in built.store.graphs()]
    assert [r["graph"] for r in manifest["requests"]] == graphs
    for r in manifest["requests"]:
        body = (out_dir / r["file"]).read_bytes()
        assert hashlib.sha256(body).hexdigest() == r["sha256"]
        assert r["method"] == "PUT" and r["content_type"] == "application/n-triples"
        assert r["url"].startswith(target.gsp_url)
        g = Graph().parse(data=body, format="nt")
        assert len(g) == r["expected_triples_after"] == built.store.count(URIRef(r["graph"]))
    ep = target.endpoint()
    for g in graphs:
        assert ep.graph_size(g) == 0, f"the dry run sent {g}"
    first = {p.name: p.read_bytes() for p in out_dir.iterdir()}
    assert remote.run_cli(capsys, *args)[0] == 0  # again, over the earlier dry run: same bytes
    assert {p.name: p.read_bytes() for p in out_dir.iterdir()} == first


def _old_version(store) -> Store:
    """Another version of every graph: half of its triples plus a marker."""
    old = Store()
    for g in store.graphs():
        triples = sorted(store.triples(g), key=lambda t: tuple(x.n3() for x in t))
        old.add(g, triples[: len(triples) // 2] + [(g, RDFS.comment, Literal("old version"))])
    return old


def test_publish_broken_part_way_leaves_each_graph_old_or_new_and_names_them(
    clean, built, project, capsys, remote, proxies
):
    target = clean
    if not target.gsp_url:
        import pytest

        pytest.skip("no Graph Store URL configured")
    graphs = [str(g) for g in built.store.graphs()]
    old = _old_version(built.store)
    ep = target.endpoint()
    pub.publish(pub.plan(old, ep), ep, log=lambda _: None)
    victim = graphs[3]
    enc = ep.graph_url(victim).split("?", 1)[1]

    def decide(line, headers, body):
        # every PUT of the victim graph is cut after half its body (so also an auth challenge round)
        return "cut" if line.startswith("PUT ") and enc in line else "forward"

    proxy = proxies(target.gsp_url, decide)
    via = target.via(proxy)
    code, out, err = remote.run_cli(capsys, *_args(remote, project, via, "--gsp-endpoint", via.gsp_url))
    assert code == 3
    assert f"publishing stopped at graph {victim}" in err
    assert f"published ({3}): " + ", ".join(graphs[:3]) in err
    assert f"not published ({len(graphs) - 3}): " + ", ".join(graphs[3:]) in err
    assert any(line.startswith("PUT ") and enc in line for line in proxy.seen), "the fault was not hit"
    for i, g in enumerate(graphs):
        on_server = ep.graph_triples(g)
        want_new, want_old = _local(built.store, g), _local(old, g)
        assert on_server in (want_new, want_old), f"{g} is half-written"
        assert on_server == (want_new if i < 3 else want_old), g
    # the API says the same, and a re-run without the fault completes the publication
    try:
        pub.publish(pub.plan(built.store, via.endpoint()), via.endpoint(), log=lambda _: None)
    except RemoteError as e:
        assert e.published == graphs[:3] and e.unpublished == graphs[3:]
    else:
        raise AssertionError("the broken upload did not fail")
    pub.publish(pub.plan(built.store, ep), ep, log=lambda _: None)
    for g in graphs:
        assert ep.graph_triples(g) == _local(built.store, g)

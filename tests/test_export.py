"""The networkx view and the GEXF, GraphML, Cytoscape.js and CSV exports, read back."""

from __future__ import annotations

import csv
import io
import json
import threading
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest

from defence_kg.core.namespaces import ID
from defence_kg.core.store import Store
from defence_kg.exports import FORMATS, to_networkx
from defence_kg.exports.gexf import to_bytes as gexf_bytes
from defence_kg.exports.graphml import to_bytes as graphml_bytes
from helpers import run_cli

HERE = Path(__file__).parent
CQU, CASC = str(ID["chongqing-university"]), str(ID["china-aerospace-science-and-technology-corporation"])
SASTIND = str(ID["state-administration-of-science-technology-and-industry-for-national-defence"])
MOE = str(ID["ministry-of-education"])
AGREEMENT = str(ID["chongqing-university-agreement-2016-12"])
GEXF = "{http://gexf.net/1.3}"
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"


@pytest.fixture(scope="module")
def mini() -> Store:
    store = Store()
    store.load_dataset(HERE / "export" / "mini.trig")
    return store


@pytest.fixture(scope="module")
def graph(built):
    return to_networkx(built.store)


def export(project, fmt: str, path: Path, *extra: str) -> Path:
    rc = run_cli(project, "export", fmt, "-o", str(path), *extra)[0]
    assert rc == 0
    return path


def scalar_only(g) -> None:
    for n, d in g.nodes(data=True):
        assert isinstance(n, str)
        for k, v in d.items():
            assert isinstance(v, (str, int, float, bool)) and v is not None, (n, k, v)
    for u, v, k, d in g.edges(keys=True, data=True):
        for name, value in d.items():
            assert isinstance(value, (str, int, float, bool)), (u, v, k, name, value)


def test_nodes_are_things_not_statements_literals_or_vocabulary(graph, built):
    scalar_only(graph)
    kinds = {d["kind"] for _, d in graph.nodes(data=True)}
    assert {"CivilianUniversity", "Agreement", "Laboratory", "Conference"} <= kinds
    assert "Statement" not in kinds
    assert not any("/vocab/" in n or "/id/st-" in n or n.endswith("-date") for n in graph)
    cqu = graph.nodes[CQU]
    assert cqu["label"] == "Chongqing University" and cqu["label_zh"] == "重庆大学"
    assert cqu["risk_level"] == "medium" and cqu["ror_id"] == "023rhb549" and cqu["country"] == "CN"
    assert cqu["defence_laboratory_count"] == 2 and cqu["defence_laboratory_count_precision"] == "minimum"


def test_edges_keep_kind_label_dates_and_evidence(graph):
    ex = graph.edges[CQU, CASC, "hasExchangesWith"]
    assert ex["label"] == "has exchanges with"
    assert ex["certainty"] == "stated" and "exchanges with China Aerospace" in ex["quote"]
    assert ex["source_url"].startswith("https://") and ex["statement"].startswith(str(ID))
    party = graph.edges[AGREEMENT, SASTIND, "party"]
    assert party["date"] == "2016-12" and party["date_precision"] == "month"
    # on the timeline from its date, with no end (no source gives one); the month's window is kept
    assert party["start"] == "2016-12-01" and "end" not in party
    assert (party["date_earliest"], party["date_latest"]) == ("2016-12-01", "2016-12-31")
    assert graph.has_edge(AGREEMENT, CQU, "concerns")


def test_fold_turns_agreements_into_edges_between_participants(built):
    folded = to_networkx(built.store, agreements="fold")
    scalar_only(folded)
    assert AGREEMENT not in folded
    assert not any(d["group"] in ("agreement", "event") for _, d in folded.nodes(data=True))
    key = f"agreement:{AGREEMENT}"
    edge = folded.edges[MOE, SASTIND, key]
    assert edge["kind"] == "agreement" and edge["via"] == AGREEMENT and edge["role"] == "party/party"
    assert edge["date"] == "2016-12"
    assert folded.has_edge(SASTIND, CQU, key) or folded.has_edge(CQU, SASTIND, key)


def test_parallel_relations_stay_separate_edges(mini):
    g = to_networkx(mini)
    a, b = str(ID["alpha-university"]), str(ID["beta-corporation"])
    assert set(g[a][b]) == {"collaboratesWith", "hasExchangesWith"}
    collab = g.edges[a, b, "collaboratesWith"]
    assert collab["start_date"] == "2018" and collab["start"] == "2018-01-01" and "end" not in collab
    root = ET.fromstring(gexf_bytes(g))
    edges = root.findall(f".//{GEXF}edge")
    between = [e for e in edges if e.get("source") == a and e.get("target") == b]
    assert sorted(e.get("kind") for e in between) == ["collaboratesWith", "hasExchangesWith"]
    assert len({e.get("id") for e in edges}) == len(edges)


def check_gexf_structure(data: bytes) -> ET.Element:
    """Our own structural check (the published XSD cannot be fetched offline)."""
    root = ET.fromstring(data)
    assert root.tag == f"{GEXF}gexf" and root.get("version") == "1.3"
    assert b'xmlns:viz="http://gexf.net/1.3/viz"' in data
    assert b'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"' in data
    graph = root.find(f"{GEXF}graph")
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    declared = {}
    for attrs in graph.findall(f"{GEXF}attributes"):
        for a in attrs.findall(f"{GEXF}attribute"):
            assert a.get("type") in {"string", "long", "double", "boolean"}
            declared[a.get("id")] = a.get("type")
    check = {"long": int, "double": float, "boolean": lambda v: {"true": True, "false": False}[v], "string": str}
    ids = set()
    for node in graph.iter(f"{GEXF}node"):
        ids.add(node.get("id"))
    for el in [*graph.iter(f"{GEXF}node"), *graph.iter(f"{GEXF}edge")]:
        for av in el.iter(f"{GEXF}attvalue"):
            check[declared[av.get("for")]](av.get("value"))
            assert av.get("value") not in ("None", "[]")
        for t in ("start", "end"):
            if el.get(t) is not None:
                assert len(el.get(t)) == 10 and el.get(t)[4] == "-"
    edge_ids = [e.get("id") for e in graph.iter(f"{GEXF}edge")]
    assert len(edge_ids) == len(set(edge_ids))
    for e in graph.iter(f"{GEXF}edge"):
        assert e.get("source") in ids and e.get("target") in ids and e.get("kind")
    return root


def test_gexf_reads_back_with_types_timeline_and_kinds(project, built, graph, tmp_path):
    path = export(project, "gexf", tmp_path / "g.gexf")
    check_gexf_structure(path.read_bytes())
    back = nx.read_gexf(path)
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
    assert back.graph["mode"] == "dynamic"
    cqu = back.nodes[CQU]
    assert type(cqu["defence_laboratory_count"]) is int and cqu["risk_level"] == "medium"
    assert cqu["viz"]["color"]["r"] == 244
    lab = back.nodes[str(ID["ministry-of-education-key-laboratory-for-complex-systems-safety-and-autonomous-control"])]
    assert lab["defence_focused"] is True and lab["start"] == "2018-05-01"
    conf = back.nodes[str(ID["chongqing-university-conference-2019-04"])]
    assert conf["start"] == "2019-04-01" and "end" not in conf and type(conf["attendance"]) is int
    assert (conf["date_earliest"], conf["date_latest"]) == ("2019-04-01", "2019-04-30")
    original = sorted((u, v, d["kind"]) for u, v, d in graph.edges(data=True))
    assert sorted((u, v, d["kind"]) for u, v, d in back.edges(data=True)) == original
    party = [d for u, v, d in back.edges(data=True) if (u, v) == (AGREEMENT, SASTIND)][0]
    assert (party["start"], party["date"], party["date_latest"]) == ("2016-12-01", "2016-12", "2016-12-31")
    assert "end" not in party


def test_graphml_reads_back_with_networkx_and_igraph(project, built, graph, tmp_path):
    igraph = pytest.importorskip("igraph")
    path = export(project, "graphml", tmp_path / "g.graphml")
    root = ET.parse(path).getroot()
    assert root.tag == f"{GRAPHML}graphml"
    keys = {k.get("id"): k.get("attr.type") for k in root.findall(f"{GRAPHML}key")}
    assert set(keys.values()) <= {"string", "long", "double", "boolean"}
    node_ids = {n.get("id") for n in root.iter(f"{GRAPHML}node")}
    for e in root.iter(f"{GRAPHML}edge"):
        assert e.get("source") in node_ids and e.get("target") in node_ids
    back = nx.read_graphml(path)
    iri = {d["iri"]: n for n, d in back.nodes(data=True)}
    assert set(iri) == set(graph.nodes)
    assert back.number_of_edges() == graph.number_of_edges()
    assert type(back.nodes[iri[CQU]]["defence_laboratory_count"]) is int
    assert sorted(
        (back.nodes[u]["iri"], back.nodes[v]["iri"], d["kind"]) for u, v, d in back.edges(data=True)
    ) == sorted((u, v, d["kind"]) for u, v, d in graph.edges(data=True))
    ig = igraph.Graph.Read_GraphML(str(path))
    assert ig.vcount() == graph.number_of_nodes() and ig.ecount() == graph.number_of_edges()
    v = ig.vs.find(iri=CQU)
    assert v["label"] == "Chongqing University" and v["defence_laboratory_count"] == 2
    lab = ig.vs.find(
        iri=str(ID["ministry-of-education-key-laboratory-for-complex-systems-safety-and-autonomous-control"])
    )
    assert lab["defence_focused"] is True
    kinds = sorted((ig.vs[e.source]["iri"], ig.vs[e.target]["iri"], e["kind"]) for e in ig.es)
    assert kinds == sorted((u, v, d["kind"]) for u, v, d in graph.edges(data=True))
    party = [e for e in ig.es if ig.vs[e.source]["iri"] == AGREEMENT and ig.vs[e.target]["iri"] == SASTIND][0]
    assert (party["date"], party["start"], party["date_latest"]) == ("2016-12", "2016-12-01", "2016-12-31")


# -- validation against the published schemas (tests/export/schemas/README.md says where from) --

SCHEMAS = HERE / "export" / "schemas"
GEXF12 = "http://www.gexf.net/1.2draft"


@pytest.fixture(scope="module")
def xsd():
    etree = pytest.importorskip("lxml.etree")
    return {name: etree.XMLSchema(etree.parse(str(SCHEMAS / f"{name}.xsd"))) for name in ("graphml", "gexf")}


def assert_valid(schema, doc) -> None:
    ok = schema.validate(doc)
    assert ok, "\n".join(str(e) for e in list(schema.error_log)[:10])


def gexf13_as_12draft(data: bytes):
    """Our GEXF 1.3 file mapped onto the 1.2draft schema we have: namespaces and version, viz
    elements into that copy's layout (declared in the gexf namespace), and the edge ``kind``
    (a 1.3 addition) checked here and set aside."""
    from lxml import etree

    root = etree.fromstring(data)
    assert root.tag == "{http://gexf.net/1.3}gexf" and root.get("version") == "1.3"
    assert root.nsmap == {
        None: "http://gexf.net/1.3",
        "viz": "http://gexf.net/1.3/viz",
        "xsi": "http://www.w3.org/2001/XMLSchema-instance",
    }
    assert (
        root.get("{http://www.w3.org/2001/XMLSchema-instance}schemaLocation")
        == "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"
    )
    seen = set()
    for e in root.iter("{http://gexf.net/1.3}edge"):
        kind = e.attrib.pop("kind")
        assert kind.strip(), "GEXF 1.3 edge kind must be a non-empty string"
        triple = (e.get("source"), e.get("target"), kind)
        assert triple not in seen, f"two edges share source, target and kind: {triple}"
        seen.add(triple)
    text = (
        etree.tostring(root)
        .replace(b"http://gexf.net/1.3/viz", b"VIZ")
        .replace(b"http://gexf.net/1.3", GEXF12.encode())
        .replace(b"VIZ", GEXF12.encode())
    )
    doc = etree.fromstring(text)
    doc.set("version", "1.2")
    return etree.ElementTree(doc)


@pytest.mark.parametrize("mode", ["node", "fold"])
def test_graphml_is_valid_against_the_published_schema(project, built, xsd, tmp_path, mode):
    from lxml import etree

    path = export(project, "graphml", tmp_path / f"g-{mode}.graphml", "--agreements", mode)
    assert_valid(xsd["graphml"], etree.parse(str(path)))


@pytest.mark.parametrize("mode", ["node", "fold"])
def test_gexf_is_valid_against_the_published_schema(project, built, xsd, tmp_path, mode):
    path = export(project, "gexf", tmp_path / f"g-{mode}.gexf", "--agreements", mode)
    doc = gexf13_as_12draft(path.read_bytes())
    assert_valid(xsd["gexf"], doc)
    graph = doc.getroot().find(f"{{{GEXF12}}}graph")
    assert graph.get("timeformat") == "date" and graph.get("mode") == "dynamic"


def test_schema_validation_catches_what_it_should(mini, xsd):
    """The checks are not vacuous: an IRI as a GraphML node id, a missing edge target, a wrong
    timeformat and a date that is not a date are each refused."""
    from lxml import etree

    g = to_networkx(mini)
    good = etree.fromstring(graphml_bytes(g))
    assert_valid(xsd["graphml"], etree.ElementTree(good))
    bad = etree.fromstring(graphml_bytes(g))
    bad.find(f"{GRAPHML}graph/{GRAPHML}node").set("id", str(ID["alpha-university"]))
    assert not xsd["graphml"].validate(etree.ElementTree(bad))
    gexf = gexf_bytes(g)
    assert_valid(xsd["gexf"], gexf13_as_12draft(gexf))
    doc = gexf13_as_12draft(gexf)
    doc.getroot().find(f"{{{GEXF12}}}graph").set("timeformat", "year")
    assert not xsd["gexf"].validate(doc)
    doc = gexf13_as_12draft(gexf)
    edge = next(doc.getroot().iter(f"{{{GEXF12}}}edge"))
    del edge.attrib["target"]
    assert not xsd["gexf"].validate(doc)
    doc = gexf13_as_12draft(gexf)
    dated = next(e for e in doc.getroot().iter(f"{{{GEXF12}}}edge") if e.get("start"))
    dated.set("start", "2018-13-01")
    assert not xsd["gexf"].validate(doc)


AWKWARD = 'R&D <"labs"> at 50% > 40%\r\n\tline two — 北京 😀'


def test_gexf_written_as_text_keeps_awkward_values_and_stays_valid(xsd):
    """The GEXF is written as text, not through an XML library: markup characters, line breaks and
    tabs in values come back exactly; elements without children are empty; the file is valid."""
    g = nx.MultiDiGraph(agreements="node")
    g.add_node("urn:a&b", label=AWKWARD, kind="Company", note=AWKWARD, count=3, share=0.5, flag=False)
    g.add_node('urn:"c"', kind="Laboratory")
    g.add_edge("urn:a&b", 'urn:"c"', key="hostedBy", label="is hosted by", quote=AWKWARD)
    g.add_edge('urn:"c"', "urn:a&b", key="k<1>")  # no attributes: an empty edge element
    data = gexf_bytes(g)
    root = ET.fromstring(data)
    graph = root.find(f"{GEXF}graph")
    assert graph.get("mode") == "static" and graph.get("timeformat") is None
    titles = {a.get("id"): a.get("title") for a in graph.iter(f"{GEXF}attribute")}
    node = graph.find(f"{GEXF}nodes/{GEXF}node")
    assert node.get("id") == "urn:a&b" and node.get("label") == AWKWARD
    values = {titles[v.get("for")]: v.get("value") for v in node.iter(f"{GEXF}attvalue")}
    assert values == {"count": "3", "flag": "false", "kind": "Company", "note": AWKWARD, "share": "0.5"}
    first, second = graph.iter(f"{GEXF}edge")
    assert [titles[v.get("for")] for v in first.iter(f"{GEXF}attvalue")] == ["quote"]
    assert next(first.iter(f"{GEXF}attvalue")).get("value") == AWKWARD
    assert (
        second.get("kind") == "k<1>"
        and len(second) == 0
        and b'kind="k&lt;1&gt;" label="k&lt;1&gt;" weight="1.0" />' in data
    )
    back = nx.read_gexf(io.BytesIO(data))
    assert back.nodes["urn:a&b"]["note"] == AWKWARD and back.nodes["urn:a&b"]["count"] == 3
    assert_valid(xsd["gexf"], gexf13_as_12draft(data))
    empty = ET.fromstring(gexf_bytes(nx.MultiDiGraph()))
    assert [len(empty.find(f"{GEXF}graph/{GEXF}{part}")) for part in ("nodes", "edges")] == [0, 0]


def test_cytoscape_and_tables(project, built, graph, tmp_path):
    data = json.loads(export(project, "cytoscape-json", tmp_path / "g.cyjs").read_text())
    assert len(data["elements"]["nodes"]) == graph.number_of_nodes()
    edges = data["elements"]["edges"]
    assert {e["data"]["kind"] for e in edges} >= {"hasExchangesWith", "party", "concerns"}
    out = export(project, "nodes-edges-csv", tmp_path / "tables")
    with open(out / "nodes.csv", newline="") as f:
        nodes = list(csv.DictReader(f))
    with open(out / "edges.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(nodes) == graph.number_of_nodes() and len(rows) == graph.number_of_edges()
    assert any(r["kind"] == "hasExchangesWith" and r["source"] == CQU for r in rows)


def test_exports_are_deterministic(project, built, tmp_path):
    for fmt in FORMATS:
        for mode in ("node", "fold"):
            a = export(project, fmt, tmp_path / f"a-{fmt}-{mode}", "--agreements", mode)
            b = export(project, fmt, tmp_path / f"b-{fmt}-{mode}", "--agreements", mode)
            if a.is_dir():
                for name in ("nodes.csv", "edges.csv"):
                    assert (a / name).read_bytes() == (b / name).read_bytes()
            else:
                assert a.read_bytes() == b.read_bytes()


def test_mixed_or_list_attributes_are_refused(mini):
    g = to_networkx(mini)
    g.nodes[str(ID["gamma-agency"])]["bad"] = ["a", "b"]
    with pytest.raises(TypeError):
        graphml_bytes(g)


def test_csv_to_stdout_is_an_input_error(project, built, capsys):
    rc = run_cli(project, "export", "nodes-edges-csv", "-o", "-")[0]
    assert rc == 2 and "cannot go to stdout" in capsys.readouterr().err


@pytest.mark.filterwarnings("ignore:Parsing weird boolean")
def test_integers_and_booleans_read_as_rdflib_reads_them():
    """The view reads counts and booleans without making rdflib terms; odd lexical forms give
    what rdflib's toPython gives (the literal itself where an integer does not parse)."""
    from defence_kg.core.store import Lit
    from defence_kg.exports.networkx import XSD_BOOLEAN, XSD_INTEGER, _python

    forms = ["12", " 12", "+5", "-0", "1_000", "1.0", "abc", "", "TRUE", "True", "1", "0", "false", "yes", "01"]
    for datatype in (XSD_INTEGER, XSD_BOOLEAN):
        for form in forms:
            ours, rdflib_value = _python(Lit(form, None, datatype)), Lit(form, None, datatype).term().toPython()
            assert ours == rdflib_value and type(ours) is type(rdflib_value), (datatype, form)


@pytest.mark.parametrize("certainty", ["stated", "possible"])
def test_evidence_made_in_a_forked_process_gives_the_same_graph(built, monkeypatch, certainty):
    """A large store's evidence is made beside the nodes in a forked process (``FORK_FROM``), a
    small one's in this process: the same graph either way, and no fork while another thread runs."""
    from defence_kg.core import processes
    from defence_kg.exports import networkx as view

    asked: list[bool] = []

    def recorded(work, args, index, *, fork=True):
        asked.append(fork)
        return processes.forked(work, args, index, fork=fork)

    monkeypatch.setattr(view, "forked", recorded)
    here = gexf_bytes(to_networkx(built.store, certainty=certainty))
    monkeypatch.setattr(view, "FORK_FROM", 0)
    with monkeypatch.context() as alone:  # the suite may run a server's threads meanwhile
        alone.setattr(view, "single_threaded", lambda: True)
        beside = gexf_bytes(to_networkx(built.store, certainty=certainty))
    assert asked == [False, True] and beside == here
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        to_networkx(built.store, certainty=certainty)
    finally:
        stop.set()
        other.join()
    assert asked[-1] is False


SPENDING = """@prefix dkg: <https://w3id.org/defence-kg/ontology#> .
@prefix id: <https://w3id.org/defence-kg/id/> .
@prefix vocab: <https://w3id.org/defence-kg/vocab/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<https://w3id.org/defence-kg/graph/test/sums> {
  id:kappa-university a dkg:CivilianUniversity ; skos:prefLabel "Kappa University"@en ;
    dkg:defenceResearchSpending id:sum-2018 , id:sum-2019 ; dkg:defenceGraduateShare id:share .
  id:sum-2018 a dkg:Amount ; dkg:amount 90000000.0 ; dkg:currency "CNY" ;
    dkg:countPrecision vocab:count-precision\\/exact .
  id:sum-2019 a dkg:Amount ; dkg:amount 120000000.0 ; dkg:currency "CNY" ;
    dkg:countPrecision vocab:count-precision\\/minimum .
  id:share a dkg:Share ; dkg:percent 12.5 ; dkg:countPrecision vocab:count-precision\\/approximate .
  id:st-sum-2018 a dkg:Statement ; rdf:subject id:kappa-university ; rdf:predicate dkg:defenceResearchSpending ;
    rdf:object id:sum-2018 ; dkg:pointInTime id:y2018 .
  id:st-sum-2019 a dkg:Statement ; rdf:subject id:kappa-university ; rdf:predicate dkg:defenceResearchSpending ;
    rdf:object id:sum-2019 ; dkg:pointInTime id:y2019 .
  id:y2018 a dkg:TemporalValue ; dkg:when "2018"^^xsd:gYear .
  id:y2019 a dkg:TemporalValue ; dkg:when "2019"^^xsd:gYear .
}
"""


def test_sums_and_shares_are_node_attributes_with_currency_precision_and_year(tmp_path):
    """The latest sum an institution is said to spend on defence research, in its own currency
    and with how exact the source is, and the share of its graduates the defence sector employs."""
    path = tmp_path / "sums.trig"
    path.write_text(SPENDING, encoding="utf-8")
    store = Store()
    store.load_dataset(path)
    node = to_networkx(store).nodes[str(ID["kappa-university"])]
    assert node["defence_research_spending"] == 120000000.0
    assert node["defence_research_spending_currency"] == "CNY"
    assert node["defence_research_spending_precision"] == "minimum"
    assert node["defence_research_spending_year"] == "2019"
    assert node["defence_graduate_share"] == 12.5
    assert node["defence_graduate_share_precision"] == "approximate"
    assert "defence_graduate_share_year" not in node
    root = ET.fromstring(gexf_bytes(to_networkx(store)))
    types = {a.get("title"): a.get("type") for a in root.iter(f"{GEXF}attribute")}
    assert types["defence_research_spending"] == "double" and types["defence_research_spending_year"] == "string"


APPROXIMATE = """@prefix dkg: <https://w3id.org/defence-kg/ontology#> .
@prefix id: <https://w3id.org/defence-kg/id/> .
@prefix vocab: <https://w3id.org/defence-kg/vocab/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix edtf: <http://id.loc.gov/datatypes/edtf/> .
<https://w3id.org/defence-kg/graph/test/dates> {
  id:lambda-institute a dkg:Organisation ; skos:prefLabel "Lambda Institute"@en ; dkg:established id:around-2017 .
  id:around-2017 a dkg:TemporalValue ; dkg:verbatim "around 2017"@en ; dkg:when "2017"^^xsd:gYear ;
    dkg:precision vocab:date-precision\\/year ; dkg:edtf "2017~"^^edtf:EDTF .
}
"""


def test_an_approximate_date_is_exported_as_its_edtf_reading_not_as_exact(tmp_path):
    path = tmp_path / "dates.trig"
    path.write_text(APPROXIMATE, encoding="utf-8")
    store = Store()
    store.load_dataset(path)
    node = to_networkx(store).nodes[str(ID["lambda-institute"])]
    assert (node["established"], node["established_precision"]) == ("2017~", "year")

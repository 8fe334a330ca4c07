"""`defence-kg serve --reconcile`: the W3C Entity Reconciliation Service API (0.2, as OpenRefine speaks
it) over real HTTP on loopback, each response checked against the JSON schemas in
tests/screening/reconciliation-schemas.json (written by us from the specification's structure)."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.parse
import urllib.request

import jsonschema
import pytest

from defence_kg.dataset.build import read
from defence_kg.publish.reconcile import make_server
from helpers import ROOT

SCHEMAS = json.loads((ROOT / "tests" / "screening" / "reconciliation-schemas.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def service(built, project):
    server = make_server(read(project.out), host="127.0.0.1", port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def get(url: str) -> tuple[int, dict[str, str], bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


def post(url: str, fields: dict[str, str]) -> dict:
    data = urllib.parse.urlencode(fields).encode()
    with urllib.request.urlopen(urllib.request.Request(url, data=data), timeout=10) as response:
        assert response.headers["Access-Control-Allow-Origin"] == "*"
        return json.loads(response.read())


def check(document: dict, schema: str) -> dict:
    jsonschema.validate(document, SCHEMAS[schema], format_checker=jsonschema.FormatChecker())
    return document


def test_the_manifest_names_every_service(service):
    status, headers, body = get(service + "/")
    manifest = check(json.loads(body), "manifest")
    assert status == 200 and headers["Access-Control-Allow-Origin"] == "*"
    assert "0.2" in manifest["versions"] and manifest["preview"]["url"].startswith(service)
    assert set(manifest["suggest"]) == {"entity", "type", "property"}


def test_jsonp_wraps_the_manifest_and_refuses_a_bad_callback(service):
    status, headers, body = get(service + "/?callback=jsonp123")
    assert status == 200 and headers["Content-Type"].startswith("application/javascript")
    text = body.decode()
    assert text.startswith("jsonp123(") and text.endswith(");")
    check(json.loads(text[len("jsonp123(") : -2]), "manifest")
    assert get(service + "/?callback=alert(1)")[0] == 400


def test_a_batch_of_queries_with_type_and_property_constraints(service):
    queries = {
        "q0": {"query": "Chongqing Univ."},
        "q1": {"query": "重慶大學", "type": "University", "limit": 3},
        "q2": {"query": "Chongqing University", "properties": [{"pid": "country", "v": "Singapore"}]},
        "q3": {"query": "Chongqing University", "type": "GovernmentAgency"},
        "q4": {"query": "Nanyang Technological University", "properties": [{"pid": "kind", "v": "CivilianUniversity"}]},
        "q5": {"query": "Chongqing Jiaotong University"},
    }
    answer = check(post(service + "/", {"queries": json.dumps(queries)}), "reconciliation-result-batch")
    assert set(answer) == set(queries)
    first = answer["q0"]["result"][0]
    assert (first["id"], first["match"], first["score"]) == ("chongqing-university", True, 98.0)
    assert answer["q1"]["result"][0]["id"] == "chongqing-university" and answer["q1"]["result"][0]["match"]
    assert answer["q2"]["result"] == []  # the graph places Chongqing University in China
    assert all(r["id"] != "chongqing-university" for r in answer["q3"]["result"])
    assert answer["q4"]["result"][0]["id"] == "nanyang-technological-university"
    assert not any(r["match"] for r in answer["q5"]["result"])


def test_queries_as_a_get_parameter_answer_the_same(service):
    queries = json.dumps({"q": {"query": "CQU"}})
    status, _, body = get(service + "/?" + urllib.parse.urlencode({"queries": queries}))
    assert status == 200 and check(json.loads(body), "reconciliation-result-batch")["q"]["result"][0]["match"]


def test_preview_is_a_card_with_the_risk_badge_and_evidence(service):
    status, headers, body = get(service + "/preview?id=chongqing-university")
    page = body.decode()
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert 'class="risk"' in page and ">medium</span>" in page and "2019-12-01" in page
    assert page.count('class="evidence"') == 3 and "unitracker.aspi.org.au" in page
    assert get(service + "/preview?id=no-such-entity")[0] == 404


def test_suggest_entities_types_and_properties(service):
    entities = check(json.loads(get(service + "/suggest/entity?prefix=chongq")[2]), "suggest-response")["result"]
    assert entities[0]["id"] == "chongqing-university"
    types = check(json.loads(get(service + "/suggest/type?prefix=univ")[2]), "suggest-response")["result"]
    assert {"id": "CivilianUniversity", "name": "civilian university"} in types
    props = check(json.loads(get(service + "/suggest/property?prefix=risk")[2]), "suggest-response")["result"]
    assert {p["id"] for p in props} >= {"risk_level", "risk_date"}


def test_data_extension_gives_risk_date_agencies_categories_chinese_name_and_parent(service):
    proposed = check(json.loads(get(service + "/extend/propose?type=Organisation")[2]), "propose-properties-response")
    wanted = ["risk_level", "risk_date", "supervising_agencies", "categories", "name_zh", "parent", "parent_risk_level"]
    assert set(wanted) <= {p["id"] for p in proposed["properties"]}
    lab = "ministry-of-education-key-laboratory-for-complex-systems-safety-and-autonomous-control"
    request = {"ids": ["chongqing-university", lab], "properties": [{"id": p} for p in wanted]}
    answer = check(post(service + "/", {"extend": json.dumps(request)}), "data-extension-response")
    cqu, unit = answer["rows"]["chongqing-university"], answer["rows"][lab]
    assert cqu["risk_level"] == [{"str": "medium"}] and cqu["risk_date"] == [{"date": "2019-12-01T00:00:00Z"}]
    assert cqu["supervising_agencies"] == [{"str": "Ministry of Education"}] and cqu["name_zh"] == [{"str": "重庆大学"}]
    assert unit["parent"] == [{"id": "chongqing-university", "name": "Chongqing University"}]
    assert unit["parent_risk_level"] == [{"str": "medium"}]


def test_cors_preflight_and_bad_requests(service):
    request = urllib.request.Request(service + "/", method="OPTIONS")
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.status == 204 and response.headers["Access-Control-Allow-Origin"] == "*"
    assert get(service + "/?queries=not-json")[0] == 400
    assert get(service + "/no/such/path")[0] == 404

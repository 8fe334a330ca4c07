"""The claim-level diff (defence_kg.analysis.diff, ``defence-kg diff``) on our own texts and on the two
MISP shapes of our samples: exactly the changes the texts make, each with its evidence on both sides;
removed claims say why they are gone; statements compared by content, not IRI; IRIs that changed
reported as renames, merges and splits."""

from __future__ import annotations

import json

import pytest
from rdflib import URIRef

from defence_kg import api
from defence_kg.analysis.diff import diff_from_data
from defence_kg.core.records import to_data
from defence_kg.dataset import build as dataset
from defence_kg.dataset.dumps import read_dataset
from helpers import ROOT, run_cli

PAGES = ROOT / "tests" / "releases"
MISP = ROOT / "tests" / "loaders" / "samples" / "misp"
FUT = "https://w3id.org/defence-kg/id/fenwick-university-of-technology"
NEW_LAB = "https://w3id.org/defence-kg/id/fenwick-hypersonic-materials-laboratory"
SASTIND = "State Administration of Science, Technology and Industry for National Defence"
DOC = {"own-pages": "fenwick-university-of-technology"}


def page(project, *versions: str, out: str):
    """Build the own-pages source from the given Fenwick page versions into ``project.root / out``."""
    files = [PAGES / f"fenwick-{v}.txt" for v in versions]
    result = dataset.build(project, sources=["own-pages"], documents={"own-pages": {DOC["own-pages"]: files}})
    dataset.write(result.store, project.root / out, union=True)  # a union file: diff must refuse it
    return project.root / out


def summary_of(d) -> set[tuple]:
    return {(c.kind, c.theme, c.entity, c.subject_label.split(" of ")[0], c.predicate, c.old, c.new) for c in d.changes}


def test_own_pages_give_exactly_the_changes_the_texts_make(own_project):
    """2019 -> 2025: re-rated medium -> high, the rationale reworded, a laboratory added, SASTIND's
    supervision dropped; nothing else (the other sentences say the same in both)."""
    d = api.diff(page(own_project, "2019", out="old"), page(own_project, "2025", out="new"))
    assert summary_of(d) == {
        ("changed", "risk designations", FUT, "Fenwick University", "dkg:riskLevel", "medium", "high"),
        ("changed", "risk designations", FUT, "risk designation", "dkg:riskLevel", "medium", "high"),
        ("changed", "risk designations", FUT, "risk designation", "dkg:assessedAsOf", "2019-12-01", "2025-09-01"),
        (
            "changed",
            "risk designations",
            FUT,
            "risk designation",
            "dkg:rationale",
            "its growing involvement in defence research",
            "its defence laboratories and its close ties to the defence industry",
        ),
        ("removed", "supervision", FUT, "Fenwick University", "dkg:supervisedBy", SASTIND, None),
        (
            "added",
            "laboratories",
            NEW_LAB,
            "Fenwick Hypersonic Materials Laboratory",
            "rdf:type",
            None,
            "dkg:Laboratory",
        ),
        (
            "added",
            "laboratories",
            NEW_LAB,
            "Fenwick Hypersonic Materials Laboratory",
            "dkg:hostedBy",
            None,
            "Fenwick University of Technology",
        ),
        (
            "added",
            "laboratories",
            NEW_LAB,
            "Fenwick Hypersonic Materials Laboratory",
            "dkg:establishedBy",
            None,
            "Fenwick University of Technology",
        ),
        (
            "added",
            "laboratories",
            NEW_LAB,
            "Fenwick Hypersonic Materials Laboratory",
            "dkg:established",
            None,
            "2021 (2021)",
        ),
        (
            "added",
            "laboratories",
            NEW_LAB,
            "Fenwick Hypersonic Materials Laboratory",
            "dkg:researchArea",
            None,
            "thermal protection",
        ),
    }
    assert d.summary["all"] == {"added": 5, "removed": 1, "changed": 4}
    assert d.iri_changes == ()
    assert [(x.kind, x.old_modified, x.new_modified) for x in d.documents] == [
        ("new version", "2019-12-01", "2025-09-01")
    ]
    for c in d.changes:
        if c.kind != "added":  # each gone claim: its page was replaced by a later version that no longer states it
            assert c.reason == "replaced" and "later version" in (c.why or ""), c
            assert c.old_evidence and all(ev.modified == "2019-12-01" for ev in c.old_evidence)
        if c.kind != "removed":
            assert c.new_evidence and all(ev.modified == "2025-09-01" for ev in c.new_evidence)
    level = next(c for c in d.changes if c.predicate == "dkg:riskLevel" and c.subject == FUT)
    assert "medium risk" in level.old_evidence[0].quote and "high risk" in level.new_evidence[0].quote


def test_the_later_misp_shape_no_longer_states_designations_it_does_not_withdraw_them(project, tmp_path):
    """The 2020-08-21 shape has a risk field, the later shape none: every removed designation says
    its entry was replaced by a later version that no longer states it, not that it is no longer
    true; the other fields, reworded in the new shape, compare equal."""
    builds = {}
    for name in ("shape-2020-08-21", "current"):
        result = dataset.build(
            project, documents={"misp-galaxy": {"china-defence-universities": MISP / f"{name}.json"}}
        )
        dataset.write(result.store, tmp_path / name)
        builds[name] = tmp_path / name
    d = api.diff(builds["shape-2020-08-21"], builds["current"])
    assert d.changes, "the risk field is gone in the later shape"
    assert {c.theme for c in d.changes} == {"risk designations"}
    assert {c.kind for c in d.changes} == {"removed"}
    for c in d.changes:
        assert c.reason == "replaced", c
        assert "no longer states it" in c.why and "not the same as no longer true" in c.why
        assert all("misp-galaxy" in (ev.document or "") for ev in c.old_evidence)
    levels = {
        c.entity.rsplit("/", 1)[-1]: c.old
        for c in d.changes
        if c.predicate == "dkg:riskLevel" and c.subject == c.entity
    }
    assert levels["space-test-university"] == "very high" and levels["southeast-test-university"] == "high"
    assert any(x.kind == "new version" and x.document.endswith("china-defence-universities") for x in d.documents)


def test_history_in_one_build_supersedes_the_old_level_and_adds_a_designation(own_project):
    """OLD: the 2019 page; NEW: both pages (history kept). The 2019 designation is unchanged, the
    2025 one added, and the plain level changed because a later designation superseded it."""
    d = api.diff(page(own_project, "2019", out="old"), page(own_project, "2019", "2025", out="new"))
    level = [c for c in d.changes if c.subject == FUT and c.predicate == "dkg:riskLevel"]
    assert [(c.kind, c.old, c.new, c.reason) for c in level] == [("changed", "medium", "high", "superseded")]
    designations = {(c.kind, c.subject_label) for c in d.changes if c.subject != FUT and c.theme == "risk designations"}
    assert designations == {("added", "risk designation of Fenwick University of Technology as of 2025-09-01")}


def test_statements_are_compared_by_content_not_by_iri(own_project, tmp_path):
    """A sentence reworded without changing its fact gives a new statement IRI but no change."""
    reworded = tmp_path / "fenwick-2019-reworded.txt"
    text = (PAGES / "fenwick-2019.txt").read_text(encoding="utf-8")
    reworded.write_text(text.replace("FUT is subordinate to", "FUT is directly subordinate to"), encoding="utf-8")
    old = page(own_project, "2019", out="old")
    result = dataset.build(own_project, sources=["own-pages"], documents={"own-pages": {DOC["own-pages"]: reworded}})
    dataset.write(result.store, own_project.root / "new")
    statements = [
        set(read_dataset(b).query("SELECT ?s WHERE { ?s a <https://w3id.org/defence-kg/ontology#Statement> }")[1])
        for b in (old, own_project.root / "new")
    ]
    assert statements[0] != statements[1], "the reworded quote must give new statement IRIs"
    d = api.diff(old, own_project.root / "new")
    assert d.changes == ()
    assert [x.kind for x in d.documents] == ["new version"]


def _rewrite(src, dst, replacements: dict[str, str]):
    text = (src / "dataset.nq").read_text(encoding="utf-8")
    for a, b in replacements.items():
        text = text.replace(f"<https://w3id.org/defence-kg/id/{a}>", f"<https://w3id.org/defence-kg/id/{b}>")
    dst.write_text(text, encoding="utf-8")
    return dst


def test_renames_merges_and_splits_are_reported_and_claims_follow_them(own_project, tmp_path):
    old = page(own_project, "2025", out="old")
    photonics, hypersonic = "fenwick-photonics-laboratory", "fenwick-hypersonic-materials-laboratory"
    renamed = api.diff(old, _rewrite(old, tmp_path / "renamed.nq", {photonics: "fenwick-photonics-lab"}))
    assert [(i.kind, i.old, i.new) for i in renamed.iri_changes] == [
        (
            "rename",
            (f"https://w3id.org/defence-kg/id/{photonics}",),
            ("https://w3id.org/defence-kg/id/fenwick-photonics-lab",),
        )
    ]
    assert renamed.changes == (), "a rename alone changes no claim"
    merged = api.diff(
        old, _rewrite(old, tmp_path / "merged.nq", {photonics: "fenwick-labs", hypersonic: "fenwick-labs"})
    )
    assert [(i.kind, len(i.old), i.new) for i in merged.iri_changes] == [
        ("merge", 2, ("https://w3id.org/defence-kg/id/fenwick-labs",))
    ]
    split = api.diff(tmp_path / "merged.nq", old)
    assert [(i.kind, i.old, len(i.new)) for i in split.iri_changes] == [
        ("split", ("https://w3id.org/defence-kg/id/fenwick-labs",), 2)
    ]


def test_a_claim_stated_less_firmly_is_changed_not_gone(own_project, tmp_path):
    old = page(own_project, "2019", out="old")
    query = (
        "SELECT ?st ?s WHERE { ?st <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> ?s ; "
        "<http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> <https://w3id.org/defence-kg/ontology#securityCredential> }"
    )
    [st] = [st for st, s in read_dataset(old).query(query)[1] if s == URIRef(FUT)]
    certainty = "<https://w3id.org/defence-kg/ontology#certainty> <https://w3id.org/defence-kg/vocab/certainty/"
    text = (old / "dataset.nq").read_text(encoding="utf-8")
    hedged = text.replace(f"<{st}> {certainty}stated>", f"<{st}> {certainty}possible>")
    assert hedged != text
    (tmp_path / "hedged.nq").write_text(hedged, encoding="utf-8")
    d = api.diff(old, tmp_path / "hedged.nq")
    assert [(c.kind, c.changed, c.predicate, c.reason) for c in d.changes] == [
        ("changed", "certainty", "dkg:securityCredential", None)
    ]
    assert [e.certainty for e in d.changes[0].old_evidence] == ["stated"]
    assert [e.certainty for e in d.changes[0].new_evidence] == ["possible"]


def test_entity_filter_and_formats(own_project, capsys):
    old, new = page(own_project, "2019", out="old"), page(own_project, "2025", out="new")
    code, out, err = run_cli(own_project, "diff", old, new, "--entity", "SASTIND", capsys=capsys, root=own_project.root)
    assert code == 0, err
    assert "supervisedBy" in out and "Hypersonic" not in out and "why: its source document was replaced" in out
    code, out, _ = run_cli(own_project, "diff", old, new, "--format", "json", capsys=capsys, root=own_project.root)
    data = json.loads(out)
    assert data["summary"]["all"] == {"added": 5, "removed": 1, "changed": 4}
    assert to_data(diff_from_data(data)) == data, "the JSON form reads back to the same diff"
    code, out, _ = run_cli(own_project, "diff", old, new, "--format", "markdown", capsys=capsys, root=own_project.root)
    assert out.startswith("# Changes from") and "| laboratories | 5 | 0 | 0 |" in out
    html = own_project.root / "diff.html"
    code, _, _ = run_cli(
        own_project, "diff", old, new, "--format", "html", "-o", html, capsys=capsys, root=own_project.root
    )
    assert code == 0 and "<table" in html.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "given, message",
    [
        ("nowhere", "no such dataset"),
        ("dataset.ttl", "not a dump with named graphs"),
        (".", "no dataset in this folder"),
    ],
)
def test_bad_inputs_are_usage_errors(own_project, capsys, given, message):
    old = page(own_project, "2019", out="old")
    target = {"nowhere": own_project.root / "nowhere", "dataset.ttl": old / "dataset.ttl", ".": own_project.root}[given]
    code, _, err = run_cli(own_project, "diff", old, target, capsys=capsys, root=own_project.root)
    assert code == 2 and message in err and "Traceback" not in err


def test_an_empty_dump_or_one_its_sums_disown_is_refused(built, project, capsys, tmp_path):
    """An empty file is no dataset (every claim would read as removed), and a dump changed since
    its SHA256SUMS were written is not the release it claims to be."""
    empty = tmp_path / "empty.nq"
    empty.write_bytes(b"")
    code, _, err = run_cli(project, "diff", str(project.out), str(empty), capsys=capsys)
    assert code == 2 and "the dataset is empty" in err
    copied = tmp_path / "copy"
    copied.mkdir()
    for name in ("dataset.nq", "SHA256SUMS"):
        (copied / name).write_bytes((project.out / name).read_bytes())
    with (copied / "dataset.nq").open("ab") as f:
        f.write(b"<urn:a> <urn:b> <urn:c> <urn:g> .\n")
    code, _, err = run_cli(project, "diff", str(project.out), str(copied), capsys=capsys)
    assert code == 2 and "the dump does not match its SHA256SUMS" in err


def test_a_claim_whose_date_changed_says_both_dates(own_project, tmp_path):
    """A supervision's end, 2021 in the old page and 2019 in the new: the change says the dates
    ("COSTIND (endDate 2021 (until 2021))" -> "... (endDate 2019 ..."), not the same agency twice."""
    dated = {}
    for year in ("2021", "2019"):
        text = (PAGES / "fenwick-2019.txt").read_text(encoding="utf-8")
        path = tmp_path / f"fenwick-{year}.txt"
        path.write_text(text + f"\nFUT was supervised by COSTIND until {year}.\n", encoding="utf-8")
        result = dataset.build(own_project, sources=["own-pages"], documents={"own-pages": {DOC["own-pages"]: [path]}})
        dataset.write(result.store, tmp_path / year)
        dated[year] = tmp_path / year
    d = api.diff(dated["2021"], dated["2019"])
    [change] = [c for c in d.changes if c.predicate == "dkg:formerlySupervisedBy"]
    assert (change.kind, change.changed) == ("changed", "date")
    assert "(endDate 2021 " in change.old and "(endDate 2019 " in change.new, (change.old, change.new)


def test_a_tie_the_new_page_says_ended_is_gone_because_it_ended(own_project, tmp_path):
    built = {}
    for name, sentence in (
        ("old", "FUT is supervised by COSTIND."),
        ("new", "FUT was supervised by COSTIND until 2019."),
    ):
        path = tmp_path / f"fenwick-{name}.txt"
        path.write_text((PAGES / "fenwick-2019.txt").read_text(encoding="utf-8") + f"\n{sentence}\n", encoding="utf-8")
        result = dataset.build(own_project, sources=["own-pages"], documents={"own-pages": {DOC["own-pages"]: [path]}})
        dataset.write(result.store, tmp_path / name)
        built[name] = tmp_path / name
    d = api.diff(built["old"], built["new"])
    [gone] = [
        c for c in d.changes if c.kind == "removed" and c.predicate == "dkg:supervisedBy" and "Commission" in c.old
    ]
    assert gone.reason == "ended" and "says it ended" in gone.why

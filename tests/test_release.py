"""Releases (defence_kg.publish.release, ``defence-kg release``): dumps with SHA-256 sums, a manifest
of sources, documents and counts, DCAT/VoID with dcat:version and prov:wasRevisionOf the previous
release, the changes since it, release notes; deterministic; written through core/output."""

from __future__ import annotations

import gzip
import hashlib
import json
import shutil

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV

from defence_kg import api
from defence_kg.core.errors import InputError
from defence_kg.core.store import Store
from defence_kg.dataset import build as dataset
from defence_kg.publish.release import DCAT_VERSION
from helpers import ROOT, run_cli

PAGES = ROOT / "tests" / "releases"
FILES = {
    "dataset.trig",
    "dataset.nq",
    "dataset.jsonld",
    "network.gexf",
    "network.graphml",
    "void.ttl",
    "SHA256SUMS",
    "release.json",
    "NOTES.md",
    ".defence-kg-output.json",
}
BASE = "https://w3id.org/defence-kg/"


def release_cli(project, *args, capsys):
    return run_cli(project, "release", *args, capsys=capsys, root=project.root)


def build_pages(project, version: str) -> None:
    """Build the project (its sources plus our Fenwick page of ``version``) into its build folder."""
    docs = {"own-pages": {"fenwick-university-of-technology": PAGES / f"fenwick-{version}.txt"}}
    dataset.write(dataset.build(project, documents=docs).store, project.out)


def test_a_release_holds_dumps_sums_manifest_void_and_notes(own_project, capsys):
    build_pages(own_project, "2019")
    notes = own_project.root / "notes.md"
    notes.write_text("The first release: the Chongqing University profile and one page of ours.\n", encoding="utf-8")
    out = own_project.out / "releases" / "1.0.0"  # inside the build folder: releases/ is made
    code, printed, err = release_cli(own_project, "1.0.0", "--notes", notes, "-o", out, capsys=capsys)
    assert code == 0, err
    assert "released 1.0.0 (2026-11-28)" in printed
    assert {p.name for p in out.iterdir()} == FILES
    sums = dict(line.split("  ")[::-1] for line in (out / "SHA256SUMS").read_text().splitlines())
    assert set(sums) == {"dataset.trig", "dataset.nq", "dataset.jsonld", "network.gexf", "network.graphml", "void.ttl"}
    for name, digest in sums.items():
        assert hashlib.sha256((out / name).read_bytes()).hexdigest() == digest
    manifest = json.loads((out / "release.json").read_text())
    assert manifest["version"] == "1.0.0" and manifest["date"] == "2026-11-28" and manifest["previous"] is None
    assert "output" not in manifest, "where it was written is not part of the release"
    documents = {d["iri"].rsplit("/", 1)[-1]: d for s in manifest["sources"] for d in s["documents"]}
    page = documents["doc-aspi-tracker-chongqing-university"]
    shipped = ROOT / "data" / "documents" / "aspi-tracker" / "chongqing-university.txt"
    assert page["sha256"] == hashlib.sha256(shipped.read_bytes()).hexdigest() and page["modified"] == "2019-12-01"
    assert {s["retrieved"] for s in manifest["sources"]} == {"2026-11-28"}
    assert manifest["counts"]["quads"] == sum(1 for _ in (out / "dataset.nq").open("rb"))
    assert {f["name"] for f in manifest["files"]} == set(sums)
    jsonld = Store()
    jsonld.load_bytes((out / "dataset.jsonld").read_bytes(), "jsonld", where="dataset.jsonld")
    assert len(jsonld) == manifest["counts"]["quads"] and len(jsonld.graphs()) == manifest["counts"]["graphs"]
    void = Graph().parse(out / "void.ttl")
    release = URIRef(BASE + "release/1.0.0")
    assert (release, DCAT_VERSION, Literal("1.0.0")) in void
    assert not list(void.objects(release, PROV.wasRevisionOf))
    text = (out / "NOTES.md").read_text(encoding="utf-8")
    assert "The first release: the Chongqing University profile" in text and page["sha256"] in text


def test_the_next_release_is_a_revision_of_the_previous_with_its_changes(own_project, capsys):
    releases = own_project.root / "releases"
    releases.mkdir()
    build_pages(own_project, "2019")
    assert release_cli(own_project, "1.0.0", "-o", releases / "1.0.0", capsys=capsys)[0] == 0
    build_pages(own_project, "2025")
    code, printed, err = release_cli(own_project, "1.1.0", "-o", releases / "1.1.0", capsys=capsys)
    assert code == 0, err
    assert "previous release: 1.0.0" in printed
    out = releases / "1.1.0"
    manifest = json.loads((out / "release.json").read_text())
    assert manifest["previous"] == "1.0.0" and manifest["date"] == "2026-11-28"
    assert manifest["changes"]["all"] == {"added": 5, "removed": 1, "changed": 4}
    void = Graph().parse(out / "void.ttl")
    assert (URIRef(BASE + "release/1.1.0"), PROV.wasRevisionOf, URIRef(BASE + "release/1.0.0")) in void
    notes = (out / "NOTES.md").read_text(encoding="utf-8")
    assert "Fenwick University of Technology: risk level medium → high" in notes
    changes = json.loads((out / "changes.json").read_text())
    assert changes["summary"] == manifest["changes"]
    # the releases compare as build folders do, and so do their dumps, plain or gzipped
    by_folders = api.diff(releases / "1.0.0", out)
    zipped = own_project.root / "new.trig.gz"
    zipped.write_bytes(gzip.compress((out / "dataset.trig").read_bytes()))
    by_dumps = api.diff(releases / "1.0.0" / "dataset.nq", zipped)
    assert by_folders.summary == by_dumps.summary == manifest["changes"]


def test_releases_are_byte_identical_for_the_same_build(built, tmp_path):
    store = built.store
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    one = api.release(store, "1.0.0", tmp_path / "a" / "1.0.0", previous=None)
    two = api.release(store, "1.0.0", tmp_path / "b" / "1.0.0", previous=None)
    assert one.files == two.files
    for name in FILES - {".defence-kg-output.json"}:
        assert (tmp_path / "a" / "1.0.0" / name).read_bytes() == (tmp_path / "b" / "1.0.0" / name).read_bytes(), name


def test_the_previous_release_is_the_greatest_version_below(built, tmp_path):
    for version in ("1.9.0", "1.10.0", "0.1"):
        api.release(built.store, version, tmp_path / version)
    assert api.release(built.store, "2.0.0", tmp_path / "2.0.0").previous == "1.10.0"
    assert api.release(built.store, "1.9.5", tmp_path / "1.9.5").previous == "1.9.0"
    (tmp_path / "x").mkdir()
    assert api.release(built.store, "1.9.6", tmp_path / "x" / "1.9.6", previous=tmp_path / "0.1").previous == "0.1"
    assert api.release(built.store, "1.9.7", tmp_path / "1.9.7", previous=None).previous is None


@pytest.mark.parametrize("version", ["0.5.0", "1.0.1"])
def test_a_previous_release_of_a_version_not_below_is_refused(built, tmp_path, version):
    (tmp_path / "r").mkdir()
    (tmp_path / "other").mkdir()
    api.release(built.store, "1.0.1", tmp_path / "r" / "1.0.1")
    with pytest.raises(InputError, match="which is not an earlier version") as raised:
        api.release(built.store, version, tmp_path / "other" / version, previous=tmp_path / "r" / "1.0.1")
    assert raised.value.where == str(tmp_path / "r" / "1.0.1")
    assert not any((tmp_path / "other").iterdir())


def test_the_date_comes_from_the_command_line_or_the_sources(built, tmp_path):
    assert api.release(built.store, "1", tmp_path / "1", date="2027-01-15").date == "2027-01-15"
    manifest = json.loads((tmp_path / "1" / "release.json").read_text())
    assert manifest["date"] == "2027-01-15"


@pytest.mark.parametrize(
    "args, message",
    [
        (["1.0/../x"], "bad release version"),
        (["1.0.0", "--date", "today"], "bad release date"),
        (["1.0.0", "--notes", "missing.md"], "cannot read the release notes"),
        (["1.0.0", "--previous", "not-a-release"], "not a release"),
        (["1.0.0", "--previous", "missing-release"], "why: nothing is there"),
    ],
)
def test_bad_release_arguments_are_usage_errors(project_copy, capsys, args, message, built, project):
    shutil.copytree(project.out, project_copy.out)
    code, _, err = release_cli(project_copy, *args, "-o", project_copy.root / "r", capsys=capsys)
    assert code == 2 and message in err and "Traceback" not in err
    assert not (project_copy.root / "r").exists()


def test_a_release_never_replaces_a_folder_it_did_not_write(project_copy, capsys, built, project):
    shutil.copytree(project.out, project_copy.out)
    mine = project_copy.root / "mine"
    mine.mkdir()
    (mine / "thesis.txt").write_text("my own work", encoding="utf-8")
    code, _, err = release_cli(project_copy, "1.0.0", "-o", mine, capsys=capsys)
    assert code == 2 and "did not write" in err
    assert [p.name for p in mine.iterdir()] == ["thesis.txt"]


def test_invalid_data_is_not_released(project_copy, capsys, built, project):
    shutil.copytree(project.out, project_copy.out)
    with (project_copy.out / "dataset.nq").open("a", encoding="utf-8") as f:
        f.write(
            "<https://w3id.org/defence-kg/id/chongqing-university> <https://w3id.org/defence-kg/ontology#supervisedBy> "
            "<https://w3id.org/defence-kg/id/nowhere> <https://w3id.org/defence-kg/graph/source/aspi-tracker> .\n"
        )
    out = project_copy.root / "r"
    code, _, err = release_cli(project_copy, "1.0.0", "-o", out, capsys=capsys)
    assert code == 1 and "invalid data is not published" in err and not out.exists()
    assert release_cli(project_copy, "1.0.0", "-o", out, "--allow-invalid", capsys=capsys)[0] == 0


def test_a_release_once_written_is_never_replaced_and_its_date_is_a_real_one(project_copy, capsys, built, project):
    shutil.copytree(project.out, project_copy.out)
    out = project_copy.root / "r"
    assert release_cli(project_copy, "1.0.0", "-o", out, capsys=capsys)[0] == 0
    written = {p.name: p.read_bytes() for p in out.iterdir()}
    code, _, err = release_cli(project_copy, "1.0.0", "-o", out, "--date", "2026-01-02", capsys=capsys)
    assert code == 2 and "release 1.0.0 is already written" in err
    assert {p.name: p.read_bytes() for p in out.iterdir()} == written
    # nor dated before the release it follows
    code, _, err = release_cli(
        project_copy, "2.0.0", "-o", project_copy.root / "r2", "--date", "1900-01-01", capsys=capsys
    )
    assert code == 2 and "before the release it follows" in err and not (project_copy.root / "r2").exists()
    # nor written again beside it under another folder's name: one version, one release
    code, _, err = release_cli(project_copy, "1.0.0", "-o", project_copy.root / "r-again", capsys=capsys)
    assert code == 2 and "release 1.0.0 is already written" in err and not (project_copy.root / "r-again").exists()
    for date in ("2024-13-45", "2024-02-30"):
        code, _, err = release_cli(project_copy, "2.0.0", "-o", project_copy.root / "r2", "--date", date, capsys=capsys)
        assert code == 2 and f"bad release date '{date}'" in err
    code, _, err = release_cli(project_copy, "", capsys=capsys)
    assert code == 2 and "bad release version ''" in err
    # a folder holding another release is named with that release ("release 2.0.0 is already
    # written" of a folder holding 1.0.0 sent the user to pick a next version)
    code, _, err = release_cli(project_copy, "2.0.0", "-o", out, capsys=capsys)
    assert code == 2 and "holds release 1.0.0" in err and "a folder of its own" in err
    assert {p.name: p.read_bytes() for p in out.iterdir()} == written

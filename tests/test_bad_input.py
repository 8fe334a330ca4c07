"""No traceback, ever: every command with bad input exits with its documented code and a message
saying what, where, why and how to fix, and changes no file outside its intended output.

Each case runs the command line in-process (an uncaught exception would fail the case) with the
build of the shipped data; the work folder and the build folder are fingerprinted before and after.
"""

from __future__ import annotations

import codecs
import hashlib
import shutil
from pathlib import Path

import pytest

from defence_kg.core.project import Project
from helpers import ROOT, run_cli, run_cli_bound_by_permissions

PROFILE = ROOT / "data" / "documents" / "aspi-tracker" / "chongqing-university.txt"


@pytest.fixture(scope="module")
def work(tmp_path_factory, built, project) -> Path:
    """A folder of careless inputs (all our own), beside a copy of the build."""
    w = tmp_path_factory.mktemp("careless")
    text = PROFILE.read_bytes()
    files = {
        "My Profile (copy).txt": text,
        "Профиль 重庆.txt": text,
        "bom.txt": codecs.BOM_UTF8 + text,
        "utf16.txt": codecs.BOM_UTF16_LE + text.decode("utf-8").encode("utf-16-le"),
        "latin1.txt": "Universit\u00e9 de caf\u00e9\n".encode("latin-1"),
        "binary.dat": bytes(range(256)) * 4,
        "empty.txt": b"",
        "recipe.txt": b"Banana Bread\n\nMash three ripe bananas. Bake for an hour.\n",
        "page.html": b"<!DOCTYPE html><html><body><h1>Test Institute</h1><p>It bakes bread.</p></body></html>",
        "bad.rq": b'SELECT * WHERE { ?s ?p "caf\xe9" }',
        "gold-wrong-shape.json": b'{"documents": 5}',
        "gold-not-json.json": b"{kinds: [",
        "ask.rq": b"ASK { ?s ?p ?o }",
        "partners.csv": b"name\nChongqing University\n",
        "update.rq": b"PREFIX x: <http://x/>\nDELETE WHERE { ?s ?p ?o }\n",
        "empty.rq": b"#+ summary: a header and nothing else\n\n",
        "misp-bad-meta.json": b'{"values": [{"uuid": "x", "value": "X University", "meta": "bad"}]}',
    }
    for name, data in files.items():
        (w / name).write_bytes(data)
    (w / "emptydir").mkdir()
    (w / "mydocs").mkdir()
    (w / "mydocs" / "thesis.txt").write_text("three years of work")
    shutil.copytree(project.out, w / "build")
    ill = w / "ill-build"
    shutil.copytree(project.out, ill)
    nq = ill / "dataset.nq"
    nq.write_bytes(
        nq.read_bytes().replace(
            b'"2019-12-01"^^<http://www.w3.org/2001/XMLSchema#date>',
            b'"2019-13-45"^^<http://www.w3.org/2001/XMLSchema#date>',
            1,
        )
    )
    damaged = w / "damaged-build"
    shutil.copytree(project.out, damaged)
    with open(damaged / "dataset.nq", "ab") as nq:
        nq.write(b"garbage at the end\n")
    return w


# (id, arguments with {w} for the work folder, expected exit code, a fragment of stderr)
CASES = [
    ("extract-binary", ["extract", "{w}/binary.dat"], 2, "binary data"),
    ("extract-latin1", ["extract", "{w}/latin1.txt"], 2, "Windows-1252"),
    ("extract-utf16", ["extract", "{w}/utf16.txt"], 2, "UTF-16"),
    ("extract-empty", ["extract", "{w}/empty.txt"], 2, "empty"),
    ("extract-missing", ["extract", "{w}/nope.txt"], 2, "not found"),
    ("extract-folder", ["extract", "{w}/emptydir"], 2, "--report"),
    ("extract-recipe-strict", ["extract", "{w}/recipe.txt", "--strict"], 1, "no organisation recorded"),
    ("extract-bom", ["extract", "{w}/bom.txt"], 0, ""),
    ("extract-spaces-parentheses", ["extract", "{w}/My Profile (copy).txt"], 0, ""),
    ("extract-non-ascii-name", ["extract", "{w}/Профиль 重庆.txt"], 0, ""),
    ("extract-html", ["extract", "{w}/page.html"], 0, ""),
    ("report-empty-folder", ["extract", "--report", "{w}/emptydir"], 2, "no profile documents"),
    (
        "report-gold-wrong-shape",
        ["extract", "--report", "{w}/bom.txt", "--gold", "{w}/gold-wrong-shape.json"],
        2,
        "wrong shape",
    ),
    (
        "report-gold-not-json",
        ["extract", "--report", "{w}/bom.txt", "--gold", "{w}/gold-not-json.json"],
        2,
        "cannot read the gold file",
    ),
    ("report-gold-without-report", ["extract", "{w}/bom.txt", "--gold", "{w}/gold-not-json.json"], 2, "--report"),
    ("report-with-a-format", ["extract", "--report", "{w}/bom.txt", "--format", "turtle"], 2, "ignored"),
    ("query-not-utf8", ["query", "{w}/bad.rq"], 2, "not UTF-8"),
    ("query-list-and-a-name", ["query", "--list", "institution-profile"], 2, "would be ignored"),
    ("query-list-and-all", ["query", "--list", "--all"], 2, "--all would be ignored"),
    ("query-ask-as-csv", ["query", "{w}/ask.rq", "--format", "csv"], 2, "has no csv form"),
    ("output-empty-path", ["export", "gexf", "-o", ""], 2, "empty path"),
    (
        "query-param-twice",
        ["query", "institution-profile", "--param", "institution=CQU", "--param", "institution=HIT"],
        2,
        "twice",
    ),
    ("serve-site-writable", ["serve", "--site", "{w}/emptydir", "--writable"], 2, "--writable would be ignored"),
    ("query-timeout-in-process", ["query", "institution-profile", "--timeout", "5"], 2, "--timeout would be ignored"),
    (
        "endpoint-gsp-and-update",
        [
            "publish",
            "endpoint",
            "--endpoint",
            "http://127.0.0.1:9/q",
            "--gsp-endpoint",
            "http://127.0.0.1:9/s",
            "--update-endpoint",
            "http://127.0.0.1:9/u",
            "--dry-run",
            "{w}/dry",
        ],
        2,
        "would be ignored",
    ),
    (
        "endpoint-max-triples-zero",
        ["publish", "endpoint", "--endpoint", "http://127.0.0.1:9/q", "--max-update-triples", "0"],
        2,
        "at least 1",
    ),
    ("site-releases-none", ["publish", "site", "-o", "{w}/site", "--releases", "{w}/emptydir"], 2, "no releases here"),
    ("out-empty-path", ["--out", "", "stats"], 2, "empty path"),
    ("output-the-tools-record", ["export", "gexf", "-o", "{w}/.defence-kg-outputs.json"], 2, "the tool's own"),
    ("export-named-for-another-format", ["export", "graphml", "-o", "{w}/graph.gexf"], 2, "names gexf"),
    ("screen-named-for-no-format", ["screen", "{w}/partners.csv", "-o", "{w}/out.pdf"], 2, "names no format"),
    (
        "screen-named-for-another-format",
        ["screen", "{w}/partners.csv", "-o", "{w}/o.xlsx", "--format", "csv"],
        2,
        "xlsx",
    ),
    # the extension of -o names what the file holds, as for screen and trace
    ("analyse-named-json-as-a-table", ["analyse", "-o", "{w}/a.json", "--format", "table"], 2, "names json"),
    ("export-gexf-named-csv", ["export", "gexf", "-o", "{w}/x.csv"], 2, "names csv, not the gexf"),
    (
        "diff-html-named-text",
        ["diff", "{w}/build", "{w}/build", "-o", "{w}/d.html", "--format", "text"],
        2,
        "names html",
    ),
    ("diff-named-pdf", ["diff", "{w}/build", "{w}/build", "-o", "{w}/d.pdf"], 2, "names no format"),
    # messages that say what is wrong
    ("query-an-update", ["query", "{w}/update.rq"], 2, "SPARQL updates are not supported"),
    ("query-an-empty-file", ["query", "{w}/empty.rq"], 2, "the query file holds no query"),
    ("query-a-device", ["query", "/dev/null"], 2, "it is a device, not a file"),
    ("diff-a-device", ["diff", "/dev/null", "{w}/build"], 2, "it is a device, not a file"),
    ("site-into-a-folder-with-a-space", ["publish", "site", "-o", "{w}/no such/site"], 2, "mkdir -p '"),
    ("release-bad-base", ["release", "9.9.9", "-o", "{w}/rel", "--base-url", "notaurl"], 2, "base-url"),
    ("query-misspelt", ["query", "institution-profil"], 2, "did you mean 'institution-profile'"),
    ("query-hops-too-many", ["query", "organisations-connected-within-hops", "--param", "hops=9"], 2, "range"),
    ("query-hops-zero", ["query", "organisations-connected-within-hops", "--param", "hops=0"], 2, "range"),
    (
        "query-hops-not-a-number",
        ["query", "organisations-connected-within-hops", "--param", "hops=many"],
        2,
        "bad value",
    ),
    ("query-param-without-value", ["query", "institution-profile", "--param", "institution"], 2, "name=value"),
    ("query-unknown-param", ["query", "institution-profile", "--param", "colour=red"], 2, "unknown parameter"),
    (
        "query-unknown-name",
        ["query", "institution-profile", "--param", "institution=Nobody At All"],
        2,
        "cannot resolve",
    ),
    ("query-hostile-value", ["query", "institution-profile", "--param", "institution=x> } DROP ALL #"], 2, "IRI"),
    ("query-endpoint-not-a-url", ["query", "institution-profile", "--endpoint", "not-a-url"], 2, "HTTP(S)"),
    ("query-endpoint-ftp", ["query", "institution-profile", "--endpoint", "ftp://127.0.0.1/q"], 2, "HTTP(S)"),
    ("command-misspelt", ["buidl"], 2, "did you mean 'build'"),
    ("format-unknown", ["stats", "--format", "yaml"], 2, "invalid choice"),
    ("serve-port-negative", ["serve", "--port", "-1"], 2, "not a port"),
    ("serve-port-too-big", ["serve", "--site", "{w}/emptydir", "--port", "99999"], 2, "not a port"),
    ("serve-not-a-site", ["serve", "--site", "{w}/emptydir", "--port", "0"], 2, "not a published site"),
    (
        "serve-a-file-as-a-site",
        ["serve", "--site", "{w}/update.rq", "--port", "0"],
        2,
        "why: it is a file, not a folder",
    ),
    ("export-impossible-path", ["export", "gexf", "-o", "/proc/nope/x.gexf"], 2, "does not exist"),
    ("export-missing-folder", ["export", "gexf", "-o", "{w}/nonexistent-dir/sub/x.gexf"], 2, "does not exist"),
    ("export-unwritable", ["export", "graphml", "-o", "/sys/x.graphml"], 2, "cannot write"),
    ("export-csv-to-stdout", ["export", "nodes-edges-csv", "-o", "-"], 2, "cannot go to stdout"),
    ("trace-unknown", ["trace", "CQU", "Nobody At All"], 2, "no organisation named"),
    ("trace-same-ends", ["trace", "CQU", "Chongqing University"], 2, "same node"),
    ("trace-zero-hops", ["trace", "CQU", "SASTIND", "--max-hops", "0"], 2, "at least 1"),
    ("trace-unwritable", ["trace", "CQU", "SASTIND", "-o", "/sys/x.txt"], 2, "cannot write"),
    ("analyse-unknown-ego", ["analyse", "--ego", "Nobody At All"], 2, "no organisation named"),
    # an option given an empty value is refused, not taken as not given: each of these ran without
    # the ego network, the limit, the column or the server asked for, exit 0
    ("analyse-empty-ego", ["analyse", "--ego", ""], 2, "argument --ego: an empty value names nothing"),
    ("trace-empty-via", ["trace", "CQU", "SASTIND", "--via", " "], 2, "argument --via: an empty value"),
    ("query-empty-endpoint", ["query", "institutions-by-risk-level", "--endpoint", ""], 2, "--endpoint: an empty"),
    ("analyse-unwritable", ["analyse", "-o", "/sys/x.txt"], 2, "cannot write"),
    ("site-into-users-folder", ["publish", "site", "-o", "{w}/mydocs"], 2, "thesis.txt"),
    ("site-into-proc", ["publish", "site", "-o", "/proc/nope/site"], 2, "does not exist"),
    ("site-bad-base", ["publish", "site", "-o", "{w}/site", "--base-url", "w3id.org/x"], 2, "base-url"),
    ("endpoint-not-a-url", ["publish", "endpoint", "--endpoint", "not-a-url", "--gsp-endpoint", "x"], 2, "HTTP(S)"),
    (
        "endpoint-dry-run-unwritable",
        [
            "publish",
            "endpoint",
            "--endpoint",
            "http://127.0.0.1:9/q",
            "--gsp-endpoint",
            "http://127.0.0.1:9/s",
            "--dry-run",
            "/sys/dry",
        ],
        2,
        "cannot",
    ),
    ("resolve-empty", ["resolve", ""], 2, "empty name"),
    ("resolve-no-match", ["resolve", "Ministry"], 2, "no entity is named"),
    ("build-bad-document", ["build", "--document", "nonsense"], 2, "bad --document"),
    ("build-missing-document", ["build", "--document", "aspi-tracker={w}/nope.txt"], 2, "not found"),
    ("build-unknown-source", ["build", "--source", "nope"], 2, "unknown source"),
    ("build-unwritable-out", ["--out", "/sys/build", "build"], 2, "cannot create the build folder"),
    ("project-missing", ["--project", "{w}/emptydir", "stats"], 2, "no defence-kg project"),
    ("no-build-yet", ["--out", "{w}/emptydir", "stats"], 2, "no built dataset"),
    # (it said "no built dataset: the dataset has not been built here" of the user's file)
    ("out-is-a-file", ["--out", "{w}/partners.csv", "stats"], 2, "--out names a file"),
    ("out-is-a-device", ["--out", "/dev/null", "resolve", "CQU"], 2, "--out names a device"),
    ("damaged-build", ["--out", "{w}/damaged-build", "stats"], 2, "build again"),
    ("ill-typed-validate", ["--out", "{w}/ill-build", "validate"], 1, ""),
    ("ill-typed-pyshacl", ["--out", "{w}/ill-build", "validate", "--engine", "pyshacl"], 1, ""),
    ("ill-typed-query-all", ["--out", "{w}/ill-build", "query", "--all"], 1, "violation"),
    ("ill-typed-trace", ["--out", "{w}/ill-build", "trace", "CQU", "SASTIND"], 0, ""),
    # values past what the libraries take, refused when the arguments are read
    (
        "query-timeout-infinite",
        ["query", "{w}/ask.rq", "--endpoint", "http://127.0.0.1:9/q", "--timeout", "inf"],
        2,
        "longer than a day",
    ),
    (
        "query-timeout-huge",
        ["query", "{w}/ask.rq", "--endpoint", "http://127.0.0.1:9/q", "--timeout", "1e300"],
        2,
        "longer than a day",
    ),
    (
        "endpoint-timeout-infinite",
        [
            "publish",
            "endpoint",
            "--endpoint",
            "http://127.0.0.1:9/q",
            "--gsp-endpoint",
            "http://127.0.0.1:9/s",
            "--timeout",
            "inf",
        ],
        2,
        "longer than a day",
    ),
    ("screen-top-huge", ["screen", "{w}/partners.csv", "--top", "9223372036854775807"], 2, "is more than"),
    ("screen-top-zero", ["screen", "{w}/partners.csv", "--top", "0"], 2, "is not at least 1"),
    ("screen-threshold-nan", ["screen", "{w}/partners.csv", "--threshold", "nan"], 2, "not between 0 and 1"),
    ("screen-threshold-above-one", ["screen", "{w}/partners.csv", "--threshold", "2"], 2, "not between 0 and 1"),
    ("stats-top-huge", ["stats", "--top", "99999999999999999999"], 2, "is more than"),
    # a host the servers cannot listen on is named, whatever the port
    ("serve-host-ipv6", ["serve", "--host", "::1", "--port", "0"], 2, "--host ::1"),
    ("serve-host-unknown", ["serve", "--host", "nosuch.invalid", "--port", "0"], 2, "--host nosuch.invalid"),
    (
        "serve-reconcile-host-elsewhere",
        ["serve", "--reconcile", "--host", "192.0.2.1", "--port", "0"],
        2,
        "none of its addresses",
    ),
    ("site-base-with-a-space", ["publish", "site", "-o", "{w}/site", "--base-url", "http://x y/"], 2, "no space"),
    (
        "release-base-with-a-fragment",
        ["release", "9.9.9", "-o", "{w}/rel", "--base-url", "https://ex.org/#"],
        2,
        "nor # or ?",
    ),
    (
        "report-misp-meta-not-an-object",
        ["extract", "--report", "--document", "misp-galaxy={w}/misp-bad-meta.json"],
        2,
        "'meta' is not an object",
    ),
    (
        "ill-typed-not-published",
        ["--out", "{w}/ill-build", "publish", "site", "-o", "{w}/ill-site"],
        1,
        "invalid data is not published",
    ),
]


def _fingerprint(*folders: Path) -> dict[str, str]:
    """Every file under the folders, by path: its content hash (symlinks by their target)."""
    out = {}
    for folder in folders:
        for p in sorted(folder.rglob("*")):
            if p.is_symlink():
                out[str(p)] = "-> " + str(p.readlink())
            elif p.is_file():
                out[str(p)] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


@pytest.mark.parametrize("argv, code, fragment", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_input_gets_a_message_and_its_exit_code(work, capsys, monkeypatch, argv, code, fragment):
    monkeypatch.chdir(work)
    args = [a.replace("{w}", str(work)) for a in argv]
    project = Project(root=ROOT, out=work / "build")
    before = _fingerprint(work, ROOT / "data", ROOT / "queries", ROOT / "shapes")
    try:
        got, out, err = run_cli(project, *args, capsys=capsys)
    except SystemExit as exit_:  # argparse's own usage errors
        got, err = exit_.code, capsys.readouterr().err
    assert got == code, err
    assert "Traceback" not in err and "Failed to convert Literal" not in err
    assert fragment in err
    if code == 2 and "usage:" not in err:
        assert err.startswith("error: ") and ("fix:" in err or "did you mean" in err or "why:" in err), err
    after = _fingerprint(work, ROOT / "data", ROOT / "queries", ROOT / "shapes")
    changed = {p for p in before.keys() | after.keys() if before.get(p) != after.get(p)}
    assert not changed, f"files changed outside the intended output: {sorted(changed)[:5]}"


def test_control_characters_typed_are_shown_not_obeyed(work, capsys):
    project = Project(root=ROOT, out=work / "build")
    code, out, err = run_cli(project, "resolve", "\x1b]0;title\x07CQU", capsys=capsys)
    assert code == 2 and "\x1b" not in out + err and "\\x1b]0;title\\x07CQU" in err


def test_a_control_character_in_a_partner_name_is_shown_in_the_workbook(work, capsys, tmp_path):
    from openpyxl import load_workbook

    names = tmp_path / "names.csv"
    names.write_bytes(b"name\nChongqing\x01University\n")
    project = Project(root=ROOT, out=work / "build")
    code, _, err = run_cli(project, "screen", str(names), "-o", str(tmp_path / "out.xlsx"), capsys=capsys)
    assert code == 0, err
    assert load_workbook(tmp_path / "out.xlsx").active["A2"].value == "Chongqing\u2401University"


def test_a_pasted_paragraph_is_no_name(work, capsys, tmp_path):
    names = tmp_path / "names.csv"
    names.write_text("name\n" + "Chongqing University " * 400 + "\n", encoding="utf-8")
    project = Project(root=ROOT, out=work / "build")
    code, out, err = run_cli(project, "screen", str(names), "--format", "json", capsys=capsys)
    assert code == 0, err
    assert "are no organisation's name" in out and '"no match"' in out


def test_extract_in_a_project_without_its_profile_source_says_what_to_restore(project_copy, capsys, tmp_path):
    (project_copy.sources / "aspi-tracker.toml").unlink()
    text = tmp_path / "profile.txt"
    text.write_text("Rowan University (RU) is designated high risk for its defence research.\n", encoding="utf-8")
    code, _, err = run_cli(project_copy, "extract", str(text), capsys=capsys)
    assert code == 2 and "Traceback" not in err
    assert "no profile source" in err and "fix: restore aspi-tracker.toml" in err, err


def test_a_build_of_a_misp_entry_whose_meta_is_not_an_object_names_the_entry(project_copy, capsys, tmp_path):
    cluster = tmp_path / "cluster.json"
    cluster.write_text('{"values": [{"uuid": "x", "value": "X University", "meta": "bad"}]}', encoding="utf-8")
    code, _, err = run_cli(project_copy, "build", "--document", f"misp-galaxy={cluster}", capsys=capsys)
    assert code == 2 and "Traceback" not in err
    assert "entry 0 ('X University'): its 'meta' is not an object" in err and str(cluster) in err


def test_a_source_profile_that_is_not_utf8_is_named(project_copy, capsys):
    (project_copy.sources / "x.toml").write_bytes(b"\xff\xfe")
    code, _, err = run_cli(project_copy, "build", capsys=capsys)
    assert code == 2 and "Traceback" not in err
    assert "x.toml (byte 0): the source profile is not UTF-8 text" in err


def test_analyse_takes_its_format_from_the_name_of_its_output(work, capsys):
    project = Project(root=ROOT, out=work / "build")
    out = work / "analysis.json"
    try:
        code, _, err = run_cli(project, "analyse", "-o", str(out), capsys=capsys)
        assert code == 0, err
        assert out.read_text(encoding="utf-8").startswith("{")
    finally:
        out.unlink(missing_ok=True)


def test_a_file_in_the_way_of_the_default_export_folder_is_named(built, project, capsys, tmp_path):
    out = tmp_path / "build"
    shutil.copytree(project.out, out)
    (out / "export").write_text("my own notes")
    code, _, err = run_cli(Project(root=ROOT, out=out), "export", "gexf", capsys=capsys)
    assert code == 2 and "a file is in the way of the output folder" in err and f"{out / 'export'}" in err
    assert (out / "export").read_text() == "my own notes"


def test_what_cannot_be_read_is_named_never_a_traceback(project_copy, built, project, tmp_path):
    """A file or folder the user may not read: ``build --document`` and ``diff`` showed a traceback
    (PermissionError), ``extract --report`` said the folder held no documents, and any other path a
    check did not foresee gets the same kind of message."""
    shutil.copytree(project.out, project_copy.out)
    secret, closed = tmp_path / "profile.txt", tmp_path / "closed"
    secret.write_bytes(PROFILE.read_bytes())
    closed.mkdir()
    (closed / "profile.txt").write_bytes(PROFILE.read_bytes())
    secret.chmod(0)
    closed.chmod(0)
    try:
        for args, fragment in (
            (["build", "--document", f"aspi-tracker={secret}"], "cannot read the document"),
            (["extract", "--report", closed], "cannot read a folder of documents"),
            (["diff", project_copy.out, closed], "could not be read or written"),
            (["--out", closed, "stats"], "could not be read or written"),
        ):
            code, _, err = run_cli_bound_by_permissions(project_copy, *args)
            assert code == 2 and fragment in err and "Permission denied" in err, (args, err)
            assert "Traceback" not in err and err.startswith("error: ") and "fix:" in err, (args, err)
    finally:
        secret.chmod(0o644)
        closed.chmod(0o755)


def test_a_build_folder_that_cannot_be_written_in_is_named_itself(project_copy, tmp_path):
    """``--out`` an existing folder the user may not write in: the message named the first folder
    the build makes in it (``extraction-cache/.new``), not the folder the user gave."""
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        code, _, err = run_cli_bound_by_permissions(project_copy, "--out", locked, "build")
    finally:
        locked.chmod(0o755)
    assert code == 2 and "Traceback" not in err, err
    assert f"error: {locked} (making extraction-cache/.new in it): cannot create the build folder" in err, err
    assert "Permission denied" in err and list(locked.iterdir()) == []

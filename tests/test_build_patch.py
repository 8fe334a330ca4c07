"""build (issue 16, point 3): a rebuild after documents changed patches the previous build's files
(``dataset.incremental``, ``dataset.patch``), and gives the bytes of a full build — or builds in
full when the change is not one it can patch.

Projects are the benchmark workload at a small size (text of our own writing).
"""

from __future__ import annotations

import itertools
import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from defence_kg.core.errors import EXIT_INVALID, EXIT_OK
from defence_kg.core.namespaces import ID
from defence_kg.core.project import Project
from defence_kg.core.store import Store
from defence_kg.dataset import build as dataset
from defence_kg.dataset import incremental, patch
from defence_kg.dataset.nquads import RDF_TYPE, SortedNQuads, graph_of, mapped, subject_of
from defence_kg.loading import curation
from defence_kg.loading.registry import Registry
from helpers import ROOT, run_cli
from test_build_incremental import _own_source, with_an_older_page

sys.path.insert(0, str(ROOT / "benchmarks"))
import workload  # noqa: E402

INSTITUTIONS = 5
PATCHED = "; the previous build's files patched"


@pytest.fixture
def synthetic(tmp_path) -> Project:
    root = workload.project(ROOT, tmp_path / "project", INSTITUTIONS)
    return Project(root=root, out=tmp_path / "build")


def _build(project: Project, out: Path, *args: str, capsys) -> str:
    code, stdout, stderr = run_cli(Project(root=project.root, out=out), "build", *args, capsys=capsys)
    assert code == EXIT_OK, stderr
    return stdout


def _outputs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}


def _profile(project: Project, n: int) -> Path:
    return sorted((project.root / "data" / "documents" / "aspi-tracker").glob("*.txt"))[n]


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _same_as_full(project: Project, tmp_path: Path, again: str, capsys) -> None:
    full = _build(project, tmp_path / "full", "--no-cache", capsys=capsys)
    assert _outputs(project.out) == _outputs(tmp_path / "full")
    assert _figures(project.out, again) == _figures(tmp_path / "full", full)


def _figures(out: Path, stdout: str) -> list[str]:
    """What ``build`` printed of the dataset: all but what it says of documents and of patching,
    the folder left out."""
    return [
        line.replace(str(out), "")
        for line in stdout.splitlines()
        if "documents:" not in line and "built in full:" not in line
    ]


def test_two_changed_profiles_are_patched_as_a_full_build_writes(synthetic, tmp_path, capsys):
    _build(synthetic, synthetic.out, capsys=capsys)
    first, second = _profile(synthetic, 1), _profile(synthetic, 3)
    # one gains facts, the other loses a paragraph of them
    _edit(
        first,
        "Last updated",
        f"{first.read_text().splitlines()[0]} holds secret-level security credentials.\n\nLast updated",
    )
    paragraphs = second.read_text(encoding="utf-8").split("\n\n")
    dropped = next(p for p in paragraphs if p.startswith("In ") and "agreement" in p)
    _edit(second, dropped + "\n\n", "")
    again = _build(synthetic, synthetic.out, capsys=capsys)
    assert f"documents: 2 extracted, {INSTITUTIONS - 2} reused from the extraction cache{PATCHED}" in again
    _same_as_full(synthetic, tmp_path, again, capsys)
    # and the next change patches the patched files, then validates them as a full build's
    _edit(first, "holds secret-level", "holds top-secret-level")
    code, again, _ = run_cli(synthetic, "build", "--validate", capsys=capsys)
    full = Project(root=synthetic.root, out=tmp_path / "next")
    full_code, full_report, _ = run_cli(full, "build", "--validate", "--no-cache", capsys=capsys)
    report = lambda stdout: stdout[stdout.rindex("SHA256SUMS\n") :]  # noqa: E731 - what follows the files
    assert PATCHED in again and (code, report(again)) == (full_code, report(full_report))
    assert "Conforms" in report(again) or "result(s)" in report(again)
    assert _outputs(synthetic.out) == _outputs(full.out)


@pytest.mark.parametrize(
    "change",
    [
        "a new document",
        "the files changed",
        "the union asked for",
        "the state unreadable",
        "the state edited",
        "the lines settling read edited",
    ],
)
def test_what_is_not_patched_is_built_in_full(synthetic, tmp_path, change, capsys):
    _build(synthetic, synthetic.out, capsys=capsys)
    profile = _profile(synthetic, 2)
    args: tuple[str, ...] = ()
    if change == "a new document":
        source = synthetic.root / "data" / "sources" / "aspi-tracker.toml"
        copy = profile.with_name("copy.txt")
        copy.write_bytes(profile.read_bytes())
        _edit(
            source,
            "[expect]",
            f'[[documents]]\nid = "copy"\npath = "{copy.relative_to(synthetic.root)}"\nformat = "text"\n\n[expect]',
        )
    elif change == "the files changed":
        nq = synthetic.out / "dataset.nq"
        nq.write_bytes(nq.read_bytes())  # same bytes, but written by someone else since
    elif change == "the union asked for":
        args = ("--union",)
    elif change == "the lines settling read edited":
        settling = synthetic.out / "extraction-cache" / incremental.SETTLING
        settling.write_bytes(b"".join(sorted(settling.read_bytes().splitlines(keepends=True))[1:]))
        _edit(profile, "Last updated", "It holds secret-level security credentials.\n\nLast updated")
    elif change == "the state unreadable":
        (synthetic.out / "extraction-cache" / incremental.STATE).write_text("{", encoding="utf-8")
    else:  # JSON still, of the right version, but not what a build writes
        state = synthetic.out / "extraction-cache" / incremental.STATE
        data = json.loads(state.read_text(encoding="utf-8"))
        data["settled"][0] = ["not a line"]
        state.write_text(json.dumps(data), encoding="utf-8")
    again = _build(synthetic, synthetic.out, *args, capsys=capsys)
    assert PATCHED not in again
    why = {
        "a new document": "list of documents changed",
        "the files changed": "files changed since the last build",
        "the lines settling read edited": "the file of the lines settling read changed",
    }
    # the command says why it could not patch, when there was a build to patch
    assert ("built in full: " in again) == (change in why) and why.get(change, "") in again
    if change != "the union asked for":
        _same_as_full(synthetic, tmp_path, again, capsys)


def test_risk_levels_are_settled_again_when_a_profile_changes(project_copy, tmp_path, capsys):
    """Levels are settled across documents (the latest designation gives the plain level): a
    patch settles them again, as a full build does."""
    older = with_an_older_page(project_copy)
    _build(project_copy, project_copy.out, capsys=capsys)
    assert b"isReplacedBy" in (project_copy.out / "dataset.nq").read_bytes()  # the 2019 level is replaced
    latest = project_copy.root / "data" / "documents" / "own" / "alder.txt"
    for n, (page, old, new) in enumerate(
        [
            (latest, "high risk", "low risk"),
            (older, "medium risk", "very high risk"),
            (older, "2 March 2019", "3 March 2021"),
        ]
    ):
        _edit(page, old, new)
        again = _build(project_copy, project_copy.out, capsys=capsys)
        assert PATCHED in again, (old, new)
        _same_as_full(project_copy, tmp_path / str(n), again, capsys)


def test_a_changed_risk_level_is_patched(synthetic, tmp_path, capsys):
    _build(synthetic, synthetic.out, capsys=capsys)
    profile = _profile(synthetic, 2)
    level = next(w for w in ("very high", "high", "medium", "low") if f"is designated {w} risk" in profile.read_text())
    _edit(profile, f"is designated {level} risk", f"is designated {'low' if level != 'low' else 'high'} risk")
    again = _build(synthetic, synthetic.out, capsys=capsys)
    assert PATCHED in again
    _same_as_full(synthetic, tmp_path, again, capsys)


@pytest.mark.parametrize("change", ["a fact", "a new name"])
def test_a_document_that_names_another_institution_is_built_in_full(project_copy, tmp_path, change, capsys):
    """Profiles of institutions no curated file names declare them (the first pass): a profile
    renamed declares a new name, which any document may mention."""
    _own_source(project_copy, ["alder", "birchmoor"])
    _build(project_copy, project_copy.out, capsys=capsys)
    alder = project_copy.root / "data" / "documents" / "own" / "alder.txt"
    if change == "a fact":
        _edit(alder, "Last updated", "AIMT holds secret-level security credentials.\n\nLast updated")
    else:
        _edit(alder, "Alder Institute of Marine Technology\n", "Alder Institute of Ocean Technology\n")
    again = _build(project_copy, project_copy.out, capsys=capsys)
    assert (PATCHED in again) == (change == "a fact")
    assert ("built in full: a document names another institution" in again) == (change == "a new name")
    _same_as_full(project_copy, tmp_path, again, capsys)


@pytest.mark.parametrize("expect", ["a higher minimum", "a class more"])
def test_a_build_that_fails_its_expectations_leaves_the_build_as_it_was(synthetic, expect, capsys):
    _build(synthetic, synthetic.out, capsys=capsys)
    before = {p: p.read_bytes() for p in synthetic.out.rglob("*") if p.is_file()}
    _edit(_profile(synthetic, 0), "Last updated", "Someone holds secret-level security credentials.\n\nLast updated")
    source = synthetic.root / "data" / "sources" / "aspi-tracker.toml"
    # the same classes, checked on the patched counts; or a class the state has no count of, built in full
    more = (
        '"dkg:Statement" = 100000000'
        if expect == "a higher minimum"
        else '"dkg:Statement" = 1\n"dkg:Laboratory" = 100000'
    )
    _edit(source, '"dkg:Statement" = 1', more)
    code, _, stderr = run_cli(synthetic, "build", capsys=capsys)
    assert code == EXIT_INVALID and "fewer than the 100000" in stderr
    assert {p: p.read_bytes() for p in synthetic.out.rglob("*") if p.is_file()} == before


# -- the text patches, against a full write ---------------------------------------------------------


def _quads(n: int, rng: random.Random) -> list[bytes]:
    graphs = [b"<https://w3id.org/defence-kg/graph/%s>" % g for g in (b"a", b"b-c", b"source/x")]
    subjects = [b"<%s%d>" % (str(ID).encode(), i) for i in range(12)] + [b"<https://example.org/x/%d>" % 3]
    predicates = [b"<https://w3id.org/defence-kg/ontology#p%d>" % i for i in range(4)] + [RDF_TYPE]
    objects = [b'"o %d"@en' % i for i in range(5)] + [b'"a\\nb\\"c"', b"<https://w3id.org/defence-kg/id/a/b>"]
    lines = {
        b"%s %s %s %s .\n" % (rng.choice(subjects), rng.choice(predicates), rng.choice(objects), rng.choice(graphs))
        for _ in range(n)
    }
    return sorted(lines)


def _store(lines) -> Store:
    store = Store()
    store.load_bytes(b"".join(lines), "nquads", where="test")
    return store


@pytest.mark.parametrize("seed", range(12))
def test_patched_text_is_what_a_full_write_gives(seed, tmp_path):
    rng = random.Random(seed)
    before = _quads(120, rng)
    removed = set(rng.sample(before, 15))
    added = set(_quads(40, rng)) - set(before)
    after = (set(before) - removed) | added
    old, new = _store(before), _store(after)
    # graphs that empty or appear are not patched: keep one line of each graph on both sides
    if {graph_of(line) for line in after} != {graph_of(line) for line in before}:
        pytest.skip("a graph appeared or emptied in this draw")
    nquads = patch.patch_nquads(SortedNQuads(old.serialize("nquads")), removed, added)
    assert nquads == new.serialize("nquads")
    subjects = {(graph_of(line), subject_of(line)) for line in removed | added}
    trig = b"".join(patch.patch_trig(old.serialize("trig"), SortedNQuads(nquads), subjects))
    assert trig == new.serialize("trig")
    # a rebuild's view of the same patch: the files before mapped, the patch never joined (its
    # pieces, its lines, the TriG from it)
    (tmp_path / "old.nq").write_bytes(old.serialize("nquads"))
    (tmp_path / "old.trig").write_bytes(old.serialize("trig"))
    patched = patch.Patched(SortedNQuads(mapped(tmp_path / "old.nq")), removed, added)
    assert b"".join(patched.pieces) == nquads
    for graph, subject in subjects | {(graph_of(line), subject_of(line)) for line in before}:
        for prefix in (subject + b" ", subject + b" " + RDF_TYPE + b" "):
            assert patched.lines(graph, prefix) == SortedNQuads(nquads).lines(graph, prefix)
    assert b"".join(patch.patch_trig(mapped(tmp_path / "old.trig"), patched, subjects)) == trig


def test_an_empty_file_maps_to_no_bytes(tmp_path):
    (tmp_path / "empty.nq").write_bytes(b"")
    assert mapped(tmp_path / "empty.nq") == b""
    assert SortedNQuads(mapped(tmp_path / "empty.nq")).lines(b"<urn:g>") == []


def test_the_state_files_replace_symlinks_rather_than_follow_them(synthetic, tmp_path, capsys):
    _build(synthetic, synthetic.out, capsys=capsys)
    mine = tmp_path / "mine.txt"
    mine.write_text("a user's file", encoding="utf-8")
    for name in (incremental.STATE, incremental.REGISTRY, incremental.SETTLING):
        link = synthetic.out / "extraction-cache" / name
        link.unlink()
        link.symlink_to(mine)
    _build(synthetic, synthetic.out, capsys=capsys)  # built in full: the state was not there to read
    assert mine.read_text(encoding="utf-8") == "a user's file"
    assert not any(p.is_symlink() for p in (synthetic.out / "extraction-cache").iterdir())


def test_a_line_given_by_two_documents_stays_until_neither_gives_it():
    a, b, c = b"<s> <p> <o> <g> .\n", b"<s> <p> <o2> <g> .\n", b"<t> <p> <o> <g> .\n"
    held = {a, b}.__contains__  # the dataset before: a is given by two units, b by one
    shared = {a: 2}
    lost, gained = incremental._line_changes(held, shared, {0: {a, b}}, {0: c})
    assert (lost, gained, shared) == ({b}, {c}, {})  # a stays, given now by the other unit alone
    lost, gained = incremental._line_changes(held, {}, {0: {a}, 1: set()}, {0: b"", 1: a})
    assert (lost, gained) == (set(), set())  # one unit drops it, another now gives it


def test_the_registry_reads_back_as_it_was_kept():
    project = Project(root=ROOT, out=ROOT / "build")
    ontology = dataset.read_ontology(project)
    curated = [t for p in sorted(project.curated.glob("*.ttl")) for t in curation.load_curated(p, ontology)]
    kept = Registry(curated)
    back = Registry.from_plain(json.loads(json.dumps(kept.to_plain())))
    assert back.to_plain() == kept.to_plain()
    for name in ("_names", "_names_by_iri", "_abbreviations", "_name_keys", "labels", "types", "parents", "slugs"):
        assert dict(getattr(back, name)) == dict(getattr(kept, name)), name
    text = "Chongqing University works with SASTIND and the Ministry of Education."
    assert back.find_in(text) == kept.find_in(text) != []


@pytest.mark.parametrize("seed", range(8))
def test_trig_written_in_pieces_is_the_trig_written_at_once(seed):
    """A large dataset's TriG is written in pieces cut at subjects, by processes side by side:
    joined, they are the bytes of one writer (a graph running across cuts, a cut at a graph's
    end, pieces of one subject's lines)."""
    rng = random.Random(seed)
    nquads = _store(_quads(rng.choice([3, 40, 200]), rng)).serialize("nquads")
    whole = patch.trig(nquads)
    for parts, last_share in itertools.product((2, 3, 7, 50), (None, patch.OWN_SHARE)):
        cuts = patch.subject_cuts(nquads, parts, last_share)
        assert cuts[0] == 0 and cuts[-1] == len(nquads) and cuts == sorted(set(cuts))
        pieces = [nquads[a:b] for a, b in zip(cuts, cuts[1:], strict=False)]
        for before, after in zip(pieces, pieces[1:], strict=False):  # no subject cut in two
            assert subject_of(before.splitlines()[-1]) != subject_of(after)
        joined = patch._joined([patch.trig(piece) for piece in pieces])
        assert joined is not None and b"".join(joined) == whole


def test_the_last_piece_of_the_trig_is_its_share():
    """The piece made by the process that writes the N-Quads first is about ``OWN_SHARE`` of them."""
    nquads = _store(_quads(400, random.Random(3))).serialize("nquads")
    first, middle, end = patch.subject_cuts(nquads, 2, 0.25)
    assert (first, end) == (0, len(nquads))
    assert 0.6 < middle / end < 0.9


def test_trig_written_by_several_processes_is_the_trig_written_at_once(tmp_path):
    """The same, through forked processes: in a process of its own (a fork of pytest's, which
    runs servers' threads, could deadlock)."""
    nquads = _store(_quads(400, random.Random(7))).serialize("nquads")
    (tmp_path / "d.nq").write_bytes(nquads)
    script = "import sys; from pathlib import Path; from defence_kg.dataset.patch import trig; "
    script += "sys.stdout.buffer.write(trig(Path(sys.argv[1]).read_bytes(), 3))"
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "d.nq")], capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout == patch.trig(nquads) and done.stdout.count(b"@prefix rdf:") == 1

"""build (issue 16, points 2 and 3): documents are extracted one by one, in parallel, and merged in
document order; a rebuild re-extracts only the documents whose inputs changed.

- any number of processes gives the same bytes as one, and so does any order of the documents
  (each document reads the names every document declares, never what another one minted);
- after one profile changed, a rebuild extracts that one and reuses the rest from the build
  folder's cache, and writes the same bytes as a full build;
- a change of a loader or of the curated registry re-extracts everything.

Projects are the benchmark workload at a small size and profiles of our own writing.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import SKOS

from defence_kg.core.errors import EXIT_OK, EXIT_USAGE
from defence_kg.core.namespaces import ID
from defence_kg.core.project import Project
from defence_kg.dataset import build as dataset
from defence_kg.dataset.extract import INDEX
from defence_kg.dataset.packs import Piece, read_piece
from defence_kg.loading.registry import Registry
from helpers import ROOT, run_cli

sys.path.insert(0, str(ROOT / "benchmarks"))
import workload  # noqa: E402

INSTITUTIONS = 6


@pytest.fixture
def synthetic(tmp_path) -> Project:
    root = workload.project(ROOT, tmp_path / "project", INSTITUTIONS)
    return Project(root=root, out=tmp_path / "build")


def _outputs(out: Path) -> dict[str, bytes]:
    """The dataset files of a build folder (not its cache)."""
    return {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}


def _build(project: Project, out: Path, *args: str, capsys) -> str:
    code, stdout, stderr = run_cli(Project(root=project.root, out=out), "build", *args, capsys=capsys)
    assert code == EXIT_OK, stderr
    return stdout


#: what ``build`` says when it patched the previous build's files
PATCHED = "; the previous build's files patched"


def _figures(stdout: str, out: Path) -> str:
    """What ``build`` printed of the dataset: all but the documents line, the folder's name left out."""
    return "\n".join(line.replace(str(out), "OUT") for line in stdout.splitlines() if "documents:" not in line)


def _index(out: Path) -> dict:
    return json.loads((out / "extraction-cache" / INDEX).read_bytes())


def _entries(out: Path) -> dict[str, object]:
    """The cache's entries by key: each unit's names, and its extraction (its lines, as its pack
    holds them, and its warnings)."""
    folder, index = out / "extraction-cache", _index(out)
    entries: dict[str, object] = {f"{key} names": names for key, names in index["names"].items()}
    for key, (pack, offset, length, _, warnings) in index["lines"].items():
        entries[f"{key} lines"] = (read_piece(folder, Piece(pack, offset, length)), warnings)
    return entries


def _extraction(out: Path) -> tuple[str, Piece]:
    """The first unit's extraction entry: its key and where its lines are."""
    key, (pack, offset, length, *_) = min(_index(out)["lines"].items())
    return key, Piece(pack, offset, length)


def _profiles(project: Project) -> list[Path]:
    return sorted((project.root / "data" / "documents" / "aspi-tracker").glob("*.txt"))


def _build_in_a_process(project: Project, out: Path, *args: str) -> str:
    """The command in a process of its own: forking a pool from pytest's, which runs other
    threads (servers of other tests), can deadlock a worker."""
    kg = Path(sys.executable).parent / "defence-kg"
    argv = [str(kg), "--project", str(project.root), "--out", str(out), "build", *args]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=600)
    assert done.returncode == EXIT_OK, done.stderr
    return done.stdout


def test_parallel_build_gives_the_bytes_of_a_serial_one(synthetic, tmp_path, capsys):
    serial = _build(synthetic, tmp_path / "serial", "--jobs", "1", "--no-cache", capsys=capsys)
    parallel = _build_in_a_process(synthetic, tmp_path / "parallel", "--jobs", "2", "--no-cache")
    assert f"documents: {INSTITUTIONS} extracted, 0 reused" in serial
    assert f"documents: {INSTITUTIONS} extracted, 0 reused" in parallel
    files = _outputs(tmp_path / "serial")
    assert "dataset.nq" in files
    assert files == _outputs(tmp_path / "parallel")
    assert not (tmp_path / "serial" / "extraction-cache").exists()  # --no-cache writes none


def test_parallel_build_keeps_the_cache_of_a_serial_one(synthetic, tmp_path, capsys):
    """Pooled workers write the entries of what they extract themselves: the same files as a
    build in one process, and a rebuild reuses every one."""
    _build(synthetic, tmp_path / "serial", "--jobs", "1", capsys=capsys)
    _build_in_a_process(synthetic, tmp_path / "parallel", "--jobs", "2")
    serial = _entries(tmp_path / "serial")
    assert len([key for key in serial if key.endswith(" lines")]) == INSTITUTIONS
    assert _entries(tmp_path / "parallel") == serial
    again = _build_in_a_process(synthetic, tmp_path / "parallel", "--jobs", "2")
    assert f"documents: 0 extracted, {INSTITUTIONS} reused" in again


def test_rebuild_after_one_profile_changed_extracts_only_it(synthetic, tmp_path, capsys):
    first = _build(synthetic, synthetic.out, capsys=capsys)
    assert f"documents: {INSTITUTIONS} extracted, 0 reused" in first
    before = (synthetic.out / "dataset.nq").read_bytes()
    changed = _profiles(synthetic)[2]
    text = changed.read_text(encoding="utf-8")
    name = text.splitlines()[0]
    changed.write_text(
        text.replace("Last updated", f"{name} holds secret-level security credentials.\n\nLast updated"),
        encoding="utf-8",
    )

    again = _build(synthetic, synthetic.out, capsys=capsys)
    assert f"documents: 1 extracted, {INSTITUTIONS - 1} reused from the extraction cache{PATCHED}" in again
    full = _build(synthetic, tmp_path / "full", "--no-cache", capsys=capsys)
    assert f"documents: {INSTITUTIONS} extracted, 0 reused" in full and PATCHED not in full
    assert _outputs(synthetic.out) == _outputs(tmp_path / "full")
    assert _figures(again, synthetic.out) == _figures(full, tmp_path / "full")
    after = (synthetic.out / "dataset.nq").read_bytes()
    assert after != before and b"holds secret-level security credentials" in after

    unchanged = _build(synthetic, synthetic.out, capsys=capsys)
    assert f"documents: 0 extracted, {INSTITUTIONS} reused" in unchanged
    assert (synthetic.out / "dataset.nq").read_bytes() == after
    # each unit keeps two entries (its names and its triples); none of the replaced profile's old ones
    assert len(_entries(synthetic.out)) == 2 * INSTITUTIONS


@pytest.mark.parametrize("changed", ["loader", "curated registry"])
def test_a_changed_loader_or_registry_extracts_everything_again(synthetic, changed, capsys):
    _build(synthetic, synthetic.out, capsys=capsys)
    path = synthetic.root / ("loaders/aspi_tracker.py" if changed == "loader" else "data/curated/synthetic.ttl")
    path.write_text(path.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    again = _build(synthetic, synthetic.out, capsys=capsys)
    assert f"documents: {INSTITUTIONS} extracted, 0 reused" in again


ALDER = """Alder Institute of Marine Technology

Alder Institute of Marine Technology (AIMT) is designated high risk for its high level of defence research.

AIMT is subordinate to the Ministry of Education.

In March 2016, AIMT signed a strategic cooperation agreement with Birchmoor Polytechnic University.

Last updated 2 March 2021.
"""

BIRCH = """Birchmoor Polytechnic University

Birchmoor Polytechnic University (BMPU) is designated medium risk for its growing involvement in defence research.

BMPU is subordinate to the Ministry of Education.

In 2015, Birchmoor Polytechnic University established the Birchmoor Radar Laboratory, which works on radar imaging.

Last updated 3 March 2021.
"""


def with_an_older_page(project: Project) -> Path:
    """Our own source, and a 2019 page of one of its institutions at another level (the latest
    page's level replaces it); returns the older page."""
    _own_source(project, ["alder", "birchmoor"])
    older = project.root / "data" / "documents" / "own-2019" / "alder.txt"
    older.parent.mkdir(parents=True)
    older.write_text(
        ALDER.replace("high risk", "medium risk").replace("2 March 2021", "2 March 2019"), encoding="utf-8"
    )
    (project.sources / "own-2019.toml").write_text(
        'id = "own-2019"\ntitle = "An older page of our own writing"\npublisher = "australian-strategic-policy-institute"\n'
        'licence = "CC0-1.0"\nhomepage = "https://example.org/"\nretrieved = "2019-03-02"\nloader = "aspi_tracker"\n'
        '\n[[documents]]\nid = "alder"\npath = "data/documents/own-2019/alder.txt"\nformat = "text"\n',
        encoding="utf-8",
    )
    return older


def _own_source(project: Project, order: list[str]) -> None:
    """A source of two profiles of our own, of institutions no curated file names, in ``order``."""
    docs = project.root / "data" / "documents" / "own"
    docs.mkdir(parents=True, exist_ok=True)
    parts = [
        'id = "own"\ntitle = "Profiles of our own writing"\npublisher = "australian-strategic-policy-institute"\n'
        'licence = "CC0-1.0"\nhomepage = "https://example.org/"\nretrieved = "2026-11-28"\nloader = "aspi_tracker"\n'
    ]
    for doc_id, text in (("alder", ALDER), ("birchmoor", BIRCH)):
        (docs / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    for doc_id in order:
        parts.append(f'\n[[documents]]\nid = "{doc_id}"\npath = "data/documents/own/{doc_id}.txt"\nformat = "text"\n')
    (project.sources / "own.toml").write_text("".join(parts), encoding="utf-8")


def test_the_order_of_documents_changes_nothing(project_copy, tmp_path, capsys):
    outputs = []
    for order in (["alder", "birchmoor"], ["birchmoor", "alder"]):
        _own_source(project_copy, order)
        out = tmp_path / "-".join(order)
        _build(project_copy, out, "--no-cache", capsys=capsys)
        outputs.append((out / "dataset.nq").read_bytes())
    assert outputs[0] == outputs[1]
    # the first profile names the second's institution, which it knows from the first pass
    birchmoor = f"<{ID['birchmoor-polytechnic-university']}>".encode()
    agreement = [
        line
        for line in outputs[0].splitlines()
        if line.startswith(f"<{ID['alder-institute-of-marine-technology-agreement']}".encode())
    ]
    assert any(birchmoor in line for line in agreement), agreement


def test_jobs_must_be_a_positive_number(project_copy, capsys):
    with pytest.raises(SystemExit) as exited:  # argparse's own usage error
        run_cli(project_copy, "build", "--jobs", "0")
    assert exited.value.code == EXIT_USAGE
    assert "--jobs: not a number of processes: '0'" in capsys.readouterr().err


def test_api_build_with_out_keeps_a_cache(synthetic):
    first = dataset.build(synthetic, cache=synthetic.out / "extraction-cache", jobs=1)
    again = dataset.build(synthetic, cache=synthetic.out / "extraction-cache", jobs=1)
    assert (first.extracted, first.reused) == (INSTITUTIONS, 0)
    assert (again.extracted, again.reused) == (0, INSTITUTIONS)
    assert first.store.serialize("nquads") == again.store.serialize("nquads")


def test_a_failed_build_keeps_the_cache_as_it_was(synthetic, capsys):
    _build(synthetic, synthetic.out, capsys=capsys)
    cache = synthetic.out / "extraction-cache"
    before = {p: p.read_bytes() for p in cache.rglob("*") if p.is_file()}
    _profiles(synthetic)[0].write_text("", encoding="utf-8")  # one good change, one bad document
    _profiles(synthetic)[1].write_text(_profiles(synthetic)[1].read_text() + "\nMore.\n", encoding="utf-8")
    code, _, _ = run_cli(synthetic, "build", capsys=capsys)
    assert code == EXIT_USAGE
    assert {p: p.read_bytes() for p in cache.rglob("*") if p.is_file()} == before


def test_a_write_that_fails_keeps_the_previous_build_and_its_state(synthetic, monkeypatch, capsys):
    """An interrupt while a full build writes its files (here: a write that fails) leaves the
    previous build whole, the state that describes it included."""
    _build(synthetic, synthetic.out, capsys=capsys)
    before = {p: p.read_bytes() for p in synthetic.out.rglob("*") if p.is_file()}

    def interrupted(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(dataset, "write_files", interrupted)
    code, _, stderr = run_cli(synthetic, "build", "--no-cache", capsys=capsys)
    assert code == 130 and "interrupted" in stderr  # the exit code of an interrupt
    assert {p: p.read_bytes() for p in synthetic.out.rglob("*") if p.is_file()} == before


def test_a_registry_fork_keeps_what_is_added_to_it():
    a, b = URIRef("https://example.org/id/a"), URIRef("https://example.org/id/b")
    base = Registry([(a, SKOS.prefLabel, Literal("Alder Works", lang="en"))])
    fork = base.fork()
    fork.add_name(b, "Birchmoor Works", "name")
    fork.labels[b] = "Birchmoor Works"
    fork.types[a].add(b)
    fork.parents[b].add(a)
    text = "Alder Works and Birchmoor Works"
    assert [iri for _, _, iri in fork.find_in(text)] == [a, b]
    assert [iri for _, _, iri in base.find_in(text)] == [a]
    assert fork.resolve("birchmoor works") == b and base.resolve("birchmoor works") is None
    assert b in fork.labels and b not in base.labels
    assert fork.types.get(a) == {b} and not base.types.get(a)
    assert fork.units_of(a) == [b] and base.units_of(a) == []


def test_an_unreadable_cache_entry_is_extracted_again(synthetic, capsys):
    _build(synthetic, synthetic.out, capsys=capsys)
    before = _outputs(synthetic.out)
    key, _ = _extraction(synthetic.out)
    index = _index(synthetic.out)
    index["lines"][key][1] = 10**12  # its bytes are not there
    (synthetic.out / "extraction-cache" / INDEX).write_text(json.dumps(index), encoding="utf-8")
    # nothing changed: the files are patched (with nothing), and no entry is read
    again = _build(synthetic, synthetic.out, capsys=capsys)
    assert f"documents: 0 extracted, {INSTITUTIONS} reused from the extraction cache{PATCHED}" in again
    assert _outputs(synthetic.out) == before
    # a full build (--union: the union files are not patched) reads every entry
    full = _build(synthetic, synthetic.out, "--union", capsys=capsys)
    assert f"documents: 1 extracted, {INSTITUTIONS - 1} reused from the extraction cache\n" in full
    # the same files (their digests apart: the union files are listed too)
    assert {k: v for k, v in _outputs(synthetic.out).items() if k in before and k != "SHA256SUMS"} == {
        k: v for k, v in before.items() if k != "SHA256SUMS"
    }
    lines, _ = _entries(synthetic.out)[f"{key} lines"]
    assert lines is not None and b"> .\n" in lines  # kept again: its lines


def test_a_cache_entry_changed_since_written_is_extracted_again(synthetic, capsys):
    """An entry's lines go into the dataset unparsed: one whose lines no longer match the digest
    it was written with is read as none, and the document extracted again."""
    _build(synthetic, synthetic.out, "--union", capsys=capsys)
    before = _outputs(synthetic.out)
    key, piece = _extraction(synthetic.out)
    with open(synthetic.out / "extraction-cache" / piece.pack, "r+b") as pack:
        pack.seek(piece.offset)
        pack.write(b"!")  # its first line no longer begins with an IRI
    again = _build(synthetic, synthetic.out, "--union", capsys=capsys)
    assert f"documents: 1 extracted, {INSTITUTIONS - 1} reused from the extraction cache\n" in again
    assert _outputs(synthetic.out) == before
    lines, _ = _entries(synthetic.out)[f"{key} lines"]
    assert lines is not None and lines.startswith(b"<")


def test_a_link_where_the_cache_stages_its_entries_is_not_followed(synthetic, capsys, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (synthetic.out / "extraction-cache").mkdir(parents=True, exist_ok=True)
    (synthetic.out / "extraction-cache" / ".new").symlink_to(elsewhere)
    code, _, stderr = run_cli(Project(root=synthetic.root, out=synthetic.out), "build", capsys=capsys)
    assert code == 2 and "staging folder is a link" in stderr and "Traceback" not in stderr
    assert not list(elsewhere.iterdir())


@pytest.mark.parametrize("kind", ["link", "foreign file"])
def test_a_cache_folder_that_is_not_the_tools_is_refused_before_any_work(synthetic, capsys, tmp_path, kind):
    """A build writes, replaces and removes the cache's files by their names: through a link to a
    user's folder, or in a folder holding the user's files, it would replace or remove theirs."""
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "index.json").write_text("precious")
    (mine / ("a" * 64 + ".json")).write_text("precious too")
    synthetic.out.mkdir(parents=True, exist_ok=True)
    cache = synthetic.out / "extraction-cache"
    if kind == "link":
        cache.symlink_to(mine)
    else:
        cache.mkdir()
        (cache / "notes.txt").write_text("mine")
    code, _, stderr = run_cli(Project(root=synthetic.root, out=synthetic.out), "build", capsys=capsys)
    assert code == 2 and "extraction cache is not the tool's" in stderr and "Traceback" not in stderr
    assert sorted(p.name for p in mine.iterdir()) == sorted(["index.json", "a" * 64 + ".json"])
    assert (mine / "index.json").read_text() == "precious"
    assert not (synthetic.out / "dataset.nq").exists()


def test_a_second_build_into_a_folder_a_build_is_writing_is_refused(synthetic, capsys):
    """Two builds writing one folder at once would remove each other's files: the second is
    refused while the first holds the folder (here, a lock held as a running build holds it)."""
    import fcntl
    import os

    synthetic.out.mkdir(parents=True, exist_ok=True)
    fd = os.open(synthetic.out, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        code, _, stderr = run_cli(Project(root=synthetic.root, out=synthetic.out), "build", capsys=capsys)
    finally:
        os.close(fd)
    assert code == 2 and "another build is writing this folder" in stderr
    assert not (synthetic.out / "dataset.nq").exists()
    code, _, stderr = run_cli(Project(root=synthetic.root, out=synthetic.out), "build", capsys=capsys)
    assert code == 0, stderr


def test_a_rebuild_that_changes_nothing_writes_nothing(synthetic, capsys):
    """The files would be written again byte for byte: they are left as they were (not even
    replaced), and the next change is patched from them as from any build."""
    _build(synthetic, synthetic.out, capsys=capsys)
    before = {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in synthetic.out.iterdir() if p.is_file()}
    again = _build(synthetic, synthetic.out, capsys=capsys)
    assert PATCHED in again and "wrote" not in again and "none was written again" in again
    assert {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in synthetic.out.iterdir() if p.is_file()} == before
    profile = _profiles(synthetic)[0]
    profile.write_text(profile.read_text(encoding="utf-8") + "\nIt holds secret-level security credentials.\n")
    changed = _build(synthetic, synthetic.out, capsys=capsys)
    assert PATCHED in changed and "wrote" in changed
    full = synthetic.root.parent / "full"
    _build(synthetic, full, "--no-cache", capsys=capsys)
    assert _outputs(synthetic.out) == _outputs(full)

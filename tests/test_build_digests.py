"""A build folder's SHA256SUMS: the digests of the files the build wrote, checked by the real
``sha256sum``; a dataset.nq that matches its digest is read without checking its terms again, and
one changed since is read with every check."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import subprocess

import pytest

from defence_kg.cli.main import main
from defence_kg.core.errors import EXIT_OK, EXIT_USAGE, InputError
from defence_kg.dataset import build as dataset
from helpers import run_cli

#: a line no N-Quads parser that checks IRIs accepts (a space inside an IRI); our own writing
BROKEN = b'<https://example.org/heron college> <https://example.org/p> "v" <https://example.org/g> .\n'


def sums(folder) -> dict[str, str]:
    return {
        name: digest for digest, name in (line.split("  ") for line in (folder / "SHA256SUMS").read_text().splitlines())
    }


def test_the_digests_list_every_file_the_build_wrote_and_sha256sum_agrees(project_copy):
    out = project_copy.out
    assert run_cli(project_copy, "build", "--union")[0] == EXIT_OK
    assert sorted(sums(out)) == ["dataset.nq", "dataset.nt", "dataset.trig", "dataset.ttl"]
    subprocess.run(["sha256sum", "--check", "--quiet", "--strict", "SHA256SUMS"], cwd=out, check=True)
    assert run_cli(project_copy, "build")[0] == EXIT_OK
    assert sorted(sums(out)) == ["dataset.nq", "dataset.trig"]  # the union files are gone
    subprocess.run(["sha256sum", "--check", "--quiet", "--strict", "SHA256SUMS"], cwd=out, check=True)


@pytest.fixture
def copied(built, project, tmp_path):
    """The session's build folder's dataset and digests, copied to change them."""
    for name in ("dataset.nq", "SHA256SUMS"):
        shutil.copy(project.out / name, tmp_path / name)
    return tmp_path


def test_a_dataset_as_the_build_wrote_it_is_known_by_its_digest(copied):
    assert dataset.as_written(copied / "dataset.nq")
    with (copied / "dataset.nq").open("ab") as file:
        file.write(BROKEN)
    assert not dataset.as_written(copied / "dataset.nq")
    (copied / "SHA256SUMS").unlink()
    assert not dataset.as_written(copied / "dataset.nq")


@pytest.mark.parametrize("statements_about", [None, ["https://w3id.org/defence-kg/ontology#hostedBy"]])
def test_a_dataset_changed_since_the_build_is_read_with_every_check(copied, statements_about):
    with (copied / "dataset.nq").open("ab") as file:
        file.write(BROKEN)
    with pytest.raises(InputError, match="malformed RDF"):
        dataset.read(copied, statements_about=statements_about)
    # the digest is what decides: listed as the build's own, the same bytes are read unchecked
    rewritten = [line for line in (copied / "SHA256SUMS").read_text().splitlines() if "dataset.nq" not in line]
    digest = subprocess.run(["sha256sum", "dataset.nq"], cwd=copied, check=True, capture_output=True, text=True)
    (copied / "SHA256SUMS").write_text("\n".join([*rewritten, digest.stdout.strip()]) + "\n")
    assert len(dataset.read(copied, statements_about=statements_about)) > 1000


def test_a_build_never_writes_through_a_file_found_in_its_folder(built, tmp_path):
    """The files are staged under names made for them (``core.output.staged_file``): a symlink
    planted where a build once staged its files leads nowhere, and the files get a new file's mode."""
    out, mine = tmp_path / "build", tmp_path / "thesis.txt"
    out.mkdir()
    mine.write_text("my own words")
    for name in ("dataset.nq", "dataset.trig", "SHA256SUMS"):
        (out / f".{name}.tmp").symlink_to(mine)
    dataset.write(built.store, out)
    assert mine.read_text() == "my own words"
    assert all((out / f".{name}.tmp").is_symlink() for name in ("dataset.nq", "dataset.trig", "SHA256SUMS"))
    assert dataset.as_written(out / "dataset.nq")
    mask = os.umask(0)
    os.umask(mask)
    assert {(out / name).stat().st_mode & 0o777 for name in sums(out)} == {0o666 & ~mask}


def test_digests_that_are_not_a_file_are_no_digests(copied):
    (copied / "SHA256SUMS").unlink()
    os.mkfifo(copied / "SHA256SUMS")  # read, it would never end
    assert not dataset.as_written(copied / "dataset.nq")
    assert len(dataset.read(copied)) > 1000  # read with every check


@pytest.mark.parametrize("blocked", ["SHA256SUMS", "dataset.trig"])
def test_a_folder_where_a_build_file_goes_stops_the_build_before_it_writes(project_copy, capsys, blocked):
    """A file cannot be renamed over a folder: the build says which folder is in the way before
    it replaces any file, and leaves the folder and the previous build as they were."""
    out = project_copy.out
    assert run_cli(project_copy, "build")[0] == EXIT_OK
    before = {name: (out / name).read_bytes() for name in ("dataset.nq", "dataset.trig", "SHA256SUMS")}
    (out / blocked).unlink()
    (out / blocked).mkdir()
    (out / blocked / "notes.txt").write_text("my own words")
    code, _, err = run_cli(project_copy, "build", capsys=capsys)
    assert code == EXIT_USAGE
    assert f"{out / blocked}" in err and "move or rename that folder" in err
    assert (out / blocked / "notes.txt").read_text() == "my own words"
    assert {name: (out / name).read_bytes() for name in before if name != blocked} == {
        name: data for name, data in before.items() if name != blocked
    }
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]


def test_the_files_are_checked_before_any_is_replaced(built, tmp_path):
    """``write`` itself, called without the build's early check, replaces no file either."""
    (tmp_path / "dataset.nq").write_bytes(b"")  # a write would replace it with the dataset
    (tmp_path / "SHA256SUMS").mkdir()
    with pytest.raises(InputError, match="a folder stands where the build writes a file"):
        dataset.write(built.store, tmp_path)
    assert (tmp_path / "dataset.nq").read_bytes() == b""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["SHA256SUMS", "dataset.nq"]


def test_a_partial_file_an_interrupted_build_left_is_named_not_deleted(project_copy, capsys):
    """A build killed while writing leaves its staged file (``core.output.staged_file``): the next
    build names it in a warning, and leaves it, and any other file, where it is."""
    out = project_copy.out
    out.mkdir(parents=True)
    left = out / ".dataset.nq.k3x9_2ab.tmp"
    left.write_bytes(b"half a dataset")
    mine = [out / ".dataset.nq.notes.tmp", out / "dataset.nq.k3x9_2ab.tmp", out / ".thesis.k3x9_2ab.tmp"]
    for path in mine:
        path.write_text("my own words")
    code, _, err = run_cli(project_copy, "build", capsys=capsys)
    assert code == EXIT_OK
    assert f"{left}: a partial file an interrupted build left" in err
    assert not any(str(path) in err for path in mine)
    assert left.read_bytes() == b"half a dataset"
    assert all(path.read_text() == "my own words" for path in mine)


def test_a_build_folder_that_is_a_file_stops_the_build_before_its_work(project_copy, capsys):
    project_copy.out.write_text("my own words")
    code, _, err = run_cli(project_copy, "build", capsys=capsys)
    assert code == EXIT_USAGE
    assert "the build folder is not a folder" in err and str(project_copy.out) in err
    assert project_copy.out.read_text() == "my own words"


def test_a_full_disk_found_when_space_is_reserved_replaces_nothing(built, tmp_path, monkeypatch):
    """The space of each file is reserved before its bytes are written (``output.reserve``): a
    disk without it stops the build there, with the fix to make, the files before left whole."""
    (tmp_path / "dataset.nq").write_bytes(b"the previous build's")
    (tmp_path / "SHA256SUMS").write_text(f"{hashlib.sha256(b'the previous build' + b's').hexdigest()}  dataset.nq\n")
    (tmp_path / dataset.BUILD_MARK).write_bytes(b"")

    def full_disk(fd, offset, size):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "posix_fallocate", full_disk)
    with pytest.raises(InputError) as raised:
        dataset.write(built.store, tmp_path)
    assert raised.value.why == "No space left on device" and "free some space" in (raised.value.fix or "")
    assert sorted(p.name for p in tmp_path.iterdir()) == [dataset.BUILD_MARK, "SHA256SUMS", "dataset.nq"]
    assert (tmp_path / "dataset.nq").read_bytes() == b"the previous build's"


def test_a_file_system_that_cannot_reserve_space_still_gets_the_files(built, tmp_path, monkeypatch):
    def unsupported(fd, offset, size):
        raise OSError(errno.EOPNOTSUPP, "Operation not supported")

    monkeypatch.setattr(os, "posix_fallocate", unsupported)
    dataset.write(built.store, tmp_path)
    assert (tmp_path / "dataset.nq").read_bytes() == built.store.serialize("nquads")
    assert sums(tmp_path)["dataset.nq"] == hashlib.sha256(built.store.serialize("nquads")).hexdigest()


def test_a_folder_whose_dataset_files_no_build_wrote_is_refused(project_copy, capsys, tmp_path):
    """``--out`` given a user's folder that holds files of the build's names: refused before any
    work, every file left as it was; the project's folder and a link are never build folders."""
    mine = tmp_path / "mine"
    mine.mkdir()
    for name in ("dataset.nq", "dataset.ttl", "SHA256SUMS"):
        (mine / name).write_text(f"my own {name}")
    (tmp_path / "link").symlink_to(project_copy.out.parent / "elsewhere", target_is_directory=True)
    for out, said in (
        (mine, "the build folder holds files a build did not write"),
        (project_copy.root, "refusing to build into this folder"),
        (tmp_path / "link", "the build folder is a symbolic link"),
    ):
        code, _, err = run_cli(project_copy, "--out", str(out), "build", capsys=capsys)
        assert code == EXIT_USAGE and said in err
    assert {p.name: p.read_text() for p in mine.iterdir()} == {
        name: f"my own {name}" for name in ("dataset.nq", "dataset.ttl", "SHA256SUMS")
    }
    assert not (project_copy.root / "dataset.nq").exists()


def test_a_build_folder_of_an_earlier_version_is_recognised_by_its_sums(project_copy, capsys):
    """A build before the mark wrote its sums of its own files alone: its folder is a build folder."""
    out = project_copy.out
    assert run_cli(project_copy, "build")[0] == EXIT_OK
    (out / dataset.BUILD_MARK).unlink()
    code, _, _ = run_cli(project_copy, "build", capsys=capsys)
    assert code == EXIT_OK and (out / dataset.BUILD_MARK).is_file()


@pytest.mark.parametrize("options", [["--union"], ["--no-cache"], []])
def test_a_users_file_of_a_builds_name_in_a_build_folder_is_neither_replaced_nor_removed(project_copy, capsys, options):
    """A build folder's files of the build's names are the build's only when its sums list them: a
    user's own dataset.ttl put there later is not replaced by ``--union`` nor removed by a build
    without it."""
    assert run_cli(project_copy, "build", "--no-cache")[0] == EXIT_OK
    mine = project_copy.out / "dataset.ttl"
    mine.write_text("my own turtle")
    code, _, err = run_cli(project_copy, "build", *options, capsys=capsys)
    assert code == EXIT_USAGE and "the build folder holds a file the build did not write" in err
    assert str(mine) in err and "Traceback" not in err
    assert mine.read_text() == "my own turtle"


def test_the_current_folder_is_never_a_build_folder(project_copy, capsys, monkeypatch, tmp_path):
    here = tmp_path / "notes"
    here.mkdir()
    (here / "notes.txt").write_text("my own words")
    monkeypatch.chdir(here)
    code, _, err = main_in(project_copy, ["--out", ".", "build"], capsys)
    assert code == EXIT_USAGE and "refusing to build into this folder" in err
    assert sorted(os.listdir(here)) == ["notes.txt"]


def test_the_default_build_folder_is_built_from_inside_it(project_copy, monkeypatch):
    """(The tool's own folder, from inside it, is not a user's current folder.)"""
    project_copy.out.mkdir()
    monkeypatch.chdir(project_copy.out)
    assert main(["--project", str(project_copy.root), "build"]) == EXIT_OK


def main_in(project, argv, capsys):
    capsys.readouterr()
    code = main(["--project", str(project.root), *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("above", ["project", "current folder"])
def test_a_folder_holding_the_project_or_the_current_folder_is_never_a_build_folder(
    project_copy, capsys, monkeypatch, tmp_path, above
):
    """``--out ..`` from the project's folder (or from a folder of one's own) built into the folder
    above it, among the user's other projects: refused, as the project's folder itself is."""
    here = project_copy.root if above == "project" else tmp_path / "work" / "notes"
    here.mkdir(parents=True, exist_ok=True)
    monkeypatch.chdir(here)
    before = sorted(os.listdir(here.parent))
    code, _, err = main_in(project_copy, ["--out", "..", "build"], capsys)
    assert code == EXIT_USAGE and "refusing to build into this folder" in err and "Traceback" not in err
    assert sorted(os.listdir(here.parent)) == before

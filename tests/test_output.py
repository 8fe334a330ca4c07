"""Never lose a user's file: how every command writes files and folders (defence_kg.core.output),
tried through the command line as a careless user would."""

from __future__ import annotations

import os
import stat

import pytest

from defence_kg.core import output
from defence_kg.core.errors import EXIT_USAGE, InputError
from defence_kg.core.output import MANIFEST, WRITTEN, replace_folder, write_file
from helpers import ROOT, run_cli, run_cli_bound_by_permissions


def test_a_file_the_tool_wrote_is_replaced_whole_and_no_temporary_file_stays(tmp_path):
    target = tmp_path / "out.txt"
    write_file(b"old", target)
    write_file(b"new", target)
    assert target.read_bytes() == b"new" and sorted(os.listdir(tmp_path)) == [WRITTEN, "out.txt"]


def test_a_users_file_or_one_changed_since_the_tool_wrote_it_is_never_replaced(tmp_path):
    mine, ours, empty = tmp_path / "partners.csv", tmp_path / "screened.csv", tmp_path / "empty.csv"
    mine.write_text("my partners")
    write_file(b"screened", ours)
    ours.write_text("screened, with my notes")
    empty.touch()
    for path in (mine, ours):
        with pytest.raises(InputError, match="defence-kg did not write it") as err:
            write_file(b"new", path)
        assert str(path) in err.value.render()
    assert mine.read_text() == "my partners" and ours.read_text() == "screened, with my notes"
    write_file(b"new", empty)  # nothing in it to lose
    assert empty.read_bytes() == b"new"


def test_a_command_never_writes_over_its_own_input(built, project, capsys, tmp_path):
    partners = tmp_path / "partners.csv"
    partners.write_text("name\nChongqing University\n", encoding="utf-8")
    code, _, err = run_cli(project, "screen", str(partners), "-o", str(partners), capsys=capsys)
    assert code == EXIT_USAGE and "defence-kg did not write it" in err
    assert partners.read_text(encoding="utf-8") == "name\nChongqing University\n"


def test_a_symlink_is_never_written_through_unless_it_ends_at_a_stream(tmp_path):
    real, link, dangling = tmp_path / "real.gexf", tmp_path / "link.gexf", tmp_path / "dangling.gexf"
    real.write_text("mine")
    link.symlink_to(real)
    dangling.symlink_to(tmp_path / "elsewhere.gexf")
    for path in (link, dangling):
        with pytest.raises(InputError, match="symbolic link") as err:
            write_file(b"new", path)
        assert str(real if path == link else tmp_path / "elsewhere.gexf") in err.value.render()
    assert real.read_text() == "mine" and link.is_symlink() and dangling.is_symlink()
    assert sorted(os.listdir(tmp_path)) == ["dangling.gexf", "link.gexf", "real.gexf"]
    (tmp_path / "null").symlink_to("/dev/null")  # as /dev/stdout is a link to the process's stream
    write_file(b"discarded", tmp_path / "null")
    assert (tmp_path / "null").is_symlink() and stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_character_device_or_fifo_is_written_as_a_stream(tmp_path):
    write_file(b"discarded", "/dev/null")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)  # still the device, not a regular file
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        write_file(b"through the pipe", fifo)
        assert os.read(reader, 100) == b"through the pipe"
    finally:
        os.close(reader)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


@pytest.mark.parametrize("device", ["/dev/kmsg", "/dev/console", "/dev/tty0", "/dev/random", "/dev/zero"])
def test_a_device_other_than_null_or_the_terminal_is_never_an_output(device):
    """-o /dev/kmsg wrote an export into the kernel log: only pipes, /dev/null and the terminal
    the process writes to are streams."""
    if not os.path.exists(device) or any(
        os.stat(device).st_rdev == os.fstat(fd).st_rdev for fd in (1, 2) if stat.S_ISCHR(os.fstat(fd).st_mode)
    ):
        pytest.skip(f"{device} is missing here, or is this process's own terminal")
    with pytest.raises(InputError, match="the output is a device") as err:
        write_file(b"not for a device", device)
    assert "- for standard output" in err.value.render()


def test_a_missing_parent_folder_is_an_error_except_inside_the_build(tmp_path):
    with pytest.raises(InputError, match="folder does not exist"):
        write_file(b"x", tmp_path / "nonexistent-dir" / "sub" / "x.gexf")
    assert not (tmp_path / "nonexistent-dir").exists()
    write_file(b"x", tmp_path / "build" / "export" / "x.gexf", build=tmp_path / "build")
    assert (tmp_path / "build" / "export" / "x.gexf").read_bytes() == b"x"


def test_an_impossible_path_is_a_clear_error(tmp_path):
    with pytest.raises(InputError) as err:
        write_file(b"x", "/proc/nope/x.gexf")
    assert "fix:" in err.value.render()


def test_a_folder_with_a_users_files_is_never_replaced(tmp_path):
    mine = tmp_path / "mydocs"
    mine.mkdir()
    (mine / "thesis.txt").write_text("three years of work")
    with pytest.raises(InputError, match="did not write") as err:
        replace_folder(mine, "publish site", lambda d: (d / "index.html").write_text("site"))
    assert "thesis.txt" in err.value.render()
    assert sorted(os.listdir(mine)) == ["thesis.txt"]
    assert sorted(os.listdir(tmp_path)) == ["mydocs"]  # no partial output left beside it


def test_a_folder_holding_only_a_users_empty_folders_is_never_replaced(tmp_path):
    """A folder was "empty" when it held no file: the user's tree of empty folders in it was
    removed with it. A previous output with a folder of the user's added is refused too."""
    mine = tmp_path / "mine"
    (mine / "chapters" / "draft").mkdir(parents=True)
    with pytest.raises(InputError, match="did not write") as err:
        replace_folder(mine, "publish site", lambda d: (d / "index.html").write_text("site"))
    assert str(mine / "chapters") in err.value.render()
    assert (mine / "chapters" / "draft").is_dir() and sorted(os.listdir(tmp_path)) == ["mine"]
    out = tmp_path / "site"

    def pages(folder):
        (folder / "pages").mkdir()
        (folder / "pages" / "a.html").write_text("1")

    replace_folder(out, "publish site", pages)
    replace_folder(out, "publish site", lambda d: (d / "b.html").write_text("2"))  # (its own folders are its own)
    (out / "my folder").mkdir()
    with pytest.raises(InputError, match="did not write"):
        replace_folder(out, "publish site", lambda d: (d / "c.html").write_text("3"))
    assert (out / "my folder").is_dir() and (out / "b.html").is_file()


def test_a_folder_holding_the_current_folder_is_never_an_output_folder(built, project, capsys, monkeypatch, tmp_path):
    """``-o ..`` from a new, empty folder replaced the folder above it, and the one the user was in
    went with it."""
    here = tmp_path / "parent" / "here"
    here.mkdir(parents=True)
    monkeypatch.chdir(here)
    code, _, err = run_cli(project, "export", "nodes-edges-csv", "-o", "..", capsys=capsys)
    assert code == EXIT_USAGE and "never output folders" in err and "Traceback" not in err
    assert here.is_dir() and os.listdir(tmp_path / "parent") == ["here"] and not os.listdir(here)


def test_a_second_run_into_a_folder_output_being_written_is_refused(tmp_path, monkeypatch):
    """Two runs writing one folder output at once each renamed the other's in and out: one failed
    with a traceback (a file of the output gone while its digest was read) or left the previous
    output aside under a hidden ``.old`` name. The second is now refused while the first writes,
    and a folder that changes while it is checked is an error, not a traceback."""
    out = tmp_path / "site"
    replace_folder(out, "publish site", lambda d: (d / "a.html").write_text("1"))
    second: list[str] = []

    def first(folder):
        (folder / "b.html").write_text("2")
        with pytest.raises(InputError, match="another command is writing this output folder now") as err:
            replace_folder(out, "publish site", lambda d: (d / "c.html").write_text("3"))
        second.append(err.value.render())

    replace_folder(out, "publish site", first)
    assert second and sorted(os.listdir(out)) == [MANIFEST, "b.html"]
    assert sorted(os.listdir(tmp_path)) == ["site"]  # (no partial or previous output left aside)

    def gone(path):
        raise FileNotFoundError(2, "No such file or directory", str(path))

    monkeypatch.setattr(output, "file_sha256", gone)
    with pytest.raises(InputError, match="changed while it was being read"):
        replace_folder(out, "publish site", lambda d: None)
    assert sorted(os.listdir(tmp_path)) == ["site"]


def test_a_previous_output_is_replaced_but_not_one_with_a_foreign_file(tmp_path):
    out = tmp_path / "site"
    replace_folder(out, "publish site", lambda d: (d / "a.html").write_text("1"))
    replace_folder(out, "publish site", lambda d: (d / "b.html").write_text("2"))
    assert sorted(os.listdir(out)) == [MANIFEST, "b.html"]
    (out / "notes.txt").write_text("the user's")
    with pytest.raises(InputError, match="did not write"):
        replace_folder(out, "publish site", lambda d: (d / "c.html").write_text("3"))
    with pytest.raises(InputError, match="did not write"):  # another command's output
        replace_folder(tmp_path / "site", "export nodes-edges-csv", lambda d: None)
    assert (out / "notes.txt").read_text() == "the user's"


def test_a_failure_part_way_leaves_the_previous_output_and_nothing_else(tmp_path):
    out = tmp_path / "site"
    replace_folder(out, "publish site", lambda d: (d / "a.html").write_text("1"))

    def broken(folder):
        (folder / "half.html").write_text("half")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        replace_folder(out, "publish site", broken)
    assert sorted(os.listdir(out)) == [MANIFEST, "a.html"]
    assert sorted(os.listdir(tmp_path)) == ["site"]


@pytest.mark.parametrize("where", ["cwd", "root", "build"])
def test_the_current_folder_the_project_and_the_build_are_refused(built, project, capsys, monkeypatch, tmp_path, where):
    place = {"cwd": tmp_path, "root": project.root, "build": project.out}[where]
    monkeypatch.chdir(tmp_path)
    before = sorted(os.listdir(place))
    code, _, err = run_cli(project, "publish", "site", "-o", str(place), capsys=capsys)
    assert code == EXIT_USAGE and "never output folders" in err and "Traceback" not in err
    assert sorted(os.listdir(place)) == before


def test_publish_site_into_a_users_folder_is_refused_naming_the_file(built, project, capsys, tmp_path):
    mine = tmp_path / "mydocs"
    mine.mkdir()
    (mine / "thesis.txt").write_text("x")
    code, _, err = run_cli(project, "publish", "site", "-o", str(mine), capsys=capsys)
    assert code == EXIT_USAGE and "thesis.txt" in err
    assert os.listdir(mine) == ["thesis.txt"]


def test_export_never_writes_through_a_symlink_nor_into_a_missing_folder(built, project, capsys, tmp_path):
    real = tmp_path / "real.graphml"
    real.write_text("mine")
    (tmp_path / "link.graphml").symlink_to(real)
    code, _, err = run_cli(project, "export", "graphml", "-o", str(tmp_path / "link.graphml"), capsys=capsys)
    assert code == EXIT_USAGE and "symbolic link" in err and str(real) in err and "Traceback" not in err
    assert real.read_text() == "mine" and (tmp_path / "link.graphml").is_symlink()
    code, _, err = run_cli(project, "export", "gexf", "-o", str(tmp_path / "missing" / "x.gexf"), capsys=capsys)
    assert code == EXIT_USAGE and "does not exist" in err and not (tmp_path / "missing").exists()


@pytest.mark.parametrize(
    "command",
    [
        ("export", "gexf"),
        ("export", "nodes-edges-csv"),
        ("publish", "site"),
        ("release", "1.0.0"),
        ("trace", "CQU", "SASTIND"),
        ("analyse",),
        ("screen", "data/examples/partners.csv"),
    ],
)
def test_a_command_refuses_its_output_before_reading_the_dataset(project_copy, capsys, tmp_path, command):
    """The output is checked first: a project never built answers about the output, not about the
    missing dataset, so a refused output costs no read (nor validation) of a large dataset."""
    assert not (project_copy.out / "dataset.nq").exists()
    (tmp_path / "papers").mkdir()
    mine = tmp_path / "papers" / "mine"
    mine.write_text("mine")
    (tmp_path / "link").symlink_to(mine)
    to_a_file = command[0] not in ("publish", "release") and command[-1] != "nodes-edges-csv"
    output = tmp_path / ("link" if to_a_file else "papers")  # a link; a folder of the user's
    code, _, err = run_cli(project_copy, *command, "-o", str(output), capsys=capsys)
    assert code == EXIT_USAGE and "no built dataset" not in err
    assert ("symbolic link" if to_a_file else "did not write") in err
    assert mine.read_text() == "mine"


def test_a_previous_output_a_user_changed_since_is_not_replaced(tmp_path):
    out = tmp_path / "site"
    replace_folder(out, "publish site", lambda d: (d / "index.html").write_text("the tool's"))
    (out / "index.html").write_text("the tool's, and my notes")
    with pytest.raises(InputError, match="was changed since") as err:
        replace_folder(out, "publish site", lambda d: (d / "index.html").write_text("again"))
    assert str(out / "index.html") in err.value.render()
    assert (out / "index.html").read_text() == "the tool's, and my notes"


def test_the_home_folder_is_never_an_output_folder(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    with pytest.raises(InputError, match="refusing to write into this folder"):
        replace_folder(home, "publish site", lambda d: (d / "index.html").write_text("site"))
    assert home.is_dir() and not list(home.iterdir())


def test_a_query_in_process_never_calls_another_endpoint(built, project, capsys, tmp_path):
    """A SERVICE clause would make the in-process store send the query over the network: refused,
    whatever its case; the word in a string, an IRI, a comment or a variable's name is no clause."""
    from defence_kg.core.store import calls_a_service

    query = tmp_path / "service.rq"
    query.write_text("SELECT * WHERE { service SILENT <http://127.0.0.1:1/sparql> { ?s ?p ?o } }\n")
    code, _, err = run_cli(project, "query", str(query), capsys=capsys)
    assert code == EXIT_USAGE and "the query calls another endpoint (SERVICE)" in err
    assert not calls_a_service('SELECT ?service { ?service ?p "SERVICE <x>" } # SERVICE <y>')
    assert calls_a_service("SELECT * { SERVICE ex:ep { ?s ?p ?o } }")


def test_a_device_named_as_an_input_is_refused_before_it_is_read(built, project, capsys, tmp_path):
    """/dev/zero never ends: reading it as a partner list, a gold file or release notes would fill
    the memory."""
    for args in (
        ["screen", "/dev/zero"],
        ["release", "9.9.9", "-o", str(tmp_path / "r"), "--notes", "/dev/zero"],
        ["extract", "--report", str(ROOT / "data" / "documents" / "aspi-tracker"), "--gold", "/dev/zero"],
    ):
        code, _, err = run_cli(project, *args, capsys=capsys)
        assert code == EXIT_USAGE and "it is a device, not a file" in err, args


def test_a_document_that_is_not_a_regular_file_is_refused_saying_what_it_is(project_copy, capsys, tmp_path):
    """A document is read more than once (its name, then its facts): a pipe cannot be, and a
    device may never end. Each says what it is, not that the document is missing ("build
    --document" said "not found" of a folder, a pipe or a device; a folder was "a pipe or socket")."""
    project = project_copy
    fifo = tmp_path / "profile.fifo"
    os.mkfifo(fifo)
    for args, why in (
        (["extract", "/dev/null"], "it is a device, not a file"),
        (["extract", str(fifo)], "it is a pipe (FIFO), not a file"),
        (["extract", "--report", str(fifo)], "it is a pipe (FIFO), not a file"),
        (["extract", "--report", "--document", f"aspi-tracker={fifo}"], "it is a pipe (FIFO), not a file"),
        (["extract", "--report", "--document", f"aspi-tracker={tmp_path}"], "it is a folder, not a file"),
        (["build", "--document", f"aspi-tracker={fifo}"], "it is a pipe (FIFO), not a file"),
        (["build", "--document", f"aspi-tracker={tmp_path}"], "it is a folder, not a file"),
        (["build", "--document", "aspi-tracker=/dev/null"], "it is a device, not a file"),
    ):
        code, _, err = run_cli(project, *args, capsys=capsys)
        assert code == EXIT_USAGE and why in err and "not found" not in err, args
    code, _, err = run_cli(project, "extract", str(tmp_path / "missing.txt"), capsys=capsys)
    assert code == EXIT_USAGE and "document not found" in err


def test_a_malformed_shape_is_a_usage_error_not_a_traceback(project_copy, capsys):
    assert run_cli(project_copy, "build")[0] == 0
    (project_copy.root / "shapes" / "zz-mine.ttl").write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n@prefix dkg: <https://w3id.org/defence-kg/ontology#> .\n"
        '<urn:mine> a sh:NodeShape ; sh:targetClass dkg:Organisation ; sh:property [ sh:path dkg:riskLevel ; sh:minCount "abc" ] .\n'
    )
    for engine in ("oxigraph", "pyshacl"):
        code, _, err = run_cli(project_copy, "validate", "--engine", engine, capsys=capsys)
        assert code == EXIT_USAGE and "the shapes cannot be used for validation" in err, engine


@pytest.mark.parametrize(
    "args",
    [
        ["trace", "CQU", "SASTIND", "--limit", "0"],
        ["trace", "CQU", "SASTIND", "--max-hops", "-1"],
        ["analyse", "--top", "-5"],
        ["analyse", "--radius", "0"],
        ["stats", "--top", "-1"],
        ["query", "--list", "--timeout", "0"],
        ["serve", "--timeout-s", "-5"],
    ],
)
def test_a_count_or_time_limit_below_one_is_a_usage_error(project, capsys, args):
    with pytest.raises(SystemExit) as raised:
        run_cli(project, *args, capsys=capsys)
    err = capsys.readouterr().err
    assert raised.value.code == EXIT_USAGE and ("is not at least 1" in err or "no time at all" in err)


def test_a_byte_order_mark_before_a_turtle_file_is_no_part_of_it(tmp_path):
    from defence_kg.core.store import parse_file

    marked = tmp_path / "mine.ttl"
    marked.write_bytes(b"\xef\xbb\xbf@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\n")
    assert [tuple(map(str, t)) for t in parse_file(marked)] == [
        ("http://example.org/a", "http://example.org/b", "http://example.org/c")
    ]


def test_ctrl_c_during_a_folder_swap_acts_once_the_swap_is_done(tmp_path, monkeypatch):
    """Between the swap's two renames there is no output at all: Ctrl-C then would leave the
    previous output aside under a hidden name. It is held until the new output is in place."""
    import os
    import signal

    from defence_kg.core import output

    out, new = tmp_path / "site", tmp_path / ".site.partial"
    out.mkdir()
    (out / "old.txt").write_text("old")
    new.mkdir()
    (new / "new.txt").write_text("new")
    renames = []
    real_replace = os.replace

    def replace_then_interrupt(src, dst):
        real_replace(src, dst)
        renames.append(dst)
        if len(renames) == 1:
            os.kill(os.getpid(), signal.SIGINT)  # pressed right after the first rename

    monkeypatch.setattr(output.os, "replace", replace_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        output._swap(new, out)
    assert len(renames) == 2
    assert sorted(p.name for p in out.iterdir()) == ["new.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]  # nothing left aside


def test_the_tables_export_makes_its_default_folder_in_a_fresh_build(built, tmp_path):
    """Without -o, the tables go to <build>/export/graph-csv, whose folder a fresh build lacks."""
    from defence_kg.exports import export

    build = tmp_path / "build"
    build.mkdir()
    done = export(built.store, "nodes-edges-csv", build / "export" / "graph-csv", build=build)
    assert done.nodes > 0
    assert sorted(p.name for p in (build / "export" / "graph-csv").iterdir() if not p.name.startswith(".")) == [
        "edges.csv",
        "nodes.csv",
    ]


def test_dev_stdout_is_standard_output_wherever_it_leads(built, project, tmp_path):
    """`-o /dev/stdout` with standard output redirected into a file: the file gets the export
    (it is no link the tool would write through; before, it was refused as one)."""
    import os
    import subprocess
    import sys

    into = tmp_path / "graph.gexf"
    with open(into, "wb") as out:
        done = subprocess.run(
            [sys.executable, "-m", "defence_kg", "--out", str(project.out), "export", "gexf", "-o", "/dev/stdout"],
            stdout=out,
            stderr=subprocess.PIPE,
            cwd=ROOT,
            env={**os.environ, "DEFENCE_KG_PROJECT": str(project.root)},
        )
    assert done.returncode == 0, done.stderr
    assert into.read_bytes().startswith(b"<?xml") and b"<gexf" in into.read_bytes()


@pytest.mark.parametrize("fmt", ["gexf", "nodes-edges-csv"])
def test_an_export_never_writes_through_a_link_in_the_build_folder(built, project, capsys, tmp_path, fmt):
    """``<build>/export`` a link to another folder: the default export is refused, not written there
    (as the extraction cache is refused when it is a link)."""
    import shutil

    from defence_kg.core.project import Project

    out, elsewhere = tmp_path / "build", tmp_path / "elsewhere"
    shutil.copytree(project.out, out)
    elsewhere.mkdir()
    (out / "export").symlink_to(elsewhere, target_is_directory=True)
    code, _, err = run_cli(Project(root=project.root, out=out), "export", fmt, capsys=capsys)
    assert code == EXIT_USAGE and "is a symbolic link" in err and str(out / "export") in err
    assert not any(elsewhere.iterdir())


def test_a_file_in_the_way_of_an_outputs_folder_is_named(tmp_path):
    """``-o notes.txt/x.gexf`` said the folder notes.txt does not exist, and to make it with
    ``mkdir -p notes.txt``, which cannot be done while the user's file has its name."""
    notes = tmp_path / "notes.txt"
    notes.write_text("mine")
    for write in (
        lambda: write_file(b"x", notes / "x.gexf"),
        lambda: replace_folder(notes / "site", "publish site", lambda d: (d / "index.html").write_text("site")),
    ):
        with pytest.raises(InputError, match="a file is in the way of the output folder") as err:
            write()
        assert str(notes) in err.value.render() and "mkdir" not in err.value.render()
    assert notes.read_text() == "mine" and sorted(os.listdir(tmp_path)) == ["notes.txt"]


def test_a_folder_that_cannot_be_listed_is_never_replaced(built, project, tmp_path):
    """A folder one may write into but not list (mode 333) looked empty (``rglob`` skips what it
    cannot read), and was replaced by the output: the user's files in it were moved into a hidden
    ``.NAME.*.old`` folder beside it, which could not be removed either."""
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "thesis.txt").write_text("three years of work")
    mine.chmod(0o333)
    try:
        code, _, err = run_cli_bound_by_permissions(project, "export", "nodes-edges-csv", "-o", mine)
    finally:
        mine.chmod(0o755)
    assert code == EXIT_USAGE and "cannot read the output folder" in err and "Traceback" not in err, err
    assert sorted(os.listdir(mine)) == ["thesis.txt"] and sorted(os.listdir(tmp_path)) == ["mine"]


def test_a_previous_output_that_cannot_be_moved_is_left_and_nothing_beside_it(built, project, tmp_path):
    """The previous output is moved aside into a new hidden folder before the new one takes its
    place; when the move failed (a folder of mode 555 cannot be renamed), that hidden folder was left."""
    out = tmp_path / "csv"
    assert run_cli(project, "export", "nodes-edges-csv", "-o", out)[0] == 0
    before = sorted(os.listdir(out))
    out.chmod(0o555)
    try:
        code, _, err = run_cli_bound_by_permissions(project, "export", "nodes-edges-csv", "-o", out)
    finally:
        out.chmod(0o755)
    assert code == EXIT_USAGE and "Permission denied" in err and "Traceback" not in err, err
    assert sorted(os.listdir(out)) == before and sorted(os.listdir(tmp_path)) == ["csv"]

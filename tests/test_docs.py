"""The documentation runs: the commands and code of README.md and docs/*.md, on the shipped data.

The convention (stated for writers in docs/decisions.md, "Documentation that runs"):

- Each Markdown file runs in its own temporary copy of the project's data, built once with
  ``defence-kg build`` (the state ``make run`` leaves), with that copy as the current directory:
  relative paths such as ``build/cqu.gexf`` land in the copy, never in the repository.
- Fenced ``console``/``sh``/``bash``/``shell`` blocks hold one command per line (``\\`` continues a
  line, ``#`` starts a comment). Lines starting with ``defence-kg`` or ``.venv/bin/defence-kg`` run
  in-process through ``defence_kg.cli.main.main`` (via ``helpers.run_cli``), in file order, and must
  exit 0 or the code of a trailing ``# exit N``. No shell syntax on those lines.
- Fenced ``python`` blocks are executed, each in a fresh namespace; fenced ``turtle`` blocks are
  parsed with the project's prefixes and every triple must be in the built dataset.
- ``<!-- docs-test: skip REASON -->`` on the line before a fence skips that block (it blocks, needs
  a server or the network, is a synopsis, or is not a defence-kg command). A command block with a
  line that is not a defence-kg command and no marker fails: nothing is skipped silently.
"""

from __future__ import annotations

import argparse
import importlib
import re
import shlex
import shutil
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import pytest
from rdflib import Dataset, Graph

from defence_kg.cli.main import parser
from defence_kg.core.namespaces import PREFIXES
from helpers import ROOT, run_cli

README = ROOT / "README.md"
PAGES = [README, *sorted((ROOT / "docs").glob("*.md"))]
COPIED = ("data", "ontology", "shapes", "queries", "loaders", "tests/gold")
COMMAND_LANGS = {"console", "sh", "bash", "shell"}
CLI_NAMES = ("defence-kg", ".venv/bin/defence-kg")
SKIP = re.compile(r"^<!--\s*docs-test:\s*skip\b(.*?)-->\s*$")
EXIT = re.compile(r"#\s*exit\s+(\d+)\s*$")
SHELL_TOKENS = {"|", "||", "&", "&&", ";", ";;", ">", ">>", "<", "<<", "(", ")"}
TOP_FOLDERS = (
    "src/",
    "tests/",
    "data/",
    "ontology/",
    "shapes/",
    "queries/",
    "loaders/",
    "benchmarks/",
    "scripts/",
    "docs/",
    ".ci/",
)


# -- reading the Markdown ------------------------------------------------------------------------


@dataclass(frozen=True)
class Block:
    page: Path
    line: int  # line number of the opening fence (1-based)
    lang: str
    code: str
    skip: str | None  # the reason given by a skip marker, or None

    @property
    def where(self) -> str:
        return f"{self.page.relative_to(ROOT) if self.page.is_relative_to(ROOT) else self.page.name}:{self.line}"


def blocks(page: Path, text: str | None = None) -> list[Block]:
    """The fenced blocks of a page, with the skip marker (if any) right before each."""
    lines = (page.read_text(encoding="utf-8") if text is None else text).splitlines()
    out, i = [], 0
    while i < len(lines):
        opening = re.match(r"^```(.*)$", lines[i])
        if not opening:
            i += 1
            continue
        lang = opening[1].strip()
        end = next((j for j in range(i + 1, len(lines)) if lines[j].rstrip() == "```"), None)
        assert end is not None, f"{page.name}:{i + 1}: a fence that is never closed"
        before = next((lines[j] for j in range(i - 1, -1, -1) if lines[j].strip()), "")
        marker = SKIP.match(before.strip())
        if marker is not None:
            assert marker[1].strip(), f"{page.name}:{i}: a docs-test skip marker must give a reason"
        out.append(Block(page, i + 1, lang, "\n".join(lines[i + 1 : end]), marker[1].strip() if marker else None))
        i = end + 1
    return out


def command_lines(block: Block) -> list[tuple[int, str]]:
    """(line number, command) of a command block: continuations joined, comment lines dropped."""
    out, pending, start = [], "", 0
    for n, raw in enumerate(block.code.splitlines(), block.line + 1):
        if not pending:
            start = n
        if raw.rstrip().endswith("\\"):
            pending += raw.rstrip()[:-1] + " "
            continue
        line, pending = (pending + raw).strip(), ""
        if line and not line.startswith("#"):
            out.append((start, line))
    return out


def parse_command(where: str, line: str) -> tuple[list[str], int]:
    """The argv (without the program name) and the expected exit code of a documented command."""
    expected = EXIT.search(line)
    lexer = shlex.shlex(line, posix=True, punctuation_chars=True)
    lexer.whitespace_split = True
    lexer.commenters = "#"
    tokens = list(lexer)
    shell = [t for t in tokens if t in SHELL_TOKENS or "$" in t or "`" in t]
    assert not shell, f"{where}: shell syntax {shell} in a documented command; write one plain command per line"
    return tokens[1:], int(expected[1]) if expected else 0


# -- running a page ------------------------------------------------------------------------------


def run_page(page: Path, work: Path, capsys, text: str | None = None) -> list[str]:
    """Run every block of a page in ``work`` (the current directory); returns what was run."""
    project = SimpleNamespace(root=work, out=work / "build")
    done: list[str] = []
    built: Graph | None = None
    for block in blocks(page, text):
        if block.skip is not None:
            continue
        if block.lang in COMMAND_LANGS:
            for n, line in command_lines(block):
                where = f"{block.where.rsplit(':', 1)[0]}:{n}"
                first = line.split()[0]
                assert first in CLI_NAMES, (
                    f"{where}: `{line}` is not a defence-kg command; run it some other way or mark the "
                    "block with <!-- docs-test: skip REASON -->"
                )
                argv, expected = parse_command(where, line)
                try:
                    code, out, err = run_cli(project, *argv, capsys=capsys)
                except SystemExit as exit_:  # argparse: usage errors and --help
                    captured = capsys.readouterr()
                    code, out, err = (exit_.code if isinstance(exit_.code, int) else 2), captured.out, captured.err
                except Exception as error:  # a crash is a failure of the docs' command too
                    raise AssertionError(f"{where}: `{line}` raised {error!r}") from error
                assert code == expected, (
                    f"{where}: `{line}` exited {code}, the docs expect {expected}\n"
                    f"--- stdout (end)\n{out[-2000:]}\n--- stderr (end)\n{err[-2000:]}"
                )
                done.append(line)
        elif block.lang == "python":
            try:
                exec(compile(block.code, block.where, "exec"), {"__name__": "__docs__"})  # noqa: S102
            except Exception as error:
                raise AssertionError(f"python block at {block.where} raised {error!r}") from error
            done.append(f"python block at {block.where}")
        elif block.lang == "turtle":
            prologue = "".join(f"@prefix {p}: <{iri}> .\n" for p, iri in PREFIXES.items())
            shown = Graph().parse(data=prologue + block.code, format="turtle")
            if built is None:
                built = Dataset(default_union=True).parse(work / "build" / "dataset.nq", format="nquads")
            missing = [t for t in shown if t not in built]
            assert not missing, f"{block.where}: triples shown but not in the built dataset: {missing}"
            done.append(f"turtle block at {block.where}")
    return done


@pytest.fixture(scope="module")
def built_copy(tmp_path_factory) -> Path:
    """A copy of the project's data, built once: what ``make run`` leaves behind."""
    root = tmp_path_factory.mktemp("docs") / "template"
    for name in COPIED:
        shutil.copytree(ROOT / name, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv("DEFENCE_KG_PROJECT", raising=False)
        mp.chdir(root)
        code, _, _ = run_cli(SimpleNamespace(root=root, out=root / "build"), "--quiet", "build")
    assert code == 0, "defence-kg build failed on the shipped data"
    return root


@pytest.fixture
def workdir(built_copy, tmp_path, monkeypatch) -> Path:
    work = tmp_path / "project"
    shutil.copytree(built_copy, work, symlinks=True)
    monkeypatch.delenv("DEFENCE_KG_PROJECT", raising=False)
    monkeypatch.chdir(work)
    return work


@pytest.mark.parametrize("page", PAGES, ids=[str(p.relative_to(ROOT)) for p in PAGES])
def test_page_runs(page, workdir, capsys):
    assert not workdir.resolve().is_relative_to(ROOT), "the docs must run outside the repository"
    run_page(page, workdir, capsys)


def test_a_misspelt_command_fails(workdir, capsys):
    page = workdir / "bad.md"
    with pytest.raises(AssertionError, match="exited 2"):
        run_page(page, workdir, capsys, text="```console\ndefence-kg stats\ndefence-kg buidl\n```\n")
    with pytest.raises(AssertionError, match="exited 0, the docs expect 2"):
        run_page(page, workdir, capsys, text="```console\ndefence-kg stats   # exit 2\n```\n")


def test_unmarked_other_commands_and_shell_syntax_fail(workdir, capsys):
    page = workdir / "bad.md"
    with pytest.raises(AssertionError, match="not a defence-kg command"):
        run_page(page, workdir, capsys, text="```sh\nmake run\n```\n")
    with pytest.raises(AssertionError, match="shell syntax"):
        run_page(page, workdir, capsys, text="```console\ndefence-kg stats | head\n```\n")
    assert run_page(page, workdir, capsys, text="<!-- docs-test: skip needs make -->\n```sh\nmake run\n```\n") == []
    with pytest.raises(AssertionError, match="must give a reason"):
        blocks(page, "<!-- docs-test: skip -->\n```sh\nmake run\n```\n")


def test_wrong_turtle_fails(workdir, capsys):
    with pytest.raises(AssertionError, match="not in the built dataset"):
        run_page(
            workdir / "bad.md",
            workdir,
            capsys,
            text="```turtle\nid:chongqing-university dkg:subordinateTo id:no-such-body .\n```\n",
        )


# -- static checks -------------------------------------------------------------------------------


def subcommands() -> tuple[list[str], list[str]]:
    actions = [a for a in parser()._actions if isinstance(a, argparse._SubParsersAction)]
    names = list(actions[0].choices)
    publish = actions[0].choices["publish"]
    targets = [a for a in publish._actions if isinstance(a, argparse._SubParsersAction)][0]
    return names, list(targets.choices)


def test_every_command_is_documented():
    text = README.read_text(encoding="utf-8")
    names, targets = subcommands()
    missing = [c for c in names + [f"publish {t}" for t in targets] if f"defence-kg {c}" not in text]
    assert not missing, f"commands missing from README.md: {missing}"


def test_every_documented_command_exists():
    names, targets = subcommands()
    wrong = []
    for page in PAGES:
        text = re.sub(r"<!--.*?-->", "", page.read_text(encoding="utf-8"), flags=re.S)
        wrong += [
            f"{page.name}: defence-kg {w}" for w in re.findall(r"defence-kg ([a-z][\w-]*)", text) if w not in names
        ]
        wrong += [
            f"{page.name}: publish {w}"
            for w in re.findall(r"defence-kg publish ([a-z][\w-]*)", text)
            if w not in targets
        ]
    assert not wrong, wrong


def test_readme_is_short_and_every_page_is_linked():
    text = README.read_text(encoding="utf-8")
    assert len(text) <= 12_000, f"README.md has {len(text)} characters; move detail into docs/"
    unlinked = [p.name for p in PAGES[1:] if f"(docs/{p.name}" not in text]
    assert not unlinked, f"docs pages not linked from README.md: {unlinked}"


def test_quick_start_has_two_commands_and_ci_runs_the_test_one():
    text = README.read_text(encoding="utf-8")
    section = re.search(r"^## Quick start\n(.*?)(?=^## )", text, re.S | re.M)[1]
    block = re.search(r"```\w*\n(.*?)```", section, re.S)[1]
    commands = [line.split("#")[0].strip() for line in block.splitlines() if line.split("#")[0].strip()]
    assert commands == ["make run", "make test"]
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_every_fence_names_its_language():
    bare = [b.where for page in PAGES for b in blocks(page) if not b.lang]
    assert not bare, f"fenced blocks without a language: {bare}"


def _anchor(heading: str) -> str:
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def test_relative_links_resolve():
    broken = []
    for page in PAGES:
        for target, anchor in re.findall(r"\]\(([^)#\s]*)(?:#([^)\s]*))?\)", page.read_text(encoding="utf-8")):
            if re.match(r"[a-z]+:", target):
                continue
            path = (page.parent / target).resolve() if target else page
            if not path.exists():
                broken.append(f"{page.name}: {target}")
            elif anchor and path.suffix == ".md":
                headings = re.findall(r"^#+ (.*)$", path.read_text(encoding="utf-8"), re.M)
                if anchor not in {_anchor(h) for h in headings}:
                    broken.append(f"{page.name}: {target}#{anchor}")
    assert not broken, f"broken links: {broken}"


def _resolves(dotted: str) -> bool:
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:cut]))
        except ModuleNotFoundError:
            continue
        for name in parts[cut:]:
            if not hasattr(obj, name):
                return False
            obj = getattr(obj, name)
        return True
    return False


def test_named_modules_and_paths_exist():
    wrong = []
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        wrong += [
            f"{page.name}: {d}"
            for d in sorted(set(re.findall(r"defence_kg(?:\.[A-Za-z_]\w*)+", text)))
            if not _resolves(d)
        ]
        for span in re.findall(r"`([^`\s]+)`", text):
            path = span.rstrip(".,:;")
            if path.startswith(TOP_FOLDERS) and not re.search(r"[<>*…|\[\]{}]", path) and not (ROOT / path).exists():
                wrong.append(f"{page.name}: {path}")
    assert not wrong, f"modules or paths named in the docs that do not exist: {wrong}"


def test_every_environment_variable_is_documented():
    text = (ROOT / "docs" / "environment.md").read_text(encoding="utf-8")
    pattern = re.compile(r"""(?:environ\.get|getenv)\(\s*["'](\w+)["']|environ\[\s*["'](\w+)["']\s*\]""")
    read = {a or b for f in (ROOT / "src").rglob("*.py") for a, b in pattern.findall(f.read_text(encoding="utf-8"))}
    assert read, "found no environment variable read by the package; the pattern is stale"
    missing = sorted(v for v in read if f"`{v}`" not in text)
    assert not missing, f"environment variables read by src/ but not in docs/environment.md: {missing}"

"""The command line loads a library only when a command uses it: building the parser (``--help``,
``--version``, a usage error) loads none of the heavy ones, and each command loads only its own.

Each check runs in a fresh interpreter, since this test session has long imported everything.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import pytest

#: Libraries that take tens of milliseconds to import (``python -X importtime``) and that no
#: argument parser needs.
HEAVY = (
    "jinja2",
    "matplotlib",
    "networkx",
    "numpy",
    "openpyxl",
    "pyoxigraph",
    "pyshacl",
    "rapidfuzz",
    "rdflib",
    "rdflib.plugins.sparql",
    "SPARQLWrapper",
)

PARSER_ONLY = "import defence_kg.cli.main as m; m.parser()"
#: Runs the command line on argv[2:], then writes its exit code and every loaded module to argv[1].
RUN_COMMAND = """
import json, sys
from defence_kg.cli.main import main
code = main(sys.argv[2:])
with open(sys.argv[1], "w", encoding="utf-8") as f:
    json.dump({"code": code, "modules": sorted(sys.modules)}, f)
"""


def _loaded_after(code: str) -> set[str]:
    script = f"{code}\nimport sys; print('\\n'.join(sys.modules))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return set(done.stdout.split())


def test_the_heavy_libraries_are_installed():
    """Otherwise their absence below would prove nothing."""
    assert [name for name in HEAVY if importlib.util.find_spec(name) is None] == []


def test_building_the_parser_loads_no_heavy_library():
    loaded = _loaded_after(PARSER_ONLY)
    assert "defence_kg.cli.main" in loaded
    assert sorted(set(HEAVY) & loaded) == []


def test_the_import_check_can_fail():
    """The same check sees the libraries that the site and the network analysis load."""
    loaded = _loaded_after("import defence_kg.publish.site, defence_kg.analysis.trace")
    assert {"jinja2", "matplotlib", "networkx", "pyoxigraph", "rdflib"} <= loaded


def test_the_public_api_loads_the_network_screening_and_site_libraries_only_when_asked():
    """``import defence_kg.api`` (a build in a process of its own) loads none of them; a name that
    needs them loads them when first asked for (``api.LATER``)."""
    deferred = {"jinja2", "matplotlib", "networkx", "rapidfuzz"}
    assert sorted(deferred & _loaded_after("import defence_kg.api")) == []
    asked = _loaded_after("import defence_kg.api as api; api.Trace, api.SiteSummary, api.Screening")
    assert {"jinja2", "matplotlib", "networkx", "rapidfuzz"} <= asked


@pytest.mark.parametrize(
    ("args", "unused"),
    [
        # pyshacl is left out: the fast engine falls back to it for a shape it cannot compile
        (["validate"], {"jinja2", "matplotlib", "networkx", "openpyxl", "SPARQLWrapper"}),
        (["query", "--all"], {"jinja2", "matplotlib", "networkx", "openpyxl", "pyshacl", "SPARQLWrapper"}),
        (
            ["export", "gexf", "-o", "{tmp}/graph.gexf"],
            {"jinja2", "matplotlib", "openpyxl", "pyshacl", "SPARQLWrapper"},
        ),
    ],
    ids=["validate", "query --all", "export gexf"],
)
def test_a_command_loads_only_what_it_uses(project, built, tmp_path, args, unused):
    report = tmp_path / "loaded.json"
    argv = ["--quiet", "--project", str(project.root), "--out", str(project.out)]
    argv += [a.format(tmp=tmp_path) for a in args]
    subprocess.run([sys.executable, "-c", RUN_COMMAND, str(report), *argv], capture_output=True, check=True)
    done = json.loads(report.read_text(encoding="utf-8"))
    assert done["code"] == 0
    assert sorted(unused & set(done["modules"])) == []


def test_the_objects_alive_at_the_end_are_left_out_of_the_exit_collection(project, tmp_path):
    """``entry`` freezes what is alive once the command's work is done (``collector.spare_the_exit``):
    Python's exit then does not traverse it. Seen from an ``atexit`` handler, which runs after."""
    report = tmp_path / "frozen.txt"
    script = (
        "import atexit, gc, sys\n"
        f"atexit.register(lambda: open({str(report)!r}, 'w').write(str(gc.get_freeze_count())))\n"
        "from defence_kg.cli.main import entry\n"
        "sys.argv = ['defence-kg', '--quiet', '--project', sys.argv[1], 'query', '--list']\n"
        "entry()\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(project.root)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert int(report.read_text()) > 1000

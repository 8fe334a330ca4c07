"""The build: deterministic output, provenance per graph, and clear errors on bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from defence_kg.cli.main import main
from defence_kg.core.errors import EXIT_INVALID, EXIT_OK, EXIT_USAGE
from defence_kg.dataset import build as dataset
from helpers import run_cli

PROFILE = Path("data/documents/aspi-tracker/chongqing-university.txt")


def test_two_builds_are_byte_identical(project_copy, tmp_path):
    outs = []
    for name in ("a", "b"):
        out = tmp_path / name
        assert main(["--project", str(project_copy.root), "--out", str(out), "build"]) == EXIT_OK
        outs.append(out)
    for name in dataset.OUTPUTS:
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name


def test_build_prints_counts_and_writes_files(project_copy, capsys):
    assert run_cli(project_copy, "build")[0] == EXIT_OK
    out = capsys.readouterr().out
    assert "dkg:Statement" in out and "graph/source/aspi-tracker" in out
    for name in dataset.OUTPUTS:
        assert (project_copy.out / name).stat().st_size > 0


def test_each_source_graph_has_provenance(built):
    ask = """
    PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX void: <http://rdfs.org/ns/void#>
    PREFIX dkg: <https://w3id.org/defence-kg/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/>
    ASK { GRAPH <https://w3id.org/defence-kg/graph/metadata> {
        <https://w3id.org/defence-kg/graph/source/aspi-tracker> prov:wasDerivedFrom ?src ; prov:wasGeneratedBy ?act ; void:triples ?n .
        ?src dcterms:publisher ?pub ; dcterms:license ?lic .
        ?act dkg:loader ?loader ; dkg:retrievedOn ?day . FILTER(CONTAINS(?loader, "sha256:")) } }"""
    assert built.store.query(ask) is True


def test_malformed_source_profile_names_file_and_key(project_copy, capsys):
    toml = project_copy.sources / "aspi-tracker.toml"
    toml.write_text(toml.read_text().replace("loader =", "loder ="))
    assert run_cli(project_copy, "build")[0] == EXIT_USAGE
    err = capsys.readouterr().err
    assert "aspi-tracker.toml" in err and "unknown key 'loder'" in err and "did you mean 'loader'" in err
    assert not project_copy.out.exists()


def test_malformed_toml_syntax(project_copy, capsys):
    (project_copy.sources / "aspi-tracker.toml").write_text('id = "aspi-tracker\n')
    assert run_cli(project_copy, "build")[0] == EXIT_USAGE
    assert "malformed TOML" in capsys.readouterr().err


def test_malformed_turtle_names_file_and_line(project_copy, capsys):
    path = project_copy.curated / "entities.ttl"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[30] = lines[30] + ' "unterminated'
    path.write_text("\n".join(lines), encoding="utf-8")
    assert run_cli(project_copy, "build")[0] == EXIT_USAGE
    err = capsys.readouterr().err
    assert "entities.ttl:31" in err and "malformed RDF" in err


def test_missing_document(project_copy, capsys):
    (project_copy.root / PROFILE).unlink()
    assert run_cli(project_copy, "build")[0] == EXIT_USAGE
    err = capsys.readouterr().err
    assert "chongqing-university" in err and "not found" in err


@pytest.mark.parametrize("content,message", [("", "profile is empty"), ("\x00\x01binary", "not text")])
def test_malformed_document(project_copy, capsys, content, message):
    (project_copy.root / PROFILE).write_text(content)
    assert run_cli(project_copy, "build")[0] == EXIT_USAGE
    assert message in capsys.readouterr().err


def test_failed_build_leaves_previous_output_untouched(project_copy, capsys):
    assert run_cli(project_copy, "build")[0] == EXIT_OK
    # every file, the extraction cache's too
    before = {p: p.read_bytes() for p in project_copy.out.rglob("*") if p.is_file()}
    (project_copy.root / PROFILE).write_text("")
    assert run_cli(project_copy, "build")[0] == EXIT_USAGE
    after = {p: p.read_bytes() for p in project_copy.out.rglob("*") if p.is_file()}
    assert before == after


def test_unmet_expectation_exits_1(project_copy, capsys):
    toml = project_copy.sources / "aspi-tracker.toml"
    toml.write_text(toml.read_text().replace('"dkg:Agreement" = 2', '"dkg:Agreement" = 5'))
    assert run_cli(project_copy, "build")[0] == EXIT_INVALID
    assert "fewer than the 5 expected" in capsys.readouterr().err


@pytest.mark.parametrize("cache", [[], ["--no-cache"]], ids=["with-cache", "no-cache"])
def test_failed_build_into_a_new_folder_leaves_no_folder(project_copy, cache, capsys):
    # the build makes its folder and the extraction cache's before it fails late (an unmet
    # expectation, after every document was read): neither is left behind, empty
    toml = project_copy.sources / "aspi-tracker.toml"
    toml.write_text(toml.read_text().replace('"dkg:Agreement" = 2', '"dkg:Agreement" = 5'))
    assert not project_copy.out.exists()
    assert run_cli(project_copy, "build", *cache)[0] == EXIT_INVALID
    assert not project_copy.out.exists()


def test_validate_without_build_says_how_to_fix(project_copy, capsys):
    assert run_cli(project_copy, "validate")[0] == EXIT_USAGE
    assert "defence-kg build" in capsys.readouterr().err


def test_extra_sentences_become_facts_or_unparsed_notes(project_copy, capsys):
    text = (project_copy.root / PROFILE).read_text(encoding="utf-8")
    extra = (
        "Chongqing University has exchanges with Nanyang Technological University. "
        "The university’s orchestra toured three provinces."
    )
    text = text.replace(
        "Noteworthy international collaborations", extra + "\n\nNoteworthy international collaborations"
    )
    (project_copy.root / PROFILE).write_text(text, encoding="utf-8")
    result = dataset.build(project_copy)
    assert result.store.query("""ASK { <https://w3id.org/defence-kg/id/chongqing-university>
        <https://w3id.org/defence-kg/ontology#hasExchangesWith> <https://w3id.org/defence-kg/id/nanyang-technological-university> }""")
    assert result.store.query("""ASK { ?doc <https://w3id.org/defence-kg/ontology#unparsedSentence> ?s .
        FILTER(CONTAINS(STR(?s), "orchestra")) }""")
    assert any("orchestra" in w for w in result.warnings)


def test_extract_prints_json_or_turtle(project, capsys):
    assert main(["--project", str(project.root), "extract", str(project.root / PROFILE)]) == EXIT_OK
    record = json.loads(capsys.readouterr().out)  # the default is one valid JSON document
    assert any(f["predicate"] == "dkg:subordinateTo" for f in record["facts"])
    assert main(["--project", str(project.root), "extract", str(project.root / PROFILE), "--format", "turtle"]) == 0
    assert "dkg:Statement" in capsys.readouterr().out


def test_extract_shows_when_a_fact_held(project, capsys, tmp_path):
    """A fact's time (its statement's qualifiers, "since 2009") is in its record, with what the
    time's node says: a reviewer sees it as the build has it."""
    page = tmp_path / "tern-university.txt"
    page.write_text(
        "Tern University\n\nTern University (TU) is designated high risk for its defence research.\n\n"
        "TU has collaborated with CASC since 2009.\n",
        encoding="utf-8",
    )
    assert main(["--project", str(project.root), "extract", str(page)]) == EXIT_OK
    (tie,) = [f for f in json.loads(capsys.readouterr().out)["facts"] if f["predicate"] == "dkg:collaboratesWith"]
    (since,) = tie["qualifiers"]["dkg:startDate"]
    assert since["dkg:when"] == ["2009"] and since["dkg:verbatim"] == ["since 2009"]


def test_extract_missing_file(project, capsys):
    assert main(["--project", str(project.root), "extract", "no-such-file.txt"]) == EXIT_USAGE
    assert "document not found" in capsys.readouterr().err


def test_data_breaking_a_shape_fails_validation_with_node_and_rule(project_copy, capsys):
    path = project_copy.curated / "entities.ttl"
    path.write_text(
        path.read_text(encoding="utf-8").replace('dkg:rorId "023rhb549"', 'dkg:rorId "not-a-ror"'), encoding="utf-8"
    )
    assert run_cli(project_copy, "build")[0] == EXIT_OK
    capsys.readouterr()
    assert run_cli(project_copy, "validate")[0] == EXIT_INVALID
    report = capsys.readouterr().out
    assert "chongqing-university" in report and "not-a-ror" in report
    assert "graph:curated/entities" in report  # grouped by the graph that holds the node


def test_validate_conforms_on_the_built_dataset(project_copy, capsys):
    assert run_cli(project_copy, "build", "--validate")[0] == EXIT_OK
    assert "Conforms" in capsys.readouterr().out

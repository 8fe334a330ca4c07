"""`defence-kg screen FILE`: partner lists in (CSV, TSV, XLSX, one name a line), rows out in input order
with the input's columns kept and the result columns added, as CSV, JSON, XLSX and one standalone HTML
page (checked in headless Chromium); bad input gives a clear error and exit 2."""

from __future__ import annotations

import csv
import io
import json

import pytest
from openpyxl import Workbook, load_workbook

from defence_kg.analysis.screening import GraphView, Matcher
from defence_kg.analysis.screening.matcher import MATCH, NO_MATCH, POSSIBLE
from defence_kg.core.errors import InputError
from defence_kg.core.namespaces import ID
from defence_kg.core.store import Store
from helpers import ROOT, run_cli

PARTNERS = ROOT / "data" / "examples" / "partners.csv"


def screen(project, capsys, *args):
    code, out, err = run_cli(project, "--quiet", "screen", *args, capsys=capsys)
    return code, out, err


def test_csv_keeps_the_input_columns_and_order_and_adds_the_results(built, project, capsys):
    code, out, err = screen(project, capsys, PARTNERS, "--country-column", "country")
    assert code == 0 and "screened 10 rows" in err
    rows = list(csv.DictReader(io.StringIO(out)))
    source = list(csv.DictReader(PARTNERS.open(encoding="utf-8")))
    assert [r["partner"] for r in rows] == [r["partner"] for r in source]
    assert [r["agreement"] for r in rows] == [r["agreement"] for r in source]
    first = rows[0]
    assert (first["decision"], first["entity"], first["entity (Chinese)"], first["kind"]) == (
        "match",
        "Chongqing University",
        "重庆大学",
        "civilian university",
    )
    assert (first["risk level"], first["risk date"], first["risk rationale"]) == (
        "medium",
        "2019-12-01",
        "its moderate level of defence research",
    )
    assert first["supervising agencies"] == "Ministry of Education" and int(first["defence links"]) > 0
    assert "rates its risk" not in first["explanation"]
    assert first["evidence 1"].startswith("Chongqing University (CQU) is designated medium risk")
    assert first["source 1"].startswith("https://unitracker.aspi.org.au/")
    by_name = {r["partner"]: r for r in rows}
    assert by_name["重慶大學"]["matched by"] == "Chinese variant" and "慶→庆" in by_name["重慶大學"]["differs"]
    assert by_name["Chongqing Jiaotong University"]["decision"] == "no match"
    assert "'jiaotong' not in its name" in by_name["Chongqing Jiaotong University"]["candidates"]
    lab = by_name["Ministry of Education Key Laboratory for Complex Systems Safety and Autonomous Control"]
    # the profile implies the laboratory is CQU's (no plain edge): the parent comes with that certainty
    assert (lab["kind"], lab["parent"], lab["parent certainty"], lab["parent risk"]) == (
        "laboratory",
        "Chongqing University",
        "implied",
        "medium",
    )
    wrong_country = [r for r in rows if r["partner"] == "Nanyang Technological University"]
    assert [r["decision"] for r in wrong_country] == ["match", "no match"]


def test_an_entity_no_source_rates_is_said_to_be_unrated_not_low(built, project, capsys, tmp_path):
    """The graph knows NUDT only by its names (data/curated/institutions.ttl): a match, and an empty
    risk level that the explanation says is no rating at all."""
    names = tmp_path / "names.txt"
    names.write_text("NUDT\n", encoding="utf-8")
    code, out, _ = screen(project, capsys, names)
    row = next(csv.DictReader(io.StringIO(out)))
    assert code == 0 and (row["decision"], row["entity"], row["risk level"]) == (
        "match",
        "National University of Defense Technology",
        "",
    )
    assert row["explanation"].endswith("no source in the graph rates its risk (an empty risk level is not a low one)")


def test_json_is_the_api_result(built, project, capsys):
    code, out, _ = screen(project, capsys, PARTNERS, "--format", "json", "--top", "2")
    data = json.loads(out)
    assert code == 0 and data["name_column"] == "partner" and len(data["rows"]) == 10
    assert data["counts"] == {"match": 7, "possible match": 0, "no match": 3}  # no --country-column: NTU twice
    assert all(len(r["candidates"]) <= 2 for r in data["rows"])
    assert data["rows"][0]["entity"]["evidence"][0]["about"] == "riskLevel"


def test_tsv_xlsx_and_name_per_line_inputs(built, project, capsys, tmp_path):
    tsv = tmp_path / "p.tsv"
    tsv.write_text("id\tInstitution\n7\tCQU\n8\tUniversity\n", encoding="utf-8")
    lines = tmp_path / "p.txt"
    lines.write_text("# our partners\nChongqing Univ.\n\nBeijing\n", encoding="utf-8")
    book = Workbook()
    book.active.append(["Partner name", "Notes"])
    book.active.append(["重庆大学", "visit"])
    workbook = tmp_path / "p.xlsx"
    book.save(workbook)
    for path, expected in ((tsv, ["match", "no match"]), (lines, ["match", "no match"]), (workbook, ["match"])):
        code, out, _ = screen(project, capsys, path, "--format", "json")
        assert code == 0 and [r["decision"] for r in json.loads(out)["rows"]] == expected, path
    assert json.loads(screen(project, capsys, tsv, "--format", "json")[1])["rows"][0]["values"] == {
        "id": "7",
        "Institution": "CQU",
    }
    # a comment line is left out, and the summary says so: no row goes missing unannounced
    assert "1 line(s) starting with '#' left out as comments" in screen(project, capsys, lines)[2]


def test_a_csv_that_excel_wrote_with_semicolons_is_read_as_its_columns(built, project, capsys, tmp_path):
    """(Thirty-ninth session: a semicolon CSV was one column, its country never read.)"""
    listing = tmp_path / "p.csv"
    listing.write_text("Partner;Country\nChongqing University;Germany\nCQU;China\n", encoding="utf-8")
    code, out, _ = screen(project, capsys, listing, "--country-column", "Country", "--format", "json")
    rows = json.loads(out)["rows"]
    assert code == 0 and [r["decision"] for r in rows] == ["no match", "match"]
    assert rows[0]["values"] == {"Partner": "Chongqing University", "Country": "Germany"}


def test_xlsx_output_keeps_the_columns_adds_results_with_a_header_and_filters(built, project, capsys, tmp_path):
    out = tmp_path / "screened.xlsx"
    code, _, _ = screen(project, capsys, PARTNERS, "-o", out)
    book = load_workbook(out)
    assert book.properties.modified == book.properties.created  # the fixed date, not the time of saving
    sheet = book.active
    header = [c.value for c in sheet[1]]
    assert code == 0 and header[:3] == ["partner", "country", "agreement"] and "risk level" in header
    assert sheet.auto_filter.ref == f"A1:{sheet.cell(row=1, column=len(header)).column_letter}11"
    assert sheet.cell(row=2, column=header.index("risk level") + 1).value == "medium"
    again = tmp_path / "again.xlsx"
    screen(project, capsys, PARTNERS, "-o", again)
    assert out.read_bytes() == again.read_bytes()  # deterministic: no clock in the workbook


def test_a_result_column_the_input_already_has_is_prefixed(built, project, capsys, tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("name,decision\nCQU,approved\n", encoding="utf-8")
    row = next(csv.DictReader(io.StringIO(screen(project, capsys, path)[1])))
    assert (row["decision"], row["screen: decision"]) == ("approved", "match")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["no-such-file.csv"], "cannot read the partner list"),
        ([PARTNERS, "--column", "nope"], "has no column 'nope'"),
        ([PARTNERS, "--threshold", "1.5"], "not between 0 and 1"),
    ],
)
def test_bad_input_is_a_usage_error(built, project, capsys, args, message):
    code, out, err = screen(project, capsys, *args)
    assert code == 2 and message in err and "Traceback" not in err and out == ""


def test_a_file_that_is_not_utf8_or_an_empty_list(built, project, capsys, tmp_path, monkeypatch):
    """An empty list is refused as a table and as one name a line, from a file or from stdin (an
    empty name-a-line list was "screened 0 rows", exit 0, as if a list had been screened)."""
    import sys

    latin = tmp_path / "latin.csv"
    latin.write_bytes("name\nUniversit\xe9\n".encode("latin-1"))
    assert "not UTF-8" in screen(project, capsys, latin)[2]
    for name, text in (("empty.csv", "\n"), ("empty.txt", ""), ("comments.txt", "# to check\n\n")):
        empty = tmp_path / name
        empty.write_text(text, encoding="utf-8")
        code, out, err = screen(project, capsys, empty)
        assert code == 2 and "is empty" in err and out == "", name
    for piped in (b"", b"\n\n"):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(piped)))
        code, out, err = screen(project, capsys, "-")
        assert code == 2 and "is empty" in err and out == "", piped


def test_a_header_with_no_partner_under_it_is_refused(built, project, capsys, tmp_path):
    """A table of a header alone, in any of the three formats, is refused as an empty list is (it
    was "screened 0 rows", exit 0)."""
    book = Workbook()
    book.active.append(["Partner institution", "Country"])
    book.save(tmp_path / "header.xlsx")
    (tmp_path / "header.csv").write_text("Partner institution,Country\n\n", encoding="utf-8")
    (tmp_path / "header.tsv").write_text("Partner institution\tCountry\n", encoding="utf-8")
    for name in ("header.csv", "header.tsv", "header.xlsx"):
        code, out, err = screen(project, capsys, tmp_path / name)
        assert code == 2 and "has no partner" in err and "(Partner institution, Country)" in err and out == "", name


def test_an_empty_column_name_is_a_column_the_list_lacks(tmp_path):
    """Through the API, an empty column name is looked for, not taken as none given (which read the
    names from a column chosen by its header, and checked no country)."""
    from defence_kg.analysis.screening.inputs import read_partners

    (tmp_path / "p.csv").write_text("name,country\nCQU,CN\n", encoding="utf-8")
    for option in ("column", "country_column"):
        with pytest.raises(InputError, match="has no column ''"):
            read_partners(tmp_path / "p.csv", **{option: ""})


def test_a_failed_screen_leaves_an_existing_output_untouched(built, project, capsys, tmp_path):
    out = tmp_path / "report.csv"
    out.write_text("mine\n", encoding="utf-8")
    assert screen(project, capsys, "missing.csv", "-o", out)[0] == 2
    assert out.read_text(encoding="utf-8") == "mine\n"


def test_the_html_report_sorts_filters_and_links_evidence_in_chromium(built, project, capsys, tmp_path, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    page = tmp_path / "report.html"
    assert screen(project, capsys, PARTNERS, "--country-column", "country", "-o", page)[0] == 0
    html = page.read_text(encoding="utf-8")
    assert "http://" not in html.replace('href="http', "") and "<script src" not in html and "<link" not in html
    browser.get(page.as_uri())
    rows = browser.find_elements(By.CSS_SELECTOR, "tr.row")
    assert len(rows) == 10
    badge = browser.find_element(By.CSS_SELECTOR, "tr.row .risk-medium")
    assert badge.text == "medium" and badge.value_of_css_property("background-color") == "rgba(249, 168, 37, 1)"
    assert (
        browser.find_elements(By.CSS_SELECTOR, "tr.row a.source")[0]
        .get_attribute("href")
        .startswith("https://unitracker")
    )
    Select(browser.find_element(By.ID, "filter-decision")).select_by_value("no match")
    assert sum(r.is_displayed() for r in rows) == 4
    Select(browser.find_element(By.ID, "filter-decision")).select_by_value("")
    browser.find_element(By.ID, "filter-text").send_keys("Jiaotong")
    assert [r.get_attribute("data-name") for r in rows if r.is_displayed()] == ["Chongqing Jiaotong University"]
    browser.find_element(By.ID, "filter-text").clear()
    browser.execute_script("document.getElementById('filter-text').dispatchEvent(new Event('input'))")
    browser.find_element(By.CSS_SELECTOR, "th[data-key=score]").click()
    browser.find_element(By.CSS_SELECTOR, "th[data-key=score]").click()  # descending
    ordered = [float(r.get_attribute("data-score")) for r in browser.find_elements(By.CSS_SELECTOR, "tr.row")]
    assert ordered == sorted(ordered, reverse=True)
    browser.find_element(By.CSS_SELECTOR, "th[data-key=risk]").click()
    browser.find_element(By.CSS_SELECTOR, "th[data-key=risk]").click()
    assert browser.find_elements(By.CSS_SELECTOR, "tr.row")[0].get_attribute("data-risk") == "medium"


def test_a_match_on_an_export_control_list_names_the_list_with_its_year(own_project, capsys, tmp_path):
    page = own_project.root / "tests" / "releases" / "fenwick-2019.txt"
    page.write_text(
        page.read_text(encoding="utf-8") + "\nIn 2020, FUT was added to the US Entity List.\n", encoding="utf-8"
    )
    assert run_cli(own_project, "--quiet", "build")[0] == 0
    names = tmp_path / "names.csv"
    names.write_text("partner\nFenwick University of Technology\nChongqing University\n", encoding="utf-8")
    code, out, _ = screen(own_project, capsys, names)
    lists = {r["partner"]: r["lists"] for r in csv.DictReader(io.StringIO(out))}
    assert code == 0 and lists == {
        "Fenwick University of Technology": "US Entity List (2020)",
        "Chongqing University": "",
    }


LISTINGS = """
@prefix dkg: <https://w3id.org/defence-kg/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix id: <https://w3id.org/defence-kg/id/> .
@prefix list: <https://w3id.org/defence-kg/vocab/end-user-list/> .
@prefix certainty: <https://w3id.org/defence-kg/vocab/certainty/> .
id:alder-university a dkg:Organisation ; skos:prefLabel "Alder University"@en .
list:us-entity-list skos:prefLabel "US Entity List"@en .
list:us-unverified-list skos:prefLabel "US Unverified List"@en .
id:st-1 a dkg:Statement ; rdf:subject id:alder-university ; rdf:predicate dkg:listedOn ; rdf:object list:us-entity-list ;
    dkg:certainty certainty:stated ; dkg:pointInTime id:t-2019 .
id:st-2 a dkg:Statement ; rdf:subject id:alder-university ; rdf:predicate dkg:listedOn ; rdf:object list:us-entity-list ;
    dkg:certainty certainty:stated ; dkg:pointInTime id:t-2020 .
id:st-3 a dkg:Statement ; rdf:subject id:alder-university ; rdf:predicate dkg:listedOn ;
    rdf:object list:us-unverified-list ; dkg:certainty certainty:implied .
id:t-2019 dkg:when "2019" . id:t-2020 dkg:when "2020-05" .
"""


def test_a_listing_the_source_says_ended_is_given_with_its_removal(own_project, capsys, tmp_path):
    """A page that says the university was removed from a list: the row says so, with the year
    (a due-diligence reader must not take a delisted body for a listed one)."""
    page = own_project.root / "tests" / "releases" / "fenwick-2019.txt"
    page.write_text(
        page.read_text(encoding="utf-8")
        + "\nIn 2016, FUT was added to the US Entity List. In 2021, FUT was removed from the US Entity List."
        + " FUT was added to the Japan End User List in 2017 and later removed.\n",
        encoding="utf-8",
    )
    assert run_cli(own_project, "--quiet", "build")[0] == 0
    names = tmp_path / "names.csv"
    names.write_text("partner\nFenwick University of Technology\n", encoding="utf-8")
    code, out, _ = screen(own_project, capsys, names)
    (row,) = csv.DictReader(io.StringIO(out))
    assert code == 0 and row["lists"] == "Japan End User List (removed); US Entity List (2016; removed 2021)"


def test_a_listing_gives_the_years_of_its_sources_and_a_certainty_below_stated():
    store = Store()
    store.load_bytes(LISTINGS.encode(), "turtle", where="listings.ttl")
    iri = "https://w3id.org/defence-kg/id/alder-university"
    profile = GraphView(store).profiles([iri])[iri]
    assert profile.lists == ("US Entity List (2019, 2020)", "US Unverified List (implied)")


PLACED = """
@prefix dkg: <https://w3id.org/defence-kg/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix id: <https://w3id.org/defence-kg/id/> .
@prefix country: <https://w3id.org/defence-kg/vocab/country/> .
@prefix certainty: <https://w3id.org/defence-kg/vocab/certainty/> .
id:university-of-larchmont a dkg:Organisation ; skos:prefLabel "University of Larchmont"@en .
id:st-1 a dkg:Statement ; rdf:subject id:university-of-larchmont ; rdf:predicate dkg:country ; rdf:object country:AU ;
    dkg:certainty certainty:implied .
id:wrenfield-institute a dkg:Organisation ; skos:prefLabel "Wrenfield Institute"@en ; dkg:country country:GB .
id:st-2 a dkg:Statement ; rdf:subject id:wrenfield-institute ; rdf:predicate dkg:country ; rdf:object country:GB ;
    dkg:certainty certainty:implied .
"""


def test_a_country_only_implied_places_a_candidate_and_says_so():
    """A partner placed by a city in its name (implied, no plain edge) is still where the row says
    or not; a rejection says the country is implied; the profile gives only a stated country."""
    store = Store()
    store.load_bytes(PLACED.encode(), "turtle", where="placed.ttl")
    matcher = Matcher(GraphView(store))
    assert matcher.match("University of Larchmont", country="Australia").decision == MATCH
    elsewhere = matcher.match("University of Larchmont", country="United States")
    assert elsewhere.decision == NO_MATCH
    assert "the graph places it in AU (implied)" in elsewhere.explanation
    larchmont, wrenfield = "https://w3id.org/defence-kg/id/university-of-larchmont", ID["wrenfield-institute"]
    profiles = GraphView(store).profiles([larchmont, str(wrenfield)])
    assert profiles[larchmont].country is None  # not stated
    assert profiles[str(wrenfield)].country == "GB"  # stated by one, implied by another: stated
    assert "(implied)" not in matcher.match("Wrenfield Institute", country="France").explanation


COMMON_NAMES = """
@prefix dkg: <https://w3id.org/defence-kg/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix id: <https://w3id.org/defence-kg/id/> .
id:hollin-university a dkg:Organisation ; skos:prefLabel "Hollin University"@en , "霍林大学"@zh-Hans .
id:hollin-university-political-department a dkg:Organisation ; skos:prefLabel "Political Department"@en ;
    dkg:subsidiaryOf id:hollin-university .
id:hollin-university-marsh-academy a dkg:Organisation ; skos:prefLabel "Academy of Marsh Ecology"@en ;
    dkg:subsidiaryOf id:hollin-university .
id:ferrow-naval-research-academy a dkg:Organisation ; skos:prefLabel "Ferrow Naval Research Academy"@en ,
    "弗罗海军研究院"@zh-Hans ; skos:altLabel "Naval Academy"@en .
id:heron-polytechnic-university a dkg:Organisation ; skos:prefLabel "Heron Polytechnic University"@en ,
    "鹭岛工业大学"@zh-Hans ; skos:altLabel "Daogong University"@en .
id:china-academy-of-space-technology a dkg:Organisation ; skos:prefLabel "China Academy of Space Technology"@en ;
    skos:altLabel "CAST"@en .
"""


@pytest.mark.parametrize(
    ("name", "decision", "said"),
    [
        # a department's name alone does not say whose department the row means
        (
            "Political Department",
            POSSIBLE,
            "a name the parts of many bodies bear: the graph's is a part of Hollin University",
        ),
        ("Political Department, Hollin University", MATCH, "'Political Department' (a part of it) set aside"),
        # a part's name of its own is its name
        ("Academy of Marsh Ecology", MATCH, "is its name"),
        # an alias of one word and a kind of body is many bodies' name
        ("Naval Academy", POSSIBLE, "'Naval Academy' is a name many bodies bear"),
        # (sixtieth session) but not one whose word is its Chinese name read in pinyin, 岛工 of 鹭岛工业大学
        ("Daogong University", MATCH, "'Daogong University' is one of its names"),
        ("Ferrow Naval Research Academy", MATCH, "is its name"),
        # an independent college or a campus bears its university's name, a department is a part of it
        ("霍林大学珠海学院", POSSIBLE, "'珠海学院' after its Chinese name"),
        ("霍林大学城市学院", POSSIBLE, "'城市学院' after its Chinese name"),
        ("霍林大学计算机学院", MATCH, "'计算机学院' (a part of it) set aside"),
        ("霍林大学金城学院", POSSIBLE, "'金城学院' after its Chinese name"),
        # a short form another Chinese body goes by too
        ("CAST", POSSIBLE, "also the short form of the China Association for Science and Technology"),
        ("China Academy of Space Technology", MATCH, "is its name"),
    ],
)
def test_a_name_many_bodies_bear_is_a_possible_match_at_most(name, decision, said):
    store = Store()
    store.load_bytes(COMMON_NAMES.encode(), "turtle", where="common-names.ttl")
    decided = Matcher(GraphView(store)).match(name)
    assert decided.decision == decision
    assert said in decided.explanation


def test_a_cell_that_would_begin_a_formula_is_written_as_text(built, project, capsys, tmp_path):
    """A partner list's "=HYPERLINK(...)" never becomes a live formula in the screened CSV or XLSX."""
    listed = tmp_path / "inject.csv"
    listed.write_text(
        'name,note\nChongqing University,"=HYPERLINK(""http://x.example"",""x"")"\n+cmd,@SUM(1)\n', "utf-8"
    )
    code, out, _ = screen(project, capsys, listed, "--format", "csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert code == 0 and rows[1][1] == '\'=HYPERLINK("http://x.example","x")'
    assert rows[2][:2] == ["'+cmd", "'@SUM(1)"]
    book = tmp_path / "inject.xlsx"
    screen(project, capsys, listed, "-o", book)
    cell = load_workbook(book).active.cell(row=2, column=2)
    assert cell.data_type == "s" and cell.value == '=HYPERLINK("http://x.example","x")'


def test_the_export_tables_write_a_formula_like_label_as_text():
    from defence_kg.exports.tables import _csv

    data = _csv(["id", "label", "weight"], [["n1", "=cmd|' /C calc'!A0", -2], ["n2", "-5 km", None]])
    assert data.decode().splitlines()[1:] == ["n1,'=cmd|' /C calc'!A0,-2", "n2,-5 km,"]


def test_a_table_piped_in_is_read_by_its_header(built, project, capsys, monkeypatch):
    import sys

    piped = b"partner,country\nChongqing University,China\nFudan University,China\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(piped)))
    code, out, err = screen(project, capsys, "-", "--format", "csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert code == 0 and rows[0][:2] == ["partner", "country"] and len(rows) == 3
    assert "names in 'partner'" in err


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ('name\n"Chongqing University\nFudan University\n', "not valid CSV"),
        ("name\nHarbin Institute of Technology, Weihai\n", "its header names 1 columns"),
    ],
)
def test_a_quote_left_open_or_a_cell_beyond_the_header_is_reported_not_read(
    built, project, capsys, tmp_path, text, said
):
    listed = tmp_path / "ragged.csv"
    listed.write_text(text, encoding="utf-8")
    code, _, err = screen(project, capsys, listed)
    assert code == 2 and said in err


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (["Deal ID", "Partner Institution", "Country"], "Partner Institution"),
        (["Visitor ID", "Name", "Home institution", "Country/Region"], "Home institution"),
        (["Ref", "Partner organisation name", "Partner country"], "Partner organisation name"),
        (["No.", "Institution (English)", "Institution (Chinese)"], "Institution (English)"),
        (["Code", "Établissement partenaire", "Pays"], "Établissement partenaire"),
        (["序号", "合作单位名称", "国家"], "合作单位名称"),
        (["Contact name", "Partner", "E-mail"], "Partner"),
        # (the adversarial check) the partner's column, not the office's own beside it
        (["Partner Name", "Partner Country", "University School", "Start Date"], "Partner Name"),
        (["Chinese partner", "UK university", "Programme"], "Chinese partner"),
        (["Ref", "Host University", "Partner", "Visit date"], "Partner"),
        (["Institution", "Partner"], "Partner"),
        (["Ref", "Partenaire", "Université d'accueil"], "Partenaire"),
        (["Ref", "Partner school", "Country"], "Partner school"),
    ],
)
def test_the_name_column_is_the_one_whose_header_says_so(header, expected, tmp_path):
    """(Fortieth session: only exact headers counted, so "Partner Institution" fell back to the first
    column, a column of codes, and every row was "no match", which reads as an all-clear.)"""
    from defence_kg.analysis.screening import read_partners

    listing = tmp_path / "p.csv"
    cells = ["Q-17", "Chongqing University", "China", "x@example.org"]
    listing.write_text(",".join(header) + "\n" + ",".join(cells[: len(header)]) + "\n", encoding="utf-8")
    assert read_partners(listing).name_column == expected


def test_a_column_of_codes_is_never_screened_for_names(built, project, capsys, tmp_path):
    """No header names the names' column, and the first holds codes: refused, saying which column
    to give, not screened into rows of "no match"."""
    listing = tmp_path / "p.csv"
    listing.write_text("Deal,Who,Land\nDL-0001,Chongqing University,China\nDL-0002,CQU,China\n")
    code, out, err = screen(project, capsys, listing)
    assert code == 2 and out == "" and "Traceback" not in err
    assert "column 'Deal' does not hold names" in err and "'DL-0001'" in err and "--column Who" in err
    assert screen(project, capsys, listing, "--column", "Who")[0] == 0


def test_names_with_digits_or_blanks_are_no_codes(built, project, capsys, tmp_path):
    """(The adversarial check: a first column of Chinese unit names with numbers, companies such as
    3M, or "-" left blank was refused as codes.)"""
    listing = tmp_path / "p.csv"
    listing.write_text("Unit,Land\n中电科14所,China\n61398部队,China\n3M,US\n-,China\nChongqing University,China\n")
    code, out, err = screen(project, capsys, listing)
    assert code == 0 and "names in 'Unit'" in err


def test_blank_rows_are_counted_in_the_summary(built, project, capsys, tmp_path):
    """(Fortieth session: blank lines and ";;;" rows were left out without a word.)"""
    listing = tmp_path / "p.csv"
    listing.write_text("Partner;Country\nChongqing University;China\n;\n\nCQU;China\n\n", encoding="utf-8")
    code, out, err = screen(project, capsys, listing, "--format", "json")
    assert code == 0 and json.loads(out)["blank"] == 2 and len(json.loads(out)["rows"]) == 2
    assert "2 blank line(s) or row(s) left out" in err


@pytest.mark.parametrize(
    ("piped", "fmt"),
    [
        (b"University of Lisbon, Portugal\nChongqing University\n", "lines"),
        (b"Partner institution,Country\nChongqing University,China\n", "csv"),
    ],
)
def test_a_name_piped_in_is_no_header_for_holding_a_headers_word(monkeypatch, piped, fmt):
    """A first line that is a name with a comma ("University of ..., Portugal") stays a name;
    only a line of header words makes the input a table."""
    import sys

    from defence_kg.analysis.screening import read_partners

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(piped)))
    assert read_partners("-").format == fmt


@pytest.mark.parametrize(
    ("data", "code"),
    [
        ("Partner\nChongqing University\n".encode("utf-16"), 0),  # with its byte-order mark: read
        ("Partner\nChongqing University\n".encode("utf-16-le"), 2),  # without: refused, not "no match"
    ],
)
def test_a_utf16_list_is_read_or_refused_never_screened_as_nul_bytes(built, project, capsys, tmp_path, data, code):
    listing = tmp_path / "p.csv"
    listing.write_bytes(data)
    got, out, err = screen(project, capsys, listing)
    assert got == code and "Traceback" not in err
    assert ("1 match" in err) if code == 0 else ("NUL bytes" in err and out == "")


@pytest.mark.parametrize("name", ["partners.html", "partners.csv", "partners.txt"])
def test_a_saved_web_page_is_refused_not_screened_as_names(built, project, capsys, tmp_path, name):
    # its markup read as names would each be "no match": an all-clear for a page of partners
    page = tmp_path / name
    page.write_text("\ufeff<!DOCTYPE html>\n<html><body><table><tr><td>Chongqing University</td></tr></table>", "utf-8")
    got, out, err = screen(project, capsys, page)
    assert got == 2 and out == "" and "an HTML page" in err and "Traceback" not in err


GROUPS_UNITS = """
@prefix dkg: <https://w3id.org/defence-kg/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix id: <https://w3id.org/defence-kg/id/> .
id:cssc a dkg:Organisation, dkg:StateOwnedEnterprise ;
    skos:prefLabel "China State Shipbuilding Corporation Limited"@en ;
    skos:altLabel "China State Shipbuilding Corporation"@en ; dkg:abbreviation "CSSC" .
id:cssc-1999 a dkg:Organisation, dkg:StateOwnedEnterprise ;
    skos:prefLabel "China State Shipbuilding Corporation"@en ; dkg:abbreviation "CSSC" .
id:csic a dkg:Organisation, dkg:StateOwnedEnterprise ;
    skos:prefLabel "China Shipbuilding Industry Corporation"@en ; dkg:abbreviation "CSIC" .
id:cssc-702 a dkg:Organisation, dkg:ResearchInstitute ;
    skos:prefLabel "702nd Research Institute of China State Shipbuilding Corporation Limited"@en ;
    dkg:subsidiaryOf id:cssc .
"""


@pytest.mark.parametrize(
    ("name", "decision", "label"),
    [
        # a numbered institute of a group whose short form two bodies bear, in its usual forms: the
        # graph's institute, which only one of them holds (forty-fourth session: no match or a
        # possible match of the two groups before)
        (
            "No. 702 Research Institute of CSSC",
            MATCH,
            "702nd Research Institute of China State Shipbuilding Corporation Limited",
        ),
        (
            "CSSC 702nd Research Institute",
            MATCH,
            "702nd Research Institute of China State Shipbuilding Corporation Limited",
        ),
        ("CSSC's 702 Institute", MATCH, "702nd Research Institute of China State Shipbuilding Corporation Limited"),
        (
            "Research Institute No. 702, CSSC",
            MATCH,
            "702nd Research Institute of China State Shipbuilding Corporation Limited",
        ),
        # an institute the graph does not hold is no match of a group: a possible match at most
        ("CSSC 725th Research Institute", POSSIBLE, None),
        ("No. 725 Research Institute of CSSC", POSSIBLE, None),
        ("CSIC 702nd Research Institute", POSSIBLE, None),
        ("702 Institute", NO_MATCH, None),  # whose, the row does not say
    ],
)
def test_a_groups_numbered_institute_is_found_under_a_short_form_two_bodies_bear(name, decision, label):
    store = Store()
    store.load_bytes(GROUPS_UNITS.encode(), "turtle", where="groups-units.ttl")
    matcher = Matcher(GraphView(store))
    decided = matcher.match(name)
    assert (decided.decision, matcher.graph.entities[decided.iri].label if decided.iri else None) == (decision, label)

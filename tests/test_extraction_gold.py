"""Prose extraction on the gold profiles (tests/gold) and on traps (src/defence_kg/loading/extraction/)."""

from __future__ import annotations

from pathlib import Path

from defence_kg.loading.report import observed, report
from defence_kg.loading.review import extract_document

GOLD = Path(__file__).parent / "gold"


def test_gold_set_has_no_wrong_fact(project):
    text = report(project, [GOLD / "profiles"], GOLD / "gold.json")
    total = text.splitlines()[-1].split()
    assert total[0] == "all" and int(total[4]) == 0, text  # no false positive


def test_traps_make_no_fact(project, tmp_path):
    page = tmp_path / "trap-university.txt"
    page.write_text(
        "Trap University\n\n\nTrap University (TU) is designated low risk for its low level of defence research.\n\n"
        "Apart from TU, Other University is the only university supervised by the Ministry of Education. "
        "TU's partner company holds confidential-level security credentials. "
        "This may indicate that TU is supervised by SASTIND. "
        "SASTIND does not appear to supervise TU.\n\nMajor defence laboratories\n\nDesignated defence research areas\n",
        encoding="utf-8",
    )
    found = observed(extract_document(project, page))
    assert found["riskLevel"] == {"low"}
    for kind in ("securityCredential", "supervisedBy", "subordinateTo", "listedOn"):
        assert kind not in found, kind


def test_risk_variants(project, tmp_path):
    cases = {
        "Very HighRisk Category": "very-high",
        "Test Institute of Technology (TIT) is assessed as high risk due to its work": "high",
        "The Test Academy is designated very-high risk as a military academy": "very-high",
    }
    for i, (text, level) in enumerate(cases.items()):
        page = tmp_path / f"test-{i}.txt"
        page.write_text(f"Test Academy\n\n{text}\n", encoding="utf-8") if i != 1 else page.write_text(
            text + "\n", encoding="utf-8"
        )
        assert observed(extract_document(project, page)).get("riskLevel") == {level}, text


def test_other_organisations_clauses_make_no_fact(project, tmp_path):
    """Another university's credential or supervisor in the same sentence is not the institution's."""
    page = tmp_path / "westhill-university.txt"
    page.write_text(
        "Westhill University\n\n\nUnlike Beihang University, which is designated very high risk, Westhill University "
        "(WHU) has been assessed as medium risk, but this may change in future.\n\n"
        "WHU holds secret-level security credentials, one grade below the top-secret security credentials held by "
        "Beihang University. WHU is subordinate to the Ministry of Education; Beihang is subordinate to MIIT. "
        "WHU's forensic institute is jointly administered by the Beijing Municipal Government.\n",
        encoding="utf-8",
    )
    found = observed(extract_document(project, page))
    assert found["riskLevel"] == {"medium"}
    assert found["securityCredential"] == {"secret"}
    assert found["subordinateTo"] == {"ministry-of-education"}
    assert "jointlySupervisedBy" not in found


def test_2025_header_badges(project, tmp_path):
    page = tmp_path / "badge-university.txt"
    page.write_text(
        "Badge University (徽章大学)\nRisk Category: High\nTop Secret Security Credentials\n"
        "3 Major Defence Laboratories\n7 Designated Research Areas\nSanctions Lists: US Entity List\n"
        "Supervising Agencies: Ministry of Education (MOE)\n",
        encoding="utf-8",
    )
    found = observed(extract_document(project, page))
    assert found["riskLevel"] == {"high"} and found["securityCredential"] == {"top-secret"}
    assert found["defenceLaboratoryCount"] == {"3"} and found["designatedDisciplineCount"] == {"7"}
    assert found["listedOn"] == {"us-entity-list"} and found["supervisedBy"] == {"ministry-of-education"}

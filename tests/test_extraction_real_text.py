"""Prose extraction for the shapes real tracker text takes (src/defence_kg/loading/extraction/, the MISP
loader and extract --report), on pages and MISP entries of our own writing: every name of the
profiled institution, risk fields whatever name they use, supervision in its many wordings,
laboratories in running text, two subjects in one sentence, the 2025 side fields, coverage and
the shapes of unread sentences, structured fields against the prose. The real development corpus
(../shared) is never read here: its gold file is only checked for holding facts and uuids."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rdflib import Literal
from rdflib.namespace import ORG, RDF, SKOS

from defence_kg.core.namespaces import DKG, ID, vocab
from defence_kg.dataset import build as dataset
from defence_kg.loading.report import observed
from helpers import extract_page as page
from helpers import run_cli

SAMPLES = Path(__file__).parent / "loaders" / "samples" / "misp"
GOLD = Path(__file__).parent / "gold"
SASTIND = "state-administration-of-science-technology-and-industry-for-national-defence"


def facts_of(ctx, subject: str) -> set[tuple[str, str]]:
    return {(str(p).rsplit("#", 1)[-1], str(o).rsplit("/", 1)[-1]) for s, p, o in ctx.triples if s == ID[subject]}


# -- every name of the institution ------------------------------------------------------------------


def test_short_form_pla_variant_and_stand_in_name_the_institution(project, tmp_path):
    ctx = page(
        project,
        tmp_path,
        "kestrel-university",
        "Kestrel University\n\n\nThe PLA Kestrel University is designated high risk for its defence research.\n\n"
        "Kestrel hosts at least four defence laboratories. The university holds secret-level security credentials.\n",
    )
    found = observed(ctx)
    assert found["riskLevel"] == {"high"}
    assert found["defenceLaboratoryCount"] == {"4"}
    assert found["securityCredential"] == {"secret"}


def test_a_count_of_the_institutions_laboratories_in_a_sentence_about_something_else(project, tmp_path):
    """The count is the institution's whoever the sentence is about, with the number as written."""
    found = observed(
        page(
            project,
            tmp_path,
            "kestrel-university",
            "Kestrel University\n\n\nIts research office runs the university's seven major defence laboratories.\n",
        )
    )
    assert found["defenceLaboratoryCount"] == {"7"}


def test_a_place_is_no_short_form_and_the_university_is_not_an_academy(project, tmp_path):
    hubei = observed(
        page(
            project,
            tmp_path,
            "hubei-university",
            "Hubei University\n\n\nHubei is home to at least four defence laboratories.\n",
        )
    )
    assert "defenceLaboratoryCount" not in hubei  # "Hubei" is the province
    academy = observed(
        page(
            project,
            tmp_path,
            "kestrel-academy",
            "Kestrel Academy\n\n\nThe university holds secret-level security credentials. "
            "The academy holds top-secret security credentials.\n",
        )
    )
    assert academy["securityCredential"] == {"top-secret"}  # "the university" is someone else here


def test_an_undefined_abbreviation_that_spells_the_name_is_a_name(project, tmp_path):
    found = observed(
        page(
            project,
            tmp_path,
            "heilongjiang-test-institute-of-technology",
            "Heilongjiang Test Institute of Technology\n\n\nHLJTIT holds confidential-level security credentials. "
            "HIT holds top-secret security credentials.\n",
        )
    )
    assert found["securityCredential"] == {"confidential"}  # "HIT" does not spell the name in order


def test_first_risk_sentence_under_a_former_name_is_the_institutions(project, tmp_path):
    ctx = page(
        project,
        tmp_path,
        "guilin-test-university-of-electronic-science-and-technology",
        "Guilin Test University of Electronic Science and Technology\n\n\n"
        "Guilin Test University of Electronic Technology (GTUET) is designated high risk for its defence research.\n\n"
        "GTUET holds secret-level security credentials.\n",
    )
    found = observed(ctx)
    assert found["riskLevel"] == {"high"} and found["securityCredential"] == {"secret"}
    other = observed(
        page(project, tmp_path, "alder-university", "Alder University\n\n\nBirch University is designated low risk.\n")
    )
    assert "riskLevel" not in other  # no distinctive word shared with the title: someone else


# -- supervision, laboratories, credentials in real wordings ------------------------------------------


def test_supervision_in_the_wordings_of_real_pages(project, tmp_path):
    ctx = page(
        project,
        tmp_path,
        "eastvale-university",
        "Eastvale University\n\n\nEastvale University (EVU) is designated high risk for its defence research.\n\n"
        "EVU is jointly overseen by the Ministry of Education, SASTIND, the Hubei Provincial Government and the "
        "Wuhan Municipal Government. EVU is under the administration of the Ministry of Transport and has also "
        "been supervised by defence industry agency SASTIND since 2013. Apart from EVU, Westvale University is the "
        "only university overseen by the Ministry of Natural Resources. In 2015, EVU signed an agreement with the "
        "China Aerospace Science and Technology Corporation, which is supervised by SASAC. Previously, the "
        "university was run by the Ministry of Electronics Industry.\n",
    )
    found = observed(ctx)
    assert found["supervisingAgency"] == {
        "ministry-of-education",
        SASTIND,
        "hubei-provincial-government",
        "wuhan-municipal-government",
        "ministry-of-transport",  # the registry's since the forty-third session (minted from its name before)
    }
    since = [o for s, p, o in ctx.triples if p == DKG.startDate]
    assert len(since) == 1


def test_a_supervision_history_told_with_a_period_first_or_with_under(project, tmp_path):
    """A period or its end opening the sentence without a comma ("From 1999 to 2008 EVU was ..."),
    and "was under <agency>" where the sentence says it ended: former supervisors (each unread before);
    "was under" with no end said is a state of the past, which says nothing of now (unread)."""
    ctx = page(
        project,
        tmp_path,
        "eastvale-university",
        "Eastvale University\n\n\nEastvale University (EVU) is designated high risk for its defence research.\n\n"
        "From 1999 to 2008 EVU was supervised by COSTIND. Until 1998 EVU was run by the Ministry of Electronics "
        "Industry. EVU was under the General Armament Department until 2016. EVU was under CETC. In 2012, EVU was "
        "under CASIC. EVU is under MIIT.\n",
    )
    found = observed(ctx)
    assert found["formerlySupervisedBy"] == {
        "commission-of-science-technology-and-industry-for-national-defence",
        "ministry-of-electronics-industry",
        "pla-general-armament-department",
    }
    assert found["subordinateTo"] == {"ministry-of-industry-and-information-technology"}
    said_of = {str(o).rsplit("/", 1)[-1] for s, _, o in ctx.triples if s == ID["eastvale-university"]}
    assert not said_of & {
        "china-electronics-technology-group-corporation",
        "china-aerospace-science-and-industry-corporation",
    }
    years = {str(o) for s, p, o in ctx.triples if p == DKG.when}
    assert {"1999", "2008", "1998", "2016"} <= years


SUPERVISION = ("supervisedBy", "jointlySupervisedBy", "subordinateTo", "formerlySupervisedBy")


def supervision_read(ctx, subject: str) -> set[tuple[str, str, str | None, str | None]]:
    """(relation, agency, start year, end year) of each supervision the page states of ``subject``."""
    triples = list(ctx.triples)
    when = {s: str(o) for s, p, o in triples if p == DKG.when}
    out = set()
    for st in {s for s, p, o in triples if p == RDF.subject and o == ID[subject]}:
        about = {p: o for s, p, o in triples if s == st}
        relation = str(about[RDF.predicate]).rsplit("#", 1)[-1]
        if relation in SUPERVISION:
            agency = str(about[RDF.object]).rsplit("/", 1)[-1]
            out.add((relation, agency, when.get(about.get(DKG.startDate)), when.get(about.get(DKG.endDate))))
    return out


COSTIND = "commission-of-science-technology-and-industry-for-national-defence"
MIIT = "ministry-of-industry-and-information-technology"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a present clause after the past one: after a semicolon, after "and is now", after ", when it was"
        (
            "Until 2008 EVU was run by COSTIND; it is now run by MIIT.",
            {("formerlySupervisedBy", COSTIND, None, "2008"), ("supervisedBy", MIIT, None, None)},
        ),
        (
            "EVU was run by the Ministry of Posts and Telecommunications until 2000 and is now under the Ministry "
            "of Education.",
            {
                ("formerlySupervisedBy", "ministry-of-posts-and-telecommunications", None, "2000"),
                ("subordinateTo", "ministry-of-education", None, None),
            },
        ),
        (
            "EVU was administered by the Ministry of Electronics Industry until 1998, when it was transferred to "
            "the Ministry of Education.",
            {
                ("formerlySupervisedBy", "ministry-of-electronics-industry", None, "1998"),
                ("subordinateTo", "ministry-of-education", "1998", None),
            },
        ),
        # each "by ..." with its own period (the second's period was the first's, the second unread)
        (
            "EVU was administered by the Ministry of Aviation Industry until 1993 and by AVIC from 1993 to 1999.",
            {
                ("formerlySupervisedBy", "ministry-of-aviation-industry", None, "1993"),
                ("formerlySupervisedBy", "aviation-industry-corporation-of-china", "1993", "1999"),
            },
        ),
        (
            "EVU is supervised by MIIT and by SASTIND since 2013.",
            {("supervisedBy", MIIT, None, None), ("supervisedBy", SASTIND, "2013", None)},
        ),
        # an agency the present clause names again has not stopped (it was "formerly" the MOE's too)
        (
            "EVU was under the Ministry of Education and the State Ethnic Affairs Commission until 2005, and is "
            "now run by the MOE alone.",
            {
                ("formerlySupervisedBy", "state-ethnic-affairs-commission", None, "2005"),
                ("supervisedBy", "ministry-of-education", None, None),
            },
        ),
        (
            "EVU was formerly under the Ministry of Chemical Industry.",
            {("formerlySupervisedBy", "ministry-of-chemical-industry", None, None)},
        ),
        # a leading year without its comma dates the transfer (undated before)
        (
            "In 2002 EVU was transferred from the Ministry of Chemical Industry to the MOE.",
            {
                ("formerlySupervisedBy", "ministry-of-chemical-industry", None, "2002"),
                ("subordinateTo", "ministry-of-education", "2002", None),
            },
        ),
        ("It is now one of the seven universities run by MIIT.", {("supervisedBy", MIIT, None, None)}),
        # to leave, or to keep as they were
        ("EVU hosts the Kestrel Laboratory; it is run by CASIC.", set()),
        ("EVU was once under COSTIND.", set()),
        ("EVU was reportedly under COSTIND until 2008.", set()),
        (
            "EVU was run by COSTIND until 2008, when CETC was transferred to SASAC.",
            {("formerlySupervisedBy", COSTIND, None, "2008")},
        ),
        (
            "EVU was run by COSTIND until 2008 and by MIIT since then.",
            {("formerlySupervisedBy", COSTIND, None, "2008")},
        ),
        (
            "EVU was run by COSTIND until 2008 and is now under review.",
            {("formerlySupervisedBy", COSTIND, None, "2008")},
        ),
        ("Westvale University is now one of the seven universities run by MIIT.", set()),
        (
            "EVU was run by COSTIND until 2008; it is now a member of the C9 League.",
            {("formerlySupervisedBy", COSTIND, None, "2008")},
        ),
    ],
)
def test_a_supervision_history_with_a_second_verb_phrase(project, tmp_path, sentence, expected):
    """Whole-page probe of supervision, forty-third session: the clause that says who supervises it
    now, a second "by ..." with its own period, "was formerly under", "In 2002 EVU was ..." (each
    missed or, for the second "by", read with the other's dates before)."""
    ctx = page(
        project,
        tmp_path,
        "eastvale-university",
        "Eastvale University\n\n\nEastvale University (EVU) is designated high risk for its defence research.\n\n"
        f"{sentence}\n",
    )
    assert supervision_read(ctx, "eastvale-university") == expected


CASC = "china-aerospace-science-and-technology-corporation"
AVIC = "aviation-industry-corporation-of-china"
HUBEI = "hubei-provincial-government"
CETC = "china-electronics-technology-group-corporation"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # each move but the last ended with the next one's year; the last is who has it now
        (
            "In 1999, EVU was transferred to COSTIND, and in 2008 to MIIT.",
            {("formerlySupervisedBy", COSTIND, "1999", "2008"), ("subordinateTo", MIIT, "2008", None)},
        ),
        (
            "EVU was transferred to COSTIND in 1999 and to MIIT in 2008.",
            {("formerlySupervisedBy", COSTIND, "1999", "2008"), ("subordinateTo", MIIT, "2008", None)},
        ),
        (
            "EVU came under CASC in 1993 and was transferred to COSTIND in 1999.",
            {("formerlySupervisedBy", CASC, "1993", "1999"), ("subordinateTo", COSTIND, "1999", None)},
        ),
        (
            "EVU came under COSTIND in 1999, then under MIIT in 2008.",
            {("formerlySupervisedBy", COSTIND, "1999", "2008"), ("subordinateTo", MIIT, "2008", None)},
        ),
        (
            "EVU came under CASC in 1993 and was transferred to COSTIND in 1999 and to MIIT in 2008.",
            {
                ("formerlySupervisedBy", CASC, "1993", "1999"),
                ("formerlySupervisedBy", COSTIND, "1999", "2008"),
                ("subordinateTo", MIIT, "2008", None),
            },
        ),
        # after a supervision that ended, ", when it was transferred to", and a later move's own year
        (
            "EVU was supervised by the Ministry of Education until 1999, when it was transferred to COSTIND, and in "
            "2008 to MIIT.",
            {
                ("formerlySupervisedBy", "ministry-of-education", None, "1999"),
                ("formerlySupervisedBy", COSTIND, "1999", "2008"),
                ("subordinateTo", MIIT, "2008", None),
            },
        ),
        (
            "In 1998, EVU was transferred from the Ministry of Electronics Industry to the Ministry of Education, and "
            "in 2000 it was placed under the Hubei Provincial Government.",
            {
                ("formerlySupervisedBy", "ministry-of-electronics-industry", None, "1998"),
                ("formerlySupervisedBy", "ministry-of-education", "1998", "2000"),
                ("subordinateTo", HUBEI, "2000", None),
            },
        ),
        (
            "In 1995, EVU came under COSTIND; in 2008 it was transferred to MIIT.",
            {("formerlySupervisedBy", COSTIND, "1995", "2008"), ("subordinateTo", MIIT, "2008", None)},
        ),
        # a second move's "but returned to", "and back to" (the latter read as AVIC's present before)
        (
            "EVU was transferred to AVIC in 1993 but returned to the Hubei Provincial Government in 2004.",
            {("formerlySupervisedBy", AVIC, "1993", "2004"), ("subordinateTo", HUBEI, "2004", None)},
        ),
        (
            "EVU was transferred to AVIC in 1993 and back to the Hubei Provincial Government in 2004.",
            {("formerlySupervisedBy", AVIC, "1993", "2004"), ("subordinateTo", HUBEI, "2004", None)},
        ),
        # a list of agencies in one move; the agency it came from, dated by the first move
        (
            "EVU was transferred to COSTIND and the Hubei Provincial Government in 1999 and to MIIT in 2008.",
            {
                ("formerlySupervisedBy", COSTIND, "1999", "2008"),
                ("formerlySupervisedBy", HUBEI, "1999", "2008"),
                ("subordinateTo", MIIT, "2008", None),
            },
        ),
        (
            "EVU was transferred from the Ministry of Electronics Industry to COSTIND in 1999 and to MIIT in 2008.",
            {
                ("formerlySupervisedBy", "ministry-of-electronics-industry", None, "1999"),
                ("formerlySupervisedBy", COSTIND, "1999", "2008"),
                ("subordinateTo", MIIT, "2008", None),
            },
        ),
        # no years: the order alone says which is last; a leading year is the first move's only
        (
            "EVU was transferred to COSTIND and later to MIIT.",
            {("formerlySupervisedBy", COSTIND, None, None), ("subordinateTo", MIIT, None, None)},
        ),
        (
            "In 1993, EVU came under CASC and was later transferred to COSTIND.",
            {("formerlySupervisedBy", CASC, "1993", None), ("subordinateTo", COSTIND, None, None)},
        ),
        # a state with a period, a second list after "and to" (CASC unread before)
        (
            "EVU was subordinate to the Ministry of Aerospace Industry from 1988 to 1993 and to CASC from 1993 "
            "to 1999.",
            {
                ("formerlySupervisedBy", "ministry-of-aerospace-industry", "1988", "1993"),
                ("formerlySupervisedBy", CASC, "1993", "1999"),
            },
        ),
        # the last move said to have ended
        (
            "EVU was transferred to COSTIND in 1999 and to MIIT in 2008, where it remained until 2015.",
            {("formerlySupervisedBy", COSTIND, "1999", "2008"), ("formerlySupervisedBy", MIIT, "2008", "2015")},
        ),
        (  # (one move: COSTIND's present before)
            "EVU was transferred to COSTIND in 1999, where it remained until 2008.",
            {("formerlySupervisedBy", COSTIND, "1999", "2008")},
        ),
        # the last move contradicted by a later sentence: its present is implied former (``superseded``)
        (
            "EVU was transferred to COSTIND in 1999 and to MIIT in 2008. In 2012, EVU was transferred from MIIT to "
            "SASTIND.",
            {
                ("formerlySupervisedBy", COSTIND, "1999", "2008"),
                ("formerlySupervisedBy", MIIT, "2008", None),
                ("formerlySupervisedBy", MIIT, None, "2012"),
                ("subordinateTo", SASTIND, "2012", None),
            },
        ),
        # to leave unread, or to keep as they were
        ("EVU was reportedly transferred to COSTIND in 1999 and to MIIT in 2008.", set()),
        ("It is unclear whether EVU was transferred to COSTIND in 1999 and to MIIT in 2008.", set()),
        # (a hedged second move: COSTIND's present was read before)
        ("EVU was transferred to COSTIND in 1999 and possibly to MIIT in 2008.", set()),
        ("EVU came under COSTIND in 1995, then possibly under MIIT in 2008.", set()),
        ("EVU hosts the Kestrel Laboratory; in 2008 it was transferred to CASIC.", set()),
        # a move to a campus is no supervisor's: unsure whether the first ended
        ("EVU was transferred to COSTIND in 1999 and moved to the Songbei campus in 2005.", set()),
        ("EVU was transferred to COSTIND in 1999, which was replaced by SASTIND in 2008.", set()),
        # another body's move, a merger, a renaming: not the institution's next move
        (
            "In 1999, EVU was transferred to COSTIND, and in 2008 CETC was transferred to SASAC.",
            {("subordinateTo", COSTIND, "1999", None)},
        ),
        (
            "EVU was transferred to COSTIND in 1999 and merged with Westvale University in 2000.",
            {("subordinateTo", COSTIND, "1999", None)},
        ),
        (
            "EVU was transferred to COSTIND in 1999 and renamed Eastvale Polytechnic in 2003.",
            {("subordinateTo", COSTIND, "1999", None)},
        ),
        ("EVU is subordinate to MIIT and reportedly to SASTIND.", {("subordinateTo", MIIT, None, None)}),
        (
            "EVU is subordinate to MIIT and to SASTIND.",
            {("subordinateTo", MIIT, None, None), ("subordinateTo", SASTIND, None, None)},
        ),
    ],
)
def test_a_supervision_history_of_several_moves_in_one_sentence(project, tmp_path, sentence, expected):
    """Several moves in one sentence, forty-third session: every move but the last a former
    supervisor, from its year to the next move's; the last who supervises it now, unless the
    sentence says it ended (each unread before, or read as the first move's present)."""
    ctx = page(
        project,
        tmp_path,
        "eastvale-university",
        "Eastvale University\n\n\nEastvale University (EVU) is designated high risk for its defence research.\n\n"
        f"{sentence}\n",
    )
    assert supervision_read(ctx, "eastvale-university") == expected


CASIC = "china-aerospace-science-and-industry-corporation"
MOE = "ministry-of-education"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a move, then who supervises now: the move's agency a former one (implied), ended when the
        # next began where the sentence says (before: no end), or with no end after "now"
        (
            "EVU came under COSTIND in 1999 and has been supervised by MIIT since 2008.",
            {("formerlySupervisedBy", COSTIND, "1999", "2008"), ("supervisedBy", MIIT, "2008", None)},
        ),
        (  # (before: COSTIND as present)
            "EVU came under COSTIND in 1999 and is now under MIIT.",
            {("formerlySupervisedBy", COSTIND, "1999", None), ("subordinateTo", MIIT, None, None)},
        ),
        (
            "EVU was transferred from the Ministry of Aviation Industry to COSTIND in 1999; it is now supervised "
            "by CASC and MIIT.",
            {
                ("formerlySupervisedBy", "ministry-of-aviation-industry", None, "1999"),
                ("formerlySupervisedBy", COSTIND, "1999", None),
                ("supervisedBy", CASC, None, None),
                ("supervisedBy", MIIT, None, None),
            },
        ),
        (
            "In 1999, EVU came under COSTIND, and today it is run by MIIT.",
            {("formerlySupervisedBy", COSTIND, "1999", None), ("supervisedBy", MIIT, None, None)},
        ),
        (  # (before: COSTIND as present twice, the possessor of "successor" read as a supervisor)
            "EVU came under COSTIND in 1999 and is now run by MIIT and COSTIND's successor SASTIND.",
            {
                ("formerlySupervisedBy", COSTIND, "1999", None),
                ("supervisedBy", MIIT, None, None),
                ("supervisedBy", SASTIND, None, None),
            },
        ),
        (
            "EVU came under CETC in 2002; it is currently supervised by SASTIND.",
            {
                ("formerlySupervisedBy", "china-electronics-technology-group-corporation", "2002", None),
                ("supervisedBy", SASTIND, None, None),
            },
        ),
        (  # the sentence right after the move
            "EVU was placed under the Ministry of Education in 2000. It is now supervised by MIIT.",
            {("formerlySupervisedBy", MOE, "2000", None), ("supervisedBy", MIIT, None, None)},
        ),
        # the move's agency still named, an addition, another body's, a sentence between: kept as they were
        (
            "EVU came under COSTIND in 1999 and is now also supervised by MIIT.",
            {("subordinateTo", COSTIND, "1999", None), ("supervisedBy", MIIT, None, None)},
        ),
        (
            "EVU came under CASIC in 2002 and is now jointly run by CASIC and the Hubei Provincial Government.",
            {
                ("subordinateTo", CASIC, "2002", None),
                ("jointlySupervisedBy", CASIC, None, None),
                ("jointlySupervisedBy", HUBEI, None, None),
            },
        ),
        (
            "EVU came under MIIT in 2008 and is now one of the seven universities under MIIT.",
            {("subordinateTo", MIIT, "2008", None)},
        ),
        (
            "EVU came under the MOE in 2000, and its laboratory is now under CETC.",
            {("subordinateTo", MOE, "2000", None)},
        ),
        ("EVU came under COSTIND in 1999, which is now under MIIT.", {("subordinateTo", COSTIND, "1999", None)}),
        (
            "EVU was placed under the MOE in 2000. EVU hosts the Osprey Laboratory. It is now supervised by CASIC.",
            {("subordinateTo", MOE, "2000", None)},
        ),
        (
            "EVU came under COSTIND in 1999 and has also been supervised by SASTIND since 2010.",
            {("subordinateTo", COSTIND, "1999", None), ("supervisedBy", SASTIND, "2010", None)},
        ),
        (  # (the attempt told in the supervision histories section read MIIT as former)
            "EVU was run by COSTIND until 2008 and is now under MIIT.",
            {("formerlySupervisedBy", COSTIND, None, "2008"), ("subordinateTo", MIIT, None, None)},
        ),
    ],
)
def test_a_move_then_who_supervises_it_now(project, tmp_path, sentence, expected):
    """A move, then a supervision that began later or is said of now ("... and is now under MIIT",
    "; it is now supervised by CASC and MIIT", "It is now supervised by MIIT." right after): the
    move's agency supervised it once (implied), until the later one's start where given; not
    when the later clause names it again, adds to it ("also", "jointly"), or is another's."""
    ctx = page(
        project,
        tmp_path,
        "eastvale-university",
        "Eastvale University\n\n\nEastvale University (EVU) is designated high risk for its defence research.\n\n"
        f"{sentence}\n",
    )
    assert supervision_read(ctx, "eastvale-university") == expected


def supervision_graded(ctx, subject: str) -> set[tuple[str, str, str | None, str | None, str]]:
    """``supervision_read`` with each statement's certainty."""
    triples = list(ctx.triples)
    grade = {s: str(o).rsplit("/", 1)[-1] for s, p, o in triples if p == DKG.certainty}
    statements = {s: o for s, p, o in triples if p == RDF.subject and o == ID[subject]}
    read = supervision_read(ctx, subject)
    out = set()
    for st in statements:
        about = {p: o for s, p, o in triples if s == st}
        relation, agency = (str(about[x]).rsplit("#", 1)[-1].rsplit("/", 1)[-1] for x in (RDF.predicate, RDF.object))
        out |= {(*r, grade[st]) for r in read if r[:2] == (relation, agency)}
    return out


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a hedged present after a move (before: the move's agency present, stated): the agency gave way
        # only as the text reports it (possible, no plain edge); the hedged present is not read
        (
            "EVU came under COSTIND in 1999 and is now reportedly run by MIIT.",
            {("formerlySupervisedBy", COSTIND, "1999", None, "possible")},
        ),
        (
            "EVU came under COSTIND in 1999 and is now allegedly under MIIT.",
            {("formerlySupervisedBy", COSTIND, "1999", None, "possible")},
        ),
        (
            "EVU came under COSTIND in 1999; it is now reportedly supervised by MIIT.",
            {("formerlySupervisedBy", COSTIND, "1999", None, "possible")},
        ),
        # one more with its verb left out: an addition, ending none (before: SASTIND unread)
        (
            "EVU was transferred to MIIT in 2008 and also to SASTIND in 2013.",
            {("subordinateTo", MIIT, "2008", None, "stated"), ("subordinateTo", SASTIND, "2013", None, "stated")},
        ),
        # kept as they were: a plain present after the move (implied), a move with "then", a hedged addition
        (
            "EVU came under COSTIND in 1999 and is now under MIIT.",
            {("formerlySupervisedBy", COSTIND, "1999", None, "implied"), ("subordinateTo", MIIT, None, None, "stated")},
        ),
        (
            "EVU was transferred to COSTIND in 1999 and then to MIIT in 2008.",
            {
                ("formerlySupervisedBy", COSTIND, "1999", "2008", "stated"),
                ("subordinateTo", MIIT, "2008", None, "stated"),
            },
        ),
        (
            "EVU was transferred to MIIT in 2008 and possibly also to SASTIND in 2013.",
            {("subordinateTo", MIIT, "2008", None, "stated")},
        ),
    ],
)
def test_a_hedged_present_or_an_addition_after_a_move(project, tmp_path, sentence, expected):
    """What a move is followed by: a present the text only reports ends the move's agency as
    possible, not stated present; "and also to SASTIND" is one more supervisor, not a move."""
    ctx = page(
        project,
        tmp_path,
        "eastvale-university",
        "Eastvale University\n\n\nEastvale University (EVU) is designated high risk for its defence research.\n\n"
        f"{sentence}\n",
    )
    assert supervision_graded(ctx, "eastvale-university") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "was handed over to" a wording of a transfer (each unread before)
        ("EVU was handed over to the Ministry of Education in 2000.", {("subordinateTo", MOE, "2000", None)}),
        ("In 2006, EVU was handed over to the Hubei Provincial Government.", {("subordinateTo", HUBEI, "2006", None)}),
        (
            "EVU was handed over from the Ministry of Electronics Industry to the MOE in 1998.",
            {
                ("formerlySupervisedBy", "ministry-of-electronics-industry", None, "1998"),
                ("subordinateTo", MOE, "1998", None),
            },
        ),
        (
            "EVU was handed over to the MOE in 2000 and to the Hubei Provincial Government in 2006.",
            {("formerlySupervisedBy", MOE, "2000", "2006"), ("subordinateTo", HUBEI, "2006", None)},
        ),
        (
            "EVU was handed over to the MOE in 1998 and handed back to CASC in 2001.",
            {("formerlySupervisedBy", MOE, "1998", "2001"), ("subordinateTo", CASC, "2001", None)},
        ),
        # not the institution's, active, hedged, no agency: unread as before
        ("EVU's old campus was handed over to the Xi'an Municipal Government in 2005.", set()),
        ("Its research vessel was handed over to the PLA Navy in 2012.", set()),
        ("EVU handed over its flight simulator to the PLA Air Force in 2012.", set()),
        ("EVU was reportedly handed over to CASIC in 2001.", set()),
        ("EVU was handed over to local authorities in 2000.", set()),
    ],
)
def test_a_handing_over_is_a_transfer_of_supervision(project, tmp_path, sentence, expected):
    """ "was handed over to the MOE in 2000": under the MOE since, as "was transferred to" says,
    with the sequence and the agency it came from read the same way."""
    ctx = page(
        project,
        tmp_path,
        "eastvale-university",
        "Eastvale University\n\n\nEastvale University (EVU) is designated high risk for its defence research.\n\n"
        f"{sentence}\n",
    )
    assert supervision_read(ctx, "eastvale-university") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "was also placed under": one more supervisor, the first not ended (SASTIND unread before)
        (
            "EVU came under the MOE in 2000 and was also placed under SASTIND in 2013.",
            {("subordinateTo", MOE, "2000", None), ("subordinateTo", SASTIND, "2013", None)},
        ),
        (
            "EVU is subordinate to MIIT and was also placed under the PLA Navy in 2017.",
            {("subordinateTo", MIIT, None, None), ("subordinateTo", "pla-navy", "2017", None)},
        ),
        (
            "EVU was transferred to the MOE in 2000 and has also been placed under SASTIND since 2013.",
            {("subordinateTo", MOE, "2000", None), ("subordinateTo", SASTIND, "2013", None)},
        ),
        (  # (its clause's own start: before, the transfer's "was" put it in the past)
            "EVU was transferred to the Hubei Provincial Government in 2004 and was also placed under the China "
            "Atomic Energy Authority in 2015.",
            {("subordinateTo", HUBEI, "2004", None), ("subordinateTo", "china-atomic-energy-authority", "2015", None)},
        ),
        # both given way to one said of now (before: COSTIND as present)
        (
            "EVU came under COSTIND in 1999 and was also placed under the Hubei Provincial Government in 2003; "
            "it is now run by MIIT.",
            {
                ("formerlySupervisedBy", COSTIND, "1999", None),
                ("formerlySupervisedBy", HUBEI, "2003", None),
                ("supervisedBy", MIIT, None, None),
            },
        ),
        # another body's, no body named: as before
        ("EVU's laboratory was also placed under SASTIND in 2013.", set()),
        (
            "EVU came under the MOE in 2000 and its institute was also placed under CETC in 2013.",
            {("subordinateTo", MOE, "2000", None)},
        ),
        (
            "EVU came under the MOE in 2000 and was also placed under review in 2013.",
            {("subordinateTo", MOE, "2000", None)},
        ),
    ],
)
def test_an_agency_added_ends_none_before_it(project, tmp_path, sentence, expected):
    """ "... and was also placed under SASTIND in 2013": SASTIND one more supervisor since that
    year, the one before not ended (an addition is no move of the sequence)."""
    ctx = page(
        project,
        tmp_path,
        "eastvale-university",
        "Eastvale University\n\n\nEastvale University (EVU) is designated high risk for its defence research.\n\n"
        f"{sentence}\n",
    )
    assert supervision_read(ctx, "eastvale-university") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a change only said, thought, believed or rumoured after a move (before: the move's agency
        # present, stated): it gave way only as far as the hedge goes (possible); the new one unread
        (
            "EVU came under COSTIND in 1999 and is now said to be under MIIT.",
            {("formerlySupervisedBy", COSTIND, "1999", None, "possible")},
        ),
        (
            "EVU was transferred to the MOE in 2000 and is thought to have been transferred to MIIT in 2009.",
            {("formerlySupervisedBy", MOE, "2000", "2009", "possible")},
        ),
        (
            "EVU came under the Ministry of Electronics Industry in 1993 and is understood to be now under MIIT.",
            {("formerlySupervisedBy", "ministry-of-electronics-industry", "1993", None, "possible")},
        ),
        (
            "EVU came under the MOE in 1998 and is believed to now report to SASTIND.",
            {("formerlySupervisedBy", MOE, "1998", None, "possible")},
        ),
        (
            "EVU came under CASC in 2001 and appears to be now supervised by SASTIND.",
            {("formerlySupervisedBy", CASC, "2001", None, "possible")},
        ),
        (
            "EVU came under COSTIND in 1999; it is rumoured to have moved under MIIT in 2008.",
            {("formerlySupervisedBy", COSTIND, "1999", "2008", "possible")},
        ),
        (  # (the second set's: "now" before "to", and a name the registry holds for two groups)
            "EVU was handed over to the MOE in 2000 and seems now to be under MIIT.",
            {("formerlySupervisedBy", MOE, "2000", None, "possible")},
        ),
        (
            "EVU was transferred to the Ministry of Transport in 1998 and is widely believed to have been handed "
            "over to CSSC in 2012.",
            {("formerlySupervisedBy", "ministry-of-transport", "1998", "2012", "possible")},
        ),
        # kept as they were: one more said beside it, the same agency again, a present without "now"
        (
            "EVU came under COSTIND in 1999 and is also said to be run by MIIT.",
            {("subordinateTo", COSTIND, "1999", None, "stated")},
        ),
        (
            "EVU came under CASC in 2001 and is thought to be now jointly run by CASC and SASTIND.",
            {("subordinateTo", CASC, "2001", None, "stated")},
        ),
        (
            "EVU came under COSTIND in 1999 and is said to be under MIIT.",
            {("subordinateTo", COSTIND, "1999", None, "stated")},
        ),
        (
            "EVU came under COSTIND in 1999 and is believed to hold secret-level security credentials.",
            {("subordinateTo", COSTIND, "1999", None, "stated")},
        ),
    ],
)
def test_a_change_only_said_or_believed_after_a_move(project, tmp_path, sentence, expected):
    """ "... and is now said to be under MIIT", "... and is thought to have been transferred to MIIT
    in 2009": the move's agency supervised it from its year, and gave way only as far as the
    hearsay or belief is true (possible, no plain edge); the hedged successor is not read."""
    ctx = page(
        project,
        tmp_path,
        "eastvale-university",
        "Eastvale University\n\n\nEastvale University (EVU) is designated high risk for its defence research.\n\n"
        f"{sentence}\n",
    )
    assert supervision_graded(ctx, "eastvale-university") == expected


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # a hedged change told in the next sentence, of "It" or the institution (before: the move's agency
        # present, stated; or former, implied, with no end): gave way only possibly, ended as the change says
        (
            "EVU came under COSTIND in 1999. It may since have come under MIIT.",
            {("formerlySupervisedBy", COSTIND, "1999", None, "possible")},
        ),
        (
            "EVU came under COSTIND in 1999. It is now thought to be under MIIT.",
            {("formerlySupervisedBy", COSTIND, "1999", None, "possible")},
        ),
        (
            "EVU was transferred to the MOE in 2000. It is believed to have been transferred to MIIT in 2009.",
            {("formerlySupervisedBy", MOE, "2000", "2009", "possible")},
        ),
        (
            "EVU came under COSTIND in 1999. It was reportedly transferred to MIIT in 2008.",
            {("formerlySupervisedBy", COSTIND, "1999", "2008", "possible")},
        ),
        (
            "EVU was placed under CASC in 2001. It probably came under SASTIND in 2010.",
            {("formerlySupervisedBy", CASC, "2001", "2010", "possible")},
        ),
        (
            "In 1999, EVU was placed under CASIC. It has reportedly since been transferred to SASTIND.",
            {("formerlySupervisedBy", CASIC, "1999", None, "possible")},
        ),
        (
            "EVU was transferred to the MOE in 2000. EVU is believed to have been transferred to MIIT in 2009.",
            {("formerlySupervisedBy", MOE, "2000", "2009", "possible")},
        ),
        # (forty-seventh session: the present said before "it"; the new agency unread, as everywhere)
        (
            "EVU came under COSTIND in 1999. Today it is said to be supervised by MIIT.",
            {("formerlySupervisedBy", COSTIND, "1999", None, "possible")},
        ),
        (
            "EVU came under the MOE in 2000. Currently, it is believed to be under MIIT.",
            {("formerlySupervisedBy", MOE, "2000", None, "possible")},
        ),
        (
            "EVU came under COSTIND in 1998. Nowadays it is reportedly run by MIIT.",
            {("formerlySupervisedBy", COSTIND, "1998", None, "possible")},
        ),
        # kept: an end stated, "It" that may be another body, one more, a present without "now", another's
        (
            "Eastvale University was supervised by COSTIND until 2008. It may since have come under MIIT.",
            {("formerlySupervisedBy", COSTIND, None, "2008", "stated")},
        ),
        (
            "EVU came under COSTIND in 1999 and hosts the Radar Laboratory. It may since have come under MIIT.",
            {("subordinateTo", COSTIND, "1999", None, "stated")},
        ),
        (
            "EVU came under COSTIND in 1999 and works with HIT, which is one of the Seven Sons. It may since have "
            "come under MIIT.",
            {("subordinateTo", COSTIND, "1999", None, "stated")},
        ),
        (
            "EVU came under COSTIND in 1999. It may also have come under MIIT.",
            {("subordinateTo", COSTIND, "1999", None, "stated")},
        ),
        # (one more, said after the agency: COSTIND was made former, possible, before)
        (
            "EVU came under COSTIND in 1999. It may now be under SASTIND as well.",
            {("subordinateTo", COSTIND, "1999", None, "stated")},
        ),
        (
            "EVU came under COSTIND in 1999. Today it may be under SASTIND too.",
            {("subordinateTo", COSTIND, "1999", None, "stated")},
        ),
        (
            "EVU came under COSTIND in 1999. It is reportedly run by MIIT.",
            {("subordinateTo", COSTIND, "1999", None, "stated")},
        ),
        (
            "EVU came under COSTIND in 1999. It is thought to be under MIIT.",
            {("subordinateTo", COSTIND, "1999", None, "stated")},
        ),
        (
            "EVU came under COSTIND in 1999. CETC may since have come under MIIT.",
            {("subordinateTo", COSTIND, "1999", None, "stated")},
        ),
        (
            "EVU came under COSTIND in 1999. It is now run by MIIT.",
            {("formerlySupervisedBy", COSTIND, "1999", None, "implied"), ("supervisedBy", MIIT, None, None, "stated")},
        ),
    ],
)
def test_a_hedged_change_in_the_next_sentence(project, tmp_path, sentences, expected):
    """ "EVU came under COSTIND in 1999. It may since have come under MIIT.": COSTIND supervised it
    from 1999, and gave way only as far as the hedged sentence is true (possible, no plain edge);
    MIIT is not read (the project records no hedged supervision). Only where "It" can stand for
    nothing but the institution."""
    ctx = page(
        project,
        tmp_path,
        "eastvale-university",
        "Eastvale University\n\n\nEastvale University (EVU) is designated high risk for its defence research.\n\n"
        f"{sentences}\n",
    )
    assert supervision_graded(ctx, "eastvale-university") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the move's agency said only as hearsay, belief or a likelihood still to supervise it (before:
        # present, stated): under it since the move, and now only possibly (a statement, no plain edge)
        (
            "In 2015 the university was transferred from MIIT to SASTIND, which probably still oversees it.",
            {
                ("formerlySupervisedBy", MIIT, None, "2015", "stated"),
                ("subordinateTo", SASTIND, "2015", None, "possible"),
            },
        ),
        (
            "EVU was transferred to SASTIND in 2015; it is believed to remain under SASTIND.",
            {("subordinateTo", SASTIND, "2015", None, "possible")},
        ),
        (
            "EVU came under COSTIND in 1999 and is thought to still be under COSTIND.",
            {("subordinateTo", COSTIND, "1999", None, "possible")},
        ),
        (
            "In 2008 EVU was handed over to MIIT, which is believed to supervise it still.",
            {("subordinateTo", MIIT, "2008", None, "possible")},
        ),
        (
            "EVU was transferred from COSTIND to MIIT in 2008 and probably remains under MIIT.",
            {
                ("formerlySupervisedBy", COSTIND, None, "2008", "stated"),
                ("subordinateTo", MIIT, "2008", None, "possible"),
            },
        ),
        (
            "EVU came under CASC in 2001 and is said to be still run by CASC.",
            {("subordinateTo", CASC, "2001", None, "possible")},
        ),
        (
            "EVU was transferred to MIIT in 2008 and may still be under it.",
            {("subordinateTo", MIIT, "2008", None, "possible")},
        ),
        (  # (the second set's: an adverb before "still", "reports to")
            "EVU was transferred from COSTIND to SASTIND in 2008 and is likely still overseen by SASTIND.",
            {
                ("formerlySupervisedBy", COSTIND, None, "2008", "stated"),
                ("subordinateTo", SASTIND, "2008", None, "possible"),
            },
        ),
        (
            "EVU was placed under SASTIND in 2012 and apparently still reports to SASTIND.",
            {("subordinateTo", SASTIND, "2012", None, "possible")},
        ),
        # (forty-seventh session: the agency as the later clause's subject; the next sentence)
        (
            "EVU was transferred from COSTIND to MIIT in 2008; MIIT probably still oversees it.",
            {
                ("formerlySupervisedBy", COSTIND, None, "2008", "stated"),
                ("subordinateTo", MIIT, "2008", None, "possible"),
            },
        ),
        (
            "EVU was transferred to SASTIND in 2015, and SASTIND is thought to still supervise the university.",
            {("subordinateTo", SASTIND, "2015", None, "possible")},
        ),
        (
            "EVU was placed under SASTIND in 2010. It is believed to remain under SASTIND.",
            {("subordinateTo", SASTIND, "2010", None, "possible")},
        ),
        (
            "EVU came under MIIT in 2008. MIIT probably still oversees it.",
            {("subordinateTo", MIIT, "2008", None, "possible")},
        ),
        # kept: said plainly, a hedged clause about something else, a hedged present of another agency
        (
            "EVU was transferred to MIIT in 2008; MIIT still oversees it.",
            {("subordinateTo", MIIT, "2008", None, "stated")},
        ),
        (
            "EVU was transferred to MIIT in 2008; MIIT probably still oversees its laboratories.",
            {("subordinateTo", MIIT, "2008", None, "stated")},
        ),
        (
            "EVU came under MIIT in 2008 and hosts the Radar Laboratory. It is believed to remain under MIIT.",
            {("subordinateTo", MIIT, "2008", None, "stated")},
        ),
        (
            "EVU came under MIIT in 2008. It is believed to remain under SASTIND.",
            {("subordinateTo", MIIT, "2008", None, "stated")},
        ),
        (
            "EVU was transferred to SASTIND in 2015, which still oversees it.",
            {("subordinateTo", SASTIND, "2015", None, "stated")},
        ),
        (
            "EVU was placed under SASTIND in 2013, which probably funds most of its research.",
            {("subordinateTo", SASTIND, "2013", None, "stated")},
        ),
        (
            "EVU came under the MOE in 2000 and is believed to be under MIIT.",
            {("subordinateTo", MOE, "2000", None, "stated")},
        ),
    ],
)
def test_the_moves_agency_only_believed_still_to_supervise_it(project, tmp_path, sentence, expected):
    """ "was transferred from MIIT to SASTIND in 2015, which probably still oversees it": the move
    is stated (MIIT until 2015, SASTIND from then); that SASTIND supervises it now, only possible."""
    ctx = page(
        project,
        tmp_path,
        "eastvale-university",
        "Eastvale University\n\n\nEastvale University (EVU) is designated high risk for its defence research.\n\n"
        f"{sentence}\n",
    )
    assert supervision_graded(ctx, "eastvale-university") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a verb of beginning with a span after the agencies: a supervision that ended (unread before)
        (
            "EVU was also placed under the PLA Air Force from 2012 to 2016.",
            {("formerlySupervisedBy", "pla-air-force", "2012", "2016")},
        ),
        (
            "EVU came under the MOE in 2000 and was also placed under SASTIND from 2013 to 2018.",
            {("subordinateTo", MOE, "2000", None), ("formerlySupervisedBy", SASTIND, "2013", "2018")},
        ),
        ("EVU was placed under CETC until 2015.", {("formerlySupervisedBy", CETC, None, "2015")}),
        ("EVU came under CASIC from 2003 until 2010.", {("formerlySupervisedBy", CASIC, "2003", "2010")}),
        # left: "between" may be when it was placed there; a transfer is an event, not the state
        ("EVU was placed under CASIC between 2003 and 2010.", set()),
        ("EVU was transferred to MIIT until 2015.", set()),
        ("EVU was transferred to MIIT from 2008 to 2015.", set()),
        # kept: a span of a verb of state, a start alone
        ("EVU was supervised by SASTIND between 2010 and 2015.", {("formerlySupervisedBy", SASTIND, "2010", "2015")}),
        ("EVU was placed under SASTIND in 2013.", {("subordinateTo", SASTIND, "2013", None)}),
    ],
)
def test_a_verb_of_beginning_with_a_span_is_a_former_supervision(project, tmp_path, sentence, expected):
    """ "was also placed under SASTIND from 2013 to 2018", "came under CETC until 2015": under it
    for that span only, so a former supervision with its dates, never a present one."""
    ctx = page(
        project,
        tmp_path,
        "eastvale-university",
        "Eastvale University\n\n\nEastvale University (EVU) is designated high risk for its defence research.\n\n"
        f"{sentence}\n",
    )
    assert supervision_read(ctx, "eastvale-university") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an agency's own clause after the institution's relation, "since then" the year before it
        # told (each agency of the clause unread before)
        (
            "EVU was supervised by the State Seismological Bureau until 1998, and the China Earthquake "
            "Administration has supervised it since then.",
            {
                ("formerlySupervisedBy", "state-seismological-bureau", None, "1998"),
                ("supervisedBy", "china-earthquake-administration", "1998", None),
            },
        ),
        (
            "EVU is supervised by MIIT, and SASTIND has also supervised it since 2012.",
            {("supervisedBy", MIIT, None, None), ("supervisedBy", SASTIND, "2012", None)},
        ),
        (  # (the last end before "then", not the first)
            "EVU was supervised by the MOE from 1990 to 1998 and by the CAAC until 2003, and CASC has supervised it "
            "since then.",
            {
                ("formerlySupervisedBy", MOE, "1990", "1998"),
                ("formerlySupervisedBy", "civil-aviation-administration-of-china", None, "2003"),
                ("supervisedBy", CASC, "2003", None),
            },
        ),
        (
            "EVU is supervised by MIIT, and SASTIND also oversees it.",
            {("supervisedBy", MIIT, None, None), ("supervisedBy", SASTIND, None, None)},
        ),
        # "it" not the institution's, hedged, another body's object: as before
        ("EVU hosts the Osprey Laboratory, and CASIC has run it since 2010.", set()),
        (
            "EVU is supervised by MIIT, and SASTIND has reportedly supervised it since 2012.",
            {("supervisedBy", MIIT, None, None)},
        ),
        (
            "EVU is supervised by MIIT, and CETC has supervised its radar institute since 2012.",
            {("supervisedBy", MIIT, None, None)},
        ),
        # an agreement's clause after the list is no list of supervisors (before: SASTIND and the
        # province read as supervising)
        (
            "EVU is supervised by the MOE, and SASTIND also signed a joint construction agreement with the Hubei "
            "Provincial Government in 2015.",
            {("supervisedBy", MOE, None, None)},
        ),
    ],
)
def test_an_agencys_own_clause_after_the_institutions_relation(project, tmp_path, sentence, expected):
    """ "..., and the China Earthquake Administration has supervised it since then": the agency a
    supervisor of the institution, "it" read so only after a relation of the institution's."""
    ctx = page(
        project,
        tmp_path,
        "eastvale-university",
        "Eastvale University\n\n\nEastvale University (EVU) is designated high risk for its defence research.\n\n"
        f"{sentence}\n",
    )
    assert supervision_read(ctx, "eastvale-university") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the year told in a relative clause of the parties (undated before)
        (
            "EVU is run by the Fujian Provincial Government and SASTIND, which signed a joint-construction agreement "
            "with the province in 2013.",
            {("fujian-provincial-government", "2013"), (SASTIND, "2013")},
        ),
        (
            "EVU is jointly built by the MOE and SASTIND, which signed a joint construction agreement in 2011.",
            {(MOE, "2011"), (SASTIND, "2011")},
        ),
        # a relative clause of another agreement or of an end: no year of the construction's
        (
            "EVU is jointly built by the MOE and SASTIND, which signed a cooperation agreement in 2011.",
            {(MOE, None), (SASTIND, None)},
        ),
        (
            "EVU is jointly constructed by the MOE and SASTIND since 2005, which signed a second joint-construction "
            "agreement in 2011.",
            {(MOE, "2005"), (SASTIND, "2005")},
        ),
    ],
)
def test_a_joint_construction_dated_in_its_parties_relative_clause(project, tmp_path, sentence, expected):
    """ "SASTIND, which signed a joint-construction agreement with the province in 2013": the
    agreement's year, told of its parties after the clause that names them."""
    ctx = page(
        project,
        tmp_path,
        "eastvale-university",
        "Eastvale University\n\n\nEastvale University (EVU) is designated high risk for its defence research.\n\n"
        f"{sentence}\n",
    )
    triples = list(ctx.triples)
    constructions = {
        s for s, p, o in triples if p == DKG.agreementKind and str(o).endswith("agreement-kind/joint-construction")
    }
    years = {s: str(o) for s, p, o in triples if p == DKG.when}
    dates = {s: years.get(o) for s, p, o in triples if p == DKG.date}
    parties = {
        (str(o).rsplit("/", 1)[-1], dates.get(s)) for s, p, o in triples if s in constructions and p == DKG.party
    }
    assert parties - {("eastvale-university", year) for _, year in parties} == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In 2010, the CAAC and the Sichuan Provincial Government signed an agreement to co-construct EVU.",
            {("civil-aviation-administration-of-china", "2010"), ("sichuan-provincial-government", "2010")},
        ),
        (
            "EVU has also been jointly built by the CAEA and the Gansu Provincial Government since 2020.",
            {("china-atomic-energy-authority", "2020"), ("gansu-provincial-government", "2020")},
        ),
        # an agency with its successor named after it is one list of parties, the years the clause's
        # (before: "and its" opened a clause of its own, and COSTIND and both years were lost)
        (
            'In 2009 and again in 2016, COSTIND and its successor SASTIND signed "joint construction" agreements '
            "with the Hebei Provincial Government to build EVU.",
            {(party, year) for party in (COSTIND, SASTIND, "hebei-provincial-government") for year in ("2009", "2016")},
        ),
        ("The CAAC and EVU agreed to co-construct a flight simulator.", set()),
        ("Westvale University has also been jointly built by the CAEA and the Gansu Provincial Government.", set()),
        ("EVU has also been jointly building a wind tunnel with the CAAC since 2020.", set()),
    ],
)
def test_a_joint_construction_with_co_construct_or_has_also_been(project, tmp_path, sentence, expected):
    """ "an agreement to co-construct EVU" and "has also been jointly built by": the institution's
    joint construction, its parties and year (before: an agreement of no kind, and unread)."""
    ctx = page(
        project,
        tmp_path,
        "eastvale-university",
        "Eastvale University\n\n\nEastvale University (EVU) is designated high risk for its defence research.\n\n"
        f"{sentence}\n",
    )
    triples = list(ctx.triples)
    constructions = {
        s for s, p, o in triples if p == DKG.agreementKind and str(o).endswith("agreement-kind/joint-construction")
    }
    years = {s: str(o) for s, p, o in triples if p == DKG.when}
    dates = {s: years.get(o) for s, p, o in triples if p == DKG.date}
    assert {
        (str(o).rsplit("/", 1)[-1], dates.get(s)) for s, p, o in triples if s in constructions and p == DKG.party
    } == expected


def test_an_agency_named_as_one_of_the_institutions_supervising_agencies(project, tmp_path):
    ctx = page(
        project,
        tmp_path,
        "northvale-university",
        "Northvale University\n\n\nNorthvale University (NVU) is designated high risk for its defence research.\n\n"
        "In 2007, the PLA Navy became one of NVU's supervising agencies. The PLA Air Force became a supervising "
        "agency of NVU in 2011. NVU's supervising agencies include MIIT. CETC is also one of Southvale "
        "University's supervising agencies. In 2014, SASTIND became one of NVU's supervising agencies, and in "
        "2016 the Hunan Provincial Government also joined.\n",
    )
    assert observed(ctx)["supervisingAgency"] == {
        "pla-navy",
        "pla-air-force",
        "ministry-of-industry-and-information-technology",
        SASTIND,
    }
    starts = {o for s, p, o in ctx.triples if p == DKG.startDate}
    # (2016 is the year of the clause after, not SASTIND's)
    assert {str(o) for s, p, o in ctx.triples if s in starts and p == DKG.when} == {"2007", "2011", "2014"}


def test_the_state_councils_and_the_cmcs_bodies_and_the_theatre_commands_are_known(project, tmp_path):
    """Bodies the tracker's pages name as supervisors, co-builders and partners beyond the defence
    ones: each the registry's (before, "the Ministry of Transport" was minted, and the others unread)."""
    ctx = page(
        project,
        tmp_path,
        "kestrel-maritime-university",
        "Kestrel Maritime University\n\n\nKestrel Maritime University (KMU) is designated very high risk "
        "for its defence links.\n\nKMU is supervised by the Ministry of Transport. KMU is jointly "
        "constructed by the Civil Aviation Administration of China and the Liaoning Provincial Government. "
        "In 2016 KMU signed a cooperation agreement with the China Atomic Energy Authority. KMU has "
        "collaborated with the PLA Southern Theater Command on maritime logistics. The university trains "
        "officers for the CMC Political Work Department.\n",
    )
    found = observed(ctx)
    assert found["supervisedBy"] == {"ministry-of-transport"}
    assert found["collaboratesWith"] == {"southern-theater-command"}
    assert found["trainsPersonnelFor"] == {"cmc-political-work-department"}
    parties = {str(o).rsplit("/", 1)[-1] for _, p, o in ctx.triples if p == DKG.party}
    # the agreement's, and both co-builders (the CAAC was dropped from the pair before)
    assert parties - {"kestrel-maritime-university"} == {
        "china-atomic-energy-authority",
        "civil-aviation-administration-of-china",
        "liaoning-provincial-government",
    }


def test_a_known_chinese_body_after_another_countrys_possessive_is_a_namesake_abroad(project, tmp_path):
    """ "Singapore's Ministry of Transport" is not China's ministry (the registry knows its country):
    left unread, where it was China's ministry given Singapore as its country; a body the registry
    places in that country is still read."""
    ctx = page(
        project,
        tmp_path,
        "kestrel-maritime-university",
        "Kestrel Maritime University\n\n\nKestrel Maritime University (KMU) is designated very high risk for "
        "its defence links.\n\nKMU signed an agreement with Singapore's Ministry of Transport in 2018. KMU "
        "signed an agreement with Singapore's Ministry of Science and Technology in 2019. KMU collaborates with "
        "Singapore's Nanyang Technological University.\n",
    )
    found = observed(ctx)
    assert found["collaboratesWith"] == {"nanyang-technological-university"}
    assert "agreementPartner" not in found
    assert not {o for _, p, o in ctx.triples if p == DKG.country} - {vocab("country", "SG")}
    assert not any(
        s in (ID["ministry-of-transport"], ID["ministry-of-science-and-technology"]) for s, _, _ in ctx.triples
    )


def test_former_central_bodies_are_the_registrys(project, tmp_path):
    """Ministries, commissions and groups that no longer exist, named in a supervision history, as
    partners and as parties: each the registry's, its dates kept. Before, "the Ministry of
    Communications" and "China Aerospace Corporation" were unread, "AVIC II" was today's AVIC and
    "the State Economic and Trade Commission" a "Trade Commission"."""
    ctx = page(
        project,
        tmp_path,
        "larchfield-polytechnic-university",
        "Larchfield Polytechnic University\n\n\nLarchfield Polytechnic University (LPU) is designated high "
        "risk for its defence links.\n\nLPU was run by the Ministry of Posts and Telecommunications until 1998. "
        "LPU was supervised by AVIC II until 2008. LPU was once subordinate to China Aerospace Corporation. "
        "LPU was transferred from the State Economic and Trade Commission to the Hubei Provincial Government "
        "in 2000. LPU collaborates with the Ministry of Communications on bridge engineering. In 2001, LPU "
        "signed a cooperation agreement with the Ministry of Land and Resources.\n",
    )
    assert supervision_read(ctx, "larchfield-polytechnic-university") >= {
        ("formerlySupervisedBy", "ministry-of-posts-and-telecommunications", None, "1998"),
        ("formerlySupervisedBy", "china-aviation-industry-corporation-ii", None, "2008"),
        ("formerlySupervisedBy", "china-aerospace-corporation", None, None),
        ("formerlySupervisedBy", "state-economic-and-trade-commission", None, "2000"),
    }
    found = observed(ctx)
    assert "aviation-industry-corporation-of-china" not in found["formerlySupervisedBy"]
    assert found["collaboratesWith"] == {"ministry-of-communications"}
    parties = {str(o).rsplit("/", 1)[-1] for _, p, o in ctx.triples if p == DKG.party}
    assert parties == {"larchfield-polytechnic-university", "ministry-of-land-and-resources"}
    # the registry's bodies, not ones minted from the page
    assert not {o for _, p, o in ctx.triples if p == SKOS.prefLabel} & {
        Literal("Ministry of Posts and Telecommunications"),
        Literal("Trade Commission"),
    }


def test_a_former_body_transferred_from_is_a_former_supervisor(project, tmp_path):
    """ "transferred from <former group> to <body>" gives both ends once the group is known (before,
    the former end was lost: the name was not one the rule could mint)."""
    ctx = page(
        project,
        tmp_path,
        "larchfield-polytechnic-university",
        "Larchfield Polytechnic University\n\n\nLarchfield Polytechnic University (LPU) is designated high "
        "risk for its defence links.\n\nIn 2002, LPU was transferred from China Aviation Industry "
        "Corporation I to the Ministry of Industry and Information Technology.\n",
    )
    found = observed(ctx)
    assert found["formerlySupervisedBy"] == {"china-aviation-industry-corporation-i"}
    assert found["subordinateTo"] == {MIIT}


def test_a_former_chinese_ministrys_namesakes_abroad_stay_unread(project, tmp_path):
    """Ministries abroad bearing a former Chinese ministry's name are not China's: the registry now
    knows the Chinese body, and a possessive or an "of <country>" naming another country still
    leaves the partner unread."""
    ctx = page(
        project,
        tmp_path,
        "larchfield-polytechnic-university",
        "Larchfield Polytechnic University\n\n\nLarchfield Polytechnic University (LPU) is designated high "
        "risk for its defence links.\n\nLPU signed an agreement with the Ministry of Communications of "
        "Malaysia in 2016. LPU collaborates with Japan's Ministry of Posts and Telecommunications. LPU signed "
        "an agreement with India's Ministry of Railways in 2014. LPU collaborates with the Ministry of "
        "Health of Vietnam.\n",
    )
    former = {"ministry-of-communications", "ministry-of-posts-and-telecommunications", "ministry-of-railways"}
    assert not any(s in {ID[name] for name in former | {"ministry-of-health"}} for s, _, _ in ctx.triples)
    assert not {o for _, p, o in ctx.triples if p in (DKG.party, DKG.collaboratesWith)} - {
        ID["larchfield-polytechnic-university"]
    }


def test_a_ministry_named_with_more_fields_is_another_governments(project, tmp_path):
    """A known ministry's name going on with more fields ("the Ministry of Health and Welfare", "...
    of Education, Culture, Sports, Science and Technology") is another government's ministry: unread,
    where the known ministry was read as the partner (China's Ministry of Education and of Transport
    before; of Health and of Agriculture once the registry knew them)."""
    ctx = page(
        project,
        tmp_path,
        "larchfield-polytechnic-university",
        "Larchfield Polytechnic University\n\n\nLarchfield Polytechnic University (LPU) is designated high "
        "risk for its defence links.\n\nLPU collaborates with the Ministry of Education, Culture, Sports, "
        "Science and Technology. LPU collaborates with the Ministry of Transport and Communications. LPU "
        "collaborates with the Ministry of Health and Welfare. LPU collaborates with the Ministry of "
        "Agriculture, Forestry and Fisheries.\n",
    )
    assert "collaboratesWith" not in observed(ctx)


def test_a_ministry_listed_with_bodies_and_places_is_still_read(project, tmp_path):
    """A list after a ministry's name is still one of partners when its items are bodies or places."""
    ctx = page(
        project,
        tmp_path,
        "larchfield-polytechnic-university",
        "Larchfield Polytechnic University\n\n\nLarchfield Polytechnic University (LPU) is designated high "
        "risk for its defence links.\n\nLPU is jointly supervised by the Ministry of Education and Hunan "
        "Province. LPU collaborates with the Ministry of Transport, Tsinghua University and AVIC.\n",
    )
    found = observed(ctx)
    assert found["jointlySupervisedBy"] == {"ministry-of-education", "hunan-provincial-government"}
    assert found["collaboratesWith"] == {
        "ministry-of-transport",
        "tsinghua-university",
        "aviation-industry-corporation-of-china",
    }


def test_the_provincial_government_named_earlier(project, tmp_path):
    found = observed(
        page(
            project,
            tmp_path,
            "northmoor-university",
            "Northmoor University\n\n\nNorthmoor University was established by the Shanxi Provincial Government "
            "and is jointly overseen by the provincial government and the Ministry of Education.\n",
        )
    )
    assert found["jointlySupervisedBy"] == {"shanxi-provincial-government", "ministry-of-education"}


def test_laboratories_named_in_running_text(project, tmp_path):
    ctx = page(
        project,
        tmp_path,
        "eastvale-university",
        "Eastvale University\n\n\nEastvale University is designated high risk.\n\n"
        "Eastvale University hosts the National Key Laboratory of Imaginary Optics "
        "(虚构光学国防科技重点实验室) and the Key Laboratory of Pretend Materials. Its Fictional Acoustics "
        "Laboratory (虚构声学实验室) works on sonar. The university's engineers visited the State Key Laboratory of "
        "Other Things of Westvale University.\n",
    )
    assert observed(ctx)["hostedBy"] == {
        "national-key-laboratory-of-imaginary-optics",
        "key-laboratory-of-pretend-materials",
        "fictional-acoustics-laboratory",
    }
    zh = {str(o) for s, p, o in ctx.triples if s == ID["fictional-acoustics-laboratory"] and p == SKOS.prefLabel}
    assert "虚构声学实验室" in zh


def test_a_laboratory_two_founders_established_is_neither_ones_hosted_laboratory(project, tmp_path):
    ctx = page(
        project,
        tmp_path,
        "alder-university",
        "Alder University\n\n\nAlder University is designated low risk.\n\nIn 2017, Alder University and "
        "Chongqing University established the Kestrel Joint Laboratory.\n",
    )
    lab = ID["kestrel-joint-laboratory"]
    founders = {o for s, p, o in ctx.triples if s == lab and p == DKG.establishedBy}
    assert founders == {ID["alder-university"], ID["chongqing-university"]}
    assert not [o for s, p, o in ctx.triples if s == lab and p == DKG.hostedBy]


def test_a_level_stated_once_is_not_contradicted_by_a_levelless_sentence(project, tmp_path):
    found = observed(
        page(
            project,
            tmp_path,
            "alder-university",
            "Alder University\n\n\nIn 2005, Alder University received security credentials. "
            "It holds secret-level security credentials.\n",
        )
    )
    assert found["securityCredential"] == {"secret"}


def test_a_hedged_year_dates_no_credential(project, tmp_path):
    ctx = page(
        project,
        tmp_path,
        "alder-university",
        "Alder University\n\n\nAlder University obtained secret-level credentials some years back, probably in 2011.\n",
    )
    assert observed(ctx)["securityCredential"] == {"secret"}
    assert not [o for s, p, o in ctx.triples if p == DKG.pointInTime]


# -- partners named as other pages name them --------------------------------------------------------


def test_tracked_institutions_are_known_by_abbreviation_chinese_and_other_names(project, tmp_path):
    """Pages name the tracker's best-known institutions by abbreviation alone, by a Chinese name or by
    another English name (data/curated/institutions.ttl): each is one node, the same a profile of
    that institution has."""
    ctx = page(
        project,
        tmp_path,
        "kestrel-university",
        "Kestrel University\n\n\nKestrel University (KU) is designated high risk for its defence research.\n\n"
        "KU has exchanges with NUDT. In 2016, KU signed a strategic cooperation agreement with BIT. KU has "
        "jointly built a laboratory with 哈尔滨工业大学. KU has exchanges with the Beijing University of "
        "Aeronautics and Astronautics and the Academy of Military Sciences.\n\nLast updated 1 May 2021.\n",
    )
    facts = facts_of(ctx, "kestrel-university")
    assert ("hasExchangesWith", "national-university-of-defense-technology") in facts
    assert ("collaboratesWith", "harbin-institute-of-technology") in facts
    assert {("hasExchangesWith", "beihang-university"), ("hasExchangesWith", "academy-of-military-science")} <= facts
    parties = {str(o).rsplit("/", 1)[-1] for _, p, o in ctx.triples if p == DKG.party}
    assert "beijing-institute-of-technology" in parties
    profile = page(
        project,
        tmp_path,
        "harbin-institute-of-technology",
        "Harbin Institute of Technology\n\n\nHarbin Institute of Technology (HIT) is designated very high risk "
        "for its defence laboratories.\n\nLast updated 1 May 2021.\n",
    )
    assert (ID["harbin-institute-of-technology"], DKG.riskLevel, vocab("risk", "very-high")) in set(profile.triples)


# -- two subjects, side fields ----------------------------------------------------------------------


def test_each_known_subject_of_a_sentence_gets_its_fact(project, tmp_path):
    ctx = page(
        project,
        tmp_path,
        "westhill-university",
        "Westhill University\n\n\nWesthill University (WHU) is designated medium risk.\n\n"
        "WHU and Chongqing University hold secret-level security credentials. "
        "WHU and Chongqing University were added to the Entity List in 2020.\n",
    )
    for subject in ("westhill-university", "chongqing-university"):
        assert ("securityCredential", "secret") in facts_of(ctx, subject)
        assert ("listedOn", "us-entity-list") in facts_of(ctx, subject)


def test_2025_side_fields_aliases_and_party_secretary(project, tmp_path):
    ctx = page(
        project,
        tmp_path,
        "badge-university",
        "Badge University (徽章大学)\nAliases: BGU, Badge Normal College\nParty Secretary: Li Ming (李明)\n"
        "Risk Category: High\n\nBadge Normal College holds secret-level security credentials.\n",
    )
    found = observed(ctx)
    assert found["abbreviation"] == {"BGU"} and found["securityCredential"] == {"secret"}
    post = ID["badge-university-party-secretary"]
    assert (post, ORG.postIn, ID["badge-university"]) in set(ctx.triples)
    holder = next(o for s, p, o in ctx.triples if s == post and p == ORG.heldBy)
    assert {str(o) for s, p, o in ctx.triples if s == holder and p == SKOS.prefLabel} == {"Li Ming", "李明"}


# -- the MISP loader's risk field --------------------------------------------------------------------


@pytest.fixture(scope="module")
def prose_2020(project):
    return dataset.build(
        project, documents={"misp-galaxy": {"china-defence-universities": SAMPLES / "prose-2020-08-21.json"}}
    )


def test_risk_field_is_about_its_entry_whatever_name_it_uses(prose_2020):
    _, rows = prose_2020.store.query(
        "PREFIX dkg: <https://w3id.org/defence-kg/ontology#> SELECT ?o ?l WHERE { GRAPH "
        "<https://w3id.org/defence-kg/graph/source/misp-galaxy> { ?o dkg:riskLevel ?l FILTER(!CONTAINS(STR(?o), 'designation')) } }"
    )
    levels = {str(o).rsplit("/", 1)[-1]: str(level).rsplit("/", 1)[-1] for o, level in rows}
    assert levels == {
        "army-test-medical-university": "very-high",  # "The PLA Army Test Medical University"
        "northern-test-industries-group-corporation": "very-high",  # "Northern Test Industries Group (Nortest Group)"
        "guilin-test-university-of-electronic-science-and-technology": "high",  # a former name
    }  # the national test university's risk field states no level: none is made up
    assert any("states no risk level" in w and "National Test University" in w for w in prose_2020.warnings)


def test_a_name_the_risk_field_gives_is_used_in_the_summary(prose_2020):
    _, rows = prose_2020.store.query(
        "PREFIX dkg: <https://w3id.org/defence-kg/ontology#> PREFIX id: <https://w3id.org/defence-kg/id/> "
        "SELECT ?c WHERE { id:guilin-test-university-of-electronic-science-and-technology dkg:securityCredential ?c }"
    )
    assert [str(c) for (c,) in rows] == [str(vocab("credential", "secret"))]


# -- extract --report ---------------------------------------------------------------------------------


def test_report_over_a_misp_file_lists_where_fields_and_prose_disagree(project, capsys):
    code, out, _ = run_cli(
        project, "extract", "--report", "--document", f"misp-galaxy={SAMPLES / 'prose-2020-08-21.json'}", capsys=capsys
    )
    assert code == 0
    northern = out[out.index("Northern Test Industries") :]
    assert "supervising agency in the field only: Ministry of Industry and Information Technology" in northern
    guilin = out[out.index("Guilin Test University") :]
    assert "supervising agency in the prose only: Guangxi Zhuang Autonomous Region Government" in guilin
    assert re.search(r"fields vs prose: .*2 supervising agency in the field only", out)


def test_report_scores_misp_entries_by_uuid(project, tmp_path, capsys):
    gold = tmp_path / "gold.json"
    gold.write_text(
        json.dumps(
            {
                "kinds": ["riskLevel", "supervisingAgency"],
                "documents": {
                    "00000000-0000-4000-8000-000000000100": {
                        "riskLevel": ["very-high"],
                        "supervisingAgency": ["pla-ground-force"],
                    },
                    "00000000-0000-4000-8000-000000000101": {"riskLevel": ["very-high"]},
                    "00000000-0000-4000-8000-000000000102": {"riskLevel": ["high"], "supervisingAgency": [SASTIND]},
                },
            }
        ),
        encoding="utf-8",
    )
    code, out, _ = run_cli(
        project,
        "extract",
        "--report",
        "--document",
        f"misp-galaxy={SAMPLES / 'prose-2020-08-21.json'}",
        "--gold",
        str(gold),
        capsys=capsys,
    )
    assert code == 0
    rows = {
        line.split()[0]: line.split()[1:]
        for line in out.splitlines()
        if re.match(r"\w+\s+[\d.-]+\s+[\d.-]+\s+\d+", line)
    }
    assert rows["riskLevel"] == ["1.00", "1.00", "3", "0", "0"]
    # the northern group's supervisor is not in this gold: a false positive; Guangxi too, and the PLA
    # the last entry is implied to be subordinate to ("the PLA's premier test institution")
    assert rows["supervisingAgency"][2:] == ["2", "3", "0"]
    assert "wrong supervisingAgency: guangxi-regional-government" in out
    assert "wrong supervisingAgency: peoples-liberation-army" in out


def test_report_gives_coverage_and_groups_unread_sentences_by_shape(project, tmp_path, capsys):
    path = tmp_path / "alder-university.txt"
    path.write_text(
        "Alder University\n\n\nAlder University is designated low risk.\n\nAlder University specialises in optics. "
        "The university specialises in acoustics. It was renamed in 1952.\n",
        encoding="utf-8",
    )
    code, out, _ = run_cli(project, "extract", "--report", str(path), capsys=capsys)
    assert code == 0
    assert "1 of 4 sentences made facts (25%)" in out
    shapes = out[out.index("unparsed sentences by shape") :].splitlines()[1:3]
    assert shapes[0].split() == ["2", "SUBJ", "specialises", "in", "…"]
    assert shapes[1].split() == ["1", "SUBJ", "was", "renamed", "in", "YEAR"]


def test_report_needs_documents(project, capsys):
    code, _, err = run_cli(project, "extract", "--report", capsys=capsys)
    assert code == 2 and "no documents" in err


# -- the real development corpus ------------------------------------------------------------------------


def test_real_gold_holds_facts_and_uuids_only():
    gold = json.loads((GOLD / "misp-galaxy-sample.json").read_text(encoding="utf-8"))
    assert len(gold["documents"]) == 82  # 41 entries in each of the two published shapes
    for uuid, facts in gold["documents"].items():
        assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", uuid)
        for kind, values in facts.items():
            assert kind in gold["kinds"] or kind == "trackerSlug", kind
            for value in values:  # a slug, a concept, a year or a count: never a sentence
                assert re.fullmatch(r"[a-z0-9-]+|\d+", str(value)), value


# -- military and institute pages (forty-third session) ----------------------------------------------------

HERON_RI = "Heron 61st Research Institute\n\n\nThe Heron 61st Research Institute is designated very high risk for its radars.\n\n"


def test_an_institutes_other_name_after_its_chinese_name_is_its_own(project, tmp_path):
    """ "<Institution> (中文名), also known as X, is a subsidiary of CETC": the aside after the Chinese
    name hid the subject (nothing was read), X was no name of it, and "The institute" next stood for X."""
    ctx = page(
        project,
        tmp_path,
        "heron-61st-research-institute",
        HERON_RI + "The Heron 61st Research Institute (苍鹭第六十一研究所), also known as the Heron Institute of "
        "Radio Engineering, is a subsidiary of China Electronics Technology Group Corporation (CETC). "
        "The institute holds top-secret security credentials.\n",
    )
    found = observed(ctx)
    assert found["subsidiaryOf"] == {"china-electronics-technology-group-corporation"}
    assert found["securityCredential"] == {"top-secret"}
    alt = {str(o) for s, p, o in ctx.triples if s == ID["heron-61st-research-institute"] and p == SKOS.altLabel}
    assert "Heron Institute of Radio Engineering" in alt


def test_an_aside_naming_another_body_is_no_name_of_the_institution(project, tmp_path):
    ctx = page(
        project,
        tmp_path,
        "heron-61st-research-institute",
        HERON_RI + "The Heron 61st Research Institute (苍鹭第六十一研究所), also known as CETC, makes radars. "
        "Heron Radar Co., Ltd., also known as the Heron Radar Works, is a subsidiary of CETC.\n",
    )
    alt = {str(o) for s, p, o in ctx.triples if s == ID["heron-61st-research-institute"] and p == SKOS.altLabel}
    assert not alt and "subsidiaryOf" not in observed(ctx)


@pytest.mark.parametrize(
    ("aside", "name"),
    [
        (
            "The Heron 61st Research Institute, also known as NORINCO's 205th Research Institute, is a "
            "subsidiary of NORINCO.",
            "NORINCO's 205th Research Institute",
        ),
        (
            "The Heron 61st Research Institute, which is also known as NORINCO's 205th Research Institute, is "
            "a subsidiary of NORINCO.",
            "NORINCO's 205th Research Institute",
        ),
        (
            "The Heron 61st Research Institute is also known as NORINCO's 205th Research Institute.",
            "NORINCO's 205th Research Institute",
        ),
        ("It is also known as the 205th Research Institute of NORINCO.", "205th Research Institute of NORINCO"),
        ("It is also called AVIC's Heron Design Institute.", "AVIC's Heron Design Institute"),
    ],
)
def test_a_units_name_given_as_the_institutions_other_name_is_no_second_body(project, tmp_path, aside, name):
    """Fifty-third session: "X, (which is) also known as NORINCO's 205th Research Institute, ..."
    minted a second body, NORINCO's unit, beside the institution it names, and "The institute" next
    was unsure (two institutes named)."""
    ctx = page(
        project,
        tmp_path,
        "heron-61st-research-institute",
        HERON_RI + aside + " The institute holds top-secret security credentials.\n",
    )
    assert observed(ctx)["securityCredential"] == {"top-secret"}
    assert {s for s, _, _ in ctx.triples if "205th" in str(s) or "design-institute" in str(s)} == set()
    alt = {str(o) for s, p, o in ctx.triples if s == ID["heron-61st-research-institute"] and p == SKOS.altLabel}
    assert name in alt


def test_another_bodys_other_name_is_still_its_own(project, tmp_path):
    """The same words after another body's name give that body's unit, as before."""
    ctx = page(
        project,
        tmp_path,
        "heron-61st-research-institute",
        HERON_RI + "The Heron 61st Research Institute works with Hazel Optics, also known as NORINCO's 205th "
        "Research Institute.\n",
    )
    alt = {str(o) for s, p, o in ctx.triples if s == ID["heron-61st-research-institute"] and p == SKOS.altLabel}
    assert not alt
    assert {s for s, p, _ in ctx.triples if "205th" in str(s) and p == DKG.subsidiaryOf}


def test_a_laboratory_whose_name_lists_fields_before_its_chinese_name(project, tmp_path):
    """ "the State Key Laboratory of Trauma, Burns and Combined Injury (中文名)" was hosted as "State Key
    Laboratory of Trauma"; the Chinese name after the list says the list is one name."""
    found = observed(
        page(
            project,
            tmp_path,
            "wren-medical-university",
            "Wren Medical University\n\n\nWren Medical University is designated very high risk.\n\n"
            "It hosts the State Key Laboratory of Trauma, Burns and Combined Injury (创伤、烧伤与复合伤国家重点实验室). "
            "The university also hosts the Key Laboratory of Optics, the Radar Laboratory and the Sonar Laboratory. "
            "The university runs the Key Laboratory of Lasers, Masers and Optics.\n",
        )
    )
    assert found["hostedBy"] == {
        "state-key-laboratory-of-trauma-burns-and-combined-injury",
        "key-laboratory-of-optics",
        "radar-laboratory",
        "sonar-laboratory",
        "key-laboratory-of-lasers",  # (no Chinese name: a list or one name, the text does not say)
    }


def test_a_laboratory_jointly_run_with_another_body_is_not_the_institutions_alone(project, tmp_path):
    found = observed(
        page(
            project,
            tmp_path,
            "egret-institute-of-optics",
            "Egret Institute of Optics\n\n\nThe Egret Institute of Optics is designated very high risk.\n\n"
            "It is home to the State Key Laboratory of Laser Physics (激光物理国家重点实验室), which is jointly run "
            "with the China Academy of Engineering Physics. The institute also hosts the Key Laboratory of Optics, which is "
            "funded by CAS.\n",
        )
    )
    assert found["hostedBy"] == {"key-laboratory-of-optics"}


def test_a_groups_numbered_unit_is_called_by_its_number_on_its_page(project, tmp_path):
    """ "CETC 61st Research Institute" is "the 61st Institute" and "The 61st Research Institute" on its
    page (both were unread); another unit's number is another body."""
    found = observed(
        page(
            project,
            tmp_path,
            "heron-61st-research-institute",
            HERON_RI + "The 61st Research Institute is a subsidiary of CETC. The 61st Institute holds "
            "secret-level security credentials. The 62nd Institute holds top-secret security credentials.\n",
        )
    )
    assert found["subsidiaryOf"] == {"china-electronics-technology-group-corporation"}
    assert found["securityCredential"] == {"secret"}


def test_a_pla_schools_cover_designator_is_a_name_of_it(project, tmp_path):
    """A whole page of a PLA academy: its cover designator (a name the screening lists use), the
    alias after its Chinese name, its founding with a place; each sentence was unread before."""
    ctx = page(
        project,
        tmp_path,
        "pla-kestrel-engineering-academy",
        "PLA Kestrel Engineering Academy\n\n\nThe PLA Kestrel Engineering Academy (KEA) is designated very high "
        "risk as a military institution.\n\nKEA (红隼工程学院), also known as the Kestrel Naval Academy, is "
        "subordinate to the PLA Navy. Its cover designator is Unit 91977. It was founded in 1958 in Kestrel "
        "City. KEA trains radar, sonar and electronic warfare officers for the PLA Navy.\n",
    )
    found = observed(ctx)
    alt = {str(o) for s, p, o in ctx.triples if s == ID["pla-kestrel-engineering-academy"] and p == SKOS.altLabel}
    assert alt == {"Kestrel Naval Academy", "Unit 91977"}
    assert found["subordinateTo"] == {"pla-navy"} and found["trainsPersonnelFor"] == {"pla-navy"}
    assert found["established"] == {"pla-kestrel-engineering-academy-established-1958"}


# -- units and products on institute pages (forty-third session) -------------------------------------------

STORK_RI = "Stork 44th Research Institute\n\n\nThe Stork 44th Research Institute is designated very high risk.\n\n"


def statements_of(ctx) -> set[tuple[str, str, str, str]]:
    """Every fact of the page as (subject, property, object, certainty), by their IRIs' last parts."""
    triples = set(ctx.triples)
    by: dict = {}
    for s, p, o in triples:
        by.setdefault(s, {})[p] = o
    return {
        tuple(str(st[p]).rsplit("/", 1)[-1].rsplit("#", 1)[-1] for p in (RDF.subject, RDF.predicate, RDF.object))
        + (str(st[DKG.certainty]).rsplit("/", 1)[-1],)
        for st in by.values()
        if RDF.predicate in st and DKG.certainty in st
    }


def test_an_institutes_subordinate_units_are_its_units(project, tmp_path):
    """ "Its subordinate units include A and B": each a unit of the institution (stated), minted under
    it; a numbered one named with it ("the 401st Research Institute" of one body is not another's)."""
    ctx = page(
        project,
        tmp_path,
        "stork-44th-research-institute",
        STORK_RI + "Its subordinate units include the 401st Research Institute and the Stork Sonar Institute "
        "(鹳声纳研究所). The institute's subordinate units also include the Stork Acoustics Centre.\n",
    )
    units = {(s, c) for s, p, o, c in statements_of(ctx) if p == "unitOf" and o == "stork-44th-research-institute"}
    assert units == {
        ("stork-44th-research-institute-401st-research-institute", "stated"),
        ("stork-44th-research-institute-stork-sonar-institute", "stated"),
        ("stork-44th-research-institute-stork-acoustics-centre", "stated"),
    }
    labels = {str(o) for s, p, o in ctx.triples if p == SKOS.prefLabel}
    assert "401st Research Institute of Stork 44th Research Institute" in labels


def test_units_of_another_hedged_planned_past_or_not_all_named_are_not_read(project, tmp_path):
    ctx = page(
        project,
        tmp_path,
        "stork-44th-research-institute",
        STORK_RI + "CETC's subordinate units include the 14th Research Institute and the 38th Research Institute. "
        "Its subordinate units reportedly include the 403rd Research Institute. "
        "Its subordinate units will include the Stork Radar Institute. "
        "Its subordinate units included the Stork Optics Institute until 2010. "
        "Its subordinate units include the 406th Research Institute and several factories. "
        "Its subordinate units do not include the Stork Laser Institute.\n",
    )
    assert not any(p == "unitOf" for _, p, _, _ in statements_of(ctx))


def test_a_former_parent_is_a_former_supervisor(project, tmp_path):
    """ "was formerly a unit of CSIC": CSIC ran it once and no longer does (``formerlySupervisedBy``,
    the model's relation for a body that ran the institution once); no subsidiary now, and nothing
    of CSSC, named only in the clause after it."""
    ctx = page(
        project,
        tmp_path,
        "stork-44th-research-institute",
        STORK_RI + "The institute was formerly a unit of CSIC before CSIC merged with CSSC. "
        "It was a subsidiary of NORINCO until 1999.\n",
    )
    facts = facts_of(ctx, "stork-44th-research-institute")
    assert ("formerlySupervisedBy", "china-shipbuilding-industry-corporation") in facts
    assert ("formerlySupervisedBy", "china-north-industries-group-corporation") in facts
    assert not {p for p, _ in facts} & {"subsidiaryOf", "supervisedBy", "subordinateTo", "unitOf"}


def test_a_former_parent_not_said_to_have_ended_or_doubted_is_not_read(project, tmp_path):
    ctx = page(
        project,
        tmp_path,
        "stork-44th-research-institute",
        STORK_RI + "In 1990, the institute was a unit of CSIC. "
        "It was reportedly once a unit of CASC. "
        "The 715th Research Institute was formerly a unit of CSIC. "
        "It was never a subsidiary of AVIC.\n",
    )
    assert not {p for p, _ in facts_of(ctx, "stork-44th-research-institute")} & {"formerlySupervisedBy", "unitOf"}


def test_products_for_two_customers_are_each_read(project, tmp_path):
    """ "develops radars for the PLA Air Force and electronic warfare systems for the PLA Navy": the
    verb left out before the second object, whose customer is the verb's too (only the first was read)."""
    ctx = page(
        project,
        tmp_path,
        "stork-44th-research-institute",
        STORK_RI + "The institute develops radars for the PLA Air Force and electronic warfare systems for the "
        "PLA Navy. It produces sonars for the PLA Navy and fire-control radars for the PLA Ground Force. "
        "It is a key supplier of sonar arrays to the PLA Navy and of radars to the PLA Rocket Force.\n",
    )
    facts = facts_of(ctx, "stork-44th-research-institute")
    assert {o for p, o in facts if p == "conductsResearchFor"} == {"pla-air-force", "pla-navy"}
    assert {o for p, o in facts if p == "suppliesTo"} == {"pla-navy", "pla-ground-force", "pla-rocket-force"}


def test_a_second_verb_phrase_plan_or_course_after_the_products_is_not_a_second_customer(project, tmp_path):
    ctx = page(
        project,
        tmp_path,
        "stork-44th-research-institute",
        STORK_RI + "The institute develops radars for the PLA Air Force and trains officers for the PLA Navy. "
        "It designs sonars for the PLA Navy and training courses for the PLA Ground Force. "
        "It builds radars for CETC and will supply sonars to the PLA Rocket Force.\n",
    )
    facts = facts_of(ctx, "stork-44th-research-institute")
    assert {o for p, o in facts if p == "conductsResearchFor"} == {"pla-air-force", "pla-navy"}
    assert {o for p, o in facts if p == "trainsPersonnelFor"} == {"pla-navy"}
    assert not {o for p, o in facts if p == "suppliesTo"} & {"pla-rocket-force", "pla-ground-force"}


def test_a_customer_named_as_the_possessor_of_what_the_products_are_for(project, tmp_path):
    """ "develops sonars for the PLA Navy's submarines": the Navy's submarines are what the sonars are
    for, so the Navy is the customer by implication only (a shipyard may be the buyer); "for the PLA
    Ground Force" names it (stated). Another's rival or a part the registry knows is no customer."""
    ctx = page(
        project,
        tmp_path,
        "stork-44th-research-institute",
        STORK_RI + "The institute develops sonars for the PLA Navy's submarines. It designs main battle tanks "
        "for the PLA Ground Force. It develops radars for CETC's rivals.\n",
    )
    research = {(o, c) for s, p, o, c in statements_of(ctx) if p == "conductsResearchFor"}
    assert research == {("pla-navy", "implied"), ("pla-ground-force", "stated")}


def test_training_or_development_jointly_with_another_is_collaboration(project, tmp_path):
    """ "trains graduate students jointly with HEU": the institution and HEU work together (as "jointly
    trains ... with" was read); not of a unit, hedged, denied, ended or another's."""
    ctx = page(
        project,
        tmp_path,
        "stork-44th-research-institute",
        STORK_RI + "The institute trains graduate students jointly with Harbin Engineering University. "
        "It develops underwater drones together with CSIC. "
        "Its School of Acoustics trains graduate students jointly with NUDT. "
        "It plans to train graduate students jointly with Northwestern Polytechnical University. "
        "It does not develop engines jointly with AVIC. "
        "It trained engineers jointly with CASC until 2015. "
        "CETC trains graduate students jointly with CASIC.\n",
    )
    partners = {o for p, o in facts_of(ctx, "stork-44th-research-institute") if p == "collaboratesWith"}
    assert partners == {"harbin-engineering-university", "china-shipbuilding-industry-corporation"}


# -- people, money and partners abroad (forty-fourth session) -----------------------------------------------

GANNET = "Gannet University\n\n\nGannet University (GNU) is designated high risk for its defence research.\n\n"


def qualifier_years(ctx, predicate: str) -> dict[str, set[str]]:
    """Each statement's object of ``predicate`` with the verbatim dates that qualify it."""
    by: dict = {}
    for s, p, o in ctx.triples:
        by.setdefault(s, {}).setdefault(p, []).append(o)
    found: dict[str, set[str]] = {}
    for st in by.values():
        if st.get(RDF.predicate) != [DKG[predicate]]:
            continue
        dates = {
            str(v)
            for q in (DKG.pointInTime, DKG.startDate, DKG.endDate)
            for d in st.get(q, [])
            for v in by[d][DKG.verbatim]
        }
        found.setdefault(str(st[RDF.object][0]).rsplit("/", 1)[-1], set()).update(dates)
    return found


def test_a_place_after_a_partner_does_not_end_the_list_of_partners(project, tmp_path):
    """ "... with Nanyang Technological University in Singapore and the University of Auckland": the
    list went on after the place (it ended at "in", as at "in 2019"), so Auckland was lost."""
    ctx = page(
        project,
        tmp_path,
        "gannet-university",
        GANNET + "GNU has exchanges with Nanyang Technological University in Singapore and the University of Auckland. "
        "It collaborates with the University of Bristol in the United Kingdom and Monash University on robotics. "
        "It also has exchanges with CETC in 2019 and the University of Oslo.\n",
    )
    found = statements_of(ctx)
    exchanges = {o for s, p, o, c in found if p == "hasExchangesWith" and c == "stated"}
    assert exchanges == {
        "nanyang-technological-university",
        "university-of-auckland",
        "china-electronics-technology-group-corporation",
    }  # (not Oslo: the list ended at "in 2019")
    partners = {o for s, p, o, c in found if p == "collaboratesWith" and c == "stated"}
    assert partners == {"university-of-bristol", "monash-university"}
    assert ("university-of-bristol", "country", "GB", "stated") in found


def test_a_countrys_possessive_before_a_university_the_registry_does_not_know(project, tmp_path):
    """ "Germany's RWTH Aachen University" was one name with a possessor in it (no partner); the
    country is now the partner's, stated. Not a possessor that is no country's. (RWTH Aachen is the
    registry's since the forty-fifth session: Ulm University takes its place here.)"""
    ctx = page(
        project,
        tmp_path,
        "gannet-university",
        GANNET + "GNU has exchanges with Germany's Ulm University. "
        "It collaborates with Germany's University of Stuttgart and Japan's Tohoku University on optics.\n"
        "Gannet Holdings collaborates with Norway's Birch University.\n",
    )
    found = statements_of(ctx)
    assert {
        (p, o) for s, p, o, c in found if s == "gannet-university" and p in ("hasExchangesWith", "collaboratesWith")
    } == {
        ("hasExchangesWith", "ulm-university"),
        ("collaboratesWith", "university-of-stuttgart"),
        ("collaboratesWith", "tohoku-university"),
    }
    countries = {(s, o, c) for s, p, o, c in found if p == "country"}
    assert countries == {
        ("ulm-university", "DE", "stated"),
        ("university-of-stuttgart", "DE", "stated"),
        ("tohoku-university", "JP", "stated"),
    }


def test_a_possessor_that_is_no_country_makes_no_partner(project, tmp_path):
    ctx = page(project, tmp_path, "gannet-university", GANNET + "GNU has exchanges with Kestrel's Birch University.\n")
    assert not any(p == "hasExchangesWith" for _, p, _, _ in statements_of(ctx))


def test_its_after_a_clause_on_several_things_is_the_institution(project, tmp_path):
    """ "The top employers of GNU graduates include ..." opens with things, several of them: "Its"
    next cannot stand for them, and is the institution (it stood for "The top", and the sentence
    was unread)."""
    ctx = page(
        project,
        tmp_path,
        "gannet-university",
        GANNET + "The top employers of GNU graduates include CETC and CSSC. Its graduates are heavily recruited by "
        "Norinco. The main partners of GNU are local firms. It is funded by SASTIND.\n",
    )
    found = statements_of(ctx)
    assert ("china-north-industries-group-corporation", "employsGraduatesOf", "gannet-university", "stated") in found
    assert ("gannet-university", "fundedBy", SASTIND, "stated") in found


def test_its_after_one_thing_may_be_that_thing(project, tmp_path):
    ctx = page(
        project,
        tmp_path,
        "gannet-university",
        GANNET + "The main library of GNU houses a rare collection. It is funded by SASTIND.\n",
    )
    assert not any(p == "fundedBy" for _, p, _, _ in statements_of(ctx))


def test_its_research_funded_by_another(project, tmp_path):
    """ "Its defence research is funded mainly by SASTIND" (only "<Institution>'s" was read); not
    hedged, past or by a part of another."""
    ctx = page(project, tmp_path, "gannet-university", GANNET + "Its defence research is funded mainly by SASTIND.\n")
    assert ("gannet-university", "fundedBy", SASTIND, "stated") in statements_of(ctx)
    for sentence in (
        "Its defence research is reportedly funded by the PLA Navy.",
        "Its defence research was funded by CASC until 2015.",
        "Its research is funded by a subsidiary of CASC.",
        "Harbin Engineering University signed an agreement with GNU in 2019. Its research is funded by CASC.",
    ):
        ctx = page(project, tmp_path, "gannet-university", GANNET + sentence + "\n")
        assert not any(p == "fundedBy" for _, p, _, _ in statements_of(ctx)), sentence


def test_a_bound_before_the_sum_keeps_the_year_of_the_spending(project, tmp_path):
    """ "spent more than RMB 800 million on defence research in 2018": the year was dropped with
    "than ..." (taken for a comparison)."""
    ctx = page(
        project,
        tmp_path,
        "gannet-university",
        GANNET + "GNU spent more than RMB 800 million on defence research in 2018.\n",
    )
    assert qualifier_years(ctx, "defenceResearchSpending") == {
        "gannet-university-defence-research-spending-800000000-aspi-tracker": {"2018"}
    }


def test_a_share_of_graduates_written_as_a_fraction(project, tmp_path):
    """ "About a quarter of its graduates join defence industry units": 25%, approximate; "half",
    "three quarters" too; not a third (no decimal writes it exactly), a maximum or another's."""
    for sentence, percent, precision in (
        ("About a quarter of GNU's graduates join defence industry units.", "25", "approximate"),
        ("Half of its graduates went to work in the defence industry in 2019.", "50", "exact"),
        ("Nearly three quarters of the university's graduates work in the defence sector.", "75", "approximate"),
    ):
        found = observed(page(project, tmp_path, "gannet-university", GANNET + sentence + "\n"))
        share = f"gannet-university-defence-graduate-share-{percent}-aspi-tracker"
        assert found["defenceGraduateShare"] == {share}, sentence
        ctx = page(project, tmp_path, "gannet-university", GANNET + sentence + "\n")
        precision_of = {
            str(o).rsplit("/", 1)[-1] for s, p, o in ctx.triples if p == DKG.countPrecision and str(s).endswith(share)
        }
        assert precision_of == {precision}
    for sentence in (
        "A third of GNU's graduates join the defence industry.",
        "Up to half of its graduates join the defence industry.",
        "A quarter of CETC's graduates join the defence industry.",
        "About a quarter of GNU's graduates join private companies.",
    ):
        found = observed(page(project, tmp_path, "gannet-university", GANNET + sentence + "\n"))
        assert "defenceGraduateShare" not in found, sentence


# -- whole pages: cases, alliances and noise (forty-fourth session) ---------------------------------------

SHRIKE = (
    "Shrike University of Technology\n\n\n"
    "Shrike University of Technology (SUT) is designated high risk for its defence laboratories and an export "
    "case.\n\n"
)


def case_events(ctx) -> dict[str, str]:
    """Each case event's topic by the verbatim date of the event."""
    by: dict = {}
    for s, p, o in ctx.triples:
        by.setdefault(s, {}).setdefault(p, []).append(o)
    return {
        str(by[props[DKG.date][0]][DKG.verbatim][0]): str(props[DKG.topic][0])
        for props in by.values()
        if DKG.topic in props
        and DKG.date in props
        and ID["shrike-university-of-technology"] in props.get(DKG.concerns, [])
    }


def test_a_case_told_over_several_sentences_of_a_cases_section_with_its_noise(project, tmp_path):
    """An ESP section as pages tell it: the person's circumstance set off by commas ("then working for an
    aerospace company" made it a company's case), "he" in the next sentence (unread), a licence the
    export lacked (a negation), citation links glued on and a caption. What undoes a case stays unread,
    and so does "he" after a sentence that is no case."""
    ctx = page(
        project,
        tmp_path,
        "shrike-university-of-technology",
        SHRIKE + "ESP\n"
        "In April 2018, SUT graduate Li Qiang, then working for an aerospace company, was indicted in the US on "
        "charges of stealing trade secrets.https://www.example.org/opa/pr/li-indicted ; ; He was convicted in 2021 "
        "and sentenced to eight years in prison. (pictured: Li Qiang leaving court)\n"
        "In 2012, SUT researcher Wang Fang pleaded guilty to exporting sensors from a US company, Kestrel Sensors "
        "Inc., without a licence.archive.md/Hh77k The charges against a second researcher were dropped in 2013. "
        "He was sentenced in 2014.\nSource: US Department of Justice\n\nLast updated 8 August 2022.\n",
    )
    assert case_events(ctx) == {"April 2018": "indictment", "2021": "conviction", "2012": "guilty plea"}
    unparsed = {str(o) for _, p, o in ctx.triples if p == DKG.unparsedSentence}
    assert unparsed == {"The charges against a second researcher were dropped in 2013.", "He was sentenced in 2014."}


def test_alliances_with_their_chinese_names_confucius_institutes_and_exchanges_with_countries(project, tmp_path):
    """A 2025 page: an alliance's Chinese names in brackets become its labels (the first its Chinese
    name, the others other names of it), Confucius Institutes run with several partners and one a
    partner of, a joint master's program, the singular laboratory badge. Exchanges with "universities
    in over 30 countries, including ..." name no partner: the sentence stays unread."""
    ctx = page(
        project,
        tmp_path,
        "shrike-university-of-technology",
        "Shrike University of Technology (伯劳理工大学)\nMediumRisk Category\n1 Major Defence Laboratory\n"
        "Major Expansion\nAliases: SUT\n"
        "Shrike University of Technology (SUT) is assessed as medium risk due to its defence laboratory.\n"
        "SUT is a member of the B8 Cooperation Innovation Alliance (B8协同创新联盟 or 中国兵器协同创新联盟)."
        "https://web.archive.org/web/2016/http://www.example.org/art/2015/ It runs Confucius Institutes with the "
        "University of Porto and Makerere University. SUT is one of the partner institutions of the Confucius "
        "Institute at the University of Nairobi. It has a joint master's program with the University of Adelaide.\n"
        "SUT has exchange programs with universities in over 30 countries, including Russia, Serbia and Egypt.\n"
        "Last updated 3 September 2025.\n",
    )
    alliance = ID["b8-cooperation-innovation-alliance"]
    labels = {(str(p).rsplit("#", 1)[-1], str(o)) for s, p, o in ctx.triples if s == alliance and "skos" in str(p)}
    assert ("prefLabel", "B8协同创新联盟") in labels and ("altLabel", "中国兵器协同创新联盟") in labels
    found = statements_of(ctx)
    assert {o for s, p, o, c in found if p == "collaboratesWith" and c == "stated"} == {
        "university-of-porto",
        "makerere-university",
        "university-of-nairobi",
        "university-of-adelaide",
    }
    assert ("shrike-university-of-technology", "memberOf", "b8-cooperation-innovation-alliance", "stated") in found
    assert observed(ctx)["defenceLaboratoryCount"] == {"1"}
    assert not any(p == "hasExchangesWith" for _, p, _, _ in found)
    unparsed = {str(o) for _, p, o in ctx.triples if p == DKG.unparsedSentence}
    assert unparsed == {
        "SUT has exchange programs with universities in over 30 countries, including Russia, Serbia and Egypt."
    }


# -- partners abroad and trainees (forty-fourth session) ------------------------------------------------------


def ties_of(ctx, *predicates: str) -> set[tuple[str, str, str]]:
    """The institution's (gannet-university's) ties of ``predicates``: (property, object, certainty)."""
    return {(p, o, c) for s, p, o, c in statements_of(ctx) if s == "gannet-university" and p in predicates}


def test_a_partner_after_the_possessive_of_a_country_the_list_lacked(project, tmp_path):
    """ "Norway's Lindholm University of Science": Norway was no country of the list, so its
    possessive was read as a possessor in the name and the partner lost (not the "of Science")."""
    ctx = page(
        project,
        tmp_path,
        "gannet-university",
        GANNET + "GNU has exchanges with Norway's Lindholm University of Science and the University of Twente. "
        "It collaborates with Denmark's Aalholm Technical University.\n",
    )
    assert ties_of(ctx, "hasExchangesWith", "collaboratesWith") == {
        ("hasExchangesWith", "lindholm-university-of-science", "stated"),
        ("hasExchangesWith", "university-of-twente", "stated"),
        ("collaboratesWith", "aalholm-technical-university", "stated"),
    }
    countries = {(s, o, c) for s, p, o, c in statements_of(ctx) if p == "country"}
    assert countries == {
        ("lindholm-university-of-science", "NO", "stated"),
        ("aalholm-technical-university", "DK", "stated"),
    }


def test_a_college_named_by_a_city_abroad_is_a_partner(project, tmp_path):
    """ "Imperial College London", "King's College London", "University College Dublin": "College" and a
    city abroad after it (the city's country implied)."""
    ctx = page(
        project,
        tmp_path,
        "gannet-university",
        GANNET + "GNU collaborates with Imperial College London and the University of Sheffield. "
        "It collaborates with King's College London on materials science. "
        "It has exchanges with University College Dublin.\n",
    )
    assert ties_of(ctx, "hasExchangesWith", "collaboratesWith") == {
        ("collaboratesWith", "imperial-college-london", "stated"),
        ("collaboratesWith", "university-of-sheffield", "stated"),
        ("collaboratesWith", "kings-college-london", "stated"),
        ("hasExchangesWith", "university-college-dublin", "stated"),
    }
    countries = {(s, o, c) for s, p, o, c in statements_of(ctx) if p == "country"}
    assert ("university-college-dublin", "IE", "implied") in countries
    assert ("kings-college-london", "GB", "implied") in countries


def test_a_college_not_named_by_a_city_abroad_is_no_partner(project, tmp_path):
    """A college without a city abroad after "College" may be the institution's own or a Chinese one."""
    ctx = page(
        project,
        tmp_path,
        "gannet-university",
        GANNET + "GNU has exchanges with the College of Marine Engineering. "
        "It collaborates with Kestrel College Hangzhou. It has exchanges with Gannet Aviation College.\n",
    )
    assert not ties_of(ctx, "hasExchangesWith", "collaboratesWith")


def test_an_american_state_universitys_campus_after_a_comma_is_its_name(project, tmp_path):
    """ "the University of California, Berkeley" was read as the University of California (another
    body: the system, not the campus); the campus is the name's when both are American places."""
    ctx = page(
        project,
        tmp_path,
        "gannet-university",
        GANNET + "GNU has exchanges with the University of California, Berkeley and the University of Toronto. "
        "It collaborates with CETC and the University of Michigan, Ann Arbor.\n",
    )
    assert ties_of(ctx, "hasExchangesWith", "collaboratesWith") == {
        ("hasExchangesWith", "university-of-california-berkeley", "stated"),
        ("hasExchangesWith", "university-of-toronto", "stated"),
        ("collaboratesWith", "china-electronics-technology-group-corporation", "stated"),
        ("collaboratesWith", "university-of-michigan-ann-arbor", "stated"),
    }


def test_a_state_university_with_a_campus_no_list_knows_is_not_the_state_system(project, tmp_path):
    ctx = page(
        project,
        tmp_path,
        "gannet-university",
        GANNET + "GNU has exchanges with the University of California, Riverside.\n",
    )
    assert not ties_of(ctx, "hasExchangesWith")


def test_a_degree_programme_run_with_another_is_collaboration(project, tmp_path):
    """ "has a joint master's program with", "has a dual-degree programme with": education done
    together (collaboration); the possessive of "master's" stopped the first being read."""
    ctx = page(
        project,
        tmp_path,
        "gannet-university",
        GANNET + "GNU has a joint master's program with the University of Leeds. "
        "It has a dual-degree programme with the University of Adelaide. "
        "It offers a double degree program with Monash University. "
        "It launched a joint bachelor's programme with the University of Bristol in 2018.\n",
    )
    assert ties_of(ctx, "collaboratesWith", "hasExchangesWith") == {
        ("collaboratesWith", "university-of-leeds", "stated"),
        ("collaboratesWith", "university-of-adelaide", "stated"),
        ("collaboratesWith", "monash-university", "stated"),
        ("collaboratesWith", "university-of-bristol", "stated"),
    }


def test_a_degree_programme_of_a_unit_ended_or_planned_is_not_read(project, tmp_path):
    ctx = page(
        project,
        tmp_path,
        "gannet-university",
        GANNET + "GNU's School of Optics has a joint master's program with the University of Bath. "
        "GNU had a joint master's program with the University of Leeds until 2016. "
        "It plans to launch a dual-degree programme with the University of York.\n",
    )
    assert not ties_of(ctx, "collaboratesWith")


def test_a_partner_listed_after_a_known_one_with_its_countrys_possessive(project, tmp_path):
    """ "with Singapore's Nanyang Technological University and the University of Twente": the second
    was lost (the item with the possessive named no organisation whole)."""
    ctx = page(
        project,
        tmp_path,
        "gannet-university",
        GANNET + "GNU collaborates with Singapore's Nanyang Technological University and the University of Twente "
        "on photonics. It has exchanges with Singapore's Nanyang Technological University and Germany's University "
        "of Stuttgart.\n",
    )
    assert ties_of(ctx, "collaboratesWith", "hasExchangesWith") == {
        ("collaboratesWith", "nanyang-technological-university", "stated"),
        ("collaboratesWith", "university-of-twente", "stated"),
        ("hasExchangesWith", "nanyang-technological-university", "stated"),
        ("hasExchangesWith", "university-of-stuttgart", "stated"),
    }


def test_trainees_of_the_services_trades_are_people_trained(project, tmp_path):
    """ "trains pilots for the PLA Air Force and navigators for the PLA Navy": navigators, submariners,
    mechanics are trainees too (the second object was not taken for people)."""
    ctx = page(
        project,
        tmp_path,
        "gannet-university",
        GANNET + "GNU trains pilots for the PLA Air Force and navigators for the PLA Navy. "
        "It trains submariners for the PLA Navy and mechanics for the PLA Ground Force.\n",
    )
    assert ties_of(ctx, "trainsPersonnelFor") == {
        ("trainsPersonnelFor", "pla-air-force", "stated"),
        ("trainsPersonnelFor", "pla-navy", "stated"),
        ("trainsPersonnelFor", "pla-ground-force", "stated"),
    }


def test_a_second_object_of_another_kind_ends_the_list_of_whom_it_is_for(project, tmp_path):
    """ "supplies engineers to CASC and transformers to CETC": CETC gets products, so it is trained for
    by nothing (it was); "radars to CASC and engineers to CETC": CETC is supplied nothing. A verb of
    its own after the list keeps its reading ("and sells drones to AVIC")."""
    ctx = page(
        project,
        tmp_path,
        "gannet-university",
        GANNET + "GNU supplies engineers to CASC and transformers to CETC. "
        "It supplies radars to CASIC and engineers to NORINCO. "
        "It trains pilots for the PLA Air Force and simulators for the PLA Navy. "
        "It supplies technicians to CSGC and sells drones to AVIC.\n",
    )
    assert ties_of(ctx, "trainsPersonnelFor") == {
        ("trainsPersonnelFor", "china-aerospace-science-and-technology-corporation", "stated"),
        ("trainsPersonnelFor", "pla-air-force", "stated"),
        ("trainsPersonnelFor", "china-south-industries-group-corporation", "stated"),
    }
    assert ties_of(ctx, "suppliesTo") == {
        ("suppliesTo", "china-aerospace-science-and-industry-corporation", "stated"),
        ("suppliesTo", "aviation-industry-corporation-of-china", "stated"),
    }


def test_a_customer_named_after_of_as_the_owner_of_what_the_products_are_for(project, tmp_path):
    """ "develops sonars for submarines of the PLA Navy": the Navy by implication, as "for the PLA Navy's
    submarines" is; another item named whole, stated. Not bodies of their own ("a subsidiary of",
    "rivals of")."""
    ctx = page(
        project,
        tmp_path,
        "gannet-university",
        GANNET + "GNU designs guidance systems for missiles of the PLA Rocket Force. "
        "It develops sonars for the submarines of the PLA Navy and radars for the PLA Air Force. "
        "It develops radars for rivals of CETC. It develops software for a subsidiary of CASIC.\n",
    )
    assert ties_of(ctx, "conductsResearchFor") == {
        ("conductsResearchFor", "pla-rocket-force", "implied"),
        ("conductsResearchFor", "pla-navy", "implied"),
        ("conductsResearchFor", "pla-air-force", "stated"),
    }


def test_an_item_named_whole_after_a_possessors_things_keeps_its_own_reading(project, tmp_path):
    """ "sonars for the PLA Navy's submarines and radars for the PLA Air Force": the Air Force was lost
    (only the possessor was read)."""
    ctx = page(
        project,
        tmp_path,
        "gannet-university",
        GANNET + "GNU develops sonars for the PLA Navy's submarines and radars for the PLA Air Force.\n",
    )
    assert ties_of(ctx, "conductsResearchFor") == {
        ("conductsResearchFor", "pla-navy", "implied"),
        ("conductsResearchFor", "pla-air-force", "stated"),
    }


def test_a_partners_people_or_team_imply_the_partner(project, tmp_path):
    """ "collaborates with researchers at CETC", "with Li Wei, a researcher at CASC", "with NUDT
    professors": the body by implication (each was read as stated; forty-fourth session's precision
    audit); a partner named itself in the same list is still stated."""
    ctx = page(
        project,
        tmp_path,
        "gannet-university",
        GANNET + "GNU collaborates with researchers at CETC. It collaborates with Li Wei, a researcher at CASC. "
        "It has worked with NUDT professors. It collaborates with AVIC and with a team at CASIC.\n",
    )
    assert ties_of(ctx, "collaboratesWith") == {
        ("collaboratesWith", "china-electronics-technology-group-corporation", "implied"),
        ("collaboratesWith", "china-aerospace-science-and-technology-corporation", "implied"),
        ("collaboratesWith", "national-university-of-defense-technology", "implied"),
        ("collaboratesWith", "aviation-industry-corporation-of-china", "stated"),
        ("collaboratesWith", "china-aerospace-science-and-industry-corporation", "implied"),
    }


def test_a_body_the_goods_go_through_is_no_customer(project, tmp_path):
    """ "sells drones to the PLA Air Force through AVIC": AVIC was read as supplied too (it may only
    be the agent; forty-fourth session's precision audit)."""
    ctx = page(
        project,
        tmp_path,
        "gannet-university",
        GANNET + "GNU sells drones to the PLA Air Force through AVIC. It supplies radars to the PLA Navy via CETC. "
        "It supplies sensors to NORINCO and CASIC.\n",
    )
    assert ties_of(ctx, "suppliesTo") == {
        ("suppliesTo", "pla-air-force", "stated"),
        ("suppliesTo", "pla-navy", "stated"),
        ("suppliesTo", "china-north-industries-group-corporation", "stated"),
        ("suppliesTo", "china-aerospace-science-and-industry-corporation", "stated"),
    }


def test_a_renewals_year_does_not_date_the_agreement(project, tmp_path):
    """ "renewed its strategic cooperation agreement with AVIC in 2019": the agreement was dated 2019,
    the renewal's year (forty-fourth session's precision audit); a signing keeps its year."""
    ctx = page(
        project,
        tmp_path,
        "gannet-university",
        GANNET + "GNU renewed its strategic cooperation agreement with AVIC in 2019. "
        "In 2021, GNU renewed its cooperation agreement with CETC. "
        "GNU signed a strategic cooperation agreement with NORINCO in 2014.\n",
    )
    agreements = {s for s, p, _ in ctx.triples if p == DKG.party}
    dated = {s for s, p, _ in ctx.triples if p == DKG.date and s in agreements}
    parties = {str(o).rsplit("/", 1)[-1] for s, p, o in ctx.triples if p == DKG.party and s in dated}
    assert len(agreements) == 3
    assert parties == {"gannet-university", "china-north-industries-group-corporation"}


def test_a_body_that_opens_a_clause_of_time_is_no_partner(project, tmp_path):
    """ "collaborated with NORINCO since HIT joined the B8 alliance in 2012": HIT was read as a
    partner too (forty-fourth session's precision audit)."""
    ctx = page(
        project,
        tmp_path,
        "gannet-university",
        GANNET + "GNU has collaborated with NORINCO since HIT joined the B8 alliance in 2012. "
        "It has worked with CETC and AVIC since 2015.\n",
    )
    assert ties_of(ctx, "collaboratesWith") == {
        ("collaboratesWith", "china-north-industries-group-corporation", "stated"),
        ("collaboratesWith", "china-electronics-technology-group-corporation", "stated"),
        ("collaboratesWith", "aviation-industry-corporation-of-china", "stated"),
    }
    assert qualifier_years(ctx, "collaboratesWith")["aviation-industry-corporation-of-china"] == {"since 2015"}


def test_a_compound_naming_another_things_supervisor_is_not_the_institutions(project, tmp_path):
    """ "hosts a SASTIND-supervised laboratory", "collaborates with MPS-run institutes", "owns an
    MSS-run company", "works with X, a MIIT-run university", "was a CASC-run school until 1999": each
    gave the institution the supervisor (forty-fourth session's precision audit); "is a MIIT-run
    university", "GNU, a SASTIND-supervised university, ...", "has become ..." still do."""
    others = (
        "GNU hosts a SASTIND-supervised laboratory. GNU collaborates with MPS-run institutes. "
        "GNU owns an MSS-run company. GNU works with Harbin Engineering University, a CASIC-run university. "
        "GNU was a CASC-run school until 1999.\n"
    )
    ctx = page(project, tmp_path, "gannet-university", GANNET + others)
    assert not ties_of(ctx, "supervisedBy")
    ctx = page(
        project,
        tmp_path,
        "gannet-university",
        GANNET + "GNU is a MIIT-run university. GNU, a SASTIND-supervised university, hosts two laboratories. "
        "GNU has become a CETC-run institute.\n",
    )
    assert ties_of(ctx, "supervisedBy") == {
        ("supervisedBy", "ministry-of-industry-and-information-technology", "stated"),
        ("supervisedBy", SASTIND, "stated"),
        ("supervisedBy", "china-electronics-technology-group-corporation", "stated"),
    }


def test_a_credential_held_through_a_subsidiary_is_not_stated_as_the_institutions(project, tmp_path):
    """ "holds secret-level security credentials through its subsidiary, Gannet Avionics": read as
    the institution's own (forty-fourth session's precision audit); the holder may be the subsidiary."""
    ctx = page(
        project,
        tmp_path,
        "gannet-university",
        "Gannet University\n\n\nGannet University (GNU) is a public university.\n\n"
        "GNU holds secret-level security credentials through its subsidiary, Gannet Avionics. "
        "It holds confidential-level security credentials via one of its companies.\n",
    )
    assert "securityCredential" not in observed(ctx)
    ctx = page(
        project,
        tmp_path,
        "gannet-university",
        "Gannet University\n\n\nGannet University (GNU) is a public university.\n\n"
        "GNU holds secret-level security credentials, through which it takes part in classified projects.\n",
    )
    assert observed(ctx)["securityCredential"] == {"secret"}


def test_partners_abroad_named_by_their_short_names(project, tmp_path):
    """ "ETH Zurich", "KAIST", "Technion", "Caltech", "TU Delft", "KTH", "MIT", "NUS", "UNSW", "Skoltech",
    "MIPT": names with no "University", "Institute" or "College" that nothing mints; the registry
    knows them (data/curated/universities-abroad.ttl), so the rules read them as any known partner."""
    ctx = page(
        project,
        tmp_path,
        "gannet-university",
        GANNET + "GNU has a joint programme with ETH Zurich in robotics. It collaborates with Technion and Caltech. "
        "The university has exchanges with TU Delft, KTH and the University of Bristol. "
        "It has exchanges with Skoltech and MIPT. GNU collaborates with NUS on batteries. "
        "GNU signed an agreement with KAIST in 2017. In 2019 GNU signed a memorandum of understanding with UNSW.\n",
    )
    assert ties_of(ctx, "hasExchangesWith", "collaboratesWith") == {
        ("collaboratesWith", "eth-zurich", "stated"),
        ("collaboratesWith", "technion-israel-institute-of-technology", "stated"),
        ("collaboratesWith", "california-institute-of-technology", "stated"),
        ("hasExchangesWith", "delft-university-of-technology", "stated"),
        ("hasExchangesWith", "kth-royal-institute-of-technology", "stated"),
        ("hasExchangesWith", "university-of-bristol", "stated"),
        ("hasExchangesWith", "skolkovo-institute-of-science-and-technology", "stated"),
        ("hasExchangesWith", "moscow-institute-of-physics-and-technology", "stated"),
        ("collaboratesWith", "national-university-of-singapore", "stated"),
    }
    parties = {str(o).rsplit("/", 1)[-1] for s, p, o in ctx.triples if p == DKG.party}
    assert {"korea-advanced-institute-of-science-and-technology", "university-of-new-south-wales"} <= parties


def test_a_full_name_abroad_and_its_short_name_are_one_node(project, tmp_path):
    """The registry's node is the one the full name minted before ("Bauman Moscow State Technical
    University", "the Technion – Israel Institute of Technology", whose name was cut at the dash)."""
    ctx = page(
        project,
        tmp_path,
        "gannet-university",
        GANNET + "GNU has a joint laboratory with Bauman Moscow State Technical University. "
        "It has exchanges with the Technion – Israel Institute of Technology.\n",
    )
    assert ties_of(ctx, "hasExchangesWith", "collaboratesWith") == {
        ("collaboratesWith", "bauman-moscow-state-technical-university", "stated"),
        ("hasExchangesWith", "technion-israel-institute-of-technology", "stated"),
    }


def test_short_names_abroad_inside_words_surnames_and_places_name_no_partner(project, tmp_path):
    """A surname ("Bauman"), a word in another case ("mit", "Kaist"), a town ("Delft") and an
    abbreviation another body shares ("UCL": University College London and UCLouvain) are no partner."""
    ctx = page(
        project,
        tmp_path,
        "gannet-university",
        GANNET + "GNU hosts a visiting scholar named Bauman. It collaborates with Bauman. "
        "GNU launched the Kaist programme of its own. Its students study mit den Partnern in Germany. "
        "GNU has exchanges with UCL. It collaborates with Delft.\n",
    )
    assert not ties_of(ctx, "hasExchangesWith", "collaboratesWith")


def test_a_government_adding_the_institutions_partners_does_not_list_the_institution(project, tmp_path):
    """ "the US added NUDT and several other AU partners to the Entity List": read as the
    institution listed (forty-fifth session's precision audit); its name only says whose partners
    were added. The institution added by name, beside another, is still listed."""
    for sentence in (
        "In 2020, the US added NUDT and several other SNU partners to the Entity List.",
        "In 2019, the US added several SNU partners, including NUDT, to the Entity List.",
        "In 2021, the US Commerce Department added two SNU collaborators to the Entity List.",
    ):
        ctx = page(
            project,
            tmp_path,
            "snipe-university",
            f"Snipe University\n\n\nSnipe University (SNU) is a public university.\n\n{sentence}\n",
        )
        assert "listedOn" not in observed(ctx), sentence
    ctx = page(
        project,
        tmp_path,
        "snipe-university",
        "Snipe University\n\n\nSnipe University (SNU) is a public university.\n\n"
        "In 2020, the US added SNU and NUDT to the Entity List.\n",
    )
    assert observed(ctx)["listedOn"] == {"us-entity-list"}


def listed(ctx) -> set[tuple[str, str, str | None]]:
    """(body, list, year) of each listing the page states, whoever is listed."""
    triples = list(ctx.triples)
    when = {s: str(o) for s, p, o in triples if p == DKG.when}
    out = set()
    for st in {s for s, p, o in triples if p == RDF.predicate and o == DKG.listedOn}:
        about = {p: o for s, p, o in triples if s == st}
        body, concept = (str(about[x]).rsplit("/", 1)[-1] for x in (RDF.subject, RDF.object))
        out.add((body, concept, when.get(about.get(DKG.pointInTime))))
    return out


NUDT = "national-university-of-defense-technology"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the bodies named as some of the institution's partners added (unread before), the institution not
        (
            "In 2019, the US added several SNU partners, including NUDT, to the Entity List.",
            {(NUDT, "us-entity-list", "2019")},
        ),
        (
            "In May 2020, the US Commerce Department added a number of SNU collaborators, including Harbin "
            "Engineering University and NUDT, to the Entity List.",
            {(NUDT, "us-entity-list", "2020-05"), ("harbin-engineering-university", "us-entity-list", "2020-05")},
        ),
        (
            "In 2021, Japan added two SNU partners, such as Beihang University, to its End User List.",
            {("beihang-university", "japan-end-user-list", "2021")},
        ),
        (
            "In 2019, the US added several SNU partners to the Entity List, including NUDT.",
            {(NUDT, "us-entity-list", "2019")},
        ),
        (
            "In 2018, the US added several of SNU's partners, including CETC, to the Entity List.",
            {("china-electronics-technology-group-corporation", "us-entity-list", "2018")},
        ),
        (
            "In 2020, the US added NUDT and several other SNU partners to the Entity List.",
            {(NUDT, "us-entity-list", "2020")},
        ),
        # the institution named after "partners of" is whose they are (before: listed itself)
        (
            "In 2019, the US added several partners of SNU, including NUDT, to the Entity List.",
            {(NUDT, "us-entity-list", "2019")},
        ),
        # left: no body named whole, a hedge, a plan, a phrase about no partners of the institution's
        ("In 2019, the US added several SNU partners, including a NUDT laboratory, to the Entity List.", set()),
        (
            "In 2019, the US added several SNU partners, including NUDT's Institute of Optics, to the Entity List.",
            set(),
        ),
        ("In 2019, the US added several SNU partners, including institutes of CETC, to the Entity List.", set()),
        ("In 2019, the US reportedly added several SNU partners, including NUDT, to the Entity List.", set()),
        ("In 2022, the US considered adding several SNU partners, including NUDT, to the Entity List.", set()),
        ("In 2019, the US added several Chinese universities, including NUDT, to the Entity List.", set()),
        ("In 2020, the US added several SNU partners to the Entity List.", set()),
        # kept: the institution added by name, with another
        (
            "In 2020, the US added 33 Chinese entities, including SNU and NUDT, to the Entity List.",
            {(NUDT, "us-entity-list", "2020"), ("snipe-university", "us-entity-list", "2020")},
        ),
    ],
)
def test_the_institutions_partners_a_government_added_are_listed(project, tmp_path, sentence, expected):
    """ "the US added several SNU partners, including NUDT, to the Entity List": NUDT is listed,
    with the sentence's date, stated; SNU, named only as whose partners they are, is not."""
    ctx = page(
        project,
        tmp_path,
        "snipe-university",
        f"Snipe University\n\n\nSnipe University (SNU) is a public university.\n\n{sentence}\n",
    )
    assert listed(ctx) == expected


def test_a_count_followed_by_one_more_laboratory_shared_with_a_partner_gives_no_count(project, tmp_path):
    """ "is home to two defence laboratories and co-hosts a third with CETC": read as exactly two
    (forty-fifth session's precision audit); whether the shared one is counted is not said. A count
    with a second clause about something else is still read."""
    for sentence in (
        "HPU is home to two defence laboratories and co-hosts a third with CETC.",
        "HPU hosts three defence laboratories, and jointly runs another with CAEP.",
        "HPU is home to four defence laboratories and shares one more with NUDT.",
    ):
        ctx = page(
            project,
            tmp_path,
            "heron-polytechnic-university",
            f"Heron Polytechnic University\n\n\nHeron Polytechnic University (HPU) is a public university.\n\n{sentence}\n",
        )
        assert "defenceLaboratoryCount" not in observed(ctx), sentence
    ctx = page(
        project,
        tmp_path,
        "heron-polytechnic-university",
        "Heron Polytechnic University\n\n\nHeron Polytechnic University (HPU) is a public university.\n\n"
        "HPU is home to two defence laboratories and hosts a conference on optics every year.\n",
    )
    assert observed(ctx)["defenceLaboratoryCount"] == {"2"}


def test_a_share_of_the_graduates_who_entered_the_defence_sector_is_no_defence_graduate_share(project, tmp_path):
    """ "Roughly 40% of DIT graduates who entered the defence sector joined CETC": read as 40% of
    its graduates going to the defence sector (forty-fifth session's precision audit); the share is
    of those already there. A relative clause before the defence work is still read."""
    ctx = page(
        project,
        tmp_path,
        "dunlin-institute-of-technology",
        "Dunlin Institute of Technology\n\n\nDunlin Institute of Technology (DIT) is a public university.\n\n"
        "Roughly 40% of DIT graduates who entered the defence sector joined CETC.\n",
    )
    assert "defenceGraduateShare" not in observed(ctx)
    ctx = page(
        project,
        tmp_path,
        "dunlin-institute-of-technology",
        "Dunlin Institute of Technology\n\n\nDunlin Institute of Technology (DIT) is a public university.\n\n"
        "In 2018, 18.2% of DIT graduates who found work were employed in the defence industry.\n",
    )
    assert observed(ctx)["defenceGraduateShare"] == {
        "dunlin-institute-of-technology-defence-graduate-share-18.2-aspi-tracker"
    }


# -- dates that belong to another clause (forty-sixth session) ------------------------------------------

KESTREL_AU = "Kestrel Aeronautical University\n\n\nKestrel Aeronautical University (KAU) is a public university.\n\n"


@pytest.mark.parametrize(
    ("sentence", "predicate", "expected"),
    [
        # a "that" clause's year is its own (the collaboration was dated 2019, the listing's year)
        (
            "KAU collaborates with several partners, including NUDT, that the US added to the Entity List in 2019.",
            "collaboratesWith",
            set(),
        ),
        ("KAU has exchanges with NUDT, that the US added to the Entity List in 2015.", "hasExchangesWith", set()),
        (
            "KAU collaborates with partners that the US added to the Entity List in 2019, including NUDT.",
            "collaboratesWith",
            set(),
        ),
        (
            "KAU collaborates with several institutions that were added to the Entity List in 2019, such as NUDT.",
            "collaboratesWith",
            set(),
        ),
        # a parenthesis on the partner's past
        ("KAU collaborates with NUDT (renamed in 2017) on guidance systems.", "collaboratesWith", set()),
        ("KAU has exchanges with NUDT (added to the Entity List in 2015).", "hasExchangesWith", set()),
        ("In 2019, KAU collaborated with NUDT (renamed in 2017).", "collaboratesWith", {"In 2019"}),
        # kept: the tie's own year
        ("KAU has collaborated with NUDT since 2016.", "collaboratesWith", {"since 2016"}),
    ],
)
def test_a_year_in_a_that_clause_or_a_parenthesis_dates_no_tie(project, tmp_path, sentence, predicate, expected):
    """ "KAU collaborates with several partners, including NUDT, that the US added to the Entity List
    in 2019": the collaboration with NUDT was dated 2019, the year of the listing the relative
    clause tells (``text.THAT_CLAUSE``, ``PARENTHESIS_ON_ITS_PAST`` in ``own_clauses``)."""
    ctx = page(project, tmp_path, "kestrel-aeronautical-university", KESTREL_AU + sentence + "\n")
    assert qualifier_years(ctx, predicate) == {NUDT: expected}


def test_a_parenthesis_on_a_partners_past_neither_lists_the_institution_nor_dates_an_event(project, tmp_path):
    """ "works with NUDT (added to the Entity List in 2015)" listed KAU in 2015; "co-hosted a
    workshop with CASC (founded in 1999)" dated the workshop 1999."""
    ctx = page(
        project,
        tmp_path,
        "kestrel-aeronautical-university",
        KESTREL_AU + "KAU holds secret-level security credentials and works with NUDT (added to the Entity List in "
        "2015).\n",
    )
    assert "listedOn" not in observed(ctx)
    assert qualifier_years(ctx, "collaboratesWith") == {NUDT: set()}
    ctx = page(
        project,
        tmp_path,
        "kestrel-aeronautical-university",
        KESTREL_AU + "KAU co-hosted a workshop with CASC (founded in 1999) on hypersonics.\n",
    )
    assert not [o for s, p, o in ctx.triples if p == DKG.date]
    assert "1999" not in " ".join(str(s) for s, p, o in ctx.triples)
    # kept: the institution's own listing and its year
    for sentence in (
        "KAU (renamed in 2004) was added to the Entity List in 2019.",
        "KAU was added to the Entity List in 2019 with several partners that it works with.",
    ):
        ctx = page(project, tmp_path, "kestrel-aeronautical-university", KESTREL_AU + sentence + "\n")
        assert listed(ctx) == {("kestrel-aeronautical-university", "us-entity-list", "2019")}, sentence


def test_a_participle_after_a_partners_name_is_the_partners(project, tmp_path):
    """ "KAU works closely with CASC, added to the Entity List in 2020" listed KAU in 2020 and dated
    the collaboration 2020; ", reorganised in 2017," dated the exchanges (``text.PARTICIPLE_ON_A_NAME``,
    ``ABOUT_ITS_PAST``). The phrase right after the institution's name, or after what it is, is its own."""
    for sentence, predicate, partner in (
        ("KAU works closely with CASC, added to the Entity List in 2020.", "collaboratesWith", CASC),
        ("KAU has exchanges with NUDT, reorganised in 2017, on command training.", "hasExchangesWith", NUDT),
    ):
        ctx = page(project, tmp_path, "kestrel-aeronautical-university", KESTREL_AU + sentence + "\n")
        assert "listedOn" not in observed(ctx), sentence
        assert qualifier_years(ctx, predicate) == {partner: set()}, sentence
    ctx = page(
        project,
        tmp_path,
        "kestrel-aeronautical-university",
        KESTREL_AU + "KAU hosts the Key Laboratory of Aircraft Structures, which works with CASC, added to the "
        "Entity List in 2020.\n",
    )
    assert "listedOn" not in observed(ctx)
    for sentence, year in (
        ("KAU, added to the Entity List in 2019, is a public university.", "2019"),
        ("KAU is a public university, added to the Entity List in 2020.", "2020"),
        ("In 2020, KAU was added to the Entity List, placed on it with 11 other universities.", "2020"),
    ):
        ctx = page(project, tmp_path, "kestrel-aeronautical-university", KESTREL_AU + sentence + "\n")
        assert listed(ctx) == {("kestrel-aeronautical-university", "us-entity-list", year)}, sentence


def test_a_participle_on_a_partners_past_ending_the_sentence_dates_no_tie(project, tmp_path):
    """ "KAU collaborates with AVIC, created in 2008." dated the collaboration 2008, AVIC's past: a
    phrase on a past is set aside between commas (``ABOUT_ITS_PAST``), and at the sentence's end now
    too when it follows a partner's name (``text.PAST_ON_A_NAME_AT_THE_END``)."""
    for sentence, predicate, partner in (
        ("KAU collaborates with AVIC, created in 2008.", "collaboratesWith", AVIC),
        (
            "KAU has exchanges with Harbin Engineering University, formed in 1953.",
            "hasExchangesWith",
            "harbin-engineering-university",
        ),
        ("KAU set up a joint laboratory with CETC, established in 2002.", "collaboratesWith", CETC),
    ):
        ctx = page(project, tmp_path, "kestrel-aeronautical-university", KESTREL_AU + sentence + "\n")
        assert qualifier_years(ctx, predicate) == {partner: set()}, sentence
    # the fact's own clause still dates it
    ctx = page(
        project,
        tmp_path,
        "kestrel-aeronautical-university",
        KESTREL_AU + "In 2016, KAU collaborated with CASC, founded in 1999.\n",
    )
    assert qualifier_years(ctx, "collaboratesWith") == {CASC: {"In 2016"}}


def test_a_designation_or_sanction_after_a_partners_name_is_the_partners(project, tmp_path):
    """ "KAU works with CASC, sanctioned by the US in 2020." dated the collaboration 2020, and
    "designated", "blacklisted" the same: like "added to", they were set aside only in a parenthesis
    (``text.PARTICIPLE_ON_A_NAME``)."""
    for sentence, predicate, partner in (
        ("KAU works with CASC, sanctioned by the US in 2020.", "collaboratesWith", CASC),
        ("KAU has exchanges with NUDT, blacklisted by the US in 2015.", "hasExchangesWith", NUDT),
        (
            "KAU collaborates with CETC, designated by the US Department of Defense in 2021 as a Chinese "
            "military company.",
            "collaboratesWith",
            CETC,
        ),
        ("KAU works with NUDT, sanctioned by the US Treasury in 2021, on navigation.", "collaboratesWith", NUDT),
    ):
        ctx = page(project, tmp_path, "kestrel-aeronautical-university", KESTREL_AU + sentence + "\n")
        assert qualifier_years(ctx, predicate) == {partner: set()}, sentence


def test_a_listing_after_the_place_the_institution_is_in_is_its_own(project, tmp_path):
    """ "KAU is a public university in Harbin, added to the Entity List in 2020." listed KAU until
    the listing's participle after a name was set aside as that name's: a place where the clause's
    subject is is no partner (``text._WHAT_IT_IS_AND_WHERE``)."""
    ctx = page(
        project,
        tmp_path,
        "kestrel-aeronautical-university",
        KESTREL_AU + "KAU is a public university in Harbin, added to the Entity List in 2020.\n",
    )
    assert listed(ctx) == {("kestrel-aeronautical-university", "us-entity-list", "2020")}
    # a place after a partner is not where the institution is: the listing is still the partner's
    ctx = page(
        project,
        tmp_path,
        "kestrel-aeronautical-university",
        KESTREL_AU + "KAU works with NUDT in Changsha, added to the Entity List in 2015.\n",
    )
    assert ("kestrel-aeronautical-university", "us-entity-list", "2015") not in listed(ctx)


def test_the_institutions_listing_between_commas_dates_no_tie(project, tmp_path):
    """ "KAU, added to the Entity List in 2019, works with CASC." dated the collaboration 2019, the
    listing's year (``text.LISTING_BETWEEN_COMMAS``, set aside in ``links.tie_period``); the listing
    keeps it, and the tie its own year."""
    for sentence, years, listing in (
        ("KAU, added to the Entity List in 2019, works with CASC.", set(), {"2019"}),
        ("KAU, sanctioned by the US in 2020, works with CASC.", set(), set()),
        ("KAU, added to the Entity List in 2019, has worked with CASC since 2012.", {"since 2012"}, {"2019"}),
    ):
        ctx = page(project, tmp_path, "kestrel-aeronautical-university", KESTREL_AU + sentence + "\n")
        assert qualifier_years(ctx, "collaboratesWith") == {CASC: years}, sentence
        assert {year for _, _, year in listed(ctx)} == listing, sentence


def test_a_second_tie_in_a_clause_of_it_coordinated_after_the_first(project, tmp_path):
    """ "KAU collaborates with NUDT, and since 2016 it has worked with CASIC." read NUDT only: a
    second collaboration was read only in a verb phrase right after "and" (``links.next_collaboration``
    now takes "it", with a time of its own, which dates that tie alone)."""
    for sentence, expected in (
        ("KAU collaborates with NUDT, and since 2016 it has worked with CASIC.", {NUDT: set(), CASIC: {"since 2016"}}),
        ("KAU collaborates with NUDT, and it has worked with CASIC since 2016.", {NUDT: set(), CASIC: {"since 2016"}}),
        ("KAU collaborates with NUDT, and it also runs a joint laboratory with CETC.", {NUDT: set(), CETC: set()}),
        (
            "KAU has worked with NUDT since 2012, and since 2016 it has worked with CASIC.",
            {NUDT: {"since 2012"}, CASIC: {"since 2016"}},
        ),
        # a second tie denied or ended is not read; a hedged one is possible (forty-eighth session:
        # the first, plain, is read as it would be alone; both were unread)
        ("KAU works with NUDT, and it never worked with CASIC.", {NUDT: set()}),
        ("KAU collaborates with NUDT, and it reportedly works with CASIC.", {NUDT: set(), CASIC: set()}),
        ("KAU collaborates with NUDT, and it worked with CASIC until 2017.", {}),
    ):
        ctx = page(project, tmp_path, "kestrel-aeronautical-university", KESTREL_AU + sentence + "\n")
        assert qualifier_years(ctx, "collaboratesWith") == expected, sentence


def test_a_tie_said_by_its_start_is_read_with_its_year_as_the_start(project, tmp_path):
    """ "KAU collaborates with NUDT, and in 2016 it began to collaborate with CASIC." read NUDT only,
    and "began cooperating with", "started working with" nothing in any clause (``links.COLLABORATION``
    now takes a tie said by its start, ``_BEGAN``, whose one year is its start)."""
    for sentence, expected in (
        (
            "KAU collaborates with NUDT, and in 2016 it began to collaborate with CASIC.",
            {NUDT: set(), CASIC: {"in 2016"}},
        ),
        ("KAU works with CETC, and in 2018 it began cooperating with AVIC.", {CETC: set(), AVIC: {"in 2018"}}),
        ("KAU works with NUDT, and it started working with CASIC in 2017.", {NUDT: set(), CASIC: {"in 2017"}}),
        ("In 2016, KAU started working with CASIC.", {CASIC: {"In 2016"}}),
        # hedged or ended: unread, as before
        ("KAU works with NUDT, and in 2016 it may begin to collaborate with CASIC.", {}),
        ("KAU collaborated with NUDT, and in 2016 it stopped working with CASIC.", {}),
    ):
        ctx = page(project, tmp_path, "kestrel-aeronautical-university", KESTREL_AU + sentence + "\n")
        assert qualifier_years(ctx, "collaboratesWith") == expected, sentence
        years = {y for ys in expected.values() for y in ys}
        assert starts(ctx, "collaboratesWith") == years, sentence


def starts(ctx, predicate: str) -> set[str]:
    """The verbatim dates that begin statements of ``predicate`` (their ``startDate``)."""
    by: dict = {}
    for s, p, o in ctx.triples:
        by.setdefault(s, {}).setdefault(p, []).append(o)
    return {
        str(v)
        for st in by.values()
        if st.get(RDF.predicate) == [DKG[predicate]]
        for d in st.get(DKG.startDate, [])
        for v in by[d][DKG.verbatim]
    }


def statements_sourced(ctx, subject: str) -> set[tuple[str, str, str | None, str, str | None]]:
    """(relation, object, year or None, certainty, source or None) of every fact about ``subject``
    (no labels, names or kinds)."""
    triples = list(ctx.triples)
    about: dict = {}
    for s, p, o in triples:
        about.setdefault(s, {})[p] = o
    out = set()
    for fields in about.values():
        if fields.get(RDF.subject) != ID[subject] or RDF.predicate not in fields:
            continue
        relation = str(fields[RDF.predicate]).rsplit("#", 1)[-1]
        if relation in {"type", "label", "name", "abbreviation", "altLabel", "prefLabel"}:
            continue
        dated = next((fields[q] for q in (DKG.pointInTime, DKG.startDate) if q in fields), None)
        year = re.search(r"\d{4}", str(about.get(dated, {}).get(DKG.when, ""))) if dated is not None else None
        source = fields.get(DKG.accordingTo)
        out.add(
            (
                relation,
                str(fields[RDF.object]).rsplit("/", 1)[-1],
                year[0] if year else None,
                str(fields[DKG.certainty]).rsplit("/", 1)[-1],
                str(source) if source is not None else None,
            )
        )
    return out


def statements_sourced_by_parties(ctx) -> set[tuple[str, str, str | None, str, str | None]]:
    """("party", party, the agreement's or event's year or None, certainty, source or None) of every
    party the page's agreements and events are said to have."""
    about: dict = {}
    for s, p, o in ctx.triples:
        about.setdefault(s, {})[p] = o
    out = set()
    for fields in about.values():
        if fields.get(RDF.predicate) != DKG.party:
            continue
        dated = about.get(fields[RDF.subject], {}).get(DKG.date)
        year = re.search(r"\d{4}", str(about.get(dated, {}).get(DKG.when, ""))) if dated is not None else None
        source = fields.get(DKG.accordingTo)
        out.add(
            (
                "party",
                str(fields[RDF.object]).rsplit("/", 1)[-1],
                year[0] if year else None,
                str(fields[DKG.certainty]).rsplit("/", 1)[-1],
                str(source) if source is not None else None,
            )
        )
    return out


def eastvale_page(project, tmp_path, sentence: str):
    """The extraction of a page of Eastvale University (EVU) holding ``sentence``."""
    return page(
        project,
        tmp_path,
        "eastvale-university",
        "Eastvale University\n\n\nEastvale University (EVU) is a public university.\n\n" + sentence + "\n",
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a report the sentence opens by citing, and what it said after "that" (unread before): the
        # report is the fact's source, as "According to a 2019 report, ..." makes it; its year is
        # not the fact's date, the clause's own is
        (
            "A 2019 report said that EVU collaborates with CETC.",
            {("collaboratesWith", CETC, None, "stated", "A 2019 report")},
        ),
        (
            "Media reports in 2018 stated that EVU has exchanges with NUDT.",
            {("hasExchangesWith", NUDT, None, "stated", "Media reports in 2018")},
        ),
        (
            "A report by the South China Morning Post found that EVU collaborates with CASC.",
            {("collaboratesWith", CASC, None, "stated", "A report by the South China Morning Post")},
        ),
        (
            "A 2021 study found that EVU is supervised by MIIT.",
            {("supervisedBy", MIIT, None, "stated", "A 2021 study")},
        ),
        (
            "A 2020 report revealed that EVU was added to the Entity List in 2019.",
            {("listedOn", "us-entity-list", "2019", "stated", "A 2020 report")},
        ),
        # (told in the present, and the institution's own pages: fifty-fifth session)
        (
            "A 2019 report says that EVU collaborates with CETC.",
            {("collaboratesWith", CETC, None, "stated", "A 2019 report")},
        ),
        (
            "Its website states that EVU has exchanges with NUDT.",
            {("hasExchangesWith", NUDT, None, "stated", "Its website")},
        ),
        # left: a hedge in what it said, a claim, another's facts, what it should be
        ("A 2019 report said that EVU may collaborate with CETC.", set()),
        ("Its website claims that EVU collaborates with CETC.", set()),
        ("A 2019 report claimed that EVU collaborates with CETC.", set()),
        ("A 2019 report said that CETC collaborates with NUDT.", set()),
        ("A 2019 report said that EVU should be added to the Entity List.", set()),
        # (nor without a report: a recommendation, listed before)
        ("EVU should be added to the Entity List.", set()),
        ("EVU ought to be placed on the Entity List.", set()),
        # (but "should" of a remark on the sentence itself hedges nothing: read as before the
        # forty-seventh session)
        (
            "It should be noted that EVU collaborates with CETC.",
            {("collaboratesWith", CETC, None, "stated", None)},
        ),
        (
            "It should be stressed that EVU was added to the Entity List in 2019.",
            {("listedOn", "us-entity-list", "2019", "stated", None)},
        ),
        ("It is worth noting that EVU has exchanges with NUDT.", {("hasExchangesWith", NUDT, None, "stated", None)}),
        # (a hedge after the remark still hedges)
        ("It should be noted that EVU may collaborate with CETC.", set()),
    ],
)
def test_a_reported_frame_cites_its_report_and_keeps_its_year_apart(project, tmp_path, sentence, expected):
    """ "A 2019 report said that EVU collaborates with CETC": the collaboration, stated, according to
    the report; 2019 is when the report said it, not the collaboration's date."""
    assert statements_sourced(eastvale_page(project, tmp_path, sentence), "eastvale-university") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # people the sentence opens by citing, and what they said after "that" (unread before): the
        # people are the fact's source; the year they said it in is not the fact's date
        (
            "EVU officials said that EVU collaborates with CETC.",
            {("collaboratesWith", CETC, None, "stated", "EVU officials")},
        ),
        (
            "A CETC spokesperson stated that EVU has exchanges with NUDT.",
            {("hasExchangesWith", NUDT, None, "stated", "A CETC spokesperson")},
        ),
        (
            "Officials told reporters in 2019 that EVU is supervised by MIIT.",
            {("supervisedBy", MIIT, None, "stated", "Officials")},
        ),
        (
            "University officials confirmed that EVU was added to the Entity List in 2020.",
            {("listedOn", "us-entity-list", "2020", "stated", "University officials")},
        ),
        # a report after a leading time: the time is when it was said
        (
            "In 2019, a report said that EVU collaborates with CETC.",
            {("collaboratesWith", CETC, None, "stated", "a report")},
        ),
        (
            "In 2019, officials said that EVU was added to the Entity List.",
            {("listedOn", "us-entity-list", None, "stated", "officials")},
        ),
        (
            "In 2019, a report said that EVU was transferred from COSTIND to MIIT in 2008.",
            {
                ("formerlySupervisedBy", COSTIND, None, "stated", "a report"),  # (its end: 2008)
                ("subordinateTo", MIIT, "2008", "stated", "a report"),
            },
        ),
        # credentials after a remark or people (unread before, and the second wrong: EVU's)
        (
            "It should be noted that EVU holds secret-level security credentials.",
            {("securityCredential", "secret", None, "stated", None)},
        ),
        (
            "Officials told reporters that EVU holds secret-level security credentials.",
            {("securityCredential", "secret", None, "stated", "Officials")},
        ),
        ("EVU officials told the press that CETC holds secret-level security credentials.", set()),
        # left: a hedge, a claim, hearsay, another's facts, an "it" that may be the frame's body
        ("A spokesperson said that EVU may collaborate with CETC.", set()),
        ("EVU officials claimed that EVU collaborates with CETC.", set()),
        ("Sources said that EVU collaborates with CETC.", set()),
        ("CETC officials said that CETC collaborates with NUDT.", set()),
        ("In 2021, a report said that CETC collaborates with NUDT.", set()),
        ("In 2018, a report alleged that EVU collaborates with CASC.", set()),
        ("CETC officials said that it collaborates with NUDT.", set()),
        ("A CETC report said that it collaborates with NUDT.", set()),
        ("It should be noted that EVU may hold secret-level security credentials.", set()),
    ],
)
def test_a_frame_of_people_or_after_a_time_cites_them_and_keeps_their_year_apart(project, tmp_path, sentence, expected):
    """ "Officials told reporters in 2019 that EVU is supervised by MIIT": the supervision, stated,
    according to the officials; 2019 is when they said it."""
    assert statements_sourced(eastvale_page(project, tmp_path, sentence), "eastvale-university") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # people with a possessive or a body named after them (unread before)
        (
            "The university's officials said that EVU collaborates with CETC.",
            {("collaboratesWith", CETC, None, "stated", "The university's officials")},
        ),
        (
            "A spokesperson for CETC said that EVU works with NUDT.",
            {("collaboratesWith", NUDT, None, "stated", "A spokesperson for CETC")},
        ),
        (
            "Officials at EVU stated that EVU has exchanges with NUDT.",
            {("hasExchangesWith", NUDT, None, "stated", "Officials at EVU")},
        ),
        (
            "A spokesman for the university told reporters that EVU collaborates with CASC.",
            {("collaboratesWith", CASC, None, "stated", "A spokesman for the university")},
        ),
        # an "it" after another body's people may be that body; another's facts; a claim: unread, as
        # before (after the institution's own people, the forty-eighth session reads it: below)
        ("A spokesperson for CETC said that it collaborates with NUDT.", set()),
        ("The company's officials said that it works with NUDT.", set()),
        ("Officials from CETC said that CETC collaborates with NUDT.", set()),
        ("A spokesperson for CETC claimed that EVU works with NUDT.", set()),
    ],
)
def test_a_frame_of_people_named_after_them_or_with_a_possessive(project, tmp_path, sentence, expected):
    """ "A spokesperson for CETC said that EVU works with NUDT" is read as "A CETC spokesperson said
    ..." is: stated, according to them; an "it" after them may be CETC and stays unread."""
    assert statements_sourced(eastvale_page(project, tmp_path, sentence), "eastvale-university") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the institution's own people, named by its names, then "it" (unread before): the institution
        (
            "EVU officials said that it collaborates with CETC.",
            {("collaboratesWith", CETC, None, "stated", "EVU officials")},
        ),
        (
            "Officials at EVU stated that it collaborates with CASC.",
            {("collaboratesWith", CASC, None, "stated", "Officials at EVU")},
        ),
        (
            "The university's officials said that it has exchanges with NUDT.",
            {("hasExchangesWith", NUDT, None, "stated", "The university's officials")},
        ),
        (
            "Eastvale University officials said in 2019 that it is supervised by MIIT.",
            {("supervisedBy", MIIT, None, "stated", "Eastvale University officials")},
        ),
        (
            "A spokesman for Eastvale University confirmed that it was added to the Entity List in 2020.",
            {("listedOn", "us-entity-list", "2020", "stated", "A spokesman for Eastvale University")},
        ),
        # another body's people, or the name of neither: "it" may be theirs, unread as before
        ("CETC officials said that it collaborates with NUDT.", set()),
        ("Officials of the Ministry of Education said that it collaborates with CETC.", set()),
        ("Officials at EVU and CETC said that it collaborates with NUDT.", set()),
        ("University officials said that it collaborates with NUDT.", set()),
        # (nor when the sentence before leaves another body "it" or the stand-in may stand for)
        ("CETC is a defence conglomerate.\n\nEVU officials said that it works with NUDT.", set()),
        ("EVU works with Birch University.\n\nThe university's officials said that it works with NUDT.", set()),
        # a hedge or a claim after them: unread
        ("EVU officials said that it may collaborate with CETC.", set()),
        ("EVU officials claimed that it collaborates with CETC.", set()),
    ],
)
def test_an_it_after_the_institutions_own_people_is_the_institution(project, tmp_path, sentence, expected):
    """ "Officials at EVU stated that it collaborates with CASC": the people are EVU's, by its names,
    so "it" is EVU; after CETC's people it may be CETC, and stays unread."""
    found = statements_sourced(eastvale_page(project, tmp_path, sentence), "eastvale-university")
    assert {f for f in found if f[1] != "birch-university"} == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a body after "of" whose name holds "of", "and" (unread before, and the second wrong: the
        # ministry taken for a supervisor besides SASTIND)
        (
            "Officials of the Ministry of Education said that EVU collaborates with CETC.",
            {("collaboratesWith", CETC, None, "stated", "Officials of the Ministry of Education")},
        ),
        (
            "A spokeswoman for the Ministry of Education said that SASTIND supervises EVU.",
            {("supervisedBy", SASTIND, None, "stated", "A spokeswoman for the Ministry of Education")},
        ),
        (
            "A spokesperson for the Ministry of Industry and Information Technology said that EVU works with NUDT.",
            {
                (
                    "collaboratesWith",
                    NUDT,
                    None,
                    "stated",
                    "A spokesperson for the Ministry of Industry and Information Technology",
                )
            },
        ),
        # people at a body in a place (unread before)
        (
            "Officials at EVU in Harbin said that EVU has exchanges with NUDT.",
            {("hasExchangesWith", NUDT, None, "stated", "Officials at EVU in Harbin")},
        ),
        (
            "Officials at EVU in Harbin said that it has exchanges with NUDT.",
            {("hasExchangesWith", NUDT, None, "stated", "Officials at EVU in Harbin")},
        ),
        (
            "Staff at NUDT in Changsha said that EVU collaborates with CETC.",
            {("collaboratesWith", CETC, None, "stated", "Staff at NUDT in Changsha")},
        ),
        ("Staff at NUDT in Changsha said that it collaborates with CETC.", set()),
    ],
)
def test_a_frame_of_people_of_a_body_named_with_of_or_in_a_place(project, tmp_path, sentence, expected):
    """ "Officials of the Ministry of Education said that EVU ..." and "Officials at EVU in Harbin said
    that ...": frames as "Officials at EVU said that ..." is."""
    assert statements_sourced(eastvale_page(project, tmp_path, sentence), "eastvale-university") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a frame after a leading time (unread before): its time is when it was said, no fact's date
        (
            "Since 2019, reports have said that EVU collaborates with CETC.",
            {("collaboratesWith", CETC, None, "stated", "reports")},
        ),
        (
            "In early 2020, a study found that EVU has exchanges with NUDT.",
            {("hasExchangesWith", NUDT, None, "stated", "a study")},
        ),
        (
            "On 5 May 2021, an EVU spokesperson said that EVU was added to the Entity List in 2020.",
            {("listedOn", "us-entity-list", "2020", "stated", "an EVU spokesperson")},
        ),
        ("Since 2017, reports have claimed that EVU collaborates with CETC.", set()),
        # a frame between commas (read before without its source, its year taken for the tie's; and
        # with a claim's verb or hearsay read as stated: wrong)
        ("EVU, officials said, collaborates with CETC.", {("collaboratesWith", CETC, None, "stated", "officials")}),
        (
            "EVU, a 2020 report found, collaborates with CASC.",
            {("collaboratesWith", CASC, None, "stated", "a 2020 report")},
        ),
        (
            "EVU, officials said in 2019, has exchanges with NUDT.",
            {("hasExchangesWith", NUDT, None, "stated", "officials")},
        ),
        (
            "EVU, a 2021 report found, holds secret-level security credentials.",
            {("securityCredential", "secret", None, "stated", "a 2021 report")},
        ),
        (
            "In 2020, EVU, officials said, signed an agreement with CETC.",
            {("party", CETC, "2020", "stated", "officials")},
        ),
        ("EVU, a report claimed, collaborates with CETC.", set()),
        ("EVU, officials alleged, works with NUDT.", set()),
        ("EVU, a 2021 study suggested, collaborates with CASC.", set()),
        ("EVU, sources said, works with NUDT.", set()),
        ("EVU, officials say, collaborates with CETC.", set()),
        ("EVU, a 2020 report said, may collaborate with CASC.", set()),
    ],
)
def test_a_frame_after_a_leading_time_or_between_commas(project, tmp_path, sentence, expected):
    """ "EVU, a 2020 report found, collaborates with CASC": stated, according to the report, undated;
    "EVU, a report claimed, ...": a claim, unread."""
    ctx = eastvale_page(project, tmp_path, sentence)
    found = statements_sourced(ctx, "eastvale-university") | {
        f for f in statements_sourced_by_parties(ctx) if f[1] != "eastvale-university"
    }
    assert found == expected


@pytest.mark.parametrize(
    ("sentence", "founders", "year"),
    [
        # an apposition on the institution's own past between it and the founding (unread before:
        # its comma was taken for another clause whose founding it might be); its year is not the lab's
        ("EVU, founded in 1952, set up the Key Laboratory of Flight Control.", {"eastvale-university"}, None),
        (
            "EVU, established in 1952, set up the Key Laboratory of Flight Control in 2010.",
            {"eastvale-university"},
            "2010",
        ),
        ("EVU, renamed in 2004, established the Key Laboratory of Flight Control.", {"eastvale-university"}, None),
        # after a report with its time (unread before): the time is when it was said, not the founding's
        (
            "In March 2020, a study found that EVU set up the Key Laboratory of Flight Control.",
            {"eastvale-university"},
            None,
        ),
        (
            "In 2019, officials said that EVU set up the Key Laboratory of Flight Control in 2012.",
            {"eastvale-university"},
            "2012",
        ),
        # left: another founder after the apposition, another's founding between
        ("EVU, founded in 1952, and CETC set up the Key Laboratory of Flight Control.", set(), None),
        ("EVU, two years after CASIC founded it, set up the Key Laboratory of Flight Control.", set(), None),
    ],
)
def test_a_laboratory_set_up_after_an_apposition_on_the_institutions_past(project, tmp_path, sentence, founders, year):
    """ "EVU, founded in 1952, set up the Key Laboratory of Flight Control": EVU set it up; 1952 is
    EVU's founding, not the laboratory's."""
    ctx = page(
        project,
        tmp_path,
        "eastvale-university",
        "Eastvale University\n\n\nEastvale University (EVU) is a public university.\n\n" + sentence + "\n",
    )
    triples = list(ctx.triples)
    assert {str(o).rsplit("/", 1)[-1] for s, p, o in triples if p == DKG.establishedBy} == founders
    years = {str(o) for s, p, o in triples if p == DKG.when and "flight-control-established" in str(s)}
    assert years == ({year} if year else set())


@pytest.mark.parametrize(
    ("sentence", "hosted"),
    [
        ("EVU's School of Optics hosts the Key Laboratory of Flight Control.", {"key-laboratory-of-flight-control"}),
        (
            "Its College of Marine Engineering is home to the Key Laboratory of Flight Control and the Key "
            "Laboratory of Hull Design.",
            {"key-laboratory-of-flight-control", "key-laboratory-of-hull-design"},
        ),
        (
            "EVU's School of Optics hosts two defence laboratories, including the Key Laboratory of Flight Control.",
            {"key-laboratory-of-flight-control"},
        ),
        # a stand-in for the unit, or "It", in the next sentence
        (
            "EVU's Defence Institute was set up in 2006. The institute hosts the Key Laboratory of Flight Control.",
            {"key-laboratory-of-flight-control"},
        ),
        (
            "EVU's Defence Institute was set up in 2006. It hosts the Key Laboratory of Flight Control.",
            {"key-laboratory-of-flight-control"},
        ),
        (
            "EVU's Defence Institute was set up in 2006. The institute has three laboratories at the university, "
            "including the Key Laboratory of Flight Control.",
            {"key-laboratory-of-flight-control"},
        ),
        # left: a hedge, another's unit, another body's stand-in, a laboratory that went elsewhere
        (
            "EVU works with the Birch Institute of Optics. The institute hosts the Key Laboratory of Flight Control.",
            set(),
        ),
        ("EVU's School of Optics reportedly hosts the Key Laboratory of Flight Control.", set()),
        ("NUDT's School of Optics hosts the Key Laboratory of Flight Control.", set()),
        (
            "EVU's School of Optics hosts the Key Laboratory of Flight Control, which was moved to NUDT in 2018.",
            set(),
        ),
    ],
)
def test_a_laboratory_hosted_by_a_unit_of_the_institution(project, tmp_path, sentence, hosted):
    """Fifty-third session: "EVU's School of Optics hosts the X Laboratory", and "The institute hosts
    the X Laboratory" after a sentence on EVU's Defence Institute, were unread (a unit as the subject
    is not the institution); the laboratory is at the institution through its unit: hosted by it,
    implied."""
    ctx = page(
        project,
        tmp_path,
        "eastvale-university",
        "Eastvale University\n\n\nEastvale University (EVU) is a public university.\n\n" + sentence + "\n",
    )
    about: dict = {}
    for s, p, o in ctx.triples:
        about.setdefault(s, {})[p] = o
    found = {
        str(st[RDF.subject]).rsplit("/", 1)[-1]
        for st in about.values()
        if st.get(RDF.predicate) == DKG.hostedBy and st.get(RDF.object) == ID["eastvale-university"]
    }
    assert found == hosted, sentence
    certainties = {
        str(st[DKG.certainty]).rsplit("/", 1)[-1] for st in about.values() if st.get(RDF.predicate) == DKG.hostedBy
    }
    assert certainties <= {"implied"}, sentence


@pytest.mark.parametrize(
    ("sentence", "year", "founders"),
    [
        ("EVU, founded in 1952, is supervised by MIIT.", "1952", set()),
        ("EVU, which was established in 1946 in Harbin, merged with Birch College in 1999.", "1946", set()),
        ("EVU (founded in 1958) is supervised by MIIT.", "1958", set()),
        ("EVU, founded in 1958 by the PLA Navy, trains officers.", "1958", {"pla-navy"}),
        # (a hedge of the main clause is not the founding's)
        ("EVU, founded in 1958, may work with CETC.", "1958", set()),
        # in a relative clause on what it is
        ("EVU is a naval university that was founded in 1958.", "1958", set()),
        ("EVU is a naval university which was established in 2017 in Qingdao.", "2017", set()),
        ("EVU is a subsidiary of the university that was founded in 1958.", None, set()),
        # left: a refounding, a unit's, another's, a hedged founding
        ("EVU, re-established in 2000 after a merger, is supervised by MIIT.", None, set()),
        ("EVU, established in 2000 after the merger of two colleges, is supervised by MIIT.", None, set()),
        ("EVU's School of Optics, founded in 1958, works with CETC.", None, set()),
        ("EVU works with CETC, founded in 2002.", None, set()),
        ("EVU, reportedly founded in 1958, is supervised by MIIT.", None, set()),
    ],
)
def test_the_institutions_founding_told_between_commas_after_its_name(project, tmp_path, sentence, year, founders):
    """Fifty-third session: "EVU, founded in 1952, is ...", "EVU, which was established in 1946 in
    Harbin, merged with ...", "EVU (founded in 1958) is ..." and "EVU is a naval university that was
    founded in 1958" left the founding unread (only a founding as the main clause's verb, or before
    the name, was read)."""
    ctx = page(
        project,
        tmp_path,
        "eastvale-university",
        "Eastvale University\n\n\nEastvale University (EVU) is a public university.\n\n" + sentence + "\n",
    )
    triples = list(ctx.triples)
    founded = {str(o) for s, p, o in triples if p == DKG.when and "eastvale-university-established" in str(s)}
    assert founded == ({year} if year else set()), sentence
    assert {str(o).rsplit("/", 1)[-1] for s, p, o in triples if p == DKG.establishedBy} == founders, sentence


@pytest.mark.parametrize(
    ("sentence", "founders", "hosted"),
    [
        (
            "Together with CETC, EVU established the Key Laboratory of Flight Control.",
            {"eastvale-university", CETC},
            False,
        ),
        (
            "In 2015, together with CETC, EVU established the Key Laboratory of Flight Control.",
            {"eastvale-university", CETC},
            False,
        ),
        (
            "In 2015, in partnership with CETC, EVU set up the Key Laboratory of Flight Control.",
            {"eastvale-university", CETC},
            False,
        ),
        # (the institution alone: hosted by it, as implied)
        ("In 2015, EVU established the Key Laboratory of Flight Control.", {"eastvale-university"}, True),
    ],
)
def test_a_laboratory_set_up_with_a_partner_named_before_the_founder(project, tmp_path, sentence, founders, hosted):
    """Fifty-third session: "Together with CETC, EVU established the X Laboratory" gave EVU alone as
    its founder and its host (implied), as if CETC were not there; after a leading time ("In 2015,
    together with CETC, ...") the sentence was unread. A laboratory set up with a partner has both as
    founders, and may be hosted by either (as "... jointly with CETC" after it)."""
    ctx = page(
        project,
        tmp_path,
        "eastvale-university",
        "Eastvale University\n\n\nEastvale University (EVU) is a public university.\n\n" + sentence + "\n",
    )
    triples = list(ctx.triples)
    assert {str(o).rsplit("/", 1)[-1] for s, p, o in triples if p == DKG.establishedBy} == founders
    assert any(p == RDF.predicate and o == DKG.hostedBy for _, p, o in triples) == hosted


def test_a_phrase_pointed_back_to_anothers_past_dates_no_tie(project, tmp_path):
    """ "KAU collaborates with NUDT and CETC, the latter formed in 2002." dated both ties 2002, CETC's
    past ("the latter/former/second ... founded in", "itself founded in": ``text.POINTED_BACK_PAST``,
    in ``own_clauses``); "the latter added to the Entity List in 2020" listed KAU. A tie's own year
    and "the latter since 2016" are kept."""
    for sentence, predicate, expected in (
        (
            "KAU collaborates with NUDT and CETC, the latter formed in 2002.",
            "collaboratesWith",
            {NUDT: set(), CETC: set()},
        ),
        (
            "KAU has exchanges with NUDT and CASC, the latter founded in 1999.",
            "hasExchangesWith",
            {NUDT: set(), CASC: set()},
        ),
        ("KAU collaborates with CETC, itself founded in 2002.", "collaboratesWith", {CETC: set()}),
        ("KAU, itself founded in 1952, works with NUDT.", "collaboratesWith", {NUDT: set()}),
        (
            "KAU works with CASC and NUDT, the first founded in 1999 and the second reorganized in 2017.",
            "collaboratesWith",
            {CASC: set(), NUDT: set()},
        ),
        (
            "KAU collaborates with NUDT and CETC, the latter added to the Entity List in 2020.",
            "collaboratesWith",
            {NUDT: set(), CETC: set()},
        ),
        # kept: the tie's own year, and an item's
        ("In 2016, KAU collaborated with CASC, itself founded in 1999.", "collaboratesWith", {CASC: {"In 2016"}}),
        (
            "KAU collaborates with NUDT and CASIC, the latter since 2016.",
            "collaboratesWith",
            {NUDT: set(), CASIC: set()},
        ),
    ):
        ctx = page(project, tmp_path, "kestrel-aeronautical-university", KESTREL_AU + sentence + "\n")
        assert qualifier_years(ctx, predicate) == expected, sentence
        assert "listedOn" not in observed(ctx), sentence


def dated_nodes(ctx, predicate) -> set[tuple[frozenset[str], str | None]]:
    """(the bodies each node of ``predicate`` (party, organisedBy) names, its year or None)."""
    triples = list(ctx.triples)
    years = {s: str(o) for s, p, o in triples if p == DKG.when}
    dates = {s: years.get(o) for s, p, o in triples if p == DKG.date}
    bodies: dict = {}
    for s, p, o in triples:
        if p == predicate:
            bodies.setdefault(s, set()).add(str(o).rsplit("/", 1)[-1])
    return {(frozenset(names), dates.get(s)) for s, names in bodies.items()}


def test_the_institutions_listing_between_commas_dates_no_event_nor_agreement(project, tmp_path):
    """ "KAU, added to the Entity List in 2020, co-hosted a workshop with CETC" dated the workshop
    2020, and "KAU, added to ... in 2019, signed an agreement with NUDT" was unread (the listing
    between the institution and the verb); both now find their date in ``text.dating_clauses``
    (without ``LISTING_BETWEEN_COMMAS``), and the listing keeps its year."""
    kau = "kestrel-aeronautical-university"
    for sentence, predicate, expected, listing in (
        (
            "KAU, added to the Entity List in 2020, co-hosted a workshop with CETC on radar.",
            DKG.organisedBy,
            {(frozenset({kau, CETC}), None)},
            {"2020"},
        ),
        (
            "KAU, designated by the US Department of Defense in 2021, co-organised a forum on radar with CETC.",
            DKG.organisedBy,
            {(frozenset({kau, CETC}), None)},
            set(),
        ),
        (
            "KAU, placed on the Entity List in 2018, organised a conference on hypersonics in 2016.",
            DKG.organisedBy,
            {(frozenset({kau}), "2016")},
            {"2018"},
        ),
        (
            "KAU, added to the Entity List in 2019, signed a cooperation agreement with NUDT.",
            DKG.party,
            {(frozenset({kau, NUDT}), None)},
            {"2019"},
        ),
        (
            "KAU, sanctioned by the US in 2021, signed a cooperation agreement with CASIC in 2016.",
            DKG.party,
            {(frozenset({kau, CASIC}), "2016")},
            set(),
        ),
    ):
        ctx = page(project, tmp_path, kau, KESTREL_AU + sentence + "\n")
        assert dated_nodes(ctx, predicate) == expected, sentence
        assert {year for _, _, year in listed(ctx)} == listing, sentence


def test_a_listing_told_with_by_dates_no_tie_event_nor_agreement(project, tmp_path):
    """ "KAU, listed by the US in 2020, works with CETC" dated the tie 2020, "KAU collaborates with
    NUDT, listed by the US in 2015" 2015, a workshop and a visit took the listing's year and an
    agreement after it was unread: "listed by" was no listing's phrase. It is now set aside where a
    fact's date is looked for, as "added to" is; the listing itself stays unread (which list?)."""
    kau = "kestrel-aeronautical-university"
    for sentence, predicate, expected in (
        ("KAU, listed by the US in 2020, works with CETC.", DKG.collaboratesWith, {(frozenset({CETC}), None)}),
        ("KAU collaborates with NUDT, listed by the US in 2015.", DKG.collaboratesWith, {(frozenset({NUDT}), None)}),
        (
            "In 2016, KAU, listed by the US in 2020, worked with CASC.",
            DKG.collaboratesWith,
            {(frozenset({CASC}), "2016")},
        ),
        (
            "KAU, listed by Washington in 2018, co-hosted a workshop with CETC on radar.",
            DKG.organisedBy,
            {(frozenset({kau, CETC}), None)},
        ),
        (
            "KAU, listed by the US Commerce Department in 2019, signed an agreement with CASIC.",
            DKG.party,
            {(frozenset({kau, CASIC}), None)},
        ),
    ):
        ctx = page(project, tmp_path, kau, KESTREL_AU + sentence + "\n")
        if predicate == DKG.collaboratesWith:
            found = {
                (frozenset({o}), min(ys, default=None)) for o, ys in qualifier_years(ctx, "collaboratesWith").items()
            }
            assert {(n, y and y[-4:]) for n, y in found} == expected, sentence
        else:
            assert dated_nodes(ctx, predicate) == expected, sentence
        assert listed(ctx) == set(), sentence
    ctx = page(
        project, tmp_path, kau, KESTREL_AU + "KAU, listed by the US in 2020, received a delegation from NUDT in 2018.\n"
    )
    assert {str(o) for _, p, o in ctx.triples if p == DKG.when} == {"2018"}


def test_an_agreement_in_a_clause_of_it_coordinated_after_a_tie(project, tmp_path):
    """ "KAU collaborates with NUDT, and in 2015 it signed an agreement with CETC." read NUDT only:
    the agreement's first party was looked for in all the words before "signed". After the
    institution's plain tie (nothing but names after "with"), "it" is the institution, and the
    agreement is dated by its own clause alone; the first tie keeps its own date."""
    kau = "kestrel-aeronautical-university"
    for sentence, agreements, ties in (
        (
            "KAU collaborates with NUDT, and in 2015 it signed an agreement with CETC.",
            {(frozenset({kau, CETC}), "2015")},
            {NUDT: set()},
        ),
        (
            "KAU has worked with NUDT since 2010, and in 2019 it signed a cooperation agreement with CETC.",
            {(frozenset({kau, CETC}), "2019")},
            {NUDT: {"since 2010"}},
        ),
        (
            "In 2010, KAU worked with NUDT, and it signed an agreement with CETC.",
            {(frozenset({kau, CETC}), None)},
            {NUDT: {"In 2010"}},
        ),
        # a period is no date: "since 2012 it has signed contracts"
        (
            "KAU collaborates with NUDT, and since 2012 it has signed contracts with CASIC.",
            {(frozenset({kau, CASIC}), None)},
            {NUDT: set()},
        ),
        # "it" may be another's, or the clause is hedged or denied: unread, as before
        ("KAU hosts the Key Laboratory of Flight Dynamics, and in 2015 it signed an agreement with CETC.", set(), {}),
        ("KAU collaborates with NUDT, and in 2015 it reportedly signed an agreement with CETC.", set(), {}),
        ("KAU collaborates with NUDT, and in 2015 it never signed an agreement with CETC.", set(), {}),
    ):
        ctx = page(project, tmp_path, kau, KESTREL_AU + sentence + "\n")
        assert dated_nodes(ctx, DKG.party) == agreements, sentence
        assert qualifier_years(ctx, "collaboratesWith") == ties, sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "It was transferred to CETC from the Ministry of Electronics Industry in 2002.",
            {
                ("subordinateTo", CETC, "2002", None),
                ("formerlySupervisedBy", "ministry-of-electronics-industry", None, "2002"),
            },
        ),
        (
            "In 2008, EVU was transferred to MIIT from COSTIND.",
            {("subordinateTo", MIIT, "2008", None), ("formerlySupervisedBy", COSTIND, None, "2008")},
        ),
        (
            "EVU was handed over to the MOE from the PLA General Armament Department in 1999.",
            {
                ("subordinateTo", "ministry-of-education", "1999", None),
                ("formerlySupervisedBy", "pla-general-armament-department", None, "1999"),
            },
        ),
        # a place or a month after "from" is no agency, and the order "from A to B" reads as before
        ("EVU was transferred to MIIT from Beijing in 2008.", {("subordinateTo", MIIT, "2008", None)}),
        ("EVU has been supervised by SASTIND from March 2010.", {("supervisedBy", SASTIND, None, None)}),
        (
            "EVU was transferred from COSTIND to MIIT in 2008.",
            {("subordinateTo", MIIT, "2008", None), ("formerlySupervisedBy", COSTIND, None, "2008")},
        ),
    ],
)
def test_the_agency_a_transfer_came_from_after_the_new_one_is_the_former(project, tmp_path, sentence, expected):
    """Precision audit, forty-eighth session: "was transferred to CETC from the Ministry of
    Electronics Industry in 2002" gave the ministry as a supervisor from 2002, the origin read as
    one more agency of the move (the list of agencies did not end at "from"). The body after "from"
    is the one that supervised it until then."""
    ctx = page(
        project,
        tmp_path,
        "eastvale-university",
        "Eastvale University\n\n\nEastvale University (EVU) is designated high risk for its defence research.\n\n"
        f"{sentence}\n",
    )
    assert supervision_read(ctx, "eastvale-university") == expected


def credentials_read(ctx, subject: str) -> set[tuple[str, str | None]]:
    """(level, year) of each credential the page states of ``subject``."""
    triples = list(ctx.triples)
    when = {s: str(o) for s, p, o in triples if p == DKG.when}
    out = set()
    for st in {s for s, p, o in triples if p == RDF.subject and o == ID[subject]}:
        about = {p: o for s, p, o in triples if s == st}
        if about.get(RDF.predicate) == DKG.securityCredential:
            out.add((str(about[RDF.object]).rsplit("/", 1)[-1], when.get(about.get(DKG.pointInTime))))
    return out


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a later level only reported or alleged: nothing stated (top-secret was, without its hedge)
        (
            "EVU obtained secret-level security credentials in 2010; in 2017 its credentials were reportedly "
            "upgraded to top-secret.",
            set(),
        ),
        (
            "EVU obtained secret-level security credentials in 2010; they were allegedly upgraded to top-secret in 2017.",
            set(),
        ),
        (
            "EVU obtained secret-level security credentials in 2010, and in 2017 these were reportedly upgraded to "
            "top-secret.",
            set(),
        ),
        ("EVU obtained security credentials in 2010; in 2017 they were reportedly upgraded to top-secret.", set()),
        # said plainly, the upgrade is read, dated by its own clause's year (undated before)
        (
            "EVU obtained secret-level security credentials in 2010; in 2017 they were upgraded to top-secret.",
            {("top-secret", "2017")},
        ),
        ("EVU's security credentials were upgraded to top-secret in 2017.", {("top-secret", "2017")}),
        # a hedge on another clause, or on the year alone, leaves the level stated
        (
            "EVU holds secret-level security credentials, which were possibly upgraded to top-secret in 2019.",
            {("secret", None)},
        ),
        ("EVU received secret-level security credentials in 2010, probably in March.", {("secret", "2010")}),
    ],
)
def test_a_credentials_later_level_only_reported_is_not_stated(project, tmp_path, sentence, expected):
    """Precision audit, forty-eighth session: "QIT obtained secret-level security credentials in
    2010; in 2017 its credentials were reportedly upgraded to top-secret." stated top-secret: the
    hedge was looked for only up to the first credential named. A hedge before the level read
    leaves the sentence unread."""
    ctx = page(
        project,
        tmp_path,
        "eastvale-university",
        "Eastvale University\n\n\nEastvale University (EVU) is designated high risk for its defence research.\n\n"
        f"{sentence}\n",
    )
    assert credentials_read(ctx, "eastvale-university") == expected


def test_a_sentence_opening_with_a_name_written_with_a_small_letter_is_its_own(project, tmp_path):
    """Precision audit, forty-eighth session: a sentence that opens with "iFlytek" or "eBay" was
    taken into the one before (a sentence began only at a capital), so "KAU collaborates with
    Huawei. iFlytek was added to the Entity List in 2019." listed KAU, made iFlytek a partner and
    dated the tie 2019. (Since the sixtieth session the sentence of its own lists iFlytek, the one
    named before the listing's verb.)"""
    kau = "kestrel-aeronautical-university"
    ctx = page(
        project,
        tmp_path,
        kau,
        KESTREL_AU + "KAU collaborates with Huawei. iFlytek was added to the Entity List in 2019.\n\n"
        "In 2018, KAU signed a cooperation agreement with CETC. iFlytek later said that it had not been involved.\n",
    )
    assert listed(ctx) == {("iflytek", "us-entity-list", "2019")}
    assert qualifier_years(ctx, "collaboratesWith") == {"huawei-technologies": set()}
    assert dated_nodes(ctx, DKG.party) == {(frozenset({kau, CETC}), "2018")}
    quotes = {str(o) for _, p, o in ctx.triples if p == DKG.quote}
    # (each quote on its own: a set's order varies from run to run)
    assert not [quote for quote in quotes if "Huawei" in quote and "iFlytek" in quote]


def test_each_partners_own_year_after_the_preposition_said_again(project, tmp_path):
    """ "KAU started working with CETC in 2010 and with AVIC in 2014" left both undated, and "KAU has
    worked with NUDT since 2010 and with CETC" dated CETC 2010 (the one year taken for all): with the
    preposition said again before a partner, each known partner now has the time right after its own
    name, or none (``links.each_ones_period``; collaboration, exchanges, training, supplies). The
    same for agreements: "with NUDT and CETC in 2015 and with CASIC in 2018" dated NUDT's 2018."""
    kau = "kestrel-aeronautical-university"
    navy, air_force = "pla-navy", "pla-air-force"
    for sentence, predicate, expected, begun in (
        (
            "KAU started working with CETC in 2010 and with AVIC in 2014.",
            "collaboratesWith",
            {CETC: {"in 2010"}, AVIC: {"in 2014"}},
            {"in 2010", "in 2014"},
        ),
        (
            "KAU has collaborated with CETC since 2010 and with AVIC since 2014.",
            "collaboratesWith",
            {CETC: {"since 2010"}, AVIC: {"since 2014"}},
            {"since 2010", "since 2014"},
        ),
        (
            "KAU collaborated with CASC in 2012 and with CASIC in 2016.",
            "collaboratesWith",
            {CASC: {"in 2012"}, CASIC: {"in 2016"}},
            set(),
        ),
        (
            "KAU has worked with NUDT since 2010 and with CETC.",
            "collaboratesWith",
            {NUDT: {"since 2010"}, CETC: set()},
            {"since 2010"},
        ),
        (
            # (the year after "CETC and AVIC" is AVIC's in either reading; CETC's is not sure)
            "KAU started working with CETC and AVIC in 2010 and with CASIC in 2014.",
            "collaboratesWith",
            {CETC: set(), AVIC: {"in 2010"}, CASIC: {"in 2014"}},
            {"in 2010", "in 2014"},
        ),
        (
            "KAU trains officers for the PLA Navy since 2010 and for the PLA Air Force.",
            "trainsPersonnelFor",
            {navy: {"since 2010"}, air_force: set()},
            {"since 2010"},
        ),
        (
            "KAU has exchanges with NUDT since 2012 and with CETC.",
            "hasExchangesWith",
            {NUDT: {"since 2012"}, CETC: set()},
            {"since 2012"},
        ),
        # kept: one year for a list said once, or the sentence's
        (
            "KAU has collaborated with AVIC, CETC and NUDT since 2012.",
            "collaboratesWith",
            {AVIC: {"since 2012"}, CETC: {"since 2012"}, NUDT: {"since 2012"}},
            {"since 2012"},
        ),
        (
            "Since 2010, KAU has partnered with NUDT and with AVIC.",
            "collaboratesWith",
            {NUDT: {"Since 2010"}, AVIC: {"Since 2010"}},
            {"Since 2010"},
        ),
    ):
        ctx = page(project, tmp_path, kau, KESTREL_AU + sentence + "\n")
        assert qualifier_years(ctx, predicate) == expected, sentence
        assert starts(ctx, predicate) == begun, sentence
    for sentence, agreements in (
        (
            "KAU signed agreements with NUDT and CETC in 2015 and with CASIC in 2018.",
            {(frozenset({kau, NUDT}), None), (frozenset({kau, CETC}), "2015"), (frozenset({kau, CASIC}), "2018")},
        ),
        # kept: the list said once
        (
            "KAU signed agreements with NUDT and CASIC in 2015.",
            {(frozenset({kau, NUDT}), "2015"), (frozenset({kau, CASIC}), "2015")},
        ),
    ):
        ctx = page(project, tmp_path, kau, KESTREL_AU + sentence + "\n")
        assert dated_nodes(ctx, DKG.party) == agreements, sentence


def test_a_tie_in_a_relative_clause_on_the_institution_is_read(project, tmp_path):
    """ "KAU, which began working with CETC in 2012, trains engineers for the PLA Navy" read the
    training only: a relative clause's tie was nobody's. A relative clause right after the
    institution's name, its verb of collaboration first, is now read as the institution's
    (``links.tie_in_its_relative_clause``), with its own year; the main clause as before. A tie
    planned, hedged, ended, or told of another ("which CETC began working with") stays unread."""
    kau = "kestrel-aeronautical-university"
    for sentence, ties, begun in (
        (
            "KAU, which began working with CETC in 2012, trains engineers for the PLA Navy.",
            {CETC: {"in 2012"}},
            {"in 2012"},
        ),
        ("KAU, which has worked with CETC since 2009, is supervised by MIIT.", {CETC: {"since 2009"}}, {"since 2009"}),
        ("KAU, which began working with CETC in 2012, works with NUDT.", {CETC: {"in 2012"}, NUDT: set()}, {"in 2012"}),
        ("KAU, which may begin working with CETC in 2025, trains engineers for the PLA Navy.", {}, set()),
        ("KAU, which plans to start working with AVIC, trains engineers for the PLA Navy.", {}, set()),
        (
            "KAU, which is expected to begin cooperating with CASC in 2026, trains engineers for the PLA Navy.",
            {},
            set(),
        ),
        ("KAU, which reportedly began working with CETC in 2012, trains engineers for the PLA Navy.", {}, set()),
        ("KAU, which began working with CETC in 2012 but ended the partnership in 2018, trains engineers.", {}, set()),
        ("KAU, which stopped working with CETC in 2019, trains engineers for the PLA Navy.", {}, set()),
        ("KAU, which CETC began working with in 2012, trains engineers for the PLA Navy.", {}, set()),
    ):
        ctx = page(project, tmp_path, kau, KESTREL_AU + sentence + "\n")
        assert qualifier_years(ctx, "collaboratesWith") == ties, sentence
        assert starts(ctx, "collaboratesWith") == begun, sentence
        if "PLA Navy" in sentence:
            assert qualifier_years(ctx, "trainsPersonnelFor") == {"pla-navy": set()}, sentence


def test_the_listing_of_one_pointed_back_to_is_its_own(project, tmp_path):
    """ "KAU works with NUDT and CETC, the latter added to the Entity List in 2020" listed no one
    (the forty-seventh session set the phrase aside, lest it list KAU): the one the phrase points
    back to is now listed, with the year after the list (``standing.listing_pointed_back``), where
    the list before it is sure; and "NUDT, the former of the two founded in 1953, and CETC" no
    longer loses CETC."""
    kau = "kestrel-aeronautical-university"
    entity = "us-entity-list"
    for sentence, listings, ties in (
        (
            "KAU works with NUDT and CETC, the latter added to the Entity List in 2020.",
            {(CETC, entity, "2020")},
            {NUDT: set(), CETC: set()},
        ),
        (
            "KAU collaborates with CASC and NUDT, the former placed on the Entity List in 2019.",
            {(CASC, entity, "2019")},
            {CASC: set(), NUDT: set()},
        ),
        (
            "KAU works with NUDT and CETC, the former of which was added to the Entity List in 2015.",
            {(NUDT, entity, "2015")},
            {NUDT: set(), CETC: set()},
        ),
        (
            "KAU collaborates with NUDT, the former added to the Entity List in 2015, and CETC.",
            {(NUDT, entity, "2015")},
            {NUDT: set(), CETC: set()},
        ),
        ("KAU works with CETC, itself added to the Entity List in 2020.", {(CETC, entity, "2020")}, {CETC: set()}),
        ("KAU, itself added to the Entity List in 2012, works with NUDT.", {(kau, entity, "2012")}, {NUDT: set()}),
        ("KAU works with NUDT, the former of the two founded in 1953, and CETC.", set(), {NUDT: set(), CETC: set()}),
        # unsure whose, hedged or ended: no listing
        (
            "KAU works with NUDT, CETC and AVIC, the latter added to the Entity List in 2020.",
            set(),
            {NUDT: set(), CETC: set(), AVIC: set()},
        ),
        (
            "KAU collaborates with NUDT and a CETC institute, the latter added to the Entity List in 2020.",
            set(),
            {NUDT: set()},
        ),
        (
            "KAU works with NUDT and CETC, the latter added to the Entity List in 2020 and removed in 2022.",
            set(),
            {NUDT: set(), CETC: set()},
        ),
        ("KAU collaborates with NUDT and CETC, the latter reportedly added to the Entity List in 2020.", set(), {}),
    ):
        ctx = page(project, tmp_path, kau, KESTREL_AU + sentence + "\n")
        assert listed(ctx) == listings, sentence
        assert qualifier_years(ctx, "collaboratesWith") == ties, sentence


def test_a_visit_after_the_institutions_listing_between_commas_has_its_own_date(project, tmp_path):
    """ "KAU, added to the Entity List in 2012, received a delegation from NUDT in 2018": the visit
    (listed as unread by the forty-seventh session) is read, dated 2018, and the listing keeps its
    2012 (a guard: it passes before this session's change)."""
    kau = "kestrel-aeronautical-university"
    for sentence, visits, listing in (
        (
            "KAU, added to the Entity List in 2012, received a delegation from NUDT in 2018.",
            {(frozenset({kau}), "2018")},
            "2012",
        ),
        (
            "KAU, added to the Entity List in 2020, sent a delegation to CASIC in 2017.",
            {(frozenset({CASIC}), "2017")},
            "2020",
        ),
        ("KAU, added to the Entity List in 2015, hosted a NUDT delegation.", set(), "2015"),
    ):
        ctx = page(project, tmp_path, kau, KESTREL_AU + sentence + "\n")
        assert dated_nodes(ctx, DKG.concerns) == visits, sentence
        assert listed(ctx) == {(kau, "us-entity-list", listing)}, sentence


# -- precision audit of people, money and side fields (forty-eighth session) ----------------------------


def test_a_verb_phrase_after_an_agreements_partners_gives_it_no_purpose_nor_party(project, tmp_path):
    """ "KAU signed a memorandum of understanding with Tsinghua University in 2020 and is expected to
    sign another with Beihang University in 2025" gave the MoU the purpose "sign another with Beihang
    University in 2025" and Beihang as its concern: the "to" after a verb phrase coordinated after the
    partners (a plan, a hope, a delivery, a laboratory) is that phrase's, and no body in it is a party.
    An agreement's own purpose, right after the partners, is kept (guards, passing before)."""
    kau = "kestrel-aeronautical-university"
    tsinghua, norinco = "tsinghua-university", "china-north-industries-group-corporation"
    for sentence, agreements, purposes in (
        (
            "KAU signed a memorandum of understanding with Tsinghua University in 2020 and is expected to "
            "sign another with Beihang University in 2025.",
            {(frozenset({kau, tsinghua}), "2020")},
            set(),
        ),
        (
            "KAU signed an agreement with AVIC in 2018 and plans to sign one with CASC.",
            {(frozenset({kau, AVIC}), "2018")},
            set(),
        ),
        (
            "KAU signed a strategic cooperation agreement with NORINCO in 2019 and hopes to extend it to drones.",
            {(frozenset({kau, norinco}), "2019")},
            set(),
        ),
        (
            "KAU signed contracts with CASC and CASIC and has since delivered radar to both.",
            {(frozenset({kau, CASC}), None), (frozenset({kau, CASIC}), None)},
            set(),
        ),
        (
            "KAU signed an agreement with AVIC in 2017 and will work with CASC to build satellites.",
            {(frozenset({kau, AVIC}), "2017")},
            set(),
        ),
        (
            "KAU signed a cooperation agreement with CETC and later established a joint laboratory with it to study radar.",
            {(frozenset({kau, CETC}), None)},
            set(),
        ),
        # the parties as the subject
        (
            "KAU and AVIC signed a cooperation agreement in 2019 and later built a laboratory to test engines.",
            {(frozenset({kau, AVIC}), "2019")},
            set(),
        ),
        # the agreement's own purpose
        (
            "KAU signed an agreement with AVIC to develop drones for the PLA Air Force.",
            {(frozenset({kau, AVIC}), None)},
            {"develop drones for the PLA Air Force"},
        ),
        (
            "KAU signed an agreement with AVIC and CETC to jointly train engineers.",
            {(frozenset({kau, AVIC, CETC}), None)},
            {"jointly train engineers"},
        ),
    ):
        ctx = page(project, tmp_path, kau, KESTREL_AU + sentence + "\n")
        assert dated_nodes(ctx, DKG.party) == agreements, sentence
        assert {str(o) for _, p, o in ctx.triples if p == DKG.purpose} == purposes, sentence
        concerns = {str(o).rsplit("/", 1)[-1] for _, p, o in ctx.triples if p == DKG.concerns}
        assert concerns <= ({"pla-air-force"} if purposes else set()), sentence


def test_a_merger_named_with_its_reform_or_of_a_factory_is_read(project, tmp_path):
    """ "It was established in 2017 by merging A and B, following Xi Jinping's military reforms" was
    unread (the reform was taken for a third body, which is no name), and so was "merged with the
    Kestrel Radio Factory in 2009" (a factory was no organisation's noun): each body merged in is a
    predecessor, and the year dates the merger (and the founding, when the merger made it)."""
    kau = "kestrel-aeronautical-university"
    for sentence, predecessors, founded in (
        (
            "It was established in 2017 by merging the Kestrel Signals Academy and the Kestrel Radar Institute, "
            "following Xi Jinping's military reforms.",
            {"kestrel-signals-academy", "kestrel-radar-institute"},
            "2017",
        ),
        (
            "KAU was formed in 2000 through the merger of the Kestrel Aviation College and the Kestrel Machinery "
            "School, as part of a national reform.",
            {"kestrel-aviation-college", "kestrel-machinery-school"},
            "2000",
        ),
        ("KAU merged with the Kestrel Radio Factory in 2009.", {"kestrel-radio-factory"}, None),
    ):
        ctx = page(project, tmp_path, kau, KESTREL_AU + sentence + "\n")
        found = {s for s, p, o, c in statements_of(ctx) if p == "predecessorOf" and o == kau and c == "stated"}
        assert found == predecessors, sentence
        established = {str(o).rsplit("-", 1)[-1] for s, p, o, c in statements_of(ctx) if p == "established"}
        assert established == ({founded} if founded else set()), sentence


def test_a_sum_received_from_a_body_is_its_funding(project, tmp_path):
    """ "In 2019, KAU received RMB 300 million from SASTIND to build a wind tunnel" was unread (only
    "funding" or "grants" received were read): the body is a funder, stated, with the year; hedged,
    denied, from no body named first, or in a clause of time before ("Before 2010, ...") it is not."""
    kau = "kestrel-aeronautical-university"
    for sentence, funders in (
        ("In 2019, KAU received RMB 300 million from SASTIND to build a wind tunnel.", {SASTIND}),
        ("KAU received RMB 45 million from the Hunan Provincial Government in 2020.", {"hunan-provincial-government"}),
        ("KAU reportedly received RMB 50 million from the PLA Navy.", set()),
        ("KAU has never received RMB 10 million from SASTIND.", set()),
        ("KAU received RMB 20 million from the sale of its campus.", set()),
        ("Before 2010, KAU received RMB 5 million a year from COSTIND.", set()),
    ):
        ctx = page(project, tmp_path, kau, KESTREL_AU + sentence + "\n")
        found = {o for s, p, o, c in statements_of(ctx) if p == "fundedBy" and c == "stated"}
        assert found == funders, sentence
        assert "defenceResearchSpending" not in observed(ctx), sentence


# -- facts the forty-eighth session's audit missed ---------------------------------------------------

CNNC = "china-national-nuclear-corporation"
PAP = "peoples-armed-police"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "KAU is supervised by MIIT, having previously been run by COSTIND.",
            {("supervisedBy", MIIT, None, None), ("formerlySupervisedBy", COSTIND, None, None)},
        ),
        (
            "KAU is subordinate to MIIT, having formerly been administered by CNNC.",
            {("subordinateTo", MIIT, None, None), ("formerlySupervisedBy", CNNC, None, None)},
        ),
        (
            "KAU is supervised by MIIT, having been transferred from COSTIND in 2008.",
            {("supervisedBy", MIIT, None, None), ("formerlySupervisedBy", COSTIND, None, "2008")},
        ),
        (
            "KAU is supervised by MIIT, having been handed over from COSTIND to MIIT in 2008.",
            {("supervisedBy", MIIT, None, None), ("formerlySupervisedBy", COSTIND, None, "2008")},
        ),
        # read before: an end year said in the participle
        (
            "KAU is subordinate to MIIT, having formerly been administered by COSTIND until 2008.",
            {("subordinateTo", MIIT, None, None), ("formerlySupervisedBy", COSTIND, None, "2008")},
        ),
        # a hedge on the participle, another body's founding, the past perfect: the present one only
        ("KAU is supervised by MIIT, having reportedly been run by COSTIND.", {("supervisedBy", MIIT, None, None)}),
        (
            "KAU is supervised by MIIT, having possibly been transferred from COSTIND in 2008.",
            {("supervisedBy", MIIT, None, None)},
        ),
        ("KAU is supervised by MIIT, having been founded by CNNC in 1952.", {("supervisedBy", MIIT, None, None)}),
        ("KAU had previously been run by COSTIND.", set()),
    ],
)
def test_a_former_supervisor_in_a_participle_after_the_present_one(project, tmp_path, sentence, expected):
    """Forty-eighth session's audit: "KAU is supervised by MIIT, having previously been run by
    COSTIND" and "..., having been transferred from COSTIND in 2008" gave MIIT only. The body of the
    participle is the former supervisor, until the move's year where it is given."""
    ctx = page(project, tmp_path, "kestrel-aeronautical-university", KESTREL_AU + sentence + "\n")
    assert supervision_read(ctx, "kestrel-aeronautical-university") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("KAU holds secret-level security credentials, which it received in 2011.", {("secret", "2011")}),
        ("KAU holds secret-level security credentials, which it obtained in March 2011.", {("secret", "2011-03")}),
        ("KAU holds top-secret security credentials, which were granted to it in 2016.", {("top-secret", "2016")}),
        (
            "KAU holds secret-level security credentials, which the university was awarded in 2012.",
            {("secret", "2012")},
        ),
        # read before: a participle
        ("KAU holds top-secret security credentials, granted in 2011.", {("top-secret", "2011")}),
        # another's receipt, a hedge in the clause: the level without that year
        ("KAU holds secret-level security credentials, which CETC received in 2011.", {("secret", None)}),
        ("KAU holds secret-level security credentials, which it may have received in 2011.", {("secret", None)}),
        ("KAU holds secret-level security credentials, which it lost in 2016.", set()),
    ],
)
def test_a_credentials_year_in_a_relative_clause_after_it(project, tmp_path, sentence, expected):
    """Forty-eighth session's audit: "..., which it received in 2011" gave the credential no year
    (the relative clause is set aside as another's)."""
    ctx = page(project, tmp_path, "kestrel-aeronautical-university", KESTREL_AU + sentence + "\n")
    assert credentials_read(ctx, "kestrel-aeronautical-university") == expected


def test_training_for_a_body_whose_name_holds_a_possessive(project, tmp_path):
    """Forty-eighth session's audit: "has trained officers of the People's Armed Police (since 2009)"
    was unread ("of" took no trainees' body), and "trains People's Armed Police officers" read the
    body's name as "People" with "'s" (no body). The "People's" of a name is no owner's possessive."""
    kau = "kestrel-aeronautical-university"
    for sentence, expected in (
        ("KAU has trained officers of the People's Armed Police since 2009.", {PAP: {"since 2009"}}),
        ("KAU trains officers of the People's Armed Police.", {PAP: set()}),
        ("KAU trains People's Armed Police officers.", {PAP: set()}),
        ("KAU trains the People's Armed Police's officers.", {PAP: set()}),
        ("KAU has trained officers of the PLA Navy.", {"pla-navy": set()}),
        # read before
        ("KAU trains personnel for the People's Armed Police.", {PAP: set()}),
        ("KAU trains the PLA Navy's officers.", {"pla-navy": set()}),
        # hedged; "training officers of" may be officers in charge of training
        ("KAU may train officers of the People's Armed Police.", {}),
        ("KAU is devoted to training officers of the People's Armed Police.", {}),
        ("KAU trained officers of the People's Armed Police until 2015.", {}),
    ):
        ctx = page(project, tmp_path, kau, KESTREL_AU + sentence + "\n")
        assert qualifier_years(ctx, "trainsPersonnelFor") == expected, sentence


def test_a_laboratory_co_founded_with_a_partner_in_a_relative_clause(project, tmp_path):
    """Forty-eighth session's audit: "KAU hosts the X Laboratory, which it co-founded with AVIC in
    2011" was unread (the relative clause is set aside, and the laboratory is shared, so not hosted).
    It is read as "KAU co-founded the X Laboratory with AVIC in 2011" is: the laboratory established
    by both in 2011, and AVIC a partner of 2011. "KAU and AVIC co-founded ... in 2015" now dates the
    partnership by its year too (undated before)."""
    kau = "kestrel-aeronautical-university"
    lab_iri = ID["kestrel-avionics-laboratory"]
    for sentence, ties, founders in (
        (
            "KAU hosts the Kestrel Avionics Laboratory, which it co-founded with AVIC in 2011.",
            {AVIC: {"in 2011"}},
            {kau, AVIC},
        ),
        ("KAU and AVIC co-founded the Kestrel Avionics Laboratory in 2015.", {AVIC: {"in 2015"}}, {kau, AVIC}),
        ("KAU co-founded the Kestrel Avionics Laboratory with AVIC in 2015.", {AVIC: {"in 2015"}}, {kau, AVIC}),
        # hedged, ended, or another's partner
        ("KAU hosts the Kestrel Avionics Laboratory, which it reportedly co-founded with AVIC.", {}, set()),
        (
            "KAU hosts the Kestrel Avionics Laboratory, which it co-founded with AVIC and which closed in 2019.",
            {},
            set(),
        ),
        ("KAU hosts the Kestrel Avionics Laboratory, which CETC co-founded with AVIC in 2011.", {}, set()),
    ):
        ctx = page(project, tmp_path, kau, KESTREL_AU + sentence + "\n")
        assert qualifier_years(ctx, "collaboratesWith") == ties, sentence
        established_by = {
            str(o).rsplit("/", 1)[-1] for s, p, o in ctx.triples if s == lab_iri and p == DKG.establishedBy
        }
        assert established_by == founders, sentence
        if "which it" in sentence:  # (one founded with another may be run with it: not hosted by one)
            assert not any(p == DKG.hostedBy for _, p, _ in ctx.triples), sentence


def test_an_agreement_renewed_is_dated_by_its_signing(project, tmp_path):
    """Forty-eighth session's audit: "signed a framework agreement with the PLA Air Force in 2016 and
    renewed it in 2021" was unread (two years: which is the agreement's?). The agreement is the one
    signed, dated by its signing; the renewal makes no second agreement (the model has no place for
    a renewal)."""
    kau = "kestrel-aeronautical-university"
    for sentence, expected in (
        (
            "KAU signed a cooperation agreement with CETC in 2016 and renewed it in 2021.",
            {(frozenset({kau, CETC}), "2016")},
        ),
        (
            "KAU signed a framework agreement with the PLA Air Force in 2016 and later extended the agreement.",
            {(frozenset({kau, "pla-air-force"}), "2016")},
        ),
        # read before: the renewal in a relative clause
        (
            "KAU signed a cooperation agreement with CETC in 2016, which was renewed in 2021.",
            {(frozenset({kau, CETC}), "2016")},
        ),
        # ended, or two years of agreements still unsure
        ("KAU signed a cooperation agreement with CETC in 2016 but cancelled it in 2019.", set()),
        ("KAU signed a cooperation agreement with CETC in 2016 and 2021.", set()),
    ):
        ctx = page(project, tmp_path, kau, KESTREL_AU + sentence + "\n")
        assert dated_nodes(ctx, DKG.party) == expected, sentence


def test_a_partnership_told_by_its_start_in_a_clause_on_it(project, tmp_path):
    """Forty-eighth session's audit: "has a partnership with NUDT that began in 2012" dated the tie
    2012 as a time it held; the year is its start. One "that began in 2012 and ended in 2019" stays
    unread, as "collaborated with CASC from 2010 to 2014" is: the model has no property for a tie
    that ended, and its plain edge would be read as a present one."""
    kau = "kestrel-aeronautical-university"
    for sentence, ties, begun in (
        ("KAU has a partnership with NUDT that began in 2012.", {NUDT: {"in 2012"}}, {"in 2012"}),
        ("KAU has a strategic partnership with CETC which started in 2015.", {CETC: {"in 2015"}}, {"in 2015"}),
        ("KAU has a partnership with NUDT that began in 2012 and ended in 2019.", {}, set()),
        ("KAU had a partnership with NUDT that lasted from 2012 to 2019.", {}, set()),
        ("KAU has a partnership with NUDT that reportedly began in 2012.", {}, set()),
    ):
        ctx = page(project, tmp_path, kau, KESTREL_AU + sentence + "\n")
        assert qualifier_years(ctx, "collaboratesWith") == ties, sentence
        assert starts(ctx, "collaboratesWith") == begun, sentence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KAU has been supervised by MIIT since 2008. Before that, it was run by CNNC.",
            {("supervisedBy", MIIT, "2008", None), ("formerlySupervisedBy", CNNC, None, "2008")},
        ),
        (
            "KAU was transferred to MIIT in 2008. Before that, the university had been administered by CNNC.",
            {("subordinateTo", MIIT, "2008", None), ("formerlySupervisedBy", CNNC, None, "2008")},
        ),
        (
            "KAU is supervised by MIIT. Before then, it was run by CNNC.",
            {("supervisedBy", MIIT, None, None), ("formerlySupervisedBy", CNNC, None, None)},
        ),
        # hedged, another body's, or "that" no supervision: nothing more than before
        (
            "KAU has been supervised by MIIT since 2008. Before that, it was reportedly run by CNNC.",
            {("supervisedBy", MIIT, "2008", None)},
        ),
        (
            "KAU has been supervised by MIIT since 2008. Before that, CETC was run by CNNC.",
            {("supervisedBy", MIIT, "2008", None)},
        ),
        ("KAU began working with NUDT in 2015. Before that, it was run by CNNC.", set()),
        ("KAU may have been supervised by MIIT since 2008. Before that, it was run by CNNC.", set()),
    ],
)
def test_before_that_points_to_the_supervision_the_sentence_before_gave(project, tmp_path, text, expected):
    """Forty-eighth session's audit: "Before that, the institute was run by CNNC" after a present
    supervision was unread (a state in the past simple says nothing of now). "That" is the start of
    the supervision the sentence before read: the body was the supervisor until then."""
    ctx = page(project, tmp_path, "kestrel-aeronautical-university", KESTREL_AU + text + "\n")
    assert supervision_read(ctx, "kestrel-aeronautical-university") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # people ending the sentence are its source, their year no date (read before with no source,
        # the year taken for the tie's, and "a CETC spokesperson" taken for a partner)
        ("EVU collaborates with CETC, officials said.", {("collaboratesWith", CETC, None, "stated", "officials")}),
        (
            "EVU collaborates with CETC, EVU officials said in 2019.",
            {("collaboratesWith", CETC, None, "stated", "EVU officials")},
        ),
        (
            "EVU works with AVIC, a CETC spokesperson said in 2020.",
            {("collaboratesWith", AVIC, None, "stated", "a CETC spokesperson")},
        ),
        (
            "EVU has exchanges with NUDT, a spokesperson told reporters.",
            {("hasExchangesWith", NUDT, None, "stated", "a spokesperson")},
        ),
        (
            "EVU has worked with CETC since 2010, officials told Reuters in 2019.",
            {("collaboratesWith", CETC, "2010", "stated", "officials")},
        ),
        (
            "EVU holds secret-level security credentials, officials confirmed.",
            {("securityCredential", "secret", None, "stated", "officials")},
        ),
        (
            "EVU was added to the Entity List in 2019, officials said.",
            {("listedOn", "us-entity-list", "2019", "stated", "officials")},
        ),
        # a report's frame at the end with a verb that tells what it found: its year is no date either
        (
            "EVU collaborates with CETC, a 2020 report found.",
            {("collaboratesWith", CETC, None, "stated", "a 2020 report")},
        ),
        # a claim or hearsay at the end leaves the sentence unread (the first four were read as stated)
        ("EVU works with NUDT, officials claimed.", set()),
        ("EVU has exchanges with CASIC, insiders said.", set()),
        ("EVU collaborates with CETC, officials say.", set()),
        ("EVU collaborates with CETC, experts said.", set()),
        ("EVU collaborates with CETC, sources claimed.", set()),
        ("EVU may collaborate with CASC, officials said.", set()),
    ],
)
def test_a_frame_of_people_ending_the_sentence_is_its_source(project, tmp_path, sentence, expected):
    """ "EVU collaborates with CETC, officials said.": stated, according to the officials, as "EVU,
    officials said, collaborates with CETC" is; their year dates nothing; "..., officials claimed."
    and "..., insiders said." are a claim and hearsay, unread (``dates.SAID_AT_THE_END``,
    ``text.ANY_FRAME_AT_THE_END``)."""
    ctx = eastvale_page(project, tmp_path, sentence)
    assert statements_sourced(ctx, "eastvale-university") == expected
    # (the people are no partner's description: "NUDT description 'a spokesperson told reporters'")
    assert not [o for s, p, o in ctx.triples if p == DKG.description and ("said" in str(o) or "told" in str(o))]


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        # a laboratory set up, a frame between commas before or ending the sentence (the first and the
        # third unread before; the frame's year is no founding's)
        ("EVU, officials said, set up the Key Laboratory of Flight Control in 2010.", "2010"),
        ("EVU set up the Key Laboratory of Flight Control in 2010, officials said.", "2010"),
        ("EVU set up the Key Laboratory of Flight Control, officials said in 2019.", None),
    ],
)
def test_a_laboratory_set_up_beside_a_frame_of_people(project, tmp_path, sentence, year):
    """ "EVU, officials said, set up the X Laboratory in 2010": EVU set it up in 2010, according to the
    officials (the frame's comma was taken for another clause, whose founding it might be)."""
    triples = list(eastvale_page(project, tmp_path, sentence).triples)
    assert {str(o).rsplit("/", 1)[-1] for s, p, o in triples if p == DKG.establishedBy} == {"eastvale-university"}
    years = {str(o) for s, p, o in triples if p == DKG.when and "flight-control-established" in str(s)}
    assert years == ({year} if year else set())
    assert {str(o) for s, p, o in triples if p == DKG.accordingTo} == {"officials"}


def test_a_relative_clause_with_a_list_inside(project, tmp_path):
    """ "KAU, which works with NUDT, CETC and AVIC, hosts ..." read NUDT only, and the clause's year
    dated the main clause's tie ("KAU, which has collaborated with CETC, CASC and AVIC since 2010,
    trains engineers for the PLA Navy": the training from 2010); "KAU collaborates with NUDT, which
    works with CASC, CETC and AVIC" gave KAU NUDT's partners. A relative clause goes on over a list of
    names (``text.LIST_IN_A_CLAUSE``, in ``RELATIVE_CLAUSE`` and ``links._ITS_RELATIVE_CLAUSE``)."""
    kau = "kestrel-aeronautical-university"
    for sentence, ties, training in (
        (
            "KAU, which works with NUDT, CETC and AVIC, hosts the Key Laboratory of Flight Control.",
            {NUDT: set(), CETC: set(), AVIC: set()},
            None,
        ),
        (
            "KAU, which has collaborated with CETC, CASC and AVIC since 2010, trains engineers for the PLA Navy.",
            {CETC: {"since 2010"}, CASC: {"since 2010"}, AVIC: {"since 2010"}},
            {"pla-navy": set()},
        ),
        (
            "KAU, which began working with NUDT, CASC and CETC in 2012, is supervised by MIIT.",
            {NUDT: {"in 2012"}, CASC: {"in 2012"}, CETC: {"in 2012"}},
            None,
        ),
        ("KAU collaborates with NUDT, which works with CASC, CETC and AVIC.", {NUDT: set()}, None),
        ("KAU collaborates with NUDT, which supplies CETC, CASC and AVIC.", {NUDT: set()}, None),
        # kept: a place in the clause, then the main list; a planned tie; an apposition in the clause
        (
            "KAU collaborates with NUDT, which is in Changsha, CETC and AVIC.",
            {NUDT: set(), CETC: set(), AVIC: set()},
            None,
        ),
        (
            "KAU, which may begin working with CETC, CASC and AVIC, trains engineers for the PLA Navy.",
            {},
            {"pla-navy": set()},
        ),
        (
            "KAU, which works with NUDT, a university in Changsha, trains engineers for the PLA Navy.",
            {NUDT: set()},
            {"pla-navy": set()},
        ),
    ):
        ctx = page(project, tmp_path, kau, KESTREL_AU + sentence + "\n")
        assert qualifier_years(ctx, "collaboratesWith") == ties, sentence
        if training is not None:
            assert qualifier_years(ctx, "trainsPersonnelFor") == training, sentence


def test_a_second_listing_after_and_in_a_phrase_pointed_back(project, tmp_path):
    """ "NUDT and CETC, the former added to the Entity List in 2018 and the latter in 2015" listed NUDT
    only: the second one after "and" is listed too, with its own time, on the list said once or its
    own (``standing._AND_THE_OTHER``); not when hedged, ended, or the first is not sure."""
    kau = "kestrel-aeronautical-university"
    entity = "us-entity-list"
    for sentence, listings in (
        (
            "KAU works with NUDT and CETC, the former added to the Entity List in 2018 and the latter in 2015.",
            {(NUDT, entity, "2018"), (CETC, entity, "2015")},
        ),
        (
            "KAU collaborates with AVIC and NUDT, the first placed on the Entity List in 2019 and the second in 2015.",
            {(AVIC, entity, "2019"), (NUDT, entity, "2015")},
        ),
        (
            "KAU works with NUDT, CETC and AVIC, the first added to the Entity List in 2015 and the last in 2019.",
            {(NUDT, entity, "2015"), (AVIC, entity, "2019")},
        ),
        (
            "KAU works with NUDT and CETC, the former added to the Entity List in 2018 and the latter to the "
            "Unverified List in 2020.",
            {(NUDT, entity, "2018"), (CETC, "us-unverified-list", "2020")},
        ),
        (
            "NUDT and CETC, the former added to the Entity List in 2015 and the latter in 2018, both work with KAU.",
            {(NUDT, entity, "2015"), (CETC, entity, "2018")},
        ),
        # after a comma (the second listing found by the second fresh set)
        (
            "KAU works with NUDT and AVIC, the first placed on the Entity List in 2015, and the second in 2021.",
            {(NUDT, entity, "2015"), (AVIC, entity, "2021")},
        ),
        # the second's own list is not the first's (wrong before: CETC on the Military End User List)
        (
            "KAU works with CASC and CETC, the latter added to the Entity List in 2020 and the former to the "
            "Military End User List in 2021.",
            {(CETC, entity, "2020"), (CASC, "us-military-end-user-list", "2021")},
        ),
        # (and no partner described by the phrase: "CETC description 'the former added to ...'" before)
        (
            "KAU has exchanges with NUDT and CETC, the former added to the Entity List in 2015 and the latter in "
            "May 2018.",
            {(NUDT, entity, "2015"), (CETC, entity, "2018-05")},
        ),
        # hedged, ended, or the first not sure (the latter of three): none
        (
            "KAU works with NUDT and CETC, the former added to the Entity List in 2018 and the latter reportedly in 2015.",
            set(),
        ),
        (
            "KAU works with NUDT and CETC, the former added to the Entity List in 2018 and the latter removed in 2021.",
            set(),
        ),
        (
            "KAU works with NUDT, CETC and AVIC, the latter added to the Entity List in 2015 and the first in 2019.",
            set(),
        ),
    ):
        ctx = page(project, tmp_path, kau, KESTREL_AU + sentence + "\n")
        assert listed(ctx) == listings, sentence
        assert not [o for _, p, o in ctx.triples if p == DKG.description and "Entity List" in str(o)], sentence
        if sentence.startswith("KAU works with NUDT and CETC"):
            assert qualifier_years(ctx, "collaboratesWith") in ({NUDT: set(), CETC: set()}, {}), sentence


def hosted_labs(ctx) -> set[str]:
    """The laboratories the page says the institution hosts, by their IRIs' last parts."""
    return {s for s, p, o, c in statements_of(ctx) if p == "hostedBy" and o == "kestrel-aeronautical-university"}


@pytest.mark.parametrize(
    ("sentence", "labs", "count"),
    [
        # the laboratories named in apposition to the count are the ones counted: hosted
        (
            "KAU hosts two key laboratories of national defence, the Key Laboratory of Fundamental Science for "
            "National Defence of Solid Propulsion (固体推进国防科技重点实验室) and the Science and Technology on "
            "Thermal Protection Laboratory.",
            {
                "key-laboratory-of-fundamental-science-for-national-defence-of-solid-propulsion",
                "science-and-technology-on-thermal-protection-laboratory",
            },
            {"2"},
        ),
        (
            "The university has one defence laboratory, the Key Laboratory of Polymer Armour Materials.",
            {"key-laboratory-of-polymer-armour-materials"},
            {"1"},
        ),
        (
            "KAU hosts one key laboratory, the Key Laboratory of Rotor Dynamics.",
            {"key-laboratory-of-rotor-dynamics"},
            None,
        ),
        # a laboratory whose name holds "People's" is no laboratory of "People"
        (
            "It hosts the People's Armed Police Key Laboratory of Counterterrorism Technology.",
            {"peoples-armed-police-key-laboratory-of-counterterrorism-technology"},
            None,
        ),
        # guards: an apposition that is no laboratory named, one shared, another's, a count gone, a relative clause
        ("KAU hosts two defence laboratories, the most of any university in the province.", set(), {"2"}),
        ("KAU hosts two defence laboratories, the Key Laboratory of Rotor Dynamics jointly with CETC.", set(), {"2"}),
        (
            "KAU hosts two defence laboratories, the Key Laboratory of Rotor Dynamics and NUDT's Key Laboratory of "
            "Scramjets.",
            {"key-laboratory-of-rotor-dynamics"},
            {"2"},
        ),
        (
            "KAU hosts two laboratories with CETC, the Key Laboratory of Rotor Dynamics and the Avionics Laboratory.",
            set(),
            None,
        ),
        (
            "KAU works with NUDT, which hosts two defence laboratories, the Key Laboratory of Scramjets and the "
            "Key Laboratory of Plasma Physics.",
            set(),
            None,
        ),
        ("KAU reportedly hosts one defence laboratory, the Key Laboratory of Rotor Dynamics.", set(), None),
        ("KAU hosted one defence laboratory, the Key Laboratory of Rotor Dynamics, until 2016.", set(), None),
        ("It hosts NUDT's Key Laboratory of Scramjets.", set(), None),
        ("It hosts the People's Armed Police's Key Laboratory of Riot Control.", set(), None),
    ],
)
def test_laboratories_named_in_apposition_to_their_count_are_hosted(project, tmp_path, sentence, labs, count):
    """Forty-eighth session's audit of laboratories: "hosts two key laboratories of national defence,
    the A Laboratory and the B Laboratory" read the count and not the laboratories (a colon or
    "including" only opened the list), and "the People's Armed Police Key Laboratory of ..." was taken
    for a laboratory of "People" ("'s" a possessive)."""
    ctx = page(project, tmp_path, "kestrel-aeronautical-university", KESTREL_AU + sentence + "\n")
    assert hosted_labs(ctx) == labs, sentence
    assert observed(ctx).get("defenceLaboratoryCount") == count, sentence


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        (
            "KAU hosts at least four military key laboratories, including the Military Key Laboratory of Telemetry.",
            {"4"},
        ),
        ("KAU is home to three military key laboratories.", {"3"}),
        # guards: other kinds of laboratories of the military, another's, two counts
        ("KAU hosts four laboratories that do military research.", None),
        ("KAU hosts four military-related laboratories.", None),
        ("KAU works with NUDT, which is home to three military key laboratories.", None),
        ("KAU hosts two military key laboratories and three national defence key laboratories.", None),
    ],
)
def test_a_count_of_military_key_laboratories_is_the_defence_laboratories_count(project, tmp_path, sentence, count):
    """Forty-eighth session's audit: a PLA school's "at least four military key laboratories"
    (军队重点实验室, the kind its defence laboratories are) gave no count: only "defence" named the kind."""
    ctx = page(project, tmp_path, "kestrel-aeronautical-university", KESTREL_AU + sentence + "\n")
    assert observed(ctx).get("defenceLaboratoryCount") == count, sentence


@pytest.mark.parametrize(
    ("sentence", "labs"),
    [
        # the institution's laboratory as the object of a verb of its end: no longer hosted
        ("In 2020, KAU closed its Laboratory of Underwater Acoustics.", set()),
        ("KAU closed its Laboratory of Underwater Acoustics in 2020.", set()),
        (
            "In 2019, KAU merged its Key Laboratory of Rotor Dynamics into the State Key Laboratory of Flight Control.",
            set(),
        ),
        ("KAU transferred its Key Laboratory of Rotor Dynamics to NUDT in 2015.", set()),
        ("KAU handed its Avionics Laboratory over to AVIC in 2018.", set()),
        ("In 2018 KAU relocated its Avionics Laboratory to NUDT.", set()),
        ("In 2018, NUDT absorbed KAU's Avionics Laboratory.", set()),
        ("KAU renamed its Avionics Laboratory the Radar Laboratory in 2010.", set()),
        ("KAU closed its Harbin campus and its Avionics Laboratory in 2018.", set()),
        # guards: verbs that keep it, and a verb of an end in another clause
        ("In 2015, KAU opened its Avionics Laboratory.", {"avionics-laboratory"}),
        ("KAU upgraded its Avionics Laboratory in 2018.", {"avionics-laboratory"}),
        ("Its Avionics Laboratory works on radar.", {"avionics-laboratory"}),
        ("Its Avionics Laboratory, which works on radar, was founded in 2001.", {"avionics-laboratory"}),
    ],
)
def test_a_laboratory_the_institution_closed_or_gave_away_is_not_hosted(project, tmp_path, sentence, labs):
    """Forty-eighth session's audit of laboratories: "In 2020, WU closed its Laboratory of Underwater
    Acoustics" gave the laboratory `hostedBy` WU, as a present fact ("its X Laboratory" names the
    institution's laboratory); so did "merged its ... into", "transferred its ... to", "handed its ...
    over", "relocated its ... to" (the cues of the past hold "merged into", "transferred to" only
    right after the verb)."""
    ctx = page(project, tmp_path, "kestrel-aeronautical-university", KESTREL_AU + sentence + "\n")
    assert hosted_labs(ctx) == labs, sentence


NORINCO = "china-north-industries-group-corporation"
PLAN, PLARF = "pla-navy", "pla-rocket-force"
KAU = "kestrel-aeronautical-university"


def _tie(relation: str, partner: str, year: str | None = None, certainty: str = "stated", source: str | None = None):
    return (relation, partner, year, certainty, source)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a hedge right before a partner (or its "with/to") covers it and those listed after it: possible
        (
            "KAU collaborates with AVIC and reportedly with CASC.",
            {_tie("collaboratesWith", AVIC), _tie("collaboratesWith", CASC, certainty="possible")},
        ),
        (
            "KAU collaborates with NUDT and, reportedly, CETC and CASIC.",
            {
                _tie("collaboratesWith", NUDT),
                _tie("collaboratesWith", CETC, certainty="possible"),
                _tie("collaboratesWith", CASIC, certainty="possible"),
            },
        ),
        # the plain partner's year is its own; the hedged one is undated
        (
            "KAU has collaborated with CETC since 2010 and reportedly with AVIC.",
            {_tie("collaboratesWith", CETC, "2010"), _tie("collaboratesWith", AVIC, certainty="possible")},
        ),
        # nor is the hedged one's year the plain ones'
        (
            "KAU collaborates with AVIC and CASC, and reportedly with CETC since 2018.",
            {
                _tie("collaboratesWith", AVIC),
                _tie("collaboratesWith", CASC),
                _tie("collaboratesWith", CETC, certainty="possible"),
            },
        ),
        # a source an aside gives is the cut partner's alone (both had it, stated, before)
        (
            "KAU supplies components to NORINCO and, according to some reports, to the PLA Rocket Force.",
            {_tie("suppliesTo", NORINCO), _tie("suppliesTo", PLARF, certainty="possible", source="some reports")},
        ),
        (
            "KAU works with NUDT and CETC and, according to some reports, with CASC.",
            {
                _tie("collaboratesWith", NUDT),
                _tie("collaboratesWith", CETC),
                _tie("collaboratesWith", CASC, certainty="possible", source="some reports"),
            },
        ),
        # an item of no known name after the hedge: the plain ones read, it not
        (
            "KAU works with NUDT, CETC and, allegedly, the Myanmar military.",
            {_tie("collaboratesWith", NUDT), _tie("collaboratesWith", CETC)},
        ),
        # a partner in the past: the present ones read, it not (the model has no past collaboration)
        ("KAU has worked with CASIC and formerly with CETC.", {_tie("collaboratesWith", CASIC)}),
        (
            "KAU cooperates with AVIC, the PLA Navy and, until 2016, CASIC.",
            {_tie("collaboratesWith", AVIC), _tie("collaboratesWith", PLAN)},
        ),
        # exchanges, training (each rule of ``_linked``)
        (
            "KAU has exchanges with Harbin Engineering University and, reportedly, with NUDT.",
            {
                _tie("hasExchangesWith", "harbin-engineering-university"),
                _tie("hasExchangesWith", NUDT, certainty="possible"),
            },
        ),
        (
            "KAU trains engineers for CASC and reportedly for CASIC and AVIC.",
            {
                _tie("trainsPersonnelFor", CASC),
                _tie("trainsPersonnelFor", CASIC, certainty="possible"),
                _tie("trainsPersonnelFor", AVIC, certainty="possible"),
            },
        ),
        # guards, unread as before: hedged whole, a hedge amid the list, another's clause
        ("KAU reportedly collaborates with NUDT and CETC.", set()),
        ("KAU collaborates with AVIC, possibly CASC, and CETC.", set()),
        ("KAU collaborates with NUDT, reportedly.", set()),
        ("KAU reportedly works with AVIC and, allegedly, with CETC.", set()),
    ],
)
def test_partners_of_mixed_certainty_in_one_sentence(project, tmp_path, sentence, expected):
    """Forty-eighth session: partners the text states and others it only reports or puts in the
    past, in one list. Before, the hedged last item was dropped (never possible), an item of no
    known name or one in the past left the whole sentence unread, and "according to some reports"
    before the last item gave every partner that source."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert statements_sourced(ctx, KAU) == expected, sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the hedged last partner is no party, and its year not the other's agreement's (CETC's was stated, 2016)
        (
            "KAU signed cooperation agreements with NUDT and, reportedly, with CETC in 2016.",
            {_tie("party", NUDT), _tie("party", KAU)},
        ),
        (
            "KAU signed cooperation agreements with NUDT and, according to some reports, with CETC.",
            {_tie("party", NUDT), _tie("party", KAU)},
        ),
        # a hedge amid the partners leaves them all (each was a party, stated)
        ("KAU signed a cooperation agreement with AVIC, possibly CASC, and CETC.", set()),
    ],
)
def test_an_agreements_hedged_partner_is_no_party(project, tmp_path, sentence, expected):
    """Forty-eighth session: the hedge inside an agreement's partners was not looked for."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert statements_sourced_by_parties(ctx) == expected, sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a hedged verb phrase after a plain tie: the first as stated, the second possible (all unread before)
        (
            "KAU works with AVIC and may also work with CASC.",
            {_tie("collaboratesWith", AVIC), _tie("collaboratesWith", CASC, certainty="possible")},
        ),
        (
            "KAU collaborates with NUDT and is believed to work with CETC.",
            {_tie("collaboratesWith", NUDT), _tie("collaboratesWith", CETC, certainty="possible")},
        ),
        (
            "KAU has exchanges with NUDT and reportedly also cooperates with CASIC.",
            {_tie("hasExchangesWith", NUDT), _tie("collaboratesWith", CASIC, certainty="possible")},
        ),
        # the hedged one undated, unless its own clause has its own year; the plain one's year its own
        (
            "KAU has collaborated with CETC since 2010 and may also work with AVIC.",
            {_tie("collaboratesWith", CETC, "2010"), _tie("collaboratesWith", AVIC, certainty="possible")},
        ),
        (
            "KAU works with NUDT and has reportedly worked with CETC since 2016.",
            {_tie("collaboratesWith", NUDT), _tie("collaboratesWith", CETC, "2016", certainty="possible")},
        ),
        # a phrase in the past, denied, or a plan: the plain tie alone
        ("KAU works with NUDT and once worked with CASIC.", {_tie("collaboratesWith", NUDT)}),
        ("KAU works with AVIC but is not believed to work with CASC.", {_tie("collaboratesWith", AVIC)}),
        (
            "KAU collaborates with CASIC and is reportedly planning to work with CETC.",
            {_tie("collaboratesWith", CASIC)},
        ),
        # guards: another subject between (a first phrase hedged or past is read since the
        # forty-ninth session: test_a_plain_verb_phrase_after_a_hedged_or_past_one)
        ("KAU works with AVIC, and CASC reportedly collaborates with CETC.", set()),
        # the rule's own words inside the hedged phrase: no plain tie
        ("KAU hosts two laboratories and reportedly has exchanges with NUDT.", set()),
    ],
)
def test_a_hedged_verb_phrase_after_a_plain_tie(project, tmp_path, sentence, expected):
    """Forty-eighth session: a hedged or past verb phrase coordinated after a plain tie left the
    whole sentence unread."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert statements_sourced(ctx, KAU) == expected, sentence


# -- whole-page probes (forty-ninth session) ----------------------------------------------------------------


def _partners_of(ctx, subject: str) -> set[tuple[str, str, str]]:
    """``subject``'s ties to others, and others' supplies to it: (property, other, certainty)."""
    ties = set()
    for s, p, o, c in statements_of(ctx):
        if s == subject and p in ("collaboratesWith", "hasExchangesWith", "suppliesTo"):
            ties.add((p, o, c))
        elif o == subject and p == "suppliesTo":
            ties.add(("suppliedBy", s, c))
    return ties


def test_a_unit_named_by_its_number_or_as_a_companys_part_is_no_other_partner(project, tmp_path):
    """ "the 701st Research Institute of CSSC" (a group the registry leaves ambiguous) was minted as
    the "Research Institute of CSSC", its number dropped; and a company named after "of" ("a
    subsidiary of Kestrel Group", "the 23rd Research Institute of Kestrel Group") was read as the
    partner, when what is said is a part of it. A name before "of" is still minted whole."""
    ctx = page(
        project,
        tmp_path,
        "gannet-university",
        GANNET + "GNU collaborates with the 701st Research Institute of CSSC on sonar research. "
        "It works with a subsidiary of Kestrel Group. It has exchanges with the 23rd Research Institute of "
        "Kestrel Group. It collaborates with the Radar Institute of Kestrel Optics Company. "
        "It collaborates with the Birch Optics Company and Larch Photonics Inc.\n",
    )
    assert _partners_of(ctx, "gannet-university") == {
        ("collaboratesWith", "radar-institute-of-kestrel-optics-company", "stated"),
        ("collaboratesWith", "birch-optics-company", "stated"),
        ("collaboratesWith", "larch-photonics-inc", "stated"),
    }


def test_a_hedge_told_in_the_past_after_a_plain_tie(project, tmp_path):
    """ "..., and was reportedly in talks with CASIC about ... in 2024" left the whole sentence unread:
    a hedged verb phrase in the past ("was reportedly", "were said to") is cut as the hedged ones of
    the forty-eighth session are, and reads nothing (no possible tie: a past report)."""
    ctx = page(
        project,
        tmp_path,
        "gannet-university",
        GANNET + "GNU works with CASC, and was reportedly in talks with CASIC about a joint laboratory in 2024. "
        "It has worked with CETC since 2012 and was said to supply radar parts to NORINCO. "
        "It has exchanges with NUDT and was allegedly a partner of the MSS.\n",
    )
    assert _partners_of(ctx, "gannet-university") == {
        ("collaboratesWith", "china-aerospace-science-and-technology-corporation", "stated"),
        ("collaboratesWith", "china-electronics-technology-group-corporation", "stated"),
        ("hasExchangesWith", "national-university-of-defense-technology", "stated"),
    }
    years = qualifier_years(ctx, "collaboratesWith")
    assert years["china-electronics-technology-group-corporation"] == {"since 2012"}
    assert not years.get("china-aerospace-science-and-technology-corporation")  # (2024 is the talks')


def test_a_second_purchase_with_its_own_supplier(project, tmp_path):
    """ "bought GPU servers from Inspur and cameras from Hikvision": the second object, its verb left
    out, has its own supplier (as "sonars for X and radars for Y" has its own customer), a number of
    things too ("and 1,200 cameras from Dahua"). Not people ("and engineers from CETC"), a verb
    phrase of its own, or a hedge."""
    ctx = page(
        project,
        tmp_path,
        "gannet-university",
        GANNET + "Procurement records show that GNU bought GPU servers from Inspur and surveillance cameras from "
        "Hikvision. GNU purchased server racks from Inspur and 1,200 cameras from Dahua in 2023. "
        "GNU purchased lathes from the Birch Machine Tool Company and engineers from CETC. "
        "GNU bought drones from DJI and may also have bought software from iFlytek.\n",
    )
    assert _partners_of(ctx, "gannet-university") == {
        ("suppliedBy", "inspur-group", "stated"),
        ("suppliedBy", "hikvision", "stated"),
        ("suppliedBy", "dahua-technology", "stated"),
        ("suppliedBy", "birch-machine-tool-company", "stated"),
        ("suppliedBy", "dji", "stated"),
    }


# -- forty-ninth session: readings left by the forty-eighth ----------------------------------------------

RADAR_LAB = "key-laboratory-of-radar-imaging"


def laboratory_facts(ctx, lab: str) -> set[tuple[str, str]]:
    """(relation, object) of ``lab``'s facts, its founding as ("established", year)."""
    out = set()
    for s, p, o in ctx.triples:
        if s != ID[lab] or p in (RDF.type, SKOS.prefLabel):
            continue
        relation = str(p).rsplit("#", 1)[-1]
        if relation == "established":
            o = next(w for n, q, w in ctx.triples if n == o and q == DKG.when)
        out.add((relation, str(o).rsplit("/", 1)[-1]))
    return out


@pytest.mark.parametrize(
    ("text", "lab", "expected", "kau"),
    [
        # "It" after the one laboratory named: its founding and what it works on are the laboratory's
        (
            "KAU hosts the Key Laboratory of Radar Imaging. It was established in 2008 and works on radar.",
            RADAR_LAB,
            {("hostedBy", KAU), ("established", "2008"), ("researchArea", "radar")},
            set(),
        ),
        (
            "KAU is home to the Key Laboratory of Radar Imaging. It focuses on synthetic aperture radar.",
            RADAR_LAB,
            {("hostedBy", KAU), ("researchArea", "synthetic-aperture-radar")},
            set(),
        ),
        # guards: another body named beside it, a hedge, a fact no laboratory's
        (
            "KAU hosts the Key Laboratory of Radar Imaging jointly with NUDT. It was founded in 2010.",
            RADAR_LAB,
            set(),
            {_tie("collaboratesWith", NUDT)},
        ),
        (  # (unread until the fiftieth session read a founder beside the year)
            "KAU hosts the Key Laboratory of Radar Imaging. It was founded in 2010 by CETC.",
            RADAR_LAB,
            {("hostedBy", KAU), ("established", "2010"), ("establishedBy", CETC)},
            set(),
        ),
        (
            "KAU is home to the Key Laboratory of Radar Imaging. It specialises in sonar signal processing.",
            RADAR_LAB,
            {("hostedBy", KAU), ("researchArea", "sonar-signal-processing")},
            set(),
        ),
        (
            "KAU hosts the Key Laboratory of Radar Imaging. It was reportedly established in 2008.",
            RADAR_LAB,
            {("hostedBy", KAU)},
            set(),
        ),
        (
            "KAU hosts the Key Laboratory of Radar Imaging. It is supervised by MIIT.",
            RADAR_LAB,
            {("hostedBy", KAU)},
            set(),
        ),
        # several laboratories: what "It" says of a laboratory is none's (it was the institution's
        # founding, wrongly), what it says of the institution stays the institution's
        (
            "KAU hosts the Key Laboratory of Radar Imaging and the Key Laboratory of Sonar Engineering. "
            "It was established in 2008.",
            RADAR_LAB,
            {("hostedBy", KAU)},
            set(),
        ),
        (
            "KAU hosts the Key Laboratory of Radar Imaging and the Key Laboratory of Sonar Engineering. "
            "It is supervised by MIIT.",
            RADAR_LAB,
            {("hostedBy", KAU)},
            {_tie("supervisedBy", "ministry-of-industry-and-information-technology")},
        ),
    ],
)
def test_it_after_the_one_laboratory_named_is_that_laboratory(project, tmp_path, text, lab, expected, kau):
    """Forty-ninth session: "It" after a sentence naming one laboratory of the institution was left
    unread whole; after several, "It was established in 2008" was the institution's founding."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + text + "\n")
    assert laboratory_facts(ctx, lab) == expected, text
    assert statements_sourced(ctx, KAU) == kau, text  # (no founding of the institution: "It" was not it)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # held since a year: that year its start (was undated, or a point in time)
        (
            "KAU holds a grade-two secrecy credential, which it has held since 2011.",
            {("securityCredential", "secret", "2011", "startDate")},
        ),
        (
            "KAU holds a grade-two secrecy qualification, a qualification it has held since 2011.",
            {("securityCredential", "secret", "2011", "startDate")},
        ),
        (
            "KAU holds confidential-level security credentials, which the university has held since 2015.",
            {("securityCredential", "confidential", "2015", "startDate")},
        ),
        # guards: another's, hedged, a second date: the level undated
        (
            "KAU holds secret-level security credentials, which CETC has held since 2011.",
            {("securityCredential", "secret", None, None)},
        ),
        (
            "KAU holds secret-level security credentials, which it has reportedly held since 2011.",
            {("securityCredential", "secret", None, None)},
        ),
        (
            "KAU holds secret-level security credentials, which it has held since 2011 and renewed in 2016.",
            {("securityCredential", "secret", None, None)},
        ),
        # a receipt stays a point in time
        (
            "KAU holds secret-level security credentials, which it received in 2011.",
            {("securityCredential", "secret", "2011", "pointInTime")},
        ),
    ],
)
def test_a_credential_held_since_a_year_in_a_clause_after_it(project, tmp_path, sentence, expected):
    """Forty-ninth session: ", which it has held since 2011" left the credential undated, and ", a
    qualification it has held since 2011" dated it as a point in time."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert credential_facts(ctx) == expected, sentence


def credential_facts(ctx) -> set[tuple[str, str, str | None, str | None]]:
    """("securityCredential", level, year or None, "pointInTime"/"startDate" or None) of KAU's credentials."""
    about: dict = {}
    for s, p, o in ctx.triples:
        about.setdefault(s, {})[p] = o
    found = set()
    for fields in about.values():
        if fields.get(RDF.subject) != ID[KAU] or fields.get(RDF.predicate) != DKG.securityCredential:
            continue
        when = next((q for q in (DKG.pointInTime, DKG.startDate) if q in fields), None)
        year = str(about[fields[when]][DKG.when])[:4] if when is not None else None
        name = str(when).rsplit("#", 1)[-1] if when is not None else None
        found.add(("securityCredential", str(fields[RDF.object]).rsplit("/", 1)[-1], year, name))
    return found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a hedged first phrase: possible; the plain one after it stated, each by its own verb, when
        # it is a finite verb outside the modal or the report verb; an adverb's hedge reaches it
        # (fiftieth session: "reportedly ... and has exchanges with NUDT" was NUDT stated)
        (
            "KAU reportedly works with CETC and has exchanges with NUDT.",
            {
                _tie("collaboratesWith", CETC, certainty="possible"),
                _tie("hasExchangesWith", NUDT, certainty="possible"),
            },
        ),
        (
            "KAU may work with AVIC and cooperate with CASC.",
            {
                _tie("collaboratesWith", AVIC, certainty="possible"),
                _tie("collaboratesWith", CASC, certainty="possible"),
            },
        ),
        (
            "KAU reportedly supplies radar to CETC and has exchanges with NUDT.",
            {_tie("hasExchangesWith", NUDT, certainty="possible")},
        ),
        (
            "KAU allegedly works with CETC but also collaborates with NUDT.",
            {
                _tie("collaboratesWith", CETC, certainty="possible"),
                _tie("collaboratesWith", NUDT, certainty="possible"),
            },
        ),
        (
            "KAU may work with AVIC and also works with CASC.",
            {_tie("collaboratesWith", AVIC, certainty="possible"), _tie("collaboratesWith", CASC)},
        ),
        (
            "KAU is believed to work with CASIC and collaborates with NUDT.",
            {_tie("collaboratesWith", CASIC, certainty="possible"), _tie("collaboratesWith", NUDT)},
        ),
        (
            "KAU reportedly works with CETC and has worked with AVIC since 2016.",
            {
                _tie("collaboratesWith", CETC, certainty="possible"),
                _tie("collaboratesWith", AVIC, "2016", certainty="possible"),
            },
        ),
        # a past first phrase: only the present one after it is a present tie (the past one a former
        # one, since the fifty-sixth session)
        (
            "KAU once worked with CETC but now cooperates with CASIC.",
            {_tie("collaboratesWith", CASIC), _tie("formerlyCollaboratedWith", CETC)},
        ),
        (
            "KAU collaborated with CASIC until 2015 and now works with CASC.",
            {_tie("collaboratesWith", CASC), _tie("formerlyCollaboratedWith", CASIC)},
        ),
        # a hedged phrase after a past one: possible, undated (the past one's year is its own)
        (
            "KAU worked with CETC until 2015 and reportedly works with CASC.",
            {_tie("collaboratesWith", CASC, certainty="possible")},
        ),
        ("KAU does not work with CETC and may work with CASC.", set()),
        # guards: no present tie after a past one, a plan, another subject, both hedged
        ("KAU formerly worked with CETC and collaborated with AVIC.", {_tie("formerlyCollaboratedWith", CETC)}),
        ("KAU once worked with CETC but now plans to work with CASIC.", set()),
        ("KAU reportedly works with CETC and NUDT reportedly works with CASC.", set()),
        ("KAU reportedly works with CETC and may have exchanges with NUDT.", set()),
    ],
)
def test_a_plain_verb_phrase_after_a_hedged_or_past_one(project, tmp_path, sentence, expected):
    """Forty-ninth session: a hedged or past first verb phrase left the plain one after it unread."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert statements_sourced(ctx, KAU) == expected, sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a word of a body's kind or a rank before the people: a frame, its people the source
        (
            "A ministry spokesperson said that KAU collaborates with CETC.",
            {_tie("collaboratesWith", CETC, source="A ministry spokesperson")},
        ),
        (
            "Senior university officials stated that KAU works with NUDT.",
            {_tie("collaboratesWith", NUDT, source="Senior university officials")},
        ),
        (
            "KAU works with NUDT, a ministry spokesperson stated.",
            {_tie("collaboratesWith", NUDT, source="a ministry spokesperson")},
        ),
        # quoted as saying, at the start or the end
        (
            "Officials were quoted as saying that KAU works with AVIC.",
            {_tie("collaboratesWith", AVIC, source="Officials")},
        ),
        (
            "KAU collaborates with CETC, officials were quoted as saying.",
            {_tie("collaboratesWith", CETC, source="officials")},
        ),
        # hearsay, or no body's people: unread ("Unnamed officials" was a frame, its claim stated)
        ("Unnamed officials said that KAU works with CETC.", set()),
        ("Former officials said that KAU works with CASIC.", set()),
        # guards: the kind's body may be what "it" stands for; a claim
        ("A ministry spokesperson said that it collaborates with CETC.", set()),
        ("A ministry spokesperson claimed that KAU works with CETC.", set()),
    ],
)
def test_people_with_a_word_before_them_are_a_frame(project, tmp_path, sentence, expected):
    """Forty-ninth session: "a ministry spokesperson", "officials were quoted as saying" were no frame
    (read as stated with no source, or not at all); "Unnamed officials" was one."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert statements_sourced(ctx, KAU) == expected, sentence


# -- founding years and parents told beside a name (forty-ninth session) -----------------------------

SONAR_LAB = "key-laboratory-of-sonar-arrays"


@pytest.mark.parametrize(
    ("sentence", "lab", "expected"),
    [
        # a founding year in a clause after the hosted laboratory's name, or under the possessive
        ("KAU hosts the Key Laboratory of Radar Imaging, which it set up in 2004.", RADAR_LAB, {"2004"}),
        ("KAU hosts the Key Laboratory of Radar Imaging, which was established in 2008.", RADAR_LAB, {"2008"}),
        ("KAU hosts the Key Laboratory of Radar Imaging, which the university founded in 2010.", RADAR_LAB, {"2010"}),
        ("KAU hosts the Key Laboratory of Sonar Arrays, set up in 2016, and works with CETC.", SONAR_LAB, {"2016"}),
        ("KAU's Key Laboratory of Sonar Arrays was set up in 2005.", SONAR_LAB, {"2005"}),
        ("Its Key Laboratory of Sonar Arrays was founded in May 2011.", SONAR_LAB, {"2011-05"}),
        # guards: another's clause, a founder after the year, a hedge, one of two laboratories
        ("KAU hosts the Key Laboratory of Radar Imaging, which CETC set up in 2004.", RADAR_LAB, set()),
        ("KAU hosts the Key Laboratory of Radar Imaging, which was set up in 2004 by CETC.", RADAR_LAB, set()),
        ("KAU's Key Laboratory of Sonar Arrays was established in 2003 by CETC and AVIC.", SONAR_LAB, set()),
        ("KAU hosts the Key Laboratory of Radar Imaging, which was set up in 2004 with NUDT.", RADAR_LAB, set()),
        ("KAU's Key Laboratory of Sonar Arrays was probably set up in 2005.", SONAR_LAB, set()),
        (
            "KAU hosts the Key Laboratory of Sonar Arrays and the Key Laboratory of Radar Imaging, which was "
            "established in 2008.",
            RADAR_LAB,
            set(),
        ),
    ],
)
def test_a_laboratorys_founding_year_told_beside_its_name(project, tmp_path, sentence, lab, expected):
    """Forty-ninth session: ", which it set up in 2004", ", set up in 2016," after a hosted
    laboratory, and "KAU's X Laboratory was set up in 2005" left the laboratory undated."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    facts = laboratory_facts(ctx, lab)
    assert {year for relation, year in facts if relation == "established"} == expected, sentence
    assert ("hostedBy", KAU) in facts or not expected, sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "KAU has held a grade-two secrecy credential since 2011.",
            {("securityCredential", "secret", "2011", "startDate")},
        ),
        (
            "KAU has held secret-level security credentials since March 2012.",
            {("securityCredential", "secret", "2012", "startDate")},
        ),
        # a receipt, and a second date after it: a point in time as before
        (
            "KAU received secret-level security credentials in 2011.",
            {("securityCredential", "secret", "2011", "pointInTime")},
        ),
    ],
)
def test_a_credential_held_since_a_year_in_the_main_clause(project, tmp_path, sentence, expected):
    """Forty-ninth session: "KAU has held ... credentials since 2011" dated the credential 2011 as a
    point in time, not its start."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert credential_facts(ctx) == expected, sentence


@pytest.mark.parametrize(
    ("sentence", "former"),
    [
        ("Founded in 1956 as the Kestrel Aviation College, KAU is supervised by MIIT.", "Kestrel Aviation College"),
        (
            "Established in 1952 as the Alder Military Engineering Institute, the university became KAU in 1999.",
            "Alder Military Engineering Institute",
        ),
        (
            "It was founded in 1956 as the Kestrel Aviation College and became a university in 2000.",
            "Kestrel Aviation College",
        ),
        # not a name, and another's
        ("KAU was founded in 1956 as a branch of NUDT.", None),
        ("Founded in 1956 as the Kestrel Aviation College, CETC's 14th Research Institute is ...", None),
    ],
)
def test_founded_in_a_year_as_a_former_name(project, tmp_path, sentence, former):
    """Forty-ninth session: "Founded in 1956 as the X College, KAU ..." and "... as X and became ..."
    gave the founding year but not the former name."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    names = {str(o) for s, p, o in ctx.triples if s == ID[KAU] and p == SKOS.altLabel}
    assert names - {"KAU"} == ({former} if former else set()), sentence
    assert any(p == DKG.established for s, p, _ in ctx.triples if s == ID[KAU]) or not former, sentence


def test_a_companys_possessive_before_a_unit_is_no_partner(project, tmp_path):
    """Forty-ninth session: "Kestrel Group's Radar Institute" gave Kestrel Group as the partner."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + "KAU collaborates with Kestrel Group's Radar Institute.\n")
    assert not any(str(o).endswith("/kestrel-group") for s, p, o in ctx.triples if s == ID[KAU]), ctx.triples


# -- forty-ninth session: second clauses after a semicolon ------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the second clause of "it" read as in a sentence of its own (only its first clause was read)
        (
            "KAU supplies radar parts to NORINCO; it also supplies sonar to the PLA Navy.",
            {_tie("suppliesTo", NORINCO), _tie("suppliesTo", PLAN)},
        ),
        (
            "KAU trains engineers for CASC; it also trains officers for the PLA Navy.",
            {_tie("trainsPersonnelFor", CASC), _tie("trainsPersonnelFor", PLAN)},
        ),
        (
            "KAU collaborates with AVIC; it has also worked with CASIC since 2015.",
            {_tie("collaboratesWith", AVIC), _tie("collaboratesWith", CASIC, "2015")},
        ),
        (
            "Kestrel Aeronautical University (KAU) works with CETC; it also trains engineers for CASC.",
            {_tie("collaboratesWith", CETC), _tie("trainsPersonnelFor", CASC)},
        ),
        # its own certainty: a hedged or past second clause is unread, the first read (all unread before)
        ("KAU works with CETC; it reportedly also works with CASC.", {_tie("collaboratesWith", CETC)}),
        (
            "KAU works with CETC; it once worked with CASIC.",
            {_tie("collaboratesWith", CETC), _tie("formerlyCollaboratedWith", CASIC)},
        ),
        # guards: another subject, an "it" that may be another body, a hedged first clause
        ("KAU works with AVIC; NUDT also works with CASC.", {_tie("collaboratesWith", AVIC)}),
        ("KAU's partner NUDT works with AVIC; it also works with CASC.", set()),
        (
            "KAU works with NUDT, which trains engineers for CASC; it also works with AVIC.",
            {_tie("collaboratesWith", NUDT)},
        ),
    ],
)
def test_a_second_clause_of_the_institution_after_a_semicolon(project, tmp_path, sentence, expected):
    """Forty-ninth session: "KAU trains engineers for CASC; it also trains officers for the PLA Navy"
    read only the first clause (a rule reads its expression's first match), and a hedged second
    clause left the whole sentence unread."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert statements_sourced(ctx, KAU) == expected, sentence


def test_a_second_purchase_in_a_clause_of_the_university(project, tmp_path):
    """ "...; the university also bought cameras from Hikvision in 2021": a supplier of its own, dated
    by its own clause (the first clause's year its own)."""
    ctx = page(
        project,
        tmp_path,
        KAU,
        KESTREL_AU + "KAU purchased GPU servers from Inspur in 2019; the university also bought cameras from "
        "Hikvision in 2021. KAU bought lathes from the Birch Machine Tool Company; it also bought drones from DJI.\n",
    )
    supplied = {
        (supplier, year)
        for supplier in ("inspur-group", "hikvision", "birch-machine-tool-company", "dji")
        for relation, customer, year, certainty, _ in statements_sourced(ctx, supplier)
        if relation == "suppliesTo" and customer == KAU and certainty == "stated"
    }
    assert supplied == {
        ("inspur-group", "2019"),
        ("hikvision", "2021"),
        ("birch-machine-tool-company", None),
        ("dji", None),
    }


@pytest.mark.parametrize(
    ("sentence", "parties", "ties"),
    [
        (
            "KAU signed an MoU with CETC in 2016; it also works with AVIC.",
            {_tie("party", CETC, "2016"), _tie("party", KAU, "2016")},
            {_tie("collaboratesWith", AVIC)},
        ),
        (
            "KAU signed a cooperation agreement with CASC in 2018 ; it also has exchanges with NUDT.",
            {_tie("party", CASC, "2018"), _tie("party", KAU, "2018")},
            {_tie("hasExchangesWith", NUDT)},
        ),
    ],
)
def test_an_agreements_date_before_a_second_clause_of_it(project, tmp_path, sentence, parties, ties):
    """Forty-ninth session: "KAU signed an MoU with CETC in 2016; it also ..." left the agreement
    undated (the year no longer the sentence's last words)."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert statements_sourced_by_parties(ctx) == parties, sentence
    assert statements_sourced(ctx, KAU) == ties, sentence


# -- forty-ninth session: agreements told around the fact --------------------------------------------------


def _purposes(ctx) -> set[str]:
    return {str(o) for _, p, o in ctx.triples if p == DKG.purpose}


@pytest.mark.parametrize(
    ("sentence", "parties", "ties", "purposes"),
    [
        # an agreement before the fact: the agreement, and the fact as its rule reads it (undated: the
        # year is the agreement's); both unread before
        (
            "Under a 2018 agreement with CASC, KAU trains engineers for the PLA Navy.",
            {_tie("party", CASC, "2018"), _tie("party", KAU, "2018")},
            {_tie("trainsPersonnelFor", PLAN)},
            set(),
        ),
        (
            "Under a 2016 strategic cooperation agreement with NORINCO, KAU supplies radar parts to NORINCO.",
            {_tie("party", NORINCO, "2016"), _tie("party", KAU, "2016")},
            {_tie("suppliesTo", NORINCO)},
            set(),
        ),
        # the institution's agreement as a noun phrase, with its purpose
        (
            "Its 2023 agreement with CETC covers radar research.",
            {_tie("party", CETC, "2023"), _tie("party", KAU, "2023")},
            set(),
            {"radar research"},
        ),
        (
            "KAU's 2021 memorandum of understanding with NUDT covers joint training.",
            {_tie("party", NUDT, "2021"), _tie("party", KAU, "2021")},
            set(),
            {"joint training"},
        ),
        (
            "KAU's 2018 MoU with CASIC focuses on missile guidance.",
            {_tie("party", CASIC, "2018"), _tie("party", KAU, "2018")},
            set(),
            {"missile guidance"},
        ),
        # guards: another's, hedged, ended, two partners, a partner not named
        ("Under a 2017 agreement with CETC, NUDT trains engineers for CETC.", set(), set(), set()),
        ("CETC's 2019 agreement with NUDT covers radar research.", set(), set(), set()),
        ("KAU's 2019 agreement with CETC reportedly covers radar research.", set(), set(), set()),
        ("Under a 2018 agreement with CASC, KAU reportedly trains engineers for CASC.", set(), set(), set()),
        ("Its 2015 agreement with CASIC, which expired in 2020, covered missile guidance.", set(), set(), set()),
        ("KAU's 2016 agreement with an unnamed Russian firm covers radar research.", set(), set(), set()),
    ],
)
def test_an_agreement_told_around_the_fact(project, tmp_path, sentence, parties, ties, purposes):
    """Forty-ninth session: "Under a 2018 agreement with CASC, KAU trains ..." was unread whole (the
    agreement's noun before the verb taken for a purpose clause), and "Its 2023 agreement with CETC
    covers ..." was no agreement."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert statements_sourced_by_parties(ctx) == parties, sentence
    assert statements_sourced(ctx, KAU) == ties, sentence
    assert _purposes(ctx) == purposes, sentence


# -- what a laboratory's own sentences say, and foundings told after a hosting (fiftieth session) ---

CSIC = "china-shipbuilding-industry-corporation"


@pytest.mark.parametrize(
    ("text", "lab", "expected", "kau"),
    [
        # "It" after the one laboratory named: run jointly (the institution's collaboration, the
        # laboratory hosted by neither more than the text said), founded by a body beside the year
        (
            "KAU hosts the Key Laboratory of Radar Imaging. It is jointly run with CETC.",
            RADAR_LAB,
            {("hostedBy", KAU)},
            {_tie("collaboratesWith", CETC)},
        ),
        (
            "KAU hosts the Key Laboratory of Radar Imaging. It is jointly operated by KAU and CASIC.",
            RADAR_LAB,
            {("hostedBy", KAU)},
            {_tie("collaboratesWith", CASIC)},
        ),
        (
            "KAU hosts the Key Laboratory of Radar Imaging. It was founded in 1999 by CSIC.",
            RADAR_LAB,
            {("hostedBy", KAU), ("established", "1999"), ("establishedBy", CSIC)},
            set(),
        ),
        (
            "KAU is home to the Key Laboratory of Sonar Arrays. It was established in 2004 by the university.",
            SONAR_LAB,
            {("hostedBy", KAU), ("established", "2004"), ("establishedBy", KAU)},
            set(),
        ),
        # (was wrong: the institution's own founding in 2004)
        (
            "KAU hosts the Key Laboratory of Radar Imaging. It was established in 2004 by KAU.",
            RADAR_LAB,
            {("hostedBy", KAU), ("established", "2004"), ("establishedBy", KAU)},
            set(),
        ),
        # guards: no relation of the model for an upgrade; a hedge; the past; two laboratories;
        # run by others alone
        (
            "KAU hosts the Key Laboratory of Radar Imaging. It was upgraded to a state key laboratory in 2011.",
            RADAR_LAB,
            {("hostedBy", KAU)},
            set(),
        ),
        (
            "KAU hosts the Key Laboratory of Radar Imaging. It is reportedly jointly run with CETC.",
            RADAR_LAB,
            {("hostedBy", KAU)},
            set(),
        ),
        (
            "KAU hosts the Key Laboratory of Radar Imaging. It was jointly run with CETC until 2015.",
            RADAR_LAB,
            {("hostedBy", KAU)},
            set(),
        ),
        (
            "KAU hosts the Key Laboratory of Radar Imaging and the Key Laboratory of Sonar Arrays. "
            "It is jointly run with CETC.",
            RADAR_LAB,
            {("hostedBy", KAU)},
            set(),
        ),
        (
            "KAU hosts the Key Laboratory of Radar Imaging. It is jointly run by CETC and NUDT.",
            RADAR_LAB,
            {("hostedBy", KAU)},
            set(),
        ),
    ],
)
def test_what_it_says_of_the_one_laboratory_named(project, tmp_path, text, lab, expected, kau):
    """Fiftieth session: "It is jointly run with CETC", "It was founded in 1999 by CSIC" after the one
    laboratory named were unread; "It was established in 2004 by KAU" founded KAU in 2004."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + text + "\n")
    assert laboratory_facts(ctx, lab) == expected, text
    assert statements_sourced(ctx, KAU) == kau, text


@pytest.mark.parametrize(
    ("sentence", "lab", "expected"),
    [
        # after a passive hosting between commas, and a founder after the year who is the institution
        ("The Key Laboratory of Radar Imaging, hosted by KAU, was set up in 2004.", RADAR_LAB, {"2004"}),
        ("The Key Laboratory of Sonar Arrays, which is hosted by KAU, was established in 2008.", SONAR_LAB, {"2008"}),
        ("KAU's Key Laboratory of Sonar Arrays was set up in 2005 by the university.", SONAR_LAB, {"2005", KAU}),
        ("KAU hosts the Key Laboratory of Radar Imaging, which was set up in 2004 by KAU.", RADAR_LAB, {"2004", KAU}),
        (
            "KAU's Key Laboratory of Sonar Arrays was established in 2003 by KAU and AVIC.",
            SONAR_LAB,
            {"2003", KAU, AVIC},
        ),
        # guards: another founder, a hedge, another host
        ("The Key Laboratory of Radar Imaging, hosted by KAU, was set up in 2004 by CETC.", RADAR_LAB, set()),
        ("KAU hosts the Key Laboratory of Radar Imaging, which was set up in 2004 by CETC.", RADAR_LAB, set()),
        ("KAU's Key Laboratory of Sonar Arrays was established in 2003 by CETC and AVIC.", SONAR_LAB, set()),
        ("KAU's Key Laboratory of Sonar Arrays was probably set up in 2005 by the university.", SONAR_LAB, set()),
    ],
)
def test_a_laboratorys_founding_after_its_hosting_or_with_its_founder(project, tmp_path, sentence, lab, expected):
    """Fiftieth session: ", hosted by KAU, was set up in 2004" left the laboratory undated, and "...
    in 2004 by KAU" was unread as another's founding."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    facts = laboratory_facts(ctx, lab)
    found = {year for relation, year in facts if relation == "established"}
    found |= {body for relation, body in facts if relation == "establishedBy"}
    assert found == expected, sentence


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Founded in 1958 as the Kestrel Institute of Technology, KAU was renamed in 1993.", "1958"),
        ("Established in 1952, KAU was renamed in 1999.", "1952"),
        # guards: a merger may be a refounding; another's; a hedge
        ("Founded in 1960, KAU was merged with Birch College in 2000.", None),
        ("Founded in 1958, CETC's 14th Research Institute was renamed in 1993.", None),
        ("Reportedly founded in 1958, KAU was renamed in 1993.", None),
    ],
)
def test_a_leading_founding_before_a_renaming(project, tmp_path, sentence, year):
    """Fiftieth session: "Founded in 1958 ..., KAU was renamed in 1993" gave no founding year."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    found = {
        re.search(r"\d{4}", str(w))[0]
        for s, p, o in ctx.triples
        if s == ID[KAU] and p == DKG.established
        for n, q, w in ctx.triples
        if n == o and q == DKG.when
    }
    assert found == ({year} if year else set()), sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "KAU has held secret-level security credentials since 2011 and renewed them in 2016.",
            {("securityCredential", "secret", "2011", "startDate")},
        ),
        (
            "KAU has held confidential-level security credentials since 2009 and renewed them.",
            {("securityCredential", "confidential", "2009", "startDate")},
        ),
        # guards: lost, hedged, a renewal with no holding since
        ("KAU has held secret-level security credentials since 2011 and lost them in 2016.", set()),
        ("KAU has reportedly held secret-level security credentials since 2011 and renewed them in 2016.", set()),
        ("KAU received secret-level security credentials in 2011 and renewed them in 2016.", set()),
    ],
)
def test_a_credential_held_since_a_year_and_renewed(project, tmp_path, sentence, expected):
    """Fiftieth session: "... since 2011 and renewed them in 2016" was unread whole (the forty-ninth
    session's guard)."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert credential_facts(ctx) == expected, sentence


# -- fiftieth session: whole-page probes of institutes, academies, universities and police schools ----


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a research institute (or subsidiary) described before its parent: unread before
        ("KAU is the central research institute of CETC.", {_tie("subsidiaryOf", CETC)}),
        ("KAU is a key research institute of CASC.", {_tie("subsidiaryOf", CASC)}),
        ("KAU is the main research academy under AVIC.", {_tie("subsidiaryOf", AVIC)}),
        # guards: a former one, a hedge, a body that owns no institutes, no parent named first
        ("KAU is the former central research institute of CETC.", set()),
        ("KAU is reportedly the central research institute of CETC.", set()),
        ("KAU is the central research institute of the PLA Navy.", set()),
        ("KAU is the central research institute of a firm that supplies CETC.", set()),
    ],
)
def test_a_research_institute_described_before_its_parent(project, tmp_path, sentence, expected):
    """Fiftieth session: "HIES is the central research institute of CETC" was unread (only "a" or
    "one of the" before the noun)."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert {t for t in statements_sourced(ctx, KAU) if t[0] == "subsidiaryOf"} == expected, sentence


RADAR_CO = "kestrel-radar-technology-co-ltd"


@pytest.mark.parametrize(
    ("sentence", "owned"),
    [
        # an apposition describing the company after its name: unread before
        ("KAU owns Kestrel Radar Technology Co., Ltd., a subsidiary that makes radar components.", True),
        ("It owns Kestrel Radar Technology Co., Ltd., a company based in Xi'an.", True),
        ("KAU wholly owns Kestrel Radar Technology Co., Ltd., a firm making radar parts for CETC.", True),
        # guards: the apposition names another parent; shares are no ownership; a hedge
        ("KAU owns Kestrel Radar Technology Co., Ltd., a subsidiary of CETC.", False),
        ("KAU owns shares in Kestrel Radar Technology Co., Ltd., a company that makes radar parts.", False),
        ("KAU reportedly owns Kestrel Radar Technology Co., Ltd., a company that makes radar parts.", False),
    ],
)
def test_an_owned_company_described_after_its_name(project, tmp_path, sentence, owned):
    """Fiftieth session: "It owns X Co., Ltd., a subsidiary that makes radar components" minted the
    company but gave it no owner (the apposition was taken for a second company of the list)."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    expected = {("subsidiaryOf", KAU, None, "stated", None)} if owned else set()
    assert statements_sourced(ctx, RADAR_CO) == expected, sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the founding year before a second verb of the present: only the second was read before
        (
            "KAU was founded in 1965 and holds top-secret security credentials.",
            {("established", f"{KAU}-established-1965"), ("securityCredential", "top-secret")},
        ),
        (
            "It was founded in 1958 and trains engineers for CASC.",
            {("established", f"{KAU}-established-1958"), ("trainsPersonnelFor", CASC)},
        ),
        (
            "KAU was established in 1970 and hosts the Kestrel Radar Laboratory.",
            {("established", f"{KAU}-established-1970")},
        ),
        # guards: a hedge anywhere leaves the sentence unread; another's founding
        ("KAU was founded in 1965 and reportedly holds top-secret security credentials.", set()),
        ("NUDT was founded in 1953 and holds top-secret security credentials.", set()),
    ],
)
def test_a_founding_year_before_a_second_verb_of_the_present(project, tmp_path, sentence, expected):
    """Fiftieth session: "It was founded in 1965 and holds top-secret security credentials" gave the
    credential, not the founding year ("and" before "holds", "hosts", "trains" ... did not end it)."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    got = {
        (p, o)
        for p, o, _, _, _ in statements_sourced(ctx, KAU)
        if p in {"established", "securityCredential", "trainsPersonnelFor"}
    }
    assert got == expected, sentence


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        # an academy's or university's departments, colleges, schools listed: unread before
        (
            "KAU has four departments, including the Department of Weapons Engineering and the Department of "
            "Naval Architecture.",
            {"department-of-weapons-engineering", "department-of-naval-architecture"},
        ),
        ("Its colleges include the College of Electronic Warfare (电子战学院).", {"college-of-electronic-warfare"}),
        (
            "KAU has twelve schools: the School of Aerospace and the School of Physics.",
            {"school-of-aerospace", "school-of-physics"},
        ),
        # guards: others' ("partner colleges"), another's, hedged, former, a list holding other things
        ("KAU has partner colleges, including the College of Engineering.", set()),
        ("KAU's partner schools include the Kestrel School of Aviation.", set()),
        ("NUDT's colleges include the College of Electronic Warfare.", set()),
        ("KAU reportedly has four colleges, including the College of Electronic Warfare.", set()),
        ("KAU's former colleges include the College of Electronic Warfare.", set()),
        ("KAU's colleges include the College of Electronic Warfare and several research centres.", set()),
        ("KAU has three colleges, including Imperial College London.", set()),
    ],
)
def test_the_departments_and_colleges_of_an_academy_listed(project, tmp_path, sentence, units):
    """Fiftieth session: "ENEU has four departments, including the Department of ..." was unread
    (only "units" were listed so)."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    got = {
        str(s).rsplit("/", 1)[-1].removeprefix(f"{KAU}-") for s, p, o in ctx.triples if p == DKG.unitOf and o == ID[KAU]
    }
    assert got == units, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Its subordinate units include the CASC Hypersonics Institute.",
        "Its subordinate units include the NUDT College of Electronic Warfare.",
        "KAU has four colleges, including the CASC College of Electronic Warfare.",
    ],
)
def test_a_listed_unit_named_after_another_body_is_not_its_own(project, tmp_path, sentence):
    """Fiftieth session: a listed unit whose name opens with a body the registry knows ("the CASC
    Hypersonics Institute") was minted as the institution's unit, **wrongly**; "is home to" already
    took it for the other's."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert not any(p == DKG.unitOf for _, p, _ in ctx.triples), sentence


# -- fiftieth session: units named under another's possessive, agreements told after the fact ---------

SADI = "shenyang-aircraft-design-institute"


@pytest.mark.parametrize(
    ("sentence", "unit", "parent", "ties"),
    [
        # a named unit under a known group's possessive or "of <group>": minted with its parent, and
        # read as any named body is (as the subject too: unread before)
        (
            "KAU has worked with AVIC's Shenyang Aircraft Design Institute since 2009.",
            SADI,
            AVIC,
            {_tie("collaboratesWith", SADI, "2009")},
        ),
        ("AVIC's Shenyang Aircraft Design Institute works with KAU.", SADI, AVIC, set()),
        (
            "KAU collaborates with CETC's Nanjing Research Institute of Electronics Technology.",
            "nanjing-research-institute-of-electronics-technology",
            CETC,
            {_tie("collaboratesWith", "nanjing-research-institute-of-electronics-technology")},
        ),
        (
            "KAU trains engineers for the Beijing Institute of Tracking and Telecommunications Technology of CASC.",
            "beijing-institute-of-tracking-and-telecommunications-technology",
            CASC,
            {_tie("trainsPersonnelFor", "beijing-institute-of-tracking-and-telecommunications-technology")},
        ),
        (
            "KAU works with the Shenyang Aircraft Design Institute of AVIC and with NUDT.",
            SADI,
            AVIC,
            {_tie("collaboratesWith", SADI), _tie("collaboratesWith", NUDT)},
        ),
        # guards: an owner of two groups, a university's, a name of a unit's kind, a longer name cut
        (
            "KAU collaborates with CSSC's Kestrel Underwater Acoustics Institute.",
            "kestrel-underwater-acoustics-institute",
            None,
            {_tie("collaboratesWith", "kestrel-underwater-acoustics-institute")},
        ),
        ("KAU collaborates with NUDT's Kestrel Research Academy.", "kestrel-research-academy", None, set()),
        ("KAU collaborates with CETC's Research Institute.", "research-institute", None, set()),
        (
            "The Xi'an Microelectronics Technology Institute of CASC has worked with KAU since 2012.",
            "microelectronics-technology-institute",
            None,
            set(),
        ),
    ],
)
def test_a_unit_named_under_a_groups_possessive_is_its_subsidiary(project, tmp_path, sentence, unit, parent, ties):
    """Fiftieth session: "AVIC's Shenyang Aircraft Design Institute" was minted without its parent,
    and unread as the subject; "... Institute of AVIC and with NUDT" was unread whole."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    parents = {o for relation, o, *_ in statements_sourced(ctx, unit) if relation == "subsidiaryOf"}
    assert parents == ({parent} if parent else set()), sentence
    assert statements_sourced(ctx, KAU) == ties, sentence
    if sentence.startswith("AVIC's"):
        assert _tie("collaboratesWith", KAU) in statements_sourced(ctx, unit), sentence


@pytest.mark.parametrize(
    ("sentence", "parties", "ties"),
    [
        # told after the fact: the fact undated (the year was the fact's), the agreement with its partner
        ("KAU trains engineers for CASC under a 2018 agreement.", set(), {_tie("trainsPersonnelFor", CASC)}),
        (
            "KAU trains engineers for the PLA Navy under a 2018 agreement with CASC.",
            {_tie("party", CASC, "2018"), _tie("party", KAU, "2018")},
            {_tie("trainsPersonnelFor", PLAN)},
        ),
        # without its year: an agreement in force, undated (as "KAU has an agreement with CASC")
        (
            "Under an agreement with CASC, KAU trains engineers for the PLA Navy.",
            {_tie("party", CASC), _tie("party", KAU)},
            {_tie("trainsPersonnelFor", PLAN)},
        ),
        # the fact in the institution's clause under the agreement it signed
        (
            "In 2018, KAU signed an agreement with CASC under which it trains engineers for CASC.",
            {_tie("party", CASC, "2018"), _tie("party", KAU, "2018")},
            {_tie("trainsPersonnelFor", CASC)},
        ),
        # guards: another's clause under it, a modal, a hedge, two partners
        (
            "In 2018, KAU signed an agreement with CASC under which CASC funds its radar research.",
            {_tie("party", CASC, "2018"), _tie("party", KAU, "2018")},
            set(),
        ),
        ("In 2018, KAU signed an agreement with CASC under which it would train engineers for CASC.", set(), set()),
        ("KAU reportedly trains engineers for CASC under a 2018 agreement.", set(), set()),
        (
            "KAU trains engineers for CASC under a 2018 agreement with AVIC and CETC.",
            set(),
            {_tie("trainsPersonnelFor", CASC)},
        ),
    ],
)
def test_an_agreement_told_after_the_fact(project, tmp_path, sentence, parties, ties):
    """Fiftieth session: "KAU trains engineers for CASC under a 2018 agreement" dated the training
    2018 and read no agreement; "Under an agreement with CASC, KAU ..." was unread; "... under which
    it trains ..." read the agreement alone."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert statements_sourced_by_parties(ctx) == parties, sentence
    assert statements_sourced(ctx, KAU) == ties, sentence


# -- fiftieth session: denied and hedged first parts, and people who told the press -----------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("KAU does not work with CASC; it works with CASIC.", {_tie("collaboratesWith", CASIC)}),
        (
            "KAU reportedly supplies radar to CETC; it also trains officers for the PLA Navy.",
            {_tie("trainsPersonnelFor", "pla-navy")},
        ),
        (
            "KAU never worked with CASIC; it has worked with AVIC since 2012.",
            {_tie("collaboratesWith", AVIC, "2012")},
        ),
        (
            "KAU does not train officers for the PLA Navy; it trains engineers for CASC.",
            {_tie("trainsPersonnelFor", CASC)},
        ),
        (
            "KAU may supply radar to CETC; the university also trains engineers for CASIC.",
            {_tie("trainsPersonnelFor", CASIC)},
        ),
        # (the forty-ninth session's guard: the hedged first clause alone is unread)
        ("KAU reportedly works with CETC; it also works with AVIC.", {_tie("collaboratesWith", AVIC)}),
        # the second clause's own hedge or denial: unread
        ("KAU does not work with CASC; it reportedly works with CASIC.", set()),
        ("KAU does not work with CETC; it does not work with CASC either.", set()),
        # guards: a second clause that leans on the first is not read alone
        ("KAU does not work with CASC; it only buys from it.", set()),
        ("KAU does not work with CASC; it did until 2015.", set()),
        ("KAU does not work with CETC; it does so through NUDT.", set()),
        ("KAU does not work with CETC; it works with one of its institutes.", set()),
    ],
)
def test_a_denied_or_hedged_first_clause_before_a_clause_of_it(project, tmp_path, sentence, expected):
    """Fiftieth session: a denied or hedged clause before "; it ..." left the whole sentence unread;
    now the second clause is read alone when it does not lean on the first."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert statements_sourced(ctx, KAU) == expected, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "KAU reportedly supplies radar to CETC and trains officers for the PLA Navy.",
        "KAU once supplied radar to CETC and trained officers for the PLA Navy.",
        "KAU is believed to train officers for the PLA Navy and supplies radar to CETC.",
        "KAU supplied radar to CETC until 2015 and trained officers for the PLA Navy.",
        "KAU reportedly conducts research for CASC and is funded by CETC.",
        "KAU previously trained engineers for CASC and conducted research for CETC.",
        "KAU reportedly supplies radar to CETC and purchased servers from Inspur.",
    ],
)
def test_a_hedge_or_past_before_two_phrases_of_other_relations_governs_both(project, tmp_path, sentence):
    """Fiftieth session (a guard, passing before): the second phrase of a shared subject after a
    hedged or past first one is not stated (``_linked`` looks for the hedge before the phrase and
    the past in the whole clause)."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert statements_sourced(ctx, KAU) == set(), sentence
    assert statements_sourced(ctx, "inspur-group") == set(), sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Officials told the South China Morning Post that KAU works with CASC.",
            {_tie("collaboratesWith", CASC, source="Officials")},
        ),
        (
            "A CETC spokesperson told the People's Daily in 2019 that KAU works with CASC.",
            {_tie("collaboratesWith", CASC, source="A CETC spokesperson")},
        ),
        (
            "University officials told the state-run Global Times that KAU works with CASC.",
            {_tie("collaboratesWith", CASC, source="University officials")},
        ),
        (
            "Officials told a South China Morning Post reporter that KAU works with CASC.",
            {_tie("collaboratesWith", CASC, source="Officials")},
        ),
        (
            "KAU works with CETC, a spokesperson told the Wall Street Journal in 2020.",
            {_tie("collaboratesWith", CETC, source="a spokesperson")},
        ),
        (
            "KAU works with CASIC, university officials told the Science and Technology Daily.",
            {_tie("collaboratesWith", CASIC, source="university officials")},
        ),
        (
            "Military officers said that KAU works with CASC.",
            {_tie("collaboratesWith", CASC, source="Military officers")},
        ),
        (
            "KAU, military officers said, works with CASIC.",
            {_tie("collaboratesWith", CASIC, source="military officers")},
        ),
        # guards: hearsay, a hedge after the frame, officers of no armed force
        ("Unnamed officials told the South China Morning Post that KAU works with CASC.", set()),
        ("Officials told the South China Morning Post that KAU may work with CASC.", set()),
        ("Sources told the South China Morning Post that KAU works with CASC.", set()),
        ("Officers said that KAU works with CASC.", set()),
        ("Anonymous officers told the Global Times that KAU works with CASC.", set()),
    ],
)
def test_people_who_told_the_press_by_its_name(project, tmp_path, sentence, expected):
    """Fiftieth session: "told" with more than two words after it ("told the South China Morning Post
    that") was no frame, and officers of the armed forces no people who speak for a body."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert statements_sourced(ctx, KAU) == expected, sentence


# -- fiftieth session: supervisors, credentials and laboratories in new wordings ------------------------

MPS = "ministry-of-public-security"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a bracket placing the agency in its parent: the parent is no supervisor
        ("KAU is supervised by SASTIND (part of MIIT).", {("supervisedBy", SASTIND, None, None)}),
        (
            "KAU is supervised by SASTIND (an agency under MIIT) and the Hunan Provincial Government.",
            {("supervisedBy", SASTIND, None, None), ("supervisedBy", "hunan-provincial-government", None, None)},
        ),
        # nor its owner named before it ("implied" before: wrong, as the agency supervises in its own right)
        ("KAU is supervised by MIIT's SASTIND.", {("supervisedBy", SASTIND, None, None)}),
        # guards: a Chinese name in the bracket, the parent named as a supervisor of its own
        (
            "KAU is supervised by SASTIND (国防科工局) and MIIT.",
            {("supervisedBy", SASTIND, None, None), ("supervisedBy", MIIT, None, None)},
        ),
        # "affiliated with" a ministry, a government or the military: its line of command
        (
            "The university is affiliated with the Ministry of Public Security (MPS).",
            {("subordinateTo", MPS, None, None)},
        ),
        ("KAU is a national key university affiliated with MIIT.", {("subordinateTo", MIIT, None, None)}),
        ("KAU has been affiliated with the PLA Navy since 2017.", {("subordinateTo", "pla-navy", "2017", None)}),
        (
            "KAU is affiliated with the Ministry of Education and CETC.",
            {("subordinateTo", "ministry-of-education", None, None)},
        ),
        # guards: a company, a university, a hedge, another subject
        ("KAU is affiliated with CETC.", set()),
        ("KAU is affiliated with Birch University.", set()),
        ("KAU is reportedly affiliated with the MSS.", set()),
        ("Birch University is affiliated with the MPS.", set()),
        # transferred to an agency's jurisdiction (administration, supervision)
        (
            "KAU was transferred to the jurisdiction of MIIT in 2008, when COSTIND was abolished.",
            {("subordinateTo", MIIT, "2008", None)},
        ),
        (
            "KAU was transferred from the MOE to the administration of MIIT in 2008.",
            {("subordinateTo", MIIT, "2008", None), ("formerlySupervisedBy", "ministry-of-education", None, "2008")},
        ),
        # a start told in the relation's own clause, before its verb: that relation's only
        (
            "KAU is administered by the Guangdong Provincial Government, and since 2015 has also been jointly "
            "supervised by SASTIND.",
            {
                ("supervisedBy", "guangdong-provincial-government", None, None),
                ("jointlySupervisedBy", SASTIND, "2015", None),
            },
        ),
        (
            "KAU is run by MIIT and since 2012 it has been jointly supervised by SASTIND.",
            {("supervisedBy", MIIT, None, None), ("jointlySupervisedBy", SASTIND, "2012", None)},
        ),
        # who handed it over is no supervisor (COSTIND was read as one: wrong)
        ("KAU was handed over to MIIT by COSTIND in 2008.", {("subordinateTo", MIIT, "2008", None)}),
        # "jointly" after the participle
        (
            "Since 2017 the university has been administered jointly by SASTIND and the Ministry of Education.",
            {
                ("jointlySupervisedBy", SASTIND, "2017", None),
                ("jointlySupervisedBy", "ministry-of-education", "2017", None),
            },
        ),
        # guard: a laboratory's
        ("KAU hosts a laboratory run jointly by CNNC and AVIC.", set()),
    ],
)
def test_supervisors_in_new_wordings(project, tmp_path, sentence, expected):
    """Fiftieth session: "SASTIND (part of MIIT)" and "handed over to MIIT by COSTIND" made MIIT and
    COSTIND supervisors (wrong); "is affiliated with the MPS", "transferred to the jurisdiction of
    MIIT in 2008", "administered jointly by" were unread; "..., and since 2015 has also been jointly
    supervised by SASTIND" gave no start."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert {r for r in supervision_read(ctx, KAU) if r[0] in SUPERVISION} == expected, sentence


def test_a_description_before_a_relative_clause_of_supervision(project, tmp_path):
    """Fiftieth session: "KAU is a MOE university that is jointly overseen by SASTIND" described
    KAU as "a MOE university that is"."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + "KAU is a MOE university that is jointly overseen by SASTIND.\n")
    assert observed(ctx)["description"] == {"a MOE university"}
    assert ("jointlySupervisedBy", SASTIND, None, None) in supervision_read(ctx, KAU)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a confidentiality certification is the secrecy qualification (保密资格认证)
        (
            "KAU has held a grade 3 confidentiality certification since 2014.",
            {("securityCredential", "confidential", "2014", "startDate")},
        ),
        (
            "KAU obtained its confidentiality certification in 2012.",
            {("securityCredential", "accredited-level-not-stated", "2012", "pointInTime")},
        ),
        ("KAU holds a second-level confidentiality certificate.", {("securityCredential", "secret", None, None)}),
        # a grade told after the credential; the highest or lowest level
        ("KAU's secrecy qualification is of the second grade.", {("securityCredential", "secret", None, None)}),
        ("KAU's security credentials are level III.", {("securityCredential", "confidential", None, None)}),
        ("KAU has a secrecy qualification of grade two.", {("securityCredential", "secret", None, None)}),
        ("KAU holds the highest level of security credentials.", {("securityCredential", "top-secret", None, None)}),
        ("KAU holds the lowest level of secrecy qualification.", {("securityCredential", "confidential", None, None)}),
        # a review passed is a credential obtained
        (
            "In 2013 KAU passed the review for a secret-level confidentiality qualification.",
            {("securityCredential", "secret", "2013", "pointInTime")},
        ),
        # guards: the highest among a group, the second-highest, procedures, a review failed, another's
        (
            "KAU holds secret-level security credentials, the highest level of security credentials among "
            "Hunan universities.",
            {("securityCredential", "secret", None, None)},
        ),
        (
            "KAU holds the second-highest level of security credentials.",
            {("securityCredential", "accredited-level-not-stated", None, None)},
        ),
        ("KAU trains staff in secrecy qualification procedures.", set()),
        ("KAU trains staff in confidentiality certification procedures.", set()),
        ("KAU failed the secrecy qualification review in 2010.", set()),
        ("KAU signed a confidentiality agreement with AVIC.", set()),
        ("KAU's partner company holds a confidentiality certificate.", set()),
    ],
)
def test_credentials_in_new_wordings(project, tmp_path, sentence, expected):
    """Fiftieth session: confidentiality certifications, grades told after the credential, "the
    highest level" and a review passed were unread or read without their level; "trains staff in
    secrecy qualification procedures" was read as a credential (wrong)."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert credential_facts(ctx) == expected, sentence


def test_both_laboratories_a_sentence_says_it_hosts(project, tmp_path):
    """Fiftieth session: "KAU hosts both the A Laboratory and the B Laboratory" was unread."""
    ctx = page(
        project,
        tmp_path,
        KAU,
        KESTREL_AU + "KAU hosts both the State Key Laboratory of Aerodynamic Heating and the Fundamental Science "
        "on Inertial Navigation Laboratory (惯性导航国防科技重点实验室).\n",
    )
    assert observed(ctx)["hostedBy"] == {
        "state-key-laboratory-of-aerodynamic-heating",
        "fundamental-science-on-inertial-navigation-laboratory",
    }


@pytest.mark.parametrize(
    ("sentence", "ties"),
    [
        # an agreement's or a programme's year told with it is not the fact's: the fact undated
        ("KAU works with CETC under a 2018 agreement.", {_tie("collaboratesWith", CETC)}),
        ("KAU collaborates with AVIC under a framework agreement signed in 2016.", {_tie("collaboratesWith", AVIC)}),
        ("KAU works with CASIC under an agreement signed in 2018.", {_tie("collaboratesWith", CASIC)}),
        ("KAU collaborates with CETC on projects under the 2025 plan.", {_tie("collaboratesWith", CETC)}),
        ("KAU works with NUDT as part of Project 2011.", {_tie("collaboratesWith", NUDT)}),
        ("KAU has exchanges with NUDT under a 2014 memorandum of understanding.", {_tie("hasExchangesWith", NUDT)}),
        ("KAU has exchanges with NUDT under the 2016 Double First-Class plan.", {_tie("hasExchangesWith", NUDT)}),
        ("KAU receives funding from CASC through the 2016 National Key R&D Programme.", {_tie("fundedBy", CASC)}),
        (
            "KAU trains engineers for the PLA Air Force under a programme launched in 2016.",
            {_tie("trainsPersonnelFor", "pla-air-force")},
        ),
        (
            "KAU collaborates with CETC through a joint laboratory established in 2014.",
            {_tie("collaboratesWith", CETC)},
        ),
        (
            "KAU obtained secret-level security credentials under a 2010 agreement with SASTIND.",
            {_tie("securityCredential", "secret")},
        ),
        # a relative clause on the institution with a number's comma in it ("12,000")
        ("KAU, which had 12,000 students in 2019, collaborates with AVIC.", {_tie("collaboratesWith", AVIC)}),
        # the fact's own year kept: beside an agreement's, or alone
        ("KAU has collaborated with CETC since 2010 under a 2015 agreement.", {_tie("collaboratesWith", CETC, "2010")}),
        ("In 2017, KAU began collaborating with AVIC.", {_tie("collaboratesWith", AVIC, "2017")}),
        ("KAU has worked with CETC since 2014 under a framework agreement.", {_tie("collaboratesWith", CETC, "2014")}),
        ("KAU, which had 12,000 students, has worked with AVIC since 2019.", {_tie("collaboratesWith", AVIC, "2019")}),
    ],
)
def test_a_year_of_another_phrase_dates_no_fact(project, tmp_path, sentence, ties):
    """Fiftieth session: the year of an agreement, a programme or a laboratory told with the fact
    ("under a 2018 agreement", "as part of Project 2011", "through a joint laboratory established in
    2014") dated the collaboration, exchanges, funding, training or credential."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert {t for t in statements_sourced(ctx, KAU) if t[0] != "party"} == ties, sentence


@pytest.mark.parametrize(
    ("sentence", "ties"),
    [
        # the agreement's other party is no supervisor
        (
            "KAU is supervised by SASTIND under a 2012 agreement with the Ministry of Education.",
            {_tie("supervisedBy", SASTIND)},
        ),
        (
            "KAU is supervised by SASTIND under an agreement with the Ministry of Education.",
            {_tie("supervisedBy", SASTIND)},
        ),
        # "since its founding in 1953": the supervision's start, whoever's founding "its" is
        ("KAU has been supervised by the PLA Navy since its founding in 1953.", {_tie("supervisedBy", PLAN, "1953")}),
        ("KAU is supervised by MIIT since 2008.", {_tie("supervisedBy", MIIT, "2008")}),
    ],
)
def test_a_supervision_beside_an_agreement_or_since_its_founding(project, tmp_path, sentence, ties):
    """Fiftieth session: "... by SASTIND under a 2012 agreement with the Ministry of Education" read
    the ministry as a supervisor; "since its founding in 1953" gave no start."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert {t for t in statements_sourced(ctx, KAU) if t[0] in ("supervisedBy", "jointlySupervisedBy")} == ties, (
        sentence
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "KAU set up the Key Laboratory of Underwater Acoustics under a 2012 agreement with CSSC.",
            {("establishedBy", KAU)},
        ),
        (
            "KAU set up the Key Laboratory of Underwater Acoustics in 2012 under a 2010 agreement with CSSC.",
            {("establishedBy", KAU), ("established", "2012")},
        ),
    ],
)
def test_a_laboratory_set_up_under_a_dated_agreement(project, tmp_path, sentence, expected):
    """Fiftieth session: the agreement's year dated the laboratory's founding (its own year is kept)."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert laboratory_facts(ctx, "key-laboratory-of-underwater-acoustics") == expected, sentence


# -- fiftieth session, whole-page probes (second round) ----------------------------------------------

SSF = "pla-strategic-support-force"
PLA = "peoples-liberation-army"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("KAU trains engineers for the PLA SSF.", {SSF}),
        ("KAU trains engineers for CETC and the PLA SSF.", {CETC, SSF}),
        ("KAU trains officers for the PLA Navy and PLA SSF.", {PLAN, SSF}),
        # guards: the PLA named on its own stays the PLA
        ("KAU trains officers for the PLA SSF and the PLA.", {SSF, PLA}),
        ("KAU trains officers for the PLA, the SSF and CETC.", {PLA, SSF, CETC}),
    ],
)
def test_a_group_named_before_its_units_abbreviation_is_the_unit_alone(project, tmp_path, sentence, expected):
    """Fiftieth session (second round): "it trains engineers for CETC and the PLA SSF" also gave
    training for the PLA ("PLA" and "SSF" were two mentions: the registry knows "SSF", not "PLA
    SSF"); a body right before its own unit, one space between, is one mention of the unit."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    got = {o for p, o, _, _, _ in statements_sourced(ctx, KAU) if p == "trainsPersonnelFor"}
    assert got == expected, sentence


PLOVER = "plover-university-of-technology"


@pytest.mark.parametrize("bracket", ["(PUT; 鸻鸟理工大学)", "(PUT, 鸻鸟理工大学)", "(鸻鸟理工大学; PUT)"])
def test_a_description_opening_with_its_name_abbreviation_and_chinese_name_in_one_bracket(project, tmp_path, bracket):
    """Fiftieth session (second round): a description-only entry (the MISP copy's kind) opening
    "Plover University of Technology (PUT; 鸻鸟理工大学) is subordinate to the MIIT and ..." gave no
    abbreviation, no Chinese name, no supervision: the semicolon in the bracket was taken for the
    end of a clause, and only "(中文, ABBR)" gave an abbreviation outside a risk sentence."""
    ctx = page(
        project,
        tmp_path,
        PLOVER,
        f"Plover University of Technology\n\n\nPlover University of Technology {bracket} is subordinate to "
        "the MIIT and has been jointly supervised by SASTIND and the Jiangsu Provincial Government since "
        "2013. PUT works with CETC.\n",
    )
    found = observed(ctx)
    assert found["abbreviation"] == {"PUT"}
    assert {str(o) for s, p, o in ctx.triples if s == ID[PLOVER] and p == SKOS.altLabel} == {"鸻鸟理工大学"}
    assert ("subordinateTo", MIIT, None, "stated", None) in statements_sourced(ctx, PLOVER)
    joint = {(o, y) for p, o, y, _, _ in statements_sourced(ctx, PLOVER) if p == "jointlySupervisedBy"}
    assert joint == {("state-administration-of-science-technology-and-industry-for-national-defence", "2013"),
                     ("jiangsu-provincial-government", "2013")}  # fmt: skip
    assert ("collaboratesWith", CETC, None, "stated", None) in statements_sourced(ctx, PLOVER)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the agreement's subject after its year: the year was lost before
        ("KAU signed an MoU with CETC in 2019 on radar signal processing.", {(CETC, "2019")}),
        ("KAU signed a strategic cooperation agreement with NORINCO in 2017 covering fuzes.", {(NORINCO, "2017")}),
        (
            "KAU signed agreements with CASC in 2016 on rockets and with CASIC in 2019 on missiles.",
            {(CASC, "2016"), (CASIC, "2019")},
        ),
        # a second verb phrase after a plain tie: unread before; the tie's year is not the signing's
        ("KAU has worked with AVIC since 2016 and signed a framework agreement with CASIC in 2022.", {(CASIC, "2022")}),
        ("KAU works with AVIC and signed an agreement with CASIC.", {(CASIC, None)}),
        (
            "KAU has collaborated with AVIC on airborne radar integration since 2016 and signed a framework "
            "agreement with CASIC in 2022.",
            {(CASIC, "2022")},
        ),
        ("KAU works with AVIC on radar that NUDT designed and signed an agreement with CASIC.", set()),
        # guards: a hedge or a denial in the first phrase or the second; two dates (unread whole)
        ("KAU reportedly works with AVIC and signed an agreement with CASIC in 2022.", set()),
        ("KAU works with AVIC and has not signed an agreement with CASIC.", set()),
        ("KAU works with AVIC and may sign an agreement with CASIC.", set()),
        ("KAU signed an agreement with CETC in 2019 on 12 March 2020.", set()),
    ],
)
def test_an_agreements_year_before_its_subject_and_an_agreement_as_a_second_verb_phrase(
    project, tmp_path, sentence, expected
):
    """Fiftieth session (second round): "signed an MoU with MIPT in 2019 on radar signal processing"
    was undated (the year had to end the sentence or come before "," or "and"), and "has
    collaborated with AVIC since 2016 and signed a framework agreement with CASIC in 2022" gave no
    agreement (its subject is in the first verb phrase)."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    got = {(o, y) for p, o, y, _, _ in statements_sourced_by_parties(ctx) if o != KAU}
    assert got == expected, sentence


OSTRAVA, HERON_GMBH, KESTREL_OPTICS = "ostrava-turbine-systems-s-r-o", "heron-turbine-gmbh", "kestrel-optics-co-ltd"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In 2016, KAU acquired Heron Turbine GmbH.", {(HERON_GMBH, "2016")}),
        ("KAU bought Heron Turbine GmbH in 2019.", {(HERON_GMBH, "2019")}),
        ("In 2016, KAU acquired Ostrava Turbine Systems s.r.o., a Czech maker of turbopumps.", {(OSTRAVA, "2016")}),
        (
            "KAU acquired Heron Turbine GmbH and Kestrel Optics Co., Ltd. in 2018.",
            {(HERON_GMBH, "2018"), (KESTREL_OPTICS, "2018")},
        ),
        # guards: a stake, a deal undone or blocked, through another body, a hedge, things bought
        ("KAU acquired a 60% stake in Heron Turbine GmbH.", set()),
        ("KAU acquired Heron Turbine GmbH in 2016 and sold it in 2019.", set()),
        ("In 2019, KAU bought Heron Turbine GmbH, but the deal was blocked in 2021.", set()),
        ("In 2016, KAU acquired Heron Turbine GmbH through its Hong Kong subsidiary.", set()),
        ("KAU reportedly acquired Heron Turbine GmbH.", set()),
        ("KAU acquired US-origin items for Heron Turbine GmbH.", set()),
        ("NUDT acquired Heron Turbine GmbH in 2016.", set()),
    ],
)
def test_a_company_the_institution_acquired_is_its_subsidiary_from_then(project, tmp_path, sentence, expected):
    """Fiftieth session (second round): "In 2016, HAPA acquired Ostrava Turbine Systems s.r.o., a
    Czech maker of turbopumps" was unread (no verb of buying a company; no Czech legal form; "a
    maker of" did not end the list)."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    got = set()
    for company in (OSTRAVA, HERON_GMBH, KESTREL_OPTICS):
        got |= {(company, y) for p, o, y, _, _ in statements_sourced(ctx, company) if p == "subsidiaryOf" and o == KAU}
    assert got == expected, sentence


# -- fiftieth session: readings left by the fiftieth session's first passes --------------------------------

CETC_14 = "14th-research-institute-of-china-electronics-technology-group-corporation"
CASC_8 = "8th-academy-of-china-aerospace-science-and-technology-corporation"


@pytest.mark.parametrize(
    ("sentence", "unit", "ties", "of_kau"),
    [
        (
            "CETC's 14th Research Institute works with KAU.",
            CETC_14,
            {_tie("subsidiaryOf", CETC), _tie("collaboratesWith", KAU)},
            set(),
        ),
        (
            "CETC's 14th Research Institute has collaborated with KAU since 2012.",
            CETC_14,
            {_tie("subsidiaryOf", CETC), _tie("collaboratesWith", KAU, "2012")},
            set(),
        ),
        (
            "The 14th Research Institute of CETC funds KAU's radar research.",
            CETC_14,
            {_tie("subsidiaryOf", CETC)},
            {_tie("fundedBy", CETC_14)},
        ),
        (
            "CASC's 8th Academy has supplied components to KAU.",
            CASC_8,
            {_tie("subsidiaryOf", CASC), _tie("suppliesTo", KAU)},
            set(),
        ),
        # guards: a hedge, a denial (the parent alone, as a unit named by a name of its own)
        ("CETC's 14th Research Institute reportedly works with KAU.", CETC_14, {_tie("subsidiaryOf", CETC)}, set()),
        ("CETC's 14th Research Institute does not work with KAU.", CETC_14, {_tie("subsidiaryOf", CETC)}, set()),
        # as a partner, as before
        (
            "KAU works with CETC's 14th Research Institute.",
            CETC_14,
            {_tie("subsidiaryOf", CETC)},
            {_tie("collaboratesWith", CETC_14)},
        ),
    ],
)
def test_a_numbered_unit_as_the_subject(project, tmp_path, sentence, unit, ties, of_kau):
    """Fiftieth session: "CETC's 14th Research Institute works with KAU" was unread (a numbered unit
    was minted only as a partner)."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert statements_sourced(ctx, unit) == ties, sentence
    assert statements_sourced(ctx, KAU) == of_kau, sentence


@pytest.mark.parametrize(
    ("sentence", "ties"),
    [
        ("KAU has reported to MIIT since 2008.", {_tie("subordinateTo", MIIT, "2008")}),
        ("KAU has reported directly to SASTIND since 2014.", {_tie("subordinateTo", SASTIND, "2014")}),
        ("KAU reported to COSTIND until 2008.", {_tie("formerlySupervisedBy", COSTIND)}),
        # as "KAU was under COSTIND until 2008"
        (
            "KAU had reported to COSTIND until 2008, when it was transferred to MIIT.",
            {_tie("formerlySupervisedBy", COSTIND)},
        ),
        # guards: a report told, hedges elsewhere ("reported to" still one where it is no line of command)
        ("KAU reported to MIIT in 2015 that it had no foreign partners.", set()),
        ("KAU has reported to MIIT that it works with CETC.", set()),
        ("KAU has reported to MIIT on its research since 2010.", set()),
        ("It has been reported to the MOE that KAU works with CETC.", set()),
        ("KAU is reported to be under MIIT.", set()),
        ("KAU is reported to work with CASC.", set()),
        ("KAU has reportedly reported to MIIT since 2008.", set()),
        ("KAU has never reported to MIIT.", set()),
        ("KAU reported to MIIT in 2015.", set()),
    ],
)
def test_reported_to_as_a_line_of_command(project, tmp_path, sentence, ties):
    """Fiftieth session: "KAU has reported to MIIT since 2008" was unread ("reported to" was only a
    hedge's words, and the wording only "reported directly to")."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert statements_sourced(ctx, KAU) == ties, sentence


@pytest.mark.parametrize(
    ("sentence", "ties"),
    [
        ("The MOE oversees KAU together with SASTIND.", {_tie("supervisedBy", MOE), _tie("supervisedBy", SASTIND)}),
        ("SASTIND oversees KAU jointly with the MOE.", {_tie("supervisedBy", MOE), _tie("supervisedBy", SASTIND)}),
        (
            "Since 2014, the MOE has overseen KAU together with SASTIND.",
            {_tie("supervisedBy", MOE, "2014"), _tie("supervisedBy", SASTIND, "2014")},
        ),
        # guards: what is overseen with the institution, not an overseer; a hedge; another's part
        ("The MOE oversees KAU together with NUDT.", {_tie("supervisedBy", MOE)}),
        ("The MOE oversees KAU together with CETC.", {_tie("supervisedBy", MOE)}),
        ("The MOE oversees KAU together with SASTIND's laboratories.", {_tie("supervisedBy", MOE)}),
        ("The MOE reportedly oversees KAU together with SASTIND.", set()),
        ("The MOE oversees KAU's laboratory together with SASTIND.", set()),
    ],
)
def test_an_agency_that_oversees_it_together_with_another(project, tmp_path, sentence, ties):
    """Fiftieth session: "The MOE oversees KAU together with SASTIND" read the MOE only."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert statements_sourced(ctx, KAU) == ties, sentence


AVIONICS_CO, MATERIALS_CO, OPTICS_CO = "kestrel-avionics-co-ltd", "kestrel-materials-co-ltd", "kestrel-optics-co-ltd"


@pytest.mark.parametrize(
    ("sentence", "owned"),
    [
        (
            "KAU owns Kestrel Avionics Co., Ltd., a firm based in Xi'an, and Kestrel Materials Co., Ltd.",
            {AVIONICS_CO, MATERIALS_CO},
        ),
        (
            "KAU owns Kestrel Avionics Co., Ltd., a radar maker, and Kestrel Materials Co., Ltd., a supplier of composites.",
            {AVIONICS_CO, MATERIALS_CO},
        ),
        (
            "KAU owns Kestrel Avionics Co., Ltd., a firm based in Xi'an, Kestrel Materials Co., Ltd. and Kestrel Optics Co., Ltd.",
            {AVIONICS_CO, MATERIALS_CO, OPTICS_CO},
        ),
        # the apposition ends the list where no company named whole follows, as before
        ("KAU owns Kestrel Avionics Co., Ltd., a firm based in Xi'an and Chengdu.", {AVIONICS_CO}),
        ("KAU owns Kestrel Avionics Co., Ltd., a firm based in Xi'an, and several other firms.", {AVIONICS_CO}),
        # guards: another parent told in the apposition (nothing, as before)
        ("KAU owns Kestrel Avionics Co., Ltd., a subsidiary of CETC, and Kestrel Materials Co., Ltd.", set()),
        ("KAU owns Kestrel Avionics Co., Ltd., a supplier of the PLA Navy, and Kestrel Materials Co., Ltd.", set()),
    ],
)
def test_companies_owned_listed_after_an_apposition(project, tmp_path, sentence, owned):
    """Fiftieth session: "KAU owns A Co., Ltd., a firm based in Xi'an, and B Co., Ltd." read A only."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    companies = (AVIONICS_CO, MATERIALS_CO, OPTICS_CO)
    assert {c for c in companies if _tie("subsidiaryOf", KAU) in statements_sourced(ctx, c)} == owned, sentence


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("KAU owns Kestrel Radar Co., Ltd. and CETC's 14th Research Institute.", CETC_14),
        ("KAU owns Kestrel Radar Co., Ltd. and the 14th Research Institute of CETC.", CETC_14),
        ("KAU owns Kestrel Radar Co., Ltd. and AVIC's Shenyang Aircraft Design Institute.", SADI),
        ("KAU owns CETC's 14th Research Institute.", CETC_14),
        ("KAU owns Kestrel Radar Co., Ltd., a firm based in Xi'an, and CETC's 14th Research Institute.", CETC_14),
    ],
)
def test_a_unit_written_as_another_groups_is_not_owned(project, tmp_path, sentence, unit):
    """Fiftieth session: "KAU owns A Co., Ltd. and AVIC's Shenyang Aircraft Design Institute" made the
    institute KAU's subsidiary as well as AVIC's (wrong); a numbered unit, known by its written name
    now, would have been too. The list is left unread, the unit's parent kept."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    parents = {o for relation, o, *_ in statements_sourced(ctx, unit) if relation == "subsidiaryOf"}
    assert KAU not in parents, sentence
    assert _tie("subsidiaryOf", KAU) not in statements_sourced(ctx, RADAR_CO.replace("-technology", "")), sentence


@pytest.mark.parametrize(
    ("sentence", "ties", "parties"),
    [
        # another body's clause after "and" with no comma: not the institution's partners nor its ties
        ("KAU collaborates with CETC and NUDT works with CASIC.", {_tie("collaboratesWith", CETC)}, set()),
        ("KAU works with AVIC and NUDT trains officers for CASC.", {_tie("collaboratesWith", AVIC)}, set()),
        ("KAU collaborates with CETC and the PLA Navy uses its sonars.", {_tie("collaboratesWith", CETC)}, set()),
        (
            "KAU collaborates with CETC and its institute supplies radar to AVIC.",
            {_tie("collaboratesWith", CETC)},
            set(),
        ),
        ("KAU has exchanges with NUDT and CETC funds them.", {_tie("hasExchangesWith", NUDT)}, set()),
        # its verb left out ("and NUDT [works] with CASC"), as after a comma
        ("KAU works with CETC and NUDT with CASC.", {_tie("collaboratesWith", CETC)}, set()),
        ("KAU supplies radar parts to CETC and NUDT to CASC.", {_tie("suppliesTo", CETC)}, set()),
        # (a past verb leaves the number of its subject open: "CETC and NUDT" may have signed it, so
        # CETC is left unread, fifty-second session's plural subjects)
        (
            "KAU has signed agreements with AVIC and CETC and NUDT signed an agreement with CASC.",
            set(),
            {("party", p, None, "stated", None) for p in (KAU, AVIC)},
        ),
        # as with a comma before "and"
        ("KAU works with AVIC, and NUDT trains officers for CASC.", {_tie("collaboratesWith", AVIC)}, set()),
        # guards: a list goes on (a noun after a name, a name of several words, a verb of its own subject)
        ("KAU collaborates with CETC and CASIC partners.", {_tie("collaboratesWith", CETC)}, set()),
        (
            "KAU collaborates with CETC and NUDT to develop radar.",
            {_tie("collaboratesWith", CETC), _tie("collaboratesWith", NUDT)},
            set(),
        ),
        (
            "KAU supplies radar parts to CETC and sonar to CASC.",
            {_tie("suppliesTo", CETC), _tie("suppliesTo", CASC)},
            set(),
        ),
        (
            "KAU collaborates with CETC and NUDT on radar and trains officers for CASC.",
            {_tie("collaboratesWith", CETC), _tie("collaboratesWith", NUDT), _tie("trainsPersonnelFor", CASC)},
            set(),
        ),
        # a subject coordinated before the verb is the institution's clause still
        ("KAU and NUDT trained officers for CASC.", {_tie("trainsPersonnelFor", CASC)}, set()),
        (
            "KAU works with CETC and the university trains officers for CASC.",
            {_tie("collaboratesWith", CETC), _tie("trainsPersonnelFor", CASC)},
            set(),
        ),
    ],
)
def test_a_clause_of_another_subject_after_and_without_a_comma(project, tmp_path, sentence, ties, parties):
    """Fifty-first session: "KAU collaborates with CETC and NUDT works with CASIC" made NUDT and CASIC
    KAU's partners, and "... and NUDT trains officers for CASC" KAU a trainer for CASC (wrong; with a
    comma before "and" each was read right)."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert statements_sourced(ctx, KAU) == ties, sentence
    assert statements_sourced_by_parties(ctx) == parties, sentence


@pytest.mark.parametrize(
    ("sentence", "supervisors"),
    [
        # another body's supervisor in a clause after "and" with no comma: not the institution's
        ("KAU is supervised by MIIT and NUDT is supervised by the Central Military Commission.", {MIIT}),
        ("KAU is supervised by MIIT and NUDT is run by the Central Military Commission.", {MIIT}),
        ("KAU is run by MIIT and the Central Military Commission oversees NUDT.", {MIIT}),
        # as with a comma; and a list of the institution's own supervisors goes on
        ("KAU is supervised by MIIT, and NUDT is supervised by the Central Military Commission.", {MIIT}),
        ("KAU is supervised by MIIT and SASTIND.", {MIIT, SASTIND}),
    ],
)
def test_another_bodys_supervisor_after_and_without_a_comma(project, tmp_path, sentence, supervisors):
    """Fifty-first session: "KAU is supervised by MIIT and NUDT is supervised by the CMC" made the CMC
    KAU's supervisor too (wrong; with a comma before "and" it was read right)."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    read = {o for relation, o, *_ in statements_sourced(ctx, KAU) if relation == "supervisedBy"}
    assert read == supervisors, sentence


@pytest.mark.parametrize(
    ("sentence", "ties"),
    [
        # whom a partner (or the institution) supplies is no partner of the institution
        ("KAU works with CETC, supplying radar to the PLA Navy.", {_tie("collaboratesWith", CETC)}),
        ("KAU works with a company supplying radar to the PLA Navy.", set()),
        ("KAU works with CETC, a firm selling sonar to the PLA Navy.", {_tie("collaboratesWith", CETC)}),
        # the list goes on where no such participle stands
        (
            "KAU works with CETC and the PLA Navy on radar.",
            {_tie("collaboratesWith", CETC), _tie("collaboratesWith", PLAN)},
        ),
    ],
)
def test_a_body_supplied_after_a_participle_is_no_partner(project, tmp_path, sentence, ties):
    """Fifty-first session: "KAU works with a company supplying radar to the PLA Navy" made the PLA
    Navy KAU's partner (wrong: the company's customer, or KAU's, but no collaboration)."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert statements_sourced(ctx, KAU) == ties, sentence


@pytest.mark.parametrize(
    ("sentence", "value", "precision"),
    [
        # those shared with another body are some of its laboratories: at least that many
        ("KAU operates 4 defence laboratories jointly with CETC.", 4, "minimum"),
        ("KAU has 4 defence laboratories together with the PLA Navy.", 4, "minimum"),
        ("KAU has about 4 defence laboratories with CETC.", 4, "approximate"),
        ("KAU has 4 defence laboratories.", 4, "exact"),
    ],
)
def test_a_count_of_laboratories_shared_with_another_is_a_minimum(project, tmp_path, sentence, value, precision):
    """Fifty-first session: "KAU operates 4 defence laboratories jointly with CETC" gave exactly four
    defence laboratories (more than the text says: those it runs with CETC are four)."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    counts = [o for s, p, o in ctx.triples if p == DKG.defenceLaboratoryCount]
    assert len(counts) == 1, sentence
    fields = {p: o for s, p, o in ctx.triples if s == counts[0]}
    assert (fields[DKG.value].toPython(), str(fields[DKG.countPrecision]).rsplit("/", 1)[-1]) == (value, precision)


def _events(ctx) -> set[tuple[str, str | None]]:
    """(label, year or None) of each event and meeting of the page."""
    about: dict = {}
    for s, p, o in ctx.triples:
        about.setdefault(s, {}).setdefault(p, []).append(o)
    out = set()
    for fields in about.values():
        if not {DKG.Event, DKG.Meeting, DKG.Conference} & set(fields.get(RDF.type, [])):
            continue
        when = [str(w) for d in fields.get(DKG.date, []) for w in about.get(d, {}).get(DKG.when, [])]
        out.add((str(fields[SKOS.prefLabel][0]), when[0] if when else None))
    return out


@pytest.mark.parametrize(
    ("sentence", "events"),
    [
        # the year and words of another body's clause after the event's are not the event's
        ("KAU received a delegation from NUDT, and CETC visited it in 2019.", set()),
        ("KAU received a delegation from NUDT and in 2019 CETC visited it.", set()),
        ("KAU hosted a forum on radar and CASC held a workshop in 2018.", {("Forum on radar", None)}),
        # its own year, and a year opening the sentence, are its own
        ("KAU hosted a forum on radar in 2018 and CASC attended.", {("Forum on radar (2018)", "2018")}),
        (
            "In 2019, KAU received a delegation from NUDT and CETC visited it.",
            {("Visit to Kestrel Aeronautical University (2019)", "2019")},
        ),
    ],
)
def test_an_events_year_is_not_another_clauses(project, tmp_path, sentence, events):
    """Fifty-first session: "KAU received a delegation from NUDT, and CETC visited it in 2019" dated
    NUDT's visit 2019; "KAU hosted a forum on radar and CASC held a workshop in 2018" made a forum
    on "radar and CASC held a workshop" in 2018 (both wrong)."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert _events(ctx) == events, sentence


@pytest.mark.parametrize(
    ("sentence", "ties"),
    [
        # a clause whose subject is of several words is that subject's: a name and an apposition, a
        # determiner and words, a name's possessive and words, "a ... of" a name; after "and",
        # "while" or "whereas", with a comma or without
        (
            "KAU collaborates with AVIC and CETC, a state-owned group, trains engineers for the PLA Navy.",
            {_tie("collaboratesWith", AVIC)},
        ),
        (
            "KAU works with AVIC whereas the state-owned NUDT trains officers for the PLA Navy.",
            {_tie("collaboratesWith", AVIC)},
        ),
        (
            "KAU collaborates with AVIC while the other defence university trains officers for the PLA Navy.",
            {_tie("collaboratesWith", AVIC)},
        ),
        (
            "KAU is supervised by MIIT and the defence industry regulator SASTIND oversees NUDT.",
            {_tie("supervisedBy", MIIT)},
        ),
        (
            "KAU is supervised by MIIT and the Central Military Commission's training department oversees NUDT.",
            {_tie("supervisedBy", MIIT)},
        ),
        (
            "KAU is supervised by MIIT and the defence university NUDT is run by the Central Military Commission.",
            {_tie("supervisedBy", MIIT)},
        ),
        (
            "KAU has exchanges with NUDT and the PLA Navy's academy trains engineers for CASC.",
            {_tie("hasExchangesWith", NUDT)},
        ),
        (
            "KAU collaborates with CASIC, and its second academy supplies missiles to the PLA Rocket Force.",
            {_tie("collaboratesWith", CASIC)},
        ),
        (
            "KAU works with CETC and AVIC's 601 Institute designs fighter aircraft for the PLA Air Force.",
            {_tie("collaboratesWith", CETC)},
        ),
        (
            "KAU partners with CETC and a subsidiary of AVIC supplies radar to the PLA Navy.",
            {_tie("collaboratesWith", CETC)},
        ),
        (
            "KAU works with CASIC and defence conglomerate CETC supplies the PLA Navy.",
            {_tie("collaboratesWith", CASIC)},
        ),
        # nor is its year the first clause's
        (
            "KAU works with AVIC and the state-owned conglomerate's radar institute signed an agreement with NUDT in 2019.",
            {_tie("collaboratesWith", AVIC)},
        ),
        (
            "KAU has worked with CETC since 2016 and the state-owned group AVIC has worked with NUDT since 2012.",
            {_tie("collaboratesWith", CETC, "2016")},
        ),
        # the first clause's credential is read, as with a comma before "and"
        (
            "KAU holds secret-level security credentials and the state-owned group AVIC holds top-secret "
            "security credentials.",
            {("securityCredential", "secret", None, "stated", None)},
        ),
        # the institution's own clause, named by a noun, is its own; what it has is not
        (
            "KAU works with CETC and the university trains officers for the PLA.",
            {_tie("collaboratesWith", CETC), _tie("trainsPersonnelFor", PLA)},
        ),
        (
            "KAU trains officers for the PLA Navy and the university's affiliated college trains officers for "
            "the PLA Rocket Force.",
            {_tie("trainsPersonnelFor", PLAN)},
        ),
        (
            "KAU collaborates with AVIC and the university's researchers have worked with CASC.",
            {_tie("collaboratesWith", AVIC)},
        ),
        # a list of partners goes on where no verb follows
        (
            "KAU works with CETC and the PLA Navy on radar.",
            {_tie("collaboratesWith", CETC), _tie("collaboratesWith", PLAN)},
        ),
    ],
)
def test_a_clause_of_another_subject_named_by_several_words(project, tmp_path, sentence, ties):
    """Fifty-second session: a clause of another subject named by more than a name or a noun ("and
    CETC, a state-owned group, trains engineers for the PLA Navy", "whereas the state-owned NUDT
    trains ...", "and the CMC's training department oversees NUDT") was read as the institution's."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert statements_sourced(ctx, KAU) == ties, sentence


@pytest.mark.parametrize(
    ("sentence", "hosted"),
    [
        (
            "KAU hosts the Kestrel Radar Laboratory and the state-owned CETC hosts the Osprey Sonar Laboratory.",
            {"kestrel-radar-laboratory"},
        ),
        ("KAU works with CETC and AVIC's design institute hosts the Kestrel Radar Laboratory.", set()),
        (
            "KAU trains officers for the PLA Navy and the university hosts the Kestrel Radar Laboratory.",
            {"kestrel-radar-laboratory"},
        ),
    ],
)
def test_a_laboratory_of_another_subject_named_by_several_words(project, tmp_path, sentence, hosted):
    """Fifty-second session: "KAU hosts the X Laboratory and the state-owned CETC hosts the Y
    Laboratory" made KAU the host of both (wrong; with "and CETC hosts" it was read right)."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert {str(s).rsplit("/", 1)[-1] for s, p, _ in ctx.triples if p == DKG.hostedBy} == hosted, sentence


@pytest.mark.parametrize(
    ("sentence", "events"),
    [
        ("KAU hosted a forum on radar and the state-owned CASC held a workshop in 2018.", {("Forum on radar", None)}),
        ("KAU received a delegation from NUDT and the state-owned group CETC visited it in 2019.", set()),
        # the event named again is no other subject
        (
            "KAU held a symposium on sonar in 2019, and the symposium was attended by 50 people.",
            {("Symposium on sonar (2019)", "2019")},
        ),
    ],
)
def test_an_events_year_is_not_that_of_a_clause_of_another_subject_named_by_several_words(
    project, tmp_path, sentence, events
):
    """Fifty-second session: "KAU hosted a forum on radar and the state-owned CASC held a workshop in
    2018" made a forum on "radar and the state-owned CASC held a workshop" in 2018 (wrong)."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert _events(ctx) == events, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "KAU works with either AVIC or CASC.",
        "KAU works with AVIC or CASC.",
        "KAU collaborates with AVIC, or with CASC.",
        "KAU works with AVIC on radar, or with CASC on sonar.",
        "KAU works with AVIC, CETC, or CASC.",
        "KAU collaborates with AVIC and/or CASC.",
        "KAU cooperates with CASIC or one of its academies.",
        "KAU either collaborates with CETC or trains officers for it.",
        "KAU has exchanges with NUDT, CETC or both.",
        "KAU trains officers for the PLA Navy or the PLA Rocket Force.",
        "KAU is supervised by either MIIT or SASTIND.",
        "KAU is jointly supervised by MIIT and either the MOE or SASTIND.",
        "KAU is subordinate to MIIT or SASTIND.",
        "KAU is funded by AVIC or CASC.",
        "KAU supplies radar to the PLA Navy or the PLA Rocket Force.",
        "KAU is a subsidiary of AVIC or CASC.",
        "KAU has close ties to the PLA Navy or the PLA Rocket Force.",
        "KAU signed an agreement with either AVIC or CASC in 2019.",
        "KAU has signed agreements with AVIC, CASC or CETC.",
    ],
)
def test_partners_told_as_alternatives_name_none_for_certain(project, tmp_path, sentence):
    """Fifty-first session: "KAU works with either AVIC or CASC" made both KAU's partners, stated (and
    "... signed an agreement with either AVIC or CASC" AVIC a party, with "either" its description);
    "AVIC or CASC" says one of them is, not which: the list is left unread."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert statements_sourced(ctx, KAU) == set(), sentence
    assert statements_sourced_by_parties(ctx) == set(), sentence


@pytest.mark.parametrize(
    ("sentence", "ties"),
    [
        # another name of the same body after "or", and "or" after the partners, are no alternative
        (
            "KAU works with the Aviation Industry Corporation of China, or AVIC, on drones.",
            {_tie("collaboratesWith", AVIC)},
        ),
        (
            "KAU works with the Aviation Industry Corporation of China (or AVIC) on drones.",
            {_tie("collaboratesWith", AVIC)},
        ),
        (
            "KAU collaborates with NORINCO and CASIC on radar, sonar or optics.",
            {_tie("collaboratesWith", NORINCO), _tie("collaboratesWith", CASIC)},
        ),
        ("KAU works with CETC, either directly or through its institutes.", {_tie("collaboratesWith", CETC)}),
        (
            "KAU works with AVIC on radar or sonar and with CASC on optics.",
            {_tie("collaboratesWith", AVIC), _tie("collaboratesWith", CASC)},
        ),
        # a body set beside or against the institution before it: the institution's tie only
        ("Rather than NUDT, KAU collaborates with CETC.", {_tie("collaboratesWith", CETC)}),
        ("Apart from CETC, KAU collaborates with AVIC.", {_tie("collaboratesWith", AVIC)}),
        ("Besides NUDT, KAU has exchanges with CETC.", {_tie("hasExchangesWith", CETC)}),
        ("Similar to NUDT, KAU trains officers for the PLA Rocket Force.", {_tie("trainsPersonnelFor", PLARF)}),
        (
            "Compared with NUDT, KAU works with more defence companies, including AVIC and CASC.",
            {_tie("collaboratesWith", AVIC), _tie("collaboratesWith", CASC)},
        ),
        ("Rather than KAU, NUDT trains officers for the PLA Navy.", set()),
        ("Other than CETC, KAU has no known defence partners.", set()),
        # "not only ... but also" adds, it denies nothing
        (
            "KAU not only works with AVIC but also trains officers for the PLA Navy.",
            {_tie("collaboratesWith", AVIC), _tie("trainsPersonnelFor", PLAN)},
        ),
        (
            "KAU collaborates with AVIC but also with CASC.",
            {_tie("collaboratesWith", AVIC), _tie("collaboratesWith", CASC)},
        ),
        ("KAU not only does not work with AVIC but also opposes it.", set()),
        ("KAU works with AVIC, but not with CASC.", {_tie("collaboratesWith", AVIC)}),
    ],
)
def test_partners_told_beside_others(project, tmp_path, sentence, ties):
    """Fifty-first session: "Rather than NUDT, KAU collaborates with CETC", "Apart from ...", "Besides
    ...", "Compared with ..." and "KAU not only works with AVIC but also ..." were unread (the subject
    not found after the opening phrase; "not" taken for a denial), "... with AVIC but also with CASC"
    read AVIC only."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert statements_sourced(ctx, KAU) == ties, sentence


# a tie, agreement, laboratory, supervision or listing only planned, hoped for, put on hold or pending
@pytest.mark.parametrize(
    ("sentence", "ties", "parties", "labs"),
    [
        # a tie stopped for now, an agreement that fell through or was put on hold: none in force
        ("KAU collaborates with CETC, a partnership that was put on hold in 2022.", set(), set(), set()),
        ("KAU cooperates with NUDT, though the cooperation was frozen in 2022.", set(), set(), set()),
        ("KAU partners with NORINCO, although that partnership has been paused.", set(), set(), set()),
        ("KAU signed an agreement with CASC in 2019, but it fell through.", set(), set(), set()),
        ("KAU signed an agreement with CASC, which was put on hold in 2021.", set(), set(), set()),
        ("KAU signed a framework agreement with AVIC in 2018, which later collapsed.", set(), set(), set()),
        # what awaits approval is not so yet
        ("KAU hosts the Kestrel Hypersonics Laboratory, which is pending approval.", set(), set(), set()),
        ("KAU's secret-level security credentials are pending.", set(), set(), set()),
        # an intention, a readiness or what is to come, in words the hedge list lacked
        ("KAU is keen to collaborate with CETC.", set(), set(), set()),
        ("KAU looks set to collaborate with CETC.", set(), set(), set()),
        ("KAU is poised to collaborate with CETC.", set(), set(), set()),
        ("KAU is to collaborate with CETC on radar from 2026.", set(), set(), set()),
        ("KAU is in talks to collaborate with CETC.", set(), set(), set()),
        ("KAU proposes to collaborate with CETC.", set(), set(), set()),
        ("KAU wishes to collaborate with CETC.", set(), set(), set()),
        ("KAU is due to collaborate with CETC.", set(), set(), set()),
        ("KAU was supposed to collaborate with CETC.", set(), set(), set()),
        ("KAU shall train engineers for CASC under the 2025 plan.", set(), set(), set()),
        ("KAU is going to be supervised by MIIT.", set(), set(), set()),
        ("KAU is to train officers for the PLA Navy from 2026.", set(), set(), set()),
        ("KAU faces being added to the Entity List.", set(), set(), set()),
        ("KAU risks being added to the Entity List.", set(), set(), set()),
        # a cause is no plan: "due to its ..."
        (
            "KAU is on the Entity List, which is due to its work for the PLA.",
            {_tie("listedOn", "us-entity-list")},
            set(),
            set(),
        ),
        # a plain phrase before one only planned, hoped for or declined: the plain one's ties alone
        (
            "KAU collaborates with AVIC and plans to sign an agreement with CASC.",
            {_tie("collaboratesWith", AVIC)},
            set(),
            set(),
        ),
        ("KAU works with CETC and hopes to cooperate with CASIC.", {_tie("collaboratesWith", CETC)}, set(), set()),
        ("KAU works with AVIC but declined to work with CASC.", {_tie("collaboratesWith", AVIC)}, set(), set()),
        ("KAU works with NORINCO and shall cooperate with CASIC.", {_tie("collaboratesWith", NORINCO)}, set(), set()),
        (
            "KAU trains officers for the PLA Navy and will train officers for the PLA Rocket Force.",
            {_tie("trainsPersonnelFor", PLAN)},
            set(),
            set(),
        ),
        (
            "KAU has signed an agreement with AVIC and plans to sign one with CASC.",
            set(),
            {("party", p, None, "stated", None) for p in (KAU, AVIC)},
            set(),
        ),
        # guards: a hedged phrase stays possible, a reported plan gives nothing
        (
            "KAU works with AVIC and may also work with CASC.",
            {_tie("collaboratesWith", AVIC), _tie("collaboratesWith", CASC, certainty="possible")},
            set(),
            set(),
        ),
        (
            "KAU works with AVIC and is reportedly planning to work with CASC.",
            {_tie("collaboratesWith", AVIC)},
            set(),
            set(),
        ),
        ("KAU plans to work with AVIC and will work with CASC.", set(), set(), set()),
    ],
)
def test_a_tie_only_planned_hoped_for_put_on_hold_or_pending(project, tmp_path, sentence, ties, parties, labs):
    """Fifty-first session: "KAU collaborates with CETC, a partnership that was put on hold in 2022",
    "KAU is keen to / looks set to / is poised to / is to / is in talks to collaborate with CETC", "KAU
    shall train engineers for CASC", "KAU is going to be supervised by MIIT", "KAU faces being added to
    the Entity List", "... Laboratory, which is pending approval" were read as ties, supervision,
    listings and laboratories in force (wrong); "KAU collaborates with AVIC and plans to sign an
    agreement with CASC" was left unread whole (now AVIC)."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert statements_sourced(ctx, KAU) == ties, sentence
    assert statements_sourced_by_parties(ctx) == parties, sentence
    assert hosted_labs(ctx) == labs, sentence


@pytest.mark.parametrize(
    ("sentence", "ties"),
    [
        # a purpose told with "is to" hedges nothing
        ("KAU trains officers for the PLA Navy, and its goal is to serve national defence.", {PLAN}),
        ("KAU collaborates with CETC, and its mission is to develop radar for the navy.", {CETC}),
        # what is to be, or a plan, is not so yet
        ("KAU is to train officers for the PLA Navy from 2026.", set()),
        ("KAU collaborates with CETC, and the plan is to work with CASC too.", set()),
    ],
)
def test_a_purpose_told_with_is_to_hedges_nothing(project, tmp_path, sentence, ties):
    """Fifty-first session: "is to" as a hedge (what is to be) also hedged a purpose ("its goal is
    to serve national defence"), leaving the sentence's tie unread; now only where no noun of a
    purpose stands before it."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert {o for _, o, *_ in statements_sourced(ctx, KAU)} == ties, sentence


# -- people's ties and the institution's (fifty-first session) ------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "KAU professor Zhang Wei collaborates with CETC.",
        "KAU researcher Li Ming works with NUDT on radar.",
        "KAU scientist Li Ming has trained officers for the PLA Navy.",
        "KAU professor Li Ming was added to the Entity List in 2020.",
        "KAU professor Li Ming is funded by SASTIND.",
        "KAU professor Zhang Wei has received funding from SASTIND.",
        "The KAU professor Li Ming has received grants from the PLA Navy.",
        "KAU professor Li Ming supplies sensors to the PLA Navy.",
        "KAU engineer Li Ming has close ties to CASIC.",
        "KAU academician Li Ming has exchanges with NUDT.",
        "KAU lecturer Chen Hua conducts research for the PLA Rocket Force.",
        "KAU professor Li Ming holds secret-level security credentials.",
        "KAU professor Li Ming hosts the Kestrel Hypersonics Laboratory.",
        "KAU professor Li Ming is supervised by MIIT.",
        "KAU vice-president Hu Jun is funded by SASTIND.",
        "KAU dean Chen Hua has close ties to the PLA Rocket Force.",
        # a person who signs, with no word that it was for the institution: the person's signing
        "KAU president Xu Bo signed a cooperation agreement with CASIC in 2017.",
        "KAU's chancellor signed an agreement with CASIC.",
        # on behalf of another, or signed by another's officer
        "KAU's vice-president signed an agreement with CETC on behalf of CASC.",
        "CETC's president signed an agreement with NUDT on behalf of KAU.",
    ],
)
def test_a_persons_tie_named_after_the_institutions_name_is_not_the_institutions(project, tmp_path, sentence):
    """Fifty-first session: a person named after the institution's name and a word of their post
    ("KAU professor Zhang Wei collaborates with CETC", "KAU researcher Li Ming was added to the Entity
    List in 2020", "KAU lecturer Chen Hua conducts research for ...") was read as the institution
    itself: a collaboration, a listing, funding, a credential, a laboratory hosted (wrong). Only
    plural people ("KAU researchers") were set apart."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert statements_sourced(ctx, KAU) == set(), sentence
    assert statements_sourced_by_parties(ctx) == set(), sentence
    assert hosted_labs(ctx) == set(), sentence


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        (
            "KAU's vice-president, Zhang Wei, signed an agreement with CASC on behalf of the university.",
            {("party", KAU, None, "stated", None), ("party", CASC, None, "stated", None)},
        ),
        (
            "Zhang Wei, KAU's vice-president, signed an agreement with NUDT on behalf of KAU in 2018.",
            {("party", KAU, "2018", "stated", None), ("party", NUDT, "2018", "stated", None)},
        ),
        (
            "On behalf of the university, KAU's party secretary signed an agreement with the PLA Navy in 2016.",
            {("party", KAU, "2016", "stated", None), ("party", "pla-navy", "2016", "stated", None)},
        ),
        (
            "On behalf of KAU, its president signed a cooperation agreement with CETC.",
            {("party", KAU, None, "stated", None), ("party", CETC, None, "stated", None)},
        ),
        # the institution signing on its own behalf reads as before
        (
            "KAU signed an agreement with CASIC on behalf of the university in 2015.",
            {("party", KAU, "2015", "stated", None), ("party", CASIC, "2015", "stated", None)},
        ),
    ],
)
def test_an_agreement_signed_on_the_institutions_behalf_is_its_own(project, tmp_path, sentence, parties):
    """Fifty-first session: "KAU's vice-president, Zhang Wei, signed an agreement with CASC on behalf
    of the university" is the university's agreement (was unread: the signer is no organisation)."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert statements_sourced_by_parties(ctx) == parties, sentence
    assert statements_sourced(ctx, KAU) == set(), sentence


@pytest.mark.parametrize(
    ("sentence", "facts", "labs"),
    [
        # credentials: a hedge after the credential's mention, on its holding or on when it came
        ("KAU's secret-level security credentials were reportedly granted in 2015.", set(), set()),
        ("KAU's secret-level security credentials were allegedly obtained in 2012.", set(), set()),
        ("KAU's confidential-level security credentials were supposedly issued in 2008.", set(), set()),
        ("KAU's secret-level security credentials are said to date from 2009.", set(), set()),
        ("KAU holds secret-level security credentials, reportedly.", set(), set()),
        ("KAU holds second-class secrecy qualifications, apparently.", set(), set()),
        (
            "KAU's secret-level security credentials, which it is believed to hold, allow it to undertake "
            "classified work.",
            set(),
            set(),
        ),
        ("KAU holds top-secret security credentials, which it reportedly obtained.", set(), set()),
        # a hedge on the year alone leaves the credential, undated
        (
            "KAU holds top-secret security credentials, allegedly since 2012.",
            {_tie("securityCredential", "top-secret")},
            set(),
        ),
        # guards: a hedged later change in a relative clause, a hedged month, a plain relative clause
        (
            "KAU holds secret-level security credentials, which were possibly upgraded to top-secret in 2019.",
            {_tie("securityCredential", "secret")},
            set(),
        ),
        (
            "KAU received secret-level security credentials in 2010, probably in March.",
            {_tie("securityCredential", "secret", "2010")},
            set(),
        ),
        (
            "KAU holds secret-level security credentials, which it obtained in 2009.",
            {_tie("securityCredential", "secret", "2009")},
            set(),
        ),
        # (nor one of a clause after the credential's)
        (
            "KAU holds secret-level security credentials and reportedly collaborates with CETC.",
            {_tie("securityCredential", "secret"), _tie("collaboratesWith", CETC, certainty="possible")},
            set(),
        ),
        # a listing undone in an apposition, or disputed by others
        ("KAU was added to the Entity List in 2019, a decision later reversed.", set(), set()),
        ("KAU was placed on the Entity List in 2018, a move that was later overturned.", set(), set()),
        ("KAU was added to the Entity List in 2019, though several analysts question this.", set(), set()),
        ("KAU is on the Entity List, at least according to media reports.", set(), set()),
        # a laboratory hosted only allegedly, or disputed
        ("KAU's Alder Radar Laboratory, which it allegedly hosts, works on radar.", set(), set()),
        ("KAU's Kestrel Sonar Laboratory, which it reportedly runs, develops sonar for the PLA Navy.", set(), set()),
        ("KAU hosts the Alder Radar Laboratory, though some sources dispute this.", set(), set()),
        # a risk level changed after it is told
        ("KAU was designated high risk, though it was downgraded to medium risk in 2022.", set(), set()),
        ("KAU is designated high risk, but was upgraded to very high risk in 2024.", set(), set()),
        # supervision told by few, or disputed
        ("KAU is supervised by MIIT, at least according to some sources.", set(), set()),
        ("KAU is supervised by MIIT, though several analysts dispute this.", set(), set()),
        # guards: a plain source stays the source; a plain listing and a laboratory run since a year stay
        (
            "KAU collaborates with CETC, according to media reports.",
            {_tie("collaboratesWith", CETC, source="media reports")},
            set(),
        ),
        ("KAU was added to the Entity List in 2019.", {_tie("listedOn", "us-entity-list", "2019")}, set()),
        (
            "KAU's Alder Radar Laboratory, which it has run since 2005, works on radar.",
            set(),
            {"alder-radar-laboratory"},
        ),
    ],
)
def test_a_hedge_denial_or_change_told_after_the_fact(project, tmp_path, sentence, facts, labs):
    """Fifty-first session: a hedge, a dispute or a later change told after the fact ("KAU's
    secret-level security credentials were reportedly granted in 2015", "..., which it is believed to
    hold", "..., a decision later reversed", "..., which it allegedly hosts", "..., though it was
    downgraded to medium risk in 2022", "..., at least according to some sources", "..., though several
    analysts dispute this") was read as stated; "allegedly since 2012" dated the credential 2012."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert statements_sourced(ctx, KAU) == facts, sentence
    assert hosted_labs(ctx) == labs, sentence


@pytest.mark.parametrize(
    ("sentence", "ties"),
    [
        ("KAU works with CETC under a 2018 agreement.", {_tie("collaboratesWith", CETC)}),
        ("KAU has exchanges with NUDT under a 2018 agreement.", {_tie("hasExchangesWith", NUDT)}),
        ("KAU has collaborated with CETC since 2015 under a 2018 agreement.", {_tie("collaboratesWith", CETC, "2015")}),
    ],
)
def test_a_tie_under_an_agreement_is_not_dated_by_the_agreements_year(project, tmp_path, sentence, ties):
    """The fiftieth session noted "KAU works with CETC under a 2018 agreement" as dated 2018 (the
    agreement's year); it was mended by that session's years of another phrase, and is pinned here."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert statements_sourced(ctx, KAU) == ties, sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a place between the founding's year and what ends it: unread before
        (
            "KAU was established in 1958 in Xi'an and was placed under NORINCO's control in 1999.",
            {("established", f"{KAU}-established-1958"), ("subordinateTo", NORINCO)},
        ),
        (
            "KAU was founded in 1958 in Egret City, and it hosts a radar laboratory.",
            {("established", f"{KAU}-established-1958")},
        ),
        ("KAU was founded in 1958 in Egret City as a naval college.", {("established", f"{KAU}-established-1958")}),
        # guards: the place ending the sentence (read before); a hedge; another's founding
        ("KAU was founded in 1958 in Egret City.", {("established", f"{KAU}-established-1958")}),
        ("KAU was reportedly founded in 1958 in Egret City and was renamed in 1993.", set()),
        ("NUDT was founded in 1953 in Harbin and moved to Changsha in 1970.", set()),
    ],
)
def test_a_founding_year_before_a_place_and_a_second_verb_phrase(project, tmp_path, sentence, expected):
    """Fifty-second session: "It was established in 1958 in Xi'an and was placed under NORINCO's
    control in 1999" gave the control, not the founding (a place was read only at the sentence's end)."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    got = {(p, o) for p, o, _, _, _ in statements_sourced(ctx, KAU) if p in {"established", "subordinateTo"}}
    assert got == expected, sentence


GREBE_CO = "grebe-optics-co-ltd"


@pytest.mark.parametrize(
    ("sentence", "owned"),
    [
        # the companies named after their count, in apposition or after a colon: unread before
        ("KAU owns two companies, Grebe Optics Co., Ltd. and Egret Radar Co., Ltd.", True),
        ("KAU owns three subsidiaries: Heron Ltd., Grebe Optics Co., Ltd. and Egret Radar Co., Ltd.", True),
        # the last one described by "the latter of which": unread before
        (
            "KAU owns two companies, Egret Radar Co., Ltd. and Grebe Optics Co., Ltd., the latter of which "
            "was set up in 2010.",
            True,
        ),
        # guards: no names after the count; shares; a hedge; not a company named whole
        ("KAU owns two companies, which make radar parts.", False),
        ("KAU owns shares in two companies, Grebe Optics Co., Ltd. and Egret Radar Co., Ltd.", False),
        ("KAU reportedly owns two companies, Grebe Optics Co., Ltd. and Egret Radar Co., Ltd.", False),
        ("KAU owns two companies, Grebe Optics Co., Ltd. and a radar firm in Xi'an.", False),
    ],
)
def test_owned_companies_named_after_their_count(project, tmp_path, sentence, owned):
    """Fifty-second session: "GERI owns two companies, A Co., Ltd. and B Co., Ltd., the latter of which
    was set up in 2010" was unread (the count's names only after "including", and "the latter of
    which" ended no list)."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    expected = {("subsidiaryOf", KAU, None, "stated", None)} if owned else set()
    assert statements_sourced(ctx, GREBE_CO) == expected, sentence


@pytest.mark.parametrize(
    ("sentence", "listings"),
    [
        # a second list's year told at the start of its own clause: undated before
        (
            "KAU was added to the Entity List in May 2020, and in 2021 it was also added to Japan's End User List.",
            {("us-entity-list", "2020"), ("japan-end-user-list", "2021")},
        ),
        (
            "KAU was put on Japan's End User List in 2019; in 2022 it was added to the Entity List.",
            {("japan-end-user-list", "2019"), ("us-entity-list", "2022")},
        ),
        # guards: one clause for both lists, the second undated; two years in the second's clause
        (
            "KAU was added to the Entity List in 2020 and to Japan's End User List.",
            {("us-entity-list", "2020"), ("japan-end-user-list", None)},
        ),
        (
            "KAU was added to the Entity List in 2020, and in 2021 or 2022 it was added to Japan's End User List.",
            {("us-entity-list", "2020"), ("japan-end-user-list", None)},
        ),
    ],
)
def test_a_second_lists_year_told_by_its_own_clause(project, tmp_path, sentence, listings):
    """Fifty-second session: "MUT was added to the Entity List in May 2020, and in 2021 it was also
    added to Japan's End User List" left the Japanese listing undated (a list with no date right after
    it was undated when another had one)."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    got = {(o.split("/")[-1], y) for p, o, y, _, _ in statements_sourced(ctx, KAU) if p == "listedOn"}
    assert got == listings, sentence


@pytest.mark.parametrize(
    ("sentence", "parent"),
    [
        # a relative clause on the institution before "is a subsidiary of": unread before
        ("KAU, which is also known as NORINCO's 209th Research Institute, is a subsidiary of NORINCO.", NORINCO),
        ("KAU, which was founded in 1958, is a research institute of CETC.", CETC),
        # guards: a hedge; another's clause; a parent not named first
        ("KAU, which was founded in 1958, is reportedly a subsidiary of CETC.", None),
        ("KAU works with NUDT, which is a subsidiary of CETC.", None),
        ("KAU, which was founded in 1958, is a subsidiary of a firm that CETC owns.", None),
    ],
)
def test_a_parent_named_after_a_relative_clause_on_the_institution(project, tmp_path, sentence, parent):
    """Fifty-second session: "GERI, which is also known as NORINCO's 209th Research Institute, is a
    subsidiary of China North Industries Group Corporation (NORINCO)" gave GERI no parent (a bracket,
    not a relative clause, could stand between the name and "is")."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    got = {o for p, o, _, _, _ in statements_sourced(ctx, KAU) if p == "subsidiaryOf"}
    assert got == ({parent} if parent else set()), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2016 KAU was the subject of a joint construction agreement between the MOE and the defence "
        "regulator SASTIND designed to grow its laboratories.",
        "In 2016 KAU was the subject of a joint construction agreement signed between the Ministry of Education "
        "and the state-owned SASTIND designed to widen its radar work.",
    ],
)
def test_the_and_of_between_joins_two_names_whatever_word_follows(project, tmp_path, sentence):
    """Fifty-second session, found on the real sample when clauses of another subject named by
    several words were merged: "... between the MOE and the defence regulator SASTIND designed to
    ..." took "the defence regulator SASTIND designed" for a clause of its own, and SASTIND was no
    party to the agreement."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert {(party, year) for _, party, year, _, _ in statements_sourced_by_parties(ctx)} == {
        ("ministry-of-education", "2016"),
        ("state-administration-of-science-technology-and-industry-for-national-defence", "2016"),
    }, sentence


@pytest.mark.parametrize(
    ("sentence", "ties"),
    [
        ("KAU works with AVIC and its researchers train officers for the PLA Navy.", {_tie("collaboratesWith", AVIC)}),
        ("KAU works with AVIC and CETC and CASC supply radar to the PLA Navy.", {_tie("collaboratesWith", AVIC)}),
        ("KAU partners with AVIC while CASIC and CASC fund research at NUDT.", {_tie("collaboratesWith", AVIC)}),
        ("KAU is funded by MIIT and CETC and AVIC fund projects at NUDT.", {_tie("fundedBy", MIIT)}),
        ("KAU is supervised by MIIT, and SASTIND and the CMC oversee NUDT.", {_tie("supervisedBy", MIIT)}),
        ("KAU is supervised by MIIT but its colleges oversee research for CASC.", {_tie("supervisedBy", MIIT)}),
        (
            "KAU collaborates with AVIC and both groups train engineers for the PLA Navy.",
            {_tie("collaboratesWith", AVIC)},
        ),
        ("KAU works with CETC and they supply radar to the PLA Navy.", {_tie("collaboratesWith", CETC)}),
        (
            "KAU works with CASIC and its academies develop missiles for the PLA Rocket Force.",
            {_tie("collaboratesWith", CASIC)},
        ),
        (
            "KAU works with NUDT whereas AVIC and CETC train pilots for the PLA Air Force.",
            {_tie("collaboratesWith", NUDT)},
        ),
        ("KAU works with CETC and NORINCO and CASIC partner with NUDT.", {_tie("collaboratesWith", CETC)}),
        (
            "KAU trains engineers for CASC and its students conduct research for the PLA Navy.",
            {_tie("trainsPersonnelFor", CASC)},
        ),
        (
            "KAU is supervised by MIIT and the university's departments receive funding from SASTIND.",
            {_tie("supervisedBy", MIIT)},
        ),
        (
            "KAU holds secret-level security credentials and CETC and CASC hold top-secret security credentials.",
            {("securityCredential", "secret", None, "stated", None)},
        ),
        # a list that names the institution is its own, as where it opens the sentence
        (
            "KAU works with AVIC, and KAU and NUDT train officers for the PLA Navy.",
            {_tie("collaboratesWith", AVIC), _tie("trainsPersonnelFor", PLAN)},
        ),
        (
            "KAU works with AVIC and the university and NUDT train officers for the PLA Navy.",
            {_tie("collaboratesWith", AVIC), _tie("trainsPersonnelFor", PLAN)},
        ),
        ("KAU and NUDT train officers for the PLA.", {_tie("trainsPersonnelFor", PLA)}),
        # a list of partners goes on where no plural verb and object follow
        ("KAU works with AVIC and CASC on radar.", {_tie("collaboratesWith", AVIC), _tie("collaboratesWith", CASC)}),
        ("KAU works with AVIC and CASC partners.", {_tie("collaboratesWith", AVIC)}),
        (
            "KAU collaborates with AVIC, CETC and CASC on radar.",
            {_tie("collaboratesWith", AVIC), _tie("collaboratesWith", CETC), _tie("collaboratesWith", CASC)},
        ),
        (
            "KAU collaborates with CETC and NUDT and the university trains officers for the PLA Navy.",
            {_tie("collaboratesWith", CETC), _tie("collaboratesWith", NUDT), _tie("trainsPersonnelFor", PLAN)},
        ),
    ],
)
def test_a_clause_of_another_plural_subject_with_a_plural_verb(project, tmp_path, sentence, ties):
    """Fifty-second session: a clause of another, plural subject with a plural verb ("and its
    researchers train officers for the PLA Navy", "and CETC and CASC supply radar to ...") was read as
    the institution's, or its names as partners (the cue list had singular and past forms only)."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert statements_sourced(ctx, KAU) == ties, sentence


def test_an_events_words_end_at_a_clause_of_another_plural_subject(project, tmp_path):
    """Fifty-second session: "KAU hosted a forum on radar and CETC and CASC held a workshop in 2018"
    made a forum on "radar and CETC" (its words ran on into the list that is the next clause's subject)."""
    sentence = "KAU hosted a forum on radar and CETC and CASC held a workshop in 2018."
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert _events(ctx) == {("Forum on radar", None)}


KAU_NAME = "Kestrel Aeronautical University"


@pytest.mark.parametrize(
    ("sentence", "subject", "facts"),
    [
        # the press ending the sentence is its source, as "According to state media, ..." is
        ("KAU works with AVIC, media reported.", KAU, {_tie("collaboratesWith", AVIC, source="media")}),
        ("KAU is supervised by MIIT, state media reported.", KAU, {_tie("supervisedBy", MIIT, source="state media")}),
        (
            "KAU holds secret-level security credentials, state media reported.",
            KAU,
            {_tie("securityCredential", "secret", source="state media")},
        ),
        (
            "KAU trains engineers for the PLA Navy, Chinese state media reported.",
            KAU,
            {_tie("trainsPersonnelFor", "pla-navy", source="Chinese state media")},
        ),
        (
            "KAU supplies radar components to CETC, local media said.",
            KAU,
            {_tie("suppliesTo", CETC, source="local media")},
        ),
        (
            "KAU receives funding from SASTIND, news outlets reported.",
            KAU,
            {_tie("fundedBy", SASTIND, source="news outlets")},
        ),
        (
            "KAU was added to the Entity List in 2019, state media reported.",
            KAU,
            {_tie("listedOn", "us-entity-list", "2019", source="state media")},
        ),
        # a body named after it is its source, and no partner ("CETC has said" made CETC one)
        ("KAU works with AVIC, AVIC says.", KAU, {_tie("collaboratesWith", AVIC, source="AVIC")}),
        ("KAU collaborates with CASIC, CETC has said.", KAU, {_tie("collaboratesWith", CASIC, source="CETC")}),
        ("KAU is subordinate to SASTIND, Xinhua reported.", KAU, {_tie("subordinateTo", SASTIND, source="Xinhua")}),
        # people of a body, and those who lead it
        (
            "KAU works with NORINCO, its president said.",
            KAU,
            {_tie("collaboratesWith", NORINCO, source="its president")},
        ),
        # the institution itself, by its name, its noun or "it": its own claim, as "KAU claims to ..." is
        ("KAU works with AVIC, it claims.", KAU, {_tie("collaboratesWith", AVIC, source=KAU_NAME)}),
        (
            "KAU is jointly supervised by MIIT and SASTIND, KAU states.",
            KAU,
            {_tie("jointlySupervisedBy", MIIT, source=KAU_NAME), _tie("jointlySupervisedBy", SASTIND, source=KAU_NAME)},
        ),
        (
            "KAU holds secret-level security credentials, it claims.",
            KAU,
            {_tie("securityCredential", "secret", source=KAU_NAME)},
        ),
        (
            "KAU trains personnel for CETC, the university claims.",
            KAU,
            {_tie("trainsPersonnelFor", CETC, source=KAU_NAME)},
        ),
        (
            "KAU hosts the Kestrel Key Laboratory of Avionics, the university says.",
            "kestrel-key-laboratory-of-avionics",
            {_tie("hostedBy", KAU, source=KAU_NAME)},
        ),
        (
            "KAU set up the Kestrel Key Laboratory of Optics in 2012, Xinhua reported in 2015.",
            "kestrel-key-laboratory-of-optics",
            {
                _tie("hostedBy", KAU, certainty="implied", source="Xinhua"),
                _tie("establishedBy", KAU, source="Xinhua"),
                _tie("established", "kestrel-key-laboratory-of-optics-established-aspi-tracker", source="Xinhua"),
            },
        ),
        # the year of the source clause is the saying's, not the fact's
        (
            "KAU trains officers for the PLA Rocket Force, state media reported in 2018.",
            KAU,
            {_tie("trainsPersonnelFor", "pla-rocket-force", source="state media")},
        ),
        ("KAU works with AVIC, media noted in 2020.", KAU, {_tie("collaboratesWith", AVIC, source="media")}),
        (
            "KAU has close ties with CETC, Xinhua said in 2017.",
            KAU,
            {_tie("hasCloseTiesWith", CETC, source="Xinhua")},
        ),
        (
            "KAU receives funding from the PLA Rocket Force, the university claimed in 2020.",
            KAU,
            {_tie("fundedBy", "pla-rocket-force", source=KAU_NAME)},
        ),
        (
            "KAU has collaborated with CETC since 2012, state media reported in 2019.",
            KAU,
            {_tie("collaboratesWith", CETC, "2012", source="state media")},
        ),
        # one home for "according to some sources": stated with its source, by the credential rule too
        (
            "KAU holds top-secret security credentials, according to some sources.",
            KAU,
            {_tie("securityCredential", "top-secret", source="some sources")},
        ),
        # what the press or another body claims, alleges or denies, and hearsay: unread
        ("KAU works with AVIC, some media claimed.", KAU, set()),
        ("KAU is supervised by MIIT, some media claimed.", KAU, set()),
        ("KAU holds secret-level security credentials, some media claimed.", KAU, set()),
        ("KAU works with AVIC, the company claims.", KAU, set()),
        ("KAU supplies guidance parts to CASC, the company claims.", KAU, set()),
        ("KAU works with AVIC, CETC alleges.", KAU, set()),
        ("KAU cooperates with CETC, the company denies.", KAU, set()),
        ("KAU works with AVIC, it was reported.", KAU, set()),
        ("KAU works with AVIC, the state-owned company claims.", KAU, set()),
        # (a body named by its noun: its words, as "According to its parent company, ..." gives them)
        (
            "KAU works with AVIC, its parent company says.",
            KAU,
            {_tie("collaboratesWith", AVIC, source="its parent company")},
        ),
        # guards: a list ending the sentence is no source
        (
            "KAU works with CETC, NUDT and AVIC.",
            KAU,
            {_tie("collaboratesWith", CETC), _tie("collaboratesWith", NUDT), _tie("collaboratesWith", AVIC)},
        ),
    ],
)
def test_a_source_told_after_the_statement(project, tmp_path, sentence, subject, facts):
    """Fifty-second session: a source told at the end of the sentence (", state media reported.",
    ", AVIC says.", ", its president said.", ", it claims.") was lost (stated, no source), "..., CETC has
    said." made CETC a partner, the source's year dated the fact (", media noted in 2020."), and what
    the press or another body claims (", some media claimed.", ", the company claims.", ", CETC
    alleges.") was stated; the credential rule alone left ", according to some sources" unread."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert statements_sourced(ctx, subject) == facts, sentence
    # (no date of the page is the saying's: the laboratory's founding stays 2012)
    said_in = set(re.findall(r"(?:said|reported|noted|claimed) in (\d{4})", sentence))
    assert not said_in & {str(o) for _, p, o in ctx.triples if p == DKG.when}, sentence


@pytest.mark.parametrize(
    ("sentence", "subject", "facts"),
    [
        # the press or a body opening the sentence is its source, as the same told at its end is
        ("State media reported that KAU works with AVIC.", KAU, {_tie("collaboratesWith", AVIC, source="State media")}),
        ("Xinhua reported in 2019 that KAU works with CETC.", KAU, {_tie("collaboratesWith", CETC, source="Xinhua")}),
        (
            "State media reported in 2018 that KAU is supervised by MIIT.",
            KAU,
            {_tie("supervisedBy", MIIT, source="State media")},
        ),
        (
            "News outlets reported that KAU holds top-secret security credentials.",
            KAU,
            {_tie("securityCredential", "top-secret", source="News outlets")},
        ),
        (
            "Media reported that KAU was added to the Entity List in 2020.",
            KAU,
            {_tie("listedOn", "us-entity-list", "2020", source="Media")},
        ),
        (
            "The Ministry of Education said in 2017 that KAU trains officers for the PLA Navy.",
            KAU,
            {_tie("trainsPersonnelFor", "pla-navy", source="The Ministry of Education")},
        ),
        # (a body by any noun of a kind of body: one list of them, fifty-third session)
        (
            "The state regulator said in 2018 that KAU works with AVIC.",
            KAU,
            {_tie("collaboratesWith", AVIC, source="The state regulator")},
        ),
        (
            "China Daily reported that KAU receives funding from SASTIND.",
            KAU,
            {_tie("fundedBy", SASTIND, source="China Daily")},
        ),
        (
            "The Global Times reported on 5 May 2021 that KAU supplies radar components to CETC.",
            KAU,
            {_tie("suppliesTo", CETC, source="The Global Times")},
        ),
        (
            "Xinhua reported in 2015 that KAU set up the Kestrel Key Laboratory of Optics in 2012.",
            "kestrel-key-laboratory-of-optics",
            {
                _tie("hostedBy", KAU, certainty="implied", source="Xinhua"),
                _tie("establishedBy", KAU, source="Xinhua"),
                _tie("established", "kestrel-key-laboratory-of-optics-established-aspi-tracker", source="Xinhua"),
            },
        ),
        # the institution's own frame: its name, as its own claim ("KAU claims that it ...") and "..., it says." give
        ("The university says that it works with CETC.", KAU, {_tie("collaboratesWith", CETC, source=KAU_NAME)}),
        ("KAU reported that it works with AVIC.", KAU, {_tie("collaboratesWith", AVIC, source=KAU_NAME)}),
        (
            "KAU says that it supplies radar components to the PLA.",
            KAU,
            {_tie("suppliesTo", PLA, source=KAU_NAME)},
        ),
        # a relative clause that gives a body as confirming it, and a body's other verbs of saying
        ("KAU works with AVIC, which AVIC confirmed.", KAU, {_tie("collaboratesWith", AVIC, source="AVIC")}),
        ("KAU works with NUDT, a tie CETC has confirmed.", KAU, {_tie("collaboratesWith", NUDT, source="CETC")}),
        (
            "KAU works with AVIC, which state media reported in 2019.",
            KAU,
            {_tie("collaboratesWith", AVIC, source="state media")},
        ),
        ("KAU works with AVIC, CETC added.", KAU, {_tie("collaboratesWith", AVIC, source="CETC")}),
        # (a relative clause of the fact's own, no source; its year is read neither before nor after)
        (
            "KAU is on the Entity List, which the Commerce Department added in 2019.",
            KAU,
            {_tie("listedOn", "us-entity-list")},
        ),
        # another's claim or doubt, and hearsay, before or in the relative clause: unread
        ("AVIC claims that KAU works with it.", KAU, set()),
        ("CETC alleges that KAU supplies radar components to the PLA.", KAU, set()),
        ("AVIC suggests that KAU is supervised by MIIT.", KAU, set()),
        ("Sources said that KAU works with AVIC.", KAU, set()),
        ("Some media claimed that KAU works with AVIC.", KAU, set()),
        ("Xinhua claimed that KAU works with AVIC.", KAU, set()),
        ("KAU works with AVIC, which CETC denies.", KAU, set()),
        ("KAU works with AVIC, a tie CETC claims.", KAU, set()),
    ],
)
def test_a_source_told_before_the_statement_or_in_a_relative_clause(project, tmp_path, sentence, subject, facts):
    """Fifty-second session: the press or a body opening the sentence ("State media reported that
    ...", "Xinhua reported in 2019 that ...", "The Ministry of Education said in 2017 that ...") left
    it unread, though the same source at its end was read; "..., which AVIC confirmed." and "..., a
    tie CETC has confirmed." were stated with no source; "..., CETC added." made CETC a partner."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert statements_sourced(ctx, subject) == facts, sentence
    said_in = set(re.findall(r"(?:said|reported|noted|claimed) (?:in|on 5 May) (\d{4})", sentence))
    assert not said_in & {str(o)[:4] for _, p, o in ctx.triples if p == DKG.when}, sentence


# -- partnerships told as nouns (fifty-second session) ---------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "ties", "started"),
    [
        # a partnership made: its year the tie's start
        ("KAU entered a partnership with AVIC in 2015.", {_tie("collaboratesWith", AVIC, "2015")}, {"2015"}),
        ("In 2017, KAU entered a partnership with NUDT.", {_tie("collaboratesWith", NUDT, "2017")}, {"2017"}),
        ("KAU forged a partnership with CASIC in 2019.", {_tie("collaboratesWith", CASIC, "2019")}, {"2019"}),
        ("KAU launched a partnership with the PLA Navy in 2020.", {_tie("collaboratesWith", PLAN, "2020")}, {"2020"}),
        (
            "KAU established a cooperative partnership with NORINCO in 2012.",
            {_tie("collaboratesWith", NORINCO, "2012")},
            {"2012"},
        ),
        # one held
        ("KAU maintains a long-standing partnership with AVIC.", {_tie("collaboratesWith", AVIC)}, set()),
        # the institution and its partner as the subject, or the partnership between them
        ("KAU and AVIC formed a partnership in 2016.", {_tie("collaboratesWith", AVIC, "2016")}, {"2016"}),
        (
            "KAU and CASIC established a strategic partnership in 2011.",
            {_tie("collaboratesWith", CASIC, "2011")},
            {"2011"},
        ),
        (
            "A partnership between KAU and CETC was established in 2014.",
            {_tie("collaboratesWith", CETC, "2014")},
            {"2014"},
        ),
        # (a programme's year, launched in partnership: no start of the tie)
        ("KAU launched a programme in partnership with AVIC in 2018.", {_tie("collaboratesWith", AVIC, "2018")}, set()),
        # the partner told before the institution's clause
        ("In partnership with CASIC, KAU set up a missile research centre.", {_tie("collaboratesWith", CASIC)}, set()),
        # (after a leading time, fifty-third session: unread before)
        (
            "In 2015, in partnership with CASIC, KAU set up a missile research centre.",
            {_tie("collaboratesWith", CASIC, "2015")},
            set(),
        ),
        ("In 2015, in partnership with CASIC, NUDT set up a missile research centre.", set(), set()),
        ("In 2015, in partnership with CASIC, KAU's School of Astronautics set up a centre.", set(), set()),
        # left: a plan, a hedge, an end, another's, a unit's, a person's, a body not named
        ("KAU plans to enter a partnership with CASC.", set(), set()),
        # (an end: a former tie since the fifty-sixth session, no present one)
        ("KAU ended its partnership with AVIC in 2018.", {_tie("formerlyCollaboratedWith", AVIC)}, set()),
        ("KAU had a partnership with NUDT until 2012.", {_tie("formerlyCollaboratedWith", NUDT)}, set()),
        # (the institution a party of the partnership with a third, as "KAU and AVIC collaborated with CETC")
        ("KAU and AVIC formed a partnership with CETC in 2016.", {_tie("collaboratesWith", CETC, "2016")}, {"2016"}),
        ("NUDT and AVIC formed a partnership in 2016.", set(), set()),
        ("A partnership between NUDT and CETC was established in 2014.", set(), set()),
        ("In partnership with CASIC, NUDT set up a missile research centre.", set(), set()),
        ("In partnership with CASIC, KAU's School of Astronautics set up a research centre.", set(), set()),
        ("In partnership with CASIC, KAU reportedly set up a research centre.", set(), set()),
        ("KAU's School of Aeronautics has a partnership with AVIC.", set(), set()),
        ("KAU partnered with a subsidiary of CASC.", set(), set()),
    ],
)
def test_a_partnership_of_the_institution_told_as_a_noun(project, tmp_path, sentence, ties, started):
    """Fifty-second session: "KAU entered a partnership with AVIC in 2015" (without "into"), "launched
    a partnership", "maintains a partnership", "KAU and AVIC formed a partnership", "A partnership
    between KAU and CETC was established ...", "In partnership with CASIC, KAU ..." were unread; and
    "established / forged / entered into a partnership with X in <year>" dated the tie as a point in
    time, where the year is its start."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert statements_sourced(ctx, KAU) == ties, sentence
    assert {re.search(r"\d{4}", when)[0] for when in starts(ctx, "collaboratesWith")} == started, sentence


@pytest.mark.parametrize(
    ("sentence", "facts"),
    [
        # the line of command told by an adjective's phrase first, as by a participle's
        (
            "Subordinate to the PLA Army since 2017, KAU trains logistics officers.",
            {_tie("subordinateTo", "pla-ground-force", "2017")},
        ),
        (
            "Subordinate to the PLA Army since 2017, it was previously run by the General Staff Department.",
            {
                _tie("subordinateTo", "pla-ground-force", "2017"),
                _tie("formerlySupervisedBy", "pla-general-staff-department"),
            },
        ),
        (
            "Directly subordinate to the CMC, KAU trains officers.",
            {_tie("subordinateTo", "central-military-commission")},
        ),
        # the phrase's year is its own, not the main clause's
        (
            "Supervised by SASTIND since 2015, KAU works with CETC.",
            {_tie("supervisedBy", SASTIND, "2015"), _tie("collaboratesWith", CETC)},
        ),
        (
            "Administered by MIIT since 2008, KAU supplies radar to the PLA Navy.",
            {_tie("supervisedBy", MIIT, "2008"), _tie("suppliesTo", "pla-navy")},
        ),
        (
            "Founded in 1958, KAU has worked with CETC since 2001.",
            {
                _tie("established", "kestrel-aeronautical-university-established-1958"),
                _tie("collaboratesWith", CETC, "2001"),
            },
        ),
        # (a time first is the main clause's)
        ("In 2015, KAU began working with CETC.", {_tie("collaboratesWith", CETC, "2015")}),
    ],
)
def test_a_phrase_first_on_the_institutions_past_or_line_of_command(project, tmp_path, sentence, facts):
    """Fifty-third session: "Subordinate to the PLA Army since 2017, ..." was unread (a participle's
    phrase, "Supervised by MIIT, ...", was read); and the year of such a phrase first dated the main
    clause's facts ("Founded in 1958, KAU works with CETC": a collaboration in 1958)."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert statements_sourced(ctx, KAU) == facts, sentence


@pytest.mark.parametrize(
    ("sentence", "areas"),
    [
        ("KAU specialises in the design and production of hull steels for the defence industry.", {"hull-steels"}),
        ("KAU specializes in radar and sonar for the military.", {"radar", "sonar"}),
        ("KAU is specialised in the research and development of fuzes for national defence.", {"fuzes"}),
        # left: teaching, a body named, a hedge, no defence
        ("KAU specialises in training engineers for the defence industry.", set()),
        ("KAU specialises in optics for CETC.", set()),
        ("KAU reportedly specialises in optics for the defence industry.", set()),
        ("KAU specialises in optics.", set()),
    ],
)
def test_a_specialty_for_defence_is_a_defence_research_area(project, tmp_path, sentence, areas):
    """Fifty-third session (found in the real sample's unread sentences): "KAU specialises in the
    development of X for the defence industry" was unread; X is an area of its defence research."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    got = {o for p, o, _, _, _ in statements_sourced(ctx, KAU) if p == "defenceResearchArea"}
    assert got == areas, sentence


@pytest.mark.parametrize(
    ("sentence", "ties", "started"),
    [
        ("KAU's partnership with CETC began in 2009.", {_tie("collaboratesWith", CETC, "2009")}, {"2009"}),
        ("Its cooperation with CASC dates back to 2005.", {_tie("collaboratesWith", CASC, "2005")}, {"2005"}),
        (
            "The university's collaboration with NORINCO has existed since 2012.",
            {_tie("collaboratesWith", NORINCO, "2012")},
            {"2012"},
        ),
        (
            "KAU's strategic partnership with AVIC was established in 2016.",
            {_tie("collaboratesWith", AVIC, "2016")},
            {"2016"},
        ),
        # left: an end, a hedge, another's, a unit's
        # (an end: a former tie since the fifty-sixth session, from its start, no present one)
        (
            "KAU's partnership with CETC began in 2009 and ended in 2015.",
            {_tie("formerlyCollaboratedWith", CETC, "2009")},
            set(),
        ),
        ("KAU's partnership with CETC reportedly began in 2009.", set(), set()),
        ("NUDT's partnership with CETC began in 2009.", set(), set()),
        ("KAU's Radar Institute partnership with AVIC began in 2010.", set(), set()),
    ],
)
def test_the_institutions_tie_told_as_its_noun_and_its_start(project, tmp_path, sentence, ties, started):
    """Fifty-third session: a tie told as the institution's noun and its start ("KAU's partnership
    with CETC began in 2009", "Its cooperation with CASC dates back to 2005") was unread."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert statements_sourced(ctx, KAU) == ties, sentence
    assert {re.search(r"\d{4}", when)[0] for when in starts(ctx, "collaboratesWith")} == started, sentence


@pytest.mark.parametrize(
    ("sentence", "parties", "purposes"),
    [
        (
            "In 2011, SASTIND forged a partnership with the MOE to widen the university's share of radar work.",
            {(frozenset({SASTIND, MOE}), "2011")},
            {"widen the university's share of radar work"},
        ),
        (
            "CETC partnered jointly with the MOE to grow KAU's sonar laboratories.",
            {(frozenset({CETC, MOE}), None)},
            {"grow KAU's sonar laboratories"},
        ),
        (
            "SASTIND partnered with MIIT in 2016 to support the university's research.",
            {(frozenset({SASTIND, MIIT}), "2016")},
            {"support the university's research"},
        ),
        (
            "SASTIND and the MOE formed a partnership in 2010 to support the university's defence research.",
            {(frozenset({SASTIND, MOE}), "2010")},
            {"support the university's defence research"},
        ),
        # the renewal told after it: no second agreement, no other year
        (
            "In 2011, SASTIND formed a partnership with the MOE to develop the university's research. The "
            "partnership was renewed in 2016.",
            {(frozenset({SASTIND, MOE}), "2011")},
            {"develop the university's research"},
        ),
        # left: a purpose of another body, none, a hedge, a plan
        ("SASTIND forged a partnership with the MOE to fund NUDT's radar work.", set(), set()),
        ("SASTIND partnered with MIIT in 2012.", set(), set()),
        ("SASTIND reportedly partnered with MIIT to support KAU's research.", set(), set()),
        ("SASTIND plans to enter a partnership with MIIT to support KAU's research.", set(), set()),
    ],
)
def test_two_bodies_partnership_about_the_institution_is_their_agreement(
    project, tmp_path, sentence, parties, purposes
):
    """Fifty-second session: "In 2011, SASTIND forged a partnership with the MOE to widen the
    university's share of radar work" and "CETC partnered jointly with the MOE to grow KAU's sonar
    laboratories" were unread; they tell what "signed an agreement with ... to ..." tells, and are
    read as that agreement (its parties, year and purpose, concerning the institution)."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert dated_nodes(ctx, DKG.party) == parties, sentence
    assert _purposes(ctx) == purposes, sentence
    concerns = {str(o).rsplit("/", 1)[-1] for _, p, o in ctx.triples if p == DKG.concerns}
    assert concerns == ({KAU} if parties else set()), sentence
    assert statements_sourced(ctx, KAU) == set(), sentence


@pytest.mark.parametrize(
    ("sentence", "ties", "started"),
    [
        ("AVIC entered a partnership with KAU in 2016.", {_tie("collaboratesWith", KAU, "2016")}, {"2016"}),
        ("AVIC began working with KAU in 2016.", {_tie("collaboratesWith", KAU, "2016")}, {"2016"}),
        ("AVIC partnered with KAU in 2016.", {_tie("collaboratesWith", KAU, "2016")}, set()),
    ],
)
def test_another_bodys_partnership_with_the_institution_is_dated_by_its_start(
    project, tmp_path, sentence, ties, started
):
    """Fifty-second session: a partner's tie with the institution told by its start ("AVIC began
    working with KAU in 2016", "AVIC entered a partnership with KAU in 2016") was dated as a point in
    time (``object_links.link_to_institution`` did not ask whether the tie began); "partnered" in a
    year stays a point in time, as the institution's own is."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert statements_sourced(ctx, AVIC) == ties, sentence
    assert {re.search(r"\d{4}", when)[0] for when in starts(ctx, "collaboratesWith")} == started, sentence


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        (
            "In 2011, the national defence regulator, SASTIND, forged a partnership with the MOE to fund the "
            "university's radar work.",
            {(frozenset({SASTIND, MOE}), "2011")},
        ),
        (
            "CETC, a state-owned electronics group, signed an agreement with the MOE to grow KAU's sonar work.",
            {(frozenset({CETC, MOE}), None)},
        ),
        (
            "In 2016, the defence industry regulator, SASTIND, signed an agreement with MIIT to support KAU.",
            {(frozenset({SASTIND, MIIT}), "2016")},
        ),
        # left: a description that is no body's kind, a hedge in the description
        ("KAU's main partner, CETC, signed an agreement with the MOE to grow KAU's sonar work.", set()),
        ("CETC, reportedly a partner of KAU, signed an agreement with the MOE to grow KAU's sonar work.", set()),
    ],
)
def test_a_signatory_described_between_commas_is_named_by_its_name(project, tmp_path, sentence, parties):
    """Fifty-second session, found on the real sample: an agreement whose first party is described
    between commas, before its name ("the national defence regulator, SASTIND, entered a partnership
    with ...") or after it ("CETC, a state-owned electronics group, signed ..."), was unread: the
    agreement's first party was looked for in the whole of the words before its verb."""
    ctx = page(project, tmp_path, KAU, KESTREL_AU + sentence + "\n")
    assert dated_nodes(ctx, DKG.party) == parties, sentence


def test_it_after_the_institutions_own_frame_is_the_institution(project, tmp_path):
    """Fifty-second session, found on the real sample when leading frames of bodies were merged: after
    "The School of Optics has close ties to AVIC. KAU states that its radar work rests on its
    strength in optics.", "It runs at least two laboratories ..." was taken for the school's (the frame was cut
    off before the sentence's subject was looked for, so "its" seemed to go on with the school)."""
    body = (
        "The School of Optics has close ties to AVIC. KAU states that its radar work rests on its strength in "
        "optics. It has at least two defence laboratories working on sonar.\n"
    )
    ctx = page(project, tmp_path, KAU, KESTREL_AU + body)
    counts = [o for s, p, o in ctx.triples if p == DKG.defenceLaboratoryCount and str(s).endswith(KAU)]
    assert len(counts) == 1
    assert {int(o) for s, p, o in ctx.triples if p == DKG.value and s == counts[0]} == {2}

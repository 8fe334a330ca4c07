"""Prose extraction: the patterns added for real tracker pages (src/defence_kg/loading/extraction/)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, strategies
from rdflib import Literal, URIRef
from rdflib.namespace import ORG, RDF, SKOS

from defence_kg.core.namespaces import DKG, ID, vocab
from defence_kg.loading.extraction.rules.standing import defined_abbreviations
from defence_kg.loading.profile_text import (
    FOOTNOTE_MARK,
    LINK_LEFTOVERS,
    SENTENCE_END,
    WRAPPED,
    WRAPPED_TAIL,
    institution_name,
    parse_profile,
    split_sentences,
)
from defence_kg.loading.report import observed
from helpers import extract_page as extract


def statements(ctx) -> tuple[set, dict]:
    """The triples, and each statement's predicate."""
    triples = set(ctx.triples)
    return triples, {s: o for s, p, o in triples if p == RDF.predicate}


def slugs(ctx, *properties) -> set[str]:
    """The last segments of the objects of ``properties`` in the extraction context."""
    return {str(o).rsplit("/", 1)[-1] for _, p, o in ctx.triples if p in properties}


def english_labels(triples) -> dict:
    """Each node's English label among ``triples``."""
    return {s: str(o) for s, p, o in triples if p == SKOS.prefLabel and o.language == "en"}


def properties(ctx) -> dict:
    """Each node's properties in the extraction context, one value each (a statement's subject,
    predicate, object and qualifiers; a dated value's year)."""
    by: dict = {}
    for s, p, o in ctx.triples:
        by.setdefault(s, {})[p] = o
    return by


def slug_pairs(ctx, prop) -> set[tuple[str, str]]:
    """(subject, object) of each ``prop`` triple in the extraction context, by their last segments."""
    return {(str(s).rsplit("/", 1)[-1], str(o).rsplit("/", 1)[-1]) for s, p, o in ctx.triples if p == prop}


def test_page_without_risk_sentence_warns_and_makes_no_risk_fact(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "test-defence-academy",
        "Test Defence Academy\n\n\nThe Test Defence Academy (TDA) is a military academy subordinate to "
        "the Central Military Commission.\n\nLast updated 1 May 2020.\n",
    )
    found = observed(ctx)
    assert "riskLevel" not in found
    assert found["abbreviation"] == {"TDA"}
    assert found["subordinateTo"] == {"central-military-commission"}
    assert any("no risk sentence" in w for w in ctx.warnings)


def test_case_event_needs_a_date_and_the_institution(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "case-university",
        "Case University (CU) is designated high risk for its espionage cases.\n\n"
        "Espionage and misconduct\n\nIn May 2015, two CU professors were indicted for economic espionage. "
        "In 2020, one of them was sentenced to prison. Two people were arrested.\n",
    )
    events = {s for s, p, o in ctx.triples if p == DKG.concerns and o == ID["case-university"]}
    assert len(events) == 1  # only the dated sentence naming CU
    (event,) = events
    dates = [o for s, p, o in ctx.triples if s == event and p == DKG.date]
    assert [str(o) for s, p, o in ctx.triples if s == dates[0] and p == DKG.when] == ["2015-05"]
    unparsed = {str(o) for _, p, o in ctx.triples if p == DKG.unparsedSentence}
    assert "Two people were arrested." in unparsed


def test_qualified_lab_is_hosted_with_a_weaker_relation(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "qual-university",
        "Qual University (QU) is designated medium risk for its defence research.\n\n"
        "Its Quiet Flow Laboratory is not a full defence laboratory but receives SASTIND funding.\n\n"
        "Major defence laboratories\n\nQU also hosts these laboratories, which are not dedicated defence "
        "laboratories but receive defence funding:\n\n• Quiet Sound Laboratory (静声实验室)\n",
    )
    by: dict = {}
    for s, p, o in ctx.triples:
        by.setdefault(s, {}).setdefault(p, set()).add(o)
    for lab in (ID["quiet-flow-laboratory"], ID["quiet-sound-laboratory"]):  # said so, or listed after a lead-in
        # implied: a statement only, no plain edge (the certainty rule, docs/model.md)
        assert (lab, DKG.hostedBy, ID["qual-university"]) not in set(ctx.triples)
        hosting = [
            st
            for st, props in by.items()
            if props.get(RDF.subject) == {lab} and props.get(RDF.predicate) == {DKG.hostedBy}
        ]
        assert [by[st][RDF.object] for st in hosting] == [{ID["qual-university"]}]
        assert [by[st][DKG.certainty] for st in hosting] == [{vocab("certainty", "implied")}]
    assert "riskLevel" in observed(ctx) and "defenceLaboratoryCount" not in observed(ctx)


def test_foreign_partner_is_minted_with_its_country(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "partner-university",
        "Partner University (PU) is designated low risk for its limited defence research.\n\n"
        "PU has exchanges with the University of Melbourne. PU has exchanges with Russian universities. "
        "PU cooperates with Russia's Kazan Aviation Institute and the University of Kestrel. "
        "PU has signed agreements with the University of Larch and Kyoto University.\n",
    )
    partner = ID["university-of-melbourne"]
    assert (ID["partner-university"], DKG.hasExchangesWith, partner) in set(ctx.triples)
    statements = {s for s, p, o in ctx.triples if p == RDF.predicate and o == DKG.country}

    def country(iri):
        """The country each statement gives the partner, with its certainty."""
        about = [st for st in statements if (st, RDF.subject, iri) in ctx.triples]
        return {(value(st, RDF.object).rsplit("/", 1)[-1], value(st, DKG.certainty).rsplit("/", 1)[-1]) for st in about}

    def value(st, p):
        return str(next(o for s, p2, o in ctx.triples if s == st and p2 == p))

    # a city in the name implies the country (Melbourne, Florida has a university too): no plain edge
    assert country(partner) == {("AU", "implied")}
    assert not any(s == partner and p == DKG.country for s, p, _ in ctx.triples)
    assert country(ID["kazan-aviation-institute"]) == {("RU", "stated")}  # the possessive before its name
    assert country(ID["university-of-kestrel"]) == set()  # another's possessive is not its
    # the place in the next partner's name is not this one's
    assert (country(ID["university-of-larch"]), country(ID["kyoto-university"])) == (set(), {("JP", "implied")})


def test_a_partner_list_ends_where_the_text_turns_to_another_body(project, tmp_path):
    """Whom the work is for or funded by, a body set against the partners, and another body tied to
    the one named are not partners (thirty-first session's probes)."""
    ctx = extract(
        project,
        tmp_path,
        "turning-university",
        "Turning University (TU) is designated high risk for its defence research.\n\n"
        "TU cooperates with Huawei on surveillance systems for the Ministry of Public Security. "
        "TU partnered with iFlytek on a project funded by MIIT. "
        "TU collaborates with CETC rather than AVIC. "
        "TU collaborates with CASC, as does the PLA Navy. "
        "TU collaborates with NORINCO but not with CASIC. "
        "TU collaborates with Huawei rivals such as ZTE. "
        "TU has close ties with CSSC suppliers. "
        "TU receives funding from AVIC, a conglomerate supervised by SASAC.\n",
    )
    found = observed(ctx)
    assert found["fundedBy"] == {"aviation-industry-corporation-of-china"} and "supervisedBy" not in found
    assert found["collaboratesWith"] == {
        "huawei-technologies",
        "iflytek",
        "china-electronics-technology-group-corporation",
        "china-aerospace-science-and-technology-corporation",
        "zte-corporation",
        "china-north-industries-group-corporation",
    }  # (the item "not" denies is left unread, CASIC; since the forty-first session, NORINCO is read)
    assert "hasCloseTiesWith" not in found


def test_a_sentence_framed_as_unsure_as_a_whole_states_nothing(project, tmp_path):
    """A trailing or opening hedge, a claim disputed after the fact, a question: the rules look
    for cues in their own clause; the frame is the whole sentence's (thirty-first session's probes)."""
    unsure = [
        "DU is supervised by MIIT, according to an unconfirmed report.",
        "DU collaborates with CASC, sources claim.",
        "DU holds top-secret security credentials, though this could not be confirmed.",
        "DU is funded by SASTIND, an allegation DU rejects.",
        "DU signed a strategic cooperation agreement with CETC, it is alleged.",
        "It is widely assumed that DU is supervised by SASTIND.",
        "Some sources claim that DU conducts research for the PLA Navy.",
        "Does DU collaborate with AVIC?",
    ]
    ctx = extract(
        project,
        tmp_path,
        "doubted-university",
        "Doubted University (DU) is designated high risk for its defence research.\n\n"
        + " ".join(unsure)
        + " DU collaborates with NORINCO.\n",
    )
    found = observed(ctx)
    assert found["collaboratesWith"] == {"china-north-industries-group-corporation"}
    assert not {"supervisedBy", "securityCredential", "fundedBy", "conductsResearchFor"} & found.keys()
    assert "party" not in found and "agreementKind" not in found
    unparsed = {str(o) for _, p, o in ctx.triples if p == DKG.unparsedSentence}
    assert set(unsure) <= unparsed


def test_a_question_told_as_the_subject_or_a_claim_disputed_states_nothing(project, tmp_path):
    """ "Whether SASTIND supervises DU is unclear", "It is unknown whether ...", "..., though this is
    disputed", a listing "reversed" after it: each was read as stated (forty-fourth session's precision
    audit); a sentence that only mentions a decision still states its fact."""
    unsure = [
        "Whether SASTIND supervises DU is unclear.",
        "Whether DU holds secret-level security credentials remains unknown.",
        "It is unknown whether DU is subordinate to MIIT.",
        "It remains unknown whether DU collaborates with CETC.",
        "DU is supervised by SASTIND, though this is disputed.",
        "DU is funded by the MSS, though the university denies it.",
        "DU was added to the US Entity List in 2020, a decision that was reversed in 2021.",
        "DU was added to the Unverified List in 2019, but the listing was reversed in 2021.",
    ]
    ctx = extract(
        project,
        tmp_path,
        "doubted-university",
        "Doubted University (DU) is designated high risk for its defence research.\n\n"
        + " ".join(unsure)
        + " DU collaborates with NORINCO. DU was added to the Japan End User List in 2018, a decision SASTIND "
        "protested.\n",
    )
    found = observed(ctx)
    assert found["collaboratesWith"] == {"china-north-industries-group-corporation"}
    assert found["listedOn"] == {"japan-end-user-list"}
    assert not {"supervisedBy", "subordinateTo", "securityCredential", "fundedBy"} & found.keys()
    unparsed = {str(o) for _, p, o in ctx.triples if p == DKG.unparsedSentence}
    assert set(unsure) <= unparsed


def test_a_sentence_framed_as_a_doubt_states_nothing(project, tmp_path):
    """ "It is doubtful whether ...", "It is questionable whether ...", "It is uncertain if ...": a
    doubt framing the whole sentence, as "It is unclear whether" is (each read as stated before the
    forty-fifth session); the plain sentence after them is still read."""
    unsure = [
        "It is doubtful whether SASTIND supervises DU.",
        "It is doubtful that DU is subordinate to MIIT.",
        "It is questionable whether DU holds secret-level security credentials.",
        "It is uncertain if DU was jointly constructed by SASTIND and the Jiangsu Provincial Government.",
        "It is not certain that DU is supervised by the PLA Navy.",
        "It remains debatable whether DU is run by CASIC.",
    ]
    ctx = extract(
        project,
        tmp_path,
        "doubted-university",
        "Doubted University (DU) is designated high risk for its defence research.\n\n"
        + " ".join(unsure)
        + " DU collaborates with NORINCO.\n",
    )
    found = observed(ctx)
    assert found["collaboratesWith"] == {"china-north-industries-group-corporation"}
    assert not {"supervisedBy", "subordinateTo", "securityCredential", "party", "agreementKind"} & found.keys()
    unparsed = {str(o) for _, p, o in ctx.triples if p == DKG.unparsedSentence}
    assert set(unsure) <= unparsed


def test_a_belief_with_its_believer_between_is_a_hedge(project, tmp_path):
    """ "is believed by analysts to be supervised by", "is thought by some observers to collaborate
    with": hedges as "is believed to" is (each was read as stated; forty-fourth session's audit)."""
    unsure = [
        "DU is believed by analysts to be supervised by SASTIND.",
        "DU is thought by some observers to collaborate with CETC.",
        "DU is believed by some analysts to train officers for the PLA Navy.",
    ]
    ctx = extract(
        project,
        tmp_path,
        "doubted-university",
        "Doubted University (DU) is designated high risk for its defence research.\n\n"
        + " ".join(unsure)
        + " DU collaborates with NORINCO.\n",
    )
    found = observed(ctx)
    assert found["collaboratesWith"] == {"china-north-industries-group-corporation"}
    assert not {"supervisedBy", "trainsPersonnelFor"} & found.keys()


def test_a_body_whose_name_begins_with_the_institutions_is_another(project, tmp_path):
    """ "GU Holdings", "GU Science Park Co., Ltd.", "The GU Affiliated Hospital": another body (a
    person's title too: "GU President Li"); a unit named after the institution is still its unit."""
    ctx = extract(
        project,
        tmp_path,
        "gannet-university",
        "Gannet University (GU) is designated high risk for its defence research.\n\n"
        "GU Holdings is funded by AVIC. GU Science Park Co., Ltd. collaborates with CETC. "
        "The GU Affiliated Hospital is supervised by the Ministry of Education. "
        "Gannet University Alumni Association collaborates with CASC. GU High-Tech Group trains engineers for CASIC. "
        "In 2006, the Gannet University National Defence Technology Institute was established. "
        "GU collaborates with NORINCO.\n",
    )
    found = observed(ctx)
    assert found["collaboratesWith"] == {"china-north-industries-group-corporation"}
    assert not {"fundedBy", "supervisedBy", "trainsPersonnelFor"} & found.keys()
    assert any(p == RDF.predicate and o == DKG.unitOf for _, p, o in ctx.triples)  # the institute, implied


def test_it_after_a_sentence_about_another_body_is_not_the_institution(project, tmp_path):
    """ "It" and "Its", and "The university" after a sentence about another university, may stand
    for the body the sentence before was about: left unread until a sentence names the
    institution again; "The university" after one about an agency is still the institution."""
    ctx = extract(
        project,
        tmp_path,
        "heron-university",
        "Heron University (HU) is designated high risk for its defence research.\n\n"
        "Larch Institute of Technology is one of the Seven Sons of National Defence. It is supervised by MIIT. "
        "Its partners include AVIC. CETC is a state-owned conglomerate. It is funded by SASAC. "
        "Chongqing University works with CASC. The university trains officers for the PLA Navy. "
        "HU works with NORINCO. It is also funded by CASIC. "
        "Through this arrangement, SASTIND funds many universities. The university also collaborates with the PLA Navy.\n",
    )
    found = observed(ctx)
    assert found["fundedBy"] == {"china-aerospace-science-and-industry-corporation"}
    assert found["collaboratesWith"] == {
        "china-north-industries-group-corporation",
        "pla-navy",
    }
    assert not {"supervisedBy", "trainsPersonnelFor"} & found.keys()


def test_it_after_a_sentence_opened_by_another_body_or_naming_a_laboratory_is_not_the_institution(project, tmp_path):
    """The sentence's opening decides what "It" next stands for, whatever else it names: another
    body that opens it (though it names the institution later), a laboratory or unit of the
    institution it names, another body after "HU's main partner is"; "The university" after a
    sentence on the institution that names another university; "its" inside the next clause too;
    a thing that opens the sentence before ("A CETC delegation visited HU"); a stand-in that stood for
    another body, and a body a relative clause describes, leave "It" next unread; so does "Its X
    Laboratory is one of them" (thirty-second session)."""
    ctx = extract(
        project,
        tmp_path,
        "heron-university",
        "Heron University (HU) is designated high risk for its defence research.\n\n"
        "Larch University signed a cooperation agreement with HU in 2015. It is supervised by MIIT. "
        "CETC has close ties to HU. It is funded by SASTIND. "
        "HU hosts the Key Laboratory of Radar Imaging. It is also funded by CASIC. "
        "HU set up the Heron Radar Research Institute in 2008. It trains officers for the PLA Navy. "
        "HU's main partner is Larch University. It holds top-secret security credentials. "
        "HU has a joint laboratory with Larch University. The university trains officers for the PLA Air Force. "
        "Larch University conducts research with HU. In 2019, 35% of its graduates who found jobs went to the defence sector. "
        "A CETC delegation visited HU in 2018. It is supervised by MIIT. "
        "Defence industry agency SASTIND signed an agreement with HU in 2008. It trains officers for the PLA Navy. "
        "HU has exchanges with Larch University. The university is the Navy's main school. It was founded in 1949. "
        "HU has exchanges with Birch Institute of Technology, which is one of the Seven Sons. It is supervised by SASAC. "
        "HU hosts several defence laboratories. Its Thermal Control Laboratory is one of them. It was established in 2011. "
        "HU works with NORINCO. It is also funded by AVIC.\n",
    )
    found = observed(ctx)
    assert found["fundedBy"] == {"aviation-industry-corporation-of-china"}
    assert not {"supervisedBy", "trainsPersonnelFor", "securityCredential", "defenceGraduateShare"} & found.keys()
    assert not [o for s, p, o in ctx.triples if p == DKG.established and s == ID["heron-university"]]


def test_it_after_a_sentence_on_a_named_laboratory_or_partner_is_not_the_institution(project, tmp_path):
    """A sentence whose subject is a laboratory ("The Radar Laboratory was ...", "The third, the X
    Laboratory, is ...") or something of the institution's named beside it ("Its main partner,
    NORINCO, ...", "HU's partner, Larch Aircraft Co., Ltd., ...") leaves "It" next unread: it may
    be either (thirty-seventh session)."""
    ctx = extract(
        project,
        tmp_path,
        "heron-university",
        "Heron University (HU) is designated high risk for its defence research.\n\n"
        "The Radar Imaging Laboratory was established in 2008. It receives funding from the PLA Navy. "
        "The third, the Aircraft Structural Integrity National Defense Key Discipline Laboratory, is run by the "
        "university alone. It was set up in 2008. "
        "The Sonar Laboratory is run by the university alone. It holds secret-level security credentials. "
        "Its main partner, NORINCO, was founded in 1980. It holds top-secret security credentials. "
        "HU's partner, Larch Aircraft Co., Ltd., was founded in 1990. It is jointly supervised by SASTIND and CETC. "
        "The university's main partner, AVIC, was formed in 2008. It has close ties to CASIC. "
        "In 2009, the Lidar Laboratory was established. It is funded by SASTIND. "
        "Hongda Electronics, a NORINCO subsidiary, supplies HU. It was founded in 1992. "
        "The first is the Gravity Laboratory. It was founded in 1995. "
        "One of its partners, NORINCO, was founded in 1980. It was added to the Entity List in 2020. "
        "HU set up a joint university with NORINCO in 2012. The university receives funding from NORINCO.\n",
    )
    found = observed(ctx)
    assert not {"fundedBy", "securityCredential", "jointlySupervisedBy", "hasCloseTiesWith", "listedOn"} & found.keys()
    assert not [o for s, p, o in ctx.triples if p == DKG.established and s == ID["heron-university"]]


def test_it_after_the_institutions_own_people_places_or_several_laboratories_is_the_institution(project, tmp_path):
    """ "It" stays the institution after its president, campus or motto named beside it, and after
    several laboratories ("It" stands for one body), while the institution remains the topic."""
    ctx = extract(
        project,
        tmp_path,
        "heron-university",
        "Heron University (HU) is designated high risk for its defence research.\n\n"
        "Its president, Wang Jun, is a former NORINCO engineer. It holds secret-level security credentials. "
        "Its main campus, the Hongwei Campus, opened in 1990. It receives funding from SASTIND. "
        "HU hosts three laboratories: the Radar Laboratory, the Sonar Laboratory and the Fuze Laboratory. "
        "It is supervised by MIIT. HU is a public university. The university trains officers for the PLA Navy.\n",
    )
    found = observed(ctx)
    assert {"securityCredential", "fundedBy", "supervisedBy", "trainsPersonnelFor"} <= found.keys()


def test_a_count_of_other_things_before_the_laboratories_is_none(project, tmp_path):
    ctx = rowan(project, tmp_path, "RU has 18 schools and 3 defence laboratories.")
    assert not [o for s, p, o in ctx.triples if p == DKG.defenceLaboratoryCount]


def test_a_laboratory_a_sentence_places_elsewhere_is_not_the_institutions(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "egret-university",
        "Egret University (EU) is designated high risk for its defence research.\n\n"
        "EU's laboratories include the Key Laboratory of Radar Imaging and the Key Laboratory of Sonar Imaging, "
        "which is hosted by CETC. EU hosts the Key Laboratory of Lidar Imaging and Larch University of Technology hosts "
        "the Key Laboratory of Ship Imaging. EU hosts nine defence laboratories, including the Key Laboratory of "
        "Gravity Imaging, which closed in 2020. EU works with Larch University, which hosts six defence laboratories. "
        "These include the Key Laboratory of Structural Safety.\n\n"
        "Major defence laboratories\n\n"
        "The Key Laboratory of Passive Sensing, established in 2012 by the PLA Air Force, is hosted by the Air Force "
        "Early Warning Academy.\n\n"
        "• Key Laboratory of Combustion Diagnostics, hosted by Larch University\n\n"
        "• Key Laboratory of X-ray Imaging; now part of the Key Laboratory of Radar Imaging\n\n"
        "• Key Laboratory of Terahertz Imaging (co-hosted by CETC)\n",
    )
    assert observed(ctx)["hostedBy"] == {"key-laboratory-of-radar-imaging", "key-laboratory-of-lidar-imaging"}


def test_an_agreement_has_the_parties_and_dates_its_clause_gives(project, tmp_path):
    """Another body's agreement with the institution is with it alone, whatever a second clause
    says ("..., and CASC did the same"); agreements with several partners each take the date
    right after their partner (a day too: "on 12 June 2017"); agreements in several years named
    before the verb are one each year; "and so does X" sets X against the partners."""
    ctx = extract(
        project,
        tmp_path,
        "ibis-university",
        "Ibis University (IU) is designated high risk for its defence research.\n\n"
        "AVIC signed a strategic cooperation agreement with IU in 2016, and CASC did the same in 2018. "
        "CETC signed an agreement with IU, and NORINCO with CASIC. "
        "IU signed agreements with the PLA Navy in 2014 and with the PLA Air Force in 2019. "
        "IU collaborates with CSIC, and so does the PLA Rocket Force. "
        "IU signed a cooperation agreement with NORINCO on 12 June 2017. "
        "In 2011 and 2013, IU signed agreements with CASC. In 2019 and 2021, IU signed an agreement with CASIC.\n",
    )
    parties: dict = {}
    for s, p, o in ctx.triples:
        if p == DKG.party:
            parties.setdefault(s, set()).add(str(o).rsplit("/", 1)[-1])
    dated = {str(s).rsplit("/", 1)[-1]: str(o) for s, p, o in ctx.triples if p == DKG.when}
    agreements = {frozenset(p - {"ibis-university"}) for p in parties.values()}
    assert agreements == {
        frozenset({"aviation-industry-corporation-of-china"}),
        frozenset({"china-electronics-technology-group-corporation"}),
        frozenset({"pla-navy"}),
        frozenset({"pla-air-force"}),
        frozenset({"china-north-industries-group-corporation"}),
        frozenset({"china-aerospace-science-and-technology-corporation"}),
    }
    assert len(parties) == 7  # CASC's two agreements, one each year; none with CASIC (which year?)
    assert all("ibis-university" in p for p in parties.values())
    assert sorted(dated.values()) == ["2011", "2013", "2014", "2016", "2017-06-12", "2019"]
    assert observed(ctx)["collaboratesWith"] == {"china-shipbuilding-industry-corporation"}


def test_agreements_signed_over_a_period_take_no_year_of_it(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "period-university",
        "Period University (PU) is designated high risk for its defence research.\n\n"
        "Between 2012 and 2016, PU signed agreements with CASIC.\n",
    )
    assert any(p == DKG.party for _, p, _ in ctx.triples)
    assert not [o for _, p, o in ctx.triples if p == DKG.when]


def test_what_follows_a_count_of_disciplines_after_a_comma_is_a_list_of_them_only_when_it_reads_as_one(
    project, tmp_path
):
    ctx = extract(
        project,
        tmp_path,
        "jay-university",
        "Jay University (JU) is designated high risk for its defence research.\n\n"
        "JU has four national defence characteristic disciplines, while Larch University has seven. "
        "JU has four disciplines with defence characteristics, including applied chemistry, which was designated in 2011. "
        "JU has one discipline with defence characteristics, applied optics, and hopes to gain two more by 2025. "
        "JU has two disciplines with defence characteristics, radar engineering and acoustics.\n",
    )
    # (since the fifty-fifth session, "including" names some of them, up to a clause about them)
    assert observed(ctx)["designatedDiscipline"] == {"radar-engineering", "acoustics", "applied-chemistry"}


def test_another_universitys_risk_sentence_sharing_a_place_name_is_not_the_institutions(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "kestrel-polytechnic-university",
        "Kestrel Polytechnic University\n\n\n"
        "Kestrel Normal University (KNU) is designated low risk. "
        "Kestrel Polytechnic University (KPU), a university under the Ministry of Industry and Information "
        "Technology, is designated very high risk for its missile research.\n\n"
        "KNU hosts two defence laboratories.\n",
    )
    found = observed(ctx)
    assert found["riskLevel"] == {"very-high"}
    assert "defenceLaboratoryCount" not in found


def test_a_risk_sentences_reasons_give_the_institution_only_its_own_credentials_and_listings(project, tmp_path):
    risk = "Kite University (KU) is designated high risk for "
    reasons = [
        "its defence research; its parent, NORINCO, holds top-secret security credentials.",
        "its partnership with NORINCO, a conglomerate that holds top-secret security credentials.",
        "its defence laboratories and its former top-secret security credentials.",
        "its defence laboratories and its affiliates' inclusion on the US Entity List.",
        "its defence laboratories and its past inclusion on the US Entity List.",
    ]
    for n, reason in enumerate(reasons):
        found = observed(extract(project, tmp_path, f"kite-university-{n}", risk + reason + "\n"))
        assert not {"securityCredential", "listedOn"} & found.keys(), reason
    found = observed(
        extract(
            project,
            tmp_path,
            "kite-university",
            risk + "its secret-level security credentials, defence laboratories and inclusion on the US Entity List.\n",
        )
    )
    assert found["securityCredential"] == {"secret"} and found["listedOn"] == {"us-entity-list"}


def test_bounds_and_ranges_on_counts_shares_and_sums(project, tmp_path):
    """A maximum or a range is not read as an exact figure; a lower bound is a minimum; a changed
    credential whose new level is not read, and one the institution lost, are not held; each list
    has its own date."""
    ctx = extract(
        project,
        tmp_path,
        "lark-university",
        "Lark University (LU) is designated high risk for its defence research.\n\n"
        "Fewer than 10% of LU graduates entered the defence industry in 2015. "
        "Between 10% and 15% of LU graduates who found jobs in 2018 went to the defence sector. "
        "In 2017, at least 15% of LU graduates who found jobs joined defence industry organisations. "
        "LU spent less than RMB50 million on defence research in 2019. "
        "LU hosts eight or nine defence laboratories. LU hosts seven laboratories, including three defence laboratories. "
        "LU's secrecy qualification was downgraded from top-secret to secret in 2017. "
        "LU is one of the few universities in Liaoning to have held top-secret credentials, which it lost in 2016. "
        "LU has been on the US Entity List since 2012 and the Japan End User List since 2016.\n",
    )
    found = observed(ctx)
    assert not {"defenceResearchSpending", "defenceLaboratoryCount", "securityCredential"} & found.keys()
    precisions = {str(o).rsplit("/", 1)[-1] for _, p, o in ctx.triples if p == DKG.countPrecision}
    assert precisions == {"minimum"}  # the one share read
    years = {str(s).rsplit("/", 1)[-1]: str(o) for s, p, o in ctx.triples if p == DKG.when and "listed" in str(s)}
    assert sorted(years.values()) == ["2012", "2016"], years


def test_a_header_field_item_put_in_the_past_is_not_recorded(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "field-university",
        "Field University (FU) is designated high risk for its defence research.\n\n"
        "Supervising Agencies: MIIT (until 2018), SASTIND\n\nSanctions Lists: Japan End User List, US Entity List (removed in 2021)\n",
    )
    found = observed(ctx)
    assert found["supervisedBy"] == {"state-administration-of-science-technology-and-industry-for-national-defence"}
    assert found["listedOn"] == {"japan-end-user-list"}
    # (the list it was removed from, formerly, with the removal as its end: thirty-ninth session)
    assert found["formerlyListedOn"] == {"us-entity-list"}
    assert "2021" in {str(o) for _, p, o in ctx.triples if p == DKG.when}


def test_an_events_date_is_not_a_relative_clauses(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "visited-university",
        "Visited University (VU) is designated high risk for its defence research.\n\n"
        "In 2019, VU hosted a delegation from CETC. "
        "VU received a visiting delegation from NORINCO, whose chairman was arrested in 2020.\n",
    )
    assert {str(o) for _, p, o in ctx.triples if p == DKG.when} == {"2019"}  # the second visit has no date


def test_another_bodys_supervision_with_its_verb_left_out_is_its_own(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "gapped-university",
        "Gapped University (GPU) is designated high risk for its defence research.\n\n"
        "GPU is supervised by SASTIND, and Chongqing University by the Ministry of Education. "
        "GPU is also jointly supervised by MIIT and the Hubei Provincial Government, and CETC by SASAC. "
        "GPU collaborates with CASC, and Chongqing University with AVIC. "
        "GPU trains officers for the PLA Navy, and Chongqing University for the PLA Rocket Force.\n",
    )
    found = observed(ctx)
    assert found["collaboratesWith"] == {"china-aerospace-science-and-technology-corporation"}
    assert found["trainsPersonnelFor"] == {"pla-navy"}
    assert found["supervisedBy"] == {"state-administration-of-science-technology-and-industry-for-national-defence"}
    assert found["jointlySupervisedBy"] == {
        "ministry-of-industry-and-information-technology",
        "hubei-provincial-government",
    }


def test_a_laboratory_another_body_runs_in_the_same_sentence_is_not_the_institutions(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "runner-university",
        "Runner University (RU) is designated high risk for its defence research.\n\n"
        "RU runs the Runner Radar Laboratory and CETC runs the Birch Sonar Laboratory.\n",
    )
    hosted = {str(s).rsplit("/", 1)[-1] for s, p, o in ctx.triples if p == DKG.hostedBy}
    assert hosted == {"runner-radar-laboratory"}


def test_a_city_another_country_also_has_places_no_partner(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "cambridge-partner-university",
        "Cambridge Partner University (CPU) is designated low risk for its limited defence research.\n\n"
        "CPU has exchanges with the Massachusetts Institute of Technology in Cambridge, Massachusetts. "
        "CPU has exchanges with the University of Cambridge. CPU has exchanges with the University of Sydney in Australia.\n",
    )
    placed = {(s, str(o).rsplit("/", 1)[-1]) for s, p, o in ctx.triples if p == RDF.object and "country" in str(o)}
    codes = {code for _, code in placed}
    assert codes == {"GB", "AU"}  # not GB for MIT's Cambridge
    certainties = {str(o).rsplit("/", 1)[-1] for s, p, o in ctx.triples if p == DKG.certainty and s in dict(placed)}
    assert certainties == {"implied", "stated"}  # Cambridge implies GB; "in Australia" states AU


def test_a_partner_the_registry_does_not_know_is_named_whole_or_not_at_all(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "whole-university",
        "Whole University (WHU) is designated medium risk for its defence research.\n\n"
        "WHU collaborates with the University of Science and Technology of Larch. "
        "WHU works closely with the Kestrel National University of Defence Engineering. "
        "WHU collaborates with the Larch Academy of Sciences and Wren State Technical University.\n",
    )
    partners = {str(o).rsplit("/", 1)[-1] for s, p, o in ctx.triples if p == DKG.collaboratesWith}
    # whole: not "University of Science", nor "National University" cut from a longer name; two
    # names joined by "and" are two ("... of Sciences and Wren State Technical" was one)
    assert partners == {
        "university-of-science-and-technology-of-larch",
        "kestrel-national-university-of-defence-engineering",
        "larch-academy-of-sciences",
        "wren-state-technical-university",
    }


def test_possessive_body_is_not_a_joint_construction_party(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "party-university",
        "Party University (PYU) is designated high risk for its defence links.\n\n"
        "In 2015, COSTIND's successor SASTIND and the Ministry of Education signed a joint-construction "
        "agreement on PYU.\n",
    )
    parties = {o for s, p, o in ctx.triples if p == DKG.party}
    assert ID["commission-of-science-technology-and-industry-for-national-defence"] not in parties
    assert ID["ministry-of-education"] in parties


@pytest.mark.parametrize(
    ("sentence", "dated_parties"),
    [
        # a body a note names in its place is no party of the agreement of that year
        (
            "Since 2006, PYU has been jointly built by COSTIND (now SASTIND) and the Hubei Provincial Government.",
            {
                "2006": {
                    "commission-of-science-technology-and-industry-for-national-defence",
                    "hubei-provincial-government",
                }
            },
        ),
        (
            "In 2001, COSTIND and later SASTIND signed agreements to jointly build PYU.",
            {"2001": {"commission-of-science-technology-and-industry-for-national-defence"}},
        ),
        # several agreements "since" a year: none of them dated by it
        (
            "SASTIND has signed three joint construction agreements on PYU since 2004.",
            {None: {"state-administration-of-science-technology-and-industry-for-national-defence"}},
        ),
        # years written with the Chinese character for year (forty-second session: undated)
        (
            "It was jointly constructed by NORINCO and the Hebei Provincial Government in 2007年 and again in 2015年.",
            {
                year: {"china-north-industries-group-corporation", "hebei-provincial-government"}
                for year in ("2007", "2015")
            },
        ),
    ],
)
def test_a_joint_construction_is_dated_and_made_by_its_own_parties(project, tmp_path, sentence, dated_parties):
    ctx = extract(
        project,
        tmp_path,
        "party-university",
        f"Party University (PYU) is designated high risk for its defence links.\n\n{sentence}\n",
    )
    by = properties_by_node(ctx)
    found: dict = {}
    for node, props in by.items():
        if "-joint-construction" in str(node) and props.get(DKG.agreementKind) is not None:
            when = str(by[props[DKG.date]][DKG.when]) if DKG.date in props else None
            found[when] = {str(o).rsplit("/", 1)[-1] for s, p, o in ctx.triples if s == node and p == DKG.party}
    assert found == dated_parties


def test_title_with_chinese_name_and_banner_lines(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "banner-university",
        "Banner University (旗帜大学)\nVery HighRisk Category\nMajor Expansion\nCurious about the full update?\n\n"
        "Banner University (BU) is assessed as very high risk for its top-secret credentials and rocket work.\n\n"
        "Image: the BU main gate\nPhoto credit: Xinhua\n",
    )
    found = observed(ctx)
    assert found["riskLevel"] == {"very-high"} and found["abbreviation"] == {"BU"}
    unparsed = {str(o) for _, p, o in ctx.triples if p == DKG.unparsedSentence}
    assert not unparsed


def test_lists_of_agencies_and_partners_end_where_the_sentence_turns_to_others(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "turning-university",
        "Turning University (TU) is designated medium risk for its defence research.\n\n"
        "TU is supervised by the MOE rather than SASTIND. "
        "TU is run by the Ministry of Natural Resources, not the Ministry of Transport. "
        "TU has exchanges with Birch Polytechnic, which is run by MIIT. "
        "TU works with a local firm, which is supervised by the Ministry of Public Security. "
        "TU signed a cooperation agreement with Birch Polytechnic, which is supervised by CETC.\n",
    )
    found = observed(ctx)
    assert found["supervisedBy"] == {"ministry-of-education", "ministry-of-natural-resources"}
    linked = slugs(ctx, DKG.hasExchangesWith, DKG.collaboratesWith)
    assert not linked & {"ministry-of-industry-and-information-technology", "ministry-of-public-security"}
    parties = slugs(ctx, DKG.party)
    assert "china-electronics-technology-group-corporation" not in parties


def test_a_supervision_that_ended_is_a_former_one_with_its_end(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "former-university",
        "Former University (FU) is designated high risk for its defence research.\n\n"
        "Previously, the university was run by the PLA Navy. "
        "FU was subordinate to COSTIND from 1999 to 2008. "
        "FU was supervised by SASTIND until March 2015. "
        "In 2008, FU was transferred from the Ministry of Education to MIIT. "
        "FU had been supervised by the Hubei Provincial Government before the merger.\n",
    )
    found = observed(ctx)
    assert found["formerlySupervisedBy"] == {
        "pla-navy",
        "commission-of-science-technology-and-industry-for-national-defence",
        "state-administration-of-science-technology-and-industry-for-national-defence",
        "ministry-of-education",
    }
    # none of them is who supervises it now; the transfer's new agency is, since that year
    assert found["subordinateTo"] == {"ministry-of-industry-and-information-technology"}
    assert not found.get("supervisedBy") and not found.get("jointlySupervisedBy")

    def dates(agency: str, qualifier) -> set[str]:
        statements = {s for s, p, o in ctx.triples if p == RDF.object and o == ID[agency]} & {
            s for s, p, o in ctx.triples if p == RDF.predicate and o == DKG.formerlySupervisedBy
        }
        nodes = {o for s, p, o in ctx.triples if s in statements and p == qualifier}
        return {str(o) for s, p, o in ctx.triples if s in nodes and p == DKG.when}

    assert dates("pla-navy", DKG.endDate) == set()  # "Previously": when, it does not say
    costind = "commission-of-science-technology-and-industry-for-national-defence"
    assert dates(costind, DKG.startDate) == {"1999"} and dates(costind, DKG.endDate) == {"2008"}
    sastind = "state-administration-of-science-technology-and-industry-for-national-defence"
    assert dates(sastind, DKG.endDate) == {"2015-03"}
    assert dates("ministry-of-education", DKG.endDate) == {"2008"}


def test_a_supervision_now_after_a_former_one_is_present(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "now-university",
        "Now University (NU) is designated high risk for its defence research.\n\n"
        "NU, previously run by the Ministry of Education, is now supervised by MIIT.\n",
    )
    found = observed(ctx)
    assert found["formerlySupervisedBy"] == {"ministry-of-education"}
    assert found["supervisedBy"] == {"ministry-of-industry-and-information-technology"}


def test_a_name_given_again_in_brackets_is_one_mention_of_it(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "bracket-university",
        "Bracket University (BU) is designated high risk for its defence research.\n\n"
        "BU signed cooperation agreements with AVIC (中国航空工业集团), CETC (中国电科) and NORINCO in 2015. "
        "BU signed a strategic cooperation agreement with CSSC (中国船舶集团有限公司) in 2020.\n",
    )
    parties = {(s, o.rsplit("/", 1)[-1]) for s, p, o in ctx.triples if p == DKG.party}
    others = sorted(slug for _, slug in parties if slug != "bracket-university")
    # one agreement with each partner (AVIC and CETC were two each), and the bracket's CSSC
    assert others == [
        "aviation-industry-corporation-of-china",
        "china-electronics-technology-group-corporation",
        "china-north-industries-group-corporation",
        "china-state-shipbuilding-corporation",
    ]
    years = sorted(str(o) for s, p, o in ctx.triples if p == DKG.when and "agreement" in str(s))
    assert years == ["2015", "2015", "2015", "2020"]  # the year after the bracket is read
    assert not [o for s, p, o in ctx.triples if p == DKG.description and "(" in str(o)]


def test_a_supervision_in_the_past_simple_is_no_present_one(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "past-university",
        "Past University (PU) is designated high risk for its defence research.\n\n"
        "PU was supervised by the PLA Navy. "
        "From 1999 to 2008, PU was administered by COSTIND. "
        "Before 2010, PU was run by the Ministry of Education. "
        "PU was subordinate to the Hubei Provincial Government and is now supervised by MIIT. "
        "PU was jointly supervised by SASTIND and the MOE since 2012.\n",
    )
    found = observed(ctx)
    # a past state is not who supervises it now; it is a former supervisor where the sentence ends it
    assert found["formerlySupervisedBy"] == {
        "commission-of-science-technology-and-industry-for-national-defence",
        "ministry-of-education",
        "hubei-provincial-government",
    }
    assert found["supervisedBy"] == {"ministry-of-industry-and-information-technology"}
    # ("was ... since 2012" goes on: present, as the sentence dates it)
    assert found["jointlySupervisedBy"] == {
        "state-administration-of-science-technology-and-industry-for-national-defence",
        "ministry-of-education",
    }
    assert "pla-navy" not in set().union(*found.values())


def test_a_supervision_read_of_no_agency_leaves_no_date_behind(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "dateless-university",
        "Dateless University (DU) is designated high risk for its defence research.\n\n"
        "DU was run by its founders until 2008. DU has been supervised by its alumni since 2010.\n",
    )
    assert not [s for s, p, o in ctx.triples if p == RDF.type and o == DKG.TemporalValue]


def test_a_joint_construction_that_ended_is_not_read_as_one_in_force(project, tmp_path):
    """Read as an agreement without a year until the thirty-second session, which made it one in
    force (its parties the institution's supervisors); an ended one is now left unread. One whose
    later clause ends it keeps the year it was signed."""
    ctx = extract(
        project,
        tmp_path,
        "ended-university",
        "Ended University (EU) is designated medium risk for its defence research.\n\n"
        "EU was jointly constructed by SASTIND and the Ministry of Education until 2015. "
        "In 2012, MIIT and the Ministry of Education signed an agreement to jointly construct EU, which lapsed in 2018.\n",
    )
    kinds = {
        s for s, p, o in ctx.triples if p == DKG.agreementKind and o == vocab("agreement-kind", "joint-construction")
    }
    assert len(kinds) == 1
    assert {str(o) for s, p, o in ctx.triples if p == DKG.when} == {"2012"}


def test_an_armed_service_and_a_government_named_short_are_parties_to_a_joint_construction(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "navy-built-university",
        "Navy Built University (NBU) is designated high risk for its defence research.\n\n"
        "NBU is jointly constructed by SASTIND and the PLA Navy. "
        "In 2018, SASTIND and the Guangxi government signed an agreement to jointly construct NBU.\n",
    )
    assert {str(o).rsplit("/", 1)[-1] for s, p, o in ctx.triples if p == DKG.party} == {
        "state-administration-of-science-technology-and-industry-for-national-defence",
        "pla-navy",
        "guangxi-regional-government",  # "the Guangxi government": a name of it (thirty-second session)
    }


def test_a_ties_year_is_kept_on_its_statement(project, tmp_path):
    """ "since 2009" is when a tie began; one other year of the tie's own clauses is a time it
    held (all a past tie's sentence says of it); several years, or a relative clause's, none."""
    ctx = extract(
        project,
        tmp_path,
        "tern-university",
        "Tern University (TU) is designated high risk for its defence research.\n\n"
        "TU has collaborated with CASC since 2009. In 2012, TU trained officers for the PLA Navy. "
        "TU had exchanges with CETC in 2014. TU collaborated with CASIC in 2015 and 2018. "
        "TU is funded by AVIC, which was founded in 2008.\n",
    )
    by = properties(ctx)
    years = {}
    for st in by.values():
        for qualifier in (DKG.startDate, DKG.pointInTime):
            if qualifier in st:
                years[str(st[RDF.object]).rsplit("/", 1)[-1]] = (qualifier, str(by[st[qualifier]][DKG.when]))
    assert years == {
        "china-aerospace-science-and-technology-corporation": (DKG.startDate, "2009"),
        "pla-navy": (DKG.pointInTime, "2012"),
        "china-electronics-technology-group-corporation": (DKG.pointInTime, "2014"),
    }


def test_a_company_named_at_a_sentences_end_keeps_the_stop_of_its_ltd(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "owner-university",
        "Owner University (OU) is designated high risk for its defence research.\n\n"
        "OU owns Owner Hangda Technology Co., Ltd. "
        "OU's subsidiaries include Owner Hangda Technology Co., Ltd. and Owner Radar Co., Ltd.\n",
    )
    labels = {str(o) for s, p, o in ctx.triples if p == SKOS.prefLabel and "Co." in str(o)}
    assert labels == {"Owner Hangda Technology Co., Ltd.", "Owner Radar Co., Ltd."}
    owned = {str(s).rsplit("/", 1)[-1] for s, p, o in ctx.triples if p == DKG.subsidiaryOf}
    assert owned == {"owner-hangda-technology-co-ltd", "owner-radar-co-ltd"}


def test_an_agreement_purpose_is_a_verb_not_a_place_in_a_relative_clause(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "purpose-university",
        "Purpose University (PU) is designated medium risk for its defence research.\n\n"
        "PU signed a cooperation agreement with CETC, which was added to the Entity List in 2019. "
        "PU signed a framework agreement with CASC to develop radar.\n",
    )
    purposes = {str(o) for _, p, o in ctx.triples if p == DKG.purpose}
    assert purposes == {"develop radar"}


def test_footnote_marks_a_browser_copy_leaves_do_not_merge_sentences(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "marked-university",
        "Marked University (MU) is designated high risk for its defence research.1\n\n"
        "MU holds secret-level security credentials.[2] MU is supervised by the Hubei Provincial Government.3 "
        "In 2016, MU was added to the Entity List.4,5 MU is also supervised by SASTIND.6 "
        "Its budget grew 2.1 Times faster. It sent staff to the U.S.2 Others stayed.\n",
    )
    quotes = {str(o) for _, p, o in ctx.triples if p == DKG.quote}
    assert {
        "Marked University (MU) is designated high risk for its defence research.",
        "MU holds secret-level security credentials.",
        "MU is supervised by the Hubei Provincial Government.",
        "In 2016, MU was added to the Entity List.",
        "MU is also supervised by SASTIND.",  # a mark after an abbreviation too
    } <= quotes
    unparsed = {str(o) for _, p, o in ctx.triples if p == DKG.unparsedSentence}
    assert "Its budget grew 2.1 Times faster." in unparsed  # a decimal is not a mark
    assert "It sent staff to the U.S.2 Others stayed." in unparsed  # nor a number after initials


def test_a_browser_copys_typography_and_hard_wraps_are_read_as_the_page_shows_them(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "copied-university",
        "Copied University (CU) is designated\u00a0high risk for its defence research.\n\n"
        "CU is supervised by the Min\u00adistry of Edu\u200bcation. CU holds top\u2013secret security credentials.\n"
        "CU is jointly supervised by SASTIND and the\nHubei Provincial Government.\n",
    )
    found = observed(ctx)
    assert found["securityCredential"] == {"top-secret"}  # not "secret", read inside "top–secret"
    assert found["supervisedBy"] == {"ministry-of-education"}
    assert found["jointlySupervisedBy"] == {
        "state-administration-of-science-technology-and-industry-for-national-defence",
        "hubei-provincial-government",
    }


_WRAP_WORDS = ["the", "of", "with", "from", "or", "bathe", "Oxford", "band", "x,", ",", "café", "1the", "and\u00e9"]


@given(strategies.lists(strategies.sampled_from(_WRAP_WORDS), max_size=6), strategies.sampled_from(["", " ", ",", "x"]))
def test_a_line_that_cannot_end_a_sentence_is_found_from_its_tail(words, end):
    """WRAPPED is searched in a line's last WRAPPED_TAIL characters only: the same as searching it whole."""
    line = " ".join(words) + end
    tail = WRAPPED.search(line, max(0, len(line) - WRAPPED_TAIL))
    whole = WRAPPED.search(line)
    assert (tail and tail.span()) == (whole and whole.span())


#: the text splitting's expressions that test a first character before anything else, with that test
_FIRST_CHARACTER_TESTED = {
    SENTENCE_END: r"(?=\s)",
    FOOTNOTE_MARK: r"(?=[\s\[\d])",
    LINK_LEFTOVERS: r"(?=[\s\[(（–-])",
}
_SPLIT_TEXT = strategies.text(alphabet='aZ U.S.2019 []()（）:;,-–"”J pictured Id-x.html Ltd. e.g.\n', max_size=60)


@pytest.mark.parametrize("expression", list(_FIRST_CHARACTER_TESTED), ids=["sentence-end", "footnote", "link"])
@given(text=_SPLIT_TEXT)
def test_an_expression_that_tests_its_first_character_first_finds_what_it_finds_without(expression, text):
    """The test only makes most places fail at once: every match begins with such a character."""
    first = _FIRST_CHARACTER_TESTED[expression]
    assert expression.pattern.startswith(first)
    without = re.compile(expression.pattern.removeprefix(first))
    assert [m.span() for m in expression.finditer(text)] == [m.span() for m in without.finditer(text)]


def test_a_copy_of_the_whole_page_finds_its_title_after_the_sites_name_and_menus(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "whole-page-university",
        "Example Tracker\nHome\nUniversities\nWhole Page University (整页大学)\n\n"
        "Whole Page University (WPU) is designated low risk for its limited defence research.\n\n"
        "WPU is supervised by the MOE.\n",
    )
    found = observed(ctx)
    assert found["riskLevel"] == {"low"} and found["supervisedBy"] == {"ministry-of-education"}
    assert ID["whole-page-university"] in {s for s, _, _ in ctx.triples}


def test_a_copy_of_a_2025_page_finds_its_title_over_its_chinese_name_after_the_menus(project, tmp_path):
    """The 2025 layout's header: the English name over the Chinese one, then badges; the prose
    comes after the side fields (thirty-seventh session: every fact went to the site's name)."""
    ctx = extract(
        project,
        tmp_path,
        "whole-page-institute",
        "Example Tracker\nHome\nInstitutions\nAbout\nWhole Page Institute of Optics, CAS\n整页光学研究所\n"
        "Very High Risk Category\nTop Secret Security Credentials\nAliases: WPIO\n"
        "Party Secretary: Huang Zhiqiang (黄志强) (until 2024); Li Hongmei (李红梅)\n"
        "Locations: Shanghai (Baoshan, Jiading campuses); Wuxi (planned campus)\n"
        "Sanctions Lists: US Entity List (parent organisation only)\n\n"
        "The Whole Page Institute of Optics (WPIO) is assessed as very high risk for its defence work.\n",
    )
    found = observed(ctx)
    assert ID["whole-page-institute-of-optics-cas"] in {s for s, _, _ in ctx.triples}
    assert not [s for s, _, _ in ctx.triples if "example-tracker" in str(s)]
    assert found["riskLevel"] == {"very-high"} and "listedOn" not in found
    assert {str(o) for _, p, o in ctx.triples if str(p) == "https://schema.org/address"} == {
        "Shanghai (Baoshan, Jiading campuses)"
    }
    holders = {str(o) for _, p, o in ctx.triples if p == ORG.heldBy}
    assert [h.rsplit("/", 1)[-1] for h in holders] == ["whole-page-institute-of-optics-cas-li-hongmei"]


@pytest.mark.parametrize(
    "foot",
    [
        "Related institutions\nCrane University\nVery high risk\nTop Secret Security Credentials\n7 Major Defence Laboratories",
        "Crane University\nVery high risk\nSanctions Lists: US Entity List",
    ],
)
def test_other_institutions_cards_at_a_pages_foot_are_not_its_own(project, tmp_path, foot):
    """Thirty-eighth session: the badges of the cards under "Related institutions" gave the page's
    institution a second risk level, a credential and a count; after the "Last updated" line only
    side fields (a side panel copied after the prose) are the page's, up to the first other line."""
    ctx = extract(
        project,
        tmp_path,
        "footed-institute",
        "Footed Institute\n足迹研究所\nAssessed as high risk\nSecret Security Credentials\n\n"
        "Footed Institute (FI) is assessed as high risk for its secret-level security credentials.\n\n"
        f"Last updated 15 September 2025.\n\nSupervising Agencies: Chinese Academy of Sciences\n{foot}\n",
    )
    found = observed(ctx)
    assert found["riskLevel"] == {"high"} and found["securityCredential"] == {"secret"}
    assert found["supervisedBy"] == {"chinese-academy-of-sciences"}
    assert "listedOn" not in found and "defenceLaboratoryCount" not in found


@pytest.mark.parametrize(
    ("header", "risk_sentence"),
    [
        ("Assessed as medium risk\nSupervising Agencies: Heilongjiang Provincial Department of Education", ""),
        ("Supervising Agencies: Heilongjiang Provincial Department of Education",
         "Heron University (HU) is assessed as medium risk, previously low, because of its defence research.\n\n"),
    ],
)  # fmt: skip
def test_a_2025_risk_line_or_a_level_before_and_a_provincial_department_are_read(
    project, tmp_path, header, risk_sentence
):
    ctx = extract(
        project,
        tmp_path,
        "heron-university",
        f"Heron University\n{header}\n\n{risk_sentence}HU works with CETC.\n",
    )
    found = observed(ctx)
    assert found["riskLevel"] == {"medium"}
    assert found["supervisedBy"] == {"heilongjiang-provincial-department-of-education"}


def test_a_sentence_does_not_end_at_an_initial_or_an_abbreviation_and_keeps_its_closing_quote():
    text = (
        "AU was added to the U.S. Entity List in 2019. AU works with conglomerates, e.g. CETC, on radar. "
        "In Jan. 2020 AU hired Prof. Li Wei of the No. 14 Research Institute. It is run by the PLA. It grew. "
        'Birch University (est. 1952) was founded c. 1950. He said: "AU is a key partner." AU called it ‘a base.’ Next. '
        "Its subsidiary, Kestrel Co., Ltd. (红隼有限公司), makes radar. AU buys from Wren Inc. (Singapore) too. It ends."
    )
    assert [s.text for s in split_sentences(text, None)] == [
        "AU was added to the U.S. Entity List in 2019.",
        "AU works with conglomerates, e.g. CETC, on radar.",
        "In Jan. 2020 AU hired Prof. Li Wei of the No. 14 Research Institute.",
        "It is run by the PLA.",
        "It grew.",
        "Birch University (est. 1952) was founded c. 1950.",
        'He said: "AU is a key partner."',  # the closing quote mark stays with its sentence
        "AU called it ‘a base.’",
        "Next.",
        "Its subsidiary, Kestrel Co., Ltd. (红隼有限公司), makes radar.",
        "AU buys from Wren Inc. (Singapore) too.",
        "It ends.",
    ]


def test_an_agreement_of_agencies_named_with_what_they_are_and_an_article(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "support-university",
        "Support University (SPU) is designated high risk for its defence research.\n\n"
        "In 2019, defence industry regulator SASTIND and the Hubei Provincial Government concluded an agreement "
        "to jointly back SPU's expansion. In 2020, students of SASTIND and the Ministry of Education signed an agreement "
        "to study abroad. In 2021, the Hunan Provincial Government and defence industry regulator SASTIND signed an "
        "agreement to grow SPU.\n",
    )
    parties = {(str(s), str(o).rsplit("/", 1)[-1]) for s, p, o in ctx.triples if p == DKG.party}
    sastind = "state-administration-of-science-technology-and-industry-for-national-defence"
    agreements = {s for s, _ in parties}
    assert len(agreements) == 2  # 2019 and 2021; the students' is not one
    assert {o for _, o in parties} == {sastind, "hubei-provincial-government", "hunan-provincial-government"}
    # the second described agency is a party also when the first is named with its article
    assert all({o for s, o in parties if s == a} & {sastind} for a in agreements)
    concerns = {o for _, p, o in ctx.triples if p == DKG.concerns}
    assert concerns == {ID["support-university"]}
    # the text says "jointly back", not joint construction: no such kind is stated
    assert vocab("agreement-kind", "joint-construction") not in {o for _, p, o in ctx.triples}


def test_a_laboratory_established_jointly_with_a_partner_is_established_by_both_and_hosted_by_neither(
    project, tmp_path
):
    ctx = extract(
        project,
        tmp_path,
        "joint-centre-university",
        "Joint Centre University (JCU) is designated high risk for its defence research.\n\n"
        "In 2013, it set up the Joint Radar Centre in Wuhan together with CETC, which the US later put on its "
        "Entity List. In 2012, JCU established the Joint Optics Laboratory with a unit of CASC.\n",
    )
    founders = slug_pairs(ctx, DKG.establishedBy)
    assert founders == {
        ("joint-radar-centre", "joint-centre-university"),
        ("joint-radar-centre", "china-electronics-technology-group-corporation"),
        ("joint-optics-laboratory", "joint-centre-university"),  # a unit of CASC is not CASC
    }
    assert not [t for t in ctx.triples if t[1] == DKG.hostedBy]  # set up with a partner: either may host it
    assert ID["china-electronics-technology-group-corporation"] not in {
        o for _, p, o in ctx.triples if p == DKG.listedOn
    }


def test_a_joint_centre_run_with_a_partner_is_a_collaboration_with_it(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "joint-work-university",
        "Joint Work University (JWU) is designated high risk for its defence research.\n\n"
        "JWU and CASC have run a joint sensing laboratory together since 2012. "
        "In 2015, JWU set up a joint laboratory with CASIC. "
        "JWU's School of Optics and CAEP jointly set up the Laser Physics Institute. "
        "Previously, JWU and CETC jointly ran a joint laboratory.\n",
    )
    assert slug_pairs(ctx, DKG.collaboratesWith) == {
        ("joint-work-university", "china-aerospace-science-and-technology-corporation"),
        ("joint-work-university", "china-aerospace-science-and-industry-corporation"),
        # the school's, not the university's (since the fifty-sixth session: unread before)
        ("joint-work-university-school-of-optics", "china-academy-of-engineering-physics"),
    }


def test_agreements_with_several_partners_are_one_each_and_an_agreement_with_several_is_one(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "many-agreements-university",
        "Many Agreements University (MAU) is designated high risk for its defence research.\n\n"
        "In 2019, MAU has also signed strategic cooperation agreements with CASC and AVIC to develop radar. "
        "MAU signed an agreement with CETC's 14th Research Institute. "
        "MAU's School of Optics signed an agreement with NORINCO. "
        "MAU signed a framework agreement on military-civil fusion with CETC and the PLA Navy in 2020. "
        "MAU signed an agreement on behalf of its partner with CASIC.\n",
    )
    agreements: dict = {}
    for s, p, o in ctx.triples:
        if p == DKG.party:
            agreements.setdefault(s, set()).add(str(o).rsplit("/", 1)[-1])
    assert sorted(map(sorted, agreements.values())) == [
        # (a group's unit named by its number is the party, not the group)
        ["14th-research-institute-of-china-electronics-technology-group-corporation", "many-agreements-university"],
        ["aviation-industry-corporation-of-china", "many-agreements-university"],
        ["china-aerospace-science-and-technology-corporation", "many-agreements-university"],
        ["china-electronics-technology-group-corporation", "many-agreements-university", "pla-navy"],  # one, of three
    ]
    purposes = {str(o) for _, p, o in ctx.triples if p == DKG.purpose}
    assert purposes == {"develop radar"}


def test_abbreviations_given_in_brackets_after_a_name_of_two_words_or_more():
    text = "Harbin Institute of Technology (HIT) met Space Engineering University (SEU), the (PLA) and Alder (AU)."
    assert defined_abbreviations(text) == {"HIT", "SEU"}
    # a long run of capitalised words is read once, not from each of its words (it was quadratic)
    assert defined_abbreviations("The " + "Aa " * 3000 + "(AU) is here.") == {"AU"}


def test_a_name_from_the_opening_risk_sentence_is_no_longer_than_a_title():
    short = parse_profile("Alder University (AU) is designated high risk for x.\n", where="t")
    assert institution_name(short) == "Alder University"
    long = parse_profile("The " + "Aa " * 60 + "(AU) is designated high risk for x.\n", where="t")
    assert institution_name(long) is None


def test_a_long_sentence_not_read_is_quoted_in_part_by_its_warning_and_kept_whole(project, tmp_path):
    sentence = "Alder University grew " + "and grew " * 200 + "in 2019."
    ctx = extract(
        project, tmp_path, "long-university", f"Long University (LU) is designated low risk for x.\n\n{sentence}\n"
    )
    warning = next(w for w in ctx.warnings if "sentence not read" in w)
    assert warning.endswith("…") and len(warning) < 400
    assert sentence in {str(o) for _, p, o in ctx.triples if p == DKG.unparsedSentence}


def test_a_visit_concerns_its_host_and_its_visitors_come_from_the_organisation_named(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "visited-university",
        "Visited University (VU) is designated high risk for its defence research.\n\n"
        "In 2016, a delegation from the PLA Navy toured VU. "
        "A delegation from VU visited CASC in March 2019 to discuss satellites. "
        "In 2020, VU hosted a delegation from AVIC, led by its deputy general manager. "
        "In 2017, a CETC delegation visited VU.\n",
    )
    host = {s: str(o).rsplit("/", 1)[-1] for s, p, o in ctx.triples if p == DKG.concerns}
    group_from = {g: str(o).rsplit("/", 1)[-1] for g, p, o in ctx.triples if p == DKG.fromOrganisation}
    visits = {(host[s], group_from[o]) for s, p, o in ctx.triples if p == DKG.attendeeGroup}
    assert visits == {
        ("visited-university", "pla-navy"),
        ("visited-university", "aviation-industry-corporation-of-china"),
        ("china-aerospace-science-and-technology-corporation", "visited-university"),
        ("visited-university", "china-electronics-technology-group-corporation"),  # named before its group
    }
    assert all((s, RDF.type, DKG.Event) in ctx.triples for s in host)
    groups = {str(o) for s, p, o in ctx.triples if p == DKG.description and "attendees" in str(s)}
    assert groups == {
        "a delegation from the PLA Navy",
        "A delegation from VU",
        "a delegation from AVIC",
        "a CETC delegation",
    }


def test_a_predecessor_named_is_known_or_minted_with_its_chinese_name(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "successor-university",
        "Successor University (SSU) is designated medium risk for its defence research.\n\n"
        "Its predecessor was the PLA Signals Engineering College. "
        "SSU is a transport school and the successor to the Successor Railway Academy (后继铁道学院), "
        "founded in 2016. Birch University's predecessor was the Birch Normal College.\n",
    )
    earlier = {str(s).rsplit("/", 1)[-1] for s, p, o in ctx.triples if p == DKG.predecessorOf}
    assert earlier == {"pla-signals-engineering-college", "successor-railway-academy"}
    labels = {str(o) for s, _, o in ctx.triples if s == ID["successor-railway-academy"]}
    assert {"Successor Railway Academy", "后继铁道学院"} <= labels


def test_a_laboratory_located_in_a_unit_of_the_institution_is_its_own_implied(project, tmp_path):
    """ "based at AU's School of Physics": hosted by the institution through its unit, implied (a
    statement, no plain edge); "located at AU's partner CETC" is no laboratory of the institution's."""
    ctx = extract(
        project,
        tmp_path,
        "unit-university",
        "Unit University (UU) is designated medium risk for its defence research.\n\n"
        "The Unit Optics Laboratory is based at UU's School of Physics. "
        "The Unit Radar Laboratory is located at UU's partner CETC.\n",
    )
    triples = set(ctx.triples)
    hosted = {s for s, p, o in triples if p == RDF.subject and (s, RDF.predicate, DKG.hostedBy) in triples}
    certainty = {str(o).rsplit("/", 1)[-1] for s, p, o in triples if s in hosted and p == DKG.certainty}
    assert certainty == {"implied"}
    labs = {str(o).rsplit("/", 1)[-1] for s, p, o in triples if s in hosted and p == RDF.subject}
    assert labs == {"unit-optics-laboratory"}
    assert (ID["unit-optics-laboratory"], DKG.hostedBy, ID["unit-university"]) not in triples


def test_a_unit_named_by_its_field_is_minted_with_its_groups_name(project, tmp_path):
    """ "Institute of Semiconductors" is a name many groups' units have: with the group named around
    it (a plural's possessive, the group's name before it, "of" the group) it is the group's unit,
    minted as "<name> of <group>" (two groups' institutes of physics are two), and a partner."""
    ctx = extract(
        project,
        tmp_path,
        "field-university",
        "Field University (FU) is designated medium risk for its defence research.\n\n"
        "FU has partnered with the Chinese Academy of Sciences' Institute of Semiconductors on chips. "
        "FU works with the CAEP Institute of Physics. FU works with the Institute of Physics of CAS.\n",
    )
    assert slug_pairs(ctx, DKG.subsidiaryOf) == {
        ("institute-of-semiconductors-of-chinese-academy-of-sciences", "chinese-academy-of-sciences"),
        ("institute-of-physics-of-china-academy-of-engineering-physics", "china-academy-of-engineering-physics"),
        ("institute-of-physics-of-chinese-academy-of-sciences", "chinese-academy-of-sciences"),
    }
    assert slugs(ctx, DKG.collaboratesWith) == {
        "institute-of-semiconductors-of-chinese-academy-of-sciences",
        "institute-of-physics-of-china-academy-of-engineering-physics",
        "institute-of-physics-of-chinese-academy-of-sciences",
    }


def test_a_body_that_began_as_part_of_another_separated_from_it_in_the_texts_direction(project, tmp_path):
    """An offshoot, a split or a former department is the institution's separation from the other
    (the other went on: no predecessor), dated by the separation's year; one formed as an offshoot
    in a year was established then. A spin-off of the institution separated from it. A body that
    was once part of a ministry or a military body moved, and is not read as separated."""
    ctx = extract(
        project,
        tmp_path,
        "offshoot-university",
        "Offshoot University (OSU) is designated medium risk for its defence research.\n\n"
        "OSU was formed as an offshoot of Harbin Institute of Technology, a defence university, in 1960. "
        "OSU was originally the Radio Department of the Offshoot Institute of Technology. "
        "The Offshoot Optics Company was spun off from OSU in 2004. "
        "OSU was once part of the PLA General Staff Department.\n",
    )
    assert slug_pairs(ctx, DKG.separatedFrom) == {
        ("offshoot-university", "harbin-institute-of-technology"),
        ("offshoot-university", "offshoot-institute-of-technology"),
        ("offshoot-optics-company", "offshoot-university"),
    }
    assert not slugs(ctx, DKG.predecessorOf)
    by = properties(ctx)
    years = {
        str(st[RDF.object]).rsplit("/", 1)[-1]: str(by[st[DKG.pointInTime]][DKG.when])
        for st in by.values()
        if st.get(RDF.predicate) == DKG.separatedFrom and DKG.pointInTime in st
    }
    assert years == {"harbin-institute-of-technology": "1960", "offshoot-university": "2004"}
    assert slugs(ctx, DKG.established) == {"offshoot-university-established-1960"}
    # a founding dated right after its verb is the founding rule's: one date, not two
    ctx = extract(
        project,
        tmp_path,
        "spinoff-university",
        "Spinoff University (SPU) is designated medium risk for its defence research.\n\n"
        "SPU was founded in 1970 as a spin-off of Birch University.\n",
    )
    assert slug_pairs(ctx, DKG.separatedFrom) == {("spinoff-university", "birch-university")}
    assert len([o for s, p, o in ctx.triples if p == DKG.established]) == 1


def test_a_count_bounded_below_in_words_is_a_minimum(project, tmp_path):
    """ "no fewer than six", "not less than twelve": a count's minimum, not a negation; "no
    defence laboratories" stays a negation, and no count."""
    ctx = extract(
        project,
        tmp_path,
        "lowerbound-university",
        "Lowerbound University (LBU) is designated high risk for its defence research.\n\n"
        "LBU is home to no fewer than six defence laboratories. "
        "LBU has not less than twelve disciplines with defence characteristics. "
        "LBU's Alder Campus has no defence laboratories.\n",
    )
    by = properties(ctx)
    counts = {
        str(p).rsplit("#", 1)[-1]: (by[o][DKG.value].toPython(), str(by[o][DKG.countPrecision]).rsplit("/", 1)[-1])
        for s, p, o in ctx.triples
        if p in (DKG.defenceLaboratoryCount, DKG.designatedDisciplineCount)
    }
    assert counts == {"defenceLaboratoryCount": (6, "minimum"), "designatedDisciplineCount": (12, "minimum")}


def test_a_unit_named_before_a_body_abroad_is_that_bodys_unit(project, tmp_path):
    """A partner named as a unit "of" a body abroad the registry does not know is the unit, minted
    as "<unit> of <body>" whether "the" is written or not, the body's subsidiary (an institute) or
    unit (a branch, a department), with the body's country; a unit named by its field alone, with
    no body, stays unread (which one is not said)."""
    ctx = extract(
        project,
        tmp_path,
        "tundra-polytechnic-university",
        "Tundra Polytechnic University (TPU) is designated high risk for its defence research.\n\n"
        "TPU cooperates with the Institute of Applied Physics of the Russian Academy of Sciences. "
        "TPU has partnered with the Siberian Branch of Russian Academy of Sciences on materials research. "
        "TPU collaborates with the Department of Physics of the University of Oxford. "
        "TPU cooperates with the Institute of Applied Acoustics.\n",
    )
    tpu = "tundra-polytechnic-university"
    ras = "russian-academy-of-sciences"
    institute = "institute-of-applied-physics-of-russian-academy-of-sciences"
    branch = "siberian-branch-of-russian-academy-of-sciences"
    department = "department-of-physics-of-university-of-oxford"
    assert slug_pairs(ctx, DKG.collaboratesWith) == {(tpu, institute), (tpu, branch), (tpu, department)}
    assert slug_pairs(ctx, DKG.subsidiaryOf) == {(institute, ras)}
    assert slug_pairs(ctx, DKG.unitOf) == {(branch, ras), (department, "university-of-oxford")}
    kinds = {str(s).rsplit("/", 1)[-1]: o for s, p, o in ctx.triples if p == RDF.type}
    assert (kinds[institute], kinds[branch]) == (DKG.ResearchInstitute, DKG.Organisation)
    assert (institute, "RU") in {(a, b.rsplit("/", 1)[-1]) for a, b in slug_pairs(ctx, DKG.country)}
    assert any("Institute of Applied Acoustics" in str(o) for _, p, o in ctx.triples if p == DKG.unparsedSentence)


def test_a_stake_in_a_company_is_a_shareholding_with_its_per_cent_and_start(project, tmp_path):
    """A stake short of control is the institution's shareholding (in the text's direction: the
    institution holds shares in the company), with the stake's per cent and the year it was bought
    when given; a controlling stake is a subsidiary, a stake sold or only planned is no stake."""
    ctx = extract(
        project,
        tmp_path,
        "stakeholder-university",
        "Stakeholder University (SHU) is designated high risk for its defence research.\n\n"
        "SHU holds a 40% stake in Stake Lasers Co., Ltd. "
        "In 2019, SHU acquired a 25 per cent stake in Stake Sensors Co., Ltd. "
        "Stake Welding Co., Ltd. is partly owned by SHU. "
        "SHU holds a controlling stake in Stake Materials Co., Ltd. "
        "SHU sold its stake in Stake Motors Co., Ltd. in 2020. "
        "SHU plans to invest in Stake Space Co., Ltd.\n",
    )
    assert slug_pairs(ctx, DKG.shareholderOf) == {
        ("stakeholder-university", "stake-lasers-co-ltd"),
        ("stakeholder-university", "stake-sensors-co-ltd"),
        ("stakeholder-university", "stake-welding-co-ltd"),
    }
    assert slug_pairs(ctx, DKG.subsidiaryOf) == {("stake-materials-co-ltd", "stakeholder-university")}
    by = properties(ctx)
    held = {
        str(st[RDF.object]).rsplit("/", 1)[-1]: (
            str(st.get(DKG.stakePercent, "")),
            str(by[st[DKG.startDate]][DKG.when]) if DKG.startDate in st else "",
        )
        for st in by.values()
        if st.get(RDF.predicate) == DKG.shareholderOf
    }
    assert held == {
        "stake-lasers-co-ltd": ("40", ""),
        "stake-sensors-co-ltd": ("25", "2019"),
        "stake-welding-co-ltd": ("", ""),
    }


def test_what_follows_a_partner_or_an_event_is_read_as_what_it_is(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "after-university",
        "After University (AFU) is designated high risk for its defence research.\n\n"
        "AFU signed a memorandum of understanding with NORINCO in May 2019. "
        "In 2018, AFU held a forum on military-civil fusion that was attended by officials from SASTIND. "
        "In 2016, AFU partnered with one subsidiary of CASC in order to found a shared laboratory, the After "
        "Smart Grid Research Institute. AFU has exchanges with the Kazan Aviation Institute. "
        "AFU has cooperated with the China Academy of Launch Vehicle Technology (CALT), a CASC subsidiary.\n",
    )
    triples = ctx.triples
    (agreement,) = {s for s, p, o in triples if p == DKG.party}
    assert str(agreement).endswith("agreement-2019-05")  # the date after the partner is the agreement's
    assert {str(o) for s, p, o in triples if p == DKG.topic} == {"military-civil fusion"}
    groups = {o for s, p, o in triples if p == DKG.attendeeGroup}
    assert slugs(ctx, DKG.fromOrganisation) == {
        "state-administration-of-science-technology-and-industry-for-national-defence"
    }
    assert len(groups) == 1
    # the institute they set up is no partner, nor the owner an appositive names ("a CASC subsidiary");
    # an institute named in full after "with" is one
    assert slugs(ctx, DKG.collaboratesWith) == {"china-academy-of-launch-vehicle-technology"}
    assert slugs(ctx, DKG.hasExchangesWith) == {"kazan-aviation-institute"}


def test_a_membership_of_two_bodies_names_both(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "member-university",
        "Member University (MBU) is designated medium risk for its defence research.\n\n"
        "MBU is a member of the Kestrel Optics Alliance and the Birch Materials League.\n",
    )
    assert slugs(ctx, DKG.memberOf) == {"kestrel-optics-alliance", "birch-materials-league"}


def test_a_merger_names_the_bodies_merged_in_as_predecessors_and_dated_is_a_change_event(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "merged-university",
        "Merged University (MGU) is designated high risk for its defence research.\n\n"
        "MGU was created in June 2017 by combining the former Merged Signals University with CETC. "
        "In 2004, MGU absorbed the Merged Medical College (合并医学院). "
        "MGU merged with the Merged Art College. "
        "MGU was created by merging the Merged Forestry College and several local colleges. "
        "MGU was formed in March 2020 by combining the old Merged University with the Merged Survey School.\n",
    )
    triples = ctx.triples
    earlier = {
        str(s).rsplit("/", 1)[-1] for s, p, o in triples if p == DKG.predecessorOf and o == ID["merged-university"]
    }
    assert earlier == {
        "merged-signals-university",
        "china-electronics-technology-group-corporation",
        "merged-medical-college",
        "merged-art-college",  # undated: a predecessor, but no change event
        "merged-survey-school",  # with "the old Merged University": the institution went on through it
    }
    events = {s for s, p, o in triples if p == RDF.type and o == DKG.ChangeEvent}
    assert len(events) == 3  # 2017, 2004 and 2020; the undated merger and the unnamed colleges' make none

    def originals(year: str) -> set[str]:
        (event,) = (e for e in events if str(e).endswith(year))
        assert (event, DKG.resultingOrganisation, ID["merged-university"]) in triples
        return {str(o).rsplit("/", 1)[-1] for s, p, o in triples if s == event and p == DKG.originalOrganisation}

    # formed by the merger: the bodies merged; absorbing another: the institution too, as it went on
    assert originals("2017-06") == {"merged-signals-university", "china-electronics-technology-group-corporation"}
    assert originals("2004") == {"merged-medical-college", "merged-university"}
    assert originals("2020-03") == {"merged-survey-school", "merged-university"}
    established = {o for s, p, o in triples if s == ID["merged-university"] and p == DKG.established}
    assert {str(o) for s, p, o in triples if s in established and p == DKG.when} == {"2017-06"}
    assert (ID["merged-medical-college"], SKOS.prefLabel, Literal("合并医学院", lang="zh-Hans")) in triples
    assert "forestry" not in " ".join(str(s) for s, _, _ in triples)  # nothing minted from the unread sentence


def test_defence_spending_and_graduate_shares_keep_their_currency_precision_and_period(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "spending-university",
        "Spending University (SPG) is designated high risk for its defence research.\n\n"
        "In 2019, SPG spent RMB2.4 billion (AUD480 million) on defence research. "
        "Between 2003 and 2007, SPG undertook some 400 military projects worth more than RMB650 million. "
        "Between 2012 and 2016, its yearly spending on defence research rose by 150% to RMB250 million. "
        "21.5% of SPG graduates in 2016 who took up jobs were working in the defence industry. "
        "SPG's defence research funding totalled RMB1.2 billion in 2017. "
        "SPG's defence research spending was RMB90 million in 2015, against RMB70 million in 2014.\n",
    )
    triples = ctx.triples

    def value(node, prop):
        return next(str(o) for s, p, o in triples if s == node and p == prop)

    def year(statement_object, qualifier):
        statements = [s for s, p, o in triples if p == RDF.object and o == statement_object]
        nodes = [o for s, p, o in triples if s in statements and p == qualifier]
        return {value(n, DKG.when) for n in nodes}

    sums = {}
    for _, p, amount in triples:
        if p == DKG.defenceResearchSpending:
            sums[value(amount, DKG.amount)] = amount
    assert set(sums) == {"2400000000", "650000000", "250000000", "1200000000", "90000000"}
    assert {value(a, DKG.currency) for a in sums.values()} == {"CNY"}  # not the AUD conversion
    assert value(sums["650000000"], DKG.countPrecision).endswith("/minimum")
    assert year(sums["2400000000"], DKG.pointInTime) == {"2019"}
    assert year(sums["650000000"], DKG.startDate) == {"2003"} and year(sums["650000000"], DKG.endDate) == {"2007"}
    assert year(sums["250000000"], DKG.pointInTime) == {"2016"}  # the annual level reached at the end
    assert year(sums["1200000000"], DKG.pointInTime) == {"2017"}  # the sentence's one year, after the sum
    assert not year(sums["90000000"], DKG.pointInTime)  # two years named: the sum's is not said apart
    share = next(o for _, p, o in triples if p == DKG.defenceGraduateShare)
    assert value(share, DKG.percent) == "21.5" and year(share, DKG.pointInTime) == {"2016"}


def test_a_sum_the_institution_claims_is_read_as_according_to_it(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "claiming-university",
        "Claiming University (CLU) is designated high risk for its defence research.\n\n"
        "By 2020, CLU claimed to have obtained RMB13 million of defence research funding. "
        "In 2019, CLU spent RMB40 million on defence research.\n",
    )
    triples = ctx.triples
    statements = [st for st, p, o in triples if p == RDF.predicate and o == DKG.defenceResearchSpending]

    def one(s, p):
        return next(o for s2, p2, o in triples if s2 == s and p2 == p)

    attributed = {
        str(one(one(st, RDF.object), DKG.amount)): {str(o) for s, p, o in triples if s == st and p == DKG.accordingTo}
        for st in statements
    }
    assert attributed == {"13000000": {"Claiming University"}, "40000000": set()}


def test_a_laboratory_count_said_to_be_nearly_n_is_approximate(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "nearly-university",
        "Nearly University (NYU) is designated high risk for its defence laboratories.\n\n"
        "NYU hosts nearly 20 defence laboratories.\n",
    )
    count = next(o for _, p, o in ctx.triples if p == DKG.defenceLaboratoryCount)
    found = {p: o for s, p, o in ctx.triples if s == count}
    assert str(found[DKG.value]) == "20"
    assert found[DKG.countPrecision] == vocab("count-precision", "approximate")


def test_two_counts_on_a_page_are_two_counts_each_with_one_value(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "counted-university",
        "Counted University (CNU) is designated high risk for its defence laboratories.\n\n"
        "CNU has at least four defence laboratories. CNU runs more than ten defence laboratories. "
        "CNU hosts at least four defence laboratories. "
        "CNU is home to two national defence key laboratories and three defence key discipline laboratories.\n",
    )
    counts = {o for _, p, o in ctx.triples if p == DKG.defenceLaboratoryCount}
    described = {
        c: {(p, str(o)) for s, p, o in ctx.triples if s == c and p in (DKG.value, DKG.countPrecision)} for c in counts
    }
    # one node per count the page gives (the same count twice is one node), each with one value:
    # before, both values and precisions were one node's, which CountShape refuses
    assert sorted(described.values(), key=sorted) == sorted(
        [
            {(DKG.value, "4"), (DKG.countPrecision, str(vocab("count-precision", "minimum")))},
            {(DKG.value, "11"), (DKG.countPrecision, str(vocab("count-precision", "minimum")))},
        ],
        key=sorted,
    )
    # "two ... and three ...": no one count is given, so none is read
    unparsed = {str(o) for _, p, o in ctx.triples if p == DKG.unparsedSentence}
    assert any(u.startswith("CNU is home to two") for u in unparsed)


def test_an_event_co_hosted_with_a_partner_is_organised_by_both(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "cohost-university",
        "Cohost University (CHU) is designated high risk for its defence research.\n\n"
        "In May 2019, CHU co-hosted a forum on hypersonic materials with CETC. "
        "In 2018, CHU co-hosted a workshop on optics with a unit of CASIC.\n",
    )
    organisers: dict = {}
    for s, p, o in ctx.triples:
        if p == DKG.organisedBy:
            organisers.setdefault(s, set()).add(str(o).rsplit("/", 1)[-1])
    topics = {str(o) for _, p, o in ctx.triples if p == DKG.topic}
    assert sorted(map(sorted, organisers.values())) == [
        ["china-electronics-technology-group-corporation", "cohost-university"],
        ["cohost-university"],  # a unit of CASIC is not CASIC
    ]
    assert "hypersonic materials" in topics


def test_an_institutions_units_are_its_own_with_who_founded_them_and_how_certain(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "greyfield-university",
        "Greyfield University (GU) is designated high risk for its defence research.\n\n"
        "In 2003, GU founded its Radar Institute (灰原大学雷达研究所). "
        "GU's School of Aerospace was founded by CASC in 1999. "
        "In 2006, the Greyfield University Defence Institute was established.\n",
    )
    label = english_labels(ctx.triples)
    facts = {(label.get(s, ""), p, str(o).rsplit("/", 1)[-1]) for s, p, o in ctx.triples}
    units = {s for s, p, _ in ctx.triples if p == DKG.unitOf}
    # minted under the institution: another university's "Defence Institute" is another unit
    assert {str(u).rsplit("/", 1)[-1] for u in units} >= {
        "greyfield-university-radar-institute",
        "greyfield-university-school-of-aerospace",
    }
    assert ("Radar Institute", DKG.establishedBy, "greyfield-university") in facts
    assert ("School of Aerospace", DKG.establishedBy, "china-aerospace-science-and-technology-corporation") in facts
    assert not any(p == DKG.establishedBy and s == "Greyfield University Defence Institute" for s, p, _ in facts)
    triples = set(ctx.triples)

    def value(node, predicate):
        return next(o for s, p, o in triples if s == node and p == predicate)

    unit_statements = {st for st, p, o in triples if p == RDF.predicate and o == DKG.unitOf}
    certainty = {
        label[value(st, RDF.subject)]: str(value(st, DKG.certainty)).rsplit("/", 1)[-1] for st in unit_statements
    }
    assert certainty == {
        "Radar Institute": "stated",
        "School of Aerospace": "stated",
        "Greyfield University Defence Institute": "implied",  # its name says whose; the sentence does not
    }


def test_a_unit_another_body_founds_at_the_institution_is_its_own_only_by_implication(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "rowan-university",
        "Rowan University (RU) is designated high risk for its defence research.\n\n"
        "SASTIND founded the Rowan Defence Technology Institute within RU in May 2015. "
        "In 2012, a county secrets bureau established a Secrecy Academy at RU. "
        "In 2014, CASC established a Rocket Academy at Birch University.\n",
    )
    triples = set(ctx.triples)
    label = english_labels(triples)
    statements = {st: {p: o for s, p, o in triples if s == st} for st, p, o in triples if o == DKG.unitOf}
    units = {label[st[RDF.subject]]: str(st[DKG.certainty]).rsplit("/", 1)[-1] for st in statements.values()}
    assert units == {"Rowan Defence Technology Institute": "implied", "Secrecy Academy": "implied"}
    assert not any(p == DKG.unitOf for _, p, _ in triples)  # implied: no plain edge
    founders = {(label[s], str(o).rsplit("/", 1)[-1]) for s, p, o in triples if p == DKG.establishedBy}
    # an unnamed founder is no founder; the one named is, as is the date
    assert founders == {
        (
            "Rowan Defence Technology Institute",
            "state-administration-of-science-technology-and-industry-for-national-defence",
        )
    }
    dates = {label[s]: o for s, p, o in triples if p == DKG.established and s in label}
    assert {
        name: str(next(v for n, p, v in triples if n == node and p == DKG.when)) for name, node in dates.items()
    } == {
        "Rowan Defence Technology Institute": "2015-05",
        "Secrecy Academy": "2012",
    }


def test_a_meeting_of_two_groups_and_the_names_and_bodies_before_the_institution(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "hazel-university",
        "Hazel University (HZU) is designated high risk for its defence research.\n\n"
        "In June 2019, officials of HZU met with engineers from CASIC to discuss radar coatings. "
        "HZU was renamed in 2001, having previously been known as the Hazel Survey College. "
        "The university was founded in 1956 following a merger of the Hazel Polytechnic and the Hazel Art School. "
        "It is a successor to the Hazel Signals Academy, set up in 1949. "
        "HZU researchers have worked with CETC on radar.\n",
    )
    triples = set(ctx.triples)
    meetings = {s for s, p, o in triples if p == RDF.type and o == DKG.Meeting}
    (meeting,) = meetings
    groups = {o for s, p, o in triples if s == meeting and p == DKG.attendeeGroup}
    origins = {str(o).rsplit("/", 1)[-1] for s, p, o in triples if s in groups and p == DKG.fromOrganisation}
    assert origins == {"hazel-university", "china-aerospace-science-and-industry-corporation"}
    assert (meeting, DKG.topic, Literal("radar coatings", lang="en")) in triples
    subject = ID["hazel-university"]
    assert (subject, SKOS.altLabel, Literal("Hazel Survey College", lang="en")) in triples
    earlier = {str(s).rsplit("/", 1)[-1] for s, p, o in triples if p == DKG.predecessorOf and o == subject}
    assert earlier == {"hazel-polytechnic", "hazel-art-school", "hazel-signals-academy"}
    # its researchers' work is not the institution's collaboration
    assert not any(p == DKG.collaboratesWith for _, p, _ in triples)


def events_read(ctx) -> set[tuple[str, frozenset, frozenset, frozenset]]:
    """Each event: its kind, who organised it and whom it concerns, and its attendee groups
    (description, body), by their last segments."""
    triples = set(ctx.triples)

    def objects(s, p) -> set[str]:
        return {str(o).rsplit("/", 1)[-1] for s2, p2, o in triples if s2 == s and p2 == p}

    return {
        (
            str(kind).rsplit("#", 1)[-1],
            frozenset(objects(event, DKG.organisedBy) | objects(event, DKG.concerns)),
            frozenset(
                (str(d), frozenset(objects(g, DKG.fromOrganisation)))
                for _, p, g in triples
                if p == DKG.attendeeGroup and _ == event
                for d in [next(o for s2, p2, o in triples if s2 == g and p2 == DKG.description)]
            ),
            frozenset(objects(event, DKG.topic)),
        )
        for event, p, kind in triples
        if p == RDF.type and kind in (DKG.Meeting, DKG.Conference, DKG.Event)
    }


def test_a_group_named_before_its_body_attends_meets_and_visits_for_that_body(project, tmp_path):
    """(forty-third session) "CRU representatives met with officials from CETC" is a meeting of both
    bodies' groups, "CRU staff attended a workshop organised by AVIC" CRU's group at AVIC's workshop,
    "received a delegation of officers from the PLA Rocket Force" a visit by the Rocket Force's group;
    another body's groups, a person and a hedge say nothing of CRU."""
    ctx = extract(
        project,
        tmp_path,
        "crane-university",
        "Crane University (CRU) is designated high risk for its defence research.\n\n"
        "In March 2019, CRU representatives met with officials from CETC. "
        "In 2020, CRU staff attended a workshop organised by AVIC. "
        "In May 2018, Crane University received a delegation of officers from the PLA Rocket Force. "
        "In 2021, CASC engineers toured CRU. "
        "In 2017, officials of CRU met NORINCO engineers to discuss armour. "
        "In 2019, CETC representatives met with officials from CASC. "
        "Li Ming, a former AVIC engineer, met with CRU officials in 2016. "
        "In 2015, CRU researchers reportedly attended a forum organised by CASIC.\n",
    )
    cetc, avic = "china-electronics-technology-group-corporation", "aviation-industry-corporation-of-china"
    casc, norinco = "china-aerospace-science-and-technology-corporation", "china-north-industries-group-corporation"
    cru = "crane-university"
    assert events_read(ctx) == {
        (
            "Meeting",
            frozenset(),
            frozenset({("CRU representatives", frozenset({cru})), ("officials from CETC", frozenset({cetc}))}),
            frozenset(),
        ),
        ("Conference", frozenset({avic}), frozenset({("CRU staff", frozenset({cru}))}), frozenset()),
        (
            "Event",
            frozenset({cru}),
            frozenset({("a delegation of officers from the PLA Rocket Force", frozenset({"pla-rocket-force"}))}),
            frozenset({"visit"}),
        ),
        ("Event", frozenset({cru}), frozenset({("CASC engineers", frozenset({casc}))}), frozenset({"visit"})),
        (
            "Meeting",
            frozenset(),
            frozenset({("officials of CRU", frozenset({cru})), ("NORINCO engineers", frozenset({norinco}))}),
            frozenset({"armour"}),
        ),
    }
    unread = {str(o) for _, p, o in ctx.triples if p == DKG.unparsedSentence}
    assert {
        "In 2019, CETC representatives met with officials from CASC.",
        "Li Ming, a former AVIC engineer, met with CRU officials in 2016.",
        "In 2015, CRU researchers reportedly attended a forum organised by CASIC.",
    } <= unread


def test_an_event_co_organised_with_a_university_the_registry_does_not_know_is_organised_by_both(project, tmp_path):
    """(forty-third session) "TIT and the University of Warwick jointly organised ...": both, the
    second minted as other rules mint a university named whole; "co-hosted a forum on X with the
    University of Y": Y too, out of the topic. Not a body's part, nor an unnamed group, nor a
    "with" after the topic of an event only held (its topic may be the tie)."""
    ctx = extract(
        project,
        tmp_path,
        "teal-institute-of-technology",
        "Teal Institute of Technology (TIT) is designated high risk for its defence research.\n\n"
        "In 2019, TIT and the University of Warwick jointly organised a symposium on composite materials. "
        "In May 2020, TIT co-hosted a forum on hypersonic materials with the University of Kestrel. "
        "In 2018, TIT organised a workshop with Birch University on radar. "
        "In 2017, TIT and several British universities jointly organised a seminar on sonar. "
        "In 2016, TIT co-hosted a forum on optics with the University of Kestrel's School of Physics. "
        "In 2015, TIT held a forum on exchanges with the University of Larch.\n",
    )
    tit = "teal-institute-of-technology"
    organised = {(topic, organisers) for _, organisers, _, topics in events_read(ctx) for topic in topics}
    assert organised == {
        ("composite materials", frozenset({tit, "university-of-warwick"})),
        ("hypersonic materials", frozenset({tit, "university-of-kestrel"})),
        ("radar", frozenset({tit})),  # Birch University's part implied: its statement only, no plain edge
        ("sonar", frozenset({tit})),
        ("optics with the University of Kestrel's School of Physics", frozenset({tit})),
        ("exchanges with the University of Larch", frozenset({tit})),
    }
    assert (ID["university-of-warwick"], RDF.type, DKG.University) in set(ctx.triples)
    assert ID["university-of-larch"] not in {s for s, _, _ in ctx.triples}
    # the certainty each organiser's part is told with: "jointly", "co-" state it; "organised a workshop with" implies it
    certainty = {}
    for st, p, o in ctx.triples:
        if p == RDF.predicate and o == DKG.organisedBy:
            who = next(o for s, p, o in ctx.triples if s == st and p == RDF.object)
            level = next(o for s, p, o in ctx.triples if s == st and p == DKG.certainty)
            certainty.setdefault(str(who).rsplit("/", 1)[-1], set()).add(str(level).rsplit("/", 1)[-1])
    assert certainty == {
        tit: {"stated"},
        "university-of-warwick": {"stated"},
        "university-of-kestrel": {"stated"},
        "birch-university": {"implied"},
    }


def test_a_listing_as_an_alias_of_another_links_the_two(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "alias-university",
        "Alias University (ALU) is designated very high risk for its nuclear research.\n\n"
        "In 2013, ALU was added to the US Entity List as an alias of CAEP, which suggests it works for it. "
        "ALU was added to the Entity List in 2016 as an alias of a subsidiary of CETC.\n",
    )
    aliases = slug_pairs(ctx, DKG.listedAsAliasOf)
    # the known organisation named first; not a conglomerate's unnamed subsidiary
    assert aliases == {("alias-university", "china-academy-of-engineering-physics")}
    assert len([o for _, p, o in ctx.triples if p == DKG.listedOn]) == 2  # both listings stand


def test_each_list_is_named_once_and_dated_by_its_sentence(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "listed-university",
        "Listed University (LSU) is designated very high risk for its missile research.\n\n"
        "LSU was added to the Military End-User List in 2020. "
        "In 2021, the US Treasury added LSU to its list of Chinese military-industrial complex companies. "
        "In May 2019, LSU was placed on Japan's End User List.\n",
    )
    triples = ctx.triples
    dated = {}
    for st, p, o in triples:
        if p == RDF.predicate and o == DKG.listedOn:
            listed = next(o for s, p, o in triples if s == st and p == RDF.object)
            when = next(o for s, p, o in triples if s == st and p == DKG.pointInTime)
            dated[str(listed).rsplit("/", 1)[-1]] = str(next(o for s, p, o in triples if s == when and p == DKG.when))
    # not Japan's list for the Military End-User List; a leading clause's date is the listing's
    assert dated == {"us-military-end-user-list": "2020", "us-ns-cmic-list": "2021", "japan-end-user-list": "2019-05"}


def test_disciplines_approved_for_a_five_year_plan_are_counted_for_its_years(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "plan-university",
        "Plan University (PLU) is designated high risk for its defence research.\n\n"
        "Designated defence research areas\n\n"
        "In 2017, SASTIND approved four disciplines with defence characteristics at PLU for the 13th "
        "five-year plan (2016–2020):\n",
    )
    triples = set(ctx.triples)
    (statement,) = {s for s, p, o in triples if p == RDF.predicate and o == DKG.designatedDisciplineCount}

    def year(qualifier):
        (node,) = {o for s, p, o in triples if s == statement and p == qualifier}
        return str(next(o for s, p, o in triples if s == node and p == DKG.when))

    assert (year(DKG.startDate), year(DKG.endDate)) == ("2016", "2020")


def test_chinese_names_in_the_risk_sentence_are_labels_with_their_evidence(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "lantern-university",
        "Lantern University (灯笼大学 aka 灯大, LTU) is designated high risk for its defence research.\n",
    )
    subject = ID["lantern-university"]
    labels = {str(o) for s, p, o in ctx.triples if s == subject and p == SKOS.altLabel and o.language == "zh-Hans"}
    assert labels == {"灯笼大学", "灯大"}  # two names, not one "灯笼大学 aka 灯大"
    quoted = {o for st, p, o in ctx.triples if p == RDF.object and o in {Literal(n, lang="zh-Hans") for n in labels}}
    assert len(quoted) == 2  # each label has its statement
    # the page's own Chinese title is its name already: no second label of it
    ctx = extract(
        project,
        tmp_path,
        "lamp-university",
        "Lamp University (灯大学)\n\n\nLamp University (灯大学, LPU) is designated high risk for its defence research.\n",
    )
    assert not any(p == SKOS.altLabel for _, p, _ in ctx.triples)


def test_an_events_topic_ends_where_a_clause_about_the_event_begins(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "topic-university",
        "Topic University (TU) is designated high risk for its defence research.\n\n"
        "In May 2019, TU organised a conference on hypersonic flight, which around 200 personnel attended. "
        "In June 2019, TU held a forum on radar; over 80 delegates attended. "
        "In July 2019, TU hosted a seminar on sonar, where CETC officials spoke. "
        "TU held a workshop on lidar in August 2019, attended by some 40 delegates.\n",
    )
    topic_of = {s: str(o) for s, p, o in ctx.triples if p == DKG.topic}
    assert set(topic_of.values()) == {"hypersonic flight", "radar", "sonar", "lidar"}  # not "lidar in August 2019"
    counts = {}
    for event, p, count in ctx.triples:
        if p == DKG.attendance:
            found = {p: o for s, p, o in ctx.triples if s == count}
            counts[topic_of[event]] = (str(found[DKG.value]), str(found[DKG.countPrecision]).rsplit("/")[-1])
    # "over 80" is a minimum of 81; the seminar's clause gives no attendance
    assert counts == {
        "hypersonic flight": ("200", "approximate"),
        "radar": ("81", "minimum"),
        "lidar": ("40", "approximate"),
    }


def test_a_companys_own_case_on_its_page_is_its_case(project, tmp_path):
    """ "the company" on a conglomerate's page is the institution: its fine is its case (a company
    as a case's party is otherwise another's, since the forty-second session)."""
    ctx = extract(
        project,
        tmp_path,
        "china-aerospace-science-and-industry-corporation",
        "China Aerospace Science and Industry Corporation (CASIC) is designated very high risk for its missiles.\n\n"
        "Espionage and misconduct\n\nIn 2019, the company was fined USD 2 million for exporting parts without "
        "licences. In 2020, a company founded by CASIC engineers was fined.\n",
    )
    concerned = [s for s, p, o in ctx.triples if p == DKG.concerns]
    assert [str(s).rsplit("-", 1)[-1] for s in concerned] == ["2019"]


def test_an_events_topic_ends_where_a_clause_of_its_own_begins(project, tmp_path):
    """A clause with its own subject and verb after the topic is no part of it (forty-second
    session: "composite airframes, and TU staff took part" was the topic); a list's last item is."""
    ctx = extract(
        project,
        tmp_path,
        "topic-university",
        "Topic University (TU) is designated high risk for its defence research.\n\n"
        "In 2018, TU organised a seminar on composite airframes, and CETC engineers took part. "
        "In 2019, TU held a forum on radar, sonar, and lidar. "
        "In 2020, TU hosted a symposium on hypersonics, but few foreign delegates came. "
        "In 2021, TU held a workshop on drones, and around 150 people attended. "
        "In 2022, TU hosted a forum on sensors, and officials from CETC gave talks. "
        "In 2023, TU held a symposium on sonar, and the symposium was attended by 50 people.\n",
    )
    topic_of = {s: str(o) for s, p, o in ctx.triples if p == DKG.topic}
    assert set(topic_of.values()) == {
        "composite airframes",
        "radar, sonar, and lidar",
        "hypersonics",
        "drones",
        "sensors",
        "sonar",
    }
    counts = [event for event, p, _ in ctx.triples if p == DKG.attendance]
    assert sorted(topic_of[event] for event in counts) == ["drones", "sonar"]


def test_attendees_are_read_at_a_sentences_start(project, tmp_path):
    """ "Attendees included ..." opens a sentence with a capital (before the forty-second session
    only "Other attendees included ..." was read)."""
    ctx = extract(
        project,
        tmp_path,
        "topic-university",
        "Topic University (TU) is designated high risk for its defence research.\n\n"
        "In 2019, TU organised a conference on radar. Attendees included officials from SASTIND and "
        "engineers from CETC. Participants were officers of the PLA Navy.\n",
    )
    origins = {str(o).rsplit("/", 1)[-1] for _, p, o in ctx.triples if p == DKG.fromOrganisation}
    assert (
        "pla-navy" in origins
        and "state-administration-of-science-technology-and-industry-for-national-defence" in origins
    )
    # people of a unit a body owns are not said to come from the body, but from the unit (since the
    # fifty-sixth session: from none before)
    page = (
        "Topic University (TU) is designated high risk.\n\nIn 2019, TU held a forum on radar. "
        "Participants included engineers from CSIC's 715th Research Institute.\n"
    )
    ctx = extract(project, tmp_path, "topic-university", page)
    assert [o for _, p, o in ctx.triples if p == DKG.attendeeGroup]
    assert slugs(ctx, DKG.fromOrganisation) == {"715th-research-institute-of-china-shipbuilding-industry-corporation"}
    # no group where none is named, or where the sentence denies one
    for sentence in ("Participants were required to sign a pledge.", "Attendees were not disclosed."):
        page = "Topic University (TU) is designated high risk.\n\nIn 2019, TU held a forum on radar. " + sentence + "\n"
        ctx = extract(project, tmp_path, "topic-university", page)
        assert not [o for _, p, o in ctx.triples if p == DKG.attendeeGroup], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Alder University (AU) is designated high risk, down from very high risk in 2019.",
        "Alder University (AU) is designated high risk (previously medium risk) for its radar work.",
        "Alder University (AU) is designated high risk for its radar work, up from medium risk in 2019.",
        "Alder University (AU) is designated high risk for its radar work; its subsidiary is designated very "
        "high risk.",
    ],
)
def test_a_risk_level_given_with_the_one_before_it_is_the_current_one(project, tmp_path, sentence):
    """The level a rating changed from is neither the level (when it held is not said) nor a reason."""
    ctx = extract(
        project, tmp_path, "alder-university", f"Alder University\n\n{sentence}\n\nLast updated 2 March 2020.\n"
    )
    assert observed(ctx)["riskLevel"] == {"high"}
    reasons = {str(o) for _, p, o in ctx.triples if p == DKG.rationale}
    assert reasons == ({"its radar work"} if "radar" in sentence else set())


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        # another's credential told with "ones" is no level of the institution's (forty-second session:
        # confidential, 2012, was the institution's)
        (
            "AU obtained secret-level security credentials in 2009 and confidential-level ones for its press in 2012.",
            {"2009"},
        ),
        (
            "AU obtained secret-level security credentials in 2009年 and confidential-level ones for its press in 2012年.",
            {"2009"},
        ),
        # one of two years is no year of the credential (it was the first)
        ("AU received secret-level security credentials in 2011 or 2012.", set()),
        ("AU received secret-level security credentials in 2011年 or 2012年.", set()),
    ],
)
def test_a_credential_is_the_institutions_own_and_dated_only_by_its_own_year(project, tmp_path, sentence, years):
    page = f"Alder University\n\nAlder University (AU) is designated high risk for x.\n\n{sentence}\n"
    ctx = extract(project, tmp_path, "alder-university", page)
    assert observed(ctx)["securityCredential"] == {"secret"}
    assert {str(o) for _, p, o in ctx.triples if p == DKG.when} == years


@pytest.mark.parametrize(
    "sentence",
    [
        "AU received secret-level security credentials in 2005 and top-secret credentials in 2017.",
        "AU received top-secret security credentials in 2017 and secret-level credentials in 2005.",
        "AU's security credentials were upgraded from secret to top-secret in 2017.",
    ],
)
def test_of_two_credential_levels_the_later_one_is_held(project, tmp_path, sentence):
    """Two levels in one sentence: the one the text gives last in time, with its year; the earlier
    one is not said to be held now."""
    page = f"Alder University\n\nAlder University (AU) is designated high risk for x.\n\n{sentence}\n"
    ctx = extract(project, tmp_path, "alder-university", page)
    assert observed(ctx)["securityCredential"] == {"top-secret"}
    years = {str(o) for _, p, o in ctx.triples if p == DKG.when}
    assert years == {"2017"}


@pytest.mark.parametrize(
    "sentence",
    [
        "AU holds secret-level and top-secret security credentials.",
        "In 2005, AU received secret-level security credentials, and top-secret credentials in 2017.",
        "AU received secret-level security credentials and top-secret credentials in 2017.",
    ],
)
def test_two_credential_levels_without_their_order_are_not_read(project, tmp_path, sentence):
    page = f"Alder University\n\nAlder University (AU) is designated high risk for x.\n\n{sentence}\n"
    ctx = extract(project, tmp_path, "alder-university", page)
    assert "securityCredential" not in observed(ctx)


def test_a_later_clause_gives_a_joint_construction_agreement_no_second_year(project, tmp_path):
    page = (
        "Alder University\n\nAlder University (AU) is designated high risk for x.\n\nSASTIND and the Hubei "
        "Provincial Government signed a joint-construction agreement for AU in 2014, which lapsed in 2018.\n"
    )
    ctx = extract(project, tmp_path, "alder-university", page)
    agreements = {s for s, p, o in ctx.triples if p == DKG.agreementKind}
    assert len(agreements) == 1
    assert {str(o) for _, p, o in ctx.triples if p == DKG.when} == {"2014"}


def test_agencies_given_respectively_pair_with_their_institutions(project, tmp_path):
    page = (
        "Alder University\n\nAlder University (AU) is designated high risk for x.\n\n"
        "AU and Chongqing University are supervised by MIIT and SASTIND respectively.\n\n"
        "AU and Chongqing University are subordinate to the Ministry of Education, the PLA Navy and MIIT "
        "respectively.\n"
    )
    ctx = extract(project, tmp_path, "alder-university", page)
    supervisors = slug_pairs(ctx, DKG.supervisedBy)
    assert supervisors == {
        ("alder-university", "ministry-of-industry-and-information-technology"),
        ("chongqing-university", "state-administration-of-science-technology-and-industry-for-national-defence"),
    }
    assert not any(p == DKG.subordinateTo for _, p, _ in ctx.triples)  # three agencies for two: not read


def test_a_rule_that_fails_reads_nothing_and_says_so(project, tmp_path, monkeypatch):
    """A bug in one rule leaves its sentence unread, with a warning naming the rule, and takes back
    the facts it had made; the other rules and sentences are read as before."""
    from defence_kg.loading.extraction import extractor
    from defence_kg.loading.extraction.rules import RULE_FAILED, RULES, Rule

    def broken(doc, s):
        if "subordinate" in s.text:
            doc.fact(doc.subject, DKG.supervisedBy, ID["ministry-of-education"], s)
            raise ValueError("a bug")
        return False

    monkeypatch.setattr(extractor, "RULES", (*RULES, Rule("broken", broken)))
    page = "Alder University\n\nAlder University (AU) is designated high risk for x.\n\nAU is subordinate to MIIT.\n"
    ctx = extract(project, tmp_path, "alder-university", page)
    assert [w for w in ctx.warnings if RULE_FAILED in w and "broken" in w and "ValueError: a bug" in w]
    found = observed(ctx)
    assert found["riskLevel"] == {"high"} and found["subordinateTo"] == {
        "ministry-of-industry-and-information-technology"
    }
    assert "supervisedBy" not in found  # the broken rule's fact was taken back


def test_a_link_names_no_organisation_of_a_clause_coordinated_after_it(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "clause-university",
        "Clause University (CLU) is designated high risk for its defence research.\n\n"
        "CLU has close ties with CETC and is jointly supervised by MIIT. "
        "CLU receives funding from CASC, and is run by the Hubei Provincial Government. "
        "CLU collaborates with NORINCO and also trains engineers for AVIC. "
        "CLU conducts research for the PLA Navy and the PLA Rocket Force.\n",
    )
    # each link's organisations end where the next clause's verb begins; a list of two stays two
    assert slug_pairs(ctx, DKG.hasCloseTiesWith) == {
        ("clause-university", "china-electronics-technology-group-corporation")
    }
    assert slug_pairs(ctx, DKG.fundedBy) == {
        ("clause-university", "china-aerospace-science-and-technology-corporation")
    }
    assert slug_pairs(ctx, DKG.collaboratesWith) == {("clause-university", "china-north-industries-group-corporation")}
    assert slug_pairs(ctx, DKG.conductsResearchFor) == {
        ("clause-university", "pla-navy"),
        ("clause-university", "pla-rocket-force"),
    }
    # the coordinated clauses are read for what they say
    assert ("clause-university", "ministry-of-industry-and-information-technology") in slug_pairs(
        ctx, DKG.jointlySupervisedBy
    )


def test_a_partner_is_named_whole_and_not_by_a_known_name_it_begins_with(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "whole-university",
        "Whole University (WU) is designated high risk for its defence research.\n\n"
        "WU collaborates with the Moscow Institute of Physics and Technology. "
        "In 2012, it established the Whole Computing Center in Wuhan jointly with the PLA Signals Engineering "
        "University.\n",
    )
    partners = {o for s, o in slug_pairs(ctx, DKG.collaboratesWith)}
    assert partners == {"moscow-institute-of-physics-and-technology"}  # not "...-of-physics"
    # the centre's founders: the institution, not the PLA whose name begins the other founder's
    assert "peoples-liberation-army" not in {o for _, o in slug_pairs(ctx, DKG.establishedBy)}


def test_an_agreement_with_a_partner_the_registry_does_not_know_names_it_and_no_other(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "pact-university",
        "Pact University (PU) is designated high risk for its defence research.\n\n"
        "PU signed a cooperation agreement with Birch University, which is run by MIIT.\n",
    )
    parties = {o for _, o in slug_pairs(ctx, DKG.party)}
    assert parties == {"pact-university", "birch-university"}  # not MIIT, which runs the partner


def test_a_section_heading_in_another_spelling_or_as_its_code_opens_its_section():
    page = (
        "Heron University\n\nHeron University (HU) is designated high risk for its laboratories.\n\n"
        "Major Defense Laboratories:\n\nHU hosts the Heron Radar Laboratory.\n\n"
        "DRA\n\nSASTIND approved 3 disciplines at HU.\n\nInt\n\nHU signed an agreement with Birch University.\n"
    )
    profile = parse_profile(page, where="heron-university")
    assert profile.headings == ["Major Defense Laboratories:", "DRA"]
    assert [s.section for s in profile.sentences] == [None, "LAB", "DRA", "DRA", "DRA"]
    assert profile.sentences[3].text == "Int"  # not a code in capitals: a line of text, not a heading


def test_the_2025_layout_names_its_sections_shorter():
    page = (
        "Heron University\n\nHeron University (HU) is designated high risk for its laboratories.\n\n"
        "Defence laboratories\n\nHU hosts the Heron Radar Laboratory.\n\n"
        "International collaborations\n\n• University of Kestrel\n\nSanctions lists\n\n• US Entity List (2020)\n"
    )
    profile = parse_profile(page, where="heron-university")
    assert [s.section for s in profile.sentences] == [None, "LAB", "INT", "EUL"]


def test_delegates_from_a_list_of_organisations_come_from_each_one_known(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "delegate-university",
        "Delegate University (DU) is designated high risk for its defence research.\n\n"
        "In 2018, DU hosted a conference on radar, attended by delegates from CETC, AVIC and the PLA Navy. "
        "In 2019, DU hosted a forum on sonar, attended by engineers from CASIC, Birch University and NORINCO. "
        "In 2020, DU hosted a workshop on optics, attended by officials from SASTIND, which funds it.\n",
    )
    origins = slug_pairs(ctx, DKG.fromOrganisation)
    by_group: dict[str, set[str]] = {}
    for group, origin in origins:
        by_group.setdefault(group.split("-attendees-")[0], set()).add(origin)
    assert sorted(map(sorted, by_group.values())) == [
        ["aviation-industry-corporation-of-china", "china-electronics-technology-group-corporation", "pla-navy"],
        ["china-aerospace-science-and-industry-corporation", "china-north-industries-group-corporation"],
    ]  # Birch University, unknown, stays in the description; a relative clause after SASTIND: no group


def test_a_partner_list_ends_where_another_verb_or_subject_begins_and_a_second_collaboration_is_read(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "list-university",
        "List University (LU) is designated high risk for its defence research.\n\n"
        "LU collaborates with CETC and supplies parts to the PLA Navy. "
        "LU works with CASC, and NORINCO works with the PLA Air Force. "
        "LU has established joint laboratories with Huawei and iFlytek, and runs a research centre with SenseTime. "
        "LU cooperates with CASIC, AVIC, and the PLA Rocket Force on guidance.\n",
    )
    partners = {o for s, o in slug_pairs(ctx, DKG.collaboratesWith) if s == "list-university"}
    assert partners == {
        "china-electronics-technology-group-corporation",
        "china-aerospace-science-and-technology-corporation",
        "huawei-technologies",
        "iflytek",
        "sensetime",
        "china-aerospace-science-and-industry-corporation",
        "aviation-industry-corporation-of-china",
        "pla-rocket-force",
    }
    assert slug_pairs(ctx, DKG.suppliesTo) == {("list-university", "pla-navy")}


def test_a_chinese_name_on_the_line_after_the_title_is_the_pages_chinese_title():
    page = "Heron Army Academy\n陆军苍鹭学院\n\nVery High Risk Category\n\nHeron Army Academy is designated very high risk.\n"
    profile = parse_profile(page, where="heron-army-academy")
    assert (profile.title, profile.title_zh) == ("Heron Army Academy", "陆军苍鹭学院")
    assert [s.text for s in profile.sentences] == [
        "Very High Risk Category",
        "Heron Army Academy is designated very high risk.",
    ]
    # not a line of prose in Chinese further down, nor after a title that has its Chinese name already
    later = parse_profile(
        "Heron Army Academy (陆军苍鹭学院)\n苍鹭\n\nIt is a PLA academy.\n", where="heron-army-academy"
    )
    assert later.title_zh == "陆军苍鹭学院" and later.sentences[0].text == "苍鹭"


def test_a_page_of_an_institution_named_in_chinese_alone_mints_its_own_iri(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "chinese-name",
        "红隼大学\n\n红隼大学 (HU) is designated high risk for its laboratories.\n\nHU hosts the Heron Radar Laboratory.\n",
    )
    hosts = slug_pairs(ctx, DKG.hostedBy)
    assert hosts == {("heron-radar-laboratory", "hong-sun-da-xue")}  # its pinyin, not an empty slug all would share


def test_a_partner_an_event_was_held_with_organised_it_by_implication_unless_it_co_hosted(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "forum-university",
        "Forum University (FMU) is designated high risk for its defence research.\n\n"
        "In 2019, FMU held a forum on radar with CETC. In 2020, FMU co-hosted a seminar on sonar with CASC.\n",
    )
    certainty = {}
    for st, p, o in ctx.triples:
        if p == RDF.predicate and o == DKG.organisedBy:
            who = next(o for s, p, o in ctx.triples if s == st and p == RDF.object)
            certainty[str(who).rsplit("/", 1)[-1]] = str(
                next(o for s, p, o in ctx.triples if s == st and p == DKG.certainty)
            ).rsplit("/", 1)[-1]
    assert certainty == {
        "forum-university": "stated",
        "china-electronics-technology-group-corporation": "implied",
        "china-aerospace-science-and-technology-corporation": "stated",
    }
    # an implied organiser has its statement only, no plain edge
    assert not [
        t
        for t in ctx.triples
        if t[1] == DKG.organisedBy and str(t[2]).endswith("electronics-technology-group-corporation")
    ]


def test_a_link_to_a_part_of_an_organisation_links_to_the_organisation_by_implication(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "part-university",
        "Part University (PTU) is designated very high risk for its military links.\n\n"
        "PTU trains officers for the PLA Navy's submarine force. PTU conducts research for the PLA Rocket Force.\n",
    )
    found = {}
    for st, p, o in ctx.triples:
        if p == RDF.subject and o == ID["part-university"]:
            facts = {p2: o2 for s2, p2, o2 in ctx.triples if s2 == st}
            if facts[RDF.predicate] in (DKG.trainsPersonnelFor, DKG.conductsResearchFor):
                found[str(facts[RDF.object]).rsplit("/", 1)[-1]] = str(facts[DKG.certainty]).rsplit("/", 1)[-1]
    assert found == {"pla-navy": "implied", "pla-rocket-force": "stated"}
    assert (ID["part-university"], DKG.trainsPersonnelFor, ID["pla-navy"]) not in set(ctx.triples)  # no plain edge


def test_a_risk_rating_changed_gives_the_new_level_and_its_reasons_only(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "rated-university",
        "Rated University\n\n\nRated University (RTU) is a public university.\n\n"
        "Rated University's risk rating was raised from medium to high in 2025 because of its new defence laboratories.\n",
    )
    levels = {str(o).rsplit("/", 1)[-1] for s, p, o in ctx.triples if p == DKG.riskLevel}
    reasons = {str(o) for s, p, o in ctx.triples if p == DKG.rationale}
    assert levels == {"high"} and reasons == {"its new defence laboratories"}


def test_a_school_of_an_agency_is_subordinate_to_it_by_implication(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "police-academy",
        "Police Academy (PCA) is designated very high risk for its role in training security officers.\n\n"
        "PCA is the Ministry of Public Security's main university.\n",
    )
    (statement,) = [st for st, p, o in ctx.triples if p == RDF.predicate and o == DKG.subordinateTo]
    assert (statement, DKG.certainty, vocab("certainty", "implied")) in set(ctx.triples)
    assert not [t for t in ctx.triples if t[1] == DKG.subordinateTo]  # no plain edge for an implied fact


def test_a_side_field_that_says_none_is_read_and_records_nothing(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "field-university",
        "Field University\nResearch Areas: None\nLocations: -\nResearch Areas: Radar; Sonar\n\n"
        "Field University (FDU) is designated high risk for its laboratories.\n",
    )
    areas = {str(o).rsplit("/", 1)[-1] for s, p, o in ctx.triples if p == DKG.researchArea}
    assert areas == {"radar", "sonar"} and not [t for t in ctx.triples if str(t[1]).endswith("address")]
    assert not [w for w in ctx.warnings if "not read" in w]  # "None" and "-" were read: nothing to record


def test_a_partner_list_ends_at_a_clause_of_another_subject_after_a_time(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "time-university",
        "Time University (TMU) is designated high risk for its defence research.\n\n"
        "TMU signed agreements with CASC, and in 2016 CETC co-founded a laboratory with CASIC.\n",
    )
    parties = {o for _, o in slug_pairs(ctx, DKG.party)}
    assert parties == {"time-university", "china-aerospace-science-and-technology-corporation"}  # not CETC


def test_a_serial_comma_ends_a_list_whose_last_item_holds_and(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "serial-university",
        "Serial University (SRU) is designated high risk for its defence research.\n\n"
        "Main fields of defence research at SRU include optics, sonar, and guidance and control systems. "
        "SRU's defence research focuses on radar and sonar.\n",
    )
    areas = {str(o).rsplit("/", 1)[-1] for s, p, o in ctx.triples if p == DKG.defenceResearchArea}
    assert areas == {"optics", "sonar", "guidance-and-control-systems", "radar"}


def test_a_body_named_with_its_place_after_it_is_named_whole(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "member-university",
        "Member University (MBU) is designated high risk for its defence research.\n\n"
        "In 2018, MBU became a member of the Military-Civil Fusion Industry Alliance of Larch Province.\n",
    )
    bodies = {str(o).rsplit("/", 1)[-1] for s, p, o in ctx.triples if p == DKG.memberOf}
    assert bodies == {"military-civil-fusion-industry-alliance-of-larch-province"}


def test_a_founder_of_an_alliance_is_stated_as_its_founder_and_only_implied_a_member(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "rowan-university",
        "Rowan University (RU) is designated high risk for its defence research.\n\n"
        "RU co-founded the Rowan Drone Industry Alliance in 2011. "
        "RU is a founding member of the Rowan Optics League.\n",
    )
    triples = set(ctx.triples)
    label = english_labels(triples)
    statements = [
        {p: o for s, p, o in triples if s == st} for st, p, o in triples if p == RDF.type and o == DKG.Statement
    ]
    certainty = {
        (
            label[st[RDF.subject]],
            str(st[RDF.predicate]).rsplit("#")[-1],
            label[st[RDF.object]],
        ): str(st[DKG.certainty]).rsplit("/", 1)[-1]
        for st in statements
        if st[RDF.predicate] in (DKG.memberOf, DKG.establishedBy)
    }
    assert certainty == {
        ("Rowan Drone Industry Alliance", "establishedBy", "Rowan University"): "stated",
        (
            "Rowan University",
            "memberOf",
            "Rowan Drone Industry Alliance",
        ): "implied",  # a founder, not said to be a member
        ("Rowan University", "memberOf", "Rowan Optics League"): "stated",  # a founding member is one
    }
    # the year it was co-founded is the body's founding year
    founded = {label[s]: o for s, p, o in triples if p == DKG.established}
    assert {body: next(str(o) for s, p, o in triples if s == v and p == DKG.when) for body, v in founded.items()} == {
        "Rowan Drone Industry Alliance": "2011"
    }


def test_a_sentence_that_names_its_source_gives_each_of_its_facts_that_source(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "rowan-university",
        "Rowan University (RU) is designated high risk for its defence research.\n\n"
        "According to its website, RU is subordinate to MIIT. "
        "RU has close ties with CASC, according to provincial media reports. "
        "RU claims to have trained 300 officers for the PLA Navy. "
        "RU trains engineers for AVIC.\n",
    )
    triples, predicate = statements(ctx)
    said = {str(predicate[s]).rsplit("#")[-1]: str(o) for s, p, o in triples if p == DKG.accordingTo}
    assert said == {
        "subordinateTo": "its website",
        "hasCloseTiesWith": "provincial media reports",
        "trainsPersonnelFor": "Rowan University",  # its claim about itself
    }
    # the training for AVIC read, and given no source but the page's
    assert len([st for st, o in predicate.items() if o == DKG.trainsPersonnelFor]) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "RU claims it collaborates with CETC.",
        "RU says it collaborates with CETC.",
    ],
)
def test_what_the_institution_says_of_itself_is_according_to_it(project, tmp_path, sentence):
    triples, predicate = statements(rowan(project, tmp_path, sentence))
    said = {str(predicate[s]).rsplit("#")[-1]: str(o) for s, p, o in triples if p == DKG.accordingTo}
    assert said == {"collaboratesWith": "Rowan University"}


def test_what_records_show_is_according_to_them(project, tmp_path):
    triples, predicate = statements(
        rowan(project, tmp_path, "Procurement records show that RU bought laser diodes from Hikvision in 2018.")
    )
    said = {str(predicate[s]).rsplit("#")[-1]: str(o) for s, p, o in triples if p == DKG.accordingTo}
    assert said == {"suppliesTo": "Procurement records"}


@pytest.mark.parametrize(
    ("sentence", "agencies"),
    [
        (
            "RU, which is supervised by MIIT, collaborates with CETC.",
            {"ministry-of-industry-and-information-technology"},
        ),
        (
            "RU is supervised by MIIT and works closely with NORINCO.",
            {"ministry-of-industry-and-information-technology"},
        ),
        (
            "RU is supervised by MIIT, and CETC is its main partner.",
            {"ministry-of-industry-and-information-technology"},
        ),
        (
            "RU is subordinate to MIIT and trains personnel for the PLA Navy.",
            {"ministry-of-industry-and-information-technology"},
        ),
        (
            "RU is subordinate to MIIT, although it was founded by NORINCO.",
            {"ministry-of-industry-and-information-technology"},
        ),
        (
            "RU is subordinate to MIIT, the ministry responsible for SASTIND.",
            {"ministry-of-industry-and-information-technology"},
        ),
        (
            "RU is subordinate to MIIT (which also supervises SASTIND).",
            {"ministry-of-industry-and-information-technology"},
        ),
        (
            "Since 2008, RU has been supervised by MIIT, replacing COSTIND as its supervising agency.",
            {"ministry-of-industry-and-information-technology"},
        ),
        (
            "RU is jointly supervised by MIIT, SASTIND, and the Liaoning Provincial Government.",
            {
                "ministry-of-industry-and-information-technology",
                "state-administration-of-science-technology-and-industry-for-national-defence",
                "liaoning-provincial-government",
            },
        ),
    ],
)
def test_an_agency_list_ends_where_another_verb_phrase_or_clause_begins(project, tmp_path, sentence, agencies):
    ctx = rowan(project, tmp_path, sentence)
    assert slugs(ctx, DKG.supervisedBy, DKG.subordinateTo, DKG.jointlySupervisedBy) == agencies


def test_a_joint_construction_has_the_parties_and_years_of_its_own_clause(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "clause-university",
        "Clause University (CU) is designated high risk for its defence research.\n\n"
        "In 2010, CU was supervised by MIIT; in 2014 it became jointly constructed by SASTIND and the MOE. "
        "CU joined the 211 Project in 1996 and has been jointly constructed by the Hubei Provincial Government "
        "since 2009.\n",
    )
    parties: dict[str, set[str]] = {}
    for s, p, o in ctx.triples:
        if p == DKG.party:
            parties.setdefault(str(s).rsplit("-", 1)[-1], set()).add(str(o).rsplit("/", 1)[-1])
    assert parties == {
        "2014": {
            "state-administration-of-science-technology-and-industry-for-national-defence",
            "ministry-of-education",
        },
        "2009": {"hubei-provincial-government"},
    }


def test_a_sources_date_is_not_its_facts(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "dated-source-university",
        "Dated Source University (DSU) is designated high risk for its defence research.\n\n"
        "According to a 2015 media report, DSU holds top-secret security credentials. "
        "DSU claims to hold secret-level security credentials. "
        "DSU signed a strategic cooperation agreement with NORINCO in 2018, according to a news report. "
        "DSU signed a strategic cooperation agreement with AVIC in 2019, covering airframe research.\n",
    )
    triples, predicate = statements(ctx)
    credentials = [st for st, o in predicate.items() if o == DKG.securityCredential]
    assert len(credentials) == 2
    # the report's year dates neither credential; the one it claims for itself is according to it
    assert not [o for s, p, o in triples if s in credentials and p == DKG.pointInTime]
    said = {str(o) for s, p, o in triples if s in credentials and p == DKG.accordingTo}
    assert said == {"a 2015 media report", "Dated Source University"}
    # an agreement's year read before an attribution or a clause after it
    years = sorted(str(o) for s, p, o in triples if p == DKG.when and "agreement" in str(s))
    assert years == ["2018", "2019"]


def test_every_university_the_registry_does_not_know_in_a_partner_list_is_a_partner(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "rowan-university",
        "Rowan University (RU) is designated high risk for its defence research.\n\n"
        "RU has exchanges with the University of Manchester and Eindhoven University of Technology. "
        "RU collaborates with the Technical University of Berlin. "
        "RU collaborates with the Optics Branch of the Kestrel University of Technology.\n",
    )
    triples = set(ctx.triples)
    label = english_labels(triples)
    assert (
        {label[o] for _, p, o in triples if p == DKG.hasExchangesWith}
        == {
            "University of Manchester",
            "Eindhoven University of Technology",  # named whole: neither "Eindhoven University" nor "University of Technology"
        }
    )
    # a part of a university is not the university: the part is the partner, the university its parent
    assert {label[o] for _, p, o in triples if p == DKG.collaboratesWith} == {
        "Technical University of Berlin",
        "Optics Branch of Kestrel University of Technology",
    }
    assert {(label[s], label[o]) for s, p, o in triples if p == DKG.unitOf} == {
        ("Optics Branch of Kestrel University of Technology", "Kestrel University of Technology")
    }


def test_a_university_named_after_a_known_one_and_a_known_one_after_an_unknown_are_partners(project, tmp_path):
    # a known name a longer one goes on from is another university's ("Chongqing University of
    # Posts and Telecommunications"), unless with its place only; a known university listed after
    # one the registry does not know is a partner too ("Birch University and Fudan University")
    ctx = extract(
        project,
        tmp_path,
        "rowan-university",
        "Rowan University (RU) is designated high risk for its defence research.\n\n"
        "RU collaborates with Chongqing University of Posts and Telecommunications. "
        "RU has exchanges with Birch University and Fudan University. "
        "RU has close ties with Tsinghua University of Beijing. "
        "RU collaborates with Birch University and Tsinghua University's School of Aerospace Engineering. "
        "RU has exchanges with the Xi'an University of Architecture and Technology. "
        "RU has exchanges with the People's Armed Police Command College.\n",
    )
    triples = set(ctx.triples)
    label = english_labels(triples)
    assert {label[o] for _, p, o in triples if p == DKG.collaboratesWith} == {
        "Chongqing University of Posts and Telecommunications",
        "Birch University",  # (not the school: a part of Tsinghua University)
    }
    exchanges = {o for _, p, o in triples if p == DKG.hasExchangesWith}
    # (a city's apostrophe in the name; not the PAP's school the registry does not know, a name going
    # on from the PAP's otherwise)
    xian = next(o for o in exchanges if label.get(o) == "Xi'an University of Architecture and Technology")
    assert exchanges == {ID["birch-university"], ID["fudan-university"], xian}
    assert not [o for _, p, o in triples if p == DKG.hasCloseTiesWith]  # not a university of its own


@pytest.mark.parametrize(
    ("risk", "counts"),
    [
        (
            "for its top-secret security credentials, seven defence laboratories and 14 designated defence research areas",
            {("defenceLaboratoryCount", 7, "exact"), ("designatedDisciplineCount", 14, "exact")},
        ),
        (
            "for its secret-level credentials and its at least two major defence laboratories",
            {("defenceLaboratoryCount", 2, "minimum")},
        ),
        # another's laboratories, laboratories not said to be defence ones: no count
        ("for its links to two defence laboratories at Birch University", set()),
        ("for its 20 laboratories", set()),
    ],
)
def test_a_risk_levels_reasons_give_the_institutions_counts(project, tmp_path, risk, counts):
    ctx = extract(project, tmp_path, "rowan-university", f"Rowan University (RU) is designated high risk {risk}.\n")
    triples = set(ctx.triples)

    def value(node, predicate):
        return next(o for s, p, o in triples if s == node and p == predicate)

    found = {
        (str(p).rsplit("#")[-1], value(o, DKG.value).toPython(), str(value(o, DKG.countPrecision)).rsplit("/")[-1])
        for s, p, o in triples
        if p in (DKG.defenceLaboratoryCount, DKG.designatedDisciplineCount)
    }
    assert found == counts


def test_a_known_name_inside_a_longer_unknown_one_is_not_its_organisation(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "rowan-university",
        "Rowan University (RU) is designated high risk for its defence research.\n\n"
        "In 2018, RU and the PLA Army Artillery and Air Defense Academy jointly held a seminar on radar.\n",
    )
    assert slugs(ctx, DKG.organisedBy) == {"rowan-university"}  # not the PLA Ground Force ("PLA Army")


@pytest.mark.parametrize(
    "name", ["Kestrel Optics GmbH", "Kestrel Photonics Inc.", "Kestrel Lasers Ltd", "Kestrel Sensors AG"]
)
def test_a_company_the_registry_does_not_know_is_named_by_its_legal_form(project, tmp_path, name):
    ctx = extract(
        project,
        tmp_path,
        "rowan-university",
        f"Rowan University (RU) is designated high risk for its defence research.\n\nRU collaborates with {name}.\n",
    )
    label = english_labels(ctx.triples)
    assert [label[o] for _, p, o in ctx.triples if p == DKG.collaboratesWith] == [name]


def test_a_partner_list_of_known_and_unknown_organisations_gives_every_one(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "rowan-university",
        "Rowan University (RU) is designated high risk for its defence research.\n\n"
        "RU has exchanges with CETC, the University of Manchester and Kyoto University. "
        "RU collaborates with Huawei and the University of Melbourne on artificial intelligence. "
        "RU collaborates with CASC on a project for the Kestrel Radar Company. "
        "RU signed a cooperation agreement with AVIC and the University of Leeds in 2019.\n",
    )
    triples = set(ctx.triples)
    assert slugs(ctx, DKG.hasExchangesWith) == {
        "china-electronics-technology-group-corporation",
        "university-of-manchester",
        "kyoto-university",
    }
    # the list, not a company the work is for
    assert slugs(ctx, DKG.collaboratesWith) == {
        "huawei-technologies",
        "university-of-melbourne",
        "china-aerospace-science-and-technology-corporation",
    }
    # one agreement, the partners listed together its parties
    assert slugs(ctx, DKG.party) == {
        "rowan-university",
        "aviation-industry-corporation-of-china",
        "university-of-leeds",
    }
    # the rest of a list is not a description of its first partner
    assert not any(p == DKG.description for _, p, _ in triples)


def test_what_a_pages_links_pictures_and_references_leave_in_its_text_is_not_read():
    text = (
        "In 2016, AU signed an agreement with CETC–schId-12,categoryId-3.dhtml to develop radar. "
        "(pictured: the main campus) AU has exchanges with Birch University. "
        "AU studied sonar arrays[J]. Journal of Kestrel Acoustics, 2009(02): 12-15. It ends."
    )
    assert [s.text for s in split_sentences(text, None)] == [
        "In 2016, AU signed an agreement with CETC to develop radar.",
        "AU has exchanges with Birch University.",
        "AU studied sonar arrays.",
        "It ends.",
    ]


# -- what a sentence does not say: contractions, refusals, permissions, credentials talked about -----


def rowan(project, tmp_path, body: str):
    """The extraction of a page on Rowan University (RU), high risk, whose body is ``body``."""
    return extract(
        project,
        tmp_path,
        "rowan-university",
        f"Rowan University (RU) is designated high risk for its defence research.\n\n{body}\n",
    )


def remark_academy(project, tmp_path, header: str, prose: str = ""):
    """The extraction of a 2025-layout page on Remark Academy (RA), high risk, with ``header``'s
    badge and side-field lines, and ``prose`` after its risk sentence."""
    return extract(
        project,
        tmp_path,
        "remark-academy",
        f"Remark Academy\n备注学院\nAssessed as high risk\n{header}\n\nRemark Academy (RA) is assessed as high risk.\n{prose}",
    )


def properties_by_node(ctx) -> dict:
    """Each node's properties (a statement's rdf:subject, rdf:predicate, rdf:object, qualifiers, ...)."""
    by = properties(ctx)
    return by


def statements_by_object(ctx, prop) -> dict:
    """The properties of each statement of ``prop`` (``properties_by_node``), by its object's last segment."""
    return {
        str(st[RDF.object]).rsplit("/", 1)[-1]: st
        for st in properties_by_node(ctx).values()
        if st.get(RDF.predicate) == prop
    }


@pytest.mark.parametrize(
    ("sentence", "prop"),
    [
        ("RU isn't subordinate to SASTIND.", DKG.subordinateTo),
        ("RU doesn’t hold secret-level security credentials.", DKG.securityCredential),
        # a participle after another noun is that noun's; people or a board are no agency
        ("RU hosts a laboratory run by CASIC and trains engineers for its Second Academy.", DKG.supervisedBy),
        ("RU competes for students with universities run by MIIT.", DKG.supervisedBy),
        ("RU has a science park managed by CETC.", DKG.supervisedBy),
        ("RU is run by former NORINCO executives.", DKG.supervisedBy),
        ("RU is managed by a board that includes representatives of NORINCO and AVIC.", DKG.supervisedBy),
        # a credential named, but not held now: after its words
        ("RU's secret-level security credentials were not renewed in 2019.", DKG.securityCredential),
        ("RU gave up its secret-level security credentials in 2018.", DKG.securityCredential),
        ("RU's secret-level security credentials are under review.", DKG.securityCredential),
        ("RU works on projects that require secret-level security credentials.", DKG.securityCredential),
        ("RU should hold secret-level security credentials, given its weapons work.", DKG.securityCredential),
        ("RU holds secret-level security credentials, media claimed.", DKG.securityCredential),
        ("RU hasn't been added to the Entity List.", DKG.listedOn),
        ("RU has yet to be added to the Entity List.", DKG.listedOn),
        ("RU is subordinate to neither SASTIND nor MIIT.", DKG.subordinateTo),
        ("RU submitted an application for secret-level security credentials in 2018.", DKG.securityCredential),
        ("RU has possible secret-level security credentials.", DKG.securityCredential),
        ("RU failed the top-secret security credential review in 2017.", DKG.securityCredential),
        ("RU organised training on secret-level security credentials.", DKG.securityCredential),
        ("RU declined to train officers for the PLA Navy.", DKG.trainsPersonnelFor),
        ("RU was barred from training officers for the PLA Navy in 2019.", DKG.trainsPersonnelFor),
        ("RU was unable to cooperate with NUDT.", DKG.collaboratesWith),
        ("RU is permitted to conduct research for the PLA Navy.", DKG.conductsResearchFor),
        ("HIT is subordinate to MIIT. The university holds top-secret security credentials.", DKG.securityCredential),
        ("RU's main partner is HIT. The university holds top-secret security credentials.", DKG.securityCredential),
        # an agreement's purpose is not the relation done
        ("RU signed an agreement with NUDT to jointly train officers for the PLA Navy.", DKG.trainsPersonnelFor),
        (
            "RU signed an agreement with NUDT to jointly develop missiles for the PLA Rocket Force.",
            DKG.conductsResearchFor,
        ),
        # two counts, or the country's count
        (
            "RU hosts one national defence key laboratory and three defence science and technology key laboratories.",
            DKG.defenceLaboratoryCount,
        ),
        ("RU has 2 defence labs in 2019 and 3 in 2020.", DKG.defenceLaboratoryCount),
        (
            "Across China, SASTIND approved 120 disciplines with defence characteristics, five of them at RU.",
            DKG.designatedDisciplineCount,
        ),
        # a partner described as holding one
        (
            "RU cooperates with the Kestrel Institute of Physics, a CETC subsidiary that holds secret-level security credentials.",
            DKG.securityCredential,
        ),
        (
            "RU works closely with Kestrel Radar Factory, a company holding top-secret security credentials.",
            DKG.securityCredential,
        ),
        # the supervision of what the institution set up
        (
            "RU established the Institute of Hypersonic Research in 2008 under the supervision of CASC.",
            DKG.supervisedBy,
        ),
        # a numbered institute of a group is not the group
        ("RU cooperates with CETC 38.", DKG.collaboratesWith),
        ("RU cooperates with AVIC 601.", DKG.collaboratesWith),
        # what nearly happened, is due, awaited or aimed at, has not
        ("RU was nearly added to the Entity List in 2020.", DKG.listedOn),
        ("RU was due to be added to the Entity List in 2020.", DKG.listedOn),
        ("RU narrowly missed out on a secret-level security credential in 2016.", DKG.securityCredential),
        ("RU is still awaiting approval of its secret-level security credential.", DKG.securityCredential),
        ("RU aims for 50% of its graduates to join the defence industry by 2025.", DKG.defenceGraduateShare),
        ("RU set a goal of RMB 200 million in defence research funding by 2020.", DKG.defenceResearchSpending),
        # a hedging adverb
        ("RU seemingly collaborates with CETC.", DKG.collaboratesWith),
        ("RU is reputedly subordinate to MIIT.", DKG.subordinateTo),
        # a count in another body's relative clause
        (
            "RU signed an agreement with Northeastern University, which has three disciplines with defence characteristics.",
            DKG.designatedDisciplineCount,
        ),
        # credentials as what something is about
        ("RU attended a conference on secrecy qualifications organised by SASTIND.", DKG.securityCredential),
        ("RU discussed secrecy qualifications with SASTIND officials.", DKG.securityCredential),
        ("RU publishes research on secrecy qualifications.", DKG.securityCredential),
    ],
)
def test_what_a_sentence_does_not_say_of_the_institution_is_not_read(project, tmp_path, sentence, prop):
    ctx = rowan(project, tmp_path, sentence)
    assert not [o for s, p, o in ctx.triples if s == ID["rowan-university"] and p == prop]


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2012, RU was charged by SASTIND with building a national fuze testing centre.",
        "In 2018, RU charged NORINCO RMB2 million for fuze testing services.",
        "RU detained a visiting scholar's laptop in 2017 under its secrecy rules.",
        "In 2019, an RU professor was charged with smuggling fuze components to Iran.",
    ],
)
def test_a_case_verb_in_another_sense_is_no_case(project, tmp_path, sentence):
    """A task ("charged ... with building"), a bill ("charged NORINCO RMB2 million") or a thing held
    is no case; "charged with smuggling" is one."""
    ctx = rowan(project, tmp_path, f"Espionage and misconduct\n\n{sentence}")
    topics = [o for _, p, o in ctx.triples if p == DKG.topic]
    assert topics == ([Literal("indictment", lang="en")] if "smuggling" in sentence else [])


def test_agencies_after_not_only_are_read(project, tmp_path):
    ctx = rowan(
        project,
        tmp_path,
        "RU is supervised by not only MIIT but also SASTIND.",
    )
    assert slugs(ctx, DKG.supervisedBy) == {
        "ministry-of-industry-and-information-technology",
        "state-administration-of-science-technology-and-industry-for-national-defence",
    }


@pytest.mark.parametrize(
    ("sentence", "dated"),
    [
        ("RU was founded in 1952 and holds secret-level security credentials.", {"secret": None}),
        (
            "RU, which signed an agreement with NORINCO in 2016, holds secret-level security credentials.",
            {"secret": None},
        ),
        ("In 2005, RU received secret-level security credentials.", {"secret": "2005"}),
        (
            "RU is listed on the Japan End User List (2019) and the US Entity List (2020).",
            {"japan-end-user-list": "2019", "us-entity-list": "2020"},
        ),
        (
            "RU was added to the Japan End User List in 2019 and to the US Entity List.",
            {"japan-end-user-list": "2019", "us-entity-list": None},
        ),
        ("RU, renamed in 1999, is on the Unverified List.", {"us-unverified-list": None}),
        (
            "In 2019, RU was added to the Entity List and the Unverified List.",
            {"us-entity-list": "2019", "us-unverified-list": "2019"},
        ),
        # a credential dated from the listing, not in its year
        (
            "RU was added to the Entity List in 2020, three years after it received secret-level security credentials.",
            {"us-entity-list": "2020", "secret": None},
        ),
    ],
)
def test_a_credential_or_listing_takes_the_year_of_its_own_clause(project, tmp_path, sentence, dated):
    ctx = rowan(project, tmp_path, sentence)
    by = properties_by_node(ctx)
    found = {}
    for st in by.values():
        if (
            st.get(RDF.predicate) in (DKG.securityCredential, DKG.listedOn)
            and st.get(RDF.subject) == ID["rowan-university"]
        ):
            when = by[st[DKG.pointInTime]][DKG.when] if DKG.pointInTime in st else None
            found[str(st[RDF.object]).rsplit("/", 1)[-1]] = str(when) if when is not None else None
    assert found == dated


def _facts_and_years(ctx) -> dict[tuple[str, str], str | None]:
    """(property, object) of each statement, with the year of its point in time, start or
    establishment (None: undated)."""
    by = properties_by_node(ctx)
    out = {}
    for st in by.values():
        if RDF.predicate not in st:
            continue
        when = next((by[st[q]][DKG.when] for q in (DKG.pointInTime, DKG.startDate) if q in st), None)
        if st[RDF.predicate] == DKG.established:
            when = by[st[RDF.object]].get(DKG.when)
        key = (str(st[RDF.predicate]).rsplit("#", 1)[-1], str(st[RDF.object]).rsplit("/", 1)[-1])
        out[key] = str(when) if when is not None else None
    return out


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a co-trainer is not a client
        ("RU jointly trains PLA officers with HIT.", {("trainsPersonnelFor", "peoples-liberation-army"): None}),
        # a clause of its own after an agreement's: read, without the agreement's year
        (
            "RU signed an agreement with CETC in 2015 and trains officers for the PLA Navy.",
            {("trainsPersonnelFor", "pla-navy"): None},
        ),
        # the year of the founding clause, not of a relative clause or another clause
        ("RU and CETC jointly established the Radar Laboratory, which NUDT joined in 2016.", {}),
        (
            "After signing an agreement in 2011, RU and CETC jointly established the Radar Laboratory in 2013.",
            {("established", "radar-laboratory-established-aspi-tracker"): "2013"},
        ),
        ("RU co-founded the Liaoning Defence Innovation Alliance, which HIT joined in 2016.", {}),
        # supervisors: not one playing another part; the possessor of an institute, implied
        (
            "RU is supervised by the Liaoning Provincial Government, with SASTIND playing an advisory role.",
            {("supervisedBy", "liaoning-provincial-government"): None},
        ),
        # supervisors first, in the active voice
        ("MIIT administers RU.", {("supervisedBy", "ministry-of-industry-and-information-technology"): None}),
        ("The Liaoning Provincial Government runs RU.", {("supervisedBy", "liaoning-provincial-government"): None}),
        ("CETC runs RU's radar laboratory.", {}),
        # a numbered ministry is its own body, minted with its number
        (
            "RU is subordinate to the Fifth Ministry of Machine Building.",
            {("subordinateTo", "fifth-ministry-of-machine-building"): None},
        ),
    ],
)
def test_a_relation_and_its_year_are_its_own_clauses(project, tmp_path, sentence, expected):
    ctx = rowan(project, tmp_path, sentence)
    wanted = {"trainsPersonnelFor", "established", "supervisedBy", "subordinateTo"}
    found = {k: v for k, v in _facts_and_years(ctx).items() if k[0] in wanted and "risk" not in k[1]}
    assert found == expected


def test_the_possessor_of_a_numbered_institute_supervises_only_by_implication(project, tmp_path):
    ctx = rowan(
        project,
        tmp_path,
        "RU is subordinate to NORINCO's 201 Institute.",
    )
    certainty = {
        str(o).rsplit("/", 1)[-1]
        for s, p, o in ctx.triples
        if p == DKG.certainty and (s, RDF.predicate, DKG.subordinateTo) in set(ctx.triples)
    }
    assert certainty == {"implied"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # which agreement is of which year is not said: one with each partner, undated
        (
            "RU signed agreements with NUDT and HIT in 2014 and 2016.",
            {("harbin-institute-of-technology", None), ("national-university-of-defense-technology", None)},
        ),
        (
            "In 2014 and 2016, RU signed agreements with NUDT and HIT.",
            {("harbin-institute-of-technology", None), ("national-university-of-defense-technology", None)},
        ),
        # one partner: one each year; each partner with its own year: that year
        (
            "RU signed agreements with CASIC in 2017 and 2019.",
            {
                ("china-aerospace-science-and-industry-corporation", "2017"),
                ("china-aerospace-science-and-industry-corporation", "2019"),
            },
        ),
        (
            "RU signed agreements with CASC in 2016 and with CASIC in 2019.",
            {
                ("china-aerospace-science-and-technology-corporation", "2016"),
                ("china-aerospace-science-and-industry-corporation", "2019"),
            },
        ),
        # a joint construction a later clause ends: made, with no year of its end
        (
            "RU was jointly constructed by COSTIND and the Liaoning Provincial Government, but this arrangement ended in 2008.",
            {
                ("commission-of-science-technology-and-industry-for-national-defence", None),
                ("liaoning-provincial-government", None),
            },
        ),
    ],
)
def test_agreements_with_several_partners_and_years(project, tmp_path, sentence, expected):
    ctx = rowan(project, tmp_path, sentence)
    triples = set(ctx.triples)
    nodes = {s for s, p, o in triples if p == DKG.party}
    found = set()
    for node in nodes:
        dates = [o for s, p, o in triples if s == node and p == DKG.date]
        year = str(next(o for s, p, o in triples if s == dates[0] and p == DKG.when)) if dates else None
        for _, _, partner in (
            t for t in triples if t[0] == node and t[1] == DKG.party and t[2] != ID["rowan-university"]
        ):
            found.add((str(partner).rsplit("/", 1)[-1], year))
    assert found == expected


def test_a_page_opening_with_the_risk_badge_is_the_profile_of_the_institution_its_risk_sentence_names(
    project, tmp_path
):
    """The 2025 layout's badge first, no title line: the institution is the risk sentence's subject
    (the badge was taken for the page's title, and the page gave no facts); shorter headings are
    headings."""
    ctx = extract(
        project,
        tmp_path,
        "rowan-university",
        "Very HighRisk Category\n\nRowan University (RU) is assessed as very high risk for its defence research.\n\n"
        "RU is subordinate to MIIT.\n\nEntity lists\n\nRU was added to the US Entity List in 2023.\n",
    )
    assert slugs(ctx, DKG.riskLevel) == {"very-high"}
    assert slugs(ctx, DKG.subordinateTo) == {"ministry-of-industry-and-information-technology"}
    assert not [o for s, p, o in ctx.triples if p == DKG.unparsedSentence and str(o) == "Entity lists"]


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        (
            "RU's defence research spending totalled RMB905 million between 2013 and 2015.",
            {DKG.startDate: "2013", DKG.endDate: "2015"},
        ),
        ("RU, founded in 1952, spent RMB200 million on defence research.", {}),
        ("29.96% of RU's graduates in 2017 and 2018 joined the defence sector.", {}),
        ("21.5% of RU graduates in 2016 went to work in the defence industry.", {DKG.pointInTime: "2016"}),
    ],
)
def test_a_sum_or_a_share_takes_the_period_the_sentence_gives_it(project, tmp_path, sentence, dates):
    ctx = rowan(project, tmp_path, sentence)
    by = properties_by_node(ctx)
    (st,) = [
        st for st in by.values() if st.get(RDF.predicate) in (DKG.defenceResearchSpending, DKG.defenceGraduateShare)
    ]
    found = {q: str(by[st[q]][DKG.when]) for q in (DKG.pointInTime, DKG.startDate, DKG.endDate) if q in st}
    assert found == dates


def test_a_bracket_naming_another_known_body_is_the_name_before_it(project, tmp_path):
    ctx = rowan(project, tmp_path, "RU collaborates with Harbin Institute of Technology (HEU).")
    assert slugs(ctx, DKG.collaboratesWith) == {"harbin-institute-of-technology"}


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        ("In 2019, RU professor Zhang Wei was arrested.", True),
        ("In 2019, Zhang Wei, a professor at RU, was arrested.", True),
        ("In 2019, a NUDT professor who had once visited RU was arrested.", False),
        (
            "In 2019, Zhang Wei, a professor at Harbin Engineering University, was arrested; he had studied at RU.",
            False,
        ),
        ("In 2019, RU professor Zhang Wei was convicted of espionage; the conviction was overturned in 2021.", False),
        ("Since 2016, at least five people have been charged with exporting items to RU.", False),
    ],
)
def test_a_case_is_the_institutions_when_its_own_clause_names_it(project, tmp_path, sentence, read):
    ctx = rowan(project, tmp_path, f"Espionage and misconduct\n\n{sentence}")
    assert bool([s for s, p, o in ctx.triples if p == DKG.concerns and o == ID["rowan-university"]]) is read


def test_the_year_of_whom_a_tie_is_said_by_is_not_the_ties(project, tmp_path):
    ctx = rowan(project, tmp_path, "RU collaborates with CASIC, according to a 2015 news report.")
    assert slugs(ctx, DKG.collaboratesWith) == {"china-aerospace-science-and-industry-corporation"}
    assert not [o for s, p, o in ctx.triples if p in (DKG.pointInTime, DKG.startDate)]


def test_a_laboratorys_chinese_label_is_its_name_alone(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "rowan-university",
        "Rowan University (RU) is designated high risk for its defence research.\n\nDefence laboratories\n\n"
        "  • Key Laboratory of Precision Guidance (精确制导重点实验室, B类)\n",
    )
    assert {str(o) for s, p, o in ctx.triples if p == SKOS.prefLabel and o.language == "zh-Hans"} == {
        "精确制导重点实验室"
    }


@pytest.mark.parametrize(
    "sentence",
    [
        # a laboratory that went elsewhere, or another's founding
        "RU established the Key Laboratory of Hypersonic Flight in 2008; in 2013 it was transferred to NUDT.",
        "RU established the Key Laboratory of Hypersonic Flight in 2008 and moved it to CASIC in 2012.",
        "RU established the Key Laboratory of Hypersonic Flight, two years after NUDT founded the Key Laboratory of Scramjets.",
    ],
)
def test_a_laboratory_gone_elsewhere_or_founded_by_another_is_not_the_institutions(project, tmp_path, sentence):
    ctx = rowan(project, tmp_path, sentence)
    assert not [s for s, p, o in ctx.triples if p in (DKG.hostedBy, DKG.establishedBy) and o == ID["rowan-university"]]


@pytest.mark.parametrize(
    ("lead_in", "hosted"),
    [
        ("RU hosts the following laboratories:", True),
        ("The following laboratories were identified:", True),
        ("Harbin Institute of Technology hosts the following laboratory:", False),
        ("The following laboratory was closed in 2015:", False),
        ("RU plans to establish:", False),
        ("RU's subsidiary, Rowan Aerospace Co., Ltd., hosts:", False),
        # (sixtieth session) its own laboratories by its possessive, which were unread
        ("RU's defence laboratories include:", True),
        ("The university's major defence laboratories are:", True),
        ("RU's partner CETC hosts the following laboratories:", False),
        # (sixtieth session) laboratories it works with or shares, which were read as hosted
        ("RU collaborates with the following laboratories:", False),
        ("RU and CETC jointly run the following laboratories:", False),
    ],
)
def test_laboratory_bullets_are_the_institutions_as_their_lead_in_says(project, tmp_path, lead_in, hosted):
    ctx = rowan(
        project, tmp_path, f"Defence laboratories\n\n{lead_in}\n  • Key Laboratory of Space Optics (空间光学重点实验室)"
    )
    assert bool([s for s, p, o in ctx.triples if p == DKG.hostedBy and o == ID["rowan-university"]]) is hosted


@pytest.mark.parametrize(
    ("lead_in", "hosted"),
    [
        ("RU hosts the following defence laboratories:", True),
        ("RU's defence laboratories include:", True),
        ("Defence laboratories at RU include:", True),
        ("RU is home to two defence labs:", True),
        ("RU collaborates with the following laboratories:", False),
        ("CETC hosts the following laboratories:", False),
        ("RU previously hosted the following laboratories:", False),
        ("RU hosts two of the following laboratories:", False),
        ("The following laboratories were closed in 2015:", False),
        ("The following laboratories are well known:", False),
        ("RU plans to establish the following laboratories:", False),
    ],
)
def test_laboratory_bullets_outside_the_heading_are_the_institutions_when_their_lead_in_says_it_holds_them(
    project, tmp_path, lead_in, hosted
):
    """Sixtieth session: a list of laboratories in the body of a page, outside the laboratories
    heading, was unread whatever its lead-in said; it is read as under the heading when the lead-in
    says the institution holds them, and each line names a laboratory."""
    ctx = rowan(
        project,
        tmp_path,
        f"{lead_in}\n  • Key Laboratory of Space Optics (空间光学重点实验室)\n  • Centre for Optical Studies\n",
    )
    hosted_here = {
        str(s).rsplit("/", 1)[-1] for s, p, o in ctx.triples if p == DKG.hostedBy and o == ID["rowan-university"]
    }
    assert hosted_here == ({"key-laboratory-of-space-optics"} if hosted else set())


def test_footnote_separators_after_a_stop_end_the_sentence():
    text = "HEU holds top-secret security credentials. ; ; HEU's researchers work with HIT. ; It grew."
    assert [s.text for s in split_sentences(text, None)] == [
        "HEU holds top-secret security credentials.",
        "HEU's researchers work with HIT.",
        "It grew.",
    ]


def test_a_sentence_glued_to_a_quotations_closing_mark_is_a_sentence_of_its_own():
    # a copy that lost the space after a quotation ending a sentence: the next one starts at the
    # capital right after the closing mark, whichever mark it is
    text = (
        "AU aims to ‘serve the defence industry.’SASTIND has designated two disciplines at AU. "
        'It called the lab "a base."In 2019 it grew. It builds ‘platforms.”Li Wei, its head, spoke.'
    )
    assert [s.text for s in split_sentences(text, None)] == [
        "AU aims to ‘serve the defence industry.’",
        "SASTIND has designated two disciplines at AU.",
        'It called the lab "a base."',
        "In 2019 it grew.",
        "It builds ‘platforms.”",
        "Li Wei, its head, spoke.",
    ]
    # not after initials, nor before a word in lower case: a possessive, a quotation going on
    (s,) = split_sentences("The U.S.’Entity List names Kestrel Co.’s subsidiary, ‘a firm.’of note.", None)
    assert s.text == "The U.S.’Entity List names Kestrel Co.’s subsidiary, ‘a firm.’of note."


def test_a_part_named_after_its_owners_full_name_is_the_part_the_registry_knows(project, tmp_path):
    """Not a minted "Industry Corporation" from the name split at its "and"; a description of a
    part ("the PLA's signals intelligence organisation"), or a part named otherwise than by its
    number ("CETC's Radar Division"), gives no partner."""
    ctx = rowan(
        project,
        tmp_path,
        "RU collaborates with China Aerospace Science and Industry Corporation's Second Academy. "
        "RU collaborates with the PLA's signals intelligence organisation. RU works with CETC's Radar Division. "
        "RU collaborates with the Second Academy of China Aerospace Science and Industry Corporation (CASIC).",
    )
    links = {
        (str(o).rsplit("/", 1)[-1], str(c).rsplit("/", 1)[-1])
        for o, c in _objects_with_certainty(ctx, DKG.collaboratesWith)
    }
    assert links == {("china-changfeng-mechanics-and-electronics-technology-academy", "stated")}


def test_a_groups_unit_named_by_its_number_is_the_partner_and_the_groups_subsidiary(project, tmp_path):
    """ "CETC's 14th Research Institute", "the 54th Research Institute of CETC", "CETC 38th Research
    Institute", "CASC's Eighth Academy": the unit, one node however written, a subsidiary of the
    group as the text says; the registry's unit when it knows it ("CASIC's 2nd Academy"); none
    for a unit of no group or a unit named with more after it; under a hedge, its parent only."""
    ctx = rowan(
        project,
        tmp_path,
        "RU collaborates with CETC's 14th Research Institute. RU has exchanges with the 14th Research Institute "
        "of CETC and CETC 38th Research Institute. RU has close ties with CASC's Eighth Academy. "
        "RU collaborates with CASIC's 2nd Academy. RU collaborates with the 5th Research Institute of the MOE. "
        "RU collaborates with CETC's 29th Research Institute Laboratory of Radar. "
        "RU reportedly collaborates with CETC's 10th Research Institute. "
        "RU has close ties with the No. 201 Research Institute of NORINCO.",  # (a number's "No.", no negation)
    )
    triples = set(ctx.triples)
    tail = lambda iri: str(iri).rsplit("/", 1)[-1]  # noqa: E731
    cetc14 = "14th-research-institute-of-china-electronics-technology-group-corporation"
    assert {tail(o) for _, p, o in triples if p == DKG.collaboratesWith} == {
        cetc14,
        "china-changfeng-mechanics-and-electronics-technology-academy",
    }
    assert {tail(o) for _, p, o in triples if p == DKG.hasExchangesWith} == {
        cetc14,
        "38th-research-institute-of-china-electronics-technology-group-corporation",
    }
    assert {tail(o) for _, p, o in triples if p == DKG.hasCloseTiesWith} == {
        "8th-academy-of-china-aerospace-science-and-technology-corporation",
        "201st-research-institute-of-china-north-industries-group-corporation",
    }
    owners = {tail(s): tail(o) for s, p, o in triples if p == DKG.subsidiaryOf}
    assert owners[cetc14] == "china-electronics-technology-group-corporation"
    assert not [s for s in owners if "29th" in s or "5th" in s]
    # (fiftieth session: a unit named under a hedge is minted with its parent, as a unit named by a
    # name of its own is; the hedged tie is not read: not among the partners above)
    cetc10 = "10th-research-institute-of-china-electronics-technology-group-corporation"
    assert owners[cetc10] == "china-electronics-technology-group-corporation"


def test_a_company_listed_after_and_is_a_partner_of_its_own(project, tmp_path):
    """A company's name after another name and "and" is one partner of the list, not the end of a
    longer name ("Birch Electric and Machinery Company" is one name, unknown: none minted)."""
    ctx = rowan(
        project,
        tmp_path,
        "RU collaborates with CETC and Kestrel Optics Company. "
        "RU collaborates with the University of Birchwood and Wren Photonics Company. "
        "RU collaborates with Birch Electric and Machinery Company.",
    )
    links = {str(o).rsplit("/", 1)[-1] for o, _ in _objects_with_certainty(ctx, DKG.collaboratesWith)}
    assert links == {
        "china-electronics-technology-group-corporation",
        "kestrel-optics-company",
        "university-of-birchwood",
        "wren-photonics-company",
    }


@pytest.mark.parametrize(
    ("body", "prop", "expected"),
    [
        # a relative clause about some of the partners named before it is theirs
        (
            "RU collaborates with Tianjin University and Nankai University, both of which are subordinate to "
            "the Ministry of Education.",
            DKG.subordinateTo,
            set(),
        ),
        (
            "RU collaborates with Dalian University of Technology and Northeastern University, each of which "
            "holds secret-level security credentials.",
            DKG.securityCredential,
            set(),
        ),
        # a clause of its own after ", and" names its subject
        ("RU and HIT hold top-secret security credentials, and HIT is supervised by MIIT.", DKG.supervisedBy, set()),
        # the years of a former name end no supervision
        (
            "RU, known until 2003 as the Rowan Optics Institute, is directly under the Central Military Commission.",
            DKG.subordinateTo,
            {("central-military-commission", "stated")},
        ),
        (
            "RU, called the Rowan Machinery Institute until 2005, is supervised by MIIT.",
            DKG.formerlySupervisedBy,
            set(),
        ),
        (
            "RU was known as the Rowan Bearing Research Institute from 1958 to 1994 and is run by MIIT.",
            DKG.supervisedBy,
            {("ministry-of-industry-and-information-technology", "stated")},
        ),
        # an agency the text is unsure of is not stated
        (
            "RU is supervised by the Ministry of Education and possibly by SASTIND.",
            DKG.supervisedBy,
            {("ministry-of-education", "stated")},
        ),
        # laboratories "defence-related" are not the defence laboratories
        ("RU is home to some twelve defence-related laboratories.", DKG.defenceLaboratoryCount, set()),
        # joint laboratories with others, one named: shared, either's
        (
            "RU has established four joint laboratories with defence conglomerates, including the CASIC-RU "
            "Joint Laboratory of Missile Bearings.",
            DKG.hostedBy,
            set(),
        ),
        # a university's name stops before another's after "and"
        (
            "RU has exchanges with the Technical University of Denmark and Pusan National University.",
            DKG.hasExchangesWith,
            {("technical-university-of-denmark", "stated"), ("pusan-national-university", "stated")},
        ),
        # a passive whose subject is something of the institution's, or something else, is not its own
        (
            "RU hosts at least four defence laboratories, half of which were transferred to NORINCO in 2019.",
            DKG.subordinateTo,
            set(),
        ),
        (
            "RU signed an agreement in 2018 under which its explosives workshop was transferred to NORINCO.",
            DKG.subordinateTo,
            set(),
        ),
        ("RU absorbed a college that had been transferred to the PLA in 1970.", DKG.subordinateTo, set()),
        (
            "RU, whose former campus was transferred to the PLA in 2002, is supervised by MIIT.",
            DKG.supervisedBy,
            {("ministry-of-industry-and-information-technology", "stated")},
        ),
        (
            "RU is a university that is supervised by MIIT.",
            DKG.supervisedBy,
            {("ministry-of-industry-and-information-technology", "stated")},
        ),
        (
            "RU is supervised by the Ministry of Education and jointly constructed by SASTIND.",
            DKG.supervisedBy,
            {("ministry-of-education", "stated")},
        ),
        # another holder's credential, and one a rumour gives
        (
            "RU has held secret-level security credentials since 2008; its subsidiary has held top-secret ones "
            "since 2016.",
            DKG.securityCredential,
            {("secret", "stated")},
        ),
        (
            "RU obtained secret-level security credentials in 2010 and confidential-level credentials for its "
            "press in 2014.",
            DKG.securityCredential,
            {("secret", "stated")},
        ),
        (
            "RU's security credentials were upgraded to top-secret in 2019, according to a rumour reported by Sina.",
            DKG.securityCredential,
            set(),
        ),
        # an owner's rival or former unit is no part of it
        (
            "RU maintains close ties with NORINCO's rival, a private arms maker in Chongqing.",
            DKG.hasCloseTiesWith,
            set(),
        ),
        ("RU trains engineers for AVIC's former rival in Xi'an.", DKG.trainsPersonnelFor, set()),
        # another's laboratory, and a shared one
        ("RU is home to the Underwater Weapons Laboratory of NORINCO's 705 Institute.", DKG.hostedBy, set()),
        ("RU's State Key Laboratory of Chemo/Biosensing is co-hosted with Xiangtan University.", DKG.hostedBy, set()),
        # a span of time gone by
        ("In the decade after 2005, RU trained engineers for NORINCO.", DKG.trainsPersonnelFor, set()),
        # a longer name the institution's begins is another's
        (
            "Rowan University of Science and Technology (RUST), a different institution, holds confidential-level "
            "security credentials.",
            DKG.securityCredential,
            set(),
        ),
        # a partner's listing, a listing said to be another's, a transferred laboratory
        (
            "RU collaborates with Alibaba and Hikvision on AI, and Hikvision was added to the US Entity List in "
            "October 2019.",
            DKG.listedOn,
            set(),
        ),
        (
            "The US added RU to the Entity List in 2020 under the name of its subsidiary, rather than the "
            "university itself.",
            DKG.listedOn,
            set(),
        ),
        (
            "RU hosts at least three military key laboratories, one of which, the Military Key Laboratory of "
            "Missile Propulsion, was transferred to CASC's Fourth Academy in 2018.",
            DKG.subordinateTo,
            set(),
        ),
        (
            "In 2019 the university and Huazhong University of Science and Technology (HUST) signed a strategic "
            "cooperation agreement; HUST also has a secrecy qualification.",
            DKG.securityCredential,
            set(),
        ),
        # a laboratory "the latter shared with" another
        (
            "RU hosts the Science and Technology on Underwater Vehicle Laboratory, the latter shared with CSSC's "
            "702 Research Institute.",
            DKG.hostedBy,
            set(),
        ),
        # a name with "&" after "and", a campus after "at", a partnership the sentence says ended
        (
            "RU collaborates with the University of Wisconsin-Madison and Texas A&M University.",
            DKG.collaboratesWith,
            {("university-of-wisconsin-madison", "stated"), ("texas-a-m-university", "stated")},
        ),
        (
            "RU collaborates with the University of Texas at Arlington, which suspended the partnership in 2020.",
            DKG.collaboratesWith,
            set(),
        ),
        # two transfers in one sentence: the first ended, when the sentence does not quite say
        ("In 1998, RU was transferred to COSTIND, and in 2008 it was transferred to MIIT.", DKG.subordinateTo, set()),
        # another's clause with an aside ("in turn", "for its part"), or after "the latter"
        (
            "RU has been exchanging staff with NPU since 2016; NPU, in turn, holds top-secret security credentials.",
            DKG.securityCredential,
            set(),
        ),
        (
            "RU collaborates with Shenyang Aerospace University, which, in turn, is supervised by AVIC.",
            DKG.supervisedBy,
            set(),
        ),
        (
            "RU cooperates with Harbin Engineering University, the latter being subordinate to MIIT.",
            DKG.collaboratesWith,
            {("harbin-engineering-university", "stated")},
        ),
        # failed, avoided, rare, nominal, discredited or undone: nothing stated
        ("In 2012, RU applied unsuccessfully for top-secret security credentials.", DKG.securityCredential, set()),
        ("RU avoided inclusion on the US Entity List in 2020.", DKG.listedOn, set()),
        ("RU rarely collaborates with the PLA Navy.", DKG.collaboratesWith, set()),
        ("RU is subordinate to MIIT in name only.", DKG.subordinateTo, set()),
        # (forty-fourth session's precision audit: each was read as stated)
        ("RU is hardly supervised by SASTIND at all.", DKG.supervisedBy, set()),
        ("RU is supervised by SASTIND only nominally.", DKG.supervisedBy, set()),
        (
            "RU is home to two national defence key laboratories, according to a 2010 claim later retracted.",
            DKG.defenceLaboratoryCount,
            set(),
        ),
        # a count some of which are gone since (forty-fourth session's precision audit: read as two)
        (
            "RU is home to two national defence key laboratories, one of which was transferred to NUDT in 2015.",
            DKG.defenceLaboratoryCount,
            set(),
        ),
        ("RU has close ties with NORINCO, which were severed in 2016.", DKG.hasCloseTiesWith, set()),
        (
            "RU is jointly supervised by MIIT and SASTIND, an arrangement that ended in 2015.",
            DKG.jointlySupervisedBy,
            set(),
        ),
        ("RU nearly signed a strategic cooperation agreement with CETC in 2017.", DKG.party, set()),
        # a kind of laboratory, not one named
        ("RU hosts a National Defense Key Discipline Laboratory and cooperates with CETC.", DKG.hostedBy, set()),
        # one laboratory of a list shared, the list not saying which: none hosted
        (
            "RU hosts the Key Laboratory of Alpha and the Science and Technology on Helicopter Transmission "
            "Laboratory, the second of which is shared with AVIC's China Helicopter Research and Development "
            "Institute.",
            DKG.hostedBy,
            set(),
        ),
        # two counts, the second after a comma
        (
            "RU hosts 2 national defence key discipline laboratories, 1 defence characteristic discipline "
            "laboratory and a joint laboratory with CETC.",
            DKG.defenceLaboratoryCount,
            set(),
        ),
        # one item's own year dates no other item
        (
            "RU supplies engines to the PLA Air Force and, since 2018, to the PLA Navy.",
            DKG.suppliesTo,
            {("pla-air-force", "stated"), ("pla-navy", "stated")},
        ),
        # a laboratory "with defence links" is no defence laboratory
        (
            "RU hosts one laboratory with defence links, the Key Laboratory of Ocean Acoustics, which it runs with "
            "the PLA Navy.",
            DKG.defenceLaboratoryCount,
            set(),
        ),
        # a name that goes on after a comma with its fields is not cut there
        (
            "RU collaborates with the Changchun Institute of Optics, Fine Mechanics and Physics (CIOMP).",
            DKG.collaboratesWith,
            set(),
        ),
        # a city after "and" places the name it belongs to, not the one before (forty-fourth session: both
        # are read now, each with its own: Berkeley's campus in the US, King's College in London; Imperial
        # College London, the registry's since the forty-fifth session, has the registry's country)
        (
            "RU collaborates with the University of California, Berkeley and King's College London.",
            DKG.country,
            {("US", "implied"), ("GB", "implied")},
        ),
        # (thirty-seventh session) a tie in form only, a cover, or through another body
        (
            "RU officially reports to the Ministry of Education, but in practice it is controlled by the MSS.",
            DKG.subordinateTo,
            set(),
        ),
        (
            "RU describes itself as subordinate to the Hubei Provincial Government, an arrangement analysts "
            "regard as a cover.",
            DKG.subordinateTo,
            set(),
        ),
        ("RU is subordinate to the Ministry of Education on paper only.", DKG.subordinateTo, set()),
        ("RU officially reports to the MOE, but in reality the MSS controls it.", DKG.subordinateTo, set()),
        ("RU co-founded a joint venture with CASIC that was wound up in 2017.", DKG.collaboratesWith, set()),
        # "It" or "the college" after the institution's college or a company opening a sentence
        (
            "Birch Avionics Co., Ltd. supplies RU with radar parts. It holds secret-level security credentials.",
            DKG.securityCredential,
            set(),
        ),
        ("RU is indirectly overseen by SASAC, which supervises its parent group.", DKG.supervisedBy, set()),
        ("RU, through its subsidiaries, is on the US Entity List.", DKG.listedOn, set()),
        # a transfer the same sentence supersedes (the later move is read as now's since the forty-third
        # session: see test_a_supervision_history_of_several_moves_in_one_sentence)
        (
            "RU was transferred to the PLA Strategic Support Force in 2017 and to the PLA Aerospace Force in 2024.",
            DKG.subordinateTo,
            {("pla-aerospace-force", "stated")},
        ),
        (
            "RU, which was transferred to the PLA Strategic Support Force in 2017, became part of the PLA "
            "Aerospace Force in 2024.",
            DKG.subordinateTo,
            set(),
        ),
        (
            "In 2017, RU was transferred from the PLA Navy to the Central Military Commission, but it was "
            "returned to the Navy in 2019.",
            DKG.subordinateTo,
            set(),
        ),
        # several partners, each with its own year: no year for either
        (
            "RU runs a joint laboratory with CloudWalk Technology, founded in 2017, and a research centre with "
            "Yitu, founded in 2018.",
            DKG.pointInTime,
            set(),
        ),
        # what the tie went through closed; a transfer undone in the sentence
        (
            "RU is the Chinese partner of the Confucius Institute at the University of Bergen, which closed in 2019.",
            DKG.collaboratesWith,
            set(),
        ),
        (
            "RU is the Chinese partner of the Confucius Institute at the University of Bergen; the institute "
            "closed in 2019.",
            DKG.collaboratesWith,
            set(),
        ),
        ("RU runs a joint laboratory with CETC, which was shut down in 2019.", DKG.collaboratesWith, set()),
        ("RU was transferred to AVIC in 1993 but returned to the province in 2004.", DKG.subordinateTo, set()),
        # only presumed, of all its kind
        (
            "RU has top-secret security credentials, as all PLA institutions are presumed to.",
            DKG.securityCredential,
            set(),
        ),
        # a second count of one laboratory: the defence laboratories' count is not given
        (
            "RU is home to two national defence key laboratories and an MOE key laboratory (B-category).",
            DKG.defenceLaboratoryCount,
            set(),
        ),
        (
            "RU hosts two defence laboratories as well as a military key laboratory.",
            DKG.defenceLaboratoryCount,
            set(),
        ),
        # the agencies of the clause after, not the co-builders of the one before
        (
            "Since 2011, RU has also been co-built by the Ministry of Transport and SASTIND, and the PLA Navy "
            "became a supervising agency in 2016.",
            DKG.supervisedBy,
            {("pla-navy", "stated")},
        ),
    ],
)
def test_what_a_clause_says_of_others_or_unsure_is_not_the_institutions(project, tmp_path, body, prop, expected):
    ctx = rowan(project, tmp_path, body)
    assert {(str(o).rsplit("/", 1)[-1], str(c).rsplit("/", 1)[-1]) for o, c in _objects_with_certainty(ctx, prop)} == (
        expected
    )


def test_the_institutions_own_relative_clause_is_its_own_whoever_the_main_clause_names(project, tmp_path):
    ctx = rowan(
        project,
        tmp_path,
        "In a 2018 speech at a meeting attended by officials from SASTIND, CETC and the PLA Strategic Support "
        "Force, the president said that RU, which has been jointly supervised by SASTIND and MIIT since 2008, "
        "would grow.",
    )
    statements = [st for st in properties_by_node(ctx).values() if st.get(RDF.predicate) == DKG.jointlySupervisedBy]
    assert {str(st[RDF.subject]).rsplit("/", 1)[-1] for st in statements} == {"rowan-university"}
    assert len(statements) == 2


def test_an_institute_or_academy_is_also_the_college(project, tmp_path):
    """学院 is written "academy", "college", "institute" or "school": pages on the PLA's and CAEP's
    schools call one body by several of them."""
    ctx = extract(
        project,
        tmp_path,
        "alder-institute-of-nuclear-engineering",
        "Alder Institute of Nuclear Engineering (AINE) is designated very high risk for its nuclear links.\n\n"
        "The college trains nuclear technicians for CAEP and the PLA Rocket Force. "
        "The college holds confidential-level security credentials. AINE's School of Marine Engineering works "
        "with CETC. The school also trains officers for the PLA Navy. Its College of Radiation Physics works with "
        "CNNC. The college also trains officers for the PLA Air Force.\n",
    )
    found = observed(ctx)
    # (not the PLA Navy or Air Force: the school's and the college's, after the institution's units named)
    assert found["trainsPersonnelFor"] == {"china-academy-of-engineering-physics", "pla-rocket-force"}
    assert found["securityCredential"] == {"confidential"}


def test_a_transfer_a_later_sentence_moves_on_from_is_a_former_supervision(project, tmp_path):
    """The 2024 reform: "It was transferred to the SSF in 2017." and later "In April 2024, RU was
    transferred from the SSF to the newly created PLA Aerospace Force."."""
    ctx = rowan(
        project,
        tmp_path,
        "It was transferred to the PLA Strategic Support Force in 2017. In April 2024, RU was transferred from the "
        "Strategic Support Force to the newly created PLA Aerospace Force.",
    )
    found = _objects_with_certainty(ctx, DKG.formerlySupervisedBy)
    assert {(str(o).rsplit("/", 1)[-1], str(c).rsplit("/", 1)[-1]) for o, c in found} == {
        ("pla-strategic-support-force", "implied"),
        ("pla-strategic-support-force", "stated"),
    }
    now = {str(o).rsplit("/", 1)[-1] for o, _ in _objects_with_certainty(ctx, DKG.subordinateTo)}
    assert now == {"pla-aerospace-force"}


def test_bullets_after_a_lead_in_on_its_subsidiaries_are_not_its_listings(project, tmp_path):
    ctx = rowan(
        project,
        tmp_path,
        "End-user lists\n\nIts subsidiaries appear on the following list:\n\n• US Entity List (2021)",
    )
    assert not _objects_with_certainty(ctx, DKG.listedOn)


def test_goods_bought_counted_with_a_thousands_comma_name_their_suppliers(project, tmp_path):
    ctx = rowan(project, tmp_path, "RU bought 1,200 surveillance cameras from Hikvision and Dahua in 2021.")
    suppliers = {str(s).rsplit("/", 1)[-1] for s, p, o in ctx.triples if p == DKG.suppliesTo}
    assert suppliers == {"hikvision", "dahua-technology"}


def test_a_joint_construction_signed_with_a_partner_is_one_agreement(project, tmp_path):
    """The agreement rule leaves a joint construction to its own rule: one node, not two."""
    ctx = rowan(
        project,
        tmp_path,
        "In 2010, the Hubei Provincial Government signed a joint construction agreement with SASTIND on RU.",
    )
    agreements = {s for s, p, o in ctx.triples if p == DKG.agreementKind}
    assert len(agreements) == 1
    assert {str(o).rsplit("/", 1)[-1] for s, p, o in ctx.triples if p == DKG.agreementKind} == {"joint-construction"}


@pytest.mark.parametrize(
    ("body", "prop", "expected"),
    [
        # what closed, was dissolved or is a front-runner is another body, or not a tie
        ("RU is supervised by SASTIND, which replaced COSTIND, which was dissolved in 2008.", DKG.supervisedBy,
         {"state-administration-of-science-technology-and-industry-for-national-defence"}),
        ("RU signed a strategic cooperation agreement with NORINCO, which closed its Harbin plant in 2019.",
         DKG.party, {"rowan-university", "china-north-industries-group-corporation"}),
        ("RU is a front-runner in hypersonics research and collaborates with CASIC.", DKG.collaboratesWith,
         {"china-aerospace-science-and-industry-corporation"}),
        # "formally ... in fact" without another body in control; "as ... expected to" a purpose
        ("RU formally signed a strategic cooperation agreement with NORINCO in 2015, but in fact the two had "
         "worked together since the 1990s.", DKG.agreementKind, {"strategic-cooperation"}),
        ("RU is supervised by MIIT, as its defence laboratories are expected to serve the PLA.", DKG.supervisedBy,
         {"ministry-of-industry-and-information-technology"}),
        # a transfer and then something else than another supervisor
        ("In 2008, RU was transferred to MIIT and became part of the Seven Sons of National Defence.",
         DKG.subordinateTo, {"ministry-of-industry-and-information-technology"}),
        # a listing with a reason through its subsidiaries is its own
        ("RU was added to the US Entity List in 2020 for supplying the PLA through its subsidiary companies.",
         DKG.listedOn, {"us-entity-list"}),
        # counts of other laboratories after the defence ones', and a category's number
        ("RU has 5 national defence laboratories as well as 2 provincial laboratories.",
         DKG.defenceLaboratoryCount, {"rowan-university-defence-laboratory-count-aspi-tracker"}),
        ("RU hosts 2 Category 1 defence laboratories.", DKG.defenceLaboratoryCount,
         {"rowan-university-defence-laboratory-count-aspi-tracker"}),
        # the institution signs a joint construction: a party to an agreement, not the thing built
        ("In 2016, RU signed a joint construction agreement with NORINCO to build a radar institute.", DKG.party,
         {"rowan-university", "china-north-industries-group-corporation"}),
        # "It" after two laboratories together, or a person described
        ("The Radar Laboratory and the Sonar Laboratory are RU's two defence laboratories. It is supervised by MIIT.",
         DKG.supervisedBy, {"ministry-of-industry-and-information-technology"}),
        ("Wang Jun, a former PLA officer, has been president of RU since 2018. It is supervised by MIIT.",
         DKG.supervisedBy, {"ministry-of-industry-and-information-technology"}),
    ],
)  # fmt: skip
def test_what_only_looks_like_an_undone_or_anothers_tie_is_read(project, tmp_path, body, prop, expected):
    """(Thirty-seventh session: sentences an adversarial reviewer found the session's first changes
    had left unread.)"""
    ctx = rowan(project, tmp_path, body)
    assert {str(o).rsplit("/", 1)[-1] for o, _ in _objects_with_certainty(ctx, prop)} == expected


@pytest.mark.parametrize(
    ("body", "prop", "expected"),
    [
        # a name split at its own "and" in a list is made whole again
        (
            "RU works with Jilin University, Changchun University of Science and Technology (CUST) and Harbin "
            "Institute of Technology (HIT).",
            DKG.collaboratesWith,
            {"jilin-university", "changchun-university-of-science-and-technology", "harbin-institute-of-technology"},
        ),
        # an agreement's name in quotation marks
        (
            'RU signed a "strategic cooperation agreement" with NORINCO in 2014.',
            DKG.agreementKind,
            {"strategic-cooperation"},
        ),
        # (thirty-seventh session) a joint construction in quotation marks, the institution named only
        # in its purpose; one agreement, not one of each rule
        (
            "In 2010 and again in 2017, the Hubei Provincial Government signed 'joint construction' agreements "
            "with SASTIND to expand the university's defence research.",
            DKG.concerns,
            {"rowan-university"},
        ),
        # the present or a year before the subject without a comma; "has also been involved in supervising"
        (
            "Today the university is co-administered by the Hubei Provincial Government and CNNC.",
            DKG.jointlySupervisedBy,
            {"hubei-provincial-government", "china-national-nuclear-corporation"},
        ),
        (
            "Since 2013 the Hubei Provincial Government has also been involved in supervising RU.",
            DKG.supervisedBy,
            {"hubei-provincial-government"},
        ),
        # another name in an aside after the institution's; a conglomerate described before its supervisor
        (
            "RU, also known as CETC's 71st Research Institute, is a wholly owned subsidiary of CETC.",
            DKG.subsidiaryOf,
            {"china-electronics-technology-group-corporation"},
        ),
        (
            "RU is a state-owned defence conglomerate supervised by SASAC.",
            DKG.supervisedBy,
            {"state-owned-assets-supervision-and-administration-commission"},
        ),
        # the preposition said again before the last name, an aside between
        (
            "RU has trained personnel for CNNC and for the China Academy of Engineering Physics (CAEP).",
            DKG.trainsPersonnelFor,
            {"china-national-nuclear-corporation", "china-academy-of-engineering-physics"},
        ),
        (
            "RU trains technical officers for the PLA Army and, in smaller numbers, for the People's Armed Police.",
            DKG.trainsPersonnelFor,
            {"pla-ground-force", "peoples-armed-police"},
        ),
    ],
)
def test_plain_phrasings_of_lists_and_agreements_are_read(project, tmp_path, body, prop, expected):
    ctx = rowan(project, tmp_path, body)
    assert {str(o).rsplit("/", 1)[-1] for o, _ in _objects_with_certainty(ctx, prop)} == expected


@pytest.mark.parametrize(
    ("heading", "lead_in", "bullet", "prop"),
    [
        (
            "End-user lists",
            "RU is not on any of the following lists, although CAEP is:",
            "US Entity List (1997)",
            DKG.listedOn,
        ),
        (
            "End-user lists",
            "RU was removed from the following list in 2021:",
            "US Unverified List (2019)",
            DKG.listedOn,
        ),
        (
            "End-user lists",
            "RU's partner CETC was placed on the following lists:",
            "US Entity List (2018)",
            DKG.listedOn,
        ),
        (
            "International collaborations",
            "RU ended its collaborations with the following universities in 2018:",
            "University of Sydney (Australia)",
            DKG.collaboratesWith,
        ),
        (
            "International collaborations",
            "RU may collaborate with:",
            "University of Tokyo (Japan)",
            DKG.collaboratesWith,
        ),
        (
            "Designated research areas",
            "SASTIND approved 9 disciplines with defence characteristics at the North University of China, RU's "
            "neighbour, including:",
            "Weapon systems engineering",
            DKG.designatedDiscipline,
        ),
        (
            "Designated research areas",
            "Until 2015, RU had the following disciplines with defence characteristics:",
            "Radar engineering",
            DKG.designatedDiscipline,
        ),
    ],
)
def test_bullets_are_not_the_institutions_when_their_lead_in_says_otherwise(
    project, tmp_path, heading, lead_in, bullet, prop
):
    ctx = rowan(project, tmp_path, f"{heading}\n\n{lead_in}\n\n• {bullet}")
    assert _objects_with_certainty(ctx, prop) == []


def test_a_state_enterprise_that_jointly_builds_the_institution_is_a_party(project, tmp_path):
    ctx = rowan(project, tmp_path, "RU is jointly constructed by the MOE and CETC.")
    parties = {
        str(st[RDF.object]).rsplit("/", 1)[-1]
        for st in properties_by_node(ctx).values()
        if st.get(RDF.predicate) == DKG.party
    }
    assert parties == {"ministry-of-education", "china-electronics-technology-group-corporation"}


def test_each_list_of_joint_builders_is_its_own_agreement(project, tmp_path):
    """ "... by A and B since 2010 and by A and C since 2016": two agreements, each its parties."""
    ctx = rowan(
        project,
        tmp_path,
        "RU is jointly constructed by MIIT and the Ministry of Education since 2010 and by MIIT and SASTIND since 2016.",
    )
    by = properties_by_node(ctx)
    parties: dict = {}
    for st in by.values():
        if st.get(RDF.predicate) == DKG.party:
            parties.setdefault(str(st[RDF.subject]).rsplit("-", 1)[-1], set()).add(
                str(st[RDF.object]).rsplit("/", 1)[-1]
            )
    assert parties == {
        "2010": {"ministry-of-industry-and-information-technology", "ministry-of-education"},
        "2016": {
            "ministry-of-industry-and-information-technology",
            "state-administration-of-science-technology-and-industry-for-national-defence",
        },
    }


def test_a_credential_is_dated_by_its_own_year_not_another_things(project, tmp_path):
    ctx = rowan(
        project,
        tmp_path,
        "RU obtained a weapons equipment research and production licence in 2011 and secret-level "
        "security credentials in 2012.",
    )
    by = properties_by_node(ctx)
    [statement] = [st for st in by.values() if st.get(RDF.predicate) == DKG.securityCredential]
    assert str(statement[DKG.pointInTime]).endswith("credential-2012")


@pytest.mark.parametrize(
    "body",
    [
        "RU supplies engines to the PLA Air Force and, since 2018, to the PLA Navy.",
        "RU cooperates with NORINCO and Beijing Institute of Technology, the latter since 2012.",
        "RU is jointly supervised by CAS and the Shanghai Municipal Government, and since 2015 also by SASTIND.",
        "RU was added to the Entity List and, in 2021, to the Japan End User List.",
    ],
)
def test_one_items_year_dates_no_other_item(project, tmp_path, body):
    ctx = rowan(project, tmp_path, body)
    dated = [
        st
        for st in properties_by_node(ctx).values()
        if st.get(RDF.predicate) != DKG.riskLevel and (DKG.startDate in st or DKG.pointInTime in st)
    ]
    assert [st[RDF.object] for st in dated if st[RDF.subject] == ID["rowan-university"]] == []


def test_side_fields_remarks_name_no_alias_and_give_no_others_listing(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "rowan-university",
        "Aliases: Rowan Institute (until 2002), not to be confused with Rowan College, RUST (also used by Rowan "
        "University of Science and Technology)\n"
        "Sanctions Lists: US Entity List (2021); its subsidiary Bittern Tech is on the Japan End User List\n"
        "Party Secretary: vacant since 2023\n\n"
        "Rowan University (RU) is designated high risk for its defence research.\n",
    )
    names = {str(o) for _, p, o in ctx.triples if p == SKOS.altLabel}
    lists = {str(o).rsplit("/", 1)[-1] for _, p, o in ctx.triples if p == DKG.listedOn}
    assert names == {"Rowan Institute"} and lists == {"us-entity-list"}
    assert not [o for _, p, o in ctx.triples if p == ORG.heldBy]


@pytest.mark.parametrize(
    "lead_in", ["RU hosts two of the three laboratories listed below:", "RU has most of the following laboratories:"]
)
def test_bullets_some_of_which_are_the_institutions_are_none_of_them(project, tmp_path, lead_in):
    ctx = rowan(
        project,
        tmp_path,
        f"Major defence laboratories\n\n{lead_in}\n\n• Key Laboratory of Alpha\n• Key Laboratory of Beta",
    )
    assert _objects_with_certainty(ctx, DKG.hostedBy) == []


def test_a_source_named_in_the_midst_of_a_sentence_is_what_it_is_according_to(project, tmp_path):
    ctx = rowan(
        project,
        tmp_path,
        "RU's defence research spending in 2017 was RMB 200 million according to an internal report, a "
        "figure that may include civilian projects.",
    )
    [statement] = [
        st for st in properties_by_node(ctx).values() if st.get(RDF.predicate) == DKG.defenceResearchSpending
    ]
    assert str(statement[DKG.accordingTo]) == "an internal report"


@pytest.mark.parametrize(
    "risk",
    [
        "Institute of Acoustics (IOA, 声学研究所) of the Chinese Academy of Sciences is designated high risk for its "
        "defence research.",
        "Institute of Acoustics (IOA), CAS's leading acoustics institute, is designated high risk for its defence "
        "research.",
        "Institute of Acoustics (IOA, also known as the Acoustics Institute) is designated high risk for its defence "
        "research.",
    ],
)
def test_a_risk_sentence_with_an_aside_after_the_name_is_read(project, tmp_path, risk):
    ctx = extract(project, tmp_path, "institute-of-acoustics", f"Institute of Acoustics\n\n\n{risk}\n")
    levels = {(str(s).rsplit("/", 1)[-1], str(o).rsplit("/", 1)[-1]) for s, p, o in ctx.triples if p == DKG.riskLevel}
    assert ("institute-of-acoustics", "high") in levels


def test_another_body_rated_alike_leaves_the_reasons_unread(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "rowan-university",
        "Rowan University (RU) is designated high risk, as is its partner NPU, for top-secret credentials.\n",
    )
    assert [o for _, p, o in ctx.triples if p == DKG.rationale] == []
    assert any(p == DKG.riskLevel for _, p, _ in ctx.triples)


def test_a_caveat_on_the_rating_is_no_reason_for_it(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "rowan-university",
        "Rowan University (RU) is designated high risk because of its ties to NORINCO, though this rating may be "
        "revised.\n",
    )
    assert [str(o) for _, p, o in ctx.triples if p == DKG.rationale] == ["its ties to NORINCO"]


def _objects_with_certainty(ctx, prop):
    by = properties_by_node(ctx)
    return [(st[RDF.object], st[DKG.certainty]) for st in by.values() if st.get(RDF.predicate) == prop]


def test_a_laboratory_named_after_another_owner_in_a_list_of_the_institutions_is_not_its(project, tmp_path):
    ctx = rowan(
        project,
        tmp_path,
        "RU's Key Laboratory of Hypersonic Flight and NUDT's Key Laboratory of Scramjets collaborate closely.",
    )
    hosted = {str(s).rsplit("/", 1)[-1] for s, p, o in ctx.triples if p == DKG.hostedBy and o == ID["rowan-university"]}
    assert hosted == {"key-laboratory-of-hypersonic-flight"}


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("RU signed an agreement with Northeastern University, which was added to the Entity List in 2020.", "2020"),
        (
            "RU signed an agreement with Northeastern University, which spent RMB 500 million on research in 2018.",
            "2018",
        ),
        ("RU was added to the Entity List, a US export-control list created in 1997.", "1997"),
        ("RU holds a secret-level security credential, a type of accreditation introduced in 2001.", "2001"),
        ("RU was founded in 1958 and collaborates with CETC.", "1958"),
    ],
)
def test_a_year_another_clause_gives_dates_no_fact_of_the_institutions(project, tmp_path, sentence, year):
    """The year of what a relative clause or an apposition says of another thing, or of another
    verb phrase, is not the date of the agreement, listing, credential or tie the sentence states."""
    ctx = rowan(project, tmp_path, sentence)
    facts = [
        p for s, p, o in ctx.triples if p in (DKG.party, DKG.listedOn, DKG.securityCredential, DKG.collaboratesWith)
    ]
    assert facts and not [o for _, p, o in ctx.triples if p == DKG.when and str(o) == year]


def test_a_laboratory_named_after_another_body_is_not_the_institutions(project, tmp_path):
    """Under the laboratories heading, a laboratory whose name opens with another university's is
    that university's: the heading does not make it the institution's, even implied."""
    ctx = rowan(
        project,
        tmp_path,
        "Major defence laboratories\n\n"
        "The Shenyang Ligong University Key Laboratory of Fuzes works on fuze safety.\n\n"
        "The Key Laboratory of Fuze Technology works on fuze reliability.",
    )
    hosted = {str(s).rsplit("/", 1)[-1] for s, p, o in ctx.triples if p == DKG.hostedBy}
    statements_hosted = slugs(ctx, RDF.subject) & {"shenyang-ligong-university-key-laboratory-of-fuzes"}
    assert "key-laboratory-of-fuze-technology" in slugs(ctx, RDF.subject) and not statements_hosted
    assert "shenyang-ligong-university-key-laboratory-of-fuzes" not in hosted


@pytest.mark.parametrize(
    "sentence",
    [
        "RU's former name was Rowan Industrial College.",
        "Its former name was Rowan Industrial College.",
        "RU was founded in 1958 as the Rowan Industrial College.",
        "RU is also known as Rowan Industrial College.",
    ],
)
def test_an_other_name_the_text_gives_is_learnt(project, tmp_path, sentence):
    ctx = rowan(project, tmp_path, sentence)
    assert Literal("Rowan Industrial College", lang="en") in {
        o for s, p, o in ctx.triples if s == ID["rowan-university"] and p == SKOS.altLabel
    }


@pytest.mark.parametrize(
    ("sentence", "amount", "currency", "year"),
    [
        ("In 2018, RU's defence research spending was 85.4 million yuan.", "85400000", "CNY", "2018"),
        ("RU's defence research spending reached 120 million yuan in 2016.", "120000000", "CNY", "2016"),
        (
            "In 2018 RU's defence research expenditure was RMB 85.4 million, a third of its budget.",
            "85400000",
            "CNY",
            "2018",
        ),
        ("RU spent 40 million US dollars on defence research in 2015.", "40000000", "USD", "2015"),
    ],
)
def test_a_sum_with_its_currency_after_it_or_a_year_without_a_comma_is_read(
    project, tmp_path, sentence, amount, currency, year
):
    ctx = rowan(project, tmp_path, sentence)
    assert {str(o) for _, p, o in ctx.triples if p == DKG.amount} == {amount}
    assert {str(o) for _, p, o in ctx.triples if p == DKG.currency} == {currency}
    assert {str(o) for _, p, o in ctx.triples if p == DKG.when} == {year}


# -- thirty-eighth session: spans of years, hedges said at length, bounds, ratings then ---------------


@pytest.mark.parametrize(
    "sentence",
    [
        # a span of years written with a dash, or a decade after "during": a tie held then, not now
        "During 2013-2017, RU held top-secret security credentials.",
        "RU was on the US Entity List in 2015–19.",
        "In 2011 – 2014, RU conducted research for CASIC.",
        "During the 2000s, RU received funding from the PLA Navy.",
        "Throughout the 1990s, RU trained engineers for NORINCO.",
        # a possibility said at length, or a role qualified as one
        "It is possible that RU holds secret-level security credentials.",
        "In all probability, RU conducts research for the PLA Rocket Force.",
        "RU holds, it appears, top-secret security credentials.",
        "RU is a suspected supplier of fuzes to NORINCO.",
        # a role in the past, a denial by "nothing", a laboratory closed
        "RU is a one-time supplier of drones to the PLA Air Force.",
        "RU supplies nothing to CASC, although CASC supplies valves to RU.",
        "RU hosts the Sonar Laboratory (closed in 2016).",
        # a supervision the same sentence moves on from, unsure how (the moves told plainly, "; in 2008 it
        # was transferred to MIIT", ", then under MIIT in 2008", are read since the forty-third session: see
        # test_a_supervision_history_of_several_moves_in_one_sentence)
        "RU came under COSTIND in 1995, then possibly under MIIT in 2008.",
        "In 1995, RU came under COSTIND, which was replaced by SASTIND in 2008.",
    ],
)
def test_a_tie_of_years_gone_or_hedged_at_length_is_not_stated_now(project, tmp_path, sentence):
    found = observed(rowan(project, tmp_path, sentence))
    assert set(found) <= {"riskLevel", "abbreviation", "rationale", "assessedAsOf"}, found


@pytest.mark.parametrize(
    ("reasons", "credential"),
    [
        ("its suspected top-secret security credentials", set()),
        ("its secret-level security credentials and alleged inclusion on the US Entity List", {"secret"}),
        ("its top-secret security credentials and its former inclusion on the US Entity List", {"top-secret"}),
        ("its possible inclusion on the US Entity List", set()),
    ],
)
def test_a_risk_reason_hedged_or_past_is_not_a_fact_and_the_others_are(project, tmp_path, reasons, credential):
    ctx = extract(
        project, tmp_path, "rowan-university", f"Rowan University (RU) is designated high risk for {reasons}.\n"
    )
    found = observed(ctx)
    assert found.get("securityCredential", set()) == credential and "listedOn" not in found


@pytest.mark.parametrize(
    "sentence",
    ["In 2018, RU was rated medium risk.", "RU was rated very high risk for its credentials between 2012 and 2016."],
)
def test_a_later_sentences_rating_of_a_time_gone_is_not_the_pages_designation(project, tmp_path, sentence):
    assert observed(rowan(project, tmp_path, sentence))["riskLevel"] == {"high"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Before 2011, RU signed a cooperation agreement with NORINCO.",
        "After 2016, RU signed a cooperation agreement with NORINCO.",
        "By 2019, RU had signed a cooperation agreement with NORINCO.",
        "RU collaborated with NORINCO for several years after 2010.",
    ],
)
def test_a_year_a_thing_came_before_or_after_does_not_date_it(project, tmp_path, sentence):
    ctx = rowan(project, tmp_path, sentence)
    assert not [o for _, p, o in ctx.triples if p == DKG.when]
    assert "china-north-industries-group-corporation" in {str(o).rsplit("/", 1)[-1] for _, _, o in ctx.triples}


def test_a_source_named_in_the_midst_of_a_sentence_is_its_facts_source(project, tmp_path):
    ctx = rowan(project, tmp_path, "RU has, according to media reports, trained officers for the PLA Air Force.")
    assert {str(o) for _, p, o in ctx.triples if p == DKG.accordingTo} == {"media reports"}


def test_a_listing_the_sentence_dates_in_its_own_clause_keeps_that_date(project, tmp_path):
    ctx = rowan(
        project,
        tmp_path,
        "In 2020, RU was added to the US Entity List, and in 2021 Japan added it to its End User List.",
    )
    dated = {str(o).rsplit("/", 1)[-1] for _, p, o in ctx.triples if p == DKG.pointInTime}
    assert dated == {"rowan-university-listed-us-entity-list-2020", "rowan-university-listed-japan-end-user-list-2021"}


def test_words_of_another_clause_before_a_partner_are_no_description_of_it(project, tmp_path):
    ctx = rowan(
        project,
        tmp_path,
        "RU signed a cooperation agreement with Kestrel Optics in 2012 and another with CETC in 2015.",
    )
    assert not [o for _, p, o in ctx.triples if p == DKG.description]


@pytest.mark.parametrize(
    ("field", "kind", "values"),
    [
        (
            "Supervising Agencies: PLA Aerospace Force (since April 2024); PLA Strategic Support Force (2017–2024)",
            "supervisedBy",
            {"pla-aerospace-force"},
        ),
        ("Supervising Agencies: PLA Navy; PLA Strategic Support Force (former)", "supervisedBy", {"pla-navy"}),
        (
            "Supervising Agencies: Ministry of Education; Ministry of State Security (alleged)",
            "supervisedBy",
            {"ministry-of-education"},
        ),
        (
            "Supervising Agencies: China Electronics Technology Group Corporation (parent group; itself under SASAC)",
            "supervisedBy",
            set(),
        ),
        (
            "Sanctions Lists: US DoD 1260H List (2021); Entity List (subsidiary Kestrel Radar Co., Ltd., 2020)",
            "listedOn",
            {"us-1260h-list"},
        ),
    ],
)
def test_a_side_fields_item_with_a_remark_the_rules_do_not_read_is_left_unread(project, tmp_path, field, kind, values):
    """Thirty-eighth session: each remark was dropped and the item read as the institution's own, now."""
    ctx = remark_academy(project, tmp_path, field)
    assert observed(ctx).get(kind, set()) == values
    # (a span of years gone is read as the past, without a warning)
    assert "2017–2024" in field or any("not read, for its remark" in w for w in ctx.warnings)


def test_an_alias_fields_predecessor_is_no_alias_and_a_chinese_name_in_brackets_is_a_name_apart(project, tmp_path):
    ctx = remark_academy(
        project,
        tmp_path,
        "Aliases: RA; Southwest Remark Institute (西南备注研究所); Remark Institute of Mechanics (predecessor)",
    )
    labels = {o for s, p, o in ctx.triples if s == ID["remark-academy"] and p == SKOS.altLabel}
    assert labels == {Literal("Southwest Remark Institute", lang="en"), Literal("西南备注研究所", lang="zh-Hans")}


@pytest.mark.parametrize(
    "partner",
    ["Wuxi Kestrel Semiconductor Co., Ltd., a supplier to CETC", "Kestrel Optics, a supplier to the PLA Navy"],
)
def test_a_body_described_by_whom_it_supplies_is_the_partner_not_its_customer(project, tmp_path, partner):
    ctx = rowan(project, tmp_path, f"In 2022, RU signed a research agreement with {partner}.")
    parties = {str(o).rsplit("/", 1)[-1] for _, p, o in ctx.triples if p == DKG.party}
    assert not parties & {"china-electronics-technology-group-corporation", "pla-navy"}


@pytest.mark.parametrize(
    "sentence",
    [
        "RU has been supervised by MIIT since 2008 and was previously supervised by COSTIND.",
        "RU is supervised by MIIT (since 2008) and was formerly supervised by COSTIND.",
    ],
)
def test_a_supervisor_now_is_not_put_in_the_past_by_the_verb_phrase_after_it(project, tmp_path, sentence):
    """Thirty-eighth session: the past of the second verb phrase was read as MIIT's, and MIIT was lost."""
    found = observed(rowan(project, tmp_path, sentence))
    assert found["supervisedBy"] == {"ministry-of-industry-and-information-technology"}
    assert found["formerlySupervisedBy"] == {"commission-of-science-technology-and-industry-for-national-defence"}


# -- thirty-eighth session, a second probe of 2025-layout pages -------------------------------------


def test_a_companys_title_ending_with_its_legal_forms_stop_is_its_title_after_the_menus(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "kestrel-avionics",
        "Example Tracker\nHome\nInstitutions\nKestrel Avionics Co., Ltd.\n红隼航电有限公司\nHigh Risk\n\n"
        "Kestrel Avionics Co., Ltd. is assessed as high risk due to its inclusion on the US Entity List.\n",
    )
    assert not [s for s, _, _ in ctx.triples if "example-tracker" in str(s)]
    assert observed(ctx)["riskLevel"] == {"high"}


@pytest.mark.parametrize(
    "sentence",
    [
        "RU works with the Chinese Academy of Sciences' Institute of Acoustics.",
        "RU is a subsidiary of the Chinese Academy of Sciences' Institute of Optics.",
        "In 2019, RU signed an agreement with the Chinese Academy of Sciences' Shenyang Institute of Automation.",
        # a unit of a conglomerate without its name is not the conglomerate
        "RU collaborates with a CETC research institute.",
        "RU is a wholly owned subsidiary of a CASC academy.",
    ],
)
def test_a_plural_names_possessive_or_a_unit_without_a_name_is_not_the_body_itself(project, tmp_path, sentence):
    """No fact of the institution's names the group itself (its unit, named, is minted as the
    group's since the fifty-seventh session: the group is then that unit's parent, not RU's partner)."""
    triples = rowan(project, tmp_path, sentence).triples
    ru = ID["rowan-university"]
    named = {str(o).rsplit("/", 1)[-1] for s, _, o in triples if s == ru}
    named |= {str(s).rsplit("/", 1)[-1] for s, _, o in triples if o == ru}
    statements = {s for s, p, o in triples if p == RDF.subject and o == ru}  # (implied facts have no edge)
    named |= {str(o).rsplit("/", 1)[-1] for s, p, o in triples if s in statements and p == RDF.object}
    assert not named & {
        "chinese-academy-of-sciences",
        "china-electronics-technology-group-corporation",
        "china-aerospace-science-and-technology-corporation",
    }


def test_two_clauses_of_a_sentence_each_with_its_own_year_and_parties_share_no_parties(project, tmp_path):
    ctx = rowan(
        project,
        tmp_path,
        "In 2014, the MOE and SASTIND signed a joint construction agreement for RU, "
        "and in 2019 the Hubei Provincial Government signed another with SASTIND.",
    )
    parties = {(str(s).rsplit("-", 1)[-1], str(o).rsplit("/", 1)[-1]) for s, p, o in ctx.triples if p == DKG.party}
    assert ("2014", "hubei-provincial-government") not in parties
    assert ("2014", "ministry-of-education") in parties


def test_a_remark_with_a_comma_stays_with_its_alias(project, tmp_path):
    ctx = remark_academy(project, tmp_path, "Aliases: RA; 备注潜艇学院 (former name, until 2017)")
    labels = {str(o) for s, p, o in ctx.triples if s == ID["remark-academy"] and p == SKOS.altLabel}
    assert labels == {"备注潜艇学院"}


@pytest.mark.parametrize(
    "heading",
    ["Partnerships with Russian institutions", "Talent recruitment", "Procurement", "Dual-use research centres"],
)
def test_a_2025_heading_ends_the_laboratories_section_above_it(project, tmp_path, heading):
    ctx = remark_academy(
        project,
        tmp_path,
        "",
        f"\nMajor defence laboratories\n• Radar Laboratory (雷达实验室)\n{heading}\n• Kestrel Moscow Institute of Optics (Russia)\n",
    )
    hosted = {str(s).rsplit("/", 1)[-1] for s, p, o in ctx.triples if p == DKG.hostedBy}
    assert hosted == {"radar-laboratory"}


@pytest.mark.parametrize(
    "sentence",
    ["RU has been supervised by the PLA Navy since April 2024.", "RU came under the PLA Navy in April 2024."],
)
def test_a_supervisions_start_with_its_month_keeps_its_year(project, tmp_path, sentence):
    ctx = rowan(project, tmp_path, sentence)
    assert {str(o).rsplit("/", 1)[-1] for _, p, o in ctx.triples if p == DKG.startDate} == {
        "rowan-university-supervision-since-2024"
    }


# -- an adversarial check of the session's own changes: what they must leave read ------------------


@pytest.mark.parametrize(
    ("sentence", "kind", "value"),
    [
        # a plan's or a standard's years, a start with a span: not a tie of years gone
        ("RU works with CETC on the 2021-2025 five-year plan.", "collaboratesWith", "china-electronics-technology-group-corporation"),
        ("RU has been supervised by MIIT since 2008-09.", "supervisedBy", "ministry-of-industry-and-information-technology"),
        ("RU trains officers for the PLA Navy throughout the 2020s.", "trainsPersonnelFor", "pla-navy"),
        # another body's end in a clause of its own
        ("RU came under MIIT in 2008, when COSTIND was abolished.", "subordinateTo", "ministry-of-industry-and-information-technology"),
        ("RU came under MIIT in 2008; in 2012 it was transferred to a new campus.", "subordinateTo", "ministry-of-industry-and-information-technology"),
        # cue words in another sense, or about another
        ("RU is one of the Seven Sons of National Defence, and it appears on the US Entity List.", "listedOn", "us-entity-list"),
        ("RU supplies nothing but radar parts to CETC.", "suppliesTo", "china-electronics-technology-group-corporation"),
        ("RU, a one-time teachers' college, is supervised by MIIT.", "supervisedBy", "ministry-of-industry-and-information-technology"),
        ("RU collaborates with CETC, an alleged supplier of surveillance systems to Iran.", "collaboratesWith", "china-electronics-technology-group-corporation"),
        # a company with its legal form in a list of partners
        ("RU collaborates with Kestrel Co., Ltd. and CETC.", "collaboratesWith", "china-electronics-technology-group-corporation"),
    ],
)  # fmt: skip
def test_the_sessions_cues_leave_a_plain_fact_read(project, tmp_path, sentence, kind, value):
    assert value in observed(rowan(project, tmp_path, sentence)).get(kind, set())


def test_a_risk_reasons_hedge_is_its_own(project, tmp_path):
    ctx = extract(
        project,
        tmp_path,
        "rowan-university",
        "Rowan University (RU) is designated high risk for its top-secret security credentials, its alleged links "
        "to the PLA Rocket Force and its inclusion on the US Entity List.\n",
    )
    found = observed(ctx)
    assert found["securityCredential"] == {"top-secret"} and found["listedOn"] == {"us-entity-list"}


def test_according_to_a_rule_is_no_source(project, tmp_path):
    ctx = rowan(
        project, tmp_path, "RU ranks students according to multiple criteria and trains officers for the PLA Navy."
    )
    assert not [o for _, p, o in ctx.triples if p == DKG.accordingTo]


@pytest.mark.parametrize(
    "after",
    [
        # a side panel after the closing line, a badge first
        "Very HighRisk Category\nSupervising Agencies: Ministry of Industry and Information Technology (MIIT)",
        # a section after it
        "Defence and security links\nRU is supervised by MIIT.",
    ],
)
def test_what_follows_the_last_updated_line_is_still_the_pages(project, tmp_path, after):
    ctx = extract(
        project,
        tmp_path,
        "rowan-university",
        "Rowan University\n\nRowan University (RU) is designated very high risk for its defence research.\n\n"
        "Other institutions supervised by MIIT include Kestrel University.\n\n"
        f"Last updated 3 September 2025.\n\n{after}\n",
    )
    assert observed(ctx)["supervisedBy"] == {"ministry-of-industry-and-information-technology"}


@pytest.mark.parametrize(
    ("field", "kind", "values"),
    [
        ("Supervising Agencies: MIIT (Ministry of Industry and Information Technology)", "supervisedBy", {"ministry-of-industry-and-information-technology"}),
        ("Supervising Agencies: Ministry of Industry and Information Technology (lead agency)", "supervisedBy", {"ministry-of-industry-and-information-technology"}),
        ("Sanctions Lists: US Entity List (12 May 2020)", "listedOn", {"us-entity-list"}),
    ],
)  # fmt: skip
def test_a_side_fields_item_with_a_remark_that_changes_nothing_is_read(project, tmp_path, field, kind, values):
    ctx = remark_academy(project, tmp_path, field)
    assert observed(ctx).get(kind, set()) == values


# -- thirty-eighth session, a probe of whole pages in the 2019-2024 layout --------------------------


@pytest.mark.parametrize(
    ("sentence", "kind", "values"),
    [
        # a clause coordinated with a time of its own is its own: its year is not the tie's before it
        (
            "RU runs joint laboratories with Beihang University, and in 2016 it signed an agreement with Tsinghua University.",
            "collaboratesWith",
            {"beihang-university"},
        ),
        (
            "RU undertakes classified projects for NORINCO, and in 2018 a delegation from the PLA Ground Force visited RU.",
            "conductsResearchFor",
            {"china-north-industries-group-corporation"},
        ),
        ("RU collaborates with CETC, and in 2018 a CASC delegation visited RU.", "collaboratesWith", {"china-electronics-technology-group-corporation"}),
        ("RU has exchanges with the PLA Navy, and in 2016 it signed an agreement with CETC.", "hasExchangesWith", {"pla-navy"}),
        # with its verb left out, the list goes on, and the year is the last item's alone
        (
            "RU collaborates with CETC, and since 2019 with AVIC.",
            "collaboratesWith",
            {"china-electronics-technology-group-corporation", "aviation-industry-corporation-of-china"},
        ),
    ],
)  # fmt: skip
def test_a_clause_with_a_time_of_its_own_keeps_it_and_its_partners(project, tmp_path, sentence, kind, values):
    ctx = rowan(project, tmp_path, sentence)
    assert observed(ctx).get(kind, set()) == values
    ties = {st for st, p, o in ctx.triples if p == RDF.predicate and str(o).endswith(kind)}
    assert not [o for st, p, o in ctx.triples if st in ties and p in (DKG.pointInTime, DKG.startDate)]
    assert not [o for _, p, o in ctx.triples if p == DKG.description]


def test_a_foreign_name_after_and_is_another_partner_not_part_of_the_name_before(project, tmp_path):
    ctx = rowan(
        project,
        tmp_path,
        "RU has collaborated with the University of Sydney, the University of Hong Kong and Karolinska Institutet.",
    )
    assert "university-of-hong-kong-and-karolinska-institutet" not in {
        str(o).rsplit("/", 1)[-1] for _, _, o in ctx.triples
    }


@pytest.mark.parametrize(
    ("sentence", "partners"),
    [
        # a time with no verb after it goes on with the list, undated
        ("RU collaborates with CETC, and later the PLA Navy.", {"china-electronics-technology-group-corporation", "pla-navy"}),
        ("RU collaborates with CETC, and in 2018 and 2019 with AVIC.", {"china-electronics-technology-group-corporation", "aviation-industry-corporation-of-china"}),
        # another language's school after "and" is another partner
        ("RU has collaborated with the University of Toronto and Harvard Medical School.", {"university-of-toronto"}),
    ],
)  # fmt: skip
def test_a_list_goes_on_after_a_time_without_a_verb(project, tmp_path, sentence, partners):
    found = observed(rowan(project, tmp_path, sentence))
    assert partners <= found["collaboratesWith"]
    ctx = rowan(project, tmp_path, sentence)
    assert not [o for _, p, o in ctx.triples if p in (DKG.pointInTime, DKG.startDate)]


def test_the_time_a_sentence_opens_with_dates_its_second_verb_phrase_too(project, tmp_path):
    ctx = rowan(project, tmp_path, "Since 2015, RU has trained officers for the PLA Navy and collaborated with CETC.")
    starts = {str(o).rsplit("/", 1)[-1] for _, p, o in ctx.triples if p == DKG.startDate}
    assert len(starts) == 2 and all("since-2015" in x for x in starts)


@pytest.mark.parametrize(
    ("sentence", "case"),
    [
        ("RU researchers worked on radar, and in 2019 one of its professors was indicted.", True),
        # "its" after another body named: either's
        ("RU collaborates with CETC, and in 2019 one of its engineers was arrested.", False),
        ("RU hosts the State Key Laboratory of Sonar, and in 2020 its director was detained.", False),
    ],
)
def test_its_case_in_a_clause_of_its_own_is_the_institutions_when_no_other_body_is_named(
    project, tmp_path, sentence, case
):
    ctx = rowan(project, tmp_path, sentence)
    assert bool([s for s, p, o in ctx.triples if p == DKG.concerns and o == ID["rowan-university"]]) is case


# -- thirty-ninth session: sources told after a fact, bodies set against partners, remarks, anchors ---


@pytest.mark.parametrize(
    "sentence",
    [
        # a source told after what it says, itself unsure, or a fact that holds only if a source is right
        "RU trains engineers for NORINCO, a 2017 newspaper report claimed.",
        "RU conducts research for CASIC, as one 2020 study suggested.",
        "RU supplies fuzes to NORINCO, or so a trade article implied.",
        "RU holds secret-level security credentials, if the older filings are accurate.",
        "RU trains officers for the PLA Navy, assuming the 2016 article was correct.",
        # hearsay with its sayer, and a perception
        "RU is said by critics to train officers for the PLA Navy.",
        "RU is generally viewed as subordinate to SASTIND.",
    ],
)
def test_a_fact_a_source_after_it_doubts_or_a_perception_is_not_stated(project, tmp_path, sentence):
    found = observed(rowan(project, tmp_path, sentence))
    assert set(found) <= {"riskLevel", "abbreviation", "rationale", "assessedAsOf"}, found


def test_a_source_told_after_a_fact_is_its_source_and_its_year_not_the_facts(project, tmp_path):
    ctx = rowan(
        project,
        tmp_path,
        "RU trains engineers for NORINCO, a 2017 company statement says. "
        "RU officials told the press that the university holds secret-level security credentials.",
    )
    assert {str(o) for _, p, o in ctx.triples if p == DKG.accordingTo} == {"a 2017 company statement", "RU officials"}
    assert not [o for _, p, o in ctx.triples if p == DKG.when]


@pytest.mark.parametrize(
    ("sentence", "partners"),
    [
        ("RU works with NORINCO despite its rivalry with CETC.", {"china-north-industries-group-corporation"}),
        ("RU cooperates with AVIC, as opposed to CASIC.", {"aviation-industry-corporation-of-china"}),
        (
            "RU has partnerships with NORINCO (since 2012), CASIC (2009-2014) and AVIC.",
            {"china-north-industries-group-corporation", "aviation-industry-corporation-of-china"},
        ),
    ],
)
def test_a_body_set_against_the_partners_or_a_partner_of_years_gone_is_none(project, tmp_path, sentence, partners):
    found = observed(rowan(project, tmp_path, sentence))
    assert found["collaboratesWith"] == partners


@pytest.mark.parametrize(
    "body",
    [
        "RU hosts the Sonar Laboratory (声纳实验室; run jointly with CSIC).",
        "RU hosts the Sonar Laboratory (proposed).",
        "RU hosts the Sonar Laboratory, now part of NUDT.",
        "Major defence laboratories:\n\n• Sonar Laboratory (声纳实验室; formerly)\n\n• Radar Laboratory (being built)",
        "Its Defence Laboratories: none are named here.",
    ],
)
def test_a_laboratory_with_a_remark_that_may_make_it_anothers_or_not_yet_is_not_hosted(project, tmp_path, body):
    assert "hostedBy" not in observed(rowan(project, tmp_path, body))


@pytest.mark.parametrize(
    ("sentence", "prop"),
    [
        ("RU received top-secret security credentials three years after its merger in 2004.", DKG.securityCredential),
        ("RU supplies fuzes to NORINCO, a decade after opening its Fuze Laboratory in 2009.", DKG.suppliesTo),
        ("RU conducts research for CASIC on a programme due to end in 2027.", DKG.conductsResearchFor),
        (
            "RU holds secret-level security credentials and was added to the Entity List in 2020.",
            DKG.securityCredential,
        ),
        ("RU, administered by MIIT since 2009, was added to the Entity List.", DKG.listedOn),
    ],
)
def test_a_year_of_another_fact_or_to_come_does_not_date_the_fact(project, tmp_path, sentence, prop):
    by = properties_by_node(rowan(project, tmp_path, sentence))
    facts = [props for props in by.values() if props.get(RDF.predicate) == prop]
    assert facts and not [props for props in facts if DKG.pointInTime in props or DKG.startDate in props], facts


def test_a_list_told_a_year_after_another_is_not_dated_by_it(project, tmp_path):
    ctx = rowan(
        project, tmp_path, "RU was added to the Entity List on 3 May 2018 and to the Japan End User List a year later."
    )
    by = properties_by_node(ctx)
    dates = {
        str(props[RDF.object]).rsplit("/", 1)[-1]: props.get(DKG.pointInTime)
        for props in by.values()
        if props.get(RDF.predicate) == DKG.listedOn
    }
    assert dates["us-entity-list"] is not None and dates["japan-end-user-list"] is None, dates


def test_a_foreign_companys_name_keeps_its_ampersand_and_loses_its_countrys_possessive(project, tmp_path):
    ctx = rowan(
        project, tmp_path, "RU imported oscilloscopes from Korea's Kestrel Optics Corporation and Black & Decker Ltd."
    )
    assert {"kestrel-optics-corporation", "black-decker-ltd"} <= {str(s).rsplit("/", 1)[-1] for s, _, _ in ctx.triples}


@pytest.mark.parametrize(
    ("sentence", "prop", "objects"),
    [
        # partners after "through", "since", "against", "competition" in their ordinary senses
        (
            "RU collaborates with CETC through joint laboratories and with AVIC.",
            "collaboratesWith",
            {"china-electronics-technology-group-corporation", "aviation-industry-corporation-of-china"},
        ),
        (
            "RU cooperates with NORINCO on countermeasures against drones and with CETC on radar.",
            "collaboratesWith",
            {"china-north-industries-group-corporation", "china-electronics-technology-group-corporation"},
        ),
        (
            "RU has partnerships with CASIC (the parent of the CASIC Second Academy) and CETC.",
            "collaboratesWith",
            {"china-aerospace-science-and-industry-corporation", "china-electronics-technology-group-corporation"},
        ),
        # laboratories with a former name, funding or a place of the institution's own in brackets
        ("RU hosts the Sonar Laboratory (former name: Acoustics Laboratory).", "hostedBy", {"sonar-laboratory"}),
        ("RU hosts the Sonar Laboratory (co-funded by SASTIND).", "hostedBy", {"sonar-laboratory"}),
        ("RU hosts the Sonar Laboratory, now based at its Weihai campus.", "hostedBy", {"sonar-laboratory"}),
        # a perception of something else does not hedge the sentence
        ("RU was added to the Entity List in 2019, a move widely seen as retaliation.", "listedOn", {"us-entity-list"}),
    ],
)
def test_the_words_that_end_partners_notes_or_hedge_keep_their_ordinary_uses(
    project, tmp_path, sentence, prop, objects
):
    assert observed(rowan(project, tmp_path, sentence))[prop] == objects


@pytest.mark.parametrize(
    ("sentence", "prop", "year"),
    [
        ("RU was added to the Entity List later in 2019.", DKG.listedOn, "2019"),
        ("RU received secret-level security credentials, provided by SASTIND in 2014.", DKG.securityCredential, "2014"),
        (
            "RU was added to the Entity List on 12 June 2019, Commerce Department records indicate.",
            DKG.listedOn,
            "2019-06-12",
        ),
    ],
)
def test_a_facts_own_date_is_kept_beside_the_new_anchors(project, tmp_path, sentence, prop, year):
    by = properties_by_node(rowan(project, tmp_path, sentence))
    (fact,) = [props for props in by.values() if props.get(RDF.predicate) == prop]
    assert str(by[fact[DKG.pointInTime]][DKG.when]) == year


def test_a_laboratory_run_by_another_is_not_a_supervision_of_the_institution(project, tmp_path):
    found = observed(rowan(project, tmp_path, "RU hosts the Sonar Laboratory, now run by CSIC."))
    assert "supervisedBy" not in found and "hostedBy" not in found


def test_a_listing_since_a_year_starts_then_and_one_in_a_year_is_then(project, tmp_path):
    ctx = rowan(
        project,
        tmp_path,
        "RU has been on the US Entity List since 2014. RU was added to the Japan End User List in 2019.",
    )
    by = properties_by_node(ctx)
    listings = {
        str(props[RDF.object]).rsplit("/", 1)[-1]: {
            str(p).rsplit("#", 1)[-1] for p in (DKG.startDate, DKG.pointInTime) if p in props
        }
        for props in by.values()
        if props.get(RDF.predicate) == DKG.listedOn
    }
    assert listings == {"us-entity-list": {"startDate"}, "japan-end-user-list": {"pointInTime"}}


_TIES = {
    DKG.supervisedBy,
    DKG.jointlySupervisedBy,
    DKG.subordinateTo,
    DKG.formerlySupervisedBy,
    DKG.hasCloseTiesWith,
    DKG.formerlyListedOn,
    DKG.collaboratesWith,
    DKG.predecessorOf,
    DKG.originalOrganisation,
    DKG.resultingOrganisation,
}


def _claims_with_years(ctx) -> set[tuple[str, str, str]]:
    """(predicate, object, years) of each statement, by last segments; years as "start-end" or the point."""
    by = properties(ctx)
    out = set()
    for st in by.values():
        if st.get(RDF.predicate) not in _TIES:
            continue
        years = [str(by[st[q]][DKG.when]) if q in st else "" for q in (DKG.startDate, DKG.endDate, DKG.pointInTime)]
        name = str(st[RDF.predicate]).rsplit("#", 1)[-1]
        out.add((name, str(st[RDF.object]).rsplit("/", 1)[-1], "-".join(years).strip("-")))
    return out


@pytest.mark.parametrize(
    ("sentence", "claims"),
    [
        # the period of the first supervision is not the second's, which goes on
        (
            "DU was supervised by COSTIND from 1999 until 2008, and has since been supervised by MIIT.",
            {
                (
                    "formerlySupervisedBy",
                    "commission-of-science-technology-and-industry-for-national-defence",
                    "1999-2008",
                ),
                ("supervisedBy", "ministry-of-industry-and-information-technology", ""),
            },
        ),
        (
            "Until 2008, DU was supervised by COSTIND, but it has since been run by MIIT.",
            {
                ("formerlySupervisedBy", "commission-of-science-technology-and-industry-for-national-defence", "2008"),
                ("supervisedBy", "ministry-of-industry-and-information-technology", ""),
            },
        ),
        # a date told of one agency of several dates none of the others
        (
            "DU is supervised by MIIT and SASTIND, the latter since 2013.",
            {
                ("supervisedBy", "ministry-of-industry-and-information-technology", ""),
                ("supervisedBy", "state-administration-of-science-technology-and-industry-for-national-defence", ""),
            },
        ),
        # a partner's bracketed year is its own (and "through 2020" ends that tie)
        (
            "DU collaborates with CETC (through 2020) and AVIC.",
            {("collaboratesWith", "aviation-industry-corporation-of-china", "")},
        ),
        (
            "DU collaborates with CETC (since 2015) and AVIC.",
            {
                ("collaboratesWith", "aviation-industry-corporation-of-china", ""),
                ("collaboratesWith", "china-electronics-technology-group-corporation", ""),
            },
        ),
        (
            "DU has collaborated with CETC (since 2015).",
            {("collaboratesWith", "china-electronics-technology-group-corporation", "2015")},
        ),
        # a university the registry holds stands today: which of the two went on is not said
        ("DU merged with Harbin Engineering University in 2000.", set()),
        # a move the sentence or a later one goes on to: the first agency supervised it once (until
        # the later one began, where the sentence says: forty-fourth session)
        (
            "DU came under COSTIND in 1999 and has been supervised by MIIT since 2008.",
            {
                (
                    "formerlySupervisedBy",
                    "commission-of-science-technology-and-industry-for-national-defence",
                    "1999-2008",
                ),
                ("supervisedBy", "ministry-of-industry-and-information-technology", "2008"),
            },
        ),
        (
            "DU came under COSTIND in 1999. It was then transferred to MIIT.",
            {
                ("formerlySupervisedBy", "commission-of-science-technology-and-industry-for-national-defence", "1999"),
                ("subordinateTo", "ministry-of-industry-and-information-technology", ""),
            },
        ),
        # (forty-third session) two moves in one sentence: the first ended with the second's year
        (
            "DU came under COSTIND in 1982 and was placed under MIIT in 2008.",
            {
                (
                    "formerlySupervisedBy",
                    "commission-of-science-technology-and-industry-for-national-defence",
                    "1982-2008",
                ),
                ("subordinateTo", "ministry-of-industry-and-information-technology", "2008"),
            },
        ),
        # (forty-first session) "was placed / brought under" an agency is a move as "came under" is
        (
            "DU was placed under SASTIND in 2013.",
            {("subordinateTo", "state-administration-of-science-technology-and-industry-for-national-defence", "2013")},
        ),
        (
            "DU was placed under SASTIND in 2013. It was later brought under the PLA Navy.",
            {
                (
                    "formerlySupervisedBy",
                    "state-administration-of-science-technology-and-industry-for-national-defence",
                    "2013",
                ),
                ("subordinateTo", "pla-navy", ""),
            },
        ),
        ("DU's laboratory was placed under CETC in 2010.", set()),
        ("DU was never placed under CASIC.", set()),
        ("DU was placed under review by the MOE in 2012.", set()),
        # (forty-first session) the supervision itself moved: since then, and a later move ends it
        (
            "In 2008, supervision of DU passed to MIIT.",
            {("supervisedBy", "ministry-of-industry-and-information-technology", "2008")},
        ),
        (
            "DU came under COSTIND in 1999. In 2008, supervision of DU passed to MIIT.",
            {
                ("formerlySupervisedBy", "commission-of-science-technology-and-industry-for-national-defence", "1999"),
                ("supervisedBy", "ministry-of-industry-and-information-technology", "2008"),
            },
        ),
        (
            "In 2008, supervision of DU passed to MIIT. In 2012, responsibility for the university was "
            "transferred from MIIT to SASTIND.",
            {
                ("formerlySupervisedBy", "ministry-of-industry-and-information-technology", "2008"),
                ("formerlySupervisedBy", "ministry-of-industry-and-information-technology", "2012"),
                (
                    "supervisedBy",
                    "state-administration-of-science-technology-and-industry-for-national-defence",
                    "2012",
                ),
            },
        ),
        (
            "DU was transferred to COSTIND in 1999. The following year it came under the Ministry of Education.",
            {
                ("formerlySupervisedBy", "commission-of-science-technology-and-industry-for-national-defence", "1999"),
                ("subordinateTo", "ministry-of-education", ""),
            },
        ),
        ("DU was long supervised by NORINCO.", set()),
        (
            "DU was transferred to COSTIND in 1999. Today it is supervised by MIIT.",
            {
                ("formerlySupervisedBy", "commission-of-science-technology-and-industry-for-national-defence", "1999"),
                ("supervisedBy", "ministry-of-industry-and-information-technology", ""),
            },
        ),
        (
            "DU was transferred to MIIT in 2008. Today it is supervised by MIIT and SASTIND.",
            {
                ("subordinateTo", "ministry-of-industry-and-information-technology", "2008"),
                ("supervisedBy", "ministry-of-industry-and-information-technology", ""),
                ("supervisedBy", "state-administration-of-science-technology-and-industry-for-national-defence", ""),
            },
        ),
        # (every opener of the present the leading clause knows: "Presently" too)
        (
            "DU was transferred to COSTIND in 1999. Presently, it is run by MIIT.",
            {
                ("formerlySupervisedBy", "commission-of-science-technology-and-industry-for-national-defence", "1999"),
                ("supervisedBy", "ministry-of-industry-and-information-technology", ""),
            },
        ),
        # a remark on an agency that puts it in the past or doubts it, or a former name of it
        (
            "DU is supervised by MIIT and the MOE (formerly).",
            {("supervisedBy", "ministry-of-industry-and-information-technology", "")},
        ),
        (
            "DU is supervised by SASTIND (formerly COSTIND).",
            {("supervisedBy", "state-administration-of-science-technology-and-industry-for-national-defence", "")},
        ),
        # an agency whose own remark or a later clause ends its part
        (
            "DU is subordinate to CETC (through 2020) and AVIC.",
            {("subordinateTo", "aviation-industry-corporation-of-china", "")},
        ),
        (
            "DU is jointly supervised by MIIT and CASIC, although CASIC withdrew in 2012.",
            {("jointlySupervisedBy", "ministry-of-industry-and-information-technology", "")},
        ),
        (
            "DU is jointly supervised by MIIT and the PLA Navy, the latter until 2017.",
            {("jointlySupervisedBy", "ministry-of-industry-and-information-technology", "")},
        ),
        (
            "DU came under the joint supervision of CASC and the Shaanxi Provincial Government in 2002, "
            "an arrangement that lasted until 2010.",
            set(),
        ),
        # an agency's own history, another body's transfer, another's subject after "whose"
        (
            "DU is supervised by CASC, the successor to the Seventh Ministry of Machine Building.",
            {("supervisedBy", "china-aerospace-science-and-technology-corporation", "")},
        ),
        ("DU remained under CASC when Larch University was transferred to MIIT in 2008.", set()),
        (
            "DU, whose sister school Larch University was run by COSTIND until 2008, is supervised by MIIT.",
            {("supervisedBy", "ministry-of-industry-and-information-technology", "")},
        ),
        # a year of a clause about the partner, or of another verb phrase, is not the tie's
        (
            "DU has close ties with CETC, from which it received a radar laboratory in 2011.",
            {("hasCloseTiesWith", "china-electronics-technology-group-corporation", "")},
        ),
        (
            "DU collaborates with NORINCO, where a former president took a post in 2015.",
            {("collaboratesWith", "china-north-industries-group-corporation", "")},
        ),
        (
            "DU has close ties with NORINCO and absorbed the Hazel College in 2004.",
            {("hasCloseTiesWith", "china-north-industries-group-corporation", "")},
        ),
        (
            "DU collaborates with Larch University, known until 2001 as the Hazel Radio College.",
            {("collaboratesWith", "larch-university", "")},
        ),
        # a merger after another event: that event's year is not the merger's
        (
            "After SASTIND began supervising it in 2013, DU absorbed the Larch Radio School.",
            {("predecessorOf", "dogwood-university", "")},
        ),
        # an agency that took over supervision, one that no longer supervises (with an adverb: still does)
        (
            "MIIT took over supervision of DU in 2008.",
            {("supervisedBy", "ministry-of-industry-and-information-technology", "2008")},
        ),
        (
            "DU is no longer supervised by CASIC.",
            {("formerlySupervisedBy", "china-aerospace-science-and-industry-corporation", "")},
        ),
        ("DU is no longer only supervised by the MOE.", set()),
        # a body of the institution's is not the institution
        ("MIIT took over the supervision of its laboratory in 2008.", set()),
        ("SASTIND supervises its laboratory.", set()),
        # a removal the sentence or the next undoes: listed now, which is not read
        ("DU was removed from the Entity List in 2015 but added again in 2019.", set()),
        ("DU was removed from the Entity List in 2015. It was relisted in 2019.", set()),
    ],
)
def test_a_date_a_direction_or_a_state_told_of_one_part_is_not_given_to_another(project, tmp_path, sentence, claims):
    ctx = extract(
        project,
        tmp_path,
        "dogwood-university",
        f"Dogwood University (DU) is designated high risk for its defence research.\n\n{sentence}\n",
    )
    assert _claims_with_years(ctx) == claims


@pytest.mark.parametrize(
    ("sentence", "wording"),
    [
        ("In 2016, DU came under the supervision of MIIT.", "In 2016"),
        ("Since June 2008, DU has been supervised by MIIT.", "Since June 2008"),
        ("DU has been supervised by MIIT since 2008.", "since 2008"),
        ("DU was transferred from COSTIND to MIIT in 2008.", "in 2008"),
    ],
)
def test_a_supervision_date_keeps_the_words_the_text_gives_it(project, tmp_path, sentence, wording):
    # dkg:verbatim is the date as the source words it ("since 2016" had been written for "In 2016")
    ctx = extract(
        project,
        tmp_path,
        "dogwood-university",
        f"Dogwood University (DU) is designated high risk for its defence research.\n\n{sentence}\n",
    )
    assert {str(o) for _, p, o in ctx.triples if p == DKG.verbatim} == {wording}


@pytest.mark.parametrize(
    "sentence",
    [
        "DU was formerly known as the Hazel Radio College (榛子无线电学院).",
        "In 1993, the Hazel Radio College (榛子无线电学院) was renamed Dogwood University.",
    ],
)
def test_a_former_name_with_its_chinese_name_after_it_is_read(project, tmp_path, sentence):
    ctx = extract(
        project,
        tmp_path,
        "dogwood-university",
        f"Dogwood University (DU) is designated high risk for its defence research.\n\n{sentence}\n",
    )
    assert Literal("Hazel Radio College", lang="en") in {o for _, p, o in ctx.triples if p == SKOS.altLabel}


# the link properties a sentence about another body's tie with the institution may give
_LINKS = (
    DKG.collaboratesWith,
    DKG.hasCloseTiesWith,
    DKG.hasExchangesWith,
    DKG.fundedBy,
    DKG.employsGraduatesOf,
    DKG.trainsPersonnelFor,
    DKG.conductsResearchFor,
    DKG.suppliesTo,
)
_QU = "quillwort-university"


@pytest.mark.parametrize(
    ("sentence", "links"),
    [
        # the institution as the object, or second: each fact in its property's direction
        ("CASC works closely with QU on solid rocket motors.", {("collaboratesWith", "CASC", _QU)}),
        ("Since 2012, CETC has partnered with QU.", {("collaboratesWith", "CETC", _QU)}),
        ("CASIC set up a joint laboratory with QU in 2015.", {("collaboratesWith", "CASIC", _QU)}),
        ("NORINCO has close ties with QU.", {("hasCloseTiesWith", "NORINCO", _QU)}),
        ("The PLA Air Force has regular exchanges with QU.", {("hasExchangesWith", "PLAAF", _QU)}),
        ("The PLA Rocket Force funds QU's research on propellants.", {("fundedBy", _QU, "PLARF")}),
        ("SASTIND and MIIT fund research projects at QU.", {("fundedBy", _QU, "SASTIND"), ("fundedBy", _QU, "MIIT")}),
        ("The PLA Navy provides research funding for QU.", {("fundedBy", _QU, "PLAN")}),
        ("AVIC is one of the largest employers of QU graduates.", {("employsGraduatesOf", "AVIC", _QU)}),
        ("QU graduates often join CETC.", {("employsGraduatesOf", "CETC", _QU)}),
        ("CETC recruits heavily from QU.", {("employsGraduatesOf", "CETC", _QU)}),
        ("PLA Navy officers are trained at QU.", {("trainsPersonnelFor", _QU, "PLAN")}),
        ("Huawei supplies servers to QU.", {("suppliesTo", "Huawei", _QU)}),
        # the institution's partner told from the partner's side (forty-first session, whole pages)
        ("AVIC is QU's main industrial partner.", {("collaboratesWith", _QU, "AVIC")}),
        (
            "CETC and CASC are QU's key partners.",
            {("collaboratesWith", _QU, "CETC"), ("collaboratesWith", _QU, "CASC")},
        ),
        ("CASIC is a major partner of QU.", {("collaboratesWith", "CASIC", _QU)}),
        ("AVIC is Beihang's main industrial partner.", set()),
        ("AVIC is not QU's partner.", set()),
        ("AVIC is no longer QU's main partner.", set()),
        ("AVIC may be QU's main partner.", set()),
        ("AVIC is QU's partner's parent.", set()),
        # the same verbs with another institution, a part of this one, or neither as the object
        ("CASC collaborates with Beihang.", set()),
        ("CETC works with QU's School of Electronics.", set()),
        ("CETC funds research at QU's School of Optics.", set()),
        ("CASIC collaborates with CETC on radar.", set()),
        ("CETC recruits from QU's School of Electronics.", set()),
        ("PLA officers are trained at QU's School of Command.", set()),
        ("Students are trained at QU by PLA officers.", set()),
        ("QU's research is funded by its alumni.", set()),
        # denied, hedged or ended
        ("CASC has never collaborated with QU.", set()),
        ("CASC may fund QU's research.", set()),
        ("CETC funded QU's research until 2014.", set()),
        ("AVIC is believed to cooperate with QU.", set()),
        # a last item denied or doubted alone: the rest is read, the item is not
        ("QU collaborates with CETC but not with AVIC.", {("collaboratesWith", _QU, "CETC")}),
        ("QU has close ties with NORINCO and reportedly with CETC.", {("hasCloseTiesWith", _QU, "NORINCO")}),
        ("QU receives funding from SASTIND, not CASC.", {("fundedBy", _QU, "SASTIND")}),
        ("QU may collaborate with CETC but not with AVIC.", set()),
        ("QU collaborates with CETC, but reportedly ended the partnership in 2019.", set()),
        ("QU collaborates with CETC and reportedly with a subsidiary of AVIC.", set()),
    ],
)
def test_a_link_told_with_the_institution_as_the_object_keeps_its_direction(project, tmp_path, sentence, links):
    """Forty-first session's second probe: another body's tie with the institution, or a sentence
    whose last item alone is denied or doubted."""
    ctx = extract(
        project,
        tmp_path,
        _QU,
        f"Quillwort University (QU) is designated high risk for its defence research.\n\n{sentence}\n",
    )
    short = {
        "china-aerospace-science-and-technology-corporation": "CASC",
        "china-aerospace-science-and-industry-corporation": "CASIC",
        "china-electronics-technology-group-corporation": "CETC",
        "aviation-industry-corporation-of-china": "AVIC",
        "china-north-industries-group-corporation": "NORINCO",
        "pla-air-force": "PLAAF",
        "pla-rocket-force": "PLARF",
        "pla-navy": "PLAN",
        "state-administration-of-science-technology-and-industry-for-national-defence": "SASTIND",
        "ministry-of-industry-and-information-technology": "MIIT",
        "huawei-technologies": "Huawei",
    }
    found = {
        (str(p).rsplit("#", 1)[-1], short.get(a, a), short.get(b, b)) for p in _LINKS for a, b in slug_pairs(ctx, p)
    }
    assert found == links


def test_footnote_separators_inside_a_sentence_are_taken_out():
    # a footnote link between two items of a list left " ; ; " in the copy: the sentence reads on
    text = "Wren Institute collaborates with Xidian University ; ; and Tsinghua University. It is small."
    assert [s.text for s in split_sentences(text, None)] == [
        "Wren Institute collaborates with Xidian University and Tsinghua University.",
        "It is small.",
    ]
    # between two clauses the run stays a boundary: "since 2000" is not the first clause's
    (s,) = split_sentences("It is subordinate to the MOE ; ; since 2000 it has been supervised by SASTIND.", None)
    assert s.text == "It is subordinate to the MOE; since 2000 it has been supervised by SASTIND."


def test_long_runs_of_spaces_and_separators_read_as_single_ones():
    """A page converted from a table or a PDF can hold thousands of spaces or tabs in a row: they
    read as one space, and the run costs time in proportion to its length (before the forty-sixth
    session, 4,000 spaces took seconds and these runs would take many minutes; speed itself is
    measured in benchmarks/long_input.py, never timed here)."""
    spaced = "Wren Institute collaborates with" + " " * 100_000 + "Xidian University ." + "\t" * 50_000 + "It is small."
    assert [s.text for s in split_sentences(spaced, None)] == [
        "Wren Institute collaborates with Xidian University.",
        "It is small.",
    ]
    # a long run of footnote separators before a list's last item, and before the stop
    listed = (
        "Wren Institute collaborates with Xidian University"
        + " ;" * 20_000
        + " and Tsinghua University"
        + " ;" * 20_000
        + "."
    )
    (s,) = split_sentences(listed, None)
    assert s.text == "Wren Institute collaborates with Xidian University and Tsinghua University."


def test_a_url_in_brackets_ends_at_the_bracket_and_leaves_no_empty_aside():
    # "(see www.x/y.html).The ..." - the URL is not the next sentence's first word, the
    # sentences are two, and the aside the URL was is gone with it
    text = "It holds secret-level credentials (see www.example.cn/news/2019/c.html).The university is small."
    sentences = split_sentences(text, None)
    assert [s.text for s in sentences] == ["It holds secret-level credentials.", "The university is small."]
    assert sentences[0].citations == ("www.example.cn/news/2019/c.html",)
    # a URL with its own brackets keeps them
    (s,) = split_sentences("It is listed (see https://example.org/wiki/A_(b)).", None)
    assert s.citations == ("https://example.org/wiki/A_(b)",)


def test_an_archive_link_without_its_scheme_and_a_caption_after_a_sentence_are_taken_out():
    """ "guilty.archive.md/QwErT Source: US Department of Justice": a citation and a caption, not
    words of the sentence (forty-second session: both were in its quote)."""
    text = "In March 2015 he pleaded guilty.archive.md/QwErT Source: US Department of Justice"
    sentences = split_sentences(text, "ESP")
    assert [s.text for s in sentences] == ["In March 2015 he pleaded guilty."]
    assert sentences[0].citations == ("archive.md/QwErT",)
    (s,) = split_sentences("It was listed (see web.archive.org/web/2019/x.html) in 2019.", None)
    assert s.text == "It was listed in 2019." and s.citations == ("web.archive.org/web/2019/x.html",)
    # a word that only looks like a host stays: "archive.org" named as a site, no path
    (s,) = split_sentences("Its pages are kept on archive.org today.", None)
    assert s.text == "Its pages are kept on archive.org today."


def test_a_bullet_wrapped_onto_a_second_line_is_one_item():
    page = (
        "Wren University (WU) is designated high risk for its laboratories.\n\n"
        "Major defence laboratories\n"
        "  • Key Laboratory of Fundamental Science for National Defence of Nuclear Fuel\n"
        "    Cycle Technology (核燃料循环技术重点实验室)\n"
        "  • Science and Technology on Reactor Physics\n"
        "    of Fast Neutrons Laboratory\n"
        "  • State Key Laboratory of Optics (光学国家重点实验室)\n"
        "Last updated 1 May 2021.\n"
    )
    profile = parse_profile(page, where="wren-university")
    assert [s.text for s in profile.sentences if s.section == "LAB"] == [
        "• Key Laboratory of Fundamental Science for National Defence of Nuclear Fuel Cycle Technology"
        " (核燃料循环技术重点实验室)",
        "• Science and Technology on Reactor Physics of Fast Neutrons Laboratory",
        "• State Key Laboratory of Optics (光学国家重点实验室)",
    ]


def test_an_attendance_clause_ends_the_topic_and_a_merger_forms_the_institution_as_it_is(project, tmp_path):
    """Fifty-fourth session: "a conference on radar that around 150 people from CETC attended" kept
    the clause in the topic; "merged with A to form the current academy" was left unread, and
    "to form the new college" must stay so (another body, maybe)."""
    ctx = extract(
        project,
        tmp_path,
        "heron-signals-academy",
        "Heron Signals Academy (HSA) is designated very high risk as a military school.\n\n"
        "In 2018, HSA organised a conference on radar that around 150 people from CETC attended. "
        "In 2017, it merged with the Heron Radio College to form the current academy. "
        "In 2012, HSA merged with the Heron Radar School to form the new college. "
        "Before the 2016 military reforms, it was part of the former General Staff Department.\n",
    )
    triples = set(ctx.triples)
    (event,) = {s for s, p, o in triples if p == DKG.organisedBy}
    assert {str(o) for s, p, o in triples if s == event and p == DKG.topic} == {"radar"}
    (count,) = {o for s, p, o in triples if s == event and p == DKG.attendance}
    assert {str(o) for s, p, o in triples if s == count and p == DKG.value} == {"150"}
    (group,) = {o for s, p, o in triples if s == event and p == DKG.attendeeGroup}
    cetc = ID["china-electronics-technology-group-corporation"]
    assert (group, DKG.fromOrganisation, cetc) in triples
    assert slug_pairs(ctx, DKG.predecessorOf) == {("heron-radio-college", "heron-signals-academy")}
    # the academy went on through the merger: one of the bodies it came from, and not founded then
    (merger,) = {s for s, p, o in triples if p == DKG.resultingOrganisation}
    assert {o for s, p, o in triples if s == merger and p == DKG.originalOrganisation} == {
        ID["heron-radio-college"],
        ID["heron-signals-academy"],
    }
    assert not {o for s, p, o in triples if p == DKG.established}
    assert slugs(ctx, DKG.formerlySupervisedBy) == {"pla-general-staff-department"}


def test_a_tie_since_around_a_year_began_about_then(project, tmp_path):
    """Fifty-fourth session: "since around 2014" gave the tie a point in time, 2014 exactly; it is
    its start, approximate (EDTF "2014~"), as "in about 2009" is a time it held, approximate."""
    ctx = extract(
        project,
        tmp_path,
        "heron-university",
        "Heron University (HU) is designated medium risk.\n\n"
        "HU has worked with AVIC since around 2014. HU worked with CASC in about 2009.\n",
    )
    by = properties_by_node(ctx)
    ties = statements_by_object(ctx, DKG.collaboratesWith)
    assert str(by[ties["aviation-industry-corporation-of-china"][DKG.startDate]][DKG.edtf]) == "2014~"
    assert str(by[ties["china-aerospace-science-and-technology-corporation"][DKG.pointInTime]][DKG.edtf]) == "2009~"


def test_a_risk_sentence_may_spell_out_what_the_title_abbreviates(project, tmp_path):
    """Fifty-fourth session: a page titled "CAS Institute of Hydroacoustics" whose risk sentence
    opens "The Chinese Academy of Sciences Institute of Hydroacoustics (IHA) is ..." read nothing:
    the sentence was not the institution's, since "Chinese", "Academy" and "Sciences" are not words
    of the title. An abbreviation of a body the registry knows stands for its names, either way."""
    ctx = extract(
        project,
        tmp_path,
        "cas-institute-of-hydroacoustics",
        "CAS Institute of Hydroacoustics\n\n\n"
        "The Chinese Academy of Sciences Institute of Hydroacoustics (IHA) is assessed as very high risk.\n\n"
        "IHA hosts the Hydroacoustic Imaging Laboratory.\n",
    )
    found = observed(ctx)
    assert found["riskLevel"] == {"very-high"} and found["abbreviation"] == {"IHA"}
    assert slug_pairs(ctx, DKG.hostedBy) == {("hydroacoustic-imaging-laboratory", "cas-institute-of-hydroacoustics")}
    spelt_out = extract(
        project,
        tmp_path,
        "peoples-liberation-army-harbour-academy",
        "People's Liberation Army Harbour Academy\n\n\nThe PLA Harbour Academy is designated very high risk.\n",
    )
    assert observed(spelt_out)["riskLevel"] == {"very-high"}
    # an abbreviation the title does not hold, spelt out or not, is another body's
    other = extract(
        project,
        tmp_path,
        "alder-institute-of-hydroacoustics",
        "Alder Institute of Hydroacoustics\n\n\nThe CAS Institute of Hydroacoustics is designated high risk.\n",
    )
    assert "riskLevel" not in observed(other)


def test_the_examples_after_a_kind_of_partner_are_partners_known_or_not(project, tmp_path):
    """Fifty-fourth session: "partnerships with universities in Germany and Russia, including the
    Technical University of Munich and the Moscow Aviation Institute" read the known one only, and a
    company's "Co., Ltd." split its name in two in a list of partners."""
    ctx = extract(
        project,
        tmp_path,
        "heron-university",
        "Heron University (HU) is designated high risk.\n\n"
        "HU has partnerships with universities in Germany and Russia, including the Technical University of "
        "Munich and the Moscow Aviation Institute. HU works with defence companies, including CETC and Heron "
        "Radar Co., Ltd.\n",
    )
    assert slugs(ctx, DKG.collaboratesWith) == {
        "technical-university-of-munich",
        "moscow-aviation-institute",
        "china-electronics-technology-group-corporation",
        "heron-radar-co-ltd",
    }


def test_a_frame_may_open_with_where_it_was_said(project, tmp_path):
    """Fifty-fourth session: "In a 2019 article, Xinhua reported that ..." was unread (a frame's
    opening time was read, not the article it was said in); the article's year is not the fact's."""
    ctx = extract(
        project,
        tmp_path,
        "heron-university",
        "Heron University (HU) is designated high risk.\n\n"
        "In a 2019 article, Xinhua reported that HU signed an agreement with CASC in 2018. "
        "In its 2020 annual report, HU stated that it had trained 300 officers for the PLA Navy.\n",
    )
    triples = set(ctx.triples)
    (agreement,) = {s for s, p, o in triples if p == DKG.party and o == ID["heron-university"]}
    assert agreement.endswith("agreement-2018")
    sources = {str(o) for s, p, o in triples if p == DKG.accordingTo}
    assert sources == {"Xinhua", "HU"}
    assert slugs(ctx, DKG.trainsPersonnelFor) == {"pla-navy"}


def test_a_body_made_from_another_is_its_successor_and_founded_then(project, tmp_path):
    """Fifty-fourth session: "formed in 2017 from the former X Academy", "the successor to X"
    between commas and "Its predecessors include A and B" were unread; one body it was made from
    is a reorganisation, not a merger."""
    ctx = extract(
        project,
        tmp_path,
        "heron-engineering-university",
        "Heron Engineering University (HEU) is designated very high risk.\n\n"
        "HEU was formed in 2017 from the former Heron Artillery Academy. "
        "Its predecessors include the Heron Radar School and the Heron Signals College.\n",
    )
    triples = set(ctx.triples)
    assert slug_pairs(ctx, DKG.predecessorOf) == {
        (body, "heron-engineering-university")
        for body in ("heron-artillery-academy", "heron-radar-school", "heron-signals-college")
    }
    (event,) = {s for s, p, o in triples if p == DKG.resultingOrganisation}
    assert english_labels(triples)[event] == "Reorganisation forming Heron Engineering University (2017)"
    assert {o for s, p, o in triples if s == event and p == DKG.originalOrganisation} == {ID["heron-artillery-academy"]}
    assert observed(ctx)["established"] == {"heron-engineering-university-established-2017"}


def test_a_merger_or_reorganisation_told_after_its_reform_is_read_with_one_founding(project, tmp_path):
    """Fifty-fifth session: "was established in 2017 following Xi Jinping's military reforms, through
    the merger of A and B" was unread (the reform was read only after the bodies); "formed in 2017 as
    part of the military reforms, from the former X" is the reorganisation, and its founding is
    told once (the founding rule no longer reads it too)."""
    ctx = extract(
        project,
        tmp_path,
        "heron-engineering-university",
        "Heron Engineering University (HEU) is designated very high risk.\n\n"
        "HEU was established in 2017 following Xi Jinping's military reforms, through the merger of the Heron "
        "Radar School and the Heron Signals College. "
        "It was formed in 2017 as part of the military reforms, from the former Heron Artillery Academy.\n",
    )
    assert slug_pairs(ctx, DKG.predecessorOf) == {
        (body, "heron-engineering-university")
        for body in ("heron-artillery-academy", "heron-radar-school", "heron-signals-college")
    }
    kinds = sorted(
        english_labels(ctx.triples)[s].split(" ")[0] for s, p, o in set(ctx.triples) if p == DKG.resultingOrganisation
    )
    assert kinds == ["Merger", "Reorganisation"]
    dates = {str(o) for s, p, o in ctx.triples if p == DKG.when and "established" in str(s)}
    assert dates == {"2017"}
    established = {str(s) for s, p, o in ctx.triples if p == DKG.when and "established" in str(s)}
    assert len(established) == 2  # one a sentence: the merger's and the reorganisation's, none twice


def test_defence_research_areas_are_areas_not_work_ties_or_the_lists_words(project, tmp_path):
    """Fifty-fifth session: "includes" and "covers" are read as "focuses on" is; an item that is work
    or ties, names an organisation or ends the list ("and the like") is no area, and the words that
    open a list ("areas such as") are not part of its first area."""
    ctx = extract(
        project,
        tmp_path,
        "heron-engineering-university",
        "Heron Engineering University (HEU) is designated very high risk.\n\n"
        "Its defence research covers areas such as radar, CETC radars and sonar. "
        "HEU's defence research includes work for the PLA, lasers and the like.\n",
    )
    assert slugs(ctx, DKG.defenceResearchArea) == {"radar", "sonar", "lasers"}


def test_a_conglomerates_subsidiaries_may_be_its_institutes_and_companies(project, tmp_path):
    """Fifty-fifth session: "Its subsidiaries include the X Research Institute and Y Co., Ltd." was
    unread (only lists of companies were read); a numbered institute is named with the institution,
    and the comma of "Co., Ltd." splits no list."""
    ctx = extract(
        project,
        tmp_path,
        "heron-shipbuilding-corporation",
        "Heron Shipbuilding Corporation\n\n\nThe Heron Shipbuilding Corporation (HSC) is designated very high risk.\n\n"
        "HSC's subsidiaries include the 725th Research Institute, Heron Heavy Industries Co., Ltd. and the Heron "
        "Ship Design Academy.\n",
    )
    assert slug_pairs(ctx, DKG.subsidiaryOf) == {
        (unit, "heron-shipbuilding-corporation")
        for unit in (
            "heron-shipbuilding-corporation-725th-research-institute",
            "heron-heavy-industries-co-ltd",
            "heron-shipbuilding-corporation-heron-ship-design-academy",
        )
    }
    labels = set(english_labels(ctx.triples).values())
    assert {"725th Research Institute of Heron Shipbuilding Corporation", "Heron Heavy Industries Co., Ltd."} <= labels


def test_an_agreement_with_a_military_region_or_a_command_named_after_the_pla(project, tmp_path):
    """Fifty-fifth session: the registry knows the seven military regions (an agreement with one was
    unread); "the PLA Eastern Theater Command" no longer gives the command the description "the PLA"."""
    ctx = extract(
        project,
        tmp_path,
        "heron-normal-university",
        "Heron Normal University (HNU) is designated medium risk.\n\n"
        "HNU signed a cooperation agreement with the Nanjing Military Region in 2012. "
        "In 2017, HNU signed a cooperation agreement with the PLA Eastern Theater Command.\n",
    )
    parties = {str(o).rsplit("/", 1)[-1] for _, p, o in ctx.triples if p == DKG.party}
    assert parties == {"heron-normal-university", "nanjing-military-region", "eastern-theater-command"}
    assert not [t for t in ctx.triples if t[1] == DKG.description]


def test_its_researchers_work_with_anothers_is_a_collaboration_implied(project, tmp_path):
    """Fifty-fifth session: "Its researchers have published papers with scientists from A and B": the
    institution collaborates with each, implied (its people's work), a partner the registry does not
    know minted as the collaboration rule mints it."""
    ctx = extract(
        project,
        tmp_path,
        "heron-university",
        "Heron University (HU) is designated high risk.\n\n"
        "Its researchers have published papers with scientists from CAEP and the University of Bath.\n",
    )
    certainty = {
        partner: str(st[DKG.certainty]).rsplit("/", 1)[-1]
        for partner, st in statements_by_object(ctx, DKG.collaboratesWith).items()
    }
    assert certainty == {"china-academy-of-engineering-physics": "implied", "university-of-bath": "implied"}
    assert not [t for t in ctx.triples if t[1] == DKG.collaboratesWith]  # no plain edge


def test_the_institutions_lead_in_to_its_laboratories_is_read_with_them(project, tmp_path):
    """Fifty-fifth session: "HU hosts the following laboratories:" stayed an unparsed sentence though
    its bullets were read; it is read with them now. Another body's lead-in stays unparsed, and so do
    its bullets."""
    ctx = extract(
        project,
        tmp_path,
        "heron-university",
        "Heron University (HU) is designated high risk.\n\nMajor defence laboratories\n\n"
        "HU hosts the following laboratories:\n  • Heron Optics Laboratory\n\n"
        "CETC hosts the following laboratories:\n  • Heron Radar Laboratory\n",
    )
    unparsed = {str(o) for _, p, o in ctx.triples if p == DKG.unparsedSentence}
    assert "HU hosts the following laboratories:" not in unparsed
    assert {"CETC hosts the following laboratories:", "• Heron Radar Laboratory"} <= unparsed
    assert slug_pairs(ctx, DKG.hostedBy) == {("heron-optics-laboratory", "heron-university")}


def test_disciplines_it_has_and_had_in_a_plan_are_named_and_dated(project, tmp_path):
    """Fifty-fifth session: "In the 11th five-year plan (2006-2010), HU had eight defence disciplines,
    including A" gives the count and A, both in the plan's years; "HU has two specialisations in short
    supply with defence characteristics: B and C" names B and C (specialisations are not counted
    with disciplines)."""
    ctx = extract(
        project,
        tmp_path,
        "heron-university",
        "Heron University (HU) is designated high risk.\n\n"
        "In the 11th five-year plan (2006-2010), HU had eight defence disciplines, including explosives. "
        "HU has two specialisations in short supply with defence characteristics: optics and acoustics.\n",
    )
    by = properties_by_node(ctx)
    disciplines = statements_by_object(ctx, DKG.designatedDiscipline)
    assert set(disciplines) == {"explosives", "optics", "acoustics"}
    assert str(by[disciplines["explosives"][DKG.startDate]][DKG.when]) == "2006"
    assert str(by[disciplines["explosives"][DKG.endDate]][DKG.when]) == "2010"
    assert DKG.startDate not in disciplines["optics"]
    counts = [by[st[RDF.object]] for st in by.values() if st.get(RDF.predicate) == DKG.designatedDisciplineCount]
    assert [int(c[DKG.value]) for c in counts] == [8]


def test_an_events_topic_may_come_before_its_kind_and_be_none(project, tmp_path):
    """Fifty-fifth session: "hosted a military-civil fusion forum attended by officials from CETC" and
    "hosted an international forum" were unread (a topic after "on" was needed); the words before
    the kind are its topic, without those of its size or reach, and an event may have none."""
    ctx = extract(
        project,
        tmp_path,
        "heron-university",
        "Heron University (HU) is designated high risk.\n\n"
        "In 2019, HU hosted an international military-civil fusion forum attended by officials from CETC. "
        "In 2020, HU hosted an international forum.\n",
    )
    topics = {str(o) for _, p, o in ctx.triples if p == DKG.topic}
    assert topics == {"military-civil fusion"}
    labels = {
        str(o)
        for s, p, o in ctx.triples
        if p == SKOS.prefLabel and (s, DKG.organisedBy, ID["heron-university"]) in ctx.triples
    }
    assert labels == {"Forum on military-civil fusion (2019)", "Forum organised by Heron University (2020)"}
    assert {str(o).rsplit("/", 1)[-1] for _, p, o in ctx.triples if p == DKG.fromOrganisation} == {
        "china-electronics-technology-group-corporation"
    }


def test_a_meeting_of_leaders_and_the_other_sides_words_without_the_date(project, tmp_path):
    """Fifty-fifth session: "HU's president met with the commander of the PLA Navy in 2019" was unread
    (a side had to be a group: officials, experts, ...); and the other side's description kept the
    date after it ("experts from CETC in 2019"), now cut where the side's name ends."""
    ctx = extract(
        project,
        tmp_path,
        "heron-university",
        "Heron University (HU) is designated high risk.\n\n"
        "HU's president met with the commander of the PLA Navy in 2019. "
        "Representatives of HU met with experts from CETC in 2020.\n",
    )
    descriptions = {str(o) for _, p, o in ctx.triples if p == DKG.description}
    assert descriptions == {
        "HU's president",
        "the commander of the PLA Navy",
        "Representatives of HU",
        "experts from CETC",
    }
    origins = {str(o).rsplit("/", 1)[-1] for _, p, o in ctx.triples if p == DKG.fromOrganisation}
    assert origins == {"heron-university", "pla-navy", "china-electronics-technology-group-corporation"}


def test_a_side_fields_name_above_its_value_and_a_lists_badge_are_read(project, tmp_path):
    """Fifty-fourth session: a copy of a 2025 page from a browser puts a side field's name on a line
    above its value ("Supervising Agencies" / "Ministry of ..."), and a list the institution is on
    as a badge of its name alone ("US Entity List"): all were unread sentences."""
    ctx = extract(
        project,
        tmp_path,
        "heron-university-of-technology",
        "Heron University of Technology\n赫伦理工大学\nHigh Risk Category\nUS Entity List\n\n"
        "Heron University of Technology (HUT) is assessed as high risk for its defence research.\n\n"
        "Aliases\nHeron Tech\nSupervising Agencies\nMinistry of Industry and Information Technology\n"
        "Categories\nCivilian\nLast updated 1 October 2025.\n",
    )
    found = observed(ctx)
    assert found["listedOn"] == {"us-entity-list"}
    assert found["supervisedBy"] == {"ministry-of-industry-and-information-technology"}
    assert found["category"] == {"civilian"}
    assert ("heron-university-of-technology", "Heron Tech") in {
        (str(s).rsplit("/", 1)[-1], str(o)) for s, p, o in ctx.triples if p == SKOS.altLabel
    }
    assert not {str(o) for _, p, o in ctx.triples if p == DKG.unparsedSentence}
    # a section's heading is no field's name, nor is a line that names a list among other words
    other = extract(
        project,
        tmp_path,
        "heron-polytechnic",
        "Heron Polytechnic (HP) is designated medium risk.\n\nDesignated defence research areas\nOptics\n\n"
        "A partner on the US Entity List\n",
    )
    assert "listedOn" not in observed(other)


def test_a_laboratory_hosted_and_jointly_run_in_one_sentence_is_a_collaboration(project, tmp_path):
    """Fifty-fourth session: "HU hosts the X Laboratory, which is jointly run with CETC" read nothing,
    where the same in two sentences ("... It is jointly run with CETC.") read the collaboration. The
    laboratory is no unit of HU's alone (not hosted by it); through HU's school, the tie is implied."""
    ctx = extract(
        project,
        tmp_path,
        "heron-university",
        "Heron University (HU) is designated high risk.\n\n"
        "HU hosts the Heron Sonar Laboratory, which is jointly run with CETC. "
        "HU's School of Optics hosts the Heron Laser Laboratory, which is jointly run with CASC. "
        "HU may host the Heron Radar Laboratory, which is jointly run with AVIC.\n",
    )
    certainty = {
        partner: str(st[DKG.certainty]).rsplit("/", 1)[-1]
        for partner, st in statements_by_object(ctx, DKG.collaboratesWith).items()
    }
    assert certainty == {
        "china-electronics-technology-group-corporation": "stated",
        "china-aerospace-science-and-technology-corporation": "implied",
    }
    assert not slugs(ctx, DKG.hostedBy)


def test_a_press_conference_is_an_event_and_a_city_with_its_province_one_place(project, tmp_path):
    """Fifty-sixth session: "HU held a press conference in 2019" gave a conference (the ontology's
    conferences are gatherings to discuss; a press conference announces), and "Locations: Harbin,
    Heilongjiang" two addresses, the province as a place of its own."""
    ctx = extract(
        project,
        tmp_path,
        "heron-university",
        "Heron University\nLocations: Harbin, Heilongjiang; Weihai, Shandong Province; Shenzhen, Beijing\n\n"
        "Heron University (HU) is designated high risk.\n\n"
        "HU held a press conference in 2019 to announce a satellite. HU hosted a forum on radar in 2020.\n",
    )
    addresses = {str(o) for _, p, o in ctx.triples if str(p) == "https://schema.org/address"}
    assert addresses == {"Harbin, Heilongjiang", "Weihai, Shandong Province", "Shenzhen", "Beijing"}
    events = {s for s, p, _ in ctx.triples if p == DKG.organisedBy}
    labels = {s: str(o) for s, p, o in ctx.triples if p == SKOS.prefLabel and s in events}
    kinds = {labels[s]: o for s, p, o in ctx.triples if p == RDF.type and s in events}
    assert kinds == {
        "Press conference organised by Heron University (2019)": DKG.Event,
        "Forum on radar (2020)": DKG.Conference,
    }


def test_its_own_website_as_a_source_by_its_noun_or_after_the_verb(project, tmp_path):
    """Fifty-sixth session: "The university website states that ..." and "HU states on its website
    that ..." were unread (a website was a source only after a capitalised name: "HU's website");
    another's "it" after the frame stays its own ("CETC states on its website that it ...")."""
    ctx = extract(
        project,
        tmp_path,
        "heron-university",
        "Heron University (HU) is designated high risk.\n\n"
        "The university website states that it hosts two defence laboratories. "
        "HU states on its official website that it is one of the Seven Sons of National Defence. "
        "CETC says on its website that it collaborates with the PLA Navy.\n",
    )
    sources = {str(o) for _, p, o in ctx.triples if p == DKG.accordingTo}
    assert sources == {"The university website", "Heron University"}
    assert [str(o) for _, p, o in ctx.triples if p == DKG.unparsedSentence] == [
        "CETC says on its website that it collaborates with the PLA Navy."
    ]


def test_a_units_people_funded_and_its_after_a_thing_and_a_stand_in_of_the_institution(project, tmp_path):
    """Fifty-sixth session: "Researchers at its School of X have been funded by the MSS" was unread
    (the school, its unit, is funded by the MSS, implied: its people's funding; the institution's
    funding is not said); and after "That figure has grown ..." then "The university has ...", "its"
    still stood for the figure: a stand-in that cannot be the thing before is the institution, and
    "its" after it the institution's."""
    ctx = extract(
        project,
        tmp_path,
        "heron-university",
        "Heron University (HU) is designated high risk.\n\n"
        "In 2015, HU spent RMB100m on defence work. "
        "That figure has risen since 2016, when HU came under a joint construction agreement. "
        "The university has top-secret credentials. "
        "Researchers at its School of Cyber Science have been funded by the MSS, the state security ministry.\n",
    )
    funded = {
        (st[RDF.subject], funder, st[DKG.certainty]) for funder, st in statements_by_object(ctx, DKG.fundedBy).items()
    }
    school = ID["heron-university-school-of-cyber-science"]
    assert funded == {(school, "ministry-of-state-security", vocab("certainty", "implied"))}
    assert (school, DKG.unitOf, ID["heron-university"]) in ctx.triples


def test_a_services_academy_named_under_its_possessive_is_its_unit_and_where_visitors_came_from(project, tmp_path):
    """Fifty-sixth session: "Officers from the PLA Navy's Submarine Academy toured HU in 2017" was
    unread (units named by a name of their own were minted only for conglomerates and
    academies); a service's academy is its unit (not a subsidiary), named with the service, and
    visitors "from" a unit named under its owner's possessive come from the unit, not the owner."""
    ctx = extract(
        project,
        tmp_path,
        "heron-university",
        "Heron University (HU) is designated high risk.\n\n"
        "Officers from the PLA Navy's Submarine Academy toured HU in 2017. "
        "In 2018, engineers from CETC's 14th Research Institute visited HU.\n",
    )
    academy = ID["pla-navy-submarine-academy"]
    assert (academy, RDF.type, DKG.MilitaryInstitution) in ctx.triples
    assert slug_pairs(ctx, DKG.unitOf) == {("pla-navy-submarine-academy", "pla-navy")}
    assert slugs(ctx, DKG.fromOrganisation) == {
        "pla-navy-submarine-academy",
        "14th-research-institute-of-china-electronics-technology-group-corporation",
    }


def test_a_named_units_ties_are_the_units_and_a_later_sentence_may_name_it_alone(project, tmp_path):
    """Fifty-sixth session: "HU's Institute of X and CAEP jointly established ..." (real sample) and
    "HU's School of Physics collaborates with CETC" were unread (a unit's ties are not the
    institution's); the unit is now minted as the institution's and the tie is the unit's, and "The
    School of Physics ..." later is that unit."""
    ctx = extract(
        project,
        tmp_path,
        "heron-university",
        "Heron University (HU) is designated high risk.\n\n"
        "HU's Institute of Plasma and Laser Physics and CAEP jointly founded a laser centre. "
        "HU's School of Physics collaborates with CETC. The School of Physics has close ties to NORINCO.\n",
    )
    ties = slug_pairs(ctx, DKG.collaboratesWith) | slug_pairs(ctx, DKG.hasCloseTiesWith)
    assert ties == {
        ("heron-university-institute-of-plasma-and-laser-physics", "china-academy-of-engineering-physics"),
        ("heron-university-school-of-physics", "china-electronics-technology-group-corporation"),
        ("heron-university-school-of-physics", "china-north-industries-group-corporation"),
    }
    assert slug_pairs(ctx, DKG.unitOf) == {
        ("heron-university-institute-of-plasma-and-laser-physics", "heron-university"),
        ("heron-university-school-of-physics", "heron-university"),
    }


def test_a_partner_told_from_its_side_by_how_close_or_large_it_is(project, tmp_path):
    """Fifty-ninth session: "CASIC is HU's largest industrial partner", "CASC is one of HU's main
    partners" and "... one of the most important partners of HU" were unread (only "main", "key",
    "major" were known); a denial, a past, another's partner and a partner's parent still say nothing."""
    ctx = extract(
        project,
        tmp_path,
        "heron-university",
        "Heron University (HU) is designated high risk.\n\n"
        "CASIC is HU's largest industrial partner. CASC is one of HU's main partners. "
        "AVIC is HU's closest partner in industry. NORINCO is one of the most important partners of HU. "
        "HU's long-standing partners include the PLA Navy. "
        "CETC is not HU's largest partner. CSGC was HU's largest partner until 2015. "
        "Huawei is one of CAEP's main partners. SASTIND is the parent of one of HU's partners.\n",
    )
    ties = {frozenset(pair) for pair in slug_pairs(ctx, DKG.collaboratesWith)}
    others = {
        "china-aerospace-science-and-industry-corporation",
        "china-aerospace-science-and-technology-corporation",
        "aviation-industry-corporation-of-china",
        "china-north-industries-group-corporation",
        "pla-navy",
    }
    assert ties == {frozenset({"heron-university", other}) for other in others}


def test_both_before_a_coordinated_subject_is_the_subjects_own(project, tmp_path):
    """Fifty-ninth session: "Both HU and NUDT were added to the Entity List in 2019" was unread (the
    rules' subject was "Both"); the word is now set aside as a leading clause is."""
    ctx = extract(
        project,
        tmp_path,
        "heron-university",
        "Heron University (HU) is designated high risk.\n\n"
        "Both HU and NUDT were added to the Entity List in 2019. Both CETC and the PLA Navy fund HU's research. "
        "Both laboratories are run by HU.\n",
    )
    assert slug_pairs(ctx, DKG.listedOn) == {
        ("heron-university", "us-entity-list"),
        ("national-university-of-defense-technology", "us-entity-list"),
    }
    assert slug_pairs(ctx, DKG.fundedBy) == {
        ("heron-university", "china-electronics-technology-group-corporation"),
        ("heron-university", "pla-navy"),
    }
    assert not slugs(ctx, DKG.hostedBy)


def test_a_tie_no_longer_held_is_a_former_one(project, tmp_path):
    """Fifty-ninth session: "HU no longer collaborates with CASC" was unread (its "no longer" read
    as a denial); it is a former collaboration, as "is no longer supervised by" is a former
    supervision. Not when hedged, nor when the sentence says the tie goes on ("but still ...")."""
    ctx = extract(
        project,
        tmp_path,
        "heron-university",
        "Heron University (HU) is designated high risk.\n\n"
        "HU no longer collaborates with CASC. HU no longer works closely with CETC and NORINCO. "
        "HU may no longer work with AVIC. HU reportedly no longer cooperates with CASIC. "
        "HU no longer collaborates with CAEP on radar but still works with it on sonar.\n",
    )
    assert slugs(ctx, DKG.formerlyCollaboratedWith) == {
        "china-aerospace-science-and-technology-corporation",
        "china-electronics-technology-group-corporation",
        "china-north-industries-group-corporation",
    }
    assert not slugs(ctx, DKG.collaboratesWith)


def test_a_hosted_laboratory_said_to_be_founded_jointly_is_read_as_one_it_co_founded(project, tmp_path):
    """Fifty-ninth session: "HU hosts the X Laboratory, which was jointly established with CASC in
    2014" and "HU runs the Y Laboratory, which it built jointly with AVIC in 2012" were unread; they
    are read as "which it co-founded with AVIC in 2011" was since the forty-eighth session: the
    laboratory established by both in that year, a collaboration of that year, and hosted by neither
    as far as the sentence goes (one founded with another may be run with it). A hedged hosting and
    another body's laboratory founded with the institution say nothing."""
    ctx = extract(
        project,
        tmp_path,
        "heron-university",
        "Heron University (HU) is designated high risk.\n\n"
        "HU hosts the Key Laboratory of Jet Noise, which was jointly established with CASC in 2014. "
        "HU runs the Key Laboratory of Wing Design, which it built jointly with AVIC in 2012. "
        "HU hosts the Key Laboratory of Hull Acoustics, established jointly with NORINCO in 2013. "
        "HU may host the Key Laboratory of Rotor Icing, which was jointly established with CETC in 2017. "
        "CETC hosts the Key Laboratory of Radar Clutter, which was jointly established with HU in 2010.\n",
    )
    assert slug_pairs(ctx, DKG.establishedBy) == {
        ("key-laboratory-of-jet-noise", "heron-university"),
        ("key-laboratory-of-jet-noise", "china-aerospace-science-and-technology-corporation"),
        ("key-laboratory-of-wing-design", "heron-university"),
        ("key-laboratory-of-wing-design", "aviation-industry-corporation-of-china"),
        ("key-laboratory-of-hull-acoustics", "heron-university"),
        ("key-laboratory-of-hull-acoustics", "china-north-industries-group-corporation"),
    }
    assert not slugs(ctx, DKG.hostedBy)
    by = properties(ctx)
    years = {str(s).rsplit("/", 1)[-1]: str(by[o][DKG.when]) for s, p, o in ctx.triples if p == DKG.established}
    assert years == {
        "key-laboratory-of-jet-noise": "2014",
        "key-laboratory-of-wing-design": "2012",
        "key-laboratory-of-hull-acoustics": "2013",
    }
    tie_years = {
        str(by[st][RDF.object]).rsplit("/", 1)[-1]: str(by[by[st][DKG.pointInTime]][DKG.when])
        for st in by
        if by[st].get(RDF.predicate) == DKG.collaboratesWith
    }
    assert tie_years == {
        "china-aerospace-science-and-technology-corporation": "2014",
        "aviation-industry-corporation-of-china": "2012",
        "china-north-industries-group-corporation": "2013",
    }


def test_a_units_tie_with_its_adverb_after_the_verb(project, tmp_path):
    """Fifty-ninth session: "HU's School of Optics cooperates closely with CETC" was unread (the
    unit's rule knew the adverb only before the verb, and not "co-operates")."""
    ctx = extract(
        project,
        tmp_path,
        "heron-university",
        "Heron University (HU) is designated high risk.\n\n"
        "HU's School of Optics cooperates closely with CETC. HU's School of Lasers co-operates actively with CAEP.\n",
    )
    assert slug_pairs(ctx, DKG.collaboratesWith) == {
        ("heron-university-school-of-optics", "china-electronics-technology-group-corporation"),
        ("heron-university-school-of-lasers", "china-academy-of-engineering-physics"),
    }


def test_agreements_with_a_kind_of_partner_are_with_its_examples(project, tmp_path):
    """Fifty-ninth session: "HU has signed cooperation agreements with several defence
    conglomerates, including CETC and NORINCO" was unread (its partners named far from "with");
    the examples are the parties, as the collaboration rule reads them. Not the examples of another
    body's units, nor a denied agreement."""
    ctx = extract(
        project,
        tmp_path,
        "heron-university",
        "Heron University (HU) is designated high risk.\n\n"
        "HU has signed cooperation agreements with several defence conglomerates, including CETC and NORINCO. "
        "In 2019, HU signed agreements with several defence firms, including CASIC. "
        "HU has signed agreements with subsidiaries of CSGC, including the 201st Institute. "
        "HU has not signed agreements with defence companies such as AVIC.\n",
    )
    by = properties(ctx)
    parties = {
        frozenset(str(o).rsplit("/", 1)[-1] for s, p, o in ctx.triples if s == node and p == DKG.party)
        for node in by
        if (node, RDF.type, DKG.Agreement) in ctx.triples
    }
    assert parties == {
        frozenset({"heron-university", "china-electronics-technology-group-corporation"}),
        frozenset({"heron-university", "china-north-industries-group-corporation"}),
        frozenset({"heron-university", "china-aerospace-science-and-industry-corporation"}),
    }


def test_a_coordinated_subject_doing_something_jointly_collaborates(project, tmp_path):
    """Fifty-ninth session: "HU and the PLA Army jointly train officers" and "HU and CAEP have a long
    history of cooperation" were unread (only "jointly set up" something, or "collaborated", was known
    of a coordinated subject); not hedged, nor past."""
    ctx = extract(
        project,
        tmp_path,
        "heron-university",
        "Heron University (HU) is designated high risk.\n\n"
        "HU and the PLA Army jointly train officers. HU and CETC together develop radar systems. "
        "HU and NUDT jointly trained cadets until 2015. HU and CASC may jointly develop satellites. "
        "HU and CAEP have a long history of cooperation. HU and AVIC had a long history of collaboration until 2015.\n",
    )
    assert slug_pairs(ctx, DKG.collaboratesWith) == {
        ("heron-university", "pla-ground-force"),
        ("heron-university", "china-electronics-technology-group-corporation"),
        ("heron-university", "china-academy-of-engineering-physics"),
    }


def test_a_national_defence_students_programme_trains_for_the_service(project, tmp_path):
    """Fifty-ninth session: "HU has a national defence students programme with the PLA Navy" was
    unread; its students are the service's officers to be, so the institution trains personnel for
    it (as "trains national defence students for" was read). Not one that ended, nor another's."""
    ctx = extract(
        project,
        tmp_path,
        "heron-university",
        "Heron University (HU) is designated high risk.\n\n"
        "HU has a national defence students programme with the PLA Navy and the PLA Rocket Force. "
        "HU runs a defence student program for the PLA Air Force. "
        "HU had a national defence students programme with the PLA Army until 2017. "
        "CETC has a national defence students programme with the PLA Strategic Support Force.\n",
    )
    assert slug_pairs(ctx, DKG.trainsPersonnelFor) == {
        ("heron-university", "pla-navy"),
        ("heron-university", "pla-rocket-force"),
        ("heron-university", "pla-air-force"),
    }


def test_a_company_owned_by_the_institution_is_its_subsidiary(project, tmp_path):
    """Fifty-ninth session: "X Co., Ltd. is wholly owned by HU" and "... is a company owned by HU"
    were unread (only "is a subsidiary of HU" was known); "partly owned" stays a stake, and another's
    company, a hedge or two owners say nothing of HU's."""
    ctx = extract(
        project,
        tmp_path,
        "heron-university",
        "Heron University (HU) is designated high risk.\n\n"
        "Heron Sonar Co., Ltd. is a company owned by HU. Heron Gear Co., Ltd. is wholly owned by HU. "
        "Heron Lens Co., Ltd. is partly owned by HU. Heron Cell Co., Ltd. is owned by CETC. "
        "Heron Tube Co., Ltd. is reportedly owned by HU. Heron Wire Co., Ltd. is majority-owned by HU and CETC.\n",
    )
    assert slug_pairs(ctx, DKG.subsidiaryOf) == {
        ("heron-sonar-co-ltd", "heron-university"),
        ("heron-gear-co-ltd", "heron-university"),
    }
    assert slug_pairs(ctx, DKG.shareholderOf) == {("heron-university", "heron-lens-co-ltd")}


def test_leading_a_body_or_a_seat_on_its_council_is_membership(project, tmp_path):
    """Fifty-ninth session: "HU is the lead member of the X Alliance", "is a council member of the Y
    Society" and "chairs the Z Alliance" were unread; each makes the institution a member. Not when
    hedged, not another's, and not a part of the body ("leads the X Alliance's working group")."""
    ctx = extract(
        project,
        tmp_path,
        "heron-university",
        "Heron University (HU) is designated high risk.\n\n"
        "HU is the lead member of the Hypersonics Innovation Alliance. HU is a council member of the China "
        "Ordnance Society. HU chairs the Heron Drone Industry Alliance. HU may lead the Heron Sonar Alliance. "
        "CETC leads the Heron Radar Alliance. HU leads the Heron Laser Alliance's working group.\n",
    )
    assert slug_pairs(ctx, DKG.memberOf) == {
        ("heron-university", "hypersonics-innovation-alliance"),
        ("heron-university", "china-ordnance-society"),
        ("heron-university", "heron-drone-industry-alliance"),
    }


def test_whom_the_institution_trains_for_told_in_a_relative_clause(project, tmp_path):
    """Fifty-ninth session: "HU has a close relationship with the PLA Navy, for which it trains
    engineering officers" gave the close ties only; the relative clause's training is read too, for
    the body named right before it, when the clause is the institution's and not hedged."""
    ctx = extract(
        project,
        tmp_path,
        "heron-university",
        "Heron University (HU) is designated high risk.\n\n"
        "HU has a close relationship with the PLA Navy, for which it trains engineering officers. "
        "HU works with CETC, for which it trains engineers. "
        "CASC works with the PLA Air Force, for which it trains engineers. "
        "HU has close ties to the PLA Rocket Force, for which it may train officers.\n",
    )
    assert slug_pairs(ctx, DKG.trainsPersonnelFor) == {
        ("heron-university", "pla-navy"),
        ("heron-university", "china-electronics-technology-group-corporation"),
    }


def test_a_joint_facility_named_for_the_institution_and_a_partner_implies_their_tie(project, tmp_path):
    """Fifty-ninth session: "HU operates the HU-Hikvision Joint Research Center" and "The
    SenseTime-HU Joint Laboratory was set up in 2018" were unread (the 2025 pages add dual-use
    centres with technology companies, often named so). The institution collaborates with the
    other party, implied and read from the name (as a laboratory's kind is); not a facility of two
    others, nor one closed."""
    ctx = extract(
        project,
        tmp_path,
        "heron-university",
        "Heron University (HU) is designated high risk.\n\n"
        "HU operates the HU-Hikvision Joint Research Center for Intelligent Sensing. "
        "The SenseTime-HU Joint Laboratory was set up in 2018. The CETC-Huawei Joint Laboratory opened in 2018. "
        "The HU-iFlytek Joint Laboratory closed in 2019.\n",
    )
    by = properties(ctx)
    ties = {
        str(props[RDF.object]).rsplit("/", 1)[-1]: (str(props[DKG.certainty]).rsplit("/", 1)[-1], props[DKG.basis])
        for props in by.values()
        if props.get(RDF.predicate) == DKG.collaboratesWith
    }
    read_from_name = vocab("basis", "read-from-name")
    assert ties == {"hikvision": ("implied", read_from_name), "sensetime": ("implied", read_from_name)}
    assert not slugs(ctx, DKG.collaboratesWith)  # (implied: no plain edge)


def test_an_events_co_organiser_told_after_its_topic(project, tmp_path):
    """Fifty-ninth session: "HU hosted a conference on hypersonics, co-organised by CASIC" gave the
    topic "hypersonics, co-organised by CASIC" and no second organiser; the topic ends at such a
    clause, and a co-organiser it names (known) organised the event too. A sponsor is no organiser,
    and a topic's list keeps its last item."""
    ctx = extract(
        project,
        tmp_path,
        "heron-university",
        "Heron University (HU) is designated high risk.\n\n"
        "In 2018, HU hosted a conference on hypersonics, co-organised by CASIC. "
        "In 2019, HU held a forum on drones, sponsored by CETC. "
        "In 2020, HU hosted a symposium on radar, sonar, and lidar.\n",
    )
    by = properties(ctx)
    topics = {str(o) for s, p, o in ctx.triples if p == DKG.topic and isinstance(o, Literal)}
    assert topics == {"hypersonics", "drones", "radar, sonar, and lidar"}
    organisers = {
        (str(props[RDF.subject]).rsplit("-", 1)[-1], str(props[RDF.object]).rsplit("/", 1)[-1])
        for props in by.values()
        if props.get(RDF.predicate) == DKG.organisedBy
    }
    assert organisers == {
        ("2018", "heron-university"),
        ("2018", "china-aerospace-science-and-industry-corporation"),
        ("2019", "heron-university"),
        ("2020", "heron-university"),
    }


def test_a_recipient_of_a_bodys_funding_is_funded_by_it(project, tmp_path):
    """Fifty-ninth session: "HU is a major recipient of SASTIND funding" and "... one of the largest
    recipients of funding from the PLA Navy" were unread; the body is the institution's funder. A
    prize is no funding, and a hedge or a past says nothing."""
    ctx = extract(
        project,
        tmp_path,
        "heron-university",
        "Heron University (HU) is designated high risk.\n\n"
        "HU is a major recipient of SASTIND funding. HU is one of the largest recipients of funding from the "
        "PLA Navy. HU is a recipient of the CAEP Prize. HU may be a recipient of CETC funding. "
        "HU was a recipient of AVIC funding until 2010.\n",
    )
    assert slug_pairs(ctx, DKG.fundedBy) == {
        ("heron-university", "state-administration-of-science-technology-and-industry-for-national-defence"),
        ("heron-university", "pla-navy"),
    }


def test_think_tanks_abroad_are_known_partners(project, tmp_path):
    """Fifty-ninth session: the security services' institutes are profiled with their exchanges with
    research bodies abroad that no pattern could mint ("the Brookings Institution", "Chatham House");
    the registry knows a few (data/curated/universities-abroad.ttl), each with its country."""
    ctx = extract(
        project,
        tmp_path,
        "heron-institute-of-international-relations",
        "The Heron Institute of International Relations (HIIR) is designated very high risk.\n\n"
        "HIIR has exchanges with the Center for Strategic and International Studies and the Brookings "
        "Institution. HIIR has exchanges with Chatham House, IISS and SIPRI.\n",
    )
    assert slugs(ctx, DKG.hasExchangesWith) == {
        "center-for-strategic-and-international-studies",
        "brookings-institution",
        "chatham-house",
        "international-institute-for-strategic-studies",
        "stockholm-international-peace-research-institute",
    }


def test_a_founding_by_several_together_and_recruiting_defence_students(project, tmp_path):
    """Sixtieth session: "was jointly founded by A and B" (or "co-founded") was unread, as "was
    founded by A and B" was not; "recruits national defence students for the PLA Navy" was unread
    (students it then educates as the service's officers to be), while "recruits students for" a
    body, and recruiting that stopped, stay unread."""
    ctx = extract(
        project,
        tmp_path,
        "heron-university",
        "Heron University (HU) is designated high risk.\n\n"
        "HU was jointly founded by MIIT and the PLA in 1952. "
        "HU recruits national defence students for the PLA Navy. "
        "HU recruits students for the PLA Air Force. "
        "HU stopped recruiting national defence students for the PLA Army in 2017.\n",
    )
    assert slug_pairs(ctx, DKG.establishedBy) == {
        ("heron-university", "ministry-of-industry-and-information-technology"),
        ("heron-university", "peoples-liberation-army"),
    }
    assert slug_pairs(ctx, DKG.trainsPersonnelFor) == {("heron-university", "pla-navy")}


@pytest.mark.parametrize(
    ("section", "lead_in", "partners"),
    [
        ("International collaborations\n\n", "RU's international partners include:", True),
        ("", "RU's international partners include:", True),
        ("", "RU collaborates with the following universities:", True),
        ("", "RU has partnerships with the following universities:", True),
        ("", "RU ended its collaborations with the following universities in 2018:", False),
        ("", "CETC's partners include:", False),
        ("", "RU hopes to work with the following universities:", False),
        ("", "RU no longer collaborates with the following universities:", False),
        ("International collaborations\n\n", "Researchers at RU collaborate with the following universities:", False),
        ("", "Researchers at RU collaborate with the following universities:", False),
    ],
)
def test_partner_bullets_are_the_institutions_as_their_lead_in_says(project, tmp_path, section, lead_in, partners):
    """Sixtieth session: a list of partners in the body of a page, outside the international
    collaborations heading, was unread, as was one under the heading after "RU's partners
    include:"; both are read when the lead-in says the institution works with them, and the
    lead-in with them. A list of its researchers' partners was read as the institution's under the
    heading, and is not (as "Researchers at RU collaborate with CETC" is not)."""
    ctx = rowan(project, tmp_path, f"{section}{lead_in}\n  • Imperial College London\n  • University of Kestrel\n")
    found = {
        str(o).rsplit("/", 1)[-1]
        for s, p, o in ctx.triples
        if p == DKG.collaboratesWith and s == ID["rowan-university"]
    }
    assert found == ({"imperial-college-london", "university-of-kestrel"} if partners else set())
    unparsed = {str(o) for s, p, o in ctx.triples if p == DKG.unparsedSentence}
    assert (lead_in in unparsed) is not partners


def test_designated_disciplines_listed_outside_their_heading(project, tmp_path):
    """Sixtieth session: a list of disciplines after "SASTIND approved ... disciplines with defence
    characteristics at RU:" in the body of a page was unread (only under the designated research
    areas heading was it read); a list of research areas that are not said to be designated is not."""
    ctx = rowan(
        project,
        tmp_path,
        "SASTIND approved two disciplines with defence characteristics at RU:\n"
        "  • Aeronautical engineering\n  • Materials science\n\n"
        "RU's defence laboratories work on the following defence research areas:\n"
        "  • Optical engineering\n  • Armament science\n",
    )
    assert slugs(ctx, DKG.designatedDiscipline) == {"aeronautical-engineering", "materials-science"}


def test_a_partner_that_has_been_one_since_a_year(project, tmp_path):
    """Sixtieth session: "has been a key partner of CNNC since 2005" was unread ("is a key partner
    of" was read); its year is the tie's start. One that was, one denied, one that ended are not."""
    ctx = rowan(
        project,
        tmp_path,
        "RU has been a key partner of the China National Nuclear Corporation since 2005. "
        "RU has long been a partner of the PLA Navy. "
        "RU had been a partner of CASC until 2010. "
        "RU has never been a partner of AVIC. "
        "RU has been a partner of CETC, but the partnership ended in 2019.",
    )
    assert slug_pairs(ctx, DKG.collaboratesWith) == {
        ("rowan-university", "china-national-nuclear-corporation"),
        ("rowan-university", "pla-navy"),
    }
    assert ("collaboratesWith", "china-national-nuclear-corporation", "2005") in _claims_with_years(ctx)


def test_a_fact_read_twice_from_one_sentence_is_one_statement_with_the_firmer_certainty(project, tmp_path):
    """Sixtieth session: "RU hosts the X Laboratory, housed within the university's College of Y"
    is the laboratory hosted by RU by the verb (stated) and through its unit (implied); the two made
    one statement (its IRI is the fact's and the quote's) with two certainties, which SHACL refuses
    (found in a build of the MISP sample). It is one statement, stated."""
    ctx = rowan(
        project,
        tmp_path,
        "RU also hosts the Key Laboratory of Quiet Sonar (静声重点实验室), housed within the university's "
        "College of Marine Engineering (海洋工程学院).",
    )
    hosted = {s for s, p, o in ctx.triples if p == RDF.predicate and o == DKG.hostedBy}
    certainties = {(s, o) for s, p, o in ctx.triples if s in hosted and p == DKG.certainty}
    assert len(hosted) == 1 and {o for _, o in certainties} == {vocab("certainty", "stated")}
    assert (ID["key-laboratory-of-quiet-sonar"], DKG.hostedBy, ID["rowan-university"]) in set(ctx.triples)


def test_an_agreement_of_a_coordinated_subject_before_a_clause_of_its_own(project, tmp_path):
    """Sixtieth session: "In 2019, RU and CAEP signed a strategic cooperation agreement; the
    agreement covers ..." (or "..., and the two sides agreed to jointly build a laboratory") was
    unread: only ", and" could follow the agreement, and the later clause's "agreed to" (a plan) and
    "jointly build" (as in a joint construction of a university) were taken as the signing's. Not
    one whose signing is hedged, nor one that was cancelled."""
    ctx = rowan(
        project,
        tmp_path,
        "In 2019, RU and CAEP signed a strategic cooperation agreement; the agreement covers nuclear physics. "
        "In 2020, RU and CETC signed a cooperation agreement, and the two sides agreed to jointly build a laboratory. "
        "In 2021, RU and AVIC reportedly signed a cooperation agreement; the deal covers radar. "
        "RU and CASC signed an agreement in 2018, and it was cancelled in 2020.",
    )
    parties = {(s, o) for s, p, o in ctx.triples if p == DKG.party}
    agreements = {s for s, _ in parties}
    assert {frozenset(o for s, o in parties if s == a) for a in agreements} == {
        frozenset({ID["rowan-university"], ID["china-academy-of-engineering-physics"]}),
        frozenset({ID["rowan-university"], ID["china-electronics-technology-group-corporation"]}),
    }


def test_who_leads_a_body_before_its_name_is_no_part_of_its_name(project, tmp_path):
    """Sixtieth session: "a member of the CASC-led Aerospace Alliance" minted a body named "CASC-led
    Aerospace Alliance", another node than the Aerospace Alliance a later sentence names; the leader
    before the name is a description of the body, not its name."""
    ctx = rowan(
        project,
        tmp_path,
        "RU is a member of the CASC-led Aerospace Alliance. RU joined the Aerospace Alliance in 2016. "
        "RU is a member of the Government-backed Drone Alliance.",
    )
    assert slugs(ctx, DKG.memberOf) == {"aerospace-alliance", "drone-alliance"}
    described = {(str(s).rsplit("/", 1)[-1], str(o)) for s, p, o in ctx.triples if p == DKG.description}
    assert {("aerospace-alliance", "CASC-led"), ("drone-alliance", "Government-backed")} <= described


def test_a_case_told_again_of_the_person_named_again(project, tmp_path):
    """Sixtieth session: in a run of sentences about one case, "He was sentenced ..." was read as the
    case of the person the sentence before told of, but not the person named again ("In 2021, a US
    court convicted Xu Wei ..."); now both. Another person named is not that case."""
    ctx = rowan(
        project,
        tmp_path,
        "ESP\n\nIn 2018, Xu Wei, an RU graduate working for the MSS, was arrested in Belgium. "
        "In 2021, a US court convicted Xu Wei of economic espionage. "
        "In 2022, a US court convicted Li Ming of smuggling.",
    )
    topics = {str(o) for s, p, o in ctx.triples if p == DKG.topic}
    assert topics == {"arrest", "conviction"}


def test_the_2025_sections_of_organisations_give_each_bullet_its_tie(project, tmp_path):
    """Sixtieth session: the 2025 layout's "Partnerships with defence conglomerates", "Corporate
    ties", "Subsidiaries" and "Technology procurement" were one section whose bullets nothing read;
    each bullet naming an organisation is now a collaboration, a tie, a subsidiary or a supplier."""
    ctx = rowan(
        project,
        tmp_path,
        "Partnerships with defence conglomerates\n\n  • Aviation Industry Corporation of China\n\n"
        "Corporate ties\n\n  • Kestrel Holdings Co., Ltd.\n\n"
        "Subsidiaries\n\n  • Rowan Avionics Co., Ltd.\n  • Rowan Radar Co., Ltd. (sold in 2019)\n\n"
        "Technology procurement\n\n  • Hikvision\n  • Nvidia A100 GPUs\n",
    )
    assert slug_pairs(ctx, DKG.collaboratesWith) == {("rowan-university", "aviation-industry-corporation-of-china")}
    assert slug_pairs(ctx, DKG.hasCloseTiesWith) == {("rowan-university", "kestrel-holdings-co-ltd")}
    assert slug_pairs(ctx, DKG.subsidiaryOf) == {("rowan-avionics-co-ltd", "rowan-university")}
    assert slug_pairs(ctx, DKG.suppliesTo) == {("hikvision", "rowan-university")}


def test_a_research_institute_set_up_jointly_and_graduates_working_mainly_for_a_body(project, tmp_path):
    """Sixtieth session: "RU and AVIC jointly established the X Design Institute in 2012" gave the
    collaboration only (a laboratory or a centre so set up was minted, an institute not); the
    institute is now a research institute established by both, in that year. "RU's graduates mainly
    work for CETC" was unread (the adverb)."""
    ctx = rowan(
        project,
        tmp_path,
        "RU and AVIC jointly established the Rowan Aircraft Design Institute in 2012. "
        "CETC and CASC jointly established the Birch Engine Institute in 2011. "
        "RU's graduates mainly work for CETC.",
    )
    assert slug_pairs(ctx, DKG.establishedBy) == {
        ("rowan-aircraft-design-institute", "rowan-university"),
        ("rowan-aircraft-design-institute", "aviation-industry-corporation-of-china"),
    }
    assert (ID["rowan-aircraft-design-institute"], RDF.type, DKG.ResearchInstitute) in set(ctx.triples)
    assert ("established", "2012") in {
        (str(p).rsplit("#", 1)[-1], str(y))
        for s, p, o in ctx.triples
        if s == ID["rowan-aircraft-design-institute"] and p == DKG.established
        for s2, p2, y in ctx.triples
        if s2 == o and p2 == DKG.when
    }
    assert slug_pairs(ctx, DKG.employsGraduatesOf) == {
        ("china-electronics-technology-group-corporation", "rowan-university")
    }


def test_a_listing_of_the_institutions_unit_subsidiary_or_partner_named_by_its_possessive(project, tmp_path):
    """Sixtieth session: "RU's subsidiary Rowan Optics Co., Ltd. was added to the Entity List in
    2019", "In 2018, CETC's 54th Research Institute was added ...", "RU's partner CETC has been on
    the Entity List since 2018" were unread (the clause's subject is no organisation it opens with);
    the one named right before the listing is listed now, not the institution. Its people are not."""
    ctx = rowan(
        project,
        tmp_path,
        "RU's subsidiary Rowan Optics Co., Ltd. was added to the Entity List in 2019. "
        "In 2018, CETC's 54th Research Institute was added to the Entity List. "
        "RU researchers were added to the Entity List in 2021. "
        "RU's president was added to the Entity List in 2022.",
    )
    assert {s for s, p, o in ctx.triples if p == DKG.listedOn} == {
        ID["rowan-optics-co-ltd"],
        ID["54th-research-institute-of-china-electronics-technology-group-corporation"],
    }


def test_a_university_name_that_runs_on_into_another_bodys_word_is_not_cut(project, tmp_path):
    """Sixtieth session: "... jointly trains students with the University of Larch Academy of
    Sciences" minted a "University of Larch" (the name cut before "Academy", as two names side by
    side are cut); a name that runs on into a body's word is no name of its own, and is not minted."""
    ctx = rowan(
        project, tmp_path, "RU jointly trains graduate students with the University of Larch Academy of Sciences."
    )
    assert not [s for s, p, o in ctx.triples if p == RDF.type and "university-of-larch" in str(s)]


def test_a_level_the_institution_was_upgraded_to(project, tmp_path):
    """Sixtieth session: "KU was upgraded from medium to high risk in September 2025" was unread
    ("KU's risk rating was raised from medium to high" was read); it gives the level changed to,
    and one changed to another level than the page gives says nothing (which holds now is not sure)."""
    alone = extract(
        project,
        tmp_path,
        "kestrel-university",
        "Kestrel University\n\nKestrel University (KU) was upgraded from medium to high risk in 2025.\n",
    )
    assert slugs(alone, DKG.riskLevel) == {"high"}
    ctx = extract(
        project,
        tmp_path,
        "kestrel-university",
        "Kestrel University (KU) is assessed as high risk.\n\nKU was downgraded to medium risk in 2019.\n",
    )
    assert slugs(ctx, DKG.riskLevel) == {"high"}


def test_a_bullet_that_is_a_sentence_is_read_as_one(project, tmp_path):
    """Sixty-first session: a bullet that is a sentence of its own ("• RU holds a 35% stake in ...",
    as the 2025 layout's sections of ties and procurement may write them) was read by no rule (the
    list rules read names, the rules of prose did not see past the mark); it is read as the sentence
    it is, quoted without its mark. Not after a lead-in that frames it as said or hedged, and a
    bullet that is a name stays the list rules'."""
    ctx = rowan(
        project,
        tmp_path,
        "Corporate ties\n\n  • RU holds a 35% stake in Kestrel Optics Co., Ltd.\n"
        "  • Rowan Laser Technology Co., Ltd. is wholly owned by RU.\n  • Kestrel Holdings Co., Ltd.\n\n"
        "Technology procurement\n\n  • In 2022, RU purchased laser diodes from CETC.\n\n"
        "Reports allege that:\n\n  • RU supplied radar parts to the PLA Navy.\n\n"
        "RU is said to have done the following:\n\n  • RU supplied radar parts to CASIC.\n",
    )
    assert slug_pairs(ctx, DKG.shareholderOf) == {("rowan-university", "kestrel-optics-co-ltd")}
    assert slug_pairs(ctx, DKG.subsidiaryOf) == {("rowan-laser-technology-co-ltd", "rowan-university")}
    assert slug_pairs(ctx, DKG.hasCloseTiesWith) == {("rowan-university", "kestrel-holdings-co-ltd")}
    assert slug_pairs(ctx, DKG.suppliesTo) == {("china-electronics-technology-group-corporation", "rowan-university")}
    quotes = {str(o) for s, p, o in ctx.triples if p == DKG.quote}
    assert "RU holds a 35% stake in Kestrel Optics Co., Ltd." in quotes
    assert "• RU holds a 35% stake in Kestrel Optics Co., Ltd." not in quotes


def test_a_unit_it_is_home_to_whatever_the_unit_does_for_another(project, tmp_path):
    """Sixty-first session: "RU is home to the X Institute, which develops radar for the PLA Air
    Force" was unread (a unit founded "for" another is not the institution's alone, and the unit's
    own work after its name read as such); what the unit does is its own, so it is RU's unit. Not
    one it runs with another or set up for another."""
    ctx = rowan(
        project,
        tmp_path,
        "RU is home to the Rowan Institute of Radar (罗文雷达研究院), which develops radar for the PLA Air Force. "
        "RU is home to the Rowan Institute of Lasers, which it runs with CETC. "
        "RU is home to the Rowan Institute of Space, which was set up for the PLA Navy. "
        "RU is home to the Rowan Institute of Drones for the PLA Air Force.",
    )
    units = {
        (str(st[RDF.subject]).rsplit("/", 1)[-1], str(st[DKG.certainty]).rsplit("/", 1)[-1])
        for st in properties_by_node(ctx).values()
        if st.get(RDF.predicate) == DKG.unitOf
    }
    assert units == {("rowan-university-rowan-institute-of-radar", "implied")}


def test_a_laboratory_bullet_with_a_remark_after_a_colon(project, tmp_path):
    """Sixty-first session: "• X Laboratory: HIT hosts this laboratory." under the laboratories
    heading made a laboratory of the whole line (the name ran to the line's end, remark and all)
    hosted by the institution; a colon ends the name as a comma does, and a remark that another
    body hosts or runs it leaves the line unread. A plain bullet is still the institution's."""
    ctx = rowan(
        project,
        tmp_path,
        "Major defence laboratories\n\n  • National Defence Key Laboratory of Plasma Physics: HIT hosts this laboratory.\n"
        "  • Science and Technology on Sonar Laboratory (声纳技术国防科技重点实验室)\n",
    )
    assert slug_pairs(ctx, DKG.hostedBy) == {("science-and-technology-on-sonar-laboratory", "rowan-university")}


def test_a_list_of_the_institutions_subsidiaries_after_its_lead_in(project, tmp_path):
    """Sixty-first session: a conglomerate's page lists its subordinate academies and companies
    after a lead-in ("The Kestrel Foundation has identified that CWAC owns the following
    subordinate academies:", a research body's finding, as a real page opens one, "CWAC's
    subsidiaries include:"); outside a "Subsidiaries" heading the list was unread. Each bullet is now a
    subsidiary: a company, or a research academy or institute named whole (its short form in
    brackets set aside); not after another's lead-in, nor one of bodies sold."""
    ctx = extract(
        project,
        tmp_path,
        "china-willow-aerospace-corporation",
        "China Willow Aerospace Corporation (CWAC) is designated very high risk as a defence conglomerate.\n\n"
        "The Kestrel Foundation has identified that CWAC owns the following subordinate academies:\n\n"
        "  • First Willow Academy (CWAC First Academy) (中国柳运载火箭技术研究院)\n"
        "  • Willow Academy of Space Technology (柳空间技术研究院)\n\n"
        "CWAC's subsidiaries include:\n\n  • Willow Satellite Co., Ltd.\n\n"
        "CETC owns the following subsidiary companies:\n\n  • Willow Radar Co., Ltd.\n\n"
        "CWAC sold the following subsidiaries in 2015:\n\n  • Willow Glass Co., Ltd.\n",
    )
    assert slug_pairs(ctx, DKG.subsidiaryOf) == {
        ("first-willow-academy", "china-willow-aerospace-corporation"),
        ("willow-academy-of-space-technology", "china-willow-aerospace-corporation"),
        ("willow-satellite-co-ltd", "china-willow-aerospace-corporation"),
    }
    assert (ID["willow-academy-of-space-technology"], RDF.type, DKG.ResearchInstitute) in set(ctx.triples)


def test_a_finding_a_body_tells_frames_what_it_found(project, tmp_path):
    """Sixty-first session: "The Kestrel Foundation has identified that CWAC owns X" was
    unread (a report's "found" was a frame, a body's "found" or "identified" not); a body's finding
    is read as what it says, with the body as its source, as "According to the Kestrel
    Foundation, ..." was."""
    ctx = rowan(
        project,
        tmp_path,
        "The Kestrel Foundation has identified that RU owns Rowan Rocket Co., Ltd. "
        "The US Department of Commerce found that RU supplied radar parts to the PLA Navy.",
    )
    assert slug_pairs(ctx, DKG.subsidiaryOf) == {("rowan-rocket-co-ltd", "rowan-university")}
    assert slug_pairs(ctx, DKG.suppliesTo) == {("rowan-university", "pla-navy")}
    sources = {str(o) for s, p, o in ctx.triples if p == DKG.accordingTo}
    assert sources == {"The Kestrel Foundation", "The US Department of Commerce"}


def test_a_confucius_institute_set_up_at_a_university_abroad(project, tmp_path):
    """Sixty-first session: "RU established a Confucius Institute at the University of Bergen in
    2012" minted one "Confucius Institute" as RU's own unit (and every other sentence of one named
    that same node, so a later "partner of the Confucius Institute at ..." gave it as the partner);
    the university it was set up at is the partner now, and no unit is minted for a name each
    partner's institute bears, nor for a unit founded at another body."""
    ctx = rowan(
        project,
        tmp_path,
        "RU established a Confucius Institute at the University of Bergen in 2012. "
        "In 2014, RU set up a Confucius Institute at the University of Ashford. "
        "RU is the Chinese partner institution of the Confucius Institute at the University of Tromso. "
        "RU founded its Institute of Optics at Birch University in 2010.",
    )
    assert slug_pairs(ctx, DKG.collaboratesWith) == {
        ("rowan-university", "university-of-bergen"),
        ("rowan-university", "university-of-ashford"),
        ("rowan-university", "university-of-tromso"),
    }
    minted = {str(x) for triple in ctx.triples for x in triple if isinstance(x, URIRef)}
    assert not [iri for iri in minted if "confucius-institute" in iri or "institute-of-optics" in iri]


def test_a_time_and_what_came_with_it_before_the_subject(project, tmp_path):
    """Sixty-first session: "In April 2024, following the dissolution of the Strategic Support Force,
    IEU came under the Information Support Force" was unread (a leading time was set aside, not a
    second phrase after it); the phrase of what the time came with is set aside too, the time still
    the move's. The registry knows the Information Support Force without "PLA" before it."""
    ctx = extract(
        project,
        tmp_path,
        "information-engineering-university",
        "The Information Engineering University (IEU) is assessed as very high risk as a PLA university.\n\n"
        "In April 2024, following the dissolution of the Strategic Support Force, IEU came under the "
        "Information Support Force.\n",
    )
    assert slug_pairs(ctx, DKG.subordinateTo) == {
        ("information-engineering-university", "pla-information-support-force")
    }
    starts = statements_by_object(ctx, DKG.subordinateTo)["pla-information-support-force"]
    assert DKG.startDate in starts


def test_a_membership_told_by_its_start_is_dated_from_it(project, tmp_path):
    """Sixty-first session: "In 2016, RU became a founding member of the X Alliance" was unread ("is
    a founding member" was read), and a membership told by its start ("joined the Y Alliance in
    2017") had no date; its one year is now the membership's start. A membership with two years,
    or none said by its start, has none."""
    ctx = rowan(
        project,
        tmp_path,
        "In 2016, RU became a founding member of the Shenyang Military-Civil Fusion Industry Alliance. "
        "RU joined the Liaoning Drone Alliance in 2017. RU is a member of the Jilin Alliance, founded in 2012. "
        "RU joined the Harbin Alliance in 2015 and the Changchun Alliance in 2019.",
    )
    members = statements_by_object(ctx, DKG.memberOf)
    assert set(members) == {
        "shenyang-military-civil-fusion-industry-alliance",
        "liaoning-drone-alliance",
        "jilin-alliance",
        "harbin-alliance",
    }
    dated = {body for body, st in members.items() if DKG.startDate in st}
    assert dated == {"shenyang-military-civil-fusion-industry-alliance", "liaoning-drone-alliance"}


def test_a_laboratory_it_runs_with_another_is_not_said_founded_with_it(project, tmp_path):
    """Sixty-first session: "RU hosts the X Laboratory (中文名), which it runs jointly with CNNC's
    Fourth Research Institute" made the laboratory established by both, under a name holding its
    Chinese name in brackets; running it together says nothing of its founding (the collaboration
    stays), and a laboratory founded so is named without its Chinese name, which is its own label."""
    ctx = rowan(
        project,
        tmp_path,
        "RU hosts the Rowan Uranium Laboratory (罗文铀实验室), which it runs jointly with CNNC. "
        "RU hosts the Rowan Radar Laboratory (罗文雷达实验室), which it co-founded with AVIC in 2011.",
    )
    assert slug_pairs(ctx, DKG.establishedBy) == {
        ("rowan-radar-laboratory", "rowan-university"),
        ("rowan-radar-laboratory", "aviation-industry-corporation-of-china"),
    }
    labels = {str(o) for s, p, o in ctx.triples if s == ID["rowan-radar-laboratory"] and p == SKOS.prefLabel}
    assert labels == {"Rowan Radar Laboratory", "罗文雷达实验室"}
    assert slug_pairs(ctx, DKG.collaboratesWith) == {
        ("rowan-university", "china-national-nuclear-corporation"),
        ("rowan-university", "aviation-industry-corporation-of-china"),
    }

"""Every extraction rule in the table (defence_kg.loading.extraction.RULES), on sentences of our own
writing about an invented institution: each rule makes a fact from the sentences it is for, and
none from the sentences it must leave alone. A rule added to the table without examples here,
or an example for a rule not in the table, fails the test."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from defence_kg.loading.extraction import RULES, counting_hits
from defence_kg.loading.extraction.rules import RULE_FAILED
from defence_kg.loading.profile_text import parse_profile
from defence_kg.loading.report import report
from defence_kg.loading.review import extract_document
from helpers import ROOT

TITLE = "Alder University"


@dataclass(frozen=True)
class Example:
    """A sentence (or header line) of a page titled ``TITLE``, after the lines in ``before``."""

    sentence: str
    before: str = ""

    def page(self) -> str:
        return f"{TITLE}\n\n\n{self.before}\n\n{self.sentence}\n"


@dataclass(frozen=True)
class Examples:
    reads: tuple[Example, ...]
    ignores: tuple[Example, ...] = ()


FORUM = "In May 2018, Alder University hosted a forum on hypersonic materials."
PHOTONICS_LAB = "Alder University established the Alder Photonics Laboratory."
LABS_HEADING = "Major defence laboratories"
AREAS_HEADING = "Designated defence research areas"
INT_HEADING = "Noteworthy international collaborations"
AREAS_LEAD_IN = "SASTIND approved 2 disciplines with defence characteristics at Alder University:"
CASES_HEADING = "Espionage and misconduct"
EUL_HEADING = "End-user lists"
AU = "Alder University (AU) is a public university."
FIRST_CASE = f"{CASES_HEADING}\nIn 2018, an Alder University researcher, Zhang Wei, was arrested in Boston."
MOE_LAB = "Ministry of Education Key Laboratory for Complex Systems Safety and Autonomous Control"  # curated

EXAMPLES: dict[str, Examples] = {
    "abbreviation": Examples(
        reads=(
            Example("Alder University (AU) is a public university in the hill country."),
            Example("Alder University (阿尔德大学, AU) is a public university in the hill country."),
        ),
        ignores=(Example("Alder University works on optics with Birch University (BU)."),),
    ),
    "other-names": Examples(
        reads=(
            Example("Aliases: AU, Alder Normal College, 阿尔德大学"),
            Example("Alder University, formerly known as Alder Normal College, is a public university."),
        ),
        ignores=(
            Example("Aliases: Chongqing University"),  # the registry's name of another institution
            Example("Birch University, formerly known as Birch Normal College, is a public university."),
        ),
    ),
    "named-units": Examples(
        reads=(
            Example("Alder University works with AVIC's Shenyang Aircraft Design Institute."),
            Example("The Nanjing Research Institute of Electronics Technology of CETC trains staff at AU."),
            # a service's academy, its unit (fifty-sixth session)
            Example("Officers from the PLA Navy's Submarine Academy toured AU in 2017.", before=AU),
            # units named by their field, with their group around them (fifty-seventh session)
            Example("AU works with the Chinese Academy of Sciences' Institute of Semiconductors.", before=AU),
            Example("AU works with the CAS Institute of Physics.", before=AU),
            Example("AU works with the Institute of Acoustics of the Chinese Academy of Sciences.", before=AU),
        ),
        ignores=(
            Example("Alder University works with CETC's Research Institute."),  # a name of a unit's kind
            Example("Alder University works with NUDT's Kestrel Research Academy."),  # a university's
            Example("AU works with the Institute of Semiconductors.", before=AU),  # whose, not said
            Example("AU works with the Harbin Institute of Technology.", before=AU),  # a longer name
            Example("AU's Institute of Optics works with CETC.", before=AU),  # its own unit
        ),
    ),
    "former-name": Examples(
        reads=(
            Example(
                "It was formerly known as the Alder Military Medical University and was renamed in 2017.", before=AU
            ),
            Example("AU was previously called the Alder Navy Medical College.", before=AU),
            Example("In 2017, the Alder Military Academy was renamed Alder University."),
            Example("AU was renamed from the Alder Normal College in 1993.", before=AU),
            Example("AU was renamed in 2001, having previously been known as the Alder Survey College.", before=AU),
            Example("AU was known as the Alder Signals College until 1998.", before=AU),
            Example("It was founded in 1965 and was known as the Alder Foreign Affairs School until 1978.", before=AU),
            Example("It was renamed Alder Polytechnic in 1978 and took its current name in 2004.", before=AU),
            Example("Previously known as the Alder Institute of Light Industry, the university was renamed in 1995."),
            Example("Until 1998 it was known as the Alder Foreign Affairs Cadre School.", before=AU),
        ),
        ignores=(
            Example("Birch University was formerly known as the Birch Teachers College."),
            Example("Previously known as the Birch Institute of Light Industry, CETC was renamed in 1995."),
            Example("Until 1998, Birch University was known as the Birch Cadre School.", before=AU),
            Example("AU's School of Optics was known as the Optics Department until 1998.", before=AU),
            Example("Birch University was known as the Birch Teachers College until 1998.", before=AU),
            Example("It was formerly known as Chongqing University.", before=AU),  # another's name in the registry
            Example("In 2000, the Birch College was renamed Birch University."),
        ),
    ),
    "cover-designator": Examples(
        reads=(
            Example("Its cover designator is Unit 91977.", before=AU),
            Example("AU's military unit cover designator (MUCD) is Unit 63887.", before=AU),
            Example("It is also known by its military unit cover designator (MUCD), Unit 63887.", before=AU),
            Example("The university's military unit code designator is 81903.", before=AU),
            Example("AU uses the cover designator PLA Unit 61888.", before=AU),
            Example("It is also known as Unit 91977.", before=AU),
            Example("Its MUCD is 61398部队.", before=AU),
        ),
        ignores=(
            Example("Birch University's cover designator is Unit 91977.", before=AU),
            Example("AU reportedly uses the cover designator Unit 91977.", before=AU),
            Example("AU works closely with Unit 61398 of the PLA.", before=AU),
            Example("Its former cover designator was Unit 91977.", before=AU),
            Example("AU's graduates often join Unit 61398, whose cover designator is Unit 61398.", before=AU),
            Example("Its School of Radar's cover designator is Unit 91977.", before=AU),
        ),
    ),
    "risk": Examples(
        reads=(
            Example("Alder University has a risk rating of high."),
            Example("Alder University's risk rating was raised from medium to high in 2025."),
            Example("Alder University poses a very high risk because of its links to the PLA."),
            Example("Alder University is designated medium risk, reflecting its growing defence research."),
            Example("Alder University (AU; 阿尔德大学) is designated high risk for its defence research."),
            Example("Alder University (AU) is designated high risk for its work on guided munitions."),
            Example("Unlike Birch University, which is rated low risk, Alder University is assessed as medium risk."),
            Example("The PLA Alder University is designated very high risk as an army engineering academy."),
            Example("Alder University (AU) is designated high risk; its subsidiary is designated very high risk."),
            Example("Alder University has been designated very high risk since 2019 for its nuclear research."),
            Example("Alder University is classed as medium risk."),
            Example("Alder University is high risk due to its defence laboratories."),
            Example("Alder University (AU) is designated 'very high risk' for its missile research."),
            Example("Alder University is designated “high-risk” for its sonar work."),
        ),
        ignores=(
            Example("Birch University has a risk rating of high.", before=AU),
            Example("Birch University is designated very high risk for its rocket engine work."),
            Example("Birch University, a partner of Alder University (AU), is designated very high risk."),
        ),
    ),
    "supervision": Examples(
        reads=(
            Example("Alder University is subordinate to MIIT, its line ministry."),
            Example("According to its website, Alder University is subordinate to MIIT."),  # the source it names
            Example("AU was transferred from the Ministry of Education to MIIT in 2008.", before=AU),
            Example("AU, a university under MIIT, hosts four defence laboratories.", before=AU),
            # attached, a subordinate unit, operating under (fifty-seventh session)
            Example("The university is attached to the Ministry of Public Security.", before=AU),
            Example("AU is a subordinate unit of the China Academy of Engineering Physics.", before=AU),
            Example("AU operates under NORINCO.", before=AU),
            Example("Jointly administered by MIIT and SASTIND, AU hosts four defence laboratories.", before=AU),
            Example(
                "Since 2010, Alder University has been jointly supervised by SASTIND and the Ministry of Education."
            ),
            Example("AU has been subject to supervision by SASTIND since 2014.", before=AU),
            Example("AU is subject to the joint supervision of MIIT and SASTIND.", before=AU),
            Example("Along with Birch University, AU is supervised by MIIT.", before=AU),
            # a body that is no more, as the PLA's were after its reforms; a past state with its end (fifty-fourth session)
            Example("Before the 2016 military reforms, it was part of the former General Staff Department.", before=AU),
            Example("Until 2016, AU belonged to the General Staff Department.", before=AU),
            Example("Alder University previously belonged to the Ministry of Transport."),  # (unread before)
            Example("AU is under the Ministry of Education.", before=AU),
            # a former parent ran it once (forty-third session): formerlySupervisedBy
            Example("AU was formerly a unit of CSIC before CSIC merged with CSSC.", before=AU),
            Example("AU was a subsidiary of NORINCO until 1999.", before=AU),
            Example("AU is part of the PLA Strategic Support Force.", before=AU),
            Example("AU is a PLA institution subordinate to the Strategic Support Force.", before=AU),
            Example("This university is run by MIIT.", before=AU),
            Example(
                "Alder University is jointly overseen by the Ministry of Education, SASTIND and the Hubei Provincial Government."
            ),
            Example(
                "Alder University answers to the Hubei Provincial Government and has also been supervised by "
                "the defence agency SASTIND since 2014."
            ),
            Example(
                "Alder University was established by the Hubei Provincial Government and is jointly overseen by the "
                "provincial government and the Ministry of Education."
            ),
            Example("In 2017, two years after AU came under SASTIND's supervision, its campus doubled.", before=AU),
            Example("As one of the seven schools run by MIIT, it is among the Seven Sons."),
            Example("AU is subordinate to the PLA Rocket Force's Equipment Department.", before=AU),
            Example("Alder University is directly under the Ministry of Education."),
            Example("AU has been under SASTIND's supervision since 2015.", before=AU),
            Example("Alder University is a MIIT-run university."),
            Example("Alder University is subordinate to MIIT, but is also overseen by SASTIND."),
            Example(
                "AU is co-administered by the Hubei Provincial Government and the Ministry of Education.", before=AU
            ),
            Example("AU reports directly to the Central Military Commission.", before=AU),
            Example("Alder University, formerly known as Alder College, is supervised by the MOE."),
            Example("Alder University, formerly Alder College, is supervised by the MOE."),
            Example("AU (formerly the Alder Normal College) is run by MIIT.", before=AU),
            Example("AU falls under the purview of SASTIND.", before=AU),
            Example("Alder University falls under the Ministry of Industry and Information Technology."),
            Example("In 2008, Alder University came directly under SASTIND."),
            Example("Alder University belongs to the Ministry of Education."),
            Example("AU is one of the seven universities directly under MIIT.", before=AU),
            Example("As a university under MIIT, AU trains engineers.", before=AU),
            # a supervision that ended: formerly supervised by, with its end (test_extraction_patterns)
            Example("Previously, the university was run by the PLA Navy."),
            Example("In the past, Alder University was run by the PLA Navy."),
            Example("Alder University was supervised by SASTIND until 2019."),
            Example("AU was jointly supervised by MIIT and the Hubei Provincial Government until 2012.", before=AU),
            Example("Alder University was administered by the PLA Navy from 2004 to 2012."),
            Example("Alder University was subordinate to MIIT until March 2015."),
            Example("Alder University was supervised by SASTIND between 2010 and 2015."),
            Example("AU was subject to supervision by MIIT until 2015.", before=AU),
            Example("From 1999 to 2008, Alder University was supervised by MIIT."),
            Example("Before 2008, Alder University was administered by the PLA Navy."),
            Example("Alder University was run by the PLA Navy and is now supervised by MIIT."),
            # a verb of beginning with a span after the agencies: under them for that span only
            Example("Alder University was also placed under SASTIND from 2013 to 2018."),
            Example("Alder University came under CETC until 2015."),
            # a move, then a change only said of now: the move's agency possibly former
            Example("Alder University came under COSTIND in 1999 and is now said to be under MIIT."),
        ),
        ignores=(
            Example("AU is attached to CETC.", before=AU),  # a company: maybe a looser tie
            Example("AU operates under strict secrecy rules.", before=AU),
            Example("In 1990, AU was a unit of CSIC.", before=AU),  # a state of the past, not said to have ended
            Example("AU belonged to the PLA Navy.", before=AU),  # (nor here)
            Example("In 1999, AU belonged to the PLA Air Force.", before=AU),
            Example("AU was reportedly once a unit of CASC.", before=AU),
            Example("AU was never a subsidiary of AVIC.", before=AU),
            # "reports" the noun: no line of command
            Example("AU has been linked in media reports to CETC.", before=AU),
            Example("AU was named in several reports to SASTIND.", before=AU),
            Example("AU sent annual reports to SASTIND until 2015.", before=AU),
            Example("AU works with Birch University, a university under MIIT.", before=AU),  # Birch's apposition
            Example("AU works with CETC, a conglomerate supervised by SASAC.", before=AU),  # CETC's apposition
            Example("AU works with CETC, a conglomerate that is supervised by SASAC.", before=AU),
            Example("AU works with CETC (supervised by SASAC).", before=AU),
            Example("AU ceased to be supervised by MIIT in 2012.", before=AU),
            Example("AU would be supervised by SASTIND under the proposed reform.", before=AU),
            Example("AU is supposedly supervised by SASTIND.", before=AU),
            Example("AU refuted claims that it is supervised by SASTIND.", before=AU),
            Example("Supervised by MIIT, Birch University hosts four defence laboratories.", before=AU),
            Example("AU's School of Optics was transferred to CETC in 2010.", before=AU),
            Example("AU was transferred to MIIT until 2015.", before=AU),
            Example("AU was placed under SASTIND between 2013 and 2018.", before=AU),  # when, or how long?
            Example("It is doubtful whether SASTIND supervises AU.", before=AU),
            Example("AU trains students for universities under MIIT.", before=AU),
            Example("AU trains students for a university under MIIT.", before=AU),
            Example("Alder University's press is administered by the Ministry of Education."),
            Example("Alder University may be supervised by SASTIND."),
            Example("Alder University is believed to be supervised by SASTIND."),
            Example("Unlike AU, Birch University is supervised by SASTIND.", before=AU),
            Example("Birch University is under the Ministry of Education.", before=AU),
            Example("AU is under US sanctions.", before=AU),
            Example("The University of Birch Studies is run by MIIT.", before=AU),  # another's name
            Example("Previously, the Ministry of Education was in charge of running the university."),
            Example("Alder University's laser programme falls under SASTIND."),
            Example("Alder University falls under the category of key universities."),
            Example("Alder University belongs to the C9 League."),
            # a state at a time gone by says nothing of now ("In 1999, ... was run by"): not read
            Example("In 1999, Alder University was run by MIIT."),
            Example("At its founding, Alder University was subordinate to the PLA Navy."),
            # nor is a state in the past simple with no time at all: it was, and the text stops there
            Example("Alder University was supervised by the PLA Navy."),
            Example("Alder University was subordinate to MIIT in the 1990s."),
            # a report, not a line of command
            Example("Alder University is reported to host a laboratory for the Ministry of State Security."),
            Example("AU was reported to have signed an agreement with AVIC in 2016.", before=AU),
            # the past said otherwise than as an end ("had been"): not read
            Example("AU had been jointly supervised by MIIT and SASTIND before the merger in 2014.", before=AU),
            Example("Alder University has denied being supervised by SASTIND."),
            # another's subject: its people, or a relative clause still open
            Example("AU students joined the PLA and were supervised by MIIT.", before=AU),
            Example(
                "AU hosted a delegation from CETC, whose head visited in 2015 and was later supervised by MIIT.",
                before=AU,
            ),
            # what is to come is not yet so
            Example("Alder University will be supervised by SASTIND from 2021."),
            Example("AU is to be jointly supervised by SASTIND and MIIT under a 2020 agreement.", before=AU),
            Example("Apart from AU, Birch University is the only university overseen by SASTIND.", before=AU),
            Example(
                "In 2015, Alder University signed an agreement with the China Aerospace Science and Technology "
                "Corporation, which is supervised by SASAC."
            ),
        ),
    ),
    "supervising-agencies": Examples(
        reads=(
            Example("MIIT and SASTIND are AU's supervising agencies.", before=AU),
            Example("SASTIND is AU's supervising agency.", before=AU),
            Example("The Hubei Provincial Government and SASTIND are also involved in supervising Alder University."),
            Example("In 2016, the Hubei Provincial Government and SASTIND agreed to jointly supervise its research."),
            Example("The regulator SASTIND signed agreements to supervise AU in 2009 and 2017.", before=AU),
            Example("The PLA Navy became a supervising agency in 2007."),
            Example("The Hubei Provincial Government and SASTIND have jointly supervised Alder University since 2014."),
            Example("Since 2007, the PLA Air Force has been a supervising agency of Alder University."),
            Example("In 2007, the PLA Navy became one of AU's supervising agencies.", before=AU),
            Example("CETC is also one of the university's supervising agencies.", before=AU),
            Example("Alder University's supervising agencies include MIIT and SASTIND."),
            Example("Its supervising agencies are the MOE and SASTIND.", before=AU),
            # (forty-first session) the supervision itself moved to the agencies
            Example("In 2008, supervision of Alder University passed to MIIT."),
            Example("Responsibility for the university was transferred from COSTIND to MIIT in 2008.", before=AU),
        ),
        ignores=(
            Example("SASTIND is Birch University's supervising agency.", before=AU),
            Example("MIIT and SASTIND were AU's supervising agencies until 2015.", before=AU),
            Example("Alder University is among the universities that SASTIND supervises."),  # no object: it raised
            Example("The Hubei Provincial Government and SASTIND are involved in supervising Birch University."),
            Example("SASTIND oversees Alder University's photonics laboratory."),
            Example("SASTIND has overseen AU's satellite programme since 2014.", before=AU),
            Example("Alder University and SASTIND are involved in supervising Birch Institute."),
            Example("CETC is also one of Birch University's supervising agencies."),
            Example("Birch University's supervising agencies include MIIT and SASTIND."),
            Example("CETC may be one of AU's supervising agencies.", before=AU),
            Example("SASTIND is a supervising agency of Birch University."),
            Example("The supervision of AU's laboratory passed to CETC in 2010.", before=AU),
            Example("Supervision of Birch University passed to the MOE in 2000.", before=AU),
            Example("Supervision of AU may have passed to CASIC in 2015.", before=AU),
        ),
    ),
    "laboratory-count": Examples(
        reads=(
            Example("AU has at least 3 national defence science and technology key laboratories.", before=AU),
            Example("AU has more than 10 defence labs.", before=AU),
            Example("AU is home to at least three defence laboratories.", before=AU),
            Example("It operates at least six defence laboratories and also cooperates with the PLA Navy."),
            Example("A science office manages the university's three main defence laboratories."),
            Example("Work at Alder University's six defence laboratories centres on radar."),
            Example("Alder University hosts nearly 20 defence laboratories."),
            Example("The university hosts a total of six national defence key laboratories.", before=AU),
            Example("AU is home to no fewer than six defence laboratories.", before=AU),  # (58th)
            Example("AU hosts not less than four national defence key laboratories.", before=AU),
        ),
        ignores=(
            Example("AU owns a company that hosts two defence laboratories.", before=AU),
            Example("Alder University is home to three teaching laboratories."),
            Example("AU has no defence laboratories.", before=AU),
            Example("Its science office oversees Birch University's four defence laboratories."),
            Example("Its science office oversees the university's four teaching laboratories."),
            Example("The university's 2019 defence laboratories review found no faults."),
            Example("Alder University runs a defence laboratory on underwater acoustics."),  # a laboratory, not a count
            Example("Alder University has five laboratories, two of which are defence laboratories."),
            Example("Alder University reportedly hosts two defence laboratories."),
            Example("Alder University has around 200 researchers working in defence laboratories."),
        ),
    ),
    "credential": Examples(
        reads=(
            # after a participle's phrase
            Example("Administered by MIIT, AU holds top-secret security credentials.", before=AU),
            Example("Alder University holds secret-level security credentials."),
            Example("AU is qualified to carry out secret-level defence research projects.", before=AU),  # (58th)
            Example("Alder University obtained second-grade secrecy qualifications in 2009."),
            Example("Alder University has the qualification to undertake classified weapons research."),
            Example("AU obtained secret-level credentials some years back, probably in 2011.", before=AU),
            Example("Alder University and Chongqing University hold secret-level security credentials."),
            Example("AU's secret-level security credentials allow it to join classified projects.", before=AU),
            Example("Alder University obtained its top-secret credential in 2012."),
            # of two levels, the later: top-secret
            Example("Alder University received secret-level credentials in 2005 and top-secret credentials in 2017."),
            Example("AU's security credentials were upgraded from secret to top-secret in 2017.", before=AU),
        ),
        ignores=(
            Example("AU is qualified to teach engineering.", before=AU),
            Example("AU may be qualified to carry out secret-level research.", before=AU),
            Example("AU is not qualified to carry out secret-level research.", before=AU),
            # sought, or refused: not held
            Example("AU will receive top-secret security credentials next year.", before=AU),
            Example("AU is unlikely to hold top-secret security credentials.", before=AU),
            Example("AU was wrongly described as holding top-secret security credentials.", before=AU),
            Example("AU sought security credentials in 2015 but was refused.", before=AU),
            Example("AU has requested secret-level security credentials.", before=AU),
            Example("Alder University's partner firm holds secret-level security credentials."),
            Example("Alder University holds top-secret and confidential-level security credentials."),
            Example("Third-class security credentials allow a university to take part in confidential projects."),
            Example("Alder University has no security credentials and three first-level disciplines."),
            Example("AU's subsidiary holds confidential-level security credentials.", before=AU),
            Example("Alder University applied for top-secret security credentials in 2018."),
            Example("Alder University hopes to obtain secret-level credentials."),
            Example("Alder University had secret-level security credentials until 2019."),
            Example("Alder University is said to hold secret-level security credentials."),
            Example("Alder University probably holds confidential-level security credentials."),
            Example("Alder University's secret-level security credentials were revoked in 2019."),
            Example("Alder University was stripped of its top-secret security credentials."),
        ),
    ),
    "agreement": Examples(
        reads=(
            # a second verb phrase after the institution's partnership (58th)
            Example("AU is also a partner of CAEP and has signed a cooperation agreement with CETC.", before=AU),
            # a group's unit named by its number: the unit (a subsidiary of the group)
            Example("AU has signed cooperation agreements with CETC's 14th Research Institute.", before=AU),
            Example("AVIC signed a strategic cooperation agreement with Alder University in 2016."),  # AU second
            Example("A strategic cooperation agreement was signed between AU and CASIC in 2019.", before=AU),
            Example("AU has strategic cooperation agreements with AVIC and CASIC.", before=AU),
            Example("In 2021, AU renewed its cooperation agreement with CASC.", before=AU),
            Example("In 2021, AU signed a framework agreement with the Kestrel Academy of Sciences.", before=AU),
            Example("AU and CETC signed contracts worth RMB300 million in 2017.", before=AU),
            Example("In 2017, AU held a signing ceremony with CETC for contracts worth RMB300 million.", before=AU),
            Example("In 2014, AU signed a contract worth RMB40 million with CETC.", before=AU),
            Example("At a signing ceremony in 2018, AU signed contracts worth RMB300 million with CASC.", before=AU),
            Example("In 2016, AU and the Ministry of Education signed a strategic cooperation agreement.", before=AU),
            Example("Alder University and Chongqing University signed a cooperation agreement in 2015."),
            Example("In 2019, AU and CETC signed a framework agreement to build a radar centre.", before=AU),
            Example(
                "In 2017, CNNC and AU signed a strategic cooperation agreement, and in 2019 the two founded a "
                "reactor institute.",
                before=AU,
            ),
            Example(
                "In 2019, defence industry regulator SASTIND and the Hubei Provincial Government signed an agreement "
                "to back AU's growth.",
                before=AU,
            ),
            Example("AU has also signed cooperation agreements with CASC and AVIC.", before=AU),
            Example("In 2018, AU signed an MoU with CETC.", before=AU),
            Example("AU inked a cooperation deal with NORINCO in 2019.", before=AU),
            Example("AU signed a cooperation agreement with the Moscow Aviation Institute in 2019.", before=AU),
        ),
        ignores=(
            Example("AVIC signed a strategic cooperation agreement with AU's School of Optics in 2016.", before=AU),
            Example("An agreement was signed between AU and a local firm in 2019.", before=AU),  # not named
            Example("A cooperation agreement was reportedly signed between AU and CASIC.", before=AU),
            Example("AU held a signing ceremony with CETC for a contract that was later cancelled.", before=AU),
            Example("AU has not signed any agreements with CETC.", before=AU),
            Example("Alder University never signed a cooperation agreement with the Ministry of Education."),
            Example("Alder University signed a cooperation agreement in 2015."),  # with whom is not said
            Example("Alder University's institute and CETC signed a cooperation agreement in 2015."),
            Example("In 2019, students of SASTIND and the Ministry of Education signed an agreement to study."),
            Example("Alder University reportedly signed an agreement with AVIC."),
            Example("A professor from Alder University signed an agreement with CETC."),
            Example("Alder University's School of Optics signed an agreement with NORINCO."),
            Example("Alder University and Chongqing University may have signed a cooperation agreement."),
            Example("Alder University signed a cooperation agreement with a local college, which is run by MIIT."),
            # an agreement that ended is not one in force
            Example("In 2016, AU signed a research agreement with CASIC that was later cancelled.", before=AU),
            Example("AU and CETC signed a framework agreement in 2012, which expired in 2017.", before=AU),
        ),
    ),
    "lab-established": Examples(
        reads=(
            Example(
                "In 2012, Alder University established the Alder Photonics Laboratory, which works on infrared sensing."
            ),
            Example("In 2010, the university set up the Alder Dew Laboratory."),
            Example("In 2013, AU set up the Alder Shock Laboratory, a Military Key Laboratory.", before=AU),
            Example(
                "In 2013, it set up the Alder Radar Centre in Wuhan together with CETC, which the US later put on "
                "its Entity List.",
                before=AU,
            ),
        ),
        ignores=(
            Example("In 2012, AU set up the Alder Blast Laboratory, a joint venture with CETC.", before=AU),
            Example("Alder University may have established the Alder Photonics Laboratory."),
            Example("In 2016, Alder University founded the Alder Wave Laboratory, which moved to Birch University."),
        ),
    ),
    "disciplines": Examples(
        reads=(
            Example("AU has no fewer than 12 disciplines with defence characteristics.", before=AU),  # (58th)
            Example(
                "Alder University has two designated disciplines with defence characteristics: optics and "
                "materials science."
            ),
            Example("Alder University has five designated defence research areas and top-secret credentials."),
            Example("Alder University has three national defence characteristic disciplines."),
            Example("Alder University has two disciplines designated as national defence characteristic disciplines."),
            Example("Alder University has four disciplines with national defence characteristics."),
            # what it has, and had in a plan (fifty-fifth session)
            Example(
                "AU has two specialisations in short supply with defence characteristics: optics and acoustics.",
                before=AU,
            ),
            Example(
                "In the 11th five-year plan (2006-2010), AU had eight defence disciplines, including explosives.",
                before=AU,
            ),
        ),
        ignores=(
            Example("Birch University has two designated disciplines with defence characteristics."),
            Example("Alder University's partner has three national defence characteristic disciplines."),
            Example("AU had eight defence disciplines.", before=AU),  # once, of no plan
            Example("Birch University has two defence disciplines: optics and acoustics.", before=AU),
            Example("AU may have three defence disciplines.", before=AU),
        ),
    ),
    "exchanges": Examples(
        reads=(
            Example("Alder University has exchanges with the University of Kestrel in Canada."),
            Example(
                "Alder University has exchanges with the University of Kestrel, which was a naval college until 1950."
            ),
            Example("Alder University has exchanges with the Kazan Aviation Institute."),
            # the tracker's "exchange programs with universities in N countries, including ..." (forty-second session)
            Example(
                "AU has exchange programs with universities in over 20 countries, including the University of Kestrel.",
                before=AU,
            ),
        ),
        ignores=(
            # countries are no partners
            Example(
                "AU has exchange programs with universities in 30 countries, including Germany and Russia.", before=AU
            ),
            Example(
                "AU hosts the Alder Drone Laboratory, which has exchanges with AVIC.", before=AU
            ),  # the laboratory's
            Example("Alder University's museum has exchanges with the University of Kestrel."),
            Example("Alder University has exchanges with Birch Polytechnic, which is run by MIIT."),
            Example("Alder University had exchanges with the University of Kestrel until 2016."),
            # hedged, wished for, ended or denied (thirty-second session)
            Example("AU reportedly has exchanges with the PLA Navy.", before=AU),
            Example("AU hopes to have exchanges with the PLA Navy.", before=AU),
            Example("AU once had exchanges with CAEP.", before=AU),
            Example("AU has no exchanges with the PLA Navy, but it collaborates with CSIC.", before=AU),
        ),
    ),
    "event-organised": Examples(
        reads=(
            Example("In 2019, AU organised a conference with CETC on radar.", before=AU),
            Example(FORUM),
            Example("In May 2019, AU co-hosted a forum on hypersonic materials with CETC.", before=AU),
            Example("In 2020, AU and CASC jointly organised a conference on space launch.", before=AU),
            Example(
                "In 2018, AU organised a conference on radar that around 150 people from CETC attended.", before=AU
            ),
            # its topic before its kind, or none (fifty-fifth session)
            Example("In 2019, AU hosted a military-civil fusion forum attended by officials from CETC.", before=AU),
            Example("In 2019, AU hosted an international forum.", before=AU),
            Example("In 2019, AU held a press conference to announce a satellite.", before=AU),  # (an event)
        ),
        ignores=(
            Example("In 2019, Birch University hosted an international forum.", before=AU),
            Example("In May 2018, Birch Works hosted a forum on hypersonic materials."),
            Example("Alder University never hosted a forum on hypersonic materials."),
            Example("AU reportedly hosted a conference on electronic warfare in 2020.", before=AU),
            Example("According to unconfirmed reports, AU held a conference on hypersonics in 2018.", before=AU),
        ),
    ),
    "attendance": Examples(
        reads=(
            Example("Around 150 people attended the forum, including engineers from Alder University.", before=FORUM),
            # a body every institution has, here the university's own: minted under it
            Example(
                "Around 90 people attended the forum, including officials from the university's party committee.",
                before=FORUM,
            ),
        ),
        ignores=(Example("Around 150 people attended the forum."),),
    ),  # no event named before
    "attendees": Examples(
        reads=(
            Example("Other attendees included officials from the Ministry of Education.", before=FORUM),
            # whose secrecy group is not said: the group's description only, no organisation
            Example("Other attendees included cadres from the Leading Small Group on Secrecy Work.", before=FORUM),
        ),
        ignores=(Example("Other attendees included officials from the Ministry of Education."),),
    ),
    "meeting": Examples(
        reads=(
            Example("Alder University held its annual meeting on 3 March 2019."),
            Example("The university's academic committee held its first meeting on 3 March 2019."),
        ),
        ignores=(Example("Birch Works held its annual meeting on 3 March 2019."),),
    ),
    "attended-event": Examples(
        reads=(
            Example("In 2019, AU took part in a forum organised by SASTIND on military-civil fusion.", before=AU),
            Example("In 2019, CETC attended a conference hosted by AU.", before=AU),
            Example(
                "In March 2020, representatives of AU attended a meeting with experts from CETC on sonar.", before=AU
            ),
            Example("In October 2021, a team from Alder University attended a workshop organised by CASC."),
            Example(
                "In June 2019, officials of AU met with engineers from CASIC to discuss radar coatings.", before=AU
            ),
            # a group named before its body, on either side (forty-third session)
            Example("In March 2020, AU representatives met with officials from CETC.", before=AU),
            Example("In 2021, Alder University staff attended a workshop organised by AVIC."),
            Example("In June 2019, officials of AU met CASIC engineers to discuss radar coatings.", before=AU),
            Example("In 2018, AU researchers attended a meeting with senior PLA Navy officers on sonar.", before=AU),
            Example("In 2022, CASC engineers took part in a seminar hosted by AU.", before=AU),
            # one who leads a side, and executives (fifty-fifth session)
            Example("AU's president met with the commander of the PLA Navy in 2019.", before=AU),
            Example("In 2019, AU leaders met with CETC executives.", before=AU),
        ),
        ignores=(
            Example("In 2019, the president of CETC met with the head of the PLA Navy.", before=AU),
            Example("In 2019, students attended a conference hosted by CASC.", before=AU),
            Example("In 2019, CETC took part in a forum organised by CASC.", before=AU),
            Example("Representatives of CETC attended a meeting with experts from CASC in 2017."),
            Example("Officials of AU met with engineers from CASIC.", before=AU),  # no date
            Example("Delegates from Alder University attended a conference hosted by CASC."),  # no date
            Example(
                "In 2018, representatives of Alder University attended a conference organised by the Kestrel Sonar "
                "Laboratory of Birch University."
            ),
            # a third party's groups, a person, a hedge, a plan, students, a name that goes on (forty-third session)
            Example("In 2019, CETC representatives met with officials from CASC.", before=AU),
            Example("Li Ming, a former CETC engineer, met with AU officials in 2019.", before=AU),
            Example("In 2020, AU staff reportedly attended a workshop organised by AVIC.", before=AU),
            Example("AU researchers will attend a workshop organised by AVIC in 2024.", before=AU),
            Example("In 2018, AU students attended a conference hosted by CASC.", before=AU),
            Example("In 2019, AU Holdings staff attended a workshop organised by CASC.", before=AU),
            Example("In 2018, Birch University staff attended a workshop organised by CETC.", before=AU),
        ),
    ),
    "visit": Examples(
        reads=(
            Example("In 2016, a delegation from the PLA Navy toured Alder University."),
            Example("In May 2018, AU received a visiting delegation from CETC.", before=AU),
            Example("A delegation from Alder University visited CASC in March 2019 to discuss satellites."),
            Example("Engineers from the PLA Rocket Force toured Alder University in 2021."),
            Example("In 2018, AU received a visit from a delegation of the PLA Navy.", before=AU),
            Example("In 2017, a CETC delegation visited Alder University."),
            Example("In 2020, AU welcomed a delegation from CASIC led by its deputy general manager.", before=AU),
            Example("In May 2019, officials from SASTIND inspected AU.", before=AU),
            Example("AU sent a delegation to CASIC in 2018.", before=AU),
            Example("In 2017, CETC's vice president visited AU.", before=AU),  # one of its leaders
            # a group of a kind of people, and one named before its body (forty-third session)
            Example("In May 2018, Alder University received a delegation of officers from the PLA Rocket Force."),
            Example("In 2019, AU hosted a CASC delegation.", before=AU),
            Example("PLA Navy officers toured Alder University in 2021."),
            # from a service's academy, now a body of its own: the academy's people, not the service's
            # (an ignored example before the fifty-sixth session, when no body was named whole)
            Example("In 2016, AU received a delegation of officers from the PLA Navy's Submarine Academy.", before=AU),
        ),
        ignores=(
            Example("Delegates from the PLA Navy's Engineering University toured Alder University in 2016."),
            Example("Officials from CETC visited Birch University in 2016."),
            Example("Representatives from the PLA Navy may have visited Alder University in 2015."),
            Example("Representatives from the PLA Navy visited Alder University."),  # no date
            Example("In 2017, a Kestrel delegation visited Alder University."),  # no organisation named
            Example("Xi Jinping inspected Alder University in 2016."),
            Example("In 2018, CETC sent a team to Birch University.", before=AU),
            Example("AU may have sent a delegation to CASIC in 2018.", before=AU),
            Example("In 2017, CETC's vice president visited Birch University.", before=AU),
            Example("Retired PLA Navy officers toured Alder University in 2019."),  # no longer its people
            Example("AU may have received a delegation of engineers from CASIC in 2018.", before=AU),
            Example("In 2019, CETC engineers visited Birch University.", before=AU),
        ),
    ),
    "possible-establishment": Examples(
        reads=(
            Example(
                "This may indicate that the laboratory was established either in late 2014 or in early 2015.",
                before=PHOTONICS_LAB,
            ),
        ),
        ignores=(
            Example("This may indicate that the laboratory was established either in late 2014 or in early 2015."),
        ),
    ),  # no laboratory named before
    "application-guide": Examples(
        reads=(
            Example(
                "According to a 2019 admissions guide, the laboratory accepts students working on optics, "
                "lasers and detectors.",
                before=PHOTONICS_LAB,
            ),
        ),
        ignores=(Example("According to a 2019 admissions guide, the laboratory accepts students working on optics."),),
    ),
    "risk-badge": Examples(
        reads=(Example("Risk Category: Medium"), Example("Very HighRisk Category")),
        ignores=(Example("Risk Category: Unknown"),),
    ),
    "end-user-list": Examples(
        reads=(
            Example("Alder University was added to the Entity List in 2020."),
            Example("In 2012, AU and Chongqing University were added to the Entity List.", before=AU),
            Example("In 2019, the US Commerce Department added AU and CAEP to the Entity List.", before=AU),
            Example("Alder University has been on the US Entity List since 2012."),
            # the lists of military companies, besides the export-control lists
            Example(
                "In 2021, the US Treasury added AU to its list of Chinese military-industrial complex companies.",
                before=AU,
            ),
            Example("Alder University was added to the Military End-User List in 2020."),
            Example("In January 2021, the Pentagon included AU on its 1260H list.", before=AU),
            Example("The US Department of Commerce listed AU on the Entity List in 2019.", before=AU),
        ),
        ignores=(
            # another body's listing: in a clause with a subject of its own, or in an apposition
            Example("AU collaborates with Hikvision; the company was added to the US Entity List in 2019.", before=AU),
            Example("AU collaborates with Hikvision, and the company was added to the US Entity List.", before=AU),
            Example("In 2020 the US Commerce Department added CQU, an AU partner, to the Entity List.", before=AU),
            Example("Alder University was nominated for inclusion on the Entity List in 2019."),
            Example("Alder University is not on the Entity List."),
            Example("Alder University's supplier was added to the Entity List in 2020."),
            Example("In 2020, the US added AU's partner to the Entity List.", before=AU),
            Example("The US has not listed AU on the Entity List.", before=AU),
            Example("The US may have listed AU on the Unverified List in 2022.", before=AU),
            Example(
                "In 2012, it set up a centre with Birch University, which has been placed on the Entity List since 2015."
            ),
            Example("Alder University signed an agreement with a company that was later added to the Entity List."),
            Example("Alder University, added to the Entity List in 2010, was removed from it in 2021."),
        ),
    ),
    "delisting": Examples(
        reads=(
            Example("In 2021, Alder University was removed from the US Entity List."),
            Example("AU was later delisted from the Unverified List.", before=AU),
            Example("In 2022, the US Commerce Department took AU off the Entity List.", before=AU),
            Example("Alder University was added to the Japan End User List in 2013 and removed in 2019."),
            Example("Alder University is no longer on the 1260H list."),
        ),
        ignores=(
            Example("Alder University has not been removed from the Entity List."),
            Example("Alder University may be removed from the Entity List in 2026."),
            Example("AU collaborates with Hikvision, which was removed from the Unverified List in 2020.", before=AU),
            Example("In 2020, the US removed CQU, an AU partner, from the Entity List.", before=AU),
            Example("Alder University removed its staff from the Entity List's scope."),
        ),
    ),
    "joint-construction": Examples(
        reads=(
            Example("AU is one of 25 universities co-built by SASTIND and the Ministry of Education.", before=AU),
            Example("AU is a university jointly built by SASTIND and MIIT.", before=AU),  # what it is, built
            Example("AU has been co-constructed by the MOE and SASTIND since 2016.", before=AU),
            Example("AU was jointly built by MIIT and SASTIND in 2012.", before=AU),
            Example("Since 2014 it has been co-built by the Hubei Provincial Government and SASTIND.", before=AU),
            Example(
                "In 2017, the Ministry of Education and SASTIND signed a joint-construction agreement on "
                "Alder University."
            ),
            Example(
                "Since 2003, it has been the subject of three 'joint construction' agreements between the Hubei "
                "Provincial Government and SASTIND."
            ),
            Example(
                "AU has been subject to two joint-supervision agreements between SASTIND and the Ministry of "
                "Education.",
                before=AU,
            ),
        ),
        ignores=(
            # something else built jointly, or another body (thirty-first session)
            Example("SASTIND and AU jointly construct the Alder Radar Centre.", before=AU),
            Example("AU and SASTIND co-built a hypersonics laboratory in 2016.", before=AU),
            Example("AU collaborates with CETC, which is jointly constructed by SASAC and MIIT.", before=AU),
            Example("AU is a member of an alliance jointly constructed by MIIT and SASTIND.", before=AU),
            Example("Alder University applied in 2019 to be jointly constructed by SASTIND and MIIT."),  # asked for
            # one that ended (thirty-second session)
            Example(
                "AU was jointly constructed by SASTIND and the MOE until 2016, when the agreement lapsed.", before=AU
            ),
            Example("AU was jointly constructed by SASTIND and the MOE from 2010 to 2015.", before=AU),
            Example("Before 2015, AU was jointly constructed by SASTIND and the MOE.", before=AU),
            Example("In 2018, SASTIND agreed to jointly build Alder University's School of Aerospace."),
            Example(
                "AU signed an agreement with the Ministry of Education and SASTIND to jointly build its School of "
                "Aerospace.",
                before=AU,
            ),
            Example(
                "In 2017, the Ministry of Education and SASTIND may sign a joint-construction agreement on "
                "Alder University."
            ),
            Example("AU's partner, Cedar University, signed a joint-construction agreement with SASTIND.", before=AU),
            Example(
                "The Ministry of Education considered a joint-construction agreement with SASTIND for AU.", before=AU
            ),
        ),
    ),
    "list-line": Examples(
        reads=(
            Example("• US Entity List (2020)", before=EUL_HEADING),
            Example("Japan End User List", before=EUL_HEADING),  # a bullet lost in a copy
            Example("• US Unverified List (May 2019)", before=EUL_HEADING),
            Example("• US DoD 1260H List (2021)", before=EUL_HEADING),
            # (60th) what its bracket says of the listing: years, an end (a former listing), an alias
            Example("• US DoD 1260H List (2021, 2024)", before=EUL_HEADING),
            Example("• US Entity List (removed in 2022)", before=EUL_HEADING),
            Example("• US Entity List (as an alias of CAEP)", before=EUL_HEADING),
        ),
        ignores=(
            Example("US Entity List (2020)"),  # not under the heading
            Example("• US Entity List (pending)", before=EUL_HEADING),
            Example("• US Entity List (as an alias of Kestrel Corp)", before=EUL_HEADING),
            Example("None", before=EUL_HEADING),
            Example("AU's partner CETC is on the US Entity List.", before=EUL_HEADING),
        ),
    ),
    "membership": Examples(
        reads=(
            Example("Alder University is a member of the Kestrel Optics Alliance."),
            Example("Alder University and Chongqing University are members of the Kestrel Optics Alliance."),
            Example("In 2016, Alder University was a founding member of the Kestrel Optics Alliance."),
            Example("Alder University participates in the Kestrel Military-Civilian Fusion Industry Alliance."),
            Example("Alder University is a member of the Birch Optics League and the Kestrel Delta Alliance."),
            Example("AU belongs to the Kestrel Optics Alliance.", before=AU),
            Example("Alder University is one of the founding members of the Kestrel Optics Alliance."),
            Example("Alder University was among the first members of the Kestrel Optics Alliance."),
            Example("Alder University is a co-founder of the Kestrel Unmanned Systems Alliance."),
            Example("Alder University was admitted to the Kestrel Optics Alliance in 2019."),
            Example("Alder University co-founded the Kestrel Photonics Association in 2011."),
            Example("In 2016, Alder University and CETC jointly established the Kestrel Drone Industry Alliance."),
            Example("AU helped found the Kestrel Province Radar League.", before=AU),
        ),
        ignores=(
            Example(
                "AU hosts the Alder Optics Laboratory, which is a member of the Kestrel Optics Alliance.", before=AU
            ),
            Example("Alder University was a member of the B8 Cooperation Innovation Alliance in 2015."),
            Example("Alder University is not a member of the Kestrel Optics Alliance."),
            Example("Alder University was once a member of the Kestrel Optics Alliance."),
            Example("Alder University was briefly a member of the Kestrel Optics Alliance."),
            Example("Alder University, a member of the Kestrel Optics Alliance, left it in 2019."),
            Example("Alder University is a member of the Kestrel Optics Alliance's council."),
            Example("Birch University participates in the Kestrel Military-Civilian Fusion Industry Alliance."),
            Example("Alder University may take part in the Kestrel Optics Alliance."),
            Example("AU's School of Optics co-founded the Kestrel Photonics Society.", before=AU),
            Example(
                "AU hosts the Alder Laser Laboratory, which co-founded the Kestrel Laser Association in 2015.",
                before=AU,
            ),
            Example("Alder University did not co-found the Kestrel Photonics Association."),
        ),
    ),
    "seven-sons": Examples(
        reads=(
            Example("Alder University is one of the Seven Sons of National Defence."),
            Example("AU has long been one of the Seven Sons of National Defence.", before=AU),
            Example(
                "Alder University (AU), one of China's 'Seven Sons of National Defence', trains weapons engineers."
            ),
            Example("As one of the Seven Sons of National Defence, AU is run by MIIT.", before=AU),
            Example("It is also among the so-called Seven Sons of National Defence.", before=AU),
            Example("As one of the seven schools run by MIIT, it is among the Seven Sons."),
        ),
        ignores=(
            Example("Alder University works with one of the Seven Sons of National Defence."),
            Example("Alder University is not one of the Seven Sons of National Defence."),
            Example("Alder University was one of the Seven Sons of National Defence until 1999."),
            Example("Birch University, one of the Seven Sons of National Defence, works with Alder University."),
            Example("Alder University is reportedly one of the Seven Sons of National Defence."),
            # their partners, not one of them (thirty-second session)
            Example("Alder University is one of the Seven Sons' key partners."),
            Example("Alder University is one of the Seven Sons of National Defence's closest partners."),
        ),
    ),
    "founding": Examples(
        reads=(
            Example("Alder University was founded in 1952."),
            Example("Alder University was founded on 1 September 1952."),
            Example("Alder University was established by the Ministry of Education in 1960."),
            Example("AU was first established in September 1952 as a naval college.", before=AU),
            Example("Alder University was set up by SASTIND."),
            Example("AU is a naval university founded in 1958.", before=AU),  # (61st) a participle after its noun
            Example("AU was founded in June 1951 and underwent three changes of name.", before=AU),
            Example("Founded in 1952 as the Alder Aviation College, AU is a public university.", before=AU),
            # a second verb phrase of the institution
            Example("AU is a public university in Hunan and was founded in 1958.", before=AU),
            Example("It was formed in 1999 when the Alder Industry Corporation was split in two.", before=AU),
            Example("AU, which is subordinate to MIIT, was founded in 1953 and has grown since.", before=AU),
            Example("It was founded in 1958 in Egret City.", before=AU),  # a place after the date
            Example("AU was established in 1965 in Baotou, Inner Mongolia.", before=AU),
            # what it is, between commas before the verb (fifty-fourth session)
            Example("AU, a university under the CMC, was founded in 1953.", before=AU),
        ),
        ignores=(
            Example("Alder University was established in its current form in 2000."),
            Example("AU is a subsidiary of the company founded in 1999 by CETC.", before=AU),  # (61st) not its noun
            Example("Alder University was established in 2000 by merging two colleges."),
            Example("Alder University's predecessor was founded in 1952."),
            Example("Alder University was probably founded in 1952."),
            Example("Alder University was founded by former Beihang University staff."),
            Example("Alder University was formed in 2004, combining the Alder Mining College with CETC."),
            Example("The Alder Photonics Laboratory was established in 2012."),
            Example("AU owns a firm that makes lasers and was founded in 1958.", before=AU),
            Example("AU, the partner of CETC, which was founded in 1950, hosts a laboratory.", before=AU),
            Example("AU's partner CETC owns a firm and was founded in 2002.", before=AU),
            Example("Founded in 1952, Birch University is a public university.", before=AU),
            Example("AU was founded in 2001 in Xi'an through the merger of two colleges.", before=AU),
            Example("AU was established in 1958 in Egret City by merging two colleges.", before=AU),
        ),
    ),
    "units": Examples(
        reads=(
            Example(
                "In 2003, Alder University founded its Radar Countermeasures Institute (阿尔德大学雷达对抗研究所)."
            ),
            Example("AU's Hypersonics Institute was set up in 2009 to coordinate its weapons research.", before=AU),
            Example("In 2009, the Alder University Defence Engineering Institute was established."),
            Example("In 2019, the university established a Dual-Use Technology Institute.", before=AU),
            Example("AU established the Institute of Stealth Coatings in 2012.", before=AU),
            Example(
                "AU is also home to the Sensor Array Institute (传感器阵列研究所), which builds sonar software.",
                before=AU,
            ),
            # founded there by another: its unit implied, founded by the one named when known
            Example("In 2013, a provincial secrecy bureau set up a Secrecy Training Academy at Alder University."),
            Example("SASTIND founded the Alder Defence Technology Institute within AU in 2015.", before=AU),
            # its units listed (forty-third session)
            Example(
                "Its subordinate units include the 401st Research Institute and the Alder Sonar Institute.", before=AU
            ),
            Example("AU has three subordinate units, including the Alder Acoustics Centre.", before=AU),
        ),
        ignores=(
            Example("AU is home to the CASC Hypersonics Institute.", before=AU),  # CASC's, named first in its name
            Example("AU and CETC jointly established the Kestrel Institute in 2013.", before=AU),
            Example("AU's School of Optics founded its Photonics Institute in 2014.", before=AU),
            Example("AU established the Cedar Institute with CASC in 2015.", before=AU),
            Example("AU may have founded its Quantum Institute in 2016.", before=AU),
            Example("AU's Lynx Institute was established in 2000 by merging two colleges.", before=AU),
            Example("Alder University founded its Sonar Institute in 1990, which closed in 2010."),
            Example("In 2013, CASC set up a Rocket Training Academy at Birch University."),
            Example("In 2013, CASC may have set up a Rocket Training Academy at Alder University."),
            Example("CETC's subordinate units include the 14th Research Institute.", before=AU),
            Example("Its subordinate units reportedly include the 403rd Research Institute.", before=AU),
            Example("Its subordinate units include the 406th Research Institute and several factories.", before=AU),
            Example("Its subordinate units included the Alder Optics Institute until 2010.", before=AU),
        ),
    ),
    "collaboration": Examples(
        reads=(
            Example("Alder University works with CETC's 14th Research Institute."),  # the unit, the group's
            Example("AU is a university that collaborates with CETC.", before=AU),  # what it is: its own clause
            Example("AU co-hosts the Alder Radar Laboratory with CASIC.", before=AU),
            Example("AU hosts the Alder Radar Laboratory jointly with CASIC.", before=AU),
            Example("AU and CASIC co-host the Alder Radar Laboratory.", before=AU),
            Example("The university maintains a cooperative relationship with CETC.", before=AU),  # (57th)
            Example("AU jointly trains graduate students with CETC.", before=AU),
            Example("AU trains graduate students jointly with CETC.", before=AU),
            Example("AU has teamed up with CETC on radar research.", before=AU),  # (58th)
            Example("AU runs the Alder Sonar Research Centre jointly with CETC.", before=AU),
            Example("AU manages the Alder Sonar Research Centre together with CETC.", before=AU),
            # a part of a body the registry does not know, named "of the" it: the part (58th; its
            # body, not a partner, is its parent)
            Example("AU collaborates with the Optics Branch of the Kestrel Academy of Sciences.", before=AU),
            Example("AU ran a joint doctoral program with CETC.", before=AU),  # (fifty-fourth session)
            Example("AU renewed its strategic partnership with Norinco in 2019.", before=AU),  # (fifty-fifth session)
            Example("AU runs a joint graduate school with Monash University.", before=AU),  # (fifty-fifth session)
            Example("AU develops underwater drones together with CSIC.", before=AU),
            Example("AU collaborates with CETC but not with AVIC.", before=AU),  # the item denied alone
            Example("AU collaborates with CETC and, reportedly, AVIC.", before=AU),
            # the institution and a partner as the subject of working together, and the noun of it
            Example("AU and CETC have collaborated on radar since 2015.", before=AU),
            Example("AU has a long history of collaboration with NORINCO.", before=AU),
            Example("AU engages in extensive cooperation with CASIC.", before=AU),
            Example("AU has a strategic cooperation relationship with AVIC.", before=AU),
            Example("AU cooperates with a number of defence companies, including NORINCO.", before=AU),
            Example("AU's main industrial partners are CASC and AVIC.", before=AU),
            Example("Its partners include CETC and the PLA Navy.", before=AU),
            Example("AU's main industrial partner is AVIC, with which it runs twelve laboratories.", before=AU),
            # a facility it set up with others, as the subject; a joint facility the two have
            Example("The Kestrel Radar Centre was jointly established by AU and CETC in 2013.", before=AU),
            Example("AU and CASIC have a joint laboratory on guidance systems.", before=AU),
            # a company by its bare name (data/curated/companies.ttl)
            Example("AU established a joint laboratory with Huawei in 2020.", before=AU),
            Example("AU has partnered with Dahua on video surveillance.", before=AU),
            Example("In 2016, AU and ZTE jointly launched a training base.", before=AU),
            Example("Alder University collaborates with the University of Kestrel."),
            Example(
                "Alder University has established strategic partnerships with the China Aerospace Science and "
                "Technology Corporation."
            ),
            Example("For instance, the university cooperated with the Kestrel Battery Materials Company in 2018."),
            Example("Alder University cooperates extensively with the China Electronics Technology Group Corporation."),
            Example("Under that deal, AU deepened its research cooperation with CASC.", before=AU),
            Example("AU and CASC have run a joint sensing laboratory together since 2012.", before=AU),
            Example("AU and CETC jointly established the Alder Institute of Signals in 2012.", before=AU),
            Example("In 2015, Alder University set up a joint laboratory with CASIC."),
            Example("AU runs a Confucius Institute with the University of Kestrel.", before=AU),
            # several, with no article; one of a Confucius Institute's partners; a degree's possessive
            # (forty-fourth session)
            Example(
                "AU runs Confucius Institutes with the University of Kestrel and Tarn Polytechnic University.",
                before=AU,
            ),
            Example(
                "AU is one of the partner institutions of the Confucius Institute at the University of Kestrel.",
                before=AU,
            ),
            Example("AU has a joint master's program with the University of Kestrel.", before=AU),
            # a partner the registry does not know, named whole beside the institution or in its list
            Example("AU and Tarn Federal University have collaborated on lasers.", before=AU),
            Example("AU and Tarn Federal University (塔恩联邦大学) have collaborated on lasers.", before=AU),
            Example("AU entered into a strategic partnership with NORINCO in 2018.", before=AU),
            Example("In 2015, AU and CAEP set up the Alder Joint Institute of Lasers.", before=AU),
            Example("In 2021, AU and DJI opened a drone research centre.", before=AU),
            # a second collaboration in a clause of its own, "it" after a time
            Example("AU signed agreements with CASC, and in 2016 it co-founded a laboratory with CETC.", before=AU),
            Example("AU collaborates with NORINCO and co-founded a laboratory with CETC.", before=AU),
            Example("AU and the University of Kestrel jointly established a joint laboratory in 2015.", before=AU),
            Example(
                "The Alder Photonics Centre was jointly established by AU and Tarn Polytechnic University.", before=AU
            ),
            Example(
                "AU's Russian partners include Tarn State Technical University and Kestrel Federal University.",
                before=AU,
            ),
            Example(
                "AU is the Chinese partner institution of the Confucius Institute at the University of Kestrel.",
                before=AU,
            ),
            Example("Alder University has established a dual-use research centre with CETC."),
            Example("AU operates a national laboratory on pulsed lasers with CAEP.", before=AU),
            Example("In 2017, AU established the Alder Institute of Unmanned Aircraft with AVIC.", before=AU),
            Example("Alder University is a key partner of the PLA Rocket Force."),
            Example("AU has a joint doctoral program with the University of Kestrel.", before=AU),
            Example("In 2014, AU and CETC established a joint venture, Alder Electronics Co., Ltd.", before=AU),
            Example("AU has partnered with the Moscow Institute of Physics and Technology.", before=AU),
            Example("Alder University cooperates with CETC, which had been sanctioned before 2015."),
            Example(
                "In 2014, AU opened a secrecy training centre in partnership with the National "
                "Administration of State Secrets Protection.",
                before=AU,
            ),
        ),
        ignores=(
            Example("AU may renew its partnership with CASIC.", before=AU),
            Example("AU has not teamed up with CETC.", before=AU),
            Example("AU researchers have teamed up with CETC.", before=AU),  # its people, not itself
            Example("AU has a school with CETC.", before=AU),  # (not said to be joint)
            Example("AU did not renew its partnership with CETC in 2019.", before=AU),
            # several run by another, or no longer (forty-fourth session)
            Example("Birch University runs Confucius Institutes with the University of Kestrel.", before=AU),
            Example("AU ran Confucius Institutes with the University of Kestrel until 2019.", before=AU),
            Example("AU was one of the partner institutions of the Confucius Institute at Kestrel.", before=AU),
            Example("AU may collaborate with CETC but not with AVIC.", before=AU),
            Example("AU's School of Acoustics trains graduate students jointly with NUDT.", before=AU),
            Example("AU trained engineers jointly with CASC until 2015.", before=AU),
            Example("AU designs radars together with sonars for the PLA Navy.", before=AU),  # no partner
            Example("AU collaborates with CETC, but reportedly ended the partnership in 2019.", before=AU),
            Example("Between 2014 and 2018, Alder University collaborated with the PLA Navy."),  # years gone by
            # a joint centre that closed (thirty-second session)
            Example("AU set up a joint research centre with Huawei in 2020, but it closed in 2022.", before=AU),
            Example("AU set up a joint laboratory with CETC in 2010, which was closed in 2015.", before=AU),
            # a body described by its tie to a known one is not that one ("a company linked to AVIC")
            Example("Alder University collaborates with a company linked to AVIC."),
            # the future, a plan, a tie that stopped, doubt (thirty-first session)
            Example("AU will collaborate with AVIC on engines.", before=AU),
            Example("AU and CASIC plan to set up a joint laboratory.", before=AU),
            Example("AU cooperated with NORINCO, but the cooperation was halted in 2022.", before=AU),
            Example("AU once collaborated with AVIC.", before=AU),
            Example("AU is presumed to collaborate with CAEP.", before=AU),
            Example("Alder University collaborates with firms affiliated with CETC."),
            Example("AU no longer jointly trains students with CETC.", before=AU),
            # a known name that a longer, unknown one goes on from: not the known organisation
            Example("AU collaborates with the PLA Navy Submarine Academy.", before=AU),
            Example("AU runs the Alder Radar Laboratory, which works with CETC.", before=AU),
            Example("Alder University's spin-off collaborates with the University of Kestrel."),
            # its people, not the institution itself (with or without "'s")
            Example("Alder University researchers have worked with CASC on rocket engines."),
            Example("AU's scientists collaborate with CETC on radar.", before=AU),
            Example("Alder University reportedly collaborates with the University of Kestrel."),
            Example("Alder University works with a local firm, which is supervised by SASTIND."),
            Example("Alder University partners with the Kestrel Institute under CASC."),
            Example("AU's School of Optics and CAEP jointly set up the Laser Physics Institute.", before=AU),
            # working together: hedged, of its people, of two others, ended
            Example("AU and CETC may have collaborated on radar.", before=AU),
            Example("AU researchers and CETC have collaborated on radar.", before=AU),
            Example("CETC and CASC have collaborated on radar.", before=AU),
            Example("AU has suspended its cooperation with CETC.", before=AU),
            # another's institute, and a known name that begins a longer one the registry does not know
            Example("AU collaborates with the Russian Academy of Sciences' Institute of Applied Physics.", before=AU),
            Example("AU collaborates with the People's Armed Police Command College.", before=AU),
            Example("AU cooperates with many firms, including a subsidiary of CETC.", before=AU),
            Example("Birch University's partners include CETC.", before=AU),
            Example("AU's School of Optics' partners include CETC.", before=AU),
            Example("AU's partners may include CETC.", before=AU),
            Example("The Kestrel Radar Centre was jointly established by CETC and CASC in 2013.", before=AU),
            Example("The Kestrel Radar Centre was jointly established by AU and a local firm.", before=AU),
            Example("The Kestrel Radar Centre may have been jointly established by AU and CETC.", before=AU),
            Example("Birch University and CASC jointly run a centre."),
            Example("Previously, Alder University and CETC jointly ran a joint laboratory."),
            Example("Alder University established a joint centre with a subsidiary of CASC."),
            Example(
                "In 2016, Alder University partnered with one subsidiary of CASC in order to found a shared "
                "laboratory, the Alder Smart Grid Research Institute."
            ),
            Example("Alder University established a laboratory with funding from CASC."),
            Example("In 2014, AU set up the Alder Hypersonics Research Centre with funding from SASTIND.", before=AU),
            Example("Birch University works in partnership with CETC."),
            Example("Alder University may have worked in partnership with CASC."),
            Example("Alder University cooperated with CETC until 2017."),
            Example("Alder University collaborated with CASC from 2010 to 2014."),
            Example("Alder University wants to cooperate with CETC."),
            Example("Alder University has a joint degree programme with a subsidiary of CASC."),
            Example("Alder University may have a joint venture with CETC."),
            # beside the institution, something that is not an organisation named whole
            Example("AU and its students jointly established a joint laboratory.", before=AU),
            Example("AU and Kestrel's Institute of Physics jointly established a centre.", before=AU),
            Example("AU and Tarn Federal University may have collaborated on lasers.", before=AU),
            Example("AU's partners include several universities in Russia.", before=AU),
            Example("Birch University's Russian partners include Tarn Federal University.", before=AU),
        ),
    ),
    "ended-collaboration": Examples(
        reads=(
            Example("AU formerly collaborated with CASC.", before=AU),
            Example("AU cooperated with CETC on radar until 2018.", before=AU),
            Example("AU collaborated with NORINCO from 2010 to 2015.", before=AU),
            Example("In 2021, AU ended its partnership with the University of Bath.", before=AU),
            Example("AU's partnership with AVIC ended in 2020.", before=AU),
            Example("CSIC ended its cooperation with AU in 2019.", before=AU),
            Example("AU used to work with the PLA Navy.", before=AU),
        ),
        ignores=(
            Example("AU collaborated with CASIC in 2015.", before=AU),  # a time the tie held, not its end
            Example("AU collaborated with CETC, which MIIT ran until 2008.", before=AU),  # another's end
            Example("AU reportedly ended its partnership with NUDT.", before=AU),
            Example("AU never ended its partnership with NUDT.", before=AU),
            Example("AU's researchers formerly worked with CSIC.", before=AU),  # its people's
            Example("CETC ended its partnership with NUDT in 2019.", before=AU),  # others'
            Example("AU ended its partnership with a unit of CETC.", before=AU),
        ),
    ),
    "people-worked-with": Examples(
        reads=(
            Example("Its researchers have co-authored papers with scientists at CAEP.", before=AU),
            Example("Researchers from AU have collaborated with scientists at the University of Bath.", before=AU),
            Example("AU's researchers have worked with engineers from CASC.", before=AU),
            Example("In 2019, AU scientists worked with engineers from CETC on radar.", before=AU),
            # people in a unit of it, and the other side's personnel (fifty-sixth session)
            Example("Researchers at its School of Physics have collaborated with scientists at CAEP.", before=AU),
            Example("Researchers from AU have worked with personnel from CETC.", before=AU),
        ),
        ignores=(
            Example("CETC researchers have collaborated with scientists at NUDT.", before=AU),
            Example("AU researchers may have collaborated with scientists at CAEP.", before=AU),
            Example("Researchers have collaborated with scientists at CAEP.", before=AU),
            Example("AU researchers never worked with scientists at CAEP.", before=AU),
            # the other itself, not its people: left to the gold's reading (fifty-seventh session)
            Example("In 2018, the university's researchers worked with NUDT on navigation.", before=AU),
        ),
    ),
    "unit-ties": Examples(
        reads=(
            Example("AU's School of Physics collaborates with CETC.", before=AU),
            Example("AU's School of Optics (光学学院) has close ties with AVIC and the University of Bath.", before=AU),
            Example("AU's Institute of Plasma and Laser Physics and CAEP jointly established a centre.", before=AU),
            # (61st) a facility run with another, or a joint one set up with it
            Example("AU's School of Astronautics jointly runs a laboratory with CASC's First Academy.", before=AU),
            Example("AU's School of Physics set up a joint centre with CETC.", before=AU),
        ),
        ignores=(
            Example("CETC's Institute of Radar collaborates with NUDT.", before=AU),  # another's unit
            Example("CETC's Institute of Radar jointly runs a laboratory with NUDT.", before=AU),
            Example("AU's School of Law reportedly works with the MSS.", before=AU),
            Example("AU's School of Law works with a subsidiary of CETC.", before=AU),
            Example("The School of Chemistry has close ties to NORINCO.", before=AU),  # not known as AU's
            Example("AU's School of Law formerly worked with the MSS.", before=AU),
        ),
    ),
    "people-funded": Examples(
        reads=(
            Example("Researchers at its School of Cyber Science have been funded by the MSS.", before=AU),
            Example("Scientists from its Institute of Optics (光学研究所) have been funded by CETC.", before=AU),
        ),
        ignores=(
            # the institution's own people: its funding is not said (nor a unit's)
            Example("AU researchers have been funded by CETC.", before=AU),
            Example("Researchers at Birch University have been funded by the MSS.", before=AU),
            Example("Researchers at its School of Physics have reportedly been funded by the MSS.", before=AU),
            Example("Researchers at its School of Physics have been funded by a unit of the MSS.", before=AU),
        ),
    ),
    "close-ties": Examples(
        reads=(
            Example("AU has a close association with CETC.", before=AU),  # (58th)
            Example("AU runs two laboratories that study radar and has close links with CASC.", before=AU),
            Example("AU has close ties with NORINCO and reportedly with CETC.", before=AU),
            # a partner the registry does not know, named whole as the first example
            Example(
                "AU has close links with Ukrainian institutes, including the Kharkiv Aviation Institute.", before=AU
            ),
            Example(
                "Alder University maintains a close relationship with the China Electronics Technology Group "
                "Corporation (CETC), which builds radars."
            ),
            Example("The university is very close to CETC.", before=AU),
            Example("AU is best known for optics and has close ties to CASIC.", before=AU),
            Example("Alder University is closely tied to the PLA Navy and CETC."),
            Example("Alder University has developed close links with the PLA Rocket Force."),
            Example("Alder University is closely tied to the arms industry and the PLA Navy."),
            Example("Alder University has strong ties to the PLA Rocket Force."),
            Example("AU has deep links with CASC.", before=AU),
            Example("AU has a close working relationship with CETC.", before=AU),
            Example("Based in Harbin, the university has close ties with CETC.", before=AU),
            # an organisation given as an example of a sector
            Example("AU has deep ties with the defence industry, particularly with CETC.", before=AU),
            Example("AU is closely associated with CASIC.", before=AU),
        ),
        ignores=(
            Example("AU has close ties with a subsidiary of the Birch Radar Company.", before=AU),
            Example("AU owns the Alder Photonics Company, which has close ties with CASC.", before=AU),
            Example("Alder University is particularly close to a subsidiary of CASC."),
            Example("Alder University's School of Optics has close ties to CETC."),
            Example("Alder University is geographically close to CETC."),
            Example("Alder University is located close to the PLA Navy."),
            Example("Alder University appears to have close ties to CASIC."),
            Example("Alder University does not have close ties to CETC."),
            Example("Alder University had close ties to CETC until 2015."),
            Example("Alder University has close ties to the defence industry."),
            Example("Alder University has close ties to the defence industry and a subsidiary of CASC."),
            Example("Alder University has strong ties to universities in Russia."),
        ),
    ),
    "funding": Examples(
        reads=(
            Example("Alder University receives funding for sonar research from the PLA Navy."),
            Example("AU trains radar engineers and is funded by SASTIND.", before=AU),
            Example("AU's defence research is funded mainly by SASTIND.", before=AU),
            Example("AU is financially supported by CETC.", before=AU),
            Example("AU is partly financed by the PLA Navy.", before=AU),
            Example("In 2016, Alder University received RMB3 million in funding from CETC."),
            Example("AU has received research grants from the PLA Rocket Force.", before=AU),
            Example("AU is jointly funded by the MOE and SASTIND.", before=AU),
            # a sum received from a body (forty-eighth session)
            Example("In 2019, AU received RMB 300 million from SASTIND to build a wind tunnel.", before=AU),
        ),
        ignores=(
            Example("AU's School of Optics's research is funded by SASTIND.", before=AU),
            Example("AU's research was funded by SASTIND until 2015.", before=AU),
            # each its own, "respectively" (thirty-second session)
            Example(
                "AU and Chongqing University receive funding from SASTIND and the PLA Navy respectively.", before=AU
            ),
            Example("Birch University's research is funded by SASTIND.", before=AU),
            Example("AU is supported by CETC.", before=AU),  # support of any kind: not said to be money
            Example("AU hosts the Alder Optics Laboratory, which is funded by SASTIND.", before=AU),
            Example("Several Alder University scientists have been funded by the PLA Navy."),
            Example("Alder University's School of Acoustics receives funding from the PLA Navy."),
            Example("Alder University reportedly receives funding from the MSS."),
            Example("Alder University received funding from CETC until 2015."),
            Example("Alder University receives funding from a subsidiary of CASC."),
            Example("Alder University received RMB 20 million from the sale of its campus."),
            Example("Alder University has applied for research grants from the PLA Navy."),
            Example("Alder University receives funding from several defence firms."),
        ),
    ),
    "research-for": Examples(
        reads=(
            Example("Alder University conducts research for the PLA Strategic Support Force."),
            Example("AU undertakes classified projects for CASC and the PLA Navy.", before=AU),
            Example("In 2015, Alder University carried out research on sonar for the PLA Navy."),
            Example("AU has developed radar systems for the PLA Navy.", before=AU),
            Example("AU conducts research for the Birch Aviation Institute.", before=AU),
            # research contracts or projects won from a client (fifty-fifth session)
            Example("AU has won research contracts from CASC.", before=AU),
            Example("AU received classified projects from CAEP in 2018.", before=AU),
        ),
        ignores=(
            Example("In 2019, AU won a contract from CAEP worth RMB 5 million.", before=AU),  # of no kind
            Example("AU may have received projects from AVIC.", before=AU),
            # a purpose, not work done (thirty-first session)
            Example("AU signed a cooperation agreement with AVIC to develop drones for the PLA Air Force.", before=AU),
            Example("In the 1990s, Alder University conducted research for COSTIND."),  # a decade gone by
            Example("AU hosts the Alder Sonar Laboratory, which conducts research for the PLA Navy.", before=AU),
            Example("Alder University conducts research for a subsidiary of CASC."),
            Example("Alder University's School of Optics conducts research for the PLA Navy."),
            Example("Alder University may conduct research for the PLA Navy."),
            Example("Alder University conducted research for CETC until 2015."),
            Example("Alder University conducts research for the first time in space."),
            Example("AU developed a training course for PLA officers.", before=AU),
            Example("AU developed radar systems for the PLA Navy until 2012.", before=AU),
        ),
    ),
    "trains-for": Examples(
        reads=(
            Example(
                "AU trains officers for local public security bureaus and for the People's Armed Police.", before=AU
            ),
            Example("AU is one of the few universities that train officers for the PLA Navy.", before=AU),
            Example("Alder University trains officers for the PLA Navy."),
            Example(
                "AU trains national defence students (国防生) for the PLA Navy.", before=AU
            ),  # (fifty-fourth session)
            Example("AU trains signals intelligence and cyber warfare personnel for the PLA Navy.", before=AU),
            Example("AU runs a training programme for PLA Strategic Support Force personnel.", before=AU),
            Example("AU trains radar, sonar and electronic warfare officers for the PLA Navy.", before=AU),
            Example("AU provides training for PLA officers.", before=AU),
            Example("AU trains PLA Rocket Force cadets.", before=AU),
            Example("Alder University is a key training base for the PLA Strategic Support Force."),
            Example("AU cultivates talent for CASC and AVIC.", before=AU),
            Example(
                "The university is dedicated to educating the PLA Navy's officer corps for command posts.", before=AU
            ),
            Example("AU is dedicated to training personnel for the PLA Rocket Force.", before=AU),
            Example("AU has trained more than 2,000 officers for the PLA Navy.", before=AU),
            Example("AU is one of the main sources of talent for CASC.", before=AU),
            Example("AU supplies engineers to CASC.", before=AU),
            # for a part of an organisation: the organisation, by implication
            Example("AU trains engineers for CETC's 14th Research Institute.", before=AU),
        ),
        ignores=(
            Example("AU runs a training programme for engineers.", before=AU),
            Example("From 2010 to 2015, Alder University trained officers for the PLA Navy."),  # years gone by
            Example("AU trains officers for local bureaus and for a subsidiary of CETC.", before=AU),
            Example("AU runs the Alder Pilot Academy, which trains officers for the PLA Air Force.", before=AU),
            Example("AU trains students for careers in the defence industry.", before=AU),
            Example("AU is devoted to training officers of CETC's research institutes.", before=AU),
            Example("AU may train officers for the PLA Army.", before=AU),
            Example("AU's School of Optics trains engineers for CETC.", before=AU),
            Example("Birch University trains officers for the PLA Navy."),
            Example("AU trained officers for the PLA Navy until 2015.", before=AU),
            Example("AU trains engineers for a subsidiary of CASC.", before=AU),
        ),
    ),
    "supplies": Examples(
        reads=(
            Example("Alder University is a key supplier of guidance components to CASC."),
            Example("AU supplies radar parts to CETC.", before=AU),
            Example("AU produces armoured vehicles and artillery for the PLA Ground Force.", before=AU),
            # goods listed with commas (fifty-fourth session)
            Example(
                "AU produces armoured vehicles, artillery and guided munitions for the PLA Ground Force.", before=AU
            ),
            Example("AU supplies radar, sonar and lidar to the PLA Navy.", before=AU),
            Example("AU supplies fuzes (引信) to NORINCO.", before=AU),  # the goods' Chinese name
            Example("AU is a centre for drone research, and it supplies drones to the PLA Air Force.", before=AU),
            # the main clause's verb back after a relative clause, as its number says
            Example("AU runs three workshops that build lasers and is a key supplier of optics to CASC.", before=AU),
        ),
        ignores=(
            Example("AU produces engineers for the PLA Navy.", before=AU),  # people: training's
            Example("AU manufactured radars for the PLA until 2010.", before=AU),
            Example("AU once supplied radar parts to CETC.", before=AU),
            Example("At one time, AU supplied radar parts to CETC.", before=AU),
            Example("AU is a key supplier of personnel to the PLA Navy.", before=AU),  # people: training's
            Example("AU produces lasers, and CETC uses them for the PLA Navy.", before=AU),  # a clause after the comma
            Example("AU supplies fuzes (until 2015) to NORINCO.", before=AU),  # a remark, not a name
            Example("AU supplies engineers to CASC.", before=AU),
            Example("AU is the owner of a company that supplies radar parts to CETC.", before=AU),
            Example("AU owns a company that supplies radar parts to CETC.", before=AU),
            # a verb of the relative clause's number goes on with it
            Example("AU owns a firm that builds lasers and supplies optics to CETC.", before=AU),
            Example("AU owns a firm that builds lasers and is a key supplier of optics to CASC.", before=AU),
            Example("AU is a supplier of the PLA Navy.", before=AU),  # of or to: not said
            Example("AU's spin-off supplies radar parts to CETC.", before=AU),
            Example("AU reportedly supplies radar parts to CETC.", before=AU),
            Example("AU supplies radar parts to companies in Europe.", before=AU),
            # a clause of another subject coordinated after the main one
            Example("AU is a centre for drone research, and its UAV institute supplies drones to the PLA.", before=AU),
        ),
    ),
    "procurement": Examples(
        reads=(
            Example("Since 2019, AU has procured GPU servers from Huawei and Inspur.", before=AU),
            Example("AU purchased radar test equipment from CETC in 2018.", before=AU),
            Example("AU's suppliers include Hikvision and iFlytek.", before=AU),
            Example("Its main suppliers are Inspur and Sugon.", before=AU),
        ),
        ignores=(
            Example("AU has not purchased anything from Huawei.", before=AU),
            Example("AU's School of Optics bought servers from Inspur.", before=AU),
            Example("AU purchased radar parts from a CETC subsidiary.", before=AU),
            Example("AU purchased servers from a Huawei reseller in 2021.", before=AU),  # another body tied to Huawei
            Example("AU procured cameras from Hikvision competitors.", before=AU),
            Example("AU owns a firm that bought servers from Inspur.", before=AU),
            Example("Birch University's suppliers include Hikvision.", before=AU),
            Example("AU's suppliers may include Hikvision.", before=AU),
        ),
    ),
    "graduate-employers": Examples(
        reads=(
            Example("Major employers of AU graduates include AVIC and CASIC.", before=AU),  # (58th)
            Example("State-owned groups CASIC and AVIC are among the largest employers of AU graduates.", before=AU),
            Example("The top employers of its graduates include CETC and NORINCO.", before=AU),
            Example("Alder University's graduates often work at AVIC."),
            Example("Many of its graduates go on to work at CAEP.", before=AU),
            Example("AU graduates frequently go on to work at CASC and CASIC.", before=AU),
            Example("AU graduates are often employed by CASC and CETC.", before=AU),
            Example("CAEP is a major employer of AU graduates.", before=AU),
            Example("The top employers of AU graduates in 2018 were CASC and AVIC.", before=AU),
            Example("CETC and AVIC were among the largest employers of AU graduates in 2020.", before=AU),
            Example("Many AU graduates go on to work for CASC and CETC.", before=AU),
            Example("AVIC is one of the largest employers of AU graduates.", before=AU),
            Example("AU graduates often join CETC.", before=AU),
            Example(
                "Its graduates are heavily recruited by AVIC and NORINCO, and the university receives funding from "
                "both.",
                before=AU,
            ),
            # gone on to positions there, and graduates it sent (fifty-fifth session)
            Example("Its graduates have gone on to senior positions at CAEP.", before=AU),
            Example("AU has sent more than 200 graduates to work at CAEP.", before=AU),
        ),
        ignores=(
            Example("Major employers of Birch University graduates include AVIC.", before=AU),
            Example("CETC has sent 30 graduates to AU.", before=AU),
            Example("AU may have sent graduates to CASC.", before=AU),
            Example("Birch University graduates have gone on to senior positions at AVIC.", before=AU),
            Example("AU's five biggest graduate employers last year were rocket makers owned by the state.", before=AU),
            Example("Birch University's graduates often work at CASC."),
            Example("AU graduates work at companies in Shenzhen.", before=AU),
            Example("AU's graduates may work at CETC.", before=AU),
            Example("CASC and AVIC are the main employers of Birch University graduates."),
            Example("Birch University graduates are recruited by AVIC.", before=AU),
            Example("Many of Birch University's graduates work at CAEP.", before=AU),
            Example("Many Birch University graduates go on to work for CASC.", before=AU),
            Example("The top employers of AU graduates in 2018 were companies in Shenzhen.", before=AU),
        ),
    ),
    "link-to-institution": Examples(
        reads=(
            Example("CASC collaborates with AU on solid rocket motors.", before=AU),
            Example("In 2016, CETC set up a joint laboratory with Alder University."),
            Example("NORINCO maintains a close relationship with AU.", before=AU),
            Example("The PLA Rocket Force funds AU's research on propellants.", before=AU),
            Example("CASC and CETC fund research projects at AU.", before=AU),
            Example("CETC hires large numbers of AU graduates.", before=AU),
            Example("CASC collaborates with AU but not with Beihang.", before=AU),
        ),
        ignores=(
            Example("CASC collaborates with Birch University.", before=AU),
            Example("CETC works with AU's School of Electronics.", before=AU),
            Example("CETC funds AU's Key Laboratory of Radar Imaging.", before=AU),
            Example("CASC, which collaborates with AU, is a state-owned group.", before=AU),
            Example("CASC has never collaborated with AU.", before=AU),
            Example("CASC may fund AU's research.", before=AU),
            Example("CETC no longer recruits from AU.", before=AU),
        ),
    ),
    "trained-at": Examples(
        reads=(
            Example("PLA Navy officers are trained at AU.", before=AU),
            Example("Officers of the PLA Rocket Force are educated at Alder University."),
        ),
        ignores=(
            Example("PLA officers are trained at Birch University.", before=AU),
            Example("PLA officers are trained at AU's School of Command.", before=AU),
            Example("Students are trained at AU by PLA officers.", before=AU),
            Example("PLA officers may be trained at AU.", before=AU),
        ),
    ),
    "subsidiary": Examples(
        reads=(
            Example("Alder University is a subsidiary of the China Electronics Technology Group Corporation."),
            Example("AU (Alder Group) is a wholly owned subsidiary of CETC.", before=AU),
            Example("AU's parent company is CETC.", before=AU),
            Example("AU is a research institute of the Chinese Academy of Sciences (CAS) in Beijing.", before=AU),
            Example("AU is one of the institutes under CETC.", before=AU),
        ),
        ignores=(
            Example("AU's parent company was CETC until 2015.", before=AU),
            Example("AU's School of Optics's parent is CETC.", before=AU),
            Example("Alder University is not a subsidiary of CETC."),
            Example("Alder University is a subsidiary of a firm that supplies CETC."),
            Example("Alder University was previously a subsidiary of CETC."),
            Example("Alder University's press is a subsidiary of CETC."),
            Example("AU is an academy under the Central Military Commission.", before=AU),  # commanded, not owned
            Example("AU is an institute of the Ministry of Education.", before=AU),
        ),
    ),
    "defence-research-areas": Examples(
        reads=(
            Example(
                "Main fields of defence research at AU include hydroacoustics, optics, and guidance and control.",
                before=AU,
            ),
            Example("Its fields of focus in defence research are underwater acoustics and radar.", before=AU),
            Example("AU undertakes defence research into underwater acoustics.", before=AU),
            Example("AU's defence research focuses on radar and sonar.", before=AU),
            Example("AU's defence research areas include gun barrels, fuzes and rocket casings.", before=AU),
            Example("AU's designated defence research areas are hull design and torpedoes.", before=AU),
            # its specialty for defence (fifty-third session)
            Example("AU specialises in the design and production of hull steels for the defence industry.", before=AU),
            Example("AU specializes in radar and sonar for the military.", before=AU),
            # what it includes or covers (fifty-fifth session)
            Example("Its defence research includes hypersonic vehicles and radar stealth.", before=AU),
            Example("AU's defence research covers fighter engines, missiles and sonar.", before=AU),
            Example("AU's defence research covers areas such as radar and sonar.", before=AU),
        ),
        ignores=(
            # (work or ties, no area)
            Example("Its defence research includes work for the PLA.", before=AU),
            Example("AU's defence research covers projects with CASC.", before=AU),
            Example("AU specialises in training engineers for the defence industry.", before=AU),
            Example("AU specialises in optics for CETC.", before=AU),
            Example("AU reportedly specialises in optics for the defence industry.", before=AU),
            Example("AU's School of Optics specialises in lasers for the defence industry.", before=AU),
            Example("Main fields of defence research at Birch University include radar.", before=AU),
            Example("Birch University's defence research areas include radar.", before=AU),
            Example("AU's School of Optics carries out defence research on lasers.", before=AU),
            Example("AU may conduct defence research on lasers.", before=AU),
        ),
    ),
    "agency-school": Examples(
        reads=(
            Example("AU is a People's Armed Police academy.", before=AU),
            Example("AU is the Ministry of Public Security's main university.", before=AU),
            Example("AU is one of the Ministry of Public Security's four universities.", before=AU),
            Example("AU is an MPS university.", before=AU),
            Example("AU is the PLA Rocket Force's main engineering university.", before=AU),
        ),
        ignores=(
            Example("AU is a CETC partner university.", before=AU),  # a company's partner, not its school
            Example("AU is a Hubei university.", before=AU),
            Example("AU is not a PLA Navy academy.", before=AU),
            Example("AU was a PLA Navy academy until 2017.", before=AU),
            Example("AU is the PLA's former academy.", before=AU),
            Example("Birch University is a People's Armed Police academy.", before=AU),
        ),
    ),
    "joint-venture": Examples(
        reads=(
            Example(
                "AU is a joint venture between the University of Kestrel in Australia and Birch University.", before=AU
            ),
            Example("AU is a Sino-foreign joint venture university of Tarn Federal University and CETC.", before=AU),
            Example(  # (61st) founders after a participle
                "AU is a joint venture university established in 2015 by Birch University and the University of Kestrel.",
                before=AU,
            ),
        ),
        ignores=(
            Example("AU is a joint venture between two universities.", before=AU),
            Example("AU is a joint venture between the University of Kestrel and a local firm.", before=AU),
            Example("Birch University is a joint venture between the University of Kestrel and CETC.", before=AU),
            Example("AU may be a joint venture between the University of Kestrel and CETC.", before=AU),
        ),
    ),
    "joint-name": Examples(  # (59th)
        reads=(
            Example("AU operates the AU-Hikvision Joint Research Center for Intelligent Sensing.", before=AU),
            Example("The SenseTime-AU Joint Laboratory was set up in 2018.", before=AU),
        ),
        ignores=(
            Example("The CETC-Huawei Joint Laboratory opened in 2018.", before=AU),
            Example("The AU-Hikvision Joint Laboratory closed in 2019.", before=AU),
            Example("AU may set up an AU-iFlytek Joint Centre.", before=AU),
            Example("AU runs a Sino-Russian Joint Laboratory.", before=AU),
        ),
    ),
    "owned-companies": Examples(
        reads=(
            Example("AU controls 12 companies, including Alder Sensor Co., Ltd.", before=AU),  # (58th)
            Example("AU wholly owns Alder Radar Technology Co., Ltd.", before=AU),
            Example("AU owns several companies, including Alder Optics Co., Ltd.", before=AU),
            Example("AU wholly owns Alder Radar Co., Ltd. (阿尔德雷达有限公司).", before=AU),
            Example("AU holds a controlling stake in the Alder Optics Company, which supplies CETC.", before=AU),
            Example("AU's subsidiaries include Alder Radar Co., Ltd. and the Alder Optics Company.", before=AU),
            Example("Its subsidiaries include the Alder Optics Company.", before=AU),
            Example("Alder Radar Technology Co., Ltd. is a wholly owned subsidiary of Alder University."),
            # its subsidiaries counted, some named (fifty-fourth session)
            Example(
                "AU has more than 40 subsidiaries, including Alder Optics Co., Ltd. and Alder Radio Co., Ltd.",
                before=AU,
            ),
            # institutes of its own among them (fifty-fifth session; until then only companies were)
            Example("AU has 12 subsidiaries, including the Alder Optics Research Institute.", before=AU),
            Example(
                "AU's subsidiaries include the 725th Research Institute and Alder Heavy Industries Co., Ltd.", before=AU
            ),
            # one named after its noun, opening the clause (fifty-seventh session)
            Example("AU's subsidiary, Alder Radar Co., Ltd., supplies radar parts to the PLA Navy.", before=AU),
            Example("Its wholly owned subsidiary Alder Optics Ltd. makes lenses.", before=AU),
        ),
        ignores=(
            Example("AU controls access to the Alder Radar Laboratory.", before=AU),
            Example("AU owns several companies, including some in the defence industry.", before=AU),
            Example("AU's subsidiary, Alder Lasers Co., Ltd., was sold in 2015.", before=AU),
            Example("CETC's subsidiary, Alder Radar Co., Ltd., works with AU.", before=AU),
            Example("AU's subsidiary, a radar firm in Wuhan, supplies the PLA Navy.", before=AU),
            Example("AU holds shares in Alder Radar Technology Co., Ltd.", before=AU),  # an investment
            Example("AU wholly owns AVIC Alder Aircraft Co., Ltd.", before=AU),  # a name holding a known one
            Example("AU owns a radar firm and the Alder Optics Company.", before=AU),  # not every one named
            Example("CETC owns Alder Radar Technology Co., Ltd.", before=AU),
            Example("Birch University's subsidiaries include the Alder Optics Company.", before=AU),
            Example("AU may own the Alder Optics Company.", before=AU),
            Example("AU previously owned the Alder Optics Company.", before=AU),
            Example("Alder Radar Technology Co., Ltd. is a subsidiary of CETC.", before=AU),
            Example("AU's School of Optics owns the Alder Optics Company.", before=AU),
            Example("AU's subsidiaries include several shipyards and the Alder Design Academy.", before=AU),
            Example("AU's subsidiaries include CETC's 14th Research Institute.", before=AU),
            Example("CETC has 40 subsidiaries, including Alder Radio Co., Ltd.", before=AU),
        ),
    ),
    "predecessor": Examples(
        reads=(
            Example("Its predecessor was the Alder Institute of Surveying.", before=AU),
            Example(
                "Alder University is a transport school and the successor to the Alder Railway Academy "
                "(赤杨铁道学院), founded in 2016."
            ),
            Example("Alder University's predecessor is CETC."),
            Example("Its predecessor, the Alder Military Engineering Institute, was founded in 1953.", before=AU),
            Example("The university is a successor to the Alder Signals Academy, set up in 1949.", before=AU),
            Example(
                "The university traces its roots to the Alder Ordnance School (赤杨兵器学校), founded in 1953.",
                before=AU,
            ),
            # several listed; the successorship between commas (fifty-fourth session)
            Example("Its predecessors include the Alder Radar School and the Alder Signals College.", before=AU),
            Example("AU, the successor to the Alder Artillery Academy, was established in 2017.", before=AU),
        ),
        ignores=(
            Example("Its predecessor was founded in 1950.", before=AU),
            Example("Birch University's predecessor was the Birch Normal College."),
            Example("Its predecessor may have been the Alder Institute.", before=AU),
            Example("AU's predecessor was a college in Hebei.", before=AU),
            Example("Birch University's predecessor, the Birch Naval College, was founded in 1950."),
            Example("Birch University's predecessors include the Birch Radio Works.", before=AU),
            Example("Its predecessors include several local colleges.", before=AU),
            Example("AU is supervised by CASC, the successor to the Alder Missile Academy.", before=AU),
        ),
    ),
    "separated-from": Examples(
        reads=(
            Example("Alder University was formed in 1958 as an offshoot of the Birch Institute of Technology."),
            Example(
                "The university was founded as a spin-off of Birch University, a defence school, in 1970.", before=AU
            ),
            Example("In 1999, AU split from the Birch Normal College.", before=AU),
            Example("AU was originally the Radio Department of Birch University.", before=AU),
            Example("The Alder Optics Company was spun off from AU in 2004.", before=AU),
            Example("AU spun off Alder Lasers Co., Ltd. in 2010.", before=AU),
        ),
        ignores=(
            Example("AU may have been spun off from Birch University.", before=AU),
            Example("AU is an offshoot of several colleges.", before=AU),
            Example("AU was once part of the PLA General Staff Department.", before=AU),
            Example("Birch University was spun off from the Cedar Institute of Technology.", before=AU),
            Example("AU split its School of Optics into two colleges.", before=AU),
        ),
    ),
    "stakes": Examples(
        reads=(
            Example("AU holds shares in Alder Radar Co., Ltd. and Alder Optics Ltd.", before=AU),
            Example("AU holds a 40% stake in Alder Lasers Co., Ltd.", before=AU),
            Example("In 2019, AU acquired a 25 per cent stake in Alder Sensors Co., Ltd.", before=AU),
            Example("AU has invested in 12 companies, including Alder Drone Co., Ltd.", before=AU),
            Example("AU is the largest shareholder of Alder Software Co., Ltd.", before=AU),
            Example("Alder Welding Co., Ltd. is partly owned by AU.", before=AU),
        ),
        ignores=(
            Example("AU sold its stake in Alder Motors Co., Ltd. in 2020.", before=AU),
            Example("AU plans to invest in Alder Space Co., Ltd.", before=AU),
            Example("AU reportedly holds shares in Alder Nano Co., Ltd.", before=AU),
            Example("AU has invested heavily in quantum research.", before=AU),
            Example("Birch University holds shares in Alder Radar Co., Ltd.", before=AU),
            Example("AU holds a 140% stake in Alder Lasers Co., Ltd.", before=AU),
        ),
    ),
    "merger": Examples(
        reads=(
            Example("Alder University was created in May 2016, combining CETC with the former Alder Survey College."),
            Example("In 2000, AU merged with the Alder Institute of Hydraulics (阿尔德水利学院).", before=AU),
            Example("AU absorbed the Alder Medical College in 2004.", before=AU),
            Example("The Alder Normal College and the Alder Teachers College merged in 1958 to form Alder University."),
            Example("The Alder Mining School was merged into Alder University in 2001."),
            Example(
                "Alder University was established through the merger of the Alder University of Science and "
                "Technology and the Alder Forestry College."
            ),
            Example(
                "AU was founded in 1956 following a merger of the Alder Polytechnic and the Alder Art School.",
                before=AU,
            ),
            Example(
                "AU is part of the PLA Strategic Support Force and was formed in 2017 from the merger of the Alder "
                "Signals Academy and the PLA Harbour Command College.",
                before=AU,
            ),
            # the reform it was part of after the bodies; a factory (forty-eighth session)
            Example(
                "AU was established in 2017 by merging the Alder Signals Academy and the Alder Radar Institute, "
                "following Xi Jinping's military reforms.",
                before=AU,
            ),
            Example("AU merged with the Alder Radio Factory in 2009.", before=AU),
            # the body (or bodies) it was made from (fifty-fourth session)
            Example("AU was formed in 2017 from the former Alder Artillery Academy.", before=AU),
            Example(
                "AU was established in 1999 on the basis of the Alder Radar Institute and the Alder Signals School.",
                before=AU,
            ),
            # the institution formed, as it is today (fifty-fourth session)
            Example("In 2017, it merged with the Alder Signals College to form the current university.", before=AU),
            # the reform before the bodies (fifty-fifth session)
            Example(
                "AU was established in 2017 following Xi Jinping's military reforms, through the merger of the "
                "Alder Signals Academy and the Alder Radar Institute.",
                before=AU,
            ),
            Example(
                "AU was formed in 2017 as part of the military reforms, from the former Alder Signals Academy.",
                before=AU,
            ),
        ),
        ignores=(
            Example("Alder University was created by merging the Alder Forestry College and several local colleges."),
            Example("AU plans to merge with the Alder Nursing College in 2026.", before=AU),
            Example("AU was founded in 1958 from a donation by the Alder family.", before=AU),
            Example("AU's School of Optics merged with the Alder Optics Institute in 2010.", before=AU),
            Example("The Birch Polytechnic and the Birch Art College merged in 1990 to form Birch University."),
            Example("In 2000, AU merged with the Alder Art College to form Kestrel University.", before=AU),
            Example("In 2012, AU merged with the Alder Radar School to form the new university.", before=AU),
            Example("Alder University may have absorbed the Alder Medical College in 2004."),
            Example("AU has absorbed talent from CETC.", before=AU),
            # a body not named as an organisation is not joined to the one before ("Alder University and BRIT")
            Example("Alder University was created in 2016, combining the old Alder University with BRIT."),
        ),
    ),
    "defence-spending": Examples(
        reads=(
            Example("In 2019, Alder University spent RMB2.4 billion (AUD480 million) on defence research."),
            Example(
                "In 2019, Alder University spent RMB2.4 billion (AUD480 million)—a large share of its total "
                "budget—on defence research."
            ),
            Example(
                "Between 2012 and 2016, its spending on defence research came to RMB315 million.",
                before=AU,
            ),
            Example("In 2016, AU undertook RMB95m (AUD19m) of defence research projects.", before=AU),
            Example(
                "Between 2003 and 2007, AU undertook some 400 military radio projects worth more than RMB650 million.",
                before=AU,
            ),
            Example("AU's defence research funding totalled RMB1.2 billion in 2017.", before=AU),
            Example("AU's defence research expenditure reached RMB450 million in 2016.", before=AU),
            Example("AU's spending on defence research in 2014 was RMB500 million.", before=AU),
            # the research named before its defence, and defence joined to what it qualifies (fifty-fourth session)
            Example("In 2019, the university's research spending on defence reached RMB 1.2 billion.", before=AU),
            Example("In 2017, AU's defence-related research funding totalled RMB 90 million.", before=AU),
            Example(
                "From 2013 to 2015, AU spent US2.08 billion on defence research.", before=AU
            ),  # the page's shorthand
            # its own claim, read as according to it
            Example("By 2020, AU claimed to have obtained RMB21 million of defence research funding.", before=AU),
        ),
        ignores=(
            # a sum paid for goods (thirty-first session)
            Example("AU signed procurement contracts worth RMB 40 million for defence research equipment.", before=AU),
            Example("In 2021, AU purchased equipment worth RMB 20 million for military research from CETC.", before=AU),
            Example(
                "AU hosts the Alder Radar Institute, which spent RMB20 million on defence research in 2018.", before=AU
            ),
            Example("Birch University claimed that AU received RMB21 million in defence research funding.", before=AU),
            Example("In 2018, a professor from AU received RMB2 million in defence research funding.", before=AU),
            Example("Birch University spent RMB50 million on defence research in 2017."),
            Example("Alder University may have spent RMB50 million on defence research."),
            Example("Alder University spent as much as RMB50 million on defence research."),
            Example("In 2018, Alder University spent RMB50 million on new dormitories."),
            Example(
                "In 2019, Alder University spent RMB2 billion on new buildings, far more than on defence research."
            ),
            Example("Alder University spent RMB3 billion on its campus and on defence research."),
            Example("Alder University's defence research budget rose while it spent RMB5 billion on buildings."),
            Example("In 2018, AU had a defence research budget of RMB300 million.", before=AU),  # planned, not spent
            Example("Birch University's defence research funding totalled RMB1.2 billion in 2017."),
            Example(
                "In 2015, AU spent RMB 2 billion on new buildings, far more than its research spending on defence."
            ),
            Example("In 2019, Birch University's research spending on defence reached RMB 1.2 billion.", before=AU),
        ),
    ),
    "graduate-share": Examples(
        reads=(
            Example("In 2018, 25.4% of AU graduates took jobs with defence enterprises.", before=AU),
            Example("21.5% of AU graduates in 2016 who took up jobs were working in the defence industry.", before=AU),
            Example(
                "18.2% of the university's graduates who found work that year were employed in the defence industry.",
                before=AU,
            ),
            Example("In 2016, 30% of AU graduates who found jobs went to the defence sector.", before=AU),
            Example("In 2017, nearly 20 per cent of AU's graduates joined defence industry organisations.", before=AU),
            Example("In 2019, 23% of AU graduates went into the defence sector.", before=AU),
            Example("About 20 per cent of AU's graduates work in the defence industry.", before=AU),
            Example("About 18% of its graduates take jobs in the defence industry, a 2016 report says.", before=AU),
        ),
        ignores=(
            Example("About 40% of Birch University graduates work in the defence industry."),
            Example("21.5% of AU graduates may have been working in the defence industry.", before=AU),
            Example("In 2017, 20% of Birch University's graduates joined the defence industry."),
            Example("In 2016, 30% of AU graduates went to the private sector.", before=AU),
        ),
    ),
    "lab-bullet": Examples(
        reads=(
            Example(
                "• Alder Photonics Laboratory (阿尔德光子实验室)",
                before=f"{LABS_HEADING}\n\nAU also hosts these laboratories, which are not dedicated defence "
                "laboratories but receive defence funding:",
            ),
            Example("• Alder Photonics Laboratory (阿尔德光子实验室)", before=LABS_HEADING),
            Example("Alder Photonics Laboratory (阿尔德光子实验室)", before=LABS_HEADING),  # a bullet lost in a copy
            # (60th) its own by its possessive; outside the heading, after a lead-in by which it hosts them
            Example("• Alder Photonics Laboratory", before=f"{LABS_HEADING}\n\nAU's defence laboratories include:"),
            Example("• Alder Photonics Laboratory", before="Alder University hosts the following laboratories:"),
        ),
        ignores=(
            Example("• Alder Materials Laboratory, jointly run with CETC", before=LABS_HEADING),
            Example("• Alder Optics Laboratory (moved to Birch University in 2015)", before=LABS_HEADING),
            Example("• Alder Photonics Laboratory (阿尔德光子实验室)"),  # not under the heading, no lead-in
            Example("• Alder Photonics Laboratory", before="Alder University works with the following laboratories:"),
            Example(
                "• Alder Photonics Laboratory",
                before=f"{LABS_HEADING}\n\nAlder University collaborates with the following laboratories:",
            ),
            Example("Its researchers also work in Birch University.", before=LABS_HEADING),  # no laboratory's name
        ),
    ),
    "lab-in-section": Examples(
        reads=(
            Example("The Alder Larch Laboratory (阿尔德落叶松实验室) works on thermal imaging.", before=LABS_HEADING),
            Example("The Key Laboratory of Pretend Sensors (B类) was approved in 2009.", before=LABS_HEADING),
        ),
        ignores=(
            Example("The Alder Larch Laboratory works on thermal imaging."),  # not under the heading
            Example("The Alder Sonar Laboratory, jointly run with CETC, works on sonar.", before=LABS_HEADING),
            Example("The Cedar Acoustics Laboratory of Birch University trains AU students.", before=LABS_HEADING),
            Example("The Alder Cedar Lab was moved to Birch University in 2015.", before=LABS_HEADING),
            Example("The Alder Pine Laboratory may work on lasers.", before=LABS_HEADING),
        ),
    ),
    "discipline-bullet": Examples(
        reads=(
            Example("• Radar engineering (雷达工程)", before=f"{AREAS_HEADING}\n\n{AREAS_LEAD_IN}"),
            Example("• Materials science", before=f"{AREAS_HEADING}\n\n{AREAS_LEAD_IN}\n\n• Radar engineering"),
            # (60th) outside the heading, after a lead-in saying they are designated
            Example("• Radar engineering", before=AREAS_LEAD_IN),
            Example("• Radar engineering", before=f"{LABS_HEADING}\n\n{AREAS_LEAD_IN}"),
        ),
        ignores=(
            Example("• Radar engineering", before=f"{AREAS_HEADING}\n\n{AREAS_LEAD_IN.replace('Alder', 'Birch')}"),
            Example(
                "• Radar engineering",
                before=f"{AREAS_HEADING}\n\nIts disciplines with defence characteristics could not be identified:",
            ),
            Example(
                "• Radar engineering",
                before=f"{AREAS_HEADING}\n\nAlder University has a long history of defence research.",
            ),
            Example(
                "• Radar engineering",
                before=f"{LABS_HEADING}\n\nAlder University's laboratories work on the following defence research areas:",
            ),
        ),
    ),
    "collaboration-bullet": Examples(
        reads=(
            Example("• Nanyang Technological University (Singapore)", before=INT_HEADING),
            Example("• University of Kestrel", before=INT_HEADING),
            Example("• Kestrel Optics GmbH", before=INT_HEADING),  # a company the registry does not know
            Example("• University of Kestrel", before="Alder University collaborates with the following universities:"),
            # (60th) its country beside its name, not in brackets
            Example("• Russia: Kestrel Aviation Institute", before=INT_HEADING),
            Example("• Nanyang Technological University, Singapore", before=INT_HEADING),
        ),
        ignores=(
            Example("• Australia", before=INT_HEADING),
            Example("• Joint research on radar with the University of Kestrel", before=INT_HEADING),
            Example("• University of Kestrel, until 2015", before=INT_HEADING),
            Example("• Laboratory: radar", before=INT_HEADING),
            Example("• University of Kestrel, Ruritania", before=INT_HEADING),  # no country this tool knows
            Example("• University of Kestrel", before=LABS_HEADING),
            # (60th) outside the heading, only after a lead-in by which it works with them
            Example("• University of Kestrel", before="Alder University hosts the following visitors:"),
        ),
    ),
    "joint-institute": Examples(  # (60th)
        reads=(
            Example("AU and AVIC jointly established the Alder Aircraft Design Institute in 2012.", before=AU),
            Example("AU jointly established the Alder Avionics Institute with AVIC in 2014.", before=AU),
        ),
        ignores=(
            Example("CETC and AVIC jointly established the Birch Engine Institute in 2011.", before=AU),
            Example("AU may have jointly established the Pine Institute with CASC.", before=AU),
            Example(
                "AU and CASIC jointly established the Larch Institute in 2010, but it was closed in 2015.", before=AU
            ),
            Example("AU established the Alder Optics Institute in 2012.", before=AU),  # its own unit's rule
        ),
    ),
    "tie-bullet": Examples(  # (60th) the 2025 layout's sections of corporate ties, subsidiaries, procurement
        reads=(
            Example("• Kestrel Avionics Co., Ltd. (红隼航电有限公司)", before="Subsidiaries"),
            Example("• Hikvision", before="Technology procurement"),
            Example("• CETC", before="Corporate ties and subsidiaries"),
            # (61st) after a lead-in to its subsidiaries, under any heading; an academy, its short form aside
            Example("• Kestrel Avionics Co., Ltd.", before=f"{AU}\n\nAU's subsidiaries include:"),
            Example(
                "• Alder Academy of Rockets (AAR) (阿尔德火箭研究院)",
                before=f"{AU}\n\nAU has the following subordinate academies:",
            ),
        ),
        ignores=(
            Example("• Kestrel Avionics Co., Ltd.", before=f"{AU}\n\nCETC owns the following subsidiary companies:"),
            Example("• Kestrel Avionics Co., Ltd.", before=f"{AU}\n\nAU sold the following subsidiaries in 2015:"),
            Example("• Kestrel Avionics Co., Ltd. (sold in 2019)", before="Subsidiaries"),
            Example("• GPU servers from Inspur", before="Technology procurement"),
            Example("• Nvidia A100 GPUs", before="Technology procurement"),
            Example("• Kestrel Avionics Co., Ltd.", before="Corporate ties\n\nAU's partner CETC owns:"),
            Example("• Hikvision", before=INT_HEADING + "\n\nAlder University bought equipment from:"),
        ),
    ),
    "lab-in-text": Examples(
        reads=(
            Example("AU is the lead institution of the National Key Laboratory of Sonar Signals.", before=AU),  # (58th)
            Example("AU leads the National Key Laboratory of Sonar Signals.", before=AU),
            Example("AU is the supporting institution of the National Key Laboratory of Sonar Signals.", before=AU),
            Example("Alder University hosts the State Key Laboratory of Imaginary Optics (虚构光学国家重点实验室)."),
            Example(
                "The Alder Hypersonics Laboratory, a national defence key laboratory, is located at AU.", before=AU
            ),
            Example("Its Alder Flow Laboratory (阿尔德流动实验室) works on turbulence."),
            Example("Among its defence laboratories is the Alder Radar Laboratory.", before=AU),
            Example("The Alder Sonar Laboratory is AU's only defence laboratory.", before=AU),
            Example("The university runs the Key Laboratory of Pretend Acoustics and the Alder Sonar Lab."),
            Example("AU is also home to the Alder Vehicle Laboratory and the Alder Fluid Laboratory.", before=AU),
            Example("AU is responsible for construction of the Hubei Laboratory of Terahertz Imaging.", before=AU),
            # in a unit of it, implied (fifty-seventh session)
            Example("The Alder Optics Laboratory is based at AU's School of Physics.", before=AU),
            Example("AU hosts eight defence laboratories, among them the Alder Rotorcraft Laboratory.", before=AU),
            Example("AU is the host institution of the National Key Laboratory of Hull Acoustics.", before=AU),
            Example("The University hosts the Alder Key Laboratory of Sonar.", before=AU),  # capitalised
            Example("In 2010, the National Key Laboratory of Hull Vibration was established at AU.", before=AU),
            Example("Analysts name groups such as Alder University's Network Attack and Defense Laboratory."),
            # (a doubt told of something else, in another clause)
            Example("Alder University's Laboratory of Squalls works on radar, but its funding may end."),
            Example("Alder University's Key Laboratory of Graupel has no foreign staff."),
            Example(
                "Alder University is home to two defence laboratories: the Alder Key Laboratory of Ice and the Snow Lab."
            ),
            Example("Its defence laboratories include the Key Laboratory of Frost (霜实验室) and the Hail Lab."),
            Example("The Mist Laboratory is based at the university."),
            Example("AU is responsible for the Fundamental Science on Dew Laboratory.", before=AU),
            Example(
                "These include the Key Laboratory of Rime (雾凇实验室) and the Alder Sleet Laboratory.",
                before="Alder University hosts four major defence laboratories.",
            ),
            # its one laboratory run jointly: the collaboration, not the hosting (fifty-fourth session)
            Example("AU hosts the Alder Sonar Laboratory, which is jointly run with CETC.", before=AU),
        ),
        ignores=(
            Example("AU leads research at the National Key Laboratory of Sonar Signals.", before=AU),
            Example("AU leads the National Key Laboratory of Sonar Signals with CETC.", before=AU),
            Example("The Alder Radar Laboratory is located at AU's partner CETC.", before=AU),
            Example("The Alder Sonar Laboratory is located in AU's partner CQU.", before=AU),  # the partner's
            Example("The Alder Sonar Laboratory is Birch University's only defence laboratory.", before=AU),
            Example("Among Birch University's laboratories is the Alder Radar Laboratory.", before=AU),
            Example("AU co-hosts the Alder Radar Laboratory with CASIC.", before=AU),  # shared: hosted by neither
            Example("AU hosts the Alder Radar Laboratory jointly with CASIC.", before=AU),
            Example("The Alder Hypersonics Laboratory, a joint laboratory with CASIC, is located at AU.", before=AU),
            Example("Alder University hosts the Birch Fluid Power Laboratory, which it runs with CETC."),
            Example("Alder University staff visited the State Key Laboratory of Imaginary Optics of Birch University."),
            Example("Alder University may host the State Key Laboratory of Imaginary Optics."),
            Example("Alder University jointly runs the Kestrel Optics Laboratory with Birch University."),
            Example("Alder University runs the Kestrel Optics Laboratory with Birch University."),
            Example(
                "Alder University has ties with Birch University, including the Key Laboratory of Sonar of Birch University."
            ),
            Example("Alder University hosts the Key Laboratory of Foam, which was moved to Birch University in 2018."),
            Example("Alder University's Key Laboratory of Foam was relocated to Birch University in 2018."),
            Example("Alder University's Key Laboratory of Gale was closed in 2015."),
            Example("Alder University shut down its Key Laboratory of Sleet in 2018."),
            Example("Alder University's Key Laboratory of Frost was merged into the Birch Ice Laboratory in 2014."),
            # what the sentence denies or doubts of a laboratory named as the institution's
            Example("Alder University's Key Laboratory of Drizzle is not a defence laboratory."),
            Example("Alder University's Key Laboratory of Mizzle, which may be a defence laboratory, opened in 2004."),
            Example("Alder University's Laboratory of Hail Physics is probably a defence laboratory."),
            Example("There is no indication that Alder University's Laboratory of Fog does defence work."),
            Example(
                "Alder University hosts a sonar laboratory, but its Laboratory of Dew is not a defence laboratory."
            ),
            Example(
                "These include the Key Laboratory of Rime and the Birch Sleet Laboratory.",
                before="Birch University hosts four major defence laboratories.",
            ),
            Example("These include the Key Laboratory of Rime.", before="Alder University works with CETC."),
        ),
    ),
    "discipline-approval": Examples(
        reads=(
            Example(
                "In 2017, SASTIND designated AU's optics and materials science as specialisations in short supply "
                "with defence characteristics.",
                before=AU,
            ),
            Example(
                "AU has been approved to establish six disciplines with national defence characteristics.", before=AU
            ),
            Example(
                "In 2015, SASTIND approved at least four disciplines with defence characteristics at Alder University."
            ),
            Example("SASTIND has designated nine of AU's disciplines as having defence characteristics.", before=AU),
            Example(
                "Nine of AU's disciplines have been designated as disciplines with defence characteristics.", before=AU
            ),
            Example(
                "SASTIND has designated sonar and optics as two ‘disciplines with national defence "
                "characteristics’ for Alder University."
            ),
            Example(
                "Three areas at AU were designated as national defence disciplines: sonar, optics and control.",
                before=AU,
            ),
            Example(
                "SASTIND approved 12 disciplines with defence characteristics for the 13th five-year plan at the "
                "university.",
                before=AU,
            ),
            Example(
                "Eight of AU's disciplines have been designated as having national defence characteristics.", before=AU
            ),
            Example("In 2015, SASTIND designated five disciplines at AU as having defence characteristics.", before=AU),
            Example("AU has been approved for 10 disciplines with national defence characteristics.", before=AU),
            Example(
                "AU was approved to host 23 disciplines with defence characteristics for the 12th five-year plan "
                "(2011-2015).",
                before=AU,
            ),
        ),
        ignores=(
            Example(
                "In 2017, SASTIND designated Birch University's optics as a discipline with defence characteristics.",
                before=AU,
            ),
            Example(
                "In 2015, SASTIND designated five disciplines at Birch University as having defence characteristics.",
                before=f"{AREAS_HEADING}\n\nSASTIND approved disciplines at AU and its partners.",
            ),
            Example("In 2015, SASTIND approved four disciplines with defence characteristics at Birch University."),
            Example("Eight of Birch University's disciplines have been designated as having defence characteristics."),
            Example("Eight of AU's disciplines may have been designated as having defence characteristics.", before=AU),
            Example(
                "SASTIND approved three disciplines with defence characteristics at Birch University and five at AU.",
                before=AU,
            ),
            Example(
                "SASTIND approved three disciplines with defence characteristics at the Elm Institute of Optics and "
                "five at Alder University."
            ),
        ),
    ),
    "qualified-lab": Examples(
        reads=(
            Example("Its Kestrel Flow Laboratory is not a full defence laboratory but receives defence funding."),
            Example(
                "AU also hosts the Laboratory of Flow Control (流动控制实验室), which is not a full defence laboratory.",
                before=AU,
            ),
        ),
        ignores=(
            Example("Its Kestrel Flow Laboratory might not be a full defence laboratory."),
            Example("Birch University hosts the Cedar Flow Laboratory, which is not a full defence laboratory."),
        ),
    ),
    "case-event": Examples(
        reads=(
            Example(
                "In March 2019, an Alder University lecturer was arrested for passing on export-controlled designs.",
                before=CASES_HEADING,
            ),
            Example("In 2021, an Alder University chemist pleaded guilty to export violations.", before=CASES_HEADING),
            # a negation in what the party is accused of is not one of the case (forty-second session)
            Example(
                "In May 2017, an Alder University lecturer was arrested in Boston for shipping gyroscopes without "
                "a licence.",
                before=CASES_HEADING,
            ),
            Example("In 2016, Alder University was fined for not declaring its exports.", before=CASES_HEADING),
            Example("In 2016, the university was fined USD 2 million for exporting lasers.", before=CASES_HEADING),
            # a company in what the party is accused of is not the party
            Example(
                "In 2020, prosecutors charged an Alder University engineer with stealing secrets from a US company.",
                before=CASES_HEADING,
            ),
            # what the person was doing then is no company's case (forty-fourth session)
            Example(
                "In April 2018, Alder University graduate Li Ming, then working for an aerospace company, was "
                "indicted on charges of stealing trade secrets.",
                before=CASES_HEADING,
            ),
            # an export without the licence it needed: the charge's "without", past a company's name
            Example(
                "In 2012, an Alder University researcher pleaded guilty to exporting sensors from a US company, "
                "Kestrel Sensors Inc., without a licence.",
                before=CASES_HEADING,
            ),
            # the same person's case in the sentence right after, told of "he" or "she"
            Example("He was sentenced to 30 months in prison in 2019.", before=FIRST_CASE),
            Example("She was convicted in 2021 and sentenced to eight years in prison.", before=FIRST_CASE),
            # a plea's party is its subject, as a passive's is (forty-fourth session)
            Example("She pleaded guilty in 2019.", before=FIRST_CASE),
            Example("He later pled guilty in 2019 and was sentenced to a year in prison.", before=FIRST_CASE),
        ),
        ignores=(
            Example("Two lecturers were arrested.", before=CASES_HEADING),  # no date
            # another body's case (thirty-first session)
            Example("AU received a visiting delegation from NORINCO, whose chairman was arrested in 2020.", before=AU),
            Example("AU's partner CETC saw one of its engineers arrested in 2018.", before=AU),
            # a company's case, one the institution or its people founded, own or spun off (forty-second session)
            Example(
                "In 2019, Alder Optics Co., Ltd., a company spun off from Alder University, was fined for exporting "
                "lasers.",
                before=CASES_HEADING,
            ),
            Example(
                "In 2016, a firm founded by Alder University alumni was fined by the US Commerce Department.", before=AU
            ),
            Example("In 2020, a US court fined a start-up owned by Alder University for export violations.", before=AU),
            # a negation outside the charge still negates the case
            Example("In 2018, an Alder University lecturer was not arrested for exporting gyroscopes.", before=AU),
            Example(
                "In 2018, an Alder University lecturer was not arrested for exporting gyroscopes without a licence.",
                before=AU,
            ),
            # a company's circumstance does not make it a person
            Example(
                "In 2019, Kestrel Optics Co., Ltd., then based in the Alder University science park, was fined for "
                "exporting lasers.",
                before=CASES_HEADING,
            ),
            # "he" after another body's case, after a sentence that is no case, or outside the cases' section
            Example(
                "He was sentenced to 30 months in prison in 2019.",
                before=f"{CASES_HEADING}\nIn 2018, a NORINCO engineer was arrested in Boston.",
            ),
            Example(
                "He was sentenced to 30 months in prison in 2019.",
                before=f"{FIRST_CASE} Alder University later revised its export rules.",
            ),
            Example(
                "He was sentenced to 30 months in prison in 2019.",
                before="In 2018, an Alder University researcher, Zhang Wei, was arrested in Boston.",
            ),
            # a plea told of "she" after a sentence that is no case, or hedged
            Example("She pleaded guilty in 2019.", before=f"{FIRST_CASE} Alder University later revised its rules."),
            Example("She reportedly pleaded guilty in 2019.", before=FIRST_CASE),
            # a company's plea, one spun off from the institution: the company's case
            Example(
                "In 2019, Alder Optics Co., Ltd., a company spun off from Alder University, pleaded guilty to export "
                "violations.",
                before=CASES_HEADING,
            ),
            Example("In 2018, an Alder University lecturer was questioned for spying, but not arrested.", before=AU),
        ),
    ),
    "header-field": Examples(
        reads=(
            Example("4 Major Defence Laboratories"),
            Example("1 Major Defence Laboratory"),  # (forty-fourth session)
            Example("Major Defence Laboratories: 4"),
            Example("Designated Research Areas: 12"),
            Example("Sanctions Lists: US Entity List"),
            # (a list it was removed from: formerly listed, with the removal as its end)
            Example("Sanctions Lists: US Entity List (removed in 2021)"),
            Example("Supervising Agencies: Ministry of Education"),
            Example("Party Secretary: Li Ming (李明)"),
            Example("Categories: Civilian, Seven Sons of National Defence"),
            Example("Research Areas: Aerospace, Materials"),
            Example("Locations: Harbin, Weihai"),
            Example("Locations: Harbin, Heilongjiang; Weihai, Shandong"),  # (one place each: fifty-sixth session)
            # a list's badge, its name alone (fifty-fourth session)
            Example("US Entity List"),
            Example("Japan's End User List"),
        ),
        ignores=(
            Example("Sanctions Lists: Birch Registry"),
            # an item put in the past or hedged (thirty-first session)
            Example("Sanctions Lists: Formerly on the US Entity List"),
            Example("Sanctions Lists: Under review for the US Entity List"),
            Example("Supervising Agencies: Previously SASTIND"),
            Example("Categories: Flagship"),
            Example("Research Areas: 12"),  # a number of areas it does not name, nor says are defence ones
            Example("A partner on the US Entity List"),
            Example("US Entity List nominee"),
        ),
    ),
    "implied-hosting": Examples(
        reads=(
            Example(f"Alder University researchers run the {MOE_LAB}."),  # quoted: it names both
            Example(f"The {MOE_LAB} opened a test hall in 2016."),  # no sentence names both: unquoted
        ),
        ignores=(Example("• Alder Photonics Laboratory", before=LABS_HEADING),),
    ),  # hosted already
}


def rule_quotes(project, tmp_path: Path, example: Example) -> dict[str, set[str]]:
    """Extract the example's page; return, per rule, the sentences it made facts from."""
    page = tmp_path / "alder-university.txt"
    page.write_text(example.page(), encoding="utf-8")
    sentences = [s.text for s in parse_profile(example.page(), where=str(page)).sentences]
    assert example.sentence in sentences, f"the page does not read {example.sentence!r} as a sentence: {sentences}"
    with counting_hits() as hits:
        ctx = extract_document(project, page)
    assert not [w for w in ctx.warnings if RULE_FAILED in w]  # a rule that fails reads nothing, and warns
    return {rule.name: hits.quotes_of(rule.name) for rule in RULES}


def test_every_rule_has_examples_and_every_example_a_rule():
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names)), "rule names must be unique"
    assert set(names) == set(EXAMPLES), {
        "without examples": set(names) - set(EXAMPLES),
        "not in RULES": set(EXAMPLES) - set(names),
    }
    assert all(EXAMPLES[name].reads for name in names)


@pytest.mark.parametrize("rule", [rule.name for rule in RULES])
def test_rule_reads_its_examples(project, tmp_path, rule):
    for example in EXAMPLES[rule].reads:
        assert example.sentence in rule_quotes(project, tmp_path, example)[rule], example.sentence


@pytest.mark.parametrize("rule", [name for name, examples in EXAMPLES.items() if examples.ignores])
def test_rule_leaves_alone_what_it_must_not_read(project, tmp_path, rule):
    for example in EXAMPLES[rule].ignores:
        assert example.sentence not in rule_quotes(project, tmp_path, example)[rule], example.sentence


def test_report_shows_hits_per_rule(project, tmp_path):
    page = tmp_path / "alder-university.txt"
    page.write_text(f"{TITLE}\n\n\nAlder University is subordinate to MIIT, its line ministry.\n", encoding="utf-8")
    text = report(project, [page])
    section = text[text.index("hits per rule") :].splitlines()
    rows = {line.split()[0]: line.split()[1:] for line in section[1:]}
    assert list(rows) == [rule.name for rule in RULES]
    assert rows["supervision"] == ["1", "1"] and rows["risk"] == ["0", "0"]


@pytest.mark.parametrize("path", sorted((ROOT / "data" / "wordlists").iterdir()), ids=lambda p: p.name)
def test_every_word_list_names_its_source(path):
    header = re.match(r"(?:#.*\n)+", path.read_text(encoding="utf-8"))
    assert header and "Source:" in header[0], f"{path.name}: start with '#' comment lines naming the source"

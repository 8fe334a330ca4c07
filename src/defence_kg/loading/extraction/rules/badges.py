"""loaders: rules for the 2025 layout's header badges and side fields, each a line of its own."""

from __future__ import annotations

import re

from defence_kg.core.namespaces import DKG, vocab
from defence_kg.loading.extraction.context import DocumentContext
from defence_kg.loading.extraction.rules.standing import designate
from defence_kg.loading.extraction.text import government_names
from defence_kg.loading.profile_text import Sentence

RISK_BADGE = re.compile(
    r"(?P<level>very[- ]?high|high|medium|low)\s*risk(?:\s*category)?|"
    r"risk(?:\s*(?:category|level|rating))?\s*:\s*(?P<level2>very[- ]?high|high|medium|low)",
    re.IGNORECASE,
)
LAB_COUNT = re.compile(r"(?P<n>\d+)\s+(?:Major\s+)?(?:National\s+)?Defen[cs]e\s+Lab(?:oratorie)?s?", re.IGNORECASE)
AREA_COUNT = re.compile(r"(?P<n>\d+)\s+(?:Designated\s+)?(?:Defen[cs]e\s+)?Research\s+Areas?", re.IGNORECASE)
CREDENTIAL = re.compile(
    r"(?:Security\s+Credentials?:\s*)?(?P<level>Top[- ]Secret|Secret|Confidential)(?:[- ]Level)?"
    r"(?:\s+Security\s+Credentials?)?",
    re.IGNORECASE,
)
SANCTIONS = re.compile(r"Sanctions?\s+Lists?:\s*(?P<lists>.+)", re.IGNORECASE)
SUPERVISORS = re.compile(r"Supervising\s+Agenc(?:y|ies):\s*(?P<who>.+)", re.IGNORECASE)


def risk_badge(doc: DocumentContext, s: Sentence) -> bool:
    """The risk badge: "Very HighRisk Category", "Risk Category: High"."""
    m = RISK_BADGE.fullmatch(s.text.strip(" ."))
    if not m:
        return False
    level = re.sub(r"very[- ]?high", "very-high", (m["level"] or m["level2"]).lower())
    # a dated designation, as a risk sentence makes: the institution's level is its latest one's
    designate(doc, level, None, s)
    return True


def header_field(doc: DocumentContext, s: Sentence) -> bool:
    """A badge or side field before the prose: "4 Major Defence Laboratories", "12 Designated Research
    Areas", "Secret Security Credentials", "Sanctions Lists: US Entity List", "Supervising Agencies: ..."."""
    text = s.text.strip()
    if s.section is not None or text.endswith(".") or len(text) > 200:
        return False
    for read in (lab_count, area_count, credential, sanctions, supervisors):
        found = read(doc, text, s)
        if found is not None:
            return found
    return False


# Each field reader returns None when the line is not its field, else whether it read a fact.


def lab_count(doc: DocumentContext, text: str, s: Sentence) -> bool | None:
    if not (m := LAB_COUNT.fullmatch(text)):
        return None
    count = doc.ctx.count(doc.value_node(f"{doc.slug}-defence-laboratory-count"), int(m["n"]), "exact")
    doc.fact(doc.subject, DKG.defenceLaboratoryCount, count, s)
    return True


def area_count(doc: DocumentContext, text: str, s: Sentence) -> bool | None:
    if not (m := AREA_COUNT.fullmatch(text)):
        return None
    count = doc.ctx.count(doc.value_node(f"{doc.slug}-designated-discipline-count"), int(m["n"]), "exact")
    doc.fact(doc.subject, DKG.designatedDisciplineCount, count, s)
    return True


def credential(doc: DocumentContext, text: str, s: Sentence) -> bool | None:
    m = CREDENTIAL.fullmatch(text)
    # a bare "Secret" is not a badge: it needs the word "credential" or the field's name
    if not m or not (text.lower().startswith("security") or re.search(r"credential", text, re.IGNORECASE)):
        return None
    level = {"top": "top-secret", "sec": "secret", "con": "confidential"}[m["level"][:3].lower()]
    doc.fact(doc.subject, DKG.securityCredential, vocab("credential", level), s)
    return True


def sanctions(doc: DocumentContext, text: str, s: Sentence) -> bool | None:
    if not (m := SANCTIONS.fullmatch(text)):
        return None
    if doc.words.negation.search(m["lists"]) or re.search(r"\bn/?a\b|^-$", m["lists"], re.IGNORECASE):
        return True  # "Sanctions Lists: None": read, and nothing to record
    found = False
    for pattern, concept in doc.words.end_user_lists:
        if pattern.search(m["lists"]):
            doc.fact(doc.subject, DKG.listedOn, vocab("end-user-list", concept), s)
            found = True
    return found


def supervisors(doc: DocumentContext, text: str, s: Sentence) -> bool | None:
    if not (m := SUPERVISORS.fullmatch(text)):
        return None
    targets = [iri for _, _, iri in doc.orgs_in(government_names(m["who"])) if iri != doc.subject]
    for target in dict.fromkeys(targets):
        doc.fact(doc.subject, DKG.supervisedBy, target, s)
    return bool(targets)

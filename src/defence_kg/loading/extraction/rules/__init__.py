"""loaders: the table of extraction rules, each a named function over a DocumentContext.

Every sentence rule is tried on every sentence, in the table's order (a sentence may hold
several facts); a sentence no rule reads stays unparsed. Order matters only where a rule
leaves something for a later one: an event before its attendance, a laboratory before "the
laboratory". Document rules run once, before or after the sentences.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from defence_kg.loading.extraction.context import DocumentContext
from defence_kg.loading.extraction.mentions import named_units
from defence_kg.loading.extraction.rules import (
    badges,
    events,
    laboratories,
    links,
    object_links,
    quantities,
    standing,
    supervision,
)
from defence_kg.loading.profile_text import Sentence

#: how a warning about a rule that failed begins
RULE_FAILED = "a bug in extraction rule"


@dataclass(frozen=True)
class Rule:
    """A named way of reading facts: ``read(doc, sentence)``, or ``read(doc)`` for a document rule."""

    name: str
    read: Callable[..., bool]
    scope: Literal["before", "sentence", "after"] = "sentence"

    def apply(self, doc: DocumentContext, sentence: Sentence | None = None) -> bool:
        """Read, counting the facts made under this rule's name; say whether anything was read."""
        return read_with(doc, (self,), sentence)


def read_with(doc: DocumentContext, rules: Sequence[Rule], sentence: Sentence | None = None) -> bool:
    """Apply each rule in turn (to ``sentence``, or to the document), counting the facts made under
    each one's name; say whether any read something. A rule that fails (a bug) reads nothing: the
    facts it made are taken back and a warning names it, so that one odd sentence leaves itself
    unread rather than stopping a build. (One loop for a sentence's rules: a call per rule and
    sentence cost a build of 1,470 documents about a second.)"""
    outer, triples, read = doc.rule, doc.ctx.triples, False
    try:
        for rule in rules:
            doc.rule, made = rule.name, len(triples)
            try:
                found = rule.read(doc) if sentence is None else rule.read(doc, sentence)
            except Exception as err:  # any bug of a rule, reported as a warning
                del triples[made:]
                where = f" on {sentence.text[:200]!r}" if sentence is not None else ""
                doc.ctx.warn(f"{RULE_FAILED} {rule.name}{where} ({type(err).__name__}: {err}); please report it")
                found = False
            if found:
                doc.hits.reads[rule.name] += 1
                read = True
    finally:
        doc.rule = outer
    return read


RULES: tuple[Rule, ...] = (
    Rule("abbreviation", standing.abbreviation, "before"),
    Rule("other-names", badges.other_names, "before"),
    # (first: the units of groups it names by name, known to the registry before any rule reads it)
    Rule("named-units", named_units),
    Rule("risk", standing.risk),
    Rule("former-name", badges.former_name),
    Rule("cover-designator", badges.cover_designator),
    Rule("supervision", supervision.supervision),
    Rule("supervising-agencies", supervision.supervising_agencies),
    Rule("agency-school", supervision.agency_school),
    Rule("laboratory-count", laboratories.laboratory_count),
    Rule("credential", standing.credential),
    Rule("agreement", links.agreement),
    Rule("lab-established", laboratories.lab_established),
    Rule("joint-institute", laboratories.joint_institute),
    Rule("disciplines", laboratories.disciplines),
    Rule("exchanges", links.exchanges),
    Rule("event-organised", events.event_organised),
    Rule("attendance", events.attendance),
    Rule("attendees", events.attendees),
    Rule("meeting", events.meeting),
    Rule("visit", events.visit),
    Rule("attended-event", events.attended_event),
    Rule("possible-establishment", laboratories.possible_establishment),
    Rule("application-guide", laboratories.application_guide),
    Rule("risk-badge", badges.risk_badge),
    Rule("end-user-list", standing.end_user_list),
    Rule("delisting", standing.delisting),
    Rule("list-line", standing.list_line),
    Rule("joint-construction", links.joint_construction),
    Rule("membership", standing.membership),
    Rule("seven-sons", standing.seven_sons),
    Rule("founding", standing.founding),
    Rule("units", standing.units),
    Rule("collaboration", links.collaboration),
    Rule("ended-collaboration", links.ended_collaboration),
    Rule("people-worked-with", links.people_worked_with),
    Rule("unit-ties", links.unit_ties),
    Rule("close-ties", links.close_ties),
    Rule("funding", links.funding),
    Rule("people-funded", links.people_funded),
    Rule("research-for", links.research_for),
    Rule("trains-for", links.trains_for),
    Rule("supplies", links.supplies),
    Rule("procurement", links.procurement),
    Rule("graduate-employers", links.graduate_employers),
    Rule("link-to-institution", object_links.link_to_institution),
    Rule("trained-at", object_links.trained_at),
    Rule("subsidiary", links.subsidiary),
    Rule("owned-companies", links.owned_companies),
    Rule("stakes", links.stakes),
    Rule("joint-venture", links.joint_venture),
    Rule("joint-name", links.joint_name),
    Rule("predecessor", links.predecessor),
    Rule("separated-from", links.separated_from),
    Rule("merger", links.merger),
    Rule("defence-spending", quantities.defence_spending),
    Rule("graduate-share", quantities.graduate_share),
    Rule("lab-bullet", laboratories.lab_bullet),
    Rule("lab-in-section", laboratories.lab_in_section),
    Rule("discipline-bullet", laboratories.discipline_bullet),
    Rule("collaboration-bullet", laboratories.collaboration_bullet),
    Rule("tie-bullet", laboratories.tie_bullet),
    Rule("lab-in-text", laboratories.lab_in_text),
    Rule("discipline-approval", laboratories.discipline_approval),
    Rule("defence-research-areas", laboratories.defence_research_areas),
    Rule("qualified-lab", laboratories.qualified_lab),
    Rule("case-event", events.case_event),
    Rule("header-field", badges.header_field),
    Rule("implied-hosting", laboratories.implied_hosting, "after"),
)
"""Every rule, in the order it is applied."""

RULES_BY_NAME = {rule.name: rule for rule in RULES}
#: The rules that read a sentence's clauses after a semicolon together, though they are the
#: institution's clauses of their own (``DocumentContext.clauses_of_its_own``): a move, then who
#: supervises it now ("EVU came under CETC in 2002; it is now supervised by SASTIND": CETC's former).
WHOLE_SENTENCE_RULES = frozenset({"supervision", "supervising-agencies", "agency-school"})
#: The rules that pair the subjects and objects of "A and B are supervised by X and Y
#: respectively"; no other reads such a sentence (each would give A both X and Y).
PAIRING_RULES = frozenset({"supervision"})

"""loaders: things a sentence names that the rules describe or mint (labs, partners, bodies)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, SKOS

from defence_kg.core.namespaces import DKG, vocab
from defence_kg.loading.bodies import is_generic_body
from defence_kg.loading.context import CJK
from defence_kg.loading.dates import TOLD_AFTER
from defence_kg.loading.extraction.context import OF_ANOTHER_NAME, DocumentContext
from defence_kg.loading.extraction.text import (
    COLLEGE_IN_CITY,
    COMPANY,
    FOREIGN_UNIVERSITY,
    POSSESSIVE_AFTER,
    POSSESSOR_IN_NAME,
    alternatives,
)
from defence_kg.loading.laboratory_kinds import laboratory_kind
from defence_kg.loading.profile_text import Sentence
from defence_kg.loading.registry import Registry

# where a phrase stops naming partners: a relative clause, a unit "of", "under" or "from" someone,
# a body described by its tie to someone, or a name the registry does not know ("Birch University,
# which is run by MIIT", "the Kestrel Institute under CASC", "a subsidiary of CETC", "funding from
# CETC", "a company linked to AVIC"): a known organisation after it is not a partner
_PARTNERS_END = re.compile(
    r"(?i:\b(?:which|who|whose|that|under|of|from|subsidiary|subsidiaries|units?|institutes?|part|"
    r"linked|affiliated|connected|associated|tied|related|belonging|owned|controlled|backed|run|operated|"
    r"supervised|administered|overseen|managed|"
    # whom the work is for or by ("... on surveillance systems for the MPS", "a project funded by
    # MIIT"), and a body set against the partners ("CETC rather than AVIC", "as does HIT", "but not")
    r"for|by|funded|financed|sponsored|commissioned|used|rather|instead|than|unlike|alongside|besides|except|"
    r"but(?!\s+also\b)|whereas|while|(?:as|so)\s+(?:does|do|did|has|have|is|are)|being|the\s+(?:latter|former)|"
    # a body set against them, or a tie another one came through or after ("despite its rivalry with
    # CASIC", "in competition with NORINCO", "as opposed to MIIT", "through its partnership with CSIC",
    # "since its transfer to MIIT"; not "through joint laboratories", "since its founding")
    r"despite|spite|rivals?|rivalry|competition\s+with|competing\s+with|opposed\s+to|versus|vs|"
    r"replac(?:ed|es|ing)|succeed(?:ed|s|ing)|"
    r"(?:through|via|since|after|before|following)\s+(?:its|their|a|an|the)\s+(?:[\w-]+\s+)?(?:partnership|"
    r"relationship|ties|links|cooperation|affiliation|membership|transfer|move|merger|handover|reassignment)\s+"
    r"(?:with|to|into|from|of)|"
    # a body the goods or the tie go through, right before it: "sells drones to the PLA Air Force
    # through AVIC" (AVIC may only be the agent; not "through joint laboratories with AVIC"); a body
    # that opens a clause of time or reason: "with NORINCO since HIT joined the alliance in 2012"
    r"(?:through|via|since|after|before|when|until|once|because)(?=\s+(?:the\s+)?$)|"
    # a body described by whom it sells to: "Huaxin Optics, a supplier to the PLA Navy", "a company
    # supplying radar to the PLA Navy" (or the institution's own supplying: no partner either way)
    r"(?:suppliers?|contractors?|subcontractors?|vendors?|providers?|sellers?|exporters?)\s+to|"
    r"supplying|selling|delivering|exporting|providing|serving)\b)|"
    r"(?:[A-Z][\w'’-]*\s+)+(?:University|Institute|College|Academy|Company|Corporation|Group|Laboratory|Cent(?:re|er)|"
    r"School)\b"
)
# a known name that begins a longer one: "the People's Armed Police Engineering University", "CETC
# 38th Research Institute" (a school or unit of it, not the organisation)
_LONGER_NAME = re.compile(
    r"\s+(?:[A-Z0-9][\w'’-]*\s+){0,4}(?:University|Institute|College|Academy|School|Laborator(?:y|ies)|Lab|"
    r"Cent(?:re|er))\b"
)
_POSSESSOR = re.compile(r"(\w+)['’]s\b")  # a possessor may come before a partner only if it is a country
# a clause with its verb left out after the partners: ", and CQU with AVIC", ", and CQU for the PAP"
_GAPPED = re.compile(r"(?P<comma>,)?\s+and\s+(?:the\s+)?$")
_GAPPED_SUBJECT = re.compile(r"\s+(?:with|for|by|to|from)\s+(?P<object>(?:the\s+)?[A-Z])?")
# the parts of a body, and other bodies related to it: "a CASC subsidiary", "a Huawei reseller",
# "Hikvision competitors", "a CASIC client"
_PARTS = r"(?:institutes?|academ(?:y|ies)|laborator(?:y|ies)|factor(?:y|ies)|plants?|bases?)"
_RELATED = (
    r"(?:subsidiary|subsidiaries|units?|affiliates?|spin-?offs?|resellers?|competitors?|rivals?|clients?|customers?|"
    r"partners?|suppliers?|distributors?|dealers?|vendors?|contractors?|subcontractors?|licensees?|collaborators?)"
)
# a name used as a modifier of what follows: "a CASC subsidiary", "a CETC unit"
# (also a part of it with a word before: "a CETC research institute", "a CASC academy")
_MODIFIER_OF = re.compile(
    rf"\s+(?:(?:research|design|key|military|defence|defense)\s+)?{_PARTS}\b|\s+{_RELATED}\b", re.IGNORECASE
)
# the same noun before the name: "several partners of AU", "a subsidiary of the CASC"
_POSSESSIVE_S = re.compile(r"['’]s\b")
_NOUN_OF = re.compile(rf"\b(?:{_PARTS}|{_RELATED})\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def modifies_what_follows(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` describes the noun after it rather than naming a body of
    its own: "several AU partners", "a CASC subsidiary" (the partners and the subsidiary are meant)."""
    return _MODIFIER_OF.match(text, end) is not None


def names_whose(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` only says whose the bodies meant are: before their noun
    (``modifies_what_follows``), as its possessor ("AU's partners") or after "of" ("partners of AU")."""
    possessor = _POSSESSIVE_S.match(text, end) is not None
    before = _NOUN_OF.search(text, max(0, start - REACH_BACK), start)  # (as ``_CUT_NAME``: only just before)
    return modifies_what_follows(text, end + 2 if possessor else end) or before is not None


def before_its_source(text: str) -> str:
    """``text`` up to a source told after it, which names no partner nor describes one: "..., CETC
    documents show", "..., a CETC spokesperson said in 2020", "..., a spokesperson told reporters"."""
    told = TOLD_AFTER.search(text)
    return text if told is None else text[: told.start()]


def partner_mentions(doc: DocumentContext, text: str, *, itself: bool = False) -> list[tuple[int, int, URIRef]]:
    """The known organisations ``text`` (what follows "with") names as partners, in order, up to
    where it stops naming them (a possessor before one is a country's: "Singapore's"; a possessor
    is not a partner: "CETC's 14th Research Institute"), and before another clause begins ("CETC
    and is run by MIIT"); not the institution, unless ``itself`` (another body's partner: "AVIC
    signed an agreement with AU"). None where they are alternatives ("AVIC or CASC")."""
    text = before_its_source(doc.up_to_next_clause(text))
    found: list[tuple[int, int, URIRef]] = []
    last = 0
    units = numbered_units(doc, text)
    # ("CETC's 14th Research Institute": the institute, not CETC)
    mentions: list[tuple[int, int, URIRef | NumberedUnit]] = [
        m for m in doc.orgs_in(text) if not any(u.start < m[1] and m[0] < u.end for u in units)
    ]
    for start, end, iri in sorted([*mentions, *((u.start, u.end, u) for u in units)], key=lambda m: m[:2]):
        gap = text[last:start]
        if found and _gapped(gap, text, end):
            break  # another body's clause with its verb left out: "with CETC, and CQU with AVIC"
        if isinstance(iri, NumberedUnit):
            if _PARTNERS_END.search(gap) or (unit := iri.minted(doc)) is None:
                break
            found.append((start, end, unit))
            last = end
            continue
        if _PARTNERS_END.search(gap) or not_its_possessor(doc, gap, iri):
            break
        # (not a name with a place after a comma, whose place is the possessor: "NTU, Singapore's leading ...")
        if POSSESSIVE_AFTER.match(text, end) and "," not in text[start:end]:
            break
        if modifies_what_follows(text, end):
            break  # "CALT, a CASC subsidiary": CASC names whose subsidiary the partner is, not a partner
        if _LONGER_NAME.match(text, end):
            break
        if itself or iri != doc.subject:
            found.append((start, end, iri))
        last = end
    return [] if alternatives(text, found) else found  # ("with either AVIC or CASC": neither for certain)


def _gapped(gap: str, text: str, end: int) -> bool:
    """The name ending at ``end`` after ``gap`` is the subject of a clause with its verb left out:
    "with CETC, and CQU with AVIC"; with no comma before "and", only before a name ("with CETC and
    NUDT with CASC", not "with CETC and NUDT to develop radar")."""
    joined, then = _GAPPED.match(gap), _GAPPED_SUBJECT.match(text, end)
    return joined is not None and then is not None and bool(joined["comma"] or then["object"])


def not_its_possessor(doc: DocumentContext, gap: str, iri: URIRef) -> bool:
    """A possessor in the words before a known partner that is no country ("AU's"), or a country
    the registry says the partner is not of: "Singapore's Ministry of Transport" is a namesake of
    China's ministry abroad, not China's (the sentence stops naming known partners there)."""
    possessors = _POSSESSOR.findall(gap)
    countries = doc.ctx.registry.countries_of(iri) if possessors else frozenset()  # (most gaps have none)
    for possessor in possessors:
        code = doc.words.countries.get(possessor.lower())
        if code is None or (countries and vocab("country", code) not in countries):
            return True
    return False


# a unit of a group known by its number: "14th Research Institute", "No. 54 Institute", "Eighth Academy"
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_NUMBERED = re.compile(
    r"\b(?:(?P<n>\d{1,3})(?:st|nd|rd|th)|No\.?\s*(?P<no>\d{1,3})|(?P<word>(?i:"
    + "|".join(_ORDINAL_WORDS)
    + r")))\s+(?P<kind>Research\s+Institute|Institute|Academy)(?!\s+(?:[A-Z(]|of\s+(?!the\b)[a-z]))"
)
# the group right before the unit's number ("CETC 38th", "CETC's 14th"), or after it ("... of CETC")
# (a plural's possessive too: "the Chinese Academy of Sciences' Institute of Physics")
_GROUP_BEFORE = re.compile(r"(?:['’]s|(?<=s)['’])?\s+$")
_GROUP_AFTER = re.compile(r"\s+of\s+(?:the\s+)?")
#: the kinds of group whose units are named by number
_GROUP_KINDS = (DKG.StateOwnedEnterprise, DKG.ResearchInstitute)
#: and those whose units are named by a name of their own: a service's too ("the PLA Navy's Submarine Academy")
_NAMED_UNITS_OWNERS = (*_GROUP_KINDS, DKG.MilitaryBody)


@dataclass(frozen=True)
class NumberedUnit:
    """A unit of a group that a text names by its number, at ``start:end`` (the group's name included)."""

    start: int
    end: int
    group: URIRef
    name: str
    """Its name as the registry knows it, or as it is minted: "14th Research Institute of <group>"."""

    def minted(self, doc: DocumentContext) -> URIRef | None:
        """The registry's unit so named, or one minted as the group's subsidiary (the text says whose
        it is), citing the sentence being read."""
        if doc.sentence is None or (unit := known_or_new(doc, self.name, DKG.ResearchInstitute, doc.sentence)) is None:
            return None
        doc.fact(unit, DKG.subsidiaryOf, self.group, doc.sentence)
        return unit


def numbered_units(doc: DocumentContext, text: str) -> list[NumberedUnit]:
    """The units of conglomerates and academies the registry knows that ``text`` names by number:
    "CETC's 14th Research Institute", "the 54th Research Institute of CETC", "CETC 38th Research
    Institute", "CASC's Eighth Academy" (not "a CETC research institute", nor "CETC's 14th Research
    Institute Laboratory")."""
    units = []
    registry = doc.ctx.registry
    for m in _NUMBERED.finditer(text):
        number = int(m["n"] or m["no"] or _ORDINAL_WORDS.index(m["word"].lower()) + 1)
        kind = " ".join(m["kind"].split())
        if (owned := _owner_around(doc, text, m.start(), m.end())) is None:
            continue
        span, group = owned
        words = (f"{_ORDINAL_WORDS[number - 1].title()} {kind}",) if 0 < number <= len(_ORDINAL_WORDS) else ()
        if registry.resolve(text[span[0] : span[1]]) is not None:
            continue  # a unit the registry knows by these words is found as it was: "the Second Academy of CASIC"
        known = _known_unit(registry, group, (m[0], f"{_ordinal(number)} {kind}", *words))
        name = registry.label(known) if known else f"{_ordinal(number)} {kind} of {registry.label(group)}"
        units.append(NumberedUnit(*span, group, name))
    return units


def _owner_around(
    doc: DocumentContext, text: str, start: int, end: int, kinds: tuple[URIRef, ...] = _GROUP_KINDS
) -> tuple[tuple[int, int], URIRef] | None:
    """The group whose unit ``text[start:end]`` names, right before it ("CETC's", "CETC") or after
    it ("of CETC"), and the span of the unit with the group's name: a known group of ``kinds``
    (those whose units are named by number, ``_GROUP_KINDS``), named by words that name it alone
    ("CSSC", two groups': none)."""
    registry = doc.ctx.registry
    span, groups = None, []
    if before := _GROUP_BEFORE.search(text, 0, start):
        groups = [g for g in registry.find_in(text[: before.start()]) if g[1] == before.start()]
        span = (groups[0][0], end) if groups else None
    if span is None and (after := _GROUP_AFTER.match(text, end)):
        groups = [g for g in registry.find_in(text[after.end() :]) if g[0] == 0]
        span = (start, after.end() + groups[0][1]) if groups else None
    if span is None or not doc.has_type(group := groups[0][2], *kinds):
        return None
    return span, group


# a unit a group names by a name of its own: "Shenyang Aircraft Design Institute", "Nanjing Research
# Institute of Electronics Technology" (capitalised words before "Institute" or "Academy", and a
# field after "of"); its first word a proper one, not a unit's kind ("Research Institute", "Institute
# of Electronics": a name any group's unit may have)
_UNIT_NAME = re.compile(
    r"(?<![\w'’-])(?!(?:The|This|Its|An?)\s)(?P<name>(?P<base>(?:[A-Z][\w-]*\s+){1,5}(?:Institute|Academy))"
    r"(?:\s+of\s+[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,5})?)(?![\w'’-])"
)
_KIND_WORDS = frozenset(
    [
        "Research",
        "Design",
        "Key",
        "National",
        "State",
        "Central",
        "Science",
        "Scientific",
        "Technology",
        "Technical",
        "Engineering",
        "Institute",
        "Academy",
        "The",
        "This",
        "Its",
    ]
)
# a capitalised word right before, not a possessive: the name found is the end of a longer one
# ("The Xi'an Microelectronics Technology Institute": not the "Microelectronics Technology Institute")
_NAME_BEFORE = re.compile(r"(?<![\w'’-])(?!The\s)[A-Z][\w'’-]*(?<!['’]s)\s+$")
#: the words without one of which a sentence names no unit of a group by name
UNIT_WORDS = ("Institute", "Academy")
# a unit named by its field alone, "Institute of Semiconductors": a name many groups' units have, so
# read only with its group named around it ("the Chinese Academy of Sciences' Institute of
# Semiconductors", "the CAS Institute of Physics", "the Institute of Acoustics of CAS") and minted
# with the group's name, as a numbered unit is
_FIELD_UNIT = re.compile(r"(?<![\w'’-])Institute\s+of\s+[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,5}(?![\w'’-])")


def named_units(doc: DocumentContext, s: Sentence) -> bool:
    """Mint the units of groups ``s`` names by a name of their own under the group's possessive or
    with "of <group>" ("AVIC's Shenyang Aircraft Design Institute", "the Beijing Institute of
    Tracking and Telecommunications Technology of CASC"), each the group's subsidiary as a numbered
    unit is (``_owner_around``: the same look-up), and make the registry know the unit by the words
    written, so that every rule reads it as the named body it is (a partner, a subject). Not a
    name holding another known name, nor the institution's own units (``own_unit``'s). Reads no
    other fact: a sentence counts as read by it where it gives a unit its parent."""
    text = s.text
    if not any(word in text for word in UNIT_WORDS) or ("'s" not in text and "’s" not in text and " of " not in text):
        return False  # (most sentences)
    registry, read = doc.ctx.registry, _numbered_units_named(doc, s)
    for m in _UNIT_NAME.finditer(text):
        # (the name whole, or up to "of" where what follows is the group: "... Institute of AVIC")
        end = next((end for end in (m.end(), m.end("base")) if not registry.find_in(text[m.start() : end])), None)
        name = text[m.start() : end] if end is not None else ""
        if (
            not name
            or name.split()[0] in _KIND_WORDS
            or _NAME_BEFORE.search(text, 0, m.start())
            or _NUMBERED.match(text, m.start())  # (``numbered_units``': "CASIC's Second Academy")
        ):
            continue
        owned = _owner_around(doc, text, m.start(), len(name) + m.start(), _NAMED_UNITS_OWNERS)
        # (the institution's own name last: most names of an institute have no group around them)
        if owned is None or (group := owned[1]) == doc.subject or doc.is_subject(name):
            continue
        if doc.alias_at(text, owned[0][0]):
            continue  # another name of the institution: "LERI, also known as AVIC's Larch Institute, ..."
        written = text[owned[0][0] : owned[0][1]]
        if registry.resolve(written) is not None:
            continue  # known by these words already (or minted by an earlier sentence)
        read |= _mint_unit(doc, s, name, group, written)
    return _field_units_named(doc, s) or read


def _field_units_named(doc: DocumentContext, s: Sentence) -> bool:
    """Mint the units ``s`` names by their field alone with their group around them (``_FIELD_UNIT``),
    each "<name> of <group>", known to the registry by the words written."""
    read, text, registry = False, s.text, doc.ctx.registry
    for m in _FIELD_UNIT.finditer(text) if "Institute of" in text else ():
        owned = _owner_around(doc, text, m.start(), m.end(), _NAMED_UNITS_OWNERS)
        if owned is None or (group := owned[1]) == doc.subject or doc.alias_at(text, owned[0][0]):
            continue
        if owned[0][0] == m.start() and _NAME_BEFORE.search(text, 0, m.start()):
            continue  # the end of a longer name: "Harbin Institute of Technology"
        written = text[owned[0][0] : owned[0][1]]
        if doc.is_subject(written) or any(own.endswith(m[0]) for own in doc.names.full):
            continue  # the institution itself, maybe spelt out: "CAS Institute of Hydroacoustics"'s page
        if registry.resolve(written) is None:
            read |= _mint_unit(doc, s, f"{m[0]} of {registry.label(group)}", group, written)
    return read


def _numbered_units_named(doc: DocumentContext, s: Sentence) -> bool:
    """Mint the units ``s`` names by number ("CETC's 14th Research Institute") with their parent,
    and make the registry know each by the words written, as ``named_units`` does for a unit named
    by a name of its own: the unit is then a named body to every rule, the subject too ("CETC's 14th
    Research Institute works with KAU"), not only a partner (``partner_mentions``)."""
    read = False
    for unit in numbered_units(doc, s.text):
        if not doc.alias_at(s.text, unit.start):  # (another name of the institution: ``named_units``)
            read |= _mint_unit(doc, s, unit.name, unit.group, s.text[unit.start : unit.end])
    return read


def _mint_unit(doc: DocumentContext, s: Sentence, name: str, group: URIRef, written: str) -> bool:
    """The unit ``name`` of ``group``, its subsidiary, known to the registry by the words ``written``
    ("CETC's 14th Research Institute"); False where the name is the group's or the institution's.
    A military body's unit ("the PLA Navy's Submarine Academy") is its unit, not a company's
    subsidiary, minted as "<body> <name>" (a service's academies are named after it, "PLA Navy
    Submarine Academy": two services' "Engineering University" are two), a military institution
    when a school by its name."""
    kind, link = DKG.ResearchInstitute, DKG.subsidiaryOf
    if doc.has_type(group, DKG.MilitaryBody):
        if re.search(r"\b(?:Academy|University|College|School)$", name):
            kind = DKG.MilitaryInstitution
        name, link = f"{doc.ctx.registry.label(group)} {name}", DKG.unitOf
    unit = known_or_new(doc, name, kind, s)
    if unit is None or unit in (group, doc.subject):
        return False
    doc.fact(unit, link, group, s)
    doc.ctx.registry.add_name(unit, written, "name")
    return True


def _known_unit(registry: Registry, group: URIRef, parts: tuple[str, ...]) -> URIRef | None:
    """The registry's unit of ``group`` named by one of ``parts`` with one of the group's names."""
    for name, _ in registry.names_of(group):
        for part in parts:
            for written in (f"{name}'s {part}", f"{part} of {name}", f"{name} {part}"):
                if (known := registry.resolve(written)) is not None:
                    return known
    return None


def _ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


# the organisations a phrase gives as examples of what it names first: "defence companies, including
# NORINCO", "the defence industry, particularly (with) CETC", "conglomerates such as CASIC"
_EXAMPLES = re.compile(
    r"(?:,\s*|\s+)(?:particularly|especially|notably|including|such\s+as|in\s+particular)\s+(?:with\s+|to\s+)?"
)


def example_partners(doc: DocumentContext, text: str) -> list[URIRef]:
    """The known organisations named right after "including", "such as", "particularly" in a partner
    phrase whose first words name a kind of organisation, not one."""
    m = _EXAMPLES.search(text)
    if m is None:
        return []
    mentions = partner_mentions(doc, text[m.end() :])
    return [iri for _, _, iri in mentions] if mentions and mentions[0][0] <= 4 else []


def after_examples(doc: DocumentContext, text: str) -> str:
    """The examples of a partner phrase whose first words name a kind of organisation, not one
    ("universities in Germany, including the X University and the Y Institute": the list after
    "including"), else the whole phrase."""
    m = _EXAMPLES.search(text)
    return text[m.end() :] if m is not None and not doc.orgs_in(text[: m.start()]) else text


# words before a partner that make no description of it: another clause's ("with CSSC in 2012 and
# another with CETC": "CSSC in 2012 and another with" is not CETC's)
NO_DESCRIPTION = re.compile(r"\b(?:19|20)\d\d\b|\b(?:with|another)\b")


def named_at_end(doc: DocumentContext, text: str) -> URIRef | None:
    """The institution or the known organisation whose name ends ``text`` ("The HIT": HIT; "close
    ties to the PLA Navy": the PLA Navy), the longest such name (``orgs_in``)."""
    return next((iri for _, end, iri in doc.orgs_in(text) if end == len(text)), None)


def founders_named(doc: DocumentContext, phrase: str, *, itself: bool = False) -> list[URIRef]:
    """The known organisations ``phrase`` consists of ("the PLA", "the MOE and the Gansu Provincial
    Government"), the institution among them only when ``itself``; none when it says anything else
    ("former Beihang staff")."""
    mentions = [(start, end, iri) for start, end, iri in doc.orgs_in(phrase) if itself or iri != doc.subject]
    rest, last = "", 0
    for start, end, _ in mentions:
        rest, last = rest + phrase[last:start] + " ", end
    rest += phrase[last:]
    return [iri for _, _, iri in mentions] if re.fullmatch(r"(?:\s|,|\bthe\b|\band\b)*", rest) else []


def describe(doc: DocumentContext, iri: URIRef, phrase: str, s: Sentence) -> None:
    """Record an appositive description ("defence industry agency", "Singapore's")."""
    phrase = phrase.strip(" ,")
    if not phrase or phrase.lower() in ("the", "a", "an") or NO_DESCRIPTION.search(phrase):
        return
    if doc.organisation_named(re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.I)) is not None:
        return  # a body's name before the name: "the PLA Eastern Theater Command" (no description)
    if m := re.fullmatch(r"(.+?)['’]s?", phrase):
        code = doc.words.countries.get(m[1].lower())
        if code:
            doc.fact(iri, DKG.country, vocab("country", code), s)
            return
    doc.fact(iri, DKG.description, Literal(phrase, lang="en"), s)


def lab(doc: DocumentContext, name: str, s: Sentence, bracket: str | None = None) -> URIRef:
    """A laboratory named in the text: the registry's, or a new one minted from its name; with what
    its names say: its Chinese name (what ``bracket``, the bracket after its name, holds, when that
    is Chinese) as its label in Chinese (one per laboratory, none for one the registry names), and
    its official kind, when they give it (``laboratory_kind``: implied).

    It becomes the laboratory "the laboratory" refers to in later sentences."""
    name = name.strip(" ,.")
    iri = doc.ctx.registry.resolve(name)
    if iri is None:
        iri = doc.ctx.mint(name)
        doc.ctx.add(iri, SKOS.prefLabel, Literal(name, lang="en"))
        doc.fact(iri, RDF.type, DKG.Laboratory, s)
        doc.ctx.registry.add_name(iri, name, "name")
    # the name alone, not what the bracket goes on with: "(精确制导重点实验室, B类)", "(X; also known as Y)",
    # "(光学教育部重点实验室（B类）)"
    zh = REMARK_AFTER_ZH.sub("", ZH_NAME_ENDS.split(bracket.strip(), maxsplit=1)[0]) if bracket else None
    zh = zh if zh and CJK.search(zh) else None
    if zh and iri not in doc.ctx.registry.labels and iri not in doc.zh_labelled:
        doc.zh_labelled.add(iri)
        doc.ctx.add(iri, SKOS.prefLabel, Literal(zh, lang="zh-Hans"))
    if (kind := laboratory_kind(name, zh)) is not None:
        doc.fact(iri, DKG.laboratoryKind, kind[0], s, certainty="implied", qualifiers=kind[1])
    doc.last_lab = iri
    doc.parts_named.add(iri)
    return iri


# where a Chinese name in a bracket ends and a remark on it begins; a remark in a bracket of its own
ZH_NAME_ENDS = re.compile(r"\s*[,;，；]\s*|\s+(?:aka|a\.k\.a\.|also\s+known\s+as)\s+")
REMARK_AFTER_ZH = re.compile(r"\s*[(（][^()（）]*[)）]$")


def known_or_new(
    doc: DocumentContext, name: str, kind: URIRef, s: Sentence, zh: str | None = None, minted: URIRef | None = None
) -> URIRef | None:
    """The organisation known by ``name``, else a new one typed ``kind`` (``minted``, or minted from
    the name) with its name and Chinese name; None when several known organisations share the name
    ("China State Shipbuilding Corporation", two groups'): the text does not say which, and one
    minted from the name could take the IRI of either."""
    registry = doc.ctx.registry
    if (iri := registry.resolve(name)) is not None:
        return iri
    if registry.candidates(name):
        registry.ambiguous.add(name)
        return None
    iri = minted or doc.ctx.mint(name)
    if iri not in registry.labels:
        name_new(doc, iri, name)
        doc.fact(iri, RDF.type, kind, s)
        registry.types[iri].add(kind)
        if zh:
            doc.ctx.add(iri, SKOS.prefLabel, Literal(zh.strip(), lang="zh-Hans"))
    return iri


def name_new(doc: DocumentContext, iri: URIRef, name: str) -> None:
    """Give a minted organisation its label, and make it known to the registry by its name (a
    company's "Co., Ltd" whose stop ended the sentence gets it back: one label, however written)."""
    written = name
    name = ABBREVIATION_AT_END.sub(r"\1.", name)
    doc.ctx.add(iri, SKOS.prefLabel, Literal(name, lang="en"))
    for known in dict.fromkeys((name, written)):
        doc.ctx.registry.add_name(iri, known, "name")
    doc.ctx.registry.labels[iri] = name


# a Chinese company's English name, "... Co., Ltd.", whose stop the sentence's full stop took
# (not a bare "Ltd", which British names write without one)
ABBREVIATION_AT_END = re.compile(r"(\bCo\.,?\s*Ltd)$")


# a proper name written out: capitalised words joined by "of", "and", ..., and its Chinese name
PROPER_NAME = re.compile(
    r"(?:the\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+(?:(?:of|and|for|on|the|in)\s+)*[A-Z][\w'’.-]*)*)"
    r"(?:\s*[(（](?P<zh>[^()（）]*[\u3400-\u9fff][^()（）]*)[)）])?"
)


# an organisation's name the registry may not know: "Cedar University", "the Elm Institute of Optics"
_NAMED = r"(?:(?!(?:The|This|Its|A|An)\s)[A-Z][\w'’-]*\s+(?:of\s+|and\s+|for\s+)?){1,6}"
_OF = r"(?:\s+(?:of|for)\s+[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*)*)?"  # "... University of Defense Technology"
ORGANISATION_NAME = re.compile(_NAMED + r"(?:University|Institute|Academy|College|School|Corporation|Group)\b" + _OF)
UNIVERSITY_NAME = re.compile(_NAMED + r"(?:University|College|Academy)\b" + _OF)


def another_named(doc: DocumentContext, text: str) -> bool:
    """``text`` opens with the name of an organisation other than the institution: a known one, or
    a name the registry may not know."""
    if doc.subject_at(text):
        return False
    first = min(doc.orgs_in(text), default=None)
    return (first is not None and first[0] == 0 and first[2] != doc.subject) or bool(
        (m := ORGANISATION_NAME.match(text)) and not doc.is_subject(m[0])
    )


def other_university_in(doc: DocumentContext, text: str) -> bool:
    """``text`` names a university other than the institution, known or not ("Cedar University")."""
    known = any(
        iri != doc.subject and doc.has_type(iri, DKG.University, DKG.CivilianUniversity)
        for _, _, iri in doc.orgs_in(text)
    )
    return known or any(not doc.is_subject(m[0]) and not doc.subject_at(m[0]) for m in UNIVERSITY_NAME.finditer(text))


def organisation_by_name(doc: DocumentContext, phrase: str, s: Sentence) -> URIRef | None:
    """The organisation ``phrase`` is the name of: a known one, or one minted from a proper name
    ("the PLA Signals Engineering College (解放军通信工程学院)", with its Chinese name);
    None for anything else ("a college in Hebei") and for the institution itself."""
    phrase = phrase.strip(" ,.")
    if (known := doc.organisation_named(phrase)) is not None:
        return None if known == doc.subject else known
    if not (m := PROPER_NAME.fullmatch(phrase)) or doc.is_subject(m["name"]):
        return None
    return known_or_new(doc, m["name"], DKG.Organisation, s, zh=m["zh"])


def own_unit(doc: DocumentContext, name: str, written: str, s: Sentence, zh: str | None = None) -> URIRef | None:
    """The institution's unit ``written`` names: a known one, or one minted under the institution
    (two universities' "Defence Engineering Institute" are two units) from its ``name``;
    None for the institution itself."""
    unit = doc.organisation_named(written)
    if unit is None:
        unit = known_or_new(doc, written, DKG.Organisation, s, zh=zh, minted=doc.ctx.mint(doc.slug, name))
    elif unit == doc.subject:
        return None
    if unit is not None:
        doc.parts_named.add(unit)
    return unit


def own_unit_name(doc: DocumentContext, name: str, numbered: bool) -> str:
    """The name a unit of the institution goes by: a numbered one's with the institution's ("401st
    Research Institute of <Institution>": two bodies' units share numbers), else its own."""
    return f"{name} of {doc.ctx.registry.label(doc.subject)}" if numbered else name


def _unknown(doc: DocumentContext, name: str, kind: URIRef, s: Sentence) -> URIRef | None:
    """A partner the registry does not know, minted as ``kind`` (once); None for the institution
    itself or a name that holds a registry name (that one is read as the registry's)."""
    return None if _named_already(doc, name) else known_or_new(doc, name, kind, s)


# a known name that a longer one goes on from with "of" and a field: another university's name
# ("Chongqing University of Posts and Telecommunications"); with "of" or "in" and a place, the
# known body's ("Tsinghua University of Beijing")
_OF_ANOTHER = re.compile(OF_ANOTHER_NAME)
_OF_PLACE = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)$")


def _named_already(doc: DocumentContext, name: str) -> bool:
    """The name is the institution's, or holds a name the registry knows, other than one the name
    goes on from with "of" and a field (``_OF_ANOTHER``). (A known name that goes on otherwise
    still holds: "the People's Armed Police Engineering University" and "AVIC Alder Aircraft Co.,
    Ltd." are the PAP's and AVIC's, not partners of their own.)"""

    def holds(end: int) -> bool:
        if not _OF_ANOTHER.match(name, end):
            return True
        place = _OF_PLACE.match(name, end)
        return place is not None and place["place"].lower() in doc.known_places()

    return doc.is_subject(name) or any(holds(end) for _, end, _ in doc.ctx.registry.find_in(name))


# a purpose after the partner phrase: "... to establish a joint centre", "... in order to build"
PURPOSE = re.compile(r"\s+(?:in\s+order\s+)?to\s+(?=[a-z])")


# a name found inside a longer one: a capitalised word right before it (and "of the": "the Siberian
# Branch of the Russian Academy of Sciences"), or a unit's number ("the 701st Research Institute of
# CSSC": not the "Research Institute of CSSC", where ``numbered_units`` knows no group), or "of" and
# one after it
_CUT_NAME = re.compile(
    r"(?:\b(?!The\b)[A-Z][\w-]*|\b\d{1,4}(?:st|nd|rd|th)|\bNo\.?\s*\d{1,4})\s+(?:of\s+(?:the\s+)?)?$"
)
# a unit named before the body it is part of, "of" between: "the Institute of Applied Physics of the",
# "the Siberian Branch of the", "the Lebedev Laboratory of" (its kind's word, a field after "of" or
# proper words before it; not "the University of", a name of its own)
_FOREIGN_UNIT = re.compile(
    r"(?:^|(?<=\s))(?:the\s+)?(?P<unit>(?:(?!The\b)[A-Z][\w-]+\s+){0,3}"
    r"(?:Institute|Branch|Department|Cent(?:re|er)|Laboratory|Observatory|Division)"
    r"(?:\s+of\s+(?!the\b)[A-Z][\w-]+(?:\s+(?:and\s+)?[A-Z][\w-]+){0,4})?)\s+of\s+(?:the\s+)?"
)
_FOREIGN_UNIT_BEFORE = re.compile(_FOREIGN_UNIT.pattern + "$")


def _unit_of_a_body(text: str, *, whole: bool) -> re.Match[str] | None:
    """``text`` opens with a unit named before a body whose name follows (``_FOREIGN_UNIT``), up to
    its end when ``whole``: the unit's words."""
    unit = _FOREIGN_UNIT.match(text)
    body = unit and (FOREIGN_UNIVERSITY.fullmatch if whole else FOREIGN_UNIVERSITY.match)(text, unit.end())
    return unit if body else None


#: how far before a name the words that end right before it (``_CUT_NAME``, ``COUNTRY_BEFORE``)
#: are looked for: searched from the phrase's start for each name of a long list, the search took
#: time growing with the square of the list (1,600 partners: seconds); no such word is this long
REACH_BACK = 200
# (or a body's word right after it: "University of Chinese" of the "University of Chinese Academy of Sciences")
_CUT_NAME_END = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]|\s+(?:Academy|Institute|University|College)\b")
# a capitalised word and "and" right before a name, which may be the name's own first words
_JOINED = re.compile(r"\b(?P<word>[A-Z][\w'’-]*)\s+and\s+$")
_NAME_ENDS = re.compile(
    r"(?:University|Institute|Academy|College|School|Company|Corporation|Group|Ltd\.?|Limited|Inc\.?|LLC|GmbH|AG|"
    r"plc|PLC)$"
)


def _joined_tail(doc: DocumentContext, text: str, start: int) -> bool:
    """The name found at ``start`` may be the last words of a longer one joined by "and": "China
    Aerospace Science and Industry Corporation" holds "Industry Corporation", which is no partner.
    Not when the word before "and" ends another name, known or whole ("CETC and Kestrel Optics
    Company", "Birch University and Kestrel Optics Company"), or a place ("... in Russia and Kestrel
    Optics Company"): a list. Unsure, nothing is minted."""
    joined = _JOINED.search(text, 0, start)
    if joined is None or _NAME_ENDS.search(joined["word"]):
        return False
    words = text[: joined.end("word")].lower()
    if any(m.end() == len(words) for pattern, _ in doc.words.places for m in pattern.finditer(words)):
        return False
    return not any(end == joined.end("word") for _, end, _ in doc.orgs_in(text[:start]))


_NEXT_ITEM = re.compile(r"\s+and\s+|;")
# capitalised words joined by "and" after a comma: the rest of a name that lists its fields ("the
# Changchun Institute of Optics, Fine Mechanics and Physics"), or more names ("..., Tsinghua
# University and Peking University")
_AFTER_COMMA = re.compile(
    r",\s+(?P<words>(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
)
_BODY_WORD = re.compile(
    r"\b(?:University|Institute|College|Academy|School|Company|Corporation|Group|Cent(?:re|er)|Laborator)"
)


def _goes_on_after_comma(doc: DocumentContext, text: str, end: int) -> bool:
    """The name ending at ``end`` may go on after a comma with fields of its own ("..., Fine
    Mechanics and Physics"): not a body's name nor places after it. Unsure, nothing is minted."""
    m = _AFTER_COMMA.match(text, end)
    if m is None or _BODY_WORD.search(m["words"]):
        return False
    words = m["words"].lower()
    return not all(any(p.search(w) for p, _ in doc.words.places) for w in re.split(r"\s+and\s+", words))


# "Russia's " right before a name (the possessive of the word before it)
COUNTRY_BEFORE = re.compile(r"\b([A-Z][a-z]+)['’]s\s+(?:the\s+)?$")


def foreign_partners(doc: DocumentContext, text: str, s: Sentence) -> list[URIRef]:
    """Universities (and institutes "of" a field) named in a partner phrase that the registry does
    not know: minted, with a country when the phrase places them (a demonym or a city of the small
    gazetteer). Not in a purpose after the partners: "works with a unit of CETC in order to found
    the X Institute" names the institute they made, not a partner."""
    found = []
    text = PURPOSE.split(text, maxsplit=1)[0]
    # (a country's possessive is not a word of the name after it: "Germany's RWTH Aachen University")
    names = _foreign_names(doc, without_countrys(doc, text))
    for m, following in zip(names, [*(n.start() for n in names[1:]), len(text)], strict=False):
        name, end = m["name"].strip(), m.end()
        if (campus := campus_after(doc, text, m)) is not None:
            name, end = campus[0], campus.end()  # "the University of California, Berkeley"
        elif _SYSTEM_THEN_COMMA.match(text, m.start("name")) and _us_place(doc, m["name"][len("University of ") :]):
            continue  # "the University of California, Riverside": which university is not sure
        start = m.start("name")
        if _possessor_in(m) or _CUT_NAME_END.match(text, end) or _goes_on_after_comma(doc, text, end):
            continue
        body, unit = None, _FOREIGN_UNIT_BEFORE.search(text, max(0, start - REACH_BACK), start)
        if unit and not _CUT_NAME.search(text, max(0, unit.start("unit") - REACH_BACK), unit.start("unit")):
            # a unit of the body named with it: "the Institute of Applied Physics of the Russian
            # Academy of Sciences", "the Siberian Branch of the Russian Academy of Sciences"
            # (named "<unit> of <body>" with or without "the" written, as a group's units are)
            body, name = name, f"{unit['unit']} of {name}"
        elif _CUT_NAME.search(text, max(0, start - REACH_BACK), start):
            continue  # a part of a longer name: "National University" of "National University of Defense Technology"
        if body is None or unit is None:
            iri = _unknown(doc, name, _university_kind(name), s)
        else:
            iri = _unit_abroad(doc, unit["unit"], body, s)
        if iri is not None:
            found.append(iri)
            _place(doc, iri, name, text, m, end, following, s)
    return list(dict.fromkeys(found))


def _unit_abroad(doc: DocumentContext, unit: str, body: str, s: Sentence) -> URIRef | None:
    """The unit named ``unit`` of the body named ``body`` ("<unit> of <body>"), known or minted,
    minted though the body's name is known (one an earlier sentence minted, above all): an institute
    the body's subsidiary, as an academy's institutes are, a branch or a department its unit."""
    name = f"{unit} of {body}"
    institute = re.search(r"\b(?:Institute|Observatory)\b", unit) is not None
    if doc.is_subject(name):
        return None
    if (iri := known_or_new(doc, name, DKG.ResearchInstitute if institute else DKG.Organisation, s)) is None:
        return None
    if (parent := doc.ctx.registry.resolve(body) or _unknown(doc, body, _university_kind(body), s)) is not None:
        doc.fact(iri, DKG.subsidiaryOf if institute else DKG.unitOf, parent, s)
    return iri


def _place(
    doc: DocumentContext, iri: URIRef, name: str, text: str, m: re.Match[str], end: int, following: int, s: Sentence
) -> None:
    """The country of a partner minted from its ``name`` found by ``m`` in ``text``, when the words
    around it place it in one."""
    # the name and a few words after it, up to the next name, "the University of Melbourne in
    # Australia" (not "Kyoto" for the University of Manchester in "... Manchester and Kyoto
    # University"), and a country's possessive right before it, "Russia's Kazan Aviation Institute"
    owner = COUNTRY_BEFORE.search(text, max(0, m.start() - REACH_BACK), m.start())
    # (up to another name after "and": "the University of California, Berkeley and Imperial
    # College London" is not placed in London)
    after = _NEXT_ITEM.split(text[end : min(end + 40, following)], maxsplit=1)[0]
    near = ((owner[1] + " " if owner else "") + name + " " + after).lower()
    codes = {code for pattern, code in doc.words.places if code != "CN" and pattern.search(near)}
    if len(codes) == 1:
        code = codes.pop()
        # "in Australia", "Russian", "Russia's" name the country; a city only implies it
        named = any(pattern.search(near) for pattern, placed in doc.words.named_places if placed == code)
        doc.fact(iri, DKG.country, vocab("country", code), s, certainty="stated" if named else "implied")


def _foreign_names(doc: DocumentContext, text: str) -> list[re.Match[str]]:
    """The names of universities (``FOREIGN_UNIVERSITY``) and of colleges abroad (``college_abroad``)
    in ``text``, in order; a college's only where no university's name overlaps it."""
    names = list(FOREIGN_UNIVERSITY.finditer(text))
    if "College" not in text:
        return names  # (most phrases)
    for m in COLLEGE_IN_CITY.finditer(text):
        if college_abroad(doc, m) and not any(n.start() < m.end() and m.start() < n.end() for n in names):
            names.append(m)
    return sorted(names, key=lambda m: m.start())


# an American state university's campus after a comma: "the University of California, Berkeley"
CAMPUS = re.compile(
    r"University of (?P<system>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),\s+(?P<campus>[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)?)(?![\w'’-])"
)
_SYSTEM_THEN_COMMA = re.compile(r"University of [A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s+[A-Z]")


def campus_after(doc: DocumentContext, text: str, m: re.Match[str]) -> re.Match[str] | None:
    """The name "University of <state>, <campus>" that begins where ``m``'s name does, when both are
    American places of the gazetteer (the campus form is the American state universities' own: in
    "the University of Toronto, Harvard and MIT" and "the University of Oxford, Cambridge and
    Imperial College" a list goes on after the comma)."""
    campus = CAMPUS.match(text, m.start("name")) if "," in text else None
    return campus if campus is not None and _american(doc, campus) else None


def campus_names(doc: DocumentContext, text: str) -> list[tuple[int, int]]:
    """Where ``text`` names an American state university's campus (``campus_after``): a list's
    item whole, its comma and all."""
    if "," not in text or "University of" not in text:
        return []  # (most lists)
    return [m.span() for m in CAMPUS.finditer(text) if _american(doc, m)]


def _american(doc: DocumentContext, campus: re.Match[str]) -> bool:
    """Both the state and the campus of a ``CAMPUS`` match are American places of the gazetteer."""
    return _us_place(doc, campus["system"]) and _us_place(doc, campus["campus"])


def _us_place(doc: DocumentContext, words: str) -> bool:
    return doc.words.cities.get(words.lower()) == "US"


def college_abroad(doc: DocumentContext, m: re.Match[str]) -> bool:
    """``m`` (of ``COLLEGE_IN_CITY``) names a college by a city abroad of the gazetteer after
    "College" ("Imperial College London"): not "Kestrel College Hangzhou", a city no list places
    abroad."""
    return doc.words.cities.get(m["city"].lower(), "CN") != "CN"


def _possessor_in(m: re.Match[str]) -> bool:
    """A possessor in the name found: another's part ("Sciences' Institute of Applied Physics"), not
    the first word of a college's own name ("King's College London")."""
    first = m["name"].split()[0]
    return POSSESSOR_IN_NAME.search(m["name"], len(first) if m.re is COLLEGE_IN_CITY else 0) is not None


# "Germany's " before a name
COUNTRYS = re.compile(r"\b([A-Z][a-z]+)['’]s\s+")


def without_countrys(doc: DocumentContext, text: str) -> str:
    """``text`` with each country's possessive blanked out (as many spaces: the names keep their
    places), so that none is read as the first word of the name after it."""
    if "'s" not in text and "’s" not in text:
        return text  # (most phrases)
    return COUNTRYS.sub(lambda m: " " * len(m[0]) if m[1].lower() in doc.words.countries else m[0], text)


def body_of_subject(doc: DocumentContext, phrase: str, s: Sentence) -> URIRef | None:
    """'the university's party committee': a body every institution has (data/wordlists/
    institution-bodies.csv), here the institution's own: the registry's unit of it so named, or one
    minted under it (id:<institution>-<body>). The sentence states whose body it is."""
    m = re.match(
        r"^(?:(?:the\s+)?(?:university|institution)|" + doc.subject_pattern() + r")['’]s\s+(.+)$",
        phrase.strip(),
        re.IGNORECASE,
    )
    if not m or not is_generic_body(m[1], doc.ctx.project.root / "data" / "wordlists"):
        return None
    body = unit_of_subject(doc, phrase)
    if body is None:
        body = doc.ctx.mint(doc.slug, m[1])
        if body not in doc.ctx.registry.labels:
            name_new(doc, body, f"{m[1]} of {doc.ctx.registry.label(doc.subject)}")
            doc.fact(body, RDF.type, DKG.Committee, s)
            doc.ctx.registry.parents[body].add(doc.subject)
    doc.fact(body, DKG.unitOf, doc.subject, s)
    return body


def unit_of_subject(doc: DocumentContext, phrase: str) -> URIRef | None:
    """'the university's party committee' -> the registry unit of the subject so named."""
    m = re.match(
        r"^(?:the\s+university|the\s+institution|" + doc.subject_pattern() + r")['’]s\s+(.+)$",
        phrase.strip(),
        re.IGNORECASE,
    )
    if not m:
        return None
    wanted = m[1].strip().lower()
    for unit in doc.ctx.registry.units_of(doc.subject):
        if doc.ctx.registry.label(unit).lower().endswith(wanted):
            return unit
    return None


def _university_kind(name: str) -> URIRef:
    # "Institute of Physics and Technology" says no more than an organisation
    return DKG.University if re.search(r"University|Institute of Technology", name) else DKG.Organisation


BRACKET_AFTER = re.compile(r"\s*[(（][^()（）]*[)）]$")


def names_unregistered(doc: DocumentContext, text: str) -> bool:
    """``text`` names a university, institute or company whole that the registry does not know
    ("Ural Federal University", "the Moscow Aviation Institute"; not "its partners", "a CETC unit",
    "Kazan's Institute of Physics"): one ``unregistered_partners`` mints."""
    text = BRACKET_AFTER.sub("", text.strip())  # its Chinese name or abbreviation after it
    for pattern in (FOREIGN_UNIVERSITY, COMPANY):
        if (m := pattern.fullmatch(text)) and not POSSESSOR_IN_NAME.search(name := m["name"].strip()):
            return not _named_already(doc, name)
    if (m := _college_named(doc, text, COLLEGE_IN_CITY.fullmatch)) is not None:
        return not _named_already(doc, m["name"])
    if unit := _unit_of_a_body(text, whole=True):
        # a unit of a body named whole: "the Siberian Branch of the Russian Academy of Sciences" (the
        # body perhaps known: ``foreign_partners`` mints the unit)
        return not POSSESSOR_IN_NAME.search(text) and not doc.is_subject(text[unit.start("unit") :])
    bare = re.sub(r"^the\s+", "", text)
    return campus_names(doc, bare) == [(0, len(bare))] and not _named_already(doc, bare)


def _college_named(doc: DocumentContext, text: str, how: Callable[[str], re.Match[str] | None]) -> re.Match[str] | None:
    """A college abroad named by ``text`` as ``how`` (``COLLEGE_IN_CITY.fullmatch`` or ``.match``) finds it."""
    m = how(text) if "College" in text else None
    return m if m is not None and college_abroad(doc, m) and not _possessor_in(m) else None


def unregistered_partners(doc: DocumentContext, text: str, s: Sentence) -> list[URIRef]:
    """The universities, institutes and companies a partner phrase names that the registry does not
    know (``foreign_partners``, then ``companies``), minted."""
    return foreign_partners(doc, text, s) + companies(doc, text, s)


def unregistered_named_first(doc: DocumentContext, text: str, s: Sentence) -> list[URIRef]:
    """The partners the registry does not know that a phrase names first, or first after
    "including", "such as" ("Ukrainian institutes, including the Kharkiv Aviation Institute"),
    minted; none when it opens with anything else ("a subsidiary of the X Company")."""
    m = _EXAMPLES.search(text)
    phrase = text[m.end() :] if m else text
    if (
        not any(pattern.match(phrase) for pattern in (FOREIGN_UNIVERSITY, COMPANY))
        and not _college_named(doc, phrase, COLLEGE_IN_CITY.match)
        and not _unit_of_a_body(phrase, whole=False)
    ):
        return []
    return unregistered_partners(doc, phrase, s)


# "of" right before a company's name: the name is the owner of what comes before it, not a partner;
# and its possessive before a name after it ("Kestrel Group's Radar Institute")
_OWNER_OF = re.compile(r"\bof\s+$")
_OWNERS = re.compile(r"['’]s\s+(?:the\s+)?(?:\d|[A-Z])")


def companies(doc: DocumentContext, text: str, s: Sentence) -> list[URIRef]:
    """Companies named in a partner phrase that the registry does not know ("the Tianjin Eminent
    Electric Cell Material Company"): minted as organisations; not in a purpose after them."""
    found = []
    text = PURPOSE.split(text, maxsplit=1)[0]
    for m in COMPANY.finditer(text):
        if m.start("name") == m.start() and _joined_tail(doc, text, m.start()):
            continue  # (after "the", a name begins: "CETC and the Kestrel Optics Company")
        if _OWNER_OF.search(text, max(0, m.start() - 4), m.start()):
            continue  # a part of it is the partner: "a subsidiary of Kestrel Group", "the 23rd Institute of X Company"
        if _OWNERS.match(text, m.end()):
            continue  # "Kestrel Group's Radar Institute": its part, not the company
        name = m["name"].strip()
        if (owner := POSSESSOR_IN_NAME.search(name)) and name[: owner.start()].lower() in doc.words.countries:
            name = name[owner.end() :]  # a country's company: "Japan's Fanuc Corporation"
        iri = _unknown(doc, name, DKG.Organisation, s)
        if iri is not None:
            found.append(iri)
    return list(dict.fromkeys(found))

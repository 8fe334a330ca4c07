"""loaders: rules on events - conferences and meetings, their attendance, and legal cases."""

from __future__ import annotations

import re

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, SKOS

from defence_kg.core.namespaces import DKG, ID
from defence_kg.loading.dates import PreciseDate, find_date
from defence_kg.loading.extraction.context import DocumentContext
from defence_kg.loading.extraction.mentions import body_of_subject, partner_mentions, unit_of_subject
from defence_kg.loading.extraction.rules.links import dated, every_named, with_unregistered
from defence_kg.loading.extraction.text import RELATIVE_PRONOUN, Gated, dating_clauses, own_clauses, split_list
from defence_kg.loading.profile_text import Sentence

EVENT_ORGANISED = Gated(
    r"^(?P<lead>.*?)\b(?P<verb>(?:co-|jointly\s+)?(?:organised|organized|held|hosted|convened))\s+(?:a|an)\s+"
    # (words before its kind: "a joint conference", "a military-civil fusion forum", the topic then)
    r"(?P<modifier>(?:[\w'’-]+\s+){0,4}?)(?P<kind>conference|forum|symposium|seminar|workshop|meeting)"
    r"(?P<with>\s+(?:together\s+)?with\s+[^,;]+?)?(?:\s+(?:on|about)\s+(?P<topic>.+?)|(?P<tail>\s+(?:attended|in|at|for|to|during|that|which)\b[^,;]*?))?\.?$",
    ("conference", "forum", "symposium", "seminar", "workshop", "meeting"),
)
# the class of each kind of event; any other (a visit, a press conference) is only an event: a press
# or news conference announces, and is no gathering to discuss as the ontology's conferences are
EVENT_CLASSES = {
    "meeting": DKG.Meeting,
    **dict.fromkeys(("conference", "forum", "symposium", "seminar", "workshop"), DKG.Conference),
}
# the word that makes a kind of its own, last before the event's kind ("a joint press conference")
PRESS = re.compile(r"\b(?:press|news)(?=\s+$)", re.IGNORECASE)
# words before an event's kind that are no topic: "an international forum", "the first annual conference"
EVENT_ADJECTIVES = re.compile(
    r"^(?:(?:international|national|regional|provincial|global|annual|biennial|inaugural|joint|academic|major|"
    r"large|small|special|high-level|closed-door|one-day|two-day|three-day|first|second|third|\d{4}|"
    # (and the kinds of meeting a word makes: "a press conference", "a Party committee meeting")
    r"press|news|online|virtual|plenary|work|working|routine|regular|preparatory|follow-up|(?i:party)|committee|"
    r"[a-z]+-(?:level|scale))\s+)*"
)
ATTENDANCE = re.compile(
    r"^(?P<q>Around|About|Approximately|Nearly|Over|More than|Some)?\s*(?P<n>\d[\d,]*)\s+"
    r"(?:people|personnel|participants|attendees|delegates|officials)\s+attended\s+the\s+"
    r"(?:conference|forum|meeting|event|symposium|seminar|workshop)"
    r"(?:,\s*including\s+(?P<groups>.+?))?\.?$"
)
# (a sentence's first word: "Attendees included ...", "Other participants were ...")
ATTENDEES = re.compile(
    r"^(?:Other\s+)?(?:[Aa]ttendees|[Pp]articipants)\s+(?P<verb>included|includes|were)\s+(?P<groups>.+?)\.?$"
)
MEETING = Gated(
    r"^(?:The\s+)?(?P<body>.+?)\s+held\s+its\s+(?P<which>first|inaugural|\w+)\s+meeting\s+"
    r"(?:on|in)\s+(?P<date>.+?)\.?$",
    ("meeting",),
)
# "... on hypersonics with CETC in 2019": the co-organiser after the topic
CO_ORGANISER = re.compile(r"\s+(?:together\s+)?with\s+")
# a visit: "A delegation from the PLA Navy toured AU in 2016", "AU received a visiting
# delegation from CETC in May 2018" (the visitors' phrase, the host's, and what follows)
_VISITOR_NOUNS = (
    r"(?:delegation|delegates|representatives|officials|leaders|experts|officers|researchers|scientists|engineers|"
    r"staff|personnel|team|group|executives|commanders|"
    # (or one who leads it: "the commander of the PLA Navy", "AU's president")
    r"president|vice-president|director|commander|chairman|head|party\s+secretary)"
)
_RANK = r"(?:senior|high-ranking|military)"
# (a group of a kind of people: "a delegation of officers from the PLA Rocket Force")
_GROUP = rf"{_VISITOR_NOUNS}(?:\s+of\s+(?:{_RANK}\s+)?{_VISITOR_NOUNS})?"
_VISITORS = rf"(?:a\s+|the\s+)?(?:{_RANK}\s+)?{_GROUP}"
# what may follow a group named before its body at a sentence's end: a date, place or leader
# ("met CETC engineers in Beijing in 2019", "hosted a CASC delegation led by its president")
# (not "on": an event's topic, "attended a meeting with CETC engineers on sonar")
_AFTER_GROUP = r"(?:(?:\s+(?:in|at|during|led|headed)\b|,)[^;]*?)?"


def _named_group(name: str) -> str:
    """A group whose body is named before it, "AU representatives", "a CETC delegation", "senior
    PLA Navy officers", "AU's president": the group in ``<name>_group``, the body's name in
    ``name``. The name's words are capitalised whatever the pattern's flags ("Li Ming and other CETC
    engineers" names no body), so a person named before ("Li Ming, a former CETC engineer") is no group."""
    return (
        rf"(?P<{name}_group>(?:(?:a|an|the)\s+)?(?:{_RANK}\s+)?"
        # (the group's noun in lower case: "the Kestrel Group", "CMC Joint Staff" are names)
        rf"(?P<{name}>(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*))(?:['’]s)?\s+(?-i:(?:{_RANK}\s+)?{_GROUP}))"
    )


VISITED = Gated(
    rf"^(?P<visitors>{_VISITORS}\s+(?:from|of)\s+(?P<origin>.+?)|"
    # "a CETC delegation visited AU", "CETC engineers toured AU": the organisation named before its
    # group; "CETC's vice president visited AU": one of its leaders
    rf"(?P<group>{_named_group('named')}|"
    r"(?:the\s+)?(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)['’]s\s+(?:[\w-]+\s+){0,2}?"
    r"(?:president|director|chairman|chair|general\s+manager|commander|head|leaders?|officials?)))"
    r"\s+(?:visited|toured|inspected|paid\s+a\s+visit\s+to)\s+(?P<host>.+?)\.?$",
    ("visit", "toured", "inspected"),
    re.IGNORECASE,
)
RECEIVED = Gated(
    r"^(?P<host>.+?)\s+(?:received|hosted|welcomed)\s+(?:a\s+visit\s+from\s+)?(?:(?P<visitors>(?:a\s+)?(?:visiting\s+)?"
    rf"(?:{_RANK}\s+)?(?:{_GROUP}|visitors)\s+(?:from|of)\s+(?P<origin>.+?))|"
    rf"(?P<group>{_named_group('named')}){_AFTER_GROUP})\.?$",  # "AU hosted a CASC delegation in 2019"
    ("received", "hosted", "welcomed"),
)
# "In 2018, AU sent a delegation to CASIC": the institution's visit to another
SENT = Gated(
    rf"^(?P<origin>.+?)\s+sent\s+(?P<group>{_VISITORS})\s+to\s+(?:visit\s+)?(?P<host>.+?)\.?$",
    ("sent",),
)
# "In March 2020, representatives of AU attended a meeting with experts from CETC on sonar",
# "... attended a conference hosted by CETC": the event, its attendees and its host
ATTENDED = Gated(
    # (or the organisation itself: "In 2019, AU took part in a forum organised by SASTIND")
    # (or a group named before its body: "AU staff attended a workshop organised by AVIC")
    rf"^(?P<visitors>{_named_group('named')}|(?:{_VISITORS}\s+(?:from|of)\s+)?(?P<origin>.+?))\s+"
    r"(?:attended|took\s+part\s+in|participated\s+in)\s+(?:a|an|the)\s+"
    r"(?P<kind>meeting|conference|forum|symposium|seminar|workshop)\s+"
    rf"(?:with\s+(?P<others>{_VISITORS}\s+(?:from|of)\s+(?P<other>.+?)|{_named_group('other_named')}{_AFTER_GROUP})|"
    r"(?:hosted|organi[sz]ed|held)\s+by\s+"
    r"(?P<host>.+?))(?:\s+(?:on|about)\s+(?P<topic>.+?))?\.?$",
    ("attended", "part", "participated"),
    re.IGNORECASE,
)
# "In April 2018, representatives of AU met with experts from CETC to discuss sonar": a meeting of both groups
MET_WITH = Gated(
    # (or "AU representatives met CETC engineers": either group named before its body)
    rf"^(?P<visitors>{_VISITORS}\s+(?:from|of)\s+(?P<origin>.+?)|{_named_group('named')})\s+met\s+(?:with\s+)?"
    rf"(?P<others>{_VISITORS}\s+(?:from|of)\s+(?P<other>.+?)|{_named_group('other_named')}{_AFTER_GROUP})"
    r"(?:\s+to\s+discuss\s+(?P<topic>.+?))?\.?$",
    ("met",),
    re.IGNORECASE,
)
# where a phrase naming one side of a visit ends: a date, a place, a purpose, a clause
_SIDE_END = re.compile(r"\s+(?:in|on|at|during|to|for|as|where|and|led|headed)\b|,|;|\s*\(")
# where an event's topic ends: a clause about the event ("..., which around 200 personnel
# attended", "; 80 delegates attended", ", where CETC officials spoke")
TOPIC_END = re.compile(
    r"\s*;\s*|,\s*(?=(?:which|where|when|at\s+which|during\s+which|whose|attended\s+by)\b)|"
    # who else ran or paid for it: "a conference on X, co-organised by CASIC", "..., sponsored by CETC"
    r",\s*(?=(?:(?:co-|jointly\s+)?(?:organi[sz]ed|hosted|sponsored|held|run)|funded|supported)\s+(?:by|with)\b)|"
    r"\s+(?=(?:(?:that|which)\s+(?:was|were)\s+)?attended\s+by\b)|"  # "a forum on X that was attended by ..."
    r"\s+(?=(?:that|which)\s[^,;]*\battended\.?$)|"  # "a conference on X that around 150 people attended"
    r"\s+in\s+(?:[A-Z][a-z]+\s+)?\d{4}\b,?\s*|"  # "a symposium on X in October 2019, ...": its date, not its topic
    # a clause of its own after the topic, its subject and verb: "a seminar on X, and CAC staff took
    # part", "..., and officials from CETC gave talks", "..., but few foreign delegates came" (not a
    # list's last item, "on radar, sonar, and lidar")
    r"(?:,\s+and|,?\s+(?:but|while|although))\s+(?=[\w'’-]+(?:\s+[\w'’-]+){0,5}?\s+(?:was|were|is|are|has|have|had|"
    r"took|attended|joined|participated|spoke|presented|gave|sent|came|signed|delivered|observed)\b)"
)
# that clause naming another organiser: ", co-organised by CASIC", ", jointly hosted with CETC"
CO_ORGANISED_AFTER = re.compile(
    r"^(?:co-(?:organi[sz]ed|hosted|sponsored)|jointly\s+(?:organi[sz]ed|hosted|held))\s+(?:by|with)\s+(?P<by>[^,;]+?)\.?$"
)
# that clause naming who attended: "that was attended by officials from SASTIND"
ATTENDED_BY_GROUP = re.compile(
    r"^(?:(?:that|which)\s+(?:was|were)\s+)?attended\s+by\s+"
    r"(?P<group>[^,;]+?\s+(?:from|of)\s+[^,;]+?(?:,\s+(?:and\s+)?(?:the\s+)?[A-Z][^,;]*?)*)\.?$"
)
# that clause giving the attendance: "which around 200 personnel attended", "attended by over 300 people"
CLAUSE_ATTENDANCE = re.compile(
    # (or a clause of its own on the event: "..., and the symposium was attended by 50 people")
    r"^(?:(?:which|that)\s+|(?:(?:the\s+\w+|it)\s+(?:was|were)\s+)?attended\s+by\s+)?"
    r"(?P<q>around|about|approximately|nearly|over|more\s+than|some)?\s*"
    # (and where they came from: "which around 150 people from the PLA and CETC attended")
    r"(?P<n>\d[\d,]*)\s+(?P<who>(?:people|personnel|participants|attendees|delegates|officials)"
    r"(?P<origin>\s+from\s+[^,;]+?)?)(?:\s+attended)?\.?$",
    re.IGNORECASE,
)
# a count qualifier of attendance and the count's precision; "over 200" is a minimum of 201
ATTENDANCE_QUALIFIERS = {
    "around": "approximate",
    "about": "approximate",
    "approximately": "approximate",
    "nearly": "approximate",
    "some": "approximate",
    "over": "minimum",
    "more than": "minimum",
}


def event_organised(doc: DocumentContext, s: Sentence) -> bool:
    """ "In May 2015, <organiser> held a conference on <topic>": the event, organiser, topic and date.

    The event is the one later attendance sentences ("200 people attended the conference") are about."""
    # (its words and year up to another's clause: "... a forum on radar and CASC held a workshop in 2018")
    text = doc.sentence_before_anothers_clause(s.text) if EVENT_ORGANISED.may_match(s.text) else s.text
    m = EVENT_ORGANISED.search(text)
    if not m or doc.negated_or_hedged(s.text):
        return False
    # "Officials from <X> held ...": the organiser is X
    who = re.sub(
        r"^(?:officials|staff|researchers|leaders)\s+(?:from|of)\s+",
        "",
        doc.without_leading_clause(m["lead"]).strip(" ,"),
    )
    organiser = doc.organisation_named(who)
    # each organiser with the certainty of its part ("A and B co-hosted ...": both stated)
    organisers = dict.fromkeys([organiser] if organiser is not None else doc.clause_subjects(s), "stated")
    if list(organisers) == [doc.subject]:
        # "TIT and the University of Warwick jointly organised ...": with one the registry does not
        # know, minted as a university named whole is elsewhere (none for "several British universities")
        organisers.update(dict.fromkeys(with_unregistered(doc, doc.main_clause(s), None, s), "stated"))
    # the topic after "on", else the words before its kind that are not only its size or reach
    topic, after = (
        topic_and_after(m["topic"]) if m["topic"] else (modifier_topic(m["modifier"]), (m["tail"] or "").strip())
    )
    # "co-hosted a forum on X with CETC": CETC organised it too; "held a forum on X with CETC": it
    # held the forum with CETC, which is implied to have organised it with it, not said to
    # (or before it: "organised a conference with CETC on radar")
    with_ = CO_ORGANISER.match(m["with"]) if m["with"] else CO_ORGANISER.search(topic)
    if organisers and with_:
        jointly = re.match(r"co-|jointly", m["verb"]) is not None
        partners = co_organisers(doc, with_.string[with_.end() :], s, known_only=not (jointly or m["with"]))
        for partner in partners:
            organisers.setdefault(partner, "stated" if jointly else "implied")
        topic = topic[: with_.start()] if partners and not m["with"] else topic
    if not organisers:
        return False
    date = find_date(dating_clauses(text))  # (not its listing's: "KAU, added to ... in 2020, co-hosted")
    kind = f"{press[0].lower()} {m['kind']}" if (press := PRESS.search(m["modifier"])) else m["kind"]
    first = doc.ctx.registry.label(next(iter(organisers)))
    label = f"{kind.capitalize()} on {topic}" if topic else f"{kind.capitalize()} organised by {first}"
    event = new_event(doc, kind, label, date)
    for who_organised, certainty in organisers.items():
        doc.fact(event, DKG.organisedBy, who_organised, s, certainty=certainty)
    if topic:
        doc.fact(event, DKG.topic, Literal(topic, lang="en"), s)
    if date is not None:
        doc.fact(event, DKG.date, dated(doc, event, date), s)
    if co_organised := CO_ORGANISED_AFTER.match(after):
        for partner in co_organisers(doc, co_organised["by"], s, known_only=True):
            if partner not in organisers:
                doc.fact(event, DKG.organisedBy, partner, s)
    elif attended := CLAUSE_ATTENDANCE.match(after):
        record_attendance(doc, event, attended["q"], attended["n"], s)
        if attended["origin"]:
            attendee_group(doc, event, attended["who"], s)
    elif group := ATTENDED_BY_GROUP.match(after):
        attendee_group(doc, event, group["group"], s)
    return True


def co_organisers(doc: DocumentContext, text: str, s: Sentence, *, known_only: bool) -> list[URIRef]:
    """Who an event was organised "with" (``text`` follows the word): the known organisation named
    right after it, else, unless ``known_only``, the ones the registry does not know, every item
    named whole ("the University of Warwick", minted). Only a known one after the topic of an
    event merely held: "held a forum on exchanges with the University of Larch" may name the
    forum's subject, not its co-organiser."""
    partners = partner_mentions(doc, text)
    if partners and partners[0][0] <= 4:
        return [partners[0][2]]
    return [] if known_only else every_named(doc, split_list(doc.up_to_next_clause(text)), s)


def modifier_topic(words: str) -> str:
    """The topic the words before an event's kind give, without those that are no topic: "military-
    civil fusion" of "international military-civil fusion"; "" of "international" or none."""
    return EVENT_ADJECTIVES.sub("", words, count=1).strip()


def topic_and_after(text: str) -> tuple[str, str]:
    """An event's topic, and the clause about the event after it ("" when none)."""
    end = TOPIC_END.search(text)
    return (text, "") if end is None else (text[: end.start()], text[end.end() :])


def new_event(doc: DocumentContext, kind: str, label: str, date: PreciseDate | None) -> URIRef:
    """Mint an event node, typed by its kind (``EVENT_CLASSES``) and labelled: the event later
    sentences refer to."""
    event = doc.mint_node(kind.replace(" ", "-"), date)
    doc.ctx.add(event, RDF.type, EVENT_CLASSES.get(kind, DKG.Event))
    doc.ctx.add(event, SKOS.prefLabel, Literal(label + (f" ({date.verbatim})" if date else ""), lang="en"))
    doc.last_event = event
    return event


def attendance(doc: DocumentContext, s: Sentence) -> bool:
    """ "Around 200 people attended the conference, including <groups>": the last event's attendance."""
    m = ATTENDANCE.match(s.text)
    if not m or doc.last_event is None:
        return False
    record_attendance(doc, doc.last_event, m["q"], m["n"], s)
    if m["groups"]:
        for group in re.split(r"\s+as well as\s+|;\s*", m["groups"]):
            attendee_group(doc, doc.last_event, group, s)
    return True


def record_attendance(doc: DocumentContext, event: URIRef, qualifier: str | None, number: str, s: Sentence) -> None:
    """The event's attendance: ``number`` people, as exact as ``qualifier`` ("around", "over") says."""
    precision = ATTENDANCE_QUALIFIERS.get(" ".join((qualifier or "").lower().split()), "exact")
    value = int(number.replace(",", "")) + (1 if precision == "minimum" else 0)
    count = doc.ctx.count(ID[f"{event.rsplit('/', 1)[-1]}-attendance"], value, precision)
    doc.fact(event, DKG.attendance, count, s)


def attendees(doc: DocumentContext, s: Sentence) -> bool:
    """ "Other attendees included <groups>": groups attending the last event."""
    m = ATTENDEES.match(s.text)
    if not m or doc.last_event is None or doc.negated_or_hedged(s.text):
        return False
    if m["verb"] == "were" and not re.search(r"\b(?:from|of)\s", m["groups"]):
        return False  # "Participants were required to ...", "... were mostly local": no group named
    for group in re.split(r"\s+as well as\s+|;\s*", m["groups"]):
        attendee_group(doc, doc.last_event, group, s)
    return True


def attendee_group(doc: DocumentContext, event: URIRef, phrase: str, s: Sentence, origin: URIRef | None = None) -> None:
    """A group of attendees ("officials from the university's party committee"), and where from
    (``origin`` when the caller found it in the phrase: "a CETC delegation")."""
    phrase = phrase.strip(" ,.")
    who = doc.ctx.mint(phrase.split(" from ")[0]).rsplit("/", 1)[-1]
    group = ID[f"{event.rsplit('/', 1)[-1]}-attendees-{who}"]
    doc.ctx.add(group, RDF.type, DKG.AttendeeGroup)
    doc.fact(group, DKG.description, Literal(phrase, lang="en"), s)
    doc.fact(event, DKG.attendeeGroup, group, s)
    if origin is not None:
        doc.fact(group, DKG.fromOrganisation, origin, s)
    # "delegates from CETC", "a delegation of CASC" ("a team of researchers from AU": from AU)
    elif frm := re.search(r"\bfrom\s+(.+)$", phrase) or re.search(r"\bof\s+(.+)$", phrase):
        for source in origins(doc, frm[1], s):
            doc.fact(group, DKG.fromOrganisation, source, s)


# a possessive: a body named as what another is of ("CSIC's 715th Research Institute")
POSSESSIVE = re.compile(r"\w['’]s\s")


def origins(doc: DocumentContext, text: str, s: Sentence) -> list[URIRef]:
    """The bodies a group comes from: the known organisations of a list ("CETC, Birch University
    and NORINCO": CETC and NORINCO, the description keeps the rest), or the one body named;
    "the university's party committee" is the institution's own; "the Leading Small Group on
    Secrecy Work" with no owner named stays the group's description, linked to no body."""
    items = split_list(text)
    if len(items) > 1 and (found := [iri for iri in map(doc.org, items) if iri is not None]):
        return list(dict.fromkeys(found))
    source = body_of_subject(doc, text, s) or unit_of_subject(doc, text)
    # (a body named as a unit's owner is not where its people come from: "engineers from CSIC's
    # 715th Research Institute" are the institute's, known by those words once a rule minted it)
    source = source or (doc.org(text) if not POSSESSIVE.search(text) else doc.ctx.registry.resolve(text))
    if source is None and doc.subject_then(r"['’]s\b", text):
        source = doc.subject
    return [source] if source is not None else []


def meeting(doc: DocumentContext, s: Sentence) -> bool:
    """ "The <body> held its first meeting on 12 May 2012": the meeting, dated, organised by the body.

    A committee's meeting makes its laboratory the one "the laboratory" refers to next."""
    m = MEETING.match(s.text)
    if not m:
        return False
    body = body_of_subject(doc, m["body"], s) or doc.org(m["body"])
    date = find_date(m["date"])
    if body is None or date is None:
        return False
    label = f"{m['which'].capitalize()} meeting of the {doc.ctx.registry.label(body)}"
    event = new_event(doc, "meeting", label, date)
    doc.fact(event, DKG.organisedBy, body, s)
    doc.fact(event, DKG.topic, Literal(f"{m['which']} meeting", lang="en"), s)
    doc.fact(event, DKG.date, dated(doc, event, date), s)
    for parent in doc.ctx.registry.parents_of(body):
        if doc.has_type(parent, DKG.Laboratory):
            doc.last_lab = parent
    return True


def visit(doc: DocumentContext, s: Sentence) -> bool:
    """ "In 2016, a delegation from the PLA Navy toured AU", "AU received a visiting delegation
    from CETC in May 2018", "AU sent a delegation to CASIC in 2018": a dated visit that concerns
    its host, its visitors an attendee group from the organisation they came from."""
    found = two_sided(doc, s, (VISITED, RECEIVED, SENT), ("host",), ("origin", "named", "owner"))
    if found is None:
        return False
    m, date, (host, origin) = found
    event = new_event(doc, "visit", f"Visit to {doc.ctx.registry.label(host)}", date)
    doc.fact(event, DKG.topic, Literal("visit", lang="en"), s)
    doc.fact(event, DKG.concerns, host, s)
    doc.fact(event, DKG.date, dated(doc, event, date), s)
    # "a CETC delegation", "CETC engineers", "AU sent a delegation": from the organisation named with it
    if group := m.groupdict().get("group"):
        attendee_group(doc, event, group, s, origin=origin)
        return True
    # "a delegation from CETC", not what follows it ("in 2020, led by ...")
    visitors = m["visitors"][: m.start("origin") - m.start("visitors")] + side(m["origin"])
    attendee_group(doc, event, visitors, s)
    return True


def attended_event(doc: DocumentContext, s: Sentence) -> bool:
    """ "In March 2020, representatives of AU attended a meeting with experts from CETC on sonar"
    (or "... met with experts from CETC to discuss sonar"): a dated meeting (or conference) with
    both groups as attendees; "... attended a conference hosted by CETC", "AU took part in a forum
    organised by SASTIND": organised by the other."""
    found = two_sided(doc, s, (ATTENDED, MET_WITH), ("origin", "named"), ("other", "other_named", "host"))
    if found is None:
        return False
    m, date, (own, other) = found
    kind, topic = (m.groupdict().get("kind") or "meeting").lower(), m["topic"]
    relation = "with" if m["others"] else "hosted by"
    label = kind.capitalize() + (f" on {topic}" if topic else f" {relation} {doc.ctx.registry.label(other)}")
    event = new_event(doc, kind, label, date)
    doc.fact(event, DKG.date, dated(doc, event, date), s)
    if topic:
        doc.fact(event, DKG.topic, Literal(topic, lang="en"), s)
    # the organisation itself attending ("AU took part in ..."), or a group named before it ("AU
    # staff"): from it (a group "from" or "of" a body: ``attendee_group`` finds the body in the phrase)
    itself = m["visitors"] == m["origin"] or m["named"] is not None
    attendee_group(doc, event, m["visitors"], s, origin=own if itself else None)
    if m["other_named"]:  # "CETC engineers" (not the date or place after them)
        attendee_group(doc, event, m["other_named_group"], s, origin=other)
    elif m["others"]:  # "experts from CETC" (not the date after them: "... from CETC in 2019")
        attendee_group(doc, event, m["others"][: m.start("other") - m.start("others")] + side(m["other"]), s)
    else:
        doc.fact(event, DKG.organisedBy, other, s)
    return True


def side(phrase: str) -> str:
    """The name a phrase for one side of an event opens with: up to a date, place, purpose or clause."""
    return _SIDE_END.split(phrase, maxsplit=1)[0]


def two_sided(
    doc: DocumentContext, s: Sentence, patterns: tuple[Gated, ...], first: tuple[str, ...], second: tuple[str, ...]
) -> tuple[re.Match[str], PreciseDate, tuple[URIRef, URIRef]] | None:
    """A dated, unhedged sentence one of ``patterns`` matches, whose two sides (the first group of
    ``first`` and of ``second`` that matched) are organisations named whole ("the PLA
    Navy", not "the PLA Navy's Engineering University" nor "a professor from AU"), one of them the
    institution."""
    if not any(pattern.may_match(s.text) for pattern in patterns):
        return None  # most sentences: before the clause is looked for
    clause = doc.without_leading_clause(doc.main_clause(s))
    m = next((m for pattern in patterns if (m := pattern.match(clause))), None)
    # (the date of the event, not of a relative clause: "from NORINCO, whose chairman was arrested in 2020")
    # (nor of another's clause after it: "... from NUDT and CETC visited it in 2019")
    dating = dating_clauses(doc.sentence_before_anothers_clause(s.text)) if m is not None else ""
    if m is None or (date := find_date(dating)) is None or doc.negated_or_hedged(s.text):
        return None
    groups = m.groupdict()
    phrases = [next(groups[g] for g in names if groups.get(g) is not None) for names in (first, second)]
    a, b = (doc.organisation_named(side(phrase)) for phrase in phrases)
    if a is None or b is None or a == b or doc.subject not in (a, b):
        return None
    return m, date, (a, b)


# a case of a body the institution is tied to, not of its people: "AU's partner CETC saw ..."
PARTNERS_CASE = re.compile(
    r"['’]s\s+(?:\w+\s+)?(?:partners?|collaborators?|subsidiar(?:y|ies)|affiliates?|suppliers?|customers?)\b"
)


# cases over a time, not one event: "Since 2016, at least five people have been charged ..."
CASES_SINCE = re.compile(r"\b[Ss]ince\s+(?:[A-Z][a-z]+\s+)?\d{4}\b")
# the verbs in another sense: tasked ("was charged by SASTIND with building a centre"; not "charged
# with smuggling"), billed
# ("charged NORINCO RMB2 million"), or things held, not people ("detained a visiting scholar's laptop")
NOT_A_CASE = re.compile(
    r"\bcharged\s+(?:by\s+[^,;]*?\s+)?with\s+(?:the\s+)?(?:developing|building|establishing|designing|leading|"
    r"overseeing|managing|coordinating|creating|setting\s+up|running|organi[sz]ing|training|drafting|"
    r"implementing|constructing|the\s+(?:development|construction|design|task|mission))\b|"
    r"\bcharged\s+(?:(?:[A-Z][\w-]*|the|a|its)\s+){0,4}(?:RMB|CNY|US\$|\$|¥|€|\d|fees?\b)|"
    r"\bdetained\s+(?:a|an|the|its|his|her|their)\s+(?:[\w'’-]+\s+){0,3}"
    r"(?:laptops?|computers?|phones?|devices?|documents?|equipment|shipments?|goods|samples?|data)\b"
)
# a case undone: "the conviction was overturned in 2021", "the charges were dropped"
CASE_UNDONE = re.compile(r"\b(?:overturned|quashed|acquitted|dropped|dismissed|reversed|cleared\s+of)\b")
# a company as the party of a case, one the institution or its alumni founded, own or spun off:
# "X Co., Ltd., a company spun off from AU, was fined", "a company founded by AU alumni was fined"
# (the company's case, not the institution's)
COMPANY_WORD = re.compile(
    r"\b(?:compan(?:y|ies)|firms?|enterprises?|corporations?|subsidiar(?:y|ies)|spin-?offs?|start-?ups?|"
    r"joint\s+ventures?|suppliers?)\b|\b(?:Co|Ltd|Inc|LLC|GmbH)\b",
    re.IGNORECASE,
)
# the passive before a case verb: the party is before it ("AU's lecturer was arrested"), else after
# it ("a US court fined a company founded by AU alumni")
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|be|is|are|got)\s+(?:\w+ly\s+)?$")
# a plea is made by its party, as a passive is told of it: the party is before the verb ("She pleaded
# guilty in 2017", "He later pled guilty"), less a time word between
PLEA = re.compile(r"pl(?:ead)?ed\s+guilty")
TIME_WORD_BEFORE = re.compile(r"\s+(?:later|then|also|subsequently|eventually|finally|\w+ly)\s*$")
# what a party is accused of, after the case verb: "arrested for exporting radar parts without a
# licence", "charged with not declaring ...", up to the clause's end; a negation in it is the
# charge's, not the case's
CASE_GROUND = re.compile(r"\s+(?:for|over|with|of|on\s+(?:charges?|suspicion|counts?)\s+of)\s+[^,;]*")


def case_event(doc: DocumentContext, s: Sentence) -> bool:
    """An arrest, indictment or sentence (ESP sections) involving the institution's people: an
    event with its date, about the institution. Needs a date, the institution named, and no
    hedge or negation; otherwise the sentence stays unparsed."""
    # (not another body's case: "a delegation from NORINCO, whose chairman was arrested in 2020",
    # "AU's partner CETC saw one of its engineers arrested")
    own = own_clauses(s.text)
    m = doc.words.case_verb.search(own)
    if not m or PARTNERS_CASE.search(own) or CASE_UNDONE.search(s.text):
        return False  # (also "...; the conviction was overturned in 2021": a case undone is not read as one)
    if doc.words.hedge.found_in(s.text) or doc.words.negation.found_in(without_ground(doc, s.text)):
        return False
    party = doc.without_leading_clause(case_party(own, m)).strip(" ,")
    if COMPANY_WORD.search(without_circumstance(party)) and not doc.subject_then(r"$", party):
        return False  # a company's case, whoever founded or owns it (not "the company" of a company's page)
    if NOT_A_CASE.search(own):
        return False  # "was charged by SASTIND with building ...": a task, not a case
    if CASES_SINCE.search(own):
        return False  # "Since 2016, at least five people have been charged ...": cases over years, not one dated
    date = find_date(own)
    if date is None:
        return False
    if not case_of_the_institution(doc, s, doc.clause_at(own, m.start())) and not same_persons_case(doc, s, party):
        return False
    doc.last_case = s
    topic = doc.words.case_topics[m["verb"]]
    event = doc.mint_node(topic.replace(" ", "-"), date)
    doc.ctx.add(event, RDF.type, DKG.Event)
    doc.ctx.add(event, SKOS.prefLabel, Literal(f"{topic.capitalize()} ({date.verbatim})", lang="en"))
    doc.fact(event, DKG.topic, Literal(topic, lang="en"), s)
    doc.fact(event, DKG.concerns, doc.subject, s)
    doc.fact(event, DKG.description, Literal(s.text, lang="en"), s)
    doc.fact(event, DKG.date, dated(doc, event, date), s)
    return True


# what a person was doing at the time, set off by commas after the name: "Li Qiang, then working for
# an aerospace company, was indicted" (the person's case; not "X Co., Ltd., a company spun off from AU")
CIRCUMSTANCE = re.compile(
    r",\s*(?:then|at\s+the\s+time|later|by\s+then|formerly|previously)\s+(?:working|employed|based|studying)\b[^,]*,?"
)
# a case told of the person the sentence before was about: "He was sentenced to 30 months in prison in
# 2019." after "In 2018, an AU researcher, Zhang Wei, was arrested ..."
PERSON_PRONOUN = re.compile(r"^(?:He|She)$")
# or of that person named again: "In 2021, a US court convicted Xu Wei ..." after "In 2018, Xu Wei, an
# AU graduate, was arrested ..." (a person's name: two or three capitalised words, no body's)
PERSON_NAMED = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}")
# an export made without the licence it needed is the charge's, not a negation of the case
# ("pleaded guilty to exporting sensors from a US company, Kestrel Sensors Inc., without a licence")
WITHOUT_A_LICENCE = re.compile(
    r"\bwithout\s+(?:an?\s+|the\s+)?(?:(?:export|valid|proper|required|government)\s+)*"
    r"(?:licen[cs]es?|permits?|authori[sz]ations?|approvals?)\b"
)


def without_circumstance(party: str) -> str:
    """The party without what its person was doing at the time (``CIRCUMSTANCE``)."""
    return CIRCUMSTANCE.sub("", party)


def same_persons_case(doc: DocumentContext, s: Sentence, party: str) -> bool:
    """``s`` tells, of "he" or "she" or of a person that sentence names, a case of the person whose
    case of the institution the sentence right before it told (in the ESP section, where each case
    is told in a run of sentences)."""
    if s.section != "ESP" or doc.last_case is None or doc.adjacent(s, -1) is not doc.last_case:
        return False
    named = PERSON_NAMED.fullmatch(party) is not None and not doc.orgs_in(party)
    return PERSON_PRONOUN.match(party) is not None or (
        named and re.search(rf"\b{party}\b", doc.last_case.text) is not None
    )


def without_ground(doc: DocumentContext, text: str) -> str:
    """``text`` without what a case's party is accused of, in the case verb's clause ("... arrested
    in Boston for exporting radar parts without a licence": no negation of the arrest)."""
    verb = doc.words.case_verb.search(text)
    clause_end = re.compile(r"[,;]").search(text, verb.end()) if verb else None
    ground = CASE_GROUND.search(text, verb.end(), clause_end.start() if clause_end else len(text)) if verb else None
    text = text if ground is None else text[: ground.start()] + text[ground.end() :]
    return WITHOUT_A_LICENCE.sub("", text) if "without" in text else text


def case_party(clause: str, verb: re.Match[str]) -> str:
    """Who a case in ``clause`` is of: before a passive verb or a plea, its object after another
    active one."""
    before = clause[: verb.start()]
    if passive := PASSIVE_BEFORE.search(before):
        return before[: passive.start()]
    if PLEA.fullmatch(verb["verb"]):
        return TIME_WORD_BEFORE.sub("", before)
    # (up to what it is for or where: "charged an AU engineer with stealing secrets from a US company")
    return re.split(r"[,;]|\s+(?:for|in|on|over|after|with|of|from|to|at|by)\s", clause[verb.end() :], maxsplit=1)[0]


# a body named by a word of its kind ("the State Key Laboratory of ...", "its Radar Centre"): "its"
# after it may be that body's
BODY_NAMED = re.compile(
    r"\b(?:Laborator(?:y|ies)|Cent(?:re|er)s?|Institutes?|Schools?|Colleges?|Academy|Company|Group)\b"
)


def case_of_the_institution(doc: DocumentContext, s: Sentence, clause: str) -> bool:
    """The case's clause names the institution, and not only inside a relative clause on someone
    else ("a NUDT professor who had once visited AU was arrested"); nor only in another clause
    ("... was arrested; he had studied at AU")."""
    mentions = list(doc.subject_mentions(clause))
    if not mentions:
        # (or "its" of the institution the sentence opens with, when no other body is named before
        # it: "AU researchers worked on radar, and in 2019 one of its professors was indicted"; not
        # "AU works with CETC, and in 2019 one of its engineers was arrested", whose either may be)
        at, where = re.search(r"\bits\b", clause), s.text.find(clause)
        before = s.text[: where + at.start()] if at and where >= 0 else ""
        its = bool(before) and doc.starts_with_subject(s) and not BODY_NAMED.search(before)
        its = its and all(iri == doc.subject for _, _, iri in doc.orgs_in(before))
        return its or (s.section == "ESP" and re.search(r"\b(?:the university|the institution)\b", clause) is not None)
    relative = RELATIVE_PRONOUN.search(clause, 0, mentions[0].start())
    return relative is None

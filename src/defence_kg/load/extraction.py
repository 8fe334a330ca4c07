"""loaders: turn the sentences of a tracker profile into facts about the profiled institution.

Each rule reads one kind of sentence and writes facts through the LoadContext, quoting the
sentence. Rules say no more than the text: "at least two" is a minimum, "around 200" is
approximate, "may indicate" makes a fact possible, and a sentence whose grammatical subject is
another organisation, or that negates, is not read as a fact about the institution. Sentences
no rule reads are kept on the document as ``dkg:unparsedSentence``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, SKOS, XSD

from defence_kg.load.dates import PreciseDate, find_date
from defence_kg.load.context import LoadContext
from defence_kg.core.namespaces import DKG, ID, vocab
from defence_kg.load.profile_text import Profile, Sentence
from defence_kg.sources.profiles import Document

NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "an": 1}
NUMBER = r"(?:\d+|" + "|".join(NUMBERS) + r")"
COUNTRIES = {"singapore": "SG", "australia": "AU", "united states": "US", "america": "US",
             "united kingdom": "GB", "britain": "GB", "germany": "DE", "france": "FR",
             "japan": "JP", "russia": "RU", "canada": "CA", "china": "CN", "new zealand": "NZ",
             "south korea": "KR", "korea": "KR", "netherlands": "NL", "sweden": "SE",
             "switzerland": "CH", "italy": "IT", "spain": "ES", "belgium": "BE", "israel": "IL"}
# cities a foreign partner's name or its sentence may place it in (a small gazetteer)
CITIES = {"melbourne": "AU", "sydney": "AU", "canberra": "AU", "moscow": "RU", "saint petersburg": "RU",
          "london": "GB", "cambridge": "GB", "oxford": "GB", "berlin": "DE", "munich": "DE", "paris": "FR",
          "tokyo": "JP", "kyoto": "JP", "toronto": "CA", "singapore": "SG", "seoul": "KR",
          "auckland": "NZ", "zurich": "CH", "stockholm": "SE", "delft": "NL", "boston": "US"}
DEMONYMS = {"australian": "AU", "american": "US", "british": "GB", "german": "DE", "french": "FR",
            "japanese": "JP", "russian": "RU", "canadian": "CA", "singaporean": "SG", "korean": "KR",
            "dutch": "NL", "swedish": "SE", "swiss": "CH", "italian": "IT", "spanish": "ES", "israeli": "IL"}
FOREIGN_UNIVERSITY = re.compile(
    r"\b(?:the\s+)?(?P<name>University of (?:[A-Z][\w'’-]+)(?:\s+(?:[A-Z][\w'’-]+|of|and))*?(?:\s+[A-Z][\w'’-]+)?|"
    r"(?:[A-Z][\w'’-]+\s+){1,4}(?:University|Institute of Technology))(?![\w-])")
ESP_VERBS = re.compile(r"\b(?P<verb>arrested|indicted|charged|convicted|sentenced|extradited|expelled|detained)\b")
ESP_TOPICS = {"arrested": "arrest", "detained": "arrest", "indicted": "indictment", "charged": "indictment",
              "convicted": "conviction", "sentenced": "prison sentence", "extradited": "extradition",
              "expelled": "expulsion"}
CREDENTIAL_LEVELS = [
    (r"top[- ]secre?c?t(?:[- ]level)?|first[- ]class|grade[- ]1|一级", "top-secret"),
    (r"secret[- ]level|secret level|\bsecret (?:security|secrecy) (?:credential|clearance|qualification)|"
     r"second[- ]class|grade[- ]2|二级", "secret"),
    (r"confidential[- ]level|confidential level|third[- ]class|grade[- ]3|三级", "confidential"),
]
NEGATION = re.compile(r"\b(?:not|no|none|no longer|never|n't|neither|nor|lacks?|lacking|without)\b", re.IGNORECASE)
# "may" is a hedge, "In May 2015" / "12 May 2015" is a month
HEDGE = re.compile(r"(?<!\d )\b(?:may(?!\s+\d)|might|could|possibly|perhaps|likely|appears? to|seems? to)\b",
                   re.IGNORECASE)
ABBREVIATION = re.compile(r"[A-Z][A-Za-z&-]{1,11}")
LEADING_CLAUSE = re.compile(
    r"^(?:(?:In|Since|By|From|As of|On|After|Before|During|Following|Under|Through|Established|Founded|Formed|"
    r"Created|Set up)\b[^,]{0,80},\s*)")
# "上海市军民融合发展研究会 (Shanghai ... Society)": a Chinese-only name with its English gloss after it
CHINESE_WITH_GLOSS = re.compile(r"[\u3400-\u9fff][\u3400-\u9fff〇\d]*\s*[(（](?P<en>[A-Za-z][^()（）]*)[)）]")


def government_names(text: str) -> str:
    """'the city of Tianjin' / 'Hunan province' -> the registry's names of those governments."""
    text = re.sub(r"\bthe (?:city|municipality) of ([A-Z][\w'’]+)", r"\1 Municipal Government", text)
    text = re.sub(r"\b([A-Z][\w'’]+) (?:city|municipality)\b", r"\1 Municipal Government", text)
    text = re.sub(r"\b(?:the )?([A-Z][\w'’]+) [Pp]rovince\b|\bthe province of ([A-Z][\w'’]+)",
                  lambda m: f"{m[1] or m[2]} Provincial Government", text)
    return text


def number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBERS[word.lower()]


def split_list(text: str) -> list[str]:
    """'a, b and c' / 'a, b along with c' -> ['a', 'b', 'c'].

    When the list ends with "along with" or "as well as", a plain "and" stays inside its item
    ("micro-energy devices and systems").
    """
    text = text.strip().rstrip(".")
    if re.search(r"\s(?:along with|as well as)\s", text):
        parts = re.split(r",\s*|\s+along with\s+|\s+as well as\s+", text)
    else:
        parts = re.split(r",\s*(?:and\s+)?|\s+and\s+(?=[^,]*$)", text)
    return [p.strip() for p in parts if p.strip()]


@dataclass
class Extractor:
    """Reads one profile. ``subject`` is the profiled institution's IRI."""

    ctx: LoadContext
    document: Document
    subject: URIRef
    profile: Profile
    names: set[str] = field(default_factory=set)
    last_agreement: URIRef | None = None
    last_event: URIRef | None = None
    last_lab: URIRef | None = None
    hosted: set[URIRef] = field(default_factory=set)
    minted: set[URIRef] = field(default_factory=set)
    facts: int = 0
    abbreviations: set[str] = field(default_factory=set)
    designation_suffix: str = ""
    risk_read: bool = False
    assessor: URIRef | None = None
    """Who made the risk assessment (default: the source's publisher)."""
    asserted_by: URIRef | None = None
    """Who asserts the facts read (default: the source's publisher)."""
    """Appended to the IRIs of the designation, agreements and events the extractor mints, so
    each source describes its own node. Value nodes (counts, establishment dates) carry
    ``value_suffix`` instead: the source and document they were read from."""

    # -- helpers ----------------------------------------------------------------------------
    def fact(self, s, p, o, sentence: Sentence, **kw) -> URIRef:
        self.facts += 1
        kw.setdefault("asserted_by", self.asserted_by)
        return self.ctx.fact(s, p, o, document=self.document, quote=sentence.text,
                             citation=sentence.citations[0] if sentence.citations else None, **kw)

    @property
    def value_suffix(self) -> str:
        """'-<source id>' plus '-<document id>' when the document is not named after the subject:
        two sources, or two versions of a profile, never share a count or date node."""
        doc = self.document.id
        return f"-{self.ctx.source.id}" + ("" if doc == self.slug else f"-{doc}")

    def value_node(self, base: str) -> URIRef:
        return ID[f"{base}{self.value_suffix}"]

    @property
    def slug(self) -> str:
        return str(self.subject).rsplit("/", 1)[-1]

    def mint_node(self, kind: str, date: PreciseDate | None) -> URIRef:
        base = f"{self.slug}-{kind}{self.designation_suffix}" + (f"-{date.iso}" if date else "")
        iri, n = ID[base], 2
        while iri in self.minted:
            iri, n = ID[f"{base}-{n}"], n + 1
        self.minted.add(iri)
        return iri

    def subject_pattern(self) -> str:
        names = sorted(self.names, key=len, reverse=True)
        # full names in any case ("Sichuan university"), after an optional "The";
        # abbreviations exactly as written
        alts = [re.sub(r"['’]", "['’]", re.escape(n)) if ABBREVIATION.fullmatch(n)
                else "(?:[Tt]he\\s+)?(?i:" + re.sub(r"['’]", "['’]", re.escape(n)) + ")" for n in names]
        alts += [r"[Tt]he university", r"[Tt]he institution", r"[Tt]he academy", r"[Tt]he college", r"It"]
        return "(?:" + "|".join(alts) + ")"

    def is_subject(self, text: str) -> bool:
        return re.fullmatch(self.subject_pattern(), text.strip(), flags=0) is not None

    def possessive(self, sentence: Sentence) -> bool:
        """The clause's subject is something of the institution's ("PPSUC's forensic institute")."""
        return re.match(self.subject_pattern() + r"['’]s\b", self.main_clause(sentence)) is not None

    def main_clause(self, sentence: Sentence) -> str:
        return LEADING_CLAUSE.sub("", sentence.text, count=1)

    def starts_with_subject(self, sentence: Sentence) -> bool:
        return re.match(self.subject_pattern() + r"(?:['’]s)?\b", self.main_clause(sentence)) is not None

    def org(self, text: str) -> URIRef | None:
        """The registry entity a phrase names (the longest mention in it), or the subject."""
        text = text.strip()
        if self.is_subject(text):
            return self.subject
        mentions = self.ctx.registry.find_in(text)
        if not mentions:
            return None
        start, end, iri = max(mentions, key=lambda m: m[1] - m[0])
        return iri

    def orgs_in(self, text: str) -> list[tuple[int, int, URIRef]]:
        found = list(self.ctx.registry.find_in(text))
        for m in re.finditer(self.subject_pattern(), text):
            if m[0] not in ("It",) and not any(s <= m.start() < e for s, e, _ in found):
                found.append((m.start(), m.end(), self.subject))
        return sorted(found)

    def describe(self, iri: URIRef, phrase: str, sentence: Sentence) -> None:
        """Record an appositive description ("defence industry agency", "Singapore's")."""
        phrase = phrase.strip(" ,")
        if not phrase:
            return
        if m := re.fullmatch(r"(.+?)['’]s?", phrase):
            code = COUNTRIES.get(m[1].lower())
            if code:
                self.fact(iri, DKG.country, Literal(code), sentence)
                return
        self.fact(iri, DKG.description, Literal(phrase, lang="en"), sentence)

    def lab(self, name: str, sentence: Sentence) -> URIRef:
        """A laboratory named in the text: the registry's, or a new one minted from its name."""
        name = name.strip(" ,.")
        iri = self.ctx.registry.resolve(name)
        if iri is None:
            iri = self.ctx.mint(name)
            self.ctx.add(iri, SKOS.prefLabel, Literal(name, lang="en"))
            self.fact(iri, RDF.type, DKG.Laboratory, sentence)
            self.ctx.registry.add_name(iri, name, "name")
        self.last_lab = iri
        return iri

    # -- the pass over the profile -----------------------------------------------------------
    def run(self) -> list[Sentence]:
        """Apply the rules to every sentence; return the sentences no rule could read."""
        rules = [self.risk, self.supervision, self.laboratory_count, self.credential,
                 self.agreement, self.lab_established, self.disciplines, self.exchanges,
                 self.event_organised, self.attendance, self.attendees, self.meeting,
                 self.possible_establishment, self.application_guide, self.risk_header,
                 self.end_user_list, self.joint_construction, self.membership, self.collaboration,
                 self.lab_bullet, self.discipline_approval, self.qualified_lab, self.case_event,
                 self.header_field]
        unparsed = []
        self.learn_abbreviations()
        for sentence in self.profile.sentences:
            results = [rule(sentence) for rule in rules]
            if not any(results):
                unparsed.append(sentence)
        self.implied_hosting()
        return unparsed

    # -- rules ----------------------------------------------------------------------------------
    def risk(self, s: Sentence) -> bool:
        m = re.match(r"^(?P<who>.+?)\s+(?:is|has been|was)\s+(?:designated|assessed as|rated)\s+(?:as\s+)?"
                     r"(?P<level>very[- ]high|high|medium|low)[- ]?risk\b[,]?\s*"
                     r"(?:(?P<conn>for|as|due to|due for|because of|because|given|owing to)\s+(?P<why>.+?)|"
                     r"(?:but|although|though|and)\s+.+?)?\.?$",
                     s.text, re.IGNORECASE)
        if not m:
            return False
        who = m["who"]
        # "Unlike <X>, which is designated very high risk, <Subject> is ...": the last clause's subject
        if "," in who and re.match(r"^(?:Unlike|Like|While|Whereas|Compared with|As with)\b", who):
            who = who.rsplit(",", 1)[-1].strip()
        if abbr := re.search(r"\(([A-Z][A-Za-z&-]{1,11})\)\s*$", who):
            who = who[:abbr.start()].strip()
        title = (self.profile.title or "").lower()
        bare = re.sub(r"^the\s+", "", who.lower())
        if not (self.is_subject(who) or self.ctx.registry.resolve(who) == self.subject
                or (title and (bare in title or re.fullmatch(r"(?:[\w ]+['’]s )?" + re.escape(title), bare)))):
            return False
        if abbr:
            self.note_abbreviation(abbr[1], s)
        level = vocab("risk", m["level"].lower().replace(" ", "-"))
        self.risk_read = True
        assessor = self.assessor or ID[self.ctx.source.publisher]
        asof = self.profile.last_updated
        designation = ID[f"{self.slug}-risk-designation" + self.designation_suffix
                         + (f"-{asof.iso}" if asof else "")]
        self.ctx.add(designation, RDF.type, DKG.RiskDesignation)
        self.ctx.add(self.subject, DKG.riskDesignation, designation)
        self.fact(self.subject, DKG.riskLevel, level, s)
        self.fact(designation, DKG.riskLevel, level, s)
        self.fact(designation, DKG.assessedBy, assessor, s)
        if m["why"]:
            self.fact(designation, DKG.rationale, Literal(m["why"], lang="en"), s)
        if asof is not None:
            self.fact(designation, DKG.assessedAsOf, Literal(asof.iso, datatype=XSD.date)
                      if asof.precision == "day" else asof.literal, s)
        return True

    def note_abbreviation(self, abbr: str, s: Sentence) -> None:
        self.names.add(abbr)
        if abbr not in self.abbreviations:
            self.abbreviations.add(abbr)
            self.fact(self.subject, DKG.abbreviation, Literal(abbr), s)

    def learn_abbreviations(self) -> None:
        """'<full name> (ABBR)' right after the institution's own full name gives its abbreviation.

        Only the first such mention counts, and only after a full name: an abbreviation written
        after another institution's name ("Dalian Maritime University (DMU)") is not taken.
        """
        full = [n for n in self.names if not ABBREVIATION.fullmatch(n)]
        if not full:
            return
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(
            "(?i:" + re.sub(r"['’]", "['’]", re.escape(n)) + ")" for n in sorted(full, key=len, reverse=True))
            + r")\s*\((?P<abbr>[A-Z][A-Za-z&-]{1,11})\)")
        for s in self.profile.sentences:
            if m := pattern.search(s.text):
                self.note_abbreviation(m["abbr"], s)
                return

    def subject_label(self) -> str:
        return sorted(self.names, key=len, reverse=True)[0] if self.names else "It"

    def supervision(self, s: Sentence, quote: Sentence | None = None) -> bool:
        m = re.search(r"\b(?P<verb>subordinate to|supervised by|administered by|run by|"
                      r"jointly supervised by|jointly administered by|under the joint supervision of|"
                      r"came under the joint supervision of|placed under the joint supervision of)\s+(?P<rest>.+?)(?:\s+since\s+(?P<since>\d{4}))?\.?$",
                      s.text)
        if not m or NEGATION.search(s.text[:m.start()]) or HEDGE.search(s.text[:m.start()]):
            return False
        if not self.starts_with_subject(s) or self.possessive(s):
            return False        # "<Subject>'s institute is administered by ...": not the institution
        joint = "joint" in m["verb"]
        prop = DKG.jointlySupervisedBy if joint else (
            DKG.subordinateTo if m["verb"] == "subordinate to" else DKG.supervisedBy)
        rest = m["rest"]
        if cut := re.search(r";|,\s*(?:while|whereas|but|unlike|like)\b|\s+(?:while|whereas)\s", rest):
            rest = rest[:cut.start()]       # "...; Beihang is subordinate to MIIT": someone else's
        # "subordinate to the MOE and is also jointly supervised by SASTIND": two relations
        if second := re.search(r",?\s+and\s+(?:is\s+|has been\s+)?(?:also\s+)?(?:now\s+)?(?=(?:jointly\s+)?"
                               r"(?:supervised|administered)\s+by\b)", rest):
            rest = rest[:second.start()]
            self.supervision(Sentence(self.subject_label() + " is " + m["rest"][second.end():], s.section,
                                      s.citations), quote=quote or s)
        targets = [iri for _, _, iri in self.orgs_in(government_names(rest)) if iri != self.subject]
        if not targets:
            return False
        qualifiers = {}
        since_year = m["since"] or ((x := re.match(r"^Since (\d{4}),", s.text)) and x[1])
        if since_year:
            since = PreciseDate(since_year, "year", f"since {since_year}")
            qualifiers[DKG.startDate] = self.ctx.temporal(
                self.mint_node("supervision-since", since), since)
        for target in dict.fromkeys(targets):
            self.fact(self.subject, prop, target, quote or s, qualifiers=qualifiers)
        # "CQU is a leading Chinese research institution subordinate to ..." also describes it
        if d := re.match(self.subject_pattern() + r"\s+is\s+(an?\s+[^,]+?)\s+" + re.escape(m["verb"]),
                         self.main_clause(s)):
            self.fact(self.subject, DKG.description, Literal(d[1], lang="en"), s)
        return True

    def laboratory_count(self, s: Sentence) -> bool:
        m = re.search(rf"\b(?:is home to|hosts|has|houses)\s+(?P<q>at least|over|more than|around|about)?\s*"
                      rf"(?P<n>{NUMBER})\s+(?:[\w-]+\s+){{0,4}}?laborator(?:y|ies)"
                      rf"(?P<rest>[^.]*)", s.text)
        if not m or not self.starts_with_subject(s) or self.possessive(s) or NEGATION.search(s.text):
            return False
        if "defen" not in (m[0] + m["rest"]).lower():
            return False
        precision = {"at least": "minimum", "over": "minimum", "more than": "minimum",
                     "around": "approximate", "about": "approximate"}.get(m["q"] or "", "exact")
        value = number(m["n"]) + (1 if m["q"] in ("over", "more than") else 0)
        count = self.ctx.count(self.value_node(f"{self.slug}-defence-laboratory-count"), value, precision)
        self.fact(self.subject, DKG.defenceLaboratoryCount, count, s)
        if areas := re.search(r"\bresearch (?:on|into|in)\s+(.+?)\.?$", m["rest"]):
            for area in split_list(areas[1]):
                self.fact(self.subject, DKG.researchArea, self.ctx.concept("topic", area), s)
        return True

    def credential(self, s: Sentence) -> bool:
        text = s.text
        if not re.search(r"security credential|security clearance|secrecy (?:credential|qualification)|"
                         r"accredited to conduct classified research|保密资格", text, re.IGNORECASE):
            return False
        if re.match(self.subject_pattern() + r"['’]s\b", self.main_clause(s)):
            return False        # "<Subject>'s partner company holds ...": not the institution's
        if NEGATION.search(text) or HEDGE.search(text):
            return False
        own = self.own_clauses(text)
        if not re.search(r"credential|clearance|qualification|accredited|保密资格", own, re.IGNORECASE):
            return False        # the credential named belongs to another organisation
        levels = [(m.start(), m.end(), lv) for pattern, lv in CREDENTIAL_LEVELS
                  for m in re.finditer(pattern, own, re.IGNORECASE)]
        # "top-secret security credentials" also reads as "secret security credentials": a match
        # overlapping a top-secret one is not a second level
        levels = [(i, e, lv) for i, e, lv in levels
                  if lv == "top-secret" or not any(j < e and i < f for j, f, lw in levels if lw == "top-secret")]
        if len({lv for _, _, lv in levels}) > 1:
            return False        # two levels in the holder's own clauses: not read
        level = levels[0][2] if levels else "accredited-level-not-stated"
        # the holder is the subject of the clause: "<Subject> holds ..." or
        # "An institution accredited ..., <Subject> is ..."
        holder_first = self.starts_with_subject(Sentence(text, s.section))
        appositive = re.match(r"^An? (?:institution|university|academy)\s+(?:accredited|holding|with)\b[^,]*,\s*"
                              + self.subject_pattern(), text)
        if not (holder_first or appositive):
            return False
        qualifiers = {}
        if (date := find_date(text)) is not None:
            qualifiers[DKG.pointInTime] = self.ctx.temporal(self.mint_node("credential", date), date)
        self.fact(self.subject, DKG.securityCredential, vocab("credential", level), s, qualifiers=qualifiers)
        if act := re.search(r"\bis active in\s+(.+?)\.?$", text):
            self.fact(self.subject, DKG.activity, Literal(act[1], lang="en"), s)
        return True

    @staticmethod
    def own_clauses(text: str) -> str:
        """The sentence without the clauses that describe other organisations: relative clauses
        (", which holds top-secret security credentials"), "held by <X>", comparisons ("one grade
        below ...", "than ...", "like/unlike ...")."""
        text = re.sub(r",\s*(?:which|who|whose)\b[^,]*(?:,|$)", ", ", text)
        text = re.sub(r"\b(?:held|owned|granted to|awarded to) by\b[^,]*|\b(?:held|owned) by\b.*$", "", text)
        text = re.sub(r",?\s*(?:one|a|two) (?:grade|level|step)s? (?:below|above|lower|higher)\b[^,]*", "", text)
        text = re.sub(r"\b(?:than|unlike|like|as with|similar to|compared with|compared to)\b[^,]*", "", text,
                      flags=re.IGNORECASE)
        return text

    def agreement(self, s: Sentence) -> bool:
        m = re.search(r"^(?P<lead>.*?)\b(?P<verb>entered|signed|concluded|reached)\s+(?:into\s+)?(?:a|an|the)\s+"
                      r"(?P<kind>[\w\s-]*?)\s*(?:agreement|contract|memorandum of understanding)\s+with\s+"
                      r"(?P<other>.+?)(?:\s+to\s+(?P<purpose>.+?))?\.?$", s.text)
        if not m or NEGATION.search(m["lead"]):
            return False
        first = self.org(LEADING_CLAUSE.sub("", m["lead"]).strip(" ,"))
        mentions = self.orgs_in(m["other"])
        if first is None or not mentions:
            return False
        start, end, second = mentions[0]
        date = find_date(s.text[:m.start("verb")])
        agreement = self.mint_node("agreement", date)
        self.ctx.add(agreement, RDF.type, DKG.Agreement)
        label = f"Agreement between {self.ctx.registry.label(first)} and {self.ctx.registry.label(second)}"
        self.ctx.add(agreement, SKOS.prefLabel, Literal(label + (f" ({date.verbatim})" if date else ""), lang="en"))
        for party in (first, second):
            self.fact(agreement, DKG.party, party, s)
        self.describe(second, m["other"][:start], s)
        kind = m["kind"].strip().lower()
        for words, concept in (("cooperation and exchange", "cooperation-and-exchange"),
                               ("joint[- ]construction", "joint-construction"),
                               ("strategic cooperation", "strategic-cooperation")):
            if re.search(words, kind):
                self.fact(agreement, DKG.agreementKind, vocab("agreement-kind", concept), s)
        if "memorandum of understanding" in s.text.lower():
            self.fact(agreement, DKG.agreementKind, vocab("agreement-kind", "memorandum-of-understanding"), s)
        if date is not None:
            self.fact(agreement, DKG.date, self.ctx.temporal(ID[f"{agreement.rsplit('/', 1)[-1]}-date"], date), s)
        if m["purpose"]:
            self.fact(agreement, DKG.purpose, Literal(m["purpose"], lang="en"), s)
            for _, _, iri in self.orgs_in(m["purpose"]):
                if iri not in (first, second):
                    self.fact(agreement, DKG.concerns, iri, s)
        self.last_agreement = agreement
        return True

    def lab_established(self, s: Sentence) -> bool:
        m = re.search(r"\bestablished\s+(?:the\s+|a\s+|an\s+)?(?P<focus>defen[cs]e-focused\s+)?"
                      r"(?P<name>[A-Z][^,]*?(?:Laborator(?:y|ies)|Lab|Centre|Center)\b"
                      r"(?:\s+(?:(?:of|for|on|and)\s+)*[A-Z(\d][^\s,]*)*)"   # words, "(B类)", "2"
                      r"(?P<tail>[^,]*?)(?:,\s*which\s+works\s+on\s+(?P<area>.+?))?\.?$", s.text)
        if not m or not self.starts_with_subject(s) or self.possessive(s) or NEGATION.search(s.text) \
                or HEDGE.search(s.text):
            return False
        joint = re.search(r"\bjointly\s+established\b|\bco-?established\b", s.text) or \
            re.match(r"\s*(?:together\s+)?with\b", m["tail"])
        area = m["area"]
        date = find_date(s.text)
        if area and date:
            area = area.replace(date.verbatim, "").replace(" in ", " ").strip()
            area = re.sub(r"\s+in$", "", area)
        lab = self.lab(m["name"], s)
        self.fact(lab, DKG.establishedBy, self.subject, s)
        if not joint:       # a laboratory set up with a partner may be hosted by either
            self.fact(lab, DKG.hostedBy, self.subject, s, certainty="implied")
        self.hosted.add(lab)
        if m["focus"]:
            self.fact(lab, DKG.defenceFocused, Literal(True), s)
        if area:
            self.fact(lab, DKG.researchArea, self.ctx.concept("topic", area.strip()), s)
        if date is not None:
            self.fact(lab, DKG.established, self.ctx.temporal(self.value_node(f"{lab.rsplit('/', 1)[-1]}-established"), date), s)
        if re.match(r"^Following (?:this|the|that) agreement", s.text) and self.last_agreement:
            self.fact(lab, DKG.establishedFollowing, self.last_agreement, s)
        return True

    def disciplines(self, s: Sentence) -> bool:
        m = re.search(rf"\b(?P<only>only\s+)?(?:has|have|had)\s+(?P<only2>only\s+)?(?P<n>{NUMBER})\s+designated\s+"
                      rf"disciplines?\s+with\s+(?:national[- ])?defen[cs]e\s+characteristics(?:[,:]\s*(?P<list>.+?))?\.?$",
                      s.text)
        if not m or not self.starts_with_subject(s):
            return False
        n = number(m["n"])
        count = self.ctx.count(self.value_node(f"{self.slug}-designated-discipline-count"), n, "exact")
        self.fact(self.subject, DKG.designatedDisciplineCount, count, s)
        for name in split_list(m["list"] or "") if n > 1 else ([m["list"]] if m["list"] else []):
            self.fact(self.subject, DKG.designatedDiscipline, self.ctx.concept("discipline", name.strip()), s)
        return True

    def exchanges(self, s: Sentence) -> bool:
        m = re.search(r"\b(?:has|have|had|engaged in|carries out)\s+(?:\w+\s+)?exchanges?\s+(?:activities\s+)?with\s+"
                      r"(?P<rest>.+?)\.?$", s.text)
        if not m or not self.starts_with_subject(s) or NEGATION.search(s.text[:m.start()]):
            return False
        if re.match(self.subject_pattern() + r"['’]s\b", self.main_clause(s)):
            return False
        mentions = [x for x in self.orgs_in(m["rest"]) if x[2] != self.subject]
        if not mentions:
            return any(self.fact(self.subject, DKG.hasExchangesWith, iri, s)
                       for iri in self.foreign_partners(m["rest"], s))
        for start, end, iri in mentions:
            self.fact(self.subject, DKG.hasExchangesWith, iri, s)
        start, end, iri = mentions[-1]
        if tail := re.match(r"^,\s*(.+)$", m["rest"][end:]):
            self.fact(iri, DKG.description, Literal(tail[1], lang="en"), s)
        return True

    def event_organised(self, s: Sentence) -> bool:
        m = re.search(r"^(?P<lead>.*?)\b(?:organised|organized|held|hosted|convened)\s+(?:a|an)\s+"
                      r"(?P<kind>conference|forum|symposium|seminar|workshop|meeting)\s+(?:on|about)\s+"
                      r"(?P<topic>.+?)\.?$", s.text)
        if not m or NEGATION.search(s.text):
            return False
        who = re.sub(r"^(?:officials|staff|researchers|leaders)\s+(?:from|of)\s+", "",
                     LEADING_CLAUSE.sub("", m["lead"]).strip(" ,"))
        organiser = self.org(who)
        if organiser is None:
            return False
        date = find_date(s.text)
        kind = m["kind"]
        event = self.mint_node(kind, date)
        self.ctx.add(event, RDF.type, DKG.Meeting if kind == "meeting" else DKG.Conference)
        self.ctx.add(event, SKOS.prefLabel, Literal(
            f"{kind.capitalize()} on {m['topic']}" + (f" ({date.verbatim})" if date else ""), lang="en"))
        self.fact(event, DKG.organisedBy, organiser, s)
        self.fact(event, DKG.topic, Literal(m["topic"], lang="en"), s)
        if date is not None:
            self.fact(event, DKG.date, self.ctx.temporal(ID[f"{event.rsplit('/', 1)[-1]}-date"], date), s)
        self.last_event = event
        return True

    def attendance(self, s: Sentence) -> bool:
        m = re.match(rf"^(?P<q>Around|About|Approximately|Nearly|Over|More than|Some)?\s*(?P<n>\d[\d,]*)\s+"
                     rf"(?:people|personnel|participants|attendees|delegates|officials)\s+attended\s+the\s+"
                     rf"(?:conference|forum|meeting|event|symposium|seminar|workshop)"
                     rf"(?:,\s*including\s+(?P<groups>.+?))?\.?$", s.text)
        if not m or self.last_event is None:
            return False
        precision = {"around": "approximate", "about": "approximate", "approximately": "approximate",
                     "nearly": "approximate", "some": "approximate", "over": "minimum",
                     "more than": "minimum"}.get((m["q"] or "").lower(), "exact")
        value = int(m["n"].replace(",", "")) + (1 if precision == "minimum" else 0)
        count = self.ctx.count(ID[f"{self.last_event.rsplit('/', 1)[-1]}-attendance"], value, precision)
        self.fact(self.last_event, DKG.attendance, count, s)
        if m["groups"]:
            for group in re.split(r"\s+as well as\s+|;\s*", m["groups"]):
                self.attendee_group(group, s)
        return True

    def attendees(self, s: Sentence) -> bool:
        m = re.match(r"^(?:Other\s+)?(?:attendees|participants)\s+(?:included|includes|were)\s+(?P<groups>.+?)\.?$", s.text)
        if not m or self.last_event is None:
            return False
        for group in re.split(r"\s+as well as\s+|;\s*", m["groups"]):
            self.attendee_group(group, s)
        return True

    def attendee_group(self, phrase: str, s: Sentence) -> None:
        phrase = phrase.strip(" ,.")
        event_slug = self.last_event.rsplit("/", 1)[-1]
        group = ID[f"{event_slug}-attendees-{self.ctx.mint(phrase.split(' from ')[0]).rsplit('/', 1)[-1]}"]
        self.ctx.add(group, RDF.type, DKG.AttendeeGroup)
        self.fact(group, DKG.description, Literal(phrase, lang="en"), s)
        self.fact(self.last_event, DKG.attendeeGroup, group, s)
        if frm := re.search(r"\bfrom\s+(.+)$", phrase):
            source = self.unit_of_subject(frm[1]) or self.org(frm[1])
            if source is None and re.match(self.subject_pattern() + r"['’]s\b", frm[1]):
                source = self.subject
            if source is not None:
                self.fact(group, DKG.fromOrganisation, source, s)

    def unit_of_subject(self, phrase: str) -> URIRef | None:
        """'the university's party committee' -> the registry unit of the subject so named."""
        m = re.match(r"^(?:the\s+university|the\s+institution|" + self.subject_pattern() + r")['’]s\s+(.+)$",
                     phrase.strip(), re.IGNORECASE)
        if not m:
            return None
        wanted = m[1].strip().lower()
        for unit in self.ctx.registry.units_of(self.subject):
            if self.ctx.registry.label(unit).lower().endswith(wanted):
                return unit
        return None

    def meeting(self, s: Sentence) -> bool:
        m = re.match(r"^(?:The\s+)?(?P<body>.+?)\s+held\s+its\s+(?P<which>first|inaugural|\w+)\s+meeting\s+"
                     r"(?:on|in)\s+(?P<date>.+?)\.?$", s.text)
        if not m:
            return False
        body = self.org(m["body"])
        date = find_date(m["date"])
        if body is None or date is None:
            return False
        event = self.mint_node("meeting", date)
        self.ctx.add(event, RDF.type, DKG.Meeting)
        self.ctx.add(event, SKOS.prefLabel, Literal(
            f"{m['which'].capitalize()} meeting of the {self.ctx.registry.label(body)} ({date.verbatim})", lang="en"))
        self.fact(event, DKG.organisedBy, body, s)
        self.fact(event, DKG.topic, Literal(f"{m['which']} meeting", lang="en"), s)
        self.fact(event, DKG.date, self.ctx.temporal(ID[f"{event.rsplit('/', 1)[-1]}-date"], date), s)
        self.last_event = event
        # a committee's meeting makes its laboratory the one "the laboratory" refers to next
        for parent in self.ctx.registry.parents_of(body):
            if DKG.Laboratory in self.ctx.registry.types.get(parent, ()):
                self.last_lab = parent
        return True

    def possible_establishment(self, s: Sentence) -> bool:
        m = re.search(r"\b(?:may|might|could)\s+indicate\s+that\s+the\s+laboratory\s+was\s+established\s+"
                      r"(?P<verbatim>(?:in\s+)?either\s+.+?|in\s+.+?)\.?$", s.text)
        if not m or self.last_lab is None:
            return False
        verbatim = re.sub(r"^in\s+", "", m["verbatim"])
        years = [int(y) for y in re.findall(r"\b(\d{4})\b", verbatim)]
        if not years:
            return False
        lab = self.last_lab
        value = self.value_node(f"{lab.rsplit('/', 1)[-1]}-established")
        self.ctx.temporal(value, verbatim=verbatim)
        first, last = min(years), max(years)
        start = f"{first}-09" if re.search(rf"late\s+(?:in\s+)?{first}", verbatim) else f"{first}-01"
        end = f"{last}-04" if re.search(rf"early\s+(?:in\s+)?{last}", verbatim) else f"{last}-12"
        # EDTF level 1: approximate and uncertain ("%") bounds of an interval
        self.ctx.add(value, DKG.edtf, Literal(f"{start}%/{end}%", datatype=URIRef("http://id.loc.gov/datatypes/edtf/EDTF")))
        st = self.fact(lab, DKG.established, value, s, certainty="possible")
        self.ctx.add(value, DKG.earliest, Literal(f"{start}-01", datatype=XSD.date))
        self.ctx.add(value, DKG.earliestEvidence, st)
        self.ctx.add(value, DKG.earliestIsHard, Literal(False))
        if self.last_event is not None and (ev_date := self.event_day(self.last_event)):
            # the lab existed when its committee met: a hard upper bound
            self.ctx.add(value, DKG.latest, Literal(ev_date, datatype=XSD.date))
            self.ctx.add(value, DKG.latestEvidence, self.last_event)
            self.ctx.add(value, DKG.latestIsHard, Literal(True))
        return True

    def event_day(self, event: URIRef) -> str | None:
        for s, p, o in reversed(self.ctx.triples):
            if s == ID[f"{event.rsplit('/', 1)[-1]}-date"] and p == DKG.when and o.datatype == XSD.date:
                return str(o)
        return None

    def application_guide(self, s: Sentence) -> bool:
        m = re.match(r"^According to (?P<source>an? [^,]+|the [^,]+),\s+the\s+laboratory\s+accepts\s+students\s+"
                     r"(?:working|researching)\s+on\s+(?P<areas>.+?)\.?$", s.text)
        if not m or self.last_lab is None:
            return False
        for area in split_list(m["areas"]):
            self.fact(self.last_lab, DKG.studentResearchArea, self.ctx.concept("topic", area), s,
                      according_to=m["source"])
        return True

    # -- rules for the patterns of other profiles (see the README's extraction section) ------------
    def risk_header(self, s: Sentence) -> bool:
        """The 2025 layout's badge: "Very HighRisk Category"."""
        m = re.fullmatch(r"(?P<level>very[- ]?high|high|medium|low)\s*risk(?:\s*category)?|"
                         r"risk(?:\s*(?:category|level|rating))?\s*:\s*(?P<level2>very[- ]?high|high|medium|low)",
                         s.text.strip(" ."), re.IGNORECASE)
        if not m:
            return False
        level = re.sub(r"very[- ]?high", "very-high", (m["level"] or m["level2"]).lower())
        self.risk_read = True
        self.fact(self.subject, DKG.riskLevel, vocab("risk", level), s)
        return True

    def header_field(self, s: Sentence) -> bool:
        """The 2025 layout's header badges and side fields, each a line of its own before the prose:
        "4 Major Defence Laboratories", "12 Designated Research Areas", "Secret Security Credentials",
        "Sanctions Lists: US Entity List", "Supervising Agencies: <agencies>"."""
        text = s.text.strip()
        if s.section is not None or text.endswith(".") or len(text) > 200:
            return False
        if m := re.fullmatch(r"(?P<n>\d+)\s+(?:Major\s+)?(?:National\s+)?Defen[cs]e\s+Lab(?:oratorie)?s?", text, re.I):
            count = self.ctx.count(self.value_node(f"{self.slug}-defence-laboratory-count"), int(m["n"]), "exact")
            self.fact(self.subject, DKG.defenceLaboratoryCount, count, s)
            return True
        if m := re.fullmatch(r"(?P<n>\d+)\s+(?:Designated\s+)?(?:Defen[cs]e\s+)?Research\s+Areas?", text, re.I):
            count = self.ctx.count(self.value_node(f"{self.slug}-designated-discipline-count"), int(m["n"]), "exact")
            self.fact(self.subject, DKG.designatedDisciplineCount, count, s)
            return True
        m = re.fullmatch(r"(?:Security\s+Credentials?:\s*)?(?P<level>Top[- ]Secret|Secret|Confidential)(?:[- ]Level)?"
                         r"(?:\s+Security\s+Credentials?)?", text, re.I)
        if m and (text.lower().startswith("security") or re.search(r"credential", text, re.I)):
            level = {"top": "top-secret", "sec": "secret", "con": "confidential"}[m["level"][:3].lower()]
            self.fact(self.subject, DKG.securityCredential, vocab("credential", level), s)
            return True
        if m := re.fullmatch(r"Sanctions?\s+Lists?:\s*(?P<lists>.+)", text, re.I):
            if NEGATION.search(m["lists"]) or re.search(r"\bn/?a\b|^-$", m["lists"], re.I):
                return True
            found = False
            for pattern, concept in self.LISTS:
                if re.search(pattern, m["lists"], re.IGNORECASE):
                    self.fact(self.subject, DKG.listedOn, vocab("end-user-list", concept), s)
                    found = True
            return found
        if m := re.fullmatch(r"Supervising\s+Agenc(?:y|ies):\s*(?P<who>.+)", text, re.I):
            targets = [iri for _, _, iri in self.orgs_in(government_names(m["who"])) if iri != self.subject]
            for target in dict.fromkeys(targets):
                self.fact(self.subject, DKG.supervisedBy, target, s)
            return bool(targets)
        return False

    LISTS = [(r"Unverified List", "us-unverified-list"), (r"End[- ]User List", "japan-end-user-list"),
             (r"Entity List", "us-entity-list")]

    def end_user_list(self, s: Sentence) -> bool:
        text = s.text
        if not re.search(r"Entity List|Unverified List|End[- ]User List", text, re.IGNORECASE):
            return False
        if NEGATION.search(text) or HEDGE.search(text) or not self.starts_with_subject(s):
            return False
        if re.match(self.subject_pattern() + r"['’]s\b", self.main_clause(s)):
            return False
        if not re.search(r"\b(?:added to|placed on|included (?:on|in)|inclusion (?:on|in)|listed on|is on|was on|"
                         r"appears on|named on|entered (?:on|onto)|designated on)\b", text, re.IGNORECASE):
            return False
        found = False
        for pattern, concept in self.LISTS:
            if re.search(pattern, text, re.IGNORECASE):
                qualifiers = {}
                if (date := find_date(self.main_clause(s))) is not None and not self.risk_read_in(s):
                    qualifiers[DKG.pointInTime] = self.ctx.temporal(self.mint_node(f"listed-{concept}", date), date)
                self.fact(self.subject, DKG.listedOn, vocab("end-user-list", concept), s, qualifiers=qualifiers)
                found = True
        return found

    def risk_read_in(self, s: Sentence) -> bool:
        return bool(re.search(r"\bis (?:designated|assessed as)\b", s.text))

    def joint_construction(self, s: Sentence) -> bool:
        text = s.text
        if not re.search(r"joint[- ]construction|co-construction|jointly (?:construct|build)", text, re.IGNORECASE):
            return False
        if NEGATION.search(text) or HEDGE.search(text):
            return False
        mentions = self.orgs_in(text)
        if not any(iri == self.subject for _, _, iri in mentions) and not re.search(
                r"\b(?:the|this) (?:university|institution)\b", text, re.IGNORECASE):
            return False
        # "COSTIND's successor SASTIND": the possessive names a different body, not a party
        others = [iri for _, end, iri in mentions if iri != self.subject and not re.match(r"['’]s\b", text[end:])]
        if any(DKG.University in self.ctx.registry.types.get(o, ()) or DKG.CivilianUniversity in
               self.ctx.registry.types.get(o, ()) for o in others):
            return False        # also about another university: not read
        parties = [o for o in dict.fromkeys(others) if DKG.GovernmentAgency in self.ctx.registry.types.get(o, ())]
        if not parties:
            return False
        years = re.findall(r"\b(?:[Ii]n|[Ss]ince)\s+(\d{4})\b(?:\s+and\s+(?:again\s+)?in\s+(\d{4}))?", text)
        dates = [PreciseDate(y, "year", y) for pair in years for y in pair if y] or [find_date(text)]
        for date in dict.fromkeys(dates):
            agreement = self.mint_node("joint-construction", date)
            self.ctx.add(agreement, RDF.type, DKG.Agreement)
            self.ctx.add(agreement, SKOS.prefLabel, Literal(
                f"Joint construction of {self.ctx.registry.label(self.subject)}" + (f" ({date.verbatim})" if date else ""),
                lang="en"))
            for party in parties:
                self.fact(agreement, DKG.party, party, s)
            self.fact(agreement, DKG.concerns, self.subject, s)
            self.fact(agreement, DKG.agreementKind, vocab("agreement-kind", "joint-construction"), s)
            if date is not None:
                self.fact(agreement, DKG.date, self.ctx.temporal(ID[f"{agreement.rsplit('/', 1)[-1]}-date"], date), s)
        return True

    def membership(self, s: Sentence) -> bool:
        text = CHINESE_WITH_GLOSS.sub(lambda g: g["en"], s.text)
        m = re.search(r"\b(?:is a member of|became a member of|is a founding member of|joined|a member of)\s+(?:the\s+)?"
                      r"(?P<name>(?:[A-Z0-9][\w'’&-]*\s+|of\s+|and\s+|for\s+)*?(?:Alliance|League|Association|Society|"
                      r"Consortium))\b", text)
        if not m or not self.starts_with_subject(s) or self.possessive(s) or NEGATION.search(s.text) \
                or HEDGE.search(s.text):
            return False
        name = m["name"].strip()
        body = self.ctx.registry.resolve(name)
        if body is None:
            body = self.ctx.mint(name)
            if body not in self.ctx.registry.labels:
                self.ctx.add(body, SKOS.prefLabel, Literal(name, lang="en"))
                self.ctx.registry.add_name(body, name, "name")
                self.ctx.registry.labels[body] = name
            self.fact(body, RDF.type, DKG.Organisation, s)
        self.fact(self.subject, DKG.memberOf, body, s)
        return True

    def collaboration(self, s: Sentence) -> bool:
        m = re.search(r"\b(?:collaborates?|collaborated|cooperates?|cooperated|partnered|partners|works|worked)"
                      r"\s+(?:closely\s+)?with\s+(?P<rest>.+?)\.?$", s.text)
        if not m or not self.starts_with_subject(s) or NEGATION.search(s.text) or HEDGE.search(s.text):
            return False
        if re.match(self.subject_pattern() + r"['’]s\b", self.main_clause(s)):
            return False        # "<Subject>'s researchers worked with ...": not the institution itself
        rest = m["rest"]
        targets = [iri for start, end, iri in self.orgs_in(rest) if iri != self.subject
                   and not re.search(r"\bof\b|['’]s\b|\b(?:subsidiary|unit|institute|part)\b", rest[:start])
                   and not re.match(r"['’]s\b", rest[end:])] or self.foreign_partners(rest, s)
        for iri in dict.fromkeys(targets):
            self.fact(self.subject, DKG.collaboratesWith, iri, s)
        return bool(targets)

    def lab_bullet(self, s: Sentence) -> bool:
        """A bullet under the laboratories heading: "• English name (中文名)"."""
        m = re.match(r"^[•\-–]\s*(?P<name>[^()（]+?)\s*(?:[(（](?P<zh>[^)）]*)[)）]?)?\s*$", s.text)
        if not m or s.section != "LAB" or not re.search(r"[A-Za-z]", m["name"]):
            return False
        lab = self.lab(m["name"], s)
        if m["zh"] and re.search(r"[\u3400-\u9fff]", m["zh"]) and lab not in self.ctx.registry.labels \
                and lab not in self.minted:
            self.minted.add(lab)
            self.ctx.add(lab, SKOS.prefLabel, Literal(m["zh"].strip(), lang="zh-Hans"))
        self.fact(lab, DKG.hostedBy, self.subject, s)
        self.hosted.add(lab)
        return True

    def discipline_approval(self, s: Sentence) -> bool:
        m = re.search(rf"\b(?:approved|designated|granted)\s+(?P<q>at least\s+)?(?P<n>{NUMBER})\s+(?:[\w-]+\s+){{0,3}}?"
                      rf"(?:disciplines|specialisations|specializations|research areas)\s+with\s+(?:national\s+)?"
                      rf"defen[cs]e\s+characteristics", s.text)
        if not m or NEGATION.search(s.text) or HEDGE.search(s.text):
            return False
        if s.section != "DRA" and not any(iri == self.subject for _, _, iri in self.orgs_in(s.text)):
            return False
        count = self.ctx.count(self.value_node(f"{self.slug}-designated-discipline-count"), number(m["n"]),
                               "minimum" if m["q"] else "exact")
        self.fact(self.subject, DKG.designatedDisciplineCount, count, s)
        return True

    def foreign_partners(self, text: str, s: Sentence) -> list[URIRef]:
        """Universities named in a partner phrase that the registry does not know: minted, with a
        country when the phrase places them (a demonym or a city of the small gazetteer)."""
        found = []
        for m in FOREIGN_UNIVERSITY.finditer(text):
            name = m["name"].strip()
            if self.is_subject(name) or self.ctx.registry.find_in(name):
                continue
            iri = self.ctx.registry.resolve(name) or self.ctx.mint(name)
            if iri not in self.ctx.registry.labels:
                self.ctx.add(iri, SKOS.prefLabel, Literal(name, lang="en"))
                self.ctx.registry.add_name(iri, name, "name")
                self.ctx.registry.labels[iri] = name
                self.fact(iri, RDF.type, DKG.University, s)
            near = (name + " " + text[m.end():m.end() + 40]).lower()
            codes = {c for w, c in {**CITIES, **COUNTRIES, **DEMONYMS}.items()
                     if re.search(rf"\b{w}\b", near) and c != "CN"}
            if len(codes) == 1:
                self.fact(iri, DKG.country, Literal(codes.pop()), s)
            found.append(iri)
        return list(dict.fromkeys(found))

    def qualified_lab(self, s: Sentence) -> bool:
        """"Its X Laboratory is not a full defence laboratory but ...": hosted, with a weaker relation.

        The laboratory is recorded as hosted by the institution with certainty 'implied' and the
        qualifier as its description; it is not counted as a defence laboratory."""
        m = re.match(r"^(?:(?:Its|The university['’]s|" + self.subject_pattern() + r"['’]s)\s+)"
                     r"(?P<name>(?:[A-Z][\w-]*\s+)+(?:Laboratory|Lab))\s+is\s+(?P<q>not\s+a\s+(?:full|dedicated)\s+"
                     r"defen[cs]e\s+laboratory(?:\s+but\s+.+?)?)\.?$", self.main_clause(s))
        if not m or HEDGE.search(s.text):
            return False
        lab = self.lab(m["name"], s)
        self.fact(lab, DKG.hostedBy, self.subject, s, certainty="implied")
        self.fact(lab, DKG.description, Literal(m["q"], lang="en"), s)
        self.hosted.add(lab)
        return True

    def case_event(self, s: Sentence) -> bool:
        """An arrest, indictment or sentence (ESP sections) involving the institution's people: an
        event with its date, about the institution. Needs a date, the institution named, and no
        hedge or negation; otherwise the sentence stays unparsed."""
        m = ESP_VERBS.search(s.text)
        if not m or NEGATION.search(s.text) or HEDGE.search(s.text):
            return False
        date = find_date(s.text)
        if date is None or not re.search(r"(?<![\w-])" + self.subject_pattern() + r"(?![\w-])", s.text) \
                and not (s.section == "ESP" and re.search(r"\b(?:the university|the institution)\b", s.text)):
            return False
        topic = ESP_TOPICS[m["verb"]]
        event = self.mint_node(topic.replace(" ", "-"), date)
        self.ctx.add(event, RDF.type, DKG.Event)
        self.ctx.add(event, SKOS.prefLabel, Literal(f"{topic.capitalize()} ({date.verbatim})", lang="en"))
        self.fact(event, DKG.topic, Literal(topic, lang="en"), s)
        self.fact(event, DKG.concerns, self.subject, s)
        self.fact(event, DKG.description, Literal(s.text, lang="en"), s)
        self.fact(event, DKG.date, self.ctx.temporal(ID[f"{event.rsplit('/', 1)[-1]}-date"], date), s)
        return True

    def implied_hosting(self) -> None:
        """A laboratory the profile names, with no other host, is the institution's: implied."""
        for lab in sorted({self.last_lab} | self._labs_mentioned()):
            if lab is None or lab in self.hosted or self.ctx.registry.parents_of(lab):
                continue
            sentence = next((x for x in self.profile.sentences
                             if self.ctx.registry.label(lab).lower() in x.text.lower()), None)
            if sentence is None:
                continue
            self.fact(lab, DKG.hostedBy, self.subject, sentence, certainty="implied")
            self.hosted.add(lab)

    def _labs_mentioned(self) -> set[URIRef]:
        labs = set()
        for sentence in self.profile.sentences:
            for _, _, iri in self.ctx.registry.find_in(sentence.text):
                if DKG.Laboratory in self.ctx.registry.types.get(iri, ()):
                    labs.add(iri)
        return labs

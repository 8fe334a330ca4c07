"""loaders: the Extractor - the rule table applied to one profile, as the loaders call it."""

from __future__ import annotations

from rdflib import URIRef

from defence_kg.loading.context import LoadContext
from defence_kg.loading.extraction.context import Antecedent, DocumentContext, SentenceOutcome
from defence_kg.loading.extraction.names import institution_names, places_of
from defence_kg.loading.extraction.node_names import rename
from defence_kg.loading.extraction.rules import (
    PAIRING_RULES,
    RULES,
    RULES_BY_NAME,
    WHOLE_SENTENCE_RULES,
    Rule,
    read_with,
)
from defence_kg.loading.extraction.rules.laboratories import LAB_OR_CENTRE, OF_A_LABORATORY, facts_of_it
from defence_kg.loading.extraction.shapes import sentence_shape
from defence_kg.loading.extraction.text import RESPECTIVELY, framed_as_unsure
from defence_kg.loading.extraction.wordlists import wordlists_of
from defence_kg.loading.profile_text import Profile, Sentence
from defence_kg.sources.profiles import Document

#: What is read of a sentence about a unit of the institution's ("The institute hosts the X
#: Laboratory" after "AU's Defence Institute ..."): the laboratories it hosts, at the institution
#: (``laboratories.hosted_in_text``); nothing else it says is the institution's.
UNIT_RULES = [RULES_BY_NAME["lab-in-text"]]


class Extractor:
    """Reads one profile. ``subject`` is the profiled institution's IRI, ``names`` its names.

    ``designation_suffix``, ``assessor`` and ``asserted_by``: see DocumentContext. The profile may
    be replaced between runs; what the earlier run learnt (names, minted nodes) is kept."""

    def __init__(
        self,
        ctx: LoadContext,
        document: Document,
        subject: URIRef,
        profile: Profile,
        *,
        names: set[str] | None = None,
        designation_suffix: str = "",
        assessor: URIRef | None = None,
        asserted_by: URIRef | None = None,
    ) -> None:
        words = wordlists_of(ctx.project.root)
        places = places_of(ctx.registry, words.place_names)
        self.doc = DocumentContext(
            ctx=ctx,
            document=document,
            subject=subject,
            profile=profile,
            words=words,
            names=institution_names(ctx.registry, subject, names or set(), profile.title, profile.title_zh, places),
            designation_suffix=designation_suffix,
            assessor=assessor,
            asserted_by=asserted_by,
        )
        self.start = len(ctx.triples)  # where this profile's triples begin: see ``name_nodes``

    @property
    def profile(self) -> Profile:
        return self.doc.profile

    @profile.setter
    def profile(self, profile: Profile) -> None:
        self.doc.profile = profile

    @property
    def risk_read(self) -> bool:
        """A risk sentence or badge was read (a page without one gets no risk fact)."""
        return self.doc.risk_read

    def run(self) -> list[Sentence]:
        """Apply the rules to the profile; return the sentences no rule could read."""
        for rule in RULES:
            if rule.scope == "before":
                rule.apply(self.doc)
        sentence_rules = [rule for rule in RULES if rule.scope == "sentence"]
        unparsed = []
        other = None  # the other body "It" may stand for (``refers_elsewhere``)
        before_it: Sentence | None = None  # the sentence before
        for sentence in self.doc.profile.sentences:
            # every rule sees every sentence: one sentence may hold several facts
            self.doc.sentence, before = sentence, self.doc.facts_made
            self.doc.parts_named.clear()
            # a sentence framed as unsure as a whole is left unread, whatever its clauses say, and so
            # is one whose "It" may stand for the other body the sentence before was about; one that
            # pairs its subjects and objects "respectively" is read only by the rules that pair them
            # (what "It" says of a laboratory after several named, or one shared or beside another body,
            # may be any one's: "AU hosts the X and the Y Laboratory. It was founded in 2008." is
            # unread; "It is run by MIIT" is AU's, as before)
            framed = (
                framed_as_unsure(sentence.text)
                or self.doc.claimed_by_another(sentence)
                or self._of_a_laboratory_unsure(sentence, before_it, other)
            )
            anothers = not framed and self.doc.stands_for_another(sentence, other)
            self.doc.unit_before = other.name if other is not None and other.its_unit else None
            rules: list[Rule]
            if framed:
                rules = []
            elif anothers:  # (about a unit of the institution's: what it hosts is at the institution)
                rules = UNIT_RULES if self.doc.unit_before else []
            else:
                rules = sentence_rules
            if RESPECTIVELY.search(sentence.text):
                rules = [rule for rule in rules if rule.name in PAIRING_RULES]
            read = self._read_bullet(rules, sentence) or self.read(rules, sentence)
            if other is not None and other.part is not None and (anothers or not (framed or read)):
                # "It" after the one laboratory named: what it says of a laboratory is the laboratory's
                # (one naming the institution too, "It is jointly run by AU and CASIC", when no rule read it)
                read = facts_of_it(self.doc, sentence, other.part) or read
            other = self.doc.refers_elsewhere(sentence, other, frozenset(self.doc.parts_named))
            before_it = sentence
            if not read:
                unparsed.append(sentence)
            self.record(sentence, "unparsed" if not read else "facts" if self.doc.facts_made > before else "read")
        self.doc.sentence, self.doc.unit_before = None, None
        for rule in RULES:
            if rule.scope == "after":
                rule.apply(self.doc)
        self.name_nodes()
        return unparsed

    def read(self, rules: list[Rule], sentence: Sentence) -> bool:
        """Read ``sentence`` with ``rules``; a sentence of clauses of the institution after
        semicolons (``clauses_of_its_own``) clause by clause, every fact quoting the whole sentence
        (by the rules of supervision whole: ``WHOLE_SENTENCE_RULES``)."""
        parts = self.doc.clauses_of_its_own(sentence) if rules else []
        if not parts:
            return read_with(self.doc, rules, sentence)
        whole = [rule for rule in rules if rule.name in WHOLE_SENTENCE_RULES]
        read = read_with(self.doc, whole, sentence)
        self.doc.quoting = sentence
        try:
            each = [rule for rule in rules if rule.name not in WHOLE_SENTENCE_RULES]
            return any([read_with(self.doc, each, part) for part in parts]) or read
        finally:
            self.doc.quoting = None

    def _read_bullet(self, rules: list[Rule], sentence: Sentence) -> bool:
        """Read a bullet that is a sentence as that sentence, without its mark (``sentence_of_bullet``:
        the 2025 layout's sections may hold sentences as bullets, "• AU holds a 35% stake in ..."), so
        that its facts quote the sentence; if that reads nothing, the list rules have the bullet."""
        body = self.doc.sentence_of_bullet(sentence) if rules else None
        if body is None:
            return False
        self.doc.sentence = body
        try:
            return self.read(rules, body)
        finally:
            self.doc.sentence = sentence

    @staticmethod
    def _of_a_laboratory_unsure(sentence: Sentence, before: Sentence | None, other: Antecedent | None) -> bool:
        """ "It" says what a laboratory may be said to be ("It was founded in 2008", ``OF_A_LABORATORY``)
        after a sentence that names a laboratory but not one that "It" can only be (``other.part``)."""
        if before is None or not sentence.text.startswith("It ") or OF_A_LABORATORY.fullmatch(sentence.text) is None:
            return False
        return (other is None or other.part is None) and LAB_OR_CENTRE.search(before.text) is not None

    def name_nodes(self) -> None:
        """Rename the nodes whose plain name another node of the profile turned out to share."""
        renames = self.doc.node_names.renames()
        if not renames:
            return
        ctx = self.doc.ctx
        nodes = set(self.doc.node_names.minted) - set(renames.values())
        ctx.triples[self.start :] = rename(ctx.triples[self.start :], renames, nodes, ctx.graph)
        for last in ("last_agreement", "last_event"):
            node = getattr(self.doc, last)
            setattr(self.doc, last, renames.get(node, node))

    def record(self, sentence: Sentence, outcome: str) -> None:
        """Count what came of one sentence, for ``extract --report``: its shape when unparsed."""
        shape = sentence_shape(self.doc, sentence) if outcome == "unparsed" else ""
        document = str(self.doc.ctx.document_iri(self.doc.document))
        self.doc.hits.sentences.append(SentenceOutcome(document, sentence.text, outcome, shape))

"""loaders: the shape of a sentence no rule read, so ``extract --report`` can group them.

A shape is the sentence's main verb and the pattern around it, with the names replaced by their
kind: "SUBJ" (the profiled institution), "ORG" (another known organisation), "YEAR" and "N". For
example "In 2016, CQU came under the joint supervision of A and B" has the shape "In …, SUBJ came
under the joint supervision of ORG". Sentences of one shape are what one new rule would read, so
the most frequent shapes say which rule to write next.
"""

from __future__ import annotations

import re

from defence_kg.loading.extraction.context import DocumentContext
from defence_kg.loading.profile_text import Sentence

PLACEHOLDERS = ("SUBJ", "ORG", "YEAR", "N")
AUXILIARIES = {"is", "are", "was", "were", "has", "have", "had", "will", "can", "does", "did", "became", "becomes"}
# words that continue a verb phrase ("has also been jointly supervised by")
CONTINUATIONS = {
    "been",
    "be",
    "being",
    "also",
    "now",
    "currently",
    "still",
    "jointly",
    "directly",
    "not",
    "by",
    "to",
    "with",
    "in",
    "of",
    "on",
    "for",
    "under",
    "as",
    "into",
    "its",
}
ARTICLES = {"a", "an", "the"}
# words after "is"/"has" that make the relation ("is subordinate to", "is home to", "is one of")
PREDICATES = {
    "subordinate",
    "responsible",
    "home",
    "involved",
    "located",
    "based",
    "known",
    "active",
    "one",
    "part",
    "member",
    "among",
    "under",
    "affiliated",
}
MAX_PHRASE = 7


def sentence_shape(doc: DocumentContext, sentence: Sentence) -> str:
    """The sentence's main verb and pattern, e.g. "SUBJ is jointly overseen by ORG"."""
    lead = doc.leading_clause(sentence.text)
    opener = f"{lead[0].split()[0]} …, " if lead else ""
    words = placeholders(doc, doc.main_clause(sentence)).split()
    if not words:
        return opener + "(empty)"
    first = words[0].strip(",;:.")
    subject = first if first in PLACEHOLDERS else first if first.lower() in ("its", "they", "their") else "…"
    verb = main_verb(doc, words)
    if verb is None:
        return opener + subject + " (no verb)"
    phrase = [words[verb].strip(",;:.").lower()]
    for word in words[verb + 1 : verb + MAX_PHRASE]:
        bare = word.strip(",;:.")
        if bare in PLACEHOLDERS:
            phrase.append(bare)
            break
        if bare.lower() in ARTICLES:
            continue
        predicate = len(phrase) == 1 and phrase[0] in AUXILIARIES and bare.lower() in PREDICATES
        if bare.lower() not in CONTINUATIONS and not predicate and not re.fullmatch(r"[a-z]+(?:ed|ing)", bare):
            phrase.append("…")
            break
        phrase.append(bare.lower())
        if word[-1:] in ",;:.":
            break
    return opener + subject + " " + " ".join(phrase)


def placeholders(doc: DocumentContext, text: str) -> str:
    """The text with organisations, years and numbers replaced by their kind."""
    text = re.sub(r"\s*[(（][^)）]*[)）]", "", text)  # "(CQU)", "(重庆大学)"
    for start, end, iri in reversed(doc.orgs_in(text)):
        text = text[:start] + ("SUBJ" if iri == doc.subject else "ORG") + text[end:]
    text = re.sub(r"^[Ii]t\b", "SUBJ", text)
    text = re.sub(r"\b(?:1[89]|20)\d{2}\b", "YEAR", text)
    return re.sub(r"\b\d[\d,.]*\b", "N", text)


def main_verb(doc: DocumentContext, words: list[str]) -> int | None:
    """The index of the main verb: the first word of the verb list after the subject's first word,
    else the first word there ending in -ed."""
    bare = [w.strip(",;:.").lower() for w in words]
    listed = [i for i, w in enumerate(bare) if i > 0 and w in doc.words.verbs]
    if listed:
        return listed[0]
    return next((i for i, w in enumerate(bare) if i > 0 and re.fullmatch(r"[a-z]{3,}ed", w)), None)

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
    "the",
    "a",
    "an",
    "its",
}
NOT_VERBS = {"its", "this", "has", "was", "is", "as", "us", "less", "thus", "various", "numerous", "always"}
MAX_PHRASE = 7


def sentence_shape(doc: DocumentContext, sentence: Sentence) -> str:
    """The sentence's main verb and pattern, e.g. "SUBJ is jointly overseen by ORG"."""
    text = sentence.text
    lead = doc.words.leading_clause.match(text)
    opener = f"{lead[0].split()[0]} …, " if lead else ""
    words = placeholders(doc, doc.main_clause(sentence)).split()
    verb = main_verb(words)
    if verb is None:
        return opener + " ".join(words[:3]) + " … (no verb)"
    phrase = [words[verb]]
    for word in words[verb + 1 : verb + MAX_PHRASE]:
        bare = word.strip(",;:.").lower()
        if word.strip(",;:.") in PLACEHOLDERS:
            phrase.append(word.strip(",;:."))
            break
        if bare not in CONTINUATIONS and not (len(phrase) == 1 and words[verb].lower() in AUXILIARIES):
            phrase.append("…")
            break
        phrase.append(bare)
        if word[-1:] in ",;:.":
            break
    subject = words[0] if words and words[0] in PLACEHOLDERS else "…"
    return opener + subject + " " + " ".join(phrase)


def placeholders(doc: DocumentContext, text: str) -> str:
    """The text with organisations, years and numbers replaced by their kind."""
    text = re.sub(r"\s*[(（][^)）]*[)）]", "", text)  # "(CQU)", "(重庆大学)"
    for start, end, iri in reversed(doc.orgs_in(text)):
        text = text[:start] + ("SUBJ" if iri == doc.subject else "ORG") + text[end:]
    text = re.sub(r"^[Ii]t\b", "SUBJ", text)
    text = re.sub(r"\b(?:1[89]|20)\d{2}\b", "YEAR", text)
    return re.sub(r"\b\d[\d,.]*\b", "N", text)


def main_verb(words: list[str]) -> int | None:
    """The index of the main verb: the first auxiliary, or the first word after the subject that
    reads as a finite verb ("holds", "established")."""
    for i, word in enumerate(words):
        bare = word.strip(",;:.").lower()
        if bare in AUXILIARIES:
            return i
        if i > 0 and bare not in NOT_VERBS and re.fullmatch(r"[a-z]{3,}(?:s|ed)", bare) and not bare.endswith("ss"):
            return i
    return None

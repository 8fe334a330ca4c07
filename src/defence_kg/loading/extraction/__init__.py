"""loaders: turn the sentences of a tracker profile into facts about the profiled institution.

Each rule (``rules.RULES``) is a named function that reads one kind of sentence and writes facts
through the document's context, quoting the sentence. Rules say no more than the text: "at least
two" is a minimum, "around 200" is approximate, "may indicate" makes a fact possible, and a
sentence whose grammatical subject is another organisation, or that negates, is not read as a
fact about the institution. Sentences no rule reads are kept on the document as
``dkg:unparsedSentence``. Word lists (countries, credential wordings, ...) are data files under
``data/wordlists/``.
"""

from defence_kg.loading.extraction.context import DocumentContext, RuleHits, counting_hits
from defence_kg.loading.extraction.extractor import Extractor
from defence_kg.loading.extraction.rules import RULES, Rule

__all__ = ["RULES", "DocumentContext", "Extractor", "Rule", "RuleHits", "counting_hits"]

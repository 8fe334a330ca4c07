"""loaders: rules on the sums and shares the tracker measures a defence tie by - what the
institution spends on defence research, and the share of its graduates the defence sector employs.

"In 2019, <Institution> spent RMB2.4 billion (AUD480 million) on defence research", "Between
2012 and 2016, the university's spending on defence research came to RMB315 million", "In 2016,
the university undertook RMB95m of defence research projects"; "18.2% of the university's
graduates who found work that year were employed in the defence industry".

Precision first: the sum is the source's own (the first one written, not a conversion in brackets
after it), with its precision ("in excess of": a minimum; "approximately": approximate; "as much
as" or "up to": not read); the sentence is about the institution itself (it, "the university",
its names; not "a professor from" it); hedged sums, and sums another claims, are not read. A sum
the institution itself claims ("By 2020, <Institution> claimed to have obtained RMB50 million of
defence research funding") is its own figure, as most of the tracker's are: read, and said to be
according to it.
"""

from __future__ import annotations

import re
from decimal import Decimal

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, XSD

from defence_kg.core.namespaces import DKG, vocab
from defence_kg.loading.dates import YEAR, PreciseDate
from defence_kg.loading.extraction.context import DocumentContext
from defence_kg.loading.extraction.text import Gated, own_clauses
from defence_kg.loading.profile_text import Sentence

# a sum as written: "RMB1.97 billion", "RMB 600 million", "RMB180m", "USD37 billion", "A$4 million",
# "US2.08 billion" (a page's own shorthand for US dollars, the number right after it)
# or with its currency after it: "85.4 million yuan", "120 million renminbi", "40 million US dollars"
_NUMBER = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
MONEY = re.compile(
    rf"(?P<currency>RMB|CNY|¥|Ұ|USD|US\$|US(?=\d)|AUD|A\$)\s?(?P<number>{_NUMBER})\s*"
    r"(?P<scale>billion|bn|million|m|thousand)?(?![\w])|"
    rf"(?<![\w.])(?P<number_first>{_NUMBER})\s*(?P<scale_first>billion|bn|million|thousand)?\s+"
    r"(?P<currency_after>yuan|renminbi|RMB|US\s+dollars|Australian\s+dollars)\b"
)
CURRENCIES = {
    "RMB": "CNY", "CNY": "CNY", "¥": "CNY", "Ұ": "CNY", "USD": "USD", "US$": "USD", "US": "USD", "AUD": "AUD", "A$": "AUD",
    "yuan": "CNY", "renminbi": "CNY", "US dollars": "USD", "Australian dollars": "AUD",
}  # fmt: skip
SCALES = {"billion": 10**9, "bn": 10**9, "million": 10**6, "m": 10**6, "thousand": 10**3, None: 1}
# the words before a number that say how exact it is; a maximum ("as much as", "up to", "less
# than", "under") or the upper end of a range ("between 10% and 15%") is not read
PRECISION_BEFORE = re.compile(
    r"\b(?:(?P<minimum>over|more than|in excess of|at least|upwards of)|"
    r"(?P<approximate>approximately|about|around|nearly|almost|some|roughly|an estimated|estimated)|"
    r"(?P<maximum>as much as|as many as|up to|less than|fewer than|under|below|no more than|at most|"
    r"between\s+\S+\s+and|from\s+\S+\s+to|between|from))\s*$",
    re.IGNORECASE,
)
# a verb or noun of spending; the defence research it is on is found beside the sum (``spent_on_defence``)
SPENDING = Gated(
    r"\b(?:spent|spending|spends|expenditure|undertook|undertaken|received|funding|worth)\b",
    ("spen", "expenditure", "undert", "received", "funding", "worth"),
)
# a sum paid for goods is no research spending: "signed procurement contracts worth RMB 40 million for
# defence research equipment", "purchased equipment worth RMB 20 million for military research"
PURCHASE = re.compile(r"\b(?:procure\w*|purchas\w*|bought|buys?|tenders?|orders?|ordered)\b", re.IGNORECASE)
# the defence research a sum is spent on, received for or undertaken in ("defence research funding",
# "defence-related research funding", "research spending on defence")
DEFENCE_RESEARCH = re.compile(
    r"\b(?:defen[cs]e(?:-related)?|military)\s+(?:\w+\s+){0,2}?(?:research|projects?|funding|R&D)"
    r"(?:\s+(?:funding|expenditure|spending))?\b"
    r"|\b(?:research|R&D)\s+(?:funding|expenditure|spending)\s+(?:on|for)\s+(?:national\s+)?(?:defen[cs]e|military)"
    r"(?:\s+(?:research|projects?))?\b",
    re.IGNORECASE,
)
# between the defence research named first and its sum: "(spending on defence research) reached",
# "(... on defence research) in 2014 was",
# "grew by 210% to", "(military projects) worth in excess of"
SUM_AFTER = re.compile(
    r"(?:\s+in\s+\d{4})?\s+(?:reached|totall?ed|amounted\s+to|was|were|stood\s+at|came\s+to|"
    r"(?:grew|rose|increased|climbed)\b[^,;]*?\bto|worth)\s+(?:(?:in\s+excess\s+of|over|more\s+than|about|around|"
    r"approximately|nearly|almost|some|roughly|at\s+least)\s+)?"
)
# "(AUD480 million)", "—over a third of its research budget—": beside a sum, not about it
ASIDES = re.compile(r"\s*\([^()]*\)|\s*[—–]\s*[^—–]*[—–]")
# whose the spending is: "<Institution> spent", "its (annual) spending", "the university's spending",
# "<Institution>'s defence research funding"
OWN_SPENDING = r"^(?:its|the (?:university|institution|academy|college)['’]s)\s+(?:[\w-]+\s+){0,3}?(?:spending|expenditure|funding)\b"
# a claim, and one the clause's subject makes of itself: "<Institution> claimed to have received"
CLAIM = re.compile(r"\bclaim")
# "In 2018, ...", "In 2018 AU's ...": the year a sentence opens with
OPENING_YEAR = re.compile(r"^(?:In|During)\s+(?P<year>\d{4})(?:,|\s+(?=[A-Z]))")  # (the comma left out too)
# "... totalled RMB1.2 billion in 2017", "its spending on defence research in 2014 was ...": the
# one year of a sentence that names no other
ONE_YEAR = re.compile(r"(?:(?!\b\d{4}\b).)*?\bin\s+(?P<year>\d{4})\b(?:(?!\b\d{4}\b).)*", re.DOTALL)
# "more than RMB800 million", "less than 5%": a figure's bound (``PRECISION_BEFORE``), not a comparison
BOUND_THAN = re.compile(r"\b(more|less|fewer)\s+than(?=\s+(?:RMB|CNY|USD|AUD|US\$|A\$|¥|Ұ)?\s?\d)")
# "Between 2011 and 2015, ...", "... totalled RMB905 million between 2013 and 2015": a period
SPAN = re.compile(r"\b(?:[Bb]etween|[Ff]rom)\s+(?P<start>\d{4})\s+(?:and|to|-|–)\s+(?P<end>\d{4})\b")
# "for the 13th five-year plan (2016-2020)": the years a count covers
FIVE_YEAR_PLAN = re.compile(r"\bfive-year\s+plan\s*[(（](?P<start>\d{4})\s*[-–—]\s*(?P<end>\d{4})[)）]")
# a share written as a fraction, as a percentage: "a quarter of its graduates" (not thirds, whose
# percentage no decimal writes exactly)
FRACTIONS = {"a quarter": "25", "one quarter": "25", "three quarters": "75", "half": "50", "a fifth": "20",
             "one fifth": "20", "a tenth": "10", "one tenth": "10"}  # fmt: skip
GRADUATES = Gated(
    r"(?:(?P<pct>\d{1,3}(?:\.\d+)?)\s*(?:%|per\s*cent|percent)|\b(?P<fraction>(?:a|one|three)\s+(?:quarters?|fifth|tenth)|half))"
    r"\s+of\s+(?P<whose>.+?)\s+graduates\b(?P<rest>.*?)\s+(?:were\s+|went\s+)?"
    r"(?:(?:working|worked|works?|to\s+work|employed)\s+(?:in|by|for|at)|(?:went|go|goes)\s+(?:in)?to|joins?|joined|entered|"
    r"(?:t(?:ook|akes?)|finds?|found)\s+(?:up\s+)?(?:jobs|work|employment)\s+(?:in|with|at))\s+(?:the\s+)?(?:national\s+)?"
    r"defen[cs]e\s+(?:sector|industry|industries|companies|firms|enterprises|units|organi[sz]ations)\b",
    ("graduates",),
    re.IGNORECASE,
)

# the defence work only describes the graduates counted, whose own verb follows: "40% of AU graduates
# who entered the defence sector joined CETC" (a share of those, not of all its graduates)
_DEFENCE_GRADUATES_DID = re.compile(
    r"\s+(?:(?:then|later|also)\s+)?(?:joined|join|went|go|were|are|worked|work|chose|choose|took|moved|did)\b"
)


def defence_spending(doc: DocumentContext, s: Sentence) -> bool:
    """A sum the institution spent on, received for or undertook in defence research, with its period."""
    # (not "hosts the X Institute, which spent ...": the institute's sum)
    money = MONEY.search(s.text) if doc.said_of_subject(SPENDING, s) else None
    if money is None or not spent_on_defence(s.text, money) or PURCHASE.search(s.text):
        return False
    clause = doc.main_clause(s)
    if not (doc.starts_with_subject(s) and not doc.possessive(s)) and not own_spending(doc, clause):
        return False  # another's sum, or a unit's
    before = s.text[: money.start()]
    kind = figure_precision(doc, s, before)
    if kind is None or doc.negated_or_hedged(before):
        return False
    number, scale, currency = _sum(money)
    value = plain(Decimal(number.replace(",", "")) * SCALES[scale])
    amount = doc.value_node(f"{doc.slug}-defence-research-spending-{value}")
    doc.ctx.add(amount, RDF.type, DKG.Amount)
    doc.ctx.add(amount, DKG.amount, Literal(value, datatype=XSD.decimal))
    doc.ctx.add(amount, DKG.currency, Literal(CURRENCIES[currency]))
    doc.ctx.add(amount, DKG.countPrecision, vocab("count-precision", kind))
    # "its annual spending rose by 150% to RMB250 million": the level reached, at the period's end
    reached = re.search(r"\b(?:grew|rose|increased|climbed)\b.*\bto\s*$", before) is not None
    # (an own claim is according to the institution: ``DocumentContext.fact``)
    doc.fact(doc.subject, DKG.defenceResearchSpending, amount, s, qualifiers=period(doc, s, amount, reached))
    return True


def _sum(money: re.Match[str]) -> tuple[str, str | None, str]:
    """A sum's number, scale and currency as written, its currency before or after it."""
    if money["number"] is not None:
        return money["number"], money["scale"], money["currency"]
    return money["number_first"], money["scale_first"], " ".join(money["currency_after"].split())


def figure_precision(doc: DocumentContext, s: Sentence, before: str) -> str | None:
    """How exact the sum or share after ``before`` is ("minimum", "approximate", "exact"); None
    when it is not read: a maximum or a range ("up to", "fewer than 10%", "between 10% and 15%"),
    or a figure another claims ("CETC claims that 12% of ..."; the institution's own claim is
    read, according to it: ``DocumentContext.fact``)."""
    precision = PRECISION_BEFORE.search(before)
    if (precision and precision["maximum"]) or (CLAIM.search(before) and doc.claimed_by_itself(s) is None):
        return None
    return next((k for k in ("minimum", "approximate") if precision and precision[k]), "exact")


def spent_on_defence(text: str, money: re.Match[str]) -> bool:
    """The sum is the one spent on defence: the defence research named right before it, joined by
    a verb of amounting ("spending on defence research came to RMB315 million"), or right after it
    ("RMB2.4 billion (AUD480 million) on defence research"); not a sum for something else that
    the sentence compares ("RMB2 billion on new buildings, far more than on defence research")."""
    for m in DEFENCE_RESEARCH.finditer(text):
        if m.end() <= money.start() and SUM_AFTER.fullmatch(text[m.end() : money.start()]):
            return True
        # what comes between is the conversion in brackets and an aside in dashes at most
        between = ASIDES.sub("", text[money.end() : m.start()])
        if m.start() >= money.end() and re.fullmatch(r"\s*(?:on|of|in|for)\s+", between):
            return True
    return False


def plain(number: Decimal) -> str:
    """A number written out without exponent or trailing zeros ("1970000000", "16.43"): the
    literal's lexical form and its node's name."""
    return format(number.normalize(), "f")


def own_spending(doc: DocumentContext, clause: str) -> bool:
    """ "its spending", "the university's spending", "<Institution>'s spending on ...": the institution's."""
    return bool(re.match(OWN_SPENDING, clause, re.IGNORECASE)) or bool(
        doc.subject_then(r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:spending|expenditure|funding)\b", clause)
    )


def period(doc: DocumentContext, s: Sentence, node: URIRef, at_end: bool = False) -> dict:
    """ "In 2018, ...": the point in time; "Between 2011 and 2015, ...": the start and the end (or,
    ``at_end``, the end as the point in time)."""
    # (not a year of the subject's past: "AU, founded in 1952, spent ..."; a bound of the figure is
    # no comparison, whose "than ..." ``own_clauses`` drops: "more than RMB800 million ... in 2018")
    own = own_clauses(BOUND_THAN.sub(r"\1 over", s.text))
    m = OPENING_YEAR.match(s.text) or ONE_YEAR.fullmatch(own) or SPAN.search(own)
    if m is None:
        return {}
    if m.groupdict().get("year") or at_end:
        year = m.groupdict().get("year") or m["end"]
        return {DKG.pointInTime: doc.ctx.temporal(node + "-year", PreciseDate(year, "year", year))}
    return years(doc, node, m["start"], m["end"])


def plan_period(doc: DocumentContext, s: Sentence, node: URIRef) -> dict:
    """ "... for the 13th five-year plan (2016-2020)": the start and the end of the plan."""
    m = FIVE_YEAR_PLAN.search(s.text)
    return years(doc, node, m["start"], m["end"]) if m else {}


def years(doc: DocumentContext, node: URIRef, start: str, end: str) -> dict:
    """A period of whole years, as start and end qualifiers (dated values named after ``node``)."""
    first, last = (PreciseDate(year, "year", year) for year in (start, end))
    return {DKG.startDate: doc.ctx.temporal(node + "-start", first), DKG.endDate: doc.ctx.temporal(node + "-end", last)}


def graduate_share(doc: DocumentContext, s: Sentence) -> bool:
    """ "18.2% of the university's graduates who found work that year were employed in the defence
    industry", "21.5% of AU graduates in 2016 ...": the share, with its year if given."""
    m = GRADUATES.search(s.text)
    if not m or doc.negated_or_hedged(s.text):
        return False
    if re.fullmatch(r"\s+(?:who|that)", m["rest"]) and _DEFENCE_GRADUATES_DID.match(s.text, m.end()):
        return False  # "... graduates who entered the defence sector joined CETC"
    figure = m["pct"] or FRACTIONS.get(" ".join(m["fraction"].lower().split()))
    kind = figure_precision(doc, s, s.text[: m.start("pct" if m["pct"] else "fraction")])
    if kind is None or figure is None:
        return False
    whose = re.sub(r"\b\d{4}\b", "", m["whose"]).strip()  # "2018 Beihang"
    if not (
        re.fullmatch(r"its|the (?:university|institution|academy|college)['’]s", whose, re.I)
        or doc.is_subject(re.sub(r"['’]s$", "", whose))
    ):
        return False  # another's graduates, or graduates of a kind
    if (pct := Decimal(figure)) > 100:
        return False
    value = plain(pct)
    share = doc.value_node(f"{doc.slug}-defence-graduate-share-{value}")
    doc.ctx.add(share, RDF.type, DKG.Share)
    doc.ctx.add(share, DKG.percent, Literal(value, datatype=XSD.decimal))
    doc.ctx.add(share, DKG.countPrecision, vocab("count-precision", kind))
    # one year (of several, "graduates in 2017 and 2018": a share of them all, undated)
    years = set(YEAR.findall(m["whose"] + m["rest"]))
    year = (
        (re.search(r"\b(\d{4})\b", m["whose"] + m["rest"]) if len(years) == 1 else None)
        or re.match(r"^In (\d{4}),", s.text)
        or re.match(r"\s+in (\d{4})\.?$", s.text[m.end() :])  # "... entered the defence industry in 2015."
    )
    qualifiers = {}
    if year:
        date = PreciseDate(year[1], "year", year[1])
        qualifiers[DKG.pointInTime] = doc.ctx.temporal(share + "-year", date)
    doc.fact(doc.subject, DKG.defenceGraduateShare, share, s, qualifiers=qualifiers)
    return True

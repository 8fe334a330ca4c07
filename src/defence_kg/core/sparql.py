"""core: SPARQL text, the one home of it — tokenizer, RDF term → SPARQL, VALUES binding, prefix
declarations and IRI compaction. Used by the query library, the remote client, validation, the
site, stats and extraction review; it imports no SPARQL engine.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from rdflib import Literal, URIRef
from rdflib.term import Node

from defence_kg.core.errors import QueryError
from defence_kg.core.namespaces import PREFIXES

FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
#: A comment line marking where the VALUES block of parameters goes (else: first in the top-level WHERE)
PARAMS_MARKER = "#@params"
IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\]')
#: A local part that reads safely after ``prefix:`` (stricter than SPARQL's PN_LOCAL, on purpose).
_LOCAL = re.compile(r"[A-Za-z0-9_.\-/#]+")

# enough of SPARQL's lexer to find keywords and braces outside strings, IRIs and comments
_TOKEN = re.compile(
    r"""
    (?P<comment>\#[^\n]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][A-Za-z0-9_]+)
  | (?P<word>[A-Za-z_][A-Za-z0-9_\-]*(?::[A-Za-z0-9_\-.]*)?)
  | (?P<brace>[{}])
  | (?P<space>\s+)
  | (?P<other>.)
""",
    re.X | re.S,
)


def tokens(text: str) -> Iterator[tuple[str, str, int]]:
    """(kind, text, offset) tokens of a SPARQL query: comment, string, iri, var, word, brace, other.

    >>> [t[:2] for t in tokens('ASK { ?s <http://x/y> "}" }')][:3]
    [('word', 'ASK'), ('brace', '{'), ('var', '?s')]
    """
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "other"
        if kind != "space":
            yield kind, m.group(), m.start()


def query_form(text: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first form keyword outside comments, IRIs and strings."""
    for kind, tok, _ in tokens(text):
        if kind == "word" and tok.upper() in FORMS:
            return tok.upper()
    return "SELECT"


#: the words an update operation starts with (SPARQL 1.1 Update)
UPDATES = frozenset(["INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"])


def update_keyword(text: str) -> str | None:
    """The operation's keyword when ``text`` is a SPARQL update (its first word after the
    prologue), else None."""
    for kind, tok, _ in tokens(text):
        if kind != "word" or ":" in tok or tok.upper() in ("PREFIX", "BASE"):
            continue
        return tok.upper() if tok.upper() in UPDATES else None
    return None


def prefix_header(names: tuple[str, ...] | None = None) -> str:
    """``PREFIX`` declarations of the project's namespaces (all, or those named), one per line.

    >>> prefix_header(("dkg",))
    'PREFIX dkg: <https://w3id.org/defence-kg/ontology#>\\n'
    """
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items() if names is None or p in names)


def term_n3(term: Node) -> str:
    """The SPARQL form of an RDF term, every special character escaped.

    >>> term_n3(Literal('say "hi"', lang="en"))
    '"say \\\\"hi\\\\""@en'
    """
    if isinstance(term, URIRef):
        if IRI_FORBIDDEN.search(str(term)):
            raise QueryError(f"not a valid IRI: {str(term)!r}", fix="give a valid IRI")
        return f"<{term}>"
    if isinstance(term, Literal):
        # always the short quoted form (rdflib's n3() may choose a triple-quoted form for values
        # with newlines, which a trailing quote can break)
        text = str(term)
        for a, b in (("\\", "\\\\"), ('"', '\\"'), ("\n", "\\n"), ("\r", "\\r"), ("\t", "\\t")):
            text = text.replace(a, b)
        if term.language:
            return f'"{text}"@{term.language}'
        if term.datatype:
            return f'"{text}"^^' + term_n3(URIRef(term.datatype))
        return f'"{text}"'
    raise QueryError(f"cannot bind {term!r}", why="only IRIs and literals can be parameter values")


def bind(text: str, values: Mapping[str, Node]) -> str:
    """The query with one VALUES block first inside its top-level WHERE group (or at each
    ``#@params`` marker), so values are joined before FILTERs and OPTIONALs, as pre-bound variables."""
    names = sorted(values)
    block = (
        "VALUES (" + " ".join(f"?{n}" for n in names) + ") { (" + " ".join(term_n3(values[n]) for n in names) + ") }"
    )
    markers = [pos for kind, tok, pos in tokens(text) if kind == "comment" and tok.strip() == PARAMS_MARKER]
    if markers:
        # an empty VALUES () { () } keeps the syntax valid where no parameter is given
        for pos in reversed(markers):
            text = text[:pos] + block + text[pos + len(PARAMS_MARKER) :]
        return text
    if not values:
        return text
    pos = _where_brace(text)
    return text[: pos + 1] + "\n  " + block + "\n" + text[pos + 1 :]


def _where_brace(text: str) -> int:
    """Offset of the ``{`` opening the top-level group pattern."""
    toks = list(tokens(text))
    for i, (kind, tok, _) in enumerate(toks):
        up = tok.upper() if kind == "word" else ""
        if up in ("SELECT", "ASK"):
            # the first brace is the WHERE group (a select expression cannot open one)
            for kind2, tok2, pos2 in toks[i + 1 :]:
                if kind2 == "word" and tok2.upper() == "WHERE":
                    break
                if kind2 == "brace":
                    return pos2
        if up == "WHERE":
            for kind2, tok2, pos2 in toks[i + 1 :]:
                if kind2 == "brace" and tok2 == "{":
                    return pos2
    raise QueryError(
        "cannot find the query's WHERE { ... } group to bind parameters into",
        fix="write the query with an explicit WHERE { ... }",
    )


def compact(iri: str, *, namespaces: Mapping[str, str] = PREFIXES, angle: bool = True) -> str:
    """An IRI as a prefixed name under the longest namespace that covers it with a plain local
    part; otherwise ``<iri>`` (or the bare IRI with ``angle=False``).

    >>> compact("https://w3id.org/defence-kg/ontology#riskLevel")
    'dkg:riskLevel'
    >>> compact("http://example.org/x"), compact("http://example.org/x", angle=False)
    ('<http://example.org/x>', 'http://example.org/x')
    """
    best = ""
    for prefix, ns in namespaces.items():
        if iri.startswith(ns) and len(ns) > len(namespaces.get(best, "")) and _LOCAL.fullmatch(iri[len(ns) :]):
            best = prefix
    if best:
        return f"{best}:{iri[len(namespaces[best]) :]}"
    return f"<{iri}>" if angle else iri

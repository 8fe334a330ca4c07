"""query: the stored query library (``queries/*.rq``): headers, parameters bound as RDF terms, runs.

A stored query opens with a header of ``#+`` comment lines::

    #+ summary: Defence links of an institution, newest first, with evidence
    #+ tags: institution, links, evidence
    #+ param: institution iri id:chongqing-university — the institution
    #+ param: kind iri - — optional: only this kind (``-`` means no default: unbound)
    #+ param: certainty string{stated,implied,possible} stated — a string of one of these words

Parameters are bound as RDF terms, never spliced into the query text as strings: each value is
turned into an rdflib term (an IRI is checked to be a valid IRI, a literal is escaped by rdflib's
serialiser) and the terms go into one ``VALUES`` block placed first inside the query's top-level
``WHERE { ... }``. That joins the values with the rest of the pattern, so a parameter is bound
before FILTERs and OPTIONALs, just like a pre-bound variable, and the *same* query text runs
in-process (Oxigraph) and on any SPARQL 1.1 server. A parameter with no value and no default
stays unbound, so queries can test ``BOUND(?kind)``. (pyoxigraph's own substitutions would only
work in-process and only for projected variables.)
"""

from __future__ import annotations

import re
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from defence_kg.core.errors import InputError, QueryError
from defence_kg.core.inputs import kind_of
from defence_kg.core.namespaces import ID, PREFIXES
from defence_kg.core.sparql import IRI_FORBIDDEN, bind, query_form, tokens, update_keyword
from defence_kg.core.store import QUERY_THREADS, Store
from defence_kg.core.suggest import did_you_mean
from defence_kg.loading.registry import Registry

#: What a query returns: a bool (ASK), triples (CONSTRUCT/DESCRIBE) or (variables, rows) (SELECT).
QueryResult = bool | list[tuple[Node, Node, Node]] | tuple[list[str], list[tuple[Node | None, ...]]]

PARAM_TYPES = ("iri", "string", "integer", "decimal", "date", "boolean", "langstring")
NO_DEFAULT = "-"


#: ``integer[1..3]``: a type with the range of values the query accepts (inclusive bounds).
_RANGED = re.compile(r"(?P<type>integer|decimal)\[(?P<low>-?\d+(?:\.\d+)?)\.\.(?P<high>-?\d+(?:\.\d+)?)\]")
#: ``string{stated,implied,possible}``: a string that must be one of these words (a typo is refused,
#: not silently matched against nothing by the query).
_CHOICES = re.compile(r"string\{(?P<choices>[^{},\s]+(?:,[^{},\s]+)*)\}")


@dataclass
class Param:
    name: str
    type: str
    default: str | None
    description: str
    low: float | None = None
    high: float | None = None
    choices: tuple[str, ...] = ()


@dataclass
class StoredQuery:
    name: str
    path: Path
    text: str
    summary: str = ""
    tags: list[str] = field(default_factory=list)
    params: list[Param] = field(default_factory=list)

    @property
    def form(self) -> str:
        return query_form(self.text)

    @property
    def ordered(self) -> bool:
        """True if the top level has ORDER BY (tests then compare rows in order)."""
        depth = 0
        for kind, text, _ in tokens(self.text):
            if kind == "brace":
                depth += 1 if text == "{" else -1
            elif kind == "word" and depth == 0 and text.upper() == "ORDER":
                return True
        return False


def parse_query_file(path: Path) -> StoredQuery:
    """Read a ``.rq`` file and its ``#+`` header."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise InputError(
            "cannot read query file",
            where=str(path),
            why=err.strerror,
            fix="check the path; `defence-kg query --list` lists stored queries",
        ) from None
    except UnicodeDecodeError as err:
        raise InputError(
            "the query file is not UTF-8 text",
            where=f"{path} (byte {err.start})",
            why=str(err),
            fix="save the query as UTF-8",
        ) from None
    if update := update_keyword(text):
        raise QueryError(
            "SPARQL updates are not supported",
            where=str(path),
            why=f"the query is an update ({update}): defence-kg only reads the dataset (SELECT, ASK, CONSTRUCT, "
            "DESCRIBE); a build is changed by building it again",
            fix="give a SELECT, ASK, CONSTRUCT or DESCRIBE query; to change the data, change its sources and rebuild",
        )
    if all(not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()):
        raise QueryError(
            "the query file holds no query",
            where=str(path),
            why="it is empty, or holds only comments and '#+' header lines",
            fix="write a SELECT, ASK, CONSTRUCT or DESCRIBE query in it",
        )
    q = StoredQuery(name=path.stem, path=path, text=text)
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.startswith("#+"):
            continue
        key, sep, value = line[2:].strip().partition(":")
        if not sep:
            raise QueryError(
                "malformed query header line",
                where=f"{path}:{lineno}",
                why="a header line reads '#+ key: value'",
                fix="add the colon",
            )
        key, value = key.strip().lower(), value.strip()
        if key == "summary":
            q.summary = value
        elif key == "tags":
            q.tags = [t.strip() for t in value.split(",") if t.strip()]
        elif key == "param":
            head, _, desc = value.partition("—")
            parts = head.split()
            if len(parts) != 3 or not (
                parts[1] in PARAM_TYPES or _RANGED.fullmatch(parts[1]) or _CHOICES.fullmatch(parts[1])
            ):
                raise QueryError(
                    "malformed parameter declaration",
                    where=f"{path}:{lineno}",
                    why=f"expected 'name type default — description' with type one of "
                    f"{', '.join(PARAM_TYPES)} (a number may give its range: integer[1..3], a string its "
                    f"words: string{{a,b}}); got {value!r}",
                    fix="write e.g. '#+ param: institution iri id:chongqing-university — the institution'",
                )
            name, ptype, default = parts
            ranged = _RANGED.fullmatch(ptype)
            low, high = (float(ranged["low"]), float(ranged["high"])) if ranged else (None, None)
            chosen = _CHOICES.fullmatch(ptype)
            q.params.append(
                Param(
                    name,
                    ranged["type"] if ranged else "string" if chosen else ptype,
                    None if default == NO_DEFAULT else default,
                    desc.strip(),
                    low,
                    high,
                    tuple(chosen["choices"].split(",")) if chosen else (),
                )
            )
        else:
            raise QueryError(
                f"unknown query header key '{key}'", where=f"{path}:{lineno}", fix="use summary, tags or param"
            )
    return q


def discover(project) -> dict[str, StoredQuery]:
    """The stored queries of the project, by name."""
    return {p.stem: parse_query_file(p) for p in sorted(Path(project.queries).glob("*.rq"))}


def find(project, name_or_file: str) -> StoredQuery:
    """A stored query by name, or a query file by path."""
    path = Path(name_or_file)
    if path.suffix == ".rq" and path.exists() or path.is_file():
        return parse_query_file(path)
    stored = discover(project)
    if name_or_file in stored:
        return stored[name_or_file]
    if path.suffix == ".rq" or len(path.parts) > 1:  # a path, not a name: say so
        kind = kind_of(path)
        raise QueryError(
            "not a query file" if kind else "no such query file",
            where=name_or_file,
            why=f"it is {kind}, not a file" if kind else "nothing is there",
            fix="give the path of a .rq file, or a stored query's name (`defence-kg query --list`)",
        )
    raise QueryError(
        f"no stored query named '{name_or_file}'",
        where=str(project.queries),
        why="not a file and not the name of a queries/*.rq file",
        fix=did_you_mean(name_or_file, stored) or "run `defence-kg query --list` to see the stored queries",
    )


def catalogue(project) -> str:
    """``queries/README.md``: the catalogue of stored queries, generated from their ``#+`` headers."""
    stored = discover(project)
    out = [
        "# Stored queries",
        "",
        "Generated from the `#+` headers of `queries/*.rq` by `defence_kg.queries.library.catalogue()`;",
        "a test checks that this file matches the headers. Run one with",
        "`defence-kg query NAME [--param name=value ...] [--endpoint URL]`; list them with",
        "`defence-kg query --list`. Each has a test case in `tests/queries/NAME/`.",
        "",
    ]
    out += ["| query | form | summary | tags |", "|---|---|---|---|"]
    for name, q in stored.items():
        summary = q.summary.replace("|", "\\|")
        out.append(f"| [`{name}`](#{name}) | {q.form} | {summary} | {', '.join(q.tags)} |")
    for name, q in stored.items():
        out += [
            "",
            f"## {name}",
            "",
            q.summary,
            "",
            f"- file: [`{name}.rq`]({name}.rq)",
            f"- form: {q.form}{' (ordered)' if q.ordered else ''}",
            f"- tags: {', '.join(q.tags)}",
        ]
        if q.params:
            out.append("- parameters:")
            for p in q.params:
                default = f"`{p.default}`" if p.default is not None else "none (unbound)"
                kind = p.type + (f", one of {', '.join(f'`{c}`' for c in p.choices)}" if p.choices else "")
                out.append(f"  - `{p.name}` ({kind}, default {default}): {p.description}")
        else:
            out.append("- parameters: none")
    return "\n".join(out) + "\n"


# -- parameter values as RDF terms ----------------------------------------------------------
def resolve_iri(value: str, *, store=None) -> URIRef:
    """A full IRI, a CURIE with one of our prefixes, or a slug/label resolved to a thing's IRI."""
    v = value.strip()
    if v.startswith("<") and v.endswith(">"):
        v = v[1:-1]
    prefix, sep, local = v.partition(":")
    if sep and prefix in PREFIXES and not local.startswith("//"):
        v = PREFIXES[prefix] + local
    elif not re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*:", v):
        if store is not None and (found := _by_name(store, v)) is not None:
            return found
        if re.fullmatch(r"[a-z0-9][a-z0-9\-]*", v) and (store is None or _known(store, ID[v])):
            v = str(ID[v])
        else:
            raise QueryError(
                f"cannot resolve '{value}' to an IRI",
                why="it is not an IRI, a CURIE with a known prefix, a slug or a name in the data",
                fix="give a full IRI, a CURIE such as id:chongqing-university, or a slug",
            )
    if IRI_FORBIDDEN.search(v):
        raise QueryError(
            f"not a valid IRI: {value!r}",
            why="IRIs cannot contain spaces, quotes, angle brackets, braces, |, ^, ` or \\",
            fix="give a valid IRI",
        )
    return URIRef(v)


def _by_name(store, name: str) -> URIRef | None:
    """The thing a name means: in-process through the same registry resolution as ``resolve`` and
    ``trace`` (names, aliases, abbreviations, Chinese names of the built dataset); on a remote
    endpoint by an exact (case-insensitive) label. Several candidates are an error listing them."""
    if isinstance(store, Store):
        registry = Registry.of_store(store)
        iri, _ = registry.resolve_name(name)
        candidates = sorted({(str(c.iri), c.label) for c in registry.candidates(name)})
    else:
        candidates = [(str(iri), "") for iri in _by_label(store, name)]
        iri = URIRef(candidates[0][0]) if len(candidates) == 1 else None
    if iri is None and len(candidates) > 1:
        raise QueryError(
            f"'{name}' is ambiguous: {len(candidates)} candidates",
            why="; ".join(f"{c} ({label})" if label else c for c, label in candidates),
            fix="give one of these IRIs instead",
        )
    return iri


def _known(store, iri: URIRef) -> bool:
    """The data says something about ``iri``."""
    return bool(store.query(bind("ASK { ?x ?p ?o }", {"x": iri})))


def _by_label(store, label: str) -> list[URIRef]:
    """Things whose label, abbreviation or tracker slug is ``label`` (case-insensitive)."""
    q = """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dkg: <https://w3id.org/defence-kg/ontology#>
SELECT DISTINCT ?x WHERE {
  VALUES ?p { skos:prefLabel skos:altLabel dkg:abbreviation dkg:trackerSlug }
  ?x ?p ?l . FILTER(LCASE(STR(?l)) = LCASE(STR(?want)))
}"""
    # the label is itself bound as a term, not spliced
    _, rows = store.query(bind(q, {"want": Literal(label)}))
    return sorted({r[0] for r in rows if isinstance(r[0], URIRef)})


def to_term(param: Param, value: str, *, store=None) -> Node:
    """A ``--param`` value as the RDF term of the parameter's type."""
    t = param.type
    try:
        if t == "iri":
            return resolve_iri(value, store=store)
        if t == "string":
            return Literal(_among_choices(param, value))
        if t == "langstring":
            text, _, lang = value.rpartition("@")
            return (
                Literal(text, lang=lang)
                if text and re.fullmatch(r"[A-Za-z]+(-[A-Za-z0-9]+)*", lang)
                else Literal(value)
            )
        if t == "integer":
            return Literal(_in_range(param, int(value)), datatype=XSD.integer)
        if t == "decimal":
            from decimal import Decimal

            return Literal(_in_range(param, Decimal(value)), datatype=XSD.decimal)
        if t == "boolean":
            if value.lower() not in ("true", "false"):
                raise ValueError("expected true or false")
            return Literal(value.lower() == "true", datatype=XSD.boolean)
        if t == "date":
            import datetime as dt

            return Literal(dt.date.fromisoformat(value), datatype=XSD.date)
    except (ValueError, ArithmeticError) as err:
        raise QueryError(
            f"bad value for parameter '{param.name}' ({t}): {value!r}",
            why=str(err),
            fix=f"give one of {', '.join(param.choices)}"
            if param.choices
            else f"give {'an' if t[0] in 'aeiou' else 'a'} {t}"
            + (f" from {param.low:g} to {param.high:g}" if param.low is not None else ""),
        ) from None
    raise QueryError(f"unknown parameter type {t}")


def _in_range(param: Param, number):
    """The number, if inside the parameter's declared range (a value outside is refused, never
    silently clamped by the query)."""
    if (param.low is not None and number < param.low) or (param.high is not None and number > param.high):
        raise ValueError(f"outside its range {param.low:g} to {param.high:g}")
    return number


def _among_choices(param: Param, value: str) -> str:
    """The value, if the parameter declares no words or it is one of them."""
    if param.choices and value not in param.choices:
        raise ValueError(f"not one of its words ({', '.join(param.choices)})")
    return value


def bind_params(query: StoredQuery, given: dict[str, str], *, store=None) -> dict[str, Node]:
    """The declared parameters as terms: given values, else defaults; unknown names are errors."""
    declared = {p.name: p for p in query.params}
    unknown = sorted(set(given) - set(declared))
    if unknown:
        raise QueryError(
            f"unknown parameter(s) {', '.join(unknown)} for query '{query.name}'",
            where=str(query.path),
            fix=("its parameters are: " + ", ".join(declared)) if declared else "this query takes no parameters",
        )
    out: dict[str, Node] = {}
    for name, p in declared.items():
        value = given.get(name, p.default)
        if value is not None:
            out[name] = to_term(p, value, store=store)
    return out


# -- running ----------------------------------------------------------------------------------
def run(query: StoredQuery, params: dict[str, str] | None = None, *, store=None, endpoint=None) -> QueryResult:
    """Run a stored query in-process (``store``) or on a remote ``endpoint`` (same text both ways).

    Returns like ``Store.query``: bool, list of triples, or ``(variables, rows)``.
    """
    values = bind_params(query, params or {}, store=store)
    text = bind(query.text, values)
    if endpoint is not None:
        return endpoint.query(text)
    try:
        return store.query(text)
    except InputError as err:
        raise QueryError(f"query '{query.name}': {err.what}", where=str(query.path), why=err.why, fix=err.fix) from None


@dataclass(frozen=True)
class SuiteEntry:
    """One stored query run with its defaults: rows (rows, triples, or 1/0 for ASK) and seconds;
    a ``*-violation`` query lists facts that break a rule and must return none."""

    name: str
    rows: int
    seconds: float
    violation: bool
    result: object = field(default=None, metadata={"json": None}, compare=False, repr=False)


def run_suite(project, store) -> tuple[SuiteEntry, ...]:
    """Every stored query, with its default parameters, on one loaded ``store`` (sorted by name).
    The queries are independent, so ``QUERY_THREADS`` of them run at once (each entry's seconds
    are its own query's, measured while another may run beside it).

    >>> from defence_kg import build
    >>> from defence_kg.core.project import find_project
    >>> suite = run_suite(find_project(), build().store)
    >>> [e.name for e in suite if e.violation and e.rows]
    []
    """
    stored = sorted(discover(project).items())
    with ThreadPoolExecutor(QUERY_THREADS, thread_name_prefix="query-suite") as pool:
        return tuple(pool.map(lambda item: _suite_entry(item[0], item[1], store), stored))


def _suite_entry(name: str, query: StoredQuery, store) -> SuiteEntry:
    t0 = time.perf_counter()
    result = run(query, {}, store=store)
    seconds = time.perf_counter() - t0
    return SuiteEntry(
        name=name, rows=row_count(result), seconds=seconds, violation=name.endswith("-violation"), result=result
    )


def row_count(result: QueryResult) -> int:
    """Rows of a SELECT, triples of a CONSTRUCT, 1 or 0 for an ASK."""
    return int(result) if isinstance(result, bool) else len(result) if isinstance(result, list) else len(result[1])


class EndpointLabels:
    """Lets label resolution of IRI parameters run its (parameter-bound) query on a remote endpoint,
    so labels and slugs are resolved on the endpoint's data."""

    def __init__(self, endpoint) -> None:
        self.endpoint = endpoint

    def query(self, text: str):
        return self.endpoint.query(text)

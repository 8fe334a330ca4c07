"""validation: SHACL over the dataset; the only module that imports pySHACL.

The data graph is the union of every named graph, the ontology and vocabularies included, so
shapes can read ``dkg:FactProperty`` declarations and ``skos:inScheme``. Validation runs without
inference. Each result is attributed to the named graphs holding triples about its focus node,
and the readable report is grouped by those graphs, then by shape.

Messages are the shapes' ``sh:message`` templates with ``{$this}``, ``{?path}`` and ``{?value}``
filled in (pySHACL fills them only for SPARQL-based constraints; we fill them for all, with
compact prefixed names).

>>> from rdflib import Graph
>>> shapes = Graph().parse(format="turtle", data='''
...     @prefix sh: <http://www.w3.org/ns/shacl#> .
...     @prefix dkg: <https://w3id.org/defence-kg/ontology#> .
...     <https://w3id.org/defence-kg/shapes#CountShape> a sh:NodeShape ; sh:targetClass dkg:Count ;
...         sh:property [ sh:path dkg:value ; sh:minCount 1 ; sh:message "{$this} has no value" ] .''')
>>> data = Graph().parse(format="turtle", data='''
...     <https://w3id.org/defence-kg/id/c> a <https://w3id.org/defence-kg/ontology#Count> .''')
>>> report = validate(data, shapes)
>>> report.conforms, report.results[0].message
(False, 'id:c has no value')
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, SH
from rdflib.term import Node

from defence_kg.core import sparql
from defence_kg.core.errors import InputError
from defence_kg.core.namespaces import BASE, PREFIXES
from defence_kg.core.store import Store, parse_file
from defence_kg.validation import DEFAULT_ENGINE, ENGINES

SHAPES = BASE + "shapes#"

#: Prefixes used to show IRIs compactly in messages and reports (longest namespace first).
_NAMESPACES = {**PREFIXES, "sh": str(SH), "shapes": SHAPES}
_PLACEHOLDER = re.compile(r"\{[$?](this|path|value)\}")
_SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}


def compact(iri: str) -> str:
    """An IRI as a prefixed name when a known namespace (ours, SHACL's, the shapes') covers it."""
    return sparql.compact(iri, namespaces=_NAMESPACES)


def show(term: str | None) -> str:
    """A focus, path or value string of a result in compact form; ``-`` for none.

    >>> show('"-3"^^<http://www.w3.org/2001/XMLSchema#integer>')
    '"-3"^^xsd:integer'
    >>> show("^<https://w3id.org/defence-kg/ontology#attendeeGroup>")
    '^dkg:attendeeGroup'
    """
    if term is None:
        return "-"
    if term.startswith(("http://", "https://", "urn:")):
        return compact(term)
    if term.startswith('"'):
        # Only the datatype after the closing quote is an IRI; the lexical form stays as is.
        lexical, sep, datatype = term.rpartition("^^")
        if sep and datatype.startswith("<") and datatype.endswith(">"):
            return f"{lexical}^^{compact(datatype[1:-1])}"
        return term
    return re.sub(r"<([^<>\s]+)>", lambda m: compact(m.group(1)), term)


@dataclass(frozen=True)
class ValidationResult:
    """One SHACL validation result.

    ``focus``, ``shape`` and ``component`` are IRIs (a blank-node focus is ``_:id``); ``path`` is
    an IRI, or a SPARQL-style path (``^iri``, ``(a|b)``, ``a/b``) for complex paths; ``value``
    is an IRI or, for a literal, its N3 form (``"-3"^^<...#integer>``). ``graphs`` are the named
    graphs holding triples whose subject is the focus node.
    """

    focus: str
    path: str | None
    value: str | None
    shape: str
    component: str
    severity: str
    message: str
    graphs: tuple[str, ...] = ()

    def key(self) -> tuple:
        return (self.graphs, self.focus, self.path or "", self.shape, self.component, self.value or "", self.message)


@dataclass(frozen=True)
class ValidationReport:
    """The verdict and the results, sorted deterministically."""

    conforms: bool
    results: tuple[ValidationResult, ...]

    def counts(self) -> dict[str, int]:
        """Results per severity (``Violation``, ``Warning``, ``Info``)."""
        counts: dict[str, int] = defaultdict(int)
        for r in self.results:
            counts[r.severity] += 1
        return dict(sorted(counts.items(), key=lambda kv: _SEVERITY_ORDER.get(kv[0], 9)))

    def text(self) -> str:
        """A readable report grouped by source graph, then by shape, with a summary line."""
        if self.conforms and not self.results:
            return "Conforms: no results."
        by_graph: dict[tuple[str, ...], list[ValidationResult]] = defaultdict(list)
        for r in self.results:
            by_graph[r.graphs].append(r)
        lines: list[str] = []
        for graphs in sorted(by_graph):
            label = ", ".join(compact(g) for g in graphs) if graphs else "(no named graph)"
            lines.append(f"Graph {label}: {len(by_graph[graphs])} result(s)")
            by_shape: dict[str, list[ValidationResult]] = defaultdict(list)
            for r in by_graph[graphs]:
                by_shape[r.shape].append(r)
            for shape in sorted(by_shape):
                lines.append(f"  Shape {show(shape)}")
                for r in by_shape[shape]:
                    lines.append(
                        f"    [{r.severity}] {show(r.focus)}  path {show(r.path)}  "
                        f"value {show(r.value)}  ({compact(r.component)})"
                    )
                    lines.append(f"      {r.message}")
        parts = ", ".join(f"{n} {sev.lower()}{'s' if n != 1 else ''}" for sev, n in self.counts().items())
        verdict = "Conforms" if self.conforms else "Does not conform"
        lines.append(f"{verdict}: {len(self.results)} result(s) ({parts}) in {len(by_graph)} graph group(s).")
        return "\n".join(lines)

    def to_json(self) -> str:
        """The report as JSON: ``{"conforms": ..., "counts": {...}, "results": [...]}``."""
        return json.dumps(
            {
                "conforms": self.conforms,
                "counts": self.counts(),
                "results": [asdict(r) | {"graphs": list(r.graphs)} for r in self.results],
            },
            indent=2,
            ensure_ascii=False,
            sort_keys=True,
        )


def load_shapes(shapes_dir: Path) -> Graph:
    """Parse every ``*.ttl`` file of ``shapes_dir`` into one shapes graph.

    Raises:
        InputError: the folder has no shapes, or a file is malformed (with its file and line).
    """
    files = sorted(Path(shapes_dir).glob("*.ttl"))
    if not files:
        raise InputError(
            "no shapes found",
            where=str(shapes_dir),
            why="validation needs at least one shapes/*.ttl file",
            fix="run from the project folder, or restore the shapes",
        )
    graph = Graph()
    for path in files:
        for triple in parse_file(path):
            graph.add(triple)
    return graph


def validate(
    data: Graph, shapes: Graph, *, graph_of: Callable[[str], tuple[str, ...]] | None = None, engine: str = "pyshacl"
) -> ValidationReport:
    """Validate ``data`` (already the union, ontology included) against ``shapes``.

    Args:
        data: the data graph; it is not modified.
        shapes: the shapes graph, e.g. from :func:`load_shapes`.
        graph_of: maps a focus node (IRI string) to the named graphs it is described in.
        engine: ignored beyond checking it: an rdflib graph is always validated by pySHACL
            (the fast engine works on a Store; see :func:`validate_store`).

    Raises:
        InputError: an unknown engine.
    """
    if engine not in ENGINES:
        raise InputError(
            f"unknown SHACL engine '{engine}'",
            why=f"known engines: {', '.join(ENGINES)}",
            fix="pass one of the known engines",
        )
    report_graph = _run_pyshacl(data, shapes)
    return _read_report(report_graph, shapes, graph_of or (lambda focus: ()))


def validate_store(store: Store, shapes_dir: Path, *, engine: str = DEFAULT_ENGINE) -> ValidationReport:
    """Validate the union of a store's graphs (ontology included) against ``shapes_dir``.

    Each result is attributed to the named graphs holding triples with its focus as subject.
    """
    shapes = load_shapes(shapes_dir)
    if engine == "oxigraph":
        report = _run_fast(store, shapes)
        if report is not None:
            return report
        engine = "pyshacl"
    cache: dict[str, tuple[str, ...]] = {}

    def graph_of(focus: str) -> tuple[str, ...]:
        if focus not in cache:
            if focus.startswith("_:"):
                cache[focus] = ()
            else:
                _, rows = store.query(
                    "SELECT DISTINCT ?s ?g WHERE { GRAPH ?g { ?s ?p ?o } }", bindings={"s": URIRef(focus)}
                )
                cache[focus] = tuple(sorted({str(row[1]) for row in rows}))
        return cache[focus]

    return validate(store.to_rdflib(), shapes, graph_of=graph_of, engine=engine)


# -- engines -----------------------------------------------------------------------------------


def _run_fast(store: Store, shapes: Graph) -> ValidationReport | None:
    """The fast engine's report, or None (with a notice) when a shape needs pySHACL."""
    import sys

    from defence_kg.validation import engine as fast_validation

    try:
        raw = fast_validation.run(store, shapes)
        results = []
        for r in raw:
            templates = sorted(shapes.objects(r.owner, SH.message), key=_message_rank)
            if not templates or re.search(r"\{[$?](?!this\}|path\}|value\})", str(templates[0])):
                raise fast_validation.Unsupported(f"{r.owner} has no sh:message with only $this/?path/?value")
            focus, value = _term(r.focus), (_term(r.value) if r.value is not None else None)
            fill = {"this": show(focus), "path": show(r.path), "value": show(value)}
            results.append((focus, r, value, _fill(str(templates[0]), fill)))
    except fast_validation.Unsupported as err:
        print(f"note: validating with pySHACL: the fast engine cannot compile {err}", file=sys.stderr)
        return None
    graphs = fast_validation.focus_graphs(store, {focus for focus, *_ in results})
    out = sorted(
        (
            ValidationResult(
                focus=focus,
                path=r.path,
                value=value,
                shape=_term(r.shape),
                component=r.component,
                severity=r.severity,
                message=message,
                graphs=graphs[focus],
            )
            for focus, r, value, message in results
        ),
        key=ValidationResult.key,
    )
    return ValidationReport(conforms=not any(r.severity == "Violation" for r in out), results=tuple(out))


def _run_pyshacl(data: Graph, shapes: Graph) -> Graph:
    import pyparsing
    import pyshacl  # the only import of pySHACL in the package
    from pyshacl.errors import ReportableRuntimeError

    try:
        _conforms, report_graph, _text = pyshacl.validate(
            data,
            shacl_graph=shapes,
            inference="none",
            advanced=True,
            allow_warnings=True,
            abort_on_first=False,
            meta_shacl=False,
            debug=False,
        )
    except (ReportableRuntimeError, pyparsing.ParseBaseException) as err:  # a malformed shape or its SPARQL
        raise InputError(
            "the shapes cannot be used for validation",
            where="shapes/",
            why=" ".join(str(getattr(err, "message", err)).split()),
            fix="correct the shape the message names",
        ) from None
    if not isinstance(report_graph, Graph):
        # pySHACL returns a ValidationFailure (not a report) when the shapes themselves are wrong.
        raise InputError(
            "the shapes cannot be used for validation",
            where="shapes/",
            why=str(getattr(report_graph, "message", report_graph)),
            fix="correct the shape the message names",
        )
    return report_graph


# -- reading the report --------------------------------------------------------------------------


def _read_report(report: Graph, shapes: Graph, graph_of: Callable[[str], tuple[str, ...]]) -> ValidationReport:
    conforms_values = list(report.objects(None, SH.conforms))
    conforms = str(conforms_values[0]) == "true" if conforms_values else True
    results = []
    # Only top-level results: nested sh:detail results (from sh:node) explain a parent result.
    for node in report.objects(None, SH.result):
        focus = report.value(node, SH.focusNode)
        path_node = report.value(node, SH.resultPath)
        value = report.value(node, SH.value)
        shape = report.value(node, SH.sourceShape)
        component = report.value(node, SH.sourceConstraintComponent)
        severity = report.value(node, SH.resultSeverity)
        if focus is None or shape is None:
            continue  # not a validation result (pySHACL always gives both)
        focus_s = _term(focus)
        path_s = _path(report, path_node) if path_node is not None else None
        value_s = _term(value) if value is not None else None
        message = _message(report, node, shapes, focus_s, path_s, value_s)
        results.append(
            ValidationResult(
                focus=focus_s,
                path=path_s,
                value=value_s,
                shape=_term(shape),
                component=str(component),
                severity=str(severity).rsplit("#", 1)[-1],
                message=message,
                graphs=graph_of(focus_s),
            )
        )
    results.sort(key=ValidationResult.key)
    return ValidationReport(conforms=conforms, results=tuple(results))


def _term(term: Node) -> str:
    if isinstance(term, URIRef):
        return str(term)
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, Literal):
        return term.n3()
    return str(term)


def _path(graph: Graph, node: Node) -> str:
    """A SHACL path as SPARQL-style text."""
    if isinstance(node, URIRef):
        return str(node)
    return _path_text(graph, node)


def _path_text(graph: Graph, node: Node) -> str:
    # Inside complex paths, IRIs are written <iri> so the text parses as a SPARQL path.
    if isinstance(node, URIRef):
        return f"<{node}>"
    if (inverse := graph.value(node, SH.inversePath)) is not None:
        return "^" + _path_text(graph, inverse)
    if (alternatives := graph.value(node, SH.alternativePath)) is not None:
        return "(" + "|".join(_path_text(graph, n) for n in Collection(graph, alternatives)) + ")"
    for key, suffix in ((SH.zeroOrMorePath, "*"), (SH.oneOrMorePath, "+"), (SH.zeroOrOnePath, "?")):
        if (inner := graph.value(node, key)) is not None:
            return "(" + _path_text(graph, inner) + ")" + suffix
    if graph.value(node, RDF.first) is not None:
        return "(" + "/".join(_path_text(graph, n) for n in Collection(graph, node)) + ")"
    return _term(node)


def _message(report: Graph, node: Node, shapes: Graph, focus: str, path: str | None, value: str | None) -> str:
    """The result's message with every placeholder filled in compactly.

    The template comes from the source constraint (SPARQL) or source shape, so core and
    SPARQL-based messages read alike; if a template uses other variables, pySHACL's own
    substitution is kept.
    """
    templates: list[Node] = []
    for owner in (report.value(node, SH.sourceConstraint), report.value(node, SH.sourceShape)):
        if owner is not None:
            templates = sorted(shapes.objects(owner, SH.message), key=_message_rank)
            if templates:
                break
    if templates and not re.search(r"\{[$?](?!this\}|path\}|value\})", str(templates[0])):
        text = str(templates[0])
    else:
        given = sorted(report.objects(node, SH.resultMessage), key=_message_rank)
        text = str(given[0]) if given else "(no message)"
    fill = {"this": show(focus), "path": show(path), "value": show(value)}
    return _PLACEHOLDER.sub(lambda m: fill[m.group(1)], text)


def _fill(template: str, values: dict[str, str]) -> str:
    """A message template with {$this}, {?path} and {?value} filled in."""
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], template)


def _message_rank(message: Node) -> tuple[int, str]:
    lang = getattr(message, "language", None)
    return (0 if lang in (None, "en") else 1, str(message))

"""validation: a fast SHACL engine — our shapes compiled into whole-graph SPARQL on the Oxigraph store.

pySHACL checks one focus node at a time; at a million triples that takes minutes. This engine
runs each constraint as ONE query over the union of the store's graphs (ontology included). Most
data conforms, so a cheap screen comes first (does the shape have focus nodes; may one lack a
required value; is any value of the path, of any subject, of the wrong class or kind...) and the
precise query runs only when its screen finds something: the results are the precise queries'
alone. Shapes are checked two at a time, in threads (Oxigraph releases the GIL while it answers).
Where a check needs Python's view of a literal (ill-typed literals, regular expressions,
comparisons, language tags) the query fetches only the candidate values and the check follows
pySHACL's own rules.

Supported (the SHACL Core subset shapes/ uses, plus SHACL-AF SPARQL targets): sh:targetClass
(with rdfs:subClassOf* in the data), sh:targetSubjectsOf, sh:targetObjectsOf, sh:targetNode,
sh:target with sh:select, sh:property, sh:path (an IRI or sh:inversePath of one), sh:minCount,
sh:maxCount, sh:datatype, sh:class, sh:in, sh:pattern (+ sh:flags), sh:hasValue, sh:nodeKind
(sh:IRI, sh:Literal, sh:BlankNode), sh:languageIn, sh:qualifiedValueShape with
sh:qualifiedMin/MaxCount, sh:or, sh:node, sh:lessThanOrEquals, sh:minInclusive, sh:maxInclusive, sh:sparql (with
sh:prefixes; $this, $PATH). A shape using anything else raises :class:`Unsupported`, and
``validation.validate_store`` then runs pySHACL instead — never a silent skip.

It is used only because tests/test_fast_validation.py proves it gives the same results as pySHACL
on every file of tests/shapes/ and on benchmark data with planted violations.
"""

from __future__ import annotations

import re
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, SH, XSD
from rdflib.term import Node

from defence_kg.core import progress
from defence_kg.core.errors import InputError
from defence_kg.core.store import QUERY_THREADS, Store

# Every property of a shape the engine understands; any other sh: property makes it Unsupported.
_KNOWN = {
    SH.targetClass,
    SH.targetSubjectsOf,
    SH.targetObjectsOf,
    SH.targetNode,
    SH.target,
    SH.property,
    SH.path,
    SH.minCount,
    SH.maxCount,
    SH.datatype,
    SH["class"],
    SH["in"],
    SH.pattern,
    SH.flags,
    SH.hasValue,
    SH.nodeKind,
    SH.languageIn,
    SH.qualifiedValueShape,
    SH.qualifiedMinCount,
    SH.qualifiedMaxCount,
    SH["or"],
    SH.node,
    SH.lessThanOrEquals,
    SH.minInclusive,
    SH.maxInclusive,
    SH.sparql,
    SH.message,
    SH.severity,
    SH.name,
    SH.description,
    SH.order,
    SH.group,
    SH.declare,
    SH.prefixes,
    SH.select,
}
_COMPONENT = {
    SH.minCount: "MinCount",
    SH.maxCount: "MaxCount",
    SH.datatype: "Datatype",
    SH["class"]: "Class",
    SH["in"]: "In",
    SH.pattern: "Pattern",
    SH.hasValue: "HasValue",
    SH.nodeKind: "NodeKind",
    SH.languageIn: "LanguageIn",
    SH["or"]: "Or",
    SH.node: "Node",
    SH.lessThanOrEquals: "LessThanOrEquals",
    SH.minInclusive: "MinInclusive",
    SH.maxInclusive: "MaxInclusive",
}


#: shapes checked at once (see ``core.store.QUERY_THREADS``); benchmarks/validate_profile.py sets 1
_THREADS = QUERY_THREADS


class Unsupported(Exception):
    """A shape uses a SHACL feature this engine does not compile."""


class Raw:
    """One result before it is turned into a ValidationResult."""

    __slots__ = ("focus", "path", "value", "shape", "component", "severity", "owner")

    def __init__(self, focus, path, value, shape, component, severity, owner):
        self.focus, self.path, self.value, self.shape = focus, path, value, shape
        self.component, self.severity, self.owner = component, severity, owner


def run(store: Store, shapes: Graph) -> list[Raw]:
    """Every validation result of ``store`` against ``shapes``.

    Raises:
        Unsupported: a shape uses a feature this engine does not compile.
    """
    return _Engine(store, shapes).run()


def _int(node: Node) -> int:
    """An integer-valued shape parameter (sh:minCount 1) as an int."""
    try:
        return int(str(node))
    except ValueError:
        raise InputError(
            "the shapes cannot be used for validation",
            where="shapes/",
            why=f"'{node}' is not an integer, where a shape needs one (sh:minCount, sh:maxCount, a length)",
            fix="correct the shape that gives it",
        ) from None


def _n3(term: Node) -> str:
    return term.n3()


class _Engine:
    def __init__(self, store: Store, shapes: Graph) -> None:
        self.store, self.sg = store, shapes
        self.results: list[Raw] = []
        self._prefix_cache: dict[Node, str] = {}
        self._subclasses: dict[Node, str] = {}
        self._values_of: dict[str, list[Node]] = {}
        self._focus_values: dict[tuple[str, str, str], dict[Node, set[Node]]] = {}
        # the state of the shape a thread checks: whether it has no focus node, its results
        self._local = threading.local()

    # -- shapes graph ---------------------------------------------------------------------------
    def _check_known(self, shape: Node) -> None:
        for p in set(self.sg.predicates(shape, None)):
            if str(p).startswith(str(SH)) and p not in _KNOWN:
                raise Unsupported(f"{shape} uses {p}")
        if self.sg.value(shape, SH.deactivated) is not None:
            raise Unsupported(f"{shape} uses sh:deactivated")

    def _list(self, node: Node) -> list[Node]:
        return list(Collection(self.sg, node))

    def _one(self, shape: Node, prop: URIRef) -> Node | None:
        values = list(self.sg.objects(shape, prop))
        if len(values) > 1:
            raise Unsupported(f"{shape} has several {prop}")
        return values[0] if values else None

    def _required(self, shape: Node, parameter: URIRef) -> Node:
        """A parameter the shape must give (its absence is a shape the engine cannot compile)."""
        value = self.sg.value(shape, parameter)
        if value is None:
            raise Unsupported(f"{shape}: no {parameter}")
        return value

    def _path(self, shape: Node) -> tuple[str, str] | None:
        """(SPARQL path, result path text) of a property shape."""
        path = self._one(shape, SH.path)
        if path is None:
            return None
        if isinstance(path, URIRef):
            return f"<{path}>", str(path)
        inverse = self.sg.value(path, SH.inversePath)
        if isinstance(inverse, URIRef) and len(list(self.sg.predicate_objects(path))) == 1:
            return f"^<{inverse}>", f"^<{inverse}>"
        raise Unsupported(f"{shape}: only IRI and inverse paths are compiled")

    def _prefixes(self, owner: Node) -> str:
        lines = []
        for declarer in self.sg.objects(owner, SH.prefixes):
            if declarer not in self._prefix_cache:
                decl = []
                for d in self.sg.objects(declarer, SH.declare):
                    decl.append(f"PREFIX {self.sg.value(d, SH.prefix)}: <{self.sg.value(d, SH.namespace)}>")
                self._prefix_cache[declarer] = "\n".join(sorted(decl))
            lines.append(self._prefix_cache[declarer])
        return "\n".join(lines)

    # -- targets --------------------------------------------------------------------------------
    def _targets(self, shape: Node) -> list[str | tuple[str, str, str]]:
        """SPARQL group patterns binding ?this to the shape's focus nodes (one per target); a SPARQL
        target is (marker, its prefixes, its select)."""
        out: list[str | tuple[str, str, str]] = []
        for c in self.sg.objects(shape, SH.targetClass):
            out.append(self._instance("?this", c, "?_c"))
        for p in self.sg.objects(shape, SH.targetSubjectsOf):
            out.append(f"?this <{p}> ?_t .")
        for p in self.sg.objects(shape, SH.targetObjectsOf):
            out.append(f"?_t <{p}> ?this .")
        for n in self.sg.objects(shape, SH.targetNode):
            out.append(f"VALUES ?this {{ {_n3(n)} }}")
        for t in self.sg.objects(shape, SH.target):
            select = self.sg.value(t, SH.select)
            if select is None or (t, RDF.type, SH.SPARQLTarget) not in self.sg:
                raise Unsupported(f"{shape}: only SPARQL targets (sh:select) are compiled")
            prefixes = self._prefixes(t)
            if self._may_select(prefixes, str(select)):
                out.append(("PREFIXES", prefixes, _minus(str(select))))
        return out

    def _may_select(self, prefixes: str, select: str) -> bool:
        """The screen of a SPARQL target: whether its query without its anti-joins (the FILTER NOT
        EXISTS groups that :func:`_minus` makes MINUS) selects anything. Without them it selects
        at least what it did, and Oxigraph builds a MINUS's right side whole even when its left
        side is empty (the hedged-edge target at a million quads: 111k statements for no
        candidate)."""
        positive = _without_anti_joins(select)
        return positive is None or bool(self._select(prefixes, f"SELECT ?this WHERE {{ {{ {positive} }} }} LIMIT 1"))

    def _focus_query(self, targets: list) -> tuple[str, str]:
        """(prologue, a subquery yielding each focus node once)."""
        prologue, parts = [], []
        for t in targets:
            if isinstance(t, tuple):
                prologue.append(t[1])
                parts.append("{ " + t[2] + " }")
            else:
                parts.append("{ " + t + " }")
        # (a shape whose every target its screen ruled out: no focus node)
        union = " UNION ".join(parts) or "VALUES ?this { }"
        return "\n".join(prologue), "{ SELECT DISTINCT ?this WHERE { " + union + " } }"

    def _instance(self, var: str, cls: Node, class_var: str) -> str:
        """A pattern matching ``var`` when it is an instance of ``cls`` or of a subclass: the same as
        ``var rdf:type/rdfs:subClassOf* cls``, with the subclasses looked up once per run (a
        property path is evaluated anew for every row)."""
        if cls not in self._subclasses:
            _, rows = self.store.query(
                f"SELECT DISTINCT ?c WHERE {{ ?c <http://www.w3.org/2000/01/rdf-schema#subClassOf>* {_n3(cls)} }}"
            )
            # the class itself even when the data never names it (then nothing is its instance)
            classes = {cls} | {c for (c,) in rows}
            self._subclasses[cls] = " ".join(sorted(_n3(c) for c in classes))
        return f"VALUES {class_var} {{ {self._subclasses[cls]} }} {var} <{RDF.type}> {class_var} ."

    # -- main loop ------------------------------------------------------------------------------
    def run(self) -> list[Raw]:
        shapes = set(self.sg.subjects(RDF.type, SH.NodeShape)) | set(self.sg.subjects(RDF.type, SH.PropertyShape))
        shapes |= set(self.sg.objects(None, SH.property))
        targeted = [
            s
            for s in shapes
            if any(
                self.sg.value(s, p) is not None
                for p in (SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode, SH.target)
            )
        ]
        for s in shapes:
            self._check_known(s)
            if (s, RDF.type, URIRef("http://www.w3.org/2000/01/rdf-schema#Class")) in self.sg:
                raise Unsupported(f"{s} is also a class (implicit class target)")
        # Shapes are checked two at a time: Oxigraph answers a query without holding the GIL, and
        # a run is mostly a few long queries. The results are collected in the shapes' order.
        ordered = sorted(targeted, key=str)
        pool = ThreadPoolExecutor(max_workers=_THREADS)
        try:
            for raws in progress.track(pool.map(self._check, ordered), "validate", unit="shapes", total=len(ordered)):
                self.results.extend(raws)
        finally:
            pool.shutdown(cancel_futures=True)  # after an Unsupported shape, check no more
        return self.results

    def _check(self, shape: Node) -> list[Raw]:
        """The results of one targeted shape (in a worker thread, with its own state)."""
        self._local.no_focus, self._local.results = False, []
        prologue, focus = self._focus_query(self._targets(shape))
        self._shape(shape, prologue, focus)
        return self._local.results

    @property
    def _no_focus(self) -> bool:
        """Whether the shape this thread checks has no focus node."""
        return self._local.no_focus

    @_no_focus.setter
    def _no_focus(self, value: bool) -> None:
        self._local.no_focus = value

    def _severity(self, shape: Node) -> str:
        sev = self.sg.value(shape, SH.severity)
        return str(sev).rsplit("#", 1)[-1] if sev is not None else "Violation"

    def _shape(self, shape: Node, prologue: str, focus: str) -> None:
        """Check one shape, and its property shapes, on the focus nodes the subquery yields."""
        props = sorted(self.sg.objects(shape, SH.property), key=str)
        for prop in props:
            if self._path(prop) is None:
                raise Unsupported(f"{prop}: a property shape without sh:path")
        self._no_focus = not self._select(prologue, f"SELECT ?this WHERE {{ {focus} }} LIMIT 1")
        may_lack = self._may_lack([shape, *props], prologue, focus)
        self._constraints(shape, prologue, focus, self._path(shape), may_lack)
        for prop in props:
            self._constraints(prop, prologue, focus, self._path(prop), may_lack)

    def _select(self, prologue: str, body: str) -> list[tuple]:
        _, rows = self.store.query(prologue + "\n" + body)
        return rows

    def _focused(self, prologue: str, body: str) -> list[tuple]:
        """The rows of a precise query, which joins the shape's focus nodes: none without them."""
        return [] if self._no_focus else self._select(prologue, body)

    def _add(self, focus, path, value, shape, component, owner=None) -> None:
        self._local.results.append(
            Raw(
                focus,
                path,
                value,
                shape,
                str(SH) + component + "ConstraintComponent",
                self._severity(shape),
                owner if owner is not None else shape,
            )
        )

    def _values(self, prologue: str, focus: str, sp: str) -> dict[Node, set[Node]]:
        """Each focus node's values of the path, fetched once per run for the shapes that share
        the focus nodes and the path (an organisation's English and Chinese labels)."""
        key = (prologue, focus, sp)
        if key not in self._focus_values:
            rows = self._focused(prologue, f"SELECT DISTINCT ?this ?value WHERE {{ {focus} ?this {sp} ?value . }}")
            out: dict[Node, set[Node]] = defaultdict(set)
            for this, value in rows:
                out[this].add(value)
            self._focus_values[key] = out
        return self._focus_values[key]

    def _constraints(
        self, shape: Node, prologue: str, focus: str, path: tuple[str, str] | None, may_lack: bool
    ) -> None:
        """Check one shape's constraints. Each precise query runs only when its screen (below)
        finds that it can have a result; ``may_lack``: the screen of sh:minCount 1 and
        sh:hasValue, run once for a node shape and all its property shapes."""
        sg = self.sg
        for c in sg.objects(shape, SH.sparql):
            self._sparql(shape, c, prologue, focus, path)
        if path is None:
            # A node shape's own constraints apply to the focus node itself; ours have none
            # besides SPARQL ones when targeted (sh:class/sh:languageIn appear in helper shapes).
            for p in _COMPONENT:
                if sg.value(shape, p) is not None:
                    raise Unsupported(f"{shape}: node-shape constraint {p} on targeted nodes")
            return
        sp, rp = path
        if (min_node := sg.value(shape, SH.minCount)) is not None:
            n = _int(min_node)
            if n == 1:
                q = f"SELECT ?this WHERE {{ {focus} FILTER NOT EXISTS {{ ?this {sp} ?v }} }}" if may_lack else ""
            else:
                q = (
                    f"SELECT ?this WHERE {{ {focus} OPTIONAL {{ ?this {sp} ?v }} }} "
                    f"GROUP BY ?this HAVING (COUNT(DISTINCT ?v) < {n})"
                )
            for this, *_ in self._focused(prologue, q) if q else ():
                self._add(this, rp, None, shape, "MinCount")
        if (max_node := sg.value(shape, SH.maxCount)) is not None and self._may_exceed(sp, _int(max_node)):
            q = (
                f"SELECT ?this WHERE {{ {focus} ?this {sp} ?v }} GROUP BY ?this "
                f"HAVING (COUNT(DISTINCT ?v) > {_int(max_node)})"
            )
            for this, *_ in self._focused(prologue, q):
                self._add(this, rp, None, shape, "MaxCount")
        if (dt := sg.value(shape, SH.datatype)) is not None:
            self._datatype(shape, prologue, focus, sp, rp, dt)
        for cls in sg.objects(shape, SH["class"]):
            # (OPTIONAL + !bound, not FILTER NOT EXISTS: on dkg:assertedBy's values at a million
            # quads, 0.08 s against 0.53 s)
            if not self._any_value(sp, f"OPTIONAL {{ {self._instance('?value', cls, '?_k')} }} FILTER (!bound(?_k))"):
                continue
            q = (
                f"SELECT DISTINCT ?this ?value WHERE {{ {focus} ?this {sp} ?value . FILTER NOT EXISTS "
                f"{{ {self._instance('?value', cls, '?_k')} }} }}"
            )
            for this, value in self._focused(prologue, q):
                self._add(this, rp, value, shape, "Class")
        if (lst := sg.value(shape, SH["in"])) is not None:
            members = self._list(lst)
            cond = " && ".join(f"!sameTerm(?value, {_n3(m)})" for m in members) or "true"
            q = (
                ""
                if not self._any_value(sp, f"FILTER ({cond})")
                else f"SELECT DISTINCT ?this ?value WHERE {{ {focus} ?this {sp} ?value . FILTER ({cond}) }}"
            )
            for this, value in self._focused(prologue, q) if q else ():
                self._add(this, rp, value, shape, "In")
        if (pattern := sg.value(shape, SH.pattern)) is not None:
            flags = str(sg.value(shape, SH.flags) or "").lower()
            rx = re.compile(
                str(pattern),
                (re.I if "i" in flags else 0)
                | (re.M if "m" in flags else 0)
                | (re.S if "s" in flags else 0)
                | (re.X if "x" in flags else 0),
            )
            for this, v in self._failing_values(
                prologue, focus, sp, lambda v: isinstance(v, BNode) or not rx.search(str(v))
            ):
                self._add(this, rp, v, shape, "Pattern")
        if (hv := sg.value(shape, SH.hasValue)) is not None and may_lack:
            q = f"SELECT ?this WHERE {{ {focus} FILTER NOT EXISTS {{ ?this {sp} {_n3(hv)} }} }}"
            for this, *_ in self._focused(prologue, q):
                self._add(this, rp, None, shape, "HasValue")
        if (kind := sg.value(shape, SH.nodeKind)) is not None:
            kinds: dict[Node, str] = {
                SH.IRI: "isIRI(?value)",
                SH.Literal: "isLiteral(?value)",
                SH.BlankNode: "isBlank(?value)",
            }
            test = kinds.get(kind)
            if test is None:
                raise Unsupported(f"{shape}: sh:nodeKind {kind}")
            q = f"SELECT DISTINCT ?this ?value WHERE {{ {focus} ?this {sp} ?value . FILTER (!{test}) }}"
            for this, value in self._focused(prologue, q) if self._any_value(sp, f"FILTER (!{test})") else ():
                self._add(this, rp, value, shape, "NodeKind")
        if (q_shape := sg.value(shape, SH.qualifiedValueShape)) is not None:
            qmin, qmax = sg.value(shape, SH.qualifiedMinCount), sg.value(shape, SH.qualifiedMaxCount)
            test = self._value_test(q_shape)
            counts: dict[Node, int] = {}
            for this, values in self._values(prologue, focus, sp).items():
                counts[this] = sum(1 for v in values if test(v))
            if qmin is not None and _int(qmin) > 0:
                for this, *_ in self._focused(prologue, f"SELECT ?this WHERE {{ {focus} }}"):
                    if counts.get(this, 0) < _int(qmin):
                        self._add(this, rp, None, shape, "QualifiedMinCount")
            if qmax is not None:
                for this, n in counts.items():
                    if n > _int(qmax):
                        self._add(this, rp, None, shape, "QualifiedMaxCount")
        if (alternatives := sg.value(shape, SH["or"])) is not None:
            tests = [self._value_test(a) for a in self._list(alternatives)]
            for this, v in self._failing_values(prologue, focus, sp, lambda v: not any(t(v) for t in tests)):
                self._add(this, rp, v, shape, "Or")
        for node_shape in sg.objects(shape, SH.node):
            fails = self._node_fails(node_shape)
            if fails is None or not self._any_value(sp, f"FILTER ({fails})"):
                continue
            q = f"SELECT DISTINCT ?this ?value WHERE {{ {focus} ?this {sp} ?value . FILTER ({fails}) }}"
            for this, value in self._focused(prologue, q):
                self._add(this, rp, value, shape, "Node")
        if (other := sg.value(shape, SH.lessThanOrEquals)) is not None:
            q = f"SELECT DISTINCT ?this ?value ?other WHERE {{ {focus} ?this {sp} ?value . ?this <{other}> ?other }}"
            for this, value, cmp in self._focused(prologue, q):
                if not _less_or_equal(value, cmp):
                    self._add(this, rp, value, shape, "LessThanOrEquals")
        if (m := sg.value(shape, SH.minInclusive)) is not None:
            for this, v in self._failing_values(prologue, focus, sp, lambda v: not _at_least(v, m)):
                self._add(this, rp, v, shape, "MinInclusive")
        if (top := sg.value(shape, SH.maxInclusive)) is not None:
            for this, v in self._failing_values(prologue, focus, sp, lambda v: not _at_least(top, v)):
                self._add(this, rp, v, shape, "MaxInclusive")

    # -- screens ----------------------------------------------------------------------------------
    # Most data conforms, and computing a shape's focus nodes again for each of its constraints
    # cost most of a run. A screen is a cheap query that finds whether a constraint CAN have a
    # result: whether the shape has any focus node at all (a SPARQL target selects candidates
    # only, mostly none), whether any value of the path, of any subject, is not of the class, and
    # so on, over the whole graph without the focus nodes. Only then does the precise query run.
    # A screen never decides a result, so the results are the precise queries' alone.

    def _found(self, prologue: str, query: str) -> bool:
        """Whether a query has at least one row (never, for a shape without focus nodes)."""
        return not self._no_focus and bool(self._select(prologue, query + " LIMIT 1"))

    def _any_value(self, sp: str, condition: str) -> bool:
        """Whether a value of the path, of any subject, meets a SPARQL ``condition`` on ?value."""
        return self._found(
            "", f"SELECT ?value WHERE {{ {{ SELECT DISTINCT ?value WHERE {{ ?_s {sp} ?value }} }} {condition} }}"
        )

    def _failing_values(
        self, prologue: str, focus: str, sp: str, fails: Callable[[Node], bool]
    ) -> Iterator[tuple[Node, Node]]:
        """The (focus node, value) pairs whose value ``fails`` a test in Python; the focus nodes'
        values are fetched only when the screen finds a failing value of the path."""
        if not self._any_value_failing(sp, fails):
            return
        for this, values in self._values(prologue, focus, sp).items():
            for v in values:
                if fails(v):
                    yield this, v

    def _any_value_failing(self, sp: str, fails: Callable[[Node], bool]) -> bool:
        """Whether a value of the path, of any subject, ``fails`` (a test in Python)."""
        if self._no_focus:
            return False
        if sp not in self._values_of:
            rows = self._select("", f"SELECT DISTINCT ?value WHERE {{ ?_s {sp} ?value }}")
            self._values_of[sp] = [value for (value,) in rows]
        return any(fails(v) for v in self._values_of[sp])

    def _may_exceed(self, sp: str, most: int) -> bool:
        """Whether a subject may have more than ``most`` values of the path: not when the path has
        no more than ``most`` rows in all, nor (``most`` >= 1) when each subject has one row."""
        if self._no_focus:
            return False
        rows = self._select("", f"SELECT (COUNT(*) AS ?n) (COUNT(DISTINCT ?_s) AS ?m) WHERE {{ ?_s {sp} ?_v }}")
        n, subjects = (int(str(x)) for x in rows[0])
        return n > most and (most == 0 or n > subjects)

    def _may_lack(self, shapes: list[Node], prologue: str, focus: str) -> bool:
        """Whether a focus node may lack a value the shapes require of their paths (sh:minCount 1,
        sh:hasValue): one query for all of them, where each needs the focus nodes."""
        lacks = []
        for prop in shapes:
            path = self._path(prop)
            if path is None:
                continue
            sp = path[0]
            if (least := self.sg.value(prop, SH.minCount)) is not None and _int(least) == 1:
                lacks.append(f"NOT EXISTS {{ ?this {sp} ?_v }}")
            if (hv := self.sg.value(prop, SH.hasValue)) is not None:
                lacks.append(f"NOT EXISTS {{ ?this {sp} {_n3(hv)} }}")
        return bool(lacks) and self._found(prologue, f"SELECT ?this WHERE {{ {focus} FILTER ({' || '.join(lacks)}) }}")

    def _datatype(self, shape, prologue, focus, sp, rp, dt) -> None:
        if dt in (XSD.string, RDF.langString):
            # No ill-typed strings: the query decides alone.
            test = (
                f"isLiteral(?value) && datatype(?value) = <{XSD.string}> && lang(?value) = ''"
                if dt == XSD.string
                else "isLiteral(?value) && lang(?value) != ''"
            )
            q = f"SELECT DISTINCT ?this ?value WHERE {{ {focus} ?this {sp} ?value . FILTER (!({test})) }}"
            rows = self._focused(prologue, q) if self._any_value(sp, f"FILTER (!({test}))") else []
        elif self._any_value_failing(sp, lambda v: not _has_datatype(v, dt)):
            rows = [
                (t, v) for t, vs in self._values(prologue, focus, sp).items() for v in vs if not _has_datatype(v, dt)
            ]
        else:
            rows = []
        for this, value in rows:
            self._add(this, rp, value, shape, "Datatype")

    def _value_test(self, shape: Node):
        """A Python test 'value conforms to this helper shape' (sh:datatype, sh:languageIn only)."""
        self._check_known(shape)
        preds = {p for p in self.sg.predicates(shape, None) if str(p).startswith(str(SH))} - {SH.message}
        if preds == {SH.datatype}:
            dt = self._required(shape, SH.datatype)
            return lambda v: _has_datatype(v, dt)
        if preds == {SH.languageIn}:
            langs = {str(x).lower() for x in self._list(self._required(shape, SH.languageIn))}
            return lambda v: _lang_in(v, langs)
        raise Unsupported(f"{shape}: only sh:datatype or sh:languageIn helper shapes are compiled")

    def _node_fails(self, node_shape: Node) -> str | None:
        """A SPARQL condition true when ``?value`` does not conform to ``node_shape`` (None: it
        always conforms): sh:class and property shapes with sh:hasValue, as our concept shapes use."""
        self._check_known(node_shape)
        conds = []
        for cls in self.sg.objects(node_shape, SH["class"]):
            conds.append(self._instance("?value", cls, "?_k"))
        for prop in self.sg.objects(node_shape, SH.property):
            self._check_known(prop)
            preds = {p for p in self.sg.predicates(prop, None) if str(p).startswith(str(SH))} - {SH.message}
            if preds != {SH.path, SH.hasValue}:
                raise Unsupported(f"{prop}: only sh:hasValue is compiled inside sh:node shapes")
            path = self._path(prop)
            if path is None:
                raise Unsupported(f"{prop}: a property shape inside sh:node needs sh:path")
            conds.append(f"?value {path[0]} {_n3(self._required(prop, SH.hasValue))}")
        other = {p for p in self.sg.predicates(node_shape, None) if str(p).startswith(str(SH))} - {
            SH["class"],
            SH.property,
            SH.message,
        }
        if other:
            raise Unsupported(f"{node_shape}: {sorted(other, key=str)} inside sh:node")
        if not conds:
            return None
        # the value conforms when every condition holds (literals never conform to sh:class)
        return " || ".join(f"NOT EXISTS {{ {c} }}" for c in conds)

    def _sparql(self, shape, constraint, prologue, focus, path) -> None:
        self._check_known(constraint)
        select = self.sg.value(constraint, SH.select)
        if select is None:
            raise Unsupported(f"{shape}: SPARQL constraint without sh:select")
        text = str(select)
        if path is not None:
            text = text.replace("$PATH", path[0])
        elif "$PATH" in text:
            raise Unsupported(f"{shape}: $PATH in a node shape")
        if re.search(r"\$(?!this\b|PATH\b)\w", text):
            raise Unsupported(f"{shape}: pre-bound variables other than $this")
        code = re.sub(r"(^|\s)#[^\n]*", r"\1", text)  # comments aside
        if re.search(r"\b(VALUES|MINUS|SERVICE)\b|\bSELECT\b[^{]*\bSELECT\b", code, re.I):
            raise Unsupported(f"{shape}: SPARQL constraint with VALUES, MINUS, SERVICE or a subquery")
        prefixes = self._prefixes(constraint)
        q = f"SELECT DISTINCT ?this ?path ?value WHERE {{ {focus} {{ {_minus(text)} }} }}"
        for this, p, value in self._focused(prologue + "\n" + prefixes, q):
            if p is not None:
                rp = str(p) if isinstance(p, URIRef) else p.n3()
            else:
                rp = path[1] if path is not None else None
            self._add(this, rp, value if value is not None else this, shape, "SPARQL", owner=constraint)


# -- query rewriting ---------------------------------------------------------------------------

_VAR = re.compile(r"[?$](\w+)")


def _minus(query: str) -> str:
    """``FILTER NOT EXISTS { P }`` as ``MINUS { P }`` where the two are equivalent.

    Oxigraph evaluates NOT EXISTS once per row (slow on whole-graph queries, and worse than
    linear here), MINUS as one anti-join. They give the same solutions when P is a flat group
    (no nested braces), its FILTERs use only P's own variables, and the variables P shares with
    the rest of the query are bound in every solution of it (they occur there in a triple pattern
    or in ``FILTER (bound(?v))``) and there is at least one. The query must have no OPTIONAL or
    UNION. Otherwise the group is left as written; so is a group that is one triple pattern with
    every variable bound outside it: that test is one index lookup per row, while MINUS would first
    match the pattern alone (for ``?subject ?predicate ?object``: the whole graph; measured at a
    million quads, 4x slower).
    """
    code = _uncommented(query)
    out, pos = [], 0
    for start, end in _anti_joins(code):
        out.append(code[pos:start] + "MINUS {" + code[code.index("{", start) + 1 : end] + "}")
        pos = end + 1
    return "".join(out) + code[pos:] if out else query


def _without_anti_joins(select: str) -> str | None:
    """A SPARQL target's ``SELECT [DISTINCT] ?this WHERE { ... }`` without the anti-joins of its
    WHERE group itself (a FILTER NOT EXISTS in it only removes solutions, so the query without
    it selects at least the same nodes); None when it has none or is another kind of query."""
    code = _uncommented(select)
    if not re.fullmatch(r"\s*SELECT\s+(DISTINCT\s+)?\?this\s+WHERE\s*\{.*\}\s*", code, re.I | re.S):
        return None
    spans = [(start, end) for start, end in _anti_joins(code) if code[:start].count("{") - code[:start].count("}") == 1]
    if not spans:
        return None
    out, pos = [], 0
    for start, end in spans:
        out.append(code[pos:start])
        pos = end + 1
    return "".join(out) + code[pos:]


def _uncommented(query: str) -> str:
    return re.sub(r"(^|\s)#[^\n]*", r"\1", query)


def _anti_joins(code: str) -> list[tuple[int, int]]:
    """The (start, closing brace) of each ``FILTER NOT EXISTS { P }`` of a query that equals
    ``MINUS { P }`` (see :func:`_minus`)."""
    if re.search(r"\b(OPTIONAL|UNION|GRAPH)\b", code, re.I):
        return []
    out: list[tuple[int, int]] = []
    pos = 0
    for m in re.finditer(r"FILTER\s+NOT\s+EXISTS\s*\{", code, re.I):
        start, inner_start = m.start(), m.end()
        end = code.find("}", inner_start)
        inner = code[inner_start:end]
        if "{" in inner or start < pos:
            continue
        rest = code[:start] + " " + code[end + 1 :]
        filters = re.findall(r"FILTER\s*\(([^\n]*)\)", inner, re.I)
        patterns = re.sub(r"FILTER\s*\([^\n]*\)", " ", inner, flags=re.I)
        own = set(_VAR.findall(patterns))
        if any(set(_VAR.findall(f)) - own for f in filters):
            continue
        outer_patterns = re.sub(r"FILTER\s*(NOT\s+EXISTS\s*)?[({][^\n]*", " ", rest, flags=re.I)
        outer_patterns = re.sub(r"BIND\s*\([^\n]*", " ", outer_patterns, flags=re.I)
        bound_outer = set(_VAR.findall(re.sub(r"SELECT[^{]*\{", "{", outer_patterns, flags=re.I)))
        bound_outer |= set(re.findall(r"bound\(\s*[?$](\w+)\s*\)", rest, re.I))
        shared = own & set(_VAR.findall(re.sub(r"SELECT[^{]*\{", "{", rest, flags=re.I)))
        if not shared or shared - bound_outer or (not filters and _one_lookup(patterns, own <= bound_outer)):
            continue
        out.append((start, end))
        pos = end + 1
    return out


_TERM = re.compile(r"[?$]\w+|<[^<>\s]*>|[\w-]*:[\w-]*|a")


def _one_lookup(patterns: str, all_bound: bool) -> bool:
    """Whether a group's patterns are one triple pattern of plain terms, all of its variables
    bound outside it (``all_bound``)."""
    terms = patterns.strip().removesuffix(".").split()
    return all_bound and len(terms) == 3 and all(_TERM.fullmatch(t) for t in terms)


# -- pySHACL's rules for literals ----------------------------------------------------------------


def _has_datatype(v: Node, dt: Node) -> bool:
    """pySHACL's sh:datatype test (DatatypeConstraintComponent), on rdflib terms."""
    from datetime import date, time

    if not isinstance(v, Literal):
        return False
    if v.datatype == dt:
        if getattr(v, "ill_typed", None) is True:
            return False
        value = v.value
        checks: dict[Node, type | tuple[type, ...]] = {
            XSD.string: (str, bytes),
            RDF.langString: (str, bytes),
            XSD.integer: int,
            XSD.boolean: bool,
            XSD.date: date,
            XSD.time: time,
        }
        from decimal import Decimal

        checks.update({XSD.float: float, XSD.decimal: Decimal})
        if dt in checks:
            return isinstance(value, checks[dt])
        return True
    if dt == URIRef("http://www.w3.org/2000/01/rdf-schema#Literal"):
        return True
    if v.datatype is None and v.language is None and dt == XSD.string:
        return isinstance(v.value, (str, bytes))
    if dt == RDF.langString and v.language:
        return isinstance(v.value, (str, bytes))
    return False


def _lang_in(v: Node, langs: set[str]) -> bool:
    if not isinstance(v, Literal) or not v.language:
        return False
    lang = str(v.language).lower()
    return "*" in langs or lang in langs or lang.split("-")[0] in langs


def _less_or_equal(a: Node, b: Node) -> bool:
    """pySHACL's sh:lessThanOrEquals comparison of two values."""

    def norm(x: Node) -> tuple[Any, bool]:
        if isinstance(x, URIRef):
            return str(x), True
        if isinstance(x, Literal) and isinstance(x.value, str):
            return x.value, True
        return x, False

    (x, x_str), (y, y_str) = norm(a), norm(b)
    if x_str != y_str:
        return False
    try:
        return bool(x <= y)
    except TypeError:
        return False


def _at_least(v: Node, m: Node) -> bool:
    """pySHACL's sh:minInclusive test: m <= v, comparable values only (sh:maxInclusive's with the
    two swapped)."""
    if not isinstance(v, Literal) or not isinstance(m, Literal):
        return False
    if isinstance(m.value, str) != isinstance(v.value, str):
        return False
    try:
        return bool(m <= v)
    except TypeError:
        return False


def focus_graphs(store: Store, foci: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """The named graphs holding triples about each focus node, in one query."""
    out: dict[str, set[str]] = defaultdict(set)
    iris = sorted({f for f in foci if not f.startswith("_:") and not f.startswith('"')})
    for i in range(0, len(iris), 500):
        chunk = " ".join(f"<{f}>" for f in iris[i : i + 500])
        _, rows = store.query(f"SELECT DISTINCT ?s ?g WHERE {{ VALUES ?s {{ {chunk} }} GRAPH ?g {{ ?s ?p ?o }} }}")
        for s, g in rows:
            out[str(s)].add(str(g))
    return {f: tuple(sorted(out.get(f, ()))) for f in foci}

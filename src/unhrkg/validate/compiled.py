"""SHACL compiled to Python checks: pySHACL's results for our shapes, some thirty times faster.

pySHACL re-reads the shapes graph and re-parses every SPARQL constraint on each call (about
30-50 ms per document graph here), which at 100,000 documents is over an hour. Here the
shapes graph is read once into plain checks, each a transcription of the pySHACL constraint
component it replaces (same value nodes, same comparisons, same messages, one result per
failing value), and a document graph is checked in about a millisecond. SPARQL
constraints (``sh:sparql``) run on Oxigraph with ``$this`` substituted, as pySHACL pre-binds it.

Only the features ``ontology/shapes.ttl`` uses are compiled: class and objects-of targets;
IRI paths; count, datatype, node kind, pattern, length, range, ``sh:in``, ``sh:class``,
``sh:or`` of such shapes, ``sh:lessThanOrEquals``; SELECT constraints. Anything else raises
``Unsupported`` and ``validate`` falls back to pySHACL, so a new kind of shape can never be
skipped silently. tests/test_bench.py proves the equivalence on every case of tests/data/shapes.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from functools import lru_cache

from rdflib import BNode, Graph, Literal, URIRef
from rdflib import namespace as ns
from rdflib.namespace import SH
from rdflib.term import Node

from unhrkg.model.namespaces import Terms
from unhrkg.validate.sparql import (Answers, SparqlRule, Unsupported, load, plain_patterns, read_predicates,
                                   run_sparql)

RDF, RDFS, XSD = Terms(ns.RDF), Terms(ns.RDFS), Terms(ns.XSD)  # each term made once: the checks read them per value
Triple = tuple[Node, Node, Node]
# the value of each result (None: none), as a list: a list comprehension costs less than a generator
Check = Callable[["Data", Node, list[Node]], list[Node | None]]
_ANNOTATIONS = {RDF.type, SH.message, SH.severity, SH.name, SH.description, SH.order, SH.group, SH.path}
_TARGETS = {SH.targetClass, SH.targetObjectsOf, SH.property, SH.sparql}
_TYPE, _SUBCLASS = RDF.type, RDFS.subClassOf
_KINDS = {SH.IRI: (URIRef,), SH.Literal: (Literal,), SH.BlankNode: (BNode,), SH.BlankNodeOrIRI: (BNode, URIRef),
          SH.IRIOrLiteral: (URIRef, Literal), SH.BlankNodeOrLiteral: (BNode, Literal)}

_PYTHON_TYPES: dict[Node, type | tuple[type, ...]] = {
    XSD.string: (str, bytes), RDF.langString: (str, bytes), XSD.integer: int, XSD.float: float,
    XSD.decimal: Decimal, XSD.boolean: bool, XSD.date: date, XSD.time: time, XSD.dateTime: datetime}


class Data:
    """A data graph indexed for the checks: objects by subject and predicate, types, subclasses."""

    def __init__(self, triples: Iterable[Triple]):
        self.out: dict[Node, dict[Node, set[Node]]] = defaultdict(lambda: defaultdict(set))
        self.by_predicate: dict[Node, set[Node]] = defaultdict(set)
        for s, p, o in triples:
            self.out[s][p].add(o)
            self.by_predicate[p].add(o)
        self._supers: dict[Node, set[Node]] = {}
        self._instances: dict[Node, set[Node]] | None = None

    def values(self, node: Node, path: Node) -> list[Node]:
        found = self.out.get(node)
        return list(found.get(path, ())) if found else []

    def supers(self, cls: Node) -> set[Node]:
        """cls and its superclasses (rdfs:subClassOf*), as stated in the data graph."""
        if cls not in self._supers:
            seen, todo = {cls}, [cls]
            while todo:
                for parent in self.values(todo.pop(), _SUBCLASS):
                    if parent not in seen:
                        seen.add(parent)
                        todo.append(parent)
            self._supers[cls] = seen
        return self._supers[cls]

    def is_instance(self, node: Node, cls: Node) -> bool:
        return not isinstance(node, Literal) and any(cls in self.supers(t) for t in self.values(node, _TYPE))

    def instances(self, cls: Node) -> set[Node]:
        """The SHACL instances of cls: nodes typed with it or one of its subclasses."""
        if self._instances is None:
            self._instances = defaultdict(set)
            for s, props in self.out.items():
                for t in props.get(_TYPE, ()):
                    for c in self.supers(t):
                        self._instances[c].add(s)
        return self._instances.get(cls, set())


def _string(v: Node) -> str:
    """The string pySHACL matches patterns and lengths against."""
    if isinstance(v, Literal) and v.value is not None and v.datatype in (None, RDF.langString, XSD.string):
        return str(v.value)
    return str(v)


def _datatype_ok(v: Node, dt: Node) -> bool:
    """pySHACL's sh:datatype test: the same IRI, well typed, and a Python value of the right kind."""
    if not isinstance(v, Literal):
        return False
    expected = _PYTHON_TYPES.get(dt, object)  # pySHACL passes datatypes it does not know
    if v.datatype == dt:
        return getattr(v, "ill_typed", None) is not True and isinstance(v.value, expected)
    if dt == RDFS.Literal or (dt == RDFS.Datatype and v.datatype):
        return True
    if v.datatype is None and v.language is None and dt == XSD.string:
        return isinstance(v.value, expected)
    return dt == RDF.langString and bool(v.language) and isinstance(v.value, expected)


def _in_range(v: Node, bound: Literal, ok: Callable[[int], bool]) -> bool:
    if not isinstance(v, Literal) or isinstance(v.value, str) != isinstance(bound.value, str):
        return False
    order = _compared(v, bound)
    return order is not None and ok(order)


@lru_cache(maxsize=1 << 14)  # the same dates and numbers recur in document after document; comparing is slow
def _compared(v: Literal, bound: Literal) -> int | None:
    """pySHACL's comparison of two literals (-1, 0, 1), None where they do not compare."""
    from pyshacl.rdfutil import compare_literal

    try:
        return int(compare_literal(v, bound))
    except (TypeError, NotImplementedError):
        return None


def _not_after(v: Node, other: Node) -> bool:
    """pySHACL's sh:lessThanOrEquals comparison of one pair."""
    def plain(n: Node) -> tuple[object, bool]:
        if isinstance(n, URIRef):
            return str(n), True
        if isinstance(n, Literal) and isinstance(n.value, str):
            return n.value, True
        return n, False
    (a, a_str), (b, b_str) = plain(v), plain(other)
    return a_str == b_str and bool(a <= b)  # type: ignore[operator]


def _each(ok: Callable[[Node], bool]) -> Check:
    return lambda data, focus, values: [v for v in values if not ok(v)]


def _pattern(regex: Literal, flags: Node | None) -> Check:
    text = str(flags.value if isinstance(flags, Literal) else flags or "").lower()
    compiled = re.compile(str(regex.value if regex.value is not None and len(regex.value) > 1 else regex),
                          (re.I if "i" in text else 0) | (re.M if "m" in text else 0))
    return _each(lambda v: not isinstance(v, BNode) and compiled.search(_string(v)) is not None)


class Compiler:
    """Reads a shapes graph into checks, component by component."""

    def __init__(self, shapes: Graph):
        self.g = shapes

    def one(self, node: Node, key: Node) -> Node | None:
        found = list(self.g.objects(node, key))
        if len(found) > 1:
            raise Unsupported(f"{node} has {len(found)} values of {key}")
        return found[0] if found else None

    def checks(self, shape: Node, allowed: set[Node]) -> list[Check]:
        """The checks of one shape's own constraints (evaluated on its value nodes)."""
        keys = set(self.g.predicates(shape)) - allowed
        out: list[Check] = []
        for key in sorted(keys):
            out.append(self.check(shape, key, self.one(shape, key)))
        return out

    def check(self, shape: Node, key: Node, arg: Node | None) -> Check:
        if key in (SH.minCount, SH.maxCount):
            n, low = int(arg), key == SH.minCount  # type: ignore[arg-type]
            return lambda d, f, vs: [None] if (len(vs) < n if low else len(vs) > n) else []
        if key == SH.datatype:
            return _each(lambda v: _datatype_ok(v, arg))  # type: ignore[arg-type]
        if key == SH.nodeKind and arg in _KINDS:
            return _each(lambda v: isinstance(v, _KINDS[arg]))  # type: ignore[index]
        if key == SH.pattern:
            return _pattern(arg, self.one(shape, SH.flags))  # type: ignore[arg-type]
        if key in (SH.minLength, SH.maxLength):
            n, low = int(arg), key == SH.minLength  # type: ignore[arg-type]
            return _each(lambda v: (n == 0 and low) or (not isinstance(v, BNode) and (
                len(_string(v)) >= n if low else len(_string(v)) <= n)))
        ranges = {SH.minInclusive: lambda c: c >= 0, SH.maxInclusive: lambda c: c <= 0,
                  SH.minExclusive: lambda c: c > 0, SH.maxExclusive: lambda c: c < 0}
        if key in ranges and isinstance(arg, Literal):
            return _each(lambda v: _in_range(v, arg, ranges[key]))  # type: ignore[arg-type]
        if key == SH["in"]:
            allowed = set(self.g.items(arg))  # type: ignore[arg-type]
            return _each(lambda v: v in allowed)
        if key == SH["class"]:
            return lambda d, f, vs: [v for v in vs if not d.is_instance(v, arg)]  # type: ignore[arg-type]
        if key == SH["or"]:
            shapes = list(self.g.items(arg))  # type: ignore[arg-type]
            if any((m, k, None) in self.g for m in shapes for k in (SH.path, SH.property, SH.sparql)):
                raise Unsupported(f"{shape}: sh:or of property shapes is not compiled")
            members = [self.checks(m, _ANNOTATIONS) for m in shapes]
            return lambda d, f, vs: [v for v in vs if not any(
                not any(True for c in cs for _ in c(d, v, [v])) for cs in members)]
        if key == SH.lessThanOrEquals and isinstance(arg, URIRef):
            return lambda d, f, vs: [v for v in vs for o in d.values(f, arg) if not _not_after(v, o)]
        if key == SH.flags:
            return lambda d, f, vs: []
        raise Unsupported(f"{shape}: {key} is not compiled")


@dataclass(frozen=True)
class Rule:
    """One shape's constraints on its value nodes: a path's objects, or the focus node itself."""

    path: Node | None
    message: str
    severity: str
    checks: tuple[Check, ...]


@dataclass(frozen=True)
class NodeShape:
    """A shape with targets, its own and its property shapes' rules, and its SPARQL constraints."""

    classes: tuple[Node, ...]
    objects_of: tuple[Node, ...]
    rules: tuple[Rule, ...]
    sparql: tuple[SparqlRule, ...]

    def focus(self, data: Data) -> set[Node]:
        nodes: set[Node] = set()
        for cls in self.classes:
            nodes |= data.instances(cls)
        for p in self.objects_of:
            nodes |= data.by_predicate.get(p, set())
        return nodes


Result = tuple[Node, "Node | None", str, str, "Node | None"]  # focus, path, message, severity, value


class CompiledShapes:
    """A shapes graph compiled once; ``results`` checks a data graph against it."""

    def __init__(self, shapes: Graph):
        self.compiler = Compiler(shapes)
        g = shapes
        tops = {s for p in (SH.targetClass, SH.targetObjectsOf, SH.targetNode, SH.targetSubjectsOf)
                for s in g.subjects(p, None)}
        if any(g.subjects(SH.targetNode, None)) or any(g.subjects(SH.targetSubjectsOf, None)):
            raise Unsupported("sh:targetNode and sh:targetSubjectsOf are not compiled")
        if any(g.subjects(SH.rule, None)) or any(g.subjects(SH.target, None)):
            raise Unsupported("SHACL rules and custom targets are not compiled")
        self.shapes = [self._node_shape(s) for s in sorted(tops)]
        self.sparql_predicates = read_predicates([r for shape in self.shapes for r in shape.sparql])
        self.answers = Answers()

    def _message(self, shape: Node) -> tuple[str, str]:
        message, severity = self.compiler.one(shape, SH.message), self.compiler.one(shape, SH.severity)
        if message is None or "{" in str(message):
            raise Unsupported(f"{shape}: results without a plain sh:message are not compiled")
        return str(message), str(severity or SH.Violation).rsplit("#", 1)[-1]

    def _rule(self, shape: Node, path: Node | None, allowed: set[Node]) -> Rule | None:
        checks = self.compiler.checks(shape, allowed)
        if not checks:
            return None
        if path is not None and not isinstance(path, URIRef):
            raise Unsupported(f"{shape}: only IRI paths are compiled")
        return Rule(path, *self._message(shape), tuple(checks))

    def _sparql(self, node: Node) -> SparqlRule:
        extra = set(self.compiler.g.predicates(node)) - {RDF.type, SH.select, SH.message, SH.severity}
        select = self.compiler.one(node, SH.select)
        if extra or select is None:
            raise Unsupported(f"{node}: only plain sh:select constraints are compiled ({extra})")
        return SparqlRule(str(select), *self._message(node), plain_patterns(str(select)))

    def _node_shape(self, s: Node) -> NodeShape:
        g, one = self.compiler.g, self.compiler.one
        own = self._rule(s, one(s, SH.path), _ANNOTATIONS | _TARGETS)
        rules = [own] if own else []
        for prop in g.objects(s, SH.property):
            rule = self._rule(prop, one(prop, SH.path), _ANNOTATIONS)
            if rule is None or rule.path is None:
                raise Unsupported(f"{prop}: a property shape needs a path and a constraint")
            rules.append(rule)
        return NodeShape(tuple(g.objects(s, SH.targetClass)), tuple(g.objects(s, SH.targetObjectsOf)),
                         tuple(rules), tuple(self._sparql(c) for c in g.objects(s, SH.sparql)))

    def results(self, triples: Iterable[Triple]) -> list[Result]:
        """Every validation result for the data graph made of these triples."""
        triples = list(triples)
        data, out, db = Data(triples), [], None
        for shape in self.shapes:
            for focus in shape.focus(data):
                for rule in shape.rules:
                    values = [focus] if rule.path is None else data.values(focus, rule.path)
                    out += [(focus, rule.path, rule.message, rule.severity, v)
                            for check in rule.checks for v in check(data, focus, values)]
                for sparql in shape.sparql:
                    if not sparql.may_match(data.out, data.by_predicate, focus):  # most focus nodes cannot
                        continue
                    key = sparql.local_key(data.out, focus)
                    answer = self.answers.get(key)
                    if answer is None:
                        db = db or load(triples, self.sparql_predicates)
                        answer = run_sparql(db, sparql, focus)
                        self.answers.put(key, answer)
                    out += answer
        return out

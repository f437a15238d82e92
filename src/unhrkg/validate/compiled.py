"""SHACL compiled to Python checks: pySHACL's results for our shapes, some thirty times faster.

pySHACL re-reads the shapes graph and re-parses every SPARQL constraint on each call (about
30-50 ms per document graph here), which at 100,000 documents is over an hour. Here the
shapes graph is read once into plain checks (``checks``), each a transcription of the pySHACL constraint
component it replaces (same value nodes, same comparisons, same messages, one result per
failing value), and a document graph is checked in about a millisecond. SPARQL
constraints (``sh:sparql``) run on Oxigraph with ``$this`` substituted, as pySHACL pre-binds it,
only on focus nodes that have the triples their patterns need (``sparql``).

Only the features ``ontology/shapes.ttl`` uses are compiled: class and objects-of targets;
IRI paths; count, datatype, node kind, pattern, length, range, ``sh:in``, ``sh:class``,
``sh:or`` of such shapes, ``sh:lessThanOrEquals``; SELECT constraints. Anything else raises
``Unsupported`` and ``validate`` falls back to pySHACL, so a new kind of shape can never be
skipped silently. tests/bench/test_bench.py proves the equivalence on every case of tests/data/shapes.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH
from rdflib.term import Node

from unhrkg.validate.checks import ANNOTATIONS, Check, Compiler, Data, Triple, Unsupported, canonical_graph
from unhrkg.validate.sparql import Answers, Result, SparqlRule, load, plain_patterns, read_predicates, run_sparql

__all__ = ["CompiledShapes", "Unsupported"]
_TARGETS = {SH.targetClass, SH.targetObjectsOf, SH.property, SH.sparql}


@dataclass(frozen=True)
class Rule:
    """One shape's constraints on its value nodes: a path's objects, or the focus node itself."""

    path: Node | None
    message: str
    severity: str
    checks: tuple[Check, ...]
    counted: bool = False  # has sh:minCount, the one check that fails where the path has no value


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


class CompiledShapes:
    """A shapes graph compiled once; ``results`` checks a data graph against it."""

    def __init__(self, shapes: Graph):
        shapes = canonical_graph(shapes)
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
        # the predicates whose objects are read by predicate: objects-of targets, and SPARQL patterns
        # (all of them where a query is not a plain group)
        self.by_predicate = None if self.sparql_predicates is None else frozenset(
            {p for shape in self.shapes for p in shape.objects_of} | self.sparql_predicates)
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
        return Rule(path, *self._message(shape), tuple(checks), (shape, SH.minCount, None) in self.compiler.g)

    def _sparql(self, node: Node) -> SparqlRule:
        extra = set(self.compiler.g.predicates(node)) - {RDF.type, SH.select, SH.message, SH.severity}
        select = self.compiler.one(node, SH.select)
        if extra or select is None:
            raise Unsupported(f"{node}: only plain sh:select constraints are compiled ({extra})")
        return SparqlRule(str(select), *self._message(node), plain_patterns(str(select)))

    def _node_shape(self, s: Node) -> NodeShape:
        g, one = self.compiler.g, self.compiler.one
        own = self._rule(s, one(s, SH.path), ANNOTATIONS | _TARGETS)
        rules = [own] if own else []
        for prop in g.objects(s, SH.property):
            rule = self._rule(prop, one(prop, SH.path), ANNOTATIONS)
            if rule is None or rule.path is None:
                raise Unsupported(f"{prop}: a property shape needs a path and a constraint")
            rules.append(rule)
        return NodeShape(tuple(g.objects(s, SH.targetClass)), tuple(g.objects(s, SH.targetObjectsOf)),
                         tuple(rules), tuple(self._sparql(c) for c in g.objects(s, SH.sparql)))

    def results(self, triples: Iterable[Triple], keep: Callable[[Node], bool] | None = None) -> list[Result]:
        """Every validation result for the data graph made of these triples (only about the focus
        nodes ``keep`` accepts, when given)."""
        triples = list(triples)
        data, out, db = Data(triples, self.by_predicate), [], None
        for shape in self.shapes:
            for focus in shape.focus(data):
                if keep is not None and not keep(focus):
                    continue
                own = data.out.get(focus) or {}
                for rule in shape.rules:
                    if rule.path is None:
                        values = [focus]
                    elif rule.path in own:
                        values = list(own[rule.path])
                    elif rule.counted:  # the other checks find nothing wrong with no values
                        values = []
                    else:
                        continue
                    for check in rule.checks:
                        failed = check(data, focus, values)
                        if failed:  # (most checks find nothing: no list of results made for them)
                            out += [(focus, rule.path, rule.message, rule.severity, v) for v in failed]
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


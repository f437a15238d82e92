"""SPARQL constraints of the compiled shapes: run on Oxigraph, and only where they can find something.

A SELECT constraint runs with ``$this`` bound to each focus node, as pySHACL pre-binds it, on an
Oxigraph store of the document graph. Most of them are a group of triple patterns and filters
("a CHR resolution's number ..."): every solution matches each pattern, so where the focus node
lacks a triple a pattern asks for (it is adopted by no CHR) the query has no solution and is not
run; and it reads only triples with the patterns' predicates, so only those are loaded.
A query of any other form (OPTIONAL, UNION, EXISTS, a variable or path as predicate, ...) is
run on every focus node, on the whole graph.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import URIRef, Variable
from rdflib.term import Node

from unhrkg.validate.checks import Triple, Unsupported

Result = tuple[Node, "Node | None", str, str, "Node | None"]  # focus, path, message, severity, value
THIS = Variable("this")


@dataclass(frozen=True)
class SparqlRule:
    """A SPARQL SELECT constraint, run with $this bound to each focus node; ``patterns`` are its
    triple patterns where it is a plain group of them (see the module), else None."""

    select: str
    message: str
    severity: str
    patterns: tuple[Triple, ...] | None = None

    def local_key(self, out: dict[Node, dict[Node, set[Node]]], focus: Node) -> tuple[object, ...] | None:
        """What the answer depends on where every pattern is about ``$this`` ("$this <p> ?v"): the
        focus node and its objects of the patterns' predicates; None for other queries."""
        if not self.patterns or any(s != THIS for s, _, _ in self.patterns):
            return None
        own = out.get(focus, {})
        return (self.select, focus, *(frozenset(own.get(p, ())) for _, p, _ in self.patterns))

    def may_match(self, out: dict[Node, dict[Node, set[Node]]], by_predicate: dict[Node, set[Node]],
                  focus: Node) -> bool:
        """False where the graph lacks a triple that one of the patterns needs (no solution then);
        ``out`` maps subjects to predicates to objects, ``by_predicate`` predicates to objects."""
        for s, p, o in self.patterns or ():
            s, o = (focus if s == THIS else s), (focus if o == THIS else o)
            objects = out.get(s, {}).get(p, set()) if isinstance(s, URIRef) else by_predicate.get(p, set())
            if not objects or (isinstance(o, URIRef) and o not in objects):
                return False  # a variable or a literal asks for nothing more here (literals compare by value there)
        return True


def plain_patterns(select: str) -> tuple[Triple, ...] | None:
    """The triple patterns of a SELECT whose WHERE is one group of triple patterns with IRIs as
    predicates and filters that do not read the graph; None for any other query."""
    from rdflib.plugins.sparql import prepareQuery

    if "EXISTS" in select.upper():
        return None  # a filter that reads the graph
    try:
        node = prepareQuery(select).algebra.p
    except Exception:  # noqa: BLE001 - a query rdflib cannot read is run as it is, by Oxigraph
        return None
    while node.name in ("Project", "Filter", "Distinct", "Reduced"):
        node = node.p
    if node.name != "BGP" or not node.triples or not all(isinstance(p, URIRef) for _, p, _ in node.triples):
        return None
    return tuple(node.triples)


def read_predicates(rules: list[SparqlRule]) -> frozenset[Node] | None:
    """The predicates the rules' queries read (None: any, where one is not a plain group)."""
    if any(rule.patterns is None for rule in rules):
        return None
    return frozenset(p for rule in rules for _, p, _ in rule.patterns or ())


def load(triples: Iterable[Triple], predicates: frozenset[Node] | None) -> object:
    """An Oxigraph store of the triples (only those with these predicates, when given)."""
    import pyoxigraph as ox

    from unhrkg.model.terms import ntriples

    db = ox.Store()
    db.load(ntriples(t for t in triples if predicates is None or t[1] in predicates), format=ox.RdfFormat.N_TRIPLES)
    return db


class Answers:
    """Answers of queries about one focus node, by what they depend on (``SparqlRule.local_key``):
    a resolution is checked once, not in every document that names it. Bounded; the oldest go first."""

    def __init__(self, size: int = 1 << 14) -> None:
        self.size = size
        self.known: dict[tuple[object, ...], list[Result]] = {}

    def get(self, key: tuple[object, ...] | None) -> list[Result] | None:
        return None if key is None else self.known.get(key)

    def put(self, key: tuple[object, ...] | None, answer: list[Result]) -> None:
        if key is None:
            return
        if len(self.known) >= self.size:
            del self.known[next(iter(self.known))]
        self.known[key] = answer


def run_sparql(db: object, rule: SparqlRule, focus: Node) -> list[Result]:
    """pySHACL's evaluation of a SELECT constraint: one result per distinct solution."""
    import pyoxigraph as ox

    from unhrkg.model.terms import to_ox, to_rdflib

    solutions = db.query(rule.select, substitutions={ox.Variable("this"): to_ox(focus)})  # type: ignore[attr-defined]
    names = [v.value for v in solutions.variables]
    seen, out = set(), []
    for solution in solutions:
        row = {n: to_rdflib(solution[n]) for n in names if solution[n] is not None}
        key = tuple(sorted(row.items()))
        if key in seen:
            continue
        seen.add(key)
        if row.get("failure") is not None:
            raise Unsupported("sh:select constraints reporting ?failure are not compiled")
        out.append((row.get("this", focus), row.get("path"), rule.message, rule.severity, row.get("value", focus)))
    return out

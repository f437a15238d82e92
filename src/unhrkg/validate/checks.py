"""The SHACL constraint components our shapes use, each transcribed from pySHACL as a Python check
on a shape's value nodes (same value nodes, same comparisons, one result per failing value),
and the data graph indexed for them. ``compiled`` assembles them into shapes."""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date, datetime, time
from decimal import Decimal
from functools import lru_cache

from rdflib import BNode, Graph, Literal, URIRef
from rdflib import namespace as ns
from rdflib.namespace import SH
from rdflib.term import Node

from unhrkg.model.namespaces import UNHR, Terms

RDF, RDFS, XSD = Terms(ns.RDF), Terms(ns.RDFS), Terms(ns.XSD)  # each term made once: the checks read them per value
Triple = tuple[Node, Node, Node]
# the value of each result (None: none), as a list: a list comprehension costs less than a generator
Check = Callable[["Data", Node, list[Node]], list[Node | None]]
ANNOTATIONS = {RDF.type, SH.message, SH.severity, SH.name, SH.description, SH.order, SH.group, SH.path}
_TYPE, _SUBCLASS = RDF.type, RDFS.subClassOf
_KINDS = {SH.IRI: (URIRef,), SH.Literal: (Literal,), SH.BlankNode: (BNode,), SH.BlankNodeOrIRI: (BNode, URIRef),
          SH.IRIOrLiteral: (URIRef, Literal), SH.BlankNodeOrLiteral: (BNode, Literal)}

_PYTHON_TYPES: dict[Node, type | tuple[type, ...]] = {
    XSD.string: (str, bytes), RDF.langString: (str, bytes), XSD.integer: int, XSD.float: float,
    XSD.decimal: Decimal, XSD.boolean: bool, XSD.date: date, XSD.time: time, XSD.dateTime: datetime}


# The vocabularies mapping writes its terms from (``Terms``): a term of the shapes or the
# ontology is taken as the namespace's own object, the one the document graphs hold, so that the
# checks find their paths, classes and datatypes in them by identity, not by rdflib's comparison
# in Python code.
_VOCABULARIES = (UNHR, ns.RDF, ns.RDFS, ns.XSD, ns.PROV, ns.SKOS, ns.ORG, ns.OWL)


def canonical(term: Node) -> Node:
    """The vocabulary's own object for an IRI of one of ``_VOCABULARIES`` (an equal term), else the term."""
    if type(term) is URIRef:
        for vocabulary in _VOCABULARIES:
            base = str(vocabulary)
            if term.startswith(base) and term in vocabulary:
                found = getattr(vocabulary, term[len(base):])
                return found if found == term else term
    return term


def canonical_graph(graph: Graph) -> Graph:
    """The graph with its IRIs as ``canonical`` gives them."""
    out = Graph()
    for s, p, o in graph:
        out.add((canonical(s), canonical(p), canonical(o)))
    return out


_PLAIN = frozenset({URIRef, Literal, BNode})  # none a subclass of another: a term of one is an instance of no other


def is_a(v: object, kinds: type | tuple[type, ...]) -> bool:
    """``isinstance(v, kinds)`` for kinds among URIRef, Literal and BNode, told by v's type where that is one of
    them (rdflib's terms are ABCs: ``isinstance`` of one that is not of the kind runs the ABC check in Python)."""
    t = type(v)
    if t in _PLAIN:
        return t is kinds if type(kinds) is not tuple else t in kinds
    return isinstance(v, kinds)


class Unsupported(Exception):
    """The shapes use a SHACL feature this compiler does not transcribe (use pySHACL)."""


_NO_INSTANCES: frozenset[Node] = frozenset()


class Data:
    """A data graph indexed for the checks: objects by subject and predicate, types, subclasses;
    objects by predicate only for the ``predicates`` given (all where None): each literal put in a
    set is hashed in Python code, and only a few predicates are read that way."""

    def __init__(self, triples: Iterable[Triple], predicates: frozenset[Node] | None = None):
        self.out: dict[Node, dict[Node, set[Node]]] = {}
        self.by_predicate: dict[Node, set[Node]] = {}
        out, by_predicate = self.out, self.by_predicate
        for s, p, o in triples:
            own = out.get(s)
            if own is None:
                out[s] = {p: {o}}
            elif p in own:
                own[p].add(o)
            else:
                own[p] = {o}
            if predicates is None or p in predicates:
                if p in by_predicate:
                    by_predicate[p].add(o)
                else:
                    by_predicate[p] = {o}
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
        """Whether node is typed with cls or one of its subclasses (one look-up in ``instances``)."""
        return not is_a(node, Literal) and node in self.instances(cls)

    def instances(self, cls: Node) -> set[Node] | frozenset[Node]:
        """The SHACL instances of cls: nodes typed with it or one of its subclasses."""
        if self._instances is None:
            self._instances = defaultdict(set)
            for s, props in self.out.items():
                for t in props.get(_TYPE, ()):
                    for c in self.supers(t):
                        self._instances[c].add(s)
        return self._instances.get(cls, _NO_INSTANCES)


def _string(v: Node) -> str:
    """The string pySHACL matches patterns and lengths against."""
    if is_a(v, Literal) and v.value is not None and v.datatype in (None, RDF.langString, XSD.string):
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


def _datatype_test(dt: Node) -> Callable[[Node], bool]:
    """``_datatype_ok`` for one datatype IRI, its comparisons of dt made once, and a value's datatype compared
    with it as rdflib compares IRIs (the same type and text), in C: the test runs on every typed value."""
    if type(dt) is not URIRef:
        return lambda v: _datatype_ok(v, dt)
    expected = _PYTHON_TYPES.get(dt, object)
    any_literal, any_typed, string, lang_string = (dt == RDFS.Literal, dt == RDFS.Datatype, dt == XSD.string,
                                                   dt == RDF.langString)

    def ok(v: Node) -> bool:
        if not is_a(v, Literal):
            return False
        datatype = v.datatype
        if type(datatype) is URIRef and str.__eq__(datatype, dt):
            return getattr(v, "ill_typed", None) is not True and isinstance(v.value, expected)
        if any_literal or (any_typed and datatype):
            return True
        if datatype is None and v.language is None and string:
            return isinstance(v.value, expected)
        return lang_string and bool(v.language) and isinstance(v.value, expected)
    return ok


def _in_range(v: Node, bound: Literal, ok: Callable[[int], bool]) -> bool:
    if not is_a(v, Literal) or isinstance(v.value, str) != isinstance(bound.value, str):
        return False
    order = _date_order(v, bound)
    if order is None:
        order = _compared(v, bound)
    return order is not None and ok(order)


def _date_order(v: Literal, bound: Literal) -> int | None:
    """pySHACL's comparison of two xsd:date literals whose values are dates, which is theirs as
    dates (rdflib compares such values as they are): a new date needs no look-up; None for others."""
    a, b = v.value, bound.value
    if type(a) is date and type(b) is date and v.datatype == XSD.date and bound.datatype == XSD.date:
        return (a > b) - (a < b)
    return None


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
    return _each(lambda v: not is_a(v, BNode) and compiled.search(_string(v)) is not None)


def _one_of(members: list[list[Check]]) -> Check:
    """sh:or: the values that conform to none of the members; a value conforms to a member whose checks
    all give no result (each gives a list)."""
    def check(data: Data, focus: Node, values: list[Node]) -> list[Node | None]:
        failed: list[Node | None] = []
        for v in values:
            alone = [v]
            for checks in members:
                for c in checks:
                    if c(data, v, alone):
                        break  # fails this member
                else:
                    break  # conforms to this member
            else:
                failed.append(v)  # conforms to none
        return failed
    return check


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
            return _each(_datatype_test(arg))  # type: ignore[arg-type]
        if key == SH.nodeKind and arg in _KINDS:
            return _each(lambda v: is_a(v, _KINDS[arg]))  # type: ignore[index]
        if key == SH.pattern:
            return _pattern(arg, self.one(shape, SH.flags))  # type: ignore[arg-type]
        if key in (SH.minLength, SH.maxLength):
            n, low = int(arg), key == SH.minLength  # type: ignore[arg-type]
            return _each(lambda v: (n == 0 and low) or (not is_a(v, BNode) and (
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
            return _one_of([self.checks(m, ANNOTATIONS) for m in shapes])
        if key == SH.lessThanOrEquals and isinstance(arg, URIRef):
            return lambda d, f, vs: [v for v in vs for o in d.values(f, arg) if not _not_after(v, o)]
        if key == SH.flags:
            return lambda d, f, vs: []
        raise Unsupported(f"{shape}: {key} is not compiled")

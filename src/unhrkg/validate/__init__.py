"""SHACL validation over ``ontology/shapes.ttl``, one document graph at a time (pySHACL, or compiled).

A document graph is validated together with the type triples of the reference entities it
points to (States, bodies, sessions), not the whole reference graph: that keeps each check
small, so validation scales with the size of a document, not of the store.
"""
from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS, SH
from rdflib.term import Node

from unhrkg.model.namespaces import ID_BASE, UNHR
from unhrkg.model.resources import ontology_path, shapes_path
from unhrkg.validate.checks import is_a

if TYPE_CHECKING:
    from unhrkg.validate.compiled import CompiledShapes


@dataclass(frozen=True)
class Violation:
    """One SHACL result, in words."""

    focus: str
    path: str | None
    message: str
    severity: str
    value: str | None
    source: str | None  # the document graph it was found in


@dataclass
class ValidationResult:
    """The outcome of validating one or more graphs."""

    violations: list[Violation] = field(default_factory=list)
    graphs: int = 0

    @property
    def conforms(self) -> bool:
        return not self.violations

    def extend(self, other: ValidationResult) -> None:
        self.violations += other.violations
        self.graphs += other.graphs

    def report(self) -> str:
        """A readable report: one block per violation, then a summary line."""
        lines = []
        shown = list(dict.fromkeys(self.violations))  # one constraint broken three ways reads once
        for v in shown:
            lines.append(f"{v.severity}: {v.message}")
            lines.append(f"  focus:  {v.focus}")
            if v.path:
                lines.append(f"  path:   {v.path}")
            if v.value:
                lines.append(f"  value:  {v.value}")
            if v.source:
                lines.append(f"  source: {v.source}")
        verdict = "conforms" if self.conforms else f"{len(shown)} violation(s)"
        lines.append(f"{self.graphs} graph(s) validated: {verdict}")
        return "\n".join(lines)


@cache
def shapes_graph() -> Graph:
    return Graph().parse(shapes_path(), format="turtle")


def _short(term: object) -> str | None:
    if term is None:
        return None
    text = str(term)
    for prefix, ns in (("unhr:", str(UNHR)), ("id:", ID_BASE)):
        if text.startswith(ns):
            return prefix + text[len(ns):]
    return text


def _described_only(triples: list[tuple[Node, Node, Node]]) -> Callable[[Node], bool] | None:
    """Which focus nodes ``validate`` keeps results about, where that can be told without writing
    any node out: the graph's subjects, and any node but a reference entity (an IRI under
    id:) that none of them is; None (all) where a subject could be written as such an IRI is
    (its text starts with "id:", or is that IRI's text but not an IRI)."""
    subjects = {s for s, _, _ in triples}
    if any(str(s).startswith("id:") or (type(s) is not URIRef and str(s).startswith(ID_BASE)) for s in subjects):
        return None
    return lambda focus: focus in subjects or not (type(focus) is URIRef and focus.startswith(ID_BASE))


def _order(v: Violation) -> tuple[str, str, str, bool, str, str]:
    """A total order on violations, so both engines list the same violations the same way."""
    return (v.focus, v.path or "", v.message, v.value is not None, v.value or "", v.severity)


def _violations(results: Graph, source: str | None) -> list[Violation]:
    out = []
    for r in results.subjects(RDF.type, SH.ValidationResult):
        severity = results.value(r, SH.resultSeverity)
        out.append(Violation(
            focus=_short(results.value(r, SH.focusNode)) or "?",
            path=_short(results.value(r, SH.resultPath)),
            message=str(results.value(r, SH.resultMessage) or "constraint not met"),
            severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
            value=_short(results.value(r, SH.value)),
            source=source,
        ))
    return sorted(out, key=_order)


def context_triples(data: Iterable[tuple[Node, Node, Node]], reference: Graph) -> Iterable[tuple[URIRef, URIRef, object]]:
    """The types (from the reference graph) of the States, bodies and sessions a document points to."""
    for obj in {o for _, _, o in data}:
        if isinstance(obj, URIRef):
            for cls in reference.objects(obj, RDF.type):
                yield (obj, RDF.type, cls)  # type: ignore[misc]


@cache
def ontology_hierarchy() -> tuple[tuple[URIRef, URIRef, URIRef], ...]:
    """The ontology's rdfs:subClassOf triples (so a unhr:Letter counts as a unhr:Document), its
    classes the objects mapping writes (``checks.canonical``)."""
    from unhrkg.validate.checks import canonical

    onto = Graph().parse(ontology_path(), format="turtle")
    return tuple((canonical(s), RDFS.subClassOf, canonical(o)) for s, o in onto.subject_objects(RDFS.subClassOf))  # type: ignore[misc]


def _pyshacl(data: list[tuple[Node, Node, Node]], reference: Graph | None, source: str | None) -> list[Violation]:
    from pyshacl import validate as shacl_validate

    combined = Graph()
    for triple in data:
        combined.add(triple)
    for triple in ontology_hierarchy():
        combined.add(triple)
    if reference is not None:
        for triple in context_triples(data, reference):
            combined.add(triple)
    _, results, _ = shacl_validate(combined, shacl_graph=shapes_graph(), inference="none",
                                   advanced=True, allow_warnings=True)
    return _violations(results, source)


@cache
def compiled_shapes() -> CompiledShapes | None:
    """The shapes compiled to Python checks, or None if they use a feature only pySHACL has."""
    from unhrkg.validate.compiled import CompiledShapes, Unsupported

    try:
        return CompiledShapes(shapes_graph())
    except Unsupported:
        return None


_TYPE = RDF.type  # made once: read for each object of each document graph
DEFAULT_ENGINE = "compiled"  # every entry point validates with the same engine unless asked otherwise


class Validator:
    """Validation of document graphs, set up once: the shapes, the class hierarchy, the reference types.

    ``engine="compiled"`` (the default) runs the shapes compiled to Python checks, which give
    the same violations as pySHACL (tested on every case of tests/data/shapes) in a fraction
    of the time; ``engine="pyshacl"`` runs pySHACL itself. The compiled engine falls back to
    pySHACL when the shapes use a feature it does not compile.
    """

    def __init__(self, reference: Graph | None = None, engine: str = DEFAULT_ENGINE):
        if engine not in ("compiled", "pyshacl"):
            raise ValueError(f"unknown validation engine {engine!r} (compiled or pyshacl)")
        self.reference = reference
        self.compiled = compiled_shapes() if engine == "compiled" else None
        self.types: dict[object, list[URIRef]] = defaultdict(list)
        for node, cls in (reference.subject_objects(RDF.type) if reference is not None else ()):
            self.types[node].append(cls)  # type: ignore[arg-type]

    def _compiled(self, triples: list[tuple[Node, Node, Node]], source: str | None) -> list[Violation]:
        assert self.compiled is not None
        # the IRIs only: a set of every object would hash each literal, in Python code
        context = [(o, _TYPE, cls) for o in {o for _, _, o in triples if is_a(o, URIRef)}
                   for cls in self.types.get(o, ())]
        keep = _described_only(triples) if self.reference is not None else None
        results = self.compiled.results(chain(triples, ontology_hierarchy(), context), keep)
        return sorted((Violation(_short(f) or "?", _short(p), m, sev, _short(v), source)
                       for f, p, m, sev, v in results), key=_order)

    def validate(self, data: Graph | Iterable[tuple[Node, Node, Node]], source: str | None = None) -> ValidationResult:
        """Validate one graph (or its triples) against the shapes, with the reference descriptions it needs."""
        triples = list(data)
        if self.compiled is not None:
            violations = self._compiled(triples, source)
        else:
            violations = _pyshacl(triples, self.reference, source)
        if self.reference is not None and violations:  # reference entities are validated once, with the reference graph
            described = {_short(s) for s in {s for s, _, _ in triples}}
            violations = [v for v in violations if v.focus in described]
        return ValidationResult(violations, graphs=1)


def validate_graph(data: Graph, reference: Graph | None = None, source: str | None = None,
                   engine: str = DEFAULT_ENGINE) -> ValidationResult:
    """Validate one graph against the shapes (with the reference descriptions it needs)."""
    return Validator(reference, engine).validate(data, source)


def with_entities(data: Graph, describe: Callable[[URIRef], Iterable[tuple[Node, Node]]]) -> Graph:
    """A document graph with the descriptions of the shared entities it names, and of the
    entities those name (a resolution's session): ``describe(node)`` gives (predicate, object)."""
    frontier, seen = {o for o in data.objects() if isinstance(o, URIRef)}, set()
    for _ in range(2):
        found = set()
        for node in frontier - seen:
            seen.add(node)
            for p, o in describe(node):
                data.add((node, p, o))
                if isinstance(o, URIRef):
                    found.add(o)
        frontier = found
    return data


@contextmanager
def _quiet_literals() -> Iterator[None]:
    logger = logging.getLogger("rdflib.term")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def validate_file(path: str | Path) -> ValidationResult:
    """Validate an RDF file: each named graph on its own (with the reference), else the whole graph."""
    from rdflib import Dataset

    from unhrkg.errors import InputError
    from unhrkg.map.reference import reference_graph

    fmt = {".ttl": "turtle", ".trig": "trig", ".nq": "nquads", ".nt": "nt", ".jsonld": "json-ld"}.get(Path(path).suffix.lower())
    if fmt is None:
        raise InputError(f"{path}: unknown RDF format (use .ttl, .trig, .nq, .nt or .jsonld)")
    ds = Dataset()
    try:
        with _quiet_literals():  # an ill-typed literal is a violation to report, not a traceback on stderr
            ds.parse(str(path), format=fmt)
    except Exception as exc:  # rdflib raises many parser-specific types
        raise InputError(f"{path}: cannot parse as {fmt}: {str(exc).splitlines()[0] if str(exc) else exc}") from exc
    from unhrkg.model.iri import ENTITIES_GRAPH

    reference = reference_graph()
    entities = ds.graph(ENTITIES_GRAPH)
    result = ValidationResult()
    for g in ds.graphs():
        if len(g) and g.identifier != ENTITIES_GRAPH:
            data = Graph(identifier=g.identifier)
            for triple in g:
                data.add(triple)
            data = with_entities(data, lambda node: entities.predicate_objects(node))
            result.extend(validate_graph(data, reference, source=str(g.identifier)))
    return result

"""SHACL validation with pySHACL over ``ontology/shapes.ttl``, one document graph at a time.

A document graph is validated together with the type triples of the reference entities it
points to (States, bodies, sessions), not the whole reference graph: that keeps each check
small, so validation scales with the size of a document, not of the store.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS, SH

from unhrkg.resources import ontology_path, shapes_path


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
        for v in self.violations:
            lines.append(f"{v.severity}: {v.message}")
            lines.append(f"  focus:  {v.focus}")
            if v.path:
                lines.append(f"  path:   {v.path}")
            if v.value:
                lines.append(f"  value:  {v.value}")
            if v.source:
                lines.append(f"  source: {v.source}")
        verdict = "conforms" if self.conforms else f"{len(self.violations)} violation(s)"
        lines.append(f"{self.graphs} graph(s) validated: {verdict}")
        return "\n".join(lines)


@cache
def shapes_graph() -> Graph:
    return Graph().parse(shapes_path(), format="turtle")


def _short(term: object) -> str | None:
    if term is None:
        return None
    text = str(term)
    for prefix, ns in (("unhr:", "https://w3id.org/unhrkg/ontology#"), ("id:", "https://w3id.org/unhrkg/id/")):
        if text.startswith(ns):
            return prefix + text[len(ns):]
    return text


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
    return sorted(out, key=lambda v: (v.focus, v.path or "", v.message))


def context_triples(data: Graph, reference: Graph) -> Iterable[tuple[URIRef, URIRef, object]]:
    """The types (from the reference graph) of the States, bodies and sessions a document points to."""
    for obj in set(data.objects()):
        if isinstance(obj, URIRef):
            for cls in reference.objects(obj, RDF.type):
                yield (obj, RDF.type, cls)  # type: ignore[misc]


@cache
def ontology_hierarchy() -> tuple[tuple[URIRef, URIRef, URIRef], ...]:
    """The ontology's rdfs:subClassOf triples (so a unhr:Letter counts as a unhr:Document)."""
    onto = Graph().parse(ontology_path(), format="turtle")
    return tuple((s, RDFS.subClassOf, o) for s, o in onto.subject_objects(RDFS.subClassOf))  # type: ignore[misc]


def validate_graph(data: Graph, reference: Graph | None = None, source: str | None = None) -> ValidationResult:
    """Validate one graph against the shapes (with the reference descriptions it needs)."""
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
    violations = _violations(results, source)
    if reference is not None:  # reference entities are validated once, with the reference graph
        described = {_short(s) for s in set(data.subjects())}
        violations = [v for v in violations if v.focus in described]
    return ValidationResult(violations, graphs=1)


def validate_file(path: str | Path) -> ValidationResult:
    """Validate an RDF file: each named graph on its own (with the reference), else the whole graph."""
    from rdflib import Dataset

    from unhrkg.errors import InputError
    from unhrkg.mapping import reference_graph

    fmt = {".ttl": "turtle", ".trig": "trig", ".nq": "nquads", ".nt": "nt", ".jsonld": "json-ld"}.get(Path(path).suffix.lower())
    if fmt is None:
        raise InputError(f"{path}: unknown RDF format (use .ttl, .trig, .nq, .nt or .jsonld)")
    ds = Dataset()
    try:
        ds.parse(str(path), format=fmt)
    except Exception as exc:  # rdflib raises many parser-specific types
        raise InputError(f"{path}: cannot parse as {fmt}: {str(exc).splitlines()[0] if str(exc) else exc}") from exc
    reference = reference_graph()
    result = ValidationResult()
    for g in ds.graphs():
        if len(g):
            result.extend(validate_graph(g, reference, source=str(g.identifier)))
    return result

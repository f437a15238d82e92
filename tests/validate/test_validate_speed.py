"""The compiled validator's short cuts: a SPARQL constraint runs only where it can find something,
on the triples it reads, and still finds every violation pySHACL finds."""
from __future__ import annotations

import pytest
from rdflib import Graph

from helpers import DATA
from unhrkg.map.reference import reference_graph
from unhrkg.validate import Validator, checks, compiled, shapes_graph, sparql

SHAPES = DATA / "shapes"
REFERENCE = reference_graph()


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The number of triples in each Oxigraph store the SPARQL constraints load."""
    counted: list[int] = []
    real = sparql.load

    def load(triples: object, predicates: object) -> object:
        triples = list(triples)  # type: ignore[call-overload]
        counted.append(sum(1 for t in triples if predicates is None or t[1] in predicates))  # type: ignore[operator]
        return real(triples, predicates)  # type: ignore[arg-type]
    monkeypatch.setattr(compiled, "load", load)
    return counted


def _fresh() -> Validator:
    """A compiled validator with no answers kept yet (the process's own one has seen other tests' graphs)."""
    validator = Validator(REFERENCE, "compiled")
    validator.compiled = compiled.CompiledShapes(shapes_graph())
    return validator


def _graph(name: str) -> Graph:
    return Graph().parse(next(SHAPES.glob(f"*/{name}.ttl")), format="turtle")


def test_a_graph_without_a_commission_resolution_runs_no_query(loads: list[int]) -> None:
    graph = _graph("ga_and_sc_resolutions")
    assert _fresh().validate(graph).conforms
    assert loads == []


@pytest.mark.parametrize("name", ["chr_resolution_not_numbered_by_year", "chr_resolution_numbered_after_2006"])
def test_a_commission_resolution_is_checked_on_the_triples_the_query_reads(name: str, loads: list[int]) -> None:
    graph = _graph(name)
    found = _fresh().validate(graph).violations
    assert found == Validator(REFERENCE, "pyshacl").validate(graph).violations
    assert any("numbered by year" in v.message for v in found)
    assert loads and all(0 < n < len(graph) for n in loads)


@pytest.mark.parametrize("select", [
    "SELECT $this WHERE { OPTIONAL { $this <http://x/p> ?v } FILTER(!BOUND(?v)) }",
    "SELECT $this WHERE { $this ?p ?v }",
    "SELECT $this WHERE { $this <http://x/p>+ ?v }",
    "SELECT $this WHERE { { $this <http://x/p> ?v } UNION { $this <http://x/q> ?v } }",
    "SELECT $this WHERE { $this <http://x/p> ?v FILTER NOT EXISTS { ?v <http://x/q> ?w } }",
    "SELECT $this WHERE { $this <http://x/p> ?v . BIND(1 AS ?w) }",
    "not a query",
])
def test_queries_of_other_forms_run_everywhere_on_the_whole_graph(select: str) -> None:
    rule = sparql.SparqlRule(select, "m", "Violation", sparql.plain_patterns(select))
    assert rule.patterns is None
    assert sparql.read_predicates([rule]) is None
    assert rule.may_match({}, {}, None)  # type: ignore[arg-type]


def test_a_plain_group_needs_each_of_its_triples() -> None:
    from rdflib import URIRef

    select = "SELECT $this ?v WHERE { $this <http://x/p> <http://x/o> ; <http://x/n> ?v . ?v <http://x/q> ?w FILTER(?v != 1) }"
    rule = sparql.SparqlRule(select, "m", "Violation", sparql.plain_patterns(select))
    p, n, q, o, this = (URIRef(f"http://x/{c}") for c in "pnqot")
    assert sparql.read_predicates([rule]) == {p, n, q}
    full = {this: {p: {o}, n: {URIRef("http://x/v")}}}
    assert rule.may_match(full, {q: {URIRef("http://x/w")}}, this)
    assert not rule.may_match(full, {}, this)  # nothing has a q
    assert not rule.may_match({this: {p: {URIRef("http://x/other")}, n: {o}}}, {q: {o}}, this)
    assert not rule.may_match({this: {p: {o}}}, {q: {o}}, this)  # no n


def test_a_resolution_named_again_is_not_queried_again(monkeypatch: pytest.MonkeyPatch) -> None:
    runs: list[str] = []
    real = compiled.run_sparql
    monkeypatch.setattr(compiled, "run_sparql", lambda db, rule, focus: runs.append(str(focus)) or real(db, rule, focus))
    validator = _fresh()
    text = (SHAPES / "fail" / "chr_resolution_not_numbered_by_year.ttl").read_text(encoding="utf-8")
    first = validator.validate(Graph().parse(data=text, format="turtle")).violations
    again = validator.validate(Graph().parse(data=text.replace("G/13", "G/14"), format="turtle")).violations
    other = validator.validate(Graph().parse(data=text.replace('"5/1"', '"6/1"'), format="turtle")).violations
    assert [v.message for v in first] == [v.message for v in again] == [v.message for v in other]
    assert any("numbered by year" in v.message for v in other)
    assert len(runs) == 2  # the first graph, and the one that numbers the resolution otherwise


def test_a_date_compared_again_is_not_compared_again(monkeypatch: pytest.MonkeyPatch) -> None:
    import pyshacl.rdfutil
    from rdflib import Literal
    from rdflib.namespace import XSD

    compared: list[object] = []
    real = pyshacl.rdfutil.compare_literal
    monkeypatch.setattr(pyshacl.rdfutil, "compare_literal", lambda a, b: compared.append(a) or real(a, b))
    bound = Literal("1945-06-26T00:00:00", datatype=XSD.dateTime)  # (dates are compared as dates, below)
    later = Literal("2031-05-17T10:00:00", datatype=XSD.dateTime)
    assert checks._in_range(later, bound, lambda c: c >= 0) and checks._in_range(later, bound, lambda c: c >= 0)
    assert not checks._in_range(Literal("1901-01-01T00:00:00", datatype=XSD.dateTime), bound, lambda c: c >= 0)
    assert not checks._in_range(Literal("x"), bound, lambda c: c >= 0)  # a string does not compare with a date
    assert len(compared) == 2


def test_a_property_the_graph_does_not_have_is_checked_only_for_its_count() -> None:
    import dataclasses

    shapes = compiled.CompiledShapes(shapes_graph())
    empty_calls: list[str] = []

    def spy(rule: compiled.Rule) -> compiled.Rule:
        def wrap(check):  # type: ignore[no-untyped-def]
            return lambda d, f, vs: (empty_calls.append(rule.message) if not vs else None) or check(d, f, vs)
        return dataclasses.replace(rule, checks=tuple(wrap(c) for c in rule.checks))
    for i, shape in enumerate(shapes.shapes):
        shapes.shapes[i] = dataclasses.replace(shape, rules=tuple(spy(r) for r in shape.rules))
    validator = Validator(REFERENCE, "compiled")
    validator.compiled = shapes
    graph = _graph("described_document_without_label")  # a required value missing: its count fails
    found = validator.validate(graph).violations
    assert found and found == Validator(REFERENCE, "pyshacl").validate(graph).violations
    counted = {r.message for shape in shapes.shapes for r in shape.rules if r.counted}
    assert empty_calls and set(empty_calls) <= counted


def test_a_conforming_graph_has_no_focus_node_written_out(monkeypatch: pytest.MonkeyPatch) -> None:
    import unhrkg.validate as validate

    written: list[object] = []
    real = validate._short
    graph = _graph("minimal_document_graph")
    validator = _fresh()
    monkeypatch.setattr(validate, "_short", lambda term: written.append(term) or real(term))
    assert validator.validate(graph).conforms
    assert written == []


def test_the_reference_entities_a_graph_names_are_not_checked_with_it() -> None:
    import dataclasses

    from unhrkg.model.namespaces import ID_BASE

    shapes = compiled.CompiledShapes(shapes_graph())
    focus_nodes: list[object] = []

    def spy(rule: compiled.Rule) -> compiled.Rule:
        def wrap(check):  # type: ignore[no-untyped-def]
            return lambda d, f, vs: focus_nodes.append(f) or check(d, f, vs)
        return dataclasses.replace(rule, checks=tuple(wrap(c) for c in rule.checks))
    for i, shape in enumerate(shapes.shapes):
        shapes.shapes[i] = dataclasses.replace(shape, rules=tuple(spy(r) for r in shape.rules))
    validator = Validator(REFERENCE, "compiled")
    validator.compiled = shapes
    for name in ("mention_of_unknown_state", "resolution_tabled_by_unknown_state", "body_part_of_a_state"):
        graph = _graph(name)
        assert validator.validate(graph).violations == Validator(REFERENCE, "pyshacl").validate(graph).violations
    graph = _graph("resolution_tabled_by_unknown_state")
    focus_nodes.clear()
    assert not validator.validate(graph).conforms
    named = {o for o in graph.objects() if str(o).startswith(ID_BASE + "state/")} - set(graph.subjects())
    assert named and focus_nodes and not named & set(focus_nodes)  # PRK, a State of the reference data, is not checked here


@pytest.mark.parametrize("subject", ["id:state/FRA", "https://w3id.org/unhrkg/id/state/FRA"])
def test_a_subject_written_like_a_reference_entity_keeps_every_focus_node(subject: str) -> None:
    from rdflib import BNode, URIRef

    from unhrkg.validate import _described_only

    state = URIRef("https://w3id.org/unhrkg/id/state/FRA")
    node = URIRef(subject) if subject.startswith("id:") else BNode(subject)
    assert _described_only([(node, state, state)]) is None
    keep = _described_only([(URIRef("https://x/doc"), state, state)])
    assert keep is not None and not keep(state) and keep(URIRef("https://x/doc")) and keep(URIRef("https://x/other"))


def test_dates_are_compared_as_pyshacl_compares_them_without_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import pyshacl.rdfutil
    from rdflib import Literal
    from rdflib.namespace import XSD

    real = pyshacl.rdfutil.compare_literal
    values = ["1945-06-26", "1945-06-25", "1945-06-27", "2099-12-31", "2100-01-01", "2005-03-02", "2005-03-02Z",
              "2005-03-02+05:00", "0001-01-01", "not a date", "2005-02-30"]
    literals = [Literal(v, datatype=XSD.date) for v in values] + [Literal("2005-03-02T10:00:00", datatype=XSD.dateTime),
                                                                 Literal("2005-03-02"), Literal(7)]
    bounds = [Literal("1945-06-26", datatype=XSD.date), Literal("2099-12-31", datatype=XSD.date)]
    expected = {}
    for v in literals:
        for bound in bounds:
            try:
                expected[v, bound] = int(real(v, bound))
            except (TypeError, NotImplementedError):
                expected[v, bound] = None
    compared: list[object] = []
    monkeypatch.setattr(pyshacl.rdfutil, "compare_literal", lambda a, b: compared.append(a) or real(a, b))
    checks._compared.cache_clear()
    for (v, bound), order in expected.items():
        for ok in (lambda c: c >= 0, lambda c: c <= 0, lambda c: c > 0, lambda c: c < 0):
            plain = order is not None and ok(order) and isinstance(v.value, str) == isinstance(bound.value, str)
            assert checks._in_range(v, bound, ok) == plain, (v, bound)
    assert compared and not [v for v in compared if str(v) in ("1945-06-25", "2100-01-01", "2005-03-02")]


def test_the_compiled_shapes_hold_the_terms_mapping_writes() -> None:
    from rdflib.namespace import RDFS, XSD

    from unhrkg.model.namespaces import UNHR
    from unhrkg.validate import ontology_hierarchy

    shapes = compiled.CompiledShapes(shapes_graph())
    paths = [r.path for shape in shapes.shapes for r in shape.rules if r.path is not None]
    assert [p for p in paths if p == UNHR.iso3] and all(p is UNHR.iso3 for p in paths if p == UNHR.iso3)
    assert all(p is RDFS.label for p in paths if p == RDFS.label)
    assert any(c is UNHR.State for shape in shapes.shapes for c in shape.classes)
    assert any(s is UNHR.Letter and o is UNHR.Document for s, _, o in ontology_hierarchy())
    assert checks.canonical(XSD.date) is XSD.date and checks.canonical(checks.URIRef(str(XSD.date))) is XSD.date
    assert checks.canonical(checks.URIRef(str(XSD) + "notAType")) == checks.URIRef(str(XSD) + "notAType")


def test_a_class_constraint_looks_its_value_up_among_the_instances(monkeypatch: pytest.MonkeyPatch) -> None:
    from rdflib.namespace import RDF

    typed: list[object] = []
    real = checks.Data.values
    monkeypatch.setattr(checks.Data, "values", lambda self, node, path: (path == RDF.type and typed.append(node)) or real(self, node, path))
    for name in ("resolution_tabled_by_unknown_state", "document_addressed_to_unknown_body", "body_part_of_a_state"):
        graph = _graph(name)
        assert _fresh().validate(graph).violations == Validator(REFERENCE, "pyshacl").validate(graph).violations
    assert typed == []  # each sh:class value is found in ``instances``, not by reading its types again


def test_a_literal_is_hashed_once_when_a_graph_is_indexed(monkeypatch: pytest.MonkeyPatch) -> None:
    from rdflib import Literal

    shapes = compiled.CompiledShapes(shapes_graph())
    triples = list(_graph("minimal_document_graph"))
    literals = sum(isinstance(o, Literal) for _, _, o in triples)
    hashed: list[object] = []
    real = Literal.__hash__
    monkeypatch.setattr(Literal, "__hash__", lambda self: hashed.append(self) or real(self))
    data = checks.Data(triples, shapes.by_predicate)
    assert literals and len(hashed) == literals
    everything = checks.Data(triples)
    assert {p: v for p, v in everything.by_predicate.items() if p in shapes.by_predicate} == data.by_predicate
    assert everything.out == data.out

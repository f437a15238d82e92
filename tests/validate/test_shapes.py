"""The SHACL shapes (ontology/shapes.ttl), tested from the data side.

Files in tests/data/shapes/pass must conform; files in tests/data/shapes/fail must not, each
named for what it breaks. The first line of every file says what to expect:

    # expect: conforms [standalone]
    # expect: [standalone] [PATH] [msg='fragment of sh:message'] [value=VALUE]

PATH is a CURIE such as unhr:evidence or prov:wasDerivedFrom (the result path); VALUE is the
offending value as ``Violation.value`` shows it (``id:state/XXX``, ``2105-03-02``). A failing
file only passes if one violation matches all of these at once, so a file that fails for an
unrelated reason is caught. Document graphs are validated as the pipeline does, with the
reference graph; ``standalone`` files describe reference entities (States, bodies, sessions)
themselves and are validated alone.
"""
from __future__ import annotations

from datetime import datetime, timezone
from functools import cache
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.namespace import RDF, SH

from helpers import ROOT
from helpers.shapes import SHAPES, Expect, expand, expectation
from unhrkg.extract import extract
from unhrkg.map.document import map_record
from unhrkg.map.reference import reference_graph
from unhrkg.model.namespaces import UNHR
from unhrkg.read import read_text
from unhrkg.validate import ValidationResult, Violation, shapes_graph, validate_graph

PASS = sorted((SHAPES / "pass").glob("*.ttl"))
FAIL = sorted((SHAPES / "fail").glob("*.ttl"))


@cache
def reference() -> Graph:
    return reference_graph()


@cache
def result(path: Path) -> ValidationResult:
    graph = Graph().parse(path, format="turtle")
    if expectation(path).standalone:
        return validate_graph(graph, source=path.name)
    return validate_graph(graph, reference(), source=path.name)


def matches(v: Violation, e: Expect) -> bool:
    return ((e.path is None or expand(v.path) == e.path)
            and (e.msg is None or e.msg in v.message)
            and (e.value is None or expand(v.value) == expand(e.value)))


@pytest.mark.parametrize("path", PASS, ids=lambda p: p.stem)
def test_conforms(path: Path) -> None:
    assert expectation(path).conforms, f"{path.name} is under pass/ but does not expect 'conforms'"
    outcome = result(path)
    assert outcome.conforms, outcome.report()


@pytest.mark.parametrize("path", FAIL, ids=lambda p: p.stem)
def test_fails_for_what_it_is_named_for(path: Path) -> None:
    e = expectation(path)
    assert not e.conforms and any((e.path, e.msg, e.value)), f"{path.name}: say what it must break"
    outcome = result(path)
    assert not outcome.conforms, f"{path.name} conforms but must break {e}"
    assert any(matches(v, e) for v in outcome.violations), f"expected {e}, got:\n{outcome.report()}"


def _shape_of_message() -> dict[str, str]:
    """sh:message -> the node shape it belongs to (each message names one constraint)."""
    shapes = shapes_graph()
    owner = {}
    for node in shapes.subjects(RDF.type, SH.NodeShape):
        for part in [*shapes.objects(node, SH.property), *shapes.objects(node, SH.sparql)]:
            for message in shapes.objects(part, SH.message):
                owner[str(message)] = str(node).rsplit("#", 1)[-1]
    return owner


def test_every_shape_has_a_failing_case() -> None:
    owner = _shape_of_message()
    every = {str(s).rsplit("#", 1)[-1] for s in shapes_graph().subjects(RDF.type, SH.NodeShape)}
    hit = {owner.get(v.message) for p in FAIL for v in result(p).violations if matches(v, expectation(p))}
    assert len(every) >= 14 and every <= hit, f"shapes without a failing case: {sorted(every - hit)}"


def test_pass_and_fail_cover_both_validation_modes() -> None:
    assert len(PASS) >= 5 and len(FAIL) >= 25
    for group in (PASS, FAIL):
        assert {expectation(p).standalone for p in group} == {True, False}


def test_seed_letter_maps_to_a_conforming_graph(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    text = read_text("data/corpus/001_229bcb034eb221d9.txt")
    mapped = map_record(extract(text), text.sha256, text.path, datetime(2026, 1, 1, tzinfo=timezone.utc))
    for cls in (UNHR.DocumentGraph, UNHR.Letter, UNHR.Position, UNHR.Sponsorship, UNHR.Session, UNHR.AgendaItem):
        assert (None, RDF.type, cls) in mapped.graph, f"the seed letter no longer maps to a {cls}"
    outcome = validate_graph(mapped.graph, reference(), source=text.path)
    assert outcome.conforms, outcome.report()


def test_reference_graph_conforms_by_itself() -> None:
    outcome = validate_graph(reference())
    assert outcome.conforms, outcome.report()

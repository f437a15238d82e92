"""One source for each list: the vocabulary module agrees with the ontology; the document types
and stances of the record are the ones the record check, the shapes and the drawings know; the
project's base IRI is typed in one module."""
from __future__ import annotations

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH

from helpers import SRC
from unhrkg.map.facts import STANCE_TERMS
from unhrkg.model.namespaces import CLASSES, INDIVIDUALS, PROPERTIES, UNHR, document_classes
from unhrkg.model.record import DOC_TYPES, STANCES
from unhrkg.model.record_schema import schema_problems
from unhrkg.model.resources import ontology_path, shapes_path
from unhrkg.viz.nodes import DOC_ABBREVIATIONS, KIND_OF_TYPE
from unhrkg.viz.style import DOC_TYPE_COLOURS, KIND_COLOURS

BASE = str(UNHR)


def _declared(g: Graph, *kinds: URIRef) -> set[str]:
    return {str(s)[len(BASE):] for kind in kinds for s in g.subjects(RDF.type, kind) if str(s).startswith(BASE)}


def test_the_vocabulary_module_names_exactly_the_ontology_s_terms() -> None:
    g = Graph().parse(ontology_path())
    assert set(CLASSES) == _declared(g, OWL.Class)
    assert set(PROPERTIES) == _declared(g, OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property)
    assert set(INDIVIDUALS) <= {str(s)[len(BASE):] for s in g.subjects() if str(s).startswith(BASE)} - set(CLASSES)


def test_every_document_type_is_a_document_class_of_the_ontology() -> None:
    assert {cls for cls, _ in DOC_TYPES.values()} == set(document_classes())


def test_the_shapes_allow_exactly_the_record_s_document_types() -> None:
    g = Graph().parse(shapes_path())
    allowed = [{str(v) for v in g.items(lst)} for lst in g.objects(None, SH["in"])]
    assert set(DOC_TYPES) in allowed


def test_drawings_know_every_document_type() -> None:
    assert set(DOC_ABBREVIATIONS) == set(DOC_TYPES) == set(DOC_TYPE_COLOURS)


def test_the_record_check_allows_exactly_the_document_types_and_stances() -> None:
    def problems(doc_type: str, stance: str) -> list[str]:
        return schema_problems({"file": "x.txt", "doc_type": doc_type, "author_states": ["PRK"],
                                "positions": [{"target": {"body": "CHR", "number": "2003/10"}, "stance": stance}]})

    assert all(problems(code, stance) == [] for code in DOC_TYPES for stance in STANCES)
    assert problems("memo", "rejects") and problems("letter", "abstains")


def test_the_shapes_allow_exactly_the_mapping_s_stances() -> None:
    g = Graph().parse(shapes_path())
    allowed = [set(g.items(lst)) for lst in g.objects(None, SH["in"])]
    assert set(STANCE_TERMS) == set(STANCES) and set(STANCE_TERMS.values()) in allowed


def test_every_kind_of_node_has_a_colour() -> None:
    assert {kind for _, kind in KIND_OF_TYPE} | {"Resolution", "Other"} == set(KIND_COLOURS)


def test_the_base_iri_is_typed_once() -> None:
    """Every module takes the project's IRIs from model/namespaces.py (BASE and what is built on it)."""
    typed = sorted(str(p.relative_to(SRC)) for p in (SRC / "unhrkg").rglob("*.py")
                   if "w3id.org/unhrkg" in p.read_text(encoding="utf-8"))
    assert typed == ["unhrkg/model/namespaces.py"]

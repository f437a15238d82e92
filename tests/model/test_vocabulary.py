"""One source for each list: the vocabulary module agrees with the ontology, and the document
types of the record are the ones the shapes and the drawings know."""
from __future__ import annotations

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH

from unhrkg.model.namespaces import CLASSES, INDIVIDUALS, PROPERTIES, UNHR, document_classes
from unhrkg.model.record import DOC_TYPES
from unhrkg.model.resources import ontology_path, shapes_path
from unhrkg.viz.nodes import DOC_ABBREVIATIONS
from unhrkg.viz.style import DOC_TYPE_COLOURS

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

"""Mapping's mechanics: namespace terms made once, the same triples as the namespaces give."""
from __future__ import annotations

import re
from datetime import datetime, timezone

import pytest
from rdflib import namespace as ns  # not XSD itself: pytest would ask it for attributes it warns about
from rdflib.namespace import RDF, ClosedNamespace, DefinedNamespaceMeta

from helpers import SEED_LETTER
from unhrkg.extract import extract
from unhrkg.map.document import map_record
from unhrkg.model.namespaces import UNHR, Terms
from unhrkg.read import read_text

WHEN = datetime(2024, 1, 1, tzinfo=timezone.utc)


def test_terms_are_the_namespaces_terms_made_once() -> None:
    rdf, unhr = Terms(RDF), Terms(UNHR)
    assert rdf.type == RDF.type and rdf.type is rdf.type
    assert unhr.Resolution == UNHR.Resolution and unhr["Resolution"] == UNHR.Resolution
    assert Terms(ns.XSD).date == ns.XSD.date
    with pytest.raises(AttributeError):
        unhr.NotATerm  # noqa: B018 - a closed namespace stays closed
    with pytest.raises(AttributeError):
        unhr.__deepcopy__  # noqa: B018


def test_mapping_a_document_again_looks_up_no_namespace_term(monkeypatch: pytest.MonkeyPatch) -> None:
    text = read_text(SEED_LETTER)
    record = extract(text)
    first = map_record(record, text.sha256, "seed.txt", WHEN)
    looked: list[str] = []
    closed, defined = ClosedNamespace.__getattr__, DefinedNamespaceMeta.__getattr__
    monkeypatch.setattr(ClosedNamespace, "__getattr__", lambda self, name: looked.append(name) or closed(self, name))
    monkeypatch.setattr(DefinedNamespaceMeta, "__getattr__", lambda cls, name: looked.append(name) or defined(cls, name))
    again = map_record(record, text.sha256, "seed.txt", WHEN)
    assert again.triples == first.triples and len(first.triples) > 30
    assert looked == []


def test_literals_are_made_once_per_value_and_kind(monkeypatch: pytest.MonkeyPatch) -> None:
    from rdflib import Literal

    from unhrkg.model.record import DocumentRecord

    record = DocumentRecord(file="x.txt", symbol="A/HRC/S-1/2", doc_type="letter", session={"body": "HRC", "number": "S-1"},
                            resolutions=[{"body": "HRC", "number": "S-1/1"}])
    first = map_record(record, "a" * 64, "x.txt", WHEN)
    session = next(o for _, p, o in first.triples if p == UNHR.atSession)
    values = {p: o for s, p, o in first.triples if s == session}
    assert values[UNHR.sessionNumber] == Literal(1) and values[UNHR.special] == Literal(True)
    assert values[UNHR.sessionNumber].datatype != values[UNHR.special].datatype  # 1 and True stay apart
    made: list[object] = []
    real = Literal.__new__
    monkeypatch.setattr(Literal, "__new__", lambda cls, *a, **k: made.append(a) or real(cls, *a, **k))
    again = map_record(record, "a" * 64, "x.txt", WHEN)
    assert again.triples == first.triples and made == []


def test_the_iris_of_shared_entities_are_made_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import rdflib.term

    from unhrkg.model import iri

    text = read_text(SEED_LETTER)
    record = extract(text)
    first = map_record(record, text.sha256, "seed.txt", WHEN)
    made: list[str] = []
    real = rdflib.term.URIRef.__new__
    monkeypatch.setattr(rdflib.term.URIRef, "__new__", lambda cls, value, base=None: made.append(value) or real(cls, value, base))
    again = map_record(record, text.sha256, "seed.txt", WHEN)
    assert again.triples == first.triples
    entity = re.compile(r".*/id/(?:(?:state|body)/[^/]+|(?:session|mission)/[^/]+/[^/]+|resolution/.+)")
    assert made and not [m for m in made if entity.fullmatch(m)]
    assert iri.state("fra") is iri.state("fra") and iri.agent("FRA") is iri.state("FRA")
    assert str(iri.session("HRC", 7)).endswith("/7") and str(iri.session("HRC", 7.0)).endswith("/7.0")  # typed
    assert str(iri.session("HRC", True)).endswith("/True")


def test_splitting_a_graph_compares_few_subjects_with_the_document(monkeypatch: pytest.MonkeyPatch) -> None:
    import rdflib.term

    text = read_text(SEED_LETTER)
    mapped = map_record(extract(text), text.sha256, "seed.txt", WHEN)
    own, entities = mapped.own(), mapped.entities()
    compared: list[object] = []
    real = rdflib.term.Identifier.__eq__
    monkeypatch.setattr(rdflib.term.Identifier, "__eq__", lambda self, other: compared.append(self) or real(self, other))
    assert (mapped.own(), mapped.entities()) == (own, entities) and len(own) > 30
    assert len(compared) < 10  # the symbol and the link of the document, not every triple

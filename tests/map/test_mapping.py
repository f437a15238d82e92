"""Mapping: a record becomes the expected triples, deterministically, with its provenance."""
from __future__ import annotations

from datetime import datetime, timezone

from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import PROV, RDF, SKOS

from helpers import ROOT, SEED_LETTER
from unhrkg.model import iri
from unhrkg.extract import extract
from unhrkg.map.document import map_record
from unhrkg.map.reference import reference_graph
from unhrkg.model.namespaces import UNHR
from unhrkg.read import read_text
from unhrkg.model.record import DocumentRecord

WHEN = datetime(2026, 1, 1, tzinfo=timezone.utc)
SOURCE = "data/corpus/001_229bcb034eb221d9.txt"


def seed_graph() -> Graph:
    text = read_text(SEED_LETTER)
    return map_record(extract(text, file=SOURCE), text.sha256, SOURCE, WHEN).graph


def test_seed_letter_maps_to_the_expected_graph() -> None:
    expected = Graph().parse(ROOT / "tests" / "data" / "expected" / "seed_letter.ttl")
    assert isomorphic(seed_graph(), expected)


def test_mapping_is_deterministic_and_has_no_blank_nodes() -> None:
    first, second = seed_graph(), seed_graph()
    assert set(first) == set(second)
    assert not any(t.__class__.__name__ == "BNode" for triple in first for t in triple)


def test_document_iri_comes_from_the_symbol_or_the_content_hash() -> None:
    assert iri.document("E/CN.4/2005/G/13", "ab" * 32) == URIRef("https://w3id.org/unhrkg/id/doc/E/CN.4/2005/G/13")
    assert iri.document(None, "ab" * 32) == URIRef("https://w3id.org/unhrkg/id/doc/sha256-" + "ab" * 10)
    assert iri.resolution("SC", "497 (1981)") == URIRef("https://w3id.org/unhrkg/id/resolution/SC/497-1981")
    assert iri.agenda_item(iri.session("GA", 60), "112 (e)").endswith("/session/GA/60/item/112-e")


def test_provenance_links_the_graph_to_its_source_file() -> None:
    g = seed_graph()
    graph_iri = g.value(predicate=UNHR.describes, object=URIRef("https://w3id.org/unhrkg/id/doc/E/CN.4/2005/G/13"))
    source = g.value(graph_iri, PROV.wasDerivedFrom)
    assert str(source).startswith("urn:sha256:")
    assert graph_iri == URIRef(f"https://w3id.org/unhrkg/graph/doc/E/CN.4/2005/G/13/sha256-{str(source)[11:31]}")
    assert g.value(source, UNHR.sourcePath) == Literal(SOURCE)
    assert g.value(graph_iri, PROV.generatedAtTime).toPython() == WHEN
    assert (graph_iri, UNHR.recordOrigin, Literal("extracted")) in g


def test_positions_carry_their_evidence_and_undocs_link() -> None:
    g = seed_graph()
    position = next(g.subjects(RDF.type, UNHR.Position))
    assert "rejection of the resolution" in str(g.value(position, UNHR.evidence))
    assert g.value(position, UNHR.stance) == UNHR.Rejects
    doc = URIRef("https://w3id.org/unhrkg/id/doc/E/CN.4/2005/G/13")
    assert URIRef("https://undocs.org/E/CN.4/2005/G/13") in set(g.objects(doc, None))


def test_chr_resolution_is_adopted_at_the_session_of_its_year() -> None:
    g = seed_graph()
    res = iri.resolution("CHR", "2004/13")
    assert g.value(res, UNHR.adoptedAtSession) == iri.session("CHR", 60)


def test_reference_states_link_to_the_eu_country_authority() -> None:
    g = reference_graph()
    assert g.value(iri.state("PRK"), SKOS.exactMatch) == URIRef(
        "http://publications.europa.eu/resource/authority/country/PRK")
    assert len(set(g.subjects(RDF.type, UNHR.State))) == 201  # (195 of today, six former)


def test_joint_letter_signatories_belong_to_their_own_state() -> None:
    record = DocumentRecord(file="x.txt", doc_type="letter", author_states=["EGY", "PAK"], accredited_to="UNOG",
                            signatories=[{"name": "A B", "titles": ["Permanent Representative of Pakistan"]}])
    g = map_record(record, "cd" * 32, "x.txt", WHEN).graph
    assert (iri.post(iri.person("A B", "PAK"), "Permanent Representative of Pakistan"), UNHR.postIn,
            iri.mission("PAK", "UNOG")) in g


def test_an_emergency_special_session_maps_apart_from_the_regular_one_and_validates() -> None:
    from unhrkg.validate import Validator

    record = DocumentRecord(file="x.txt", symbol="A/ES-10/484", doc_type="letter", session={"body": "GA", "number": "ES-10"},
                            resolutions=[{"body": "GA", "number": "ES-10/19"}])
    mapped = map_record(record, "b" * 64, "x.txt", WHEN)
    session = next(o for _, p, o in mapped.triples if p == UNHR.atSession)
    values = {p: o for s, p, o in mapped.triples if s == session}
    assert values[UNHR.sessionNumber] == Literal(10) and values[UNHR.special] == Literal(True)
    assert session != iri.session("GA", "10")
    adopted = {o for s, p, o in mapped.triples if p == UNHR.adoptedAtSession}
    assert adopted == {session}  # resolution ES-10/19 was adopted at that session
    report = Validator(reference_graph()).validate(mapped.triples, source="x.txt")
    assert report.conforms, report

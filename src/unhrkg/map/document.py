"""DocumentRecord -> RDF: one named graph per document, and the shared entities it names.

Pure functions: the same record, hash, path and time give the same triples. Every IRI
comes from ``iri``; the record's facts are mapped in ``facts``, the reference tables in
``reference``. No blank nodes, so graphs compare and push cleanly.

A document names entities many documents name (resolutions, sessions, agenda items,
missions, people and their posts, cited documents). What identifies such an entity (its
type, number, label...) follows from its IRI alone, so it is stored once, in the entities
graph, rather than in every document graph that names it: the store's default graph is the
union of its graphs counted with repeats, and a triple stored in a thousand graphs would
make every join through it a thousand times larger. What a document claims about such an
entity (who tabled a resolution, which post a person holds) stays in the document's graph.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cached_property

from rdflib import Graph, URIRef
from rdflib.term import Node

from unhrkg import __version__
from unhrkg.map.facts import authors, people, procedure, references
from unhrkg.map.nodes import PROV, RDF, RDFS, UNHR, XSD, Triples, add, date, literal
from unhrkg.map.reference import reference_sessions
from unhrkg.model import iri
from unhrkg.model.namespaces import bind_prefixes
from unhrkg.model.record import DOC_TYPES, DocumentRecord
from unhrkg.model.reference import load_reference

DOC_CLASSES = {code: UNHR[cls] for code, (cls, _) in DOC_TYPES.items()}
# Entities many documents name, identified by their IRI (not a document's own positions or sponsorships).
SHARED_CLASSES = frozenset({UNHR.Resolution, UNHR.Session, UNHR.AgendaItem, UNHR.PermanentMission,
                            UNHR.Person, UNHR.Post, UNHR.Document})


# What a document claims about a shared entity: kept in the document's graph.
CLAIMS = frozenset({UNHR.tabledBy, UNHR.holdsPost, UNHR.postIn})
# A document's own triples that a document citing it gives too.
DOC_IDENTITY = frozenset({UNHR.symbol, RDFS.seeAlso})
_TYPE = frozenset({RDF.type})


@dataclass(frozen=True)
class MappedDocument:
    """A document's IRI, its named graph's IRI, and every triple the document gives.

    ``triples`` are all of them (what is validated; ``graph`` has them as an rdflib Graph);
    ``shared`` names the entities whose identifying triples go to the entities graph instead
    of the document's graph (as do the document's symbol and its UN ODS link), and ``known``
    those the reference graph describes already (sessions of the tables).
    """

    doc: URIRef
    graph_iri: URIRef
    triples: tuple[tuple[Node, Node, Node], ...]
    shared: frozenset[URIRef] = frozenset()
    known: frozenset[URIRef] = frozenset()
    origin: str = "extracted"
    prefixes: bool = True

    @cached_property
    def graph(self) -> Graph:
        """The triples as an rdflib Graph named after the document's graph."""
        g = Graph(identifier=self.graph_iri)
        if self.prefixes:
            bind_prefixes(g)
        for triple in self.triples:
            g.add(triple)
        return g

    def _identifies(self, s: object, p: object) -> bool:
        """Whether the triple identifies a shared entity (or the document itself, by its symbol)."""
        return (p not in CLAIMS and (s in self.shared or s in self.known)) or (p in DOC_IDENTITY and s == self.doc)

    def own(self) -> list[tuple[Node, Node, Node]]:
        """The triples of the document's own named graph."""
        return [t for t in self.triples if not self._identifies(t[0], t[1])]

    def entities(self) -> list[tuple[Node, Node, Node]]:
        """What identifies the shared entities it names, and its own symbol (other documents cite
        it by that), for the entities graph; not what the reference graph describes."""
        return [t for t in self.triples if self._identifies(t[0], t[1]) and t[0] not in self.known]


def map_record(record: DocumentRecord, sha256: str, source_path: str, generated_at: datetime,
               origin: str = "extracted", prefixes: bool = True) -> MappedDocument:
    """A record's triples in its own named graph, with PROV-O provenance.

    ``prefixes=False`` leaves the project's prefixes unbound (binding them costs more than
    mapping a small document; ingest writes N-Triples, which has no prefixes anyway).
    """
    ref = load_reference()
    doc = iri.document(record.symbol, sha256)
    graph_iri = iri.document_graph(doc, sha256)
    g = Triples()
    g.add((doc, RDF.type, DOC_CLASSES[record.doc_type]))
    g.add((doc, RDF.type, UNHR.Document))  # as well as its kind: `?d a unhr:Document` needs no inference
    g.add((doc, UNHR.docType, literal(record.doc_type)))
    g.add((doc, RDFS.label, literal(record.symbol or record.title or f"Document {sha256[:12]}")))
    if record.symbol:
        g.add((doc, UNHR.symbol, literal(record.symbol)))
        g.add((doc, RDFS.seeAlso, iri.undocs(record.symbol)))
    add(g, doc, UNHR.issued, date(record.issued))
    add(g, doc, UNHR.dated, date(record.dated))
    add(g, doc, UNHR.language, literal(record.language, datatype=XSD.language) if record.language else None)
    add(g, doc, UNHR.textLanguage, literal(record.text_language, datatype=XSD.language) if record.text_language else None)
    add(g, doc, UNHR.title, literal(record.title) if record.title else None)
    authors(g, doc, record, ref)
    people(g, doc, record, ref)
    procedure(g, doc, record)
    references(g, doc, record, ref)
    source = iri.source_file(sha256)
    g.add((doc, PROV.hadPrimarySource, source))
    g.add((source, RDF.type, UNHR.SourceFile))
    g.add((source, UNHR.sha256, literal(sha256)))
    g.add((source, UNHR.sourcePath, literal(source_path)))
    g.add((graph_iri, RDF.type, UNHR.DocumentGraph))
    g.add((graph_iri, UNHR.describes, doc))
    g.add((graph_iri, PROV.wasDerivedFrom, source))
    g.add((graph_iri, PROV.generatedAtTime, literal(generated_at.isoformat(timespec="seconds"), datatype=XSD.dateTime)))
    g.add((graph_iri, UNHR.toolVersion, literal(__version__)))
    g.add((graph_iri, UNHR.recordOrigin, literal(origin)))
    add(g, graph_iri, UNHR.genre, literal(record.genre) if record.genre else None)
    for name, rule in sorted(record.rules.items()):
        g.add((graph_iri, UNHR.fieldRule, literal(f"{name}: {rule}")))
    local = f"{doc}#"  # agenda items of a document with no session are its own
    # set lookups, not ==: an rdflib term compares in Python code, a set finds an unequal hash in C
    shared = {s for s, p, cls in g if p in _TYPE and cls in SHARED_CLASSES and s != doc and not str(s).startswith(local)}
    known = shared & reference_sessions()
    return MappedDocument(doc, graph_iri, tuple(g), frozenset(shared - known), frozenset(known), origin, prefixes)

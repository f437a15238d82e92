"""The nodes both mappings write: sessions and resolutions (whose IRIs follow from their numbers),
into ``Triples``, an ordered set cheaper than an rdflib Graph for one document."""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from rdflib import Graph, Literal, URIRef
from rdflib import namespace as ns
from rdflib.term import Node

from unhrkg.model import iri
from unhrkg.model.namespaces import UNHR as _UNHR, Terms
from unhrkg.model.reference import Reference

# each term made once (``Terms``): mapping a document reads them hundreds of times; the other
# mapping modules take them from here
ORG, PROV, RDF, RDFS, SKOS, XSD = (Terms(n) for n in (ns.ORG, ns.PROV, ns.RDF, ns.RDFS, ns.SKOS, ns.XSD))
UNHR = Terms(_UNHR)
# A literal made once per value, kind, language and datatype: the same session numbers, labels,
# rules and dates recur in document after document, and rdflib's constructor is slow (typed, so
# that 1, 1.0 and True stay three literals)
literal = lru_cache(maxsize=1 << 14, typed=True)(Literal)


class Triples:
    """Triples in the order they were added, each once: what mapping writes to (an rdflib
    Graph indexes every triple three ways, which costs more than mapping a document)."""

    def __init__(self) -> None:
        self._triples: dict[tuple[Node, Node, Node], None] = {}

    def add(self, triple: tuple[Node, Node, Node]) -> None:
        self._triples[triple] = None

    def __iter__(self) -> Iterator[tuple[Node, Node, Node]]:
        return iter(self._triples)

    def __len__(self) -> int:
        return len(self._triples)


def date(value: str | None) -> Literal | None:
    """An xsd:date literal, or None where the record has no date."""
    return literal(value, datatype=XSD.date) if value else None


def add(g: Graph | Triples, s: URIRef, p: URIRef, o: URIRef | Literal | None) -> None:
    """Add the triple unless its object is None (a field the record leaves empty)."""
    if o is not None:
        g.add((s, p, o))


def session_node(g: Graph | Triples, body_code: str, number: int | str) -> URIRef:
    """Declare a session (body, number) in g and return its IRI."""
    key = str(number)
    node = iri.session(body_code, key)
    g.add((node, RDF.type, UNHR.Session))
    g.add((node, UNHR.ofBody, iri.body(body_code)))
    g.add((node, UNHR.sessionNumber, literal(int(key.split("-")[-1]))))  # "S-5", "ES-10": the number after the dash
    g.add((node, UNHR.special, literal(key.startswith(("S-", "ES-")))))  # an emergency special session is special
    return node


def resolution_session(ref: Reference, body_code: str, number: str) -> tuple[str, str] | None:
    """The session a resolution was adopted at, from its number (CHR by year via the table)."""
    head = number.split("/")[0]
    if body_code in ("HRC", "GA") and "/" in number and (head.isdigit() or head.startswith(("S-", "ES-"))):
        return body_code, head
    if body_code == "CHR" and head.isdigit() and len(head) == 4:
        s = ref.chr_session_of_year(int(head))
        return ("CHR", s.key) if s else None
    return None


def resolution_node(g: Graph | Triples, ref: Reference, body_code: str, number: str) -> URIRef:
    node = iri.resolution(body_code, number)
    g.add((node, RDF.type, UNHR.Resolution))
    g.add((node, UNHR.resolutionNumber, literal(number)))
    g.add((node, UNHR.adoptedBy, iri.body(body_code)))
    g.add((node, RDFS.label, literal(f"{body_code} resolution {number}")))
    at = resolution_session(ref, body_code, number)
    if at:
        g.add((node, UNHR.adoptedAtSession, session_node(g, *at)))
    return node

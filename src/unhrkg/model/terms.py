"""RDF terms between rdflib and Oxigraph, and in N-Triples text: converted and escaped in one place.

``nt_term`` is the one function through which a term becomes text, for the N-Quads the
store loads and the SPARQL Update it runs alike: every IRI is parsed by pyoxigraph first
(an IRI holding a space, a line break or ``>`` is refused, so no value can close it and be
read as syntax), literals are escaped, language tags checked. The compiled validator loads
its SPARQL store through ``to_ox``, and reading back gives rdflib terms through ``to_rdflib``.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot store {term!r}")


def to_rdflib(term: object) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:  # RDF 1.1: a plain literal is an xsd:string
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise TypeError(f"cannot convert {term!r}")


_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_LANGUAGE = re.compile(r"\A[a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*\Z")


@lru_cache(maxsize=1 << 16)  # predicates, classes, States and sessions recur in every document
def iri_text(value: str) -> str:
    """An IRI as ``<...>`` once pyoxigraph has parsed it as an absolute IRI; ValueError if it is not one."""
    try:
        return str(ox.NamedNode(value))
    except ValueError as exc:  # UnicodeEncodeError (a lone surrogate) is a ValueError too
        raise ValueError(f"not an IRI: {value[:80]!r} ({str(exc)!r})") from None


def _literal_text(value: str, language: str | None, datatype: str | None) -> str:
    if not value.isascii():
        value.encode("utf-8")  # a lone surrogate cannot be stored: UnicodeEncodeError, a ValueError
    text = f'"{value.translate(_ESCAPES)}"'
    if language:
        if not _LANGUAGE.match(language):
            raise ValueError(f"not a language tag: {language[:20]!r}")
        return f"{text}@{language}"
    return f"{text}^^{iri_text(datatype)}" if datatype else text


def nt_term(term: Node | ox.NamedNode | ox.Literal) -> str:
    """One RDF term in N-Triples syntax, which SPARQL Update data blocks read the same way.

    Raises ValueError for an IRI that is not one, a bad language tag or a lone surrogate."""
    if isinstance(term, URIRef):
        return iri_text(str(term))
    if isinstance(term, Literal):
        return _literal_text(str(term), term.language, str(term.datatype) if term.datatype else None)
    if isinstance(term, (ox.NamedNode, ox.Literal)):
        return str(term)  # parsed and escaped by pyoxigraph already
    if isinstance(term, BNode) and re.fullmatch(r"[A-Za-z0-9_]+", str(term)):
        return f"_:{term}"
    raise TypeError(f"cannot write {term!r}")


def ntriples(triples: Iterable[tuple[Node, Node, Node]], graph: URIRef | None = None) -> str:
    """Triples as N-Triples text, or as N-Quads text in ``graph`` (every term through ``nt_term``)."""
    tail = f" {nt_term(graph)} .\n" if graph is not None else " .\n"
    return "".join(f"{nt_term(s)} {nt_term(p)} {nt_term(o)}{tail}" for s, p, o in triples)

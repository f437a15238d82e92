"""RDF terms between rdflib and Oxigraph, and as N-Triples or SPARQL text: converted and escaped in one place.

``nt_term`` is the one function through which a term becomes text, for the N-Quads the
store loads and the SPARQL Update it runs alike: every IRI is parsed by pyoxigraph first
(an IRI holding a space, a line break or ``>`` is refused, so no value can close it and be
read as syntax), literals are escaped, language tags checked. The compiled validator loads
its SPARQL store through ``to_ox``, and reading back gives rdflib terms through ``to_rdflib``.
``sparql_term`` writes the checked parameter values of a query (its VALUES) as SPARQL.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from unhrkg.errors import QueryError

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


# How a string literal writes the characters it cannot hold as they are: the same escapes (ECHAR)
# in N-Triples and in SPARQL, so one table serves the store's N-Quads, SPARQL Update data and
# the VALUES of a remote query.
ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"})
_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\]')  # what no IRI may hold (RFC 3987, SPARQL IRIREF)
_LANGUAGE = re.compile(r"\A[a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*\Z")


_ESCAPED = re.compile(r'[\\"\n\r\t\b\f]')  # the characters ESCAPES changes: most values hold none


def quoted(value: str) -> str:
    """A string as the quoted text of a literal, escaped by ``ESCAPES``."""
    return f'"{value.translate(ESCAPES)}"' if _ESCAPED.search(value) else f'"{value}"'


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
    text = quoted(value)
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


def sparql_term(term: ox.NamedNode | ox.Literal) -> str:
    """An RDF term written as SPARQL syntax, refusing what could break out of it."""
    if isinstance(term, ox.NamedNode):
        if _IRI_FORBIDDEN.search(term.value):
            raise QueryError(f"IRI {term.value!r} has a character not allowed in an IRI")
        return f"<{term.value}>"
    if isinstance(term, ox.Literal):
        text = quoted(term.value)
        if term.language:
            if not _LANGUAGE.match(term.language):
                raise QueryError(f"language tag {term.language!r} is malformed")
            return f"{text}@{term.language}"
        if term.datatype.value == _XSD_STRING:
            return text
        return f"{text}^^{sparql_term(term.datatype)}"
    raise QueryError(f"cannot write {term!r} as a query parameter")

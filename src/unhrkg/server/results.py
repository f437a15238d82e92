"""SPARQL results on the wire: content negotiation and serialisation.

SELECT solutions as SPARQL 1.1 Query Results JSON, XML, CSV or TSV; ASK as JSON, XML, CSV or
TSV; CONSTRUCT/DESCRIBE triples as Turtle, N-Triples, RDF/XML or JSON-LD. The rows are
written here (rather than by pyoxigraph) because the server stops at its result limit.
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

SOLUTION_TYPES = ("application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                  "text/tab-separated-values", "application/json")
GRAPH_TYPES = ("text/turtle", "application/n-triples", "application/rdf+xml", "application/ld+json")
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RESULTS_NS = "http://www.w3.org/2005/sparql-results#"


def _accepted(accept: str) -> list[tuple[str, float]]:
    """The media ranges of an Accept header with their q values."""
    ranges = []
    for part in accept.split(","):
        media, *params = (p.strip() for p in part.split(";"))
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if media:
            ranges.append((media.lower(), q))
    return ranges


def negotiate(accept: str | None, offered: Sequence[str]) -> str | None:
    """The offered media type the Accept header prefers (the first offered if it says nothing)."""
    if not accept or not accept.strip():
        return offered[0]
    best: tuple[float, int, int] | None = None
    choice = None
    for media, q in _accepted(accept):
        for rank, candidate in enumerate(offered):
            if media == candidate:
                exact = 2
            elif media == "*/*" or (media.endswith("/*") and candidate.startswith(media[:-1])):
                exact = 1 if media != "*/*" else 0
            else:
                continue
            key = (q, exact, -rank)
            if q > 0 and (best is None or key > best):
                best, choice = key, candidate
    return choice


def _json_term(term: Any) -> dict[str, Any]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": {k: _json_term(getattr(term, k)) for k in ("subject", "predicate", "object")}}


def _xml_term(term: Any) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != _XSD_STRING:
            return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    return f"<literal>{escape(str(term))}</literal>"


def _plain(term: Any) -> str:
    """A term for CSV: the bare value (blank nodes as _:id)."""
    if term is None:
        return ""
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else getattr(term, "value", str(term))


def json_bindings(variables: list[str], rows: list[list[Any]]) -> list[dict[str, Any]]:
    """SELECT rows (terms or None, in variable order) as the bindings of SPARQL 1.1 Query Results JSON."""
    return [{v: _json_term(t) for v, t in zip(variables, row, strict=True) if t is not None} for row in rows]


def solutions(variables: list[str], rows: list[list[Any]], media: str) -> bytes:
    """SELECT rows (terms or None, in variable order) in one of SOLUTION_TYPES."""
    if media in ("application/sparql-results+json", "application/json"):
        return json.dumps({"head": {"vars": variables}, "results": {"bindings": json_bindings(variables, rows)}},
                          ensure_ascii=False).encode()
    if media == "application/sparql-results+xml":
        head = "".join(f"<variable name={quoteattr(v)}/>" for v in variables)
        body = "".join("<result>" + "".join(f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                                            for v, t in zip(variables, row, strict=True) if t is not None) + "</result>"
                       for row in rows)
        return (f'<?xml version="1.0"?>\n<sparql xmlns="{_RESULTS_NS}"><head>{head}</head>'
                f"<results>{body}</results></sparql>\n").encode()
    if media == "text/csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(variables)
        writer.writerows([[_plain(t) for t in row] for row in rows])
        return out.getvalue().encode()
    lines = ["\t".join(f"?{v}" for v in variables)]  # TSV: terms in N-Triples syntax, escaped
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in rows]
    return ("\n".join(lines) + "\n").encode()


def boolean(value: bool, media: str) -> bytes:
    """An ASK answer in one of SOLUTION_TYPES."""
    if media in ("application/sparql-results+json", "application/json"):
        return json.dumps({"head": {}, "boolean": value}).encode()
    if media == "application/sparql-results+xml":
        return (f'<?xml version="1.0"?>\n<sparql xmlns="{_RESULTS_NS}"><head/>'
                f"<boolean>{str(value).lower()}</boolean></sparql>\n").encode()
    return f"{str(value).lower()}\n".encode()


def triples(items: list[ox.Triple], media: str) -> bytes:
    """CONSTRUCT/DESCRIBE triples in one of GRAPH_TYPES."""
    fmt = ox.RdfFormat.from_media_type(media) or ox.RdfFormat.TURTLE
    return ox.serialize(items, format=fmt) or b""

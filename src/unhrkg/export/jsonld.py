"""JSON-LD written compacted: one ``@context`` of the project's prefixes, a node object per subject.

pyoxigraph writes JSON-LD expanded (full IRIs, no context) and rdflib's compaction needs the
whole graph in memory, so the triples are written here as they stream out of the store:
consecutive triples of one subject become one node object (a subject met again later gets
another node object, which JSON-LD merges on reading). IRIs under a prefix of
``namespaces.PREFIXES`` (the table the queries use) are written as compact IRIs
(``unhr:symbol``, ``id:state/PRK``), ``rdf:type`` as ``@type``, literals in their lexical
form (never JSON numbers, so ``"01"^^xsd:integer`` reads back as it was).
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

import pyoxigraph as ox

from unhrkg.model.namespaces import PREFIXES, RDF, XSD

_TYPE = str(RDF.type)
_STRING = str(XSD.string)


def context() -> dict[str, str]:
    """The ``@context``: every project prefix (unhr:, id:, rdfs: ...) to its namespace."""
    return {prefix: str(ns) for prefix, ns in PREFIXES.items()}


class Compactor:
    """Turns IRIs into compact IRIs with the longest namespace of a context that fits."""

    def __init__(self, prefixes: dict[str, str]):
        self._by_length = sorted(prefixes.items(), key=lambda item: -len(item[1]))

    def __call__(self, iri: str) -> str:
        for prefix, ns in self._by_length:
            # a suffix starting '//' would read back as an absolute IRI 'prefix://...'
            if iri.startswith(ns) and len(iri) > len(ns) and not iri[len(ns):].startswith("//"):
                return f"{prefix}:{iri[len(ns):]}"
        return iri


def _term(term: ox.NamedNode | ox.BlankNode) -> str:
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else term.value


def _object(term: Any, compact: Compactor) -> Any:
    if isinstance(term, ox.Literal):
        if term.language:
            return {"@value": term.value, "@language": term.language}
        if term.datatype.value == _STRING:
            return term.value
        return {"@value": term.value, "@type": compact(term.datatype.value)}
    if isinstance(term, ox.BlankNode):
        return {"@id": _term(term)}
    return {"@id": compact(term.value)}


def node_objects(triples: Iterable[ox.Triple], compact: Compactor) -> Iterator[dict[str, Any]]:
    """One node object per run of triples with the same subject."""
    node: dict[str, Any] = {}
    subject = None
    for triple in triples:
        if triple.subject != subject:
            if node:
                yield node
            subject = triple.subject
            node = {"@id": compact(_term(subject)) if isinstance(subject, ox.NamedNode) else _term(subject)}
        if triple.predicate.value == _TYPE and isinstance(triple.object, ox.NamedNode):
            key, value = "@type", compact(triple.object.value)
        else:
            key, value = compact(triple.predicate.value), _object(triple.object, compact)
        if key in node:
            node[key] = (node[key] if isinstance(node[key], list) else [node[key]]) + [value]
        else:
            node[key] = value
    if node:
        yield node


def write(triples: Iterable[ox.Triple], out: IO[str]) -> None:
    """Write the triples as one compacted JSON-LD document: ``{"@context": ..., "@graph": [...]}``."""
    prefixes = context()
    compact = Compactor(prefixes)
    out.write('{\n"@context": ' + json.dumps(prefixes, indent=1) + ',\n"@graph": [')
    for i, node in enumerate(node_objects(triples, compact)):
        out.write(("," if i else "") + "\n" + json.dumps(node, ensure_ascii=False))
    out.write("\n]\n}\n")

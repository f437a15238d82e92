"""Every IRI the project mints, in one place, deterministically.

The same input always gives the same IRIs: documents from their symbol (or, without one,
from the SHA-256 of their text), their graphs from the document and the file's SHA-256, resolutions from body and number, sessions from body and
number, States from ISO3, people from State and name. Nothing here depends on time,
machine or ingest order.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from urllib.parse import quote

from rdflib import URIRef

from unhrkg.model.namespaces import EUCOUNTRY, GRAPH_BASE, ID_BASE, UNDOCS

REFERENCE_GRAPH = URIRef(GRAPH_BASE + "reference")
ONTOLOGY_GRAPH = URIRef(GRAPH_BASE + "ontology")
ENTITIES_GRAPH = URIRef(GRAPH_BASE + "entities")  # what identifies the entities documents share
QUARANTINE_BASE = GRAPH_BASE + "quarantine/"
# The IRIs of entities that document after document names (States, bodies, sessions,
# resolutions, missions) are made once: rdflib checks every character of a new IRI, and one
# object per entity is found by identity where the mapping and the validator look it up.
# Typed, so that the session numbers 7 and 7.0 (or True) stay apart.
_entity = lru_cache(maxsize=1 << 14, typed=True)


def slug(text: str) -> str:
    """Lowercase ASCII words joined by hyphens: 'Ri TCHEUL' -> 'ri-tcheul', '112 (e)' -> '112-e'."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "x"


def _path(symbol: str) -> str:
    return quote(symbol.strip().rstrip("*"), safe="/.-")


def document(symbol: str | None, sha256: str) -> URIRef:
    if symbol:
        return URIRef(f"{ID_BASE}doc/{_path(symbol)}")
    return URIRef(f"{ID_BASE}doc/sha256-{sha256[:20]}")


def document_graph(doc: URIRef, sha256: str) -> URIRef:
    """The named graph of one source file of a document: named after the document and the
    file's content, so two files of one symbol (a duplicate, the French and the English
    versions) each keep their own graph, the same whatever order they come in."""
    local = str(doc)[len(ID_BASE):]
    suffix = f"sha256-{sha256[:20]}"
    return URIRef(f"{GRAPH_BASE}{local}" if local.endswith(suffix) else f"{GRAPH_BASE}{local}/{suffix}")


def quarantine_graph(graph: URIRef | str) -> URIRef:
    """Where a document graph that did not conform is kept out of the graph, with its violations."""
    return URIRef(QUARANTINE_BASE + str(graph)[len(GRAPH_BASE):])


def cited_document(symbol: str) -> URIRef:
    return document(symbol, "")


@_entity
def state(iso3: str) -> URIRef:
    return URIRef(f"{ID_BASE}state/{iso3.upper()}")


def eu_country(iso3: str) -> URIRef:
    return EUCOUNTRY[iso3.upper()]


@_entity
def body(code: str) -> URIRef:
    return URIRef(f"{ID_BASE}body/{code.upper()}")


@_entity
def agent(code: str) -> URIRef:
    """A State (three capital letters that name one) or a body, by code."""
    from unhrkg.model.reference import load_reference

    return state(code) if code in load_reference().states else body(code)


@_entity
def session(body_code: str, number: int | str) -> URIRef:
    return URIRef(f"{ID_BASE}session/{body_code.upper()}/{number}")


def agenda_item(session_iri: URIRef, item: str) -> URIRef:
    return URIRef(f"{session_iri}/item/{slug(item)}")


@_entity
def resolution(body_code: str, number: str) -> URIRef:
    return URIRef(f"{ID_BASE}resolution/{body_code.upper()}/{_path(slug_number(number))}")


def slug_number(number: str) -> str:
    """'2003/10' stays, '497 (1981)' -> '497-1981', '217 A (III)' -> '217-A-III'."""
    return re.sub(r"[^A-Za-z0-9/\-]+", "-", number.strip()).strip("-")


@_entity
def mission(iso3: str, office: str) -> URIRef:
    """A State's permanent mission to one office (one per State and office)."""
    return URIRef(f"{ID_BASE}mission/{iso3.upper()}/{office.upper()}")


def person(name: str, iso3: str | None) -> URIRef:
    return URIRef(f"{ID_BASE}person/{(iso3 or 'XXX').upper()}/{slug(name)}")


def post(person_iri: URIRef, title: str) -> URIRef:
    return URIRef(f"{person_iri}/post/{slug(title)}")


def position(doc: URIRef, body_code: str, number: str, stance: str) -> URIRef:
    return URIRef(f"{doc}#position-{body_code}-{slug(number)}-{stance}")


def sponsorship(doc: URIRef, body_code: str, number: str, sponsor: str) -> URIRef:
    return URIRef(f"{doc}#sponsorship-{body_code}-{slug(number)}-{sponsor}")


def source_file(sha256: str) -> URIRef:
    return URIRef(f"urn:sha256:{sha256}")


def undocs(symbol: str) -> URIRef:
    return URIRef(UNDOCS + _path(symbol))

"""What a node is: its kind, a short label fit for a drawing, and the facts shown on hover.

Facts come from one SPARQL query (``sparql.NODE_FACTS``) over the whole store, read once per
view. Short labels are what people write: ISO3 codes (PRK), body codes (OHCHR), symbols
(E/CN.4/2005/G/13), resolution numbers (CHR 2003/10), sessions (CHR 61); a document without
a symbol gets its type, author and date (NV PRK 2004-02-04).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

from unhrkg.model.namespaces import PREFIXES, document_classes
from unhrkg.model.record import DOC_TYPES
from unhrkg.viz.sparql import NODE_FACTS, select

_UNHR = str(PREFIXES["unhr"])
#: rdf:type -> kind, most specific first; every subclass of unhr:Document in the ontology is a Document
KIND_OF_TYPE = (("State", "State"), ("Body", "Body"), ("PermanentMission", "Mission"), ("Person", "Person"),
                ("Session", "Session"), ("AgendaItem", "AgendaItem"),
                *((cls, "Document") for cls in document_classes()))
DOC_ABBREVIATIONS = {code: abbreviation for code, (_, abbreviation) in DOC_TYPES.items()}
#: facts copied onto the node as attributes (when present), in hover order
SHOWN = ("name", "iso3", "code", "symbol", "resolution_number", "adopted_by", "doc_type", "dated", "issued",
         "session", "title", "authors", "person_name", "posts", "mission_of", "accredited_to", "item_number",
         "body_kind", "member_status", "start_date", "language")


def short_iri(value: str) -> str:
    """A prefixed name for an IRI the project knows (unhr:mentions, id:state/PRK), else the IRI."""
    for prefix, ns in PREFIXES.items():
        if value.startswith(str(ns)) and len(value) > len(str(ns)):
            return f"{prefix}:{value[len(str(ns)):]}"
    return value


@dataclass
class Facts:
    """Literal facts per subject IRI: key -> sorted distinct values."""

    values: dict[str, dict[str, list[str]]] = field(default_factory=dict)

    def get(self, node: str, key: str) -> str | None:
        """The first value of a fact, or None."""
        found = self.values.get(node, {}).get(key)
        return found[0] if found else None

    def all(self, node: str, key: str) -> list[str]:
        return self.values.get(node, {}).get(key, [])

    def kind(self, node: str) -> str:
        """The node's kind (a key of ``style.KIND_COLOURS``): that of its most specific type in
        ``KIND_OF_TYPE``, Resolution, or Other."""
        if self.get(node, "resolution_number") and not self.get(node, "doc_type"):
            return "Resolution"
        types = {t[len(_UNHR):] for t in self.all(node, "type") if t.startswith(_UNHR)}
        return next((kind for cls, kind in KIND_OF_TYPE if cls in types), "Other")

    def is_document(self, node: str) -> bool:
        """An ingested document (one the corpus holds, not only cited)."""
        return self.get(node, "doc_type") is not None

    def date(self, node: str) -> tuple[str | None, str | None]:
        """A document's date and what it is from: dated, else issued, else its session's first day."""
        for key in ("dated", "issued", "session_start"):
            if self.get(node, key):
                return self.get(node, key), key.replace("session_start", "session")
        return None, None

    def short_label(self, node: str) -> str:
        """The label to draw: ISO3, body code, symbol, 'CHR 2003/10', 'CHR 61', 'NV PRK 2004-02-04'."""
        kind, get = self.kind(node), self.get
        if kind == "State":
            return get(node, "iso3") or _tail(node)
        if kind == "Body":
            return get(node, "code") or _tail(node)
        if kind == "Resolution":
            return " ".join(filter(None, (get(node, "adopted_by"), get(node, "resolution_number"))))
        if kind == "Session":
            return get(node, "session_label") or _tail(node)
        if kind == "AgendaItem":
            return " ".join(filter(None, (get(node, "session"), "item", get(node, "item_number"))))
        if kind == "Mission":
            return f"{get(node, 'mission_of') or '?'} mission" + (f" {get(node, 'accredited_to')}"
                                                                   if get(node, "accredited_to") else "")
        if kind == "Person":
            return get(node, "person_name") or get(node, "name") or _tail(node)
        if kind == "Document":
            return get(node, "symbol") or self._document_label(node)
        return get(node, "name") or short_iri(node)

    def _document_label(self, node: str) -> str:
        authors = self.all(node, "authors")
        who = "+".join(authors[:3]) + (f"+{len(authors) - 3}" if len(authors) > 3 else "")
        date = self.get(node, "dated") or self.get(node, "issued") or self.get(node, "session")
        return " ".join(filter(None, (DOC_ABBREVIATIONS.get(self.get(node, "doc_type") or "", "Doc."), who, date)))

    def attributes(self, node: str) -> dict[str, Any]:
        """The node's attributes: iri, label, kind, then the facts in ``SHOWN`` that it has."""
        attrs: dict[str, Any] = {"iri": node, "label": self.short_label(node), "kind": self.kind(node)}
        for key in SHOWN:
            values = self.all(node, key)
            if values:
                attrs[key] = values[0] if len(values) == 1 and key not in ("authors", "posts") else values
        if attrs["kind"] == "Document":
            attrs["ingested"] = self.is_document(node)
        return attrs


def _tail(node: str) -> str:
    return node.rstrip("/").rsplit("/", 1)[-1]


def load_facts(db: ox.Store) -> Facts:
    """Every fact ``NODE_FACTS`` finds, by subject (labels in English first when there are several)."""
    found: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in select(db, NODE_FACTS):
        if "value" in row:
            found[row["s"]][row["key"]].add(row["value"])
    return Facts({s: {k: sorted(v) for k, v in keys.items()} for s, keys in found.items()})

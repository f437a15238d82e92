"""What the store knows of documents and their source files: which graph a file gave, which
files a document came from. Index lookups (``quads_for_pattern``) or queries whose values
are bound as terms, never pasted into query text."""
from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import URIRef

from unhrkg.model.namespaces import GRAPH_BASE, PROV, UNHR

_SOURCE_PATH = ox.NamedNode(str(UNHR.sourcePath))
_DESCRIBES = ox.NamedNode(str(UNHR.describes))


class SourceLookup:
    """Lookups of documents and source files, for a class whose ``db`` is a pyoxigraph store."""

    db: ox.Store

    def sources(self, paths: Iterable[str] | None = None) -> dict[str, tuple[URIRef, str]]:
        """source path -> (graph IRI, sha256 of the source) for every stored document graph
        (or for those of the given source paths only: an index lookup each, not a scan); a
        path with a document graph and a quarantine graph gives its document graph."""
        q = f"""SELECT ?g ?path ?sha WHERE {{ GRAPH ?g {{
                  ?src <{UNHR.sourcePath}> ?path . ?g <{PROV.wasDerivedFrom}> ?src .
                  ?src <{UNHR.sha256}> ?sha . }} }}"""
        if paths is None:
            rows = list(self.db.query(q))
        else:
            path = ox.Variable("path")
            rows = [r for p in paths for r in self.db.query(q, substitutions={path: ox.Literal(p)})]
        found: dict[str, tuple[URIRef, str]] = {}
        for row in sorted(rows, key=lambda r: r["g"].value.startswith(GRAPH_BASE + "doc/")):  # document graphs last: they win
            found[row["path"].value] = (URIRef(row["g"].value), row["sha"].value)
        return found

    def graphs_from(self, path: str) -> list[str]:
        """Every graph (document or quarantine) whose source file is at this path."""
        quads = self.db.quads_for_pattern(None, _SOURCE_PATH, ox.Literal(path), None)
        return sorted({q.graph_name.value for q in quads if isinstance(q.graph_name, ox.NamedNode)})

    def source_path(self, graph: str) -> str | None:
        """The path of the source file a graph was made from (the smallest, should there be several)."""
        node = ox.NamedNode(graph)
        paths = [q.object.value for q in self.db.quads_for_pattern(None, _SOURCE_PATH, None, node)]
        return min(paths) if paths else None

    def describing(self, doc: str) -> list[str]:
        """The graphs (document and quarantine) that describe this document."""
        quads = self.db.quads_for_pattern(None, _DESCRIBES, ox.NamedNode(doc), None)
        return sorted({q.graph_name.value for q in quads if q.graph_name == q.subject})

    def shared_documents(self, graphs: Iterable[str] | None = None) -> dict[str, tuple[list[str], list[str]]]:
        """Documents that several document graphs describe (one symbol in several files, such
        as its English and French versions): document IRI -> (its graphs, their source paths).
        With ``graphs``, only the documents one of these document graphs describes: index lookups
        for each, where the whole store's answer is a query over every graph (a second at
        100,000 documents, too long for adding one)."""
        prefix = GRAPH_BASE + "doc/"
        found: dict[str, set[str]] = {}
        if graphs is None:
            docs = f"""GRAPH ?g {{ ?g <{UNHR.describes}> ?doc }} FILTER(STRSTARTS(STR(?g), "{prefix}"))"""
            for row in self.db.query(f"SELECT ?doc ?g WHERE {{ {{ SELECT ?doc WHERE {{ {docs} }} GROUP BY ?doc "
                                     f"HAVING (COUNT(?g) > 1) }} {docs} }}"):
                found.setdefault(row["doc"].value, set()).add(row["g"].value)
        else:
            for doc in {d for g in graphs if g.startswith(prefix) for d in self.described_by(g)}:
                found[doc] = {g for g in self.describing(doc) if g.startswith(prefix)}
        return {doc: (sorted(named), sorted(self.source_path(g) or "?" for g in named))
                for doc, named in sorted(found.items()) if len(named) > 1}

    def described_by(self, graph: str) -> list[str]:
        """The documents a graph says it describes."""
        node = ox.NamedNode(graph)
        return sorted(q.object.value for q in self.db.quads_for_pattern(node, _DESCRIBES, None, node))

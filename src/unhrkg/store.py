"""The persistent store (Oxigraph via pyoxigraph): the only module that talks to it.

One named graph per document, plus the ontology and reference graphs. Replacing a
document's graph is one SPARQL Update (DROP + INSERT DATA), which Oxigraph applies in a
single transaction: readers see the old graph or the new one, never half of either.
"""
from __future__ import annotations

import hashlib
import os
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef

from unhrkg.errors import StoreError
from unhrkg.iri import ENTITIES_GRAPH
from unhrkg.namespaces import GRAPH_BASE
from unhrkg.terms import nt_term, ntriples, to_ox, to_rdflib

__all__ = ["Batch", "Store", "default_location", "graph_fingerprint", "nt_term", "ntriples", "to_ox", "to_rdflib"]

DEFAULT_DIR = ".unhrkg"
ENV_VAR = "UNHRKG_STORE"
_UNHR = "https://w3id.org/unhrkg/ontology#"
_OWL_VERSION = "http://www.w3.org/2002/07/owl#versionInfo"
ENTITIES_LAYOUT = "shared entities 1"  # the entities graph's marker: documents written this way


def default_location() -> Path:
    """--store, else $UNHRKG_STORE, else ./.unhrkg"""
    return Path(os.environ.get(ENV_VAR) or DEFAULT_DIR)


def graph_fingerprint(graph: Graph) -> str:
    """A stable hash of a graph's triples (to skip reloading unchanged static graphs)."""
    lines = sorted(f"{s.n3()} {p.n3()} {o.n3()}" for s, p, o in graph)
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


class Batch:
    """Named graphs (IRI -> N-Triples text) waiting to be written together: for each, whether
    the store already holds it (then it is replaced), the graphs writing it retires, and the
    triples it adds to the entities graph."""

    def __init__(self) -> None:
        self.graphs: dict[str, tuple[str, bool, tuple[str, ...], str]] = {}  # nt, stored, drops, entities
        self.triples = 0

    def __len__(self) -> int:
        return len(self.graphs)

    def touches(self, graphs: Iterable[str]) -> bool:
        """Whether any of these graphs is written or dropped by the batch already."""
        named = self.graphs.keys() | {d for _, _, drops, _ in self.graphs.values() for d in drops}
        return any(g in named for g in graphs)

    def add(self, graph: str, nt: str, stored: bool, drops: Iterable[str] = (), entities: str = "") -> None:
        self.graphs[graph] = (nt, stored, tuple(drops), entities)
        self.triples += nt.count("\n")

    def entity_lines(self, skip: Collection[str] = ()) -> list[str]:
        """The entity triples of the batch (N-Triples lines), each once, but those in ``skip``."""
        lines = dict.fromkeys(line + "\n" for *_, text in self.graphs.values() for line in text.split("\n") if line)
        return [line for line in lines if line not in skip]


def _prune(entities: list[str]) -> list[str]:
    """SPARQL Update operations removing these entities from the entities graph where no graph
    names them any more: twice, since an entity left may have named the last reference to another."""
    if not entities:
        return []
    values = " ".join(f"<{e}>" for e in entities)
    op = (f"DELETE {{ GRAPH <{ENTITIES_GRAPH}> {{ ?e ?p ?o }} }} WHERE {{ VALUES ?e {{ {values} }} "
          f"GRAPH <{ENTITIES_GRAPH}> {{ ?e ?p ?o }} FILTER NOT EXISTS {{ GRAPH ?g {{ ?x ?q ?e }} }} }}")
    return [op, op]


class Store:
    """A persistent Oxigraph store (or an in-memory one with ``path=None``)."""

    def __init__(self, path: str | Path | None = None, read_only: bool = False):
        self.path = Path(path) if path is not None else None
        try:
            if self.path is None:
                self._db = ox.Store()
            elif read_only:
                if not self.path.exists():
                    raise StoreError(f"no store at {self.path} (run 'unhrkg ingest' or 'unhrkg build' first)")
                self._db = ox.Store.read_only(str(self.path))
            else:
                self._db = ox.Store(str(self.path))
        except (OSError, RuntimeError) as exc:
            raise StoreError(f"cannot open the store at {self.path}: {exc}") from exc

    def close(self) -> None:
        """Release the store (its files and lock) now rather than at garbage collection."""
        if hasattr(self, "_db"):
            del self._db

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def db(self) -> ox.Store:
        """The pyoxigraph store, for the query and export modules."""
        return self._db

    def replace_graph(self, graph_iri: URIRef, graph: Graph) -> None:
        """Replace a named graph's content in one transaction."""
        body = graph.serialize(format="nt")
        update = f"DROP SILENT GRAPH <{graph_iri}> ;\nINSERT DATA {{ GRAPH <{graph_iri}> {{\n{body}\n}} }}"
        try:
            self._db.update(update)
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"cannot write graph {graph_iri}: {exc}") from exc

    def load_static(self, graph_iri: URIRef, graph: Graph) -> bool:
        """Load the ontology or reference graph if it is missing or changed; True if loaded."""
        fingerprint = graph_fingerprint(graph)
        marker = (URIRef(str(graph_iri)), URIRef("http://www.w3.org/2002/07/owl#versionInfo"), Literal(fingerprint))
        if self._db.contains_named_graph(ox.NamedNode(str(graph_iri))) and any(
                self._db.quads_for_pattern(*(to_ox(t) for t in marker), ox.NamedNode(str(graph_iri)))):
            return False
        copy = Graph()
        for triple in graph:
            copy.add(triple)
        copy.add(marker)
        self.replace_graph(graph_iri, copy)
        return True

    def write_batch(self, new: dict[str, str], replace: dict[str, str], drop: Iterable[str] = (),
                    entities: str = "") -> None:
        """Write many named graphs (IRI -> N-Triples text) in one transaction.

        ``new`` graphs must not be in the store; ``replace`` graphs replace what the store
        holds under their IRI; ``drop`` graphs are removed; ``entities`` (N-Triples) join the
        entities graph, and entities only the replaced or dropped graphs named leave it. Each
        batch is applied whole or not at all: a batch of new graphs only is bulk-loaded (one
        atomic ingestion of sorted files, the fast path of a first build), any other batch is
        one SPARQL update.
        """
        drop = list(drop)
        shared = str(ENTITIES_GRAPH)
        try:
            if not replace and not drop:
                if new or entities:
                    quads = "".join(text.replace(" .\n", f" <{g}> .\n") for g, text in {**new, shared: entities}.items())
                    self._db.bulk_load(quads, format=ox.RdfFormat.N_QUADS)
                return
            orphans = self._entities_named_by([*drop, *replace])
            drops = [f"DROP SILENT GRAPH <{g}>" for g in [*drop, *replace]]
            inserts = "\n".join(f"GRAPH <{g}> {{\n{text}}}" for g, text in {**new, **replace, shared: entities}.items())
            self._db.update(" ;\n".join(drops + [f"INSERT DATA {{\n{inserts}\n}}"] + _prune(orphans)))
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"cannot write a batch of {len(new) + len(replace)} graph(s): {exc}") from exc

    def _entities_named_by(self, graphs: list[str]) -> list[str]:
        """The shared entities these graphs name, and the entities those name (a session)."""
        stored = [g for g in graphs if self.contains(g)]
        if not stored:
            return []
        values = " ".join(f"<{g}>" for g in stored)
        shared = f"<{ENTITIES_GRAPH}>"
        rows = self._db.query(f"""SELECT DISTINCT ?e WHERE {{ VALUES ?g {{ {values} }}
            {{ GRAPH ?g {{ ?x ?p ?e }} GRAPH {shared} {{ ?e ?q ?v }} }}
            UNION {{ GRAPH ?g {{ ?x ?p ?named }} GRAPH {shared} {{ ?named ?r ?e . ?e ?s ?w }} }} }}""")
        return [row["e"].value for row in rows if isinstance(row["e"], ox.NamedNode)]

    def write(self, batch: Batch, entities: list[str] | None = None) -> dict[str, str]:
        """Write a batch in one transaction; if the store refuses it, each graph in a transaction
        of its own. ``entities``: the batch's entity lines to send (default: all of them; a
        caller leaves out those the store holds already). Returns the graphs refused even
        then, with the reason."""
        graphs = batch.graphs
        try:
            self.write_batch({g: nt for g, (nt, stored, _, _) in graphs.items() if not stored},
                             {g: nt for g, (nt, stored, _, _) in graphs.items() if stored},
                             [d for _, _, drops, _ in graphs.values() for d in drops],
                             "".join(batch.entity_lines() if entities is None else entities))
            return {}
        except StoreError:
            pass
        refused = {}
        for graph, (nt, _stored, drops, entities) in graphs.items():
            try:
                self.write_batch({}, {graph: nt}, drops, entities)
            except StoreError as exc:
                refused[graph] = str(exc)
        return refused

    def entities_current(self) -> bool:
        """Whether the store keeps shared entities in the entities graph (stores written before
        it repeat them in every document graph), or holds no document yet."""
        marker = f"ASK {{ GRAPH <{ENTITIES_GRAPH}> {{ <{ENTITIES_GRAPH}> <{_OWL_VERSION}> \"{ENTITIES_LAYOUT}\" }} }}"
        return bool(self._db.query(marker)) or not self.document_graphs()

    def mark_entities_current(self) -> None:
        self._db.update(f"INSERT DATA {{ GRAPH <{ENTITIES_GRAPH}> {{ <{ENTITIES_GRAPH}> <{_OWL_VERSION}> \"{ENTITIES_LAYOUT}\" }} }}")

    def contains(self, graph_iri: str) -> bool:
        """Whether the store holds a named graph of this IRI."""
        return self._db.contains_named_graph(ox.NamedNode(graph_iri))

    def remove_graph(self, graph_iri: URIRef) -> None:
        self._db.update(f"DROP SILENT GRAPH <{graph_iri}>")

    def graph(self, graph_iri: URIRef) -> Graph:
        """A named graph's triples as an rdflib Graph."""
        g = Graph(identifier=graph_iri)
        for q in self._db.quads_for_pattern(None, None, None, ox.NamedNode(str(graph_iri))):
            g.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
        return g

    def document(self, graph_iri: URIRef) -> Graph:
        """A document graph with what identifies the shared entities it names (and the sessions
        those name): the triples its document was validated as."""
        from unhrkg.validate import with_entities

        shared = ox.NamedNode(str(ENTITIES_GRAPH))
        return with_entities(self.graph(graph_iri), lambda node: (
            (to_rdflib(q.predicate), to_rdflib(q.object))
            for q in self._db.quads_for_pattern(ox.NamedNode(str(node)), None, None, shared)))

    def named_graphs(self) -> list[URIRef]:
        return sorted(URIRef(g.value) for g in self._db.named_graphs() if isinstance(g, ox.NamedNode))

    def document_graphs(self) -> list[URIRef]:
        """The named graphs that hold documents (not ontology, reference or quarantine)."""
        prefix = GRAPH_BASE + "doc/"
        return [g for g in self.named_graphs() if str(g).startswith(prefix)]

    def sources(self, paths: Iterable[str] | None = None) -> dict[str, tuple[URIRef, str]]:
        """source path -> (graph IRI, sha256 of the source) for every stored document graph
        (or for those of the given source paths only: an index lookup each, not a scan)."""
        q = f"""SELECT ?g ?path ?sha WHERE {{ GRAPH ?g {{
                  ?src <{_UNHR}sourcePath> ?path . ?g <http://www.w3.org/ns/prov#wasDerivedFrom> ?src .
                  ?src <{_UNHR}sha256> ?sha . }} }}"""
        if paths is None:
            rows = list(self._db.query(q))
        else:
            path = ox.Variable("path")
            rows = [r for p in paths for r in self._db.query(q, substitutions={path: ox.Literal(p)})]
        return {row["path"].value: (URIRef(row["g"].value), row["sha"].value) for row in rows}

    def __len__(self) -> int:
        return len(self._db)

    def quads(self) -> Iterator[ox.Quad]:
        return iter(self._db)

    def extend(self, quads: Iterable[ox.Quad]) -> None:
        self._db.extend(quads)

    def flush(self) -> None:
        if self.path is not None:
            self._db.flush()

    def optimize(self) -> None:
        """Compact the store's files: after many batches, queries then run as on a store loaded in one go."""
        if self.path is not None:
            self._db.optimize()

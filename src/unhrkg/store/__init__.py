"""The persistent store (Oxigraph via pyoxigraph): the only module that talks to it.

One named graph per document, plus the ontology and reference graphs. Replacing a
document's graph is one transaction (``store_write``): readers see the old graph or the
new one, never half of either. Commands that only read open the store read-only, so they
never take the lock an ingest holds, and retry when an ingest compacts away a file they
were about to read.
"""
from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TypeVar

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef

from unhrkg.errors import StoreError, StoreIOError
from unhrkg.model.iri import ENTITIES_GRAPH
from unhrkg.model.namespaces import GRAPH_BASE, OWL
from unhrkg.store.sources import SourceLookup
from unhrkg.store.write import Batch, in_graph, orphans, replacing_update
from unhrkg.model.terms import nt_term, ntriples, to_ox, to_rdflib

__all__ = ["Batch", "Store", "default_location", "graph_fingerprint", "nt_term", "ntriples", "reading", "to_ox",
           "to_rdflib"]

DEFAULT_DIR = ".unhrkg"
ENV_VAR = "UNHRKG_STORE"
_OWL_VERSION = str(OWL.versionInfo)
ENTITIES_LAYOUT = "graph per source file 2"  # the entities graph's marker: documents written this way
_SHARED = ox.NamedNode(str(ENTITIES_GRAPH))
_MARKER = ox.Quad(_SHARED, ox.NamedNode(_OWL_VERSION), ox.Literal(ENTITIES_LAYOUT), _SHARED)
READ_ATTEMPTS = 5
BULK_FROM = 1000  # quads: fewer (a few documents) are written by an ordinary load, in milliseconds
T = TypeVar("T")


def default_location() -> Path:
    """--store, else $UNHRKG_STORE, else ./.unhrkg"""
    return Path(os.environ.get(ENV_VAR) or DEFAULT_DIR)


def graph_fingerprint(graph: Graph) -> str:
    """A stable hash of a graph's triples (to skip reloading unchanged static graphs)."""
    lines = sorted(f"{s.n3()} {p.n3()} {o.n3()}" for s, p, o in graph)
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def vanished(exc: BaseException) -> bool:
    """Whether a read failed because a writer compacted away a file the reader had listed."""
    return isinstance(exc, (OSError, RuntimeError)) and "No such file or directory" in str(exc)


def reading(location: Path, work: Callable[[Store], T]) -> T:
    """``work`` on the store opened read-only, again on a fresh opening if an ingest running
    at the same time removed a file under it (RocksDB compacts files away as it writes)."""
    for attempt in range(READ_ATTEMPTS):
        try:
            with Store(location, read_only=True) as store:
                return work(store)
        except (OSError, RuntimeError) as exc:
            if not vanished(exc):
                raise StoreError(f"cannot read the store at {location}: {_first_line(exc)}") from exc
            if attempt == READ_ATTEMPTS - 1:
                raise StoreError(f"the store at {location} kept changing while it was read (an ingest is "
                                 "compacting it); run the command again") from exc
            time.sleep(0.1 * (attempt + 1))
    raise AssertionError("unreachable")


def _first_line(exc: BaseException) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0]


class Store(SourceLookup):
    """A persistent Oxigraph store (or an in-memory one with ``path=None``)."""

    def __init__(self, path: str | Path | None = None, read_only: bool = False):
        self.path = Path(path) if path is not None else None
        if self.path is not None and read_only and not self.path.exists():
            raise StoreError(f"no store at {self.path} (run 'unhrkg ingest' or 'unhrkg build' first)")
        for attempt in range(READ_ATTEMPTS if read_only else 1):
            try:
                self._db = (ox.Store() if self.path is None else
                            ox.Store.read_only(str(self.path)) if read_only else ox.Store(str(self.path)))
                return
            except (OSError, RuntimeError) as exc:
                if "While lock file" in str(exc):
                    raise StoreError(f"the store at {self.path} is open for writing in another process (an ingest, "
                                     "a build or 'serve --allow-update'); wait for it to end or stop it") from exc
                if not (read_only and vanished(exc)) or attempt == READ_ATTEMPTS - 1:
                    raise StoreError(f"cannot open the store at {self.path}: {_first_line(exc)}") from exc
                time.sleep(0.05 * (attempt + 1))  # a writer compacted files away while they were listed

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
        """Replace a named graph's content in one transaction (bulk-loaded when new: these are the
        ontology and reference graphs, whose long texts are best kept out of the store's log)."""
        g = str(graph_iri)
        text = ntriples(graph)
        self.write_batch({}, {g: text}) if self.contains(g) else self.write_batch({g: text}, {}, bulk=True)

    def load_static(self, graph_iri: URIRef, graph: Graph, fingerprint: str | None = None) -> bool:
        """Load the ontology or reference graph if it is missing or changed; True if loaded.
        ``fingerprint``: the graph's ``graph_fingerprint``, when the caller has it already."""
        fingerprint = fingerprint or graph_fingerprint(graph)
        marker = (URIRef(str(graph_iri)), URIRef(_OWL_VERSION), Literal(fingerprint))
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
                    entities: str = "", bulk: bool = False) -> None:
        """Write many named graphs (IRI -> N-Triples text made by ``terms.nt_term``) in one transaction.

        ``new`` graphs must not be in the store; ``replace`` graphs replace what the store
        holds under their IRI; ``drop`` graphs are removed; ``entities`` (N-Triples) join the
        entities graph, and entities only the replaced or dropped graphs named leave it. Each
        batch is applied whole or not at all: a batch of new graphs only is loaded (``_load``:
        bulk-loaded when large or ``bulk``, the fast path of a first build), any other batch is
        one SPARQL update (``store_write``). Raises StoreIOError when the store's files cannot
        be written, StoreError when the data is refused.
        """
        gone = [*drop, *replace]
        try:
            if not gone:
                if new or entities:
                    quads = "".join(in_graph(text, g) for g, text in {**new, str(ENTITIES_GRAPH): entities}.items())
                    self._load(quads, bulk)
                return
            writes = {**new, **replace, str(ENTITIES_GRAPH): entities}
            self._db.update(replacing_update(writes, gone, orphans(self._db, gone, writes.values())))
        except (OSError, RuntimeError) as exc:
            raise StoreIOError(f"cannot write to the store at {self.path or '(memory)'}: {_first_line(exc)}") from exc
        except (SyntaxError, ValueError, TypeError) as exc:
            raise StoreError(f"cannot write a batch of {len(new) + len(replace)} graph(s): {_first_line(exc)}") from exc

    def _load(self, quads: str, bulk: bool) -> None:
        """Add N-Quads in one transaction: a bulk load (sorted files written and ingested) when
        there are many, else an ordinary load, since a bulk load costs 0.1-0.3 s however few
        quads it writes (adding one document would wait on it). Batches of a first build stay
        on the bulk path, which also keeps what each write appends to the store's log small."""
        if bulk or quads.count("\n") >= BULK_FROM:
            self._db.bulk_load(quads, format=ox.RdfFormat.N_QUADS)
        else:
            self._db.load(quads, format=ox.RdfFormat.N_QUADS)

    def write(self, batch: Batch, entities: list[str] | None = None) -> dict[str, str]:
        """Write a batch in one transaction; if the store refuses its data, each graph in a
        transaction of its own. ``entities``: the batch's entity lines to send (default: all of
        them; a caller leaves out those the store holds already). Returns the graphs refused
        even then, with the reason. A StoreIOError (the files cannot be written) is raised."""
        graphs = batch.graphs
        try:
            self.write_batch({g: nt for g, (nt, stored, _, _) in graphs.items() if not stored},
                             {g: nt for g, (nt, stored, _, _) in graphs.items() if stored},
                             [d for _, _, drops, _ in graphs.values() for d in drops],
                             "".join(batch.entity_lines() if entities is None else entities))
            return {}
        except StoreIOError:
            raise
        except StoreError:
            pass
        refused = {}
        for graph, (nt, stored, drops, entities_text) in graphs.items():
            try:
                self.write_batch({} if stored else {graph: nt}, {graph: nt} if stored else {}, drops, entities_text)
            except StoreIOError:
                raise
            except StoreError as exc:
                refused[graph] = str(exc)
        return refused

    def remove_graphs(self, graphs: Iterable[str]) -> None:
        """Drop these named graphs, and the entities only they named, in one transaction."""
        gone = [g for g in graphs if self.contains(g)]
        if gone:
            self.write_batch({}, {}, gone)

    def remove_graph(self, graph_iri: URIRef | str) -> None:
        self.remove_graphs([str(graph_iri)])

    def entities_current(self) -> bool:
        """Whether the store's documents are written the way this version writes them (shared
        entities in the entities graph, one graph per source file), or it holds none yet."""
        return _MARKER in self._db or not self.document_graphs()

    def mark_entities_current(self) -> None:
        def mark() -> None:
            for quad in list(self._db.quads_for_pattern(_SHARED, _MARKER.predicate, None, _SHARED)):
                if quad != _MARKER:
                    self._db.remove(quad)  # the marker of an earlier layout
            self._db.add(_MARKER)
        self._write(mark)

    def contains(self, graph_iri: str) -> bool:
        """Whether the store holds a named graph of this IRI."""
        return self._db.contains_named_graph(ox.NamedNode(graph_iri))

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

        return with_entities(self.graph(graph_iri), lambda node: (
            (to_rdflib(q.predicate), to_rdflib(q.object))
            for q in self._db.quads_for_pattern(ox.NamedNode(str(node)), None, None, _SHARED)))

    def named_graphs(self) -> list[URIRef]:
        return sorted(URIRef(g.value) for g in self._db.named_graphs() if isinstance(g, ox.NamedNode))

    def document_graphs(self) -> list[URIRef]:
        """The named graphs that hold documents (not ontology, reference or quarantine)."""
        prefix = GRAPH_BASE + "doc/"
        return [g for g in self.named_graphs() if str(g).startswith(prefix)]

    def __len__(self) -> int:
        return len(self._db)

    def quads(self) -> Iterator[ox.Quad]:
        return iter(self._db)

    def extend(self, quads: Iterable[ox.Quad]) -> None:
        self._write(lambda: self._db.extend(quads))

    def flush(self) -> None:
        if self.path is not None:
            self._write(self._db.flush)

    def optimize(self) -> None:
        """Compact the store's files: after many batches, queries then run as on a store loaded in one go."""
        if self.path is not None:
            self._write(self._db.optimize)

    def _write(self, action: Callable[[], None]) -> None:
        try:
            action()
        except (OSError, RuntimeError) as exc:
            raise StoreIOError(f"cannot write to the store at {self.path or '(memory)'}: {_first_line(exc)}") from exc

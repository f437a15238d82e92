"""Push: copy every named graph of the store to a remote SPARQL store, each graph replaced whole.

Every request carries whole graphs, never part of one, so a push stopped at any point (the
process killed, the network gone) leaves each graph as it was or as it is here, never
half-written: a server applies a request only once it has all of it, and Oxigraph applies it
in one transaction. The shared graphs (entities, reference tables, ontology) go first, so a
document there never names an entity that is not. The push marker (``remote_state``) is
dropped before the first write and written after the last, with the time and the counts.

How graphs travel (``method``):

- ``update`` - SPARQL Update, a batch of whole graphs per request: ``CLEAR SILENT GRAPH`` for
  each the server may hold, then one ``INSERT DATA`` (its triples in ``GRAPH`` blocks of at
  most 2,000, the most Virtuoso's parser takes in one block). A graph too big for one update
  (Virtuoso refuses update text over about 10 MB) goes alone by graph store ``PUT`` where
  there is one; on Virtuoso, whose graph store stopped answering on a PUT of a 37 MB graph,
  in updates of the batch size instead (the first clearing it), so that graph is not whole
  in one request.
- ``auto`` - as ``update``, and where the graph store is Oxigraph's ``/store`` the graphs the
  server does not hold yet (the shared ones too) are posted as N-Quads, up to 2,000 graphs
  or 32 MB a request (one transaction each): its fast path, with nothing to replace.
- ``gsp`` - one graph store ``PUT`` per graph (which replaces it).
- ``bulk`` - Virtuoso's bulk loader, for a Virtuoso on this machine: files of whole graphs in a
  folder it may read, loaded through its SQL port (``unhrkg.remote.bulk.push_bulk``).

With ``sync`` the document and quarantine graphs the server holds and the store does not
are dropped; without, the report counts them.
"""
from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import groupby
from typing import Any, TypeVar
from urllib.parse import quote, urlsplit

import pyoxigraph as ox

from unhrkg.errors import EndpointError
from unhrkg.model.iri import ENTITIES_GRAPH, ONTOLOGY_GRAPH, REFERENCE_GRAPH
from unhrkg.remote import Endpoint, Http, select
from unhrkg.remote.state import MARKER_GRAPH, Marker, new_marker, read_marker, remote_graphs, union_warning
from unhrkg.store import Store

Progress = Callable[[int, int, str], None]
T = TypeVar("T")
METHODS = ("auto", "update", "gsp", "bulk")
SHARED = tuple(str(g) for g in (ENTITIES_GRAPH, REFERENCE_GRAPH, ONTOLOGY_GRAPH))
_NO_DATASET_POST = (404, 405, 415, 501)  # a graph store that takes no N-Quads at its root
_HOW = {"update": "SPARQL Update", "nquads": "N-Quads posts", "gsp": "the graph store protocol",
        "bulk": "Virtuoso's bulk loader"}


@dataclass(frozen=True)
class Budget:
    """How much one request carries (the limits are Virtuoso 7's, which Oxigraph is well within)."""

    graphs: int = 200  # Virtuoso compiles each graph's operations to SQL, at most 10,000 lines a request
    bytes: int = 4_000_000  # of N-Triples per request
    block: int = 2000  # triples per GRAPH block of INSERT DATA
    single: int = 8_000_000  # a graph bigger than this goes by graph store PUT, where there is one
    post_graphs: int = 2000  # an N-Quads post (Oxigraph's /store: one transaction, no parser limit) carries more
    post_bytes: int = 32_000_000


@dataclass
class PushReport:
    """What a push did: graphs and triples sent, how, where, in how long, and what it noticed."""

    graphs: int
    triples: int
    method: str
    url: str
    seconds: float
    requests: int = 0
    not_local: int = 0
    deleted: int = 0
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        how = " and ".join(_HOW[part] for part in self.method.split("+"))
        gone = f"; deleted {self.deleted} graphs not in the local store" if self.deleted else ""
        return (f"pushed {self.graphs} graphs ({self.triples} triples) to {self.url} with {how} "
                f"({self.requests} requests) in {self.seconds:.1f} s{gone}")

    def notes(self) -> list[str]:
        """Lines for the user beside the summary: graphs left behind there, and the warnings."""
        left = [f"{self.not_local} document graphs at {self.url} are not in the local store "
                "(removed here): 'unhrkg push --sync' deletes them"] if self.not_local else []
        return left + self.warnings


class Writer:
    """Sends whole graphs by the chosen method and counts the requests."""

    def __init__(self, endpoint: Endpoint, method: str, budget: Budget):
        store_url = endpoint.graph_store()
        if method == "gsp" and not store_url:
            raise EndpointError(f"no graph store URL known for {endpoint.url}: give --graph-store")
        self.update = Http(endpoint, endpoint.update())
        self.store = Http(endpoint, store_url) if store_url else None
        self.gsp, self.budget, self.requests = method == "gsp", budget, 0
        path = urlsplit(store_url).path.rstrip("/") if store_url else ""
        self.nquads = method == "auto" and path.endswith("/store")  # Oxigraph's /store takes a dataset post
        # Virtuoso 7.2's graph store held its locks and stopped answering on a PUT of a 37 MB graph made
        # after any other request (a 19 MB one went through): a big graph goes there in updates
        self.parts = not self.gsp and "/sparql-graph-crud" in path
        self.used: set[str] = set()

    def _send(self, http: Http, url: str, verb: str, body: bytes, ctype: str | None, how: str) -> None:
        http.send(url, verb, body, ctype)
        self.requests += 1
        self.used.add(how)

    def _graph_url(self, graph: str) -> str:
        assert self.store is not None
        sep = "&" if "?" in self.store.url else "?"
        return f"{self.store.url}{sep}graph={quote(graph, safe='')}"

    def replace(self, batch: list[tuple[str, bytes]], held: bool = True) -> None:
        """Replace each graph of the batch with its triples here (``held``: the server may hold it)."""
        big = len(batch) == 1 and len(batch[0][1]) > self.budget.single
        if big and self.parts:
            return self._in_parts(*batch[0], held)
        if self.store and (self.gsp or big):
            for graph, nt in batch:
                self._send(self.store, self._graph_url(graph), "PUT", nt, "application/n-triples", "gsp")
            return
        # CLEAR, not DROP: the graph is filled again at once, and Virtuoso clears 4 times as fast as it drops
        drops = "".join(f"CLEAR SILENT GRAPH <{g}> ;\n" for g, _ in batch) if held else ""
        blocks = "".join(f"GRAPH <{g}> {{\n{chunk}}}\n" for g, nt in batch for chunk in _blocks(nt, self.budget.block))
        text = f"{drops}INSERT DATA {{\n{blocks}}}" if blocks else drops.rstrip(" ;\n")  # an empty graph: gone
        if text:
            self._send(self.update, self.update.url, "POST", text.encode(), "application/sparql-update", "update")

    def _in_parts(self, graph: str, nt: bytes, held: bool) -> None:
        """A graph too big for one update, in updates of the budget's size, the first clearing it: not
        whole in one request, which Virtuoso does not apply all or nothing anyway."""
        for number, part in enumerate(_parts(nt, self.budget.bytes)):
            self.replace([(graph, part)], held and number == 0)

    def add(self, batch: list[tuple[str, bytes]]) -> None:
        """Write graphs the server does not hold (nothing to drop): N-Quads in one post where it takes them."""
        if self.nquads and self.store:
            body = b"".join(as_nquads(g, nt) for g, nt in batch)
            try:
                return self._send(self.store, self.store.url, "POST", body, "application/n-quads", "nquads")
            except EndpointError as exc:
                if not any(f"HTTP {code}" in str(exc) for code in _NO_DATASET_POST) and "no such" not in str(exc):
                    raise
                self.nquads = False  # no dataset post there: updates from now on
        for part in runs(batch, self.budget.graphs, self.budget.bytes):  # a post's batch may exceed an update's
            self.replace(part, held=False)

    def drop(self, graphs: list[str]) -> None:
        """Drop these graphs (absent ones are no error), by SPARQL Update whatever the method."""
        for i in range(0, len(graphs), self.budget.graphs):
            text = " ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in graphs[i:i + self.budget.graphs])
            self._send(self.update, self.update.url, "POST", text.encode(), "application/sparql-update", "drop")

    def method(self) -> str:
        """How the graphs went: update, nquads, gsp, joined by + (drops of graphs aside)."""
        return "+".join(how for how in _HOW if how in self.used) or "update"


def as_nquads(graph: str, nt: bytes) -> bytes:
    """A graph's N-Triples as N-Quads in that graph (a line ends with " .\\n" only at its end: N-Triples
    escapes the newlines of literals)."""
    return nt.replace(b" .\n", f" <{graph}> .\n".encode())


def _parts(nt: bytes, size: int) -> Iterator[bytes]:
    """N-Triples text in runs of whole lines of at most ``size`` bytes (a longer line alone)."""
    start = 0
    while start < len(nt):
        end = nt.rfind(b"\n", start, start + size) + 1 or nt.find(b"\n", start) + 1 or len(nt)
        yield nt[start:end]
        start = end


def _blocks(nt: bytes, size: int) -> Iterator[str]:
    """N-Triples text in runs of at most ``size`` lines."""
    lines = nt.decode("utf-8").splitlines(keepends=True)
    for i in range(0, len(lines), size):
        yield "".join(lines[i:i + size])


def ordered_graphs(store: Store) -> list[str]:
    """The store's named graphs, shared ones first (a document never arrives before what it names);
    an error if it has none."""
    graphs = [str(g) for g in store.named_graphs() if str(g) != MARKER_GRAPH]
    if not graphs:
        raise EndpointError("the store is empty: nothing to push (run 'unhrkg ingest' or 'unhrkg build' first)")
    return [g for g in SHARED if g in graphs] + sorted(g for g in graphs if g not in SHARED)


def graph_ntriples(store: Store, graph: str) -> bytes:
    """One named graph of the store as N-Triples."""
    return store.db.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph)) or b""


def runs(items: Iterable[tuple[str, bytes]], graphs: int, size: int) -> Iterator[list[tuple[str, bytes]]]:
    """(graph, N-Triples) in order, in runs of at most ``graphs`` graphs and ``size`` bytes (a bigger graph alone)."""
    run: list[tuple[str, bytes]] = []
    total = 0
    for graph, nt in items:
        if run and (len(run) >= graphs or total + len(nt) > size):
            yield run
            run, total = [], 0
        run.append((graph, nt))
        total += len(nt)
    if run:
        yield run


def held_shared(endpoint: Endpoint) -> set[str]:
    """The shared graphs the endpoint holds (not empty there)."""
    return {g for g in SHARED if select(endpoint, "shared-graph", f"ASK {{ GRAPH <{g}> {{ ?s ?p ?o }} }}").boolean}


def _batches(store: Store, graphs: list[str], held: set[str], budget: Budget, posts: bool
             ) -> Iterator[tuple[bool, list[tuple[str, bytes]]]]:
    """(new, whole graphs) runs in order: new ones the server does not hold, within the budget
    (that of a post for new ones, with ``posts``)."""
    dumped = ((graph, graph_ntriples(store, graph)) for graph in graphs)
    for new, run in groupby(dumped, key=lambda item: item[0] not in held):
        most = (budget.post_graphs, budget.post_bytes) if posts and new else (budget.graphs, budget.bytes)
        for batch in runs(run, *most):
            yield new, batch


def ahead(items: Iterator[T], depth: int = 2) -> Iterator[T]:
    """The items of an iterator made in a thread, up to ``depth`` ahead of the caller (the next
    batch is read from the store while the server takes this one). Closed, it returns once the
    thread has stopped."""
    ready: queue.Queue[tuple[bool, Any]] = queue.Queue(depth)
    stop = threading.Event()

    def put(entry: tuple[bool, Any]) -> None:
        while not stop.is_set():
            try:
                return ready.put(entry, timeout=0.2)
            except queue.Full:
                continue

    def make() -> None:
        try:
            for item in items:
                put((True, item))
                if stop.is_set():
                    return  # the caller stopped: make no more
            put((False, None))
        except BaseException as exc:  # noqa: BLE001  (raised again in the caller's thread)
            put((False, exc))

    maker = threading.Thread(target=make, daemon=True)
    maker.start()
    try:
        while True:
            more, item = ready.get()
            if not more:
                if item is not None:
                    raise item
                return
            yield item
    finally:
        stop.set()  # the caller stopped (an error sending): the thread ends too, once its item is made
        maker.join()


def push(store: Store, endpoint: Endpoint, method: str = "auto", progress: Progress | None = None,
         sync: bool = False, budget: Budget = Budget()) -> PushReport:
    """Copy every named graph of the store to the endpoint's store, each replaced whole there."""
    if method not in METHODS:
        raise EndpointError(f"method {method!r}: use one of {', '.join(METHODS)}")
    if method == "bulk":
        raise EndpointError("method 'bulk' loads through Virtuoso's SQL port: use unhrkg.remote.bulk.push_bulk")
    graphs = ordered_graphs(store)
    started, writer = time.monotonic(), Writer(endpoint, method, budget)
    there = remote_graphs(endpoint)
    writer.drop([MARKER_GRAPH])  # absent from here until every graph is there
    sent, done = 0, 0
    for new, batch in ahead(_batches(store, graphs, there | held_shared(endpoint), budget, writer.nquads)):
        (writer.add if new else writer.replace)(batch)
        for graph, nt in batch:
            sent, done = sent + nt.count(b"\n"), done + 1
            if progress:
                progress(done, len(graphs), graph)
    extra = sorted(there - set(graphs))
    if sync:
        writer.drop(extra)
    write_marker(writer, new_marker(graphs, sent, [] if sync else extra))
    url = writer.store.url if writer.gsp and writer.store else writer.update.url
    return PushReport(len(graphs), sent, writer.method(), url, time.monotonic() - started, writer.requests,
                      0 if sync else len(extra), len(extra) if sync else 0, marker_warnings(endpoint))


def write_marker(writer: Writer, marker: Marker) -> None:
    writer.replace([(MARKER_GRAPH, marker.ntriples().encode())])


def marker_warnings(endpoint: Endpoint) -> list[str]:
    """What the push's own marker says about the endpoint: readable there, seen by its default graph."""
    marker, seen = read_marker(endpoint)
    if marker is None:
        return [f"the push marker written is not found at {endpoint.url}: do the update and graph store "
                "URLs belong to the same store?"]
    return [] if seen else [union_warning(endpoint.url)]

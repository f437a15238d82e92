"""Push by Virtuoso's bulk loader, the fast path of a Virtuoso on this machine.

The graphs are written as N-Quads files of whole graphs (several a file, about 50 MB each)
into a folder the server may read (one of its ``DirsAllowed``); each file is registered with
``ld_dir`` and loaded with ``rdf_loader_run`` through the server's SQL port (``isql-vt``),
then deleted. The next file is written while the server loads this one. The loader writes no
transaction log, so a ``checkpoint`` makes the load durable before the marker is written.

Each graph is replaced whole, as by the other methods: the graphs of a file that the server
may hold (the shared graphs, and the document and quarantine graphs ``remote_graphs`` finds
there) are deleted just before the file is loaded, in the same SQL session; graphs it does
not hold are only loaded. They are deleted in SQL (``delete from DB.DBA.RDF_QUAD where G in
(...)``, some hundred graphs a statement, with the transaction log off as the loader has it):
measured on Virtuoso 7.2 with 20,000 document graphs, a SPARQL ``DROP GRAPH`` took 40-80 ms a
graph and made a push again 17 times slower than the first, the SQL delete about 1 ms. The
shared graphs come first. The push marker is dropped before anything else and written (by
SPARQL Update) after the checkpoint, so a push stopped half-way leaves no marker. Unlike an
update request, a file is not applied all or nothing: a push stopped (or a file failing)
during a load can leave that file's graphs part-loaded, which the missing marker shows and a
push again repairs.

The loader records a file it could not load in ``DB.DBA.LOAD_LIST`` (``ll_error``), read
after each file and raised with the file's name; this push's rows there go with its files.
``rdf_loader_run`` also loads any other file registered there and not loaded yet.
"""
from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from unhrkg.errors import EndpointError
from unhrkg.model.iri import QUARANTINE_BASE
from unhrkg.model.namespaces import GRAPH_BASE
from unhrkg.remote import Endpoint
from unhrkg.remote.isql import Isql, marked, sql_text
from unhrkg.remote.push import (Budget, Progress, PushReport, Writer, ahead, as_nquads, graph_ntriples,
                                marker_warnings, ordered_graphs, runs, write_marker)
from unhrkg.remote.state import DOCUMENT_BASE, MARKER_GRAPH, new_marker, remote_documents, remote_graphs
from unhrkg.store import Store

FILE_BYTES = 50_000_000
_DELETE_GRAPHS = 250  # graphs a delete names: Virtuoso tests each row against the list, so longer ones slow it
_LOADER_GRAPH = GRAPH_BASE + "default"  # ld_dir's graph for lines without one (our N-Quads have none)


@dataclass(frozen=True)
class BulkLoad:
    """Where the bulk loader is: the server's SQL port, and a folder it may read that this process may write."""

    isql: Isql
    folder: Path
    file_bytes: int = FILE_BYTES


@dataclass(frozen=True)
class _File:
    """A file written: its graphs in order, and their triples."""

    path: Path
    graphs: list[str]
    triples: int


def _files(store: Store, graphs: list[str], folder: Path, prefix: str, limit: int) -> Iterator[_File]:
    """The graphs written as N-Quads files ``prefix00000.nq``, ``prefix00001.nq``... in that order."""
    for number, run in enumerate(runs(((g, graph_ntriples(store, g)) for g in graphs), len(graphs), limit)):
        path = folder / f"{prefix}{number:05d}.nq"
        try:
            with path.open("wb") as out:
                out.writelines(as_nquads(graph, nt) for graph, nt in run)
        except OSError as exc:
            raise EndpointError(f"cannot write {path}: {exc.strerror or exc}") from exc
        yield _File(path, [graph for graph, _ in run], sum(nt.count(b"\n") for _, nt in run))


def delete_graphs(graphs: list[str]) -> list[str]:
    """SQL statements that delete every quad of these graphs (none for none), the transaction log
    off (row autocommit) as the bulk loader has it: the checkpoint after the load makes them durable."""
    parts = (graphs[i:i + _DELETE_GRAPHS] for i in range(0, len(graphs), _DELETE_GRAPHS))
    statements = [f"delete from DB.DBA.RDF_QUAD where G in ({', '.join(f'iri_to_id({sql_text(g)}, 0)' for g in part)})"
                  for part in parts]  # iri_to_id(.., 0): no id made for an IRI the server has never seen
    return ["log_enable(2, 1)", *statements] if statements else []


def load_file(isql: Isql, path: Path, replacing: list[str] | None = None) -> None:
    """Delete the graphs ``replacing`` (those of the file the server may hold), register the N-Quads
    file with ``ld_dir`` and load it; an error naming it if the loader did not (its row in the load
    list is deleted either way)."""
    row = f"DB.DBA.LOAD_LIST where ll_file = {sql_text(str(path))}"
    output = isql.run(*delete_graphs(replacing or []),
                      f"ld_dir({sql_text(str(path.parent))}, {sql_text(path.name)}, {sql_text(_LOADER_GRAPH)})",
                      "rdf_loader_run()",
                      f"select '@@' || cast(ll_state as varchar) || '@@' || coalesce(ll_error, '') || '@@' from {row}",
                      f"delete from {row}", timeout=None)
    rows = marked(output)
    if not rows:
        raise EndpointError(f"Virtuoso at {isql.address} did not find {path}: is it running on this machine, "
                            "seeing this folder?")
    state, error = rows[0][0].strip(), " ".join(rows[0][1].split())
    if error or state != "2":  # 2: loaded
        raise EndpointError(f"Virtuoso's bulk loader failed on {path}: {error or f'left in state {state}'}")


def _folder(bulk: BulkLoad) -> Path:
    """The folder as the server is to see it (absolute, as given: DirsAllowed does not follow
    symbolic links), once the server has said it may list it."""
    folder = bulk.folder.absolute()
    if not folder.is_dir():
        raise EndpointError(f"the load folder {folder} does not exist")
    bulk.isql.run(f"select file_dirlist({sql_text(str(folder))}, 1)", timeout=60)
    return folder


def push_bulk(store: Store, endpoint: Endpoint, bulk: BulkLoad, progress: Progress | None = None,
              sync: bool = False) -> PushReport:
    """Copy every named graph of the store to a Virtuoso on this machine by its bulk loader, each
    replaced whole; ``endpoint`` is its SPARQL endpoint, for the drops, the marker and the checks."""
    graphs = ordered_graphs(store)
    started, folder, writer = time.monotonic(), _folder(bulk), Writer(endpoint, "update", Budget())
    there = remote_graphs(endpoint)
    held = {g for g in graphs if g in there or not g.startswith((DOCUMENT_BASE, QUARANTINE_BASE))}
    writer.drop([MARKER_GRAPH])  # absent from here until every graph is there
    prefix, calls, sent, done = f"unhrkg-push-{os.getpid()}-{time.time_ns()}-", 2, 0, 0
    try:
        with closing(ahead(_files(store, graphs, folder, prefix, bulk.file_bytes))) as files:
            for file in files:
                load_file(bulk.isql, file.path, [g for g in file.graphs if g in held])
                file.path.unlink()
                calls, sent, done = calls + 1, sent + file.triples, done + len(file.graphs)
                if progress:
                    progress(done, len(graphs), file.graphs[-1])
    finally:
        for path in folder.glob(f"{prefix}*.nq"):  # those written and not loaded, after an error
            path.unlink(missing_ok=True)
    bulk.isql.run("checkpoint", timeout=None)
    _check_seen(endpoint, bulk.isql, sum(1 for g in graphs if g.startswith(DOCUMENT_BASE)))
    extra = sorted(there - set(graphs))
    if sync and extra:  # once the SQL port is known to be this endpoint's
        bulk.isql.run(*delete_graphs(extra), "checkpoint", timeout=None)
    write_marker(writer, new_marker(graphs, sent, [] if sync else extra))
    return PushReport(len(graphs), sent, "bulk", writer.update.url, time.monotonic() - started,
                      writer.requests + calls, 0 if sync else len(extra), len(extra) if sync else 0,
                      marker_warnings(endpoint))


def _check_seen(endpoint: Endpoint, isql: Isql, documents: int) -> None:
    """An error if the endpoint does not show the document graphs just loaded: the SQL port given
    is another server's."""
    if documents and remote_documents(endpoint) < documents:
        raise EndpointError(f"{endpoint.url} does not show the graphs loaded through {isql.address}: "
                            "give the SQL port of the same Virtuoso")

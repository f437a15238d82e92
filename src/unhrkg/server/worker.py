"""What runs inside a query worker process: open the store, answer one job at a time.

The worker caps its own memory (``RLIMIT_DATA``: the heap and anonymous mappings it may
allocate) before it opens the store, so a query that blows up (a cross join sorted, a
string doubled thirty times) fails its allocation instead of taking the machine. pyoxigraph
aborts the process when Rust cannot allocate; a Python ``MemoryError`` is answered here and
the worker retires. Either way the engine starts a fresh worker.
"""
from __future__ import annotations

import itertools
import os
import resource
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

import pyoxigraph as ox

from unhrkg.server import named, results
from unhrkg.server.answer import Answer, memory_answer, text_answer

__all__ = ["Answer", "Job", "memory_answer", "text_answer", "worker_main"]


@dataclass(frozen=True)
class Job:
    """One SPARQL operation: a query (with the client's Accept header) or an update."""

    kind: str  # "query" or "update"
    text: str
    accept: str | None = None
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


def _query(db: ox.Store, job: Job, limit: int) -> Answer:
    dataset: dict[str, Any] = {"use_default_graph_as_union": not job.default_graphs}
    if job.default_graphs:
        dataset["default_graph"] = [ox.NamedNode(g) for g in job.default_graphs]
    if job.named_graphs:
        dataset["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs]
    result = db.query(job.text, **dataset)
    if isinstance(result, ox.QueryBoolean):
        media = results.negotiate(job.accept, results.SOLUTION_TYPES)
        return _answer(media, job, lambda m: results.boolean(bool(result), m), False)
    if isinstance(result, ox.QueryTriples):
        items = list(itertools.islice(result, limit + 1))
        media = results.negotiate(job.accept, results.GRAPH_TYPES)
        return _answer(media, job, lambda m: results.triples(items[:limit], m), len(items) > limit)
    names = [v.value for v in result.variables]
    rows = [[sol[n] for n in names] for sol in itertools.islice(result, limit + 1)]
    media = results.negotiate(job.accept, results.SOLUTION_TYPES)
    return _answer(media, job, lambda m: results.solutions(names, rows[:limit], m), len(rows) > limit)


def _answer(media: str | None, job: Job, write: Any, truncated: bool) -> Answer:
    if media is None:
        return text_answer(406, f"cannot answer in {job.accept}; ask for JSON, XML, CSV or TSV results "
                                "(SELECT, ASK) or Turtle, N-Triples, RDF/XML or JSON-LD (CONSTRUCT, DESCRIBE)")
    headers = (("X-Result-Truncated", "true"),) if truncated else ()
    charset = "; charset=utf-8" if media.startswith("text/") else ""
    return Answer(200, media + charset, write(media), headers)


def execute(db: ox.Store, job: Job | named.NamedJob, limit: int) -> Answer:
    """Run one job on an open store; SPARQL errors become 400 answers."""
    try:
        if isinstance(job, named.NamedJob):
            return named.answer(db, job)
        if job.kind == "update":
            db.update(job.text)
            return Answer(204, "text/plain", b"")
        return _query(db, job, limit)
    except SyntaxError as exc:
        return text_answer(400, f"malformed SPARQL: {str(exc).splitlines()[0]}")
    except (OSError, ValueError, RuntimeError) as exc:
        return text_answer(500, f"the query failed: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}")


def limit_memory(megabytes: int) -> None:
    """Cap what this process may allocate (0: no cap); a hard limit lower than asked wins."""
    if megabytes <= 0:
        return
    _, hard = resource.getrlimit(resource.RLIMIT_DATA)
    wanted = megabytes << 20
    resource.setrlimit(resource.RLIMIT_DATA, (wanted if hard == resource.RLIM_INFINITY else min(wanted, hard), hard))


def store_signature(location: str) -> tuple[tuple[str, int, int], ...]:
    """What the store's files are now (names, sizes, times): an ingest that commits changes it."""
    try:
        with os.scandir(location) as entries:
            return tuple(sorted((e.name, e.stat().st_size, e.stat().st_mtime_ns) for e in entries if e.is_file()))
    except OSError:
        return ()


def _reopened(db: ox.Store, location: str) -> ox.Store:
    """A read-only view opened anew, so answers include what was ingested since (the old view
    is kept if the store is mid-write and cannot be opened now)."""
    try:
        return ox.Store.read_only(location)
    except OSError:
        return db


def worker_main(conn: Connection, location: str, writable: bool, limit: int, megabytes: int = 0) -> None:
    """A worker process: cap memory, open the store, then answer jobs until the pipe closes.

    Each answer goes back as ("answer", Answer), or ("retire", Answer) when the worker ran
    out of memory and should be replaced.
    """
    limit_memory(megabytes)
    try:
        db = ox.Store(location) if writable else ox.Store.read_only(location)
    except OSError as exc:
        conn.send(("error", f"cannot open the store at {location}: {exc}"))
        return
    seen = store_signature(location)
    conn.send(("ready", None))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):  # the server went away
            return
        if job is None:
            return
        if not writable and (now := store_signature(location)) != seen:
            db, seen = _reopened(db, location), now
        try:
            conn.send(("answer", execute(db, job, limit)))
        except MemoryError:
            conn.send(("retire", memory_answer(megabytes)))
            return

"""Query workers the server can abandon: each query runs in a worker process with a deadline.

pyoxigraph has no query timeout and a Python thread cannot be stopped, so a runaway query
would hold a CPU (and memory) for as long as it likes. Each worker is a separate process
holding the store open; the HTTP thread hands it one job through a pipe and waits at most
``timeout`` seconds. Past that the worker is killed (the OS frees everything it held) and
a fresh one takes its place. Workers open the store read-only (several can share it);
with updates allowed there is one worker holding it read-write, so writes are serial.
Results stop at ``limit`` rows, which bounds what a worker sends back.
"""
from __future__ import annotations

import itertools
import multiprocessing
import queue
import threading
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from unhrkg.errors import StoreError
from unhrkg.server import results

_CONTEXT = multiprocessing.get_context("spawn")  # no fork: the parent's threads and store stay out


@dataclass(frozen=True)
class Job:
    """One SPARQL operation: a query (with the client's Accept header) or an update."""

    kind: str  # "query" or "update"
    text: str
    accept: str | None = None
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Answer:
    """An HTTP answer: status, content type, body and extra headers."""

    status: int
    content_type: str
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()


def text_answer(status: int, message: str) -> Answer:
    return Answer(status, "text/plain; charset=utf-8", (message + "\n").encode())


# -- in the worker process ---------------------------------------------------------------


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


def execute(db: ox.Store, job: Job, limit: int) -> Answer:
    """Run one job on an open store; SPARQL errors become 400 answers."""
    try:
        if job.kind == "update":
            db.update(job.text)
            return Answer(204, "text/plain", b"")
        return _query(db, job, limit)
    except SyntaxError as exc:
        return text_answer(400, f"malformed SPARQL: {str(exc).splitlines()[0]}")
    except (OSError, ValueError, RuntimeError) as exc:
        return text_answer(500, f"the query failed: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}")


def worker_main(conn: Connection, location: str, writable: bool, limit: int) -> None:
    """A worker process: open the store, then answer jobs until the pipe closes."""
    try:
        db = ox.Store(location) if writable else ox.Store.read_only(location)
    except OSError as exc:
        conn.send(("error", f"cannot open the store at {location}: {exc}"))
        return
    conn.send(("ready", None))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):  # the server went away
            return
        if job is None:
            return
        conn.send(execute(db, job, limit))


# -- in the server process ---------------------------------------------------------------


class _Worker:
    def __init__(self, location: Path, writable: bool, limit: int):
        self.conn, child = _CONTEXT.Pipe()
        self.process = _CONTEXT.Process(target=worker_main, args=(child, str(location), writable, limit),
                                        daemon=True, name="unhrkg-query-worker")
        self.process.start()
        child.close()
        if not self.conn.poll(60):
            self.kill()
            raise StoreError(f"the query worker did not open the store at {location} within 60 s")
        status, message = self.conn.recv()
        if status != "ready":
            self.kill()
            raise StoreError(message)

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()


class Engine:
    """A pool of query workers with a per-query deadline and a result limit."""

    def __init__(self, location: Path, workers: int = 2, writable: bool = False,
                 timeout: float = 30.0, limit: int = 10000):
        if not location.is_dir():
            raise StoreError(f"no store at {location} (run 'unhrkg ingest' or 'unhrkg build' first)")
        self.location, self.writable, self.timeout, self.limit = location, writable, timeout, limit
        self.size = 1 if writable else max(1, workers)  # one writer: RocksDB allows a single read-write opener
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False

    def start(self) -> None:
        for _ in range(self.size):
            self._add()

    def _add(self) -> None:
        worker = _Worker(self.location, self.writable, self.limit)
        with self._lock:
            self._all.add(worker)
        self._idle.put(worker)

    def pids(self) -> list[int]:
        """The process ids of the workers (for diagnostics)."""
        with self._lock:
            return sorted(w.process.pid for w in self._all if w.process.pid is not None)

    def run(self, job: Job) -> Answer:
        """Run a job on a free worker; past the timeout, kill that worker and answer 503."""
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            return text_answer(503, f"the server is busy: every worker stayed busy for {self.timeout:g} s; try again")
        try:
            worker.conn.send(job)
            if worker.conn.poll(self.timeout):
                answer: Answer = worker.conn.recv()
                self._idle.put(worker)
                return answer
            message = f"the query ran past the server's timeout of {self.timeout:g} s and was stopped"
            status = 503
        except (EOFError, OSError):
            message, status = "the query worker died (out of memory?); the query was dropped", 500
        self._replace(worker)
        return text_answer(status, message)

    def _replace(self, worker: _Worker) -> None:
        with self._lock:
            self._all.discard(worker)
        worker.kill()
        if self._closed:
            return
        try:
            self._add()
        except StoreError:
            pass  # the store went away: later requests get 503 after the timeout

    def close(self) -> None:
        """Stop every worker, busy or idle."""
        with self._lock:
            self._closed = True
            workers, self._all = list(self._all), set()
        for worker in workers:
            try:
                worker.conn.send(None)
                worker.process.join(1)
            except OSError:
                pass
            if worker.process.is_alive():
                worker.kill()

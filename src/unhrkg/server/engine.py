"""Query workers the server can abandon: each query runs in a worker process with a deadline.

pyoxigraph has no query timeout and a Python thread cannot be stopped, so a runaway query
would hold a CPU (and memory) for as long as it likes. Each worker is a separate process
holding the store open (see ``worker``); the HTTP thread hands it one job through a pipe
and waits at most ``timeout`` seconds, looking every fraction of a second whether the
client is still there. Past the deadline, or once the client has gone, the worker is killed
(the OS frees everything it held) and a fresh one takes its place; a worker that ran out of
its memory cap is replaced the same way. Workers open the store read-only (several can
share it); with updates allowed there is one worker holding it read-write, so writes are
serial. Results stop at ``limit`` rows, which bounds what a worker sends back.
"""
from __future__ import annotations

import multiprocessing
import queue
import signal
import threading
import time
from collections.abc import Callable
from pathlib import Path

from unhrkg.errors import StoreError
from unhrkg.server.named import NamedJob
from unhrkg.server.worker import Answer, Job, memory_answer, text_answer, worker_main

__all__ = ["Answer", "Engine", "Job", "text_answer"]

_CONTEXT = multiprocessing.get_context("spawn")  # no fork: the parent's threads and store stay out
_TICK = 0.2  # seconds between looks at whether the client is still there


class _Worker:
    def __init__(self, location: Path, writable: bool, limit: int, megabytes: int):
        self.conn, child = _CONTEXT.Pipe()
        self.process = _CONTEXT.Process(target=worker_main, args=(child, str(location), writable, limit, megabytes),
                                        daemon=True, name="unhrkg-query-worker")
        self.process.start()
        child.close()
        if not self.conn.poll(60):
            self.kill()
            raise StoreError(f"the query worker did not open the store at {location} within 60 s")
        try:
            status, message = self.conn.recv()
        except (EOFError, OSError):
            self.kill()
            short = f"; --max-memory {megabytes} MB may be too little to open it" if megabytes else ""
            status, message = "error", (f"the query worker could not open the store at {location} "
                                        f"(exit code {self.process.exitcode}){short}")
        if status != "ready":
            self.kill()
            raise StoreError(message)

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()


class ClientGone(Exception):
    """The client closed its connection before its answer was ready."""


class Engine:
    """A pool of query workers with a per-query deadline, a memory cap and a result limit."""

    def __init__(self, location: Path, workers: int = 2, writable: bool = False,
                 timeout: float = 30.0, limit: int = 10000, max_memory: int = 0):
        if not location.is_dir():
            raise StoreError(f"no store at {location} (run 'unhrkg ingest' or 'unhrkg build' first)")
        self.location, self.writable, self.timeout, self.limit = location, writable, timeout, limit
        self.max_memory = max_memory
        self.size = 1 if writable else max(1, workers)  # one writer: RocksDB allows a single read-write opener
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False

    def start(self) -> None:
        for _ in range(self.size):
            self._add()

    def _add(self) -> None:
        worker = _Worker(self.location, self.writable, self.limit, self.max_memory)
        with self._lock:
            self._all.add(worker)
        self._idle.put(worker)

    def pids(self) -> list[int]:
        """The process ids of the workers (for diagnostics)."""
        with self._lock:
            return sorted(w.process.pid for w in self._all if w.process.pid is not None)

    def _take(self, gone: Callable[[], bool]) -> _Worker | None:
        """A free worker, waiting at most the timeout; ClientGone if the client leaves meanwhile."""
        deadline = time.monotonic() + self.timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                return self._idle.get(timeout=min(_TICK, left))
            except queue.Empty:
                if gone():
                    raise ClientGone from None
        return None

    def run(self, job: Job | NamedJob, gone: Callable[[], bool] = lambda: False) -> Answer:
        """Run a job on a free worker; past the timeout kill that worker and answer 503.

        ``gone`` tells whether the client has left; then the worker is killed too (its query
        would run on for nobody) and ClientGone is raised.
        """
        worker = self._take(gone)
        if worker is None:
            return text_answer(503, f"the server is busy: every worker stayed busy for {self.timeout:g} s; try again")
        try:
            answer = self._wait(worker, job, gone)
        except ClientGone:
            self._replace(worker)
            raise
        if answer is None:
            self._replace(worker)
            return text_answer(503, f"the query ran past the server's timeout of {self.timeout:g} s and was stopped")
        status, reply = answer
        if status == "answer":
            self._idle.put(worker)
        else:
            self._replace(worker)  # it died, or ran out of memory and retired
        return reply

    def _wait(self, worker: _Worker, job: Job | NamedJob, gone: Callable[[], bool]) -> tuple[str, Answer] | None:
        """The worker's reply to the job, or None past the deadline."""
        deadline = time.monotonic() + self.timeout
        try:
            worker.conn.send(job)
            while (left := deadline - time.monotonic()) > 0:
                if worker.conn.poll(min(_TICK, left)):
                    reply: tuple[str, Answer] = worker.conn.recv()
                    return reply
                if gone():
                    raise ClientGone
            return None
        except (EOFError, OSError):
            return "died", self._death(worker)

    def _death(self, worker: _Worker) -> Answer:
        worker.process.join(5)
        code = worker.process.exitcode
        if self.max_memory and code == -signal.SIGABRT:  # how Rust ends a process whose allocation failed
            return memory_answer(self.max_memory)
        return text_answer(500, f"the query worker died (exit code {code}); the query was dropped")

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

"""One file's work isolated from the batch: a time limit per task, a memory limit per worker.

`Workers.map` runs a function over tasks in worker processes, one task at a time per
worker (the next one waiting in its pipe), and yields the results in the tasks' order. A task that runs over its time limit,
or whose worker dies (out of memory under the address-space limit, a crash inside a C
library such as pdfium), gives a failure for that task alone: the worker is killed if need
be and replaced, and the rest of the tasks go on. A task that raises gives a failure too.

`in_process` does the same in the calling process for small batches of plain text, where
starting a worker would cost more than the work: the time limit is a SIGALRM timer there
(it interrupts Python code and regular expressions, not a call stuck inside a C library,
which is why PDF and Word files always go to a worker; and only on the main thread, where
signals are delivered), and there is no memory limit.

Limits: $UNHRKG_FILE_SECONDS (default 300) and $UNHRKG_WORKER_MB (default 4096).
"""
from __future__ import annotations

import os
import queue
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from unhrkg.errors import UnhrkgError

T = TypeVar("T")
R = TypeVar("R")
Failed = Callable[[Any, str], Any]  # (task, why) -> the result that stands for a failed task
AHEAD = 1024  # tasks handed out per worker beyond the oldest result not yet taken (bounds memory: about
# 6 KB a result, a dozen MB); enough that the workers go on while the caller bulk-loads a batch (1-3 s)
# instead of waiting for it
POLL = 0.1  # seconds between looks at the caller's progress and at a stop
DEPTH = 2  # tasks sent to a worker at once: the next one waits in its pipe, not for the parent


def _setting(name: str, default: float) -> float:
    raw = os.environ.get(name, "").strip()
    try:
        value = float(raw) if raw else default
    except ValueError:
        raise UnhrkgError(f"{name} must be a number, not {raw!r}") from None
    if not 0 < value < float("inf"):
        raise UnhrkgError(f"{name} must be a number above 0, not {raw!r}")
    return value


def file_seconds() -> float:
    """The time limit for one file's work: $UNHRKG_FILE_SECONDS, default 300."""
    return _setting("UNHRKG_FILE_SECONDS", 300)


def worker_megabytes() -> int:
    """The address-space limit of one worker: $UNHRKG_WORKER_MB, default 4096."""
    return int(_setting("UNHRKG_WORKER_MB", 4096))


class TimeLimit(BaseException):
    """Raised by the SIGALRM timer; a BaseException so that no `except Exception` swallows it."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise TimeLimit in this thread after `seconds` (only on the main thread, where signals go)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise TimeLimit()
    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _over_time(seconds: float) -> str:
    return f"took more than {seconds:g} s (UNHRKG_FILE_SECONDS)"


def in_process(fn: Callable[[T], R], tasks: list[T], failed: Failed, seconds: float | None = None,
               init: Callable[[], object] | None = None) -> Iterator[R]:
    """fn over the tasks in this process, each under the time limit; exceptions become failures.
    `init` (once, untimed) builds what every task needs, so that the first task is not
    charged for it."""
    seconds = seconds or file_seconds()
    if init and tasks:
        init()
    for task in tasks:
        try:
            with time_limit(seconds):
                result = fn(task)
        except TimeLimit:
            result = failed(task, _over_time(seconds))
        except Exception as exc:  # one task's bug must not end the batch
            result = failed(task, f"{type(exc).__name__}: {exc}")
        yield result  # outside the timer: the caller's own work is not timed


def _serve(fn: Callable[[Any], Any], conn: Any, megabytes: int, init: Callable[[], object] | None) -> None:
    """A worker's loop: limit its memory, run `init`, say it is ready, then answer
    (index, task) with (index, ok, result or why) until told to stop."""
    import resource

    size = megabytes * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (size, size))
    if init:
        init()
    conn.send("ready")
    while True:
        try:
            item = conn.recv()
        except EOFError:
            return
        if item is None:
            return
        index, task = item
        try:
            answer = (index, True, fn(task))
        except MemoryError:
            answer = (index, False, f"ran out of memory ({megabytes} MB per worker, UNHRKG_WORKER_MB)")
        except Exception as exc:
            answer = (index, False, f"{type(exc).__name__}: {exc}")
        conn.send(answer)


@dataclass
class _Raised:
    error: BaseException


@dataclass
class _Worker:
    process: Any
    conn: Any
    tasks: deque[tuple[int, Any]] = field(default_factory=deque)  # (index, task) sent; the first is in hand
    deadline: float = 0.0  # for the first task
    ready: bool = False


class Workers(Generic[T, R]):
    """Worker processes that run fn over tasks, each task under a time limit (see the module)."""

    def __init__(self, fn: Callable[[T], R], count: int, failed: Failed, seconds: float | None = None,
                 megabytes: int | None = None, init: Callable[[], object] | None = None) -> None:
        import multiprocessing

        self.fn, self.count, self.failed, self.init = fn, max(1, count), failed, init
        self.seconds = seconds or file_seconds()
        self.megabytes = megabytes or worker_megabytes()
        self.context = multiprocessing.get_context("spawn")  # no copy of the parent's open store
        self.workers: list[_Worker] = []
        self.todo: deque[tuple[int, T]] = deque()
        self.false_starts = 0
        self.consumed, self.stopping = 0, False  # set by the caller's thread, read by the workers' thread

    def _start(self) -> _Worker:
        ours, theirs = self.context.Pipe()
        process = self.context.Process(target=_serve, args=(self.fn, theirs, self.megabytes, self.init),
                                       daemon=True)
        process.start()
        theirs.close()
        worker = _Worker(process, ours)
        self.workers.append(worker)
        return worker

    def _stop(self, worker: _Worker, kill: bool = False) -> None:
        self.workers.remove(worker)
        if not kill:
            try:
                worker.conn.send(None)
            except OSError:
                kill = True
        if kill:
            worker.process.kill()
        worker.process.join(5)
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join()
        worker.conn.close()

    def map(self, tasks: list[T]) -> Iterator[R]:
        """The results of fn over the tasks, in order; failed(task, why) for each that failed.

        The workers are looked after by a thread of their own, so that they go on while the
        caller works on the results (writes them to the store)."""
        results: queue.Queue[Any] = queue.Queue()
        self.consumed, self.stopping = 0, False
        thread = threading.Thread(target=self._run, args=(tasks, results), name="unhrkg-workers", daemon=True)
        thread.start()
        try:
            for _ in tasks:
                item = results.get()
                if isinstance(item, _Raised):
                    raise item.error
                self.consumed += 1
                yield item
        finally:
            self.stopping = True
            thread.join()

    def _run(self, tasks: list[T], results: queue.Queue[Any]) -> None:
        """Hand out tasks, watch the workers, and queue the results in the tasks' order."""
        self.todo = deque(enumerate(tasks))
        done: dict[int, R] = {}
        following = 0  # the index of the next result to queue
        try:
            for _ in range(min(self.count, len(tasks))):
                self._start()
            while following < len(tasks) and not self.stopping:
                self._hand_out()
                self._collect(done, tasks)
                while following in done:
                    results.put(done.pop(following))
                    following += 1
        except BaseException as exc:  # handed to the caller's thread, raised there
            results.put(_Raised(exc))
        finally:
            for worker in list(self.workers):
                self._stop(worker, kill=bool(worker.tasks))

    def _hand_out(self) -> None:
        todo = self.todo
        for worker in self.workers:
            while (worker.ready and len(worker.tasks) < DEPTH and todo
                   and todo[0][0] < self.consumed + AHEAD * self.count):
                if not worker.tasks:
                    worker.deadline = time.monotonic() + self.seconds
                worker.tasks.append(todo.popleft())
                worker.conn.send(worker.tasks[-1])

    def _collect(self, done: dict[int, R], tasks: list[T]) -> None:
        """Wait for an answer, a worker's end or the next deadline; record what happened."""
        from multiprocessing.connection import wait

        busy = [w for w in self.workers if w.tasks]
        now = time.monotonic()
        # woken at least every POLL seconds: results taken by the caller make room for more tasks
        timeout = max(0.0, min([w.deadline - now for w in busy] + [POLL]))
        ready = set(wait([w.conn for w in self.workers] + [w.process.sentinel for w in self.workers], timeout))
        for worker in list(self.workers):
            if worker.conn in ready:
                try:
                    answer = worker.conn.recv()
                except (EOFError, OSError):
                    answer = None
                if answer == "ready":
                    worker.ready, self.false_starts = True, 0
                    continue
                if answer is not None and worker.tasks:
                    index, ok, result = answer
                    done[index] = result if ok else self.failed(tasks[index], result)
                    worker.tasks.popleft()
                    worker.deadline = time.monotonic() + self.seconds  # the next task starts now
                    continue
            if not worker.process.is_alive() or worker.conn in ready:
                self._replace(worker, done, tasks, self._ended(worker))
            elif worker.tasks and time.monotonic() >= worker.deadline:
                self._replace(worker, done, tasks, _over_time(self.seconds))

    def _ended(self, worker: _Worker) -> str:
        worker.process.join(1)
        code = worker.process.exitcode
        if code is not None and code < 0:
            name = signal.Signals(-code).name if -code in signal.valid_signals() else str(-code)
            return f"its worker process was killed ({name}: out of memory, or a crash)"
        return f"its worker process ended (exit code {code})"

    def _replace(self, worker: _Worker, done: dict[int, R], tasks: list[T], why: str) -> None:
        """Fail the worker's task in hand with `why`, give back the one waiting, start another worker."""
        if not worker.ready:  # died before its first task: starting another would die the same way
            self.false_starts += 1
            if self.false_starts >= 3:
                raise UnhrkgError(f"worker processes end as they start ({why.split('; ')[0]}); "
                                  f"is UNHRKG_WORKER_MB ({self.megabytes}) too small?")
        if worker.tasks:
            index = worker.tasks.popleft()[0]
            done[index] = self.failed(tasks[index], why)
            self.todo.extendleft(reversed(worker.tasks))  # sent but not started: another worker's
        worker.tasks.clear()
        self._stop(worker, kill=True)
        self._start()

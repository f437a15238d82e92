"""Ingest: files -> read -> extract (or a reviewed record) -> map -> validate -> store.

Each document is its own unit of work: a bad file gets one message and the batch goes
on; a document whose graph does not conform is quarantined (its source and violations
go to a quarantine graph, its facts do not enter the graph, and any earlier good version
stays); an unchanged file is skipped.

At scale, files are prepared (read, extracted, mapped, validated with the compiled shapes,
written as N-Triples) in worker processes, one per core, and the parent writes them to the
store in batches, one transaction each (``store.Batch``), then compacts the store after a
large load. A file whose bytes the store already holds is skipped before it is read.
"""
from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from rdflib import Graph, URIRef

from unhrkg.model import iri
from unhrkg.pipeline.discover import collect
from unhrkg.pipeline.isolate import Workers, in_process
from unhrkg.map.reference import reference_graph
from unhrkg.pipeline.prepare import (
    FileOutcome,
    Prepared,
    Task,
    display_path,
    generation_time,
    prepare_file,
    warm_up,
)
from unhrkg.read.files import BINARY, printable
from unhrkg.model.resources import ontology_path
from unhrkg.errors import StoreIOError
from unhrkg.store import Batch, Store, graph_fingerprint

PARALLEL_FROM = 200  # files: fewer are prepared in this process (starting workers costs a second or two)
LOOKUPS_MOST = 2000  # files: more are looked up in the store by one query over it all, fewer one by one
COMPACT_FROM = 200_000  # triples written by one ingest: then the store is compacted at its end
Progress = Callable[[int, int, str], None]


@dataclass
class IngestReport:
    outcomes: list[FileOutcome] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)  # per stage (summed over workers), load, wall
    triples: int = 0  # written to the store
    stopped: str = ""  # why the ingest stopped before its end (the store could not be written)
    unreached: int = 0  # files not ingested because it stopped
    shared: dict[str, list[str]] = field(default_factory=dict)  # document -> the paths of its source files

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def ok(self) -> bool:
        return not self.stopped and not any(o.status in ("failed", "quarantined") for o in self.outcomes)

    def summary(self) -> str:
        parts = [f"{self.count(s)} {s}" for s in ("loaded", "unchanged", "quarantined", "failed")]
        parts += [f"{self.count('skipped')} skipped"] if self.count("skipped") else []
        parts += [f"{self.count('duplicate')} duplicate"] if self.count("duplicate") else []
        parts += [f"{len(self.shared)} document(s) from more than one file"] if self.shared else []
        parts += [f"{self.unreached} not reached (stopped)"] if self.stopped else []
        return f"{len(self.outcomes) + self.unreached} file(s): " + ", ".join(parts)

    def lines(self, verbose: bool = False, most: int = 20) -> list[str]:
        """One line per file that failed, was quarantined, duplicates another or was skipped (skipped ones: the first
        `most`, then a count, unless verbose)."""
        out = [f"{o.status}: {o.message}" + ("; skipped" if o.status == "failed" else "")
               for o in self.outcomes if o.status in ("failed", "quarantined", "duplicate")]
        skipped = [o for o in self.outcomes if o.status == "skipped"]
        shown = skipped if verbose else skipped[:most]
        out += [f"skipped: {o.message}" for o in shown]
        if len(skipped) > len(shown):
            out.append(f"skipped: {len(skipped) - len(shown)} more (--verbose lists every one)")
        return out


@cache
def static_graphs() -> tuple[tuple[URIRef, Graph, str], ...]:
    """The ontology and reference graphs with their fingerprints, made once per process: every
    ingest checks that the store holds them, and making them takes a fifth of a second (the
    whole of what adding one more document costs otherwise). Not to be changed by callers."""
    graphs = ((iri.ONTOLOGY_GRAPH, Graph().parse(ontology_path(), format="turtle")),
              (iri.REFERENCE_GRAPH, reference_graph()))
    return tuple((graph_iri, graph, graph_fingerprint(graph)) for graph_iri, graph in graphs)


def worker_count(files: int, workers: int | None = None) -> int:
    """Processes to prepare files in: $UNHRKG_WORKERS, else one per core; none for small batches."""
    if workers is None:
        env = os.environ.get("UNHRKG_WORKERS", "")
        workers = int(env) if env.isdigit() else (os.cpu_count() or 1)
    return workers if workers > 1 and files >= PARALLEL_FROM else 0


BATCH_MOST = 10_000  # documents per transaction at most (a bulk load of 10,000 is about 540,000 quads)


def batch_size(files: int) -> int:
    """Documents per transaction: about a tenth of the files, from 20 to 10,000. Large batches
    load fastest: each bulk load leaves files the store's engine merges in background threads,
    on the cores the workers need (an ingest of 100,000 documents in batches of 1,000, 5,000 and
    10,000, one run each in turn: 283, 249 and 220 s, the parent process 204, 141 and 114
    core-seconds, its peak memory 0.5, 0.8 and 1.3 GB); smaller ones show progress in the store
    sooner and lose less to a crash."""
    return min(BATCH_MOST, max(20, files // 10))


class Ingester:
    """Loads documents into a store, one atomic named graph each, in batches.

    Files are prepared (read, extracted, mapped, validated, written as N-Triples) in worker
    processes when there are many, and written to the store in batches (``batch`` documents,
    else ``batch_size``), one transaction each: every document is whole or absent, whatever
    happens. Files whose bytes the store already holds are skipped before they are read.
    """

    def __init__(self, store: Store, force: bool = False, workers: int | None = None, batch: int | None = None):
        self.store = store
        self.upgrade = not store.entities_current()  # documents written by an earlier layout
        if not self.upgrade:
            store.mark_entities_current()  # now, so that an ingest stopped half-way leaves a current store
        self.force = force or self.upgrade
        self.workers = workers
        self.batch_size = batch
        for graph_iri, graph, fingerprint in static_graphs():
            self.store.load_static(graph_iri, graph, fingerprint)
        self.known: dict[str, tuple[str, str]] = {}
        self.batch: Batch = Batch()
        self.pending: dict[str, FileOutcome] = {}  # the outcome of each graph in the batch
        self.triples = 0
        self.seconds: dict[str, float] = {}
        self.written: set[str] = set()  # entity triples written by this ingest (not sent twice)

    def _prepared(self, tasks: list[Task]) -> Iterator[Prepared]:
        """Each file prepared, in order, each under a time limit (see ``isolate``): in worker
        processes when there are many files or any PDF or Word file (read by C libraries that
        a timer cannot stop and a bomb can fill memory from), else in this process."""
        workers = worker_count(len(tasks), self.workers)
        if not workers and not any(task[0].suffix.lower() in BINARY for task in tasks):
            yield from in_process(prepare_file, tasks, _failed, init=warm_up)
            return
        yield from Workers(prepare_file, workers or 1, _failed, init=warm_up).map(tasks)

    def ingest(self, paths: Iterable[str | Path], progress: Progress | None = None,
               follow_symlinks: bool = False) -> IngestReport:
        """Ingest files and folders; ``progress(done, total, path)`` after each file. Symbolic
        links out of the folders given are followed only with ``follow_symlinks``. If the store
        cannot be written (a full disk), stop there: the report says what was stored."""
        files, problems = collect(paths, follow_symlinks)
        report = IngestReport(list(problems))
        when, start = generation_time(), time.perf_counter()
        shown = [display_path(p) for p in files]
        found = self.store.sources(shown if len(shown) <= LOOKUPS_MOST else None)
        self.known = {k: (str(g), sha) for k, (g, sha) in found.items()}
        tasks = [(p, s, self.known.get(s), self.force, when) for p, s in zip(files, shown)]
        try:
            self._run(tasks, files, report, progress)
            self._finish()
        except StoreIOError as exc:
            for outcome in self.pending.values():
                outcome.status, outcome.message = "failed", f"{outcome.path}: not stored (the store could not be written)"
            report.stopped, report.unreached = str(exc), len(files) + len(problems) - len(report.outcomes)
        else:
            runs = {o.graph for o in report.outcomes if o.graph}
            shared = self.store.shared_documents(runs if len(runs) <= LOOKUPS_MOST else None)
            report.shared = {doc: paths for doc, (graphs, paths) in shared.items() if runs.intersection(graphs)}
        report.seconds, report.triples = dict(self.seconds, wall=time.perf_counter() - start), self.triples
        return report

    def _run(self, tasks: list[Task], files: list[Path], report: IngestReport, progress: Progress | None) -> None:
        size = self.batch_size or batch_size(len(files))
        for i, prepared in enumerate(self._prepared(tasks), 1):
            report.outcomes.append(self._stage(prepared))
            for stage, seconds in prepared.seconds.items():
                self.seconds[stage] = self.seconds.get(stage, 0.0) + seconds
            if len(self.batch) >= size:
                self._flush()
            if progress:
                progress(i, len(files), str(files[i - 1]))

    def _finish(self) -> None:
        self._flush()
        self.store.mark_entities_current()
        self.store.flush()
        if self.triples >= COMPACT_FROM:  # many bulk loads leave many small files: reads slow down
            compact = time.perf_counter()
            self.store.optimize()
            self.seconds["compact"] = time.perf_counter() - compact

    def _stage(self, prepared: Prepared) -> FileOutcome:
        """Add a prepared document to the batch (writing the batch first if it names the same
        graphs). The graphs its file gave before go: all of them when it loads, its earlier
        quarantine graphs when it is quarantined (an earlier good version stays)."""
        outcome = prepared.outcome
        if outcome.status not in ("loaded", "quarantined") or outcome.graph is None:
            return outcome
        graph = outcome.graph
        drops = [g for g in self.store.graphs_from(outcome.path)
                 if g != graph and (outcome.status == "loaded" or g.startswith(iri.QUARANTINE_BASE))]
        if self.batch.touches([graph, *drops]):
            self._flush()
        holder = self._holder(graph, outcome.path)
        if holder is not None:
            outcome.status = "duplicate"
            outcome.message = f"{outcome.path}: the same bytes as {holder}, which the store holds"
            return outcome
        self.batch.add(graph, prepared.nt, self.store.contains(graph), drops, prepared.entities)
        self.pending[graph] = outcome
        if outcome.status == "loaded":
            self.known[outcome.path] = (graph, prepared.sha)
        return outcome

    def _holder(self, graph: str, path: str) -> str | None:
        """The other file whose bytes the store holds in this graph, if it is to stay: graphs are
        named after content, so two copies of one file give one graph, and the copy at the
        smallest path that still exists is its source whatever the order they come in."""
        stored = self.store.source_path(graph) if self.store.contains(graph) else None
        if stored is None or stored == path or stored > path:
            return None
        return stored if os.path.exists(stored) or os.path.exists(stored + RECORD_SUFFIX) else None

    def _flush(self) -> None:
        """Write the batch in one transaction; if its data is refused, each document on its own.
        A StoreIOError (the store's files cannot be written) goes to the caller, the batch kept
        in ``pending`` for the report."""
        if not len(self.batch):
            return
        start = time.perf_counter()
        fresh = self.batch.entity_lines(self.written)
        refused = self.store.write(self.batch, fresh)
        for graph, reason in refused.items():
            outcome = self.pending[graph]
            outcome.status, outcome.message = "failed", f"{outcome.path}: {reason}"
        if refused or any(stored or drops for _, stored, drops, _ in self.batch.graphs.values()):
            self.written.clear()  # replaced documents may have taken entities out of the store
        else:
            self.written.update(fresh)
        self.seconds["load"] = self.seconds.get("load", 0.0) + time.perf_counter() - start
        self.triples += self.batch.triples + len(fresh)
        self.batch, self.pending = Batch(), {}


def ingest(store: Store, paths: Iterable[str | Path], progress: Progress | None = None,
           force: bool = False, workers: int | None = None, follow_symlinks: bool = False) -> IngestReport:
    """Ingest files and folders into the store; see ``Ingester``."""
    return Ingester(store, force=force, workers=workers).ingest(paths, progress, follow_symlinks)


def _failed(task: Task, why: str) -> Prepared:
    """The outcome of a file whose preparation was stopped or raised."""
    shown = task[1]
    return Prepared(FileOutcome(shown, "failed", f"{shown}: {printable(why)}"))

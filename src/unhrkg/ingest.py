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
from datetime import datetime, timezone
from functools import cache
from pathlib import Path

import yaml
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF

from unhrkg import iri
from unhrkg.errors import InputError
from unhrkg.extract import extract
from unhrkg.mapping import MappedDocument, map_record, reference_graph
from unhrkg.namespaces import GRAPH_BASE, UNHR
from unhrkg.read import SUFFIXES, read_text
from unhrkg.record import DocumentRecord
from unhrkg.resources import ontology_path
from unhrkg.store import Batch, Store, ntriples
from unhrkg.validate import Validator

RECORD_SUFFIX = ".record.yaml"
PARALLEL_FROM = 200  # files: fewer are prepared in this process (starting workers costs a second or two)
COMPACT_FROM = 200_000  # triples written by one ingest: then the store is compacted at its end
Progress = Callable[[int, int, str], None]


@dataclass
class FileOutcome:
    path: str
    status: str  # loaded, unchanged, quarantined, failed
    message: str = ""
    graph: str | None = None


@dataclass
class IngestReport:
    outcomes: list[FileOutcome] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)  # per stage (summed over workers), load, wall
    triples: int = 0  # written to the store

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def ok(self) -> bool:
        return not any(o.status in ("failed", "quarantined") for o in self.outcomes)

    def summary(self) -> str:
        parts = [f"{self.count(s)} {s}" for s in ("loaded", "unchanged", "quarantined", "failed")]
        return f"{len(self.outcomes)} file(s): " + ", ".join(parts)


def generation_time() -> datetime:
    """Now, or $SOURCE_DATE_EPOCH for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=timezone.utc)
    return datetime.now(timezone.utc).replace(microsecond=0)


def collect(paths: Iterable[str | Path]) -> tuple[list[Path], list[FileOutcome]]:
    """Document files under the given files and folders (sorted), and problems finding them."""
    found: dict[Path, None] = {}
    problems = []
    for raw in paths:
        p = Path(raw)
        if p.name.endswith(RECORD_SUFFIX):
            p = p.with_name(p.name[: -len(RECORD_SUFFIX)])
        if p.is_dir():
            def unreadable(exc: OSError) -> None:
                problems.append(FileOutcome(str(exc.filename), "failed", f"{exc.filename}: cannot list folder ({exc.strerror})"))
            for dirpath, _dirs, files in os.walk(p, onerror=unreadable, followlinks=False):
                for name in sorted(files):
                    child = Path(dirpath) / name
                    if child.suffix.lower() in SUFFIXES and not name.startswith("."):
                        found.setdefault(child, None)
        elif p.is_file() or p.with_name(p.name + RECORD_SUFFIX).is_file():
            found.setdefault(p, None)
        elif p.is_symlink():
            problems.append(FileOutcome(str(raw), "failed", f"{raw}: broken or looping symbolic link"))
        else:
            problems.append(FileOutcome(str(raw), "failed", f"{raw}: no such file or folder"))
    return sorted(found), problems


def display_path(path: Path) -> str:
    """The path relative to the working folder where possible (stable across machines)."""
    absolute = Path(os.path.abspath(path))  # not resolve(): a looping symlink must not raise here
    try:
        return absolute.relative_to(Path(os.path.abspath(Path.cwd()))).as_posix()
    except ValueError:
        return absolute.as_posix()


def load_review(path: Path) -> DocumentRecord | None:
    """The reviewed record beside a document (FILE.record.yaml), if there is one."""
    review = path.with_name(path.name + RECORD_SUFFIX)
    if not review.is_file():
        return None
    try:
        data = yaml.safe_load(review.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError, ValueError) as exc:  # ValueError: YAML dates such as 2005-02-31
        raise InputError(f"{review}: cannot read reviewed record ({exc})") from exc
    return DocumentRecord.from_dict(data, source=str(review))


def prepare(path: Path, when: datetime, timer: Timer | None = None) -> tuple[MappedDocument, str]:
    """Read, extract (or take the reviewed record) and map one document."""
    import hashlib

    timer = timer or Timer()
    shown = display_path(path)
    reviewed = load_review(path)
    if reviewed is not None:
        sha = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else hashlib.sha256(
            path.with_name(path.name + RECORD_SUFFIX).read_bytes()).hexdigest()
        timer.lap("read+extract")
        mapped = map_record(reviewed, sha, shown, when, origin="reviewed", prefixes=False)
        timer.lap("map")
        return mapped, sha
    text = read_text(path)
    record = extract(text, file=shown)
    timer.lap("read+extract")
    mapped = map_record(record, text.sha256, shown, when, prefixes=False)
    timer.lap("map")
    return mapped, text.sha256


def quarantine_graph(mapped: MappedDocument, messages: list[str]) -> Graph:
    g = Graph()
    node = iri.quarantine_graph(mapped.doc)
    g.add((node, RDF.type, UNHR.QuarantineRecord))
    g.add((node, UNHR.describes, mapped.doc))
    sources = {o for s, p, o in mapped.triples if s == mapped.graph_iri and p == PROV.wasDerivedFrom}
    for s, p, o in mapped.triples:
        if s == mapped.graph_iri and p in (PROV.wasDerivedFrom, PROV.generatedAtTime):
            g.add((node, p, o))  # the source file, and when
        elif s in sources:
            g.add((s, p, o))  # the source file's description
    for m in messages:
        g.add((node, UNHR.violation, Literal(m)))
    return g


@dataclass
class Prepared:
    """One file made ready for the store by a worker: its outcome and its graph as N-Triples."""

    outcome: FileOutcome
    sha: str = ""
    doc: str = ""
    nt: str = ""  # the content of outcome.graph (the document graph, or its quarantine graph)
    entities: str = ""  # what identifies the shared entities it names, for the entities graph
    previous: str | None = None  # the graph this file yielded before, if another one
    seconds: dict[str, float] = field(default_factory=dict)  # time per stage


@cache
def _validator() -> Validator:
    """The compiled validator of this process (workers build theirs once)."""
    return Validator(reference_graph(), engine="compiled")


def _unchanged_bytes(path: Path, previous: tuple[str, str] | None) -> bool:
    """Whether the file's bytes are those of its stored document graph (no review beside it)."""
    import hashlib

    if previous is None or not previous[0].startswith(GRAPH_BASE + "doc/"):
        return False
    if path.with_name(path.name + RECORD_SUFFIX).exists():
        return False
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest() == previous[1]
    except OSError:
        return False


def _validated(mapped: MappedDocument, shown: str, sha: str, timer: Timer) -> Prepared:
    """Validate a mapped document: its graph, or its quarantine graph with the violations."""
    result = _validator().validate(mapped.triples, source=str(mapped.graph_iri))
    timer.lap("validate")
    if result.conforms:
        outcome = FileOutcome(shown, "loaded", graph=str(mapped.graph_iri))
        nt, entities = ntriples(mapped.own()), ntriples(mapped.entities())
    else:
        messages = [f"{v.focus} {v.path or ''}: {v.message}" for v in result.violations]
        detail = "; ".join(messages[:3]) + (f" (+{len(messages) - 3} more)" if len(messages) > 3 else "")
        outcome = FileOutcome(shown, "quarantined", f"{shown}: does not conform, kept out of the graph: {detail}",
                              graph=str(iri.quarantine_graph(mapped.doc)))
        nt, entities = ntriples(quarantine_graph(mapped, messages)), ""
    timer.lap("serialise")
    return Prepared(outcome, sha, str(mapped.doc), nt, entities, seconds=timer.laps)


Task = tuple[Path, str, "tuple[str, str] | None", bool, datetime]  # file, shown path, stored (graph, sha), force, time


def prepare_file(task: Task) -> Prepared:
    """Everything but the store, for one file (runs in a worker): read, extract, map, validate, write."""
    path, shown, previous, force, when = task
    timer = Timer()
    if not force and _unchanged_bytes(path, previous):
        return Prepared(FileOutcome(shown, "unchanged", graph=previous[0] if previous else None))
    try:
        mapped, sha = prepare(path, when, timer)
    except InputError as exc:
        return Prepared(FileOutcome(shown, "failed", str(exc)))
    except (OSError, ValueError, UnicodeError) as exc:
        return Prepared(FileOutcome(shown, "failed", f"{shown}: {exc}"))
    if previous and previous[1] == sha and previous[0] == str(mapped.graph_iri) and not force and mapped.origin == "extracted":
        return Prepared(FileOutcome(shown, "unchanged", graph=previous[0]))
    prepared = _validated(mapped, shown, sha, timer)
    if previous and previous[0] != str(mapped.graph_iri) and prepared.outcome.status == "loaded":
        prepared.previous = previous[0]  # the file now yields another document IRI
    return prepared


class Timer:
    """Seconds spent per stage, lap by lap."""

    def __init__(self) -> None:
        self.laps: dict[str, float] = {}
        self._last = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.laps[stage] = self.laps.get(stage, 0.0) + now - self._last
        self._last = now


def worker_count(files: int, workers: int | None = None) -> int:
    """Processes to prepare files in: $UNHRKG_WORKERS, else one per core; none for small batches."""
    if workers is None:
        env = os.environ.get("UNHRKG_WORKERS", "")
        workers = int(env) if env.isdigit() else (os.cpu_count() or 1)
    return workers if workers > 1 and files >= PARALLEL_FROM else 0


def batch_size(files: int) -> int:
    """Documents per transaction: about a twentieth of the files, from 20 to 1,000 (large batches
    load fastest; smaller ones show progress in the store sooner and lose less to a crash)."""
    return min(1000, max(20, files // 20))


class Ingester:
    """Loads documents into a store, one atomic named graph each, in batches.

    Files are prepared (read, extracted, mapped, validated, written as N-Triples) in worker
    processes when there are many, and written to the store in batches (``batch`` documents,
    else ``batch_size``), one transaction each: every document is whole or absent, whatever
    happens. Files whose bytes the store already holds are skipped before they are read.
    """

    def __init__(self, store: Store, force: bool = False, workers: int | None = None, batch: int | None = None):
        self.store = store
        self.force = force
        self.workers = workers
        self.batch_size = batch
        self.reference = reference_graph()
        self.store.load_static(iri.ONTOLOGY_GRAPH, Graph().parse(ontology_path(), format="turtle"))
        self.store.load_static(iri.REFERENCE_GRAPH, self.reference)
        self.known: dict[str, tuple[str, str]] = {}
        self.batch: Batch = Batch()
        self.pending: dict[str, FileOutcome] = {}  # the outcome of each graph in the batch
        self.triples = 0
        self.seconds: dict[str, float] = {}
        self.written: set[str] = set()  # entity triples written by this ingest (not sent twice)

    def _prepared(self, tasks: list[Task]) -> Iterator[Prepared]:
        """Each file prepared, in order: in worker processes when there are many."""
        workers = worker_count(len(tasks), self.workers)
        if not workers:
            yield from map(prepare_file, tasks)
            return
        import multiprocessing

        with multiprocessing.get_context("spawn").Pool(workers) as pool:
            yield from pool.imap(prepare_file, tasks, chunksize=8)

    def ingest(self, paths: Iterable[str | Path], progress: Progress | None = None) -> IngestReport:
        """Ingest files and folders; ``progress(done, total, path)`` after each file."""
        files, problems = collect(paths)
        report = IngestReport(list(problems))
        when, start = generation_time(), time.perf_counter()
        shown = [display_path(p) for p in files]
        found = self.store.sources(shown if len(shown) <= 2000 else None)
        self.known = {k: (str(g), sha) for k, (g, sha) in found.items()}
        tasks = [(p, s, self.known.get(s), self.force, when) for p, s in zip(files, shown)]
        size = self.batch_size or batch_size(len(files))
        for i, prepared in enumerate(self._prepared(tasks), 1):
            report.outcomes.append(self._stage(prepared))
            for stage, seconds in prepared.seconds.items():
                self.seconds[stage] = self.seconds.get(stage, 0.0) + seconds
            if len(self.batch) >= size:
                self._flush()
            if progress:
                progress(i, len(files), str(files[i - 1]))
        self._flush()
        self.store.flush()
        if self.triples >= COMPACT_FROM:  # many bulk loads leave many small files: reads slow down
            compact = time.perf_counter()
            self.store.optimize()
            self.seconds["compact"] = time.perf_counter() - compact
        report.seconds, report.triples = dict(self.seconds, wall=time.perf_counter() - start), self.triples
        return report

    def _stage(self, prepared: Prepared) -> FileOutcome:
        """Add a prepared document to the batch (writing the batch first if it names the same graphs)."""
        outcome = prepared.outcome
        if outcome.status not in ("loaded", "quarantined") or outcome.graph is None:
            return outcome
        quarantine = str(iri.quarantine_graph(URIRef(prepared.doc)))
        drops = [g for g in (quarantine if outcome.status == "loaded" else None, prepared.previous) if g]
        if self.batch.touches([outcome.graph, *drops]):
            self._flush()
        self.batch.add(outcome.graph, prepared.nt, self.store.contains(outcome.graph),
                       [g for g in drops if self.store.contains(g)], prepared.entities)
        self.pending[outcome.graph] = outcome
        if outcome.status == "loaded":
            self.known[outcome.path] = (outcome.graph, prepared.sha)
        return outcome

    def _flush(self) -> None:
        """Write the batch in one transaction; if it fails, each document on its own."""
        if not len(self.batch):
            return
        start = time.perf_counter()
        fresh = self.batch.entity_lines(self.written)
        refused = self.store.write(self.batch, self.written)
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
           force: bool = False, workers: int | None = None) -> IngestReport:
    """Ingest files and folders into the store; see ``Ingester``."""
    return Ingester(store, force=force, workers=workers).ingest(paths, progress)

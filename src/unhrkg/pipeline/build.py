"""The main job: ingest a corpus folder, validate the store, export, and summarise."""
from __future__ import annotations

import time
from collections.abc import Collection, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from unhrkg.model import iri
from unhrkg.export import export
from unhrkg.pipeline.ingest import IngestReport, Progress, ingest
from unhrkg.map.reference import reference_graph
from unhrkg.pipeline.prepare import Timer
from unhrkg.query import QueryResult, load, run
from unhrkg.store import Store
from unhrkg.validate import DEFAULT_ENGINE, ValidationResult, Validator

SUMMARY_QUERIES = ("documents", "positions", "signatories", "citations")


@dataclass
class BuildReport:
    ingest: IngestReport
    validation: ValidationResult
    documents: int
    triples: int
    outputs: list[Path] = field(default_factory=list)
    answers: dict[str, QueryResult] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)  # ingest (and its stages), validate, export (wall;
    # export:ttl and export:trig each, side by side), summary


def validate_store(store: Store, progress: Progress | None = None, engine: str = DEFAULT_ENGINE,
                   validated: Collection[str] = ()) -> ValidationResult:
    """Validate the reference graph and every document graph in the store (each with the
    entities graph's descriptions of the entities it names).

    ``engine`` is "compiled" (the shapes as Python checks, the same violations as pySHACL) or
    "pyshacl". Graphs in ``validated`` were validated as they were written (by this build's
    ingest) and count as validated without being read back.
    """
    reference = reference_graph()
    result = Validator(None, engine).validate(store.graph(iri.REFERENCE_GRAPH), source=str(iri.REFERENCE_GRAPH))
    validator = Validator(reference, engine)
    graphs = store.document_graphs()
    done = set(validated)
    for i, g in enumerate(graphs, 1):
        if str(g) in done:
            result.graphs += 1
        else:
            result.extend(validator.validate(store.document(g), source=str(g)))
        if progress:
            progress(i, len(graphs), str(g))
    return result


def export_both(store: Store, out: Path) -> tuple[list[Path], dict[str, float]]:
    """out/unhrkg.ttl and out/unhrkg.trig, written at the same time (the engine serialises
    without holding Python's lock, so the two share the cores); each one's seconds."""
    def timed_export(path: Path) -> tuple[Path, float]:
        start = time.perf_counter()
        return export(store, path), time.perf_counter() - start

    with ThreadPoolExecutor(2) as pool:
        done = list(pool.map(timed_export, [out / "unhrkg.ttl", out / "unhrkg.trig"]))
    return [path for path, _ in done], {f"export:{path.suffix[1:]}": seconds for path, seconds in done}


def build(store: Store, corpus: Path, out: Path, progress: Progress | None = None,
          summary: Iterable[str] = SUMMARY_QUERIES) -> BuildReport:
    """Ingest corpus into store, validate it, write out/unhrkg.ttl and out/unhrkg.trig, answer the summary queries."""
    clock = Timer()
    report = ingest(store, [corpus], progress)
    clock.lap("ingest")
    if report.stopped:  # the store could not be written: no validation or export of a store left half-built
        return BuildReport(report, ValidationResult(), len(store.document_graphs()), len(store),
                           seconds={f"ingest:{k}": v for k, v in report.seconds.items()})
    validation = validate_store(store, validated={o.graph for o in report.outcomes if o.status == "loaded" and o.graph})
    clock.lap("validate")
    outputs, export_seconds = export_both(store, out)
    clock.lap("export")
    answers = {name: run(store.db, load(name)) for name in summary}
    clock.lap("summary")
    seconds = {**{f"ingest:{k}": v for k, v in report.seconds.items()}, **clock.laps, **export_seconds}
    return BuildReport(report, validation, len(store.document_graphs()), len(store), outputs, answers, seconds)


"""The main job: ingest a corpus folder, validate the store, export, and summarise."""
from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from unhrkg import iri
from unhrkg.ingest import IngestReport, Progress, Timer, ingest
from unhrkg.export import export
from unhrkg.mapping import reference_graph
from unhrkg.query import QueryResult, load, run
from unhrkg.store import Store
from unhrkg.validate import ValidationResult, Validator

SUMMARY_QUERIES = ("documents", "positions", "signatories", "citations")


@dataclass
class BuildReport:
    ingest: IngestReport
    validation: ValidationResult
    documents: int
    triples: int
    outputs: list[Path] = field(default_factory=list)
    answers: dict[str, QueryResult] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)  # ingest (and its stages), validate, export, summary


def validate_store(store: Store, progress: Progress | None = None, engine: str = "compiled",
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


def build(store: Store, corpus: Path, out: Path, progress: Progress | None = None,
          summary: Iterable[str] = SUMMARY_QUERIES) -> BuildReport:
    """Ingest corpus into store, validate it, write out/unhrkg.ttl and out/unhrkg.trig, answer the summary queries."""
    clock = Timer()
    report = ingest(store, [corpus], progress)
    clock.lap("ingest")
    validation = validate_store(store, validated={o.graph for o in report.outcomes if o.status == "loaded" and o.graph})
    clock.lap("validate")
    outputs = [export(store, out / "unhrkg.ttl")]
    clock.lap("export:ttl")
    outputs.append(export(store, out / "unhrkg.trig"))
    clock.lap("export:trig")
    answers = {name: run(store.db, load(name)) for name in summary}
    clock.lap("summary")
    seconds = {**{f"ingest:{k}": v for k, v in report.seconds.items()}, **clock.laps}
    return BuildReport(report, validation, len(store.document_graphs()), len(store), outputs, answers, seconds)


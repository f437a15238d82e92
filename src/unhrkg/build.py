"""The main job: ingest a corpus folder, validate the store, export, and summarise."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from unhrkg import iri
from unhrkg.ingest import IngestReport, Progress, ingest
from unhrkg.export import export
from unhrkg.mapping import reference_graph
from unhrkg.query import QueryResult, load, run
from unhrkg.store import Store
from unhrkg.validate import ValidationResult, validate_graph

SUMMARY_QUERIES = ("documents", "positions", "signatories", "citations")


@dataclass
class BuildReport:
    ingest: IngestReport
    validation: ValidationResult
    documents: int
    triples: int
    outputs: list[Path] = field(default_factory=list)
    answers: dict[str, QueryResult] = field(default_factory=dict)


def validate_store(store: Store, progress: Progress | None = None) -> ValidationResult:
    """Validate the reference graph and every document graph in the store."""
    reference = reference_graph()
    result = validate_graph(store.graph(iri.REFERENCE_GRAPH), source=str(iri.REFERENCE_GRAPH))
    graphs = store.document_graphs()
    for i, g in enumerate(graphs, 1):
        result.extend(validate_graph(store.graph(g), reference, source=str(g)))
        if progress:
            progress(i, len(graphs), str(g))
    return result


def build(store: Store, corpus: Path, out: Path, progress: Progress | None = None) -> BuildReport:
    """Ingest corpus into store, validate it, write out/unhrkg.ttl and out/unhrkg.trig, answer the summary queries."""
    report = ingest(store, [corpus], progress)
    validation = validate_store(store)
    outputs = [export(store, out / "unhrkg.ttl"), export(store, out / "unhrkg.trig")]
    answers = {name: run(store.db, load(name)) for name in SUMMARY_QUERIES}
    return BuildReport(report, validation, len(store.document_graphs()), len(store), outputs, answers)

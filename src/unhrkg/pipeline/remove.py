"""Taking documents out of the store: by symbol, source file (or folder), document IRI or
graph IRI, and every document whose source file under a folder is gone (``ingest --sync``).

A document's graphs (its document graph and any quarantine graph) are dropped in one
transaction, with the shared entities no remaining graph names. Source files are known by
the path ingest showed (relative to the working folder where it could), so a folder is
matched from the working folder the documents were ingested from.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from unhrkg.model import iri
from unhrkg.model.namespaces import GRAPH_BASE, ID_BASE
from unhrkg.pipeline.prepare import RECORD_SUFFIX, display_path
from unhrkg.store import Store
from unhrkg.model.terms import iri_text


@dataclass(frozen=True)
class Removal:
    """One graph to drop: its IRI, the document it describes and its source file."""

    graph: str
    document: str
    path: str

    def describe(self) -> str:
        kind = "quarantine record of " if self.graph.startswith(iri.QUARANTINE_BASE) else ""
        return f"{kind}{self.document[len(ID_BASE):]} ({self.path})"


@dataclass
class RemoveReport:
    removals: list[Removal] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)  # selectors that named no stored document
    dry_run: bool = False

    def lines(self) -> list[str]:
        verb = "would remove" if self.dry_run else "removed"
        return [f"{verb}: {r.describe()}" for r in self.removals]

    def summary(self) -> str:
        verb = "would remove" if self.dry_run else "removed"
        return f"{verb} {len(self.removals)} graph(s)" + (f"; {len(self.unmatched)} matched nothing" if self.unmatched else "")


def _removal(store: Store, graph: str) -> Removal:
    docs = store.described_by(graph)
    return Removal(graph, docs[0] if docs else graph, store.source_path(graph) or "?")


def _under(store: Store, folder: Path) -> list[str]:
    """Stored source paths inside this folder (each resolved from the working folder)."""
    root = os.path.abspath(folder).rstrip(os.sep) + os.sep
    return [p for p in store.sources() if os.path.abspath(p).startswith(root)]


def _graphs_for(store: Store, selector: str) -> set[str]:
    """The graphs one selector names: a graph or document IRI, a file or folder, a symbol."""
    if selector.startswith((GRAPH_BASE, ID_BASE)):
        try:
            iri_text(selector)
        except ValueError:
            return set()  # not an IRI: it names nothing
        return ({selector} if store.contains(selector) else set()) if selector.startswith(GRAPH_BASE) \
            else set(store.describing(selector))
    path = Path(selector)
    graphs = set(store.graphs_from(display_path(path)))
    if path.is_dir():
        graphs.update(g for p in _under(store, path) for g in store.graphs_from(p))
    if selector.strip():
        graphs.update(store.describing(str(iri.document(selector, ""))))
    return graphs


def find(store: Store, selectors: list[str]) -> RemoveReport:
    """The graphs these selectors name, and the selectors that name none."""
    report = RemoveReport()
    graphs: set[str] = set()
    for selector in selectors:
        found = _graphs_for(store, selector)
        if not found:
            report.unmatched.append(selector)
        graphs |= found
    report.removals = sorted((_removal(store, g) for g in graphs), key=lambda r: (r.path, r.graph))
    return report


def _present(folder: Path) -> set[str]:
    """The paths, as ingest shows them, of the files under a folder (a document may be only
    its reviewed record, FILE.record.yaml)."""
    found = set()
    for dirpath, _dirs, files in os.walk(folder, followlinks=False):
        for name in files:
            found.add(display_path(Path(dirpath) / name))
            if name.endswith(RECORD_SUFFIX):
                found.add(display_path(Path(dirpath) / name[: -len(RECORD_SUFFIX)]))
    return found


def missing_under(store: Store, folders: list[Path]) -> RemoveReport:
    """The graphs of documents whose source file under these folders no longer exists."""
    gone = {p for folder in folders for p in set(_under(store, folder)) - _present(folder)}
    graphs = {g for p in gone for g in store.graphs_from(p)}
    return RemoveReport(sorted((_removal(store, g) for g in graphs), key=lambda r: (r.path, r.graph)))


def apply(store: Store, report: RemoveReport, dry_run: bool = False) -> RemoveReport:
    """Drop the report's graphs in one transaction (nothing with ``dry_run``)."""
    report.dry_run = dry_run
    if not dry_run and report.removals:
        store.remove_graphs([r.graph for r in report.removals])
    return report

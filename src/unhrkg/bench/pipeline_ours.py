"""Our pipeline, timed: ``build`` (ingest in worker processes, batched bulk loading, compiled
SHACL, streaming export), each named query (its first page and whole answer, and its first page
through ``unhrkg serve``), a viz view, and adding one document to the store."""
from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

from unhrkg.bench import probe, serve_pages
from unhrkg.bench.common import peak_rss_mb, timed, view_queries


def _viz(store_dir: Path, timeout: float) -> dict[str, Any]:
    """The viz module's stance view (States -> resolutions they took a stance on, who tabled them)."""
    if view_queries() is None:
        return {"skipped": "unhrkg.viz is not available"}
    return probe.in_process({"kind": "viz-ours", "store": str(store_dir)}, timeout)


def _add_one(store: Any, seed: int, work: Path) -> dict[str, Any]:
    """Write one new document (symbols numbered apart from the corpus's) and ingest it alone."""
    from unhrkg.bench.add_one import new_document
    from unhrkg.pipeline.ingest import ingest

    path = new_document(work / "extra", seed + 1)
    seconds, report = timed(lambda: ingest(store, [path]))
    return {"seconds": seconds, "status": report.outcomes[0].status, "file": str(path.relative_to(work / "extra"))}


def _export_nquads(store: Any, work: Path) -> dict[str, Any]:
    from unhrkg.export import export

    seconds, path = timed(lambda: export(store, work / "out" / "unhrkg.nq"))
    return {"seconds": seconds, "path": str(path), "bytes": path.stat().st_size}


def _subset(work: Path, subset: int, params: dict[str, str], timeout: float) -> dict[str, Any]:
    """The queries and the viz view on a store of the corpus's first documents (those plain rdflib gets)."""
    from unhrkg.bench.synth import read_manifest
    from unhrkg.pipeline.ingest import ingest
    from unhrkg.store import Store

    folder = work / "store-subset"
    shutil.rmtree(folder, ignore_errors=True)
    with Store(folder) as store:
        ingest(store, [t.file for t in read_manifest(".")[:subset]])
    return {"queries_subset": probe.queries("ours", str(folder), params, timeout),
            "viz_subset": _viz(folder, timeout)}


def run(corpus: str, docs: int, work: str, params: dict[str, str], seed: int, subset: int,
        timeout: float) -> dict[str, Any]:
    """Build the store from the corpus and time every stage; returns the figures."""
    from unhrkg.pipeline.build import build
    from unhrkg.store import Store

    work_dir = Path(work).resolve()
    shutil.rmtree(work_dir / "store", ignore_errors=True)
    os.chdir(corpus)  # source paths relative to the corpus, as a user running it there would have
    store = Store(work_dir / "store")
    wall, report = timed(lambda: build(store, Path("."), work_dir / "out", summary=()))
    loaded = report.ingest.count("loaded")
    figures: dict[str, Any] = {
        "docs": docs, "loaded": loaded, "outcomes": {s: report.ingest.count(s) for s in
                                                     ("loaded", "unchanged", "quarantined", "failed")},
        "triples": len(store), "document_graphs": report.documents, "build_seconds": wall,
        "stages": report.seconds, "validation_violations": len(report.validation.violations),
        "workers": _workers(docs), "peak_rss_mb": peak_rss_mb(),  # the build's: this process and its workers
    }
    figures["outputs"] = {p.suffix: p.stat().st_size for p in report.outputs}
    figures["export_nq"] = _export_nquads(store, work_dir)
    store.close()  # the queries run in processes of their own, on the store opened read-only
    figures["queries"] = probe.queries("ours", str(work_dir / "store"), params, timeout)
    for name, page in serve_pages.first_pages(str(work_dir / "store"), params, timeout, work_dir).items():
        figures["queries"].setdefault(name, {}).update(page)  # the first page through serve, beside the CLI's
    figures["viz"] = _viz(work_dir / "store", timeout)
    with Store(work_dir / "store") as store:
        figures["add_one"] = _add_one(store, seed, work_dir)
    if subset < docs:
        figures.update(_subset(work_dir, subset, params, timeout))
    figures["peak_rss_mb_with_queries"] = peak_rss_mb()
    return figures


def _workers(docs: int) -> int:
    from unhrkg.pipeline.ingest import worker_count

    return worker_count(docs)

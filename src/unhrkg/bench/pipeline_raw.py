"""The engine floor: pyoxigraph bulk-loading the N-Quads our pipeline produced and running the
same queries directly (each value read into Python, nothing else), dumping, and the viz view's
two queries. No project code runs here except the parameter binding, which maps a value such
as "CHR 2003/10" to the IRI the query is given."""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from unhrkg.bench import probe
from unhrkg.bench.common import peak_rss_mb, timed, view_queries


def _exports(db: ox.Store, out: Path) -> dict[str, float]:
    def turtle() -> None:
        triples = db.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
        triples.serialize(str(out / "raw.ttl"), format=ox.RdfFormat.TURTLE)  # type: ignore[union-attr]
    return {"export:ttl": timed(turtle)[0],
            "export:trig": timed(lambda: db.dump(str(out / "raw.trig"), format=ox.RdfFormat.TRIG))[0]}


def _load(nquads: str, folder: Path) -> tuple[ox.Store, float]:
    db = ox.Store(str(folder))
    return db, timed(lambda: (db.bulk_load(path=nquads, format=ox.RdfFormat.N_QUADS), db.flush()))[0]


def load_and_export(nquads: str, folder: Path) -> dict[str, float]:
    """The engine's floor for a build: bulk-load the N-Quads into a fresh store at folder, dump Turtle and
    TriG beside it; the seconds of each ("load", "export:ttl", "export:trig")."""
    db, load = _load(nquads, folder)
    return {"load": load, **_exports(db, folder.parent)}


def run(nquads: str, work: str, params: dict[str, str], timeout: float, skip: list[str]) -> dict[str, Any]:
    """Bulk-load the N-Quads into a fresh store and time the engine alone; returns the figures."""
    folder = Path(work).resolve() / "raw-store"
    shutil.rmtree(folder, ignore_errors=True)
    db, load = _load(nquads, folder)
    figures: dict[str, Any] = {"triples": len(db), "stages": {"load": load}}
    figures["stages"].update(_exports(db, folder.parent))
    figures["peak_rss_mb"] = peak_rss_mb()  # loading and dumping; the queries' processes are apart
    del db  # the queries run in processes of their own, on the store opened read-only
    figures["queries"] = probe.queries("raw", str(folder), params, timeout, skip)
    if view_queries() is not None and "viz" not in skip:
        figures["viz"] = probe.in_process({"kind": "viz-raw", "store": str(folder)}, timeout)
    return figures

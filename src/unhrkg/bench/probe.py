"""One query (or the viz view) timed in a process of its own, so one the engine cannot finish
in reasonable time is stopped instead of stopping the benchmark (Oxigraph has no query timeout).

    python -m unhrkg.bench.probe '{"kind": "ours", "store": DIR, "query": NAME, "values": {...}}'

Kinds: ``ours`` (``unhrkg.query.run``), ``raw`` (pyoxigraph directly, each value read),
``viz-ours`` (``unhrkg.viz.to_networkx``, stance view), ``viz-raw`` (that view's two queries).
Prints {"seconds": median, "rows": n}; for a query also the first page's time (100 rows,
asked of the engine as ``unhrkg query`` does): "first_page_seconds", "first_page_rows".
"""
from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterable
from typing import Any

from unhrkg.bench.common import consume, median_time, timed, view_queries


PAGE = 100  # rows of a first page: what `unhrkg query` shows by default


def _ours(store_dir: str, name: str, values: dict[str, str]) -> dict[str, Any]:
    """The first page (as `unhrkg query` asks for it) and the whole answer, each timed."""
    from unhrkg.query import load, run
    from unhrkg.query.page import page
    from unhrkg.store import Store

    with Store(store_dir, read_only=True) as store:
        q = load(name)
        first, shown = median_time(lambda: page(q, PAGE, 0, lambda paged: run(store.db, paged, values)))
        seconds, result = median_time(lambda: run(store.db, q, values))
        return {"seconds": seconds, "rows": len(result.rows), "first_page_seconds": first, "first_page_rows": len(shown.rows)}


def _raw(store_dir: str, name: str, values: dict[str, str]) -> dict[str, Any]:
    """The same query texts on the engine alone: the first page's (its first window) and the whole's."""
    import pyoxigraph as ox

    from unhrkg.query import load, with_values
    from unhrkg.query.text import page_text

    db, q = ox.Store.read_only(store_dir), load(name)
    whole, paged = with_values(q, values), page_text(with_values(q, values), PAGE, 0)
    first, shown = median_time(lambda: consume(db.query(paged, use_default_graph_as_union=True)))
    seconds, rows = median_time(lambda: consume(db.query(whole, use_default_graph_as_union=True)))
    return {"seconds": seconds, "rows": len(rows), "first_page_seconds": first, "first_page_rows": min(len(shown), PAGE)}


def _viz(store_dir: str, raw: bool) -> dict[str, Any]:
    import pyoxigraph as ox

    if raw:
        db, texts = ox.Store.read_only(store_dir), view_queries() or ()
        seconds, rows = timed(lambda: [consume(db.query(t, use_default_graph_as_union=True)) for t in texts])
        return {"seconds": seconds, "rows": sum(len(r) for r in rows)}
    from unhrkg.store import Store
    from unhrkg.viz import to_networkx

    with Store(store_dir, read_only=True) as store:
        seconds, graph = timed(lambda: to_networkx(store, view="stance"))
        return {"seconds": seconds, "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()}


def probe(args: dict[str, Any]) -> dict[str, Any]:
    kind, store = args["kind"], args["store"]
    if kind.startswith("viz-"):
        return _viz(store, raw=kind == "viz-raw")
    return (_ours if kind == "ours" else _raw)(store, args["query"], args.get("values", {}))


def in_process(args: dict[str, Any], timeout: float) -> dict[str, Any]:
    """Run a probe in a fresh process; {"timeout": seconds} if it did not finish in time.

    A timeout of 0 or less runs it here instead, without a limit (small runs, tests)."""
    if timeout <= 0:
        return probe(args)
    try:
        done = subprocess.run([sys.executable, "-m", "unhrkg.bench.probe", json.dumps(args)], capture_output=True,
                              text=True, timeout=timeout, check=True, preexec_fn=_limit_memory)
    except subprocess.TimeoutExpired:
        return {"timeout": timeout}
    except subprocess.CalledProcessError as exc:
        if "memory allocation" in (exc.stderr or "") or "MemoryError" in (exc.stderr or ""):
            return {"error": f"out of memory (over {MEMORY_LIMIT // 2**30} GB)"}
        lines = (exc.stderr or "").strip().splitlines()
        return {"error": lines[-1][:160] if lines else f"exit status {exc.returncode}"}
    return json.loads(done.stdout)


MEMORY_LIMIT = 6 * 2**30  # bytes of address space for one probe: a query exploding past it fails, not the machine


def _limit_memory() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


if __name__ == "__main__":  # pragma: no cover
    print(json.dumps(probe(json.loads(sys.argv[1]))))


def queries(kind: str, store_dir: str, params: dict[str, str], timeout: float,
            skip: Iterable[str] = ()) -> dict[str, dict[str, Any]]:
    """Every named query, each timed in its own process, with the parameter values we have for it
    (queries in ``skip``, which did not finish on the same data through our pipeline, are not run)."""
    from unhrkg.bench.common import query_values
    from unhrkg.query import library

    out: dict[str, dict[str, Any]] = {}
    for name, q in library().items():
        if name in skip:
            out[name] = {"timeout": timeout, "skipped": "did not finish through our pipeline either"}
            continue
        out[name] = in_process({"kind": kind, "store": store_dir, "query": name, "values": query_values(q, params)},
                               timeout)
    return out

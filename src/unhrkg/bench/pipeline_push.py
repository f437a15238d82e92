"""The push stage, timed: ``unhrkg push`` of the built store to a real Oxigraph server and a real
Virtuoso (a first push to an empty server, then a push again, which replaces every graph),
beside each server's own bulk load of the N-Quads export of the same store, in the same run:
``oxigraph load`` (offline) and a POST of the whole file to ``/store?no_transaction``; for
Virtuoso its bulk loader (``ld_dir`` + ``rdf_loader_run`` + ``checkpoint``, the server local).
Virtuoso is also pushed to by ``push --method bulk`` (first and again, on a server of its own),
which goes through that same loader a file of whole graphs at a time.

    python -m unhrkg.bench.pipeline_push --store DIR --nquads FILE [--work DIR] [--servers oxigraph,virtuoso]

``python -m unhrkg.bench --push`` runs it after our pipeline. Each server starts empty, in a
folder of its own, and is stopped by its process id.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import urllib.request
from dataclasses import asdict
from pathlib import Path
from typing import Any

from unhrkg.bench import servers
from unhrkg.bench.common import timed
from unhrkg.errors import EndpointError
from unhrkg.model.namespaces import BASE, GRAPH_BASE

SERVERS = ("oxigraph", "virtuoso")
PUSHES = ("first", "again", "first_bulk", "again_bulk")  # the last two: Virtuoso only (push --method bulk)


def nquads_size(path: Path) -> tuple[int, int]:
    """(graphs, quads) of an N-Quads file with one graph per line's last term (as we export it)."""
    graphs: set[bytes] = set()
    quads = 0
    with path.open("rb") as lines:
        for line in lines:
            quads += 1
            graphs.add(line[line.rfind(b" <", 0, len(line) - 3):])
    return len(graphs), quads


REQUEST_TIMEOUT = 300  # seconds a push waits for one answer: a server that takes longer has stopped (Virtuoso's locks)


def _rates(seconds: float, graphs: int, triples: int) -> dict[str, Any]:
    return {"seconds": round(seconds, 3), "graphs": graphs, "triples": triples,
            "graphs_per_s": round(graphs / seconds, 1) if seconds else None,
            "triples_per_s": round(triples / seconds) if seconds else None}


def virtuoso_memory(nquads: Path) -> servers.VirtuosoMemory:
    """A Virtuoso's memory for loading this file: four times its size (the database it makes is a
    third of it), at least 512 MB, at most a quarter of the memory available."""
    return servers.virtuoso_memory(max(512 * 2**20, 4 * nquads.stat().st_size))


def _start(kind: str, folder: Path, nquads: Path) -> servers.Server:
    if kind == "oxigraph":
        return servers.start_oxigraph(folder)
    return servers.start_virtuoso(folder, virtuoso_memory(nquads))


def _pushes(kind: str, store_dir: Path, folder: Path, nquads: Path, method: str = "auto") -> dict[str, Any]:
    """A first push to an empty server and a push again (``bulk``: by Virtuoso's bulk loader, its
    folder ``load``), each with its report's figures."""
    from unhrkg.remote import Endpoint
    from unhrkg.remote.bulk import BulkLoad, push_bulk
    from unhrkg.remote.push import push
    from unhrkg.store import Store

    server = _start(kind, folder, nquads)
    figures: dict[str, Any] = {}
    try:
        with Store(store_dir, read_only=True) as store:
            for name in ("first", "again"):
                endpoint = Endpoint(server.url, timeout=REQUEST_TIMEOUT)
                try:
                    report = (push_bulk(store, endpoint, BulkLoad(server.isql, server.load_dir)) if method == "bulk"
                              else push(store, endpoint, method))
                except EndpointError as exc:  # a server that stops answering: said in the table, the run goes on
                    figures[name] = {"error": str(exc)}
                    break
                figures[name] = {**_rates(report.seconds, report.graphs, report.triples), "method": report.method,
                                 "requests": report.requests, "warnings": report.warnings}
        figures["triples_there"] = _count(server.url) if "error" not in figures.get("first", {}) else None
    finally:
        server.stop()
    return figures


def _count(url: str) -> int:
    """Triples in the project's graphs on the server (the push marker's included)."""
    from unhrkg.remote import Endpoint, select

    text = f'SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER (STRSTARTS(STR(?g), "{BASE}")) }}'
    return int(str(select(Endpoint(url, timeout=3600), "count", text).rows[0]["n"]))


def remote_first_pages(url: str, params: dict[str, str]) -> dict[str, dict[str, Any]]:
    """Each named query's first page (100 rows, as ``unhrkg query --endpoint`` asks for it) on a
    server holding the same quads, timed (median after a warm-up); a query the server refuses or
    does not answer in ``REMOTE_QUERY_TIMEOUT`` seconds is reported with its error."""
    from unhrkg.bench.common import median_time, query_values
    from unhrkg.errors import UnhrkgError
    from unhrkg.query import library
    from unhrkg.query.page import page
    from unhrkg.remote import Endpoint, query

    endpoint, out = Endpoint(url, timeout=REMOTE_QUERY_TIMEOUT), {}
    for name, q in library().items():
        values = query_values(q, params)
        try:
            seconds, shown = median_time(lambda: page(q, 100, 0, lambda pq: query(endpoint, pq, values)))
            out[name] = {"first_page_seconds": round(seconds, 4), "first_page_rows": len(shown.rows)}
        except UnhrkgError as exc:
            out[name] = {"error": str(exc)[:200]}
    return out


REMOTE_QUERY_TIMEOUT = 60


def _oxigraph_bulk(nquads: Path, folder: Path, graphs: int, triples: int,
                   params: dict[str, str] | None = None) -> dict[str, Any]:
    """``oxigraph load`` into a new folder, and the whole file posted to a new server's bulk path."""
    program = servers.program("oxigraph", "pip install oxigraph")
    folder.mkdir(parents=True, exist_ok=True)  # oxigraph load makes the store folder, not its parents
    seconds, _ = timed(lambda: subprocess.run([program, "load", "--location", str(folder / "load"), "--file",
                                               str(nquads)], check=True, capture_output=True))
    out = {"load": _rates(seconds, graphs, triples)}
    server = servers.start_oxigraph(folder / "post")
    try:
        request = urllib.request.Request(server.url.replace("/query", "/store?no_transaction"), method="POST",
                                         data=nquads.read_bytes(), headers={"Content-Type": "application/n-quads"})
        seconds, _ = timed(lambda: urllib.request.urlopen(request, timeout=7200).read())
        out["post"] = {**_rates(seconds, graphs, triples), "triples_there": _count(server.url)}
        if params is not None:  # the named queries on the server the same quads fill
            out["queries"] = remote_first_pages(server.url, params)
    finally:
        server.stop()
    return out


def _virtuoso_bulk(nquads: Path, folder: Path, graphs: int, triples: int,
                   params: dict[str, str] | None = None) -> dict[str, Any]:
    """Virtuoso's bulk loader on a new server, the file in a folder it may read."""
    server = servers.start_virtuoso(folder, virtuoso_memory(nquads))
    try:
        shutil.copy(nquads, folder / "all.nq")
        statements = (f"ld_dir('{folder.resolve()}', 'all.nq', '{GRAPH_BASE}default')", "rdf_loader_run()", "checkpoint")
        seconds, _ = timed(lambda: server.isql.run(*statements, timeout=7200))
        out: dict[str, Any] = {"ld_dir": {**_rates(seconds, graphs, triples), "triples_there": _count(server.url)}}
        if params is not None:
            out["queries"] = remote_first_pages(server.url, params)
        return out
    finally:
        server.stop()


def run(store: str, nquads: str, work: str, kinds: tuple[str, ...] = SERVERS, params: dict[str, str] | None = None,
        bulk_only: bool = False) -> dict[str, Any]:
    """Push to each server and bulk-load the same N-Quads there, then time the named queries there
    (with ``params``); every figure, with the ratios. ``bulk_only``: the bulk loads and queries alone."""
    root, path = Path(work).resolve() / "push", Path(nquads).resolve()
    shutil.rmtree(root, ignore_errors=True)
    graphs, triples = nquads_size(path)
    figures: dict[str, Any] = {"nquads": {"path": str(path), "graphs": graphs, "triples": triples}}
    for kind in kinds:
        pushed = {} if bulk_only else _pushes(kind, Path(store), root / kind / "server", path)
        if kind == "virtuoso" and not bulk_only:  # and by its bulk loader, on a server of its own
            by_loader = _pushes(kind, Path(store), root / kind / "bulk-push", path, "bulk")
            pushed.update({f"{name}_bulk": by_loader[name] for name in ("first", "again")},
                          triples_there_bulk=by_loader["triples_there"])
        bulk = (_oxigraph_bulk if kind == "oxigraph" else _virtuoso_bulk)(path, root / kind / "bulk", graphs, triples,
                                                                           params)
        if "queries" in bulk:
            pushed["queries"] = bulk.pop("queries")
        fastest = min(b["seconds"] for b in bulk.values())
        pushed["bulk"] = bulk
        pushed["x_bulk"] = {name: round(pushed[name]["seconds"] / fastest, 2) for name in PUSHES
                            if "seconds" in pushed.get(name, {})}
        if kind == "virtuoso":  # its virtuoso.ini's memory, for every server of this run
            pushed["memory"] = asdict(virtuoso_memory(path))
        figures[kind] = pushed
        shutil.rmtree(root / kind, ignore_errors=True)  # the next server gets the disk's cache to itself
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m unhrkg.bench.pipeline_push", description=__doc__.splitlines()[0])
    parser.add_argument("--store", required=True, help="the store folder to push")
    parser.add_argument("--nquads", required=True, help="its N-Quads export (unhrkg export -o FILE.nq)")
    parser.add_argument("--work", default="push-bench", help="folder for the servers (emptied first)")
    parser.add_argument("--servers", default=",".join(SERVERS), help="oxigraph,virtuoso (default both)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--params", type=Path, help="a JSON file of parameter values (the bench's, e.g. its "
                        "ours-args.json): also time each named query's first page on the servers")
    parser.add_argument("--bulk-only", action="store_true", help="only the servers' own bulk loads (and the queries)")
    args = parser.parse_args(argv)
    params = json.loads(args.params.read_text(encoding="utf-8")).get("params") if args.params else None
    figures = run(args.store, args.nquads, args.work, tuple(args.servers.split(",")), params, args.bulk_only)
    from unhrkg.bench.table import push_table

    print(push_table(figures))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1, sort_keys=True), encoding="utf-8")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())

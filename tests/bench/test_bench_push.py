"""The benchmark's push stage on a small store, as a smoke test: both real servers, the push
twice (and to Virtuoso twice more by its bulk loader) and each server's own bulk load of the
same N-Quads, every figure there and the counts right. No timing is asserted."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers.stores import build_extended_store
from unhrkg.bench import pipeline_push, servers
from unhrkg.bench.table import push_table
from unhrkg.export import export
from unhrkg.store import Store

pytestmark = pytest.mark.server


def test_the_push_stage_runs_on_both_servers(tmp_path: Path, corpus_store: Store) -> None:
    (tmp_path / "small").mkdir()
    with build_extended_store(tmp_path / "small", corpus_store) as store:
        nquads, graphs, triples = export(store, tmp_path / "all.nq"), len(store.named_graphs()), len(store)
    params = {"state": "PRK", "resolution": "CHR 2004/13", "session": "CHR 60", "item": "9", "sponsor": "EU",
              "stance": "rejects"}
    figures = pipeline_push.run(str(tmp_path / "small" / "db"), str(nquads), str(tmp_path / "work"), params=params)
    assert figures["nquads"] == {"path": str(nquads.resolve()), "graphs": graphs, "triples": triples}
    for kind, bulks in (("oxigraph", {"load", "post"}), ("virtuoso", {"ld_dir"})):
        pushed = figures[kind]
        assert pushed["triples_there"] == triples + 4  # and the push marker's four
        names = ("first", "again") + (("first_bulk", "again_bulk") if kind == "virtuoso" else ())
        assert set(pushed["x_bulk"]) == set(names)
        for name in names:
            assert (pushed[name]["graphs"], pushed[name]["triples"], pushed[name]["warnings"]) == (graphs, triples, [])
            assert pushed[name]["seconds"] > 0 and pushed["x_bulk"][name] > 0
        assert set(pushed["bulk"]) == bulks
        assert all(b.get("triples_there", triples) == triples and b["seconds"] > 0 for b in pushed["bulk"].values())
    assert figures["virtuoso"]["triples_there_bulk"] == triples + 4 and figures["virtuoso"]["first_bulk"]["method"] == "bulk"
    assert figures["virtuoso"]["memory"]["buffers"] == servers.virtuoso_memory(512 * 2**20).buffers  # a small file's
    from unhrkg.bench.common import query_values
    from unhrkg.query import library, load, run
    from unhrkg.query.page import page

    with Store(tmp_path / "small" / "db", read_only=True) as store:  # each server gives the local first page's rows
        local = {n: len(page(load(n), 100, 0, lambda pq: run(store.db, pq, query_values(q, params))).rows)
                 for n, q in library().items()}
    for kind in ("oxigraph", "virtuoso"):
        assert {n: q.get("first_page_rows") for n, q in figures[kind]["queries"].items()} == local, kind
    table = push_table(figures)
    assert "ld_dir + rdf_loader_run" in table and "push again (replaces)" in table
    assert "push --method bulk (empty server)" in table and "named queries on the servers" in table
    assert table.count("\n") == 11 + 4 + len(library())  # a blank line, its title, head and rule, a row each


def test_a_push_that_did_not_finish_is_said_in_the_table() -> None:
    from unhrkg.bench.table import push_table

    figures = {"nquads": {"graphs": 3, "triples": 30},
               "virtuoso": {"first": {"error": "cannot reach http://127.0.0.1:1/sparql-graph-crud: timed out"},
                            "bulk": {"ld_dir": {"seconds": 1.0, "graphs_per_s": 3.0, "triples_per_s": 30}},
                            "x_bulk": {}}}
    table = push_table(figures)
    assert "push (empty server): did not finish (cannot reach" in table and "ld_dir + rdf_loader_run" in table
    assert push_table({"error": "the push stage failed (exit 1)"}) == "push: the push stage failed (exit 1)"


def test_a_virtuoso_gets_memory_sized_from_the_machines(tmp_path: Path) -> None:
    quarter = servers.available_memory() // servers.MEMORY_SHARE
    if quarter >= 2 * 2**30:  # as Virtuoso's sample virtuoso.ini sizes 2 GB: 170,000 buffers, 130,000 dirty
        assert servers.virtuoso_memory(2 * 2**30) == servers.VirtuosoMemory(174_762, 131_071, 256)
    capped = servers.virtuoso_memory(2**50).buffers  # never more than a quarter of the memory available (it moves)
    assert 0.9 < capped / (quarter * 2 // 3 // servers.PAGE) < 1.1
    (tmp_path / "tiny.nq").write_text("<http://example.org/s> <http://example.org/p> 1 <http://example.org/g> .\n")
    small = pipeline_push.virtuoso_memory(tmp_path / "tiny.nq")  # the bench's: from the file's size, 512 MB at least
    assert small == servers.virtuoso_memory(512 * 2**20)
    server = servers.start_virtuoso(tmp_path / "v", small)
    try:
        status = server.isql.run("status('')")
    finally:
        server.stop()
    buffers = int(re.search(r"(\d+) buffers", status).group(1))  # type: ignore[union-attr]
    assert small.buffers * 0.99 <= buffers <= small.buffers

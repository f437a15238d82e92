"""The benchmark's targets: each says met, or missed by how much, from the figures of one run.

The figures here are written out (a run's JSON, cut to what the targets read), so each line's
verdict can be checked without running the benchmark.
"""
from __future__ import annotations

from typing import Any

from unhrkg.bench.table import targets_table
from unhrkg.bench.targets import targets


def run(docs: int = 10_000, build: float = 41.0, pages: tuple[float, float] = (0.05, 0.09),
        push: dict[str, Any] | None = None) -> dict[str, Any]:
    """The figures of a run: our build, the raw floor (5 + 4 + 4 s), two queries' first pages (CLI, serve)."""
    return {"ours": {"docs": docs, "build_seconds": build, "add_one": {"seconds": 0.3}},
            "raw": {"stages": {"load": 5.0, "export:ttl": 4.0, "export:trig": 4.0}},
            "rdflib": {"docs": 300}, "ratios": {"end_to_end_x_rdflib": 13.7}, "memory_mb": {"ours": 2560.0},
            "queries": [{"query": "documents", "first_page_seconds": pages[0], "serve_first_page_seconds": pages[1]},
                        {"query": "positions", "first_page_seconds": 0.02, "serve_first_page_seconds": None},
                        {"query": "viz: stance view", "first_page_seconds": 9.0}],
            "push": push}


def by_name(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {t["target"]: t for t in targets(result)}


def test_each_target_of_scale_says_met_or_missed_by_how_much() -> None:
    got = by_name(run())
    build = got["build <= 2.5x the raw engine's floor"]
    assert (build["measured"], build["met"], build["status"]) == (3.15, False, "MISSED by 0.65x (26% over)")
    assert build["note"].startswith("build 41.0 s; floor 13.0 s (bulk load 5.0 + Turtle 4.0 + TriG 4.0)")
    rdflib = got["end to end >= 20x plain rdflib"]
    assert (rdflib["met"], rdflib["status"]) == (False, "MISSED by 6.30x (32% short)")
    memory = got["peak memory <= 2 GB"]
    assert (memory["met"], memory["status"]) == (False, "MISSED by 512.00 MB (25% over)")
    assert got["add one document <= 1 s"]["met"] and got["add one document <= 1 s"]["status"] == "met"
    assert by_name(run(build=30.0))["build <= 2.5x the raw engine's floor"]["met"]


def test_first_pages_through_the_cli_and_serve_are_projected_to_100000_documents() -> None:
    got = by_name(run())
    cli = got["every named query's first page <= 1 s (CLI)"]
    assert (cli["measured"], cli["met"]) == (0.5, True)  # 0.05 s at 10,000 documents, ten times that
    assert cli["note"] == "the slowest: documents (0.050 s at 10,000 documents, projected linearly)"
    serve = got["every named query's first page <= 1 s (serve, over HTTP)"]
    assert (serve["measured"], serve["status"]) == (0.9, "MISSED: 1 of 2 queries gave no first page")
    assert serve["note"].endswith("; no first page from positions")
    measured = by_name(run(docs=100_000, pages=(1.25, 0.5)))["every named query's first page <= 1 s (CLI)"]
    assert (measured["measured"], measured["status"], measured["note"]) == (1.25, "MISSED by 0.25 s (25% over)",
                                                                            "the slowest: documents")


def test_push_is_a_target_only_when_both_servers_were_measured() -> None:
    assert by_name(run())["push rates beside each server's own bulk load"]["status"].startswith("MISSED: not run")
    both = {k: {"x_bulk": {"first": x, "again": 2 * x}} for k, x in (("oxigraph", 3.8), ("virtuoso", 4.47))}
    pushed = by_name(run(push=both))["push rates beside each server's own bulk load"]
    assert pushed["met"] and pushed["measured"] == "oxigraph 3.8x, virtuoso 4.47x"
    alone = by_name(run(push={"oxigraph": both["oxigraph"]}))["push rates beside each server's own bulk load"]
    assert alone["status"] == "MISSED: no figures from virtuoso"


def test_the_table_says_missed_by_how_much() -> None:
    lines = targets_table({"targets": targets(run())}).splitlines()
    assert "| build <= 2.5x the raw engine's floor | 3.15 | MISSED by 0.65x (26% over) |" in lines[2]
    assert "| add one document <= 1 s | 0.30 | met |" in "\n".join(lines)

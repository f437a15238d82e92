"""The benchmark's figures put together: stages, throughput, ratios, and the targets (see ``targets``).

Ratios are "how many times faster ours is" (the other's seconds over ours). Against plain
rdflib, per-document stages are compared per document: rdflib's time on its subset is scaled
by N/M (linear, which favours rdflib wherever it is superlinear); queries and the viz view
are compared on the same M documents in both, measured, not scaled. Against the raw engine
everything is measured at N on the same data.
"""
from __future__ import annotations

import statistics
from typing import Any

from unhrkg.bench.targets import targets

WORKER_STAGES = ("read+extract", "map", "validate", "serialise")  # core-seconds summed over workers
DOC_STAGES = ("read+extract", "map", "validate", "load", "export:ttl", "export:trig")


def _ratio(other: float | None, ours: float | None) -> float | None:
    return round(other / ours, 2) if other is not None and ours else None


def _stages(ours: dict[str, Any]) -> dict[str, float]:
    s = ours["stages"]
    out = {k: s[f"ingest:{k}"] for k in (*WORKER_STAGES, "load", "compact") if f"ingest:{k}" in s}
    out.update({k: s[k] for k in ("export:ttl", "export:trig") if k in s})
    if "export" in s:
        out["export (wall, both at once)"] = s["export"]
    out["validate (store)"] = s.get("validate", 0.0)
    out["ingest (wall)"], out["build (wall)"] = s.get("ingest:wall", 0.0), ours["build_seconds"]
    return out


def stage_rows(ours: dict[str, Any], rdflib: dict[str, Any], raw: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per stage: seconds, docs/s, triples/s, and the ratios to rdflib and raw."""
    n, m, triples = ours["docs"], rdflib["docs"], ours["triples"]
    scale = n / m if m else None
    rows = []
    for stage, seconds in _stages(ours).items():
        other = rdflib["stages"].get(stage) if stage in DOC_STAGES else (
            rdflib["build_seconds"] if stage == "build (wall)" else None)
        scaled = other * scale if other is not None and scale else None
        floor = raw["stages"].get(stage)
        rows.append({"stage": stage, "seconds": round(seconds, 3),
                     "clock": "core" if stage in WORKER_STAGES else "wall",
                     "docs_per_s": round(n / seconds, 1) if seconds else None,
                     "triples_per_s": round(triples / seconds) if seconds else None,
                     "rdflib_seconds_scaled": round(scaled, 3) if scaled is not None else None,
                     "x_rdflib": _ratio(scaled, seconds), "raw_seconds": floor, "x_raw": _ratio(floor, seconds)})
    return rows


def _why(r: dict[str, Any]) -> str:
    if "skipped" in r:
        return "not run (did not finish through ours)"
    return f"timeout {r['timeout']:g} s" if "timeout" in r else str(r["error"])


def _note(**runs: dict[str, Any]) -> str:
    """Which runs did not finish, and why ("raw: timeout 300 s", "rdflib: error ...")."""
    notes = [f"{who}: {_why(r)}" for who, r in runs.items() if {"timeout", "error", "skipped"} & r.keys()]
    return "; ".join(notes)[:200]


def _row(name: str, ours: dict[str, Any], raw: dict[str, Any], small: dict[str, Any], lib: dict[str, Any],
         count: str = "rows") -> dict[str, Any]:
    return {"query": name, "seconds": ours.get("seconds"), "rows": ours.get(count),
            "first_page_seconds": ours.get("first_page_seconds"), "first_page_rows": ours.get("first_page_rows"),
            "serve_first_page_seconds": ours.get("serve_first_page_seconds"),
            "serve_first_page_rows": ours.get("serve_first_page_rows"),
            "raw_first_page_seconds": raw.get("first_page_seconds"),
            "raw_seconds": raw.get("seconds"), "raw_rows": raw.get("rows"),
            "x_raw": _ratio(raw.get("seconds"), ours.get("seconds")),
            "subset_seconds": small.get("seconds"), "subset_rows": small.get(count),
            "rdflib_seconds": lib.get("seconds"), "rdflib_rows": lib.get(count),
            "x_rdflib": _ratio(lib.get("seconds"), small.get("seconds")),
            "note": "; ".join(filter(None, (_note(ours=ours, raw=raw, ours_subset=small, rdflib=lib),
                                            ours.get("serve_error") and f"serve: {ours['serve_error']}")))}


def query_rows(ours: dict[str, Any], rdflib: dict[str, Any], raw: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per named query (and the viz view): ours and raw at N, ours and rdflib at M."""
    subset = ours.get("queries_subset", ours["queries"])
    rows = [_row(name, q, raw["queries"].get(name, {}), subset.get(name, {}), rdflib["queries"].get(name, {}))
            for name, q in ours["queries"].items()]
    if "skipped" not in ours.get("viz", {"skipped": ""}):
        rows.append(_row("viz: stance view", ours["viz"], raw.get("viz", {"skipped": True}),
                         ours.get("viz_subset", ours["viz"]), rdflib.get("viz", {}), count="edges"))
    return rows


def memory_mb(figures: dict[str, Any], workers: int = 0) -> float:
    """Peak RSS: the process, plus its largest worker once per worker (they run together)."""
    peak = figures["peak_rss_mb"]
    return round(peak["self"] + max(workers, 1 if peak["largest_child"] else 0) * peak["largest_child"], 1)


def combine(meta: dict[str, Any], ours: dict[str, Any], rdflib: dict[str, Any], raw: dict[str, Any],
            push: dict[str, Any] | None = None) -> dict[str, Any]:
    """Every figure of one run, ratios and targets included (what --json writes)."""
    stages, queries = stage_rows(ours, rdflib, raw), query_rows(ours, rdflib, raw)
    named = [q for q in queries if not q["query"].startswith("viz")]
    over_raw = [q["seconds"] / q["raw_seconds"] for q in named if q["raw_seconds"] and q["seconds"]]
    x_lib = [q["x_rdflib"] for q in named if q["x_rdflib"]]
    build = next(r for r in stages if r["stage"] == "build (wall)")
    result = {"meta": meta, "ours": ours, "rdflib": rdflib, "raw": raw, "stages": stages, "queries": queries,
              "ratios": {"end_to_end_x_rdflib": build["x_rdflib"],
                         "queries_median_ours_over_raw": round(statistics.median(over_raw), 2) if over_raw else None,
                         "queries_median_x_rdflib": round(statistics.median(x_lib), 1) if x_lib else None,
                         "per_stage_x_rdflib": {r["stage"]: r["x_rdflib"] for r in stages if r["x_rdflib"]},
                         "per_stage_x_raw": {r["stage"]: r["x_raw"] for r in stages if r["x_raw"]},
                         "per_query_x_raw": {q["query"]: q["x_raw"] for q in queries},
                         "per_query_x_rdflib": {q["query"]: q["x_rdflib"] for q in queries}},
              "memory_mb": {"ours": memory_mb(ours, ours.get("workers", 0)), "rdflib": memory_mb(rdflib),
                            "raw": memory_mb(raw)}, "push": push}
    result["targets"] = targets(result)
    return result

"""The benchmark's figures as the plain-text (Markdown) tables it prints and the README carries."""
from __future__ import annotations

from typing import Any


def _num(value: Any, digits: int = 2) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:,.{digits}f}" if abs(value) < 1000 else f"{value:,.0f}"
    return f"{value:,}" if isinstance(value, int) else str(value)


def _table(headers: list[str], rows: list[list[Any]]) -> str:
    cells = [[_num(c) for c in row] for row in rows]
    out = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" if i == 0 else "---:" for i in range(len(headers))) + "|"]
    out += ["| " + " | ".join(row) + " |" for row in cells]
    return "\n".join(out)


def stages_table(result: dict[str, Any]) -> str:
    ours, lib = result["ours"], result["rdflib"]
    headers = ["stage", f"ours, {ours['docs']:,} docs (s)", "docs/s", "triples/s",
               f"plain rdflib (s, {lib['docs']:,} docs x{ours['docs'] / max(lib['docs'], 1):g})", "x rdflib",
               "raw pyoxigraph (s)", "x raw"]
    rows = [[(r["stage"] + (" *" if r["clock"] == "core" else "")), r["seconds"], r["docs_per_s"], r["triples_per_s"],
             r["rdflib_seconds_scaled"], r["x_rdflib"], r["raw_seconds"], r["x_raw"]] for r in result["stages"]]
    return _table(headers, rows)


def queries_table(result: dict[str, Any]) -> str:
    ours, lib = result["ours"], result["rdflib"]
    headers = ["query", f"first page {ours['docs']:,} (ms)", "via serve (ms)", "raw (ms)", f"whole {ours['docs']:,} (ms)",
               "rows", "raw (ms)", "ours/raw", f"ours {lib['docs']:,} (ms)", "rows", f"rdflib {lib['docs']:,} (ms)",
               "rows", "x rdflib", "note"]
    rows = []
    for q in result["queries"]:
        ms = [None if q.get(k) is None else q[k] * 1000 for k in (
            "first_page_seconds", "serve_first_page_seconds", "raw_first_page_seconds", "seconds", "raw_seconds",
            "subset_seconds", "rdflib_seconds")]
        rows.append([q["query"], ms[0], ms[1], ms[2], ms[3], q["rows"], ms[4],
                     round(ms[3] / ms[4], 2) if ms[3] and ms[4] else None,
                     ms[5], q["subset_rows"], ms[6], q["rdflib_rows"], q["x_rdflib"], q["note"]])
    return _table(headers, rows)


def targets_table(result: dict[str, Any]) -> str:
    rows = [[t["target"], t["measured"], t["status"], t["note"]] for t in result["targets"]]
    return _table(["target", "measured", "", "note"], rows)


_PUSHES = {"first": "push (empty server)", "again": "push again (replaces)",
           "first_bulk": "push --method bulk (empty server)", "again_bulk": "push --method bulk again"}
_BULK = {"load": "oxigraph load (offline)", "post": "POST /store?no_transaction", "ld_dir": "ld_dir + rdf_loader_run"}


def push_table(push: dict[str, Any]) -> str:
    """Push rates to each server beside the server's own bulk load of the same N-Quads."""
    rows = []
    for kind in ("oxigraph", "virtuoso"):
        if kind not in push:
            continue
        p = push[kind]
        for name, label in _PUSHES.items():
            if "error" in p.get(name, {}):
                rows.append([kind, f"{label}: did not finish ({p[name]['error'][:80]})", None, None, None, None])
            elif name in p:
                rows.append([kind, label, p[name]["seconds"], p[name]["graphs_per_s"], p[name]["triples_per_s"],
                             p["x_bulk"][name]])
        rows += [[kind, _BULK[name], b["seconds"], b["graphs_per_s"], b["triples_per_s"], None]
                 for name, b in p["bulk"].items()]
    if "error" in push:
        return f"push: {push['error']}"
    nq = push["nquads"]
    head = f"push: {nq['graphs']:,} graphs, {nq['triples']:,} quads in the N-Quads the servers bulk-load\n"
    table = head + _table(["server", "how", "seconds", "graphs/s", "triples/s", "x its fastest bulk load"], rows)
    return table + remote_queries_table(push)


def remote_queries_table(push: dict[str, Any], local: dict[str, float] | None = None) -> str:
    """Each named query's first page on each server the same quads fill (beside the local one, if given)."""
    kinds = [k for k in ("oxigraph", "virtuoso") if "queries" in push.get(k, {})]
    if not kinds:
        return ""
    names = sorted({n for k in kinds for n in push[k]["queries"]})

    def cell(kind: str, name: str) -> Any:
        q = push[kind]["queries"].get(name, {})
        return q.get("first_page_seconds", f"error: {q.get('error', '-')[:40]}")

    rows = [[name, *([local.get(name)] if local else []), *(cell(k, name) for k in kinds)] for name in names]
    head = ["query (first page, s)", *(["local"] if local else []), *(f"{k} server" for k in kinds)]
    return "\n\nnamed queries on the servers (the same quads, loaded by their bulk loads)\n" + _table(head, rows)


def summary(result: dict[str, Any]) -> str:
    """Everything printed at the end of a run."""
    meta, ours, mem = result["meta"], result["ours"], result["memory_mb"]
    head = (f"unhrkg benchmark: {ours['docs']:,} synthetic documents (seed {meta['seed']}), {ours['triples']:,} quads, "
            f"{meta['cores']} cores, {ours.get('workers', 0)} workers; plain rdflib on the first {result['rdflib']['docs']:,}\n"
            f"python {meta['python']}, pyoxigraph {meta['pyoxigraph']}, rdflib {meta['rdflib']}, pyshacl {meta['pyshacl']}")
    notes = ("* core-seconds summed over the worker processes (these stages run in parallel); other rows are wall-clock.\n"
             "rdflib stage times are measured on its subset and scaled by N/M; query times are compared on the same "
             "M documents (not scaled).")
    memory = (f"peak RSS (MB): ours {mem['ours']:,} (main process + workers), plain rdflib {mem['rdflib']:,} "
              f"(at {result['rdflib']['docs']:,} docs), raw {mem['raw']:,}; add one document: "
              f"{ours['add_one']['seconds']:.3f} s ({ours['add_one']['status']})")
    parts = [head, stages_table(result), notes, queries_table(result), memory, targets_table(result)]
    return "\n\n".join(parts + ([push_table(result["push"])] if result.get("push") else []))

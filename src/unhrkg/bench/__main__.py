"""The benchmark: ``python -m unhrkg.bench --docs N [--json FILE]``.

Generates (or reuses) a synthetic corpus of N documents, then runs, one after the other and
each in its own process: our pipeline (``build`` on the embedded Oxigraph store, every named
query, a viz view, adding one document), the raw engine floor (pyoxigraph bulk-loading the
N-Quads we produced and running the same queries), and the same pipeline on plain rdflib
over the corpus's first M documents; with ``--push``, the push of the store to real servers
beside their own bulk loads. Prints the stage and query tables with ratios and the targets;
``--json`` writes every figure.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from unhrkg.bench import report, synth, table
from unhrkg.bench.common import choose_params, write_json


def corpus_for(docs: int, seed: int, folder: Path) -> tuple[Path, float]:
    """The corpus of ``docs`` documents for this seed: reused if it is there, else written."""
    path = folder / f"corpus-{docs}-seed{seed}"
    manifest = path / synth.MANIFEST
    if manifest.is_file() and sum(1 for _ in manifest.open(encoding="utf-8")) == docs:
        return path, 0.0
    start = time.perf_counter()
    synth.generate(docs, path, seed)
    return path, time.perf_counter() - start


def run_pipeline(name: str, args: dict[str, Any], work: Path, resume: bool = False) -> dict[str, Any]:
    """One pipeline in a fresh process (its own peak memory, the machine to itself); with ``resume``,
    the figures of a stage that finished before with the same arguments are read back instead."""
    args_file, out_file = work / f"{name}-args.json", work / f"{name}.json"
    if resume and out_file.is_file() and args_file.is_file() and \
            json.loads(args_file.read_text(encoding="utf-8")) == json.loads(json.dumps(args)) and \
            out_file.stat().st_mtime >= args_file.stat().st_mtime:
        print(f"[bench] {name}: the figures of {out_file} (same arguments, finished before)", file=sys.stderr, flush=True)
        return json.loads(out_file.read_text(encoding="utf-8"))
    out_file.unlink(missing_ok=True)
    write_json(args_file, args)
    print(f"[bench] {name} ...", file=sys.stderr, flush=True)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "unhrkg.bench.run", name, str(args_file), str(out_file)], check=True)
    print(f"[bench] {name} done in {time.perf_counter() - start:.1f} s", file=sys.stderr, flush=True)
    return json.loads(out_file.read_text(encoding="utf-8"))


def _push_stage(common: dict[str, Any], work: Path, nquads: str, resume: bool) -> dict[str, Any]:
    """The push stage; a failure there is reported with the other figures, not the end of the run."""
    try:
        return run_pipeline("push", dict(common, store=str(work.resolve() / "store"), nquads=nquads), work, resume)
    except subprocess.CalledProcessError as exc:
        return {"error": f"the push stage failed (exit {exc.returncode}; its message is above)"}


def versions() -> dict[str, str]:
    from importlib.metadata import version

    return {name: version(name) for name in ("pyoxigraph", "rdflib", "pyshacl")}


def benchmark(docs: int, subset: int, seed: int, work: Path, timeout: float = 300.0,
              push: bool = False, resume: bool = False) -> dict[str, Any]:
    """Run the three pipelines on one corpus (and the push stage); every figure, ratios and targets included."""
    work.mkdir(parents=True, exist_ok=True)
    corpus, generated = corpus_for(docs, seed, work)
    params = choose_params(synth.read_manifest(corpus)[:subset])
    common = {"corpus": str(corpus.resolve()), "docs": docs, "work": str(work.resolve()), "params": params,
              "seed": seed, "subset": subset, "timeout": timeout}
    ours = run_pipeline("ours", common, work, resume)
    unfinished = [name for name, q in ours["queries"].items() if "seconds" not in q]
    unfinished += ["viz"] if "seconds" not in ours.get("viz", {"seconds": 0}) else []
    raw = run_pipeline("raw", dict(common, nquads=ours["export_nq"]["path"], skip=unfinished), work, resume)
    pushed = _push_stage(common, work, ours["export_nq"]["path"], resume) if push else None
    rdflib = run_pipeline("rdflib", common, work, resume)
    meta = {"docs": docs, "rdflib_docs": subset, "seed": seed, "query_timeout": timeout, "cores": os.cpu_count(), "params": params,
            "python": platform.python_version(), "machine": platform.machine(), "corpus_seconds": generated,
            "date": datetime.now(timezone.utc).isoformat(timespec="seconds"), **versions()}
    return report.combine(meta, ours, rdflib, raw, pushed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m unhrkg.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000, help="documents in the corpus (default 1000)")
    parser.add_argument("--rdflib-docs", type=int, default=None,
                        help="documents plain rdflib runs on (default: all, at most 1000); its per-document times "
                             "are scaled to --docs")
    parser.add_argument("--seed", type=int, default=7, help="seed of the synthetic corpus (default 7)")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "unhrkg-bench",
                        help="folder for the corpus, stores and outputs (default: unhrkg-bench in the temporary "
                             "folder; corpora there are reused)")
    parser.add_argument("--query-timeout", type=float, default=300.0,
                        help="seconds after which a query is stopped and reported as not finished (default 300)")
    parser.add_argument("--json", type=Path, help="also write every figure to this JSON file")
    parser.add_argument("--push", action="store_true",
                        help="also push the store to a real Oxigraph server and Virtuoso, beside their own bulk "
                             "loads of the same N-Quads (needs the oxigraph and virtuoso-t programs)")
    parser.add_argument("--resume", action="store_true",
                        help="read back the figures of the stages a run in the same --work folder finished with the "
                             "same arguments (a long run stopped half-way goes on from where it stopped)")
    args = parser.parse_args(argv)
    subset = min(args.docs, args.rdflib_docs if args.rdflib_docs else 1000)
    result = benchmark(args.docs, subset, args.seed, args.work, args.query_timeout, args.push, args.resume)
    print(table.summary(result))
    if args.json:
        write_json(args.json, result)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())

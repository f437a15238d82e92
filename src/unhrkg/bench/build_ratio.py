"""The build against the engine's floor at one size, in one run, without the queries:

    python -m unhrkg.bench.build_ratio --docs 20000 [--against OLD/src] [--repeat 2]

Builds the synthetic corpus's store as ``python -m unhrkg.bench`` does (``build``: ingest in worker
processes, validation, both exports), writes its N-Quads, and times pyoxigraph alone on those quads
(bulk load, then the Turtle and TriG dumps: the floor the build target is a ratio of). Prints each
build, the floor and their ratio. With ``--against`` another checkout's build runs too, each build in
a process of its own and the two alternating, so that a change's effect on the ratio is read within
one run (runs an hour apart differ by more than most changes do). The other checkout needs only
``unhrkg.store``, ``unhrkg.pipeline.build`` and ``unhrkg.export``, so any earlier commit serves.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from unhrkg.bench.__main__ import corpus_for

# one build, in a process whose unhrkg is the checkout's: argv = corpus, work folder; prints JSON
ONE_BUILD = """
import json, os, shutil, sys, time
from pathlib import Path
from unhrkg.export import export
from unhrkg.pipeline.build import build
from unhrkg.store import Store
corpus, work = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
shutil.rmtree(work, ignore_errors=True)
work.mkdir(parents=True)
os.chdir(corpus)
store = Store(work / "store")
start = time.perf_counter()
report = build(store, Path("."), work / "out", summary=())
seconds = time.perf_counter() - start
export(store, work / "out" / "unhrkg.nq")
print(json.dumps({"build": seconds, "stages": report.seconds, "triples": len(store),
                  "loaded": report.ingest.count("loaded"), "nquads": str(work / "out" / "unhrkg.nq")}))
store.close()
"""


def one_build(src: Path | None, corpus: Path, work: Path) -> dict[str, Any]:
    """Build the corpus with the checkout whose src folder is given (this one's when None)."""
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = str(src.resolve())
    done = subprocess.run([sys.executable, "-c", ONE_BUILD, str(corpus), str(work)], env=env, check=True,
                          capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def floor(nquads: str, work: Path) -> dict[str, float]:
    """pyoxigraph alone on the quads: bulk load, then the same two dumps the build writes."""
    from unhrkg.bench.pipeline_raw import load_and_export

    folder = work / "raw-store"
    shutil.rmtree(folder, ignore_errors=True)
    figures = load_and_export(nquads, folder)
    figures["floor"] = sum(figures.values())
    return figures


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m unhrkg.bench.build_ratio", description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=20000, help="documents in the synthetic corpus (default 20000)")
    ap.add_argument("--seed", type=int, default=7, help="seed of the synthetic corpus (default 7)")
    ap.add_argument("--work", default=str(Path(tempfile.gettempdir()) / "unhrkg-bench"),
                    help="folder for the corpus and stores (default: unhrkg-bench in the temporary folder; corpora are reused)")
    ap.add_argument("--against", type=Path, help="another checkout's src folder, whose build runs alternately with this one's")
    ap.add_argument("--repeat", type=int, default=1, help="builds of each checkout (default 1)")
    args = ap.parse_args(argv)
    if args.against is not None and not (args.against / "unhrkg").is_dir():
        ap.error(f"--against {args.against}: no unhrkg package in that folder (give a checkout's src folder)")
    work = Path(args.work).resolve()
    corpus, _ = corpus_for(args.docs, args.seed, work)
    sides = [("this", None)] + ([("against", args.against)] if args.against is not None else [])
    builds: dict[str, list[float]] = {name: [] for name, _ in sides}
    floors: dict[str, dict[str, float]] = {}
    for round_ in range(args.repeat):
        for name, src in (sides if round_ % 2 == 0 else sides[::-1]):
            print(f"[build_ratio] build {round_ + 1}/{args.repeat} of {name} ({args.docs} documents) ...", file=sys.stderr, flush=True)
            b = one_build(src, corpus, work / f"build-{name}")
            builds[name].append(b["build"])
            print(f"  {name}: build {b['build']:.1f} s, {b['loaded']} loaded, {b['triples']} triples", flush=True)
            if name not in floors:  # (the floor of this checkout's own quads, once)
                floors[name] = floor(b["nquads"], work / f"build-{name}")
                f = floors[name]
                print(f"  {name}: raw floor {f['floor']:.1f} s (bulk load {f['load']:.1f} + Turtle {f['export:ttl']:.1f} "
                      f"+ TriG {f['export:trig']:.1f})", flush=True)
    for name, _ in sides:
        median = statistics.median(builds[name])
        print(f"{name}: build {median:.1f} s (median of {len(builds[name])}) / raw floor {floors[name]['floor']:.1f} s "
              f"= {median / floors[name]['floor']:.2f}")
    if args.against is not None:
        print(f"build this/against: {statistics.median(builds['this']) / statistics.median(builds['against']):.2f}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())

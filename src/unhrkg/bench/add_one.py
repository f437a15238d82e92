"""Adding one document to an existing store, timed the two ways a user does it: ``ingest`` in a
process that holds the store open (the figure the benchmark reports) and the ``unhrkg ingest
FILE`` command, interpreter start-up and imports included.

    python -m unhrkg.bench.add_one --store COPY-OF-A-STORE [--runs 3]

Each run writes a new synthetic document (its symbols numbered apart from any corpus's) and
adds it, so the store grows by one document a run: point it at a copy of the store.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from unhrkg.bench.common import timed

FIRST_OFFSET = 900_000  # symbol numbers of added documents start here, far above a corpus's
LAST_OFFSET = 999_999  # and stay within six digits
STEP = 100  # between documents: the extractor reads a symbol's first four digits only (A/HRC/3/G/9123 of .../912346)


def new_document(folder: Path, seed: int, offset: int = FIRST_OFFSET) -> Path:
    """Write one new document (a letter or note with this seed) under ``folder``; its path."""
    from unhrkg.bench.synth import generate

    shutil.rmtree(folder, ignore_errors=True)
    truth = generate(2, folder, seed, offset=offset)[1]
    return folder / truth.file


def in_process(store_dir: Path, paths: list[Path]) -> list[dict[str, Any]]:
    """Each document ingested in turn into the store opened once in this process: the first
    pays what a process prepares once (the compiled validator, the extractor's patterns).
    CPU seconds beside the wall clock's: on a busy machine, what it cost apart from waiting."""
    from unhrkg.pipeline.ingest import ingest
    from unhrkg.store import Store

    figures = []
    with Store(store_dir) as store:
        for path in paths:
            cpu = time.process_time()
            seconds, report = timed(lambda: ingest(store, [path]))
            figures.append({"seconds": round(seconds, 3), "cpu_seconds": round(time.process_time() - cpu, 3),
                            "status": report.outcomes[0].status,
                            "shared": bool(report.shared)})  # True: the store held its symbol already
    return figures


def command(store_dir: Path, path: Path) -> dict[str, Any]:
    """``python -m unhrkg ingest FILE --store DIR`` in a process of its own, timed from outside."""
    start, cpu = time.perf_counter(), _children_cpu()
    done = subprocess.run([sys.executable, "-m", "unhrkg", "ingest", str(path), "--store", str(store_dir)],
                          capture_output=True, text=True, env=dict(os.environ), check=False)
    return {"seconds": round(time.perf_counter() - start, 3), "cpu_seconds": round(_children_cpu() - cpu, 3),
            "exit": done.returncode,
            "output": (done.stdout.strip().splitlines() or done.stderr.strip().splitlines() or [""])[-1]}


def _children_cpu() -> float:
    """CPU seconds of this process's finished children: on a busy machine, what a run cost apart
    from the time it waited for a core."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(store_dir: Path, runs: int, seed: int, offset: int) -> dict[str, Any]:
    """``runs`` documents in process, then ``runs`` through the command; every document new."""
    with tempfile.TemporaryDirectory(prefix="unhrkg-add-one-") as work:
        paths = [new_document(Path(work) / f"doc{i}", seed, offset + STEP * i) for i in range(2 * runs)]
        return {"store": str(store_dir), "in_process": in_process(store_dir, paths[:runs]),
                "command": [command(store_dir, path) for path in paths[runs:]]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m unhrkg.bench.add_one", description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, required=True, help="the store to add to (it changes: use a copy)")
    parser.add_argument("--runs", type=int, default=3, choices=range(1, 51), metavar="1..50",
                        help="documents added each way (default 3)")
    parser.add_argument("--seed", type=int, default=8, help="the generator's seed (default 8)")
    parser.add_argument("--offset", type=int, default=None,
                        help="first symbol number of the new documents (default: a random one, so reruns add new ones)")
    args = parser.parse_args(argv)
    if not args.store.is_dir():
        parser.error(f"no store at {args.store}")
    offset = args.offset if args.offset is not None else random.randrange(FIRST_OFFSET, LAST_OFFSET - STEP * 2 * args.runs)
    print(json.dumps(run(args.store, args.runs, args.seed, offset), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

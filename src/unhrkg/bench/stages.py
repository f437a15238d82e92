"""Milliseconds per document of each stage a build's workers run: read, extract, map, validate, serialise.

    python -m unhrkg.bench.stages --corpus FOLDER [--docs N] [--against OLD/src] [--repeat 3]
    python -m unhrkg.bench.stages --corpus FOLDER --profile extract [--sort tottime]

Each run is a fresh process on one core; the times are its CPU time. With ``--against``, the same documents go through
another checkout's code too (its ``src`` folder first on the path), the two taking turns,
``--repeat`` times; the table gives each stage's median and the ratio, new over old, from the
same run (a shared machine is too noisy for figures from two runs to compare). With
``--profile STAGE``, the stage runs under cProfile and the hottest functions are printed.
Only interfaces that older checkouts have too are used.
"""
from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

STAGES = ("read", "extract", "map", "validate", "serialise")
WHEN = datetime(2024, 1, 1, tzinfo=UTC)


def _files(corpus: Path, docs: int) -> list[Path]:
    from unhrkg.pipeline.discover import collect

    return collect([corpus])[0][:docs]


def _stages() -> dict[str, Callable[[Any], Any]]:
    """Each stage as a function of the previous stage's output."""
    from unhrkg.extract import extract
    from unhrkg.map.document import map_record
    from unhrkg.model.terms import ntriples
    from unhrkg.read import read_text
    from unhrkg.validate import Validator

    try:
        from unhrkg.map.reference import reference_graph
    except ImportError:  # a checkout from before the mapping was split into modules
        from unhrkg.map.document import reference_graph  # type: ignore[attr-defined,no-redef]

    validator = Validator(reference_graph())
    return {
        "read": read_text,
        "extract": lambda text: (text, extract(text)),
        "map": lambda pair: map_record(pair[1], pair[0].sha256, pair[0].path, WHEN, prefixes=False),
        "validate": lambda mapped: (mapped, validator.validate(mapped.triples, source=str(mapped.graph_iri))),
        "serialise": lambda pair: (ntriples(pair[0].own()), ntriples(pair[0].entities())),
    }


def measure(corpus: Path, docs: int) -> dict[str, float]:
    """Milliseconds per document of each stage, over the corpus's first ``docs`` files (after a warm-up file)."""
    files = _files(corpus, docs)
    stages = _stages()
    spent = dict.fromkeys(STAGES, 0.0)
    for index, path in enumerate([files[0]] + files):
        value: Any = path
        for stage in STAGES:
            start = time.process_time()  # CPU time: what other processes on a shared machine take is not counted
            value = stages[stage](value)
            if index:  # the first file is the warm-up: lexicons and tables load there
                spent[stage] += time.process_time() - start
    return {stage: 1000 * seconds / len(files) for stage, seconds in spent.items()}


def profile(corpus: Path, docs: int, stage: str, sort: str, top: int) -> None:
    """Run every stage over the files, ``stage`` under cProfile, and print its hottest functions."""
    files = _files(corpus, docs)
    stages = _stages()
    profiler = cProfile.Profile()
    for path in [files[0]] + files:
        value: Any = path
        for name in STAGES:
            if name == stage and path is not files[0]:
                value = profiler.runcall(stages[name], value)
            else:
                value = stages[name](value)
    pstats.Stats(profiler).sort_stats(sort).print_stats(top)


def _run_one(src: Path, corpus: Path, docs: int) -> dict[str, float]:
    """``measure`` in a fresh process with ``src`` first on the path."""
    env = dict(os.environ, PYTHONPATH=str(src))
    args = ["--corpus", str(corpus), "--docs", str(docs), "--json"]
    # run_path, not `python FILE`: that would put this file's folder first on the path
    code = f"import runpy, sys; sys.argv = {[__file__] + args!r}; runpy.run_path({__file__!r}, run_name='__main__')"
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"the run with {src} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout)


def compare(old: Path, new: Path, corpus: Path, docs: int, repeat: int) -> str:
    """The stages' medians for both checkouts, taking turns, and new / old per stage."""
    runs: dict[str, list[dict[str, float]]] = {"old": [], "new": []}
    for round_ in range(repeat):
        order = [("old", old), ("new", new)] if round_ % 2 == 0 else [("new", new), ("old", old)]
        for label, src in order:
            runs[label].append(_run_one(src, corpus, docs))
            print(f"[stages] round {round_ + 1} {label}: " + json.dumps(runs[label][-1]), file=sys.stderr, flush=True)
    lines = [f"{'stage':<10} {'old ms/doc':>11} {'new ms/doc':>11} {'new/old':>8}"]
    for stage in STAGES + ("total",):
        pick = (lambda r: sum(r.values())) if stage == "total" else (lambda r: r[stage])
        a = statistics.median(pick(r) for r in runs["old"])
        b = statistics.median(pick(r) for r in runs["new"])
        lines.append(f"{stage:<10} {a:>11.3f} {b:>11.3f} {b / a if a else float('nan'):>8.2f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m unhrkg.bench.stages", description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True, help="folder of documents")
    parser.add_argument("--docs", type=int, default=2000, help="the folder's first N documents (default 2000)")
    parser.add_argument("--against", type=Path, help="another checkout's src folder, to compare with")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each checkout with --against (default 3)")
    parser.add_argument("--profile", choices=STAGES, help="profile this stage instead of timing")
    parser.add_argument("--sort", default="cumulative", help="cProfile order with --profile (default cumulative)")
    parser.add_argument("--top", type=int, default=40, help="functions listed with --profile (default 40)")
    parser.add_argument("--json", action="store_true", help="print this checkout's figures as JSON")
    args = parser.parse_args(argv)
    corpus = args.corpus.resolve()
    if not _files(corpus, 1):  # (a folder of no documents would time nothing)
        parser.error(f"{corpus}: no documents to time (a folder of .txt, .md, .pdf or .docx files, e.g. one "
                     f"`python -m unhrkg.bench.synth --docs 2000 --out DIR` writes)")
    if args.profile:
        profile(corpus, args.docs, args.profile, args.sort, args.top)
    elif args.against:
        print(compare(args.against.resolve(), Path(__file__).resolve().parents[2], corpus, args.docs, args.repeat))
    elif args.json:
        print(json.dumps(measure(corpus, args.docs)))
    else:
        print("\n".join(f"{stage:<10} {ms:8.3f} ms/doc" for stage, ms in measure(corpus, args.docs).items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())

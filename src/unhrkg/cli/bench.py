"""The ``bench`` command: the benchmark of ``python -m unhrkg.bench``, from the CLI.

It adds itself to ``unhrkg.cli.main``; the benchmark modules load only when it runs.
"""
from __future__ import annotations

from pathlib import Path

import click

from unhrkg.cli import main


@main.command()
@click.option("--docs", type=click.IntRange(min=1), default=1000, show_default=True,
              help="Documents in the synthetic corpus.")
@click.option("--rdflib-docs", type=click.IntRange(min=1), default=None,
              help="Documents plain rdflib runs on (default: all, at most 1000); its times are scaled to --docs.")
@click.option("--seed", type=int, default=7, show_default=True, help="Seed of the synthetic corpus.")
@click.option("--work", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder for the corpus (reused when there), stores and outputs [default: unhrkg-bench in the "
                   "temporary folder].")
@click.option("--query-timeout", type=float, default=300.0, show_default=True,
              help="Seconds after which a query is stopped and reported as not finished (0: no limit, in process).")
@click.option("--json", "json_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write every figure to this JSON file.")
@click.option("--push", is_flag=True, help="Also push to a real Oxigraph server and Virtuoso, beside their own bulk loads.")
def bench(docs: int, rdflib_docs: int | None, seed: int, work: Path | None, query_timeout: float,
          json_file: Path | None, push: bool) -> None:
    """Time the pipeline on a synthetic corpus against plain rdflib and the raw Oxigraph engine.

    Every stage (read + extract, map, validate, load, each named query, export, a viz view,
    adding one document) with docs/s, triples/s, peak memory, and the ratios, measured in the
    same run. Same as 'python -m unhrkg.bench'.
    """
    from unhrkg.bench.__main__ import main as run_bench

    args = ["--docs", str(docs), "--seed", str(seed), "--query-timeout", str(query_timeout)]
    args += ["--work", str(work)] if work else []
    args += ["--rdflib-docs", str(rdflib_docs)] if rdflib_docs else []
    args += ["--json", str(json_file)] if json_file else []
    args += ["--push"] if push else []
    run_bench(args)

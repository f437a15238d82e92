"""The ``remove`` command: documents out of the store. It adds itself to ``unhrkg.cli.main``."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from unhrkg.cli import main, open_store, store_option
from unhrkg.cli.output import echo_removals


@main.command()
@click.argument("documents", nargs=-1, required=True)
@store_option
@click.option("--dry-run", is_flag=True, help="List what would be removed; change nothing.")
def remove(documents: tuple[str, ...], store_dir: Path | None, dry_run: bool) -> None:
    """Remove DOCUMENTS from the store: each a symbol, a source file or folder (as ingest
    showed it), a document IRI or a graph IRI.

    A document's graphs go in one transaction, with the shared entities (resolutions,
    sessions, people...) that no remaining document names. Exit code: 0 all matched,
    1 some matched nothing, 2 error.
    """
    from unhrkg.pipeline.remove import apply, find

    with open_store(store_dir, must_exist=True, writable=True) as store:
        report = apply(store, find(store, list(documents)), dry_run)
    echo_removals(report)
    sys.exit(1 if report.unmatched else 0)

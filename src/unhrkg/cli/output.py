"""What the commands that change the store print: one line per file that needs a word
(failed, quarantined, a duplicate), per document several files give, per removal, and why
an ingest stopped. Every message is one line, whatever the exception text held."""
from __future__ import annotations

from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from unhrkg.pipeline.ingest import IngestReport
    from unhrkg.pipeline.remove import RemoveReport


def _line(text: str) -> str:
    return " ".join(text.splitlines())


def echo_outcomes(report: IngestReport, verbose: bool = False) -> None:
    """One line per file that failed, was quarantined, duplicates another or was skipped (the
    first skipped ones unless verbose); one per document several files give; and, if the store
    could not be written, why the ingest stopped."""
    for line in report.lines(verbose):
        click.echo(_line(line), err=True)
    for doc, paths in report.shared.items():
        click.echo(f"shared: {doc.rsplit('/doc/', 1)[-1]} comes from {len(paths)} files, each kept in its own "
                   f"graph: {', '.join(paths)}", err=True)
    if report.stopped:
        click.echo(_line(f"error: the ingest stopped: {report.stopped}; the files reported loaded are stored, "
                         f"{report.unreached} were not reached (run it again when the store can be written: "
                         "stored files are skipped)"), err=True)


def echo_removals(report: RemoveReport) -> None:
    for line in report.lines():
        click.echo(_line(line))
    for selector in report.unmatched:
        click.echo(_line(f"no match: {selector!r} names no stored document (a symbol, a source file or folder "
                         "as ingest showed it, or a document or graph IRI)"), err=True)
    click.echo(report.summary())

"""The ``unhrkg`` command: one subcommand per library call, a few lines each.

Exit codes: 0 ok; 1 validation violations, quarantined documents or no match;
2 bad input, bad usage or an error.
"""
from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import click

from unhrkg import __version__
from unhrkg.errors import UnhrkgError

STORE_HELP = "Store folder (default: $UNHRKG_STORE, else .unhrkg in the working folder)."


def store_option(f):  # type: ignore[no-untyped-def]
    return click.option("--store", "store_dir", type=click.Path(file_okay=False, path_type=Path),
                        default=None, help=STORE_HELP)(f)


def open_store(store_dir: Path | None, must_exist: bool = False, writable: bool = False):  # type: ignore[no-untyped-def]
    """The store at --store (or $UNHRKG_STORE, or ./.unhrkg). Commands that only read it
    (query, validate, export, push) refuse a missing one rather than answer from an empty
    store they would have created, and open it read-only: they never take the lock an
    ingest holds. ``writable`` opens an existing store for writing."""
    from unhrkg.errors import StoreError
    from unhrkg.store import Store, default_location

    location = store_dir or default_location()
    if must_exist and not (location.is_dir() and any(location.iterdir())):
        raise StoreError(f"no store at {location}; run 'unhrkg build' or 'unhrkg ingest FILES', or pass --store DIR")
    return Store(location, read_only=must_exist and not writable)


def read_store(store_dir: Path | None, work):  # type: ignore[no-untyped-def]
    """``work(store)`` on the existing store opened read-only, again if an ingest running at
    the same time compacted away a file under it."""
    from unhrkg.store import default_location, reading

    location = store_dir or default_location()
    open_store(location, must_exist=True).close()  # refuses a missing store with one line
    return reading(location, work)


@contextmanager
def progress_bar(label: str, enabled: bool = True) -> Iterator[object]:
    """A progress callback drawing a bar on stderr (only on a terminal or with many files)."""
    state: dict[str, object] = {}

    def update(done: int, total: int, item: str) -> None:
        if not enabled or (total < 20 and not sys.stderr.isatty()):
            return
        if "bar" not in state:
            state["bar"] = click.progressbar(length=total, label=label, file=sys.stderr, show_pos=True)
            state["bar"].__enter__()  # type: ignore[attr-defined]
        state["bar"].update(1)  # type: ignore[attr-defined]

    try:
        yield update
    finally:
        if "bar" in state:
            state["bar"].__exit__(None, None, None)  # type: ignore[attr-defined]


class Main(click.Group):
    """Turns the project's own errors into one clear line and exit code 2."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            from unhrkg.pipeline.environment import check_environment

            check_environment()
            return super().invoke(ctx)
        except UnhrkgError as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(2)


@click.group(cls=Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="unhrkg")
def main() -> None:
    """A knowledge graph of UN human-rights procedure.

    Reads notes verbales, letters, resolutions, decisions and reports; extracts who wrote
    what to whom, under which session and agenda item, which resolutions they refer to,
    reject or support, and who tabled them; stores it as validated RDF you can query.

    \b
    Typical use:
      unhrkg build                          # ingest data/corpus, validate, export, summarise
      unhrkg extract doc.txt --format json  # what the extractor reads in a document
      unhrkg ingest my-folder/              # add documents to the store
      unhrkg queries                        # the named questions
      unhrkg query rejected-resolutions --param state=PRK
      unhrkg export -o graph.trig
    """


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_option
@click.option("--force", is_flag=True, help="Re-ingest files whose content has not changed.")
@click.option("--follow-symlinks", is_flag=True,
              help="Follow symbolic links in the folders to files and folders outside them (not followed by default).")
@click.option("--verbose", "-v", is_flag=True, help="List every skipped file (by default the first 20 and a count).")
@click.option("--sync", is_flag=True, help="First remove the documents whose source file under the folders "
              "given no longer exists.")
@click.option("--dry-run", is_flag=True, help="With --sync: list the documents it would remove; change nothing.")
def ingest(paths: tuple[Path, ...], store_dir: Path | None, force: bool, follow_symlinks: bool, verbose: bool,
           sync: bool, dry_run: bool) -> None:
    """Add documents (files or folders) to the store.

    Each source file becomes one named graph, replaced whole in one transaction when the
    file is ingested again; unchanged files are skipped (two files of one symbol are one
    document with a graph each). A reviewed record FILE.record.yaml beside FILE is loaded
    instead of re-extracting FILE. Every graph is validated first: a document that does not
    conform is QUARANTINED (its source and violations go to a quarantine graph, its facts
    stay out of the graph, an earlier good version stays). A bad file gets one line and the
    batch goes on (also one that takes more than $UNHRKG_FILE_SECONDS, 300, to read); a store
    that cannot be written (a full disk) stops it with one line. Entries of a folder that are
    not documents (other types, links to folders) are listed as skipped.
    Exit code: 0 all loaded, 1 some quarantined, 2 some failed or the ingest stopped.
    """
    from unhrkg.cli.output import echo_outcomes, echo_removals
    from unhrkg.pipeline.ingest import ingest as run_ingest
    from unhrkg.pipeline.remove import apply, missing_under

    if dry_run and not sync:
        raise click.UsageError("--dry-run goes with --sync")
    with open_store(store_dir) as store, progress_bar("ingesting") as update:
        if sync:
            echo_removals(apply(store, missing_under(store, [p for p in paths if p.is_dir()]), dry_run))
            if dry_run:
                return
        report = run_ingest(store, paths, update, force=force, follow_symlinks=follow_symlinks)  # type: ignore[arg-type]
        # what the ingest wrote, not the store's totals: counting a large store's quads and graphs takes seconds
        summary = f"{report.summary()}; {report.triples} quads written to the store at {store.path}"
    echo_outcomes(report, verbose)
    click.echo(summary)
    sys.exit(2 if report.count("failed") or report.stopped else 1 if report.count("quarantined") else 0)


@main.command()
@click.argument("file", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@store_option
def validate(file: Path | None, store_dir: Path | None) -> None:
    """Validate the store (or an RDF FILE: .ttl, .trig, .nq, .nt, .jsonld) against the SHACL shapes.

    Prints each violation (focus node, path, message, source graph). Exit code: 0 conforms,
    1 violations, 2 error.
    """
    from unhrkg.pipeline.build import validate_store
    from unhrkg.validate import validate_file

    if file:
        result = validate_file(file)
    else:
        result = read_store(store_dir, validate_store)
    click.echo(result.report())
    sys.exit(0 if result.conforms else 1)


@main.command()
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Output file; the format comes from its extension: .ttl .nt .jsonld (merged) or .trig .nq (one graph per document).")
@store_option
def export(output: Path, store_dir: Path | None) -> None:
    """Export the store for other tools (Protégé, GraphDB, Gephi, your scripts)."""
    from unhrkg.export import export as run_export

    path = read_store(store_dir, lambda store: run_export(store, output))
    click.echo(f"wrote {path} ({path.stat().st_size} bytes)")


@main.command()
@click.option("--corpus", type=click.Path(exists=True, file_okay=False, path_type=Path), default=Path("data/corpus"),
              show_default=True, help="Folder of documents to ingest.")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("out"), show_default=True,
              help="Folder for unhrkg.ttl and unhrkg.trig.")
@store_option
def build(corpus: Path, out: Path, store_dir: Path | None) -> None:
    """The main job: ingest CORPUS, validate the store, export, and print a summary."""
    from unhrkg.pipeline.build import build as run_build
    from unhrkg.cli.output import echo_outcomes
    from unhrkg.query import format_result

    with open_store(store_dir) as store, progress_bar("ingesting") as update:
        report = run_build(store, corpus, out, update)  # type: ignore[arg-type]
        location = store.path
    echo_outcomes(report.ingest)
    if report.ingest.stopped:
        click.echo(f"ingest: {report.ingest.summary()}")
        sys.exit(2)
    verdict = "conforms" if report.validation.conforms else f"{len(report.validation.violations)} violation(s)"
    click.echo(f"ingest: {report.ingest.summary()}")
    click.echo(f"store: {location} - {report.documents} documents, {report.triples} quads")
    click.echo(f"validation: {report.validation.graphs} graphs, {verdict}")
    click.echo("wrote: " + ", ".join(str(p) for p in report.outputs))
    for name, answer in report.answers.items():
        click.echo(f"\n== {name}\n{format_result(answer)}")
    if not report.validation.conforms:
        click.echo(report.validation.report(), err=True)
    sys.exit(0 if report.validation.conforms and report.ingest.ok else 1)


def _register_command_modules() -> None:
    """Commands of the heavier features live in their own modules, each adding to ``main``."""
    import importlib
    import importlib.util

    for module in ("unhrkg.cli.query", "unhrkg.cli.extract", "unhrkg.cli.remote", "unhrkg.cli.viz", "unhrkg.cli.bench",
                   "unhrkg.cli.remove"):
        if importlib.util.find_spec(module) is not None:
            importlib.import_module(module)


_register_command_modules()

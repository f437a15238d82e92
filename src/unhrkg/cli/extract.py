"""The ``extract`` and ``evaluate`` commands: what the extractor reads, and how well. They add
themselves to ``unhrkg.cli.main``."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from unhrkg.cli import main
from unhrkg.errors import UnhrkgError


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json", "yaml"]), default="text", show_default=True,
              help="text: readable; json: JSON Lines, one record per file, exactly the SCHEMA fields; "
                   "yaml: the review form, to correct by hand and save as FILE.record.yaml.")
def extract(files: tuple[Path, ...], fmt: str) -> None:
    """Show what the extractor reads in each document FILE."""
    import yaml

    from unhrkg.extract import extract as run_extract
    from unhrkg.read import read_text

    failed = False
    for path in files:
        try:
            record = run_extract(read_text(path), file=str(path))
        except UnhrkgError as exc:
            click.echo(f"error: {exc}", err=True)
            failed = True
            continue
        if fmt == "json":
            click.echo(json.dumps(record.to_dict(), ensure_ascii=False))
        elif fmt == "yaml":
            click.echo(yaml.safe_dump(record.to_dict(review=True), allow_unicode=True, sort_keys=False, width=100))
        else:
            click.echo(f"== {path}")
            for key, value in record.to_dict(review=True).items():
                if value not in (None, [], ""):
                    click.echo(f"  {key}: {json.dumps(value, ensure_ascii=False)}")
    if failed:
        sys.exit(2)


@main.command()
@click.option("--gold", required=True, multiple=True,
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Gold records (YAML list in the SCHEMA form; paths relative to the gold file). "
                   "Repeat to score several sets together.")
@click.option("--details", is_flag=True,
              help="List every miss and false positive with its document (and the rule behind each false positive).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def evaluate(gold: tuple[Path, ...], details: bool, fmt: str) -> None:
    """Measure the extractor against gold: precision, recall and F1 per field, header and
    entity micro F1, and the same per genre.

    An entry with `fields: [..]` is scored on those fields only.

    \b
    Example:
      unhrkg evaluate --gold tests/data/corpus/gold.yaml --details
    """
    from unhrkg.extract.evaluate import evaluate as run_evaluate, format_table

    result = run_evaluate(*gold)
    click.echo(json.dumps(result.to_dict(), indent=1, ensure_ascii=False) if fmt == "json"
               else format_table(result, details))

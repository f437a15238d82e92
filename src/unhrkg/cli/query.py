"""The ``queries`` and ``query`` commands: the named questions, and one answered a page at a time,
on the local store or a remote endpoint. They add themselves to ``unhrkg.cli.main``."""
from __future__ import annotations

import sys
from contextlib import nullcontext
from pathlib import Path

import click

from unhrkg.cli import main, open_store, read_store, store_option


@main.command("queries")
@click.option("--prefixes", is_flag=True, help="Show the prefixes (unhr:, rdfs:, id:, ...) a query may use undeclared.")
def list_queries(prefixes: bool) -> None:
    """List the named queries and their parameters (or, with --prefixes, the prefixes every
    query may use without declaring them)."""
    from unhrkg.query import declared_prefixes, library

    if prefixes:
        for name, iri in declared_prefixes().items():
            click.echo(f"PREFIX {name}: <{iri}>")
        return
    for name, q in library().items():
        click.echo(f"{name}\n    {q.description}")
        for p in q.params:
            extra = f" (default {p.default})" if p.default is not None else " (optional)" if p.optional else ""
            click.echo(f"    --param {p.name}=<{p.kind}>{extra}  {p.description}")


@main.command()
@click.argument("name", required=False)
@click.option("--file", "file", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="Run a .rq file.")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE",
              help="A parameter, bound as an RDF term (repeatable): state=PRK, resolution='CHR 2003/10'.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table", show_default=True)
@store_option
@click.option("--endpoint", metavar="URL", help="Run it on this SPARQL 1.1 endpoint instead of the local store "
              "(its default graph must be the union of the named graphs: see 'Scaling out' in the README). "
              "Warns when no completed push is recorded there, or (with --store) the store changed since.")
@click.option("--user", envvar="UNHRKG_USER", help="User name for the endpoint [env UNHRKG_USER].")
@click.option("--password", envvar="UNHRKG_PASSWORD", help="Password for the endpoint [env UNHRKG_PASSWORD].")
@click.option("--auth", type=click.Choice(["basic", "digest"]), default="basic", show_default=True,
              help="HTTP authentication scheme, with --user.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=60.0, show_default=True,
              help="Seconds to wait for the endpoint.")
@click.option("--width", type=click.IntRange(min=0), default=60, show_default=True,
              help="Cut table cells at this many characters (0: never); csv, tsv and json are never cut.")
@click.option("--limit", type=click.IntRange(min=1), default=100, show_default=True,
              help="Rows to show (a page); a line says when more follow.")
@click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True, help="Rows to skip before the page.")
@click.option("--all", "every", is_flag=True, help="Every row, not a page.")
@click.option("--count", is_flag=True, help="Also say how many rows the whole answer has (counted apart: it costs "
              "about what the whole answer does).")
def query(name: str | None, file: Path | None, params: tuple[str, ...], fmt: str, store_dir: Path | None,
          endpoint: str | None, user: str | None, password: str | None, auth: str, timeout: float,
          width: int, limit: int, offset: int, every: bool, count: bool) -> None:
    """Run a named query (see 'unhrkg queries'), a .rq file, or inline SPARQL text.

    SELECT gives a table (or csv/tsv/json), a page of --limit rows from --offset (the engine
    is asked for that page only; --all for every row); CONSTRUCT and DESCRIBE give Turtle; ASK
    gives true/false. Exit code 1 when a SELECT has no rows. With --endpoint the same query
    runs on a remote SPARQL endpoint, its parameters bound by a VALUES block.
    """
    from unhrkg.query import QueryError, format_result, load, parse_query, run

    if file:
        q = parse_query(file.stem, file.read_text(encoding="utf-8"))
    elif name and any(k in name.upper() for k in ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE")) and " " in name:
        q = parse_query("inline", name)
    elif name:
        q = load(name)
    else:
        raise QueryError("give a query NAME, --file X.rq, or the query text")
    values = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep:
            raise QueryError(f"--param {item!r}: write NAME=VALUE")
        if key.strip() in values:
            raise QueryError(f"--param {key.strip()} given twice ({values[key.strip()]!r} and {value!r}): give it once")
        values[key.strip()] = value
    page = None if every else limit
    if endpoint:
        from unhrkg import remote
        from unhrkg.remote.state import endpoint_warnings

        target = remote.Endpoint(endpoint, user, password, auth, timeout)
        result, total = _answer(lambda pq: remote.query(target, pq, values), q, page, offset, count)
        with open_store(store_dir, must_exist=True) if store_dir else nullcontext() as store:
            for line in endpoint_warnings(target, store):  # no completed push there, a stale one, a blind default graph
                click.echo(f"warning: {line}", err=True)
    else:
        result, total = read_store(store_dir, lambda store: _answer(lambda pq: run(store.db, pq, values), q, page,
                                                                       offset, count))
    click.echo(format_result(result, fmt, width))
    note = page_note(result, offset, total)
    if note:  # beside csv, tsv and json on stderr, so that their output stays data
        click.echo(note, err=fmt != "table")
    sys.exit(1 if result.triples is None and result.boolean is None and not result.rows else 0)


def _answer(execute, q, limit, offset, count):  # type: ignore[no-untyped-def]
    """A page of the answer, and the size of the whole one if asked (a COUNT query of its own)."""
    from unhrkg.query.page import count_query, page

    result = page(q, limit, offset, execute)
    total = None
    if count and result.triples is None and result.boolean is None:
        total = int(execute(count_query(q)).rows[0]["rows"])
    return result, total


def page_note(result, offset: int, total: int | None) -> str:  # type: ignore[no-untyped-def]
    """The line under a page: which rows it shows, and how to get the others."""
    if result.triples is not None or result.boolean is not None:
        return ""
    shown = f"rows {offset + 1}-{offset + len(result.rows)}" if result.rows else "no rows"
    of = f" of {total}" if total is not None else ""
    if result.more:
        return f"({shown}{of}; more follow: --offset {offset + len(result.rows)} for the next page, --all for every row)"
    return f"({shown}{of})" if offset or total is not None else ""

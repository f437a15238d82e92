"""The commands that talk to SPARQL servers: ``push`` (to a remote store) and ``serve`` (a local endpoint).

They add themselves to ``unhrkg.cli.main``; the heavy parts import only when they run.
"""
from __future__ import annotations

import signal
import sys
from pathlib import Path

import click

from unhrkg.cli import main, open_store, progress_bar, store_option

_AUTH_HELP = "HTTP authentication scheme, with --user."


@main.command()
@click.option("--endpoint", required=True, metavar="URL",
              help="The store's SPARQL endpoint, e.g. http://127.0.0.1:7878/query (Oxigraph) "
                   "or http://127.0.0.1:8890/sparql (Virtuoso).")
@click.option("--graph-store", metavar="URL", help="Its SPARQL 1.1 Graph Store endpoint (default: /store beside "
              "Oxigraph's /query, /sparql-graph-crud beside Virtuoso's /sparql).")
@click.option("--update-endpoint", metavar="URL", help="Its SPARQL Update endpoint, for the fallback "
              "(default: /update beside /query, else the endpoint itself).")
@click.option("--method", type=click.Choice(["auto", "update", "gsp", "bulk"]), default="auto", show_default=True,
              help="update: batches of whole graphs by SPARQL Update; auto: the same, and graphs new to an "
                   "Oxigraph server posted as N-Quads; gsp: one graph store PUT per graph; bulk: Virtuoso's bulk "
                   "loader, for a Virtuoso on this machine (needs --isql and --load-dir).")
@click.option("--sync", is_flag=True, help="Also delete the document graphs there that are not in the local store.")
@click.option("--user", envvar="UNHRKG_USER", help="User name [env UNHRKG_USER].")
@click.option("--password", envvar="UNHRKG_PASSWORD", help="Password [env UNHRKG_PASSWORD].")
@click.option("--auth", type=click.Choice(["basic", "digest"]), default="basic", show_default=True, help=_AUTH_HELP)
@click.option("--timeout", type=click.FloatRange(min=0.1), default=120.0, show_default=True,
              help="Seconds to wait for each request.")
@click.option("--isql", metavar="HOST:PORT", help="With --method bulk: the Virtuoso's SQL port ([Parameters] "
              "ServerPort of its virtuoso.ini, e.g. 127.0.0.1:1111), reached with isql-vt.")
@click.option("--isql-user", default="dba", show_default=True, help="With --method bulk: the SQL account.")
@click.option("--isql-password", envvar="UNHRKG_ISQL_PASSWORD", default="dba",
              help="With --method bulk: its password [env UNHRKG_ISQL_PASSWORD; default dba].")
@click.option("--load-dir", type=click.Path(path_type=Path), metavar="DIR",
              help="With --method bulk: a folder of this machine listed in the server's DirsAllowed; the "
                   "N-Quads files are written there, loaded, and deleted.")
@store_option
def push(endpoint: str, graph_store: str | None, update_endpoint: str | None, method: str, sync: bool,
         user: str | None, password: str | None, auth: str, timeout: float, isql: str | None, isql_user: str,
         isql_password: str, load_dir: Path | None, store_dir: Path | None) -> None:
    """Load the graph into a remote store, one named graph per document.

    Every named graph (documents, reference tables, ontology, quarantine records) replaces
    the graph of the same name there, whole (a push stopped half-way leaves no graph
    half-written), so pushing again leaves the same data (no duplicates). The shared graphs
    go first; a marker written last records that the push completed. Then
    'unhrkg query NAME --endpoint URL' asks the same questions there.

    For a big store and a Virtuoso on this machine, '--method bulk --isql 127.0.0.1:1111
    --load-dir DIR' hands the graphs to Virtuoso's bulk loader (ld_dir, rdf_loader_run):
    files of whole graphs written to DIR, which must be in the DirsAllowed of its
    virtuoso.ini. Graphs there are still replaced whole; a push stopped during a load can
    leave one file's graphs part-loaded, and no marker until a push completes.
    """
    from unhrkg.errors import UnhrkgError
    from unhrkg.remote import Endpoint
    from unhrkg.remote.push import push as run_push

    if method == "bulk" and not (isql and load_dir):
        raise UnhrkgError("--method bulk needs --isql HOST:PORT (the Virtuoso's SQL port) and --load-dir DIR "
                          "(a folder in its DirsAllowed)")
    if method != "bulk" and (isql or load_dir):
        raise UnhrkgError("--isql and --load-dir go with --method bulk")
    target = Endpoint(endpoint, user, password, auth, timeout, update_endpoint, graph_store)
    with open_store(store_dir, must_exist=True) as store, progress_bar("pushing") as update:
        if method == "bulk" and isql and load_dir:
            from unhrkg.remote.bulk import BulkLoad, push_bulk
            from unhrkg.remote.isql import Isql

            report = push_bulk(store, target, BulkLoad(Isql(isql, isql_user, isql_password), load_dir), update, sync)
        else:
            report = run_push(store, target, method, update, sync)  # type: ignore[arg-type]
    click.echo(report.summary())
    for note in report.notes():
        click.echo(f"warning: {note}", err=True)


@main.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (127.0.0.1: this machine only).")
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True,
              help="Port to listen on (0: any free port; the URL is printed).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=30.0, show_default=True,
              help="Seconds a query may run; past that it is stopped and answered 503.")
@click.option("--limit", type=click.IntRange(min=1), default=10000, show_default=True,
              help="Most result rows (or triples) in one answer; X-Result-Truncated says when cut.")
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True,
              help="Queries run at the same time (one with --allow-update).")
@click.option("--allow-update", is_flag=True, help="Accept SPARQL Update (refused by default).")
@click.option("--user", envvar="UNHRKG_SERVE_USER", help="Require HTTP Basic credentials [env UNHRKG_SERVE_USER].")
@click.option("--password", envvar="UNHRKG_SERVE_PASSWORD", help="The password [env UNHRKG_SERVE_PASSWORD].")
@click.option("--allow-host", "allowed_hosts", multiple=True, metavar="NAME[:PORT]",
              help="Also answer requests for this host name (repeatable; by default only the bound address "
                   "and localhost: a guard against DNS rebinding).")
@click.option("--allow-remote", is_flag=True,
              help="Let SERVICE and LOAD fetch other URLs (refused by default).")
@click.option("--max-memory", type=click.IntRange(min=0), default=2048, show_default=True, metavar="MB",
              help="Memory one query may take; past that it is stopped and answered 503 (0: no limit).")
@click.option("--max-connections", type=click.IntRange(min=2), default=64, show_default=True,
              help="Open connections; past that the oldest idle one is closed.")
@click.option("--quiet", is_flag=True, help="Do not log each request on stderr.")
def serve(store_dir: Path | None, host: str, port: int, timeout: float, limit: int, workers: int,
          allow_update: bool, user: str | None, password: str | None, allowed_hosts: tuple[str, ...],
          allow_remote: bool, max_memory: int, max_connections: int, quiet: bool) -> None:
    """Serve the store as a SPARQL 1.1 endpoint (/sparql) with a query page (/).

    The page (YASGUI, shipped with the package: no network needed) lists the named queries
    as examples, with their parameters. Stop with Ctrl-C.
    """
    from unhrkg.errors import UnhrkgError
    from unhrkg.server import Settings, is_loopback, serve as run_serve
    from unhrkg.server.guard import split_host
    from unhrkg.store import default_location

    if (user is None) != (password is None):
        raise UnhrkgError("give both --user and --password, or neither")
    if allow_update and not is_loopback(host) and user is None:
        click.echo(f"warning: anyone who reaches {host}:{port} can change the store (--allow-update, "
                   "no --user)", err=True)
    bad = [name for name in allowed_hosts if split_host(name) is None]
    if bad:
        raise UnhrkgError(f"--allow-host {bad[0]!r}: give a host name, optionally with :PORT")
    settings = Settings(store_dir or default_location(), host, port, timeout, limit, workers, allow_update,
                        (user, password) if user is not None and password is not None else None, quiet,
                        allowed_hosts, allow_remote, max_memory, max_connections)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # stop cleanly (workers too) when terminated
    mode = "read-write" if allow_update else "read-only"
    try:
        run_serve(settings, lambda url: click.echo(
            f"serving {settings.store} ({mode}) at {url} - SPARQL endpoint {url}sparql - Ctrl-C stops"))
    except KeyboardInterrupt:
        click.echo("stopped", err=True)

"""``unhrkg serve``: a SPARQL 1.1 Protocol endpoint over the store, with a query page.

Read-only and bound to 127.0.0.1 unless told otherwise; every query runs in a worker
process that is killed past the timeout (see ``engine``), and answers stop at the result
limit (the ``X-Result-Truncated: true`` header says when they did). The page at ``/`` is
YASGUI, vendored under ``unhrkg/static`` so it works offline, with the named queries as
examples.
"""
from __future__ import annotations

import ipaddress
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from unhrkg.errors import UnhrkgError
from unhrkg.server.app import SparqlServer
from unhrkg.server.engine import Engine


@dataclass(frozen=True)
class Settings:
    """What ``unhrkg serve`` was asked for."""

    store: Path
    host: str = "127.0.0.1"
    port: int = 7878
    timeout: float = 30.0
    limit: int = 10000
    workers: int = 2
    allow_update: bool = False
    credentials: tuple[str, str] | None = None
    quiet: bool = False


def is_loopback(host: str) -> bool:
    """Whether a bind address only accepts connections from this machine."""
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def make_server(settings: Settings) -> SparqlServer:
    """Start the workers and bind the HTTP server (not yet serving)."""
    engine = Engine(settings.store, settings.workers, settings.allow_update, settings.timeout, settings.limit)
    engine.start()
    try:
        return SparqlServer((settings.host, settings.port), engine, settings.allow_update,
                            settings.credentials, settings.quiet)
    except OSError as exc:
        engine.close()
        raise UnhrkgError(f"cannot listen on {settings.host}:{settings.port}: {exc.strerror or exc}") from exc


def serve(settings: Settings, ready: Callable[[str], None] | None = None) -> None:
    """Serve until interrupted; ``ready`` gets the base URL once the server listens."""
    server = make_server(settings)
    host, port = settings.host, server.server_port
    try:
        if ready:
            ready(f"http://{host if ':' not in host else f'[{host}]'}:{port}/")
        server.serve_forever()
    finally:
        server.server_close()
        server.engine.close()

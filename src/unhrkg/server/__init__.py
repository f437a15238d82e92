"""``unhrkg serve``: a SPARQL 1.1 Protocol endpoint over the store, with a query page.

Read-only and bound to 127.0.0.1 unless told otherwise; every query runs in a worker
process that is killed past the timeout or past its memory cap (see ``engine``), and
answers stop at the result limit (the ``X-Result-Truncated: true`` header says when they
did). Requests are checked before they are acted on (see ``guard``): the Host header on
every request, the Origin of every update, the body's length before it is read, and
SERVICE/LOAD, which would make the server fetch other URLs. Connections are capped and
time out (see ``listener``). The page at ``/`` is YASGUI, vendored under ``unhrkg/static``
so it works offline, with the named queries as examples.
"""
from __future__ import annotations

from collections.abc import Callable

from unhrkg.errors import UnhrkgError
from unhrkg.server.app import Handler
from unhrkg.server.config import Settings, is_loopback
from unhrkg.server.engine import Engine
from unhrkg.server.listener import SparqlServer

__all__ = ["Settings", "SparqlServer", "is_loopback", "make_server", "serve"]


def make_server(settings: Settings) -> SparqlServer:
    """Start the workers and bind the HTTP server (not yet serving)."""
    engine = Engine(settings.store, settings.workers, settings.allow_update, settings.timeout, settings.limit,
                    settings.max_memory)
    engine.start()
    try:
        return SparqlServer(settings, engine, Handler)
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

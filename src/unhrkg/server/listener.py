"""The listening side of ``unhrkg serve``: one thread per connection, and a cap on connections.

Every connection holds a thread and a file descriptor, and a client that opens sockets and
sends nothing would otherwise hold them until the process runs out of descriptors (then
nobody is answered). So each socket gets a read timeout, and at most ``max_connections``
are open: a new one past the cap closes the oldest connection that has not yet sent its
whole request (an idle one); when every connection is busy with a query, the new one is
answered 503 at once.
"""
from __future__ import annotations

import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from unhrkg.server.config import Settings
from unhrkg.server.engine import Engine
from unhrkg.server.guard import HostPolicy

_BUSY_TEXT = b"the server is busy: every connection is answering a query; try again\n"
_BUSY = (b"HTTP/1.0 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n"
         b"Content-Length: %d\r\n\r\n%s" % (len(_BUSY_TEXT), _BUSY_TEXT))


class SparqlServer(ThreadingHTTPServer):
    """A threading HTTP server that knows its engine, its settings and its open connections."""

    daemon_threads = True
    request_queue_size = 128  # the listen backlog: socketserver's default of 5 resets bursts of clients

    def __init__(self, settings: Settings, engine: Engine, handler: type[BaseHTTPRequestHandler]):
        super().__init__((settings.host, settings.port), handler)
        self.settings, self.engine = settings, engine
        self.hosts = HostPolicy(settings.host, self.server_port, settings.allowed_hosts)
        self._open: dict[socket.socket, bool] = {}  # connection -> busy (its request read); oldest first
        self._guard = threading.Lock()

    # settings the handler reads, under their old names
    allow_update = property(lambda self: self.settings.allow_update)
    credentials = property(lambda self: self.settings.credentials)
    quiet = property(lambda self: self.settings.quiet)

    def process_request(self, request: Any, client_address: Any) -> None:
        full, idle = False, None
        with self._guard:
            if len(self._open) >= self.settings.max_connections:
                idle = next((conn for conn, busy in self._open.items() if not busy), None)
                full = idle is None
                if idle is not None:
                    del self._open[idle]
            if not full:
                self._open[request] = False
        if full:
            self._refuse(request)
            return
        if idle is not None:
            try:  # wakes its thread, which then closes it (closing here could race a reused descriptor)
                idle.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        super().process_request(request, client_address)

    def _refuse(self, request: socket.socket) -> None:
        try:
            request.settimeout(1)
            request.sendall(_BUSY)
        except OSError:
            pass
        self.shutdown_request(request)

    def mark_busy(self, connection: socket.socket) -> None:
        """The connection's request is read: it is answering a query, not idle."""
        with self._guard:
            if connection in self._open:
                self._open[connection] = True

    def open_connections(self) -> int:
        with self._guard:
            return len(self._open)

    def shutdown_request(self, request: Any) -> None:
        with self._guard:
            self._open.pop(request, None)
        super().shutdown_request(request)

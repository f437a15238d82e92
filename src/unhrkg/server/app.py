"""The HTTP side of ``unhrkg serve``: SPARQL 1.1 Protocol at /sparql, the query page, the named queries.

Routes: ``/`` the query page; ``/static/...`` its files (vendored, no CDN); ``/queries`` the
named queries as JSON; ``/queries/NAME?param=value`` one of them with its parameters bound
(the same VALUES binding remote endpoints get); ``/queries/NAME/page?param=value&limit=50&offset=0``
a page of its rows and whether more follow, ``/queries/NAME/count?param=value`` the number of
rows of its whole answer (see ``named``); ``/sparql`` queries by GET, HEAD or POST
(form or ``application/sparql-query``) and, only with ``--allow-update``, updates by POST.
Every request first passes the checks of ``guard`` (Host; Origin for writes; the body's
length before it is read; SERVICE and LOAD).
"""
from __future__ import annotations

import base64
import hmac
import select
import socket
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import pyoxigraph as ox

from unhrkg.server.engine import Answer, ClientGone, Job, text_answer
from unhrkg.server.guard import BodyError, body_length, remote_access
from unhrkg.server.listener import SparqlServer
from unhrkg.server.pages import bound_query, named_job, named_queries, static_file

MAX_BODY = 32 * 1024 * 1024
_FORM = "application/x-www-form-urlencoded"


def client_gone(connection: socket.socket) -> bool:
    """Whether the client closed its end (a half-closed client counts as gone: HTTP clients do not half-close)."""
    poller = select.poll()
    poller.register(connection, select.POLLIN)
    events = poller.poll(0)
    if not events:
        return False
    if events[0][1] & (select.POLLHUP | select.POLLERR):
        return True
    try:
        return connection.recv(1, socket.MSG_PEEK) == b""
    except OSError:
        return True


class Handler(BaseHTTPRequestHandler):
    """Routes one request (HTTP/1.0: one request per connection)."""

    server: SparqlServer
    server_version = "unhrkg"

    def setup(self) -> None:
        self.timeout = self.server.settings.read_timeout  # a silent client is dropped, not waited for
        super().setup()

    def do_GET(self) -> None:  # noqa: N802 (the http.server naming)
        self._handle("GET")

    do_HEAD = do_GET  # noqa: N815 (the same answer; _reply leaves the body out)

    def do_POST(self) -> None:  # noqa: N802
        self._handle("POST")

    def do_PUT(self) -> None:  # noqa: N802
        self._reply(text_answer(405, "this server has no graph store protocol: use SPARQL Update at /sparql"))

    do_DELETE = do_PATCH = do_PUT  # noqa: N815

    def _handle(self, method: str) -> None:
        refusal = self._refusal()
        if refusal:
            self._reply(refusal)
            return
        try:
            body = self._body() if method == "POST" else b""
        except BodyError as exc:
            self._reply(text_answer(exc.status, str(exc)))
            return
        self.server.mark_busy(self.connection)
        try:
            answer = self._route(method, body)
        except ClientGone:  # the worker was stopped; nobody to answer
            self.close_connection = True
            return
        self._reply(answer)

    def _refusal(self) -> Answer | None:
        host = self.headers.get("Host")
        if not self.server.hosts.allows_host(host):
            return text_answer(403, f"this server does not answer to the name {host!r} (a guard against DNS "
                                    "rebinding); start it with --allow-host NAME to accept that name")
        if not self._authorised():
            return Answer(401, "text/plain", b"credentials needed\n", (("WWW-Authenticate", 'Basic realm="unhrkg"'),))
        return None

    def _body(self) -> bytes:
        length = body_length(self.headers, MAX_BODY)
        try:
            body = self.rfile.read(length)
        except TimeoutError:
            raise BodyError(408, f"the request body did not arrive within {self.timeout:g} s") from None
        if len(body) < length:
            raise BodyError(400, "the request body is shorter than its Content-Length")
        return body

    def _route(self, method: str, body: bytes) -> Answer:
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        if url.path in ("/", "/index.html"):
            return static_file("query/index.html")
        if url.path.startswith("/static/"):
            return static_file(unquote(url.path[len("/static/"):]))
        if url.path == "/queries":
            return named_queries()
        if url.path.startswith("/queries/"):
            return self._named(unquote(url.path[len("/queries/"):]), {k: v[-1] for k, v in params.items()})
        if url.path == "/sparql":
            return self._sparql(method, params, body)
        return text_answer(404, f"not found: {url.path} (SPARQL is at /sparql, the query page at /)")

    def _named(self, path: str, params: dict[str, str]) -> Answer:
        """``NAME``: the query's text, parameters bound; ``NAME/page``: a page of its rows (run
        by a worker like any query: the same timeout, memory cap and result limit);
        ``NAME/count``: how many rows its whole answer has."""
        name, _, action = path.partition("/")
        if not action:
            return bound_query(name, params)
        if action not in ("page", "count"):
            return text_answer(404, f"not found: /queries/{path} (a named query has /page and /count)")
        job = named_job(name, params, self.server.settings.limit, counting=action == "count")
        if isinstance(job, Answer):
            return job
        return self.server.engine.run(job, lambda: client_gone(self.connection))

    def _authorised(self) -> bool:
        if self.server.credentials is None:
            return True
        user, password = self.server.credentials
        expected = base64.b64encode(f"{user}:{password}".encode()).decode()
        return hmac.compare_digest(self.headers.get("Authorization", ""), f"Basic {expected}")

    def _sparql(self, method: str, params: dict[str, list[str]], body: bytes) -> Answer:
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if method == "POST" and ctype == _FORM:
            params = {**params, **parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)}
        elif method == "POST" and ctype in ("application/sparql-query", "application/sparql-update"):
            params = {**params, ("query" if ctype.endswith("query") else "update"): [body.decode("utf-8", "replace")]}
        elif method == "POST":
            return text_answer(415, f"POST a form ({_FORM}), application/sparql-query or application/sparql-update")
        queries, updates = params.get("query", []), params.get("update", [])
        if len(queries) + len(updates) != 1:
            return text_answer(400, "give exactly one 'query' (or, where allowed, one 'update')")
        refusal = self._update_refusal(method) if updates else self._graphs_refusal(params)
        kind, text = ("update", updates[0]) if updates else ("query", queries[0])
        fetcher = None if self.server.settings.allow_remote else remote_access(text, kind)
        if refusal or fetcher:
            return refusal or text_answer(400, f"{fetcher} is refused: this server does not fetch other URLs "
                                               "(start it with --allow-remote to allow SERVICE and LOAD)")
        job = Job(kind, text) if updates else Job(kind, text, self.headers.get("Accept"),
                                                  tuple(params.get("default-graph-uri", [])),
                                                  tuple(params.get("named-graph-uri", [])))
        return self.server.engine.run(job, lambda: client_gone(self.connection))

    def _update_refusal(self, method: str) -> Answer | None:
        if not self.server.allow_update:
            return text_answer(403, "this endpoint is read-only: updates are refused "
                                    "(start it with 'unhrkg serve --allow-update' to accept them)")
        if method != "POST":
            return text_answer(405, "updates must be POSTed")
        foreign = self.server.hosts.refuse_write(self.headers)
        return text_answer(403, foreign) if foreign else None

    @staticmethod
    def _graphs_refusal(params: dict[str, list[str]]) -> Answer | None:
        for name in ("default-graph-uri", "named-graph-uri"):
            for value in params.get(name, []):
                try:
                    ox.NamedNode(value)
                except ValueError:
                    return text_answer(400, f"{name} {value[:200]!r} is not an IRI")
        return None

    def _reply(self, answer: Answer) -> None:
        try:
            self.send_response(answer.status)
            self.send_header("Content-Type", answer.content_type)
            self.send_header("Content-Length", str(len(answer.body)))
            self.send_header("X-Content-Type-Options", "nosniff")
            for name, value in answer.headers:
                self.send_header(name, value)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(answer.body)
        except OSError:  # the client went away (or stopped reading) mid-answer
            self.close_connection = True

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the stdlib's signature)
        if not self.server.quiet:
            super().log_message(format, *args)

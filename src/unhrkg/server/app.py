"""The HTTP side of ``unhrkg serve``: SPARQL 1.1 Protocol at /sparql, the query page, the named queries.

Routes: ``/`` the query page; ``/static/...`` its files (vendored, no CDN); ``/queries`` the
named queries as JSON; ``/queries/NAME?param=value`` one of them with its parameters bound
(the same VALUES binding remote endpoints get); ``/sparql`` queries by GET or POST (form or
``application/sparql-query``) and, only with ``--allow-update``, updates by POST.
"""
from __future__ import annotations

import base64
import hmac
import json
import mimetypes
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from unhrkg.errors import QueryError
from unhrkg.query import library, with_values
from unhrkg.server.engine import Answer, Engine, Job, text_answer

STATIC = Path(__file__).resolve().parent.parent / "static"
MAX_BODY = 32 * 1024 * 1024
_FORM = "application/x-www-form-urlencoded"


class SparqlServer(ThreadingHTTPServer):
    """A threading HTTP server that knows its engine and settings."""

    daemon_threads = True
    request_queue_size = 128  # the listen backlog: socketserver's default of 5 resets bursts of clients

    def __init__(self, address: tuple[str, int], engine: Engine, allow_update: bool,
                 credentials: tuple[str, str] | None = None, quiet: bool = False):
        super().__init__(address, Handler)
        self.engine, self.allow_update, self.credentials, self.quiet = engine, allow_update, credentials, quiet


def _json(status: int, data: Any) -> Answer:
    return Answer(status, "application/json", json.dumps(data, ensure_ascii=False, indent=1).encode())


def named_queries() -> Answer:
    """Every named query with its description, parameters and text."""
    return _json(200, [{"name": q.name, "description": q.description, "text": q.text,
                        "params": [vars(p) for p in q.params]} for q in library().values()])


def bound_query(name: str, values: dict[str, str]) -> Answer:
    """A named query's text with the given parameters bound."""
    queries = library()
    if name not in queries:
        return _json(404, {"error": f"no query named {name!r}"})
    try:
        return _json(200, {"name": name, "query": with_values(queries[name], values)})
    except QueryError as exc:
        return _json(400, {"error": str(exc)})


def static_file(relative: str) -> Answer:
    """A file of the query page, never anything outside the static folder."""
    path = (STATIC / relative).resolve()
    if not path.is_relative_to(STATIC) or not path.is_file():
        return text_answer(404, f"not found: /static/{relative}")
    ctype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    if ctype.startswith("text/") or ctype in ("application/javascript", "application/json"):
        ctype += "; charset=utf-8"
    return Answer(200, ctype, path.read_bytes(), (("Cache-Control", "max-age=3600"),))


class Handler(BaseHTTPRequestHandler):
    """Routes one request (HTTP/1.0: one request per connection)."""

    server: SparqlServer
    server_version = "unhrkg"

    def do_GET(self) -> None:  # noqa: N802 (the http.server naming)
        self._reply(self._route("GET", b""))

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._reply(text_answer(413, f"request body over {MAX_BODY} bytes"))
            return
        self._reply(self._route("POST", self.rfile.read(length)))

    def do_PUT(self) -> None:  # noqa: N802
        self._reply(text_answer(405, "this server has no graph store protocol: use SPARQL Update at /sparql"))

    do_DELETE = do_PATCH = do_PUT  # noqa: N815

    def _route(self, method: str, body: bytes) -> Answer:
        if not self._authorised():
            return Answer(401, "text/plain", b"credentials needed\n", (("WWW-Authenticate", 'Basic realm="unhrkg"'),))
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        if url.path in ("/", "/index.html"):
            return static_file("query/index.html")
        if url.path.startswith("/static/"):
            return static_file(unquote(url.path[len("/static/"):]))
        if url.path == "/queries":
            return named_queries()
        if url.path.startswith("/queries/"):
            return bound_query(unquote(url.path[len("/queries/"):]), {k: v[-1] for k, v in params.items()})
        if url.path == "/sparql":
            return self._sparql(method, params, body)
        return text_answer(404, f"not found: {url.path} (SPARQL is at /sparql, the query page at /)")

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
        if updates:
            if not self.server.allow_update:
                return text_answer(403, "this endpoint is read-only: updates are refused "
                                        "(start it with 'unhrkg serve --allow-update' to accept them)")
            if method != "POST":
                return text_answer(405, "updates must be POSTed")
            return self.server.engine.run(Job("update", updates[0]))
        return self.server.engine.run(Job("query", queries[0], self.headers.get("Accept"),
                                          tuple(params.get("default-graph-uri", [])),
                                          tuple(params.get("named-graph-uri", []))))

    def _reply(self, answer: Answer) -> None:
        self.send_response(answer.status)
        self.send_header("Content-Type", answer.content_type)
        self.send_header("Content-Length", str(len(answer.body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        for name, value in answer.headers:
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(answer.body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the stdlib's signature)
        if not self.server.quiet:
            super().log_message(format, *args)

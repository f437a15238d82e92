"""What `unhrkg serve` refuses before it acts: foreign Host names, writes from other origins,
SERVICE and LOAD, bad Content-Length, bad graph IRIs; and HEAD answered like GET.

Real servers on 127.0.0.1 (see helpers.serve.start_serve), raw sockets where a client library
would tidy the request up, and a real HTTP listener that SERVICE or LOAD would reach.
"""
from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, urlencode, urlsplit

import pytest

from helpers import free_port, stop
from helpers.serve import call, quads, raw, sparql, start_serve, status
from helpers.stores import copy_store
from unhrkg.store import Store

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def reader(tmp_path_factory: pytest.TempPathFactory, corpus_store: Store) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("reader")
    process, url = start_serve(copy_store(corpus_store, folder), folder / "serve.log", "--timeout", "5")
    yield url
    stop(process)


@pytest.fixture(scope="module")
def writer(tmp_path_factory: pytest.TempPathFactory, corpus_store: Store) -> Iterator[str]:
    """A server that takes updates, on its own copy of the corpus store."""
    folder = tmp_path_factory.mktemp("writer")
    process, url = start_serve(copy_store(corpus_store, folder), folder / "serve.log", "--allow-update")
    yield url
    stop(process)


def test_a_foreign_host_name_is_refused_on_reads(reader: str) -> None:
    """DNS rebinding: a page on evil.example whose name now points at 127.0.0.1 sends Host: evil.example."""
    port = urlsplit(reader).port
    query = "GET /sparql?query=" + quote("ASK { ?s ?p ?o }") + " HTTP/1.1\r\nHost: {}\r\n\r\n"
    for host in (f"evil.example:{port}", "evil.example", f"127.0.0.1.evil.example:{port}", f"localhost:{port + 1}"):
        answer = raw(reader, query.format(host).encode())
        assert status(answer) == 403 and b"DNS rebinding" in answer, host
    for host in (f"127.0.0.1:{port}", f"localhost:{port}", f"LOCALHOST.:{port}"):
        assert status(raw(reader, query.format(host).encode())) == 200, host
    assert status(raw(reader, f"GET / HTTP/1.1\r\nHost: evil.example:{port}\r\n\r\n".encode())) == 403


def test_allow_host_adds_a_name(tmp_path: Path, corpus_store: Store) -> None:
    process, url = start_serve(copy_store(corpus_store, tmp_path), tmp_path / "serve.log",
                               "--allow-host", "kg.example.org", "--workers", "1")
    try:
        request = "GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: {}\r\n\r\n"
        assert status(raw(url, request.format("kg.example.org").encode())) == 200
        assert status(raw(url, request.format("kg.example.org:8443").encode())) == 200
        assert status(raw(url, request.format("other.example.org").encode())) == 403
    finally:
        stop(process)


def test_the_host_policy() -> None:
    from unhrkg.server.guard import HostPolicy

    policy = HostPolicy("127.0.0.1", 7878, ("kg.example.org", "proxy.lan:8080"))
    assert policy.allows_host("[::1]:7878") and policy.allows_host(None)
    assert policy.allows_host("proxy.lan:8080") and not policy.allows_host("proxy.lan:7878")
    assert not policy.allows_host("10.0.0.5:7878") and not policy.allows_host("a@127.0.0.1:7878")
    everywhere = HostPolicy("0.0.0.0", 80, ())
    assert everywhere.allows_host("192.168.1.4") and not everywhere.allows_host("myhost.lan")
    assert policy.allows_origin("http://127.0.0.1:7878") and policy.allows_origin("https://kg.example.org")
    for origin in ("null", "http://127.0.0.1:8000", "http://evil.example:7878", "file://", "http://localhost"):
        assert not policy.allows_origin(origin), origin


def test_an_update_from_another_origin_is_refused(writer: str) -> None:
    port = urlsplit(writer).port
    before = quads(writer)
    drop = urlencode({"update": "DROP ALL"}).encode()
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    for foreign in ({"Origin": f"http://127.0.0.1:{free_port()}"}, {"Origin": "http://evil.example"},
                    {"Origin": "null"}, {"Sec-Fetch-Site": "cross-site"},
                    {"Origin": f"http://127.0.0.1:{port}", "Sec-Fetch-Site": "same-site"}):
        code, _, body = call(writer + "sparql", drop, {**form, **foreign})
        assert code == 403 and b"may not change this store" in body, foreign
    assert quads(writer) == before
    insert = urlencode({"update": "INSERT DATA { GRAPH <x:g> { <x:a> <x:b> <x:c> } }"}).encode()
    assert call(writer + "sparql", insert, {**form, "Origin": f"http://127.0.0.1:{port}"})[0] == 204  # its own page
    assert call(writer + "sparql", insert, {**form, "Origin": f"http://localhost:{port}"})[0] == 204
    delete = urlencode({"update": "DELETE DATA { GRAPH <x:g> { <x:a> <x:b> <x:c> } }"}).encode()
    assert call(writer + "sparql", delete, form)[0] == 204  # a client that is not a browser sends no Origin
    assert quads(writer) == before


class Listener:
    """A real HTTP server on 127.0.0.1 that records every request it gets."""

    def __init__(self) -> None:
        seen: list[str] = []

        class Record(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                seen.append(f"{self.command} {self.path}")
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                answer = b'{"head": {"vars": []}, "results": {"bindings": []}}'
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            do_POST = do_GET  # noqa: N815

            def log_message(self, *args: object) -> None:
                pass

        self.requests = seen
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Record)
        self.url = f"http://127.0.0.1:{self.server.server_port}/"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    target = Listener()
    yield target
    target.close()


def test_service_and_load_fetch_nothing(reader: str, writer: str, listener: Listener) -> None:
    for query in (f"SELECT * WHERE {{ SERVICE <{listener.url}sparql> {{ ?s ?p ?o }} }}",
                  f"SELECT * WHERE {{ ?x ?y ?z .service <{listener.url}a> {{ ?s ?p ?o }} }} LIMIT 1",
                  f"SELECT * WHERE {{ BIND(<{listener.url}b> AS ?u) SERVICE SILENT ?u {{ ?s ?p ?o }} }}"):
        code, _, body = sparql(reader, query)
        assert code == 400 and b"SERVICE is refused" in body and b"--allow-remote" in body, query
    load = urlencode({"update": f"LOAD <{listener.url}data.ttl> INTO GRAPH <x:loaded>"}).encode()
    code, _, body = call(writer + "sparql", load, {"Content-Type": "application/x-www-form-urlencoded"})
    assert code == 400 and b"LOAD is refused" in body
    time.sleep(0.5)
    assert listener.requests == []


def test_allow_remote_lets_service_through(tmp_path: Path, corpus_store: Store, listener: Listener) -> None:
    """The control for the test above: with --allow-remote the same listener is reached."""
    process, url = start_serve(copy_store(corpus_store, tmp_path), tmp_path / "serve.log",
                               "--allow-remote", "--workers", "1")
    try:
        code, _, body = sparql(url, f"SELECT * WHERE {{ SERVICE <{listener.url}sparql> {{ ?s ?p ?o }} }}")
        assert code == 200 and listener.requests == ["POST /sparql"], body
    finally:
        stop(process)


def test_what_counts_as_a_remote_fetch() -> None:
    from unhrkg.server.guard import remote_access

    assert remote_access("SELECT * { ?s ?p ?o } # SERVICE <http://x/> in a comment", "query") is None
    assert remote_access('SELECT ("SERVICE <http://x/> {}" AS ?x) { ?service <x:LOAD> ?load }', "query") is None
    assert remote_access("PREFIX service: <x:> SELECT * { service:a ?p ?o }", "query") is None
    assert remote_access("SELECT * { \\u0053ERVICE <http://x/> { ?s ?p ?o } }", "query") == "SERVICE"
    assert remote_access("load <http://x/>", "update") == "LOAD"
    assert remote_access("LOAD <http://x/>", "query") is None  # not a query form: the parser refuses it


def test_content_length_is_checked_before_the_body_is_read(reader: str) -> None:
    head = f"POST /sparql HTTP/1.1\r\nHost: {urlsplit(reader).netloc}\r\nContent-Type: application/sparql-query\r\n"
    body = "ASK { ?s ?p ?o }"
    started = time.monotonic()
    for length, code in (("-1", 400), ("abc", 400), ("1e3", 400), ("\u0661\u0666", 400), (f" {len(body)} ", 200),
                         (str(64 << 20), 413)):
        # the connection stays open: a server that waited for the body would never answer
        answer = raw(reader, f"{head}Content-Length: {length}\r\n\r\n{body}".encode(), wait=5)
        assert status(answer) == code, (length, answer[-200:])
    assert time.monotonic() - started < 10
    answer = raw(reader, f"{head}Transfer-Encoding: chunked\r\n\r\n{len(body):x}\r\n{body}\r\n0\r\n\r\n".encode(), wait=5)
    assert status(answer) == 411
    answer = raw(reader, f"{head}Content-Length: 3\r\nContent-Length: 4\r\n\r\n{body}".encode(), wait=5)
    assert status(answer) == 400


def test_head_answers_like_get_without_a_body(reader: str) -> None:
    for path in ("", "sparql?query=" + quote("ASK { ?s ?p ?o }"), "queries", "static/query/page.js"):
        host = urlsplit(reader).netloc
        get = raw(reader, f"GET /{path} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
        head = raw(reader, f"HEAD /{path} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
        headers, _, body = get.partition(b"\r\n\r\n")
        assert status(head) == status(get) == 200, path
        assert head.endswith(b"\r\n\r\n") and head.count(b"\r\n\r\n") == 1, path  # no body
        length = [line for line in headers.split(b"\r\n") if line.lower().startswith(b"content-length")]
        assert length and length[0] in head and int(length[0].split(b":")[1]) == len(body), path


def test_a_bad_graph_iri_is_a_client_error(reader: str) -> None:
    for name in ("default-graph-uri", "named-graph-uri"):
        code, _, body = call(f"{reader}sparql?query={quote('ASK { ?s ?p ?o }')}&{name}=not%20an%20iri")
        assert code == 400 and f"{name} 'not an iri' is not an IRI".encode() in body
    good = f"{reader}sparql?query={quote('ASK { ?s ?p ?o }')}&default-graph-uri=https://w3id.org/unhrkg/graph/entities"
    assert call(good)[0] == 200

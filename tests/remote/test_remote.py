"""Push to real stores and ask the named queries there: an Oxigraph server and a Virtuoso, on 127.0.0.1.

Both servers start once for the session (tests/helpers/servers.py) and are stopped by their
process id. The store pushed is the corpus (with the records of the extended store, ``helpers.stores``) and
160 synthetic documents (more dates, citation chains and sponsors: Virtuoso 7.2 gave other
rows for some queries only on those). The same named queries must give the same rows there
as on the local store, in the same order, and so must the pages ``unhrkg query --endpoint``
asks for; the only normalising is of GROUP_CONCAT columns, whose order SPARQL leaves open
and which Virtuoso writes as "" where Oxigraph leaves them unbound for an empty group
(values are compared as their lexical forms, so Virtuoso's xsd:int against Oxigraph's
xsd:integer for counts is moot).
"""
from __future__ import annotations

import http.server
import re
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from click.testing import CliRunner

from helpers import free_port
from helpers.servers import clear
from helpers.serve import CROSS_PRODUCT
from helpers.stores import build_extended_store, sample_values
from helpers.stores import most_cited_resolution
from unhrkg import query as Q, remote
from unhrkg.bench import synth
from unhrkg.bench.common import choose_params
from unhrkg.cli import main
from unhrkg.errors import EndpointError
from unhrkg.pipeline.ingest import ingest
from unhrkg.query.page import page
from unhrkg.remote.push import push
from unhrkg.remote.state import MARKER_GRAPH
from unhrkg.store import Store

pytestmark = pytest.mark.server



@pytest.fixture(scope="module")
def synthetic_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("synthetic")
    synth.generate(160, folder, seed=3)
    return folder


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, corpus_store: Store, synthetic_corpus: Path) -> Iterator[Store]:
    extended = build_extended_store(tmp_path_factory.mktemp("pushed"), corpus_store)
    assert ingest(extended, [synthetic_corpus]).count("loaded") > 150
    yield extended
    extended.close()


@pytest.fixture(scope="module")
def synthetic_params(store: Store, synthetic_corpus: Path) -> dict[str, str]:
    """Parameter values that give rows on the synthetic documents (as the benchmark picks them)."""
    return {**choose_params(synth.read_manifest(synthetic_corpus)), "resolution": most_cited_resolution(store)}


@pytest.fixture(scope="module", params=["oxigraph", "virtuoso"])
def pushed(request: pytest.FixtureRequest, store: Store) -> str:
    """Each server, emptied, with the store pushed to it twice (the second push must change nothing)."""
    url = request.getfixturevalue(request.param)
    clear(url)
    first, second = push(store, remote.Endpoint(url)), push(store, remote.Endpoint(url))
    assert first.triples == second.triples == len(store) and not first.warnings + second.warnings
    assert (first.method, second.method) == ("update+nquads" if request.param == "oxigraph" else "update", "update")
    return url


def remote_triples(url: str) -> int:
    """Triples in the project's graphs there, the push marker's left out."""
    count = Q.NamedQuery("count", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER (STRSTARTS(STR(?g), "
                                  f'"https://w3id.org/unhrkg/graph/") && ?g != <{MARKER_GRAPH}>) }}', "")
    return int(remote.query(remote.Endpoint(url), count).rows[0]["n"])


def normalised(query: Q.NamedQuery, rows: list[dict[str, object]]) -> list[list[tuple[str, bool, str]]]:
    """Rows as sorted lists, GROUP_CONCAT columns with sorted parts and "" taken as unbound."""
    concat = set(re.findall(r"GROUP_CONCAT\(.*?\)\s+AS\s+\?(\w+)", query.text, re.S))

    def value(key: str, v: object) -> str | None:
        return (", ".join(sorted(str(v).split(", "))) or None) if key in concat and v is not None else v  # type: ignore[return-value]
    return sorted(sorted((k, value(k, v) is None, str(value(k, v))) for k, v in r.items()) for r in rows)


def test_push_is_idempotent_one_graph_per_document(pushed: str, store: Store) -> None:
    assert remote_triples(pushed) == len(store)
    graphs = remote.query(remote.Endpoint(pushed), Q.NamedQuery("g", "SELECT DISTINCT ?g WHERE { GRAPH ?g { "
                          "?g a <https://w3id.org/unhrkg/ontology#DocumentGraph> } }", "")).rows
    assert {r["g"] for r in graphs} == {str(g) for g in store.document_graphs()}


def in_order(query: Q.NamedQuery, rows: list[dict[str, object]]) -> list[list[tuple[str, bool, str]]]:
    """The rows normalised one by one, in their order."""
    return [normalised(query, [row])[0] for row in rows]


def pages_there(url: str, query: Q.NamedQuery, values: dict[str, str], size: int) -> list[dict[str, object]]:
    """Every page of the answer as ``unhrkg query --endpoint`` asks for them (windows, LIMIT and OFFSET), end to end."""
    rows, offset, more = [], 0, True
    while more:
        got = page(query, size, offset, lambda paged: remote.query(remote.Endpoint(url), paged, values))
        rows, offset, more = rows + got.rows, offset + size, got.more
    return rows


@pytest.mark.parametrize("name", sorted(Q.library()))
def test_named_queries_give_the_same_rows_as_locally(pushed: str, store: Store, synthetic_params: dict[str, str],
                                                      name: str) -> None:
    query = Q.load(name)
    required = {p.name: synthetic_params[p.name] for p in query.params if not p.optional and p.default is None}
    for values in (sample_values(query, False), sample_values(query, True), required):
        local = Q.run(store.db, query, values)
        there = remote.query(remote.Endpoint(pushed), query, values)
        assert there.variables == local.variables
        assert in_order(query, there.rows) == in_order(query, local.rows), values
        assert local.rows, f"the values {values} must give rows to compare"
        size = max(3, len(local.rows) // 3)  # a few pages: the windows of the first and of later ones
        assert in_order(query, pages_there(pushed, query, values, size)) == in_order(query, local.rows), values


def test_a_page_whose_window_virtuoso_would_refuse_to_sort(pushed: str, store: Store) -> None:
    """A window of over 10,000 items (problem-documents reads 20 a row) is left out: Virtuoso answers the page."""
    query = Q.load("problem-documents")
    there = page(query, 5, 600, lambda paged: remote.query(remote.Endpoint(pushed), paged))
    assert there.rows == Q.run(store.db, query).rows[600:605] and not there.more


def test_sparql_update_when_the_graph_store_takes_no_n_quads(oxigraph: str, store: Store) -> None:
    clear(oxigraph)
    nowhere = oxigraph.rsplit("/", 1)[0] + "/nothing/store"  # looks like Oxigraph's /store, answers 404
    report = push(store, remote.Endpoint(oxigraph, graph_store_url=nowhere))
    assert report.method == "update" and report.url.endswith("/update")
    assert remote_triples(oxigraph) == len(store)
    clear(oxigraph)
    assert push(store, remote.Endpoint(oxigraph), method="update").method == "update"
    assert push(store, remote.Endpoint(oxigraph), method="gsp").method == "gsp"
    assert remote_triples(oxigraph) == len(store)


@pytest.mark.parametrize("url, update, graph_store", [
    ("http://h:7878/query?union-default-graph", "http://h:7878/update", "http://h:7878/store"),
    ("http://h:8890/sparql", "http://h:8890/sparql", "http://h:8890/sparql-graph-crud"),
    ("http://h:8890/sparql-auth", "http://h:8890/sparql-auth", "http://h:8890/sparql-graph-crud-auth"),
    ("http://h:7200/repositories/un", "http://h:7200/repositories/un", None),
])
def test_write_urls_are_derived_for_known_layouts(url: str, update: str, graph_store: str | None) -> None:
    assert (remote.Endpoint(url).update(), remote.Endpoint(url).graph_store()) == (update, graph_store)


def test_digest_credentials_on_virtuoso(virtuoso: str, store: Store) -> None:
    secured = virtuoso + "-auth"  # dba's endpoints: /sparql-auth, /sparql-graph-crud-auth
    ask = Q.NamedQuery("ask", "ASK { ?s ?p ?o }", "")
    assert remote.query(remote.Endpoint(secured, "dba", "dba", "digest"), ask).boolean is True
    assert push(store, remote.Endpoint(secured, "dba", "dba", "digest"), method="gsp").url.endswith(
        "/sparql-graph-crud-auth")
    assert push(store, remote.Endpoint(secured, "dba", "dba", "digest")).url.endswith("/sparql-auth")
    with pytest.raises(EndpointError, match="HTTP 401"):
        remote.query(remote.Endpoint(secured, "dba", "wrong", "digest"), ask)
    with pytest.raises(EndpointError, match="HTTP 401"):
        push(store, remote.Endpoint(secured, "dba", "wrong", "digest"))


def test_timeout_down_and_garbage_are_clear_errors(oxigraph: str) -> None:
    slow = Q.NamedQuery("slow", CROSS_PRODUCT, "")
    started = time.monotonic()
    with pytest.raises(EndpointError, match="did not answer within 1 s"):
        remote.query(remote.Endpoint(oxigraph, timeout=1), slow)
    assert time.monotonic() - started < 5
    with pytest.raises(EndpointError, match="cannot reach http://127.0.0.1:.*refused"):
        remote.query(remote.Endpoint(f"http://127.0.0.1:{free_port()}/sparql"), Q.load("citations"))
    with pytest.raises(EndpointError, match="no SPARQL endpoint there"):
        remote.query(remote.Endpoint(oxigraph.rsplit("/", 1)[0] + "/nothing"), Q.load("citations"))

    class Garbage(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<html><body>Welcome to our shop</body></html>")

        def log_message(self, *args: object) -> None:
            pass
    server = http.server.HTTPServer(("127.0.0.1", 0), Garbage)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with pytest.raises(EndpointError, match="not SPARQL JSON results \\(text/html\\): <html><body>Welcome"):
            remote.query(remote.Endpoint(f"http://127.0.0.1:{server.server_port}/sparql"), Q.load("citations"))
    finally:
        server.shutdown()
        server.server_close()


def test_cli_push_and_query_an_endpoint(pushed: str, store: Store, tmp_path: Path) -> None:
    store.db.backup(str(tmp_path / "copy"))  # the fixture holds the store open: the CLI opens a copy
    runner = CliRunner()
    result = runner.invoke(main, ["push", "--endpoint", pushed, "--store", str(tmp_path / "copy")])
    assert result.exit_code == 0 and f"graphs ({len(store)} triples)" in result.stdout
    args = ["query", "rejected-resolutions", "-p", "state=PRK", "--format", "csv"]
    there = runner.invoke(main, [*args, "--endpoint", pushed])
    here = runner.invoke(main, [*args, "--store", str(tmp_path / "copy")])
    assert there.exit_code == 0 and there.stdout == here.stdout and "2003/10" in there.stdout and not there.stderr
    down = runner.invoke(main, [*args, "--endpoint", f"http://127.0.0.1:{free_port()}/sparql"])
    assert down.exit_code == 2 and down.stderr.startswith("error: cannot reach")

"""The real SPARQL servers the remote and push tests talk to, started once per test session.

Its fixtures are registered by tests/conftest.py. A missing Virtuoso is skipped with the
package to install in pytest's summary, and is a failure under ``make test`` (which installs
it); the Oxigraph server comes with the test extra. Tests that need a known state start from ``clear``.
"""
from __future__ import annotations

from collections.abc import Iterator

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from helpers import system_program
from unhrkg import remote
from unhrkg.bench import servers
from unhrkg.cli import main
from unhrkg.errors import EndpointError
from unhrkg.model.namespaces import GRAPH_BASE
from unhrkg.store import Store


SMALL_VIRTUOSO = servers.virtuoso_memory(256 * 2**20)  # the tests' data is small; the machine is shared


def _started(start, *args: object) -> servers.Server:  # type: ignore[no-untyped-def]
    try:
        return start(*args)
    except EndpointError as exc:
        pytest.fail(str(exc))


@pytest.fixture(scope="session")
def oxigraph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """An Oxigraph server whose default graph is the union of its named graphs (a 3 s query timeout)."""
    server = _started(servers.start_oxigraph, tmp_path_factory.mktemp("oxigraph"), True, 3)
    yield server.url
    server.stop()


@pytest.fixture(scope="session")
def oxigraph_plain(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """An Oxigraph server started as its documentation says: no --union-default-graph."""
    server = _started(servers.start_oxigraph, tmp_path_factory.mktemp("oxigraph-plain"), False)
    yield server.url
    server.stop()


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[servers.Server]:
    """A Virtuoso 7 (default graph = union of all graphs) that lets anonymous SPARQL write."""
    system_program("virtuoso-t", "virtuoso-opensource-7-bin")  # missing: skipped with the remedy, or failed under make test
    server = _started(servers.start_virtuoso, tmp_path_factory.mktemp("virtuoso"), SMALL_VIRTUOSO)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def virtuoso(virtuoso_server: servers.Server) -> str:
    return virtuoso_server.url


def update(url: str, text: str) -> None:
    """Run a SPARQL Update on the server of this query URL."""
    endpoint = remote.Endpoint(url)
    remote.Http(endpoint, endpoint.update()).send(endpoint.update(), "POST", text.encode(), "application/sparql-update")


def clear(url: str) -> None:
    """Drop every graph of the project there (not the server's own: Virtuoso keeps its system graphs)."""
    rows = remote.select(remote.Endpoint(url), "graphs", "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
                         f'FILTER (STRSTARTS(STR(?g), "{GRAPH_BASE}")) }}').rows
    graphs = [str(r["g"]) for r in rows]
    for i in range(0, len(graphs), 200):
        update(url, " ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in graphs[i:i + 200]))


def counts(store: Store) -> dict[str, int]:
    """Triples in each named graph of a local store."""
    return {str(g): sum(1 for _ in store.db.quads_for_pattern(None, None, None, ox.NamedNode(str(g))))
            for g in store.named_graphs()}


def remote_counts(url: str) -> dict[str, int]:
    """Triples in each of the project's graphs there (a server's own graphs left out)."""
    rows = remote.select(remote.Endpoint(url), "counts", "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                         f'FILTER (STRSTARTS(STR(?g), "{GRAPH_BASE}")) }} GROUP BY ?g').rows
    return {str(r["g"]): int(str(r["n"])) for r in rows}


def cli(*args: str) -> tuple[int, str, str]:
    """The CLI run here: exit code, stdout, stderr."""
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr

"""Push against real servers: a push killed at any byte leaves no graph half-written and no
marker; shared graphs arrive before the documents naming them; --sync deletes what is gone
here; the marker and the union default graph are checked by push and query --endpoint.

The kill tests put a TCP proxy between the push (a subprocess running the CLI) and the server:
it forwards the push's bytes up to a chosen count and holds the rest, so the push is killed
(SIGKILL) with a request half-sent, at the same point on every run.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest

from helpers.servers import clear, cli, counts, remote_counts, update
from helpers.stores import build_extended_store
import unhrkg
from unhrkg import remote
from unhrkg.bench import synth
from unhrkg.pipeline.ingest import ingest
from unhrkg.remote.push import SHARED, Budget, graph_ntriples, push
from unhrkg.remote.state import MARKER_GRAPH, read_marker, remote_graphs
from unhrkg.store import Store

pytestmark = pytest.mark.server
SRC = str(Path(unhrkg.__file__).resolve().parents[1])
UNION_HINT = "start oxigraph with --union-default-graph"


class StallingProxy:
    """Forwards TCP to a server; the client's bytes only up to ``stall_at``, then none."""

    def __init__(self, url: str, stall_at: int | None = None):
        self.upstream = int(url.split(":")[2].split("/")[0])
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port, self.sent, self.stall_at = self.listener.getsockname()[1], 0, stall_at
        self.stalled, self.lock, self.sockets = threading.Event(), threading.Lock(), []  # type: ignore[var-annotated]
        threading.Thread(target=self._accept, daemon=True).start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.upstream))
            self.sockets += [client, upstream]
            threading.Thread(target=self._pump, args=(client, upstream, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, False), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, counted: bool) -> None:
        try:
            while data := src.recv(65536):
                if counted:
                    with self.lock:
                        if self.stall_at is not None:
                            data = data[:max(0, self.stall_at - self.sent)]
                            self.stalled.set() if self.sent + len(data) >= self.stall_at else None
                        self.sent += len(data)
                if data:
                    dst.sendall(data)
                if counted and self.stalled.is_set():
                    return  # hold the rest: the server never gets it
        except OSError:
            return
        for s in (src, dst):
            s.close()

    def close(self) -> None:
        self.listener.close()
        for s in self.sockets:
            s.close()


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """400 synthetic documents: an entities graph of over 5,000 triples (the most one INSERT DATA
    block takes on Virtuoso, and what the old push split a graph at)."""
    folder = tmp_path_factory.mktemp("synthetic")
    synth.generate(400, folder / "corpus", seed=3)
    store = Store(folder / "db")
    ingest(store, [folder / "corpus"])
    store.flush()
    yield store
    store.close()


def killed_push(url: str, path: str, copy: Path, method: str, stall_at: int | None, log: Path) -> int:
    """Run the CLI's push through the proxy; killed once the proxy holds its bytes. The bytes forwarded."""
    proxy = StallingProxy(url, stall_at)
    command = [sys.executable, "-m", "unhrkg", "push", "--endpoint", proxy.url(path), "--store", str(copy),
               "--method", method]
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=out, env={**os.environ, "PYTHONPATH": SRC})
    try:
        if stall_at is None:
            assert process.wait(300) == 0, log.read_text()
        else:
            while not proxy.stalled.wait(0.1):
                assert process.poll() is None, f"the push ended before byte {stall_at}: {log.read_text()}"
            os.kill(process.pid, signal.SIGKILL)
            process.wait(30)
    finally:
        proxy.close()
    return proxy.sent


def assert_no_half_graph(url: str, local: dict[str, int], first: bool) -> None:
    """No marker, every graph there whole; after a first push, no document without the shared graphs."""
    assert read_marker(remote.Endpoint(url))[0] is None, "a push killed half-way left its marker"
    there = remote_counts(url)
    assert set(there) <= set(local), set(there) - set(local)
    half = {g: (n, local[g]) for g, n in there.items() if n != local[g]}
    assert not half, f"graphs half-written (there, here): {half}"
    if first and any(g not in SHARED for g in there):
        assert set(SHARED) <= set(there), "documents arrived before the shared graphs they name"


@pytest.mark.parametrize("server, path, method, points", [
    ("oxigraph", "/query", "auto", (0.3, 0.85)), ("oxigraph", "/query", "gsp", (0.5,)),
    ("virtuoso", "/sparql", "update", (0.3, 0.85))])
def test_a_killed_push_leaves_no_half_written_graph_and_no_marker(request: pytest.FixtureRequest, synthetic: Store,
                                                                   tmp_path: Path, server: str, path: str,
                                                                   method: str, points: tuple[float, ...]) -> None:
    url, local, copy = request.getfixturevalue(server), counts(synthetic), tmp_path / "copy"
    synthetic.db.backup(str(copy))  # the fixture holds the store open: the CLI opens a copy
    clear(url)
    first = killed_push(url, path, copy, method, None, tmp_path / "first-full.log")
    total = killed_push(url, path, copy, method, None, tmp_path / "full.log")  # a push again: graphs replaced
    marker = read_marker(remote.Endpoint(url))[0]
    assert marker is not None and remote_counts(url) == {**local, MARKER_GRAPH: 4}
    assert (marker.graphs, marker.triples, marker.documents) == (len(local), len(synthetic),
                                                                 len(synthetic.document_graphs()))
    for point in points:  # the server holds a completed push; this one is killed with a request half-sent
        killed_push(url, path, copy, method, int(total * point), tmp_path / f"{point}.log")
        assert_no_half_graph(url, local, first=False)
        update(url, f"INSERT DATA {{ GRAPH <{MARKER_GRAPH}> {{ {marker.ntriples()} }} }}")  # as completed again
    clear(url)  # a first push, killed half-way
    killed_push(url, path, copy, method, int(first * 0.5), tmp_path / "first.log")
    assert_no_half_graph(url, local, first=True)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory, corpus_store: Store) -> Path:
    """The development corpus with a quarantined record: a store folder for the CLI (not held open)."""
    folder = tmp_path_factory.mktemp("small")
    build_extended_store(folder, corpus_store).close()
    return folder / "db"


@pytest.mark.parametrize("server", ["oxigraph", "virtuoso"])
def test_sync_deletes_remote_graphs_gone_here_and_otherwise_counts_them(
        request: pytest.FixtureRequest, small: Path, tmp_path: Path, server: str) -> None:
    url = request.getfixturevalue(server)
    clear(url)
    assert cli("push", "--endpoint", url, "--store", str(small))[0] == 0
    with Store(small) as whole:
        whole.db.backup(str(tmp_path / "fewer"))
    with Store(tmp_path / "fewer") as fewer:
        gone = [fewer.document_graphs()[0], *(g for g in fewer.named_graphs() if "/quarantine/" in str(g))]
        assert len(gone) == 2
        for graph in gone:
            fewer.remove_graph(graph)
        kept = {str(g) for g in fewer.named_graphs() if str(g) not in SHARED}
    code, out, err = cli("push", "--endpoint", url, "--store", str(tmp_path / "fewer"))
    assert code == 0 and "2 document graphs" in err and "--sync" in err
    assert remote_graphs(remote.Endpoint(url)) == kept | {str(g) for g in gone}
    code, out, err = cli("push", "--endpoint", url, "--store", str(tmp_path / "fewer"), "--sync")
    assert code == 0 and "deleted 2 graphs" in out and not err, err
    assert remote_graphs(remote.Endpoint(url)) == kept
    code, out, err = cli("query", "documents", "--endpoint", url, "--store", str(tmp_path / "fewer"))
    assert code == 0 and not err, err


def test_the_marker_and_what_query_endpoint_says_of_it(oxigraph: str, small: Path, tmp_path: Path) -> None:
    clear(oxigraph)
    args = ["query", "documents", "--endpoint", oxigraph]
    assert "no record of a completed 'unhrkg push'" in cli(*args)[2]
    before = datetime.now(timezone.utc).replace(microsecond=0)
    assert cli("push", "--endpoint", oxigraph, "--store", str(small))[0] == 0
    marker = read_marker(remote.Endpoint(oxigraph))[0]
    with Store(small) as store:
        assert marker and (marker.graphs, marker.triples, marker.documents) == (
            len(store.named_graphs()), len(store), len(store.document_graphs()))
        store.db.backup(str(tmp_path / "changed"))
    assert before <= datetime.fromisoformat(marker.completed.replace("Z", "+00:00")) <= datetime.now(timezone.utc)
    assert cli(*args)[2] == "" and cli(*args, "--store", str(small))[2] == ""
    with Store(tmp_path / "changed") as changed:  # the local store changes after the push
        one, other = changed.document_graphs()[:2]
        changed.remove_graph(one)
    assert "the local store (" in cli(*args, "--store", str(tmp_path / "changed"))[2]
    update(oxigraph, f"DROP GRAPH <{other}>")  # and the endpoint is written behind the marker's back
    assert f"holds {marker.documents - 1} document graphs, the push of {marker.completed} left" in cli(*args)[2]
    update(oxigraph, f"DROP GRAPH <{MARKER_GRAPH}>")
    assert "no record of a completed 'unhrkg push'" in cli(*args)[2]


def test_a_default_graph_blind_to_the_named_graphs_is_reported(oxigraph_plain: str, oxigraph: str, small: Path) -> None:
    clear(oxigraph_plain)
    code, out, err = cli("push", "--endpoint", oxigraph_plain, "--store", str(small))
    assert code == 0 and err.count("\n") == 1 and UNION_HINT in err
    code, out, err = cli("query", "documents", "--endpoint", oxigraph_plain)
    assert code == 1 and "(0 rows)" in out and err.count("\n") == 1 and UNION_HINT in err
    update(oxigraph_plain, f"DROP GRAPH <{MARKER_GRAPH}>")
    err = cli("query", "documents", "--endpoint", oxigraph_plain)[2]
    assert UNION_HINT in err and "no record of a completed" in err  # without a marker, an ASK each way
    clear(oxigraph)
    code, out, err = cli("push", "--endpoint", oxigraph, "--store", str(small))
    assert code == 0 and not err and cli("query", "documents", "--endpoint", oxigraph)[::2] == (0, "")


def test_new_graphs_are_posted_big_ones_there_put_and_batches_keep_to_the_budget(oxigraph: str, small: Path) -> None:
    clear(oxigraph)
    budget = Budget(graphs=3, bytes=40_000, single=100_000, post_graphs=5, post_bytes=60_000)
    with Store(small) as store:
        local = counts(store)
        assert len(graph_ntriples(store, SHARED[1])) > budget.single  # big: by PUT once the server holds it
        first, again = (push(store, remote.Endpoint(oxigraph), budget=budget) for _ in range(2))
    assert first.warnings == again.warnings == [] and remote_counts(oxigraph) == {**local, MARKER_GRAPH: 4}
    assert first.method == "update+nquads" and first.requests >= len(local) // 5 + 2  # the big graph posted too
    assert again.method == "update+gsp" and again.requests >= len(local) // 3 + 2


def test_a_big_graph_goes_to_virtuoso_in_updates_not_by_put(virtuoso: str, small: Path) -> None:
    clear(virtuoso)
    budget = Budget(graphs=50, bytes=40_000, single=100_000)
    with Store(small) as store:
        local, big = counts(store), len(graph_ntriples(store, SHARED[1]))
        assert big > budget.single
        first, again = (push(store, remote.Endpoint(virtuoso), budget=budget) for _ in range(2))
    assert remote_counts(virtuoso) == {**local, MARKER_GRAPH: 4}  # again: cleared by its first part, not doubled
    assert first.method == again.method == "update" and again.requests > big // budget.bytes

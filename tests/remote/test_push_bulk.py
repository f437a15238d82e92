"""Push by Virtuoso's bulk loader, against the real Virtuoso of the session (its SQL port and a
folder in its DirsAllowed): the same graphs and answers as a push by SPARQL Update, a push
again replaces, --sync deletes, and every way it can fail is one line naming the cause."""
from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from helpers.servers import SMALL_VIRTUOSO, clear, cli, counts, remote_counts
from helpers.stores import build_extended_store
from unhrkg import remote
from unhrkg.bench import servers
from unhrkg.bench.servers import Server
from unhrkg.errors import EndpointError
from unhrkg.remote.bulk import BulkLoad, delete_graphs, load_file, push_bulk
from unhrkg.remote.isql import Isql, marked
from unhrkg.remote.push import SHARED, ordered_graphs
from unhrkg.remote.state import MARKER_GRAPH, read_marker, remote_graphs
from unhrkg.store import Store

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory, corpus_store: Store) -> Path:
    """The development corpus with a quarantined record: a store folder for the CLI (not held open)."""
    folder = tmp_path_factory.mktemp("small-bulk")
    build_extended_store(folder, corpus_store).close()
    return folder / "db"


def bulk_args(server: Server, store: Path, *more: str) -> list[str]:
    return ["push", "--endpoint", server.url, "--store", str(store), "--method", "bulk",
            "--isql", server.isql.address, "--load-dir", str(server.load_dir), *more]


def leftovers(server: Server) -> tuple[list[Path], int]:
    """Files in the load folder, and rows of our files in the server's load list."""
    out = server.isql.run("select '@@' || cast(count(*) as varchar) || '@@' from DB.DBA.LOAD_LIST "
                          "where ll_file like '%unhrkg-push-%';")
    return sorted(server.load_dir.iterdir()), int(marked(out)[0][0])


def test_a_bulk_push_leaves_what_an_update_push_leaves_and_replaces_when_pushed_again(
        virtuoso_server: Server, small: Path) -> None:
    url = virtuoso_server.url
    clear(url)
    assert cli("push", "--endpoint", url, "--store", str(small), "--method", "update")[0] == 0
    by_update, answer = remote_counts(url), cli("query", "documents", "--endpoint", url)
    clear(url)
    code, out, err = cli(*bulk_args(virtuoso_server, small))
    assert code == 0 and not err and "with Virtuoso's bulk loader" in out, (out, err)
    with Store(small) as store:
        local = counts(store)
    assert remote_counts(url) == by_update == {**local, MARKER_GRAPH: 4}
    assert cli("query", "documents", "--endpoint", url) == answer and answer[0] == 0 and answer[1].count("\n") > 10
    code, out, err = cli(*bulk_args(virtuoso_server, small))  # again: every graph there is replaced, none doubled
    assert code == 0 and not err and remote_counts(url) == by_update
    marker = read_marker(remote.Endpoint(url))[0]
    assert marker and (marker.graphs, marker.triples) == (len(local), sum(local.values()))
    assert leftovers(virtuoso_server) == ([], 0)


def test_files_of_whole_graphs_are_loaded_in_order_with_progress(virtuoso_server: Server, small: Path) -> None:
    url, seen = virtuoso_server.url, []
    clear(url)
    bulk = BulkLoad(virtuoso_server.isql, virtuoso_server.load_dir, file_bytes=150_000)
    with Store(small) as store:
        local, order = counts(store), ordered_graphs(store)
        for _ in range(2):  # to an empty server, then over the graphs pushed
            report = push_bulk(store, remote.Endpoint(url), bulk,
                               lambda done, total, graph: seen.append((done, total, graph, remote_counts(url))))
            assert report.method == "bulk" and report.warnings == [] and remote_counts(url) == {**local, MARKER_GRAPH: 4}
    first = seen[:len(seen) // 2]
    assert len(first) >= 3 and [s[0] for s in first] == sorted({s[0] for s in first}) and first[-1][0] == len(local)
    for done, total, graph, there in seen:  # each file loaded: the graphs up to its last, whole
        assert total == len(local) and graph == order[done - 1]
        assert {g: there.get(g, 0) for g in order[:done]} == {g: local[g] for g in order[:done]}
    assert leftovers(virtuoso_server) == ([], 0)


def test_a_folder_name_that_sql_or_isql_would_read_otherwise(virtuoso_server: Server, small: Path) -> None:
    folder = virtuoso_server.load_dir / "it's $HOME at 100%u"  # a quote ends SQL text; isql expands $ and %u
    folder.mkdir()
    clear(virtuoso_server.url)
    try:
        code, out, err = cli(*bulk_args(virtuoso_server, small)[:-1], str(folder))
    finally:
        folder.rmdir()  # empty again, or this fails
    with Store(small) as store:
        assert code == 0 and not err and remote_counts(virtuoso_server.url) == {**counts(store), MARKER_GRAPH: 4}


def test_sync_deletes_graphs_removed_here(virtuoso_server: Server, small: Path, tmp_path: Path) -> None:
    url = virtuoso_server.url
    clear(url)
    assert cli(*bulk_args(virtuoso_server, small))[0] == 0
    with Store(small) as whole:
        whole.db.backup(str(tmp_path / "fewer"))
    with Store(tmp_path / "fewer") as fewer:
        gone, changed = fewer.document_graphs()[:2]
        fewer.remove_graph(gone)
        for graph in (changed, SHARED[0]):  # a triple less in a document graph and in a shared one
            fewer.db.remove(next(iter(fewer.db.quads_for_pattern(None, None, None, ox.NamedNode(str(graph))))))
        kept = {str(g) for g in fewer.named_graphs() if str(g) not in SHARED}
        local = counts(fewer)
    code, out, err = cli(*bulk_args(virtuoso_server, tmp_path / "fewer"))
    assert code == 0 and "1 document graphs" in err and remote_graphs(remote.Endpoint(url)) == kept | {str(gone)}
    assert {g: n for g, n in remote_counts(url).items() if g in local} == local  # replaced, not added to
    code, out, err = cli(*bulk_args(virtuoso_server, tmp_path / "fewer", "--sync"))
    assert code == 0 and "deleted 1 graphs" in out and not err, err
    assert remote_graphs(remote.Endpoint(url)) == kept


def test_a_file_the_loader_cannot_read_is_an_error_naming_it(virtuoso_server: Server) -> None:
    path = virtuoso_server.load_dir / "broken.nq"
    path.write_text('<http://example.org/s> <http://example.org/p> "unterminated <http://example.org/g> .\n')
    try:
        with pytest.raises(EndpointError) as caught:
            load_file(virtuoso_server.isql, path)
    finally:
        path.unlink()
    message = str(caught.value)
    assert message.startswith(f"Virtuoso's bulk loader failed on {path}: ") and "NQuads" in message
    assert "\n" not in message
    out = virtuoso_server.isql.run(f"select '@@' || cast(count(*) as varchar) || '@@' from DB.DBA.LOAD_LIST "
                                   f"where ll_file = '{path}';")
    assert marked(out) == [["0"]]  # its row went with it


@pytest.fixture
def outside() -> Iterator[Path]:
    """A folder outside the server's DirsAllowed (and outside /tmp, which this Virtuoso also reads)."""
    folder = Path(tempfile.mkdtemp(prefix="unhrkg-not-allowed-", dir="/var/tmp"))
    yield folder
    shutil.rmtree(folder)


def test_failures_before_the_load_are_one_line_and_change_nothing(virtuoso_server: Server, small: Path,
                                                                   outside: Path, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    url = virtuoso_server.url
    clear(url)
    assert cli(*bulk_args(virtuoso_server, small))[0] == 0
    there = remote_counts(url)
    port = virtuoso_server.isql.address
    cases = [(["--load-dir", str(outside)], "add it to DirsAllowed in its virtuoso.ini"),
             (["--isql-password", "wrong"], f"Virtuoso at {port} refused the login of 'dba'"),
             (["--isql", "127.0.0.1:1"], "no Virtuoso answers on its SQL port 127.0.0.1:1"),
             (["--load-dir", str(tmp_path / "absent")], "does not exist")]
    for more, says in cases:
        code, out, err = cli(*bulk_args(virtuoso_server, small, *more))
        assert code == 2 and says in err and err.count("\n") == 1 and not out, (more, err)
    assert list(outside.iterdir()) == [] and remote_counts(url) == there  # nothing written, nothing dropped
    monkeypatch.setenv("PATH", str(tmp_path))  # a machine without Virtuoso's SQL client
    code, out, err = cli(*bulk_args(virtuoso_server, small))
    assert code == 2 and err == "error: isql-vt not found: install the Debian package virtuoso-opensource-7-bin " \
                                "(scripts/system-deps.sh)\n"


def test_the_cli_refuses_bulk_without_its_sql_port_and_folder(virtuoso: str, small: Path, tmp_path: Path) -> None:
    for more in ([], ["--isql", "127.0.0.1:1111"], ["--load-dir", str(tmp_path)]):
        code, out, err = cli("push", "--endpoint", virtuoso, "--store", str(small), "--method", "bulk", *more)
        assert code == 2 and err == ("error: --method bulk needs --isql HOST:PORT (the Virtuoso's SQL port) and "
                                     "--load-dir DIR (a folder in its DirsAllowed)\n")
    code, out, err = cli("push", "--endpoint", virtuoso, "--store", str(small), "--load-dir", str(tmp_path))
    assert code == 2 and err == "error: --isql and --load-dir go with --method bulk\n"


def test_a_sql_port_of_another_server_is_found_out(virtuoso_server: Server, oxigraph: str, small: Path) -> None:
    clear(oxigraph)
    code, out, err = cli("push", "--endpoint", oxigraph, "--store", str(small), "--method", "bulk",
                         "--isql", virtuoso_server.isql.address, "--load-dir", str(virtuoso_server.load_dir))
    assert code == 2 and err == (f"error: {oxigraph} does not show the graphs loaded through "
                                 f"{virtuoso_server.isql.address}: give the SQL port of the same Virtuoso\n")
    assert read_marker(remote.Endpoint(oxigraph))[0] is None


def test_a_push_again_deletes_the_graphs_it_replaces_in_sql_not_by_one_drop_request_a_batch(
        virtuoso_server: Server, small: Path) -> None:
    url = virtuoso_server.url
    clear(url)
    bulk = BulkLoad(virtuoso_server.isql, virtuoso_server.load_dir, file_bytes=150_000)
    with Store(small) as store:
        first, again = (push_bulk(store, remote.Endpoint(url), bulk) for _ in range(2))
        local = counts(store)
    assert remote_counts(url) == {**local, MARKER_GRAPH: 4}
    assert again.requests == first.requests  # files and the marker's requests only: no SPARQL DROP of what is there


def graph_rows(isql: Isql, prefix: str) -> dict[str, int]:
    """Quads in each graph whose IRI starts with prefix, read in SQL."""
    out = isql.run("select '@@' || id_to_iri(G) || '@@' || cast(count(*) as varchar) || '@@' from DB.DBA.RDF_QUAD "
                   f"where id_to_iri(G) like '{prefix}%' group by G")
    return {row[0]: int(row[1]) for row in marked(out)}


def test_sql_deletes_take_any_iri_and_any_number_of_graphs(virtuoso_server: Server) -> None:
    prefix = "http://example.org/del/"
    odd = [f"{prefix}it's-\u00e9t\u00e9-{n}" for n in range(2)]  # a quote ends SQL text; non-ASCII
    many = [f"{prefix}g{n}" for n in range(600)]  # more than one statement's list
    path = virtuoso_server.load_dir / "many.nq"
    path.write_text("".join(f'<{prefix}s> <{prefix}p> "{n}" <{g}> .\n' for n, g in enumerate(odd + many)),
                    encoding="utf-8")
    try:
        load_file(virtuoso_server.isql, path)
        assert len(graph_rows(virtuoso_server.isql, prefix)) == 602
        assert len(delete_graphs(many)) == 1 + 3  # the log off, then three lists
        virtuoso_server.isql.run(*delete_graphs([*odd, *many[:599], f"{prefix}never-there"]))
        assert graph_rows(virtuoso_server.isql, prefix) == {many[-1]: 1}
        load_file(virtuoso_server.isql, path, replacing=[many[-1]])  # deleted, then loaded again: once
        assert graph_rows(virtuoso_server.isql, prefix) == {g: 1 for g in odd + many}
    finally:
        path.unlink()
        virtuoso_server.isql.run(*delete_graphs(odd + many))
    assert delete_graphs([]) == []


def test_what_a_bulk_push_deleted_and_loaded_outlives_a_killed_server(small: Path, tmp_path: Path) -> None:
    """The deletes and the loads skip the transaction log: the checkpoint before the marker makes them
    durable, so a server killed (SIGKILL, no shutdown) right after the push comes back with the push's graphs."""
    server = servers.start_virtuoso(tmp_path / "v", SMALL_VIRTUOSO)
    try:
        with Store(small) as store:
            local = counts(store)
            store.db.backup(str(tmp_path / "fewer"))
        bulk = BulkLoad(server.isql, server.load_dir, file_bytes=150_000)
        with Store(tmp_path / "fewer") as fewer:
            one = next(g for g in fewer.document_graphs())
            fewer.db.remove(next(iter(fewer.db.quads_for_pattern(None, None, None, ox.NamedNode(str(one))))))
            push_bulk(fewer, remote.Endpoint(server.url), bulk)
        with Store(small) as store:
            push_bulk(store, remote.Endpoint(server.url), bulk)  # again, the graph whole: replaced
        server.process.kill()
        server.process.wait(30)
    finally:
        server.stop()
    server = servers.start_virtuoso(tmp_path / "v", SMALL_VIRTUOSO)
    try:
        assert remote_counts(server.url) == {**local, MARKER_GRAPH: 4}
    finally:
        server.stop()

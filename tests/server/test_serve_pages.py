"""A named query a page at a time through ``unhrkg serve`` (``/queries/NAME/page`` and
``/queries/NAME/count``), on a server run in this process over a synthetic store of 160
documents: a page has the rows ``unhrkg query`` shows for the same page, its pages put end to
end are the whole answer, ``more`` says whether rows follow, and a wrong field is refused with
the page's words.
"""
from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import pytest
from click.testing import CliRunner

from unhrkg import query as Q
from unhrkg.cli import main
from unhrkg.store import Store

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory,
           synthetic: tuple[Store, dict[str, str]]) -> Iterator[tuple[str, Path, dict[str, str]]]:  # noqa: F811
    """The server's URL, the store it serves (a copy the CLI reads too) and the parameter values."""
    from unhrkg.server import Settings, make_server

    store, params = synthetic
    folder = tmp_path_factory.mktemp("served")
    store.flush()
    store.db.backup(str(folder / "db"))  # the fixture holds the store open read-write
    server = make_server(Settings(store=folder / "db", port=0, workers=1, quiet=True, limit=500))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/", folder / "db", params
    server.shutdown()
    server.server_close()
    server.engine.close()


def get(url: str) -> tuple[int, Any]:
    """Status and body (JSON when it is JSON)."""
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            status, body = response.status, response.read()
    except urllib.error.HTTPError as exc:
        status, body = exc.code, exc.read()
    try:
        return status, json.loads(body)
    except ValueError:
        return status, body.decode()


def page_url(base: str, name: str, values: dict[str, str], kind: str = "page", **paging: int) -> str:
    return f"{base}queries/{quote(name)}/{kind}?{urlencode({**values, **paging})}"


def plain(body: dict[str, Any]) -> list[dict[str, str | None]]:
    """The rows of a page as the CLI's JSON writes them: each variable's value, None where unbound."""
    names = body["head"]["vars"]
    return [{v: b[v]["value"] if v in b else None for v in names} for b in body["results"]["bindings"]]


def values_for(query: Q.NamedQuery, params: dict[str, str]) -> dict[str, str]:
    return {p.name: params[p.name] for p in query.params if not p.optional and p.default is None}


def cli_page(store: Path, name: str, values: dict[str, str], *paging: str) -> tuple[list[dict[str, Any]], bool]:
    """The rows ``unhrkg query NAME --format json`` prints, and whether its note says more follow."""
    args = ["query", name, "--store", str(store), "--format", "json", *paging]
    for key, value in values.items():
        args += ["--param", f"{key}={value}"]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code in (0, 1), result.stderr
    return json.loads(result.stdout)["rows"], "more follow" in result.stderr


PAGINGS = (({"limit": 100}, ()),  # the CLI's own first page (--limit 100)
           ({}, ("--limit", "50")),  # the page's size when it does not say
           ({"limit": 7, "offset": 7}, ("--limit", "7", "--offset", "7")))


@pytest.mark.parametrize("name", sorted(Q.library()))
def test_a_page_over_http_has_the_rows_of_the_cli(served: tuple[str, Path, dict[str, str]], name: str) -> None:
    base, store, params = served
    values = values_for(Q.load(name), params)
    for paging, options in PAGINGS:
        status, body = get(page_url(base, name, values, **paging))
        assert status == 200, body
        rows, more = cli_page(store, name, values, *options)
        assert plain(body) == rows, (name, paging)
        assert body["page"] == {"offset": paging.get("offset", 0), "limit": paging.get("limit", 50),
                                "rows": len(rows), "more": more}, (name, paging)


@pytest.mark.parametrize("name", ["documents", "positions"])
def test_pages_end_to_end_are_the_whole_answer_and_the_count_its_size(served: tuple[str, Path, dict[str, str]],
                                                                      name: str) -> None:
    base, store, params = served
    query = Q.load(name)
    values = values_for(query, params)
    with Store(store, read_only=True) as db:
        whole = Q.run(db.db, query, values).rows
    assert len(whole) > 60, "too few rows for pages to be compared"
    pages, offset, more = [], 0, True
    while more:
        status, body = get(page_url(base, name, values, limit=25, offset=offset))
        assert status == 200 and len(body["results"]["bindings"]) <= 25
        pages += plain(body)
        offset, more = offset + 25, body["page"]["more"]
        assert more == (offset < len(whole))
    assert pages == whole
    assert get(page_url(base, name, values, kind="count")) == (200, {"name": name, "rows": len(whole)})


def test_a_page_keeps_the_terms_types(served: tuple[str, Path, dict[str, str]]) -> None:
    base, _, _ = served
    body = get(page_url(base, "documents", {}, limit=1))[1]
    row = body["results"]["bindings"][0]
    assert row["document"]["type"] == "uri" and row["label"]["type"] == "literal"
    assert row["dated"]["datatype"] == "http://www.w3.org/2001/XMLSchema#date"


def test_wrong_fields_are_refused_in_the_pages_words(served: tuple[str, Path, dict[str, str]]) -> None:
    base, _, params = served
    documents = f"{base}queries/documents/page"
    for query, words in (("limit=0", "limit must be a whole number from 1 to 500 (got '0')"),
                         ("limit=501", "limit must be a whole number from 1 to 500"),
                         ("offset=-1", "offset must be a whole number from 0"),
                         ("offset=ten", "offset must be a whole number from 0"),
                         ("limit=%C2%B2", "limit must be a whole number from 1 to 500 (got '\u00b2')"),
                         ("state=PRK", "documents has no field 'state'")):
        status, body = get(f"{documents}?{query}")
        assert status == 400 and body["error"].startswith(words), (query, body)
    status, body = get(f"{base}queries/rejected-resolutions/page")
    assert status == 400 and body["error"].startswith("fill in state to run rejected-resolutions")
    status, body = get(f"{base}queries/rejected-resolutions/count?state=XYZ")
    assert status == 400 and "'XYZ' names no State" in body["error"]
    assert get(f"{base}queries/no-such-query/page")[0] == 404
    assert get(f"{base}queries/documents/rows")[0] == 404
    assert get(page_url(base, "documents", {}, offset=10**6))[1]["page"] == {"offset": 10**6, "limit": 50, "rows": 0,
                                                                            "more": False}


def test_the_named_queries_are_read_again_only_when_a_file_changed(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    from unhrkg.model.resources import queries_dir
    from unhrkg.server import pages

    shutil.copytree(queries_dir(), tmp_path / "queries")
    monkeypatch.setattr(pages, "queries_dir", lambda: tmp_path / "queries")
    first = pages.named_library()
    assert pages.named_library() is first and set(first) == set(Q.library())  # not parsed again
    path = tmp_path / "queries" / "documents.rq"
    path.write_text(path.read_text(encoding="utf-8").replace("# Every document", "# Each document", 1),
                    encoding="utf-8")
    assert pages.named_library()["documents"].description.startswith("Each document")
    (tmp_path / "queries" / "documents.rq").unlink()
    assert "documents" not in pages.named_library()

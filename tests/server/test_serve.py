"""``unhrkg serve`` as a user meets it: a real process on 127.0.0.1, a real HTTP client, a headless Chromium.

One read-only server on a copy of the corpus store (3 s timeout, 50-row limit) for the
module, and one that takes updates, behind HTTP Basic credentials, on an empty store.
"""
from __future__ import annotations

import json
import re
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, urlencode

import pytest


from helpers import SEED_LETTER, SEED_NOTE, stop, system_program
from helpers.serve import CROSS_PRODUCT, call, sparql, start_serve, workers
from helpers.stores import sample_values
from unhrkg import query as Q, remote
from unhrkg.errors import EndpointError
from unhrkg.remote.push import push
from unhrkg.store import Store

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, corpus_store: Store) -> Iterator[tuple[str, int]]:
    folder = tmp_path_factory.mktemp("serve")
    corpus_store.db.backup(str(folder / "db"))  # the test session holds the corpus store open read-write
    process, url = start_serve(folder / "db", folder / "serve.log", "--timeout", "3", "--limit", "50")
    yield url, process.pid
    stop(process)


def test_the_named_queries_answer_as_locally(server: tuple[str, int], corpus_store: Store) -> None:
    endpoint = remote.Endpoint(server[0] + "sparql")
    for name, query in Q.library().items():
        values = sample_values(query, optional=True)
        assert remote.query(endpoint, query, values).rows == Q.run(corpus_store.db, query, values).rows, name


def test_protocol_get_post_and_content_negotiation(server: tuple[str, int]) -> None:
    base = server[0]
    query = "SELECT ?symbol WHERE { ?d <https://w3id.org/unhrkg/ontology#symbol> ?symbol } ORDER BY ?symbol"
    status, headers, body = call(f"{base}sparql?query={quote(query)}")
    assert status == 200 and headers["Content-Type"] == "application/sparql-results+json"
    assert json.loads(body)["results"]["bindings"][0]["symbol"] == {"type": "literal", "value": "A/C.3/61/L.39"}
    status, headers, body = call(base + "sparql", query.encode(), {"Content-Type": "application/sparql-query",
                                                                   "Accept": "text/csv"})
    assert status == 200 and headers["Content-Type"].startswith("text/csv") and body.startswith(b"symbol\r\nA/C.3/61")
    _, headers, body = sparql(base, query, "text/tab-separated-values")
    assert body.decode().splitlines()[:2] == ["?symbol", '"A/C.3/61/L.39"']
    _, headers, body = sparql(base, query, "application/sparql-results+xml;q=0.9, text/csv;q=0.5")
    assert headers["Content-Type"] == "application/sparql-results+xml" and b"<literal>A/C.3/61/L.39</literal>" in body
    construct = "CONSTRUCT { ?d <x:symbol> ?s } WHERE { ?d <https://w3id.org/unhrkg/ontology#symbol> ?s }"
    status, headers, body = sparql(base, construct, "text/turtle")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    assert b'<x:symbol> "E/CN.4/2005/G/13"' in body
    assert json.loads(sparql(base, "ASK { ?s ?p ?o }")[2]) == {"head": {}, "boolean": True}
    assert sparql(base, query, "image/png")[0] == 406
    status, _, body = sparql(base, "SELECT ?x WHERE { ?x ?y }")
    assert status == 400 and body.startswith(b"malformed SPARQL")


def test_updates_are_refused_and_change_nothing(server: tuple[str, int]) -> None:
    base = server[0]
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    before = sparql(base, count, "text/csv")[2]
    update = "INSERT DATA { GRAPH <x:g> { <x:a> <x:b> <x:c> } }"
    status, _, body = call(base + "sparql", urlencode({"update": update}).encode())
    assert status == 403 and b"read-only" in body
    assert call(base + "sparql", update.encode(), {"Content-Type": "application/sparql-update"})[0] == 403
    assert call(base + "sparql?update=" + quote(update))[0] == 403
    assert sparql(base, count, "text/csv")[2] == before


def test_result_limit_truncates_and_says_so(server: tuple[str, int]) -> None:
    status, headers, body = sparql(server[0], "SELECT * WHERE { ?s ?p ?o }")
    assert status == 200 and headers.get("X-Result-Truncated") == "true"
    assert len(json.loads(body)["results"]["bindings"]) == 50
    _, headers, _ = sparql(server[0], "SELECT * WHERE { ?s ?p ?o } LIMIT 5")
    assert "X-Result-Truncated" not in headers


def test_a_runaway_query_is_stopped_at_the_timeout(server: tuple[str, int]) -> None:
    base, pid = server
    before = workers(pid)
    assert len(before) == 2
    started = time.monotonic()
    status, _, body = sparql(base, CROSS_PRODUCT)
    assert status == 503 and b"timeout of 3 s" in body and time.monotonic() - started < 15
    after = workers(pid)
    assert len(after) == 2 and len(before - after) == 1  # the runaway worker was killed and replaced
    assert not Path(f"/proc/{(before - after).pop()}").exists()
    assert sparql(base, "ASK { ?s ?p ?o }")[0] == 200


def test_query_page_named_queries_and_static_files(server: tuple[str, int]) -> None:
    base = server[0]
    status, _, page = call(base)
    assert status == 200 and b"static/yasgui/yasgui.min.js" in page and b"https://" not in page
    listed = json.loads(call(base + "queries")[2])
    assert [q["name"] for q in listed] == list(Q.library()) and listed[0]["text"].startswith("#")
    status, _, body = call(base + "queries/rejected-resolutions?state=PRK")
    assert status == 200 and "VALUES (?state) { (<https://w3id.org/unhrkg/id/state/PRK>) }" in json.loads(body)["query"]
    status, _, body = call(base + "queries/rejected-resolutions?state=" + quote('PRK" } DROP ALL {'))
    assert status == 400 and "names no State" in json.loads(body)["error"]
    assert call(base + "queries/no-such-query")[0] == 404
    status, headers, body = call(base + "static/yasgui/yasgui.min.js")
    assert status == 200 and len(body) > 500_000 and headers["Content-Type"].startswith("text/javascript")
    assert call(base + "static/%2e%2e/%2e%2e/cli.py")[0] == 404


@pytest.fixture(scope="module")
def writable(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("writable")
    (folder / "db").mkdir()
    process, url = start_serve(folder / "db", folder / "serve.log", "--allow-update", "--user", "ana",
                               "--password", "s3cret")
    yield url
    stop(process)


def test_push_to_a_writable_server_with_basic_credentials(writable: str, corpus_store: Store) -> None:
    endpoint = remote.Endpoint(writable + "sparql", "ana", "s3cret")
    report = push(corpus_store, endpoint)  # no graph store protocol there: SPARQL Update
    assert report.method == "update" and report.triples == len(corpus_store)
    query = Q.load("rejected-resolutions")
    assert remote.query(endpoint, query, {"state": "PRK"}).rows == Q.run(corpus_store.db, query, {"state": "PRK"}).rows
    with pytest.raises(EndpointError, match="HTTP 401"):
        remote.query(remote.Endpoint(writable + "sparql", "ana", "wrong"), query, {"state": "PRK"})


@pytest.mark.browser
def test_the_query_page_runs_a_named_query_in_chromium(server: tuple[str, int]) -> None:
    """Open the page, run a named query with a parameter, and see its rows; nothing leaves 127.0.0.1."""
    try:
        from selenium import webdriver
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support.ui import WebDriverWait
    except ImportError:
        pytest.fail("selenium not installed: pip install -e '.[test]'")

    chromium, driver = system_program("chromium", "chromium"), system_program("chromedriver", "chromium-driver")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    profile = tempfile.mkdtemp(prefix="unhrkg-chromium-")
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 f"--user-data-dir={profile}", "--window-size=1400,1000"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    browser = webdriver.Chrome(service=webdriver.ChromeService(driver), options=options)
    try:
        browser.get(server[0])
        wait = WebDriverWait(browser, 30)
        entry = wait.until(lambda b: b.find_element(By.CSS_SELECTOR, 'li[data-query="rejected-resolutions"]'))
        assert len(browser.find_elements(By.CSS_SELECTOR, "#queries li")) == len(Q.library())
        entry.find_element(By.NAME, "state").send_keys("PRK")
        entry.find_element(By.CSS_SELECTOR, "button.run").click()
        table = wait.until(lambda b: next((t for t in b.find_elements(By.CSS_SELECTOR, ".yasr table")
                                           if "2004/13" in t.text), False))
        rows = [r.text for r in table.find_elements(By.CSS_SELECTOR, "tbody tr")]
        assert len(rows) == 2 and "2003/10" in rows[0] and "E/CN.4/2005/G/13" in rows[1]
        requests = {json.loads(e["message"])["message"].get("params", {}).get("request", {}).get("url", "")
                    for e in browser.get_log("performance")}
        outside = {u for u in requests if u.startswith(("http:", "https:")) and not u.startswith(server[0])}
        assert outside == set(), "the page must work offline"
    finally:
        browser.quit()
        shutil.rmtree(profile, ignore_errors=True)


def test_a_running_server_answers_with_documents_ingested_after_it_started(tmp_path: Path) -> None:
    """Regression: serve opened a read-only view once and never saw later ingests."""
    from unhrkg.pipeline.ingest import ingest
    count = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?d <https://w3id.org/unhrkg/ontology#sha256> ?h } }"
    with Store(tmp_path / "db") as store:
        ingest(store, [SEED_NOTE])
    process, url = start_serve(tmp_path / "db", tmp_path / "serve.log", "--workers", "1")
    try:
        before = json.loads(sparql(url, count)[2])["results"]["bindings"][0]["n"]["value"]
        with Store(tmp_path / "db") as store:  # the server reads without the write lock
            ingest(store, [SEED_LETTER])
        after = json.loads(sparql(url, count)[2])["results"]["bindings"][0]["n"]["value"]
    finally:
        stop(process)
    assert (int(before), int(after)) == (1, 2)

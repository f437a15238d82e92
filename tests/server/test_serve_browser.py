"""`unhrkg serve` seen from a real headless Chromium: what a web page on another origin can do to
it (nothing), and how its own query page reads (plain values, errors without stale rows, words
of the page, share links that open what was shared, a named query a page at a time).

The browser resolves evil.example to 127.0.0.1, as DNS rebinding would make it. Without
Chromium these tests FAIL (see scripts/system-deps.sh), they do not skip.
"""
from __future__ import annotations

import functools
import http.server
import json
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from helpers import stop
from helpers.browser import chromium
from helpers.serve import quads, start_serve
from helpers.stores import copy_store
from unhrkg.store import Store

pytestmark = [pytest.mark.browser, pytest.mark.server]
ATTACK = """<!doctype html><title>a page about cats</title>
<form id="form" method="POST" action="{victim}sparql" target="sink"><input name="update" value="DROP ALL"></form>
<iframe name="sink"></iframe>
<script>
fetch("{victim}sparql", {{method: "POST", mode: "no-cors", body: new URLSearchParams({{update: "DROP ALL"}})}})
  .catch(function () {{}})
  .then(function () {{ document.getElementById("form").submit(); document.body.dataset.sent = "1"; }});
</script>"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless Chromium in which evil.example resolves to this machine."""
    yield from chromium("--host-resolver-rules=MAP evil.example 127.0.0.1")


def wait(driver: Any, condition: Any, seconds: float = 30) -> Any:
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.support.ui import WebDriverWait

    # an element of the result being replaced goes stale while the condition reads it: look again
    return WebDriverWait(driver, seconds, ignored_exceptions=(StaleElementReferenceException,)).until(condition)


@pytest.fixture(scope="module")
def victim(tmp_path_factory: pytest.TempPathFactory, corpus_store: Store) -> Iterator[tuple[str, Path]]:
    """A writable server on a copy of the corpus, logging its requests."""
    folder = tmp_path_factory.mktemp("victim")
    process, url = start_serve(copy_store(corpus_store, folder), folder / "serve.log", "--allow-update", quiet=False)
    yield url, folder / "serve.log"
    stop(process)


def test_a_page_on_another_origin_cannot_wipe_the_store(browser: Any, victim: tuple[str, Path],
                                                        tmp_path: Path) -> None:
    url, log = victim
    (tmp_path / "cats.html").write_text(ATTACK.format(victim=url), encoding="utf-8")
    site = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path)))
    threading.Thread(target=site.serve_forever, daemon=True).start()
    before = quads(url)
    assert before > 1000
    seen = len(log.read_text())  # the log from here on: the page's requests only
    try:
        browser.get(f"http://127.0.0.1:{site.server_port}/cats.html")
        wait(browser, lambda d: d.execute_script("return document.body.dataset.sent") == "1")
        deadline = time.monotonic() + 10
        while log.read_text()[seen:].count('"POST /sparql HTTP/1.1"') < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
    finally:
        site.shutdown()
        site.server_close()
    posts = [line for line in log.read_text()[seen:].splitlines() if '"POST /sparql HTTP/1.1"' in line]
    assert len(posts) == 2 and all('" 403 ' in line for line in posts), posts  # both arrived, both refused
    assert quads(url) == before
    browser.get(url)  # the server's own page may still write
    post = ("const done = arguments[arguments.length - 1]; fetch('sparql', {method: 'POST', body: "
            "new URLSearchParams({update: arguments[0]})}).then(r => done(r.status), e => done(String(e)));")
    assert browser.execute_async_script(post, "INSERT DATA { GRAPH <x:g> { <x:a> <x:b> <x:c> } }") == 204
    assert quads(url) == before + 1
    assert browser.execute_async_script(post, "DROP GRAPH <x:g>") == 204


def test_a_rebound_name_gets_no_answer(browser: Any, victim: tuple[str, Path]) -> None:
    from selenium.webdriver.common.by import By

    port = victim[0].rstrip("/").rsplit(":", 1)[1]
    browser.get(f"http://evil.example:{port}/")
    assert "does not answer to the name 'evil.example:" in browser.find_element(By.TAG_NAME, "body").text
    assert browser.execute_script("return typeof Yasgui") == "undefined"  # the page itself was not served


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory, corpus_store: Store) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("page")
    process, url = start_serve(copy_store(corpus_store, folder), folder / "serve.log")
    yield url
    stop(process)


def open_page(browser: Any, url: str) -> None:
    browser.get("about:blank")  # a link differing only after '#' would not load the page again
    browser.get(url)
    # the list and what a share link fills in are drawn in one go
    wait(browser, lambda d: d.execute_script("return document.querySelectorAll('#queries li').length") > 0)


def run_named(browser: Any, name: str, **values: str) -> Any:
    """Fill a named query's fields, press Run; the entry."""
    from selenium.webdriver.common.by import By

    entry = browser.find_element(By.CSS_SELECTOR, f'li[data-query="{name}"]')
    for field in entry.find_elements(By.TAG_NAME, "input"):
        field.clear()
        if field.get_attribute("name") in values:
            field.send_keys(values[field.get_attribute("name")])
    entry.find_element(By.CSS_SELECTOR, "button.run").click()
    return entry


def table_with(browser: Any, text: str) -> Any:
    from selenium.webdriver.common.by import By

    return wait(browser, lambda d: next((t for t in d.find_elements(By.CSS_SELECTOR, ".yasr table") if text in t.text),
                                        False))


def cells(table: Any) -> dict[str, str | None]:
    from selenium.webdriver.common.by import By

    return {c.text: c.get_attribute("title") for c in table.find_elements(By.CSS_SELECTOR, "td span")}


def test_tables_show_plain_values_with_the_type_on_hover(browser: Any, page: str) -> None:
    open_page(browser, page)
    run_named(browser, "rejected-resolutions", state="PRK")
    shown = cells(table_with(browser, "2004/13"))
    assert shown["2004-02-04"] == "datatype: xsd:date" and shown["E/CN.4/2005/G/13"] in ("", None)
    assert not [text for text in shown if '"' in text or "^^" in text]
    run_named(browser, "co-mentioned-states")
    shown = cells(table_with(browser, "Angola"))
    assert shown["Democratic People's Republic of Korea"] == "language: en"
    assert shown["2"] == "datatype: xsd:integer" and "id:state/PRK" in shown
    assert not [text for text in shown if "@en" in text]


def test_an_error_clears_the_old_rows_and_speaks_the_pages_words(browser: Any, page: str) -> None:
    from selenium.webdriver.common.by import By

    open_page(browser, page)
    run_named(browser, "rejected-resolutions", state="PRK")
    table_with(browser, "2004/13")
    message = browser.find_element(By.ID, "message")
    run_named(browser, "rejected-resolutions", state="XYZ")
    wait(browser, lambda d: message.text)
    assert "'XYZ' names no State" in message.text
    assert browser.find_elements(By.CSS_SELECTOR, ".yasr table") == []
    assert "2004/13" not in browser.find_element(By.CSS_SELECTOR, ".yasr").text
    run_named(browser, "rejected-resolutions")
    wait(browser, lambda d: "fill in" in message.text)
    assert message.text.startswith("fill in state to run rejected-resolutions") and "--" not in message.text


def test_the_share_link_opens_the_shared_query_and_its_parameters(browser: Any, page: str) -> None:
    from selenium.webdriver.common.by import By

    open_page(browser, page)
    run_named(browser, "rejected-resolutions", state="PRK")
    table_with(browser, "2004/13")
    editor = "return document.querySelector('.CodeMirror').CodeMirror.getValue()"
    shared = browser.execute_script(editor)
    assert "state/PRK" in shared
    browser.find_element(By.CSS_SELECTOR, ".yasqe_share").click()
    link = wait(browser, lambda d: d.find_element(By.CSS_SELECTOR, ".yasqe_sharePopup input")).get_attribute("value")
    assert link.startswith(page)
    open_page(browser, link)
    assert browser.execute_script(editor) == shared
    entry = browser.find_element(By.CSS_SELECTOR, 'li[data-query="rejected-resolutions"]')
    assert entry.find_element(By.NAME, "state").get_attribute("value") == "PRK"
    assert "current" in entry.get_attribute("class")
    browser.find_element(By.CSS_SELECTOR, ".yasqe_queryButton").click()  # the shared query runs as it was
    assert len(table_with(browser, "2004/13").find_elements(By.CSS_SELECTOR, "tbody tr")) == 2


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory, synthetic: tuple[Store, dict[str, str]]) -> Iterator[str]:  # noqa: F811
    """A server (the real command) on a copy of 160 synthetic documents: answers of several pages."""
    store, _ = synthetic
    folder = tmp_path_factory.mktemp("many")
    store.flush()
    store.db.backup(str(folder / "db"))
    process, url = start_serve(folder / "db", folder / "serve.log")
    yield url
    stop(process)


def shown_rows(browser: Any) -> list[str]:
    from selenium.webdriver.common.by import By

    return [r.text for r in browser.find_elements(By.CSS_SELECTOR, ".yasr table tbody tr")]


def numbered_labels(browser: Any) -> list[tuple[str, str]]:
    """(row number, label) of each row the table shows for `documents` (the label is the cell after the document)."""
    return [(cells[0], cells[2]) for cells in (row.split("\n") for row in shown_rows(browser))]


def test_a_named_query_comes_a_page_at_a_time(browser: Any, many: str) -> None:
    """Fifty rows of `documents` (the server's page, as `unhrkg query` gives it), said to be the first
    of more; next and previous; the whole count only on request; the editor's own query runs whole."""
    from selenium.webdriver.common.by import By

    total = json.loads(urllib.request.urlopen(many + "queries/documents/count", timeout=30).read())["rows"]
    pages = [json.loads(urllib.request.urlopen(f"{many}queries/documents/page?offset={offset}", timeout=30).read())
             for offset in (0, 50)]
    assert total > 150 and pages[0]["page"]["more"]
    open_page(browser, many)
    run_named(browser, "documents")
    words = lambda: browser.find_element(By.CSS_SELECTOR, ".yasr_response_chip").text  # noqa: E731 (YASR's line on the rows)
    button = lambda name: browser.find_element(By.ID, name)  # noqa: E731
    wait(browser, lambda d: words() == "first 50 rows, more\u2026")  # never "50 results", as if that were all
    assert numbered_labels(browser) == [(str(n), b["label"]["value"]) for n, b in
                                        enumerate(pages[0]["results"]["bindings"], 1)]  # the server's page, as it is
    assert not button("previous").is_enabled() and button("next").is_enabled() and button("count").is_displayed()
    button("next").click()
    wait(browser, lambda d: words() == "rows 51\u2013100, more\u2026")
    assert numbered_labels(browser) == [(str(n), b["label"]["value"]) for n, b in
                                        enumerate(pages[1]["results"]["bindings"], 51)]  # numbered in the whole
    button("count").click()
    wait(browser, lambda d: words() == f"rows 51\u2013100 of {total} (counted apart)")
    assert not button("count").is_displayed()
    for first in (101, 151):
        button("next").click()
        wait(browser, lambda d: words().startswith(f"rows {first}\u2013"))
    assert words() == f"rows 151\u2013{total} of {total} (counted apart)" and not button("next").is_enabled()
    assert len(shown_rows(browser)) == total - 150
    button("previous").click()
    wait(browser, lambda d: words().startswith("rows 101\u2013150 of"))
    browser.find_element(By.CSS_SELECTOR, ".yasqe_queryButton").click()  # the editor's query: whole, at /sparql
    wait(browser, lambda d: words().startswith(f"{total} results"))
    assert not browser.find_element(By.ID, "pager").is_displayed()

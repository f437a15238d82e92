"""The interactive page in a real headless Chromium: it draws the nodes, hover shows facts, and it
makes no network request. Runs in the default suite; without Chromium it is skipped with the
reason in the summary (helpers.system_program), and fails under ``make test`` where
scripts/system-deps.sh could install it."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from helpers.browser import chromium
import unhrkg
from unhrkg.store import Store
from unhrkg.viz.export import write
from unhrkg.viz.style import KIND_COLOURS

pytestmark = pytest.mark.browser

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
PRK = "https://w3id.org/unhrkg/id/state/PRK"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One browser for the module."""
    yield from chromium()


def open_page(driver: Any, path: Path) -> list[str]:
    """Load a local page and return the URL of every request it made (from the DevTools log)."""
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get("about:blank")
    driver.get_log("performance")  # drop what came before this page
    driver.get(path.resolve().as_uri())
    WebDriverWait(driver, 10).until(lambda d: d.execute_script("return document.readyState") == "complete")
    return [event["params"]["request"]["url"] for event in
            (json.loads(entry["message"])["message"] for entry in driver.get_log("performance"))
            if event["method"] == "Network.requestWillBeSent"]


def remote(urls: list[str]) -> list[str]:
    return [u for u in urls if not u.startswith(("file:", "data:", "about:"))]


@pytest.fixture(scope="module")
def entity_page(corpus_store: Store, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    graph = unhrkg.to_networkx(corpus_store, view="entity")
    return write(graph, tmp_path_factory.mktemp("html") / "entity.html"), graph.number_of_nodes()


def test_page_draws_the_nodes_and_makes_no_request(browser: Any, entity_page: tuple[Path, int],
                                                   tmp_path: Path) -> None:
    import matplotlib.image

    path, nodes = entity_page
    urls = open_page(browser, path)
    assert browser.execute_script("return document.body.dataset.ready") == "1", "the script did not finish"
    assert browser.execute_script("return document.querySelectorAll('g.node circle').length") == nodes
    assert remote(urls) == [], f"the page made network requests: {remote(urls)}"
    assert urls == [path.resolve().as_uri()]
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0
    shot = tmp_path / "entity.png"
    assert browser.save_screenshot(str(shot))
    image = (matplotlib.image.imread(shot)[..., :3] * 255).round().astype(int)
    assert (image < 245).any(axis=2).mean() > 0.02, "the screenshot is blank"
    # the legend's swatches use the same colours: count only pixels outside it
    box = browser.execute_script("const r = document.getElementById('legend').getBoundingClientRect(), "
                                 "k = window.devicePixelRatio; return [r.left*k, r.top*k, r.right*k, r.bottom*k];")
    left, top, right, bottom = (int(v) for v in box)
    image[max(top - 2, 0):bottom + 2, max(left - 2, 0):right + 2] = 255
    rgb = image.reshape(-1, 3)
    for kind in ("State", "Body", "Document", "Resolution"):  # the nodes are drawn in their kinds' colours
        colour = [int(KIND_COLOURS[kind][i:i + 2], 16) for i in (1, 3, 5)]
        assert (abs(rgb - colour).max(axis=1) <= 6).sum() > 100, f"no {kind} nodes visible"


def test_hover_shows_facts_and_sources_and_nodes_drag(browser: Any, entity_page: tuple[Path, int]) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    open_page(browser, entity_page[0])
    node = browser.find_element(By.CSS_SELECTOR, f'g.node[data-id="{PRK}"]')
    ActionChains(browser).move_to_element(node).perform()
    tip = browser.find_element(By.ID, "tip")
    assert tip.is_displayed()
    assert all(fact in tip.text for fact in ("PRK", "State", PRK, "Democratic People's Republic of Korea",
                                             "source documents (2)", "E/CN.4/2005/G/13"))
    before = node.get_attribute("transform")
    ActionChains(browser).drag_and_drop_by_offset(node, 60, 40).perform()
    assert node.get_attribute("transform") != before


def test_the_request_check_sees_a_request(browser: Any, tmp_path: Path) -> None:
    """The control: a page that does load something is caught by the same check."""
    page = tmp_path / "leaky.html"
    page.write_text('<!DOCTYPE html><img src="http://127.0.0.1:9/pixel.png">', encoding="utf-8")
    assert remote(open_page(browser, page)) == ["http://127.0.0.1:9/pixel.png"]


def test_hover_on_an_edge_shows_the_stance_and_its_evidence(browser: Any, corpus_store: Store,
                                                           tmp_path: Path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    page = write(unhrkg.to_networkx(corpus_store, view="stance"), tmp_path / "stance.html")
    assert remote(open_page(browser, page)) == []
    edges = browser.find_elements(By.CSS_SELECTOR, "path.edge-hit")
    assert len(edges) == 6
    texts = []
    for edge in edges:
        ActionChains(browser).move_to_element(edge).perform()
        texts.append(browser.find_element(By.ID, "tip").text)
    assert any("PRK \u2192 CHR 2004/13" in t and "rejects" in t and "resolute rejection" in t for t in texts)
    assert any("EU \u2192 CHR 2003/10" in t and "tabled" in t for t in texts)

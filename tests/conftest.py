"""Shared fixtures: the real SPARQL servers, and stores built from data/corpus for the query tests.
Helpers (paths, seed documents, ...) are in the ``helpers`` package beside this file."""
from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from helpers import CORPUS, ROOT
from helpers.servers import oxigraph, oxigraph_plain, virtuoso, virtuoso_server  # noqa: F401  (session fixtures)
from helpers.stores import build_extended_store, synthetic_store
from unhrkg.pipeline.ingest import ingest
from unhrkg.store import Store


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """A store holding the whole development corpus (built once per test session)."""
    store = Store(tmp_path_factory.mktemp("store") / "db")
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        report = ingest(store, [CORPUS])
    finally:
        os.chdir(cwd)
    assert report.ok, report.summary()
    return store


@pytest.fixture(scope="module")
def extended_store(tmp_path_factory: pytest.TempPathFactory, corpus_store: Store) -> Store:
    """A copy of the corpus store plus the documents the corpus lacks (see helpers.stores.RECORDS)."""
    store = build_extended_store(tmp_path_factory.mktemp("extended"), corpus_store)
    yield store
    store.close()


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, dict[str, str]]]:
    """A store of 160 synthetic documents and parameter values that give each named query rows."""
    store, params = synthetic_store(tmp_path_factory.mktemp("synthetic"))
    yield store, params
    store.close()

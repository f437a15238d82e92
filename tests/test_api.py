"""The Python front door, used as a notebook would: open, ingest, query, draw."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from helpers import CORPUS
import unhrkg
from unhrkg.errors import UnhrkgError



@pytest.fixture(scope="module")
def kg(tmp_path_factory: pytest.TempPathFactory) -> unhrkg.KnowledgeGraph:
    graph = unhrkg.open(tmp_path_factory.mktemp("api") / "store")
    report = graph.ingest(CORPUS)
    assert report.ok and report.count("loaded") == len(list(CORPUS.glob("*.txt")))
    yield graph
    graph.close()


def test_a_notebook_session_from_ingest_to_a_drawing(kg: unhrkg.KnowledgeGraph) -> None:
    assert len(kg.documents()) == len(list(CORPUS.glob("*.txt")))
    rows = kg.query("rejected-resolutions", state="PRK")
    assert {r["number"] for r in rows} >= {"2003/10", "2004/13"}
    stance = kg.to_networkx("stance")
    assert stance.number_of_edges() > 0
    assert kg.validate().conforms


def test_inline_sparql_construct_and_ask(kg: unhrkg.KnowledgeGraph) -> None:
    rows = kg.query("SELECT ?d WHERE { ?d <https://w3id.org/unhrkg/ontology#symbol> ?s } LIMIT 2")
    assert len(rows) == 2
    assert kg.ask("ASK { ?s ?p ?o }") is True
    graph = kg.construct("CONSTRUCT { ?s a ?t } WHERE { ?s a ?t } LIMIT 5")
    assert len(graph) == 5
    with pytest.raises(UnhrkgError, match="not a SELECT"):
        kg.query("ASK { ?s ?p ?o }")


def test_export_writes_the_graph(kg: unhrkg.KnowledgeGraph, tmp_path: Path) -> None:
    out = kg.export(tmp_path / "graph.trig")
    assert out.exists() and out.stat().st_size > 1000


def test_to_networkx_takes_a_store_folder(kg: unhrkg.KnowledgeGraph) -> None:
    path = kg.path
    kg.close()
    try:
        assert unhrkg.to_networkx(str(path), "stance").number_of_edges() > 0
    finally:
        kg.store = unhrkg.open(path).store  # reopen for the tests after this one


def test_extract_reads_one_file() -> None:
    record = unhrkg.extract(CORPUS / "001_229bcb034eb221d9.txt")
    assert (record.symbol, record.genre) == ("E/CN.4/2005/G/13", "letter")


def test_an_in_memory_graph() -> None:
    kg = unhrkg.open(None)
    kg.ingest(CORPUS / "001_229bcb034eb221d9.txt")
    assert [d["symbol"] for d in kg.documents()] == ["E/CN.4/2005/G/13"]


def test_query_df_with_or_without_pandas(kg: unhrkg.KnowledgeGraph) -> None:
    if importlib.util.find_spec("pandas") is None:
        with pytest.raises(UnhrkgError, match="needs pandas"):
            kg.query_df("documents")
    else:
        frame = kg.query_df("documents")
        assert len(frame) == len(list(CORPUS.glob("*.txt"))) and "symbol" in frame.columns

"""Adding one document to a store: the work it does is the same whatever the store holds (index
lookups of what the new document names, never a query or scan over every graph), its one
small batch is written by an ordinary transaction rather than a bulk load, and the ingest
command does not count the store afterwards."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from helpers import EPOCH, SEED_LETTER, seed_letters
from unhrkg.cli import main
from unhrkg.pipeline.ingest import ingest
from unhrkg.store import Store

SYMBOL = "E/CN.4/2005/G/13"  # the seed letter's


class Recording:
    """A pyoxigraph store that counts the calls made to it and the rows and quads they read."""

    def __init__(self, db: ox.Store) -> None:
        self.db = db
        self.calls: Counter[str] = Counter()
        self.read = 0
        self.unbound: list[str] = []  # queries without bound values, lookups with no term given

    def __getattr__(self, name: str) -> Any:
        self.calls[name] += 1
        return getattr(self.db, name)

    def __contains__(self, quad: ox.Quad) -> bool:
        return quad in self.db

    def _counted(self, rows: Any) -> Iterator[Any]:
        for row in rows:
            self.read += 1
            yield row

    def query(self, text: str, **options: Any) -> Any:
        self.calls["query"] += 1
        if not options.get("substitutions"):
            self.unbound.append(text)
        result = self.db.query(text, **options)
        return result if isinstance(result, bool) else self._counted(result)

    def quads_for_pattern(self, *pattern: Any) -> Iterator[ox.Quad]:
        self.calls["quads_for_pattern"] += 1
        if all(term is None for term in pattern):
            self.unbound.append("quads_for_pattern(None, None, None, None)")
        return self._counted(self.db.quads_for_pattern(*pattern))


@pytest.fixture()
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    return tmp_path


def filled(folder: Path, letters: int) -> Path:
    """A store of ``letters`` letters, a third of them in a second version under the same
    symbol (documents from two files, which the shared-documents report looks for)."""
    folder.mkdir(exist_ok=True)
    paths = seed_letters(folder / "docs", letters)
    for path in paths[: letters // 3]:
        path.with_name(path.stem + "-fr.txt").write_text(path.read_text(encoding="utf-8") + "\nVersion française.\n",
                                                        encoding="utf-8")
    with Store(folder / "db") as store:
        assert ingest(store, [folder / "docs"]).ok
    return folder / "db"


def new_letter(folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / "new.txt"
    path.write_text(SEED_LETTER.read_text(encoding="utf-8").replace(SYMBOL, "E/CN.4/2005/G/999"), encoding="utf-8")
    return path


def add_one(store_dir: Path, path: Path) -> Recording:
    """Ingest one file into the store, every call to the store recorded."""
    with Store(store_dir) as store:
        recording = Recording(store._db)
        store._db = recording  # type: ignore[assignment]
        report = ingest(store, [path])
        store._db = recording.db
    assert report.count("loaded") == 1 and not report.shared
    return recording


def test_adding_one_document_reads_the_same_whatever_the_store_holds(workdir: Path) -> None:
    small = add_one(filled(workdir / "small", 6), new_letter(workdir / "a"))
    large = add_one(filled(workdir / "large", 18), new_letter(workdir / "b"))
    assert small.unbound == [] and large.unbound == []  # no query over every graph (which shared files? was one)
    assert large.read == small.read and large.calls == small.calls
    assert large.calls["named_graphs"] == 0 and large.calls["__len__"] == 0


def test_one_document_is_written_in_an_ordinary_transaction_not_a_bulk_load(workdir: Path) -> None:
    recording = add_one(filled(workdir, 3), new_letter(workdir / "a"))
    assert recording.calls["load"] == 1 and recording.calls["bulk_load"] == 0  # a bulk load costs 0.1-0.3 s alone


def test_the_shared_documents_of_some_graphs_are_those_of_the_whole_store_that_name_them(workdir: Path) -> None:
    with Store(filled(workdir, 9)) as store:
        everything = store.shared_documents()
        assert len(everything) == 3
        for doc, (graphs, paths) in everything.items():
            assert store.shared_documents([graphs[0]]) == {doc: (graphs, paths)}
        alone = [str(g) for g in store.document_graphs() if not any(str(g) in gs for gs, _ in everything.values())]
        assert alone and store.shared_documents(alone) == {}


def test_the_ingest_command_reports_what_it_wrote_without_counting_the_store(
        workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store_dir = filled(workdir, 3)
    counted: list[str] = []
    monkeypatch.setattr(Store, "__len__", lambda self: counted.append("quads") or 0)
    monkeypatch.setattr(Store, "document_graphs", lambda self: counted.append("graphs") or [])
    result = CliRunner().invoke(main, ["ingest", str(new_letter(workdir / "a")), "--store", str(store_dir)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert counted == []  # each is a pass over the whole store: seconds at 100,000 documents
    assert "1 loaded" in result.stdout and "quads written to the store" in result.stdout


def test_documents_added_one_at_a_time_give_the_store_a_bulk_loaded_build_gives(workdir: Path) -> None:
    paths = seed_letters(workdir / "docs", 24)  # one batch of 20 is bulk-loaded, then 4 by an ordinary load
    stores, bulk = [], []
    for name, batches in (("build", [paths]), ("one-by-one", [[p] for p in paths])):
        with Store(workdir / name) as store:
            calls = Recording(store._db)
            store._db = calls  # type: ignore[assignment]
            assert all(ingest(store, batch).ok for batch in batches)
            stores.append({str(q) for q in calls.db})
            bulk.append(calls.calls["bulk_load"])
    assert stores[0] == stores[1]
    assert bulk[0] == bulk[1] + 1  # the batch of 20 (both load the ontology and reference graphs in bulk)

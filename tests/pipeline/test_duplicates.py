"""Files that share a symbol, identical copies, and taking documents out: the store holds the
same whatever order the files come in, never flips between runs, and drops what is removed."""
from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from helpers import EPOCH, SEED_LETTER, SEED_NOTE
from unhrkg import KnowledgeGraph
from unhrkg.cli import main
from unhrkg.pipeline.ingest import ingest
from unhrkg.model.iri import ENTITIES_GRAPH
from unhrkg.store import Store

SYMBOL = "E/CN.4/2005/G/13"  # the seed letter's


@pytest.fixture()
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    return tmp_path


def versions(folder: Path) -> dict[str, Path]:
    """The seed letter in English, a French version with the same symbol, and an exact copy."""
    folder.mkdir(exist_ok=True)
    text = SEED_LETTER.read_text(encoding="utf-8")
    files = {"en": folder / "letter-en.txt", "fr": folder / "letter-fr.txt", "copy": folder / "letter-copy.txt"}
    files["en"].write_text(text, encoding="utf-8")
    files["fr"].write_text(text.replace("Commission on Human Rights", "Commission des droits de l'homme"),
                           encoding="utf-8")
    files["copy"].write_text(text, encoding="utf-8")
    return files


def dump(store: Store) -> set[str]:
    return {str(q) for q in store.quads()}


def test_one_symbol_in_several_files_is_the_same_store_in_any_order(workdir: Path) -> None:
    files = versions(workdir / "docs")
    stores = []
    for name, order in (("ab", ["en", "fr", "copy"]), ("ba", ["copy", "fr", "en"])):
        with Store(workdir / name) as store:
            for key in order:
                ingest(store, [files[key]])
            stores.append(dump(store))
    assert stores[0] == stores[1]


def test_running_the_unchanged_folder_again_never_flips_the_store(workdir: Path) -> None:
    versions(workdir / "docs")
    (workdir / "docs" / "note.txt").write_bytes(SEED_NOTE.read_bytes())
    with Store(workdir / "db") as store:
        first = ingest(store, [workdir / "docs"])
        before = dump(store)
        second = ingest(store, [workdir / "docs"])
        assert dump(store) == before
        assert len(store.document_graphs()) == 3  # English, French, the note; the copy is stored once
    status = {Path(o.path).name: o.status for o in first.outcomes}
    assert status == {"letter-copy.txt": "loaded", "letter-en.txt": "duplicate", "letter-fr.txt": "loaded",
                      "note.txt": "loaded"}
    assert {Path(o.path).name: o.status for o in second.outcomes}["letter-en.txt"] == "duplicate"
    for report in (first, second):  # reported every time
        (paths,) = report.shared.values()
        assert [Path(p).name for p in paths] == ["letter-copy.txt", "letter-fr.txt"]
        assert "1 duplicate" in report.summary() and "1 document(s) from more than one file" in report.summary()


def test_the_ingest_command_names_duplicates_and_shared_symbols(workdir: Path) -> None:
    versions(workdir / "docs")
    result = CliRunner().invoke(main, ["ingest", "docs", "--store", "db"], catch_exceptions=False)
    assert result.exit_code == 0
    assert "duplicate: docs/letter-en.txt: the same bytes as docs/letter-copy.txt" in result.stderr
    assert f"shared: {SYMBOL} comes from 2 files" in result.stderr


def test_remove_by_symbol_file_or_iri_and_the_entities_only_it_named(workdir: Path) -> None:
    files = versions(workdir / "docs")
    (workdir / "docs" / "note.txt").write_bytes(SEED_NOTE.read_bytes())
    with KnowledgeGraph(workdir / "db") as kg:
        kg.ingest(workdir / "docs")
        shared = ox.NamedNode(str(ENTITIES_GRAPH))
        people = {q.subject.value for q in kg.store.db.quads_for_pattern(None, None, None, shared) if "/person/" in q.subject.value}
        assert people
        dry = kg.remove(str(files["fr"].relative_to(workdir)), dry_run=True)
        assert [r.path for r in dry.removals] == ["docs/letter-fr.txt"] and len(kg.store.document_graphs()) == 3
        gone = kg.remove(SYMBOL)
        assert sorted(r.path for r in gone.removals) == ["docs/letter-copy.txt", "docs/letter-fr.txt"]
        assert len(kg.store.document_graphs()) == 1
        left = {q.subject.value for q in kg.store.db.quads_for_pattern(None, None, None, shared)}
        assert not people & left, "the letter's signatories went with it"
        assert kg.validate().conforms
        assert kg.remove("no/such/thing").unmatched == ["no/such/thing"]


def test_remove_command_lines_and_exit_codes(workdir: Path) -> None:
    versions(workdir / "docs")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", "docs", "--store", "db"]).exit_code == 0
    dry = runner.invoke(main, ["remove", "docs/letter-fr.txt", "--dry-run", "--store", "db"])
    assert dry.exit_code == 0 and dry.stdout.splitlines() == [
        f"would remove: doc/{SYMBOL} (docs/letter-fr.txt)", "would remove 1 graph(s)"]
    done = runner.invoke(main, ["remove", "docs/letter-fr.txt", "nothing-here", "--store", "db"])
    assert done.exit_code == 1 and "removed 1 graph(s); 1 matched nothing" in done.stdout
    assert done.stderr.strip().startswith("no match: 'nothing-here'")


def test_ingest_sync_removes_documents_whose_file_is_gone(workdir: Path) -> None:
    files = versions(workdir / "docs")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", "docs", "--store", "db"]).exit_code == 0
    files["copy"].unlink()
    dry = runner.invoke(main, ["ingest", "docs", "--sync", "--dry-run", "--store", "db"])
    assert dry.exit_code == 0 and f"would remove: doc/{SYMBOL} (docs/letter-copy.txt)" in dry.stdout
    with Store(workdir / "db") as store:
        assert len(store.document_graphs()) == 2
    done = runner.invoke(main, ["ingest", "docs", "--sync", "--store", "db"])
    assert done.exit_code == 0 and "removed: " in done.stdout
    with Store(workdir / "db") as store:  # the English copy now stands for those bytes
        assert sorted(store.sources()) == ["docs/letter-en.txt", "docs/letter-fr.txt"]
    shutil.rmtree(workdir / "docs")
    (workdir / "docs").mkdir()
    done = runner.invoke(main, ["ingest", "docs", "--sync", "--store", "db"])
    with Store(workdir / "db") as store:
        assert store.document_graphs() == []

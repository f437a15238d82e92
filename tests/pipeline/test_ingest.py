"""Ingest: replace-not-duplicate, unchanged files skipped, quarantine, progress, bad input."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from helpers import SEED_LETTER, SEED_NOTE
from unhrkg.extract import extract
from unhrkg.pipeline.ingest import ingest
from unhrkg.read import read_text
from unhrkg.store import Store


@pytest.fixture()
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def mentions(store: Store, code: str) -> int:
    q = f"ASK {{ ?d <https://w3id.org/unhrkg/ontology#mentions> <https://w3id.org/unhrkg/id/state/{code}> }}"
    return bool(store.db.query(q, use_default_graph_as_union=True))


def test_reingesting_a_changed_file_replaces_its_graph(workdir: Path) -> None:
    doc = workdir / "note.txt"
    doc.write_bytes(SEED_NOTE.read_bytes())
    store = Store(workdir / "db")
    assert ingest(store, [doc]).count("loaded") == 1
    size = len(store)
    assert ingest(store, [doc]).count("unchanged") == 1 and len(store) == size
    doc.write_text(SEED_NOTE.read_text() + "\nThe Government also appreciates the support of Cuba.\n")
    assert ingest(store, [doc]).count("loaded") == 1
    assert len(store.document_graphs()) == 1  # the content-hash IRI changed; the old graph is gone
    assert mentions(store, "CUB") and len(store) > size


def test_force_reingests_unchanged_files(workdir: Path) -> None:
    store = Store(workdir / "db")
    ingest(store, [SEED_LETTER])
    assert ingest(store, [SEED_LETTER], force=True).count("loaded") == 1
    assert len(store.document_graphs()) == 1


def test_a_nonconforming_document_is_quarantined_and_the_good_version_stays(workdir: Path) -> None:
    doc = workdir / "letter.txt"
    doc.write_bytes(SEED_LETTER.read_bytes())
    store = Store(workdir / "db")
    ingest(store, [doc])
    good = len(store)
    record = extract(read_text(doc), file="letter.txt").to_dict(review=True)
    record["states"] = record["states"] + ["XXX"]  # well formed, but no such State
    (workdir / "letter.txt.record.yaml").write_text(yaml.safe_dump(record))
    report = ingest(store, [doc])
    assert report.count("quarantined") == 1 and not report.ok
    assert "mentions" in report.outcomes[0].message
    assert not mentions(store, "XXX") and mentions(store, "PRK")
    quarantine = [g for g in store.named_graphs() if "/graph/quarantine/" in str(g)]
    assert len(quarantine) == 1 and len(store) > good
    (workdir / "letter.txt.record.yaml").unlink()
    assert ingest(store, [doc], force=True).count("loaded") == 1
    assert not [g for g in store.named_graphs() if "/graph/quarantine/" in str(g)]


def test_bad_files_are_reported_and_the_batch_goes_on(workdir: Path) -> None:
    folder = workdir / "docs"
    folder.mkdir()
    (folder / "a.txt").write_bytes(SEED_NOTE.read_bytes())
    (folder / "empty.txt").write_text("   \n")
    (folder / "image.pdf").write_bytes(b"%PDF-1.4 not really a pdf")
    (folder / "notes.odt").write_bytes(b"listed as skipped: not a document type we read")
    (folder / "z.txt").write_bytes(SEED_LETTER.read_bytes())
    store = Store(workdir / "db")
    report = ingest(store, [folder, workdir / "missing.txt"])
    status = {Path(o.path).name: o.status for o in report.outcomes}
    assert status == {"a.txt": "loaded", "empty.txt": "failed", "image.pdf": "failed", "z.txt": "loaded",
                      "missing.txt": "failed", "notes.odt": "skipped"}
    assert len(store.document_graphs()) == 2
    assert all(Path(o.path).name in o.message for o in report.outcomes if o.status == "failed")


def test_progress_is_reported_per_file(workdir: Path) -> None:
    seen: list[tuple[int, int]] = []
    ingest(Store(workdir / "db"), [SEED_NOTE, SEED_LETTER], progress=lambda done, total, _: seen.append((done, total)))
    assert seen == [(1, 2), (2, 2)]


def test_source_paths_are_relative_to_the_working_folder(workdir: Path) -> None:
    doc = workdir / "sub" / "note.txt"
    doc.parent.mkdir()
    doc.write_bytes(SEED_NOTE.read_bytes())
    store = Store(workdir / "db")
    ingest(store, [doc])
    assert list(store.sources()) == ["sub/note.txt"]
    assert os.getcwd() == str(workdir)

"""``python -m unhrkg.bench.add_one``: adds new documents to a store in process and through the
ingest command, and says how long each took."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import EPOCH, SEED_NOTE, SRC
from unhrkg.bench import add_one
from unhrkg.pipeline.ingest import ingest
from unhrkg.store import Store


def test_each_run_adds_a_new_document_both_ways(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PYTHONPATH", str(SRC))  # the command's process runs this source tree
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    with Store(tmp_path / "db") as store:
        assert ingest(store, [SEED_NOTE]).ok
    assert add_one.main(["--store", "db", "--runs", "1"]) == 0
    figures = json.loads(capsys.readouterr().out)
    (inside,), (command,) = figures["in_process"], figures["command"]
    assert inside["status"] == "loaded" and not inside["shared"] and inside["seconds"] > 0
    assert command["exit"] == 0 and "1 loaded" in command["output"] and "more than one" not in command["output"]
    with Store(tmp_path / "db", read_only=True) as store:
        assert len(store.document_graphs()) == 3


def test_a_missing_store_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        add_one.main(["--store", str(tmp_path / "none")])
    assert stop.value.code == 2 and "no store at" in capsys.readouterr().err

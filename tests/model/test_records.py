"""Reviewed records (FILE.record.yaml) are checked field by field before use: a bad one is one
line naming the record file and the field, and the rest of the batch is stored."""
from __future__ import annotations

import time
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


def review(folder: Path, change: dict[str, object]) -> Path:
    """The seed letter in folder with a reviewed record beside it, ``change`` applied."""
    folder.mkdir(exist_ok=True)
    doc = folder / "letter.txt"
    doc.write_bytes(SEED_LETTER.read_bytes())
    record = extract(read_text(doc), file="letter.txt").to_dict(review=True)
    record.update(change)
    (folder / "letter.txt.record.yaml").write_text(yaml.safe_dump(record, allow_unicode=True), encoding="utf-8")
    return doc


def ingest_with_good(workdir: Path, folder: Path) -> dict[str, tuple[str, str]]:
    """Ingest folder with a good note beside it: file name -> (status, message)."""
    (folder / "note.txt").write_bytes(SEED_NOTE.read_bytes())
    with Store(workdir / "db") as store:
        report = ingest(store, [folder])
        assert len(store.document_graphs()) == 1  # the good note
    return {Path(o.path).name: (o.status, o.message) for o in report.outcomes}


BAD_FIELDS = [
    ({"agenda_items": [10]}, "agenda_items[0]"),
    ({"states": "PRK"}, "states"),
    ({"accredited_to": 5}, "accredited_to"),
    ({"states": ["PRK\n"]}, "states[0]"),  # '^[A-Z]{3}$' lets the line break through
    ({"author_states": ["PRK\n"]}, "author_states[0]"),
    ({"signatories": [{"name": "Kim", "titles": [], "state": "X> } } ; DROP ALL ; #"}]}, "signatories[0].state"),
    ({"sponsors": [{"resolution": {"body": "CHR", "number": "2004/13"}, "sponsor": "X> } } ; DROP ALL ; #"}]},
     "sponsors[0].sponsor"),
    ({"session": {"body": "CHR", "number": "61> ;"}}, "session.number"),
    ({"resolutions": [{"body": "CHR", "number": 2004}]}, "resolutions[0].number"),
    ({"title": "x" * 50_000}, "title"),
    ({"title": "half a \ud800 pair"}, "title"),
    ({"symbol": "E/CN.4/2005/G/13\n"}, "symbol"),
    ({"language": "en> ."}, "language"),
    ({"documents_cited": [5]}, "documents_cited[0]"),  # was an AttributeError in mapping: the batch lost
]


@pytest.mark.parametrize(("change", "field"), BAD_FIELDS, ids=[f for _, f in BAD_FIELDS])
def test_a_record_field_of_the_wrong_type_or_form_is_one_line(workdir: Path, change: dict[str, object],
                                                              field: str) -> None:
    doc = review(workdir / "docs", change)
    status, message = ingest_with_good(workdir, doc.parent)["letter.txt"]
    assert status == "failed"
    assert "letter.txt.record.yaml" in message and field in message, message
    assert "\n" not in message


@pytest.mark.parametrize(("text", "reason"), [
    ("file: letter.txt\ntitle: !!binary aGVsbG8=\n", "title: b'hello' is bytes"),
    ("file: letter.txt\ntitle: \"\\ud800\"\n", "lone surrogate"),
    ("file: letter.txt\nagenda_items: " + "[" * 200 + "]" * 200 + "\n", "nested more than"),
    ("file: letter.txt\na: &a [x]\nagenda_items: *a\n", "aliases"),
    ("- not\n- a mapping\n", "must be a mapping"),
    ("file: letter.txt\nissued: 2005-02-31\n", "out of range"),
])
def test_yaml_the_schema_refuses(workdir: Path, text: str, reason: str) -> None:
    folder = workdir / "docs"
    folder.mkdir()
    (folder / "letter.txt").write_bytes(SEED_LETTER.read_bytes())
    (folder / "letter.txt.record.yaml").write_text(text, encoding="utf-8")
    status, message = ingest_with_good(workdir, folder)["letter.txt"]
    assert status == "failed" and "letter.txt.record.yaml" in message and reason in message, message


def test_a_billion_laughs_record_is_refused_at_its_first_alias(workdir: Path) -> None:
    """Nested aliases, each level ten of the one before, inside fields a record has: anything
    that walks the value expands it (a nine-level 1.5 KB record took 43 s and 2.5 GB)."""
    levels = ["l0: &l0 [lol]"] + [f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 10)}]" for i in range(1, 9)]
    text = "file: letter.txt\nrules: {" + ", ".join(levels) + "}\nagenda_items: *l8\n"
    assert len(text) < 1600
    folder = workdir / "docs"
    folder.mkdir()
    (folder / "letter.txt").write_bytes(SEED_LETTER.read_bytes())
    (folder / "letter.txt.record.yaml").write_text(text, encoding="utf-8")
    started = time.perf_counter()
    status, message = ingest_with_good(workdir, folder)["letter.txt"]
    assert time.perf_counter() - started < 30
    assert status == "failed" and "aliases" in message, message


def test_a_record_larger_than_the_limit_is_refused(workdir: Path) -> None:
    folder = workdir / "docs"
    folder.mkdir()
    (folder / "letter.txt").write_bytes(SEED_LETTER.read_bytes())
    (folder / "letter.txt.record.yaml").write_text("file: letter.txt\n" + "# padding\n" * 120_000, encoding="utf-8")
    status, message = ingest_with_good(workdir, folder)["letter.txt"]
    assert status == "failed" and "a record may have" in message, message


def test_a_good_reviewed_record_still_loads(workdir: Path) -> None:
    doc = review(workdir / "docs", {"agenda_items": ["9", "17 (b)"], "session": {"body": "CHR", "number": 61}})
    with Store(workdir / "db") as store:
        report = ingest(store, [doc])
    assert report.count("loaded") == 1, report.outcomes

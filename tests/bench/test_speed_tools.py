"""The tools that keep speed-ups honest: ``same_records`` (every record and graph as before) and
``stages`` (milliseconds per document and stage, old beside new)."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import CORPUS, SEED_LETTER, SEED_NOTE, SRC
from unhrkg.bench import same_records, stages


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    for path in (SEED_LETTER, SEED_NOTE):
        shutil.copy(path, docs / path.name)
    return docs


def test_the_same_code_gives_the_same_records_and_graphs(folder: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    saved = tmp_path / "saved"
    assert same_records.main(["save", str(saved), str(folder), "--only"]) == 0
    records = next(saved.iterdir()) / "records.jsonl"
    assert [json.loads(line)["file"] for line in records.read_text(encoding="utf-8").splitlines()] == \
        sorted([SEED_LETTER.name, SEED_NOTE.name])
    assert "rules" in records.read_text(encoding="utf-8") and (records.parent / "graphs.nq").stat().st_size > 1000
    assert same_records.main(["check", str(saved), str(folder), "--only"]) == 0
    assert capsys.readouterr().out.strip().endswith("SAME")


def test_a_changed_record_is_reported_with_its_line(folder: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    saved = tmp_path / "saved"
    same_records.main(["save", str(saved), str(folder), "--only"])
    letter = folder / SEED_LETTER.name
    letter.write_text(letter.read_text(encoding="utf-8").replace("E/CN.4/2005/32", "E/CN.4/2005/33"), encoding="utf-8")
    assert same_records.main(["check", str(saved), str(folder), "--only"]) == 1
    out = capsys.readouterr().out
    assert "DIFFERENT" in out and "records.jsonl" in out and "graphs.nq" in out and "E/CN.4/2005/33" in out


def test_stages_are_measured_per_document(folder: Path) -> None:
    figures = stages.measure(folder, 2)
    assert list(figures) == list(stages.STAGES) and all(ms >= 0 for ms in figures.values())


def test_two_checkouts_are_compared_in_turns(folder: Path) -> None:
    table = subprocess.run([sys.executable, "-m", "unhrkg.bench.stages", "--corpus", str(folder), "--docs", "2",
                            "--against", str(SRC), "--repeat", "1"], capture_output=True, text=True, check=True,
                           cwd=CORPUS.parent.parent).stdout
    rows = {line.split()[0]: line.split()[1:] for line in table.splitlines()[1:]}
    assert list(rows) == [*stages.STAGES, "total"] and all(len(r) == 3 for r in rows.values())


def test_the_build_and_the_raw_floor_of_its_quads_are_timed_in_one_run(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "unhrkg.bench.build_ratio", "--docs", "12", "--work", str(tmp_path),
                          "--against", str(SRC)], capture_output=True, text=True, check=True).stdout
    lines = out.splitlines()
    assert any(line.startswith("  this: build ") and "12 loaded" in line for line in lines)
    assert any(line.startswith("  against: raw floor ") for line in lines)
    ratios = [line for line in lines if line.startswith(("this: build", "against: build"))]
    assert len(ratios) == 2 and all(float(line.rsplit("= ", 1)[1]) > 0 for line in ratios)
    assert (tmp_path / "build-this" / "out" / "unhrkg.ttl").is_file()


def test_the_build_ratio_refuses_a_folder_without_the_package(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "unhrkg.bench.build_ratio", "--docs", "2", "--work", str(tmp_path),
                           "--against", str(tmp_path)], capture_output=True, text=True)
    assert done.returncode == 2 and "no unhrkg package" in done.stderr


def test_stages_refuse_a_folder_of_no_documents_in_one_line(tmp_path: Path) -> None:
    run = subprocess.run([sys.executable, "-m", "unhrkg.bench.stages", "--corpus", str(tmp_path)],
                         capture_output=True, text=True, cwd=CORPUS.parent.parent)
    assert run.returncode == 2 and "no documents to time" in run.stderr and "Traceback" not in run.stderr

"""Bad input: each bad file gets one clear line, the batch goes on, the store holds exactly
the good documents, and the exit code says that some failed."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from helpers import SEED_LETTER
from unhrkg.cli import main
from unhrkg.errors import InputError
from unhrkg.extract import extract
from unhrkg.read import read_text
from unhrkg.store import Store

NOTE = ("Note verbale dated 3 March 2005 from the Permanent Mission of Cuba to the United Nations Office at "
        "Geneva addressed to the Office of the High Commissioner for Human Rights\n\n"
        "The Permanent Mission of Cuba presents its compliments and rejects resolution 2004/{n}.\n")


def ingest_cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["ingest", *args], catch_exceptions=False)
    return result.exit_code, result.stderr + result.stdout


@pytest.mark.parametrize("encoding", ["utf-16", "cp1252", "latin-1", "utf-8-sig"])
def test_text_in_other_encodings_reads_the_same(tmp_path: Path, encoding: str) -> None:
    text = SEED_LETTER.read_text(encoding="utf-8").replace("\u2019", "'")
    doc = tmp_path / "doc.txt"
    doc.write_bytes(text.replace("Korea", "Korea (r\u00e9sum\u00e9)").encode(encoding))
    record = extract(read_text(doc))
    assert record.symbol == "E/CN.4/2005/G/13" and record.author_states == ["PRK"]


def test_cp1252_curly_quotes_and_mixed_line_endings(tmp_path: Path) -> None:
    doc = tmp_path / "doc.txt"
    body = "Letter dated 4 March 2005 from the Permanent Representative of the Democratic People\x92s Republic of Korea"
    doc.write_bytes((body + " addressed to the High Commissioner for Human Rights\r\n\rText.\n").encode("latin-1"))
    record = extract(read_text(doc))
    assert record.author_states == ["PRK"] and record.addressee == "OHCHR" and record.dated == "2005-03-04"


def test_no_header_garbage_symbols_and_impossible_dates_give_a_plain_record(tmp_path: Path) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text("Note verbale dated 31 February 2005 concerning E/CN.4/////G and A//HRC.\n"
                   "Some text that names nothing in particular, at some length, for the reader.\n")
    record = extract(read_text(doc))
    assert record.dated is None and record.symbol is None and record.documents_cited == []


@pytest.mark.parametrize("content,reason", [(b"", "empty"), (b"\x00\x01\x02" * 400, "binary"),
                                            (b"12 34 !!", "no readable text")])
def test_unusable_files_raise_a_clear_input_error(tmp_path: Path, content: bytes, reason: str) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_bytes(content)
    with pytest.raises(InputError, match=reason) as err:
        read_text(doc)
    assert str(doc) in str(err.value)


def test_a_very_large_file_is_refused_quickly(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(55 * 2**20)
    with pytest.raises(InputError, match=r"big.txt: 55.0 MB is larger than a document may be"):
        read_text(big)


def test_a_folder_of_many_files_with_a_few_bad_ones(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "docs"
    (folder / "sub").mkdir(parents=True)
    for n in range(1000):
        (folder / f"n{n:04d}.txt").write_text(NOTE.format(n=n + 1))
    (folder / "bad_empty.txt").write_text("")
    (folder / "bad_binary.txt").write_bytes(os.urandom(2048).replace(b"\x00", b"\x01") + b"\x00" * 8)
    (folder / "sub" / "loop_a.txt").symlink_to(folder / "sub" / "loop_b.txt")
    (folder / "sub" / "loop_b.txt").symlink_to(folder / "sub" / "loop_a.txt")
    (folder / "sub" / "dangling.txt").symlink_to(folder / "nowhere.txt")
    (folder / "sub" / "cycle").symlink_to(folder, target_is_directory=True)
    code, out = ingest_cli(str(folder), "--store", str(tmp_path / "store"))
    assert code == 2
    failed = [ln for ln in out.splitlines() if ln.startswith("failed:")]
    assert len(failed) == 5 and all(ln.endswith("; skipped") for ln in failed)
    for name in ("bad_empty.txt", "bad_binary.txt", "loop_a.txt", "loop_b.txt", "dangling.txt"):
        assert sum(name in ln for ln in failed) == 1
    assert "1000 loaded" in out
    with Store(tmp_path / "store") as store:
        assert len(store.document_graphs()) == 1000


def test_a_symlink_loop_named_on_the_command_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    code, out = ingest_cli(str(tmp_path / "a.txt"), "--store", str(tmp_path / "store"))
    assert code == 2 and "a.txt: broken or looping symbolic link; skipped" in out

"""Reading Word files: .docx through python-docx, .doc through antiword where installed."""
from __future__ import annotations

from pathlib import Path

import pytest

from unhrkg.errors import InputError
from unhrkg.read import SUFFIXES, read_text


def _letter(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("Note verbale dated 4 February 2010 from the Permanent Mission of Slovenia")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Symbol"
    table.cell(0, 1).text = "A/HRC/14/G/3"
    table.cell(1, 0).text = "Distr.: General"
    table.cell(1, 1).text = "12 February 2010"
    document.add_paragraph("The Permanent Mission presents its compliments to the Office of the High "
                           "Commissioner for Human Rights.")
    document.save(str(path))
    return path


def test_word_suffixes_are_read() -> None:
    assert ".docx" in SUFFIXES and ".doc" in SUFFIXES


def test_a_docx_reads_paragraphs_and_table_cells_in_order(tmp_path: Path) -> None:
    text = read_text(_letter(tmp_path / "letter.docx")).text
    lines = text.split("\n")
    assert lines[0].startswith("Note verbale dated 4 February 2010")
    assert lines[1:5] == ["Symbol", "A/HRC/14/G/3", "Distr.: General", "12 February 2010"]
    assert text.index("12 February 2010") < text.index("presents its compliments")


def test_a_corrupt_docx_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(InputError, match=r"broken\.docx: not a readable \.docx"):
        read_text(path)


def test_a_doc_that_is_not_word_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0 this is no Word document" * 20)
    message = r"old\.doc: (not a readable Word \.doc|old Word \.doc needs antiword)"
    with pytest.raises(InputError, match=message):
        read_text(path)


def test_without_antiword_a_doc_says_to_save_as_docx(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # a machine where antiword is not installed
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0" * 100)
    with pytest.raises(InputError, match="save the file as .docx"):
        read_text(path)

"""Reading real UN PDFs (ODS): reading order, Unicode, page furniture, OCR, damaged files."""
from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from helpers import PDFS, system_program
from unhrkg.errors import InputError
from unhrkg.read import read_text
from unhrkg.read.layout import Box, page_lines

ALL = sorted(PDFS.glob("*.pdf"))
SYMBOL = re.compile(r"^A/HRC/[\w./]+$")


def test_the_corpus_is_there() -> None:
    assert len(ALL) == 15


@pytest.mark.parametrize("pdf", ALL, ids=lambda p: p.name)
def test_every_real_pdf_reads_quietly_header_first(pdf: Path, capfd: pytest.CaptureFixture[str]) -> None:
    text = read_text(pdf).text
    out, err = capfd.readouterr()
    assert (out, err) == ("", "")
    lines = [ln for ln in text.split("\n") if ln.strip()]
    symbol = next(i for i, ln in enumerate(lines) if SYMBOL.match(ln))
    distr = next(i for i, ln in enumerate(lines) if ln.startswith("Distr."))
    assert symbol < 8 and distr < 8, lines[:10]  # the header block comes before the title
    assert not re.search(r"^(?:GE[.:]\s?\d{2}-\d+.*|\*\d{7}\*|Page \d+)$", text, re.M)
    assert not re.search("[\ufb00-\ufb06\ufffe\x02\uf020-\uf07f]", text)


def test_a_2012_header_row_keeps_its_parts_in_order() -> None:
    lines = [ln for ln in read_text(PDFS / "g1217781.pdf").text.split("\n") if ln.strip()]
    assert lines[:6] == ["United Nations", "A/HRC/14/37", "General Assembly", "Distr.: General",
                         "23 October 2012", "Original: English"]


def test_running_heads_page_numbers_and_job_numbers_are_gone() -> None:
    text = read_text(PDFS / "g1217781.pdf").text
    assert text.count("A/HRC/14/37\n") == 1  # the symbol at the top of 193 later pages is dropped
    assert "GE.12-17781" not in text
    numbers = [ln for ln in text.split("\n") if re.fullmatch(r"\d{1,3}", ln)]
    assert len(numbers) < 10  # 194 page numbers dropped; a few table cells remain


def test_boxes_out_of_stream_order_are_read_top_to_bottom_and_raised_marks_join_their_line() -> None:
    boxes = [Box(57, 600, 180, 610, "Human Rights Council"), Box(120, 778, 208, 788, "United Nations"),
             Box(475, 776, 489, 790, "A"), Box(489.5, 776, 538, 783, "/HRC/14/37"),
             Box(57, 500, 300, 509, "the Council on its session"), Box(301, 504, 305, 510, "1"),
             Box(57, 40, 61, 48, "2")]
    assert page_lines(boxes, 0, 595, 842) == ["United Nations", "A/HRC/14/37", "Human Rights Council",
                                              "the Council on its session1"]


def test_side_by_side_signature_blocks_are_read_column_by_column() -> None:
    boxes = [Box(57, 300, 200, 310, "(Signed) Jorge Perez"), Box(330, 300, 480, 310, "(Signed) Ana Souza"),
             Box(57, 288, 250, 298, "Permanent Representative"), Box(330, 288, 520, 298, "Permanent Representative"),
             Box(57, 276, 200, 286, "of Argentina"), Box(330, 276, 480, 286, "of Brazil")]
    assert page_lines(boxes, 3, 595, 842) == ["(Signed) Jorge Perez", "Permanent Representative", "of Argentina",
                                              "", "(Signed) Ana Souza", "Permanent Representative", "of Brazil", ""]


def test_ligatures_and_hyphen_marks_are_normalised(tmp_path: Path) -> None:
    from unhrkg.read import normalise

    assert normalise("O\ufb03ce of the High Commissioner, co\ufffeexistence\n") == \
        "Office of the High Commissioner, co-existence\n"


def _scanned(tmp_path: Path) -> Path:
    """A real ODS page rendered to an image and wrapped back into an image-only PDF."""
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(PDFS / "g1014611.pdf"))
    image = doc[0].render(scale=300 / 72, grayscale=True).to_pil()
    doc.close()
    path = tmp_path / "scanned.pdf"
    image.save(path, format="PDF", resolution=300)
    return path


def test_a_scanned_pdf_is_ocred(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    system_program("tesseract", "tesseract-ocr")
    text = read_text(_scanned(tmp_path)).text
    assert capfd.readouterr().err == ""
    assert "DEC/14/105" in text  # the symbol (OCR misreads the tall "A/HRC" of the masthead)
    assert re.search(r"^.*Distr\.: General$", text, re.M)
    assert "GE.10-14611" not in text


def test_the_header_of_a_scanned_pdf_is_extracted(tmp_path: Path) -> None:
    system_program("tesseract", "tesseract-ocr")
    from unhrkg.extract import extract
    record = extract(read_text(_scanned(tmp_path)))
    assert (record.symbol, record.issued, record.doc_type, record.author_body) == \
        ("A/HRC/DEC/14/105", "2010-06-23", "decision", "HRC")
    assert record.session == {"body": "HRC", "number": 14}


def test_a_scanned_pdf_without_tesseract_says_what_to_install(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("UNHRKG_TESSERACT", "no-such-tesseract")
    with pytest.raises(InputError, match=r"scanned PDF, no text layer; OCR needs Tesseract \(apt-get install"):
        read_text(_scanned(tmp_path))


@pytest.mark.parametrize("cut", [b"%PDF-1.4\n" + b"garbage " * 100, 0.5], ids=["corrupt", "truncated"])
def test_a_damaged_pdf_is_an_input_error_naming_the_file(tmp_path: Path, cut: bytes | float) -> None:
    data = (PDFS / "g1014611.pdf").read_bytes()
    path = tmp_path / "broken.pdf"
    path.write_bytes(cut if isinstance(cut, bytes) else data[:int(len(data) * cut)])
    with pytest.raises(InputError, match=r"broken\.pdf: damaged or not a PDF"):
        read_text(path)


@pytest.mark.parametrize("password, readable", [("", True), ("secret", False)])
def test_an_encrypted_pdf_opens_with_an_empty_password_only(tmp_path: Path, password: str, readable: bool) -> None:
    pypdf = pytest.importorskip("pypdf", reason="pypdf (the test extra) makes the encrypted file")
    writer = pypdf.PdfWriter(clone_from=str(PDFS / "g1014611.pdf"))
    writer.encrypt(user_password=password, owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    path = tmp_path / "locked.pdf"
    path.write_bytes(buffer.getvalue())
    if readable:
        assert "A/HRC/DEC/14/105" in read_text(path).text
    else:
        with pytest.raises(InputError, match=r"locked\.pdf: encrypted PDF that needs a password"):
            read_text(path)

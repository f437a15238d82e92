"""Text out of PDF files through pdfium (pypdfium2), in reading order; OCR when there is none.

pdfium reads damaged files that pure-Python readers give up on, prints nothing to stderr, and
is some twenty times faster. Its text page API gives the text as rectangles with positions
(`count_rects`, `get_rect`, `get_text_bounded`); `layout` puts them in reading order. A PDF
whose text layer is missing or garbage (a scan, or fonts without a Unicode map) goes to OCR.
"""
from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING

from unhrkg.errors import InputError
from unhrkg.read.layout import Box, page_lines
from unhrkg.read.text import clean_unicode

if TYPE_CHECKING:
    import pypdfium2

log = logging.getLogger(__name__)

MIN_LETTERS_PER_PAGE = 60  # a typed page holds 1,500-3,000; a scan's stray text layer a handful
MIN_WORD_SHARE = 0.5  # share of word-like tokens; real text ~0.8, an unmapped font's glyph soup < 0.2
SAMPLE_PAGES = 5
_WORD = re.compile(r"^[(\"'\[]?[^\W\d_]{2,}(?:[-'][^\W\d_]+)*[.,;:)\"'\]]*$")
_VOWEL = re.compile(r"[aeiouyàáâäãåèéêëìíîïòóôöõùúûüæœ]", re.I)


def open_pdf(path: Path, data: bytes | None = None) -> pypdfium2.PdfDocument:
    """Open a PDF (from its bytes, if read already) with pdfium; an encrypted one with an
    empty user password opens too (RC4 or AES: pdfium needs no other library for either)."""
    import pypdfium2

    try:
        return pypdfium2.PdfDocument(data if data is not None else str(path))
    except pypdfium2.PdfiumError as exc:
        why = str(exc)
        if "password" in why.lower():
            raise InputError(f"{path}: encrypted PDF that needs a password; save an unprotected copy") from exc
        found = re.search(r"PDFium: ([^)]*)", why)
        detail = found.group(1) if found else why
        raise InputError(f"{path}: damaged or not a PDF ({detail})") from exc


def page_boxes(page: pypdfium2.PdfPage) -> list[Box]:
    """The text rectangles of a page with their text, as pdfium segments them."""
    textpage = page.get_textpage()
    try:
        boxes = []
        for i in range(textpage.count_rects()):
            left, bottom, right, top = textpage.get_rect(i)
            text = textpage.get_text_bounded(left, bottom, right, top)
            boxes.append(Box(left, bottom, right, top, clean_unicode(text)))
        return boxes
    finally:
        textpage.close()


def _pages_text(doc: pypdfium2.PdfDocument, path: Path) -> list[str]:
    out = []
    for n in range(len(doc)):
        page = doc[n]
        try:
            width, height = page.get_size()
            out.append("\n".join(page_lines(page_boxes(page), n, width, height)))
        except Exception as exc:  # a broken page loses its text, not the document's
            log.warning("%s: page %d unreadable (%s)", path, n + 1, exc)
            out.append("")
        finally:
            page.close()
    return out


def usable(pages: list[str]) -> bool:
    """Whether a text layer is real text: enough letters per page, mostly word-like tokens."""
    sample = pages[:SAMPLE_PAGES]
    if not sample:
        return False
    letters = sum(ch.isalpha() for page in sample for ch in page)
    if letters < MIN_LETTERS_PER_PAGE * len(sample):
        return False
    tokens = [t for page in sample for t in page.split() if len(t) > 1]
    words = sum(1 for t in tokens if _WORD.match(t) and _VOWEL.search(t))
    return bool(tokens) and words / len(tokens) >= MIN_WORD_SHARE


def pdf_to_text(path: str | Path, data: bytes | None = None) -> str:
    """The text of a PDF (read from `data` where given), page by page in reading order;
    scanned PDFs are OCRed."""
    path = Path(path)
    doc = open_pdf(path, data)
    try:
        if len(doc) == 0:
            raise InputError(f"{path}: the PDF has no pages")
        pages = _pages_text(doc, path)
        if usable(pages):
            return "\n\n".join(pages)
        from unhrkg.read.ocr import ocr_pdf

        log.info("%s: no usable text layer; OCR", path)
        return ocr_pdf(doc, path)
    finally:
        doc.close()

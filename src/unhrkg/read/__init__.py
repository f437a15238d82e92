"""Text out of document files (.txt, .md, .html, .pdf, .docx, .doc), normalised for extraction.

One front door, `read_text(path) -> Text`; the modules behind it, one per kind of input:
`text` (decoding and normalising), `front_matter` (a Markdown post's title and date), `html`, `pdf` (pdfium, reading order in `layout`), `ocr`
(Tesseract for scanned PDFs) and `docx` (python-docx; antiword for .doc).
"""
from __future__ import annotations

import hashlib
import itertools
import re
from dataclasses import dataclass
from pathlib import Path

from unhrkg.errors import InputError
from unhrkg.read.files import BINARY, read_bytes
from unhrkg.read.front_matter import front_matter
from unhrkg.read.html import html_to_text
from unhrkg.read.text import clean_unicode, decode, decolumn, normalise, signature_columns

__all__ = ["SUFFIXES", "Text", "read_bytes", "clean_unicode", "decode", "decolumn",
           "html_to_text", "normalise", "pdf_to_text", "read_text", "signature_columns"]

SUFFIXES = (".txt", ".md", ".html", ".htm", *BINARY)


@dataclass(frozen=True)
class Text:
    """A document's normalised text and where it came from."""

    path: str
    text: str
    sha256: str


def pdf_to_text(path: str | Path, data: bytes | None = None) -> str:
    """The raw text of a PDF (its bytes, if read already) in reading order, OCR for scans; see
    `unhrkg.read.pdf`."""
    from unhrkg.read.pdf import pdf_to_text as read_pdf

    return read_pdf(path, data)


def _raw_text(p: Path, data: bytes) -> str:
    suffix = p.suffix.lower()
    if suffix == ".pdf":
        return pdf_to_text(p, data)
    if suffix == ".docx":
        from unhrkg.read.docx import docx_to_text

        return docx_to_text(p, data)
    if suffix == ".doc":
        from unhrkg.read.docx import doc_to_text

        return doc_to_text(p)
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")) and data[1:4:2] != b"\x00\x00":
        raise InputError(f"{p}: binary data, not text")
    raw = decode(data)
    if suffix not in (".html", ".htm"):
        return front_matter(raw)
    try:
        return html_to_text(raw)
    except InputError as exc:
        raise InputError(f"{p}: {exc}") from exc


def read_text(path: str | Path) -> Text:
    """Read one document file and normalise its text. Raises InputError on unreadable input:
    not a regular file, over the size limit (checked on the bytes read), empty, no text."""
    p = Path(path)
    if p.suffix.lower() not in SUFFIXES:
        raise InputError(f"{p}: unsupported file type {p.suffix or '(none)'} (use {', '.join(SUFFIXES)})")
    data = read_bytes(p)
    digest = hashlib.sha256(data).hexdigest()
    if not data.strip():
        raise InputError(f"{p}: the file is empty")
    text = normalise(_raw_text(p, data))
    if len(list(itertools.islice(re.finditer(r"[A-Za-z]", text), 20))) < 20:  # the first 20 letters are enough
        raise InputError(f"{p}: no readable text (fewer than 20 letters of the Latin script; the extractor reads English, "
                         "French and Spanish)")
    return Text(path=str(path), text=text, sha256=digest)

"""Text out of document files (.txt, .md, .html, .pdf), normalised for extraction.

Normalisation undoes what PDF conversion and web copies do to UN documents: byte-order
marks and odd encodings, mixed line endings, typographic quotes, markdown emphasis,
page-footer job numbers ("GE.05-11601 (E) 040305"), running heads, and words broken
across lines. Line structure is kept: header blocks and signature blocks depend on it.
"""
from __future__ import annotations

import html
import os
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from unhrkg.errors import InputError

SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf")
MAX_BYTES = int(float(os.environ.get("UNHRKG_MAX_MB", "20")) * 1024 * 1024)  # text documents
MAX_PDF_BYTES = 10 * MAX_BYTES  # scanned PDFs are large for little text

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201b": "'", "\u2032": "'", "\u201c": '"',
                         "\u201d": '"', "\u201e": '"', "\u00a0": " ", "\u2009": " ", "\u202f": " ",
                         "\u2013": "-", "\u2011": "-", "\u00ad": "", "\t": " ", "\f": "\n",
                         "\u200b": "", "\ufeff": ""})
_FOOTER = re.compile(r"^\s*(?:GE\.\s?\d{2}-\d{3,6}\s*(?:\([A-Z]\))?|\d{2}-\d{5}\s*\([A-Z]\))[\s\d/]*$")
_BARCODE = re.compile(r"^\s*\*\s?\d{6,8}\s?\*\s*$")
_TWO_COLUMNS = re.compile(r"^(\s*\S.*?)\s{4,}(\S.*)$")
RIGHT_INDENT = 30
_MASTHEAD = re.compile(r"^\s*(?:united\s+nations|nations)\s*$", re.I)
_PAGE = re.compile(r"^\s*(?:-\s*\d+\s*-|page\s+\d+(?:\s*(?:/|of)\s*\d+)?)\s*$", re.I)
_PAGE_OF = re.compile(r"^\s*(\d{1,3})\s*/\s*(\d{1,3})\s*$")
_RULE = re.compile(r"^\s*(?:[-_=*~.\u2014]\s*){3,}$")
_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1", re.S)
_MD_HEAD = re.compile(r"^#{1,6}\s+", re.M)
_BROKEN = re.compile(r"([A-Za-z]{2,})-\n[ ]*([a-z]{2,})")


@dataclass(frozen=True)
class Text:
    """A document's normalised text and where it came from."""

    path: str
    text: str
    sha256: str


def decode(data: bytes) -> str:
    """Bytes to str: UTF-8 (with or without BOM), UTF-16 by BOM, else cp1252/latin-1."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if len(data) > 3 and data[1:4:2] == b"\x00\x00" and data[0:3:2] != b"\x00\x00":
        return data.decode("utf-16-le", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


class _HTMLText(HTMLParser):
    _BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article"}
    _SKIP = {"script", "style", "head", "nav", "noscript"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in self._SKIP:
            self._skip += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skip:
            self._skip -= 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    parser = _HTMLText()
    parser.feed(markup)
    parser.close()
    return html.unescape("".join(parser.parts))


def pdf_to_text(path: Path) -> str:
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError as exc:  # pragma: no cover - pypdf is a dependency
        raise InputError(f"{path}: reading PDF needs the 'pypdf' package") from exc
    try:
        reader = PdfReader(str(path))
        return "\n\n".join(page.extract_text() or "" for page in reader.pages)
    except (PdfReadError, ValueError, KeyError, OSError) as exc:
        raise InputError(f"{path}: not a readable PDF ({exc})") from exc


def _dehyphenate(text: str) -> str:
    """Join words broken across lines; keep the hyphen where the text spells it so elsewhere."""
    def join(m: re.Match[str]) -> str:
        left, right = m.group(1), m.group(2)
        if f"{left}-{right}".lower() in lowered and f"{left}{right}".lower() not in lowered:
            return f"{left}-{right}"
        return left + right
    lowered = text.lower()
    return _BROKEN.sub(join, text)


def _column_parts(line: str) -> tuple[str, str] | None:
    """(left, right) of a masthead line printed in two columns; ('', text) for a right-only line."""
    m = _TWO_COLUMNS.match(line.rstrip())
    if m:
        return m.group(1).strip(), m.group(2).strip()
    if line.strip() and len(line) - len(line.lstrip()) >= RIGHT_INDENT:
        return "", line.strip()
    return None


def _is_prose(line: str) -> bool:
    return len(line.strip()) >= 70 and _column_parts(line) is None


def decolumn(lines: list[str]) -> list[str]:
    """Read a two-column masthead (PDF layout) as left column, then right column.

    Only the header block above the first line of running prose is touched, and only runs
    of lines that hold at least one two-column line; other lines are kept as they are.
    """
    end = next((i for i, ln in enumerate(lines) if _is_prose(ln)), len(lines))
    out: list[str] = []
    i = 0
    while i < end:
        j, left, right, two = i, [], [], False
        while j < end and (not lines[j].strip() or _column_parts(lines[j]) is not None):
            parts = _column_parts(lines[j])
            if parts:
                two = two or bool(parts[0])
                left += [parts[0]] if parts[0] else []
                right.append(parts[1])
            j += 1
        if two:
            out += left + [""] + right + [""]
            i = j
        else:
            out.append(lines[i])
            i += 1
    return out + lines[end:]


_SIGNED_TWICE = re.compile(r"\(\s*Signed\s*\).*?\S\s{3,}(?=\(\s*Signed\s*\))", re.I)


def signature_columns(lines: list[str]) -> list[str]:
    """Signature blocks printed side by side ("(Signed) A      (Signed) B", then their titles
    in two columns) are read one after the other: left block, then right block."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        m = _SIGNED_TWICE.search(lines[i])
        if not m:
            out.append(lines[i])
            i += 1
            continue
        col, left, right = m.end(), [], []
        while i < len(lines) and lines[i].strip():
            left.append(lines[i][:col].rstrip())
            right.append(lines[i][col:].strip())
            i += 1
        out += [ln for ln in left if ln.strip()] + [""] + [ln for ln in right if ln]
    return out


def _masthead_apart(lines: list[str]) -> list[str]:
    """Keep the masthead "United Nations" (or "UNITED / NATIONS") apart from the organ below it,
    so that it is not read as one name with it ("United Nations General Assembly")."""
    top = [i for i, ln in enumerate(lines) if ln.strip()][:4]
    for i in top:
        if _MASTHEAD.match(lines[i]) and i + 1 < len(lines) and lines[i + 1].strip():
            return lines[:i + 1] + [""] + lines[i + 1:]
    return lines


def _page_totals(lines: list[str]) -> set[str]:
    """Totals M of 'N/M' lines that recur as pagination (two or more pages of the same M).

    A single 'N/M' line is more likely a resolution or decision number ("14/105").
    """
    seen: dict[str, set[str]] = {}
    for line in lines:
        m = _PAGE_OF.match(line)
        if m and int(m.group(1)) <= int(m.group(2)):
            seen.setdefault(m.group(2), set()).add(m.group(1))
    return {total for total, numbers in seen.items() if len(numbers) >= 2}


def normalise(text: str) -> str:
    """Clean conversion noise from a document's text, keeping its line structure."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_QUOTES)
    text = text.replace("\u2014", " - ")
    text = _MD_HEAD.sub("", _EMPHASIS.sub(r"\2", text)).replace("**", "")
    raw = signature_columns(_masthead_apart(decolumn(text.split("\n"))))
    pages = _page_totals(raw)
    lines = []
    for line in raw:
        page = _PAGE_OF.match(line)
        if page and page.group(2) in pages:
            continue
        if _FOOTER.match(line) or _BARCODE.match(line) or _PAGE.match(line) or _RULE.match(line):
            continue
        lines.append(re.sub(r" {2,}", " ", line).strip())
    text = _dehyphenate("\n".join(lines))
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def read_text(path: str | Path) -> Text:
    """Read one document file and normalise its text. Raises InputError on unreadable input."""
    import hashlib

    p = Path(path)
    if p.suffix.lower() not in SUFFIXES:
        raise InputError(f"{p}: unsupported file type {p.suffix or '(none)'} (use {', '.join(SUFFIXES)})")
    try:
        size = p.stat().st_size
        limit = MAX_PDF_BYTES if p.suffix.lower() == ".pdf" else MAX_BYTES
        if size > limit:
            raise InputError(f"{p}: {size / 2**20:.1f} MB is larger than a document may be "
                             f"({limit / 2**20:.0f} MB; set UNHRKG_MAX_MB to raise it)")
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror or exc})") from exc
    digest = hashlib.sha256(data).hexdigest()
    if not data.strip():
        raise InputError(f"{p}: the file is empty")
    if p.suffix.lower() == ".pdf":
        raw = pdf_to_text(p)
    else:
        if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")) and data[1:4:2] != b"\x00\x00":
            raise InputError(f"{p}: binary data, not text")
        raw = decode(data)
        if p.suffix.lower() in (".html", ".htm"):
            raw = html_to_text(raw)
    text = normalise(raw)
    if len(re.findall(r"[A-Za-z]", text)) < 20:
        raise InputError(f"{p}: no readable text")
    return Text(path=str(path), text=text, sha256=digest)

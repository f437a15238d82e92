"""OCR of scanned PDFs: pages rendered by pdfium, read by the Tesseract command-line program.

Tesseract is called as a subprocess (`tesseract - - -l eng`): no Python wrapper to install,
and its own messages ("Estimating resolution ...") are caught and logged, never printed.
It comes from the Debian packages `tesseract-ocr`, `tesseract-ocr-fra`, `tesseract-ocr-spa`
(scripts/system-deps.sh installs them). Set-up through the environment:

- UNHRKG_OCR_PAGES  how many pages to OCR from the start (default 10; 0 = all). A page takes
  about a second at 300 dpi; the header, and most of what the extraction looks for, is on page 1.
- UNHRKG_OCR_LANG   Tesseract languages (default "eng"; e.g. "eng+fra+spa", slower).
- UNHRKG_OCR_DPI    rendering resolution (default 300).
"""
from __future__ import annotations

import io
import logging
import os
import shutil
import subprocess
import time
from pathlib import Path
from typing import TYPE_CHECKING

from unhrkg.errors import InputError

if TYPE_CHECKING:
    import pypdfium2

log = logging.getLogger(__name__)

PAGE_TIMEOUT = 120  # seconds for one page; a stuck page is an error, not a hang


def _setting(name: str, default: str) -> str:
    return os.environ.get(name, "").strip() or default


def tesseract() -> str | None:
    """The tesseract program's path, or None where it is not installed."""
    return shutil.which(_setting("UNHRKG_TESSERACT", "tesseract"))


def ocr_image(png: bytes, path: Path, lang: str | None = None) -> str:
    """Text of one page image (PNG bytes) by Tesseract."""
    exe = tesseract()
    if exe is None:
        raise InputError(f"{path}: scanned PDF, no text layer; OCR needs Tesseract (apt-get install tesseract-ocr)")
    lang = lang or _setting("UNHRKG_OCR_LANG", "eng")
    # One OpenMP thread: Tesseract's own threading makes a page some eight times slower here
    env = {**os.environ, "OMP_THREAD_LIMIT": os.environ.get("OMP_THREAD_LIMIT", "1")}
    try:
        done = subprocess.run([exe, "-", "-", "-l", lang, "--psm", "3"], input=png, capture_output=True,
                              timeout=PAGE_TIMEOUT, check=False, env=env)
    except subprocess.TimeoutExpired as exc:
        raise InputError(f"{path}: OCR of a page took more than {PAGE_TIMEOUT} s") from exc
    if done.stderr.strip():
        log.debug("tesseract: %s", done.stderr.decode("utf-8", "replace").strip())
    if done.returncode != 0:
        why = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no message"]
        raise InputError(f"{path}: OCR failed (tesseract: {why[0]}; languages {lang!r} installed?)")
    return done.stdout.decode("utf-8", "replace")


def render_png(page: pypdfium2.PdfPage, dpi: int) -> bytes:
    """One page as a greyscale PNG at the given resolution."""
    bitmap = page.render(scale=dpi / 72, grayscale=True)
    buffer = io.BytesIO()
    bitmap.to_pil().save(buffer, format="PNG")
    return buffer.getvalue()


def ocr_pdf(doc: pypdfium2.PdfDocument, path: Path) -> str:
    """OCR the first UNHRKG_OCR_PAGES pages of a PDF; pages joined by a blank line."""
    if tesseract() is None:
        raise InputError(f"{path}: scanned PDF, no text layer; OCR needs Tesseract (apt-get install tesseract-ocr)")
    limit = int(_setting("UNHRKG_OCR_PAGES", "10"))
    dpi = int(_setting("UNHRKG_OCR_DPI", "300"))
    count = len(doc) if limit <= 0 else min(limit, len(doc))
    if count < len(doc):
        log.info("%s: OCR of the first %d of %d pages (UNHRKG_OCR_PAGES)", path, count, len(doc))
    pages = []
    start = time.perf_counter()
    for n in range(count):
        page = doc[n]
        try:
            pages.append(ocr_image(render_png(page, dpi), path))
        finally:
            page.close()
        log.info("%s: OCR page %d/%d (%.1f s)", path, n + 1, count, time.perf_counter() - start)
    return "\n\n".join(pages)

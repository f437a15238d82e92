"""Text out of Word files: .docx through python-docx, old binary .doc through antiword.

A .docx is read in document order, paragraphs and tables interleaved as they stand; a table
gives one line per cell (a merged cell once), nested tables in place. Page headers and footers
are left out, as the PDF reader drops running heads. A .doc needs the `antiword` program
(Debian package, installed by scripts/system-deps.sh); without it the message says to save
the file as .docx.
"""
from __future__ import annotations

import io
import logging
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from unhrkg.errors import InputError

log = logging.getLogger(__name__)


def _blocks(container: Any) -> Iterator[str]:
    """Lines of a document body or table cell: paragraphs, and tables cell by cell."""
    from docx.table import Table

    for item in container.iter_inner_content():
        if isinstance(item, Table):
            yield from _table(item)
            yield ""
        else:
            yield item.text


def _table(table: Any) -> Iterator[str]:
    # A merged cell is repeated once per grid column it spans: read it once. The XML elements
    # are kept (not just their ids) so that an id is not reused by a later element.
    seen: dict[int, object] = {}
    for row in table.rows:
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen[id(cell._tc)] = cell._tc
            yield from _blocks(cell)


def docx_to_text(path: str | Path, data: bytes | None = None) -> str:
    """The text of a .docx file (read from `data` where given), paragraphs and table cells in
    document order."""
    import docx

    path = Path(path)
    try:
        document = docx.Document(io.BytesIO(data) if data is not None else str(path))
        return "\n".join(_blocks(document))
    except Exception as exc:  # python-docx raises zip, XML and key errors alike for a bad file
        raise InputError(f"{path}: not a readable .docx file ({type(exc).__name__}: {exc})") from exc


def doc_to_text(path: str | Path) -> str:
    """The text of an old Word .doc file through antiword."""
    path = Path(path)
    exe = shutil.which("antiword")
    if exe is None:
        raise InputError(f"{path}: old Word .doc needs antiword (apt-get install antiword); "
                         "or save the file as .docx")
    try:
        done = subprocess.run([exe, "-w", "0", "-m", "UTF-8.txt", str(path)], capture_output=True,
                              timeout=120, check=False)
    except subprocess.TimeoutExpired as exc:
        raise InputError(f"{path}: antiword took more than 120 s") from exc
    message = done.stderr.decode("utf-8", "replace").strip()
    if done.returncode != 0 or not done.stdout.strip():
        raise InputError(f"{path}: not a readable Word .doc file (antiword: {message or 'no text'}); "
                         "try saving it as .docx")
    if message:
        log.debug("antiword: %s", message)
    return done.stdout.decode("utf-8", "replace")

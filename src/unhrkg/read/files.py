"""Opening a document file safely: regular files only, never more than the size limit read.

The size is checked on what is read, not on what `stat` says: a symbolic link to /dev/zero,
or a file under /proc, reports 0 bytes and never ends. A named pipe is opened without
blocking (O_NONBLOCK) and refused, so that a FIFO in a folder cannot hang an ingest.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

from unhrkg.errors import InputError

BINARY = (".pdf", ".docx", ".doc")  # scanned PDFs and Word files with images are large for little text
PDF_FACTOR = 10  # how much larger than a text document a binary one may be
_DEFAULT_MB = 20.0
_KINDS = {stat.S_IFIFO: "a named pipe (FIFO)", stat.S_IFCHR: "a character device", stat.S_IFBLK: "a block device",
          stat.S_IFSOCK: "a socket", stat.S_IFDIR: "a folder"}


def max_megabytes() -> float:
    """$UNHRKG_MAX_MB, the largest text document read (MB); 20 where unset or not a number."""
    raw = os.environ.get("UNHRKG_MAX_MB", "").strip()
    try:
        value = float(raw) if raw else _DEFAULT_MB
    except ValueError:
        raise InputError(f"UNHRKG_MAX_MB must be a number of megabytes, not {raw!r}") from None
    if not value > 0 or value == float("inf"):
        raise InputError(f"UNHRKG_MAX_MB must be a number of megabytes above 0, not {raw!r}")
    return value


def size_limit(path: Path) -> int:
    """The most bytes a document of this kind may have."""
    limit = int(max_megabytes() * 2**20)
    return limit * PDF_FACTOR if path.suffix.lower() in BINARY else limit


def not_regular(mode: int) -> str | None:
    """What a file is when it is not a regular file ("a named pipe (FIFO)"), else None."""
    if stat.S_ISREG(mode):
        return None
    return _KINDS.get(stat.S_IFMT(mode), "not a regular file")


def path_text(path: str | Path) -> str:
    """A path as text any output takes: bytes of the name that are not UTF-8 are written as
    backslash escapes (b"bad\\xff.txt" -> "bad\\xff.txt"), so two such names stay apart and the
    same file gets the same text on every run."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def printable(text: str) -> str:
    """A message that may hold a path with undecodable bytes (surrogate escapes), as
    `path_text` writes them."""
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a lone surrogate that no file name gave
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _too_large(path: Path, size: float, limit: int, more: bool = False) -> InputError:
    return InputError(f"{path}: {'more than ' if more else ''}{size / 2**20:.1f} MB is larger than a document may be "
                      f"({limit / 2**20:.0f} MB; set UNHRKG_MAX_MB to raise it)")


def read_bytes(path: str | Path, limit: int | None = None) -> bytes:
    """The bytes of a regular file, refused (InputError) when larger than `limit` (default: the
    limit for its kind), when it is not a regular file, or when it cannot be read."""
    path = Path(path)
    limit = size_limit(path) if limit is None else limit
    try:
        before = os.stat(path)
        kind = not_regular(before.st_mode)
        if kind is None and before.st_size > limit:
            raise _too_large(path, before.st_size, limit)
        if kind is None:
            fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
            with os.fdopen(fd, "rb") as fh:
                now = os.fstat(fh.fileno())
                kind = not_regular(now.st_mode)  # the file may have been swapped
                # as many bytes as the file says it has, then on to the limit if there are more
                # (/proc, a growing file): a read of limit + 1 bytes allocates that much for every file
                data = b"" if kind else fh.read(min(now.st_size, limit) + 1)
                if len(data) > now.st_size:
                    data += fh.read(limit + 1 - len(data))
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    if kind:
        raise InputError(f"{path}: {kind}, not a regular file; not read")
    if len(data) > limit:
        raise _too_large(path, limit, limit, more=True)
    return data

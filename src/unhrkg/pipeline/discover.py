"""Finding the document files under the files and folders given to ingest.

Every entry of a folder is either taken or reported with its reason: unsupported types
(.rtf, no extension) and symbolic links to folders are "skipped" (listed, the exit code
unchanged); entries named like documents that cannot be documents (named pipes, devices,
broken or looping links, links out of the folders given) "failed". Hidden entries (".git",
".DS_Store") and reviewed records (FILE.record.yaml, read with FILE) are passed over quietly.

Symbolic links are followed only to files inside the folders given, unless
`follow_symlinks`: a link to /etc/shadow in a downloaded folder must not become a document.
A file named on the command line is the user's own choice and is followed wherever it
points; it must still be a regular file.
"""
from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from unhrkg.pipeline.prepare import RECORD_SUFFIX, FileOutcome
from unhrkg.read import SUFFIXES
from unhrkg.read.files import not_regular, path_text


def _inside(target: str, roots: list[str]) -> bool:
    return any(target == root or target.startswith(root.rstrip(os.sep) + os.sep) for root in roots)


class _Walk:
    """One pass over the paths given: the files found and what was left out, and why."""

    def __init__(self, follow_symlinks: bool) -> None:
        self.follow = follow_symlinks
        self.found: dict[Path, None] = {}
        self.left: list[FileOutcome] = []
        self.roots: list[str] = []
        self.visited: set[str] = set()

    def leave(self, path: Path | str, why: str, document: bool = True) -> None:
        shown = path_text(path)
        self.left.append(FileOutcome(shown, "failed" if document else "skipped", f"{shown}: {why}"))

    def named(self, raw: str | Path) -> None:
        """A path given on the command line: a folder to walk, or a file taken as it is."""
        p = Path(raw)
        if p.name.endswith(RECORD_SUFFIX):
            p = p.with_name(p.name[: -len(RECORD_SUFFIX)])
        if p.is_dir():
            self.folder(p)
        elif p.exists():
            kind = not_regular(p.stat().st_mode)
            if kind:
                self.leave(p, f"{kind}, not a regular file")
            else:
                self.found.setdefault(p, None)
        elif p.with_name(p.name + RECORD_SUFFIX).is_file():
            self.found.setdefault(p, None)  # a reviewed record whose document is not here
        elif p.is_symlink():
            self.leave(raw, "broken or looping symbolic link")
        else:
            self.leave(raw, "no such file or folder")

    def folder(self, root: Path) -> None:
        real = os.path.realpath(root)
        if real in self.visited:
            return
        self.visited.add(real)
        stack = [root]
        while stack:
            stack.extend(reversed(self.entries(stack.pop())))

    def entries(self, folder: Path) -> list[Path]:
        """Take the files of one folder; return its sub-folders to walk."""
        try:
            with os.scandir(folder) as it:
                names = sorted(entry.name for entry in it)
        except OSError as exc:
            self.leave(folder, f"cannot list folder ({exc.strerror or exc})")
            return []
        subfolders = []
        for name in names:
            if name.startswith(".") or name.endswith(RECORD_SUFFIX):
                continue
            child = folder / name
            if self.entry(child):
                subfolders.append(child)
        return subfolders

    def entry(self, child: Path) -> bool:
        """Take or report one folder entry; True for a folder to walk."""
        document = child.suffix.lower() in SUFFIXES
        link = child.is_symlink()
        try:
            target = os.path.realpath(child, strict=True) if link else str(child)
            mode = os.stat(target).st_mode
        except (OSError, RuntimeError):
            self.leave(child, "broken or looping symbolic link" if link else "cannot be read", document)
            return False
        if link and not self.follow and not _inside(target, self.roots):
            self.leave(child, "symbolic link to outside the folders given; not followed "
                              "(--follow-symlinks reads it)", document)
            return False
        kind = not_regular(mode)
        if kind == "a folder":
            return self.subfolder(child, target, link)
        if kind:
            self.leave(child, f"{kind}, not a regular file", document)
        elif not document:
            self.leave(child, f"unsupported file type {child.suffix or '(none)'}", False)
        else:
            self.found.setdefault(child, None)
        return False

    def subfolder(self, child: Path, target: str, link: bool) -> bool:
        """Whether to walk a sub-folder: a real one once; a linked one with follow_symlinks only."""
        if link and not self.follow:
            self.leave(child, "symbolic link to a folder; not followed (--follow-symlinks reads it)", False)
            return False
        real = os.path.realpath(target)
        if real in self.visited:
            if link:
                self.leave(child, "symbolic link loop (a folder already read)", False)
            return False
        self.visited.add(real)
        return True


def collect(paths: Iterable[str | Path], follow_symlinks: bool = False) -> tuple[list[Path], list[FileOutcome]]:
    """Document files under the given files and folders (sorted), and what was left out:
    one outcome per entry, "failed" or "skipped", whose message says why."""
    walk = _Walk(follow_symlinks)
    paths = list(paths)
    walk.roots = [os.path.realpath(p) for p in paths if os.path.isdir(p)]
    for raw in paths:
        walk.named(raw)
    return sorted(walk.found), walk.left

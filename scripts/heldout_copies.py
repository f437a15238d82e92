#!/usr/bin/env python3
"""Texts of a new held-out set that an earlier set already holds, printed on another site.

    python3 scripts/heldout_copies.py tests/data/heldout_mixed537 [--against tests/data] [--share 0.5]

A statement reposted by an embassy or an agency item carried by two news sites reaches an annotator under a new
address, so a set written blind may hold a text the extractor was already measured (and tuned) on. Each text of the
new set is compared with every text under ``--against`` (other folders than the new one) by the runs of eight words
they share; a text sharing at least ``--share`` of its runs with an earlier one is listed with it. Exit status 1 when
any is found, 0 when none, 2 on bad usage. Plain Python: it runs before the project is installed.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

RUN = 8  # words in a run
WORD = re.compile(r"\w+")


def runs(text: str) -> set[str]:
    """The text's runs of eight consecutive words, lower-cased."""
    words = WORD.findall(text.lower())
    return {" ".join(words[i:i + RUN]) for i in range(len(words) - RUN + 1)}


def texts(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.txt") if not p.name.startswith("BLIND_RUN"))


def copies(new: Path, against: Path, share: float) -> list[tuple[Path, Path, float]]:
    """(new text, earlier text, share of the new text's runs found in it) for every copy found."""
    earlier = {p: runs(p.read_text(encoding="utf-8", errors="replace"))
               for p in texts(against) if new.resolve() not in p.resolve().parents}
    found = []
    for path in texts(new):
        own = runs(path.read_text(encoding="utf-8", errors="replace"))
        if not own:
            continue
        best, shared = max(((p, len(own & r) / len(own)) for p, r in earlier.items()), key=lambda x: x[1],
                           default=(None, 0.0))
        if best is not None and shared >= share:
            found.append((path, best, shared))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("new", type=Path, help="the new set's folder")
    parser.add_argument("--against", type=Path, default=Path("tests/data"), help="where the earlier sets are")
    parser.add_argument("--share", type=float, default=0.5, help="share of runs that makes a copy (0-1)")
    args = parser.parse_args(argv)
    for folder in (args.new, args.against):
        if not folder.is_dir():
            print(f"heldout_copies: {folder}: not a folder", file=sys.stderr)
            return 2
    found = copies(args.new, args.against, args.share)
    for path, earlier, shared in found:
        print(f"{path}: {shared:.0%} of its eight-word runs are in {earlier}")
    print(f"{len(found)} of {len(texts(args.new))} texts are copies of earlier ones", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())

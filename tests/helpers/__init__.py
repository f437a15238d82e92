"""What the tests share, in one place: paths to the corpus and test data, seed documents, and the
helpers that find system programs, free ports and stop servers. The stage-specific helpers sit
beside this in the package (``servers``, ``stores``, ``serve``, ``browser``, ``shapes``); test
files import from here, never from one another. Fixtures are registered in ``tests/conftest.py``.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
from pathlib import Path

import pytest

from unhrkg.bench.serve_pages import stop as stop_process

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src"
TESTS = ROOT / "tests"
DATA = TESTS / "data"
CORPUS = ROOT / "data" / "corpus"
SEED_NOTE = CORPUS / "000_e9ba8eca00d86e24.txt"
SEED_LETTER = CORPUS / "001_229bcb034eb221d9.txt"
DEV_GOLD = DATA / "dev_gold.yaml"  # shared/corpus/gold.yaml, paths into data/corpus
PDFS = DATA / "pdf"  # the 15 real ODS PDFs of the corpus
EPOCH = "1700000000"  # SOURCE_DATE_EPOCH of the runs whose graphs are compared


def seed_letters(folder: Path, n: int) -> list[Path]:
    """n distinct letters in folder: the seed letter under n different symbols."""
    folder.mkdir(exist_ok=True)
    text = SEED_LETTER.read_text(encoding="utf-8")
    paths = []
    for i in range(n):
        path = folder / f"letter_{i:04d}.txt"
        path.write_text(text.replace("E/CN.4/2005/G/13", f"E/CN.4/2005/G/{100 + i}"), encoding="utf-8")
        paths.append(path)
    return paths


def system_program(program: str, package: str) -> str:
    """The path of a program a Debian package gives (a name on PATH, or an absolute path).

    Missing, the test is skipped with the package and the remedy in pytest's summary (-ra);
    but where ``make test`` found or installed every package (it then sets
    UNHRKG_SYSTEM_DEPS=required) a missing one is a failure, so CI never passes by skipping.
    """
    found = program if Path(program).is_absolute() and Path(program).exists() else shutil.which(program)
    if found:
        return found
    message = (f"{program} not found: needs the Debian package {package}; "
               "run 'sudo bash scripts/system-deps.sh' (make test does it as root)")
    if os.environ.get("UNHRKG_SYSTEM_DEPS") == "required":
        pytest.fail(message)
    pytest.skip(message)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def stop(process: subprocess.Popen) -> None:  # type: ignore[type-arg]
    """Stop a server the tests started: terminate, then kill if it lingers (as the bench does)."""
    stop_process(process)

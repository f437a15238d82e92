"""Every shell command of README.md runs as written, in README order, on a copy of the shipped data.

The README is read when the test runs, so a block added later is covered without touching this
file. Commands run with bash (globs, quotes and comments as a reader's shell has them) in a
temporary folder holding copies of data/, queries/, docs/, ontology/ and tests/data/, with
``unhrkg`` meaning this checkout's package; the store is that folder's ``.unhrkg/``, made by
the tour's own ``ingest``. Each must exit 0 (an answer, not "0 rows") with no traceback.

Not run here, each for the reason given in ``EXCLUDED`` (the tests named there run the same
thing against real servers).
"""
from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT


#: what the README's shell blocks hold that this test does not run: pattern -> why
EXCLUDED = {
    r"^make\b": "make sets up .venv and runs the whole suite (CI runs 'make test' itself) or the "
                "benchmark (minutes)",
    r"^unhrkg serve\b": "a server that runs until it is stopped: tests/server/test_serve.py and "
                        "tests/server/test_serve_defaults.py start it",
    r"^curl\b": "asks a running 'unhrkg serve': tests/server/test_serve.py does",
    r"^(oxigraph serve|virtuoso-t)\b": "starts a SPARQL server in the background: tests/remote/test_remote.py starts both",
    r"^isql-vt\b": "configures the Virtuoso server of the line before",
    r"--endpoint\b": "pushes to or queries one of those servers: tests/remote/test_remote.py does, on both",
}
COPIED = ("data", "queries", "docs", "ontology", "tests/data")
SHELL_BLOCK = re.compile(r"^```(?:sh|bash|shell|console)\n(.*?)^```", re.M | re.S)


def readme_commands() -> list[str]:
    """The commands of every shell block, in order: one per line, without comments and blank lines."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = []
    for block in SHELL_BLOCK.findall(text):
        for line in block.splitlines():
            words = shlex.split(line, comments=True)
            if words:
                commands.append(line.strip())
    return commands


def exclusion(command: str) -> str | None:
    """Why a command is not run here, or None."""
    return next((why for pattern, why in EXCLUDED.items() if re.search(pattern, command)), None)


@pytest.fixture()
def reader_folder(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A working folder with copies of the shipped data, and an environment whose 'unhrkg' is this package."""
    work = tmp_path / "work"
    for name in COPIED:
        shutil.copytree(ROOT / name, work / name)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    launcher = bin_dir / "unhrkg"
    launcher.write_text(f'#!/bin/sh\nexec {shlex.quote(sys.executable)} -m unhrkg "$@"\n')
    launcher.chmod(0o755)
    env = {k: v for k, v in os.environ.items() if not k.startswith("UNHRKG_")}
    env["PATH"] = f"{bin_dir}{os.pathsep}{env['PATH']}"
    return work, env


def test_every_readme_shell_command_runs_as_written(reader_folder: tuple[Path, dict[str, str]]) -> None:
    work, env = reader_folder
    commands = readme_commands()
    skipped = {c: exclusion(c) for c in commands if exclusion(c)}
    to_run = [c for c in commands if c not in skipped]
    unused = [p for p in EXCLUDED if not any(re.search(p, c) for c in commands)]
    assert not unused, f"exclusions that match no README command any more (remove them): {unused}"
    assert len(to_run) >= 20, f"only {len(to_run)} commands to run; excluded: {skipped}"
    failures = []
    for command in to_run:
        done = subprocess.run(["bash", "-c", command], cwd=work, env=env, capture_output=True, text=True,
                              timeout=600)
        if done.returncode != 0 or "Traceback" in done.stderr:
            failures.append(f"$ {command}\nexit {done.returncode}\n{(done.stdout + done.stderr)[-1500:]}")
    assert not failures, "\n\n".join(failures)
    assert (work / ".unhrkg").is_dir(), "the tour's ingest made the store in the working folder"

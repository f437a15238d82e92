"""Reading while an ingest writes: query, export and validate open the store read-only and
answer from it while another process holds it for writing; a second writer gets one line."""
from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from helpers import seed_letters
from unhrkg.cli import main

WRITER = """
import sys
from pathlib import Path
from unhrkg.pipeline.ingest import ingest
from unhrkg.store import Store

store, corpus, stop = Store(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
ingest(store, [corpus])
print("ready", flush=True)
rounds = 0
while True:  # re-ingest the corpus again and again, at least once whenever the stop comes: a long ingest, replacing every graph
    ingest(store, [corpus], force=True)
    rounds += 1
    if stop.exists():
        break
print(rounds, flush=True)
"""


@pytest.fixture()
def writing(tmp_path: Path) -> Iterator[tuple[Path, subprocess.Popen[str]]]:
    """A store that another process is ingesting into, for as long as the test runs."""
    seed_letters(tmp_path / "corpus", 40)
    stop = tmp_path / "stop"
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path / "db"), str(tmp_path / "corpus"), str(stop)],
                              cwd=tmp_path, stdout=subprocess.PIPE, text=True)
    assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
    yield tmp_path / "db", writer
    stop.touch()
    out, _ = writer.communicate(timeout=300)
    assert writer.returncode == 0 and int(out.strip()) >= 1


def test_query_export_and_validate_run_while_an_ingest_writes(writing: tuple[Path, subprocess.Popen[str]],
                                                              tmp_path: Path) -> None:
    store, writer = writing
    runner = CliRunner()
    for _ in range(3):
        query = runner.invoke(main, ["query", "documents", "--format", "csv", "--store", str(store)])
        assert query.exit_code == 0, query.output
        assert len(query.stdout.splitlines()) == 41  # a header and the 40 letters, never half a document
        export = runner.invoke(main, ["export", "-o", str(tmp_path / "out.nq"), "--store", str(store)])
        assert export.exit_code == 0, export.output
        validate = runner.invoke(main, ["validate", "--store", str(store)])
        assert validate.exit_code == 0, validate.output
        assert writer.poll() is None, "the ingest was still running"


def test_a_second_writer_is_told_who_holds_the_store(writing: tuple[Path, subprocess.Popen[str]],
                                                    tmp_path: Path) -> None:
    store, _ = writing
    result = CliRunner().invoke(main, ["ingest", str(tmp_path / "corpus"), "--store", str(store)])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"error: the store at {store} is open for writing in another process (an ingest, a build or "
        "'serve --allow-update'); wait for it to end or stop it"]

"""The store under bad values and bad conditions: no value becomes SPARQL, a file the store
cannot take is one line, a full disk stops the ingest with one line and keeps what was
stored, and malformed settings or a killed export leave no traceback and no litter."""
from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from helpers import EPOCH, ROOT, SEED_LETTER, SEED_NOTE, seed_letters
from helpers.stores import assert_only_whole_documents
from unhrkg.pipeline.ingest import ingest
from unhrkg.map.document import map_record
from unhrkg.model.namespaces import GRAPH_BASE, ID_BASE
from unhrkg.model.record import DocumentRecord
from unhrkg.store import Store
from unhrkg.model.terms import nt_term, ntriples

INJECTIONS = ["X> } } ; DROP ALL ; #", "PRK\n", "a b", "half \ud800", 'q"uote']


def unhrkg(*args: str, cwd: Path, env: dict[str, str] | None = None, limit: int | None = None,
           ) -> subprocess.CompletedProcess[str]:
    """The command in a process of its own (optionally with a file size limit: a full disk)."""
    def limited() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG) instead of killing
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    full_env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), PYTHONDONTWRITEBYTECODE="1", **(env or {}))
    return subprocess.run([sys.executable, "-m", "unhrkg", *args], cwd=cwd, env=full_env, capture_output=True,
                          text=True, timeout=600, preexec_fn=limited if limit else None)


@pytest.mark.parametrize("value", INJECTIONS[:4])
def test_no_value_can_close_an_iri_in_the_text_the_store_reads(value: str) -> None:
    with pytest.raises(ValueError):
        nt_term(URIRef(f"{ID_BASE}state/{value}"))


def test_a_literal_is_text_whatever_it_holds() -> None:
    assert nt_term(Literal('"} } ; DROP ALL ; #\n')) == '"\\"} } ; DROP ALL ; #\\n"'
    with pytest.raises(ValueError):
        nt_term(Literal("x", lang="en> ; DROP ALL"))


def test_a_mapped_value_that_would_break_out_is_refused_before_the_store() -> None:
    """A record that skipped the schema (an extractor bug, say) still cannot reach the store as syntax."""
    record = DocumentRecord(file="x.txt", symbol="E/CN.4/2005/G/13", doc_type="letter", author_states=["PRK"],
                            sponsors=[{"resolution": {"body": "CHR", "number": "2004/13"}, "sponsor": INJECTIONS[0]}])
    mapped = map_record(record, "0" * 64, "x.txt", datetime.fromtimestamp(0, tz=UTC))
    with pytest.raises(ValueError, match="not an IRI"):
        ntriples(mapped.own())


def test_removing_a_graph_by_a_crafted_name_drops_nothing_else(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with Store(tmp_path / "db") as store:
        ingest(store, [SEED_LETTER])
        size = len(store)
        crafted = f"{GRAPH_BASE}doc/x> ; DROP ALL ; DROP SILENT GRAPH <http://example.org/y"
        with pytest.raises(ValueError):
            store.remove_graph(crafted)
        assert len(store) == size


def test_a_file_name_that_is_not_utf8_is_stored_under_an_escaped_name(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "ok.txt").write_bytes(SEED_LETTER.read_bytes())
    with open(os.fsencode(folder) + b"/note-\xff.txt", "wb") as odd:  # bytes no UTF-8 decoder accepts
        odd.write(SEED_NOTE.read_bytes())
    done = unhrkg("ingest", "docs", "--store", "db", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "2 loaded" in done.stdout and "Traceback" not in done.stderr
    paths = unhrkg("query", "SELECT ?p WHERE { ?s unhr:sourcePath ?p } ORDER BY ?p", "--format", "tsv",
                   "--store", "db", cwd=tmp_path)
    assert paths.stdout.split("\n")[1:3] == ["docs/note-\\xff.txt", "docs/ok.txt"]


def test_a_full_disk_stops_the_ingest_with_one_line_and_keeps_what_was_stored(tmp_path: Path) -> None:
    """RLIMIT_FSIZE is a real limit: the store's writes past it fail as on a full disk."""
    seed_letters(tmp_path / "corpus", 100)
    env = {"SOURCE_DATE_EPOCH": EPOCH}
    done = unhrkg("ingest", "corpus", "--store", "db", cwd=tmp_path, env=env, limit=200_000)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "the ingest stopped" in errors[0] and "File too large" in errors[0], done.stderr
    not_stored = [line for line in done.stderr.splitlines() if "not stored" in line]
    assert not_stored and all(line.startswith("failed: corpus/letter_") for line in not_stored)
    stored = int(done.stdout.split(" loaded")[0].split()[-1])
    assert 0 < stored < 100, done.stdout
    assert assert_only_whole_documents(tmp_path / "db", tmp_path) == stored
    again = unhrkg("ingest", "corpus", "--store", "db", cwd=tmp_path, env=env)
    assert again.returncode == 0 and f"{100 - stored} loaded, {stored} unchanged" in again.stdout, again.stdout
    assert assert_only_whole_documents(tmp_path / "db", tmp_path) == 100


@pytest.mark.parametrize(("name", "value"), [("UNHRKG_MAX_MB", "lots"), ("UNHRKG_MAX_MB", "-1"),
                                             ("SOURCE_DATE_EPOCH", "yesterday"),
                                             ("SOURCE_DATE_EPOCH", "99999999999999999999")])
def test_a_malformed_setting_is_one_line(tmp_path: Path, name: str, value: str) -> None:
    (tmp_path / "letter.txt").write_bytes(SEED_LETTER.read_bytes())
    done = unhrkg("ingest", "letter.txt", "--store", "db", cwd=tmp_path, env={name: value})
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [done.stderr.strip()] and name in done.stderr, done.stderr


def test_a_killed_export_leaves_no_part_file_after_the_next(tmp_path: Path) -> None:
    (tmp_path / "letter.txt").write_bytes(SEED_LETTER.read_bytes())
    assert unhrkg("ingest", "letter.txt", "--store", "db", cwd=tmp_path).returncode == 0
    # the export process is killed (SIGKILL) at the worst moment: written, not yet renamed
    killed = subprocess.run(
        [sys.executable, "-c", "import os, signal\nos.replace = lambda *a: os.kill(os.getpid(), signal.SIGKILL)\n"
         "from unhrkg.cli import main\nmain(['export', '-o', 'out/graph.ttl', '--store', 'db'])"],
        cwd=tmp_path, env=dict(os.environ, PYTHONPATH=str(ROOT / "src")), capture_output=True, timeout=300)
    assert killed.returncode == -signal.SIGKILL
    assert [p.name for p in (tmp_path / "out").iterdir() if p.name.endswith(".part")], "the kill left its part"
    assert unhrkg("export", "-o", "out/graph.nt", "--store", "db", cwd=tmp_path).returncode == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["graph.nt"]

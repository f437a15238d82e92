"""One bad file never sinks a batch: folders are walked safely (FIFOs, devices, links out of
the folders refused; other types listed as skipped), odd file names are stored, and each
file's work runs under a time limit, PDF and Word files in memory-limited workers.

Each ingest runs as the real command in a child process with a deadline, so that a hang
(a FIFO read on the old code) fails the test rather than the test run."""
from __future__ import annotations

import os
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from helpers import CORPUS, SEED_LETTER, SEED_NOTE, SRC
from unhrkg.store import Store



def run(cwd: Path, *args: str, seconds: float = 180, **env: str) -> tuple[int, list[str]]:
    """`unhrkg ingest ARGS --store store` in cwd: exit code and output lines (stderr first)."""
    done = subprocess.run([sys.executable, "-m", "unhrkg", "ingest", *args, "--store", "store"], cwd=cwd,
                          env=dict(os.environ, PYTHONPATH=str(SRC), **env), capture_output=True, text=True,
                          timeout=seconds)
    return done.returncode, (done.stderr + done.stdout).splitlines()


def sources(cwd: Path) -> set[str]:
    with Store(cwd / "store") as store:
        return set(store.sources())


def documents(folder: Path, *names: str) -> None:
    """Distinct readable documents under the given names (the corpus files, in order)."""
    corpus = sorted(CORPUS.glob("*.txt"))
    folder.mkdir(parents=True, exist_ok=True)
    for name, source in zip(names, corpus):
        (folder / name).write_bytes(source.read_bytes())


def test_folder_entries_that_are_not_documents_are_refused_or_listed(tmp_path: Path) -> None:
    import docx

    docs, outside = tmp_path / "docs", tmp_path / "outside"
    documents(docs, "good.txt")
    documents(outside, "secret.txt", "other.txt")
    word = docx.Document()
    word.add_paragraph(SEED_LETTER.read_text(encoding="utf-8"))
    word.save(str(docs / "letter.docx"))
    (docs / "note.rtf").write_bytes(SEED_NOTE.read_bytes())
    (docs / "README").write_bytes(SEED_NOTE.read_bytes())
    os.mkfifo(docs / "pipe.txt")
    (docs / "zero.txt").symlink_to("/dev/zero")
    (docs / "escape.txt").symlink_to(outside / "secret.txt")
    (docs / "elsewhere").symlink_to(outside, target_is_directory=True)
    (docs / "sub").mkdir()
    (docs / "sub" / "up").symlink_to(docs, target_is_directory=True)
    code, lines = run(tmp_path, "docs")
    assert code == 2
    assert sorted(ln for ln in lines if ln.startswith(("failed:", "skipped:"))) == [
        "failed: docs/escape.txt: symbolic link to outside the folders given; not followed "
        "(--follow-symlinks reads it); skipped",
        "failed: docs/pipe.txt: a named pipe (FIFO), not a regular file; skipped",
        "failed: docs/zero.txt: symbolic link to outside the folders given; not followed "
        "(--follow-symlinks reads it); skipped",
        "skipped: docs/README: unsupported file type (none)",
        "skipped: docs/elsewhere: symbolic link to outside the folders given; not followed "
        "(--follow-symlinks reads it)",
        "skipped: docs/note.rtf: unsupported file type .rtf",
        "skipped: docs/sub/up: symbolic link to a folder; not followed (--follow-symlinks reads it)"]
    assert lines[-1].startswith("9 file(s): 2 loaded, 0 unchanged, 0 quarantined, 3 failed, 4 skipped")
    assert sources(tmp_path) == {"docs/good.txt", "docs/letter.docx"}


def test_follow_symlinks_reads_links_out_of_the_folder_once_and_never_a_device(tmp_path: Path) -> None:
    docs, outside = tmp_path / "docs", tmp_path / "outside"
    documents(docs, "good.txt", "secret.txt", "other.txt")  # distinct documents, then moved out
    outside.mkdir()
    (docs / "secret.txt").rename(tmp_path / "secret.txt")
    (docs / "other.txt").rename(outside / "other.txt")
    (docs / "escape.txt").symlink_to(tmp_path / "secret.txt")
    (docs / "elsewhere").symlink_to(outside, target_is_directory=True)
    (outside / "back").symlink_to(outside, target_is_directory=True)  # a loop
    (docs / "zero.txt").symlink_to("/dev/zero")
    code, lines = run(tmp_path, "docs", "--follow-symlinks")
    assert code == 2
    assert "failed: docs/zero.txt: a character device, not a regular file; skipped" in lines
    assert "skipped: docs/elsewhere/back: symbolic link loop (a folder already read)" in lines
    assert sources(tmp_path) == {"docs/good.txt", "docs/escape.txt", "docs/elsewhere/other.txt"}


def test_many_skipped_files_are_counted_and_listed_with_verbose(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    documents(docs, "good.txt")
    for n in range(25):
        (docs / f"n{n:02d}.rtf").write_text("{\\rtf1 x}")
    code, lines = run(tmp_path, "docs")
    assert code == 0 and sum(ln.startswith("skipped: docs/") for ln in lines) == 20
    assert "skipped: 5 more (--verbose lists every one)" in lines
    code, lines = run(tmp_path, "docs", "--verbose")
    assert sum(ln.startswith("skipped: docs/") for ln in lines) == 25


def test_a_file_name_that_is_not_utf8_is_stored_under_an_escaped_name(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    documents(docs, "good.txt")
    Path(os.fsdecode(os.fsencode(docs) + b"/bad\xff.txt")).write_bytes(SEED_LETTER.read_bytes())
    code, lines = run(tmp_path, "docs")
    assert code == 0, lines
    assert sources(tmp_path) == {"docs/good.txt", "docs/bad\\xff.txt"}
    code, lines = run(tmp_path, "docs")
    assert lines[-1].startswith("2 file(s): 0 loaded, 2 unchanged")


SLOW_MB = 12  # of real note text: several seconds to read and extract, past a 2 s limit


def slow_document(folder: Path) -> None:
    text = SEED_NOTE.read_bytes()
    (folder / "slow.txt").write_bytes(text * (SLOW_MB * 2**20 // len(text)))


def test_a_file_over_the_time_limit_is_one_line_and_the_batch_goes_on(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    documents(docs, "a.txt", "b.txt")
    slow_document(docs)
    code, lines = run(tmp_path, "docs", UNHRKG_FILE_SECONDS="2")
    assert code == 2
    assert "failed: docs/slow.txt: took more than 2 s (UNHRKG_FILE_SECONDS); skipped" in lines
    assert sources(tmp_path) == {"docs/a.txt", "docs/b.txt"}


def pdf_inflating_to(megabytes: int) -> bytes:
    """A one-page PDF with a line of text whose content stream inflates to `megabytes` MB
    (made block by block: each flushed block stands alone, so it can be repeated)."""
    text = (b"BT /F1 12 Tf 72 720 Td (Note verbale dated 3 March 2005 from the Permanent Mission of Cuba to the "
            b"United Nations Office at Geneva) Tj ET\n")
    chunk, packer = b" " * 2**20, zlib.compressobj(9)
    head = packer.compress(text) + packer.flush(zlib.Z_FULL_FLUSH)
    block = packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH)
    checksum = zlib.adler32(text)
    for _ in range(megabytes):
        checksum = zlib.adler32(chunk, checksum)
    stream = head + block * megabytes + packer.flush()[:-4] + checksum.to_bytes(4, "big")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 6\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return bytes(out + b"trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref)


def test_a_pdf_bomb_costs_one_line_and_a_worker(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    documents(docs, "a.txt", "b.txt")
    (docs / "inflates_200mb.pdf").write_bytes(pdf_inflating_to(200))  # read: pdfium takes it in stride
    (docs / "inflates_2gb.pdf").write_bytes(pdf_inflating_to(2048))  # beyond the worker's memory
    code, lines = run(tmp_path, "docs", UNHRKG_WORKER_MB="1024")
    assert code == 2
    failed = [ln for ln in lines if ln.startswith("failed:")]
    assert len(failed) == 1 and failed[0].startswith("failed: docs/inflates_2gb.pdf: its worker process was killed")
    assert sources(tmp_path) == {"docs/a.txt", "docs/b.txt", "docs/inflates_200mb.pdf"}


def test_a_worker_over_the_time_limit_is_stopped_and_replaced(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    documents(docs, "a.txt", "b.txt", "c.txt")
    (docs / "small.pdf").write_bytes(pdf_inflating_to(1))  # a PDF: files go to a worker process
    slow_document(docs)
    code, lines = run(tmp_path, "docs", UNHRKG_FILE_SECONDS="2")
    assert code == 2
    assert "failed: docs/slow.txt: took more than 2 s (UNHRKG_FILE_SECONDS); skipped" in lines
    assert sources(tmp_path) == {"docs/a.txt", "docs/b.txt", "docs/c.txt", "docs/small.pdf"}


@pytest.mark.parametrize("name,value", [("UNHRKG_FILE_SECONDS", "soon"), ("UNHRKG_WORKER_MB", "-1")])
def test_a_malformed_limit_is_one_error_line(tmp_path: Path, name: str, value: str) -> None:
    docs = tmp_path / "docs"
    documents(docs, "a.txt")
    (docs / "small.pdf").write_bytes(pdf_inflating_to(1))
    code, lines = run(tmp_path, "docs", **{name: value})
    assert code == 2 and lines[0].startswith(f"error: {name} must be a number")

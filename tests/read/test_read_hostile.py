"""Hostile input to the read stage: each gives text or one InputError naming the file, in
time linear in its size, and never blocks, never reads past the size limit."""
from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import PDFS, SRC
from unhrkg.errors import InputError
from unhrkg.read import read_text
from unhrkg.read.html import html_to_text

def child(code: str, seconds: float = 20) -> subprocess.CompletedProcess[str]:
    """Python code run in a child process (this source tree, 2 GB of address space at most)
    that must end within `seconds`: a hang or a runaway read fails the test, not the machine."""
    import resource

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (2 * 2**30, 2 * 2**30))
    env = dict(os.environ, PYTHONPATH=str(SRC))
    return subprocess.run([sys.executable, "-c", code], env=env, timeout=seconds, capture_output=True, text=True,
                          preexec_fn=limit)


def error_of(path: Path) -> str:
    """The InputError that read_text gives for a file, as the child process prints it."""
    done = child("from unhrkg.read import read_text\nfrom unhrkg.errors import InputError\n"
                 f"try:\n    read_text({str(path)!r})\nexcept InputError as exc:\n    print(exc)\n")
    return done.stdout.strip() or done.stderr


NOTE = ("Note verbale dated 3 March 2005 from the Permanent Mission of Cuba to the United Nations Office at "
        "Geneva addressed to the Office of the High Commissioner for Human Rights\n")


@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256"])
def test_a_pdf_encrypted_with_aes_and_an_empty_user_password_is_read(tmp_path: Path, algorithm: str) -> None:
    import pypdf  # the test extra, with cryptography for AES

    writer = pypdf.PdfWriter(clone_from=str(PDFS / "g1014611.pdf"))
    writer.encrypt(user_password="", owner_password="x", algorithm=algorithm)  # restrictions only
    buffer = io.BytesIO()
    writer.write(buffer)
    path = tmp_path / "restricted.pdf"
    path.write_bytes(buffer.getvalue())
    assert b"/AESV" in path.read_bytes()
    assert "A/HRC/DEC/14/105" in read_text(path).text


# Inputs that took time quadratic in their size (blank lines above the text: two-column
# detection; letters without spaces and words broken at every line: de-hyphenation; a line
# of "(Signed)": side-by-side signatures). Each is read in a child process that must end in
# 20 s; before, the first two took over a minute each and 5 MB never ended.
SLOW = {
    "20 KB of blank lines": "'\\n' * 20_000",
    "100 KB without a space": "'a' * 100_000",
    "1 MB of words broken at line ends": "'ab-\\n' * 250_000",
    "a line of 20,000 (Signed)": "'(Signed) ' * 20_000",
    "5 MB of blank lines": "'\\n' * 5_000_000",
}


@pytest.mark.parametrize("body", SLOW.values(), ids=SLOW.keys())
def test_normalising_takes_linear_time(tmp_path: Path, body: str) -> None:
    path = tmp_path / "doc.txt"
    code = (f"from pathlib import Path; from unhrkg.read import read_text\n"
            f"p = Path({str(path)!r}); p.write_text({body} + '\\n' + {NOTE!r})\n"
            f"assert 'Permanent Mission of Cuba' in read_text(p).text")
    done = child(code)
    assert done.returncode == 0, done.stderr


def test_html_nested_200000_deep_is_refused_at_once(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    path.write_text("<html><body>" + "<div>" * 200_000 + NOTE + "</div>" * 200_000 + "</body></html>")
    assert error_of(path) == f"{path}: HTML nested more than 256 elements deep; not read"


def test_unterminated_html_tags_are_read_in_linear_time(tmp_path: Path) -> None:
    path = tmp_path / "broken.html"
    path.write_text("<p>" + NOTE + "</p>" + "<div" * 100_000)
    done = child(f"from unhrkg.read import read_text\nprint(read_text({str(path)!r}).text)")
    assert "Permanent Mission of Cuba" in done.stdout, done.stderr


def test_html_text_keeps_blocks_and_leaves_out_scripts() -> None:
    text = html_to_text("<html><head><title>T</title><script>var x;</script></head><body><p>Letter dated "
                        "6 &amp; 7 January<!-- note --> 2009</p><p>from <b>the</b> Mission</p>tail"
                        "<script>x</script>after<br>end</body></html>")
    assert text == "\nLetter dated 6 & 7 January 2009\n\nfrom the Mission\ntailafter\nend"


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert error_of(fifo) == f"{fifo}: a named pipe (FIFO), not a regular file; not read"


def test_a_link_to_dev_zero_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    assert error_of(link) == f"{link}: a character device, not a regular file; not read"


def test_the_size_limit_holds_on_what_is_read() -> None:
    from unhrkg.read.files import read_bytes

    maps = Path("/proc/self/maps")  # a regular file whose stat size (0) is not what it holds
    assert maps.stat().st_size == 0
    with pytest.raises(InputError, match=r"maps: more than 0\.0 MB is larger than a document may be"):
        read_bytes(maps, limit=100)


def test_a_malformed_size_limit_is_one_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(NOTE)
    monkeypatch.setenv("UNHRKG_MAX_MB", "lots")
    with pytest.raises(InputError, match=r"UNHRKG_MAX_MB must be a number of megabytes, not 'lots'"):
        read_text(path)

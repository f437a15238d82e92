"""Normalising a text: the short cuts give the text the plain way gives, and skip the work they say they skip."""
from __future__ import annotations

import re

import pytest

from unhrkg.read import text as normalising


def _plain_dehyphenate(text: str) -> str:
    """Broken words joined as the text's own spelling says, from every word and pair gathered first."""
    lowered = text.lower()
    words = set(re.findall(r"[a-z]++", lowered))
    compounds = set(re.findall(r"(?<![a-z])(?=([a-z]++-[a-z]++))", lowered))

    def join(m: re.Match[str]) -> str:
        left, right = m.group(1), m.group(2)
        keep = f"{left}-{right}".lower() in compounds and f"{left}{right}".lower() not in words
        return f"{left}-{right}" if keep else left + right
    return re.sub(r"(?<![A-Za-z])([A-Za-z]{2,}+)-\n[ ]*+([a-z]{2,}+)", join, text)


@pytest.mark.parametrize("repeat", [1, 3, normalising.FEW_LOOKUPS, 5 * normalising.FEW_LOOKUPS])
def test_broken_words_are_joined_as_the_text_spells_them(repeat: int) -> None:
    text = ("The well-\nbeing of all, well-being. Co-\noperation and cooperation; non-\nState actors and non-State "
            "ones; self-\ndetermination, xself-determination; Follow-\nup to follow-upx; human-\nrights. ") * repeat
    assert normalising._dehyphenate(text) == _plain_dehyphenate(text)
    assert "well-being of all" in normalising._dehyphenate(text) and "Cooperation and" in normalising._dehyphenate(text)


def test_a_few_broken_words_are_looked_up_without_gathering_every_word(monkeypatch: pytest.MonkeyPatch) -> None:
    gathered = []
    real = normalising._WORD
    monkeypatch.setattr(normalising, "_WORD", type("Spy", (), {"findall": lambda self, t: gathered.append(1) or real.findall(t)})())
    assert normalising._dehyphenate("The well-\nbeing of all, well-being.") == "The well-being of all, well-being."
    assert gathered == []


@pytest.mark.parametrize("line", ["GE.05-11601 (E) 040305", "  - 3 -", "page 4 of 7", "*1423930*", "-----", " 12/30",
                                  "\u2003 GE.05-11601", "Page 2", "gE.05-11601 (E)", "\u0663\u0664-12345 (E)"])
def test_noise_lines_are_still_dropped_with_the_first_character_check(line: str) -> None:
    text = f"Title\n{line}\nBody text.\n" + (" 13/30\n" if "/" in line else "")
    kept = normalising.normalise(text)
    assert line.strip() not in kept.split("\n") or not any(
        p.match(line) for p in (normalising._FOOTER, normalising._BARCODE, normalising._PAGE, normalising._RULE))


@pytest.mark.parametrize("line", ["Distr.: General    A/HRC/7/2", "Left\u2003\u2003\u2003\u2003Right", "a\x0b\x0b\x0b\x0bb",
                                  " " * 35 + "Original: English", "GENERAL ASSEMBLY   A/1", "plain prose line", "",
                                  "Nations\u3000\u3000\u3000\u3000Unies", "x \u00a0\u00a0 y"])
def test_the_gap_check_before_the_column_pattern_loses_no_column(line: str) -> None:
    m = normalising._TWO_COLUMNS.match(line.rstrip())
    plain = ((m.group(1).strip(), m.group(2).strip()) if m else
             ("", line.strip()) if line.strip() and len(line) - len(line.lstrip()) >= normalising.RIGHT_INDENT else None)
    assert normalising._column_parts(line) == plain


@pytest.mark.parametrize("text", [
    "plain\ttabs\fand a form feed, a control \x02 mark, CRLF\r\nlines\rand **bold** __under__\n## Heading\n",
    "".join(chr(c) for c in range(1, 128)) + "\nLetter\n",
    "Conseil de sécuritéS/2017/5\nOriginal : anglaisLettre datée du 14 décembre 2016\n",
    "The Council ofLetters dated 3 May\nItems\u2014and\u00a0more\ufb01 \uf031\uf032 x\ufffey \u2019quoted\u201d\n",
])
def test_the_short_cuts_of_normalising_give_what_the_full_passes_give(text: str) -> None:
    # a zero-width space, which normalising deletes, sends a text down the path for any characters
    assert normalising.normalise(text) == normalising.normalise(text + "\u200b")
    assert normalising.normalise(text) == normalising.normalise("\u200b" + text.replace("S/2017", "S/2017\u200b"))


def test_a_text_with_no_glued_header_line_is_not_searched_for_one(monkeypatch: pytest.MonkeyPatch) -> None:
    searched = []
    real = normalising._GLUED
    monkeypatch.setattr(normalising, "_GLUED", type("Spy", (), {"sub": lambda self, *a: searched.append(1) or real.sub(*a)})())
    assert normalising.normalise("Letter dated 3 May 2001 from the Permanent Representative of\nChile\n") == (
        "Letter dated 3 May 2001 from the Permanent Representative of\nChile\n")
    assert searched == []
    assert normalising.normalise("Conseil de sécuritéS/2017/5\n") == "Conseil de sécurité\nS/2017/5\n" and searched


def test_a_small_file_is_read_without_asking_for_the_whole_size_limit(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    from unhrkg.read import files

    asked: list[int] = []
    real = files.os.fdopen

    class Reader:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

        def fileno(self):
            return self.fh.fileno()

        def read(self, n=-1):
            asked.append(n)
            return self.fh.read(n)

    monkeypatch.setattr(files.os, "fdopen", lambda fd, mode: Reader(real(fd, mode)))
    path = tmp_path / "small.txt"
    path.write_bytes(b"x" * 1000)
    assert files.read_bytes(path) == b"x" * 1000
    assert asked == [1001]
    proc = files.read_bytes("/proc/self/status", limit=1 << 20)  # holds more than its stat size (0) says
    assert proc.startswith(b"Name:") and len(proc) > 1

"""Decoding and normalising a document's text, whatever file it came out of.

Normalisation undoes what PDF conversion and web copies do to UN documents: byte-order
marks and odd encodings, mixed line endings, typographic quotes, markdown emphasis,
page-footer job numbers ("GE.05-11601 (E) 040305"), running heads, and words broken
across lines. Line structure is kept: header blocks and signature blocks depend on it.
"""
from __future__ import annotations

import re
import unicodedata

from unhrkg.read.dropped import restore_dropped

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201b": "'", "\u2032": "'", "\u201c": '"',
                         "\u201d": '"', "\u201e": '"', "\u00a0": " ", "\u2009": " ", "\u202f": " ",
                         "\u2013": "-", "\u2011": "-", "\u00ad": "", "\t": " ", "\f": "\n",
                         "\u200b": "", "\ufeff": ""})
_FOOTER = re.compile(r"^\s*(?:GE[.:]\s?\d{2}-\d{3,6}\s*(?:\([A-Z]\))?|\d{2}-\d{5}\s*\([A-Z]\))[\s\d/]*(?:Please\s+recycle\b.*)?$", re.I)
_BARCODE = re.compile(r"^\s*\*\s?\d{6,8}\s?\*\s*$")
_TWO_COLUMNS = re.compile(r"^(\s*\S.*?)\s{4,}(\S.*)$")
RIGHT_INDENT = 30
_MASTHEAD = re.compile(r"^\s*(?:united\s+nations|nations)\s*$", re.I)
_PAGE = re.compile(r"^\s*(?:-\s*\d+\s*-|page\s+\d+(?:\s*(?:/|of)\s*\d+)?)\s*$", re.I)
_PAGE_OF = re.compile(r"^\s*(\d{1,3})\s*/\s*(\d{1,3})\s*$")
_RULE = re.compile(r"^\s*(?:[-_=*~.\u2014]\s*){3,}$")
_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1", re.S)
_MD_HEAD = re.compile(r"^#{1,6}\s+", re.M)
# A broken word starts where a word starts: without the look-behind, a long run of letters
# would be tried from every one of its positions (quadratic time in the run's length).
_BLANK_LINES = re.compile(r"\n\s*\n")
_BROKEN = re.compile(r"(?<![A-Za-z])([A-Za-z]{2,}+)-\n[ ]*+([a-z]{2,}+)")


def decode(data: bytes) -> str:
    """Bytes to str: UTF-8 (with or without BOM), UTF-16 by BOM, else cp1252/latin-1."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")  # (a file cut after an odd byte still reads)
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if len(data) > 3 and data[1:4:2] == b"\x00\x00" and data[0:3:2] != b"\x00\x00":
        return data.decode("utf-16-le", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


# Presentation forms that PDF fonts and Word leave in text: ligatures ("\ufb03" in "O\ufb03ce"),
# symbol-font private-use digits (barcodes "*1423930*" come out as U+F02A U+F031 ...), the
# U+FFFE and U+0002 that pdfium puts where a word was hyphenated at a line end.
_LIGATURES = re.compile("[\ufb00-\ufb06]")
_SYMBOL_FONT = {c: chr(c - 0xF000) for c in range(0xF020, 0xF07F)}
_CONTROLS = {0xFFFE: "-", 0x0002: "-"}


def clean_unicode(text: str) -> str:
    """NFKC-fold ligatures, map symbol-font digits to ASCII, turn pdfium's hyphen marks into '-'."""
    text = _LIGATURES.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    return text.translate(_SYMBOL_FONT).translate(_CONTROLS)


# What clean_unicode and then _QUOTES make of the ASCII characters they change (each works
# character by character, so a text of plain ASCII needs this one table)
_ASCII_CLEAN = {code: done for code in range(128) if (done := clean_unicode(chr(code)).translate(_QUOTES)) != chr(code)}


_WORD = re.compile(r"[a-z]++")
_COMPOUND = re.compile(r"(?<![a-z])(?=([a-z]++-[a-z]++))")
FEW_LOOKUPS = 16  # broken words looked up by string search before the text's words are gathered


class _Spellings:
    """Whether the lower-cased text spells a word (or a hyphenated pair) as a whole word, with no
    letter a-z just before or after. The first few are looked up by plain string search; past
    those, every word and pair of the text is gathered once (looking each of many broken words
    up in the whole text would take quadratic time, and gathering costs more than a few searches)."""

    def __init__(self, lowered: str) -> None:
        self.lowered = lowered
        self.lookups = 0
        self.words: set[str] | None = None
        self.compounds: set[str] = set()

    def has(self, spelling: str) -> bool:
        self.lookups += 1
        if self.words is None and self.lookups > FEW_LOOKUPS:
            self.words = set(_WORD.findall(self.lowered))
            self.compounds = set(_COMPOUND.findall(self.lowered))
        if self.words is not None:
            return spelling in (self.compounds if "-" in spelling else self.words)
        text, at = self.lowered, self.lowered.find(spelling)
        while at >= 0:
            end = at + len(spelling)
            if not (at and "a" <= text[at - 1] <= "z") and not (end < len(text) and "a" <= text[end] <= "z"):
                return True
            at = text.find(spelling, at + 1)
        return False


def _dehyphenate(text: str) -> str:
    """Join words broken across lines; keep the hyphen where the text spells the word so
    elsewhere (and never without it)."""
    if "-\n" not in text:
        return text
    spelled = _Spellings(text.lower())

    def join(m: re.Match[str]) -> str:
        left, right = m.group(1), m.group(2)
        if spelled.has(f"{left}-{right}".lower()) and not spelled.has(f"{left}{right}".lower()):
            return f"{left}-{right}"
        return left + right
    return _BROKEN.sub(join, text)


_OTHER_ASCII_SPACES = "\x0b\x1c\x1d\x1e\x1f"  # whitespace that normalising has not made a space or a line break


def _column_parts(line: str) -> tuple[str, str] | None:
    """(left, right) of a masthead line printed in two columns; ('', text) for a right-only line."""
    if "    " not in line and line.isascii() and not any(c in line for c in _OTHER_ASCII_SPACES):
        return None  # both forms need a gap of four whitespace characters; most lines have none
    m = _TWO_COLUMNS.match(line.rstrip())
    if m:
        return m.group(1).strip(), m.group(2).strip()
    if line.strip() and len(line) - len(line.lstrip()) >= RIGHT_INDENT:
        return "", line.strip()
    return None


def _is_prose(line: str) -> bool:
    return len(line.strip()) >= 70 and _column_parts(line) is None


def decolumn(lines: list[str]) -> list[str]:
    """Read a two-column masthead (PDF layout) as left column, then right column.

    Only the header block above the first line of running prose is touched, and only runs
    of lines that hold at least one two-column line; other lines are kept as they are.
    """
    end = next((i for i, ln in enumerate(lines) if _is_prose(ln)), len(lines))
    out: list[str] = []
    i = 0
    while i < end:
        j, left, right, two = i, [], [], False
        while j < end and (not lines[j].strip() or (parts := _column_parts(lines[j])) is not None):
            if lines[j].strip():
                two = two or bool(parts[0])
                left += [parts[0]] if parts[0] else []
                right.append(parts[1])
            j += 1
        if two:
            out += left + [""] + right + [""]
            i = j
        else:
            # no two-column line from i to j, so none in any run starting inside it: keep the
            # lines and go on after it (going on at i + 1 made blank lines quadratic)
            out += lines[i:max(j, i + 1)]
            i = max(j, i + 1)
    return out + lines[end:]


_SIGNED = re.compile(r"\(\s*Signed\s*\)", re.I)
_SIGNED_TWICE = re.compile(r"\(\s*Signed\s*\).*?\S\s{3,}(?=\(\s*Signed\s*\))", re.I)


def _second_signature(line: str) -> int | None:
    """Where a second "(Signed)" block starts on a line, after a gap of 3+ spaces.

    Only the first "(Signed)" is tried as the start: if it has no second block after it, no
    later one has (searching from each one took time quadratic in their number).
    """
    first = _SIGNED.search(line) if "(" in line else None  # most lines have no bracket
    m = _SIGNED_TWICE.match(line, first.start()) if first else None
    return m.end() if m else None


def signature_columns(lines: list[str]) -> list[str]:
    """Signature blocks printed side by side ("(Signed) A      (Signed) B", then their titles
    in two columns) are read one after the other: left block, then right block."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        col = _second_signature(lines[i])
        if col is None:
            out.append(lines[i])
            i += 1
            continue
        left, right = [], []
        while i < len(lines) and lines[i].strip():
            left.append(lines[i][:col].rstrip())
            right.append(lines[i][col:].strip())
            i += 1
        out += [ln for ln in left if ln.strip()] + [""] + [ln for ln in right if ln]
    return out


def _masthead_apart(lines: list[str]) -> list[str]:
    """Keep the masthead "United Nations" (or "UNITED / NATIONS") apart from the organ below it,
    so that it is not read as one name with it ("United Nations General Assembly")."""
    top = [i for i, ln in enumerate(lines) if ln.strip()][:4]
    for i in top:
        if _MASTHEAD.match(lines[i]) and i + 1 < len(lines) and lines[i + 1].strip():
            return lines[:i + 1] + [""] + lines[i + 1:]
    return lines


_NOISE_FIRST = "Gg*-Pp_=~.\u2014"  # the first characters of footers, barcodes, page numbers and rules (or a digit)
_RUN_OF_SPACES = re.compile(r" {2,}")


def _page_totals(lines: list[str]) -> set[str]:
    """Totals M of 'N/M' lines that recur as pagination (two or more pages of the same M).

    A single 'N/M' line is more likely a resolution or decision number ("14/105").
    """
    seen: dict[str, set[str]] = {}
    for line in lines:
        m = _PAGE_OF.match(line) if line.lstrip()[:1].isdecimal() else None
        if m and int(m.group(1)) <= int(m.group(2)):
            seen.setdefault(m.group(2), set()).add(m.group(1))
    return {total for total, numbers in seen.items() if len(numbers) >= 2}


# A header line glued by a text layer to the word before it: "Conseil de sécuritéS/2017/5",
# "Original : anglaisLettre datée du 14 décembre 2016": a line break goes back between them
_GLUED = re.compile(r"(?<=[a-zà-ÿ])(?=[AES]/(?:\d|[A-Z]{2,5}[./])[\w./-]*\d|(?:Lettres?|Letters?|Cartas?|Notes?\s+verbales?|"
                    r"Notas?\s+verbal(?:es)?)\s+(?:dat[ée]+s?|dated|de\s+fecha|identiques|identical|id[ée]nticas)\b)")
# Where _GLUED can match at all: one of the capitals its look-ahead starts with, after a
# lower-case letter. The look-behind that _GLUED starts with is tried at every position of the
# text; this pattern starts with the capitals, which the engine skips to.
_GLUED_AT = re.compile(r"[AESLCN](?<=[a-zà-ÿ].)")


# a text layer's justified spacing splits a resolution's year: "resolutions 751 (19 92) and 1907 (20 09)"
_SPLIT_YEAR = re.compile(r"(?<=\d \()(1[89]|20) (\d{2})(?=\))")
# a space lost before a capitalised "Resolution": "the position taken by the OIC onResolution 17/19"
_GLUED_RESOLUTION = re.compile(r"([a-z])((?-i:Resolution|Résolution|Resolución|Decision|Décision|Decisión)s?\b)")
_GLUED_WORDS = ("Resolu", "Résolu", "Decisi", "Décisi")  # what each word of _GLUED_RESOLUTION starts with


def normalise(text: str) -> str:
    """Clean conversion noise from a document's text, keeping its line structure."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.isascii():  # of what clean_unicode and _QUOTES change, plain ASCII can only hold these
        text = text.translate(_ASCII_CLEAN)
    else:
        text = clean_unicode(text).translate(_QUOTES)
    text = text.replace("\u2014", " - ")
    if "**" in text or "__" in text:  # each emphasis pattern starts with one of these
        text = _EMPHASIS.sub(r"\2", text)
    if "#" in text:
        text = _MD_HEAD.sub("", text)
    text = text.replace("**", "")
    # Runs of blank lines become one here, as they do at the end anyway: every rule below
    # treats a run of blank lines as one, and a megabyte of them need not be looked at line by line
    text = _BLANK_LINES.sub("\n\n", text)
    if _GLUED_AT.search(text):
        text = _GLUED.sub("\n", text)
    raw = _masthead_apart(decolumn(text.split("\n")))
    if _SIGNED.search(text):  # (a line holds "(Signed)" only where the text does)
        raw = signature_columns(raw)
    pages = _page_totals(raw)
    lines = []
    for line in raw:
        first = line.lstrip()[:1]  # what \s* leaves: each pattern below needs one of a few first characters
        if first.isdecimal() and pages:
            page = _PAGE_OF.match(line)
            if page and page.group(2) in pages:
                continue
        if first and (first in _NOISE_FIRST or first.isdecimal()) and (
                _FOOTER.match(line) or _BARCODE.match(line) or _PAGE.match(line) or _RULE.match(line)):
            continue
        line = line.strip()  # before the runs of spaces: those at either end go with it anyway
        lines.append(_RUN_OF_SPACES.sub(" ", line) if "  " in line else line)
    text = _dehyphenate("\n".join(lines))
    if "(1" in text or "(2" in text:  # a split year follows a bracket: "(19 92)", "(20 09)"
        text = _SPLIT_YEAR.sub(r"\1\2", text)
    if any(word in text for word in _GLUED_WORDS):
        text = _GLUED_RESOLUTION.sub(r"\1 \2", text)
    if "\n\n\n" in text:
        text = re.sub(r"\n{3,}", "\n\n", text)
    return restore_dropped(text.strip()) + "\n"

"""The document's own particulars: header block, title line, type, dates, authors, addressee.

A UN document opens with a header (organ, distribution, symbol, issue date, original
language, session, agenda item and its title) and a title line ("Letter dated ... from
the Permanent Representative of X to ... addressed to ..."). Either may be missing, out
of order, or flattened onto one line; each rule below looks for its own cue. Who wrote to
whom is read by ``parties``; documents without a letter title by ``kinds``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from unhrkg.extract import kinds
from unhrkg.extract.dates import find_dates
from unhrkg.extract.parties import addressee_at, parse_title
from unhrkg.extract.symbols import find_symbols

__all__ = ["Header", "read_header", "addressee_at"]

LANGUAGES = {"english": "en", "french": "fr", "spanish": "es", "russian": "ru", "arabic": "ar",
             "chinese": "zh", "anglais": "en", "francais": "fr", "français": "fr", "espagnol": "es",
             "inglés": "en", "ingles": "en", "francés": "fr", "frances": "fr", "español": "es", "espanol": "es",
             "ruso": "ru", "árabe": "ar", "arabe": "ar", "chino": "zh", "russe": "ru", "chinois": "zh"}
TITLE = re.compile(
    r"(?<![\w])(?P<kind>(?:identical\s+|joint\s+)?(?:letters?|notes?\s+verbales?))\s+dated\s+", re.I)
ORIGINAL = re.compile(r"(?<!\[)\bOriginal\s*:\s*([A-Za-zçÇéáÁÉ]+)", re.I)
DATELINE_BEFORE = re.compile(r"(?:^|\n)\s*[A-Z][a-zA-Z .'-]{2,30},\s+$")  # "Geneva, " before a date
SESSION_HOLDERS = ("CHR", "HRC", "GA", "SUBCOM", "ECOSOC", "SC")


@dataclass
class Header:
    """What the header and the title line say."""

    zone_end: int = 0
    title_start: int | None = None
    title_end: int | None = None
    title: str | None = None
    symbol: str | None = None
    issued: str | None = None
    dated: str | None = None
    doc_type: str = "other"
    language: str | None = None
    author_states: list[str] = field(default_factory=list)
    author_body: str | None = None
    addressee: str | None = None
    accredited_to: str | None = None
    own: tuple[str, str] | None = None  # (body, number) of a resolution/decision's own number
    fuzzy_spans: list[tuple[int, int, str]] = field(default_factory=list)  # OCR-tolerant body names
    rules: dict[str, str] = field(default_factory=dict)


def _find_title(text: str) -> re.Match[str] | None:
    for m in TITLE.finditer(text, 0, min(len(text), 4000)):
        before = text[max(0, m.start() - 16):m.start()].lower()
        if re.search(r"(?:to|of|in)\s+(?:the|this|a|his|her|my|our|its)\s+$", before):
            continue  # "Annex to the letter dated ...", "the letter of ... dated"
        return m
    return None


def _header_zone_end(text: str, title: re.Match[str] | None) -> int:
    if title is not None:
        return title.start()
    m = kinds.ADOPTED.search(text, 0, 3000) or kinds.OPENING.search(text, 0, 3000)
    if m:
        return m.start()
    pos = 0
    for line in text.split("\n"):
        if len(line) > 150:
            break
        pos += len(line) + 1
        if pos > 1500:
            break
    return min(pos, len(text))


def _issued_and_symbol(text: str, h: Header) -> None:
    zone = text[:h.zone_end]
    for s in find_symbols(zone):
        before = zone[max(0, s.start - 30):s.start].lower()
        if "(" in before[-2:] or re.search(r"(?:document|contained in|see|symbol)\s*$", before):
            continue
        h.symbol = s.symbol
        h.rules["symbol"] = "header-symbol-ocr" if s.repaired else "header-symbol"
        break
    for start, _end, iso in find_dates(zone):
        before = zone[max(0, start - 12):start].lower()
        if "dated" in before or re.search(r"\b(?:of|on|since|from)\s*$", before):
            continue
        if DATELINE_BEFORE.search(zone, max(0, start - 40), start):
            continue  # "Geneva, 30 March 2007": the text's own date, not the issue date
        h.issued = iso
        h.rules["issued"] = "header-date"
        break
    lang = ORIGINAL.search(zone)
    if lang:
        h.language = LANGUAGES.get(lang.group(1).lower())


def _untitled(text: str, h: Header) -> None:
    """Documents without a letter/note title: decisions, resolutions, reports, notes, statements."""
    for rule in (kinds.adopted_text, kinds.report, kinds.note_without_title, kinds.statement):
        if rule(text, h):
            return
    h.doc_type = "other"


def read_header(text: str) -> Header:
    """Parse the header block and the title line of a normalised document text."""
    title = _find_title(text)
    h = Header(zone_end=_header_zone_end(text, title))
    _issued_and_symbol(text, h)
    if title is not None:
        parse_title(text, title, h)
    else:
        _untitled(text, h)
    if h.symbol and "/DEC/" in h.symbol and h.doc_type == "other":
        h.doc_type = "decision"
    if h.symbol and "/RES/" in h.symbol and h.doc_type == "other":
        h.doc_type = "resolution"
    if not h.author_states and not h.author_body:
        kinds.subject_state(text, h)
    if h.dated is None and h.doc_type in ("other", "letter", "note_verbale"):
        kinds.dateline(text, h)
    return h

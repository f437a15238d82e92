"""UN document symbols: finding them, repairing OCR damage, telling resolutions apart.

A symbol is an organ prefix (A/, S/, E/, ST/, or a treaty-body series) followed by
slash-separated components (HRC, CN.4, C.3, Sub.2, L.39, G, RES, DEC, years and numbers)
and optional suffixes (/Add.1, /Rev.2, /Corr.1). OCR turns '/' into '1', 'l', 'I' or 'i'
and '1' into 'l' or 'I'; the E/CN.4 and A/HRC skeletons are rebuilt where unambiguous.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from unhrkg.extract.scan import matches_from
from unhrkg.model.reference import ga_session, sc_year

PREFIXES = ("A", "S", "E", "ST", "CCPR", "CAT", "CRC", "CERD", "CEDAW", "CESCR", "CMW", "CRPD",
            "CED", "HRI", "TD", "DP", "UNEP", "ECE", "ESCAP", "ECLAC", "ECA", "ESCWA")
# (a lettered part of an Assembly resolution run into its number: "A/RES/42/37C")
_COMPONENT = r"(?:PV\.\d{1,5}|[A-Z][A-Za-z]{0,5}\.?\d{0,4}|\d{1,5}|S-\d{1,2}|ES-\d{1,2}|[A-Z]{1,4}\.\d{1,3}|\d{1,4}\s?\(\d{4}\)|(?:(?<=/RES/\d/)|(?<=/RES/\d\d/)|(?<=A/\d\d/))\d{1,4}[A-H])"
# Each pattern starts with a letter, and the look-behind that says the symbol starts a word comes
# after it ("A(?<![\w/]A)", not "(?<![\w/])A"): the same matches, but the engine then skips in C to
# the next place that letter is printed instead of trying the pattern at every position.
_PREFIX = "|".join(rf"{p}(?<![\w/.]{p})" for p in PREFIXES)
SYMBOL = re.compile(
    rf"(?:{_PREFIX})(?:/{_COMPONENT})+(?:\*)?"
    rf"(?=[\s,.;:)\]\"'*|]|$|\s?[-–—]\s?(?:{'|'.join(PREFIXES)})/|(?<=\d)S/\d)(?:\s?\(\d{{4}}\))?"  # "A/67/824–S/2013/211": a joint symbol
)  # ("A/ES-10/484S/2010/158": a masthead's two symbols run together, the Council's after the Assembly's)
_SEP = r" ?[/1lIi|] ?"
_OCR_NUM = r"[\dlIO]{1,4}(?: [\d]{1,2}(?![\d]))?"
OCR_CHR = re.compile(
    rf"E(?<![\w/]E){_SEP}CN\s?\.\s?[4]{_SEP}((?:19|20)[\dlIO]{{2}})(?:{_SEP}(G|L|NGO|RES|DEC|Sub\.2|WG\.\d))?"
    rf"{_SEP}({_OCR_NUM})"
)
OCR_HRC = re.compile(rf"A(?<![\w/]A){_SEP}HRC{_SEP}(?:(RES|DEC|PRST){_SEP})?((?:S-)?[\dlIO]{{1,2}})"
                     rf"(?:{_SEP}(G|L|NGO|INF))?{_SEP}({_OCR_NUM})")


# a symbol a web page spaced or wrote with backslashes ("A / RES / 71/222", "A\\ES-11\\L.2"): two separators
# or more, one of them spaced or a backslash (a symbol printed whole is SYMBOL's)
SPACED = re.compile(rf"(?:{_PREFIX})(?:[ \t]?[/\\][ \t]?{_COMPONENT}){{2,}}(?![\w/])")
SPACED_SEP = re.compile(r"[ \t]?[/\\][ \t]?")
_ENDING_IN = {c: tuple(p for p in PREFIXES if p.endswith(c)) for c in {p[-1] for p in PREFIXES}}


def _before_slashes(pattern: re.Pattern[str], text: str, slashes: str, spaced: bool) -> Iterator[re.Match[str]]:
    """The matches of SYMBOL or SPACED, each a prefix right before a slash (or, spaced, a space or tab and a slash or
    backslash): the pattern tried where the text prints a prefix there, not at every capital letter."""
    starts = set()
    for slash in slashes:
        at = text.find(slash)
        while at >= 0:
            for end in (at, at - 1) if spaced and at and text[at - 1] in " \t" else (at,):
                prefixes = _ENDING_IN.get(text[end - 1]) if end else None
                if prefixes:  # (most slashes follow a digit, which ends no prefix)
                    starts.update(end - len(p) for p in prefixes if end >= len(p) and text.startswith(p, end - len(p)))
            at = text.find(slash, at + 1)
    return matches_from(pattern, text, starts, len(text))


SPLIT_NUMBER = re.compile(rf"(?P<head>(?:{_PREFIX})(?:/(?!(?:L|Add|Rev|Corr)\.[ \t]*\n){_COMPONENT})+/(?:L|Add|Rev|Corr)\.)[ \t]*\n\s*"
                          r"(?P<number>\d{1,4})[ \t]*(?=\n)")
MASTHEAD_SPLIT = re.compile(rf"(?:United\s+Nations|Nations\s+Unies|Naciones\s+Unidas)[ \t]+([AES])[ \t]*\n[ \t]*((?:/{_COMPONENT})+)(?=\s)")
# a suffix a page spaced or dotted on: "A/C.3/66/L.43/Rev. 1", "A/C.3/69/L.28.Rev.1" (the series writes "/Rev.1")
SUFFIXED = re.compile(rf"(?P<head>(?:{_PREFIX})(?:/{_COMPONENT})+?)(?:/(?P<kind>Rev|Add|Corr)\.[ \t]|\.(?P<dotted>Rev|Add|Corr)\.?)"
                      r"(?P<number>\d{1,2})(?![\w/])")
# a masthead's symbol whose organ letter the text layer lower-cased ("United Nations s/2006/1024 Distr.: General"):
# only beside the block's "Distr.", where nothing else is written so
LOWER_MASTHEAD = re.compile(r"(?<![\w/])([ase])/((?:19|20)\d\d|\d{1,2})/(\d{1,5})(?=[ \t\n]{1,20}Distr\b)")
OCR_HRC_MASTHEAD = re.compile(r"A(?<![\w/]A)[A-Za-z]{1,2}RC/(?:(RES|DEC|PRST)/)?((?:S-)?\d{1,2})/(\d{1,3})(?![\w/])")


@dataclass(frozen=True)
class SymbolMatch:
    start: int
    end: int
    symbol: str
    repaired: bool


def _digits(raw: str) -> str:
    return raw.translate(str.maketrans("lIO", "110")).replace(" ", "")


def _repair_number(raw: str) -> str | None:
    """An OCR'd number; an inner space is only closed when OCR letters show damage."""
    if " " in raw and not re.search(r"[lIO]", raw):
        return None
    return _digits(raw)


def repair_ocr(text: str) -> list[SymbolMatch]:
    """E/CN.4 and A/HRC symbols whose slashes or digits OCR has damaged, and symbols a web page spaced."""
    found = []
    for m in OCR_CHR.finditer(text):
        number = _repair_number(m.group(3)) or _repair_number(m.group(3).split(" ")[0])
        parts = ["E/CN.4", _digits(m.group(1))] + ([m.group(2)] if m.group(2) else []) + [number or ""]
        found.append(SymbolMatch(m.start(), m.end(), "/".join(parts), True))
    for m in OCR_HRC.finditer(text):
        number = _repair_number(m.group(4)) or _repair_number(m.group(4).split(" ")[0])
        session = m.group(2) if m.group(2).startswith("S-") else _digits(m.group(2))
        parts = (["A/HRC"] + ([m.group(1)] if m.group(1) else []) + [session]
                 + ([m.group(3)] if m.group(3) else []) + [number or ""])
        found.append(SymbolMatch(m.start(), m.end(), "/".join(parts), True))
    for m in _before_slashes(SPACED, text, "/\\", spaced=True):
        if any(sep.group(0) != "/" for sep in SPACED_SEP.finditer(m.group(0))):
            found.append(SymbolMatch(m.start(), m.end(), SPACED_SEP.sub("/", m.group(0)), True))
    for m in SPLIT_NUMBER.finditer(text):  # "A/HRC/51/L.\n\n41": a PDF's text sets the draft's number on a line of its own
        found.append(SymbolMatch(m.start(), m.end(), m.group("head") + m.group("number"), True))
    for m in _before_slashes(SUFFIXED, text, "/", spaced=False):
        found.append(SymbolMatch(m.start(), m.end(), f"{m.group('head')}/{m.group('kind') or m.group('dotted')}.{m.group('number')}", True))
    for m in LOWER_MASTHEAD.finditer(text):
        found.append(SymbolMatch(m.start(), m.end(), f"{m.group(1).upper()}/{m.group(2)}/{m.group(3)}", True))
    for m in MASTHEAD_SPLIT.finditer(text):  # "United Nations A\n/HRC/WG.6/43/FRA/1": a PDF's masthead sets the series apart
        found.append(SymbolMatch(m.start(1), m.end(), m.group(1) + m.group(2), True))
    for m in OCR_HRC_MASTHEAD.finditer(text):  # "AVuRC/DEC/14/105": the tall "/H" of the masthead misread
        parts = ["A/HRC"] + ([m.group(1)] if m.group(1) else []) + [m.group(2), m.group(3)]
        found.append(SymbolMatch(m.start(), m.end(), "/".join(parts), True))
    return found


RESOLUTION_PART = re.compile(r"/(Res|Dec|Prst)/")  # "A/Res/68/262", as web pages print it
SUFFIX_CAPS = re.compile(r"/(REV|ADD|CORR)\.(?=\d)")  # the series writes "/Rev.1", "/Add.2", "/Corr.1"


def clean(symbol: str) -> str:
    """Normalise a printed symbol: no spaces, no trailing star or dot, "Res" as the series writes it ("RES")."""
    symbol = re.sub(r"\s+", "", symbol).rstrip("*.,;:")
    symbol = UNDOTTED.sub(r"\1.\2", symbol)  # "A/HRC/53/L30/Rev1" as the series writes it: "A/HRC/53/L.30/Rev.1"
    symbol = re.sub(r"(\d)\((\d{4})\)$", r"\1 (\2)", symbol)  # "S/RES/1542(2004)": "S/RES/1542 (2004)"
    symbol = SUFFIX_CAPS.sub(lambda m: f"/{m.group(1).capitalize()}.", symbol)  # a heading in capitals: "/REV.1" is "/Rev.1"
    return RESOLUTION_PART.sub(lambda m: f"/{m.group(1).upper()}/", symbol)


UNDOTTED = re.compile(r"(?<=/)((?!RES\b|ES-|S-)[A-Z][A-Za-z]{0,4})(\d{1,4})(?=/|$|\s)")  # a letter part run into its number


def find_symbols(text: str) -> list[SymbolMatch]:
    """Every symbol in the text, repaired where OCR damaged it, in text order."""
    return list(_find_symbols(text))


BARE_RECORD = re.compile(r"/(?:PV|SR)$")  # a record series without its meeting's number
MEETING_RECORD = re.compile(r"S/PV\.\d+")  # "S/PV.6060": the Council's records have one slash
# "S/24577", "A/4684": the Council's and the Assembly's documents of the years before their symbols carried one
# (not "S/2003", a series cut before its number)
OLD_SERIES = re.compile(r"[AS]/(?!(?:19|20)\d\d(?!\d))\d{4,5}(?:/(?:Add|Rev|Corr)\.\d{1,2})?")
RESUMPTION = re.compile(r"\s?\(Resumption\s+(\d{1,2})\)")  # "S/PV.4801 (Resumption 1)": a meeting resumed, its own record


@lru_cache(maxsize=8)  # the header, the references and the citations all look for symbols
def _find_symbols(text: str) -> tuple[SymbolMatch, ...]:
    found = {m.start(): SymbolMatch(m.start(), m.end(), clean(m.group(0)), False) for m in _before_slashes(SYMBOL, text, "/", spaced=False)}
    for rep in repair_ocr(text):
        cut = found.get(rep.start)  # ("A/HRC/51/L" read whole where the page broke the draft's number off: the repair's)
        if cut and rep.end > cut.end and re.fullmatch(rf"{re.escape(cut.symbol)}(?:/(?:Rev|Add|Corr))?\.\d+", rep.symbol) or not any(f.start <= rep.start < f.end for f in found.values()):
            found[rep.start] = rep
    result = []
    for m in sorted(found.values(), key=lambda s: s.start):
        record = MEETING_RECORD.fullmatch(m.symbol)
        if sum(c.isdigit() for c in m.symbol) == 0 or m.symbol.count("/") < 2 and not record and not OLD_SERIES.fullmatch(m.symbol) \
                or BARE_RECORD.search(m.symbol):
            continue  # ("A/ES-10/PV.": a meeting record whose number the page broke onto the next line)
        resumed = RESUMPTION.match(text, m.end) if record else None
        result.append(SymbolMatch(m.start, resumed.end(), f"{m.symbol} (Resumption {resumed.group(1)})", m.repaired)
                      if resumed else m)
    return tuple(result)


SERIES = (("E/CN.4/Sub.2", "SUBCOM"), ("E/CN.4", "CHR"), ("A/HRC/WG.6/", "UPR"), ("A/HRC", "HRC"), ("A/C.3", "GA3"), ("A/", "GA"),
          ("S/", "SC"), ("E/", "ECOSOC"),
          ("GA/", "GA"), ("AG/", "GA"), ("SC/", "SC"), ("CS/", "SC"), ("HR/CN/", "CHR"))  # the Organization's press releases'
# series (``genres.press``): the Assembly's, the Council's, the Commission's meetings coverage
RESOLUTION_SYMBOLS = (
    (re.compile(r"A/HRC/(?:RES|DEC)/((?:S-)?\d+/\d+)"), "HRC"),
    (re.compile(r"A/RES/((?:ES-|S-)?\d+/\d+)(?: ?([A-H]))?"), "GA"),  # "A/RES/42/37C": the lettered part 42/37 C
    (re.compile(r"E/CN\.4/(?:RES|DEC)/(\d{4}/\d+)"), "CHR"),
    (re.compile(r"E/CN\.4/Sub\.2/(?:RES|DEC)/(\d{4}/\d+)"), "SUBCOM"),
    (re.compile(r"S/RES/(\d+) ?\((\d{4})\)"), "SC"),
    (re.compile(r"E/RES/(\d{4}/\d+)"), "ECOSOC"),
)


def series_body(symbol: str) -> str | None:
    """The body whose documents carry this series (E/CN.4 -> CHR, A/HRC -> HRC, ...)."""
    return next((body for prefix, body in SERIES if symbol.startswith(prefix)), None)


OLD_ASSEMBLY = re.compile(r"A/RES/(\d{1,4})")  # "A/RES/3376": an Assembly number of the sessions before 1976


def resolution_of_symbol(symbol: str) -> tuple[str, str] | None:
    """(body, number) for a resolution or decision symbol: A/HRC/RES/8/11 -> (HRC, 8/11);
    A/RES/3376 -> (GA, 3376 (XXX)), the session from the reference table."""
    for pattern, body in RESOLUTION_SYMBOLS:
        m = pattern.fullmatch(symbol)
        if m:
            return body, m.group(1) if m.lastindex == 1 else f"{m.group(1)} {m.group(2)}" if body == "GA" else f"{m.group(1)} ({m.group(2)})"
    old = OLD_ASSEMBLY.fullmatch(symbol)
    session = ga_session(int(old.group(1))) if old else None
    return ("GA", f"{old.group(1)} ({session})") if old and session else None


COUNCIL_YEAR = re.compile(r"\s?\(\d{4}\)")  # "Resolución S/RES/1542 (2004)": a Council symbol, its year printed after it


def council_resolution(symbol: str) -> tuple[str, str] | None:
    """(SC, number (year)) for a Council resolution's symbol printed without its year ("S/RES/1542"):
    the year from the table, not the one printed after it (a typist's "S/RES/2334 (2106)")."""
    m = re.fullmatch(r"S/RES/(\d{1,4})", symbol)
    year = sc_year(int(m.group(1))) if m else None
    return ("SC", f"{m.group(1)} ({year})") if m and year else None


JOINT = re.compile(r"\s?[-–—|]\s?|\s/\s")  # between the two halves of a joint General Assembly / Security Council symbol


def _paired(text: str, a: SymbolMatch, b: SymbolMatch) -> bool:
    """The two halves of a joint symbol with a comma between, an Assembly's and a Council's, in the text's first lines:
    "16 February 1993 (A/47/890, S/25294)" (not another document's pair cited further down)."""
    return a.start < PAIR_TOP and text[a.end:b.start].strip() == "," and {a.symbol[:2], b.symbol[:2]} == {"A/", "S/"}


PAIR_TOP = 200


def _stacked(text: str, a: SymbolMatch, b: SymbolMatch) -> bool:
    """The two halves of a joint symbol printed on lines of their own, one under the other, in a masthead
    ("A/35/102 / (blank) / S/13795"): an Assembly's and a Council's."""
    return "\n" in text[a.end:b.start] and not text[a.end:b.start].strip() and a.symbol[:2] != b.symbol[:2] \
        and {a.symbol[:2], b.symbol[:2]} == {"A/", "S/"} and text[b.end:text.find("\n", b.end) % (len(text) + 1)].strip() == ""


def documents_cited(text: str, own_symbol: str | None) -> list[str]:
    """Symbols of other documents the text cites (draft resolutions included, resolutions not)."""
    seen: dict[str, None] = {}
    found = find_symbols(text)
    own = {own_symbol} | {b.symbol for a, b in zip(found, found[1:])  # "A/67/824–S/2013/211": both halves its own
                          if a.symbol == own_symbol and (JOINT.fullmatch(text[a.end:b.start]) or _paired(text, a, b)
                                                         or _stacked(text, a, b))}
    for s in found:
        if s.symbol in own:
            continue
        if re.search(r"\bresolutions?\s+$", text[max(0, s.start - 14):s.start], re.I) and not resolution_of_symbol(s.symbol) \
                and not re.search(r"draft\s+resolutions?\s+$", text[max(0, s.start - 20):s.start], re.I) \
                and "/L." not in s.symbol:  # ("UNGA Resolution A/ES-11/L.5": an L document is a draft, however named)
            continue
        seen.setdefault(s.symbol, None)
    return list(seen)

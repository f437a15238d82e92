"""Dates and ordinal numbers as UN documents print them, OCR damage included.

Dates: "28 February 2005", "February 28, 2005", "December 2nd, 2019", "1 0ctober 2025",
"2005-02-28", French month names. Impossible dates ("31 February 2005") give None.
Ordinals: "Sixty-first", "61st", "fifty-second", and OCR'd words such as "Fiifiy-ninth".
"""
from __future__ import annotations

import difflib
import re
from datetime import date

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "janvier": 1, "fevrier": 2, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "aout": 8, "août": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "decembre": 12, "décembre": 12,
}
_MONTH = r"[A-Za-zÀ-ÿ0]{3,10}\.?"
_DAY = r"[0-3lIO]?[\dlIO](?:st|nd|rd|th|er)?"
_YEAR = r"(?:1[89]|2[0l])[\dlIO]{2}"
DATE = re.compile(
    rf"(?<![\w/])(?:(?P<d1>{_DAY})\s+(?:of\s+)?(?P<m1>{_MONTH}),?\s+(?P<y1>{_YEAR})"
    rf"|(?P<m2>{_MONTH})\s+(?P<d2>{_DAY}),?\s+(?P<y2>{_YEAR})"
    rf"|(?P<y3>(?:19|20)\d\d)-(?P<m3>[01]\d)-(?P<d3>[0-3]\d))(?![\w/])"
)

_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_UNIT_ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_TEENS_ORD = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
              "seventeenth", "eighteenth", "nineteenth"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_TENS_ORD = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth",
             "eightieth", "ninetieth"]
ORDINALS: dict[str, int] = {}
for _i in range(1, 100):
    if _i < 10:
        ORDINALS[_UNIT_ORD[_i]] = _i
    elif _i < 20:
        ORDINALS[_TEENS_ORD[_i - 10]] = _i
    elif _i % 10 == 0:
        ORDINALS[_TENS_ORD[_i // 10]] = _i
    else:
        ORDINALS[f"{_TENS[_i // 10]}-{_UNIT_ORD[_i % 10]}"] = _i
ORDINAL_WORD = r"[A-Za-z]{3,12}(?:[ -](?!special\b)[A-Za-z]{3,8})?"
ORDINAL_NUMBER = re.compile(r"^(\d{1,3})\s?(?:st|nd|rd|th)$", re.I)
_ORD_PARTS = sorted({p for w in ORDINALS for p in w.split("-")})


def month_number(word: str) -> int | None:
    w = word.lower().rstrip(".").replace("0", "o")
    if w in MONTHS:
        return MONTHS[w]
    if len(w) >= 3:
        for full, n in MONTHS.items():
            if len(w) >= 3 and full.startswith(w) and len(w) in (3, 4):  # Feb, Sept
                return n
        close = difflib.get_close_matches(w, list(MONTHS), n=1, cutoff=0.8)
        if close:
            return MONTHS[close[0]]
    return None


def _num(raw: str) -> int:
    return int(re.sub(r"(st|nd|rd|th|er)$", "", raw).translate(str.maketrans("lIO", "110")))


def parse_date_match(m: re.Match[str]) -> str | None:
    """ISO date for a DATE match, or None when it names no real day."""
    try:
        if m.group("y3"):
            return date(int(m.group("y3")), int(m.group("m3")), int(m.group("d3"))).isoformat()
        day, month, year = (m.group("d1"), m.group("m1"), m.group("y1")) if m.group("d1") else (
            m.group("d2"), m.group("m2"), m.group("y2"))
        month_n = month_number(month)
        if month_n is None:
            return None
        return date(_num(year), month_n, _num(day)).isoformat()
    except ValueError:
        return None


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, ISO date) for every valid date in text[start:end]."""
    out = []
    for m in DATE.finditer(text, start, len(text) if end is None else end):
        iso = parse_date_match(m)
        if iso:
            out.append((m.start(), m.end(), iso))
    return out


def parse_date(text: str) -> str | None:
    found = find_dates(text)
    return found[0][2] if found else None


def _ordinal_part(word: str) -> str | None:
    w = word.lower()
    if w in _ORD_PARTS:
        return w
    close = difflib.get_close_matches(w, _ORD_PARTS, n=1, cutoff=0.72)
    return close[0] if close and len(w) >= 4 else None


def ordinal_value(word: str) -> int | None:
    """'Sixty-first' -> 61, '61st' -> 61, 'Fiifiy-ninth' -> 59; None if not an ordinal."""
    word = word.strip()
    m = ORDINAL_NUMBER.match(word)
    if m:
        return int(m.group(1))
    parts = [p for p in re.split(r"[\s-]+", word) if p]
    if not 1 <= len(parts) <= 2:
        return None
    fixed = [_ordinal_part(p) for p in parts]
    if None in fixed:
        return None
    return ORDINALS.get("-".join(fixed))  # type: ignore[arg-type]

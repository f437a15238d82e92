"""Resolution numbers and the years and sessions they carry: the Security Council's year from
its table or as the text prints it ("2334 (2016)"), and the General Assembly's numbers of
1946-1975 with their session in Roman numerals ("1514 (XV)"), from a printed date or year or the
table of sessions (``resolutions_ga.csv``), a printed session checked against that table."""
from __future__ import annotations

import re
from functools import cache

from unhrkg.extract import lexicon
from unhrkg.model.reference import ga_session, sc_year

# A printed session is kept (it is what the text says) unless it is one of the Assembly's own
# numerals and the table's confirmed span puts the number in another session: a number has one.
PRINTED_SESSION = re.compile(r"(\d+) ((?:[A-Z] )?)\(((?:S-|ES-)?[IVX]+)\)")


def session_checked(number: str) -> str:
    """'1514 (XVI)' beside the Assembly's name: '1514 (XV)', the session the table confirms."""
    m = PRINTED_SESSION.fullmatch(number)
    listed = ga_session(int(m.group(1))) if m else None
    if not m or not listed or listed == m.group(3):
        return number  # (a session above XXX beside the Assembly's name is a misprint too: from the 31st, its numbers have a slash)
    return f"{m.group(1)} {m.group(2)}({listed})"


def sc_year_repaired(number: str) -> str:
    """A Council number printed with a year the Organization never saw ("2023 (0211)", OCR or
    a typist's slip) takes its year from the table."""
    m = re.fullmatch(r"(\d{1,4}) \((\d{4})\)", number)
    if not m or 1946 <= int(m.group(2)) <= 2100:
        return number
    year = sc_year(int(m.group(1)))
    return f"{m.group(1)} ({year})" if year else number


SESSIONS_AT_MOST = 99  # no session of the Assembly or the Council has had a higher number


def sc_short_year(number: str) -> str | None:
    """"1244/99", "242/67": a Council number printed with its year's last two digits after a slash
    (a number no session reaches, nor a year: "2005/11" is a year's eleventh text), where the table gives
    it that year: "1244 (1999)"."""
    m = re.fullmatch(r"(\d{3,4})/(\d\d)", number)
    plain = m and int(m.group(1)) > SESSIONS_AT_MOST and not 1946 <= int(m.group(1)) <= 2100
    year = sc_year(int(m.group(1))) if m and plain else None
    return f"{m.group(1)} ({year})" if m and year and year % 100 == int(m.group(2)) else None


# "(?<![\d/])(\d{3,4})", with the look-behind after the first digit: the engine skips to digits
YEAR_PRINTED = re.compile(r"(\d(?<![\d/]\d)\d{2,3})\s?\((\d{4})\)")
BRACKETED_YEAR = re.compile(r"\(\d{4}\)")  # what every match of YEAR_PRINTED holds (its "(" the engine skips to)


def numbers_with_years(text: str) -> list[re.Match[str]]:
    """Every number the text prints with a year after it ("2334 (2016)"), read once for the rules below
    (none in a text without a bracketed year, found far faster)."""
    return list(YEAR_PRINTED.finditer(text)) if BRACKETED_YEAR.search(text) else []


def years_printed(found: list[re.Match[str]]) -> dict[str, str]:
    """SC numbers the text prints with their year somewhere (of ``numbers_with_years``)."""
    return {m.group(1): m.group(2) for m in found}


def sc_number(number: str, printed: dict[str, str]) -> str:
    """A bare SC resolution number with its year: as the text prints it, else from the table."""
    if number in printed:
        return f"{number} ({printed[number]})"
    found = sc_year(int(number))
    return f"{number} ({found})" if found else number


ROMAN = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def assembly_number(number: str, printed: str) -> str | None:
    """'377 of 3 November 1950', '1514 de 1960': a bare number printed with a date the Council's table does not
    give it, up to 1975, is the General Assembly's, with its session in Roman numerals
    ("377 (V)"; a session opens in September)."""
    date = re.search(r"(?:([A-Za-zéû]{3,9})\s+(?:de\s+)?)?(\d{4})\s*$", printed)
    if not date or date.start(2) == 0:
        return None
    year = int(date.group(2))
    if not 1946 <= year <= 1975 or sc_year(int(number)) == year:
        return None
    month = lexicon.merged_table("months").get((date.group(1) or "").lower())  # "1514 de 1960": the year alone
    session = year - 1945 - (1 if month and int(month) < 9 else 0)
    listed = ga_session(int(number))
    return f"{number} ({listed or roman(session)})" if listed or session >= 1 else None


def assembly_printed(number: str) -> str | None:
    """'181 (1947)': printed with a year up to 1975 that is not the Council's year for that number,
    the General Assembly's resolution of that year's session (most are adopted in its autumn)."""
    m = re.fullmatch(r"(\d+) \((\d{4})\)", number)
    if not m or not 1946 <= int(m.group(2)) <= 1975 or sc_year(int(m.group(1))) in (None, int(m.group(2))):
        return None
    return f"{m.group(1)} ({ga_session(int(m.group(1))) or roman(int(m.group(2)) - 1945)})"


def roman(n: int) -> str:
    roman = ""
    for value, letters in ROMAN:
        while n >= value:
            roman, n = roman + letters, n - value
    return roman


HRC_FIRST_YEAR = 2006  # the Council's first session; it holds three a year
PRINTED_YEAR = re.compile(r"\b((?:19|20)\d\d)\s*$")


def session_body_by_year(number: str, printed: str) -> str | None:
    """'56/6 of 9 November 2001', '19/22 du 23 mars 2012': a session-numbered resolution printed with its date,
    whose year fits the sessions of only one of the two bodies that number so: the General Assembly's
    session N runs from the autumn of 1945 + N, the Human Rights Council's from 2006 on at three a year."""
    year = PRINTED_YEAR.search(printed)
    session = re.match(r"(?:S-)?(\d{1,2})/", number)
    if not year or not session:
        return None
    y, n = int(year.group(1)), int(session.group(1))
    assembly = 1945 + n <= y <= 1946 + n
    council = y >= HRC_FIRST_YEAR and abs(y - (HRC_FIRST_YEAR + (n - 1) // 3)) <= 1
    return "GA" if assembly and not council else "HRC" if council and not assembly else None


LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and|et|y)\s+|,|and|et|y|&)\s*", re.I)
@cache
def _other_series() -> re.Pattern[str]:
    """Another series' number word just before (the lexicon's ``other_series``: "Recommendation 1927 (2010)",
    "Ley 1984 (2011)", "No. 2118 (2013)")."""
    return re.compile(rf"(?<![\w-])(?:{lexicon.all_languages_pattern('other_series').pattern})\s*$", re.I)


def council_dated(text: str, printed: list[re.Match[str]]) -> list[tuple[int, int, str]]:
    """'Explanation of vote on 1267 (1999), 1989 (2011) and 2253 (2015)': numbers printed with the very
    year the Council's table gives each, two or more in a list, are those resolutions without the word
    "resolution" (one alone may be a statistic or another series' number: "de 1984 (2011) a 2118 (2013)",
    "Recommendation 1927 (2010)")."""
    found = [m for m in printed if sc_year(int(m.group(1))) == int(m.group(2))]
    runs: list[list[re.Match[str]]] = []
    for m in found:
        if runs and LIST_JOIN.fullmatch(text, runs[-1][-1].end(), m.start()):
            runs[-1].append(m)
        else:
            runs.append([m])
    return [(m.start(), m.end(), f"{m.group(1)} ({m.group(2)})") for run in runs
            if len(run) >= 2 and not _other_series().search(text, max(0, run[0].start() - 20), run[0].start()) for m in run]

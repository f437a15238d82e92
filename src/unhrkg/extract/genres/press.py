"""The Organization's own press releases and meetings coverage (press.un.org, the Geneva office's
releases): known by their own symbol near the top, a series of the Department of Public Information
and a number ("GA/11198", "SC/13221", "GA/SHC/4221", in French "AG/10801", "CS/2890"; the lexicons'
``header.press_series``), printed on a line of its own, after "Press Release", or run into the
organ's name by the page ("General AssemblyGA/11198"); or, where no symbol is printed, by a line that names
the coverage ("Meeting Summaries", "News and Media Division"; ``header.press_marks``).

The release is the Organization's (author body ``UN``), addressed to no one; it reports what States
said and did, which are theirs, not its own, so no State is its author. Its issue date is the date
printed on a line of its own just above or below the symbol; the body of a session line it prints
("Sixty-sixth General Assembly", "Seventy-second Session,") comes from the series (``symbols.SERIES``).
"""
from __future__ import annotations

import re
from functools import cache

from unhrkg.extract import lexicon
from unhrkg.extract.bylines import DELIVERED
from unhrkg.extract.dates import find_dates
from unhrkg.extract.speech_of import SPEECH_OF
from unhrkg.extract.genres import Genre
from unhrkg.extract.model import Header

REACH = 800  # the symbol stands in the release's first lines
DATE_LINES = 3  # the date printed this many lines above or below the symbol
BLOCK_REACH = 1500  # the release's heading lines (its session, its meeting) end before its first paragraph
PARAGRAPH = 150  # a line this long is prose: the heading lines are over


@cache
def _series() -> frozenset[str]:
    return frozenset(lexicon.all_languages("header", "press_series"))


# a series and a number on the rest of its line (the series checked against the lexicons' ``header.press_series``); a
# statement of the Secretary-General carries two ("SG/SM/22070-SC/15533")
SYMBOL = re.compile(r"(?P<symbol>(?P<series>[A-Z]{2,6}(?:/[A-Z]{2,4})?)/\d{3,5}(?:/Rev\.\d)?)(?:-[A-Z]{2,6}(?:/[A-Z]{2,4})?/\d{3,5})?"
                    r"(?=[ \t]*\|?[ \t]*(?:\n|$))")
# run into the organ's name ("General AssemblyGA/11198", "Assemblée généraleAG/10801") or after "Press Release"
RUN_IN = ("Assembly", "Council", "générale", "sécurité", "Release ", "presse ", "prensa ")


def _symbols(text: str) -> list[tuple[re.Match[str], bool]]:
    """The release symbols in the text's first lines, each with whether it runs into the organ's name or a "Press
    Release" (else it stands alone on its line; anything else before it on the line is no release's)."""
    found = []
    for m in SYMBOL.finditer(text, 0, min(len(text), REACH)):
        if m.group("series") not in _series():
            continue
        before = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        run_in = before.endswith(RUN_IN)
        if run_in or not before.strip():
            found.append((m, run_in))
    return found


# the release's meeting line ("8188th Meeting (PM)", "47th & 48th Meetings (AM & PM)", "70e et 71e séances plénières")
MEETING = re.compile(r"\b\d{1,5}(?:st|nd|rd|th|e|ème)?\s+(?:(?:&|and|et)\s+\d{1,5}(?:st|nd|rd|th|e|ème)?\s+)?"
                     r"(?:Meetings?|séances?)\b")
# a State's letterhead or a ministry's heading above a reference number ("Permanent Mission of Kenya ... HR/0562")
LETTERHEAD = re.compile(r"\b(?:Permanent\s+Mission|Mission|Embassy|Ministry|Ministère|Ambassade|Misi[óo]n|Embajada|"
                        r"Ministerio|Delegation|Délégation|Delegaci[óo]n|Section|Department\s+of\s+Foreign)\b", re.I)


def _alone_is_release(text: str, m: re.Match[str]) -> bool:
    """A symbol on a line of its own is the release's where the release's meeting line or a date line stands near it
    or the page prints the symbol twice, and no letterhead stands above it (a mission's reference "HR/0562" is not one)."""
    top = text[:min(len(text), REACH)]
    line_start = text.rfind("\n", 0, m.start())  # (the newline before the symbol's line, or -1 on the first line)
    under_release = line_start > 0 and RELEASE_LINE.fullmatch(text, text.rfind("\n", 0, line_start) + 1, line_start) is not None
    return (bool(MEETING.search(top)) or top.count(m.group("symbol")) > 1 or under_release
            or _issued(text, m.start("symbol")) is not None) and not LETTERHEAD.search(text, 0, m.start())


def press_symbol(text: str) -> re.Match[str] | None:
    """The release's own symbol in its first lines, if the text is a press release of the Organization."""
    if "/" not in text[:REACH]:
        return None
    return next((m for m, run_in in _symbols(text) if run_in or _alone_is_release(text, m)), None)


MARK_LEAD = re.compile(r"[ \t|•·]*(?:(?:UN|United\s+Nations)[ \t]+)?")  # "UN Department of Public Information-News Media Division"


# the coverage's meeting line alone, its sitting in brackets: "9634th Meeting (AM)", "47th & 48th Meetings (AM & PM)"
COVERAGE_MEETING = re.compile(r"(?m)^[ \t]*" + MEETING.pattern + r"[ \t]*\((?:AM|PM|Night)(?:[ \t]*(?:&|and)[ \t]*(?:AM|PM|Night))?\)[ \t]*$")


MISSION_SPEAKS = re.compile(r"\b(?:The\s+)?(?:Permanent\s+Mission|Embassy|Ministry\s+of\s+Foreign\s+Affairs|Mission\s+permanente|"
                            r"Misi[óo]n\s+Permanente)\s+of\b")  # "The Permanent Mission of Brazil informs"


def _mark(text: str) -> re.Match[str] | None:
    """A line by which the Organization's meetings coverage names itself ("Meeting Summaries", "Department of
    Public Information • News and Media Division • New York"; the lexicons' ``header.press_marks``): the mark is
    the line, or one of its parts set off by bullets, not words of a sentence; or the coverage's meeting line
    ("9634th Meeting (AM)") where no symbol is printed."""
    for m in lexicon.all_languages_pattern("header", "press_marks").finditer(text, 0, min(len(text), REACH)):
        start, end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end()) % (len(text) + 1)
        if MARK_LEAD.fullmatch(text, start, m.start()) or text[start:m.start()].rstrip().endswith(("•", "·")):
            if re.fullmatch(r"(?:[ \t]*[•|·-][^\n•|·]*)*[ \t|]*", text[m.end():end]):
                return m
    meeting = COVERAGE_MEETING.search(text, 0, min(len(text), REACH))
    top = (0, min(len(text), REACH))
    spoken = meeting and (DELIVERED.search(text, *top) or SPEECH_OF.search(text, *top) or MISSION_SPEAKS.search(text, *top))
    return None if spoken else meeting  # ("9635th Meeting (PM)" over "Statement by Ambassador ... of Brazil", "Déclaration
    # de S.E.M. ...", "The Permanent Mission of Brazil informs": a State's statement at that meeting; the speech headings
    # are those the bylines read, ``bylines.DELIVERED`` and ``speech_of.SPEECH_OF``)


def cue(text: str, h: Header) -> int | None:
    """The start of the symbol's line (or of the "Press Release" heading on it or on the line above), or of a line
    marking the coverage."""
    m = press_symbol(text)
    at = m.start("symbol") if m else (mark.start() if (mark := _mark(text)) else None)
    line = None if at is None else text.rfind("\n", 0, at) + 1
    if line and RELEASE_LINE.fullmatch(text, 0, line):
        return 0  # ("Press Release" over the coverage's line)
    above = text.rfind("\n", 0, max(0, line - 1)) + 1 if line else None
    return above if above is not None and RELEASE_LINE.fullmatch(text, above, line - 1) else line  # (under a headline)


RELEASE_LINE = re.compile(r"\s*(?:press\s+release|communiqu[ée]\s+de\s+presse|comunicado\s+de\s+prensa)\s*", re.I)


WEEKDAY = re.compile(r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|lundi|mardi|mercredi|jeudi|vendredi|"
                     r"samedi|dimanche),?[ \t]+", re.I)  # "Thursday, 22 February 2018"


def _issued(text: str, at: int) -> tuple[str, tuple[int, int]] | None:
    """A date alone on a line a few lines above or below the symbol ("19 December 2011", "16/09/2002"), or run into
    a line's start, year first ("19951212 Unanimously Adopts ..."); the symbol may be printed twice, once as the
    page's label."""
    start = at
    for _ in range(DATE_LINES):
        start = max(0, text.rfind("\n", 0, max(0, start - 1)))
    end = at
    for _ in range(DATE_LINES + 1):
        nxt = text.find("\n", end + 1)
        end = len(text) if nxt < 0 else nxt
    for line in re.finditer(r"[^\n]+", text[start:end]):
        value = WEEKDAY.sub("", line.group(0).strip())
        dates = find_dates(value)
        if dates and dates[0][0] == 0 and dates[0][1] >= len(value) - 1:
            return dates[0][2], (start + line.start(), start + line.end())
        if compact := COMPACT_DATE.match(line.group(0)):
            return f"{compact[1]}-{compact[2]}-{compact[3]}", (start + line.start(), start + line.start() + compact.end())
    return None


# the date an older release prints run into its first line, year first ("19951212 Unanimously Adopts Resolution ...")
COMPACT_DATE = re.compile(r"[ \t]*((?:19[4-9]\d|200\d))(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[ \t]|$)")


def _heading_end(text: str, at: int) -> int:
    """Where the release's heading lines end: its first line of prose after the symbol."""
    for line in re.finditer(r"[^\n]+", text[at:min(len(text), at + BLOCK_REACH)]):
        if len(line.group(0)) >= PARAGRAPH:
            return at + line.start()
    return min(len(text), at + BLOCK_REACH)


def read(text: str, h: Header, at: int) -> None:
    m = press_symbol(text)
    mark = (m.start("symbol"), m.end("symbol")) if m else (found.span() if (found := _mark(text)) else None)
    if mark is None:
        return
    h.put("doc_type", "other", "press-release", mark)
    if m and h.symbol is None:
        h.put("symbol", m.group("symbol"), "press-symbol", mark)
    h.put("author_body", "UN", "press-release", mark)
    issued = next(filter(None, (_issued(text, s.start("symbol")) for s, _ in _symbols(text))), None)
    if issued and h.issued is None:
        h.put("issued", issued[0], "press-date", issued[1])
    h.block_end = max(h.block_end or 0, _heading_end(text, mark[1]))


GENRE = Genre("press release", cue, read)

"""The document's own particulars: the UN header block, then the genre's title, type, dates,
authors and addressee.

A UN document opens with a header block (organ, "Distr.: General", symbol, issue date,
"Original: English", session, agenda item and its title) and then its title ("Letter dated
...", "Resolution adopted by ...", "Report of ..."). In a PDF's text order the block may
follow the title, or be flattened onto one line; the rules look for each cue where it is.
The zone of the header is the text before the genre's mark (see ``genres``). The issue date
is the one in the block (beside "Distr."), never a date of a text without a block: there a
date standing alone at the top is the text's own date.
"""
from __future__ import annotations

import re
from functools import cache

from unhrkg.extract import coalitions, genres, lexicon
from unhrkg.extract.dates import find_dates
from unhrkg.extract.gazetteer import bodies_gazetteer
from unhrkg.extract.genres import statement
from unhrkg.extract.own_date import top_date
from unhrkg.extract.language import original_language
from unhrkg.extract.model import Header
from unhrkg.extract.parties import addressee_at
from unhrkg.extract.scan import word_start
from unhrkg.extract.symbols import SymbolMatch, find_symbols, resolution_of_symbol

__all__ = ["Header", "read_header", "addressee_at"]

DISTR = re.compile(word_start("d") + r"istr(?:\.|ibution|ibución)?\s*[.:]?\s*(?:GENERAL|G[ÉE]N[ÉE]RALE|LIMITED|LIMIT[ÉE]E|RESTRICTED|"
                   r"RESTREINTE|LIMITADA|RESERVADA|General|Limited|Restricted)?", re.I)
DISTR_WORD = re.compile(word_start("d") + r"istr\b", re.I)  # "\bDistr\b", its first letter where the engine skips to it
DATELINE_BEFORE = re.compile(r"(?:^|\n)\s*[A-Z][a-zA-Z .'-]{2,30},\s+$")  # "Geneva, " before a date
NOT_ISSUED_BEFORE = re.compile(r"(?<![\w])(?:dated|datée?s?\s+du|de\s+fecha|fechada|of|on|since|from|du|del|le|el)\s*$", re.I)
DISTR_REACH = 160  # the issue date follows "Distr." within this many characters
DEFAULT_ZONE = 1500


MASTHEAD_ZONE = 300  # a header flattened onto one line: "Nations Unies A/66/PV.82 Assemblée générale ..."


def _default_zone_end(text: str) -> int:
    """Without a genre mark: the short lines at the top (a header is made of short lines), or,
    on a text whose first line opens with the Organization's name or holds a symbol in its first
    words (a PDF or an OCR'd page whose header block came out as one line: "GENERAL S/24577 • 21
    September 1992 ORIGINAL: ..."), the start of that line."""
    masthead = lexicon.all_languages_pattern("header", "masthead")
    opening = text.lstrip()[:40]
    if (masthead.match(opening) or find_symbols(opening)) and len(text.lstrip().split("\n", 1)[0]) > 150:
        return min(len(text), len(text) - len(text.lstrip()) + MASTHEAD_ZONE)
    pos = 0
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if len(line) > 150 or _wrapped_prose(lines, i):
            break
        pos += len(line) + 1
        if pos > DEFAULT_ZONE:
            break
    return min(pos, len(text))


PROSE_LINE = 55  # prose wrapped into short lines, as a PDF's or an e-mail's is: lines this long, running on


def _wrapped_prose(lines: list[str], i: int) -> bool:
    """Line ``i`` opens a paragraph of wrapped prose: it and the next two are long, and the first two run on
    into the next line (no sentence stop at their end) -- where a header's short lines have ended."""
    run = lines[i:i + 3]
    return len(run) == 3 and all(len(line.strip()) > PROSE_LINE for line in run) \
        and not any(line.rstrip().endswith((".", ":", ";", "!", "?")) for line in run[:2])


SITE_LINE = 160
# a symbol on a line of its own, a UN masthead's "Distr." line a few lines below it
MASTHEAD_SYMBOL = re.compile(r"^[ \t]*[AESC]/[\w./-]+[ \t]*\n(?:[^\n]{0,40}\n){0,3}?[ \t]*Distr\b", re.M)
# "Item 37 of the preliminary list*" and its footnote "* A/52/50.": the list's symbol, not the document's
AGENDA_FOOTNOTE = re.compile(r"(?:preliminary\s+list|provisional\s+agenda|liste\s+pr[ée]liminaire|ordre\s+du\s+jour\s+provisoire|"
                             r"lista\s+preliminar|programa\s+provisional)[\s*.]*$", re.I)
LIST_GAP = r"(?:\s*,\s*(?:and\s+|et\s+|y\s+)?|\s+(?:and|et|y)\s+)"
GAP_AFTER = re.compile(LIST_GAP, re.I)
ITEM_BEFORE = re.compile(r"(\S+)" + LIST_GAP + "$", re.I)
SHORT_ITEM = re.compile(r"(?:L|Add|Rev|Corr)\.\s?\d")  # "A/HRC/25/L.36, L.37 and L.40": later items printed short
REVISION = re.compile(r"(?:/(?:Rev|Corr|Add)\.\d+)+$")  # "A/HRC/25/L.36/Rev.1" is of the series A/HRC/25/


def _series(symbol: str) -> str:
    return REVISION.sub("", symbol).rsplit("/", 1)[0] + "/"


def _listed(zone: str, s: SymbolMatch) -> bool:
    """"Resolutions A/HRC/25/L.36, A/HRC/25/L.37, ... and A/HRC/25/L.40" (or "L.36, L.37 and L.40"): symbols of one series
    listed are cited; a document's own pair of symbols ("A/52/258, S/1997/601") is of two series, and its own
    corrigendum after it ("A/74/466, A/74/466/Corr.1") does not make it one of a list."""
    series = _series(s.symbol)
    gap = GAP_AFTER.match(zone, s.end)
    if gap and not zone.startswith(s.symbol, gap.end()) and (zone.startswith(series, gap.end()) or SHORT_ITEM.match(zone, gap.end())):
        return True
    before = ITEM_BEFORE.search(zone, max(0, s.start - 80), s.start)
    return bool(before and "/" in before.group(1) and _series(before.group(1).strip("(")) == series)


SENTENCE_AFTER = re.compile(r"[ \t]+(?-i:[a-zà-ÿ]{2,})[ \t]+(?-i:[a-zà-ÿ]{2,})\b")  # a symbol that a sentence goes on from


def _own_symbol(text: str, zone: str) -> tuple[str, str, tuple[int, int]] | None:
    """The document's own symbol: the first one in the zone that is not cited ("(A/52/225)",
    "contained in document ...", a footnote's "list**A/52/50") nor a sentence's subject, except on the first line,
    where a site prints its own."""
    first_line_start = len(zone) - len(zone.lstrip())
    first_line_end = first_line_start + (zone.lstrip().find("\n") % (len(zone) + 1))
    skipped_end = -1
    for s in find_symbols(zone):
        before = zone[max(0, s.start - 30):s.start].lower()
        if skipped_end >= 0 and re.fullmatch(r"\s*[-–—/]\s*", zone[skipped_end:s.start]):
            skipped_end = s.end
            continue  # the second half of a cited double symbol ("(A/58/859–S/2004/598)")
        skipped_end = -1
        if _listed(zone, s):
            continue  # one of a list of symbols of one series, on any line
        cited = "(" in before[-2:] or "*" in before[-3:] or AGENDA_FOOTNOTE.search(zone, max(0, s.start - 60), s.start) or re.search(r"(?:document|contained in|see|symbol|cote|documento|note|nota|"
                                                 r"report|rapport|informe|letter|lettre|carta|in|of|de|du|del|des|"
                                                 r"resolution|r[ée]solution|resoluci[óo]n|decision|d[ée]cision|decisi[óo]n)(?:s|es)?\s*$", before)
        if cited and (s.start > first_line_end or first_line_end - first_line_start > SITE_LINE
                      or "(" in before[-2:] and MASTHEAD_SYMBOL.search(zone, s.end)):  # (a page's title citing one,
            # above the masthead of the document it carries: "Position of Syria regarding the report ... (S/2016/60)")
            skipped_end = s.end
            continue  # (a long first line is a heading that cites, not a site's line naming the document)
        line = zone[zone.rfind("\n", 0, s.start) + 1:s.start]
        if resolution_of_symbol(s.symbol) and re.search(r"\b(?-i:[a-zà-ÿ]{3,})\b", line):
            continue  # "... report under S/RES/1559 (2004)": a heading's words speak of the resolution
        if SENTENCE_AFTER.match(zone, s.end):
            continue  # "A/RES/67/262 is the fifth General Assembly resolution on ...": the subject of a sentence
        return s.symbol, "header-symbol-ocr" if s.repaired else "header-symbol", (s.start, s.end)
    return None


def _carries_text(text: str) -> bool:
    """The text of a resolution or decision is on the page: a line opens with a preambular word ("Recalling",
    "Reaffirming", the lexicon's ``preamble``), numbered or not, or two open with a numbered operative verb ("1. Decides",
    the lexicon's ``operative``), or the text tells its adoption at a meeting ("Adopted by the Security Council at its
    8262nd meeting"), in the page's first part."""
    preamble, operative = lexicon.all_languages_pattern("preamble"), lexicon.all_languages_pattern("operative")
    stop = min(len(text), CARRIED_REACH)
    operatives = 0
    for m in PARAGRAPH_START.finditer(text, 0, stop):
        if preamble.match(text, m.end()):
            return True
        operatives += bool(m.group(1) and operative.match(text, m.end()))
        if operatives >= OPERATIVES_CARRIED:
            return True
    return ADOPTED_AT_MEETING.search(text, 0, stop) is not None


OPERATIVES_CARRIED = 2  # one numbered paragraph is a page quoting it ("Its key operative paragraph reads: 5. Calls upon ...")


ADOPTED_SERIES = re.compile(r"/(?:RES|DEC)/")
PARAGRAPH_START = re.compile(r"^[ \t]*(\d{1,3}\.[ \t]*)?", re.M)
ADOPTED_AT_MEETING = re.compile(r"^[ \t]*(?:(?:Adopted\s+by|Adopt[ée]e\s+par|Aprobada\s+por)\s+(?:the\s+|l[ae]\s+|l['’]|el\s+)?[^\n,.]{3,60}?"
                                r"\b(?:at\s+its|[àa]\s+sa|en\s+su)\s+\d|(?:At\s+its|[ÀA]\s+sa|En\s+su)\s+\d{1,5}\w*\s+(?:plenary\s+)?(?:meeting|s[ée]ance|sesi[óo]n))",
                                re.I | re.M)  # (its heading's line, not a catalogue's "Resolution 2286 / adopted by ... at its 7685th meeting")

CARRIED_REACH = 6000


@cache
def _label_line() -> re.Pattern[str]:
    label = lexicon.all_languages_pattern("header", "symbol_label").pattern
    return re.compile(rf"^[ \t]*(?:{label})[ \t]*:[ \t]*", re.M | re.I)


def _labelled_symbol(text: str) -> tuple[str, str, tuple[int, int]] | None:
    """A catalogue page's record of the document: "Document symbol: A/45/619|S/21864" on a line of
    its own, anywhere in the page (the first symbol is the record's own)."""
    for m in _label_line().finditer(text):
        value = re.split(r"[|;,\s]", text[m.end():text.find("\n", m.end()) % (len(text) + 1)], maxsplit=1)[0]
        found = find_symbols(value)  # the first of the symbols it lists
        if found and found[0].start == 0:
            return found[0].symbol, "labelled-symbol", (m.end(), m.end() + found[0].end)
    return None


# a page's title line naming the letter it carries with its symbol at the end: "Letter dated 22 February 2019 from
# the Permanent Representative of ... addressed to the President of the Security Council (S/2019/177)"
TITLE_SYMBOL = re.compile(r"[ \t]*\(\s*(?P<symbol>[AES]/[\w./-]+?)(?:\s*[-–—]\s*[AES]/[\w./-]+)?\s*\)[ \t]*(?:\n|$)")
TITLE_LINE_WIDEST = 400


def _titled_symbol(text: str) -> tuple[str, str, tuple[int, int]] | None:
    """The symbol a letter's title line ends with, in brackets, on the text's first line."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start) % (len(text) + 1)
    if end - start > TITLE_LINE_WIDEST or not re.match(rf"(?:{_letter_words()})\s+(?:dated|from|dat[ée]e|de\s+fecha|en\s+date)\b",
                                                       text[start:end], re.I):
        return None
    m = TITLE_SYMBOL.search(text, start, min(len(text), end + 1))
    found = find_symbols(m.group("symbol") + " ") if m else []
    if m and found and found[0].start == 0 and m.end() >= end:
        return found[0].symbol, "title-symbol", (m.start("symbol"), m.end("symbol"))
    return None


@cache
def _letter_words() -> str:
    """What a letter's or a note's title opens with, in every language (the lexicon's ``title.letter``, ``title.note_verbale``)."""
    return "|".join(lexicon.all_languages_pattern("title", key).pattern for key in ("letter", "note_verbale"))


def _issued(text: str, zone_end: int, h: Header) -> None:
    """The issue date: the first date after "Distr." (in reach), else the block's first date."""
    distr = DISTR.search(text, 0, zone_end)
    starts = [distr.end()] if distr else []
    for start in starts + [0]:
        stop = min(zone_end, start + DISTR_REACH) if start else zone_end
        for begin, end, iso in find_dates(text, start, stop):
            if NOT_ISSUED_BEFORE.search(text[max(0, begin - 14):begin]) or DATELINE_BEFORE.search(
                    text, max(0, begin - 40), begin):
                continue  # a letter's own date, or "Geneva, 30 March 2007"
            h.put("issued", iso, "distr-date" if start else "header-date", (begin, end))
            return


# a symbol the page's text broke after the Organization's name: "United Nations A/60 /390" (a space
# before a slash), "Naciones Unidas A/ES-10/PV.\n\n36" (a meeting record's number on a line below)
BROKEN_SYMBOL = re.compile(r"\s+([AES](?:[ \t]?/[ \t]?[A-Z0-9][A-Za-z0-9-]*(?:\.\d+)?)+(?:\.\s+\d{1,5}(?!\d))?)")
JOB_NUMBER = re.compile(r"\b\d{2}-\d{5}\s*\((?:E|F|S|A|C|R)\)")  # the print job under a UN page: "19-16870 (E)"
RUNNING_HEAD = re.compile(r"^[ \t]*\S[^\n]*", re.M)  # the first line that is not blank


def _broken_symbol(zone: str) -> tuple[str, str, tuple[int, int]] | None:
    """The symbol right after the masthead ("United Nations"), its spaces and line breaks closed."""
    for m in lexicon.all_languages_pattern("header", "masthead").finditer(zone):
        broken = BROKEN_SYMBOL.match(zone, m.end())
        joined = re.sub(r"\s+", "", broken.group(1)) if broken else ""
        found = find_symbols(joined + " ")
        if broken and found and found[0].start == 0 and found[0].symbol == joined:
            return joined, "masthead-symbol-joined", (broken.start(1), broken.end(1))
    return None


def _running_head(text: str) -> tuple[str, str, tuple[int, int]] | None:
    """A UN document whose masthead lost its symbol: the symbol heading its second page, on a line of
    its own after the first page's print job number ("19-16870 (E) 031019" / "A/74/466 S/2019/781")."""
    job = JOB_NUMBER.search(text)
    next_line = text.find("\n", job.end()) + 1 if job else 0
    line = RUNNING_HEAD.search(text, next_line) if next_line else None
    found = find_symbols(line.group(0)) if line else []
    if line and found and "".join(s.symbol for s in found) == re.sub(r"\s+", "", line.group(0)):
        return found[0].symbol, "running-head-symbol", (line.start() + found[0].start, line.start() + found[0].end)
    return None


def read_block(text: str, h: Header) -> None:
    """Symbol, issue date and original language from the header zone."""
    zone = text[:h.zone_end]
    own = _own_symbol(text, zone) or _broken_symbol(zone)
    if own:
        h.put("symbol", own[0], own[1], own[2])
    language, at = original_language(text, max(h.zone_end, min(len(text), 600)))
    if language:
        h.put("language", language, "original-line", (at, at) if at is not None else None)
    # a language line below the zone belongs to a block printed after the title (read there)
    h.block = bool(DISTR_WORD.search(text, 0, h.zone_end)) or (at is not None and at < h.zone_end) \
        or _organ_dated_masthead(text, h.zone_end)
    if h.block:
        _issued(text, h.zone_end, h)


ORGAN_DATE_REACH = 600  # a masthead of organs and a date stands at the very top
DOCUMENT_ORGANS = ("GA", "SC", "ECOSOC")  # the organs whose documents a letter is circulated as (a site's category
# "Human Rights Council" over a posting date is no masthead)
DATED_TITLE = re.compile(r"\s*(?:Identical\s+)?(?:Letters?|Note\s+verbale|Notes\s+verbales)\s+dated\b", re.I)  # "Letter dated ..."


def _organ_dated_masthead(text: str, zone_end: int) -> bool:
    """A letter's masthead as a site copies it without its symbol: the organs it is circulated to (the Assembly, the
    Council, ECOSOC), each on a line of its own, and the issue date on a line of its own under them ("General Assembly
    / Security Council / (blank) / 16 April 1979"), the letter's dated title below ("Letter dated ...")."""
    if not zone_end or zone_end > ORGAN_DATE_REACH or not DATED_TITLE.match(text, zone_end, zone_end + 120):
        return False
    lines = [ln.strip() for ln in text[:zone_end].split("\n") if ln.strip()]
    for i, line in enumerate(lines[:-1]):
        organ = bodies_gazetteer().match_at(line, 0)
        if organ and organ.value in DOCUMENT_ORGANS and organ.end >= len(line) - 1:
            following = lines[i + 1]
            if bodies_gazetteer().match_at(following, 0) and i + 2 < len(lines):
                following = lines[i + 2]  # (a second organ's line)
            dates = find_dates(following, 0, len(following))
            return bool(dates) and dates[0][0] == 0 and dates[0][1] >= len(following) - 1
    return False


BLOCK_AFTER = 2500  # a site may print the title above the document's own header block
BLOCK_SIZE = 700
MASTHEAD_REACH = 300  # "United Nations", the symbol and the organs stand this far above "Distr."


def _block_after_title(text: str, h: Header) -> None:
    """The title printed first, then the header block ("Distr." within the opening): read the
    block there; the zone then ends where the block does."""
    distr = DISTR_WORD.search(text, 0, BLOCK_AFTER)
    if distr is None or distr.start() < h.zone_end:
        return
    masthead = [m for m in lexicon.all_languages_pattern("header", "masthead").finditer(
        text, max(h.zone_end, distr.start() - MASTHEAD_REACH), distr.start())]
    start = masthead[0].start() if masthead else text.rfind("\n\n", 0, distr.start()) + 1
    end = min(len(text), distr.end() + BLOCK_SIZE)
    block = Header(zone_end=end)
    read_block(text[:end] if start <= 0 else " " * start + text[start:end], block)
    if block.block:
        for name in ("symbol", "issued", "language"):
            if getattr(block, name) is not None and getattr(h, name) is None:
                h.put(name, getattr(block, name), block.rules[name] + "-after-title", block.spans.get(name))
        h.block = True
        h.block_end = end


def read_header(text: str) -> Header:
    """Parse the header block and the genre's title of a normalised document text."""
    h = Header()
    found = genres.marks(text, h)
    h.zone_end = found[0][0] if found else _default_zone_end(text)
    read_block(text, h)
    if h.symbol is None and h.issued is None:
        _block_after_title(text, h)
    if h.symbol is None:
        labelled = _labelled_symbol(text) or (_running_head(text) if h.block else None) or _titled_symbol(text)
        if labelled:
            h.put("symbol", *labelled)
    genres.recognise(text, h, found)
    about = bool(h.symbol and ADOPTED_SERIES.search(h.symbol) and not h.block and h.genre != "adopted text" and not _carries_text(text))
    if about:
        h.symbol = None  # a page about a resolution ("Infobox / - Code: A/RES/68/262", a library's "Resolution 2286 ...
        h.rules.pop("symbol", None)  # S/RES/2286" over an account of it): the resolution is cited, its text is not here
        h.spans.pop("symbol", None)  # (a UN masthead's symbol stays the document's: "United Nations A/HRC/RES/8/11 ... Distr.")
    if h.symbol and "/DEC/" in h.symbol and h.doc_type == "other":
        h.put("doc_type", "decision", "symbol-series")
    if h.symbol and "/RES/" in h.symbol and h.doc_type == "other":
        h.put("doc_type", "resolution", "symbol-series")
    if not h.author_states and not h.author_body and h.genre not in ("adopted text", "report") and not about:
        statement.untitled(text, h)  # (a page about a resolution is read as its symbol had it read: no author guessed)
    coalitions.settle(text, h)  # a coalition's declaration (CELAC, the GCC): the coalition, not a State guessed
    if h.dated is None and h.doc_type in ("other", "letter", "note_verbale"):
        top_date(text, h)
    return h

"""Dates and ordinal numbers as UN documents print them, OCR damage included.

Dates: "28 February 2005", "February 28, 2005", "this 12th day of May 2014", "December 2nd, 2019", "1 0ctober 2025",
"2005-02-28", "2018/11/15", "2019.02.20", "2023 Oct 31", "04.04.2023" and "16/04/03" (day first; "08/28/2008", where only
the second number can be the day, month first), "3August 2012" (run together), and the forms of the other lexicon languages ("1er mars 2005", "28 de
febrero de 2005"); month names come from the lexicons. Impossible dates ("31 February 2005") give None.
Ordinals: "Sixty-first", "61st", "fifty-second", and OCR'd words such as "Fiifiy-ninth".
"""
from __future__ import annotations

import difflib
import re
from datetime import date
from functools import cache

from unhrkg.extract import lexicon, memo
from unhrkg.extract.scan import Lines

MONTHS: dict[str, int] = lexicon.merged_table("months")  # every lexicon's month names
WEEKDAY_REACH = 20
_MONTH = r"[A-Za-zÀ-ÿ0]{3,10}\.?"
# a day's ordinal letters in any case ("25TH SEPTEMBER"), or a superscript "th" read by OCR as "™" (not as "%": "January
# 9%, February 8%, March 7%, 2024" is a table's); Spanish "1ro de julio", "1ero de mayo"
_DAY = r"[0-3lIO]?[\dlIO](?:(?i:st|nd|rd|th|er)|º|™|e?ro(?=\s+de\b)|o(?=\s+de\b))?"
_YEAR = r"(?:1[89]|2[0l])[\dlIO]{2}"
DATE = re.compile(
    rf"(?<![\w/])(?:(?P<d1>{_DAY})(?:\.?\s+|(?=[A-Z][a-z]))(?:(?i:day\s+of|of|de)\s+)?(?P<m1>{_MONTH})[,،]?\s+(?:(?i:de|del)\s+)?(?P<y1>{_YEAR})"  # "07. déc 2022", "22 March، 2019" (an Arabic comma)
    rf"|(?P<m2>{_MONTH})\s+(?P<d2>{_DAY})(?:[,،]\s*|\.\s+|\s+|/)(?P<y2>{_YEAR})"  # "December 14, 2021", "December 14/2021", "February 11,2021"
    rf"|(?P<y3>(?:19|20)\d\d)(?P<sep3>[-/.])(?P<m3>[01]?\d)(?P=sep3)(?P<d3>[0-3]?\d)"  # "2005-02-28", "2018/11/15", "2019.02.20"
    rf"|(?P<d4>[0-3]?\d)[ \t]?(?P<sep>[./])[ \t]?(?P<m4>[0-3]?\d)[ \t]?(?P=sep)[ \t]?(?P<y4>(?:19|20)\d\d|\d\d)"  # "4 / 10 / 2016"
    rf"|(?P<d6>[0-3]?\d)-(?P<m6>[01]?\d)-(?P<y6>(?:19|20)\d\d)"  # "29-03-2019"
    rf"|(?P<y7>(?:19|20)\d\d)[ \t]+(?P<m7>(?-i:[A-Z])[a-zà-ÿ]{{2,9}}\.?)[ \t]+(?P<d7>[0-3]?\d))(?![\d_]|[^\W\d_A-Z]|[A-Z](?![a-z])|/\d|\.\d)"  # "2023 Oct 31"; "25 avril 2013/APO";
    # (a capitalised word glued to the date is the text after it, lost its line break: "15/11/2014Thirty one years")
    rf"|(?<![\w/])(?P<d5>{_DAY})\s+(?P<m5>{_MONTH})\s+(?P<y5>(?:19|20)\d\d)(?=\d{{1,2}}:\d\d)"  # "24 December 201615:18"
)

# Ordinal words of every lexicon ("sixty-first", "soixante et unième", "sexagésimo primer"):
# a tens word and a unit ordinal are added up.
ORDINALS: dict[str, int] = lexicon.merged_table("ordinals")
TENS: dict[str, int] = {**lexicon.merged_table("cardinal_tens"),
                        **{w: n for w, n in ORDINALS.items() if n >= 20 and n % 10 == 0}}
# (each run of letters taken whole, never given back: what follows a run is no letter, so a shorter run can
# match nothing a whole one does not, and the engine need not try each shorter length when a phrase fails)
ORDINAL_WORD = r"[^\W\d_]{3,14}+(?:[ -](?:et\s+|y\s+|and\s+)?(?!special\b|emergency\b|session\b|per[ií]odo\b)[^\W\d_]{3,12}+){0,2}"
ORDINAL_NUMBER = re.compile(r"^(\d{1,3})\s?(?:st|nd|rd|th|e|ème|eme|er|re|o|º|°|a|ª)$", re.I)
_ORD_PARTS = sorted(set(ORDINALS) | set(TENS))
_JOINERS = {"et", "y", "and"}

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
    return int(re.sub(r"(?:(?i:st|nd|rd|th|er)|º|™|e?ro|o)$", "", raw).translate(str.maketrans("lIO", "110")))


def parse_date_match(m: re.Match[str]) -> str | None:
    """ISO date for a DATE match, or None when it names no real day."""
    try:
        if m.group("y3"):
            return date(int(m.group("y3")), int(m.group("m3")), int(m.group("d3"))).isoformat()
        if m.group("y4"):  # day first, as UN and European texts write it: 04.04.2023, 16/04/03
            year = int(m.group("y4"))
            year += 0 if year > 99 else (2000 if year < 50 else 1900)
            day, month = int(m.group("d4")), int(m.group("m4"))
            if month > 12 and m.group("sep") == "/" and len(m.group("y4")) == 4:  # "08/28/2008": the month first, as only
                day, month = month, day  # the day can pass 12 (not "4/15/99", a page's stamp)
            return date(year, month, day).isoformat()
        if m.group("y6"):  # "29-03-2019": day first with dashes, a four-digit year only
            return date(int(m.group("y6")), int(m.group("m6")), int(m.group("d6"))).isoformat()
        if m.group("y7"):  # the year first, then the month's name and the day
            month_n = month_number(m.group("m7"))
            return date(int(m.group("y7")), month_n, int(m.group("d7"))).isoformat() if month_n else None
        if m.group("y5"):
            month_n = month_number(m.group("m5"))
            return date(int(m.group("y5")), month_n, _num(m.group("d5"))).isoformat() if month_n else None
        day, month, year = (m.group("d1"), m.group("m1"), m.group("y1")) if m.group("d1") else (
            m.group("d2"), m.group("m2"), m.group("y2"))
        month_n = month_number(month)
        if month_n is None:
            return None
        return date(_num(year), month_n, _num(day)).isoformat()
    except ValueError:
        return None


LABELLED_NUMBER = re.compile(r"\b(?:version|v|release|ref|reference|no|nr|n°|nº|num|number|file)\.?[ \t]*(?:no\.?[ \t]*)?:?[ \t]*$", re.I)


@memo.per_document
def _month_first_lines(text: str) -> tuple[tuple[int, int], ...]:
    """The lines of a syndication stamp that prints its dates month first (the lexicons' ``header.month_first_stamp``:
    "01/02/2026 | Press release | Distributed by Public on 01/02/2026 11:53" is 2 January): only the stamp's own dates
    are read so, not the text's below it, which keep their own order."""
    if "/" not in text:
        return ()
    stamp = lexicon.all_languages_pattern("header", "month_first_stamp")
    return tuple((text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end()) % (len(text) + 1)) for m in stamp.finditer(text))


def month_first(text: str, pos: int) -> bool:
    """Whether the slashed date at ``pos`` stands on a stamp's line that prints dates month first."""
    return any(start <= pos < end for start, end in _month_first_lines(text))


@memo.per_document
def find_dates(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, ISO date) for every valid date in text[start:end]; slashed dates day first unless a stamp that
    prints them month first stands on their line (``month_first``)."""
    out = []
    stop = len(text) if end is None else end
    m = DATE.search(text, start, stop)
    while m:
        iso = parse_date_match(m)
        if iso and m.group("sep") == "/" and len(m.group("y4")) == 4 and int(m.group("m4")) <= 12 \
                and int(m.group("d4")) <= 12 and month_first(text, m.start()):
            iso = iso[:5] + iso[8:] + iso[4:7]  # the two numbers the other way round
        if iso and m.group("sep3") == "." and (LABELLED_NUMBER.search(text, max(0, m.start() - 16), m.start())
                                               or re.match(r"[-/.]\d", text[m.end():m.end() + 2])):
            iso = None  # "Version 2019.12.31", "Ref. No. 2021.04.01-77": a number that reads as a date
        if iso:
            out.append((m.start(), m.end(), iso))
            m = DATE.search(text, m.end(), stop)
        else:  # "sanctions\n\n1\n2017-09-13": a word taken for a month took the date's year; look again after the word
            word = re.match(r"\S+", m.group(0))
            m = DATE.search(text, m.start() + (word.end() if word else 1), stop)
    return out


PLACE_DATE_LINE = Lines(re.compile(r"^[ \t]*[A-Z][\w .'’-]{2,30},[ \t]+(?:(?:le|el)[ \t]+)?(?P<date>[^\n]{6,30}?)[ \t.]*$", re.M))


def place_date_lines(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, ISO date) of each "Place, date" line standing alone in text[start:end]
    ("Caracas, 09 de julio de 2015", "New York, le 7 avril 2022", "Geneva, 28 April 2009")."""
    out = []
    for line in PLACE_DATE_LINE.finditer(text, start, len(text) if end is None else end):
        dates = find_dates(text, line.start("date"), line.end("date"))
        if dates and dates[0][0] == line.start("date") and dates[0][1] >= line.end("date") - 1:
            out.append(dates[0])
    return out


_PLACE = r"(?-i:[A-Z])[\w'’.-]*(?:[ \t]+(?-i:[A-Z])[\w'’.-]*){0,3}(?:,[ \t]*(?-i:[A-Z])\.[ \t]?(?-i:[A-Z])\.)?"  # "Washington, D.C."
# a place or a page's label closed by a comma, a dash, a slash or its article ("Genève – Le", "Moroni le", "Vidéo / Le"):
# "Issued on" is no place
# ... and its country after a comma ("New York, Etats-Unis d'Amérique, le 19 septembre 2006")
_COUNTRY_AFTER = r"(?:,[ \t]*(?-i:[A-Z])[\w'’.-]*(?:[ \t]+(?:(?:of|de|del|d['’])[ \t]*)?(?-i:[A-Z])[\w'’.-]*){0,3})?"
_BEFORE_ALONE = re.compile(rf"[ \t]*[(\[]?[ \t]*(?:{_PLACE}{_COUNTRY_AFTER}[ \t]*(?:[,.–—/-][ \t]*(?:(?:le|el)[ \t]+)?|(?:le|el)[ \t]+)"
                           rf"|(?:le|el)[ \t]+)?$", re.I)
_TIME = r"(?:(?:à|at|a\s+las|[-–—|,])?[ \t]*\d{1,2}[:h.]\d\d(?:[ \t]*(?:[ap]\.?[ \t]?m\.?|h|hrs|UTC|GMT))?)"
# (or its cell's end; a release's time in brackets and its number after: "August 11, 2000 (5:05 p.m. EDT) No. 198")
_AFTER_ALONE = re.compile(rf"[ \t]*[)\]]?[ \t_.,–—-]*(?:\(?{_TIME}(?:[ \t]+(?-i:[A-Z]{{2,4}}))?\)?)?[ \t_.–—-]*"
                          rf"(?:(?:No|N[°º])\.?[ \t]*\d{{1,4}}[ \t]*)?(?:\n|$| \| )", re.I)
_ARTICLE_ONLY = re.compile(r"[ \t]*(?:le|el)?[ \t]*", re.I)  # "Le 21 mars 2013 - Le ministre ...": a dateline run on
_AFTER_DATELINE = re.compile(rf",?[ \t]+{_PLACE}[ \t]*[—–-]", re.I)  # "March 29, 2023, Rarotonga — On ..."
# a place's dateline running on into the text after a dash: "Ginebra, 8 de octubre de 2021.- En una histórica sesión"
_PLACED_RUN_ON = re.compile(r"[ \t]*\.?[ \t]*[—–-]{1,2}[ \t]*(?=[^\W\d_])")
_PLACE_BEFORE = re.compile(rf"[ \t]*[(\[]?[ \t]*{_PLACE}[ \t]*,[ \t]*(?:(?:le|el)[ \t]+)?")


SLASHED_TOP = 300  # a page's label and its date, set apart by a slash, stand under its title
SENTENCE_LINE = re.compile(r"^[^\n]{40,}\.[ \t]*$", re.M)  # a sentence of the text above: the date is under no title


def alone_on_line(text: str, begin: int, end: int) -> bool:
    """Whether the date at text[begin:end] stands for a text's own on its line: nothing else on it but
    a label of the lexicons' ``header.date_label`` ("[Date]", "Fecha:", "Publié le"; anything may follow
    a labelled date), a place ("Genève –", "Washington, D.C.,", "Moroni le"), an article ("Le"), brackets and a time
    ("à 05h16", "13:32"); or a news dateline's date before its place ("March 29, 2023, Rarotonga — On"), or after
    it, running on into the text after a dash ("Ginebra, 8 de octubre de 2021.- En una ...")."""
    line_start = text.rfind("\n", 0, begin) + 1
    cell = text.rfind(" | ", line_start, begin)
    line_start = cell + 3 if cell >= 0 else line_start  # a page's table flattened: the date's own cell
    before = text[line_start:begin]
    label = lexicon.all_languages_pattern("header", "date_label")
    opened = re.match(r"[ \t]*[(\[]?[ \t]*", before)
    labelled = label.match(before, opened.end()) if opened else None
    if labelled and re.fullmatch(r"[ \t]*[\]:]?[ \t]*(?:(?:le|el|on)[ \t]+)?", before[labelled.end():], re.I):
        return True
    closing = lexicon.all_languages_pattern("header", "closing_date")
    if "/" in before and (begin > SLASHED_TOP or SENTENCE_LINE.search(text, 0, line_start)):
        return False  # "Vidéo / Le 29 mai 2020" under the title; not a page's links or a timeline under the text's first
        # sentence ("Voir aussi / Communiqué / Le 12 mars 2018 / Discours / Le 3 avril 2017")
    if not _BEFORE_ALONE.fullmatch(before) or (opened and closing.match(before, opened.end())):
        return False  # "Fechado el 7 de julio de 2015": a closing line's, read with its own rule
    return bool(_AFTER_ALONE.match(text, end) or (not before.strip() and _AFTER_DATELINE.match(text, end))
                or ((_PLACE_BEFORE.fullmatch(before) or _ARTICLE_ONLY.fullmatch(before)) and _PLACED_RUN_ON.match(text, end)))


def place_date_line_above(text: str, at: int, reach: int) -> tuple[int, int, str] | None:
    """The last "Place, date" line standing alone within ``reach`` characters above ``at`` (a letter's head)."""
    found = place_date_lines(text, max(0, at - reach), at)
    return found[-1] if found else None


def place_date_line_below(text: str, at: int, most_lines: int, widest: int) -> tuple[int, int, str] | None:
    """The "Place, date" line standing alone under ``at`` (an undated title), within its next few lines:
    at most ``most_lines`` lines come between, none wider than ``widest`` (no paragraph of the text)."""
    lines = 0
    for line in re.finditer(r"^[ \t]*\S[^\n]*$", text[at:at + 600], re.M):
        found = place_date_lines(text, at + line.start(), at + line.end())
        if found:
            return found[0]
        lines += 1
        if lines > most_lines or len(line.group(0)) > widest:
            return None
    return None


def parse_date(text: str) -> str | None:
    found = find_dates(text)
    return found[0][2] if found else None


def _ordinal_part(word: str) -> str | None:
    w = word.lower()
    if w in ORDINALS or w in TENS:
        return w
    close = difflib.get_close_matches(w, _ORD_PARTS, n=1, cutoff=0.72)
    return close[0] if close and len(w) >= 4 else None


def _parts(word: str) -> list[str]:
    """The words of an ordinal; a hyphenated word the lexicon knows whole stays whole."""
    out: list[str] = []
    for chunk in re.split(r"\s+", word.strip()):
        if chunk.lower() in ORDINALS or chunk.lower() in TENS or "-" not in chunk:
            out.append(chunk)
        else:
            pieces = chunk.split("-")
            while pieces:  # the longest run of pieces the lexicon knows, from the left
                for n in range(len(pieces), 0, -1):
                    if "-".join(pieces[:n]).lower() in ORDINALS or "-".join(pieces[:n]).lower() in TENS or n == 1:
                        out.append("-".join(pieces[:n]))
                        pieces = pieces[n:]
                        break
    return [p for p in out if p and p.lower() not in _JOINERS]


def ordinal_value(word: str) -> int | None:
    """'Sixty-first' -> 61, '61st' -> 61, 'Fiifiy-ninth' -> 59, 'soixante et unième' -> 61,
    'sexagésimo primer' -> 61; None if not an ordinal."""
    word = word.strip()
    m = ORDINAL_NUMBER.match(word)
    if m:
        return int(m.group(1))
    parts = _parts(word)
    if not 1 <= len(parts) <= 2:
        return None
    fixed = [_ordinal_part(p) for p in parts]
    if None in fixed:
        return None
    if len(fixed) == 1:
        return ORDINALS.get(fixed[0])  # type: ignore[arg-type]
    tens, unit = TENS.get(fixed[0]), ORDINALS.get(fixed[1])  # type: ignore[arg-type]
    if tens is None or unit is None or not 1 <= unit <= (19 if tens in (60, 80) else 9):
        return None
    return tens + unit


@cache
def _weekday_before() -> re.Pattern[str]:
    names = "|".join(re.escape(w) for w in lexicon.all_languages("weekdays"))
    return re.compile(rf"(?<![\w])(?:{names})[ \t]*,?[ \t]*$", re.I)


def weekday_before(text: str, begin: int) -> int:
    """Where the day of the week printed before the date at ``begin`` starts ("on Friday, 1 March
    2019", "le jeudi 22 février 2024", the lexicons' ``weekdays``), or ``begin`` where there is none:
    the words before the weekday say what the words before the date would."""
    m = _weekday_before().search(text, max(0, begin - WEEKDAY_REACH), begin)
    return m.start() if m else begin


EVENT_DATED = re.compile(r"\s+(?:held\s+)?(?:on|of|du|le|del|el|de)\s+|\s*\(\s*", re.I)  # the words between
# the words before what a heading is about ("Statement on the attack", "Déclaration sur l'", "Comunicado sobre la")
TOPIC_WORDS = r"on|regarding|concerning|about|following|after|sur|après|sobre|tras|acerca\s+de"
EVENT_TOLD = re.compile(rf"\b(?:{TOPIC_WORDS})\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+)?$", re.I)
DATE_ENDS_LINE = re.compile(r"[ \t]*[).]?[ \t]*\n")


def event_heading_dated(text: str, begin: int, end: int) -> bool:
    """The date the text's first line, a heading over more text, ends with, giving the occasion the
    text records: "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on December 1,
    2016", "Extrait du point de presse (28 décembre 2021)" (an occasion of the lexicons'
    ``header.dated_event`` just before it); not an occasion the heading tells of ("Statement on the
    interview of 12 March 2003 given by ...")."""
    first = re.match(r"\s*", text).end()  # type: ignore[union-attr]
    if text.find("\n", first, begin) >= 0 or not DATE_ENDS_LINE.match(text, end):
        return False
    events = lexicon.all_languages_pattern("header", "dated_event")
    return any(EVENT_DATED.fullmatch(text, m.end(), begin) and not EVENT_TOLD.search(text, first, m.start())
               for m in events.finditer(text, first, begin))


SAID = r"(?:delivered|made|issued|given|released)"  # the verbs a heading tells its text said with, before its date
HEADING_DATED = re.compile(rf",?\s+(?:en\s+date\s+du|dated|de\s+fecha|con\s+fecha|{SAID}\s+on(?:\s+the)?)\s+$", re.I)


def heading_dated(text: str, begin: int, end: int | None = None) -> bool:
    """The date a statement's heading gives itself on its first line: "Communiqué du ministère des
    affaires étrangères, en date du 2 décembre 2011", "Statement of the Ministry, dated 5 May 2019", "Press Statement of
    the 3rd of February 2022" (a genre word of ``author.statement_heading`` opening the line), or in brackets closing
    it: "Statement on behalf of the governments of A and B (23 June 2019):"."""
    line_start = text.rfind("\n", 0, begin) + 1
    heading = lexicon.pattern("author", "statement_heading")
    opened = heading.match(text, line_start + len(text[line_start:begin]) - len(text[line_start:begin].lstrip())) if heading else None
    bracketed = end is not None and BRACKET_OPENS.search(text, line_start, begin) is not None and BRACKET_CLOSES_LINE.match(text, end)
    return bool(opened and (HEADING_DATED.search(text, opened.end(), begin) or GENRE_DATED.fullmatch(text, opened.end(), begin)
                            or bracketed))


BRACKET_OPENS = re.compile(r"\([ \t]*$")
BRACKET_CLOSES_LINE = re.compile(r"[ \t]*\)[ \t]*[:.]?[ \t]*(?:\n|$)")


MEETING_DATED = re.compile(r"\s+(?:on|le|el)\s+(?:the\s+)?$", re.I)
AT_MEETING = re.compile(r"\b(?:at|before|during|to|à|au|lors|devant|en|ante|durante)\b", re.I)


def meeting_heading_dated(text: str, begin: int, end: int) -> bool:
    """The date that ends a statement heading's first line, after "on", where the line names the meeting it is delivered at
    ("Statement by H.E. Ms. X, Permanent Representative of Bangladesh to the United Nations at the virtual meeting of the
    Peacebuilding Commission on ... on 02 October 2020": the lexicons' ``speech.meeting`` after "at", "before", "à", "ante"):
    the meeting's date, the statement's own."""
    first = re.match(r"\s*", text).end()  # type: ignore[union-attr]
    heading = lexicon.pattern("author", "statement_heading")
    meeting = lexicon.all_languages_pattern("speech", "meeting")
    opened = heading.match(text, first) if heading else None
    if text.find("\n", first, begin) >= 0 or not DATE_ENDS_LINE.match(text, end) or not MEETING_DATED.search(text, first, begin) \
            or not opened or any(alone_on_line(text, b, e) for b, e, _ in find_dates(text, end, min(len(text), end + LATER_REACH))):
        return False  # (a dateline or another date under it is the text's: "... le 12 mars 2024 / Paris, le 10 mars 2024")
    topic = HEADING_TOPIC.search(text, opened.end(), begin)  # "Statement on the Russian veto at the Council's session on ...":
    return any((at := AT_MEETING.search(text, max(first, m.start() - 40), m.start()))
               and (topic is None or at.start() < topic.start())  # (the date of what the heading is about, not the statement's)
               for m in meeting.finditer(text, first, begin))


LATER_REACH = 400
# what a heading is about, after its genre word and speaker: "on the", "sur l'", "sobre la", "following", "in connection with"
HEADING_TOPIC = re.compile(rf"\b(?:{TOPIC_WORDS}|in\s+connection\s+with|"
                           r"en\s+vue\s+de|ahead\s+of|concernant|relati(?:f|ve|vo|va)s?\s+(?:à|a)|relating\s+to|related\s+to)\s+"
                           r"(?:the|a|an|its|la|le|les|l['’]|el|los|las|un|une|una|[\"“«])", re.I)


# the date right after the genre word ("Press Statement of the 3rd of February 2022", "Statement delivered on 14 June 2022
# by ...", "Communiqué du 20 septembre 2023", "Declaración del 5 de mayo"); not after other words ("Statement on the attack
# of 3 February 2022": the attack's)
GENRE_DATED = re.compile(rf"(?:\s+(?:{SAID}|prononc[ée]e?|faite?|publi[ée]e?|pronunciad[oa]|emitid[oa]))?"
                         r"\s+(?:on|of|le|du|del|de|el)\s+(?:the\s+)?", re.I)


# a heading's own date printed with its place: "..., à Paris le 5 décembre 2013", "New York, le 30 juillet 2015", "...
# avec des télévisions françaises le 11 août 2006 à New York", "en Ginebra, el 2 de marzo de 2020"
PLACE_THEN_DATE = re.compile(r"(?:\b(?:à|en)\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3},?\s+(?:le|el)\s+$", re.I)
DATE_THEN_PLACE = re.compile(r"\s+(?:à|en)\s+(?-i:[A-Z])")
ARTICLE_BEFORE = re.compile(r"\s(?:le|el)\s+$", re.I)


def heading_placed(text: str, begin: int, end: int) -> bool:
    """The date the text's first line, a statement's or an interview's heading ("Déclaration de M. X, ministre des
    affaires étrangères, sur ..., à Paris le 5 décembre 2013", "Entretien de M. X ... le 11 août 2006 à New York"), gives
    itself with the place it was said in (a genre word of ``author.statement_heading`` or ``header.dated_event`` opening
    the line)."""
    first = re.match(r"\s*", text).end()  # type: ignore[union-attr]
    if text.find("\n", first, begin) >= 0:
        return False
    opened = any(p is not None and p.match(text, first) for p in (lexicon.pattern("author", "statement_heading"),
                                                                  lexicon.pattern("header", "dated_event")))
    lead = text[max(first, begin - 60):begin]
    if TOLD_AT.search(lead):
        return False  # "sur l'attentat commis à Bamako le 20 novembre", "la résolution adoptée le 11 août 2006 à New York",
        # "el atentado ocurrido en Bogotá, el 17 de enero": an event the heading tells of, dated where it happened
    return opened and bool(PLACE_THEN_DATE.search(lead) or ARTICLE_BEFORE.search(lead) and DATE_THEN_PLACE.match(text, end))


# a participle before the place or the date: the event's ("commis à", "réunie à", "ouvert à", "adoptée le", "celebrada en")
TOLD_AT = re.compile(r"\b\w+(?:é|ée|és|ées|i|ie|is|ies|it|u|ue|us|ues|ert|erte|ado|ada|ados|adas|ido|ida|idos|idas)\s+(?:(?:à|en)\s+"
                     r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3},?\s+)?(?:le|el)\s+$", re.I)

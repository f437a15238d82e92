"""The date a text gives itself where no dated title does: near its top (not a date its narrative tells,
a session's range, or a page's posting stamp), on a line of its own below the menus, in a "Place, date"
dateline at its end, or on a closing line ("Issued on 9 October 2024", "Fait à Genève, le 5 mai 2020")."""
from __future__ import annotations

import re
from datetime import date

from unhrkg.extract import lexicon, memo
from unhrkg.extract.dates import (alone_on_line, event_heading_dated, find_dates, heading_dated, heading_placed,
                                  meeting_heading_dated, month_number, place_date_lines, weekday_before)
from unhrkg.extract.model import Header
from unhrkg.extract.places import closing_words
from unhrkg.extract.text import line_bounds

DATELINE = r"(?:^|\n)\s*[A-Z][a-zA-Z .'-]{2,30},\s+(?=\S)"
NARRATIVE_BEFORE = re.compile(r"(?<![\w])(?:on|of|since|from|until|by|in|to|before|after|dated|le|du|depuis|jusqu'au|"
                              r"el|del|desde|hasta|al|en|de|pasado|pr[óo]ximo)\s+$", re.I)  # ("el pasado 31 de octubre": last, told)
TOP = 400
THE_BEFORE = re.compile(r"(?:\bthe\s)?$", re.I)
LINE_DATE_REACH = 2000
DATE_LINE_END = re.compile(r"[ \t_.–—-]*(?:\n|$)")
LINE_ARTICLE = re.compile(r"(?:^|\n)[ \t]*(?:Le|El)\s+$")  # "Le 12 avril 2017 - Ottawa, Ontario": a dateline
PLACE_AFTER = re.compile(r"\s+[-–—]\s+[A-Z]|[ \t]+(?:à|en|in)[ \t]+[A-Z][\w .'’-]{2,30}[ \t]*(?:\n|$)")  # ("Le 27 septembre 1993 à New
# York" on its line; not "Le 27 septembre 1993 à Genève, le Conseil a adopté")
# "(28 February – 1 April 2022)": a date range, not a date; "11/07/2019 - 00:00", "No. 368 - November 18": not ranges
RANGE_BEFORE = re.compile(r"(?<![\d./])\d{1,2}(?:\s+[^\W\d_]{3,10}\.?)?(?:\s+\d{4})?\s*(?:[–—-]|\bto\b|\bau\b|\bal\b)\s*$")
# the same with an ordinal's letters: "(13th September – 8th October, 2021)", the word after it a month (the lexicon's
# ``months``); an ordinal alone before the dash only before another ordinal: "3rd - 8th April, 2006", not "HRC 54th – 12
# September 2023"
ORDINAL_RANGE = re.compile(r"(?<![\d./])\d{1,2}(?:st|nd|rd|th|er)(?:\s+(?P<month>[^\W\d_]{3,10}))?(?:\s+\d{4})?\s*[–—-]\s*$")
ORDINAL_AT = re.compile(r"\d{1,2}(?:st|nd|rd|th|er)\b")
RANGE_AFTER = re.compile(r"\s*(?:[–—]|-\s|-(?=\d{1,2}\s+[^\W\d_]{3,10}\s+\d{4}\b)|\bto\b|\bau\b|\bal\b)\s*\d{1,2}(?![\d:]|[.h]\d)")  # (not a time:
# "2014 - 5.07 GMT"; a hyphen set close before the next whole date: "(19 June 2011-31 December 2014)", not "2023-5 min read")
OWN_DATE_LEAD = re.compile(r"(?:^|\n)\s*(?:Delivered|Issued|Published|Posted|Released|Dated|Pronunciad[oa]|Publicad[oa]|"
                           r"Prononcée?|Publiée?)\s+(?:on|le|el)\s+$|(?:^|\n)[ \t]*by\s+$", re.I)  # "Delivered on 8 March 2017": the text's own date;
# "by December 1, 2018": a page's byline whose author's name the copy lost
DATELINE_LEAD = re.compile(r"(?:^|\n)\s*[A-Z][\w .'’-]{2,30},\s+(?:le|el)\s+$|"
                           r"[,.]\s+(?:à|en|in)\s+[A-Z][\w'’-]{2,20}(?:\s+[A-Z][\w'’-]{2,20})?,?\s+(?:le|el|on)\s+$")  # "Paris, le 23 mars 2012"  # a statement's own date is printed at its top


# the text telling of its own delivery, in the sentence that ends at the date: "This UK statement was delivered during
# the Human Rights Council: Special Session on ... on 18 May 2018", "Cette déclaration a été prononcée ... le"
SELF_TOLD = re.compile(r"\b(?:this|the\s+following|cette|la\s+présente|esta|la\s+presente)\s+(?:[\w-]+\s+){0,2}?(?:statement|speech|address|"
                       r"remarks|intervention|déclaration|allocution|declaración|discurso|intervención)\s+(?:was|were|a\s+été|fue|ha\s+sido)\s+"
                       r"(?:delivered|made|given|read|presented|prononcée|faite|lue|pronunciad[oa]|leíd[oa])\b[^.!?\n]*$", re.I)
SELF_TOLD_REACH = 300
# a line under a speech's title that says who gave it and when: "Stated by Ambassador Jakub Kulhánek, on May 10, 2024",
# or an explanation of vote's title itself: "Explanation of vote by Permanent Representative of Norway, ..., after adoption
# of resolution in the UN General Assembly ..., on 27 October 2023" (a statement's title may date the event it is about:
# "Statement by the Ministry ... on the anniversary of the occupation of the Kalbajar district by Armenia, on 2 April 1993")
DELIVERED_BY_LINE = re.compile(r"(?:^|\n)[ \t]*(?:(?:Stated|Delivered|Presented|Read|Made|Given)\s+by\s+"
                               r"(?:(?!\b(?:who|which|that|as|when|whom|whose|recalled|agreed)\b)[^\n.!?;]){2,120}?,?\s+on\s+"
                               r"|Explanation\s+of\s+(?:vote|position)\s+by\s+(?:(?!\b(?:who|which|that|as|when|whom|whose|recalled|agreed|"
                               r"adopted|passed|signed|anniversary|committed|held)\b)[^\n.!?;]){2,200}?,[ \t]*on[ \t]+"
                               r"|(?:Statement|Remarks|Speech|Address|Intervention)\s+by\s+(?:(?!\b(?:anniversary|marking|commemorat\w*)\b)"
                               r"[^\n.!?;]){2,120}?\s+at\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,6}?(?:Council|Assembly|Committee|Briefing|Meeting|"
                               r"Debate|Session|Dialogue)\b[^\n.!?;,]{0,80},[ \t]*on[ \t]+"
                               # a heading line that says who delivered it, then when: "Second Right of Reply by India under Agenda
                               # 2 at the 40th Session ... delivered by Sh. Animesh Choudhury, First Secretary on 08th March 2019."
                               r"|(?:\w+\s+){0,2}(?:Right\s+of\s+Reply|Statement|Remarks|Speech|Address|Intervention)\b"
                               r"(?:(?!\b(?:anniversary|marking|commemorat\w*|recall\w*|speech|address|on\s+the)\b)[^\n]){0,240}?"
                               r"\bdelivered\s+by\s+(?:[^\n.!?;]|(?<=\s[A-Z])\.|(?<=\s[A-Z][a-z])\.|(?<=\s[A-Z][a-z][a-z])\.){2,120}?,?\s+on\s+)$", re.I)
# (an explanation of vote's title, or a statement's made at a meeting: the day is the text's; the title's comma sets
# it off, on its line)


# a page that reposts an older text ("From our archive: Speech of the Minister"): its posting date is not the text's
REPOSTED = re.compile(r"\b(?:from\s+(?:our|the)\s+archives?|first\s+published|originally\s+published|republished)\b", re.I)
# a French or Spanish dateline run on into a flattened page: "... sur l'Iran Bruxelles, le 25 mars 2007 Le Conseil ..."
PLACE_LE_BEFORE = re.compile(r"(?<![\w'’-])(?<!\bà\s)(?<!\ben\s)(?<!\bde\s)(?<!\ba\s)(?-i:[A-Z])[\w'’-]{2,}+,[ \t]+(?-i:le|el)[ \t]+$")
CAPITAL_AFTER = re.compile(r"[ \t]*(?:[—–-][ \t]*)?(?-i:[A-Z])")  # (not after a full stop: "à Genève, le 14 mars 2019. Il ...")


def _sitting(text: str, at: int) -> bool:
    """A parliament's record names the day it sat or answered right before ``at`` (the lexicon's ``header.sitting_date``)."""
    words = lexicon.all_languages_pattern("header", "sitting_date")
    return bool(re.search(f"(?:{words.pattern})\\s+$", text[max(0, at - 40):at], re.I))
# a news page's byline or posting line before a date: the page's date, not the text's ("Published on": ``header.date_label``)
POSTED_BEFORE = re.compile(r"(?:(?:^|\n)[ \t]*By\s+[^\n]{1,60}?\s[-–—|]\s*|\b(?:Posted|Updated|Last\s+updated)"
                           r"(?:\s+(?:on|at)(?:\s+the)?)?\s*:?\s*|\b(?:Mis\s+à\s+jour|Actualizado)\s+(?:le|el)?\s*:?\s*)"
                           r"(?:\d{1,2}[:.h]\d{2}\s*(?:[AaPp]\.?[Mm]\.?\s*)?(?:[A-Z]{3,4})?\s*,?\s*)?$")  # "Updated: 00:00 GMT, Jan 1, 1970"


# a news agency's dateline, its day without a year: "PYONGYANG, Nov. 28 (Xinhua) --", "KUWAIT, June 29 (KUNA) —"
AGENCY_DATELINE = re.compile(r"(?:^|\n)[ \t]*(?-i:[A-Z])[A-Z .'’-]{2,40},[ \t]+(?P<month>[A-Za-z]{3,9})\.?[ \t]+(?P<day>[0-3]?\d)"
                             r"[ \t]*\((?P<agency>[^()\n]{2,30})\)")
# a news agency's dateline with its full date: "Cairo, September 10, 2019, SPA --", "RIYADH, 24 Oct 2021 (WAM) -"
AGENCY_PLACE = re.compile(r"(?:^|\n)[ \t]*(?-i:[A-Z])[\w .'’-]{2,40},[ \t]+")
AGENCY_AFTER = re.compile(r"[ \t]*(?:,[ \t]*|\([ \t]*)(?-i:[A-Z][A-Za-z]{1,9})\)?[ \t]*(?:--|—|–)")
# a word of prose before a date on its line (not a stamp's label): the date is told, not stamped
PROSE_BEFORE = re.compile(r"\b(?!(?:posted|updated|published|modified|publié|actualizado)\b)(?-i:[a-zà-ÿ]{4,})\b")
POSTED_AFTER_DAYS = 3  # a page posts an agency's item the same day or a few days later


def _agency_dateline(text: str) -> tuple[int, int, str] | None:
    """The day an agency's dateline gives its item, in the year of the date the page prints above it where that date is
    its posting stamp: the same day or up to ``POSTED_AFTER_DAYS`` later ("09:06, November 29, 2012" over "PYONGYANG,
    Nov. 28 (Xinhua)"; January 1 over December 31 of the year before). A date above it that is no such stamp (a
    headline's "resolution 181 of November 29, 1947") gives it none."""
    for place in AGENCY_PLACE.finditer(text, 0, min(len(text), TOP + 200)):
        found = find_dates(text, place.end(), min(len(text), place.end() + 30))
        if found and found[0][0] == place.end() and AGENCY_AFTER.match(text, found[0][1]):
            return found[0]
    m = AGENCY_DATELINE.search(text, 0, min(len(text), TOP + 200))
    month = month_number(m.group("month")) if m else None
    posted = find_dates(text, 0, m.start()) if m and month else []
    if not posted:
        return None
    line_start = text.rfind("\n", 0, posted[-1][0]) + 1
    if PROSE_BEFORE.search(text, line_start, posted[-1][0]):
        return None  # "70 years after resolution 181 of November 29, 1947": a date the headline tells
    stamp = date.fromisoformat(posted[-1][2])
    for year in (stamp.year, stamp.year - 1):
        try:
            dated = date(year, month, int(m.group("day")))  # type: ignore[arg-type]
        except ValueError:
            return None
        if 0 <= (stamp - dated).days <= POSTED_AFTER_DAYS:
            return m.start("month"), m.end("day"), dated.isoformat()
    return None


# between two dates of one list: a symbol in brackets, a comma, "and"
LISTED_AFTER = re.compile(r"\s*(?:\([^()\n]{1,60}\)\s*)?(?:,\s*(?:and\s+|et\s+|y\s+)?|(?:and|et|y)\s+)", re.I)


def _repeated_title(text: str) -> int:
    """The length of the page's first line where the next line repeats it (a web page printing its title twice, over
    the text): the top reaches that much further."""
    lines = re.match(r"\s*([^\n]+)\n\s*([^\n]+)", text)
    return len(lines.group(1)) + 1 if lines and lines.group(1).strip() == lines.group(2).strip() else 0


def _in_range(text: str, begin: int, end: int) -> bool:
    """The date at begin..end ends or opens a range of dates."""
    if RANGE_BEFORE.search(text, max(0, begin - 20), begin) or RANGE_AFTER.match(text, end):
        return True
    ordinal = ORDINAL_RANGE.search(text, max(0, begin - 24), begin)
    if ordinal is None:
        return False
    month = ordinal.group("month")
    return month.lower() in lexicon.merged_table("months") if month else ORDINAL_AT.match(text, begin) is not None


# a long first line that closes on its place and date in brackets: "STATEMENT ON BEHALF OF ... IN AFRICA (New York, 10 September 2019)"
PLACE_IN_BRACKET = re.compile(r"\((?-i:[A-Z])[\w .'’-]{2,30},[ \t]*$")
BRACKET_LINE_END = re.compile(r"[ \t]*\)[ \t.]*(?:\n|$)")


def _closing_first_line(text: str, begin: int, end: int) -> bool:
    first = len(text) - len(text.lstrip())
    return text.find("\n", first, begin) < 0 and bool(PLACE_IN_BRACKET.search(text, first, begin)) \
        and bool(BRACKET_LINE_END.match(text, end))


POSTED_WITHIN_DAYS = 31  # a page posts a speech the day it is made or within weeks
DELIVERY_REACH = 1200  # the word to the chair opens a speech near its top
SALUTATION_LINE = 40


def _delivered_below(text: str, begin: int, end: int, iso: str) -> tuple[int, int, str] | None:
    """A page's posting date alone on its line at the top, over a speech's heading that gives the day it was made on a
    line of its own or after its place ("Presented by X – Geneva, 26 June 2018", "Human Rights Council 29th Session / July
    3, 2015") before the word to the chair: that day is the speech's, when it is the posting day or a few weeks before.
    A release with no word to the chair: the day its heading gives on a line of its own above the first paragraph."""
    if not alone_on_line(text, begin, end):
        return None
    chair = lexicon.all_languages_pattern("speech", "chair").search(text, end, min(len(text), DELIVERY_REACH))
    if chair is not None and len(text[text.rfind("\n", 0, chair.start()) + 1:text.find("\n", chair.start()) % (len(text) + 1)]) > SALUTATION_LINE:
        return None  # (the word to the chair on a short line of its own: "Thank you Mr. President.")
    prose = PROSE_LINE.search(text, end, min(len(text), DELIVERY_REACH)) if chair is None else None
    if chair is None and prose is None:
        return None
    # with no word to the chair, a release's heading: the day it gives above its first paragraph ("June 27, 2017 / Fact
    # Sheet / Office of the Spokesperson / Washington, DC, / June 26, 2017 / At the 35th Session ...")
    limit = chair.start() if chair is not None else prose.start()  # type: ignore[union-attr]
    chair_line = text.rfind("\n", 0, chair.start()) + 1 if chair is not None else None
    for b, e, found in find_dates(text, end, limit):
        if found == iso:
            return None  # the same day again
        if (alone_on_line(text, b, e) and not TITLE_GOES_ON.search(text, max(0, b - 40), b)
                or PLACE_COMMA_BEFORE.search(text, max(0, b - 40), b)) \
                and (chair_line is not None and not text[text.find("\n", e) % (len(text) + 1):chair_line].strip()
                     or chair_line is None and not EVENT_ABOVE.search(_line_above(text, b))) \
                and not SYMBOL_ENDS_LINE.search(text, max(0, b - 80), text.rfind("\n", 0, b) + 1) \
                and 0 < (date.fromisoformat(iso) - date.fromisoformat(found)).days <= POSTED_WITHIN_DAYS:
            return b, e, found  # (the heading's last line, right above the word to the chair; not a report's date under
    return None  # its symbol with more of the heading below)


# (a release's date line under an event's title is the event's day: "Side event: ... / June 20, 2017 / The Mission hosted")
EVENT_ABOVE = re.compile(r"\b(?:event|meeting|session|conference|dialogue|review|forum|seminar|workshop|briefing|debate|launch|ceremony|"
                         r"visit|r[ée]union|s[ée]ance|conf[ée]rence|dialogue|[ée]v[ée]nement|reuni[óo]n|sesi[óo]n|conferencia|evento)\b", re.I)


def _line_above(text: str, at: int) -> str:
    start = line_bounds(text, at)[0]
    return text[slice(*line_bounds(text, start - 1))] if start else ""
PROSE_LINE = re.compile(r"^[ \t]*[^\n]{60,}[.!?:][\"”’»)]?[ \t]*$|^[^\n]{160,}$", re.M)  # a paragraph's line: the heading ends above it
TITLE_GOES_ON = re.compile(r"\b(?:since|of|on|from|to|in|at|the|de|du|des|del|depuis|desde|le|la|el)[ \t]*\n[ \t]*$", re.I)  # "... since\n18 April"
SYMBOL_ENDS_LINE = re.compile(r"[AES]/[\w./-]+\d\)?[ \t]*\n$")  # "... of the Special Rapporteur (A/HRC/38/50)" over the report's date
PLACE_COMMA_BEFORE = re.compile(r"(?:^|[-–—|][ \t]*)(?-i:[A-Z])[\w .'’-]{2,30},[ \t]+$", re.M)  # "– Geneva, 26 June 2018"


def top_date(text: str, h: Header) -> None:
    """The text's own date: the first date near the top that is not part of a sentence's
    narrative ("On 23 December, the Council adopted ..."), or a "Place, date" line closing it."""
    if h.block:
        return
    agency = _agency_dateline(text)
    if agency:
        h.put("dated", agency[2], "agency-dateline", agency[:2])
        return
    skipped = -1  # where the last date passed over ends
    posted = None  # the first date a byline or posting line stamps: the text's own when it has no other
    top = TOP + _repeated_title(text)
    for begin, end, iso in find_dates(text, 0, min(len(text), top)):
        if skipped >= 0 and LISTED_AFTER.fullmatch(text, skipped, begin):
            skipped = end  # "our letters dated 16 March 2020 (A/74/752-S/2020/212) and 28 May 2020": the next of a list
            continue  # passed over as its first was
        skipped = end
        if _in_range(text, begin, end):
            continue  # "(28 February – 1 April 2022)": a session's dates, not the text's
        if POSTED_BEFORE.search(text[max(0, begin - 80):begin]):
            posted = posted or (begin, end, iso)
            continue  # "By JT - Aug 01,2016 - Last updated at ...", "Posted on October 2nd, 2015": the page's (the text's
            # only where it prints no other date of its own: the end of this function)
        lead = weekday_before(text, begin)  # "on Friday, 1 March 2019" is told as "on 1 March 2019" is
        lead -= len(THE_BEFORE.search(text, max(0, lead - 4), lead).group(0))  # ("On the 26th of April 2022, ...")
        dateline = LINE_ARTICLE.search(text, max(0, lead - 8), lead) and PLACE_AFTER.match(text, end)
        told = SELF_TOLD.search(text, max(0, lead - SELF_TOLD_REACH), lead) or _sitting(text, lead) or \
            DELIVERED_BY_LINE.search(text, max(0, lead - SELF_TOLD_REACH), lead)  # ("This statement was
        # delivered ... on 18 May 2018", "debated on Monday 18 November 2013")
        if NARRATIVE_BEFORE.search(text[max(0, lead - 12):lead]) and not dateline and not told and \
                not DATELINE_LEAD.search(text[max(0, lead - 40):lead]) and not OWN_DATE_LEAD.search(text, 0, lead) \
                and not heading_dated(text, lead, end) and not event_heading_dated(text, lead, end) and not heading_placed(text, lead, end) \
                and not alone_on_line(text, lead, end) and not meeting_heading_dated(text, lead, end):
            continue
        delivered = _delivered_below(text, begin, end, iso)
        if delivered:  # "June 30, 2018 / Statement by ... / Presented by Ambassador X – Geneva, 26 June 2018 / Mr President,"
            h.put("dated", delivered[2], "delivery-date", delivered[:2])
            return
        h.put("dated", iso, "top-date", (begin, end))
        return
    placed = {begin for begin, _, _ in place_date_lines(text, top, min(len(text), LINE_DATE_REACH))}
    for begin, end, iso in (d for d in find_dates(text, 0, min(len(text), LINE_DATE_REACH)) if d[1] > top):  # (one across TOP too)
        if _in_range(text, begin, end):
            continue
        if alone_on_line(text, begin, end) or begin in placed or heading_dated(text, begin, end) or _closing_first_line(text, begin, end) or (
                PLACE_LE_BEFORE.search(text, max(0, begin - 40), begin) and CAPITAL_AFTER.match(text, end)):
            h.put("dated", iso, "date-line", (begin, end))  # below a web page's menus: a date on a line of its own,
            return  # or after its place ("Managua, 7 de diciembre de 2023")
        if _sitting(text, weekday_before(text, begin)):  # "This question was answered on 12th November 2020"
            h.put("dated", iso, "sitting-date", (begin, end))
            return
    tail_start = max(0, len(text) - 300)
    m = re.search(DATELINE, text[tail_start:])
    if m:
        found = find_dates(text, tail_start + m.end())
        if found and found[0][0] == tail_start + m.end():
            h.put("dated", found[0][2], "place-dateline", found[0][:2])
            return
    closing = _closing_date(text, tail_start) or _closing_date(text, min(TOP, tail_start))  # (a page may repeat
    if closing:  # its text after the closing line)
        h.put("dated", closing[2], "closing-date", closing[:2])
        return
    published = _labelled_date(text, tail_start)  # "First Published: Fri, September 02 2022. 10:11 IST" under a news item
    if published:
        h.put("dated", published[2], "published-line", published[:2])
    elif posted and not REPOSTED.search(text, 0, min(len(text), TOP)):
        h.put("dated", posted[2], "posted-date", posted[:2])  # (not a text a page reposts from its archive)


def _labelled_date(text: str, start: int) -> tuple[int, int, str] | None:
    """A date under one of the lexicons' ``header.date_label`` words ("Published:", "First Published:", "Publié le"),
    alone on its line after ``start``: a news page's publication line at its foot."""
    label = lexicon.all_languages_pattern("header", "date_label")
    for begin, end, iso in find_dates(text, start):
        line_start = text.rfind("\n", 0, begin) + 1
        line_end = text.find("\n", end) % (len(text) + 1)
        lead = re.match(r"[ \t]*(?:first[ \t]+|last[ \t]+)?", text[line_start:begin], re.I)
        labelled = label.match(text, line_start + lead.end())  # type: ignore[union-attr]
        if labelled and LABEL_TO_DATE.fullmatch(text, labelled.end(), begin) and TIME_AFTER.fullmatch(text, end, line_end):
            return begin, end, iso
    return None


LABEL_TO_DATE = re.compile(r"[ \t]*:?[ \t]*(?:(?:on|le|el)[ \t]+)?(?:[^\W\d_]{3,9}\.?,?[ \t]+)?")  # ("Published: Fri, ...")
TIME_AFTER = re.compile(r"[ \t.,|-]*(?:\d{1,2}[:.h]\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?(?:[ \t]*[A-Z]{2,4})?)?[ \t.]*")  # ("10:11 IST")


# after the lexicon's ``header.closing_date`` word: a place (its words capitalised), an article, then the date ending the line
CLOSING_DATE_GAP = re.compile(r"[ \t]*:?[ \t]*(?:(?:at|in|à|en)[ \t]+(?-i:[A-Z])[\w.'’-]+(?:[ \t]+(?-i:[A-Z])[\w.'’-]+){0,3},?[ \t]*)?"
                              r"(?:(?:on|le|el|du|del)[ \t]+)?")
CLOSING_AFTER = re.compile(r"(?:^|\n[ \t]*\n|[.!?:;\"”»)][ \t]*\n|\n[^\n]{1,40}\n)[ \t]*$")  # a blank line, a sentence's end or a short line above


@memo.per_document
def _closing_date(text: str, start: int) -> tuple[int, int, str] | None:
    """The text's own date on a closing line of its own after ``start``: "Issued on October 9, 2024.",
    "Dated:  19 June 2021", "Fait à Genève, le 5 mai 2020"."""
    for m in closing_words(text, start):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not CLOSING_AFTER.search(text, max(0, line_start - 200), line_start):
            continue  # a sentence wrapped onto the line ("... Representative\ndated 5 May")
        gap = CLOSING_DATE_GAP.match(text, m.end())
        found = find_dates(text, gap.end(), gap.end() + 40) if gap else []
        if found and found[0][0] == gap.end() and DATE_LINE_END.match(text, found[0][1]):  # type: ignore[union-attr]
            return found[0]
    return None


DATELINE_REACH = 800  # "Geneva, 5 December 2017" on a line of its own under the heading


def heading_dateline(text: str, h: Header, at: int, end: int, spoken: bool) -> None:
    """A "Place, date" line under the heading dates the statement (a date above the heading is the page's: when it was
    posted), as does the date that ends a speech's heading after the meeting and "on" ("... at the Security Council Open
    Debate on 'Combating Terrorism' on 19 November, 2014"; not "the launch of a missile on", "the discussions held on")."""
    for m in re.finditer(r"(?:^|\n)[ \t]*[A-Z][\w .'’-]{2,30},[ \t]+(?=\S)", text[end:end + DATELINE_REACH]):
        found = find_dates(text, end + m.end(), end + m.end() + 40)
        if found and found[0][0] == end + m.end() and re.match(r"[ \t.]*(?:\n|$)", text[found[0][1]:]):
            h.put("dated", found[0][2], "heading-dateline", found[0][:2])
            return  # (a dateline below outweighs the heading's date)
    last = (find_dates(text, at, end) or [None])[-1] if spoken else None
    meeting = MEETING_ON.search(text, at, last[0]) if last and re.fullmatch(r"[\s.)]*", text[last[1]:end]) else None
    placed = PLACED.search(text, at, meeting.start()) if meeting else None  # delivered at the meeting, no topic before
    if last and placed and not TOPIC.search(text, at, placed.start()):  # ("Statement ... on the Russian veto at the session on")
        h.put("dated", last[2], "heading-date", last[:2])


PLACED = re.compile(r"\s(?:at|before|during|à|au|devant|ante|en|lors\s+de|durante)\s", re.I)
TOPIC = re.compile(r"\s(?:on|about|regarding|concerning|sur|sobre)\s", re.I)
# a meeting named before the heading's last words, then "on" and the date (not after a participle: "held on")
MEETING_ON = re.compile(r"\b(?:debate|meeting|session|dialogue|briefing|segment|d[ée]bat|s[ée]ance|sesi[óo]n|reuni[óo]n)"
                        r"(?:\s+(?:on|sur|sobre)\s+[“\"'‘«][^“”\"‘’«»\n]{3,150}[”\"'’»])?"  # its title quoted, no other topic ("briefing on
                        r"\s+(?:on|le|el)\s+$", re.I)  # the genocide in Srebrenica on 11 July 1995": the event's day)

"""Reports: a title such as "Report of the Secretary-General", "Report of the Working Group on
the Universal Periodic Review", "Report of the Human Rights Council on its twenty-eighth
session", "National report submitted in accordance with ...", "Compilation prepared by the
Office of the High Commissioner", "Rapport du Groupe de travail ...", "Informe nacional ...".

Not the agenda item's title printed above it in the header ("Annual report of the United
Nations High Commissioner ..."). The author: the body the title names after "of" or "prepared
by" (a "Report of the Council on its session" is the Council's); a national report's State,
named on its own line under the title (or, failing that, in the symbol: A/HRC/WG.6/7/SVN/1);
the addressee after "Report to" ("Report to the General Assembly"); and the State named alone on a
line over the title of a report to a body whose title names no other author nor that State
("United States of America / Report to the Counter-Terrorism Committee ...": its report).
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from unhrkg.extract import lexicon
from unhrkg.extract.gazetteer import Mention, states_gazetteer
from unhrkg.extract.dates import alone_on_line, find_dates
from unhrkg.extract.genres import Genre
from unhrkg.extract.genres.salutation import CHAIR_WORD
from unhrkg.extract.model import Header
from unhrkg.extract.parties import party_at
from unhrkg.extract.scan import Lines
from unhrkg.model.reference import load_reference
from unhrkg.extract.text import SPACES

SEARCH = 3000
AGENDA_LINE = Lines(re.compile(r"^\s*(?:Provisional\s+)?(?:agenda\s+)?items?\s+\d[^\n]*$|"
                         r"^\s*(?:point|tema|punto)s?\s+\d[^\n]*(?:ordre\s+du\s+jour|programa|orden\s+del\s+d[ií]a)[^\n]*$", re.I | re.M))
ARTICLE_BEFORE = re.compile(r"(?<![\w])(?:the|a|an|this|its|their|our|his|her|le|la|les|du|de|des|un|une|el|los|del|"
                            r"un|una|su|sus|in|of|to|on|en|au|al)(?:\s+|[ \t]+(?:(?-i:[a-zé][\w-]*)[ \t]+){1,2})$", re.I)  # "the most recent Report on"
_AGENDA_ITEM = (r"(?:items?|points?|temas?|puntos?)\s+\d{1,3}(?:\s?\([a-z]\))?(?:\s+(?:of\s+the\s+(?:provisional\s+)?agenda|"
                r"de\s+l['’]ordre\s+du\s+jour|del\s+programa|del\s+orden\s+del\s+d[ií]a))?")
# the agenda item's own title ("Item 63, Special Report of the Security Council"), on the next line, or under a blank
# line ("Agenda item 2\n\nANNUAL REPORT OF THE UNITED NATIONS HIGH COMMISSIONER", "Agenda item 29\n\nReport of the
# Security Council\n\nStatement by ..."); the document's own title there only over a report's body ("Agenda item 44\n\n
# Report of the Secretary-General\n\n1. The present report ...")
AGENDA_BEFORE = re.compile(rf"{_AGENDA_ITEM}(?:[ \t]+|[ \t]*\n[ \t]*|[ \t]*[,:–—-][ \t]*(?-i:[A-Z][\w-]*[ \t]+){{0,2}})\Z", re.I)
AGENDA_ABOVE = re.compile(rf"{_AGENDA_ITEM}\s+\Z", re.I)
# a report's body opening under its title: "1. The present report", "I. Introduction", "Summary" (a statement under the
# item's title opens with its own heading: "Statement by the delegation of ...")
REPORT_BODY = re.compile(r"\s*(?:\d{1,2}\.\s|[IV]{1,3}\.\s|(?:Summary|R[ée]sum[ée]|Resumen|Introduction|Introducci[óo]n)\b)")
GENRE_TITLE = re.compile(r"(?:LETTER|NOTE|LETTRE|CARTA|NOTA)\b")  # the document's own title in capitals ends the item's
UNDER_TITLE = 700
QUOTES = "\"“‘'«"
IN_LINE = 80  # a title stands this near its line's start, but in capitals or in a flattened header
UNDER_REVIEW = re.compile(r"(?:presented|submitted)\s+by\s+the\s+State\s+under\s+review|pr[ée]sent[ée]e?s?\s+par\s+l['’][ÉE]tat\s+"
                          r"examin[ée]|presentad[oa]s?\s+por\s+el\s+Estado\s+examinado", re.I)  # a national report's State is printed within this much after its title


@cache
def _title() -> re.Pattern[str]:
    titles = lexicon.all_languages_pattern("report", "titles").pattern
    after = lexicon.all_languages_pattern("report", "next").pattern
    # "Report" capitalised, as a heading is: at a line start or in capitals within a flattened header
    return re.compile(rf"(?<![\w-])(?P<title>{titles})\*?\s+(?={after})", re.I)


BELOW_LINE = re.compile(r"\s*\n[ \t]*([^\n]+)")  # (matched where they start, not in a copy of the rest of the text)
NEXT_LINE = re.compile(r"\n*([^\n]*)")


def _agenda_titles(text: str, end: int) -> list[tuple[int, int]]:
    """Spans of the agenda item titles printed with 'Agenda item N' in the header: the rest of
    its line, the next line, and the lines that continue it (a wrapped title goes on in lower case)."""
    spans = []
    for m in AGENDA_LINE.finditer(text, 0, end):
        start = m.end() + 1
        stop = text.find("\n", start)
        stop = len(text) if stop < 0 else stop
        below = BELOW_LINE.match(text, m.end())  # a title in capitals may stand below a blank line
        capitals = bool(below) and below.group(1).strip().isupper()  # and goes on in capitals, blank lines between
        while stop + 1 < len(text):
            ahead = NEXT_LINE.match(text, stop)
            line = ahead.group(1).strip() if ahead else ""
            if not (text[stop + 1:stop + 2].islower() or (capitals and line.isupper() and not GENRE_TITLE.match(line))):
                break
            nxt = text.find("\n", ahead.start(1))
            stop = len(text) if nxt < 0 else nxt
        if "\n" not in text[m.end():m.end() + 2] and "\n" not in text[start:stop]:  # a flattened header
            stop = text.find("\n\n", m.end())
            stop = len(text) if stop < 0 else stop
        spans.append((m.start(), stop))  # a title printed on the item's own line ("Agenda Item 2 General Debate: ...") too
    return spans


ITEM_ECHO = 40  # this much of a title found again in an agenda item's title below it
TAKING_NOTE_REACH = 24  # "TAKES DUE NOTE": the verb before the word


@lru_cache(maxsize=4)  # asked by the cue, then by the reading of the same text
def _heading(text: str, stop: int = SEARCH) -> re.Match[str] | None:
    titles = _agenda_titles(text, SEARCH + 400)
    for m in _title().finditer(text, 0, min(stop, SEARCH)):
        word = m.group("title")
        if not word[0].isupper() or ARTICLE_BEFORE.search(text[max(0, m.start("title") - 30):m.start("title")]) or \
                AGENDA_BEFORE.search(lead := text[max(0, m.start("title") - 40):m.start("title")]) or AGENDA_ABOVE.search(lead) and (
                    word.isupper() or not REPORT_BODY.match(text, text.find("\n", m.end()) % (len(text) + 1))):
            continue  # a title is capitalised and stands alone: "the Report of ..." is a mention
        line_start = text.rfind("\n", 0, m.start("title")) + 1
        if any(a <= m.start("title") < b for a, b in titles) and (not word.isupper() or text[line_start:m.start("title")].strip()):
            continue  # within the item's title (a title in capitals of its own starts its line)
        if _item_title_below(text, m) and lexicon.all_languages_pattern("draft_heading").search(text, m.end(), SEARCH + 1500):
            continue  # the agenda item's title, printed again above the draft under "Agenda item 2": a page's title
        if _chair_below(text, m.end()):
            continue  # "GA: Report of the Human Rights Council / Statement given by ... / Mr. President,": a speech's page
            # titled by the report it speaks to
        before = text[line_start:m.start("title")]
        if before.rstrip()[-1:] in QUOTES and before.rstrip()[:-1].strip():
            continue  # 'las conclusiones del denominado ‘Informe de Derechos Humanos 2024’': a title quoted in a sentence
        headline = re.split(r"[:–—]", before)[-1]  # ("Impact of arms transfers on human rights: Report of the ...": a title)
        if not word.isupper() and len(before) <= IN_LINE and any(
                a.group(0).islower() for a in lexicon.all_languages_pattern("report", "about").finditer(headline)):
            continue  # "Sudan: FM Issues Statement on UN Team Latest Report on ...": what a headline is about
        if m.start("title") - line_start > IN_LINE and not word.isupper() and not _in_header(text, line_start):
            continue  # far into a paragraph ("the Panel of Experts' (PoE) Report on Sri Lanka"): a mention
        if lexicon.all_languages_pattern("report", "not_titles").match(text, m.start("title")):
            continue  # "Nota de prensa", "Note de presse": a press release, not a note by an office
        if any(n.end() == m.end("title") for n in lexicon.all_languages_pattern("report", "taking_note").finditer(
                text, max(0, m.start("title") - TAKING_NOTE_REACH), m.end("title"))):
            continue  # "1. TAKES NOTE of the Report": an operative paragraph's verb, not a note's title
        return m
    return None


def _item_title_below(text: str, m: re.Match[str]) -> bool:
    """The title's first words open the title of an agenda item printed below it ("Agenda item 2 / Annual report of
    the United Nations High Commissioner ...": a web page titled by the item its draft is under)."""
    echo = text[m.start("title"):m.start("title") + ITEM_ECHO]
    for item in AGENDA_LINE.finditer(text, m.end(), min(len(text), SEARCH + 400)):
        if text.startswith(echo, SPACES.match(text, item.end()).end()):  # type: ignore[union-attr]
            return True
    return False


def _chair_below(text: str, end: int) -> bool:
    """A line holding only the word to the chair ("Mr. President,", "Madam Chair,") within ``UNDER_TITLE`` below the
    title, before any report's body opens: a speech, which a report never starts with; unless a letter's title stands
    between, with no speech's heading ("Letter of transmittal / Mr. President,": the report's covering letter)."""
    heading = letter = False
    for line in re.finditer(r"^[^\n]*$", text[end:end + UNDER_TITLE], re.M):
        if REPORT_BODY.match(line.group(0)):
            return False
        heading = heading or bool(lexicon.all_languages_pattern("author", "statement_heading").match(line.group(0).lstrip()))
        letter = letter or bool(LETTER_LINE.match(line.group(0)))
        if CHAIR_WORD.fullmatch(line.group(0)):
            return heading or not letter
    return False


LETTER_LINE = re.compile(r"[ \t]*(?:Letter|Lettre|Carta)\b", re.I)


def _in_header(text: str, line_start: int) -> bool:
    """The line is the first and no sentence (a sentence ends in a stop), or follows a UN header's
    "Distr." (a header a text layer flattened)."""
    line_end = text.find("\n", line_start)
    first = not text[:line_start].strip() and not text[line_start:line_end if line_end >= 0 else None].rstrip().endswith(".")
    return first or bool(
        lexicon.all_languages_pattern("header", "distribution").search(text, 0, line_start))


def cue(text: str, h: Header) -> int | None:
    m = _heading(text, h.zone_end or SEARCH)
    return m.start("title") if m else None


def _national_state(text: str, start: int, h: Header) -> str | None:
    """The State a national report is of: a line holding only its name, under the title."""
    for line in re.finditer(r"^[ \t]*(?P<name>[^\n*]{3,60}?)[ \t*\d]*$", text[start:start + UNDER_TITLE], re.M):
        st = states_gazetteer().match_at(text, start + line.start("name"))
        if st and st.value and st.end >= start + line.end("name") - 1:
            return str(st.value)
    if h.symbol:  # UPR documents carry the State's code: A/HRC/WG.6/7/SVN/1
        for part in h.symbol.split("/"):
            if part in load_reference().states:
                return part
    return None


def read(text: str, h: Header, at: int) -> None:
    m = _heading(text)
    if m is None:
        return
    h.put("doc_type", "report", "report-title", (m.start("title"), m.end()))
    _read_title(text, h, m)
    _transmitted(text, h, m.start("title"))


TRANSMITS_REACH = 2000  # the note's one sentence follows its title


def _transmitted(text: str, h: Header, at: int) -> None:
    """A note by the Secretary-General that transmits a report ("The Secretary-General has the honour to transmit to
    the members of the General Assembly the interim report ..."): the Secretary-General writes it, to the body named,
    where the report's title named no author of its own (the lexicon's ``report.sg_transmits``)."""
    if h.author_states:
        return
    found = lexicon.all_languages_pattern("report", "sg_transmits").search(text, at, at + TRANSMITS_REACH)
    if found is None:
        return
    if h.author_body is None and not _state_titled(text, at):
        h.put("author_body", "SG", "sg-transmits", (found.start(), found.end()))
    party = party_at(text, SPACES.match(text, found.end()).end(), h.symbol)  # type: ignore[union-attr]
    if h.addressee is None and party and party.code in load_reference().bodies and party.code not in ("UN", "SG"):
        h.put("addressee", party.code, "sg-transmits", (party.start, party.end))


TITLE_OF = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:of|by|du|de|del|de\s+la|présenté\s+par|presentado\s+por)\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+)?"
                      r"(?:Government\s+of\s+(?:the\s+)?|Gouvernement\s+d[eu]\s+|Gobierno\s+de\s+)?", re.I)


def _state_titled(text: str, at: int) -> bool:
    """The report's title names a State as its author ("Report of the Government of Iraq", "Report of Israel"): the
    Secretary-General transmits it, the State wrote it."""
    title = _title().match(text, at)
    lead = TITLE_OF.match(text, title.end("title")) if title else None
    st = states_gazetteer().match_at(text, lead.end()) if lead else None
    return bool(st and st.value)


def _read_title(text: str, h: Header, m: re.Match[str]) -> None:
    """The author or addressee the report's title names."""
    title = m.group("title").lower()
    national = lexicon.all_languages_pattern("report", "national")
    if national.fullmatch(title):
        state = _national_state(text, m.end(), h)
        if state:
            h.put("author_states", [state], "national-report-state")
        return
    if UNDER_REVIEW.search(text, m.end(), m.end() + UNDER_TITLE):  # an addendum of the State's own views
        state = _national_state(text, m.end(), h)
        if state:
            h.put("author_states", [state], "state-under-review")
            return
    by = lexicon.all_languages_pattern("report", "by")
    of = lexicon.all_languages_pattern("report", "of")
    to = lexicon.all_languages_pattern("report", "to")
    rest = text[m.end():m.end() + 200]
    leads = {}
    for pattern, name, rule in ((by, "author_body", "report-prepared-by"), (of, "author_body", "report-of"),
                                (to, "addressee", "report-to")):
        leads[rule] = lead = re.match(rf"(?:[\w-]+\s+){{0,2}}?{pattern.pattern}\s+", rest, re.I)
        if not lead:
            continue
        party = party_at(text, m.end() + lead.end(), h.symbol)
        if party and party.code in load_reference().bodies and party.code != "UN":
            h.put(name, party.code, rule, (party.start, party.end))
            if name == "addressee" and h.author_body is None and h.symbol:
                _author_from_series(h)
            if name != "addressee":
                return
    line = text[m.start("title"):text.find("\n", m.end()) % (len(text) + 1)]
    to_body = leads["report-to"] and not leads["report-of"] and not leads["report-prepared-by"] and not WRITTEN_BY.search(line)
    state = _state_above(text, m.start("title")) if to_body and not h.author_body and not h.author_states else None
    if state and not any(s.value == state.value for s in states_gazetteer().find(line)):  # (not "Ukraine / Report ... in Ukraine")
        # "United States of America / Report to the Counter-Terrorism Committee": a State's report to a body
        h.put("author_states", [state.value], "state-over-report", (state.start, state.end))
        dated = next((d for d in find_dates(text, 0, m.start("title")) if alone_on_line(text, d[0], d[1])), None)
        if dated and not h.dated:  # "19 December 2001" on a line of its own over it: the report's date
            h.put("dated", dated[2], "date-over-report", dated[:2])


ABOVE_LINES = 3  # a State's name on one of the few lines over a report's title, nothing else on it
WRITTEN_BY = re.compile(r"\b(?:of|by|de|du|del|par|por)\s+(?:the|la|le|el)\s+(?-i:[A-Z])", re.I)  # "... of the Special Rapporteur"


def _state_above(text: str, title_start: int) -> Mention | None:
    lines = [m for m in re.finditer(r"^[ \t]*(\S[^\n]*?)[ \t]*$", text[:title_start], re.M)][-ABOVE_LINES:]
    for line in reversed(lines):
        st = states_gazetteer().match_at(text, line.start(1))
        if st and st.value and st.end == line.end(1):
            return st
    return None


def _author_from_series(h: Header) -> None:
    """'Report to the General Assembly' under a Council symbol: the Council reports."""
    from unhrkg.extract.symbols import series_body
    body = series_body(h.symbol or "")
    if body in ("HRC", "CHR", "SUBCOM"):
        h.put("author_body", body, "report-to-series")


GENRE = Genre("report", cue, read)

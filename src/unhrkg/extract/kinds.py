"""Documents without a "Letter/Note verbale dated" title: what they are and who wrote them.

- adopted texts: "Resolution/Decision adopted by the Human Rights Council", or a text that
  opens "The Human Rights Council," followed by preambular paragraphs; dated by the
  meeting that adopted it ("42nd meeting / 22 March 2012", "At its 58th meeting, on 19 April
  2005");
- reports: a heading line "Report of the Secretary-General" (not the agenda item's title
  printed above it, "Annual report of the United Nations High Commissioner ...");
- notes verbales without a title: "The Permanent Mission of X ... presents its compliments to";
- statements: "Statement by the Permanent Representative of X ...";
- communiqués: the State that speaks in the opening sentences; a "Place, date" line.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from unhrkg.extract.dates import find_dates
from unhrkg.extract.gazetteer import bodies_gazetteer, bodies_in, states_gazetteer, states_in, unique
from unhrkg.extract.parties import addressee_at, party_at
from unhrkg.reference import load_reference

if TYPE_CHECKING:
    from unhrkg.extract.header import Header

ADOPTED = re.compile(r"(?P<kind>Decision|Resolution)s?\s+adopted\s+by\s+(?:the\s+)?", re.I)
OPENING = re.compile(r"(?:^|(?<=\s))The\s+(?P<body>[A-Z][\w -]{3,70}?),\s+(?:\d+\.\s*)?[A-Z][a-z]+(?:ing|s|ed)\b",
                     re.M)
ISSUERS = ("CHR", "HRC", "GA", "SC", "ECOSOC", "SUBCOM")
MEETING = re.compile(r"\b\d{1,3}(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting\s*(?:,?\s*(?:held\s+)?on\s+|,\s*|\n\s*)?", re.I)
REPORT = re.compile(r"^\s*(?:Annual\s+|Interim\s+|Final\s+|Fifth\s+|Sixth\s+)?Report\s+of\s+(?:the\s+)?", re.I | re.M)
AGENDA_LINE = re.compile(r"^\s*(?:Provisional\s+)?(?:agenda\s+)?items?\s+\d[^\n]*$", re.I | re.M)
COMPLIMENTS = re.compile(r"presents?\s+(?:its|his|her|their)\s+compliments\s+to\s+", re.I)
STATEMENT = re.compile(r"^\s*(?:Joint\s+)?Statement\s+(?:delivered\s+|made\s+|read\s+out\s+)?by\s+", re.I | re.M)
OWN_NUMBER = re.compile(r"(?<![\w/.-])(?P<n>(?:S-)?\d{1,4}/\d{1,3})(?![\w/])")  # in the heading above the text
SUBJECT_VERB = re.compile(
    r"(?:^|\n)\s*(?:The\s+(?:Bolivarian\s+)?(?:Government|Permanent\s+Mission|Ministry\s+of\s+Foreign\s+Affairs|"
    r"Delegation|Mission|Embassy)\s+of\s+(?:the\s+)?)?(?P<state>[A-Z][\w' -]{2,60}?)(?:'s)?\s+"
    r"(?:has|have|says|said|states|stated|reiterates|reiterated|rejects|rejected|supports|welcomes|"
    r"reaffirms|expresses|condemns|calls|is|will|would|presents|informs|categorically|firmly|strongly)\b")
DATELINE = r"(?:^|\n)\s*[A-Z][a-zA-Z .'-]{2,30},\s+(?=\S)"


def _meeting_date(text: str, start: int, h: Header) -> None:
    """The adoption date: the first "Nth meeting[, on] DATE" after the heading."""
    for meeting in MEETING.finditer(text, start, min(len(text), start + 12000)):
        found = find_dates(text, meeting.end(), meeting.end() + 40)
        if found and found[0][0] == meeting.end():
            h.dated = found[0][2]
            h.rules["dated"] = "adoption-meeting-date"
            return


def _own_number(text: str, start: int, end: int, h: Header) -> None:
    found = list(OWN_NUMBER.finditer(text, start, end))
    if found and h.author_body in ISSUERS:
        h.own = (h.author_body, found[-1].group("n"))


def adopted_text(text: str, h: Header) -> bool:
    """Resolutions and decisions, by their heading or their opening 'The <Body>,'."""
    adopted = ADOPTED.search(text, 0, 3000)
    if adopted:
        h.doc_type = adopted.group("kind").lower()
        body = bodies_gazetteer().match_at(text, adopted.end())
        h.author_body = body.value if body else None
        opening = OPENING.search(text, adopted.end(), adopted.end() + 1500)
        _own_number(text, adopted.end(), opening.start() if opening else adopted.end() + 300, h)
        _meeting_date(text, adopted.end(), h)
        h.rules["doc_type"] = "adopted-by"
        return True
    for opening in OPENING.finditer(text, 0, min(len(text), 3000)):
        body = bodies_gazetteer().match_at(text, opening.start("body"))
        if body and body.value in ISSUERS and body.end >= opening.end("body"):
            heading = text[:opening.start()]
            h.doc_type = "decision" if re.search(r"\bdecision\b", heading, re.I) else "resolution"
            h.author_body = body.value
            _own_number(text, 0, opening.start(), h)
            _meeting_date(text, opening.end(), h)
            h.rules["doc_type"] = "opening-the-body"
            return True
    return False


def _agenda_titles(text: str, end: int) -> list[tuple[int, int]]:
    """Spans of the agenda item titles printed under 'Agenda item N' in the header."""
    spans = []
    for m in AGENDA_LINE.finditer(text, 0, end):
        stop = text.find("\n\n", m.end())
        spans.append((m.end(), stop if stop > 0 else len(text)))
    return spans


def report(text: str, h: Header) -> bool:
    titles = _agenda_titles(text, h.zone_end + 400)
    for m in REPORT.finditer(text, 0, h.zone_end + 400):
        if any(a <= m.start() < b for a, b in titles):
            continue
        h.doc_type = "report"
        party = party_at(text, m.end(), h.symbol)
        is_body = party is not None and party.code in load_reference().bodies and party.code != "UN"
        h.author_body = party.code if party and is_body else None
        h.rules["doc_type"] = "report-heading"
        return True
    return False


def note_without_title(text: str, h: Header) -> bool:
    compliments = COMPLIMENTS.search(text, 0, 4000)
    if not compliments:
        return False
    h.doc_type = "note_verbale"
    h.addressee, _ = addressee_at(text, compliments.end(), h.symbol)
    h.rules.update(doc_type="presents-compliments", addressee="presents-compliments")
    lead = text[max(0, compliments.start() - 300):compliments.start()]
    sender = re.search(r"(?:Permanent\s+Mission|Mission|Embassy|Delegation)\s+of\s+(?:the\s+)?", lead, re.I)
    if sender:
        st = states_gazetteer().match_at(text, compliments.start() - len(lead) + sender.end())
        if st and st.value:
            h.author_states = [st.value]
            h.rules["author_states"] = "mission-presents-compliments"
    return True


def statement(text: str, h: Header) -> bool:
    """'Statement by the Permanent Representative of X[, on behalf of ...]': X is the author."""
    m = STATEMENT.search(text, 0, 600)
    if not m:
        return False
    line_end = text.find("\n", m.end())
    part = re.split(r",?\s+on\s+behalf\s+of\b|,?\s+on\s+(?:the\s+)?(?:agenda|item|adoption|draft|resolution)\b",
                    text[m.end():line_end if line_end > 0 else len(text)], flags=re.I)[0]
    end = m.end() + len(part)
    h.doc_type = "other"
    h.author_states = unique([s.value for s in states_in(text, m.end(), end)])
    if not h.author_states:
        bodies = [b.value for b in bodies_in(text, m.end(), end) if b.value != "UN"]
        h.author_body = bodies[0] if bodies else None
    h.rules.update(doc_type="statement-by", author_states="statement-by")
    return True


def subject_state(text: str, h: Header) -> None:
    """Statements and communiqués: the State that speaks in the opening sentences."""
    for m in SUBJECT_VERB.finditer(text, 0, min(len(text), 1500)):
        st = states_gazetteer().match_at(text, m.start("state"))
        if st and st.value and st.kind == "name":
            h.author_states = [st.value]
            h.rules["author_states"] = "opening-subject"
            return


def dateline(text: str, h: Header) -> None:
    """A "Geneva, 27 March 2008" line opening or closing the text dates it."""
    head = min(len(text), 800)
    for m in re.finditer(DATELINE, text[:head]):
        found = find_dates(text, m.end())
        if found and found[0][0] == m.end() and re.match(r"\s*\.?\s*(?:\n|$)", text[found[0][1]:]):
            h.dated, h.rules["dated"] = found[0][2], "place-dateline"
            return
    tail_start = max(0, len(text) - 300)
    m = re.search(DATELINE, text[tail_start:])
    if m:
        found = find_dates(text, tail_start + m.end())
        if found and found[0][0] == tail_start + m.end():
            h.dated, h.rules["dated"] = found[0][2], "place-dateline"

"""The document's own particulars: header block, title line, type, dates, authors, addressee.

A UN document opens with a header (organ, distribution, symbol, issue date, original
language, session, agenda item and its title) and a title line ("Letter dated ... from
the Permanent Representative of X to ... addressed to ..."). Either may be missing, out
of order, or flattened onto one line; each rule below looks for its own cue.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from unhrkg.extract.dates import find_dates
from unhrkg.extract.gazetteer import Mention, bodies_gazetteer, bodies_in, fold, states_gazetteer, states_in, unique
from unhrkg.extract.symbols import find_symbols
from unhrkg.reference import load_reference

LANGUAGES = {"english": "en", "french": "fr", "spanish": "es", "russian": "ru", "arabic": "ar",
             "chinese": "zh", "anglais": "en", "francais": "fr", "français": "fr", "espagnol": "es"}
TITLE = re.compile(
    r"(?<![\w])(?P<kind>(?:identical\s+|joint\s+)?(?:letters?|notes?\s+verbales?))\s+dated\s+", re.I)
ADOPTED = re.compile(r"(?P<kind>Decision|Resolution)s?\s+adopted\s+by\s+(?:the\s+)?", re.I)
REPORT = re.compile(r"^\s*(?:Annual\s+|Interim\s+|Final\s+)?Report\s+of\s+(?:the\s+)?", re.I | re.M)
ADDRESSED = re.compile(r"\baddressed\s+to\s+", re.I)
HOLDER = re.compile(
    r"(?:the\s+)?(?:(?:Acting\s+)?(?:President|Chairperson|Chairman|Chairwoman|Chair|Vice-President|"
    r"Secretariat|Bureau|members)\s+of\s+(?:the\s+)?(?:[\w-]+\s+(?:special\s+)?session\s+of\s+(?:the\s+)?)?)?", re.I)
COMPLIMENTS = re.compile(r"presents?\s+(?:its|his|her|their)\s+compliments\s+to\s+", re.I)
ORIGINAL = re.compile(r"(?<!\[)\bOriginal\s*:\s*([A-Za-zçÇ]+)", re.I)
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
    m = ADOPTED.search(text, 0, 3000)
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


def _entity_at(text: str, pos: int) -> Mention | None:
    """The body or State named at pos, after an office-holder phrase ('President of the')."""
    holder = HOLDER.match(text, pos)
    at = holder.end() if holder else pos
    found = [m for m in (bodies_gazetteer().match_at(text, at), states_gazetteer().match_at(text, at)) if m and m.value]
    if found:
        return max(found, key=lambda m: m.end)
    return None


def _fuzzy_body(phrase: str) -> str | None:
    """OCR- and typo-tolerant lookup of a short phrase against body names."""
    key = fold(phrase)
    names = {fold(n): b.code for b in load_reference().bodies.values() for n in b.names if len(n) > 12}
    for cut in range(len(key), 10, -1):
        close = difflib.get_close_matches(key[:cut], list(names), n=1, cutoff=0.9)
        if close:
            return names[close[0]]
    return None


def addressee_at(text: str, pos: int) -> tuple[str | None, int]:
    """(code, end) of the addressee named at pos: a body code, SG, or a State's ISO3."""
    mention = _entity_at(text, pos)
    if mention:
        return mention.value, mention.end
    phrase = re.split(r"\n\s*\n|[.;]", text[pos:pos + 120])[0]
    phrase = re.sub(r"^(?:the\s+)", "", phrase.strip(), flags=re.I)
    code = _fuzzy_body(re.sub(r"\s+", " ", phrase))
    return code, pos + len(phrase)


def _parse_title(text: str, m: re.Match[str], h: Header) -> None:
    h.title_start = m.start()
    kind = m.group("kind").lower()
    h.doc_type = "note_verbale" if "verbale" in kind or kind.startswith("note") else "letter"
    dates = find_dates(text, m.end(), m.end() + 40)
    if dates and dates[0][0] == m.end():
        h.dated, cursor = dates[0][2], dates[0][1]
    else:
        cursor = m.end()
    paragraph_end = text.find("\n\n", cursor)
    limit = min(len(text), cursor + 700, paragraph_end if paragraph_end > 0 else len(text))
    addressed = ADDRESSED.search(text, cursor, limit + 200)
    from_end = addressed.start() if addressed else limit
    from_part = (cursor, from_end)
    h.author_states = unique([s.value for s in states_in(text, *from_part)])
    bodies = bodies_in(text, *from_part)
    for b in bodies:
        if re.search(r"\bto\s+(?:the\s+)?$", text[max(0, b.start - 8):b.start], re.I):
            h.accredited_to = h.accredited_to or b.value
    if not h.author_states:
        authors = [b.value for b in bodies if b.value != h.accredited_to]
        h.author_body = authors[0] if authors else None
    end = from_end
    if addressed:
        h.addressee, end = addressee_at(text, addressed.end())
        h.rules["addressee"] = "title-addressed-to"
    h.title_end = end
    h.title = re.sub(r"\s+", " ", text[m.start():end]).strip(" ,.")
    h.rules.update(dated="title-dated", doc_type="title-kind", author_states="title-from")


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
        h.issued = iso
        h.rules["issued"] = "header-date"
        break
    lang = ORIGINAL.search(zone)
    if lang:
        h.language = LANGUAGES.get(lang.group(1).lower())


def _untitled(text: str, h: Header) -> None:
    """Documents without a letter/note title: decisions, resolutions, reports, notes, statements."""
    adopted = ADOPTED.search(text, 0, 3000)
    if adopted:
        h.doc_type = adopted.group("kind").lower()
        body = bodies_gazetteer().match_at(text, adopted.end())
        h.author_body = body.value if body else None
        meeting = re.search(r"\d+(?:st|nd|rd|th)\s+meeting\s*\n?\s*", text[adopted.end():])
        found = find_dates(text, adopted.end() + meeting.end()) if meeting else []
        if found and found[0][0] == adopted.end() + meeting.end():
            h.dated = found[0][2]
            h.rules["dated"] = "adoption-meeting-date"
        h.rules["doc_type"] = "adopted-by"
        return
    report = REPORT.search(text, 0, h.zone_end + 400)
    if report:
        h.doc_type = "report"
        body = _entity_at(text, report.end())
        h.author_body = body.value if body and len(body.value or "") > 3 or (body and body.value == "SG") else None
        return
    compliments = COMPLIMENTS.search(text, 0, 4000)
    if compliments:
        h.doc_type = "note_verbale"
        h.addressee, _ = addressee_at(text, compliments.end())
        h.rules.update(doc_type="presents-compliments", addressee="presents-compliments")
        lead = text[max(0, compliments.start() - 300):compliments.start()]
        sender = re.search(r"(?:Permanent\s+Mission|Mission|Embassy|Delegation)\s+of\s+(?:the\s+)?", lead, re.I)
        if sender:
            offset = compliments.start() - len(lead)
            st = states_gazetteer().match_at(text, offset + sender.end())
            if st and st.value:
                h.author_states = [st.value]
                h.rules["author_states"] = "mission-presents-compliments"
    else:
        h.doc_type = "other"


SUBJECT_VERB = re.compile(
    r"(?:^|\n)\s*(?:The\s+(?:Bolivarian\s+)?(?:Government|Permanent\s+Mission|Ministry\s+of\s+Foreign\s+Affairs|"
    r"Delegation|Mission|Embassy)\s+of\s+)?(?P<state>[A-Z][\w' -]{2,60}?)(?:'s)?\s+"
    r"(?:has|have|says|said|states|stated|reiterates|reiterated|rejects|rejected|supports|welcomes|"
    r"reaffirms|expresses|condemns|calls|is|will|would|presents|informs|categorically|firmly|strongly)\b")


def _subject_state(text: str, h: Header) -> None:
    """Statements and communiqués: the State that speaks in the opening sentences."""
    for m in SUBJECT_VERB.finditer(text, 0, min(len(text), 1500)):
        st = states_gazetteer().match_at(text, m.start("state"))
        if st and st.value and st.kind == "name":
            h.author_states = [st.value]
            h.rules["author_states"] = "opening-subject"
            return


def read_header(text: str) -> Header:
    """Parse the header block and the title line of a normalised document text."""
    title = _find_title(text)
    h = Header(zone_end=_header_zone_end(text, title))
    _issued_and_symbol(text, h)
    if title is not None:
        _parse_title(text, title, h)
    else:
        _untitled(text, h)
    if h.symbol and "/DEC/" in h.symbol and h.doc_type == "other":
        h.doc_type = "decision"
    if h.symbol and "/RES/" in h.symbol and h.doc_type == "other":
        h.doc_type = "resolution"
    if not h.author_states and not h.author_body:
        _subject_state(text, h)
    if h.dated is None and h.doc_type in ("other", "letter", "note_verbale"):
        tail = text[-300:]
        m = re.search(r"(?:^|\n)\s*[A-Z][a-zA-Z .'-]{2,30},\s+(?=\S)", tail)
        if m:
            found = find_dates(text, len(text) - len(tail) + m.end())
            if found and found[0][0] == len(text) - len(tail) + m.end():
                h.dated = found[0][2]
                h.rules["dated"] = "place-dateline"
    return h

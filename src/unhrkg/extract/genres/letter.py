"""Letters and notes verbales with a title line.

"Letter dated 28 February 2005 from the Permanent Representative of X to the United Nations
Office at Geneva addressed to the Chairperson of the Commission on Human Rights"; "Note verbale
datée du 5 octobre 2012 adressée au Haut-Commissariat ... par la Mission permanente de X";
"Carta de fecha ... dirigida al Presidente del Consejo de Derechos Humanos por el Representante
Permanente de X"; and the short form "Letter from X, Permanent Observer of Y to the U.N., to
the Secretary-General". The title gives the type, the date, the authors (the States named
in the from-part) and the addressee (named after "addressed to"). A letter with no title is
known by its salutation ("Señor Presidente:", "Madam,") under a date on a line of its own;
the lines between them name the addressee.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from unhrkg.extract import lexicon
from unhrkg.extract.dates import find_dates
from unhrkg.extract.gazetteer import bodies_in, states_in, unique
from unhrkg.extract.genres import Genre
from unhrkg.extract.model import Header
from unhrkg.extract.parties import author_body_in, party_at

SEARCH = 4000  # a title stands near the top


@cache
def _title() -> re.Pattern[str]:
    kinds = lexicon.all_languages_pattern("title", "letter").pattern
    notes = lexicon.all_languages_pattern("title", "note_verbale").pattern
    dated = lexicon.all_languages_pattern("title", "dated").pattern
    return re.compile(rf"(?<![\w])(?P<kind>(?P<letter>{kinds})|{notes})\s+{dated}\s+", re.I)


@cache
def _addressed() -> re.Pattern[str]:
    return re.compile(lexicon.all_languages_pattern("title", "addressed_to").pattern + r"\s+", re.I)


FROM_TITLE = re.compile(r"(?:^|\n)[ \t]*(?P<kind>(?P<letter>Letter)|Note(?:\s+verbale)?)\s+from\s+", re.I)
TO_AFTER_COMMA = re.compile(r",\s*to\s+(?=the\s+|[A-Z])", re.I)
QUOTED_BEFORE = re.compile(r"(?:to|of|in|from|with)\s+(?:the|this|a|his|her|my|our|its|la|el|une?|cette|sa|su)\s+$", re.I)


@lru_cache(maxsize=4)  # asked by the cue, then by the reading of the same text
def find_title(text: str) -> re.Match[str] | None:
    """The first title line that is not a mention of another letter ("Annex to the letter dated")."""
    for pattern in (_title(), FROM_TITLE):
        for m in pattern.finditer(text, 0, min(len(text), SEARCH)):
            if QUOTED_BEFORE.search(text[max(0, m.start() - 16):m.start()]):
                continue
            return m
    return None


SALUTATION = re.compile(
    r"^[ \t]*(?:Dear\s+)?(?:Mr\.?|Mrs\.?|Ms\.?|Madam|Madame|Sir|Excellency|Your\s+Excellency|Se[ñn]or(?:a)?|Monsieur|"
    r"Excelent[ií]sim[oa]|Excelencia)\b[^\n]{0,50}[:,][ \t]*$", re.M)
DATE_LINE = re.compile(r"^[ \t]*(?:[A-Z][\w .'-]{2,30},[ \t]+)?(?P<date>[^\n]{6,30}?)[ \t.]*$", re.M)
LETTER_HEAD = 700  # a letter's dateline and address stand within this much above its salutation


@lru_cache(maxsize=4)  # asked by the cue, then by the reading of the same text
def _salutation_letter(text: str) -> tuple[re.Match[str], tuple[int, int, str]] | None:
    """A letter with no title: a date on a line of its own, the addressee's lines, "Señor Presidente:"."""
    for sal in SALUTATION.finditer(text, 0, min(len(text), SEARCH)):
        for line in DATE_LINE.finditer(text, max(0, sal.start() - LETTER_HEAD), sal.start()):
            found = find_dates(text, line.start("date"), line.end("date"))
            if found and found[0][0] == line.start("date") and found[0][1] >= line.end("date") - 1:
                return sal, found[0]
    return None


def cue(text: str, h: Header) -> int | None:
    m = find_title(text)
    if m:
        return m.start()
    letter = _salutation_letter(text)
    return letter[0].start() if letter else None


def _read_salutation_letter(text: str, h: Header, at: int) -> None:
    """Type, date and addressee of a letter without a title (the author is found as for a statement)."""
    letter = _salutation_letter(text)
    if letter is None or letter[0].start() != at:
        return
    sal, (begin, end, iso) = letter
    h.put("doc_type", "letter", "salutation-letter", (sal.start(), sal.end()))
    h.put("dated", iso, "letter-dateline", (begin, end))
    for line in re.finditer(r"^[ \t]*(\S[^\n]*)$", text[end:sal.start()], re.M):
        party = party_at(text, end + line.start(1), h.symbol)
        if party and party.code not in ("UN",):
            h.put("addressee", party.code, "letter-address", (party.start, party.end))
            return


def read(text: str, h: Header, at: int) -> None:
    """Type, date, authors and addressee from the title line at `at`."""
    m = find_title(text)
    if m is None or m.start() != at:
        _read_salutation_letter(text, h, at)
        return
    h.title_start = m.start()
    h.put("doc_type", "letter" if m.group("letter") else "note_verbale", "title-kind", (m.start(), m.end()))
    cursor = m.end()
    dates = find_dates(text, m.end(), m.end() + 40)
    if dates and dates[0][0] == m.end():
        h.put("dated", dates[0][2], "title-dated", dates[0][:2])
        cursor = dates[0][1]
    paragraph_end = text.find("\n\n", cursor)
    limit = min(len(text), cursor + 700, paragraph_end if paragraph_end > 0 else len(text))
    from_form = m.re is FROM_TITLE
    addressed = (TO_AFTER_COMMA if from_form else _addressed()).search(text, cursor, limit + 200)
    _authors_and_addressee(text, h, cursor, addressed.start() if addressed else limit, addressed, limit)


def _authors_and_addressee(text: str, h: Header, cursor: int, from_end: int,
                           addressed: re.Match[str] | None, limit: int) -> None:
    """Authors in the from-part; the addressee after "addressed to" (or, in French and Spanish
    titles, the from-part may follow the addressee: "adressée au ... par la Mission de X")."""
    spans = [(cursor, from_end)]
    if addressed and not states_in(text, cursor, from_end):  # "adressée au ... par la Mission de X"
        by = re.search(r"\b(?:par|por|by)\s+(?:la|le|el|l'|the)\s*", text[addressed.end():limit], re.I)
        if by:
            spans.append((addressed.end() + by.start(), limit))
    states = [s.value for a, b in spans for s in states_in(text, a, b)]
    if states:
        h.put("author_states", unique(states), "title-from")
    for a, b in spans:
        for body in bodies_in(text, a, b):
            if re.search(r"\b(?:to|auprès|ante|en)\s+(?:the\s+|de\s+la\s+|del\s+|l'|la\s+)?$",
                         text[max(0, body.start - 12):body.start], re.I):
                h.accredited_to = h.accredited_to or body.value
    if not h.author_states:
        body = author_body_in(text, cursor, from_end, h)
        if body:
            h.put("author_body", body, "title-from-body")
    end = from_end
    if addressed:
        party = party_at(text, addressed.end(), h.symbol)
        if party:
            h.put("addressee", party.code, "title-addressed-to", (party.start, party.end))
            end = max(end, party.end)
            if party.fuzzy:
                h.fuzzy_spans.append((party.start, party.end, party.code))
    h.title_end = end
    h.title = re.sub(r"\s+", " ", text[h.title_start or cursor:end]).strip(" ,.:")


GENRE = Genre("letter", cue, read)

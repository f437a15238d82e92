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
from functools import cache

from unhrkg.extract import lexicon
from unhrkg.extract.dates import find_dates, place_date_line_above, place_date_line_below
from unhrkg.extract.gazetteer import bodies_in, states_in, unique
from unhrkg.extract.forum import addressing
from unhrkg.extract.genres import Genre
from unhrkg.extract.genres.carried import carried_letter, letter_opening, read_carried_letter
from unhrkg.extract.genres.letter_title import find_title, from_title, to_title, to_title_at
from unhrkg.extract.genres.salutation import HEAD_LINE, LETTER_HEAD, address_above, address_in, salutation_letter
from unhrkg.extract.model import Header
from unhrkg.extract.parties import Party, author_body_in, party_at


@cache
def _addressed() -> re.Pattern[str]:
    return re.compile(lexicon.all_languages_pattern("title", "addressed_to").pattern + r"\s+", re.I)


@cache
def _to_after() -> re.Pattern[str]:
    """", to the Secretary-General", a line break then "to H.E. ...", ", al Presidente de ...": the addressee."""
    to = lexicon.all_languages_pattern("title", "to").pattern
    return re.compile(rf"(?:,\s*|\n[ \t]*)(?:{to})\s+(?=the\s+|[A-ZÉ]|H\.)", re.I)


@cache
def _addressed_below() -> re.Pattern[str]:
    """A from-title's addressee on a line of its own below it, blank lines between ("addressed to the President")."""
    return re.compile(r"\s*\n[ \t]*" + _addressed().pattern, re.I)


# "Carta del Presidente Díaz-Canel al Secretario General": in French and Spanish the contracted
# "to" (al, au, aux) and "a la", "à la" mark the addressee without a comma; English "to" does not
# ("from the Permanent Representative of X to the United Nations" is where he is accredited)
BARE_TO = re.compile(r"\s+(?:al|au|aux|a\s+la|à\s+la)\s+(?=[A-ZÉ])")


# a dated title's "to" without "addressed" where what follows is an organ or its presiding officer, not the place a
# representative is accredited to ("... of X to the United Nations (Office at Geneva)")
TO_OFFICE = re.compile(r"(?<![\w-])(?-i:to)\s+(?=the\s)")
OFFICES = ("SG", "SC", "GA", "GA3", "HRC", "CHR", "OHCHR")


def _office_at(text: str, pos: int, h: Header) -> bool:
    """An organ or its presiding officer after the title's "to", which follows the writer ("from the representative
    of Lebanon / to the Secretary-General"): not a report "submitted to the Council", nor "the response of Armenia to
    the Secretary-General's appeal"."""
    party = party_at(text, pos, h.symbol)
    if party is None or party.code not in OFFICES or POSSESSIVE_AFTER.match(text, party.end):
        return False
    to = text.rfind("to", 0, pos)
    writer = [s for s in states_in(text, max(0, to - 80), to) if s.kind == "name"]
    return bool(writer) and bool(NAME_BETWEEN.fullmatch(text, writer[-1].end, to)) \
        and not RESPONSE_OF.search(text, max(0, writer[-1].start - 40), writer[-1].start)


POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
NAME_BETWEEN = re.compile(r"(?:\s+(?-i:[A-Z])[\w.'’-]*){0,5}\s*")  # the writer's name after the State ("of India Arthur S. Lall to")
RESPONSE_OF = re.compile(r"\b(?:response|reply|answer|appeal|attitude|position|approach|commitment|obligations?)\s+of\s+(?:the\s+)?$", re.I)


# a person named before the post addressed: "H.E. Mr. Kofi Annan, "
PERSON_FIRST = re.compile(r"(?:(?:H\.\s?E\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|S\.E\.|M\.|Sr\.|Sra\.)\s+)+(?:[A-Z][\w.'-]*\s+){1,4}?[A-Z][\w'-]+,\s*")
ON_DATE = re.compile(r"[,\s](?:on|le|el)\s+(?=\w)", re.I)


TITLE_BLOCK_LINES = 3  # an undated title's lines (the addressee's, a note mark) before its "Place, date" line


def cue(text: str, h: Header) -> int | None:
    m = find_title(text)
    letter = salutation_letter(text)
    if letter and (m is None or letter[0].start() < m.start()):
        return letter[0].start()  # "Excellency, I am writing with reference to the letter dated ... from ...": the body cites it
    if m:
        return m.start()
    opening = letter_opening(text)
    if opening:
        return opening.start()
    carried = carried_letter(text)
    return carried.start() if carried else None


def _readsalutation_letter(text: str, h: Header, at: int) -> None:
    """Type, date and addressee of a letter without a title (the author is found as for a statement)."""
    letter = salutation_letter(text)
    carried = carried_letter(text) if letter is None and letter_opening(text) is None else None
    if carried and carried.start() == at:
        read_carried_letter(text, h, carried)
        return
    if letter is None or letter[0].start() != at:
        opening = letter_opening(text) if letter is None else None
        if opening and opening.start() == at:
            h.put("doc_type", "letter", "letter-opening", (opening.start(), opening.end()))
            dated = place_date_line_above(text, opening.start(), LETTER_HEAD)
            if dated:  # "Caracas, 09 de julio de 2015" above the addressee's lines: the letter's own date
                h.put("dated", dated[2], "letter-dateline", dated[:2])
            _addressed_in_capacity(text, h)
        return
    sal, dated = letter
    h.put("doc_type", "letter", "salutation-letter", (sal.start(), sal.end()))
    end = 0
    if dated:
        begin, end, iso = dated
        h.put("dated", iso, "letter-dateline", (begin, end))
    greeted = _greeted(text, sal, h)  # with no dated line the lines above may be a letterhead ("UNION DES COMORES /
    if greeted and not dated:  # MINISTERE DES RELATIONS EXTERIEURES"): the office the salutation greets first
        h.put("addressee", greeted.code, "letter-salutation", (greeted.start, greeted.end))
        return
    party = address_in(text, end, sal.start(), h.symbol)
    if party:
        h.put("addressee", party.code, "letter-address", (party.start, party.end))
        return
    if greeted:
        h.put("addressee", greeted.code, "letter-salutation", (greeted.start, greeted.end))
        return
    above = address_above(text, dated[0], h.symbol) if dated else None  # "H.E. Mr. Ban Ki-moon / Secretary General / United
    if above:  # Nations / Room S3800 / New York" over the date: the addressee's block, set above the date
        h.put("addressee", above.code, "letter-address-above-date", (above.start, above.end))
        return
    _addressed_in_capacity(text, h)


def _greeted(text: str, sal: re.Match[str], h: Header) -> Party | None:
    """"Monsieur le Secrétaire général,", "Dear High Commissioner,": the office the salutation greets."""
    courtesy = COURTESY.match(text, sal.start())
    party = party_at(text, courtesy.end(), h.symbol) if courtesy else None
    return party if party and party.code != "UN" and party.start < sal.end() else None


# the courtesy words before the office a salutation greets ("Dear Mr. ", "Monsieur le ", "Señor ")
COURTESY = re.compile(r"[ \t]*[“\"«¡]?(?:(?:Dear|Estimad[oa]|Distinguid[oa]|Querid[oa]|Cher|Chère)\s+)?"
                      r"(?:(?:Mr\.?|Mrs\.?|Ms\.?|Madam|Madame|Monsieur|Se[ñn]or(?:a)?|Sra?\.?)\s+(?:(?:le|la|el)\s+)?|(?<=Dear\s))")


def _addressed_in_capacity(text: str, h: Header) -> None:
    """A letter with no address lines written to a body's presiding officer as such ("Tengo el honor
    de dirigirme a Su Excelencia, en su calidad de Presidente del Consejo de Seguridad"): the body."""
    body = addressing(text, "in_capacity")
    if body:
        h.put("addressee", str(body.value), "letter-addressing", (body.start, body.end))


def read(text: str, h: Header, at: int) -> None:
    """Type, date, authors and addressee from the title line at `at`."""
    m = find_title(text)
    if m is None or m.start() != at:
        _readsalutation_letter(text, h, at)
        return
    h.title_start = m.start()
    if m.re is to_title():
        _read_to_title(text, h, m)
        return
    h.put("doc_type", "letter" if m.group("letter") else "note_verbale", "title-kind", (m.start(), m.end()))
    cursor = m.end()
    dates = find_dates(text, m.end(), m.end() + 40)
    if dates and dates[0][0] == m.end():
        h.put("dated", dates[0][2], "title-dated", dates[0][:2])
        cursor = dates[0][1]
    paragraph_end = text.find("\n\n", cursor)
    limit = min(len(text), cursor + 700, paragraph_end if paragraph_end > 0 else len(text))
    opening = lexicon.all_languages_pattern("title", "body_opening").search(text, cursor, limit)
    limit = opening.start() if opening else limit  # the title ends where the letter starts ("I have the honour")
    limit = numbered.start() if (numbered := FIRST_PARAGRAPH.search(text, cursor, limit)) else limit  # or its paragraph 1
    from_form = m.re is from_title()
    if from_form:  # a from-title is its line, and the next when it names the addressee ("\nto H.E. ...")
        line_end = text.find("\n", cursor) % (len(text) + 1)
        to_line = _to_after().match(text, line_end) or _addressed_below().match(text, line_end)
        limit = min(limit, text.find("\n", to_line.end()) % (len(text) + 1) if to_line else line_end)
    addressed = (_to_after() if from_form else _addressed()).search(text, cursor, limit + 200)
    if from_form and addressed is None and to_line and to_line.re is _addressed_below():
        addressed = to_line  # "Letter from the Permanent Mission of X / (blank) / addressed to the President of ..."
    if from_form and addressed is None:
        bare = BARE_TO.search(text, cursor, limit)
        addressed = bare if bare and party_at(text, bare.end(), h.symbol) else None
    if addressed is None:  # "Letter dated ... from the representative of Lebanon / to the Secretary-General"
        addressed = next((t for t in TO_OFFICE.finditer(text, cursor, limit) if _office_at(text, t.end(), h)), None)
    if from_form and h.dated is None:  # "..., to the Secretary-General, on November 14, 1998"
        on = ON_DATE.search(text, cursor, limit)
        found = find_dates(text, on.end(), on.end() + 30) if on else []
        if found and found[0][0] == on.end():  # type: ignore[union-attr]
            h.put("dated", found[0][2], "title-on-date", found[0][:2])
    if h.dated is None:  # "Letter from the Permanent Mission of X / addressed to ... / Geneva, 28 April 2009"
        dated = place_date_line_below(text, cursor, TITLE_BLOCK_LINES, HEAD_LINE)
        if dated:
            h.put("dated", dated[2], "title-placeline", dated[:2])
    _authors_and_addressee(text, h, cursor, addressed.start() if addressed else limit, addressed, limit)


FIRST_PARAGRAPH = re.compile(r"\n[ \t]*1\.[ \t]+\S")  # "...TO THE SECRETARY-GENERAL\n1. YOU ARE AWARE OF ..."
WRAP_WORD = re.compile(r"(?:\b(?:de|del|des|du|la|las|le|les|los|el|e|y|et|ante|auprès|of|the|to|and|at)|,)[ \t]*$", re.I)


def _wrapped_line_end(text: str, start: int, limit: int) -> int:
    """The end of the title's line at start, run on while a line ends on a word that needs the next ("... de los\n
    Estados Unidos de América, ... e Israel ante\nlas Naciones Unidas") or a comma ("Cuba,\nNicaragua y Venezuela"),
    or the next starts in lower case."""
    end = text.find("\n", start) % (len(text) + 1)
    while end < limit and (WRAP_WORD.search(text, max(start, end - 12), end) or text[end + 1:end + 2].islower()):
        end = text.find("\n", end + 1) % (len(text) + 1)
    return min(end, limit)


# a participle in the addressee's description ("de la Commission spéciale créée par le Secrétaire général"): its agent is
# not the writer (the title's own "adressée par", "dirigida por" are the writer's)
PARTICIPLES = (r"\b(?:cré\w*|établi\w*|constitu\w*|nomm\w*|désign\w*|cread\w*|establecid\w*|constituid\w*|nombrad\w*|designad\w*|"
               r"created|established|set\s+up|appointed|designated)")
AGENT_OF_PARTICIPLE = re.compile(rf"{PARTICIPLES}\s+$", re.I)  # before a "par"
PARTICIPLE_AGENT = re.compile(rf"{PARTICIPLES}\s+(?:par|por|by)\b", re.I)  # in the writer's part, where it ends
# an officer of another organisation than the UN: "Secrétaire général de la Ligue des États arabes", "Secretario General
# de la Organización de los Estados Americanos"
ANOTHER_ORGANISATION = re.compile(r"\b(?:Secr\w+\s+G[ée]n[ée]ral\w*|Secretary-General|President\w*|Pr[ée]sident\w*|Chair\w*)\s+(?:of|de|del|de\s+la|de\s+l['’]|du)\s+"
                                  r"(?:the\s+|la\s+|l['’]|los\s+|las\s+|les\s+)?(?:League|Ligue|Liga|Organi[sz]a\w*|African|Africaine|Africana|"
                                  r"Commonwealth|Arab|Islamic|Islamique|Isl[áa]mica|Union|Unión|North\s+Atlantic|Atlantique|NATO|OTAN|OIC|OCI|OAS|OEA|LAS)", re.I)


def _authors_and_addressee(text: str, h: Header, cursor: int, from_end: int,
                           addressed: re.Match[str] | None, limit: int) -> None:
    """Authors in the from-part; the addressee after "addressed to" (or, in French and Spanish
    titles, the from-part may follow the addressee: "adressée au ... par la Mission de X")."""
    spans = [(cursor, from_end)]
    if addressed and not states_in(text, cursor, from_end):  # "adressée au ... par la Mission de X"
        by = next((m for m in re.finditer(r"\b(?:par|por|by)\s+(?:la|le|les|el|los|las|l'|the)\s*", text[addressed.end():limit], re.I)
                   if not AGENT_OF_PARTICIPLE.search(text, addressed.end(), addressed.end() + m.start())), None)
        if by:  # (the from-part's lines, where they name a State: the letter may start on the next line)
            start = addressed.end() + by.start()
            end = _wrapped_line_end(text, start, limit)
            end = end if states_in(text, start, end) else limit
            agent = PARTICIPLE_AGENT.search(text, start + len(by.group(0)), end)  # ("par le Président du Groupe d'experts
            spans.append((start, agent.start() if agent else end))  # créé par le Secrétaire général": the writer's part ends)
    states = [s.value for a, b in spans for s in states_in(text, a, b)]
    if states:
        h.put("author_states", unique(states), "title-from")
    for a, b in spans:
        for body in bodies_in(text, a, b):
            if re.search(r"\b(?:to|auprès|ante|en)\s+(?:the\s+|de\s+la\s+|del\s+|l'|la\s+)?$",
                         text[max(0, body.start - 12):body.start], re.I):
                h.accredited_to = h.accredited_to or body.value
    if not h.author_states:  # ("adressée au Président du Conseil de sécurité par le Secrétaire général": the by-part's;
        body = next(filter(None, (author_body_in(text, a, b, h) for a, b in spans[:1])), None)  # not "par le Secrétaire
        if body is None and len(spans) > 1 and not ANOTHER_ORGANISATION.search(text, *spans[1]):  # général de la Ligue des
            body = author_body_in(text, *spans[1], h)  # États arabes", another organisation's officer)
        if body:
            h.put("author_body", body, "title-from-body")
    end = from_end
    if addressed:
        party = party_at(text, addressed.end(), h.symbol)
        named = PERSON_FIRST.match(text, addressed.end())
        if party is None and named:  # "to H.E. Mr. Kofi Annan, Secretary-General of the United Nations"
            party = party_at(text, named.end(), h.symbol)
        if party:
            h.put("addressee", party.code, "title-addressed-to", (party.start, party.end))
            end = max(end, party.end)
            if party.fuzzy:
                h.fuzzy_spans.append((party.start, party.end, party.code))
    h.title_end = end
    h.title = re.sub(r"\s+", " ", text[h.title_start or cursor:end]).strip(" ,.:")


def _read_to_title(text: str, h: Header, m: re.Match[str]) -> None:
    """Type, date, author (the possessive owner) and addressee of a to-title."""
    found = to_title_at(text)
    if found is None:
        return
    party = found[1]
    h.put("doc_type", "letter", "to-title", (m.start("kind"), m.end("kind")))
    h.put("addressee", party.code, "to-title", (party.start, party.end))
    if m.group("date"):
        dates = find_dates(text, m.start("date"), m.end("date") + 1)
        if dates:
            h.put("dated", dates[0][2], "to-title-dated", dates[0][:2])
    owner = [s for s in states_in(text, m.start("owner"), m.end("owner")) if s.kind == "name"] if m.group("owner") else []
    if owner:
        h.put("author_states", [str(owner[0].value)], "to-title-owner", (owner[0].start, owner[0].end))
    h.title_end = party.end
    h.title = re.sub(r"\s+", " ", text[m.start("kind") if not owner else m.start("owner"):party.end]).strip(" ,.:")


GENRE = Genre("letter", cue, read)

"""Resolutions and decisions: adopted texts.

Recognised by their heading ("Resolution adopted by the Human Rights Council", "Décision
adoptée par le Conseil des droits de l'homme", "Resolución aprobada por el Consejo de Derechos
Humanos") or by an opening "The Human Rights Council," / "Le Conseil des droits de l'homme," /
"El Consejo de Derechos Humanos," followed by a preambular paragraph. The author is the body;
the date is that of the meeting that adopted it ("42nd meeting / 22 March 2012", "At its 58th
meeting, on 19 April 2005", "28e séance, 23 mars 2012"); the number in the heading is the
text's own number (not a resolution it refers to).
"""
from __future__ import annotations

import re

from unhrkg.extract import lexicon
from unhrkg.extract.dates import find_dates
from unhrkg.extract.gazetteer import bodies_gazetteer
from unhrkg.extract.genres import Genre
from unhrkg.extract.model import Header
from unhrkg.model.reference import issuers

# the kind's first letter as a class the engine skips to, then its alternatives in their order
ADOPTED = re.compile(
    r"(?P<kind>(?-i:[DRdr])(?:(?<=d)(?:ecision|[ée]cision|ecisi[óo]n)|(?<=r)(?:esolution|[ée]solution|esoluci[óo]n)))s?\s+"
    r"(?:adopted\s+by|adopt[ée]e\s+par|aprobada\s+por)\s+(?:the\s+|l[ae]\s+|l'|el\s+)?", re.I)
# the article where a line starts or after a space ("(?:^|(?<=\s))The"), each written with its letter first: the
# engine skips to a "T", an "L" or an "E"
OPENING = re.compile(
    r"(?:T(?<!\S.)he|L(?<!\S.)e|L(?<!\S.)a|L(?<!\S.)'|E(?<!\S.)l)\s*(?P<body>[A-Z][\w' -]{3,70}?)(?:,\s+|\.?[ \t]*\n\s*)(?:\d+\.\s*)?"
    r"(?P<part>[A-Z][a-zà-ÿ]+(?:ing|s|ed|ant|ando|iendo|ndo|ée?s?|(?<=ly|nt)\s+[a-zà-ÿ]+(?:ed|ing|[ée]e?s?|ad[ao]s?)))\b", re.M)
# (the body's line may want its comma where a copy retyped it: "The Commission on Human Rights\nGuided by")
# (a participle after an adverb: "Deeply concerned", "Gravely alarmed", "Profondément préoccupée", "Profundamente preocupada")
MEETING = re.compile(
    r"\b\d{1,5}(?:st|nd|rd|th|e|ème|a|ª)?\s+(?:plenary\s+)?(?:meeting|s[ée]ance|sesi[óo]n)\s*(?:pl[ée]ni[èe]re\s*)?"
    r"(?:,?\s*(?:held\s+)?(?:on|le|el)\s+|,\s*|\n\s*)?", re.I)
OWN_NUMBER = re.compile(r"(?<![\w/.-])(?P<n>(?:S-)?\d{1,4}/\d{1,3})(?![\w/])")  # in the heading above the text
SEARCH = 3000
RETYPED_REACH = 300  # a retyped copy's opening without its comma stands this near the top,
HEADING_LINE = 100  # under lines no longer than this (a title, not a statement's prose)
ADOPTED_ON = re.compile(r"\b(?:Adopted|Adopt[ée]e?s?|Aprobad[ao]s?|Adoptad[ao]s?)[ \t]+(?:(?:on|le|el)[ \t]+)?")
HEADING_ON = re.compile(r"\s+(?:on|le|el)\s+")  # the date the heading's body adopted it, after the body's name


def _meeting_date(text: str, start: int, h: Header) -> None:
    """The adoption date: the first "Nth meeting[, on] DATE" after the heading."""
    for meeting in MEETING.finditer(text, start, min(len(text), start + 12000)):
        found = find_dates(text, meeting.end(), meeting.end() + 40)
        if found and found[0][0] == meeting.end():
            h.put("dated", found[0][2], "adoption-meeting-date", found[0][:2])
            return


def _own_number(text: str, start: int, end: int, h: Header) -> None:
    """The text's own number in its heading: the one its kind opens a line with ("Resolution 3/4. Implementation of
    General Assembly resolution 60/251: ..."), else the last one the heading prints."""
    found = list(OWN_NUMBER.finditer(text, start, end))
    titled = [m for m in found if KIND_LINE.search(text, max(start, m.start() - 20), m.start())]
    if found and h.author_body in issuers():
        h.own = (h.author_body, (titled[0] if titled else found[-1]).group("n"))


KIND_LINE = re.compile(r"(?:^|\n)[ \t]*(?:Resolution|Decision|R[ée]solution|D[ée]cision|Resoluci[óo]n|Decisi[óo]n)[ \t]+(?:No\.?[ \t]*)?$", re.I)


def _opening(text: str, stop: int = SEARCH) -> tuple[re.Match[str], str] | None:
    for opening in OPENING.finditer(text, 0, min(len(text), SEARCH, stop)):
        if "," not in text[opening.end("body"):opening.end("body") + 1] and (opening.start() > RETYPED_REACH or any(
                len(line) > HEADING_LINE for line in text[:opening.start()].splitlines())
                or not lexicon.all_languages_pattern("preamble").match(text, opening.start("part"))):
            continue  # (a body's line without its comma only under the title's short lines, a preambular word after it:
            # after prose, a text a statement quotes; "The Security Council\nCondemns Attack on ...": a headline)
        body = bodies_gazetteer().match_at(text, opening.start("body"))
        if body and body.value in issuers() and body.end >= opening.end("body"):
            return opening, str(body.value)
    return None


HEADING_REST = re.compile(r"[ \t]*(?:(?:le|on|el|the)[ \t]+\d|\d|,?[ \t]*(?:\n|$))", re.I)  # a date, or the line's end
ARTICLE_BEFORE = re.compile(r"(?:^|[^\w/.-])(?:the|la|le|el|l['’]|an?|une?|una)\s*$", re.I)


def _adopted(text: str, stop: int = SEARCH) -> re.Match[str] | None:
    """The heading "Resolution adopted by the Human Rights Council": a body that adopts resolutions
    named right after it, and nothing but a symbol or a number before it on its line (not "La
    resolución aprobada por el máximo órgano ..." in a sentence)."""
    distribution = lexicon.all_languages_pattern("header", "distribution")
    for m in ADOPTED.finditer(text, 0, min(stop, SEARCH)):
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        body = bodies_gazetteer().match_at(text, m.end())
        if ARTICLE_BEFORE.search(line) and not (body and HEADING_REST.match(text, body.end)):
            continue  # "« La résolution adoptée par le Conseil de sécurité a préservé ...»": a sentence's subject (not "La
            # résolution adoptée par le Conseil des droits de l'homme le 5 avril 2024" over its text: a heading)
        if body and body.value in issuers() and (not re.search(r"[a-z]{3,}", line) or distribution.search(line)
                                                        and m.group("kind")[0].isupper()):
            return m  # (a header flattened onto one line: "A/HRC/RES/54/35 ... Distr. générale ... Résolution adoptée par")
    return None


# a text's own numbered title on a line of its own ("Resolución 2001/1 Cuestión del Sáhara occidental") under the
# adopting body's name alone on a line ("Comisión de Derechos Humanos"), its preamble below without the body's opening
TITLED = re.compile(r"^[ \t]*(?:Resolution|Decision|R[ée]solution|D[ée]cision|Resoluci[óo]n|Decisi[óo]n)[ \t]+(?:No\.?[ \t]*)?"
                    r"(?P<n>(?:S-)?\d{1,4}/\d{1,3})(?![\w/])[^\n]*\n", re.M | re.I)
BODY_ABOVE = 300  # the body's line stands a few lines above the title


FIRST_PARAGRAPH = re.compile(r"\s*(\S[^\n]*)")


def _titled(text: str, stop: int = SEARCH) -> tuple[re.Match[str], str] | None:
    """A numbered title under a line naming only a body that adopts resolutions, the first paragraph under it a
    preambular one (the lexicon's ``preamble``, its clause closed by a comma: "Habiendo examinado a fondo la cuestión
    del Sáhara occidental,"); not a speech under such a heading ("Resolution 52/32 ... / Considering the above, my
    delegation will vote against.")."""
    preamble = lexicon.all_languages_pattern("preamble")
    for m in TITLED.finditer(text, 0, min(len(text), stop, SEARCH)):
        lines = [line for line in re.finditer(r"^[ \t]*(\S[^\n]*?)[ \t]*$", text[:m.start()], re.M)
                 if line.start() >= m.start() - BODY_ABOVE]
        bodies = [b for line in lines for b in [bodies_gazetteer().match_at(text, line.start(1))]
                  if b and b.value in issuers() and b.end == line.end(1)]
        first = FIRST_PARAGRAPH.match(text, m.end())
        if bodies and first and preamble.match(text, first.start(1)) and first.group(1).rstrip().endswith(","):
            return m, str(bodies[-1].value)
    return None


def cue(text: str, h: Header) -> int | None:
    stop = h.zone_end or SEARCH
    adopted = _adopted(text, stop)
    opening = _opening(text, stop)
    titled = _titled(text, stop) if adopted is None and opening is None else None
    starts = [m.start() for m in (adopted, opening[0] if opening else None, titled[0] if titled else None) if m is not None]
    return min(starts) if starts else None


def read(text: str, h: Header, at: int) -> None:
    adopted = _adopted(text)
    if adopted and adopted.start() == at:
        kind = "decision" if adopted.group("kind")[0].lower() == "d" else "resolution"
        h.put("doc_type", kind, "adopted-by", (adopted.start(), adopted.end()))
        body = bodies_gazetteer().match_at(text, adopted.end())
        if body and body.value:
            h.put("author_body", body.value, "adopted-by", (body.start, body.end))
        opening = OPENING.search(text, adopted.end(), adopted.end() + 1500)
        _own_number(text, adopted.end(), opening.start() if opening else adopted.end() + 300, h)
        on = HEADING_ON.match(text, body.end) if body else None  # "Resolution adopted by the Human Rights Council on 12 July 2023"
        found = find_dates(text, on.end(), on.end() + 40) if on else []
        if found and found[0][0] == on.end():
            h.put("dated", found[0][2], "adopted-on", found[0][:2])
        else:
            _meeting_date(text, adopted.end(), h)
        return
    found = _opening(text)
    if found is None:
        titled = _titled(text)
        if titled and titled[0].start() == at:
            kind = "decision" if re.match(r"\s*d", titled[0].group(0), re.I) else "resolution"
            h.put("doc_type", kind, "titled-under-body", (titled[0].start(), titled[0].end()))
            h.put("author_body", titled[1], "titled-under-body", (titled[0].start(), titled[0].end()))
            if titled[1] in issuers():
                h.own = (titled[1], titled[0].group("n"))
            _meeting_date(text, 0, h)
        return
    opening, body = found
    heading = text[:opening.start()]
    kind = "decision" if re.search(r"\bd[ée]cisi[óo]?n\b", heading, re.I) else "resolution"
    h.put("doc_type", kind, "opening-the-body", (opening.start(), opening.end("body")))
    h.put("author_body", body, "opening-the-body", (opening.start("body"), opening.end("body")))
    _own_number(text, 0, opening.start(), h)
    _meeting_date(text, 0, h)  # ("Adopted by the Security Council at its 7451st meeting, on 28 May 2015" over the text)
    if h.dated is None:  # "Situation in East Timor, Adopted 11 March, 1993, by a vote of 23-12.": the heading's own day
        for told in ADOPTED_ON.finditer(text, 0, opening.start()):
            found = find_dates(text, told.end(), told.end() + 40)
            if found and found[0][0] == told.end():
                h.put("dated", found[0][2], "adopted-on", found[0][:2])
                break


GENRE = Genre("adopted text", cue, read)

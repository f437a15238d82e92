"""Where a text says it was written: a dateline at the top ("DUSHANBE, 17.01.2017") or a closing line
("Fait à Libreville le 21 octobre 2011", "Done at Suva", "Hecho en Managua"). A State's seat of
government there is a hint of the State the text speaks for (``authors``), the weakest there is.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from unhrkg.extract import lexicon, memo
from unhrkg.extract.gazetteer import Mention, capitals_gazetteer, states_gazetteer

DATELINE_REACH = 300
# where the UN sits and its offices issue texts: a dateline there names the host, not the author ("Geneva, Switzerland –")
UN_CITIES = ("geneva", "genève", "geneve", "ginebra", "new york", "nueva york", "vienna", "vienne", "viena", "wien", "nairobi")
DATELINE_AFTER = re.compile(r"\s*(?:[,/)]|[-—–]\s|\(|\d)")
# the date's year, then the title line ends or goes on after a dash, a bar or a bracket ("à Paris le 5 décembre 2013 -
# Sommet ..."); not a sentence's full stop ("attended the Council in Brussels on 20 July 2015.")
LINE_ENDS = re.compile(r"[ \t\d,]*(?:\n|$|[ \t]+[-–—|(])")
STOP_ENDS = re.compile(r"[ \t\d,]*\.?[ \t]*(?:\n|$)")  # a title set off by a comma before its place: "..., à Paris le 5 décembre 2013."
PLACE_THEN_DATE = re.compile(r"\s*,?\s*(?:le|el|on)\s+\d{1,2}(?:er)?\s+[^\W\d]{3,}")
# after the lexicon's ``header.closing_date`` word opening a line: "à", "at", "en", "in" and the place
CLOSING_PLACE = re.compile(r"[ \t]+(?:à|at|in|en)[ \t]+(?=[A-Z])")


def title_case(text: str) -> str:
    """'DUSHANBE' -> 'Dushanbe' (same length), so capitals in capitals are found as names."""
    return re.sub(r"\b([A-Z])([A-Z'’-]{2,})\b", lambda m: m.group(1) + m.group(2).lower(), text)


def dateline_state(text: str) -> str | None:
    """The State whose seat of government a text is datelined in, at a line's start near the top
    ("DUSHANBE, 17.01.2017", "Doha / Information Office", "(KHARTOUM) —", "PUTRAJAYA, June 11")."""
    top = text[:DATELINE_REACH]
    for city in capitals_gazetteer().find(title_case(top)):
        line_start = top.rfind("\n", 0, city.start) + 1
        bracketed = top[city.start - 1:city.start] == "(" and top[city.end:city.end + 1] == ")"  # "Oct 15 (KHARTOUM) —"
        dated = PLACE_THEN_DATE.match(top, city.end)
        in_line = bool(dated) and bool(re.search(r"\b(?:à|in|en|at)\s+$", top[:city.start])) \
            and bool(LINE_ENDS.match(top, dated.end()) or re.search(r",\s*(?:à|in|en|at)\s+$", top[:city.start])
                     and STOP_ENDS.match(top, dated.end()))  # (not "the Council in Brussels on 20 July, the Minister issued")
        if (top[line_start:city.start].strip(" \t([•*") and not bracketed and not in_line) or city.text.lower() in UN_CITIES:
            continue  # ("..., à Paris le 5 décembre 2013": a dateline at the end of a title line)
        if DATELINE_AFTER.match(top, city.end) or in_line:
            return str(city.value)
    return None


# a dateline naming the State after its place: "DISTRITO NACIONAL, República Dominicana.- El Ministerio ..."
PLACE_LEAD = re.compile(r"^[ \t]*(?P<place>(?-i:[A-ZÀ-Ý])[\w.'’-]+(?:[ \t]+[\w.'’-]+){0,2}),[ \t]*", re.M)
STATE_DATELINE_END = re.compile(r"[ \t]*(?:\.?[ \t]*[—–-](?:[ \t]|$)|,[ \t]*\d|\(|:)", re.M)


def dateline_named_state(text: str) -> str | None:
    """The State a dateline names after its place, near the top ("DISTRITO NACIONAL, República
    Dominicana.- ...", "Suva, Fiji — ...")."""
    for m in PLACE_LEAD.finditer(text, 0, DATELINE_REACH):
        if m.group("place").lower() in UN_CITIES:
            continue
        st = states_gazetteer().match_at(text, m.end())
        if st and st.value and st.kind == "name" and st.start == m.end() and STATE_DATELINE_END.match(text, st.end):
            return str(st.value)
    return None


def closing_words(text: str, start: int = 0) -> Iterator[re.Match[str]]:
    """The lexicons' ``header.closing_date`` word ("Done", "Fait", "Hecho", "Dated") where it opens a
    line, capitalised, as a closing line's first word is (not inside a sentence)."""
    for m in lexicon.all_languages_pattern("header", "closing_date").finditer(text, start):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not text[line_start:m.start()].strip() and not (m.end() < len(text) and text[m.end()].isalpha()) \
                and m.group(0)[0].isupper():
            yield m


@memo.per_document
def closing_place_state(text: str) -> str | None:
    """The State whose seat of government a line closing the text names as where it was done
    ("Fait à Libreville le 21 octobre 2011", "Done at Port Vila, 3 May 2019")."""
    for m in closing_words(text):
        place = CLOSING_PLACE.match(text, m.end())
        if not place:
            continue
        city = capitals_gazetteer().match_at(text, place.end())
        if city and city.value and city.text.lower() not in UN_CITIES:
            return str(city.value)
    return None


SEATS_OF_BODIES = ("brussels", "bruxelles", "bruselas")  # "Brussels welcomes ...": the European Union speaks


def title_capital(text: str, speaks: Callable[[str, int], bool]) -> Mention | None:
    """The capital that opens the title line as the subject of a speaking verb ("Nicosia welcomes unanimous
    renewal of UNFICYP mandate"): its government speaks. Not where the title names a second capital
    ("Washington welcomes ..., Tehran rejects ..."), nor a body's seat."""
    start = len(text) - len(text.lstrip())
    title = text[:text.find("\n", start) % (len(text) + 1)]
    cities = [c for c in capitals_gazetteer().find(title) if c.text.lower() not in SEATS_OF_BODIES]
    if len(cities) == 1 and not title[:cities[0].start].strip(" \t\"“") and speaks(text, cities[0].end):
        return cities[0]
    return None

"""Which office a State's permanent mission is accredited to, where the text says so.

A mission is one per State and office (the United Nations in New York, the United Nations
Office at Geneva: ``hosts_missions`` in bodies.csv). The office is read where the mission or
its head is named with it: "The Permanent Mission of Lebanon to the United Nations Office and
other international organizations at Geneva presents its compliments", "Permanent
Representative of the Republic of Uzbekistan to the United Nations" (a title, a letterhead,
a signature), or just before "presents its compliments". A text that names no such mission (a ministry's communiqué, a press release) has
none: its author is the State itself.
"""
from __future__ import annotations

import re

from unhrkg.extract.gazetteer import bodies_in
from unhrkg.extract.scan import Starting, printed
from unhrkg.model.reference import mission_offices

MISSION = Starting(re.compile(r"\b(?:Permanent\s+(?:Mission|Representative|Observer)|Deputy\s+Permanent\s+Representative|"
                              r"Charg[ée]\s+d['’]affaires|Mission\s+permanente|Repr[ée]sentant(?:e)?\s+permanent(?:e)?|"
                              r"Misi[óo]n\s+Permanente|Representante\s+Permanente)\b", re.I),
                   ("permanent", "deputy", "charg", "mission", "repr", "misi"))  # (tried where these words are: ``scan.Starting``)
TO_OFFICE = re.compile(r"\s+(?:to|auprès\s+d[eu]s?|ante|en)\s+(?:the\s+|la\s+|l['’]|las\s+|el\s+)?$", re.I)
COMPLIMENTS = re.compile(
    r"(?:presents?\s+(?:its|his|her|their)\s+compliments\s+to|pr[ée]sentent?\s+(?:ses|leurs)\s+compliments\s+"
    r"(?:au|à\s+la|à\s+l'|aux)|saludan?\s+(?:muy\s+)?atentamente\s+(?:a\s+la|al|a))\s*", re.I)
COMPLIMENTS_WORDS = ("compliments", "atentamente")  # one of which every match of COMPLIMENTS prints (``scan.printed``)
REACH = 220  # from a mission's name to its office: "of the Democratic People's Republic of Korea to the ..."


def accredited_office(text: str) -> str | None:
    """The office the first mission named with its office is accredited to."""
    offices = mission_offices()
    for m in COMPLIMENTS.finditer(text, 0, min(len(text), 4000)) if printed(text, COMPLIMENTS_WORDS, 4000) else ():  # "[... to the] United Nations Office at Geneva presents"
        before = [b for b in bodies_in(text, max(0, m.start() - 300), m.start()) if b.value in offices]
        if before and not text[before[-1].end:m.start()].strip():
            return str(before[-1].value)
    for m in MISSION.finditer(text):
        stop = text.find("\n\n", m.end(), m.end() + REACH)
        end = stop if stop > 0 else min(len(text), m.end() + REACH)
        for body in bodies_in(text, m.end(), end):
            if body.value in offices and TO_OFFICE.search(text, m.end(), body.start):
                return str(body.value)
            if body.value not in offices:
                break  # "Permanent Representative of X to the Human Rights Council": not an office
    return None

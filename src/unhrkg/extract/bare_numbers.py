"""Session-numbered resolutions printed bare, without the word "resolution": "a proud proponent of 76/262", "the General
Assembly's recognition in 60/251", "the implementation of 16/18", "continues to oppose the 51/1".

Read only where the number follows a preposition, an article or a stance verb of the sentence (``BARE``): after a
capital, a sign or another word it is something else ("PRST 18/11", "N° 48/21", "(13/6)" a date, "Parte 2/2", a page's
"Representative 2/3"), as it is after a score's word ("un score de 22/100"); and only where the text names the Assembly
or the Council whose numbering it is. The body is
the one named nearest in the clause, else the text's own (``references.default_body``).
"""
from __future__ import annotations

import re

from unhrkg.extract.issuers import window_body
from unhrkg.extract.references import RefMention, beyond_council, default_body

BARE = re.compile(r"(?<![\w-])(?:of|in|to|under|with|by|the|that|and|opposes?|opposed|supports?|supported|de|du|des|la|en|sur|et|"
                  r"contre|el|los|las|al|con|y|contra)\s(?P<num>(?:S-)?\d{1,2}/\d{1,3})(?![\w/-]|\.\d|\s*(?:\(|[–]\s*\d))")
# dates and idioms written so: the attacks of 11 September 2001 as Americans date them ("in the wake of 9/11"), "24/7",
# "50/50 representation"
WRITTEN_SO = {"9/11", "24/7", "50/50"}
SCORE_BEFORE = re.compile(r"\b(?:score|rating|note|puntaje|puntuaci[óo]n|calificaci[óo]n)\b[^.\n]{0,80}$", re.I)  # "un score de 22/100 dont
# 3/40 ... et 19/60"
NAMES_NUMBERING = re.compile(r"\b(?:General\s+Assembly|Assembl[ée]e\s+g[ée]n[ée]rale|Asamblea\s+General|UNGA|AGNU|Human\s+Rights\s+Council|"
                             r"Conseil\s+des\s+droits\s+de\s+l['’]homme|Consejo\s+de\s+Derechos\s+Humanos|HRC|CDH)\b", re.I)
CLAUSE_REACH = 120  # the body named in the number's clause, this far before it


def bare_session_numbers(text: str, refs: list[RefMention], context: str | None, own: tuple[str, str] | None) -> list[RefMention]:
    """Each bare session number the rules for "resolution N" did not read, as the Assembly's or the Council's; not the
    text's own number (``own``: a resolution does not cite itself)."""
    if "/" not in text or not NAMES_NUMBERING.search(text):
        return []
    taken = {r.start for r in refs}
    out = []
    for m in BARE.finditer(text):
        number = m.group("num")
        if m.start("num") in taken or number in WRITTEN_SO or own and own[1] == number \
                or SCORE_BEFORE.search(text, max(0, m.start() - 100), m.start()):
            continue
        body = window_body(text, m.start("num"), m.end("num"), max(0, m.start() - CLAUSE_REACH), "session") or default_body("session", number, context)
        if body == "HRC" and beyond_council(number):
            body = "GA"  # ("60/251": no Council session adopts that many)
        out.append(RefMention(m.start("num"), m.end("num"), body, number, True))
    return out

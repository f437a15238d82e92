"""Whom a text with no letter title is written to, from its heading or first sentence: "In a
letter addressed to UN Secretary-General Antonio Guterres, ...", "ADDRESS BY THE PRESIDENT OF
SERBIA TO THE SECRETARY-GENERAL", "a adressé une lettre officielle au président et aux membres
du Conseil de sécurité", "Lettre du Président ... au Conseil de sécurité", "carta conjunta al
secretario general" (the lexicon's ``title.written`` and ``title.to``).

The addressee is the body named right after the "to", past an office ("the President and the
members of"): the UN at large ("UN Secretary-General") is a prefix, not the addressee, and a
body further on ("a letter to the United Nations in response to Security Council resolution
1441", "al inicio de la Asamblea General") is not the one written to. A State is left alone
("addressed to President Saddam" is often a letter the text answers), and so is a letter
another State wrote ("the US sent a letter to the Security Council", in the E3's statement)."""
from __future__ import annotations

import re
from functools import cache

from unhrkg.extract import lexicon
from unhrkg.extract.gazetteer import Mention, bodies_in, states_in

OPENING = 600  # the heading and the first sentence
GAP = 100  # "Lettre du Pr Dioncounda Traoré en date du 1er février 2013 au Conseil": the noun, then its "to"
REACH = 70  # "au président et aux membres du Conseil de sécurité": the body within the clause
# what may stand between the "to" and the body: articles, an office and its holder's courtesy title
OFFICE = re.compile(r"(?:(?:the|le|la|les|el|los|las|l['’]|aux?|du|des|de|del|of|and|et|y|UN|U\.N\.|ONU|United\s+Nations|"
                    r"Naciones\s+Unidas|Nations\s+Unies|H\.\s?E\.|S\.\s?E\.|Mr\.?|Mrs\.?|Ms\.?|Monsieur|Madame|Se[ñn]or[a]?|"
                    r"Sr[a]?\.|President[ea]?|Pr[ée]sident[e]?|Chair\w*|members|membres|miembros)\b[\s,]*)*", re.I)


@cache
def _written_to(lang: str) -> re.Pattern[str] | None:
    written = lexicon.pattern("title", "written")
    to = lexicon.pattern("title", "to")
    if written is None or to is None:
        return None
    return re.compile(rf"(?:{written.pattern})[^.\n;:]{{0,{GAP}}}?(?<!\w)(?:{to.pattern})\s+", re.I)


def written_to(text: str, authors: list[str]) -> Mention | None:
    """The body the opening of the text says it (by its authors) is written to."""
    pattern = _written_to(lexicon.current())
    for m in pattern.finditer(text, 0, min(len(text), OPENING)) if pattern else ():
        sentence_start = max(text.rfind(c, 0, m.start()) for c in ".\n") + 1
        if any(s.value not in authors for s in states_in(text, sentence_start, m.start())):
            continue  # "the US sent a letter to ...": another State's letter
        clause = re.match(r"[^.;:\n]*", text[m.end():m.end() + REACH]).group(0)
        named = [b for b in bodies_in(text, m.end(), m.end() + len(clause)) if b.value != "UN"]
        if named and OFFICE.fullmatch(text, m.end(), named[0].start):
            return named[0]
    return None

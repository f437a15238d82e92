"""Names coordinated in a list: "Argentina and France", "the United States of America, the United
Kingdom, Montenegro and North Macedonia", "la Malaisie, le Venezuela et le Sénégal".

Used wherever a list of States or bodies is the answer: the sponsors of a resolution, the
States a joint statement is delivered on behalf of.
"""
from __future__ import annotations

import re

from unhrkg.extract.gazetteer import Mention, bodies_in, states_in

ARTICLES = r"(?:the\s+|la\s+|le\s+|les\s+|l['’]|el\s+|los\s+|las\s+)?"
AND = r"(?:and|et|y|e)"  # the words that join the last item of a list, in the three languages
OWN_COUNTRY = r"(?:(?:my|our)\s+own\s+country|mon\s+(?:propre\s+)?pays|mi\s+(?:propio\s+)?pa[ií]s)\s*,?\s*"
OF = r"(?:(?:of|de|du|des|del)\s+|d['’])?"  # "au nom du Canada, de l'Australie et de la Nouvelle-Zélande"
LIST_GAP = rf"\s*(?:,|,?\s*(?:{AND}|as\s+well\s+as)|;)\s*{OF}(?:{OWN_COUNTRY})?" + ARTICLES  # "..., and my own country, Sweden"
LIST_REACH = 2000  # a list of States can be long ("on behalf of Botswana, Costa Rica, ... and Uruguay": 45 States, 900 characters)


def names(text: str, start: int, end: int) -> list[Mention]:
    """States and bodies named in text[start:end], in order."""
    return sorted(bodies_in(text, start, end) + states_in(text, start, end), key=lambda m: m.start)


def coordinated(text: str, pos: int) -> list[Mention]:
    """The names coordinated from pos on, the first right at pos (after an article)."""
    found: list[Mention] = []
    cursor = pos
    for m in names(text, pos, min(len(text), pos + LIST_REACH)):
        if not re.fullmatch(ARTICLES if not found else LIST_GAP, text[cursor:m.start], re.I):
            break
        found.append(m)
        cursor = m.end
    return found

"""A State's organs named with it: "Azerbaijan's Foreign Ministry", "the U.S. Mission", "le Ministère haïtien", "el
Canciller peruano", an organ whose name holds the demonym ("Ministère des Affaires étrangères et des Sénégalais de
l'Extérieur"), and an organ that speaks ("a Chinese Foreign Ministry spokesperson said")."""
from __future__ import annotations

import re

from unhrkg.extract import lexicon
from unhrkg.extract.gazetteer import Mention, states_gazetteer, states_in

SPOKES_NOUN = r"spokes(?:man|person|woman)|porte-parole|portavoz|vocero"


def organs() -> re.Pattern[str] | None:
    """A State's organs and officials ("foreign ministry", "canciller"; the lexicon's ``author.organs``)."""
    return lexicon.pattern("author", "organs")


def organ_after(text: str, pos: int) -> bool:
    """An organ of the State named just before pos: "Azerbaijan's Foreign Ministry", "Serbian
    Foreign Minister", "the U.S. Mission"."""
    gap = re.match(r"(?:['’´]s)?\s+", text[pos:pos + 4])
    names = organs()
    return bool(gap and names and names.match(text, pos + gap.end()))


def organ_speaks(text: str, pos: int) -> bool:
    """The organ named after the State at pos speaks, itself or by its spokesperson ("Chinese Foreign Ministry
    spokesperson said", "the Ministry of Foreign Affairs said"): one of the lexicon's ``author.said`` verbs follows."""
    gap = re.match(r"(?:['’´]s)?\s+", text[pos:pos + 4])
    names, said = organs(), lexicon.pattern("author", "said")
    organ = names.match(text, pos + gap.end()) if gap and names and said else None
    official = re.match(rf"\s+(?:(?:{SPOKES_NOUN})\s+)?(?-i:(?:[A-Z][\w.'’-]+\s+){{0,3}})", text[organ.end():organ.end() + 60], re.I) \
        if organ else None  # ("Russia's Deputy Foreign Minister Yuri Fedotov told": the official named)
    return bool(official and said.match(text, organ.end() + official.end()))  # type: ignore[union-attr]


def demonym_at(text: str, pos: int) -> Mention | None:
    """A demonym right after an organ's name (adjective after the noun)."""
    gap = re.match(r"\s+", text[pos:pos + 3])
    if not gap:
        return None
    st = states_gazetteer().match_at(text, pos + gap.end())
    return st if st and st.value and st.kind == "demonym" and st.start == pos + gap.end() else None


NAME_GAP = re.compile(r"(?:\s*,?\s+(?:de|des|du|de\s+la|del|de\s+los|et|y|and|of|for|the|la|las|los|l['’]|"
                      r"[A-ZÉ][\w'’-]+))*\s+")


def demonym_in_name(text: str, pos: int) -> Mention | None:
    """A demonym that is part of an organ's own name: "Ministère des Affaires étrangères et des
    Sénégalais de l'Extérieur", "ministre ..., de la Migration et des Tunisiens à l'étranger"."""
    for st in states_in(text, pos, min(len(text), pos + 70)):
        if st.kind == "demonym" and NAME_GAP.fullmatch(text, pos, st.start):
            return st
    return None

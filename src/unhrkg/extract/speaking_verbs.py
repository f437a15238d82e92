"""Whether a State named as a clause's subject speaks: a verb of speaking after it.

"Senegal expresses", "A, B and C, países miembros del Grupo de Lima, deploran" (past a phrase or two set off by
commas), "The governments of A, B and C said in a joint statement" (a plain verb of saying, asked apart); an auxiliary
alone is no verb of speaking ("have put a lot of effort"). The verbs are the lexicon's ``author.speaking_verbs`` and
``author.said``; where a verb may start after the State is ``spoken_of.verb_gap``.
"""
from __future__ import annotations

import re

from unhrkg.extract import lexicon
from unhrkg.extract.gazetteer import states_in
from unhrkg.extract.spoken_of import verb_gap

AUXILIARIES = ("is", "are", "has", "have", "will", "would", "remains", "remain", "do", "does", "did", "es", "ha", "han",
               "est", "a", "ont")


APPOSITIONS = 2  # phrases set off by commas between a subject and its verb
APPOSED = re.compile(r",\s*(?:(?-i:[a-zé])|members|member\s+States|countries)[^,.;:\n]{2,80},(?=\s)", re.I)


def apposed_after(text: str, pos: int) -> re.Match[str] | None:
    """Words set off by commas after a State, naming no State (a list of States goes on: "los Estados
    Unidos, el Reino Unido y Francia, ... votaron")."""
    m = APPOSED.match(text, pos)
    return m if m and not states_in(text, m.start(), m.end()) else None


def speaks_after(text: str, pos: int) -> bool:
    """A speaking verb follows pos ("... and Senegal express"), or follows a phrase or two set off by
    commas ("A, B and C, países miembros del Grupo de Lima, deploran", "..., miembros del Grupo de
    Lima, reunidos en Buenos Aires, expresan"); an auxiliary alone is not one ("the governments of
    Kenya and Djibouti have put a lot of effort")."""
    cursor = pos
    for _ in range(APPOSITIONS):
        described = APPOSED.match(text, cursor)
        if described is None:
            break
        if verb_at(text, described.end()):
            return True
        cursor = described.end() - 1  # (the next one starts at the comma closing this one)
    return verb_at(text, pos)


def said_after(text: str, pos: int) -> bool:
    """A plain verb of saying (the lexicon's ``author.said``: "said", "stated") after ``pos``: "The governments of A, B
    and C said in a joint statement"."""
    said, gap = lexicon.pattern("author", "said"), verb_gap(text, pos)
    return bool(said and gap is not None and said.match(text, gap))


def verb_at(text: str, pos: int) -> bool:
    verbs = lexicon.pattern("author", "speaking_verbs")
    gap = verb_gap(text, pos)
    verb = verbs.match(text, gap) if verbs and gap is not None else None
    while verb and verb.group(0).lower() in AUXILIARIES:
        gap = verb_gap(text, verb.end())
        verb = verbs.match(text, gap) if gap is not None else None
    return verb is not None

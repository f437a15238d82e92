"""A page a State's government publishes that never names the State (``official_pages.csv``): a record of the French
Government's archive of public statements, titled "Déclaration de M. Bernard Kouchner, ministre des affaires
étrangères et européennes, sur ..." or "Communiqué du ministère des affaires étrangères, en date du ..., sur ...",
then its fields ("Prononcé le", "Intervenant(s) :", "Circonstance :") and "Texte intégral" over the text; a page of
a United States government site under its banner ("An official website of the United States government").

A text is such a page where at least ``FIELDS_LEAST`` of a row's field labels open a line near its top, or where
its first line is the row's opening line alone (a copy that kept only the record's full text, a site's banner).
The page's State is the author only where no firmer rule found one (a guess from a place or the State most named
gives way to it) and the title names no other speaker ("Communiqué des pays de la CEE, en date du 10 août 1988":
the Communities')."""
from __future__ import annotations

import re
from functools import cache

from unhrkg.extract.coalitions import GUESSED
from unhrkg.extract.gazetteer import bodies_in, coalitions_in
from unhrkg.model.reference import official_pages

TOP = 1500  # a record's fields stand under its title
FIELDS_LEAST = 2
# the speaker a record's title names, up to its first comma or its date or subject ("Communiqué des pays de la CEE")
TITLE_SPEAKER = re.compile(r"[^\n,]*?(?=,|\s+en\s+date\b|\s+sur\b|\n|$)")


@cache
def _marks() -> tuple[tuple[str, re.Pattern[str] | None, re.Pattern[str] | None], ...]:
    return tuple((iso3, re.compile(r"^[ \t]*(?:" + "|".join(re.escape(f) for f in fields) + ")", re.M) if fields else None,
                  re.compile(r"\s*" + re.escape(opening) + r"[ \t]*\n") if opening else None)
                 for iso3, fields, opening in official_pages())


def official_page_state(text: str) -> str | None:
    """The State whose official page the text is, unless its title names another speaker."""
    for iso3, fields, opening in _marks():
        if fields and len({m.group(0).strip() for m in fields.finditer(text, 0, min(len(text), TOP))}) >= FIELDS_LEAST \
                or opening and opening.match(text):
            speaker = TITLE_SPEAKER.match(text)
            if speaker and (bodies_in(text, 0, speaker.end()) or coalitions_in(text, 0, speaker.end())):
                return None
            return iso3
    return None


def page_author(text: str, author: tuple[str, str] | None) -> tuple[str, str] | None:
    """The author found, or the official page's State where none was or it was only guessed."""
    if author is None or author[1] in GUESSED:
        state = official_page_state(text)
        if state:
            return state, "official-page"
    return author

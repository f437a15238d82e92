"""A page a State's government publishes that never names the State (``official_pages.csv``): a record of the French
Government's archive of public statements, titled "Déclaration de M. Bernard Kouchner, ministre des affaires
étrangères et européennes, sur ..." or "Communiqué du ministère des affaires étrangères, en date du ..., sur ...",
then its fields ("Prononcé le", "Intervenant(s) :", "Circonstance :") and "Texte intégral" over the text; a page of
a United States government site under its banner ("An official website of the United States government"); a page of the
French foreign ministry's daily briefing, whose first line holds its title words ("Syria - Q&A - Excerpts from the daily
press briefing (22.01.18)").

A text is such a record where at least ``FIELDS_LEAST`` of a row's field labels open a line near its top; it may be
such a page where its first line is the row's opening line alone (a copy that kept only the record's full text, a
site's banner). The page's State is the author only where no firmer rule found one: it outweighs a guess from the
State a text names most or from an organ's adjective, not a place's dateline ("Ottawa, le 2 mars 2022"). Not where the page gives the words to another speaker:
its title's speaker ("Communiqué des pays de la CEE", "Secretary-General's remarks", "Interview of Russian Ambassador
...") or its speaker field ("Intervenant(s) : Kofi Annan - Secrétaire général de l'ONU") names a body, a group or
another State; nor where its title is another kind of text ("Résolution du Parlement européen ...")."""
from __future__ import annotations

import re
from functools import cache

from unhrkg.extract.gazetteer import bodies_in, coalitions_in, states_in
from unhrkg.model.reference import official_pages

TOP = 1500  # a record's fields stand under its title
FIELDS_LEAST = 2
OUTWEIGHS = ("most-named", "unnamed-organ", "own-organ")  # the guesses a page outweighs (not a place's dateline)
TITLE_LINES = 2  # the title: the first lines that are not the opening line
# the speaker a title names: after a statement's noun ("Déclaration de M. X, ministre ...", "Press statement by NATO
# Secretary General", "Interview of Russian Ambassador ..."), up to its subject or occasion; or its possessive
SPEAKER = re.compile(r"(?:remarks|statement|interview|address|speech|briefing|d[ée]claration|intervention|communiqu[ée]|"
                     r"conf[ée]rence\s+de\s+presse|point\s+de\s+presse|entretien|discours|allocution|message|lettre|declaraci[óo]n|"
                     r"intervenci[óo]n|comunicado|discurso)s?\s+(?:by|of|from|de|du|des|del|d['’])\s*(?P<who>[^\n]{2,160}?)"
                     r"(?=\s+(?:sur|on|at|before|to|au|à|devant|en\s+date|sobre|ante)\b|[\n(]|$)"
                     r"|^[ \t]*(?P<owner>[^\n,]{2,60}?)['’]s\s+(?:remarks|statement|address|speech|message|briefing)", re.I | re.M)
OTHER_KIND = re.compile(r"[ \t]*(?:r[ée]solution|resoluci[óo]n|d[ée]cision|decisi[óo]n|report|rapport|informe)\b", re.I)


Marks = tuple[str, re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None]


@cache
def _marks() -> tuple[Marks, ...]:
    def line_start(labels: list[str]) -> re.Pattern[str] | None:
        return re.compile(r"^[ \t]*(?:" + "|".join(re.escape(label) for label in labels) + ")", re.M) if labels else None

    def printed(phrase: str) -> str:  # "Q&A - Excerpts from ...": its words as pages print them ("Q & A – Excerpts")
        return r"[ \t]+".join(re.escape(w).replace(r"\&", r"[ \t]*&[ \t]*") if w not in "-–—" else "[-–—:]"
                               for w in phrase.split())
    return tuple((iso3, line_start(list(fields)), re.compile(r"\s*" + re.escape(opening) + r"[ \t]*\n") if opening else None,
                  line_start([speaker] if speaker else []),
                  re.compile("|".join(printed(t) for t in titles), re.I) if titles else None)
                 for iso3, fields, opening, speaker, titles in official_pages())


def official_page(text: str) -> str | None:
    """The State whose official page the text is, unless the page gives its words to another speaker."""
    first = re.match(r"\s*[^\n]*", text).group(0)  # type: ignore[union-attr]
    for iso3, fields, opening, speaker, titled in _marks():
        record = bool(fields) and len({m.group(0).strip() for m in fields.finditer(text, 0, min(len(text), TOP))}) >= FIELDS_LEAST
        opened = opening.match(text) if opening else None
        if not (record or opened or titled and titled.search(first)):  # (or its first line holds the row's title words:
            continue  # "Syria - Q&A - Excerpts from the daily press briefing (28.02.18)")
        title = _title(text, opened.end() if opened else 0)
        if OTHER_KIND.match(text, title[0]) or _other_speaker(text, iso3, *title):
            return None
        field = speaker.search(text, 0, min(len(text), TOP)) if speaker else None
        if field and _named_other(text, iso3, field.end(), text.find("\n", field.end()) % (len(text) + 1)):
            return None
        return iso3
    return None


def _title(text: str, start: int) -> tuple[int, int]:
    """The first lines of the text after its opening line: its title."""
    lines = [m for m in re.finditer(r"[^\n]*\S[^\n]*", text[start:min(len(text), start + TOP)])][:TITLE_LINES]
    return (start + lines[0].start(), start + lines[-1].end()) if lines else (start, start)


def _other_speaker(text: str, iso3: str, start: int, end: int) -> bool:
    for m in SPEAKER.finditer(text, start, end):
        group = "who" if m.group("who") else "owner"
        if _named_other(text, iso3, m.start(group), m.end(group)):
            return True
    return False


def _named_other(text: str, iso3: str, start: int, end: int) -> bool:
    """A body, a group or a State other than the page's named between start and end."""
    return bool(bodies_in(text, start, end) or coalitions_in(text, start, end)
                or any(s.value != iso3 for s in states_in(text, start, end)))


def page_author(text: str, author: tuple[str, str] | None) -> tuple[str, str] | None:
    """The author found, or the official page's State where none was or it was only guessed."""
    if author is None or author[1] in OUTWEIGHS:
        page = official_page(text)
        if page:
            return page, "official-page"
    return author

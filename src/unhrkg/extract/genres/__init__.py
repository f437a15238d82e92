"""Genres: what kind of document a text is, each genre a module.

A genre module defines ``GENRE = Genre(name, cue, read)``: ``cue(text, header)`` says where the
genre's own mark starts in the text (``header.zone_end``, when not 0, is the earliest mark found
so far: a cue need not look past it) (a "Letter dated ..." title, a "Resolution adopted by"
heading, a "Report of ..." title, "presents its compliments", a "Statement by ..." heading),
or None; ``read(text, header, at)`` fills the header from there (type, dates, authors,
addressee), each field with its rule. The genre whose mark comes first is the document's:
a report whose contents list "resolutions adopted by the Council" is a report, a letter
that quotes a resolution is a letter. A text with no mark is read by ``statement``'s
fallback (the author named by an author phrase or as the speaking subject).

To add a genre: write a module with a ``GENRE`` and add it to ``GENRES`` (order breaks ties).
"""
from __future__ import annotations

from collections.abc import Callable
import re
from dataclasses import dataclass

from unhrkg.extract.model import Header
from unhrkg.extract.scan import Lines


@dataclass(frozen=True)
class Genre:
    name: str
    cue: Callable[[str, Header], int | None]
    read: Callable[[str, Header, int], None]


def _registry() -> tuple[Genre, ...]:
    from unhrkg.extract.genres import adopted, draft, letter, note, press, report, statement
    return (letter.GENRE, draft.GENRE, adopted.GENRE, report.GENRE, note.GENRE, press.GENRE, statement.GENRE)


def marks(text: str, h: Header) -> list[tuple[int, int, Genre]]:
    """(position, rank, genre) of every genre whose mark is in the text, earliest first."""
    found = []
    for rank, genre in enumerate(_registry()):
        h.zone_end = min((f[0] for f in found), default=0)  # a later genre need not look past the earliest mark
        at = genre.cue(text, h)
        if at is not None:
            found.append((at, rank, genre))
    h.zone_end = 0
    found.sort(key=lambda m: (m[0], m[1]))
    return _page_title_yields(text, found)


PAGE_TITLE_REACH = 600  # a web page's title line stands above the document it carries


def _page_title_yields(text: str, found: list[tuple[int, int, Genre]]) -> list[tuple[int, int, Genre]]:
    """A statement heading set inside a page's title line ("Attack on ... – Statement by FM of X –
    Letter from X") yields to a dated letter title starting a line below it: the page carries
    the letter, which transmits the statement. A heading on a line of its own keeps its place
    (a statement that later quotes a letter is a statement)."""
    if len(found) < 2:
        return found
    if found[0][2].name == "report":
        letter = _letter_after_item_title(text, found)
        return [letter] + [f for f in found if f is not letter] if letter else found
    if found[0][2].name != "statement":
        return found
    masthead = _masthead_letter(text, found)
    if masthead:
        return [masthead] + [f for f in found if f is not masthead]
    at = found[0][0]
    line_start = text.rfind("\n", 0, at) + 1
    if not re.search(r"\S\s+[-–—|]\s*$|^[^\n:]{1,20}:[ \t]+(?:Joint[ \t]+)?$", text[line_start:at], re.I):  # set apart in a longer line, or after
        # a site's label ("Iraq: Joint declaration by France, ...")
        return found
    letter = next((f for f in found if f[2].name == "letter"), None)
    if letter is None or letter[0] > PAGE_TITLE_REACH or text[text.rfind("\n", 0, letter[0]) + 1:letter[0]].strip():
        return found
    from unhrkg.extract.genres.letter_title import dated_title
    if not dated_title(text, letter[0]):
        return found
    return [letter] + [f for f in found if f is not letter]


ITEM_WORDS = re.compile(r"(?m:^[ \t]*items?(?=\s+\d))|\b(?:agenda\s+items?|points?\s+\d[^\n.]{0,30}?de\s+l['’]ordre\s+du\s+jour|"
                        r"temas?\s+\d[^\n.]{0,30}?del\s+programa)\b", re.I)
ITEM_TITLE_REACH = 600  # an agenda item's title runs this far after its number in a masthead
# a sentence of the text, not a masthead line nor its footnote ("*    A/51/50."): words, then the sentence's end
SENTENCE_END = re.compile(r"^[ \t]*(?:[^\W\d_][\w,'’()-]*[ \t]+){4}[^\n]*[.;:!?][ \t]*\n", re.M)


def _letter_after_item_title(text: str, found: list[tuple[int, int, Genre]]) -> tuple[int, int, Genre] | None:
    """A report title that is the title of the agenda item a letter is circulated under, in a masthead
    whose item line has no "agenda" ("Items 42 and 84 of the preliminary list / QUESTION OF PALESTINE /
    REPORT OF THE SPECIAL COMMITTEE ...") or whose lines a text layer ran together ("Agenda items 36, 52 and 60 The situation in the Middle
    East Report of the Special Committee ... Letter dated 15 October 2010 from ..."), or that runs on
    from the item line, the letter title a paragraph below ("Agenda items 15, 32 and 40 / The situation
    in the Middle East / Report of the Special Committee ... / Security Council / Sixty-fifth year /
    (blank) / Identical letters dated 5 January 2010 from ..."): the dated letter title after it is the document's. (Line by line, the report genre skips the item's
    title itself.)"""
    at = found[0][0]
    items = [m for m in ITEM_WORDS.finditer(text, max(0, at - ITEM_TITLE_REACH), at)]
    if not items and MASTHEAD.search(text, 0, at):  # (a masthead whose item line is left out: its session line
        items = [m for m in SESSION_LINE.finditer(text, max(0, at - ITEM_TITLE_REACH), at)]  # stands above the title)
    letter = next((f for f in found if f[2].name == "letter"), None)
    if not items or letter is None or letter[0] - at > ITEM_TITLE_REACH:
        return None
    if "\n\n" in text[items[-1].start():letter[0]] and SENTENCE_END.search(text, at, letter[0]):
        return None  # a paragraph of text between: the report's own title, its text before the letter it quotes
    from unhrkg.extract.genres.letter_title import dated_title
    return letter if dated_title(text, letter[0]) else None


MASTHEAD = Lines(re.compile(r"^[ \t]*Distr\.?:?(?:[ \t]+\w+)?[ \t]*$", re.M))  # "Distr. générale", "Distr. GENERAL", "Distr.: General"
SESSION_LINE = re.compile(r"^[^\n]{0,60}\b(?:session|período\s+de\s+sesiones)[^\n]{0,40}$", re.M | re.I)  # "Thirty-fifth session Thirty-fifth year"


# the document's symbol alone on the line right above the letter title, as the site's heading gives it too ("Final
# communiqué of ... (S/2003/514) / S/2003/514 / Letter dated 29 April 2003 from ..."): a site gives the document under its
# own heading
SYMBOL_ABOVE = re.compile(r"(?:^|\n)[ \t]*(?P<symbol>[AES]/(?:[\w.-]+/)*[\w.-]*\d[\w.-]*)[ \t]*\n[ \t]*$")


def _masthead_letter(text: str, found: list[tuple[int, int, Genre]]) -> tuple[int, int, Genre] | None:
    """A dated letter title under a UN document's masthead (its "Distr." line, or its symbol on the line above), where a statement
    heading stands above the masthead: the heading is the page's, the document is the letter
    ("Déclaration du sommet ... / Nations Unies / S/2007/135 / Distr. générale / Lettre datée du ...")."""
    letter = next((f for f in found if f[2].name == "letter"), None)
    symbol = SYMBOL_ABOVE.search(text, max(found[0][0], letter[0] - 80), letter[0]) if letter else None
    if letter is None or not (MASTHEAD.search(text, found[0][0], letter[0])
                              or symbol and symbol.group("symbol") in text[:symbol.start()]):
        return None  # (the symbol the page's heading gives too; not a list of "Related documents: / A/75/500 / Letter ...")
    from unhrkg.extract.genres.letter_title import dated_title
    return letter if dated_title(text, letter[0]) else None


def recognise(text: str, h: Header, found: list[tuple[int, int, Genre]]) -> None:
    """Read the document as the genre whose mark comes first (or as an untitled text)."""
    from unhrkg.extract.genres import statement
    if found:
        at, _, genre = found[0]
        h.genre = genre.name
        genre.read(text, h, at)
    else:
        h.genre = "untitled"
        statement.untitled(text, h)

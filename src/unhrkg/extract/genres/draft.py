"""Draft resolutions and decisions as circulated (the "L." documents): their sponsors' line.

Recognised by the line that names the States tabling the draft before its heading, "Argentina,
Australia, Austria*, ... and Zambia: draft resolution", "Pakistan (on behalf of the Organization
of the Islamic Conference): draft resolution 4/...", "Bolivia, Cuba y Venezuela: proyecto de
resolución" (the lexicon's ``draft_heading``). The authors are those States; the type is that of
the text the draft would become. The masthead (symbol, date, session, item) is the header's.
"""
from __future__ import annotations

import re

from unhrkg.extract import lexicon
from unhrkg.extract.gazetteer import states_in
from unhrkg.extract.genres import Genre
from unhrkg.extract.model import Header
from unhrkg.model.reference import load_reference

SEARCH = 4000  # the sponsors' line stands under the masthead
LIST_REACH = 3000  # how far back from its colon a long list of sponsors may start
# between the last sponsor and the colon: a footnote mark, a note in brackets ("(on behalf of ...)")
LAST_TO_COLON = re.compile(r"[\s*]*(?:\([^()\n]{0,120}\)[\s*]*)?:\s*$")
# between two sponsors: commas, "and", footnote marks, a bracketed part of a name, or a name's words the
# tables do not know ("United Kingdom yof Great Britain and Northern Ireland,"): no sentence's end
ITEM_GAP = re.compile(r"[\w\s,*()'’.-]{1,60}")
# a list the page's text breaks with blank lines, right after a comma ("Bulgaria*, Canadá*,\n\n\nChequia, Chile*")
BROKEN_AFTER_COMMA = re.compile(r"[*\s]*,[ \t]*\n\s*")
SEPARATOR = re.compile(r",|;|\b(?:and|et|y|e)\b", re.I)


def _sponsors(text: str, colon: int) -> tuple[int, list[str]] | None:
    """The States listed right before the colon at ``colon``, walking back while each gap is a list's."""
    states = [s for s in states_in(text, max(0, colon - LIST_REACH), colon) if s.value in load_reference().states]
    if not states or not LAST_TO_COLON.fullmatch(text, states[-1].end, colon + 1):
        return None
    run = [states[-1]]
    for prev in reversed(states[:-1]):
        gap = text[prev.end:run[0].start]
        if ". " in gap or "\n\n" in gap and not BROKEN_AFTER_COMMA.fullmatch(gap) or not ITEM_GAP.fullmatch(gap) \
                or not SEPARATOR.search(gap) and prev.value != run[0].value:  # (a name in two known parts)
            break
        run.insert(0, prev)
    return run[0].start, list(dict.fromkeys(str(s.value) for s in run))


def _mark(text: str, stop: int) -> tuple[int, int, list[str], str] | None:
    """(list start, heading end, sponsors, kind) of the first sponsors' line before ``stop``."""
    heading = lexicon.all_languages_pattern("draft_heading")
    for colon in (m.start() for m in re.finditer(r":", text[:min(len(text), stop)])):
        after = heading.match(text, colon + 1 + len(text[colon + 1:colon + 40]) - len(text[colon + 1:colon + 40].lstrip(" \t\n*")))
        # ("... Ukraine and Vanuatu:* draft resolution": a footnote's mark after the colon)
        if after is None:
            continue
        found = _sponsors(text, colon)
        if found:
            kind = "decision" if re.search(r"d[ée]cisi", after.group(0), re.I) else "resolution"
            return found[0], after.end(), found[1], kind
    return None


def cue(text: str, h: Header) -> int | None:
    found = _mark(text, SEARCH)
    return found[0] if found else None


def read(text: str, h: Header, at: int) -> None:
    found = _mark(text, SEARCH)
    if found is None or found[0] != at:
        return
    start, end, states, kind = found
    h.put("doc_type", kind, "draft-sponsors", (start, end))
    h.put("author_states", states, "draft-sponsors", (start, end))


GENRE = Genre("draft", cue, read)

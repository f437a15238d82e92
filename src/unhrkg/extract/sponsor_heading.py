"""Sponsors listed under a heading of their own above an adopted text: "Main sponsors", "Co-sponsors 43", then the
States one per line ("- Australia", "- Moldova, Republic of"), as pages recording the Council's resolutions print
them (the lexicon's ``sponsor.list_headings``). They are the sponsors of the text's own resolution; only where the
text is an adopted resolution or decision with its own number, and the heading stands in its top part (not a
"Sponsor:" line beside a draft's title in a table of drafts)."""
from __future__ import annotations

import re

from unhrkg.extract import lexicon
from unhrkg.extract.behalf import LIST_ITEM
from unhrkg.extract.gazetteer import states_gazetteer
from unhrkg.extract.model import Ref, Sponsorship

HEADING_REACH = 1500  # the list heads the page, above the adopted text
COUNT = re.compile(r"[ \t]*\(?\d*\)?[ \t]*:?[ \t]*$")  # "Co-sponsors 43", "Co-sponsors (43):"
OTHER_TEXT = re.compile(r"\b(?:amendments?|amendements?|enmiendas?|draft|projet|proyecto|oral\s+revision)\b|\bL\.\s?\d", re.I)
INVERTED = re.compile(r"(?:,[ \t]*[\w' ]+|[ \t]*\([^()\n]+\))?[ \t]*$")  # "Moldova, Republic of", "Bolivia (Plurinational State of)"


def heading_sponsors(text: str, own: tuple[str, str] | None, doc_type: str | None) -> list[dict[str, object]]:
    headings = lexicon.pattern("sponsor", "list_headings")
    if own is None or doc_type not in ("resolution", "decision") or headings is None:
        return []
    found: list[str] = []
    span = None
    other = False  # under a heading whose line above names another text: "- Amendment L.45 / - Sponsors / - Belgium"
    above = ""
    pos, stop = 0, min(len(text), HEADING_REACH)
    while pos < stop:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        item = LIST_ITEM.match(text, pos).end()  # type: ignore[union-attr]
        line = text[item:end]
        state = states_gazetteer().match_at(text, item)
        if headings.fullmatch(COUNT.sub("", line)):  # (the count glued on: "Co-sponsors43")
            other, above = bool(OTHER_TEXT.search(above)), ""
            span = span or (None if other else (pos, end))  # a heading: the list starts (or goes on: "Main sponsors" then
            # "Co-sponsors")
        elif (span or other) and state and state.value and state.kind == "name" and INVERTED.fullmatch(text, state.end, end):
            if not other:
                found.append(str(state.value))
                span = (span[0], end)  # type: ignore[index]
        elif span and line.strip():
            break  # the list ends at a line that is neither a State nor a heading ("- In Favour")
        else:  # any other line (a blank item too) ends the list a heading under another text's line opened
            above, other = line, False
        pos = end + 1
    if len(found) < 2 or span is None:
        return []
    evidence = " ".join(line.strip(" -•*\t") for line in text[span[0]:span[1]].splitlines() if line.strip(" -•*\t"))
    return [Sponsorship(Ref(*own), code, evidence, "sponsor-list-heading", span).to_dict() for code in dict.fromkeys(found)]

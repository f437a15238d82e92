"""A web page's links to its other stories, left in the text it was copied from: "You may be interested in: Iranian
President speaks out on the truce with Israel", "ALSO READ: UN struggles to strike Syria aid deal", "Lire aussi : ...",
"Te puede interesar: ..." (the lexicons' ``author.teasers``). The headline after the label is another story's: the
States it makes speak are not the author of this one.

A label counts where it opens a line or follows a sentence's end (a page's text may glue it on: "... said in a
statement.You may be interested in: ..."), and is set off by a colon or a dash, or by a space before the headline's
first capital ("Also read ASEAN pledged aid"). The headline runs to its line's end, or to where the page glued the
next sentence on ("Read also: UN adopts updated draft ... in occupied CrimeaIn this region"), within ``HEADLINE_REACH``.
"""
from __future__ import annotations

import re

from unhrkg.extract import lexicon, memo

HEADLINE_REACH = 200  # a headline is short: a longer run after the label is no link's
OPENS = re.compile(r"(?:^|[.!?\n][\"”»']?)[ \t]*$")  # a line's start, or a sentence's end, before the label
SET_OFF = re.compile(r"[ \t]*[:\-–—|»][ \t]*|[ \t]+(?=[A-ZÀ-Ý])")
GLUED_SENTENCE = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Ý][a-zà-ÿ]+\s)")  # "CrimeaIn this": where the next sentence starts


@memo.per_document
def teaser_spans(text: str) -> list[tuple[int, int]]:
    """Where each link to another story (its label and headline) stands in the text."""
    labels = lexicon.all_languages_pattern("author", "teasers")
    spans = []
    for m in labels.finditer(text):
        if not OPENS.search(text, max(0, m.start() - 3), m.start()):
            continue  # "the related resolutions": a word of a sentence
        off = SET_OFF.match(text, m.end())
        if not off:
            continue
        line_end = text.find("\n", off.end())
        line_end = len(text) if line_end < 0 else line_end
        if line_end - off.end() > HEADLINE_REACH:
            glued = GLUED_SENTENCE.search(text, off.end() + 1, off.end() + HEADLINE_REACH)
            if not glued:
                continue
            line_end = glued.start()
        spans.append((m.start(), line_end))
    return spans


def in_teaser(text: str, at: int) -> bool:
    """Whether ``at`` falls within a link to another story."""
    return any(start <= at < end for start, end in teaser_spans(text))

"""Where a text's letterhead ends: the short title-case lines at its top, before the first line of prose."""
from __future__ import annotations

import re

from unhrkg.extract import lexicon

# five lower-case words in a row: a sentence's run, which a letterhead's title-case names ("Permanent Mission of the
# Russian Federation to the United Nations", "Mission permanente de la République") do not have
PROSE_RUN = re.compile(r"(?:\b(?-i:[a-zà-ÿ])[\w'’]*[\s,]+){4}\b(?-i:[a-zà-ÿ])")


def letterhead_end(text: str) -> int:
    """Where the letterhead ends: the short lines at the top, before the first line of prose
    ("Permanent Mission of the Russian Federation to the United Nations", "Press and Information
    Department / of the Ministry of Foreign Affairs / of the Republic of Armenia")."""
    pos = 0
    address = [lexicon.all_languages_pattern("speech", k) for k in ("chair", "vocatives")]
    for line in text[:600].split("\n"):
        if len(line) > 90 or re.search(r"[.!?]\s*$", line.strip()) and len(line.split()) > 6 or PROSE_RUN.search(line):
            break  # (prose wrapped short, as a Markdown source or an e-mail is: "reaffirm our commitment to the")
        if any(a.match(line.strip()) for a in address):
            break  # "Majestades, Altezas / Reales y Excelentísimos ...": words to the audience, not a letterhead
        pos += len(line) + 1
    return min(pos, len(text))

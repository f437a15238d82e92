"""The language a document is written in, and the one its header says it was written in.

The header's "Original: ENGLISH" / "Original : FRANÇAIS" / "Original: ESPAÑOL" line names the
language of the original (the record's ``language``); the language the rules read the text
in is that of the text itself, told by the share of each lexicon's frequent words, so a
translation is read in its own language.
"""
from __future__ import annotations

import re
from collections import Counter
from itertools import repeat
from functools import cache

from unhrkg.extract import lexicon


@cache
def _original_line() -> re.Pattern[str]:
    labels = lexicon.all_languages_pattern("original_label").pattern
    return re.compile(rf"(?<!\[){labels}\s*:\s*([^\W\d_]+)", re.I)


def original_language(text: str, end: int | None = None) -> tuple[str | None, int | None]:
    """(ISO 639-1 code, position) of the language an "Original:" line names, if any."""
    names = lexicon.merged_table("language_names")
    stop = len(text) if end is None else end
    for m in _original_line().finditer(text, 0, stop):
        code = names.get(m.group(1).lower())
        if code:
            return code, m.start()
    return None, None


@cache
def _stopwords(lang: str) -> frozenset[str]:
    return frozenset(lexicon.words("stopwords", lang=lang))


_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def text_language(text: str, sample: int = 3000) -> str:
    """The lexicon language whose frequent words are most common in the text (English on a tie)."""
    seen = Counter(_WORD.findall(text[:sample].lower()))
    counts = {lang: sum(map(seen.get, _stopwords(lang), repeat(0))) for lang in lexicon.languages()}  # summed in C
    best = max(counts, key=lambda lang: (counts[lang], lang == lexicon.DEFAULT))
    return best if counts[best] else lexicon.DEFAULT

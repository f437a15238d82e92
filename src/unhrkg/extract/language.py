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


# another language after the first on an "Original:" line: "Arabic/English/Spanish", "Chinese and English", "árabe, inglés"
ANOTHER = re.compile(r"\s*(?:/|,|\band\b|\bet\b|\by\b|\be\b)\s*([^\W\d_]+)", re.I)


def original_language(text: str, end: int | None = None) -> tuple[str | None, int | None]:
    """(ISO 639-1 code, position) of the language an "Original:" line names, if any; a line that names several
    originals gives its position and no code (the text is in none of them alone)."""
    names = lexicon.merged_table("language_names")
    stop = len(text) if end is None else end
    for m in _original_line().finditer(text, 0, stop):
        code = names.get(m.group(1).lower())
        if code:
            other = ANOTHER.match(text, m.end())
            return (None if other and names.get(other.group(1).lower()) else code), m.start()
    return None, None


@cache
def _stopwords(lang: str) -> frozenset[str]:
    return frozenset(lexicon.words("stopwords", lang=lang))


_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


# ASCII characters that are not letters, nor the apostrophe _WORD joins two runs of letters with
_NOT_IN_WORDS = {c: " " for c in range(128) if not (chr(c).isalpha() or chr(c) == "'")}


def _words(lowered: str) -> list[str]:
    """_WORD.findall(lowered), found faster in plain ASCII: the runs of letters and apostrophes
    between other characters, each a word where it holds no apostrophe (else read by _WORD)."""
    if not lowered.isascii():
        return _WORD.findall(lowered)
    runs = lowered.translate(_NOT_IN_WORDS).split()
    if "'" not in lowered:
        return runs
    words: list[str] = []
    for run in runs:
        if "'" in run:
            words += _WORD.findall(run)
        else:
            words.append(run)
    return words


def text_language(text: str, sample: int = 3000) -> str:
    """The lexicon language whose frequent words are most common in the text (English on a tie)."""
    words = _words(text[:sample].lower().replace("\u2019", "'"))
    seen = Counter(words)
    seen.update(w[:w.index("'") + 1] for w in words if "'" in w)  # an elided article or pronoun: "l'", "qu'"
    counts = {lang: sum(map(seen.get, _stopwords(lang), repeat(0))) for lang in lexicon.languages()}  # summed in C
    best = max(counts, key=lambda lang: (counts[lang], lang == lexicon.DEFAULT))
    return best if counts[best] else lexicon.DEFAULT

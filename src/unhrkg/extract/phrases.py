"""A lexicon alternation that is not looked for in a text lacking the words it cannot match without.

Most phrase lists are looked for in every text (and the stance lists in every sentence), and
most texts hold none of their phrases: the engine still tries the alternation at every
position. Every phrase has a word it cannot match without (one of the alternatives of a word
that is neither optional nor ``...``); in the lower-cased text (``scan.lowered``) each of those
is a plain substring, which ``in`` finds in C far faster. Where no phrase's word is in the text,
``search``, ``finditer`` and ``findall`` answer at once what the regex would have found:
nothing. Otherwise, and for every other method, the compiled regex answers itself.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from unhrkg.extract.scan import Starting, lowered

_APOSTROPHES = re.compile(r"['\u2019]")  # a phrase's apostrophe matches either (``lexicon._word``)


def _plain(text: str) -> bool:
    """Whether a word's letters are lower-cased as IGNORECASE matches them (``scan.lowered``):
    ASCII and Latin-1, the micro sign aside."""
    return all(ord(c) < 0x100 and c != "\u00b5" for c in text)


def _needed(token: str) -> list[str] | None:
    """For a word of a phrase ("rejects|rejected|non-*"), a piece of text each of its alternatives
    prints, in lower case: its longest run between apostrophes (the run-on star and a hyphen's
    following space are not printed); None where an alternative has no such piece."""
    out = []
    for alternative in token.split("|"):
        pieces = [p for p in _APOSTROPHES.split(alternative.rstrip("*").lower()) if p]
        if not pieces or not _plain(alternative):
            return None
        out.append(max(pieces, key=len))
    return out


def needed_words(phrase: str) -> list[str] | None:
    """Pieces of text one of which every match of the phrase prints (lower-cased): those of its
    required word whose shortest piece is longest; None where it has no required word."""
    best = None
    for token in phrase.split():
        if token == "..." or (token.startswith("[") and token.endswith("]")):
            continue
        pieces = _needed(token)
        if pieces is not None and (best is None or min(map(len, pieces)) > min(map(len, best))):
            best = pieces
    return best


def first_words(phrases: list[str]) -> tuple[str, ...] | None:
    """Pieces of text, in lower case, one of which every match of these phrases (``lexicon.phrase_regex``)
    starts with: the alternatives of each phrase's first word, up to an apostrophe (for ``scan.Starting``);
    None where a phrase may start otherwise ("...", an optional word) or a piece is empty or has letters
    whose cases ``scan`` does not list."""
    out: dict[str, None] = {}
    for phrase in phrases:
        token = (phrase.split() or ["..."])[0]
        if token == "..." or (token.startswith("[") and token.endswith("]")):
            return None
        for alternative in token.split("|"):
            piece = _APOSTROPHES.split(alternative.rstrip("*"))[0].lower()
            if not piece or not all(c.isascii() or (c.isalpha() and _plain(c)) for c in piece):
                return None
            out[piece] = None
    return tuple(out) or None


def _fewest(words: set[str]) -> tuple[str, ...]:
    """The words that hold none of the others: where a word is printed, so is each word it holds."""
    kept: list[str] = []
    for word in sorted(words, key=lambda w: (len(w), w)):
        if not any(k in word for k in kept):
            kept.append(word)
    return tuple(kept)


class Phrases:
    """A compiled alternation of phrases (``re.Pattern``'s interface) that tells a text without
    any of the phrases' needed words (``needed_words``) has no match without running the regex."""

    def __init__(self, regex: re.Pattern[str], phrases: list[str]) -> None:
        self.regex = regex
        needed = [needed_words(p) for p in phrases]
        self.needed = None if any(n is None for n in needed) else _fewest({w for n in needed for w in n or ()})
        words = first_words(phrases)
        # where every phrase starts with a word (of two letters or more), the regex is tried only where
        # the text prints one (``scan.Starting``), not at each position
        self.starting = Starting(regex, words) if words and min(map(len, words)) >= 2 else None
        self.reach = 16 * len(words or ())  # (over fewer characters, one run of the regex costs less than a look for each word)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.regex, name)  # pattern, flags, groups, match, sub, ...

    def __repr__(self) -> str:
        return f"Phrases({self.regex!r})"

    def absent(self, string: str, start: int = 0, end: int | None = None) -> bool:
        """Whether no needed word is in string[start:end] (the regex's ``pos`` and ``endpos``): then the regex has
        no match in it nor in any part of it (a sentence of a text that holds none of the words holds none either)."""
        if self.needed is None:
            return False
        low = lowered(string)
        if low is None:
            return False
        if start <= 0 and end is None:
            return not any(map(low.__contains__, self.needed))
        start, end = max(0, start), len(low) if end is None else max(0, end)  # (the regex's bounds, not str.find's)
        return all(low.find(word, start, end) < 0 for word in self.needed)

    _absent = absent  # (the name the tests know it by)

    def _engine(self, string: str, start: int = 0, end: int | None = None) -> re.Pattern[str] | Starting:
        """The regex, or over a long stretch of text, the regex tried where a phrase's first word is printed."""
        long = self.starting is not None and (len(string) if end is None else end) - max(0, start) >= self.reach
        return self.starting if long else self.regex  # type: ignore[return-value]

    def search(self, string: str, *span: int) -> re.Match[str] | None:
        return None if self.absent(string, *span) else self._engine(string, *span).search(string, *span)

    def finditer(self, string: str, *span: int) -> Iterator[re.Match[str]]:
        return iter(()) if self.absent(string, *span) else self._engine(string, *span).finditer(string, *span)

    def findall(self, string: str, *span: int) -> list[Any]:
        return [] if self.absent(string, *span) else self.regex.findall(string, *span)

"""Patterns that look through whole texts, written so that the regex engine can skip ahead.

Python's engine tries a pattern at every position of the text, unless the pattern starts with
a given character or with a class of characters that does not depend on case: then it skips,
in C, to the next place where such a character is printed. A pattern that starts with a
look-behind ("\\b", "(?<![\\w-])") or with a letter under IGNORECASE gets no such skip.

``word_start("i")`` is "\\b" followed by the letter i in any case, written as a case-sensitive
class of the characters IGNORECASE takes for i, then the look-behind: a pattern
``word_start("i") + "tems?"`` matches what ``\\bitems?`` matches, at the same places, and is
three or four times faster to look for. A guard ``starts_with("dpru")`` (a look-ahead) spares
the rest of a long pattern at positions where none of its first letters is printed;
``first_letters`` reads those letters off an alternation, so that a new alternative cannot
slip past the guard.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

# The characters, besides its upper and lower case, that IGNORECASE matches with a letter of
# ASCII or Latin-1 (the Kelvin sign with k, the long s with s, the dotted and dotless I with i,
# the Angstrom sign with å, the capital sharp s with ß, the Greek mu with the micro sign); the tests check the whole table against
# the engine over every code point.
OTHER_CASES = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f", "\u00e5": "\u212b", "\u00df": "\u1e9e",
               "\u00b5": "\u03bc"}


def _listed(c: str) -> bool:
    """Whether the cases of c are known here: an ASCII or Latin-1 letter (º and ª included)."""
    return len(c) == 1 and c.isalpha() and ord(c) < 0x100


def caseless(letters: str) -> str:
    """A case-sensitive character class of every character IGNORECASE matches with one of these
    letters ("is" -> "[IS\u0130\u0131is\u017f]"); ValueError for a character that is not an ASCII
    or Latin-1 letter, whose cases are not listed here."""
    chars: set[str] = set()
    for c in letters:
        if not _listed(c):
            raise ValueError(f"only ASCII and Latin-1 letters have their cases listed here, not {c!r}")
        chars |= {x for x in (c, c.lower(), c.upper()) if len(x) == 1} | set(OTHER_CASES.get(c.lower(), ""))
    return "[" + "".join(sorted(chars)) + "]"


def word_start(letters: str) -> str:
    """One of these letters, in any case, where a word starts: the pattern that \\b and the
    letter make, with the class first (what follows must not repeat the letter)."""
    return f"(?-i:{caseless(letters)})(?<!\\w.)"


def starts_with(letters: str) -> str:
    """A look-ahead for one of these letters in any case, to put before a pattern all of
    whose matches start with one of them ("" for no letters: no guard)."""
    return f"(?=(?-i:{caseless(letters)}))" if letters else ""


def first_letters(alternation: str) -> str:
    """The letters that begin the alternatives of a regular expression "a...|b...|c..." (split at
    its top level), for ``starts_with``; "" (no guard) where an alternative may begin otherwise:
    with a group, a class, an escape, or a letter that a quantifier makes optional."""
    letters = ""
    for alternative in _top_level(alternation):
        first = alternative[:1]
        if not (first.isascii() and first.isalpha()) or alternative[1:2] in ("?", "*", "{"):
            return ""
        letters += first.lower()
    return "".join(dict.fromkeys(letters))


def _top_level(alternation: str) -> list[str]:
    """The alternatives of a regular expression: split at each "|" outside brackets and parentheses."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(alternation):
        c = alternation[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth == 0:
            parts.append(alternation[start:i])
            start = i + 1
        i += 1
    return parts + [alternation[start:]]


# Characters whose lower case is not the one character IGNORECASE matches them as: the dotted
# capital I lowers to two characters, the dotless i, the long s and the Greek mu match "i", "s"
# and the micro sign under IGNORECASE. A text holding one is matched the IGNORECASE way.
CASE_APART = "\u0130\u0131\u017f\u03bc"


@lru_cache(maxsize=8)  # the rules look for names and phrases in the one lower-cased copy of a text
def lowered(text: str) -> str | None:
    """The text in lower case, character for character, where a lower-case pattern (of ASCII and
    Latin-1 letters, the micro sign aside) matches it where the pattern matches the text under
    IGNORECASE; None where that is not so."""
    if not text.isascii() and any(c in text for c in CASE_APART):
        return None
    return text.lower()


def printed(text: str, words: tuple[str, ...], end: int | None = None) -> bool:
    """Whether one of these words (in lower case) may be printed, in any case, in text[:end]: False only
    where the lower-cased text holds none of them (a pattern that cannot match without one need not be tried)."""
    low = lowered(text)
    stop = len(text) if end is None else end
    return low is None or any(low.find(word, 0, stop) >= 0 for word in words)


class Lines:
    """A pattern every match of which starts a line (a MULTILINE "^..."), or, with other ``breaks``, starts
    the text or follows one of those characters ("(?:^|(?<=[.\\n]))..."): looked for only there. The engine
    tries such a pattern at every position of a text, while a break followed by the pattern has a first
    character it skips to in C. ``finditer`` and ``search`` give the very matches the pattern's own give
    (the pattern must not match an empty string); other methods are the pattern's."""

    def __init__(self, regex: re.Pattern[str], breaks: str = "\n") -> None:
        if (breaks == "\n" and not regex.flags & re.MULTILINE) or regex.match("") or not breaks or "]" in breaks:
            raise ValueError("a pattern that matches no empty string (MULTILINE, for lines)")
        self.regex = regex
        self.breaks = breaks
        # (the pattern's own start holds after the break: "^" after a line break, its look-behind after the others)
        self._after_break = re.compile(f"[{re.escape(breaks)}](?:{regex.pattern})", regex.flags)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.regex, name)  # pattern, flags, match, sub, ...

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
        stop = len(text) if end is None else min(end, len(text))
        pos = max(0, start)
        while pos <= stop:
            m = self.regex.match(text, pos, stop) if pos == 0 or text[pos - 1] in self.breaks else None
            if m is None:
                after = self._after_break.search(text, pos, stop)
                if after is None:
                    return
                m = self.regex.match(text, after.start() + 1, stop)  # (the same match, without the break)
            if m is None:  # (cannot be: the pattern matched there after the break)
                return
            yield m
            pos = m.end()

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        return next(self.finditer(text, start, end), None)


class Starting:
    """A pattern every match of which starts with one of some words (given in lower case, in ASCII or
    Latin-1: ``lowered``), in any case: it is tried only where the lower-cased text prints one
    of them, found by ``str.find`` in C, not at every position of the text (where the text has no
    lower-cased copy, the pattern runs as it is). ``finditer`` and ``search`` give the pattern's own
    matches; other methods are the pattern's."""

    def __init__(self, regex: re.Pattern[str], words: tuple[str, ...]) -> None:
        if not words or any(not w or w != w.lower() or not all(c.isascii() or _listed(c) for c in w) for w in words):
            raise ValueError(f"words in lower case, of ASCII or Latin-1, not {words!r}")
        self.regex = regex
        self.words = words

    def __getattr__(self, name: str) -> Any:
        return getattr(self.regex, name)  # pattern, flags, match, sub, ...

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
        stop = len(text) if end is None else min(end, len(text))
        low = lowered(text)
        if low is None:
            yield from self.regex.finditer(text, start, stop)
            return
        starts = set()
        for word in self.words:
            at = low.find(word, max(0, start), stop)
            while at >= 0:
                starts.add(at)
                at = low.find(word, at + 1, stop)
        yield from matches_from(self.regex, text, starts, stop)

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        return next(self.finditer(text, start, end), None)


def matches_from(regex: re.Pattern[str], text: str, starts: set[int], stop: int) -> Iterator[re.Match[str]]:
    """``regex.finditer(text, min(starts), stop)``'s matches, for a pattern every match of which starts at one of
    ``starts`` (and none of which is empty): the pattern tried at those places only, in order, each after the last match."""
    pos = 0
    for at in sorted(starts):
        m = regex.match(text, at, stop) if at >= pos else None
        if m is not None:
            yield m
            pos = m.end()

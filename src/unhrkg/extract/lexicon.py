"""Cue lexicons as data: one folder per language under ``data/reference/lexicon/``.

``cues.yaml`` holds the phrases the rules look for (stance and sponsor cues, author phrases,
header words, months, ordinals); ``states.csv`` and ``bodies.csv`` (other languages than
English) add the names of States and bodies in that language to the reference tables.
A phrase is written in a small syntax, compiled here to a regular expression:

- words separated by spaces match any run of whitespace;
- ``a|b`` is one of several words, ``[a|b]`` an optional one;
- ``word*`` lets a word run on (``reject*``: rejects, rejected, rejecting);
- ``...`` stands for up to five words of any kind ("group of ... led by");
- ``[,]`` is a comma that may stand after the word before it ("group ... [,] composed of": "the Group of Friends
  of Haiti, composed of");
- ``[,...,]`` stands for an aside of up to five words between commas, where one is written ("we have [,...,]
  tabled": "we have, in the past, tabled");
- ``(..)`` stands for an acronym in brackets, where one is printed ("ministry of foreign affairs (..) of":
  "the Ministry of Foreign Affairs (MFA) of Ukraine");
- case is ignored and phrases match whole words.

The language of the document being read is held in a context variable (``using``), so the
rules ask ``cues()`` or ``pattern()`` without passing it down every call.
"""
from __future__ import annotations

import contextlib
import itertools
import re
from collections.abc import Iterator
from contextvars import ContextVar
from functools import cache
from typing import Any

import yaml

from unhrkg.extract.phrases import Phrases
from unhrkg.extract.scan import starts_with
from unhrkg.model.resources import reference_path

DEFAULT = "en"
_current: ContextVar[str] = ContextVar("unhrkg_language", default=DEFAULT)


@cache
def languages() -> tuple[str, ...]:
    """The languages that have a lexicon folder (English first)."""
    root = reference_path("lexicon")
    found = sorted(p.name for p in root.iterdir() if (p / "cues.yaml").is_file())
    return tuple(sorted(found, key=lambda code: code != DEFAULT))


def cues(lang: str | None = None) -> dict[str, Any]:
    """The cue lexicon of a language (the current one by default)."""
    return _cues(lang or _current.get())  # resolved before the cache: the current language changes


@cache
def _cues(lang: str) -> dict[str, Any]:
    path = reference_path("lexicon") / lang / "cues.yaml"
    with path.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    if not isinstance(data, dict) or data.get("language") != lang:
        raise ValueError(f"{path}: a lexicon must be a mapping with 'language: {lang}'")
    _check_words(path, data, [])
    return data


def _check_words(path: Any, node: Any, keys: list[str]) -> None:
    """Refuse a list item YAML did not read as a word: an unquoted on, no, yes or off is a
    boolean, and the phrase would silently become "True" or "False"; a bracket around several
    words, which would be read as the words "[mesdames" and "messieurs]" and never match; and
    alternatives of two words written as one ("se rallie|se rallient"), which match neither."""
    if isinstance(node, dict):
        for key, value in node.items():
            _check_words(path, value, [*keys, str(key)])
    elif isinstance(node, list):
        for item in node:
            if isinstance(item, bool) or item is None:
                raise ValueError(f"{path}: {'.'.join(keys)}: an item reads as {item!r}, not a word; "
                                 f"quote it (\"on\", \"no\")")
            if isinstance(item, str) and any(("[" in t or "]" in t) and not (t.startswith("[") and t.endswith("]"))
                                             for t in item.split()):
                raise ValueError(f"{path}: {'.'.join(keys)}: {item!r}: a bracket holds one word (or words joined by |); "
                                 f"write each optional word in its own: \"[de] [sécurité]\"")
            if isinstance(item, str) and _split_alternation(item):
                raise ValueError(f"{path}: {'.'.join(keys)}: {item!r}: a space ends a word's alternatives, so two-word "
                                 f"alternatives run into the next word (\"se rallie|se rallient\" reads \"se\", \"rallie|se\", "
                                 f"\"rallient\"); write \"se rallie|rallient\", or two phrases")


def _split_alternation(phrase: str) -> bool:
    """A word's alternatives that share one with the word before them: two-word alternatives written
    as one ("calls upon|calls on", "lettre du|de la"), each alternative then a word of its own."""
    words = [set(w.lower().split("|")) for w in phrase.split() if not w.startswith("[")]
    return any(len(a | b) > 1 and a & b for a, b in zip(words, words[1:]))


def current() -> str:
    return _current.get()


@contextlib.contextmanager
def using(lang: str | None) -> Iterator[str]:
    """Read the enclosed rules in this language (English where there is no lexicon for it)."""
    lang = lang if lang in languages() else DEFAULT
    token = _current.set(lang)
    try:
        yield lang
    finally:
        _current.reset(token)


def _word(token: str) -> str:
    """One word of a phrase: alternatives, and a trailing * that lets the word run on."""
    alts = []
    for alt in token.split("|"):
        run_on = alt.endswith("*")
        alt = alt.rstrip("*")
        piece = re.escape(alt).replace("\\'", "'").replace("'", "['\u2019] ?")  # ("Chargé d’ affaires": a space after it)
        if alt.endswith("-"):
            piece += r"\s*"  # "non- recognition": a word broken at its hyphen
        alts.append(piece + (r"[\w-]*" if run_on else ""))
    return "(?:" + "|".join(alts) + ")"


def phrase_regex(phrase: str) -> str:
    """The regular expression of one phrase (see the module's syntax)."""
    out = ""
    anchored = False  # a word that must be there has been written: later words join with the space before them
    for token in phrase.split():
        if token == "...":  # a few words, whatever they are ("group of ... led by")
            out += r"(?:\s+[\w'’-]+){0,5}?" if anchored else r"(?:[\w'’-]+\s+){0,5}?"
            continue
        if token == "[,...,]":  # an aside: "we have, in the past, piloted"
            out += ASIDE
            continue
        if token == "[,]":  # a comma that may close the words before it: "the Group of Friends of Haiti, composed of"
            out += ",?"
            continue
        if token == "(..)":  # an acronym glossing the words before it: "(MFA)", "(U.S.)"
            out += ACRONYM_GLOSS
            continue
        optional = token.startswith("[") and token.endswith("]")
        word = _word(token[1:-1] if optional else token)
        if optional:
            out += f"(?:\\s+{word})?" if anchored else f"(?:{word}\\s+)?"
        else:
            out += (r"\s+" if anchored else "") + word
            anchored = True
    first = WORD_START if phrase[:1].isalnum() or phrase[:1] == "[" else ""
    last = r"(?![\w])" if phrase.rstrip("]")[-1:].isalnum() or phrase.rstrip("]").endswith("*") else ""
    return first + out + last


WORD_START = r"(?<![\w-])"  # what starts a phrase that starts with a word
ACRONYM_GLOSS = r"(?:\s*\([\w.&]{2,12}\))?"  # "(..)" in a phrase
ASIDE = r"(?:\s*,(?:\s+[\w'’-]+){1,5}\s*,)?"  # "[,...,]" in a phrase


def alternation(phrases: list[str]) -> str:
    """Several phrases as one alternation, longest first (so the longest phrase wins).

    The look-behind that starts a phrase is written once for each run of phrases that start
    with it: the engine tries the alternation at every position of the text, and a look-behind
    per phrase was checked once per phrase there (most positions are inside a word, where it
    fails). The phrases are tried in the same order, so the matches are the same.
    """
    regexes = [phrase_regex(p) for p in sorted(phrases, key=len, reverse=True)]
    groups: list[str] = []
    for starts, run in itertools.groupby(regexes, key=lambda r: r.startswith(WORD_START)):
        if starts:
            groups.append(WORD_START + "(?:" + "|".join(r[len(WORD_START):] for r in run) + ")")
        else:
            groups += run
    return "(?:" + _guard(phrases) + "(?:" + "|".join(groups) + "))"


def _first_letters(phrase: str) -> str | None:
    """The letters a match of the phrase may start with; None where it may start otherwise (with
    any word: "...", or with a sign) or match nothing."""
    letters = ""
    for token in phrase.split():
        optional = token.startswith("[") and token.endswith("]")
        for alt in (token[1:-1] if optional else token).split("|"):
            if token == "..." or not alt.rstrip("*")[:1].isalpha():
                return None
            letters += alt[0]
        if not optional:
            return letters
    return None


def _guard(phrases: list[str]) -> str:
    """A look-ahead for the letters the phrases start with (``scan.starts_with``): at a position
    where none of them is printed, the phrases need not be tried one by one."""
    letters = [_first_letters(p) for p in phrases]
    if not letters or None in letters:
        return ""
    try:
        return starts_with("".join(dict.fromkeys("".join(letters).lower())))  # type: ignore[arg-type]
    except ValueError:  # a letter whose cases ``scan`` does not list
        return ""


def lookup(*path: str, lang: str | None = None) -> Any:
    """A value of the lexicon by its path of keys (None where it has none)."""
    node: Any = cues(lang)
    for key in path:
        if not isinstance(node, dict) or key not in node:
            return None
        node = node[key]
    return node


@cache
def _compiled(lang: str, path: tuple[str, ...], flags: int) -> Phrases | None:
    phrases = lookup(*path, lang=lang)
    if not phrases:
        return None
    return Phrases(re.compile(alternation([str(p) for p in phrases]), flags), [str(p) for p in phrases])


def pattern(*path: str, lang: str | None = None) -> Phrases | None:
    """The compiled alternation of a phrase list of the lexicon (current language)."""
    return _compiled(lang or _current.get(), path, re.IGNORECASE)


def all_languages(*path: str) -> list[str]:
    """A phrase list over every language, English first."""
    return [str(p) for lang in languages() for p in lookup(*path, lang=lang) or []]


@cache  # the lexicons do not change while a process runs; the header rules ask for these in every text
def all_languages_pattern(*path: str) -> Phrases:
    """One alternation of a phrase list over every language (header words found before the
    language is known)."""
    return _compiled_phrases(tuple(all_languages(*path)))


@cache
def _compiled_phrases(phrases: tuple[str, ...]) -> Phrases:
    return Phrases(re.compile(alternation(list(phrases)), re.IGNORECASE), list(phrases))


def words(*path: str, lang: str | None = None) -> tuple[str, ...]:
    """A plain word list of the lexicon, lower-cased."""
    return tuple(str(w).lower() for w in lookup(*path, lang=lang) or ())


@cache  # the lexicons do not change while a process runs; the rules ask for the months per reference
def merged_table(*path: str) -> dict[str, Any]:
    """A table (months, language names, ordinals) merged over every language (shared: read it, do not change it)."""
    out: dict[str, Any] = {}
    for lang in languages():
        table = lookup(*path, lang=lang) or {}
        for key, value in table.items():
            out.setdefault(str(key).lower(), value)
    return out

"""Accented letters a PDF text layer dropped: "Original: ESPAOL", "46 perodo de sesiones".

Some text layers of older French and Spanish UN documents hold no character outside ASCII: every
accented letter is simply gone ("COMISIN DE DERECHOS HUMANOS", "Conseil conomique et social").
The rules, which read "Comisión" and "período", then find neither the language nor the session.

The words given back are the lexicons' own (``data/reference/lexicon/<lang>/``: the cue phrases,
body and State names): each of their words with an accented letter, written without it, is a
dropped form. A text is repaired only where it holds no character outside ASCII and at least
``MIN_FORMS`` different dropped forms, and more French or Spanish function words than English ones, so an English
text that spells some of them ("assemble", "argument", "Emirates") is left alone. A dropped form that is itself a lexicon word, that two accented words
share, or that is shorter than ``MIN_LENGTH`` letters is never given back.
"""
from __future__ import annotations

import csv
import re
from functools import cache

import yaml

from unhrkg.model.resources import reference_path

MIN_FORMS = 3  # different dropped forms a text must hold to be taken for a layer that dropped its accents
MIN_LENGTH = 5  # letters of a dropped form ("anne" of "année" is a name; "cts" of "côtés" says nothing)
_LETTERS = re.compile(r"[^\W\d_]+")
# a word of plain letters, as the text layer prints it
_ASCII_WORD = re.compile(r"(?<![A-Za-z])[A-Za-z]{%d,}(?![A-Za-z])" % MIN_LENGTH)
# only texts with a French or Spanish function word are looked at word by word (plain string search: most texts are
# English, and a regular expression tried at each of their positions cost more than the repair's whole check)
_ENGLISH = (" the ", " of ", " and ", " to ", " The ", " THE ", " OF ", " AND ")
_ROMANCE = (" de ", " la ", " les ", " des ", " del ", " du ", " el ", " et ", " DE ", " LA ", " DES ", " DEL ")


def _strings(node: object) -> list[str]:
    if isinstance(node, dict):
        return [s for k, v in node.items() for s in _strings(k) + _strings(v)]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return [node] if isinstance(node, str) else []


def _lexicon_words() -> set[str]:
    """Every word (lower-cased) of the lexicons' phrases and names, in every language."""
    root = reference_path("lexicon")
    words: set[str] = set()
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        texts: list[str] = []
        cues = folder / "cues.yaml"
        if cues.is_file():
            texts += _strings(yaml.safe_load(cues.read_text(encoding="utf-8")))
        for table in sorted(folder.glob("*.csv")):
            with table.open(encoding="utf-8", newline="") as f:
                texts += [cell for row in csv.reader(f) for cell in row]
        words.update(w.lower() for t in texts for w in _LETTERS.findall(t))
    return words


@cache
def dropped_forms() -> dict[str, str]:
    """{dropped form: accented word}, both lower-cased ("comisin": "comisión")."""
    words = _lexicon_words()
    plain = {w for w in words if w.isascii()}
    seen: dict[str, set[str]] = {}
    for word in words - plain:
        form = "".join(c for c in word if c.isascii())
        if len(form) >= MIN_LENGTH and form not in plain:
            seen.setdefault(form, set()).add(word)
    return {form: next(iter(found)) for form, found in seen.items() if len(found) == 1}


def _cased(printed: str, word: str) -> str:
    if printed.isupper():
        return word.upper()
    return word[0].upper() + word[1:] if printed[0].isupper() else word


def restore_dropped(text: str) -> str:
    """The text with the accented words its layer dropped letters from given back (see the module)."""
    if not text.isascii() or not any(word in text for word in _ROMANCE) or \
            sum(text.count(word) for word in _ROMANCE) <= sum(text.count(word) for word in _ENGLISH):
        return text  # (an English text with "de Mistura" in it: "argument", "propose", "Emirates" are its own words)
    forms = dropped_forms()
    found = {w.lower() for w in _ASCII_WORD.findall(text)} & forms.keys()
    if len(found) < MIN_FORMS:
        return text
    pattern = re.compile(r"(?<![A-Za-z])(?:%s)(?![A-Za-z])" % "|".join(sorted(found, key=len, reverse=True)), re.I)
    return pattern.sub(lambda m: _cased(m.group(), forms[m.group().lower()]), text)

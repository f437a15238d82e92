"""The extractor's mechanics: work done once that the rules share, the same answers as the plain way.

Each speed-up keeps every answer: a test here compares the fast path with the straightforward
computation it replaces, and one counts the work (a pass over the text, a comparison) so that
the repeat it saves cannot come back unnoticed.
"""
from __future__ import annotations

import difflib
import re

import pytest

from unhrkg.extract import parties
from unhrkg.extract.gazetteer import fold
from unhrkg.model.reference import load_reference


def _plain_fuzzy(text: str, pos: int) -> tuple[str, int] | None:
    """fuzzy_body_at as difflib computes it, name by name, without any shortcut."""
    import re

    phrase = re.split(r"\n\s*\n|[.;:(]|\baddressed\b", text[pos:pos + 140], flags=re.I)[0]
    words = list(re.finditer(r"\S+", phrase))
    names = {fold(n): b.code for b in load_reference().bodies.values() for n in b.names if len(n) > 12}
    for n in range(len(words), 1, -1):
        key, best = fold(phrase[:words[n - 1].end()]), None
        for name, code in names.items():
            ratio = difflib.SequenceMatcher(None, key, name).ratio()
            if ratio >= parties.FUZZY and (best is None or ratio > best[0]):
                best = (ratio, code)
        if best:
            return best[1], pos + words[n - 1].end()
    return None


@pytest.mark.parametrize("text", [
    "the Office of the United Nations HIHG COMMISSIONER for Human Rights",
    "the Human Rigths Counci1, at its sixth session",
    "the Comission on Human Rihgts. It",
    "the Sub-Commision on the Promotion and Protection of Human Rights",
    "the Permanent Mission of Chile to the United Nations",
    "the Committee on the Elimination of Racial Discrimination (CERD)",
    "the COMMITTEE ON THE RIGHTS OF THE CHLD",
])
def test_fuzzy_names_are_those_difflib_gives(text: str) -> None:
    for pos in range(0, len(text), 3):
        found = parties.fuzzy_body_at(text, pos)
        assert (found and (found.code, found.end)) or None == _plain_fuzzy(text, pos)


def test_the_same_opening_words_are_compared_with_the_names_once(monkeypatch: pytest.MonkeyPatch) -> None:
    ratios = []
    real = difflib.SequenceMatcher.ratio
    monkeypatch.setattr(difflib.SequenceMatcher, "ratio", lambda self: ratios.append(1) or real(self))
    text = "to the Human Rigths Counsil Xyzzy Plugh from"
    first = parties.fuzzy_body_at(text, 7)
    computed = len(ratios)
    again = parties.fuzzy_body_at("Letter " + text, 14)
    assert first is not None and again is not None and first.code == again.code == "HRC"
    assert computed > 0 and len(ratios) == computed


def test_an_alternation_checks_the_start_of_a_word_once_per_position() -> None:
    from unhrkg.extract import lexicon

    phrases = ["supports", "rejects", "does not recognize", "null and void", "...led by", "in favour of*"]
    regex = lexicon.alternation(phrases)
    assert regex.count(lexicon.WORD_START) == 2  # the run before "...led by" and the run after it
    plain = re.compile("(?:" + "|".join(lexicon.phrase_regex(p) for p in sorted(phrases, key=len, reverse=True)) + ")",
                       re.I)
    text = ("It supports it, rejects it and does not recognize resolution 1/2, null and void; the group of "
            "States led by X, in favour of the draft, infavourable, unsupported, pre-rejects, null-and-void.")
    assert [m.span() for m in re.finditer(regex, text, re.I)] == [m.span() for m in plain.finditer(text)]
    for lang in lexicon.languages():  # every phrase list of every lexicon: the same matches as one look-behind per phrase
        for key, phrases in (lexicon.lookup("stance", lang=lang) or {}).items():
            plain = re.compile("(?:" + "|".join(lexicon.phrase_regex(str(p)) for p in
                                                sorted(map(str, phrases), key=len, reverse=True)) + ")", re.I)
            fast = lexicon.pattern("stance", key, lang=lang)
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], key

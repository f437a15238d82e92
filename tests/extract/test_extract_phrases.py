"""Lexicon alternations that rule a text out by the words their phrases cannot match without
(``extract.phrases``): never a text the regex would find a phrase in, and no regex run on the others."""
from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

import pytest

from helpers import DATA
from unhrkg.extract import lexicon
from unhrkg.extract.phrases import Phrases, needed_words
from unhrkg.extract.text import sentences


def _phrase_lists() -> Iterator[tuple[str, tuple[str, ...], list[str]]]:
    """(language, path, phrases) of every phrase list of every lexicon."""
    def walk(node: object, path: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], list[str]]]:
        if isinstance(node, dict):
            for key, value in node.items():
                yield from walk(value, (*path, str(key)))
        elif isinstance(node, list) and node and all(isinstance(p, str) for p in node):
            yield path, [str(p) for p in node]
    for lang in lexicon.languages():
        for path, phrases in walk(lexicon.cues(lang), ()):
            yield lang, path, phrases


def _printed(phrase: str, pick: int, optional: bool) -> str:
    """One way of printing a phrase: the pick-th alternative of each word, its optional words
    printed or not, "..." as two words, a run-on word run on."""
    words = []
    for token in phrase.split():
        if token == "...":
            words.append("some words")
            continue
        if token.startswith("[") and token.endswith("]"):
            if not optional:
                continue
            token = token[1:-1]
        alternatives = token.split("|")
        word = alternatives[pick % len(alternatives)]
        words.append(word[:-1] + "ing" if word.endswith("*") else word)
    return " ".join(words)


def test_a_phrase_printed_in_any_case_is_never_ruled_out() -> None:
    tried = found = 0
    for lang, path, phrases in _phrase_lists():
        compiled = lexicon.pattern(*path, lang=lang)
        assert isinstance(compiled, Phrases)
        for phrase, pick, optional in itertools.product(phrases, range(3), (True, False)):
            printed = _printed(phrase, pick, optional)
            for form in (printed, printed.upper(), printed.title(), printed.replace("'", "\u2019"),
                         printed.replace("K", "\u212a").replace("k", "\u212a")):
                text = f"Before it, {form}, and after."
                tried += 1
                if compiled.regex.search(text):
                    found += 1
                    assert compiled.search(text) and list(compiled.finditer(text)), (lang, path, phrase, form)
    assert found > tried / 2  # most printings are phrases the regex finds


def test_no_sentence_of_the_test_corpora_is_ruled_out_where_a_phrase_is() -> None:
    from unhrkg.read import normalise

    texts = [normalise(p.read_text(encoding="utf-8")) for p in sorted(DATA.glob("*/*.txt"))]
    pieces = texts + [s.text for t in texts[::3] for s in sentences(t)]
    ruled_out = 0
    for lang, path, _ in _phrase_lists():
        compiled = lexicon.pattern(*path, lang=lang)
        assert compiled is not None
        for piece in pieces:
            if compiled._absent(piece):
                ruled_out += 1
                assert compiled.regex.search(piece) is None, (lang, path, piece[:80])
            else:
                assert [m.span() for m in compiled.finditer(piece)] == [m.span() for m in compiled.regex.finditer(piece)]
    assert ruled_out > 1000


@pytest.mark.parametrize("phrase, needed", [
    ("reject*", ["reject"]), ("[the] co-penholders|penholders [on|of]", ["co-penholders", "penholders"]),
    ("n'a|n'ont pas été reconnue|acceptée par", ["reconnue", "acceptée"]), ("group of ... led by", ["group"]),
    ("non- recognition", ["recognition"]), ("[the] [UN]", None), ("Ελλάδα", None), ("µ-law", None),
])
def test_the_needed_words_of_a_phrase(phrase: str, needed: list[str] | None) -> None:
    assert needed_words(phrase) == needed


def test_a_text_without_the_needed_words_is_not_searched(monkeypatch: pytest.MonkeyPatch) -> None:
    compiled = Phrases(re.compile(lexicon.alternation(["reject*", "does not recognize"]), re.I), ["reject*", "does not recognize"])
    searched: list[str] = []
    real = compiled.regex
    monkeypatch.setattr(compiled, "regex", type("Spy", (), {
        "search": lambda self, s, *a: searched.append(s) or real.search(s, *a),
        "finditer": lambda self, s, *a: searched.append(s) or real.finditer(s, *a)})())
    assert compiled.search("Chile supports the resolution.") is None and list(compiled.finditer("It agrees.")) == []
    assert searched == []
    assert compiled.search("Chile REJECTS it.") and searched == ["Chile REJECTS it."]
    assert compiled.search("Chile does not recognize \u0130t.")  # a text with a dotted capital I is searched


def test_a_needed_word_holding_another_is_not_looked_for_too() -> None:
    phrases = ["reject*", "rejected by", "does not accept", "accepts|accepted"]
    compiled = Phrases(re.compile(lexicon.alternation(phrases), re.I), phrases)
    assert compiled.needed == ("accept", "reject")
    assert compiled.search("It REJECTED it") and compiled.search("it accepts") and compiled.search("nothing") is None

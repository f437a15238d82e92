"""The cue lexicons: the phrase syntax, the languages, and telling a text's language."""
from __future__ import annotations

import re

import pytest

from unhrkg.extract import lexicon
from unhrkg.extract.language import original_language, text_language


def matches(phrase: str, text: str) -> str | None:
    m = re.search(lexicon.phrase_regex(phrase), text, re.I)
    return m.group(0) if m else None


@pytest.mark.parametrize("phrase, text, found", [
    ("reject*", "It rejected the text", "rejected"),
    ("reject*", "a projected figure", None),  # whole words only
    ("object|objects to", "Cuba objects to it", "objects to"),
    ("vote|voted in favour [of]", "voted in favour of resolution", "voted in favour of"),
    ("vote|voted in favour [of]", "voted in favour.", "voted in favour"),
    ("[the] consensus", "joined consensus", "consensus"),
    ("dissociate* [itself] from", "dissociates\n itself from it", "dissociates\n itself from"),
    ("non- recognition", "non- recognition of", "non- recognition"),
    ("group of ... led by", "a group of Western and Gulf States led by the UK", "group of Western and Gulf States led by"),
    ("s'oppose à", "elle s’oppose à la", "s’oppose à"),
    ("ministry of foreign affairs (..) of", "the Ministry of Foreign Affairs (MFA) of Ukraine", "Ministry of Foreign Affairs (MFA) of"),
    ("ministry of foreign affairs (..) of", "the Ministry of Foreign Affairs of Ukraine", "Ministry of Foreign Affairs of"),
    ("ministry of foreign affairs (..) of", "the Ministry of Foreign Affairs (in Kyiv) of", None),  # an acronym, not words
])
def test_the_phrase_syntax(phrase: str, text: str, found: str | None) -> None:
    assert matches(phrase, text) == found


def test_every_language_has_the_same_keys_as_english() -> None:
    english = lexicon.cues("en")
    for lang in lexicon.languages():
        data = lexicon.cues(lang)
        assert data["language"] == lang
        for key in ("stance", "sponsor", "author", "title", "report", "months", "ordinals"):
            assert key in data, (lang, key)
        assert set(data["stance"]) >= set(english["stance"]) - {"noun_markers"}, lang


def test_the_languages_are_english_first() -> None:
    assert lexicon.languages()[0] == "en" and {"fr", "es"} <= set(lexicon.languages())


def test_the_rules_read_in_the_language_they_are_given() -> None:
    with lexicon.using("fr"):
        assert lexicon.pattern("stance", "rejects").search("La France rejette la résolution")
    with lexicon.using("es"):
        assert lexicon.pattern("stance", "rejects").search("Venezuela rechaza la resolución")
    with lexicon.using("xx") as lang:  # no lexicon: English
        assert lang == "en"
    assert lexicon.current() == "en"


@pytest.mark.parametrize("text, code", [
    ("Original: ENGLISH", "en"), ("Original : FRANÇAIS", "fr"), ("Original: ESPAÑOL", "es"),
    ("Français\nOriginal: anglais", "en"), ("ESPAÑOL\nOriginal: INGLÉS", "en"), ("no line here", None),
])
def test_the_original_line_names_the_language(text: str, code: str | None) -> None:
    assert original_language(text)[0] == code


@pytest.mark.parametrize("text, lang", [
    ("The Government of the Republic rejects the resolution that was adopted by the Council.", "en"),
    ("Le Gouvernement de la République rejette la résolution qui a été adoptée par le Conseil.", "fr"),
    ("El Gobierno de la República rechaza la resolución que fue aprobada por el Consejo.", "es"),
])
def test_a_text_is_read_in_its_own_language(text: str, lang: str) -> None:
    assert text_language(text) == lang


def test_a_lexicon_asked_for_without_a_language_follows_the_current_one() -> None:
    """Regression: the lexicon of whatever language was current first was cached for every later call."""
    with lexicon.using("fr"):
        french = lexicon.words("stance", "negators")
    with lexicon.using("en"):
        english = lexicon.words("stance", "negators")
    assert "pas" in french and "not" in english and "pas" not in english


def test_a_lexicon_item_yaml_reads_as_a_boolean_is_refused(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """An unquoted on/no in a list is a YAML boolean: the phrase would silently become "True"."""
    folder = tmp_path / "lexicon" / "xx"
    folder.mkdir(parents=True)
    (folder / "cues.yaml").write_text("language: xx\nspeaker:\n  prepositions: [by, on]\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "reference_path", lambda name: tmp_path / name)
    with pytest.raises(ValueError, match=r"cues.yaml: speaker.prepositions: an item reads as True"):
        lexicon._cues("xx")


def test_no_lexicon_item_is_a_boolean() -> None:
    for lang in lexicon.languages():
        assert "True" not in lexicon.pattern("speaker", "prepositions", lang=lang).pattern
        assert lexicon.words("stance", "negators", lang=lang)


@pytest.mark.parametrize("text", [
    "La France se félicite de l'adoption de la résolution importante 1559, qu'elle a co-parrainée.",
    "La France se félicite de l’adoption de la résolution importante 1559, qu’elle a co-parrainée.",
])
def test_elided_words_tell_french_whichever_apostrophe_is_printed(text: str) -> None:
    assert text_language(text) == "fr"


def test_a_bracket_around_several_words_is_refused_with_the_file_and_the_key(tmp_path) -> None:
    with pytest.raises(ValueError, match=r"x\.yaml: speech\.chair: .*a bracket holds one word"):
        lexicon._check_words(tmp_path / "x.yaml", {"speech": {"chair": ["[mesdames et messieurs] les membres du conseil"]}}, [])
    lexicon._check_words(tmp_path / "x.yaml", {"speech": {"chair": ["[mesdames] [et] les membres du conseil"]}}, [])


@pytest.mark.parametrize("phrase", ["se rallie|se rallient", "calls upon|calls on", "lettre du|de la|de l'|de",
                                    "est|fut|a constitué|a représenté un jalon"])
def test_two_word_alternatives_written_as_one_are_refused_with_the_file_and_the_key(tmp_path, phrase: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match=r"x\.yaml: author\.speaking_verbs: .*a space ends a word's alternatives"):
        lexicon._check_words(tmp_path / "x.yaml", {"author": {"speaking_verbs": [phrase]}}, [])


@pytest.mark.parametrize("phrase", ["se rallie|rallient", "calls upon|on", "a|ont voté contre",
                                    "contrary to [the] [Security|Human] [Council|Rights] [Council] resolution"])
def test_alternatives_of_one_word_each_are_accepted(tmp_path, phrase: str) -> None:  # type: ignore[no-untyped-def]
    lexicon._check_words(tmp_path / "x.yaml", {"author": {"speaking_verbs": [phrase]}}, [])


@pytest.mark.parametrize("phrase, text", [("se rallie|rallient", "La France se rallie à la déclaration"),
                                          ("calls upon|on", "The Council calls on all States"),
                                          ("lettre de la|l'", "une lettre de l'Ambassadeur")])
def test_a_phrases_alternatives_match_the_words_they_stand_for(phrase: str, text: str) -> None:
    assert re.search(lexicon.phrase_regex(phrase), text, re.I)

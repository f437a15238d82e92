"""The tone of a sentence toward the resolution it names (extract/tone.py): what the resolution
itself says, and what a relative clause says of another noun, are not the author's stance."""
from __future__ import annotations

import pytest

from helpers.extract import mentions
from unhrkg.extract import lexicon
from unhrkg.extract.focus import focus_position
from unhrkg.extract.tone import sentence_tone


def focus(text: str, authors: list[str]) -> list[tuple[str, str, str]]:
    found = focus_position(text, mentions(text, "SC"), authors, "other", None, set())
    return [(p["target"]["body"], p["target"]["number"], p["stance"]) for p in found]  # type: ignore[index]


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Resolution 497 (1981) considers the decision to annex the territory null and void and without legal effect."),
    ("en", "Resolution 497 (1981) states that the seizure of territory by force is unacceptable."),
    ("fr", "La résolution 497 (1981) déclare la décision d'annexer le territoire nulle et non avenue."),
    ("es", "La resolución 497 (1981) declara que la decisión de anexar el territorio es ilegal."),
])
def test_a_cue_in_what_the_resolution_says_is_not_the_author_s(lang: str, sentence: str) -> None:
    with lexicon.using(lang):
        assert sentence_tone(sentence, ["SYR"]) == 0


@pytest.mark.parametrize("sentence", [
    "We consider that resolution 2334 (2016) is illegal.",   # the author's own predicate
    "This resolution is unacceptable and null and void.",
])
def test_the_author_s_own_predicate_on_the_resolution_still_counts(sentence: str) -> None:
    with lexicon.using("en"):
        assert sentence_tone(sentence, ["ISR"]) < 0


def test_a_relative_clause_of_another_noun_is_said_of_that_noun() -> None:
    text = ("Sweden recalls Security Council resolution 2334 (2016) and condemns the continued settlements expansion, "
            "which violates international law and undermines the two-state solution. "
            "Sweden calls for the full implementation of resolution 2334 (2016).")
    with lexicon.using("en"):
        assert focus(text, ["SWE"]) == [("SC", "2334 (2016)", "supports")]


def test_a_relative_clause_of_the_resolution_still_faults_it() -> None:
    text = ("Eritrea has received resolution 1907 (2009), which ignores the facts on the ground. "
            "Resolution 1907 (2009), which violates the Charter, must be rescinded.")
    with lexicon.using("en"):
        assert focus(text, ["ERI"]) == [("SC", "1907 (2009)", "rejects")]


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Recalling resolution 2334 (2016) and the resolutions of the Assembly on illegal Israeli practices."),
    ("fr", "Rappelant la résolution 2334 (2016) et les résolutions de l'Assemblée sur les pratiques illégales."),
])
def test_a_word_of_fault_in_a_resolution_s_topic_is_not_a_judgement_of_it(lang: str, sentence: str) -> None:
    with lexicon.using(lang):
        assert sentence_tone(sentence, ["PSE"]) == 0


@pytest.mark.parametrize("lang, sentence, expected", [
    ("fr", "Cette résolution impose des sanctions aux forces hostiles et vise à renforcer la paix.", 0),  # armed groups
    ("es", "La resolución impone sanciones a las fuerzas hostiles y busca consolidar la paz.", 0),
    ("fr", "La résolution 2397 (2017) est le fruit de la politique hostile des États-Unis.", -1),  # a policy resented
    ("es", "La resolución 2397 (2017) es fruto de la política hostil de los Estados Unidos.", -1),
])
def test_hostile_is_a_grievance_of_a_policy_not_of_any_noun(lang: str, sentence: str, expected: int) -> None:
    with lexicon.using(lang):
        assert sentence_tone(sentence, ["PRK", "COD"]) == expected


def test_a_new_clause_with_its_own_named_subject_faults_that_subject() -> None:
    sentence = ("Although the Security Council called for a cessation of attacks in its resolution 2564 (2021) that was "
                "adopted in February, the Houthi militias continue ignoring and violating Security Council resolutions.")
    with lexicon.using("en"):
        assert sentence_tone(sentence, ["SAU"]) >= 0
        assert sentence_tone("Resolution 1907 (2009), adopted in haste, ignores the facts on the ground.", ["ERI"]) < 0


def test_a_phrase_set_off_by_two_commas_is_an_apposition_not_a_new_subject() -> None:
    with lexicon.using("en"):
        assert sentence_tone("Resolution 1907 (2009), the Council's latest text, ignores the facts on the ground.", ["ERI"]) < 0


def test_another_states_charge_that_the_resolution_violates_is_not_the_authors_tone() -> None:
    from unhrkg.extract.tone import sentence_tone
    assert sentence_tone("The Israelis claimed that the resolution represented a gross violation of the agreements.",
                         ["PSE"]) == 0
    assert sentence_tone("The resolution represented a gross violation of the agreements.", ["PSE"]) < 0

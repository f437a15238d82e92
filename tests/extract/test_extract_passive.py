"""Stances said in the passive with the author as agent, and cues inside what a resolution says."""
from __future__ import annotations

import pytest

from helpers.extract import mentions
from unhrkg.extract import lexicon
from unhrkg.extract.passive import passive_positions
from unhrkg.extract.stances import find_positions


def passive(text: str, authors: list[str]) -> set[tuple[str, str, str]]:
    return {(p["target"]["body"], p["target"]["number"], p["stance"])  # type: ignore[index]
            for p in passive_positions(text, mentions(text, "HRC"), authors, set())}


@pytest.mark.parametrize("lang, text", [
    ("en", "The resolution before the Council is premised upon resolution 19/2 of 2012 which was not recognized by Sri Lanka."),
    ("en", "Resolution 19/2 has not been accepted by my Government."),
    ("fr", "La résolution 19/2, qui n'a pas été acceptée par le Gouvernement de Sri Lanka, est partiale."),
    ("es", "La resolución 19/2, que no fue reconocida por Sri Lanka, es parcial."),
])
def test_a_rejection_in_the_passive_by_the_author(lang: str, text: str) -> None:
    with lexicon.using(lang):
        assert passive(text, ["LKA"]) == {("HRC", "19/2", "rejects")}


def test_a_passive_stance_of_another_state_is_not_the_author_s() -> None:
    assert passive("Resolution 19/2, which was rejected by Israel, calls for restraint.", ["LKA"]) == set()


def test_a_cue_in_what_the_resolution_says_is_not_the_author_s_stance() -> None:
    text = ("Despite our dissociation with that initiative, I must point out the features of resolution 19/2 which "
            "called for Sri Lanka to implement the recommendations of its domestic mechanism.")
    assert find_positions(text, mentions(text, "HRC"), ["LKA"]) == []
    text = "Resolution 19/2, which we have just adopted, reaffirms the principles."
    assert [p["stance"] for p in find_positions(text, mentions(text, "HRC"), ["SWE"])] == ["supports"]

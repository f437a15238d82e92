"""Who speaks and what is rejected, where the words around say otherwise than they seem: an organ left
unnamed speaking under a dateline, a State charged with a violation (spoken of, not speaking), a claim
about a resolution rejected (not the resolution)."""
from __future__ import annotations

import pytest

from unhrkg.extract import extract_text


def test_an_unnamed_organ_under_a_dateline_speaks_for_the_datelines_state() -> None:
    text = ("PH condemns rocket launch\n\nMANILA, Philippines–The government on Wednesday condemned the rocket launch.\n\n"
            "\u201cThe DPRK is in clear violation of UN Security Council Resolutions 1695 (2006) and 1874 (2009),\u201d the "
            "Department of Foreign Affairs said in a statement.\n")
    record = extract_text(text, "x.txt")
    assert (record.author_states, record.rules["author_states"]) == (["PHL"], "dateline-organ")


@pytest.mark.parametrize("text", [
    "MANILA, Philippines–The government of Japan on Wednesday condemned the launch.",  # the organ is named
    "MANILA, Philippines–A spokesman for the opposition on Wednesday condemned the launch.",  # no organ of the lexicon's
])
def test_a_named_organ_or_none_leaves_the_dateline_weak(text: str) -> None:
    assert extract_text(text, "x.txt").rules.get("author_states") != "dateline-organ"


def test_a_state_charged_with_a_violation_is_not_the_speaker() -> None:
    text = ("The Kingdom of Saudi Arabia condemns the attack.\n\nIran is in flagrant violation of resolution 2216 (2015), "
            "and Iran has continued to arm the militias.\n")
    assert extract_text(text, "x.txt").author_states == ["SAU"]


@pytest.mark.parametrize("text, stance", [
    ("Iran categorically rejects those unfounded allegations contained in the letter as regards resolution 2231 (2015).",
     None),
    ("Iran categorically rejects resolution 2231 (2015).", "rejects"),
    ("La République islamique d'Iran rejette l'interprétation erronée de la résolution 2231 (2015).", None),
])
def test_a_claim_about_a_resolution_rejected_is_not_the_resolution_rejected(text: str, stance: str | None) -> None:
    found = {p["stance"] for p in extract_text(text, "x.txt").positions if p["rule"].startswith("cue-rejects")}
    assert found == ({stance} if stance else set())


def test_a_state_that_backs_a_resolution_in_the_headline_speaks() -> None:
    text = ("Saint Lucia Backs UNGA Resolution Demanding End To Russian Invasion Of Ukraine\n\nSaint Lucia was among 141 "
            "Member States which voted today in favour of the resolution on Ukraine. Ukraine and Ukraine's people ... "
            "Ukraine.\n")
    assert extract_text(text, "x.txt").author_states == ["LCA"]


def test_an_ambassador_for_a_state_speaks_for_it() -> None:
    text = ("Ambassador for China, in the UN Human Rights Council Chen Xu speaking on the resolution against Sri Lanka "
            "commended Sri Lanka for its commitment. Sri Lanka has rejected resolution 46/1. Sri Lanka ...\n")
    assert extract_text(text, "x.txt").author_states == ["CHN"]


def test_a_state_opening_the_sentence_after_a_dateline_in_capitals_speaks() -> None:
    text = ("LAGOS, Le Nigeria a estimé mardi que les Nations Unies devaient user de tous les moyens nécessaires pour "
            "appliquer la résolution 1975 sur la Côte d'Ivoire.\n")
    assert extract_text(text, "x.txt").author_states == ["NGA"]

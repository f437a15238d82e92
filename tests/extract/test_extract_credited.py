"""Sponsors credited with a deed ("thank X for presenting", "X took charge of drafting", "d'introduire le
projet de résolution N"), and a State a quoted passive speaks to ("Iran is called upon") not taken for
the one speaking."""
from __future__ import annotations

import pytest

from unhrkg.extract import extract_text


def sponsors(text: str) -> set[tuple[str, str, str]]:
    return {(s["resolution"]["number"], s["sponsor"], s["rule"]) for s in extract_text(text, "x.txt").sponsors}


@pytest.mark.parametrize("text, number, meant", [
    ("We thank the United Kingdom for presenting resolution 2334 (2016) to the Council.", "2334 (2016)", {"GBR"}),
    ("As a member of the UNSC in 2021, Viet Nam took charge of drafting and promoting the adoption of Resolution 2573.",
     "2573 (2021)", {"VNM"}),
    ("Japan served together with Egypt, Spain and Uruguay in drafting and ensuring the adoption of Resolution 2286 in May.",
     "2286 (2016)", {"JPN", "EGY", "ESP", "URY"}),
    ("Nous félicitons le Mexique et la France pour la présentation de la résolution 2417 sur la faim.", "2417 (2018)", {"MEX", "FRA"}),
    ("El Gobierno agradece a Colombia por presentar la resolución 2261 en el Consejo de Seguridad.", "2261 (2016)", {"COL"}),
])
def test_the_state_credited_with_the_deed_is_the_sponsor(text: str, number: str, meant: set[str]) -> None:
    assert {(number, code, "credited-deed") for code in meant} <= sponsors(text)


def test_a_draft_named_by_the_number_it_was_adopted_as_is_that_resolution() -> None:
    text = ("En mai dernier, la Suisse a eu l'honneur d'introduire le projet de résolution 2730, adoptée par ce Conseil. "
            "La résolution 2730 doit être mise en oeuvre.")
    assert ("2730 (2024)", "CHE", "credited-deed") in sponsors(text)


@pytest.mark.parametrize("text", [
    "Cuba refused to take part in drafting resolution 2334 (2016).",  # a deed denied
    "The whole exercise of tabling resolution 2334 (2016) was driven by politics.",  # no one named
    "A resolution on the situation in Gaza was adopted. We commend the efforts of Egypt in drafting the text of "
    "the resolution.",  # an anaphor far from the deed: not bound to it
])
def test_no_one_is_credited_without_a_named_doer_of_the_deed(text: str) -> None:
    assert not {s for s in sponsors(text) if s[2] == "credited-deed"}


def test_a_state_a_quoted_passive_speaks_to_is_not_the_author() -> None:
    text = ("The United States wishes to bring to the attention of the Security Council recent launches in defiance of "
            "resolution 2231 (2015).\n\nParagraph 3 states in the relevant part that \"Iran is called upon not to "
            "undertake any activity related to ballistic missiles\".")
    record = extract_text(text, "x.txt")
    assert record.author_states == ["USA"]


@pytest.mark.parametrize("text, number, meant", [
    ("In order to prevent a veto, the co-sponsors of the resolution 1695, including the United States, were forced to "
     "drop a reference to Chapter VII.", "1695 (2006)", {"USA"}),
    ("The penholders of resolution 2334, Malaysia, New Zealand, Senegal and Venezuela, put it to the vote.", "2334 (2016)",
     {"MYS", "NZL", "SEN", "VEN"}),
    ("Les coauteurs de la résolution 2334, dont le Sénégal et la Malaisie, ont salué le vote.", "2334 (2016)", {"SEN", "MYS"}),
])
def test_the_states_listed_after_a_resolutions_sponsors_are_its_sponsors(text: str, number: str, meant: set[str]) -> None:
    assert {(number, code, "sponsors-listed") for code in meant} <= sponsors(text)


def test_one_state_after_the_sponsors_of_a_resolution_without_a_listing_word_is_not_listed() -> None:
    text = "The sponsors of resolution 2334, Israel said, acted in bad faith."
    assert not {s for s in sponsors(text) if s[2] == "sponsors-listed"}


@pytest.mark.parametrize("text, number, meant", [
    ("La Suisse a présenté l'été dernier la résolution 2730 du Conseil de sécurité.", "2730 (2024)", "CHE"),
    ("Japan tabled last year resolution 2397 on the DPRK.", "2397 (2017)", "JPN"),
])
def test_a_time_between_the_sponsors_verb_and_its_resolution(text: str, number: str, meant: str) -> None:
    assert (number, meant, "active-tabled") in sponsors(text)


@pytest.mark.parametrize("text, number, meant", [
    ("We welcomed the co-sponsoring of Resolution 30/1 by Sri Lanka, which demonstrated resolve.", "30/1", {"LKA"}),
    ("La présentation de la résolution 2417 (2018) par la France et le Mexique a été saluée.", "2417 (2018)", {"FRA", "MEX"}),
    ("Celebramos el patrocinio de la resolución 64/292 por Bolivia.", "64/292", {"BOL"}),
])
def test_a_deed_named_as_a_noun_then_by_whom(text: str, number: str, meant: set[str]) -> None:
    assert {(number, code, "deed-by") for code in meant} <= sponsors(text)


@pytest.mark.parametrize("text, number, meant", [
    ("La France est présente dans le cadre de la résolution 1701 qu'elle a pour une large part contribué à rédiger.",
     "1701 (2006)", "FRA"),
    ("Ireland welcomed Resolution 2664, which we helped negotiate with the United States.", "2664 (2022)", "IRL"),
])
def test_a_relative_clause_saying_the_author_helped_draft_the_resolution(text: str, number: str, meant: str) -> None:
    assert (number, meant, "own-relative") in sponsors(text)


def test_the_author_partnering_to_negotiate_a_resolution_is_among_its_sponsors() -> None:
    text = "Ireland served on the Council. We partnered with the US to negotiate Resolution 2664, a landmark initiative."
    assert ("2664 (2022)", "IRL", "among-sponsors") in sponsors(text)

"""Faults a second engineer's review found in the sixth round's rules of 2026-12-04, each a small text that
real documents of the genre print (a ministry's release, a national parliament's, a letter without a courtesy
closing, a wrapped post), and what the extractor must give for it."""
from __future__ import annotations

from pathlib import Path

import pytest

from unhrkg.extract import extract_text

TEXTS = Path(__file__).parent / "round_review"


def read(name: str):
    return extract_text((TEXTS / f"{name}.txt").read_text(encoding="utf-8"), f"{name}.txt")


@pytest.mark.parametrize("name", [
    "release_this_council_member",  # "As a non-permanent member of this Council", datelined Tokyo
    "national_assembly",  # "The Speaker of the National Assembly ... This Assembly has ..."
    "assemblee_nationale",  # "Cette Assemblée nationale"
    "african_commission",  # "the African Commission ... before this Commission"
    "status_of_women",  # "the Commission on the Status of Women ... join this Commission"
    "peace_and_security_council",  # "le Conseil de paix et de sécurité de l'Union africaine ... ce Conseil"
    "single_quotes",  # "he said: ‘This Council cannot remain silent ...’"
    "release_congratulates_pga",  # "We warmly congratulate Ambassador Dennis Francis on his election as President"
])
def test_this_council_or_a_congratulation_in_a_text_spoken_elsewhere_names_no_forum(name: str) -> None:
    assert read(name).addressee is None


def test_the_chair_of_this_third_committee_is_the_committee_not_a_session() -> None:
    assert read("chair_of_this_third_committee").addressee == "GA3"


def test_a_mission_letter_signed_but_without_a_courtesy_closing_stays_a_letter() -> None:
    assert read("signed_letter_mr_president").doc_type == "letter"


def test_a_spokesperson_the_text_answers_is_not_its_voice() -> None:
    assert read("answering_a_spokesperson").author_states == ["RUS"]


def test_a_title_listing_its_writers_over_two_lines_after_a_comma() -> None:
    assert read("joint_title_two_lines").author_states == ["BOL", "CUB", "NIC", "VEN"]


@pytest.mark.parametrize("name, titles", [
    ("minister_for_wrapped", ["Minister for Foreign Affairs of the Republic of Indonesia"]),
    ("minister_of_portfolios_wrapped", ["Minister of Climate Change Adaptation, Meteorology, Geo-Hazards, Environment, "
                                        "Energy and Disaster Management"]),
    ("aupres_de_l_wrapped", ["Représentant permanent de la France auprès de l'Office des Nations Unies à Genève"]),
])
def test_a_post_wrapped_at_its_lines_end_is_joined_whole(name: str, titles: list[str]) -> None:
    assert [s["titles"] for s in read(name).signatories] == [titles]


@pytest.mark.parametrize("name", ["repeatedly_and_flagrantly_violated", "continues_to_ignore", "has_been_violating"])
def test_a_state_charged_with_what_it_did_or_goes_on_doing_is_spoken_of(name: str) -> None:
    assert read(name).author_states != ["RUS"]


# Faults a second review found in the rules of 2026-12-05 (the first round of the day).

@pytest.mark.parametrize(("name", "number"), [
    ("voted_for_regrets_what_it_lacks", "2712 (2023)"),  # "voted in favour of resolution 2712. We regret that the resolution"
    ("a_vote_pour_regrette", "2334 (2016)"),  # "a voté en faveur ... La France regrette que la résolution ne soit pas allée"
    ("voto_a_favor_lamenta", "2720 (2023)"),  # "votó a favor ... lamenta que la resolución no incluya"
    ("parties_never_agreed", "2728 (2024)"),  # "The parties had never agreed to a permanent ceasefire before resolution"
])
def test_regret_at_what_a_supported_resolution_lacks_leaves_the_vote_its_stance(name: str, number: str) -> None:
    assert [(p["target"]["number"], p["stance"]) for p in read(name).positions] == [(number, "supports")]


def test_another_states_minister_named_first_is_spoken_of() -> None:
    assert read("another_states_minister_visited").author_states == ["JOR"]
    assert read("note_another_states_minister").author_states == []


@pytest.mark.parametrize("name", ["post_then_city_and_date", "post_then_city_and_state", "post_then_commission",
                                  "post_then_white_house"])
def test_a_place_or_an_office_set_off_after_a_post_is_no_speaker(name: str) -> None:
    assert read(name).signatories == []


def test_a_ministrys_statement_on_a_draft_from_its_capital_has_no_forum_and_a_vote_explained_has() -> None:
    assert read("ministry_statement_on_adoption_of_draft").addressee is None
    assert read("explanation_of_vote_on_draft").addressee == "GA3"


def test_a_front_matters_other_text_values_are_kept() -> None:
    from unhrkg.read import read_text

    r = extract_text(read_text(TEXTS / "front_matter_author.md").text, "front_matter_author.md")
    assert r.author_states == ["NOR"]
    letter = extract_text(read_text(TEXTS / "front_matter_from_to.txt").text, "front_matter_from_to.txt")
    assert letter.author_states == ["PAK"] and letter.addressee == "HRC"

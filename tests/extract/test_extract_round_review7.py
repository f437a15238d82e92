"""What a second engineer's review of the tenth round of 2026-12-05 found the round's rules reading wrong (the
country a UN official or a quoted minister says "we, in X" of, a victim State named in the possessive before "against
my country", a place before "the occupying Power", a rapporteur's letter "sent by" him to a Government, a rival or
another text's draft, a resolution that is the subject of a passive rejection, "this politicized text", a State's own
council), each a small text of a genre the tool reads (in ``round_review7/``), and what the extractor must give."""
from __future__ import annotations

from pathlib import Path

import pytest

from unhrkg.extract import extract_text

TEXTS = Path(__file__).parent / "round_review7"


def read(name: str):
    return extract_text((TEXTS / f"{name}.txt").read_text(encoding="utf-8"), f"{name}.txt")


@pytest.mark.parametrize("name", [
    "r001",  # a UN Humanitarian Coordinator: "We in Ukraine, the humanitarian community"
    "r007",  # the Secretary-General: "We in Mali have lost more peacekeepers"
    "r018",  # "Nous, aux Nations Unies, ... Nous, en Haïti, avons travaillé"
    "r127",  # Ukraine's ministry quoting Lavrov: "we in Russia have always respected resolution 2202 (2015)"
    "r161",  # a Special Representative: "We in Afghanistan, the United Nations Assistance Mission"
])
def test_the_organizations_people_and_a_quoted_minister_are_not_the_country_they_are_in(name: str) -> None:
    assert read(name).author_states == []


@pytest.mark.parametrize(("name", "author"), [
    ("r019", "UKR"),  # "Ukraine's cities are shelled every night, and the aggression against my country continues"
    ("r020", "CUB"),  # "Cuba's people have endured the blockade imposed on our country"
    ("r148", "GEO"),  # "Georgia's Euro-Atlantic aspirations are the real target of the hybrid war waged against my country"
    ("r048", "LBN"),  # "In south Lebanon, the occupying Power continues ..."
    ("r049", "LBN"),  # "Au Liban, la Puissance occupante a multiplié les violations"
])
def test_the_author_named_before_against_my_country_or_as_a_place_is_kept(name: str, author: str) -> None:
    assert read(name).author_states == [author]


def test_a_rapporteurs_letter_sent_to_a_government_is_not_that_governments() -> None:
    assert read("r055").author_states == []


@pytest.mark.parametrize("name", [
    "r093",  # "the draft, submitted by France, of a presidential statement ... was adopted"
    "r067",  # "the draft resolution submitted by the Russian Federation ... received only 5 votes in favour"
    "r088",  # "El proyecto de resolución presentado por la Federación de Rusia ... obtuvo solo cuatro votos"
    "r089",  # "The draft resolution on Haiti, submitted by ..., is expected to be put to a vote next week"
    "r092",  # "Le projet de résolution présenté par la Russie a recueilli seulement quatre voix"
    "r096",  # "The draft resolution was amended at the request of Israel before the vote"
    "r097",  # "A year later, the draft resolution presented by Ukraine at the fifty-second session"
])
def test_a_rival_or_another_texts_draft_gives_the_resolution_no_sponsor(name: str) -> None:
    assert read(name).sponsors == []


def test_the_sponsors_of_the_draft_leading_to_a_resolution_are_its_sponsors() -> None:
    assert {s["sponsor"] for s in read("r082").sponsors} == {"MYS", "NZL", "SEN", "VEN"}


@pytest.mark.parametrize(("name", "number"), [
    ("r119", "1907 (2009)"),  # "resolution 1907 (2009) had been based on fabrications ..., and must be condemned"
    ("r120", "42/25"),  # "resolution 42/25 ... was adopted by a minority, and is rejected by the Venezuelan people"
    ("r121", "51/29"),  # "Venezuela expresses its categorical rejection of this politicized text"
    ("r122", "2562 (2021)"),  # "The Sovereignty Council rejects resolution 2562 (2021)"
    ("r136", "662 (1990)"),  # "The Revolutionary Command Council rejects Security Council resolution 662 (1990)"
])
def test_a_rejection_said_of_the_resolution_stays_a_rejection(name: str, number: str) -> None:
    assert {p["target"]["number"]: p["stance"] for p in read(name).positions}[number] == "rejects"

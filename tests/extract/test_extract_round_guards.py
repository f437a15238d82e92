"""Guards for the faults a second reader proved in this round's rules: each text is one where a rule
read a fact that is not there."""
from __future__ import annotations

import pytest

from unhrkg.extract import extract_text
from unhrkg.extract.bylines import find_bylines


def read(text: str):  # type: ignore[no-untyped-def]
    return extract_text(text, "x.txt")


@pytest.mark.parametrize("text", [
    "Statement by Mr. Hans Grundberg, UN Special Envoy for Yemen\n\nThank you, Madam President. I call on the parties "
    "to implement resolution 2216.",
    "Statement by Mr. Tom Andrews, Special Rapporteur on Myanmar\n\nThank you, Mr. President. We recall resolution 55/20.",
])
def test_a_mandate_holders_state_of_mandate_is_not_the_author(text: str) -> None:
    assert read(text).author_states == []


@pytest.mark.parametrize("text, author", [
    ("Ministry of Foreign Affairs of the Russian Federation\n\nThe Baltic States, Estonia, Latvia and Lithuania, have once "
     "again voted for resolution ES-11/4. We consider this a hostile act.", ["RUS"]),
    ("Spokesperson's statement\n\nThe E3, France, Germany and the United Kingdom, said on Thursday that Iran had breached "
     "resolution 2231. We categorically reject these baseless claims.", []),
])
def test_a_group_with_its_members_spoken_of_under_a_heading_is_not_the_author(text: str, author: list[str]) -> None:
    assert read(text).author_states == author


def test_another_state_named_as_penholder_is_the_sponsor_not_the_author() -> None:
    r = read("Statement by the Islamic Republic of Iran\n\nWe condemn the conduct of the United Kingdom as penholder of "
             "resolution 2216 on Yemen.")
    assert {s["sponsor"] for s in r.sponsors} == {"GBR"}


@pytest.mark.parametrize("text", [
    "Statement by Canada\n\nResolution 2401 on the humanitarian pause proposed by Russia has not been implemented.",
    "Déclaration de la Belgique\n\nLa résolution 2401 sur la trêve humanitaire proposée par la Russie n'a pas été mise "
    "en œuvre.",
    "Statement by Canada\n\nThe national action plan on resolution 1325 piloted by Finland in Kenya is a model.",
    "Statement by Sri Lanka\n\nA side event on resolution 46/1 was organized through the initiative of Canada in Geneva.",
])
def test_no_sponsor_where_the_phrase_is_said_of_another_or_of_something_else(text: str) -> None:
    assert read(text).sponsors == []


@pytest.mark.parametrize("text, stance", [
    ("Statement by Sri Lanka\n\nSri Lanka rejects the external evidence-gathering mechanism established contrary to its "
     "consent by resolution 46/1.", "rejects"),
    ("Statement by Sri Lanka\n\nContrary to the allegations in resolution 46/1, Sri Lanka has made progress. Sri Lanka "
     "rejects resolution 46/1.", "rejects"),
    ("Statement by the Islamic Republic of Iran\n\nIran considers resolution 1929 as an illegal and politically "
     "motivated instrument.", "rejects"),
])
def test_contrary_to_invokes_only_the_resolution_after_it(text: str, stance: str) -> None:
    assert {p["stance"] for p in read(text).positions} == {stance}


@pytest.mark.parametrize("title, author_body", [
    ("Impact of arms transfers on human rights: Report of the Secretary-General", "SG"),
    ("Panel discussion on the rights of indigenous peoples: Report of the Office of the United Nations High "
     "Commissioner for Human Rights", "OHCHR"),
])
def test_a_report_title_after_its_topic_and_a_colon_is_still_the_title(title: str, author_body: str) -> None:
    r = read("United Nations A/HRC/37/10\nGeneral Assembly Distr.: General\nOriginal: English\n\nHuman Rights Council\n"
             f"Thirty-seventh session\n\n{title}\n\nThe present report is submitted pursuant to resolution 35/13.")
    assert (r.doc_type, r.author_body) == ("report", author_body)


@pytest.mark.parametrize("text", [
    "Statement by Kenya\n\nThe British High Commissioner to Kenya met the Cabinet Secretary. The High Commissioner "
    "reaffirmed the support.",
    "Statement by India\n\nIndia's High Commissioner to Pakistan was summoned. The High Commissioner conveyed the protest.",
    "Déclaration du Maroc\n\nSelon le Haut-Commissariat au Plan, le chômage a reculé. Le Haut-Commissariat publiera son "
    "enquête.",
    "Declaración de Colombia\n\nEl Alto Comisionado para la Paz se reunió con los voceros. El Alto Comisionado reiteró "
    "la voluntad del Gobierno.",
])
def test_the_short_title_is_not_the_office_where_another_high_commissioner_is_spoken_of(text: str) -> None:
    assert "OHCHR" not in read(text).bodies


def test_a_state_name_in_capitals_after_a_name_is_not_its_surname() -> None:
    found = find_bylines("Statement delivered by Ambassador Omar Hilale MOROCCO\nThank you, Mr. President. "
                         "We support resolution 2602.")
    assert not found or found[0]["name"] == "Omar Hilale"

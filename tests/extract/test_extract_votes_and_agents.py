"""Who voted how, and who is the agent: States listed as abstaining are no joint text's voice; a name in
scare quotes is no clause's subject; a stance in a modal passive with its agent after a second "by"; the
author's own abstention leaves its stance on the resolution untold."""
from __future__ import annotations

import pytest

from unhrkg.extract import extract_text


def record(text: str):  # type: ignore[no-untyped-def]
    return extract_text(text, "x.txt")


def stances(text: str) -> set[tuple[str, str]]:
    return {(p["target"]["number"], p["stance"]) for p in record(text).positions}


@pytest.mark.parametrize("text", [
    "Le Conseil de sécurité a adopté une résolution prolongeant le mandat de la MINURSO.\n"
    "La Russie et le Mozambique se sont abstenus, tandis que l'Algérie a refusé de participer au vote.",
    "The Council adopted the resolution on Wednesday.\nRussia and China abstained, while Algeria did not take part.",
    "The Council adopted the text.\nHungary and Slovakia voted against it.",
])
def test_states_listed_as_voting_are_not_joint_authors(text: str) -> None:
    assert record(text).rules.get("author_states") != "joint-authors"


def test_states_listed_as_speaking_are_still_joint_authors() -> None:
    text = "Joint statement\n\nFrance, Germany and the United Kingdom express their concern at the situation."
    assert set(record(text).author_states) == {"FRA", "DEU", "GBR"}


def test_a_government_named_in_scare_quotes_is_not_the_author() -> None:
    text = ("Mr. President,\n\nHaving voted against the draft resolution today, I would like to share our reasons.\n\n"
            'The partnership state, in the shape of the "Republic of Cyprus" and the "Government of Cyprus", '
            "collapsed in 1963.")
    assert record(text).rules.get("author_states") != "author-phrase"


def test_a_quoted_statement_still_opens_a_clause() -> None:
    text = 'The Minister said: "The Government of Ghana welcomes resolution 2719 (2023) on the financing of missions."'
    assert record(text).author_states == ["GHA"]


@pytest.mark.parametrize("text, number", [
    ("Explanation of vote by Turkey\n\nResolution 186 (1964) setting up the United Nations Peacekeeping Force in Cyprus "
     "(UNFICYP), and the subsequent Council resolutions extending the mandate of the Force, could not be accepted by "
     "the Turkish Cypriot side and, as one of the guarantors of Cyprus, by Turkey.", "186 (1964)"),
    ("Statement of the Ministry of Foreign Affairs of Sri Lanka. Resolution 46/1 cannot be accepted by Sri Lanka.", "46/1"),
    ("Déclaration du ministère des Affaires étrangères du Mali. La résolution 2640 (2022) ne saurait être acceptée "
     "par le Mali.", "2640 (2022)"),
])
def test_a_negated_modal_passive_with_the_author_as_agent_rejects(text: str, number: str) -> None:
    assert (number, "rejects") in stances(text)


def test_a_clause_of_its_own_between_the_resolution_and_the_passive_keeps_them_apart() -> None:
    text = ("Explanation of vote by Turkey\n\nResolution 186 (1964) set up the Force in Cyprus, and the plan which followed it "
            "many years later in a long and difficult process could not be accepted by Turkey.")
    assert ("186 (1964)", "rejects") not in stances(text)


def test_the_author_s_own_abstention_leaves_its_stance_untold() -> None:
    text = ("US abstention on UN Security Council resolution on Gaza\nToday the United States abstained from voting on UN "
            "Security Council Resolution 2728. Although we do not agree with all the provisions contained in this text, the "
            "adjustments made by the resolution's sponsors in recent days are consistent with our fundamental position. "
            "Since the final text does not contain key words that we consider essential, we could not support it.")
    assert record(text).author_states == ["USA"]
    assert stances(text) == set()


@pytest.mark.parametrize("text, number, stance", [
    ("Le ministère des Affaires étrangères du Maroc salue la résolution 2602 (2021). Cette résolution, adoptée avec "
     "13 voix pour, contre deux abstentions (Russie et Tunisie), est importante pour le Maroc.", "2602 (2021)", "supports"),
    ("The Ministry of Foreign Affairs of Morocco welcomes resolution 2602 (2021). This resolution, adopted with 13 votes "
     "in favor and two abstentions, is important because it comes at a time when Morocco has made many achievements.",
     "2602 (2021)", "supports"),
])
def test_others_abstentions_leave_the_author_s_stance(text: str, number: str, stance: str) -> None:
    assert (number, stance) in stances(text)

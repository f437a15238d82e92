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


def test_an_abstention_on_one_resolution_keeps_the_vote_for_another() -> None:
    text = ("Statement by the Permanent Mission of the United States. The United States voted in favour of resolution "
            "2720 (2023) and abstained on resolution 2728 (2024).")
    assert stances(text) == {("2720 (2023)", "supports")}


@pytest.mark.parametrize("text, kept", [
    ("Statement by the Ministry of Foreign Affairs of Mali. We welcome resolution 2690 though some abstained.",
     {("2690 (2023)", "supports")}),  # others' abstention: "we" is the subject of another verb
    ("Statement by the Permanent Mission of the United States. Today the United States, as penholder, abstained on "
     "resolution 2728 (2024). We support resolution 2728 (2024).", set()),  # the author, an apposition between
])
def test_whose_abstention_it_is(text: str, kept: set[tuple[str, str]]) -> None:
    assert stances(text) == kept


@pytest.mark.parametrize("text", [
    "Déclaration du ministère des Affaires étrangères du Mali. La résolution 2640 (2022) ne peut pas être acceptée par le Mali.",
    "Déclaration du ministère des Affaires étrangères de la Turquie. La résolution 186 (1964) créant la Force et "
    "prorogeant son mandat ne saurait être acceptée par la Turquie.",
])
def test_french_negated_passives_and_participles_describing_the_subject(text: str) -> None:
    assert {s for _, s in stances(text)} == {"rejects"}


@pytest.mark.parametrize("text", [
    "Explanation of vote by Turkey\n\nResolution 186 (1964) set up the Force in Cyprus, and the Annan plan put forward in "
    "2004 could not be accepted by Turkey.",  # another subject coordinated: the plan was not accepted
    "Explanation of vote by Turkey\n\nResolution 186 (1964) was not accepted by the Greek Cypriot side and was welcomed "
    "by Turkey.",  # the second "by" is another passive's agent
])
def test_a_passive_said_of_something_else_or_by_someone_else_is_no_rejection(text: str) -> None:
    assert ("186 (1964)", "rejects") not in stances(text)


@pytest.mark.parametrize("text", [
    'Mr. President,\n\nHaving voted against the draft today, I would like to share our reasons.\n\nThe partnership state '
    'collapsed when power was seized by "Government of Cyprus" officials in 1963.',
    'Mr. President,\n\nHaving voted against the draft today, I would like to share our reasons.\n\nThe partnership state, '
    'in the shape of the "Republic of Cyprus" and "Government of Cyprus", collapsed in 1963.',
])
def test_scare_quotes_after_any_word_inside_a_sentence(text: str) -> None:
    assert record(text).rules.get("author_states") != "author-phrase"


def test_a_vote_told_in_spanish_is_not_joint_authorship() -> None:
    text = "El Consejo aprobó el texto.\nHungría y Eslovaquia han votado en contra."
    assert record(text).rules.get("author_states") != "joint-authors"


@pytest.mark.parametrize("text", [
    "Mauritius: PM - Mauritius Strongly Deplores UK's Rejection of the ICJ's Advisory Opinion and Unga Resolution 73/295 "
    "On Chagos Archipelago",
    "Statement of the Government of Mauritius. Mauritius condemns the United Kingdom's rejection of resolution 73/295.",
])
def test_another_state_s_rejection_deplored_is_not_the_author_s(text: str) -> None:
    assert ("73/295", "rejects") not in stances(text)


def test_another_state_s_disregard_still_accuses_it() -> None:
    text = ("Statement of the Government of Mauritius. The UK Government's defiant criticism of the ICJ and its blatant "
            "disregard for UNGA Resolution 73/295 undermine the rules-based system.")
    assert stances(text) == {("73/295", "supports")}


def test_a_list_of_states_with_a_comma_left_out_goes_on() -> None:
    r = record("Mr. President,\n\nI am pleased to deliver this statement on behalf of Austria, Chile, Costa Rica, Denmark, "
               "Ecuador Estonia, Finland, Gabon and my own country, Switzerland.")
    assert r.author_states == ["AUT", "CHL", "CRI", "DNK", "ECU", "EST", "FIN", "GAB", "CHE"]


def test_two_names_without_a_comma_at_a_lists_start_end_it() -> None:
    r = record("Mr. President,\n\nI speak on behalf of Ecuador Estonia and others on the draft.")
    assert "EST" not in r.author_states

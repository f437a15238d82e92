"""What a second engineer's review of the seventh round of 2026-12-05 found the round's first rules reading wrong
(openings that refer to an earlier letter, "We, the undersigned", "the position of X", "delivered by Ms. X on behalf
of", the forum an explanation of vote's heading gives, a committee of a numbered Assembly, long heading blocks over a
"Dear ..." salutation, the writer named after the addressee, "among the sponsors ... were", another's claim), each a
small text of a genre the tool reads (in ``round_review4/``), and what the extractor must give for it."""
from __future__ import annotations

from pathlib import Path

import pytest

from unhrkg.extract import extract_text

TEXTS = Path(__file__).parent / "round_review4"


def read(name: str):
    return extract_text((TEXTS / f"{name}.txt").read_text(encoding="utf-8"), f"{name}.txt")


@pytest.mark.parametrize("name", [
    "r002",  # "Further to our note to correspondents of yesterday, the Spokesperson ..."
    "r009",  # "Suite à notre lettre ouverte ..., l'association rappelle"
    "r011",  # "Further to our previous notes, the Embassy ... informs the public"
    "r012",  # "With reference to our note of 14 May 2022, the Ministry ... announces"
    "r180",  # "Comme suite à nos lettres des 4 et 18 mars, le Ministère ... informe la presse"
    "r181",  # "Con referencia a nuestra nota informativa del 14 de mayo, la Secretaría ... informa"
    "r187",  # "In follow-up to our letter of 4 May, the Bureau ... convened"
    "r004",  # "We, the undersigned Heads of State and Government ... reaffirm"
    "r005",  # "Nous, soussignés, Chefs d'État ... réaffirmons"
    "r184",  # "We, the undersigned members of the Non-Aligned Movement, reaffirm"
    "r120",  # a speech under seven heading lines: "Dear High Commissioner, / Mr. President,"
    "r121",  # "Dear Secretary-General, / Excellencies,"
    "r123",  # "Cher Haut-Commissaire, / Mesdames et Messieurs,"
])
def test_a_press_note_a_declaration_or_a_speech_is_no_letter(name: str) -> None:
    assert read(name).doc_type != "letter"


@pytest.mark.parametrize(("name", "not_author"), [
    ("r021", "RUS"),  # "As we reported yesterday, the Foreign Ministry spokesperson reiterated the position of ..."
    ("r190", "CHN"),  # "Part I: Context / The Foreign Ministry spokesperson explained the position of ..."
    ("r025", "CHN"),  # "I asked the minister ... He explained the position of ..."
    ("r023", "ARM"),  # "I would like to emphasize the position of Armenia, which ... has ignored"
    ("r027", "USA"),  # "I write to you to outline the position of the United States, which ... has violated"
    ("r200", "AUS"),  # "The joint statement, delivered by Ms. X on behalf of Australia, ..., called for"
])
def test_a_position_or_a_statement_told_of_is_not_the_authors(name: str, not_author: str) -> None:
    assert not_author not in read(name).author_states


@pytest.mark.parametrize(("name", "not_addressee"), [
    ("r215", "SC"),  # an explanation of vote that recalls Security Council resolution 2254 (2015)
    ("r216", "GA"),  # "Recordamos la resolución 2758 (XXVI)"
    ("r217", "SC"),  # "rappelle la résolution 2254 (2015) du Conseil de sécurité"
    ("r043", "SC"),  # a vote at the IAEA Board on a text that "prétend mettre en œuvre la résolution 2231"
    ("r210", "SC"),  # UN meetings coverage: "After the vote, the representative of China said ..."
    ("r211", "SC"),  # a Reuters item: "After the vote, Israel's ambassador said ..."
    ("r042", "SC"),  # a UN press release: "After the vote, the representative of the Russian Federation said ..."
    ("r212", "GA"),  # a news headline "Explanation of vote: why Brazil abstained" over an agency's dateline
    ("r213", "HRC"),  # "Explanations of vote / Several delegations took the floor ..."
])
def test_a_resolution_recalled_or_a_vote_told_of_gives_no_forum(name: str, not_addressee: str) -> None:
    assert read(name).addressee != not_addressee


def test_the_draft_an_explanation_of_vote_names_gives_the_forum_before_a_resolution_it_recalls() -> None:
    assert read("r041").addressee == "GA3"  # "voted in favour of draft resolution A/C.3/78/L.30, which follows up ..."


@pytest.mark.parametrize(("name", "not_session"), [
    ("r050", {"body": "GA", "number": 75}),  # "Statement on the resolution adopted at the Third Committee of the 75th ..."
    ("r053", {"body": "GA", "number": 79}),  # "... on the resolution adopted by the Third Committee of the 79th ..."
])
def test_the_committee_that_adopted_a_resolution_does_not_give_the_session(name: str, not_session: dict) -> None:
    assert read(name).session != not_session


@pytest.mark.parametrize("name", [
    "r070",  # "par le Secrétaire général de la Ligue des États arabes"
    "r071",  # "por el Secretario General de la Organización de los Estados Americanos"
    "r073",  # "par le Président du Groupe d'experts créé par le Secrétaire général"
])
def test_another_organisations_officer_or_a_participles_agent_is_not_the_secretary_general(name: str) -> None:
    assert read(name).author_body != "SG"


def test_the_sponsors_listed_end_where_a_new_clause_has_its_own_verb() -> None:
    # "Among the sponsors of resolution 46/1 were Germany and the United Kingdom, and China and Russia voted against it."
    assert {(s["resolution"]["number"], s["sponsor"]) for s in read("r081").sponsors} == {("46/1", "DEU"), ("46/1", "GBR")}


def test_the_authors_own_claim_beside_an_aside_naming_another_state_is_its_stance() -> None:
    # "Venezuela, al igual que Rusia, sostiene que la resolución 51/29 viola su soberanía."
    assert [(p["target"]["number"], p["stance"]) for p in read("r150").positions] == [("51/29", "rejects")]

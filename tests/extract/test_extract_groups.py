"""Texts spoken or tabled for many States: a draft's sponsors' line, a group named at length before
the list of its members, a list with a misspelt name, "the Governments of A, B and C" set off by two
phrases from their verb, and a group whose code is also a State's."""
from __future__ import annotations

import pytest

from unhrkg.extract import extract_text, lexicon
from unhrkg.extract.agents import coordinated, state_codes
from unhrkg.extract.speaking_verbs import speaks_after
from unhrkg.extract.behalf import on_behalf_of
from unhrkg.extract.forum import vote_heading

MASTHEAD = ("UNITED NATIONS\nE\nEconomic and Social Council\nDistr.\nLIMITED\nE/CN.4/1995/L.40\n3 March 1995\n"
            "Original: ENGLISH\n\nCOMMISSION ON HUMAN RIGHTS\nFifty-first session\nAgenda item 12\n\n")


@pytest.mark.parametrize("line, states", [
    ("Austria, Belgium*, Chile and Zambia: draft resolution", ["AUT", "BEL", "CHL", "ZMB"]),
    ("Pakistan (on behalf of the Organization of the Islamic Conference): draft resolution", ["PAK"]),
    ("Canada, Norway*,\nSweden and the United Kingdom of Great Britain and Northern Ireland*:\nrevised draft resolution",
     ["CAN", "NOR", "SWE", "GBR"]),
])
def test_the_sponsors_line_of_a_draft_names_its_authors(line: str, states: list[str]) -> None:
    r = extract_text(MASTHEAD + line + "\n\nThe Commission on Human Rights,\nRecalling its earlier texts,\n", "x.txt")
    assert (r.author_states, r.doc_type, r.genre) == (states, "resolution", "draft")
    assert r.rules["author_states"] == "draft-sponsors"
    assert r.symbol == "E/CN.4/1995/L.40"


def test_a_draft_decision_and_a_sponsors_line_in_spanish_glued_to_the_title() -> None:
    text = ("Naciones Unidas\nA/63/L.99\nDistr. limitada\n\nBolivia, Cuba y Venezuela (República Bolivariana de):\n"
            "proyecto de decisiónLa situación\nLa Asamblea General,\nRecordando su labor,\n")
    r = extract_text(text, "x.txt")
    assert (r.author_states, r.doc_type) == (["BOL", "CUB", "VEN"], "decision")


def test_a_list_of_states_before_a_colon_is_no_draft_without_its_heading() -> None:
    r = extract_text(MASTHEAD + "Austria, Belgium and Chile: a joint note\n\nThe Commission on Human Rights,\n"
                     "Recalling its earlier texts,\n", "x.txt")
    assert r.genre != "draft"
    assert r.author_states != ["AUT", "BEL", "CHL"]


def test_a_sentence_between_two_states_ends_the_sponsors_list() -> None:
    text = MASTHEAD + "The report on Peru. Austria and Chile: draft resolution\n\nThe Commission on Human Rights,\nRecalling,\n"
    assert extract_text(text, "x.txt").author_states == ["AUT", "CHL"]


def test_a_group_named_at_length_then_its_members_after_a_colon() -> None:
    text = ("I have the honour to speak on behalf of the Accountability, Coherence and Transparency group, a "
            "cross-regional group comprised of the following small countries working together on the Council's "
            "methods: Austria, Chile, Costa Rica and Uruguay.\n")
    assert on_behalf_of(text) == ("author_states", ["AUT", "CHL", "CRI", "URY"])
    one = "I have the honour to speak on behalf of the Friends group, whose work concerns us all: Austria.\n"
    assert on_behalf_of(one) is None  # one State after the colon is no list of members


def test_having_the_honour_to_take_part_on_behalf_of_the_states_that_follow() -> None:
    text = ("I have the honor to participate in this interactive dialogue on behalf of the following Member States "
            "of the Core Group: Albania, Australia and Belgium.\n")
    assert on_behalf_of(text) == ("author_states", ["ALB", "AUS", "BEL"])


def test_a_list_steps_over_a_name_s_misspelt_last_word() -> None:
    text = "on behalf of Algeria, Belarus, Cuba, Russia Federation,Sri Lanka, Thailand,Venezuela and China"
    found = coordinated(text, text.index("Algeria"))
    assert state_codes(found) == ["DZA", "BLR", "CUB", "RUS", "LKA", "THA", "VEN", "CHN"]
    short = "for Algeria Federation, Cuba"  # a list of one known name does not step over unknown words
    assert state_codes(coordinated(short, short.index("Algeria"))) == ["DZA"]


def test_governments_set_off_from_their_verb_by_two_phrases() -> None:
    text = ("Los Gobiernos de Argentina, Chile y Perú, miembros del Grupo de Lima, reunidos en la ciudad de "
            "Buenos Aires, expresan lo siguiente:\n")
    with lexicon.using("es"):
        assert speaks_after(text, text.index(", miembros"))
    assert extract_text(text, "x.txt").author_states == ["ARG", "CHL", "PER"]
    verb_in_second = ("Los Gobiernos de Argentina y Chile, países miembros del Grupo de Lima, deploran que el "
                      "régimen, responsable de violaciones, haya sido elegido.\n")
    assert extract_text(verb_in_second, "x.txt").author_states == ["ARG", "CHL"]
    nothing = "Los Gobiernos de Argentina y Chile, miembros del Grupo, reunidos en Lima, con la ayuda de todos.\n"
    with lexicon.using("es"):
        assert not speaks_after(nothing, nothing.index(", miembros"))


def test_a_group_whose_code_is_a_state_s_is_not_that_state() -> None:
    text = "on behalf of the Non-Aligned Movement and Namibia"
    found = coordinated(text, text.index("the Non-Aligned"))
    assert [m.value for m in found] == ["NAM", "NAM"]
    assert state_codes(found) == ["NAM"]  # Namibia, not the Movement
    assert on_behalf_of("I have the honour to speak on behalf of the Non-Aligned Movement.\n") == ("author_body", ["NAM"])


@pytest.mark.parametrize("heading", ["Explanation of Vote", "Statement after the vote (DPRK)", "Explication de vote",
                                     "Déclaration après le vote", "Explicación de voto", "Intervención antes de la votación"])
def test_headings_that_explain_a_vote(heading: str) -> None:
    assert vote_heading().search(heading)


def test_a_statement_after_the_vote_is_spoken_to_the_body_of_its_resolution() -> None:
    text = ("Statement by H.E. Ambassador Jane Doe\nPermanent Representative of Japan to the United Nations\n"
            "Statement after the vote (DPRK)\n2 March 2016\n\nMr. President,\n\nJapan welcomes the unanimous adoption "
            "of this resolution 2270. Japan co-sponsored this resolution.\n")
    assert extract_text(text, "x.txt").addressee == "SC"


def test_states_listed_later_are_members_only_of_a_group_named_before_them() -> None:
    assert on_behalf_of("I speak on behalf of the victims of enforced disappearance in many countries, including "
                        "Syria, Iraq and Yemen.\n") is None
    text = ("Statement by the Delegation of Armenia\n\nI take the floor on behalf of my delegation to address the "
            "conflicts in our region, including Azerbaijan and Turkey.\n")
    assert extract_text(text, "x.txt").author_states == ["ARM"]


def test_a_heading_that_starts_with_the_is_still_a_heading() -> None:
    text = ("The Statement of the Ministry of Foreign Affairs of Georgia on the Human Rights Council resolution\n"
            "The Ministry welcomes the adoption of resolution 7/19.\n")
    r = extract_text(text, "x.txt")
    assert (r.genre, r.author_states) == ("statement", ["GEO"])


def test_a_meeting_s_title_under_a_body_is_no_quoted_resolution() -> None:
    text = ("Japan statement\nThe Security Council\nBriefing on the situation in the Middle East\nJapan recalls "
            "resolution 2334 (2016) and resolution 242 (1967).\n")
    assert {p["target"]["number"] for p in extract_text(text, "x.txt").positions} == {"2334 (2016)", "242 (1967)"}


def test_namely_leads_a_group_s_members_whatever_its_name() -> None:
    text = ("I have the honour to deliver this statement on behalf of the A3+, namely Algeria, Sierra Leone, Mozambique, "
            "and my own country Guyana.\n")
    assert on_behalf_of(text) == ("author_states", ["DZA", "SLE", "MOZ", "GUY"])


def test_a_symbol_after_draft_resolution_is_cited_not_the_text_s_own() -> None:
    text = ("Armenia's Foreign Ministry Responds\n\nThe statement reads as follows:\n\n\"On September 9 Azerbaijan "
            "withdrew its proposed draft resolution\n    A/64/L.57 from consideration at the General Assembly.\n")
    r = extract_text(text, "x.txt")
    assert r.symbol is None and "A/64/L.57" in r.documents_cited


def test_a_draft_takes_no_stance_on_what_it_recalls() -> None:
    text = MASTHEAD + ("Austria, Belgium* and Chile: draft resolution\n\nThe Commission on Human Rights,\n"
                       "Recalling General Assembly resolution 60/251 and its resolution 2003/10,\nWelcoming resolution 2004/5,\n")
    r = extract_text(text, "x.txt")
    assert r.genre == "draft" and r.author_states == ["AUT", "BEL", "CHL"]
    assert len(r.resolutions) == 3 and r.positions == []
    letter = "Austria recalls General Assembly resolution 60/251 and welcomes resolution 2004/5 of the Commission.\n"
    assert len(extract_text(letter, "x.txt").positions) == 2  # (the same words in a State's own text are stances)


@pytest.mark.parametrize("text", [
    "Children and Armed Conflict: Statement by the High Representative/Vice-President on the anniversary of "
    "resolution 1325 (2000)\n\nOn this anniversary we celebrate a turning point for women in peace processes.",
    "Trois personnes retirées de la liste\n\nBurundi : déclaration du haut représentant au nom de l'Union européenne\n\n"
    "L'Union européenne a réexaminé ses mesures à l'égard du Burundi et salue la résolution 48/16.",
])
def test_the_unions_high_representative_and_a_heading_labelled_by_a_state_speak_for_the_union(text: str) -> None:
    r = extract_text(text, "x.txt")
    assert (r.author_body, r.author_states) == ("EU", [])

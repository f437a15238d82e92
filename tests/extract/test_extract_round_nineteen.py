"""The rules of the nineteenth round (2026-12-06, a session of the evening), each on a small text of the genre it reads,
written for the rule, not for a document of the held-out sets."""
from __future__ import annotations

import pytest
from helpers.extract import read, record_sponsors, record_stances

from unhrkg.extract import lexicon

# --- "the co-sponsors of this text: A, B and C": the resolution the text is about ----------------------------------------

OF_THIS_TEXT = {
    "en": ("Mr President, I thank the three co-sponsors of this text: Jordan, Spain and New Zealand. Resolution 2258, which "
           "we have just adopted, is a real step forward.\n"),
    "fr": ("Monsieur le Président, je remercie les trois co-auteurs de ce texte important : la Jordanie, l'Espagne, la "
           "Nouvelle Zélande. La résolution 2258 que nous venons d'adopter représente une réelle avancée.\n"),
    "es": ("Señor Presidente, la resolución 2258 es un avance. Agradecemos a los tres copatrocinadores de este texto, Jordania, "
           "España y Nueva Zelandia.\n"),
}


@pytest.mark.parametrize("lang", sorted(OF_THIS_TEXT))
def test_the_sponsors_of_this_text_sponsored_the_resolution_it_is_about(lang: str) -> None:
    assert sorted(record_sponsors(OF_THIS_TEXT[lang])) == [("2258 (2015)", "ESP"), ("2258 (2015)", "JOR"), ("2258 (2015)", "NZL")]


def test_the_evidence_of_the_sponsors_of_this_text_is_the_sentence_listing_them() -> None:
    evidence = {s["evidence"] for s in read(OF_THIS_TEXT["fr"]).sponsors}
    assert evidence == {"Monsieur le Président, je remercie les trois co-auteurs de ce texte important : la Jordanie, l'Espagne, "
                        "la Nouvelle Zélande."}


def test_one_name_after_a_comma_is_no_list_of_the_sponsors_of_this_text() -> None:
    text = "Mr President, we welcome resolution 2258. The sponsors of this text, Jordan, did much work.\n"
    assert record_sponsors(text) == []


def test_the_authors_of_a_text_that_are_no_states_sponsor_nothing() -> None:
    text = "Mr President, the authors of the text, the Secretariat and its staff, worked hard. We voted against resolution 2258.\n"
    assert record_sponsors(text) == []


# --- an explanation of vote whose title says which resolution is adopted: made in that resolution's body ----------------

TITLED_VOTE = {
    "en": ("5 December 2013 – CAR / Adoption of resolution 2127 – Explanation of vote by Mr. Gérard Araud, Permanent "
           "Representative of France to the United Nations\n\nThe situation in the Central African Republic is a tragedy. "
           "We voted for this text.\n"),
    "fr": ("5 décembre 2013 – RCA / Adoption de la résolution 2127 – Explication de vote de M. Gérard Araud, représentant "
           "permanent de la France auprès des Nations unies\n\nLa situation en République centrafricaine est une tragédie. "
           "Nous avons voté pour ce texte.\n"),
}


@pytest.mark.parametrize("lang", sorted(TITLED_VOTE))
def test_an_explanation_of_vote_titled_with_the_adoption_is_made_in_the_resolutions_body(lang: str) -> None:
    assert read(TITLED_VOTE[lang]).addressee == "SC"


def test_a_title_naming_a_resolution_without_its_adoption_gives_no_forum() -> None:
    text = ("20 March 2021 – Statement on resolution 2127 – Explanation of vote by Mr. X, Permanent Representative of France "
            "to the United Nations\n\nWe voted for it.\n")
    assert read(text).addressee is None


# --- the abbreviations Spanish and French texts give the Council, the Organization and its Secretary-General ------------

def test_spanish_abbreviations_name_the_council_the_organization_and_the_secretary_general() -> None:
    text = "El CS celebró el debate trimestral sobre la Misión de NNUU en Kosovo. Participó el Representante Especial del SG.\n"
    assert read(text).bodies == ["SC", "UN", "SG"]


def test_the_french_abbreviation_of_the_council_names_it() -> None:
    assert read("Le CSNU a adopté hier la résolution 2231 ; le CS se réunira de nouveau.\n").bodies == ["SC"]


def test_an_english_text_has_no_council_in_cs() -> None:
    assert read("CS gas was used against the protesters, the report says.\n").bodies == []


def test_the_secretary_generals_abbreviation_names_him_in_english() -> None:
    assert read("The SG's report on the matter was welcomed. The UNSG spoke after it.\n").bodies == ["SG"]


# --- a statement heading ending with the date of the meeting it is delivered at -------------------------------------------

MEETING_DATED = {
    "en": ("Statement by H.E. Ms. X, Permanent Representative of Bangladesh to the United Nations at the virtual meeting of the "
           "Peacebuilding Commission on “Resolution 1325 (2000) at its 20th Anniversary: Strengthening Linkages between Women, "
           "Peace and Security; and Sustaining Peace on 02 October 2020\n\nMr. Chair,\n\nThank you.\n"),
    "fr": "Déclaration de M. X lors de la réunion du Conseil de sécurité le 2 octobre 2020\n\nMonsieur le Président,\n",
}


@pytest.mark.parametrize("lang", sorted(MEETING_DATED))
def test_the_date_ending_a_heading_that_names_its_meeting_is_the_statements(lang: str) -> None:
    assert read(MEETING_DATED[lang]).dated == "2020-10-02"


def test_the_date_of_an_event_a_heading_is_about_is_not_the_statements() -> None:
    text = "Statement by the Ministry on the attack on the convoy on 2 October 2020\n\nThe Ministry condemns it.\n"
    assert read(text).dated is None


# --- a chargé d'affaires speaks for his State, as its permanent representative does -------------------------------------

CHARGE = {
    "es": ("Intervención del Ministro Mateo Éstremé,\n\nEncargado de Negocios de la Argentina ante las Naciones Unidas\n\n"
           "Sr. Presidente,\nPermítame agradecer a los expositores.\n"),
    "fr": ("Intervention de M. Jean Dupont, chargé d'affaires par intérim de la Belgique auprès des Nations unies\n\n"
           "Monsieur le Président,\n"),
}


@pytest.mark.parametrize("lang", sorted(CHARGE))
def test_a_charge_daffaires_speaking_names_the_author(lang: str) -> None:
    assert read(CHARGE[lang]).author_states == {"es": ["ARG"], "fr": ["BEL"]}[lang]


def test_a_charge_daffaires_summoned_is_no_author() -> None:
    text = "El Encargado de Negocios de la Argentina fue convocado por la Cancillería de Chile.\n"
    assert "ARG" not in read(text).author_states


# --- "manifiesta su satisfacción", "manifeste sa satisfaction": a State's own word -----------------------------------------

SATISFIED = {
    "es": "España manifiesta su satisfacción por la adopción de la Resolución 2170 (2014).\n",
    "fr": "La Belgique manifeste sa satisfaction après l'adoption de la résolution 2170 (2014).\n",
}


@pytest.mark.parametrize("lang", sorted(SATISFIED))
def test_a_state_stating_its_satisfaction_supports_the_resolution(lang: str) -> None:
    record = read(SATISFIED[lang])
    assert (record.author_states, record_stances(SATISFIED[lang])) == ({"es": ["ESP"], "fr": ["BEL"]}[lang], [("2170 (2014)", "supports")])


def test_a_manifest_violation_is_no_states_word() -> None:
    assert read("Le rapport dénonce une violation manifeste de la résolution 2170 (2014) par la Syrie.\n").author_states == []


# --- "En la Resolución, el órgano ... condena": what the resolution holds, not the author's word ----------------------------

def test_a_sentence_telling_what_the_resolution_holds_is_no_stance_of_the_author() -> None:
    text = ("España expresa su satisfacción por la adopción de la Resolución 2170 (2014). En la Resolución, el órgano encargado "
            "de mantener la paz y seguridad internacionales condena en términos muy categóricos la violencia de estos grupos.\n")
    assert record_stances(text) == [("2170 (2014)", "supports")]



# --- "a total distortion of the resolution": what another does to it, which the author upholds (focus.py) ------------------

@pytest.mark.parametrize("phrase", ["are a total distortion of the resolution", "una burda tergiversación de la resolución",
                                    "une grossière déformation de la résolution"])
def test_a_distortion_of_the_resolution_is_another_undermining_it(phrase: str) -> None:
    undermined = lexicon.all_languages_pattern("stance", "undermined")
    assert undermined.search(phrase) is not None


# --- a long list of States goes on past an item whose first words the tables do not know --------------------------------

def test_a_list_of_authors_goes_on_past_a_known_name_with_unknown_words_before_it() -> None:
    text = ("Mr President,\n\nI have the honour of addressing the Council on behalf of Latvia, Liechtenstein, Lithuania, "
            "Former Jugoslav Republic of Macedonia, Maldives, Malta, Norway and Tunisia.\n")
    assert read(text).author_states == ["LVA", "LIE", "LTU", "MKD", "MDV", "MLT", "NOR", "TUN"]



def test_a_list_steps_over_at_most_two_items_the_tables_do_not_know() -> None:
    text = ("Mr President,\n\nI speak on behalf of Latvia, Liechtenstein, Lithuania, Former Jugoslav Republic of Macedonia, "
            "Upper Ruritania, Lower Ruritania, Middle Ruritania, Malta and Tunisia.\n")
    assert read(text).author_states == ["LVA", "LIE", "LTU", "MKD"]

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
    text = "El CS celebró el debate trimestral sobre la Misión de NNUU en Kosovo. Participó el Representante Especial del SGNU.\n"
    assert read(text).bodies == ["SC", "UN", "SG"]


@pytest.mark.parametrize("text", ["La Corte Suprema (CS) de Chile acogió el recurso. El Gobierno recuerda la resolución 60/147.\n",
                                  "La CS du Canada a tranché. La France rappelle la résolution 2334.\n",
                                  "La CS rechazó el recurso de amparo del ciudadano.\n"])
def test_a_cs_that_is_another_bodys_is_no_council(text: str) -> None:
    assert "SC" not in read(text).bodies


def test_the_french_abbreviation_of_the_council_names_it() -> None:
    assert read("Le CSNU a adopté hier la résolution 2231 ; le CS se réunira de nouveau.\n").bodies == ["SC"]


def test_an_english_text_has_no_council_in_cs() -> None:
    assert read("CS gas was used against the protesters, the report says.\n").bodies == []


def test_the_secretary_generals_abbreviation_names_him_in_english() -> None:
    assert read("The report on the matter was welcomed. The UNSG spoke after it.\n").bodies == ["SG"]


def test_another_organisations_sg_is_no_secretary_general_of_the_organization() -> None:
    record = read("Letter from the SG of the Arab League to the President of the Security Council\n\nThe SG recalls "
                  "Security Council resolution 2334 (2016).\n")
    assert "SG" not in record.bodies and record.author_body != "SG"


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


# --- a dateline's place with its country, then the article before the date ------------------------------------------------

PLACE_COUNTRY = {
    "fr": "Discours du Président.\n\nNew York, Etats-Unis d'Amérique, le 19 septembre 2006\n\nMadame la Présidente,\n",
    "es": "Discurso del Presidente.\n\nNueva York, Estados Unidos de América, el 19 de septiembre de 2006\n\nSeñora Presidenta,\n",
}


@pytest.mark.parametrize("lang", sorted(PLACE_COUNTRY))
def test_a_place_and_its_country_before_the_article_date_the_text(lang: str) -> None:
    assert read(PLACE_COUNTRY[lang]).dated == "2006-09-19"


def test_a_place_and_country_in_a_sentence_date_no_text() -> None:
    text = "Discours du Président.\n\nNous étions à New York, Etats-Unis, le 19 septembre 2006, pour la session.\n"
    assert read(text).dated is None


# --- a meeting of a body's committee, named with a longer title, is held in that body ------------------------------------

def test_a_meeting_of_a_committee_of_the_council_with_a_long_name_is_held_in_the_council() -> None:
    text = ("Reunión Especial del Comité contra el Terrorismo del Consejo de Seguridad\n\n"
            "Intervención de S.E. Señor X, Representante Permanente de Colombia\n\nSeñor Presidente:\n\nPermítame felicitarlo.\n")
    assert read(text).addressee == "SC"


# --- guards from the review of this round's rules ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    ("The United Kingdom abstained on resolution 2720 (2023). Despite the efforts of the authors of this text, Russia and "
     "China voted against an earlier draft.\n"),
    ("Joint statement\n\nRecalling Security Council resolution 1325 (2000), the authors of this text, Argentina, Brazil and "
     "Chile, call on all parties to act.\n"),
    ("Mr. President, resolution 497 (1981) remains relevant. We voted against the draft today. The sponsors of the draft, "
     "Egypt, Syria and Algeria, refused to consult.\n"),
    "La France salue la résolution 2250 (2015). Les initiateurs de ce projet pilote, le Sénégal et la Jordanie, ont agi.\n",
])
def test_the_authors_of_a_text_that_are_a_clauses_subject_or_a_drafts_sponsor_nothing(text: str) -> None:
    assert record_sponsors(text) == []


@pytest.mark.parametrize("text", [
    ("52nd session – Item 7 – Vote on the draft implementing resolution 2334 (2016) – Explanation of vote\n\n"
     "Mr. President, we voted against this draft, which is one-sided.\n"),
    "Item 4 – Adoption of resolution 2254 (2015) follow-up text – Explanation of vote\n\nMr. President, we voted for it.\n",
    "New York – Security Council vote on resolution 2720 (2023) – after the vote, the delegates left and we must remember it.\n",
])
def test_a_title_that_does_not_say_the_resolution_is_adopted_gives_no_forum(text: str) -> None:
    assert read(text).addressee is None


@pytest.mark.parametrize("text, dated", [
    ("Communiqué en vue de la réunion du Conseil de sécurité le 12 mars 2024\nParis, le 10 mars 2024\n\nLa France appelle à la "
     "paix.\n", "2024-03-10"),
    ("Statement by the Spokesperson on the Russian veto at the Security Council session on 30 September 2022\n\nYesterday's "
     "veto was shameful.\n", None),
    ("Communiqué de la Présidence relatif à l'attentat perpétré lors de la réunion du Conseil municipal le 3 mars 2024\n\n"
     "La France condamne l'attentat.\n", None),
])
def test_a_heading_date_of_what_the_statement_is_about_is_not_its_own(text: str, dated: str | None) -> None:
    assert read(text).dated == dated


@pytest.mark.parametrize("text, author", [
    ("Cuba condena la agresión. Israel manifiestamente viola la resolución 2334 (2016) del Consejo de Seguridad.\n", ["CUB"]),
    ("La France condamne la colonisation. Israël manifeste son mépris pour la résolution 2334 (2016) du Conseil de sécurité.\n",
     ["FRA"]),
])
def test_another_states_manifest_contempt_is_not_its_word(text: str, author: list[str]) -> None:
    assert read(text).author_states == author


def test_a_distortion_of_facts_in_a_resolution_is_no_undermining_of_it() -> None:
    text = ("Statement by the Ministry of Foreign Affairs of the Syrian Arab Republic\n\nThe politicized, selective and biased "
            "resolution 52/30 serves the agendas of hostile States. The deliberate distortion of facts contained in resolution "
            "52/30 is part of a smear campaign.\n")
    assert record_stances(text) == [("52/30", "rejects")]


def test_a_word_that_makes_another_states_name_is_no_unknown_prefix() -> None:
    text = ("The co-sponsors of resolution 2765 (2024), Angola, Burundi, Kenya, Democratic Republic Congo and Uganda, welcomed "
            "its adoption.\n")
    assert "COG" not in {s for _, s in record_sponsors(text)}


# --- a ministry's daily briefing, titled as its pages are and never naming its State (official_pages.csv) ------------------

BRIEFING = {
    "en": ("Syria - Q&A - Excerpts from the daily press briefing (22.01.18)\n\nQ : What is your view of the talks?\n\n"
           "A : We call for the full implementation of Security Council resolution 2254.\n"),
    "fr": ("Syrie - Q&R - Extrait du point de presse (14 septembre 2016)\n\nQ - Où en est-on des discussions ?\n\n"
           "R - Nous appelons à la mise en œuvre de la résolution 2254 du Conseil de sécurité.\n"),
}


@pytest.mark.parametrize("lang", sorted(BRIEFING))
def test_a_briefing_page_titled_as_the_ministrys_is_its_states(lang: str) -> None:
    assert read(BRIEFING[lang]).author_states == ["FRA"]


def test_a_briefing_whose_title_gives_another_speaker_is_not_the_pages_state() -> None:
    text = ("Q&A - Excerpts from the daily press briefing by the Spokesperson of the Russian Foreign Ministry\n\n"
            "Q : What is your view?\n\nA : We call for the implementation of resolution 2254.\n")
    assert "FRA" not in read(text).author_states


# --- a predicate said by resolutions, as the passive's agent, is their word, which the author invokes ---------------------

def test_null_and_void_by_the_resolutions_is_not_the_authors_rejection_of_them() -> None:
    text = ("Déclaration du porte-parole de la France\n\nLa France ne reconnaît pas l'annexion du Golan. Son annexion par "
            "Israël en 1981 est considérée comme nulle et non avenue par plusieurs résolutions du Conseil de sécurité, en "
            "particulier la résolution 497.\n")
    assert ("497 (1981)", "rejects") not in record_stances(text)

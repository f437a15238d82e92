"""The rules of the seventeenth round (2026-12-06, the sixth of the day), each on a small text of the genre it reads,
written for the rule, not for a document of the held-out sets."""
from __future__ import annotations

import re

import pytest
from helpers.extract import read
from helpers.extract import record_sponsors as sponsors

from unhrkg.extract.lexicon import phrase_regex


def numbers(text: str) -> list[str]:
    return [r["number"] for r in read(text).resolutions]


# --- a group named at length, a comma before its members ------------------------------------------------------------

GROUP = {
    "en": ("The Security Council yesterday adopted resolution 2119. The draft resolution was drafted by the Group of "
           "Friends of Haiti, composed of Argentina, Brazil, Canada and Chile.\n"),
    "es": ("El Consejo de Seguridad aprobó ayer la resolución 2119. El proyecto de resolución fue elaborado por el Grupo "
           "de Amigos de Haití, integrado por la Argentina, Brasil, Canadá y Chile.\n"),
    "fr": ("Le Conseil de sécurité a adopté hier la résolution 2119. Le projet de résolution a été présenté par le Groupe "
           "des amis d'Haïti, composé de l'Argentine, du Brésil, du Canada et du Chili.\n"),
}


@pytest.mark.parametrize("lang", sorted(GROUP))
def test_a_groups_members_after_a_comma_are_the_sponsors(lang: str) -> None:
    assert sorted(s for _, s in sponsors(GROUP[lang])) == ["ARG", "BRA", "CAN", "CHL"]


def test_the_lexicons_optional_comma_closes_the_words_before_it() -> None:
    pattern = re.compile(phrase_regex("group ... [,] composed of"), re.I)
    assert pattern.search("the Group of Friends of Haiti, composed of")
    assert pattern.search("a group of States composed of")
    assert not pattern.search("a group of States; composed of")


# --- a proposal told before the resolution it became ----------------------------------------------------------------

BECAME = {
    "en": "In 2021 Mexico presented a proposal that became resolution 2616 of the Security Council.\n",
    "es": "Recordó que en el 2021 México presentó una propuesta que se convirtió en la resolución 2616.\n",
    "fr": "En 2021, le Mexique a présenté une proposition qui est devenue la résolution 2616.\n",
}


@pytest.mark.parametrize("lang", sorted(BECAME))
def test_the_state_that_presented_the_proposal_a_resolution_became_tabled_it(lang: str) -> None:
    assert sponsors(BECAME[lang]) == [("2616 (2021)", "MEX")]


def test_a_proposal_criticised_before_it_became_a_resolution_has_no_sponsor() -> None:
    assert sponsors("Mexico criticised a proposal that became resolution 2616.\n") == []


# --- a State's French name ending in "-que" is no relative pronoun --------------------------------------------------

@pytest.mark.parametrize("state,code", [("Le Mexique", "MEX"), ("La Belgique", "BEL"), ("Le Mozambique", "MOZ")])
def test_a_french_name_ending_in_que_tables_the_resolution(state: str, code: str) -> None:
    assert sponsors(f"{state} a présenté la résolution 2616 du Conseil de sécurité.\n") == [("2616 (2021)", code)]


# --- an adverb between the sponsors and the verb ---------------------------------------------------------------------

def test_sponsors_who_successfully_led_the_negotiations() -> None:
    text = "In 2021, Ireland and Norway successfully led negotiations on Resolution 2585, which extended the mandate.\n"
    assert sponsors(text) == [("2585 (2021)", "IRL"), ("2585 (2021)", "NOR")]


# --- a number sign before each of a list's numbers --------------------------------------------------------------------

def test_a_number_sign_before_a_lists_later_number() -> None:
    text = "The settlement is based on the implementation of UN Security Council Resolutions #1559 and #1680.\n"
    assert numbers(text) == ["1559 (2004)", "1680 (2006)"]


# --- an organisation spoken for, its members listed after it ---------------------------------------------------------

def test_the_members_listed_after_an_organisation_spoken_for_are_the_authors() -> None:
    text = ("Mr. President,\n\nI have the honour to deliver this statement on behalf of the Association of Southeast Asian "
            "Nations (ASEAN) which consists of Brunei Darussalam, Cambodia, Indonesia, Lao PDR, Malaysia, Myanmar, the "
            "Philippines, Singapore, Thailand and Viet Nam.\n\nASEAN supports the mandate of the High Commissioner as "
            "contained in GA resolution 48/141.\n")
    assert sorted(read(text).author_states) == ["BRN", "IDN", "KHM", "LAO", "MMR", "MYS", "PHL", "SGP", "THA", "VNM"]


def test_an_organisation_spoken_for_without_its_members_is_the_author_body() -> None:
    text = ("Mr. President,\n\nI have the honour to deliver this statement on behalf of the European Union.\n\n"
            "The European Union supports resolution 48/141.\n")
    record = read(text)
    assert (record.author_body, record.author_states) == ("EU", [])


# --- a masthead's lower-cased symbol ---------------------------------------------------------------------------------

def test_a_mastheads_lower_cased_symbol_is_the_documents() -> None:
    text = ("United Nations s/2006/1024 Distr.: General 23 December 2006 Original: English Security Council Letter dated "
            "23 December 2006 from the Permanent Representative of the Islamic Republic of Iran to the United Nations "
            "addressed to the President of the Security Council\n")
    assert read(text).symbol == "S/2006/1024"


def test_a_lower_cased_symbol_in_a_sentence_is_not_the_documents() -> None:
    assert read("The letter s/2006/1024 was circulated to the members.\n").symbol is None


# --- the date a statement's title gives it, set off by a comma ---------------------------------------------------------

def test_an_explanation_of_votes_title_dates_it() -> None:
    text = ("GA: Explanation of vote\n\nExplanation of vote by Permanent Representative of Norway, Ambassador Merete Fjeld "
            "Brattested, after adoption of resolution in the UN General Assembly Emergency Special Session on Gaza, on "
            "27 October 2023.\n\nNorway voted in favour of the resolution.\n")
    assert read(text).dated == "2023-10-27"


def test_a_meeting_a_statement_is_about_does_not_date_it() -> None:
    text = ("Statement by the Ministry of Foreign Affairs of the Republic of Azerbaijan regarding the discussions at the UN "
            "Security Council held on August 16, 2023\n\nArmenia's attempt to instrumentalize the Council failed.\n")
    assert read(text).dated is None


def test_an_event_told_below_a_statements_title_does_not_date_it() -> None:
    text = ("Statement by the Ministry of Foreign Affairs on the anniversary of the occupation of the Kalbajar district, "
            "1993\n\nOn April 2, 1993 the Kalbajar district of Azerbaijan was occupied.\n")
    assert read(text).dated is None


# --- the draft text told adopted, its sponsors the resolution's -----------------------------------------------------

DRAFT_TEXT = {
    "en": ("The Dominican Republic welcomed resolution 2653 of the Security Council. According to a UN release, the draft "
           "text, presented by Mexico and the United States, was adopted unanimously.\n"),
    "fr": ("La République dominicaine salue l'adoption de la résolution 2653 du Conseil de sécurité. Selon un communiqué, "
           "le projet de texte, présenté par le Mexique et les États-Unis, a été adopté à l'unanimité.\n"),
    "es": ("La República Dominicana saluda la resolución 2653 del Consejo de Seguridad. El proyecto de texto, presentado "
           "por México y los Estados Unidos, fue aprobado por unanimidad.\n"),
}


@pytest.mark.parametrize("lang", sorted(DRAFT_TEXT))
def test_the_draft_text_told_adopted_gives_the_resolutions_sponsors(lang: str) -> None:
    assert sponsors(DRAFT_TEXT[lang]) == [("2653 (2022)", "MEX"), ("2653 (2022)", "USA")]


# --- the Third Committee by its number, in French and Spanish -------------------------------------------------------

@pytest.mark.parametrize("text", [
    ("Discours de l'Ambassadeur du Burundi lors de la présentation du rapport devant la 3ème Commission de l'AG\n\n"
     "Monsieur le Président,\n\nLe Burundi rejette la résolution 33/24.\n"),
    ("Intervención de la Misión de Chile ante la 3ª Comisión de la Asamblea General\n\nSeñor Presidente:\n\n"
     "Chile apoya la resolución 70/1.\n")])
def test_the_third_committee_by_its_number_is_addressed(text: str) -> None:
    assert read(text).addressee == "GA3"


# --- a session's number after its word, a title set off after it ---------------------------------------------------

@pytest.mark.parametrize("line", ["Human Rights Council Session 42 – Pledge of the Kingdom of the Netherlands",
                                  "Human Rights Council Session 42"])
def test_a_sessions_number_after_its_word_on_a_heading_line(line: str) -> None:
    record = read(f"{line}\n\nThe Netherlands supports resolution 16/18.\n")
    assert record.session == {"body": "HRC", "number": 42}


def test_a_number_after_session_in_prose_is_no_session() -> None:
    assert read("The Council held its session 42 times in Geneva.\n\nThe Netherlands supports resolution 16/18.\n").session is None


# --- a transcript's speaker label in capitals -----------------------------------------------------------------------

def test_a_transcripts_label_in_capitals_names_the_speaking_state() -> None:
    text = ("Unofficial transcript Agenda item 37, November 29, 2012 SWITZERLAND: Mr. President, the decision to vote in "
            "favour is motivated by the desire to relaunch the peace process. Palestine and Israel must negotiate.\n")
    assert read(text).author_states == ["CHE"]


def test_a_place_in_capitals_before_a_colon_is_no_speaker() -> None:
    assert read("NEW YORK: Mr. Smith said resolution 70/1 was good. Israel and Palestine met.\n").author_states != ["USA"]


# --- the resolution presented today is no old one named later ------------------------------------------------------

def test_the_resolution_presented_today_is_not_an_old_one_named_after_it() -> None:
    text = ("Switzerland voted in favour of the resolution presented today and adopted by the General Assembly in 2012. The "
            "resolution recalls General Assembly resolution 43/177 of 15 December 1988.\n")
    assert ("43/177", "supports") not in [(p["target"]["number"], p["stance"]) for p in read(text).positions
                                          if p["rule"].endswith("anaphor")]


# --- a term's dates set close about a hyphen are no date of the text's ----------------------------------------------

def test_a_terms_dates_about_a_hyphen_do_not_date_the_text() -> None:
    text = ("Active, visible and principled - the Czech Republic concludes its HRC membership\n\nThe Czech Republic has "
            "completed its term in the Human Rights Council (19 June 2011-31 December 2014). It co-authored resolution 24/5.\n")
    assert read(text).dated is None


def test_a_date_alone_under_a_heading_still_dates_the_text() -> None:
    assert read("Press release\n\n19 June 2011\n\nThe Czech Republic welcomes resolution 17/19.\n").dated == "2011-06-19"


def test_a_date_line_with_its_place_after_a_preposition_dates_the_speech() -> None:
    text = ("Allocution du Prince lors du débat général de la 48ème session de l'Assemblée générale\n\nLe 27 septembre 1993 à "
            "New York\n\nMonsieur le Président,\n\nMonaco remercie le Conseil de sécurité de la résolution 829.\n")
    assert read(text).dated == "1993-09-27"


def test_a_sentence_opening_with_a_date_and_a_place_is_told() -> None:
    assert read("Communiqué\n\nLe 27 septembre 1993 à Genève, le Conseil a adopté la résolution 829.\n").dated is None


# --- guards a second engineer's review found ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Resolution 53/2 was tabled by the African Group, made up of 54 States, with the support of Pakistan and China.\n",
    "La résolution 53/2 a été présentée par le Groupe africain, composé de 54 États, avec le soutien de la Chine.\n"])
def test_a_group_told_by_its_size_is_itself_the_sponsor(text: str) -> None:
    assert sponsors(text) == [("53/2", "AFRICAN_GROUP")]


@pytest.mark.parametrize("text", [
    ("Resolution 2720 (2023) was adopted on Friday. The draft text of the presidential statement, presented by Brazil, "
     "was adopted on Monday.\n"),
    ("Chile celebra la resolución 2653 (2022). El proyecto de texto de la declaración política, presentado por Colombia, "
     "será aprobado la próxima semana.\n")])
def test_another_texts_draft_or_a_future_adoption_gives_no_sponsor(text: str) -> None:
    assert sponsors(text) == []


def test_the_draft_of_the_resolution_itself_keeps_its_sponsor() -> None:
    text = ("During its membership of the Council in 2019, Kuwait submitted the draft of the unanimously approved UNSC "
            "resolution No. 2474, the first of its kind on missing persons.\n")
    assert sponsors(text) == [("2474 (2019)", "KWT")]


def test_a_bilateral_commission_by_its_number_is_no_third_committee() -> None:
    text = "Palabras del Canciller de Chile en la III Comisión Mixta Chile-Bolivia\n\nSeñor Presidente:\n\nChile apoya la resolución 70/1.\n"
    assert read(text).addressee != "GA3"


@pytest.mark.parametrize("text,body", [
    ("On behalf of the European Union, I would like to congratulate the Bureau, composed of Chile, Estonia, Indonesia and "
     "Nigeria, on its election. The EU supports resolution 70/1.\n", "EU"),
    ("On behalf of the Non-Aligned Movement, I thank the Troika, consisting of Azerbaijan, Uganda and Venezuela, for "
     "convening this meeting. NAM supports resolution 70/1.\n", "NAM")])
def test_another_groups_members_are_not_the_authors(text: str, body: str) -> None:
    record = read(text)
    assert (record.author_body, record.author_states) == (body, [])


def test_a_headlines_topic_in_capitals_is_no_speaker() -> None:
    text = ("MYANMAR: Mr. Türk calls for accountability\n\nGENEVA (OHCHR) - The UN High Commissioner called for the full "
            "implementation of resolution 55/20.\n")
    assert read(text).author_states == []


@pytest.mark.parametrize("title", [
    "Statement by the Ministry of Foreign Affairs on the anniversary of the occupation of the Kalbajar district by Armenia, on 2 April 1993",
    "Speech by the Prime Minister at the ceremony marking the Holodomor, the famine engineered by the Soviet regime, on 26 November 1932"])
def test_a_statements_title_dating_the_event_it_is_about_does_not_date_it(title: str) -> None:
    assert read(f"{title}\n\nThe Government recalls resolution 822 (1993).\n").dated is None


@pytest.mark.parametrize("title,iso", [
    ("Remarks by Ambassador Linda Thomas-Greenfield at a UN Security Council Briefing on Ukraine, on 24 February 2023", "2023-02-24"),
    ("Delivered by Ambassador Jane Smith\non 12 March 2024", "2024-03-12")])
def test_a_statement_made_at_a_meeting_is_dated_by_its_title(title: str, iso: str) -> None:
    assert read(f"{title}\n\nThank you, Madam President. The United States supports resolution ES-11/6.\n").dated == iso


def test_a_spanish_sesion_is_a_meeting_not_a_session() -> None:
    text = ("Consejo de Derechos Humanos – Sesión 23 – Diálogo interactivo\n\nIntervención de Cuba\n\nCuba rechaza la "
            "resolución 53/1.\n")
    assert read(text).session is None


def test_a_hashtag_year_is_no_resolution() -> None:
    assert numbers("Proud to co-sponsor #UNSC resolution 2250 and #2030Agenda goals!\n") == ["2250 (2015)"]


def test_a_reading_time_after_a_date_is_no_range() -> None:
    assert read("News\n\n12 June 2023-5 min read\n\nNorway welcomes resolution 53/1.\n").dated == "2023-06-12"

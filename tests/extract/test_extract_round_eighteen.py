"""The rules of the eighteenth round (2026-12-06, the seventh of the day), each on a small text of the genre it reads,
written for the rule, not for a document of the held-out sets."""
from __future__ import annotations

import pytest
from helpers.extract import read, record_stances

from unhrkg.extract.text import sentences


def numbers(text: str) -> list[str]:
    return [r["number"] for r in read(text).resolutions]


# --- "se réjouit", "se complace": a State's own joy is its voice -------------------------------------------------------

JOY = {
    "fr": "« Le Canada se réjouit de l'adoption par l'Assemblée générale de la résolution 69/190. »\n",
    "es": "Colombia se complace por la aprobación de la resolución 42/25 del Consejo de Derechos Humanos.\n",
}


@pytest.mark.parametrize("lang", sorted(JOY))
def test_a_state_glad_of_an_adoption_is_the_author(lang: str) -> None:
    assert read(JOY[lang]).author_states == {"fr": ["CAN"], "es": ["COL"]}[lang]


# --- a month before a number: a year, whichever body is named ---------------------------------------------------------

def test_a_year_after_a_month_is_no_assembly_resolution() -> None:
    text = "Le soutien à la résolution de l'Assemblée générale des Nations Unies de décembre 2020 sur un moratoire.\n"
    assert numbers(text) == []


def test_a_number_after_the_assembly_named_without_a_month_is_its_resolution() -> None:
    assert numbers("La résolution de l'Assemblée générale 2758 a réglé la question.\n") == ["2758 (XXVI)"]


# --- a rejected text about a resolution: the text is what is rejected ----------------------------------------------------

NOTIFICATION = {
    "en": ("The Ministry of Foreign Affairs of Iran categorically rejects the unlawful notification submitted by three "
           "States to the Security Council in relation to resolution 2231 (2015).\n"),
    "es": ("El Ministerio de Relaciones Exteriores de Cuba rechaza la notificación ilegal enviada al Consejo de Seguridad "
           "en relación con la resolución 2231 (2015).\n"),
    "fr": ("Le Ministère des affaires étrangères de l'Iran rejette la demande présentée au Conseil de sécurité au sujet de "
           "la résolution 2231 (2015).\n"),
}


@pytest.mark.parametrize("lang", sorted(NOTIFICATION))
def test_rejecting_a_notification_about_a_resolution_is_no_rejection_of_it(lang: str) -> None:
    assert ("2231 (2015)", "rejects") not in record_stances(NOTIFICATION[lang])


def test_rejecting_the_resolution_itself_still_rejects_it() -> None:
    text = "The Ministry of Foreign Affairs of Iran categorically rejects resolution 2231 (2015).\n"
    assert record_stances(text) == [("2231 (2015)", "rejects")]


# --- a statement's forum: named in its heading's first sentence ----------------------------------------------------------

def test_a_page_run_into_one_line_takes_its_forum_from_the_headings_first_sentence() -> None:  # (a line of 250 and more)
    text = ("Explanation of Vote by the Netherlands before the General Assembly Thank you Mr. President. The Netherlands "
            "has just voted no on the resolution adopted now. As we explained three weeks ago, we have difficulty in "
            "endorsing the report. The Netherlands voted against the resolution in Geneva in the Human Rights Council and "
            "votes against resolution 64/10 today.\n")
    assert read(text).addressee == "GA"


def test_a_heading_with_an_honorific_keeps_its_forum() -> None:
    text = ("Statement by the Prime Minister Hon. John Smith at the United Nations General Assembly, 29 March 2023\n\n"
            "Mr. President, I am making this statement on behalf of Vanuatu.\n")
    assert read(text).addressee == "GA"


@pytest.mark.parametrize("title", ["Hon.", "Amb.", "Messrs.", "Excmo."])
def test_an_honorific_ends_no_sentence(title: str) -> None:
    assert len(sentences(f"Statement by {title} Smith at the Council.")) == 1


# --- a State's name over a report's title: its report ---------------------------------------------------------------------

REPORT = ("19 December 2001\n\nUnited States of America\n\nReport to the Counter-Terrorism Committee pursuant to paragraph 6 "
          "of Security Council resolution 1373 (2001)\n\nINTRODUCTION\n\nThe United States has taken the following steps.\n")


def test_a_state_named_alone_over_a_reports_title_wrote_it() -> None:
    record = read(REPORT)
    assert (record.doc_type, record.author_states, record.dated) == ("report", ["USA"], "2001-12-19")


def test_a_report_of_a_rapporteur_under_a_states_name_is_not_the_states() -> None:
    text = ("Myanmar\n\nReport of the Special Rapporteur on the situation of human rights in Myanmar\n\n"
            "1. The present report is submitted pursuant to Human Rights Council resolution 46/21.\n")
    assert read(text).author_states == []


# --- a heading line over the first sentence ----------------------------------------------------------------------------------

def test_a_heading_without_a_stop_is_a_sentence_of_its_own() -> None:
    text = "Statement on the notification concerning resolution 2231\nThe Ministry of Foreign Affairs rejects it.\n"
    assert [s.text.strip() for s in sentences(text)] == ["Statement on the notification concerning resolution 2231",
                                                         "The Ministry of Foreign Affairs rejects it."]


def test_a_line_ending_in_a_preposition_goes_on_over_the_break() -> None:
    assert len(sentences("Statement by\nThe Minister for Foreign Affairs of Ireland.\n")) == 1


def test_the_last_of_two_joined_verbs_has_the_notification_as_its_object() -> None:
    text = ("Statement on the notification concerning resolution 2231\nThe Ministry of Foreign Affairs of Iran categorically "
            "rejects and condemns the unlawful notification submitted by three States in relation to resolution 2231 (2015).\n")
    assert [p["rule"] for p in read(text).positions if p["rule"].startswith("cue-")] == []  # (the text's tone is another rule's)


def test_a_heading_naming_the_resolution_takes_its_tone_from_the_first_sentence_under_it() -> None:
    text = ("DPRK FM on UNSC resolution 1874 (2009)\nThe Ministry of Foreign Affairs of the DPRK issued a statement as, at the "
            "instigation of the US, the Security Council has adopted a “resolution on sanctions” against the DPRK.\n"
            "The DPRK will respond.\n")
    assert record_stances(text) == [("1874 (2009)", "rejects")]


# --- a statement a page carries: the States its opening line names --------------------------------------------------------

CARRIED = {
    "en": ("The following is a joint statement issued by Russia, China and France outlining their interpretation of "
           "Security Council resolution 1441, which was adopted Friday.\n\nWe welcome resolution 1441 (2002).\n"),
    "fr": ("Voici le texte de la déclaration conjointe publiée par la France, l'Allemagne et le Royaume-Uni sur la "
           "résolution 2231.\n\nNous réaffirmons notre attachement à la résolution 2231 (2015).\n"),
}


@pytest.mark.parametrize("lang", sorted(CARRIED))
def test_the_states_a_carried_joint_statement_is_issued_by_are_its_authors(lang: str) -> None:
    assert read(CARRIED[lang]).author_states == {"en": ["RUS", "CHN", "FRA"], "fr": ["FRA", "DEU", "GBR"]}[lang]


def test_a_carried_statement_of_one_states_ministry_is_that_states() -> None:
    text = ("Following is the full text of the statement released by the Ministry of Foreign Affairs of Turkey on "
            "resolution 2334.\n\nWe welcome resolution 2334 (2016).\n")
    assert read(text).author_states == ["TUR"]


def test_a_carried_statement_about_a_state_is_not_that_states() -> None:
    text = ("Following is the full text of the statement released by the Ministry on the situation in Syria.\n\n"
            "The Ministry welcomes resolution 2254 (2015).\n")
    assert read(text).author_states != ["SYR"]


# --- a group's members in brackets, then more States --------------------------------------------------------------------

def test_states_after_a_groups_bracketed_members_speak_with_them() -> None:
    text = ("JOINT STATEMENT on behalf of the European members of the Security Council (Belgium, France and Italy), "
            "Germany, and the United States following the meeting on Kosovo.\n\nWe recall resolution 1244 (1999).\n")
    assert read(text).author_states == ["BEL", "FRA", "ITA", "DEU", "USA"]


# --- a State congratulating: its own voice ----------------------------------------------------------------------------------

def test_a_state_congratulating_the_president_speaks() -> None:
    text = ("Mr. President,\nChina congratulates Sweden on its assumption of the presidency of the Council for this month. "
            "We thank the Special Representative for her briefing.\nThe Council has just unanimously adopted resolution 2427 "
            "on children and armed conflict. We applaud Sweden's great efforts for holding the consultations.\n")
    assert read(text).author_states == ["CHN"]


# --- "today's resolution" is not the one voted on last November -------------------------------------------------------------

def test_todays_resolution_is_not_the_one_told_as_voted_on_before() -> None:
    text = ("Statement by Australia. We voted against resolution 64/10 last November because of concerns about the "
            "report that the resolution was based on. We have decided to abstain on today's resolution.\n")
    assert record_stances(text) == [("64/10", "rejects")]


def test_todays_resolution_abstained_on_is_the_one_named_just_before() -> None:
    text = "Statement by Australia. The Assembly adopted resolution 64/254 today. We have decided to abstain on today's resolution.\n"
    assert record_stances(text) == []


# --- dates at the top --------------------------------------------------------------------------------------------------------

def test_an_event_told_on_the_nth_of_a_month_does_not_date_the_statement() -> None:
    text = ("Statement by New Zealand\n\nPresident,\n\nOn the 26th of April 2022, Member States took the decision to adopt "
            "resolution 76/262.\n")
    assert read(text).dated is None


def test_a_title_printed_twice_does_not_push_the_meetings_date_out_of_the_top() -> None:
    title = ("Statement by the Permanent Mission of the Republic of Azerbaijan to the OSCE on non-implementation of the UN "
             "Security Council resolutions and its implications for the Minsk Process")
    text = f"{title}\n{title}\n1128th Meeting of the Permanent Council, 19 January 2017\nMr. Chairperson,\nArmenia ignores resolution 822.\n"
    assert read(text).dated == "2017-01-19"


# --- a session number printed bare ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("New Zealand has supported the Veto Initiative of the General Assembly and remains a proud proponent of 76/262.\n",
     ["76/262"]),
    ("These practices express the General Assembly's recognition in 60/251 of the role of civil society.\n", ["60/251"]),
    ("Sri Lanka continues to oppose the 51/1 adopted by the Human Rights Council.\n", ["51/1"]),
])
def test_a_bare_session_number_after_a_preposition_or_article_is_a_resolution(text: str, expected: list[str]) -> None:
    assert numbers(text) == expected


@pytest.mark.parametrize("text", [
    "The General Assembly met in the wake of 9/11 to condemn terrorism.\n",
    "Le pays obtient un score de 22/100 dont 3/40 en droits politiques, selon le Conseil des droits de l'homme.\n",
    "Presidential Statement PRST 18/11 of the Human Rights Council.\n",
    "The General Assembly adopted the text. Parte 2/2\n",
    "Check our daily updates on the Human Rights Council 24/7.\n",
])
def test_a_bare_number_that_is_a_date_a_score_or_a_label_is_no_resolution(text: str) -> None:
    assert numbers(text) == []


def test_a_bare_number_in_a_text_naming_neither_the_assembly_nor_the_council_is_no_resolution() -> None:
    assert numbers("The Ministry remains a proud proponent of 76/262.\n") == []


@pytest.mark.parametrize("title", ["the Rt. Hon. Lord Ahmad", "Lt. Gen. Christopher Musa", "Ms. Jane Doe, Asst. Secretary of State"])
def test_a_heading_line_keeps_its_forum_after_a_title_with_a_stop(title: str) -> None:
    text = f"Statement by {title} at the UN Human Rights Council\n\nMr. President,\nWe support resolution 46/1.\n"
    assert read(text).addressee == "HRC"


def test_a_headline_wrapped_in_title_case_goes_on_over_the_break() -> None:
    assert len(sentences("Cuba Rechaza\nLa Resolución 52/2 del Consejo de Derechos Humanos\n")) == 1


# --- the review's guards ----------------------------------------------------------------------------------------------------

def test_a_joint_statement_another_issued_is_not_the_authors() -> None:
    text = ("The Ministry of Foreign Affairs of Armenia rejects the joint statement adopted by the Ministers of Foreign "
            "Affairs of Azerbaijan and Türkiye on resolution 2254.\n")
    assert read(text).author_states == ["ARM"]


@pytest.mark.parametrize("lead", ["The following is a statement by the Secretary-General congratulating Nigeria on",
                                  "Following is the statement released by the OIC after the attack against Pakistan on"])
def test_a_carried_statement_of_a_body_about_a_state_is_not_the_states(lead: str) -> None:
    assert read(f"{lead} resolution 2349 (2017).\n\nWe welcome resolution 2349 (2017).\n").author_states == []


def test_a_state_after_a_groups_bracketed_members_that_is_told_of_is_no_author() -> None:
    text = ("Statement on behalf of the Core Group on Sri Lanka (Canada, Malawi and the United Kingdom) and Sri Lanka's "
            "commitments under resolution 51/1.\n")
    assert read(text).author_states == ["CAN", "MWI", "GBR"]


@pytest.mark.parametrize("title", ["Ukraine\n\nReport on the human rights situation in Ukraine",
                                   "Country profile\nEritrea\nReport to the Human Rights Council of the Special Rapporteur"])
def test_a_states_name_over_a_report_about_it_is_no_author(title: str) -> None:
    assert read(f"{title}\n\n1. The present report covers resolution 68/262.\n").author_states == []


@pytest.mark.parametrize("opening", ["Statement delivered on the 14th of June 2022 by Ambassador Smith",
                                     "Press Statement of the 3rd of February 2022"])
def test_a_statements_own_date_after_the_still_dates_it(opening: str) -> None:
    assert read(f"{opening}\n\nMr. President,\nWe support resolution 46/1.\n").dated in ("2022-06-14", "2022-02-03")


def test_the_latest_resolution_told_as_adopted_last_november_is_that_one() -> None:
    text = ("Statement by Norway. The General Assembly adopted resolution 78/120 last November. Norway welcomes this new "
            "resolution.\n")
    assert record_stances(text) == [("78/120", "supports")]


def test_a_joint_statement_made_on_a_date_in_its_heading_is_dated_by_it() -> None:
    assert read("Joint statement by Finland and Sweden, made on the 18th of May 2022\n\nWe support resolution 46/1.\n").dated == "2022-05-18"

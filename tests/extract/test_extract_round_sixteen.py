"""The rules of the sixteenth round (2026-12-06, the fifth of the day), each on a small text of the genre it reads,
written for the rule, not for a document of the held-out sets."""
from __future__ import annotations

import pytest
from helpers.extract import read
from helpers.extract import record_sponsors as sponsors
from helpers.extract import record_stances as stances


# --- a cue in the reason given for a vote has an object of its own -------------------------------------------------

def test_a_reasons_cue_is_not_said_of_the_resolution() -> None:
    text = ("The United Kingdom voted in favour of Security Council resolution 2334 because we believe it is right to "
            "condemn settlement activity.\n")
    assert stances(text) == [("2334 (2016)", "supports")]


def test_a_reasons_cue_said_of_the_resolution_again_keeps_it() -> None:
    text = "Norway did not join the consensus on resolution 12/4 because we reject it.\n"
    assert stances(text) == [("12/4", "rejects")]


# --- a meeting record: the draft put to the vote "has been adopted as resolution N" --------------------------------

RECORD = {
    "en": ("The President: Members of the Council have before them document S/2014/54, which contains the text of a draft "
           "resolution submitted by Australia, Chad and France.\n\nI shall put the draft resolution to the vote now.\n\n"
           "The President: There were 15 votes in favour. The draft resolution has been adopted unanimously as resolution "
           "2134 (2014).\n"),
    "fr": ("Les membres du Conseil sont saisis du document S/2014/54, qui contient le texte d'un projet de résolution "
           "présenté par l'Australie, la France et le Tchad.\n\nLe Président : Le résultat du vote est le suivant : 15 voix "
           "pour. Le projet de résolution est adopté à l'unanimité en tant que résolution 2134 (2014).\n"),
    "es": ("Los miembros del Consejo tienen ante sí el documento S/2014/54, que contiene el texto de un proyecto de "
           "resolución presentado por Australia, Francia y el Chad.\n\nEl Presidente: El proyecto de resolución ha sido "
           "aprobado por unanimidad como resolución 2134 (2014).\n"),
}


@pytest.mark.parametrize("lang", sorted(RECORD))
def test_a_records_draft_adopted_as_a_resolution_gives_its_sponsors(lang: str) -> None:
    assert sorted(s for _, s in sponsors(RECORD[lang])) == ["AUS", "FRA", "TCD"]
    assert {n for n, _ in sponsors(RECORD[lang])} == {"2134 (2014)"}


def test_a_later_draft_in_the_record_keeps_its_own_sponsors() -> None:
    text = ("Members of the Council have before them document S/2014/54, which contains the text of a draft resolution "
            "submitted by France.\n\nThe draft resolution has been adopted as resolution 2134 (2014).\n\n"
            "Members of the Council also have before them document S/2014/60, which contains the text of a draft "
            "resolution submitted by Chile.\n\nThe draft resolution has been adopted as resolution 2135 (2014).\n")
    assert sorted(sponsors(text)) == [("2134 (2014)", "FRA"), ("2135 (2014)", "CHL")]


# --- a headline's present tense and a resolution it does not number ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Spain tables a Security Council resolution on non-proliferation\n\nThe Security Council unanimously adopted "
    "resolution 2325 (2016) on 15 December.\n",
    "España promueve en el CSNU una Resolución que actualiza el compromiso internacional\n\nEl Consejo de Seguridad ha "
    "aprobado por unanimidad la Resolución 2325 (2016), que hace frente a la amenaza de actores no estatales.\n",
])
def test_a_headlines_sponsor_of_the_resolution_the_body_adopts(text: str) -> None:
    assert sponsors(text) == [("2325 (2016)", "ESP")]


def test_a_headline_resolution_is_not_bound_where_the_body_adopts_none() -> None:
    text = ("Spain tables a Security Council resolution on non-proliferation\n\nThe draft builds on resolution 2325 (2016), "
            "which the Council will review next year.\n")
    assert sponsors(text) == []


# --- where a statement's speaker opens --------------------------------------------------------------------------

def test_a_numbered_paragraph_opens_the_speakers_clause() -> None:
    text = "1 Singapore has just voted in favour of resolution ES-10/23 at the General Assembly.\n"
    assert read(text).author_states == ["SGP"]


def test_the_vocative_opens_the_speakers_clause() -> None:
    text = "Thank you, Madam President.\n\nMadam President, Brazil voted in favour of resolution 2585.\n"
    assert read(text).author_states == ["BRA"]


def test_an_explanation_of_vote_by_a_named_ambassador() -> None:
    text = ("Explanation of Vote by Ambassador Vassily Nebenzia on the Draft Resolution on Syria\n\n2021-07-09\n\n"
            "Thank you, Mr. President. We welcome the adoption of resolution 2585.\n")
    assert read(text).author_states == ["RUS"]


# --- a sponsor after a quoted title, and a name glossed by its acronym --------------------------------------------

def test_sponsors_after_a_quoted_title_and_an_acronym() -> None:
    text = ('On 14 June the Security Council adopted resolution 2686 on "Tolerance and International Peace and Security," '
            "sponsored by the United Arab Emirates (UAE) and the United Kingdom.\n")
    assert sponsors(text) == [("2686 (2023)", "ARE"), ("2686 (2023)", "GBR")]


def test_a_resolution_with_a_title_of_its_own_is_not_the_one_named_before() -> None:
    text = ("Israel cut its funding after the Council passed resolution 2334 in December. The resolution on "
            '"Occupied Palestine," authored by Algeria and Egypt, passed at UNESCO in May.\n')
    assert sponsors(text) == []


# --- waters and islands that hold a State's name --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Piracy in the Gulf of Oman and around Lake Chad threatens shipping.\n",
    "La piraterie dans le golfe de Guinée et autour du lac Tchad menace la navigation.\n",
    "La piratería en el golfo de Guinea y en el lago Chad amenaza la navegación.\n",
    "Les îles Glorieuses, Juan de Nova et Bassas da India sont malgaches.\n",
])
def test_a_sea_or_a_lake_is_no_state(text: str) -> None:
    assert not {"OMN", "TCD", "GIN", "IND"} & set(read(text).states)


# --- a part of an Assembly resolution before a relative clause -----------------------------------------------------

def test_a_resolutions_part_before_which() -> None:
    text = ("Guyana recalls that General Assembly resolution 66/253 A which, inter alia, mandated a Joint Special Envoy, "
            "has its full support.\n")
    assert [r["number"] for r in read(text).resolutions] == ["66/253 A"]


# --- the Council as subject, with its size before its name -----------------------------------------------------------

def test_the_15_member_council_condemns_in_its_own_resolution() -> None:
    text = ("China's ambassador said China supports the resolution. In resolution 2270, sponsored by the United States, the "
            '15-member Security Council condemned "in the strongest terms" the nuclear test.\n')
    assert ("2270 (2016)", "rejects") not in stances(text)


# --- another State's organ as the subject of a clause -------------------------------------------------------------

def test_another_states_government_refusing_is_not_the_authors_stance() -> None:
    text = ("Letter dated 25 July 2003 from the Permanent Representative of Israel to the United Nations addressed to the "
            "Secretary-General\n\nIn spite of full compliance with Security Council resolution 425 (1978), the Government "
            "of Lebanon persists in refusing to live up to its obligations.\n")
    assert ("425 (1978)", "rejects") not in stances(text)


def test_a_call_on_another_government_leaves_the_author_speaking() -> None:
    from unhrkg.extract.speakers import speaker_is_author

    sentence = "We call on the Government of Lebanon to reject the proposal."
    assert speaker_is_author(sentence, sentence.index("reject"), ["ISR"])
    sentence = "Despite the resolution, the Government of Lebanon refuses to act."
    assert not speaker_is_author(sentence, sentence.index("refuses"), ["ISR"])


# --- the second wave's rules ----------------------------------------------------------------------------------------

def test_a_state_or_its_envoy_as_a_co_sponsor_in_apposition() -> None:
    assert sponsors("Australia, a co-sponsor of resolution 2139 (2014), said it will allow aid.\n") == [("2139 (2014)", "AUS")]
    text = ("The Security Council adopted resolution 2139 (2014). Australia's UN envoy, Gary Quinlan, a co-sponsor of the "
            "resolution, said it will allow aid.\n")
    assert sponsors(text) == [("2139 (2014)", "AUS")]


def test_the_resolution_a_text_tables_is_the_draft_it_names_later() -> None:
    text = ("The resolution was tabled by the main sponsors the United Kingdom and Canada.\n\nResolution A/HRC/57/L.1 looks "
            "to renew the mandate in Resolution 51/1.\n")
    assert sponsors(text) == []


def test_a_minister_named_before_a_who_clause_speaks() -> None:
    text = ("Foreign Minister Dinesh Gunawardena, who officially informed the Parliament of the decision of 20 February "
            "2020 to withdraw from resolution 30/1, said the government would work with the UN.\n")
    assert read(text).author_states == ["LKA"]


def test_a_transcripts_speaker_label() -> None:
    from unhrkg.extract.holders import speaking_holders

    text = ("Regular press conference, 27 June 2022\n\nQ: What is the comment on the conference?\n\nZhao Lijian: There is "
            "only one China in the world, as resolution 2758 (XXVI) of the General Assembly confirmed.\n")
    assert [(iso3, weight) for iso3, _, weight in speaking_holders(text, len(text))] == [("CHN", 3)]


def test_leaving_a_resolution_outweighs_the_support_told_before() -> None:
    text = ("Statement by Sri Lanka\n\nSri Lanka co-sponsored resolution 30/1 in 2015. Sri Lanka supported resolution 30/1 "
            "then. Sri Lanka has decided to withdraw from resolution 30/1.\n")
    assert stances(text) == [("30/1", "rejects")]


def test_an_old_resolution_invoked_does_not_take_over_from_the_recent_one_told() -> None:
    text = ("Statement by Sri Lanka, 23 March 2021\n\nSri Lanka considers the latest resolution of the Council unwarranted "
            "and in violation of General Assembly resolution 60/251. The resolution is based on a rejected report.\n")
    assert ("60/251", "rejects") not in stances(text)


# --- guards from the review ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # a vetoed draft's sponsors are not those of the consultations' draft adopted next
    "The President: Members of the Council have before them document S/2016/846, which contains the text of a draft "
    "resolution submitted by France and Spain.\n\nThe President: The draft resolution has not been adopted, owing to the "
    "negative vote of a permanent member of the Council.\n\nThe President: Members of the Council have before them "
    "document S/2016/847, which contains the text of a draft resolution prepared in the course of the Council's prior "
    "consultations.\n\nThe President: The draft resolution has been adopted unanimously as resolution 2314 (2016).\n",
    # a sentence naming another document's adoption
    "The President: Members of the Council have before them document S/2018/321, which contains the text of a draft "
    "resolution submitted by the Russian Federation.\n\nThe draft resolution was not adopted.\n\nThe President: The draft "
    "resolution contained in document S/2018/175 was adopted as resolution 2401 (2018) in February.\n",
])
def test_a_records_failed_draft_gives_no_sponsor(text: str) -> None:
    assert sponsors(text) == []


def test_a_look_back_at_the_adopted_draft_adds_no_later_drafts_sponsor() -> None:
    text = ("The President: Members of the Council have before them document S/2023/590, which contains the text of a draft "
            "resolution submitted by Ecuador.\n\nThe draft resolution has been adopted as resolution 2699 (2023).\n\n"
            "The President: Members of the Council have before them document S/2023/591, which contains the text of a draft "
            "resolution submitted by China.\n\nThe draft resolution just adopted as resolution 2699 (2023) responds to the "
            "request of Haiti.\n")
    assert sponsors(text) == [("2699 (2023)", "ECU")]


@pytest.mark.parametrize("text", [
    "Brazil introduces a General Assembly resolution on the right to food\n\nBrasilia, 18 December 2023\n\nThe Third "
    "Committee adopted the draft resolution on the right to food. The General Assembly adopted resolution 78/202 on "
    "extreme poverty the same day.\n",
    "Ecuador propone resolución en la Asamblea General sobre el agua\n\nQuito, 20 de marzo de 2023\n\nLa Asamblea General "
    "aprobó la resolución 64/292 en 2010.\n",
    "Pakistan presents a resolution on combating Islamophobia\n\nIslamabad, 15 March 2024\n\nThe General Assembly adopted "
    "the resolution introduced on behalf of the OIC. It builds on resolution 76/254, adopted by consensus in 2022.\n",
])
def test_a_headlines_resolution_is_not_an_older_or_another_numbered_one(text: str) -> None:
    assert [s for s in sponsors(text) if s[1] in ("BRA", "ECU", "PAK")] == []


def test_the_spanish_present_perfect_of_a_vote() -> None:
    assert stances("Señor Presidente, Venezuela ha votado en contra de la resolución 51/29.\n") == [("51/29", "rejects")]


# --- a headline's stance on the resolution the body numbers ---------------------------------------------------------

def test_a_headlines_stance_on_the_resolution_the_body_adopts() -> None:
    text = ("Israel rejects a UN Human Rights Council resolution calling for an arms embargo\n\nJerusalem, 5 April 2024\n\n"
            "The Human Rights Council adopted resolution 55/28 by 28 votes in favour, 6 against and 13 abstentions.\n")
    assert stances(text) == [("55/28", "rejects")]

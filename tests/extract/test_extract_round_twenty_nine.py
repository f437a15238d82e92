"""The rules of the twenty-ninth round (2026-12-07, the ninth session of the day): an official the speech congratulates
or thanks is no voice of the author, "on behalf of the Government and people of X", a demonym's other spellings, a
quotation opening on an ellipsis starts a sentence, what the international community did "with these resolutions" is the
resolutions' word, a speech heading "Speech of Minister ..., Mr. X" and a possessive heading with the apostrophe alone,
a Spanish heading with the rank after the post without a comma, a relative clause telling that the author initiated or
co-sponsored the resolution, and a byline whose State stands alone on the line under the post. Each rule on a small
text of the genre it reads, written for the rule, not for a document of the held-out sets."""
from __future__ import annotations

from helpers.extract import read


def stances(text: str) -> list[tuple[str, str]]:
    return [(str(p["target"]["number"]), str(p["stance"])) for p in read(text).positions]


def signers(text: str) -> list[tuple[str, list[str]]]:
    return [(str(s["name"]), list(s.get("titles") or [])) for s in read(text).signatories]


def sponsors(text: str) -> list[tuple[str, str]]:
    return [(str(s["resolution"]["number"]), str(s["sponsor"])) for s in read(text).sponsors]


# --- an official the speaker congratulates or thanks -----------------------------------------------------------------------

CONGRATULATED = ("Statement of the Minister at the High-level segment of the Human Rights Council\n\nExcellencies,\n"
                 "I wish to congratulate Her Excellency Ambassador Maria Lopez Garcia, Permanent Representative of Chile, "
                 "on assuming the Presidency of the Council. Portugal expresses its appreciation to the High Commissioner.\n")


def test_an_official_the_speech_congratulates_is_not_its_author() -> None:
    assert read(CONGRATULATED).author_states == ["PRT"]


def test_an_official_the_speech_thanks_is_not_its_author() -> None:
    text = CONGRATULATED.replace("I wish to congratulate", "I thank").replace(" on assuming the Presidency of the Council",
                                                                              " for her leadership")
    assert read(text).author_states == ["PRT"]


def test_a_french_speech_congratulating_an_ambassador_is_not_his_states() -> None:
    text = ("Monsieur le Président,\nJe félicite Son Excellence M. Omar Hilale, Représentant permanent du Maroc, pour son "
            "élection. La Belgique réaffirme son attachement au Conseil.\n")
    assert read(text).author_states == ["BEL"]


def test_an_official_named_with_his_post_still_speaks_where_nobody_greets_him() -> None:
    text = ("Geneva, 3 March 2021\n\nHer Excellency Ambassador Maria Lopez Garcia, Permanent Representative of Chile, "
            "said today that the resolution must be implemented.\n")
    assert read(text).author_states == ["CHL"]


# --- on behalf of the Government and the people of X -------------------------------------------------------------------------

def test_on_behalf_of_the_government_and_the_people_of_a_state() -> None:
    text = ("Mr. President,\n\nOn behalf of the Government and the people of Kenya, I take this opportunity to "
            "congratulate you.\n")
    assert read(text).author_states == ["KEN"]


def test_on_behalf_of_the_people_and_government_in_spanish() -> None:
    text = "Señor Presidente:\n\nEn nombre del pueblo y Gobierno de Chile, le felicito por su elección.\n"
    assert read(text).author_states == ["CHL"]


# --- a demonym's other spellings ---------------------------------------------------------------------------------------------

def test_belarussian_with_two_esses_is_belarus() -> None:
    text = ("MINSK. Nov 16 (Interfax) - A draft resolution offered to the Third Committee includes standard "
            "pseudo-accusations by the U.S. and Europe, the Belarussian Foreign Ministry said.\n")
    record = read(text)
    assert "BLR" in record.states and record.author_states == ["BLR"]


# --- a quotation opening on an ellipsis -------------------------------------------------------------------------------------

def test_a_quotation_opening_on_an_ellipsis_is_a_sentence_of_its_own() -> None:
    text = ("Argentina files complaint over military drills\n\nThe Undersecretary emphasized that this activity violates "
            "resolution 31/49 of the United Nations General Assembly, mandating parties to avoid unilateral decisions.\n"
            "\"...the military presence on the islands is categorically opposed to the will of the Argentine Republic to "
            "resolve the dispute by peaceful means,\" he said.\n")
    assert stances(text) == [("31/49", "supports")]


# --- what others did "with these resolutions" ---------------------------------------------------------------------------------

def test_what_the_international_community_condemned_with_the_resolutions_is_the_resolutions_word() -> None:
    text = ("Announcement by the Ministry of Foreign Affairs of Cyprus\n\nToday's anniversary demonstrates the continuing "
            "intransigence of Turkey to abide by Resolutions 541 (1983) and 550 (1984) of the Security Council. It should "
            "be noted that with these Resolutions, the international community strongly condemned this declaration as "
            "legally invalid.\n")
    assert sorted(stances(text)) == [("541 (1983)", "supports"), ("550 (1984)", "supports")]


def test_the_author_condemning_in_its_own_voice_still_rejects() -> None:
    text = ("Statement of the Ministry of Foreign Affairs of Belarus\n\nBelarus strongly condemns resolution 78/245 as "
            "politically motivated.\n")
    assert stances(text) == [("78/245", "rejects")]


# --- speech headings ----------------------------------------------------------------------------------------------------------

def test_speech_of_a_post_without_its_article_names_the_speaker() -> None:
    text = ("Speech of Minister for Foreign Affairs, Mr. Nikos Dendias, at the High-level segment of the 46th Session of "
            "the Human Rights Council (Geneva, 24.02.2021)\nExcellencies,\nI am honoured to address the Council.\n")
    assert signers(text) == [("Nikos Dendias", ["Minister for Foreign Affairs"])]


def test_a_possessive_heading_with_the_apostrophe_alone() -> None:
    text = ("Deputy Minister of Foreign Affairs Giorgos Kotsiras’ intervention at the High-Level Meeting of the 58th "
            "Session of the Human Rights Council (Geneva, 25.02.2025)\n\nExcellencies,\n\nIt is an honour to address "
            "the Council.\n")
    assert signers(text) == [("Giorgos Kotsiras", ["Deputy Minister of Foreign Affairs"])]


def test_a_heading_ending_in_a_possessive_name_and_no_speech_names_nobody() -> None:
    text = "Minister of Foreign Affairs Nikos Dendias’ visit to Cairo\n\nThe Minister met his counterpart today.\n"
    assert signers(text) == []


def test_a_spanish_heading_with_the_rank_after_the_post_without_a_comma() -> None:
    text = ("Intervención del Representante Permanente de Chile Embajador Cristián Barros Melet\n\nAgradecemos a la "
            "presidencia la convocatoria a esta reunión.\n")
    assert signers(text) == [("Cristián Barros Melet", ["Representante Permanente de Chile", "Embajador"])]


def test_a_byline_with_its_state_alone_under_the_post() -> None:
    text = ("Explanation of Position on A/C.3/72/L.36/Rev.1\n\nJane Roberts\nECOSOC Advisor\nUnited States\n"
            "New York City\nNovember 16, 2017\n\n\nWe would like to thank the delegation for their work on this "
            "resolution.\n")
    assert signers(text) == [("Jane Roberts", ["ECOSOC Advisor"])]


def test_a_heading_over_a_topic_line_is_no_byline() -> None:
    text = ("Human Rights Council\nSpecial Rapporteur on the right to food\nGeneva\n\nThe Special Rapporteur presented "
            "her report today.\n")
    assert signers(text) == []


# --- the author initiated or co-sponsored the resolution -----------------------------------------------------------------

def test_french_a_resolution_of_which_we_are_the_initiators() -> None:
    text = ("Déclaration à la presse de M. Jean Dupont, représentant permanent de la France auprès des Nations unies\n\n"
            "Le Conseil de sécurité a adopté hier la résolution 1852 (2008). Cette résolution, dont nous sommes à "
            "l'initiative, doit permettre à l'enquête de se poursuivre.\n")
    assert sponsors(text) == [("1852 (2008)", "FRA")]


def test_english_a_resolution_of_which_we_were_a_co_sponsor() -> None:
    text = ("Mr. President, the United Kingdom welcomes resolution 2401 (2018), of which we were a co-sponsor. It must "
            "be implemented.\n")
    assert sponsors(text) == [("2401 (2018)", "GBR")]


def test_spanish_a_resolution_of_which_we_are_co_sponsors() -> None:
    text = "Señor Presidente:\n\nChile acoge la resolución 2401 (2018), de la que somos copatrocinadores.\n"
    assert sponsors(text) == [("2401 (2018)", "CHL")]


def test_a_resolution_of_which_others_are_the_sponsors_is_not_the_authors() -> None:
    text = ("Mr. President, the United Kingdom welcomes resolution 2401 (2018), of which Sweden and Kuwait were the "
            "co-sponsors.\n")
    assert ("2401 (2018)", "GBR") not in sponsors(text)


def test_the_second_of_two_officials_thanked_is_not_the_author_either() -> None:
    text = ("STATEMENT ON BEHALF OF THE GROUP OF 77 AND CHINA\n\nMr. President,\n\nWe would like to sincerely thank H.E. "
            "Mr. Alexander Berg, Permanent Representative of Austria and H.E. Mr. Cheikh Ndiaye, Permanent Representative "
            "of Senegal, as co-facilitators for these negotiations.\n")
    assert not {"AUT", "SEN"} & set(read(text).author_states)


# --- a post line under the name ---------------------------------------------------------------------------------------------

def test_thanks_to_the_chair_under_the_speakers_name_is_no_post() -> None:
    text = ("Explanation of Vote by Germany on Resolution ES-10/21 of the General Assembly\n\nStatement delivered by "
            "Ambassador Antje Leendertse.\n\nThank you, Mr President.\n\nToday was a difficult day for the General "
            "Assembly.\n")
    assert signers(text) == [("Antje Leendertse", ["Ambassador"])]


def test_a_bracket_left_open_after_the_post_is_no_part_of_it() -> None:
    text = ("Right of Reply by India at the 37th Session of Human Rights Council, delivered by Ms. Mini Devi Kumam, Second "
            "Secretary. [Geneva, 09 March 2018]\nMr. President,\nMy delegation would like to exercise its right of reply.\n")
    assert signers(text) == [("Mini Devi Kumam", ["Second Secretary"])]


def test_honoured_to_have_been_a_member_of_the_core_group_and_a_co_sponsor() -> None:
    text = ("STATEMENT BY AMBASSADOR JOHN TAN, PERMANENT REPRESENTATIVE OF THE REPUBLIC OF SINGAPORE, AT THE PLENARY MEETING "
            "ON AGENDA ITEM 60\n\nMr President,\n\nThis debate reviews the implementation of Resolution 76/262. Singapore was "
            "honoured to have been a member of the core group and a co-sponsor of this resolution.\n")
    assert sponsors(text) == [("76/262", "SGP")]


def test_a_member_of_the_core_group_which_presented_the_resolution() -> None:
    text = ("Mr President,\n\nSingapore reiterates our support for resolution 76/262. Singapore was a member of the core "
            "group which presented resolution 76/262 as we believe it is important.\n")
    assert sponsors(text) == [("76/262", "SGP")]


def test_partners_set_off_between_the_sponsor_and_its_verb() -> None:
    text = ("Déclaration de M. Pierre Martin, représentant permanent de la France\n\nJe me félicite de l’adoption de la "
            "résolution 1984 (2011), que la France, avec l’Allemagne, le Royaume-Uni et les Etats-Unis, a coparrainée.\n")
    assert sorted(sponsors(text)) == [("1984 (2011)", "DEU"), ("1984 (2011)", "FRA"), ("1984 (2011)", "GBR"),
                                      ("1984 (2011)", "USA")]


def test_a_supporting_aside_names_no_partner() -> None:
    text = ("Statement by the United Kingdom\n\nWe welcome resolution 2401 (2018), which Sweden, with the support of many "
            "delegations, drafted.\n")
    assert sponsors(text) == []


def test_states_named_as_the_co_sponsors_in_a_plural_apposition() -> None:
    text = ("Statement by the Minister for Foreign Affairs of Japan\n\nJapan welcomes the adoption of resolution 1546 (2004) "
            "and values the efforts of the US, the UK and Romania, co-sponsors of the resolution.\n")
    assert sorted(sponsors(text)) == [("1546 (2004)", "GBR"), ("1546 (2004)", "ROU"), ("1546 (2004)", "USA")]


# --- the forum, the genre and the date --------------------------------------------------------------------------------------

def test_a_plenary_debate_is_the_assemblys() -> None:
    text = ("23 Apr 2024\nMr President,\nThank you for convening this important Plenary debate on agenda item 63 "
            "\"Use of the veto\". Singapore reiterates its support for the Security Council's work.\n")
    assert read(text).addressee == "GA"


def test_a_letter_title_under_its_symbol_wins_over_the_sites_heading() -> None:
    text = ("Final communiqué of the Ministerial Meeting of Angola, DR Congo and Uganda (S/2003/514)\n\nS/2003/514\n"
            "Letter dated 29 April 2003 from the Permanent Representative of Uganda to the United Nations addressed to the "
            "President of the Security Council\n\nOn instructions from my Government, I have the honour to transmit herewith "
            "a statement issued on 15 April 2003 by the Ministerial Meeting of Angola, the Democratic Republic of the Congo "
            "and Uganda (see annex).\n")
    record = read(text)
    assert (record.doc_type, record.author_states, record.addressee, record.dated) == ("letter", ["UGA"], "SC", "2003-04-29")


def test_a_releases_own_day_under_the_pages_posting_day() -> None:
    text = ("June 27, 2017\n\nFact Sheet\n\nOffice of the Spokesperson\nWashington, DC\nJune 26, 2017\n\nAt the 35th Session "
            "of the UN Human Rights Council in Geneva from June 6-23, U.S. leadership proved critical to shaping the "
            "response.\n")
    assert read(text).dated == "2017-06-26"


def test_a_posting_day_alone_stays_the_texts_date() -> None:
    text = ("June 27, 2017\n\nFact Sheet\n\nOffice of the Spokesperson\n\nAt the 35th Session of the UN Human Rights Council "
            "in Geneva from June 6-23, U.S. leadership proved critical to shaping the response.\n")
    assert read(text).dated == "2017-06-27"


# --- a hyphened given name ----------------------------------------------------------------------------------------------------

def test_the_second_half_of_a_hyphened_given_name_is_no_state() -> None:
    text = "Intervention de M. Jean-Maurice Ripert, représentant permanent de la France, au Conseil de sécurité.\n"
    assert read(text).states == ["FRA"]


def test_two_states_joined_by_a_hyphen_are_both_states() -> None:
    text = "The Eritrea-Ethiopia Boundary Commission and the Arab-China States Cooperation Forum met.\n"
    assert sorted(read(text).states) == ["CHN", "ERI", "ETH"]


# --- the review's guards -----------------------------------------------------------------------------------------------------

def test_thanks_closing_a_letter_do_not_make_its_signer_a_counterpart() -> None:
    text = ("Letter dated 3 May 2022 from the Permanent Representative of Ecuador to the United Nations addressed to the "
            "Secretary-General\n\nEcuador supports resolution 76/300 and asks that this letter be circulated.\n\nWith many "
            "thanks\nAmbassador Maria Fernanda Vega, Permanent Representative of Ecuador\n")
    assert read(text).author_states == ["ECU"]


def test_spanish_greeting_with_the_personal_a() -> None:
    text = ("Señor Presidente:\n\nFelicito a la Embajadora María López, Representante Permanente de Chile, por su elección. "
            "El Perú reafirma su compromiso con el Consejo.\n")
    assert read(text).author_states == ["PER"]


def test_a_host_named_after_an_occasion_is_not_the_speaker() -> None:
    text = ("Palabras del Canciller en el almuerzo ofrecido por el Embajador Juan Pérez Gómez\n\nSeñoras y señores:\n\n"
            "Agradezco esta invitación.\n")
    assert signers(text) == []


def test_a_heading_over_a_rapporteurs_line_and_a_state_is_no_byline() -> None:
    text = "Press Statement\nUN Special Rapporteur\nMyanmar\n\nThe Special Rapporteur expressed alarm at the arrests.\n"
    assert signers(text) == []


def test_an_events_day_under_its_title_is_not_the_releases() -> None:
    text = ("June 24, 2017\n\nSide event: Combating religious intolerance\nJune 20, 2017\n\nThe Permanent Mission of "
            "Pakistan hosted a side event on the implementation of Human Rights Council resolution 16/18.\n")
    assert read(text).dated == "2017-06-24"


def test_a_letter_listed_among_related_documents_is_not_the_page() -> None:
    text = ("Statement of the Ministry of Foreign Affairs of Armenia\n\nArmenia rejects the allegations made against it.\n\n"
            "Related documents:\nA/75/500\nLetter dated 2 October 2020 from the Permanent Representative of Azerbaijan to "
            "the United Nations addressed to the Secretary-General\n")
    record = read(text)
    assert (record.doc_type, record.author_states) == ("other", ["ARM"])


def test_a_plenary_of_a_conference_or_of_the_council_is_not_the_assemblys() -> None:
    for heading in ("National statement of Fiji at the closing plenary session of COP27",
                    "Statement at the plenary meeting of the Conference on Disarmament",
                    "Item 4 General Debate\nStatement by the European Union\n\nIn this plenary debate"):
        text = f"{heading}\n\nMadam President,\nFiji recalls General Assembly resolution 76/300.\n"
        assert read(text).addressee != "GA", heading


def test_the_plenary_on_an_agenda_item() -> None:
    text = ("Statement by Indonesia at the Plenary on agenda item 73\n\nMr. President,\nIndonesia supports the work of "
            "the Organization.\n")
    assert read(text).addressee == "GA"


def test_on_behalf_of_the_government_and_the_brotherly_people() -> None:
    text = ("Mr. President,\n\nOn behalf of the Government and the brotherly people of the Kingdom of Bahrain, I "
            "congratulate you.\n")
    assert read(text).author_states == ["BHR"]


# --- what another's text calls for -------------------------------------------------------------------------------------------

def test_a_resolution_in_what_a_welcomed_statement_calls_for_is_not_invoked() -> None:
    text = ("Statement by the Ministry of Foreign Affairs of Malaysia\n\nMalaysia underlines the necessity of implementing "
            "resolution 2735 (2024). Malaysia also welcomed the Joint Statement of 25 September by the United States, France "
            "and Qatar, which recalls resolution 1701 (2006).\n")
    assert stances(text) == [("2735 (2024)", "supports")]


def test_the_author_endorsing_what_the_statement_calls_for_still_invokes() -> None:
    text = ("Statement by the Ministry of Foreign Affairs of Malaysia\n\nMalaysia underlines the necessity of implementing "
            "resolution 2735 (2024). Malaysia also welcomed the Joint Statement of 25 September, which we fully endorse and "
            "which recalls resolution 1701 (2006).\n")
    assert sorted(stances(text)) == [("1701 (2006)", "supports"), ("2735 (2024)", "supports")]

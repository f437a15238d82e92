"""The rules of the twenty-seventh round (2026-12-07, the seventh session of the day): dates written month first, posts
wrapped or opened by "Acting", headings wrapped into short lines, cut letter titles, joint letters whose title lost a
State, the committee a statement is made in, and a State's site banner over a heading naming another State. Each rule on
a small text of the genre it reads, written for the rule, not for a document of the held-out sets."""
from __future__ import annotations

from helpers.extract import read

from unhrkg.extract.capitals import unwrapped_heading
from unhrkg.extract.dates import find_dates, month_first


def signers(text: str) -> list[tuple[str, list[str]]]:
    return [(str(s["name"]), list(s.get("titles") or [])) for s in read(text).signatories]


# --- slashed dates: day first, unless the text writes them month first ---------------------------------------------------


def test_slashed_dates_are_read_day_first_by_default() -> None:
    assert [d for _, _, d in find_dates("Genève, le 03/04/2024.")] == ["2024-04-03"]


def test_a_date_only_month_first_can_read_leaves_the_texts_other_slashed_dates_day_first() -> None:
    text = "Quoting a release of 07/22/2023, the Mission wrote on 03/04/2024."
    assert [d for _, _, d in find_dates(text)] == ["2023-07-22", "2024-04-03"]


def test_a_syndication_stamp_printing_dates_month_first_is_read_so() -> None:
    text = ("Ministry of Foreign Affairs\n\n01/02/2026 | Press release | Distributed by Public on 01/02/2026 11:53\n\n"
            "The Ministry welcomes the adoption of resolution 2799 (2025).\n")
    assert read(text).dated == "2026-01-02"


def test_the_stamp_governs_its_own_line_only() -> None:
    text = ("01/02/2026 | Press release | Distributed by Public on 01/02/2026 11:53\n\n"
            "Paris, le 03/04/2024 - Le ministère salue la résolution.\n")
    assert month_first(text, 0) and not month_first(text, text.index("03/04"))
    assert [d for _, _, d in find_dates(text)] == ["2026-01-02", "2026-01-02", "2024-04-03"]


# --- posts: "Acting", a post wrapped inside its words, a dateline under the name ----------------------------------------


def test_acting_opens_the_post_not_the_name() -> None:
    text = ("Statement by Mr. Tomas Berg Acting Permanent Representative of Norway to introduce the draft resolution\n\n"
            "Mr. Chairman,\n\nWe welcome the draft.\n")
    assert signers(text) == [("Tomas Berg", ["Acting Permanent Representative of Norway"])]


def test_a_post_wrapped_inside_its_words_under_a_signature_is_joined() -> None:
    text = ("Letter dated 2 May 1996 from the Permanent Representative of Chile to the United Nations addressed to the "
            "Secretary-General\n\nI have the honour to transmit the enclosed memorandum.\n\n"
            "                    (Signed)  Juan SOTO\n\n                          Ambassador\n\n"
            "                        Permanent \nRepresentative\n\n                ANNEX\n")
    assert signers(text) == [("Juan Soto", ["Ambassador", "Permanent Representative"])]


def test_a_date_line_under_the_speakers_name_is_no_post() -> None:
    text = ("Adoption Statement\nHuman Rights Council 30 - Geneva\nAs delivered by Ambassador Jane Roe\n"
            "October 1, 2015US Ambassador Jane Roe\n\n Thank you. We are pleased to propose the draft.\n")
    assert signers(text) == [("Jane Roe", ["Ambassador"])]


# --- a heading wrapped into short lines ---------------------------------------------------------------------------------


def test_a_heading_in_capitals_wrapped_into_short_lines_gives_its_speaker() -> None:
    text = ("STATEMENT BY THE PERMANENT REPRESENTATIVE\nOF PERU TO THE UNITED NATIONS, AMBASSADOR\nLUIS ALBERTO CASTRO, AT THE\n"
            "EXPLANATION OF VOTE ON THE DRAFT RESOLUTION.\nNew York, 7 April 2022.\nMr. President;\n"
            "Peru has always worked for a\nCouncil able to meet its challenges.\n")
    assert signers(text) == [("Luis Alberto Castro", ["Permanent Representative of Peru to the United Nations", "Ambassador"])]


def test_unwrapping_keeps_the_texts_length_and_stops_at_the_sentences_end() -> None:
    text = "Statement by the Permanent Representative\nof Peru, at the debate.\nMr. President,\nWe thank you.\n"
    joined = unwrapped_heading(text)
    assert len(joined) == len(text)
    assert joined.startswith("Statement by the Permanent Representative of Peru, at the debate.\nMr. President,\n")


def test_a_menu_of_short_lines_is_not_taken_for_a_wrapped_heading() -> None:
    text = "Home\nNews\nStatements\n\nThe Mission welcomes the adoption of resolution 2712.\n"
    assert unwrapped_heading(text) == text


# --- letters: a page's cut titles over the letter's own -----------------------------------------------------------------


def test_a_title_cut_short_by_a_page_yields_to_the_whole_title_below() -> None:
    text = ("[Date Prev][Date Next]\n\nLetter dated 27 October 1996 from t\n\n"
            "Subject: Letter dated 27 October 1996 from the Permanent...\n\n"
            "      Letter dated 27 October 1996 from the Permanent\n      Representative of Nepal to the United Nations\n"
            "          addressed to the Secretary-General\n\n     I have the honour to transmit herewith a memorandum.\n")
    record = read(text)
    assert (record.author_states, record.addressee) == (["NPL"], "SG")


def test_a_title_line_ending_on_a_short_word_is_not_cut() -> None:
    text = ("       Letter dated 23 January 1997 from the Permanent Representative of\n"
            "       Lebanon to the United Nations addressed to the Secretary-General\n\n"
            "     The delegation of Lebanon wishes to convey its view on the letter dated 2 January 1997 from the Permanent "
            "Mission of Israel.\n")
    assert read(text).author_states == ["LBN"]


# --- a joint letter whose title lost one of its States ------------------------------------------------------------------


def test_a_joint_letters_signers_posts_add_the_state_its_title_lost() -> None:
    text = ("Letter dated 8 July 1992 from the Permanent Representatives of , Latvia and Lithuania to the United Nations "
            "addressed to the Secretary-General\n\nWe have the honour to transmit the text of an address.\n\n"
            "(Signed) Ernst JAAKSON Ambassador Permanent Representative of the Republic of Estonia to the United Nations\n"
            "(Signed) Aivars BAUMANIS Ambassador Permanent Representative of the Republic of Latvia to the United Nations\n"
            "(Signed) Anicetas SIMUTIS Ambassador Permanent Representative of the Republic of Lithuania to the United Nations\n")
    assert sorted(read(text).author_states) == ["EST", "LTU", "LVA"]


def test_a_letter_signed_by_its_one_author_keeps_its_title_states() -> None:
    text = ("Letter dated 8 July 1992 from the Permanent Representative of Latvia to the United Nations addressed to the "
            "Secretary-General\n\nI have the honour to transmit the text of an address.\n\n"
            "(Signed) Aivars BAUMANIS Ambassador Permanent Representative of the Republic of Latvia to the United Nations\n")
    assert read(text).author_states == ["LVA"]


# --- the committee a statement is made in; the body adopting its own resolution -----------------------------------------


def test_a_committee_named_before_the_session_of_its_assembly_without_a_comma_is_the_forum() -> None:
    text = ("Statement by Mr. Ali Khan Permanent Representative of Pakistan to introduce Resolution: Right to Development "
            "Third Committee 66th Session of the UN General Assembly (New York 01 November, 2011)\n\nMr. Chairman,\n")
    assert read(text).addressee == "GA3"


def test_a_statement_at_the_adoption_of_a_bodys_resolution_is_made_in_that_body() -> None:
    text = ("Statement by Mr. Abdul Karim, Deputy Permanent Representative at the adoption of 3rd Committee Resolution on "
            "the Situation in Country X, 16 November 2022\n\nI thank you, Mr. Chairman.\n")
    assert read(text).addressee == "GA3"


def test_a_ministrys_statement_on_the_adoption_of_a_council_resolution_is_not_made_in_the_council() -> None:
    text = ("Statement by the Press Secretary on the adoption of Security Council resolution 1860 (2009)\n\n"
            "Japan welcomes the adoption of resolution 1860.\n")
    assert read(text).addressee is None


# --- a State's site banner over a heading that names the State it is about ---------------------------------------------


def test_a_heading_naming_another_state_under_a_united_states_banner_is_the_united_states() -> None:
    text = ("An official website of the United States government\n\nAmbassador Roe: Resolution Supports Path to Peace\n"
            "October 1, 2015\n\nSri Lanka Adoption Statement\nHuman Rights Council 30 - Geneva\nAs delivered by Ambassador Jane Roe\n\n"
            " Thank you. On behalf of the core group, I am pleased to propose the resolution.\n")
    assert read(text).author_states == ["USA"]


def test_a_heading_naming_its_state_without_a_banner_keeps_it() -> None:
    text = "Sri Lanka Statement\nHuman Rights Council 30 - Geneva\n\n Thank you, Mr. President. We reject the draft.\n"
    assert read(text).author_states == ["LKA"]


# --- an open letter, and the High Commissioner "of" Human Rights ----------------------------------------------------------


def test_an_open_letter_to_the_high_commissioner_is_a_letter_to_the_office() -> None:
    text = ("Open Letter to the UN High Commissioner of Human Rights\n\nWe note with disappointment the manner in which the "
            "High Commissioner has handled this issue.\n\nEviatar Manor\nPermanent Representative\n")
    record = read(text)
    assert (record.doc_type, record.addressee) == ("letter", "OHCHR")
    assert signers(text) == [("Eviatar Manor", ["Permanent Representative"])]


def test_a_page_about_an_open_letter_in_a_sentence_is_not_a_letter() -> None:
    text = ("Ministry news\n\nThe minister said on Monday that an open letter to the Council would follow, and welcomed "
            "resolution 2334.\n")
    assert read(text).doc_type != "letter"


# --- joint statements: a group's bracketed list after a State speaking in protocol's third person; ministers "from" --------


def test_a_state_with_the_honour_to_speak_for_a_bracketed_group_gives_the_groups_states() -> None:
    text = ("The Russian Federation has the honor to deliver this statement on behalf of a group of countries (Belarus, "
            "China, Cuba, Eritrea, Iran, Syria, Venezuela, Russia).\n\nWe take note of the report.\n")
    assert read(text).author_states == ["BLR", "CHN", "CUB", "ERI", "IRN", "SYR", "VEN", "RUS"]


def test_a_delegation_reported_as_speaking_for_a_group_is_still_told_of() -> None:
    text = ("The Russian Federation delivered a statement on behalf of a group of countries (Belarus, China and Cuba), "
            "the Council heard on Monday.\n\nThe Council then adopted its report.\n")
    assert read(text).author_states != ["BLR", "CHN", "CUB"]


def test_foreign_ministers_from_a_list_of_states_expressing_concern_are_its_authors() -> None:
    text = ("Ministers of Foreign Affairs from Egypt, Jordan, Indonesia, Pakistan and Qatar have expressed deep concern "
            "regarding recent statements.\n\nIn a joint statement, the ministers rejected the plan.\n")
    assert read(text).author_states == ["EGY", "JOR", "IDN", "PAK", "QAT"]


def test_governments_that_said_in_a_joint_statement_are_its_authors() -> None:
    text = ("The governments of France, Germany, Italy, the United Kingdom, and the United States of America said in a joint "
            "statement on Friday that they had taken note of the statement.\n\nThe statement stressed the need for calm.\n")
    assert read(text).author_states == ["FRA", "DEU", "ITA", "GBR", "USA"]


def test_governments_that_met_are_not_said_to_speak() -> None:
    text = ("The governments of France and Germany met on Friday in Paris to discuss the situation.\n\n"
            "Observers expect a statement later.\n")
    assert read(text).author_states != ["FRA", "DEU"]


# --- a counterpart named with his post is not the author's voice ---------------------------------------------------------


def test_a_minister_who_called_the_author_is_its_counterpart_not_its_voice() -> None:
    text = ("The Foreign Minister receives a call\n\nAmbassador Ahmed Zaki, the official spokesman of the Ministry of Foreign "
            "Affairs, stated that the Minister of Foreign Affairs received a phone call today from Dr. Hamid Rezaei, Minister "
            "of Foreign Affairs of Iran.\n\nThe Egyptian Foreign Ministry spokesman stated that the two ministers discussed "
            "the crisis and the implementation of resolution 2720.\n")
    assert read(text).author_states == ["EGY"]


def test_a_minister_named_with_his_post_who_speaks_is_still_the_voice() -> None:
    text = ("Dr. Hamid Rezaei, Minister of Foreign Affairs of Iran, said on Monday that his country rejects resolution 2231.\n\n"
            "He added that the sanctions were unjust.\n")
    assert read(text).author_states == ["IRN"]


# --- words of grievance a rejected resolution is called -------------------------------------------------------------------


def test_a_resolution_called_a_rude_provocation_and_a_strangling_act_is_rejected() -> None:
    text = ("PYONGYANG - The leader of the Democratic People's Republic of Korea pledged countermeasures on Sunday.\n\n"
            "The Security Council on Tuesday approved resolution 2087.\n\nThe meeting's report said the resolution 2087 "
            "is a rude provocation to the DPRK and an anti-DPRK strangling act.\n")
    record = read(text)
    assert [(p["target"]["number"], p["stance"]) for p in record.positions] == [("2087 (2013)", "rejects")]


# --- a French or Spanish lead's inverted report names the office-holder who speaks ----------------------------------------


def test_a_french_leads_inverted_report_names_the_minister_who_speaks() -> None:
    text = ("La résolution 2548, adoptée par le Conseil de sécurité le 30 octobre 2020, se décline en un triple message, "
            "a indiqué, samedi, le ministre des Affaires étrangères, de la Coopération africaine et des Marocains résidant à "
            "l'étranger, Nasser Bourita.\n\nLe Conseil appelle l'Algérie à assumer son rôle. L'Algérie est citée cinq fois.\n")
    assert read(text).author_states == ["MAR"]


def test_an_english_leads_inverted_report_quotes_and_does_not_make_an_author() -> None:
    text = ("Resolution 2548 was adopted on 30 October 2020 and sends a triple message, said the Minister of Foreign "
            "Affairs, Nasser Bourita.\n\nThe Council calls on Algeria to play its part. Algeria is named five times.\n")
    assert read(text).author_states != ["MAR"]


# --- guards from the review: replies, annexes, the plenary, reports and rebuttals -----------------------------------------


def test_a_cut_title_does_not_yield_to_the_letter_a_reply_answers() -> None:
    text = ("Letter dated 12 June 2024 from the Permanent Representative of Armenia to the United Nations addressed to the "
            "Secr…\n\nUpon instructions from my Government, I wish to respond to the letter dated 2 June 2024 from the "
            "Permanent Representative of Azerbaijan to the United Nations addressed to the Secretary-General.\n\n"
            "(Signed) Mher Margaryan\nPermanent Representative of Armenia to the United Nations\n")
    assert read(text).author_states == ["ARM"]


def test_an_annexed_letters_signer_does_not_join_the_transmitting_letters_authors() -> None:
    text = ("Letter dated 5 March 2024 from the Permanent Representative of Poland to the United Nations addressed to the "
            "Secretary-General\n\nI have the honour to transmit herewith a letter from Dmytro Kuleba, Minister for Foreign "
            "Affairs of Ukraine (see annex).\n\n(Signed) Krzysztof Szczerski\nPermanent Representative of Poland to the United "
            "Nations\n\nAnnex to the letter dated 5 March 2024\nDear Radosław,\nUkraine is grateful.\n"
            "(Signed) Dmytro Kuleba\nMinister for Foreign Affairs of Ukraine\n")
    assert read(text).author_states == ["POL"]


def test_the_adoption_of_a_committees_resolution_in_the_plenary_is_not_the_committees() -> None:
    text = ("Statement by Ms. Ana Ruiz, Deputy Permanent Representative at the adoption of Third Committee resolution on "
            "the rights of the child, plenary meeting\n\nMadam President,\n\nWe join the consensus.\n")
    assert read(text).addressee != "GA3"


def test_a_committee_at_this_session_of_the_assembly_is_not_the_forum() -> None:
    text = ("Explanation of vote on the draft resolution recommended by the Third Committee at this session of the "
            "General Assembly\n\nMr. President,\n\nWe will vote in favour.\n")
    assert read(text).addressee != "GA3"


def test_a_delegation_reported_as_having_the_honour_to_speak_for_a_group_is_told_of() -> None:
    text = ("The representative of Belarus said that his delegation has the honour to deliver this statement on behalf of "
            "a group of countries (China, Cuba, Russia, Venezuela).\n\nThe Council then heard other speakers.\n")
    assert read(text).author_states != ["CHN", "CUB", "RUS", "VEN"]


def test_a_state_with_the_honour_to_speak_for_a_group_it_leaves_out_of_the_list_is_among_the_authors() -> None:
    text = ("Le Venezuela a l'honneur de prononcer cette déclaration au nom d'un groupe de pays (Bélarus, Chine, Cuba, "
            "Iran).\n\nNous prenons note du rapport.\n")
    assert sorted(read(text).author_states) == ["BLR", "CHN", "CUB", "IRN", "VEN"]


def test_a_joint_statement_a_rebuttal_reports_is_not_the_texts() -> None:
    text = ("Foreign Ministry Spokesman: Iran rejects interventionist statement\n\nThe Ministry of Foreign Affairs of the "
            "Islamic Republic of Iran rejected on Saturday the recent statement.\nThe governments of the United States, the "
            "United Kingdom and France said in a joint statement that Iran must end its violations.\n")
    assert read(text).author_states == ["IRN"]

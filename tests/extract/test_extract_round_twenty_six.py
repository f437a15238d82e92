"""The rules of the twenty-sixth round (2026-12-07, the sixth session of the day): speakers and signers, each rule on a
small text of the genre it reads, written for the rule, not for a document of the held-out sets."""
from __future__ import annotations

from helpers.extract import read


def signers(text: str) -> list[tuple[str, list[str]]]:
    return [(str(s["name"]), list(s.get("titles") or [])) for s in read(text).signatories]


# --- an explanation of vote "before the vote by", the post after the name without a comma -------------------------------


def test_an_explanation_of_vote_before_the_vote_names_its_speaker() -> None:
    text = ("Draft resolution on the situation in Country X\n\nExplanation of Vote before the vote by H.E. Mr. Anil Verma "
            "Ambassador and Permanent Representative to the UN, on 4 April 2019\n\nMr. President,\n\nWe will vote against it.\n")
    assert signers(text) == [("Anil Verma", ["Ambassador", "Permanent Representative to the UN"])]


def test_a_statement_delivered_after_the_vote_by_a_post_then_the_name_and_a_colon() -> None:
    text = ("Statement delivered after the vote by Ambassador of Norway, Mona Strand Kvale:\n\nThank you, Madam President.\n")
    assert signers(text) == [("Mona Strand Kvale", ["Ambassador of Norway"])]


def test_a_name_followed_by_a_colon_in_a_sentence_is_not_cut_into_a_signatory() -> None:
    text = "Report of the meeting\n\nThe following delivered statements: Denmark, Chile and Ghana.\n"
    assert signers(text) == []


# --- French and Spanish headings: any post of the lexicon, and a speaker named alone -------------------------------------


def test_a_french_heading_takes_any_post_of_the_lexicon_after_the_name() -> None:
    text = ("3 mars 2015 - Conseil de sécurité - Haïti - Intervention de M. Paul Mercier, conseiller juridique de la France "
            "auprès des Nations unies\n\nMonsieur le Président,\n")
    assert signers(text) == [("Paul Mercier", ["conseiller juridique de la France auprès des Nations unies"])]


def test_a_french_speech_heading_naming_its_speaker_alone_on_its_line() -> None:
    text = "Déclaration de M. Luc Garnier\n\nJe salue l'adoption de la résolution 2286 par le Conseil.\n"
    assert signers(text) == [("Luc Garnier", [])]


def test_a_declaration_named_after_a_state_or_going_on_in_a_sentence_has_no_speaker() -> None:
    assert signers("Déclaration de la République du Niger\n\nLe Gouvernement rappelle ses engagements.\n") == []
    assert signers("Déclaration de M. Luc Garnier sur la Syrie\n\nLe ministre a salué la résolution.\n") == []


def test_a_spanish_heading_honour_s_e_then_the_rank_after_the_name_and_the_post_cut_before_the_forum() -> None:
    text = ("Intervención de S. E. Sr. Raúl Pérez Soto Embajador, Representante Permanente de Cuba ante las Naciones "
            "Unidas en la Tercera Comisión\n\nSeñor Presidente:\n")
    assert signers(text) == [("Raúl Pérez Soto", ["Embajador", "Representante Permanente de Cuba ante las Naciones Unidas"])]


# --- a letter's signers under its closing formula, with no "(Signed)" ----------------------------------------------------

JOINT = ("Letter dated 2 May 1998 from the representatives of Ruritania and Freedonia addressed to the Secretary-General\n\n"
         "We have the honour to ask that this letter be circulated as a document of the General Assembly.\n\n"
         "Please accept, Excellency, the assurances of our highest consideration.\n"
         "Jan Novak\nPermanent Representative of Slovakia to the United Nations\n"
         "Ana Maria Ruiz\nCharge' d'affaires a.i. Permanent Mission of Chile to the United Nations\n{after}")


def test_every_signer_under_a_letters_closing_formula_in_order() -> None:
    assert signers(JOINT.format(after="")) == [
        ("Jan Novak", ["Permanent Representative of Slovakia to the United Nations"]),
        ("Ana Maria Ruiz", ["Charge' d'affaires a.i. Permanent Mission of Chile to the United Nations"])]


def test_the_signers_end_at_the_first_line_that_is_neither_a_name_nor_a_post() -> None:
    after = "Annex\nThe Governments of Slovakia and Chile state the following.\n"
    assert [name for name, _ in signers(JOINT.format(after=after))] == ["Jan Novak", "Ana Maria Ruiz"]


def test_a_name_with_no_post_under_the_closing_formula_is_no_signer() -> None:
    text = ("Letter dated 2 May 1998 from the Permanent Representative of Slovakia addressed to the Secretary-General\n\n"
            "Please accept, Excellency, the assurances of my highest consideration.\n"
            "Annex I\nStatement of the Ministry\n")
    assert signers(text) == []


# --- "Letter from ..., to the ...": a post in parts -------------------------------------------------------------------


def test_a_letter_from_a_person_whose_post_has_two_parts_before_to_the() -> None:
    text = ("12 June 1994\n\nLetter from Mr. Omar Haddad, Charge' d'affaires a.i., Permanent Observer Mission of Palestine "
            "to the U.N., to the President of the Security Council\n\nI am instructed to bring to your attention ...\n")
    assert signers(text) == [("Omar Haddad", ["Charge' d'affaires a.i.", "Permanent Observer Mission of Palestine to the U.N."])]


# --- a speech's forum and session in its heading -----------------------------------------------------------------------


def test_a_word_to_a_vice_president_in_the_chair_opens_a_speech_in_the_forum_its_heading_names() -> None:
    text = ("Right of Reply by Ruritania under Agenda Item 4 at the 41st Session of the Human Rights Council\n\n"
            "Mr. Vice President,\n\nMy delegation rejects the allegations made by Freedonia.\n")
    assert read(text).addressee == "HRC"  # (in English only: "Monsieur le Vice-Président," opens French letters as often)


def test_the_assembly_spelt_with_the_organizations_initials_in_dots() -> None:
    text = ("Statement by Ana Lopes, Deputy Permanent Representative, at the General Debate of the 68th session of the "
            "U.N. General Assembly\n\nI would like to exercise my right of reply.\n")
    record = read(text)
    assert (record.session, "GA" in record.bodies) == ({"body": "GA", "number": 68}, True)


def test_a_session_set_off_by_commas_in_a_speech_heading_is_the_session_of_the_body_spoken_to() -> None:
    text = ("Statement by Ana Lopes, Permanent Observer, before the Special Political and Decolonization Committee (Fourth "
            "Committee), Item 84: Assistance to refugees, 51st Session, 22 November 1996\n\nMr. Chairman,\n\nWe speak.\n")
    assert read(text).session == {"body": "GA", "number": 51}


def test_a_session_set_off_in_a_heading_about_a_body_is_not_the_bodys() -> None:
    text = ("Statement by Ana Lopes on the report of the Human Rights Council, 51st Session, Item 110\n\nMr. Chairman,\n\n"
            "We speak.\n")
    assert read(text).session is None


# --- a page run into one line: its heading is its first sentence --------------------------------------------------------


def test_a_state_named_after_the_first_sentence_of_a_page_run_into_one_line_is_not_the_headings_author() -> None:
    text = ("Statement of the Group of Friends on the Report of the Special Rapporteur on the situation of human rights in "
            "the occupied territory, 29 September 2006, Original Source: webcast, Mr President, we have been listening "
            "very carefully to the report of the Special Rapporteur and to the delegations before us. This report shows us "
            "the flagrant violations perpetrated by Israel, and we recall that Lebanon and the rest of the region "
            "suffer.")
    assert read(text).author_states == []


# --- a resolution tabled as a follow-up of another --------------------------------------------------------------------


def test_the_resolution_presented_as_a_follow_up_of_a_numbered_one_is_not_that_one() -> None:
    text = ("ISLAMABAD: Pakistan welcomed the adoption of the resolution titled \"Measures to combat hatred\" by the General "
            "Assembly.\n\nThe resolution was presented by Pakistan on behalf of the OIC as a follow-up of General Assembly "
            "resolution 76/254, which designated an international day.\n")
    assert read(text).sponsors == []


def test_a_numbered_resolution_presented_by_a_state_is_still_its_sponsorship() -> None:
    text = "Press release\n\nGeneral Assembly resolution 76/254 was presented by Pakistan and adopted by consensus.\n"
    assert [(s["resolution"]["number"], s["sponsor"]) for s in read(text).sponsors] == [("76/254", "PAK")]


# --- a call to carry out resolutions in French: "la mise en œuvre des résolutions" ---------------------------------------


def test_a_french_call_to_implement_several_resolutions_supports_each() -> None:
    text = ("Déclaration\n\nL'Union européenne appelle à la mise en œuvre des résolutions 2728, 2720 et 2712 du Conseil de "
            "sécurité.\n")
    assert [(p["target"]["number"], p["stance"]) for p in read(text).positions] == [
        ("2728 (2024)", "supports"), ("2720 (2023)", "supports"), ("2712 (2023)", "supports")]


# --- a group statement whose heading's topic names another State ---------------------------------------------------------


def test_the_states_a_heading_speaks_for_after_a_topic_naming_another_state() -> None:
    text = ("HRC55 - Interactive Dialogue with the Commission of Inquiry on Ukraine - Statement delivered by H.E. Minister "
            "of Foreign Affairs of Estonia, Mr Margus Tsahkna on behalf of the Nordic-Baltic countries - Denmark, Estonia, "
            "Finland, Iceland, Latvia, Lithuania, Norway and Sweden - 18 March 2024\n\nMr President,\n\nI have the honour "
            "to speak on behalf of the Nordic-Baltic States.\n")
    record = read(text)
    assert record.author_states == ["DNK", "EST", "FIN", "ISL", "LVA", "LTU", "NOR", "SWE"]
    assert signers(text) == [("Margus Tsahkna", ["Minister of Foreign Affairs of Estonia"])]


def test_a_delegation_told_of_as_making_a_joint_statement_is_still_the_subject_of_a_report() -> None:
    text = ("Moscow, 3 May\n\nThe Delegation of the Russian Federation, while making a joint statement on behalf of Belarus "
            "and Syria, said the resolution was biased.\n")
    assert read(text).author_states == ["RUS"]


# --- guards from the review of these rules ------------------------------------------------------------------------------


def test_the_resolution_named_before_and_presented_as_a_follow_up_of_another_is_the_presenters() -> None:
    text = ("Geneva, 7 April 2022\n\nThe General Assembly adopted resolution 77/1 today. The resolution was presented by "
            "Liechtenstein as a follow-up of resolution 76/262.\n")
    assert [(s["resolution"]["number"], s["sponsor"]) for s in read(text).sponsors] == [("77/1", "LIE")]


def test_a_session_of_a_bodys_mechanism_is_not_the_bodys() -> None:
    for mechanism in ("Human Rights Council Advisory Committee", "Human Rights Council, Forum on Minority Issues"):
        text = f"Statement by Ms. Ana Lopes, at the {mechanism}, 15th session, 15 August 2023\n\nMr. Chairman,\n\nWe speak.\n"
        assert read(text).session is None, mechanism


def test_a_letter_to_a_vice_president_in_french_or_spanish_stays_a_letter() -> None:
    text = ("Monsieur le Vice-Président,\n\nJ'ai l'honneur de vous faire parvenir la position de mon Gouvernement sur la "
            "résolution 51/33.\n\nVeuillez agréer, Monsieur le Vice-Président, l'assurance de ma très haute considération.\n")
    assert read(text).doc_type == "letter"


def test_a_headings_label_after_the_post_is_no_name() -> None:
    assert signers("Statement by Deputy Permanent Representative of Ireland, General Debate:\n\nThank you, President.\n") == []


def test_an_explanation_of_vote_told_in_prose_names_no_speaker() -> None:
    text = ("New York, 3 March\n\nAn explanation of vote made after the vote by Ambassador Gilad Erdan of Israel denounced "
            "the text, and Germany welcomed it.\n")
    assert signers(text) == []


def test_a_spanish_post_held_at_a_conference_keeps_it() -> None:
    text = ("Intervención del Sr. Juan Pérez Soto, Representante Permanente de Cuba en la Conferencia de Desarme\n\n"
            "Señor Presidente:\n")
    assert signers(text) == [("Juan Pérez Soto", ["Representante Permanente de Cuba en la Conferencia de Desarme"])]


def test_a_state_acted_on_after_an_opening_phrase_is_not_the_author() -> None:
    text = "Devant ses pairs, le Représentant permanent du Venezuela a été interpellé sur la résolution 51/29.\n"
    record = read(text)
    assert (record.author_states, record.positions) == ([], [])


def test_a_declaration_heading_in_a_list_or_over_a_press_review_names_no_speaker() -> None:
    listed = ("Table des matières\nDéclaration de M. Paul Mercier\nDéclaration de M. Luc Garnier\n\nMonsieur le Président, "
              "la France soutient pleinement la résolution 2254.\n")
    review = "Revue de presse, 3 mars 2021\nDéclaration de M. Sergueï Lavrov\nLe ministre russe a rejeté la résolution.\n"
    assert (signers(listed), signers(review)) == ([], [])
    assert signers("Déclaration de M. Paul Mercier\n\nMonsieur le Président, la France salue la résolution 2334.\n") == [
        ("Paul Mercier", [])]


def test_a_letter_froms_post_ends_before_a_date_or_a_group_spoken_for() -> None:
    text = ("Letter from Mr. Omar Haddad, Permanent Representative of Pakistan, dated 3 May 2021, to the President of the "
            "Human Rights Council\n\nI have the honour to write.\n")
    assert signers(text) == [("Omar Haddad", ["Permanent Representative of Pakistan"])]


def test_the_address_under_a_letters_signature_is_no_signer_and_a_wrapped_post_is_joined() -> None:
    text = ("Letter dated 2 May 2021 from the Permanent Representative of Estonia addressed to the President of the Council\n\n"
            "I have the honour to write.\n\nPlease accept, Excellency, the assurances of my highest consideration.\n"
            "Rein Tammsaar\nPermanent Representative of the Republic of\nEstonia to the United Nations Office at Geneva\n"
            "His Excellency Mr. Federico Villegas\nPresident of the Human Rights Council\nGeneva\n")
    assert signers(text) == [("Rein Tammsaar", ["Permanent Representative of the Republic of Estonia to the United Nations "
                                                "Office at Geneva"])]

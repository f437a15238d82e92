"""The rules of the twenty-fourth round (2026-12-07, the fourth session of the day), each on a small text of the genre it
reads, written for the rule, not for a document of the held-out sets."""
from __future__ import annotations

import pytest
from helpers.extract import read, record_stances

# --- a joint text a page gives whole, quoted after the words that say so: the States of its "We, the ..." --------------

CARRIED = ("Joint communiqué on the Horn of Africa\n\nWe publish below the full text of the joint communiqué of the foreign "
           "ministers, as released by the Ministry. \"We, the Foreign Ministers of Kenya, Ethiopia and Djibouti, reaffirm our "
           "support for Security Council resolution 2036 (2012) and call for its full implementation.\"\n")


def test_a_quoted_we_the_ministers_is_the_pages_own_voice_after_the_full_text_of() -> None:
    assert read(CARRIED).author_states == ["KEN", "ETH", "DJI"]


def test_a_quoted_we_the_ministers_told_in_a_news_item_is_anothers() -> None:
    text = ("Ministers meet in Nairobi\n\nThe meeting ended late. Their communiqué said: \"We, the Foreign Ministers of Kenya, "
            "Ethiopia and Djibouti, reaffirm our support for resolution 2036 (2012).\" Analysts were not surprised.\n")
    assert read(text).author_states != ["KEN", "ETH", "DJI"]


def test_the_text_given_whole_may_open_below_the_top() -> None:
    text = ("Joint Statement by the Ministers for Foreign Affairs of the five co-author States of the General Assembly "
            "Resolution on maritime safety\n\nMinisters welcome the adoption of the Resolution\n\nNew York, 2 December 2019\n\n"
            + "The General Assembly adopted today, by a large majority, a resolution on safety at sea. " * 6 +
            "\nThe Ministers of the five co-author States have issued the following joint declaration:\n\"We, the Foreign "
            "Ministers of Chile, Ghana, Norway, Palau and Portugal, welcome the adoption of the resolution.\"\n")
    assert read(text).author_states == ["CHL", "GHA", "NOR", "PLW", "PRT"]


# --- a statement for an unnamed group of countries, its members listed on the last line -------------------------------

GROUP = ("Joint Statement Delivered by Ambassador Li on Behalf of a Group of Countries at the 54th Session of the Human Rights "
         "Council\n\nMr. President,\n\nI have the honor to deliver this statement on behalf of a group of countries. We "
         "oppose the politicization of human rights.\n\nThank you, Mr. President.\n\n")


def test_the_closing_list_of_states_names_the_groups_members() -> None:
    text = GROUP + "China,Cuba,Egypt,Iran,Pakistan,Venezuela\n"
    assert read(text).author_states == ["CHN", "CUB", "EGY", "IRN", "PAK", "VEN"]


def test_a_closing_line_that_is_not_only_names_lists_no_members() -> None:
    text = GROUP + "We thank China, Cuba and Egypt for their support of this initiative.\n"
    assert read(text).author_states != ["CHN", "CUB", "EGY"]


def test_a_misspelt_name_among_the_closing_list_does_not_void_it() -> None:
    text = GROUP + "[1] China, Cuba, Kyrgyztan, Egypt, Iran, Pakistan and Venezuela.\n"
    assert read(text).author_states == ["CHN", "CUB", "EGY", "IRN", "PAK", "VEN"]


# --- a State's page telling that it delivered a statement for listed countries, then giving it --------------------------

DELIVERED_FOR = ("Joint statement on behalf of 5 countries on the human rights situation in Belarus\n\nOn 3 July, Ireland "
                 "delivered this cross-regional joint statement in the Human Rights Council on behalf of 5 countries: Canada, "
                 "Iceland, Ireland, Norway and Switzerland.\n\n")


def test_the_countries_a_member_delivered_for_are_the_authors_when_the_statement_follows() -> None:
    text = DELIVERED_FOR + "Mr. President,\n\nWe remain deeply concerned about the situation in Belarus.\n"
    assert read(text).author_states == ["CAN", "ISL", "IRL", "NOR", "CHE"]


def test_a_report_of_such_a_statement_with_no_statement_below_stays_reported() -> None:
    text = DELIVERED_FOR + "The statement drew a sharp reply from the delegation of Belarus, which rejected it.\n"
    assert read(text).author_states != ["CAN", "ISL", "IRL", "NOR", "CHE"]


def test_a_groups_members_in_brackets_with_dashes_between_them() -> None:
    text = ("Intervention de S.E. M. Jean Dupont\nAmbassadeur, Représentant permanent du Luxembourg\nau nom des pays du "
            "BENELUX (Belgique – Pays-Bas – Luxembourg)\n\nMonsieur le Président,\n\nLa réforme du Conseil de sécurité est "
            "un sujet important.\n")
    assert set(read(text).author_states) == {"BEL", "NLD", "LUX"}


# --- a joint declaration's heading naming its authors by their posts -------------------------------------------------

def test_a_joint_declaration_by_two_representatives_is_their_two_states() -> None:
    text = ("Déclaration conjointe de M. Jean Martin, représentant permanent de la Belgique auprès des Nations unies et de "
            "M. Karim Said, représentant permanent du Maroc auprès des Nations unies (3 mars 2021).\n\nLa Belgique et le "
            "Maroc saluent l'adoption de la résolution.\n")
    assert set(read(text).author_states) == {"BEL", "MAR"}


def test_a_declaration_by_one_representative_is_no_joint_text() -> None:
    text = ("Déclaration de M. Jean Martin, représentant permanent de la Belgique auprès des Nations unies, sur le Maroc "
            "(3 mars 2021).\n\nLa Belgique salue l'adoption de la résolution.\n")
    assert read(text).author_states == ["BEL"]


# --- a speech heading's post before the name, the rank with the name ---------------------------------------------------

@pytest.mark.parametrize(("heading", "expected"), [
    ("Explanation of vote by Permanent Representative of Denmark, Ambassador Anne Larsen, on a draft resolution on Syria, "
     "4 March 2021.", ("Anne Larsen", ["Permanent Representative of Denmark", "Ambassador"])),
    ("Statement by the Permanent Representative of Malta to the UN, Ambassador Paul Borg, on the adoption of the "
     "resolution", ("Paul Borg", ["Permanent Representative of Malta to the UN", "Ambassador"])),
])
def test_a_post_before_the_rank_and_name_keeps_both(heading: str, expected: tuple[str, list[str]]) -> None:
    text = heading + "\n\nPresident,\n\nDenmark voted in favour of the draft resolution.\n"
    assert [(s["name"], s["titles"]) for s in read(text).signatories] == [expected]


def test_a_post_after_the_name_without_a_comma_then_its_mission() -> None:
    text = ("Statement by Pakistan under Agenda Item 4, delivered by Mr. Ali Khan Second Secretary, Permanent Mission of "
            "Pakistan on 12 March 2021 during the 46th Session of the Human Rights Council\n\nMadam President,\n\n"
            "Pakistan rejects these allegations.\n")
    assert [(s["name"], s["titles"]) for s in read(text).signatories] == [
        ("Ali Khan", ["Second Secretary", "Permanent Mission of Pakistan"])]


def test_two_posts_in_capitals_after_the_name_stay_as_the_line_splits_them() -> None:
    text = ("STATEMENT BY H.E. Mr. IVAN PETROV AMBASSADOR, PERMANENT REPRESENTATIVE OF BULGARIA TO THE UNITED NATIONS OFFICE "
            "AT GENEVA (60th SESSION OF THE COMMISSION ON HUMAN RIGHTS)\n\nMr. Chairman,\n\nBulgaria supports the draft.\n")
    titles = [s["titles"] for s in read(text).signatories]
    assert titles and titles[0][0] == "Ambassador" and titles[0][1].endswith("at Geneva")


def test_an_honorific_printed_without_its_last_full_stop_is_no_part_of_the_name() -> None:
    text = ("Statement by H.E Dr. Amina Rahman, Ambassador and Permanent Representative, Permanent Mission of Bangladesh to "
            "the United Nations\n\nMr. President,\n\nBangladesh welcomes the report.\n")
    assert [s["name"] for s in read(text).signatories] == ["Amina Rahman"]


# --- French and Spanish speech headings ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("heading", "expected"), [
    ("Intervención del Representante Permanente Alterno de Uruguay ante Naciones Unidas\nEmbajador Pablo Ruiz en sesión "
     "del Consejo de Seguridad", ("Pablo Ruiz", ["Representante Permanente Alterno de Uruguay ante Naciones Unidas", "Embajador"])),
    ("Intervención de S.E. Marta López Viceministra de Relaciones Exteriores de Uruguay",
     ("Marta López", ["Viceministra de Relaciones Exteriores de Uruguay"])),
    ("Intervention de S.E. M. Paul Weber\n\nAmbassadeur, Représentant permanent du Luxembourg",
     ("Paul Weber", ["Ambassadeur", "Représentant permanent du Luxembourg"])),
    ("Intervención de SE. Sr. Juan Pérez, Embajador de Uruguay ante las Naciones Unidas. Tema 72. Informe del Consejo.",
     ("Juan Pérez", ["Embajador de Uruguay ante las Naciones Unidas"])),
    ("INTERVENCIÓN DE\nS.E. LIC. JUAN PÉREZ GÓMEZ\nPRESIDENTE DE LA REPÚBLICA ORIENTAL DEL URUGUAY",
     ("Juan Pérez Gómez", ["Presidente de la República Oriental del Uruguay"])),
])
def test_french_and_spanish_speech_headings_name_the_speaker(heading: str, expected: tuple[str, list[str]]) -> None:
    text = heading + "\n\nSeñor Presidente:\n\nUruguay agradece la convocatoria de este debate.\n"
    assert [(s["name"], s["titles"]) for s in read(text).signatories] == [expected]


# --- the words that number a speaker's points open the clause its State speaks in ---------------------------------------

@pytest.mark.parametrize(("text", "state"), [
    ("Mr. President,\n\nI thank the briefers. I wish to make three points. First, Mexico is concerned about the famine. "
     "The fighting must stop.\n", "MEX"),
    ("Monsieur le Président,\n\nJe remercie les intervenants. Tout d’abord, la Belgique est préoccupée par la famine. "
     "Les combats doivent cesser.\n", "BEL"),
    ("Señor Presidente:\n\nAgradezco a los ponentes. En primer lugar, Chile expresa su preocupación por la hambruna. "
     "Los combates deben cesar.\n", "CHL"),
])
def test_a_state_opening_a_numbered_point_speaks_for_the_text(text: str, state: str) -> None:
    assert read(text).author_states == [state]


def test_a_state_judged_after_a_numbered_point_is_not_the_speaker() -> None:
    text = ("Mr. President,\n\nI wish to make two points. First, we regret that Myanmar continues to deny access. "
            "Second, the violence must end.\n")
    assert read(text).author_states != ["MMR"]


# --- a presiding officer who speaks "in my capacity as the representative of X" ------------------------------------------

@pytest.mark.parametrize(("text", "state"), [
    ("The President: I shall now make a statement in my capacity as the representative of Malta.\n\nI thank the briefers "
     "for their presentations.\n", "MLT"),
    ("Le Président : Je vais maintenant faire une déclaration en ma qualité de représentant de la France.\n\nJe remercie "
     "les intervenants.\n", "FRA"),
    ("El Presidente: Formularé ahora una declaración en mi carácter de representante del Ecuador.\n\nAgradezco a los "
     "ponentes.\n", "ECU"),
])
def test_the_presiding_officers_own_capacity_names_the_author(text: str, state: str) -> None:
    assert read(text).author_states == [state]


# --- the resolution a point is made by ("comme le rappelle la résolution 2730"): invoked -------------------------------

@pytest.mark.parametrize("text", [
    "La Belgique condamne toutes les attaques contre le personnel humanitaire, comme le rappelle la résolution 2730 du "
    "Conseil de sécurité.\n",
    "Chile condena todos los ataques contra el personal humanitario, como lo recuerda la resolución 2730 del Consejo de "
    "Seguridad.\n",
    "Canada condemns all attacks on humanitarian personnel, as recalled in Security Council resolution 2730.\n",
])
def test_a_resolution_a_point_is_made_by_is_invoked(text: str) -> None:
    assert ("2730 (2024)", "supports") in record_stances(text)


# --- a session's dates in a heading, with ordinals, are not the text's date ----------------------------------------------

def test_the_end_of_a_sessions_range_of_dates_is_not_the_texts_date() -> None:
    text = ("Statement by Nepal under Agenda Item 3 at the 51st Session of the Human Rights Council (12th September – 7th "
            "October, 2022)\n\n[Geneva, 20th September, 2022] Statement by Nepal\n\nMr. President,\n\nNepal thanks the "
            "Special Rapporteur.\n")
    assert read(text).dated == "2022-09-20"


# --- a speech heading naming an organisation's officer: the organisation speaks -----------------------------------------

def test_the_eus_high_representative_in_a_french_heading_makes_the_eu_the_author() -> None:
    text = ("Discours de Mme Anna Lind, haute représentante de l'Union/vice-présidente de la Commission, devant le Conseil de "
            "sécurité des Nations unies\n\nMonsieur le Président,\n\nJe tiens à remercier la présidence française du Conseil "
            "de m'avoir donné cette possibilité.\n")
    record = read(text)
    assert (record.author_body, record.author_states) == ("EU", [])
    assert [s["titles"] for s in record.signatories] == [["haute représentante de l'Union/vice-présidente de la Commission"]]


def test_a_states_minister_whose_post_names_the_union_stays_his_states() -> None:
    text = ("Statement by H.E. Mr. Luis Amado, Minister for Foreign Affairs of Portugal, President of the Council of the "
            "European Union, at the Security Council\n\nMr. President,\n\nPortugal welcomes resolution 1701 (2006).\n")
    assert read(text).author_states == ["PRT"]


# --- a page carrying a letter after "The letter said:" on a line of its own -------------------------------------------

def test_a_letter_carried_after_the_letter_said_alone_on_its_line_is_a_letter() -> None:
    text = ("Pyongyang, March 3 (KCNA) -- The foreign minister of the DPRK sent a letter to the UN secretary-general on "
            "Tuesday.\n\nThe letter said:\n\nI address this letter to you with respect to resolution 2397 (2017). "
            + "The military exercises now under way on the Korean peninsula are a grave threat to peace and stability. " * 6
            + "\nI request you to circulate this letter as a document of the Security Council.\n")
    assert read(text).doc_type == "letter"


def test_a_news_item_quoting_what_a_letter_said_is_no_letter() -> None:
    text = ("Baku, 4 May -- The foreign minister sent a letter to the UN secretary-general.\n\nThe letter said that the "
            "elections were illegal and violated resolution 822 (1993). Observers agreed.\n")
    assert read(text).doc_type != "letter"


def test_the_secretary_general_above_a_letter_is_whom_it_is_written_to() -> None:
    text = ("The following letter was delivered to the Secretary-General from the Foreign Minister of Iraq.\n\nHis "
            "excellency\nMr. Kofi Annan,\nThe Secretary-General of the United Nations,\nNew York\n\nYour Excellency,\n\nIraq "
            "has implemented resolution 687 (1991).\n")
    assert [s["name"] for s in read(text).signatories] == []


# --- a heading giving the rank alone, then the post on the heading below ---------------------------------------------

def test_a_heading_below_gives_the_post_the_first_left_out() -> None:
    text = ("Statement by Ambassador Kyaw Lin at the Third Committee\n\nStatement by Ambassador Kyaw Lin, Permanent "
            "Representative of Myanmar to the United Nations at the Third Committee on 17 November 2021\n\nMadam Chair,\n\n"
            "Myanmar rejects the draft.\n")
    assert [(s["name"], s["titles"]) for s in read(text).signatories] == [
        ("Kyaw Lin", ["Ambassador", "Permanent Representative of Myanmar to the United Nations"])]


def test_a_heading_giving_the_rank_alone_still_names_the_speaker() -> None:
    text = "Statement by Ambassador Kyaw Lin at the Third Committee\n\nMadam Chair,\n\nMyanmar rejects the draft.\n"
    assert [(s["name"], s["titles"]) for s in read(text).signatories] == [("Kyaw Lin", ["Ambassador"])]


# --- guards from the round's reviews ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Mr. President,\n\nI would like to make three points.\n\nFirst, Israel continues its illegal occupation, in violation of "
    "resolution 2334 (2016).\n\nFinally, we call on the Council to act.\n",
    "Mr. President,\n\nI have two points. Firstly, Iran continues to execute juveniles. Secondly, we urge restraint.\n",
    "Seoul, 3 May (Yonhap) -- The Council met on Tuesday. The United States condemned the launch. Finally, the Republic of "
    "Korea urged dialogue with the North.\n",
])
def test_a_state_a_numbered_point_speaks_of_is_not_the_speaker(text: str) -> None:
    assert not {"ISR", "IRN", "KOR"} & set(read(text).author_states)


@pytest.mark.parametrize("lead", [
    "The full text of the communiqué has not been published. Earlier, a draft seen by reporters said: ",
    "The full text of the communiqué is on the ministry's website. A draft seen by reporters said: ",
])
def test_a_we_the_ministers_quoted_from_a_draft_or_told_is_not_the_pages_voice(lead: str) -> None:
    text = ("Ministers meet in Amman\n\nThe ministers met on Tuesday. " + lead + "\"We, the Foreign Ministers of Jordan, Egypt "
            "and Saudi Arabia, call for the implementation of resolution 2334 (2016).\" Diplomats said the text might change.\n")
    assert read(text).author_states != ["JOR", "EGY", "SAU"]


@pytest.mark.parametrize("tail", [
    "We urge the following countries to release those detained.\n\nThank you.\n\nEritrea, Belarus, Nicaragua, Iran\n",
    "Thank you, Mr. President.\n\nTags: China, Russia, Cuba, Venezuela, Syria\n",
])
def test_a_list_of_states_the_text_asks_of_or_tags_is_no_groups_membership(tail: str) -> None:
    text = ("Mr. President,\n\nI have the honour to speak on behalf of a group of countries. We remain gravely concerned about "
            "arbitrary detention.\n" + tail)
    assert read(text).author_states == []


def test_a_reply_given_below_a_joint_statements_list_is_the_replying_states() -> None:
    text = ("Joint statement on Belarus\n\nOn 14 June, Lithuania delivered a joint statement on behalf of 3 countries: "
            "Lithuania, Latvia and Estonia. Belarus replied the same day:\n\nMr. President,\n\nWe reject this politicised "
            "statement.\n")
    assert read(text).author_states != ["LTU", "LVA", "EST"]


def test_a_news_item_quoting_one_line_after_the_letter_said_is_no_letter() -> None:
    text = ("Pyongyang, 5 March (KCNA) -- The spokesperson sent a letter to the President of the Security Council.\n\nThe "
            "letter said:\n\"The exercises are a rehearsal for invasion.\"\n\nAnalysts said the letter changed nothing.\n")
    assert read(text).doc_type != "letter"


def test_the_presiding_officers_capacity_in_a_meeting_record_is_not_the_records_author() -> None:
    text = ("Security Council\nProvisional\n9012th meeting\n\nThe President: I shall now make a statement in my capacity as "
            "the representative of Malta.\n\nMalta is concerned.\n\nMr. Kariuki (United Kingdom): The United Kingdom remains "
            "concerned.\n\nMr. Nebenzia (Russian Federation): We reject the accusations.\n")
    assert read(text).author_states != ["MLT"]


@pytest.mark.parametrize("below", ["Président,", "Présidente, Excellences, Mesdames et Messieurs,",
                                   "Représentant permanent de la Russie, M. Nebenzia, a demandé la parole. Nous répondrons."])
def test_the_address_or_prose_below_a_name_is_no_post(below: str) -> None:
    text = f"Intervention de S.E. M. Jean Dupont\n\n{below}\n\nLe Luxembourg s'associe à la déclaration de l'Union européenne.\n"
    assert all(not s["titles"] for s in read(text).signatories)


@pytest.mark.parametrize(("heading", "expected"), [
    ("Statement by Nepal at the 52nd Session - 21st March 2023", "2023-03-21"),
    ("Statement by Nepal at the 3rd Committee – 12th October 2022", "2022-10-12"),
])
def test_an_ordinal_session_before_a_dash_is_no_range(heading: str, expected: str) -> None:
    assert read(heading + "\n\nMr. President,\n\nNepal thanks the Council.\n").dated == expected


@pytest.mark.parametrize(("heading", "body", "expected"), [
    ("Statement by Mr Jan Kowalski, Secretary of State for European Union Affairs, at the 37th session of the Human Rights "
     "Council", "Poland attaches great importance to the Council.", None),
    ("Remarks by Ms. Linda Carter, U.S. Special Envoy to the Organisation of Islamic Cooperation, at the OIC Council",
     "Religious freedom is a shared value.", None),
    ("Discours de M. Pierre Buyoya, Haut représentant de l'Union africaine pour le Mali et le Sahel, devant le Conseil de "
     "sécurité", "L'Union africaine reste engagée aux côtés du Mali.", "AU"),
])
def test_only_an_organisations_own_officer_makes_it_the_author(heading: str, body: str, expected: str | None) -> None:
    assert read(heading + "\n\nMr. President,\n\n" + body + "\n").author_body == expected


def test_a_joint_heading_about_a_meeting_between_representatives_names_no_authors() -> None:
    text = ("Joint Statement on the meeting between the Special Envoy and the Permanent Representative of Iran to the United "
            "Nations and the Permanent Representative of Germany\n\nThe Special Envoy held consultations today with the two "
            "representatives.\n")
    assert set(read(text).author_states) != {"IRN", "DEU"}


# --- guards from the third review ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Mr. President,\n\nI will make two points. Secondly, Russia rejects every proposal for accountability.\n",
    "Mr. President,\n\nFirst, the Russian Federation calls its war a special military operation.\n",
    "Señor Presidente:\n\nEn segundo lugar, Nicaragua rechaza toda cooperación con los mecanismos.\n",
    "Monsieur le Président,\n\nEnsuite, le Rwanda rejette toute responsabilité dans les violences.\n",
])
def test_a_numbered_point_saying_what_another_state_does_names_no_speaker(text: str) -> None:
    assert read(text).author_states == []


def test_a_record_turn_with_an_interpretation_note_is_a_record() -> None:
    text = ("Le Président : Je vais maintenant faire une déclaration en ma qualité de représentant de la Suisse.\n\nNous "
            "saluons le rapport.\n\nM. Nebenzia (Fédération de Russie) (parle en russe) : Nous rejetons ce rapport.\n")
    assert read(text).author_states != ["CHE"]


def test_a_capacity_held_last_year_is_no_statement_made_now() -> None:
    text = ("Mr. President,\n\nLast year, in my capacity as the representative of Japan, I chaired the Group of Friends. Today "
            "I speak on behalf of the Group.\n")
    assert read(text).author_states != ["JPN"]


def test_a_special_envoys_statement_after_meeting_two_ministers_is_not_theirs() -> None:
    text = ("Joint statement by the Special Envoy for Yemen following his meeting with the Minister of Foreign Affairs of "
            "Oman and the Minister of Foreign Affairs of Saudi Arabia\n\nThe Special Envoy welcomed the talks.\n")
    assert set(read(text).author_states) != {"OMN", "SAU"}


def test_a_draft_declaration_a_news_agency_obtained_is_not_the_pages_voice() -> None:
    text = ("Arab ministers to meet in Cairo\n\nReuters obtained the full text of the draft declaration. \"We, the Foreign "
            "Ministers of Egypt, Jordan and Saudi Arabia, call for a ceasefire,\" the draft begins.\n")
    assert read(text).author_states != ["EGY", "JOR", "SAU"]


def test_a_news_item_that_goes_on_telling_of_the_letter_is_no_letter() -> None:
    text = ("Baku, 4 May -- The foreign minister sent a letter to the Secretary-General.\n\nThe letter said:\n\n"
            + "The elections held in the occupied territories are illegal and void under international law. " * 8
            + "\n\nThe letter was circulated as a document of the Council. Armenia has denied the claims.\n")
    assert read(text).doc_type != "letter"


def test_a_long_letter_a_news_agency_carries_whole_is_a_letter_though_it_cites_others() -> None:
    text = ("Pyongyang, 5 March (KCNA) -- The foreign minister sent a letter to the UN Secretary-General.\n\nThe letter "
            "said:\n\nI address this letter to you with respect to the joint military exercises. According to the Charter, "
            + "no State may threaten another by the use of force, as you yourself noted last year. " * 7 + "\n")
    assert read(text).doc_type == "letter"


def test_an_ordinal_session_alone_before_a_dash_and_a_plain_date_is_no_range() -> None:
    assert read("Statement by Nepal at the HRC 54th – 12 September 2023\n\nMr. President,\n\nNepal thanks the "
                "Council.\n").dated == "2023-09-12"


@pytest.mark.parametrize("text", [
    "Eritrea rejects the mandate of the Special Rapporteur, extended as requested in resolution 50/2 despite our objections.\n",
    "Le Burundi rejette le mandat, prorogé comme le prévoit la résolution 51/28 sans le consentement du pays concerné.\n",
])
def test_a_resolution_a_rejected_mandate_rests_on_is_not_invoked(text: str) -> None:
    assert [s for s in record_stances(text) if s[1] == "supports"] == []


@pytest.mark.parametrize("below", ["Présidente de la séance a ouvert les débats en rappelant l'ordre du jour",
                                   "Président, je vous remercie de m'avoir donné la parole.",
                                   "Ministre, chers collègues, je vous remercie pour votre invitation."])
def test_a_line_of_speech_below_a_name_is_no_post(below: str) -> None:
    text = f"Intervention de Mme Anne Colin\n\n{below}\n\nLa France soutient le projet.\n"
    assert all(not s["titles"] for s in read(text).signatories)


def test_a_reply_page_repeating_whom_a_joint_statement_was_for_is_the_replying_states() -> None:
    text = ("Right of reply of the Republic of Belarus\n\nOn 14 June, Lithuania delivered a statement on behalf of 3 countries: "
            "Lithuania, Latvia and Estonia.\n\nMr. President,\n\nWe reject this politicised statement.\n")
    assert read(text).author_states != ["LTU", "LVA", "EST"]


@pytest.mark.parametrize("tail", [
    "China, Cuba, Egypt, Iran,\nPakistan, Venezuela\n",
    "China, Cuba, Egypt, Iran, Pakistan, Venezuela\nShare this page: Facebook | Twitter | Email\n",
    "China, Cuba, Egypt, Iran, Pakistan, Venezuela\n\n* The list of co-signatories remains open until the end of the session.\n",
])
def test_a_closing_list_wrapped_or_above_a_footer_still_names_the_members(tail: str) -> None:
    assert read(GROUP + tail).author_states == ["CHN", "CUB", "EGY", "IRN", "PAK", "VEN"]


def test_a_group_of_countries_partners_is_no_group_of_states() -> None:
    text = ("Statement by Mr. Richard Gowan, International Crisis Group\n\nMr. President,\n\nI speak on behalf of a group of "
            "countries' civil society partners. We call on the Council to act.\n\nThank you, Mr. President.\n\nSudan, South "
            "Sudan, Chad\n")
    assert read(text).author_states == []

"""The rules of the twenty-fifth round (2026-12-07, the fifth session of the day), each on a small text of the genre it
reads, written for the rule, not for a document of the held-out sets."""
from __future__ import annotations

from helpers.extract import read, record_sponsors, record_stances
from unhrkg.extract.symbols import find_symbols
from unhrkg.extract.text import sentences

# --- a symbol printed in a heading in capitals: its suffix as the series writes it --------------------------------------


def test_a_symbols_suffix_in_capitals_is_written_as_the_series_writes_it() -> None:
    found = [s.symbol for s in find_symbols("ON THE DRAFT RESOLUTION A/75/L.112/REV.1 ENTITLED, AND A/HRC/40/60/ADD.2")]
    assert found == ["A/75/L.112/Rev.1", "A/HRC/40/60/Add.2"]


def test_a_resolution_symbols_series_part_stays_in_capitals() -> None:
    assert [s.symbol for s in find_symbols("see A/RES/60/251 and S/RES/2334 (2016)")] == ["A/RES/60/251", "S/RES/2334 (2016)"]


# --- a letter's title under an agenda item's title cut short ----------------------------------------------------------

MASTHEAD = ("United Nations A/75/881–S/2021/459\n\nGeneral Assembly Distr.: General 18 May 2021 Security Council Original: "
            "English\n\nSeventy-fifth session Agenda item 37 {item}\n\nLetter dated 12 May 2021 from the Permanent "
            "Representative of Jordan to the United Nations addressed to the Secretary-General\n\nI am writing to you with "
            "regard to the recent violations.\n")


def test_a_title_after_a_blank_line_is_the_letters_own_even_after_the() -> None:
    record = read(MASTHEAD.format(item="The situation in the"))
    assert (record.dated, record.addressee) == ("2021-05-12", "SG")


def test_a_letter_named_in_a_sentence_is_still_anothers() -> None:
    text = ("Statement\n\nWe refer to the\nletter dated 3 March 2020 from the Permanent Representative of Israel addressed to "
            "the Secretary-General, and we reject its claims.\n")
    assert read(text).dated != "2020-03-03"


# --- a heading in capitals: its speaker, his post and the State he speaks for ------------------------------------------

G77 = ("STATEMENT ON BEHALF OF THE GROUP OF 77 AND CHINA BY MR. ABDULLAH ABUSHAWESH, COUNSELLOR AT THE MISSION OF THE STATE "
       "OF PALESTINE TO THE UN, AT THE ADOPTION OF THE GA RESOLUTION ON THE CAUSES OF CONFLICT IN AFRICA AND THE PROMOTION OF "
       "DURABLE PEACE AND SUSTAINABLE DEVELOPMENT IN AFRICA AND ON THE IMPLEMENTATION OF THE RECOMMENDATIONS CONTAINED IN THE "
       "REPORT OF THE SECRETARY-GENERAL ON THE SUBJECT (New York, 10 September 2019)\n\nThank you, Madame President,\n\n"
       "1. I have the honor to deliver this statement on behalf of the Group of 77 and China.\n")


def test_a_heading_in_capitals_ending_in_its_place_and_date_names_its_speaker() -> None:
    assert [s["name"] for s in read(G77).signatories] == ["Abdullah Abushawesh"]


def test_the_speakers_state_in_a_heading_in_capitals_is_the_author() -> None:
    assert read(G77).author_states == ["PSE"]


def test_a_long_first_line_closing_on_its_place_and_date_dates_the_text() -> None:
    assert read(G77).dated == "2019-09-10"


def test_a_date_in_brackets_inside_a_long_sentence_is_not_the_texts() -> None:
    text = ("The Ministry recalls that " + "the Council has repeatedly asked for restraint and " * 8 + "that the talks held in "
            "New York (New York, 14 and 15 September 2002) were fruitful.\n\nWe welcome this.\n")
    assert read(text).dated is None


# --- a Spanish or French heading: the post first, the rank in lower case, the name; a rank and a surname --------------

def test_a_post_before_a_rank_in_lower_case_then_the_name() -> None:
    text = ("Intervención del Representante Permanente de Cuba ante Naciones Unidas, embajador Pedro Luis Pedroso Cuesta, en "
            "explicación de voto\n\nSeñor Presidente,\n\nCuba ha abogado siempre por el diálogo.\n")
    assert [(s["name"], s["titles"]) for s in read(text).signatories] == [
        ("Pedro Luis Pedroso Cuesta", ["Representante Permanente de Cuba ante Naciones Unidas", "embajador"])]


def test_a_rank_and_a_surname_before_the_occasion() -> None:
    text = ("Discurso del Canciller Timerman en el Comité Especial de Descolonización\n\nSeñor Presidente:\n\nUna vez más "
            "vengo a este Comité.\n")
    assert [(s["name"], s["titles"]) for s in read(text).signatories] == [("Timerman", ["Canciller"])]


def test_a_rank_and_a_body_is_no_name() -> None:
    text = ("Intervención del Presidente del Consejo de Derechos Humanos a la sesión de la Asamblea General\n\nSeñor "
            "Presidente:\n\nEs para mí un honor presentar el informe.\n")
    assert read(text).signatories == []


# --- an instrument named in a page's title is no statement's heading ---------------------------------------------------

def test_a_note_verbale_under_a_title_naming_the_universal_declaration() -> None:
    text = ("Universal Declaration of Human Rights – Lebanon document – Letter from Lebanon\n\nFifty-third session\n\nAgenda "
            "item 46\n\nNote verbale dated 16 November 1998 from the Permanent Mission of Lebanon\nto the United Nations "
            "addressed to the Secretary-General\nThe Permanent Mission of Lebanon to the United Nations presents its "
            "compliments to the Secretary-General and asks that this document be circulated as a document of the General "
            "Assembly, under agenda item 46.\n")
    record = read(text)
    assert (record.doc_type, record.dated, record.addressee) == ("note_verbale", "1998-11-16", "SG")
    assert record.session == {"body": "GA", "number": 53}


def test_a_declaration_of_a_state_is_still_a_statement() -> None:
    text = "Declaration of the Ministry of Foreign Affairs of Georgia\n\nGeorgia welcomes the adoption of resolution 76/121.\n"
    assert read(text).doc_type == "other"


# --- a bare session line: the body the letter asks to be circulated as a document of ----------------------------------

def test_a_bare_session_line_takes_the_body_of_the_circulation_request() -> None:
    text = ("Sixtieth session\nAgenda item 71\n\nLetter dated 2 May 2006 from the Permanent Representative of Cuba to the United "
            "Nations addressed to the Secretary-General\n\nI have the honour to transmit the enclosed text. I should be grateful "
            "if you would have the present letter circulated as a document of the General Assembly, under agenda item 71.\n")
    assert read(text).session == {"body": "GA", "number": 60}


def test_a_session_in_a_title_naming_another_body_takes_no_body_from_the_request() -> None:
    text = ("Peace process – GCC Supreme Council twenty-seventh session – Note verbale from Saudi Arabia\n\nThe Permanent "
            "Mission of Saudi Arabia to the United Nations presents its compliments to the Secretary-General and has the honour "
            "to request that the final document be circulated as a document of the General Assembly under agenda item 13.\n")
    assert read(text).session is None


# --- a minister answering his parliament: no UN forum ------------------------------------------------------------------

def test_a_speech_to_the_deputies_is_made_at_no_un_meeting() -> None:
    text = ("Texte intégral\nMonsieur le Président,\nMesdames et Messieurs les Députés,\nNous nous sommes préparés au retrait, "
            "conforme à la résolution 425 du Conseil de sécurité, que le Conseil de sécurité devra constater.\n")
    assert read(text).addressee is None


def test_a_speech_to_the_president_alone_in_the_council_keeps_its_forum() -> None:
    text = ("Monsieur le Président,\nLa France salue l'adoption de la résolution 2334 par ce Conseil. Le Conseil de sécurité "
            "a pris ses responsabilités.\n")
    assert read(text).addressee == "SC"


# --- a mission site's label heading a speech: where it is made ---------------------------------------------------------

def test_a_label_sc_heads_an_explanation_of_vote_made_in_the_council() -> None:
    text = ("SC: Ukraine (adoption ESS)\n\nExplanation of vote by Permanent Representative of Norway, Ambassador Mona Juul, on "
            "a draft resolution on Ukraine, 27 February 2022.\n\nNorway voted in favor of the draft resolution. We deplore "
            "the veto.\n")
    assert read(text).addressee == "SC"


def test_a_label_naming_the_assembly_and_its_committee_is_the_committee() -> None:
    text = ("General Assembly/3C: Statement by Ambassador Wittig on Human Right to Water\n\n\"Thank you Chair,\n\nI have the "
            "honor to introduce the draft resolution.\n")
    assert read(text).addressee == "GA3"


def test_a_label_line_below_the_ministrys_name_with_its_item() -> None:
    text = ("Ministry of Foreign Affairs of the Republic of Armenia\n\nHRC 57: General Debate. Item 10, Right of Reply to "
            "Azerbaijan\n\n09 October, 2024\n\nArmenia exercises its right of reply. We would like to recall the facts.\n")
    record = read(text)
    assert (record.addressee, record.agenda_items) == ("HRC", ["10"])


def test_a_label_above_a_news_item_in_the_third_person_is_no_forum() -> None:
    text = "SC: Ukraine\n\nThe Security Council met on Friday. Several members spoke about the draft resolution.\n"
    assert read(text).addressee is None


# --- a stance cue whose object is another's text, said with a manner or an adjective after the noun -------------------

def test_rejecting_an_announcement_about_a_resolution_in_the_strongest_terms_is_no_rejection_of_it() -> None:
    text = ("Comunicado\n\nEl Ministerio de Asuntos Exteriores de Irán rechaza categóricamente y condena en los términos más "
            "enérgicos el anuncio ilegal de Francia, Alemania y el Reino Unido al Consejo de Seguridad sobre la Resolución "
            "2231 (2015).\n")
    assert ("2231 (2015)", "rejects") not in record_stances(text)


def test_a_series_of_predicates_after_a_quoted_object_is_not_said_of_the_resolution() -> None:
    text = ("Letter to the Secretary-General\n\nChina's Permanent Representative said the application \"wantonly tramples on "
            "the purposes and principles\" of the UN Charter and General Assembly resolution 2758, \"seriously violates "
            "China's sovereignty and territorial integrity\".\n")
    assert ("2758 (XXVI)", "rejects") not in record_stances(text)


# --- sentences after a full stop and an opening quotation mark or an accented capital -------------------------------

def test_a_sentence_opening_with_a_typographic_quotation_mark_is_a_new_sentence() -> None:
    text = "La acción busca restablecer sanciones de 2015. “El Ministerio rechaza el anuncio.” Él lo dijo. ¿Por qué?"
    assert [s.text[:6] for s in sentences(text)] == ["La acc", "“El Mi", "Él lo ", "¿Por q"]


def test_a_news_headline_opening_with_a_bodys_full_name_is_no_label() -> None:
    text = ("Human Rights Council : Cameroon Re-elected For Second Mandate\n\nWe are proud, said the minister. Cameroon was "
            "re-elected by the General Assembly as member of the Council.\n")
    assert read(text).addressee is None


# --- a State's names in another language: "RD du Congo"; a post's occasion after "devant" -----------------------------

def test_rd_du_congo_is_the_democratic_republic() -> None:
    text = ("Conseil de Sécurité: Intervention du Ministre des Affaires Etrangères, RD du Congo\n\nMonsieur le Président,\n\n"
            "Je vous remercie.\n")
    assert "COD" in read(text).states and "COG" not in read(text).states


def test_a_posts_occasion_after_devant_is_not_the_post() -> None:
    text = ("Intervention de S.E.M. Léonard She Okitundu, Ministre des Affaires Etrangères devant le conseil de Securité:\n\n"
            "Monsieur le Président,\n\nJe vous remercie.\n")
    assert [s["titles"] for s in read(text).signatories] == [["Ministre des Affaires Etrangères"]]


# --- "a propuesta, entre otros Estados, de X": the proposer with an aside between ---------------------------------------

def test_a_proposal_with_an_aside_before_its_proposer_names_the_sponsor() -> None:
    text = ("Compromiso del Gobierno de España\n\nEl Consejo de Seguridad de las Naciones Unidas a propuesta, entre otros "
            "Estados, del Reino de España aprobó la Resolución 2286 (2016), sobre los ataques a los heridos y enfermos.\n")
    assert ("2286 (2016)", "ESP") in record_sponsors(text)


# --- a page's posting date over a speech's heading that gives the day it was made --------------------------------------

def test_the_day_a_speech_was_made_under_its_pages_posting_date() -> None:
    text = ("June 30, 2018\n\nStatement by the Eritrean Delegation\n\n38th HRC Session – Item 4 – Interactive Dialogue\n"
            "Presented by Ambassador Tesfamicael Gerahtu – Geneva, 26 June 2018\n\nMr President,\n\nWe thank you.\n")
    record = read(text)
    assert (record.dated, record.session) == ("2018-06-26", {"body": "HRC", "number": 38})


def test_a_date_on_its_own_line_above_the_word_to_the_chair_weeks_before_the_posting() -> None:
    text = ("U.S. EOV on Cooperation with Ukraine\nJuly 6, 2015\n\nExplanation of Vote by the Delegation of the United States\n"
            "As Delivered by Ambassador Keith Harper\n\nHuman Rights Council 29th Session\nJuly 3, 2015\n\nThank you Mr. "
            "President.\n\nThe United States applauds Ukraine.\n")
    assert read(text).dated == "2015-07-03"


def test_an_event_dated_after_the_posting_is_not_the_speechs_day() -> None:
    text = ("June 30, 2018\n\nStatement by the Delegation\n\nOn the event of 2 July 2018\n\nMr President,\n\nWe thank you.\n")
    assert read(text).dated == "2018-06-30"


def test_an_ordinal_session_of_the_council_told_in_a_sentence_is_not_the_texts() -> None:
    text = ("Press release\n\nThe Government welcomes the adoption of the resolution during the 37th session. A similar "
            "resolution was adopted by consensus during the 34th UNHRC session in 2017.\n")
    assert read(text).session != {"body": "HRC", "number": 34}


# --- guards from the reviews --------------------------------------------------------------------------------------------

def test_an_offices_capitalised_qualifier_or_a_demonym_is_no_surname() -> None:
    for heading in ("Discurso del Presidente Constitucional en la Asamblea General",
                    "Discurso del Canciller Venezolano ante la Asamblea General",
                    "Intervención del Vicecanciller Encargado ante el Consejo de Seguridad"):
        assert read(heading + "\n\nSeñor Presidente:\n\nUna vez más vengo.\n").signatories == []


def test_deputies_in_the_gallery_under_a_word_to_the_councils_president() -> None:
    text = ("Señor Presidente del Consejo de Derechos Humanos,\nHonorables diputados presentes en la tribuna,\n\nVenezuela "
            "agradece a este Consejo.\n")
    assert read(text).addressee == "HRC"


def test_honourable_members_of_the_council_are_no_parliament() -> None:
    text = "Mr. President,\nHonourable Members of the Council,\n\nWe welcome the adoption of resolution 2334 by this Council.\n"
    assert read(text).addressee == "SC"


def test_the_last_circulation_request_is_the_letters_own() -> None:
    text = ("Fortieth session\nAgenda item 4\n\nNote verbale dated 1 March 2019 from the Permanent Mission of Cuba addressed to "
            "the President of the Human Rights Council\n\nFurther to its note, circulated as a document of the General Assembly, "
            "the Mission has the honour to transmit its views and requests that the present note be circulated as a document "
            "of the Human Rights Council under agenda item 4.\n")
    assert read(text).session == {"body": "HRC", "number": 40}


def test_a_label_over_a_news_headline_is_no_forum() -> None:
    text = ("UNSC: Russia vetoes draft on Ukraine referendums\n\nNEW YORK, 30 September 2022 (Reuters) - Russia on Friday vetoed "
            "a draft resolution. \"We will not accept this,\" the ambassador told reporters before the vote.\n")
    assert read(text).addressee is None


def test_an_item_after_a_full_stop_in_the_body_is_no_agenda_item() -> None:
    text = ("HRC 52: Item 4 General Debate\n\nMr President,\n\nThe United Kingdom remains opposed to Item 7. Item 7, alone "
            "among the agenda items, singles out one country.\n")
    assert "7" not in read(text).agenda_items


def test_a_reports_date_under_its_symbol_is_not_the_speechs_day() -> None:
    text = ("June 30, 2018\n\nStatement by the Delegation of Eritrea\n\nInteractive dialogue on the report of the Special "
            "Rapporteur (A/HRC/38/50)\n15 June 2018\n\nMr President,\n\nEritrea rejects the report.\n")
    assert read(text).dated == "2018-06-30"



def test_a_label_over_a_news_headline_naming_a_speech_is_no_forum() -> None:
    text = ("UNHRC: India slams Pakistan in right of reply\n\nGENEVA - India on Tuesday used its right of reply. \"We reject "
            "these claims,\" the diplomat said.\n")
    assert read(text).addressee is None


def test_a_label_over_a_reports_launch_is_no_forum() -> None:
    text = ("HRC 55: Remarks by Ambassador Katharina Stasch\nLaunch of the report on the rights of persons with albinism, "
            "Palais des Nations\n\nDear colleagues,\n\nWe are pleased to co-host the launch of this report today.\n")
    assert read(text).addressee is None


def test_members_of_parliament_greeted_under_a_heading_naming_the_assembly() -> None:
    text = ("Statement by the Speaker of the National Assembly at the General Debate of the 78th session of the United Nations "
            "General Assembly\n\nMr. President,\nMembers of Parliament,\n\nIt is an honour to address this Assembly.\n")
    assert read(text).addressee == "GA"


def test_a_title_wrapped_before_a_date_is_no_speechs_day() -> None:
    text = ("May 10, 2018\n\nStatement on the crisis in Nicaragua since\n18 April 2018\n\nMr. President,\n\nWe are concerned.\n")
    assert read(text).dated == "2018-05-10"


def test_an_earlier_letters_circulation_told_before_the_request_for_the_council() -> None:
    text = ("Fortieth session\nAgenda item 7\n\nLetter dated 1 March 2019 from the Permanent Representative of Israel addressed "
            "to the President of the Human Rights Council\n\nFurther to my letter of 14 January 2019, circulated as a document "
            "of the General Assembly (A/73/721), I write to draw your attention to continued rocket fire.\n\nI kindly request "
            "you to circulate the present letter and its annex as an official document of the Human Rights Council under "
            "agenda item 7.\n")
    assert read(text).session == {"body": "HRC", "number": 40}


def test_a_chancellors_qualifier_in_a_spanish_heading_is_no_name() -> None:
    text = "Discurso del Canciller Federal ante la Asamblea General\n\nSeñor Presidente:\n\nUna vez más vengo.\n"
    assert read(text).signatories == []


def test_a_session_on_a_line_continuing_a_sentence_is_not_the_texts() -> None:
    text = ("Press release\n\nThe Government welcomes the resolution adopted on 23 March. A similar resolution was adopted during "
            "the\n34th UNHRC session in 2017.\n")
    assert read(text).session is None


def test_an_item_after_a_full_stop_under_a_datelines_colon_is_no_agenda_item() -> None:
    text = ("GENEVA: The Council met on Wednesday. Item 3, on the right to development, was discussed at length.\n\nMore "
            "follows.\n")
    assert read(text).agenda_items == []

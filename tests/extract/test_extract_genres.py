"""Genres: each recognises itself and reads its author, date and addressee; the first mark wins."""
from __future__ import annotations

import pytest

from unhrkg.extract import extract_text
from unhrkg.model.record import DocumentRecord


def read(text: str) -> DocumentRecord:
    return extract_text(text, "x.txt")


def test_a_titled_letter_in_french_names_its_author_after_the_addressee() -> None:
    r = read("Note verbale datée du 5 octobre 2012, adressée au Haut-Commissariat aux droits de l'homme "
             "par la Mission permanente de la République arabe syrienne\n\nLa Mission ...")
    assert (r.genre, r.doc_type, r.dated, r.addressee, r.author_states) == \
        ("letter", "note_verbale", "2012-10-05", "OHCHR", ["SYR"])
    assert r.rules["author_states"] == "title-from"


def test_a_titled_letter_in_spanish() -> None:
    r = read("Carta de fecha 3 de marzo de 2021 dirigida a la Presidenta del Consejo de Derechos Humanos "
             "por el Representante Permanente de Cuba\n\nTengo el honor ...")
    assert (r.doc_type, r.dated, r.addressee, r.author_states) == ("letter", "2021-03-03", "HRC", ["CUB"])


def test_a_letter_from_x_to_y_without_a_date_in_its_title() -> None:
    r = read("Letter from the Permanent Observer of Palestine to the U.N., to the Secretary-General:\n\nText.")
    assert (r.doc_type, r.author_states, r.addressee) == ("letter", ["PSE"], "SG")


def test_a_letter_without_a_title_is_known_by_its_salutation_under_a_date() -> None:
    r = read("Managua, 27 de febrero de 2025\nRef. 007\nSeñor Presidente\nPresidente del Consejo de Derechos Humanos\n"
             "Señor Presidente:\nEl Gobierno de Reconciliación y Unidad Nacional de la República de Nicaragua le saluda.")
    assert (r.genre, r.doc_type, r.dated, r.addressee, r.author_states) == \
        ("letter", "letter", "2025-02-27", "HRC", ["NIC"])


def test_a_speech_opening_mr_president_is_not_a_letter() -> None:
    r = read("Statement by the delegation of Norway at the Human Rights Council\n\nMr. President,\n\nNorway welcomes ...")
    assert (r.genre, r.doc_type, r.addressee, r.author_states) == ("statement", "other", "HRC", ["NOR"])


def test_an_adopted_text_in_french() -> None:
    r = read("Résolution adoptée par le Conseil des droits de l'homme\n17/18 Protocole facultatif\n"
             "Le Conseil des droits de l'homme,\nRappelant sa résolution 13/3,\n28e séance, 17 juin 2011")
    assert (r.genre, r.doc_type, r.author_body, r.dated) == ("adopted text", "resolution", "HRC", "2011-06-17")
    assert {"body": "HRC", "number": "13/3"} in r.resolutions


def test_an_adopted_text_opening_with_the_body_in_spanish() -> None:
    r = read("23/8 Mandato del Relator Especial\nEl Consejo de Derechos Humanos,\nRecordando todas las resoluciones,")
    assert (r.doc_type, r.author_body) == ("resolution", "HRC")


def test_a_report_listing_adopted_resolutions_in_its_contents_is_a_report() -> None:
    r = read("Report of the Human Rights Council on its fourteenth session\n\nContents\n"
             "Part One: Resolutions and decisions adopted by the Human Rights Council at its fourteenth session")
    assert (r.genre, r.doc_type, r.author_body) == ("report", "report", "HRC")


def test_a_national_report_is_by_the_state_named_under_its_title() -> None:
    r = read("Human Rights Council\nWorking Group on the Universal Periodic Review\nSeventh session\n"
             "National report submitted in accordance with paragraph 15 (a) of the annex\nSlovenia\n\n1. Text")
    assert (r.doc_type, r.author_states, r.session) == ("report", ["SVN"], {"body": "UPR", "number": 7})


def test_a_compilation_is_by_the_office_that_prepared_it() -> None:
    r = read("Compilation prepared by the Office of the High Commissioner for Human Rights\nSlovenia\n\nText")
    assert (r.doc_type, r.author_body) == ("report", "OHCHR")


def test_the_agenda_item_title_above_a_text_is_not_its_title() -> None:
    r = read("Agenda item 2\nAnnual report of the United Nations High Commissioner for Human Rights\n\n"
             "Resolution adopted by the Human Rights Council\nThe Human Rights Council,\nRecalling ...")
    assert (r.doc_type, r.author_body) == ("resolution", "HRC")


def test_a_report_in_an_item_title_without_the_word_agenda_yields_to_the_letter_below() -> None:
    r = read("GENERAL ASSEMBLY SECURITY COUNCIL\nFiftieth session Fiftieth year\nItems 42 and 84 of the\npreliminary list*\n"
             "QUESTION OF PALESTINE\nREPORT OF THE SPECIAL COMMITTEE TO\nINVESTIGATE ISRAELI PRACTICES\n"
             "Letter dated 18 April 1995 from the Permanent Observer\nof Palestine to the United Nations addressed to the\n"
             "Secretary-General\nEnclosed please find a letter.\n")
    assert (r.doc_type, r.dated, r.addressee, r.author_states) == ("letter", "1995-04-18", "SG", ["PSE"])


def test_a_report_named_on_the_agenda_item_s_own_line_is_not_the_text_s_title() -> None:
    r = read("Agenda Item 2 General Debate: Presentation of the written update, OHCHR Report on Sri Lanka (A/HRC/43/19)\n"
             "27 February 2020\nStatement by the Minister of Foreign Relations of Sri Lanka\nMadam President,\n")
    assert r.doc_type != "report"


def test_a_report_named_far_into_a_paragraph_is_a_mention() -> None:
    r = read("We wish to express our strongest reservations as to the content of the report.\n"
             "The Report refers several times to the Secretary General's Advisory Panel of Experts' (PoE) "
             "Report on Sri Lanka, which was commissioned as a private consultation.\n")
    assert r.doc_type != "report"


def test_a_report_title_in_a_header_flattened_onto_one_line_is_its_title() -> None:
    r = read("United Nations A/HRC/18/2\n\nGeneral Assembly Distr.: General 22 October 2012\n\n"
             "Human Rights Council Eighteenth session Agenda item 1 Organizational and procedural matters "
             "Report of the Human Rights Council on its eighteenth session\n")
    assert (r.doc_type, r.author_body) == ("report", "HRC")


def test_an_untitled_note_verbale_in_spanish() -> None:
    r = read("La Misión Permanente de Cuba saluda atentamente a la Oficina del Alto Comisionado de las Naciones "
             "Unidas para los Derechos Humanos y tiene el honor de ...")
    assert (r.genre, r.doc_type, r.author_states, r.addressee) == ("note verbale", "note_verbale", ["CUB"], "OHCHR")


def test_a_statement_names_its_author_by_an_author_phrase_at_a_clause_start() -> None:
    r = read("24 September 2020\nThe Government of the Republic of Burundi has learned with indignation of the vote.")
    assert (r.author_states, r.rules["author_states"], r.dated) == (["BDI"], "author-phrase", "2020-09-24")


def test_a_government_spoken_of_is_not_the_author() -> None:
    r = read("Sweden welcomes the efforts made by the Government of Slovenia to address the issue.")
    assert r.author_states == ["SWE"]


def test_a_statement_by_its_possessive_heading() -> None:
    r = read("Myanmar's response to the interactive dialogue\n\nThe dialogue was held on 22 September 2022.")
    assert (r.author_states, r.rules["author_states"]) == (["MMR"], "heading-owner")


def test_a_statement_by_its_own_organ() -> None:
    r = read("Ambassador Nikki Haley\nU.S. Permanent Representative to the United Nations\nU.S. Mission to the "
             "United Nations\nDecember 22, 2017\n\nThank you, Mr. President.")
    assert (r.author_states, r.dated) == (["USA"], "2017-12-22")


def test_a_date_in_the_narrative_is_not_the_text_s_date() -> None:
    r = read("Russia's position\n\nOn 23 December 2016 the Security Council adopted a resolution.")
    assert r.dated is None


def test_a_un_header_gives_the_issue_date_and_a_bare_top_date_gives_the_text_date() -> None:
    header = read("United Nations\nA/HRC/22/G/1\nGeneral Assembly\nDistr.: General\n2 November 2012\nOriginal: English\n"
                  "\nNote verbale dated 5 October 2012 from the Permanent Mission of Syria addressed to the OHCHR\n")
    assert (header.issued, header.dated, header.rules["issued"]) == ("2012-11-02", "2012-10-05", "distr-date")
    statement = read("9 September 2024\n- Myanmar does not recognize the so-called mechanism.")
    assert (statement.issued, statement.dated) == (None, "2024-09-09")


def test_every_field_found_has_its_rule() -> None:
    r = read("United Nations\nA/HRC/22/G/1\nDistr.: General\n2 November 2012\nOriginal: English\n\n"
             "Note verbale dated 5 October 2012 from the Permanent Mission of the Syrian Arab Republic "
             "addressed to the Office of the High Commissioner for Human Rights\n")
    for name in ("symbol", "issued", "dated", "doc_type", "language", "author_states", "addressee"):
        assert r.rules.get(name), name


def test_a_statement_on_behalf_of_a_list_of_states_is_theirs() -> None:
    r = read("Joint Statement\n\nI have the honour to deliver this statement on behalf of Botswana, Costa Rica, "
             "Norway and Uruguay. Mr President, the Council ...")
    assert (r.author_states, r.rules["author_states"]) == (["BWA", "CRI", "NOR", "URY"], "on-behalf-of")


def test_a_statement_on_behalf_of_the_eu_is_the_eu_s() -> None:
    r = read("Mr. President,\n\nI have the honour to speak on behalf of the European Union. The Union welcomes "
             "the adoption of Security Council resolution 2735 (2024).")
    assert (r.author_states, r.author_body) == ([], "EU")
    assert [(p["target"]["number"], p["stance"]) for p in r.positions] == [("2735 (2024)", "supports")]


def test_a_statement_delivered_by_a_named_representative_of_a_state() -> None:
    r = read("39TH SESSION OF HUMAN RIGHTS COUNCIL General Debate - Statement delivered by Mr. Tahir Andrabi, Deputy "
             "Permanent Representative of Pakistan to the United Nations (18 September 2018)\nMr. President,")
    assert r.author_states == ["PAK"] and r.addressee == "HRC"


def test_a_spokesman_speaks_for_his_ministry_s_state() -> None:
    r = read("Statement blasted\n\nA spokesman for the Foreign Ministry of the DPRK issued the following statement: "
             "the US policy is hostile.")
    assert r.author_states == ["PRK"]


def test_a_dateline_with_an_article_dates_a_statement() -> None:
    r = read("Résolution du Conseil des droits de l'homme sur la Syrie\n\nDéclaration du porte-parole du ministère\n"
             "Paris, le 23 mars 2012\n\nAprès une première résolution prise en urgence au début de sa session, ...")
    assert (r.dated, r.rules["dated"]) == ("2012-03-23", "top-date")


def test_an_official_named_with_a_demonym_speaks_for_that_state() -> None:
    r = read("The talks were held on Friday, Assistant to the Mongolian President, Head of the Foreign Policy "
             "Department Bat Erdene said.\n\nWe regret that the resolution was ignored.")
    assert (r.author_states, r.rules["author_states"]) == (["MNG"], "own-organ")


def test_an_official_of_a_state_spoken_of_is_not_the_author() -> None:
    r = read("Sweden regrets the remarks made by the Mongolian President at the Council on Friday.")
    assert r.author_states == ["SWE"]


def test_an_organ_then_its_demonym_in_french_and_spanish() -> None:
    fr = read("Le Ministère chilien des Affaires étrangères salue l'adoption de la résolution 2139 du Conseil de sécurité.")
    es = read("En Ginebra, el Canciller chileno condenó la ofensiva militar y exigió el cese inmediato del fuego y de "
              "todas las hostilidades, con apego a la Carta de las Naciones Unidas.")
    assert (fr.author_states, es.author_states) == (["CHL"], ["CHL"])


def test_the_governments_of_several_states_are_all_authors() -> None:
    r = read("The Governments of Ghana, Kenya and Senegal express their deep concern at the decision to build "
             "new settlements.")
    assert (r.author_states, r.rules["author_states"]) == (["GHA", "KEN", "SEN"], "joint-authors")


def test_a_state_s_own_concerns_reiterated_by_its_minister() -> None:
    r = read("The Foreign Minister addressed a letter to the President of the Council and reiterated Nepal's "
             "concerns over the situation at the border with India.")
    assert r.author_states == ["NPL"]


def test_a_state_after_an_introductory_phrase_is_the_subject() -> None:
    r = read("Minister Jones issued the following statement.\n\nWhen the resolution was put to the vote, Canada "
             "abstained. We welcome the sanctions it imposes.")
    assert r.author_states == ["CAN"]


def test_a_state_s_stance_in_a_heading_names_the_author() -> None:
    r = read("Chad's Stance on Security Council Resolution 1907\n\nThe sanctions are not based on facts.")
    assert (r.author_states, r.rules["author_states"]) == (["TCD"], "possessive-heading")


def test_a_letter_whose_title_lost_the_state_is_by_the_state_its_signatory_represents() -> None:
    r = read("Letter dated 26 June 2006 from the Permanent Representative of to the United Nations addressed to the "
             "Secretary-General\n\nI have the honour to attach the aide-memoire.\n\n" + "The aide-memoire sets out the "
             "observations of the authorities on the issues raised.\n" * 40 + "\n(Signed) Ivan Petrov\nAmbassador\n"
             "Permanent Representative of Mongolia to the United Nations")
    assert (r.author_states, r.rules["author_states"]) == (["MNG"], "signatory-post")


def test_a_statement_on_behalf_of_a_group_of_countries_in_parentheses() -> None:
    r = read("Joint statement\n\nI have the honour to deliver this statement on behalf of a group of countries (Belarus, "
             "China, Eritrea and Nicaragua).\nWe recall resolution 60/251.")
    assert r.author_states == ["BLR", "CHN", "ERI", "NIC"]


def test_delivered_on_a_date_dates_the_statement() -> None:
    r = read("Delivered on 8 March 2017\n\nDelivered by Ms Ann Lee, First Secretary\n\nMr President,\n\nGhana thanks you.")
    assert r.dated == "2017-03-08"


def test_a_symbol_cited_in_the_first_lines_is_not_the_document_s() -> None:
    r = read("Latest news\n\nWrap-up session of the Security Council held under the note S/2010/507 Communiqués\n\n"
             "Monsieur le Président,")
    assert r.symbol is None


def test_a_mixed_commission_s_first_session_is_no_session_of_the_commission_on_human_rights() -> None:
    r = read("Le Gouvernement malgache rappelle le communiqué issu de la première session de la commission mixte du "
             "18 novembre 2019 et la résolution 34/91 de l'Assemblée générale.")
    assert r.session is None


def test_the_author_supports_the_resolution_it_introduced() -> None:
    r = read("Delivered by Ms Ann Lee, First Secretary\n\nMr President,\n\nGhana introduced the resolution 7/23 in 2008 "
             "which requested a study.")
    assert [(p["target"]["number"], p["stance"], p["rule"]) for p in r.positions] == [("7/23", "supports", "own-sponsorship")]


def test_an_official_s_post_after_his_name_names_his_state() -> None:
    r = read("The call was made by Minister Counsellor Tran Van An, Deputy Permanent Representative of Mongolia to "
             "the UN, at the open debate of the Council.")
    assert r.author_states == ["MNG"]


def test_a_demonym_inside_a_ministry_s_name() -> None:
    r = read("Le ministre des Affaires étrangères, de la Migration et des Béninois à l'étranger a salué l'adoption de "
             "la résolution 2532 du Conseil de sécurité, qui appelle à une cessation des hostilités.")
    assert r.author_states == ["BEN"]


def test_a_parliament_named_with_its_demonym() -> None:
    r = read("Communiqué du parlement malgache sur les îles Éparses\n\nLe Parlement rappelle la résolution 34/91 de "
             "l'Assemblée générale et demande au Gouvernement français de la respecter.")
    assert r.author_states == ["MDG"]


@pytest.mark.parametrize("top, iso3", [
    ("DUSHANBE, 17.01.2017. /NIAT/. The meeting took place in Minsk, the Information Department reports.", "TJK"),
    ("Doha / Information Office / September 09\n\nThe Minister said education has priority.", "QAT"),
    ("Oct 15, 2006 (KHARTOUM) — The cabinet decided to continue its campaign.", "SDN"),
])
def test_a_dateline_in_a_seat_of_government_names_the_state_when_nothing_else_does(top: str, iso3: str) -> None:
    r = read(top)
    assert (r.author_states, r.rules["author_states"]) == ([iso3], "dateline-capital")


def test_a_un_seat_dateline_or_another_sign_wins_over_the_capital() -> None:
    assert read("GENEVA, 5 March 2019 - The Council adopted a resolution on Yemen.").author_states == []
    assert read("PARIS, 5 March 2019 - Ghana welcomes the adoption of the resolution.").author_states == ["GHA"]


def test_governments_spoken_of_in_a_quotation_are_not_joint_authors() -> None:
    r = read("Somali government opposes the resolutions\n\nThe minister said: \u201cThe governments of Kenya and "
             "Djibouti have put a lot of effort into the decisions of the conference.\u201d")
    assert r.author_states == ["SOM"]


def test_a_page_date_stamp_is_no_part_of_the_first_sentence() -> None:
    r = read("date 2025-09-17 The Minister of Foreign Affairs of Chile presented the report on resolution 79/7.")
    assert r.author_states == ["CHL"]


@pytest.mark.parametrize("text", [
    "Joint statement by the Foreign Ministers of France,\nGermany and the UK on the snapback.\nThe three countries "
    "recall their commitments.",
    "Statement on the snapback\n\nWe, the Foreign Ministers of France, Germany and the United Kingdom (the E3), "
    "continue to share the objective.",
])
def test_a_joint_statement_names_every_state_of_its_heading_or_its_we(text: str) -> None:
    assert read(text).author_states == ["FRA", "DEU", "GBR"]


@pytest.mark.parametrize("heading", ["Nota de prensa", "Note de presse", "Note to correspondents"])
def test_a_press_release_heading_is_not_a_report_title(heading: str) -> None:
    record = read(f"{heading}\n\nEl Gobierno de España celebra la aprobación de la resolución 2285 (2016) del Consejo.")
    assert (record.genre, record.doc_type) != ("report", "report")


def test_a_date_on_its_own_line_below_a_web_page_s_menus() -> None:
    menus = "Consulates\nOsaka\nNagoya\n" * 30
    r = read(f"{menus}\nStatement by Ambassador John D. Negroponte, U.S. Representative to the United Nations\n"
             "April 3, 2002 __\n\nMr. President, today the Council meets.\n")
    assert r.dated == "2002-04-03"


def test_a_long_heading_citing_a_report_s_symbol_is_not_the_text_s_symbol() -> None:
    r = read("Agenda Item 2 General Debate: Presentation of the written update of the High Commissioner pursuant to "
             "HRC resolution 40/1, OHCHR Report on 'Promoting reconciliation, accountability and human rights in "
             "Sri Lanka' (A/HRC/43/19)\n27 February 2020\nStatement by the Minister of Foreign Relations of Sri Lanka\n")
    assert r.symbol is None and "A/HRC/43/19" in r.documents_cited


def test_the_government_speaking_after_an_opening_phrase_with_commas() -> None:
    r = read("Despite the abstention of two countries, Russia and China, from Resolution 2593, the Government of India "
             "said it was a matter of satisfaction that the resolution addressed its concerns.\n")
    assert r.author_states == ["IND"]


def test_a_letter_from_its_writer_to_its_addressee_in_spanish() -> None:
    r = read("Carta del Presidente de la República de Azerbaiyán, Heydar Aliyev, al Presidente de la República "
             "Francesa, Su Excelencia Señor Jacques Chirac - 20 de abril de 1999\n\n¡Estimado señor Presidente, querido "
             "amigo!\n\nQuiero expresar mi profunda preocupación por la falta de progreso en el arreglo del conflicto.\n")
    assert (r.doc_type, r.author_states, r.addressee, r.dated) == ("letter", ["AZE"], "FRA", "1999-04-20")


def test_the_text_of_a_letter_from_a_minister_above_its_address_block() -> None:
    r = read("Text of the letter from H.E. Mr. Tariq Aziz, Deputy Prime Minister of the Republic of Iraq\n"
             "to H.E. Mr. Kofi Annan, Secretary-General of the United Nations, on November 14, 1998\n\n"
             "   H.E. Mr. Kofi A. Annan\n   The Secretary General of The United Nations\n   New York\n\n"
             "   Excellency,\n\n   Your letter dated 13/11/98 addressed to President Saddam Hussein was presented.\n")
    assert (r.doc_type, r.author_states, r.addressee, r.dated) == ("letter", ["IRQ"], "SG", "1998-11-14")
    assert r.signatories == []  # the name above "Excellency," is the addressee's


def test_a_dated_title_ends_where_the_letter_begins() -> None:
    r = read("Nations Unies S/2017/5\nDistr. générale\n4 janvier 2017\nOriginal : anglais\n"
             "Lettre datée du 14 décembre 2016, adressée au Président du Conseil de sécurité par le Représentant "
             "permanent de la Turquie auprès de l'Organisation des Nations Unies\nJ'ai l'honneur de vous écrire au sujet "
             "des lettres envoyées par le représentant du régime syrien.\n")
    assert (r.doc_type, r.author_states, r.addressee) == ("letter", ["TUR"], "SC")


def test_a_statement_by_a_core_group_is_by_its_members() -> None:
    r = read("Joint Statement by the Sri Lanka Core Group\nUN Human Rights Council - 54th Session\n\nThank you, Mr President.\n"
             "This statement is by the Sri Lanka Core Group comprising Canada, North Macedonia, Malawi, Montenegro, the "
             "United Kingdom and the United States.\nWe encourage Sri Lanka to turn these commitments into action.\n")
    assert sorted(r.author_states) == ["CAN", "GBR", "MKD", "MNE", "MWI", "USA"]


def test_a_state_s_government_forces_spoken_of_between_others_are_not_its_organ() -> None:
    r = read("Australia on the United Nations Security Council\nThe plane was brought down in eastern Ukraine - the scene "
             "of heavy fighting between Ukrainian government forces and separatists. Australia pushed for a response.\n")
    assert "UKR" not in r.author_states


def test_a_statement_on_behalf_of_a_group_described_then_listed() -> None:
    r = read("Joint Statement with Norway at UNSC Briefing on Syria\n\nThank you, President,\nI make this statement on "
             "behalf of the co-penholders of the Syrian humanitarian file, Ireland and Norway. We thank the briefers.\n")
    assert r.author_states == ["IRL", "NOR"]


def test_a_statement_on_behalf_of_a_group_s_members_namely_then_listed() -> None:
    r = read("Explanation of vote on the draft resolution\n\nMr. President\n\nI have the honour to deliver this statement "
             "on behalf of the A3+ members, namely, Guyana, Mozambique, Sierra Leone and my own country, Algeria.\n")
    assert r.author_states == ["GUY", "MOZ", "SLE", "DZA"]


@pytest.mark.parametrize("text, expected", [
    ("I am honoured to deliver this statement on behalf of the Group of Friends of Action on Conflict and Hunger: "
     "Ecuador, Estonia, Niger and Norway, this year co-chaired by Ireland and Ecuador.\n", ["ECU", "EST", "NER", "NOR"]),
    ("Tengo el honor de hablar en nombre del Grupo de Amigos de la Rendición de Cuentas: Chile, Perú y Suiza.\n",
     ["CHL", "PER", "CHE"]),
])
def test_a_statement_on_behalf_of_a_named_group_whose_members_follow(text: str, expected: list[str]) -> None:
    assert read(text).author_states == expected


@pytest.mark.parametrize("text, expected", [
    ("Speech by Libyan Foreign Minister Omar Al-Muntasser\nin the Security Council debate on 20 March 1998\n\n"
     "Mr. President,\n\nThe Security Council has on its agenda letters dated 20 and 23 December 1991 from the "
     "United States and the United Kingdom.\n", ["LBY"]),
    ("Discurso del Canciller de Chile ante el Consejo de Seguridad\n\nSeñor Presidente:\n\nChile agradece.\n", ["CHL"]),
])
def test_a_speech_is_a_statement_not_the_letters_it_speaks_of(text: str, expected: list[str]) -> None:
    r = read(text)
    assert (r.doc_type, r.author_states) == ("other", expected)


def test_states_listed_as_the_subject_of_a_speaking_verb_are_a_joint_text_s_authors() -> None:
    r = read("E3 Foreign Ministers' Statement on the JCPoA\n\nOn 20 August, the US sent a letter to the Council.\n\n"
             "France, Germany and the United Kingdom (\u201cthe E3\u201d) note that the US ceased to be a participant.\n")
    assert r.author_states == ["FRA", "DEU", "GBR"]


def test_a_state_together_with_others_as_the_subject_of_a_speaking_verb_are_the_authors() -> None:
    r = read("Appeal of 13 June 2016\nTo put Human Rights at the Heart of Conflict Prevention\n"
             "1. As we mark the 10th anniversary of the Human Rights Council, Switzerland\ntogether with Afghanistan, "
             "Albania, Andorra and Uruguay welcome the significant achievements of the Council.\n")
    assert r.author_states == ["CHE", "AFG", "ALB", "AND", "URY"]


def test_a_single_state_speaking_outweighs_states_listed_in_a_narrative() -> None:
    r = read("Brazil Slams Sanctions Resolution\n\nThe following is the statement by Brazil, read to the council "
             "yesterday. Turkey and Brazil voted against and Lebanon abstained.\n\nBrazil has voted against the draft.\n")
    assert r.author_states == ["BRA"]


def test_an_ambassador_named_with_his_state_s_demonym_speaks_for_it() -> None:
    r = read("EE.UU. – En su intervención en la sesión del Consejo de Seguridad sobre Haití, el embajador dominicano "
             "ante la ONU, José Blanco Conde, expresó la gratitud de su país por la aprobación de la Resolución 2699 (2023).\n")
    assert r.author_states == ["DOM"]


def test_an_organ_spoken_of_in_a_title_is_no_letterhead_but_one_on_the_line_below_is() -> None:
    r = read("Comunicado de prensa\nMinistro de Asuntos Exteriores y Expatriados\n25 de diciembre de 2017\n"
             "El traslado de la embajada de Guatemala a Jerusalén es un acto fuera de ley\nEl Estado de Palestina "
             "condena el anuncio del presidente de Guatemala.\n")
    assert r.author_states == ["PSE"]
    r = read("Press and Information Department\nof the Ministry of Foreign Affairs\nof the Republic of Armenia\n"
             "Overwhelming Majority Do Not Support Azerbaijan's Position\nOn Friday the Assembly voted.\n")
    assert r.author_states == ["ARM"]


def test_a_declaration_dated_at_its_capital_at_the_end_of_its_title() -> None:
    r = read("Déclaration de M. Laurent Fabius, ministre des affaires étrangères, sur la résolution du Conseil de "
             "sécurité des Nations unies portant sur la situation en République centrafricaine, à Paris le 5 décembre "
             "2013.\n\nJe souhaiterais faire un dernier commentaire sur la situation.\n")
    assert (r.author_states, r.dated) == (["FRA"], "2013-12-05")


def test_a_resolution_adopted_by_named_in_a_sentence_is_not_an_adopted_text() -> None:
    r = read("La Cancillería informó que la Asamblea General adoptó la resolución presentada por la Argentina.\n"
             "La resolución aprobada por el máximo órgano representativo de Naciones Unidas consagra el Derecho a la "
             "Verdad.\n")
    assert r.doc_type == "other"
    assert read("Resolución aprobada por el Consejo de Derechos Humanos\n19/2. Promoción\nEl Consejo de Derechos "
                "Humanos,\nRecordando ...\n").doc_type == "resolution"


def test_a_statement_on_behalf_of_a_group_listed_after_a_dash_with_my_own_country() -> None:
    r = read("Statement delivered by H.E. Nicola Clase, Permanent Representative of Sweden to the UN, on behalf of the "
             "Nordic countries at the UN Security Council\nMadam President,\nI am honoured to deliver this statement on "
             "behalf of the Nordic countries — Denmark, Finland, Iceland, Norway, and my own country, Sweden.\n")
    assert sorted(r.author_states) == ["DNK", "FIN", "ISL", "NOR", "SWE"]


def test_a_state_subscribing_to_a_statement_delivered_by_another_speaks_for_itself() -> None:
    r = read("Monsieur le Président,\\nLa Suisse souscrit pleinement à la déclaration prononcée par le représentant "
             "permanent du Brésil, notre co-porte-plume, au nom de nos deux pays sur le dossier humanitaire. La Suisse "
             "soutient les efforts de l'Envoyé spécial. La Suisse salue le travail de la Syrie.\\n")
    assert r.author_states == ["CHE"]


def test_a_statement_named_in_a_page_title_yields_to_the_letter_below_it():
    page = ("Attack on a mosque – Statement by FM of Qatar – Letter from Qatar\n\n"
            "Letter dated 10 October 1990 from the Permanent Representative of\n\n"
            "Qatar to the United Nations addressed to the Secretary-General\n\n"
            "I have the honour to transmit herewith the text of a statement (see annex).\n")
    r = read(page)
    assert (r.doc_type, r.dated, r.author_states, r.addressee) == ("letter", "1990-10-10", ["QAT"], "SG")


def test_a_statement_heading_on_its_own_line_keeps_its_place_above_a_quoted_letter_title():
    text = ("Statement by the Ministry of Foreign Affairs of Qatar\n\n"
            "Letter dated 10 October 1990 from the Permanent Representative of Israel addressed to the Secretary-General\n"
            "was circulated today; Qatar rejects its claims.\n")
    assert read(text).doc_type == "other"


def test_a_report_after_an_article_and_an_adjective_is_a_mention() -> None:
    r = read("PERMANENT MISSION OF GEORGIA TO THE UNITED NATIONS 22 May 2009 Excellency, I have the honor to transmit "
             "a letter on the recent Report on the situation in Abkhazia, Georgia. Sincerely, Alexander Lomaia "
             "Permanent Representative")
    assert r.doc_type != "report"


@pytest.mark.parametrize("text", [
    "Remarques au nom du Canada, de l’Australie et de la Nouvelle-Zélande à l’Assemblée générale\n\nMerci.\n",
    "Veto initiative\n\nJe prononce cette déclaration au nom de l’Australie, de la Nouvelle-Zélande et de mon propre pays, "
    "le Canada.\n",
    "Observaciones en nombre de Chile, de Colombia y de México ante la Asamblea General\n\nGracias.\n",
])
def test_a_list_repeating_its_preposition_names_every_state_spoken_for(text: str) -> None:
    assert sorted(read(text).author_states) in (["AUS", "CAN", "NZL"], ["CHL", "COL", "MEX"])


def test_a_dateline_under_a_statement_heading_dates_it_not_the_page_date_above() -> None:
    text = ("Daily news\n\nFebruary 23, 2020\n\nStatement by Ambassador H.E. Mr. Htin Lynn, Permanent Representative of "
            "Myanmar at the Human Rights Council\n\nConsideration of draft L.1\nGeneva, 5 December 2017\n\nMr. President,\n")
    r = read(text)
    assert (r.dated, r.rules["dated"]) == ("2017-12-05", "heading-dateline")
    assert read(text.replace("Geneva, 5 December 2017\n", "")).dated == "2020-02-23"


LETTER_BODY = ("Monsieur le Président,\nBeaucoup de temps s'est écoulé depuis l'adoption des résolutions 822 et 853.\n"
               "Je vous prie de convoquer le Conseil.\n")


def test_a_salutation_opening_a_text_that_closes_with_a_signature_is_a_letter() -> None:
    r = read(LETTER_BODY + "Heydar Aliyev\nPrésident par intérim de la République d'Azerbaïdjan\n")
    assert (r.doc_type, r.author_states) == ("letter", ["AZE"])
    assert r.signatories[0]["name"] == "Heydar Aliyev" and r.signatories[0]["rule"] == "closing-block"


@pytest.mark.parametrize("closing", [
    "Veuillez agréer, Monsieur le Président, l'assurance de ma très haute considération.\n",
    "Please accept, Sir, the assurances of my highest consideration.\n",
])
def test_a_salutation_opening_a_text_that_closes_with_a_letters_words_is_a_letter(closing: str) -> None:
    assert read(LETTER_BODY + closing).doc_type == "letter"


def test_a_speech_opening_with_a_salutation_is_not_a_letter() -> None:
    assert read(LETTER_BODY + "Je vous remercie.\n").doc_type != "letter"
    long_head = "A heading that runs on as a sentence would, far longer than any line of a letter's head. " * 2 + "\n"
    assert read(long_head + LETTER_BODY + "Heydar Aliyev\nPrésident de la République\n").doc_type != "letter"


@pytest.mark.parametrize("text", [
    "Nine countries sent a joint letter to the Secretary-General.\nThe letter was signed by the Permanent "
    "Representatives of Belize, Eswatini, Guatemala and Tuvalu.\n",
    "Nueve países enviaron una carta conjunta.\nEl documento fue firmado por los representantes permanentes de Belice, "
    "Esuatini, Guatemala y Tuvalu.\n",
    "Neuf pays ont adressé une lettre commune.\nLa lettre est signée par les représentants permanents du Belize, "
    "de l'Eswatini, du Guatemala et des Tuvalu.\n",
])
def test_a_letter_signed_by_the_representatives_of_several_states_is_theirs(text: str) -> None:
    assert read(text).author_states == ["BLZ", "SWZ", "GTM", "TUV"]


def test_representatives_of_states_named_in_a_narrative_are_not_authors() -> None:
    text = "The Council heard the Permanent Representatives of Belize and Guatemala on the dispute.\n"
    assert read(text).author_states != ["BLZ", "GTM"]


def test_an_agenda_items_title_in_capitals_over_several_lines_is_not_a_report_title() -> None:
    text = ("United Nations E/CN.4/Sub.2/1998/42\nDistr. GENERAL\n28 August 1998\n\nSub-Commission\nFiftieth session\n"
            "Agenda item 2\n\nQUESTION OF THE VIOLATION OF HUMAN RIGHTS IN ALL COUNTRIES\n\nWITH PARTICULAR REFERENCE TO "
            "COLONIAL COUNTRIES: REPORT OF THE SUB-COMMISSION\nUNDER COMMISSION ON HUMAN RIGHTS RESOLUTION 8 (XXIII)\n\n"
            "Letter dated 24 August 1998 from the Permanent Representative of Cuba addressed to the Chairman of the "
            "Sub-Commission\n\nI have the honour ...\n")
    r = read(text)
    assert (r.doc_type, r.author_states, r.dated) == ("letter", ["CUB"], "1998-08-24")
    assert {"body": "CHR", "number": "8 (XXIII)"} in [dict(x) for x in r.resolutions]


def test_a_state_named_with_its_abbreviation_and_a_quoted_verb_speaks() -> None:
    text = ("The Democratic People's Republic of Korea (DPRK) \"totally rejected\" Security Council resolution 1887, "
            "the news agency reported.")
    assert read(text).author_states == ["PRK"]


def test_a_statement_the_author_supports_is_anothers() -> None:
    text = ("Press Release\n\nTürkiye fully supports the statement made by the Ministry of Foreign Affairs of Cyprus on "
            "the resolution.\n")
    assert read(text).author_states != ["CYP"]


def test_a_spanish_speech_with_the_post_before_the_name_and_its_session_and_item() -> None:
    text = ("Intervención del Representante Permanente de Cuba, Embajador Pedro L. Pedroso Cuesta, en el Debate General "
            "del Tema 2. 38º período ordinario de sesiones del Consejo de Derechos Humanos.\nGinebra, 19 de junio de 2018.\n"
            "Señor Presidente:\nAgradecemos al Alto Comisionado.\n")
    r = read(text)
    assert (r.session, r.agenda_items, r.addressee, r.author_states) == ({"body": "HRC", "number": 38}, ["2"], "HRC", ["CUB"])
    assert r.signatories[0]["name"] == "Pedro L. Pedroso Cuesta"
    assert r.signatories[0]["titles"] == ["Representante Permanente de Cuba", "Embajador"]


def test_a_report_title_under_a_subtitle_line_is_still_the_title() -> None:
    text = ("E/CN.4/1985/5\n30 January 1985\n\nCOMMISSION ON HUMAN RIGHTS\nItem 19 of the provisional agenda\n\n"
            "ADVISORY SERVICES IN THE FIELD OF HUMAN RIGHTS\n\n              The right to food\n\n"
            "              Report of the Secretary-General\n\n     The present report is submitted.\n")
    assert (read(text).doc_type, read(text).author_body) == ("report", "SG")


@pytest.mark.parametrize("text", [
    "Letter sent to the Secretary-General\n\nThe letter said:\nI have the honour to draw your attention to the "
    "situation of the occupied Syrian Golan.",
    "On urgent instructions from my Government, I draw your attention to the statements made on 21 March.",
    "Le Myanmar s'inquiète, par Hau Do Suan\n\nJ'ai l'honneur d'appeler votre attention sur une question.",
    "Tengo el honor de dirigirme a usted en relación con la agresión.",
])
def test_a_letter_with_no_title_is_known_by_its_first_words(text: str) -> None:
    r = read(text)
    assert (r.doc_type, r.rules.get("doc_type")) == ("letter", "letter-opening")


@pytest.mark.parametrize("text", [
    "Mr. President,\nI have the honour to inform the Council that my delegation will vote against the draft.",
    "The Ministry said it had the honour to inform the Secretary-General of its position.",
])
def test_a_speech_or_a_report_of_the_words_is_not_a_letter(text: str) -> None:
    assert read(text).doc_type != "letter"


@pytest.mark.parametrize("text, author", [
    ("El Presidente presidió el debate programado por España en el Consejo de Seguridad, en el que nuestro país "
     "ejerce la presidencia de turno.", ["ESP"]),
    ("Je suis convaincu que l'avenir de mon pays, l'Union des Comores, dépend de la paix. La France le sait.",
     ["COM"]),
])
def test_the_state_a_text_calls_our_country_is_its_author(text: str, author: list[str]) -> None:
    r = read(text)
    assert (r.author_states, r.rules.get("author_states")) == (author, "our-country")


@pytest.mark.parametrize("text, author", [
    ("Suite à l'adoption de la résolution 1754, le porte-parole du ministère a rendu publique une déclaration dans "
     "laquelle l'Algérie annonce avoir accueilli avec satisfaction l'adoption de la résolution.", ["DZA"]),
    ("The ministry issued a statement in which Ghana announces its support for the resolution.", ["GHA"]),
])
def test_a_state_speaking_in_a_statement_in_which_it_announces(text: str, author: list[str]) -> None:
    assert read(text).author_states == author


def test_a_state_as_the_first_sentences_subject_then_speaking_as_we_is_the_author() -> None:
    text = ("Australia concludes its two year term on the Security Council today.\n\nOur record as a non-permanent "
            "member included taking the lead on several resolutions. We endeavoured to make a difference.")
    r = read(text)
    assert (r.author_states, r.rules.get("author_states")) == (["AUS"], "lead-subject-we")


def test_a_news_lead_about_a_state_quoting_its_we_is_not_enough() -> None:
    text = ("Australia concludes its term on the Council today. “We endeavoured to make a difference,” the "
            "minister said.")
    assert read(text).rules.get("author_states") != "lead-subject-we"


@pytest.mark.parametrize("text, author", [
    ("ISLAMABAD: Pakistan on Friday welcomed the adoption of the resolution by the Human Rights Council.", ["PAK"]),
    ("Romania today hailed the adoption of the General Assembly resolution on Moldova.", ["ROU"]),
    ("Buenos Aires. La Argentina hoy rechazó el proyecto de resolución presentado en el Consejo de Derechos Humanos, "
     "que considera contrario a la soberanía de los Estados.", ["ARG"]),
])
def test_a_state_speaking_with_a_time_phrase_before_its_verb(text: str, author: list[str]) -> None:
    r = read(text)
    assert (r.author_states, r.rules.get("author_states")) == (author, "speaking-subject")


@pytest.mark.parametrize("text, author", [
    ("The Romanian Foreign Affairs Ministry hails the adoption of the resolution.", ["ROU"]),
    ("The Irish Department of Foreign Affairs welcomed the resolution adopted today.", ["IRL"]),
    ("The U.S. State Department welcomed the resolution adopted today.", ["USA"]),
])
def test_a_foreign_ministry_under_its_other_names_is_the_state_s_own_organ(text: str, author: list[str]) -> None:
    r = read(text)
    assert (r.author_states, r.rules.get("author_states")) == (author, "own-organ")


def test_a_letter_flattened_onto_one_line_is_known_by_its_date_then_excellency() -> None:
    r = read("20 July 2009 Excellency, Following my letter dated 16 July 2009, I wish to draw your attention to "
             "two additional violations of resolution 1701.")
    assert (r.doc_type, r.rules.get("doc_type"), r.dated) == ("letter", "salutation-letter", "2009-07-20")


def test_excellencies_in_a_speech_after_a_date_is_not_a_letter() -> None:
    r = read("15 June 2010 Excellencies, ladies and gentlemen, it is an honour to address the Council today.")
    assert r.doc_type != "letter"


def test_a_dated_word_to_the_chair_in_a_text_that_closes_as_a_letter_is_a_letter() -> None:
    r = read("12 May 2014\n\nMr. President,\n\nI have the honour to refer to the draft resolution on Western Sahara. "
             "I should be grateful if you would bring this letter to the attention of the members of the Council.\n\n"
             "Accept, Mr. President, the assurances of my highest consideration.")
    assert r.doc_type == "letter"


def test_a_dated_letter_under_a_un_masthead_outranks_a_page_heading_above_the_masthead() -> None:
    r = read("Déclaration du sommet pour la paix\n\nNations Unies\nConseil de sécurité\n\nS/2007/135\n\nDistr. générale\n"
             "12 mars 2007\n\nLettre datée du 7 mars 2007, adressée au Président du Conseil de sécurité par le Chargé "
             "d'affaires par intérim de la Mission permanente de la Libye auprès de l'Organisation des Nations Unies\n\n"
             "J'ai l'honneur de vous faire tenir ci-joint la déclaration du sommet.")
    assert (r.genre, r.doc_type, r.dated, r.addressee, r.author_states) == ("letter", "letter", "2007-03-07", "SC", ["LBY"])


def test_a_statement_heading_with_no_masthead_between_it_and_a_quoted_letter_stays_a_statement() -> None:
    r = read("Statement by the Ministry of Foreign Affairs of Ghana\n\nGhana welcomes the exchange of letters.\n\n"
             "Letter dated 7 March 2007 from the Permanent Representative of Ghana addressed to the President of the "
             "Security Council\n\nI have the honour to transmit the statement.")
    assert r.genre == "statement"


@pytest.mark.parametrize("text, addressee, author", [
    ("Carta del Presidente Díaz-Canel al Secretario General de las Naciones Unidas\n\nLa Habana, 24 de octubre de 2020\n\n"
     "Excelencia:\n\nTras 75 años de su fundación, el papel de las Naciones Unidas es cada vez más relevante en Cuba.",
     "SG", None),
    ("Lettre du Premier ministre du Mali au Secrétaire général de l'Organisation des Nations Unies\n\nMonsieur le "
     "Secrétaire général,\n\nJ'ai l'honneur de vous écrire.", "SG", None),
])
def test_a_from_title_in_french_or_spanish_names_its_addressee_after_a_contracted_to(text: str, addressee: str,
                                                                                   author: str | None) -> None:
    r = read(text)
    assert (r.doc_type, r.addressee, r.author_body) == ("letter", addressee, author)


def test_a_letter_named_in_the_first_sentence_of_another_is_not_its_title() -> None:
    r = read("14 June 2023\nExcellency,\nI am writing to you regarding the joint letter dated 12 June 2023 from the "
             "Permanent Representatives of France, Germany and the United Kingdom to the United Nations addressed to "
             "the Secretary-General (S/2023/428). The Islamic Republic of Iran rejects this unfounded claim.")
    assert (r.dated, r.rules.get("doc_type")) == ("2023-06-14", "salutation-letter")
    assert "FRA" not in r.author_states


def test_a_spanish_letter_title_by_the_representatives_of_several_missions_names_them_all() -> None:
    r = read("Carta de fecha 12 de agosto de 2005 dirigida al Secretario General\npor los representantes de las misiones "
             "de Australia, el Canadá, los Estados Unidos de América, la Federación de Rusia e Israel ante\nlas Naciones "
             "Unidas\nSiguiendo instrucciones de nuestros respectivos Gobiernos, tenemos el honor de solicitar un tema.")
    assert (r.addressee, r.author_states) == ("SG", ["AUS", "CAN", "USA", "RUS", "ISR"])


@pytest.mark.parametrize("text, author", [
    ("NOTA DE PRENSA 174\n\n19 de diciembre de 2019\n\nEspaña se felicita por la adopción, por consenso, de la "
     "resolución de la Asamblea General sobre los derechos humanos al agua potable y al saneamiento.", ["ESP"]),
    ("Communiqué\n\nLe Sénégal accueille avec satisfaction l'adoption de la résolution par le Conseil de sécurité.",
     ["SEN"]),
    ("Press release\n\nGhana commends the adoption of the resolution by the Human Rights Council today.", ["GHA"]),
])
def test_a_state_congratulating_itself_or_commending_is_the_speaking_subject(text: str, author: list[str]) -> None:
    assert read(text).author_states == author


@pytest.mark.parametrize("text, author", [
    ("La ministra se reunió con el secretario general.\n\nA continuación, carta suscrita por el Presidente de la "
     "República de Colombia:\n\nTengo el honor de dirigirme a Usted en relación con el Acuerdo con el Perú.", ["COL"]),
    ("The minister met the Secretary-General and handed him a letter signed by the President of Ghana, asking for "
     "the good offices of the Organization.", ["GHA"]),
])
def test_the_writer_of_the_letter_a_text_carries_is_its_author(text: str, author: list[str]) -> None:
    assert read(text).author_states == author


def test_a_letter_known_by_its_first_words_takes_its_date_from_the_place_and_date_line_above() -> None:
    r = read("News of the day, 11 July 2015\n\nThe minister handed over the following letter.\n\nCaracas, 9 July 2015\n\n"
             "I have the honour to draw your attention to the Geneva Agreement of 17 February 1966.")
    assert (r.doc_type, r.rules.get("doc_type"), r.dated, r.rules.get("dated")) == (
        "letter", "letter-opening", "2015-07-09", "letter-dateline")


@pytest.mark.parametrize("text, dated", [
    ("Communiqué du ministère des affaires étrangères, en date du 2 décembre 2011, sur la résolution sur la Syrie.\n\n"
     "La France salue l'adoption de la résolution.", "2011-12-02"),
    ("Statement of the Ministry of Foreign Affairs, dated 5 May 2019, on the resolution on Yemen.\n\nGhana welcomes "
     "the resolution.", "2019-05-05"),
])
def test_a_statement_heading_that_dates_itself(text: str, dated: str) -> None:
    assert read(text).dated == dated


def test_a_date_after_dated_in_a_sentence_of_narrative_is_not_the_text_s() -> None:
    assert read("Ghana welcomes the report dated 5 May 2019 of the Secretary-General on Yemen.").dated is None


@pytest.mark.parametrize("text", [
    "Ghana welcomes the letter dated 5 May 2019 from the Secretary-General on the situation in Yemen.",
    "Le Gouvernement a pris note de la lettre datée du 5 mai 2019 adressée au Président du Conseil de sécurité.",
])
def test_a_letter_named_after_a_determiner_in_a_sentence_is_a_mention_not_the_title(text: str) -> None:
    assert read(text).doc_type != "letter"


@pytest.mark.parametrize("place_date, dated", [
    ("Managua, 7 de diciembre de 2023", "2023-12-07"),
    ("New York, le 7 avril 2022", "2022-04-07"),
    ("Geneva, 28 April 2009", "2009-04-28"),
])
def test_a_place_and_date_line_below_the_top_dates_a_statement(place_date: str, dated: str) -> None:
    opening = "Ghana welcomes the adoption of the resolution by the Council. " * 8  # past the text's top
    r = read(f"{opening}\n\n{place_date}\n\nThe Government reiterates its support for the resolution.")
    assert (r.dated, r.rules.get("dated")) == (dated, "date-line")


def test_the_masthead_title_under_a_pages_title_is_the_letters() -> None:
    r = read("Letter dated 7 June 2004 from the Permanent Representative of Cyprus to the United Nations addressed to "
             "the Secretary General (A/58/859–S/2004/598)\n\nUnited Nations\n\nA/58/859–S/2004/598\n\nDistr.: General\n\n"
             "27 July 2004\n\nOriginal: English\n\nLetter dated 26 July 2004 from the Permanent Representative of Cyprus "
             "to the United Nations addressed to the Secretary-General\n\nUpon instructions from my Government, I wish to")
    assert (r.dated, r.symbol, r.author_states, r.addressee) == ("2004-07-26", "A/58/859", ["CYP"], "SG")


def test_a_page_title_naming_an_ambassador_yields_to_the_flattened_masthead() -> None:
    r = read("8/20/2019 Letter dated 24 February 2016 from Ambassador Girma Asmerom to the President of the UN Security "
             "Council http://example.org/letter 1/4 United Nations S/2016/184 Security Council Distr.: General 26 February "
             "2016 Original: English Letter dated 24 February 2016 from the Permanent Representative of Eritrea to the "
             "United Nations addressed to the President of the Security Council With reference to the meeting of the "
             "Security Council held on 18 February 2016, I wish to register Eritrea's deep concern.")
    assert (r.author_states, r.addressee, r.author_body) == (["ERI"], "SC", None)


def test_a_report_title_as_the_agenda_items_title_in_a_flattened_masthead() -> None:
    r = read("United Nations A/65/520 Distr.: General 19 October 2010 Original: Arabic General Assembly Sixty-fifth "
             "session Agenda items 36, 52 and 60 The situation in the Middle East Report of the Special Committee to "
             "Investigate Israeli Practices Letter dated 15 October 2010 from the Permanent Representative of the Syrian "
             "Arab Republic to the United Nations addressed to the Secretary-General and the President of the General "
             "Assembly Israel continues to occupy the Syrian Golan.")
    assert (r.doc_type, r.dated, r.author_states, r.addressee) == ("letter", "2010-10-15", ["SYR"], "SG")


@pytest.mark.parametrize("lang, opening", [
    ("fr", "D'ordre de mon gouvernement, je tiens à vous faire part de la réunion du Conseil des ministres israélien."),
    ("en", "Upon instructions from my Government, I wish to report the meeting of the Israeli cabinet."),
])
def test_the_title_of_a_run_on_letter_ends_where_its_body_opens(lang: str, opening: str) -> None:
    title = ("Lettres identiques datées du 17 avril 2016, adressées au Secrétaire général par le Chargé d'affaires "
             "de la République arabe syrienne auprès de l'Organisation des Nations Unies " if lang == "fr" else
             "Letter dated 17 April 2016 from the Chargé d'affaires a.i. of the Syrian Arab Republic to the United "
             "Nations addressed to the Secretary-General ")
    assert read(title + opening).author_states == ["SYR"]


def test_a_statement_on_a_report_under_its_item_is_not_a_report() -> None:
    r = read("4 March 2024, New York: Statement by Ambassador Munir Akram, Permanent Representative of Pakistan, At the "
             "General Assembly Plenary Meeting on the Use of Veto, Item 63, Special Report of the Security Council.\n"
             "Mr. President, I have the honour to present this statement.")
    assert (r.doc_type, r.author_body) == ("other", None)


def test_a_heading_s_state_after_the_object_of_the_vote_is_the_resolution_s_not_the_author() -> None:
    r = read("Explanation of Vote on a Third Committee Resolution by the Russian Federation on Combatting the "
             "Glorification of Nazism\n\nThank you, Chair.\n\nThe United States once again expresses concern and "
             "opposition to this resolution.\n")
    assert r.author_states == ["USA"]


@pytest.mark.parametrize("text, state, rule", [
    ("Sr. Presidente,\n\nEspaña se felicita por la adopción de la resolución. Celebramos el debate.", "ESP", "speaking-subject"),
    ("Monsieur le Président,\n\nLa Suisse se félicite de l'adoption de la résolution.", "CHE", "speaking-subject"),
    ("Sr. Presidente,\n\nEspaña se adhiere a la declaración presentada por la UE. Celebramos el debate.", "ESP", "aligns-with-statement"),
    ("Monsieur le Président,\n\nLa Suisse s'associe à la déclaration de l'Union européenne.", "CHE", "aligns-with-statement"),
])
def test_a_state_speaking_by_a_pronominal_verb(text: str, state: str, rule: str) -> None:
    r = read(text)
    assert (r.author_states, r.rules["author_states"]) == ([state], rule)


@pytest.mark.parametrize("text, state", [
    ("First of all, I would like to align myself with the statement made on behalf of the European Union.\n"
     "Denmark appreciates the adoption earlier this year of resolution 65/276.\n", "DNK"),
    ("Buenos días.\nEl Perú agradece la presentación del informe del Secretario General.\n", "PER"),
    ("Bonjour.\nLa Belgique remercie le Haut-Commissaire pour son rapport.\n", "BEL"),
])
def test_a_state_thanking_or_appreciating_at_a_clause_start_speaks(text: str, state: str) -> None:
    assert read(text).author_states == [state]


@pytest.mark.parametrize("text, state", [
    ("Le Conseil de sécurité vient d'adopter une résolution. La France , qui a été la délégation porte-plume de cette "
     "résolution, se félicite de cette avancée.", "FRA"),
    ("Ghana, which chairs the committee this year, welcomes the adoption of resolution 2454.", "GHA"),
])
def test_a_relative_clause_between_a_state_and_its_speaking_verb(text: str, state: str) -> None:
    assert read(text).author_states == [state]


@pytest.mark.parametrize("text, doc_type", [
    # salutations only letters open with: a letter the source cut before its closing
    ("¡Estimado señor Presidente!\nQuiero expresarle mi profunda preocupación por la falta de progreso en el arreglo "
     "del conflicto. Las resoluciones 822 y 853 del Consejo de Seguridad se quedan sin cumplir.\n", "letter"),
    ("“Estimado Sr. Presidente,\nQuisiera expresarle una vez más mi agradecimiento por las conversaciones mantenidas "
     "en Nueva York.\n", "letter"),
    ("Dear Mr. Secretary-General,\nI write to draw your attention to the situation in the occupied territories.\n", "letter"),
    # a speech dated as delivered over its bare word to the chair, closing as no letter does
    ("22 Feb 2023\nMr President,\n1 It is tragic that the General Assembly has to meet again on the war. Singapore "
     "has taken a clear position from the start.\n2 We support the draft resolution.", "other"),
    ("New York, 18 December 2018\n\nMadam President,\n\nPortugal welcomes the report of the Secretary-General.", "other"),
])
def test_the_salutation_and_the_closing_tell_a_letter_from_a_speech(text: str, doc_type: str) -> None:
    assert read(text).doc_type == doc_type


def test_a_speech_under_a_date_line_opening_sr_presidente_is_not_a_letter() -> None:
    text = ("España interviene en el debate en la Asamblea General\n\n10 de junio de 2022\n\nA continuación, la "
            "intervención completa:\n\nSr. Presidente,\n\nEspaña se adhiere a la Declaración presentada por la UE.\n")
    assert read(text).doc_type == "other"


def test_a_government_as_subject_of_a_clause_after_que_is_a_weak_sign_of_authorship() -> None:
    text = ("EXPLICACION DE VOTO\nSOBRE LA SITUACION EN SIRIA\nSeñor Presidente:\nGuatemala es uno de los países que "
            "votó a favor de la resolución 66/253. Lo hicimos por principio: primero, el imperativo de poner fin a la "
            "violencia; segundo, el imperativo que el\nGobierno de Siria dé acceso irrestricto a la ayuda humanitaria.\n")
    assert read(text).author_states == ["GTM"]


def test_a_dated_text_turning_to_the_chair_more_than_once_is_a_speech_not_a_letter() -> None:
    text = ("Palais des Nations\n17 June 2011\n\nMr President,\n\nI have the honour to introduce resolution L9 rev 1. "
            "South Africa believes that dialogue is a powerful tool.\n\nMr President,\n\nSouth Africa is a multiracial "
            "society.\n")
    assert read(text).doc_type == "other"
    once = text.replace("\n\nMr President,\n\nSouth Africa is", "\n\nSouth Africa is")
    assert read(once + "\nAccept, Mr President, the assurances of my highest consideration.\n").doc_type == "letter"


def test_a_state_together_with_others_after_a_time_phrase_is_reported_not_speaking() -> None:
    assert read("In April 2017, Russia together with China and Bolivia voted against the draft.").author_states == []


def test_dear_colleagues_opens_a_speech_not_a_letter() -> None:
    text = "Dear colleagues,\n\nIt is a pleasure to open this session of the Human Rights Council. I thank the President."
    assert read(text).doc_type == "other"


def test_an_indented_item_line_without_agenda_still_marks_the_item_title() -> None:
    from unhrkg.extract.genres import ITEM_WORDS
    assert ITEM_WORDS.search("x\n   Items 42 and 84 of the preliminary list")


def test_a_report_title_running_on_from_the_item_line_yields_to_the_letter_a_paragraph_below() -> None:
    r = read("General Assembly\nSixty-fourth session\nAgenda items 15 and 32\nThe situation in the Middle East\n"
             "Report of the Special Committee to Investigate Israeli Practices\nSecurity Council\nSixty-fifth year\n\n"
             "Identical letters dated 5 January 2010 from the Permanent Representative of the Syrian Arab Republic "
             "to the United Nations addressed to the Secretary-General\n\nI have the honour to refer to ...\n")
    assert (r.doc_type, r.dated, r.addressee, r.author_states) == ("letter", "2010-01-05", "SG", ["SYR"])


def test_a_report_title_under_its_item_reproducing_a_letter_after_a_paragraph_stays_a_report() -> None:
    r = read("Human Rights Council\nFortieth session\nAgenda item 4\nHuman rights situations that require the Council's "
             "attention\nReport of the Special Rapporteur on the situation of human rights in Myanmar\n\nSummary\n"
             "The Special Rapporteur reproduces below the reply of the Government.\n\nLetter dated 3 May 2019 from the "
             "Permanent Representative of Myanmar addressed to the Special Rapporteur\n\nI have the honour to reply.\n")
    assert r.doc_type == "report"


def test_an_undated_title_s_place_and_date_line_dates_the_letter_and_its_addressee_line_below() -> None:
    r = read("Letter from the Permanent Mission of the Republic of Cyprus\n\n\naddressed to the President of the "
             "Human Rights Council *\n\nGeneva, 28 April 2009\n\n*\nReproduced in the annex.\n\nExcellency,\n"
             "I have the honour to refer to the note verbale dated 26 March 2009.\n")
    assert (r.doc_type, r.dated, r.addressee, r.author_states) == ("letter", "2009-04-28", "HRC", ["CYP"])
    assert r.rules["dated"] == "title-placeline"


def test_a_place_and_date_line_in_the_letter_s_body_does_not_date_its_title() -> None:
    r = read("Letter from the Permanent Mission of Cyprus to the Secretary-General\n\nExcellency,\n"
             "I have the honour to refer to the meeting held in Geneva. We recall what was said there.\n"
             "The talks went on.\nGeneva, 28 April 2009\n")
    assert r.rules.get("dated") != "title-placeline"


def test_a_letter_the_writer_calls_its_most_recent_is_quoted_not_the_title() -> None:
    r = read("16 July 2009 Excellency, I write to inform you of explosions near the Blue Line. As mentioned in "
             "my most recent letter dated 15 June 2009, arms are kept in villages. Accept, Excellency, the assurances "
             "of my highest consideration.")
    assert r.dated == "2009-07-16"


@pytest.mark.parametrize("text, forum", [
    ("Representación Permanente ante las Naciones Unidas\n\nAsamblea General\n\nAprobación de la nominación de la Alta "
     "Comisionada\n\nIntervención del Representante Permanente de la República Argentina, Embajador Martín García "
     "Moritán\n\n10 de agosto\n\nTengo el honor de intervenir para expresar nuestras felicitaciones a la Alta Comisionada.\n",
     "GA"),
    ("Permanent Mission of the Russian Federation to the United Nations\n\nStatement by Ambassador Vassily A. Nebenzia, "
     "Permanent Representative of the Russian Federation to the United Nations, on the adoption by the Security Council of "
     "the Russian draft resolution 2402 on sanctions against Yemen\n\nWe welcome the adoption of resolution 2402 (2018).\n",
     "SC"),
])
def test_a_statement_s_forum_alone_on_a_line_above_its_heading_or_adopting_in_it(text: str, forum: str) -> None:
    assert read(text).addressee == forum


def test_a_page_summing_up_a_statement_has_no_forum_from_the_line_above() -> None:
    r = read("Assemblée générale\n    Déclaration\n    Djibouti\n    Représentant permanent\n\n    Résumé\n\n"
             "M. ROBLE OLHAYE (Djibouti) a mis l'accent sur la tension qui prévaut dans le nord de son pays.\n")
    assert r.addressee is None


def test_a_statement_heading_names_its_forum_after_a_session_of_some_kind() -> None:
    r = read("Explication de vote du Canada sur la résolution présentée aujourd'hui à la 10e session extraordinaire "
             "d'urgence de l'Assemblée générale des Nations Unies\nLe 27 octobre 2023 – Ottawa\nLe Canada a voté pour.\n")
    assert r.addressee == "GA"


@pytest.mark.parametrize("text, addressee", [
    ("Texte intégral\nMonsieur le Secrétaire général,\nVous m'avez écrit le 3 avril 2011 pour me demander le soutien des "
     "forces françaises. Je vous confirme que j'ai donné l'autorisation.\n", "SG"),
    ("Señor Secretario General:\nTengo el honor de dirigirme a usted en relación con la resolución 2334 (2016).\n", "SG"),
    ("Mr. Secretary-General,\nI write to you about resolution 2334 (2016) and the situation it addresses.\n", "SG"),
])
def test_a_letter_greeting_the_secretary_general_first_is_addressed_to_him(text: str, addressee: str) -> None:
    r = read(text)
    assert (r.doc_type, r.addressee) == ("letter", addressee)


@pytest.mark.parametrize("text", [
    "Mr. President,\nMr. Secretary-General,\nDistinguished delegates,\nGhana supports resolution 2334 (2016).\n",
    "Mr. Secretary-General,\nExcellencies,\nLadies and gentlemen,\nWe gather to reaffirm resolution 2334 (2016). Thank you.\n",
])
def test_a_speech_greeting_the_room_with_the_secretary_general_is_no_letter(text: str) -> None:
    assert read(text).doc_type != "letter"


@pytest.mark.parametrize("text, addressee", [
    ("Pakistan FM writes letter to President UNSC on Kashmir\n\nNEW YORK: The Foreign Minister has written a letter to "
     "the President of the Security Council.\n\nFollowing is the full text of the letter;\n\nAs you are aware, the "
     "resolutions of the Council remain unimplemented.\n", "SC"),
    ("TEHRAN - The Permanent Representative, in a letter to the Secretary-General and the President of the Security "
     "Council, objected to the notification.\nThe text of the letter is as follows:\n\"I hereby express my objection.\"\n",
     "SG"),
    ("Le ministre a adressé une lettre au Secrétaire général.\n\nTexte intégral de la lettre :\n\nJe vous écris au sujet "
     "de la résolution 1701.\n", "SG"),
    ("Libya letter: Full text\nThe transcript of a letter sent to the UN Security Council from the Libyan envoy:\n\n"
     "1. I am pleased to inform you that the remaining issues relating to the Council's resolutions have been resolved.\n",
     "SC"),
])
def test_a_page_reproducing_a_letter_is_the_letter_written_to_whom_its_lead_says(text: str, addressee: str) -> None:
    r = read(text)
    assert (r.doc_type, r.addressee) == ("letter", addressee)


def test_a_reproduced_letter_is_written_to_the_party_its_lead_names_last() -> None:
    r = read("Following his letter to the President of the Security Council last week, the Foreign Minister today sent a "
             "letter to the Secretary-General.\nFollowing is the full text of the letter:\nI write about resolution 47.\n")
    assert (r.doc_type, r.addressee) == ("letter", "SG")


def test_the_text_of_a_letter_named_inside_a_sentence_does_not_make_a_page_a_letter() -> None:
    r = read("Publication du texte de la lettre adressée à l'ONU avant le vote\n\nLe Liban rejette la résolution 1559.\n")
    assert r.doc_type != "letter"


def test_a_state_s_fm_in_a_headline_is_its_foreign_minister() -> None:
    assert read("Pakistan FM writes letter to President UNSC on Kashmir\n\nIndia must lift the curfew.\n").author_states == ["PAK"]


def test_a_letter_whose_body_cites_another_dated_letter_keeps_its_own_date_line() -> None:
    r = read("5 July 2022\nExcellency,\nI am writing to you with reference to the letter dated 24 June 2022 from the Permanent "
             "Representative of the United States addressed to the Secretary-General, concerning resolution 2231 (2015).\n")
    assert (r.doc_type, r.dated) == ("letter", "2022-07-05")


@pytest.mark.parametrize("text", [
    "Palabras del Canciller ante la Asamblea General.\n\nLa resolución aprobada hoy es histórica. Colombia pide a todas "
    "las naciones la plena implementación de la resolución.",
    "Palabras del Canciller ante la Asamblea General.\n\nLa resolución es histórica. Colombia insta a todas las "
    "naciones a aplicarla.",
])
def test_a_state_asking_others_is_the_speaker(text: str) -> None:
    r = read(text)
    assert (r.author_states, r.rules["author_states"]) == (["COL"], "speaking-subject")


def test_a_state_speaking_in_a_news_headline_outweighs_an_official_named_below() -> None:
    text = ("Fri | Oct 17, 2025\n\nMexico calls for sanctions on those financing gangs\n\n"
            "Jamaican Prime Minister Andrew Holness greets the Secretary of Foreign Affairs at the meeting on Haiti.\n\n"
            "The Secretary said that resolution 2653 (2022) must be enforced and that Haiti needs support.\n\n"
            "She added that Mexico stands ready. Mexico calls on all States to act.")
    r = read(text)
    assert (r.author_states, r.rules["author_states"]) == (["MEX"], "speaking-subject")
    body = text.replace("Mexico calls for sanctions on those financing gangs\n\n", "")
    assert read(body).author_states != ["MEX"]


@pytest.mark.parametrize("heading, forum", [
    ("Intervención del Representante Permanente de Cuba en la reunión plenaria de la AGNU sobre el veto en el Consejo "
     "de Seguridad.", "GA"),
    ("Statement by the Permanent Representative of Cuba at the plenary meeting of the General Assembly on the veto in "
     "the Security Council.", "GA"),
])
def test_the_meeting_a_heading_names_is_the_forum_not_the_body_it_is_about(heading: str, forum: str) -> None:
    r = read(heading + "\n\nNueva York, 11 de abril de 2024.\n\nSeñor Presidente:\n\nReiteramos nuestra posición.\n")
    assert r.addressee == forum


def test_a_letter_under_an_item_title_a_paragraph_below_the_item_list() -> None:
    text = ("United Nations\n\nGeneral Assembly\nSecurity Council\n\n28 July 2000\n\nOriginal: ENGLISH\n\n"
            "General Assembly\nFifty-fourth session\nAgenda items 10, 29, 34 and\n42, 43 and 161.\n\n"
            "Report of the Secretary-General on the work\nof the Organization\n\n\nThe situation in the Middle East\n\n"
            "Security Council\nFifty-fifth year\n\nLetter dated 26 July 2000 from the Permanent Representative of\n"
            "Malaysia to the United Nations addressed to the Secretary-General\n\nI have the honour to transmit herewith "
            "the final communiqué of the conference.\n")
    r = read(text)
    assert (r.doc_type, r.author_states, r.addressee) == ("letter", ["MYS"], "SG")


@pytest.mark.parametrize("text", [
    "El Gobierno de Bolivia rechazó este viernes el contenido del denominado \"Informe de Derechos Humanos 2024\" del "
    "Departamento de Estado de los Estados Unidos por unilateral.\n\nEl Ministerio de Relaciones Exteriores de Bolivia "
    "rechaza categóricamente el contenido del denominado ‘Informe de\nDerechos Humanos 2024’ emitido por el "
    "Departamento de Estado.",
    "Permanent Representative of St. Kitts and Nevis Addresses UN Security Council\n\nJuly 4, 2024\n\n"
    "Providing reflections on the contents of the most recent Report of the Secretary General, on the United "
    "Nations Integrated Office in Haiti, the Ambassador informed that CARICOM welcomed the progress.",
])
def test_a_report_named_in_a_sentence_does_not_make_the_text_a_report(text: str) -> None:
    assert read(text).doc_type != "report"


def test_the_resolution_as_subject_with_a_reporting_clause_set_off_says_the_resolution_s_words() -> None:
    text = ("Communiqué de l'Union des Comores\n\nLes Comores soutiennent la résolution 31/4 de l'Assemblée générale sur "
            "Mayotte. La résolution, a rappelé le Président, condamne également les référendums de 1976.")
    r = read(text)
    assert not [p for p in r.positions if p["stance"] == "rejects"]


def test_a_masthead_footnote_is_no_sentence_between_an_item_title_and_the_letter() -> None:
    r = extract_text(
        "United Nations\n\nA/51/206\n\nGeneral Assembly\n\nDistr. GENERAL\n\n10 July 1996\n\nORIGINAL: ENGLISH\n\n"
        "GENERAL ASSEMBLY\nFifty-first session\nItems 94 and 108 of the preliminary\n  list*\n"
        "THE SITUATION IN THE OCCUPIED\n  TERRITORIES OF CROATIA\nREPORT OF THE UNITED NATIONS HIGH\n"
        "  COMMISSIONER FOR REFUGEES\n\n*    A/51/50.\n\n\n"
        "            Letter dated 10 July 1996 from the Permanent Representative\n"
        "                 of Croatia to the United Nations addressed to the\n"
        "                                 Secretary-General\n\n"
        "     Upon instructions from my Government, I have the honour to refer to your report.\n", file="t.txt")
    assert (r.doc_type, r.author_states, r.addressee) == ("letter", ["HRV"], "SG")


@pytest.mark.parametrize("text", [
    "Nota de la Misión Permanente del Perú ante las Naciones Unidas sobre el límite marítimo\n\nMISIÓN PERMANENTE DEL "
    "PERU ANTE LAS NACIONES UNIDAS\n7-1-SG/005\n\nLa Representación Permanente del Perú ante las Naciones Unidas saluda "
    "atentamente al Secretario General de las Naciones Unidas y tiene a honra presentarle la siguiente Declaración.",
    "Note by the Permanent Mission of Peru on the maritime boundary\n\nPERMANENT MISSION OF PERU TO THE UNITED "
    "NATIONS\n7-1-SG/005\n\nThe Permanent Mission of Peru to the United Nations presents its compliments to the "
    "Secretary-General of the United Nations and has the honour to transmit the following Declaration.",
])
def test_a_note_a_mission_sends_is_no_report(text: str) -> None:
    r = extract_text(text, file="t.txt")
    assert (r.doc_type, r.author_states, r.addressee) == ("note_verbale", ["PER"], "SG")


def test_a_menu_item_or_a_sentence_is_no_statement_heading() -> None:
    text = ("Permanent Mission\nStatement & Report\nUseful Links\nNote Verbal on resolution ES-10/24\nThe Permanent Mission "
            "of the Islamic Republic of Iran in Geneva presents its compliments to the Office of the United Nations High "
            "Commissioner for Human Rights and has the honour to transmit its views.\n")
    r = extract_text(text, "x.txt")
    assert (r.doc_type, r.genre, r.addressee, r.author_states) == ("note_verbale", "note verbale", "OHCHR", ["IRN"])
    sentence = ("The communiqué expresses the Government's commitment to the report.\nThe Ministry of Foreign Affairs of "
                "Sri Lanka presents its compliments to the Office of the High Commissioner for Human Rights.\n")
    assert extract_text(sentence, "x.txt").doc_type == "note_verbale"
    heading = "Joint Statement by Chile and Peru\n\nChile and Peru support resolution 7/19.\n"
    assert extract_text(heading, "x.txt").genre == "statement"


def test_a_sentence_reporting_what_a_statement_says_is_no_heading() -> None:
    text = ("Nicosia welcomes unanimous renewal of UNFICYP mandate\n\nThe Ministry of Foreign Affairs welcomes the renewal.\n\n"
            "A statement by the Foreign Ministry says that the Council condemns the announcements by the President of Turkey.\n")
    r = extract_text(text, "x.txt")
    assert r.genre != "statement" and "TUR" not in r.author_states
    heading = "A Statement by the Government of Chile on resolution 7/19\n\nChile supports resolution 7/19.\n"
    assert extract_text(heading, "x.txt").author_states == ["CHL"]



@pytest.mark.parametrize("text, genre, states", [
    ("The Statement by the Group of Small Island Developing States that are Members of the Council\n\nWe support it.\n",
     "statement", []),  # ("States that": a noun, no reporting verb)
    ("Una declaración conjunta de Argentina y Chile\n\nArgentina y Chile apoyan la resolución 7/19.\n", "statement",
     ["ARG", "CHL"]),
    ("Un comunicado de la Cancillería de Chile señaló que Chile apoya la resolución 7/19.\n", "untitled", ["CHL"]),
    ("Une déclaration du ministère de la France a indiqué que la France soutient la résolution 7/19.\n", "untitled", ["FRA"]),
])
def test_a_heading_after_an_article_is_a_sentence_only_with_a_reporting_verb(text: str, genre: str, states: list[str]) -> None:
    r = extract_text(text, "x.txt")
    assert (r.genre, r.author_states) == (genre, states)


def test_a_report_a_headline_is_about_is_not_the_texts_title() -> None:
    r = read("Sudan: FM Issues Statement on UN Team Latest Report on Implementation of Resolution 1591\n\n"
             "Khartoum — The Ministry of Foreign Affairs issued a statement on resolution 1591.")
    assert (r.doc_type, r.author_states) == ("other", ["SDN"])
    assert read("Report of the Special Rapporteur on torture\n\nThe Council, in resolution 5/1, ...").doc_type == "report"


def test_a_drafts_sponsors_line_with_a_footnote_mark_after_its_colon() -> None:
    r = read("Albania, Australia, Ukraine and Vanuatu:* draft resolution\n\nIndependent Institution\n\n"
             "The General Assembly,\n\nRecalling Security Council resolution 2254 (2015),\n")
    assert (r.doc_type, r.author_states) == ("resolution", ["ALB", "AUS", "UKR", "VUT"])


def test_a_state_the_heading_names_after_in_connection_with_is_its_topic() -> None:
    r = read("Position of the MFA in connection with the launch of a ballistic missile by DPRK on May 14, 2017\n\n"
             "The Republic of Bulgaria follows with concern the escalation of tensions. We underline that the launch "
             "is in direct violation of resolution 1718 (2006).")
    assert r.author_states == ["BGR"]


def test_a_heading_after_a_sites_short_label_and_its_colon() -> None:
    r = read("77 AGNU: Intervención de la delegación cubana en el Diálogo Interactivo. Tercera Comisión.\n\n"
             "Señor presidente,\n\nReiteramos nuestro apoyo a la resolución 48/141.")
    assert (r.genre, r.author_states) == ("statement", ["CUB"])
    assert [(p["target"]["number"], p["stance"]) for p in r.positions] == [("48/141", "supports")]


def test_a_label_longer_than_a_sites_is_no_heading_lead() -> None:
    r = read("Notes on what the ministers of the region said about it: Statement by Chile\n\nChile supports it.\n")
    assert r.genre != "statement"


def test_a_heading_after_a_label_yields_to_the_dated_letter_the_page_carries() -> None:
    r = read("Iraq: Joint declaration by France, the Russian Federation and Germany (S/2003/320)\n\nS/2003/320\n"
             "Letter dated 15 March 2003 from the Permanent Representative of Germany to the United Nations addressed "
             "to the President of the Security Council\n\nWe would like to bring the joint declaration to your attention.\n")
    assert (r.genre, r.doc_type, r.dated) == ("letter", "letter", "2003-03-15")


@pytest.mark.parametrize("text, states", [
    ("Iraq Declaration [By Russia, Germany, and France], 5 March 2003\nRussia, Germany, and France\n"
     "Our common objective remains the disarmament of Iraq, in compliance with Resolution 1441.", ["RUS", "DEU", "FRA"]),
    ("Joint Statement (by Canada and Mexico)\n\nWe welcome resolution 2334 (2016).", ["CAN", "MEX"]),
    ("Déclaration conjointe (par la Suisse et le Luxembourg)\n\nNous saluons la résolution 2334 (2016).", ["CHE", "LUX"]),
])
def test_the_states_a_bracket_after_the_heading_says_it_is_by(text: str, states: list[str]) -> None:
    r = read(text)
    assert (r.author_states, r.rules["author_states"]) == (states, "heading-by")


def test_a_bracket_after_the_heading_naming_no_state_leaves_the_owner() -> None:
    assert read("Singapore's Explanation of Vote (by the Permanent Representative)\n\nWe voted for resolution 67/19.").author_states == ["SGP"]


@pytest.mark.parametrize("text, states, rule", [
    ("Joint Statement [by the United States and the United Kingdom on Iran]\n\nWe welcome resolution 2231 (2015).",
     ["USA", "GBR"], "heading-by"),
    ("France Statement (by Ambassador Nicolas de Rivière on Ukraine)\n\nWe support resolution ES-11/1.", ["FRA"], "heading-owner"),
])
def test_a_brackets_topic_is_not_among_its_authors(text: str, states: list[str], rule: str) -> None:
    r = read(text)
    assert (r.author_states, r.rules["author_states"]) == (states, rule)


def test_a_bracket_with_a_speaker_for_a_group_leaves_the_group_rules() -> None:
    r = read("EU Statement (by Hungary on behalf of the European Union)\n\nThe EU welcomes resolution 2334 (2016).")
    assert (r.author_states, r.author_body) == ([], "EU")


@pytest.mark.parametrize("text", [
    "Further to our letters dated 16 March 2020 (A/74/752-S/2020/212) and 28 May 2020 (S/2020/454), I have the "
    "honour to reiterate the position of my Government on resolution 2231 (2015).",
    "I write this letter in regards to a grave violation of Security Council resolution 1747 (2007).",
    "Comme suite à ma lettre du 3 mars 2011, je souhaite appeler votre attention sur la résolution 1973 (2011).",
    "En relación con mi carta anterior, deseo señalar a su atención la resolución 2216 (2015).",
])
def test_a_letter_body_known_by_its_opening_words(text: str) -> None:
    assert read(text).doc_type == "letter"


def test_a_press_release_that_follows_up_an_earlier_one_is_no_letter() -> None:
    assert read("Further to our press release of 3 March, the Ministry welcomes resolution 2216 (2015).").doc_type \
        != "letter"


def test_a_draft_whose_sponsors_list_a_page_breaks_after_a_comma() -> None:
    text = ("Naciones Unidas A/HRC/51/L.\n\n41\nAsamblea General Distr. limitada\n3 de octubre de 2022\n\n"
            "Albania*, Alemania, Australia*, Austria*, Bélgica*, Brasil, Bulgaria*, Canadá*,\n\n\n"
            "Chequia, Chile*, Croacia*, Dinamarca*\ny Uruguay*: proyecto de resolución\n\n51/... Situación de los "
            "derechos humanos en la República\n\n\nBolivariana de Venezuela\n\nEl Consejo de Derechos Humanos,")
    r = read(text)
    assert r.symbol == "A/HRC/51/L.41"
    assert r.author_states == ["ALB", "DEU", "AUS", "AUT", "BEL", "BRA", "BGR", "CAN", "CZE", "CHL", "HRV", "DNK", "URY"]


def test_a_paragraph_break_after_a_full_stop_ends_the_sponsors_list() -> None:
    text = ("Naciones Unidas A/HRC/51/L.41\n\nEl Consejo toma nota de Francia.\n\n\nChile y Uruguay: proyecto de "
            "resolución\n\n51/... Situación\n\nEl Consejo de Derechos Humanos,")
    assert read(text).author_states == ["CHL", "URY"]


def test_a_letter_under_its_date_addressee_and_subject_lines_greeting_the_high_commissioner() -> None:
    text = ("More than 100 Organisations Call for the Release of the Database\nDate: 29 August 2019\nMichelle Bachelet\n"
            "United Nations High Commissioner for Human Rights\nPalais Wilson\nGeneva, Switzerland\nRe: Release of the "
            "Database\nDear High Commissioner,\nAs you are aware, in March 2016, Human Rights Council resolution 31/36 "
            "mandated your Office to produce a database.")
    r = read(text)
    assert (r.doc_type, r.addressee) == ("letter", "OHCHR")


def test_a_letterhead_above_the_salutation_is_not_the_addressee() -> None:
    text = ("UNION DES COMORES\nMINISTERE DES RELATIONS EXTERIEURES\nMoroni le 11 septembre 2005\nLe Ministre d'Etat\n"
            "Monsieur le Secrétaire Général,\nJ'ai l'honneur de m'adresser à vous pour vous parler de Mayotte.\n"
            "Veuillez agréer, Monsieur le Secrétaire Général, l'assurance de ma très haute considération.")
    assert read(text).addressee == "SG"


@pytest.mark.parametrize("text", [
    "We, the undersigned democratically-elected representatives of the Tamil people are writing to the Member States "
    "of the Human Rights Council about resolution 30/1.",
    "Nous, soussignés, représentants de la société civile, vous écrivons au sujet de la résolution 48/16.",
])
def test_a_letter_of_its_undersigned(text: str) -> None:
    assert read(text).doc_type == "letter"


@pytest.mark.parametrize("title", [
    "Carta de fecha 12 de noviembre de 2001 dirigida a la Presidenta del Consejo de Seguridad por el Secretario General",
    "Lettre datée du 3 janvier 2003, adressée au Président du Conseil de sécurité par le Secrétaire général",
])
def test_a_title_naming_its_writer_after_the_addressee(title: str) -> None:
    r = read(title + "\n\nTengo el honor de referirme a la resolución 1359 (2001).")
    assert (r.author_body, r.addressee) == ("SG", "SC")


def test_the_agent_of_a_participle_in_the_addressees_description_is_not_the_writer() -> None:
    text = ("LETTRE DATÉE DU 18 AOÛT 1998, ADRESSÉE AU PRÉSIDENT EXÉCUTIF\nDE LA COMMISSION SPÉCIALE CRÉÉE PAR LE "
            "SECRÉTAIRE GÉNÉRAL\nCONFORMÉMENT AU PARAGRAPHE 9 DE LA RÉSOLUTION 687 (1991)\n\nAu nom des membres du "
            "Conseil de sécurité, j'ai l'honneur de répondre à votre lettre.")
    assert read(text).author_body != "SG"


@pytest.mark.parametrize("text, expected", [
    ("Statement by the European Union at the Human Rights Council\n\nMr. President,\nThe EU thanks the Council.", "EU"),
    ("Statement by the Office of the High Commissioner for Human Rights on Sri Lanka\n\nThe Office welcomes the "
     "adoption of resolution 46/1.", "OHCHR"),
    # the heading is about a State's human rights, in a committee: no body wrote it
    ('Statement on" Situation of Human Rights in the Islamic Republic of Iran"; 3rd Committee\n\n'
     "Intervention by Ms. Fatemeh Arab, Second Secretary of the Permanent Mission of the Islamic Republic of Iran\n\n"
     "Madam Chair,\nWe reject the draft.", None),
])
def test_a_statement_heading_by_or_of_a_body_names_it_not_one_it_is_about(text: str, expected: str | None) -> None:
    assert extract_text(text, "x.txt").author_body == expected


@pytest.mark.parametrize("opening", [
    "The Commission on Human Rights, Deeply concerned by the suffering of the population, Recalling",
    "La Commission des droits de l'homme, Profondément préoccupée par la situation, Rappelant",
])
def test_an_adopted_text_whose_preamble_opens_with_an_adverb_and_a_participle(opening: str) -> None:
    r = read(f"1991/2. Human rights in the occupied Syrian Arab territory\n{opening} its resolution 1990/1, "
             "Israel is called upon to comply with resolution 1990/1.")
    assert (r.doc_type, r.author_body, r.author_states, r.positions) == ("resolution", "CHR", [], [])


def test_a_sentence_naming_a_body_before_an_adverb_is_no_adopted_text() -> None:
    r = read("The Commission on Human Rights, Early in the year, Israel said it rejects resolution 1990/1.")
    assert r.doc_type == "other"


def test_an_address_block_above_a_letters_date_names_its_addressee_and_signs_nothing() -> None:
    r = read("H.E. Mr. Ban Ki-moon\nSecretary General\nUnited Nations\nRoom S3800\nNew York, N.Y. 10017\n5 November 2009\n"
             "Excellency,\nI would like to file a grave complaint about violations of Security Council resolution 1747.")
    assert (r.doc_type, r.addressee, r.rules.get("addressee"), r.signatories) == ("letter", "SG", "letter-address-above-date", [])


def test_a_headline_above_a_letters_date_is_not_its_address() -> None:
    r = read("New report of the Human Rights Council is politically biased, says the committee in a letter to all "
             "ambassadors\n\nOctober 29, 2007\n\nYour Excellency,\n\nThe Third Committee will be asked to approve the "
             "report.")
    assert r.addressee is None


@pytest.mark.parametrize("text", [
    "Statement by H.E. Ambassador Joaquín Maza Martelli, President of the Human Rights Council\n\nMr. Vice-President,\n\n"
    "It is an honour to present the annual report of the Council.",
    "Declaración de S.E. Embajador Joaquín Alexander Maza Martelli Presidente del Consejo de Derechos Humanos\n\n"
    "Sr. Vice Presidente,\n\nEs un honor presentar el informe anual del Consejo ante esta Asamblea.",
    "Intervención del Presidente del Consejo de Derechos Humanos a la Sexagésimo sexta sesión de la Asamblea General\n\n"
    "Señor Presidente,\n\nEs un honor presentar el informe anual del Consejo ante esta Asamblea.",
])
def test_a_statement_by_a_bodys_president_is_the_bodys(text: str) -> None:
    r = read(text)
    assert (r.author_body, r.author_states) == ("HRC", [])


def test_a_statement_to_a_bodys_president_is_not_the_bodys() -> None:
    r = read("Statement by Pakistan to the President of the Human Rights Council\n\nMr. President,\n\nPakistan speaks.")
    assert (r.author_body, r.author_states) == (None, ["PAK"])


@pytest.mark.parametrize(("below_item", "doc_type"), [
    ("\n\nReport of the Secretary-General", "report"),  # the document's title under a blank line
    ("\nReport of the Secretary-General on the question", "other"),  # the item's own title on the next line
    ("\n\nANNUAL REPORT OF THE UNITED NATIONS HIGH COMMISSIONER", "other"),  # the item's title in capitals
])
def test_a_report_title_under_the_agenda_item(below_item: str, doc_type: str) -> None:
    r = read(f"General Assembly\n\nFiftieth session\nAgenda item 44{below_item}\n\n1. The present text is submitted in "
             "pursuance of General Assembly resolution 49/87 A.")
    assert r.doc_type == doc_type

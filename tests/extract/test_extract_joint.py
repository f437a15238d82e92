"""Joint statements: the States listed as signers under the statement, a group "of 22 countries,
including X", a statement's heading at the end of a page title, and a Council statement's
"Item 4: General Debate" heading."""
from __future__ import annotations

import pytest

from unhrkg.extract import extract_text, lexicon
from unhrkg.extract.behalf import on_behalf_of, signer_list

SPEECH = ("Joint Statement Delivered by Ambassador Jane Doe\n\nHuman Rights Council – 50th Session\n\n"
          "Thank you, Mr. President,\n\nI read this statement on behalf of a cross-regional group of 12 countries, "
          "including Canada, that are concerned about resolution 49/1.\n\nThank you.\n\n")


def test_signers_listed_one_a_line_under_their_heading() -> None:
    text = SPEECH + "List of Signers as of June 13, 2022:\n\n1. Austria\n2. Brazil\n3. The Netherlands\n"
    r = extract_text(text, "x.txt")
    assert r.author_states == ["CAN", "AUT", "BRA", "NLD"]
    assert r.rules["author_states"] == "on-behalf-of+signer-list"


def test_signers_after_the_heading_on_its_line() -> None:
    assert signer_list("Thank you.\n\nSignatories: Austria, Brazil and Chile\n") == ["AUT", "BRA", "CHL"]
    with lexicon.using("fr"):
        assert signer_list("Signataires :\n- Autriche\n- Brésil\n") == ["AUT", "BRA"]


def test_the_list_ends_at_the_first_line_that_is_not_a_state() -> None:
    text = "Endorsed by:\n- Austria\n- the Republic of Korea\n\nFor more information see the report on Chile and Peru.\n"
    assert signer_list(text) == ["AUT", "KOR"]


def test_a_heading_word_inside_prose_is_no_list() -> None:
    assert signer_list("The draft was endorsed by Austria and Brazil.\nPeru\nChile\n") == []
    assert signer_list("Signatories\n\n1. Austria\n2. See the annex\n") == []  # one State is no joint list


def test_a_group_of_n_countries_including_its_members() -> None:
    assert on_behalf_of("I speak on behalf of a group of 12 countries, including Chile and Peru.") == \
        ("author_states", ["CHL", "PER"])
    with lexicon.using("fr"):
        assert on_behalf_of("Je parle au nom d'un groupe de 40 pays, dont le Chili.") == ("author_states", ["CHL"])


def test_statement_heading_as_the_last_part_of_a_page_title() -> None:
    text = ("25th Session of the Human Rights Council Item 2: General Debate, Statement by India [26 March 2014]\n\n"
            "Mr. President,\n\nWe thank the High Commissioner for her report.\n")
    r = extract_text(text, "x.txt")
    assert r.author_states == ["IND"] and r.rules["author_states"] == "statement-by"
    assert r.agenda_items == ["2"]


def test_a_comma_and_the_word_statement_in_prose_is_no_heading() -> None:
    text = "Mr. President,\n\nWe note, statement by statement, what India said. We thank the Council.\n"
    assert extract_text(text, "x.txt").author_states != ["IND"]


def test_item_heading_of_a_council_statement_in_three_languages() -> None:
    for heading, item in (("Item 4: General Debate", "4"), ("Point 3 : Débat général", "3"),
                          ("Tema 10: Diálogo interactivo", "10")):
        assert extract_text(f"{heading}\n\nMr. President,\n\nThank you.\n", "x.txt").agenda_items == [item]
    assert extract_text("The item 4: general debate was long.\n", "x.txt").agenda_items == []


def test_a_document_that_is_an_annex_alone_is_the_letter_it_holds() -> None:
    text = ("A/HRC/41/G/17\nAnnex to the letter dated 12 July 2019 from the representatives of Algeria, Angola and "
            "Cuba to the United Nations Office at Geneva addressed to the President of the Human Rights Council\n"
            "Mr. President,\nWe, the co-signatories to this letter, reiterate our position.\n")
    r = extract_text(text, "x.txt")
    assert (r.doc_type, r.dated, r.addressee) == ("letter", "2019-07-12", "HRC")
    assert r.author_states == ["DZA", "AGO", "CUB"]


def test_an_annex_below_the_letter_leaves_the_letter_its_title() -> None:
    text = ("Letter dated 3 May 2010 from the Permanent Representative of Chile addressed to the Secretary-General\n"
            "I have the honour to transmit the annexed note.\n\nAnnex to the letter dated 3 May 2010 from the Permanent "
            "Representative of Chile addressed to the Secretary-General\nText.\n")
    r = extract_text(text, "x.txt")
    assert (r.dated, r.author_states, r.addressee) == ("2010-05-03", ["CHL"], "SG")
    assert r.rules["dated"] == "title-dated" and text.index(r.title) < 40  # the title of the first line


def test_governments_described_between_their_names_and_their_verb() -> None:
    text = ("A continuación, el comunicado íntegro:\nLos Gobiernos de Argentina, Brasil y Chile, países miembros del "
            "Grupo de Lima, deploran profundamente el resultado de la elección.")
    assert extract_text(text, "x.txt").author_states == ["ARG", "BRA", "CHL"]


def test_a_core_group_named_for_its_country_with_its_members_in_brackets() -> None:
    text = ("United Nations Human Rights Council 45: Statement of the Core Group for Sri Lanka\n\nThis week, the Core "
            "Group for Sri Lanka (comprising Canada, the United Kingdom, North Macedonia, Montenegro and Germany) issued "
            "a statement regarding the situation. The statement was presented in Geneva by the French Ambassador.\n")
    assert extract_text(text, "x.txt").author_states == ["CAN", "GBR", "MKD", "MNE", "DEU"]


def test_the_donor_countries_namely_a_list_ending_with_my_own_country() -> None:
    text = ("Mr. President,\n\nI have the honor to deliver this statement on behalf of the donor countries on the UN "
            "Joint Programme for Human Rights in the Philippines, namely Australia, Germany, Norway and my own country "
            "Switzerland.\n\nWe commend the efforts of the Government of the Philippines.\n")
    assert extract_text(text, "x.txt").author_states == ["AUS", "DEU", "NOR", "CHE"]


def test_a_statement_another_state_made_on_behalf_of_others_is_reported() -> None:
    text = ("Media Release\nThe Delegation of the Russian Federation, while making a joint statement on behalf of 14 "
            "countries: Belarus, China and Cuba, stated that the report exceeded the mandate. The Permanent Mission of "
            "Sri Lanka thanks the Council.\n")
    assert "BLR" not in extract_text(text, "x.txt").author_states


def test_an_explanation_of_a_states_own_vote_in_a_numbered_paragraph() -> None:
    text = ("15 Dec 2022\n1 Thank you very much, Mr President.\n2 I am taking the floor to deliver an explanation of "
            "Singapore’s vote on draft resolution XII.\n3 Singapore voted against the resolution.\n")
    r = extract_text(text, "x.txt")
    assert r.author_states == ["SGP"]
    text = "1 Thank you, Mr President.\n3 Singapore voted against the resolution, as Japan did.\n"
    assert extract_text(text, "x.txt").author_states == ["SGP"]


def test_a_state_speaking_for_a_group_of_states_is_the_author() -> None:
    text = ("........ N STATEMENT BY MAURITIUS ON BEHALF OF THE AFRICAN GROUP DURING GENERAL ASSEMBLY DEBATE ON RES "
            "A/65/L.60- Agenda item 117 Mr. President, I make this statement on behalf of the African Group to express "
            "our support.\n")
    r = extract_text(text, "x.txt")
    assert (r.author_states, r.author_body) == (["MUS"], None)


def test_the_speakers_post_names_the_state_that_speaks_for_the_oic() -> None:
    text = ("Statement by\n\nAmbassador Munir Akram Permanent Representative of Pakistan, Coordinator of the OIC Working "
            "Group on Human Rights in Geneva, on behalf of the OIC, at the 56th Session of the Commission on Human "
            "Rights\n\nGeneva, 26 April 2000\n\nI have the honour to introduce, on behalf of the Member States of the "
            "Organization of Islamic Conference, the draft resolution.\n")
    r = extract_text(text, "x.txt")
    assert (r.author_states, r.author_body) == (["PAK"], None)


def test_the_eu_speaks_for_itself() -> None:
    text = "Mr Chairperson,\n\nI take the floor on behalf of the European Union in explanation of position.\n"
    r = extract_text(text, "x.txt")
    assert (r.author_states, r.author_body) == ([], "EU")


def test_a_declaration_by_another_state_in_narrative_is_no_heading() -> None:
    text = ("Saeed Khatibzadeh made the remarks on Thursday in response to a draft resolution declared by Canada at the "
            "Third Committee.\n\nKhatibzadeh termed such a declaration by Canada a repetition of baseless claims.\n")
    assert extract_text(text, "x.txt").author_states != ["CAN"]


@pytest.mark.parametrize("text", [
    "Joint statement from the ministerial discussion on Syria\nPublished 22 September 2017\nMinisters of Canada, "
    "Denmark, Egypt, the United Kingdom, and the United States met September 18 to discuss Syria.",
    "Déclaration conjointe\nLes ministres des affaires étrangères du Canada, du Danemark et de l'Égypte se sont réunis.",
])
def test_the_states_listed_under_a_joint_heading_are_its_authors(text: str) -> None:
    assert extract_text(text, "x.txt").author_states[:3] == ["CAN", "DNK", "EGY"]


def test_ministers_listed_with_no_joint_heading_and_no_speaking_verb_are_reported() -> None:
    text = "News\nMinisters of Canada, Denmark and Egypt met on 18 September to discuss Syria."
    assert extract_text(text, "x.txt").author_states == []


def test_states_named_by_their_ministers_then_speaking_as_we_are_the_joint_authors() -> None:
    text = ("The Ministers of Foreign Affairs of Egypt, France, Germany and Jordan met in Amman today to continue "
            "their coordination.\n\nThe Ministers declared:\n1. We emphasize our commitment to a just peace.")
    assert extract_text(text, "x.txt").author_states == ["EGY", "FRA", "DEU", "JOR"]


def test_ministers_who_met_in_a_news_item_that_quotes_them_are_not_the_authors() -> None:
    text = ("The Ministers of Foreign Affairs of Egypt, France, Germany and Jordan met in Amman today. “We emphasize "
            "our commitment,” one of them told reporters.")
    assert extract_text(text, "x.txt").author_states != ["EGY", "FRA", "DEU", "JOR"]


@pytest.mark.parametrize("text, authors", [
    ("Joint statement on behalf of 3 countries; Australia, Canada and Norway as delivered by First Secretary, Mr Sean "
     "Lobo\n\nMme. President,\n\nWe value the work of Special Procedures.", ["AUS", "CAN", "NOR"]),
    ("Mme. President,\n\nI have the honour to deliver this statement on behalf of: Iceland, Liechtenstein and "
     "Switzerland.\n\nWe value the work of Special Procedures.", ["ISL", "LIE", "CHE"]),
    ("Declaración política\n\n1. Nosotros, representantes de Angola, Argelia, Bolivia y Cuba, reunidos a nivel "
     "ministerial en Nueva York, reafirmamos nuestro compromiso con la Carta.", ["AGO", "DZA", "BOL", "CUB"]),
])
def test_the_states_a_joint_text_is_delivered_for_after_a_count_a_colon_or_we_the_representatives(
        text: str, authors: list[str]) -> None:
    assert extract_text(text, "x.txt").author_states == authors


@pytest.mark.parametrize("text", [
    "Démarche de la présidence, agissant au nom de l’UE, relative à l’Iraq\n\nLa présidence de l’UE a effectué "
    "aujourd’hui une démarche auprès des missions iraquiennes.",
    "Statement of the Presidency, acting on behalf of the European Union, on the situation in Iraq\n\nThe Presidency "
    "made a démarche to the Iraqi missions today.",
])
def test_a_presidency_acting_on_behalf_of_the_eu_makes_the_eu_the_author(text: str) -> None:
    assert extract_text(text, "x.txt").author_body == "EU"


@pytest.mark.parametrize("text, body", [
    ("Statement following the adoption of a new UNSC resolution\n\nThe High Representative of the European Union for "
     "Foreign Affairs and Security Policy Catherine Ashton issued the following statement today:\n\n\"I welcome the "
     "adoption of Resolution 2094.\"", "EU"),
    ("OIC adopts a declaration\n\nSecretary-General of the Organization of Islamic Cooperation (OIC), Yousef "
     "Al-Othaimeen, revealed that the OIC will adopt the declaration.", "OIC"),
    ("Declaration by the High Representative on behalf of the EU on the adoption of resolution 2094\n\nThe European "
     "Union welcomes the adoption of resolution 2094 (2013).", "EU"),
])
def test_an_organisation_speaking_through_its_head_is_the_author_body(text: str, body: str) -> None:
    r = extract_text(text, "x.txt")
    assert (r.author_body, r.author_states) == (body, [])


def test_a_state_s_statement_naming_an_organisation_s_head_keeps_its_state() -> None:
    text = ("Pakistan welcomes the resolution.\n\nThe Secretary-General of the Organization of Islamic Cooperation "
            "said the vote was historic.")
    r = extract_text(text, "x.txt")
    assert (r.author_states, r.author_body) == (["PAK"], None)


def test_a_joint_statement_by_officials_named_with_their_states_posts() -> None:
    text = ("Joint statement by U.S. Secretary of State Hillary Clinton, Norwegian Foreign Minister Espen Barth Eide, "
            "and United Kingdom Foreign Secretary William Hague\n\nWe welcome resolution 2046 (2012).")
    r = extract_text(text, "x.txt")
    assert (r.author_states, r.rules.get("author_states")) == (["USA", "NOR", "GBR"], "statement-by")


def test_a_long_list_steps_over_a_name_it_does_not_know() -> None:
    text = ("Joint Statement\n\nThank you, Madam President\n\nThis statement is on behalf of Albania, Australia, "
            "Belgium, Luxembourgh, Maldives, Marshal Islands, Monaco, Norway and Uruguay.\n")  # two misspelt names
    assert on_behalf_of(text) == ("author_states", ["ALB", "AUS", "BEL", "MDV", "MCO", "NOR", "URY"])


def test_a_list_of_one_does_not_step_over_an_unknown_word() -> None:
    assert on_behalf_of("Statement on behalf of Albania, Friends and Uruguay.\n") == ("author_states", ["ALB"])


@pytest.mark.parametrize("lang, sentence", [
    ("en", "I would like to refer to the statement just made by the representative of Lithuania on behalf of the European Union."),
    ("en", "Japan aligns itself with the statement delivered by Lithuania on behalf of the European Union."),
    ("fr", "Le Japon s'associe à la déclaration prononcée par la Lituanie au nom de l'Union européenne."),
    ("es", "El Japón se suma a la declaración pronunciada por Lituania en nombre de la Unión Europea."),
])
def test_a_statement_another_made_for_a_group_is_not_this_ones(lang: str, sentence: str) -> None:
    with lexicon.using(lang):
        assert on_behalf_of("Mr. Chairman,\n\n" + sentence + "\n") is None


def test_the_texts_own_heading_delivered_on_behalf_of_a_group() -> None:
    assert on_behalf_of("Statement delivered by Ambassador Jane Doe on behalf of the European Union\n\nMr. President,\n") == (
        "author_body", ["EU"])


@pytest.mark.parametrize("text, states", [
    ("Madam President,\n\nI have the honour to deliver this statement on behalf of A3 Plus members, namely: Algeria, "
     "Guyana, Mozambique and my own country Sierra Leone.", ["DZA", "GUY", "MOZ", "SLE"]),
    ("Mr. President,\nIt is my honour to introduce to the Council – on behalf of the core group of main co-sponsors "
     "encompassing Hungary, Maldives, Morocco, Poland, Ukraine and Uruguay – the draft resolution.",
     ["HUN", "MDV", "MAR", "POL", "UKR", "URY"]),
    ("I am making this statement on behalf of a Core Group of States that includes Angola, Bangladesh, Germany "
     "and my own country Vanuatu. We are pleased to introduce this draft resolution.", ["AGO", "BGD", "DEU", "VUT"]),
])
def test_a_group_described_before_the_word_that_lists_its_members(text: str, states: list[str]) -> None:
    assert on_behalf_of(text) == ("author_states", states)


@pytest.mark.parametrize("text, body", [
    ("Le Caire, le 14 décembre 2019, WAFA - La Ligue arabe a accueilli avec satisfaction le vote sur l'UNRWA.\n", "LAS"),
    ("Jeddah - The OIC welcomes the adoption of resolution 16/18 by the Human Rights Council.\n", "OIC"),
])
def test_an_organisation_opening_a_sentence_as_the_subject_of_a_speaking_verb(text: str, body: str) -> None:
    r = extract_text(text, "x.txt")
    assert (r.author_states, r.author_body) == ([], body)


def test_a_state_speaking_together_with_others_speaks_for_all_of_them() -> None:
    r = extract_text("Switzerland launches the appeal of June 13th to put Human Rights at the Heart of Conflict Prevention\n"
                     "Appeal of June 13th 2016\n1. As we mark the 10th anniversary of "
                     "the Council, Switzerland together with Afghanistan, Albania, Andorra and Uruguay welcome the "
                     "achievements of the Council.\n2. We reaffirm the purposes of the Charter.\n", "x.txt")
    assert r.author_states == ["CHE", "AFG", "ALB", "AND", "URY"]


def test_states_voting_together_do_not_join_the_author_s_voice() -> None:
    r = extract_text("The following is the statement by Brazil, read to the council. Turkey and Brazil voted against "
                     "and Lebanon abstained.\n\nMr. President,\nBrazil has voted against the draft resolution.\n", "x.txt")
    assert r.author_states == ["BRA"]


@pytest.mark.parametrize("text, states", [
    ("Yemen, Saudi Arabia, Egypt, Bahrain issue statement on the Council's failure.\n\nThe Republic of Yemen, the "
     "Kingdom of Saudi Arabia, the United Arab Emirates, the Kingdom of Bahrain and the Arab Republic of Egypt have issued "
     "the following statement: \"We are disappointed that the Council failed.\"", ["YEM", "SAU", "ARE", "BHR", "EGY"]),
    ("Le Maroc et la Tunisie ont publié la déclaration conjointe suivante : « Nous saluons l'adoption de la résolution "
     "par le Conseil des droits de l'homme, qui est une étape importante pour la protection des droits de la personne. »",
     ["MAR", "TUN"]),
    ("Cuba y Venezuela emitieron el siguiente comunicado: \"Rechazamos la resolución del Consejo de Derechos Humanos, que "
     "es un instrumento de presión política contra los pueblos de la región.\"", ["CUB", "VEN"]),
])
def test_states_issuing_a_statement_together_are_its_authors_the_longest_list_first(text: str, states: list[str]) -> None:
    assert extract_text(text, "x.txt").author_states == states


def test_a_later_list_of_other_states_does_not_take_the_joint_voice() -> None:
    r = extract_text("France, Germany and the United Kingdom welcome the report of the Director General. China, the Russian "
                     "Federation, Iran and Syria rejected it last week. We call on all States to implement resolution 2231.", "x.txt")
    assert r.author_states == ["FRA", "DEU", "GBR"]


@pytest.mark.parametrize("text", [
    "The ambassadors of Iran, Russia, and China to the United Nations emphasized in a joint letter that resolution 2231 (2015) has expired.",
    "Les ambassadeurs de l'Iran, de la Russie et de la Chine auprès des Nations Unies ont souligné que la résolution 2231 (2015) a expiré.",
])
def test_the_officials_of_a_list_of_states_where_they_serve_then_the_verb(text: str) -> None:
    assert extract_text(text, "x.txt").author_states == ["IRN", "RUS", "CHN"]


def test_a_groups_members_in_the_footnote_its_name_is_marked_with() -> None:
    text = ("Statement of Portugal on behalf of the Group of Friends of national mechanisms\n\nThank you Madam President.\n\n"
            "1. I am pleased to deliver this statement on behalf of the 28 Member-States of the group of friends on national "
            "mechanisms[1] for follow-up. We welcome the guidance.\n\nThank you.\n\n"
            "[1] Angola, Azerbaijan, Bahamas, Portugal and Uruguay.\n")
    assert extract_text(text, "x.txt").author_states == ["AGO", "AZE", "BHS", "PRT", "URY"]
    # a footnote mark after no group's name leads no one's list
    text = text.replace("of the group of friends on national mechanisms[1]", "of Portugal on national mechanisms[1]")
    assert extract_text(text, "x.txt").author_states == ["PRT"]


def test_states_in_apposition_to_we_are_the_authors() -> None:
    r = extract_text("We, the signatories of the Statement of Shared Commitments on Women, Peace and Security, Albania, "
                     "Brazil, Japan and the United States take this opportunity to reaffirm our commitment to "
                     "resolution 1325 (2000).", "x.txt")
    assert sorted(r.author_states) == ["ALB", "BRA", "JPN", "USA"]
    r = extract_text("We, the undersigned, met in Geneva. Albania and Brazil were absent.", "x.txt")
    assert not {"ALB", "BRA"} <= set(r.author_states)


def test_a_statement_heading_naming_a_group_then_its_members_after_a_colon() -> None:
    r = extract_text("Statement of the Nordic and Baltic States\n\nWritten statement submitted by the Nordic and Baltic "
                     "States: Denmark, Estonia, Finland and Sweden on the adoption of the resolution.\n\nRomania aligns "
                     "itself with this statement. We reaffirm our support to Georgia.", "x.txt")
    assert r.author_states == ["DNK", "EST", "FIN", "SWE"]


def test_states_as_the_lead_sentences_subject_speak_together_though_one_is_quoted_alone() -> None:
    r = extract_text("Headline\n\nIndia, Brazil and South Africa (IBSA) on Tuesday expressed their aversion to the move. "
                     "Brazilian Foreign Minister Antonio Patriota explained that the measure was problematic.", "x.txt")
    assert r.author_states == ["IND", "BRA", "ZAF"]


def test_on_behalf_of_a_group_with_its_members_in_brackets() -> None:
    assert on_behalf_of("Statement\non behalf of the Benelux countries (Belgium, Kingdom of the Netherlands, "
                        "Luxembourg)\n\nMr. President") == ("author_states", ["BEL", "NLD", "LUX"])
    assert on_behalf_of("I speak on behalf of the group of friends (from all regions), Belgium and Chile.") \
        == ("author_states", ["BEL", "CHL"])


def test_a_lead_list_inside_an_opening_quotation_mark() -> None:
    r = extract_text("Palais, 10 février 2003\n\n« La Russie, l'Allemagne et la France, en étroite coordination, réaffirment "
                     "que le désarmement est l'objectif commun. La France rappelle la résolution 687.", "x.txt")
    assert sorted(r.author_states) == ["DEU", "FRA", "RUS"]


@pytest.mark.parametrize("text", [
    "We, however, regret that, once again, Russia and China vetoed the draft resolution on Syria.",
    "Kyiv, 5 March. In a statement of the Foreign Ministry on Monday: Russia and China bear responsibility for blocking "
    "resolution 2728.",
    "Ukraine rejects the claims made in the letter from the Permanent Representatives of Russia and Belarus to the "
    "Secretary-General concerning resolution ES-11/4.",
    "Ministry of Foreign Affairs of the Russian Federation\n\nComment by the Information and Press Department\n\nRussia "
    "and China voted against the draft resolution on Syria, which was one-sided.",
    "India on Tuesday welcomed resolution 2728 (2024).\n\nIndia and Pakistan voted in favour of it.",
])
def test_states_spoken_of_in_a_we_clause_a_colon_a_letter_or_a_later_paragraph_are_no_joint_authors(text: str) -> None:
    assert len(extract_text(text, "x.txt").author_states) <= 1


@pytest.mark.parametrize("text, authors", [
    ("IBSA calls for Council reform\nIndia, Brazil and South Africa (IBSA) on Tuesday expressed support for resolution "
     "1970 (2011), and Brazilian Foreign Minister Patriota said it was right.", ["BRA", "IND", "ZAF"]),
    ("IBSA meets in New York.\n\nIndia, Brazil and South Africa (IBSA) on Tuesday expressed support for resolution "
     "1970 (2011), and Brazilian Foreign Minister Patriota said it was right.", ["BRA", "IND", "ZAF"]),
    ("Déclaration des pays nordiques : Danemark, Finlande, Islande, Norvège et Suède\n\nNous saluons la résolution "
     "2334 (2016).", ["DNK", "FIN", "ISL", "NOR", "SWE"]),
    ("Joint statement by the Group of Friends of Children and Armed Conflict: Belgium, Canada and Mexico\n\nWe "
     "welcome resolution 2427 (2018).", ["BEL", "CAN", "MEX"]),
    ("The following is a joint statement by the Permanent Missions of Albania, Australia and Austria on resolution "
     "68/262.", ["ALB", "AUS", "AUT"]),
])
def test_lead_lists_and_group_headings_in_their_forms(text: str, authors: list[str]) -> None:
    assert sorted(extract_text(text, "x.txt").author_states) == authors


@pytest.mark.parametrize("text", [
    "The letter of the following States: Russia and Belarus is attached.",
    "We, the elected members of the Security Council, regret that, once again, the Russian Federation and China "
    "vetoed the draft.",
    "Ukraine rejects the claims made in the statement by the Permanent Representatives of Russia and Belarus "
    "concerning resolution ES-11/4.",
])
def test_a_letters_signers_a_we_clause_or_another_statement_named_mid_sentence_are_no_joint_authors(text: str) -> None:
    assert len(extract_text(text, "x.txt").author_states) <= 1


@pytest.mark.parametrize("lang, text, authors", [
    ("en", "Fourteen States on Wednesday condemned the approval of new settlements.\nIn a joint statement, the governments "
           "of Belgium, Canada, Denmark, the UK, and Japan said such actions violate resolution 2334 (2016).",
     ["BEL", "CAN", "DNK", "GBR", "JPN"]),
    ("fr", "Les ministres ont condamné l'attaque mardi.\nDans une déclaration conjointe, les gouvernements de la Belgique, "
           "du Canada et du Japon ont rappelé la résolution 2334 (2016).", ["BEL", "CAN", "JPN"]),
    ("es", "Los cancilleres condenaron el ataque el martes.\nEn una declaración conjunta, los gobiernos de Chile, "
           "Colombia y México recordaron la resolución 2334 (2016).", ["CHL", "COL", "MEX"]),
])
def test_a_news_lead_naming_the_joint_text_before_its_states(lang: str, text: str, authors: list[str]) -> None:
    r = extract_text(text, "x.txt")
    assert (r.author_states, r.rules["author_states"]) == (authors, "joint-authors")


@pytest.mark.parametrize("text, authors", [
    ("Nueve aliados escribieron al Secretario General.\nLa carta, firmada por representantes de Belice, Palaos, "
     "San Vicente y las Granadinas (SVG) y Tuvalu, pide a la ONU que aplique la resolución 2758 (XXVI).",
     ["BLZ", "PLW", "VCT", "TUV"]),
    ("Leaders met in Foz do Iguaçu.\nThe declaration is signed by the presidents of Argentina, Brazil, Paraguay, and "
     "Uruguay, and recalls resolution 31/49.", ["ARG", "BRA", "PRY", "URY"]),
])
def test_a_list_steps_over_an_items_abbreviation_and_presidents_sign_for_their_states(text: str, authors: list[str]) -> None:
    assert extract_text(text, "x.txt").author_states == authors


def test_a_masculine_joint_text_opening_a_paragraph_and_one_told_of_in_passing() -> None:
    lead = ("Los cancilleres se reunieron el martes.\nEn un comunicado conjunto, los gobiernos de Argentina, Brasil y Chile "
            "reafirmaron la resolución 68/262.")
    assert extract_text(lead, "x.txt").author_states == ["ARG", "BRA", "CHL"]
    told = ("Eritrea rejects Security Council resolution 2023. Last week, in a joint statement, the governments of the "
            "United States, the United Kingdom and France welcomed resolution 2023.")
    assert extract_text(told, "x.txt").author_states == ["ERI"]


def test_a_list_steps_over_an_abbreviation_that_is_itself_a_name() -> None:
    text = ("Joint statement\n\nThe Governments of the United Kingdom (UK), Tuvalu and Fiji express their support for "
            "General Assembly resolution 68/262.")
    assert extract_text(text, "x.txt").author_states == ["GBR", "TUV", "FJI"]


def test_states_that_jointly_inform_or_declare_are_a_joint_texts_authors() -> None:
    text = ("Iran, China, and Russia Declare Termination of UN Security Council Resolution 2231 in Joint Letter\n\n"
            "New York: Iran, China, and Russia have jointly informed the Secretary-General of the termination of "
            "resolution 2231.")
    assert extract_text(text, "x.txt").author_states == ["IRN", "CHN", "RUS"]

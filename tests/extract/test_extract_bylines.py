"""Speakers and writers named in a byline (texts without a "(Signed)" block)."""
from __future__ import annotations

import pytest

from unhrkg.extract import extract_text
from unhrkg.extract.bylines import find_bylines


def test_a_byline_at_the_top_with_its_title_lines() -> None:
    text = ("Statement in Third Committee\n\nAmbassador Sarah Mendelson\nU.S. Representative for Economic and "
            "Social Affairs\nU.S. Mission to the United Nations\nNew York City\n\nThank you, Madame Chair.")
    assert find_bylines(text)[0] == {
        "name": "Sarah Mendelson", "titles": ["Ambassador", "U.S. Representative for Economic and Social Affairs"],
        "rule": "top-byline"}


def test_delivered_by_an_ambassador() -> None:
    text = "Explanation of Vote delivered by Ambassador Irina Schoulgin Nyoni on behalf of Sweden, 22 December 2017."
    assert find_bylines(text) == [{"name": "Irina Schoulgin Nyoni", "titles": ["Ambassador"], "rule": "delivered-by"}]


def test_a_letter_from_a_named_writer() -> None:
    text = "Letter from Dr. Nasser Al-Kidwa, Permanent Observer of Palestine to the U.N., to the Secretary-General:"
    assert find_bylines(text)[0]["titles"] == ["Permanent Observer of Palestine to the U.N."]


def test_a_french_explanation_of_vote() -> None:
    text = ("Adoption de la résolution 2401 - Explication de vote de M. François Delattre, représentant permanent de "
            "la France auprès des Nations unies - Conseil de sécurité - 24 février 2018")
    assert find_bylines(text) == [{"name": "François Delattre", "rule": "speech-of",
                                   "titles": ["représentant permanent de la France auprès des Nations unies"]}]


def test_a_name_running_into_a_sentence_or_in_capitals_is_not_a_byline() -> None:
    assert find_bylines("Mr. President Obama said that the resolution was adopted.") == []
    assert find_bylines("STATEMENT BY H.E. Mr. SERGEI ALEINIK AMBASSADOR, PERMANENT REPRESENTATIVE") == []


@pytest.mark.parametrize(("text", "titles"), [
    ("Delivered by Ms Aishath Shahula, First Secretary, Permanent Mission of the Republic of Maldives to the United "
     "Nations Office at Geneva\n\nMr President,", ["First Secretary", "Permanent Mission of the Republic of Maldives to "
                                                  "the United Nations Office at Geneva"]),
    ("Joint Statement by India delivered by Ms. Seema Pujani, First Secretary, Permanent Mission of India (Geneva, "
     "16 March 2022)", ["First Secretary", "Permanent Mission of India"]),
    ("Statement delivered by Ambassador Ann Lee, Permanent Representative, at the 49th session of the Council",
     ["Ambassador", "Permanent Representative"]),
])
def test_every_part_of_the_speakers_post(text: str, titles: list[str]) -> None:
    assert [p["titles"] for p in find_bylines(text)] == [titles]


def test_an_honourable_minister_with_a_portfolio_list() -> None:
    text = ("Statement by Hon. Dinesh Gunawardena, Minister of Foreign Relations, Skills Development, Employment "
            "and Labour Relations of Sri Lanka\nMadam President,\n")
    assert find_bylines(text) == [{"name": "Dinesh Gunawardena", "titles": [
        "Minister of Foreign Relations, Skills Development, Employment and Labour Relations of Sri Lanka"],
        "rule": "delivered-by"}]


def test_a_statement_heading_below_a_web_page_s_menus() -> None:
    menus = "Consulates\nOsaka\nNagoya\n" * 40
    text = (f"{menus}\nStatement by Ambassador John D. Negroponte, U.S. Representative to the United Nations, "
            "on the Situation in the Middle East\nMr. President, ...")
    assert find_bylines(text) == [{"name": "John D. Negroponte", "titles": [
        "Ambassador", "U.S. Representative to the United Nations"], "rule": "delivered-by"}]
    assert find_bylines(f"{menus}\nAs the statement by Ambassador John Smith, Representative of X, said") == []


def test_an_explanation_of_vote_by_an_ambassador_in_lower_case() -> None:
    text = ("Explanation of vote by Ambassador Matthew Rycroft, UK Permanent Representative to the United Nations on "
            "Israel-Palestine\n\nMr President, ...")
    assert find_bylines(text) == [{"name": "Matthew Rycroft", "titles": [
        "Ambassador", "UK Permanent Representative to the United Nations"], "rule": "delivered-by"}]


def test_a_spanish_speech_del_embajador_keeps_both_titles() -> None:
    text = ("Intervención del Embajador Yusnier Romero Puentes, Representante Permanente Alterno de la Misión Permanente "
            "de Cuba ante las Naciones Unidas, en la Cuarta Comisión.\n")
    assert find_bylines(text) == [{"name": "Yusnier Romero Puentes", "titles": [
        "Embajador", "Representante Permanente Alterno de la Misión Permanente de Cuba ante las Naciones Unidas"],
        "rule": "speech-of"}]


def test_a_post_after_the_name_in_a_flattened_heading() -> None:
    text = ("Permanent Mission of Israel Statement by Ambassador Haim Waxman Deputy Permanent Representative "
            "Explanation of Vote A/65/L.78 Mr. President, The Council was created five years ago.")
    assert find_bylines(text)[0] == {"name": "Haim Waxman", "titles": ["Ambassador", "Deputy Permanent Representative"],
                                     "rule": "delivered-by"}


def test_a_heading_below_a_byline_is_not_its_post() -> None:
    text = ("News of the day\n\nH.E. Mr. Htin Lynn\n\nStatement by Ambassador H.E. Mr. Htin Lynn, Ambassador and Permanent "
            "Representative of Myanmar at the 27th Special Session of the United Nations Human Rights Council\n\nMr. President,")
    assert find_bylines(text) == [{"name": "Htin Lynn", "titles": ["Ambassador and Permanent Representative of Myanmar"],
                                   "rule": "delivered-by"}]


def test_a_speaking_verb_opening_a_report_names_the_speaker_and_every_post() -> None:
    text = ("Interviene Juan Antonio Quintanilla Román, embajador, representante permanente de Cuba, en los comentarios "
            "generales del proyecto de resolución L.35\n\nSeñor Presidente:\n")
    assert find_bylines(text) == [{"name": "Juan Antonio Quintanilla Román",
                                   "titles": ["embajador", "representante permanente de Cuba"], "rule": "speech-of"}]
    from unhrkg.extract import extract_text
    assert extract_text(text, "x.txt").author_states == ["CUB"]


def test_an_ambassador_named_by_surname_alone() -> None:
    text = "11.07.2024 - Speech\n\nStatement delivered by Ambassador Leendertse, Permanent Representative of Germany.\n"
    assert find_bylines(text)[0]["name"] == "Leendertse"
    assert find_bylines("Statement delivered by Germany, a member of the Council.\n") == []
    assert find_bylines("Statement by the delegation\n\nMr. President,\nSri Lanka takes note of the update.\n") == []


def test_son_excellence_monsieur_is_an_honorific() -> None:
    text = "Déclaration de SEM Youssoufou Bamba, ambassadeur représentant permanent de la Côte d'Ivoire\n\nMonsieur le Président,"
    assert find_bylines(text)[0]["name"] == "Youssoufou Bamba"


def test_a_statement_by_a_named_speaker_with_the_post_on_the_next_line() -> None:
    text = ("Statement at introduction of a draft resolution\nStatement by H.E. Jörundur Valtýsson\n"
            "Permanent Representative of Iceland to the United Nations\nMr. President,\nI have the honour ...")
    assert find_bylines(text) == [{"name": "Jörundur Valtýsson", "rule": "delivered-by",
                                   "titles": ["Permanent Representative of Iceland to the United Nations"]}]


def test_initials_are_part_of_a_name_and_a_post_may_come_before_it() -> None:
    text = ("UNSC Briefing\n\nStatement by Ambassador T.S. Tirumurti\n\nPermanent Representative of India to the United "
            "Nations\n\nMr. President,\n")
    assert find_bylines(text)[0]["name"] == "T.S. Tirumurti"
    text = "Statement by First Deputy Permanent Representative Dmitry Polyansky on the vote on the draft resolution\n"
    assert find_bylines(text) == [{"name": "Dmitry Polyansky", "titles": ["First Deputy Permanent Representative"],
                                   "rule": "delivered-by"}]


def test_french_remarks_to_the_press_name_their_speaker() -> None:
    text = ("5 juillet 2012 - Conseil de sécurité - Mali - Remarques à la presse de M. Gérard Araud, représentant "
            "permanent de la France auprès des Nations unies\n\nLa France salue l'adoption de la résolution 2056.\n")
    assert find_bylines(text)[0]["name"] == "Gérard Araud"
    assert find_bylines("The call was made by Minister Counsellor Nguyen Hoang Nguyen, Deputy Permanent Representative "
                        "of Viet Nam, at the open debate.\n") == []


def test_a_post_with_its_state_before_the_name() -> None:
    text = ("Remarks by Permanent Representative of the Russian Federation Vassily Nebenzia in explanation of vote "
            "on the draft resolution\nMr. President,")
    assert find_bylines(text) == [{"name": "Vassily Nebenzia", "titles": ["Permanent Representative of the Russian "
                                                                          "Federation"], "rule": "delivered-by"}]


def test_a_statement_on_behalf_of_a_group_by_its_speaker() -> None:
    text = ("Statement on behalf of the EU and its Member States by H.E. Ambassador Jukka Salovaara, Permanent "
            "Representative of Finland, on the occasion of the adoption of the report\nMr. President,")
    assert find_bylines(text) == [{"name": "Jukka Salovaara", "titles": ["Ambassador", "Permanent Representative of "
                                                                         "Finland"], "rule": "delivered-by"}]


def test_a_by_line_under_a_heading_names_the_speaker_and_gives_a_surname_in_capitals_its_case() -> None:
    text = ("Item 2: EOV on the draft resolution L.11 titled: Human Rights Situation in Yemen\n"
            "by Ambassador OKANIWA Ken, Permanent Mission of Japan (7 October 2021)\nThank you, Madam President.")
    assert [(p["name"], p["titles"], p["rule"]) for p in find_bylines(text)] == [("Okaniwa Ken", ["Ambassador"], "delivered-by")]


def test_a_top_byline_under_a_professor_s_title_keeps_a_post_printed_with_and_as_one_title() -> None:
    text = ("Prof. U. Joy Ogwu\n\nAmbassador and Permanent Representative\n\nPermanent Mission of Nigeria to the United "
            "Nations\n\nResolution 1973 (2011), which was just adopted, was necessitated by the situation in Libya.")
    assert [(p["name"], p["titles"]) for p in find_bylines(text)] == [
        ("U. Joy Ogwu", ["Ambassador and Permanent Representative"])]


def test_a_name_all_in_capitals_is_a_heading_and_is_left_alone() -> None:
    assert find_bylines("by Ambassador JOHN SMITH, PERMANENT REPRESENTATIVE\nThank you.") == []


def test_a_heading_naming_the_ambassador_whose_intervention_it_is() -> None:
    text = ("Intervención Embajador Román Oyarzun ante el CSNU sobre la resolución 2286\n\nSr. Presidente, en enero de "
            "2015 un avión de combate dejó caer 13 bombas.")
    assert [(p["name"], p["titles"], p["rule"]) for p in find_bylines(text)] == [("Román Oyarzun", ["Embajador"], "speech-of")]


def test_an_ambassador_named_inside_a_sentence_after_intervention_needs_a_post() -> None:
    text = "El texto recoge la intervención Embajador Juan Pérez ante el Consejo, que fue breve."
    assert find_bylines(text) == []


def test_the_speaker_who_gave_the_following_statement() -> None:
    text = ("UN Human Rights Council 51: UK statement\n\nAmbassador Simon Manley, Permanent Representative to the UN in "
            "Geneva, delivered the following Explanation of Vote on the resolution.\n\nThank you, Mr President,")
    assert find_bylines(text) == [{"name": "Simon Manley", "rule": "gave-the-following",
                                   "titles": ["Ambassador", "Permanent Representative to the UN in Geneva"]}]


def test_a_rank_before_a_name_whose_short_surname_is_in_capitals() -> None:
    text = 'Explanatory Statement by Counsellor YAO Shaojun of the Chinese Delegation on Draft Resolution "Situation"'
    assert find_bylines(text) == [{"name": "Yao Shaojun", "titles": ["Counsellor"], "rule": "delivered-by"}]


def test_a_declaration_pronounced_on_behalf_of_a_group_by_its_speaker() -> None:
    text = ("4 novembre 2008 - Point 58 - Déclaration prononcée par S. E. M. Jean-Maurice Ripert\n\n63ème ASSEMBLEE "
            "GENERALE\nDéclaration prononcée au nom de l'Union européenne par S. E. M. Jean-Maurice Ripert, Ambassadeur, "
            "Représentant permanent de la France auprès des Nations Unies\n\nMonsieur le Président,")
    from unhrkg.extract import lexicon
    with lexicon.using("fr"):
        found = find_bylines(text)
    assert found == [{"name": "Jean-Maurice Ripert", "rule": "delivered-by", "titles": [
        "Ambassadeur", "Représentant permanent de la France auprès des Nations Unies"]}]


def test_a_rank_printed_in_lower_case_stays_so() -> None:
    text = "Intervención del embajador Samuel Moncada durante la presentación del informe\n\nSeñor Presidente,"
    assert find_bylines(text) == [{"name": "Samuel Moncada", "titles": ["embajador"], "rule": "speech-of"}]


def test_a_post_wrapped_onto_the_headings_next_line() -> None:
    text = ("Statement by \n\nH. E. Mr. Mohammad Khazaee, Ambassador and Permanent Representative\n\nof the Islamic "
            "Republic of Iran to the United Nations \n\non the Draft Resolution L.51\n\nMr. Chairman,")
    assert find_bylines(text)[0]["titles"] == [
        "Ambassador and Permanent Representative of the Islamic Republic of Iran to the United Nations"]


def test_a_trailing_colon_is_no_part_of_a_post() -> None:
    text = "Explication de vote de Mme Sylvie Lucas, Représentant permanent du Luxembourg :\n\nMonsieur le Président,"
    assert find_bylines(text)[0]["titles"] == ["Représentant permanent du Luxembourg"]


@pytest.mark.parametrize("text, expected", [
    ("Security Council - Resolution 2249 - Remarks to the press by Mr François Delattre, Permanent Representative of "
     "France to the United Nations - 20 November 2015\n\nThank you.",
     {"name": "François Delattre", "titles": ["Permanent Representative of France to the United Nations"], "rule": "delivered-by"}),
    ("Speech by Prime Minister Stefan Löfven at the UN Security Council on Children and Armed Conflict, 9 July 2018\n\n"
     "Mr President,", {"name": "Stefan Löfven", "titles": ["Prime Minister"], "rule": "delivered-by"}),
    ("Interviene el Embajador Rodolfo Benítez Verson, sobre el proyecto de resolución L.3.\n\nSeñor Presidente:",
     {"name": "Rodolfo Benítez Verson", "titles": ["Embajador"], "rule": "speech-of"}),
    ("Madrid.\nEl Embajador Representante Permanente de España ante las Naciones Unidas, Agustín Santos Maraver, ha "
     "intervenido ante el Comité Especial.",
     {"name": "Agustín Santos Maraver", "titles": ["Embajador Representante Permanente de España ante las Naciones Unidas"],
      "rule": "post-then-name"}),
])
def test_bylines_of_remarks_speeches_and_reports_of_a_speech(text: str, expected: dict[str, object]) -> None:
    assert find_bylines(text) == [expected]


@pytest.mark.parametrize("text", [
    "El Embajador de España ante las Naciones Unidas, Agustín Santos Maraver, recibió ayer a los periodistas.",
    "Kyiv.\nThe Minister of Foreign Affairs of the Russian Federation, Sergey Lavrov, made threats against Ukraine.",
    "La Ministra de Defensa, Margarita Robles, participó en el desfile militar.",
])
def test_a_post_and_a_name_without_a_verb_of_speaking_is_no_byline(text: str) -> None:
    assert find_bylines(text) == []


@pytest.mark.parametrize("text, name, title", [
    ("Déclaration\n\nLa ministre des Affaires étrangères, l’honorable Chrystia Freeland, a fait aujourd’hui la "
     "déclaration suivante :\n\n« Le Canada déplore le veto. »", "Chrystia Freeland", "ministre des Affaires étrangères"),
    ("Statement\n\nThe Minister of Foreign Affairs, the Honourable John Baird, made the following statement:\n\n"
     "\"Canada welcomes the resolution.\"", "John Baird", "Minister of Foreign Affairs"),
])
def test_an_official_by_post_then_name_who_makes_the_statement_that_follows(text: str, name: str, title: str) -> None:
    assert [(b["name"], b["titles"]) for b in find_bylines(text)] == [(name, [title])]


def test_an_official_reported_as_saying_something_is_not_the_texts_speaker() -> None:
    assert find_bylines("El representante permanente de Venezuela ante la ONU-Ginebra, Héctor Constant Rosales, "
                        "reafirmó este jueves la voluntad del Gobierno Bolivariano.") == []


def test_a_rank_before_the_name_in_a_heading() -> None:
    text = "Explanation of Vote by Counselor Xing Jisheng on the Security Council Resolution\n\nMadam President,\n"
    assert find_bylines(text) == [{"name": "Xing Jisheng", "titles": ["Counselor"], "rule": "delivered-by"}]


def test_sir_is_no_part_of_the_name() -> None:
    text = "The resolution, delivered by Sir Jeremy Greenstock, UK Permanent Representative\n\nThank you.\n"
    assert find_bylines(text)[0]["name"] == "Jeremy Greenstock"


@pytest.mark.parametrize("text, name, titles", [
    ("Allocution de Paul Seger, Ambassadeur de la Suisse lors de la présentation du projet de résolution\n\nTexte.",
     "Paul Seger", ["Ambassadeur de la Suisse"]),
    ("23 février 2006 - Conseil : Déclaration à la presse de M. Jean-Marc de la Sablière, représentant permanent de la "
     "France auprès des Nations unies\n\nTexte.", "Jean-Marc de la Sablière",
     ["représentant permanent de la France auprès des Nations unies"]),
    ("Intervención de la Subsecretaria para Derechos Humanos, Mariclaire Acosta, en el Segmento de Alto Nivel\n\nTexto.",
     "Mariclaire Acosta", ["Subsecretaria para Derechos Humanos"]),
])
def test_a_speech_heading_names_the_speaker_and_her_post(text: str, name: str, titles: list[str]) -> None:
    assert find_bylines(text) == [{"name": name, "titles": titles, "rule": "speech-of"}]


def test_a_heading_naming_the_statement_as_the_official_s() -> None:
    text = "Foreign Ministry Spokesman Kong Quan's Statement on the Decision to Table a Resolution\n\nThe decision.\n"
    assert find_bylines(text) == [{"name": "Kong Quan", "titles": ["Foreign Ministry Spokesman"], "rule": "possessive-heading"}]
    assert find_bylines("The Minister's Statement on the report\n\nText.\n") == []


def test_a_line_of_its_own_with_the_post_then_the_person() -> None:
    text = ("Explanation of vote at the Security Council\n\nPermanent Representative of Brazil, Ambassador Maria Luiza "
            "Ribeiro Viotti\n\nBrazil voted in favour of resolution 1970.\n")
    assert find_bylines(text) == [{"name": "Maria Luiza Ribeiro Viotti", "titles": ["Permanent Representative of Brazil",
                                   "Ambassador"], "rule": "post-line"}]
    prose = "Permanent Representative of Brazil, Ambassador Maria Luiza Ribeiro Viotti, said the vote was right.\n"
    assert find_bylines(prose) == []


def test_a_page_s_bracketed_date_after_the_post_is_no_part_of_it() -> None:
    text = ("General Comment of India after the adoption of the Resolutions delivered by Ambassador Virander Paul, Deputy "
            "Permanent Representative of India. [06 July 2018, Geneva]\n\nMr President,\n")
    assert find_bylines(text)[0]["titles"] == ["Ambassador", "Deputy Permanent Representative of India"]


def test_a_rank_before_the_name_in_a_spanish_speech_heading() -> None:
    text = "Intervención del Ministro Mateo Estrémé, Representante Permanente Alterno\n\n17 de enero\n\nSeñor Presidente:\n"
    assert find_bylines(text) == [{"name": "Mateo Estrémé", "titles": ["Ministro", "Representante Permanente Alterno"],
                                   "rule": "speech-of"}]
    no_post = "Intervención del Ministro Mateo Estrémé en el debate\n\nSeñor Presidente:\n"
    assert find_bylines(no_post) == []  # a rank alone, no post set off after the name, is the heading's, not a byline


def test_a_speaker_who_delivered_a_statement() -> None:
    text = ("Ambassador Jane Doe, Permanent Representative of Canada, delivered a statement on the resolution.\n\n"
            "Canada supports resolution 7/19.\n")
    assert find_bylines(text) == [{"name": "Jane Doe", "titles": ["Ambassador", "Permanent Representative of Canada"],
                                   "rule": "gave-the-following"}]


@pytest.mark.parametrize("text", [
    "Intervención del Representante Permanente de Cuba ante las Naciones Unidas, Nueva York, 5 de mayo de 2010\n\nSeñor Presidente:\n",
    "Intervención del Canciller Jorge Taiana, Nueva York, 5 de mayo de 2010\n\nSeñor Presidente:\n",
    "Intervención del Ministro Mateo Estrémé, en el debate general\n\nSeñor Presidente:\n",
])
def test_a_place_or_an_occasion_after_the_comma_is_no_speaker_or_post(text: str) -> None:
    assert find_bylines(text) == []


@pytest.mark.parametrize("text, titles", [
    ("Intervención del Embajador Juan Pérez, Representante Permanente de Chile durante el Diálogo Interactivo\n\nTexto.",
     ["Embajador", "Representante Permanente de Chile"]),
    ("Statement by Ambassador Ann Lee, Permanent Representative of Ghana following the adoption of resolution 31/2\n\nText.",
     ["Ambassador", "Permanent Representative of Ghana"]),
    ("Déclaration de M. Paul Dupont, représentant permanent de la France au cours du débat général\n\nTexte.",
     ["représentant permanent de la France"]),
])
def test_the_occasion_after_a_post_is_no_part_of_it(text: str, titles: list[str]) -> None:
    assert find_bylines(text)[0]["titles"] == titles


def test_every_language_lists_the_words_that_start_an_occasion() -> None:
    from unhrkg.extract import lexicon
    for lang in lexicon.languages():
        assert lexicon.lookup("signature", "occasion", lang=lang), lang  # one list per language, read by bylines


@pytest.mark.parametrize("text, name", [
    ("Statement, 6 July 2018.\n\nAs delivered by Ambassador Hans Brattskar.\n\nMr President,\n", "Hans Brattskar"),
    ("Delivered by Ambassador John A. Smith.\n\nText.\n", "John A. Smith"),
    ("Delivered by Ambassador John Smith Jr.\n\nText.\n", "John Smith Jr."),
])
def test_the_stop_after_a_byline_is_no_part_of_the_name(text: str, name: str) -> None:
    assert find_bylines(text)[0]["name"] == name


def test_a_name_line_ending_in_a_stop_keeps_the_titles_below_it() -> None:
    text = "Ambassador Hans Brattskar.\nPermanent Representative of Norway to the United Nations\n\nMr President,\nText.\n"
    assert find_bylines(text) == [{"name": "Hans Brattskar", "rule": "top-byline",
                                   "titles": ["Ambassador", "Permanent Representative of Norway to the United Nations"]}]
    text = "Statement by H.E. Mr. John Smith.\nPermanent Representative of Australia to the United Nations\n\nText.\n"
    assert find_bylines(text)[0]["name"] == "John Smith"


def test_a_bare_name_on_its_own_line_above_a_post() -> None:
    text = ("Explanation of Vote on the Renewal of Resolution 2498\n\nRodney Hunter\nPolitical Coordinator\n"
            "U.S. Mission to the United Nations\nNew York, New York\nNovember 12, 2020\n\nThank you, Madam President.\n")
    assert find_bylines(text) == [{"name": "Rodney Hunter", "titles": ["Political Coordinator"], "rule": "top-byline"}]


@pytest.mark.parametrize("text", [
    "Eritrea: working methods\n\nNews PR\nAmbassador of Eritrea\n\nBy TesfaNews,\n",  # a line of the site's, not a name
    "Human Rights Council\nPresident of the Council\n\nText.\n",  # a body
    "Mensaje\n- Su Excelencia\nAntónio Guterres\nSecretario General de las Naciones Unidas\n\nTexto.\n",  # those addressed
    "Nota\n\nExcelentísima Señora Embajadora\nRita Hernández Bolaños\nRepresentante Permanente de Costa Rica\n\nTexto.\n",
])
def test_a_bare_name_line_that_is_no_speaker(text: str) -> None:
    assert find_bylines(text) == []


def test_a_post_then_the_name_then_the_moment() -> None:
    text = ("Explanation of vote by Permanent Representative Vassily Nebenzia after UNSC vote on a draft resolution\n\n"
            "Mr. President,\n")
    assert find_bylines(text) == [{"name": "Vassily Nebenzia", "titles": ["Permanent Representative"], "rule": "delivered-by"}]


@pytest.mark.parametrize("text, person", [
    ("Intervention by Ms. Fatemeh Arab Bafrani, Second Secretary\n\nMr. Chair,\n",
     {"name": "Fatemeh Arab Bafrani", "titles": ["Second Secretary"], "rule": "delivered-by"}),
    ("25 December 2010\n\nStatement by Mr. Rashid Bayat Mokhtari\n\nDelegate of the Islamic Republic of Iran\n\nMr. President,\n",
     {"name": "Rashid Bayat Mokhtari", "titles": ["Delegate of the Islamic Republic of Iran"], "rule": "delivered-by"}),
    ("(Nueva York, 7 de marzo de 2014)\n\nDeclaración S.E. Embajadora María Emma Mejía, Representante Permanente de Colombia\n\n"
     "Señora Presidenta:\n",
     {"name": "María Emma Mejía", "titles": ["Embajadora", "Representante Permanente de Colombia"], "rule": "speech-of"}),
    ("Palabras del Ministro de Relaciones Exteriores, Heraldo Muñoz, en la Jornada de Celebración\n\nTexto.\n",
     {"name": "Heraldo Muñoz", "titles": ["Ministro de Relaciones Exteriores"], "rule": "speech-of"}),
    ("Remarks by Sergiy Kyslytsya, Deputy Foreign Minister of Ukraine during the round table\n\nText.\n",
     {"name": "Sergiy Kyslytsya", "titles": ["Deputy Foreign Minister of Ukraine"], "rule": "delivered-by"}),
])
def test_more_ways_a_heading_names_its_speaker(text: str, person: dict[str, object]) -> None:
    assert find_bylines(text) == [person]


@pytest.mark.parametrize("text", [
    "Human Rights Council - 52nd Session\nInteractive Dialogue\nSpecial Rapporteur on the situation in Myanmar\n\nStatement by Australia\n",
    "General Debate\nHead of Delegation of Kenya\n\nText.\n",
    "Señor António Guterres\nSecretario General de las Naciones Unidas\n\nTengo el honor de dirigirme a usted.\n",
])
def test_a_heading_or_an_addressee_above_a_post_is_no_speaker(text: str) -> None:
    assert find_bylines(text) == []  # (a bare name needs an honour above it or the speaker's mission below the post)


def test_a_surname_in_capitals_ending_the_name_and_an_abbreviated_rank() -> None:
    found = find_bylines("Explanation of Vote to be delivered by Amb. Amar BENDJAMA, Permanent Representative of "
                         "Algeria On behalf of the A3+ members\n\nMr. President,\n\nWe voted for resolution 2719.")
    assert found and found[0]["name"] == "Amar Bendjama"
    assert found[0]["titles"] == ["Permanent Representative of Algeria"]


@pytest.mark.parametrize(("text", "expected"), [
    # the post before the name in a heading's closing bracket (a foreign ministry's statement page)
    ("Adoption of a Resolution by the United Nations Security Council concerning the Missile Launch (Statement by "
     "Foreign Minister Jane Doeland)\n\nDecember 23, 2017\n1. The Government welcomes resolution 2397.",
     {"name": "Jane Doeland", "titles": ["Foreign Minister"]}),
    ("Adoption of the Security Council resolution 2728 (Statement by Foreign Minister KAMIKAWA Yoko)\n\nMarch 27, 2024",
     {"name": "Kamikawa Yoko", "titles": ["Foreign Minister"]}),
    # a rank, then the surname alone, then the occasion, in a heading after the forum's name
    ("General Assembly/Third Committee: Statement by Ambassador Brauner at the Adoption of the Resolution on Privacy\n\n"
     "Mr. Chairman, ...", {"name": "Brauner", "titles": ["Ambassador"]}),
    # Spanish: the post, then the rank and the surname alone at the line's end
    ("España\n\nIntervención del Representante Permanente, Embajador Gómez-Barral\n\nante la sesión plenaria de la "
     "Asamblea General", {"name": "Gómez-Barral", "titles": ["Representante Permanente", "Embajador"]}),
    # honours one after another before the rank
    ("Intervención de S.E. Sr. Embajador Néstor Olmedo, Representante Permanente de Colombia, Plenario: la cuestión",
     {"name": "Néstor Olmedo", "titles": ["Embajador", "Representante Permanente de Colombia"]}),
    # a speech's addressees between its word and the speaker: "Discours à la Nation de ..."
    ("vendredi, 03 novembre 2006\n\nDiscours à la Nation de S.E.M. Laurent Gbalo, Président de la République de "
     "Côte d'Ivoire\n\nIvoiriennes, Ivoiriens,", {"name": "Laurent Gbalo", "titles": ["Président de la République de Côte d'Ivoire"]}),
    # a bare name above a post of the lexicon and the mission's line
    ("Remarks on the Report of the Human Rights Council\n\nJohn Gardano\nPublic Delegate\nU.S. Mission to the United Nations\n"
     "New York, New York\nNovember 1, 2019\n\nThank you.", {"name": "John Gardano", "titles": ["Public Delegate"]}),
])
def test_a_speaker_named_after_the_post_or_by_surname_in_a_heading(text: str, expected: dict[str, object]) -> None:
    found = find_bylines(text)
    assert [{"name": p["name"], "titles": p["titles"]} for p in found] == [expected]


@pytest.mark.parametrize("text", [
    "The resolution was adopted (Statement by the President of the Council to the press)\n",  # no person named
    "General Assembly: Statement by Ambassador Brauner at the Adoption of Resolution 68/167 was cancelled, officials said, "
    "and the ambassador left.",  # the heading runs on into a sentence: not a heading
    "Discours à la Nation de la France et de ses alliés",  # no person after the addressees
])
def test_no_speaker_where_the_heading_names_none(text: str) -> None:
    assert find_bylines(text) == []


def test_a_post_right_after_the_name_without_a_comma() -> None:
    text = ("Plenario\n\n(Nueva York, 1 de marzo de 2011)\n\nIntervención S.E. Embajador Néstor Olmedo Representante Permanente "
            "de Colombia, Implementación de las Resoluciones de Naciones Unidas\n\nSeñor Presidente:\n")
    assert [(p["name"], p["titles"]) for p in find_bylines(text)] == [
        ("Néstor Olmedo", ["Embajador", "Representante Permanente de Colombia"])]


@pytest.mark.parametrize(("text", "expected"), [
    ("Explanation of Vote by the United States of America as delivered by Katherine Grove\n\nHuman Rights Council, 36th "
     "Session\n\nThank you, Mr. President.", {"name": "Katherine Grove", "titles": []}),
    ("Statement by the Republic of Estonia on behalf of Estonia, Latvia and Lithuania\n\ndelivered by H.E. Mr Rein Tamsar at "
     "the\n\n77th Session of the United Nations General Assembly", {"name": "Rein Tamsar", "titles": []}),
    ("Joint Nordic statement on resolution 2250, delivered by First Secretary Paul Bjorn (Norway).\n\nMr. President,",
     {"name": "Paul Bjorn", "titles": ["First Secretary"]}),
    ("Nordic statement on the draft, delivered by Minister Counsellor Karin Bolind.\n\nThank you.",
     {"name": "Karin Bolind", "titles": ["Minister Counsellor"]}),
])
def test_the_speaker_the_verb_of_delivery_names(text: str, expected: dict[str, object]) -> None:
    assert [{"name": p["name"], "titles": p["titles"]} for p in find_bylines(text)] == [expected]


def test_a_delivery_in_a_sentence_that_goes_on_names_no_speaker() -> None:
    assert find_bylines("The statement was delivered by Katherine Grove to the press, who asked about resolution 2250.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Explanation of Vote on a Third Committee Resolution on Combatting the Glorification of Nazism\n\nNicholas Hall\n"
     "U.S. Deputy Representative to the Economic and Social Council\nNew York, New York\nNovember 4, 2019\n\nThank you, Mr. Chair.",
     [{"name": "Nicholas Hall", "titles": ["U.S. Deputy Representative to the Economic and Social Council"]}]),
    ("Remarks at the Adoption\n\nTeri Robson\nUnited States Deputy Representative to ECOSOC\nNew York, NY\nNovember 28, 2018\n\n"
     "Thank you.", [{"name": "Teri Robson", "titles": ["United States Deputy Representative to ECOSOC"]}]),
    # a heading's two lines, the second naming a post, with no place and date under it: no byline
    ("Interactive Dialogue\nRepresentative of the Secretary-General on Human Rights Defenders\n\nThank you.", []),
])
def test_a_bare_name_above_its_state_s_post_and_the_place_and_date(text: str, expected: list[dict[str, object]]) -> None:
    assert [{"name": p["name"], "titles": p["titles"]} for p in find_bylines(text)] == expected


@pytest.mark.parametrize("text", [
    # a forum named after the speech's word is no speaker, nor a person's name
    "Intervención ante la Comisión de Derechos Humanos, Embajador Juan Pérez, Representante Permanente de Chile\n\nSeñor Presidente:",
    "Discurso ante la Asamblea de Naciones Unidas, Presidente Evo Morales, en el debate general",
    # a verb of delivery inside running text, a report presented by an official
    "The Council considered the report presented by Special Rapporteur Jane Doe, and many delegations took the floor on the matter.",
    "Mr. President,\n\nWe thank the briefers. The report was presented by Under-Secretary-General Jane Doe.\nMany of its findings are alarming.",
    "Mr. President,\n\nWe align ourselves with the statement read out by Mr. Jean Dupont at the\nopening of this session on behalf of the Group.",
    # a label that points elsewhere, a subject line, a bracket inside a news sentence
    "Previous: Statement by Ambassador Haley on Iran\n\nThe United States welcomes resolution 2231.",
    "Subject: Statement by Special Rapporteur Jane Doe on the situation in Freedonia\n\nExcellency,\n\nThe Mission rejects it.",
    "Japan lodged a strong protest over the launch (Statement by Foreign Minister Taro Kono), and the Cabinet met on Friday.",
    # a heading line that runs on as a sentence; a word that qualifies a rank
    "General Assembly: Statement by Ambassador Brauner at the Adoption of Resolution 68/167 was\ncancelled, officials said.",
    "Statement by Ambassador Designate at the hearing of the Committee",
    "Intervención del Representante Permanente, Embajador Designado",
    "Intervención del Representante Permanente Adjunto, Embajador Alterno",
    # a heading above a post and a place and date: no name
    "Interactive Dialogue\nSpecial Rapporteur on Human Rights Defenders\nGeneva, Switzerland\n4 March 2019\n\nThank you, Mr. President.",
    "World Refugee Day\nUnited States Ambassador to the United Nations\nNew York, New York\nJune 20, 2019\n\nThank you.",
    "Press Release\nU.S. Deputy Representative Jane Doe\nNew York, New York\nNovember 4, 2019\n\nThank you.",
])
def test_no_speaker_from_a_forum_a_sentence_a_label_or_a_heading(text: str) -> None:
    assert find_bylines(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Intervention de Semih Yilmaz, Ministre des Affaires étrangères", ("Semih Yilmaz", ["Ministre des Affaires étrangères"])),
    ("Intervención del Embajador Néstor Olmedo Presidente del Consejo de Seguridad en la sesión sobre Haití, Nueva York",
     ("Néstor Olmedo", ["Embajador", "Presidente del Consejo de Seguridad"])),
    ("Déclaration de M. Jean Dupont Président de la République devant le Parlement réuni en Congrès, Versailles",
     ("Jean Dupont", ["Président de la République"])),
    # a vice-president, a chargé d'affaires as a post part, a post with its article and an honour
    ("Palabras de la Vicepresidente y Canciller, Marta Lucía Ramos, ante la Asamblea General\n\nSeñor Presidente:",
     ("Marta Lucía Ramos", ["Vicepresidente y Canciller"])),
    ("Intervention de M. Olivier Mees Chargé d’affaires a.i., Représentant permanent adjoint du Luxembourg:\n\nMonsieur le Président,",
     ("Olivier Mees", ["Chargé d’affaires a.i.", "Représentant permanent adjoint du Luxembourg"])),
    ("Statement by the Prime Minister Hon. Alatoi Kalsakau at the United Nations General Assembly 29 March 2023\n\nMr President,",
     ("Alatoi Kalsakau", ["Prime Minister"])),
])
def test_a_name_like_an_honour_and_a_post_without_its_occasion(text: str, expected: tuple[str, list[str]]) -> None:
    assert [(p["name"], p["titles"]) for p in find_bylines(text)] == [expected]


def test_a_heading_s_statement_of_a_post_then_the_honoured_name() -> None:
    text = ("Statement of the Permanent Representative of Ukraine to the UN Mr. Sergiy Kyslytsa on the consideration of the "
            "report of the Third Committee\n\nMr. President,")
    assert [(p["name"], p["titles"]) for p in find_bylines(text)] == [("Sergiy Kyslytsa", ["Permanent Representative of Ukraine to the UN"])]
    assert find_bylines("We recall the statement of the Permanent Representative of Ukraine to the UN Mr. Sergiy Kyslytsa on the "
                        "report, which was clear.") == []


@pytest.mark.parametrize("text, name, titles", [
    ("Statement by Mr.Ivan Petrov, Deputy Permanent Representative of the Russian Federation to the United Nations, "
     "at the Security Council\n\nMr. President,\n\nWe voted in favour.", "Ivan Petrov",
     ["Deputy Permanent Representative of the Russian Federation to the United Nations"]),
    ("Statement delivered by Ambassador Amina Rahman Explanation of Vote after the vote on the draft resolution "
     "(3 May 2019)\n\nMadam President,\n\nWe abstained.", "Amina Rahman", ["Ambassador"]),
    ("Statement by Her Excellency Ms. Sara Lind,\nPermanent Representative of Iceland to the\nUnited Nations, at the "
     "plenary meeting of the General Assembly\n\nMr. President,", "Sara Lind",
     ["Permanent Representative of Iceland to the United Nations"]),
])
def test_a_speakers_name_ends_where_the_heading_goes_on(text: str, name: str, titles: list[str]) -> None:
    signatories = extract_text(text, "x.txt").signatories
    assert [(s["name"], s["titles"]) for s in signatories] == [(name, titles)]


def test_a_state_and_its_post_after_a_speakers_name_are_not_part_of_it() -> None:
    text = "Statement by Tom Hale New Zealand Ambassador and Permanent Representative, 2 November 2011\n\nMr. President,"
    assert all(s["name"] == "Tom Hale" for s in extract_text(text, "x.txt").signatories)


@pytest.mark.parametrize(("heading", "person"), [
    ("Statement by NSC Spokesperson Sean Savett on Syria", {"name": "Sean Savett", "titles": ["NSC Spokesperson"]}),
    ("Statement by Press Secretary Karine Jean-Pierre on the Situation in Sudan",
     {"name": "Karine Jean-Pierre", "titles": ["Press Secretary"]}),
])
def test_a_post_opening_with_its_offices_words_before_the_name(heading: str, person: dict[str, object]) -> None:
    assert find_bylines(f"{heading}\n\n2024-11-30\n\nWe are closely monitoring the situation.") == [
        {**person, "rule": "delivered-by"}]


def test_a_rank_said_again_with_its_post_after_the_name_is_said_once() -> None:
    text = ("Statement by Deputy Minister Luwellyn Landers, Deputy Minister of International Relations and Cooperation "
            "at a Public Lecture, 22 February 2019, Cape Town.\n\nLadies and Gentlemen,")
    assert find_bylines(text)[0]["titles"] == ["Deputy Minister of International Relations and Cooperation"]


@pytest.mark.parametrize(("text", "person"), [
    ("21 July 2022\nStatement by H.E. the Hon. Mitch Fifield, Ambassador and Permanent Representative of Australia to "
     "the United Nations\nMr President, colleagues, let me be brief.",
     {"name": "Mitch Fifield", "titles": ["Ambassador and Permanent Representative of Australia to the United Nations"]}),
    ("GA: The Use of the Veto\n\nStatement delivered by Permanent Representative Ambassador Merete Fjeld Brattested in "
     "Debate pursuant to resolution 76/262\n\nMr. President,",
     {"name": "Merete Fjeld Brattested", "titles": ["Permanent Representative", "Ambassador"]}),  # (the rank between kept)
    ("Explanation of Vote\n\nStated by Ambassador to the United Nations, Jakub Kulhánek, on May 10, 2024\n\nMr. President,",
     {"name": "Jakub Kulhánek", "titles": ["Ambassador to the United Nations"]}),
    ("14 June 2016, Brussels – Statement by the European Union High Representative/Vice President of the Commission, "
     "Federica Mogherini, on the adoption of Resolution 2292 by the UN Security Council\n\nThe EU welcomes.",
     {"name": "Federica Mogherini", "titles": ["European Union High Representative/Vice President of the Commission"]}),
])
def test_a_speakers_heading_in_its_other_shapes(text: str, person: dict[str, object]) -> None:
    assert find_bylines(text) == [{**person, "rule": "delivered-by"}]


def test_a_post_set_off_before_the_name_is_the_whole_of_it() -> None:
    text = ("Remarks to the press by the Australian Ambassador to the United Nations, Mr Gary Quinlan, Luxembourg "
            "Ambassador to the United Nations, Ms Sylvie Lucas, on the adoption of Resolution 2191.\n\nTranscript")
    assert find_bylines(text) == [{"name": "Gary Quinlan", "titles": ["Australian Ambassador to the United Nations"],
                                   "rule": "delivered-by"}]


def test_a_pages_speaker_label_names_the_speaker_and_the_post() -> None:
    text = ("Statement on behalf of the EU to the Security Council on the situation in Kosovo\n\nDate of Speech : "
            "12-03-2006\n\nSpeaker : Kirsti Lintonen, Permanent Representative of Finland to the United Nations\n\n"
            "Mr. President,\n\nI have the honour to speak on behalf of the European Union on resolution 1244 (1999).")
    assert [(s["name"], s["titles"]) for s in extract_text(text, "x.txt").signatories] == [
        ("Kirsti Lintonen", ["Permanent Representative of Finland to the United Nations"])]


def test_a_speaker_label_with_the_post_first_names_no_signatory() -> None:
    text = ("Explanation of vote\n\nSpeaker: Swiss representative to the UN; Head of Department, Jane Roe\n\nMr. President, "
            "Switzerland voted in favour of resolution 2736 (2024).")
    assert extract_text(text, "x.txt").signatories == []


def test_an_addressee_block_with_its_contact_lines_above_the_salutation_is_no_byline() -> None:
    text = ("H.E. Laura Dupuy Lasserre\nPresident of the United Nations Human Rights Council\n"
            "Email: hrcpresidency@ohchr.org\nFax: +41-(0)22-917-0490\nCC: Member States of the Human Rights Council\n"
            "Geneva, 16 September 2011\nYour Excellency,\nThe undersigned organisations write this letter to you.")
    assert extract_text(text, "x.txt").signatories == []


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "31 Juillet 2008 - Conseil de sécurité - Explication de vote prononcée par M. Nicolas de Rivière, Conseiller "
           "politique de la délégation française\n\nMerci, M. le Président.\n\nMa délégation se réjouit.",
     ("Nicolas de Rivière", ["Conseiller politique de la délégation française"])),
    # the post given on the second heading, the first naming the speaker alone
    ("fr", "Point 58 - Déclaration prononcée par S. E. M. Jean-Maurice Ripert\n\nAssemblée plénière\nDéclaration "
           "prononcée au nom de l'Union européenne par S. E. M. Jean-Maurice Ripert, Ambassadeur, Représentant "
           "permanent de la France\n\nMonsieur le Président,\n\nJ'ai l'honneur.",
     ("Jean-Maurice Ripert", ["Ambassadeur", "Représentant permanent de la France"])),
    ("es", "Declaración pronunciada por el Embajador Luis Giraldo, Representante Permanente de Colombia\n\n"
           "Señor Presidente:\n\nColombia ha decidido intervenir.", ("Luis Giraldo", ["Embajador", "Representante Permanente de Colombia"])),
])
def test_a_french_or_spanish_heading_names_who_delivered_it(lang: str, text: str, expected: tuple[str, list[str]]) -> None:
    from unhrkg.extract import lexicon
    with lexicon.using(lang):
        found = extract_text(text, "x.txt").signatories
    assert [(s["name"], s["titles"]) for s in found] == [expected]


def test_a_report_presented_by_an_official_in_a_sentence_names_no_signatory() -> None:
    text = ("Le Conseil de sécurité a examiné le rapport du Secrétaire général. Ce rapport était présenté par Monsieur "
            "Jean-Pierre Lacroix, Secrétaire général adjoint aux opérations de paix.")
    from unhrkg.extract import lexicon
    with lexicon.using("fr"):
        assert extract_text(text, "x.txt").signatories == []


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "Intervención del embajador LUIS GUILLERMO GIRALDO, Representante Permanente de Colombia\n\nSeñor Presidente:\n\n"
           "Colombia ha decidido intervenir.", "Luis Guillermo Giraldo"),
    ("en", "Statement by Ambassador LUIS GUILLERMO GIRALDO, Permanent Representative of Colombia\n\nMr. President,\n\n"
           "Colombia has decided to speak.", "Luis Guillermo Giraldo"),
])
def test_a_speakers_name_printed_in_capitals_in_a_cased_heading(lang: str, text: str, expected: str) -> None:
    from unhrkg.extract import lexicon
    with lexicon.using(lang):
        assert [s["name"] for s in extract_text(text, "x.txt").signatories] == [expected]


@pytest.mark.parametrize(("text", "name", "titles"), [
    ("S.E. M. Nicolas de Rivière\nReprésentant permanent de la France auprès des Nations Unies\n\nConseil de sécurité\n"
     "Débat public sur la protection des civils\nNew York\n23 mai 2023\nSeul le prononcé fait foi\n\nMonsieur le Président,\n\n"
     "La France soutient "
     "pleinement la résolution 2573 (2021).", "Nicolas de Rivière",
     ["Représentant permanent de la France auprès des Nations Unies"]),
    ("Mme Nathalie Broadhurst\nReprésentante permanente adjointe de la France\n\nConseil de sécurité\nSéance d'information "
     "sur la Syrie\nNew York, 23 mai 2023\nSeul le prononcé fait foi\n\nMadame la Présidente,\n\nLa France soutient "
     "pleinement la résolution 2254 (2015).", "Nathalie Broadhurst", ["Représentante permanente adjointe de la France"]),
])
def test_a_french_byline_under_its_honours_at_the_top(text: str, name: str, titles: list[str]) -> None:
    assert [(s["name"], s["titles"]) for s in extract_text(text, "x.txt").signatories] == [(name, titles)]

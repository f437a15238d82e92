"""Session and agenda items: header forms, OCR'd ordinals, special sessions, phrases."""
from __future__ import annotations

import pytest

from unhrkg.extract import extract_text, lexicon
from unhrkg.extract.agenda import find_agenda_items
from unhrkg.extract.procedure import find_session, session_of_number
from unhrkg.extract.text import heading_line as text_heading_line
from unhrkg.read import normalise


def session(text: str, symbol: str | None = None, addressee: str | None = None) -> dict[str, object] | None:
    text = normalise(text)
    return find_session(text, len(text), symbol, addressee, None)[0]


@pytest.mark.parametrize("text, symbol, expected", [
    ("COMMISSION ON HUMAN RIGHTS\nSixty-first session\nItem 9 of the provisional agenda\n", None, ("CHR", 61)),
    ("COMMISSION ON HUMAN RIGHTS\nFiifiy-ninth session\n", None, ("CHR", 59)),
    ("Human Rights Council\nTenth session\nAgenda item 2\n", "A/HRC/10/38", ("HRC", 10)),
    ("Human Rights Council Nineteenth session Agenda item 2 Annual report", "A/HRC/RES/19/2", ("HRC", 19)),
    ("Sixty-first session Third Committee Agenda item 67 (c)\n", "A/61/556", ("GA", 61)),
])
def test_header_session_takes_its_body_from_the_series_or_the_line_above(
        text: str, symbol: str | None, expected: tuple[str, int]) -> None:
    assert session(text, symbol) == {"body": expected[0], "number": expected[1]}


@pytest.mark.parametrize("text, number", [
    ("Human Rights Council\nNinth special session\n", "S-9"),
    ("Human Rights Council\nFifth special session\n", "S-5"),
])
def test_special_session_number_is_s_dash_n(text: str, number: str) -> None:
    assert session(text, f"A/HRC/{number}/2") == {"body": "HRC", "number": number}
    assert session(text, None) == {"body": "HRC", "number": number}


def test_body_and_session_on_one_heading_line() -> None:
    assert session("Statement by the delegation of Cuba on the resolution on the right to food\n\n"
                   "Human Rights Council, 7th session\nGeneva, 27 March 2008\n", None) == {"body": "HRC", "number": 7}


def test_circulated_as_a_document_of_the_session_phrase() -> None:
    text = ("I should be grateful if this letter could be circulated as an official document of the "
            "sixty-first session of the Commission on Human Rights under item 9.")
    assert session(text) == {"body": "CHR", "number": 61}


def test_the_session_at_which_a_cited_resolution_was_adopted_is_not_the_documents() -> None:
    text = "in accordance with resolution 42/4, adopted by the Human Rights Council at its 42nd session period."
    assert session(text) is None


def test_session_number_beyond_the_bodys_history_is_rejected() -> None:
    assert session("COMMISSION ON HUMAN RIGHTS\nSeventieth session\n") is None


@pytest.mark.parametrize("body, number, expected", [
    ("GA", "61/174", {"body": "GA", "number": 61}),
    ("HRC", "S-9/1", {"body": "HRC", "number": "S-9"}),
    ("CHR", "2005/115", {"body": "CHR", "number": 61}),
    ("SC", "1325 (2000)", None),
])
def test_a_resolutions_own_number_gives_its_session(body: str, number: str, expected: object) -> None:
    assert session_of_number(body, number) == expected


@pytest.mark.parametrize("text, items", [
    ("Item 9 of the provisional agenda", ["9"]),
    ("Items 3 and 4 of the provisional agenda", ["3", "4"]),
    ("Agenda item 112 (e)\nElections", ["112 (e)"]),
    ("Agenda item 67(c)", ["67 (c)"]),
    ("Agenda items 4, 7 and 9", ["4", "7", "9"]),
    ("circulated under item 10. Later, under agenda item 10 again", ["10"]),
])
def test_agenda_items_as_printed(text: str, items: list[str]) -> None:
    assert find_agenda_items(text) == items


def test_an_item_of_a_list_that_is_not_an_agenda_is_not_an_agenda_item() -> None:
    assert find_agenda_items("item 5 of the annex to resolution 5/1 and items of business") == []


@pytest.mark.parametrize(("text", "items"), [
    ("les rapports sur les points 77 à 85, 109 et 166 à 168 de l'ordre du jour",
     ["77", "78", "79", "80", "81", "82", "83", "84", "85", "109", "166", "167", "168"]),
    ("los temas 12 a 14 del programa", ["12", "13", "14"]),
    ("under agenda items 68 (a) to 68 (c) and 70", ["68 (a)", "68 (c)", "70"]),
    ("agenda items 3 to 400", ["3", "400"]),
])
def test_a_printed_range_of_items_is_spelt_out(text: str, items: list[str]) -> None:
    assert find_agenda_items(text) == items


def test_a_garbled_session_ordinal_yields_to_the_session_the_symbol_names() -> None:
    text = "Nations Unies A/66/PV.82 Assemblée générale Quatre vingt-deuxième session 82e séance plénière"
    assert find_session(text, len(text), "A/66/PV.82", None, None) == ({"body": "GA", "number": 66}, "symbol-session")


def test_a_session_ordinal_that_agrees_with_the_symbol_keeps_its_rule() -> None:
    text = "Human Rights Council\nTwenty-second session\nAgenda item 2\n"
    session, rule = find_session(text, len(text), "A/HRC/22/G/1", None, None)
    assert session == {"body": "HRC", "number": 22} and rule.startswith("header-session")


@pytest.mark.parametrize("organs", ["GENERAL ASSEMBLY SECURITY COUNCIL", "General Assembly Security Council"])
def test_a_joint_documents_session_is_the_assemblys(organs: str) -> None:
    text = (f"{organs}\nFifty-third session Fifty-fourth year\nAgenda items 40 and 155\n"
            "Letter dated 24 March 1999 from the Permanent Representative of Lebanon addressed to the Secretary-General\n")
    assert session(text) == {"body": "GA", "number": 53}


@pytest.mark.parametrize("text", [
    "Nine allies wrote at the opening of the 80th General Assembly.",
    "Nueve aliados escribieron al inicio de la 80ª Asamblea General de la ONU.",
    "Neuf alliés ont écrit lors de la 80e Assemblée générale.",
])
def test_the_assembly_named_by_its_ordinal_in_three_languages(text: str) -> None:
    assert session(text) == {"body": "GA", "number": 80}


def test_the_body_above_a_session_line_with_the_date_and_language_lines_between() -> None:
    text = ("General Assembly\n9 December 2002\n\nOriginal: English\n\nFifty-seventh session\nAgenda items 13, 36 and 50\n"
            "Letter dated 9 December 2002 from the Permanent Representative of Libya addressed to the Secretary-General\n")
    assert session(text) == {"body": "GA", "number": 57}


@pytest.mark.parametrize("lang, text", [
    ("en", "General Assembly\nTenth emergency special session\nAgenda item 5\n"),
    ("fr", "Assemblée générale\nDixième session extraordinaire d’urgence\nPoint 5 de l’ordre du jour\n"),
    ("es", "Asamblea General\nDécimo período extraordinario de sesiones de emergencia\nTema 5 del programa\n"),
])
def test_an_emergency_special_session_is_es_dash_n(lang: str, text: str) -> None:
    with lexicon.using(lang):  # (the bodies' names of the language being read)
        assert session(text, None) == {"body": "GA", "number": "ES-10"}
        assert session(text, "A/ES-10/484") == {"body": "GA", "number": "ES-10"}


def test_a_french_special_session_is_special() -> None:
    with lexicon.using("fr"):
        assert session("Conseil des droits de l'homme\nNeuvième session extraordinaire\n", None) == {
            "body": "HRC", "number": "S-9"}


def test_a_page_title_line_without_its_body_gives_way_to_the_header_block() -> None:
    text = ("Illegal actions - Tenth emergency special session - Letter from Palestine\n\nGeneral Assembly\n"
            "Tenth emergency special session\nAgenda item 5\n")
    assert session(text, None) == {"body": "GA", "number": "ES-10"}


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "UNGA79: Strengthening of the United Nations system\n\nThank you President,", ("GA", 79)),
    ("en", "UN Human Rights Council 51: UK statement on the Russia resolution\n", ("HRC", 51)),
    ("en", "HRC-52 | Joint statement on the right to food\n", ("HRC", 52)),
    ("es", "71 AGNU: Intervención de Cuba ante la Tercera Comisión\n", ("GA", 71)),
])
def test_a_heading_names_the_session_by_its_bodys_short_name_and_number(
        lang: str, text: str, expected: tuple[str, int]) -> None:
    with lexicon.using(lang):
        found, rule = find_session(text, 0, None, None, None)
    assert found == {"body": expected[0], "number": expected[1]} and rule == "session-shorthand"


@pytest.mark.parametrize("text", [
    "Statement on HRC 51/1 and its follow-up\n",  # a resolution's number
    "At the General Assembly 59th Plenary Meeting on the use of the veto\n",  # a meeting
    "les membres de la Commission d'enquête, sous mandat de la Résolution HRC39\n",  # a resolution of the session
    "Statement of 12 April 2019\n",
])
def test_a_resolution_a_meeting_or_a_date_is_no_session_shorthand(text: str) -> None:
    assert find_session(text, 0, None, None, None)[1] != "session-shorthand"


def test_the_assemblys_ordinal_on_a_heading_line_of_its_own() -> None:
    text = "63ème ASSEMBLEE GENERALE\nAssemblée plénière\nDéclaration prononcée au nom de l'Union européenne\n"
    assert find_session(text, 0, None, None, None) == ({"body": "GA", "number": 63}, "ordinal-assembly")


@pytest.mark.parametrize(("text", "items"), [
    ("UNGA79: STRENGTHENING OF THE UNITED NATIONS SYSTEM – ITEM 123\n\n19 December 2024", ["123"]),
    ("Statement at the 59th Plenary Meeting on the Use of Veto, Item 63, Special Report of the Security Council.", ["63"]),
    ("4 novembre 2008 - Point 58 - Rapport du Conseil des droits de l'homme", ["58"]),
    ("Aprobación de la nominación de la Alta Comisionada, bajo el ítem de agenda 115 (h)", ["115 (h)"]),
])
def test_an_item_set_apart_in_a_statements_heading(text: str, items: list[str]) -> None:
    assert find_agenda_items(text) == items


def test_an_item_in_a_sentence_or_far_below_the_heading_is_not_one() -> None:
    assert find_agenda_items("We voted for this item 4 times.\n") == []
    assert find_agenda_items("Statement\n" + "Text of the speech. " * 40 + "\nItem 7: a list\n") == []



def test_a_body_session_line_after_its_date() -> None:
    r = extract_text("Explanation of vote of the Republic of Latvia\n\n10 May 2024, United Nations General Assembly, Tenth "
                     "Emergency Special session\n\nMr President,\n\nLatvia abstained on the resolution.", file="t.txt")
    assert (r.session, r.rules["session"]) == ({"body": "GA", "number": "ES-10"}, "body-session-line")


@pytest.mark.parametrize("lang, text", [
    ("en", "The resolution on Myanmar tabled by the European Union was adopted today at the 28th session of the "
           "Human Rights Council in Geneva."),
    ("en", "The ministers met on the sidelines of the 78th session of the UN General Assembly on Monday."),
    ("en", "On 14 November, the Third Committee of the 72nd session of the General Assembly approved the draft."),
    ("fr", "La résolution présentée par la France a été adoptée lors de la 46e session du Conseil des droits de l'homme."),
    ("es", "La resolución presentada por Bolivia fue aprobada en el 64º período de sesiones de la Asamblea General."),
])
def test_a_session_phrase_dating_an_event_the_text_tells_of_is_not_the_documents(lang: str, text: str) -> None:
    with lexicon.using(lang):  # (a phrase in the body of the text: no header zone)
        assert find_session(normalise(text), 0, None, None, None) == (None, None)


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Explanation of vote after the vote at the 79th Session of the United Nations General Assembly Third "
           "Committee on the resolution on unilateral coercive measures", ("GA", 79)),
    ("en", "Statement by the Minister of Foreign Affairs at the 40th Session of the UN Human Rights Council", ("HRC", 40)),
    ("en", "The Deputy Minister a short while ago told the 34th session of the UNHRC that his country would speak.",
     ("HRC", 34)),
    ("fr", "Déclaration prononcée par l'Ambassadeur lors de la 46e session du Conseil des droits de l'homme", ("HRC", 46)),
    ("en", "The Ambassador rejected the resolution tabled by the European Union at the ongoing 46th Session of the "
           "United Nations Human Rights Council.", ("HRC", 46)),
    ("en", "Viet Nam is honoured to participate in the 46th session of the Human Rights Council.", ("HRC", 46)),
    ("fr", "La France est heureuse de participer à la 46e session du Conseil des droits de l'homme.", ("HRC", 46)),
    ("en", "Statement by the delegation of Pakistan at the 46th session of the Human Rights Council on the resolution "
           "adopted on Sri Lanka", ("HRC", 46)),
    ("en", "Ireland welcomes the adoption of the programme of work for the 46th session of the Human Rights Council.",
     ("HRC", 46)),
])
def test_a_session_phrase_of_the_speech_itself_is_its_session(lang: str, text: str, expected: tuple[str, int]) -> None:
    with lexicon.using(lang):
        assert find_session(normalise(text), 0, None, None, None) == (
            {"body": expected[0], "number": expected[1]}, "session-of-phrase")


def test_a_document_of_the_session_is_its_own_whatever_it_transmits() -> None:
    text = ("The Permanent Mission has the honour to transmit the reply submitted by the Government of Cuba, and requests "
            "that it be circulated as a document of the 46th session of the Human Rights Council.")
    assert find_session(normalise(text), 0, None, None, None) == ({"body": "HRC", "number": 46}, "session-of-phrase")


@pytest.mark.parametrize("text", [
    "I have the honour to transmit herewith the table of pledges for the 46th session of the Human Rights Council.",
    "I have the honour to transmit herewith the proposed programme of work for the 46th session of the Human Rights Council.",
])
def test_a_table_or_a_proposed_text_for_the_session_is_no_event(text: str) -> None:
    assert find_session(normalise(text), 0, None, None, None) == ({"body": "HRC", "number": 46}, "session-of-phrase")


def test_a_session_named_past_the_opening_is_one_the_text_tells_of() -> None:
    filler = "The Government of Denmark has long worked against torture in every forum open to it. " * 14
    told = f"Denmark and the fight against torture\n\n{filler}\n\nDuring the 25th session of the HRC (March 2014), " \
           "Denmark together with Chile and Ghana presented a text."
    assert len(filler) > 1000
    assert extract_text(told, "x.txt").session is None
    opening = "Statement by Denmark at the 25th session of the Human Rights Council\n\n" + filler
    assert extract_text(opening, "x.txt").session == {"body": "HRC", "number": 25}


def test_a_session_in_a_heading_of_its_own_below_a_pages_preamble_is_the_texts() -> None:
    preamble = "Accueil > Actualités > Déclarations > Conseil des droits de l'homme > Débats généraux et dialogues. " * 11
    text = (f"{preamble}\n\nDéclaration de la Délégation algérienne 34ème session du Conseil des Droits de l'Homme\n\n"
            "Monsieur le Président,\n\nL'Algérie salue le rapport.")
    assert len(preamble) > 1000
    assert extract_text(text, "x.txt").session == {"body": "HRC", "number": 34}


@pytest.mark.parametrize("text", ["La Suisse au 52e période de sessions du CDH soutient la résolution 52/1.",
                                  "Cuba ante el 52 período de sesiones del CDH rechaza la resolución 52/1."])
def test_the_councils_french_and_spanish_acronym(text: str) -> None:
    assert "HRC" in extract_text(text, "x.txt").bodies


PROSE = ("The Ministry of Foreign Affairs of Ukraine welcomes the decision. The diplomats recalled that on 14 November\n"
         "the Third Committee approved the draft resolution. " * 12)


def test_a_session_told_of_in_prose_wrapped_as_a_pdf_wraps_it_is_no_heading() -> None:
    # past the opening, on a short line of its own only because the prose was wrapped: the line above runs on into it
    text = PROSE + ("In those talks the delegations recalled that the Third Committee of the\n"
                    "72nd session of the UN General Assembly approved the draft Resolution,\n"
                    "co-authored by 42 countries.\n")
    assert text_heading_line(text, text.index("72nd")) is False
    assert extract_text(text, file="t.txt").session is None


def test_a_session_on_a_heading_line_set_off_past_the_opening_is_still_kept() -> None:
    text = PROSE + "\n\n72nd session of the UN General Assembly\n\nMr President, Ukraine thanks the Committee.\n"
    assert text_heading_line(text, text.index("72nd")) is True


def test_a_committee_of_a_numbered_assembly_in_a_speech_heading_gives_the_session() -> None:
    text = ("Statement by Türkiye Agenda Item 71 “Promotion and Protection of Human Rights” Third Committee of the "
            "79th UN General Assembly\nİsmail Aydil\n23.10.2024\nMr. Chair,\nTürkiye upholds democratic values.")
    assert extract_text(text, "x.txt").session == {"body": "GA", "number": 79}


def test_a_committee_of_a_numbered_assembly_in_a_news_headline_is_what_it_tells_of() -> None:
    text = ("Myanmar delegation rejects resolution at the Third Committee of the 75th UN General Assembly\n\n"
            "On 18 November 2020, the Third Committee took action on a resolution against Myanmar.")
    assert extract_text(text, "x.txt").session is None


@pytest.mark.parametrize("text, session", [
    ("Sri Lanka rejects the investigation\n\nSri Lanka's position was outlined by its Permanent Representative on the "
     "opening day of the 26th Session of the Human Rights Council that opened in Geneva on Tuesday.",
     {"body": "HRC", "number": 26}),
    ("Venezuela rechaza el informe\n\n«Preocupa a Venezuela que la Alta Comisionada presente hechos no comprobados», "
     "argumentó el Embajador en el marco de la 46° sesión ordinaria del Consejo de Derechos Humanos.",
     {"body": "HRC", "number": 46}),
    ("Slovenia at the Council\n\nThe Ministry of Foreign Affairs reports on the work of the Council over the past "
     "weeks, on the environment, on the rights of older persons and on the protection of civilians in armed conflict, "
     "and on the consultations held with civil society in Ljubljana and in Geneva.\n\nAt the 48th session of the UN "
     "Human Rights Council, Slovenia co-sponsored two resolutions on the environment.", None),
    ("Myanmar news\n\nThe Ministry of Foreign Affairs issues this press statement on the events of the past weeks in "
     "Geneva, where the situation in Rakhine State was again discussed by delegations and by civil society groups "
     "that oppose the Government's efforts.\n\nIt is observed that a number of unhelpful events against Myanmar were "
     "organized during the 50th regular session of the Human Rights Council.", None),
])
def test_a_page_with_no_title_takes_the_session_it_tells_of_speaking_at(text: str, session: dict | None) -> None:
    assert extract_text(text, "x.txt").session == session


@pytest.mark.parametrize("heading", [
    "Intervención de México en la 10ª Sesión Especial de Emergencia de la Asamblea General",
    "Intervención de México en el décimo período extraordinario de sesiones de emergencia de la Asamblea General",
])
def test_an_emergency_special_session_in_spanish(heading: str) -> None:
    r = extract_text(f"{heading}\n\nSeñor Presidente:\n\nMéxico apoya la resolución 76/262.", "x.txt")
    assert r.session == {"body": "GA", "number": "ES-10"}


def test_a_special_session_called_especial() -> None:
    r = extract_text("Explicación de voto de Cuba en la 36ª Sesión Especial del Consejo de Derechos Humanos\n\nSeñor Presidente:\n\n"
                     "Cuba votará en contra del proyecto.", "x.txt")
    assert r.session == {"body": "HRC", "number": "S-36"}


def test_a_bare_number_before_a_header_session_word_is_the_session() -> None:
    # "75 Período Ordinario de Sesiones": the ordinal sign (º) is not printed, or a text layer lost it
    text = ("MENSAJE DEL GOBIERNO DE X\nEN LA ASAMBLEA GENERAL DE LAS NACIONES UNIDAS\n"
            "75 Período Ordinario de Sesiones\nDebate General\n\nSeñor Presidente: hoy hablamos.\n")
    assert extract_text(normalise(text), "t.txt").session == {"body": "GA", "number": 75}

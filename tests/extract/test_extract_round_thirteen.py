"""The rules of the thirteenth round (2026-12-06, the second of the day), each on a small text of the genre it reads,
written for the rule: a page's own date where a time follows it, where a byline or posting line alone gives it, where a
French dateline runs on into a flattened page, where an agency's dateline gives it in full."""
from __future__ import annotations

import pytest

from unhrkg.extract import extract_text
from unhrkg.extract.dates import find_dates
from unhrkg.read import normalise


def read(text: str):
    return extract_text(normalise(text), "t.txt")


BODY = ("\n\nThe Government rejects resolution 25/1 of the Human Rights Council, which it considers politicised.\n\n" +
        "It will go on working with the treaty bodies and the special procedures. " * 6)  # (no closing line in reach)


# --- dates ----------------------------------------------------------------------------------------------------------

def test_a_date_with_dots_year_first() -> None:
    assert [iso for _, _, iso in find_dates("Created: 2019.02.20 / Updated: 2019.02.20 17:25")] == ["2019-02-20"] * 2


def test_a_version_number_is_no_date() -> None:
    assert find_dates("Release 2019.13.40 of the tool") == []


def test_a_time_after_a_dash_is_no_range() -> None:
    assert read("Friday, September 26, 2014 - 5.07 GMT" + BODY).dated == "2014-09-26"


def test_a_range_after_a_date_is_still_a_range() -> None:
    assert read("Session of 26 September - 5 October 2014" + BODY).dated is None


def test_a_posting_line_dates_a_page_that_gives_no_other_date() -> None:
    text = "Resolution rejected\n\nBy Staff Writer | Updated: November 5, 2020 06:35 IST" + BODY
    assert read(text).dated == "2020-11-05"


def test_a_dateline_below_a_posting_line_wins() -> None:
    text = "Resolution rejected\n\nPosted on November 5, 2020\n\nColombo, 3 November 2020" + BODY
    assert read(text).dated == "2020-11-03"


def test_a_gregorian_date_after_a_hijri_one() -> None:
    text = "Communique issued\n\nTuesday 1441/4/13 - 2019/12/10" + BODY
    assert read(text).dated == "2019-12-10"


@pytest.mark.parametrize("text, iso", [
    ("Déclaration du ministre au sujet de la résolution 1747 du Conseil de sécurité Bruxelles, le 25 mars 2007 Le "
     "ministre se félicite de l'adoption de la résolution 1747.\n", "2007-03-25"),
    ("Le ministre condamne l'attentat. " * 8 + "Bruxelles, le 14/02/2005 Le Ministre des Affaires étrangères "
     "rappelle la résolution 1559.\n", "2005-02-14"),
])
def test_a_french_dateline_run_on_into_a_flattened_page(text: str, iso: str) -> None:
    assert read(("Communiqué de presse\n\n" + "Le service de presse informe. " * 16 + text)).dated == iso


def test_a_place_and_date_told_in_a_sentence_is_no_dateline() -> None:
    text = ("Communiqué de presse\n\n" + "Le service de presse informe. " * 16 +
            "Les ministres réunis à Bruxelles le 25 mars 2007 ont rappelé la résolution 1747.\n")
    assert read(text).dated is None


def test_a_line_that_says_who_gave_a_speech_and_when() -> None:
    text = ("Statement of the Republic on the resolution regarding the situation - Explanation of Vote\n\n\n"
            "Stated by Ambassador to the United Nations, Jan Novak, on May 10, 2024\n\nMr. President," + BODY)
    assert read(text).dated == "2024-05-10"


@pytest.mark.parametrize("dateline", ["Cairo, September 10, 2019, SPA --", "RIYADH, 24 Oct 2021 (WAM) -- "])
def test_an_agency_dateline_with_its_full_date_wins_over_the_pages_stamp(dateline: str) -> None:
    text = "Ministers condemn the attacks\n\n  • 2/5/2023\n  • 03:28\n\n" + dateline + " The ministers" + BODY
    assert read(text).dated == ("2019-09-10" if "SPA" in dateline else "2021-10-24")


# --- the Organization's meetings coverage -----------------------------------------------------------------------------

COVERAGE = ("9634th Meeting (AM)\n\nSecurity Council Adopts Resolution Calling on States to Protect Humanitarian Personnel\n\n"
            "The Security Council today adopted resolution 2730 (2024) by 14 votes in favour to none against. Introducing "
            "the text, the representative of Switzerland said it would protect those who protect. The representative of "
            "the Russian Federation said his delegation had abstained.\n")


def test_a_coverage_meeting_line_marks_the_organizations_release() -> None:
    record = read(COVERAGE)
    assert record.author_body == "UN"
    assert record.author_states == []


def test_a_meeting_told_in_a_sentence_is_no_coverage_mark() -> None:
    record = read("Statement by Switzerland\n\nAt its 9634th meeting (AM) the Council adopted resolution 2730 (2024), "
                  "which Switzerland welcomes.\n")
    assert record.author_body != "UN"


# --- sponsors ---------------------------------------------------------------------------------------------------------

def sponsors(record) -> set[tuple[str, str]]:
    return {(s["resolution"]["number"], s["sponsor"]) for s in record.sponsors}


def test_a_fronted_sponsor_phrase_before_the_bodys_name() -> None:
    text = ("The Foreign Minister of Tunisia spoke. Presented by Tunisia and France, UN Security Council Resolution 2532 "
            "aimed to put an end to hostilities.\n")
    assert sponsors(read(text)) == {("2532 (2020)", "TUN"), ("2532 (2020)", "FRA")}


def test_the_body_named_after_a_fronted_phrase_is_no_sponsor() -> None:
    text = "Presented by Tunisia, the Security Council resolution 2532 was adopted.\n"
    assert sponsors(read(text)) == {("2532 (2020)", "TUN")}


def test_a_state_that_led_on_a_resolution() -> None:
    text = "Answer by the Minister. That is why the UK led on UNSCR 2379 to establish a team.\n"
    assert sponsors(read(text)) == {("2379 (2017)", "GBR")}


# --- authors, doc types, sessions, signatories --------------------------------------------------------------------------

def test_my_country_named_in_the_list_of_a_group_spoken_for() -> None:
    text = ("Statement delivered by the Permanent Representative of Sierra Leone\n\nMadam President,\n\nI have the honour to "
            "deliver this statement on behalf of the A3+, namely Algeria, Mozambique, Guyana and my country, Sierra Leone.\n\n"
            "We welcome resolution 2719 (2023).\n")
    assert read(text).author_states == ["DZA", "MOZ", "GUY", "SLE"]


DRAFT_UNDER_ITEM = ("Home / News / Annual report of the United Nations High Commissioner .\n\n"
                    "Annual report of the United Nations High Commissioner .\n\nHuman Rights Council\n\nForty-first session\n\n"
                    "Agenda item 2\n\nAnnual report of the United Nations High Commissioner for Human Rights and reports of "
                    "the Office\n\nAustralia, Austria, Belgium,* Canada,* Norway: draft resolution\n\n41/…  Situation of human "
                    "rights in Eritrea\n\nThe Human Rights Council,\n\nGuided by the Charter of the United Nations,\n")


def test_a_pages_title_that_repeats_the_agenda_items_title_is_no_report() -> None:
    record = read(DRAFT_UNDER_ITEM)
    assert record.doc_type == "resolution"
    assert record.author_states == ["AUS", "AUT", "BEL", "CAN", "NOR"]


def test_a_reports_title_repeated_under_its_own_header_is_still_a_report() -> None:
    text = ("Report submitted by the Special Representative on human rights defenders\n\nCOMMISSION ON HUMAN RIGHTS\n"
            "Fifty-seventh session\nItem 17 (b) of the provisional agenda\nHUMAN RIGHTS DEFENDERS\nReport submitted by the "
            "Special Representative on human rights defenders\n\nThe mandate was set up by resolution 2000/61.\n")
    assert read(text).doc_type == "report"


def test_the_session_a_predecessor_presided_over_is_not_the_speechs() -> None:
    text = ("Ghana, like many other nations here, is delighted that a distinguished lady has been elected to the presidency "
            "of this body.\nWe have no doubt that she will continue the skilful stewardship of her predecessor, the Foreign "
            "Minister of Sweden, who presided over the\nsixtieth session of the General Assembly.\nA year ago, we met at this "
            "venue to adopt the World Summit Outcome (resolution 60/1).\n")
    assert read(text).session is None


def test_an_answerers_post_after_a_dash() -> None:
    text = ("Written Question\n\nAsked by: Lord Smith (Conservative - Life peer)\n\nQuestion to the Foreign Office:\n\n"
            "To ask Her Majesty's Government what steps they are taking on resolution 2593.\n\n"
            "Answered by Lord Jones of Wimbledon - Minister of State (Foreign, Commonwealth and Development Office)\n\n"
            "The UK supports resolution 2593 (2021).\n")
    assert [(s["name"], s["titles"]) for s in read(text).signatories] == [
        ("Lord Jones of Wimbledon", ["Minister of State (Foreign, Commonwealth and Development Office)"])]


# --- the second wave ----------------------------------------------------------------------------------------------------

SPANISH_DRAFT = ("Consejo de Derechos Humanos\nCuadragésimo noveno período de sesiones\nPunto 2 del orden del día\n"
                 "Informe anual del Alto Comisionado de las Naciones Unidas para los Derechos Humanos\n"
                 "Albania,* Australia,* Chile,* Paraguay y Uruguay:* proyecto de resolución\n"
                 "49/... Promoción y protección de los derechos humanos en Nicaragua\n El Consejo de Derechos Humanos,\n"
                 "Recordando sus resoluciones 40/2 y 43/2,\n")


def test_a_spanish_agenda_item_line_and_the_draft_under_it() -> None:
    record = read(SPANISH_DRAFT)
    assert record.agenda_items == ["2"]
    assert record.doc_type == "resolution"
    assert record.author_states == ["ALB", "AUS", "CHL", "PRY", "URY"]


@pytest.mark.parametrize("thanks", ["We thank the United States for its efforts as penholder",
                                    "We appreciate the United States' determined efforts as penholder"])
def test_a_state_thanked_for_its_work_as_penholder(thanks: str) -> None:
    text = (f"France welcomes the unanimous adoption of resolution 2351. {thanks}, which helped bring the members "
            "of the Security Council together.\n")
    assert sponsors(read(text)) == {("2351 (2017)", "USA")}


def test_a_state_thanked_for_its_work_on_a_file_over_years_is_no_sponsor() -> None:
    text = ("We thank Ireland and Norway for their dedicated work as co-penholders of the Syria humanitarian file for "
            "the last two years. The Council's adoption of resolution 2672 is welcome.\n")
    assert sponsors(read(text)) == set()


@pytest.mark.parametrize("heading, name, title", [
    ("Statement After the Vote by Mr. Takeshi Akahori\n\nMinister of the Permanent Mission of Japan to the United Nations",
     "Takeshi Akahori", "Minister of the Permanent Mission of Japan to the United Nations"),
    ("Explanation of Vote by Stephen Hickey, UK Political Co-ordinator, at the Security Council Adoption on Hunger",
     "Stephen Hickey", "UK Political Co-ordinator"),
])
def test_a_speakers_heading(heading: str, name: str, title: str) -> None:
    record = read(heading + "\n\nMr. President,\n\nWe welcome the adoption of resolution 2417 (2018).\n")
    assert [(s["name"], s["titles"]) for s in record.signatories] == [(name, [title])]


def test_the_minister_a_parliaments_record_of_a_statement_opens_with() -> None:
    text = ("HC Deb 19 October 1998 vol 317 cc953-66\nThe Secretary of State for Foreign and Commonwealth Affairs (Mr. "
            "Robin Cook)\n\nWith permission, I wish to make a statement on Kosovo. In September, Britain and France "
            "presented to the Security Council resolution 1199, which demanded a ceasefire.\n")
    record = read(text)
    assert [(s["name"], s["titles"]) for s in record.signatories] == [
        ("Robin Cook", ["Secretary of State for Foreign and Commonwealth Affairs"])]
    assert sponsors(record) == {("1199 (1998)", "GBR"), ("1199 (1998)", "FRA")}


def test_a_bracketed_name_after_words_that_name_no_post_is_no_speaker() -> None:
    text = "Kosovo: the situation (Mr. Robin Cook)\n\nThe Government supports resolution 1199 (1998).\n"
    assert read(text).signatories == []


def test_an_adopted_texts_heading_in_a_header_flattened_onto_one_line() -> None:
    text = ("A/HRC/RES/54/35 Nations Unies Assemblée générale Distr. générale 17 octobre 2023 Français Original : anglais "
            "Conseil des droits de l’homme Cinquante-quatrième session Point 3 de l’ordre du jour Promotion et protection "
            "de tous les droits de l’homme Résolution adoptée par le Conseil des droits de l’homme le 13 octobre 2023 "
            "54/35. Question de la peine de mort Le Conseil des droits de l’homme, Guidé par les buts et principes énoncés "
            "dans la Charte des Nations Unies, Rappelant la résolution 62/149 de l'Assemblée générale,\n")
    record = read(text)
    assert (record.doc_type, record.author_body, record.dated) == ("resolution", "HRC", "2023-10-13")


def test_decisions_told_in_a_flattened_items_title_are_no_heading() -> None:
    text = ("A/RES/76/62 United Nations General Assembly Distr.: General 14 December 2021 Seventy-sixth session Agenda item "
            "102 (a) Review of the recommendations and decisions adopted by the General Assembly at its tenth special "
            "session Resolution adopted by the General Assembly on 6 December 2021 76/62. Report of the Conference on "
            "Disarmament The General Assembly, Recalling its resolution 75/83 of 7 December 2020,\n")
    record = read(text)
    assert (record.doc_type, record.author_body, record.dated) == ("resolution", "GA", "2021-12-06")


def refs(record) -> set[tuple[str, str]]:
    return {(r["body"], r["number"]) for r in record.resolutions}


def test_its_resolution_in_an_adopted_text_is_the_adopting_bodys() -> None:
    text = ("Economic and Social Council Resolution 2000/3\n\nThe Economic and Social Council,\n\nRecalling its resolution "
            "728 F (XXVIII) of 30 July 1959 and its resolution 1503 (XLVIII) of 27 May 1970,\n\nRecalling further resolution "
            "1 (XXIV) of the Sub-Commission on Prevention of Discrimination and Protection of Minorities,\n")
    assert {("ECOSOC", "728 F (XXVIII)"), ("ECOSOC", "1503 (XLVIII)"), ("SUBCOM", "1 (XXIV)")} <= refs(read(text))


def test_its_resolution_in_a_states_letter_stays_the_assemblys() -> None:
    text = "The Government recalls General Assembly resolution 1514 (XV) and its resolution 2625 (XXV).\n"
    assert ("GA", "2625 (XXV)") in refs(read(text))


def test_a_retyped_resolution_under_its_title_without_the_bodys_comma() -> None:
    text = ("U.N. Human Rights Commission Resolutions\nSituation in East Timor, Adopted 11 March, 1993, by a vote of 23-12.\n"
            "The Commission on Human Rights\nGuided by the Universal Declaration of Human Rights,\nRecalling resolution "
            "1992/20 of the Sub-Commission,\n")
    record = read(text)
    assert (record.doc_type, record.author_body, record.dated) == ("resolution", "CHR", "1993-03-11")


def test_a_resolution_a_statement_quotes_far_down_without_the_comma_leaves_it_a_statement() -> None:
    text = ("Le Sénégal, membre non permanent du Conseil de sécurité, a introduit une résolution sur la Guinée-Bissau. "
            * 4 + "Voici ladite résolution.\nRESOLUTION 2267\nLe Conseil de sécurité\nRappelant ses précédentes "
            "résolutions,\n")
    assert read(text).doc_type != "resolution"


# --- the review's misfires, each read as the starting rules read it ---------------------------------------------------

@pytest.mark.parametrize("headline", ["The Security Council\nCondemns Attack on Peacekeepers in Mali",
                                      "The Human Rights Council\nConcludes its fifty-second session",
                                      "The Security Council\nMeetings Coverage and Press Releases"])
def test_a_headline_under_a_bodys_name_is_no_adopted_text(headline: str) -> None:
    record = read(headline + "\n\nLithuania welcomes resolution 2719 (2023) and calls for its implementation.\n")
    assert record.doc_type != "resolution" and record.author_body is None


@pytest.mark.parametrize("text", [
    "Security Council\n47th & 48th Meetings (AM & PM)\n\nThe Permanent Mission of Brazil informs that Brazil voted in favour "
    "of resolution 2712 (2023).\n",
    "UN Web TV\n9635th Meeting (PM)\n\nStatement by Ambassador Sérgio Danese, Permanent Representative of Brazil\n\nMr. "
    "President, Brazil supports resolution 2254 (2015).\n",
])
def test_a_meeting_line_over_a_states_statement_leaves_it_the_states(text: str) -> None:
    record = read(text)
    assert record.author_body != "UN" and record.author_states == ["BRA"]


@pytest.mark.parametrize("text", [
    "Ten years ago the Council adopted resolution 2139 (2014). We thank Ireland and Norway for their efforts as penholders "
    "this year.\n",
    "Kosovo remains on the agenda under resolution 1244 (1999), adopted in 1999. We thank the United States for its "
    "leadership as penholder on the Libya sanctions regime.\n",
])
def test_a_penholder_thanked_for_another_text(text: str) -> None:
    assert not {s for s in sponsors(read(text)) if s[1] in ("IRL", "NOR", "USA")}


@pytest.mark.parametrize("text", [
    "Public anger in Lebanon drove the adoption of Security Council resolution 1757 (2007).\n",
    "The Minister spoke. Ghana submitted to the Security Council resolution 1540 Committee its first national report.\n",
    "The Minister spoke. Presented by Ireland and Kenya, Security Council Resolution 1325 at Twenty: Lessons from the Field "
    "opens the week.\n",
])
def test_no_sponsor_in_words_that_only_look_like_a_tabling(text: str) -> None:
    assert sponsors(read(text)) == set()


@pytest.mark.parametrize("text", [
    "Database of resolutions\n\nVersion 2019.12.31 of the database" + BODY,
    "Note verbale\n\nRef. No. 2021.04.01-77" + BODY,
    "Communiqué\n\n" + "Le service de presse informe. " * 16 + "Le ministre a rencontré son homologue à Genève, le 14 mars "
    "2019. Il a rappelé la résolution 2254.\n",
    "Statement\n\nRead by the Deputy Permanent Representative, who recalled the statement made by the Foreign Minister on 10 "
    "May 2021" + BODY,
    "Remarks\n\nPosted on March 1, 2024\nFrom our archive: Speech of the Minister" + BODY,
])
def test_no_own_date_in_numbers_prose_or_reposts(text: str) -> None:
    assert read(text).dated is None


def test_a_date_after_an_answerers_dash_is_no_post() -> None:
    text = ("Written Question\n\nTo ask Her Majesty's Government what steps they are taking on resolution 2593.\n\n"
            "Answered by Lord Jones of Wimbledon - 14 September 2021\n\nThe UK supports resolution 2593 (2021).\n")
    assert not [title for s in read(text).signatories for title in s["titles"] if "September" in title]


@pytest.mark.parametrize("line", ["The Chairman of Ways and Means (Sir Alan Haselhurst)",
                                  "The Under-Secretary-General for Humanitarian Affairs (Mr. Martin Griffiths)"])
def test_a_bracketed_name_under_a_chairs_or_an_officials_post_is_no_minister(line: str) -> None:
    text = line + "\n\nOrder. The House will now consider the order on resolution 1160 (1998).\n"
    assert read(text).signatories == []


def test_the_high_commissioners_report_titled_as_its_agenda_item_stays_a_report() -> None:
    text = ("Annual report of the United Nations High Commissioner for Human Rights\n\nHuman Rights Council\nFifty-second "
            "session\nAgenda item 2\nAnnual report of the United Nations High Commissioner for Human Rights and reports of "
            "the Office\n\nSummary\n\n1. The present report is submitted pursuant to General Assembly resolution 48/141.\n")
    assert read(text).doc_type == "report"


def test_the_forum_a_speech_has_the_honour_of_addressing() -> None:
    text = ("I have the honour of addressing the General Assembly on behalf of the Minister for Foreign Affairs of the "
            "Slovak Republic. Slovakia endorses resolution 1483 (2003).\n")
    assert read(text).addressee == "GA"

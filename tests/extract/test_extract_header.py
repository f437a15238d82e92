"""The header block and the title line: symbol, dates, type, language, authors, addressee."""
from __future__ import annotations

import pytest

from unhrkg.extract import extract_text

from unhrkg.extract.header import read_header
from unhrkg.read import normalise

CHR_HEADER = """Economic and Social
Council

Distr.
GENERAL

E/CN.4/2005/G/13
2 March 2005

Original: FRENCH

COMMISSION ON HUMAN RIGHTS
Sixty-first session
Item 9 of the provisional agenda

Letter dated 28 February 2005 from the Permanent Representative of the
Democratic People's Republic of Korea to the United Nations Office at
Geneva addressed to the High Commissioner for Human Rights

I present my compliments to you.
"""


def header(text: str):
    return read_header(normalise(text))


def test_header_block_gives_symbol_issue_date_and_original_language() -> None:
    h = header(CHR_HEADER)
    assert (h.symbol, h.issued, h.language) == ("E/CN.4/2005/G/13", "2005-03-02", "fr")


def test_title_line_gives_type_date_author_and_addressee() -> None:
    h = header(CHR_HEADER)
    assert (h.doc_type, h.dated, h.author_states, h.addressee) == ("letter", "2005-02-28", ["PRK"], "OHCHR")


def test_flattened_header_on_one_line() -> None:
    h = header("United Nations A/HRC/RES/19/2 General Assembly Distr.: General 3 April 2012 Original: English "
               "Human Rights Council Nineteenth session Agenda item 2 Resolution adopted by the Human Rights "
               "Council 19/2 Promoting reconciliation The Human Rights Council, Recalling ... 42nd meeting "
               "22 March 2012")
    assert (h.symbol, h.issued, h.doc_type, h.author_body, h.dated) == (
        "A/HRC/RES/19/2", "2012-04-03", "resolution", "HRC", "2012-03-22")


def test_joint_letter_has_every_state_of_the_from_part_as_author() -> None:
    h = header("Letter dated 25 April 2011 from the Permanent Representatives of Hungary, Mexico and the "
               "United States of America to the United Nations Office at Geneva addressed to the President "
               "of the Human Rights Council\n\nWe request a special session.\n")
    assert (h.author_states, h.addressee, h.accredited_to) == (["HUN", "MEX", "USA"], "HRC", "UNOG")


def test_letter_from_the_high_commissioner_has_an_author_body_even_when_ocr_damaged() -> None:
    h = header("LETTER DATED 1 0CTOBER 2025 FROM THE UNITED NATIONS HIHG COMMISSIONER FOR HUMAN RIGHTS "
               "ADDRESSED TO THE PERMANENT REPRESENTATIVE OF MYANMAR TO THE UNITED NATIONS OFFICE AT GENEVA\n\n"
               "Excellency,\n")
    assert (h.dated, h.author_states, h.author_body, h.addressee) == ("2025-10-01", [], "OHCHR", "MMR")
    assert h.fuzzy_spans and h.fuzzy_spans[0][2] == "OHCHR"


@pytest.mark.parametrize("addressed, code", [
    ("the Secretary-General", "SG"),
    ("the President of the General Assembly", "GA"),
    ("the Chairman of the Commission", "CHR"),
    ("the Chairperson of the fifty-second session of the Commission on Human Rights", "CHR"),
    ("the Permanent Representative of Japan to the United Nations", "JPN"),
    ("the Office of the United Nations HIHG COMMISSIONER for Human Rights", "OHCHR"),
])
def test_addressee_after_an_office_holder_phrase(addressed: str, code: str) -> None:
    h = header(f"Letter dated 2 April 2004 from the Permanent Representative of Nepal addressed to {addressed}\n\nText.\n")
    assert h.addressee == code


def test_note_verbale_without_title_is_read_from_presents_its_compliments() -> None:
    h = header("The Permanent Mission of Switzerland to the United Nations Office at Geneva presents its "
               "compliments to the secretariat of the Human Rights Council and has the honour to transmit ...\n")
    assert (h.doc_type, h.author_states, h.addressee) == ("note_verbale", ["CHE"], "HRC")


def test_report_title_is_not_taken_from_the_agenda_item_title_above_it() -> None:
    h = header("Human Rights Council\nTenth session\nAgenda item 2\nAnnual report of the United Nations High "
               "Commissioner\nfor Human Rights and the Secretary-General\n\nQuestion of the death penalty\n\n"
               "Report of the Secretary-General\n\nSummary\n")
    assert (h.doc_type, h.author_body) == ("report", "SG")


def test_report_of_a_special_rapporteur_has_no_author_body() -> None:
    h = header("Report of the Special Rapporteur on the situation of human rights in Belarus\n\nSummary\n")
    assert (h.doc_type, h.author_body) == ("report", None)


def test_decision_is_dated_by_the_meeting_that_adopted_it_in_running_text() -> None:
    h = header("Decision adopted by the Commission on Human Rights\n\n2005/115. Situation in Uzbekistan\n\n"
               "At its 58th meeting, on 19 April 2005, the Commission on Human Rights decided ...\n")
    assert (h.doc_type, h.author_body, h.dated, h.own) == ("decision", "CHR", "2005-04-19", ("CHR", "2005/115"))


def test_resolution_text_opening_with_the_body_is_a_resolution_of_that_body() -> None:
    h = header("61/174. Situation of human rights\n\nThe General Assembly,\n\nRecalling its resolution 60/173,\n\n"
               "1. Expresses its concern;\n\n84th plenary meeting\n19 December 2006\n")
    assert (h.doc_type, h.author_body, h.dated, h.own) == ("resolution", "GA", "2006-12-19", ("GA", "61/174"))


def test_flattened_decision_text_with_its_number_in_the_heading() -> None:
    h = header("Human Rights Council Decision 4/101. Situation in Darfur The Human Rights Council, Recalling its "
               "decision S-4/101, Decides to take note of the report. 22nd meeting 30 March 2007 [Adopted without a vote.]")
    assert (h.doc_type, h.author_body, h.own, h.dated, h.issued) == ("decision", "HRC", ("HRC", "4/101"), "2007-03-30", None)


def test_statement_by_a_representative_is_written_by_the_state_not_the_group() -> None:
    h = header("Statement by the Permanent Representative of Pakistan, on behalf of the Organization of the "
               "Islamic Conference, on the adoption of resolution 7/19\n\nHuman Rights Council, 7th session\n"
               "Geneva, 27 March 2008\n\nMr. President,\n")
    assert (h.doc_type, h.author_states, h.dated, h.issued) == ("other", ["PAK"], "2008-03-27", None)


def test_closing_place_and_date_line_dates_a_communique() -> None:
    h = header("The Government of the Bolivarian Republic of Venezuela rejects the mission.\n\n"
               "Caracas, December 2nd, 2019.\n")
    assert (h.author_states, h.dated) == (["VEN"], "2019-12-02")


def test_a_page_that_prints_the_title_then_the_whole_un_header_block() -> None:
    text = normalise("April 19, 2024\n\nLetter dated 3 April 2013 from the Permanent Representative of Cyprus to the "
                     "United Nations addressed to the Secretary-General\n\nUnited Nations\n\nA/67/824–S/2013/211\n\n"
                     "General Assembly\n\nSecurity Council\n\nDistr.: General\n\n4 April 2013\n\nOriginal: English\n\n"
                     "General Assembly\nSixty-seventh session\nAgenda item 43\n\nI have the honour to refer to ...")
    h = read_header(text)
    assert (h.symbol, h.issued, h.language) == ("A/67/824", "2013-04-04", "en")


def test_a_flattened_header_after_the_organizations_name_on_one_long_line() -> None:
    text = normalise("Nations Unies A/66/PV.82 Assemblée générale Soixante-sixième session 82e séance plénière Vendredi "
                     "9 décembre 2011, à 15 heures New York Documents officiels Ce procès-verbal contient le texte des "
                     "déclarations prononcées en français et l'interprétation des autres déclarations.")
    assert read_header(text).symbol == "A/66/PV.82"


def test_a_catalogue_pages_labelled_symbol_line_gives_the_symbol() -> None:
    text = ("Letter dated 10 October 1990 from the Permanent Representative of Qatar addressed to the Secretary-General\n\n"
            "I have the honour to transmit a statement, as document A/45/600 asked.\n\n"
            "Document symbol: A/45/619|S/21864\nDocument Type: Letter\n")
    assert extract_text(text, "x.txt").symbol == "A/45/619"
    assert extract_text("Cote : A/HRC/7/G/5\nLettre ...", "x.txt").symbol == "A/HRC/7/G/5"
    statement = "Statement by the Ministry of Foreign Affairs of Qatar\n\nQatar condemns the attack.\n"
    assert extract_text(statement + "It bears the symbol: A/45/619 in the archive.\n", "x.txt").symbol is None
    assert extract_text(statement + "Symbol: A/45/619\n", "x.txt").rules["symbol"] == "labelled-symbol"


def test_a_resolutions_symbol_spoken_of_in_a_page_title_is_not_the_texts_own() -> None:
    text = ("Comments by Syria on the third semi-annual report under S/RES/1559 (2004) – Letter from Syria\n\n"
            "Letter dated 24 April 2006 from the Permanent Representative of Syria addressed to the Secretary-General\n\n"
            "I have the honour to convey comments on the implementation of Security Council resolution 1559 (2004).\n")
    r = extract_text(text, "x.txt")
    assert r.symbol is None and {"body": "SC", "number": "1559 (2004)"} in [dict(x) for x in r.resolutions]
    assert extract_text("United Nations A/HRC/RES/8/11 General Assembly Distr.: General\n", "x.txt").symbol == "A/HRC/RES/8/11"


@pytest.mark.parametrize("masthead, symbol", [
    ("United Nations A/60 /390\n\nGeneral Assembly Distr.: General 29 September 2005\n", "A/60/390"),
    ("Naciones Unidas A/ES-10/PV.\n\n36\nAsamblea General Documentos Oficiales\n", "A/ES-10/PV.36"),
])
def test_a_symbol_the_page_broke_after_the_masthead(masthead: str, symbol: str) -> None:
    r = extract_text(masthead + "\nLetter dated 28 September 2005 from the Permanent Representative of China "
                     "addressed to the Secretary-General\n\nI have the honour.\n", "x.txt")
    assert (r.symbol, r.rules["symbol"]) == (symbol, "masthead-symbol-joined")
    assert not any(d.endswith("/PV") for d in r.documents_cited)


def test_the_symbol_heading_the_second_page_when_the_masthead_lost_it() -> None:
    first = ("General Assembly Distr.: General 1 October 2019 Security Council Original: English\n\n"
             "Letter dated 27 September 2019 from the Permanent Representative of Ukraine addressed to the Secretary-General\n\n"
             "I have the honour to enclose a statement (see annex).\n\n(Signed) Volodymyr Yelchenko\n\n")
    r = extract_text(first + "19-16870 (E) 031019 *1916870*\n\nA/74/466 S/2019/781\n\nAnnex to the letter\n", "x.txt")
    assert (r.symbol, r.rules["symbol"]) == ("A/74/466", "running-head-symbol")
    r = extract_text(first + "19-16870 (E) 031019 *1916870*\n\nSee also A/74/466 for the annex.\n", "x.txt")
    assert r.symbol is None  # a sentence citing a symbol is no running head


@pytest.mark.parametrize("top", [
    "GENERAL ASSEMBLY\n\nFifty-second session\n\nItem 37 of the preliminary list**A/52/50.\n\n",
    "GENERAL ASSEMBLY\nFifty-first session\nItem 112 (c) of the provisional agenda*\n\n* A/51/150.\n\n",
])
def test_the_symbol_of_an_agenda_list_in_a_footnote_is_not_the_documents(top: str) -> None:
    h = read_header(normalise(top + "Letter dated 7 July 1997 from the Permanent Representative of Israel to the "
                                    "United Nations addressed to the Secretary-General\n\nI have the honour to enclose ..."))
    assert h.symbol is None


def test_the_symbol_of_the_document_itself_above_an_agenda_footnote_is_still_read() -> None:
    h = read_header(normalise("A/54/121\n\nGeneral Assembly\nFifty-fourth session\nItem 18 of the preliminary list*\n\n"
                              "* A/54/50.\n\nNote verbale dated 29 June 1999 from the Permanent Mission of Portugal"))
    assert h.symbol == "A/54/121"


def test_a_resolution_symbol_a_sentence_goes_on_from_is_not_the_documents() -> None:
    r = extract_text("General Assembly adopted a resolution on Syria.\n\nNew York, May 15, 2013\n\nThe text was adopted as "
                     "resolution A/RES/67/262.\n\nA/RES/67/262 is the fifth General Assembly resolution on the situation "
                     "in Syria since 2011.\n\nColombia voted in favour of this resolution.", file="t.txt")
    assert r.symbol is None
    assert {"body": "GA", "number": "67/262"} in r.to_dict()["resolutions"]


def test_symbols_listed_in_a_heading_are_cited_not_the_documents_own() -> None:
    h = read_header(normalise("Item 7: Resolutions A/HRC/25/L.36, A/HRC/25/L.37,\nA/HRC/25/L.38 and A/HRC/25/L.40\n\n"
                              "Explanation of Position by the Delegation of the United States of America\n\nMr. President,"))
    assert h.symbol is None


@pytest.mark.parametrize("top, own", [
    ("Item 7: Resolutions A/HRC/25/L.36, L.37, L.38 and L.40\n\n", None),
    ("Resolution A/HRC/25/L.36/Rev.1 and A/HRC/25/L.37\n\n", None),
    ("United Nations A/74/466, A/74/466/Corr.1\n\nGeneral Assembly\nDistr.: General\n\n", "A/74/466"),
])
def test_items_of_a_list_printed_short_or_revised_are_cited_and_a_corrigendum_is_no_list(top: str, own: str | None) -> None:
    h = read_header(normalise(top + "Explanation of Position by the Delegation of the United States of America\n\n"
                                    "Mr. President,"))
    assert h.symbol == own


@pytest.mark.parametrize(("line", "language"), [
    ("Original: Arabic/English/Spanish", None),
    ("Original: Chinese and English", None),
    ("Original: árabe/francés/inglés", None),
    ("Original: English", "en"),
])
def test_an_original_line_naming_several_languages_gives_none(line: str, language: str | None) -> None:
    text = f"United Nations A/66/138\nGeneral Assembly Distr.: General\n14 July 2011\n{line}\n\nSixty-sixth session\n\nText."
    r = extract_text(text, "x.txt")
    assert (r.language, r.symbol) == (language, "A/66/138")

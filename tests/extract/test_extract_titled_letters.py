"""A letter a page carries under its UN title, the symbol at the title's end; the Council's and the
Assembly's old symbols with one slash; a letter known by "I am writing to" alone."""
from __future__ import annotations

import pytest

from unhrkg.extract import extract_text
from unhrkg.extract.symbols import find_symbols


def test_the_symbol_ending_a_letters_title_line_is_its_own() -> None:
    text = ("Letter dated 22 February 2019 from the Permanent Representative of the United Kingdom to the United Nations "
            "addressed to the President of the Security Council (S/2019/177)\n\nFebruary 25, 2019\n\n"
            "I have the honour to transmit herewith a letter on resolution 2231 (2015).\n")
    record = extract_text(text, "x.txt")
    assert (record.symbol, record.rules["symbol"]) == ("S/2019/177", "title-symbol")
    assert "S/2019/177" not in record.documents_cited


def test_a_bracketed_symbol_at_the_end_of_another_first_line_is_cited() -> None:
    text = "Statement on the report of the Secretary-General (S/2019/177)\n\nMr. President, we thank the Secretary-General.\n"
    assert extract_text(text, "x.txt").symbol is None


@pytest.mark.parametrize("text, symbols", [
    ("GENERAL S/24577 • 21 September 1992", ["S/24577"]),
    ("the reports S/1104 and A/4684 of the Commission", ["S/1104", "A/4684"]),
    ("the S/PV series and S/2003 and S/123", []),  # a year cut from its series, a number too short to be a document
])
def test_old_symbols_with_one_slash(text: str, symbols: list[str]) -> None:
    assert [s.symbol for s in find_symbols(text)] == symbols


def test_a_letter_known_by_its_first_words() -> None:
    text = ("I am writing to you with reference to the letter dated 18 December 2018 (S/2018/1171). Upon instruction "
            "from my Government, I would like to bring the following to your attention.\n")
    assert extract_text(text, "x.txt").doc_type == "letter"


@pytest.mark.parametrize("text, own, other", [
    ("Document symbol: A/45/619|S/21864\n\nLetter on resolution 672 (1990).", "A/45/619", "S/21864"),
    ("Distr. GENERALE A/36/574 / S/14714 5 octobre 1981 FRANCAIS\nLettre sur la résolution 36/1.", "A/36/574", "S/14714"),
])
def test_the_second_half_of_a_joint_symbol_is_not_cited(text: str, own: str, other: str) -> None:
    from unhrkg.extract.symbols import documents_cited
    assert other not in documents_cited(text, own)


def test_an_ocr_header_run_into_one_line_gives_its_symbol() -> None:
    text = ("GENERAL S/24577 • 21 September 1992 ORIGINAL: ENGLISH LETTER DATED 21 SEPTEMBER 1992 FROM THE CHARGE "
            "D'AFFAIRES A.I. OF THE PERMANENT MISSION OF YUGOSLAVIA ADDRESSED TO THE PRESIDENT OF THE SECURITY COUNCIL "
            "I have the honour to transmit the statement on resolution 777 (1992).\n")
    record = extract_text(text, "x.txt")
    assert record.symbol == "S/24577" and "S/24577" not in record.documents_cited


def test_a_speaker_named_without_a_post_on_a_delivered_by_line_of_its_own() -> None:
    text = ("Explanation of Vote by the United States of America\nMarch 22, 2012\n\nDelivered by Charles O. Blaha\n\n"
            "UN Human Rights Council – 19th Session\n\nThe United States continues to be troubled by resolution 19/17.\n")
    assert [(s["name"], s["titles"]) for s in extract_text(text, "x.txt").signatories] == [("Charles O. Blaha", [])]


def test_a_name_without_a_post_inside_a_sentence_after_delivered_by_is_no_signatory() -> None:
    text = "The statement on resolution 19/17 was delivered by Charles Blaha at the Council on Thursday, officials said.\n"
    assert extract_text(text, "x.txt").signatories == []


@pytest.mark.parametrize("text, author", [
    ("Lettre datée du 8 février 2017, adressée au Président du Conseil de sécurité par le Chargé d'affaires par intérim "
     "de la Mission permanente de la Turquie auprès de l'Organisation des Nations Unies\nJe vous écris concernant la "
     "lettre qui vous a été adressée par le représentant du régime syrien (S/2017/98).\n", "TUR"),
    ("Carta de fecha 5 de mayo de 2016 dirigida al Secretario General por el Representante Permanente de Colombia ante "
     "las Naciones Unidas\nMe dirijo a usted en relación con la carta del representante de Venezuela.\n", "COL"),
    ("Letter dated 5 May 2016 addressed to the Secretary-General by the Permanent Representative of Kenya to the "
     "United Nations\nI am writing with regard to the letter from the representative of Somalia.\n", "KEN"),
])
def test_a_letters_title_ends_where_its_writer_starts_to_write(text: str, author: str) -> None:
    assert extract_text(text, file="t.txt").author_states == [author]


@pytest.mark.parametrize("text, authors", [
    ("Cartas idénticas de fecha 19 de diciembre de 2016 dirigidas al Secretario General y al Presidente del Consejo "
     "de Seguridad por el Representante Permanente de la Federación de Rusia ante las Naciones Unidas\nLa aprobación de "
     "la resolución 2328 (2016) exige medidas en beneficio de la población civil de la República Árabe Siria.", ["RUS"]),
    ("Carta de fecha 12 de agosto de 2005 dirigida al Secretario General\npor los representantes de las misiones de "
     "Australia, el Canadá, los\nEstados Unidos de América e Israel ante\nlas Naciones Unidas\nSiguiendo instrucciones "
     "de nuestros respectivos Gobiernos, recordamos la situación de Siria.", ["AUS", "CAN", "USA", "ISR"]),
])
def test_the_from_part_after_the_addressee_ends_with_its_lines(text: str, authors: list[str]) -> None:
    assert extract_text(text, "x.txt").author_states == authors


@pytest.mark.parametrize("text", [
    "Letter from Israel to UN chief warns of Hezbollah build-up\n\nJERUSALEM (AP) - Israel's ambassador told the "
    "Secretary-General in a letter on Sunday that Hezbollah is violating resolution 1701 (2006).",
    "Letter from Armenian Foreign Minister to UN Secretary-General circulated as official document\n\nYEREVAN, 14 "
    "October (Armenpress). The letter of the Minister was circulated under agenda item 69.",
])
def test_a_headline_over_a_wire_dateline_is_no_letters_title(text: str) -> None:
    assert extract_text(text, "x.txt").doc_type != "letter"


def test_a_from_title_over_the_letter_itself_is_still_a_letter() -> None:
    text = ("Letter from the Permanent Representative of Cyprus to the Secretary-General\n\nI have the honour to "
            "refer to resolution 550 (1984).")
    assert extract_text(text, "x.txt").doc_type == "letter"


def test_a_news_item_telling_of_a_letter_sent_is_no_letter() -> None:
    text = ("A letter sent by Israel to the Secretary-General was discussed on Monday by the Council, which heard "
            "Palestine. The Council then adopted its programme.")
    assert extract_text(text, "x.txt").doc_type != "letter"

"""A statement's own date where a page prints it: in a cell of a flattened table row ("... | September 30,
2025"), opening a dateline that runs on into the text ("Le 21 mars 2013 - Le ministre ..."), or on a line of
its own straddling the top's limit."""
from __future__ import annotations

from unhrkg.extract import extract_text

FILLER = "The Ministry of Foreign Affairs of Norway has published the following text on its pages today.\n\n"


def dated(text: str) -> str | None:
    return extract_text(text, "x.txt").dated


def test_a_date_in_a_cell_of_its_own_at_the_end_of_a_heading_row() -> None:
    text = (FILLER * 5 + "Statement of Position | Delivered by the Permanent Representative of Guyana on behalf of the A3+ "
            "| September 30, 2025\n\nThank you, Mr. President. Guyana welcomes resolution 2793.\n")
    assert dated(text) == "2025-09-30"


def test_a_dateline_running_on_into_the_text() -> None:
    text = (FILLER * 5 + "Le 21 mars 2013 - Le ministre des Affaires étrangères John Baird a fait aujourd'hui la déclaration "
            "suivante sur la résolution du Conseil.\n")
    assert dated(text) == "2013-03-21"


def test_a_date_alone_on_its_line_across_the_tops_limit() -> None:
    text = FILLER * 4 + "x" * (398 - len(FILLER * 4)) + "\nMayo 20, 2024 04:40 PM\nEl Gobierno rechaza la resolución.\n"
    assert text.index("Mayo") < 400 < text.index("2024")
    assert dated(text) == "2024-05-20"


def test_a_date_inside_a_sentence_of_a_cell_is_not_the_texts() -> None:
    text = FILLER * 5 + "Statement | The Council met on 30 September 2025 and adopted resolution 2793 after a long debate.\n"
    assert dated(text) is None


def test_a_publication_label_in_the_feminine_gives_the_pages_date() -> None:
    text = ("Publicada el 02/11/2018 a las 08:58 Actualizada el 02/11/2018 a las 08:59\n\nLa Asamblea General ha aprobado "
            "este jueves una resolución presentada por Cuba contra el bloqueo, la resolución 73/8.\n")
    assert dated(text) == "2018-11-02"


def test_a_news_pages_publication_line_at_its_foot_dates_it() -> None:
    text = ("Lebanese President Michel Aoun welcomed the Council's decision to extend the mandate of UNIFIL, the presidency "
            "said on Thursday.\nThe Council adopted the resolution on Wednesday.\n"
            "First Published: Fri, September 02 2022. 10:11 IST\n")
    assert extract_text(text, "x.txt").dated == "2022-09-02"


def test_a_date_in_the_last_sentence_is_no_publication_line() -> None:
    text = ("Lebanese President Michel Aoun welcomed the Council's decision to extend the mandate of UNIFIL.\n"
            "The mandate now runs until 31 August 2023, the presidency said.\n")
    assert extract_text(text, "x.txt").dated is None

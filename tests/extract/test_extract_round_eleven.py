"""The rules of the eleventh round of 2026-12-05, each on a small text of the genre it reads, written for the rule:
a note by the Secretary-General that transmits a report."""
from __future__ import annotations

import pytest

from unhrkg.extract import extract_text
from unhrkg.read import normalise


def read(text: str):
    return extract_text(normalise(text), "t.txt")


SG_NOTE = ("Distr.: General\n21 September 2001\nOriginal: English\n\nFifty-sixth session\nAgenda item 119 (c)\n\n"
           "Situation of human rights in Freedonia\n\nNote by the Secretary-General\n\n"
           "The Secretary-General has the honour to transmit {to} the interim report on the situation of human rights "
           "in Freedonia, prepared by the Special Rapporteur, in accordance with General Assembly resolution 55/99.\n")


@pytest.mark.parametrize("to, addressee", [
    ("to the members of the General Assembly", "GA"),
    ("to the General Assembly", "GA"),
    ("to the Human Rights Council", "HRC"),
])
def test_a_note_transmitting_a_report_is_the_secretary_generals_to_the_body_named(to: str, addressee: str) -> None:
    record = read(SG_NOTE.format(to=to))
    assert record.doc_type == "report"
    assert record.addressee == addressee


def test_a_transmitting_note_under_another_report_title_is_the_secretary_generals() -> None:
    # a web copy opens with the transmitted report's title, which names its rapporteur, not a body
    text = ("Interim report on the situation of human rights in Freedonia, prepared by the Special Representative\n\n"
            + SG_NOTE.format(to="to the members of the General Assembly"))
    record = read(text)
    assert record.author_body == "SG" and record.addressee == "GA"


@pytest.mark.parametrize("text, addressee", [
    ("Rapport du Rapporteur spécial\n\nNote du Secrétaire général\n\nLe Secrétaire général a l'honneur de transmettre "
     "aux membres de l'Assemblée générale le rapport intérimaire.\n", "GA"),
    ("Informe del Relator Especial\n\nNota del Secretario General\n\nEl Secretario General tiene el honor de transmitir "
     "a los miembros de la Asamblea General el informe provisional.\n", "GA"),
])
def test_the_transmitting_note_in_french_and_spanish(text: str, addressee: str) -> None:
    assert read(text).addressee == addressee


def test_a_note_that_refers_to_a_letter_transmits_nothing() -> None:
    text = ("Note by the Secretary-General\n\nThe Secretary-General has the honour to refer to the letter dated "
            "25 September 1992 from the Permanent Representative of Freedonia addressed to him.\n")
    assert read(text).addressee != "GA"


def test_a_state_that_transmits_its_report_keeps_it() -> None:
    text = ("National report submitted in accordance with paragraph 5 of the annex to Human Rights Council "
            "resolution 16/21\n\nFrance\n\nThe Secretary-General has the honour to transmit to the Human Rights Council "
            "the national report.\n")
    record = read(text)
    assert record.author_states == ["FRA"] and record.author_body is None

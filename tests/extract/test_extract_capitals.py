"""A statement's heading printed in capitals: its speaker and posts read with their case given back."""
from __future__ import annotations

import pytest

from unhrkg.extract import extract_text, lexicon
from unhrkg.extract.capitals import cased_headings


def speakers(text: str) -> list[tuple[str, list[str]]]:
    return [(s["name"], s["titles"]) for s in extract_text(text, "x.txt").signatories]


@pytest.mark.parametrize(("text", "expected"), [
    ("EXPLANATION OF VOTE BY AMBASSADOR BURHAN GAFOOR, PERMANENT REPRESENTATIVE OF SINGAPORE TO THE UNITED NATIONS, ON "
     "THE RESOLUTION ON A MORATORIUM\n\nMr President, Singapore voted against the resolution.",
     [("Burhan Gafoor", ["Ambassador", "Permanent Representative of Singapore to the United Nations"])]),
    ("PRESS STATEMENT BY JAMES P. RUBIN, SPOKESMAN\nApril 18, 2000\n\nThe United States regrets the decision.",
     [("James P. Rubin", ["Spokesman"])]),
    ("STATEMENT BY\n\nH.E. MR. MOHAMED SIAD DOUALEH\n\nAMBASSADOR, PERMANENT REPRESENTATIVE\n\nOF THE REPUBLIC OF "
     "DJIBOUTI TO THE UNITED NATIONS\n\nBEFORE THE SECURITY COUNCIL\n\nMr. President,\n\nDjibouti thanks the Council.",
     [("Mohamed Siad Doualeh", ["Ambassador", "Permanent Representative of the Republic of Djibouti to the United Nations"])]),
])
def test_a_speaker_named_in_a_heading_in_capitals(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert speakers(text) == expected


def test_a_spanish_heading_in_capitals() -> None:
    text = ("INTERVENCIÓN DEL EMBAJADOR RODOLFO BENÍTEZ VERSON, REPRESENTANTE PERMANENTE DE CUBA, EN LA REUNIÓN DE "
            "ORGANIZACIÓN DEL CONSEJO\n\nSeñor Presidente:\n\nCuba rechaza la resolución.")
    assert speakers(text) == [("Rodolfo Benítez Verson", ["Embajador", "Representante Permanente de Cuba"])]


def test_casing_keeps_the_length_acronyms_initials_and_a_states_own_words() -> None:
    text = "STATEMENT BY H.E. LE HOAI TRUNG, PERMANENT REPRESENTATIVE OF VIET NAM TO THE UN\n\nMr. President, thank you."
    with lexicon.using("en"):
        cased = cased_headings(text)
    assert len(cased) == len(text)
    assert cased.startswith("Statement by H.E. Le Hoai Trung, Permanent Representative of Viet Nam to the UN\n")
    assert cased.endswith("Mr. President, thank you.")


def test_prose_and_mixed_case_lines_are_left_as_they_are() -> None:
    text = "Statement by Ambassador Jane Doe\n\nWe THANK the Council. NATO and the UN agree."
    assert cased_headings(text) == text

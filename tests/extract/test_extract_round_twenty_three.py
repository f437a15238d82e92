"""The rules of the twenty-third round (2026-12-07, the third session of the day), each on a small text of the genre it
reads, written for the rule, not for a document of the held-out sets."""
from __future__ import annotations

import pytest
from helpers.extract import read

# --- a letter's address lines: the body they name, not the State a page's headline or a letterhead names above it ------

ADDRESSED = {
    "headline": ("Israel protests to UN\n\nH.E. Mr. Ban Ki-moon\nSecretary-General\nUnited Nations\nNew York\n\nExcellency,\n\n"
                 "I write to you regarding a serious violation of Security Council resolution 1701 (2006).\n\nSincerely,\n"
                 "Gabriela Shalev\nPermanent Representative of Israel to the United Nations\n"),
    "letterhead": ("PERMANENT MISSION OF THE REPUBLIC OF GHANA\n\nH.E. Mr. Omar Zniber\nPresident of the Human Rights Council\n"
                   "Geneva\n\nExcellency,\n\nI have the honour to refer to Human Rights Council resolution 5/1.\n"),
}


@pytest.mark.parametrize("kind", sorted(ADDRESSED))
def test_a_letters_address_lines_name_the_body_below_a_states_headline_or_letterhead(kind: str) -> None:
    assert read(ADDRESSED[kind]).addressee == {"headline": "SG", "letterhead": "HRC"}[kind]


def test_a_letter_addressed_to_a_state_keeps_the_state() -> None:
    text = ("H.E. Mr. Ahmed Ali\nMinister of Foreign Affairs of the Republic of Kenya\nNairobi\n\nExcellency,\n\n"
            "I have the honour to refer to General Assembly resolution 77/1.\n")
    assert read(text).addressee == "KEN"

"""Rules of the author States of statements and press releases, one small text each."""
from __future__ import annotations

import pytest

from unhrkg.extract import extract_text
from unhrkg.model.record import DocumentRecord


def read(text: str) -> DocumentRecord:
    return extract_text(text, file="t.txt")


@pytest.mark.parametrize("text, author", [
    ("Mauritius: PM - Mauritius Strongly Deplores UK's Rejection of Resolution 73/295\n\npress release\n\n"
     "Government strongly deplores that United Kingdom (UK) has chosen to reject resolution 73/295. In so doing, "
     "the UK has resorted to groundless arguments.", "MUS"),
    ("Communiqué\n\nLe Bénin déplore la décision\n\nLe Gouvernement déplore que le Royaume-Uni rejette la "
     "résolution 73/295. Le Royaume-Uni rejette aussi l'avis de la Cour.", "BEN"),
])
def test_a_state_after_a_judging_verb_and_that_is_judged_not_speaking(text: str, author: str) -> None:
    r = read(text)
    assert r.author_states == [author]
    assert "GBR" not in r.author_states


def test_a_state_after_a_saying_verb_and_that_still_speaks() -> None:
    r = read("Press release\n\nThe Ministry announced today that Argentina rejects resolution 46/1 and calls on "
             "all States to do the same.")
    assert (r.author_states, r.rules["author_states"]) == (["ARG"], "speaking-subject")

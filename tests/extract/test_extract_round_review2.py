"""Faults a second engineer's review found in the second round of 2026-12-05 (headings in capitals, former States,
masthead copies, forums of debates, letter titles' "to", sponsors counted among), each a small text of a genre the
tool reads, and what the extractor must give for it (texts in ``round_review2/``)."""
from __future__ import annotations

from pathlib import Path

import pytest

from unhrkg.extract import extract_text

TEXTS = Path(__file__).parent / "round_review2"


def read(name: str):
    return extract_text((TEXTS / f"{name}.txt").read_text(encoding="utf-8"), f"{name}.txt")


def test_a_statement_in_capitals_that_a_letter_carries_is_not_the_letters_signatory() -> None:
    assert [s["name"] for s in read("c11c").signatories] == ["Rodolfo Reyes Rodríguez"]
    assert read("c11b").signatories == []  # (a note verbale is not signed)


@pytest.mark.parametrize(("name", "expected"), [
    ("c1", ("Sean O'Brien", ["Permanent Representative of Ireland to the United Nations"])),
    ("c2", ("Luis Alfonso de Alba", ["Permanent Representative of Mexico to the United Nations Office at Geneva"])),
    ("c12", ("Matthew Rycroft", ["Permanent Representative of the UK to the UN"])),
])
def test_a_name_and_a_post_given_their_case_back(name: str, expected: tuple[str, list[str]]) -> None:
    assert [(s["name"], s["titles"]) for s in read(name).signatories] == [expected]


def test_a_claim_noun_listed_with_the_resolutions_content_does_not_turn_a_rejection() -> None:
    assert [(p["target"]["number"], p["stance"]) for p in read("p1").positions] == [("46/1", "rejects")]


@pytest.mark.parametrize(("name", "states"), [
    ("s2", ["ALB", "BIH", "MKD", "SRB", "MNE"]),  # "..., North Macedonia, Serbia and Montenegro met": the list's "and"
    ("s3", ["YUG"]),  # "the Federal Republic of Yugoslavia (Serbia and Montenegro)": a gloss
    ("s1", ["HRV", "RWA", "YUG"]),  # "the Yugoslavia Tribunal" is the tribunal's name, "for Rwanda and Yugoslavia" names both
])
def test_a_former_states_name_read_where_it_means_it(name: str, states: list[str]) -> None:
    assert read(name).states == states


@pytest.mark.parametrize(("name", "forum"), [("f2", "GA"), ("f8", "GA")])
def test_the_debate_on_a_bodys_report_is_held_where_it_is_held(name: str, forum: str) -> None:
    assert read(name).addressee == forum


@pytest.mark.parametrize("name", ["l9", "l10", "l7"])
def test_a_to_in_a_letter_titles_topic_names_no_addressee(name: str) -> None:
    assert read(name).addressee is None


def test_a_state_attacked_by_a_resolutions_sponsors_is_not_one_of_them() -> None:
    assert read("sp2").sponsors == []


@pytest.mark.parametrize("name", ["m6", "m3"])
def test_a_pages_category_or_the_organisations_name_over_a_date_is_no_masthead(name: str) -> None:
    assert read(name).issued is None


def test_an_item_of_the_list_of_speakers_is_no_agenda_item() -> None:
    assert read("x2").agenda_items == []

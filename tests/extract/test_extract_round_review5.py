"""What a second engineer's review of the eighth round of 2026-12-05 found the round's rules reading wrong (an
initiative set off by commas that names who asked, a title "Letter sent|written by", the bare "President," opening a
wrapped line, a statement heading by the Office of the High Commissioner, another State's withdrawal from
co-sponsorship, "renewed" said of acts, a resolution as the tool of what is destroyed, words of grievance said of
talks, "M." as an initial, an office in capitals), each a small text of a genre the tool reads (in
``round_review5/``), and what the extractor must give for it; and three the round's rules read right."""
from __future__ import annotations

from pathlib import Path

import pytest

from unhrkg.extract import extract_text

TEXTS = Path(__file__).parent / "round_review5"


def read(name: str):
    return extract_text((TEXTS / f"{name}.txt").read_text(encoding="utf-8"), f"{name}.txt")


def sponsors(name: str) -> set[tuple[str, str]]:
    return {(s["resolution"]["number"], s["sponsor"]) for s in read(name).sponsors}


def stances(name: str) -> dict[str, str]:
    return {p["target"]["number"]: p["stance"] for p in read(name).positions}


@pytest.mark.parametrize("name", [
    "r002",  # "The Security Council, at the request of the Government of Iraq, adopted on 29 May resolution 2682"
    "r003",  # "Le Conseil de sécurité, à la demande du Liban, a adopté le 11 août la résolution 1701"
    "r004",  # "El Consejo de Seguridad, a instancias del Gobierno de Colombia, aprobó ayer la resolución 2261"
    "r197",  # "The Security Council, at the request of Lebanon, adopted on 31 August resolution 2650 (2022)"
    "r198",  # "The Security Council, at the request of the Government of Cyprus, adopted today resolution 2723"
    "r016",  # "The UK is deeply concerned by Sri Lanka's announcement that it will withdraw from co-sponsoring"
])
def test_who_asked_or_who_withdraws_is_no_sponsor(name: str) -> None:
    assert sponsors(name) == set()


@pytest.mark.parametrize(("name", "expected"), [
    ("r001", {("1199 (1998)", "FRA"), ("1199 (1998)", "GBR")}),  # "à l'initiative de la France et du Royaume-Uni"
    ("r012", {("2100 (2013)", "FRA"), ("2100 (2013)", "SEN")}),
    ("r209", {("2127 (2013)", "FRA")}),  # "à l'initiative de la France, a adopté hier à l'unanimité la résolution"
])
def test_an_initiative_set_off_before_the_adoption_names_the_sponsor(name: str, expected: set[tuple[str, str]]) -> None:
    assert sponsors(name) == expected


@pytest.mark.parametrize("name", ["r021", "r022", "r025", "r027"])  # headlines and an NGO's item: "Letter sent|written by"
def test_a_headline_telling_of_a_letter_is_no_letter(name: str) -> None:
    r = read(name)
    assert r.doc_type not in ("letter", "note_verbale") and r.author_body is None


@pytest.mark.parametrize("name", ["r032", "r034", "r055", "r056", "r057", "r059"])  # "...\nPresident, Ambassador X"
def test_the_bare_title_opening_a_wrapped_line_is_no_word_to_the_chair(name: str) -> None:
    assert read(name).addressee is None


@pytest.mark.parametrize(("name", "body"), [("r078", "OHCHR"), ("r205", "OHCHR"), ("r206", "SG")])
def test_a_statement_by_an_office_is_that_bodys(name: str, body: str) -> None:
    assert read(name).author_body == body


@pytest.mark.parametrize(("name", "author"), [("r096", ["CHN"]), ("r098", ["SYR"])])  # "Iran renews diplomatic ties",
def test_renewing_an_act_is_no_speaking(name: str, author: list[str]) -> None:  # "Turkey renewed its aggression"
    assert read(name).author_states == author


@pytest.mark.parametrize(("name", "number"), [("r131", "2397 (2017)"), ("r133", "46/1"), ("r135", "51/29")])
def test_a_resolution_as_the_tool_of_what_is_destroyed_is_rejected(name: str, number: str) -> None:
    assert stances(name) == {number: "rejects"}  # "destroy our economy with the sanctions resolution 2397"


@pytest.mark.parametrize(("name", "number"), [("r144", "884 (1993)"), ("r145", "1325 (2000)"), ("r147", "77/222")])
def test_a_word_of_grievance_said_of_talks_or_negotiations_is_not_said_of_the_resolution(name: str, number: str) -> None:
    assert stances(name) == {number: "supports"}


@pytest.mark.parametrize(("name", "speaker"), [("r175", "M. Jahangir Khan"), ("r176", "M. Farooq")])
def test_an_initial_m_in_an_english_heading_is_part_of_the_name(name: str, speaker: str) -> None:
    assert [s["name"] for s in read(name).signatories] == [speaker]


def test_an_office_in_capitals_after_an_honour_is_no_name() -> None:
    assert read("r183").signatories == []  # "Statement by Ms. UN WOMEN EXECUTIVE DIRECTOR"

"""What a second engineer's review of the ninth round of 2026-12-05 found the round's rules reading wrong (a writer's own
letterhead above a letter's date read as the addressee, a speaker's byline over a venue and a date lost, a president
the heading tells of read as its speaker, a statement under its agenda item's title read as a report, an event's place
and date read as a heading's own, a Council resolution's number on the next line lost, "against" said of something
else, the count of a resolution adopted after a motion, a sponsor's name read across a sentence's end, a resolution
"presented as" something, a committee whose report the plenary takes up), each a small text of a genre the tool reads
(in ``round_review6/``), and what the extractor must give for it; and some the round's rules read right."""
from __future__ import annotations

from pathlib import Path

import pytest

from unhrkg.extract import extract_text

TEXTS = Path(__file__).parent / "round_review6"


def read(name: str):
    return extract_text((TEXTS / f"{name}.txt").read_text(encoding="utf-8"), f"{name}.txt")


def stances(name: str) -> dict[str, str]:
    return {p["target"]["number"]: p["stance"] for p in read(name).positions}


def sponsors(name: str) -> set[tuple[str, str]]:
    return {(s["resolution"]["number"], s["sponsor"]) for s in read(name).sponsors}


@pytest.mark.parametrize("name", [
    "r002",  # "THE PRESIDENT OF THE GENERAL ASSEMBLY / 12 March 2021 / Excellency,": the writer's letterhead
    "r003",  # "HUMAN RIGHTS COUNCIL / The President / Palais des Nations / ..."
    "r004",  # "THE SECRETARY-GENERAL / 24 August 2023 / Dear Mr. President,"
    "r019",  # an NGO's letter under "Human Rights Council / Syria: Inquiry mandate renewed / Geneva"
    "r020",  # "DELEGATION OF THE EUROPEAN UNION TO THE UNITED NATIONS / 666 Third Avenue / ..."
    "r022",  # "Human Rights Council / Working Group on Arbitrary Detention / Opinion No. 5/2022 / Geneva"
    "r034",  # "UNITED NATIONS HUMAN RIGHTS / OFFICE OF THE HIGH COMMISSIONER / Geneva"
    "r035",  # "UNESCO / The Director-General / Paris, 17 November 2017"
    "r234",  # "Chair of the Security Council Committee / established pursuant to resolution 1267 (1999)"
])
def test_a_writers_own_letterhead_above_the_date_is_no_addressee(name: str) -> None:
    assert read(name).addressee is None


@pytest.mark.parametrize(("name", "addressee"), [
    ("r001", "SG"),  # "H.E. Mr. Ban Ki-moon / Secretary-General / United Nations / Room S-3800 / ..."
    ("r025", "SC"),  # "The President of the Security Council / United Nations / New York"
])
def test_the_addressees_block_above_the_date_names_it(name: str, addressee: str) -> None:
    assert read(name).addressee == addressee


@pytest.mark.parametrize(("name", "speaker"), [
    ("r036", "Linda Thomas-Greenfield"),  # a venue, a place, a date and "As Delivered" between the byline and "Madam President,"
    ("r040", "Simon Manley"),
])
def test_a_byline_over_a_venue_and_a_date_before_the_word_to_the_chair_is_the_speaker(name: str, speaker: str) -> None:
    assert [s["name"] for s in read(name).signatories] == [speaker]


def test_a_byline_four_lines_above_a_letters_dear_is_the_addressee() -> None:
    assert read("r043").signatories == []  # "Ms. María Fernanda Espinosa Garcés / President of the General Assembly / ..."


@pytest.mark.parametrize(("name", "body"), [
    ("r065", "OIC"),  # "Statement by the OIC Group, delivered by the Coordinator, on the letter of the President of the HRC"
    ("r073", None),  # "Statement by Amnesty International on the decision of the President of the Human Rights Council"
    ("r069", None),  # "... by the President of the Security Council, speaking in his national capacity"
    ("r048", "HRC"),  # "Statement by H.E. Ambassador Federico Villegas, President of the Human Rights Council, at the ..."
])
def test_only_a_president_named_as_the_speaker_speaks_for_the_body(name: str, body: str | None) -> None:
    assert read(name).author_body == body


def test_the_oic_groups_rejection_stays_when_the_president_is_its_topic() -> None:
    assert stances("r065") == {"32/2": "rejects"}


@pytest.mark.parametrize("name", ["r099", "r100", "r105", "r106", "r107", "r108"])
def test_a_statement_under_its_agenda_items_report_title_is_no_report(name: str) -> None:
    r = read(name)
    assert (r.doc_type, r.author_body) == ("other", None) and r.author_states and r.positions


def test_a_report_title_over_a_reports_body_is_the_documents() -> None:
    assert (read("r094").doc_type, read("r094").author_body) == ("report", "SG")


@pytest.mark.parametrize(("name", "dated"), [
    ("r112", "2015-11-21"),  # "sur l'attentat commis à Bamako le 20 novembre 2015, à Paris le 21 novembre 2015"
    ("r113", None),  # "réunie à Paris le 3 juin 2016"
    ("r114", None),  # "adoptée le 11 août 2006 à New York"
    ("r115", None),  # "ocurrido en Bogotá, el 17 de enero de 2019"
    ("r117", None),  # "ouvert à Vilnius le 11 juillet 2023"
    ("r119", None),  # "celebrada en Nueva York el 2 de marzo de 2022"
    ("r116", "2004-04-22"),  # "Conferencia de prensa del canciller ..., en La Habana, el 22 de abril de 2004."
])
def test_an_events_place_and_date_in_a_heading_are_not_the_headings_own(name: str, dated: str | None) -> None:
    assert read(name).dated == dated


@pytest.mark.parametrize(("name", "number"), [("r142", "1373 (2001)"), ("r143", "1325 (2000)")])
def test_a_council_resolutions_number_on_the_next_line(name: str, number: str) -> None:
    assert [r["number"] for r in read(name).resolutions] == [number]


def test_two_original_languages_joined_by_e() -> None:
    assert read("r154").language is None  # "Original: español e inglés"


@pytest.mark.parametrize(("name", "number"), [
    ("r172", "822 (1993)"),  # "opposition against the occupation of its territories, as demanded by resolution 822"
    ("r173", "2728 (2024)"),  # "Speaking against the clock, the penholders finalised resolution 2728 (2024)"
])
def test_against_said_of_something_else_is_no_rejection(name: str, number: str) -> None:
    assert stances(name) == {number: "supports"}


def test_the_count_after_a_motion_told_in_an_aside_is_the_resolutions() -> None:
    assert stances("r191") == {"67/19": "rejects"}  # "was adopted, after a no-action motion had been defeated, by 138 votes"


@pytest.mark.parametrize(("name", "expected"), [
    ("r197", {("2272 (2016)", "USA")}),  # the author's name on the line above is not the sponsor's
    ("r210", {("2272 (2016)", "USA")}),  # "We thank the delegation of Japan. The United States-sponsored text, ..."
    ("r213", {("2397 (2017)", "JPN")}),  # "Statement by India / The Japan-led draft, which was adopted as resolution 2397"
    ("r202", set()),  # "la présentation par le Maroc de la résolution 2602 (2021) comme un soutien"
    ("r209", set()),  # "the presentation by Israel of resolution 242 (1967) as a text that ..."
    ("r204", {("78/170", "NAM")}),  # "la presentación por Venezuela de la resolución 78/170, en nombre del Movimiento"
    ("r205", {("16/18", "OIC")}),  # "the introduction by Pakistan, on behalf of the OIC, of resolution 16/18": the group's
    ("r207", {("1441 (2002)", "USA"), ("1441 (2002)", "GBR")}),  # "the drafting by the United States and the UK of"
])
def test_who_tabled_across_a_sentence_end_or_as_what_it_is_presented(name: str, expected: set) -> None:
    assert sponsors(name) == expected


@pytest.mark.parametrize(("name", "addressee"), [
    ("r218", "GA"),  # "on the report of the Third Committee, 78th session of the General Assembly, plenary meeting"
    ("r214", "GA3"),  # "..., Third Committee, 70th Session of the UN General Assembly"
])
def test_a_committee_whose_report_the_plenary_takes_up_is_not_the_forum(name: str, addressee: str) -> None:
    assert read(name).addressee == addressee


def test_upholding_a_resolution_after_not_recognising_something_else_is_support() -> None:
    assert stances("r056") == {"1244 (1999)": "supports"}  # "does not recognize the unilateral declaration and upholds"

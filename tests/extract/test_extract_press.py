"""The Organization's own press releases (genres/press.py): known by their symbol near the top; the
Organization's, addressed to no one, no State's; their date by the symbol; their session line's body
from the series."""
from __future__ import annotations

import pytest

from unhrkg.extract import extract_text

RELEASE = ("GA/12001\n\nGeneral Assembly Adopts 50 Texts Recommended by Third Committee\n\n14 December 2017\n"
           "General AssemblyGA/12001\nDepartment of Public Information • News and Media Division • New York\n\n"
           "Seventy-second General Assembly\n\nPlenary\n\n73rd Meeting (AM)\n\n"
           "The General Assembly today adopted 50 resolutions recommended by its Third Committee, among them a text on "
           "the situation of human rights in Myanmar, adopted by a recorded vote. The representative of Myanmar said "
           "his Government rejected the text. Israel's delegate spoke on another text. Israel voted against it.\n")


def test_a_release_is_the_organizations_with_its_symbol_date_and_session() -> None:
    r = extract_text(RELEASE, "x.txt")
    assert (r.symbol, r.issued, r.author_body, r.author_states, r.doc_type) == ("GA/12001", "2017-12-14", "UN", [], "other")
    assert r.session == {"body": "GA", "number": 72}
    assert r.positions == []  # the States' votes are theirs, not the release's


@pytest.mark.parametrize("text, symbol, session", [
    ("SC/13500\n\n8300th Meeting (PM)\n\nSecurity Council Extends Mission Mandate, Unanimously Adopting Resolution "
     "2428 (2018)\n\nThe Security Council today decided to extend the mandate, adopting resolution 2428 (2018).\n",
     "SC/13500", None),
    ("GENERAL ASSEMBLY ADOPTS TEXT ON THE QUESTION OF PALESTINE\nPress Release GA/9999 |\nGeneral Assembly Plenary\n"
     "Fifty-sixth Session\n90th Meeting (AM)\nThe General Assembly adopted a resolution on the question of Palestine "
     "by a recorded vote of 130 in favour to 4 against.\n", "GA/9999", {"body": "GA", "number": 56}),
    ("AG/11000\n\n18/12/2010\nAssemblée généraleAG/11000\nDépartement de l'information • New York\n\nAssemblée générale\n\n"
     "Soixante-cinquième session\n\n71e séance plénière\n\nL'Assemblée générale a adopté aujourd'hui le rapport de sa "
     "Troisième Commission et les 60 résolutions qu'il contient, dont une sur la situation en Iran.\n",
     "AG/11000", {"body": "GA", "number": 65}),
])
def test_a_release_symbol_on_its_line_after_press_release_or_run_into_the_organ(text: str, symbol: str, session: object) -> None:
    r = extract_text(text, "x.txt")
    assert (r.symbol, r.author_body, r.author_states, r.session) == (symbol, "UN", [], session)


def test_a_symbol_of_the_series_inside_a_sentence_is_no_release() -> None:
    r = extract_text("Statement by the Ministry of Foreign Affairs of Chile\n\nAs the press release SC/13500 of the "
                     "Council reported, Chile welcomed the adoption of resolution 2428 (2018).\n", "x.txt")
    assert (r.symbol, r.author_body, r.author_states) == (None, None, ["CHL"])


def test_a_heading_that_reports_a_body_adopting_a_report_is_not_the_reports_title() -> None:
    r = extract_text("Vienna, 8 October 2008 Press release\n\nCouncil of Ministers adopts Second Report on the National "
                     "Action Plan on resolution 1325\n\nThe Minister said the plan had been implemented in full.\n", "x.txt")
    assert r.doc_type == "other"


def test_coverage_without_a_symbol_is_known_by_the_line_that_names_it() -> None:
    text = ("HUMAN RIGHTS COUNCIL ADOPTS TWO RESOLUTIONS\n\nMeeting Summaries\n\nThe Human Rights Council this morning "
            "adopted two resolutions, on follow-up to its resolutions S-1/1 and S-3/1. Introducing the texts, the "
            "representative of Pakistan said Israel had ignored them. Israel rejected the texts.\n")
    r = extract_text(text, "x.txt")
    assert (r.author_body, r.author_states, r.positions) == ("UN", [], [])

"""A UN letter's masthead as web sites copy it (no "Distr." line, the symbol left out or printed in two
halves, the organs and the date on lines of their own): its issue date, session, items and own symbols."""
from __future__ import annotations

import pytest

from unhrkg.extract import extract_text
from unhrkg.extract.agenda import find_agenda_items

COPIED = ("Question of Palestine home || Permalink || Search\n\n\n        General Assembly\n        Security Council\n\n"
          "16 April 1979\n\n\nThirty-fourth session\nItem 25 of the preliminary list*\nThirty-fourth year\n\n"
          "Letter dated 16 April 1979 from the Permanent Representative of\nIsrael to the United Nations addressed to the "
          "Secretary-General\n\nOn instructions from my Government, I wish to draw your attention to the shelling of two "
          "towns, in violation of Security Council resolution 425 (1978).\n")


def test_a_copied_masthead_gives_the_issue_date_the_assemblys_session_and_the_item() -> None:
    r = extract_text(COPIED, "x.txt")
    assert (r.issued, r.session, r.agenda_items) == ("1979-04-16", {"body": "GA", "number": 34}, ["25"])
    assert (r.doc_type, r.dated, r.author_states, r.addressee) == ("letter", "1979-04-16", ["ISR"], "SG")


def test_a_date_line_under_an_organ_without_a_letter_title_below_is_no_issue_date() -> None:
    text = "General Assembly\n16 April 1979\n\nThe General Assembly met today and heard Israel on resolution 425 (1978).\n"
    assert extract_text(text, "x.txt").issued is None


@pytest.mark.parametrize(("text", "items"), [
    ("Items 42 and 84 of the preliminary list\n", ["42", "84"]),
    ("Point 25 de la liste préliminaire\n", ["25"]),
    ("Tema 25 de la lista preliminar\n", ["25"]),
])
def test_an_item_of_the_preliminary_list(text: str, items: list[str]) -> None:
    assert find_agenda_items(text) == items


STACKED = ("Israeli settlements – Letter from Egypt\n\nDistr.\n\nGENERAL\n\nA/35/102\n\nS/13795\n\n15 February 1980\n\n"
           "ORIGINAL: ENGLISH\n\nGENERAL ASSEMBLY SECURITY COUNCIL\n\nThirty-fifth session Thirty-fifth year\n\n"
           "QUESTION OF PALESTINE\n\nREPORT OF THE SPECIAL COMMITTEE TO\n\n  INVESTIGATE ISRAELI PRACTICES\n\n"
           "Letter dated 14 February 1980 from the Permanent Representative of\n\nEgypt to the United Nations addressed to the "
           "Secretary-General\n\nMy Government views with seriousness the decision, which violates resolution 242 (1967).\n")


def test_a_masthead_whose_item_title_is_a_report_title_carries_a_letter() -> None:
    r = extract_text(STACKED, "x.txt")
    assert (r.doc_type, r.dated, r.author_states, r.addressee) == ("letter", "1980-02-14", ["EGY"], "SG")


def test_the_two_halves_of_a_joint_symbol_one_under_the_other_are_both_its_own() -> None:
    r = extract_text(STACKED, "x.txt")
    assert (r.symbol, r.documents_cited) == ("A/35/102", [])


@pytest.mark.parametrize(("title", "addressee"), [
    ("Letter dated 20 January 1988 from the representative of Lebanon\nto the Secretary-General", "SG"),
    ("Letter dated 24 October 1958 from the representative of India to the President of the Security Council", "SC"),
])
def test_a_dated_titles_to_an_office_without_addressed(title: str, addressee: str) -> None:
    r = extract_text(title + "\n\nI have the honour to inform you of my Government's request.\n", "x.txt")
    assert r.addressee == addressee


def test_the_place_a_representative_is_accredited_to_is_no_addressee() -> None:
    r = extract_text("Letter dated 20 January 1988 from the Permanent Representative of Lebanon to the United Nations\n\n"
                     "I have the honour to inform you of my Government's request.\n", "x.txt")
    assert r.addressee is None


@pytest.mark.parametrize(("text", "forum"), [
    ("Statement by\nH. E. Mr. Mohamed Siad Doualeh\nAmbassador, Permanent Representative\nof the Republic of Djibouti to "
     "the United Nations\nBefore the Security Council\non the Situation in Somalia\nThursday 10 November 2016\n"
     "At the outset, Djibouti wishes to express its profound gratitude to the Members of the Council.", "SC"),
    ("21 November 2008\n\nStatement by:\n\nH.E Mr. Seyed Hossein Rezvani\n\nAdvisor to the Minister of Foreign Affairs\n\n"
     "Before the Third Committee\n\nOn draft resolution L.40\n\nThird Committee of 63rd Session of the United Nations "
     "General Assembly\n\nMr. Chairman,\n\nThe draft is unacceptable to my delegation.", "GA3"),
])
def test_the_forum_of_a_heading_set_as_a_stack_of_short_lines(text: str, forum: str) -> None:
    assert extract_text(text, "x.txt").addressee == forum


UNDER_A_PAGE_TITLE = ("Position of Syria regarding the report of the Secretary-General on the implementation of the resolutions "
                      "(S/2016/60)\n\n\nBack to top\n\nUnited Nations\nSecurity Council\n\nS/2016/78\n\nDistr.: General\n"
                      "4 February 2016\nEnglish\nOriginal: Arabic\n\nIdentical letters dated 26 January 2016 from the Chargé "
                      "d'affaires a.i. of the Permanent Mission of the Syrian Arab Republic to the United Nations addressed to "
                      "the Secretary-General and the President of the Security Council\n\nOn instructions from my Government, "
                      "I should like to convey to you the position of my Government.\n")


def test_a_masthead_under_a_page_title_that_cites_a_report_is_the_letters() -> None:
    r = extract_text(UNDER_A_PAGE_TITLE, "x.txt")
    assert (r.symbol, r.issued, r.doc_type, r.dated, r.addressee) == ("S/2016/78", "2016-02-04", "letter", "2016-01-26", "SG")
    assert r.documents_cited == ["S/2016/60"]

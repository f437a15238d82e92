"""A speech introduced by its speaker's name and post in the mission ("Mr. X, Counsellor of the
Permanent Mission of Sri Lanka, stated the following"), and a byline with a colon ("Statement
by: Ms X, First Secretary, ...")."""
from __future__ import annotations

from unhrkg.extract import extract_text

INTRO = ("Item 3 on the mandate in Cambodia Speaking under the above item at the 9th Session of the Human Rights "
         "Council on 15 September 2008, Mr. O.L. Perera, Counsellor of the Permanent Mission of Sri Lanka to the UN "
         "in Geneva, stated the following :\nMr President,\nCambodia has begun to transform itself. Cambodia is taking "
         "steps further to advance the democratic process.\n")


def test_an_official_named_with_his_post_in_the_mission_outweighs_a_state_spoken_of() -> None:
    r = extract_text(INTRO, "x.txt")
    assert r.author_states == ["LKA"] and r.rules["author_states"] == "author-phrase"


def test_without_the_official_the_state_spoken_of_is_no_author_phrase() -> None:
    text = INTRO.replace("Mr. O.L. Perera, Counsellor of the Permanent Mission of Sri Lanka to the UN in Geneva, ", "")
    assert extract_text(text, "x.txt").author_states != ["LKA"]


def test_a_byline_with_a_colon_after_by() -> None:
    text = ("United Nations\nStatement by: Ms Jane Lim, First Secretary, Australian Mission to the United Nations\n"
            "As delivered\nAustralia has long advocated for human rights.\n")
    r = extract_text(text, "x.txt")
    assert [(s["name"], s["titles"]) for s in r.signatories] == [("Jane Lim", ["First Secretary"])]


def test_a_regular_session_line_gives_the_session_and_the_forum_of_the_statement_below_it() -> None:
    text = ("Permanent Mission of Australia\n\nHuman Rights Council - 25th Regular Session\n\nGeneral comments after "
            "action\nAustralian Statement\n\n27 March 2014\n\nAustralia would like to thank the delegations.\n")
    r = extract_text(text, "x.txt")
    assert r.session == {"body": "HRC", "number": 25}
    assert (r.addressee, r.rules["addressee"]) == ("HRC", "statement-session-line")


def test_a_press_release_under_a_session_line_is_not_addressed_to_the_body() -> None:
    text = ("Human Rights Council – 50th Session\n\nPress release\n\nThe Government of Chile welcomes resolution 50/1.\n")
    assert extract_text(text, "x.txt").addressee is None

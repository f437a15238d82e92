"""Groups whose members do not change (the reference table groups.csv), speakers' lines that say whom
they speak for, and lists of members after a comma: rules for texts several States speak or table
together."""
from __future__ import annotations

import pytest

from unhrkg.extract import extract_text
from unhrkg.extract.agents import fixed_group_at
from unhrkg.model.reference import fixed_groups


def sponsors(text: str) -> set[tuple[str, str]]:
    return {(s["resolution"]["number"], s["sponsor"]) for s in extract_text(text, "x.txt").sponsors}


def test_the_table_gives_each_group_two_or_more_known_states() -> None:
    from unhrkg.model.reference import load_reference
    states = load_reference().states
    assert {"NORDIC", "BENELUX", "P5"} <= set(fixed_groups())
    for code, (names, members) in fixed_groups().items():
        assert names and len(members) >= 2 and set(members) <= set(states), code


@pytest.mark.parametrize("text, members", [
    ("the Nordic countries co-sponsored", ["DNK", "FIN", "ISL", "NOR", "SWE"]),
    ("los países nórdicos", ["DNK", "FIN", "ISL", "NOR", "SWE"]),
    ("the Benelux  countries", ["BEL", "NLD", "LUX"]),
    ("the P5 members", ["CHN", "FRA", "RUS", "GBR", "USA"]),
    ("the P51 members", []),  # not a group's name
    ("Nordic Council", []),
])
def test_a_group_of_fixed_membership_is_read_as_its_members(text: str, members: list[str]) -> None:
    assert fixed_group_at(text, 0) == members


def test_a_group_of_fixed_membership_tabling_is_its_members_tabling() -> None:
    text = ("Statement by Cuba\n\nTo this end, the Nordic countries co-sponsored General Assembly resolution 71/248. "
            "Resolution 5/1 was tabled by the Benelux countries.")
    assert sponsors(text) == {("71/248", s) for s in ("DNK", "FIN", "ISL", "NOR", "SWE")} | \
        {("5/1", s) for s in ("BEL", "NLD", "LUX")}


def test_a_group_of_fixed_membership_speaking_with_its_members_listed_is_its_authors() -> None:
    text = ("The\nNordic countries, Denmark, Finland, Iceland, Sweden and Norway, would like to express deep "
            "appreciation to Niger for organizing this debate. We acknowledge the progress made under Security Council "
            "resolution 1998.")
    assert extract_text(text, "x.txt").author_states == ["DNK", "FIN", "ISL", "SWE", "NOR"]


def test_a_group_named_without_its_members_is_spoken_for_by_the_state_that_speaks() -> None:
    text = ("Statement by Iceland on behalf of the Nordic countries\n\nMr. Chair,\n\nThe Nordic countries would like "
            "to thank the Chair. We support resolution 77/1.")
    assert extract_text(text, "x.txt").author_states == ["ISL"]


def test_namely_with_a_comma_before_the_members_of_the_group_spoken_for() -> None:
    text = ("I speak on behalf of the Pacific Islands Forum Group who, are based in New York, namely, Australia, Fiji, "
            "Nauru and my own country, Papua New Guinea.\n\nMr President, Security Council resolution 1325 matters.")
    assert extract_text(text, "x.txt").author_states == ["AUS", "FJI", "NRU", "PNG"]


def test_a_speakers_post_line_says_whom_the_speaker_speaks_for() -> None:
    text = ("Statement delivered by Ambassador Mr. Tormod C. ENDRESEN,\nPermanent Representative of Norway on behalf "
            "of the Nordic Baltic countries: Denmark, Estonia, Finland, Iceland, Latvia, Lithuania, Norway and Sweden.\n\n"
            "President,\n\nWe thank the Commission established by resolution 52/1.")
    r = extract_text(text, "x.txt")
    assert r.author_states == ["DNK", "EST", "FIN", "ISL", "LVA", "LTU", "NOR", "SWE"]
    assert r.signatories[0]["name"] == "Tormod C. Endresen"


def test_a_post_inside_a_news_sentence_is_no_speakers_line() -> None:
    text = ("Mongolian delegation took part in the session.\nFurthermore, on September 19, Ambassador Gerelmaa "
            "delivered, on behalf of the core group (Belgium, Benin, Costa Rica, Mexico and Mongolia), a statement on "
            "the death penalty and resolution 54/35.")
    assert extract_text(text, "x.txt").author_states != ["BEL", "BEN", "CRI", "MEX", "MNG"]


def test_a_speaker_for_an_organisation_named_in_a_statement_by_heading_is_the_author() -> None:
    text = ("Statement by\n\nAmbassador Munir Akram permanent representative of Pakistan, Coordinator of the OIC Working "
            "Group on Human Rights in Geneva, on behalf of the OIC, at the 57th Session of the Commission on Human Rights\n\n"
            "Mr. Chairman,\n\nWe recall resolution 2000/1.")
    r = extract_text(text, "x.txt")
    assert (r.author_states, r.author_body) == (["PAK"], None)


def test_a_statement_by_a_minister_on_a_topic_naming_a_state_is_not_that_states() -> None:
    text = ("Statement by Mr. Hirofumi Nakasone, Minister for Foreign Affairs, on the Issuance of a Statement regarding "
            "the Missile Launch by North Korea\n\n1. Japan appreciates that the Security Council acted under "
            "resolution 1718 (2006).")
    assert extract_text(text, "x.txt").author_states == ["JPN"]

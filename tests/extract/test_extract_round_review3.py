"""What a second engineer's review of the sixth round of 2026-12-05 found the round's first rules reading wrong (the
Organization's press releases, spelt ordinals before "General Assembly", what the first person notes, "extends its
thanks", news agencies' tags, "est appelée à", datelines in title lines, what others undermine, "stipulated", "as
mandated by", "Federal Foreign Minister", labels before a heading, a bare "with" after a sponsor's verb, a group's
description before a dash), each a small text of a genre the tool reads (in ``round_review3/``), and what the extractor
must give for it: what the rules before the round gave."""
from __future__ import annotations

from pathlib import Path

import pytest

from unhrkg.extract import extract_text

TEXTS = Path(__file__).parent / "round_review3"


def read(name: str):
    return extract_text((TEXTS / f"{name}.txt").read_text(encoding="utf-8"), f"{name}.txt")


@pytest.mark.parametrize(("name", "author"), [
    ("p05", "IRL"),  # "as reported by the News and Media Division" in a sentence: no coverage's mark
    ("p16", "PER"),  # "According to the UN's meetings coverage, Peru voted ..."
    ("p07", "KEN"),  # a note verbale under its reference "HR/0562"
    ("p18", "ZAF"),  # "No DC/2145" under a letterhead
    ("p08", "GHA"),  # "Our ref no SC/1245"
    ("p12", "PHL"),  # a ministry's release numbered "PI/1247"
    ("p19", "DNK"),  # "Human Rights Section / HR/2231"
])
def test_a_states_text_with_a_reference_of_a_press_series_is_no_un_release(name: str, author: str) -> None:
    r = read(name)
    assert (r.author_body, r.author_states) == (None, [author])


@pytest.mark.parametrize(("name", "symbol", "issued"), [
    ("p03", "SG/SM/22070", "2024-01-05"),  # the Secretary-General's double symbol "SG/SM/22070-SC/15533"
    ("p20", "SC/13221", "2018-02-22"),  # "Thursday, 22 February 2018" under the symbol
])
def test_a_release_with_a_double_symbol_or_a_weekday_before_its_date(name: str, symbol: str, issued: str) -> None:
    r = read(name)
    assert (r.symbol, r.issued, r.author_body, r.author_states) == (symbol, issued, "UN", [])


@pytest.mark.parametrize(("name", "session"), [
    ("o01", None),  # "the Fifty-second General Assembly of the Organization of American States"
    ("o02", None),  # the World Tourism Organization's
    ("o05", None),  # INTERPOL's
    ("o06", None),  # "the first General Assembly debate on the veto initiative"
    ("o09", None),  # "the Youth General Assembly"
    ("o08", {"body": "GA", "number": 78}),  # "South General Assembly of the Youth Parliament", then "the 78th General Assembly"
    ("o04", {"body": "GA", "number": 78}),  # "Both General Assembly and Human Rights Council resolutions", then the 78th
])
def test_only_the_united_nations_assembly_by_its_ordinal_is_a_session(name: str, session: object) -> None:
    assert read(name).session == session


@pytest.mark.parametrize(("name", "author", "positions"), [
    ("j10", ["MEX"], [("2334 (2016)", "supports")]),  # "We recall that Mexico voted in favour": its own
    ("j11", ["IRL"], [("53/3", "supports")]),  # "We note that Ireland has co-sponsored"
    ("e01", [], []),  # an Indian readout: "Bangladesh extended its warm thanks to India"
    ("e02", [], []),  # "Ukraine extended its gratitude to Poland" narrated in a joint statement
    ("a04", [], []),  # a joint communiqué's "(II) Ethiopia is committed to ..."
    ("pp05", ["DZA"], [("2334 (2016)", "supports")]),  # Algeria's own "L'Algérie est appelée à siéger au Conseil"
    ("d01", ["FRA"], [("2127 (2013)", "supports")]),  # "à Paris le 5 décembre 2013 - Sommet ..." on a title line
    ("in01", ["AUT"], [("ES-11/6", "supports")]),  # an Austrian "Federal Foreign Minister" (no State of its post's
    # word "Federal"; the minister by name: ``officeholders.csv``)
    ("l04", ["RUS"], [("2231 (2015)", "supports")]),  # "Minister Lavrov told reporters: Position of the United States"
])
def test_authors_the_rounds_first_rules_read_wrong(name: str, author: list[str], positions: list[tuple[str, str]]) -> None:
    r = read(name)
    assert (r.author_states, [(p["target"]["number"], p["stance"]) for p in r.positions]) == (author, positions)


@pytest.mark.parametrize(("name", "number"), [
    ("v01", "1907 (2009)"),  # "The Government of Eritrea challenges the legitimacy of resolution 1907"
    ("v07", "2334 (2016)"),  # "Undermining direct negotiations, resolution 2334 (2016) is a shameful ... text"
    ("st03", "1907 (2009)"),  # "Resolution 1907 (2009) stipulated ... sanctions that were unjust, illegal"
    ("i07", "S-30/1"),  # "The Commission of Inquiry, as mandated by ... S-30/1, has ... produced a biased report"
])
def test_rejections_the_rounds_first_rules_read_as_upholding(name: str, number: str) -> None:
    assert [(p["target"]["number"], p["stance"]) for p in read(name).positions] == [(number, "rejects")]


def test_states_abstaining_after_with_are_no_partners() -> None:
    assert {s["sponsor"] for s in read("sp14").sponsors} == {"ARE"}


def test_a_groups_description_before_a_dash_holding_a_states_name_names_the_group_after_it() -> None:
    assert {s["sponsor"] for s in read("sp15").sponsors} == {"CAN", "DEU", "MWI", "MNE", "MKD", "GBR"}

"""The author's vote read off a count of the votes on a resolution."""
from __future__ import annotations

import pytest

from unhrkg.extract import extract_text


def votes(text: str) -> set[tuple[str, str, str]]:
    return {(p["target"]["number"], p["stance"], p["rule"]) for p in extract_text(text, "x.txt").positions}


SPANISH = ("El Gobierno de {author} informa.\n\nLa resolución 2285 (2016) fue aprobada por "
           "diez votos a favor, entre ellos el de España; tres abstenciones, las de Rusia, Angola y Nueva Zelanda; y dos "
           "votos en contra, los de Venezuela y Uruguay.")


@pytest.mark.parametrize(("author", "expected"), [
    ("España", {("2285 (2016)", "supports", "vote-tally")}),
    ("Uruguay", {("2285 (2016)", "rejects", "vote-tally")}),
    ("Angola", set()),
])
def test_the_authors_vote_is_the_count_it_is_listed_under(author: str, expected: set) -> None:
    assert votes(SPANISH.format(author=author)) == expected


def test_an_english_tally() -> None:
    text = ("Press release of the Ministry of Foreign Affairs of Estonia\n\nResolution 46/1 was adopted with 22 votes in "
            "favour, including Estonia, 11 against and 14 abstentions.")
    assert votes(text) == {("46/1", "supports", "vote-tally")}


def test_one_way_of_voting_named_is_no_tally() -> None:
    text = ("Press release of the Ministry of Foreign Affairs of Estonia\n\nMembers in favour of resolution 46/1 met "
            "Estonia's delegation on the margins.")
    assert ("46/1", "supports", "vote-tally") not in votes(text)


@pytest.mark.parametrize("counted", ["Egypt's proposed amendment to the text", "a no-action motion on the text"])
def test_a_count_of_the_votes_on_an_amendment_or_a_motion_is_not_the_resolutions(counted: str) -> None:
    text = ("The Government of Egypt informs the press.\n\nPrior to the adoption of resolution 2272 (2016), the Council "
            f"rejected {counted} by 9 votes against (France, Japan) to 5 in favour (Angola, China, Egypt), with 1 "
            "abstention (Senegal).")
    assert {v for v in votes(text) if v[2] == "vote-tally"} == set()


def test_the_resolutions_own_count_after_the_amendment_is_read() -> None:
    text = ("The Government of Egypt informs the press.\n\nThe Council adopted resolution 2272 (2016) by 9 votes in favour "
            "(France, Japan, Egypt) to 5 against (Angola, China), with 1 abstention (Senegal).")
    assert votes(text) == {("2272 (2016)", "supports", "vote-tally")}

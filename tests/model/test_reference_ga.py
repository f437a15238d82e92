"""The General Assembly's resolution numbers 1-3541 by session (resolutions_ga.csv), checked
against resolutions whose session and date were seen printed together."""
import csv

import pytest

from unhrkg.model.reference import ga_session
from unhrkg.model.resources import reference_path

# (number, session it was adopted at): well-known resolutions and those that fix a boundary
KNOWN = [
    (1, "I"), (181, "II"), (217, "III"), (377, "V"), (502, "VI"), (995, "X"), (1133, "XI"), (1134, "XII"),
    (1236, "XII"), (1237, "ES-III"), (1474, "ES-IV"), (1476, "XV"), (1514, "XV"), (1603, "XV"), (1622, "S-III"),
    (1623, "XVI"), (1747, "XVI"), (1750, "XVII"), (1874, "S-IV"), (1976, "XVIII"), (2008, "XX"), (2065, "XX"),
    (2132, "XX"), (2137, "XXI"), (2200, "XXI"), (2248, "S-V"), (2253, "ES-V"), (2375, "XXII"), (2376, "XXIII"),
    (2626, "XXV"), (2751, "XXVI"), (2758, "XXVI"), (3111, "XXVIII"), (3172, "XXVIII"), (3200, "S-VI"),
    (3202, "S-VI"), (3203, "XXIX"), (3314, "XXIX"), (3361, "S-VII"), (3362, "S-VII"), (3363, "XXX"),
    (3379, "XXX"), (3541, "XXX"),
]


def _rows() -> list[dict[str, str]]:
    with reference_path("resolutions_ga.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize("number, session", KNOWN)
def test_a_known_resolution_is_given_its_session(number: int, session: str) -> None:
    assert ga_session(number) == session


def test_spans_are_disjoint_increasing_and_within_the_old_numbering() -> None:
    spans = [(int(r["first_resolution"]), int(r["last_resolution"])) for r in _rows()]
    assert all(first <= last for first, last in spans)
    assert all(a[1] < b[0] for a, b in zip(spans, spans[1:]))  # in number order, no overlap
    assert spans[0][0] == 1 and spans[-1][1] == 3541
    assert len({r["session"] for r in _rows()}) == len(spans)


def test_a_session_that_closes_is_followed_by_the_next_number_s_session_where_that_opens() -> None:
    rows = _rows()
    for a, b in zip(rows, rows[1:]):
        if a["closes"] == "yes" and b["opens"] == "yes":
            assert int(a["last_resolution"]) + 1 == int(b["first_resolution"]), (a["session"], b["session"])


def test_numbers_outside_every_confirmed_span_get_no_session() -> None:
    assert [ga_session(n) for n in (1001, 1004, 2300, 3034, 3542, 0)] == [None] * 6

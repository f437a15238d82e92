"""The office-holders table, data/reference/officeholders.csv, as its README section describes it: every row a
State of the States table (or none, for an international post), one of the offices, years in order; a surname given
alone belongs to people of one State in any one year, so that "Foreign Minister X" never names two States at once."""
from __future__ import annotations

from collections import defaultdict

from unhrkg.extract.gazetteer import fold
from unhrkg.model.reference import Officeholder, load_officeholders, load_reference

OFFICES = {"head_of_state", "head_of_government", "foreign_minister", "permanent_representative",
           "deputy_permanent_representative", "spokesperson", "international"}


def rows() -> tuple[Officeholder, ...]:
    return load_officeholders()


def test_every_row_is_a_state_an_office_and_its_years() -> None:
    states = load_reference().states
    assert len(rows()) > 5000
    for h in rows():
        assert h.office in OFFICES, h
        assert (h.iso3 == "") == (h.office == "international"), h
        assert not h.iso3 or h.iso3 in states, h
        assert 1945 <= h.start <= 2026 and (h.end is None or h.start <= h.end <= 2026), h
        assert h.names and all(n.strip() == n and n for n in h.names), h


def test_a_surname_names_people_of_one_state_in_any_year() -> None:
    """(One person's two posts may meet in a year, "Foreign Minister" then "Secretary-General": that year the name is
    nobody's State; two people of different States may not share a surname in a year.)"""
    held: dict[str, list[Officeholder]] = defaultdict(list)
    for h in rows():
        for name in h.surnames:
            held[fold(name)].append(h)
    for name, people in held.items():
        for a in people:
            for b in people:
                overlap = a.start <= (b.end or 9999) and b.start <= (a.end or 9999)
                same_person = bool({fold(n) for n in a.names} & {fold(n) for n in b.names})
                assert a.iso3 == b.iso3 or not overlap or same_person, (name, a, b)


def test_the_reference_tables_read_the_worlds_leaders() -> None:
    lavrov = [h for h in rows() if "Sergey Lavrov" in h.names]
    assert {(h.iso3, h.office) for h in lavrov} == {("RUS", "permanent_representative"), ("RUS", "foreign_minister")}
    guterres = {(h.iso3, h.office) for h in rows() if "António Guterres" in h.names}
    assert ("PRT", "head_of_government") in guterres and ("", "international") in guterres

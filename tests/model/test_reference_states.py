"""The States table, data/reference/states.csv, as its README section describes it.

The checks the README asks for after an edit (195 States of today and six former ones, unique codes,
no name or alias shared by two States), and those of the ``capitals`` column: every State of today
has one, a former State none, no two States share one, none is another State's name in any of the
three languages, and the UN's own seats are listed under their host State only.
"""
from __future__ import annotations

import csv
from collections import defaultdict

import pytest

from unhrkg.model.reference import SEP, State, load_names, load_reference
from unhrkg.model.resources import reference_path

#: UN seats (New York, Geneva, Vienna, Nairobi, in English, French and Spanish) -> the host State
UN_SEATS = {"New York": "USA", "Nueva York": "USA", "Geneva": "CHE", "Genève": "CHE", "Ginebra": "CHE",
            "Vienna": "AUT", "Vienne": "AUT", "Viena": "AUT", "Nairobi": "KEN"}


def states() -> list[State]:
    return list(load_reference().states.values())


def raw_rows() -> list[dict[str, str]]:
    with reference_path("states.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def owners(values: dict[str, tuple[str, ...]]) -> dict[str, set[str]]:
    """Each value (case-folded) -> the iso3 codes that list it."""
    found: dict[str, set[str]] = defaultdict(set)
    for iso3, items in values.items():
        for item in items:
            found[item.casefold()].add(iso3)
    return found


def test_195_states_of_today_and_six_former_ones_with_unique_codes() -> None:
    rows = states()
    today = [s for s in rows if s.status != "former"]
    assert len(today) == 195
    assert len({s.iso3 for s in today}) == len({s.iso2 for s in today}) == 195
    assert sorted(s.iso3 for s in rows if s.status == "former") == ["CSK", "DDR", "SCG", "SUN", "YMD", "YUG"]
    assert len({s.iso3 for s in rows}) == 201  # (ISO gave CS to Czechoslovakia, then to Serbia and Montenegro)


def test_a_former_state_is_named_by_its_own_names_not_by_its_successors() -> None:
    ref = load_reference().states
    assert "Federal Republic of Yugoslavia" in ref["YUG"].names and "Serbia and Montenegro" in ref["SCG"].names
    assert not {"Serbia and Montenegro", "Federal Republic of Yugoslavia"} & set(ref["SRB"].names)
    assert {"USSR", "Soviet Union"} <= set(ref["SUN"].names) and "Soviet Union" not in ref["RUS"].names


def test_no_name_or_alias_is_shared_by_two_states() -> None:
    shared = {n: o for n, o in owners({s.iso3: s.names for s in states()}).items() if len(o) > 1}
    assert not shared


def test_the_loader_reads_the_capitals_column() -> None:
    ref = load_reference().states
    assert ref["MYS"].capitals == ("Kuala Lumpur", "Putrajaya")
    assert ref["USA"].capitals == ("Washington",)
    assert ref["PSE"].capitals == ("Ramallah",)


def test_every_state_of_today_has_a_capital_and_a_former_one_none() -> None:
    assert [s.iso3 for s in states() if not s.capitals and s.status != "former"] == []
    assert [s.iso3 for s in states() if s.capitals and s.status == "former"] == []  # (a dateline names today's State)


def test_no_capital_is_shared_by_two_states() -> None:
    shared = {c: o for c, o in owners({s.iso3: s.capitals for s in states()}).items() if len(o) > 1}
    assert not shared


def test_no_capital_is_the_name_of_another_state() -> None:
    """A city-State's capital may be its own name (Singapore, Kuwait), never another State's."""
    names: dict[str, tuple[str, ...]] = {s.iso3: s.names for s in states()}
    for lang in ("fr", "es"):
        for iso3, more in load_names(lang).states.items():
            names[iso3] = names.get(iso3, ()) + more
    named = owners(names)
    clashes = {(s.iso3, c) for s in states() for c in s.capitals if named.get(c.casefold(), {s.iso3}) != {s.iso3}}
    assert not clashes


@pytest.mark.parametrize("seat, host", sorted(UN_SEATS.items()))
def test_a_un_seat_is_listed_under_its_host_state_only(seat: str, host: str) -> None:
    listing = {s.iso3 for s in states() if seat.casefold() in map(str.casefold, s.capitals)}
    assert listing <= {host}


@pytest.mark.parametrize("iso3, both", [
    ("BOL", {"Sucre", "La Paz"}), ("NLD", {"Amsterdam", "The Hague"}), ("CIV", {"Yamoussoukro", "Abidjan"}),
    ("BEN", {"Porto-Novo", "Cotonou"}), ("LKA", {"Sri Jayawardenepura Kotte", "Colombo"}),
    ("ZAF", {"Pretoria", "Cape Town", "Bloemfontein"}), ("TZA", {"Dodoma", "Dar es Salaam"})])
def test_official_capital_and_seat_of_government_are_both_listed(iso3: str, both: set[str]) -> None:
    assert both <= set(load_reference().states[iso3].capitals)


def test_capital_cells_are_well_formed() -> None:
    """Separator exactly ' | ', no empty or padded part, straight apostrophes, no repeat within a row."""
    bad = []
    for row in raw_rows():
        cell = row["capitals"]
        if row["status"] == "former" and not cell:
            continue  # (a former State lists none)
        parts = cell.split(SEP)
        if any(p != p.strip() or not p or "|" in p or "\u2019" in p for p in parts) or len(set(parts)) < len(parts):
            bad.append((row["iso3"], cell))
    assert not bad

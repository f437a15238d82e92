"""A seat of government or a ministry named by its proper name ("the Élysée", "Itamaraty",
"Dışişleri Bakanlığı") at the top of a statement speaks for its State (institutions.csv)."""
from __future__ import annotations

import pytest

from unhrkg.extract import extract_text
from unhrkg.extract.gazetteer import institutions_gazetteer
from unhrkg.model.reference import load_reference


def author(text: str) -> tuple[list[str], str | None]:
    r = extract_text(text, "x.txt")
    return r.author_states, r.rules.get("author_states")


def test_a_ministry_at_the_start_of_the_first_sentence_speaks() -> None:
    text = ("El Ministerio de Asuntos Exteriores y de Cooperación celebró este miércoles la adopción por consenso de "
            "la resolución 70/169 de la Asamblea General.")
    assert author(text) == (["ESP"], "institution")


def test_a_seat_as_the_subject_in_english() -> None:
    text = "The White House welcomes the adoption today of Security Council resolution 2231 (2015)."
    assert author(text) == (["USA"], "institution")


def test_a_ministry_on_its_own_line_under_the_heading() -> None:
    text = ("No: 12, 3 May 2021, Press Release Regarding the Adoption of Security Council Resolution 2570 (2021) on the "
            "Mandate\n\nDışişleri Bakanlığı 03.05.2021\n\nWe note the resolution adopted today.")
    assert author(text) == (["TUR"], "institution")


def test_a_seat_spoken_of_inside_a_sentence_is_not_the_author() -> None:
    text = "Observers said the talks with the Kremlin had stalled before resolution 2202 (2015) was adopted."
    assert author(text)[0] != ["RUS"]


def test_a_named_author_outweighs_an_institution_it_speaks_of() -> None:
    text = ("The Government of Canada welcomes resolution 46/1. The White House and Canada worked together on the text.")
    assert author(text)[0] == ["CAN"]


def test_every_name_belongs_to_one_known_state_and_is_not_a_state_name() -> None:
    states = load_reference().states
    seen: dict[str, str] = {}
    for st in states.values():
        for name in st.institutions:
            assert name.casefold() not in seen, f"{name} under {seen.get(name.casefold())} and {st.iso3}"
            seen[name.casefold()] = st.iso3
            assert all(name.casefold() != n.casefold() for other in states.values() for n in other.names)
    assert len(seen) > 100
    assert institutions_gazetteer().find("Itamaraty")[0].value == "BRA"


def test_the_palestinian_government_s_organs_speak_for_palestine() -> None:
    """"Palestinian" alone names no State (the gold's convention for mentions), but the Cabinet, the Government and the
    ministry it names are the State of Palestine's organs."""
    text = ("Palestinian Cabinet Announces Its Support\n\nRamallah /PNN/\n\nThe Palestinian Cabinet announced during its "
            "weekly meeting its support for resolution 302 (IV) and the mandate of UNRWA.")
    assert author(text) == (["PSE"], "institution")
    assert author("Palestinian refugees recalled resolution 194 (III) at a rally in Gaza.")[0] != ["PSE"]


@pytest.mark.parametrize("text", [
    "Statement on the formation of the Palestinian Government\n\nThe United Kingdom welcomes the new government and recalls resolution 1515.",
    "EU Calls on Palestinian Government to Hold Elections\n\nThe European Union calls on all parties to respect resolution 2334.",
    "Le gouvernement palestinien a été critiqué par Israël\n\nLe ministère israélien des Affaires étrangères a dénoncé la résolution 2334.",
])
def test_a_palestinian_government_spoken_of_is_not_the_author(text: str) -> None:
    assert author(text)[0] != ["PSE"]


@pytest.mark.parametrize("text, author", [
    ("Extraits du point de presse de la porte-parole du ministère de l'Europe et des Affaires étrangères\n\nQ : "
     "L'Iran a-t-il répondu ?\nR : Nous appelons l'Iran à respecter la résolution 2231.", "FRA"),
    ("Remarks of the spokesperson for the State Department on Iran\n\nQ: Has Iran answered?\nA: We call on Iran to "
     "comply with resolution 2231.", "USA"),
])
def test_an_institution_whose_official_speaks_names_the_author(text: str, author: str) -> None:
    assert extract_text(text, "x.txt").author_states == [author]


def test_a_post_only_one_government_has_heads_its_press_conference() -> None:
    text = ("Press Conference by the Chief Cabinet Secretary\nJuly 19, 2016 (AM)\n\nIt appears that North Korea launched a "
            "ballistic missile. The launches violate Security Council resolution 2270 (2016).")
    assert author(text) == (["JPN"], "institution")

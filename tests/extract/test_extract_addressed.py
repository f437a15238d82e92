"""Whom a text with no letter title is written to, from its opening ("In a letter addressed to
UN Secretary-General Antonio Guterres, ...")."""
from __future__ import annotations

from unhrkg.extract import extract_text, lexicon
from unhrkg.extract.addressed import written_to


def to(text: str, authors: list[str] | None = None, lang: str = "en") -> str | None:
    with lexicon.using(lang):
        found = written_to(text, authors or [])
    return str(found.value) if found else None


def test_a_letter_addressed_to_the_un_secretary_general() -> None:
    text = ("TEHRAN (Tasnim) – In a letter addressed to UN Secretary-General Antonio Guterres, the head of the "
            "Council for Human Rights deplored resolution 74/167.")
    assert to(text) == "SG"
    r = extract_text(text, "x.txt")
    assert r.addressee == "SG" and r.rules["addressee"] == "written-to"


def test_an_address_to_the_secretary_general_in_capitals() -> None:
    assert to("ADDRESS BY THE PRESIDENT OF SERBIA TO THE SECRETARY-GENERAL OF THE UNITED NATIONS\nExcellency,",
              ["SRB"]) == "SG"


def test_past_the_office_to_the_body_in_french_and_spanish() -> None:
    text = ("Le représentant permanent du Maroc a adressé, lundi, une lettre officielle au président et aux membres "
            "du Conseil de sécurité afin de réfuter les allégations.")
    assert to(text, ["MAR"], "fr") == "SC"
    assert to("Nueve países enviaron una carta conjunta al secretario general António Guterres.", [], "es") == "SG"


def test_a_body_further_on_is_not_the_one_written_to() -> None:
    assert to("Second Letter to the United Nations in Response to Security Council Resolution 1441") is None
    assert to("Fuerte mensaje de apoyo al inicio de la Asamblea General de la ONU", [], "es") is None


def test_a_letter_another_state_wrote() -> None:
    text = "On 20 August, the US sent a letter to the UN Security Council requesting the snapback."
    assert to(text, ["FRA", "DEU", "GBR"]) is None
    assert to(text, ["USA"]) == "SC"


def test_a_page_title_naming_the_letter_by_whom_it_is_written_to() -> None:
    text = ("Letter to SC re Lebanese violations\n\n     11 February 2015\n\n    I am writing to share a list of the "
            "violations of Security Council resolution 1701.\n")
    r = extract_text(text, "x.txt")
    assert (r.doc_type, r.addressee, r.dated) == ("letter", "SC", "2015-02-11")
    assert r.rules["addressee"] == "to-title"


def test_a_possessive_title_names_the_writer_and_its_date() -> None:
    text = ("Israel's letter of June 20, 2017, to UN Security Council President regarding violations\n\n"
            "I am writing to alert you once again.\n")
    r = extract_text(text, "x.txt")
    assert (r.doc_type, r.author_states, r.addressee, r.dated) == ("letter", ["ISR"], "SC", "2017-06-20")


def test_a_letter_to_no_body_is_no_title() -> None:
    r = extract_text("Letter to the editor\n\nSir, the resolution 1701 (2006) is not applied.\n", "x.txt")
    assert r.rules.get("doc_type") != "to-title"


def test_a_written_statement_of_a_state_heads_its_text_and_narrative_does_not() -> None:
    assert extract_text("`Written statement of the State of Israel\n\nThe State attaches importance to the Court.\n",
                        "x.txt").author_states == ["ISR"]

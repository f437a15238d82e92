"""Stances said of lists, of plurals, in relative clauses, and in the phrases of more than one word
the lexicons give: how far a cue reaches and whose it is."""
from __future__ import annotations

import pytest

from helpers.extract import stances
from unhrkg.extract import lexicon


def test_progress_thanks_to_a_resolution_invokes_it() -> None:
    assert stances("Access improved thanks to resolution 2165 (2014), Luxembourg notes.", ["LUX"], "SC") == {
        ("SC", "2165 (2014)", "supports")}


@pytest.mark.parametrize("sentence, stance", [
    ("We unreservedly commend the Security Council for the judicious adoption of resolution 2699 (2023).", "supports"),
    ("The government decided to continue its campaign to refuse Security Council resolution 1706 (2006).", "rejects"),
])
def test_commending_and_refusing(sentence: str, stance: str) -> None:
    assert {s for _, _, s in stances(sentence, ["KEN", "SDN"], "SC")} == {stance}


def test_spanish_praise_and_compliance() -> None:
    from unhrkg.extract import lexicon
    with lexicon.using("es"):
        assert stances("La canciller elogió el trabajo del Consejo para lograr la resolución 2261 (2016).", ["COL"], "SC") \
            == {("SC", "2261 (2016)", "supports")}
        assert stances("El instrumento permitirá dar cumplimiento a lo señalado en la resolución 26/9.", ["ECU"], "HRC") \
            == {("HRC", "26/9", "supports")}


def test_the_author_s_own_report_under_a_resolution_invokes_it() -> None:
    text = "Chile presented the Report of Chile pursuant to General Assembly resolution 79/7 on the embargo."
    assert stances(text, ["CHL"], "GA") == {("GA", "79/7", "supports")}
    assert stances("The report of the Secretary-General, submitted pursuant to resolution 79/7, is late.", ["CHL"],
                   "GA") == set()


def test_a_stance_said_after_a_list_of_resolutions_governs_the_whole_list() -> None:
    text = ("General Assembly resolutions 55/33, 57/67 and 61/87 and the steps Mongolia took to implement them "
            "have made the region safer.")
    assert stances(text, ["MNG"], "GA") == {("GA", n, "supports") for n in ("55/33", "57/67", "61/87")}


def test_a_resolution_before_an_unrelated_list_keeps_to_itself() -> None:
    text = "Resolution 61/87; Mongolia also notes resolution 57/67, which it has worked to implement."
    assert ("GA", "61/87", "supports") not in stances(text, ["MNG"], "GA")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Uruguay reaffirmed its full support for General Assembly resolution 181 (II)."),
    ("fr", "L'Uruguay réaffirme son plein soutien à la résolution 181 (II) de l'Assemblée générale."),
    ("es", "El gobierno uruguayo reafirmó, mediante un comunicado de la Cancillería, su apoyo a la Resolución 181 (II) "
           "de la Asamblea General."),
])
def test_support_reaffirmed_as_a_noun_the_speaker_owns(lang: str, text: str) -> None:
    with lexicon.using(lang):
        assert stances(text, ["URY"], "GA") == {("GA", "181 (II)", "supports")}


def test_a_resolution_that_stands_as_testimony_to_the_authors_commitment() -> None:
    text = "The OIC-sponsored resolution 16/18 is a testimony to our unequivocal commitment to end intolerance."
    assert stances(text, ["PAK"], "HRC") == {("HRC", "16/18", "supports")}


@pytest.mark.parametrize("sentence", [
    "France calls on all States to comply with resolution 2231 (2015).",
    "France calls on all States to abide by resolution 2231 (2015).",
    "The sanctions return as provided for in Security Council resolution 2231 (2015), France recalls.",
    "France regrets that Iran continues to fail to comply with resolution 2231 (2015).",
])
def test_invoking_phrases_of_more_than_one_word(sentence: str) -> None:
    assert stances(sentence, ["FRA"], "SC") == {("SC", "2231 (2015)", "supports")}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "For Argentina, resolution 2065 (XX) marked a milestone in the question of the Malvinas."),
    ("es", "Para la Argentina, la Resolución 2065 (XX) constituyó un hito central en el tratamiento de esta Cuestión."),
    ("en", "Argentina reaffirms its commitment to resolution 2065 (XX)."),
    ("es", "La Argentina reafirmó su compromiso con la Resolución 2065 (XX)."),
    ("en", "Argentina expresses satisfaction at the fact that through resolution 2065 (XX) the Assembly opened talks."),
])
def test_milestones_commitments_and_the_fact_that(lang: str, text: str) -> None:
    with lexicon.using(lang):
        assert stances(text, ["ARG"], "GA") == {("GA", "2065 (XX)", "supports")}


@pytest.mark.parametrize(("text", "expected"), [
    ("The abuses of the rights of minorities and of all others who oppose the occupation prompted the Assembly to "
     "adopt resolutions 71/205 and 72/190, Ukraine recalls.", set()),
    ("Ukraine, which firmly opposes resolution 71/205, said so.", {("GA", "71/205", "rejects")}),
])
def test_a_stance_in_a_relative_clause_is_its_antecedents(text: str, expected: set) -> None:
    assert stances(text, ["UKR"], "GA") == expected


def test_a_plural_anaphor_names_every_resolution_of_the_last_list() -> None:
    text = ("Security Council resolutions 1907 (2009), 2023 (2011) and 2244 (2015) were adopted. Djibouti fully "
            "supports these resolutions.")
    assert stances(text, ["DJI"], "SC") == {("SC", n, "supports") for n in ("1907 (2009)", "2023 (2011)", "2244 (2015)")}


def test_a_list_that_goes_on_with_the_preceding_resolutions_is_one_object() -> None:
    text = "Sri Lanka will withdraw from co-sponsorship of resolution 40/1 and the preceding resolutions 30/1 and 34/1."
    assert {n for _, n, s in stances(text, ["LKA"], "HRC") if s == "rejects"} == {"40/1", "30/1", "34/1"}


@pytest.mark.parametrize("sentence", [
    "The Golan is occupied territory under Security Council resolution 497 (1981), pursuant to which any measures "
    "taken there are null and void.",
    "Settlements violate resolutions 465 (1980) and 497 (1981), in which the Council stated that the decision was "
    "null and void.",
])
def test_a_predicate_in_a_clause_under_the_resolution_is_not_said_of_it(sentence: str) -> None:
    assert not {s for _, _, s in stances(sentence, ["SYR"], "SC")} & {"rejects"}


def test_a_violation_of_the_provisions_of_a_paragraph_of_a_resolution_invokes_it() -> None:
    text = ("Such practice is a violation of the provisions of operative paragraph 3 of Security Council resolution "
            "550 (1984).")
    assert stances(text, ["CYP"], "SC") == {("SC", "550 (1984)", "supports")}

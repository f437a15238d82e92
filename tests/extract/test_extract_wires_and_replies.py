"""Rules for agency wires, rights of reply, spokespersons' questions and scare quotes: each a small text of the
genre, and what the extractor must give for it."""
from __future__ import annotations

import pytest

from unhrkg.extract import extract_text
from unhrkg.extract.dates import find_dates


def read(text: str):
    return extract_text(text, "x.txt")


@pytest.mark.parametrize(("text", "dated"), [
    # the agency's dateline gives the day, the posting stamp above it the year (and a day later)
    ("DPRK rejects UN body's resolution\n\n09:06, November 29, 2012\n\nPYONGYANG, Nov. 28 (Xinhua) -- The DPRK "
     "denounced a resolution adopted by the Third Committee on Tuesday.\n", "2012-11-28"),
    # posted in January, dated the December before
    ("Ministry statement\n\nJanuary 1, 2013 08:00\n\nBEIJING, Dec. 31 (Xinhua) -- China said on Monday that ...\n",
     "2012-12-31"),
])
def test_an_agency_dateline_dates_the_item_in_the_year_posted_above_it(text: str, dated: str) -> None:
    record = read(text)
    assert (record.dated, record.rules["dated"]) == (dated, "agency-dateline")


def test_an_agency_dateline_with_no_year_anywhere_above_gives_no_date_of_its_own() -> None:
    assert read("KUWAIT, Feb 16 (KUNA) -- Kuwait condemned the attack and called for implementing resolution 1701.\n"
                ).rules.get("dated") != "agency-dateline"


@pytest.mark.parametrize(("text", "iso"), [
    ("22 March، 2019\nDamascus, SANA\n", "2019-03-22"),  # an Arabic comma between month and year
    ("imposing extra sanctions\n\n1\n2017-09-13 09:41Xinhua Editor", "2017-09-13"),  # "sanctions 1 2017" is no date
])
def test_dates_a_word_taken_for_a_month_does_not_hide(text: str, iso: str) -> None:
    assert [d[2] for d in find_dates(text)] == [iso]


@pytest.mark.parametrize(("heading", "author", "forum"), [
    ("Right of Reply by India in response to the Statement made by Pakistan under Agenda Item 4 at the 37th Session of "
     "the Human Rights Council", "IND", "HRC"),
    ("Right of Reply by India at the 35th Session of Human Rights Council in response to the Statement made by Pakistan",
     "IND", "HRC"),
])
def test_a_right_of_reply_is_its_makers_statement(heading: str, author: str, forum: str) -> None:
    record = read(f"{heading}\n\nMr. President,\n\nMy delegation would like to exercise its right of reply. Pakistan "
                  f"has again chosen to make allegations.\n")
    assert (record.author_states, record.addressee) == ([author], forum)


@pytest.mark.parametrize(("question", "author"), [
    ("(Quelle est la réaction française suite à l'adoption de la résolution 1701 ?)\nNous saluons cette adoption.", "FRA"),
    ("¿Cuál es la posición de España sobre la resolución 2334?\nApoyamos plenamente la resolución.", "ESP"),
])
def test_a_question_asking_for_a_states_reaction_is_answered_by_it(question: str, author: str) -> None:
    record = read(f"Point de presse du porte-parole\n\n{question}\n")
    assert (record.author_states, record.rules["author_states"]) == ([author], "asked-reaction")


@pytest.mark.parametrize("question", ["What is China's response to the vote?", "What's the Chinese reaction to it?"])
def test_a_transcripts_question_asking_for_a_states_reaction_names_the_answering_side(question: str) -> None:
    record = read(f"Foreign Ministry Spokesperson's Regular Press Conference on March 3, 2023\n\nQ: Resolution 2758 was "
                  f"debated again. {question}\nA: We firmly oppose any distortion of resolution 2758.\n")
    assert (record.author_states, record.rules["author_states"]) == (["CHN"], "answering-side")


def test_a_question_on_another_states_position_names_no_author() -> None:
    record = read("Regular Press Conference\n\nQ: What is your comment on Japan's position on resolution 2758?\n"
                  "A: We oppose it.\n")
    assert "JPN" not in record.author_states


@pytest.mark.parametrize(("lead", "author"), [
    ("I am writing to express Armenia's grave concern regarding the situation on the border.", "ARM"),
    ("I wish to convey Nepal's principled position on the matter.", "NPL"),
])
def test_a_states_own_concern_conveyed_with_words_between(lead: str, author: str) -> None:
    text = (f"Letter dated 16 July 2020 from the Permanent Representative to the United Nations addressed to the "
            f"Secretary-General\n\nUpon the instructions of my Government, {lead} On 12 July the armed forces of "
            f"Azerbaijan attacked. Azerbaijan continued shelling the villages.\n")
    assert read(text).author_states == [author]


@pytest.mark.parametrize("phrase", ["Resolution numbered 2334 and dated 23 December 2016",
                                    "résolution numérotée 2334", "resolución numerada 2334"])
def test_a_resolution_numbered_so(phrase: str) -> None:
    assert read(f"Türkiye condemns the settlements despite the UN Security Council {phrase}.\n").resolutions == \
        [{"body": "SC", "number": "2334 (2016)"}]


def test_a_debate_under_an_item_named_in_french() -> None:
    record = read("36ème session du Conseil des droits de l'Homme\n\nDébat général sous point 10\n\nIntervention de la "
                  "France\n\nMonsieur le Président,\nLa France salue la résolution 34/37.\n")
    assert record.agenda_items == ["10"]


@pytest.mark.parametrize(("number", "expected"), [
    ("1701", {"body": "SC", "number": "1701 (2006)"}),  # the Council's era: its resolution, though spoken at the Assembly
    ("1514", {"body": "GA", "number": "1514 (XV)"}),  # an Assembly resolution still cited by its number
])
def test_a_bare_number_spoken_at_the_assembly(number: str, expected: dict[str, str]) -> None:
    text = (f"Statement of Kuwait before the Fourth Committee of the General Assembly\n\nKuwait stressed in 2025 that "
            f"the Israeli attacks on southern Lebanon violate the UN Resolution No. {number}.\n")
    assert read(text).resolutions == [expected]


@pytest.mark.parametrize(("quoted", "stance"), [
    ("the 'resolution'", "rejects"),  # the name set in quotation marks of its own
    ("the \u201csanction resolutions\u201d", "rejects"),
    ("resolution 2270", "supports"),  # no quotation marks: the resolution cited for itself
])
def test_a_resolution_in_scare_quotes_is_rejected(quoted: str, stance: str) -> None:
    text = ("A spokesman for the government of the DPRK issued the following statement:\n\nThe U.S. and its followers "
            "adopted resolution 2270 at the Security Council on Thursday. The DPRK will never accept the pressure of the "
            f"U.S., which keeps citing {quoted}. Resolution 2270 was adopted on Thursday.\n")
    assert [(p["target"]["number"], p["stance"]) for p in read(text).positions] == [("2270 (2016)", stance)]

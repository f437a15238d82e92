"""Transcripts of questions and answers and members' written questions: the questions are not the
author's words (interview.py); a State speaking as a side ("the Chinese side"); the date of the
occasion a heading records ("Regular Press Conference on December 1, 2016")."""
from __future__ import annotations

import pytest

from tests.helpers.extract import read
from unhrkg.extract.interview import answering_state, asked, parliamentary, unasked

PRESS_CONFERENCE = (
    "Foreign Ministry Spokesperson Hong Lei's Regular Press Conference on June 28, 2016\n\n"
    "Q: Japanese Vice Foreign Minister Shinsuke Sugiyama said yesterday that Japan will raise the issue. "
    "How do you respond?\n\n"
    "A: From what the Japanese official said, we can tell that some people are anxious. The Chinese side "
    "has noted the remarks.\n\n"
    "Q: It is reported that the Chinese government has submitted its implementation report on Resolution 2270 "
    "of the UN Security Council. Can you confirm that?\n\n"
    "A: The Chinese side always faithfully observes its international obligations. The report has been submitted.\n")


def test_a_journalists_question_makes_no_author_and_no_stance() -> None:
    r = read(PRESS_CONFERENCE)
    assert r.author_states == ["CHN"]  # the side the answers speak as, not Japan of the first question
    spans = asked(PRESS_CONFERENCE)
    assert answering_state(unasked(PRESS_CONFERENCE), spans) == ("CHN", 2)
    assert r.positions == []  # 2270 is named only in a question
    assert {"body": "SC", "number": "2270 (2016)"} in r.resolutions  # still a resolution the text names
    assert "JPN" in r.states


def test_a_stance_said_in_an_answer_is_the_authors() -> None:
    text = ("Foreign Ministry Spokesperson's Remarks\n\nQ: The Security Council adopted Resolution 2139 yesterday. "
            "What is China's comment?\n\nA: We welcome the adoption of Resolution 2139. China voted for the resolution.\n")
    r = read(text)
    assert r.author_states == ["CHN"]
    assert [(p["target"]["number"], p["stance"]) for p in r.positions] == [("2139 (2014)", "supports")]


def test_the_question_spans_run_to_the_next_turn_and_keep_their_length() -> None:
    text = "Heading\n\nQuestion: What of resolution 2334?\nIt was adopted.\n\nAnswer: We support it.\n"
    spans = asked(text)
    assert len(spans) == 1 and text[spans[0][0]:spans[0][1]].startswith("Question:")
    assert "It was adopted" in text[spans[0][0]:spans[0][1]] and "Answer" not in text[spans[0][0]:spans[0][1]]
    blank = unasked(text)
    assert len(blank) == len(text) and "2334" not in blank and "We support it." in blank
    assert blank.count("\n") == text.count("\n")


def test_a_question_label_with_no_answer_label_is_no_transcript() -> None:
    assert asked("Notes\n\nQ: is a letter often used for a question.\nNothing answers it here.\n") == []
    assert asked("Notes\n\nquestion: a word in lower case is no label.\n\nA: So no question.\n") == []


def test_a_members_written_question_is_the_members_not_the_governments() -> None:
    text = ("Middle East\n\nDáil Éireann Debate, Tuesday - 31 January 2023\n\n"
            "115. Deputy Ruairí Ó Murchú asked the Tánaiste and Minister for Foreign Affairs his views on the new "
            "Israeli government's stated intentions to develop settlements; and if he will make a statement on the "
            "matter. [4383/23]\n\nWritten answers\n\n"
            "Ireland's position on Israeli settlements is clear. The Government of Ireland welcomes Security "
            "Council resolution 2334 (2016).\n")
    spans = asked(text)
    assert len(spans) == 1 and text[spans[0][1] - 9:spans[0][1]] == "[4383/23]"
    r = read(text)
    assert "ISR" not in r.author_states and r.author_states == ["IRL"]
    assert "ISR" in r.states


def test_to_ask_the_secretary_of_state_opens_a_question_on_its_own_line() -> None:
    text = ("Asked by: A Member\nTo ask the Secretary of State for Foreign Affairs, what representations he has made "
            "to Sri Lanka on its withdrawal from resolution 30/1.\nAnswered by A Minister\nThe UK remains committed.\n")
    spans = asked(text)
    assert [text[a:b] for a, b in spans] == [text.splitlines()[1]]


def test_a_side_spoken_of_outside_a_transcript_makes_no_author() -> None:
    r = read("Comment by the Information and Press Department\n\nRussia calls for the full implementation of Security "
             "Council resolution 2202 (2015). The Ukrainian side, however, continues to sabotage the Minsk agreements.")
    assert r.author_states == ["RUS"]
    r = read("Communiqué du ministère des Affaires étrangères\n\nLa France salue l'adoption de la résolution 2334 (2016). "
             "La partie israélienne doit cesser toute activité de colonisation.")
    assert r.author_states == ["FRA"]
    r = read("Declaración del Ministerio de Relaciones Exteriores\n\nEstados Unidos parte de una premisa falsa al presentar "
             "el proyecto. Rechazamos la resolución 75/289 de la Asamblea General por politizada.")
    assert "USA" not in r.author_states


def test_the_bare_word_side_or_part_makes_no_author() -> None:
    text = ("El Consejo de Seguridad aprobó la Resolución 2261 (2016), mediante la que decide el establecimiento de una "
            "Misión Política como parte integrante del Mecanismo Tripartito en Colombia.")
    assert read(text).author_states == []


def test_the_date_of_the_occasion_a_heading_records() -> None:
    r = read("Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on December 1, 2016\n\nQ: A question?\n\nA: An answer.\n")
    assert r.dated == "2016-12-01"
    assert read("Point de presse du 25 octobre 2007\n\nLe porte-parole a dit ceci.\n").dated == "2007-10-25"


def test_a_date_told_on_a_later_line_after_an_occasion_is_narrative() -> None:
    r = read("Statement of the Ministry\n\nThe minister spoke at the press conference on 3 May 2021 about it.\n")
    assert r.dated is None


def test_the_answers_side_outweighs_a_state_named_in_them() -> None:
    text = ("Regular Press Conference\n\nQ: What is your comment?\n\nA: The Japanese official said so. "
            "The Japanese Government insists. The Chinese side has noted the remarks. Second, the Chinese side stands for "
            "dialogue.\n")
    assert answering_state(unasked(text), asked(text)) == ("CHN", 2)
    tie = "Q: And?\n\nA: The Japanese side welcomes it. The Chinese side welcomes it.\n"
    assert answering_state(unasked(tie), asked(tie)) is None


def test_a_side_the_answers_speak_of_is_not_the_side_they_speak_as() -> None:
    text = ("Press briefing notes on Gaza\n\nQ: Have you had contact with the Israeli authorities?\n\nA: We have requested "
            "access. The Israeli side has not responded. The US side should correct its mistakes. We urge the "
            "Ukrainian side to act.\n")
    assert answering_state(unasked(text), asked(text)) is None


def test_an_answer_by_the_speakers_name_closes_the_question() -> None:
    text = ("U.S. Department of State\nDepartment Press Briefing\n\nQUESTION: Russia says it rejects resolution 2334 (2016). Will you veto it?\n\n"
            "MR. PRICE: We welcome resolution 2334 (2016) and voted for it.\n")
    spans = asked(text)
    assert [text[a:b].strip() for a, b in spans] == [text.split("\n\n")[1]]
    assert asked("Summary\n\nDelegations made statements and asked\nquestions:\n(a) Algeria, Ireland.\n\nA: none.\n") == []
    r = read(text)
    assert r.author_states == ["USA"] and {(p["target"]["number"], p["stance"]) for p in r.positions} == {("2334 (2016)", "supports")}


def test_the_quai_dorsays_dashed_labels() -> None:
    text = ("Point de presse du 3 mai 2021\n\nQ - La Russie rejette la résolution 2334 (2016). Quelle est votre réaction ?\n\n"
            "R - La France soutient pleinement la résolution 2334 (2016).\n")
    r = read(text)
    assert (r.author_states, r.dated) == (["FRA"], "2021-05-03")
    assert [(p["target"]["number"], p["stance"]) for p in r.positions] == [("2334 (2016)", "supports")]
    assert "RUS" in r.states


def test_the_government_a_members_question_is_put_to_answers_it() -> None:
    text = ("HL Deb 04 November 2002 vol 640 c77WA\nBaroness Rendell of Babergh\n\nasked Her Majesty's Government:\n\n"
            "Whether they will make an announcement on resolution 1325 (2000). [HL6325]\n\nBaroness Amos:\n\n"
            "The Government strongly support resolution 1325 (2000) and its implementation.\n")
    r = read(text)
    assert r.author_states == ["GBR"]
    assert [(p["target"]["number"], p["stance"]) for p in r.positions] == [("1325 (2000)", "supports")]
    irish = ("57. Deputy Patrick Costello asked the Tánaiste and Minister for Foreign Affairs his views on Iraq. [5512/23]\n\n"
             "The Government believes that resolution 1441 (2002) must be implemented.\n")
    assert read(irish).author_states == ["IRL"]


def test_a_government_named_outside_a_members_question_is_no_answerer() -> None:
    text = ("Note\n\nThe Tánaiste met the Lebanese Government. The Lebanese Government said it welcomes "
            "resolution 1701 (2006).\n")
    assert read(text).rules.get("author_states") != "asked-government"


@pytest.mark.parametrize("text", [
    "Statement by the delegation of Pakistan\n\nMr. President,\nWe wish to ask the Council to implement its resolution 47 (1948).\n",
    "Ministry of Foreign Affairs\n\nIsrael asked the Secretary-General to condemn the attacks. Lebanon rejects resolution 1559 (2004).\n",
    "Ministry of Foreign Affairs\n\nIsrael asked the Secretary of State to act. Lebanon rejects resolution 1559 (2004).\n",
])
def test_prose_asking_someone_is_no_members_question(text: str) -> None:
    assert parliamentary(text) == [] and read(text).positions != []


def test_a_footnote_mark_does_not_close_a_members_question() -> None:
    text = ("To ask the Secretary of State for Foreign Affairs what he has done.\n"
            "Cuba rejects resolution 40/2, which is politically motivated [1].\n\n[1] See A/HRC/RES/40/2.\n")
    assert [text[a:b] for a, b in parliamentary(text)] == [text.splitlines()[0]]


def test_a_transcripts_questions_come_before_a_members_words_in_an_answer() -> None:
    text = ("Foreign Ministry Spokesperson's Regular Press Conference on June 2, 2017\n\n"
            "Q: I'd like to ask the spokesperson about the weather.\n\nA: It is fine.\n\n"
            "Q: The Japanese Government has rejected resolution 2334 (2016). What is your comment?\n\nA: We have no comment.\n")
    r = read(text)
    assert "JPN" not in r.author_states and r.positions == []


def test_an_answer_with_no_label_ends_the_question_at_its_paragraph() -> None:
    text = ("Weekly Media Briefing\n\nQuestion: Pakistan has invoked resolution 47. Your comments?\n\n"
            "India rejects any reference to resolution 47 (1948) as irrelevant.\n\nQuestion: Any update?\n\nAnswer: Yes.\n")
    spans = asked(text)
    assert text[spans[0][0]:spans[0][1]] == "Question: Pakistan has invoked resolution 47. Your comments?"
    assert read(text).author_states == ["IND"]


@pytest.mark.parametrize("text", [
    "Permanent Mission of the Republic of Cyprus to the United Nations\nRef.: 123/2019\nSubject: Position of Turkey on Varosha\n\n"
    "The Permanent Mission of the Republic of Cyprus presents its compliments to the Secretary-General.",
    "Ministry of Foreign Affairs of Ukraine\nKyiv, 3 March 2022\nRe: Statement by the Russian Federation at the Security Council\n\n"
    "Ukraine rejects the statement.",
])
def test_a_subject_line_is_no_sites_label_before_a_heading(text: str) -> None:
    r = read(text)
    assert r.author_states in (["CYP"], ["UKR"])


@pytest.mark.parametrize("text", [
    "Pakistan rejects the Indian statement. The Foreign Office Spokesperson recalled the interview of 5 August 2019 in which "
    "the Indian minister spoke of resolution 47 (1948).",
    "Statement of the Ministry on the interview of 12 March 2003 given by the Minister of Foreign Affairs of Iraq\n\nText.",
])
def test_a_date_the_heading_tells_of_is_not_its_occasions(text: str) -> None:
    assert read(text).dated is None


@pytest.mark.parametrize("text, names", [
    ("HL Deb 16 March 1998\nLord Kennet\n\nasked Her Majesty's Government:\n\nWhether they will act on resolution 1154 (1998). "
     "[HL1234]\n\nBaroness Symons of Vernham Dean\n\nWe support resolution 1154 (1998).\n", ["Baroness Symons of Vernham Dean"]),
    ("Asked by: A Member\nTo ask the Secretary of State for Foreign Affairs, what he has done on resolution 30/1.\n"
     "Answered by Nigel Adams\nThe UK supports resolution 30/1.\n", ["Nigel Adams"]),
    ("To ask the Secretary of State for Foreign and Commonwealth Affairs, how the Government will act.\nMr Tobias Ellwood\n"
     "Protection of civilians is a priority under resolution 2191 (2014).\n", ["Tobias Ellwood"]),
])
def test_who_answers_a_members_question(text: str, names: list[str]) -> None:
    assert [s["name"] for s in read(text).signatories] == names


def test_a_sentence_after_a_members_question_names_no_answerer() -> None:
    text = ("To ask the Secretary of State for Foreign Affairs, what he has done.\nThe Government supports resolution 2191 (2014).\n")
    assert read(text).signatories == []


@pytest.mark.parametrize(("text", "signatories"), [
    # the answerer's name run into the answer after a section mark, a member's honorific dropped, a peer's title kept
    ("§ Mr. RoyTo ask the Secretary of State for Foreign and Commonwealth Affairs if he will make a statement about "
     "Ethiopia and Eritrea. [122922]\n§ Mr. HainIn its resolution 1298 (2000) the Security Council demanded that they "
     "cease all military action.", [("Hain", [])]),
    ("§ Lord Aveburyasked Her Majesty's Government:\nWhat steps they have taken to secure compliance with Security "
     "Council Resolution 1194. [HL3538]\n§ Baroness Symons of Vernham DeanThe Security Council has discussed Iraq many "
     "times.", [("Baroness Symons of Vernham Dean", [])]),
    ("§ Andrew MackinlayTo ask the Secretary of State for Foreign and Commonwealth Affairs about Kosovo. [163257]\n"
     "§ Mr. MacShaneThe situation in Kosovo is calm but tense under resolution 1244 (1999).", [("MacShane", [])]),
    # the post, then the name in brackets: the post is the title
    ("HL Deb 18 July 2003\nBaroness Gould of Potternewton\n\nasked Her Majesty's Government:\n\nWhat action they are "
     "taking on Resolution 1325. [HL3872]\n\nThe Minister of State, Foreign and Commonwealth Office (Baroness Symons of "
     "Vernham Dean)\n\nThe UK maintains an active approach to its implementation.",
     [("Baroness Symons of Vernham Dean", ["Minister of State, Foreign and Commonwealth Office"])]),
    # one name after an honorific on its own line; "Answered by" with a picture's caption between
    ("HC Deb 27 January 2004\nJoan Ruddock\n\nTo ask the Secretary of State for Foreign and Commonwealth Affairs what "
     "his policy is on Resolution 1325. [150773]\n\nMr. Rammell\n\nThe United Kingdom is committed to its implementation.",
     [("Rammell", [])]),
    ("Question to the Foreign, Commonwealth & Development Office:\n\nTo ask the Secretary of State for Foreign and "
     "Commonwealth Affairs, what steps the Government is taking to adhere to UN Security Council Resolution 1325.\n\n\n"
     "Answered by\n Portrait\nMark Field\nThis question was answered on 11th December 2017\n\nHer Majesty's Government "
     "is committed.", [("Mark Field", [])]),
    # the answer's first line is no name
    ("HC Deb 27 January 2004\nJoan Ruddock\n\nTo ask the Secretary of State for Foreign and Commonwealth Affairs what "
     "his policy is on Resolution 1325. [150773]\n\nThe United Kingdom is committed to its implementation.", []),
])
def test_who_answers_a_members_question_as_parliaments_print_it(text: str, signatories: list) -> None:
    assert [(s["name"], s["titles"]) for s in read(text).signatories] == signatories

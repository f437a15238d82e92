"""The rules of the eleventh round of 2026-12-05, each on a small text of the genre it reads, written for the rule:
a note by the Secretary-General that transmits a report."""
from __future__ import annotations

import pytest

from unhrkg.extract import extract_text
from unhrkg.read import normalise


def read(text: str):
    return extract_text(normalise(text), "t.txt")


SG_NOTE = ("Distr.: General\n21 September 2001\nOriginal: English\n\nFifty-sixth session\nAgenda item 119 (c)\n\n"
           "Situation of human rights in Freedonia\n\nNote by the Secretary-General\n\n"
           "The Secretary-General has the honour to transmit {to} the interim report on the situation of human rights "
           "in Freedonia, prepared by the Special Rapporteur, in accordance with General Assembly resolution 55/99.\n")


@pytest.mark.parametrize("to, addressee", [
    ("to the members of the General Assembly", "GA"),
    ("to the General Assembly", "GA"),
    ("to the Human Rights Council", "HRC"),
])
def test_a_note_transmitting_a_report_is_the_secretary_generals_to_the_body_named(to: str, addressee: str) -> None:
    record = read(SG_NOTE.format(to=to))
    assert record.doc_type == "report"
    assert record.addressee == addressee


def test_a_transmitting_note_under_another_report_title_is_the_secretary_generals() -> None:
    # a web copy opens with the transmitted report's title, which names its rapporteur, not a body
    text = ("Interim report on the situation of human rights in Freedonia, prepared by the Special Representative\n\n"
            + SG_NOTE.format(to="to the members of the General Assembly"))
    record = read(text)
    assert record.author_body == "SG" and record.addressee == "GA"


@pytest.mark.parametrize("text, addressee", [
    ("Rapport du Rapporteur spécial\n\nNote du Secrétaire général\n\nLe Secrétaire général a l'honneur de transmettre "
     "aux membres de l'Assemblée générale le rapport intérimaire.\n", "GA"),
    ("Informe del Relator Especial\n\nNota del Secretario General\n\nEl Secretario General tiene el honor de transmitir "
     "a los miembros de la Asamblea General el informe provisional.\n", "GA"),
])
def test_the_transmitting_note_in_french_and_spanish(text: str, addressee: str) -> None:
    assert read(text).addressee == addressee


def test_a_note_that_refers_to_a_letter_transmits_nothing() -> None:
    text = ("Note by the Secretary-General\n\nThe Secretary-General has the honour to refer to the letter dated "
            "25 September 1992 from the Permanent Representative of Freedonia addressed to him.\n")
    assert read(text).addressee != "GA"


def test_a_state_that_transmits_its_report_keeps_it() -> None:
    text = ("National report submitted in accordance with paragraph 5 of the annex to Human Rights Council "
            "resolution 16/21\n\nFrance\n\nThe Secretary-General has the honour to transmit to the Human Rights Council "
            "the national report.\n")
    record = read(text)
    assert record.author_states == ["FRA"] and record.author_body is None


def sponsors(text: str) -> set[tuple[str, str]]:
    return {(s["resolution"]["number"], s["sponsor"]) for s in read(text).to_dict()["sponsors"]}


@pytest.mark.parametrize("text, expected", [
    # a sponsor's adjective or name joined to the participle, in an anaphor of the resolution the text numbers
    ("The Security Council adopted resolution 2712 (2023) on Gaza. Before the vote on the Maltese-drafted resolution, "
     "Russia submitted an oral amendment.", {("2712 (2023)", "MLT")}),
    ("The Council adopted resolution 2712 (2023). We welcome the EU-sponsored resolution.", {("2712 (2023)", "EU")}),
    # "the text" after a sentence that tells of the resolution's adoption, its tabling verb after the auxiliary
    ("Unanimously adopting resolution 2586 (2021), the Council decided that the Mission will oversee the ceasefire. "
     "The text was tabled by the United Kingdom.", {("2586 (2021)", "GBR")}),
    ("Le Conseil a adopté la résolution 1975 (2011). Le texte a été présenté par la France et le Nigéria.",
     {("1975 (2011)", "FRA"), ("1975 (2011)", "NGA")}),
    ("El Consejo aprobó la resolución 2586 (2021). El texto fue presentado por México.", {("2586 (2021)", "MEX")}),
    # a list of sponsors set off by dashes after the sponsor noun
    ("The Council adopted resolution 2417 (2018). Ms. X, speaking on behalf of the resolution's co-penholders - "
     "Côte d'Ivoire, Kuwait and Sweden - said the debate was useful.",
     {("2417 (2018)", "CIV"), ("2417 (2018)", "KWT"), ("2417 (2018)", "SWE")}),
    # a time phrase between the tabling verb and "by"
    ("The Council adopted resolution 2538 (2020). The resolution was put forward on Friday by Indonesia, which holds "
     "the presidency.", {("2538 (2020)", "IDN")}),
    # a list of sponsors longer than two hundred characters before its verb
    ("Resolution 34/1 on Sri Lanka has been submitted to the Human Rights Council.\n\nAustralia, Canada, Germany, Israel, "
     "Japan, Montenegro, Norway, Sri Lanka, the former Yugoslav Republic of Macedonia, United Kingdom of Great Britain "
     "and Northern Ireland, United States of America has jointly sponsored the resolution.",
     {("34/1", c) for c in ("AUS", "CAN", "DEU", "ISR", "JPN", "MNE", "NOR", "LKA", "MKD", "GBR", "USA")}),
])
def test_sponsors_told_in_the_ways_of_this_round(text: str, expected: set[tuple[str, str]]) -> None:
    assert sponsors(text) == expected


@pytest.mark.parametrize("text", [
    # a text rejected, or tabled but failed, after an adoption: no sponsor of the adopted resolution
    "The Council adopted resolution 2586 (2021). The text was rejected by Russia.",
    "The Council adopted resolution 2586 (2021). Earlier, the text was tabled by Russia but failed.",
    # an adjective of a State that is no sponsor's compound: the anaphor names no body and binds nothing
    "The Council adopted resolution 2712 (2023) on Gaza. We oppose this Cuban resolution.",
])
def test_no_sponsor_where_none_is_told(text: str) -> None:
    assert sponsors(text) == set()


@pytest.mark.parametrize("text, expected", [
    # a State's own numbered act ("Resolución 385/2011"): no Council resolution (its 385 is of 1976), and no failure
    ("El Ministerio dicta la Resolución 385/2011 sobre aranceles.", []),
    ("Medidas adoptadas por el Consejo de Seguridad. Resolución 343/2009 del Ministerio.", []),
    # a Council number and its year after a slash, the year's leading zero printed
    ("Medidas adoptadas por el Consejo de Seguridad en su Resolucion Nº 1844/08 referida a Somalia.",
     [{"body": "SC", "number": "1844 (2008)"}]),
    ("El Consejo de Seguridad aprobó la resolución 2286/2016.", [{"body": "SC", "number": "2286 (2016)"}]),
    # 1983's numbers have their year in the reference table
    ("UN Security Council Resolutions 541/1983 and 550/1984 condemned this entity.",
     [{"body": "SC", "number": "541 (1983)"}, {"body": "SC", "number": "550 (1984)"}]),
])
def test_a_number_and_a_year_after_a_slash(text: str, expected: list[dict[str, str]]) -> None:
    assert read(text).resolutions == expected


def test_a_heading_post_wrapped_before_a_word_in_lower_case() -> None:
    text = ("UN Human Rights Council 52nd session: General debate on agenda Item 10 as delivered by UK Ambassador\n"
            "to the WTO and UN in Geneva, Simon Manley.\n\nThank you, Madame Vice-President,\n\n"
            "General Assembly resolution 60/251 mandated this Council to address situations of violations.\n")
    record = read(text)
    assert record.signatories == [{"name": "Simon Manley", "titles": ["UK Ambassador to the WTO and UN in Geneva"],
                                   "rule": "delivered-by"}]
    assert record.author_states == ["GBR"]


def test_a_wrapped_line_in_capitals_is_no_post() -> None:
    # the next line opens with a capital: another line of the heading, not the post going on
    text = ("Statement delivered by the Ambassador of Freedonia\nMission of Freedonia, Jane Roe\n\n"
            "Mr. President, resolution 60/251 created this Council.\n")
    assert read(text).signatories == []
    assert read(text.replace("\nMission of Freedonia", "\nto the United Nations")).signatories == [
        {"name": "Jane Roe", "titles": ["Ambassador of Freedonia to the United Nations"], "rule": "delivered-by"}]


@pytest.mark.parametrize("text, author, doc_type", [
    ("Following are excerpts of a letter from Cuba's foreign minister, Roberto Robaina, to the secretary-general of "
     "the United Nations on the embargo. The bill passed the U.S. House of Representatives.\nYour Excellency,\n"
     "The General Assembly has passed resolutions 47/19 and 48/16 against the blockade kept by the United States.\n",
     ["CUB"], "letter"),
    ("Following is the full text of the letter from the Minister of Foreign Affairs of Cuba to the Secretary-General:\n"
     "The General Assembly has passed resolutions 47/19 and 48/16 against the blockade kept by the United States.\n",
     ["CUB"], "letter"),
])
def test_a_carried_letter_is_by_the_state_its_opening_line_names(text: str, author: list[str], doc_type: str) -> None:
    record = read(text)
    assert (record.author_states, record.doc_type, record.addressee) == (author, doc_type, "SG")


@pytest.mark.parametrize("sentence, tone", [
    # the cue's object is a State in its role, the resolution named in that role: no tone toward the resolution
    ("We welcome Slovenia, as Facilitator of the Resolution 2231 (2015).", 0),
    ("Nous saluons la France, en tant que coordonnatrice de la résolution 2231 (2015).", 0),
    # the resolution itself welcomed
    ("We welcome Resolution 2231 (2015), as a step forward.", 1),
])
def test_a_state_welcomed_in_its_role_toward_a_resolution_is_no_tone_toward_it(sentence: str, tone: int) -> None:
    from unhrkg.extract import lexicon
    from unhrkg.extract.tone import sentence_tone
    with lexicon.using("fr" if "Nous" in sentence else "en"):
        assert sentence_tone(sentence, ["IRN"]) == tone


@pytest.mark.parametrize("text, expected", [
    # the Council's numbers joined by slashes after "resolutions": each is a resolution
    ("The Sanctions Committee established under Resolutions 1267/1989/2253 listed him.",
     [("SC", "1267 (1999)"), ("SC", "1989 (2011)"), ("SC", "2253 (2015)")]),
    ("The committees established under resolutions 1267/1373/1540 met.",
     [("SC", "1267 (1999)"), ("SC", "1373 (2001)"), ("SC", "1540 (2004)")]),
    # a year and its text's number first: another body's series, read as before
    ("La résolution 2005/113/2006 de la Commission.", [("CHR", "2005/113")]),
])
def test_a_chain_of_council_numbers(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(r["body"], r["number"]) for r in read(text).resolutions] == expected


def test_what_follows_is_the_text_of_his_letter() -> None:
    text = ("Iran protests the Secretariat's move\nTEHRAN - Iran's UN envoy condemned the notification.\n"
            "In a formal letter to the UN secretary general, Saeed Iravani emphasized that Resolution 2231 grants no "
            "authority to the Secretariat.\nWhat follows is the text of his letter:\nExcellency,\n"
            "Resolution 2231 does not provide any mandate to the Secretariat.\n")
    assert read(text).doc_type == "letter"


@pytest.mark.parametrize("text, expected", [
    ("France welcomes the unanimous adoption of resolution 2323 (2016). I warmly thank the British penholder for his "
     "efforts in ensuring the adoption of the resolution.", {("2323 (2016)", "GBR")}),
    # no adjective of a State before the noun: no sponsor named
    ("France welcomes the unanimous adoption of resolution 2323 (2016). I warmly thank the penholder for his efforts.",
     set()),
])
def test_a_states_adjective_before_the_sponsor_noun(text: str, expected: set[tuple[str, str]]) -> None:
    assert sponsors(text) == expected


@pytest.mark.parametrize("author_rule, expected", [
    ("speaking-subject", [("2087 (2013)", "rejects", "focus-rejects")]),
    # an author only guessed from the States the text names most: its hostile tone is no stance, and no weaker rule
    # gives the resolution one instead
    ("most-named", []),
])
def test_a_hostile_tone_is_a_rejection_only_of_an_author_found_by_a_rule(author_rule: str,
                                                                        expected: list[tuple[str, str, str]]) -> None:
    from unhrkg.extract import _positions
    from unhrkg.extract.anaphora import resolve_anaphora
    from unhrkg.extract.header import read_header
    from unhrkg.extract.references import find_resolutions
    text = ("Statement of the Foreign Ministry\n\nSecurity Council resolution 2087 (2013) was adopted yesterday. This unjust "
            "and illegal resolution is a gross violation of our sovereignty. The so-called resolution is a grave provocation, "
            "a crime, and a flagrant violation of international law, null and void.\n")
    h = read_header(text)
    h.rules["author_states"] = author_rule
    refs = find_resolutions(text, "SC", None)
    mentions = sorted(refs + resolve_anaphora(text, refs, h), key=lambda r: r.start)
    found = _positions(text, refs, mentions, ["PRK"], [], h)
    assert [(p["target"]["number"], p["stance"], p["rule"]) for p in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a relative clause whose subject follows its verb, in the resolution's sentence (fr, es)
    ("Dans la résolution 1559 (2004) adoptée par 9 voix pour (Allemagne, Angola, Bénin) et 6 abstentions (Algérie, "
     "Brésil) et que présentaient conjointement les États-Unis et la France, avec l'appui de l'Allemagne, le Conseil a "
     "demandé le retrait.", {("1559 (2004)", "USA"), ("1559 (2004)", "FRA")}),
    ("La résolution 2334 (2016), qu'avaient présentée la Nouvelle-Zélande et le Sénégal, a été adoptée.",
     {("2334 (2016)", "NZL"), ("2334 (2016)", "SEN")}),
    ("El Consejo aprobó la resolución 2286 (2016), que presentaron conjuntamente Egipto, España y Uruguay.",
     {("2286 (2016)", "EGY"), ("2286 (2016)", "ESP"), ("2286 (2016)", "URY")}),
    # the clause in another sentence: not the resolution's
    ("El Consejo aprobó la resolución 2286 (2016). Es un texto que presentaron Egipto y España en 2015.", set()),
])
def test_an_inverted_relative_names_the_sponsors(text: str, expected: set[tuple[str, str]]) -> None:
    assert sponsors(text) == expected


@pytest.mark.parametrize("text", [
    # the cue has an object of its own after it ("any attempt to revive ..."): no rejection of the resolution before it
    "Iran's Ambassador stated that Security Council Resolution 2231 (2015) must expire on its scheduled date, and that "
    "Iran firmly rejects any attempt to revive its expired provisions under any pretext.",
    "Saudi Arabia affirmed General Assembly resolution 194 (III) and firmly rejected all forms of forced displacement.",
])
def test_a_cue_with_a_determined_object_of_its_own(text: str) -> None:
    stances = [(p["target"]["number"], p["stance"]) for p in read(text).to_dict()["positions"]]
    assert stances and all(stance == "supports" for _, stance in stances)


@pytest.mark.parametrize("text", [
    "Press release\n\nThe Republic of Korea welcomes the adoption of Security Council resolution 2397 (2017). Resolution 2397 "
    "marks the tenth sanctions resolution the Security Council has adopted on North Korea, following Resolutions 1718 "
    "(2006), 1874 (2009) and 2087 (2013).\n",
    "Communiqué\n\nLa France salue l'adoption de la résolution 2397 (2017) du Conseil de sécurité. La résolution 2397 est la "
    "dixième résolution de sanctions adoptée par le Conseil, après les résolutions 1718 (2006), 1874 (2009) et 2087 (2013).\n",
])
def test_the_resolutions_a_later_one_is_said_to_follow_are_its_history(text: str) -> None:
    stances = {(p["target"]["number"], p["stance"]) for p in read(text).to_dict()["positions"]}
    assert stances == {("2397 (2017)", "supports")}


@pytest.mark.parametrize("text", [
    # another text told between the adoption and "the text": the noun is that text's
    "The Security Council adopted resolution 2712 (2023) by 12 votes in favour. Before that vote, the Council rejected an "
    "amendment proposed by the Russian Federation. The text was tabled by the Russian Federation on Tuesday.",
    "El Consejo de Seguridad aprobó la resolución 2686 (2023). Luego, rechazó un proyecto sobre Siria. El texto fue "
    "presentado por la Federación de Rusia.",
    "The Security Council, unanimously adopting resolution 2736 (2024), demanded a halt. In a separate action, the "
    "Council adopted a presidential statement on Haiti. The text was tabled by the United States.",
    # a vetoed draft named by its sponsor's compound is another draft
    "The Security Council adopted resolution 2728 (2024) on Monday. Days earlier, the US-drafted resolution had been "
    "vetoed by Russia and China.",
    # the relative clause is said of the noun right before it
    "Argentina votó a favor de la resolución 77/247 sin las enmiendas que presentó Rusia.",
])
def test_no_sponsor_of_another_text(text: str) -> None:
    assert sponsors(text) == set()


def test_the_penholder_thanked_for_the_resolution_named_after() -> None:
    text = ("Statement by Ireland on resolution 2719 (2023)\n\nI warmly thank the British penholder for their work on "
            "resolution 2678 (2023) and Ireland welcomes its adoption.")
    assert sponsors(text) == {("2678 (2023)", "GBR")}


def test_a_chain_after_another_bodys_name_is_not_the_councils() -> None:
    text = "Argentina recalls General Assembly resolutions 1514/1541/2065 on decolonization."
    assert all(r["body"] != "SC" for r in read(text).resolutions)


def test_the_following_resolutions_is_no_lineage() -> None:
    text = ("The Kingdom of Norway supports resolution 2467 (2019) and the following resolutions 1325 (2000), 1820 (2008) "
            "and 1888 (2009).")
    numbers = {p["target"]["number"] for p in read(text).to_dict()["positions"]}
    assert {"1325 (2000)", "1820 (2008)", "1888 (2009)"} <= numbers


def test_a_report_a_state_wrote_is_not_the_secretary_generals() -> None:
    text = ("Report of the Government of Iraq on the implementation of resolution 2107 (2013)\n\nNote by the Secretary-General"
            "\n\nThe Secretary-General has the honour to transmit to the Security Council the report submitted by the "
            "Government of Iraq.\n")
    record = read(text)
    assert record.author_body != "SG" and record.addressee == "SC"

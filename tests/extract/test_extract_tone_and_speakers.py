"""Rules for the tone a text takes toward the resolution it is about, for the resolutions a committee's
name carries, and for speakers' lines whose post comes before the name."""
from __future__ import annotations

import pytest

from unhrkg.extract import extract_text


def read(text: str):  # type: ignore[no-untyped-def]
    return extract_text(text, "x.txt")


def stances(text: str) -> dict[str, str]:
    return {p["target"]["number"]: p["stance"] for p in read(text).positions}


@pytest.mark.parametrize("text, number", [
    # "violations of" with no verb before it names an act the sentence tells, not a judgement of the resolution
    ("Press release of the Ministry of Foreign Affairs of Ghana\n\nThe Council was created by the General Assembly in "
     "resolution 60/251 with the aim of studying the situation of the violation of human rights. Resolution 60/251 "
     "guides the work of Ghana.", "60/251"),
    # a passive whose agent is the Council: the Council condemned, not the author
    ("Statement of the Ministry of Foreign Affairs of Senegal\n\nThe deportation was openly condemned by the Security "
     "Council, which adopted resolution 799 (1992). Senegal recalls resolution 799 (1992).", "799 (1992)"),
    # the resolution's own words: "La résolution, a rappelé le Président, condamne"
    ("Communiqué du Ministère des affaires étrangères des Comores\n\nLa résolution 31/4, a rappelé le Président, "
     "condamne également les référendums de 1976. Les Comores rappellent la résolution 31/4.", "31/4"),
    # "..., it defied": a pronoun for another subject stands between the resolution and the verb
    ("Statement of the Ministry of Foreign Affairs of the Russian Federation\n\nThe United States realizes that by impeding "
     "the efforts of other countries to implement resolution 2231, it defied international norms. Resolution 2231 remains "
     "in force.", "2231 (2015)"),
    # the object of "dénoncé avec fermeté" is another thing than the resolution
    ("Déclaration de la Mission permanente du Burkina Faso\n\nElle a dénoncé avec fermeté le passage sous silence de la "
     "question du terrorisme, pourtant considéré comme source de plusieurs menaces qui impactent négativement la jouissance "
     "effective des droits de l’homme, rappelant ainsi la résolution 51/24 du Conseil des droits de l’homme.", "51/24"),
])
def test_words_said_of_another_thing_do_not_turn_the_tone_against_the_resolution(text: str, number: str) -> None:
    assert stances(text).get(number) == "supports"


def test_a_violation_said_of_the_resolution_itself_still_rejects_it() -> None:
    text = ("Statement of the Ministry of Foreign Affairs of the Democratic People's Republic of Korea\n\nResolution 2397 "
            "is a flagrant violation of the sovereignty of the DPRK. Resolution 2397 is a product of hostile policy.")
    assert stances(text).get("2397 (2017)") == "rejects"


@pytest.mark.parametrize("text", [
    "Déclaration de M. Abdou Abarry, Représentant permanent du Niger, au briefing sur les rapports des Présidents des "
    "Comités sur la lutte contre Al-Qaida et Daech (résolutions 1267 (1999), 1989 (2011) et 2253 (2015))\n\nMerci "
    "Madame la Présidente. Je remercie les présidents des comités pour leurs exposés.",
    "Déclaration de M. Abdou Abarry, Représentant permanent du Niger\n\nMerci Madame la Présidente. Je remercie les "
    "présidents du Comité du Conseil de sécurité créés en application des résolutions 1267 (1999), 1989 (2011) et "
    "2253 (2015) pour leurs exposés.",
])
def test_resolutions_that_name_a_committee_are_not_invoked(text: str) -> None:
    assert not set(stances(text)) & {"1267 (1999)", "1989 (2011)", "2253 (2015)"}


@pytest.mark.parametrize("text, name, titles", [
    ("Explanation of Vote by Permanent Representative of Slovenia to the United Nations Samuel Žbogar at the UNSC "
     "meeting\nThank you, Mr. President.", "Samuel Žbogar", ["Permanent Representative of Slovenia to the United Nations"]),
    ("Estonian Explanation of Vote\n\nDelivered by Chargé d’Affaires, Mr. Gert Auväärt\n\nMr President,",
     "Gert Auväärt", ["Chargé d’Affaires"]),
    ("Statement by Ambassador Samuel Žbogar, Chargé d’ affaires, at the General Assembly debate\n\nThank you Mr. President.",
     "Samuel Žbogar", ["Ambassador", "Chargé d’ affaires"]),
    ("Ministry Statements & Speeches:\n\nDelivered by Permanent Representative, H.E. Ms. Carolyn Schwalger\n\nMr President,",
     "Carolyn Schwalger", ["Permanent Representative"]),
])
def test_the_speaker_after_a_post_or_with_an_accented_capital(text: str, name: str, titles: list[str]) -> None:
    assert [(s["name"], s["titles"]) for s in read(text).signatories] == [(name, titles)]


@pytest.mark.parametrize("text, author", [
    ("Nicosia welcomes unanimous renewal of UNFICYP mandate\n\nThe Ministry of Foreign Affairs welcomes the renewal of the "
     "mandate through the adoption of Resolution 2587.", ["CYP"]),
    ("Moscow rejects the snapback of resolution 2231, the Ministry said on Monday.", ["RUS"]),
])
def test_a_capital_that_speaks_names_its_government(text: str, author: list[str]) -> None:
    assert read(text).author_states == author


def test_a_capital_as_a_place_names_no_author() -> None:
    assert read("The meeting in Moscow on Monday discussed resolution 2231. Resolution 2231 was recalled.").author_states == []


@pytest.mark.parametrize("text, expected", [
    # what the rejected resolution builds on is rejected with it
    ("Statement of the Ministry of Foreign Affairs of Sri Lanka\n\nSri Lanka will withdraw from co-sponsorship of "
     "Resolution 40/1 of March 2019, which also incorporates and builds on preceding Resolutions 30/1 of October 2015 "
     "and 34/1 of March 2017.", {"40/1": "rejects", "30/1": "rejects", "34/1": "rejects"}),
    # what a resolution the author speaks well of builds on is named, not invoked
    ("Press release of the Federal Government of Germany\n\nGermany welcomes resolution 2467. Resolution 2467 takes the "
     "existing Resolution 1325 to the next level.", {"2467 (2019)": "supports"}),
    ("Statement of the Ministry of Foreign Affairs of Namibia\n\nResolution 1325 was adopted by the Security Council in "
     "2000, after recalling resolutions 1261 (1999) and 1265 (1999). Namibia welcomes resolution 1325.",
     {"1325 (2000)": "supports"}),
])
def test_resolutions_another_builds_on(text: str, expected: dict[str, str]) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize("text", [
    "H.E. Mr. Abdulaziz KAMILOV\nMinister of Foreign Affairs\nGeneral Debate of the 57th session of the United Nations "
    "General Assembly\nNew York, 19 September 2002\n\nDistinguished Mr. President,Your Excellencies,\n\nAt the outset, "
    "allow me to congratulate Mr. Jan Kavan. Uzbekistan welcomes resolution 1373.",
])
def test_a_speech_greeting_the_assemblys_president_is_made_before_the_assembly(text: str) -> None:
    assert read(text).addressee == "GA"


@pytest.mark.parametrize("text, expected", [
    # the review's faults: each a text where the round's first rules took a stance the author does not take
    ("Statement by the Ministry of Foreign Affairs of Israel\n\nIsrael rejects resolution 2334 (2016), which departs from "
     "previous resolutions 242 (1967) and 338 (1973).", {"242 (1967)": "supports", "338 (1973)": "supports"}),
    ("Statement by the Spokesperson of the Department of State\n\nThe United States voted against resolution ES-10/21 "
     "and urges the parties to build on Security Council resolutions 242 (1967) and 338 (1973).",
     {"242 (1967)": "supports", "338 (1973)": "supports"}),
    ("Statement of the Ministry of Foreign Affairs of the DPRK\n\nThe UN Security Council on Thursday adopted resolution "
     "2094 (2013). The Foreign Ministry said on 9 March 2013 that it categorically rejects the resolution 2094.",
     {"2094 (2013)": "rejects"}),
])
def test_stances_the_review_proved_wrong(text: str, expected: dict[str, str]) -> None:
    found = stances(text)
    assert {k: found.get(k) for k in expected} == expected


@pytest.mark.parametrize("text", [
    "Washington welcomes resolution 2231, Tehran rejects new sanctions\n\nThe Security Council endorsed the deal.",
    "Brussels welcomes the adoption of resolution 2728 by the Security Council\n\nThe European Union welcomes it.",
    "Response to the\nIsraeli statement on resolution 2334\n\nThe reply welcomes resolution 2334.",
])
def test_no_author_from_two_capitals_a_bodys_seat_or_a_heading_below_the_title(text: str) -> None:
    assert read(text).author_states == []


def test_a_body_after_the_seat_is_no_name() -> None:
    r = read("Statement by Permanent Representative of Slovenia to the UN Security Council open debate on Ukraine\n\nThank you.")
    assert r.signatories == []


@pytest.mark.parametrize("text, expected", [
    ("That would be in keeping with Security Council Resolution 47, adopted on April 21, 1948, which requires Pakistan "
     "to withdraw.", [("SC", "47 (1948)")]),
    ("Pakistan recalls UNSC resolution 47 on Kashmir.", [("SC", "47 (1948)")]),
    ("Human Rights Council resolution 47 was cited.", []),  # another Council's: no number below 100 read
])
def test_the_security_councils_first_hundred_after_its_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(r["body"], r["number"]) for r in read(text).resolutions] == expected


@pytest.mark.parametrize("text, number", [
    ("Statement of the Ministry of Foreign Affairs of Zimbabwe\n\nThe Minister condemned the bombing and its unjust, "
     "illegitimate aims. He cited the case of Libya where the NATO forces have violated UN Resolution 1973 (2011), a "
     "flagrant abuse of the Council's mandate.", "1973 (2011)"),
    ("Letter from the Syrian Arab Republic\n\nThe report is biased and baseless with regard to Israel in view of its "
     "continuing violations of Security Council resolution 1701 (2006), which the report unjustly passes over.",
     "1701 (2006)"),
])
def test_a_focal_resolution_another_violates_is_upheld_whatever_the_grievance(text: str, number: str) -> None:
    record = extract_text(text, "x.txt")
    assert {(p["target"]["number"], p["stance"]) for p in record.positions} == {(number, "supports")}


def test_a_focal_resolution_the_author_calls_a_violation_is_still_rejected() -> None:
    text = ("Statement of the Ministry of Foreign Affairs of Eritrea\n\nThe unjust resolution 1907 (2009) violates "
            "the sovereignty of Eritrea and is null and void; it is a baseless and illegitimate act.")
    assert {(p["target"]["number"], p["stance"]) for p in extract_text(text, "x.txt").positions} == {("1907 (2009)", "rejects")}


@pytest.mark.parametrize("text, number", [
    ("BEIJING, June 3 -- Recent remarks by some foreign politicians seek to challenge the authority of General Assembly "
     "Resolution 2758, a Foreign Ministry spokesperson said, noting that such remarks are groundless and wrong and "
     "breach basic norms. Resolution 2758 settled the question once and for all.", "2758 (XXVI)"),
    ("Ministry of Foreign Affairs of Armenia\n\nThe other side keeps trying to undermine Security Council resolution "
     "853 (1993) with baseless and illegal claims. We reject those claims. Resolution 853 (1993) must be read whole.",
     "853 (1993)"),
    ("Letter from the Permanent Representative of Lebanon\n\nThe continued incursions are a constant attack against "
     "Lebanon's sovereignty and in flagrant contravention of Security Council resolution 1701 (2006). These baseless, "
     "illegal and unjustified acts threaten the region. Resolution 1701 (2006) must be respected.", "1701 (2006)"),
])
def test_a_focal_resolution_others_undermine_is_upheld(text: str, number: str) -> None:
    record = extract_text(text, "x.txt")
    assert {(p["target"]["number"], p["stance"]) for p in record.positions} == {(number, "supports")}


def test_a_focal_resolution_the_author_itself_challenges_is_not_upheld_by_that_word() -> None:
    text = ("Statement of the Ministry of Foreign Affairs of Eritrea\n\nWe challenge the legitimacy of resolution 1907 "
            "(2009), an unjust and illegal text. Resolution 1907 (2009) is baseless.")
    record = extract_text(text, "x.txt")
    assert {(p["target"]["number"], p["stance"]) for p in record.positions} == {("1907 (2009)", "rejects")}


def test_what_a_resolution_stipulates_is_its_own_word_not_the_authors_rejection() -> None:
    text = ("Damascus, SANA - Syria's envoy told the Security Council that the occupation of the Golan must end. He "
            "stressed that resolution 497 (1981) stipulates that the occupied Golan is Syrian land, and it considers "
            "that any measures taken by the occupying Power there are null and void. Resolution 497 (1981) binds all.")
    record = extract_text(text, "x.txt")
    assert {(p["target"]["number"], p["stance"]) for p in record.positions} == {("497 (1981)", "supports")}


@pytest.mark.parametrize("text, number", [
    ("Ministry of Foreign Affairs of Eritrea\n\nThe Government of Eritrea challenges the legitimacy of resolution 1907 "
     "(2009), an unjust and illegal text. Resolution 1907 (2009) is baseless.", "1907 (2009)"),
    ("Prime Minister's Office\n\nUndermining direct negotiations, resolution 2334 (2016) is a shameful and one-sided "
     "text. Israel rejects resolution 2334 (2016).", "2334 (2016)"),
])
def test_what_the_author_itself_challenges_or_what_undermines_another_thing_is_no_upholding(text: str, number: str) -> None:
    record = extract_text(text, "x.txt")
    assert {(p["target"]["number"], p["stance"]) for p in record.positions} == {(number, "rejects")}

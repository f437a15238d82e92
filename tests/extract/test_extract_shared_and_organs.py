"""Rules for texts the earlier rules read wrongly: a demonym two States share, an organisation's own
texts (its organ opening an adopted text, its organ with an abbreviation in brackets, a caucus seated
in a Council), a resolution judged by a verb before it, a joint statement told of, a clause whose
subject is "they", an operative "TAKES NOTE"."""
from __future__ import annotations

import pytest

from unhrkg.extract import extract_text, lexicon
from unhrkg.extract.gazetteer import states_in


def read(text: str):  # type: ignore[no-untyped-def]
    return extract_text(text, "x.txt")


def stances(text: str) -> set[tuple[str, str]]:
    return {(p["target"]["number"], p["stance"]) for p in read(text).positions}


# -- a demonym two States share: the text's own names decide ------------------------------------------

@pytest.mark.parametrize("text, lang, meant", [
    ("Le gouvernement congolais salue la résolution 2409 sur la RDC et la situation en RDC.", "fr", "COD"),
    ("The Congolese Government welcomes the visit to Brazzaville and to the Republic of the Congo.", "en", "COG"),
    ("El Gobierno congoleño saluda la resolución 2773 sobre la República Democrática del Congo.", "es", "COD"),
])
def test_a_shared_demonym_means_the_state_the_text_names_most(text: str, lang: str, meant: str) -> None:
    with lexicon.using(lang):
        assert [m.value for m in states_in(text) if m.kind == "demonym"] == [meant]


@pytest.mark.parametrize("text", [
    "The Congolese Government welcomes resolution 2409.",  # neither Congo named by name
    "The Congolese delegations of the DRC and of the Congo met in Kinshasa.",  # both, as often
])
def test_a_shared_demonym_the_text_does_not_decide_names_no_state(text: str) -> None:
    assert [m.value for m in states_in(text) if m.kind == "demonym"] == []


def test_a_government_named_by_a_shared_demonym_is_the_author() -> None:
    r = read("Communiqué\n\nLe gouvernement congolais salue l'adoption de la résolution 2773 (2025) du Conseil de sécurité "
             "sur l'est de la RDC, qui exige que le Rwanda retire ses troupes. Les troupes du Rwanda et les rebelles soutenus "
             "par le Rwanda occupent des villes.")
    assert r.author_states == ["COD"]


# -- an organisation's own texts ----------------------------------------------------------------------

def test_an_adopted_text_opening_with_the_organ_under_the_organisations_heading_is_the_organisations() -> None:
    r = read("African Union\nThird Ordinary Session\n\nDoc. EX/CL/47 (III)\n\nThe Executive Council:\n\n1. TAKES NOTE of the "
             "Report;\n\n2. REAFFIRMS its support for Security Council resolution 242 (1967) and the rights of Palestine and "
             "of the Palestinian people, as Israel must withdraw. Palestine, Palestine.")
    assert (r.author_body, r.rules["author_body"], r.author_states) == ("AU", "coalition-opening", [])
    assert r.doc_type == "other"  # "TAKES NOTE" is an operative verb, not a note's title


def test_an_organ_with_its_abbreviation_in_brackets_and_of_before_the_organisation_speaks_for_it() -> None:
    r = read("AFRICAN UNION PEACE AND SECURITY COUNCIL 689 TH MEETING ADDIS ABABA, ETHIOPIA PSC/PR/COMM.\n\n2 COMMUNIQUÉ "
             "The Peace and Security Council (PSC/Council) of the African Union (AU), at its 689th meeting held on 30 May "
             "2017, adopted the following decision on Security Council resolution 2320 (2016) and Ethiopia. Ethiopia.")
    assert (r.author_body, r.author_states) == ("AU", [])


def test_a_caucus_seated_in_a_council_speaks_for_its_movement() -> None:
    r = read("Security Council: in his capacity as Coordinator of the NAM Caucus in the Security Council\n\nDec 18, 2012\n\n"
             "The Non-Aligned Movement (NAM) Caucus in the Security Council expresses its grave concern regarding Israel's "
             "settlement activities. Israel, Israel.")
    assert (r.author_body, r.author_states) == ("NAM", [])


def test_a_state_named_before_on_behalf_of_still_speaks_for_the_coalition() -> None:
    r = read("Mr. Chair,\n\nAzerbaijan, in its capacity as Chair of the Non-Aligned Movement, welcomes resolution 75/4. The "
             "Non-Aligned Movement welcomes the convening of the special session.")
    assert r.author_body is None and r.author_states == ["AZE"]


# -- a resolution judged by a verb before it ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Statement of the Ministry of Foreign Affairs of Iran\n\nThe Deputy Foreign Minister described the UN Security Council "
    "Resolution 1737 on Iran's nuclear activities as an illegal, unacceptable and irrational move.",
    "Statement of the Ministry of Foreign Affairs of Iran\n\nIran has branded Security Council resolution 1737 (2006) "
    "illegal.",
])
def test_a_resolution_described_as_illegal_is_rejected(text: str) -> None:
    assert ("1737 (2006)", "rejects") in stances(text)


def test_a_verb_of_the_resolution_and_that_before_the_predicate_keeps_it_the_resolutions_content() -> None:
    text = ("Letter from the Permanent Representative of Turkey\n\nThe resolutions of the Human Rights Council on Gaza, "
            "including resolution 14/1 of 2 June 2010, and document A/HRC/15/21, concluded that Israel's blockade of Gaza "
            "is unlawful under international law.")
    assert ("14/1", "rejects") not in stances(text)


# -- others' texts and others' demands ----------------------------------------------------------------

def test_a_joint_statement_another_sentence_tells_of_names_no_authors() -> None:
    r = read("Foreign Ministry statement\n\nDamascus, SANA - The Foreign and Expatriates Ministry said on Thursday that what "
             "has been included in a joint statement by representatives of the US, Britain, France and Germany is a "
             "repetition of their attempts to prolong the crisis.")
    assert not {"USA", "GBR", "FRA", "DEU"} & set(r.author_states)


def test_a_joint_statement_that_presents_itself_names_its_authors() -> None:
    r = read("The following is a joint statement by the Permanent Missions of Australia, Canada and New Zealand.\n\nWe "
             "welcome the adoption of resolution 68/262.")
    assert set(r.author_states) == {"AUS", "CAN", "NZL"}


def test_what_they_ask_under_a_resolution_is_not_the_authors_invoking() -> None:
    r = read("Press release of the Ministry of Foreign Affairs of Sudan\n\nThe members of the Council held consultations on "
             "El Fasher. They urged regional parties to abide by the arms embargo on Darfur under Resolution 1591. Sudan "
             "thanked the members for their attention.")
    assert not any(p["rule"] == "cue-supports-invoking" for p in r.positions)


# -- speaking verbs ----------------------------------------------------------------------------------

def test_a_state_reacting_is_the_author() -> None:
    r = read("La France réagit au refus catégorique de mise en œuvre de la résolution 2303 par les autorités du Burundi, qui "
             "ont rejeté la résolution. Le Burundi doit accueillir les policiers.")
    assert r.author_states == ["FRA"]


def test_an_organisation_named_first_where_no_state_speaks_is_the_author_not_the_state_named_most() -> None:
    r = read("Arab League (AL) Secretary General Nabil el Araby\n\nArab League (AL) Secretary General Nabil el Araby on Sunday "
             "conveyed Arab countries' rejection of nominating Israel for the chairmanship of the Sixth Committee. Israel "
             "breaches resolution 338 (1973), Israel violates the law, and Israel must not chair it.")
    assert (r.author_body, r.rules.get("author_body"), r.author_states) == ("LAS", "coalition-top", [])


def test_an_organisation_named_as_a_topic_at_the_top_is_not_the_author() -> None:
    r = read("Leaders of the G20 met in Rio de Janeiro on 18 November.\n\nPresident Lula welcomed their support for "
             "resolution 78/1.")
    assert r.author_group is None and r.author_body is None


def test_a_grievance_against_others_at_the_bodys_session_does_not_fault_the_body() -> None:
    text = ("Letter dated 20 September 2002 from the Permanent Representative of China to the United Nations addressed to "
            "the Secretary-General\n\nDuring the just-concluded general debate of the fifty-seventh session of the General "
            "Assembly, delegates from a very few countries have once again raised the so-called issue of the island's "
            "representation. In 1971, the General Assembly adopted resolution 2758 (XXVI), which has resolved once and for "
            "all the issue of China's representation. Resolution 2758 (XXVI) is observed by the United Nations.")
    assert ("2758 (XXVI)", "rejects") not in stances(text)


def test_a_ministrys_own_name_in_lower_case_at_the_top_names_its_state() -> None:
    r = read("Le ministère des Affaires étrangères et de la Communauté nationale à l'étranger a rendu publique samedi une "
             "déclaration suite au vote par le Conseil de sécurité de la résolution 2654 (2022) sur le Sahara occidental.")
    assert (r.author_states, r.rules.get("author_states")) == (["DZA"], "institution")


@pytest.mark.parametrize("text, sponsors", [
    ("Statement of the Ministry of Foreign Affairs of France\n\nFrance welcomes Security Council resolution 1973 (2011). "
     "This resolution, adopted on 17 March 2011, was drafted and presented on France's initiative, together with the "
     "United Kingdom, Lebanon and the United States.", {"FRA", "GBR", "LBN", "USA"}),
    ("Press release\n\nOn Norway's initiative, the Council adopted resolution 2286 (2016) on health care in conflict.", {"NOR"}),
    ("Press release\n\nThe Council adopted resolution 2286 (2016) at the Japanese initiative.", {"JPN"}),
])
def test_a_resolution_on_a_states_initiative_is_sponsored_by_it_and_its_partners(text: str, sponsors: set[str]) -> None:
    assert {s["sponsor"] for s in read(text).sponsors if s["rule"] == "possessed-initiative"} == sponsors


def test_an_initiative_of_a_state_named_for_another_reason_sponsors_nothing() -> None:
    r = read("Press release\n\nThe Council adopted resolution 2286 (2016). France's initiative on water was discussed later.")
    assert not any(s["rule"] == "possessed-initiative" for s in r.sponsors)


@pytest.mark.parametrize("text, sponsors", [
    ("Op-ed\n\nOn 18 December 2013, the General Assembly adopted resolution 68/192. The resolution was developed by Belarus, "
     "Russia and the United States.", {"BLR", "RUS", "USA"}),
    ("Statement of Eritrea\n\nSecurity Council resolution 1907 (2009) was engineered by the United States to weaken Eritrea.",
     {"USA"}),
])
def test_a_resolution_developed_or_engineered_by_states_is_theirs(text: str, sponsors: set[str]) -> None:
    assert {s["sponsor"] for s in read(text).sponsors} == sponsors


def test_the_third_committee_in_roman_numerals_is_the_third_committee() -> None:
    from unhrkg.extract.gazetteer import bodies_in
    assert "GA3" in {m.value for m in bodies_in("UN 61st Session; III Committee, Agenda Item 67(b): Promotion of dialogue")}


@pytest.mark.parametrize(("text", "author"), [
    ("Saudi King stresses importance of political solution\n\nSaudi King Salman said the Kingdom stresses a political "
     "solution based on Security Council resolution 2216.", "SAU"),
    ("Le roi marocain salue la résolution 2602\n\nLe roi marocain a salué la résolution 2602 du Conseil de sécurité.", "MAR"),
    ("El emir catarí respalda la resolución 2334\n\nEl emir catarí respaldó la resolución 2334 del Consejo de Seguridad.", "QAT"),
])
def test_a_monarch_named_with_the_states_demonym_speaks_for_it(text: str, author: str) -> None:
    assert extract_text(text, "x.txt").author_states == [author]


@pytest.mark.parametrize("headline", [
    "Iranian envoy to UN says resolution 74/167 is flawed",
    "Russian diplomat rejects resolution 74/167",
])
def test_a_states_envoy_or_diplomat_in_a_headline_speaks_for_it(headline: str) -> None:
    r = extract_text(f"{headline}\n\nThe resolution is flawed, the envoy said.", "x.txt")
    assert r.author_states == [{"Iranian": "IRN", "Russian": "RUS"}[headline.split()[0]]]

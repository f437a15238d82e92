"""The rules of the tenth round of 2026-12-05, each on a small text of the genre it reads, written for the rule:
the country the speakers say they are in, a State acting against "my country", a draft's sponsor where the text
tells the draft was adopted, an aside between a tabling verb and its agents, OCR's "resolucién", an envoy of a
State's ministry, letters "sent by" a State's official, a joint letter's sender line, a lettered Assembly
resolution in its symbol, a passive rejection said of the sentence's subject, and the epithet a text gives the
State it speaks of."""
from __future__ import annotations

import pytest

from unhrkg.extract import extract_text


def read(text: str):
    return extract_text(text, "t.txt")


def stances(text: str) -> dict[str, str]:
    return {p["target"]["number"]: p["stance"] for p in read(text).positions}


def sponsors(text: str) -> set[tuple[str, str]]:
    return {(s["resolution"]["number"], s["sponsor"]) for s in read(text).sponsors}


@pytest.mark.parametrize(("text", "author"), [
    ("Mr. President,\n\nWe, in Costa Rica, believe that resolution 60/251 must be upheld.\n", "CRI"),
    ("We, in Ghana, welcome resolution 2719 (2023) on the financing of peace operations.\n", "GHA"),
    ("Monsieur le Président,\n\nNous, au Sénégal, saluons l'adoption de la résolution 2334 (2016).\n", "SEN"),
])
def test_the_country_the_speakers_say_they_are_in_is_the_author(text: str, author: str) -> None:
    assert read(text).author_states == [author]


@pytest.mark.parametrize("text", [
    "We, in Ghana and Nigeria, welcome resolution 2719 (2023).\n",
    "We, in Ghana, the United Nations country team, welcome resolution 2719 (2023).\n",
    'The minister said: "We, in Ghana, welcome resolution 2719 (2023)."\n',
])
def test_we_in_two_countries_an_organisations_team_or_a_quotation_name_no_author(text: str) -> None:
    assert read(text).author_states == []


def test_the_state_whose_deed_is_done_against_my_country_is_not_the_author() -> None:
    text = ("Mr. President,\n\nLast week I spoke about the pattern of behaviour of a neighbour. Russia's full-scale "
            "military aggression against my country should have served as a warning to all of us.\n")
    assert "RUS" not in read(text).author_states


def test_the_state_before_a_blockade_against_our_country_is_still_ours() -> None:
    text = ("Cuba denounces the measures taken against Cuba. The blockade against our country has lasted for sixty "
            "years, despite resolution 77/7 of the General Assembly.\n")
    assert read(text).author_states == ["CUB"]


@pytest.mark.parametrize("text", [
    "The Security Council adopted a resolution on Syria. The draft, submitted by the United States, passed with 14 "
    "votes.\nSyria welcomes resolution 2799 (2025).\n",
    "The Security Council adopted resolution 2799 (2025) on Syria. The draft, submitted by the United States, passed "
    "with 14 votes.\nSyria welcomes it.\n",
])
def test_the_sponsor_of_a_draft_the_text_says_was_adopted_is_the_resolutions(text: str) -> None:
    assert ("2799 (2025)", "USA") in sponsors(text)


def test_a_draft_that_failed_gives_no_sponsor_to_the_resolution() -> None:
    text = ("The Council recalled resolution 2231 (2015). The draft, submitted by Russia and China, failed to obtain "
            "the required votes.\n")
    assert sponsors(text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("España recuerda la Resolución 2286 (2016) del Consejo de Seguridad, promovida, entre otros países, por España.\n",
     {("2286 (2016)", "ESP")}),
    ("Japan recalls resolution 2286 (2016), sponsored, among others, by Spain and Japan.\n",
     {("2286 (2016)", "ESP"), ("2286 (2016)", "JPN")}),
    ("La France rappelle la résolution 2286 (2016), présentée, entre autres, par la France et le Japon.\n",
     {("2286 (2016)", "FRA"), ("2286 (2016)", "JPN")}),
])
def test_an_aside_between_the_tabling_verb_and_its_agents(text: str, expected: set[tuple[str, str]]) -> None:
    assert sponsors(text) == expected


def test_ocr_reading_the_spanish_accent_as_another_letter_still_names_the_resolution() -> None:
    text = "La Argentina agradece los esfuerzos del Secretario General en la aplicacién de la resolucién 62/90 de la Asamblea General.\n"
    assert [(r["body"], r["number"]) for r in read(text).resolutions] == [("GA", "62/90")]


def test_a_special_representative_of_a_states_ministry_speaks_for_it() -> None:
    text = ("Ambassador Ivan Petrov, a special representative of the Russian Foreign Ministry, commented on the "
            "anniversary of resolution 2202 (2015). He said the United States had armed the other side and that the "
            "United States never wanted the agreements implemented.\n")
    assert read(text).author_states == ["RUS"]


def test_a_letter_sent_by_a_states_official_is_a_letter_with_its_writer() -> None:
    text = ("4 April 2002\n\nLetter sent by Dr. Omar Haddad, Ambassador and Permanent Observer of Palestine to the "
            "U.N., to the Secretary-General of the United Nations\n\nThe occupying forces press on in spite of "
            "Security Council resolution 1402 (2002).\n")
    record = read(text)
    assert (record.doc_type, record.author_states, record.addressee) == ("letter", ["PSE"], "SG")
    assert [(s["name"], s["titles"]) for s in record.signatories] == \
        [("Omar Haddad", ["Ambassador and Permanent Observer of Palestine to the U.N."])]


def test_a_permanent_observer_speaks_for_the_state_he_observes_for() -> None:
    text = "The Permanent Observer of the Holy See welcomed resolution 2532 (2020) on a global ceasefire.\n"
    assert read(text).author_states == ["VAT"]


def test_a_joint_letters_sender_line_lists_its_authors() -> None:
    text = ("From the Permanent Missions of: Austria, Belgium, Canada, Denmark,\n\nEstonia and Finland\n\n"
            "21 August 2013 Secretary-General United Nations\n\nWe request an investigation under the mechanism "
            "derived from resolution A/RES/42/37C of 30 November 1987.\n")
    assert read(text).author_states == ["AUT", "BEL", "CAN", "DNK", "EST", "FIN"]


def test_a_from_line_inside_a_text_names_no_joint_authors() -> None:
    text = ("Geneva, 3 May 2019\n\nThe Council received letters. From the Permanent Missions of Austria and Belgium "
            "came a request about resolution 40/1.\n")
    assert read(text).author_states != ["AUT", "BEL"]


def test_an_assembly_resolutions_lettered_part_run_into_its_symbol() -> None:
    record = read("We recall resolution A/RES/42/37C of 30 November 1987.\n")
    assert [(r["body"], r["number"]) for r in record.resolutions] == [("GA", "42/37 C")]
    assert record.documents_cited == ["A/RES/42/37C"]


def test_a_passive_rejection_said_of_the_sentences_subject_is_not_of_the_resolution_before_it() -> None:
    text = ("Palestine protests to the Secretary-General. Such a statement stands in violation of international law, "
            "including Security Council resolution 252 (1968) and onwards up to resolution 2334 (2016), and must "
            "be firmly denounced and condemned.\n")
    assert stances(text).get("2334 (2016)") != "rejects"


def test_a_resolution_that_is_the_passives_subject_is_still_rejected() -> None:
    text = "Eritrea states that resolution 1907 (2009) is unjust and must be firmly denounced and condemned.\n"
    assert stances(text) == {"1907 (2009)": "rejects"}


def test_a_state_the_text_names_by_its_epithet_is_not_the_author() -> None:
    text = ("As the Council continues to address the question, Israel, the occupying Power, continues to exploit the "
            "Council's inaction. Israel has announced new settlement units. Israel must abide by resolution 2334 "
            "(2016). Israel must cease all settlement activities.\n")
    assert "ISR" not in read(text).author_states


# The second wave's rules (written on sets 417-424)

def test_the_draft_resolution_after_a_told_adoption_is_the_adopted_texts_draft() -> None:
    text = ("Le Conseil de sécurité a adopté mercredi à l'unanimité la résolution 1975 (2011) sur la Côte d'Ivoire.\n\n"
            "Le projet de résolution présenté par la France et le Nigéria comprend des sanctions ciblées.\n")
    assert sponsors(text) == {("1975 (2011)", "FRA"), ("1975 (2011)", "NGA")}


@pytest.mark.parametrize("text", [
    "The Security Council adopted resolution 2799 (2025) last week. On Friday the Council reviewed the draft resolution "
    "submitted by Russia and China aimed at extending the term of resolution 2799 (2025).\n",
    "The Security Council adopted resolution 2799 (2025) last week. The draft resolution submitted by Russia failed to "
    "obtain nine votes.\n",
])
def test_a_rival_draft_is_not_the_adopted_texts_draft(text: str) -> None:
    assert sponsors(text) == set()


def test_a_missions_post_at_the_united_nations_is_not_an_agent() -> None:
    text = ("The UAE welcomed the adoption of resolution 2712 (2023). The UAE worked closely with the Permanent Mission "
            "of Malta to the United Nations, which drafted the resolution.\n")
    assert sponsors(text) == {("2712 (2023)", "MLT")}


def test_a_draft_to_extend_a_resolution_is_tabled_not_the_resolution() -> None:
    text = ("On 27 September the Council failed to adopt the draft resolution for a technical extension to resolution "
            "2231 (2015) tabled by China and Russia.\n")
    assert sponsors(text) == set()


def test_what_the_council_says_in_a_list_of_the_resolutions_elements_is_not_the_authors_stance() -> None:
    text = ("Japan welcomes the resolution adopted today. In our view, the following elements are important in resolution "
            "1874 (2009). - The Council condemns in the strongest terms the nuclear test. - The Council demands that "
            "the DPRK comply with resolution 1718 (2006).\n")
    assert "rejects" not in stances(text).values()


def test_a_passive_rejection_in_a_new_clause_is_said_of_that_clauses_subject() -> None:
    text = ("Syria states that voting in favor of resolutions 242 (1967) and 497 (1981) with the overwhelming majority "
            "conveys a clear message to Israel that the occupation, the killing and the annexation of territories by "
            "force are condemned and violate all international conventions.\n")
    assert stances(text) == {"242 (1967)": "supports", "497 (1981)": "supports"}


def test_a_rejecting_noun_with_its_own_complement_does_not_reject_the_resolution_before_it() -> None:
    text = ("Syria thanked the Assembly for the international community's support to resolution 497 (1981) and the "
            "member states' commitment to the Charter and their rejection of foreign intervention.\n")
    assert stances(text) == {"497 (1981)": "supports"}


def test_sponsors_named_after_a_regional_group_and_including() -> None:
    text = ("The Council adopted resolution 32/2 in 2016. The resolution was sponsored by Latin American states "
            "including Argentina, Brazil and Chile.\n")
    assert sponsors(text) == {("32/2", "ARG"), ("32/2", "BRA"), ("32/2", "CHL")}


@pytest.mark.parametrize("noun", ["manipulation", "politicization", "misuse", "instrumentalization"])
def test_a_rejected_misuse_of_a_resolution_is_not_a_rejection_of_it(noun: str) -> None:
    text = f"Cuba rejects the {noun} of resolution 1540 (2004) by some members of the Security Council.\n"
    assert stances(text) == {"1540 (2004)": "supports"}


@pytest.mark.parametrize(("heading", "addressee"), [
    ("Explanation of Vote at the Adoption of UN Security Council Resolution 2249 on Counterterrorism", "SC"),
    ("Explanation of vote after the adoption of General Assembly resolution 77/247", "GA"),
])
def test_the_resolution_an_explanation_of_votes_heading_names_is_the_forums(heading: str, addressee: str) -> None:
    text = (f"{heading}\n\nAmbassador Jane Doe\nDeputy Permanent Representative\nNovember 20, 2015\n\n"
            "Mr. President, in recent weeks we have seen attacks across the world, and we mourn the victims.\n")
    assert read(text).addressee == addressee

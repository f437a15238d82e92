"""The rules of the fourteenth round (2026-12-06, the third of the day), each on a small text of the genre it reads,
written for the rule: a news item's lead whose subject is the State that speaks, a speech's page titled by the report
it speaks to."""
from __future__ import annotations

import pytest

from unhrkg.extract import extract_text
from unhrkg.read import normalise


def read(text: str):
    return extract_text(normalise(text), "t.txt")


# --- a news item's lead ---------------------------------------------------------------------------------------------

LATER = "\n\nThe region was occupied in 1967.\n\nThe President proclaimed that the United States recognizes the annexation.\n"


def test_the_leads_subject_outweighs_a_state_that_speaks_only_further_on() -> None:
    text = ("UNDOF mandate renewed\n\nJakarta: Indonesia has welcomed the unanimous adoption of Resolution 2503 (2019), "
            "which renews the mandate of the Disengagement Observer Force." + LATER)
    record = read(text)
    assert record.author_states == ["IDN"]
    assert [(p["target"]["number"], p["stance"]) for p in record.positions] == [("2503 (2019)", "supports")]


def test_two_states_speaking_in_the_lead_paragraph_still_tie() -> None:
    text = ("UNDOF mandate renewed\n\nJakarta: Indonesia has welcomed the adoption of Resolution 2503 (2019), and the "
            "President proclaimed that the United States recognizes the annexation.\n\nThe region was occupied in 1967.\n")
    assert read(text).author_states == []


def test_a_state_in_the_second_sentence_of_the_lead_paragraph_is_no_lead() -> None:
    text = ("Sanctions adopted\n\nResolution 1907 (2009) was adopted by 13 of the 15 members. China abstained on it "
            "and regrets the haste.\n\nThe President proclaimed that the United States welcomes the sanctions.\n")
    assert read(text).author_states == []


def test_a_lead_does_not_outweigh_a_state_named_as_the_author() -> None:
    text = ("Security Council Briefing: Syria\n\nStatement by H.E. Mr. Jan de Vries, Permanent Representative of the "
            "Kingdom of the Netherlands to the United Nations\n\nThank you, Madam President.\n\n"
            "We support resolution 2254 (2015).\n")
    assert read(text).author_states == ["NLD"]


# --- a speech's page titled by the report it speaks to -------------------------------------------------------------

SPEECH = ("\n\nStatement given by Norway's Ambassador Ms. Kari Nordmann to the General Assembly on the Report of the "
          "Human Rights Council, 4 November 2016.\n\nMr. President,\n\nNorway believes that the Assembly has no role in "
          "reopening the decisions of the Council, and we call on all States to respect resolution 60/251.\n")


def test_a_speech_under_the_reports_title_is_a_speech() -> None:
    record = read("GA: Report of the Human Rights Council" + SPEECH)
    assert record.doc_type != "report"
    assert record.author_body is None
    assert record.author_states == ["NOR"]


def test_a_report_that_opens_its_body_is_still_a_report() -> None:
    text = ("Report of the Human Rights Council\n\n1. The present report covers the sessions of the Council.\n\n"
            "Mr. President,\n\nThe Council adopted resolution 31/1.\n")
    assert read(text).doc_type == "report"


# --- a web page's link to another story -----------------------------------------------------------------------------

def test_a_link_to_another_story_makes_no_author() -> None:
    text = ("Santo Domingo.- The Foreign Minister said today that the Dominican Republic fully supports resolution 2699 "
            "(2023), the Ministry of Foreign Affairs said in a statement.You may be interested in: Iranian President "
            "speaks out on the truce\n\nThe mission operates with a low budget.\n")
    assert read(text).author_states == ["DOM"]


def test_teaser_spans() -> None:
    from unhrkg.extract.teasers import teaser_spans
    text = "It was adopted.\nALSO READ: UN struggles to strike Syria aid deal\nThe related resolutions: 1 and 2.\n"
    (start, end), = teaser_spans(text)
    assert text[start:end] == "ALSO READ: UN struggles to strike Syria aid deal"
    glued = "Read also: UN adopts a draft on occupied CrimeaIn this region the vote was close" + ", and long" * 30 + ".\n"
    (start, end), = teaser_spans(glued)
    assert glued[end:].startswith("In this region")
    assert teaser_spans("These are related: resolutions 1 and 2 of the Council.\n") == []


# --- a letter carried without its title -----------------------------------------------------------------------------

def test_a_letter_opening_by_writing_on_behalf_of_states() -> None:
    text = ("I am writing on behalf of France, the United Kingdom and the United States in advance of your forthcoming "
            "report on the implementation of Security Council resolution 2401 (2018). France, the United Kingdom and "
            "the United States express their concern at the reports of incidents inconsistent with that resolution.\n")
    record = read(text)
    assert record.doc_type == "letter"
    assert record.author_states == ["FRA", "GBR", "USA"]


# --- a bare resolution number in a text that cites one body's documents ----------------------------------------------

def test_a_bare_number_takes_the_body_of_the_documents_cited() -> None:
    text = ("Enhancement of international cooperation\n215. At the 39th meeting, the representative of Cuba introduced "
            "draft resolution A/HRC/7/L.5. In accordance with rule 153 of the rules of procedure of the General "
            "Assembly, the attention of the Council was drawn to its budget implications.\n216. The draft resolution "
            "was adopted without a vote (for the text as adopted, see resolution 7/3).\n")
    assert read(text).resolutions == [{"body": "HRC", "number": "7/3"}]


def test_documents_of_two_bodies_give_no_context() -> None:
    text = ("The Assembly considered document A/HRC/7/L.5 and document A/62/150 of the General Assembly. It recalled "
            "resolution 62/149.\n")
    assert read(text).resolutions == [{"body": "GA", "number": "62/149"}]


# --- a State's legislature; a resolution of Congress ----------------------------------------------------------------

def test_a_legislature_of_another_state_told_of_speaks_for_no_one() -> None:
    text = ("Beijing: The U.S. House of Representatives has passed a bill on Taiwan. China firmly opposes the bill, "
            "which violates General Assembly resolution 2758 (XXVI), the spokesperson said.\n")
    assert read(text).author_states != ["USA"]


@pytest.mark.parametrize("printed", ["H. RES. 662", "S.J.Res.246", "H.Con.Res. 12", "SessionH. RES. 662"])
def test_a_resolution_of_congress_is_no_un_resolution(printed: str) -> None:
    text = f"{printed}\n\nThe Congress welcomes Security Council resolution 2334 (2016) and the Council's work.\n"
    assert read(text).resolutions == [{"body": "SC", "number": "2334 (2016)"}]


# --- the second wave: communiqués, older releases and cables, a speech greeting its audience -------------------------

def test_a_communique_run_on_into_its_first_sentence_is_no_heading_of_the_state_it_names() -> None:
    text = ("Bruxelles – 23 octobre 2007 – Communiqué de presse – Le Ministre des Affaires étrangères De Gucht "
            "accueille l'initiative de la Présidence ghanéenne du Conseil de sécurité sur la résolution 1325. Outre le "
            "ministre des Affaires étrangères ghanéen, le Secrétaire général s'est adressé au Conseil.\n")
    assert read(text).author_states == ["BEL"]


def test_an_unnamed_ministers_name_between_his_post_and_his_verb() -> None:
    text = ("Bruxelles, 23 octobre 2007 – Le Ministre des Affaires étrangères Jean Dumont se félicite de la "  # (a name no table
            "résolution 1325 (2000) du Conseil de sécurité.\n")  # of office-holders knows: the post and the dateline read it)
    record = read(text)
    assert record.author_states == ["BEL"]
    assert record.rules["author_states"] == "dateline-organ"


def test_an_older_release_under_its_press_release_line() -> None:
    text = ("SECURITY COUNCIL ENDS UNAMIR MANDATE, ADJUSTS OBJECTIVES\nPress Release\nSC/6141\n"
            "SECURITY COUNCIL ENDS UNAMIR MANDATE, ADJUSTS OBJECTIVES\n19951212 Unanimously Adopts Resolution 1029 "
            "(1995). The Security Council this afternoon adjusted the mandate of the Mission for Rwanda, at the wishes "
            "of the Rwandan Government.\n")
    record = read(text)
    assert (record.symbol, record.issued, record.author_body, record.author_states) == ("SC/6141", "1995-12-12", "UN", [])


def test_a_compact_number_is_no_release_date_where_it_is_no_date() -> None:
    text = "Press Release\nSC/6141\n19951340 Adopts Resolution 1029 (1995) on the Mission.\n"
    assert read(text).issued is None


def test_a_speech_greeting_its_audience_first_is_no_letter() -> None:
    text = ("New York, 13 February 2012\n\n\nLadies and Gentlemen,\nMadam High Commissioner for Human Rights,\n\n"
            "We have before us the report of the Council. It contains resolution S-18/1.\n")
    record = read(text)
    assert record.doc_type != "letter"
    assert record.addressee is None


def test_a_cables_title_in_capitals_ends_at_its_first_paragraph() -> None:
    text = ("LETTER DATED 22 AUGUST 1975 FROM THE MINISTER FOR FOREIGN\nAFFAIRS OF PORTUGAL TO THE SECRETARY-GENERAL\n"
            "1. YOU ARE AWARE OF THE INTENTIONS OF THE PORTUGUESE GOVERNMENT, IN COMPLIANCE WITH GENERAL ASSEMBLY "
            "RESOLUTION 1514 (XV). THE ACCESSION TO INDEPENDENCE BY MOZAMBIQUE AND CAPE VERDE DEMONSTRATES THIS.\n")
    assert read(text).author_states == ["PRT"]


def test_a_resolution_adopted_told_in_a_sentence_is_no_adopted_texts_heading() -> None:
    text = ("Résolution sur le Sahara : le ministre confirme sa position\n\nLe ministre des Affaires étrangères a indiqué "
            "que le dossier n'est pas clos.\n\n« La résolution adoptée par le Conseil de sécurité a préservé les "
            "fondamentaux de la solution », a-t-il dit de la résolution 2797 (2025).\n")
    record = read(text)
    assert record.doc_type == "other"
    assert record.author_body is None


def test_an_adopted_texts_own_number_is_the_one_its_kind_opens_a_line_with() -> None:
    text = ("Human Rights Council\n\nResolution 3/4. Implementation of General Assembly resolution 60/251: agenda and "
            "methods of work\n\nThe Human Rights Council,\n\nRecalling its decisions 1/103 and 1/104,\n\n"
            "1. Decides to establish a working group.\n")
    numbers = [r["number"] for r in read(text).resolutions]
    assert "3/4" not in numbers
    assert numbers == ["60/251", "1/103", "1/104"]


def test_governments_of_two_states_taking_the_opportunity_are_both_authors() -> None:
    text = ("The governments of the United States and the Arab Republic of Egypt take this opportunity to underscore "
            "the partnership between our two nations in sponsoring resolution 12/16.\n")
    assert read(text).author_states == ["USA", "EGY"]


def test_a_states_government_after_of_the_and_an_adjective_is_spoken_of() -> None:
    text = ("Sir Alec Douglas-Home: As I told the House, we responded to inquiries from the Federal German Government "
            "by pointing out Security Council resolution 253 (1968).\n")
    assert read(text).author_states != ["DEU"]


def test_the_resolution_adopted_by_another_body_is_not_the_one_numbered_later() -> None:
    text = ("Proposed at the initiative of the Japanese government and cosponsored by 43 countries including India and "
            "Brazil, the resolution was adopted unanimously by the Human Rights Council at its 35th session.\n\n"
            "In December 2010, the General Assembly adopted resolution 65/215 on the elimination of discrimination.\n")
    assert read(text).sponsors == []


def test_a_penholder_on_a_states_file_is_not_that_state() -> None:
    text = ("The Security Council unanimously adopted resolution 2727 (2024), extending the mission's mandate.\n\n"
            "As co-penholder on Afghanistan during its Council term, the mission reaffirms its support.\n")
    assert read(text).sponsors == []


def test_the_penholders_on_the_resolution_are_still_named_after_it() -> None:
    text = ("The Council adopted resolution 2727 (2024) today. We thank the co-penholders on the resolution, Japan and "
            "the United Arab Emirates, for their work.\n")
    assert sorted(s["sponsor"] for s in read(text).sponsors) == ["ARE", "JPN"]


def test_emergency_session_numbers_in_a_list() -> None:
    text = ("Israel has violated the two General Assembly resolutions adopted on 4 and 14 July 1967 [resolutions "
            "2253 (ES-V) and 2254 (ES-V)].\n")
    assert read(text).resolutions == [{"body": "GA", "number": "2253 (ES-V)"}, {"body": "GA", "number": "2254 (ES-V)"}]


@pytest.mark.parametrize("text", [
    "Peru condemns the launch. The tests violate the resolutions issued by the Security Council that condemn the proliferation of weapons, "
    "including Resolution 2321 (2016), the Foreign Ministry of Peru said.\n",
    "El Perú condena el lanzamiento. Los ensayos transgreden las resoluciones emitidas por el Consejo de Seguridad que condenan la proliferación de "
    "armas, incluida la Resolución 2321 (2016), señaló la Cancillería del Perú.\n"])
def test_a_relative_clause_after_the_body_that_issued_the_resolutions_is_theirs(text: str) -> None:
    assert [p["stance"] for p in read(text).positions] == ["supports"]


# --- guards from the round's review ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Border clashes\n\nIslamabad: India has continued its violations of the Line of Control, officials said.\n\n"
    "Pakistan strongly condemns these acts and calls for the implementation of resolution 47 (1948).\n",
    "Missile launch\n\nTokyo: North Korea has launched another ballistic missile, the defence ministry said.\n\n"
    "Japan condemns the launch, which violates resolution 2397 (2017).\n"])
def test_a_lead_whose_state_acts_or_stands_under_anothers_capital_is_no_author(text: str) -> None:
    assert read(text).author_states not in (["IND"], ["PRK"])


def test_two_states_taking_part_in_talks_are_no_joint_authors() -> None:
    text = "The governments of Israel and Lebanon take part in indirect talks under resolution 1701 (2006).\n"
    assert read(text).author_states == []


def test_a_letter_greeting_its_readers_before_dear_secretary_general() -> None:
    text = ("New York, 12 May 2015\n\nExcellencies,\n\nDear Secretary-General,\n\nI have the honour to transmit the "
            "joint statement of our Governments on resolution 2222 (2015).\n\nYours sincerely,\nAmbassador of Uruguay\n")
    record = read(text)
    assert (record.doc_type, record.addressee) == ("letter", "SG")


def test_an_adopted_texts_heading_with_its_article_and_date() -> None:
    text = ("La résolution adoptée par le Conseil des droits de l'homme le 5 avril 2024\n55/1. Situation des droits de "
            "l'homme au Bélarus\nLe Conseil des droits de l'homme,\nRappelant sa résolution 52/27,\n")
    record = read(text)
    assert (record.doc_type, record.dated) == ("resolution", "2024-04-05")


def test_a_reports_letter_of_transmittal_keeps_it_a_report() -> None:
    text = ("Report of the Committee on the Exercise of the Inalienable Rights of the Palestinian People\n\n"
            "Letter of transmittal\n\nMr. President,\n\nI have the honour to transmit herewith the report of the "
            "Committee, pursuant to resolution 77/22.\n\nChapter I. Introduction\n")
    assert read(text).doc_type == "report"


def test_a_section_letter_before_a_resolution_is_no_house_of_congress() -> None:
    text = "H. Resolution 2417 (2018) on conflict and hunger\nThe Council condemned the starving of civilians.\n"
    assert read(text).resolutions == [{"body": "SC", "number": "2417 (2018)"}]


def test_a_cited_document_of_another_session_gives_no_body_to_a_bare_number() -> None:
    text = ("Statement by Switzerland\n\nSwitzerland welcomes the report A/HRC/55/22 and recalls resolution 70/1, the "
            "2030 Agenda for Sustainable Development.\n")
    assert read(text).resolutions == [{"body": "GA", "number": "70/1"}]


@pytest.mark.parametrize("text", [
    "Statement\n\nRead also: Australia condemns missile launch\nAustralia welcomes resolution 2231 (2015).\n",
    "Communiqué\n\nVoir aussi : La France condamne l'attaque contre la FINUL\nLa France salue l'adoption de la "
    "résolution 1701 (2006).\n"])
def test_a_link_to_another_story_takes_no_stance(text: str) -> None:
    assert [p["stance"] for p in read(text).positions] == ["supports"]

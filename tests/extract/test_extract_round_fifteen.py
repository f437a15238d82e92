"""The rules of the fifteenth round (2026-12-06, the fourth of the day), each on a small text of the genre it reads,
written for the rule: a State's office-holder named only by the person's name (``officeholders.csv``)."""
from __future__ import annotations

import pytest

from unhrkg.extract import extract_text
from unhrkg.extract.holders import speaking_holders
from unhrkg.model.reference import load_officeholders
from unhrkg.read import normalise


def read(text: str):
    return extract_text(normalise(text), "t.txt")


def holders(text: str) -> list[tuple[str, int]]:
    return [(iso3, weight) for iso3, _, weight in speaking_holders(text, len(text))]


# --- a State's office-holder named by the person's name -------------------------------------------------------------

def test_the_table_is_read_with_its_years() -> None:
    lavrov = [h for h in load_officeholders() if "Sergey Lavrov" in h.names]
    assert lavrov and all(h.iso3 == "RUS" and h.start <= 2004 for h in lavrov)
    assert "Lavrov" in lavrov[0].surnames


def test_a_minister_named_by_name_speaks_for_the_state() -> None:
    text = ("Foreign Minister Sergey Lavrov said on 3 March 2015 that resolution 2202 (2015) must be implemented in full "
            "and that the Minsk package has no alternative.\n")
    record = read(text)
    assert record.author_states == ["RUS"]
    assert [(p["target"]["number"], p["stance"]) for p in record.positions] == [("2202 (2015)", "supports")]


def test_a_speaker_named_in_the_heading() -> None:
    text = ("Statement by H.E. Mr. Vassily Nebenzia at the Security Council, 12 May 2021\n\nMr. President,\n\n"
            "We cannot accept resolution 2254 being read as the draft's sponsors read it.\n")
    assert holders(text) == [("RUS", 4)]
    assert read(text).author_states == ["RUS"]


def test_said_after_the_quote_is_no_vote() -> None:  # (critics are quoted so: "..., said Ambassador Erdan")
    text = ('"This resolution is a step forward," said Foreign Minister Laurent Fabius on 2 May 2013 in Paris.\n')
    assert holders(text) == []


def test_a_surname_alone_needs_a_post_before_it() -> None:
    assert holders("Lavrov said on 3 March 2015 that the talks were useful.\n") == []
    assert holders("Mr. Lavrov said on 3 March 2015 that the talks were useful.\n") == [("RUS", 3)]


def test_a_holder_out_of_office_in_the_texts_year_is_nobodys_voice() -> None:
    assert holders("Boris Johnson said on 3 March 2025 that the resolution was a mistake.\n") == []
    assert holders("Boris Johnson said on 3 March 2020 that the resolution was a mistake.\n") == [("GBR", 3)]


@pytest.mark.parametrize("text", [
    "US Secretary of State Condoleezza Rice said on 2 August 2006 that the resolution meant Iran must stop.\n",  # the State printed
    "The statement was issued by Council President Nicolas de Rivière (France) on 3 June 2021:\n",  # the body's president
    "Secretary of State Condoleezza Rice will arrive on 20 March 2007 for a visit.\n",  # no word said
])
def test_no_holder_vote(text: str) -> None:
    assert holders(text) == []


def test_a_holder_further_on_is_none() -> None:
    text = "The Council met on 3 March 2003.\n\n" + "It heard many speakers. " * 30 + "\n\nJacques Chirac said the resolution was clear.\n"
    assert holders(text) == []


# --- penholders of another text than the one numbered --------------------------------------------------------------

def sponsors(text: str) -> list[tuple[str, str]]:
    return [(s["resolution"]["number"], s["sponsor"]) for s in read(text).sponsors]


def test_a_resolution_adopted_long_ago_is_not_the_penholders() -> None:
    text = ("Explanation of Vote following the adoption of the mandate renewal, 3 June 2022.\n\nNorway welcomes the "
            "extension of the mandate, and we thank the United Kingdom, as penholder, for their approach to the renewal.\n\n"
            "Since the adoption of Security Council resolution 2579, we have seen significant changes on the ground.\n")
    assert sponsors(text) == []


def test_the_resolution_an_adopted_text_goes_back_to_is_not_the_penholders() -> None:
    text = ("Slovenia welcomes the adoption today of a resolution renewing the authorizations for inspections on the high "
            "seas, as originally set out in Resolution 2292.\nWe voted in favour of the text, and we thank both France and "
            "Greece for their efforts as penholders.\n")
    assert sponsors(text) == []


def test_a_resolution_adopted_today_is_still_the_penholders() -> None:
    text = ("Ireland welcomes the adoption today of resolution 2669 (2022).\nWe thank the United Kingdom for its efforts as "
            "penholder.\n")
    assert sponsors(text) == [("2669 (2022)", "GBR")]


def test_the_words_of_a_penholders_file_name_no_penholder() -> None:
    text = ("Mr President,\n\nAs co-penholders of the Syrian humanitarian file, Brazil and Switzerland engaged with all "
            "members on the draft. We recall General Assembly resolution 76/262, adopted by consensus.\n")
    assert "SYR" not in [s for _, s in sponsors(text)]


# --- sponsors listed under a heading above an adopted text --------------------------------------------------------

ADOPTED = ("Resolution adopted by the Human Rights Council\n26/30 Cooperation and assistance to Ukraine in the field of "
           "human rights\nThe Human Rights Council,\nRecalling General Assembly resolution 68/262,\n1. Decides to remain "
           "seized of the matter.\n")


def test_a_sponsor_list_under_its_heading_gives_the_own_resolutions_sponsors() -> None:
    text = ("RES/26/30 Cooperation and assistance to Ukraine\n- Main sponsors1\n- Co-sponsors43\n-\n- Australia\n- Austria\n"
            "- Moldova, Republic of\n-\n- In Favour\n- Benin\n- Chile\n" + ADOPTED)
    assert sponsors(text) == [("26/30", "AUS"), ("26/30", "AUT"), ("26/30", "MDA")]


@pytest.mark.parametrize("text", [
    "Sponsors:\n- Australia\n- Austria\n\nThe Human Rights Council adopted the text.\n",  # no adopted text of its own
    "Co-sponsors\n- Australia\n" + ADOPTED,  # one State: no list
])
def test_no_sponsor_list(text: str) -> None:
    assert [r for r in read(text).sponsors if r["rule"] == "sponsor-list-heading"] == []


# --- a State's own institution named like a UN body; a State adhering to a group's statement ----------------------

def test_a_national_human_rights_council_is_no_un_body() -> None:
    text = ("Statement by the secretary of the National Human Rights Council, Larry Devoe, on the Report of the Office of "
            "the UN High Commissioner for Human Rights\n\nVenezuela adheres to the statement read by China on behalf of the "
            "Like Minded Group of States.\n\nThe mandate given to the Office in General Assembly resolution 48/141 is "
            "inspired by dialogue.\n")
    record = read(text)
    assert "HRC" not in record.bodies
    assert record.author_body is None
    assert record.author_states == ["VEN"]


# --- the second wave: a minister's letterhead, a page about a resolution, a second participle ---------------------

def test_a_ministers_name_alone_atop_a_release_speaks_for_the_state() -> None:
    text = ("The Hon. Alexander Downer, MP\n\nMedia Release\n\n10 October 2006\n\nDPRK: Announcement of Nuclear Test\n\n"
            "North Korea's announcement defies the spirit in which resolution 1695 (2006) was adopted. We call for its "
            "full implementation.\n")
    assert holders(text) == [("AUS", 4)]
    assert read(text).author_states == ["AUS"]


def test_a_line_of_address_is_no_letterhead() -> None:
    text = ("His Excellency Marcel Amon-Tanoh\n\nMinister of Foreign Affairs of Cote d'Ivoire,\n\nExcellencies, Ladies and "
            "Gentlemen,\n\nWe recall resolution 2334 (2016), adopted on 23 December 2016.\n")
    assert holders(text) == []


def test_an_acronym_in_the_post_before_the_name() -> None:
    text = ("Chairman of the Authority (PA) Mahmoud Abbas called upon the international community on 31 December 2016 "
            "to implement resolution 2334 (2016).\n")
    assert holders(text) == [("PSE", 3)]


def test_a_page_about_a_resolution_is_no_resolution_and_its_symbol_is_cited() -> None:
    text = ("= United Nations General Assembly Resolution 68/262 =\n\nInfobox\n- Number: 68/262\n- Organ: GA\n"
            "- Code: A/RES/68/262\n- For: 100\n\nUnited Nations General Assembly Resolution 68/262 was adopted on 27 March "
            "2014. The resolution was introduced by Canada, Costa Rica, Germany, Lithuania, Poland, and Ukraine.\n")
    record = read(text)
    assert record.symbol is None and record.doc_type == "other"
    assert record.resolutions == [{"body": "GA", "number": "68/262"}]
    assert sponsors(text) == [("68/262", s) for s in ("CAN", "CRI", "DEU", "LTU", "POL", "UKR")]


def test_the_resolutions_own_text_keeps_its_symbol() -> None:
    text = ("A/RES/68/262\n\nResolution adopted by the General Assembly on 27 March 2014\n\n68/262. Territorial integrity "
            "of Ukraine\n\nThe General Assembly,\n\nReaffirming the paramount importance of the Charter,\n\n1. Affirms its "
            "commitment.\n")
    assert read(text).symbol == "A/RES/68/262"


def test_fronted_drafters_before_a_second_participle() -> None:
    text = ("On 3 May 2016 the Security Council adopted Resolution 2286 (2016). Drafted by Egypt, Japan and Uruguay and "
            "co-sponsored by 84 Member States, the resolution calls for greater protection.\n")
    assert sponsors(text) == [("2286 (2016)", "EGY"), ("2286 (2016)", "JPN"), ("2286 (2016)", "URY")]


# --- guards after a second engineer's review: the reading of the round's starting rules kept -------------------------

@pytest.mark.parametrize("text", [
    # a dateline puts the text in another State: Kyiv's reaction to what Moscow's president said
    "KYIV, 3 March 2022 - President Vladimir Putin said on Thursday that Russia would ignore resolution ES-11/1. "
    "Ukraine welcomes the resolution.\n",
    # people of two States speak in the opening: a news item quoting both
    "UN News, 18 March 2024\n\nForeign Minister Sergey Lavrov said on Monday that Moscow would veto any draft. Ambassador "
    "Linda Thomas-Greenfield welcomed the vote on resolution 2728 (2024).\n",
    # the heading's "with" and "of" are not its speaker's "by"
    "Readout of the Secretary-General's meeting with President Volodymyr Zelenskyy, 3 May 2023\n\nThe Secretary-General "
    "recalled resolution ES-11/1.\n",
    "Remarks on the visit of President William Ruto to Haiti, 3 May 2024\n\nThe mission under resolution 2699 (2023) "
    "was discussed.\n",
    # a letter's first lines name its addressee
    "H.E. Mr. Vassily Nebenzia\nPresident of the Security Council\n\nExcellency,\n\nI write on 3 July 2023 about "
    "resolution 2254 (2015).\n",
    # a former holder, and a surname after "Mr." in a text with no date
    "Former President Barack Obama said on 3 March 2016 that resolution 2231 (2015) was working.\n",
    "Mr. Lavrov said that resolution 2231 (2015) was working.\n",
    # critics are quoted after "said"
    '"This resolution is biased," said Foreign Minister Laurent Fabius on 2 May 2013.\n',
])
def test_no_holder_where_the_review_found_one_wrongly(text: str) -> None:
    assert holders(text) == []


@pytest.mark.parametrize(("text", "symbol"), [
    ("S/RES/2417 (2018)\n\nThe Security Council,\n\n1. Condemns the use of starvation of civilians.\n2. Demands that all "
     "parties comply.\n", "S/RES/2417 (2018)"),  # operative paragraphs only
    ("A/HRC/DEC/18/118\n\nOutcome of the universal periodic review: Bhutan\n\nAt its 30th meeting, on 28 September 2011, "
     "the Human Rights Council adopted the outcome of the review of Bhutan.\n", "A/HRC/DEC/18/118"),  # a decision told
])
def test_an_adopted_texts_own_copy_keeps_its_symbol(text: str, symbol: str) -> None:
    assert read(text).symbol == symbol


def test_a_sponsor_list_under_an_amendments_line_is_the_amendments() -> None:
    text = ("RES/53/1 Countering religious hatred\n- Amendment L.45\n- Sponsors\n- Belgium\n- Germany\n-\n- Main sponsors\n"
            "- Pakistan\n- Egypt\n-\nResolution adopted by the Human Rights Council on 12 July 2023\n53/1. Countering "
            "religious hatred\nThe Human Rights Council,\nReaffirming the purposes and principles of the Charter,\n"
            "1. Condemns any advocacy of religious hatred.\n")
    assert sponsors(text) == [("53/1", "PAK"), ("53/1", "EGY")]

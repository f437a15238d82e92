"""The rules of the twenty-third round (2026-12-07, the third session of the day), each on a small text of the genre it
reads, written for the rule, not for a document of the held-out sets."""
from __future__ import annotations

import pytest
from helpers.extract import read, record_sponsors, record_stances

# --- a letter's address lines: the body they name, not the State a page's headline or a letterhead names above it ------

ADDRESSED = {
    "headline": ("Israel protests to UN\n\nH.E. Mr. Ban Ki-moon\nSecretary-General\nUnited Nations\nNew York\n\nExcellency,\n\n"
                 "I write to you regarding a serious violation of Security Council resolution 1701 (2006).\n\nSincerely,\n"
                 "Gabriela Shalev\nPermanent Representative of Israel to the United Nations\n"),
    "letterhead": ("PERMANENT MISSION OF THE REPUBLIC OF GHANA\n\nH.E. Mr. Omar Zniber\nPresident of the Human Rights Council\n"
                   "Geneva\n\nExcellency,\n\nI have the honour to refer to Human Rights Council resolution 5/1.\n"),
}


@pytest.mark.parametrize("kind", sorted(ADDRESSED))
def test_a_letters_address_lines_name_the_body_below_a_states_headline_or_letterhead(kind: str) -> None:
    assert read(ADDRESSED[kind]).addressee == {"headline": "SG", "letterhead": "HRC"}[kind]


def test_a_letter_addressed_to_a_state_keeps_the_state() -> None:
    text = ("H.E. Mr. Ahmed Ali\nMinister of Foreign Affairs of the Republic of Kenya\nNairobi\n\nExcellency,\n\n"
            "I have the honour to refer to General Assembly resolution 77/1.\n")
    assert read(text).addressee == "KEN"


# --- a body of the Organization as the subject of a stance verb: the body's act, not the author's ----------------------

def test_a_session_of_the_assembly_rejecting_is_the_assemblys_act() -> None:
    text = ("Statement by the Embassy of China\n\nThe sovereignty over Taiwan has long been affirmed by UNGA Resolution 2758. "
            "On October 25, 1971, prior to adopting UNGA Resolution 2758, the 26th session of the UNGA overwhelmingly rejected "
            "the proposals to create two Chinas. China firmly upholds resolution 2758.\n")
    assert ("2758 (XXVI)", "rejects") not in record_stances(text)


def test_the_author_rejecting_beside_the_assembly_is_still_the_authors_stance() -> None:
    text = ("Statement by the Ministry of Foreign Affairs of the Syrian Arab Republic\n\nSyria rejects resolution 68/262, which "
            "the General Assembly adopted last week.\n")
    assert ("68/262", "rejects") in record_stances(text)


# --- a resolution a draft's quoted title names: what the draft is about, not a resolution adopted or invoked ---------------

DRAFT_TITLE = ("EXPLANATION OF POSITION BY THE DELEGATION OF EGYPT BEFORE THE ADOPTION OF THE DRAFT RESOLUTION A/72/L.64 "
               "ENTITLED \"REVIEW OF THE IMPLEMENTATION OF GENERAL ASSEMBLY RESOLUTION 68/1 ON THE STRENGTHENING OF THE "
               "ECONOMIC AND SOCIAL COUNCIL\"\n\nMr. President,\n\nI have the honour to deliver this explanation of position "
               "before the adoption of the draft resolution entitled \"Review of the implementation of General Assembly "
               "resolution 68/1\". Egypt joined the consensus on the draft.\n")


def test_a_resolution_named_only_in_a_drafts_title_takes_no_stance() -> None:
    assert [s for s in record_stances(DRAFT_TITLE) if s[0] == "68/1"] == []


def test_the_same_resolution_cited_outside_the_title_is_still_invoked() -> None:
    text = DRAFT_TITLE + "\nIn accordance with General Assembly resolution 68/1, the review must strengthen the Council.\n"
    assert ("68/1", "supports") in record_stances(text)


def test_a_quotation_that_names_a_draft_then_a_resolution_is_no_drafts_title() -> None:
    from unhrkg.extract.objects import in_draft_title
    text = ('He answered the question: "On September 27, the Council failed to adopt the draft resolution for a technical '
            'extension. Resolution 2231 must be implemented."')
    assert in_draft_title(text, text.index("Resolution 2231")) is False
    titled = 'the draft resolution A/79/L.5 entitled "Follow-up to resolution 2231"'
    assert in_draft_title(titled, titled.index("resolution 2231")) is True


# --- references: "SCRs 1203 and 1244"; another organisation's texts numbered as the UN's are ---------------------------

def _resolutions(text: str) -> list[tuple[str, str]]:
    return [(r["body"], r["number"]) for r in read(text).resolutions]


def test_scrs_plural_names_council_resolutions() -> None:
    assert _resolutions("The embargo stands. SCRs 1203 and 1244 allow supplies to the missions.\n") == [
        ("SC", "1203 (1998)"), ("SC", "1244 (1999)")]


@pytest.mark.parametrize("text", [
    "The OSCE is placed to help with its mandate as given by MC decision 7/11.",
    "OSCE Permanent Council Decision No. 1117 extended the mission.",
    "PACE Resolution 2133 (2016) calls on the authorities to act.",
    "The AU PSC decision 5/12 set out the plan.",
    "Council Decision 2010/413/CFSP imposes restrictive measures.",
])
def test_another_organisations_resolution_or_decision_is_no_un_resolution(text: str) -> None:
    assert _resolutions(text) == []


def test_the_un_bodies_own_resolutions_stay() -> None:
    assert _resolutions("The Human Rights Council resolution 5/1 and the Security Council resolution 1325 guide us.") == [
        ("HRC", "5/1"), ("SC", "1325 (2000)")]


# --- the OSCE hears statements: its Forum for Security Co-operation, its Permanent and Ministerial Councils -------------

@pytest.mark.parametrize("text", [
    ("Statement on the anniversary of resolution 1325\n\nDelivered by Ambassador Jane Doe at the Forum for Security "
     "Cooperation, Vienna, 21 October 2020.\n\nMr. Chair,\n\nNorway welcomes the discussion on resolution 1325.\n"),
    ("Statement by the Delegation of Azerbaijan at the 1128th meeting of the OSCE Permanent Council\n\nMr. Chairperson,\n\n"
     "Azerbaijan recalls Security Council resolutions 822 and 853.\n"),
])
def test_a_statement_delivered_at_an_osce_organ_is_addressed_to_the_osce(text: str) -> None:
    assert read(text).addressee == "OSCE"


# --- sponsors named after the resolution's adoption, joined by "and" -------------------------------------------------------

@pytest.mark.parametrize("text", [
    ("Statement by the Ministry of Foreign Affairs of Spain\n\nResolution 2270 of the Security Council, adopted on 2 March "
     "unanimously and co-sponsored by 53 States, including Spain, strengthens the regime.\n"),
    ("Comunicado del Ministerio de Asuntos Exteriores de España\n\nLa Resolución 2270 del Consejo de Seguridad, adoptada el "
     "pasado 2 de marzo por unanimidad y con el copatrocinio de 53 Estados, entre ellos España, complementa el régimen.\n"),
])
def test_a_resolution_adopted_and_co_sponsored_by_names_its_sponsors(text: str) -> None:
    assert record_sponsors(text) == [("2270 (2016)", "ESP")]


def test_adopted_and_welcomed_by_names_no_sponsor() -> None:
    assert record_sponsors("Statement by Spain\n\nResolution 2270 was adopted by the Council and welcomed by Japan.\n") == []


# --- a speech's heading naming a director's post before the speaker ------------------------------------------------------

def test_a_directors_post_before_the_speakers_name_is_his_title() -> None:
    text = ("Intervención del Director General de Política Exterior, Embajador Alfredo Labbé\n\n"
            "Chile agradece la convocatoria sobre la resolución 1540 (2004).\n")
    assert [(s["name"], s["titles"]) for s in read(text).signatories] == [
        ("Alfredo Labbé", ["Director General de Política Exterior", "Embajador"])]


def test_a_predicate_after_a_dash_following_unscr_is_said_of_the_new_subject() -> None:
    text = ("Statement by the Permanent Representative of Maldives\n\nMr. President,\n\nOur position remains clear and unchanged; "
            "we reaffirm UNSCR 2334 - all settlement activity is illegal under international law.\n")
    assert [p["rule"] for p in read(text).positions if p["rule"].startswith("cue-rejects")] == []


# --- guards from the review of this round's rules ------------------------------------------------------------------------

LETTER_END = "\n\nExcellency,\n\nI have the honour to transmit the position of my Government.\n"


@pytest.mark.parametrize("address, expected", [
    ("H.E. Mr. Jürg Lauber\nPermanent Representative of Switzerland to the\nUnited Nations Office at Geneva", "CHE"),
    ("H.E. Mr. Álvaro Leyva\nMinister of Foreign Affairs of Colombia\nBogotá\n\nUniversal Periodic Review of Colombia: follow-up",
     "COL"),
    ("H.E. Mr. Christoph Heusgen\nPermanent Representative of Germany to the United Nations\nPresident of the Security Council",
     "SC"),
    ("PERMANENT MISSION OF PAKISTAN\nTO THE UNITED NATIONS\n\nThe President of the Security Council\nNew York", "SC"),
])
def test_a_letters_address_block_names_the_person_written_to_or_the_chair_they_hold(address: str, expected: str) -> None:
    assert read("New York, 3 July 2019\n\n" + address + LETTER_END).addressee == expected


@pytest.mark.parametrize("text", [
    ('Statement by Ireland\n\nIreland voted in favour of the draft, because, in the words of our Minister, "we are guided '
     'by resolution 2334 (2016) and call for its implementation."\n'),
    ("Press release of the Ministry of Foreign Affairs of Italy\n\nRome, 14 July 2021\n\nThe Minister said: \"Italy supports "
     "the draft resolution ‘Follow-up to resolution 68/1’ and we fully support resolution 2231.\"\n"),
])
def test_a_quotation_after_a_draft_that_is_no_title_keeps_the_authors_stance(text: str) -> None:
    assert [s for s in record_stances(text) if s[0] in ("2334 (2016)", "2231 (2015)")] == [
        ("2334 (2016)" if "2334" in text else "2231 (2015)", "supports")]


def test_joining_consensus_on_a_draft_takes_no_stance_on_the_resolution_its_title_names() -> None:
    text = ('Explanation of vote by the United States\n\nMr. President,\n\nThe United States joins consensus on the draft '
            'resolution entitled "Review of the implementation of resolution 68/1 on the strengthening of the Economic and '
            'Social Council". We remain committed to a more effective Council.\n')
    assert record_stances(text) == []


@pytest.mark.parametrize("text", [
    "The OSCE UNSCR 1325 action plan guides our work on women, peace and security.",
    "We value the OSCE's resolution 1325 work in the region.",
])
def test_an_organ_named_as_an_attribute_of_a_council_resolution_keeps_it(text: str) -> None:
    assert _resolutions(text) == [("SC", "1325 (2000)")]


def test_rejecting_another_organisations_resolution_is_no_rejection_of_the_un_one_after_it() -> None:
    text = ("Statement by Venezuela\n\nCaracas, 1 June 2019\n\nVenezuela rejects OAS resolution 1078 and recalls UN resolution "
            "2625 (XXV) on friendly relations among States.\n")
    assert ("2625 (XXV)", "rejects") not in record_stances(text)


@pytest.mark.parametrize("text, expected", [
    ("Statement by Spain\n\nResolution 1325 (2000), adopted twenty years ago and promoted by Spain ever since, guides us.\n", []),
    ("Statement by Sweden\n\nResolution 2401 (2018), adopted unanimously today and led by Sweden and Kuwait, demands a ceasefire.\n",
     [("2401 (2018)", "SWE"), ("2401 (2018)", "KWT")]),
])
def test_only_a_verb_of_tabling_after_the_adoption_names_sponsors(text: str, expected: list[tuple[str, str]]) -> None:
    assert sorted(record_sponsors(text)) == sorted(expected)


def test_a_session_spelt_out_rejecting_is_the_assemblys_act() -> None:
    text = ("Statement by the Ministry of Foreign Affairs of Azerbaijan\n\nIn 2014, the sixty-eighth session of the General "
            "Assembly overwhelmingly rejected the referendum held in Crimea, adopting resolution 68/262.\n")
    assert ("68/262", "rejects") not in record_stances(text)


def test_an_honorific_printed_h_space_e_is_no_part_of_the_name() -> None:
    text = ("Statement by\n\nH E. Ms Thilmeeza Hussain, Permanent Representative\n\nAt the UNSC Open Debate on the Situation in "
            "the Middle East\n\nThank you, Mr President,\n\nMy Delegation recalls resolution 2334 (2016).\n")
    assert [s["name"] for s in read(text).signatories] == ["Thilmeeza Hussain"]


@pytest.mark.parametrize("text", [
    "La France rappelle la décision 7/11 du Conseil ministériel de l'OSCE sur la prévention des conflits.",
    "Venezuela rechaza la resolución 1078 del Consejo Permanente de la OEA sobre la situación.",
    "The mission recalls decision 7/11 of the OSCE Ministerial Council on conflict prevention.",
])
def test_another_organisations_organ_named_after_the_number_issues_no_un_resolution(text: str) -> None:
    assert _resolutions(text) == []


# --- guards from the second review -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("address, expected", [
    ("The President of the Security Council\nH.E. Mr. Vassily Nebenzia\nPermanent Representative of the Russian Federation", "SC"),
    ("The Secretary-General\nUnited Nations\nNew York\n\ncc:\nH.E. Mr. Volkan Bozkır\nPresident of the General Assembly", "SG"),
    ("H.E. Mr. Abdelbagi\nMinister of Foreign Affairs\nRepublic of the Sudan\n\ncc:\nUnited Nations High Commissioner for Human "
     "Rights", "SDN"),
    ("THE PRESIDENT OF THE GENERAL ASSEMBLY\n\nMr. Kung Chi-nam\nPermanent Representative of Fiji\nNew York", "FJI"),
    ("H.E. Mr. Volodymyr Zelenskyy\nPresident of Ukraine\nKyiv\n\nSecretary-General of the United Nations", "UKR"),
])
def test_the_office_written_to_comes_first_in_or_above_the_address_not_in_a_copy_or_a_letterhead(address: str, expected: str) -> None:
    assert read("New York, 1 December 2020\n\n" + address + LETTER_END).addressee == expected


@pytest.mark.parametrize("text", [
    ('Statement by Iran\n\nOn the US draft resolution, "this text is a blatant violation of resolution 2231 and Iran firmly '
     'supports resolution 2231," Foreign Minister Zarif told reporters.\n'),
    ("Déclaration de l'Algérie\n\nPrésentant le projet de résolution A/76/L.20 : « L'Algérie réaffirme son plein appui à la "
     "résolution 1514 (XV) », a déclaré l'ambassadeur.\n"),
])
def test_a_speakers_words_after_a_comma_or_colon_following_a_draft_are_no_title(text: str) -> None:
    from unhrkg.extract.objects import in_draft_title
    number = "2231" if "2231" in text else "1514"
    assert in_draft_title(text, text.index(number)) is False


@pytest.mark.parametrize("text", [
    "Statement by Iran\n\nResolution 2231, adopted on Monday and presented by Iran as a diplomatic victory, ends the sanctions.\n",
    "Statement by Kenya\n\nResolution 1540 (2004), adopted in 2004 and introduced by Kenya into its legislation in 2011, binds all.\n",
])
def test_adopted_then_a_verb_that_may_tell_other_than_tabling_names_no_sponsor(text: str) -> None:
    assert record_sponsors(text) == []


def test_an_institution_after_a_directors_post_is_no_speakers_name() -> None:
    text = ("Intervención de la Directora de Derechos Humanos, Ministerio de Relaciones Exteriores de Chile, en el diálogo "
            "interactivo\n\nChile recuerda la resolución 5/1.\n")
    assert read(text).signatories == []


@pytest.mark.parametrize("text", [
    ("Déclaration du ministère chinois\n\nEn 1971, la 26e session de l'Assemblée générale a rejeté les propositions et adopté "
     "la résolution 2758.\n"),
    ("Statement by the Embassy of China\n\nOn October 25, 1971, the 26th session of UNGA overwhelmingly rejected the "
     "proposals and adopted resolution 2758.\n"),
])
def test_the_assemblys_session_rejecting_is_no_tone_of_the_author(text: str) -> None:
    assert ("2758 (XXVI)", "rejects") not in record_stances(text)


# --- a joint statement's States "joined by" others ------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Joint statement by France, Germany and the United Kingdom, joined by Italy and Spain\n\nWe welcome resolution 2254.\n",
     {"FRA", "DEU", "GBR", "ITA", "ESP"}),
    ("Joint Statement of Norway, Sweden and Finland, also joined by Denmark and Iceland\n\nWe recall resolution 2254.\n",
     {"NOR", "SWE", "FIN", "DNK", "ISL"}),
    ("I have the honour to speak on behalf of France, Germany and the United Kingdom, joined today by Italy and Spain.\n\n"
     "We recall resolution 2254.\n", {"FRA", "DEU", "GBR", "ITA", "ESP"}),
    ("Statement by Ghana\n\nGhana welcomes resolution 2254, joined by many in this hall.\n", {"GHA"}),
])
def test_the_states_a_joint_statement_is_joined_by_are_its_authors_too(text: str, expected: set[str]) -> None:
    assert set(read(text).author_states) == expected


def test_a_numbered_oral_question_glued_to_its_members_name_is_put_to_the_government() -> None:
    text = ("§ 12. Mr. PageTo ask the Secretary of State for Foreign and Commonwealth Affairs what plans he has to meet the "
            "Israeli Prime Minister.\n§ Mr. Douglas HoggMy right hon. Friend hopes to meet the Israeli Prime Minister. "
            "Israel must conform with resolution 242.\n")
    assert read(text).author_states == ["GBR"]


# --- a speech's heading ending on the meeting's date -----------------------------------------------------------------------

@pytest.mark.parametrize("heading, expected", [
    ("Statement by Ambassador A. K. Mukerji, Permanent Representative of India, at the Security Council Open Debate on "
     "'Combating Terrorism' on 19 November,  2014", "2014-11-19"),
    ("Statement by the Ministry of Foreign Affairs regarding the discussions at the UN Security Council held on August 16, 2023",
     None),
])
def test_a_speech_heading_that_ends_on_its_meetings_date_is_dated_by_it(heading: str, expected: str | None) -> None:
    text = heading + "\n\nMadam President,\n\nIndia supports resolution 2178 (2014).\n"
    assert read(text).dated == expected


@pytest.mark.parametrize("text, expected", [
    ("LEGAL CONSEQUENCES OF THE SEPARATION OF THE CHAGOS ARCHIPELAGO FROM MAURITIUS IN 1965 (REQUEST FOR ADVISORY OPINION)\n"
     "WRITTEN STATEMENT\nOF THE GOVERNMENT OF AUSTRALIA\n27 FEBRUARY 2018\n\n1. By Resolution 71/292 the General Assembly "
     "requested an advisory opinion.\n", "ICJ"),
    ("Statement by the Government of Norway\n\nNorway abstained on the request for an advisory opinion in resolution 77/247 "
     "of the General Assembly.\n", None),
])
def test_a_states_written_statement_in_advisory_proceedings_is_addressed_to_the_court(text: str, expected: str | None) -> None:
    assert read(text).addressee == expected


# --- guards from the third review ------------------------------------------------------------------------------------------

def test_a_headings_topic_list_after_of_adds_no_authors() -> None:
    text = "Statement by France on the sovereignty of Georgia, Moldova and Ukraine\n\nFrance recalls resolution 68/262.\n"
    assert not {"MDA", "UKR"} & set(read(text).author_states)


def test_an_order_paper_of_questions_without_answers_speaks_for_no_government() -> None:
    text = ("Order Paper - Questions for Oral Answer\n\n§ 12. Mr. PageTo ask the Secretary of State for Foreign and "
            "Commonwealth Affairs if he will support resolution 242 of the Security Council.\n\n§ 13. Mr. CorbynTo ask the "
            "Secretary of State for Foreign and Commonwealth Affairs if he will condemn resolution 3379 of the General Assembly.\n")
    assert read(text).author_states == []


@pytest.mark.parametrize("text, expected", [
    ("Remarks by Ambassador Samantha Power at the Security Council meeting on the downing of Malaysia Airlines Flight MH17 on 17 "
     "July 2014\n\nNew York, 21 July 2014\n\nThank you, Mr. President.\n", "2014-07-21"),
    ("Remarks by Ambassador Karen Pierce at the Security Council briefing on the genocide in Srebrenica on 11 July 1995\n\n"
     "Thank you, Madam President.\n", None),
])
def test_a_dateline_below_or_an_events_day_outweighs_the_headings_last_date(text: str, expected: str | None) -> None:
    assert read(text).dated == expected


@pytest.mark.parametrize("text", [
    ("INTERNATIONAL TRIBUNAL FOR THE LAW OF THE SEA\nREQUEST FOR AN ADVISORY OPINION SUBMITTED BY THE COMMISSION OF SMALL ISLAND "
     "STATES\nWRITTEN STATEMENT OF THE REPUBLIC OF CHILE\n\n1. Chile recalls resolution 77/276.\n"),
    ("Request for advisory opinion on climate change\nPress release of the Ministry of Foreign Affairs of Vanuatu\n\nVanuatu "
     "welcomes resolution 77/276.\n"),
    ("Statement by Vanuatu\n\nVanuatu led a coalition of States that campaigned for a request for an advisory opinion\nfrom the "
     "International Court of Justice, granted by resolution 77/276.\n"),
])
def test_another_courts_proceedings_a_release_or_prose_about_a_request_is_not_addressed_to_the_court(text: str) -> None:
    assert read(text).addressee != "ICJ"


@pytest.mark.parametrize("text, expected", [
    ("I wish, on behalf of the Government of Jamaica, to thank you, Mr. President, for this debate on resolution 1325.\n", ["JAM"]),
    ("I thank, on behalf of my delegation, the President for this debate on resolution 1325.\n", []),
    ("I thank the representative of Egypt, who spoke on behalf of the Arab Group, for recalling resolution 1325.\n", []),
])
def test_speaking_on_behalf_of_a_states_government_names_the_state(text: str, expected: list[str]) -> None:
    assert read(text).author_states == expected

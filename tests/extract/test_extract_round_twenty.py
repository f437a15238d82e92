"""The rules of the twentieth round (2026-12-06, a session of the night), each on a small text of the genre it reads,
written for the rule, not for a document of the held-out sets."""
from __future__ import annotations

import pytest
from helpers.extract import read, record_sponsors

# --- "We, the ministers and representatives of A, B and C": the States a joint text speaks for -------------------------

MET_TOGETHER = {
    "en": ("We, the ministers and representatives of Canada, Egypt, France and Japan, met in Rome to discuss the crisis in "
           "Syria.\nWe remain committed to a political solution based on Security Council resolution 2254.\n"),
    "fr": ("Nous, ministres et représentants du Canada, de l’Égypte, de la France et du Japon, nous sommes réunis à Rome pour "
           "échanger sur la crise syrienne.\nNous restons attachés à une solution politique fondée sur la résolution 2254 du "
           "Conseil de sécurité.\n"),
    "es": ("Nosotros, los ministros y representantes de Canadá, Egipto, Francia y Japón, nos reunimos en Roma para examinar la "
           "crisis siria.\nSeguimos comprometidos con una solución política basada en la resolución 2254 del Consejo de "
           "Seguridad.\n"),
}


@pytest.mark.parametrize("lang", sorted(MET_TOGETHER))
def test_we_the_ministers_and_representatives_of_a_list_are_its_authors(lang: str) -> None:
    record = read(MET_TOGETHER[lang])
    assert record.author_states == ["CAN", "EGY", "FRA", "JPN"]
    assert [(p["target"]["number"], p["stance"]) for p in record.positions] == [("2254 (2015)", "supports")]


def test_ministers_and_representatives_thanked_are_not_the_authors() -> None:
    text = "We thank the ministers and representatives of Canada, Egypt, France and Japan for their visit.\nThe Council adopted resolution 2254.\n"
    assert read(text).author_states == []


# --- "By initiating this resolution, Germany ...": a deed told by a gerund opening the sentence, its agent after -------

GERUND_FIRST = {
    "en": ("Statement by the Permanent Mission\n\nFive years ago, Security Council resolution 2467 was adopted. By initiating "
           "this resolution, Germany put special emphasis on accountability.\n"),
    "fr": ("Déclaration\n\nIl y a cinq ans, le Conseil de sécurité adoptait la résolution 2467. En déposant cette résolution, "
           "l'Allemagne a mis l'accent sur la responsabilité.\n"),
    "es": ("Declaración\n\nHace cinco años, el Consejo de Seguridad aprobó la resolución 2467. Al impulsar esta resolución, "
           "Alemania puso el acento en la rendición de cuentas.\n"),
}


@pytest.mark.parametrize("lang", sorted(GERUND_FIRST))
def test_a_sponsors_gerund_opening_the_sentence_credits_the_subject_after_it(lang: str) -> None:
    assert record_sponsors(GERUND_FIRST[lang]) == [("2467 (2019)", "DEU")]


def test_the_evidence_of_a_fronted_gerund_is_its_sentence() -> None:
    assert [s["evidence"] for s in read(GERUND_FIRST["en"]).sponsors] == [
        "By initiating this resolution, Germany put special emphasis on accountability."]


@pytest.mark.parametrize("text", [
    "Statement\n\nBy adopting resolution 2467, the Security Council put special emphasis on accountability.\n",
    "Statement\n\nIn introducing resolution 2467, the representative of Germany said the text was a step.\n",
])
def test_a_fronted_gerund_that_tables_nothing_or_names_no_state_after_it_credits_none(text: str) -> None:
    assert record_sponsors(text) == []


# --- "... resolution 2242 today – we are very proud to be a co-sponsor.": the author's, the resolution named before ---

PROUD_SPONSOR = {
    "en": ("Statement by the Netherlands\n\nI congratulate the Security Council on adopting resolution 1325 fifteen years ago "
           "and on adopting resolution 2242 today – we are very proud to be a co-sponsor.\n"),
    "fr": ("Déclaration des Pays-Bas\n\nJe félicite le Conseil de sécurité pour l'adoption de la résolution 1325 il y a quinze "
           "ans et de la résolution 2242 aujourd'hui ; nous sommes fiers d'en être coauteurs.\n"),
    "es": ("Declaración de los Países Bajos\n\nFelicito al Consejo de Seguridad por la aprobación de la resolución 1325 hace "
           "quince años y de la resolución 2242 hoy; estamos orgullosos de ser copatrocinadores.\n"),
}


@pytest.mark.parametrize("lang", sorted(PROUD_SPONSOR))
def test_proud_to_be_a_co_sponsor_closing_a_sentence_is_the_authors_sponsorship_of_the_last_resolution(lang: str) -> None:
    assert record_sponsors(PROUD_SPONSOR[lang]) == [("2242 (2015)", "NLD")]


@pytest.mark.parametrize("sentence", [
    "The Council adopted resolution 2242 today; the United Kingdom is proud to be a co-sponsor.",  # another's
    "The Council adopted resolution 2242 today; we are not proud to be a co-sponsor.",  # denied
    "The Council adopted resolution 2242 today; we are proud to be a co-sponsor of many texts on this agenda.",  # others
])
def test_proud_to_be_a_co_sponsor_said_of_another_denied_or_of_other_texts_credits_the_author_nothing(sentence: str) -> None:
    assert record_sponsors(f"Statement by the Netherlands\n\n{sentence}\n") == []


# --- the author: feelings a State voices as a speaking verb; a partner phrase fronted; "on behalf of the delegations of"

@pytest.mark.parametrize("text, author", [
    ("Monsieur le Président,\nJe fais cette déclaration à titre national.\nLa Suisse s’inquiète des violations continues du "
     "droit international humanitaire. La voie à suivre est la résolution 2254.\n", "CHE"),
    ("Señor Presidente:\nHago esta declaración a título nacional.\nEl Uruguay se preocupa por las violaciones del derecho "
     "internacional humanitario. El camino es la resolución 2254.\n", "URY"),
])
def test_a_state_voicing_its_concern_is_the_speaker(text: str, author: str) -> None:
    assert read(text).author_states == [author]


@pytest.mark.parametrize("text", [
    "Mr President,\nWith our partners from Liechtenstein, Switzerland has supported the working group on women, peace and "
    "security. We welcome resolution 2106.\n",
    "Monsieur le Président,\nAvec nos partenaires du Liechtenstein, la Suisse a soutenu le groupe de travail. Nous saluons la "
    "résolution 2106.\n",
])
def test_the_subject_after_a_fronted_partner_phrase_speaks_not_the_partner(text: str) -> None:
    assert read(text).author_states == ["CHE"]


@pytest.mark.parametrize("text, authors", [
    ("Statement by the Permanent Representative of Argentina\n\nI have the honour to take the floor on behalf of the delegations "
     "of Argentina and Brazil to explain our votes on resolution 71/130.\n", ["ARG", "BRA"]),
    ("Intervención del Representante Permanente de la Argentina\n\nTengo el honor de hacer uso de la palabra en nombre de las "
     "delegaciones de la Argentina y Brasil para explicar nuestros votos sobre la resolución 71/130.\n", ["ARG", "BRA"]),
    ("Intervention du représentant permanent de la France\n\nJ'ai l'honneur de prendre la parole au nom des délégations de la "
     "France et de l'Allemagne pour expliquer nos votes sur la résolution 71/130.\n", ["FRA", "DEU"]),
])
def test_a_statement_on_behalf_of_the_delegations_of_a_list_is_theirs(text: str, authors: list[str]) -> None:
    assert read(text).author_states == authors


# --- dates: a date glued to the text after it; a statement heading's date in brackets closing its line -------------------

def test_a_date_glued_to_the_word_after_it_is_read() -> None:
    text = ("Press Releases\n\nWritten statement by the Government Spokesman\n15/11/2014Thirty one years are completed today "
            "from the unilateral declaration, which Security Council resolution 541 (1983) condemned.\n")
    assert read(text).dated == "2014-11-15"


@pytest.mark.parametrize("glued", ["2019-02-03T10:00", "12 March 2019A/HRC/40/1", "5 May 2020abc"])
def test_a_date_run_into_a_code_or_a_lower_case_word_is_no_date(glued: str) -> None:
    from unhrkg.extract.dates import find_dates
    assert find_dates(glued) == []


YEMEN_PAGE = ("Foreign Office\nPrintable version\n\nYemen and the region: joint statement by Saudi Arabia, the UAE, the UK and "
              "the US on the escalating tensions in the region and the dangers they pose to peace, security and navigation in "
              "the Gulf and beyond, published with the texts that the four governments agreed at their latest meeting\n\nThe "
              "Yemen Quad of Saudi Arabia, the United Arab Emirates, the United Kingdom and the United States expressed "
              "concern over escalating tensions in the region.\n\n{line}\n\nThe four call for full implementation of UNSCR "
              "2216.\n")


def test_a_statement_headings_date_in_brackets_closing_its_line_is_the_texts_own() -> None:
    line = ("Statement on behalf of the governments of Saudi Arabia, the United Arab Emirates, the United Kingdom and the "
            "United States of America (23 June 2019):")
    assert read(YEMEN_PAGE.format(line=line)).dated == "2019-06-23"


def test_a_date_in_brackets_inside_a_sentence_is_not_the_texts_own() -> None:
    line = "The four recalled their talks in London (23 June 2019) and their joint statement."
    assert read(YEMEN_PAGE.format(line=line)).dated is None


# --- numbers listed with the year each was adopted in, and "as well as" between two ---------------------------------------

def test_a_list_of_council_numbers_each_with_its_year_is_read_whole() -> None:
    text = ("Statement by the Permanent Mission of India\n\nThe Council has adopted landmark resolutions, including 1373 in 2001, "
            "2178 in 2014, 2462 and 2482 in 2019 as well as 2593 in 2021.\n")
    numbers = [r["number"] for r in read(text).resolutions]
    assert numbers == ["1373 (2001)", "2178 (2014)", "2462 (2019)", "2482 (2019)", "2593 (2021)"]


def test_as_well_as_joins_two_numbers_of_one_list() -> None:
    text = "Statement\n\nWe recall resolutions 1325 (2000) as well as 2242 (2015).\n"
    assert [r["number"] for r in read(text).resolutions] == ["1325 (2000)", "2242 (2015)"]


# --- a heading naming a group, its members in brackets after the name -------------------------------------------------

def test_a_statement_by_a_group_with_its_members_in_brackets_is_theirs() -> None:
    text = ("Statement by EU6 (Germany, Belgium, France, Poland, the United Kingdom and Estonia) after the Council's meeting\n\n"
            "We believe it is more important than ever to implement Security Council resolution 2231 (2015) in full.\n")
    assert read(text).author_states == ["DEU", "BEL", "FRA", "POL", "GBR", "EST"]


@pytest.mark.parametrize("bracket", ["(Germany)", "(Germany and Belgium abstaining)"])
def test_a_bracket_after_a_statement_heading_that_closes_no_list_of_two_names_no_authors(bracket: str) -> None:
    text = (f"Statement by the Minister {bracket} on resolution 2231\n\nWe believe it is important to implement Security "
            "Council resolution 2231 (2015) in full.\n")
    assert read(text).author_states == []


# --- sponsors: a second participle with its own agent; the member States of an organisation table as it ----------------

def test_a_second_participle_joined_to_the_first_adds_its_agents() -> None:
    text = ("Statement by Serbia\n\nThe Assembly adopted resolution 64/298, proposed by Serbia and sponsored by the 27 States "
            "members of the European Union, acknowledging the opinion.\n")
    assert record_sponsors(text) == [("64/298", "SRB"), ("64/298", "EU")]


def test_a_second_participle_that_tables_nothing_adds_no_agent() -> None:
    text = "Statement\n\nThe Council adopted resolution 2334, tabled by Senegal and adopted by 14 votes to none.\n"
    assert record_sponsors(text) == [("2334 (2016)", "SEN")]


@pytest.mark.parametrize("agents", ["the member States of the European Union", "the 27 States members of the European Union"])
def test_the_member_states_of_an_organisation_table_as_the_organisation(agents: str) -> None:
    assert record_sponsors(f"Statement\n\nThe Assembly adopted resolution 64/298, sponsored by {agents}.\n") == [("64/298", "EU")]


# --- the tone: the body named as a heading's label is no body faulted; trampling on a resolution is another's deed --------

def test_a_grievance_in_a_heading_labelled_with_the_body_does_not_fault_the_body() -> None:
    text = ("Asamblea General de la ONU: el Presidente reivindicó los derechos argentinos y denunció una injustificada presencia "
            "militar\n\nEl Gobierno argentino recordó que se cumplen 55 años de la resolución 2065 de la Asamblea General.\n")
    assert [(p["target"]["number"], p["stance"]) for p in read(text).positions] == [("2065 (XX)", "supports")]


@pytest.mark.parametrize("sentence", [
    "It is an act that wantonly tramples on the purposes of the Charter and General Assembly resolution 2758 (XXVI).",
    "They act in blatant disregard of General Assembly resolution 2758 (XXVI), which we uphold.",
])
def test_a_resolution_another_tramples_on_or_disregards_is_upheld_by_the_author(sentence: str) -> None:
    text = f"Statement by the Ministry of Foreign Affairs of China\n\nSome countries have acted again. {sentence}\n"
    assert [(p["target"]["number"], p["stance"]) for p in read(text).positions] == [("2758 (XXVI)", "supports")]


# --- an office-holder's own text named by a possessive in the heading ----------------------------------------------------

def test_an_officeholders_possessive_heading_makes_the_text_his_states() -> None:
    text = ("Minister for Foreign Affairs Dr Vivian Balakrishnan's Written Reply to Parliamentary Questions on the Approach and "
            "Efforts to De-escalate Violence in the Conflict, 4 April 2022\n\nQUESTIONS\n\nTo ask the Minister how the "
            "Government intends to uphold General Assembly resolution 68/262.\n")
    assert read(text).author_states == ["SGP"]


def test_a_possessive_of_a_holder_outside_his_years_names_no_state() -> None:
    text = ("Minister for Foreign Affairs Dr Vivian Balakrishnan's Written Reply to Parliamentary Questions, 4 April 2005\n\n"
            "To ask the Minister how the Government intends to uphold General Assembly resolution 60/1.\n")
    assert read(text).author_states == []


# --- a speech's session: the Assembly's President greeted in the first person; a heading closing on "<body>, 78th session"

@pytest.mark.parametrize("opening, number", [
    ("As the head of my delegation, I am pleased to congratulate Mr. Ping on his election as President of the General "
     "Assembly at its fifty-ninth session.", 59),
    ("I present the warm wishes of the Government and people of Solomon Islands on the election of Mr. Julian Hunte as "
     "President of the fifty-eighth session of the General Assembly.", 58),
])
def test_a_speech_greeting_the_assemblys_new_president_is_made_at_that_session(opening: str, number: int) -> None:
    record = read(f"{opening} We remain committed to Security Council resolution 1373 (2001).\n")
    assert (record.session, record.addressee) == ({"body": "GA", "number": number}, "GA")


def test_a_news_item_telling_of_the_election_names_no_session() -> None:
    text = ("The General Assembly met on Monday. Delegates congratulated Mr. Ping on his election as President of the General "
            "Assembly at its fifty-ninth session.\n")
    assert read(text).session is None


@pytest.mark.parametrize("heading", [
    "Statement by Canada at the 52nd plenary meeting of the United Nations General Assembly, 78th session",
    "Déclaration du Canada lors de la 52e séance plénière de l'Assemblée générale des Nations unies, 78e session",
    "Declaración del Canadá en la 52ª sesión plenaria de la Asamblea General de las Naciones Unidas, 78º período de sesiones",
])
def test_a_speech_heading_closing_on_its_body_and_session_names_the_session(heading: str) -> None:
    assert read(f"{heading}\n\n9 January 2024 - New York\n\nCanada welcomes resolution 2720 (2023).\n").session == {"body": "GA", "number": 78}


def test_a_line_closing_on_a_body_and_session_that_is_no_speech_heading_names_none() -> None:
    text = "The Minister spoke at the meeting of the United Nations General Assembly, 78th session\n\nCanada welcomes resolution 2720 (2023).\n"
    assert read(text).session is None


# --- a heading saying who delivered it and when; a release's dateline with its time and number ----------------------

def test_a_heading_that_says_who_delivered_it_on_a_day_is_dated_that_day() -> None:
    text = ("Recent Statements\n\nSecond Right of Reply by India under Agenda 2 at the 40th Session of the Human Rights Council "
            "(25 February-22 March 2019) delivered by Sh. Animesh Choudhury, First Secretary on 08th March 2019.\n\nMr. President,\n"
            "India exercises its right of reply. Resolution 1267 (1999) binds every State.\n")
    assert read(text).dated == "2019-03-08"


@pytest.mark.parametrize("heading", [
    "Statement by the Ministry marking the anniversary of the speech delivered by the President on 26 September 1960",
    "Statement by India on the address delivered by Mahatma Gandhi on 8th August 1942.",
])
def test_a_heading_telling_of_anothers_speech_delivered_on_a_day_is_not_dated_that_day(heading: str) -> None:
    assert read(f"Recent Statements\n\n{heading}\n\nWe recall resolution 1514 (XV).\n").dated is None


def test_a_date_a_sentence_tells_after_delivered_by_is_not_the_texts() -> None:
    text = ("Recent Statements\n\nMr. President,\nThe report recalls that the statement of the Ministry was delivered by its "
            "envoy on 8 March 2019. Resolution 1267 (1999) binds every State.\n")
    assert read(text).dated is None


def test_a_releases_dateline_with_its_time_and_number_dates_it() -> None:
    menu = "\n".join(["Skip all menus", "Home", "Contact Us", "Help", "Search", "Services for Travellers", "Services for Business",
                      "Canada in the World", "About the Department", "NEWS RELEASES", "2006 - 2005 - 2004 - 2003 - 2002 - 2001 - 2000"] * 3)
    text = (f"{menu}\n\nMINISTER WELCOMES ADOPTION OF UNSC RESOLUTION\n\nAugust 11, 2000 (5:05 p.m. EDT) No. 198\n\nThe Minister "
            "today welcomed the adoption of UNSC Resolution 1314.\n")
    assert read(text).dated == "2000-08-11"


# --- guards from the review of this round's rules (a second engineer's hostile texts) ------------------------------------

def test_we_the_ministers_quoted_in_a_news_item_are_not_its_authors() -> None:
    text = ("UN News\n\nThe ministers met in Amman. Their communiqué said: We, the Foreign Ministers and representatives of Jordan, "
            "Egypt, Iraq and Saudi Arabia, call for the implementation of resolution 2254.\n")
    assert read(text).author_states == []


@pytest.mark.parametrize("text", [
    "Declaración\n\nAl presentar la resolución 1325, Colombia quiere compartir los avances de su plan nacional.\n",  # shown, not tabled
    "Statement\n\nBy tabling resolution ES-11/4, Russia's opponents sought to isolate it.\n",  # a possessive
])
def test_a_fronted_gerund_that_presents_a_text_or_names_a_possessive_credits_none(text: str) -> None:
    assert record_sponsors(text) == []


@pytest.mark.parametrize("sentence", [
    "In line with resolution 1325, Norway tabled a new text, and we are proud to be a co-sponsor.",
    "Had the draft kept the language of resolution 1325, we would have been proud to be a co-sponsor.",
    "We recall resolution 2250 and welcome the Amman Youth Declaration – we are proud to have sponsored it.",
    "We recall resolutions 1325 and 2250, and we are proud to be a co-sponsor.",
])
def test_proud_to_be_a_co_sponsor_of_another_text_or_of_one_of_several_credits_none(sentence: str) -> None:
    assert record_sponsors(f"Statement by the Netherlands\n\n{sentence}\n") == []


def test_of_several_resolutions_the_one_adopted_today_is_the_one_co_sponsored() -> None:
    text = ("Statement by the Netherlands\n\nWe welcome the adoption today of resolution 2719, which builds on resolution 2033 – "
            "we are proud to be a co-sponsor.\n")
    assert record_sponsors(text) == [("2719 (2023)", "NLD")]


def test_a_second_participle_that_leads_something_else_adds_no_sponsor() -> None:
    text = ("Statement\n\nResolution 2249 (2015), drafted by France and led by the United States-led coalition in its "
            "implementation, matters.\n")
    assert record_sponsors(text) == [("2249 (2015)", "FRA")]


@pytest.mark.parametrize("agents", ["12 member States of the European Union among others", "15 États membres de l'Union européenne"])
def test_some_member_states_of_an_organisation_are_not_the_organisation(agents: str) -> None:
    assert ("64/298", "EU") not in record_sponsors(f"Statement\n\nThe Assembly adopted resolution 64/298, sponsored by {agents}.\n")


@pytest.mark.parametrize("heading", [
    "Statement by the Spokesperson on the Sahel (Mali, Burkina Faso and Niger)",
    "Statement by the Co-Chairs on the talks (Armenia and Azerbaijan)",
])
def test_states_in_brackets_after_a_headings_topic_are_not_its_authors(heading: str) -> None:
    record = read(f"{heading}\n\nThe talks recalled Security Council resolution 2391 (2017).\n")
    assert not {"MLI", "BFA", "NER", "ARM", "AZE"} & set(record.author_states)


def test_a_message_read_on_behalf_of_governments_in_a_news_item_is_not_theirs() -> None:
    text = ("UN News\n\nThe Chair then read out a message on behalf of the governments of Qatar and Egypt, which welcomed "
            "resolution 2735.\n")
    assert read(text).author_states == []


@pytest.mark.parametrize("text", [
    "Together with Russia, Syria has blocked humanitarian access, contrary to resolution 2254.\n",
    "With elections approaching, Venezuela has arrested opposition leaders, against resolution 2231.\n",
    "Avec le soutien de la Russie, le Mali a expulsé la MINUSMA. Nous regrettons la fin de la résolution 2100.\n",
])
def test_a_fronted_partner_phrase_without_our_makes_no_speaker(text: str) -> None:
    assert read(text).author_states == []


@pytest.mark.parametrize("heading", [
    "Malaysia rejects Minister Vivian Balakrishnan's remarks on the South China Sea, 4 April 2022",
    "Philippines responds to Wang Yi's Remarks on the South China Sea Arbitration, 12 July 2016",
])
def test_an_officeholders_possessive_after_another_subject_is_not_his_text(heading: str) -> None:
    record = read(f"{heading}\n\nThe reply recalls General Assembly resolution 2625 (XXV).\n")
    assert not {"SGP", "CHN"} & set(record.author_states)


def test_a_press_releases_we_congratulate_names_no_session() -> None:
    text = ("Press Release\n\nWe warmly congratulate Mr. Philemon Yang on his election as President of the General Assembly at "
            "its seventy-ninth session. We recall resolution 2758 (XXVI).\n")
    record = read(text)
    assert (record.session, record.addressee) == (None, None)


def test_a_heading_closing_on_a_session_the_text_is_not_made_at_names_none() -> None:
    text = ("Press release on the candidature of Ambassador X for President of the United Nations General Assembly, 80th session\n\n"
            "The Government recalls resolution 75/325.\n")
    assert read(text).session is None


@pytest.mark.parametrize("programme", ["Agenda 2030", "Agenda 2063", "Agenda 21"])
def test_a_programme_called_agenda_is_no_agenda_item(programme: str) -> None:
    assert read(f"Statement\n\nWe meet our commitments under {programme} and resolution 70/1.\n").agenda_items == []


@pytest.mark.parametrize("text, stance", [
    ("Statement by the Foreign Ministry of the DPRK\n\nIn flagrant disregard of our legitimate right to self-defence, the hostile "
     "forces cooked up the so-called sanctions resolution 2397. We totally reject it.\n", "rejects"),
    ("Statement by the Prime Minister's Office\n\nIsrael will continue to build in Judea and Samaria in complete disregard of "
     "resolution 2334, a shameful and one-sided text.\n", "rejects"),
])
def test_a_disregard_of_something_else_or_the_authors_own_leaves_the_rejection(text: str, stance: str) -> None:
    assert [p["stance"] for p in read(text).positions] == [stance]

"""Names of States and bodies: case rules, territories, demonyms, longest match."""
from __future__ import annotations

import pytest

from unhrkg.extract import lexicon
from unhrkg.extract.gazetteer import bodies_in, states_in, unique


def states(text: str) -> list[str]:
    return unique([m.value for m in states_in(text)])


def bodies(text: str) -> list[str]:
    return unique([m.value for m in bodies_in(text)])


@pytest.mark.parametrize("text, iso", [
    ("the Democratic People's Republic of Korea", "PRK"), ("the DPRK", "PRK"), ("the Republic of Korea", "KOR"),
    ("Cameroun", "CMR"), ("the Russian Federation", "RUS"), ("Côte d'Ivoire", "CIV"), ("Cote d'Ivoire", "CIV"),
    ("the State of Palestine", "PSE"), ("the Union of Myanmar", "MMR"), ("the Sudan", "SDN"),
    ("Luxemburg", "LUX"), ("the United Kingdom and Northern Ireland", "GBR"),
])
def test_state_names_and_aliases(text: str, iso: str) -> None:
    assert states(text) == [iso]


def test_every_spelling_of_a_name_is_looked_for_not_only_the_first() -> None:
    # "Haiti" and "Haïti" fold alike; an English text printing the French spelling still names Haiti
    assert states("Greece, Haïti, Honduras and Haiti") == ["GRC", "HTI", "HND"]


def test_longest_name_wins_over_a_state_inside_it() -> None:
    assert states("the Democratic Republic of the Congo and the Congo") == ["COD", "COG"]


@pytest.mark.parametrize("text", ["the Occupied Palestinian Territory", "the occupied Gaza Strip",
                                  "Western Sahara", "Hong Kong", "Latin America"])
def test_territories_and_regions_are_not_states(text: str) -> None:
    assert states(text) == []


def test_capitals_are_not_states() -> None:
    assert states("contacts in Pyongyang, Geneva, London and Brussels") == []


def test_lowercase_common_words_are_not_states() -> None:
    assert states("to chad the paper and eat turkey in china cups") == []


def test_demonyms_name_their_state() -> None:
    assert states("Israeli forces and the Sri Lankan people; les bombes israéliennes") == ["ISR", "LKA"]


def test_all_caps_acronyms_match_only_in_their_printed_case() -> None:
    assert states("the US and the UK") == ["USA", "GBR"]
    assert states("let us go to the uk shop") == []
    assert bodies("the EU and the who") == ["EU"]


def test_long_body_names_match_in_lower_case() -> None:
    assert bodies("took part in the universal periodic review in February 2010") == ["UPR"]


def test_a_name_does_not_run_across_a_blank_line() -> None:
    assert bodies("United Nations\n\nGeneral Assembly") == ["UN", "GA"]
    assert bodies("Economic and Social\nCouncil") == ["ECOSOC"]


@pytest.mark.parametrize("text, code", [
    ("the Office of the United Nations High Commissioner for Human Rights", "OHCHR"),
    ("the United Nations Office at Geneva", "UNOG"),
    ("the Office of the United Nations High Commissioner for Refugees", "UNHCR"),
    ("the Association of Southeast Asian Nations", "ASEAN"),
    ("the Organization of the Islamic Conference", "OIC"),
    ("the Third Committee", "GA3"),
])
def test_longest_body_name_wins_over_united_nations_inside_it(text: str, code: str) -> None:
    assert bodies(text) == [code]


def test_unique_keeps_first_seen_order_without_none() -> None:
    assert unique(["HRC", None, "UN", "HRC", ""]) == ["HRC", "UN"]


def test_an_adjective_names_its_state_but_not_a_language() -> None:
    from unhrkg.extract import extract_text
    r = extract_text("Greek Foreign Ministry condemns Turkish actions. The statement, issued in the German "
                     "language and for the German-speaking community, was circulated [Original: Russian].", "x.txt")
    assert "GRC" in r.states and "TUR" in r.states
    assert "DEU" not in r.states and "RUS" not in r.states
    assert r.author_states == ["GRC"]


def test_names_written_beside_each_other_across_a_slash_are_found() -> None:
    assert [b.value for b in bodies_in("General Assembly/Third Committee: Statement")] == ["GA", "GA3"]
    assert [s.value for s in states_in("the France/Germany initiative")] == ["FRA", "DEU"]


@pytest.mark.parametrize("text", ["see A/HRC/53/1 and UNHRC/2020", "CERD/C/ISR/CO/14", "CCPR/C/GC/34",
                                  "https://www.ohchr.org/en/hr-bodies/hrc/Myanmar/index"])
def test_a_name_in_capitals_inside_a_symbol_is_not_a_mention(text: str) -> None:
    assert bodies_in(text) == [] and states_in(text) == []


def test_an_acronym_that_is_a_word_of_the_texts_language_among_capitals_is_the_word() -> None:
    line = "REPRESENTANTE PERMANENTE DE GUATEMALA ANTE LAS NACIONES UNIDAS"
    with lexicon.using("es"):
        assert "LAS" not in {m.value for m in bodies_in(line)}
    with lexicon.using("en"):
        assert "LAS" in {m.value for m in bodies_in("The statement of LAS on the resolution.")}
        assert "UN" in {m.value for m in bodies_in("STATEMENT: THE UN AND ITS MEMBER STATES")}


def test_a_title_in_capitals_is_read_on_its_own_line() -> None:
    """The words around the acronym are its line's: the next line's lower case does not make "LAS" an acronym."""
    text = "Anuncio\nCOMUNICADO ESPECIAL SOBRE LA CUESTIÓN DE LAS ISLAS MALVINAS\n(Propuesta de Argentina)"
    with lexicon.using("es"):
        assert "LAS" not in {m.value for m in bodies_in(text)}
        assert "LAS" in {m.value for m in bodies_in("Anuncio\nLa LAS y la UA\n(Propuesta de Argentina)")}
        # a short line is read with the lines around it
        assert "LAS" not in {m.value for m in bodies_in("DECLARACIÓN DE LOS PRESIDENTES SOBRE\nLAS MALVINAS\nY LA RESOLUCIÓN 2065 (XX)")}
    with lexicon.using("fr"):
        assert "AU" not in {m.value for m in bodies_in("INTERVENTION DE LA FRANCE\nAU CONSEIL\nDE SECURITE")}


@pytest.mark.parametrize("text, lang, states", [
    ("South Georgia and the South Sandwich Islands belong to Argentina.", "en", ["ARG"]),
    ("Las Islas Malvinas, Georgia del Sur y Sandwich del Sur corresponden a Argentina.", "es", ["ARG"]),
    ("La Géorgie du Sud est britannique ; la Géorgie est un État.", "fr", ["GBR", "GEO"]),
])
def test_islands_named_like_a_state_are_not_that_state(text: str, lang: str, states: list[str]) -> None:
    with lexicon.using(lang):
        assert unique([m.value for m in states_in(text)]) == states


@pytest.mark.parametrize("lang, text", [
    ("en", "The Foreign Affairs Council adopted conclusions on Iran today."),
    ("en", "External Relations Council meeting, Brussels, 18 February 2008"),
    ("fr", "Le Conseil des affaires étrangères a adopté des conclusions sur l'Iran."),
    ("es", "El Consejo de Asuntos Exteriores ha adoptado un paquete de medidas."),
])
def test_the_councils_of_the_european_union_name_it(lang: str, text: str) -> None:
    with lexicon.using(lang):
        assert bodies(text) == ["EU"]


@pytest.mark.parametrize(("text", "sg"), [
    ("The OIC Secretary General, Iyad Madani, reiterated the position.", False),
    ("The Secretary-General of the Arab League Amr Musa said on Wednesday.", False),
    ("Arab League (AL) Secretary General Nabil el Araby rejected it.", False),
    ("Le Secrétaire général de l'OCI, Dr Youssef Al-Othaimeen, a condamné.", False),
    ("We thank the Under-Secretary-General for Political Affairs for her briefing.", False),
    ("Je remercie le Secrétaire général adjoint Martin Griffiths.", False),
    ("We thank Assistant Secretary General Ivan Simonovic for his update.", False),
    ("We thank the Secretary-General for his report.", True),
    ("The UN Secretary-General welcomed the resolution.", True),
    ("The Secretary-General of the United Nations reported to the Council.", True),
])
def test_the_secretary_general_of_another_organisation_or_below_the_rank_is_not_the_un_s(text: str, sg: bool) -> None:
    from unhrkg.extract import extract_text
    assert ("SG" in extract_text(text, "x.txt").to_dict()["bodies"]) is sg


@pytest.mark.parametrize(("text", "ga"), [
    ("As GA resolution 60/251 that established this Council makes clear, we call for cooperation.", True),
    ("GA: The Use of the Veto\n\nStatement delivered by Norway", True),
    ("The Philippines initiated UN GA Resolution 61/144.", True),
    ("See A/RES/61/144 and the GA3 report.", False),  # a symbol's letters and another code are no Assembly
])
def test_the_assembly_by_its_acronym_in_capitals(text: str, ga: bool) -> None:
    assert any(m.value == "GA" for m in bodies_in(text)) is ga


@pytest.mark.parametrize(("text", "codes"), [
    ("Sri Lanka's Permanent Representative to the UN in Geneva, Himalee Arunatilaka, said today.", ["UN"]),
    ("The Permanent Mission of Fiji to the United Nations Office at Geneva presents its compliments.", ["UNOG"]),
])
def test_the_un_in_geneva_is_the_organisation_its_office_is_unog(text: str, codes: list[str]) -> None:
    assert [m.value for m in bodies_in(text)] == codes


@pytest.mark.parametrize(("text", "code"), [
    ("We call on both parties to fully implement UNSCR 2334 and all its provisions.", "SC"),
    ("Indonesia strongly rejected a U.N. Human Rights Commission resolution on East Timor.", "CHR"),
    ("It is a leftover of the already defunct UN Human Rights Commission.", "CHR"),
])
def test_the_council_and_the_commission_by_other_names(text: str, code: str) -> None:
    assert code in [m.value for m in bodies_in(text)]


def test_a_national_human_rights_commission_is_not_the_commission() -> None:
    assert "CHR" not in [m.value for m in bodies_in("The Uganda Human Rights Commission and the National Human Rights Commission met.")]


@pytest.mark.parametrize(("text", "states"), [
    ("Sanctions imposed by the American regime and American warships in the Gulf.", ["USA"]),
    ("La décision américaine de reconnaître Al Qods comme capitale a été condamnée par le groupe, qui a demandé que "
     "les membres se réunissent et que la résolution soit appliquée sans délai par tous les membres.", ["USA"]),
    ("El imperialismo norteamericano diseñó la resolución, que fue aprobada por una mayoría de los miembros del "
     "Consejo y que el Gobierno rechaza de manera categórica por ser contraria a la Carta.", ["USA"]),
    ("The Organization of American States and the Inter-American Commission met with Latin American and North American experts.", []),
    ("Under agenda item 35, Question of Palestine, the Agency for Palestine Refugees reported.", []),
    ("The State of Palestine welcomed resolution 67/19.", ["PSE"]),
])
def test_american_and_palestine_where_they_name_the_state(text: str, states: list[str]) -> None:
    from unhrkg.extract import extract_text
    assert extract_text(text, "x.txt").to_dict()["states"] == states


@pytest.mark.parametrize(("text", "states"), [
    ("Preparing for Korea's upgraded role on digital technologies, with Japan.", ["KOR", "JPN"]),
    ("The satellite launch conducted by south Korea went unnoticed, as did the threats to north Korea.", ["KOR", "PRK"]),
    ("The Democratic People's Republic of Korea and the Republic of Korea met.", ["PRK", "KOR"]),
    ("KCNA, via Korea News Service (KNS), reported the statement of the DPRK.", ["PRK"]),
    # where the text names the DPRK, "Korea" alone is the nation it speaks of, and the party's and the sea's names no State
    ("Korea is one. The DPRK will never recognize the division of Korea.", ["PRK"]),
    ("The Workers' Party of Korea met as ships crossed the East Sea of Korea and the Korea Strait.", []),
    # where it names a North Korean anything, "Korea" in a company's name is not the Republic
    ("Treasury targets North Korean networks: Korea Mining Development Trading Corporation is listed.", ["PRK"]),
])
def test_korea_alone_is_the_republic_and_the_north_in_either_case_the_democratic_people_s(text: str, states: list[str]) -> None:
    from unhrkg.extract import extract_text
    assert extract_text(text, "x.txt").to_dict()["states"] == states


@pytest.mark.parametrize(("text", "states"), [
    ("Türkiye regrets the unilateral steps taken by the Greek Cypriot Administration on the island.", ["TUR"]),
    ("Ghana co-led the resolution on maritime security in the Gulf of Guinea with Norway.", ["GHA", "NOR"]),
    ("The President (spoke in Spanish): I thank the representative of Peru.", ["PER"]),
    ("The ministers met in Port of Spain, Trinidad and Tobago, on resolution 2334.", ["TTO"]),
    ("Guinea welcomes the resolution; Papua New Guinea abstained.", ["GIN", "PNG"]),
])
def test_names_that_hold_a_state_s_name_without_naming_it(text: str, states: list[str]) -> None:
    from unhrkg.extract import extract_text
    assert extract_text(text, "x.txt").to_dict()["states"] == states



@pytest.mark.parametrize(("text", "states", "bodies"), [
    ("Latin Americans attended, as did African Americans and Native Americans.", [], []),
    ("The Arab League (LAS) Secretary-General spoke on resolution 2334.", [], ["LAS"]),
    ("The United Nations, under Secretary-General Ban Ki-moon, launched the plan.", [], ["UN", "SG"]),
    ("Statement at the Peace and Security Council of the African Union\nSecretary-General António Guterres\nAddis Ababa",
     [], ["SC", "AU", "SG"]),
    ("The UN Human Rights Commission of Inquiry on Syria published its report.", ["SYR"], []),
    ("The Carter Center, Atlanta, GA 30303, hosted the OAS GA and the GA-77 meeting.", [], []),
])
def test_what_the_review_found_in_the_name_rules(text: str, states: list[str], bodies: list[str]) -> None:
    from unhrkg.extract import extract_text
    record = extract_text(text, "x.txt").to_dict()
    assert (record["states"], record["bodies"]) == (states, bodies)


def test_the_high_commissioner_by_the_older_acronym() -> None:
    assert "OHCHR" in [m.value for m in bodies_in("The High Commissioner (UNHCHR) Michelle Bachelet will report.")]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The Federal Republic of Yugoslavia and the Soviet Union wrote to the Council.", ["YUG", "SUN"]),
    ("en", "The delegation of Serbia and Montenegro and that of the USSR spoke; Serbia replied.", ["SCG", "SUN", "SRB"]),
    ("en", "Czechoslovakia and the German Democratic Republic joined Democratic Yemen.", ["CSK", "DDR", "YMD"]),
    ("fr", "La République fédérale de Yougoslavie et l'URSS ont écrit au Conseil.", ["YUG", "SUN"]),
    ("es", "Serbia y Montenegro y la Unión Soviética escribieron al Consejo.", ["SCG", "SUN"]),
])
def test_a_former_state_by_its_own_names(lang: str, text: str, expected: list[str]) -> None:
    with lexicon.using(lang):
        assert unique(m.value for m in states_in(text)) == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The International Tribunal for the former Yugoslavia and the countries of the former Soviet Union."),
    ("en", "The Act on the Legal Status of Citizens of Former\n    Yugoslavia living in the Republic."),
    ("fr", "Le Tribunal pénal international pour l'ex-Yougoslavie a siégé."),
    ("fr", "Le texte traduit en français a été distribué."),  # (a territory in lower case blocks its words too)
    ("es", "El Tribunal Internacional para la ex Yugoslavia ha concluido."),
])
def test_the_region_where_a_former_state_was_or_a_language_is_no_state(lang: str, text: str) -> None:
    with lexicon.using(lang):
        assert [m.value for m in states_in(text) if m.value] == []


@pytest.mark.parametrize(("text", "states"), [
    ("Foreign Minister Israel Katz sent a letter to the Council.", []),  # a given name between a post and a surname
    ("Según la vicepresidenta Francia Márquez, la decisión es un retroceso.", []),
    ("The Prime Minister of Israel Benjamin Netanyahu spoke.", ["ISR"]),  # the State the post is of
    ("The Minister Israel Government officials met.", ["ISR"]),  # an organ after the name, not a surname
    ("Ambassador India said so.", ["IND"]),
])
def test_a_states_name_that_is_a_persons_given_name(text: str, states: list[str]) -> None:
    assert [m.value for m in states_in(text)] == states

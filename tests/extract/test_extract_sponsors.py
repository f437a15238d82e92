"""Who tabled a resolution: the forms of the sponsor rules, in English, French and Spanish."""
from __future__ import annotations

import pytest

from tests.helpers.extract import read
from unhrkg.extract import extract_text, lexicon


def sponsors(text: str) -> set[tuple[str, str]]:
    return {(s["resolution"]["number"], s["sponsor"]) for s in extract_text(text, "x.txt").sponsors}


@pytest.mark.parametrize("text, expected", [
    ("Resolution 30/1 was sponsored by the core group composed of the United States of America, the United "
     "Kingdom, Montenegro and North Macedonia.", {("30/1", "USA"), ("30/1", "GBR"), ("30/1", "MNE"), ("30/1", "MKD")}),
    ("The Human Rights Council adopted resolution 17/24 (sponsored by the EU) on Belarus.", {("17/24", "EU")}),
    ("Resolution 39/2 was submitted by a group of Western and Gulf States led by the United Kingdom and Saudi "
     "Arabia.", {("39/2", "GBR"), ("39/2", "SAU")}),
    ("The Council adopted resolution 25/25, which Japan and the European Union jointly tabled.",
     {("25/25", "JPN"), ("25/25", "EU")}),
    ("Resolution 2004/14 was introduced by Poland on behalf of the European Union.", {("2004/14", "EU")}),
    ("The resolution 2334, put forward by four elected members – New Zealand, Malaysia, Senegal and Venezuela, "
     "was adopted by the Security Council.", {("2334 (2016)", c) for c in ("NZL", "MYS", "SEN", "VEN")}),
    ("Présentée conjointement par la France et la Tunisie, la résolution 2532 a été adoptée par le Conseil de "
     "sécurité.", {("2532 (2020)", "FRA"), ("2532 (2020)", "TUN")}),
    ("El Gobierno de Venezuela rechaza la resolución 45/20 presentada por la Unión Europea.", {("45/20", "EU")}),
    ("Egypt welcomes Security Council resolution 2720 (2023). Today's Resolution, brought to the Council by the United "
     "Arab Emirates and passed by 13 votes, calls for aid.", {("2720 (2023)", "ARE")}),
    ("Security Council resolution 2720 (2023), brought forward by the United Arab Emirates, calls for aid.",
     {("2720 (2023)", "ARE")}),
])
def test_sponsor_forms(text: str, expected: set[tuple[str, str]]) -> None:
    assert sponsors(text) == expected


def test_amendments_and_drafts_are_not_sponsorships_of_the_resolution() -> None:
    assert sponsors("Egypt tabled amendments to resolution 7/19 of the Human Rights Council.") == set()


def test_sponsor_evidence_is_the_sentence() -> None:
    r = extract_text("Intro. Resolution 17/24 was tabled by the European Union. Next sentence.", "x.txt")
    assert r.sponsors[0]["evidence"] == "Resolution 17/24 was tabled by the European Union."
    assert r.sponsors[0]["rule"] == "passive-by"


def test_a_sponsor_named_in_a_hyphened_adjective() -> None:
    assert sponsors("The OIC-sponsored resolution 16/18 of the Human Rights Council is a testimony to our "
                    "commitment.") == {("16/18", "OIC")}


def test_a_sponsor_before_a_coordinated_verb() -> None:
    text = "The Council adopted resolution 2334 (2016). Ireland voted for and co-sponsored the resolution, we recall."
    assert ("2334 (2016)", "IRL") in sponsors(text)


def test_a_coauthor_is_a_sponsor() -> None:
    assert sponsors("Resolution 2191 (2014), co-authored by Jordan and Luxembourg, was adopted.") == {
        ("2191 (2014)", "JOR"), ("2191 (2014)", "LUX")}


def test_the_penholders_named_after_the_resolution_are_its_sponsors() -> None:
    text = ("We commend the Council for the adoption of resolution 2699 (2023). Our accolades extend to the "
            "co-penholders, Ghana and Chile, whose efforts yielded a balanced resolution.")
    assert sponsors(text) == {("2699 (2023)", "GHA"), ("2699 (2023)", "CHL")}



@pytest.mark.parametrize(("text", "expected"), [
    ("on the adoption by the Security Council of the Russian draft resolution 2402. We welcome resolution 2402 (2018).",
     {("2402 (2018)", "RUS")}),
    ("Japan's draft resolution 2397 was adopted today as Security Council resolution 2397 (2017).",
     {("2397 (2017)", "JPN")}),
])
def test_a_draft_named_for_its_state_and_by_the_number_it_was_adopted_as(text: str, expected: set) -> None:
    assert sponsors(text) == expected


def test_a_draft_without_its_states_name_has_no_sponsor() -> None:
    assert sponsors("the draft resolution 2401 was put to the vote. Resolution 2401 (2018) was adopted.") == set()


def test_the_adopting_body_named_after_the_number_before_the_sponsor_in_french() -> None:
    text = ("Le ministre a rappelé que la journée est consacrée par la résolution 72/130 de l'Assemblée générale de "
            "l'ONU, initiée par l'Algérie, qui proclame le 16 mai de chaque année journée de la paix.")
    assert sponsors(text) == {("72/130", "DZA")}


@pytest.mark.parametrize(("text", "expected"), [
    ("The Security Council adopted Resolution 2191 (2014). Australia, working with Jordan and Luxembourg, co-authored "
     "and co-led negotiations on the resolution.", {("2191 (2014)", c) for c in ("AUS", "JOR", "LUX")}),
    ("Ghana, together with Kenya, tabled resolution 2719 (2023).", {("2719 (2023)", "GHA"), ("2719 (2023)", "KEN")}),
])
def test_partners_of_a_sponsor_are_sponsors(text: str, expected: set) -> None:
    assert sponsors(text) == expected


def test_a_draft_whose_adopted_number_follows_it() -> None:
    text = ("Draft Resolution of the Security Council Jointly Proposed by Japan and the United Kingdom (Resolution 1154)"
            "\n\nThe Security Council adopted resolution 1154 (1998) today.")
    assert sponsors(text) == {("1154 (1998)", "JPN"), ("1154 (1998)", "GBR")}


@pytest.mark.parametrize("text, expected", [
    ("España, promotora de la Resolución 2286, junto a Nueva Zelanda, Japón y Uruguay, hizo de los asuntos "
     "humanitarios uno de los emblemas de su mandato.",
     {("2286 (2016)", "ESP"), ("2286 (2016)", "NZL"), ("2286 (2016)", "JPN"), ("2286 (2016)", "URY")}),
    ("La France, porte-plume de la résolution 2454, se félicite de cette avancée qui va permettre aux forces "
     "armées de renforcer la sécurité du pays et d'avancer vers la paix.", {("2454 (2019)", "FRA")}),
    ("Ireland, the penholder on resolution 2475, hosted the briefing.", {("2475 (2019)", "IRL")}),
    ("Spain, a State that voted for resolution 2286, hosted the briefing.", set()),
])
def test_a_state_described_as_the_resolution_s_sponsor(text: str, expected: set[tuple[str, str]]) -> None:
    assert sponsors(text) == expected


def test_the_resolution_s_sponsors_named_after_the_noun() -> None:
    text = ("The Council adopted Resolution 2593 on Afghanistan. The resolution addresses key concerns. "
            "It mentions individuals designated by resolution 2593. Russia and China accused the resolution's sponsors "
            "the U.S., the U.K. and France of having rushed it through.")
    found = extract_text(text, "x.txt").sponsors
    assert {(s["resolution"]["number"], s["sponsor"]) for s in found} == {
        ("2593 (2021)", "USA"), ("2593 (2021)", "GBR"), ("2593 (2021)", "FRA")}
    assert found[0]["evidence"].startswith("Russia and China accused")  # the sentence that says it


@pytest.mark.parametrize("text, expected", [
    ("Le gouvernement a annoncé qu'il rejetait la résolution 2303 de l'ONU adoptée vendredi dernier à l'initiative de "
     "la France et qui prévoit le déploiement de policiers au Burundi.", {("2303 (2016)", "FRA")}),
    ("La France salue la résolution 1973 du Conseil de sécurité des Nations unies qui autorise l'usage de la force. "
     "Cette résolution, adoptée le 17 mars 2011 a été élaborée et présentée à l'initiative de la France avec le "
     "Royaume-Uni, le Liban et les Etats-Unis.",
     {("1973 (2011)", "FRA"), ("1973 (2011)", "GBR"), ("1973 (2011)", "LBN"), ("1973 (2011)", "USA")}),
    ("Cuba rejects resolution 2002/18, as it has rejected every resolution against Cuba that the Commission has "
     "adopted under pressure from the United States of America.", set()),
])
def test_the_initiative_of_a_state_names_the_sponsor_of_the_resolution_before(text: str,
                                                                              expected: set[tuple[str, str]]) -> None:
    assert sponsors(text) == expected


def test_states_at_the_initiative_of_this_resolution() -> None:
    text = ("Le Conseil de sécurité des Nations unies a adopté hier à l'unanimité la résolution 1975 sur la situation en "
            "Côte d'Ivoire. La France et le Nigéria ont été ensemble à l'initiative de cette résolution qu'ils ont "
            "portée au Conseil de sécurité.")
    assert sponsors(text) == {("1975 (2011)", "FRA"), ("1975 (2011)", "NGA")}


def test_a_proposal_of_a_state_fronting_the_resolution() -> None:
    text = ("Je souhaiterais faire un dernier commentaire. Cet après-midi a été adoptée, sur proposition de la France, "
            "la résolution 2127 du Conseil de sécurité des Nations unies, qui porte sur la situation en République "
            "centrafricaine.")
    assert sponsors(text) == {("2127 (2013)", "FRA")}


def test_a_landmark_resolution_named_later_by_number_is_the_one_co_drafted() -> None:
    text = ("The Council adopted a groundbreaking resolution, co-drafted by the United Arab Emirates and the United "
            "Kingdom, on tolerance. Resolution 2686 (2023) recognises that hate speech can fuel conflict.")
    assert sponsors(text) == {("2686 (2023)", "ARE"), ("2686 (2023)", "GBR")}


def test_a_peaceful_resolution_of_a_conflict_is_no_resolution_of_a_body() -> None:
    text = ("Norway called for a peaceful resolution, brokered by Qatar and Egypt, of the conflict. "
            "Resolution 2686 (2023) recognises that hate speech can fuel conflict.")
    assert sponsors(text) == set()


@pytest.mark.parametrize("lang, text", [
    ("es", "A instancias de Paraguay, el Día Internacional de la Amistad fue aprobado por la Asamblea General "
           "mediante la Resolución 65/275 el 30 de julio de 2011."),
    ("en", "At the initiative of Paraguay, the International Day of Friendship was proclaimed by the General "
           "Assembly in its resolution 65/275."),
])
def test_an_initiative_opening_the_sentence_names_the_sponsor_of_the_resolution_it_goes_on_to_name(
        lang: str, text: str) -> None:
    from unhrkg.extract import lexicon
    with lexicon.using(lang):
        assert sponsors(text) == {("65/275", "PRY")}


@pytest.mark.parametrize("text, expected", [
    ("Germany took the firm decision to co-facilitate General Assembly resolution 78/282 that designated the day "
     "– together with Rwanda and the core group.", {("78/282", "DEU"), ("78/282", "RWA")}),
    ("Germany tabled resolution 78/282 together with Rwanda.", {("78/282", "DEU"), ("78/282", "RWA")}),
    ("Le Maroc a décidé de coparrainer la résolution 73/328 de l'Assemblée générale aux côtés de la France.",
     {("73/328", "MAR"), ("73/328", "FRA")}),
    ("At present resolution 2334 is not implemented by Israel.", set()),
])
def test_a_state_resolved_to_table_a_resolution_and_its_partners_later_in_the_sentence(
        text: str, expected: set[tuple[str, str]]) -> None:
    assert sponsors(text) == expected


@pytest.mark.parametrize("text", [
    "France welcomes the unanimous adoption, on its initiative, of UNSCR 2283 and UNSCR 2284 on the lifting of sanctions.",
    "La France salue l'adoption, à son initiative, des résolutions 2283 et 2284 du Conseil de sécurité.",
    "España celebra la aprobación, por su iniciativa, de las resoluciones 2283 y 2284 del Consejo de Seguridad.",
])
def test_the_authors_own_initiative_makes_it_the_sponsor(text: str) -> None:
    assert sponsors(text) == {("2283 (2016)", "FRA"), ("2284 (2016)", "FRA")} or \
        sponsors(text) == {("2283 (2016)", "ESP"), ("2284 (2016)", "ESP")}


def test_an_initiative_of_a_state_other_than_the_speaker_is_not_the_authors() -> None:
    text = "France regrets the adoption. Russia has secured, on its initiative, the adoption of resolution 2283."
    assert ("2283 (2016)", "FRA") not in sponsors(text)


def test_a_title_with_its_abbreviation_between_resolution_and_sponsor() -> None:
    text = ("She described Resolution 2151 (2014) on Security Sector Reform (SSR), which was promoted by Nigeria, "
            "as a major achievement.")
    assert sponsors(text) == {("2151 (2014)", "NGA")}


def test_put_forward_by_penholders_named_by_their_missions() -> None:
    text = ("Resolution 2535 (2020) was adopted today. The Resolution was put forward by the co-penholders, the missions "
            "of France and of the Dominican Republic, together with the Special Envoy.")
    assert sponsors(text) == {("2535 (2020)", "FRA"), ("2535 (2020)", "DOM")}


def test_states_named_as_penholders_of_the_resolution_the_sentence_names() -> None:
    text = ("Ireland welcomes the adoption of Resolution 2583 (2021). Ireland thanks the United States and Mexico as "
            "penholders in drafting this resolution.")
    assert sponsors(text) == {("2583 (2021)", "USA"), ("2583 (2021)", "MEX")}
    assert sponsors("Ireland welcomes resolution 2583 (2021), adopted as the Council wished.") == set()


def test_a_proposal_made_by_a_state_in_french() -> None:
    text = ("Le Conseil de sécurité a adopté la Résolution 2303 (2016) autorisant le déploiement de policiers au "
            "Burundi, sur base d’une proposition formulée par la France.")
    with lexicon.using("fr"):
        assert sponsors(text) == {("2303 (2016)", "FRA")}


def test_the_promoters_listed_after_the_resolution_and_its_title() -> None:
    text = ("En nombre de los cinco países promotores de la Resolución 2286 (2016) sobre la atención sanitaria - Egipto, "
            "Japón, Nueva Zelanda, Uruguay y España -, el Secretario de Estado habló.")
    with lexicon.using("es"):
        assert sponsors(text) == {("2286 (2016)", s) for s in ("EGY", "JPN", "NZL", "URY", "ESP")}


def test_member_states_named_near_a_resolution_are_no_sponsors() -> None:
    text = ("Korea welcomes the adoption by all member states, including China and Russia, of resolution 2321 (2016).")
    assert sponsors(text) == set()


def test_a_state_that_joins_as_a_co_sponsor() -> None:
    text = ("I thank the Council for adopting Resolution 30/29 by consensus. Sri Lanka is pleased to join as a "
            "co-sponsor of this resolution.")
    assert sponsors(text) == {("30/29", "LKA")}
    assert sponsors("Chile joined as a co-sponsor of resolution 30/1.") == {("30/1", "CHL")}
    assert sponsors("Chile joined the consensus on resolution 30/1.") == set()


@pytest.mark.parametrize("text", [
    "Sri Lanka withdraws from co-sponsorship of resolution 40/1.",
    "Sri Lanka announced its decision to withdraw from the cosponsorship of resolution 40/1.",
])
def test_leaving_the_co_sponsors_says_the_state_was_one(text: str) -> None:
    assert sponsors(text) == {("40/1", "LKA")}


@pytest.mark.parametrize("text, number, sponsor", [
    ("Le ministre accueille avec satisfaction l'adoption de la résolution 836 du Conseil de sécurité que la France "
     "avait proposée, afin de permettre la protection des zones de sécurité.", "836 (1993)", "FRA"),
    ("El ministro celebró la resolución 2286 (2016) del Consejo de Seguridad, que España había promovido.",
     "2286 (2016)", "ESP"),
    ("The minister welcomed resolution 1154 (1998) of the Security Council, which Japan had proposed.",
     "1154 (1998)", "JPN"),
])
def test_a_relative_clause_after_the_resolution_and_its_body_names_who_proposed_it(text: str, number: str,
                                                                                    sponsor: str) -> None:
    found = [(s["resolution"]["number"], s["sponsor"], s["rule"]) for s in extract_text(text, "x.txt").to_dict()["sponsors"]]
    assert found == [(number, sponsor, "object-relative")]


@pytest.mark.parametrize("lang, sentence, expected", [
    ("fr", "Ma délégation se félicite de ce panel, conformément aux résolutions 26/2 et 30/5 du CDH que l'Algérie a "
           "coparrainées.", {("26/2", "DZA"), ("30/5", "DZA")}),
    ("es", "Recordamos las resoluciones 26/2 y 30/5 del Consejo, que México ha copatrocinado.", {("26/2", "MEX"), ("30/5", "MEX")}),
    ("en", "Resolutions 26/2, 30/5 and 36/17, all tabled by Mexico, were adopted.",
     {("26/2", "MEX"), ("30/5", "MEX"), ("36/17", "MEX")}),
])
def test_a_list_of_resolutions_shares_the_sponsor_said_after_it(lang: str, sentence: str, expected: set[tuple[str, str]]) -> None:
    with lexicon.using(lang):
        found = sponsors(sentence)
    assert found == expected


@pytest.mark.parametrize("text, expected", [
    ("Spain welcomes the adoption of resolution 76/262. Spain was one of the 83 countries that co-sponsored this "
     "resolution.", {("76/262", "ESP")}),
    ("España celebra la aprobación de la resolución 76/262. España fue uno de los 83 países que copatrocinaron esta "
     "resolución.", {("76/262", "ESP")}),
    ("Cuba interviene en el debate. Nuestro país se congratula por figurar entre los copatrocinadores de la "
     "resolución 77/247 adoptada por la Asamblea General.", {("77/247", "CUB")}),
    ("La Suisse salue l'adoption de la résolution 2730. La Suisse est fière de figurer parmi les coauteurs de la "
     "résolution 2730.", {("2730 (2024)", "CHE")}),
    ("La Argentina celebra el aniversario de la resolución 1325. La Argentina fue uno de los impulsores de la "
     "Resolución 1325.", {("1325 (2000)", "ARG")}),
    ("Japan welcomes resolution 2730. Japan was one of the main promoters of resolution 2730.", {("2730 (2024)", "JPN")}),
    # a number of sponsors between "one of the" and the noun
    ("La Nouvelle-Zélande défend son vote sur la résolution 2334. La Nouvelle-Zélande a été l'un des quatre coauteurs "
     "de la résolution adoptée le mois dernier.", {("2334 (2016)", "NZL")}),
    ("Nueva Zelanda defiende su voto sobre la resolución 2334. Nueva Zelanda fue uno de los cuatro copatrocinadores de "
     "la resolución aprobada el mes pasado.", {("2334 (2016)", "NZL")}),
])
def test_the_author_counted_among_the_sponsors_is_a_sponsor(text: str, expected: set[tuple[str, str]]) -> None:
    assert sponsors(text) == expected
    assert {s["rule"] for s in extract_text(text, "x.txt").sponsors} == {"among-sponsors"}


def test_another_state_counted_among_the_sponsors_is_not_the_author() -> None:
    text = ("Spain welcomes resolution 76/262. Spain notes that Norway was one of the countries that co-sponsored "
            "resolution 76/262.")
    assert ("76/262", "ESP") not in sponsors(text)


@pytest.mark.parametrize("text", [
    "Spain welcomes the adoption of resolution 76/262. Spain was not among the co-sponsors of resolution 76/262.",
    "Spain welcomes resolution 2334. Spain was one of the first delegations that tabled amendments to resolution 2334.",
    "España exige que los responsables, entre los autores de las violaciones, rindan cuentas conforme a la resolución 2334.",
])
def test_among_the_sponsors_denied_or_of_something_else_is_no_sponsorship(text: str) -> None:
    assert sponsors(text) == set()


@pytest.mark.parametrize("text", [
    "Iran-backed Houthi Militias Defy Resolution 2216 in Yemen.",
    "The Saudi-led Coalition Violates Resolution 2216.",
])
def test_a_headline_s_subject_after_led_or_backed_is_no_sponsor(text: str) -> None:
    assert sponsors(text) == set()


def test_a_hyphened_sponsor_before_the_resolution_s_name_and_number() -> None:
    text = ("The Security Council voted unanimously to adopt UK-proposed Daesh Accountability Resolution 2379, which "
            "requests an Investigative Team.")
    assert sponsors(text) == {("2379 (2017)", "GBR")}


def test_a_state_promoted_the_adoption_of_a_resolution() -> None:
    text = "During its presidency, Italy promoted the adoption of Resolution 2388 on trafficking in persons."
    assert sponsors(text) == {("2388 (2017)", "ITA")}


def test_a_state_described_as_the_penholder_country() -> None:
    text = ("Le Conseil a adopté la résolution 2387. « Le Conseil ne pouvait pas attendre », a déclaré le délégué de "
            "la France, pays porte-plume de la résolution, lors des explications de vote.")
    with lexicon.using("fr"):
        assert sponsors(text) == {("2387 (2017)", "FRA")}


def test_a_quoted_title_between_the_resolution_and_its_sponsor() -> None:
    text = ("La Asamblea General aprobó la resolución 64/292 “Derecho Humano al Agua y Saneamiento” presentada por "
            "Bolivia con el apoyo de 122 países.")
    with lexicon.using("es"):
        assert sponsors(text) == {("64/292", "BOL")}


def test_a_resolution_named_by_its_quoted_title_is_another_resolution() -> None:
    text = ("El Mirex impulsó la aprobación de la resolución 2793 del Consejo de Seguridad. También resalta la adopción "
            "de la resolución \"Fortalecimiento de la respuesta ante el sargazo\", presentada por República Dominicana.")
    with lexicon.using("es"):
        assert ("2793 (2025)", "DOM") not in sponsors(text)


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Yesterday, the UN Security Council approved a draft resolution submitted by the United Arab Emirates on "
           "Gaza. The Emirates welcome the adoption of Resolution No. 2720.", {("2720 (2023)", "ARE")}),
    ("es", "El Consejo de Seguridad aprueba histórica resolución presentada por México contra el tráfico de armas. "
           "La resolución 2616 fue adoptada.", {("2616 (2021)", "MEX")}),
    ("fr", "« À l'initiative de la Côte d'Ivoire et des Pays-Bas, le Conseil de sécurité a adopté, ce matin, une "
           "résolution sur le maintien de la paix. » La résolution 2447 renforce les opérations.",
     {("2447 (2018)", "CIV"), ("2447 (2018)", "NLD")}),
])
def test_an_adopted_resolution_named_without_its_number_in_a_text_naming_one(lang: str, text: str, expected: set) -> None:
    with lexicon.using(lang):
        from unhrkg.extract.references import find_resolutions
        from unhrkg.extract.sponsors import find_sponsors
        found = find_sponsors(text, find_resolutions(text, None))
    assert {(s["resolution"]["number"], s["sponsor"]) for s in found} == expected


def test_an_unnumbered_resolution_is_not_bound_where_the_text_names_two() -> None:
    text = ("The Council approved a draft resolution submitted by Malta. It recalled resolutions 2712 (2023) and "
            "2720 (2023).")
    assert sponsors(text) == set()


@pytest.mark.parametrize("lang, text", [
    ("en", "Resolution 2334 remains unimplemented. We hope the Council will adopt the draft resolution presented by "
           "Egypt next week."),
    ("en", "Resolution 2334 stands. The Council failed to pass a resolution tabled by Russia."),
    ("fr", "La résolution 2334 est claire. Votre pays connaît la résolution présentée par l'Égypte."),
])
def test_an_adoption_hoped_for_failed_or_not_told_binds_no_unnumbered_resolution(lang: str, text: str) -> None:
    from unhrkg.extract.references import find_resolutions
    from unhrkg.extract.sponsors import find_sponsors
    with lexicon.using(lang):
        assert find_sponsors(text, find_resolutions(text, None)) == []


@pytest.mark.parametrize("text, state", [
    ("Statement by Guyana\n\nGuyana was the main sponsor of resolution 72/157 and welcomes its adoption.", "GUY"),
    ("Statement by Guyana\n\nGuyana was one of the main sponsors of resolution 72/157 and welcomes its adoption.", "GUY"),
    ("Statement by the President of Namibia\nAt the time when we initiated resolution 1325 (2000) in the Security Council, "
     "we never imagined its reach.", "NAM"),
    ("Déclaration de la France\n\nLa France est le principal auteur de la résolution 61/19 et se félicite de son adoption, "
     "qui est une étape importante pour les droits de la personne.", "FRA"),
    ("Déclaration de la France\n\nLa France a été l'un des principaux auteurs de la résolution 61/19 et se félicite de son "
     "adoption, qui est une étape importante pour les droits.", "FRA"),
    ("Declaración de Guyana\n\nGuyana fue el principal patrocinador de la resolución 61/19 y celebra su aprobación por la "
     "Asamblea General de las Naciones Unidas.", "GUY"),
])
def test_the_author_called_a_resolution_s_main_sponsor_or_tabling_it_itself(text: str, state: str) -> None:
    assert [(s["sponsor"], s["rule"]) for s in extract_text(text, "x.txt").sponsors] == [(state, "among-sponsors")]


def test_another_state_called_the_main_sponsor_is_not_the_author_sponsoring() -> None:
    r = extract_text("Statement by the Ministry of Foreign Affairs of Guyana\nRussia was the main sponsor of resolution 72/157.", "x.txt")
    assert [s["sponsor"] for s in r.sponsors if s["rule"] == "among-sponsors"] == []


@pytest.mark.parametrize("text, expected", [
    ("In 2014, Australia co-authored the initial resolution 2165 (2014) authorising cross-border assistance.",
     {("2165 (2014)", "AUS")}),
    ("I deliver this statement on behalf of the five co-drafters of Security Council resolution 2286 on Healthcare in "
     "Armed Conflict: Egypt, Japan, Spain, Uruguay and my own country, New Zealand.",
     {("2286 (2016)", c) for c in ("EGY", "JPN", "ESP", "URY", "NZL")}),
    ("The meeting followed up General Assembly resolution No. 71/248, which was an initiative by the State of Qatar "
     "and Liechtenstein.", {("71/248", "QAT"), ("71/248", "LIE")}),
    ("I deliver this statement on behalf of Brazil and Switzerland as co-penholders of the Syrian humanitarian file.\n\n"
     "We welcome today's unanimous adoption by the Security Council of resolution 2672.", {("2672 (2023)", "BRA"), ("2672 (2023)", "CHE")}),
])
def test_sponsors_named_as_drafters_authors_or_initiators(text: str, expected: set[tuple[str, str]]) -> None:
    assert sponsors(text) == expected


@pytest.mark.parametrize("text", [
    "We welcome the adoption of resolution 2672. We thank the previous co-penholders Ireland and Norway for their work.",
    "La France salue la résolution 2672. Nous remercions les anciens porte-plume, l'Irlande et la Norvège.",
])
def test_former_penholders_did_not_table_the_resolution_now_adopted(text: str) -> None:
    assert sponsors(text) == set()


@pytest.mark.parametrize("lang, text, author", [
    ("en", "The Security Council adopted resolution 2242. As a co-sponsor of this resolution, the UAE is committed to its "
           "full implementation.", "ARE"),
    ("fr", "Le Sénégal salue l'adoption de la résolution 2242. En tant que coauteur de cette résolution, le Sénégal "
           "s'engage à la mettre en œuvre.", "SEN"),
    ("es", "México celebra la aprobación de la resolución 2242. Como copatrocinador de esta resolución, México se "
           "compromete a aplicarla.", "MEX"),
])
def test_the_author_speaking_as_a_sponsor_of_the_resolution(lang: str, text: str, author: str) -> None:
    with lexicon.using(lang):
        assert sponsors(text) == {("2242 (2015)", author)}


def test_a_list_of_sponsors_steps_over_a_name_the_tables_do_not_know() -> None:
    with lexicon.using("fr"):
        found = sponsors("Cette résolution 2334 avait été introduite par la Malaisie, le Venezuela, la Nouvelle Zealand et le "
                         "Sénégal.")
    assert found == {("2334 (2016)", "MYS"), ("2334 (2016)", "VEN"), ("2334 (2016)", "SEN")}


def test_the_author_deciding_to_become_a_co_author_of_the_resolution() -> None:
    with lexicon.using("fr"):
        found = sponsors("Le Sénégal salue l'adoption de la résolution 2334. En décidant de se porter co-auteur de cette "
                         "résolution 2334, le Sénégal a voulu réaffirmer sa position.")
    assert ("2334 (2016)", "SEN") in found


@pytest.mark.parametrize("lang, text", [
    ("en", "The Islamic Republic of Iran rejects the accusations. As a co-sponsor of resolution 2231 (2015), the United "
           "States is bound by it."),
    ("fr", "L'Algérie rejette ces accusations. En tant que coauteur de la résolution 2231 (2015), l'Égypte est liée par elle."),
])
def test_another_state_speaking_as_a_sponsor_is_not_the_author(lang: str, text: str) -> None:
    with lexicon.using(lang):
        found = sponsors(text)
    assert ("2231 (2015)", "IRN") not in found and ("2231 (2015)", "DZA") not in found


def test_a_relative_initiative_phrase_names_the_sponsor_of_the_noun_just_before_it() -> None:
    text = "Resolution 1325 (2000) inspired the Focal Points Network, which was an initiative of Spain."
    assert sponsors(text) == set()


def test_co_penholders_named_first_table_only_a_resolution_whose_adoption_is_told() -> None:
    text = ("I speak on behalf of Ireland and Norway as co-penholders of the Syrian humanitarian file.\n\nWe recall "
            "resolution 2254 (2015) and its road map.")
    assert sponsors(text) == set()


def test_the_author_that_has_become_a_co_author() -> None:
    with lexicon.using("fr"):
        found = sponsors("Le Sénégal salue l'adoption de la résolution 2334. Mon pays s'est porté coauteur de cette "
                         "résolution 2334.")
    assert ("2334 (2016)", "SEN") in found


@pytest.mark.parametrize("text, expected", [
    ("At the 30th Session of this Council last October, Sri Lanka, by co-sponsoring the Resolution 30/1, broke away "
     "from the years of disengagement.", {("30/1", "LKA")}),
    ("Communiqué du ministère\n\nLa France, en présentant la résolution 2085 du Conseil de sécurité, a montré la voie. "
     "Le Conseil a adopté la résolution à l'unanimité.", {("2085 (2012)", "FRA")}),
    ("Comunicado de prensa\n\nChile, al copatrocinar la resolución 30/1 del Consejo de Derechos Humanos, mostró su "
     "compromiso con los derechos humanos.", {("30/1", "CHL")}),
])
def test_a_state_s_deed_told_by_a_gerund_after_it(text: str, expected: set[tuple[str, str]]) -> None:
    assert sponsors(text) == expected


def test_a_gerund_with_no_state_before_it_names_no_sponsor() -> None:
    assert sponsors("The Council, by adopting resolution 30/1, broke away from the past.") == set()


@pytest.mark.parametrize("text, expected", [
    ("Minister Dinesh Gunawardena reiterated the Government of Sri Lanka’s decision to withdraw from co-sponsorship of "
     "resolution 40/1 and the basis for doing so.", {("40/1", "LKA")}),
    ("Sri Lanka decided to withdraw from co-sponsorship of the United Nations Human Rights Council (UNHRC) resolution "
     "40/1.", {("40/1", "LKA")}),
])
def test_a_state_s_decision_to_table_and_an_acronym_in_the_body_s_name(text: str, expected: set[tuple[str, str]]) -> None:
    assert sponsors(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("La France se félicite de l'adoption de la résolution importante 1559, qu'elle a co-parrainée.",
     {("1559 (2004)", "FRA")}),
    ("Canada welcomes the adoption of resolution 53/4, which we co-sponsored.", {("53/4", "CAN")}),
    ("México celebra la adopción de las resoluciones 75/1 y 76/2, que copatrocinamos.", {("75/1", "MEX"), ("76/2", "MEX")}),
])
def test_a_relative_clause_after_the_resolution_says_the_author_tabled_it(text: str, expected: set[tuple[str, str]]) -> None:
    assert sponsors(text) == expected


def test_a_relative_clause_about_another_noun_names_no_sponsor() -> None:
    assert sponsors("Canada welcomes resolution 53/4 and the report, which we co-sponsored.") == set()


@pytest.mark.parametrize("text", [
    "Press Release. The Foreign Secretary briefed the President of the HRC on the decision of the Government of Sri "
    "Lanka to withdraw its co-sponsorship of Resolution 40/1 of March 2019. Sri Lanka rejects the resolution.",
    "Communiqué. Le Gouvernement de Sri Lanka a décidé de retirer son coparrainage de la résolution 40/1 du Conseil.",
    "Comunicado. El Gobierno de Sri Lanka decidió retirar su copatrocinio de la resolución 40/1 del Consejo.",
])
def test_the_author_withdrawing_its_cosponsorship_was_a_sponsor(text: str) -> None:
    assert sponsors(text) == {("40/1", "LKA")}


@pytest.mark.parametrize("text, expected", [
    ("Le Maroc salue la Résolution 2056 (2012) sur le Mali, dont le Maroc est un des principaux co-auteurs.",
     {("2056 (2012)", "MAR")}),
    ("The Assembly adopted resolution 64/292, whose main sponsor was Bolivia, in July 2010.", {("64/292", "BOL")}),
    ("The Assembly adopted resolution 64/292 on water, of which Bolivia and Spain were the main sponsors.",
     {("64/292", "BOL"), ("64/292", "ESP")}),
    ("Celebramos la resolución 64/292, de la cual Bolivia fue el principal promotor.", {("64/292", "BOL")}),
    ("The Assembly adopted resolutions 62/149 and 63/168, of which Italy was the main sponsor.",
     {("62/149", "ITA"), ("63/168", "ITA")}),  # the clause is about the whole list
    ("Le Conseil a adopté les résolutions 1701 (2006) et 2334 (2016), dont la France est un des principaux co-auteurs.",
     {("1701 (2006)", "FRA"), ("2334 (2016)", "FRA")}),
])
def test_a_relative_clause_after_the_resolution_names_its_sponsor(text: str, expected: set[tuple[str, str]]) -> None:
    assert sponsors(text) == expected


def test_a_relative_clause_far_from_the_resolution_names_no_sponsor() -> None:
    assert sponsors("Resolution 64/292 was adopted, of which Bolivia was a co-sponsor.") == {("64/292", "BOL")}
    assert sponsors("Resolution 64/292 was adopted. The fund, of which Bolivia is a main sponsor, grew.") == set()
    assert sponsors("Resolution 64/292 was adopted. The fund, of which Bolivia is the main sponsor, grew.") == set()


def test_a_state_that_tabled_a_list_of_resolutions_tabled_each() -> None:
    assert sponsors("La France et l'UE ont été à l'initiative des résolutions 62/149 et 63/168 de l'Assemblée générale.") == \
        {(n, s) for n in ("62/149", "63/168") for s in ("FRA", "EU")}
    assert sponsors("France tabled resolution 62/149. Resolution 63/168 was adopted later.") == {("62/149", "FRA")}


def test_others_counted_between_the_sponsors_and_their_verb() -> None:
    text = ("La France et l'UE avec 63 autres pays représentant toutes les régions ont été à l'initiative de la "
            "résolution 62/149.")
    assert sponsors(text) == {("62/149", "FRA"), ("62/149", "EU")}
    assert sponsors("France, in a speech that moved many others, tabled resolution 62/149.") == set()


def test_a_relative_clause_with_an_adverb_after_the_auxiliary() -> None:
    assert sponsors("Cette réunion fait suite à l'adoption de la résolution 2601 que le Luxembourg a également "
                    "coparrainée.") == {("2601 (2021)", "LUX")}


@pytest.mark.parametrize("text, expected", [
    ("Le Conseil a adopté la résolution 2756. Le porte-plume (Pen Holder) du projet de résolution, à savoir les "
     "Etats-Unis, n'a pas respecté la neutralité.", {("2756 (2024)", "USA")}),
    ("The Council adopted resolution 2756. The penholder of the draft resolution, namely the United States, did not "
     "respect neutrality.", {("2756 (2024)", "USA")}),
    ("The Council adopted resolution 2756. The penholder of the text, the United Kingdom, consulted widely.",
     {("2756 (2024)", "GBR")}),
])
def test_the_penholder_of_the_draft_named_after_a_gloss(text: str, expected: set[tuple[str, str]]) -> None:
    assert sponsors(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Council adopted resolution 2756. The penholders (France and the United Kingdom) consulted widely.",
     {("2756 (2024)", "FRA"), ("2756 (2024)", "GBR")}),
    ("España y Francia, junto con otros 40 países, han presentado la resolución 62/149.",
     {("62/149", "ESP"), ("62/149", "FRA")}),
    ("France tabled resolution 62/149 and resolution 63/168 was adopted by consensus.", {("62/149", "FRA")}),
])
def test_names_in_brackets_others_before_the_number_and_a_clause_of_its_own(text: str, expected: set[tuple[str, str]]) -> None:
    assert sponsors(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Resolution 2719 (2023) was authored by the A3 group made up of Gabon, Ghana, and Mozambique.",
     {("2719 (2023)", "GAB"), ("2719 (2023)", "GHA"), ("2719 (2023)", "MOZ")}),
    ("La résolution 2719 a été présentée par le groupe A3 composé du Gabon, du Ghana et du Mozambique.",
     {("2719 (2023)", "GAB"), ("2719 (2023)", "GHA"), ("2719 (2023)", "MOZ")}),
    ("La resolución 2719 fue presentada por el grupo A3 integrado por Gabón, Ghana y Mozambique.",
     {("2719 (2023)", "GAB"), ("2719 (2023)", "GHA"), ("2719 (2023)", "MOZ")}),
])
def test_a_group_named_then_its_members_tabled_it(text: str, expected: set[tuple[str, str]]) -> None:
    assert sponsors(text) == expected


def test_a_state_s_sponsorship_of_a_resolution_said_with_its_name() -> None:
    assert sponsors("Ireland regrets the slow pace of change since Sri Lanka's co-sponsorship of resolution 30/1.") == \
        {("30/1", "LKA")}
    assert sponsors("Sri Lanka's co-sponsorship of the Council's work was noted in resolution 30/1.") == set()
    assert sponsors("The Sri Lankan co-sponsorship of resolution 30/1 was noted.") == {("30/1", "LKA")}
    assert sponsors("Sri Lanka co-sponsorship of resolution 30/1 was noted.") == set()  # (a name needs its "'s")


@pytest.mark.parametrize("text, expected", [
    ("The resolution 2489 was initiated by Indonesia in cooperation with Germany.", {("2489 (2019)", "IDN"), ("2489 (2019)", "DEU")}),
    ("La résolution 2489 a été présentée par l'Indonésie en collaboration avec l'Allemagne.",
     {("2489 (2019)", "IDN"), ("2489 (2019)", "DEU")}),
    ("La resolución 2489 fue presentada por Indonesia en cooperación con Alemania.", {("2489 (2019)", "IDN"), ("2489 (2019)", "DEU")}),
    ("The resolution 2489 was initiated by Indonesia, in cooperation with the Government of Afghanistan.", {("2489 (2019)", "IDN")}),
])
def test_a_partner_joined_to_a_sponsor_by_the_lexicons_words_is_a_sponsor(text: str, expected: set[tuple[str, str]]) -> None:
    assert sponsors(text) == expected


def test_every_language_lists_the_words_that_join_partners() -> None:
    for lang in lexicon.languages():
        assert lexicon.lookup("partners", lang=lang), lang  # one list, read by the sponsors and the joint authors


@pytest.mark.parametrize("text, expected", [
    ("The Council adopted Resolution 2253, drafted jointly by Russia and the United States, on ISIS.",
     {("2253 (2015)", "RUS"), ("2253 (2015)", "USA")}),
    ("Con la Resolución 2005/66 de la Comisión, presentada también por Argentina, se consagró el derecho.", {("2005/66", "ARG")}),
    ("Resolution 2589 (2021) was championed by India.", {("2589 (2021)", "IND")}),
])
def test_a_sponsor_verb_with_an_adverb_after_it(text: str, expected: set[tuple[str, str]]) -> None:
    assert sponsors(text) == expected


def test_an_adoption_told_across_a_vote_count_names_the_resolution_numbered_next() -> None:
    text = ("The Security Council tonight approved, with 12 votes in favour, three abstentions (US, UK, Russia), and none "
            "against, a resolution tabled by Malta. Resolution 2712 calls for humanitarian pauses.")
    assert sponsors(text) == {("2712 (2023)", "MLT")}


@pytest.mark.parametrize("text", [
    # the adoption told is of another year than the one numbered resolution's: a new, unnumbered text
    "The Council on 31 May 2022 adopted a Ghana-Norway resolution. Ghana welcomes the adoption of the resolution. "
    "The resolution, which Ghana and Norway tabled, is key to security. It builds on resolution 2039 (2012).",
    # another body's adoption
    "L'Assemblée générale avait adopté une résolution présentée par la Serbie. Il a rappelé la résolution 1244 (1999).",
])
def test_a_resolution_told_without_its_number_is_not_the_one_numbered_later(text: str) -> None:
    assert sponsors(text) == set()


@pytest.mark.parametrize("text, expected", [
    # a year or a body elsewhere in the passage does not tell of another adoption
    ("Statement by Ireland\n\nIn line with the 2030 Agenda, Ireland welcomes the resolution, which it drafted.\n\n"
     "The text of Security Council resolution 2417 (2018) follows.", {("2417 (2018)", "IRL")}),
    ("The Security Council today approved a draft resolution submitted by the United Arab Emirates, in line with the 2030 "
     "Agenda.\n\nResolution 2686 (2023)", {("2686 (2023)", "ARE")}),
    # what sits between the adoption and the noun is more than a vote count
    ("The Council adopted, with 12 votes in favour, a presidential statement on Gaza, and then rejected, in a separate vote, "
     "a resolution drafted by Egypt. It also recalled resolution 2334 (2016).", set()),
    # a partner word in the resolution's own content, or set off by a dash
    ("Norway tabled resolution 2334 (2016), which calls upon all States to act in cooperation with Jordan.", {("2334 (2016)", "NOR")}),
    ("Germany decided to co-facilitate resolution 78/282 that designated July 11th – together with Rwanda.",
     {("78/282", "DEU"), ("78/282", "RWA")}),
])
def test_guards_on_adoptions_told_and_partners(text: str, expected: set[tuple[str, str]]) -> None:
    assert sponsors(text) == expected


@pytest.mark.parametrize("text, number, sponsor", [
    ("Statement by Malta\n\nMalta is proud to have co-sponsored resolution 65/308 on South Sudan.", "65/308", "MLT"),
    ("Statement by Malta\n\nMalta is proud to have been one of the Member States co-sponsoring the resolution that "
     "admitted South Sudan (resolution 65/308).", "65/308", "MLT"),
    ("Communiqué\n\nLe Sénégal est fier d'avoir coparrainé la résolution 2334 du Conseil de sécurité.", "2334 (2016)", "SEN"),
    ("Comunicado\n\nMéxico se enorgullece de haber copatrocinado la resolución 2334 del Consejo de Seguridad.",
     "2334 (2016)", "MEX"),
])
def test_a_state_proud_to_have_sponsored_or_one_of_those_sponsoring(text: str, number: str, sponsor: str) -> None:
    r = extract_text(text, "x.txt")
    assert (number, sponsor) in {(s["resolution"]["number"], s["sponsor"]) for s in r.sponsors}


@pytest.mark.parametrize("text, expected", [
    ("Statement by Guatemala\n\nAs Guatemala was one of the 72 sponsors of resolution 2242 (2015), we are happy to "
     "inform the Council.", {("2242 (2015)", "GTM")}),
    ("Statement by New Zealand\n\nAs one of the co-drafters of resolution 2286 (2016), New Zealand hoped the message "
     "would be heeded.", {("2286 (2016)", "NZL")}),
    ("Comunicado de España\n\nEspaña celebra la resolución 2201 (2015), con el copatrocinio de España y Jordania.",
     {("2201 (2015)", "ESP"), ("2201 (2015)", "JOR")}),
    ("Statement by Spain\n\nSpain welcomes resolution 2201 (2015), with the co-sponsorship of Spain and Jordan.",
     {("2201 (2015)", "ESP"), ("2201 (2015)", "JOR")}),
])
def test_one_of_the_numbered_sponsors_and_with_the_cosponsorship_of(text: str, expected: set) -> None:
    assert sponsors(text) >= expected


@pytest.mark.parametrize("sentence", [
    "This is one of the reasons why we are not co-sponsoring resolution 78/220 this year.",
    "Canada regrets that one of the sponsors of resolution 78/220 chose to introduce hostile amendments.",
    "Resolution 2334 (2016) was carried by the Security Council; Canada welcomes it.",
])
def test_another_sponsor_a_denied_sponsorship_or_a_vote_carried_is_no_sponsorship(sentence: str) -> None:
    assert not sponsors("Statement by the Permanent Mission of Canada\n\n" + sentence)


def test_proud_to_be_one_of_the_cosponsors_and_denials_inside_the_phrase() -> None:
    head = "Statement by the Permanent Mission of Ireland\n\n"
    assert ("2417 (2018)", "IRL") in sponsors(head + "Ireland is proud to be one of the co-sponsors of resolution 2417 (2018).")
    assert not sponsors(head + "This is one of the reasons why we aren't co-sponsoring resolution 78/220.")
    assert not sponsors(head + "This is one of the reasons why we decided against co-sponsoring resolution 78/220.")


def test_names_joined_before_the_verb_and_the_organ_named_between_it_and_the_resolution() -> None:
    text = ("Ambassador Davide said the modalities implement the Philippine-Pakistani initiated General Assembly "
            "Resolution 61/221 on dialogue.")
    assert sponsors(text) == {("61/221", "PHL"), ("61/221", "PAK")}
    assert sponsors("Estonia welcomes the US-led Security Council resolution 2401 (2018) on Syria.") == {("2401 (2018)", "USA")}
    assert sponsors("Iran-backed Houthi Militias Defy Security Council Resolution 2216 (2015)") == set()


def test_a_state_that_backed_a_resolution_voted_for_it_and_did_not_table_it() -> None:
    assert sponsors("In October 2022, Brazil backed UN General Assembly resolution ES-11/4 on Ukraine.") == set()
    assert sponsors("The Saudi-Emirati led Security Council resolution 2216 (2015) imposed an arms embargo.") == \
        {("2216 (2015)", "SAU"), ("2216 (2015)", "ARE")}


def positions_and_sponsors(text: str) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    r = extract_text(text, "x.txt")
    return {(p["target"]["number"], p["stance"]) for p in r.positions}, \
        {(s["resolution"]["number"], s["sponsor"]) for s in r.sponsors}


def test_the_author_among_the_sponsors_of_a_list_of_resolutions_sponsored_each() -> None:
    text = ("Statement by Trinidad and Tobago\n\nTrinidad and Tobago has been the main sponsor of resolutions 65/69, "
            "67/48 and 68/33 on women and disarmament, and resolution 70/12 was adopted later.")
    assert positions_and_sponsors(text)[1] == {("65/69", "TTO"), ("67/48", "TTO"), ("68/33", "TTO")}


@pytest.mark.parametrize("text, expected", [
    ("Statement by Viet Nam\n\nViet Nam took the lead on the issue as penholder of Resolution 2573 on the protection "
     "of civilians.", ("2573 (2021)", "VNM")),
    ("Statement by India\n\nIndia had piloted Security Council Resolution 2589 during our Presidency.", ("2589 (2021)", "IND")),
    ("Statement of Portugal\n\nWe were also initial co-sponsors of the Resolution 32/31 on civil society space.",
     ("32/31", "PRT")),
    ("Statement by Turkmenistan\n\n2023 was declared the Year of Dialogue in accordance with resolution 77/32 of the "
     "General Assembly by the initiative of Turkmenistan.", ("77/32", "TKM")),
    ("Burundi rejects the resolution 2303. The proposal was not taken into account by France, the country that "
     "initiated the resolution.", ("2303 (2016)", "FRA")),
])
def test_more_ways_of_saying_who_tabled(text: str, expected: tuple[str, str]) -> None:
    assert expected in positions_and_sponsors(text)[1]


@pytest.mark.parametrize("text, expected", [
    ("Communiqué de l'ambassade\n\nFaisant écho à la résolution 2039 sur la piraterie dans le Golfe de Guinée co-parrainée "
     "par la France et adoptée à l’unanimité par le Conseil de sécurité.", ("2039 (2012)", "FRA")),
    ("Communiqué du Gabon\n\nLa résolution 2759 (2024) adoptée, présentée par la France, prévoit le maintien du plafond "
     "des troupes.", ("2759 (2024)", "FRA")),
])
def test_a_title_or_the_adoption_told_between_the_resolution_and_its_sponsor(text: str, expected: tuple[str, str]) -> None:
    assert expected in positions_and_sponsors(text)[1]


@pytest.mark.parametrize("text, number, sponsor", [
    ("Ambassador Lodhi recalled that GA Resolution 2253, adopted on July 4, 1967 at an Emergency Special Session of "
     "the General Assembly, was led and sponsored by Pakistan.", "2253 (ES-V)", "PAK"),
    ("Resolution 2624, which was drafted and tabled by the United Arab Emirates, expands the arms embargo.", "2624 (2022)", "ARE"),
])
def test_two_sponsor_verbs_joined_and_a_dated_phrase_set_off_before_them(text: str, number: str, sponsor: str) -> None:
    from unhrkg.extract import extract_text
    assert {(s["resolution"]["number"], s["sponsor"]) for s in extract_text(text, "x.txt").sponsors} == {(number, sponsor)}


@pytest.mark.parametrize("text, expected", [
    ("Le Conseil de sécurité a adopté une nouvelle résolution prolongeant le mandat de la MINURSO. Proposé par les "
     "États-Unis, le texte a été approuvé par 12 des 15 membres du Conseil, ouvrant la voie à la résolution n°2756.",
     {("2756 (2024)", "USA")}),
    ("Dans cette résolution 48/13, le Conseil a appelé les États à travailler ensemble. Le texte, proposé par le Maroc "
     "et les Maldives, a été adopté par une très large majorité. Par une deuxième résolution (48/14), le Conseil a "
     "créé un Rapporteur spécial.", {("48/13", "MAR"), ("48/13", "MDV")}),
    ("The Council adopted resolution 2719 (2023) on Friday. The text, drafted by Ghana, was adopted unanimously.",
     {("2719 (2023)", "GHA")}),
])
def test_the_text_told_adopted_is_the_resolution_for_its_sponsors(text: str, expected: set[tuple[str, str]]) -> None:
    from unhrkg.extract import extract_text
    assert {(s["resolution"]["number"], s["sponsor"]) for s in extract_text(text, "x.txt").sponsors} == expected


@pytest.mark.parametrize("text", [
    "The Council adopted resolution 2719 (2023). The text, drafted by Ghana, failed to be adopted after a veto.",
    "The Council adopted resolutions 2719 (2023) and 2720 (2023). Later, the text proposed by Ghana was debated.",
])
def test_a_text_not_told_adopted_or_with_no_resolution_to_bind_gets_no_sponsor(text: str) -> None:
    from unhrkg.extract import extract_text
    assert extract_text(text, "x.txt").sponsors == []


@pytest.mark.parametrize("text, expected", [
    ("La resolución 76/269 de la Asamblea General, del 20 de junio de 2022, fue copatrocinada por 191 delegaciones, "
     "incluida la República del Paraguay.", {("76/269", "PRY")}),
    ("Resolution 76/269 was co-sponsored by 191 countries, including Paraguay and Chile.", {("76/269", "PRY"), ("76/269", "CHL")}),
    ("La résolution 76/269 a été coparrainée par 191 délégations, dont le Paraguay.", {("76/269", "PRY")}),
])
def test_a_count_of_sponsors_then_those_named_among_them(text: str, expected: set[tuple[str, str]]) -> None:
    from unhrkg.extract import extract_text
    assert {(s["resolution"]["number"], s["sponsor"]) for s in extract_text(text, "x.txt").sponsors} == expected


def test_a_draft_adopted_is_not_the_earlier_resolution_the_text_numbers() -> None:
    from unhrkg.extract import extract_text
    text = ("The Third Committee approved the draft resolution on Crimea on Tuesday. The draft resolution, co-authored by "
            "42 countries, including Ukraine and Poland, is a logical continuation of last year's resolution of the "
            "General Assembly No. 71/205.")
    assert extract_text(text, "x.txt").sponsors == []


@pytest.mark.parametrize("text, expected", [
    ("Statement\n\nAs a country that knows the consequences of war and the main sponsor of Resolution 1889 (2009) on "
     "Women, Peace and Security, Viet Nam would like to underline the following.", {("1889 (2009)", "VNM")}),
    ("Declaración\n\nComo promotor de la resolución 64/292 sobre el derecho al agua, Bolivia celebra su aniversario.",
     {("64/292", "BOL")}),
])
def test_a_sentence_opened_by_as_the_sponsor_names_its_subject_after_the_comma(text: str, expected: set[tuple[str, str]]) -> None:
    r = extract_text(text, file="t.txt")
    assert {(s["resolution"]["number"], s["sponsor"], s["rule"]) for s in r.to_dict()["sponsors"]} == \
        {(n, st, "fronted-sponsor") for n, st in expected}


def test_as_a_supporter_of_a_resolution_is_not_its_sponsor() -> None:
    r = extract_text("Statement\n\nAs a member of the Council and a supporter of resolution 2334, Malaysia welcomes the "
                     "report.", file="t.txt")
    assert r.to_dict()["sponsors"] == []


def test_a_sponsor_told_with_when_between_it_and_its_verb_tabled_each_titled_resolution_listed() -> None:
    r = extract_text('Statement\n\nAttaching great importance to these issues, Ukraine in recent years co-sponsored the UN GA '
                     'resolutions "Assistance in mine action" (70/80) and "Countering the threat posed by improvised '
                     'explosive devices" (71/72).', file="t.txt")
    assert {(s["resolution"]["number"], s["sponsor"]) for s in r.to_dict()["sponsors"]} == {("70/80", "UKR"), ("71/72", "UKR")}


@pytest.mark.parametrize("text", [
    "Statement\n\nAs the main sponsor of resolution 1889 (2009), we thank Japan, Brazil and Mexico for their support.",
    "Declaración\n\nComo promotor de la resolución 64/292, nuestro país agradece a Alemania, España y Francia su apoyo.",
    "Statement\n\nAs noted by the main sponsor of resolution 1889 (2009), Japan welcomes the debate.",
    "Declaración\n\nComo señaló el promotor de la resolución 64/292, Alemania celebra el aniversario.",
    "Statement\n\nAs the penholder on resolution 2334 has pointed out, Egypt remains concerned.",
])
def test_a_state_after_a_fronted_sponsor_phrase_is_not_its_sponsor_unless_it_is_the_subject_described(text: str) -> None:
    r = extract_text(text, file="t.txt")
    assert not any(s["rule"] == "fronted-sponsor" for s in r.to_dict()["sponsors"])


@pytest.mark.parametrize("text, expected", [
    ("Switzerland set priorities, such as Resolution 2730 on the protection of humanitarian personnel. This was tabled "
     "by Switzerland, which also chaired a meeting.", {("SC", "2730 (2024)", "CHE")}),
    ("The Council adopted resolution 2730 (2024). It was drafted by Switzerland and Ecuador.",
     {("SC", "2730 (2024)", "CHE"), ("SC", "2730 (2024)", "ECU")}),
    ("Le Conseil a adopté la résolution 2730 (2024). Celle-ci a été présentée par la Suisse.", {("SC", "2730 (2024)", "CHE")}),
])
def test_a_pronoun_opening_the_next_sentence_with_a_passive_tabling_verb(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert {(s["resolution"]["body"], s["resolution"]["number"], s["sponsor"]) for s in read("Note\n\n" + text).sponsors} == expected


def test_an_adverb_before_pleased_to_co_sponsor() -> None:
    r = read("Statement by New Zealand\n\nThe Council adopted resolution 2261 (2016). New Zealand was very pleased to "
             "co-sponsor this resolution.")
    assert {(s["resolution"]["number"], s["sponsor"]) for s in r.sponsors} == {("2261 (2016)", "NZL")}


@pytest.mark.parametrize("text, sponsor", [
    ("Les autorités burundaises accusent la France, à l'origine de la résolution 2303 (2016), et le Rwanda.", "FRA"),
    ("Las autoridades acusan a Francia, que está en el origen de la resolución 2303 (2016), de injerencia.", "FRA"),
    ("The authorities accuse France, at the origin of resolution 2303 (2016), of interference.", "FRA"),
])
def test_a_state_at_the_origin_of_a_resolution_in_apposition(text: str, sponsor: str) -> None:
    assert {(s["resolution"]["number"], s["sponsor"]) for s in read("Note\n\n" + text).sponsors} == {("2303 (2016)", sponsor)}


@pytest.mark.parametrize("text", [
    # a pronoun with no tabling passive after it
    "The Council adopted resolution 2730 (2024). It was welcomed by Switzerland and Ecuador.",
    "The Council adopted resolution 2730 (2024). Then it was tabled by Switzerland that the Council meet again.",
    "Resolution 2730 (2024) was adopted. This year Switzerland introduced a draft on another subject.",
    # a pronoun that may mean something else than the resolution named before it
    "Norway took part today in the open debate of the Security Council on the implementation of resolution 1325 (2000). "
    "It was led by Malta, which holds the presidency this month.",
    "Kenya today launched its third National Action Plan on resolution 1325 (2000). It was developed by Kenya and Norway.",
    "Norway voted against the amendment to resolution 2334 (2016). It was proposed by the Russian Federation.",
    "Resolution 2730 (2024), which builds on resolution 2175 (2014), was adopted unanimously today. It was tabled by Switzerland.",
    # the agent of an act at the origin of a resolution
    "La Belgique rappelle l'annexion illégale de la Crimée par la Russie, à l'origine de la résolution 68/262 de l'Assemblée générale.",
    "Chile recuerda la invasión de Kuwait por Irak, en el origen de la resolución 678 (1990).",
    "Ukraine recalls the occupation of Crimea by Russia, at the origin of resolution 68/262.",
])
def test_words_that_look_like_a_tabling_and_name_no_sponsor(text: str) -> None:
    assert read("Note\n\n" + text).sponsors == []


def test_a_pronoun_after_a_resolutions_adoption_by_a_body() -> None:
    r = read("Statement by Norway\n\nNorway welcomes the adoption by the Security Council of resolution 2730 (2024) on the "
             "protection of humanitarian personnel. This was tabled by Switzerland.")
    assert {(s["resolution"]["number"], s["sponsor"]) for s in r.sponsors} == {("2730 (2024)", "CHE")}


@pytest.mark.parametrize("text", [
    "Explanation of vote by the Russian Federation. We note the efforts of UAE and Japan as penholders of the Afghan file "
    "in the Council. We are satisfied with the rollover of the mandate of UNAMA stipulated by resolution 2626.",
    "Explanation of vote by the Russian Federation. Juba achieved progress as per resolution 2577. At the same time, the "
    "United States, acting as penholder of South Sudanese file in the Security Council, ignored the calls of Juba.",
])
def test_a_penholder_of_a_file_is_no_sponsor_of_a_resolution_merely_named(text: str) -> None:
    assert sponsors(text) == set()


def test_the_penholders_of_a_file_sponsor_the_resolution_whose_adoption_is_told() -> None:
    text = ("I deliver this statement on behalf of Brazil and Switzerland as co-penholders of the Syrian humanitarian file. "
            "We welcome the unanimous adoption of resolution 2672 today.")
    assert sponsors(text) == {("2672 (2023)", "BRA"), ("2672 (2023)", "CHE")}


@pytest.mark.parametrize(("text", "expected"), [
    # the partners joined right after the verb of a relative clause on the resolution
    ("The EU welcomes today's discussion, pursuant to resolution 77/227, which the EU presented together with the "
     "Organisation of Islamic Cooperation, during the last session of the Third Committee.",
     {("77/227", "EU"), ("77/227", "OIC")}),
    ("Resolution 2249, which France presented, was adopted together with Germany's amendments.", {("2249 (2015)", "FRA")}),
    ("Resolution 1701, drawn up by the United States and France after protracted haggling, calls for a withdrawal.",
     {("1701 (2006)", "USA"), ("1701 (2006)", "FRA")}),
    ("Resolution 2201 was tabled by the United Kingdom (penholder) and Jordan.",  # a gloss in lower case on a list's item
     {("2201 (2015)", "GBR"), ("2201 (2015)", "JOR")}),
])
def test_partners_glosses_and_drawing_up(text: str, expected: set[tuple[str, str]]) -> None:
    assert sponsors(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the Spanish preterite, the tense of the press
    ("Comunicado\n\nMéxico presentó la resolución 2616 del Consejo de Seguridad sobre armas.", {("2616 (2021)", "MEX")}),
    ("Comunicado\n\nChile y Costa Rica copatrocinaron la resolución 51/29 del Consejo de Derechos Humanos.",
     {("51/29", "CHL"), ("51/29", "CRI")}),
    # a year between the verb and what it did
    ("Comunicado\n\nBolivia lideró en 2010 la adopción de la Resolución de la Asamblea General de la ONU 64/292.", {("64/292", "BOL")}),
    ("Statement\n\nBolivia led in 2010 the adoption of General Assembly resolution 64/292.", {("64/292", "BOL")}),
    # the resolution's date between it and the relative clause naming its sponsor
    ("Statement\n\nThe Council extended it by resolution 34/1 on 23 March 2017, which Ireland co-sponsored, and welcomed it.",
     {("34/1", "IRL")}),
    ("Comunicado\n\nLa resolución 64/292 del 28 de julio de 2010, que Bolivia presentó, reconoce el derecho al agua.", {("64/292", "BOL")}),
])
def test_preterites_years_and_dates_between(text: str, expected: set[tuple[str, str]]) -> None:
    assert sponsors(text) == expected


@pytest.mark.parametrize("text", [
    "Comunicado\n\nEl Secretario General presentó su informe conforme a la resolución 2231 (2015).",
    "Déclaration\n\nLa résolution 2334 du 23 décembre 2016, que la France a soutenue, exige l'arrêt de la colonisation.",
    "Comunicado\n\nColombia presentó en 2019 su informe sobre la aplicación de la resolución 2366 (2017).",
])
def test_a_preterite_or_a_date_that_names_no_sponsor(text: str) -> None:
    assert sponsors(text) == set()


@pytest.mark.parametrize(("text", "sponsors"), [
    ("India is a strong proponent of accountability. We have, in the past, piloted Security Council resolution 2589, the "
     "first resolution on such crimes.", [("2589 (2021)", "IND")]),
    ("India is a strong proponent of accountability. We have, as you know, not tabled Security Council resolution 2589.", []),
    ("I wish to thank the co-sponsors of resolution 41/193; Australia, Fiji and Vanuatu.",
     [("41/193", "AUS"), ("41/193", "FJI"), ("41/193", "VUT")]),
    ("I wish to thank the co-sponsors of resolution 41/193; Australia and Fiji abstained.", []),
    # an item of a list a colon opened: the semicolon parts the items
    ("Two groups of delegations spoke after the vote: the sponsors of resolution 2334 (2016); Israel and the United States.", []),
    # the resolution names the report submitted
    ("Statement by Kenya.\n\nWe have, as requested, submitted resolution 1540 (2004) national report to the Committee.", []),
])
def test_an_aside_after_we_have_and_a_semicolon_before_the_list(text: str, sponsors: list) -> None:
    record = extract_text(text, "x.txt")
    assert [(s["resolution"]["number"], s["sponsor"]) for s in record.sponsors] == sponsors


@pytest.mark.parametrize("text", [
    "Le Sénégal, le Venezuela, la Nouvelle-Zélande et la Malaisie ont conjointement réintroduit le projet de résolution 2334 "
    "au Conseil de sécurité.",
    "Senegal, Venezuela, New Zealand and Malaysia re-tabled the draft resolution 2334 in the Security Council.",
])
def test_those_who_tabled_a_draft_again_are_its_sponsors(text: str) -> None:
    record = extract_text(text, "x.txt")
    assert [(s["resolution"]["number"], s["sponsor"]) for s in record.sponsors] == \
        [("2334 (2016)", "SEN"), ("2334 (2016)", "VEN"), ("2334 (2016)", "NZL"), ("2334 (2016)", "MYS")]


@pytest.mark.parametrize("text", [
    "Iran: les sanctions de la résolution 1929 (2010), réintroduites par la France, l'Allemagne et le Royaume-Uni, sont illégales.",
    "The moratorium of resolution 77/222 on the use of the death penalty, reintroduced by the Democratic Republic of the Congo.",
])
def test_what_is_reintroduced_after_a_resolution_is_not_the_resolution(text: str) -> None:
    assert extract_text(text, "x.txt").sponsors == []


@pytest.mark.parametrize("text, expected", [
    ("Press release\n\nThe Security Council today adopted resolution 2601 (2021), co-penned by Norway and Niger, on "
     "the protection of education.", {("2601 (2021)", "NOR"), ("2601 (2021)", "NER")}),
    # the normaliser prints a dash as " - ": the resolution, the dash, the relative clause
    ("In Hindsight\n\nThe Council adopted resolution 2573 on the protection of civilian objects. In the end, the "
     "resolution\u2014which was an initiative of Viet Nam and Switzerland\u2014had 112 cosponsors.",
     {("2573 (2021)", "VNM"), ("2573 (2021)", "CHE")}),
    ("Press statement\n\nThe Council adopted resolution 2417 (2018), which the Netherlands co-drafted with Côte "
     "d'Ivoire, on conflict and hunger.", {("2417 (2018)", "NLD"), ("2417 (2018)", "CIV")}),
])
def test_co_penned_an_initiative_set_off_by_dashes_and_a_partner_after_the_verb(text: str, expected: set[tuple[str, str]]) -> None:
    assert sponsors(text) == expected


def test_support_that_comes_with_a_relative_clause_names_no_partner() -> None:
    assert sponsors("Press statement\n\nThe Council adopted resolution 2417 (2018), which the Netherlands presented "
                    "with the support of 50 States.") == {("2417 (2018)", "NLD")}


@pytest.mark.parametrize("text, expected", [
    ("Mali - Adoption de la résolution 2085 par le Conseil de sécurité\n\nPARIS - Le Conseil de sécurité vient d'adopter le "
     "projet de résolution porté par la France sur le Mali.", {("2085 (2012)", "FRA")}),
    ("Haití - Aprobación de la resolución 2653 por el Consejo de Seguridad\n\nEl Consejo de Seguridad acaba de aprobar el "
     "proyecto de resolución presentado por México sobre Haití.", {("2653 (2022)", "MEX")}),
])
def test_a_draft_the_council_has_just_adopted_is_the_resolution_the_text_names(text: str, expected: set[tuple[str, str]]) -> None:
    assert sponsors(text) == expected


def test_a_draft_named_by_its_symbol_with_its_sponsor_then_adopted_as_a_numbered_resolution() -> None:
    text = ("The situation in Libya - Security Council, 8500th meeting\n\nThe President drew attention to the text of a draft "
            "resolution contained in document S/2019/123, submitted by the United Kingdom.\nDecision: The draft resolution "
            "(S/2019/123) received 15 votes in favour and was adopted as resolution 2473 (2019).")
    assert sponsors(text) == {("2473 (2019)", "GBR")}


def test_a_draft_submitted_by_one_state_and_a_resolution_adopted_from_another_draft() -> None:
    text = ("Security Council, 8500th meeting\n\nThe President drew attention to the draft resolution contained in document "
            "S/2019/123, submitted by the United Kingdom, and to document S/2019/124.\nDecision: The draft resolution "
            "(S/2019/124) was adopted as resolution 2473 (2019).")
    assert ("2473 (2019)", "GBR") not in sponsors(text)


@pytest.mark.parametrize("text, expected", [
    ("Statement by Norway\n\nSweden and three other elected Council members tabled resolution 2417 (2018) on "
     "conflict and hunger.", {("2417 (2018)", "SWE")}),
    ("Déclaration de la Belgique\n\nLa France et deux autres membres du Conseil ont présenté la résolution 2417 "
     "(2018).", {("2417 (2018)", "FRA")}),
])
def test_a_sponsor_and_others_counted_but_not_named(text: str, expected: set[tuple[str, str]]) -> None:
    assert sponsors(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Comunicado de la Cancillería argentina\n\nLa Asamblea General adoptó la resolución 37/9. Entre los promotores "
     "de la resolución figuran Brasil, Colombia y México, entre otras naciones. Argentina celebra.",
     {("37/9", "BRA"), ("37/9", "COL"), ("37/9", "MEX")}),
    ("Statement by Argentina\n\nAmong the sponsors of resolution 37/9 were Brazil, Colombia and Mexico. Argentina "
     "welcomes it.", {("37/9", "BRA"), ("37/9", "COL"), ("37/9", "MEX")}),
    ("Statement by Argentina\n\nArgentina was among the sponsors of resolution 37/9.", {("37/9", "ARG")}),
])
def test_the_states_listed_among_the_sponsors_are_those_sponsors(text: str, expected: set[tuple[str, str]]) -> None:
    assert sponsors(text) == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Le Conseil de sécurité, à l'initiative de la France et du Royaume-Uni, a adopté le 24 septembre la "
           "résolution 1199, fondée sur le chapitre VII.", {("1199 (1998)", "FRA"), ("1199 (1998)", "GBR")}),
    ("en", "The Security Council, at the initiative of France and Senegal, adopted on 3 March resolution 2100 (2013).",
     {("2100 (2013)", "FRA"), ("2100 (2013)", "SEN")}),
    ("es", "El Consejo de Seguridad, a iniciativa de México, aprobó ayer la resolución 1540 (2004).",
     {("1540 (2004)", "MEX")}),
    # the partners counted after the named sponsor ("y de otros 40 Estados", "and 40 other States")
    ("es", "La Asamblea General, a propuesta del Perú y de otros 40 Estados, aprobó el 20 de diciembre la resolución "
           "74/168.", {("74/168", "PER")}),
    ("fr", "L'Assemblée générale, à l'initiative de la France et de 40 autres États, a adopté le 20 décembre la "
           "résolution 74/168.", {("74/168", "FRA")}),
    # the aside closed by another act: the resolution named later is not the initiative's
    ("en", "The Security Council, at the initiative of France, adopted a statement that recalls resolution 2100 (2013).",
     set()),
    ("en", "The Council, at the initiative of France, met and then adopted resolution 2100 (2013).", set()),
])
def test_an_initiative_set_off_by_commas_before_the_adoption_names_the_sponsor(
        lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    from unhrkg.extract import lexicon
    with lexicon.using(lang):
        assert sponsors(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Government of Sri Lanka informed the Council of its decision to withdraw from co-sponsoring ‘Resolution "
     "30/1’ terming it unconstitutional.", {("30/1", "LKA")}),
    ("The Government of Sri Lanka announced that it withdraws from the co-sponsorship of Resolution 30/1.",
     {("30/1", "LKA")}),
    # another State's withdrawal told by the author is not the author's sponsorship
    ("The United Kingdom regrets Sri Lanka’s decision to withdraw from co-sponsoring Resolution 30/1.", set()),
])
def test_leaving_the_co_sponsors_says_the_author_was_one(text: str, expected: set[tuple[str, str]]) -> None:
    assert sponsors(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The United States-sponsored text, adopted as resolution 2272 (2016), requests the Secretary-General to act.",
     {("2272 (2016)", "USA")}),
    ("The Japan-led draft, which was adopted as resolution 2272 (2016), requests the Secretary-General to act.",
     {("2272 (2016)", "JPN")}),
    # a text adopted as the resolution with no sponsor named before it
    ("The revised text, adopted as resolution 2272 (2016), requests the Secretary-General to act.", set()),
])
def test_a_hyphened_sponsor_of_the_text_adopted_as_the_resolution(text: str, expected: set[tuple[str, str]]) -> None:
    assert sponsors(text) == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The United Kingdom welcomed the historic co-sponsorship by Sri Lanka of Resolution 30/1 at the Council."),
    ("fr", "Le Royaume-Uni salue le coparrainage par le Sri Lanka de la résolution 30/1."),
    ("es", "El Reino Unido celebra el copatrocinio por Sri Lanka de la resolución 30/1."),
])
def test_a_deed_named_with_its_doer_before_the_resolution(lang: str, text: str) -> None:
    with lexicon.using(lang):
        assert sponsors(text) == {("30/1", "LKA")}


def test_a_deed_by_a_state_of_another_text_names_no_sponsor() -> None:
    assert sponsors("The United Kingdom welcomed the sponsorship by Sri Lanka of a new text, unlike resolution 30/1.") == set()


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Canada welcomed the introduction by Pakistan, on behalf of the OIC, of resolution 16/18.", {("16/18", "OIC")}),
    ("es", "Cuba celebra la presentación por Venezuela, en nombre del Movimiento de Países No Alineados, de la resolución "
           "78/170.", {("78/170", "NAM")}),
])
def test_a_deed_by_a_speaker_for_a_group_is_the_groups(lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    with lexicon.using(lang):
        assert sponsors(text) == expected

"""The author's stance toward resolutions, and who tabled them."""
from __future__ import annotations

import pytest

from helpers.extract import mentions, sponsors, stances
from unhrkg.extract import extract_text, lexicon


@pytest.mark.parametrize("sentence", [
    "Belarus does not recognize resolution 2004/14.",
    "Myanmar dissociates itself from resolution 2004/14.",
    "Iran considers resolution 2004/14 null and void.",
    "The Government categorically rejects resolution 2004/14.",
    "Cuba will not cooperate with resolution 2004/14 in any way.",
])
def test_rejection_in_other_words(sentence: str) -> None:
    assert stances(sentence, ["BLR", "MMR", "IRN", "CUB"]) == {("CHR", "2004/14", "rejects")}


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Sri Lanka has once again declined to accept the mechanism established by resolution 2004/14."),
    ("fr", "Le Burundi refuse d'accepter la résolution 2004/14."),
    ("es", "Venezuela se niega a aceptar la resolución 2004/14."),
    ("es", "Nicaragua rehúsa reconocer la resolución 2004/14."),
])
def test_declining_to_accept_is_a_rejection(lang: str, sentence: str) -> None:
    with lexicon.using(lang):
        assert stances(sentence, ["LKA", "BDI", "VEN", "NIC"]) == {("CHR", "2004/14", "rejects")}


@pytest.mark.parametrize("sentence", [
    "Sudan welcomes the adoption of resolution 2004/46 by consensus.",
    "Algeria fully supports resolution 2004/46.",
    "Egypt reaffirms its full support for resolution 2004/46.",
    "The Netherlands voted in favour of resolution 2004/46.",
])
def test_support_in_other_words(sentence: str) -> None:
    assert stances(sentence, ["SDN", "DZA", "EGY", "NLD"]) == {("CHR", "2004/46", "supports")}


def test_no_stance_without_an_author_state() -> None:
    assert stances("Rejects resolution 2004/14.", []) == set()


def test_another_states_rejection_is_not_the_authors() -> None:
    text = ("The Government of Japan regrets that the Democratic People's Republic of Korea continues "
            "to reject Commission resolutions 2003/10 and 2004/13.")
    assert stances(text, ["JPN"]) == set()


def test_a_state_named_after_a_preposition_is_not_the_subject_of_the_stance() -> None:
    text = ("Turkmenistan objects to resolution 59/206, which was initiated by the European Union and the "
            "United States of America, and cannot accept Commission resolution 2004/12.")
    assert stances(text, ["TKM"], "GA") == {("GA", "59/206", "rejects"), ("CHR", "2004/12", "rejects")}


def test_negated_support_is_not_support() -> None:
    assert stances("Cuba does not support resolution 2004/46.", ["CUB"]) == {("CHR", "2004/46", "rejects")}


def test_a_stance_toward_something_a_relative_clause_links_to_a_resolution_is_not_a_stance_on_it() -> None:
    text = ("The Government of the Sudan rejects the conclusions of the report, which go beyond the mandate "
            "given to the Group of Experts by Council resolution 4/8.")
    assert stances(text, ["SDN"], "HRC") == set()


def test_a_resolution_that_is_itself_the_subject_of_the_cue_takes_no_stance() -> None:
    text = "Canada recalls Security Council resolution 1373 (2001), which condemns terrorism."
    assert stances(text, ["CAN"]) == set()


def test_a_stance_covers_every_resolution_coordinated_in_its_object() -> None:
    text = ("Algeria fully supports Security Council resolution 1495 (2003) of 31 July 2003, which endorsed "
            "the peace plan, as well as General Assembly resolution 58/109 of 9 December 2003.")
    assert stances(text, ["DZA"]) == {("SC", "1495 (2003)", "supports"), ("GA", "58/109", "supports")}


def test_stance_through_the_resolution_anaphor() -> None:
    text = "Commission resolution 2004/13 was adopted. The DPRK rejects and does not even recognize the resolution."
    assert stances(text, ["PRK"]) == {("CHR", "2004/13", "rejects")}


def test_passive_sponsor() -> None:
    assert sponsors("Belarus rejects resolution 2004/14, which was tabled by the United States of America.") == {
        ("CHR", "2004/14", "USA")}


def test_sponsor_after_an_adverb_in_the_relative_clause() -> None:
    text = "The draft follows General Assembly resolution 60/171, which had also been initiated by Canada."
    assert sponsors(text, "GA") == {("GA", "60/171", "CAN")}


def test_sponsor_after_the_title_of_the_resolution() -> None:
    text = ("General Assembly resolution 59/206 on the situation of human rights in Turkmenistan, which was "
            "initiated by the European Union and the United States of America, is unfair.")
    assert sponsors(text, "GA") == {("GA", "59/206", "EU"), ("GA", "59/206", "USA")}


def test_one_sponsor_phrase_after_a_list_covers_the_whole_list() -> None:
    text = "Commission resolutions 2003/10 and 2004/13, both tabled by the European Union, are unfair."
    assert sponsors(text) == {("CHR", "2003/10", "EU"), ("CHR", "2004/13", "EU")}


def test_active_voice_sponsor() -> None:
    assert sponsors("Canada tabled resolution 2004/46 on violence against women.") == {("CHR", "2004/46", "CAN")}


def test_coordinated_agents_in_a_relative_clause_are_all_sponsors() -> None:
    text = "Argentina and France, which tabled resolution 1/1 together with many co-sponsors, welcome it."
    assert sponsors(text, "HRC") == {("HRC", "1/1", "ARG"), ("HRC", "1/1", "FRA")}


def test_object_relative_sponsor() -> None:
    assert sponsors("We recall resolution 60/171, which Canada tabled last year.", "GA") == {("GA", "60/171", "CAN")}


def test_a_sponsor_of_amendments_is_not_a_sponsor_of_the_resolution() -> None:
    assert sponsors("Egypt tabled amendments to resolution 7/19.", "HRC") == set()


def test_sponsored_by_another_state_is_not_the_authors_support() -> None:
    text = "Cuba rejects Commission resolution 2002/18, which was sponsored by Uruguay."
    assert stances(text, ["CUB"]) == {("CHR", "2002/18", "rejects")}
    assert sponsors(text) == {("CHR", "2002/18", "URY")}


# ------------------------------------------------------------ the ways States say it, and what takes it back
def document_stances(text: str) -> set[tuple[str, str, str]]:
    from unhrkg.extract import extract_text
    r = extract_text(text, "x.txt")
    return {(p["target"]["body"], p["target"]["number"], p["stance"]) for p in r.positions}


@pytest.mark.parametrize("text, expected", [
    ("The Government of Sri Lanka continues to oppose Human Rights Council resolution 51/1.", {("HRC", "51/1", "rejects")}),
    ("Sri Lanka does not agree with resolution 51/1 of the Human Rights Council.", {("HRC", "51/1", "rejects")}),
    ("Belarus cannot accept resolution 2004/14.", {("CHR", "2004/14", "rejects")}),
    ("Norway voted in favour of Security Council resolution 2334 (2016).", {("SC", "2334 (2016)", "supports")}),
    ("Chile co-sponsored resolution 32/2 of the Human Rights Council.", {("HRC", "32/2", "supports")}),
    ("The Ministry of Foreign Affairs of Afghanistan expresses disappointment at adoption of Resolution 2721 requesting "
     "the Secretary-General to appoint an envoy.", {("SC", "2721 (2023)", "rejects")}),
    ("Le Burundi exprime sa profonde déception face à l'adoption de la résolution 33/24.", {("HRC", "33/24", "rejects")}),
    ("Venezuela expresa su decepción por la adopción de la resolución 42/25.", {("HRC", "42/25", "rejects")}),
    ("The Government of Sri Lanka considers that Resolution 40/1 is harmful to the reconciliation process.",
     {("HRC", "40/1", "rejects")}),
    ("Ghana expresses its deep disappointment at the adoption of resolution 2334 (2016).",
     {("SC", "2334 (2016)", "rejects")}),
])
def test_stances_in_other_words(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert document_stances(text) == expected


@pytest.mark.parametrize("text", [
    "Norway does not oppose Security Council resolution 2334 (2016).",
    "Canada regrets the decision to withdraw support for Human Rights Council resolution 32/2.",
    "Sri Lanka strongly rejects the draft resolution A/HRC/57/L.1.",
])
def test_negation_hedging_and_drafts_take_no_stance(text: str) -> None:
    assert document_stances(text) == set()


def test_a_predicate_is_said_of_the_resolution_before_it_not_of_one_after() -> None:
    assert stances("Iran considers resolution 2004/14 null and void.", ["IRN"]) == {("CHR", "2004/14", "rejects")}
    text = ("The decision taken by Israel was regarded as null and void, as stated in Security Council resolution "
            "497 (1981).")
    assert ("SC", "497 (1981)", "rejects") not in stances(text, ["SYR"], "SC")


def test_invoking_a_resolution_is_support_unless_a_report_does_the_invoking() -> None:
    assert stances("We request, in accordance with paragraph 10 of General Assembly resolution 60/251, a special "
                   "session.", ["HUN"], "HRC") == {("GA", "60/251", "supports")}
    assert stances("The report was focused on the recommendations of the mission in accordance with Human Rights "
                   "Council resolution 46/21.", ["MMR"], "HRC") == set()


def test_what_the_resolution_itself_says_is_not_the_author_s_stance() -> None:
    text = ("Resolution 2397, which we have just adopted, reaffirms that the world does not accept the nuclear "
            "programme of the DPRK.")
    assert stances(text, ["SWE"], "SC") == {("SC", "2397 (2017)", "supports")}


def test_such_resolutions_refer_back_to_the_one_named_before() -> None:
    text = ("The report follows Human Rights Council resolution 46/21 sponsored by the European Union. "
            "Myanmar never recognizes such kind of politically motivated country-specific resolutions.")
    assert document_stances(text) == {("HRC", "46/21", "rejects")}


def test_french_and_spanish_stances() -> None:
    assert document_stances("La France rejette catégoriquement la résolution 45/20 du Conseil des droits de "
                            "l'homme.") == {("HRC", "45/20", "rejects")}
    assert document_stances("Le Sénégal appuie la résolution 2334 (2016) du Conseil de sécurité.") == \
        {("SC", "2334 (2016)", "supports")}
    assert document_stances("El Gobierno de Venezuela rechaza la resolución 45/20 del Consejo de Derechos "
                            "Humanos.") == {("HRC", "45/20", "rejects")}
    assert document_stances("La República de Cuba copatrocina la resolución 42/4 del Consejo de Derechos "
                            "Humanos.") == {("HRC", "42/4", "supports")}


def test_evidence_is_the_whole_sentence() -> None:
    from unhrkg.extract import extract_text
    r = extract_text("Preamble. Belarus does not recognize resolution 2004/14, adopted under pressure. End.", "x")
    assert r.positions[0]["evidence"] == "Belarus does not recognize resolution 2004/14, adopted under pressure."
    assert r.positions[0]["rule"] == "cue-rejects"


def test_a_resolution_quoted_as_authority_is_supported() -> None:
    text = ("The Syrian Arab Republic recalls that Human Rights Council resolution 19/14 affirms that the "
            "international community is deeply concerned.")
    assert stances(text, ["SYR"], "HRC") == {("HRC", "19/14", "supports")}


def test_another_party_ignoring_resolutions_is_the_author_invoking_them() -> None:
    text = "Armenia still ignores the Security Council's resolutions 822 (1993) and 853 (1993)."
    assert stances(text, ["AZE"], "SC") == {("SC", "822 (1993)", "supports"), ("SC", "853 (1993)", "supports")}


def test_a_vote_counts_only_when_the_author_votes() -> None:
    text = ("Resolution 46/1 was adopted without the consent of Sri Lanka and with only 22 of the 47 members "
            "voting in favour of it.")
    assert stances(text, ["LKA"], "HRC") == set()


def test_a_predicate_of_violation_said_of_the_resolution_is_a_rejection() -> None:
    text = "The spokesman said that Security Council resolution 1747 (2007) is a blatant violation of the UN Charter."
    assert stances(text, ["IRN"], "SC") == {("SC", "1747 (2007)", "rejects")}


def test_a_violation_of_resolutions_invokes_them_and_a_resolution_that_is_a_violation_is_rejected() -> None:
    invoked = "Greece condemns these actions, which constitute another violation of Security Council resolutions 550 (1984) and 789 (1992)."
    assert stances(invoked, ["GRC"], "SC") == {("SC", "550 (1984)", "supports"), ("SC", "789 (1992)", "supports")}
    rejected = "Iran considers that Security Council resolution 1747 (2007) is a violation of the Charter."
    assert stances(rejected, ["IRN"], "SC") == {("SC", "1747 (2007)", "rejects")}


def test_satisfaction_with_a_resolution_is_support() -> None:
    text = "Cyprus expresses satisfaction at the adoption of Security Council resolution 2561 (2021)."
    assert stances(text, ["CYP"], "SC") == {("SC", "2561 (2021)", "supports")}


def test_a_resolution_said_to_be_an_achievement_is_supported() -> None:
    text = "Peru affirmed that Security Council resolution 2474 on missing persons is a historic achievement."
    assert stances(text, ["PER"], "SC") == {("SC", "2474 (2019)", "supports")}


def test_supports_as_a_plural_noun_is_no_stance() -> None:
    text = "Security Council resolution 2428 bans the supply of weapons as well as other military supports to the country."
    assert stances(text, ["SSD"], "SC") == set()


def test_a_number_after_a_month_is_a_year_not_a_resolution() -> None:
    text = "The Security Council met. The mandate rests on the resolution of the Human Rights Council in September 2017."
    assert [r.number for r in mentions(text, "HRC")] == []


def test_unscr_and_unsc_before_a_number_name_security_council_resolutions() -> None:
    text = "UNSCR 1325 (2000) is a landmark, and the UNSC 2712 must be implemented. The UNSC 1718 Committee met."
    assert [r.number for r in mentions(text, None)] == ["1325 (2000)", "2712 (2023)"]


def test_a_sponsor_named_by_its_demonym_before_led() -> None:
    text = "Chile urged the full implementation of the Chilean led UNSC 2712. The Security Council met."
    assert sponsors(text, None) == {("SC", "2712 (2023)", "CHL")}


def test_a_penned_resolution_has_its_author_as_sponsor() -> None:
    assert sponsors("Resolution 2474 was penned by Kuwait in 2019.", "SC") == {("SC", "2474 (2019)", "KWT")}


def test_a_resolution_called_politically_motivated_is_the_one_named_before() -> None:
    text = ("Cuba rejected resolution 2005/12 at the last session. Any action under this ill-intentioned, selective "
            "and politically motivated resolution is counterproductive; Cuba rejects the politically motivated resolution.")
    assert stances(text, ["CUB"]) == {("CHR", "2005/12", "rejects")}


def test_adopted_under_the_pressure_of_a_state_names_the_sponsor() -> None:
    text = ("Cuba recalls resolution 2005/12. A politically motivated resolution that has been adopted under the "
            "unprecedented pressure of the United States cannot stand.")
    assert sponsors(text) == {("CHR", "2005/12", "USA")}


def test_lettered_assembly_resolutions_and_parenthesised_lists() -> None:
    assert [r.number for r in mentions("Subsequent General Assembly resolutions 55/33 S, 57/67 and 61/87 helped.", "GA")] == \
        ["55/33 S", "57/67", "61/87"]
    assert [r.number for r in mentions("To implement Security Council resolutions (2250, 2419, 2535) on youth.", None)] == \
        ["2250 (2015)", "2419 (2018)", "2535 (2020)"]


def test_an_accusing_cue_far_from_the_resolution_names_none() -> None:
    text = ("Security Council resolution 1441 (2002) was adopted. Iraq decided to deal with it despite the bad "
            "provisions of the resolution.")
    assert stances(text, ["IRQ"], "SC") == set()
    assert stances("Armenia still ignores the UN Security Council's resolutions 822 and 853.", ["AZE"], "SC") == {
        ("SC", "822 (1993)", "supports"), ("SC", "853 (1993)", "supports")}


def test_a_sponsor_at_whose_initiative_a_resolution_was_adopted() -> None:
    text = ("Le ministère salue l'adoption de la Résolution 2337 du Conseil de Sécurité des Nations Unies, sur la "
            "situation en Gambie, à l'initiative du Sénégal.")
    from unhrkg.extract import lexicon
    with lexicon.using("fr"):
        assert ("SC", "2337 (2017)", "SEN") in sponsors(text, None)
    assert sponsors("Resolution 2337 (2017), adopted at the initiative of Ghana, was welcomed.", None) == {
        ("SC", "2337 (2017)", "GHA")}


def test_a_resolution_cited_as_authority_with_its_body_after_the_number() -> None:
    from unhrkg.extract import lexicon
    text = "Madagascar rappelle que la Résolution 34/91 de l'Assemblée générale des Nations Unies reconnaît sa souveraineté."
    with lexicon.using("fr"):
        assert stances(text, ["MDG"], "GA") == {("GA", "34/91", "supports")}


@pytest.mark.parametrize("lang, sentence, authors", [
    ("fr", "La situation humanitaire en Syrie, malgré les progrès obtenus grâce à la résolution 2004/46, reste grave.",
     ["LUX"]),
    ("es", "Condena la ofensiva militar contra Ucrania, que configura un acto de agresión conforme a la resolución 2004/46.",
     ["PER"]),
    ("en", "A settlement, including on the Syrian and Lebanese tracks, must be based on resolution 2004/46.", ["FIN"]),
])
def test_a_state_after_a_preposition_of_the_language_is_not_the_speaker(lang: str, sentence: str,
                                                                        authors: list[str]) -> None:
    """"en Syrie", "contra Ucrania", "on the Syrian ... tracks": a place or an object, so the author still speaks."""
    with lexicon.using(lang):
        assert stances(sentence, authors) == {("CHR", "2004/46", "supports")}


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Sri Lanka made clear its position on resolution 2004/12, particularly its decision to withdraw from "
           "co-sponsorship of resolution 2004/46."),
    ("fr", "Le Gouvernement annonce le retrait de son coparrainage de la résolution 2004/46."),
    ("es", "El Gobierno decidió retirar su copatrocinio de la resolución 2004/46."),
])
def test_withdrawing_from_co_sponsorship_rejects_the_resolution_right_after_the_cue(lang: str, sentence: str) -> None:
    """The resolution right after the cue is its object, though another stands nearer before it."""
    with lexicon.using(lang):
        assert ("CHR", "2004/46", "rejects") in stances(sentence, ["LKA"])
        assert ("CHR", "2004/12", "rejects") not in stances(sentence, ["LKA"])


def test_an_agenda_item_s_title_takes_no_stance() -> None:
    text = ("Agenda Item 2 General Debate: Presentation of the written update on the implementation of resolution "
            "2004/46 by the High Commissioner\nMadam President,\n")
    assert stances(text, ["LKA"]) == set()


def test_a_passive_s_agent_acting_under_a_resolution_is_not_the_author() -> None:
    text = "We note the written update presented by the High Commissioner pursuant to resolution 2004/46."
    assert stances(text, ["LKA"]) == set()
    text = ("We reiterate the importance of the consideration of human rights issues by the Human Rights Council, "
            "in line with resolution 2004/46.")
    assert stances(text, ["IND"]) == {("CHR", "2004/46", "supports")}


@pytest.mark.parametrize("lang, sentence", [
    ("es", "Las resoluciones 2004/46 y 2004/47 de la Comisión, que exigen la retirada incondicional de las tropas "
           "armenias del territorio de Azerbaiyán, no se cumplen."),
    ("en", "Resolution 2004/46, which demands the withdrawal of the Armenian forces, has not been implemented."),
    ("fr", "La résolution 2004/46, qui exige le retrait des forces arméniennes, n'est toujours pas appliquée."),
])
def test_a_resolution_left_unimplemented_is_invoked_by_the_author(lang: str, sentence: str) -> None:
    """The predicate is said of the resolution before it, across a relative clause naming other States."""
    with lexicon.using(lang):
        assert ("CHR", "2004/46", "supports") in stances(sentence, ["AZE"])


def test_a_violation_of_a_resolution_singled_out_of_several_invokes_it() -> None:
    text = ("“Estas medidas unilaterales constituyen graves violaciones del derecho internacional y de las resoluciones "
            "del Consejo de Seguridad de las Naciones Unidas, especialmente la número 2334 (2016)”, afirmaron.")
    with lexicon.using("es"):
        assert stances(text, ["ARG"], None) == {("SC", "2334 (2016)", "supports")}


def test_support_for_a_statement_about_the_resolution_is_not_support_for_the_resolution() -> None:
    text = ("Turkey rejects resolution 2004/46. We fully support the statement of the Ministry of Foreign Affairs of "
            "the Turkish Republic of Northern Cyprus concerning the resolution.")
    assert stances(text, ["TUR"]) == {("CHR", "2004/46", "rejects")}


@pytest.mark.parametrize("lang, sentence", [
    ("en", "The adoption of resolution 2004/46 marks a sad day for the non-proliferation regime."),
    ("fr", "L'adoption de la résolution 2004/46 marque un jour sombre pour le régime de non-prolifération."),
    ("es", "La aprobación de la resolución 2004/46 marca un día triste para el régimen de no proliferación."),
])
def test_a_sad_day_said_of_a_resolution_rejects_it(lang: str, sentence: str) -> None:
    with lexicon.using(lang):
        assert stances(sentence, ["IRN"]) == {("CHR", "2004/46", "rejects")}


@pytest.mark.parametrize("lang, sentence, expected", [
    ("en", "Japan is gratified that the Security Council adopted resolution 2004/46 on 9 January.", "supports"),
    ("en", "The United States will not support resolution 2004/46.", "rejects"),
    ("fr", "L'Algérie ne soutiendra pas cette résolution 2004/46 partiale.", "rejects"),
    ("es", "Venezuela no apoyará la resolución 2004/46.", "rejects"),
])
def test_gratified_that_and_will_not_support(lang: str, sentence: str, expected: str) -> None:
    with lexicon.using(lang):
        assert stances(sentence, ["JPN", "USA", "DZA", "VEN"]) == {("CHR", "2004/46", expected)}


@pytest.mark.parametrize("lang, sentence", [
    ("es", "Imponer al Consejo un mandato que no tiene significa desconocer la resolución 2004/46."),
    ("fr", "Imposer au Conseil un mandat qu'il n'a pas revient à ignorer la résolution 2004/46."),
])
def test_an_accusation_in_the_infinitive_invokes_the_resolution(lang: str, sentence: str) -> None:
    with lexicon.using(lang):
        assert stances(sentence, ["CUB"]) == {("CHR", "2004/46", "supports")}


def test_a_state_after_a_parenthesis_and_a_comma_is_a_subject_again() -> None:
    """"... of General Assembly resolution 181 (II), Israel claims ...": not coordinated with the Assembly."""
    text = ("It is to be regretted that, 51 years after the adoption of General Assembly resolution 2004/46, Israel "
            "claims that the resolution is invalid and is still opposing its provisions.")
    assert stances(text, ["DZA"]) == set()


def test_another_party_refusing_to_comply_with_a_resolution_is_an_accusation() -> None:
    assert stances("It refuses to comply with the terms of resolution 2004/46 and subsequent resolutions.",
                   ["DZA"]) == {("CHR", "2004/46", "supports")}


def test_a_state_after_a_city_is_a_place() -> None:
    text = ("Peru spoke before the Council, with its seat in Geneva, Switzerland, condemning an act of aggression in "
            "accordance with resolution 2004/46.")
    assert stances(text, ["PER"]) == {("CHR", "2004/46", "supports")}


def test_a_resolution_regarded_as_unlawful_across_a_list_of_others() -> None:
    text = ("The Islamic Republic of Iran regards the Security Council resolution 1929 and other related resolutions "
            "issued to impose sanctions on Iran, unjust and unlawful.")
    assert stances(text, ["IRN"], None) == {("SC", "1929 (2010)", "rejects")}


def test_an_adjective_before_a_noun_qualifies_the_noun_not_the_resolution() -> None:
    text = ('"In contrast with the Charter of the United Nations, Armenia has occupied Azerbaijani territories, turned a '
            'blind eye to Resolutions 822 and 853 of the United Nations regarding the conflict, committed illegal acts '
            'in occupied territories - all of these are a huge disrespect for international law," said Hikmet Hajiyev.')
    # "illegal" qualifies the acts: no rejection; the blind eye turned is Armenia's, so Azerbaijan invokes them
    assert stances(text, ["AZE"], "SC") == {("SC", "822 (1993)", "supports"), ("SC", "853 (1993)", "supports")}
    assert stances("Azerbaijan considers resolution 822 (1993) illegal.", ["AZE"], "SC") == {("SC", "822 (1993)", "rejects")}


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Le Maroc rappelle que la résolution 2285 fut suivie par l'occupation illégale du territoire.", set()),
    ("fr", "Le Maroc considère la résolution 2285 illégale.", {("SC", "2285 (2016)", "rejects")}),
    ("fr", "Pour le Maroc, la résolution 2285 est totalement illégale.", {("SC", "2285 (2016)", "rejects")}),
    ("es", "Marruecos recuerda que la resolución 2285 fue seguida por la ocupación ilegal del territorio.", set()),
    ("es", "Para Marruecos, la resolución 2285 es ilegal.", {("SC", "2285 (2016)", "rejects")}),
    ("fr", "Pour le Maroc, la résolution 2285 est politisée et inacceptable.", {("SC", "2285 (2016)", "rejects")}),
    ("es", "Para Marruecos, la resolución 2285 es sesgada e inaceptable.", {("SC", "2285 (2016)", "rejects")}),
])
def test_a_french_or_spanish_adjective_after_another_noun_is_not_said_of_the_resolution(
        lang: str, text: str, expected: set[tuple[str, str, str]]) -> None:
    with lexicon.using(lang):
        assert {p for p in stances(text, ["MAR"], "SC") if p[2] == "rejects"} == expected


@pytest.mark.parametrize("text", [
    "The Security Council on Wednesday rejected Kenya's request to designate Al Shabaab under resolution 1267.",
    "Kenya regrets that the UN Security Council rejected the request made under resolution 1267.",
])
def test_a_body_that_adopts_resolutions_as_the_subject_takes_its_own_stance(text: str) -> None:
    assert ("SC", "1267 (1999)", "rejects") not in stances(text, ["KEN"], "SC")


def test_a_body_that_adopts_resolutions_as_the_subject_takes_its_own_stance_in_french() -> None:
    with lexicon.using("fr"):
        assert ("SC", "1267 (1999)", "rejects") not in stances(
            "Le Conseil de sécurité a rejeté la demande du Kenya fondée sur la résolution 1267.", ["KEN"], "SC")


def test_what_a_resolution_calls_harmful_is_not_the_resolution_called_harmful() -> None:
    text = "Resolution 73/149 calls on States to eliminate practices harmful to women and girls."
    assert ("GA", "73/149", "rejects") not in stances(text, ["CAN"], "GA")


def test_a_cue_whose_subject_is_a_resolution_says_what_that_resolution_does() -> None:
    text = ("Security Council Resolution 2624, which was tabled by the UAE, condemns the supply of weapons in violation of "
            "the arms embargo established by Resolution 2216.")
    assert ("SC", "2216 (2015)", "rejects") not in stances(text, ["SAU"], "SC")
    assert stances("Saudi Arabia condemns resolution 2216.", ["SAU"], "SC") == {("SC", "2216 (2015)", "rejects")}


def test_a_predicate_after_a_new_subject_is_not_said_of_the_resolution() -> None:
    text = "Azerbaijan recalls resolution 822 (1993); the occupation that followed is illegal."
    assert ("SC", "822 (1993)", "rejects") not in stances(text, ["AZE"], "SC")


@pytest.mark.parametrize("lang, text", [
    ("fr", "L'Algérie boycotte le vote relatif à l'adoption de la résolution 2797 (2025) sur le Sahara occidental."),
    ("en", "Algeria boycotted the vote on resolution 2797 (2025) on Western Sahara."),
    ("es", "Argelia expresó su desaprobación de la resolución 2797 (2025) sobre el Sáhara Occidental."),
])
def test_a_boycott_or_disapproval_of_the_vote_rejects(lang: str, text: str) -> None:
    from unhrkg.extract import lexicon
    with lexicon.using(lang):
        assert stances(text, ["DZA"], "SC") == {("SC", "2797 (2025)", "rejects")}


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Armenia has occupied Azerbaijani territories and turned a blind eye to resolutions 822 (1993) and 853 (1993)."),
    ("fr", "L'Arménie a occupé des territoires azerbaïdjanais et a fermé les yeux sur les résolutions 822 (1993) et 853 (1993)."),
    ("es", "Armenia ha ocupado territorios azerbaiyanos e hizo caso omiso de las resoluciones 822 (1993) y 853 (1993)."),
])
def test_a_demonym_qualifying_an_object_is_not_the_subject_of_the_accusation(lang: str, sentence: str) -> None:
    with lexicon.using(lang):
        assert stances(sentence, ["AZE"], "SC") == {("SC", "822 (1993)", "supports"), ("SC", "853 (1993)", "supports")}


def test_a_demonym_opening_the_subject_still_names_who_acts() -> None:
    assert stances("Azerbaijani forces ignored resolution 822 (1993).", ["ARM"], "SC") == {("SC", "822 (1993)", "supports")}
    assert stances("Azerbaijan said that Armenian forces rejected resolution 822 (1993).", ["AZE"], "SC") == set()


def test_a_resolution_that_mandates_is_cited_as_authority() -> None:
    text = "Resolution 60/251, which established the Council, mandates that its work be guided by universality."
    assert stances(text, ["LKA"], "GA") == {("GA", "60/251", "supports")}


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Libya considers that resolution 1973 (2011) no longer has any effect."),
    ("fr", "La Libye considère que la résolution 1973 (2011) n'a plus d'effet."),
    ("es", "Libia considera que la resolución 1973 (2011) ya no tiene validez."),
])
def test_a_resolution_said_to_have_no_effect_any_more_is_rejected(lang: str, sentence: str) -> None:
    with lexicon.using(lang):
        assert stances(sentence, ["LBY"], "SC") == {("SC", "1973 (2011)", "rejects")}


def test_a_cue_with_an_object_of_its_own_does_not_take_the_resolution_named_before_it() -> None:
    text = ("Resolution 1907 (2009) had no relationship with the unfounded assumption that Eritrea supported "
            "Al-Shebaab in Somalia.")
    assert stances(text, ["ERI"], "SC") == set()
    assert stances("Eritrea rejects resolution 1907 (2009) and supported Al-Shebaab's rivals.", ["ERI"], "SC") == \
        {("SC", "1907 (2009)", "rejects")}


def test_a_rejection_of_anothers_non_compliance_with_a_resolution_is_not_a_rejection_of_it() -> None:
    text = "Ukraine condemned Russia's non-compliance with the provisions of resolutions 71/205 and 71/190."
    assert not any(stance == "rejects" for _, _, stance in stances(text, ["UKR"], "GA"))
    assert stances("Ukraine condemned resolutions 71/205 and 71/190.", ["UKR"], "GA") == \
        {("GA", "71/205", "rejects"), ("GA", "71/190", "rejects")}


@pytest.mark.parametrize("lang, sentence", [
    ("en", "The United Nations marks the anniversary of resolution 1624 (2005), which prohibits incitement to terrorism."),
    ("fr", "Les Nations Unies célèbrent l'anniversaire de la résolution 1624 (2005), qui interdit l'incitation au terrorisme."),
    ("es", "Las Naciones Unidas celebran el aniversario de la resolución 1624 (2005), que prohíbe la incitación al terrorismo."),
])
def test_a_resolution_cited_for_what_it_prohibits_is_invoked(lang: str, sentence: str) -> None:
    with lexicon.using(lang):
        assert stances(sentence, ["SYR"], "SC") == {("SC", "1624 (2005)", "supports")}


def test_the_participle_of_a_rejecting_verb_in_three_languages() -> None:
    from unhrkg.extract import extract_text
    text = ("The Foreign Ministry of the DPRK issued a statement denouncing Security Council resolution 2094 (2013) as "
            "proof of a hostile policy.")
    assert [(p["target"]["number"], p["stance"]) for p in extract_text(text, "x.txt").positions] == [("2094 (2013)", "rejects")]
    text = "Le Gouvernement du Mali a publié un communiqué dénonçant la résolution 2374 (2017) du Conseil de sécurité."
    assert [p["stance"] for p in extract_text(text, "x.txt").positions] == ["rejects"]


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Sri Lanka has decided to withdraw from Human Rights Council resolution 30/1."),  # leaving the resolution itself
    ("en", "Algeria notes with regret that resolution 2548 (2020) proposes no concrete measure."),
    ("fr", "L'Algérie relève avec regret que la résolution 2548 (2020) ne préconise aucune mesure concrète."),
    ("fr", "L'Algérie prend acte avec regret de la résolution 2548 (2020)."),
    ("es", "Argelia observa con pesar que la resolución 2548 (2020) no propone ninguna medida concreta."),
])
def test_leaving_a_resolution_or_noting_it_with_regret_rejects_it(lang: str, sentence: str) -> None:
    with lexicon.using(lang):
        assert {s for _, _, s in stances(sentence, ["LKA", "DZA"], "SC")} == {"rejects"}


def test_a_withdrawal_from_territories_a_resolution_demands_is_no_rejection_of_it() -> None:
    assert stances("Israel must comply with resolution 242 (1967) and withdraw from the territories it occupied.",
                   ["JOR"], "SC") == set()


@pytest.mark.parametrize("sentence", [
    "Norway rejects the declaration, which is a violation of the Charter of the United Nations and of resolution 48/141.",
    "Venezuela expresa su rechazo a este pronunciamiento, que constituye una violación de los propósitos de la Carta "
    "de las Naciones Unidas, así como de la resolución 48/141 de la Asamblea General.",
])
def test_a_resolution_coordinated_with_the_object_of_a_violation_is_invoked(sentence: str) -> None:
    lang = "es" if "rechazo" in sentence else "en"
    with lexicon.using(lang):
        found = stances(sentence, ["NOR" if lang == "en" else "VEN"], "GA")
    assert found == {("GA", "48/141", "supports")}


@pytest.mark.parametrize("text, lang, author", [
    ("Indonesia welcomes resolution ES-10/23. Only nine countries, including the US and Israel, rejected the "
     "resolution granting Palestinians full membership.", "en", "IDN"),
    ("Bangladesh is happy that no member state of the Security Council raised any objection to resolution 2669 (2022).",
     "en", "BGD"),
    ("Le Chili appuie la résolution 46/1. Plusieurs pays, dont la Russie, ont rejeté la résolution 46/1.", "fr", "CHL"),
])
def test_a_number_or_share_of_states_as_subject_says_their_stance(text: str, lang: str, author: str) -> None:
    with lexicon.using(lang):
        found = stances(text, [author], "GA")
    assert not {s for s in found if s[2] == "rejects"}


def test_the_author_counted_with_other_states_still_speaks() -> None:
    with lexicon.using("en"):
        assert stances("We and 40 other countries rejected resolution 46/2.", ["NOR"], "HRC") == {("HRC", "46/2", "rejects")}


@pytest.mark.parametrize("sentence, expected", [
    ("Aujourd'hui, la Suisse a voté contre la proposition d'inviter une intervenante, car nous estimons qu'il est "
     "impératif de considérer la résolution ES-11/4 de l'Assemblée générale.", set()),
    ("La Suisse a voté en faveur de la résolution ES-11/4 de l'Assemblée générale, car elle protège les civils.",
     {("GA", "ES-11/4", "supports")}),
])
def test_a_cue_with_an_object_of_its_own_does_not_reach_a_resolution_in_its_reason(sentence: str, expected: set) -> None:
    with lexicon.using("fr"):
        found = stances(sentence, ["CHE"], "GA")
    assert {s for s in found if s[2] == "rejects"} == {s for s in expected if s[2] == "rejects"}
    assert expected <= found



@pytest.mark.parametrize("text, lang", [
    ("Sweden welcomes resolution 2334 and condemns the expansion of settlements.", "en"),
    ("La Suède salue la résolution 2334 et condamne l'expansion des colonies.", "fr"),
    ("Suecia saluda la resolución 2334 y condena la expansión de los asentamientos.", "es"),
])
def test_a_cue_with_its_own_object_after_the_resolution_is_no_stance_on_it(text: str, lang: str) -> None:
    from unhrkg.extract import lexicon
    with lexicon.using(lang):
        assert stances(text, ["SWE"], "SC") == {("SC", "2334 (2016)", "supports")}


@pytest.mark.parametrize("text", [
    "Kuwait welcomed resolution 2334 (2016). According to the resolution, there is no legal validity for the settlements.",
    "Kuwait welcomed resolution 2334 (2016). Selon la résolution 2334 (2016), les colonies sont nulles et non avenues.",
    "Kuwait welcomed resolution 2334 (2016). Según la resolución 2334 (2016), los asentamientos carecen de validez jurídica.",
])
def test_a_predicate_after_according_to_the_resolution_is_its_content(text: str) -> None:
    assert stances(text, ["KWT"]) == {("SC", "2334 (2016)", "supports")}
    assert stances("Resolution 2334 (2016) is null and void.", ["KWT"]) == {("SC", "2334 (2016)", "rejects")}


def test_not_only_a_violation_is_no_negation() -> None:
    text = ("These practices constitute not only a flagrant violation of the Charter, but also an infamous breach of the "
            "resolutions of the General Assembly, in particular resolutions 36/226 of 1981, ES-9/1 of 1982 and 37/123 A of 1982.")
    assert stances(text, ["SYR"], "GA") == {("GA", "36/226", "supports"), ("GA", "ES-9/1", "supports"), ("GA", "37/123 A", "supports")}
    assert stances("Syria does not support resolution 497 (1981).", ["SYR"]) == {("SC", "497 (1981)", "rejects")}
    assert stances("Syria does not only support resolution 497 (1981).", ["SYR"]) == {("SC", "497 (1981)", "supports")}


def test_every_language_lists_the_words_that_take_a_negation_away() -> None:
    for lang in lexicon.languages():
        assert lexicon.lookup("stance", "not_only", lang=lang), lang


@pytest.mark.parametrize("text, expected", [
    ("Kuwait notes it. As stated in resolution 2334 (2016), Israeli settlements are illegal.", {("SC", "2334 (2016)", "supports")}),
    ("Kuwait notes it. Resolution 2334 (2016) reaffirms that settlements are a flagrant breach of international law.",
     {("SC", "2334 (2016)", "supports")}),
    ("Kuwait notes it. Resolution 2334 (2016) is a flagrant breach of sovereignty.", {("SC", "2334 (2016)", "rejects")}),
])
def test_the_resolutions_own_words_are_not_said_of_it(text: str, expected: set[tuple[str, str, str]]) -> None:
    r = extract_text(text, "x.txt")
    assert {(p["target"]["body"], p["target"]["number"], p["stance"]) for p in r.positions} == expected


@pytest.mark.parametrize("text", [
    "The Ministry of Foreign Affairs of Bahrain condemned Iran's interference in flagrant violation of Security Council "
    "resolutions 2216 (2015) and 2231 (2015). It recalled the arms embargo.",
    "Le ministère des Affaires étrangères du Bahreïn a condamné l'ingérence de l'Iran, en violation flagrante de la "
    "résolution 2216 (2015). Il a rappelé l'embargo.",
])
def test_a_rejecting_verb_whose_object_violates_the_resolution_invokes_it(text: str) -> None:
    stances = {p["target"]["number"]: p["stance"] for p in extract_text(text, "x.txt").positions}
    assert stances and set(stances.values()) == {"supports"}


def test_a_resolution_denounced_before_an_invoking_phrase_is_still_rejected() -> None:
    text = ("The Ministry of Foreign Affairs of the DPRK issued a statement denouncing resolution 2094 (2013) as proof of "
            "the implementation of a hostile policy. Resolution 2094 (2013) is a hostile act.")
    assert [(p["target"]["number"], p["stance"]) for p in extract_text(text, "x.txt").positions] == [("2094 (2013)", "rejects")]


def test_resolutions_listed_as_the_subject_of_a_verb_take_no_stance_by_its_object() -> None:
    text = ("UN Security Council Resolutions 541/1983 and 550/1984 expressly condemned this illegal, secessionist "
            "and invalid entity.")
    assert not {s for s in stances(text, ["GRC"]) if s[2] == "rejects"}


@pytest.mark.parametrize("sentence, rejected", [
    ("Resolution 6/1 has become an unacceptable, unjust and illegal instrument.", True),
    ("Resolution 5/1 remains unacceptable.", True),
    ("Resolution 7/1 adopted this illegal, unjust and invalid measure.", False),
])
def test_a_predicate_in_the_object_of_another_verb_is_not_said_of_the_resolution(sentence: str, rejected: bool) -> None:
    found = stances("Cuba considers that " + sentence[0].lower() + sentence[1:], ["CUB"], "HRC")
    assert any(s[2] == "rejects" for s in found) is rejected


@pytest.mark.parametrize("text, lang, authors", [
    ("The report is clearly biased, in order to create a new context contrary to the Security Council resolutions "
     "on Yemen, particularly resolution 2216 (2015).", "en", ["YEM"]),
    ("Le Mali estime que cette mesure est contraire à la résolution 2100 (2013) du Conseil de sécurité.", "fr", ["MLI"]),
])
def test_what_the_author_calls_contrary_to_a_resolution_invokes_it(text: str, lang: str, authors: list[str]) -> None:
    with lexicon.using(lang):
        found = stances(text, authors, "SC")
    assert {s[2] for s in found} == {"supports"}


def test_each_resolution_of_a_list_that_set_something_up_is_named_not_invoked() -> None:
    text = ("Lebanon notes the work of the Committees established pursuant to resolutions 1267 (1999), 1373 (2001) and "
            "1540 (2004), which held a joint briefing.")
    assert stances(text, ["LBN"], "SC") == set()


def test_an_office_named_for_the_implementation_of_a_resolution_does_not_invoke_it() -> None:
    text = "On 6 May, the Special Envoy of the Secretary-General for the implementation of resolution 1559 (2004) briefed."
    assert stances(text, ["FRA"], "SC") == set()


def test_an_account_of_the_councils_month_of_work_takes_no_stance_on_what_it_adopted() -> None:
    text = ("Letter dated 15 July 2010 from the Permanent Representative of Lebanon to the United Nations addressed to the "
            "President of the Security Council\n\nI have the honour to transmit herewith a report on the work of the Security "
            "Council during the presidency of Lebanon in May 2010.\n\nAssessment of the work of the Security Council during "
            "the presidency of Lebanon\n\nThe Council adopted resolution 1919 (2010) and resolution 1920 (2010). The Council "
            "renewed the mandate under resolution 1919 (2010).\n\n(Signed) Nawaf Salam\nPermanent Representative")
    assert extract_text(text, "x.txt").positions == []


@pytest.mark.parametrize("sentence", [
    "The Government condemns Israeli settlement and calls for implementing resolution 2004/14.",
    "The Government condemns the attacks, calls for the implementation of resolution 2004/14 and welcomes the talks.",
])
def test_a_rejecting_verb_with_its_own_object_before_a_supporting_verb_leaves_the_resolution_supported(sentence: str) -> None:
    assert stances(sentence, ["EGY"]) == {("CHR", "2004/14", "supports")}


@pytest.mark.parametrize("sentence", [
    "The Government rejects the calls for implementing resolution 2004/14.",   # the calls are its object
    "The Government condemns and rejects resolution 2004/14.",
])
def test_a_rejection_whose_object_holds_the_resolution_stays_a_rejection(sentence: str) -> None:
    assert stances(sentence, ["EGY"]) == {("CHR", "2004/14", "rejects")}


def test_a_body_that_opens_a_subordinate_clause_is_the_subject_of_its_cue() -> None:
    sentence = ("Although the Security Council strongly condemned the attacks in its resolution 2004/14, the militias "
                "continue them.")
    assert stances(sentence, ["SAU"]) == set()  # the Council's condemnation is no cue of the author's


@pytest.mark.parametrize("text, stance", [
    ("Baghdad (Xinhua) -- Iraq has accepted UN Security Council resolution 1409 on the oil-for-food deal, the Iraqi "
     "Information Minister said. Iraq has often blasted the inefficiency and injustice of the sanctions.", "supports"),
    ("Communiqué\n\nLe Gouvernement du Mali accepte la résolution 2690 du Conseil de sécurité et coopérera avec la mission.",
     "supports"),
    ("Comunicado\n\nEl Gobierno de Colombia acepta la resolución 2366 del Consejo de Seguridad y cooperará con la misión.",
     "supports"),
    ("Statement\n\nThe Government of Iraq cannot accept Security Council resolution 1284 and will not cooperate with it.",
     "rejects"),
])
def test_accepting_a_resolution_is_support_and_refusing_to_accept_it_is_not(text: str, stance: str) -> None:
    r = extract_text(text, file="t.txt")
    assert [(p["stance"], p["rule"]) for p in r.to_dict()["positions"]] == [(stance, f"cue-{stance}")]


def test_a_proposal_accepted_by_the_author_is_no_cue_for_the_resolution_of_its_sentence() -> None:
    r = extract_text("Statement\n\nMorocco welcomes resolution 2703. The Council established the mission as part of "
                     "resolution 690 in response to proposals accepted on 30 August 1988 by Morocco.", file="t.txt")
    rules = {p["target"]["number"]: p["rule"] for p in r.to_dict()["positions"]}
    assert rules["2703 (2023)"] == "cue-supports"
    assert rules.get("690 (1991)") != "cue-supports"  # a participle after its noun is not the author accepting


@pytest.mark.parametrize("text, target", [
    ("Tehran (IRNA) -- Iran has protested to the United Nations Security Council over resolution 1929, adopted on the "
     "basis of false claims.", "1929 (2010)"),
    ("Communiqué\n\nLe Soudan proteste contre la résolution 1564 du Conseil de sécurité, adoptée hier à New York.",
     "1564 (2004)"),
    ("Comunicado\n\nCuba protesta contra la resolución 2003/13 de la Comisión de Derechos Humanos, aprobada ayer en Ginebra.",
     "2003/13"),
])
def test_protesting_against_a_resolution_rejects_it(text: str, target: str) -> None:
    r = extract_text(text, file="t.txt")
    assert [(p["target"]["number"], p["stance"]) for p in r.to_dict()["positions"]] == [(target, "rejects")]


def test_a_cue_whose_agent_is_another_state_is_not_the_authors_stance() -> None:
    r = extract_text("Tehran (IRNA) -- Iran's Foreign Ministry said: The Council adopted resolution 1929 on 9 June. Contrary "
                     "to expectations that the resolution would condemn the attack, the world saw a pledge of commitment by "
                     "the United States in support of the occupying regime.", file="t.txt")
    assert not any("in support of" in p["evidence"] for p in r.to_dict()["positions"])


@pytest.mark.parametrize("text, target", [
    ("Communiqué\n\nLe gouvernement soudanais s'est employé hier à dénoncer la résolution 1564 adoptée samedi par le "
     "Conseil de sécurité, qui stipule un recours à des sanctions.", "1564 (2004)"),
    ("Comunicado\n\nEl Gobierno de Nicaragua decidió rechazar la resolución 49/3 del Consejo de Derechos Humanos, aprobada "
     "ayer en Ginebra.", "49/3"),
])
def test_an_infinitive_of_rejection_after_what_governs_it_rejects(text: str, target: str) -> None:
    r = extract_text(text, file="t.txt")
    assert [(p["target"]["number"], p["stance"], p["rule"]) for p in r.to_dict()["positions"]] == [(target, "rejects", "cue-rejects")]


@pytest.mark.parametrize("text", [
    "Statement\n\nChina's representative Li said that China criticized Human Rights Council resolution 51/1, which "
    "disregards the progress made.",
    "Communiqué\n\nLe Gouvernement de l'Érythrée critique la résolution 1560 du Conseil de sécurité adoptée hier.",
    "Comunicado\n\nEl Gobierno de Venezuela critica la resolución 42/25 del Consejo de Derechos Humanos aprobada ayer.",
])
def test_criticising_a_resolution_rejects_it(text: str) -> None:
    r = extract_text(text, file="t.txt")
    assert [(p["stance"], p["rule"]) for p in r.to_dict()["positions"]] == [("rejects", "cue-rejects")]


def test_a_cue_in_a_relative_clause_is_said_of_its_antecedent_not_of_the_resolution() -> None:
    r = extract_text("Letter\n\nLebanon states that acts of resistance fall under General Assembly resolution 46/51 establishing "
                     "a distinction between terrorism, which we condemn, and the right of peoples to struggle against "
                     "occupation.", file="t.txt")
    assert not any(p["stance"] == "rejects" for p in r.to_dict()["positions"])


def test_a_cue_in_a_relative_clause_after_the_resolution_is_still_said_of_it() -> None:
    r = extract_text("Statement\n\nMalaysia recalls Security Council resolution 2334, which we firmly support, and calls for "
                     "its implementation.", file="t.txt")
    assert [(p["target"]["number"], p["stance"]) for p in r.to_dict()["positions"]] == [("2334 (2016)", "supports")]


@pytest.mark.parametrize("text", [
    "Tehran (IRNA) -- Iran announced on Monday that it rejects Security Council resolution 1929.",
    "Statement\n\nThe Government of Iran has taken note of Security Council resolution 1929 on sanctions, which we "
    "categorically reject.",
])
def test_a_that_clause_or_a_relative_after_a_resolutions_title_is_still_the_authors_stance(text: str) -> None:
    r = extract_text(text, file="t.txt")
    assert [(p["target"]["number"], p["stance"]) for p in r.to_dict()["positions"]] == [("1929 (2010)", "rejects")]


@pytest.mark.parametrize("text", [
    "Statement\n\nThe Government of Jordan criticised the lack of progress in implementing Security Council resolution 2334.",
    "Statement\n\nThe Government of Jordan criticized Israel for violating Security Council resolution 2334.",
    "Statement\n\nJordan protested against the Israeli violations of Security Council resolution 1701.",
    "Communiqué\n\nLe Gouvernement libanais a saisi le Conseil de sécurité pour dénoncer les violations israéliennes de la "
    "résolution 1701.",
    "Communiqué\n\nLe Gouvernement du Mali, face à la situation critique au nord du pays, demande l'application de la "
    "résolution 2690.",
])
def test_criticism_protest_or_denunciation_of_something_else_does_not_reject_the_resolution(text: str) -> None:
    r = extract_text(text, file="t.txt")
    assert not any(p["stance"] == "rejects" for p in r.to_dict()["positions"])


@pytest.mark.parametrize("text", [
    "Statement\n\nThe Government of Iraq is unwilling to accept Security Council resolution 1284.",
    "Statement\n\nThe Government of Iraq is not in a position to accept Security Council resolution 1284.",
    "Statement\n\nThe Government of Iraq refused to accept Security Council resolution 1284.",
    "Tehran -- Iran protested strongly to the Security Council against resolution 1929.",
])
def test_a_refusal_to_accept_and_a_strong_protest_reject(text: str) -> None:
    r = extract_text(text, file="t.txt")
    assert [p["stance"] for p in r.to_dict()["positions"]] == ["rejects"]


@pytest.mark.parametrize("lang, sentence", [
    ("fr", "Ce que n'approuve pas le gouvernement burundais qui a annoncé qu'il « rejette toute disposition de la "
           "résolution 2303 (2016) »."),
    ("es", "Lo rechazó el Gobierno venezolano, que anunció que « rechaza la resolución 2303 (2016) »."),
])
def test_an_organ_named_with_its_states_demonym_after_it_is_another_speaker(lang: str, sentence: str) -> None:
    with lexicon.using(lang):
        assert stances(sentence, ["FRA"], "SC") == set()


@pytest.mark.parametrize(("text", "number"), [
    ("Press release of the Ministry of Foreign Affairs of Türkiye. Türkiye is deeply disappointed that the resolution "
     "2723 (2024) once again refers to old language.", "2723 (2024)"),
    ("Communiqué du ministère des Affaires étrangères de la Turquie. La Turquie regrette que la résolution 2506 (2020) "
     "conserve les formulations précédentes.", "2506 (2020)"),
    ("Comunicado del Ministerio de Relaciones Exteriores de Venezuela. Venezuela lamenta que la resolución 51/29 "
     "insista en un mecanismo.", "51/29"),
    ("Rwanda was justified to shun Resolution 955, the Government of Rwanda said.", "955 (1994)"),
])
def test_disappointment_in_what_a_resolution_says_or_keeping_away_from_it_rejects_it(text: str, number: str) -> None:
    r = extract_text(text, "x.txt")
    assert [(p["target"]["number"], p["stance"]) for p in r.positions] == [(number, "rejects")]


@pytest.mark.parametrize("text", [
    "Communiqué du ministère des Affaires étrangères du Liban. Cette plainte dénonce la violation par Israël de la "
    "résolution 1701, ainsi que son mépris total de ses engagements.",
    "Comunicado del Ministerio de Relaciones Exteriores del Líbano. El Líbano condena la violación por Israel de la "
    "resolución 1701 del Consejo de Seguridad.",
])
def test_denouncing_anothers_violation_of_a_resolution_does_not_reject_it(text: str) -> None:
    r = extract_text(text, "x.txt")
    assert ("1701 (2006)", "rejects") not in [(p["target"]["number"], p["stance"]) for p in r.positions]


@pytest.mark.parametrize("text", [
    "The Ministry of Foreign Affairs of Kuwait said that this decision is in violation of international law and relevant "
    "Security Council resolutions, especially resolution 497, which demanded Israel to rescind its decision of "
    "annexation of the Golan Heights and decided it is null and void and without international legal effect.",
    "The Ministry of Foreign Affairs of Kuwait said that the measure is in violation of relevant Security Council "
    "resolutions, especially resolution 497, which demanded Israel to rescind the annexation and declared it is null and void.",
])
def test_a_predicate_a_resolution_pronounced_in_its_own_clause_is_not_the_authors_word_on_it(text: str) -> None:
    r = extract_text(text, "x.txt")
    assert [(p["target"]["number"], p["stance"]) for p in r.positions] == [("497 (1981)", "supports")]


def test_a_resolution_the_author_calls_null_and_void_in_a_relative_clause_is_still_rejected() -> None:
    r = extract_text("Statement of the Ministry of Foreign Affairs of the Syrian Arab Republic. Syria recalls resolution "
                     "2254 (2015), which is null and void in its view of the Golan.", "x.txt")
    assert [(p["target"]["number"], p["stance"]) for p in r.positions] == [("2254 (2015)", "rejects")]


def test_rejecting_once_again_an_attempt_about_a_report_on_a_resolution_does_not_reject_the_resolution() -> None:
    r = extract_text("Lettre de la Mission permanente de la République arabe syrienne. La Syrie rejette une fois de plus "
                     "toute tentative de mêler les circonstances qu'elle traverse au rapport du Secrétaire général sur "
                     "l'application de la résolution 1559 (2004).", "x.txt")
    assert ("1559 (2004)", "rejects") not in [(p["target"]["number"], p["stance"]) for p in r.positions]


@pytest.mark.parametrize(("text", "expected"), [
    ("Statement by Latvia.\n\nThe international community demonstrated its non-recognition of the annexation of Crimea by "
     "adopting General Assembly resolution 68/262 in 2014.", ("68/262", "supports")),
    ("Declaración de Letonia.\n\nLa comunidad internacional rechazó la anexión de Crimea al aprobar la resolución 68/262 de "
     "la Asamblea General.", ("68/262", "supports")),
    ("Statement by Latvia.\n\nLatvia rejects General Assembly resolution 68/262.", ("68/262", "rejects")),
    # the cue's object is the body's decision: the adoption itself is rejected
    ("Statement by Israel.\n\nIsrael deplores the decision of the Security Council to reward terror by passing resolution "
     "2334 (2016).", ("2334 (2016)", "rejects")),
    ("Déclaration de la Syrie.\n\nLa Syrie condamne la décision prise par le Conseil de sécurité en adoptant la "
     "résolution 2118 (2013).", ("2118 (2013)", "rejects")),
])
def test_a_rejection_whose_object_a_resolution_was_adopted_to_state_does_not_reject_the_resolution(text: str, expected) -> None:
    r = extract_text(text, "x.txt")
    assert [(p["target"]["number"], p["stance"]) for p in r.positions] == [expected]


def test_a_resolution_welcomed_by_the_us_is_the_us_stance_not_the_authors() -> None:
    text = ("Iran blasts Council over resolution\n\nIran reacted angrily yesterday to the resolution. UN Resolution 1696, "
            "which threatens sanctions, was welcomed by the US and its allies.")
    assert [p["rule"] for p in extract_text(text, "x.txt").positions if p["rule"].startswith("cue-")] == []


def test_a_verb_set_off_by_one_comma_after_the_resolution_is_said_of_another_subject() -> None:
    text = ("The move is an act that wantonly tramples on the purposes and principles of the UN Charter and General "
            "Assembly resolution 2758 (XXVI), seriously violates China's sovereignty and hurts the Chinese people.")
    assert ("GA", "2758 (XXVI)", "rejects") not in stances(text, ["CHN"], "GA")


def test_a_predicate_right_after_the_resolution_is_still_said_of_it() -> None:
    assert ("GA", "2758 (XXVI)", "rejects") in stances("Resolution 2758 (XXVI) is null and void.", ["CHN"], "GA")


@pytest.mark.parametrize(("sentence", "expected"), [
    # the appreciation is the report's: the resolution it is on is not supported by it
    ("Lebanon expresses its appreciation to the Secretariat for presenting its position in the report on resolution "
     "2004/14.", set()),
    ("Lebanon expresses its appreciation for resolution 2004/14.", {("CHR", "2004/14", "supports")}),
])
def test_appreciation_for_a_report_on_a_resolution_is_not_support_of_it(sentence: str, expected: set) -> None:
    assert stances(sentence, ["LBN"]) == expected


def test_opposition_against_is_a_rejection() -> None:
    assert stances("The Minister expressed strong opposition against resolution 2004/14.", ["LKA"]) == {
        ("CHR", "2004/14", "rejects")}


def test_a_claim_noun_further_into_the_cues_object_makes_it_the_object() -> None:
    sentence = "Israel condemns Hezbollah and its Iranian patrons' ongoing violations of resolutions 2004/14 and 2004/15."
    assert {s for s in stances(sentence, ["ISR"]) if s[2] == "rejects"} == set()


def test_upholding_is_support() -> None:
    assert stances("Serbia will uphold resolution 2004/14.", ["SRB"]) == {("CHR", "2004/14", "supports")}

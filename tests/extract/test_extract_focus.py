"""The focal resolution of a State's text, and the stance its tone gives where no cue says one."""
from __future__ import annotations

import pytest

from helpers.extract import mentions
from unhrkg.extract import extract_text, lexicon
from unhrkg.extract.focus import focal_resolution, focus_position


def focus(text: str, authors: list[str], doc_type: str = "other",
          taken: frozenset[tuple[str, str]] = frozenset()) -> list[tuple[str, str, str, str]]:
    found = focus_position(text, mentions(text, "HRC"), authors, doc_type, None, set(taken))
    return [(p["target"]["body"], p["target"]["number"], p["stance"], p["rule"]) for p in found]  # type: ignore[index]


def test_the_only_resolution_named_is_invoked_when_the_tone_is_not_against_it() -> None:
    text = ("Security Council resolution 1325 (2000) marks its twenty-fifth anniversary this month. "
            "Women's leadership in peace processes is a prerequisite for lasting peace.")
    assert focus(text, ["SWE"]) == [("SC", "1325 (2000)", "supports", "focus-supports")]


@pytest.mark.parametrize("lang, text", [
    ("en", "Through resolution 1907 (2009), the Security Council adopted a package of sanctions against Eritrea. "
           "Resolution 1907 (2009) is in essence a political act."),
    ("fr", "Par la résolution 1907 (2009), le Conseil de sécurité a adopté des sanctions contre l'Érythrée. "
           "La résolution 1907 (2009) est un acte politique."),
    ("es", "Mediante la resolución 1907 (2009), el Consejo de Seguridad aprobó sanciones contra Eritrea. "
           "La resolución 1907 (2009) es un acto político."),
])
def test_measures_imposed_on_the_author_s_own_state_turn_the_tone_against(lang: str, text: str) -> None:
    with lexicon.using(lang):
        assert focus(text, ["ERI"]) == [("SC", "1907 (2009)", "rejects", "focus-rejects")]


@pytest.mark.parametrize("lang, text", [
    ("en", "Resolution 46/1 was adopted without the consent of Sri Lanka as the country concerned."),
    ("es", "La actualización se presentó conforme a la resolución 46/1, que no cuenta con el consentimiento de Sri Lanka."),
])
def test_a_resolution_adopted_without_the_author_s_consent_is_rejected(lang: str, text: str) -> None:
    with lexicon.using(lang):
        assert focus(text, ["LKA"]) == [("HRC", "46/1", "rejects", "focus-rejects")]


def test_a_stance_of_others_in_a_relative_clause_is_not_the_text_s_tone() -> None:
    text = ("Resolution 46/1 was adopted without the consent of Sri Lanka; even countries that voted in favour of "
            "resolution 46/1 expressed reservations.")
    assert focus(text, ["LKA"]) == [("HRC", "46/1", "rejects", "focus-rejects")]


@pytest.mark.parametrize("lang, text", [
    ("en", "The Council voted unanimously to terminate the remaining sanctions on Liberia. Resolution 1521 (2003) had "
           "imposed them after the war, and the vote ends resolution 1521 (2003)."),
    ("fr", "Le Conseil a voté la levée des sanctions contre le Libéria. La résolution 1521 (2003) les avait "
           "établies après la guerre, et le vote clôt la résolution 1521 (2003)."),
    ("es", "El Consejo votó el levantamiento de las sanciones contra Liberia. La resolución 1521 (2003) las había "
           "establecido tras la guerra, y la votación cierra la resolución 1521 (2003)."),
])
def test_measures_lifted_from_the_author_s_state_are_no_grievance(lang: str, text: str) -> None:
    with lexicon.using(lang):
        assert focus(text, ["LBR"]) == [("SC", "1521 (2003)", "supports", "focus-supports")]


@pytest.mark.parametrize("lang, text, stance", [
    ("en", "Eritrea takes note of Security Council resolution 2023 (2011). The Council has decided to lift the arms embargo "
           "on Eritrea, and resolution 2023 (2011) is noted.", "supports"),
    ("es", "Eritrea toma nota de la resolución 2023 (2011). El Consejo decidió el levantamiento del embargo contra Eritrea, "
           "y la resolución 2023 (2011) queda atrás.", "supports"),
    ("en", "Eritrea takes note of Security Council resolution 2023 (2011). The Council has again refused to lift the "
           "sanctions against Eritrea, and resolution 2023 (2011) stands.", "rejects"),
])
def test_a_measure_lifted_with_a_word_between_and_one_refused_relief(lang: str, text: str, stance: str) -> None:
    with lexicon.using(lang):
        assert focus(text, ["ERI"]) == [("SC", "2023 (2011)", stance, f"focus-{stance}")]


def test_measures_imposed_on_another_state_are_not_a_grievance_of_the_author() -> None:
    text = ("Resolution 1907 (2009) imposed sanctions against Eritrea. Djibouti calls for resolution 1907 (2009) "
            "to be carried out.")
    assert focus(text, ["DJI"]) == [("SC", "1907 (2009)", "supports", "focus-supports")]


@pytest.mark.parametrize("lang, text", [
    ("en", "Resolution 46/1 is politically motivated and fundamentally flawed, and rests on baseless allegations."),
    ("fr", "La résolution 46/1 est politiquement motivée et repose sur des allégations sans fondement."),
    ("es", "La resolución 46/1 es injusta y se basa en acusaciones infundadas."),
])
def test_words_of_grievance_turn_the_tone_against(lang: str, text: str) -> None:
    with lexicon.using(lang):
        assert focus(text, ["LKA"]) == [("HRC", "46/1", "rejects", "focus-rejects")]


def test_a_resolution_named_most_is_the_focus_and_two_named_once_each_are_not() -> None:
    twice = "Resolution 46/1 was adopted in 2021. It builds on resolution 30/1. Resolution 46/1 set up a project."
    assert focus_position_targets(twice) == ("HRC", "46/1")
    even = "Resolution 46/1 was adopted in 2021. It builds on resolution 30/1."
    assert focus_position_targets(even) is None


def focus_position_targets(text: str) -> tuple[str, str] | None:
    return focal_resolution(mentions(text, "HRC"))


def test_the_rule_yields_to_a_stance_found_otherwise_and_needs_an_author_and_a_speaking_genre() -> None:
    text = "Resolution 5/1 established the universal periodic review."
    assert focus(text, ["CHE"], taken=frozenset({("HRC", "5/1")})) == []
    assert focus(text, []) == []
    assert focus(text, ["CHE"], doc_type="resolution") == []
    assert focus(text, ["CHE"], doc_type="report") == []
    assert focus(text, ["CHE"], doc_type="note_verbale") == []


@pytest.mark.parametrize("text", [
    "Resolution 46/1 was adopted today. Switzerland abstained in the vote on resolution 46/1.",
    "Resolution 46/1 was adopted by 22 votes to 11, with 14 abstentions, among them Switzerland and Japan.",
])
def test_the_author_s_abstention_leaves_the_stance_untold(text: str) -> None:
    assert focus(text, ["CHE"]) == []


@pytest.mark.parametrize("lang, text", [
    ("en", "Resolution 46/1 was adopted by 22 votes to 11, with 14 abstentions. Switzerland welcomes it."),
    ("es", "La resolución 46/1 se aprobó con 14 votos a favor y la abstención de los Estados Unidos."),
    ("en", "Resolution 46/1 was adopted; Japan abstained."),
])
def test_another_state_s_abstention_or_a_count_is_not_the_author_s(lang: str, text: str) -> None:
    with lexicon.using(lang):
        assert focus(text, ["CHE"]) == [("HRC", "46/1", "supports", "focus-supports")]


def test_a_hedge_is_the_author_s_own_negated_cue_not_another_state_s() -> None:
    assert focus("Switzerland does not oppose resolution 46/1.", ["CHE"]) == []
    text = "The Russian Federation does not support resolution 71/205 on Crimea."
    assert focus(text, ["UKR"]) == [("GA", "71/205", "supports", "focus-supports")]


def test_the_record_names_the_rule_and_keeps_the_sentence_as_evidence() -> None:
    text = ("Statement by the Ministry of Foreign Affairs of Eritrea\n\n"
            "Through resolution 1907 (2009), the Security Council adopted a package of sanctions against Eritrea. "
            "Resolution 1907 (2009) is in essence a political act.\n")
    record = extract_text(text, "eri.txt")
    assert record.author_states == ["ERI"]
    [position] = record.positions
    assert position["rule"] == "focus-rejects" and position["stance"] == "rejects"
    assert position["evidence"].startswith("Through resolution 1907 (2009)")


def test_a_sentence_rejecting_an_unnumbered_resolution_tells_the_tone_toward_the_focal_one() -> None:
    text = ("The Sudanese government has vehemently rejected a UN Security Council resolution that would send a "
            "force to Darfur. Resolution 1706 (2006) invites the consent of the government.")
    assert focus(text, ["SDN"]) == [("SC", "1706 (2006)", "rejects", "focus-rejects")]
    draft = ("We are withdrawing our co-sponsorship of A/68/L.33, amendment to the draft resolution on the report. "
             "Resolution 24/24 singles out one item of the Council's work.")
    assert focus(draft, ["USA"]) == [("HRC", "24/24", "supports", "focus-supports")]


def test_what_the_council_did_with_the_resolution_is_not_the_author_s_tone() -> None:
    text = ("Five years ago the Council adopted resolution 2417 (2018). With resolution 2417 (2018), the Council "
            "condemned the use of starvation of civilians as a method of warfare.")
    assert focus(text, ["NOR"]) == [("SC", "2417 (2018)", "supports", "focus-supports")]


@pytest.mark.parametrize("lang, text", [
    ("en", "Palestine condemns the move. Its president committed a violation of resolution ES-10/19. "
           "It recalls the Pope's call to abstain from any unilateral measure."),
    ("es", "Palestina condena el anuncio. Su presidente cometió una violación de la resolución ES-10/19. "
           "Recuerda el llamamiento del Papa para abstenerse de cualquier medida unilateral."),
    ("fr", "La Palestine condamne l'annonce. Son président a commis une violation de la résolution ES-10/19. "
           "Elle rappelle l'appel du Pape à s'abstenir de toute mesure unilatérale."),
])
def test_to_abstain_from_a_measure_is_to_refrain_not_an_abstention(lang: str, text: str) -> None:
    with lexicon.using(lang):
        assert focus(text, ["PSE"]) == [("GA", "ES-10/19", "supports", "focus-supports")]
        assert focus(text.replace("any unilateral measure", "voting").replace("cualquier medida unilateral", "votar")
                     .replace("toute mesure unilatérale", "voter"), ["PSE"]) == []  # "abstain from voting" is one


def test_a_resolution_that_is_itself_the_subject_of_an_accusation_is_rejected() -> None:
    text = ("The Council extended the mandate with its resolution 2587 (2021). Unfortunately, this resolution, which is "
            "full of inconsistencies, ignores once again the will of the people.")
    assert focus(text, ["TUR"]) == [("SC", "2587 (2021)", "rejects", "focus-rejects")]
    text = "Resolution 2587 (2021) was adopted. Unfortunately, Greece ignores it."
    assert focus(text, ["TUR"]) == [("SC", "2587 (2021)", "supports", "focus-supports")]


def test_an_evaluative_word_about_another_states_doing_is_not_the_tone_toward_the_resolution() -> None:
    text = ("The letter of the Permanent Representative of Turkey, by selective citations, purports to shed fresh light "
            "on the passage of Security Council resolution 186 (1964).")
    assert focus(text, ["CYP"]) == [("SC", "186 (1964)", "supports", "focus-supports")]
    assert focus("Security Council resolution 186 (1964) is selective and one-sided.", ["CYP"])[0][2] == "rejects"


def test_a_text_faulting_the_body_for_the_resolution_it_is_about_rejects_it() -> None:
    text = ("The Security Council extended the mandate of the mission with its resolution 2618 (2022). "
            "It is disconnected from reality on the side of the Security Council to impose a settlement model.")
    assert focus(text, ["TUR"]) == [("SC", "2618 (2022)", "rejects", "focus-rejects")]


def test_support_for_another_texts_statement_on_the_resolution_is_not_the_authors_tone() -> None:
    text = ("The Security Council adopted resolution 2618 (2022). We fully support the statement of the Ministry "
            "of Foreign Affairs of Ruritania concerning the resolution. It is disconnected from reality on the side "
            "of the Security Council.")
    assert focus(text, ["TUR"]) == [("SC", "2618 (2022)", "rejects", "focus-rejects")]


@pytest.mark.parametrize("lang, text, author", [
    ("fr", "Dix ans après l'adoption de la résolution 1701 du Conseil de sécurité, le Liban exhorte la communauté "
           "internationale à demander à Israël de mettre fin à ses violations de la souveraineté libanaise. La résolution "
           "1701 doit être appliquée.", "LBN"),
])
def test_violations_said_of_another_state_after_the_resolution_do_not_turn_the_tone(lang: str, text: str, author: str) -> None:
    with lexicon.using(lang):
        assert focus(text, [author]) == [("SC", "1701 (2006)", "supports", "focus-supports")]


@pytest.mark.parametrize("lang, text, stance", [
    ("fr", "La résolution 73/295 a été adoptée. Il demeure préoccupant, compte tenu de l'excision illégale de l'archipel, "
           "que la résolution 73/295 ne soit pas appliquée.", "supports"),
    ("fr", "La résolution 73/295 a été adoptée. Nous estimons que la résolution 73/295 est illégale.", "rejects"),
    ("es", "La resolución 73/295 fue adoptada. Preocupa la ocupación ilegal del archipiélago y que la resolución 73/295 "
           "no se aplique.", "supports"),
])
def test_a_french_or_spanish_adjective_after_a_noun_qualifies_that_noun(lang: str, text: str, stance: str) -> None:
    with lexicon.using(lang):
        assert [p[2] for p in focus(text, ["MUS"])] == [stance]


@pytest.mark.parametrize("text, stance", [
    ("The Syrian Arab Republic strongly condemns the statements made by President Trump on the Golan, which "
     "Security Council resolution 497 (1981) declared occupied. Resolution 497 (1981) stands.", "supports"),
    ("Sweden recalls Security Council resolution 2334 and condemns the continued expansion of settlements. "
     "Resolution 2334 must be implemented.", "supports"),
    # the resolution, a number or a word of grievance in the object: the verb's object is the resolution's matter
    ("The Government condemns the unjust sanctions of resolution 1907 (2009). Resolution 1907 (2009) was adopted.", "rejects"),
    ("The Government rejects the text of resolution 1907 (2009). Resolution 1907 (2009) was adopted in December.", "rejects"),
])
def test_a_rejecting_verb_with_an_object_of_its_own_does_not_turn_the_tone(text: str, stance: str) -> None:
    assert [s for _, _, s, _ in focus(text, ["SYR", "SWE", "ERI"])] == [stance]


def test_a_stance_the_un_security_council_took_is_not_the_authors_tone() -> None:
    r = extract_text("Joint statement\n\nWe, the Foreign Ministers of Mexico and Australia, express grave concern over the "
                     "nuclear test. The test constitutes a violation of the obligations under resolutions 1718 (2006) and "
                     "2270 (2016).\nIn its Resolution 2270, the UN Security Council condemned the fourth nuclear test.",
                     "x.txt")
    assert {(p["target"]["number"], p["stance"]) for p in r.positions} >= {("2270 (2016)", "supports")}


@pytest.mark.parametrize("lang, text", [
    ("es", "Eritrea toma nota de la resolución 2023 (2011). El Consejo se reunió a fin de imponer sanciones contra "
           "Eritrea, y la resolución 2023 (2011) sigue vigente."),
    ("en", "Eritrea takes note of resolution 2023 (2011). In the end harsher sanctions against Eritrea were adopted, and "
           "resolution 2023 (2011) stands."),
    ("en", "Eritrea takes note of resolution 2023 (2011). The Council's refusal to lift the sanctions against Eritrea "
           "persists, and resolution 2023 (2011) stands."),
    ("fr", "L'Érythrée prend note de la résolution 2023 (2011). Les membres du Conseil refusent de lever les sanctions "
           "contre l'Érythrée, et la résolution 2023 (2011) demeure."),
    ("es", "Eritrea toma nota de la resolución 2023 (2011). Los miembros del Consejo se negaron a levantar las sanciones "
           "contra Eritrea, y la resolución 2023 (2011) sigue vigente."),
])
def test_sanctions_imposed_or_refused_relief_are_not_lifted(lang: str, text: str) -> None:
    with lexicon.using(lang):
        assert focus(text, ["ERI"]) == [("SC", "2023 (2011)", "rejects", "focus-rejects")]


@pytest.mark.parametrize(("sentence", "abstained"), [
    ("The resolution, adopted with 10 votes in favor and five abstentions, also extends the Panel of Experts of the South "
     "Sudan Sanctions Committee.", False),
    ("The resolution was adopted with 10 votes in favor and five abstentions, among them South Sudan and Kenya.", True),
    ("It was adopted with 13 votes in favor and two abstaining (Russia and Mozambique), the Council reiterating its "
     "support for South Sudan.", False),
    ("It was adopted by 20 votes in favour, 7 against and 20 abstentions, those of South Sudan, Japan and 17 others.", True),
])
def test_a_count_of_abstentions_lists_only_the_names_right_after_it(sentence: str, abstained: bool) -> None:
    from unhrkg.extract.tally import abstained as _abstained
    assert _abstained(sentence, ["SSD"]) is abstained


@pytest.mark.parametrize("sentence", [
    "La résolution a été adoptée par 141 voix pour, 5 contre et 35 abstentions, dont celle de la République centrafricaine.",
    "La résolution a été adoptée avec 35 abstentions : Algérie, Chine, Inde, Mali, République centrafricaine.",
])
def test_a_french_name_in_lower_case_words_is_still_one_of_the_abstainers(sentence: str) -> None:
    from unhrkg.extract.tally import abstained as _abstained
    with lexicon.using("fr"):
        assert _abstained(sentence, ["CAF"]) is True


@pytest.mark.parametrize("text", [
    "Stating that the US objective is to destroy Resolution 2231, Iran's Permanent Mission said the Council showed "
    "the US isolation once again. Its letter cannot be considered a notification for the purpose of Resolution 2231, "
    "thus is void of any legal effect.",
    "Washington keeps trying to sabotage resolution 2231 (2015). Its letter under resolution 2231 (2015) is null and "
    "void.",
])
def test_a_resolution_others_set_out_to_destroy_is_upheld(text: str) -> None:
    assert focus(text, ["IRN"]) == [("SC", "2231 (2015)", "supports", "focus-supports")]


def test_a_mechanism_a_resolution_set_up_called_unhelpful_and_polarizing_is_a_grievance_against_it() -> None:
    text = ("The Foreign Minister told the Human Rights Council that the mechanism established under Operative Para 6 "
            "of Resolution 46/1 is unhelpful to the people of Sri Lanka and will polarize Sri Lankan society. "
            "It is an unproductive drain on resources.")
    assert focus(text, ["LKA"]) == [("HRC", "46/1", "rejects", "focus-rejects")]

"""Whose stance a cue says and what it is about: a side of a dispute as the subject, a worry about how a resolution
is carried out, a call to enforce one, another's statement as the object, a date inside a body's name. Each a small
text of the genre, and what the extractor must give for it."""
from __future__ import annotations

import pytest

from unhrkg.extract import extract_text


def positions(text: str) -> set[tuple[str, str]]:
    return {(p["target"]["number"], p["stance"]) for p in extract_text(text, "x.txt").positions}


DEFAULTS = ("focus-supports", "focus-rejects", "cited-supports")  # the stance a State's text takes when it says none


def said(text: str) -> set[tuple[str, str]]:
    """The stances a rule found said in the text, not those a text's focus or citation gives by default."""
    return {(p["target"]["number"], p["stance"]) for p in extract_text(text, "x.txt").positions if p["rule"] not in DEFAULTS}


def resolutions(text: str) -> set[str]:
    return {r["number"] for r in extract_text(text, "x.txt").resolutions}


@pytest.mark.parametrize("text", [
    "Statement by Israel\n\nThe Jewish population welcomed resolution 181 (II). Yet the Arab side within the mandate "
    "territory instantly rejected resolution 181 (II).",
    "Déclaration d'Israël\n\nIsraël a salué la résolution 181 (II). La partie arabe a rejeté la résolution 181 (II).",
    "Statement by Israel\n\nIsrael welcomed resolution 181 (II); the other side rejected resolution 181 (II) outright.",
])
def test_a_side_of_a_dispute_as_the_subject_says_its_own_stance(text: str) -> None:
    assert ("181 (II)", "rejects") not in positions(text)


@pytest.mark.parametrize(("text", "expected"), [
    # "on the other side" is no subject
    ("Statement by Israel\n\nOn the other side, Israel rejects resolution 2334 (2016).", {("2334 (2016)", "rejects")}),
    # a side named by the author's demonym is the author
    ("Statement by China\n\nThe Chinese side firmly supports resolution 2758 (XXVI).", {("2758 (XXVI)", "supports")}),
])
def test_a_side_that_is_no_subject_or_is_the_author(text: str, expected: set[tuple[str, str]]) -> None:
    assert positions(text) == expected


@pytest.mark.parametrize("text", [
    "Communiqué de l'Algérie\n\nL'Algérie s'est abstenue lors du vote de la résolution 2768 (2025). Cette abstention "
    "s'explique par la préoccupation de l'Algérie concernant la mise en œuvre de la résolution 2722 (2024).",
    "Statement by Algeria\n\nAlgeria abstained on resolution 2768 (2025) out of its concern about the implementation of "
    "resolution 2722 (2024).",
])
def test_a_worry_about_how_a_resolution_is_carried_out_is_no_call_to_carry_it_out(text: str) -> None:
    assert ("2722 (2024)", "supports") not in positions(text)


def test_a_call_to_implement_without_a_worry_still_invokes() -> None:
    assert positions("Statement by Algeria\n\nAlgeria abstained on resolution 2768 (2025) and calls for the "
                     "implementation of resolution 2722 (2024).") == {("2722 (2024)", "supports")}


@pytest.mark.parametrize("text", [
    "Press Statement\n\nThe Ministry of Foreign Affairs of Sudan condemns the unlawful siege and reiterates its call for "
    "urgent measures against the militia, including enforcement of Security Council Resolution 2736.",
    "Comunicado de Colombia\n\nColombia exige hacer cumplir la resolución 2728 (2024) del Consejo de Seguridad.",
])
def test_a_call_to_enforce_a_resolution_supports_it(text: str) -> None:
    assert {stance for _, stance in positions(text)} == {"supports"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Comunicado de Colombia\n\nLa cancillería colombiana rechaza enfáticamente la declaración del Ministerio de Relaciones "
     "Exteriores de Israel sobre la posición adoptada por Colombia respecto a la aprobación en el Consejo de Seguridad de la "
     "Resolución 2728 del 25 de marzo.", set()),
    # the resolution itself, or a statement and the resolution both: the resolution is rejected
    ("Comunicado de Colombia\n\nLa cancillería colombiana rechaza enfáticamente la Resolución 2728 del 25 de marzo.",
     {("2728 (2024)", "rejects")}),
    ("Statement by X\n\nCuba rejects the statement of the United States and resolution 2728 (2024).", {("2728 (2024)", "rejects")}),
])
def test_another_s_statement_as_the_object_of_a_rejection(text: str, expected: set[tuple[str, str]]) -> None:
    assert {p for p in positions(text) if p[1] == "rejects"} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Comunicado\n\nColombia respaldó la Resolución del Consejo de Seguridad de Naciones Unidas del 25 de marzo de 2024 que "
     "ordenó un cese el fuego en Gaza.", set()),
    ("Comunicado\n\nColombia respaldó la resolución del Consejo de Seguridad 2728 del 25 de marzo de 2024.", {"2728 (2024)"}),
    ("Statement\n\nWe recall the resolutions of the Security Council 242 and 338.", {"242 (1967)", "338 (1973)"}),
])
def test_a_date_after_a_body_s_name_is_no_number_of_a_resolution(text: str, expected: set[str]) -> None:
    assert resolutions(text) == expected


@pytest.mark.parametrize("text", [
    "Statement by Israel\n\nHamas and Islamic Jihad, terrorist organizations, joined the Council in welcoming resolution 2334 (2016).",
    "Statement by Morocco\n\nThe Polisario welcomed resolution 2654 (2022) at once.",
])
def test_an_armed_group_opening_the_clause_says_its_own_stance(text: str) -> None:
    rules = {p["rule"] for p in extract_text(text, "x.txt").positions}
    assert not any(r.startswith("cue-") for r in rules)  # (the text's focal resolution may still take the default)


def test_a_group_named_as_the_object_leaves_the_author_the_subject() -> None:
    assert positions("Statement by Israel\n\nIsrael condemns Hamas and rejects resolution 2334 (2016).") == {("2334 (2016)", "rejects")}


@pytest.mark.parametrize(("text", "expected"), [
    # the agent of a participle is the one whose act it is
    ("Statement by Syria\n\nThe annexation is null and void in accordance with resolution 497 (1981), and all such practices "
     "will be denounced by all those who are keen to uphold international law.", {("497 (1981)", "supports")}),
    ("Statement by Senegal\n\nResolution 2334 (2016), welcomed by the international community, is a text of 2016.", set()),
    ("Statement by Senegal\n\nResolution 2334 (2016), welcomed by Senegal, is a landmark.", {("2334 (2016)", "supports")}),
])
def test_a_participle_s_agent_after_it(text: str, expected: set[tuple[str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a resolution told as the object of a deed: what it says after "which" describes it, cited as no authority
    ("Statement by Israel\n\nAmbassador Danon accused the Security Council of encouraging terrorists by passing Resolution "
     "2334, which declared all Jewish presence illegal.", set()),
    # its adoption told plainly: cited as authority
    ("Statement by Costa Rica\n\nYesterday, the General Assembly adopted resolution 76/300, which recognizes the human right "
     "to a clean environment.", {("76/300", "supports")}),
])
def test_a_resolution_passed_as_a_deed_is_no_authority_cited(text: str, expected: set[tuple[str, str]]) -> None:
    assert said(text) == expected


def test_a_shameful_resolution_is_rejected() -> None:
    text = ("Statement by Israel\n\nLast month the Security Council voted to adopt resolution 2334 (2016). The Fatah movement "
            "thanked each member who voted for the shameful resolution.")
    assert positions(text) == {("2334 (2016)", "rejects")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Statement by Israel\n\nForty years ago a dark chapter was written, and despite the retraction of the resolution 3379 "
     "(XXX), the hypocrisy against Israel still echoes.", set()),
    ("Statement by Myanmar\n\nA one-sided dialogue contradicts the principles of cooperation as envisaged in resolution "
     "60/251.", {("60/251", "supports")}),
])
def test_a_retraction_is_no_defiance_and_an_envisaging_resolution_is_invoked(text: str, expected: set[tuple[str, str]]) -> None:
    assert {p for p in positions(text) if p[1] == "supports"} == expected


def test_the_resolution_after_a_draft_is_the_draft_s_not_one_named_later() -> None:
    text = ("Position of Myanmar\n\nThe Council adopted the draft resolution A/HRC/59/L.21 without a vote. Myanmar opposes the "
            "country-specific resolution tabled by Pakistan. Myanmar recalls that General Assembly resolution 46/182 states "
            "that humanitarian assistance should be provided with the consent of the country.")
    record = extract_text(text, "x.txt")
    assert ("46/182", "rejects") not in {(p["target"]["number"], p["stance"]) for p in record.positions}
    assert record.sponsors == []


@pytest.mark.parametrize("text", [
    "Statement\n\nThe resolution 3379 (XXX) was sponsored by 25 states: Afghanistan, Algeria and Cuba.",
    "Statement\n\nThe resolution 3379 (XXX) was sponsored by 25 states, the majority of which still hold that view: "
    "Afghanistan, Algeria and Cuba.",
])
def test_a_count_of_sponsors_then_their_list(text: str) -> None:
    assert {s["sponsor"] for s in extract_text(text, "x.txt").sponsors} == {"AFG", "DZA", "CUB"}


@pytest.mark.parametrize(("text", "expected"), [
    # an official's apposition closed by the institution, then the official speaks: the institution's State
    ("Commissioner on the International Day\n\nDr Bärbel Kofler, Federal Government Commissioner for Human Rights Policy at "
     "the Federal Foreign Office, issued the following statement today:\n\nWe welcome resolution 2467 (2019).", ["DEU"]),
    # the official met, not speaking
    ("Meeting in Geneva\n\nThe Rapporteur met Mr Hans Weber, head of division at the Federal Foreign Office, to discuss "
     "resolution 2467 (2019).", []),
])
def test_an_institution_s_official_speaking(text: str, expected: list[str]) -> None:
    assert extract_text(text, "x.txt").author_states == expected


def test_a_state_the_meeting_is_on_is_not_who_delivered_the_statement() -> None:
    text = ("Statement delivered by Ambassador Byrne Nason at UNSC Briefing on Syria - Political\n\nThank you, Mr. President. "
            "We seem no closer to a political solution that can implement Resolution 2254.")
    assert "SYR" not in extract_text(text, "x.txt").author_states


def test_the_states_a_page_lists_as_supporting_the_joint_statement_it_gives() -> None:
    text = ("Joint Statement of Participants of the Platform\nMinistry of Foreign Affairs of Ukraine, posted 26 February 2023\n\n"
            "Today we are grateful to the countries and organizations that supported the Joint Statement of the Platform:\n\n"
            "Council of Europe, EU, Australia, Austria, Belgium, Ukraine, Japan.\n\n\"Recalling resolution 68/262 ...\"")
    record = extract_text(text, "x.txt")
    assert (sorted(record.author_states), record.rules["author_states"]) == (["AUS", "AUT", "BEL", "JPN", "UKR"], "signer-list")


def test_states_that_supported_something_else_are_no_signers() -> None:
    text = ("Statement of the Ministry of Foreign Affairs of Ukraine\n\nWe thank the countries that supported resolution "
            "68/262 in 2014: Australia, Austria and Belgium.")
    assert extract_text(text, "x.txt").author_states == ["UKR"]


@pytest.mark.parametrize(("text", "expected"), [
    # each item with its date and quoted title, the last dates without their year
    ("Statement\n\nRecalling resolutions of the General Assembly 68/262 of 27 March 2014 “Territorial integrity of Ukraine”, "
     "ES-11/1 of 2 March 2022 “Aggression against Ukraine”, ES-11/4 of 12 October “Territorial Integrity of Ukraine”,"
     "ES-11/5 of 14 November “Furtherance of remedy”, and ES-11/6 of 23 February “UN Charter principles”.",
     {"68/262", "ES-11/1", "ES-11/4", "ES-11/5", "ES-11/6"}),
    ("Statement\n\nWe recall resolution 2334 (2016) of 23 December and resolution 2720 (2023).", {"2334 (2016)", "2720 (2023)"}),
])
def test_a_list_s_items_with_their_dates_and_quoted_titles(text: str, expected: set[str]) -> None:
    assert resolutions(text) == expected


def test_a_state_that_continues_to_blatantly_violate_is_charged_not_speaking() -> None:
    text = ("Ministry of Foreign Affairs of Ukraine took note of the report submitted pursuant to General Assembly resolution "
            "75/192.\n\nThe Russian Federation continues to blatantly violate international law.\n\nThe Russian Federation "
            "continues to flagrantly ignore the resolution.")
    assert extract_text(text, "x.txt").author_states == ["UKR"]


# What a review of the rules above found them reading worse than before, each now read right: a side opening a
# subordinate clause, demanded of or joined to an object; a worry's words spanning a second verb; invoking words as a
# rejection's object; a Declaration a resolution holds; a perfect that is no passive; the author's organ as agent; a
# word of scorn qualifying another noun; a number after a body's date; a draft of the same session; a resolution
# "presented as" something; a vote's count before a colon.
@pytest.mark.parametrize(("text", "expected"), [
    ("Statement by Israel\n\nIsrael, while Hamas continues to hold 134 hostages in Gaza, cannot accept resolution 2728 (2024).",
     {("2728 (2024)", "rejects")}),
    ("Statement by the United States\n\nThe United States condemns the attack of October 7, when Hamas murdered 1,200 people, "
     "and welcomes resolution 2712 (2023).", {("2712 (2023)", "supports")}),
    ("Statement by Pakistan\n\nPakistan demands that the Taliban implement resolution 2593 (2021).", {("2593 (2021)", "supports")}),
    ("Déclaration de la France\n\nLa France partage les préoccupations du Secrétaire général et insiste sur la mise en œuvre de "
     "la résolution 2334 (2016).", {("2334 (2016)", "supports")}),
    ("Statement by the Sudan\n\nThe Government of the Sudan rejects the enforcement of resolution 1593 (2005).", {("1593 (2005)", "rejects")}),
    ("Communiqué du Soudan\n\nLe Gouvernement soudanais rejette l'application de la résolution 1593 (2005).", {("1593 (2005)", "rejects")}),
    ("Statement by the United States\n\nThe United States cannot endorse the Declaration on the Right to Development contained in "
     "resolution 41/128.", {("41/128", "rejects")}),
    ("Déclaration de la Tunisie\n\nLa Tunisie a appuyé par son vote la résolution 2334 (2016).", {("2334 (2016)", "supports")}),
    ("Statement by Malta\n\nResolution 2728 (2024) was welcomed by the Government as a long-overdue step.", {("2728 (2024)", "supports")}),
    ("Statement by Iran\n\nThe decision is in flagrant violation of the letter of resolution 2231 (2015).", {("2231 (2015)", "supports")}),
])
def test_what_the_review_found(text: str, expected: set[tuple[str, str]]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Statement by Kuwait\n\nThe shameful silence of the international community continues while resolution 2720 (2023) is "
     "trampled every day.", {("2720 (2023)", "supports")}),
    ("Statement by Palestine\n\nResolution 2334 (2016), rejected by Israel and ignored by its Government ever since, remains "
     "binding.", {("2334 (2016)", "supports")}),
])
def test_a_text_s_tone_is_not_another_s_act_nor_a_word_on_another_noun(text: str, expected: set[tuple[str, str]]) -> None:
    assert positions(text) == expected


def test_a_number_after_the_date_a_body_adopted_it() -> None:
    assert resolutions("Comunicado\n\nColombia respaldó la Resolución del Consejo de Seguridad del 25 de marzo de 2024, la 2728, "
                       "que ordenó un cese al fuego.") == {"2728 (2024)"}
    assert resolutions("Déclaration\n\nLa Déclaration proclamée par la résolution de l'Assemblée générale du 10 décembre 1948, "
                       "217 A (III).") == {"217 A (III)"}


def test_a_draft_of_the_same_session_is_the_resolution_named_later() -> None:
    text = ("Explanation of vote by the United Kingdom on draft resolution A/78/L.20\n\nThe United Kingdom voted in favour of the "
            "resolution today. Resolution 78/220 must now be implemented.")
    assert ("78/220", "supports") in said(text)


@pytest.mark.parametrize("text", [
    "Comunicado\n\nEl Gobierno de Israel presentó la Resolución 2728 (2024) como un premio al terrorismo.",
    "Comunicado\n\nLa resolución 2334 (2016), que Israel presentó como un ataque contra su existencia, fue adoptada.",
    "Statement\n\nThe text, sponsored by 25 States, was adopted by 128 votes to 9: the United States, Israel and Guatemala.",
])
def test_a_resolution_presented_as_something_or_a_vote_s_count_names_no_sponsor(text: str) -> None:
    assert extract_text(text, "x.txt").sponsors == []


def test_a_count_of_states_under_an_acronym_as_the_subject() -> None:
    text = ("Statement by Syria\n\nThe draft failed, as 18 UNHRC member states rejected the resolution 2401 (2018), either voting "
            "against it or abstaining.")
    assert ("2401 (2018)", "rejects") not in positions(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("New York\n\n23 December 2016\n\nStatement attributable to the Spokesman for the Secretary-General on adoption of "
     "Security Council Resolution 2334 (2016)\n\nThe Secretary-General welcomes the adoption of Resolution 2334 (2016).", "SG"),
    ("Déclaration attribuable au porte-parole du Secrétaire général sur la résolution 2728 (2024)\n\nLe Secrétaire général "
     "salue l'adoption de la résolution 2728 (2024).", "SG"),
    # the spokesman named in a State's statement: no author of its own
    ("Statement by Norway\n\nNorway notes the statement attributable to the Spokesman for the Secretary-General and welcomes "
     "resolution 2334 (2016).", None),
])
def test_the_secretary_general_s_statements_read_by_his_spokesman(text: str, expected: str | None) -> None:
    assert extract_text(text, "x.txt").author_body == expected


@pytest.mark.parametrize(("lead", "expected"), [
    ("We thank the Secretary-General for his report. We hope that ", True),  # a hope about another State
    ("Nous espérons que la ", True),
    ("Your Excellency, I informed you that the ", False),  # the author's own news of its Government
    ("We note that the ", False),  # what the first person notes of a State may be of its own ("We note that Ireland has")
    ("We note that according to the IAEA, ", True),  # on another's word: of another
    ("The Government of X notes that the ", False),  # a State's own verb: the next State may be its news
])
def test_a_state_the_author_hopes_something_of_is_spoken_of(lead: str, expected: bool) -> None:
    from unhrkg.extract.spoken_of import judged
    assert judged(lead) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # more resolutions than the Council ever adopted at a session: the Assembly's
    ("Communiqué\n\nLa mise en œuvre des résolutions 34/91 et 35/123 des Nations Unies.", {"34/91", "35/123"}),
])
def test_a_number_beyond_any_council_session_is_the_assembly_s(text: str, expected: set[str]) -> None:
    record = extract_text(text, "x.txt")
    assert {(r["body"], r["number"]) for r in record.resolutions} == {("GA", n) for n in expected}


def test_a_committee_s_chair_named_with_the_state_it_is_on_is_no_author() -> None:
    text = ("Rapport\n\nLe Conseil de sécurité a entendu quatre présidents de ses organes subsidiaires, parmi eux le président du "
            "Comité 1533 (République démocratique du Congo), qui a présenté son rapport.")
    assert "COD" not in extract_text(text, "x.txt").author_states

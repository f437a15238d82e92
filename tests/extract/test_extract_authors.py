"""Rules of the author States of statements and press releases, one small text each."""
from __future__ import annotations

import pytest

from unhrkg.extract import extract_text
from helpers.extract import read


@pytest.mark.parametrize("text, author", [
    ("Mauritius: PM - Mauritius Strongly Deplores UK's Rejection of Resolution 73/295\n\npress release\n\n"
     "Government strongly deplores that United Kingdom (UK) has chosen to reject resolution 73/295. In so doing, "
     "the UK has resorted to groundless arguments.", "MUS"),
    ("Communiqué\n\nLe Bénin déplore la décision\n\nLe Gouvernement déplore que le Royaume-Uni rejette la "
     "résolution 73/295. Le Royaume-Uni rejette aussi l'avis de la Cour.", "BEN"),
])
def test_a_state_after_a_judging_verb_and_that_is_judged_not_speaking(text: str, author: str) -> None:
    r = read(text)
    assert r.author_states == [author]
    assert "GBR" not in r.author_states


def test_a_state_after_a_saying_verb_and_that_still_speaks() -> None:
    r = read("Press release\n\nThe Ministry announced today that Argentina rejects resolution 46/1 and calls on "
             "all States to do the same.")
    assert (r.author_states, r.rules["author_states"]) == (["ARG"], "speaking-subject")


def test_a_state_set_off_from_its_verb_by_words_between_commas_speaks() -> None:
    r = read("Le ministre au sujet de la nouvelle résolution\n\nLe ministre a donné le commentaire suivant : « La "
             "Belgique, ensemble avec tous les autres membres du Conseil, s'est prononcée en faveur de nouvelles "
             "sanctions contre l'Iran. » L'Iran doit coopérer.")
    assert (r.author_states, r.rules["author_states"]) == (["BEL"], "speaking-subject")


def test_a_list_of_states_between_commas_is_not_set_off_words() -> None:
    r = read("Carta\n\nLos Estados Unidos, el Reino Unido y Francia, apoyados por varios miembros, votaron en contra. "
             "El Gobierno de la Federación de Rusia rechaza esa decisión.")
    assert "USA" not in r.author_states


def test_the_capital_a_closing_line_names_is_the_authors_seat() -> None:
    r = read("Faisant suite à l'annonce, le ministère des Affaires étrangères prend acte de ces évènements et espère "
             "la fin des souffrances du peuple libyen. La Libye doit engager une transition vers la réconciliation "
             "nationale et la reconstruction du pays. Le ministère réitère son soutien au peuple libyen et l'exhorte à "
             "engager résolument une transition apaisée.\n\nFait à Libreville le 21 octobre 2011\n\nPaul Toungui,\nMinistre des "
             "Affaires étrangères\n\nLe ministère réitère son soutien au peuple libyen et à la Libye.")
    assert (r.author_states, r.rules["author_states"]) == (["GAB"], "closing-capital")
    assert (r.dated, r.rules["dated"]) == ("2011-10-21", "closing-date")


def test_a_common_noun_between_an_officials_post_and_a_state_is_not_its_name() -> None:
    r = read("Le ministre a donné le commentaire suivant. « En tant que président du comité des sanctions Iran du "
             "Conseil de Sécurité, il revient à la Belgique de veiller à l'application de la résolution 1737. »")
    assert "IRN" not in r.author_states


def test_a_dateline_naming_the_state_after_its_place_is_the_authors() -> None:
    r = read("RD vota a favor de la resolución\nDISTRITO NACIONAL, República Dominicana.- El Ministerio de Relaciones "
             "Exteriores informó que el país votó a favor de la resolución sobre la agresión contra Ucrania. Rusia y "
             "Ucrania deben deponer las armas; Rusia debe retirarse de Ucrania.")
    assert (r.author_states, r.rules["author_states"]) == (["DOM"], "dateline-organ")  # (its unnamed Ministry speaks under it)


@pytest.mark.parametrize("text", [
    "Geneva, Switzerland – September 27, 2024 – The President delivered an address at the Human Rights Council.",
    "Humanitarian Community Celebrates U.S.-, Ireland-led UN Sanctions Carveout\n\nThe carveout was welcomed.",
])
def test_a_un_city_or_a_name_in_a_headline_is_no_states_dateline(text: str) -> None:
    r = read(text)
    assert "CHE" not in r.author_states and "IRL" not in r.author_states


@pytest.mark.parametrize("text, author", [
    ("Titre\n\nLa souffrance est grande. Les États-Unis remercient leur co-rédacteur pour son travail.", "USA"),
    ("Título\n\nLa situación es grave. Las Bahamas rechazan la resolución.", "BHS"),
    ("Titre\n\nLes Pays-Bas saluent l'adoption de la résolution.", "NLD"),
])
def test_a_state_named_with_a_plural_article_speaks(text: str, author: str) -> None:
    assert extract_text(text, "x.txt").author_states == [author]


@pytest.mark.parametrize("text, author", [
    ("Bolivia se abstuvo en la votación de una resolución de la Asamblea General sobre Ucrania.", "BOL"),
    ("Le Sénégal s'est abstenu lors du vote de la résolution sur l'Ukraine.", "SEN"),
])
def test_a_state_that_abstained_speaks_for_the_text(text: str, author: str) -> None:
    assert extract_text(text, "x.txt").author_states == [author]


@pytest.mark.parametrize("text, author", [
    ("Sanctions\n\nThe talks went on. The Government of Canada must honour its commitments, said the spokesman. "
     "The Islamic Republic of Iran rejects the resolution.", "IRN"),
    ("Communiqué\n\nLe gouvernement du Canada doit honorer ses engagements. La République islamique d'Iran "
     "condamne la résolution.", "IRN"),
])
def test_a_state_told_what_it_must_do_is_spoken_of(text: str, author: str) -> None:
    r = read(text)
    assert r.author_states == [author]


@pytest.mark.parametrize("text, author", [
    ("El embajador de Venezuela ante la ONU, Rafael Ramírez, celebró hoy la resolución. Estados Unidos se abstuvo.", "VEN"),
    ("Nouvelles\n\nSelon l'ambassadeur Jean Dupont, représentant permanent adjoint du Sénégal auprès des Nations Unies, "
     "le texte est juste. Israël a rappelé son ambassadeur.", "SEN"),
    ("News\n\nThe Ambassador of Kenya, Jane Doe, welcomed the resolution. Somalia thanked the Council.", "KEN"),
])
def test_a_states_ambassador_speaks_for_it(text: str, author: str) -> None:
    r = read(text)
    assert (r.author_states, r.rules["author_states"]) == ([author], "author-phrase")


def test_a_long_first_line_is_no_headline() -> None:
    """A first line of prose longer than a headline, cut at the reach, was taken for one."""
    from unhrkg.extract.lead import in_headline
    line = "Israël a annoncé le rappel immédiat pour consultation de son ambassadeur suite au vote, vendredi dernier, " \
           "de la résolution réclamant la fin de la colonisation, estimant que ce peuplement n'a aucun fondement en droit."
    assert not in_headline(line + "\nLa suite.", 0)
    assert in_headline("Kenya warns UN of looming funding crisis\n\nKenya has sounded the alarm.", 0)


def test_a_headline_state_that_warns_speaks_and_an_organ_after_in_is_spoken_of() -> None:
    r = read("Kenya warns UN of looming funding crisis in Somalia Mission\n\nThe gap risks undoing gains, "
             "the minister said.")
    assert r.author_states == ["KEN"]


def test_an_organ_in_a_clause_the_text_governs_is_a_weak_sign() -> None:
    r = read("Havana, 9 September -- The Foreign Minister presented the report.\nCuba has repeatedly indicated that "
             "the measures had a limited impact, and that the U.S. president has enough powers to do a lot more.")
    assert r.author_states == ["CUB"]


@pytest.mark.parametrize("text", [
    "Actualités\n\nL'Assemblée reprendra sa session, après que les États-Unis ont utilisé leur droit de veto contre une résolution.",
    "Noticias\n\nLa Asamblea se reunirá después de que Estados Unidos vetó la resolución.",
])
def test_a_state_in_a_clause_after_a_conjunction_and_que_does_not_speak(text: str) -> None:
    assert "USA" not in read(text).author_states


@pytest.mark.parametrize("text, author", [
    ("SOLIDARIDAD CON LA CAUSA\nLA ASAMBLEA NACIONAL DE ECUADOR\nCONSIDERANDO\nQue la disputa persiste;", "ECU"),
    ("Press release\n\nThe National Assembly of Kenya condemns resolution 2719 (2023).", "KEN"),
    ("News\n\nThe Syrian Foreign and Expatriates Ministry said that the British resolution sends a message of support "
     "to terrorists.", "SYR"),
    ("Statement\n\nThe Ministry of Foreign Affairs and Expatriates of Jordan welcomes resolution 2334 (2016).", "JOR"),
    ("Foreign Ministry comments\n\nThe Ministry of Foreign Affairs (MFA) of Ukraine took into account the statement.", "UKR"),
])
def test_a_parliament_and_a_ministry_of_foreign_affairs_and_expatriates_speak(text: str, author: str) -> None:
    assert read(text).author_states == [author]


@pytest.mark.parametrize("text, author", [
    ("The ambassador of Israel was summoned on Tuesday. The Government of Chile welcomed the adoption of resolution "
     "2334 (2016).", "CHL"),
    ("El embajador de Israel fue convocado el martes. El Gobierno de Chile celebró la adopción de la resolución 2334 (2016).",
     "CHL"),
    ("The Government of Canada has to date co-sponsored every resolution on Iran, and welcomes resolution 78/220.", "CAN"),
    ("The Government of Canada should like to express its support for resolution 78/220.", "CAN"),
])
def test_an_envoy_done_to_is_spoken_of_and_a_wish_or_a_date_is_no_obligation(text: str, author: str) -> None:
    assert read(text).author_states == [author]


@pytest.mark.parametrize("text, author", [
    ("Le Parlement du Canada salue la résolution 2334 (2016).", "CAN"),
    ("El Congreso de Colombia respalda la resolución 2334 (2016).", "COL"),
    ("The Ambassador of Israel to Chile was immediately summoned. The Government of Chile welcomed resolution 2334 (2016).",
     "CHL"),
])
def test_a_parliament_speaks_and_an_envoy_accredited_somewhere_and_done_to_does_not(text: str, author: str) -> None:
    assert read(text).author_states == [author]


def test_a_state_that_has_to_comply_is_told_so() -> None:
    assert "ISR" not in read("News\n\nThe Government of Israel has to comply with resolution 2334 (2016), Chile said.").author_states


@pytest.mark.parametrize("text, author", [
    ("The Council met on 23 August.\nDang Dinh Quy, head of the Permanent Mission of Viet Nam to the UN, said that the "
     "parties must implement resolution 2216 (2015).", "VNM"),
    ("Le Conseil s'est réuni le 23 août.\nDang Dinh Quy, chef de la Mission permanente du Vietnam auprès de l'ONU, a "
     "affirmé que les parties doivent appliquer la résolution 2216 (2015).", "VNM"),
    ("El Consejo se reunió el 23 de agosto.\nMaría Pérez, jefa de la Misión Permanente de Chile ante la ONU, afirmó que "
     "las partes deben aplicar la resolución 2216 (2015).", "CHL"),
    ("The Council met on 23 August.\nThe head of the Permanent Mission of Viet Nam said that the parties must implement "
     "resolution 2216 (2015).", "VNM"),
])
def test_an_official_named_by_the_post_held_in_a_states_organ_speaks_for_it(text: str, author: str) -> None:
    assert extract_text(text, "x.txt").author_states == [author]


def test_the_head_of_a_states_mission_spoken_to_does_not_speak() -> None:
    text = ("The Council met on 23 August.\nThe Council thanked the head of the Permanent Mission of Viet Nam for the "
            "briefing on resolution 2216 (2015).")
    assert extract_text(text, "x.txt").author_states == []


@pytest.mark.parametrize("text", [
    "On 4 March, the Special Rapporteur met John Smith, head of the Permanent Mission of Viet Nam, to discuss the "
    "follow-up to resolution 45/1.",
    "The Secretariat wishes to inform that Mr. Lee, head of the delegation of Japan, was elected Vice-President of the "
    "Council under resolution 45/1.",
])
def test_an_official_named_by_a_post_who_is_met_or_elected_does_not_speak(text: str) -> None:
    assert extract_text(text, "x.txt").author_states == []


def test_a_post_holder_spoken_of_before_another_s_verb_does_not_speak() -> None:
    text = ("Geneva (5 March 2021). The head of the delegation of Japan was elected Vice-President of the Council, a "
            "spokesperson said.")
    assert extract_text(text, "x.txt").author_states == []


def test_a_third_partys_decision_highlighted_by_experts_does_not_make_it_the_author() -> None:
    r = read("UN experts condemn settlement plan\n\nGeneva, 5 May 2020\n\nThe experts highlighted Israel's decision to "
             "advance plans for 3,000 settlement units, in violation of Security Council resolution 2334.")
    assert "ISR" not in r.author_states


def test_a_state_charged_with_ignoring_or_violating_is_spoken_of_not_speaking() -> None:
    text = ("Mr President,\n\nWe meet again on the war. Russia has also ignored the orders of the International Court "
            "of Justice. Russia has violated the Charter. Since the start, Ireland has been clear in its position.")
    assert extract_text(text, "x.txt").author_states == ["IRL"]


def test_a_state_after_an_opening_phrase_of_a_numbered_paragraph_speaks() -> None:
    text = ("Mr President,\n1 The war goes on.\n2 Since the beginning of this war, Singapore has taken a clear position "
            "that the invasion breaches the Charter.\n3 The Council must act.")
    r = extract_text(text, "x.txt")
    assert (r.author_states, r.rules.get("author_states")) == (["SGP"], "speaking-subject")


def test_prose_wrapped_in_short_lines_is_no_letterhead() -> None:
    # a Markdown source wraps its paragraphs at 72 characters: "the people of Syria" is spoken of in prose
    text = ("G7 Leaders' statement on Syria\n\n2024-12-12\n\nWe, the leaders of the Group of Seven (G7), reaffirm our "
            "commitment to\nthe people of Syria, and lend our full support for a political transition\nprocess in "
            "the spirit of UN Security Council Resolution 2254.\n")
    assert extract_text(text, "x.txt").author_states == []


def test_a_letterhead_of_title_case_lines_is_still_one() -> None:
    text = ("Permanent Mission of the Russian Federation\nto the United Nations\n\nStatement on the vote\n\n"
            "The delegation regrets that resolution 46/1 was adopted today by a vote.")
    assert extract_text(text, "x.txt").author_states == ["RUS"]



def test_an_eov_before_the_vote_by_a_state_is_its_own() -> None:
    text = ("31st Session of the Human Rights Council\nConsideration of the draft resolution A/HRC/31/L.30/Rev.1\n\n"
            "EOV Before the Vote by India\n\nMr. President,\n\nWe acknowledge the cooperation that Myanmar has extended "
            "to the UN and its human rights mechanisms.")
    assert read(text).author_states == ["IND"]


@pytest.mark.parametrize("text", [
    ("Statement by the Minister on the adoption of Resolution 2231\n\nI welcome the decision taken today. It brings "
     "security to many people in the region who are concerned that Iran will gain access to nuclear weapons."),
    ("Mr President,\n\nThank you for the briefing on resolution 2231. In this context, we note that according to the "
     "IAEA, Iran is abiding by its commitments, and we call on all to do the same."),
])
def test_a_state_in_a_clause_of_concern_or_of_what_the_first_person_notes_is_spoken_of(text: str) -> None:
    assert "IRN" not in read(text).author_states


def test_a_state_that_extends_its_thanks_after_the_word_to_the_chair_speaks() -> None:
    r = read("Statement at the Security Council, 27 June\n\nMr President,\n\nNorway extends its thanks to the Secretary-"
             "General for his report on the implementation of resolution 2231 (2015). Iran must return to compliance.")
    assert (r.author_states, r.rules["author_states"]) == (["NOR"], "speaking-subject")


def test_a_news_agencys_tag_opens_the_clause_of_the_state_that_speaks() -> None:
    r = read("(Belga) La Belgique a voté jeudi en faveur de la résolution de l'Assemblée générale sur le climat, "
             "adoptée avec 120 voix pour.")
    assert (r.author_states, r.rules["author_states"]) == (["BEL"], "speaking-subject")


def test_a_capital_named_in_a_sentence_with_a_date_is_no_dateline() -> None:
    r = read("Minister on the resolution on Iran\n\n20.07.2015 - Press release\n\nOn the sidelines of the Foreign "
             "Affairs Council in Brussels on 20 July, the Foreign Minister issued the following statement on "
             "resolution 2231: the countdown is running.")
    assert "BEL" not in r.author_states


def test_a_states_organ_whose_spokesperson_said_outweighs_states_named_later() -> None:
    r = read("TOKYO, June 2 (Kyodo) -- Remarks by some officials abroad distort resolution 2758, a Japanese Foreign "
             "Ministry spokesperson said on Tuesday.\nThe 1972 communiqué clearly states that \"the government of the "
             "United States of America acknowledges the position\". The United States is a signatory to that document.")
    assert r.author_states == ["JPN"]


def test_a_state_urged_in_the_passive_is_spoken_of() -> None:
    r = read("Réagissant à l'adoption de la résolution 2440 par le Conseil de sécurité, le ministre a souligné que le "
             "texte confirmait la démarche suivie.\n\n« L'Algérie est exhortée à jouer un rôle dans ce processus », a "
             "affirmé le ministre devant les journalistes.")
    assert "DZA" not in r.author_states

def test_a_letter_that_restates_the_position_of_its_state() -> None:
    text = ("Further to our letter dated 16 February 2022 (S/2022/122), I have the honour to once again reiterate the "
            "position of the Russian Federation on this issue in connection with the letter dated 24 May 2022 from "
            "the representatives of France, Germany and the United Kingdom (S/2022/415).\n\nWe note with regret that "
            "our European counterparts continue to level misleading accusations against the Islamic Republic of Iran.")
    r = extract_text(text, "x.txt")
    assert (r.doc_type, r.author_states) == ("letter", ["RUS"])


def test_the_position_of_a_state_restated_by_a_third_person_is_not_the_authors() -> None:
    text = ("Statement\n\nThe spokesman reiterated the position of the Russian Federation on the issue, which "
            "Moscow had set out in March. Analysts doubt the position will hold.")
    assert extract_text(text, "x.txt").rules.get("author_states") != "possessive-object"


def test_a_statement_delivered_by_a_titled_speaker_on_behalf_of_states() -> None:
    text = ("Nordic statement at the UN Security Council debate on Conflict and Hunger\n\n19 May 2022\n\n"
            "Joint Nordic Statement delivered by Ms. Jenny Ohlsson, State Secretary for International Development "
            "Cooperation, on behalf of Denmark, Finland, Iceland, Norway, and Sweden at the Security Council Debate"
            "\n\nMr President,\n\nWe do not have a single minute to waste.")
    r = extract_text(text, "x.txt")
    assert (r.author_states, r.rules.get("author_states")) == (["DNK", "FIN", "ISL", "NOR", "SWE"], "on-behalf-of")


def test_a_statement_a_news_item_says_was_delivered_on_behalf_of_a_group_is_told_of() -> None:
    text = ("Furthermore, within the framework of the general debate, on September 19, Ambassador Gerelmaa "
            "delivered, on behalf of the core group (Belgium, Benin, Costa Rica, Mexico and Mongolia), a joint "
            "statement on the abolition of the death penalty.")
    assert extract_text(text, "x.txt").rules.get("author_states") != "on-behalf-of"


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Myanmar disassociates itself from the adoption of the resolution tabled by the European Union\n\n"
           "(Geneva, 4 April 2024)\n\nThe draft resolution (A/HRC/55/L.17) was taken action on during the 55th session.",
     ["MMR"]),
    ("es", "Venezuela se desmarca de la resolución 45/20 del Consejo de Derechos Humanos\n\nEl texto fue aprobado ayer.",
     ["VEN"]),
])
def test_a_state_dissociating_itself_in_the_headline_speaks(lang: str, text: str, expected: list[str]) -> None:
    from unhrkg.extract import lexicon
    with lexicon.using(lang):
        assert extract_text(text, "x.txt").author_states == expected


@pytest.mark.parametrize("text, expected", [
    ("Kuwait and Saudi Arabia have renewed their call for Iraq to respect the agreement on the Khor Abdullah "
     "waterway.", ["KWT", "SAU"]),
    ("Kuwait renewed its call for Iraq to respect the agreement on the waterway.", ["KWT"]),
])
def test_states_renewing_their_call_speak(text: str, expected: list[str]) -> None:
    assert extract_text(text, "x.txt").author_states == expected

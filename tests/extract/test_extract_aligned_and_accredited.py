"""Who speaks in a national statement: a State aligning itself with a group's statement, or named after the channel it
speaks through; not a State judged after
"regret that the government of", a delegation's host State after "to", or a State named in words of address."""
from __future__ import annotations

import pytest

from helpers.extract import read


@pytest.mark.parametrize("text, author", [
    ("Madam President,\nThe UAE aligns itself with the statement delivered by Saudi Arabia on behalf of the Arab Group.\n"
     "The State of Palestine has proven to be an active member of the community.\nPalestine has continually shown its "
     "commitment to the Charter.\n", "ARE"),
    ("Monsieur le Président,\nLa France s'associe à la déclaration de l'Union européenne et souhaite ajouter les remarques "
     "suivantes à titre national. La Syrie a refusé de coopérer avec la commission. La Syrie a continué les bombardements "
     "contre les civils dans le pays.", "FRA"),
    ("Señor Presidente:\nEspaña se suma a la declaración de la Unión Europea y desea añadir las siguientes observaciones a "
     "título nacional. Siria ha rechazado cooperar con la comisión. Siria ha continuado los bombardeos contra los civiles "
     "del país.", "ESP"),
])
def test_a_state_aligning_itself_with_a_group_statement_is_the_speaker(text: str, author: str) -> None:
    r = read(text)
    assert (r.author_states, r.rules["author_states"]) == ([author], "aligns-with-statement")


def test_a_state_aligning_with_a_statement_outweighs_another_state_named_as_a_subject_twice() -> None:
    text = ("Mr. President,\nNorway aligns itself with the statement of the Nordic countries.\nSyria has continued to "
            "detain journalists.\nSyria has refused access to the Commission.\n")
    assert read(text).author_states == ["NOR"]
    plain = text.replace("aligns itself with the statement of the Nordic countries", "thanks the Commission")
    assert read(plain).author_states != ["NOR"]  # (a plain speaking verb is outweighed: the rule is what decides)


def test_a_government_after_a_judging_verb_and_that_is_not_the_author() -> None:
    r = read("HRC 38 - EU Intervention\n\nJune 27th, 2018 • Author: European Union\n\nMr. President\n\nThe European Union "
             "would like to thank the Special Rapporteur. We regret that the government of Myanmar discontinued its "
             "cooperation with her mandate.")
    assert r.author_states == []
    assert r.author_body == "EU"


def test_a_delegation_to_a_state_is_not_that_states() -> None:
    r = read("Delegation of the European Union to Egypt\n\n07/03/2024 | Press release\n\nHRC56 Interactive Dialogue with "
             "the Commission of inquiry on Syria EU Statement\n\nMr. President,\nThe EU remains committed to a political "
             "solution in line with UNSCR 2254.")
    assert "EGY" not in r.author_states
    assert r.author_body == "EU"


def test_a_government_named_with_its_own_long_name_still_speaks() -> None:
    r = read("Comunicado\n\nEl Gobierno de Reconciliación y Unidad Nacional de la República de Nicaragua rechaza la "
             "resolución 49/3 del Consejo de Derechos Humanos.")
    assert r.author_states == ["NIC"]


@pytest.mark.parametrize("text, author", [
    ("No se estarían respetando las normas.\n\nA través de una declaración pública el Gobierno de Chile condenó el nuevo "
     "ensayo nuclear realizado por Corea del Norte. Para Chile, la RPDC debe abstenerse. La RPDC respondió. La RPDC "
     "anunció nuevos ensayos y la RPDC los realizó.", "CHL"),
    ("Tensions rise.\n\nIn a statement the Government of Kenya condemned the nuclear test carried out by North Korea. North "
     "Korea has said it will go on. North Korea has announced more tests and North Korea has refused talks.", "KEN"),
])
def test_a_state_after_the_channel_it_speaks_through_speaks_even_without_a_comma(text: str, author: str) -> None:
    assert read(text).author_states == [author]


def test_a_state_named_in_the_words_of_address_at_a_speechs_top_is_spoken_to() -> None:
    r = read("Majestades, Altezas\nReales y Excelentísimos jefes de las delegaciones;\nExcelentísimo Sr.\nD. Abdel Fattah Al "
             "Sisi, Presidente de la República Árabe de Egipto;\nEstimados presentes;\nMe es grato expresar mi "
             "agradecimiento al presidente por acoger esta cumbre, esperando que tenga todo éxito en sus trabajos.\n")
    assert "EGY" not in r.author_states


def test_an_official_styled_his_excellency_inside_a_sentence_still_speaks_for_his_state() -> None:
    r = read("I have the honour of addressing the General Assembly on behalf of His Excellency Mr. Eduard Kukan, Minister "
             "for Foreign Affairs of the Slovak Republic. Slovakia fully endorses the statement of the European Union.")
    assert r.author_states == ["SVK"]


def test_a_statement_by_a_states_representative_named_by_its_demonym_is_that_states() -> None:
    r = read("SRI LANKA, UNHRC 57th Session\nStatement by a Russian representative during the interactive dialogue on the "
             "situation of human rights in Sri Lanka\n(September 9, 2024, Geneva)\nWe see no cause for concern.\nSri Lanka "
             "is gradually working to bring its legislation in line. Sri Lanka has made progress.\n")
    assert (r.author_states, r.rules["author_states"]) == (["RUS"], "statement-by")


@pytest.mark.parametrize("text, author", [
    ("Mr. President,\nNorway associates itself with the statement of the Nordic countries.\nSyria has continued to detain "
     "journalists.\nSyria has refused access.\n", "NOR"),
    ("Señor Presidente:\nEspaña hace suya la declaración de la Unión Europea. Siria ha rechazado cooperar con la comisión. "
     "Siria ha continuado los bombardeos.", "ESP"),
    ("Monsieur le Président,\nLa France s'associe pleinement à la déclaration de l'Union européenne. La Syrie a refusé de "
     "coopérer. La Syrie a continué les bombardements.", "FRA"),
    ("Monsieur le Président,\nLa France s'associe à l'intervention de l'Union européenne. La Syrie a refusé de coopérer. "
     "La Syrie a continué les bombardements.", "FRA"),
])
def test_aligning_needs_no_other_speaking_verb_and_takes_an_adverb(text: str, author: str) -> None:
    assert read(text).author_states == [author]


@pytest.mark.parametrize("text, not_author", [
    ("Geneva, 3 May 2020\n\nIn a letter to the Government of Israel, the Special Rapporteur expressed concern about the "
     "demolitions.", "ISR"),
    ("UN News\n\nIn a letter addressed to the Government of Myanmar the High Commissioner urged the release of detainees.", "MMR"),
    ("Ginebra\n\nEn una carta enviada al Gobierno de Venezuela, la Alta Comisionada pidió la liberación de los detenidos.", "VEN"),
])
def test_a_state_the_channel_is_addressed_to_is_not_its_speaker(text: str, not_author: str) -> None:
    assert not_author not in read(text).author_states


@pytest.mark.parametrize("text, author", [
    ("Dear colleagues,\nThe Government of Norway welcomes Security Council resolution 2743 and will support the mission.", "NOR"),
    ("Excelentísimo señor,\nEl Gobierno de Chile rechaza la resolución 2743 del Consejo de Seguridad.", "CHL"),
])
def test_a_line_of_address_closed_by_its_comma_leaves_the_next_sentence_its_speaker(text: str, author: str) -> None:
    assert read(text).author_states == [author]

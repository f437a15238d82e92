"""Who speaks in a national statement: a State aligning itself with a group's statement; a State judged after
"regret that the government of"; a delegation's host State after "to"."""
from __future__ import annotations

import pytest

from unhrkg.extract import extract_text
from unhrkg.model.record import DocumentRecord


def read(text: str) -> DocumentRecord:
    return extract_text(text, file="t.txt")


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

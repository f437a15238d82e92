"""A text layer that dropped every accented letter gets the lexicons' accented words back."""
from __future__ import annotations

from unhrkg.extract import extract
from unhrkg.read import normalise
from unhrkg.read.dropped import MIN_FORMS, dropped_forms, restore_dropped

DROPPED_ES = ("Distr. GENERAL E/CN.4/1990/45 15 de diciembre de 1989 Original: ESPAOL\n\n"
              "COMISIN DE DERECHOS HUMANOS 46 perodo de sesiones Tema 23 del programa provisional\n\n"
              "Informe del experto, preparado de conformidad con la resolucin 1989/74 de la Comisin\n")


def test_dropped_forms_come_from_the_lexicons_words() -> None:
    forms = dropped_forms()
    assert forms["comisin"] == "comisión" and forms["espaol"] == "español" and forms["franais"] == "français"


def test_the_case_of_the_printed_word_is_kept() -> None:
    text = restore_dropped(DROPPED_ES)
    assert "Original: ESPAÑOL" in text and "COMISIÓN DE DERECHOS" in text
    assert "la resolución 1989/74 de la Comisión" in text and "46 período de sesiones" in text


def test_a_repaired_header_gives_its_language_and_session() -> None:
    record = extract(normalise(DROPPED_ES))
    assert record.language == "es"
    assert record.session == {"body": "CHR", "number": 46}


def test_a_text_with_accents_of_its_own_is_left_alone() -> None:
    text = DROPPED_ES + "Ginebra, séptimo día\n"
    assert restore_dropped(text) == text


def test_fewer_dropped_forms_than_the_minimum_are_left_alone() -> None:
    # an English text may spell one or two forms ("assemble"): a repair wants MIN_FORMS different ones
    text = "The delegations will assemble in the hall of the Comisin de la Mujer.\n"
    assert MIN_FORMS > 2 and restore_dropped(text) == text


def test_an_english_text_is_not_looked_at() -> None:
    text = "The Comisin resolucin perodo pages were mistyped in a blog.\n"  # no French or Spanish function word
    assert restore_dropped(text) == text


def test_a_french_layer_is_repaired_too() -> None:
    text = ("Conseil conomique et social\nCOMMISSION DES DROITS DE L'HOMME\nCinquante-septime session\n"
            "Original: FRANAIS\n")
    out = restore_dropped(text)
    assert "Conseil économique" in out and "Original: FRANÇAIS" in out


def test_an_english_text_with_a_romance_name_is_left_alone() -> None:
    # "de Mistura" gives a function word, and "argument", "propose", "Emirates", "mandate" are dropped forms of lexicon
    # words; the text's English function words outnumber its French and Spanish ones
    text = ("The Special Envoy, Staffan de Mistura, heard the argument of the United Arab Emirates and will propose to the "
            "Council a mandate for the ports of the region.\n")
    assert restore_dropped(text) == text

"""Signature blocks: names in normal case, titles as printed, several signatories."""
from __future__ import annotations

import pytest

from unhrkg.extract import extract_text
from unhrkg.extract.signatures import clean_title, find_signatories
from unhrkg.read import normalise


def signed(text: str) -> list[tuple[str, list[str]]]:
    return [(s["name"], s["titles"]) for s in find_signatories(normalise(text))]


def test_block_over_several_lines_with_capitalised_surname() -> None:
    assert signed("(Signed): Ri TCHEUL\n Ambassador\n Permanent Representative\n") == [
        ("Ri Tcheul", ["Ambassador", "Permanent Representative"])]


def test_a_title_wrapped_onto_the_next_line_is_one_title() -> None:
    assert signed("(Signed) Nasser AL-KIDWA\nPermanent Observer of Palestine\nto the United Nations\n____\n* A/50/50.\n") == [
        ("Nasser Al-Kidwa", ["Permanent Observer of Palestine to the United Nations"])]


def test_leading_rank_before_the_name_is_a_title() -> None:
    assert signed("(Signed ): Ambassador Hisham Badr\n\nPermanent Representative of Egypt\n\n"
                  "President of the Arab Group\n") == [
        ("Hisham Badr", ["Ambassador", "Permanent Representative of Egypt", "President of the Arab Group"])]


def test_charge_d_affaires_keeps_the_dot_of_a_i() -> None:
    assert signed("(Signed) Hossein Rezaei-Farahani\nChargé d'affaires a.i.\n") == [
        ("Hossein Rezaei-Farahani", ["Chargé d'affaires a.i."])]


def test_titles_joined_by_a_comma_on_one_line_are_separate_titles() -> None:
    assert signed("(Signed) Laura Rivas Ortega\nAmbassador, Permanent Representative of Mexico\n") == [
        ("Laura Rivas Ortega", ["Ambassador", "Permanent Representative of Mexico"])]


def test_several_signatories_in_order() -> None:
    text = ("(Signed) Martín Ezequiel LACROZE\nAmbassador\nPermanent Representative of Argentina\n\n"
            "(Signed) Jean-Marc DUVERNOY\nChargé d'affaires a.i.\n")
    assert signed(text) == [("Martín Ezequiel Lacroze", ["Ambassador", "Permanent Representative of Argentina"]),
                            ("Jean-Marc Duvernoy", ["Chargé d'affaires a.i."])]


def test_side_by_side_blocks_are_two_signatories() -> None:
    text = ("(Signed) Jorge Perez                     (Signed) Ana Souza\n"
            "Permanent Representative of Argentina    Permanent Representative of Brazil\n")
    assert signed(text) == [("Jorge Perez", ["Permanent Representative of Argentina"]),
                            ("Ana Souza", ["Permanent Representative of Brazil"])]


@pytest.mark.parametrize("flat, expected", [
    ("(Signed) Alisher Vohidov Permanent Representative of the Republic of Uzbekistan Annex to the letter",
     ("Alisher Vohidov", ["Permanent Representative of the Republic of Uzbekistan"])),
    ("(Signed) Dinesh Prasad Ghimire Chargé d'affaires a.i. of the Permanent Mission of Nepal",
     ("Dinesh Prasad Ghimire", ["Chargé d'affaires a.i. of the Permanent Mission of Nepal"])),
    ("(Signed) Rodrigo Alcántara Vélez Permanent Representative Annex to the letter",
     ("Rodrigo Alcántara Vélez", ["Permanent Representative"])),
])
def test_flattened_block_is_cut_into_name_and_titles(flat: str, expected: tuple[str, list[str]]) -> None:
    assert signed(flat) == [expected]


def test_honorifics_are_not_part_of_the_name() -> None:
    assert signed("(Signed) H.E. Mr. Kenji MORIMOTO\nAmbassador Extraordinary and Plenipotentiary\n") == [
        ("Kenji Morimoto", ["Ambassador Extraordinary and Plenipotentiary"])]


def test_no_signed_marker_no_signatory() -> None:
    assert signed("The Permanent Mission avails itself of this opportunity.\nGeneva, 4 February 2004\n") == []


@pytest.mark.parametrize("raw, title", [("Ambassador.", "Ambassador"), ("Chargé d'affaires a.i.", "Chargé d'affaires a.i."),
                                        (" Permanent  Representative ,", "Permanent Representative"),
                                        ("Permanent Representative of Armenia `", "Permanent Representative of Armenia"),
                                        ('President of the Transitional Council."', "President of the Transitional Council"),
                                        ("Permanent Representative and", "Permanent Representative"),
                                        ("and Chair of the Arab Group", "Chair of the Arab Group"),
                                        ("représentant permanent de la France (après le vote)", "représentant permanent de la France"),
                                        ("Secretary-General of the OIC (OIC)", "Secretary-General of the OIC (OIC)"),
                                        ('Coordinator for the "Friends of R2P"', 'Coordinator for the "Friends of R2P"'),
                                        ("Ambassador and Deputy Permanent Representative", "Ambassador and Deputy Permanent Representative")])
def test_clean_title(raw: str, title: str) -> None:
    assert clean_title(raw) == title


def test_title_words_filling_a_line_are_separate_titles_but_a_longer_title_stays_whole() -> None:
    assert signed("(Signed) Dr. A. G. Ravan Farhadi Ambassador Permanent Representative\n\n* A/53/150.\n") == \
        [("A. G. Ravan Farhadi", ["Ambassador", "Permanent Representative"])]
    assert signed("(Signed) Ri TCHEUL\nAmbassador Extraordinary and Plenipotentiary\nPermanent Representative\n") == \
        [("Ri Tcheul", ["Ambassador Extraordinary and Plenipotentiary", "Permanent Representative"])]
    assert signed("(Signed) Milad ATIEH\nMinister Counsellor\nCharge d'affaires a.i.\n")[0][1][0] == "Minister Counsellor"


def test_a_name_printed_with_a_backtick() -> None:
    assert signed("(Signed) Bashar Ja`afari\nAmbassador\nPermanent Representative\n") == \
        [("Bashar Ja`afari", ["Ambassador", "Permanent Representative"])]


def test_a_flattened_signature_stops_before_the_annex_heading() -> None:
    from unhrkg.extract.signatures import find_signatories
    text = "circulated as a document. (Signed) Andrei Dapkiunas Annex to the letter dated 9 April 2007 from ..."
    assert [s["name"] for s in find_signatories(text)] == ["Andrei Dapkiunas"]


def test_titles_split_at_a_slash_and_a_post_that_runs_on_to_the_next_line() -> None:
    from unhrkg.extract import extract_text
    text = "Remarks by H.E. Mr. Ravi Perera\n\nAmbassador / Permanent Representative of Sri Lanka\n\nMr. President,\n"
    assert [(s["name"], s["titles"]) for s in extract_text(text, "x.txt").signatories] == \
        [("Ravi Perera", ["Ambassador", "Permanent Representative of Sri Lanka"])]
    text = ("Statement by\n\nH. E. Mr. Mohamed Doualeh\n\nAmbassador, Permanent Representative\nOf the Republic of "
            "Djibouti to the United Nations\n\nMr. Chair,\n")
    assert [s["titles"] for s in extract_text(text, "x.txt").signatories] == \
        [["Ambassador", "Permanent Representative Of the Republic of Djibouti to the United Nations"]]


@pytest.mark.parametrize("text, expected", [
    ("Je vous serais reconnaissant de bien vouloir faire distribuer la présente lettre.\nLe Représentant permanent\n"
     "(Signé) Feridun H. Sinirlioglu\n", [("Feridun H. Sinirlioglu", ["Représentant permanent"])]),
    ("Veuillez agréer ...\nL'Ambassadeur,\nReprésentant permanent\n(Signé) Jean-Marc de La Sablière\n",
     [("Jean-Marc de La Sablière", ["Ambassadeur", "Représentant permanent"])]),
    ("Solicito que tenga a bien hacer distribuir la presente carta.\n(Firmado) Amre Moussa\nEmbajador\n"
     "Representante Permanente\n", [("Amre Moussa", ["Embajador", "Representante Permanente"])]),
])
def test_french_and_spanish_blocks_with_their_posts_above_or_below_the_mark(text: str,
                                                                             expected: list[tuple[str, list[str]]]) -> None:
    assert signed(text) == expected


def test_a_post_above_the_mark_without_its_article_is_the_letter_s_last_sentence_not_a_title() -> None:
    assert signed("I thank the President.\nAmbassador\n(Signed) Ri Tcheul\nPermanent Representative\n") == [
        ("Ri Tcheul", ["Permanent Representative"])]


def test_a_flattened_french_block_keeps_the_posts_printed_before_the_mark_on_its_line() -> None:
    assert signed("faire distribuer le texte de la présente lettre. L’Ambassadeur, Représentant permanent (Signé) "
                  "Neville Gertze\n") == [("Neville Gertze", ["Ambassadeur", "Représentant permanent"])]


def test_words_before_the_mark_that_are_not_posts_are_not_titles() -> None:
    assert signed("Je vous prie de bien vouloir faire distribuer la présente lettre (Signé) Jean Dupont\n") == [
        ("Jean Dupont", [])]


def test_a_ranked_counsellor_and_a_charge_daffaires_on_one_flattened_line() -> None:
    assert signed("be circulated as a document of the Security Council.\n\n(Signed) Roksanda Ninčić First Counsellor "
                  "Chargé d'affaires a.i.\n") == [("Roksanda Ninčić", ["First Counsellor", "Chargé d'affaires a.i."])]


def test_a_french_title_wrapped_after_aupres_is_one_title() -> None:
    assert signed("(Signé) Jean DUPONT\nReprésentant permanent de la France\nauprès de l'Office des Nations Unies à "
                  "Genève\n") == [("Jean Dupont", ["Représentant permanent de la France auprès de l'Office des Nations "
                                                   "Unies à Genève"])]


def test_a_title_line_cut_after_a_linking_word_ends_on_the_next_line() -> None:
    r = extract_text("Letter dated 5 May 2002 from the Permanent Representative of Mali to the United Nations addressed to "
                     "the Secretary-General\nI have the honour to transmit the communique.\n(Signed) Moctar Ouane\n"
                     "Ambassador Extraordinary and Plenipotentiary\nPermanent Representative of the Republic of Mali to\n"
                     "the United Nations\n", "x.txt")
    assert r.signatories[0]["titles"] == ["Ambassador Extraordinary and Plenipotentiary",
                                          "Permanent Representative of the Republic of Mali to the United Nations"]


def test_a_cut_title_does_not_take_a_line_after_a_blank_one() -> None:
    r = extract_text("Letter dated 5 May 2002 from the Permanent Representative of Mali to the United Nations addressed to "
                     "the Secretary-General\nI have the honour to transmit the communique.\n(Signed) Moctar Ouane\n"
                     "Permanent Representative of the Republic of Mali to\n\nAnnex\n", "x.txt")
    assert r.signatories[0]["titles"] == ["Permanent Representative of the Republic of Mali to"]


def test_a_post_at_the_un_keeps_its_seat() -> None:
    from unhrkg.extract.signatures import split_titles
    assert split_titles("Permanent Representative to the UN in Geneva") == ["Permanent Representative to the UN in Geneva"]

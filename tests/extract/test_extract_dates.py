"""Dates and ordinals as UN documents print them, OCR damage included."""
from __future__ import annotations

import pytest

from unhrkg.extract import extract_text
from unhrkg.extract.dates import alone_on_line, find_dates, ordinal_value, parse_date


@pytest.mark.parametrize("printed, iso", [
    ("28 February 2005", "2005-02-28"),
    ("February 28, 2005", "2005-02-28"),
    ("December 2nd, 2019", "2019-12-02"),
    ("the 4th of February 2004", "2004-02-04"),
    ("4 FEBRUARY 2004", "2004-02-04"),
    ("2005-02-28", "2005-02-28"),
    ("12 mars 2004", "2004-03-12"),
    ("14 Sept. 2006", "2006-09-14"),
])
def test_printed_date_forms(printed: str, iso: str) -> None:
    assert parse_date(f"Letter dated {printed} from the Mission") == iso


@pytest.mark.parametrize("damaged, iso", [
    ("1 0ctober 2025", "2025-10-01"),
    ("2l March 2003", "2003-03-21"),
    ("19 Aprll 2005", "2005-04-19"),
    ("3 Novernber 2003", "2003-11-03"),
])
def test_ocr_damaged_dates(damaged: str, iso: str) -> None:
    assert parse_date(damaged) == iso


@pytest.mark.parametrize("impossible", ["31 February 2005", "30 February 2004", "31 April 2005", "0 March 2005",
                                        "2005-13-01"])
def test_impossible_dates_give_none(impossible: str) -> None:
    assert parse_date(impossible) is None


def test_find_dates_gives_offsets_and_skips_impossible_ones() -> None:
    text = "Held on 31 February 2005 and adopted on 2 March 2005."
    found = find_dates(text)
    assert [iso for _, _, iso in found] == ["2005-03-02"]
    start, end, _ = found[0]
    assert text[start:end] == "2 March 2005"


def test_a_resolution_number_is_not_a_date() -> None:
    assert find_dates("resolution 2004/13 and decision 2005/113") == []


@pytest.mark.parametrize("word, value", [
    ("Sixty-first", 61), ("fifty-second", 52), ("Fourteenth", 14), ("Tenth", 10), ("61st", 61),
    ("26th", 26), ("Fiifiy-ninth", 59), ("Sixtv-first", 61),
])
def test_ordinals_in_words_numbers_and_ocr(word: str, value: int) -> None:
    assert ordinal_value(word) == value


@pytest.mark.parametrize("word", ["Council", "special", "provisional", "General"])
def test_other_words_are_not_ordinals(word: str) -> None:
    assert ordinal_value(word) is None


@pytest.mark.parametrize("text, iso", [
    ("1er mars 2005", "2005-03-01"), ("28 de febrero de 2005", "2005-02-28"), ("3 de marzo del 2010", "2010-03-03"),
    ("Berne, 04.04.2023 - La Suisse", "2023-04-04"), ("16/04/03 URUGUAY", "2003-04-16"),
    ("24 December 201615:18", "2016-12-24"), ("1º de febrero de 2006", "2006-02-01"),
])
def test_dates_of_every_lexicon_language_and_numeric_day_first(text: str, iso: str) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize("word, value", [
    ("soixante et unième", 61), ("Soixante-dixième", 70), ("vingt-deuxième", 22), ("sexagésimo primer", 61),
    ("quincuagésimo noveno", 59), ("Dix-septième", 17), ("46°", 46), ("62º", 62),
])
def test_ordinals_in_french_and_spanish(word: str, value: int) -> None:
    assert ordinal_value(word) == value


def test_sentences_do_not_break_after_an_abbreviation() -> None:
    from unhrkg.extract.text import sentences
    assert [s.text for s in sentences("Mr. Smith spoke. The press release (res. 1835) followed.")] == \
        ["Mr. Smith spoke.", "The press release (res. 1835) followed."]


def test_month_day_slash_year() -> None:
    assert [iso for _, _, iso in find_dates("December 14/2021 (ENA) Ministry of Foreign Affairs said")] == ["2021-12-14"]


@pytest.mark.parametrize(("text", "dated"), [
    ("Joint Statement at the 49th session (28 February – 01 April 2022) delivered by Ms. Seema Pujani, First "
     "Secretary (Geneva, 16 March 2022)\n\nMr President,", "2022-03-16"),
    ("Le Canada déplore le veto\n\nDéclarations\n\nLe 12 avril 2017 - Ottawa, Ontario - Affaires mondiales Canada\n\n"
     "La ministre a fait la déclaration suivante.", "2017-04-12"),
])
def test_a_statements_own_date_not_a_sessions_dates(text: str, dated: str) -> None:
    from unhrkg.extract import extract_text
    assert extract_text(text, "x.txt").dated == dated


@pytest.mark.parametrize("text, iso", [
    ("query_builder 29-03-2019", "2019-03-29"),
    ("PARIS, France, 25 avril 2013/African Press Organization (APO)/", "2013-04-25"),
])
def test_a_dashed_day_first_date_and_a_date_before_a_slash_and_a_word(text: str, iso: str) -> None:
    assert [d[2] for d in find_dates(text)] == [iso]


@pytest.mark.parametrize("text", ["ref 12-10-15 x", "1 January 2019/20", "S/2019/12-03-2019"])
def test_no_date_in_a_two_digit_dashed_year_or_before_a_slash_and_a_number(text: str) -> None:
    assert find_dates(text) == []


def test_a_month_day_and_year_with_no_space_after_the_comma() -> None:
    assert find_dates("February 11,2021 20:44") == [(0, 16, "2021-02-11")]
    assert find_dates("in 11,2021 cases") == []


def test_a_news_byline_or_posting_date_dates_a_text_only_when_it_prints_no_other() -> None:
    from unhrkg.extract import extract_text
    text = "Crown Prince briefed on the initiative\nBy JT - Aug 01,2016 - Last updated at Aug 01,2016\nAMMAN — The Prince met.\n"
    assert (extract_text(text, "x.txt").dated, extract_text(text, "x.txt").rules["dated"]) == ("2016-08-01", "posted-date")
    text = "Remarks on the resolution\nPosted on October 2nd, 2015\nMr. President,\nThank you.\n\nNew York, 1 October 2015\n"
    assert extract_text(text, "x.txt").dated == "2015-10-01"
    text = "The Council met on Genocide\n\nFebruary 11,2021 20:44\n\nOn 10 February a meeting took place.\n"
    assert extract_text(text, "x.txt").dated == "2021-02-11"


# a statement's body longer than the reach of the top's date (the closing line is below it)
BODY = ("The Government rejects the resolution adopted by the Council, which it considers politicised, "
        "and calls on all States to respect its sovereignty. ") * 5


@pytest.mark.parametrize("closing, iso", [
    ("Issued on October 9, 2024.", "2024-10-09"),
    ("Ministry of Foreign Affairs\nNay Pyi Taw\n\nDated:  19 June 2021", "2021-06-19"),
    ("Daté du 5 mai 2020", "2020-05-05"),
    ("Fechado el 7 de julio de 2015.", "2015-07-07"),
])
def test_a_statement_s_own_date_on_a_closing_line(closing: str, iso: str) -> None:
    r = extract_text(BODY + "\n\n" + closing + "\n", "x.txt")
    assert (r.dated, r.rules["dated"]) == (iso, "closing-date")


@pytest.mark.parametrize("tail", [
    "\nWe also recall the letter of the Permanent Representative\ndated 5 May 2020.\n",  # a sentence wrapped onto the line
    "\nThe statement of the Office was\nissued on 9 October 2024.\n",
])
def test_a_closing_word_inside_a_sentence_does_not_date_the_statement(tail: str) -> None:
    assert extract_text(BODY + tail, "x.txt").dated is None


@pytest.mark.parametrize("closing", ["Fait à Genève le 5 mai 2020", "Done at Geneva on 5 May 2020"])
def test_a_closing_line_s_place_without_a_comma(closing: str) -> None:
    assert extract_text(BODY + "\n\n" + closing + "\n", "x.txt").dated in ("2020-05-05",)


def test_a_spanish_abbreviated_first_day() -> None:
    assert [iso for _, _, iso in find_dates("La Habana, 1ro de julio de 2015; 1ero de mayo de 2020")] == ["2015-07-01", "2020-05-01"]


@pytest.mark.parametrize("text, iso", [
    ("Communiqué 07. déc 2022.", "2022-12-07"),  # a day closed by a full stop
    ("calendar December 22. 2016 Juche", "2016-12-22"),
    ("Tokyo 2018/11/15", "2018-11-15"),  # year first, with slashes
    ("Publié le 4 / 10 / 2016 par", "2016-10-04"),  # slashes set apart by spaces
    ("CIUDAD DE LA HABANA, EL 22 DE ABRIL DE 2004", "2004-04-22"),  # capitals throughout
])
def test_more_printed_forms_of_a_date(text: str, iso: str) -> None:
    assert [d for _, _, d in find_dates(text)] == [iso]


def test_a_year_first_date_inside_a_symbol_is_no_date() -> None:
    assert find_dates("E/CN.4/2018/11/15") == []


@pytest.mark.parametrize("text", [
    "[Date] April 14, 2009\n", "Fecha: 11/11/2014\n", "Press Release\n(21st July 2017)\n", "Genève - Le 24 novembre 2022\n",
    "Le 15/12/2018 à 05h16\n", "Moroni le 11 septembre 2005\n", "Washington, D.C., 30 July 2018\n",
    "Publié le 4 mars 2022 à 00h25 - Mis à jour le 5 mars 2022\n", "March 29, 2023, Rarotonga — On Wednesday the Forum",
])
def test_a_date_alone_on_its_line_with_a_label_a_place_or_a_time(text: str) -> None:
    begin, end, _ = find_dates(text)[0]
    assert alone_on_line(text, begin, end)


@pytest.mark.parametrize("text", [
    "The Council met on 5 May 2020.\n", "It was adopted 5 May 2020\n", "Issued on 9 October 2024.\n",
    "Fechado el 7 de julio de 2015.\n", "Appeal of June 13th 2016\n",
])
def test_a_date_in_a_sentence_or_after_a_closing_word_is_not_alone_on_its_line(text: str) -> None:
    begin, end, _ = find_dates(text)[0]
    assert not alone_on_line(text, begin, end)


LEAD = "The Ministry welcomes the adoption of the resolution and calls on all States to support it. " * 6


@pytest.mark.parametrize("top, iso", [
    ("Japan welcomes the statement\n\n[Date] April 14, 2009\n[Source] Ministry\n\n", "2009-04-14"),
    ("Proyecto de resolución\nFecha: 11/11/2014\nPublicado en: Trámite\n\n", "2014-11-11"),
    ("La France salue la résolution\n\nDR\n\nLe 15/12/2018 à 05h16\n\n", "2018-12-15"),
    ("Déclaration sur l'Iran\n\nGenève - Le 24 novembre 2022\n\n", "2022-11-24"),
    ("Statement on Syria\nPublished 22 September 2017\n\n", "2017-09-22"),
])
def test_a_statement_dated_by_a_labelled_or_placed_line(top: str, iso: str) -> None:
    assert extract_text(top + LEAD, "x.txt").dated == iso


def test_a_date_line_far_below_the_top_with_a_label() -> None:
    r = extract_text(LEAD + "\n\n[Date] April 14, 2009\n[Source] Ministry of Foreign Affairs\n", "x.txt")
    assert (r.dated, r.rules["dated"]) == ("2009-04-14", "date-line")


def test_a_places_dateline_running_on_into_the_text_after_a_dash_is_the_texts_date() -> None:
    lead = "- La aprobación lograda hoy ayudará a catalizar la adopción de estándares ambientales más sólidos.\n" * 5
    r = extract_text(lead + "Ginebra, 8 de octubre de 2021.- En una histórica sesión, el Consejo de Derechos Humanos "
                     "aprobó una resolución presentada por Costa Rica." + " La Cancillería celebra este logro." * 12,
                     file="t.txt")
    assert (r.dated, r.rules["dated"]) == ("2021-10-08", "date-line")


def test_a_date_in_a_sentence_running_on_after_a_dash_is_not_a_dateline() -> None:
    text = "The Council met on 8 October 2021 - a historic day for the planet."
    begin, end, _ = find_dates(text)[0]
    assert not alone_on_line(text, begin, end)


@pytest.mark.parametrize("text", [
    "The Minister addressed the United Nations General Assembly on Friday, 1 March 2019, before it adopted the "
    "proposed Decade on Ecosystem Restoration.",
    "La ministre a présenté le vendredi 24 mars 2017 devant le Conseil de sécurité le projet de résolution 2347.",
    "El Canciller intervino el jueves 22 de febrero de 2024 ante el Consejo de Derechos Humanos.",
])
def test_a_date_told_in_a_sentence_after_its_weekday_is_not_the_texts(text: str) -> None:
    from unhrkg.extract import extract_text
    assert extract_text(text, "x.txt").dated is None


@pytest.mark.parametrize(("text", "dated"), [
    ("Déclaration de la France\n\nGenève, le mercredi 28 février 2018\n\nMonsieur le Président,", "2018-02-28"),
    ("Statement by the Ministry\n\nTuesday, 26 April 2022\n\nToday the Ambassador spoke.", "2022-04-26"),
    ("Communiqué du Ministère des affaires étrangères du Mali\n\nLe vendredi 24 mars 2017\n\nLe Mali salue la "
     "résolution 34/39.", "2017-03-24"),
    ("Comunicado de prensa de la Cancillería del Perú\n\nEl viernes 24 de marzo de 2017\n\nEl Perú saluda la "
     "resolución 34/39.", "2017-03-24"),
])
def test_a_dateline_with_its_weekday_is_the_texts_date(text: str, dated: str) -> None:
    from unhrkg.extract import extract_text
    assert extract_text(text, "x.txt").dated == dated


def test_a_page_stamp_s_update_time_before_its_date_is_still_the_page_s() -> None:
    text = ("Canada Call on Sri Lanka to Implement Its Human Rights Commitments\n\n"
            "Updated: 00:00 GMT, Jan 1, 1970 | Published: 05:28 GMT, Jul 1, 2018 |\n\n"
            "The High Commissioner of Canada said today that Canada supports resolution 30/1.")
    assert extract_text(text, "x.txt").dated == "2018-07-01"


def test_a_sentence_does_not_break_after_the_french_abbreviation_of_number() -> None:
    from unhrkg.extract.text import sentences

    text = "Le plan porté par la résolution n. 690 (1991), dépourvu de volonté, a échoué. La suite vient."
    assert [s.text for s in sentences(text)] == [
        "Le plan porté par la résolution n. 690 (1991), dépourvu de volonté, a échoué.", "La suite vient."]


def test_the_dates_of_earlier_letters_listed_at_the_top_are_not_the_letters_own() -> None:
    from unhrkg.extract import extract_text
    text = ("Further to our letters dated 16 March 2020 (A/74/752-S/2020/212) and 28 May 2020 (S/2020/454), I have "
            "the honour to reiterate the position of the Russian Federation on resolution 2231 (2015).")
    assert extract_text(text, "x.txt").dated is None


@pytest.mark.parametrize(("text", "iso"), [
    ("Entretien de M. Philippe Douste-Blazy, ministre des affaires étrangères, avec des télévisions françaises le 11 août "
     "2006 à New York, sur le vote de la résolution 1701.\n\nJe me réjouis de ce vote.", "2006-08-11"),
    ("Déclaration de M. Laurent Fabius, ministre des affaires étrangères, sur la résolution 2127, à Paris le 5 décembre "
     "2013.\n\nLa France salue la résolution 2127.", "2013-12-05"),
    ("Conferencia de prensa del canciller, en La Habana, el 22 de abril de 2004.\n\nCuba rechaza la resolución.",
     "2004-04-22"),
    # a date the heading tells of, not one it gives itself
    ("Déclaration de la France sur la résolution adoptée le 5 décembre 2013.\n\nLa France salue la résolution 2127.", None),
])
def test_a_headings_own_date_printed_with_its_place(text: str, iso: str | None) -> None:
    assert extract_text(text, "x.txt").dated == iso


def test_a_date_told_as_past_opening_a_news_item_is_not_its_own() -> None:
    text = ("El Consejo de Seguridad decidió el pasado 31 de octubre de 2025 renovar el mandato de la Misión.\n\n"
            "Colombia rechaza la resolución 2798.")
    assert extract_text(text, "x.txt").dated is None


@pytest.mark.parametrize(("printed", "iso"), [("2023 Oct 31", "2023-10-31"), ("2021 March 5", "2021-03-05")])
def test_the_year_first_then_the_months_name(printed: str, iso: str) -> None:
    assert [d[2] for d in find_dates(f"{printed} Intervención de México")] == [iso]


def test_a_year_then_a_word_in_small_letters_is_no_date() -> None:
    assert find_dates("In 2021 may 5 countries join.") == []

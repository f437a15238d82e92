"""UN document symbols: finding, OCR repair, series and resolution symbols."""
from __future__ import annotations

import pytest

from unhrkg.extract.symbols import find_symbols, resolution_of_symbol, series_body


def symbols(text: str) -> list[str]:
    return [s.symbol for s in find_symbols(text)]


@pytest.mark.parametrize("printed, symbol", [
    ("E/CN.4/2005/G/13", "E/CN.4/2005/G/13"),
    ("A/HRC/10/L.12/Rev.1", "A/HRC/10/L.12/Rev.1"),
    ("A/C.3/61/L.39*", "A/C.3/61/L.39"),
    ("A/HRC/14/15/Add.1", "A/HRC/14/15/Add.1"),
    ("A/HRC/S-9/2", "A/HRC/S-9/2"),
    ("E/CN.4/Sub.2/2005/12", "E/CN.4/Sub.2/2005/12"),
])
def test_printed_symbols_are_found_whole(printed: str, symbol: str) -> None:
    assert symbols(f"as contained in document {printed}, the Council") == [symbol]


@pytest.mark.parametrize("damaged, symbol", [
    ("E1CN.412003 /Gil 3", "E/CN.4/2003/G/13"),
    ("EICN.4/2005/G/l3", "E/CN.4/2005/G/13"),
    ("AIHRC/7/G/5", "A/HRC/7/G/5"),
    ("A/HRC/71G/5", "A/HRC/7/G/5"),
    ("AlHRC/RES/S-9/1", "A/HRC/RES/S-9/1"),
])
def test_ocr_damaged_slashes_and_digits_are_repaired(damaged: str, symbol: str) -> None:
    found = find_symbols(f"Distr. GENERAL\n{damaged}\n2 March 2005\n")
    assert [s.symbol for s in found] == [symbol]
    assert found[0].repaired


def test_job_numbers_and_plain_fractions_are_not_symbols() -> None:
    assert symbols("GE.05-11601 (E) 040305 and paragraph 2/3 of the text") == []


@pytest.mark.parametrize("symbol, body", [
    ("E/CN.4/2005/G/13", "CHR"), ("E/CN.4/Sub.2/2005/12", "SUBCOM"), ("A/HRC/7/G/5", "HRC"),
    ("A/C.3/61/L.39", "GA3"), ("A/61/556", "GA"), ("S/2009/23", "SC"), ("E/2005/23", "ECOSOC"),
    ("CCPR/C/79/Add.1", None),
])
def test_series_body_follows_the_symbol_prefix(symbol: str, body: str | None) -> None:
    assert series_body(symbol) == body


@pytest.mark.parametrize("symbol, ref", [
    ("A/HRC/RES/8/11", ("HRC", "8/11")), ("A/HRC/DEC/18/117", ("HRC", "18/117")),
    ("A/HRC/RES/S-9/1", ("HRC", "S-9/1")), ("A/RES/60/251", ("GA", "60/251")),
    ("A/RES/ES-10/3", ("GA", "ES-10/3")), ("E/CN.4/RES/2002/1", ("CHR", "2002/1")),
    ("E/CN.4/DEC/2005/115", ("CHR", "2005/115")), ("S/RES/1325(2000)", ("SC", "1325 (2000)")),
    ("A/HRC/10/L.12/Rev.1", None), ("E/CN.4/2005/G/13", None),
])
def test_resolution_symbols_give_body_and_number(symbol: str, ref: tuple[str, str] | None) -> None:
    assert resolution_of_symbol(symbol) == ref


@pytest.mark.parametrize("text", ["A/67/824–S/2013/211", "A/67/824-S/2013/211", "A/67/824 - S/2013/211"])
def test_both_halves_of_a_joint_assembly_and_council_symbol(text: str) -> None:
    assert [s.symbol for s in find_symbols(text)] == ["A/67/824", "S/2013/211"]


def test_the_other_half_of_the_own_joint_symbol_is_not_a_cited_document() -> None:
    from unhrkg.extract.symbols import documents_cited
    text = "A/67/824–S/2013/211\n\nI refer to document A/67/742-S/2013/95 and to resolution A/RES/65/309."
    assert documents_cited(text, "A/67/824") == ["A/67/742", "S/2013/95", "A/RES/65/309"]


def test_a_masthead_whose_two_symbols_run_together_gives_the_first() -> None:
    assert [s.symbol for s in find_symbols("United Nations A/ES-10/484S/2010/158 Distr.: General")] == ["A/ES-10/484"]


def test_a_resolution_series_printed_in_lower_case_is_normalised() -> None:
    assert [s.symbol for s in find_symbols("see A/Res/68/262 and S/Res/2334(2016).")] == ["A/RES/68/262", "S/RES/2334 (2016)"]


def test_a_council_meeting_record_has_one_slash() -> None:
    from unhrkg.extract.symbols import find_symbols
    assert [s.symbol for s in find_symbols("see S/PV.4801 and S/PV.10002; A/63/PV.5.")] == ["S/PV.4801", "S/PV.10002", "A/63/PV.5"]
    assert [s.symbol for s in find_symbols("the S/PV series and S/2003")] == []  # (one slash and no record number)
    assert [s.symbol for s in find_symbols("see S/PV.4801 (Resumption 1) and S/PV.4801.")] == \
        ["S/PV.4801 (Resumption 1)", "S/PV.4801"]  # (a resumed meeting has a record of its own)


def test_a_record_series_without_its_meetings_number_is_no_symbol() -> None:
    assert [s.symbol for s in find_symbols("see A/ES-10/PV. and A/C.3/60/SR and A/ES-10/PV.36")] == ["A/ES-10/PV.36"]


@pytest.mark.parametrize("text, symbol", [
    ("the General Assembly approved resolution A / RES / 71/222, entitled", "A/RES/71/222"),
    ("My delegation voted on the Resolution A\\ES-11\\L.2 entitled", "A/ES-11/L.2"),
])
def test_a_symbol_a_web_page_spaced_or_backslashed_is_read_whole(text: str, symbol: str) -> None:
    assert [m.symbol for m in find_symbols(text)] == [symbol]


def test_slashes_in_prose_are_no_symbol() -> None:
    assert find_symbols("A / B testing on 2 / 3 of cases") == []


@pytest.mark.parametrize("printed, symbol", [
    ("A/HRC/53/L30/Rev1", "A/HRC/53/L.30/Rev.1"),  # a letter part run into its number
    ("A/ES-11/L2", "A/ES-11/L.2"),
    ("S/RES/1542(2004)", "S/RES/1542 (2004)"),  # a Council resolution's year set apart as the series prints it
    ("A/AC.109/L.1331", "A/AC.109/L.1331"),  # a part's number of four digits
    ("A/RES/ES-10/19", "A/RES/ES-10/19"),
    ("A/HRC/RES/S-15/1", "A/HRC/RES/S-15/1"),
])
def test_a_symbol_is_written_as_its_series_writes_it(printed: str, symbol: str) -> None:
    assert [s.symbol for s in find_symbols(f"See document {printed} of the session.")] == [symbol]


def test_a_draft_number_a_pdf_sets_on_a_line_of_its_own_joins_its_symbol() -> None:
    assert symbols("Naciones Unidas A/HRC/51/L.\n\n41\nAsamblea General Distr. limitada") == ["A/HRC/51/L.41"]


def test_a_number_on_the_next_line_after_a_whole_symbol_is_not_joined() -> None:
    assert symbols("Distr. GENERALE A/36/574 / S/14714\n5 octobre 1981") == ["A/36/574", "S/14714"]
    assert symbols("see document A/HRC/51/L.41\n\n12\nnext paragraph") == ["A/HRC/51/L.41"]


@pytest.mark.parametrize(("printed", "symbol"), [
    ("on the Amendment to OP3 of A/C.3/66/L.43/Rev. 1 \"Strengthening the Role\"", "A/C.3/66/L.43/Rev.1"),
    ("on draft resolution A/C.3/69/L.28.Rev.1 on human rights", "A/C.3/69/L.28/Rev.1"),
    ("see E/CN.4/2005/L.10/Add. 2 for the text", "E/CN.4/2005/L.10/Add.2"),
])
def test_a_suffix_spaced_or_dotted_on_is_read_with_its_symbol(printed: str, symbol: str) -> None:
    assert symbols(printed) == [symbol]


def test_a_symbol_before_a_sentence_end_keeps_its_own_last_part() -> None:
    assert symbols("They took up A/C.3/69/L.28. Rev. 1 was not circulated.") == ["A/C.3/69/L.28"]

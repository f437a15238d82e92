"""Reading and normalising document text: one test per normalisation rule."""
from __future__ import annotations

from pathlib import Path

import pytest

from unhrkg.errors import InputError
from unhrkg.read import decolumn, normalise, read_text, signature_columns

MASTHEAD = (
    "UNITED\n"
    "NATIONS                                                        E\n"
    "\n"
    "              Economic and Social                        Distr.\n"
    "              Council                                    GENERAL\n"
    "\n"
    "                                                         E/CN.4/2005/G/21\n"
    "                                                         22 March 2005\n"
    "\n"
    "COMMISSION ON HUMAN RIGHTS\n"
    "Sixty-first session\n"
)


def test_two_column_masthead_is_read_left_column_then_right_column() -> None:
    text = normalise(MASTHEAD)
    assert "Economic and Social\nCouncil\n" in text
    assert text.index("Council") < text.index("Distr.") < text.index("E/CN.4/2005/G/21")


def test_decolumn_leaves_running_prose_alone() -> None:
    prose = ["The Permanent Mission of Belarus presents its compliments to the Office and has the honour",
             "to state    that it does not recognize the resolution."]
    assert decolumn(prose) == prose


def test_masthead_united_nations_is_kept_apart_from_the_organ_below() -> None:
    text = normalise("United Nations                   A/HRC/16/G/9\nGeneral Assembly            Distr.: General\n")
    assert "United Nations\n\nGeneral Assembly" in text


@pytest.mark.parametrize("footer", ["GE.05-11601 (E) 040305", "06-61544 (E)    131106", "*0661544*"])
def test_page_footer_job_numbers_and_barcodes_are_dropped(footer: str) -> None:
    text = normalise(f"First paragraph of the letter.\n{footer}\nSecond paragraph of the letter.\n")
    assert footer.split()[0] not in text
    assert "Second paragraph" in text


def test_recurring_page_numbers_are_dropped_but_a_lone_decision_number_is_kept() -> None:
    paged = normalise("one page of text\n1/3\nanother page\n2/3\nlast page\n3/3\n")
    assert "/3" not in paged
    decision = normalise("Decision adopted by the Human Rights Council\n\n14/105\nOutcome of the review\n")
    assert "\n14/105\n" in decision


def test_side_by_side_signature_blocks_are_read_one_after_the_other() -> None:
    lines = ["(Signed) Jorge Perez                     (Signed) Ana Souza",
             "Permanent Representative of Argentina    Permanent Representative of Brazil"]
    assert signature_columns(lines) == ["(Signed) Jorge Perez", "Permanent Representative of Argentina", "",
                                        "(Signed) Ana Souza", "Permanent Representative of Brazil"]


def test_typographic_quotes_dashes_and_markdown_emphasis_are_normalised() -> None:
    text = normalise("**Letter dated 2 March 2005**\nthe DPRK\u2019s position \u2013 \u201cfirm\u201d\n")
    assert text == "Letter dated 2 March 2005\nthe DPRK's position - \"firm\"\n"


def test_words_broken_across_lines_are_joined() -> None:
    assert "Commission on Human Rights" in normalise("the Com-\nmission on Human Rights\n")


def test_crlf_and_cp1252_files_are_read(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes("Note verbale dated 4 February 2004 from the Mission\r\nof C\xf4te d'Ivoire\r\n".encode("cp1252"))
    assert read_text(path).text == "Note verbale dated 4 February 2004 from the Mission\nof Côte d'Ivoire\n"


def test_html_is_read_as_text_without_scripts(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text("<html><head><script>var x;</script></head><body><p>Letter dated 6 January 2009"
                    "</p><p>from the Permanent Representative of Egypt</p></body></html>", encoding="utf-8")
    text = read_text(path).text
    assert "Letter dated 6 January 2009\n" in text and "var x" not in text


@pytest.mark.parametrize("name, data", [("empty.txt", b"  \n"), ("notes.docx", b"PK\x03\x04"),
                                        ("binary.txt", b"\x00\x01\x02" * 50)])
def test_unreadable_input_raises_input_error(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError):
        read_text(path)


def test_a_header_line_glued_to_the_word_before_gets_its_line_back() -> None:
    from unhrkg.read.text import normalise
    text = normalise("Conseil de sécuritéS/2017/5\nOriginal : anglaisLettre datée du 14 décembre 2016, adressée au ...\n")
    assert "sécurité\nS/2017/5" in text and "anglais\nLettre datée" in text
    assert normalise("McDonald and iPhone stay as they are\n") == "McDonald and iPhone stay as they are\n"


def test_a_resolutions_year_split_by_justified_spacing_is_joined() -> None:
    assert "resolutions 751 (1992) and 1907 (2009)" in normalise("pursuant to resolutions 751 (19 92) and 1907 (20 09), and")
    assert "(19 92 copies)" in normalise("printed in 1990 (19 92 copies)")  # (not a year alone in its brackets)


def test_a_space_lost_before_a_capitalised_resolution_is_given_back() -> None:
    assert "the OIC on Resolution 17/19" in normalise("the position taken by the OIC onResolution 17/19 and the panel")
    assert "UNResolution" in normalise("the UNResolution page")  # (after a capital: an acronym run on, left as printed)


def test_a_markdown_posts_front_matter_gives_its_title_and_date_and_nothing_else(tmp_path: Path) -> None:
    post = tmp_path / "post.md"
    post.write_text('---\nlayout: post\ndate: \'2024-09-25\'\ntitle: "Joint Statement by the United\\_States,\n'
                    '  Australia and\\_Qatar"\ntags: [un, lebanon]\n---\n\nWe call for a ceasefire.\n', encoding="utf-8")
    text = read_text(post).text
    assert text.startswith("Joint Statement by the United States, Australia and Qatar\n\n2024-09-25\n\nWe call")
    assert "layout" not in text and "tags" not in text


def test_a_front_matters_timestamp_becomes_its_day_and_an_unquoted_date_is_kept(tmp_path: Path) -> None:
    for stamp, day in (("2022-09-14T16:00:00+03:00", "2022-09-14"), ("2019-03-01", "2019-03-01")):
        post = tmp_path / "post.txt"
        post.write_text(f"---\ntitle: A statement on resolution 46/1\ndate: {stamp}\n---\nThe text.\n", encoding="utf-8")
        assert read_text(post).text.split("\n\n")[:2] == ["A statement on resolution 46/1", day]


@pytest.mark.parametrize("opening", [
    "---\nThe Government rejects resolution 46/1.\n---\nMore text here for the reader.\n",  # a rule over prose, no mapping
    "---\nauthor: [a, b]\n---\nThe Government rejects resolution 46/1 in full.\n",  # a mapping with no title or date
    "---\ntitle: [unclosed\n---\nThe Government rejects resolution 46/1 in full.\n",  # not YAML
])
def test_dashes_over_text_that_is_no_front_matter_leave_the_text_as_it_is(tmp_path: Path, opening: str) -> None:
    post = tmp_path / "post.txt"
    post.write_text(opening, encoding="utf-8")
    assert read_text(post).text == normalise(opening)
    assert opening.split("\n")[1] in read_text(post).text

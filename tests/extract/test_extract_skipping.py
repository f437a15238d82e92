"""Patterns looked for only where they can start (``scan.Lines``, ``scan.Starting``) and patterns rewritten
for the engine to skip ahead: the same matches as their plain forms, over the test corpora and at any span."""
from __future__ import annotations

import re

import pytest

from helpers import DATA
from unhrkg.extract.scan import Lines, Starting


def _texts() -> list[str]:
    from unhrkg.read import normalise

    return [normalise(p.read_text(encoding="utf-8")) for p in sorted(DATA.glob("*/*.txt"))] + [
        "Item 4: General Debate\nITEM 5 – General debate\nunder item 3 of the agenda\nAgenda item 7\n",
        "\nDear Mr. President,\n  Excellency,\nYour Excellency,\nİtem 4 of the agenda; ſession; the 61st session\n",
        "Paris, 3 March 2005\nBy: H.E. Mr. X\nDistr.: General\nDistr. GENERAL\nStatement by the delegation of Chile\n",
        "The Ambassador of X, Y, spoke. La Ministra de Z, W, intervino.\nEl Embajador de Chile, A, ha intervenido. Le Ministre, B,",
        "Permanent Representative; Deputy Permanent Representative; Chargé d’affaires; Misión Permanente; REPRÉSENTANTE PERMANENTE",
        "", "\n", "Item", "Debate on item 4", "débat général au titre du point 4", "ítem de agenda 115 (h)",
    ]


def _spans(matches: object) -> list[tuple[tuple[int, int], ...]]:
    return [(m.span(),) + tuple(m.span(g) for g in range(1, m.re.groups + 1)) for m in matches]  # type: ignore[attr-defined]


def _same(fast: Lines | Starting, plain: re.Pattern[str], texts: list[str]) -> None:
    for text in texts:
        n = len(text)
        for start, end in ((0, n), (0, min(n, 1500)), (n // 5, 3 * n // 4)):
            assert _spans(fast.finditer(text, start, end)) == _spans(plain.finditer(text, start, end)), plain.pattern[:50]
            found, expected = fast.search(text, start, end), plain.search(text, start, end)
            assert (found and found.span()) == (expected and expected.span())


def test_line_patterns_match_as_the_patterns_themselves() -> None:
    from unhrkg.extract import bylines, dates, opening_officials
    from unhrkg.extract.genres import MASTHEAD, report, salutation

    texts = _texts()
    for fast in (salutation.SALUTATION, report.AGENDA_LINE, bylines.POST_LINE, bylines.BY_LINE, dates.PLACE_DATE_LINE, MASTHEAD,
                 opening_officials.POST_THEN_SPOKE):
        assert isinstance(fast, Lines)
        _same(fast, fast.regex, texts)


def test_patterns_tried_where_their_words_are_match_as_the_patterns_themselves() -> None:
    from unhrkg.extract import agenda, authors, missions, procedure, sponsors

    texts = _texts()
    from unhrkg.extract.genres import salutation

    for fast in (*agenda.AGENDA[:7], procedure.SESSION_WORD, sponsors.DRAFT_ADOPTED_AS, missions.MISSION,
                 authors.DELIVERED_BY, authors.STATEMENT_BY, salutation.RUN_ON_SALUTATION):
        assert isinstance(fast, Starting)
        _same(fast, fast.regex, texts)


def test_rewritten_patterns_match_as_their_plain_forms() -> None:
    from unhrkg.extract import dates, header, procedure, references
    from unhrkg.extract.genres import adopted, salutation

    ordinal = dates.ORDINAL_WORD.replace("}+", "}")
    plain = [
        (references.COUNCIL_SYMBOL, r"(?<![\w/])HRC/RES/((?:S-)?\d{1,2}/\d{1,3})(?![\d/])", 0),
        (header.DISTR_WORD, r"\bDistr\b", re.I),
        (salutation.RUN_ON_SALUTATION.regex, r"(?:Your\s+)?Excellency\s*,|Excelencia\s*:|Excellence\s*,", 0),
        (adopted.OPENING, r"(?:^|(?<=\s))(?:The|Le|La|L'|El)" + adopted.OPENING.pattern.split(r"E(?<!\S.)l)", 1)[1], re.M),
        (procedure.HEADER_SESSION, procedure.HEADER_SESSION.pattern.replace(dates.ORDINAL_WORD, ordinal), re.I),
        (procedure.SESSION_OF, procedure.SESSION_OF.pattern.replace(dates.ORDINAL_WORD, ordinal), re.I),
        (procedure.BODY_SESSION, procedure.BODY_SESSION.pattern.replace(dates.ORDINAL_WORD, ordinal), re.I | re.M),
    ]
    texts = _texts()
    for fast, regex, flags in plain:
        slow = re.compile(regex, flags)
        assert fast.pattern != slow.pattern
        for text in texts:
            assert _spans(fast.finditer(text)) == _spans(slow.finditer(text)), regex[:50]


def test_numbers_with_years_are_none_only_without_a_bracketed_year() -> None:
    from unhrkg.extract import assembly

    for text in [*_texts(), "1325 (2000)", "Res. 242(1967) and 338 (1973)", "12345 (2000)"]:
        assert [m.span() for m in assembly.numbers_with_years(text)] == [m.span() for m in assembly.YEAR_PRINTED.finditer(text)]


@pytest.mark.parametrize(("regex", "flags"), [(r"^x*", re.M), (r"^a", 0), (r"a|^", re.M)])
def test_lines_wants_a_multiline_pattern_that_matches_no_empty_string(regex: str, flags: int) -> None:
    with pytest.raises(ValueError):
        Lines(re.compile(regex, flags))


def test_starting_wants_lower_case_words() -> None:
    with pytest.raises(ValueError):
        Starting(re.compile("Item", re.I), ("Item",))
    with pytest.raises(ValueError):
        Starting(re.compile("item", re.I), ())


def test_flat_folds_whitespace_as_the_regex_does() -> None:
    import sys

    from unhrkg.extract.text import flat

    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    for text in [every, *_texts()[:300]]:
        assert flat(text) == re.sub(r"\s+", " ", text).strip()

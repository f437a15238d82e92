"""The extractor's mechanics: work done once that the rules share, the same answers as the plain way.

Each speed-up keeps every answer: a test here compares the fast path with the straightforward
computation it replaces, and one counts the work (a pass over the text, a comparison) so that
the repeat it saves cannot come back unnoticed.
"""
from __future__ import annotations

import difflib
import re

import pytest

from helpers import DATA
from unhrkg.extract import parties
from unhrkg.extract.gazetteer import fold
from unhrkg.model.reference import load_reference


def _plain_fuzzy(text: str, pos: int) -> tuple[str, int] | None:
    """fuzzy_body_at as difflib computes it, name by name, without any shortcut."""
    import re

    phrase = re.split(r"\n\s*\n|[.;:(]|\baddressed\b", text[pos:pos + 140], flags=re.I)[0]
    words = list(re.finditer(r"\S+", phrase))
    names = {fold(n): b.code for b in load_reference().bodies.values() for n in b.names if len(n) > 12}
    for n in range(len(words), 1, -1):
        key, best = fold(phrase[:words[n - 1].end()]), None
        for name, code in names.items():
            ratio = difflib.SequenceMatcher(None, key, name).ratio()
            if ratio >= parties.FUZZY and (best is None or ratio > best[0]):
                best = (ratio, code)
        if best:
            return best[1], pos + words[n - 1].end()
    return None


@pytest.mark.parametrize("text", [
    "the Office of the United Nations HIHG COMMISSIONER for Human Rights",
    "the Human Rigths Counci1, at its sixth session",
    "the Comission on Human Rihgts. It",
    "the Sub-Commision on the Promotion and Protection of Human Rights",
    "the Permanent Mission of Chile to the United Nations",
    "the Committee on the Elimination of Racial Discrimination (CERD)",
    "the COMMITTEE ON THE RIGHTS OF THE CHLD",
])
def test_fuzzy_names_are_those_difflib_gives(text: str) -> None:
    for pos in range(0, len(text), 3):
        found = parties.fuzzy_body_at(text, pos)
        assert (found and (found.code, found.end)) or None == _plain_fuzzy(text, pos)


def test_the_same_opening_words_are_compared_with_the_names_once(monkeypatch: pytest.MonkeyPatch) -> None:
    ratios = []
    real = difflib.SequenceMatcher.ratio
    monkeypatch.setattr(difflib.SequenceMatcher, "ratio", lambda self: ratios.append(1) or real(self))
    text = "to the Human Rigths Counsil Xyzzy Plugh from"
    first = parties.fuzzy_body_at(text, 7)
    computed = len(ratios)
    again = parties.fuzzy_body_at("Letter " + text, 14)
    assert first is not None and again is not None and first.code == again.code == "HRC"
    assert computed > 0 and len(ratios) == computed


def test_an_alternation_checks_the_start_of_a_word_once_per_position() -> None:
    from unhrkg.extract import lexicon

    phrases = ["supports", "rejects", "does not recognize", "null and void", "...led by", "in favour of*"]
    regex = lexicon.alternation(phrases)
    assert regex.count(lexicon.WORD_START) == 2  # the run before "...led by" and the run after it
    plain = re.compile("(?:" + "|".join(lexicon.phrase_regex(p) for p in sorted(phrases, key=len, reverse=True)) + ")",
                       re.I)
    text = ("It supports it, rejects it and does not recognize resolution 1/2, null and void; the group of "
            "States led by X, in favour of the draft, infavourable, unsupported, pre-rejects, null-and-void.")
    assert [m.span() for m in re.finditer(regex, text, re.I)] == [m.span() for m in plain.finditer(text)]
    for lang in lexicon.languages():  # every phrase list of every lexicon: the same matches as one look-behind per phrase
        for key, phrases in (lexicon.lookup("stance", lang=lang) or {}).items():
            plain = re.compile("(?:" + "|".join(lexicon.phrase_regex(str(p)) for p in
                                                sorted(map(str, phrases), key=len, reverse=True)) + ")", re.I)
            fast = lexicon.pattern("stance", key, lang=lang)
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], key


@pytest.mark.parametrize("name, plain", [
    ("SYMBOL", r"(?<![\w/.])(?:{prefixes})(?:/{component})+(?:\*)?(?=[\s,.;:)\]\"'*]|$|\s?[-–—]\s?(?:{prefixes})/)"
               r"(?:\s?\(\d{{4}}\))?"),
    ("OCR_CHR", r"(?<![\w/])E{sep}CN\s?\.\s?[4]{sep}((?:19|20)[\dlIO]{{2}})(?:{sep}(G|L|NGO|RES|DEC|Sub\.2|WG\.\d))?"
                r"{sep}({num})"),
    ("OCR_HRC", r"(?<![\w/])A{sep}HRC{sep}(?:(RES|DEC|PRST){sep})?((?:S-)?[\dlIO]{{1,2}})(?:{sep}(G|L|NGO|INF))?{sep}({num})"),
    ("OCR_HRC_MASTHEAD", r"(?<![\w/])A[A-Za-z]{{1,2}}RC/(?:(RES|DEC|PRST)/)?((?:S-)?\d{{1,2}})/(\d{{1,3}})(?![\w/])"),
])
def test_symbol_patterns_start_with_their_letter_and_match_as_with_the_look_behind_first(name: str, plain: str) -> None:
    from unhrkg.extract import symbols

    pattern = getattr(symbols, name)
    assert not pattern.pattern.startswith("(?<")  # a first letter the engine can skip to
    plain_re = re.compile(plain.format(prefixes="|".join(symbols.PREFIXES), component=symbols._COMPONENT,
                                       sep=symbols._SEP, num=symbols._OCR_NUM))
    text = ("A/HRC/7/L.1, XA/HRC/1/2, /A/HRC/3/4 .A/RES/60/251 E/CN.4/2005/G/13\nE/CN.4/2003/L.39; A/HRC/RES/5/1 "
            "E 1 CN.4 1 2OO4 1 l3, A 1 HRC 1 RES 1 l2 1 4, AVuRC/DEC/14/105 AHRC/1/2 CCPR/C/GC/36 ST/SGB/2003/13 "
            "ESCWA/1/2 ECE/3/4 S/RES/1373 (2001) UNEP/1/2/3 DP/1/2 TD/B/1 HRI/GEN/1 CEDAW/C/1 "
            "A/67/824–S/2013/211 A/1/2 - S/3/4 A/5/6-XS/7/8 A/9/10—E/1/2 (2013)")
    for start in range(len(text)):
        assert ([(m.span(), m.groups()) for m in pattern.finditer(text, start)]
                == [(m.span(), m.groups()) for m in plain_re.finditer(text, start)])


def test_the_cues_of_a_sentence_are_looked_for_once() -> None:
    from unhrkg.extract import cues, stances
    from unhrkg.extract.references import find_resolutions

    text = "Chile fully supports resolution 7/19 of the Human Rights Council, as it did in the year 2345.\n"
    refs = find_resolutions(text, "HRC")
    cues._cues_in.cache_clear()  # (an earlier test may have read the sentence already)
    positions = stances.find_positions(text, refs, ["CHL"])
    assert [p["stance"] for p in positions] == ["supports"]
    info = cues._cues_in.cache_info()
    assert info.misses >= 1 and info.hits >= 1  # the stance and authority rules share the sentence's one scan


def test_caseless_classes_hold_every_character_ignorecase_matches() -> None:
    from unhrkg.extract.scan import caseless

    everything = "".join(map(chr, range(0x110000)))
    letters = [chr(c) for c in range(0x100) if chr(c).isalpha()]
    assert len(letters) > 100
    for letter in letters:
        engine = set(re.findall(re.escape(letter), everything, re.I))
        assert set(caseless(letter)[1:-1]) == engine, letter
    for other in ("\u0101", "1", "-", "Ω"):
        with pytest.raises(ValueError):
            caseless(other)


@pytest.mark.parametrize("plain, fast", [
    (r"\bitems?\s+\d", "{i}tems?\\s+\\d"),
    (r"\b(?:session|sesi[óo]n|per[ií]odo)\b", "{sp}(?:(?<=s)(?:ession|esi[óo]n)|(?<=p)er[ií]odo)\\b"),
])
def test_a_word_start_class_matches_where_the_word_boundary_does(plain: str, fast: str) -> None:
    from unhrkg.extract.scan import word_start

    fast_re = re.compile(fast.format(i=word_start("i"), sp=word_start("sp")), re.I)
    text = ("items 4, Items 5 ITEM 6 subitems 7 \u0130TEMS 8 \u0131tem 9 _item 10 élitem 11 -item 12\nitem 13 "
            "session, Session SESIÓN sesion período periodo intersession \u017fession per\u00edodo1 session_")
    for start in range(len(text)):
        assert [m.span() for m in fast_re.finditer(text, start)] == [m.span() for m in re.compile(plain, re.I).finditer(text, start)]
    assert not fast_re.pattern.startswith(("\\b", "(?<"))


def _corpus_texts() -> list[str]:
    from unhrkg.read import normalise

    return [normalise(p.read_text(encoding="utf-8")) for p in sorted(DATA.glob("*/*.txt"))]


def test_lexicon_alternations_match_as_without_their_guard_on_the_test_corpora() -> None:
    from unhrkg.extract import lexicon

    texts = _corpus_texts()
    for lang in lexicon.languages():
        for group in ("stance", "sponsor", "anaphora", "title"):
            for key, phrases in (lexicon.lookup(group, lang=lang) or {}).items():
                if not isinstance(phrases, list):
                    continue
                fast = re.compile(lexicon.alternation([str(p) for p in phrases]), re.I)
                slow = re.compile(re.sub(r"^\(\?:\(\?=\(\?-i:\[[^]]*\]\)\)", "(?:", fast.pattern), re.I)
                assert fast.pattern.startswith("(?:(?=(?-i:[") and slow.pattern != fast.pattern, (lang, group, key)
                for text in texts[::4]:
                    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)]


def test_patterns_written_for_skipping_match_as_their_plain_forms_on_the_test_corpora() -> None:
    from unhrkg.extract import agenda, assembly, bylines, procedure, references, speech_of, sponsors
    from unhrkg.extract.genres import adopted
    from unhrkg.extract.scan import starts_with, word_start

    item = r"\d{1,3}(?:\s?\([a-z]{1,3}\)|[a-z]\b)?"
    items = rf"(?P<items>{item}(?:\s*(?:,|and|&|et|y|(?:to|through|à|a|-|–))\s*{item})*)"
    plain = [
        (agenda.AGENDA[0], rf"\bitems?\s+{items}\s+of\s+the\s+(?:(?:\w+\s+)?agenda|preliminary\s+list(?!\s+of\s+speakers))", re.I),
        (agenda.AGENDA[1], rf"\bagenda\s+items?(?:\s+|\s*[-–]\s*(?=\d{{1,3}}(?!\d)))\s*{items}", re.I),
        (agenda.AGENDA[2], rf"\bunder\s+(?:items?|agenda(?=\s+\d{{1,2}}(?!\d)(?:[^.\n]{{0,60}}\bsession\b|\s*:)))\s+{items}", re.I),
        (agenda.AGENDA[3], rf"\b(?:points?|puntos?)\s+{items}\s+(?:de\s+(?:l['’]ordre\s+du\s+jour|la\s+liste\s+pr[ée]liminaire)|"
                           r"del\s+orden\s+del\s+d[ií]a)", re.I),
        (agenda.AGENDA[4], rf"\btemas?\s+{items}\s+(?:del\s+programa|de\s+la\s+agenda|del\s+orden\s+del\s+d[ií]a|de\s+la\s+lista\s+preliminar)", re.I),
        (procedure.SESSION_WORD, r"\b(?:session|sesi[óo]n|per[ií]odo)\b", re.I),
        (references.REF, references.REF.pattern.removeprefix(starts_with("dprsu")), re.I),
        (assembly.YEAR_PRINTED, r"(?<![\d/])(\d{3,4})\s?\((\d{4})\)", 0),
        (sponsors.DRAFT_ADOPTED_AS, sponsors.DRAFT_ADOPTED_AS.pattern.replace(word_start("d") + "raft", r"\bdraft"), re.I),
        (adopted.ADOPTED, r"(?P<kind>Decision|Resolution|D[ée]cision|R[ée]solution|Decisi[óo]n|Resoluci[óo]n)s?\s+"
                          r"(?:adopted\s+by|adopt[ée]e\s+par|aprobada\s+por)\s+(?:the\s+|l[ae]\s+|l'|el\s+)?", re.I),
        (bylines.DELIVERED, r"\b(?:[Dd]elivered|made|read\s+out|[Pp]resented|Statement|Stated|Speech|Intervention|Address|Remarks(?:\s+to\s+the\s+"
                            r"(?i:press|media))?|Explanation\s+of\s+(?i:vote|position))(?:\s+(?i:after|before)\s+the\s+(?i:vote))?(?:\s+on\s+(?i:behalf)\s+of\s+[^\n]{3,80}?)?\s+by:?\s+", 0),
        (speech_of.SPEECH_OF, r"\b(?:Explication\s+de\s+vote|D[ée]claration|Intervention|Discours|Explicaci[óo]n\s+de\s+voto|Palabras|"
                            r"Declaraci[óo]n|Intervenci[óo]n|Discurso|Remarques(?:\s+[àa]\s+la\s+presse)?|Allocution|Alocuci[óo]n)"
                            + speech_of.SPEECH_OF.pattern.split("(?:llocution|locuci[óo]n))")[1],
         re.I),
    ]
    texts = _corpus_texts() + [
        "xDecision adopted by the Council; RÉSOLUTION ADOPTÉE PAR LA; Resolutions adopted by ıt; DECİSİON adopted by",
        "Statement delivered by X. statement made by Y; Remarks by Z; Explanation of VOTE by W; xmade by; Made by V.",
        "Speech by X; Address by Y; Remarks to the press by Z; Remarks to the MEDIA by W; xSpeech by V; speech by U.",
        "Stated by Ambassador X; stated by Y; xStated by Z; Stated  by: W.",
        "Statement After the Vote by X; statement before the vote by Y; xStatement after the VOTE by Z.",
        "Punto 2 del orden del día; punto 3 de l'ordre du jour; xpunto 4 del orden del dia; Puntos 5 y 6 del orden del día",
        "Intervention by X; intervention by Y; xIntervention by Z; Palabras del Ministro X; palabras de Y; xPalabras de Z.",
        "Déclaration de M. X; DÉCLARATION DEL Embajador Y; İntervention de Mme Z; Discurso por el Sr. W; intervención de",
        "Remarques à la presse de M. X; remarques de Mme Y; REMARQUES A LA PRESSE DE Z",
        "the draft resolution on X (resolution 7/19); DRAFT RESOLUTION (res. No. 12/3); redraft resolution (resolution 1)",
    ]
    assert len(texts) > 100
    for fast, regex, flags in plain:
        slow = re.compile(regex, flags)
        assert fast.pattern != slow.pattern
        for text in texts:
            assert ([(m.span(), m.groups()) for m in fast.finditer(text)]
                    == [(m.span(), m.groups()) for m in slow.finditer(text)]), regex[:40]


def test_merged_tables_are_merged_once() -> None:
    from unhrkg.extract import lexicon

    months = lexicon.merged_table("months")
    assert lexicon.merged_table("months") is months and months["january"] == months["janvier"] == 1


@pytest.mark.parametrize("alternation, letters", [
    ("resolutions?|decisions?|UNSC(?=\\s)", "rdu"), ("draft\\s+|projets?\\s+de", "dp"), ("a(b|c)|[|]d", ""),
    ("a?b|c", ""), ("(?:x)|y", ""), ("ab|\\w", ""), ("x\\|y|z", "xz"), ("é|a", ""),
])
def test_the_first_letters_of_an_alternation_or_none_where_it_may_start_otherwise(alternation: str, letters: str) -> None:
    from unhrkg.extract.scan import first_letters, starts_with

    assert first_letters(alternation) == letters
    guard = re.compile(starts_with(first_letters(alternation)) + f"(?:{alternation})", re.I)
    for text in ("resolution", "UNSC 1", "draft x", "projet de", "b", "d", "c", "y", "x|y", "z", "é", "a"):
        assert bool(guard.match(text)) == bool(re.match(f"(?:{alternation})", text, re.I))


def test_the_reference_guard_is_read_off_the_words_a_reference_starts_with() -> None:
    from unhrkg.extract import references
    from unhrkg.extract.scan import first_letters, starts_with

    letters = first_letters(references._DRAFT + "|" + references._KIND)
    assert letters and references.REF.pattern.startswith(starts_with(letters))


def test_the_states_of_a_whole_text_are_looked_for_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from unhrkg.extract import gazetteer

    scans: list[tuple[int, int | None]] = []
    real = gazetteer.Gazetteer._find
    monkeypatch.setattr(gazetteer.Gazetteer, "_find", lambda self, text, start=0, end=None:
                        scans.append((start, end)) or real(self, text, start, end))
    text = "The Russian draft resolution 2402 of Chile and Japan's statement on Peru, seen 31 times.\n"
    first = gazetteer.states_in(text)
    assert [m.value for m in first] == ["RUS", "CHL", "JPN", "PER"]
    assert gazetteer.states_in(text) == first and gazetteer.states_in(text, 0, len(text) + 5) == first
    stop = text.index(" and")
    assert [m.value for m in gazetteer.states_in(text, 0, stop)] == ["RUS", "CHL"]
    assert scans == [(0, None), (0, stop)]


def test_a_name_is_folded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import unicodedata

    from unhrkg.extract.gazetteer import fold

    normalised: list[str] = []
    real = unicodedata.normalize
    monkeypatch.setattr(unicodedata, "normalize", lambda form, text: normalised.append(text) or real(form, text))
    name = "Côte-d’Ivoire  Ñandú Xqz"
    assert fold(name) == fold(name) == "cote d'ivoire nandu xqz"
    assert normalised == [name]


def test_a_lower_case_pattern_on_the_lower_cased_text_matches_as_ignorecase_does() -> None:
    """What the gazetteers rely on to match the lower-cased text (``scan.lowered``): every
    character but those of ``_CASE_APART`` lowers to one character, which is a word character or
    a space exactly where the character is, and which equals a lower-case ASCII or Latin-1 character
    (the micro sign aside) exactly where IGNORECASE matches the character with it."""
    from unhrkg.extract.scan import CASE_APART as _CASE_APART

    changed = [(c, low) for c in map(chr, range(0x110000)) if (low := c.lower()) != c]
    lowered: dict[str, set[str]] = {}
    for c, low in changed:
        assert len(low) == 1 or c in _CASE_APART, hex(ord(c))
        if c not in _CASE_APART:
            assert (c.isalnum() or c == "_", c.isspace()) == (low.isalnum() or low == "_", low.isspace()), hex(ord(c))
            lowered.setdefault(low, set()).add(c)
    # what IGNORECASE can match with a character: a character with another case, or one of Latin-1
    cased = "".join(c for c in map(chr, range(0x110000)) if c.lower() != c or c.upper() != c or ord(c) < 0x100)
    for p in (chr(c) for c in range(0x100)):
        if p == p.lower() and p != "\u00b5":
            engine = set(re.findall(re.escape(p), cased, re.I))
            assert engine - set(_CASE_APART) == lowered.get(p, set()) | {p}, repr(p)


@pytest.mark.parametrize("text", [
    "the United States of America and the UNITED KINGDOM", "İran, ıRAN, Iran", "KENYA, \u212aENYA and Kenya",
    "Côte d'Ivoire, CÔTE D'IVOIRE, cote d’ivoire", "the Human Rights Council and the human rights council",
    "Türkiye, TÜRKIYE; the ſudan, the Sudan", "Malí, MALI, São Tomé and Príncipe, SAO TOME AND PRINCIPE",
    "the US and the us; the EU. The Eu", "Ελλάδα Σ, États-Unis, ÉTATS-UNIS, Estados Unidos",
])
def test_names_found_in_the_lower_cased_text_are_those_ignorecase_finds(text: str) -> None:
    from unhrkg.extract import gazetteer, lexicon

    for lang in lexicon.languages():
        for gaz in (gazetteer._states_gazetteer(lang), gazetteer._bodies_gazetteer(lang), gazetteer.capitals_gazetteer()):
            plain = gazetteer.Gazetteer.__new__(gazetteer.Gazetteer)
            plain.__dict__.update(gaz.__dict__, _lower_regex=None)
            for start in range(0, len(text), 7):
                assert gaz._find(text, start) == plain._find(text, start), (lang, start)
                assert gaz._find(text, 0, start) == plain._find(text, 0, start), (lang, start)


def test_a_plain_text_is_looked_through_for_names_once_in_lower_case(monkeypatch: pytest.MonkeyPatch) -> None:
    from unhrkg.extract import gazetteer

    gaz = gazetteer._states_gazetteer("en")
    searched: list[str] = []
    monkeypatch.setattr(gaz, "_regex", type("Spy", (), {"search": lambda self, *a: searched.append(a[0])})())
    assert [m.value for m in gaz._find("Chile and the Republic of Korea, with İstanbul"[:34])] == ["CHL", "KOR"]
    assert searched == []


def test_sentence_boundaries_start_with_their_sign_and_fall_where_the_look_behind_puts_them() -> None:
    import random

    from unhrkg.extract import text as texts

    assert texts._BOUNDARY_AT.pattern.startswith("[")  # a class the engine skips to, not a look-behind
    rnd = random.Random(3)
    pieces = list(".!?\n \t\"')]([AZaz09") + ["Mr.", "res.", " A", "\n\n", ".\n\nB", ". \n \n"]
    samples = _corpus_texts() + ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 40))) for _ in range(20000)]
    for sample in samples:
        assert [m.span("gap") if m.start("gap") >= 0 else m.span() for m in texts._BOUNDARY_AT.finditer(sample)] == [
            m.span() for m in texts._BOUNDARY.finditer(sample)], repr(sample)


def test_the_words_counted_for_the_language_are_those_the_word_pattern_finds() -> None:
    import random

    from unhrkg.extract import language

    rnd = random.Random(5)
    pieces = list("ab'’ _1\n\t-.éÉ") + ["the", "l'un", "x''y", "it's", "'s", "de'", "d'une'x"]
    samples = _corpus_texts() + ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 30))) for _ in range(20000)]
    samples += ["".join(map(chr, range(128))) * 2]
    for sample in samples:
        lowered = sample[:3000].lower()
        assert language._words(lowered) == language._WORD.findall(lowered), repr(sample)

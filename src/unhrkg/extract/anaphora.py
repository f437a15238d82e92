"""Resolutions named without their number: "the resolution", "this ill-intentioned, selective and
politically motivated resolution", "such resolutions", bound to the resolution the text is
about just before (the lexicon's ``anaphora`` words, per language).
"""
from __future__ import annotations

import re
from functools import cache

from unhrkg.extract import lexicon
from unhrkg.extract.gazetteer import bodies_in
from unhrkg.extract.occasion import FORUM_OF as PARENTS  # a committee's resolutions are its Assembly's
from unhrkg.extract.references import RefMention
from unhrkg.extract.phrases import first_words
from unhrkg.extract.scan import Starting
from unhrkg.extract.text import sentences

SALIENCE_WINDOW = 800
EARLIER_WEIGHT = 0.4


def antecedent(mentions: list[RefMention], at: int) -> RefMention:
    """The resolution most mentioned in the text just before `at` (the topic), the latest on a tie;
    mentions earlier in the text count for less (``EARLIER_WEIGHT``), so that a resolution cited
    once in passing does not take over from the one the text has been about."""
    recent = [r for r in mentions if r.end > at - SALIENCE_WINDOW] or mentions[-1:]
    counts: dict[tuple[str, str], float] = {}
    for r in mentions:
        weight = 1.0 if r.end > at - SALIENCE_WINDOW else EARLIER_WEIGHT
        counts[(r.body, r.number)] = counts.get((r.body, r.number), 0) + weight
    return max(reversed(mentions), key=lambda r: (counts[(r.body, r.number)], r.end > at - SALIENCE_WINDOW))


@cache
def _anaphor(lang: str) -> tuple[re.Pattern[str] | Starting, re.Pattern[str]]:
    """'the resolution', 'this ill-intentioned, selective and politically motivated resolution',
    'such resolutions', 'a landmark resolution': the lexicon's anaphora words (determiners,
    modifiers, evaluative words, and the few indefinite phrases that name a resolution).
    Two patterns: the nouns alone (cheap to find), and the whole phrase ending at a noun."""
    def alt(key: str) -> str:
        return lexicon.alternation([str(p) for p in lexicon.lookup("anaphora", key, lang=lang) or ["(?!)"]])
    months = "|".join(re.escape(str(m)) for m in lexicon.lookup("months", lang=lang) or {}) or "(?!)"
    evaluative = lexicon.alternation([str(p) for key in ("evaluative", "scornful") for p in lexicon.lookup("anaphora", key, lang=lang) or []]
                                     or ["(?!)"])
    evaluated = rf"{evaluative}(?:\s*,\s*{evaluative})*(?:\s*,?\s+(?:and|et|y)\s+{evaluative})?"
    singular = (rf"{alt('determiners')}\s+(?:(?:{alt('modifiers')}|(?:{months})\s+\d{{4}})\s+)?{NAMED_BODY}"
                rf"|(?:{alt('determiners')}\s+)?{evaluated}\s+|{alt('indefinite')}\s+")
    phrase = re.compile(rf"(?:(?:{singular}){alt('nouns')}"
                        rf"|{alt('plural_determiners')}\s+(?:kind\s+of\s+)?(?:[\w-]+\s+){{0,4}}?{alt('plural_nouns')})\Z", re.I)
    nouns = re.compile(rf"{alt('nouns')}|{alt('plural_nouns')}", re.I)
    words = first_words([str(p) for key in ("nouns", "plural_nouns") for p in lexicon.lookup("anaphora", key, lang=lang) or []])
    return (Starting(nouns, words) if words else nouns), phrase  # (looked for where the text prints a noun)


# a body's name or acronym before the noun: "this HRC resolution", "the Security Council resolution" (see ``_of_body``)
NAMED_BODY = r"(?:(?:(?-i:[A-Z][\w-]*)\s+){1,3}(?=\w+\Z))?"
ANAPHOR_REACH = 160  # how far before its noun an anaphoric phrase may start
PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")  # "... on the Houthis\n\nThe resolution": the phrase starts below it
NUMBER_AFTER = re.compile(r"\s*(?:\d|[AES]/)")
TITLED = re.compile(r"\s*[“\"«]")  # a resolution named by its title in quotation marks
GAP = re.compile(r"\s*")


def _anaphors(text: str) -> list[tuple[int, int]]:
    """(start, end) of each anaphoric phrase: each noun found, then the phrase ending at it."""
    nouns, phrase = _anaphor(lexicon.current())
    settling = lexicon.pattern("anaphora", "settling_after")
    out = []
    for n in nouns.finditer(text):
        if NUMBER_AFTER.match(text[n.end():n.end() + 4]):
            continue  # "resolution 2334": a number follows, not an anaphor
        if TITLED.match(text, n.end()):
            continue  # "la resolución "Fortalecimiento de la respuesta ..."": named by its own title
        if settling and settling.match(text, n.end() + len(GAP.match(text, n.end()).group(0))):
            continue  # "towards the resolution of all conflicts": the act of settling them, no text
        lo = max(0, n.start() - ANAPHOR_REACH)
        breaks = list(PARAGRAPH_BREAK.finditer(text, lo, n.start()))
        m = phrase.search(text, breaks[-1].end() if breaks else lo, n.end())  # (not from a paragraph above)
        if m:
            out.append((m.start(), m.end()))
    return out


def resolve_anaphora(text: str, explicit: list[RefMention], h: object = None) -> list[RefMention]:
    """'the resolution' etc. bound to the resolution that is the topic just before it (or the only one).

    The topic is the one mentioned most often (by number or by an earlier 'the resolution')
    in the preceding stretch of text: "Council resolution 7/19 ... The resolution builds upon
    resolution 1999/82 and resolution 62/154. We support the resolution" means 7/19."""
    distinct = {(r.body, r.number) for r in explicit}
    plural = lexicon.pattern("anaphora", "plural_nouns")
    out: list[RefMention] = []
    unnumbered = False  # the text has told of a resolution other than the one it numbers later
    for start, end in _anaphors(text):
        before = sorted([r for r in explicit + out if r.end <= start], key=lambda r: r.start)
        named = _of_body(text, start, end)
        only = distinct if named is None else {d for d in distinct if d[0] in named}
        if named is not None:  # "this HRC resolution": one of that body's, or none
            before = [r for r in before if r.body in named]
        if before and plural and _ends_with(plural, text[start:end]):
            targets = _last_list(text, [r for r in explicit if r.end <= start])
        elif before:
            targets = [antecedent(before, start)]
            if unnumbered and _older_than_told(text, end, targets[0]) or _past_for_today(text, start, end, [
                    r for r in explicit if (r.body, r.number) == (targets[0].body, targets[0].number)]):
                continue  # ("the UNHRC's latest resolution ... in violation of resolution 60/251 ... the resolution is
                # based on the report": the recent one the text told of still, not the old one it invokes)
        elif len(only) == 1 and not unnumbered:  # named only later: not where the text speaks of another's adoption,
            opening = text[_previous_sentence_start(text, start):_sentence_end(text, end)]  # its sentence and the one
            # before, nor after a draft
            targets = [r for r in explicit if (r.body, r.number) in only and not other_adoption(opening, r.body, r.number)
                       and not _draft_of_another(text, start, r)
                       and not _older_than_told(text, _sentence_end(text, end), r)][:1]  # ("adopted the draft resolution
            # A/HRC/59/L.21 ... Myanmar opposes the country-specific resolution": the draft's, not the Assembly's 46/182 the
            # text names later; "the resolution presented today": not the 1988 one named after it, recent told in its sentence)
            unnumbered = not targets  # (then "the resolution" goes on meaning that one, until a number is printed)
        else:
            continue
        out += [RefMention(start, end, t.body, t.number, False) for t in targets]
    return out + _echoes(text, explicit) + _introduced(text, explicit)


OPENING_GAP = 12  # "Resolution 71/248 was adopted", "La résolution 2127": the number opens the next sentence
YEAR_AFTER = re.compile(r"\s*(?:\(\d{4}\))?\s*,?\s*")
ADVERB = re.compile(r"\s*(?:\w+(?:ly|ment|mente)\s+)?")  # "was unanimously adopted"


def _adoption_told(text: str, end: int) -> bool:
    """The number ending at ``end`` is the subject of its adoption: a passive's auxiliary and an adoption verb (the
    lexicon's ``author.passive_auxiliaries`` and ``sponsor.adopted``: "was adopted", "a été adoptée", "fue aprobada")."""
    aux, adopted = lexicon.pattern("author", "passive_auxiliaries"), lexicon.pattern("sponsor", "adopted")
    gap = YEAR_AFTER.match(text, end)
    verb = aux.match(text, gap.end()) if aux else None
    adverb = ADVERB.match(text, verb.end()) if verb else None
    return bool(adverb and adopted and adopted.match(text, adverb.end()))


def _introduced(text: str, explicit: list[RefMention]) -> list[RefMention]:
    """"a resolution" (the lexicon's ``anaphora.introduced``) whose next sentence opens with a numbered one: that one."""
    phrases = lexicon.pattern("anaphora", "introduced")
    if phrases is None or not explicit:
        return []
    sents = sentences(text)
    out = []
    for m in phrases.finditer(text):
        after = next((s for s in sents if s.start >= m.end()), None)
        opening = [r for r in explicit if after and after.start <= r.start < after.start + OPENING_GAP + len(r.number)
                   and not text[after.start:r.start].strip().lower().startswith(("draft", "projet", "proyecto"))
                   and _adoption_told(text, r.end)]  # ("Resolution 71/248 was adopted on ...", not "... of last year")
        if opening and not any(r.start < opening[0].start for r in explicit if after and after.start <= r.start):
            out.append(RefMention(m.start(), m.end(), opening[0].body, opening[0].number, False))
    return out


# a Council resolution's number alone, once the text has named it as a resolution: "said 1559 was \"illegal
# intervention\"", "the full implementation of 1701 and"; a noun's count ("2231 people"), a year's ("in 1973") is none
ECHO = re.compile(r"(?<![\w/.,:-])(?P<lead>(?:of|to|under|with|and|or|than|against|de|du|la|le|el|con|avec|sous|contre|contra|que|said|that)\s+"
                  r"|[\"“«(]\s*|(?<=[.;!?]\s))(?P<num>\d{3,4})(?=\s*[.,;:!?)\"”»]|\s+(?:is|was|are|were|has|had|have|remains|"
                  r"must|should|will|would|can|could|does|did|calls|demands|requires|and|or|est|était|reste|es|fue|sigue|y|et|ou|o)\b)", re.I)
YEAR_LIKE = range(1900, 2031)
YEAR_LEAD = re.compile(r"(?:of|de|du|del)\s+$", re.I)  # "the war of 1973": a year there, whatever the text numbers


def _echoes(text: str, explicit: list[RefMention]) -> list[RefMention]:
    """A Council resolution's bare number repeated after the text named it as a resolution."""
    council = {}
    for r in explicit:
        if r.body == "SC":
            council.setdefault(r.number.split(" (")[0], r)
    if not council:
        return []
    out = []
    for m in ECHO.finditer(text):
        named = council.get(m.group("num"))
        if named is None or named.end > m.start() or int(m.group("num")) in YEAR_LIKE and YEAR_LEAD.search(m.group("lead") or ""):
            continue
        if any(r.start <= m.start("num") < r.end for r in explicit):
            continue
        out.append(RefMention(m.start("num"), m.end("num"), named.body, named.number, False))
    return out


RECENT_GAP = 5  # a resolution this many years older than the latest year the text prints is no recent one


def _older_than_told(text: str, at: int, ref: RefMention) -> bool:
    """Before ``at`` the text told of a recent resolution it does not number (the lexicon's ``anaphora.recent``: "la
    récente résolution du Conseil de sécurité sur la question du Sahara occidental"), and the one it numbers later
    is years older ("la Résolution 690 (1991)", in a text of 2021): the anaphor is the recent one's."""
    year = year_of(ref)
    if not (year and any(p and p.search(text, 0, at) for p in (lexicon.pattern("anaphora", "recent"), lexicon.pattern("anaphora", "today")))):
        return False
    return max((int(y) for y in YEAR.findall(text)), default=0) - year >= RECENT_GAP


PAST_REACH = 30  # "resolution 64/10 last November": the time right after the number


def _past_for_today(text: str, start: int, end: int, named: list[RefMention]) -> bool:
    """The anaphor is today's resolution ("today's resolution", the lexicon's ``anaphora.today``) and the one named
    before it was told as voted on earlier ("We voted against resolution 64/10 last November"; ``anaphora.past_after``):
    another text, the one voted on today. ``named``: where the text numbers the antecedent."""
    today, past = lexicon.pattern("anaphora", "today"), lexicon.pattern("anaphora", "past_after")
    if not (today and past and today.search(text, start, min(len(text), end + PAST_REACH))):
        return False
    gaps = [YEAR_AFTER.match(text, ref.end) for ref in named]
    return any(gap and past.match(text, gap.end(), min(len(text), gap.end() + PAST_REACH)) for gap in gaps)


SESSION_NUMBER = re.compile(r"(?P<session>\d{1,2})/\d{1,3}\b")


def year_of(ref: RefMention) -> int | None:
    """The year a resolution was adopted in, from its number: printed ("690 (1991)"), or its session's (the Assembly's
    60th session sat in 2005-2006, "60/251"; the Council's three sessions a year from 2006, "46/1")."""
    printed = re.search(r"\((\d{4})\)", ref.number)
    session = SESSION_NUMBER.fullmatch(ref.number.split(" ")[0])
    if printed:
        return int(printed.group(1))
    if session and ref.body == "GA":
        return 1945 + int(session.group("session"))
    if session and ref.body == "HRC":
        return 2006 + (int(session.group("session")) - 1) // 3
    return None


# a draft's L. symbol: the body and session it was tabled at ("A/HRC/59/L.21", "A/C.3/78/L.40", "A/ES-11/L.7", "A/77/L.52")
DRAFT_SYMBOL = re.compile(r"\bA/(?:(?P<hrc>HRC)/|C\.\d/|(?P<es>ES-))?(?P<session>\d{1,2})/L\.\s?\d")


def _draft_of_another(text: str, at: int, ref: RefMention) -> bool:
    """A draft the text names by its symbol was tabled at another body or session than `ref`'s: the resolution the
    text speaks of without a number is that draft's, not `ref` ("The resolution was tabled by the main sponsors ...
    Resolution A/HRC/57/L.1 looks to renew the mandate in Resolution 51/1": the draft's, named after)."""
    for m in DRAFT_SYMBOL.finditer(text):
        body = "HRC" if m.group("hrc") else "GA"
        session = ("ES-" if m.group("es") else "") + m.group("session")
        if ref.body != body or not ref.number.startswith(session + "/"):
            return True
    return False


def _previous_sentence_start(text: str, at: int) -> int:
    """Where the sentence before the one holding `at` starts (the text's sentences, ``text.sentences``)."""
    before = [s.start for s in sentences(text) if s.start <= at]
    return before[-2] if len(before) >= 2 else 0


def _sentence_end(text: str, at: int) -> int:
    """Where the sentence holding `at` ends ("the resolution was adopted ... by the Human Rights Council": its agent)."""
    return next((s.end for s in sentences(text) if s.start <= at < s.end), at)


ADOPTING = ("GA", "SC", "HRC", "CHR", "ECOSOC", "SUBCOM", "GA3")
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
SUBJECT_REACH = 120  # the adopting body stands this far before the adoption it tells
AGENT = re.compile(ADVERB.pattern + r"(?:by|par|por)\s+(?:the\s+|le\s+|la\s+|l['’]\s*|el\s+)?", re.I)  # or after it
AGENT_REACH = 60
DATE_REACH = (80, 30)  # the adoption's date stands this far before it, or after it


def other_adoption(passage: str, body: str, number: str) -> bool:
    """A passage that tells of an adoption (the lexicon's ``sponsor.adopted``, ``stance.adoption``) of
    a resolution without its number speaks of another than (body, number): the body before the adoption, or its agent
    after it, is another adopting body ("l'Assemblée générale avait adopté une résolution", of a Council
    resolution), or a year around it is not a Council resolution's own ("on 31st May 2022 unanimously
    adopted", of 2039 (2012)). Years and bodies elsewhere in the passage ("the 2030 Agenda") say nothing."""
    year = re.search(r"\((\d{4})\)", number)
    for words in (lexicon.pattern("sponsor", "adopted"), lexicon.pattern("stance", "adoption")):
        for m in words.finditer(passage) if words else ():
            lead = max(0, m.start() - SUBJECT_REACH)
            named = {str(b.value) for b in bodies_in(passage, lead, m.start()) if b.value in ADOPTING}
            agent = AGENT.match(passage, m.end())  # "the resolution was adopted unanimously by the Human Rights Council"
            named |= {str(b.value) for b in bodies_in(passage, agent.end(), agent.end() + AGENT_REACH)
                      if b.start == agent.end() and b.value in ADOPTING} if agent else set()
            if named and body not in named and not (body == "GA" and "GA3" in named):
                return True
            years = set(YEAR.findall(passage, max(0, m.start() - DATE_REACH[0]), m.end() + DATE_REACH[1]))
            if year and years and year.group(1) not in years:
                return True
    return False


LIST_BREAK = re.compile(r"[.;!?]\s")  # the list "these resolutions" names stands in one sentence


def _ends_with(pattern: re.Pattern[str], phrase: str) -> bool:
    return any(m.end() == len(phrase) for m in pattern.finditer(phrase))


def _last_list(text: str, before: list[RefMention]) -> list[RefMention]:
    """'Resolutions 1907 (2009), 2023 (2011) and 2244 (2015) were adopted but Eritrea failed to
    implement those resolutions': a plural names every resolution of the last sentence that
    named any, each once."""
    if not before:
        return []
    last = before[-1]
    starts = [m.end() for m in LIST_BREAK.finditer(text, 0, last.start)]
    sentence_start = starts[-1] if starts else 0
    seen: dict[tuple[str, str], RefMention] = {}
    for r in before:
        if r.start >= sentence_start:
            seen.setdefault((r.body, r.number), r)
    return list(seen.values())


# a State's or group's name or adjective joined to a tabling participle before the noun ("the Maltese-drafted
# resolution", "the EU-sponsored resolution"): the sponsor rules read it (sponsors.HYPHENED)
SPONSORED_COMPOUND = re.compile(r"(?-i:[A-Z][\w]*)(?:-(?-i:[A-Z][\w]*))*-(?:drafted|sponsored|led|tabled|initiated|proposed|authored|penned)", re.I)


def _of_body(text: str, start: int, end: int) -> set[str] | None:
    """The bodies an anaphoric phrase names before its noun ("this HRC resolution": HRC), None where
    it names none; an empty set where capitalised words there are no body's ("this Cuban resolution")."""
    words = re.search(r"\s((?:(?-i:[A-Z][\w-]*)\s+){1,3})\w+$", text[start:end]) \
        or re.search(r"\b((?-i:[A-Z][\w-]*))['’]s\s", text[start:end])  # ("the UNHRC's latest resolution")
    if not words or SPONSORED_COMPOUND.fullmatch(words.group(1).strip()):
        return None  # ("the Maltese-drafted resolution": who drafted it, not a body's)
    found = bodies_in(text, start + words.start(1), start + words.end(1))
    return {str(b.value) for b in found} | {PARENTS.get(str(b.value), "") for b in found} - {""}

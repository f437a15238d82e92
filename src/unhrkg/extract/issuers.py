"""Which body a resolution reference names: the issuer named around it ("General Assembly resolution 60/251",
"resolution 42/4, adopted by the Human Rights Council", "UNSC res. 2231"), and whose a bare number is ("resolution 2758"
in a text on Taiwan is the Assembly's 2758 (XXVI), "General Assembly Resolution No. 302" is never the Council's 302
(1971), "resolution 2334" where the Council is named is its 2334 (2016)). ``references`` asks these of each number."""
from __future__ import annotations

import re

from unhrkg.extract import lexicon
from unhrkg.extract.gazetteer import bodies_gazetteer, bodies_in
from unhrkg.extract.text import Sentence
from unhrkg.model.reference import ga_session, ga_subjects, issuers, sc_year

ISSUERS = issuers()
WORD_BODY = re.compile(r"\b(Sub-Commission|Commission|Council|Assembly|Conseil|Consejo|Assembl[ée]e|Asamblea|"
                       r"Comisi[óo]n|Sous-Commission|Subcomisi[óo]n)\b", re.I)
WORD_BODIES = {"sub-commission": "SUBCOM", "commission": "CHR", "council": "HRC", "assembly": "GA",
               "conseil": "HRC", "consejo": "HRC", "assemblée": "GA", "assemblee": "GA", "asamblea": "GA",
               "comisión": "CHR", "comision": "CHR", "sous-commission": "SUBCOM", "subcomisión": "SUBCOM",
               "subcomision": "SUBCOM"}



FORM_BODIES = {"sc-year-first": ("SC",), "year": ("CHR", "ECOSOC", "SUBCOM"), "session": ("HRC", "GA"), "special": ("HRC", "GA"),
               "emergency": ("GA",), "sc": ("SC",), "roman": ("GA", "ECOSOC", "CHR", "SUBCOM"), "bare": ("SC",), "sc-slash": ("SC",),
               "old": ("GA", "SC")}  # a number without a slash: which of the two is named nearest


ABBREVIATIONS = {"GA": "GA", "UNGA": "GA", "AGNU": "GA", "SC": "SC", "UNSC": "SC", "CSNU": "SC", "HRC": "HRC",
                 "UNHRC": "HRC", "CDH": "HRC", "CHR": "CHR", "ECOSOC": "ECOSOC"}
ABBREVIATED = re.compile(rf"\b({'|'.join(ABBREVIATIONS)})\s+$")  # just before the resolution word


# "resolution 194 of the General Assembly", "adoptée par le Conseil": the issuer named after the number
ISSUER_AFTER = re.compile(r"\s*,?\s*(?:of|adopted\s+by|by|de|du|des|del|adopt[ée]e\s+par|aprobada\s+por|par|por|"
                          # "adopted at the 49th session of the Human Rights Council", "adoptée à la 49e session du"
                          r"(?:adopted|adopt[ée]e|aprobada|adoptada)\s+(?:at|during|in|à|lors\s+de|en|durante)\s+(?:the|its|la|sa|el|su)\s+"
                          r"[\w-]+\s+(?:(?:regular|special|ordinaire|extraordinaire|ordinario|extraordinario)\s+)?"
                          r"(?:session|sesi[óo]n|per[íi]odo\s+de\s+sesiones)\s+(?:of|de|du|del))\s+"
                          r"(?:the\s+|la\s+|l'|el\s+|le\s+)?", re.I)


def window_body(text: str, start: int, end: int, window_start: int, form: str) -> str | None:
    """The issuing body named nearest before the reference in its clause, or just after it,
    among those that number resolutions in this form ("Council resolution 2000/3" is ECOSOC's:
    the Human Rights Council never numbered by year)."""
    allowed = FORM_BODIES[form]
    short = ABBREVIATED.search(text, max(0, start - 12), start)  # "GA resolution 60/251", "UNSC res. 2231"
    if short and ABBREVIATIONS[short.group(1).upper()] in allowed:
        return ABBREVIATIONS[short.group(1).upper()]
    after = ISSUER_AFTER.match(text[end:end + 80])
    if after:
        mention = bodies_gazetteer().match_at(text, end + after.end())
        if mention and mention.value in ISSUERS:
            return mention.value
    lo = max(window_start, start - 90)
    candidates: list[tuple[int, str]] = []
    named = bodies_in(text, lo, start)
    for m in named:
        if m.value in ISSUERS:
            candidates.append((m.end, str(m.value)))
    for m in WORD_BODY.finditer(text, lo, start):
        if not any(n.start <= m.start() < n.end for n in named):
            word = m.group(1).lower()
            body = WORD_BODIES[word]
            if word == "council" and body not in allowed:
                body = next((b for b in ("ECOSOC", "SC") if b in allowed), body)
            candidates.append((m.end(), body))
    fitting = [c for c in candidates if c[1] in allowed]
    return max(fitting or candidates)[1] if candidates else None


def security_council_near(text: str, at: int, context: str | None) -> bool:
    """A bare number is a Security Council resolution where the Council is named in the
    document (its name, or 'UNSC'/'SC'), or the document is itself the Council's."""
    if context == "SC":
        return True
    return any(m.value == "SC" for m in bodies_in(text)) or bool(re.search(r"\bres\.\s*$", text[max(0, at - 2):at + 5]))


def assembly_titled(text: str, at: int, end: int) -> bool:
    """"General Assembly Resolution No. 302", "UNGA resolution 302", "resolution 302 of the General Assembly":
    a bare number titled with the Assembly's own name is its resolution, even where the table gives it no session
    and the Council is named elsewhere in the text (then it is left out, never made the Council's)."""
    short = ABBREVIATED.search(text, max(0, at - 12), at)
    if short:
        return ABBREVIATIONS[short.group(1).upper()] == "GA"
    before = bodies_in(text, max(0, at - 40), at)
    if before and before[-1].value == "GA" and re.fullmatch(r"(?:['’]s)?\s*", text[before[-1].end:at]):
        return True
    after = ISSUER_AFTER.match(text, end)
    named = bodies_gazetteer().match_at(text, after.end()) if after else None
    return bool(named and named.value == "GA")


def council_year(number: str, printed: str) -> bool:
    """'resolution 242 of 1967': printed with the very year the Council adopted that number."""
    year = re.search(r"\b(\d{4})\s*$", printed)
    return bool(year) and printed[:year.start()].strip() != number.strip() and sc_year(int(number)) == int(year.group(1))


def after_month(text: str, at: int) -> bool:
    """A number right after a month's name is a year ("the resolution of the Council in September
    2017"), not a resolution."""
    before = re.search(r"([^\W\d_]+)\.?,?\s+$", text[max(0, at - 16):at])
    return bool(before and before.group(1).lower() in lexicon.merged_table("months"))


# With the Council named nowhere in a text, a bare number is read as its resolution only from this
# year's numbers on: lower numbers are as often the Assembly's ("resolution 181", "194", "377").
UNNAMED_SC_FROM = 1990
def assembly_by_table(text: str, span: tuple[int, int, int], number: str, context: str | None) -> str | None:
    """'resolution 2758 of the General Assembly', 'UNGA resolution 1514', or a bare number in a text
    about the Assembly where the Council is named nowhere: the Assembly's, its session from the table."""
    session = ga_session(int(number))
    named = window_body(text, *span, "old") if session else None
    if named == "GA" or (named is None and session and context == "GA" and not security_council_near(text, span[0], context)
                         and not _council_era(text, span, number, context)):
        return f"{number} ({session})"
    return None


def _council_era(text: str, span: tuple[int, int, int], number: str, context: str | None) -> bool:
    """A bare number the Council reached in its own numbering from ``UNNAMED_SC_FROM`` on, in a text that prints a year
    of that number's adoption or later but only speaks at the Assembly ("the UN Resolution No. 1701" in a statement to
    the Fourth Committee in 2025): the Council's, where the Council's reading of a bare number holds
    (``bare_is_sc``), unless the number is one of the Assembly's resolutions still cited by it
    (``resolutions_ga_subjects.csv``: "1514", "2131")."""
    council = sc_year(int(number))
    years = [int(y) for y in YEAR.findall(text) if y != number]
    return bool(council and council >= UNNAMED_SC_FROM and years and max(years) >= council and number not in ga_subjects()
                and bare_is_sc(text, span[0], number, context))


YEAR = re.compile(r"(?<![\d/-])(?:19[4-9]\d|20[0-4]\d)(?![\d/-])")


def assembly_by_subject(text: str, number: str, sent: Sentence | None) -> str | None:
    """"resolution 2758" in a text on Taiwan: an Assembly resolution cited by its bare number, whose
    subject the text names (``resolutions_ga_subjects.csv``), not the Council's of that number; or,
    where its sentence does not name the Security Council, in a text whose years all come before the
    Council reached that number ("la resolución 2625" in a speech of 2015: the Council's 2625 is of 2022)."""
    known = ga_subjects().get(number)
    if not known:
        return None
    if known[1].search(text):
        return f"{number} ({known[0]})"
    if sent is not None and any(b.value == "SC" for b in bodies_in(sent.text)):
        return None  # "The Security Council, in resolution 2758, renewed the mission"
    council = sc_year(int(number))
    years = [int(y) for y in YEAR.findall(text) if y != number]
    return f"{number} ({known[0]})" if council and years and max(years) < council else None


def bare_is_sc(text: str, at: int, number: str, context: str | None) -> bool:
    """Only the Security Council numbers resolutions without a slash or a session in Roman
    numerals: a bare number is its resolution where the Council is named, or where the number
    falls in the years the table knows and no other body is named beside it."""
    if security_council_near(text, at, context):
        return True
    beside = [m.value for m in bodies_in(text, max(0, at - 90), at + 60) if m.value in ISSUERS]
    looks_like_a_year = 1940 <= int(number) <= 2030
    year = sc_year(int(number))
    return not beside and not looks_like_a_year and year is not None and year >= UNNAMED_SC_FROM


OTHER_ORGAN_REACH = 60  # "the OSCE Forum for Security Co-operation decision": the organ's name right before the word


def other_organ_before(text: str, at: int) -> bool:
    """The organ of another organisation (the lexicon's ``other_organs``: the OSCE's Ministerial Council, the Council of
    Europe's Parliamentary Assembly, the African Union's Peace and Security Council) right before a resolution's word,
    on its line."""
    organs = lexicon.pattern("other_organs")
    start = max(text.rfind("\n", 0, at) + 1, at - OTHER_ORGAN_REACH)
    return bool(organs) and any(ORGAN_GAP.fullmatch(text, m.end(), at) for m in organs.finditer(text, start, at))


ORGAN_GAP = re.compile(r"\s+")  # (not "the OSCE's resolution 1325 work": the organ's work on a UN resolution)

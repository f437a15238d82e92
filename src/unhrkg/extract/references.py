"""Resolutions and documents a text refers to, the stance it takes, and who tabled what.

A resolution reference is "resolution 2003/10", "Commission resolution 2004/13", "General
Assembly resolution 60/251", "resolutions 2003/10 and 2004/13", "resolution A/HRC/42/4",
"Security Council resolution 497 (1981)" or a bare resolution symbol. Its body comes from
the words around it first (the nearest body named before it in the clause, or "of the X"
after it), then from the number's form (CHR numbers by year, HRC and GA by session) and
the document's own context: a bare "Council" is the Human Rights Council before a
session-numbered resolution and the Economic and Social Council before a year-numbered one.
"The resolution" refers back to the topic: the one named most in the text just before it.
Stances and sponsors are read by ``stances``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from unhrkg.extract.assembly import (assembly_number, assembly_printed, council_dated, sc_number, sc_short_year, sc_year_repaired, session_body_by_year,
                                     numbers_with_years, session_checked, years_printed)
from unhrkg.extract.gazetteer import bodies_in
from unhrkg.extract.issuers import (FORM_BODIES, after_month, assembly_by_subject, assembly_by_table, assembly_titled, bare_is_sc,
                                    council_year, other_organ_before, security_council_near, window_body)
from unhrkg.extract.scan import Starting, first_letters, starts_with
from unhrkg.extract.symbols import COUNCIL_YEAR, clean, council_resolution, find_symbols, resolution_of_symbol
from unhrkg.extract.text import Sentence, sentence_at, sentences
from unhrkg.extract import lexicon
from unhrkg.model.reference import sc_beyond, sc_year

_NUM = (r"(?:(?:ES|S)-?\d{1,2}\s?/\s?\d{1,3}(?![\d/])|(?:(?<=No\.\s)|^)\d{1,2}-\d{1,3}(?![\d/-])|\d{3,4}/(?:19[4-9]\d|20[0-4]\d)(?!\d)|(?:19[4-9]\d|20[0-4]\d)/\d{4}(?!\d)|\d{3,4}-(?:19[4-9]\d|20[0-4]\d)(?!\d)|\d{4}/\d{1,3}(?!\d)|0?\d{1,2}/\d{1,3}(?![\d/])(?-i:\s?[A-Z](?=[,;)]|\.(?:\s|$)|\s+(?:and|et|y|of|du|de|del|which|that|adopted|was|is|on|in|by|qui|que|adopt[ée]e|aprobada|adoptada|sur|sobre)\b|$))?|\d{1,4}\s?(?:[A-Z]\s)?\((?:(?:del?\s+)?\d{4}|(?:ES-)?[IVXLC]+)\)"
        r"|(?:A|E|S)/[\w./-]+\d(?-i:[A-Z](?![\w/]))?|(?:A/)?HRC/(?:RES|DEC)/(?:S-)?\d{1,2}/\d{1,3}(?![\d/])|(?:A|E|S)\s/\s(?:RES|Res)\s/\s\d{1,2}\s?/\s?\d{1,3}(?![\d/])|\d{3,4}(?![\d/]|\.\d|\s?\((?:\d{4}|[IVXLC]+)\)|\s*(?:st|nd|rd|th|e|ème)\b)|\d[.\u00a0\u202f ]\d{3}(?![\d/]|\.\d)"  # a bare SC number (or "1.514", "1 721": its thousands marked)
        r"|(?:(?<=Security\sCouncil\sresolution\s)|(?<=UNSC\sresolution\s))\d{1,2}(?![\d/.]|\s?\(|\s*(?:st|nd|rd|th)\b))")  # "Security Council Resolution 47"
_OF_DATE = (r"(?:,?\s+(?:of|du|de|del)\s+(?:fecha\s+)?(?:(?:\d{1,2}(?:er)?\s+(?:de\s+)?)?[A-Za-zéû]{3,10}\s+(?:de\s+)?|[A-Za-z]{3,9}\s+\d{1,2},\s+)?\d{4}(?![\d/])"
            r"|\s+(?:of|du|del)\s+\d{1,2}\s+(?:de\s+)?(?-i:[A-Z][a-zéû]{2,9}|[a-zéû]{3,10})(?=\s*[“\"«,;.]|\s+(?:and|et|y)\s)"  # "ES-11/4 of 12 October “...”"
            # "1373 in 2001, 2178 in 2014": the year it was adopted in
            r"|\s?\((?:19[4-9]\d|20[0-4]\d)\)|\s+in\s+(?:19[4-9]\d|20[0-4]\d)(?![\d/]))?")  # (a year in brackets after a session's number: "46/182 (1991) and 58/114")  # "2003/10 of 16 April 2003", "30/1 of October 2015", "1514 de 1960", "39/1, de 27 de septiembre de 2018"
# (OCR of a printed Spanish page reads the accented ó as é or 6: "la resolucién 62/90", "resoluci6n"; a French text whose
# conversion dropped its accented letters prints "rsolutions", "dcision")
_KIND = (r"resolutions?|decisions?|r[ée]?solutions?|d[ée]?cisions?|resoluci[óoé6]?n(?:es)?|decisi[óoé6]?n(?:es)?|"
         r"res\.|res(?=\s+\d{1,2}/\d)|resolution\s+No\.|UNSCRs?|SCRs?(?=(?:[ \t]+|[ \t]*\n[ \t]*)\d{3,4}\b)|UNSC(?=(?:[ \t]+|[ \t]*\n[ \t]*)\d{3,4}\b(?!\s+(?:\([^()\n]{1,30}\)\s+)?(?:[A-Z][\w-]*\s+){0,2}Committee))")  # "UNSCR 1325", "SCR 687", "the UNSC 2712" (not "the UNSC 1373 Counter-Terrorism Committee", nor a number under a blank line)
# the words that single out the resolutions meant among those of a body ("in particular 242 and 338", "such as 1397
# (2002)", "como ser la Nº 1397 (2002)", "telles que la 2334 (2016)")
_SINGLING = (r"especially|particularly|in\s+particular|notably|namely|such\s+as|including|especialmente|en\s+particular|a\s+saber|"
             r"tales\s+como|notamment|en\s+particulier|[àa]\s+savoir|tel(?:le)?s?\s+que|"
             r"(?:como(?:\s+ser)?|comme)(?=\s+(?:la|el|las|los|le|les|n[°º]|n[úu]mero)\s*)")  # (bare "como 1.200 observadores" is a count)
_OF_BODY = r"(?:(?:adopted\s+by\s+the|adopt[ée]es?\s+par\s+(?:le|la)|aprobadas?\s+por\s+(?:el|la)|por\s+parte\s+(?:del|de\s+la))\s+[A-ZÉ][\w'’ -]{3,80}?\s*(?=\((?:[\d\s,&]|and\s|y\s|et\s)+\))|(?:(?:of\s+the|del|de\s+la|du|des|de(?=\s+[A-Z]))\s+|de\s+l['’]\s*)[A-ZÉ](?:(?!\s(?:que|qui|which|that|en|in|since|desde|depuis|contra|against)\s|\s(?:del?|of|du)\s+\d)(?:[\w'’ -]|\n(?!\n))){3,80}?(?:\s*\((?-i:[A-Z]{2,6})\))?(?:\s+|(?=,\s*(?:" + _SINGLING + r")\b)))?"  # "resoluciones del Consejo ... 5/1"
# (a clause, a date or a year after the body is not its name: "resoluciones del Consejo de Seguridad que se habían impuesto
# de 2006 a 2010", "une décision de l'Assemblée générale en 1949")
# "the resolutions of the Security Council, in particular 242 and 338", "especialmente la número 2334"
_SINGLED = (rf"(?:,?\s*(?:{_SINGLING})"
            r"\s+(?:the\s+|la\s+|le\s+|el\s+|las\s+|los\s+|les\s+)?(?:n[úu]mero\s+)?)?")
_TITLE = r",\s*(?:on|sobre|sur|relative\s+[àa]|relativa\s+a|concernant|concerning|relativo\s+a)\s+[^,;.]{3,160},"  # "5/1, sobre la ..., y 5/2"
_TITLE_NEXT = r",?\s*(?:on|sobre|sur|relative\s+[àa]|relativa\s+a)\s+(?:(?!\d{1,2}/\d|r[ée]solu|decisi|d[ée]cision)[^;.]){3,160}?(?=(?:,\s*|\s+(?=and|et|y))(?:and\s+|et\s+|y\s+)?\d{1,2}/\d{1,3}(?![\d/])(?:\s+(?:of|du|de|del)\s+\d|,?\s+(?:on|sur|sobre)\s|\s*[.;]))"  # "56/6 du ... sur X,57/6 du"
_QUOTED_TITLE = r"\s*[“\"«][^”\"»\n]{3,150}[”\"»]\s*(?=,|\s(?:and|et|y)\s)"  # '68/262 of 27 March 2014 “Territorial integrity of Ukraine”, ES-11/1'
_ITEM_TITLE = rf"(?:{_TITLE}|{_TITLE_NEXT}|{_QUOTED_TITLE})?"
_NOTE = r"(?:\[\d{1,2}\])?"  # a web page's footnote mark after a number: "resolutions 5/1[1] and 5/2[2]"
_DRAFT = r"draft\s+|projets?\s+de\s+|proyectos?\s+de\s+"
# "la résolution historique de l'Assemblée générale (73/328)", "la resolución ulterior (75/309)": a word
# after the noun, where the number follows in brackets
# "la résolution importante 1559", "la resolución histórica 2334", "la résolution anti-israélienne 2334": in French
# and Spanish, an adjective after the noun, the number right after it
_ROMANCE_ADJ = (r"(?<=résolution\s|resoluci[óo]n\s)(?!(?:pour|contre|dont|avec|dans|sans|sous|vers|selon|depuis|sobre|para|"
                r"contra|desde|entre|hasta|según|durante|tras|mediante)\s)(?-i:(?:[a-zà-ÿ]{2,}-)?[a-zà-ÿ]{4,})\s+(?=\d)")
_POST_ADJ = rf"(?:(?-i:[a-zà-ÿ]{{4,}})\s+(?={_OF_BODY}\(\s*\d)|{_ROMANCE_ADJ})?"
# a date and a quoted title between the noun and its bracketed number: 'Resolution of 27 March 2014 "Territorial
# Integrity of Ukraine" (68/262)'
_QUOTED = r"(?:(?:(?:of|du|de|del)\s+\d{1,2}\s+(?:de\s+)?[A-Za-zéû]{3,9}\s+(?:de\s+)?\d{4}\s+)?[“\"«][^”\"»\n]{3,120}[”\"»]\s*(?=\(\s*\d))?"
# the date a body adopted it, between the body's name and the number: "la Resolución del Consejo de Seguridad del 25 de marzo
# de 2024, la 2728", "la résolution de l'Assemblée générale du 10 décembre 1948, 217 A (III)"
_DATED_THEN = r"(?:(?:del?|of|du)\s+\d{1,2}\s+(?:de\s+)?[A-Za-zéû]{3,9}\s+(?:de\s+)?\d{4}\s*,\s*(?:(?:la|le|el)\s+)?)?"
# a semicolon between a list's Council resolutions with their years ("No. 242 (1967); 252 (1968)"), before such an item only
_SEMI = r";\s*(?:and\s+|et\s+|y\s+)?(?=\d{3,4}(?:\s*,\s*(?:and\s+)?\d{3,4})*(?:,?\s*(?:and|et|y)\s+\d{3,4})?\s*\(\d{4}\))"
# before a list's later item, its article or number sign as before the first: "Nº 1397 (2002), Nº 1515 (2003)", "la 1397 y la 2334",
# "Resolutions #1559 and #1680"
_ITEM_MARK = r"(?:(?:la|el|le)\s+(?=n[°º]|\d))?(?:Nos?\.\s*|n[°º]s?\.?\s*|№\s*|#\s*(?=\d{1,4}\b))?"  # (not "#2030Agenda")
# a body's acronym between the noun and the number: "la resolución HRC 32/24", "la résolution CDH 32/24"
_ACRONYM = r"(?:(?-i:HRC|CDH|CCPR|UNGA|AGNU|UNSC|CSNU)\s+(?=\d))?"
# a text layer that lost the space before the word ("Recallsresolution 2046 (2012)"): only "resolution" and a number
RUN_ON = r"(?<=[a-z])(?-i:(?=resolutions?\s+\d))"
# the guard first: every reference starts with one of the letters the draft and kind words start with
# (d, p, r, u), and most positions of a text need go no further
REF = Starting(re.compile(rf"{starts_with(first_letters(_DRAFT + '|' + _KIND))}(?:(?<![\w-])|{RUN_ON})(?P<draft>{_DRAFT})?(?P<kind>{_KIND})"
                 rf"[\"”’»)\]]?\s*"  # 'the "resolution" 2321', "the Security Council (resolution) 1267"
                 rf"{_POST_ADJ}"
                 rf"{_OF_BODY}{_DATED_THEN}{_QUOTED}{_SINGLED}{_ACRONYM}(?:\(\s*)?(?:Nos?[.:]\s*|numbers?\s+|numbered\s+|num[ée]rot[ée]e?s?\s+|numerad[ao]s?\s+|num[ée]ros?\s+|n[úu]meros?\s+|n\.\s?[°º]\s*|nros?\.?\s*|n[°ºo]?s?\.?\s*|#\s*|№\s*)?(?:\(\s*)?"  # "Nos. 1718 and 1874", "Number ES-10/23"
                 rf"(?P<nums>{_NUM}{_OF_DATE}{_NOTE}(?:{_ITEM_TITLE}\s*(?:,\s*and|,|and|&|et|y|,\s*et|,\s*y|,?\s*as\s+well\s+as|{_SEMI})\s*{_ITEM_MARK}{_NUM}{_OF_DATE}{_NOTE})*)",
                 re.I), ("draft", "projet", "proyecto", "resol", "res.", "res ", "résol", "rsol", "decis", "décis", "dcis", "unsc", "scr"))  # how _DRAFT and _KIND start
# the date after a number and the title between two numbers are not numbers
NUM_WITH_DATE = re.compile(rf"(?P<num>{_NUM}){_OF_DATE}|{_TITLE}|{_TITLE_NEXT}", re.I)
@dataclass(frozen=True)
class RefMention:
    start: int
    end: int
    body: str
    number: str
    explicit: bool

    @property
    def ref(self) -> dict[str, str]:
        return {"body": self.body, "number": self.number}


FORMS = tuple((re.compile(pattern), form) for pattern, form in (  # the first that the whole number matches; else "roman"
    (r"\d{3,4}/(?:19|20)\d\d", "sc-slash"),  # a resolution number never runs to four digits after the slash
    (r"(?:19|20)\d\d/\d{4}", "sc-year-first"),  # "resolutions 2013/2107": the year first
    (r"\d{4}/\d+", "year"), (r"ES-\d+/\d+", "emergency"), (r"S-\d+/\d+", "special"),
    (r"\d+/\d+(?: [A-Z])?", "session"),  # "55/33 S": one of several lettered texts
    (r"\d+ (?:[A-Z] )?\(\d{4}\)", "sc"), (r"\d{3,4}", "bare")))


def _form(number: str) -> str:
    return next((form for pattern, form in FORMS if pattern.fullmatch(number)), "roman")


HRC_MOST_PER_SESSION = 99  # the Council adopts a few dozen texts a session; the Assembly some three hundred


def beyond_council(number: str, decision: bool = False) -> bool:
    """A session-numbered resolution the Human Rights Council cannot have adopted ("60/251"; its
    decisions are numbered from 101, its resolutions never reach that far; nor its decisions 500)."""
    m = re.fullmatch(r"(?:S-)?\d{1,2}/(\d+)", number)
    return bool(m) and int(m.group(1)) > (HRC_MOST_DECISIONS if decision else HRC_MOST_PER_SESSION)


HRC_MOST_DECISIONS = 199  # the Council's decisions run 101, 102, ...; the Assembly's 5xx
# after a resolution's number: a date, then the issuer ("Resolución Nº 225 de fecha 12 de mayo de 2011 del entonces
# MINISTERIO ...", "Résolution 2019/2691 du Parlement européen", "Resolución Nro. 268 Ministerio de ...")
NATIONAL_AFTER = re.compile(r"[ \t]*(?:,?[ \t]*(?:of|de|du|del)[ \t]+(?:fecha[ \t]+|date[ \t]+)?(?:\d{1,2}(?:er)?[ \t]+(?:de[ \t]+)?)?"
                            r"[A-Za-zéû]{3,9}[ \t]+(?:de[ \t]+)?\d{4}[ \t,]*)?(?P<of>(?:of[ \t]+the|del|de[ \t]+la|de[ \t]+l['’]|du|des|de)[ \t]+)?"
                            r"(?:(?:entonces|then|alors)[ \t]+)?", re.I)  # (on the reference's line: not a heading below it)
ABBREVIATED = re.compile(r"res\b", re.I)  # "Res." ("H. Resolution 2417" is a section's letter before a resolution)
CONGRESS_PREFIX = re.compile(r"(?<![A-Z.])[HS]\.[ \t]?(?:(?:J|Con)\.[ \t]?)?$")  # a house of Congress before "Res." (and a joint or concurrent one)
ISSUER_NAMED = re.compile(r"[\w ]*?\s+(?:of|de|del|du|des)\b", re.I)  # "Ministerio de Relaciones Exteriores": the organ's own name


def _national_after(text: str, end: int) -> bool:
    """A State's or the European Union's own organ (the lexicon's ``national_issuers``) named as the issuer right
    after a resolution's number: after "of", "del", "du" ("Resolución Nº 225 de fecha 12 de mayo de 2011 del
    entonces Ministerio de ...", "Résolution 2019/2691 du Parlement européen"), or by its full name
    ("Resolución Nro. 268 Ministerio de Relaciones Exteriores"; not "resolution 1325 Parliament adopted")."""
    m = NATIONAL_AFTER.match(text, end)  # (or another organisation's organ: "la décision 7/11 du Conseil ministériel")
    issuers_ = [p for p in (lexicon.pattern("national_issuers"), lexicon.pattern("other_organs")) if p]
    issuer = next((i for p in issuers_ if m and (i := p.match(text, m.end()))), None)
    return bool(issuer) and (bool(m.group("of")) or bool(ISSUER_NAMED.match(text, issuer.end())))


def default_body(form: str, number: str, context: str | None) -> str:
    if form == "year":
        return "CHR" if int(number[:4]) <= 2006 else "ECOSOC"
    if form in ("session", "special"):
        if context in ("HRC", "GA"):
            return context
        if context in ("CHR", "SUBCOM"):
            return "GA"
        session, item = number.split("/")[0].replace("S-", ""), re.match(r"\d+", number.split("/")[1])
        return "GA" if int(session) > 62 or item and int(item.group(0)) > HRC_MOST else "HRC"
    return FORM_BODIES[form][0]


HRC_MOST = 70  # more resolutions than the Council has adopted at any session: "les résolutions 34/91 et 35/123" are the Assembly's


NORMAL_STEPS: tuple[tuple[re.Pattern[str], Any], ...] = tuple((re.compile(pattern), repl) for pattern, repl in (
    (r"^0(\d{1,2}/)", r"\1"),  # "064/292" as printed in some texts
    (r"^(\d{1,4}/)0+(\d)", r"\1\2"),  # "resolution 30/01", "2003/01": no number of the series has a leading zero
    (r"^(\d)[. ](\d{3})$", r"\1\2"),  # "la resolución 1.514 de 1960", "la résolution 1 721": the thousands marked as Spanish and French print them
    (r"^(\d{1,2})-(\d{1,3})$", r"\1/\2"),  # "Resolution No. 46-182"
    (r"^(\d{1,2}/\d{1,3})([A-Z])$", r"\1 \2"),  # "resolution 49/12B": the part's letter set apart
    (r"^(ES|S)-?(\d{1,2})\s?/\s?(\d+)$", r"\1-\2/\3"),  # "ES10 / 19" as printed in some texts
    (r"^(\d+)\s?([a-z]?)\s?\(([ivxlc]+)\)$",  # "377a (v)": the part's letter and the session in capitals
     lambda m: f"{m.group(1)}{m.group(2).upper()} ({m.group(3).upper()})"),
    (r"\(del? (\d{4})\)$", r"(\1)"),  # "2565 (del 2021)": the year as Spanish prints it
    (r"^(\d+)\s?(?:([A-Z])\s)?\(", lambda m: f"{m.group(1)} {m.group(2) + ' ' if m.group(2) else ''}(")))


def _normal_number(raw: str) -> str:
    raw = " ".join(raw.split())  # (what re.sub(r"\s+", " ", raw.strip()) gives: see text.flat)
    for pattern, repl in NORMAL_STEPS:
        raw = pattern.sub(repl, raw)
    return raw


HYPHENED_NUMBER = re.compile(r"\d{1,2}-\d{1,3}")
UN_BEFORE = re.compile(r"\b(?:General\s+Assembly|Assembl[ée]e\s+g[ée]n[ée]rale|Asamblea\s+General|UN|U\.N\.|ONU|United\s+Nations|"
                       r"Nations\s+Unies|Naciones\s+Unidas|UNGA)\b[^.;]*$", re.I)
# (the look-behind after the letters it checks before: the literal first, which the engine skips to)
COUNCIL_SYMBOL = re.compile(r"HRC/RES/(?<![\w/]HRC/RES/)((?:S-)?\d{1,2}/\d{1,3})(?![\d/])")
# "..., and its own resolutions 5/1 and 5/2", "ses propres résolutions": the subject's, not the body of a resolution named before
ITS_BEFORE = re.compile(r"\b(?:its|ses|sa|sus|su)\s+$", re.I)  # "Recalling its resolution": the body whose text it is
OWN_POSSESSIVE = re.compile(r"\b(?:its|ses|sa|sus|su)\s+(?:own|propres?|propias?)\s+$", re.I)
ISO_DATE_REST = re.compile(r"-\d{1,2}-\d{1,2}\b")  # the month and day after a year: "2022-11-12"
LIST_YEAR = re.compile(r"[\d\s,]*(?:,?\s*(?:and|et|y)\s+)?\d{3,4}\s*\((\d{4})\)")  # the later items of a list up to the first year
SERIES_SUFFIX = re.compile(r"-(?-i:[A-Z]{2,5})\b|/(?-i:CFSP|EU|EC|JHA|PESC)\b")  # a series code after the number: "55/44-POL",
# "3/46-ORG", the European Union's "2010/413/CFSP"


# the Council named this near a draft numbered as its resolutions are ("their submitted draft resolution 2334 ... to the
# Security Council"; not a parliament's "draft resolution No. 2247")
COUNCIL_NEAR = 200


def _adopted_number(nums: str) -> bool:
    """A draft named by the number its resolution was given: a Council number alone (drafts have symbols)."""
    return nums.isdigit() and len(nums) >= 3 and sc_year(int(nums)) is not None and not sc_beyond(int(nums))


SESSION_NUMBER = re.compile(r"\d{1,2}/\d{1,3}")  # "the draft resolution 76/262": numbered as the Assembly's and the Council's are


def find_resolutions(text: str, context: str | None, own: tuple[str, str] | None = None) -> list[RefMention]:
    """Every explicit resolution/decision reference, with its body, in text order."""
    dated_numbers = numbers_with_years(text)
    printed = years_printed(dated_numbers)
    sents = sentences(text)
    out: list[RefMention] = _council_chains(text)
    taken: list[tuple[int, int]] = [(r.start, r.end) for r in out]
    for m in REF.finditer(text):
        if any(a <= m.start("nums") < b for a, b in taken):
            continue  # a chain of the Council's numbers read whole
        if CONGRESS_PREFIX.search(text, max(0, m.start() - 10), m.start()) and ABBREVIATED.match(text, m.start()):
            continue  # "H. RES. 662", "S.J.Res.246": a resolution of the United States Congress, numbered by its house
        if other_organ_before(text, m.start()) and not m.group("kind").upper().startswith(("UNSC", "SCR")):
            continue  # "MC decision 7/11", "PACE Resolution 2133 (2016)": another organisation's text, numbered as the UN's are
            # (not "the OSCE UNSCR 1325 action plan": the Council's, which the organ implements)
        if m.group("draft") and not SESSION_NUMBER.fullmatch(m.group("nums")) and not (_adopted_number(m.group("nums")) and any(
                b.value == "SC" for b in bodies_in(text, max(0, m.start() - COUNCIL_NEAR), m.end() + COUNCIL_NEAR))):
            taken.append((m.start(), m.end()))
            continue  # ("draft resolution 2334", "le projet de résolution N° 2334": the resolution that number is, read on)
        sent = sentence_at(sents, m.start())
        window_start = max(sent.start if sent else 0, out[-1].end if out else 0)
        if out and out[-1].end > (sent.start if sent else 0) and OWN_POSSESSIVE.search(text, max(0, m.start() - 20), m.start()):
            window_start = m.start()  # ("resolution 60/251 of the General Assembly, and its own resolutions": not the Assembly's)
        if m.group("nums").isdigit() and len(m.group("nums")) <= 2:  # "Security Council Resolution 47" (only there: _NUM)
            out.append(RefMention(m.start("nums"), m.end("nums"), "SC", sc_number(m.group("nums"), printed), True))
            taken.append((m.start(), m.end()))
            continue
        for n in NUM_WITH_DATE.finditer(m.group("nums")):
            raw = n.group("num")
            if not raw:
                continue
            start, end = m.start("nums") + n.start("num"), m.start("nums") + n.end("num")
            raw = ("A/" + raw) if raw.upper().startswith("HRC/") else raw  # "HRC/RES/26/24", the series' "A/" left out
            if "/" in raw and raw[0] in "AES" and raw[1] in "/ ":
                symbol = clean(raw)  # ("A/Res/68/262": the series as it writes itself)
                bare = re.fullmatch(r"A/HRC/((?:S-)?\d+/\d+)", symbol)  # "resolution A/HRC/42/4"
                plain = re.fullmatch(r"A/(\d{1,2}/\d{1,3})([A-Z])?", symbol)  # "resolution A/74/275", the RES left out
                body_number = ("HRC", bare.group(1)) if bare else \
                    ("GA", plain.group(1) + (f" {plain.group(2)}" if plain.group(2) else "")) if plain else \
                    resolution_of_symbol(symbol) or council_resolution(symbol)
                year = COUNCIL_YEAR.match(text, end) if body_number and body_number[0] == "SC" else None
                end = year.end() if year else end  # (the span takes the printed year: a list reads on after it)
                if body_number:
                    out.append(RefMention(start, end, *body_number, True))
                continue
            if ISO_DATE_REST.match(text, end):
                continue  # "... climate resolution\n2022-11-12": a date on the next line, not a number
            if SERIES_SUFFIX.match(text, end):
                continue  # "Resolution No. 55/44-POL", "2/46-LEG", "2010/413/CFSP": another organisation's series, not the UN's
            if HYPHENED_NUMBER.fullmatch(raw) and not UN_BEFORE.search(text, max(0, m.start() - 60), m.start()):
                continue  # "Resolution No. 12-3 of the Congress": a hyphened number is the Assembly's only where it is named
            hyphened = re.fullmatch(r"(\d{3,4})-(\d{4})", raw)  # "resolution 1973-2011": the Council's number and its year
            shown = n.group(0)
            if hyphened:  # (else the first is read alone: "resolutions 1970-1973", "the 1267-1989 Committee")
                dated_sc = sc_year(int(hyphened.group(1))) == int(hyphened.group(2))
                raw = f"{hyphened.group(1)} ({hyphened.group(2)})" if dated_sc else hyphened.group(1)
                shown = raw
            number = _normal_number(raw)
            short = sc_short_year(number) or sc_short_year(raw.strip())  # "resolución 1244/99": the Council's 1244 of (19)99;
            # "Resolucion Nº 1844/08" (the year's zero kept: the number's normal form drops it)
            number, form = (short, "sc") if short else (number, _form(number))
            if form == "sc-slash":  # "2202/2015": a Security Council number and its year, as some texts print them
                first, second = map(int, number.split("/"))  # (only where the year is that number's own:
                if sc_year(first) != second:  # "Resolución 2286/2016"
                    if not 1946 <= first <= 2100:
                        continue  # a State's own "Resolución 343/2009" beside the Council's measures it gives effect to (the
                        # Council's 343 is of 1973)
                    form = "year"
                else:
                    number, form = "{} ({})".format(*number.split("/")), "sc"
            if form == "sc-year-first":  # "2013/2107": the Council's number after its year, where the Council is named
                year, sc = number.split("/")
                if not security_council_near(text, m.start(), context) or sc_year(int(sc)) != int(year):
                    continue
                number, form = "{1} ({0})".format(*number.split("/")), "sc"
            if _national_after(text, end):
                continue  # "Resolución Nº 225 de fecha 12 de mayo de 2011 del entonces Ministerio de ...": a State's own
            if form == "sc":
                number = sc_year_repaired(number)  # "2023 (0211)": a year no resolution carries
            if form == "sc":  # "Resolución 181 (1947)": a year the Council's 181 was not adopted in
                dated = assembly_printed(number)
                if dated:
                    number, form = dated, "roman"
            earlier = next((r for r in out if r.number.split(" (")[0] == number), None) if form == "bare" else None
            if earlier:  # "Resolution 1973" again after "Security Council Resolution 1973": the one read before
                out.append(RefMention(start, end, earlier.body, earlier.number, True))
                continue
            if form == "bare":  # "465, 476, and 478 (1980)": the year the list prints after its last item is theirs too
                shared = LIST_YEAR.match(m.group("nums"), n.end())
                if shared and number.isdigit() and sc_year(int(number)) == int(shared.group(1)):
                    number, form = f"{number} ({shared.group(1)})", "sc"
            if form == "bare" and after_month(text, start):
                continue  # "la résolution de l'Assemblée générale de décembre 2020": a year, whichever body is named
            dated = assembly_number(number, shown) if form == "bare" else None
            if form == "bare" and not dated:  # "resolution 2758 of the General Assembly": its session from the table
                dated = assembly_by_table(text, (m.start(), end, window_start), number, context) or \
                    assembly_by_subject(text, number, sent)
            if dated:  # "resolution 377 of 3 November 1950": not the Council's 377 (1975), the Assembly's
                number, form = dated, "roman"
            elif form == "bare":
                if m.group("kind")[0].lower() == "d" or assembly_titled(text, m.start(), end) or \
                        (number.isdigit() and sc_beyond(int(number))) or not (bare_is_sc(text, m.start(), number, context) or council_year(number, shown)):
                    continue
                number, form = sc_number(number, printed), "sc"
            body = window_body(text, m.start(), end, window_start, form)
            dated_body = session_body_by_year(number, shown) if form == "session" else None  # ("60/251 ..., 5/1 of 18 June 2007")
            if body not in FORM_BODIES[form] and own and own[0] in FORM_BODIES[form] and ITS_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                body = own[0]  # "The Economic and Social Council, Recalling its resolution 728 F (XXVIII)": the adopting body's
            if dated_body or body not in FORM_BODIES[form]:
                body = dated_body or default_body(form, number, context)
            if body == "HRC" and (beyond_council(number) if m.group("kind")[0].lower() == "r" else beyond_council(number, decision=True)):
                body = "GA"  # "resolution 60/251", "decisión 62/557": no Council session adopts that many
            if body == "GA" and form == "roman" and window_body(text, m.start(), end, window_start, "old") == "GA":
                number = session_checked(number)
            out.append(RefMention(start, end, body, number, True))
        taken.append((m.start(), m.end()))
    for s in find_symbols(text):
        body_number = resolution_of_symbol(s.symbol)
        if body_number and not any(a <= s.start < b for a, b in taken):
            out.append(RefMention(s.start, s.end, *body_number, True))
    for h in COUNCIL_SYMBOL.finditer(text):  # "pursuant to HRC/RES/26/24": the Council's symbol without its "A/"
        if not any(a <= h.start() < b for a, b in taken):
            out.append(RefMention(h.start(), h.end(), "HRC", h.group(1), True))
    spans = taken + [(r.start, r.end) for r in out]
    if security_council_near(text, 0, context):  # "Explanation of vote on 1267 (1999) and 2253 (2015)"
        out += [RefMention(a, b, "SC", n, True) for a, b, n in council_dated(text, dated_numbers) if not any(x <= a < y for x, y in spans)]
    out += _bracketed_after_titles(text, sents, spans, context)
    out = [r for r in out if own is None or (r.body, r.number) != own]
    return sorted(out, key=lambda r: r.start)


# "the Sanctions Committee established under Resolutions 1267/1989/2253", "resolutions 1267/1373/1540": the Council's
# numbers joined by slashes, three or more (two may be a number and its year: "Resolución 2286/2016")
COUNCIL_CHAIN = re.compile(r"\b(?:resolutions?|r[ée]solutions?|resoluci[óo]n(?:es)?)\s+(?P<chain>\d{3,4}(?:/\d{3,4}){2,})(?![\d/])", re.I)


OTHER_BODY_BEFORE = re.compile(r"\b(?:Assembly|Assembl[ée]e|Asamblea|Human\s+Rights\s+Council|Commission|Comisi[óo]n|droits\s+de\s+l['’]homme|"
                               r"Derechos\s+Humanos|GA|UNGA|HRC|CHR|AG|CDH)\W*$", re.I)


def _council_chains(text: str) -> list[RefMention]:
    """Each number of a chain the Council's resolutions are named by, where every one is a Council number with a year."""
    out = []
    for m in COUNCIL_CHAIN.finditer(text) if "/" in text else ():
        if OTHER_BODY_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "General Assembly resolutions 1514/1541/2065": the Assembly's
        numbers = m.group("chain").split("/")
        if 1946 <= int(numbers[0]) <= 2100 and len(numbers[1]) <= 3:
            continue  # a year and its text's number first ("2005/113"): another body's series
        years = [sc_year(int(n)) for n in numbers]
        if None not in years and not any(sc_beyond(int(n)) for n in numbers):
            at = m.start("chain")
            for n, year in zip(numbers, years):
                out.append(RefMention(at, at + len(n), "SC", f"{n} ({year})", True))
                at += len(n) + 1
    return out


BRACKETED_NUMBER = re.compile(r"\(\s*((?:S-)?\d{1,2}/\d{1,3})\s*\)")
PLURAL_KIND = re.compile(r"\b(?:resolutions|r[ée]solutions|resoluciones)\b", re.I)
TITLES_REACH = 300  # from "resolutions" to the last number a list of titled resolutions brackets


def _bracketed_after_titles(text: str, sents: list[Sentence], spans: list[tuple[int, int]],
                            context: str | None) -> list[RefMention]:
    """Session numbers in brackets after the titles a sentence lists after "resolutions": 'co-sponsored the GA
    resolutions "Assistance in mine action" (70/80) and "Countering improvised explosive devices" (71/72)', 'the GA
    resolutions regarding the Ottawa Convention (71/34) and on the Convention on Certain Conventional Weapons (71/84)'."""
    out = []
    for m in BRACKETED_NUMBER.finditer(text):
        start, end = m.start(1), m.end(1)
        sent = sentence_at(sents, start)
        lo = max(sent.start if sent else 0, start - TITLES_REACH)
        if any(a <= start < b for a, b in spans) or not PLURAL_KIND.search(text, lo, start):
            continue
        number = _normal_number(m.group(1))
        form = _form(number)
        body = window_body(text, start, end, lo, form)
        out.append(RefMention(start, end, body if body in FORM_BODIES[form] else default_body(form, number, context), number, True))
    return out


def issuers_named(text: str, refs: list[RefMention]) -> list[str]:
    """Bodies a reference names by a short word: "Sub-Commission resolution 2003/29" names SUBCOM."""
    out = []
    for r in refs:
        before = text[max(0, r.start - 60):r.start]
        if re.search(r"\b(?:Sub-Commission|Commission|Council|Assembly)(?:'s)?\s+(?:resolutions?|decisions?)\s+"
                     r"(?:No\.\s*)?(?:[\w/() -]*(?:,|and)\s+)*$", before):
            out.append(r.body)
    return out

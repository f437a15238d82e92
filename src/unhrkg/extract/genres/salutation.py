"""A letter with no title, known by its salutation: "Señor Presidente:", "Excellency,", "Dear Mr. President," under
a date on a line of its own, or under a few short lines in a text that closes as a letter does; and what tells a
speech, which opens with "Mr. President," too, from such a letter (it turns to the chair again, it is dated as
delivered and neither closes nor signs as a letter); and the addressee's block a letter may print above its date ("H.E.
Mr. Ban Ki-moon / Secretary General / United Nations / Room S3800 / New York, N.Y. 10017 / 5 November 2009")."""
from __future__ import annotations

import re
from functools import lru_cache

from unhrkg.extract import lexicon
from unhrkg.extract.dates import alone_on_line, find_dates
from unhrkg.extract.scan import Lines, Starting
from unhrkg.extract.signatures import SIGNED, closing_block
from unhrkg.extract.bylines import HONORIFIC_LINE
from unhrkg.extract.parties import Party, party_at
from unhrkg.model.reference import load_reference

SEARCH = 4000  # a title or a salutation stands near the top


# the person a letter's "Dear ..." is written to, by courtesy title or office ("Dear colleagues," opens a speech)
ADDRESSED_TITLE = (r"(?:Mr\.?|Mrs\.?|Ms\.?|Madam|Sir|Secretary|President|Ambassador|Excellency|High\s+Commissioner|Minister|"
                   r"Chair\w*|[Ss]e[ñn]or(?:a)?|Sra?\.?|Secretari[oa]|President[ea]|Embajador(?:a)?|Ministr[oa]|Alt[oa]|"
                   r"Monsieur|Madame|Pr[ée]sident(?:e)?|Secr[ée]taire|Ambassadeur|Ministre|Haut)\b")
SALUTATION = Lines(re.compile(  # (looked for where a line starts: ``scan.Lines``)
    rf"^[ \t]*[“\"«¡]?(?:(?:Dear|Estimad[oa]|Distinguid[oa]|Querid[oa]|Cher|Chère)\s+{ADDRESSED_TITLE}[^\n]{{0,60}}?|(?:Mr\.?|Mrs\.?|Ms\.?|Madam|"
    r"Madame|Sir|Excellency|Your\s+Excellency|Se[ñn]or(?:a)?|Monsieur|Excelent[ií]sim[oa]|Excelencia)\b[^\n]{0,50}?)[:,!][ \t]*$", re.M))
# salutations only a letter opens with ("Dear Mr. President,", "¡Estimado señor Presidente!", "Excellency,"): a
# letter the source cut before its closing is still a letter (a speech opens with "Mr. President," or "Excellencies,")
LETTER_ONLY_SALUTATION = re.compile(rf"[ \t]*[“\"«¡]?(?:(?:Dear|Estimad[oa]|Distinguid[oa]|Querid[oa]|Cher|Chère)\s+{ADDRESSED_TITLE}|"
                                    r"(?:Your\s+)?Excellency\s*,[ \t]*$|Excelencia\s*:[ \t]*$|Excellence\s*,[ \t]*$|"
                                    # the first word to the Secretary-General: a speech greets its chair first
                                    r"(?:Mr\.?|Madam|Monsieur|Madame|Se[ñn]or(?:a)?)\s+(?:le\s+|la\s+|el\s+)?(?i:Secretary|Secr[ée]taire|"
                                    r"Secretari[oa])[\s-]+(?i:G[ée]n[ée]ral)\w*\s*[,:!][ \t]*$(?!\s*(?i:Excellenc|Excelenc|Ladies|Distinguished|"
                                    r"Mesdames|Messieurs|Señoras|Señores|Honou?rable|Dear\s+colleagues|Chers|Estimad[oa]s)))", re.M)
# the bare word to the chair a speech opens with, set off by a comma ("Mr. President,", "Madam President,", "Señor
# Presidente,"; a Spanish letter's "Señor Presidente:" takes a colon)
CHAIR_WORD = re.compile(r"[ \t]*(?:Mr\.?|Madam|Madame|Se[ñn]or(?:a)?|Monsieur)\s+(?:le\s+|la\s+)?(?:President|Presidente|Presidenta|Pr[ée]sident(?:e)?|"
                        r"Chair|Chairman|Chairperson|Chairwoman)[ \t]*,[ \t]*")
DATE_LINE = re.compile(r"^[ \t]*(?:[A-Z][\w .'-]{2,30},[ \t]+)?(?P<date>[^\n]{6,30}?)[ \t.]*$", re.M)
LETTER_HEAD = 700  # a letter's dateline and address stand within this much above its salutation
# a letter flattened onto one line: its date, then the salutation a speech does not use
# ("20 July 2009 Excellency, Following my letter ...")
# (each alternative starts with its letter, and is tried only where the lower-cased text prints "your" or "excel")
RUN_ON_SALUTATION = Starting(re.compile(r"Your\s+Excellency\s*,|Excellency\s*,|Excelencia\s*:|Excellence\s*,"), ("your", "excel"))
RUN_ON_GAP = 4  # between the date and the salutation: a space or a stop


def _date_line(line: str) -> bool:
    """A line that is a date, with its place or label ("Moroni le 11 septembre 2005", "Date: 29 August 2019")."""
    return any(alone_on_line(line, begin, end) for begin, end, _ in find_dates(line))


@lru_cache(maxsize=4)  # asked by the cue, then by the reading of the same text
def salutation_letter(text: str) -> tuple[re.Match[str], tuple[int, int, str] | None] | None:
    """A letter with no title: a date on a line of its own, the addressee's lines, "Señor Presidente:";
    or, with no dated line, a salutation under nothing but a few short lines (a place, the addressee)
    in a text that closes as a letter does (its closing words, or a name over its posts): a speech
    opens with a salutation too, but ends with thanks."""
    for sal in SALUTATION.finditer(text, 0, min(len(text), SEARCH)):
        if _said_again(text, sal) or _audience_above(text, sal.start()) and not LETTER_ONLY_SALUTATION.match(text, sal.start()):
            return None  # "Mr President," opening paragraph after paragraph, or under "Ladies and Gentlemen,": a speech,
            # dated as some are (a letter greets the one it is written to: "Excellencies,\n\nDear Secretary-General," is one)
        for line in DATE_LINE.finditer(text, max(0, sal.start() - LETTER_HEAD), sal.start()):
            found = find_dates(text, line.start("date"), line.end("date"))
            if found and found[0][0] == line.start("date") and found[0][1] >= line.end("date") - 1:
                if _greets_the_chair(sal.group(0)) and not _closes_as_letter(text) and not _letter_marks(text):
                    return None  # "22 Feb 2023\nMr President,\n": a speech dated as delivered, not a letter
                return sal, found[0]
        above = [ln for ln in text[:sal.start()].split("\n") if ln.strip()]
        only = LETTER_ONLY_SALUTATION.match(text, sal.start())  # ("Dear High Commissioner,": under a page's title, the
        # letter's date, the addressee's name, post and address, and its "Re:" line; not a speech's long heading, whose
        # "Dear High Commissioner," is followed by "Mr. President,")
        block = bool(only) and any(SUBJECT_LINE.match(ln) or _date_line(ln) for ln in above) and not GREETED_AGAIN.match(text, sal.end())
        short = [ln for ln in (above[1:] if block else above) if not (block and SUBJECT_LINE.match(ln))]  # (a page's title,
        if len(above) <= (LETTER_HEAD_LINES if block else HEAD_LINES) and all(len(ln) <= HEAD_LINE for ln in short) and \
                (_closes_as_letter(text) or only):  # the subject line: as long as they need)
            return sal, None
        return None  # only the first salutation opens the letter
    for sal in RUN_ON_SALUTATION.finditer(text, 0, min(len(text), SEARCH)):
        dates = find_dates(text, max(0, sal.start() - 40), sal.start())
        if dates and sal.start() - dates[-1][1] <= RUN_ON_GAP and not text[dates[-1][1]:sal.start()].strip(" .,\t"):
            return sal, dates[-1]
        return None
    return None


# the others a speech greets after its chair ("Mr. President, Mr. Secretary-General, Excellencies,"); not a letter's
# "Excellency" or "dear colleague"
AUDIENCE = re.compile(r"(?:(?:Mr\.?|Madam|Madame|Monsieur\s+le|Madame\s+la|Se[ñn]or(?:a)?)\s+(?:Secretary|Secr[ée]taire|Secretari[oa])[\s-]+"
                      r"G[ée]n[ée]ral\w*|Excellencies|Excellences|Excelencias|Ladies\s+and\s+Gentlemen|Distinguished\s+(?:delegates|guests)|"
                      r"Mesdames(?:\s+et\s+Messieurs)?|Señoras\s+y\s+Señores|Se[ñn]oras\s+y\s+se[ñn]ores)", re.I)


def _greets_the_chair(salutation: str) -> bool:
    """The salutation is the word to the chair, alone or with the others a speech greets after it."""
    chair = CHAIR_WORD.match(salutation)
    rest = salutation[chair.end():].strip(" \t,:!") if chair else ""
    return bool(chair) and all(AUDIENCE.fullmatch(part.strip()) for part in rest.split(",") if part.strip())


def _letter_marks(text: str) -> bool:
    """What only a letter prints, wherever its closing is: its signature mark ("(Signed)", "(Firmado)") or the
    letter speaking of itself ("the present letter", "la présente lettre", the lexicon's ``title.letter_itself``)."""
    itself = lexicon.all_languages_pattern("title", "letter_itself")
    return bool(SIGNED.search(text)) or bool(itself.search(text))


def _said_again(text: str, sal: re.Match[str]) -> bool:
    """The salutation's words open a line again further on (a speech turns to the chair more than once)."""
    words = re.escape(sal.group(0).strip().rstrip(":,!").strip("“\"«¡ \t"))
    return bool(re.search(rf"^[ \t]*{words}\s*[:,!]", text[sal.end():], re.M))


HEAD_LINES = 6
VOCATIVE_LINE_END = re.compile(r"[^\n]{0,40}[,:!][ \t]*")  # after the vocative, to the line's end


def _audience_above(text: str, at: int) -> bool:
    """The line right above the salutation at ``at`` greets an audience (the lexicons' ``speech.vocatives``: "Ladies
    and Gentlemen,\nMadam High Commissioner,")."""
    above = [line.strip() for line in text[max(0, at - 80):at].split("\n") if line.strip()]
    vocative = lexicon.all_languages_pattern("speech", "vocatives").match(above[-1]) if above else None
    return vocative is not None and VOCATIVE_LINE_END.fullmatch(above[-1], vocative.end()) is not None
LETTER_HEAD_LINES = 9  # above a salutation only a letter opens with, where they hold a letter's subject line
# a letter's subject or reference line: "Re: Release of the Database", "N°5 – 756 /MIREX/H.I/i.a"
SUBJECT_LINE = re.compile(r"[ \t]*(?:(?:Re|Subject|Ref|Réf|Objet|Asunto|Referencia)\s*[:.]|N[°º]\s*\d|No\.\s*\d)", re.I)
GREETED_AGAIN = re.compile(r"\s*(?:Mr\.?|Madam|Madame|Monsieur|Se[ñn]or(?:a)?|Excellenc\w*|Excelenc\w*|Mesdames|Ladies|Distinguished)\b", re.I)
HEAD_LINE = 100
CLOSING_REACH = 600


def _closes_as_letter(text: str) -> bool:
    closing = lexicon.all_languages_pattern("title", "closing")
    return bool(closing.search(text, max(0, len(text) - CLOSING_REACH))) or closing_block(text) is not None


ADDRESS_LINES = 6  # a name, a post, the Organization, a room, a city and its code
ADDRESS_LINE = 60


def address_above(text: str, date_start: int, symbol: str | None) -> Party | None:
    """The body an address block right above a letter's date line names (its last few lines; not a State's
    letterhead)."""
    block_start = max(0, date_start - LETTER_HEAD)
    lines = []
    for line in reversed(list(re.finditer(r"^[ \t]*(\S[^\n]*)$", text[block_start:date_start], re.M))[-ADDRESS_LINES:]):
        if len(line.group(1)) > ADDRESS_LINE:
            break  # (a headline or a sentence above: not the address)
        lines.insert(0, line)
    for i, line in enumerate(lines):
        party = party_at(text, block_start + line.start(1), symbol)
        if party and party.code != "UN":
            addressed = any(HONORIFIC_LINE.match(above.group(1)) for above in lines[:i]) \
                or line.group(1).startswith(("The ", "the "))  # (a person's name above the office, or the office held: not
            # the writer's own letterhead, "THE PRESIDENT OF THE GENERAL ASSEMBLY", "HUMAN RIGHTS COUNCIL / The President")
            return party if addressed and party.code in load_reference().bodies and not line.group(1).isupper() else None
    return None


def address_in(text: str, start: int, end: int, symbol: str | None) -> Party | None:
    """The party the lines between start and end address (up to a copy line: "cc:"): the body an office's line names ("The
    President of the Security Council", "President of the Human Rights Council" under "H.E. Mr. X / Permanent
    Representative of Germany", "The Secretary-General"), in the paragraph a person's honorific opens or above it (not a
    letterhead's capitals, nor the writer's own office printed below the address), else the first party of that paragraph
    ("H.E. Mr. Ban Ki-moon / Secretary-General": not a page's headline or the writer's letterhead above it, nor a subject
    line below it), else the first party of all the lines."""
    copied = COPY_LINE.search(text, start, end)
    end = copied.start() if copied else end
    honoured = HONORIFIC_LINE.search(text, start, end)
    para_start = max(start, text.rfind("\n\n", start, honoured.start()) + 2) if honoured else end
    gap = BLANK_LINE.search(text, honoured.start(), end) if honoured else None
    para_end = gap.start() if gap else end
    parties = [(party, line.group(1), start + line.start(1)) for line in re.finditer(r"^[ \t]*(\S[^\n]*)$", text[start:end], re.M)
               if (party := party_at(text, start + line.start(1), symbol)) and party.code != "UN"]
    offices = [party for party, line, at in parties if OFFICE_LINE.match(line) and party.code in load_reference().bodies
               and (para_start <= at < para_end or at < para_start and not line.isupper())]
    in_para = [party for party, _, at in parties if para_start <= at < para_end]
    return (offices or in_para or [party for party, _, _ in parties] or [None])[0]


COPY_LINE = re.compile(r"^[ \t]*(?:cc|c\.c\.|copy\s+to|copie\s+[àa]|copia\s+a|attn|attention)\b\s*[:.]?", re.I | re.M)
BLANK_LINE = re.compile(r"\n[ \t]*\n")
# a line that names the office a letter is written to: a presiding officer's, the Secretary-General's, the High Commissioner's
OFFICE_LINE = re.compile(r"(?:The\s+|El\s+|La\s+|Le\s+|M\.\s+le\s+|Al\s+)?(?:Acting\s+)?(?:(?:President[ea]?|Pr[ée]sidente?|Chair(?:man|person|woman)?)\s+"
                         r"(?:of|de|du|del)\b|Secretary[- ]General\b|Secr[ée]taire\s+g[ée]n[ée]ral|Secretari[oa]\s+General|"
                         r"(?:United\s+Nations\s+)?High\s+Commissioner\b)", re.I)

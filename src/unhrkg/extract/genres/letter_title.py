"""The title line of a letter or note verbale, and where it stands.

A dated title ("Letter dated 28 February 2005 from the Permanent Representative of X ... addressed
to ..."), a from-title ("Letter from X, Permanent Observer of Y to the U.N., to the
Secretary-General"), a page's to-title ("Letter to SC re ...", "Israel's letter of June 20, 2017,
to UN Security Council President"), or an annex's title at the top of a document that is the
annex alone. A title under a UN masthead outweighs the page's title above it; a title cut short
by a page ("... from t") yields to the whole one below.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from unhrkg.extract import lexicon
from unhrkg.extract.genres.salutation import SEARCH
from unhrkg.extract.lead import over_wire
from unhrkg.extract.parties import Party, party_at
from unhrkg.extract.posts import state_post_on_line

@cache
def title_pattern() -> re.Pattern[str]:
    kinds = lexicon.all_languages_pattern("title", "letter").pattern
    notes = lexicon.all_languages_pattern("title", "note_verbale").pattern
    dated = lexicon.all_languages_pattern("title", "dated").pattern
    return re.compile(rf"(?<![\w])(?P<kind>(?P<letter>{kinds})|{notes})\s+{dated}\s+", re.I)


@cache
def from_title() -> re.Pattern[str]:
    """"Letter from X, ..., to Y", "(Text of the) letter from ...", "Carta del Presidente de X ... al Presidente
    de Y": a title starting a line, the kind and the lexicon's ``title.from`` word."""
    kinds = lexicon.all_languages_pattern("title", "letter").pattern
    notes = lexicon.all_languages_pattern("title", "note_verbale").pattern
    froms = lexicon.all_languages_pattern("title", "from").pattern + "|" + lexicon.all_languages_pattern("title", "sent_by").pattern
    return re.compile(rf"(?:^|\n)[ \t]*(?:(?:Text|Texte|Texto)\s+(?:of|de)\s+(?:the\s+|la\s+)?)?"
                      rf"(?P<kind>(?P<letter>{kinds})|{notes})\s+(?:{froms})\s+", re.I)


QUOTED_BEFORE = re.compile(r"(?:(?:to|of|in|from|with|regarding|concerning|about)\s+(?:the|this|a|his|her|my|our|its|la|el|une?|cette|sa|su)"
                           r"(?:\s+(?:most\s+)?(?:joint|identical|above|said|aforementioned|latest|previous|recent|last|earlier))?|"
                           r"\b(?:your|my|his|her|our|their|votre|ma|sa|notre|leur|su|mi|nuestra)"
                           r"(?:\s+(?:most\s+)?(?:joint|identical|above|latest|previous|recent|last|earlier))?|"
                           r"(?<=\w)\s+(?:the|this|la|cette|el|esta))(?:[ \t]+|[ \t]*\n[ \t]*)\Z", re.I)  # "Your letter dated ...", "welcomes the letter
# dated"; not across a blank line ("Agenda item 37 The situation in the" cut short above a title)


ANNEX_BEFORE = re.compile(r"\b(?:Annex|Annexe|Anexo)\s+(?:to|à|a|de|del)\s+(?:the|la|l['’])\s*$", re.I)
ANNEX_TOP = 200  # the annex's title stands under the symbol, at the top


@cache
def to_title() -> re.Pattern[str]:
    """"Letter to SC re Lebanese violations", "Israel's letter of June 20, 2017, to UN Security Council
    President regarding ...": a page's title naming the letter by whom it is written to, its writer
    before it in the possessive."""
    kinds = lexicon.all_languages_pattern("title", "letter").pattern
    to = lexicon.all_languages_pattern("title", "to").pattern
    return re.compile(rf"(?:^|\n)[ \t]*(?:(?P<owner>(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){{0,2}})['’]s?\s+)?"
                      rf"(?P<kind>(?P<letter>{kinds}))\s+(?:(?:of|dated|du|de)\s+(?P<date>[^\n]{{6,30}}?),?\s+)?(?:{to})\s+"
                      rf"(?:the\s+|la\s+|le\s+|el\s+|l['’])?", re.I)


# bare acronyms a page title uses for the body written to ("Letter to SC re ...")
TITLE_ACRONYMS = {"SC": "SC", "UNSC": "SC", "GA": "GA", "UNGA": "GA", "HRC": "HRC", "UNHRC": "HRC", "SG": "SG", "UNSG": "SG"}
TO_TITLE_TOP = 400  # a page's title stands at its top


def to_title_at(text: str) -> tuple[re.Match[str], Party] | None:
    """A to-title at the top whose addressee is a body or a State."""
    for m in to_title().finditer(text, 0, min(len(text), TO_TITLE_TOP)):
        acronym = re.match(r"([A-Z]{2,4})\b", text[m.end():m.end() + 5])
        if acronym and acronym.group(1) in TITLE_ACRONYMS:
            return m, Party(TITLE_ACRONYMS[acronym.group(1)], m.end(), m.end() + len(acronym.group(1)))
        party = party_at(text, m.end())
        if party and party.code != "UN":
            return m, party
    return None


@lru_cache(maxsize=4)  # asked by the cue, then by the reading of the same text
def find_title(text: str) -> re.Match[str] | None:
    """The first title line that is not a mention of another letter ("Annex to the letter dated");
    where there is none, an annex's title at the top of the text: a document that is the annex
    alone ("A/HRC/41/G/17 / Annex to the letter dated 12 July 2019 from the representatives of
    ...") is the letter the annex holds."""
    annex = None
    for pattern in (title_pattern(), from_title()):  # a dated title ("Letter dated ... from ...") wherever it stands
        for m in pattern.finditer(text, 0, min(len(text), SEARCH)):
            sent_by = pattern is from_title() and lexicon.all_languages_pattern("title", "sent_by").search(m.group(0))
            if pattern is from_title() and (over_wire(text, m.end()) or sent_by and not state_post_on_line(text, m.end())):
                continue  # "Letter from Israel to UN chief warns of Hezbollah build-up / JERUSALEM (AP) - ...": a headline; "Letter
                # written by Syrian children to the UN Secretary-General": no State's official writes it
            if not QUOTED_BEFORE.search(text[max(0, m.start() - 40):m.start()]):
                return _under_masthead(text, m) or _past_cut_titles(text, m, pattern)
            if annex is None and m.start() < ANNEX_TOP and ANNEX_BEFORE.search(text[max(0, m.start() - 16):m.start()]):
                annex = m
    to_title = to_title_at(text) if annex is None else None
    return annex or (to_title[0] if to_title else None)


MASTHEAD_REACH = 1500  # a UN masthead's own title follows its "Distr." line within this much
CUT_REACH = 800  # a page's cut titles stand above the whole one
# a title's line cut short by a page: its end a word's first letter ("... from t"; not a word of one letter: "a", "y",
# "e", "o") or dots ("from the Permanent...")
CUT_TITLE = re.compile(r"[^\n]*?(?:\s(?-i:[b-df-np-xz])|\.\.\.|…)[ \t]*(?:\n|$)")


def _past_cut_titles(text: str, first: re.Match[str], pattern: re.Pattern[str]) -> re.Match[str]:
    """The first title whose line is not cut short (a mailing list's "Letter dated 27 October 1996 from t" and
    "Subject: Letter dated 27 October 1996 from the Permanent..." over the letter's own title), or the first."""
    m = first
    while CUT_TITLE.match(text, m.end()):
        later = next((t for t in pattern.finditer(text, m.end(), min(len(text), first.start() + CUT_REACH))
                      if TITLE_LINE_LEAD.fullmatch(text, text.rfind("\n", 0, t.start()) + 1, t.start())), None)
        if later is None:
            return first  # (not a title told in a sentence: "I wish to respond to the letter dated 2 June 2024 from ...")
        m = later
    return m


TITLE_LINE_LEAD = re.compile(r"[ \t]*(?:(?:Subject|Objet|Asunto|Re)[ \t]*:[ \t]*)?")  # a title opens its line, or a subject line


def _under_masthead(text: str, first: re.Match[str]) -> re.Match[str] | None:
    """A dated title under a UN masthead that follows the first title: the first is the title of
    the page carrying the document ("Letter dated 7 June 2004 from ... (A/58/859)" above "United
    Nations / A/58/859 / Distr.: General / ... / Letter dated 26 July 2004 from ..."), and the
    masthead's is the document's own, with its own date."""
    distr = lexicon.all_languages_pattern("header", "distribution").search(text, first.end(), min(len(text), SEARCH))
    if distr is None:
        return None
    later = title_pattern().search(text, distr.end(), min(len(text), distr.end() + MASTHEAD_REACH))
    if later is None or QUOTED_BEFORE.search(text[max(0, later.start() - 40):later.start()]):
        return None
    return later


def dated_title(text: str, at: int) -> bool:
    """Whether a dated title ("Letter dated ... from ...", "Note verbale datée du ...") starts at ``at``."""
    m = title_pattern().match(text, at)
    return m is not None

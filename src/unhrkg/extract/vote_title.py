"""Where an explanation of vote is made when its title, in parts, says which resolution is adopted: "5 décembre 2013 – RCA
/ Adoption de la résolution 2127 – Explication de vote de M. Gérard Araud, représentant permanent de la France": the body
of the resolution the part before the vote heading says is adopted ("Adoption of", "adopción de", "vote on"), where the
speech under it speaks in the first person (a speech, not a report of the meeting).
"""
from __future__ import annotations

import re

from unhrkg.extract.gazetteer import Mention
from unhrkg.extract.references import find_resolutions
from unhrkg.extract.speakers import FIRST_PERSON_WORDS
from unhrkg.model.reference import forums

PART_CUT = re.compile(r"\s[–—|/-]\s*$")  # the part before the vote heading ends at a dash, a bar or a slash
# "Adoption of resolution", "Adoption de la résolution", "vote on Security Council resolution": the resolution's noun, its
# body's name at most, between the word and the number (not "Vote on the draft implementing resolution 2334")
ADOPTION_OF = re.compile(r"\b(?:adoption|adopción|adopção|vote|votación)\s+(?:of|on|de|sur|du|sobre|da)\s+(?:the\s+|la\s+|l['’]|el\s+|a\s+)?"
                         r"(?:(?-i:[A-Z])[\w-]*\s+){0,4}(?:resolution|r[ée]solution|resoluci[óo]n)\s+(?:No\.?\s*|n[°º]\s*)?$", re.I)
PART_ENDS = re.compile(r"\s*(?:\(\d{4}\))?\s*[–—|/-]\s*$")  # the resolution ends its part of the title
SPEECH_REACH = 1500  # an explanation of vote speaks in the first person in its opening (forum.py's too)


def titled_vote_forum(text: str, line_start: int, heading_start: int, heading_end: int) -> Mention | None:
    """The body of the resolution adopted, as the title's part before the vote heading (from ``line_start``) names it; the
    heading a title's part ("Explication de vote", not "after the vote, ..." in a sentence)."""
    before = text[line_start:heading_start]
    if not PART_CUT.search(before):
        return None
    adopted = next((r for r in find_resolutions(before, None) if ADOPTION_OF.search(before, 0, r.start)
                    and PART_ENDS.fullmatch(before, r.end)), None)
    if adopted is None or not text[heading_start].isupper() or adopted.body not in forums() \
            or not FIRST_PERSON_WORDS.search(text, heading_end, heading_end + SPEECH_REACH):
        return None
    return Mention(line_start + adopted.start, line_start + adopted.end, adopted.number, adopted.body, "name")

"""A speech's meeting called a plenary: the General Assembly's.

"Statement ... at the plenary meeting on agenda item 60 'Use of the veto'", "Thank you for convening this important Plenary
debate on agenda item 63": of the forums a statement is made in, the Assembly is the one whose meetings a speech calls
plenary (the Security Council, which a veto debate names, meets in meetings). Read in the heading and the speech's first sentences, where no forum
is named otherwise (``forum.speech_forum`` asks it after the heading's own forum), and not where another body that
meets in plenary is named there (the Human Rights Council, a conference, a COP, an agency's general conference) or an
item of the Human Rights Council's ten, unless the Assembly is named too (not only in a resolution's name).
"""
from __future__ import annotations

import re

from unhrkg.extract.gazetteer import Mention

PLENARY_MEETING = re.compile(r"\b(?:plenary\s+(?:meeting|debate|session)s?|plenary\s+on\s+agenda\s+item|(?:s[ée]ance|r[ée]union|d[ée]bat)s?\s+"
                             r"pl[ée]ni[èe]re|(?:sesi[óo]n|reuni[óo]n|debate)\s+plenari[ao])\b", re.I)
OTHER_PLENARY = re.compile(r"\b(?:Conference|Conf[ée]rence|Conferencia|COP\s?\d+|(?<!Security\s)Council|Conseil(?!\s+de\s+s[ée]curit[ée])|"
                           r"Consejo(?!\s+de\s+Seguridad)|Commission|Comisi[óo]n|"
                           r"Agency|Agence|Organismo|Summit|Sommet|Cumbre|Parliament|Parlement|Parlamento)\b")
ASSEMBLY = re.compile(r"\b(?:General\s+Assembly|Assembl[ée]e\s+g[ée]n[ée]rale|Asamblea\s+General|UNGA|AGNU)\b"
                      r"(?!\s+(?:resolution|r[ée]solution|resoluci[óo]n))", re.I)  # (not a resolution it names)
# the Council's own agenda has ten items: "Item 4 General Debate" heads a Human Rights Council statement
COUNCIL_ITEM = re.compile(r"\b(?:agenda\s+)?item\s+(?:[1-9]|10)\b(?![\d.(])", re.I)
PLENARY_REACH = 800  # the heading and the opening sentences


def plenary_forum(text: str) -> Mention | None:
    """The General Assembly, where the speech's heading or opening says its meeting is a plenary one."""
    m = PLENARY_MEETING.search(text, 0, min(len(text), PLENARY_REACH))
    reach = min(len(text), PLENARY_REACH)
    if m is None or (OTHER_PLENARY.search(text, 0, reach) or COUNCIL_ITEM.search(text, 0, reach)) and not ASSEMBLY.search(text, 0, reach):
        return None
    return Mention(m.start(), m.end(), m.group(0), "GA", "name")

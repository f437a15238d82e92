"""A speech's meeting called a plenary: the General Assembly's.

"Statement ... at the plenary meeting on agenda item 60 'Use of the veto'", "Thank you for convening this important Plenary
debate on agenda item 63": of the forums a statement is made in, the Assembly is the one whose meetings a speech calls
plenary (the Council and the Human Rights Council meet in meetings and sessions). Read in the heading and the speech's
first sentences, where no forum is named otherwise (``forum.speech_forum`` asks it after the heading's own forum).
"""
from __future__ import annotations

import re

from unhrkg.extract.gazetteer import Mention

PLENARY_MEETING = re.compile(r"\b(?:plenary\s+(?:meeting|debate|session)|(?:s[ée]ance|r[ée]union|d[ée]bat)\s+pl[ée]ni[èe]re|"
                             r"(?:sesi[óo]n|reuni[óo]n|debate)\s+plenari[ao])s?\b", re.I)
PLENARY_REACH = 800  # the heading and the opening sentences


def plenary_forum(text: str) -> Mention | None:
    """The General Assembly, where the speech's heading or opening says its meeting is a plenary one."""
    m = PLENARY_MEETING.search(text, 0, min(len(text), PLENARY_REACH))
    return Mention(m.start(), m.end(), m.group(0), "GA", "name") if m else None

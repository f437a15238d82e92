"""The General Assembly's resolution numbers of 1946-1975 ("1514 (XV)"): a session printed with
a number, checked against the table of sessions (``resolutions_ga.csv``)."""
from __future__ import annotations

import re

from unhrkg.model.reference import ga_session

# A printed session is kept (it is what the text says) unless it is one of the Assembly's own
# numerals and the table's confirmed span puts the number in another session: a number has one.
PRINTED_SESSION = re.compile(r"(\d+) ((?:[A-Z] )?)\(((?:S-|ES-)?[IVX]+)\)")


def session_checked(number: str) -> str:
    """'1514 (XVI)' beside the Assembly's name: '1514 (XV)', the session the table confirms."""
    m = PRINTED_SESSION.fullmatch(number)
    listed = ga_session(int(m.group(1))) if m else None
    if not m or not listed or listed == m.group(3) or _roman_value(m.group(3).split("-")[-1]) > 30:
        return number
    return f"{m.group(1)} {m.group(2)}({listed})"


def _roman_value(numeral: str) -> int:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = sum(values[c] for c in numeral)
    return total - 2 * sum(values[a] for a, b in zip(numeral, numeral[1:]) if values[a] < values[b])

"""Parameter values checked against the reference tables, with a "did you mean" where they miss.

A value that names nothing in the graph would give a silent empty answer: ``state=XYZ``,
``stance=rejected``, ``session=CHR 99``. Here it is refused with one line, and the closest
known values are suggested. States and bodies may be given by code or by name ("DPRK",
"North Korea", "European Union").
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from functools import cache

from unhrkg.errors import QueryError
from unhrkg.model.record import STANCES
from unhrkg.model.reference import coalitions, issuers, load_reference

SESSION_BODIES = ("CHR", "HRC", "GA", "SUBCOM", "UPR")
RESOLUTION_NUMBER = re.compile(r"(?:(?:ES|S)-)?\d{1,3}/\d{1,3}(?: [A-Z])?|\d{4}/\d{1,3}|\d{1,4}(?: [A-Z])? \((?:\d{4}|[IVXLC]+)\)|\d{1,4}")


def _key(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return re.sub(r"[\s.'’-]+", " ", "".join(c for c in text if not unicodedata.combining(c))).strip().lower()


@cache
def _names(kind: str) -> dict[str, str]:
    """Folded names and codes -> code, for States ('state'), bodies ('body') or both ('agent')."""
    ref = load_reference()
    out: dict[str, str] = {}
    if kind in ("body", "agent"):
        for b in (*ref.bodies.values(), *coalitions().values()):  # (CELAC, the GCC: the coalitions' declarations)
            out.update({_key(n): b.code for n in (b.code, *b.names)})
    if kind in ("state", "agent"):
        for st in ref.states.values():
            out.update({_key(n): st.iso3 for n in (st.iso3, *st.names)})
    return out


def _suggest(value: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(value, choices, n=3, cutoff=0.6)
    return f"; did you mean {', '.join(close)}?" if close else ""


def resolve_agent(value: str, kind: str) -> str:
    """The code of the State or body a value names (ISO3 or body code, or a name)."""
    names = _names(kind)
    code = names.get(_key(value))
    if code:
        return code
    what = {"state": "State (ISO3 code or name, e.g. PRK)", "body": "body (code or name, e.g. EU, OHCHR)",
            "agent": "State, body or coalition (e.g. PRK, EU, CELAC)"}[kind]
    codes = sorted(set(names.values()))
    return _fail(f"{kind} {value!r} names no {what}{_suggest(value.upper(), codes) or _suggest(_key(value), list(names))}")


def check_stance(value: str) -> str:
    if value in STANCES:
        return value
    return _fail(f"stance {value!r}: use {' or '.join(STANCES)}{_suggest(value, list(STANCES))}")


def check_session(body: str, number: str) -> tuple[str, str]:
    """('CHR', '61') from 'CHR 61', 'CHR 61st', 'HRC S-9'; a session the tables know, for a body they list."""
    if body not in SESSION_BODIES:
        _fail(f"session {body} {number}: the body is one of {', '.join(SESSION_BODIES)}{_suggest(body, list(SESSION_BODIES))}")
    key = re.sub(r"(?<=\d)(?:st|nd|rd|th)$", "", number.strip(), flags=re.I)
    if not re.fullmatch(r"(?:S-)?\d{1,3}", key):
        _fail(f"session {body} {number}: give the number as 61 or S-9")
    ref = load_reference()
    if ref.has_sessions(body) and ref.session(body, key) is None:
        _fail(f"session {body} {key} is not in the session tables (data/reference/sessions_*.csv)")
    return body, key


def check_resolution(body: str, number: str) -> tuple[str, str]:
    """('CHR', '2004/13') from 'CHR 2004/13': an adopting body and a number in a resolution's form."""
    if body not in issuers():
        _fail(f"resolution {body} {number}: the body is the code of one that adopts resolutions "
              f"({', '.join(issuers())}){_suggest(body, list(issuers()))}, e.g. 'CHR 2004/13'")
    if not RESOLUTION_NUMBER.fullmatch(number.strip()):
        _fail(f"resolution {body} {number}: give the number as printed, e.g. 2004/13, 5/1, S-9/1 or 497 (1981)")
    return body, number.strip()


def _fail(message: str) -> str:
    raise QueryError(message)

"""Who writes to whom: the author and addressee named in a title line or a note's opening.

A party is the body or State named at a position, after an office-holder phrase ("President
of the", "Permanent Representative of", "Président du", "Presidente del"): the addressee
after "addressed to" or "presents its compliments to", the author body of a from-part. OCR-damaged names ("HIHG
COMMISSIONER") are matched with tolerance and win over the shorter exact names inside them.
"""
from __future__ import annotations

import difflib
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

from unhrkg.extract.gazetteer import bodies_gazetteer, bodies_in, fold, states_gazetteer
from unhrkg.extract.symbols import series_body
from unhrkg.model.reference import load_reference

from unhrkg.extract.model import Header

ADDRESSED = re.compile(r"\baddressed\s+to\s+", re.I)
HOLDER = re.compile(
    r"(?:the\s+|l[ae]\s+|l'|el\s+|los\s+|les\s+)?(?:(?:Acting\s+)?(?:President|Chairperson|Chairman|Chairwoman|Chair|"
    r"Vice-President|Secretariat|Bureau|members|Permanent\s+Representative|Permanent\s+Mission|Permanent\s+Observer|"
    r"Charg[ée]\s+d'affaires(?:\s+a\.\s?i\.)?|Ambassador|Embassy|Government|Delegation|"
    r"Minister\s+(?:for|of)\s+Foreign\s+Affairs|Pr[ée]sidente?|Presidenta|Secr[ée]tariat|Secretar[ií]a|"
    r"Repr[ée]sentante?\s+permanente?|Mission\s+permanente|Misi[óo]n\s+Permanente|Gouvernement|Gobierno|"
    r"D[ée]l[ée]gation|Embajada|Ambassade|membres|miembros)"
    r"\s+(?:of|de|du|del|des|de\s+la|de\s+los)\s+(?:the\s+|l')?"
    r"(?:[\w-]+\s+(?:special\s+)?session\s+of\s+(?:the\s+)?)?)?", re.I)


@dataclass(frozen=True)
class Party:
    """A body or State named at a position: its code, where the name ends, and how it was found."""

    code: str
    start: int
    end: int
    fuzzy: bool = False


def _exact_at(text: str, pos: int) -> Party | None:
    found = [m for m in (bodies_gazetteer().match_at(text, pos), states_gazetteer().match_at(text, pos)) if m and m.value]
    if not found:
        return None
    best = max(found, key=lambda m: m.end)
    return Party(str(best.value), best.start, best.end)


FUZZY = 0.9  # the similarity (difflib's ratio) a damaged name needs


@cache
def _long_body_names() -> list[tuple[difflib.SequenceMatcher[str], int, str, dict[str, int]]]:
    """A matcher per body name over 12 letters (the name's index is built once), its length, its
    code, and how many times each letter is in it."""
    names = {fold(n): b.code for b in load_reference().bodies.values() for n in b.names if len(n) > 12}
    return [(difflib.SequenceMatcher(None, "", name), len(name), code, dict(Counter(name))) for name, code in names.items()]


@cache
def _names_of_length(length: int) -> list[tuple[difflib.SequenceMatcher[str], int, str, dict[str, int]]]:
    """The long names a phrase of this length may match: those the lengths alone do not rule out
    (what difflib's real_quick_ratio checks), in the same order."""
    return [n for n in _long_body_names() if 2 * min(n[1], length) >= FUZZY * (n[1] + length)]


def fuzzy_body_at(text: str, pos: int) -> Party | None:
    """The body whose name (over 12 letters) the words at pos spell with a few OCR errors."""
    phrase = re.split(r"\n\s*\n|[.;:(]|\baddressed\b", text[pos:pos + 140], flags=re.I)[0]
    words = list(re.finditer(r"\S+", phrase))
    for n in range(len(words), 1, -1):
        best = _closest_long_name(fold(phrase[:words[n - 1].end()]))
        if best:
            return Party(best, pos, pos + words[n - 1].end(), True)
    return None


@lru_cache(maxsize=4096)  # the same opening words ("the President of the Human Rights Council") recur in many documents
def _closest_long_name(key: str) -> str | None:
    """The code of the long body name most like the words (the first of equals), if one is alike enough."""
    best: tuple[float, str] | None = None
    letters = Counter(key).items()
    for matcher, size, code, counts in _names_of_length(len(key)):
        # difflib's quick_ratio, an upper bound of ratio() from the letters alone, counted from
        # the name's letter counts (the same number, without a pass over the name)
        if 2.0 * sum(min(k, counts.get(c, 0)) for c, k in letters) / (len(key) + size) < FUZZY:
            continue
        matcher.set_seq1(key)
        ratio = matcher.ratio()
        if ratio >= FUZZY and (best is None or ratio > best[0]):
            best = (ratio, code)
    return best[1] if best else None


# "the Commission of Inquiry", "la Commission d'enquête": a short form that goes on names another body
QUALIFIED = r"\b(?!\s+(?:of|on|for|d['’]|de|du|des|sur|pour|del|sobre|para)\b)(?!\s*d['’])"


def _anaphor_at(text: str, pos: int, symbol: str | None) -> Party | None:
    """'the Commission', 'the Council', 'the High Commissioner' in an addressee slot."""
    for body in load_reference().bodies.values():
        for phrase in body.anaphora:
            bare = re.sub(r"^the\s+", "", phrase, flags=re.I)
            m = re.compile(r"(?:the\s+)?" + re.escape(bare) + QUALIFIED, re.I).match(text, pos)
            if m:
                code = body.code
                if phrase.lower() == "the council" and symbol and series_body(symbol) in ("SC", "ECOSOC"):
                    code = str(series_body(symbol))
                return Party(code, pos, m.end())
    return None


def party_at(text: str, pos: int, symbol: str | None = None) -> Party | None:
    """The body or State named at pos, after an office-holder phrase; OCR-tolerant."""
    holder = HOLDER.match(text, pos)
    at = holder.end() if holder else pos
    exact = _exact_at(text, at)
    fuzzy = fuzzy_body_at(text, at)
    if fuzzy and (exact is None or fuzzy.end > exact.end + 2):
        return fuzzy
    if exact:
        return exact
    return _anaphor_at(text, at, symbol)


def addressee_at(text: str, pos: int, symbol: str | None = None) -> tuple[str | None, int]:
    """(code, end) of the addressee named at pos: a body code, SG, or a State's ISO3."""
    party = party_at(text, pos, symbol)
    return (party.code, party.end) if party else (None, pos)


def author_body_in(text: str, start: int, end: int, h: Header) -> str | None:
    """The body a from-part names first (not the UN at large, not the one it is accredited to)."""
    lead = re.match(r"\s*(?:from\s+)?", text[start:end], re.I)
    party = party_at(text, start + (lead.end() if lead else 0), h.symbol)
    if party and party.code in load_reference().bodies and party.code != "UN" and party.end <= end + 2:
        if party.fuzzy:
            h.fuzzy_spans.append((party.start, party.end, party.code))
        return party.code
    authors = [b.value for b in bodies_in(text, start, end) if b.value != h.accredited_to]
    return authors[0] if authors else None

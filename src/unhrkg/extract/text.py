"""Small text utilities shared by the extraction rules: sentences, lines, windows."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# the writer speaking as the subject of its sentence: "I", "we", "je", "nous", and the Spanish first-person verbs a letter
# opens with ("tengo el honor", "deseo señalar", "me permito"), where Spanish leaves the pronoun out
SPACES = re.compile(r"\s*")  # whitespace from a position on (``SPACES.match(text, at).end()``: the next word's start)
FIRST_PERSON_SUBJECT = re.compile(r"(?-i:\bI\b)|\b(?:we|je|j['’]|nous|yo|nosotros|nosotras|tengo|tenemos|deseo|deseamos|quisiera|"
                                  r"quisiéramos|me\s+permito|nos\s+permitimos|me\s+complace|nos\s+complace|me\s+dirijo|nos\s+dirigimos|"
                                  r"reitero|reiteramos|solicito|solicitamos|informo|informamos|señalo|señalamos)\b", re.I)
_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Messrs|Dr|Prof|Hon|Rt|Amb|Emb|Excmo|Excma|Mtro|Lic|Lt|Gen|Col|Ret|Asst|Dir|Pr|H\.E|St|No|Nos|para|paras|art|Art|e\.g|i\.e|etc|vol|Add|Rev|Corr|Amend|op|cit|chap|Sect|Jr|Sr|Sra|Mme|S\.E|núm|párr|a\.i|Res|res|Rés|rés|n)|\b[A-Z])\.$")
_BOUNDARY = re.compile(r"(?<=[.!?])[\"')\]”»’]?\s+(?=[\"'(“«‘¿¡]?[A-ZÀ-Ý0-9]|[\"“«‘](?:\.{3}|…)\s*\w)|\n\s*\n")  # (typographic quotes, "¿", "Él";
# a quotation opening on an ellipsis: '"...the presence is opposed to')
# _BOUNDARY written to start with a character class, which the engine skips to (its look-behind
# is tried at every position): the sign that ends a sentence is taken and the boundary is the
# group after it; a blank line is the whole match. The same boundaries, one after the other.
_BOUNDARY_AT = re.compile(r"[.!?\n](?:(?<=[.!?])(?P<gap>[\"')\]”»’]?\s+(?=[\"'(“«‘¿¡]?[A-ZÀ-Ý0-9]|[\"“«‘](?:\.{3}|…)\s*\w))|(?<=\n)\s*\n)")
# a line that closes no sentence, then one opening with an article and a capitalised noun ("... concerning resolution
# 2231\nThe Ministry of Foreign Affairs ... rejects"): a heading over the text's first sentence; not where the line ends
# in a word that goes on ("Statement by\nThe Minister", "adopted by\nLa Asamblea")
_HEADING_BREAK = re.compile(r"\n(?=[ \t]*(?:The|Le|La|Les|El|Los|Las)[ \t]+(?-i:[A-Z])[a-zé])")
_GOES_ON = re.compile(r"(?:[,;:(\-–—]|\b(?:by|of|to|from|and|or|the|for|on|at|in|with|de|du|des|par|à|au|aux|et|ou|sur|del|por|y|o|"
                      r"para|a|al|en|con|sobre))$", re.I)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def sentences(text: str) -> list[Sentence]:
    """Split text into sentences, keeping character offsets; abbreviations do not split."""
    return list(_sentences(text))


@lru_cache(maxsize=4)  # the reference, stance and sponsor rules all split the same text
def _sentences(text: str) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    start = 0
    for m in _BOUNDARY_AT.finditer(text):
        at, end = m.span("gap") if m.start("gap") >= 0 else m.span()
        head = text[start:at].rstrip()
        if "\n" not in text[at:end].strip(" \t") and _ABBREV.search(head[-8:]):  # "Mr. X", "res. 1835": no break
            continue
        if head.strip():
            out += _under_heading(text, start, at)
        start = end
    if text[start:].strip():
        out += _under_heading(text, start, len(text))
    return tuple(out)


def _under_heading(text: str, start: int, end: int) -> list[Sentence]:
    """The span as one sentence, or cut after a heading line (``_HEADING_BREAK``) into the heading and what follows."""
    cuts = [m.start() for m in _HEADING_BREAK.finditer(text, start, end)
            if not _GOES_ON.search(text[start:m.start()].rstrip()) and not _title_case(text[text.rfind("\n", start, m.start()) + 1:m.start()])]
    out, at = [], start
    for cut in cuts:
        if text[at:cut].strip():
            out.append(Sentence(at, cut, text[at:cut]))
            at = cut + 1
    out.append(Sentence(at, end, text[at:end]))
    return out


def first_sentence_end(text: str, at: int, end: int) -> int:
    """Where the first sentence from ``at`` ends, if before ``end``: a page run into one line ("Explanation of Vote by
    the Netherlands before the General Assembly ... Thank you Mr. President. The Netherlands voted against the
    resolution in the Human Rights Council") has the body it is delivered in before that, not after."""
    first = next((s for s in sentences(text) if s.end > at), None)
    return min(end, first.end) if first else end


def _title_case(line: str) -> bool:
    """Every word of four letters or more capitalised: a headline wrapped over lines ("Cuba Rechaza\nLa Resolución 52/2"),
    whose next line goes on with it."""
    long = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if len(w) >= 4]
    return bool(long) and all(w[0].isupper() for w in long)


def sentence_at(sents: list[Sentence], pos: int) -> Sentence | None:
    for s in sents:
        if s.start <= pos < s.end:
            return s
    return None


def flat(text: str) -> str:
    """Whitespace folded to single spaces (for evidence and titles): what ``re.sub(r"\\s+", " ", text).strip()``
    gives (str.split's whitespace is the regex's \\s, character for character), without a regex."""
    return " ".join(text.split())


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


HEADING_LINE = 160  # a heading's line is short and ends without a stop


WRAPPED_PROSE = 60  # a line above this long, not ending a sentence, runs on into the next: prose wrapped, as a PDF's is


def heading_line(text: str, at: int) -> bool:
    """The line holding ``at`` reads as a heading of its own: short, not ending as a sentence or a clause does,
    and not a piece of wrapped prose (the long line above runs on into it, or it runs on into a lower-case word)."""
    start, end = line_bounds(text, at)
    line = text[start:end].strip()
    if len(line) > HEADING_LINE or line.endswith((".", ";", ":", ",")):
        return False
    above = text[text.rfind("\n", 0, max(0, start - 1)) + 1:max(0, start - 1)].strip() if start else ""
    if len(above) > WRAPPED_PROSE and not above.endswith((".", "!", "?", ":", ";")):
        return False
    below = text[end + 1:end + 2] if end < len(text) else ""
    return not below.islower()


def quoted_at(text: str, pos: int) -> bool:
    """pos is inside a quotation opened earlier in its paragraph."""
    para = text[text.rfind("\n", 0, pos) + 1:pos]
    single = para.rfind("‘")  # (a closing ’ is an apostrophe too: one that no letter follows closes the quotation)
    return para.count("“") > para.count("”") or para.count('"') % 2 == 1 or para.count("«") > para.count("»") \
        or single >= 0 and not re.search(r"’(?![^\W\d_])", para[single:])

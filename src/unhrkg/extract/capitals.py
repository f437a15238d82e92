"""Heading lines printed in capitals given a case back, so that the byline rules can read the names and
posts they print: "STATEMENT BY AMBASSADOR BURHAN GAFOOR, PERMANENT REPRESENTATIVE OF SINGAPORE TO THE
UNITED NATIONS" reads as "Statement by Ambassador Burhan Gafoor, Permanent Representative of Singapore to
the United Nations".

A word is given a capital and lower-case letters after it ("AL-NASSER" -> "Al-Nasser"), but for the small
words of a title in the text's language (the lexicons' ``title_small_words``: "of", "to", "the", "auprès",
"ante"), which are written in lower case after the line's first word; an acronym the reference tables name a body or a State by
("UN", "EU", "OIC", "USA", "UK") and initials ("H.E.", "D.S.") keep their capitals. Only lines near the top whose
letters are nearly all capitals are changed, and each keeps its length, so what is found in the cased text
stands at the same place in the text.
"""
from __future__ import annotations

import re
from functools import cache

from unhrkg.extract import lexicon
from unhrkg.extract.signatures import TITLE_WORDS
from unhrkg.model.reference import load_reference

REACH = 1500  # a statement's heading stands at its top
LEAST_LETTERS = 8
CAPITALS_SHARE = 0.9  # of a line's letters
WORD = re.compile(r"[^\s]+")
# the particles of a name, written in lower case in any language ("LUIS ALFONSO DE ALBA", "PAUL VAN DEN BERG");
# not "le", "la", "al", "el", which open names too ("Le Hoai Trung", "Al-Nasser")
NAME_PARTICLES = frozenset({"de", "del", "della", "der", "den", "van", "von", "da", "dos", "das", "du", "y"})
INITIALS = re.compile(r"(?:[^\W\d_]\.){1,3}[,;:]?")  # "H.E.", "D.S.", "A.I."
ELIDED = re.compile(r"([DL])(['’])(.+)", re.I)  # "D'AFFAIRES" -> "d'Affaires"


@cache
def _small_words(lang: str) -> frozenset[str]:
    return frozenset(lexicon.words("title_small_words", lang=lang))


@cache
def _acronyms() -> frozenset[str]:
    """The names in capitals the reference tables give bodies and States ("UN", "OIC", "USA"), but a word that
    is also one of a State's names' words ("NAM": "Viet Nam")."""
    ref = load_reference()
    names = [n for b in ref.bodies.values() for n in b.names] + [n for s in ref.states.values() for n in s.names]
    state_words = {w.upper() for s in ref.states.values() for n in s.names if " " in n for w in n.split()}
    return frozenset(n for n in names if n.isupper() and " " not in n and 2 <= len(n) <= 8 and n not in state_words)


def _word(word: str, first: bool) -> str:
    core = word.strip(",;:()[]\"“”«»")
    if not first and (core.lower() in _small_words(lexicon.current()) or core.lower() in NAME_PARTICLES):
        return word.lower()
    if core.rstrip(".").upper() in _acronyms() or core.upper() in _acronyms() or INITIALS.fullmatch(core):
        return word
    elided = ELIDED.fullmatch(word)
    if elided and not first:
        return elided.group(1).lower() + elided.group(2) + _capitalised(elided.group(3))
    return _capitalised(word)


def _capitalised(word: str) -> str:
    """"AL-NASSER" -> "Al-Nasser", "O'BRIEN" -> "O'Brien", "MCDONALD" -> "McDonald"."""
    out = []
    start = True
    for i, ch in enumerate(word):
        out.append(ch.upper() if start else ch.lower())
        start = ch in "-(\"“«" or (ch in "'’" and i == 1) or (i == 1 and word[:2].upper() == "MC" and len(word) > 3)
    return "".join(out)


LOWER_RUN = re.compile(r"[a-zß-öø-ÿ]{3}")  # three lower-case letters in a row: a word of prose, not a line in capitals
LETTER = re.compile(r"[^\W\d_]")


TRAILING_ASIDE = re.compile(r"\s*\([^()\n]*\)[\s.]*$")  # "... IN AFRICA (New York, 10 September 2019)": the place and date cased


def _in_capitals(line: str) -> bool:
    line = TRAILING_ASIDE.sub("", line)
    if len(line) < LEAST_LETTERS or LOWER_RUN.search(line):
        return False
    letters = LETTER.findall(line)
    return len(letters) >= LEAST_LETTERS and sum(c.isupper() for c in letters) >= CAPITALS_SHARE * len(letters)


@cache
def _post_in_capitals() -> re.Pattern[str]:
    """A post's word (the lexicons' ``signature.titles``) or an honour, printed in capitals."""
    return re.compile(rf"(?:\b(?:{TITLE_WORDS})\b|\bH\.\s?E\.|\bMRS?\.|\bMS\.)", re.I)


# a name printed in capitals after a rank or an honour, before the comma that opens the post, in a line otherwise cased:
# "Intervención del embajador LUIS GUILLERMO GIRALDO, Representante Permanente de Colombia"
NAME_IN_CAPITALS = re.compile(r"\b(?:[Aa]mbassador|[Aa]mbassadeur|[Ee]mbajador|[Ee]mbajadora|Mr\.|Mrs\.|Ms\.|M\.|Mme|Sr\.|Sra\.|H\.E\.) "
                              r"(?P<name>(?:[A-ZÀ-Þ][A-ZÀ-Þ'’-]+ ){1,3}[A-ZÀ-Þ][A-ZÀ-Þ'’-]+)(?=\s*,)")


def _cased_names(line: str) -> str:
    """The names in capitals of a line not itself in capitals given a case back (the same length)."""
    def cased(m: re.Match[str]) -> str:
        words = m.group("name").split(" ")
        if any(w in _acronyms() or _post_in_capitals().fullmatch(w) for w in words):
            return m.group(0)  # ("Ms. UN WOMEN EXECUTIVE DIRECTOR": an office, not a name)
        name = " ".join(_word(w, i == 0) for i, w in enumerate(m.group("name").split(" ")))
        return m.group(0)[:m.start("name") - m.start()] + name
    return NAME_IN_CAPITALS.sub(cased, line)


def cased_headings(text: str) -> str:
    """The text with its top lines in capitals given a case back (the same length; unchanged where no such
    line stands near the top, or where none of them names a post or an honour: a masthead's "GENERAL
    ASSEMBLY" names no speaker)."""
    top = text[:REACH]
    named = NAME_IN_CAPITALS.search(top)
    if not named and not any(_in_capitals(line) and _post_in_capitals().search(line) for line in top.split("\n")):
        return text
    out = []
    pos = 0
    above = ""
    for line in text[:REACH].split("\n"):
        if _in_capitals(line):
            words = [(m.start(), m.group(0)) for m in WORD.finditer(line)]
            cased = list(line)
            runs_on = _in_capitals(above)  # ("PERMANENT REPRESENTATIVE / OF THE REPUBLIC OF DJIBOUTI": the line goes on)
            for i, (at, word) in enumerate(words):
                new = _word(word, i == 0 and not runs_on)
                if len(new) == len(word):
                    cased[at:at + len(word)] = new
            line = "".join(cased)
        elif named:
            line = _cased_names(line)
        if line.strip():
            above = text[pos:pos + len(line)]  # (the line above with words: a block's lines may stand a blank line apart)
        out.append(line)
        pos += len(line) + 1
    head = "\n".join(out)
    return head + text[len(head):]


WRAPPED_MOST = 8  # a heading's lines, wrapped short
WRAPPED_WIDEST = 70
SENTENCE_END = re.compile(r"[.;:!?][\"”’)]*[ \t]*$")


def unwrapped_heading(text: str) -> str:
    """The text with its first lines joined where a heading is wrapped into short lines ("Statement by the Permanent
    Representative / of Cuba to the United Nations, Ambassador / Pedro Luis Pedroso Cuesta, at the / ..."): the line
    breaks inside it made spaces, up to the line that ends a sentence (the same length; unchanged where the first
    line is long or ends a sentence)."""
    lines = list(re.finditer(r"[^\n]*", text[:REACH]))[::2]  # (each line, not the empty match after it)
    first = next((i for i, m in enumerate(lines) if m.group(0).strip()), None)
    if first is None:
        return text
    joined = []
    for m in lines[first:first + WRAPPED_MOST]:
        line = m.group(0)
        if not line.strip() or len(line) > WRAPPED_WIDEST:
            break
        joined.append(m)
        if SENTENCE_END.search(line):
            break
    if len(joined) < 2 or not SENTENCE_END.search(joined[-1].group(0)) and len(joined) < WRAPPED_MOST:
        return text  # (a heading's lines end a sentence; not a page's menu)
    out = list(text)
    for m in joined[:-1]:
        out[m.end()] = " "
    return "".join(out)

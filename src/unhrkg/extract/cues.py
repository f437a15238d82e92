"""The stance cues of a sentence: the lexicon's words for rejecting and supporting a resolution (``stance.rejects``,
``stance.supports``, ``stance.invokes``, ``stance.accuses``, the predicates), found once per sentence, the longest
where two overlap; and the words before a cue that take it back or make it a noun."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from unhrkg.extract import lexicon


@dataclass(frozen=True)
class Cue:
    """A stance cue found in a sentence: where, which stance, and whether it is a predicate."""

    start: int
    end: int
    text: str
    stance: str
    predicate: bool
    invoking: bool = False
    accusing: bool = False

    def group(self, _: int = 0) -> str:
        return self.text


def cues_in(sentence: str) -> list[Cue]:
    """Every stance cue of the language's lexicon in a sentence; where two overlap, the longer."""
    return list(_cues_in(lexicon.current(), sentence))


@lru_cache(maxsize=512)  # the stance, authority and adoption rules each look for cues in the same sentences
def _cues_in(lang: str, sentence: str) -> tuple[Cue, ...]:
    found: list[Cue] = []
    for key, stance, predicate in (("rejects_predicate", "rejects", True), ("supports_predicate", "supports", True),
                                   ("rejects", "rejects", False),
                                   ("invokes", "supports", False), ("accuses", "supports", False),
                                   ("supports", "supports", False)):
        pattern = lexicon.pattern("stance", key, lang=lang)
        for m in pattern.finditer(sentence) if pattern else ():
            found.append(Cue(m.start(), m.end(), m.group(0), stance, predicate, key == "invokes", key == "accuses"))
    kept: list[Cue] = []  # where cues overlap, the longest wins ("in violation of" over "violation of")
    for c in sorted(found, key=lambda c: (-(c.end - c.start), c.start)):
        if not any(k.start < c.end and c.start < k.end for k in kept):
            kept.append(c)
    # "X is a violation of the Charter" rejects the resolution before it; "a violation of
    # resolutions 550 and 789" invokes the resolutions after it: the same words, both ways.
    two_way = lexicon.pattern("stance", "two_way", lang=lang)
    kept += [Cue(c.start, c.end, c.text, "supports", False, False, True) for c in kept
             if c.predicate and two_way and two_way.search(c.text)]
    return tuple(sorted(kept, key=lambda c: c.start))


def negated(sentence: str, cue: Cue) -> bool:
    """A negator in the two words before the cue ("does not oppose", "withdraw support",
    "ne ... pas", "no apoya"), unless the cue is itself a negative phrase."""
    if re.match(r"(?:do|does|did|will|shall|would|can|could|cannot|never|non|ne|n'|no)\b", cue.text, re.I):
        return False
    before = re.findall(r"[\w']+", sentence[max(0, cue.start - 30):cue.start].lower())[-2:]
    negators = set(lexicon.words("stance", "negators"))
    only = set(lexicon.words("stance", "not_only"))  # "not only a violation of ... but also": no negation
    return any((w in negators or w.endswith("n't")) and not (i + 1 < len(before) and before[i + 1] in only)
               for i, w in enumerate(before))


def noun_use(sentence: str, cue: Cue) -> bool:
    """'the support of', 'with its support': the word names a thing, not the author's act."""
    if not re.match(r"support|appui|apoyo", cue.text, re.I) or re.match(r"supported", cue.text, re.I):
        return False
    before = re.findall(r"[\w']+", sentence[max(0, cue.start - 20):cue.start].lower())[-1:]
    markers = set(lexicon.words("stance", "noun_markers" if cue.text.lower() != "supports" else "plural_noun_markers"))
    return bool(before) and before[0] in markers

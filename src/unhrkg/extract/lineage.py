"""Resolutions named as what another resolution builds on: "Resolution 40/1, which also incorporates
and builds on preceding Resolutions 30/1 and 34/1", "Resolution 2467 takes the existing Resolution 1325
to the next level", "Compared with the previous Resolution 1718, the Resolution 1874 introduces",
"resolution 1325 ... was adopted after recalling resolutions 1261 (1999) and 1265 (1999)".

Such a resolution is named for its place in a line of texts, not invoked: the author's stance is on the
later one. Where the author rejects the later one, it rejects the line it continues (Sri Lanka withdrawing
from resolution 40/1 "and previous Resolutions 30/1 and 34/1"): the rule ``antecedent-rejects``.

An antecedent is marked by a word before it (the lexicon's ``stance.antecedent_words``: "previous",
"preceding", "existing"; "précédentes", "anteriores") in a sentence naming another resolution, or by a
phrase (``stance.builds_on``: "builds on", "incorporates", "after recalling") between a resolution
named before it in the sentence and it.
"""
from __future__ import annotations

import re

from unhrkg.extract import lexicon
from unhrkg.extract.model import Position, Ref
from unhrkg.extract.objects import keyword_start
from unhrkg.extract.references import RefMention
from unhrkg.extract.stances import coordinated
from unhrkg.extract.text import flat, sentence_at, sentences

Key = tuple[str, str]


def antecedents(text: str, refs: list[RefMention]) -> dict[Key, tuple[Key, RefMention]]:
    """Each resolution named as an antecedent -> (the later resolution it leads to, where it is named)."""
    words, phrases = lexicon.pattern("stance", "antecedent_words"), lexicon.pattern("stance", "builds_on")
    if not words and not phrases:
        return {}
    sents = sentences(text)
    found: dict[Key, tuple[Key, RefMention]] = {}
    for r in refs:
        sent = sentence_at(sents, r.start)
        if sent is None:
            continue
        key = (r.body, r.number)
        others = [o for o in refs if sent.start <= o.start < sent.end and (o.body, o.number) != key]
        keyword = keyword_start(text, r)
        lead = text[max(sent.start, keyword - 40):keyword]
        marked = words and re.search(rf"(?:{words.pattern})\s*$", lead, words.flags)
        before = [o for o in others if o.end <= keyword]
        listed = before and (before[-1].body, before[-1].number) in found and coordinated(text, before[-1], r)
        if listed:  # "preceding Resolutions 30/1 of October 2015 and 34/1 of March 2017": the list's later ones too
            found.setdefault(key, (found[(before[-1].body, before[-1].number)][0], r))
        elif marked and others:
            found.setdefault(key, ((others[0].body, others[0].number), r))
        elif before and phrases and phrases.search(text, before[-1].end, keyword):
            found.setdefault(key, ((before[-1].body, before[-1].number), r))
    return found


def antecedent_positions(text: str, refs: list[RefMention], positions: list[dict[str, object]],
                         taken: set[Key]) -> list[dict[str, object]]:
    """The author's rejection of a resolution carried to the ones it builds on (rule ``antecedent-rejects``)."""
    rejected = {(p["target"]["body"], p["target"]["number"]) for p in positions if p["stance"] == "rejects"}  # type: ignore[index]
    out = []
    sents = sentences(text)
    for key, (later, ref) in antecedents(text, refs).items():
        sent = sentence_at(sents, ref.start)
        if key not in taken and later in rejected and sent is not None:
            out.append(Position(Ref(*key), "rejects", flat(sent.text), "antecedent-rejects", (sent.start, sent.end)).to_dict())
    return out

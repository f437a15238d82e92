"""Resolutions named as what another resolution builds on: "Resolution 40/1, which also incorporates
and builds on preceding Resolutions 30/1 and 34/1", "Resolution 2467 takes the existing Resolution 1325
to the next level", "Compared with the previous Resolution 1718, the Resolution 1874 introduces",
"resolution 1325 ... was adopted after recalling resolutions 1261 (1999) and 1265 (1999)".

Such a resolution is named for its place in a line of texts, not invoked: the author's stance is on the
later one. Where the author rejects the later one, it rejects the line it continues (Sri Lanka withdrawing
from resolution 40/1 "and previous Resolutions 30/1 and 34/1"): the rule ``antecedent-rejects``.

An antecedent is marked by a word before it (the lexicon's ``stance.antecedent_words``: "previous",
"preceding"; "précédentes", "anteriores") where it is listed with the resolution before it ("Resolution
40/1 and previous Resolutions 30/1 and 34/1"), or by a phrase (``stance.builds_on``: "builds on",
"incorporates", "after recalling") that the later resolution is the subject of, in its own clause,
right before it ("Resolution 40/1 ..., which also incorporates and builds on preceding Resolutions";
not "... voted against ES-10/21 and urges the parties to build on resolutions 242 and 338", nor
"departs from previous resolutions").
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


def antecedents(text: str, refs: list[RefMention], phrases_key: str = "builds_on") -> dict[Key, tuple[Key, RefMention]]:
    """Each resolution named as an antecedent -> (the later resolution it leads to, where it is named); with
    ``phrases_key="follows"``, those a later one is said to follow (the lexicon's ``stance.follows``) only."""
    words = lexicon.pattern("stance", "antecedent_words") if phrases_key == "builds_on" else None
    phrases = lexicon.pattern("stance", phrases_key)
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
        elif before and ((marked and coordinated(text, before[-1], r)) or (phrases and _builds(text, before[-1], keyword, phrases))):
            found.setdefault(key, ((before[-1].body, before[-1].number), r))
    return found


# between the later resolution and the phrase: its own relative clause or apposition, no other subject or verb
# ("Resolution 40/1 of March 2019 on '...', which also incorporates", not "... ES-10/21 and urges the parties to build on")
BUILDS_GAP = re.compile(r"[^.;:]{0,160}?(?:,\s*(?:which|that|qui|que|la\s+cual|el\s+cual|lo\s+que)\s+(?:\w+\s+){0,2})?$", re.I)
CONTRAST = re.compile(r"\b(?:and|et|y)\s+(?:urges?|calls?|invites?|encourages?|asks?|requests?|appeals?|exhorts?|insta|pide|exhorte|appelle|"
                      r"demande)\b|\b(?:departs?|deviates?|differs?|contradicts?|s['’]écarte|se\s+aparta)\b", re.I)
# between the phrase and the earlier resolution: an article, "preceding", the adopting body's name
AFTER_PHRASE = re.compile(r"[\s,]*(?:(?:the|la|las|les|el|los|its|sus?|ses|preceding|previous|earlier|précédentes?|anteriores?)\s+)*"
                          r"(?:[A-Z][\w'’-]*\s+(?:(?:on|of|des|de|du|del)\s+)?){0,5}")


ARTICLE_BEFORE = re.compile(r"\b(?:the|these|those|les|las|los)\s+$", re.I)


def _builds(text: str, later: RefMention, keyword: int, phrases: re.Pattern[str]) -> bool:
    """A builds-on phrase whose subject is the later resolution, right before the earlier one."""
    m = None
    for m in phrases.finditer(text, later.end, keyword):
        pass
    if m is None or not AFTER_PHRASE.fullmatch(text, m.end(), keyword) or ARTICLE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return False  # ("supports resolution 2467 and the following resolutions 1325, 1820": an adjective, no lineage)
    gap = text[later.end:m.start()]
    return bool(BUILDS_GAP.fullmatch(gap)) and not CONTRAST.search(gap)


def antecedent_positions(text: str, lineage: dict[Key, tuple[Key, RefMention]], positions: list[dict[str, object]],
                         taken: set[Key]) -> list[dict[str, object]]:
    """The author's rejection of a resolution carried to the ones it builds on (rule ``antecedent-rejects``)."""
    rejected = {(p["target"]["body"], p["target"]["number"]) for p in positions if p["stance"] == "rejects"}  # type: ignore[index]
    out = []
    sents = sentences(text)
    for key, (later, ref) in lineage.items():  # (the ``antecedents`` of the text's references)
        sent = sentence_at(sents, ref.start)
        if key not in taken and later in rejected and sent is not None:
            out.append(Position(Ref(*key), "rejects", flat(sent.text), "antecedent-rejects", (sent.start, sent.end)).to_dict())
    return out

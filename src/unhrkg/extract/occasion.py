"""A State speaking where a resolution has just been adopted: how it voted, when it says no other.

An explanation of vote, or a statement delivered in the meeting of the body that adopts the
resolution (the forum, found by ``forum.speech_forum``), at the adoption: the heading or the
opening names it ("Explanation of vote on the adoption of resolution 2336", "The Security
Council unanimously adopts resolution 2397"). A State that speaks there voted; it voted for the
resolution when the text says nothing against it (no rejecting cue about it, no abstention:
the lexicon's ``stance.abstains``) and speaks of the outcome well (a supporting cue) or says it
was adopted unanimously or by consensus (``stance.assent``). The words come from the lexicon
(``stance.adoption``), so the rule reads every language that has them.
"""
from __future__ import annotations

import re

from unhrkg.extract import lexicon
from unhrkg.extract.model import Position, Ref
from unhrkg.extract.objects import in_draft_title
from unhrkg.extract.references import RefMention
from unhrkg.extract.cues import cues_in
from unhrkg.extract.tally import abstentions
from unhrkg.extract.text import Sentence, flat, sentences

OPENING_REACH = 700  # the heading and first lines, where the occasion of a speech is named
FORUM_OF = {"GA3": "GA"}  # a committee of the Assembly hears the vote of the Assembly's resolution


def adoption_votes(text: str, refs: list[RefMention], voices: list[str], addressee: str | None,
                   taken: set[tuple[str, str]]) -> list[dict[str, object]]:
    """The author's vote for the resolution adopted at the meeting it speaks in, where the text
    takes no stance on it otherwise."""
    meeting = meeting_resolution(text, refs, addressee) if voices else None
    if meeting is None:
        return []
    ref, sent = meeting
    key = (ref.body, ref.number)
    if key in taken or _dissent(text, refs, key) or not _assent(text):
        return []
    position = Position(Ref(ref.body, ref.number), "supports", flat(sent.text), "adoption-occasion",
                        (sent.start, sent.end))
    return [position.to_dict()]


def meeting_resolution(text: str, refs: list[RefMention], addressee: str | None) -> tuple[RefMention, Sentence] | None:
    """The resolution adopted at the meeting a speech is given in, named in its heading or
    opening, with the sentence naming it; None when the text is no such speech or names several."""
    forum = FORUM_OF.get(addressee or "", addressee)
    adoption = lexicon.pattern("stance", "adoption")
    if forum is None or adoption is None:
        return None
    zone = _heading_end(text)
    opening = [s for s in sentences(text) if s.start < zone and adoption.search(s.text)]
    adopted = {(r.body, r.number): (r, s) for s in opening for r in refs  # (not one a draft's title names: the draft is
               if r.explicit and r.body == forum and s.start <= r.start < s.end and not in_draft_title(text, r.start)}  # adopted)
    if len(adopted) != 1:
        return None  # no resolution, or several: the meeting's own one is not told
    return next(iter(adopted.values()))


def _heading_end(text: str) -> int:
    """Where the heading ends: at the word to the chair ("Thank you, Mr President"), or after the
    first paragraph; a resolution named further down ("Resolution 2375, adopted in September")
    is not the meeting's."""
    chair = lexicon.pattern("speech", "chair")
    salutation = chair.search(text, 0, OPENING_REACH) if chair else None
    if salutation:
        return salutation.start()
    first = re.search(r"\S", text)
    blank = re.compile(r"\n\s*\n").search(text, first.start() if first else 0)
    return min(blank.start() if blank else len(text), OPENING_REACH)


def _dissent(text: str, refs: list[RefMention], key: tuple[str, str]) -> bool:
    """An abstention anywhere, or a rejecting cue in a sentence that names the resolution."""
    if abstentions(text):
        return True
    for sent in sentences(text):
        names_it = any((r.body, r.number) == key and sent.start <= r.start < sent.end for r in refs)
        if names_it and any(c.stance == "rejects" for c in cues_in(sent.text)):
            return True
    return False


def _assent(text: str) -> bool:
    """Unanimity or consensus said, or a supporting word said anywhere in the speech."""
    assent = lexicon.pattern("stance", "assent")
    if assent and assent.search(text):
        return True
    return any(c.stance == "supports" and not c.invoking and not c.accusing
               for s in sentences(text) for c in cues_in(s.text))

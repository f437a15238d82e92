"""The author's vote read off a tally: "adopted by ten votes in favour, among them Spain's; three
abstentions ...; two against, those of Venezuela and Uruguay".

A sentence that names a resolution and counts its votes in at least two ways (in favour, against,
abstaining: the lexicon's ``stance.tally_for``, ``stance.tally_against``, ``stance.abstains``) lists
who voted how; the author named after "in favour" voted for it, after "against" against it, after
an abstention neither. Only the author's own vote is taken, as everywhere.
"""
from __future__ import annotations

import re

from unhrkg.extract import lexicon
from unhrkg.extract.gazetteer import states_in
from unhrkg.extract.model import Position, Ref
from unhrkg.extract.references import RefMention
from unhrkg.extract.text import flat, sentences

# "abstain from any unilateral measure", "abstenerse de cualquier medida": to refrain, not a vote
# ("abstained from voting" is one)
REFRAIN_AFTER = re.compile(r"\s+(?:from|de|d['’])(?!\s*(?:vot|the\s+vote|la\s+votaci|le\s+vote))", re.I)


def abstentions(text: str) -> list[re.Match[str]]:
    """The abstentions a text speaks of (the lexicon's ``stance.abstains``), not the refrainings."""
    abstains = lexicon.pattern("stance", "abstains")
    return [m for m in abstains.finditer(text) if not REFRAIN_AFTER.match(text, m.end())] if abstains else []

KINDS = (("tally_for", "supports"), ("tally_against", "rejects"), ("abstains", None))
TALLY_REACH = 120  # a State is listed this close after the count it belongs to


def tally_votes(text: str, refs: list[RefMention], voices: list[str],
                taken: set[tuple[str, str]]) -> list[dict[str, object]]:
    """Positions of the author on the resolution whose vote a sentence counts."""
    out: list[dict[str, object]] = []
    for sent in sentences(text):
        named = {(r.body, r.number): r for r in refs if sent.start <= r.start < sent.end}
        if len(named) != 1 or next(iter(named)) in taken:
            continue
        counts = _counts(sent.text)
        if len({stance for _, stance in counts}) < 2:
            continue  # one way of voting named: not a tally
        ref = next(iter(named.values()))
        for st in states_in(sent.text):
            before = [(at, stance) for at, stance in counts if at <= st.start and st.start - at <= TALLY_REACH]
            if st.value in voices and before and before[-1][1] in ("supports", "rejects"):
                stance = before[-1][1]
                out.append(Position(Ref(ref.body, ref.number), str(stance), flat(sent.text), "vote-tally",
                                    (sent.start, sent.end)).to_dict())
                taken.add((ref.body, ref.number))
                break
    return out


def _counts(sentence: str) -> list[tuple[int, str | None]]:
    """Where each way of voting is counted in the sentence, in order."""
    found: list[tuple[int, str | None]] = []
    for key, stance in KINDS:
        pattern = lexicon.pattern("stance", key)
        matches = abstentions(sentence) if key == "abstains" else list(pattern.finditer(sentence)) if pattern else []
        found += [(m.end(), stance if stance else "abstains") for m in matches]
    return sorted(found)

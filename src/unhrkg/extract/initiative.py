"""The author's own initiative: "France welcomes the adoption, on its initiative, of resolution
2283", "adoptée à notre initiative", "aprobada a iniciativa nuestra".

A possessive initiative phrase (the lexicon's ``sponsor.own_initiative``) in a sentence the author
speaks makes the author the sponsor of the resolutions that sentence names. It needs the author,
so it runs after the header is read; the sentence is the evidence.
"""
from __future__ import annotations

from unhrkg.extract import lexicon
from unhrkg.extract.model import Ref, Sponsorship
from unhrkg.extract.references import RefMention
from unhrkg.extract.speakers import speaker_is_author
from unhrkg.extract.text import flat, sentences


def own_initiatives(text: str, refs: list[RefMention], voices: list[str]) -> list[dict[str, object]]:
    """Sponsorships of the author's for the resolutions named in a sentence saying it was its initiative."""
    phrases = lexicon.pattern("sponsor", "own_initiative")
    if not phrases or not voices or not phrases.search(text):
        return []  # (most texts say none: one look at the whole text before the sentences)
    out: list[dict[str, object]] = []
    for sent in sentences(text):
        m = phrases.search(sent.text)
        if m is None or not speaker_is_author(sent.text, m.start(), voices):
            continue
        named = dict.fromkeys((r.body, r.number) for r in refs if sent.start <= r.start < sent.end)
        for body, number in named:
            for voice in voices:
                out.append(Sponsorship(Ref(body, number), voice, flat(sent.text), "own-initiative",
                                       (sent.start, sent.end)).to_dict())
    return out

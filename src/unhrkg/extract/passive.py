"""A stance said in the passive, with the author as its agent: "Resolution 19/2 of 2012, which was
not recognized by Sri Lanka", "la résolution 2602, qui n'a pas été acceptée par l'Algérie",
"co-sponsored by Japan" in Japan's own text.

The lexicon's ``stance.passive_rejects`` and ``stance.passive_supports`` are the participles with
their auxiliary, ending in the language's "by" ("was not recognized by", "rejected by"); the
resolution stands just before (its relative pronoun or a few words between), and the agent
right after must be an author State (or the author's voice: "by us", "by my Government"). Another
agent ("rejected by Israel") is that State's stance, not the author's, and gives nothing here.
"""
from __future__ import annotations

import re

from unhrkg.extract import lexicon
from unhrkg.extract.gazetteer import states_in
from unhrkg.extract.model import Position, Ref
from unhrkg.extract.references import RefMention
from unhrkg.extract.text import flat, sentences

KINDS = (("passive_rejects", "rejects"), ("passive_supports", "supports"))
SUBJECT_REACH = 6  # words between the resolution and the passive ("19/2 of 2012 which was not recognized by")
OWN_VOICE = re.compile(r"(?:the\s+|my\s+|our\s+|mi\s+|mon\s+|ma\s+|notre\s+|nuestro\s+|nuestra\s+)?"
                       r"(?:us|we|my\s+Government|my\s+delegation|our\s+Government|nous|notre\s+Gouvernement|"
                       r"nosotros|nuestro\s+Gobierno|mi\s+Gobierno|mi\s+delegación|ma\s+délégation)\b", re.I)


def passive_positions(text: str, refs: list[RefMention], voices: list[str],
                      taken: set[tuple[str, str]]) -> list[dict[str, object]]:
    """The author's stances said in the passive, on resolutions no other rule took a stance on."""
    out: list[dict[str, object]] = []
    # (a participle the whole text does not hold is in none of its sentences: looked for once, not per sentence)
    kinds = [(p, stance) for key, stance in KINDS if voices and (p := lexicon.pattern("stance", key)) and not p.absent(text)]
    for sent in sentences(text) if kinds else ():
        for pattern, stance in kinds:
            for m in pattern.finditer(sent.text):
                before = [r for r in refs if sent.start <= r.start and r.end <= sent.start + m.start()]
                target = before[-1] if before else None
                if target is None or (target.body, target.number) in taken:
                    continue
                between = text[target.end:sent.start + m.start()]
                if not _subject_reaches(between, target is before[0]) or not _agent_is_author(sent.text, m.end(), voices):
                    continue
                taken.add((target.body, target.number))
                out.append(Position(Ref(target.body, target.number), stance, flat(sent.text), f"passive-{stance}",
                                    (sent.start, sent.end)).to_dict())
    return out


def _subject_reaches(between: str, first: bool) -> bool:
    """The resolution is the passive's subject: a few words between ("19/2 of 2012 which was not recognized by"),
    or, for the first resolution the sentence names, the phrases that describe it with no clause of their own
    and nothing coordinated with it but more resolutions ("Resolution 186 (1964) setting up the Force ..., and the
    subsequent Council resolutions extending its mandate, could not be accepted by"; not "Resolution 186 set up
    the Force, and the Annan plan ... could not be accepted by")."""
    words = len(between.split())
    if words <= SUBJECT_REACH:
        return True
    if not first or words > DESCRIBED_SUBJECT_REACH or OWN_CLAUSE.search(between):
        return False
    return all(RESOLUTION_NOUN.search(between, m.end(), m.end() + COORDINATED_REACH) for m in COORDINATED.finditer(between))


DESCRIBED_SUBJECT_REACH = 40
OWN_CLAUSE = re.compile(r"[;:]|\b(?:which|that|who|whom|whose|qui|(?<!ainsi\s)que|dont|quien|cuyo|cuya|is|are|was|were|has|have|had|"
                        r"est|sont|ont|était|fue|ha|han)\b", re.I)  # (a verb of its own: a clause, not a description)
# another noun phrase coordinated with the subject (a determiner after the conjunction; not "créant la Force et
# prorogeant son mandat", participles of one description)
COORDINATED = re.compile(r"\b(?:and|et|y)\s+(?:the|a|an|this|these|its|their|le|la|les|l['’]|un|une|ce|ces|son|sa|ses|el|los|las|"
                         r"una?|este|esta|estos|estas|su|sus)\b", re.I)
COORDINATED_REACH = 60  # "and the subsequent Council resolutions": the noun a few words after the conjunction
RESOLUTION_NOUN = re.compile(r"\b(?:resolutions?|r[ée]solutions?|resoluci[óo]n(?:es)?)\b", re.I)


def _agent_is_author(sentence: str, at: int, voices: list[str]) -> bool:
    """The agent after "by" is the author: one of its States, or its own voice ("us", "my Government"); or a
    second agent joined to the first ("could not be accepted by the Turkish Cypriot side and, as one of the
    guarantors of Cyprus, by Turkey")."""
    if _agent_at(sentence, at, voices):
        return True
    second = SECOND_AGENT.match(sentence, at)
    return bool(second) and _agent_at(sentence, second.end(), voices)


# no verb between the conjunction and the second "by": "and was welcomed by Turkey" is another passive
SECOND_AGENT = re.compile(r"[^.;:]{0,80}?\s(?:and|et|y)\b(?:(?!\b(?:was|were|is|are|been|being|has|have|had|a|ont|été|est|sont|fue|fueron|"
                          r"ha|han|sido|es|son)\b)[^.;:]){0,60}?\s(?:by|par|por)\s", re.I)


def _agent_at(sentence: str, at: int, voices: list[str]) -> bool:
    rest = sentence[at:]
    lead = re.match(r"\s*(?:the\s+|la\s+|le\s+|l['’]|el\s+)?", rest)
    start = at + (lead.end() if lead else 0)
    if OWN_VOICE.match(sentence, start):
        return True
    named = states_in(sentence, start, min(len(sentence), start + 80))
    return bool(named) and named[0].value in voices and bool(OWNER_GAP.fullmatch(sentence, start, named[0].start))


# what may stand between "by" and the State: "by the Government of the Republic of"
OWNER_GAP = re.compile(r"(?:(?:Government|Gouvernement|Gobierno)\s+(?:of|de|du|del|de\s+la)\s+(?:the\s+|la\s+|l['’])?)?"
                       r"(?:(?:Republic|République|República)\s+(?:of|de|du|del)\s+(?:the\s+)?)?", re.I)

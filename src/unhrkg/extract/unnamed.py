"""An organ that speaks without naming its State: "The Ministry of Foreign Affairs welcomes ...",
"Cabinet has approved ...", "Press Release of the Mission ...", "El Ministerio de Relaciones
Exteriores (Mirex) ...".

A ministry's or a mission's own text often never says whose it is: the reader knows. The State
it speaks for is then the one the text names far more than any other (``DOMINANCE`` times the
next, at least ``LEAST`` times), and not mostly as a place or a target ("in Syria", "against
Iran", "sur la Syrie": ``TOPIC_BEFORE``); a text about another country names that country most,
but as a place. The weakest author rule: it is asked only when no other finds an author, and
never for a UN document (one with a symbol).
"""
from __future__ import annotations

import re
from collections import Counter

from unhrkg.extract import lexicon
from unhrkg.extract.gazetteer import bodies_in, states_in

OPENING = 400  # the organ stands in the heading or the first sentence
LEAST = 3
DOMINANCE = 2
TOPIC_SHARE = 0.5  # at most this share of the State's mentions may be as a place or a target
TOPIC_BEFORE = re.compile(r"\b(?:on|in|against|about|over|into|toward|towards|sur|en|contre|au|aux|sobre|contra|hacia)\s+"
                          r"(?:the\s+|la\s+|le\s+|l['’]|el\s+)?$", re.I)
NAMED_AFTER = 30  # "the Mission of Ghana", "the UN Mission in South Sudan": an organ named with its owner


def unnamed_organ_state(text: str) -> str | None:
    """The State an unnamed organ at the top of the text speaks for, when one stands out."""
    organs = lexicon.pattern("author", "organs")
    if organs is None or not any(_unnamed(text, m) for m in organs.finditer(text, 0, min(len(text), OPENING))):
        return None
    mentions = states_in(text)
    counts = Counter(str(m.value) for m in mentions)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < LEAST or (len(ranked) > 1 and ranked[0][1] < DOMINANCE * ranked[1][1]):
        return None
    best = ranked[0][0]
    as_topic = sum(1 for m in mentions if m.value == best and TOPIC_BEFORE.search(text[max(0, m.start - 25):m.start]))
    return best if as_topic < TOPIC_SHARE * counts[best] else None


def _unnamed(text: str, organ: re.Match[str]) -> bool:
    """No State or body named with the organ ("the Ministry of Foreign Affairs of Cyprus", "UN Mission")."""
    lo, hi = max(0, organ.start() - NAMED_AFTER), min(len(text), organ.end() + NAMED_AFTER)
    return not states_in(text, lo, hi) and not bodies_in(text, lo, hi)

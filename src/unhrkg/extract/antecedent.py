"""The resolutions a clause right after them speaks of: "resolutions 26/2 and 30/5, which we
co-sponsored", "la Résolution 2056 (2012) sur le Mali, dont le Maroc est un des principaux co-auteurs".

The last resolution named before the clause is its antecedent where only what ``gap`` allows stands
between them (the rules that ask say what: a body's name, a year, a short title, a comma); the ones
listed with it ("26/2 and 30/5", "1701, 1559 et 1680") come along.
"""
from __future__ import annotations

import re

from unhrkg.extract.references import RefMention

LISTED = re.compile(r"\s*(?:,|and|et|y)\s*(?:,\s*)?(?:and\s+|et\s+|y\s+)?")  # between two resolutions of one list


def antecedents(text: str, refs: list[RefMention], clause: int, gap: re.Pattern[str]) -> list[RefMention]:
    """The resolutions (in the text's order) a clause starting at ``clause`` is about; none where
    more than ``gap`` stands between the last one named and the clause."""
    before = [r for r in refs if r.end <= clause]
    if not before or not gap.fullmatch(text, before[-1].end, clause):
        return []
    chosen = [before[-1]]
    for r in reversed(before[:-1]):
        if not LISTED.fullmatch(text, r.end, chosen[0].start):
            break
        chosen.insert(0, r)
    return chosen

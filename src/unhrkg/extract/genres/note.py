"""Notes verbales without a title: "The Permanent Mission of X ... presents its compliments to
the Office of the High Commissioner", "La Mission permanente de X présente ses compliments au
Haut-Commissariat", "La Misión Permanente de X saluda atentamente a la Oficina del Alto
Comisionado". The mission named before the cue is the author; the party after it the addressee.
"""
from __future__ import annotations

import re

from unhrkg.extract.gazetteer import states_gazetteer
from unhrkg.extract.genres import Genre
from unhrkg.extract.model import Header
from unhrkg.extract.missions import COMPLIMENTS, COMPLIMENTS_WORDS
from unhrkg.extract.scan import printed
from unhrkg.extract.parties import party_at

SENDER = re.compile(r"(?:Permanent\s+Mission|Mission\s+permanente|Misi[óo]n\s+Permanente|Mission|Misi[óo]n|Embassy|"
                    r"Ambassade|Embajada|Delegation|D[ée]l[ée]gation|Delegaci[óo]n|Ministry\s+of\s+Foreign\s+Affairs|"
                    r"Minist[èe]re\s+des\s+Affaires\s+[ée]trang[èe]res|Ministerio\s+de\s+Relaciones\s+Exteriores)"
                    r"\s+(?:of|de|du|del|des)\s+(?:the\s+|la\s+|l'|los\s+)?", re.I)
SEARCH = 4000


def cue(text: str, h: Header) -> int | None:
    end = min(h.zone_end or SEARCH, SEARCH)
    m = COMPLIMENTS.search(text, 0, end) if printed(text, COMPLIMENTS_WORDS, end) else None
    return m.start() if m else None


def read(text: str, h: Header, at: int) -> None:
    compliments = COMPLIMENTS.match(text, at)
    if compliments is None:
        return
    h.put("doc_type", "note_verbale", "presents-compliments", (compliments.start(), compliments.end()))
    party = party_at(text, compliments.end(), h.symbol)
    if party:
        h.put("addressee", party.code, "presents-compliments", (party.start, party.end))
    lead_start = max(0, at - 300)
    senders = list(SENDER.finditer(text, lead_start, at))
    if senders:
        st = states_gazetteer().match_at(text, senders[-1].end())
        if st and st.value:
            h.put("author_states", [str(st.value)], "mission-presents-compliments", (st.start, st.end))


GENRE = Genre("note verbale", cue, read)

"""A State's written statement in the International Court of Justice's advisory proceedings: the title of the request heads
it ("LEGAL CONSEQUENCES OF THE SEPARATION OF THE CHAGOS ARCHIPELAGO FROM MAURITIUS IN 1965 (REQUEST FOR ADVISORY OPINION) /
WRITTEN STATEMENT OF THE GOVERNMENT OF AUSTRALIA", "demande d'avis consultatif", "solicitud de opinión consultiva"); the
statement is addressed to the Court (``genres.statement``)."""
from __future__ import annotations

import re

ADVISORY_REACH = 800  # the proceedings' title heads the statement
# another court's proceedings, or a release about them (not a statement to the Court)
NOT_TO_THE_COURT = re.compile(r"\b(?:Tribunal|Inter-?American|Interamericana|interam[ée]ricaine|African\s+Court|Corte\s+Africana|"
                              r"Cour\s+africaine|European\s+Court|press\s+release|communiqu[ée]|comunicado|news)\b", re.I)
ADVISORY_REQUEST = re.compile(r"\b(?:request\s+for\s+(?:an\s+)?advisory\s+opinion|demande\s+d['’]avis\s+consultatif|"
                              r"solicitud\s+de\s+opini[óo]n\s+consultiva)\b", re.I)


def advisory_request(text: str) -> re.Match[str] | None:
    """The request's title near the top, opening its line or in capitals (not a sentence that tells of a request, wrapped
    in prose), where no other court's proceedings and no press release are named there."""
    head = text[:ADVISORY_REACH]
    if NOT_TO_THE_COURT.search(head):
        return None
    for m in ADVISORY_REQUEST.finditer(head):
        line = head[head.rfind("\n", 0, m.start()) + 1:m.end()]
        if line.isupper() or re.fullmatch(r"[ \t(]*", line[:len(line) - len(m.group(0))]):
            return m
    return None

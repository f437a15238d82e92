"""A text's lead: its headline, and the first person that follows a State named as the lead's subject ("Australia
concludes its two year term on the Security Council today. ... We endeavoured ..."): the State speaks of itself."""
from __future__ import annotations

import re

from unhrkg.extract.gazetteer import Mention, states_in

HEADLINE_LINES = 3  # a page's headline: among its first lines (a site's date line may come first)
HEADLINE_WIDEST = 160


def in_headline(text: str, at: int) -> bool:
    """Whether ``at`` is on a headline: one of the text's first lines, short, not a sentence ending in a stop."""
    end = text.find("\n", at)  # the whole line, not cut at the reach ("Israël a annoncé ... droit »." runs on)
    lines = [m for m in re.finditer(r"[^\n]*\S[^\n]*", text[:len(text) if end < 0 else end])][:HEADLINE_LINES]
    line = next((m for m in lines if m.start() <= at < m.end()), None)
    return line is not None and len(line.group(0)) <= HEADLINE_WIDEST and not line.group(0).rstrip().endswith(".")


WE_REACH = 600  # the first person follows the lead sentence closely
BODY_START = re.compile(r"\n[ \t]*\n[ \t]*(?:(?:The|La|Le|El)\s+|L['’])?(?=\S)")  # a paragraph's start, past its article
WE = re.compile(r"(?<![\"“«‘'])\b(?:We|we|Our|our|Nous|nous|Notre|notre|Nosotros|nosotros|Nuestro|nuestro|Nuestra|nuestra)\b")


def lead_subject_then_we(text: str) -> Mention | None:
    """A text whose first sentence has a State as its subject ("Australia concludes its two year
    term on the Security Council today") and whose next sentences speak in the first person
    outside quotation ("Our record ...", "We endeavoured ..."): the State speaks of itself."""
    start = len(text) - len(text.lstrip())
    if in_headline(text, start) and (body := BODY_START.search(text, start, start + 300)):
        start = body.end()  # under a headline ("Position of the MFA ...\n\nThe Republic of Bulgaria follows ...")
    states = states_in(text, start, min(len(text), start + 40))
    if not states or states[0].start != start or states[0].kind != "name":
        return None
    verb = re.match(r"\s+(?:has\s+|have\s+|is\s+|a\s+|ha\s+)?[a-zà-ÿ]+", text[states[0].end:])
    end = text.find(".", states[0].end)
    if not verb or end < 0:
        return None
    return states[0] if then_we(text, states[0].end) and not any(
        m.value != states[0].value for m in states_in(text, states[0].end, end)) else None


def then_we(text: str, pos: int) -> bool:
    """The sentences after the one ending past pos speak in the first person, outside quotation
    ("The Ministers of Foreign Affairs of A, B, C and D met in Amman today ... The Ministers
    declared: 1. We emphasize ..."): the States named as the subject are the ones speaking."""
    end = text.find(".", pos)
    if end < 0:
        return False
    after = text[end + 1:end + 1 + WE_REACH]
    quoted = after.count("“") + after.count('"') + after.count("«")
    return bool(WE.search(after)) and quoted == 0

"""The High Commissioner for Human Rights named by the short title a text in the Council's work uses:
"We thank the High Commissioner for her update", "le Haut-Commissariat", "la Oficina del Alto
Comisionado" (the lexicon's ``high_commissioner``). It names the Office (OHCHR) where the title is
capitalised, no qualifier follows it ("the High Commissioner for Refugees", "High Commissioner to
Kenya"), no demonym stands before it ("the British High Commissioner") and the text speaks of no
refugee agency."""
from __future__ import annotations

import re

from unhrkg.extract import lexicon
from unhrkg.extract.gazetteer import states_in

QUALIFIED = re.compile(r"\s*(?:d['’]|(?:for|of|to|in|on|pour|aux?|de|du|des|para|del|en)\b)", re.I)
TITLE_WORD = re.compile(r"\b(?:High|Haut|Haute|Alto|Alta)\b")  # the title capitalised, as a title is
REFUGEES = re.compile(r"\b(?:refugees?|réfugiés?|refugiad[oa]s?|UNHCR|HCR|ACNUR)\b", re.I)


def high_commissioner_at(text: str) -> int | None:
    """Where the text first names the High Commissioner for Human Rights by the short title, if it does."""
    short = lexicon.pattern("high_commissioner")
    if short is None or short.absent(text) or REFUGEES.search(text) or _other_kind(text):  # (absent: no match below)
        return None
    for m in short.finditer(text):
        if not TITLE_WORD.search(m.group(0)) or (QUALIFIED.match(text, m.end()) and not m.group(0).endswith("'s")):
            continue
        if any(s.kind == "demonym" and s.end >= m.start() - 1 for s in states_in(text, max(0, m.start() - 30), m.start() + 4)):
            continue  # "the British High Commissioner"
        return m.start()
    return None


ANY_TITLE = re.compile(r"\b(?:High\s+Commissioner|Haute?[- ]Commissa(?:ire|riat)|Alt[oa]\s+Comisionad[oa])\b", re.I)
# what follows the title of the High Commissioner for Human Rights: "for Human Rights", "of the United Nations for ..."
HUMAN_RIGHTS_AFTER = re.compile(r"\s*(?:(?:of|des|de\s+las|de\s+la|de\s+l['’])\s*(?:the\s+)?(?:United\s+Nations|UN|Nations\s+Unies|ONU|Naciones\s+Unidas)\s+)?"
                                r"(?:for|on|aux?|pour|para)\s+(?:the\s+|les\s+|los\s+)?(?:Human|droits|Derechos)", re.I)
# a qualifier naming what another High Commissioner is for or where: "to Kenya", "for Refugees", "para la Paz"
OTHER_QUALIFIER = re.compile(r"\s*(?:(?:for|of|to|in|on|pour|aux?|de|du|des|para|del|en)\s+(?:the\s+|la\s+|le\s+|les\s+|los\s+|las\s+|l['’])?|"
                             r"d['’])(?=[A-ZÉ])")
POSSESSED = re.compile(r"['’]s\s+$")


def _other_kind(text: str) -> bool:
    """Another kind of High Commissioner is spoken of ("India's High Commissioner to Pakistan", "el Alto
    Comisionado para la Paz", "le Haut-Commissariat au Plan", the OSCE's on National Minorities): the short
    title may mean that one."""
    for m in ANY_TITLE.finditer(text):
        if OTHER_QUALIFIER.match(text, m.end()) and not HUMAN_RIGHTS_AFTER.match(text, m.end()):
            return True
        before = text[max(0, m.start() - 30):m.start()]
        if POSSESSED.search(before) or any(s.end >= m.start() - 1 for s in states_in(text, max(0, m.start() - 30), m.start())):
            return True
    return False

"""Who a text without a letter title speaks for: its author State, found by what it says.

Scored over the opening of the text (``OPENING``): an author phrase at a clause start ("the
Government of X", "the Ministry of Foreign Affairs of X", "le Gouvernement de X", "el Gobierno de
X"), a possessive heading ("X's position on ..."), the State's own organ ("the U.S. Mission",
"Azerbaijan's Foreign Ministry"), and the State as the speaking subject ("X rejects ...",
"That X strongly rejects ..."). A statement delivered "on behalf of" a list of States or an
organisation is theirs.
"""
from __future__ import annotations

import re
from collections import Counter

from unhrkg.extract import lexicon
from unhrkg.extract.agents import coordinated
from unhrkg.extract.gazetteer import states_gazetteer, states_in
from unhrkg.reference import load_reference

OPENING = 2500  # how far an author is looked for
CLAUSE_START = re.compile(r"(?:^|[.;:!?\n•*–\-“\"«]\s*|\bthat\s+|\bque\s+)(?:the\s+|la\s+|l[ae]\s+|l'|el\s+|los\s+)?$", re.I)
OWN_ORGAN = re.compile(r"(?:['’]s)?\s+(?:Foreign\s+Ministry|Ministry\s+of\s+Foreign\s+Affairs|Ministry\s+for\s+Foreign\s+Affairs|"
                       r"Government|(?:Permanent\s+)?Mission|delegation|Foreign\s+Minister|Embassy|President|Cabinet)\b")
ORGAN_REACH = 800  # "the U.S. Mission", "Azerbaijan's Foreign Ministry": near the top, the author's letterhead or byline
SPOKESMAN = re.compile(r"\b(?:spokes(?:man|person|woman)|porte-parole|portavoz|vocero)\s+(?:for|of|du|de|del)\s+(?:the\s+|la\s+|l['’])?$", re.I)
DELIVERED_BY = re.compile(r"\b(?:Statement|Intervention|Remarks|Explanation\s+of\s+(?:Vote|Position)|D[ée]claration|"
                          r"Declaraci[óo]n|Intervenci[óo]n)\s+(?:delivered|made|read\s+out|presented|prononc[ée]e|pronunciada)"
                          r"\s+(?:by|par|por)\s+", re.I)
ADVERBS = re.compile(r"(?:\s+(?:\w+ly|once\s+again|again|also|still|therefore|thus))*\s+", re.I)


def speaking_state(text: str) -> tuple[str, str] | None:
    """(ISO3, rule) of the State the opening of a text speaks for, if one stands out."""
    stop = min(len(text), OPENING)
    scores: Counter[str] = Counter()
    rules: dict[str, str] = {}
    first: dict[str, int] = {}
    phrase_re = lexicon.pattern("author", "before_state")
    verbs_re = lexicon.pattern("author", "speaking_verbs")
    head = _letterhead_end(text)
    for m in phrase_re.finditer(text, 0, stop) if phrase_re else ():
        in_head = m.start() < head
        if not in_head and not CLAUSE_START.search(text[max(0, m.start() - 40):m.start()]) and \
                not SPOKESMAN.search(text[max(0, m.start() - 40):m.start()]):
            continue  # "the efforts made by the Government of X": X is spoken of, not speaking
        st = states_gazetteer().match_at(text, m.end() + len(re.match(r"\s*", text[m.end():]).group(0)))
        if not (st and st.value):  # "el Gobierno de Reconciliación y Unidad Nacional de la República de Nicaragua"
            clause = re.match(r"[^,;.\n]{0,80}", text[m.end():]).group(0)
            named = [n for n in states_in(text, m.end(), m.end() + len(clause)) if n.kind == "name"]
            st = named[0] if named else None
        if st and st.value:
            _vote(scores, rules, first, str(st.value), 5 if in_head else 3,
                  "letterhead" if in_head else "author-phrase", m.start())
    for st in states_in(text, 0, stop):
        after = text[st.end:st.end + 60]
        if re.match(r"['’´]s\s+(?:\w+\s+){0,2}?(?:position|response|reply|statement|views?|comments?)\b", after, re.I) \
                and st.start < 400:
            _vote(scores, rules, first, str(st.value), 3, "possessive-heading", st.start)
        lead = text[max(0, st.start - 40):st.start]
        if st.start < ORGAN_REACH and OWN_ORGAN.match(after) and (
                CLAUSE_START.search(lead) or not re.search(r"\b(?:of|by|to|with|against|from|on|the)\s+$", lead, re.I)):
            _vote(scores, rules, first, str(st.value), 4 if CLAUSE_START.search(lead) else 3, "own-organ", st.start)
        gap = ADVERBS.match(after)
        if verbs_re and gap and verbs_re.match(after, gap.end()) and st.kind == "name":
            lead = text[max(0, st.start - 40):st.start]
            if CLAUSE_START.search(lead):
                _vote(scores, rules, first, str(st.value), 2, "speaking-subject", st.start)
    for m in DELIVERED_BY.finditer(text, 0, min(len(text), 800)):  # "Statement delivered by Mr. X, ... of Pakistan"
        clause = re.match(r"[^(\n]{0,200}", text[m.end():]).group(0)
        named = [n for n in states_in(text, m.end(), m.end() + len(clause)) if n.kind == "name"]
        if named:
            _vote(scores, rules, first, str(named[0].value), 4, "delivered-by", m.start())
    if not scores:
        return None
    best = max(scores, key=lambda s: (scores[s], -first[s]))
    ranked = sorted(scores.values(), reverse=True)
    if len(ranked) > 1 and ranked[0] == ranked[1] and rules[best] == "speaking-subject":
        return None  # two States speak as much: no author
    return best, rules[best]


def _letterhead_end(text: str) -> int:
    """Where the letterhead ends: the short lines at the top, before the first line of prose
    ("Permanent Mission of the Russian Federation to the United Nations", "Press and Information
    Department / of the Ministry of Foreign Affairs / of the Republic of Armenia")."""
    pos = 0
    for line in text[:600].split("\n"):
        if len(line) > 90 or re.search(r"[.!?]\s*$", line.strip()) and len(line.split()) > 6:
            break
        pos += len(line) + 1
    return min(pos, len(text))


def _vote(scores: Counter[str], rules: dict[str, str], first: dict[str, int], iso3: str, weight: int,
          rule: str, at: int) -> None:
    scores[iso3] += weight
    if iso3 not in rules or weight > 3 or weight > 2 and rules[iso3] == "speaking-subject":
        rules.setdefault(iso3, rule)
    first[iso3] = min(first.get(iso3, at), at)


BEHALF = re.compile(
    r"(?:\b(?:speak|speaking|deliver|delivering|make|making|read|reading|present|presenting|take|taking|statement)\b[^.\n]{0,200}?"
    r"|(?:^|(?<=[.\n]))\s*)(?:on\s+behalf\s+of|au\s+nom\s+d[eu]s?|en\s+nombre\s+de(?:l)?)\s+", re.I)
BEHALF_REACH = 1500


def on_behalf_of(text: str) -> tuple[str, list[str]] | None:
    """("author_states", [...]) or ("author_body", code) for a statement delivered on behalf of a list of
    States ("on behalf of Botswana, Costa Rica, ... and Uruguay") or an organisation ("on behalf of
    the European Union")."""
    for m in BEHALF.finditer(text, 0, min(len(text), BEHALF_REACH)):
        found = coordinated(text, m.end())
        states = [str(n.value) for n in found if n.value in load_reference().states]
        if states:
            return "author_states", list(dict.fromkeys(states))
        bodies = [str(n.value) for n in found if n.value in load_reference().bodies
                  and load_reference().bodies[str(n.value)].kind in ("igo", "group")]
        if bodies:
            return "author_body", bodies[:1]
    return None

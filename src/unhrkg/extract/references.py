"""Resolutions and documents a text refers to, the stance it takes, and who tabled what.

A resolution reference is "resolution 2003/10", "Commission resolution 2004/13", "General
Assembly resolution 60/251", "resolutions 2003/10 and 2004/13", "resolution A/HRC/42/4",
"Security Council resolution 497 (1981)" or a bare resolution symbol. Its body comes from
the words around it first (the nearest body named before it in the clause, or "of the X"
after it), then from the number's form (CHR numbers by year, HRC and GA by session) and
the document's own context. "The resolution" refers back to the last one named.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from unhrkg.extract.gazetteer import bodies_gazetteer, bodies_in, states_gazetteer, states_in
from unhrkg.extract.symbols import find_symbols, resolution_of_symbol
from unhrkg.extract.text import flat, sentence_at, sentences

ISSUERS = ("CHR", "HRC", "GA", "SC", "ECOSOC", "SUBCOM")
_NUM = (r"(?:(?:ES|S)-\d{1,2}/\d{1,3}|\d{4}/\d{1,3}|\d{1,2}/\d{1,3}(?![\d/])|\d{1,4}\s?(?:[A-Z]\s)?\((?:\d{4}|[IVXLC]+)\)"
        r"|(?:A|E|S)/[\w./-]+\d)")
REF = re.compile(rf"\b(?P<draft>draft\s+)?(?P<kind>resolutions?|decisions?)\s+(?:No\.\s*)?(?P<nums>{_NUM}(?:\s*(?:,\s*and|,|and|&)\s*{_NUM})*)", re.I)
ANAPHOR = re.compile(
    r"\b(?:the|this|that|said|such|same)\s+(?:(?:above-mentioned|aforementioned|abruptly\s+tabled|said|same|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4})\s+)?"
    r"resolution\b(?!\s*(?:\d|[AES]/|s\b))", re.I)
WORD_BODY = re.compile(r"\b(Sub-Commission|Commission|Council|Assembly)\b", re.I)
WORD_BODIES = {"sub-commission": "SUBCOM", "commission": "CHR", "council": "HRC", "assembly": "GA"}


@dataclass(frozen=True)
class RefMention:
    start: int
    end: int
    body: str
    number: str
    explicit: bool

    @property
    def ref(self) -> dict[str, str]:
        return {"body": self.body, "number": self.number}


def _form(number: str) -> str:
    if re.fullmatch(r"\d{4}/\d+", number):
        return "year"
    if re.fullmatch(r"ES-\d+/\d+", number):
        return "emergency"
    if re.fullmatch(r"S-\d+/\d+", number):
        return "special"
    if re.fullmatch(r"\d+/\d+", number):
        return "session"
    if re.fullmatch(r"\d+ (?:[A-Z] )?\(\d{4}\)", number):
        return "sc"
    return "roman"


FORM_BODIES = {"year": ("CHR", "ECOSOC", "SUBCOM"), "session": ("HRC", "GA"), "special": ("HRC", "GA"),
               "emergency": ("GA",), "sc": ("SC",), "roman": ("GA", "ECOSOC")}


def _window_body(text: str, start: int, end: int, window_start: int, form: str) -> str | None:
    """The issuing body named nearest before the reference in its clause, or just after it,
    among those that number resolutions in this form ("Council resolution 2000/3" is ECOSOC's:
    the Human Rights Council never numbered by year)."""
    allowed = FORM_BODIES[form]
    after = re.match(r"\s*,?\s*(?:of|adopted\s+by|by)\s+(?:the\s+)?", text[end:end + 20], re.I)
    if after:
        mention = bodies_gazetteer().match_at(text, end + after.end())
        if mention and mention.value in ISSUERS:
            return mention.value
    lo = max(window_start, start - 90)
    candidates: list[tuple[int, str]] = []
    named = bodies_in(text, lo, start)
    for m in named:
        if m.value in ISSUERS:
            candidates.append((m.end, str(m.value)))
    for m in WORD_BODY.finditer(text, lo, start):
        if not any(n.start <= m.start() < n.end for n in named):
            word = m.group(1).lower()
            body = WORD_BODIES[word]
            if word == "council" and body not in allowed:
                body = next((b for b in ("ECOSOC", "SC") if b in allowed), body)
            candidates.append((m.end(), body))
    fitting = [c for c in candidates if c[1] in allowed]
    return max(fitting or candidates)[1] if candidates else None


def _default_body(form: str, number: str, context: str | None) -> str:
    if form == "year":
        return "CHR" if int(number[:4]) <= 2006 else "ECOSOC"
    if form in ("session", "special"):
        if context in ("HRC", "GA"):
            return context
        if context in ("CHR", "SUBCOM"):
            return "GA"
        return "GA" if int(number.split("/")[0].replace("S-", "")) > 62 else "HRC"
    return FORM_BODIES[form][0]


def _normal_number(raw: str) -> str:
    raw = re.sub(r"\s+", " ", raw.strip())
    return re.sub(r"^(\d+)\s?(?:([A-Z])\s)?\(", lambda m: f"{m.group(1)} {m.group(2) + ' ' if m.group(2) else ''}(", raw)


def find_resolutions(text: str, context: str | None, own: tuple[str, str] | None = None) -> list[RefMention]:
    """Every explicit resolution/decision reference, with its body, in text order."""
    sents = sentences(text)
    out: list[RefMention] = []
    taken: list[tuple[int, int]] = []
    for m in REF.finditer(text):
        if m.group("draft"):
            taken.append((m.start(), m.end()))
            continue
        sent = sentence_at(sents, m.start())
        window_start = max(sent.start if sent else 0, out[-1].end if out else 0)
        for n in re.finditer(_NUM, m.group("nums")):
            raw = n.group(0)
            start, end = m.start("nums") + n.start(), m.start("nums") + n.end()
            if "/" in raw and raw[0] in "AES" and raw[1] == "/":
                symbol = raw.rstrip(".,")
                bare = re.fullmatch(r"A/HRC/((?:S-)?\d+/\d+)", symbol)  # "resolution A/HRC/42/4"
                body_number = ("HRC", bare.group(1)) if bare else resolution_of_symbol(symbol)
                if body_number:
                    out.append(RefMention(start, end, *body_number, True))
                continue
            number = _normal_number(raw)
            form = _form(number)
            body = _window_body(text, m.start(), end, window_start, form)
            if body not in FORM_BODIES[form]:
                body = _default_body(form, number, context)
            out.append(RefMention(start, end, body, number, True))
        taken.append((m.start(), m.end()))
    for s in find_symbols(text):
        body_number = resolution_of_symbol(s.symbol)
        if body_number and not any(a <= s.start < b for a, b in taken):
            out.append(RefMention(s.start, s.end, *body_number, True))
    out = [r for r in out if own is None or (r.body, r.number) != own]
    return sorted(out, key=lambda r: r.start)


def resolve_anaphora(text: str, explicit: list[RefMention]) -> list[RefMention]:
    """'the resolution' etc. bound to the last resolution named before it (or the only one)."""
    distinct = {(r.body, r.number) for r in explicit}
    out = []
    for m in ANAPHOR.finditer(text):
        before = [r for r in explicit if r.end <= m.start()]
        if before:
            target = before[-1]
        elif len(distinct) == 1:
            target = explicit[0]
        else:
            continue
        out.append(RefMention(m.start(), m.end(), target.body, target.number, False))
    return out


def documents_cited(text: str, own_symbol: str | None) -> list[str]:
    """Symbols of other documents the text cites (draft resolutions included, resolutions not)."""
    seen: dict[str, None] = {}
    for s in find_symbols(text):
        if s.symbol == own_symbol or resolution_of_symbol(s.symbol):
            continue
        if re.search(r"\bresolutions?\s+$", text[max(0, s.start - 14):s.start], re.I) and not re.search(r"draft\s+resolutions?\s+$", text[max(0, s.start - 20):s.start], re.I):
            continue
        seen.setdefault(s.symbol, None)
    return list(seen)


REJECT = re.compile(
    r"\b(?:reject(?:s|ed|ing|ion)?|objects?\s+to|objected\s+to|objection\s+to|oppos(?:e|es|ed|ing|ition\s+to)|"
    r"(?:do|does|did|will|shall|can|could)\s*(?:not|n't)\s+(?:even\s+)?(?:recogni[sz]e|accept|implement|cooperate|comply|support|endorse|abide)|"
    r"cannot\s+(?:accept|implement|recogni[sz]e|support|endorse|comply)|non-recognition|denounc(?:e|es|ed)|"
    r"condemn(?:s|ed)?|null\s+and\s+void|(?:dis)?associat(?:e|es|ed)\s+(?:itself\s+|ourselves\s+)?from|"
    r"vot(?:e|es|ed)\s+against|no\s+legal\s+(?:force|effect|basis)|refus(?:e|es|ed)\s+to\s+(?:recogni[sz]e|accept|implement))\b",
    re.I)
SUPPORT = re.compile(
    r"\b(?:(?<!the\s)(?<!with\s)(?<!its\s)(?<!their\s)(?<!of\s)(?<!for\s)support(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|"
    r"endors(?:e|es|ed|ing)|in\s+accordance\s+with\s+the\s+provisions\s+of|in\s+(?:line|conformity|keeping)\s+with|"
    r"co-?sponsor(?:s|ed|ing)?|vot(?:e|es|ed)\s+in\s+favour|committed\s+to\s+(?:the\s+)?(?:full\s+)?implement\w*|"
    r"(?:fully\s+)?implement(?:s|ed|ing)\s+(?:the\s+provisions\s+of\s+)?)\b",
    re.I)
FIRST_PERSON = re.compile(r"\b(?:I|We|we|my|My|our|Our|Government|Mission|delegation)\b")


def _speaker_is_author(sentence: str, cue_at: int, authors: list[str]) -> bool:
    """False when another State is the subject of the stance ('Israel rejects ...')."""
    lead = sentence[:cue_at]
    named = [m.value for m in states_in(lead)]
    if not named:
        return True
    return any(v in authors for v in named) or bool(FIRST_PERSON.search(lead))


def find_positions(text: str, refs: list[RefMention], authors: list[str]) -> list[dict[str, object]]:
    """The author's stance (rejects/supports) toward each resolution, with evidence sentences."""
    if not authors:
        return []
    votes: dict[tuple[str, str], dict[str, list[str]]] = {}
    for sent in sentences(text):
        in_sentence = [r for r in refs if sent.start <= r.start < sent.end]
        if not in_sentence:
            continue
        for pattern, stance in ((REJECT, "rejects"), (SUPPORT, "supports")):
            for cue in pattern.finditer(sent.text):
                if stance == "supports" and re.search(r"\b(?:not|never|cannot|n't)\s+$", sent.text[max(0, cue.start() - 8):cue.start()]):
                    continue
                if not _speaker_is_author(sent.text, cue.start(), authors):
                    continue
                at = sent.start + cue.start()
                target = min(in_sentence, key=lambda r: (abs(r.start - at), r.start < at))
                votes.setdefault((target.body, target.number), {}).setdefault(stance, []).append(flat(sent.text))
                break
    out = []
    for (body, number), stances in votes.items():
        stance = max(stances, key=lambda s: (len(stances[s]), s == "rejects"))
        out.append({"target": {"body": body, "number": number}, "stance": stance,
                    "evidence": stances[stance][0], "rule": f"cue-{stance}"})
    return out


SPONSOR_AFTER = re.compile(
    r"[\s,]*(?:(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+|as\s+|was\s+)?(?:\w+\s+){0,2}?"
    r"(?:tabled|initiated|sponsored|co-sponsored|submitted|introduced|presented|drafted|proposed|put\s+forward|"
    r"pushed\s+through|promoted|adopted\s+under\s+pressure)\s+(?:(?:in|at|before)\s+the\s+[\w\s-]{3,40}?\s+)?by\s+", re.I)
SPONSOR_BEFORE = re.compile(r"\s+(?:has\s+|had\s+)?(?:tabled|initiated|sponsored|submitted|introduced|presented)\s+(?:the\s+|a\s+)?$", re.I)


def _agent_at(text: str, pos: int) -> str | None:
    found = [m for m in (bodies_gazetteer().match_at(text, pos), states_gazetteer().match_at(text, pos)) if m and m.value]
    return max(found, key=lambda m: m.end).value if found else None


def find_sponsors(text: str, refs: list[RefMention]) -> list[dict[str, object]]:
    """Who tabled/initiated/sponsored a resolution, where the text says so."""
    out: dict[tuple[str, str, str], dict[str, object]] = {}
    for r in refs:
        m = SPONSOR_AFTER.match(text, r.end, min(len(text), r.end + 140))
        agent = _agent_at(text, m.end()) if m else None
        rule = "passive-by"
        if agent is None:
            lead = text[max(0, r.start - 60):r.start]
            verb = SPONSOR_BEFORE.search(lead)
            if verb:
                names = [x for x in bodies_in(lead) + states_in(lead) if x.end <= verb.start() + 1]
                names = [x for x in names if lead[x.end:verb.start()].strip() == ""]
                agent, rule = (names[-1].value, "active-tabled") if names else (None, rule)
        if agent:
            key = (r.body, r.number, agent)
            evidence = flat(text[max(0, r.start - 80):min(len(text), r.end + 160)])
            out.setdefault(key, {"resolution": {"body": r.body, "number": r.number}, "sponsor": agent,
                                 "evidence": evidence, "rule": rule})
    return list(out.values())



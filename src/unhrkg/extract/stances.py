"""The stance the author takes toward a resolution, and who tabled which resolution.

Stance: a cue ("rejects", "does not recognize", "considers null and void", "dissociates
itself from"; "supports", "welcomes the adoption of") in a sentence naming a resolution,
said by the author: the State named last before the cue must be an author ("Japan regrets
that the DPRK continues to reject ..." is not Japan's rejection), and the resolution must
not itself be the cue's subject ("resolution 1373 (2001), which condemns terrorism"). A
stance governs every resolution coordinated in its object ("supports resolution A ..., as
well as resolution B").

Sponsor: "tabled/sponsored/submitted/initiated by X" after a resolution (or a list of them:
"resolutions A and B, both tabled by X"), "X [, which] tabled resolution N", "resolution N,
which X tabled"; X and Y coordinated are both sponsors.
"""
from __future__ import annotations

import re

from unhrkg.extract.gazetteer import Mention, bodies_in, states_in
from unhrkg.extract.references import RefMention
from unhrkg.extract.text import flat, sentences

REJECT = re.compile(
    r"\b(?:reject(?:s|ed|ing|ion)?|objects?\s+to|objected\s+to|objection\s+to|oppos(?:e|es|ed|ing|ition\s+to)|"
    r"(?:do|does|did|will|shall|can|could)\s*(?:not|n't)\s+(?:even\s+)?(?:recogni[sz]e|accept|implement|cooperate|comply|support|endorse|abide)|"
    r"cannot\s+(?:accept|implement|recogni[sz]e|support|endorse|comply)|non-recognition|denounc(?:e|es|ed)|"
    r"condemn(?:s|ed)?|null\s+and\s+void|dis(?:as)?sociat(?:e|es|ed|ing)\s+(?:(?:itself|themselves|ourselves|myself)\s+)?from|"
    r"vot(?:e|es|ed)\s+against|no\s+legal\s+(?:force|effect|basis)|refus(?:e|es|ed)\s+to\s+(?:recogni[sz]e|accept|implement))\b",
    re.I)
SUPPORT = re.compile(
    r"\b(?:(?<!the\s)(?<!with\s)(?<!its\s)(?<!their\s)(?<!of\s)(?<!for\s)support(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|"
    r"endors(?:e|es|ed|ing)|in\s+accordance\s+with\s+the\s+provisions\s+of|in\s+(?:line|conformity|keeping)\s+with|"
    r"co-?sponsor(?:s|ed|ing)?|vot(?:e|es|ed)\s+in\s+favour|committed\s+to\s+(?:the\s+)?(?:full\s+)?implement\w*|"
    r"(?:fully\s+)?implement(?:s|ed|ing)\s+(?:the\s+provisions\s+of\s+)?)\b",
    re.I)
PREDICATE = re.compile(r"null|no\s+legal|non-recognition", re.I)
FIRST_PERSON = re.compile(r"\b(?:I|We|we|my|My|our|Our|Government|Mission|delegation)\b")
KEYWORD_BEFORE = re.compile(r"(?:draft\s+)?(?:resolutions?|decisions?)\s+(?:No\.\s*)?$", re.I)
LIST_SEPARATOR = re.compile(r"\s*(?:,\s*and|,|and|&)\s*")
COORDINATED = re.compile(
    r"(?:,\s*|\s+)(?:and(?:\s+also)?|as\s+well\s+as|together\s+with|&)\s+(?:(?:to|for|with|of|in)\s+)?"
    r"(?:its\s+|the\s+)?(?:[A-Z][\w-]*(?:\s+(?:on|of|and|for))?\s+){0,6}$")


PREPOSITION_BEFORE = re.compile(r"\b(?:by|of|with|to|from|against|for|in|on|than|like|including|towards?|upon|at|"
                                r"between|among|behalf\s+of)\s+(?:the\s+)?$", re.I)
COORDINATION_BEFORE = re.compile(r"(?:,|\band|\bor)\s+(?:the\s+)?$", re.I)


def _subject_states(lead: str) -> list[Mention]:
    """States named in the lead that can be a subject: not after a preposition ("the Government
    of Japan", "initiated by the EU and the United States"), nor coordinated with such a name."""
    names = _names(lead, 0, len(lead))
    objects: set[int] = set()
    for i, m in enumerate(names):
        before = lead[:m.start]
        if PREPOSITION_BEFORE.search(before) or (
                i and i - 1 in objects and COORDINATION_BEFORE.search(before) and
                not re.search(r"[.;:]", lead[names[i - 1].end:m.start])):
            objects.add(i)
    states = {(m.start, m.end) for m in states_in(lead)}
    return [m for i, m in enumerate(names) if i not in objects and (m.start, m.end) in states]


def _speaker_is_author(sentence: str, cue_at: int, authors: list[str]) -> bool:
    """The stance is the author's unless the State that is the subject before the cue is another
    ('Israel rejects ...', 'Japan regrets that the DPRK continues to reject ...')."""
    lead = sentence[:cue_at]
    named = _subject_states(lead)
    if not named:
        return True
    if named[-1].value in authors:
        return True
    person = [m for m in FIRST_PERSON.finditer(lead) if m.start() >= named[-1].end]
    return bool(person)


def _keyword_start(text: str, ref: RefMention) -> int:
    """Where the 'resolution' word before a reference starts (its number's start if none)."""
    m = KEYWORD_BEFORE.search(text, max(0, ref.start - 40), ref.start)
    return m.start() if m else ref.start


def coordinated(text: str, first: RefMention, later: RefMention) -> bool:
    """True when `later` is coordinated with `first` ("A and B", "A ..., as well as B")."""
    between = text[first.end:later.start]
    if LIST_SEPARATOR.fullmatch(between):
        return True
    head = text[first.end:_keyword_start(text, later)]
    if ";" in head or REJECT.search(head) or re.search(r"\bsupport", head, re.I):
        return False
    return bool(COORDINATED.search(head))


def _resolution_is_subject(text: str, target: RefMention, cue_at: int) -> bool:
    """'resolution N, which condemns ...', 'the resolution condemns ...'."""
    if target.end > cue_at:
        return False
    between = text[target.end:cue_at]
    return bool(re.fullmatch(r"\s*(?:,\s*(?:which|that)\s+(?:\w+\s+){0,2}|(?:\w+ly\s+)?)", between))


def _reachable(text: str, target: RefMention, cue: re.Match[str], at: int) -> bool:
    """A resolution after the cue is its object unless a relative clause or a semicolon comes
    between ("rejects the conclusions of the report, which go beyond ... resolution 4/8")."""
    if target.start < at:  # "considers resolution N null and void": a predicate about it, not its act
        return bool(PREDICATE.match(cue.group(0))) or not _resolution_is_subject(text, target, at)
    between = text[at + len(cue.group(0)):_keyword_start(text, target)]
    return not re.search(r"\b(?:which|that|who|whose|whom)\b|;", between, re.I)


def _targets(text: str, in_sentence: list[RefMention], cue: re.Match[str], at: int) -> list[RefMention]:
    ranked = sorted(in_sentence, key=lambda r: (abs(r.start - at), r.start < at))
    target = next((r for r in ranked if _reachable(text, r, cue, at)), None)
    if target is None:
        return []
    out = [target]
    if target.start > at:
        for r in in_sentence:
            if r.start > out[-1].start and coordinated(text, out[-1], r):
                out.append(r)
            elif r.start > out[-1].start:
                break
    return out


def _cue_counts(sentence: str, cue: re.Match[str], stance: str, authors: list[str]) -> bool:
    if stance == "supports":
        if re.search(r"\b(?:not|never|cannot|n't)\s+$", sentence[max(0, cue.start() - 8):cue.start()]):
            return False
        if "sponsor" in cue.group(0).lower() and re.match(r"\s+(?:[\w-]+\s+){0,6}?by\b", sentence[cue.end():]):
            return False  # "sponsored by X": X's act, not the author's stance
    return _speaker_is_author(sentence, cue.start(), authors)


def find_positions(text: str, refs: list[RefMention], authors: list[str]) -> list[dict[str, object]]:
    """The author's stance (rejects/supports) toward each resolution, with evidence sentences."""
    if not authors:
        return []
    votes: dict[tuple[str, str], dict[str, list[str]]] = {}
    for sent in sentences(text):
        in_sentence = [r for r in refs if sent.start <= r.start < sent.end]
        if not in_sentence:
            continue
        voted: set[tuple[str, str, str]] = set()  # each cue takes its own object; one vote per sentence
        for pattern, stance in ((REJECT, "rejects"), (SUPPORT, "supports")):
            for cue in pattern.finditer(sent.text):
                if not _cue_counts(sent.text, cue, stance, authors):
                    continue
                for target in _targets(text, in_sentence, cue, sent.start + cue.start()):
                    if (target.body, target.number, stance) not in voted:
                        voted.add((target.body, target.number, stance))
                        votes.setdefault((target.body, target.number), {}).setdefault(stance, []).append(flat(sent.text))
    out = []
    for (body, number), stances in votes.items():
        stance = max(stances, key=lambda s: (len(stances[s]), s == "rejects"))
        out.append({"target": {"body": body, "number": number}, "stance": stance,
                    "evidence": stances[stance][0], "rule": f"cue-{stance}"})
    return out


VERBS = (r"(?:tabled|initiated|sponsored|co-sponsored|submitted|introduced|presented|drafted|proposed|"
         r"put\s+forward|pushed\s+through|promoted|adopted\s+under\s+pressure)")
TITLE_AFTER = r"(?:\s+(?:on|entitled|concerning)\s+[^,.;()\n]{3,100}?(?=,))?"  # "resolution 59/206 on the situation in X, which"
SPONSOR_AFTER = re.compile(
    rf"{TITLE_AFTER}[\s,]*(?:(?:which|that)\s+)?(?:\w+\s+){{0,4}}?{VERBS}\s+(?:(?:in|at|before)\s+the\s+[\w\s-]{{3,40}}?\s+)?by\s+",
    re.I)
OBJECT_RELATIVE = re.compile(r"[\s,]*(?:which|that)\s+", re.I)
VERB_AFTER_AGENT = re.compile(rf"\s+(?:(?:has|had|have|also|jointly|originally|first)\s+){{0,3}}{VERBS}\b", re.I)
VERB_BEFORE = re.compile(
    rf"(?i:,?\s*(?:which|who|that)\s+)?(?i:(?:has|had|have|also|jointly|originally|first)\s+){{0,3}}(?i:{VERBS})\s+"
    r"(?:the\s+|a\s+|its\s+|their\s+)?(?:[A-Z][\w-]*(?:\s+(?:on|of|and))?\s+){0,6}$")


def _names(text: str, start: int, end: int) -> list[Mention]:
    return sorted(bodies_in(text, start, end) + states_in(text, start, end), key=lambda m: m.start)


def _agents_ending_at(text: str, lo: int, end: int) -> list[str]:
    """The names coordinated just before `end` ("Argentina and France", "X, Y and Z")."""
    agents: list[str] = []
    stop = end
    for m in reversed(_names(text, lo, end)):
        gap = text[m.end:stop]
        if not re.fullmatch(r"[\s,]*" if not agents else r"\s*(?:,|,?\s*and)\s*(?:the\s+)?", gap):
            break
        agents.insert(0, str(m.value))
        stop = m.start
        while stop > lo and text[stop - 4:stop].lower() == "the ":
            stop -= 4
    return agents


def _agents_at(text: str, pos: int) -> list[str]:
    """The names coordinated from pos on ("the European Union", "Argentina and France")."""
    agents: list[str] = []
    cursor = pos
    for m in _names(text, pos, min(len(text), pos + 200)):
        gap = text[cursor:m.start]
        if not re.fullmatch(r"(?:the\s+)?" if not agents else r"\s*(?:,|,?\s*and)\s*(?:the\s+)?", gap, re.I):
            break
        agents.append(str(m.value))
        cursor = m.end
    return agents


def _sponsors_of(text: str, r: RefMention) -> tuple[list[str], str]:
    m = SPONSOR_AFTER.match(text, r.end, min(len(text), r.end + 160))
    if m and (agents := _agents_at(text, m.end())):
        return agents, "passive-by"
    m = OBJECT_RELATIVE.match(text, r.end)
    if m:
        agents = _agents_at(text, m.end())
        names = _names(text, m.end(), min(len(text), m.end() + 200))
        if agents and names and VERB_AFTER_AGENT.match(text, names[len(agents) - 1].end):
            return agents, "object-relative"
    kw = _keyword_start(text, r)
    verb = VERB_BEFORE.search(text, max(0, kw - 160), kw)
    if verb:
        return _agents_ending_at(text, max(0, kw - 200), verb.start()), "active-tabled"
    return [], ""


def find_sponsors(text: str, refs: list[RefMention]) -> list[dict[str, object]]:
    """Who tabled/initiated/sponsored a resolution, where the text says so."""
    found = [_sponsors_of(text, r) for r in refs]
    for i in range(len(refs) - 2, -1, -1):  # "resolutions A and B, both tabled by X"
        if not found[i][0] and found[i + 1][0] and found[i + 1][1] == "passive-by" and coordinated(text, refs[i], refs[i + 1]):
            found[i] = (found[i + 1][0], "passive-by-list")
    out: dict[tuple[str, str, str], dict[str, object]] = {}
    for r, (agents, rule) in zip(refs, found):
        evidence = flat(text[max(0, r.start - 80):min(len(text), r.end + 160)])
        for agent in agents:
            out.setdefault((r.body, r.number, agent), {"resolution": {"body": r.body, "number": r.number},
                                                      "sponsor": agent, "evidence": evidence, "rule": rule})
    return list(out.values())

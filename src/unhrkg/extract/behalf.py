"""Texts spoken for a group: "on behalf of Botswana, Costa Rica, ... and Uruguay", "on behalf of the
European Union", "on behalf of the co-penholders of the Syrian humanitarian file, Ireland and
Norway", "This statement is by the Sri Lanka Core Group comprising A, B and C": the States (or the
organisation) the text speaks for."""
from __future__ import annotations

import re

from unhrkg.extract import lexicon
from unhrkg.extract.agents import coordinated
from unhrkg.model.reference import load_reference

GROUP_REACH = 800  # a group's members are named in the text's opening

def group_members(text: str) -> list[str]:
    """"This statement is by the Sri Lanka Core Group comprising Canada, North Macedonia, ... and the
    United States": the members of the group a statement is by (``author.group_members``)."""
    members = lexicon.pattern("author", "group_members")
    said = lexicon.pattern("author", "statement_heading")
    behalf = lexicon.pattern("sponsor", "on_behalf_of")
    for m in members.finditer(text, 0, min(len(text), GROUP_REACH)) if members else ():
        sentence = text[max(0, *(text.rfind(c, 0, m.start()) + 1 for c in ".!?\n")):m.start()]
        if not any(p and p.search(sentence) for p in (said, behalf)):
            continue
        found = coordinated(text, m.end() + len(re.match(r"\s*", text[m.end():]).group(0)))
        states = list(dict.fromkeys(str(n.value) for n in found if n.value in load_reference().states))
        if len(states) >= 2:
            return states
    return []


BEHALF = re.compile(
    r"(?:\b(?:speak|speaking|deliver|delivering|make|making|read|reading|present|presenting|take|taking|statement|remarks|"
    r"hablar|hablo|intervenir|intervengo|declaración|palabras|observaciones|parler|parle|intervenir|interviens|déclaration|"
    r"remarques|allocution|prononce)\b[^.\n]{0,200}?"
    r"|(?:^|(?<=[.\n]))\s*)(?:on\s+behalf\s+of|au\s+nom\s+d[eu]s?|en\s+nombre\s+de(?:l)?)\s+", re.I)
BEHALF_REACH = 1500


def _described_group(text: str, pos: int) -> re.Match[str] | None:
    """A group named by what its members are, up to the comma before the list of them."""
    nouns = lexicon.pattern("author", "behalf_described")
    return re.compile(rf"(?:the\s+|les\s+|los\s+|las\s+)?(?:[A-Z][\w-]+\s+)?(?:{nouns.pattern})[^,;.\n]{{0,80}}?"
                      r"(?:,|\s-|:|—|–)\s*", re.I).match(text, pos) if nouns else None


def on_behalf_of(text: str) -> tuple[str, list[str]] | None:
    """("author_states", [...]) or ("author_body", code) for a statement delivered on behalf of a list of
    States ("on behalf of Botswana, Costa Rica, ... and Uruguay") or an organisation ("on behalf of
    the European Union")."""
    group = lexicon.pattern("author", "behalf_group")
    for m in BEHALF.finditer(text, 0, min(len(text), BEHALF_REACH)):
        lead = group.match(text, m.end()) if group else None  # "a group of countries (Belarus, China, ...)"
        lead = lead or _described_group(text, m.end())  # "the co-penholders of the Syrian humanitarian file, A and B"
        found = coordinated(text, lead.end() + len(re.match(r"[\s(:,]*", text[lead.end():]).group(0)) if lead else m.end())
        states = [str(n.value) for n in found if n.value in load_reference().states]
        if states:
            return "author_states", list(dict.fromkeys(states))
        bodies = [str(n.value) for n in found if n.value in load_reference().bodies
                  and load_reference().bodies[str(n.value)].kind in ("igo", "group")]
        if bodies:
            return "author_body", bodies[:1]
    return None

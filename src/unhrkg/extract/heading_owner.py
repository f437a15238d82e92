"""The States a statement's heading says it is by: "Statement by Ghana", "UK Permanent Representative ...",
"Communiqué du parlement malgache", and the State a heading names after the group it speaks for ("Statement on
behalf of the Group of 77 and China by the delegation of the Republic of Guinea": the group's voice, its author).
"""
from __future__ import annotations

import re

from unhrkg.extract import lexicon
from unhrkg.extract.gazetteer import Mention, states_gazetteer, states_in

POST_AFTER = re.compile(r"\s+(?:Deputy\s+)?(?:Permanent\s+Representative|Representative|Ambassador|Minister|Mission|"
                        r"Government|delegation)\b")  # "UK Permanent Representative to the UN"
GROUP_AFTER = re.compile(r"\s+(?:Core\s+)?Group\b", re.I)  # "Statement by the Sri Lanka Core Group": a group on a State
# "on behalf of the Group of 77 and China by the": the group's name alone between (not "..., in response to the statement
# by the delegation of", "following the presentation by")
GROUP_THEN_BY = re.compile(r",?\s*(?i:on\s+behalf\s+of|au\s+nom\s+d[eu]|en\s+nombre\s+del?)\s+"
                           r"(?:(?:(?i:the|of|and|la|le|l['’]|les|des|de|du|et|y|el|los|las|del)|[A-Z0-9][\w'’.+-]*)\s+)*?"
                           r"(?i:by|par|por)\s+(?i:the\s+|la\s+|le\s+|l['’]|el\s+)?")


def heading_states(text: str, at: int, heading: str, part: str) -> list[Mention]:
    """The States the heading at ``at`` is by, in its part before "on behalf of" (``part``); failing those, the
    State an organ of which the rest of the heading says speaks ("... by the delegation of the Republic of Guinea")."""
    owned = [s for s in states_in(text, at, at + len(part))
             if (_owned_by(text[max(at, s.start - 50):s.start]) or _post_after(text, s.end)) and not GROUP_AFTER.match(text, s.end)]
    if owned or len(part) == len(heading):
        return owned
    organs = lexicon.all_languages_pattern("author", "before_state")  # "the delegation of", "la délégation de"
    for m in organs.finditer(text, at + len(part), at + len(heading)):
        state = states_gazetteer().match_at(text, m.end() + len(re.match(r"\s*", text[m.end():m.end() + 4]).group(0)))
        if state and state.value and GROUP_THEN_BY.fullmatch(text, at + len(part), m.start()):
            return [state]
    return []


def _post_after(text: str, pos: int) -> bool:
    """A post or organ of the State named just before pos: "UK Permanent Representative", "Norwegian
    Foreign Minister", "United Kingdom Foreign Secretary" (``author.organs``)."""
    if POST_AFTER.match(text, pos):
        return True
    organs = lexicon.pattern("author", "organs")
    gap = re.match(r"(?:['’]s)?\s+", text[pos:pos + 4])
    return bool(organs and gap and organs.match(text, pos + gap.end()))


def _owned_by(lead: str) -> bool:
    """"Statement by | Ghana", "Communiqué du parlement | malgache": the State after "by/of/du" or an organ of it."""
    organs = lexicon.pattern("author", "organs")
    organ = f"(?:{organs.pattern})\\s+" if organs else ""
    return bool(re.search(rf"\b(?:by|of|de|du|del|des)\s+(?:the\s+|la\s+|l['’]|el\s+)?(?:{organ})?$", lead, re.I))

"""A State's own word told by a possessive: a heading "X's position on ...", "reiterated Pakistan's grave concerns"
(the State's stance as the object of a speaking verb, the lexicon's ``author.possessive_verbs`` and
``author.possessed_stance``), or the writer restating "the position of the Government of X" (its own State's)."""
from __future__ import annotations

import re

from unhrkg.extract import lexicon
from unhrkg.extract.gazetteer import Mention


def possessive_heading(after: str) -> bool:
    """"X's position on ...", "X's Stance on ...": what follows a State's name is its own word."""
    words = lexicon.pattern("author", "possessive_heading")
    return bool(words and re.match(rf"['’´]s\s+(?:{words.pattern})", after, words.flags))


def _degree() -> str:
    """Up to two of the lexicon's ``author.possessed_degree`` ("grave", "strong and principled") before a possessed
    stance."""
    degree = lexicon.pattern("author", "possessed_degree")
    return rf"(?:(?:{degree.pattern})\s+(?:and\s+)?){{0,2}}" if degree else ""


def possessed_stance(text: str, st: Mention, lead: str) -> bool:
    """"reiterated Pakistan's concerns": the State's own stance, object of a speaking verb."""
    verbs = lexicon.pattern("author", "possessive_verbs")
    owned = lexicon.pattern("author", "possessed_stance")
    if not (verbs and owned):
        return False
    if re.search(f"(?:{verbs.pattern})\\s+$", lead, re.I) \
            and re.match(rf"['’´]s\s+{_degree()}(?:{owned.pattern})", text[st.end:st.end + 60], owned.flags):
        return True
    lead = text[max(0, st.start - OF_FORM_LEAD):st.start]  # "I have the honour to once again reiterate the position of the
    of_form = OF_FORM.search(lead)  # Russian Federation": the writer restating its own State's position
    return bool(of_form) and not SET_AGAINST.match(text, st.end)


OF_FORM_LEAD = 120  # the speaker, the verb and "the position of" before the State
# the writer as the subject of a verb restating a position, a modal or "have the honour to" between: "I have the honour to
# once again reiterate the position of", "We wish to reaffirm the position of the Government of"
OF_FORM = re.compile(r"(?:(?-i:\bI)|\bwe)\s+(?:(?:have|has)\s+the\s+hono(?:u)?r\s+to\s+|(?:wish|would\s+like|want|need)\s+to\s+|"
                     r"(?:must|shall|will|should|hereby)\s+)?(?:once\s+(?:again|more)\s+|again\s+|also\s+|further\s+)?"
                     r"(?:reiterat\w*|reaffirm\w*|restat\w*|convey\w*|set\s+out|present\w*)\s+(?:once\s+again\s+)?the\s+"
                     r"(?:(?:firm|principled|consistent|official|clear|long-standing|longstanding)\s+)?(?:position|stance|views?)\s+of\s+"
                     r"(?:the\s+)?(?:Government\s+of\s+(?:the\s+)?)?$", re.I)
SET_AGAINST = re.compile(r"\s*,\s*(?:which|who)\b", re.I)  # "the position of Armenia, which ... ignored": set against the writer

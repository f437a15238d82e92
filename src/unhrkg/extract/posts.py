"""An official named by the post they hold in a State's organ: "Dang Dinh Quy, head of the
Permanent Mission of Viet Nam", "X, chef de la Mission permanente du Vietnam", "the head of the
delegation of Y". The words of the post come from the lexicon (``author.official_lead``)."""
from __future__ import annotations

import re

from unhrkg.extract import lexicon
from unhrkg.extract.agents import ARTICLES
from unhrkg.extract.gazetteer import states_gazetteer

# a person's name opening a clause, set off by a comma before the post ("Dang Dinh Quy, ")
NAMED = re.compile(r"(?:^|[.;:!?\n]\s*)(?:[A-Z][\w.'’-]+\s+){1,4}[A-Z][\w.'’-]+,\s*$")
# or the post opening a clause ("The head of the ...")
OPENING = re.compile(r"(?:^|[.;:!?\n]\s*)(?:the\s+|l[ae]\s+|el\s+|la\s+)?$", re.I)
# right after the organ's State: the rest of the apposition to its comma, then the official's own verb
# ("..., welcomed", "..., a affirmé"); after a post opening the clause, the State's accreditation at most
# ("The head of the Mission of X to the UN said")
SPACES = re.compile(r"\s*")
ADVERB = r"(?:(?:a|ha|has|have|had)\s+)?(?:\w+(?:ly|ment|mente)\s+)?"
APPOSITION_END = re.compile(rf"[^,.;\n]{{0,80}}?,\s*{ADVERB}")
SUBJECT_END = re.compile(r"(?:\s+(?:to|at|in|auprès\s+(?:de\s+l['’]|des|du)|ante)\s*(?:the\s+|la\s+|las\s+|los\s+)?"
                         rf"(?:[A-Z][\w.'’-]*\s*){{1,4}})?\s*,?\s+{ADVERB}")


def post_before(lead: str) -> re.Match[str] | None:
    """An official's post (the lexicon's ``author.official_lead``: "head of the", "chef de la") ending ``lead``."""
    official = lexicon.pattern("author", "official_lead")
    return re.search(rf"(?:{official.pattern})\s+{ARTICLES}$", lead, re.I) if official else None


def apposed_official(lead: str, text: str, after: int) -> bool:
    """Whether ``lead`` (the text before an organ's phrase such as "Permanent Mission of") ends in an
    official's post held in that organ, after the official's name or at a clause's start, and the
    official then speaks (a verb of the lexicon's ``author.speaking_verbs`` or ``author.said`` after the
    apposition's comma):
    the organ's State speaks through that official. "The Rapporteur met John Smith, head of the Mission
    of X, to discuss" and "Mr. Lee, head of the delegation of Japan, was elected" do not."""
    verbs, said = lexicon.pattern("author", "speaking_verbs"), lexicon.pattern("author", "said")
    post = post_before(lead)
    named = bool(post) and bool(NAMED.search(lead, 0, post.start()))  # type: ignore[union-attr]
    if not post or not (named or OPENING.search(lead, 0, post.start())):
        return False
    state = states_gazetteer().match_at(text, SPACES.match(text, after).end())  # type: ignore[union-attr]
    end = (APPOSITION_END if named else SUBJECT_END).match(text, state.end) if state and state.value else None
    return bool(end) and any(v and v.match(text, end.end()) for v in (verbs, said))  # type: ignore[union-attr]

"""An official named by the post they hold in a State's organ: "Dang Dinh Quy, head of the
Permanent Mission of Viet Nam", "X, chef de la Mission permanente du Vietnam", "the head of the
delegation of Y". The words of the post come from the lexicon (``author.official_lead``)."""
from __future__ import annotations

import re

from unhrkg.extract import lexicon

ARTICLE = r"(?:(?:the|la|le|les|el|los|las)\s+|l['’])?"
# a person's name set off by a comma before the post ("Dang Dinh Quy, ")
NAMED = re.compile(r"(?:^|[^,\w])(?:[A-Z][\w.'’-]+\s+){1,4}[A-Z][\w.'’-]+,\s*$")
# or the post opening a clause ("The head of the ...")
OPENING = re.compile(r"(?:^|[.;:!?\n]\s*)(?:the\s+|l[ae]\s+|el\s+|la\s+)?$", re.I)


def apposed_official(lead: str) -> bool:
    """Whether ``lead`` (the text before an organ's phrase such as "Permanent Mission of") ends in an
    official's post held in that organ, after the official's name or at a clause's start: the organ's
    State then speaks through that official."""
    official = lexicon.pattern("author", "official_lead")
    post = re.search(rf"(?:{official.pattern})\s+{ARTICLE}$", lead, re.I) if official else None
    return bool(post and (NAMED.search(lead, 0, post.start()) or OPENING.search(lead, 0, post.start())))

"""A speech heading's post and name in either order, set apart by commas or not: "Statement by the Permanent
Representative of Cyprus to the UN, Ambassador Andreas Hadjichrysanthou, on ...", "delivered by Mr. X First Secretary,
Permanent Mission of India"; and the honorifics a name may carry before it."""
from __future__ import annotations

import re

from unhrkg.extract.person import POST, a_persons_name, name_at as _name
from unhrkg.extract.posts import ORGAN_TITLE, post_parts
from unhrkg.extract.signatures import clean_title, split_titles

HONOURS = (r"(?:(?:H\.?\s?E\.|H\.E|HE|S\.E\.|Amb\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|Mme\.?|Sr\.|Sra\.|S\.\sE\.|Sir|Dame|His\s+Excellency|Her\s+Excellency|(?:[Tt]he\s+)?Hon\.?|"
            r"(?:[Tt]he\s+)?Hono(?:u)?rable)\s+|(?:Mr|Mrs|Ms|Dr)\.(?=[A-Z][a-z]))*")  # ("Mr.Vladimir Safronkov": run together)
# an honorific between the post and the name: "Le ministre des Affaires étrangères, l'honorable Lawrence Cannon, a salué"
HONOURED = re.compile(rf"(?:l['’]\s*honorable|l['’]\s*hon\.|(?:S\.\s?E\.|M\.|Mme|Sr\.|Sra\.)(?=\s)|{HONOURS})\s*", re.I)


UNSET_POST = re.compile(r"[ \t]+([^,\n(]{3,80}?)(?=,)")


def unset_then_parts(text: str, end: int) -> list[str]:
    """A post after the name with no comma between them, then more parts after commas ("delivered by Mr. X First
    Secretary, Permanent Mission of India"): the first post, then ``post_parts``."""
    m = UNSET_POST.match(text, end)
    first = split_titles(m.group(1)) if m else []
    if len(first) != 1 or re.sub(r"\W", "", first[0]) != re.sub(r"\W", "", m.group(1)):  # type: ignore[union-attr]
        return []
    parts = post_parts(text, m.end(), after_post=True)  # type: ignore[union-attr]
    return [first[0], *parts] if parts and ORGAN_TITLE.match(parts[0]) else []  # (a second post: as the line splits them)


# the post, then the name set off by commas: "Statement by the European Union High Representative/Vice President of the
# Commission, Federica Mogherini, on the adoption of ...", "Stated by Ambassador to the United Nations, Jakub Kulhánek, on"
POST_COMMA = re.compile(r"(?:the\s+)?(?P<post>(?:[^,\n]|\n(?=[ \t]*[a-z])){3,100}?),[ \t]+")  # (a heading wrapped before a
# word in lower case: "as delivered by UK Ambassador\nto the WTO and UN in Geneva, Simon Manley")
RANK_BEFORE_NAME = re.compile(r"(Ambassador|Ambassadeur|Ambassadrice|Embajadora?)[ \t]+")
NAME_SET_OFF = re.compile(r"[ \t]*(?:,|\(|\n|$|:[ \t]*(?:\n|$))|[ \t]+(?:on|at|in|before|during)\b")


def post_comma_person(text: str, pos: int) -> tuple[dict[str, object], int] | None:
    """A heading's post set off before the speaker's name, which a comma, a bracket or the occasion follows."""
    m = POST_COMMA.match(text, pos)
    if m is None or not POST.search(m.group("post")):
        return None
    at = HONOURED.match(text, m.end()).end()  # type: ignore[union-attr]
    rank = RANK_BEFORE_NAME.match(text, at)  # "by Permanent Representative of Norway, Ambassador Mona Juul, on": the rank too
    named = _name(text, HONOURED.match(text, rank.end()).end() if rank else at)  # type: ignore[union-attr]
    if named is None or not NAME_SET_OFF.match(text, named[1]) or not a_persons_name(named[0]):
        return None
    post = m.group("post")[re.match(HONOURS, m.group("post")).end():]  # type: ignore[union-attr]  # ("H.E. Minister of ...": the honour is none)
    return {"name": named[0], "titles": [clean_title(post), *([rank.group(1)] if rank else [])]}, named[1]

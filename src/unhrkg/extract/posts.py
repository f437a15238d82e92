"""An official named by the post they hold in a State's organ: "Dang Dinh Quy, head of the
Permanent Mission of Viet Nam", "X, chef de la Mission permanente du Vietnam", "the head of the
delegation of Y". The words of the post come from the lexicon (``author.official_lead``). And the parts of
a post set off by commas after a speaker's name ("X, Ambassador, Permanent Representative of France"): ``post_parts``."""
from __future__ import annotations

import re

from unhrkg.extract import lexicon
from unhrkg.extract.agents import ARTICLES
from unhrkg.extract.dates import month_number
from unhrkg.extract.gazetteer import states_gazetteer, states_in
from unhrkg.extract.person import POST
from unhrkg.extract.signatures import DANGLING, clean_title
from unhrkg.extract.speech_of import post_only
from unhrkg.extract.text import SPACES

# a person's name opening a clause, set off by a comma before the post ("Dang Dinh Quy, ")
NAMED = re.compile(r"(?:^|[.;:!?\n]\s*)(?:[A-Z][\w.'’-]+\s+){1,4}[A-Z][\w.'’-]+,\s*$")
# or the post opening a clause ("The head of the ...")
OPENING = re.compile(r"(?:^|[.;:!?\n]\s*)(?:the\s+|l[ae]\s+|el\s+|la\s+)?$", re.I)
# right after the organ's State: the rest of the apposition to its comma, then the official's own verb
# ("..., welcomed", "..., a affirmé"); after a post opening the clause, the State's accreditation at most
# ("The head of the Mission of X to the UN said")
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


# a further part of a speaker's post after the first: "First Secretary, Permanent Mission of India"
ORGAN_TITLE = re.compile(r"(?:Permanent\s+Mission|Mission|Delegation|Embassy)\b")
MINISTER = re.compile(r"(?:Deputy\s+|Vice\s+|Prime\s+)?Minist(?:er|re|ro|ra)\b")
# the rest of a minister's portfolio list up to the line's end: capitalised parts, the last with "and"
PORTFOLIO = re.compile(r"(?:,\s*(?:[A-Z][\w'-]*\s*){1,4}){0,4},\s*(?:[A-Z][\w'-]*\s+)+(?:and|et|y)\s+[^,\n.]{3,80}(?=\n|$)")
ORGAN_OCCASION = re.compile(r"\s+(?:on\s+(?=\d)|during\s|at\s+the\s+\d|lors\s|durante\s).*$", re.S)  # a date or a session after it
POST_PART = re.compile(r",\s*([^,\n(]+?)\s*(?=,|\n|$|\(|\s[-–—]\s)")  # "..., Permanent Representative of France - 20 November 2015"


def post_parts(text: str, end: int, after_post: bool = False) -> list[str]:
    """The comma-set parts of a post after a speaker's name: the first names a post, the next
    ones a post or the mission or delegation it is held in (the first too, ``after_post``, when a post stands before)."""
    parts: list[str] = []
    cursor = end
    while (m := POST_PART.match(text, cursor, min(len(text), end + 300))) is not None:
        part = m.group(1)
        run_on = DANGLING.search(part) and RUN_ON.match(text, m.end())
        if run_on:  # "Permanent Representative of Mongolia to the\nUnited Nations, at the plenary meeting"
            part, m = part + ("" if part.endswith(("'", "’")) else " ") + run_on.group(1), run_on  # ("auprès de l'\nOffice")
        organ = (bool(parts) or after_post) and bool(ORGAN_TITLE.match(part))  # "Permanent Mission of X to the UN Office at Geneva"
        post = ORGAN_OCCASION.sub("", part) if organ else post_only(part)  # (not "... of India on 24 March 2022 during")
        if post.isupper() or not (POST.search(post) or organ):
            break
        portfolio = PORTFOLIO.match(text, m.end()) if MINISTER.match(post) and post == part else None
        if portfolio:  # "Minister of Foreign Relations, Skills Development, Employment and Labour Relations of X"
            post, m = (part + text[m.end():portfolio.end()]).strip(), portfolio
        parts.append(clean_title(post))
        if post != part:
            break  # the occasion follows the post
        cursor = m.end()
    wrapped = WRAPPED_POST.match(text, cursor) if parts else None
    if wrapped:  # "Ambassador and Permanent Representative\n\nof the Islamic Republic of Iran to the United Nations"
        parts[-1] = clean_title(f"{parts[-1]} {wrapped.group(1)}")
    return parts


# the line's words that end a part cut at its line's end (``signatures.DANGLING``)
RUN_ON = re.compile(r"[ \t]*\n[ \t]*([^,\n(]{3,80}?)\s*(?=,|\n|$|\()")
# the rest of a post on the heading's next line: "of the Islamic Republic of Iran to the United Nations"
WRAPPED_POST = re.compile(r"[ \t,]*\n\s*((?:of|to)\s+the\s+[^\n]{3,100}?)[ \t]*(?=\n)")


ADDRESSEE_TO = re.compile(r",\s*to\s|\s+to\s+the\s+(?!U\.?N\.?\b|United\s+Nations)", re.I)  # where the addressee starts
WRITER_POST_OF = re.compile(r"\b(?:of|de|du|del)\s+(?:the\s+|la\s+|l['’]|el\s+)?$", re.I)


def state_post_on_line(text: str, start: int) -> bool:
    """A writer named from ``start`` to the end of its line holds a post of a State ("Dr. X, Ambassador and Permanent
    Observer of Palestine to the U.N., to the Secretary-General"; not "Syrian children to the UN Secretary-General")."""
    end = text.find("\n", start) % (len(text) + 1)
    to = ADDRESSEE_TO.search(text, start, end)  # ("Letter sent by the Special Rapporteur ... to the Government of Myanmar":
    end = to.start() if to else end  # the addressee's State, not the writer's)
    return any(s.kind == "name" and WRITER_POST_OF.search(text, max(start, s.start - 12), s.start) for s in states_in(text, start, end))


def dated_line(line: str) -> bool:
    """A line that opens with a date is a dateline, not a post ("October 1, 2015US Ambassador X", a page's
    date run into its caption)."""
    opened = LEADING_DATE.match(line)
    month = opened and (opened.group(1) or opened.group(2))
    return bool(opened) and (not month or month_number(month) is not None)


# (after a weekday: "Tuesday, July 2, 2024"; or in figures: "2024-07-02", "07/02/2024")
LEADING_DATE = re.compile(r"[ \t]*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?[ \t]+)?"
                          r"(?:([A-Z][a-z]{2,8})\.?[ \t]+[0-3]?\d,?[ \t]+(?:19|20)\d\d|[0-3]?\d[ \t]+([A-Z][a-z]{2,8})[ \t]+(?:19|20)\d\d"
                          r"|(?:19|20)\d\d-[01]\d-[0-3]\d|[0-3]?\d/[0-3]?\d/(?:19|20)\d\d)")

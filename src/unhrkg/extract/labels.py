"""A mission site's label at the head of a speech's title line: "SC: Ukraine (adoption ESS)", "HRC 57: General Debate.
Item 10", "General Assembly/3C: Statement by ..." (the lexicon's ``speech.heading_labels``). The label's body is where the
speech is made; a news item's headline opening with a body's full name ("Human Rights Council : Cameroon Re-elected")
is no label."""
from __future__ import annotations

import re

from unhrkg.extract import lexicon
from unhrkg.extract.gazetteer import Mention, bodies_in
from unhrkg.extract.greeted import EVENT, FORUMS, SPEECH_HEADING
from unhrkg.model.reference import load_reference

LABEL_REACH = 400  # a site's label heads one of the title lines at the top
LABEL_LINES = 4
TITLE_LINE = 80  # the lines of a page's title block above the label are short ("Ministry of Foreign Affairs of X")
SPEECH_LABEL = re.compile(rf"(?:[\w-]+\s+){{0,2}}?(?:{SPEECH_HEADING.pattern}|\b(?:right\s+of\s+reply|explanation\s+of\s+(?:vote|position)|"
                          rf"interactive\s+dialogue|items?\s+\d))", re.I)  # ("General Debate", "Joint Statement", "Item 4 ...")
EVENT_REACH = 200  # a side event or a launch named in the title block, the label's line or the next
LABEL_EVENT = re.compile(rf"{EVENT.pattern}|\b(?:launch\w*|lancement|lanzamiento)\b", re.I)
TO_THE_PRESS = re.compile(r"\b(?:to|with)\s+(?:the\s+)?(?:press|media|reporters)\b|\bstakeout\b", re.I)
LINE_OPENING = re.compile(r"\n[ \t]*(?=\S)")
LABEL_LINE = re.compile(r"[ \t]*(?P<label>[^\n:.]{2,40}?)[ \t]*:[ \t]+\S")  # "SC: Ukraine", "HRC 57: General Debate"
LABEL_PART = re.compile(r"[ \t]*(?:UN[ \t]+)?(?P<code>[A-Za-z0-9]{2,5}?)[ \t]*\d{0,3}[ \t]*$")


NEXT_LINE = re.compile(r"[^\n]*\n\s*")


def _next_line(text: str, at: int) -> int:
    """Where the first line holding words under the line at ``at`` starts."""
    m = NEXT_LINE.match(text, at)
    return m.end() if m else len(text)


def label_forum(text: str, spoken: bool = True) -> Mention | None:
    """The body a mission site's label names at the head of a speech's title line (the lexicon's ``speech.heading_labels``:
    "SC: Ukraine (adoption ESS)", "HRC 57: General Debate. Item 10", "General Assembly/3C: Statement by ..."): a main
    committee where it names one with the Assembly. ``spoken=False`` (a text without a word to the chair): only where the
    words after the colon name a kind of speech (``greeted.SPEECH_HEADING``, "Right of Reply", "Explanation of Vote")."""
    for at in [0, *(n.end() for n in LINE_OPENING.finditer(text, 0, min(len(text), LABEL_REACH)))][:LABEL_LINES]:
        if any(len(line) > TITLE_LINE for line in text[:at].split("\n")):
            return None  # (a paragraph above: the label heads no title line)
        m = LABEL_LINE.match(text, at)
        line = text[at:text.find("\n", at) % (len(text) + 1)]
        found = _label_found(text, m) if m and len(line) <= TITLE_LINE + 40 and not line.rstrip().endswith(".") \
            and not LABEL_EVENT.search(text, 0, min(len(text), m.end() + EVENT_REACH)) and not TO_THE_PRESS.search(line) \
            and (spoken or SPEECH_LABEL.match(text, m.end() - 1) or SPEECH_LABEL.match(text, _next_line(text, at))) else None
        # (with no word to the chair, the label's title is a kind of speech: "HRC 57: General Debate. Item 10, Right of
        # Reply", or the title's next line is: "GA: Use of the veto: ... / Statement by Permanent Representative ..."; not a
        # headline's "UNSC: Russia vetoes ...")
        if found:
            return found
    return None


def _label_found(text: str, m: re.Match[str]) -> Mention | None:
    labels = lexicon.merged_table("speech", "heading_labels")
    found = []
    for part in re.finditer(r"[^/|]+", m.group("label")):
        code = LABEL_PART.fullmatch(part.group(0))
        start, end = m.start("label") + part.start(), m.start("label") + part.end()
        if code and code.group("code").lower() in labels:
            found.append(Mention(start, end, part.group(0).strip(), labels[code.group("code").lower()], "label"))
        else:
            found += [b for b in bodies_in(text, start, end) if b.value in FORUMS and b.start == start + len(part.group(0)) - len(part.group(0).lstrip())]
    if not any(f.kind == "label" for f in found):
        return None  # "Human Rights Council : Cameroon Re-elected", "Côte d'Ivoire/Conseil de Sécurité :": a news item's headline
    chosen = next((f for f in found if load_reference().bodies[str(f.value)].parent in {g.value for g in found}), found[0])
    return Mention(chosen.start, chosen.end, chosen.text, chosen.value, "name")

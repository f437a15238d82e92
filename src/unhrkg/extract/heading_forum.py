"""The forum a statement's heading names: the body whose meeting it is delivered in.

"Statement by X at the 55th session of the Human Rights Council", "United Nations Security Council Open Debate on
... - Statement delivered by", "à la 10e session extraordinaire d'urgence de l'Assemblée générale", "at the adoption of
3rd Committee Resolution on ..." (the committee adopting its own text, where no plenary or President is named), one
body alone on a line of the heading block above, or the first line naming one in a heading stacked into short lines.
A body the heading is about ("the Council's resolution") is no forum.
"""
from __future__ import annotations

import re

from unhrkg.extract.forum import FORUMS, NOT_FORUM_BEFORE, committee_before
from unhrkg.extract.gazetteer import Mention, bodies_in

LINE_HEAD = 20  # ("United Nations " before the body's name)
MEETING_AFTER = re.compile(r"[ \t]+(?:open[ \t]+|annual[ \t]+|high-level[ \t]+)?(?:debate|meeting|briefing|d[ée]bat|r[ée]union|reuni[óo]n)\b", re.I)


FORUM_BEFORE = re.compile(r"(?:\b(?:at|in|before|to|during|à|au|en|ante|devant)\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+)?"
                          r"(?:[\w-]+\s+){0,3}|[-–—|(]\s*|session\s+(?:of|de|du|del)\s+(?:the\s+|la\s+|l['’]|el\s+)?)$", re.I)
TOPIC_AFTER = re.compile(r"['’]s\b|\s+(?:resolution|r[ée]solution|resoluci[óo]n|decision|d[ée]cision|report)\b", re.I)
# a session's words, its kind between, then the body: "session extraordinaire d'urgence de l'", "special session of the"
SESSION_LEAD = re.compile(r"(?:\b(?:session|sesi[óo]n|per[íi]odo\s+de\s+sesiones|meeting|reuni[óo]n|s[ée]ance)(?:\s+[\w'’-]+){0,3}?|"
                          # a debate of the body, an adjective at most between ("the open debate of the Security Council";
                          # not "the debate on the report of the Security Council": the report's body)
                          r"\b(?:debate|d[ée]bat)(?:\s+(?:public|publique|ouvert|g[ée]n[ée]ral|abierto|p[úu]blico|annual|annuel|anual))?)"
                          r"\s+(?:of|de|du|del)\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+)?$", re.I)
# "Statement ... on the adoption by the Security Council of": the body meeting adopts
ADOPTION_OF = re.compile(r"\b(?:at|lors\s+de|en)\s+(?:the\s+|l['’]|la\s+)?(?:adoption|adopción|aprobación)\s+"
                         r"(?:of|de|du|del)\s+(?:the\s+|la\s+|l['’]|el\s+)?$", re.I)
PLENARY = re.compile(r"\bplenary\b|\bpl[ée]ni[èe]re\b|\bplenari[ao]\b|\b(?:Mr\.?|Madam|Madame|Monsieur\s+le|Señor|Señora)\s+(?:la\s+)?Pr[eé]sident[ea]?\b", re.I)
PLENARY_REACH = 2000
BODY_RESOLUTION = re.compile(r"\s+(?:draft\s+)?(?:resolution|r[ée]solution|resoluci[óo]n)\b", re.I)
ADOPTION_BY = re.compile(r"\b(?:adoption\s+by|adoption\s+par|aprobaci[óo]n\s+por|adopci[óo]n\s+por)\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+)?$", re.I)


FORUM_LINES_ABOVE = 4  # the heading block's lines above a statement's heading


def forum_line_above(text: str, end: int) -> Mention | None:
    """The one forum named alone on a line of the heading block above ``end`` ("Representación Permanente
    ante las Naciones Unidas / Asamblea General / ... / Intervención del Representante Permanente"); not
    where two such lines stand (a site's banner of organs, line by line)."""
    lines = [m for m in re.finditer(r"^[ \t]*(\S[^\n]*?)[ \t]*$", text[:end], re.M)][-FORUM_LINES_ABOVE:]
    found = []
    for line in lines:
        named = bodies_in(text, line.start(1), line.end(1))
        if len(named) == 1 and named[0].start == line.start(1) and named[0].end == line.end(1):
            found.append(named[0])
    return found[0] if len(found) == 1 and found[0].value in FORUMS else None


STACKED_LINES = 8  # a heading cut into short lines: the speaker, the posts, the forum, the topic, the date
STACKED_LINE = 90


def stacked_forum(text: str, at: int) -> Mention | None:
    """The forum of a heading set as a stack of short lines under "Statement by", its first line that names one: the
    stack ends at a long line, at a word to the chair, or after ``STACKED_LINES`` lines that hold words (blank lines
    may stand between them)."""
    pos = at
    for _ in range(STACKED_LINES):
        line = LINE.match(text, pos)
        if line is None or len(line.group(0).strip()) > STACKED_LINE or CHAIR_WORDS.match(line.group(0).strip()):
            return None
        forum = forum_in(text, pos, line.end(), vote=False)
        if forum:
            return forum
        pos = line.end()
    return None


LINE = re.compile(r"\s*[^\n]+")
CHAIR_WORDS = re.compile(r"(?:Mr\.?|Madam|Madame|Monsieur|Se[ñn]or|Thank\s+you|Excellenc)", re.I)


def forum_in(text: str, start: int, end: int, vote: bool) -> Mention | None:
    """The body a statement is delivered in: named after "at/in/before the" (or "session of the"),
    or set apart by a dash, on the heading's line; in an explanation of vote, the body whose
    resolution is voted on. Not a body the text is about ("the Council's resolution"). A committee
    of the body named with it is where the statement is made ("before the Third Committee of the
    67th Session of the General Assembly")."""
    forum = _body_forum(text, start, end, vote)
    return committee_before(text, start, forum) if forum else None


def _body_forum(text: str, start: int, end: int, vote: bool) -> Mention | None:
    meeting = [b for b in reversed(bodies_in(text, start, end)) if b.value in FORUMS]
    for b in meeting:  # "United Nations Security Council Open Debate on ... - Statement delivered by": its meeting heads the line
        if b.start - start <= LINE_HEAD and MEETING_AFTER.match(text, b.end):
            return b
    for b in meeting:  # "en la reunión plenaria de la AGNU sobre el veto en el Consejo de Seguridad": the meeting's first
        if SESSION_LEAD.search(text, max(start, b.start - 60), b.start) and not TOPIC_AFTER.match(text, b.end):
            return b  # "à la 10e session extraordinaire d'urgence de l'Assemblée générale"
    for b in meeting:
        lead = text[max(start, b.start - 40):b.start]
        if not TOPIC_AFTER.match(text, b.end) and (ADOPTION_BY.search(lead) or FORUM_BEFORE.search(lead)
                                                   and not NOT_FORUM_BEFORE.search(text[max(start, b.start - 60):b.start])):
            return b
    for b in meeting if not PLENARY.search(text, 0, min(len(text), PLENARY_REACH)) else ():  # "Statement ... at the adoption
        if ADOPTION_OF.search(text, max(start, b.start - 40), b.start) and BODY_RESOLUTION.match(text, b.end):  # of 3rd Committee
            return b  # Resolution on ...": the committee adopting its own text (not the plenary, under its President)
    for b in meeting if vote else ():
        if not NOT_FORUM_BEFORE.search(text[max(start, b.start - 60):b.start]) or b.start - start < 3:
            return b
    return None

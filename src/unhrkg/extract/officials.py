"""An organisation speaking through its head: "The High Representative of the European Union for
Foreign Affairs and Security Policy ... issued the following statement", "Le Secrétaire général de
l'OCI ... a salué": the organisation (an intergovernmental organisation or a group of States, not a
UN organ) is the text's author body, where no State speaks for the text. The officials' words are
the lexicon's ``author.body_officials``; the phrase must open a sentence near the top. A statement "attributable to the
Spokesman for the Secretary-General" (``author.secretary_general_spokesman``) is the Secretary-General's; a statement
heading that names a UN body's president as its speaker ("Statement by H.E. X, President of the Human Rights Council") is
the body's."""
from __future__ import annotations

import re

from unhrkg.extract import lexicon, memo
from unhrkg.extract.gazetteer import bodies_gazetteer, bodies_in
from unhrkg.extract.speaking_verbs import speaks_after
from unhrkg.extract.forum import FORUMS
from unhrkg.model.reference import GROUP_KINDS, load_reference

OFFICIAL_REACH = 800  # the official who speaks is named in the heading or the first sentences
OPENS = re.compile(r"(?:^|[.!?:\n]\s*|\s[-–—]\s*|(?<=\w)[-–—]\s+)(?:the\s+|le\s+|la\s+|l['’]|el\s+)?$", re.I)  # "WAFA- La Ligue"


@memo.per_document
def official_body(text: str) -> tuple[str, tuple[int, int]] | None:
    """(body code, span) of the organisation whose head opens a sentence near the top, or that
    opens one itself as the subject of a speaking verb ("La Ligue arabe a accueilli avec
    satisfaction le vote", "The OIC welcomes")."""
    spokesman = lexicon.pattern("author", "secretary_general_spokesman")
    m = spokesman.search(text, 0, min(len(text), OFFICIAL_REACH)) if spokesman else None
    if m:  # "Statement attributable to the Spokesman for the Secretary-General on ...": the Secretary-General's own
        return "SG", (m.start(), m.end())
    officials = lexicon.pattern("author", "body_officials")
    for m in officials.finditer(text, 0, min(len(text), OFFICIAL_REACH)) if officials else ():
        if not OPENS.search(text, max(0, m.start() - 8), m.start()):
            continue
        gap = re.match(r"\s*(?:the\s+|la\s+|le\s+|l['’]|el\s+)?", text[m.end():])
        body = bodies_gazetteer().match_at(text, m.end() + gap.end()) if gap else None
        if body and body.value and load_reference().bodies[str(body.value)].kind in GROUP_KINDS:
            return str(body.value), (m.start(), body.end)
    for body in bodies_in(text, 0, min(len(text), OFFICIAL_REACH)):
        if body.value and load_reference().bodies[str(body.value)].kind in GROUP_KINDS \
                and OPENS.search(text, max(0, body.start - 8), body.start) and speaks_after(text, body.end):
            return str(body.value), (body.start, body.end)
    return None


# the body's presiding officer, the speaker a heading names (not one it is addressed "to")
PRESIDING = re.compile(r"(?<!\bto\s)(?<!\bau\s)(?<!\bal\s)(?<!\bante\s)\b(?:President[ea]?|Pr[ée]sident(?:e)?|Chair(?:person|man|woman)?)\s+"
                       r"(?:of|de|du|del)\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+)?", re.I)


def presided(text: str, start: int, end: int) -> str | None:
    """The body whose president the heading names as its speaker, from ``start``, right after the heading's "by" or
    "of" ("Intervención del Presidente del Consejo de Derechos Humanos a la ... Asamblea General", "Statement by H.E.
    Ambassador X, President of the Human Rights Council"): the post after nothing but the holder's honours and name,
    the body right after it; not a president the heading tells of ("on the letter of the President of"), nor one
    speaking "in his national capacity"."""
    m = PRESIDING.search(text, start, end)
    if m is None or not HOLDER.fullmatch(text, start, m.start()) or NATIONAL_CAPACITY.search(text, start, end):
        return None
    body = next((b for b in bodies_in(text, m.end(), min(end, m.end() + 80)) if b.start == m.end()), None)
    return str(body.value) if body is not None and body.value in FORUMS else None


# what may stand between "by" and the post: an article, honours, a name in capitals, commas ("S.E. Embajador Joaquín
# Alexander Maza Martelli", "H.E. Ambassador X,"); no word in small letters but the particles of names
HOLDER = re.compile(r"(?:\s|,|(?i:the|la|le|el|l['’])\b|(?:de|del|da|van|von|bin|al|ben|y|e)\b|[A-ZÀ-Ý][\w.'’-]*)*")
NATIONAL_CAPACITY = re.compile(r"\b(?:national\s+capacity|capacit[ée]\s+nationale|capacidad\s+nacional)\b", re.I)

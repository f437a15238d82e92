"""Whether a session a text names is its own occasion, and the body a letter asks to be circulated to.

A session phrase dates the text ("Statement at the 46th session") unless its clause tells of an event there ("the
resolution adopted at the 28th session"); a page with no title of its own is made at a session where it tells of
speaking there. A bare masthead line ("Fifty-third session") takes its body from the letter's request to be
circulated "as a document of the General Assembly" (the lexicon's ``header.circulated_as``).
"""
from __future__ import annotations

import re

from unhrkg.extract import lexicon
from unhrkg.extract.chair import bare_title_told
from unhrkg.extract.gazetteer import bodies_in
from unhrkg.extract.text import line_bounds

# a masthead's session line naming no body ("Fifty-third session", "53rd session", "Cinquante-troisième session",
# "Quincuagésimo tercer período de sesiones"; a text layer may run the item line on), not a title naming another's
# ("GCC Supreme Council twenty-seventh session")
BARE_SESSION_LINE = re.compile(r"(?:[\w-]+\s+){1,2}(?:session|per[íi]odo\s+de\s+sesiones)\b(?!\s+(?:of|de|du|del)\b)", re.I)


def circulated_as(text: str, at: int) -> str | None:
    """For the bare session line at ``at``, the body a letter asks to be circulated as a document of ("circulated as a
    document of the General Assembly, under agenda item 46"; the lexicon's ``header.circulated_as`` after one of its
    ``header.circulation_verbs``, in a sentence that asks for it, ``header.circulation_request``): the first body whose
    sessions are numbered so, named in that clause."""
    if not BARE_SESSION_LINE.match(text[slice(*line_bounds(text, at))].strip()):
        return None
    phrase, request = lexicon.pattern("header", "circulated_as"), lexicon.pattern("header", "circulation_request")
    verb = lexicon.pattern("header", "circulation_verbs")
    for m in reversed(list(phrase.finditer(text))) if phrase and request and verb else ():  # the letter's own request,
        start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()), m.start() - REQUEST_REACH)  # its sentence
        verbs = list(verb.finditer(text, max(start, m.start() - VERB_REACH), m.start()))  # the verb nearest the phrase,
        if not verbs or not request.search(text, start, verbs[-1].start()):  # asked for: "I should be grateful if ...
            continue  # circulated as"; not "my letter, circulated as a document of the General Assembly"
        clause_end = min([e for e in (text.find(c, m.end()) for c in ".;\n") if e >= 0], default=len(text))
        for body in bodies_in(text, m.end(), min(clause_end, m.end() + BODY_REACH)):  # ("of the Security Council and of the
            if body.value in ("CHR", "HRC", "GA", "SUBCOM"):  # General Assembly": the one whose sessions are numbered so)
                return str(body.value)
    return None


REQUEST_REACH = 300  # the request's words stand in its sentence before the phrase
VERB_REACH = 120  # "faire distribuer le texte de la présente lettre et de son annexe comme document officiel de"
BODY_REACH = 80


EVENT_BEFORE = 100  # a session phrase's own clause: this much of the text before it ...
EVENT_AFTER = 160  # ... and after it
CLAUSE_BREAK = re.compile(r"\.\s|\n\s*\n")


def told_of_event(text: str, at: int) -> bool:
    """Whether the session phrase at ``at`` dates something the text tells of rather than being the
    document's own occasion: an adoption, a vote or a tabling, or a meeting on its margins, before it
    in its clause ("the resolution adopted at the 28th session of the Council", "on the sidelines of the
    78th session", the lexicon's ``header.session_event_before``) unless the clause is the speech's own
    ("Explanation of vote after the vote at the 79th Session", ``header.session_speech``), or after it
    ("the Third Committee of the 72nd session of the General Assembly approved the draft",
    ``header.session_event_after``). A session called current ("at the ongoing 46th Session",
    ``header.session_current``) is the document's own."""
    before = CLAUSE_BREAK.split(text[max(0, at - EVENT_BEFORE):at])[-1]
    current = lexicon.pattern("header", "session_current")
    if current and current.search(before.rstrip()[-12:]):
        return False  # "tabled ... at the ongoing 46th Session": the session the text is written in
    event, speech = lexicon.pattern("header", "session_event_before"), lexicon.pattern("header", "session_speech")
    if speech and speech.search(before):
        return False  # "Statement by the delegation of X at the 46th session ... on the resolution adopted"
    after = lexicon.pattern("header", "session_event_after")
    return bool(event and event.search(before)) or bool(after and after.search(re.split(r"[.;]", text[at:at + EVENT_AFTER])[0]))


def spoken_at(text: str, at: int) -> bool:
    """A text with no title of its own (a page, a news item) is made at the session its phrase names where that
    phrase's sentence tells of speaking there (the lexicon's ``header.session_speech`` and ``author.said``: "Ambassador
    X told the 52nd session", "said in a statement during the 49th session", "argumentó el Embajador en el marco de la
    46° sesión"), or where the text turns to the chair (a speech whose heading the page dropped); not of what happened
    there ("During the 40th session ... the Council adopted", "At the 48th session, Slovenia co-sponsored")."""
    before = CLAUSE_BREAK.split(text[max(0, at - SPOKEN_BEFORE):at])[-1]  # (its sentence: "Sri Lanka's position ... was
    if any(p and p.search(before) for p in (lexicon.pattern("header", "session_speech"), lexicon.pattern("author", "said"))):
        return True  # outlined by its Permanent Representative ... on the opening day of the 26th Session")
    chair = lexicon.all_languages_pattern("speech", "chair")  # a speech to the chair whose heading the page dropped
    return any(not text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip(" \t\"“«'") and not bare_title_told(text, m)
               for m in chair.finditer(text, 0, min(len(text), CHAIR_REACH)))


SPOKEN_BEFORE = 250  # the sentence before a session phrase, up to this much
CHAIR_REACH = 1500  # a speech turns to the chair in its opening lines

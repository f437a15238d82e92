"""Letters a web page or a news item carries without their title: known by their first words ("I have
the honour to draw your attention", "On instructions from my Government, I"; the lexicon's
``title.letter_opening``), or by the line that opens the text reproduced ("Following is the full text
of the letter;", "Texte intégral de la lettre", "The transcript of a letter sent to the UN Security
Council"; ``title.carried_letter``), the page's lead saying to whom it was written
(``title.carried_to``). ``genres.letter`` asks here when the text has no letter title or salutation."""
from __future__ import annotations

import re

from unhrkg.extract import lexicon
from unhrkg.extract.model import Header
from unhrkg.extract.parties import party_at
from unhrkg.extract.text import FIRST_PERSON_SUBJECT
from unhrkg.model.reference import load_reference

OPENING_REACH = 1500  # a letter carried by a page or a news item starts near its top


def letter_opening(text: str) -> re.Match[str] | None:
    """A letter with no title and no salutation, known by its first words at the start of a line
    (the lexicon's ``title.letter_opening``: "I have the honour to draw your attention", "On
    instructions from my Government, I", "J'ai l'honneur d'appeler votre attention"), where no
    word to a chair comes before them (a speech may say "I have the honour to inform the
    Council" too, after "Mr. President")."""
    chair = lexicon.all_languages_pattern("speech", "chair")
    found = []
    for key in ("letter_opening", "letter_followup", "letter_undersigned"):
        for m in lexicon.all_languages_pattern("title", key).finditer(text, 0, min(len(text), OPENING_REACH)):
            if text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip(" \t\"“«'-–•"):
                continue  # inside a sentence: "... said that it had the honour to"
            rest = text[m.end():min([e for e in (text.find(c, m.end()) for c in ".!?\n") if e >= 0], default=len(text))]
            if key == "letter_followup" and not FIRST_PERSON_SUBJECT.search(rest):
                continue  # "With reference to our note of 14 May, the Ministry announces": a press release
            if key == "letter_undersigned" and (not WRITES_TO.search(rest) or DECLARING.search(rest)):
                continue  # "We, the undersigned Heads of State ... reaffirm": a declaration
            found.append(m)
            break
    m = min(found, key=lambda m: m.start(), default=None)
    if m is None or chair.search(text, 0, m.start()):
        return None
    return m


# the signers of a letter write to someone ("are writing to the Member States", "address this letter to", "urge you");
# a declaration's signers are heads of State declaring
WRITES_TO = re.compile(r"\b(?:writ\w*|address\w*|you|your|vous|votre|vos|écri\w*|adress\w*|escrib\w*|dirig\w*|usted\w*)\b", re.I)
DECLARING = re.compile(r"\b(?:Heads?\s+of\s+State|Chefs?\s+d['’]État|Jefes?\s+de\s+Estado|Ministers|Ministres|Ministros)\b", re.I)


CARRIED_REACH = 2500  # a page's lead before the letter it reproduces


def carried_letter(text: str) -> re.Match[str] | None:
    """A line opening the text of a letter a page reproduces ("Following is the full text of the letter;",
    "TEXTO DE LA CARTA DE RAÚL A OBAMA"; the lexicon's ``title.carried_letter``), at a line's start."""
    marker = lexicon.all_languages_pattern("title", "carried_letter")
    colon = lexicon.all_languages_pattern("title", "carried_letter_colon")  # "The letter said:" alone on its line
    found = [*marker.finditer(text, 0, min(len(text), CARRIED_REACH)),
             *(m for m in colon.finditer(text, 0, min(len(text), CARRIED_REACH))
               if COLON_LINE_END.match(text, m.end()) and len(text) - m.end() >= CARRIED_AT_LEAST
               and not _told_of_below(text, m.end()))]
    for m in sorted(found, key=lambda m: m.start()):
        if not text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip(" \t\"“«'-–•*#"):
            return m
    return None


COLON_LINE_END = re.compile(r"[ \t]*:[ \t]*(?:\n|$)")
# a paragraph below the quoted part that tells of the letter or of its reception ("The letter was circulated ...", "KCNA
# noted", "Analysts said", "the spokesman added"): the page tells of the letter, it does not carry it
NARRATION = re.compile(r"\b(?:the\s+letter|la\s+lettre|la\s+carta|KCNA|Reuters|AFP|analysts?|analystes?|analistas?|diplomats?|"
                       r"diplomates?|diplom[áa]ticos?|observers?|spokes(?:man|person|woman)|porte-parole|portavoz)\b", re.I)


def _told_of_below(text: str, pos: int) -> bool:
    """A paragraph after the line at ``pos`` that speaks of the letter in the third person or of its readers."""
    return any(NARRATION.search(p) for p in re.split(r"\n\s*\n", text[pos:]) if not p.lstrip().startswith(("\"", "“", "«")))
CARRIED_AT_LEAST = 600  # characters of the letter below "The letter said:" (a news item quotes a line or two)


def read_carried_letter(text: str, h: Header, m: re.Match[str]) -> None:
    """A page reproducing a letter: a letter, written to the party its lead says ("in a letter to the
    Secretary-General and the President of the Security Council": the first; ``title.carried_to``), by the
    State its opening line names after "letter from" ("Following are excerpts of a letter from Cuba's foreign
    minister, Roberto Robaina, to the secretary-general"; ``title.carried_from``)."""
    h.put("doc_type", "letter", "carried-letter", (m.start(), m.end()))
    sentence_end = SENTENCE_END.search(text, m.end())
    by = lexicon.all_languages_pattern("title", "carried_from").search(
        text, m.start(), sentence_end.start() if sentence_end else min(len(text), m.end() + 200))
    writer = party_at(text, ADDRESSEE_GAP.match(text, by.end()).end(), h.symbol) if by else None  # type: ignore[union-attr]
    if writer and writer.code in load_reference().states and not h.author_states:
        h.put("author_states", [writer.code], "carried-letter-from", (writer.start, writer.end))
        to = WRITTEN_TO.match(text, writer.end)  # "..., Roberto Robaina, to the secretary-general of the United Nations"
        party = party_at(text, to.end(), h.symbol) if to and to.end() <= (sentence_end.start() if sentence_end else len(text)) else None
        if h.addressee is None and party and party.code != "UN":
            h.put("addressee", party.code, "carried-letter-to", (party.start, party.end))
    to = lexicon.all_languages_pattern("title", "carried_to")
    for said in reversed(list(to.finditer(text, 0, m.end()))):  # the nearest ("Following his letter to X, he sent a
        party = party_at(text, ADDRESSEE_GAP.match(text, said.end()).end(), h.symbol)  # letter to Y. Following is ...")
        if party and party.code != "UN":
            h.put("addressee", party.code, "carried-letter-to", (party.start, party.end))
            return


WRITTEN_TO = re.compile(r"[^.;:!?\n]{0,80}?\s(?:to|à|au|aux|al|a)\s+(?:H\.\s?E\.\s*|(?:the|le|la|l['’]|el)\s+)?", re.I)
SENTENCE_END = re.compile(r"[.;:!?](?:\s|$)")
ADDRESSEE_GAP = re.compile(r"\s*(?:H\.\s?E\.\s*|(?:the|le|la|l['’]|el)\s+)?", re.I)

"""Sponsors named by their role: the penholders of a resolution ("the co-penholders, the United States and Ecuador",
"the efforts of the United States and Mexico as penholders in drafting this resolution", "We thank the United States
for its efforts as penholder"), and the nouns of the lexicon's ``sponsor.nouns`` before the States they name."""
from __future__ import annotations

import re

from unhrkg.extract import lexicon
from unhrkg.extract.agents import can_table, names
from unhrkg.extract.named_sponsors import demonym_before, worked_on
from unhrkg.extract.objects import keyword_start, names_next
from unhrkg.extract.references import RefMention
from unhrkg.extract.scan import printed, word_start
from unhrkg.extract.tabling import agents_at, agents_ending_at
from unhrkg.extract.text import sentence_at, sentences

FRONTED_GAP = 12  # ", la " between the sponsor and the resolution it fronts
PENHOLDER_REACH = 600  # the resolution a penholder is named for stands this far before
# a penholder of a subject, not of a text: "penholders of the Afghan file", "porte-plume du dossier syrien"
OF_A_FILE = re.compile(r"\s*(?:(?<=\s)|(?:of|for|on|du|de|del|sur|sobre)\s+)(?:the\s+|la\s+|le\s+|l['’]|el\s+)?(?:[\w'’-]+\s+){0,3}?"
                       r"(?:file|files|dossier|dossiers|expediente|portfolio)\b", re.I)


SET_OFF = re.compile(r"[^.;:()\n–—]{0,160}?(?:\s[-–—]|\s?\(|:)\s*")  # a list set off after the resolution and its title
# after a sponsor noun, before the names: a gloss, the draft, a word that leads a list ("le porte-plume (Pen Holder)
# du projet de résolution, à savoir les Etats-Unis", "the penholder of the draft, namely the United States"), or a dash
# that sets the list off ("the resolution's co-penholders - Côte d'Ivoire, Kuwait, Sweden")
GLOSS = re.compile(r"\s*\([^()\n]{1,30}\)")  # "(Pen Holder)": skipped where it names no one ("(France and the UK)")
NOUN_TAIL = re.compile(r"(?:\s+(?:(?:of\s+the|du|de\s+la|del)\s+)?(?:draft(?:\s+resolution)?|projet\s+de\s+r[ée]solution|"
                       r"proyecto\s+de\s+resoluci[óo]n|text|texte|texto))?(?:\s[-–—]|[\s,:(])*(?:(?:namely|i\.e\.|à\s+savoir|es\s+decir|a\s+saber)[\s,:]*)?", re.I)
AS_PENHOLDERS = re.compile(word_start("aec") + r"(?:(?<=[aA])s|(?<=[eE])n\s+tant\s+que|(?<=[cC])omo)\s+(?:the\s+|les\s+|los\s+)?"
                           r"(?:co-?)?(?:penholders?|porte-plumes?|redactores|main\s+sponsors?|lead\s+sponsors?)\b", re.I)
CREDITED_ROLE = re.compile(r"(?:\s+for\s+(?:its|their)|['’]s?)\s+(?:[\w-]+\s+){0,3}?(?:efforts?|work|role|leadership)\s+$", re.I)
CREDIT_REACH = 300  # a State thanked for its penholding: the adopted resolution stands this near
# what the role is about, where it is no resolution of the text's: "as penholder on the Libya sanctions regime", "as
# penholders this year" (not "as penholder on this mandate renewal", "in drafting")
ROLE_OBJECT = re.compile(r"\s+(?:(?:on|of|for)\s+(?!this\b|these\b|the\s+(?:resolution|text|draft)\b)|this\s+year\b|"
                         r"in\s+(?!drafting|negotiating))", re.I)
# "co-penholder on Afghanistan": what the pen is held on, after the noun or ending it (not "on the resolution")
ON_A_TOPIC = re.compile(r"\s+(?:on|for|sur|sobre)(?:\s+(?!behalf\b|the\b|resolution)|$)", re.I)
PENHOLDER_NOUNS = ("penholder", "porte-plume", "redactores", "sponsor")  # one of which every match of AS_PENHOLDERS prints


def penholders(text: str, refs: list[RefMention]) -> list[tuple[RefMention, tuple[list[str], str]]]:
    """"the co-penholders, the United States and Ecuador": those who drafted the resolution the
    text has just named (the lexicon's ``sponsor.nouns``); "the efforts of the United States and
    Mexico as penholders in drafting this resolution": the States named just before "as
    penholders", of the resolution the sentence goes on to name, or else the one named before."""
    nouns = lexicon.pattern("sponsor", "nouns")
    out = []
    for m in AS_PENHOLDERS.finditer(text) if printed(text, PENHOLDER_NOUNS) else ():
        credit = CREDITED_ROLE.search(text, max(0, m.start() - 80), m.start())  # "thank the United States for its efforts as penholder"
        agents = agents_ending_at(text, max(0, m.start() - 200), credit.start() if credit else m.start())
        sent = sentence_at(sentences(text), m.start())
        after = [r for r in refs if m.end() <= r.start < (sent.end if sent else m.end() + 200)]
        before = [r for r in refs if m.start() - PENHOLDER_REACH <= r.end <= m.start()]
        ahead = [r for r in refs if m.end() <= r.start <= m.end() + PENHOLDER_REACH and _adoption_told(text, r)]  # "... as co-penholders. We
        ref = after[0] if after else before[-1] if before else ahead[0] if ahead else None  # welcome ... resolution 2672"
        if OF_A_FILE.match(text, m.end()):  # "UAE and Japan as penholders of the Afghan file": of a subject the Council
            ref = ahead[0] if ahead and not credit else None  # follows; of a resolution only where its adoption is told (not
            # "thank A and B for their work as co-penholders of the file for the last two years": thanked for the file)
        elif credit and not after:  # thanked for the work: of the resolution whose adoption the text tells near it, not of
            told = [r for r in before if r.end >= m.start() - CREDIT_REACH and _adoption_told(text, r)] + ahead  # any one
            ref = told[0] if told and not ROLE_OBJECT.match(text, m.end()) else None  # named before ("on the Libya
            # sanctions regime", "this year": a penholder of something else or of a text the page does not number)
        if agents and ref:
            out.append((RefMention(m.start(), m.end(), ref.body, ref.number, False), (agents, "penholder")))
    former = lexicon.pattern("sponsor", "former")
    for m in nouns.finditer(text) if nouns else ():
        if former and re.search(rf"\b(?:{former.pattern})\s+$", text[max(0, m.start() - 20):m.start()], re.I):
            continue  # "the previous co-penholders Ireland and Norway": not the sponsors of the resolution now named
        gloss = GLOSS.match(text, m.end())
        tail = gloss.end() if gloss and not names(text, gloss.start(), gloss.end()) else m.end()
        on_topic = ON_A_TOPIC.search(m.group(0)) or ON_A_TOPIC.match(text, tail)
        after = [] if on_topic or OF_A_FILE.match(text, tail) else agents_at(text, NOUN_TAIL.match(text, tail).end())  # type: ignore[union-attr]
        # ("co-penholders of the Syrian humanitarian file": the file's words name no penholder)
        agents = can_table(after or demonym_before(text, m.start()))  # ("as co-penholder on Afghanistan": the file's State)
        named = [r for r in refs if names_next(text, m.end(), keyword_start(text, r), FRONTED_GAP)]
        listed_after = SET_OFF.match(text, named[0].end) if named and not agents else None
        if listed_after:  # "los cinco países promotores de la Resolución 2286 sobre ... - Egipto, Japón, ... -"
            agents = agents_at(text, listed_after.end())
            if agents:
                out.append((RefMention(m.start(), m.end(), named[0].body, named[0].number, False), (agents, "penholder")))
            continue
        own = [r for r in refs if m.start() <= r.start < m.end()]  # "the resolution's sponsors": the one it names
        before = own or worked_on(text, m.end(), refs) or [r for r in refs if m.start() - PENHOLDER_REACH <= r.end <= m.start()]
        if OF_A_FILE.match(text, m.end()):  # "the United States, acting as penholder of South Sudanese file"
            before = [r for r in before if _adoption_told(text, r)]
        if agents and before:  # placed at the noun: the evidence is the sentence naming the sponsors
            out.append((RefMention(m.start(), m.end(), before[-1].body, before[-1].number, False), (agents, "penholder")))
    return out


def _adoption_told(text: str, r: RefMention) -> bool:
    """The sentence naming the resolution tells of its adoption ("We welcome today's adoption of resolution 2672";
    the lexicon's ``stance.adoption`` and ``sponsor.adopted``): not as a time ("Since the adoption of resolution
    2579, ..."), nor of another text the resolution is the origin of ("the adoption today of a resolution renewing
    the authorizations, as originally set out in Resolution 2292")."""
    sent = sentence_at(sentences(text), r.start)
    words = [p for p in (lexicon.pattern("stance", "adoption"), lexicon.pattern("sponsor", "adopted")) if p]
    for m in (m for p in words for m in p.finditer(text, sent.start, sent.end)) if sent else ():
        if not (SINCE.search(text, max(0, m.start() - 16), m.start()) or m.start() < r.start and ORIGIN.search(text, m.end(), r.start)):
            return True
    return False


SINCE = re.compile(r"\b(?:since|depuis|desde)\s+(?:the\s+|l['’]\s*|la\s+)?$", re.I)
# between an adoption and the resolution: the resolution is what the adopted text goes back to
ORIGIN = re.compile(r"\b(?:set\s+out\s+in|established\s+(?:by|in|under)|pursuant\s+to|in\s+accordance\s+with|authori[sz]ed\s+(?:by|in|under)|"
                    r"imposed\s+by|originally|renewing|extending|an?\s+resolution|une\s+r[ée]solution|una\s+resoluci[óo]n|"
                    r"renouvel\w*|prorog\w*|renova\w*|prorrog\w*)\b", re.I)

"""Sponsors credited with a resolution by what they did (said with a verb or a noun), or listed after it: "We thank the United Kingdom for presenting
resolution 2334", "Viet Nam took charge of drafting and promoting the adoption of Resolution 2573",
"Japan served together with New Zealand, Egypt, Spain and Uruguay in drafting ... Resolution 2286",
"la Suisse a eu l'honneur d'introduire le projet de résolution 2730", "agradece a México por presentar
la resolución 2653".

The phrase is the lexicon's ``sponsor.credited`` (a preposition and the deed: "for presenting", "in
drafting", "d'introduire", "por presentar"); the resolution follows it within a few words of the same
clause (another deed may come between: "drafting and promoting the adoption of"). The sponsors are the
States or bodies named right before the phrase ("thank the European Union and Australia for
presenting"), or else the subject of its clause, a few words before with no other name between ("Viet
Nam took charge of drafting"); partners joined to them ("together with A and B") are sponsors too. A
deed denied ("refused to present", "did not take part in drafting") credits no one.
"""
from __future__ import annotations

import re

from unhrkg.extract import lexicon
from unhrkg.extract.agents import coordinated, names
from unhrkg.extract.anaphora import antecedent
from unhrkg.extract.gazetteer import Mention
from unhrkg.extract.objects import keyword_start
from unhrkg.extract.references import RefMention
from unhrkg.extract.scan import lowered
from unhrkg.extract.text import SPACES

Found = tuple[RefMention, tuple[list[str], str]]

DEED_TO_RESOLUTION = re.compile(r"(?:[\s'’]+[^\W\d_][\w'’-]*){0,8}[\s'’]*", re.I)  # at most a few words, no punctuation
DEED_REACH = 100
# a draft named by the number it was adopted as ("the draft resolution 2730", "le projet de résolution 2730")
DRAFT_NUMBERED = re.compile(r"(?:draft\s+resolution|projet\s+de\s+r[ée]solution|proyecto\s+de\s+resoluci[óo]n)\s+(?:No\.?\s*|n[°º]\s*)?"
                            r"(?P<num>\d{1,4}(?:/\d{1,3})?)\b", re.I)
SUBJECT_GAP = re.compile(r"(?:[\s'’]+[^\W\d_][\w'’-]*){0,6}?[\s'’]*")  # "Viet Nam| took charge |of drafting"
NOT_SUBJECT = re.compile(r"\b(?:which|who|that|whose|qui|que|dont|quien|cuyo|cuya|not|never|no|ne|n['’]|nunca|jamais|"
                         r"refus\w*|declin\w*|rechaz\w*|faile?d?|neither|nor|ni)\b|n['’]t\b", re.I)
PARTNERED = re.compile(r"(?:(?:together|along|jointly)\s+with|in\s+(?:cooperation|partnership)\s+with|avec|con|junto\s+(?:con|a))\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+)?$", re.I)
BEFORE_GAP = re.compile(r"[\s,]*$")
LIST_REACH = 300  # a list of sponsors before the deed
SENTENCE_STOP = re.compile(r"[.;!?:](?:\s|$)|\n\s*\n")
DEED_WORDS = ("draft", "tabl", "introduc", "present", "submit", "sponsor", "author", "initiat", "pen", "spearhead", "champion",
              "propos", "putting", "bringing", "lead", "facilitat", "steer", "introdu", "présent", "dépos", "soumet", "rédig",
              "parrain", "port", "presentar", "copatrocin", "patrocin", "redac", "elabora", "impuls")


def credited_sponsors(text: str, refs: list[RefMention]) -> list[Found]:
    """(resolution, (sponsors, "credited-deed")) for each resolution a deed phrase credits someone with."""
    deeds = lexicon.pattern("sponsor", "credited")
    low = lowered(text)
    if deeds is None or not refs or low is not None and not any(w in low for w in DEED_WORDS):
        return []
    starts = sorted(((min(keyword_start(text, r), r.start), r) for r in refs), key=lambda p: p[0])
    out: list[Found] = []
    for m in deeds.finditer(text):
        at, target = next(((at, r) for at, r in starts if at >= m.end()), (0, None))
        draft = DRAFT_NUMBERED.search(text, m.end(), min(len(text), m.end() + DEED_REACH + 40))
        adopted = [r for r in refs if draft and r.number.split(" ")[0] == draft.group("num")]
        if adopted and (target is None or draft.start() < at):  # "d'introduire le projet de résolution 2730": the draft adopted as 2730
            at, target = draft.start(), RefMention(draft.start("num"), draft.end("num"), adopted[0].body, adopted[0].number, True)
        between = text[m.end():at]
        if target is None or len(between) > DEED_REACH or not DEED_TO_RESOLUTION.fullmatch(between) or NOT_SUBJECT.search(between) \
                or not target.explicit and between.strip():  # ("drafting the text of the resolution": an anaphor, bound too far)
            continue
        sponsors = _credited(text, m.start())
        if sponsors:
            out.append((target, (sponsors, "credited-deed")))
    return out


def _credited(text: str, at: int) -> list[str]:
    """Who the deed at ``at`` is credited to: the list named right before it, else its clause's subject."""
    start = max((s.end() for s in SENTENCE_STOP.finditer(text, max(0, at - 300), at)), default=max(0, at - 300))
    named = names(text, start, at)
    if not named:
        return []
    last = named[-1]
    between = text[last.end:at]
    if BEFORE_GAP.fullmatch(between):  # "thank the United Kingdom for presenting"
        listed = _list_ending(text, named, last)
    else:  # "Viet Nam took charge of drafting": the subject, a few words before, nothing that makes it an object
        if not SUBJECT_GAP.fullmatch(between) or NOT_SUBJECT.search(between) or _object(text, last):
            return []
        listed = _list_ending(text, named, last)
    first = listed[0]
    partner = PARTNERED.search(text, max(start, first.start - 40), first.start)
    if partner:  # "Japan served together with NZ, Egypt, Spain and Uruguay in drafting": Japan too
        before = [n for n in named if n.end <= partner.start()]
        lead = text[before[-1].end:partner.start()] if before else ""
        if before and SUBJECT_GAP.fullmatch(lead) and not NOT_SUBJECT.search(lead):
            listed = _list_ending(text, named, before[-1]) + listed
    return list(dict.fromkeys(str(n.value) for n in listed))


def _list_ending(text: str, named: list[Mention], last: Mention) -> list[Mention]:
    """The coordinated names ("A, B and C") whose last item is ``last``."""
    for n in named:
        if n.end <= last.start and last.start - n.end <= LIST_REACH:
            items = coordinated(text, n.start)
            if items and items[-1].end == last.end:
                return items
    return [last]


OBJECT_BEFORE = re.compile(r"\b(?:by|of|to|from|against|for|in|on|at|with|de|du|des|à|au|aux|par|pour|contre|en|por|para|con|al|del)\s+"
                           r"(?:the\s+|la\s+|le\s+|les\s+|l['’]|el\s+|los\s+|las\s+)?$", re.I)


def _object(text: str, name: Mention) -> bool:
    """The name is a preposition's object ("a member of the UNSC took charge"), not a subject."""
    return bool(OBJECT_BEFORE.search(text, max(0, name.start - 20), name.start))


# after the resolution: its year or title in brackets, then the words that open the list ("including", "dont")
AFTER_RESOLUTION = re.compile(r"(?:\s*\([^()\n]{0,60}\))?\s*[,;]?\s*")
LIST_CLOSES = re.compile(r"\s*(?:[.!]|$)")  # a list after a semicolon is the sentence's last words ("...; A, B and C.")
LIST_OPEN = re.compile(r"\s*[:,(–—-]?\s*")


def listed_sponsors(text: str, refs: list[RefMention]) -> list[Found]:
    """"the co-sponsors of the resolution, including the United States", "les coauteurs de la résolution 2334,
    dont le Sénégal", "the penholders of resolution 2334, Malaysia, New Zealand, Senegal and Venezuela" (or "; Malaysia, ..."): the
    States named after the resolution its sponsors are said of (the lexicon's ``sponsor.sponsors_of``), after
    a word that opens the list (``sponsor.listing``), or two or more in apposition."""
    nouns, listing = lexicon.pattern("sponsor", "sponsors_of"), lexicon.pattern("sponsor", "listing")
    if nouns is None or not refs:
        return []
    out: list[Found] = []
    for m in nouns.finditer(text):
        target = next((r for r in refs if m.end() <= (at := min(keyword_start(text, r), r.start)) <= m.end() + ARTICLE_GAP
                       and len(text[m.end():at].split()) <= 1), None)  # the resolution right after the noun (an article at most)
        if target is None:
            out += _sponsors_of_text(text, refs, m.end())
            continue
        after = AFTER_RESOLUTION.match(text, target.end).end()  # type: ignore[union-attr]
        opened = listing.match(text, after) if listing else None
        start = LIST_OPEN.match(text, opened.end()).end() if opened else after  # type: ignore[union-attr]
        named = coordinated(text, start)
        apposed = text[target.end:after].strip()[-1:]
        if apposed == ";" and (named and not LIST_CLOSES.match(text, named[-1].end) or _colon_listed(text, m.start())):
            continue  # "...; Australia and Fiji abstained": a clause of its own; ": the sponsors of ...; Israel and ...": items
        if named and (opened or len(named) >= 2 and apposed in (",", ";")):
            out.append((target, (list(dict.fromkeys(str(n.value) for n in named)), "sponsors-listed")))
    return out


TEXT_ADJECTIVE = re.compile(r"(?:\s+[^\W\d_]{4,}(?<!ment))?\s*", re.I)  # "de ce texte important :" (an adjective after the noun)
TEXT_LIST_OPEN = re.compile(r"\s*(?P<mark>[:,])\s*")
NEXT_SENTENCE_REACH = 300
DRAFT_WORD = re.compile(r"\b(?:draft|projet|proyecto)\b", re.I)
LIST_ENDS = re.compile(r"\s*(?:[.;!]|$)")  # the list closes its sentence


def _sponsors_of_text(text: str, refs: list[RefMention], at: int) -> list[Found]:
    """"je remercie les trois co-auteurs de ce texte important : la Jordanie, l'Espagne, la Nouvelle Zélande. La résolution
    2258 que nous venons d'adopter ...", "the co-sponsors of this text, Jordan and Spain": the text's noun (the lexicon's
    ``anaphora.text_nouns``) after the sponsors' noun is the resolution the text is about (the one it has been about before
    the noun, else the one it numbers right after), its sponsors the States listed after a colon, or two or more after a
    comma, the list closing its sentence; not the sponsors of a draft ("the draft", "ce projet")."""
    texts = lexicon.pattern("anaphora", "text_nouns")
    noun = texts.match(text, SPACES.match(text, at).end()) if texts else None  # type: ignore[union-attr]
    if noun is None or DRAFT_WORD.search(noun.group(0)):
        return []  # ("the sponsors of the draft", "les initiateurs de ce projet pilote": not the resolution's)
    opened = TEXT_LIST_OPEN.match(text, TEXT_ADJECTIVE.match(text, noun.end()).end())
    named = coordinated(text, opened.end()) if opened else []
    if not named or opened.group("mark") == "," and len(named) < 2 \
            or not LIST_ENDS.match(text, named[-1].end):  # type: ignore[union-attr]
        return []  # (a list that goes on as the subject of a verb: "the authors of this text, Russia and China voted against")
    explicit = [r for r in refs if r.explicit]
    before = [r for r in explicit if r.end <= at]
    target = antecedent(before, at) if before else \
        next((r for r in explicit if named[-1].end <= r.start <= named[-1].end + NEXT_SENTENCE_REACH), None)
    if target is None:
        return []
    said = RefMention(noun.start(), noun.end(), target.body, target.number, False)  # (its evidence: the sentence that lists them)
    return [(said, (list(dict.fromkeys(str(n.value) for n in named)), "sponsors-of-text"))]


def _colon_listed(text: str, at: int) -> bool:
    """The noun at ``at`` is an item of a list a colon opened in its sentence ("Two groups spoke: the sponsors of
    resolution 2334; Israel and the United States"): its semicolon parts the items, it opens no list of its own."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at), 0)
    return ":" in text[start:at]


ARTICLE_GAP = 12  # "of | the | resolution", "de | la | résolution"


BY_WHOM = re.compile(r"\s*,?\s*(?:by|par|por)\s+", re.I)


def deeds_by(text: str, refs: list[RefMention]) -> list[Found]:
    """"the co-sponsoring of Resolution 30/1 by Sri Lanka", "la présentation de la résolution 2417 par la France",
    "el patrocinio de la resolución 64/292 por Bolivia": a deed named as a noun (the lexicon's ``sponsor.deed_nouns``),
    the resolution right after it, then "by" and who did it."""
    nouns = lexicon.pattern("sponsor", "deed_nouns")
    if nouns is None or not refs:
        return []
    out: list[Found] = []
    for m in nouns.finditer(text):
        target = next((r for r in refs if r.explicit and m.end() <= (at := min(keyword_start(text, r), r.start)) <= m.end() + ARTICLE_GAP
                       and len(text[m.end():at].split()) <= 1), None)
        by = BY_WHOM.match(text, AFTER_RESOLUTION.match(text, target.end).end()) if target else None
        named = coordinated(text, by.end()) if by else []
        if named:
            out.append((target, (list(dict.fromkeys(str(n.value) for n in named)), "deed-by")))  # type: ignore[arg-type]
    agent_first = lexicon.pattern("sponsor", "deed_nouns_by")  # "the co-sponsorship by Sri Lanka of Resolution 30/1"
    for m in agent_first.finditer(text) if agent_first is not None else ():
        named = coordinated(text, SPACES.match(text, m.end()).end())  # type: ignore[union-attr]
        behalf = BEHALF_ASIDE.match(text, named[-1].end) if named else None  # "the introduction by Pakistan, on behalf of
        group = coordinated(text, behalf.end()) if behalf else []  # the OIC, of resolution 16/18": the group's deed
        if group and (closed := ASIDE_CLOSE.match(text, group[-1].end)):
            named, of = group, OF_RESOLUTION.match(text, closed.end())
        else:
            of = OF_RESOLUTION.match(text, named[-1].end) if named else None
        target = next((r for r in refs if r.explicit and of and min(keyword_start(text, r), r.start) == of.end()), None)
        if target is None or PRESENTED.search(m.group(0)) and DESCRIBED_AS.match(text, target.end):
            continue  # (not "la présentation par le Maroc de la résolution 2602 comme un soutien": how it is shown)
        later = BEHALF_ASIDE.match(text, target.end)  # "... de la resolución 78/170, en nombre del Movimiento de Países
        group = coordinated(text, later.end()) if later else []  # No Alineados": the group's deed
        if later and not group:
            continue
        out.append((target, (list(dict.fromkeys(str(n.value) for n in group or named)), "deed-by")))  # type: ignore[arg-type]
    return out


# "presented X as Y", "presentó X como Y": what X is said to be, not a tabling (not "as penholder", "como copatrocinador")
DESCRIBED_AS = re.compile(r"(?:\s*\(\d{4}\))?\s*,?\s+(?:as|comme|como)\s+(?!(?:the\s+|a\s+|un\s+|une\s+|uno\s+|el\s+|le\s+)?"
                          r"(?:co-?)?(?:penholders?|sponsors?|auteurs?|autores?|porte-plumes?|redactor|patrocinador|copatrocinador|"
                          r"main|lead|chair|president|pr[ée]sident[ea]?)\b)", re.I)
PRESENTED = re.compile(r"pr[ée]sent", re.I)  # ("the presentation by X of resolution N as ...": shown as, not tabled)
# a speaker for a group, set off by commas before or after the resolution: the group tabled it
BEHALF_ASIDE = re.compile(r"\s*,\s*(?:on\s+behalf\s+of|au\s+nom\s+d[eu]s?|en\s+nombre\s+de(?:l)?)\s+(?:the\s+|la\s+|le\s+|l['’]\s*|el\s+)?", re.I)
ASIDE_CLOSE = re.compile(r"\s*,")
OF_RESOLUTION = re.compile(r"\s+(?:of|de|du|del)\s+(?:the\s+|la\s+|l['’]\s*|el\s+)?")

"""A resolution whose reading the author disputes: no stance on the resolution itself.

"UN General Assembly Resolution 2758 does not preclude Taiwan's involvement", "Resolution 2758, adopted in 1971,
did not address the issue": the author argues over what the text does, neither invoking nor rejecting it, so the
weak stance rules that read a State's citing of a resolution as support (``focus-*``, ``cited-supports``) say
nothing of it. What a resolution is said not to do stands right after it, in the same clause (the lexicon's
``stance.scope_denied``: what it addresses, mentions, covers, precludes; not what it failed to bring about, "did not
prevent the assault", a complaint that keeps the stance), and the text names it no other way. A reading called wrong
("misinterpreted", "distorted") is no such sign by itself: each side of a dispute says it of the other, the one invoking
the resolution too; it only tells a naming that is another's reading, not the author's.
"""
from __future__ import annotations

import re

from unhrkg.extract import lexicon
from unhrkg.extract.gazetteer import states_in
from unhrkg.extract.objects import keyword_start
from unhrkg.extract.references import RefMention
from unhrkg.extract.speakers import FIRST_PERSON_WORDS
from unhrkg.extract.text import quoted_at, sentence_at, sentences

DENIED_REACH = 90  # "Resolution 2758, adopted in 1971, did not address", "la résolution 2758 de l'Assemblée générale ne"
# after the words, the author turning on: "does not mention climate change, but its principles apply"
CONTRAST = re.compile(r"\b(?:but|yet|however|mais|toutefois|cependant|pero|sin\s+embargo|no\s+obstante)\b", re.I)
# between the resolution and the words, a clause of another subject: "resolution 1284, which Iraq does not deal with"
OTHER_CLAUSE = re.compile(r"[.;:!?]|\b(?:which|that|who|whom|que|qui|dont|lequel|laquelle|cual|quien)\b", re.I)


def disputed_readings(text: str, mentions: list[RefMention]) -> set[tuple[str, str]]:
    """The resolutions a mention of which is followed, in its clause, by what the resolution is said not to do, in the
    author's own words (not inside a quotation: "afirmando falsamente que 'la Resolución 2758 ... no menciona'", nor
    reported: "He said the resolution did not preclude"), and which the text names otherwise only as the object of
    another's reading, in a sentence that tells of it ("Wang Yi falsely claimed that Resolution 2758 ...", "China's
    repeated misrepresentation of Resolution 2758", "This resolution has been misused": the lexicon's
    ``stance.others_reading``). A resolution the author names otherwise too ("Resolution 1325 remains the cornerstone.
    ... Resolution 1325 does not mention climate change") keeps whatever stance the rules read."""
    denied, others = lexicon.pattern("stance", "scope_denied"), lexicon.pattern("stance", "others_reading")
    if denied is None:
        return set()
    argued: set[tuple[str, str]] = set()
    named: set[tuple[str, str]] = set()  # named in the author's own words otherwise
    sents = sentences(text)
    for ref in mentions:
        after = denied.search(text, ref.end, min(len(text), ref.end + DENIED_REACH))
        key = (ref.body, ref.number)
        sent = sentence_at(sents, ref.start)
        if after and not OTHER_CLAUSE.search(text, ref.end, after.start()) and not states_in(text, ref.end, after.start()) \
                and not quoted_at(text, ref.start) and not _reported(text, keyword_start(text, ref)) \
                and not (others and sent and others.search(text, sent.start, keyword_start(text, ref))) \
                and not CONTRAST.search(text, after.end(), sent.end if sent else after.end()):
            argued.add(key)  # (not "resolution 1284, Iraq does not deal with": the State is the subject; not "The US asserted
            continue  # in a fact sheet that Resolution 2758 does not preclude": another's; not "does not mention climate
            # change, but its principles apply": the author goes on to rely on it)
        if not (others and sent and others.search(text, sent.start, sent.end)):  # ("This resolution has been misused")
            named.add(key)
    return argued - named


REPORTED_REACH = 40  # "He said the resolution did not preclude": the verb of saying right before the resolution's words
FIRST_PERSON = re.compile(r"\b(?:I|we|je|nous|yo|nosotros)\s+(?:have\s+|has\s+|avons\s+|hemos\s+)?\S+\s+(?:that\s+|que\s+|qu['’])?$", re.I)


def _reported(text: str, start: int) -> bool:
    """Another's words reported just before the resolution ("He said the resolution", "Lambert claimed that"), not the
    author's own ("I state categorically that")."""
    said = lexicon.pattern("author", "said")
    lead = text[max(0, start - REPORTED_REACH):start]
    m = re.search(rf"\b(?:{said.pattern})\s+(?:that\s+|que\s+|qu['’])?(?:the\s+|la\s+|le\s+|l['’]|el\s+)?$", lead, re.I) if said else None
    return bool(m) and not FIRST_PERSON.search(lead[:m.end()])


CHARGE_REACH = 160  # "allegations against the Islamic Republic of Iran, including with respect to Security Council resolutions"
# the words after a charge that name what it is about, right before the resolution (its body's name between)
CHARGE_TOPIC = re.compile(r"\b(?:with\s+respect\s+to|regarding|concerning|in\s+relation\s+to|relating\s+to|about|concernant|"
                          r"au\s+sujet\s+de|relatives?\s+[àa]|sobre|respecto\s+(?:a|de)|relativas?\s+a|en\s+relaci[óo]n\s+con)"
                          r"\s+(?:the\s+|la\s+|les\s+|l['’]|el\s+|los\s+|las\s+)?(?:(?-i:[A-Z])[\w-]*\s+){0,3}"
                          r"(?:(?:resolutions|r[ée]solutions|resoluciones)\s+(?:[\w/.()-]+[\s,]+){0,12})?$", re.I)  # (a list's earlier items)


def charged_about(text: str, ref: RefMention, authors: list[str]) -> bool:
    """The resolution named as what a charge against the author is about (the lexicon's ``stance.charges``: "he made
    certain allegations against the Islamic Republic of Iran, including with respect to Security Council resolutions 2216
    (2015) and 2231 (2015)", "ces accusations infondées concernant les résolutions"), in the same sentence: the author
    answers a charge, and citing the resolution so invokes nothing. Not the author's own charges ("Lebanon has filed
    complaints and accusations against Israel with respect to resolution 1701", "Ukraine has shared detailed allegations
    concerning resolution 2231"): the charge is against the author, or the author dismisses it."""
    charges = lexicon.pattern("stance", "charges")
    if charges is None or charges.absent(text):
        return False  # (most texts name no charge: no sentence to find)
    sent = sentence_at(sentences(text), ref.start)
    if sent is None:
        return False
    keyword = keyword_start(text, ref)
    found = [m for m in charges.finditer(text, max(sent.start, keyword - CHARGE_REACH), keyword)]
    if not found or CHARGE_TOPIC.search(text, found[-1].end(), keyword) is None:
        return False
    against = AGAINST.search(text, found[-1].end(), keyword)
    named = [s for s in states_in(text, against.end(), keyword)] if against else []
    return bool(DISMISSED.search(text, max(sent.start, found[-1].start() - 30), min(keyword, found[-1].end() + 30))) \
        or bool(named) and str(named[0].value) in authors or bool(against and OWN_PARTY.match(text, against.end()))


AGAINST = re.compile(r"\b(?:against|contre|contra)\s+", re.I)
OWN_PARTY = re.compile(r"(?:my|our|mon|ma|notre|mi|nuestro|nuestra)\s+(?:country|Government|pays|gouvernement|país|Gobierno)\b|(?:us|nous|nosotros)\b", re.I)
# the author calling the charges baseless: "unfounded allegations", "accusations infondées", "acusaciones infundadas"
DISMISSED = re.compile(r"\b(?:unfounded|baseless|groundless|false|fabricated|infond[ée]es|sans\s+fondement|mensong[eè]res|infundadas|falsas|"
                       r"sin\s+fundamento)\b", re.I)


OTHERS_TEXT_REACH = 300  # "the Joint Statement of Sept 25 by A, B, ... and L, which calls for": the list between
CLAUSE_REACH = 160  # "which calls for an immediate ceasefire in line with UNSC Resolution 1701"
CLAUSE_BREAK = re.compile(r"[;:]")


def in_others_text(text: str, ref: RefMention) -> bool:
    """The resolution is named in a clause telling what another's text says, in the sentence that names that text
    ("Malaysia welcomed the Joint Statement of Sept 25 by the United States, ..., which calls for an immediate ceasefire
    in line with UNSC Resolution 1701": the statement's word, not the author's invocation; the lexicon's
    ``stance.others_text_nouns`` and ``others_text_clause``), with no first person between the text and the resolution
    (not "the statement, which we fully endorse and which calls for ...")."""
    nouns, clause = lexicon.pattern("stance", "others_text_nouns"), lexicon.pattern("stance", "others_text_clause")
    if nouns is None or clause is None:
        return False
    kw = keyword_start(text, ref)
    sent = sentence_at(sentences(text), ref.start)
    start = sent.start if sent else max(0, kw - OTHERS_TEXT_REACH)
    said = next(reversed(list(clause.finditer(text, max(start, kw - CLAUSE_REACH), kw))), None)
    if said is None or CLAUSE_BREAK.search(text, said.end(), kw):
        return False
    noun = next(reversed(list(nouns.finditer(text, max(start, said.start() - OTHERS_TEXT_REACH), said.start()))), None)
    return noun is not None and not FIRST_PERSON_WORDS.search(text, noun.start(), kw)

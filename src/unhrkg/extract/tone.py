"""The tone of a sentence toward the resolution it names: the author's cues for and against it,
less what the sentence says another State, a body or the resolution itself does.

``focus`` weighs the sentences of a text about one resolution with ``tone``; a cue counts only
where the author says it of the resolution:

- not said by another State or a body (``said_by_other``: "Russia does not support", "the
  Council condemned"), nor by "countries that voted for it";
- not the resolution's own words ("resolution 497 considers the decision null and void");
- not a verb whose object is something else ("condemns the continued settlements expansion",
  "which violates international law" said of the expansion);
- a word of fault the resolution itself is the subject of ("this resolution ... ignores") counts
  against it.
"""
from __future__ import annotations

import re
from functools import cache

from unhrkg.extract import lexicon
from unhrkg.extract.gazetteer import states_in
from unhrkg.extract.speakers import FIRST_PERSON_WORDS, RESOLUTION_SUBJECT as RESOLUTION_OPENS, other_side, other_subject, owned_by_other, subject_states
from unhrkg.extract.objects import claimed, relative_of_other
from unhrkg.extract.issuers import other_organ_before
from unhrkg.extract.cue_objects import (ADOPTED_AS_MEANS, NAMED_INSTRUMENT, OTHER_NUMBERED, OTHER_OBJECT, OTHER_TEXT, ROLE_OF,
                                        objects_of_rejection, others_passive)
from unhrkg.extract.cues import Cue, cues_in, negated
from unhrkg.extract.stances import AUTHORITY_GAP, BODY_SUBJECT as BODY_OPENS_CLAUSE, attributive, unpredicated

# "countries that voted in favour of it", "those who support it": others, not the author
OTHERS_THAT = re.compile(r"\b(?:countries|states|members|delegations|those|others|pays|États|Estados|países|miembros|"
                         r"delegaciones)\s+(?:that|who|which|qui|que)\s+(?:\w+ly\s+)?$", re.I)
BODY_SUBJECT = re.compile(r"\b(?:the|le|el)\s+(?:(?:UN|U\.N\.|United\s+Nations)\s+)?(?:Security\s+)?(?:Council|Assembly|Commission|Conseil|Consejo|Asamblea|Comisi[óo]n)\b"
                          r"|\bl['’]Assembl[ée]e\b|\bla\s+(?:Asamblea|Comisi[óo]n|Commission)\b", re.I)
# a passive's agent: "condemned by the Council", "considérée comme nulle et non avenue par plusieurs résolutions" (said by
# resolutions, which the author invokes)
BODY_AGENT = re.compile(r"\s+(?:\w+ly\s+)?(?:by|par|por)\s+(?:" + BODY_SUBJECT.pattern + r"|(?:\w+\s+){0,2}(?:resolutions?|r[ée]solutions?|"
                        r"resoluci[óo]n(?:es)?)\b)", re.I)


# a charge another reports ("The Israelis claimed that the resolution ..."): a verb of saying with "that"
CLAIMED_THAT = re.compile(r"\b(?:claim(?:s|ed)?|argu(?:e|es|ed)|alleg(?:e|es|ed)|assert(?:s|ed)?|insist(?:s|ed)?|maintain(?:s|ed)?|"
                          r"prétend\w*|soutien\w*|sostien\w*|sostuv\w*|aleg\w*)\s+(?:that|que|qu['’])", re.I)


def _others_claim(sentence: str, at: int, voices: list[str]) -> bool:
    """The charge before ``at`` is another's claim: a verb of saying with "that" whose subject, read up to it without an
    aside ("Venezuela, al igual que Rusia, sostiene que"), names another State and not the author nor "we"."""
    claims = list(CLAIMED_THAT.finditer(sentence, 0, at))
    if not claims:
        return False
    claim = claims[-1]
    subject = ASIDE.sub(" ", sentence[:claim.start()])
    named = [m for m in states_in(subject) if m.kind in ("name", "demonym")]
    if FIRST_PERSON_WORDS.search(subject) or any(str(m.value) in voices for m in named):
        return False
    return bool(named) or said_by_other(sentence, at, voices)


# an aside the subject carries: ", like the Russian Federation,", ", al igual que Rusia,", ", comme la Russie,"
ASIDE = re.compile(r",\s*(?:like|as\s+does|as\s+do|al\s+igual\s+que|como|comme|ainsi\s+que|tout\s+comme)\b[^,]*,", re.I)


def sentence_tone(sentence: str, voices: list[str], reach: int | None = None) -> int:
    """Supporting cues less rejecting cues, evaluative words and words of grievance in a sentence;
    a cue said by another State or by a body ("Russia does not support ...", "countries that
    voted for it", "the Council condemned") is not the text's tone, nor is a negated one. With a
    reach, only cues whose object is a resolution within it count ("rejected a UN resolution")."""
    nouns = lexicon.pattern("anaphora", "nouns")
    tone = 0
    cues = cues_in(sentence)
    accusing = {(c.start, c.end) for c in cues if c.accusing}
    said: list[tuple[int, int]] = []  # the spans of cues that are the resolution's own words
    objected = objects_of_rejection(cues, sentence)  # ("rejects the enforcement of resolution 1593": nothing invoked)
    for c in cues:
        if c in objected:
            continue
        if c.predicate and lexicon.current() != "en" and attributive(sentence, c):
            continue  # "l'excision illégale de l'archipel": said of another noun, not of the resolution (in
            # English the noun after it, in a text on one resolution, is most often the resolution's own
            # doing: "taking hasty and unlawful measures"; the sentence rules still set it aside)
        if unpredicated(sentence, c):
            continue  # "to study the violations of human rights": an act told, not the resolution judged
        if (c.start, c.end) in accusing and c.predicate and _others_doing(sentence, c.start, nouns, voices):
            continue  # "committed a violation of resolution N", "urges Israel to end its violations": another's doing
        if _resolution_says(sentence, c.start, nouns):
            said.append((c.start, c.end))
            continue  # "resolution 497 considers Israel's decision ... null and void": the resolution's words, not the author's
        if c.predicate and TOPIC_BEFORE.search(sentence, max(0, c.start - 20), c.start):
            continue  # "the resolutions of the Tenth Emergency Session on illegal Israeli practices": their topic, not a judgement
        if relative_of_other(sentence, c.start, nouns, object_only=not c.predicate) or _people_do(sentence, c.start, nouns) \
                or (c.predicate or c.accusing) and PRONOUN_OBJECT.match(sentence, c.end) \
                or c.predicate and _broken_off(sentence, c.start, nouns):
            continue  # "condemns the continued settlements expansion, which violates international law"; "terrorism, which we condemn"
        if c.accusing and _resolution_acts(sentence, c.start, nouns, cues):
            if not _others_claim(sentence, c.start, voices):  # ("The Israelis claimed that the resolution represented a
                tone -= 1  # gross violation": their charge) "this resolution ... ignores once again the will of the people":
            continue  # it is the one at fault
        if c.accusing or (negated(sentence, c) and not c.invoking) or said_by_other(sentence, c.start, voices) \
                or other_subject(sentence, c.start, voices) or OTHERS_THAT.search(sentence, max(0, c.start - 40), c.start) \
                or (not c.predicate and RESOLUTION_OPENS.match(sentence[:c.start]) and not FIRST_PERSON_WORDS.search(sentence[:c.start])) \
                or BODY_AGENT.match(sentence, c.end) or not c.predicate and not c.invoking and others_passive(sentence, c, voices) \
                or BODY_OPENS_CLAUSE.search(sentence, max(0, c.start - 80), c.start):
            continue  # ("La résolution, a rappelé le Président, condamne"; "was condemned by the Security Council")
        if reach is not None and not (nouns and nouns.search(sentence, c.start, c.end + reach)):  # (the cue may hold it)
            continue
        noun = nouns.search(sentence, c.end) if nouns else None
        if noun and (OTHER_OBJECT.search(sentence[c.end:noun.start()]) or OTHER_TEXT.match(sentence, c.end, noun.start())
                     and not NAMED_INSTRUMENT.search(sentence, c.end, noun.start())):
            continue  # "support the statement of the Ministry ... concerning the resolution": another text's stance
        numbered = OTHER_NUMBERED.search(sentence, c.end)
        if numbered and other_organ_before(sentence, numbered.start()):
            continue  # "rejects OAS resolution 1078", "opposes MC decision 4/21": another organisation's text is the object
        if noun and c.stance == "rejects" and ADOPTED_AS_MEANS.match(sentence, c.end, noun.start()):
            continue  # "demonstrated its non-recognition of the annexation by adopting resolution 68/262": the annexation's
        if noun and (claimed(sentence[c.end:noun.start()]) or ROLE_OF.search(sentence[c.end:noun.start()])) \
                or owned_by_other(sentence, c.start, voices):
            continue  # "deplores UK's rejection of ... Resolution 73/295": another's act is what the cue is about; "We
            # welcome Slovenia, as Facilitator of the Resolution 2231": a State in its role
        if c.stance == "rejects" and not c.predicate and (_object_elsewhere(sentence, c.end, nouns) or any(
                o.invoking and o.stance == "supports" and c.end <= o.start < (noun.start() if noun else len(sentence))
                and o not in objected for o in cues)):
            continue  # "condemns the statements made by President Trump", "condemns the continued settlements";
            # "condemned Iran's interference, in flagrant violation of resolution 2216": the resolution is invoked
        tone += 1 if c.stance == "supports" else -1
    if reach is not None:
        return tone
    for key in (("anaphora", "evaluative"), ("stance", "grievance")):
        words = lexicon.pattern(*key)
        tone -= sum(1 for m in words.finditer(sentence) if not others_word(sentence, m.start(), voices)
                    and not any(a <= m.start() < b for a, b in said)) if words else 0  # ("null and void", said as the cue was)
    scornful = lexicon.pattern("anaphora", "scornful")
    if scornful and nouns:  # "the shameful resolution", "la résolution honteuse": only where the word qualifies the noun
        tone -= sum(1 for m in scornful.finditer(sentence) if _qualifies(sentence, m.start(), m.end(), nouns.pattern))
    return tone


def _qualifies(sentence: str, start: int, end: int, nouns: str) -> bool:
    """The word at start..end qualifies a resolution's noun: the noun a word or two after it, or right before it."""
    return bool(_noun_after(nouns).match(sentence, end) or _noun_before(nouns).search(sentence, max(0, start - 40), start))


@cache
def _noun_after(nouns: str) -> re.Pattern[str]:
    return re.compile(rf"\s+(?:[\w-]+\s+)?(?:{nouns})", re.I)


@cache
def _noun_before(nouns: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{nouns})\s+(?:[\w-]+\s+)?$", re.I)


# a rejecting verb's object: a determiner, then words up to the clause's end ("condemns the statements made by ...")
OBJECT_PHRASE = re.compile(r"\s+(?:(?:strongly|firmly|categorically|vigorously|fermement|énergiquement|firmemente|enérgicamente|[\w-]+(?:ly|ment|mente)|"
                           r"in\s+the\s+strongest\s+terms|avec\s+(?:fermeté|force|vigueur)|con\s+(?:firmeza|fuerza|energía|vigor))\s+)?"
                           r"(?:the|a|an|any|all|its|their|these|those|such|le|la|les|l['’]|un|une|des|du|ces|el|los|las|"
                           r"una?|unos|unas|todos?|todas?|esos?|esas?)\b(?P<phrase>[^,;:.()\n]{1,80})", re.I)
OBJECT_END = re.compile(r"\b(?:which|that|who|whose|as|because|qui|que|dont|car|parce|porque|cuy[oa]s?)\b", re.I)


def _object_elsewhere(sentence: str, at: int, nouns: re.Pattern[str] | None) -> bool:
    """The rejecting verb ending at ``at`` has an object of its own that is no resolution: a noun
    phrase after a determiner, up to its clause's end, naming neither a resolution nor a number
    ("strongly condemns the statements made by President Trump regarding ...")."""
    m = OBJECT_PHRASE.match(sentence, at)
    if not m:
        return False
    phrase = m.group("phrase")
    cut = OBJECT_END.search(phrase)
    phrase = phrase[:cut.start()] if cut else phrase
    return not re.search(r"\d", phrase) and not (nouns and nouns.search(phrase)) and \
        not (lexicon.pattern("stance", "grievance") and lexicon.pattern("stance", "grievance").search(phrase))


def others_word(sentence: str, at: int, voices: list[str]) -> bool:
    """An evaluative word after another State is named in the sentence ("The letter of the Permanent
    Representative of Turkey, by selective citations, ..."): said of that State's doing."""
    return any(m.value not in voices for m in states_in(sentence[:at]))


def _others_doing(sentence: str, at: int, nouns: re.Pattern[str] | None, voices: list[str]) -> bool:
    """A word such as "violation" at `at` said of what another does: no resolution named before it, or
    another State named between the last resolution and it ("after resolution 1701, Lebanon urges ... Israel
    to end its violations")."""
    last = None
    for last in (nouns.finditer(sentence, 0, at) if nouns else ()):
        pass
    return last is None or any(m.value not in voices for m in states_in(sentence[last.end():at]))


RESOLUTION_SUBJECT = 160  # "this resolution, which is full of inconsistencies ..., ignores": the subject and its verb


def _resolution_acts(sentence: str, at: int, nouns: re.Pattern[str] | None, cues: list[Cue]) -> bool:
    """The resolution itself is the subject of the cue: named before it in the clause, no State in
    between, no verb of the author's between ("recalls resolution 2334 and condemns the expansion,
    which violates ..."), and not in a relative clause of another noun ("the expansion, which violates")."""
    start = max(0, at - RESOLUTION_SUBJECT)
    lead = sentence[start:at]
    m = None
    for m in (nouns.finditer(lead) if nouns else ()):
        pass
    if m is None or any(not c.accusing and start + m.end() <= c.start < at for c in cues):
        return False
    between = lead[m.end():]
    if relative_of_other(between, len(between), nouns) or PEOPLE_WHO.search(between):
        return False  # ("a message to all those who violate human rights": they do it)
    return not states_in(between) and not re.search(r"[;:]|\b(?:and|et|y)\s+\w+\s+$", between) \
        and not PRONOUN_SUBJECT.search(between) and not _named_subject(between)  # "... to implement resolution
    # 2231, it defied", "... in its resolution 2564 (2021) that was adopted on 25 February, the Houthi militias continue ...
    # ignoring": another subject


# people a relative clause is said of: "those who", "ceux qui", "quienes", "los que"
PEOPLE_WHO = re.compile(r"\b(?:(?:those|anyone|anybody|everyone|all)\s+(?:who|that)|whoever|(?:ceux|celles|celui|celle)\s+qui|"
                        r"quiconque|quienes|(?:aquell[oa]s|los|las)\s+que)\b", re.I)
PEOPLE_REACH = 60  # "tous ceux qui, aujourd'hui au Darfour, demain ailleurs, violent"
# the object a two-way predicate governs, the resolution said again as a pronoun: "the sanctions ... run counter to it"
PRONOUN_OBJECT = re.compile(r"\s+(?:it|them|this|ello|él|ella|elle|eux)\b", re.I)


# a clause of another subject set off after the resolution's: "es un avance; sin embargo, imponer sanciones constituye"
CLAUSE_BREAK = re.compile(r";|\s[-–—]\s|\b(?:however|whereas|sin\s+embargo|no\s+obstante|cependant|toutefois|n[ée]anmoins)\b", re.I)


def _broken_off(sentence: str, at: int, nouns: re.Pattern[str] | None) -> bool:
    """A predicate cue in a clause set off after the last resolution named before it: said of that clause's subject."""
    named = [m.end() for m in nouns.finditer(sentence, 0, at)] if nouns else []
    named += [m.end() for m in re.finditer(r"\d{2,4}(?:/\d+)?(?:\s*\(\d{4}\))?", sentence[:at])]
    return bool(named) and bool(CLAUSE_BREAK.search(sentence, max(named), at))


def _people_do(sentence: str, at: int, nouns: re.Pattern[str] | None) -> bool:
    """The cue at ``at`` is the verb of people a relative clause is said of ("all those who, today in Darfur,
    violate"), not of a resolution that clause names ("Those who drafted resolution 1593 violate": said of it)."""
    m = None
    for m in PEOPLE_WHO.finditer(sentence, max(0, at - PEOPLE_REACH), at):
        pass
    return m is not None and not (nouns and nouns.search(sentence, m.end(), at)) and not re.search(r"\d", sentence[m.end():at])
# a preposition that names a topic just before an attributive cue ("on illegal Israeli practices", "sur les pratiques illégales")
TOPIC_BEFORE = re.compile(r"\b(?:on|about|concerning|regarding|sur|concernant|sobre|acerca\s+de)\s+(?:the\s+|les\s+|la\s+|le\s+|las\s+|los\s+|el\s+)?$", re.I)
# a resolution, the subject of a verb that tells what it says ("resolution 497 considers", "la résolution
# exige"): the words after that verb, to the clause's end, are its own
SAYS_SUBJECT = r"(?:(?:{nouns})(?:\s+(?:No\.\s*)?\d[\d/]*(?:\s*\(\d{{4}}\))?)?|\b\d{{2,4}}(?:/\d+)?(?:\s*\(\d{{4}}\))?)"


@cache
def _says_pattern(nouns: str, verbs: str) -> re.Pattern[str]:
    return re.compile(SAYS_SUBJECT.format(nouns=nouns) + AUTHORITY_GAP + f"(?:{verbs})\\b", re.I)


def _resolution_says(sentence: str, at: int, nouns: re.Pattern[str] | None) -> bool:
    """The cue stands in what a resolution says: after the resolution and a verb of the lexicon's
    ``stance.authority_verbs`` ("497 states that ...", "the resolution considers"), in the same clause."""
    verbs = lexicon.pattern("stance", "authority_verbs")
    if nouns is None or verbs is None:
        return False
    lead = sentence[max(0, at - SAYS_REACH):at]
    return any(not re.search(r"[;:«»“”\n]", lead[m.end():]) and not FIRST_PERSON_WORDS.search(lead[m.end():])
               for m in _says_pattern(nouns.pattern, verbs.pattern).finditer(lead))


SAYS_REACH = 200  # the clause after the verb (as ``stances.CONTENT_CLAUSE``)


NAMED_SUBJECT = re.compile(r",\s+(?:the|les|le|la|el|los|las)\s+(?-i:[A-Z])[\w'’-]+")  # a new clause's own named subject


def _named_subject(between: str) -> bool:
    """A new clause's own named subject after a comma (", the Houthi militias continue ignoring"), not a phrase set
    off by a second comma before the verb ("Resolution 1907, the Council's latest text, ignores": an apposition)."""
    m = NAMED_SUBJECT.search(between)
    return bool(m) and "," not in between[m.end():]
PRONOUN_SUBJECT = re.compile(r",\s*(?:it|they|he|she|il|elle|ils|elles)\s+(?:\w+\s+)?$", re.I)  # (not "so that it ignores": the resolution)


def said_by_other(sentence: str, at: int, voices: list[str]) -> bool:
    """The last subject before `at` is a State other than the author, or a body ("the Council")."""
    before = subject_states(sentence[:at])
    body = None
    for body in BODY_SUBJECT.finditer(sentence, 0, at):
        pass
    if body and (not before or before[-1].start < body.start()):
        return True
    side = other_side(sentence[:at])  # "the Arab side ... rejected"
    if side is not None and (not before or before[-1].end <= side) and not FIRST_PERSON_WORDS.search(sentence, side, at):
        return True
    return bool(before) and before[-1].value not in voices

"""The stance the author takes toward a resolution.

A cue from the language's lexicon (``stance.rejects``: "rejects", "does not recognize",
"dissociates itself from", "rejette", "rechaza"; ``stance.supports``: "supports", "welcomes",
"in accordance with", "voted in favour", "appuie", "apoya") in a sentence naming a resolution,
said by the author: the State named last before the cue must be an author ("Japan regrets
that the DPRK continues to reject ..." is not Japan's rejection), a negator just before the
cue takes it back ("does not oppose", "withdraw support"), and the resolution must not
itself be the cue's subject ("resolution 1373 (2001), which condemns terrorism"). A
predicate cue ("null and void", "unacceptable") is said of a resolution named before it.
A stance governs every resolution coordinated in its object ("supports resolution A ...,
as well as resolution B"). Drafts are not resolutions: a stance on a draft is not kept.
"""
from __future__ import annotations

import re
from functools import cache

from unhrkg.extract import lexicon
from unhrkg.extract.agents import AND
from unhrkg.extract.cue_objects import (ADOPTED_AS_MEANS, NAMED_INSTRUMENT, OBJECT_GAP, OTHER_NUMBERED, OTHER_OBJECT, OTHER_TEXT,
                                        REPORT_BETWEEN, ROLE_OF, objects_of_rejection, others_passive, worried_about)
from unhrkg.extract.cues import Cue, cues_in, negated, noun_use
from unhrkg.extract.model import Position, Ref
from unhrkg.extract.objects import (TITLED_ITEM, claimed, in_draft_title, instituted_by, keyword_start, predicate_of, relative_of_other,
                                    resolution_is_subject)
from unhrkg.extract.references import RefMention
from unhrkg.extract.speakers import (SPEAKER_CUE, author_in_clause, invoked_by_author, other_subject, owned_by_other,
                                     predicated_by_resolution, said_by_resolution, speaker_is_author, subject_states)
from unhrkg.extract.teasers import in_teaser
from unhrkg.extract.text import flat, sentences


# (a resolution's year after it: "resolutions 36/226 of 1981, ES-9/1 of 1982 and 37/123 A of 1982")
LIST_SEPARATOR = re.compile(rf"(?:\s+(?:of|de|du|del)\s+\d{{4}})?\s*(?:,\s*{AND}|,|{AND}|&)\s*")
CLAUSE_JOIN = re.compile(r",|;|\b(?:and|et|y)\b", re.I)  # a second verb of the author's after the first one's object
COORDINATED = re.compile(
    rf"(?:,\s*|\s+)(?:{AND}(?:\s+also)?|as\s+well\s+as|ainsi\s+que|así\s+como|together\s+with|&)\s+(?:(?:to|for|with|of|in)\s+)?"
    r"(?:its\s+|the\s+|les\s+|las\s+)?(?:(?:subsequent|relevant|other|later|previous|preceding|prior|earlier|pertinent|related|successive|follow-?up|pr[ée]c[ée]dentes|anteriores|posteriores)\s+)?"
    r"(?:[A-Z][\w-]*(?:\s+(?:on|of|and|for))?\s+){0,6}$")


def coordinated(text: str, first: RefMention, later: RefMention) -> bool:
    """True when `later` is coordinated with `first` ("A and B", "A ..., as well as B")."""
    between = text[first.end:later.start]
    if LIST_SEPARATOR.fullmatch(between) or TITLED_ITEM.fullmatch(between):
        return True
    head = text[first.end:keyword_start(text, later)]
    if ";" in head or any(c.stance == "rejects" for c in cues_in(head)) or re.search(r"\bsupport", head, re.I):
        return False
    return bool(COORDINATED.search(head))


RESOLUTION_WORD = re.compile(r"\b(?:resolutions?|r[ée]solutions?|resoluci[óo]n(?:es)?|(?-i:UNSCRs?|SCRs?))\b", re.I)  # ("UNSCR 2334", "SCRs 1203 and 1244")
ACCUSED_REACH = 3  # common words between an accusing cue and the resolutions ("despite the four resolutions",
# "ignores the UN Security Council's resolutions"; not "despite the bad provisions of the resolution")


FACT_THAT = re.compile(r"\b(?:the\s+fact\s+that|le\s+fait\s+que|el\s+hecho\s+de\s+que)\b", re.I)


def _reachable(text: str, target: RefMention, cue: Cue, at: int) -> bool:
    """A resolution after the cue is its object unless a relative clause or a semicolon comes
    between ("rejects the conclusions of the report, which go beyond ... resolution 4/8"); a
    predicate cue ("null and void") is said of a resolution named before it."""
    if target.start < at:  # "considers resolution N null and void": a predicate about it, not its act
        if cue.accusing:
            return False  # "X ignores resolutions A and B": the resolutions follow
        if cue.predicate:
            return predicate_of(text, target, at, phrase=" " in cue.text.strip())
        after = text[at + len(cue.text):at + len(cue.text) + OWN_OBJECT_REACH]
        if REASON.search(text, target.end, at) and not IT_OBJECT.match(after):
            return False  # "voted in favour of resolution 2334 because it is right to condemn settlement activity": the reason's
            # cue has an object of its own ("... because we cannot support it" keeps it)
        if (OWN_OBJECT.match(after) or cue.stance == "rejects" and (NOUN_CUE.search(cue.text) and NOUN_OBJECT.match(after)
                                                                     or AGAINST_OBJECT.match(after))) \
                and not RESOLUTION_WORD.search(after):
            return False  # "... the assumption that Eritrea supported Al-Shebaab": the cue has an object of its own; "these
            # resolutions and ... their rejection of foreign intervention": the noun's complement is its object
        if cue.invoking and PREPOSITION_END.search(cue.text) and not RESOLUTION_WORD.search(after):
            return False  # "rejette ... la résolution ..., en violation des règles élémentaires": the rules are violated
        if PASSIVE_BEFORE.search(text, max(0, at - 40), at) and (JOINED_PREDICATE.search(text, target.end, at)
                                                                 or NEW_CLAUSE.search(text, target.end, at)) \
                and not SUBJECT_LEAD.search(text, max(0, (kw := keyword_start(text, target)) - 40), kw):
            return False  # "Such a statement stands in violation of ... resolution 2334, and must be firmly condemned": the
            # passive's subject is the sentence's, the resolution a complement before its second predicate; "voting for
            # these resolutions conveys a message that the occupation ... are condemned": a new clause's subject is
        return not resolution_is_subject(text, target, at)
    if cue.predicate:
        return False
    between = text[at + len(cue.text):keyword_start(text, target)]
    first = RESOLUTION_WORD.search(between)  # to the first word for resolutions: "ignore the Organization's numerous
    singled = bool(first) and bool(SINGLED_OUT.search(between)) or bool(ALSO_OF.search(between))  # "... of the Council's
    # resolutions, especially No. 2334"; "a violation of the Charter, as well as of resolution 48/141"
    part = PART_OF.match(between)  # "a violation of the provisions of operative paragraph 3 of resolution 550": the resolution's own words
    if cue.accusing and not singled and sum(w[:1].islower() for w in
                                            between[part.end() if part else 0:first.start() if first else None].split()) > ACCUSED_REACH:
        return False  # "despite the bad provisions of the resolution": the cue is not about the resolution
    inner = cues_in(between)  # "rejects and condemns the notification ... in relation to": the last verb's object (not an
    verbs = [c for c in inner if not c.predicate]  # adjective after it: "condena ... el anuncio ilegal de ... sobre la")
    if OTHER_OBJECT.search(between) or verbs and OTHER_OBJECT.search(between[verbs[-1].end:]) or OTHER_NUMBERED.search(between) \
            or OTHER_TEXT.match(between) and not NAMED_INSTRUMENT.search(between) or claimed(between) \
            or ROLE_OF.search(between) \
            or (cue.invoking or cue.stance == "supports") and REPORT_BETWEEN.search(between):
        return False  # "support the statement of ... concerning the resolution", "reject the allegations ... of": another object
    if cue.stance == "rejects" and ADOPTED_AS_MEANS.match(between):
        return False  # "demonstrated its non-recognition of the annexation by adopting resolution 68/262": the annexation
    if not cue.accusing and any(c.accusing or cue.stance == "rejects" and c.invoking and between[:c.start].rstrip().endswith(",")
                                for c in inner):
        return False  # "condemned Russia's non-compliance with resolutions A and B": the accused act is the object; "its
        # opposition against the occupation, as demanded by resolution 822": the resolution, invoked in an aside, is against it
    between = FACT_THAT.sub(" ", between)  # "satisfaction at the fact that through resolution N": no relative clause
    reason = REASON.search(between)
    if reason and OWN_OBJECT.match(between[:reason.start()]):
        return False  # "a voté contre la proposition d'inviter ..., car ... la résolution ES-11/4": the proposal ("voted for it because")
    return not re.search(r"\b(?:which|that|who|whose|whom|qui|que|cuyo|cuya|la\s+cual|el\s+cual)\b|;", between, re.I)


# a passive's auxiliary right before the cue ("must be firmly condemned", "doit être rejetée", "debe ser rechazada"), and a
# second predicate joined to the sentence's subject between the resolution and it (", and must be")
PASSIVE_BEFORE = re.compile(r"\b(?:be|is|are|was|were|been|being|être|été|est|sont|ser|sido|es|son|fue)\s+(?:\w+(?:ly|ment|mente)\s+)?"
                            r"(?:\w+\s+(?:and|et|y)\s+(?:\w+(?:ly|ment|mente)\s+)?)?$", re.I)  # ("be firmly denounced and | condemned")
NOUN_CUE = re.compile(r"(?:ion|ment|ance|ence|support|appui|apoyo|rechazo|rejet)s?$", re.I)  # a stance said by a noun
# "nuestra fuerte condena contra todo tipo de violencia": what a rejection is "against" is its object (a verb form read as
# the noun it also is)
THIS_WORDS = r"this|that|these|ce|cette|ces|este|esta|estos|dicho|dicha"  # the resolution again, named by a demonstrative
AGAINST_OBJECT = re.compile(rf"\s+(?:against|contre|contra)\s+(?!(?:{THIS_WORDS}|the\s+said|ledit|ladite|estas|it|elle|ella)\b)\w",
                            re.I)  # (not "su firme repudio contra dicho texto")
NOUN_OBJECT = re.compile(rf"\s+(?:of|to|for|against|de|du|des|contre|contra|a|al)\s+(?!(?:{THIS_WORDS})\b)(?:the\s+|la\s+|le\s+|les\s+|l['’]|el\s+|los\s+|las\s+)?\w", re.I)
# the resolution opens its sentence or a "that" clause: it is the passive's subject ("resolution 1907 (2009) had been based on
# fabrications, and must be condemned")
SUBJECT_LEAD = re.compile(r"(?:^|[.;:!?\n]\s*|\b(?:that|que|as\s+for|quant\s+à|en\s+cuanto\s+a)\s+)(?:the\s+|la\s+|le\s+|el\s+)?"
                          r"(?:(?-i:[A-Z])[\w-]*\s+){0,4}$", re.I)
NEW_CLAUSE = re.compile(r"\b(?:that|que|qu['’])\s*(?:the|la|le|les|l['’]|el|los|las)\b", re.I)
JOINED_PREDICATE = re.compile(r",\s*(?:and|et|y)\s+(?:(?:must|should|shall|will|can|doit|doivent|debe|deben)\s+)?(?:be|is|are|être|est|sont|ser|es|son)\b", re.I)
PREPOSITION_END = re.compile(r"\b(?:of|de|des|du|del|with|to|à|au|aux|a|al|con)\s*$", re.I)  # "in violation of": its object follows


# a reason between a cue with an object of its own and a resolution: the resolution is the reason's
REASON = re.compile(r"\b(?:because|car|parce\s+que?|porque|ya\s+que|puisque)\b", re.I)
IT_OBJECT = re.compile(r"\s*(?:it|them|this\s+(?:resolution|text))\b", re.I)  # the resolution again, as the object


# the part of a resolution a cue names it by: "the provisions of operative paragraph 3 of", "les dispositions du paragraphe 2 de"
PART_OF = re.compile(r"\s*(?:(?:the|la|le|les|el|los|las)\s+)?(?:(?:relevant|pertinentes?)\s+)?(?:(?:provisions?|dispositions?|disposiciones?|"
                     r"terms|(?:operative\s+|preambular\s+)?paragraphs?|(?:le\s+|el\s+)?(?:paragraphe|p[áa]rrafo)s?(?:\s+(?:du\s+)?dispositif)?)"
                     r"(?:\s+\d+\w*)?\s+(?:of|de|du|des|del|de\s+la)\s+(?:(?:the|la|le|les|el|los|las)\s+)?)+", re.I)


# a noun phrase right after a cue is its object: the resolution named before it is not
OWN_OBJECT = re.compile(r"\s+(?:(?:the|a|an|its|their|his|her|our|any|all|every|such|la|le|les|el|los|las|un|une|una|sa|son|ses|su|sus|des|du|"
                        r"toute?s?|tous|cualquier|toda|todo)\s+\w|"
                        r"l['’]\s*\w|(?-i:[A-Z])[\w-]+)", re.I)  # ("condamne l'expansion": an elided article too)
OWN_OBJECT_REACH = 40


# one resolution singled out of those the cue is about: "violations of the Council's resolutions, especially No. 2334"
SINGLED_OUT = re.compile(r"(?:especially|particularly|in\s+particular|notably|including|especialmente|en\s+particular|"
                         r"particularmente|notamment|en\s+particulier|y\s+compris)\s*,?\s*(?:the\s+|la\s+|el\s+|le\s+)?"
                         r"(?:n[úu]mero\s+|No\.\s*)?$", re.I)


# the resolution coordinated with the cue's object by its preposition again: "a violation of the purposes of the
# Charter, as well as of resolution 48/141", "una violación de la Carta, así como de la resolución 48/141"
ALSO_OF = re.compile(r"(?:,\s*|\s+)(?:and|as\s+well\s+as|ainsi\s+que|así\s+como|et|y)\s+(?:also\s+|aussi\s+|también\s+)?"
                     r"(?:of|de|du|des|del)\s+(?:(?:the|la|le|les|el|los|las)\s+)?$", re.I)


def _right_after(text: str, end: int, target: RefMention) -> bool:
    """Only a few words, no punctuation, between the cue and the resolution ("withdraw from
    co-sponsorship of | Resolution 40/1")."""
    return 0 <= target.start - end <= DIRECT_OBJECT and not re.search(r"[,;:.()]", text[end:target.start])


DIRECT_OBJECT = 40


def _targets(text: str, in_sentence: list[RefMention], cue: Cue, at: int) -> list[RefMention]:
    end = at + len(cue.text)  # the resolution right after the cue is its object, before a nearer one behind it
    ranked = sorted(in_sentence, key=lambda r: (not _right_after(text, end, r), abs(r.start - at), r.start < at))
    target = next((r for r in ranked if _reachable(text, r, cue, at)), None)
    if target is None:
        return []
    out = [target] + [r for r in in_sentence if (r.start, r.end) == (target.start, target.end) and r is not target]
    if target.start > at:  # (an anaphor that names several, "these resolutions", stands for all of them)
        for r in in_sentence:
            if r.start > out[-1].start and coordinated(text, out[-1], r):
                out.append(r)
            elif r.start > out[-1].start:
                break
    else:  # "resolutions A, B and C ... to implement them": the list before the cue, whole
        for r in sorted((r for r in in_sentence if r.start < target.start), key=lambda r: -r.start):
            if not coordinated(text, r, out[0]):
                break
            out.insert(0, r)
    return out


# between the resolution and a predicate, a new subject: the predicate is said of that
NEW_SUBJECT = re.compile(r"\s[-–—]\s|;|\b(?:all\s+of\s+)?(?:these|those|this|ceci|cela|esto|todo\s+esto)\s+"
                         r"(?:are|is|was|were|constitutes?|sont|est|constituent|son|es|constituyen)\b", re.I)


# an English adjective before a noun qualifies that noun: "illegal acts", "unlawful occupation"
NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|under|in|by|from|since|for|to|with|as|at|on|because|and|of|per)\b)[a-z]{3,}\b")
# a resolution, its copula, then the noun phrase a cue opens: "1559 was \"illegal intervention\"", "the resolution is an unjust act"
RESOLUTION_IS = re.compile(r"(?:\b(?:resolutions?|UNSCR|SCR)\b[^,;.\"“]{0,25}?|(?<![\w/.,])\d{3,4}(?:\s*\(\d{4}\))?)\s+(?:is|was|are|were|remains|"
                           r"constitutes?|represents?)\s+(?:(?:an?|the|another|nothing\s+but|simply|clearly|\w+ly)\s+)*[\"“]?$", re.I)


COORDINATORS = ("et", "ou", "y", "e", "o", "ni")


def attributive(sentence: str, cue: Cue) -> bool:
    """A one-word predicate cue that qualifies a noun, not the resolution: in English the noun after it
    ("illegal acts"); in French and Spanish the noun before it, where no copula (``stance.copulas``) or
    adverb stands between ("l'excision illégale", against "est illégale", "es totalmente ilegal")."""
    if " " in cue.text.strip():
        return False
    if lexicon.current() == "en":  # (not "1559 is illegal intervention": the resolution is what the noun is)
        return bool(NOUN_AFTER.match(sentence, cue.end)) and not RESOLUTION_IS.search(sentence, 0, cue.start)
    copulas = lexicon.words("stance", "copulas")
    if not copulas:
        return False
    words = re.findall(r"\w+", sentence[max(0, cue.start - 80):cue.start])  # (after an elided article: "l'occupation")
    while len(words) >= 3 and words[-1].lower() in COORDINATORS:  # "est politisée et inacceptable": back to the copula
        words = words[:-2]
    word = words[-1].lower() if words and sentence[:cue.start].rstrip() and sentence[:cue.start].rstrip()[-1].isalnum() else ""
    nouns = lexicon.pattern("anaphora", "nouns")
    return word.isalpha() and word not in copulas and not word.endswith(("ment", "mente")) \
        and not (nouns and nouns.fullmatch(word))  # "la résolution 2285 illégale", "la resolución ilegal": the resolution's


NOMINAL = re.compile(r"\b(?:of|de|del|du|des)\s*$", re.I)  # "a violation of", "violaciones de": a noun, not a verb


def unpredicated(sentence: str, cue: Cue) -> bool:
    """A two-way cue that is a noun ("violation of", "violaciones de"), read either way, with no verb before it
    that makes it a predicate (the lexicon's ``stance.predicate_verbs``: "is a violation of"): it names an
    act the sentence tells ("to study the violations of human rights", "the breach of the truce"), and
    says nothing of the resolution."""
    two_way = lexicon.pattern("stance", "two_way")
    if cue.invoking or not NOMINAL.search(cue.text) or not (two_way and two_way.search(cue.text)):  # ("in violation of": invokes)
        return False
    if sentence[:cue.start].rstrip().endswith(","):
        return False  # "resolution 2397, a violation of its sovereignty": an apposition says it of the resolution
    before = " ".join(re.findall(r"[\w']+", sentence[max(0, cue.start - 40):cue.start].lower())[-3:])
    verbs = lexicon.words("stance", "predicate_verbs")
    return not any(re.search(rf"(?:^|\s){re.escape(v)}(?:\s+\w+)?$", before) for v in verbs)


# a body of the Organization opening the cue's clause as its subject: "- The Council condemns", "Le Conseil exige"
# ("the 26th session of the UNGA overwhelmingly rejected the proposals")
BODY_SUBJECT = re.compile(r"(?:^|[-•–.;:,]\s*|\n\s*)(?:the|le|la|el)\s+(?:(?:\d{1,2}(?:st|nd|rd|th|e|ème|º|°)?|[a-zé]+(?:-[a-z]+)?)\s+"
                          r"(?:(?:(?:regular|ordinary|special)\s+)?session\s+of\s+(?:the\s+)?|session\s+de\s+l['’]\s*|"
                          r"per[íi]odo\s+(?:ordinario\s+|extraordinario\s+)?de\s+sesiones\s+de\s+la\s+))?"
                          r"(?:(?:\d{1,3}-member|UN|U\.N\.|United\s+Nations)\s+)?(?:UNGA|UNSC|UNHRC|"
                          r"(?:(?:Security|General|Human\s+Rights|Economic\s+and\s+Social)\s+)?"
                          r"(?:Council|Assembly|Conseil|Assembl[ée]e|Consejo|Asamblea)(?:\s+(?:de\s+s[ée]curit[ée]|des\s+droits\s+de\s+l['’]homme|"
                          r"g[ée]n[ée]rale|de\s+Seguridad|de\s+Derechos\s+Humanos|General))?)"
                          r"\s+(?:(?:a|ha|avait|hab[íi]a|has|had)\s+)?(?:\w+ly\s+|also\s+|further\s+|again\s+|aussi\s+|également\s+|también\s+)?$",
                          re.I)  # (not "The Sovereignty Council")


def _cue_counts(sentence: str, cue: Cue, authors: list[str]) -> bool:
    if negated(sentence, cue) or noun_use(sentence, cue) or other_subject(sentence, cue.start, authors) \
            or not (cue.accusing or cue.invoking) and owned_by_other(sentence, cue.start, authors):
        return False  # (another's act told of by an accusing or invoking cue is the point: "its blatant disregard for")
    if not cue.predicate and (said_by_resolution(sentence, cue.start, cue.text) or relative_of_other(sentence, cue.start, object_only=True)
                              or BODY_SUBJECT.search(sentence, max(0, cue.start - 80), cue.start)):
        return False  # ("- The Council condemns in the strongest terms the nuclear test": the body's words the text lists)
    if cue.invoking and (not invoked_by_author(sentence[:cue.start], authors) or worried_about(sentence, cue)):
        return False
    if cue.accusing:  # "Armenia ignores resolutions 822 and 853": another party is the subject, by design
        clause = re.split(r"[,;]|\b(?:which|that|who)\b", sentence[:cue.start])[-1]
        return not any(m.value in authors for m in subject_states(clause))
    if SPEAKER_CUE.match(cue.text) and not author_in_clause(sentence[:cue.start], authors):
        return False  # "with 22 members voting in favour": a vote is the author's only when the author votes
    if cue.stance == "supports" and re.match(r"co-?sponsor|cosponsor", cue.text, re.I) and \
            re.match(r"\s+(?:[\w-]+\s+){0,6}?by\b", sentence[cue.end:]):
        return False  # "co-sponsored by X": X's act, not the author's stance
    if not cue.predicate and not cue.invoking and others_passive(sentence, cue, authors):
        return False  # "all such practices ... will be denounced by all those who": the agent's act
    subject = [m.start() for m in RESOLUTION_WORD.finditer(sentence, 0, cue.start)] if cue.predicate else []
    if cue.predicate and (attributive(sentence, cue) or predicated_by_resolution(sentence, cue.start)):
        return False  # "committed illegal acts": the word qualifies the noun after it, not the resolution
    if subject and NEW_SUBJECT.search(sentence, subject[-1], cue.start):
        return False  # "... turned a blind eye to resolutions 822 and 853 - all of these are a disrespect for ..."
    # a predicate is said of the resolution before it: who speaks is read before that resolution
    return speaker_is_author(sentence, subject[-1] if subject else cue.start, authors)


AUTHORITY_GAP = (r"(?:\s+(?:of\s+the\s+|de\s+l['’]\s*|de\s+la\s+|du\s+|del\s+)[^,;.()]{3,60}?)?\s*(?:\([^)]{0,80}\)\s*|,[^,;.]{0,120},\s*)?"
                 r"(?:,?\s*(?:which|that|qui|que|la\s+cual|el\s+cual)\s+)?"  # "resolution 1624 (2005), which prohibits ..."
                 r"(?:also\s+|further\s+|clearly\s+|explicitly\s+|aussi\s+|también\s+)?")


def _cited_as_authority(text: str, in_sentence: list[RefMention], sent: object, authors: list[str]) -> list[RefMention]:
    """'Human Rights Council resolution 19/14 affirms that ...': the author quotes the resolution as
    authority (only where the sentence takes no other stance on it, nor invokes it in another's words)."""
    verbs = lexicon.pattern("stance", "authority_verbs")
    if verbs is None:
        return []
    cited = _authority(verbs.pattern)
    cues = cues_in(sent.text)  # type: ignore[attr-defined]
    rejecting = [c.start + sent.start for c in cues if c.stance == "rejects"]  # type: ignore[attr-defined]
    others = [c.end + sent.start for c in cues if c.invoking and not _cue_counts(sent.text, c, authors)]  # type: ignore[attr-defined]
    out = []
    for r in in_sentence:
        if any(0 <= keyword_start(text, r) - at <= OTHERS_OBJECT for at in others):
            continue  # "a statement calling on Damascus to comply with Resolution 1559, ... that demanded": the Council's call
        m = cited.match(text, r.end, r.end + 200)
        if m and RELATIVE_WORD.search(m.group(0)) and PASSED_BEFORE.search(text, max(0, keyword_start(text, r) - 60),
                                                                           keyword_start(text, r)):
            continue  # "accused the Council of ... by passing Resolution 2334, which declared ...": its passing is told
        content = CONTENT_CLAUSE.match(text, m.end()) if m else None  # what the resolution itself says after its verb
        if m and content and not any(not m.end() <= at < content.end() for at in rejecting):
            out.append(r)  # (a rejecting cue in that clause is the resolution's: "reaffirms that settlements are a breach of")
    return out


CONTENT_CLAUSE = re.compile(r"[^;:.«»“”\n]{0,200}")
OTHERS_OBJECT = 20  # an invoking cue another says, right before the resolution it governs ("to comply with Resolution")
RELATIVE_WORD = re.compile(r"\b(?:which|that|qui|que|la\s+cual|el\s+cual)\b", re.I)
# the resolution as the object of its passing, told as a deed ("accused the Council of ... by passing Resolution 2334"): what it
# says after "which" describes it, the author cites nothing
PASSED_BEFORE = re.compile(r"\b(?:(?:by|for|in)\s+(?:passing|adopting)|pour\s+avoir\s+adopté|par\s+l['’]adoption\s+de|por\s+aprobar|"
                           r"por\s+haber\s+aprobado)\s+(?:the\s+|a\s+|la\s+|le\s+|el\s+|l['’])?"
                           r"(?:(?-i:[A-Z])[\w.-]*\s+){0,5}$", re.I)


@cache
def _authority(verbs: str) -> re.Pattern[str]:
    return re.compile(f"{AUTHORITY_GAP}(?:{verbs})", re.I)


def _agenda_heading(sentence: str) -> bool:
    words = lexicon.pattern("header", "agenda_item")
    return bool(words and re.match(f"\\s*(?:{words.pattern})\\s+\\d", sentence, re.I))


def _invoked_between(cue: Cue, target: RefMention, pairs: list[tuple[Cue, RefMention]], offset: int, sentence: str,
                     counting: set[Cue]) -> bool:
    """A rejecting verb whose object stands before an invoking cue taking the resolution ("condemned Iran's interference,
    in flagrant violation of resolution 2216") or a supporting verb coordinated after it ("condemns Israeli settlement
    and calls for implementing resolution 2334"): it rejects its object; the resolution is invoked or supported. Not
    where the invoking words are the rejection's own object ("rejects the enforcement of resolution 1593")."""
    return cue.stance == "rejects" and not cue.predicate and any(
        other.stance == "supports" and t == target and cue.end <= other.start and offset + other.start < target.start
        and (other.invoking and not OBJECT_GAP.fullmatch(sentence, cue.end, other.start)
             or other in counting and CLAUSE_JOIN.search(sentence, cue.end, other.start) is not None)
        for other, t in pairs)


def find_positions(text: str, refs: list[RefMention], authors: list[str]) -> list[dict[str, object]]:
    """The author's stance (rejects/supports) toward each resolution, with its evidence sentence."""
    if not authors:
        return []
    votes: dict[tuple[str, str], dict[str, list[Position]]] = {}
    leaving = lexicon.pattern("stance", "leaving")  # ("withdraw from co-sponsored resolution 30/1")
    left: set[tuple[str, str]] = set()
    for sent in sentences(text):
        in_sentence = [r for r in refs if sent.start <= r.start < sent.end]
        if not in_sentence or _agenda_heading(sent.text):
            continue  # an agenda item's title ("Agenda item 2: ... implementation of resolution 30/1") is the UN's wording
        voted: set[tuple[str, str, str]] = set()  # each cue takes its own object; one vote per sentence
        for target in _cited_as_authority(text, in_sentence, sent, authors):
            voted.add((target.body, target.number, "supports"))
            position = Position(Ref(target.body, target.number), "supports", flat(sent.text),
                                "cited-as-authority", (sent.start, sent.end))
            votes.setdefault((target.body, target.number), {}).setdefault("supports", []).append(position)
        cues = [(cue, _cue_counts(sent.text, cue, authors)) for cue in cues_in(sent.text)
                if not in_teaser(text, sent.start + cue.start)]  # ("Read also: Australia condemns ...": another story's)
        every = [(cue, target) for cue, _ in cues for target in _targets(text, in_sentence, cue, sent.start + cue.start)]
        objected = objects_of_rejection([cue for cue, _ in cues], sent.text)
        counting = {cue for cue, counts in cues if counts and cue not in objected}
        for cue, target in every:
            if cue not in counting or cue.invoking and (instituted_by(text, keyword_start(text, target))
                                                        or instituted_by(text, keyword_start(text, target), "reviewed_in_report")) \
                    or in_draft_title(text, target.start):
                continue  # ("the Special Committee established by virtue of resolution 1654 (XVI)": named, not invoked; a
                # draft's title is the draft's: "joins consensus on the draft entitled "Review of ... resolution 68/1"")
            if _invoked_between(cue, target, every, sent.start, sent.text, counting):
                continue  # "condemned the attacks, in flagrant violation of resolution 2216": the attacks are condemned
            key = (target.body, target.number, cue.stance)
            if key not in voted:
                voted.add(key)
                rule = f"cue-{cue.stance}" + ("-predicate" if cue.predicate else "") + \
                    ("-invoking" if cue.invoking else "") + \
                    ("-anaphor" if not target.explicit else "")
                position = Position(Ref(target.body, target.number), cue.stance, flat(sent.text), rule,
                                    (sent.start, sent.end))
                votes.setdefault((target.body, target.number), {}).setdefault(cue.stance, []).append(position)
                if cue.stance == "rejects" and leaving and leaving.match(cue.text):
                    left.add((target.body, target.number))
    out = []
    for key, stances in votes.items():  # (leaving a resolution outweighs the support told of it before)
        stance = "rejects" if key in left else max(stances, key=lambda s: (len(stances[s]), s == "rejects"))
        out.append(stances[stance][0].to_dict())
    return out

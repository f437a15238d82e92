"""The author's own initiative or sponsorship: "France welcomes the adoption, on its initiative, of
resolution 2283", "adoptée à notre initiative", "aprobada a iniciativa nuestra"; "Spain was one of
the 83 countries that co-sponsored this resolution", "nuestro país se congratula por figurar entre
los copatrocinadores de la resolución 77/247".

A possessive initiative phrase (the lexicon's ``sponsor.own_initiative``) or a phrase counting the
speaker among the sponsors (``sponsor.among_sponsors``) in a sentence the author speaks makes the
author the sponsor of the resolutions that sentence names. It needs the author, so it runs after
the header is read; the sentence is the evidence.
"""
from __future__ import annotations

import re

from unhrkg.extract import lexicon
from unhrkg.extract.agents import coordinated, state_codes
from unhrkg.extract.antecedent import antecedents
from unhrkg.extract.gazetteer import states_in
from unhrkg.extract.model import Ref, Sponsorship
from unhrkg.extract.objects import keyword_start
from unhrkg.extract.references import RefMention
from unhrkg.extract.speakers import speaker_is_author, subject_states
from unhrkg.extract.text import flat, sentences

# a resolution named to say which report it is: "we have submitted resolution 1540 (2004) national report"
REPORT_AFTER = re.compile(r"\s*(?:\(\d{4}\))?\s*(?:national\s+|implementation\s+|annual\s+)?(?:reports?|rapports?|informes?)\b", re.I)
PHRASES = (("own_initiative", "own-initiative"), ("among_sponsors", "among-sponsors"),
           ("own_relative", "own-relative"), ("including_own", "including-own"), ("own_closing", "own-closing"))  # lexicon key, rule
# "was not among the co-sponsors": the phrase denied
NEGATED = re.compile(r"\b(?:not|never|no|n['’]|ne|pas|nunca|jam[aá]is)\b[^.;]{0,20}$", re.I)
DENIED = re.compile(r"\b(?:not|never|no\s+longer|\w+n['’]t|against|refrain\w*|declin\w*|ne|pas|jamais|nunca|jamás)\b", re.I)
# what may stand between "among the co-sponsors of" / "that co-sponsored" and the resolution it governs (not
# "amendments to"): an article or demonstrative, a body's name before the number
GOVERNED = re.compile(r"[\s\"“‘'«]*(?:(?:the|this|that|la|le|l['’]|cette|ce|esta|este|dicha|el|de|del|du|des|of)\s+)*"
                      r"(?:(?-i:[A-Z])[\w-]*\s+){0,4}", re.I)


def own_initiatives(text: str, refs: list[RefMention], voices: list[str]) -> list[dict[str, object]]:
    """Sponsorships of the author's for the resolutions named in a sentence saying it was its
    initiative or that it was among their sponsors."""
    if not voices:
        return []
    found = [(p, rule) for key, rule in PHRASES if (p := lexicon.pattern("sponsor", key)) is not None and p.search(text)]
    if not found:
        return []  # (most texts say none: one look at the whole text before the sentences)
    out: list[dict[str, object]] = []
    for sent in sentences(text):
        for phrases, rule in found:
            m = phrases.search(sent.text)
            listed = _listed_sponsors(text, refs, sent.start + m.end()) if m and rule == "among-sponsors" else None
            if listed:  # "Entre los promotores de la resolución figuran Brasil, Colombia, ...": those named, not the author
                for body, number in dict.fromkeys((r.body, r.number) for r in listed[0]):
                    for state in listed[1]:
                        out.append(Sponsorship(Ref(body, number), state, flat(sent.text), "among-sponsors-listed",
                                               (sent.start, sent.end)).to_dict())
                break
            if m is None or not speaker_is_author(sent.text, m.start(), voices) or rule == "including-own" and not (
                    _sponsored_by(sent.text, m.start()) and CLAUSE_END.match(sent.text, m.end())) \
                    or rule == "own-closing" and not CLAUSE_END.match(sent.text, m.end()):
                continue  # ("adopted by 120 votes, including ours", "including my own Government's partners": none counted)
            if rule in ("among-sponsors", "own-closing") and (NEGATED.search(sent.text, 0, m.start()) or DENIED.search(m.group(0))):
                continue  # (or denied inside the phrase: "is one of the reasons why we are not co-sponsoring")
            if _other_before(sent.text, m, voices) or _pronoun_of_other(sent.text, m, voices):
                continue  # "the conduct of the United Kingdom as penholder of resolution 2216": another's role
            if _other_subject_after(sent.text, m, voices):
                continue  # "As a co-sponsor of resolution 2231, the United States is bound ...": another's
            in_sentence = [r for r in refs if sent.start <= r.start < sent.end]
            if rule == "own-relative":  # "la résolution 1559, qu'elle a co-parrainée": the resolutions just before
                in_sentence = antecedents(text, in_sentence, sent.start + m.start(), BEFORE_RELATIVE)
            if rule == "including-own":  # "This resolution, co-sponsored by ..., including my own, reaffirms resolution 1325":
                in_sentence = [r for r in in_sentence if r.start < sent.start + m.start()][:1]  # the one the sentence is about,
                # its subject before the verb
            if rule == "own-closing":  # "... adopting resolution 2242 today – we are very proud to be a co-sponsor."
                in_sentence = _closed_on(text, [r for r in in_sentence if r.start < sent.start + m.start()], sent.start, sent.start + m.start())
            if rule == "among-sponsors":
                in_sentence = [r for r in _governed_list(text, in_sentence, sent.start + m.end()) if not REPORT_AFTER.match(text, r.end)]
            named = dict.fromkeys((r.body, r.number) for r in in_sentence)
            for body, number in named:
                for voice in voices:
                    out.append(Sponsorship(Ref(body, number), voice, flat(sent.text), rule, (sent.start, sent.end)).to_dict())
            if named:
                break  # (a phrase that governs none of the sentence's resolutions leaves them to the next)
    return out


def _other_subject_after(sentence: str, m: re.Match[str], voices: list[str]) -> bool:
    """A phrase opening its sentence ("As a co-sponsor of resolution N, X ...") speaks of the subject after
    its comma: another State there is the one counted among the sponsors, not the author."""
    if sentence[:m.start()].rsplit("\n", 1)[-1].strip(" \t\"“«'"):
        return False  # (the phrase opens the sentence, or its line under a heading the sentence runs on from)
    comma = sentence.find(",", m.end())
    named = subject_states(sentence[comma + 1:comma + 1 + SUBJECT_REACH]) if comma >= 0 else []
    return bool(named) and named[0].value not in voices


def _other_before(sentence: str, m: re.Match[str], voices: list[str]) -> bool:
    """Another State named right before the phrase ("the United Kingdom as penholder of"): the phrase is said of it."""
    named = states_in(sentence, max(0, m.start() - 60), m.start())
    return bool(named) and named[-1].value not in voices and not sentence[named[-1].end:m.start()].strip(" ,")


# a pronoun just before the phrase, its subject ("Sri Lanka's announcement that it will withdraw from co-sponsoring")
PRONOUN_BEFORE = re.compile(r"\b(?:it|they|il|elle|ils|elles)\s+(?:[\w'’]+\s+){0,2}$", re.I)


def _pronoun_of_other(sentence: str, m: re.Match[str], voices: list[str]) -> bool:
    """The phrase's subject a pronoun standing for another State the sentence names before it ("The UK is concerned
    by Sri Lanka's announcement that it will withdraw from co-sponsoring resolution 30/1"): that State's deed."""
    if not PRONOUN_BEFORE.search(sentence, 0, m.start()):
        return False
    named = states_in(sentence, 0, m.start())
    return bool(named) and named[-1].value not in voices


SUBJECT_REACH = 80  # "..., the Government of the United States is": the subject right after the comma


def _governed(text: str, end: int, ref_start: int) -> bool:
    """The resolution stands right after the phrase counting the author among its sponsors."""
    gap = GOVERNED.match(text, end, ref_start)
    return gap is not None and gap.end() == ref_start


# between the numbers of one list: "resolutions 65/69, 67/48 and 68/33"
LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|et\s+|y\s+)?|\s(?:and|et|y|e)\s+)", re.I)


def _governed_list(text: str, refs: list[RefMention], end: int) -> list[RefMention]:
    """The resolution right after the phrase, and the numbers listed with it ("the main sponsor of
    resolutions 65/69, 67/48 and 68/33")."""
    governed = [r for r in refs if _governed(text, end, keyword_start(text, r))]
    if not governed:
        return []
    last = governed[0]
    for r in sorted(refs, key=lambda r: r.start):
        gap = LIST_GAP.match(text, last.end, r.start) if r.start > last.end else None
        if gap and gap.end() == r.start:
            governed.append(r)
            last = r
    return governed


# after "among the sponsors of resolution N", the States the sentence lists as those sponsors: "were", "figuran"
LISTED_VERB = re.compile(r"\s*,?\s*(?:are|were|included?|includes|figuran|figuraban|figuraron|est[áa]n|estaban|se\s+encuentran|"
                         r"figurent|figuraient|figuraient|sont|étaient|on\s+trouve|se\s+cuentan)\s+(?:notably\s+|notamment\s+)?", re.I)


def _listed_sponsors(text: str, refs: list[RefMention], end: int) -> tuple[list[RefMention], list[str]] | None:
    """The resolutions governed by the phrase ending at ``end`` and the States listed after them as their
    sponsors ("Among the sponsors of resolution 37/9 were Brazil, Colombia and Mexico")."""
    governed = _governed_list(text, refs, end)
    verb = LISTED_VERB.match(text, max(r.end for r in governed)) if governed else None
    found = coordinated(text, verb.end()) if verb else []
    if found and OWN_VERB_AFTER.match(text, found[-1].end):  # "... were Germany and the United Kingdom, and China and
        cut = max((m.start() for m in NEW_CLAUSE.finditer(text, found[0].end, found[-1].start)), default=-1)
        found = [n for n in found if n.end <= cut] if cut >= 0 else []  # Russia voted against it": a new clause's subject
    states = state_codes(found)
    return (governed, states) if states else None


NEW_CLAUSE = re.compile(r",\s*(?:and|et|y)\s+", re.I)  # where a clause with its own subject may start
OWN_VERB_AFTER = re.compile(r"\s+(?:voted|abstained|opposed|rejected|rejects|objected|did|does|have|has|had|were|was|are|is|"
                            r"votaron|vot[óo]|rechaz\w+|se\s+abstuv\w+|ont|a|sont|se\s+sont)\b", re.I)


# between a resolution and the relative clause saying the author tabled it: its body, a comma
BEFORE_RELATIVE = re.compile(r"(?:\s+(?:of\s+the|du|de\s+la|del|de\s+l['’])\s*[A-ZÉ][^,;.()\n]{2,60}?)?\s*,?\s*")


# between the resolution and "we are proud to be a co-sponsor": another text the phrase may be about ("... resolution
# 1325, Norway tabled a new text, and we are proud to be a co-sponsor"), or a wish for what did not happen
OTHER_TEXT = re.compile(r"\b(?:texts?|drafts?|declarations?|initiatives?|proposals?|statements?|projets?|textes?|d[ée]clarations?|"
                        r"propositions?|proyectos?|textos?|declaraci[óo]n(?:es)?|propuestas?|iniciativas?)\b", re.I)
UNREAL = re.compile(r"\b(?:would|could|might|aurions|aurait|serions|serait|habr[íi]amos|habr[íi]a|ser[íi]amos|ser[íi]a|hubi[ée]ramos)\b",
                    re.I)
# the resolution adopted now, of several a sentence names: "on adopting resolution 2242 today"
ADOPTED = re.compile(r"\b(?:adopt\w*|adoption|passed|approv\w*|aprob\w*|adopci[óo]n)\b", re.I)
TODAY = r"\b(?:today|this\s+morning|aujourd['’]hui|ce\s+matin|hoy|esta\s+mañana)\b"
TODAY_AFTER = re.compile(rf"[^.;,–—]{{0,20}}{TODAY}", re.I)
TODAY_BEFORE = re.compile(rf"{TODAY}[^.;,–—]{{0,40}}$", re.I)  # "the adoption today of resolution 2719"


def _closed_on(text: str, named: list[RefMention], start: int, phrase: int) -> list[RefMention]:
    """The resolution a closing "we are proud to be a co-sponsor" is about: the one its sentence (from ``start``) names
    before it, or, of several, the one the sentence says is adopted today; none where another text or an unreal wish
    stands between."""
    if len({(r.body, r.number) for r in named}) > 1:
        named = [r for r in named if ADOPTED.search(text, start, r.start)
                 and (TODAY_AFTER.match(text, r.end) or TODAY_BEFORE.search(text, max(start, r.start - 60), r.start))]
    if len({(r.body, r.number) for r in named}) != 1 or OTHER_TEXT.search(text, named[-1].end, phrase) \
            or UNREAL.search(text, named[-1].end, phrase):
        return []
    return named[-1:]


CLAUSE_END = re.compile(r"\s*(?:[.,;:)]|$)")  # "including my own." (not "including my own Government's partners")


def _sponsored_by(sentence: str, end: int) -> bool:
    """A sponsor verb and its agent word stand before ``end`` in the sentence ("co-sponsored by more than 80
    delegations, including my own"): the agents counted are its sponsors."""
    verbs, by = lexicon.pattern("sponsor", "verbs"), lexicon.pattern("sponsor", "by")
    verb = verbs.search(sentence, 0, end) if verbs else None
    return bool(verb and by and by.search(sentence, verb.end(), end))

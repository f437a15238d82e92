"""The author's vote read off a tally: "adopted by ten votes in favour, among them Spain's; three
abstentions ...; two against, those of Venezuela and Uruguay".

A sentence that names a resolution and counts its votes in at least two ways (in favour, against,
abstaining: the lexicon's ``stance.tally_for``, ``stance.tally_against``, ``stance.abstains``) lists
who voted how; the author named after "in favour" voted for it, after "against" against it, after
an abstention neither. Only the author's own vote is taken, as everywhere.

The author's own abstention, wherever the text tells it (``abstained``, ``abstained_on``), is read here too: the
stance rules leave the author's stance untold on what it abstained on.
"""
from __future__ import annotations

import re

from unhrkg.extract import lexicon
from unhrkg.extract.gazetteer import states_in
from unhrkg.extract.model import Position, Ref
from unhrkg.extract.references import RefMention
from unhrkg.extract.speakers import subject_states
from unhrkg.extract.text import flat, sentences
from unhrkg.extract.tone import said_by_other

# "abstain from any unilateral measure", "abstenerse de cualquier medida": to refrain, not a vote
# ("abstained from voting" is one)
REFRAIN_AFTER = re.compile(r"\s+(?:from|de|d['’])(?!\s*(?:vot|the\s+vote|la\s+votaci|le\s+vote))", re.I)


def abstentions(text: str) -> list[re.Match[str]]:
    """The abstentions a text speaks of (the lexicon's ``stance.abstains``), not the refrainings."""
    abstains = lexicon.pattern("stance", "abstains")
    return [m for m in abstains.finditer(text) if not REFRAIN_AFTER.match(text, m.end())] if abstains else []

# what else a sentence may count the votes on, named between the resolution and the first count
OTHER_MOTION = re.compile(r"\b(?:amendments?|amendements?|enmiendas?|(?:no-action\s+)?motions?|mociones|moci[óo]n)\b", re.I)


def _aside(sentence: str, start: int, motion: re.Match[str], count: int) -> bool:
    """The motion or amendment is told in an aside set off by commas after the resolution's adoption ("Resolution 67/19
    was adopted, after a no-action motion had been defeated, by 138 votes"): the count is the resolution's."""
    before, after = sentence[start:motion.start()], sentence[motion.end():count]
    adopted = list(lexicon.all_languages_pattern("sponsor", "adopted").finditer(before))  # (the lexicons' ``sponsor.adopted``)
    return bool(adopted) and "," in before[adopted[-1].end():] and "," in after


KINDS = (("tally_for", "supports"), ("tally_against", "rejects"), ("abstains", None))
TALLY_REACH = 120  # a State is listed this close after the count it belongs to


def tally_votes(text: str, refs: list[RefMention], voices: list[str],
                taken: set[tuple[str, str]]) -> list[dict[str, object]]:
    """Positions of the author on the resolution whose vote a sentence counts."""
    out: list[dict[str, object]] = []
    for sent in sentences(text):
        named = {(r.body, r.number): r for r in refs if sent.start <= r.start < sent.end}
        if len(named) != 1 or next(iter(named)) in taken:
            continue
        counts = _counts(sent.text)
        if len({stance for _, stance in counts}) < 2:
            continue  # one way of voting named: not a tally
        ref = next(iter(named.values()))
        other = OTHER_MOTION.search(sent.text, ref.end - sent.start, counts[0][0])
        if other and not _aside(sent.text, ref.end - sent.start, other, counts[0][0]):
            continue  # "Prior to the resolution's adoption, the Council rejected Egypt's proposed amendment to the text, by 9 votes
            # against ... to 5 in favour (..., Egypt, ...)": the vote counted is the amendment's or the motion's
        for st in states_in(sent.text):
            before = [(at, stance) for at, stance in counts if at <= st.start and st.start - at <= TALLY_REACH]
            if st.value in voices and before and before[-1][1] in ("supports", "rejects"):
                stance = before[-1][1]
                out.append(Position(Ref(ref.body, ref.number), str(stance), flat(sent.text), "vote-tally",
                                    (sent.start, sent.end)).to_dict())
                taken.add((ref.body, ref.number))
                break
    return out


def _counts(sentence: str) -> list[tuple[int, str | None]]:
    """Where each way of voting is counted in the sentence, in order."""
    found: list[tuple[int, str | None]] = []
    for key, stance in KINDS:
        pattern = lexicon.pattern("stance", key)
        matches = abstentions(sentence) if key == "abstains" else list(pattern.finditer(sentence)) if pattern else []
        found += [(m.end(), stance if stance else "abstains") for m in matches]
    return sorted(found)


# The author's own abstention, told in the text: it leaves the author's stance untold (``focus``) and names the
# resolutions it abstained on (``abstained_on``).
OF_WHOM_REACH = 60  # "the abstention of the United States": the State right after the word

COUNTED = re.compile(r"(?:\d+|\b(?:one|two|three|four|five|une?|una|uno|dos|tres|deux|trois|cinco|cinq)\b)\W*$", re.I)
OF_WHOM = re.compile(r"\s+(?:of|by|de|del|du|des|d['’])\b", re.I)
def abstained(text: str, voices: list[str]) -> bool:
    """The author abstained: an abstention said of no other State, or a count of the vote that
    lists the author among the abstentions ("three abstentions, Russia, Angola and New Zealand")."""
    abstains = lexicon.pattern("stance", "abstains")
    if abstains is None or abstains.absent(text):
        return False  # (no sentence of a text without the words speaks of an abstention)
    return any(_author_abstentions(sent.text, voices) for sent in sentences(text))


def abstained_on(text: str, mentions: list[RefMention], voices: list[str]) -> set[tuple[str, str]]:
    """The resolutions the author says it abstained on ("Today the United States abstained from voting on UN
    Security Council Resolution 2728"): named after the abstention in its clause, its vote leaves its stance on
    them untold, whatever reservations or hopes the text adds (the convention the gold follows). Only where the
    author is named as the one abstaining; not a resolution of another clause ("voted in favour of resolution 2720
    and abstained on resolution 2728": 2728 only)."""
    abstains = lexicon.pattern("stance", "abstains")
    if not voices or abstains is None or abstains.absent(text):
        return set()
    found = set()
    for sent in sentences(text):
        for at in _author_abstentions(sent.text, voices, named=True):
            cut = CLAUSE_CUT.search(sent.text, at)
            end = sent.start + (cut.start() if cut else len(sent.text))
            found |= {(r.body, r.number) for r in mentions if sent.start + at <= r.start < end}
    return found


# where the clause of an abstention ends: a semicolon, or a conjunction opening another clause (not a list of
# resolutions: "abstained on resolutions 2720 and 2728")
CLAUSE_CUT = re.compile(r";|,?\s+(?:and|but|while|whereas|et|mais|tandis|y|pero|mientras)\s+(?!(?:resolutions?|r[ée]solutions?|"
                        r"resoluci[óo]n(?:es)?|the\s+resolution|la\s+r[ée]solution|la\s+resoluci[óo]n)\b|\d)", re.I)


def _author_abstentions(sentence: str, voices: list[str], named: bool = False) -> list[int]:
    """Where the sentence tells the author's abstention (the end of each word that does); with ``named``, only
    where the author is named as the one abstaining (its State as the word's subject, "we" right before it, or
    listed right after a count: "3 abstentions (Chine, Pakistan et Russie)"), not where no one is."""
    found = []
    for m in abstentions(sentence):
        if COUNTED.search(sentence[max(0, m.start() - 12):m.start()]):  # a count: is the author listed in it?
            listed = COUNT_LIST.match(sentence, m.end()) if named else None
            rest = sentence[m.end():].split(";")[0]
            rest = rest[:_list_end(rest)]  # (", also extends ... South Sudan": not the abstainer)
            if any(s.value in voices for s in states_in(listed.group(1) if listed else "" if named else rest)):
                found.append(m.end())
            continue
        after = states_in(sentence[m.end():m.end() + OF_WHOM_REACH])  # "the abstention of the United States"
        if after and OF_WHOM.match(sentence, m.end()):
            if after[0].value in voices:
                found.append(m.end())
        elif not said_by_other(sentence, m.start(), voices) and (not named or _own_subject(sentence[:m.start()], voices)):
            found.append(m.end())  # "Switzerland abstained"
    return found


# where the States listed after a count of abstentions end: the first word in lower case that joins no names ("five
# abstentions, also extends the mandate of ... South Sudan": the clause goes on, its States are not the abstainers)
LIST_ENDS = re.compile(r"\b(?!(?:and|or|et|ou|y|e|o|the|of|de|del|des|du|la|le|les|los|las|el|namely|including|from|by|among|amongst|"
                       r"them|such|as|notably|those|that|cast|dont|notamment|parmi|eux|lesquels|lesquelles|celle|celles|ceux|celui|"
                       r"incluidos?|entre|ellos|ellas|aquella|aquellas|aquellos|aquel)\b)(?-i:[a-zà-ÿ]{3,})\b")


def _list_end(rest: str) -> int:
    """Where the names listed after a count of abstentions end: the first ``LIST_ENDS`` word outside a State's name
    (French names hold words in lower case: "République centrafricaine", "République arabe syrienne")."""
    names = [(s.start, s.end) for s in states_in(rest)]
    return next((m.start() for m in LIST_ENDS.finditer(rest) if not any(a <= m.start() < b for a, b in names)), len(rest))


COUNT_LIST = re.compile(r"\s*(?:\(|:|,\s*(?:namely|including|from|by|of|dont|de|à\s+savoir|a\s+saber)\b)([^.;()]*)", re.I)
# the first person as the abstention's own subject: "we abstained", "we have decided to abstain", "nous nous sommes abstenus"
OWN_FIRST_PERSON = re.compile(r"(?:\b(?i:we|my\s+delegation|my\s+country|nous|ma\s+délégation|mon\s+pays|nosotros|mi\s+delegación|mi\s+país)"
                              r"|\bI)\s+(?:[\w'’-]+\s+){0,3}$")
APPOSITION = re.compile(r"\s*,[^,.;]{1,60},")  # "the United States, as penholder, abstained"


def _own_subject(lead: str, voices: list[str]) -> bool:
    """The subject of an abstention is the author: one of its States, a phrase set off by commas at most between
    (the only comma), or its first person right before the word."""
    subjects = subject_states(lead)
    if subjects and subjects[-1].value in voices:
        rest = lead[subjects[-1].end:]
        apposed = APPOSITION.match(rest)
        return "," not in (rest[apposed.end():] if apposed else rest)
    return bool(OWN_FIRST_PERSON.search(lead))

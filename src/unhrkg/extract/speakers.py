"""Who speaks in a clause: whether a stance cue is the author's.

A cue counts for the author unless another State is the subject before it ("Israel rejects
..."), a report, mechanism or UN official is the one acting ("the report, submitted pursuant
to resolution N"), or, for a vote or a co-sponsorship, the author is not the subject of the
clause ("with 22 members voting in favour").
"""
from __future__ import annotations

import re
from functools import cache

from unhrkg.extract import lexicon
from unhrkg.extract.gazetteer import Mention, bodies_in, capitals_gazetteer, states_in
from unhrkg.model.reference import issuers

FIRST_PERSON = re.compile(r"\b(?:I|We|we|my|My|our|Our|Government|Mission|delegation|nous|notre|nosotros|nuestro|"
                          r"nuestra|Gobierno|Gouvernement)\b")
ARTICLE = r"(?:(?:the|la|le|les|el|los|las)\s+|l['’])?"


def preposition_before(lead: str) -> bool:
    """A name right after a preposition of the language ("by the EU", "en Syrie", "contra
    Ucrania") is an object or a place, not the clause's subject (``speaker.prepositions``)."""
    words = lexicon.pattern("speaker", "prepositions")
    return bool(words and _ends_with(words.pattern).search(lead))


@cache
def _ends_with(words: str) -> re.Pattern[str]:
    return re.compile(f"(?<![\\w'’])(?:{words})\\s*{ARTICLE}$", re.I)
# only a list's separator between two names: "by the EU and the United States" (not "resolution 181 (II), Israel")
LIST_GAP_ONLY = re.compile(r"\s*(?:,\s*(?:and|or|et|ou|y|o)?|and|or|et|ou|y|o)\s*(?:the\s+|la\s+|le\s+|les\s+|l['’]|el\s+|los\s+)?",
                           re.I)


def _names(text: str, start: int, end: int) -> list[Mention]:
    return sorted(bodies_in(text, start, end) + states_in(text, start, end), key=lambda m: m.start)


# "in Geneva, | Switzerland", "con sede en Ginebra, | Suiza": a place named after the preposition, then its country
CITY_BEFORE = re.compile(r"(?:\b(?:in|at|en|à|a|de)\s+)?([A-ZÉ][\w'’-]+(?:[ -][A-ZÉ][\w'’-]+)?)\s*,\s*$")


def _after_city(before: str) -> bool:
    """A State after a city and a comma is where the city is, not a subject: the city is a capital,
    or a place named after a preposition of place."""
    m = CITY_BEFORE.search(before, max(0, len(before) - 40))
    if not m:
        return False
    return m.group(0)[:1].islower() or capitals_gazetteer().match_at(before, m.start(1)) is not None


# "has occupied | Azerbaijani territories": a demonym right after a verb or other word of the clause
# qualifies its object; after an article, a conjunction or a clause's edge it may open the subject
# ("and Israeli forces ignored ...", "the Syrian Government rejects ...")
OBJECT_LEAD = re.compile(r"(?<![\w'’])(?!(?:the|a|an|and|or|but|while|whereas|that|which|as|its|their|his|her|le|la|les|l['’]|"
                         r"el|los|las|et|ou|mais|y|o|pero|que|qui|ses|leurs|sus|su)\s)(?-i:[a-zà-ÿ][\w'’-]*)\s+$", re.I)


def _object_modifier(before: str, m: Mention) -> bool:
    return m.kind == "demonym" and bool(OBJECT_LEAD.search(before[-40:])) and not _organ_named(before)


def _organ_named(before: str) -> bool:
    """The demonym follows an organ after its article ("le gouvernement burundais", "el Gobierno venezolano"; the
    lexicon's ``author.organs``): the organ opens the subject, and the demonym names its State."""
    organs = lexicon.pattern("author", "organs")
    return bool(organs) and bool(re.search(rf"(?:^|[\s«\"“(])(?:le|la|l['’]|el|los|las|les)\s*(?:{organs.pattern})\s+$", before[-60:], re.I))


def subject_states(lead: str) -> list[Mention]:
    """States named in the lead that can be a subject: not after a preposition ("the Government
    of Japan", "initiated by the EU and the United States"), nor coordinated with such a name."""
    names = _names(lead, 0, len(lead))
    objects: set[int] = set()
    for i, m in enumerate(names):
        before = lead[:m.start]
        if preposition_before(before) and not _organ_opens_clause(before) or _after_city(before) or _object_modifier(before, m) or (
                i and i - 1 in objects and LIST_GAP_ONLY.fullmatch(lead, names[i - 1].end, m.start)):
            objects.add(i)
    states = {(m.start, m.end) for m in states_in(lead)}
    return [m for i, m in enumerate(names) if i not in objects and (m.start, m.end) in states]


def _organ_opens_clause(before: str) -> bool:
    """The name after "of" is the subject's where a State's organ opens the clause with it (", the Government of
    Lebanon persists in refusing ...", the lexicon's ``author.organs``), not an object ("call on the Government of")."""
    organs = lexicon.pattern("author", "organs")
    return bool(organs) and _organ_of(organs.pattern).search(before[-80:]) is not None


@cache
def _organ_of(organs: str) -> re.Pattern[str]:
    return re.compile(rf"(?:^|[.;:,]\s*|\b(?:but|while|whereas|that|mais|que|pero)\s+)(?:the\s+|le\s+|la\s+|l['’]|el\s+)?"
                      rf"(?:{organs})\s+(?:of|de|du|del|de\s+la)\s+(?:the\s+|la\s+|l['’])?$", re.I)


def speaker_is_author(sentence: str, cue_at: int, authors: list[str]) -> bool:
    """The stance is the author's unless the State that is the subject before the cue is another
    ('Israel rejects ...', 'Japan regrets that the DPRK continues to reject ...'), or a body that
    adopts resolutions is ('The Security Council on Wednesday rejected Kenya's request')."""
    lead = sentence[:cue_at]
    named = subject_states(lead)
    group = _group_subject(lead)
    if group is not None and not FIRST_PERSON.search(lead) and not any(m.start >= group for m in named):
        return False  # "Only nine countries, including the US and Israel, rejected the resolution"
    organ = _organ_subject(sentence, cue_at, authors)
    if organ is not None and (not named or named[-1].end <= organ.start):
        named = [organ]
    side = other_side(lead)
    if side is not None and (not named or named[-1].end <= side) and not FIRST_PERSON.search(lead, side):
        return False  # "Yet the Arab side ... instantly rejected resolution 181"
    if not named:
        return True
    if named[-1].value in authors:
        return True
    person = [m for m in FIRST_PERSON.finditer(lead) if m.start() >= named[-1].end]
    return bool(person)


def other_side(lead: str) -> int | None:
    """Where the last side of a dispute that is not a State ("the Arab side", "the other party", "la partie adverse",
    "Hamas"; the lexicon's ``speaker.other_sides``) opens a clause of the lead as its subject, if one does."""
    sides = lexicon.pattern("speaker", "other_sides")
    if sides is None or sides.absent(lead):
        return None
    clause = max((m.end() for m in re.finditer(r"[.;:]", lead)), default=0)
    found = [m for m in sides.finditer(lead, clause) if _opens_clause(lead, m.start(), m.end())]
    return found[-1].start() if found else None


# what may stand before a side that opens its clause: the sentence's start, a clause's edge, a conjunction or an adverb
# that opens a sentence ("Yet the Arab side", ", and the other side"); not a verb ("Israel condemns Hamas and") nor a
# preposition ("on the other side"), nor "and" joining it to an object ("call on Israel and the other parties to")
SIDE_OPENS = re.compile(r"(?:^|[.;:]|,(?:\s*(?:and|et|y))?|\b(?:but|yet|while|whereas|however|then|also|mais|alors\s+que|tandis\s+que|pero|"
                        r"mientras|que|that|when|lorsque|cuando))\W*$", re.I)
SUBORDINATE = re.compile(r"\b(?:while|whereas|when|alors\s+que|tandis\s+que|lorsque|mientras|cuando)\W*$", re.I)
# a verb of demand before "that": the side is the subject of the act the author demands ("demands that the Taliban implement")
DEMANDED = re.compile(r"\b(?:demand|insist|urge|call|ask|request|exig|pid|ped|exhort|inst|reclam)\w*\s+(?:en\s+|a\s+)?(?:that|que)\W*$",
                      re.I)  # ("exigimos que", "pedimos que", "exige que", "insta a que")


def _opens_clause(lead: str, start: int, end: int) -> bool:
    """The side at start..end opens the clause the lead ends in: after a clause's edge (not a verb of demand and
    "that"), and, opening a subordinate clause ("while Hamas continues ..., Israel cannot accept"), with no comma
    after it that closes that clause."""
    before = lead[max(0, start - 24):start]
    if not SIDE_OPENS.search(before) or DEMANDED.search(lead[max(0, start - 40):start]):
        return False
    return not (SUBORDINATE.search(before) and "," in lead[end:])


def _group_subject(lead: str) -> int | None:
    """Where a clause opens with a number or a share of States as its subject ("Only nine countries",
    "many delegations", "143 member states"; the lexicon's ``speaker.group_subjects``), if one does."""
    words = lexicon.pattern("speaker", "group_subjects")
    if words is None:
        return None
    parts = [lexicon.pattern("speaker", key) for key in ("count_lead", "numbers", "counted")]
    m = _group(words.pattern, *(p.pattern if p else r"(?!)" for p in parts)).search(lead)
    return m.start() if m else None


@cache
def _group(words: str, lead: str, numbers: str, counted: str) -> re.Pattern[str]:
    count = rf"(?:(?:{lead})\s+)?(?:\d[\d,.]*|{numbers})\s+(?:(?-i:[A-Z]{{2,8}})\s+)?(?:{counted})"  # "Only nine countries", "18 UNHRC member states"
    return re.compile(rf"(?:^|[.;:]\s+|\b(?:while|whereas|but|and|that|as|since|because|mientras|pero|y|que|como|ya\s+que|et|mais|alors\s+que|"
                      rf"comme|puisque)\s+)"
                      rf"{ARTICLE}(?:(?:{words})\b|{count})", re.I)


def _organ_subject(sentence: str, at: int, authors: list[str]) -> Mention | None:
    """The last body that adopts resolutions named before `at` in its clause as the clause's subject: at the
    clause's start (after an article), not as a possessor ("the Council's") nor in the name of one of its
    resolutions ("Security Council resolution 2474 is ...")."""
    clause = max((m.end() for m in CLAUSE_EDGE.finditer(sentence, 0, at)), default=0)
    found = None
    for b in bodies_in(sentence, clause, at):
        if b.value in issuers() and b.value not in authors and ORGAN_LEAD.fullmatch(sentence, clause, b.start) \
                and not sentence.startswith(("'s", "’s"), b.end) and not _resolution_named(sentence, b.end):
            found = b
    return found


def _resolution_named(sentence: str, at: int) -> bool:
    """A word for a resolution (the lexicon's ``resolution_words``) right after ``at``: "Security Council | resolution"."""
    words = lexicon.pattern("resolution_words")
    rest = sentence[at:]
    return bool(words and words.match(sentence, at + len(rest) - len(rest.lstrip())))


CLAUSE_EDGE = re.compile(r"[.;:,]\s+|\b(?:that|which|who|while|whereas|and|but|although|though|when|since|because|once|que|qui|y|et|mais|pero|"
                         r"aunque|cuando|lorsque|quand|puisque)\s+", re.I)  # ("Although the Security Council condemned ...")
# before the subject at a clause's start: an article, "the UN", a quotation mark
ORGAN_LEAD = re.compile(r"[\s\"“«]*(?:(?:the|The|Le|le|La|la|El|el|L['’]|l['’])\s*)?(?:(?:UN|U\.N\.|United\s+Nations|ONU)\s+)?")


OTHER_ACTOR = re.compile(r"\b(?:report|mechanism|mandate|mission|document|note|rapport|informe|mecanismo)\b[^.;]{0,80}?"
                         r"\b(?:submitted|prepared|focused|established|created|adopted|issued|presented|soumis|établi|"
                         r"présenté|presentado|elaborado|creado)\b", re.I)


# "the report of the Secretary-General pursuant to ...": the cue qualifies a report, not the author's act
REPORT_BEFORE = re.compile(r"\b(?:report|note|mandate|mechanism|rapport|informe|mandat|mandato)\b"
                           r"(?:\s+(?:of|by|du|de|del)\s+(?:the\s+|la\s+|l'|el\s+)?[\w-]+(?:\s+[\w-]+){0,4})?\s*,?\s*$", re.I)


OFFICIAL = re.compile(r"\b(?:High\s+Commissioner|Special\s+Rapporteur|Secretary-General|Haute?-Commissaire|Rapporteur\s+sp[ée]cial|"
                      r"Secr[ée]taire\s+g[ée]n[ée]ral|Alt[ao]\s+Comisionad[ao]|Relator[a]?\s+Especial|Secretari[oa]\s+General)\b", re.I)


def invoked_by_author(lead: str, authors: list[str]) -> bool:
    """An invoking cue ("in accordance with", "pursuant to") is the author's unless a report,
    a mechanism or a mandate is the one acting in the clause ("the report, submitted pursuant
    to resolution N"); whether another State speaks is checked as for every cue."""
    report = REPORT_BEFORE.search(lead)
    own_report = bool(report) and any(m.value in authors for m in states_in(report.group(0)))  # "el Informe de Cuba"
    if OTHER_ACTOR.search(lead) or (report and not own_report) or THEY_CLAUSE.search(lead):
        return False
    clause_start = max((m.end() for m in re.finditer(r"[.;]", lead)), default=0)
    actors = [(b.start, b.value) for b in bodies_in(lead, clause_start, len(lead)) if b.value not in ("UN", *authors)]
    actors += [(m.start(), m.group(0)) for m in OFFICIAL.finditer(lead, clause_start)]
    return not any(not preposition_before(lead[:at]) or _agent_before(lead[:at]) for at, _ in actors)

# "They urged regional parties to abide by the arms embargo under Resolution 1591": a clause whose subject is
# "they" tells what others ask, invoking the resolution for themselves
THEY_CLAUSE = re.compile(r"(?:^|[.;:]\s*|\band\s+)(?:they|ils|elles|ellos|ellas)\s+[^.;:]*$", re.I)


def _agent_before(lead: str) -> bool:
    """"presented by the High Commissioner pursuant to ...": after "by", the passive's agent acts."""
    by = lexicon.pattern("sponsor", "by")
    return bool(by and _ends_with(PARTICIPLE + f"\\s+(?:{by.pattern})").search(lead))


# a past participle before "by" makes a passive ("presented by", "présenté par", "presentado por"),
# not "the consideration of human rights issues by the Council"
PARTICIPLE = r"[\w-]+(?:ed|en|é|ée|és|ées|ado|ada|ados|adas|ido|ida|idos|idas)"


SPEAKER_CUE = re.compile(r"(?:vot|co-?sponsor|cosponsor|copatrocin|coparrain|a\s+vot|ont\s+vot)", re.I)
CLAUSE_BREAK = re.compile(r"[,;:(]|\b(?:with|while|whereas|avec|con|mientras)\b", re.I)


def author_in_clause(lead: str, authors: list[str]) -> bool:
    """The author (named, or 'we', 'my delegation') is the subject of the clause the cue is in."""
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(lead)]
    clause = lead[breaks[-1]:] if breaks else lead
    if re.search(r"\b(?:I|we|We|my|our|My|Our|nous|nosotros|delegation|délégation|delegación|Government|"
                 r"Gouvernement|Gobierno)\b", clause):
        return True
    return any(m.value in authors for m in subject_states(clause)) or (
        not breaks and any(m.value in authors for m in subject_states(lead)))


FIRST_PERSON_WORDS = re.compile(r"\b(?:I|we|We|my|our|My|Our|je|Je|nous|Nous|notre|yo|Yo|nosotros|Nosotros|nuestro|nuestra|mi)\b")
RELATIVE_LEAD = re.compile(r"(?P<antecedent>[\w'’]+)\s+(?:who|which|qui|quienes|quien)\s+(?:\w+ly\s+|also\s+)?$", re.I)
SPEAKERS = re.compile(r"(?:we|nous|nosotros|Government|Gouvernement|Gobierno|delegation|délégation|delegación)$", re.I)
# "that Resolution which called for Sri Lanka to implement ...": the cue is in what the resolution says
# the body that issued the resolutions, between them and their relative clause ("the resolutions issued by the Security
# Council that condemn ...", "las resoluciones emitidas por el Consejo de Seguridad que condenan ...")
ISSUED_BY = (r"(?:\s+(?:issued|adopted|passed|emitid[ao]s?|adoptad[ao]s?|aprobad[ao]s?|adopt[ée]e?s?)\s+(?:by|por|par)\s+"
             r"(?:the\s+|el\s+|le\s+|la\s+|l['’])?(?:(?-i:[A-Z])[\w-]*\s*|(?:of|de|des|du|del|las|los|la|the)\s+){1,8}?)")
SAID_BY_RESOLUTION = re.compile(r"(?:\b(?:resolutions?|r[ée]solutions?|resoluci[óo]n(?:es)?)|\d|\))"
                                rf"{ISSUED_BY}?\s*,?\s*(?<![\w-])(?:which|that|qui|que)\s+(?P<clause>[^,;.]*)$", re.I)


def other_subject(sentence: str, cue_at: int, authors: list[str]) -> bool:
    """'all others who oppose Russia's occupation': a cue in a relative clause whose antecedent is
    neither the author nor its voice says someone else's stance."""
    lead = RELATIVE_LEAD.search(sentence, max(0, cue_at - 40), cue_at)
    if not lead:
        return False
    before = sentence[max(0, lead.start() - 40):lead.end("antecedent")]
    named = [m for m in subject_states(before) if m.end >= len(before) - 2]
    return not SPEAKERS.search(lead.group("antecedent")) and not any(m.value in authors for m in named)


def said_by_resolution(sentence: str, cue_at: int, cue_text: str) -> bool:
    """The cue is in a relative clause of a resolution, with no first person in it ("resolution N,
    which calls on X to implement ..."): what the resolution says, not the author's act ("which we
    have just adopted" is the author's); or the resolution is the subject of the cue's clause
    ("Resolution 2624, which was tabled by the UAE, condemns the supply of weapons")."""
    said = SAID_BY_RESOLUTION.search(sentence, max(0, cue_at - 150), cue_at)
    if said and not FIRST_PERSON_WORDS.search(said.group("clause") + " " + cue_text):
        return True
    subject = RESOLUTION_SUBJECT.match(sentence[:cue_at]) or IN_RESOLUTION.match(sentence[:cue_at])  # ("En la Resolución, el
    return bool(subject) and not FIRST_PERSON_WORDS.search(sentence[:cue_at]) \
        and not subject_states(sentence[subject.end():cue_at])  # órgano ... condena": what the resolution says)


def predicated_by_resolution(sentence: str, cue_at: int) -> bool:
    """A predicate cue in a resolution's relative clause whose verb is one a resolution speaks with (the lexicon's
    ``stance.authority_verbs``), no first person in it: "resolution 497, which demanded Israel to rescind its decision
    ... and decided it is null and void" is what the resolution decided, not the author's word on it ("resolution N,
    which is null and void" and "which we consider null and void" are the author's)."""
    said = SAID_BY_RESOLUTION.search(sentence, max(0, cue_at - 150), cue_at)
    verbs = lexicon.pattern("stance", "authority_verbs")
    return bool(said and verbs and not FIRST_PERSON_WORDS.search(said.group("clause"))
                and verbs.search(said.group("clause")))


# a sentence opening with a resolution (its body's name before it, a relative clause set off after it) that the
# cue's verb follows: "Security Council Resolution 2624, which was tabled by the UAE, condemns"
RESOLUTION_SUBJECT = re.compile(r"\s*(?:(?:the|la|le|el|l['’])\s*)?(?:(?-i:[A-Z])[\w-]*\s+){0,4}(?:resolution|r[ée]solution|resoluci[óo]n)\s*"
                                r"(?:(?:No\.\s*)?[\d/]+(?:\s*\(\d{4}\))?\s*)?(?:,\s*(?:which|that|qui|que)\s[^,;.]{0,120},\s*|"
                                r",\s*[^,;.]{3,60},\s*)?$", re.I)  # "La résolution, a rappelé le Président, condamne"


# a sentence opening on what a resolution holds: "In the resolution, the Council ...", "Dans cette résolution, le Conseil ...", "En
# la Resolución, el órgano encargado de ... condena", "It should be noted that with these Resolutions, the international
# community ... condemned"
IN_RESOLUTION = re.compile(r"\s*(?:(?:it\s+should\s+be\s+(?:noted|recalled)|(?:we|I)\s+recall|recall|il\s+convient\s+de\s+rappeler|"
                           r"cabe\s+recordar)\s+(?:that|que|qu['’])\s*)?"
                           r"(?:in|through|by|with|en|dans|par|avec|mediante|por|con)\s+(?:the|this|that|these|those|such|la|las|les|cette|ces|esta|estas|dicha|dichas|ce)\s+"
                           r"(?:resolutions?|r[ée]solutions?|resoluci[óo]n|resoluciones)\b[^,;.]{0,40},", re.I)


POSSESSIVE_END = re.compile(r"['’]s?\s+$")
POSSESSIVE_PRONOUN = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}$", re.I)  # "its blatant disregard for"
PRONOUN_REACH = 120
AGENT_IN = re.compile(r"\s+(?:in|en)\s+$", re.I)  # a State named as an agent, then the cue as a noun: "by X in support of"
AGENT_BY = re.compile(r"\b(?:by|par|por)\s+(?:the\s+|les?\s+|la\s+|l['’]|el\s+|los\s+)?$", re.I)


def owned_by_other(sentence: str, cue_at: int, authors: list[str]) -> bool:
    """A cue said as a noun that another State's possessive owns ("Mauritius Strongly Deplores UK's Rejection of
    ... Resolution 73/295"), "its", "their" after another State ("The UK Government's defiant criticism ... and
    its blatant disregard for"), or another State as the agent before it ("a commitment by the United States in
    support of"): that State's act, not the author's."""
    possessive = POSSESSIVE_END.search(sentence, max(0, cue_at - 4), cue_at)
    pronoun = None if possessive else POSSESSIVE_PRONOUN.search(sentence, max(0, cue_at - 30), cue_at)
    agent = None if possessive or pronoun else AGENT_IN.search(sentence, max(0, cue_at - 12), cue_at)
    if agent:  # "a commitment by the United States in support of the Zionist regime": the agent's act
        owners = [m for m in states_in(sentence, max(0, agent.start() - 60), agent.start()) if m.end == agent.start()
                  and AGENT_BY.search(sentence, max(0, m.start - 12), m.start)]
    elif possessive:
        owners = [m for m in states_in(sentence, max(0, possessive.start() - 60), possessive.start()) if m.end == possessive.start()]
    elif pronoun:  # "The UK Government's defiant criticism ... and its blatant disregard for": the State named last
        owners = states_in(sentence, max(0, pronoun.start() - PRONOUN_REACH), pronoun.start())[-1:]
    else:
        return False
    return bool(owners) and owners[-1].value not in authors

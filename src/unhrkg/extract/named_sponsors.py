"""Sponsors named by the words around a resolution's own mention.

A relative clause after a resolution that names its sponsor: "resolution 2056 (2012) on Mali, of
which Morocco is one of the main co-sponsors", "la Résolution 2056 (2012) sur le Mali, dont le Maroc
est un des principaux co-auteurs", "la resolución 64/292, de la cual Bolivia fue el principal
promotor", "resolution 64/292, whose main sponsor was Bolivia" (the lexicon's
``sponsor.named_relative``). The State (or the organisation) is named in the clause (or right after "whose ... was"),
the resolution just before it (and those listed with it); whoever wrote the text. A draft named for the State that tabled it by
the number it was adopted as: "the Russian draft resolution 2402", "Japan's draft resolution 2397". A State's
sponsorship of a resolution, said with its name or adjective: "Sri Lanka's co-sponsorship of resolution 30/1". A
resolution adopted on a State's initiative, said the same way: "drafted and presented on France's initiative, together
with the United Kingdom, Lebanon and the United States", "adopted at the Japanese initiative". A sentence opened by
"As" that describes its subject as the sponsor before naming it: "As a country that ... and the main sponsor of
Resolution 1889 (2009) on Women, Peace and Security, Viet Nam would like ...". A draft named by its symbol with its
sponsor, then adopted as a numbered resolution ("a draft resolution contained in document S/2018/1016, submitted by
France. ... The draft resolution (S/2018/1016) ... was adopted as resolution 2448 (2018)"), as the Organization's
records of a meeting tell it."""
from __future__ import annotations

import re

from unhrkg.extract import lexicon
from unhrkg.extract.agents import can_table, coordinated, names
from unhrkg.extract.antecedent import antecedents
from unhrkg.extract.gazetteer import Mention, states_in
from unhrkg.extract.lead import ARTICLE
from unhrkg.extract.model import Ref, Sponsorship
from unhrkg.extract.objects import keyword_start
from unhrkg.extract.references import RefMention
from unhrkg.extract.scan import lowered
from unhrkg.extract.symbols import SymbolMatch, find_symbols
from unhrkg.extract.tabling import agents_at, agents_ending_at
from unhrkg.extract.text import SPACES, Sentence, flat, sentence_at, sentences

# between the resolution and the clause: its year, its body, a short title ("(2012) sur le Mali,"), no sentence's end
BEFORE_CLAUSE = re.compile(r"[^.;:!?\n]{0,80}?,\s*")
Found = tuple[RefMention, tuple[list[str], str]]


def relative_sponsors(text: str, refs: list[RefMention]) -> list[Found]:
    """(resolution, (sponsors, rule)) for each clause naming a resolution's sponsor right after it."""
    clause = lexicon.pattern("sponsor", "named_relative")
    out: list[Found] = []
    for m in clause.finditer(text) if clause else ():
        about = antecedents(text, refs, m.start(), BEFORE_CLAUSE)
        if not about:
            continue
        named = names(text, m.start(), m.end()) or coordinated(text, SPACES.match(text, m.end()).end())  # type: ignore[union-attr]
        sponsors = list(dict.fromkeys(str(n.value) for n in named))
        out += [(ref, (sponsors, "relative-sponsor")) for ref in about if sponsors]
    inverted = lexicon.pattern("sponsor", "inverted_relative")
    for m in inverted.finditer(text) if inverted else ():  # "la résolution 1559 (2004) adoptée par 9 voix pour (...) et
        if NOUN_ANTECEDENT.search(text, max(0, m.start() - 60), m.start()):
            continue  # "sin las enmiendas que presentó Rusia": the clause is the amendments'
        about = antecedents(text, refs, m.start(), SAME_SENTENCE)  # que présentaient conjointement les États-Unis et la France"
        sponsors = list(dict.fromkeys(str(n.value) for n in coordinated(text, SPACES.match(text, m.end()).end())))  # type: ignore[union-attr]
        out += [(ref, (sponsors, "relative-sponsor")) for ref in about if sponsors]
    return out


# a noun with its article right before the relative pronoun is what the clause is said of, unless it is the resolution's
NOUN_ANTECEDENT = re.compile(r"\b(?:las?|los|les?|el|une?|una?|des|del|du|ces|estas?|estos)\s+(?!r[ée]solution|resoluci)[^\W\d_][\w-]*"
                             r"(?:\s+(?:de|del|d['’])\s*[\w-]+)?\s*,?\s*$", re.I)
SAME_SENTENCE = re.compile(r"[^.;!?\n]{0,300}")  # an inverted relative stands in the resolution's sentence


OWNED_DRAFT = re.compile(r"(?:['’]s)?\s+(?:own\s+)?draft\s+(?:resolution|r[ée]solution)\s+(?:No\.\s*)?(?P<num>\d{1,4}(?:/\d{1,3})?)\b", re.I)


def owned_drafts(text: str, refs: list[RefMention]) -> list[Found]:
    """"the Russian draft resolution 2402", "Japan's draft resolution 2397": a draft named by the
    number it was adopted as is the resolution's, and named for the State that tabled it (its
    adjective, or its name with "'s", just before)."""
    out = []
    for st in states_in(text):
        m = OWNED_DRAFT.match(text, st.end)
        possessive = text[st.end:st.end + 2] in ("'s", "’s")
        if not m or (st.kind != "demonym" and not possessive):
            continue
        adopted = [r for r in refs if r.number.split(" ")[0] == m.group("num")]
        if adopted:
            out.append((RefMention(m.start("num"), m.end("num"), adopted[0].body, adopted[0].number, True),
                        ([str(st.value)], "owned-draft")))
    return out


# "Sri Lanka's co-sponsorship of resolution 30/1", "the British sponsorship of the resolution 2334"
POSSESSED_WORDS = ("sponsorship", "authorship", "tabling")  # the pattern's nouns (lower case), looked for first
POSSESSED_SPONSORSHIP = re.compile(rf"(?P<own>['’]s?)?\s+(?:co-?)?(?:{'|'.join(POSSESSED_WORDS)})\s+of\s+(?:the\s+)?", re.I)


def possessed_sponsorships(text: str, refs: list[RefMention]) -> list[Found]:
    """The resolution right after "X's (co-)sponsorship of" or "the Sri Lankan co-sponsorship of": X tabled it."""
    low = lowered(text)
    if low is not None and not any(w in low for w in POSSESSED_WORDS) or not POSSESSED_SPONSORSHIP.search(text):
        return []  # (most texts say none: the nouns looked for as plain text first, in C)
    out: list[Found] = []
    for st in states_in(text):
        m = POSSESSED_SPONSORSHIP.match(text, st.end)
        if not m or (st.kind == "demonym") == bool(m.group("own")):
            continue  # a name with "'s", an adjective without
        governed = [r for r in refs if r.explicit and keyword_start(text, r) == m.end()]
        out += [(r, ([str(st.value)], "possessed-sponsorship")) for r in governed[:1]]
    return out


PREDICATE_REACH = 120  # "Australia is a proud co-sponsor of the Veto Initiative reflected in resolution 76/262"
# between the words and the resolution: nothing but an article, or the resolution's own name and what links it to the
# resolution ("the Veto Initiative reflected in"); not another object ("a sponsor of terrorism, in violation of resolution
# 1373", "of the amendment to resolution 16/18", "of the statement that welcomes resolution 32/2", an event "on" it: "the
# Arria-Formula Meeting on Resolution 2417", "del Foro ... sobre la Resolución 2250")
PREDICATE_GAP = re.compile(r"\s*(?:(?:the|this|that|la|le|el|l['’]|los|las|les|cette|ce|esta|este|dicha)\s*)?(?:(?:(?-i:[A-Z])[\w-]*|of|and|de|du|des|la)\s+){0,6}?"
                           r"(?:(?:reflected|contained|embodied|enshrined|set\s+out)\s+in\s+|(?:adopted|known)\s+as\s+)?(?:the\s+|la\s+|el\s+)?", re.I)
NAMED_AFTER = re.compile(r"\s+(?-i:[A-Z])[a-z]")  # a name the resolution's number is part of: "Resolution 1325 Award"
PLURAL_VERB = re.compile(r"(?:are|were|remain|have|sont|étaient|furent|ont|son|fueron|han)\b", re.I)


def sponsorship_facts(text: str, pairs: list[Found], sents: list[Sentence] | None = None) -> list[dict[str, object]]:
    """One sponsorship record for each resolution and sponsor the (resolution, (sponsors, rule)) pairs give, the first
    rule's, with the sentence that says it as evidence; not a body that adopts rather than tables."""
    sents = sentences(text) if sents is None else sents
    out: dict[tuple[str, str, str], dict[str, object]] = {}
    for r, (agents, rule) in pairs:
        sent = sentence_at(sents, r.start)
        span = (sent.start, sent.end) if sent else (r.start, r.end)
        for agent in agents:
            if not can_table([agent]):
                continue  # "À l'initiative de A et B, le Conseil de sécurité a adopté": the Council adopts, it does not table
            fact = Sponsorship(Ref(r.body, r.number), agent, flat(text[span[0]:span[1]]), rule, span)
            out.setdefault((r.body, r.number, agent), fact.to_dict())
    return list(out.values())


def predicated_sponsorships(text: str, refs: list[RefMention]) -> list[dict[str, object]]:
    """The sponsorships ``predicated_sponsors`` finds (asked after the rules that read the author's own sponsorship,
    whose names they keep)."""
    return sponsorship_facts(text, predicated_sponsors(text, refs))


def predicated_sponsors(text: str, refs: list[RefMention]) -> list[Found]:
    """"Australia is a proud co-sponsor of the Veto Initiative reflected in resolution 76/262", "La France est fière d'être
    coauteur de la résolution", "España fue copatrocinadora de la resolución", "Mexico and Chile were the co-sponsors of":
    the State (or the States coordinated before a plural verb) right before the words (the lexicon's ``sponsor.predicate``),
    the first resolution after them. Not a State named in an aside before the verb ("Ireland, with the support of Mexico,
    was a co-sponsor": Mexico is no subject)."""
    words = lexicon.pattern("sponsor", "predicate")
    out: list[Found] = []
    for r in refs if words else ():
        kw = keyword_start(text, r)
        m = next((m for m in words.finditer(text, max(0, kw - PREDICATE_REACH), kw)  # type: ignore[union-attr]
                  if PREDICATE_GAP.fullmatch(text, m.end(), kw)), None)
        if m is None or any(o.start < r.start and keyword_start(text, o) >= m.end() for o in refs) or NAMED_AFTER.match(text, r.end):
            continue  # (the first resolution after the words only; not "the Resolution 1325 Award")
        subject = states_in(text, max(0, m.start() - 80), m.start())
        if not subject or text[subject[-1].end:m.start()].strip():
            continue
        agents = agents_ending_at(text, max(0, m.start() - 200), m.start()) if PLURAL_VERB.match(m.group(0)) else [str(subject[-1].value)]
        out.append((r, (agents, "predicate-sponsor")))
    return out


# "drafted and presented on France's initiative, together with the United Kingdom, Lebanon and the United States",
# "adopted at the French initiative": the State's initiative, named with "'s" or by its adjective
INITIATIVE_BEFORE = re.compile(r"\b(?:on|at|upon)\s+(?:the\s+)?$", re.I)
INITIATIVE_AFTER = re.compile(r"(?P<own>['’]s)?\s+initiative\b", re.I)
PARTNERS = re.compile(r"\s*,?\s*(?:together\s+with|along\s+with|jointly\s+with|with)\s+", re.I)
SENTENCE_STOP = re.compile(r"[.;!?](?:\s|$)")


def possessed_initiatives(text: str, refs: list[RefMention]) -> list[Found]:
    """The resolution of the sentence that says it was "on X's initiative" (the one before the phrase, or the first
    after it): X tabled it, with the States named after "together with"."""
    low = lowered(text)
    if low is not None and "initiative" not in low:
        return []
    out: list[Found] = []
    for st in states_in(text):
        m = INITIATIVE_AFTER.match(text, st.end)
        if not m or (st.kind == "demonym") == bool(m.group("own")) or not INITIATIVE_BEFORE.search(text, max(0, st.start - 12), st.start):
            continue
        partners = PARTNERS.match(text, m.end())
        sponsors = [str(st.value)] + ([str(n.value) for n in coordinated(text, partners.end())] if partners else [])
        start = max((s.end() for s in SENTENCE_STOP.finditer(text, 0, st.start)), default=0)
        stop = SENTENCE_STOP.search(text, m.end())
        before = [r for r in refs if start <= r.start and r.end <= st.start]
        after = [r for r in refs if m.end() <= r.start < (stop.start() if stop else len(text))]
        target = before[-1] if before else after[0] if after else None
        if target is not None:
            out.append((target, (list(dict.fromkeys(sponsors)), "possessed-initiative")))
    return out


FRONTED_SUBJECT_REACH = 160  # from the resolution to the subject the opening "As ..." describes (a title may come between)
ARTICLE_ONLY = re.compile(r"\s*" + ARTICLE, re.I)
COMMA_THEN = re.compile(r",\s*" + ARTICLE, re.I)
# right after "As"/"Como": a participle or a verb of saying makes it "As noted by ...", "Como señaló ...": not a description
OPENER_VERB = re.compile(r"\s*(?:\w+ed\b|\w+(?<=[^aeiou]ó)\b|l['’]a\s|(?:has|have|had|ha|han|ont)\s)", re.I)
# between the resolution and the subject, a verb of its own: "As the penholder on resolution 2334 has pointed out, Egypt"
# (or a verb of saying, ``title.reporting_verbs``: "As the main sponsor of N said, X")
AUXILIARY = re.compile(r"\b(?:has|have|had|ha|han|ont)\b", re.I)


def fronted_sponsors(text: str, refs: list[RefMention]) -> list[Found]:
    """A sentence opened by "As", "En tant que", "Como" (``sponsor.fronted_as``) calling its subject the resolution's
    sponsor (``sponsor.appositive``, right before the resolution), the subject named right after one of the clause's
    commas ("..., on Women, Peace and Security, Viet Nam would like"); not where a word of the main clause comes first
    ("..., we thank Japan"), nor "As noted by the main sponsor of N, X"."""
    opener, nouns = lexicon.pattern("sponsor", "fronted_as"), lexicon.pattern("sponsor", "appositive")
    said = lexicon.pattern("title", "reporting_verbs")
    if opener is None or nouns is None:
        return []
    out: list[Found] = []
    sents = sentences(text)
    for r in refs:
        sent = sentence_at(sents, r.start)
        if sent is None:
            continue
        kw = keyword_start(text, r)
        m = opener.match(text, kw - len(text[sent.start:kw].lstrip()))
        if m is None or OPENER_VERB.match(text, m.end()) or \
                not any(ARTICLE_ONLY.fullmatch(text, n.end(), kw) for n in nouns.finditer(text, sent.start, kw)):
            continue
        subject = _subject_after_commas(text, r.end, min(sent.end, r.end + FRONTED_SUBJECT_REACH))
        if subject is not None and not AUXILIARY.search(text, r.end, subject.start) and \
                not (said and said.search(text, r.end, subject.start)):
            out.append((r, ([str(subject.value)], "fronted-sponsor")))
    return out


def _subject_after_commas(text: str, start: int, end: int) -> Mention | None:
    """The State named right after a comma between start and end, where every comma before it opens a capitalised
    word of a title ("on Women, Peace and Security, Viet Nam"); None at a comma a lower-case word follows ("we")."""
    for comma in COMMA_THEN.finditer(text, start, end):
        named = names(text, comma.end(), min(end, comma.end() + 60))
        if named and named[0].start == comma.end():
            return named[0]
        if not text[comma.end():comma.end() + 1].isupper():
            return None
    return None


def symbols_adopted_as(text: str, refs: list[RefMention]) -> list[Found]:
    """A draft's symbol with its sponsor after a sponsor's verb and "by" ("S/2018/1016, submitted by France"; a meeting
    record's "document S/2014/54, which contains the text of a draft resolution submitted by ...", the lexicons'
    ``sponsor.draft_contained``), and a sentence where the same symbol "was adopted as resolution 2448 (2018)" (the
    lexicons' ``sponsor.adopted_as``): the draft's sponsors are the resolution's. In a record, the vote told next
    after the draft is its own: "The draft resolution has been adopted unanimously as resolution 2134 (2014)", not
    when it "has not been adopted", nor past the next draft the record puts before the Council (sponsored or not)."""
    verbs, adopted_as = lexicon.pattern("sponsor", "verbs"), lexicon.pattern("sponsor", "adopted_as")
    if not verbs or not adopted_as or not refs or ("adopt" not in text and "aprob" not in text):
        return []
    contained = lexicon.pattern("sponsor", "draft_contained")
    drafts = []
    for s in find_symbols(text):
        gap = re.match(r",?\s*", text[s.end:s.end + 4]).end()  # (", which contains")
        at = m.end() if contained and (m := contained.match(text, s.end + gap)) else s.end
        by = re.match(rf"\)?,?\s+(?:{verbs.pattern})\s+(?:by|par|por)\s+", text[at:at + 60], re.I)
        drafts.append((s, agents_at(text, at + by.end()) if by else [], at > s.end))
    numbered = re.compile(rf"(?:{adopted_as.pattern})\s+(?:No\.?\s*)?(?P<num>\d{{1,4}}(?:/\d{{1,3}})?)", re.I)
    out: list[Found] = []
    for index, (s, agents, recorded) in enumerate(drafts):
        until = next((d[0].start for d in drafts[index + 1:] if d[2]), len(text)) if recorded else len(text)
        for sent in _adoptions(text, s, recorded, until, numbered):
            for m in numbered.finditer(sent.text):
                adopted = [r for r in refs if r.number.split(" ")[0] == m.group("num")]
                if adopted and agents:
                    at = sent.start + m.start("num")
                    out.append((RefMention(at, at + len(m.group("num")), adopted[0].body, adopted[0].number, True),
                                (agents, "symbol-adopted-as")))
    return out


def _adoptions(text: str, s: SymbolMatch, recorded: bool, until: int, numbered: re.Pattern[str]) -> list[Sentence]:
    """The sentences that may tell the draft's adoption: those naming its symbol, and in a record the first vote told
    after it, before ``until``, unless that vote fails, names another document, or looks back ("just adopted")."""
    named = [sent for sent in sentences(text) if s.symbol in sent.text and not sent.start <= s.start < sent.end]
    for sent in sentences(text) if recorded else ():
        if not s.end < sent.start < until:
            continue
        if NOT_ADOPTED.search(sent.text):
            break  # ("The draft resolution has not been adopted, owing to the negative vote of a permanent member")
        if DRAFT_ADOPTED.search(sent.text) and numbered.search(sent.text) and not JUST.search(sent.text) \
                and all(o.symbol == s.symbol for o in find_symbols(sent.text)):
            return named + [sent]
    return named


# the record's "The draft resolution has been adopted ...": the draft put to the vote, named before
DRAFT_ADOPTED = re.compile(r"\b(?:the\s+draft\s+resolution|le\s+projet\s+de\s+r[ée]solution|el\s+proyecto\s+de\s+resoluci[óo]n)\b", re.I)
# a vote that fails ("has not been adopted", "n'a pas été adopté", "no ha sido aprobado", a veto), or a look back
NOT_ADOPTED = re.compile(r"\b(?:not\s+(?:been\s+)?adopted|n['’]a\s+pas\s+été\s+adopté|no\s+(?:ha\s+sido\s+|fue\s+)?aprobado|"
                         r"negative\s+vote|vote\s+négatif|voto\s+negativo|veto\w*)\b", re.I)
JUST = re.compile(r"\b(?:just|vient\s+d['’]être|acaba\s+de)\b", re.I)


DEMONYM_BEFORE = re.compile(r"\b(?:the|its|la|le|el|les|los)\s+(?P<word>(?-i:[A-Z])[\w-]+)\s+$", re.I)


def demonym_before(text: str, at: int) -> list[str]:
    """The State whose adjective stands between the article and a sponsor noun at `at` ("I warmly thank the British
    penholder", "le porte-plume français" is not read: the adjective after the noun)."""
    m = DEMONYM_BEFORE.search(text, max(0, at - 40), at)
    found = states_in(text, m.start("word"), m.end("word")) if m else []
    return [str(found[0].value)] if found and found[0].kind == "demonym" and found[0].end >= m.end("word") else []  # type: ignore[union-attr]


WORK_ON = re.compile(r"\s+for\s+(?:his|her|their|its)\s+(?:[\w-]+\s+)?(?:work|efforts?|leadership|role)\s+(?:on|in)\s+(?:the\s+)?(?:adoption\s+of\s+)?", re.I)


def worked_on(text: str, end: int, refs: list[RefMention]) -> list[RefMention]:
    """The resolution a sponsor noun's thanks name right after it ("the British penholder for their work on resolution
    2678"): the one drafted, not the one the text named before."""
    m = WORK_ON.match(text, end)
    return [r for r in refs if m and keyword_start(text, r) == m.end()][:1]

"""Who tabled which resolution.

The verbs and the words around them come from the language's lexicon (``sponsor``):
- passive: "resolution N, tabled/sponsored/submitted/introduced/initiated by X" (or a list of
  resolutions: "resolutions A and B, both tabled by X"), "resolution N (sponsored by X)",
  "résolution N présentée par X", "resolución N presentada por X";
- a group: "sponsored by the core group composed of A, B and C", "submitted by a group of
  States led by A and B": the States listed are the sponsors;
- on behalf of: "introduced by Poland on behalf of the European Union": the EU is the sponsor
  (Poland speaks for it);
- active: "X [, which] tabled resolution N", "resolution N, which X and Y jointly tabled";
- hyphened: "the OIC-sponsored resolution 16/18", "the EU-led resolution", "the United States-sponsored text,
  adopted as resolution 2272";
- fronted: "Présentée conjointement par la France et la Tunisie, la résolution 2532 ...";
- appositive: "España, promotora de la Resolución 2286, junto a Nueva Zelanda", "the resolution's
  sponsors, the U.S., the U.K. and France" (``sponsor.appositive``, ``sponsor.nouns``), "los cinco
  países promotores de la Resolución 2286 sobre ... - Egipto, Japón, ... -", "put forward by the
  co-penholders, the missions of France and of the Dominican Republic", "the United States and
  Mexico as penholders in drafting this resolution".
X and Y coordinated are both sponsors. The evidence is the sentence that says it.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from unhrkg.extract import lexicon
from unhrkg.extract.agents import ARTICLES, can_table, names, partner_words, state_codes
from unhrkg.extract.agents import coordinated as listed
from unhrkg.extract.credited import DESCRIBED_AS, credited_sponsors, deeds_by, listed_sponsors
from unhrkg.extract.dates import month_number
from unhrkg.extract.gazetteer import states_in
from unhrkg.extract.references import RefMention
from unhrkg.extract.named_sponsors import (fronted_sponsors, owned_drafts, possessed_initiatives, possessed_sponsorships, sponsorship_facts,
                                             relative_sponsors, symbols_adopted_as)
from unhrkg.extract.objects import keyword_start
from unhrkg.extract.penholders import FRONTED_GAP, penholders
from unhrkg.extract.unnumbered import adopted_unnumbered, vetoed_in
from unhrkg.extract.scan import Starting, word_start
from unhrkg.extract.stances import coordinated
from unhrkg.extract.tabling import BODY_AFTER, agents_at, agents_ending_at, followed_up, patterns
from unhrkg.extract.text import SPACES, sentence_at, sentences

# "the Maltese led UNSC 2712", "UK-proposed Daesh Accountability Resolution 2379" (a name run only after
# "-proposed" and the like: "Iran-backed Houthi Militias Defy Resolution 2216" names no sponsor)
# ("the Philippine-Pakistani initiated General Assembly Resolution 61/221": two names joined, the body between)
ORGAN_NAMED = r"(?:(?:UN\s+)?(?:General\s+Assembly|Security\s+Council|Human\s+Rights\s+Council)|UNSC|UNGA|UNHRC)\s+"
HYPHENED = re.compile(rf"(?P<who>[A-Z][\w.]*(?:[-–][A-Z][\w.]*)*(?:\s+[A-Z][\w.]*){{0,3}})(?:-|\s(?=(?!backed)\w+\s+(?:{ORGAN_NAMED}|UNSC|draft|resolution)))"
                      rf"(?:(?:sponsored|led|drafted|initiated|tabled|backed)\s+(?:draft\s+)?(?:{ORGAN_NAMED})?"
                      r"|(?:proposed|authored|introduced|penned)\s+(?:(?-i:[A-Z][\w-]*)\s+){0,4})"
                      r"(?:(?:text|draft)\s*,?\s+(?:which\s+was\s+)?adopted\s+as\s+)?$")  # ("the US-sponsored text, adopted as resolution 2272")
SENTENCE_BREAK = re.compile(r"[a-z]{2}\.\s+|\n")  # a sentence's end ("Japan. "; not "U.S. "), or a line's
COORDINATED_VERB = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,3}(?:and|et|y)\s+$")  # "X voted for and | co-sponsored"


DRAFT_HEAD = re.compile(r"\b(?:draft|projet|proyecto)\b[^.;:()]{0,60}?\b(?:extension|extend\w*|prolong\w*|renew\w*|amend\w*|prorog\w*|enmienda\w*|"
                        r"modif\w*)\b[^.;:()]{0,30}?\b(?:to|of|on|for|de|du|des|del|sur|sobre|la)\s+(?:the\s+|la\s+|el\s+)?$", re.I)


LIST_REACH = 400  # a list of sponsors before its verb runs this far ("Australia, Canada, ..., United States of America has
# jointly sponsored the resolution": eleven names, some long)


OWN_TITLE = re.compile(r"\s+(?:on|entitled|sur|intitulée|sobre|titulada)\s*[“\"«]", re.I)


def _sponsors_of(text: str, r: RefMention) -> tuple[list[str], str]:
    pats = patterns(lexicon.current())
    kw = keyword_start(text, r)
    m = pats["after"].match(text, r.end, min(len(text), r.end + 200))
    if m and not r.explicit and OWN_TITLE.match(text, r.end):
        m = None  # "The resolution on “Occupied Palestine,” authored by ...": a text of its own title, not the one named before
    if m and not r.explicit and (r.body, r.number) in followed_up(text, m.end()):
        m = None  # "the resolution was presented by Pakistan ... as a follow-up of resolution 76/254": a new text, not 76/254
        # (one named before, "adopted resolution 77/1 ... The resolution was presented by X as a follow-up of 76/262", is X's)
    if m and not DRAFT_HEAD.search(text, max(0, kw - 80), kw) \
            and (agents := agents_at(text, m.end())):  # ("the draft resolution for an extension to resolution 2231 tabled by
        # China and Russia": the draft is tabled, not the resolution it would extend)
        return agents + [a for a in _second_passive(text, m.end(), pats) if a not in agents], "passive-by"
    m = pats["object_relative"].match(text, r.end)
    if m:
        agents = agents_at(text, m.end())
        named = names(text, m.end(), min(len(text), m.end() + 200))
        verb = pats["verb_after_agent"].match(text, named[min(len(agents), len(named)) - 1].end) if agents and named else None
        last = named[min(len(agents), len(named)) - 1].end if agents and named else 0
        if verb is None and last and ASIDE_WITH.search(text, m.end(), last) and (closed := ASIDE_CLOSE.match(text, last)):
            verb = pats["verb_after_agent"].match(text, closed.end())  # "que la France, avec l'Allemagne, le Royaume-Uni et les
            # Etats-Unis, a coparrainée": the partners set off between the sponsor and its verb
        if verb and not DESCRIBED_AS.match(text, verb.end()):  # ("que Israel presentó como un ataque": described, not tabled)  # "which the EU presented together with the OIC": the partners joined right after the verb
            after = SPACES.match(text, verb.end()).end()  # type: ignore[union-attr]
            # ("which the United States co-drafted with Ireland": a bare "with" too; "with the support of 50 States" names none)
            joined = _partners_anywhere().match(text, after) or BARE_WITH.match(text, after)
            if joined and joined.re is BARE_WITH and ABSOLUTE.match(text, joined.end()):
                joined = None  # "which the UAE put forward with the United States and Russia abstaining": no partners
            return agents + [a for a in (agents_at(text, joined.end()) if joined else []) if a not in agents], "object-relative"
    hyphen = HYPHENED.search(text, max(0, kw - 60), kw) or (  # "the OIC-sponsored resolution 16/18"
        None if r.explicit or vetoed_in(text, r.start)  # (in an anaphor: "the Maltese-drafted resolution"; not "the US-
        else HYPHENED.search(text, r.start, r.start + text[r.start:r.end].rstrip().rfind(" ") + 1))  # drafted ... vetoed")
    if hyphen:
        who = hyphen.start("who")  # (from the last sentence end or line break within: "We thank the delegation of
        broken = list(SENTENCE_BREAK.finditer(text, who, hyphen.end("who")))  # Japan. The United States-sponsored text")
        agents = [str(m.value) for m in names(text, broken[-1].end() if broken else who, hyphen.end("who"))]
        if agents:
            return agents, "hyphened-sponsor"
    near = (verbs := lexicon.pattern("sponsor", "verbs")) is None or not verbs.absent(text, max(0, kw - 200), kw)  # (a verb: see below)
    for fronted in pats["fronted"].finditer(text, max(0, kw - 200), kw) if near else ():  # "Presented by A and B, resolution N"
        agents = can_table(agents_at(text, fronted.end()))  # (not the body whose name runs on into the resolution's:
        named = [n for n in names(text, fronted.end(), kw) if can_table([str(n.value)])]  # "Presented by Tunisia and France, UN
        last = named[min(len(agents), len(named)) - 1] if agents and named else None  # Security Council Resolution 2532")
        if last and re.fullmatch(rf"{SECOND_PARTICIPLE}\s*,\s*{ARTICLES}(?:(?-i:[A-Z][\w.-]*)\s+){{0,4}}", text[last.end:kw], re.I) \
                and not TITLE_GOES_ON.match(text, r.end):  # (a group's name gives several agents: "the E3"; not an event's
            return agents, "fronted-by"  # title: "Presented by A and B, Security Council Resolution 1325 at Twenty")
    verb = pats["before"].search(text, max(0, kw - 160), kw) if near else None  # (neither matches without a verb)
    if verb:
        possessive = re.search(r"['’]s?\s+$", text[max(0, verb.start() - 4):verb.start()])  # "Sri Lanka’s decision to"
        agents = agents_ending_at(text, max(0, kw - LIST_REACH), verb.start() - (len(possessive.group(0)) if possessive else 0))
        joined = COORDINATED_VERB.search(text, max(0, verb.start() - 60), verb.start())
        if not agents and joined:  # "New Zealand voted for and co-sponsored the resolution"
            agents = agents_ending_at(text, max(0, kw - LIST_REACH), joined.start())
        if agents and not DESCRIBED_AS.match(text, r.end) and not COMMITTEE_AFTER.match(text, r.end):  # ("Israel presentó la
            # Resolución 2728 como un premio al terrorismo"; "submitted to the Security Council resolution 1540 Committee its report")
            return agents + [a for a in _partners_later(text, r) if a not in agents], "active-tabled"
    gerund = pats["gerund"].search(text, max(0, kw - 80), kw)
    if gerund:  # "Sri Lanka, by co-sponsoring the Resolution 30/1, broke away from ..."
        return agents_ending_at(text, max(0, kw - 200), gerund.start()), "gerund-by"
    return [], ""


SECOND_PASSIVE_REACH = 160  # "proposed by Serbia and sponsored by the 27 States members of the European Union"
LEADING = re.compile(r"(?:led|co-led|dirig|lider|encabez)", re.I)
AND_THEN = re.compile(r"[^.;:()\n]*?\s(?:and|et|y)\s+(?:(?:was|were|also|jointly|then|later|fue|a\s+été|aussi|también)\s+)*", re.I)


def _second_passive(text: str, pos: int, pats: dict[str, re.Pattern[str]]) -> list[str]:
    """The agents of a second participle joined to the first in the same clause: "proposed by Serbia and sponsored
    by the 27 States members of the European Union" (both tabled it)."""
    joined = AND_THEN.match(text, pos, min(len(text), pos + SECOND_PASSIVE_REACH))
    second = pats["fronted"].match(text, joined.end()) if joined else None
    if second is None or LEADING.match(second.group(0)):
        return []  # ("drafted by France and led by the United States-led coalition in its implementation": leading, not tabling)
    return can_table(agents_at(text, second.end()))


AGENT_AFTER_COMMA = re.compile(r"(?:\s*\(\d{4}\))?\s*,\s*")  # "By tabling resolution 2467 (2019), Germany"
POSSESSIVE_AFTER = re.compile(r"['’]s?\s")  # "By tabling resolution ES-11/4, Russia's opponents": not Russia


def _fronted_gerunds(text: str, refs: list[RefMention]) -> list[tuple[RefMention, tuple[list[str], str]]]:
    """A sponsor's gerund opening its sentence, the agent after the resolution and its comma: "By initiating this
    resolution, Germany put ...", "En déposant la résolution 2085, la France ..." (``sponsor.gerund_fronted``). "This
    resolution" stands for the one resolution the sentence before names, not one of several ("Resolution 2467 recalls
    resolution 1888. By initiating this resolution, ...": which one is not said)."""
    pats = patterns(lexicon.current())
    out = []
    sents = sentences(text)
    for r in refs:
        kw = keyword_start(text, r)
        comma = AGENT_AFTER_COMMA.match(text, r.end)
        if not comma or not pats["gerund_fronted"].search(text, max(0, kw - 80), kw):
            continue
        if not r.explicit:
            at = next((i for i, sent in enumerate(sents) if sent.start <= kw < sent.end), 0)
            prior = sents[at - 1] if at else None
            before = {(x.body, x.number) for x in refs if x.explicit and prior and prior.start <= x.start < prior.end}
            if len(before) != 1 or (r.body, r.number) not in before:
                continue
        agents = agents_at(text, comma.end())
        first = names(text, comma.end(), comma.end() + 80)
        if agents and not (first and POSSESSIVE_AFTER.match(text, first[0].end)):
            out.append((r, (agents, "gerund-fronted")))
    return out


# a second participle after the fronted sponsors, naming no State: "Drafted by A and B and co-sponsored by 84 Member States,"
SECOND_PARTICIPLE = r"(?:\s+(?:and|et|y)\s+[\w-]+\s+(?:by|par|por)\s+[^,.;()]{1,60}?)?"
TITLE_GOES_ON = re.compile(r"\s+(?:at|in|on|of|and)\s+(?-i:[A-Z0-9])")  # a title running on after the number
COMMITTEE_AFTER = re.compile(r"\s+(?:Committee|Comit[ée])\b")  # "resolution 1540 Committee": the committee's name
BARE_WITH = re.compile(r"(?:with|avec|con)\s+", re.I)
# partners set off between the sponsor and its verb in an object relative: "which France, together with Germany, co-sponsored"
ASIDE_WITH = re.compile(r",\s*(?:(?:together|along)\s+with|with|avec|aux\s+côtés\s+de|con|junto\s+con|junto\s+a)\s+", re.I)
ASIDE_CLOSE = re.compile(r"\s*,")
ABSOLUTE = re.compile(r"[^,.;:]{0,120}?\b(?:abstaining|voting|objecting|opposing|dissenting|s['’]abstenant|votant|absteni[ée]ndose|votando)\b", re.I)


@cache
def _partners_anywhere() -> re.Pattern[str]:
    return re.compile(rf"(?:{partner_words()})\s+", re.I)


def _partners_later(text: str, r: RefMention) -> list[str]:
    """"X tabled resolution N together with Rwanda", "X tabled resolution N, which ..., together with Rwanda":
    partners named right after the resolution, or later in the sentence set off by a comma or a dash (not
    "..., which calls upon States to act in cooperation with Jordan": the resolution's own words)."""
    sent = sentence_at(sentences(text), r.start)
    end = sent.end if sent else min(len(text), r.end + 300)
    m = _partners_anywhere().search(text, r.end, end)
    if m and not SET_OFF_END.search(text, r.end, m.start()) and CLAUSE_WORD.search(text, r.end, m.start()):
        return []  # (a clause between, the partner words not set off: the resolution's words)
    return state_codes(listed(text, m.end())) if m else []


SET_OFF_END = re.compile(r"(?:,|\s[–—-])\s*$")
CLAUSE_WORD = re.compile(r"\b(?:which|that|who|whom|qui|que|quien|quienes|cual|cuales)\b", re.I)


# word_start: the first letter as a class the engine skips to (``scan``), for "\bdraft"
DRAFT_ADOPTED_AS = Starting(re.compile(word_start("d") + r"raft\s+resolution\b(?P<desc>[^\n.()]{0,160}?)\(\s*(?:resolution|res\.)\s*"
                                       r"(?:No\.\s*)?(?P<num>\d{1,4}(?:/\d{1,3})?)\s*\)", re.I), ("draft",))


def _drafts_adopted_as(text: str, refs: list[RefMention]) -> list[tuple[RefMention, tuple[list[str], str]]]:
    """"Draft Resolution of the Security Council Jointly Proposed by Japan and the United Kingdom
    (Resolution 1154)": the draft's sponsors are the resolution's, its number given after it."""
    pats = patterns(lexicon.current())
    out = []
    for m in DRAFT_ADOPTED_AS.finditer(text):
        adopted = [r for r in refs if r.number.split(" ")[0] == m.group("num")]
        by = pats["fronted"].search(text, m.start("desc"), m.end("desc"))
        agents = agents_at(text, by.end()) if by and adopted else []
        if agents:
            out.append((RefMention(m.start("num"), m.end("num"), adopted[0].body, adopted[0].number, True),
                        (agents, "draft-adopted-as")))
    return out


APPOSITIVE_REACH = 120  # "España, promotora de la Resolución 2286": the sponsor's name stands this near before
# "..., junto a Nueva Zelanda, Japón, Uruguay y Egipto", "together with Japan": partners named after the resolution
@cache
def _partners_after() -> re.Pattern[str]:
    return re.compile(rf"{BODY_AFTER}[\s,]*(?:{partner_words()}|with|avec|con)\s+{ARTICLES}", re.I)


# the agent of an act a causal apposition follows, named after "by": "the occupation of Crimea by Russia, at the origin of"
AGENT_OF_ACT = re.compile(r"\b(?:by|par|por)\s+[^,;.()\n]{1,40}$", re.I)


# a State's official named before the apposition: "Australia's UN envoy, Gary Quinlan"
OFFICIAL_NAMED = re.compile(r"['’]s\s+(?:UN\s+|U\.N\.\s+)?(?:envoy|ambassador|permanent\s+representative|representative|delegate|"
                            r"(?:foreign\s+)?minister)\s*,\s*(?:(?-i:[A-Z])[\w.'’-]*\s*){1,4}$", re.I)


def _appositives(text: str, refs: list[RefMention]) -> list[tuple[RefMention, tuple[list[str], str]]]:
    """"Spain, promoter of resolution 2286, together with New Zealand and Japan", "la France, porte-plume
    de la résolution 2454": a State described as the resolution's sponsor (``sponsor.appositive``)."""
    nouns = lexicon.pattern("sponsor", "appositive")
    causal = lexicon.pattern("sponsor", "appositive_causal")
    out = []
    for r in refs if nouns else ():
        kw = keyword_start(text, r)
        m = _appositive(nouns.pattern).search(text, max(0, kw - APPOSITIVE_REACH), kw)  # type: ignore[union-attr]
        if m is None and causal:  # "la France, à l'origine de la résolution"; not "l'annexion de la Crimée par la Russie, à l'origine de"
            m = _appositive(causal.pattern).search(text, max(0, kw - APPOSITIVE_REACH), kw)
            m = None if m and AGENT_OF_ACT.search(text, max(0, m.start() - 60), m.start()) else m
        agents = agents_ending_at(text, max(0, kw - APPOSITIVE_REACH - 200), m.start()) if m else []
        if m and not agents:  # "Australia's UN envoy, Gary Quinlan, a co-sponsor of the resolution": the envoy's State
            official = OFFICIAL_NAMED.search(text, max(0, m.start() - 100), m.start())
            owner = states_in(text, max(0, official.start() - 60), official.start()) if official else []
            agents = [str(owner[-1].value)] if owner and owner[-1].end == official.start() else []  # type: ignore[union-attr]
        if not agents:
            continue
        partners = _partners_after().match(text, r.end)
        out.append((r, (agents + (agents_at(text, partners.end()) if partners else []), "appositive-sponsor")))
    return out


INITIATIVE_REACH = 150  # "la résolution 2303 de l'ONU adoptée vendredi dernier à l'initiative de la France"


def _initiatives(text: str, refs: list[RefMention]) -> list[tuple[RefMention, tuple[list[str], str]]]:
    """"adopted at the initiative of X", "présentée à l'initiative de la France avec le Royaume-Uni": the
    phrase (``sponsor.initiative``, and ``sponsor.requested``: "at the request of X") names the sponsor of the
    resolution just before it in the sentence, or, opening a sentence, of the first resolution the sentence names after
    it; an initiative set off by commas before the adoption names the sponsor of the resolution adopted."""
    phrases = [(lexicon.pattern("sponsor", key), key == "requested") for key in ("initiative", "requested")]
    found = [(m, requested) for p, requested in phrases if p for m in p.finditer(text)]
    out = []
    for m, requested in sorted(found, key=lambda f: f[0].start()):
        sent = sentence_at(sentences(text), m.start())
        before = [r for r in refs if m.start() - INITIATIVE_REACH <= r.end <= m.start() and (sent is None or r.start >= sent.start)]
        if RELATIVE.match(m.group(0)):  # "resolution 71/248, which was an initiative by": of the noun just before it
            before = [r for r in before if re.fullmatch(r"[\s,—–-]*", text[r.end:m.start()])]  # (or a dash: "the resolution—which")
        agents = agents_at(text, m.end() + len(re.match(r"\s*", text[m.end():]).group(0)))
        if not agents:
            continue
        named = names(text, m.end(), min(len(text), m.end() + 200))[len(agents) - 1]  # the last sponsor named
        after = [r for r in refs if 0 <= keyword_start(text, r) - named.end <= FRONTED_GAP]
        if not before and not after and sent is not None and not text[sent.start:m.start()].strip(" \t\n«“\"'"):
            after = [r for r in refs if named.end < r.start < sent.end]  # "A instancias de Paraguay, el Día ... fue aprobado mediante la Resolución N"
        if not before and not after and sent is not None and text[:m.start()].rstrip().endswith(",") \
                and not requested:  # ("The Council, at the request of Iraq, adopted": the host asked, ``sponsor.requested``)
            after = _adopted_after_aside(text, named.end, [r for r in refs if named.end < r.start < sent.end])
        if before or after:  # "adoptée ... à l'initiative de la France"; "adoptée, sur proposition de la France, la résolution N"
            out.append(((before[-1] if before else after[0]), (agents, "initiative-of")))
    return out


def _adopted_after_aside(text: str, end: int, later: list[RefMention]) -> list[RefMention]:
    """"le Conseil de sécurité, à l'initiative de la France et du Royaume-Uni, a adopté le 24 septembre la résolution
    1199": the initiative set off by commas, and the aside closed by the adoption (the lexicon's ``sponsor.adopted``)
    of the first resolution after it, with nothing but a date or a place between the verb and that resolution."""
    adopted = lexicon.pattern("sponsor", "adopted")
    close = re.match(r"(?:\s+(?:and|et|y)\s+(?:of\s+|de\s+|d['’])?(?:(?:\d+|[^\W\d]+)\s+(?:other|autres)|(?:otros|otras)\s+(?:\d+|[^\W\d]+))"
                     r"\s+[^\W\d]+)?"
                     r"\s*,\s*(?:(?:has|have|had|a|ont|avait|ha|han|había)\s+)?", text[end:])  # ("... y de otros 40 Estados,")
    if adopted is None or not later or close is None:
        return []
    verb = adopted.match(text, end + close.end())
    if verb is None or not _dated_gap(text[verb.end():keyword_start(text, later[0])]):
        return []
    return later[:1]


# between an adoption verb and its resolution: a day, a date or a place, and an article ("a adopté le 24 septembre la ")
GAP_WORDS = frozenset("on in at of today yesterday the its le en à a au de du el la l sa su hoy ayer hier unanimously unanimité l'unanimité "
                      "unanimidad consensus consenso by par por".split())


def _dated_gap(gap: str) -> bool:
    words = re.findall(r"[\w'’]+|[^\w\s]", gap)
    return len(words) <= 6 and all(w.lower().rstrip("'’") in GAP_WORDS or w.isdigit() or w == "," or w[0].isupper()
                                   or month_number(w) is not None for w in words)


RELATIVE = re.compile(r"(?:which|that|qui|que)\b", re.I)


@cache
def _appositive(nouns: str) -> re.Pattern[str]:
    return re.compile(rf"\s*,\s*(?:{nouns})\s+{ARTICLES}$", re.I)


# the rule a resolution's list-mates inherit the sponsors by: "resolutions A and B, both tabled by X",
# "les résolutions 26/2 et 30/5 du CDH que l'Algérie a coparrainées"
ACTIVE_RULES = ("active-tabled", "active-tabled-list")
# a verb right after a resolution: it opens a clause of its own ("... and resolution 63/168 was adopted by consensus")
OWN_VERB = re.compile(r"\s*(?:\([^()]*\)\s*)?,?\s*(?:was|were|is|are|has|have|had|will|a\s+été|ont\s+été|est|sont|fut|fue|fueron|ha\s+sido|han\s+sido|es|son)\b", re.I)
LIST_RULES = {"passive-by": "passive-by-list", "passive-by-list": "passive-by-list",
              "object-relative": "object-relative-list", "object-relative-list": "object-relative-list"}


def _pronoun_passives(text: str, refs: list[RefMention]) -> list[tuple[RefMention, tuple[list[str], str]]]:
    """"... such as Resolution 2730 on the protection of humanitarian personnel. This was tabled by
    Switzerland": a sentence opened by a pronoun (the lexicon's ``sponsor.pronouns``) and the passive of a
    tabling verb, said of the one resolution the sentence before it names by number, where that sentence
    speaks of the resolution itself: not of what is on it or of it ("its third National Action Plan on
    resolution 1325", "the amendment to resolution 2334", "the implementation of resolution 1325"), and not
    where it names two ("resolution 2730, which builds on resolution 2175": which one the pronoun means
    is not told)."""
    pronouns = lexicon.pattern("sponsor", "pronouns")
    if pronouns is None or not refs:
        return []
    pats = patterns(lexicon.current())
    sents = sentences(text)
    starts = [r.start for r in refs]  # (refs come in text order)
    out = []
    for before, sent in zip(sents, sents[1:]):
        opened = PRONOUN_LEAD.match(text, sent.start)
        m = pronouns.match(text, opened.end()) if opened else None  # type: ignore[union-attr]
        if not m:
            continue
        named = [r for r in refs[bisect_left(starts, before.start):bisect_left(starts, before.end)] if r.explicit]
        kw = keyword_start(text, named[0]) if named else 0
        governed = OF_ANOTHER.search(text, max(0, kw - 40), kw) if named else None
        if len({(r.body, r.number) for r in named}) != 1 or governed and not ADOPTION_BEFORE.search(text, max(0, governed.start() - 80),
                                                                                                  governed.start()):
            continue
        after = pats["after"].match(text, m.end(), min(len(text), m.end() + 200))
        agents = agents_at(text, after.end()) if after else []
        if agents:
            out.append((RefMention(m.start(), m.end(), named[0].body, named[0].number, False), (agents, "pronoun-tabled")))
    return out


PRONOUN_LEAD = re.compile(r"\s*")
# a preposition governing the resolution: what is on, to or of it, unless it is its adoption
OF_ANOTHER = re.compile(r"\s+(?:on|of|to|about|for|into|under|sur|de|du|des|à|au|sobre|del|al|para)\s+"
                        r"(?:the\s+|la\s+|le\s+|l['’]|el\s+|its\s+|sa\s+|su\s+)?$", re.I)
ADOPTION_BEFORE = re.compile(r"\b(?:adoption|adopción)\b[^.;:!?]{0,60}$", re.I)  # "the adoption by the Council of"


def find_sponsors(text: str, refs: list[RefMention]) -> list[dict[str, object]]:
    """Who tabled/initiated/sponsored a resolution, where the text says so."""
    refs = sorted(refs + adopted_unnumbered(text, refs), key=lambda r: r.start)
    found = [_sponsors_of(text, r) for r in refs]
    for i in range(len(refs) - 2, -1, -1):  # "resolutions A and B, both tabled by X"
        if not found[i][0] and found[i + 1][0] and found[i + 1][1] in LIST_RULES and coordinated(text, refs[i], refs[i + 1]):
            found[i] = (found[i + 1][0], LIST_RULES[found[i + 1][1]])
    for i in range(1, len(refs)):  # "X tabled resolutions A and B"
        if not found[i][0] and found[i - 1][1] in ACTIVE_RULES and coordinated(text, refs[i - 1], refs[i]) \
                and not OWN_VERB.match(text, refs[i].end):
            found[i] = (found[i - 1][0], "active-tabled-list")
    sents = sentences(text)
    pairs = list(zip(refs, found)) + penholders(text, refs) + owned_drafts(text, refs) + _drafts_adopted_as(text, refs) + \
        _appositives(text, refs) + _initiatives(text, refs) + relative_sponsors(text, refs) + \
        possessed_sponsorships(text, refs) + possessed_initiatives(text, refs) + credited_sponsors(text, refs) + \
        listed_sponsors(text, refs) + deeds_by(text, refs) + fronted_sponsors(text, refs) + _pronoun_passives(text, refs) + \
        symbols_adopted_as(text, refs) + _fronted_gerunds(text, refs)
    return sponsorship_facts(text, pairs, sents)

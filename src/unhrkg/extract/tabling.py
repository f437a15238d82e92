"""The sponsor patterns of a language and the States they name: what the sponsor rules share.

``patterns(lang)`` compiles the lexicon's ``sponsor`` words into the patterns around a resolution
(a passive "tabled by", an active "X tabled", a group "the core group composed of", "on behalf of",
a fronted "Presented by X, ..."); ``agents_at`` reads the States named from a point on ("Argentina
and France", a group's members, the body a State speaks for), ``agents_ending_at`` those named just
before one ("X, Y and Z co-sponsored").
"""
from __future__ import annotations

import re
from functools import cache

from unhrkg.extract import lexicon
from unhrkg.extract.agents import (APPOSED_TEXT, ARTICLES, COUNTED_INCLUDING, LIST_GAP, SERVING_AT_UN, UNKNOWN_AFTER, UNKNOWN_ITEM,
                                   UNKNOWN_MOST, fixed_group_at, fixed_group_ending_at, names, partner_words)
from unhrkg.extract.dates import DATE
from unhrkg.extract.references import find_resolutions
from unhrkg.extract.text import sentence_at, sentences

TITLE_AFTER = (r"(?:\s+(?:on|entitled|concerning|sur|relative|sobre|relativa)\s+[^,.;()\n]{3,100}?(?:\s*\([A-Z]{2,8}\))?(?=,)"  # "on Security Sector Reform (SSR),"
               r"|(?:\s+(?:on|entitled|sur|intitulée|sobre|titulada))?\s*[“\"«][^”\"»\n]{3,150}[”\"»])?")  # ('on "Tolerance and Peace," sponsored by')  # "la resolución 64/292 “Derecho Humano al Agua y Saneamiento” presentada por Bolivia"
# a title running to the sponsor verb ("la résolution 2018 sur la piraterie dans le Golfe de Guinée co-parrainée par"),
# and the adoption told between ("La résolution 2759 (2024) adoptée, présentée par la France")
TITLE_TO_VERB = r"\s+(?:on|sur|sobre|relative\s+(?:à|aux?)|relativa\s+a)\s+[^,.;()\n]{3,100}?"
# "resolution 2270, adopted,", "The resolution now adopted, and which was co-sponsored by", "La resolución ahora adoptada, y
# que ha sido co-patrocinada por": the adoption told before the clause on the sponsors
ADOPTED_THEN = (r"(?:\s+(?:(?:now|today|just|ahora|hoy|aujourd['’]hui)\s+)?(?:adopted|adopt[ée]e?s?|adoptad[oa]s?|aprobad[oa]s?)\s*,"
                r"(?:\s*(?:and|et|y)(?=\s+(?:which|that|qui|que)\b))?)?")
# its adoption told before its sponsors, joined by "and": "adopted on 2 March unanimously and co-sponsored by", "adoptada el
# pasado 2 de marzo por unanimidad y con el copatrocinio de"
ADOPTED_AND = (r"(?:adopted|adopt[ée]e?s?|adoptad[oa]s?|aprobad[oa]s?)(?:\s+(?!(?:and|et|y)\b)[^\s,;.]+){0,8}?\s+(?:and|et|y)"
               # (only the verbs that tell tabling and nothing else: not "adopted twenty years ago and promoted by Spain ever
               # since", "presented by Iran as a victory", "proposed by Canada as a model", "introduced by Kenya into its law")
               r"(?=\s+(?:(?:co-?)?sponsored|cosponsored|tabled|submitted|drafted|led|(?:co-?)?authored|initiated|put\s+forward|"
               r"(?:co-?)?patrocinad[oa]s?|con\s+el\s+co-?patrocinio|(?:co)?parrain[ée]e?s?|soumise?s?|d[ée]pos[ée]e?s?)\b)")
# the date of its adoption between a resolution and the clause on it: "Resolution 34/1 on 23 March 2017, which Ireland co-sponsored"
DATED_GAP = rf"(?:\s+(?:adopted\s+|adoptée?\s+|aprobada\s+)?(?:on|of|du|le|del|el|de)\s+(?:{DATE.pattern}))?"
# between a resolution and its sponsor verb: "which was originally tabled by", "que fue presentada por"
AUXILIARY = (r"(?:as|was|were|is|are|has|have|had|been|being|be|originally|initially|first|also|jointly|both|all|"
             r"a|ont|avait|avaient|été|est|était|sont|fut|initialement|ha|han|había|habían|sido|fue|fueron|es|son|era|"
             r"conjointement|conjuntamente|originalmente)")
# "la Résolution 2337 du Conseil de Sécurité des Nations Unies, sur ...": the body's name after the number
BODY_AFTER = (r"(?:\s+(?:of\s+the|du|de\s+la|del)\s+(?:(?:[A-ZÉ][\w'’-]*|de|des|du|of|the|la|las)\s+){0,6}?[A-ZÉ][\w'’-]*(?=[\s,])"
              r"|\s+(?:de\s+l['’]\s*|du\s+|de\s+la\s+|del\s+)[A-ZÉ][^,;.()]{2,60}?(?=,))?")  # "de l’Assemblée générale de l’ONU,"


@cache
def partners_gap() -> re.Pattern[str]:
    """Between a sponsor and a partner named with it: a list's comma or "and", or the lexicon's
    ``partners`` words ("in cooperation with") or a bare "with" ("Australia, working with Jordan and
    Luxembourg, co-authored ...", "Costa Rica, junto con Eslovenia y Suiza": partners of a sponsor
    are sponsors too)."""
    return re.compile(rf"(?:{LIST_GAP}|\s*,?\s*(?:{partner_words()}|with|avec)\s+{ARTICLES})", re.I)
# the States' organs before their names: "the missions of France and of the Dominican Republic"
ORGANS_OF = re.compile(r"(?:the\s+|les\s+|las\s+|los\s+)?(?:(?:permanent\s+)?missions?|delegations?|governments?|"
                       # "by the (27) member States of the European Union": the organisation, as all its members table together
                       # (not "by 12 member States of the European Union": some of them)
                       r"(?:(?<=the\s)|(?<=les\s)|(?<=las\s)|(?<=los\s))(?:\d{1,3}\s+)?(?:member\s+states|states\s+members|[ée]tats\s+membres|"
                       r"pays\s+membres|estados\s+miembros|pa[íi]ses\s+miembros)|"
                       r"(?:missions?\s+permanentes?|délégations?|gouvernements?)|(?:misi[óo]n(?:es)?\s+permanentes?|"
                       r"delegaci[óo]n(?:es)?|gobiernos?))\s+(?:of|de|du|des|del)\s+(?:the\s+|la\s+|l['’])?", re.I)
# "La France et l'UE avec 63 autres pays ... ont été à l'initiative": others counted between the sponsors and the verb
OTHERS_THEN_VERB = (r"[\s,]*(?:(?:(?:together|along)\s+with|with|avec|con|junto\s+con)\s+(?:\d+\s+(?:others?|autres|otros|otras)|"
                    r"(?:otros|otras)\s+\d+)\b[^,.;]{0,80}?"
                    # "Sweden and three other elected Council members tabled", "la France et deux autres membres"
                    r"|\s+(?:and|et|y)\s+(?:[\w-]+\s+)?(?:other|autres|otros|otras)\b[^,.;]{0,60}?)?[\s,]*")
DEMONSTRATIVES = r"(?:the\s+|this\s+|that\s+|its\s+|la\s+|le\s+|l['’]|cette\s+|ce\s+|el\s+|esta\s+|este\s+|dicha\s+)?"
DESCRIBED = re.compile(r"(?:[\w-]+\s+){1,5}?(?:[–—:]|-\s)\s*")  # "four elected members – A, B and C"


@cache
def patterns(lang: str) -> dict[str, re.Pattern[str]]:
    verbs = lexicon.alternation([str(v) for v in lexicon.lookup("sponsor", "verbs", lang=lang) or ["(?!)"]])
    by = lexicon.alternation([str(v) for v in lexicon.lookup("sponsor", "by", lang=lang) or ["by"]])
    behalf = lexicon.alternation([str(v) for v in lexicon.lookup("sponsor", "on_behalf_of", lang=lang) or ["on behalf of"]])
    group = lexicon.alternation([str(v) for v in lexicon.lookup("sponsor", "group", lang=lang) or ["(?!)"]])
    phrases = lexicon.alternation([str(v) for v in lexicon.lookup("sponsor", "agent_phrases", lang=lang) or ["(?!)"]])
    adverbs = (r"(?:(?<![\w'-])(?:has|had|have|also|jointly|originally|first|successfully|actively|conjointement|conjuntamente|a|ont|avait|avaient|ha|han|"
               r"hab[íi]a|hab[íi]an|également|aussi|activement|también|igualmente|exitosamente|activamente)\s+){0,3}")
    resolved = lexicon.alternation([str(v) for v in lexicon.lookup("sponsor", "resolved_to", lang=lang) or ["(?!)"]])
    gerund = lexicon.alternation([str(v) for v in lexicon.lookup("sponsor", "gerund", lang=lang) or ["(?!)"]])
    fronted = lexicon.alternation([str(v) for v in lexicon.lookup("sponsor", "gerund_fronted", lang=lang) or ["(?!)"]])
    epithets = lexicon.alternation([str(v) for v in lexicon.lookup("sponsor", "epithets", lang=lang) or ["(?!)"]])
    title_verbs = lexicon.alternation([str(v) for v in lexicon.lookup("sponsor", "title_verbs", lang=lang) or ["(?!)"]])
    times = lexicon.alternation([str(v) for v in lexicon.lookup("author", "time_phrases", lang=lang) or ["(?!)"]])
    aside = lexicon.alternation([str(v) for v in lexicon.lookup("sponsor", "among_others", lang=lang) or ["(?!)"]])
    became = lexicon.alternation([str(v) for v in lexicon.lookup("sponsor", "became", lang=lang) or ["(?!)"]])
    return {
        "after": re.compile(rf"{BODY_AFTER}(?:{TITLE_AFTER}|{TITLE_TO_VERB}(?=\s+(?:{title_verbs})\s)){ADOPTED_THEN}(?:\s*,{APPOSED_TEXT}{{3,100}}?,)?[\s,(]*(?:(?:which|that|qui|que)\s+)?(?:{AUXILIARY}\s+){{0,4}}?(?:{ADOPTED_AND}\s+)?{adverbs}(?:(?:{verbs}\s+(?:and|et|y)\s+)?{verbs}(?:\s*,\s*(?:{aside})\s*,)?\s+(?:(?:jointly|together|also|conjointement|aussi|également|conjuntamente|también)\s+)?(?:(?:{times})\s+)?"  # "drafted jointly by",
                            # "put forward on Friday by"
                            rf"(?:(?:in|at|before|en|ante)\s+(?:the\s+|la\s+|el\s+)?[\w\s-]{{3,40}}?\s+)?{by}|{phrases})\s+", re.I),
        "object_relative": re.compile(rf"{BODY_AFTER}{DATED_GAP}[\s,]*(?:which|that|que)\s+", re.I),  # "résolution 836 du Conseil de sécurité que la France avait proposée"
        "verb_after_agent": re.compile(rf"\s+{adverbs}{verbs}", re.I),
        "before": re.compile(rf"(?i:,?\s*(?<![\w-])(?:which|who|that|qui|que)\s+)?(?i:(?:{times})\s+)?(?i:{adverbs})(?i:(?:{resolved})\s*)?{verbs}\s+(?:(?:{times})\s+)?"  # "présenté l'été dernier"
                             rf"(?:(?:{became})\s+)?"  # "México presentó una propuesta que se convirtió en la resolución 2616"
                             r"(?:(?:the\s+)?adoption\s+of\s+|l['’]\s*adoption\s+d[eu]\s+|la\s+adopci[óo]n\s+de(?:l\s+)?\s*)?"  # "promoted the adoption of Resolution 2388"
                             r"(?:(?:to|before)\s+the\s+(?=(?-i:[A-Z])))?"  # "presented to the Security Council resolution 1199"
                             r"(?:(?:in|at|en|ante|au|devant)\s+(?:the\s+|el\s+|la\s+|le\s+|l['’])?(?:(?-i:[A-Z][\w-]*)\s+){1,4}"
                             r"(?=(?:a|an|une?|una)\s))?"  # "promueve en el CSNU una Resolución"
                             r"(?:the\s+|a\s+|an\s+|its\s+|their\s+|this\s+|la\s+|le\s+|el\s+|cette\s+|ce\s+|esta\s+|este\s+|une?\s+|una\s+)?"
                             rf"(?:(?:{epithets})\s+)?"  # "co-authored the initial resolution 2165"
                             r"(?:(?:(?-i:[A-Z][\w-]*)|\((?-i:[A-Z]{2,8})\))(?:\s+(?:on|of|and))?\s+){0,6}$",  # "(UNHRC) resolution"
                             re.I),
        "group": re.compile(rf"{ARTICLES}(?:\w+\s+)?{group}\s+(?:[\w-]+\s+){{0,6}}?(?:{ARTICLES})", re.I),
        "behalf": re.compile(rf"[\s,]*{behalf}\s+{ARTICLES}", re.I),
        "fronted": re.compile(rf"{verbs}\s+(?:[\w-]+\s+)?{by}\s+", re.I),
        "gerund": re.compile(rf",\s*(?:{gerund})\s+{ARTICLES}(?:(?-i:[A-Z][\w-]*)\s+){{0,6}}$", re.I),
        # the same deed fronted, opening its sentence, the agent after the resolution: "By initiating this resolution,
        # Germany put special emphasis on ...", "En présentant la résolution 2085, la France ..."
        "gerund_fronted": re.compile(rf"(?:\A|[.;!?]\s+|\n\s*)(?:{fronted})\s+{DEMONSTRATIVES}(?:(?-i:[A-Z][\w-]*)\s+){{0,6}}$", re.I),
    }


def _names_alone(text: str, start: int, end: int) -> bool:
    """Words before a dash that are names and the words that join them only ("Poland and the UK - "), not a group's
    description that holds a name ("the Sri Lanka Core Group - Canada, ...")."""
    found = names(text, start, end)
    if not found:
        return False
    rest, at = [], start
    for n in found:
        rest.append(text[at:n.start])
        at = n.end
    rest.append(text[at:end])
    return all(re.fullmatch(r"[\s,]*(?:(?:and|et|y|the|la|le|les|el|los|l['’])\s+)*[\s,–—:-]*", part, re.I) for part in rest)


GLOSS = re.compile(r"\s*\((?-i:[A-Z][A-Za-z.]{1,9})\)")  # "(UAE)" after the name it glosses


def agents_at(text: str, pos: int) -> list[str]:
    """The names coordinated from pos on ("the European Union", "Argentina and France"), the
    members of a group ("the core group composed of A, B and C"), or the body spoken for
    ("Poland on behalf of the European Union")."""
    pats = patterns(lexicon.current())
    description = DESCRIBED.match(text, pos)
    if description and _names_alone(text, pos, description.end()):
        description = None  # "Poland and the UK - had 68 cosponsors": the names themselves before a dash, not a description
    group = pats["group"].match(text, pos) or description or COUNTED_INCLUDING.match(text, pos)
    listed = _listed(text, group.end(), pats) if group else []
    return listed or _listed(text, pos, pats)  # (a group told by its size names none: "the African Group, made up of
    # 54 States" is the group's own name)


def _listed(text: str, pos: int, pats: dict[str, re.Pattern[str]]) -> list[str]:
    nouns = lexicon.pattern("sponsor", "nouns")
    described = nouns.match(text, pos) if nouns else None  # "by the co-penholders, the missions of France and of ..."
    if described:
        pos = described.end() + len(re.match(r"[\s,:(]*", text[described.end():]).group(0))
    organs = ORGANS_OF.match(text, pos)
    if organs:
        pos = organs.end()
    fixed = fixed_group_at(text, pos)  # "by the Nordic countries": the group's members
    if fixed:
        return fixed
    agents: list[str] = []
    cursor = pos
    unknown = 0
    for m in names(text, pos, min(len(text), pos + 400)):
        if m.start < cursor:
            continue  # the acronym glossing the name before ("the United Arab Emirates (UAE)")
        gap = text[cursor:m.start]
        if not (re.fullmatch(ARTICLES, gap, re.I) if not agents else partners_gap().fullmatch(gap)):
            # a list of several steps over an item the tables do not know ("la Nouvelle Zealand")
            if len(agents) < UNKNOWN_AFTER or unknown >= UNKNOWN_MOST or not UNKNOWN_ITEM.fullmatch(gap):
                break
            unknown += 1
        agents.append(str(m.value))
        gloss = GLOSS.match(text, m.end)
        cursor = gloss.end() if gloss else m.end
        behalf = pats["behalf"].match(text, cursor)
        if behalf and len(agents) == 1:
            for spoken in names(text, behalf.end(), behalf.end() + 80)[:1]:
                if spoken.start == behalf.end():
                    return [str(spoken.value)]
    return agents


ACCREDITED_TO = re.compile(rf"{SERVING_AT_UN}\s*$", re.I)  # (ending where the names end: "of Malta to the United Nations")


def agents_ending_at(text: str, lo: int, end: int) -> list[str]:
    """The names coordinated just before `end` ("Argentina and France", "X, Y and Z")."""
    gap = re.search(rf"(?:{OTHERS_THEN_VERB})$", text[max(lo, end - 80):end], re.I)
    fixed = fixed_group_ending_at(text, lo, end - len(gap.group(0))) if gap else None
    if fixed:  # "the Nordic countries co-sponsored": the group's members
        return fixed[1]
    agents: list[str] = []
    served = ACCREDITED_TO.search(text, max(lo, end - 80), end)  # "the Permanent Mission of Malta to the United Nations,
    end = served.start() if served else end  # which drafted": where the mission serves, not an agent
    stop = end
    for m in reversed(names(text, lo, end)):
        gap = text[m.end:stop]
        if not (re.fullmatch(OTHERS_THEN_VERB, gap, re.I) if not agents else partners_gap().fullmatch(gap)):
            break
        agents.insert(0, str(m.value))
        stop = m.start
        while stop > lo and re.search(r"(?:the|la|le|el|los)\s$", text[max(lo, stop - 4):stop], re.I):
            stop = text.rfind(" ", lo, stop - 1) + 1
    return agents


def followed_up(text: str, pos: int) -> set[tuple[str, str]]:
    """The earlier resolutions the clause from ``pos`` to its sentence's end says the one tabled follows up (named after
    the lexicon's ``sponsor.follow_up``: "as a follow-up of resolution 76/254")."""
    phrases = lexicon.pattern("sponsor", "follow_up")
    sentence = sentence_at(sentences(text), pos)
    end = sentence.end if sentence else min(len(text), pos + 300)
    found = phrases.search(text, pos, end) if phrases and not phrases.absent(text, pos, end) else None
    return {(r.body, r.number) for r in find_resolutions(text[found.end():end], None)} if found else set()

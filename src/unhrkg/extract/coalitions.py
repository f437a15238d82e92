"""The author of a coalition's declaration: an organisation or group of States that the record's body
codes do not name (coalitions.csv: CELAC, the GCC, CARICOM, ECOWAS, the Pacific Islands Forum, ...).

Such a text speaks for the coalition, not for a State: "The Caribbean Community (CARICOM) welcomes the
adoption of ...", "The Heads of State and Government of Latin America and the Caribbean, gathered on the
occasion of the IV Summit of CELAC: ...", "ECOWAS Statement on Mali", "Declaración de los Estados Miembros
del OPANAL". Three rules, each over the top of the text only:

- ``coalition-title``: a heading line opens with the coalition, an organ or a statement word after it
  ("CARICOM Heads of Government Statement", "ALBA-TCP rechaza ..."), or names it after a statement word
  and "of/by" ("Ministerial Declaration of the Least Developed Countries");
- ``coalition-subject``: the coalition, or an organ of it, is the speaking subject of the opening
  sentence ("The Ministerial Council of the GCC welcomed", "ECOWAS warmly welcomes");
- ``coalition-gathering``: a sentence near the top opens with its collective heads, names the
  coalition and declares ("We, the Ministers of the Member States of the Zone of Peace and Cooperation
  of the South Atlantic, ...;", "Los Jefes de Estado y de Gobierno, reunidos ... con motivo de la VI
  Cumbre de la CELAC, reafirmaron ...");
- ``coalition-opening``: an adopted text opening with the organ alone on its line ("The Executive
  Council:"), under a heading that names the coalition;
- ``coalition-label``: a heading line with the coalition alone (or with an organ: "SADC Summit"), taken
  only where no State was found at all;
- ``coalition-top``: the coalition named first, in the heading or the opening words, likewise only where no
  State was found at all.

A coalition with a code of the schema's bodies (the AU, the Arab League) becomes the record's
author_body, another its author_group. A State speaking for the coalition ("on behalf of", "in its
capacity as Chair of") stays the author.

The phrases (collective heads, a coalition's organs) are the lexicon's ``author.collective_heads`` and
``author.coalition_organs``.
"""
from __future__ import annotations

import re
from functools import cache

from unhrkg.extract import lexicon
from unhrkg.extract.authors import CLAUSE_START
from unhrkg.extract.letterhead import letterhead_end
from unhrkg.extract.speaking_verbs import AUXILIARIES, speaks_after
from unhrkg.extract.gazetteer import COALITION_TOP, Mention, coalitions_in, states_in
from unhrkg.extract.model import Found, Header
from unhrkg.model.reference import load_reference

TITLE_LINES = 4  # the heading lines looked at: the title, a subtitle, a line naming the issuer (not menu lines)
TITLE_REACH = 600
SUBJECT_REACH = 1500  # the opening paragraphs, where a declaration's issuer is its first subject
OPENING_SENTENCE = 600  # the opening sentence of a declaration, its gathering clause included
ARTICLE = r"(?:(?:the|la|le|les|el|los|las|o|a|os|as)\s+|l['’]\s*)?"
WE = re.compile(r"(?:We|Nous|Nosotros|Nosotras|Nós)\s*,\s*", re.I)  # "We, the Ministers ...": the heads in apposition
OF_WORDS = r"of|de|du|des|del|da|do|dos|das|de\s+la|de\s+l['’]"
OF = rf"\s+(?:{OF_WORDS})\s*"
BY = rf"\s+(?:by|par|por|{OF_WORDS})\s*"
ABBREVIATION = re.compile(r"\s*\((?-i:[A-Z][A-Za-z.\- ]{1,12})\)")  # "The Caribbean Community (CARICOM)"
LINE_OPEN = re.compile(rf"[ \t#*•\-–—]*(?:(?:final|joint|special|conjoint|conjunto)\s+)?{ARTICLE}", re.I)
AFTER_TITLE_NAME = re.compile(r"[ \t]*(?:[-–—:|]|\n|$)")  # "ZOPACAS - Declaração de Montevidéu", "ALBA-TCP" alone on its line
# a State delivers the text for the coalition: the State is its author, as the gold has it, named or not
SPOKEN_FOR = re.compile(r"\b(?:on\s+behalf\s+of|au\s+nom\s+d(?:u|e|es|['’])|en\s+nombre\s+d(?:e|el)|em\s+nome\s+d[eoa]s?|in\s+the\s+name\s+of|"
                        r"in\s+(?:its|his|her|their)\s+capacity\s+as|en\s+(?:sa|su)\s+(?:qualit[ée]|calidad)\s+de|"
                        r"as\s+(?:the\s+)?(?:chair|president|coordinator)\s+of)\b[^.;:,\n]{0,60}$", re.I)  # "... of the 15 Member States of the"
SPOKEN_FOR_REACH = 100
BEHALF = re.compile(r"\b(?:behalf|au\s+nom|en\s+nombre|em\s+nome|en\s+representaci[óo]n)\b", re.I)
HEADING_WORDS = (r"\b(?:statement|declaration|communiqu[ée]|press\s+release|d[ée]claration|declaraci[óo]n|declara[çc][ãa]o|"
                 r"comunicado|intervention|intervenci[óo]n)\b")
# "ECOWAS Statement", "ZOPACAS - Declaração", "... Heads of Government Statement": a statement word after the name (or its organ)
HEADING_AFTER = re.compile(rf"[ \t]*(?:[-–—:|][ \t]*)?(?:(?:final|joint|special|ministerial|conjoint|conjunto)\s+)?{HEADING_WORDS}", re.I)
# "Ministerial Declaration of the", "COMMUNIQUE FINAL DE LA 9ème SESSION DE LA CONFERENCE DE l'", "Declaración de los
# Estados Miembros del": a statement word opening the line, then only the issuer's words (no topic: "on the ... of")
HEADING_OPENS = re.compile(rf"[ \t#*•\-–—]*(?:\S+\s+){{0,2}}?{HEADING_WORDS}(?:(?!\b(?:on|about|regarding|concerning|sobre|sur|"
                           rf"relative|relativa|acerca|in|en|to|with)\b)[^\n]){{0,60}}?{BY}{ARTICLE}$", re.I)


# author rules that guess a State from what the text names (the State named most, a dateline's capital,
# an organ of a State named near the top): a coalition the top shows speaking outweighs them. A State
# found speaking ("Argentina reafirma", "the Government of X") gives way only to a title or an opening
# sentence that says the coalition speaks ("ECOWAS Statement on Mali", "Las Jefas y los Jefes de Estado
# ..., reunidos en ocasión de la III Cumbre de la CELAC:"), never to a label ("CELAC Summit") or a
# coalition that is a later clause's subject.
GUESSED = ("most-named", "dateline-capital", "dateline-organ", "dateline-named", "closing-capital", "own-organ", "unnamed-organ", "title-capital")
SPEAKING = ("speaking-subject", "author-phrase")
OUTWEIGHS = {None: ("coalition-title", "coalition-label", "coalition-subject", "coalition-gathering", "coalition-opening",
                    "coalition-top"),
             **{r: ("coalition-title", "coalition-subject", "coalition-gathering", "coalition-opening") for r in GUESSED},
             **{r: ("coalition-title", "coalition-gathering") for r in SPEAKING}}


def settle(text: str, h: Header) -> None:
    """Give a coalition's declaration its author: where no State or body was found, or a State only
    guessed, the coalition its top names."""
    if h.author_body or h.genre in ("adopted text", "report", "draft"):
        return
    rule = h.rules.get("author_states") if h.author_states else None
    if rule not in OUTWEIGHS:
        return
    found = coalition_author(text)
    if found is None or found.rule not in OUTWEIGHS[rule]:
        return
    h.author_states = []
    h.rules.pop("author_states", None)
    # a body of the schema's list (the AU, the Arab League) is the record's author_body; another coalition its author_group
    h.put("author_body" if found.value in load_reference().bodies else "author_group", found.value, found.rule, found.span)


def coalition_author(text: str) -> Found[str] | None:
    """The coalition a text speaks for, with the rule that found it, if its top says so."""
    top = _speaking_top(text, SUBJECT_REACH)
    if not top:
        return None
    title = _title(text, top)
    if title and title.rule == "coalition-title":
        return title
    return _subject(text, top) or _gathering(text, top) or _opening_organ(text, top) or title or _named_top(text, top)


def _spoken_for(text: str, m: Mention) -> bool:
    """A State delivers the coalition's text ("Représentant du Sénégal, au nom du Groupe africain"); not where
    no State is named before the phrase ("in his capacity as Coordinator of the NAM Caucus": the Caucus speaks)."""
    phrase = SPOKEN_FOR.search(text, max(0, m.start - SPOKEN_FOR_REACH), m.start)
    return phrase is not None and bool(states_in(text, max(0, phrase.start() - SPEAKER_REACH), phrase.start()))


SPEAKER_REACH = 200  # the State whose representative speaks for the coalition, named before the phrase


def named_at_top(text: str) -> bool:
    """An organisation the heading or the opening words name as the one speaking (``_named_top``): a text to
    give it rather than the State the text names most ("African Union ... The Assembly,")."""
    top = _speaking_top(text, COALITION_TOP)
    return bool(top) and _named_top(text, top) is not None


def _speaking_top(text: str, reach: int) -> list[Mention]:
    """The coalitions named within ``reach`` of the top, less those a State speaks for ("Représentant du Sénégal, au
    nom du Groupe africain": Senegal's), every mention of them."""
    top = coalitions_in(text, 0, min(len(text), reach))
    spoken_for = {m.value for m in top if _spoken_for(text, m)}
    return [m for m in top if m.value not in spoken_for]


def _heading_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the first few non-empty lines, while they are short (a title, not prose)."""
    lines = []
    for m in re.finditer(r"[^\n]+", text[:TITLE_REACH]):
        if len(m.group(0).split()) <= 2 and not coalitions_in(text, *m.span()):
            continue  # a site's menu item or a date ("• Español", "24/09/2014")
        if len(m.group(0)) > 200:
            break
        lines.append(m.span())
        if len(lines) == TITLE_LINES:
            break
    return lines


def _organs() -> re.Pattern[str] | None:
    return lexicon.pattern("author", "coalition_organs")


@cache
def _organ_patterns(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The organ and "of" ending a lead ("The Peace and Security Council (PSC/Council) of the"), and a line with the
    organ alone opening an adopted text ("The Assembly,"), in the language being read."""
    organs = lexicon.pattern("author", "coalition_organs", lang=lang)
    if organs is None:
        return None, None
    return (re.compile(rf"(?:{organs.pattern})(?:\s*\([^()\n]{{1,24}}\))?{OF}{ARTICLE}$", re.I),
            re.compile(rf"^[ \t]*{ARTICLE}(?:{organs.pattern})[ \t]*[,:][ \t]*$", re.I | re.M))


def _title(text: str, top: list[Mention]) -> Found[str] | None:
    """The coalition a heading line gives the text to: opening the line and speaking or naming the
    statement ("ECOWAS Statement on Mali", "ALBA-TCP rechaza", "CARICOM Heads of Government Statement",
    "ZOPACAS - Declaração de Montevidéu"), or after a statement word opening the line ("Ministerial
    Declaration of the Least Developed Countries"): rule coalition-title; opening a line with nothing but
    an organ after it ("CARICOM", "SADC Summit: The Key Outcomes"), a label: rule coalition-label."""
    label = None
    for start, end in _heading_lines(text):
        for m in (c for c in top if start <= c.start < end):
            lead, after = text[start:m.start], _after_name(text, m.end)
            organ = _organ_after(text, after)
            rest = organ.end() if organ else after
            if _line_opens(lead, text[start:end]) and (speaks_after(text, rest) or HEADING_AFTER.match(text, rest)) or \
                    HEADING_OPENS.match(lead) and not BEHALF.search(lead):
                if not _others(text, start, rest, m):
                    return Found(str(m.value), "coalition-title", (m.start, m.end))
            elif LINE_OPEN.fullmatch(lead) and AFTER_TITLE_NAME.match(text, rest) and label is None and not _others(text, start, rest, m):
                label = Found(str(m.value), "coalition-label", (m.start, m.end))
    return label


def _line_opens(lead: str, line: str) -> bool:
    """Nothing before the coalition on its heading line but an article, or, on a line that is no sentence (no
    stop at its end), an organ of it and "of" ("Le Conseil des ministres des Affaires étrangères de
    l'Organisation de la Coopération Islamique adopte la force conjointe")."""
    if LINE_OPEN.fullmatch(lead):
        return True
    if re.search(r"[.!?]\s*$", line):
        return False
    organ = _organ_before(lead)
    return bool(organ) and LINE_OPEN.fullmatch(lead[:organ.start()]) is not None


def _organ_before(lead: str) -> re.Match[str] | None:
    """An organ of the coalition and "of" ending the lead: "The Ministerial Council of the" (Gulf ...), "The Peace
    and Security Council (PSC/Council) of the" (African Union)."""
    before = _organ_patterns(lexicon.current())[0]
    return before.search(lead) if before else None


def _after_name(text: str, end: int) -> int:
    """Past the coalition's abbreviation in brackets ("The Caribbean Community (CARICOM)")."""
    bracket = ABBREVIATION.match(text, end)
    return bracket.end() if bracket else end


def _organ_after(text: str, pos: int) -> re.Match[str] | None:
    """An organ of the coalition right after its name ("the ECOWAS Commission", "CARICOM Heads of Government")."""
    organs = _organs()
    return organs.match(text, pos + len(re.match(r"[ \t]*", text[pos:]).group(0))) if organs else None


def _others(text: str, start: int, rest: int, m: Mention) -> bool:
    """Another party named with the coalition before what the heading says ("CELAC-EU Summit Declaration",
    "Joint statement of Mexico and CARICOM"): not the coalition's own text. What comes after its organ
    or its verb is the heading's topic ("... rejects US' recognition of Israel's control over Golan")."""
    line_end = text.find("\n", rest)
    parties = [c for c in coalitions_in(text, start, min(rest + PARTNER_REACH, len(text) if line_end < 0 else line_end))
               if c.value != m.value]
    parties += [s for s in states_in(text, start, rest) if s.kind == "name" and not m.start <= s.start < m.end]
    return bool(parties)


PARTNER_REACH = 25  # "CELAC-EU", "CARICOM and the EU": a partner named right after the coalition


def _subject(text: str, top: list[Mention]) -> Found[str] | None:
    """The coalition, or an organ of it, as the speaking subject of the text's opening sentence ("The
    Caribbean Community (CARICOM) welcomes", "The Ministerial Council of the GCC welcomed"); not in a
    "that" clause ("Jamaica recalls that CARICOM has supported"), nor after the opening sentence, where
    the text may be another's speaking of it."""
    opening = _opening_end(text)
    for m in (c for c in top if c.start < opening):
        lead = text[max(0, m.start - 80):m.start]
        organ_before = _organ_before(lead)
        clause_lead = lead[:organ_before.start()] if organ_before else lead
        clause_lead = clause_lead[:len(clause_lead) - len(ORDINAL_BEFORE.search(clause_lead).group(0))]  # "The 11th SAARC summit"
        if not CLAUSE_START.search(clause_lead) and not HEADING_WORD_BEFORE.search(clause_lead) and not _opens_text(text, m.start - len(lead) + len(clause_lead)) \
                or THAT_BEFORE.search(clause_lead):
            continue  # (the clause opens before the organ, if one stands first: "The Ministerial Council of the GCC welcomed")
        after = _after_name(text, m.end)
        organ = _organ_after(text, after)
        seat = SEATED_IN.match(text, organ.end()) if organ else None  # "The NAM Caucus in the Security Council expresses"
        if speaks_after(text, seat.end() if seat else organ.end() if organ else after):
            return Found(str(m.value), "coalition-subject", (m.start, m.end))
    return None


# a heading in capitals run into the prose ("2 COMMUNIQUÉ The Peace and Security Council of the ..."): the clause opens after it
HEADING_WORD_BEFORE = re.compile(r"(?-i:\b[A-ZÉÈ]{4,})\s+(?-i:The|Le|La|Les|El|Los|Las)\s+$")
SEATED_IN = re.compile(r"\s+(?:in|at|within|en|au|dans|ante)\s+(?:the\s+|le\s+|la\s+|l['’]|el\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,3}")
ORDINAL_BEFORE = re.compile(r"(?:\b(?:\d{1,3}(?:st|nd|rd|th|e|er|ème|ª|º|a|o)?|[IVXLC]{1,6})\s+)?$")  # a summit's or a session's number
THAT_BEFORE = re.compile(r"\b(?:that|que)\s+(?:the\s+|l[ae]s?\s+|l['’]|el\s+|los\s+)?$", re.I)
OPENING_WORDS = 6  # the opening sentence: the first of the prose with this many words ("TIANJIN (Realist English)." is a dateline)


def _opening_end(text: str) -> int:
    """Where the text's opening sentence ends: the first sentence of its prose with a few words."""
    pos = letterhead_end(text)
    for end in SENTENCE_STOP.finditer(text, pos):
        words = text[pos:end.start()].split()
        if len(words) >= OPENING_WORDS and not _in_capitals(words):
            return end.end()
        pos = end.end()
    return len(text)


SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)")


def _in_capitals(words: list[str]) -> bool:
    """A letterhead run into one line ("AFRICAN UNION ... PEACE AND SECURITY COUNCIL 689 TH MEETING"): most of
    its words in capitals, a heading and not the opening sentence."""
    lettered = [w for w in words if any(c.isalpha() for c in w)]
    return sum(w.isupper() for w in lettered) * 3 >= len(lettered) * 2


def _opens_text(text: str, pos: int) -> bool:
    return not text[:pos].strip() or re.fullmatch(rf"\s*{ARTICLE}", text[:pos], re.I) is not None


def _gathering(text: str, top: list[Mention]) -> Found[str] | None:
    heads = lexicon.pattern("author", "collective_heads")
    if heads is None:
        return None
    reach = min(len(text), OPENING_SENTENCE)
    starts = [m.end() for m in re.finditer(r"(?:^|\n)[ \t]*", text[:reach])] + [m.start() for m in WE_APPOSED.finditer(text, 0, reach)]
    for at in sorted(set(starts)):
        we = WE.match(text, at)
        head = _heads_at(text, at, heads)
        if head is None:
            continue
        stop = min(len(text), at + OPENING_SENTENCE)
        end = SENTENCE_END.search(text, head, stop)
        close = end.start() if end else stop
        own = OWN_PHRASE.match(text, head)  # "Los Jefes de Estado de A y B, reunidos": States of theirs
        named = [c for c in top if head <= c.start < (own.end() if own else head)]
        if own and any(st.kind == "name" and not any(c.start <= st.start < c.end for c in named)
                       for st in states_in(text, head, own.end())):
            continue  # (not a demonym: "The member countries of the Bolivian Alliance ... (ALBA-TCP)")
        declared = we is not None or text[close:close + 1] in (":", ";") or _speaking_verb(text, head, close)
        for m in top:
            if head <= m.start < close and declared:
                return Found(str(m.value), "coalition-gathering", (m.start, m.end))
    return None


OPENING_REACH = 1000  # an adopted text's opening line stands under its heading


def _opening_organ(text: str, top: list[Mention]) -> Found[str] | None:
    """An organisation's adopted text opening with its organ alone on a line ("The Executive Council:", "The
    Assembly,"), under a heading that names the organisation ("African Union / Third Ordinary Session"):
    rule coalition-opening."""
    line = _organ_patterns(lexicon.current())[1]
    opening = line.search(text, 0, min(len(text), OPENING_REACH)) if line else None
    above = [m for m in top if opening and m.end <= opening.start()]
    return Found(str(above[-1].value), "coalition-opening", (above[-1].start, above[-1].end)) if above else None


def _named_top(text: str, top: list[Mention]) -> Found[str] | None:
    """The coalition the heading or the opening words name, where nothing else says who speaks ("Arab League (AL)
    Secretary General Nabil el Araby on Sunday conveyed ..."), not as the object of a preposition ("Leaders of the
    G20 met", "on the Declaration of the Lima Group": a topic): rule coalition-top, the weakest, taken only where no
    State was found at all (as ``most_named_state`` does not guess one over it)."""
    for m in (c for c in top if c.start < COALITION_TOP):
        if MET_AFTER.match(text, m.end):
            continue  # "Leaders of the G20 met in Rio": a meeting told of
        lead = text[text.rfind("\n", 0, m.start) + 1:m.start]
        if not PREPOSITION_BEFORE.search(lead) or _organ_before(lead) or SPOKEN_FOR.search(lead):
            return Found(str(m.value), "coalition-top", (m.start, m.end))  # ("the Council of the League", "On behalf of the")
    return None


MET_AFTER = re.compile(r"[^.;\n]{0,40}?\b(?:met|meet|meets|will\s+meet|gathered|se\s+(?:sont\s+)?réuni\w*|se\s+reun\w*)\b", re.I)


PREPOSITION_BEFORE = re.compile(r"\b(?:of|on|about|with|against|to|from|by|for|at|in|de|du|des|del|sur|sobre|con|contre|contra|à|au|aux|"
                                rf"al|por|par|pour|para|en|dans)\s+{ARTICLE}$", re.I)


def _speaking_verb(text: str, start: int, end: int) -> bool:
    """A speaking verb (not a bare auxiliary) between start and end: the heads declare something ("...,
    reafirmaron su rechazo"), they are not told of ("Leaders of the G20 met in Rio.")."""
    verbs = lexicon.pattern("author", "speaking_verbs")
    return bool(verbs) and any(v.group(0).lower() not in AUXILIARIES for v in verbs.finditer(text, start, end))


WE_APPOSED = re.compile(r"\b(?-i:We|Nous|Nosotros|Nosotras|Nós)\s*,\s*")
SENTENCE_END = re.compile(r"[.;:](?:\s|$)")
# the heads' own phrase, up to a comma or the participle that says where they met
OWN_PHRASE = re.compile(r"[^,;:\n]*?(?=\s*[,;:\n]|\s+(?:gathered|meeting|met|assembled|having|reunid[oa]s|réuni(?:e|s|es)?|"
                        r"congregad[oa]s|en\s+ocasi[óo]n|on\s+the\s+occasion|à\s+l['’]occasion)\b)", re.I)


def _heads_at(text: str, at: int, heads: re.Pattern[str]) -> int | None:
    """Where the collective heads opening a sentence at ``at`` end ("We, the Ministers", "Las Jefas y los
    Jefes de Estado", "Los Estados Miembros"), if they open it."""
    we = WE.match(text, at)
    pos = we.end() if we else at
    head = heads.match(text, pos)
    if head is None:
        article = re.match(ARTICLE, text[pos:pos + 8], re.I)
        head = heads.match(text, pos + article.end()) if article and article.end() else None
    return head.end() if head else None

"""Where a speech is delivered: the forum of a statement read out in a meeting.

A statement opening with a word to the presiding officer ("Mr. President,", "Monsieur le
Président,", "Señor Presidente:") was delivered in a meeting, and its addressee is the body
meeting: named in the heading above that word ("Human Rights Council – 56th session",
"following the UN Security Council vote", "At the 68th General Assembly"), or, failing that,
spoken to in the text ("in this Council", "cette Assemblée") or named as where the words are
said ("place on the record of the General Assembly", "ante la Asamblea General"). A body
named as the topic ("the report of the Human Rights Council") or in a post ("Representative
to the Economic and Social Council") is not the forum. The words are the lexicon's (``speech``).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import cache

from unhrkg.extract import lexicon
from unhrkg.extract.addressed import written_to
from unhrkg.extract.chair import SALUTATION_REACH, in_parliament, to_the_chair
from unhrkg.extract.labels import label_forum
from unhrkg.extract.greeted import FORUMS, MEETING_AFTER, TOPIC_AFTER, banner, greeted_under, meeting_of
from unhrkg.extract.gazetteer import Mention, bodies_in, organs_line, states_in
from unhrkg.extract.model import Header
from unhrkg.extract.phrases import Phrases
from unhrkg.extract.places import dateline_state
from unhrkg.extract.plenary import plenary_forum
from unhrkg.extract.procedure import presiding_election
from unhrkg.extract.references import find_resolutions
from unhrkg.extract.speakers import FIRST_PERSON_WORDS
from unhrkg.extract.symbols import find_symbols, series_body
from unhrkg.extract.text import heading_line, line_bounds, quoted_at, sentence_at, sentences
from unhrkg.extract.vote_title import SPEECH_REACH, titled_vote_forum
from unhrkg.model.reference import load_reference

PRESIDED = ("HRC", "GA", "SC")  # bodies whose meetings a President chairs (the Assembly's committees have a Chair)
# a main committee of the Assembly named as the Assembly ("the First Committee", "la Cuarta Comisión": bodies.csv)
MAIN_COMMITTEE = re.compile(r"\b(?:Committee|Commission|Comisi[óo]n)\b", re.I)
CHAIR_WORD = re.compile(r"\bchair|\bco-chairs\b", re.I)
COMMITTEE_REACH = 120  # an Assembly's committee is named with it, on its line
BODY_REACH = 4000  # "this Council" is looked for this far
NOT_FORUM_BEFORE = re.compile(r"(?:(?<!session\s)(?<!sesión\s)(?<!sesiones\s)(?<!sessions\s)\b(?:of|de|du|des|del)\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+)?(?:UN\s+|ONU\s+)?"
                              r"|(?:Representative|Ambassador|Mission|Observer|Delegate|Représentant|Representante)\w*\s+"
                              r"(?:\w+\s+){0,2}(?:to|auprès\s+d[eu]s?|ante)\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+)?(?:UN\s+)?)$", re.I)



def speech_forum(text: str, h: Header) -> None:
    """Set the addressee of a statement delivered in a meeting to the body meeting."""
    if h.addressee or h.author_body in FORUMS and h.rules.get("author_body") != "statement-by-president":
        return  # (a body's own text is addressed to no meeting; its president speaks to another body's)
    chair = lexicon.pattern("speech", "chair")
    sals = list(chair.finditer(text, 0, min(len(text), SALUTATION_REACH))) if chair else []
    sal = next((s for s in sals if to_the_chair(text, s)), sals[0] if sals else None)
    if in_parliament(text) and not (sal and any(b.value in FORUMS for b in bodies_in(text, 0, line_bounds(text, sal.start())[1]))):
        return  # "Monsieur le Président, / Mesdames et Messieurs les Députés,": a minister answering his parliament (not
        # "Señor Presidente del Consejo de Derechos Humanos, / Honorables diputados presentes en la tribuna", nor under a
        # heading naming the General Assembly's debate)
    if not sal or not to_the_chair(text, sal):  # (a news item telling where a speech was made is not the speech)
        # "this Assembly", "ce Conseil" outside quotation: a speech whose word to the chair is not in the text; one
        # that greets the chair elected ("... Mr. President, allow me to congratulate you on your election as
        # President of the GA", run in), unless the greeting is quoted ("the letter to Mr. President")
        spoken = None if dateline_state(text) else _spoken_to(text, deictic=True)  # ("Tokyo, 22 December 2023": a
        spoken = spoken or addressing(text) \
            or (None if sal and quoted_at(text, sal.start()) else _chair_elected(text))  # ministry's release at home)
        spoken = spoken or _vote_heading_forum(text) or greeted_under(text) \
            or (None if dateline_state(text) else label_forum(text, spoken=any(
                not text[text.rfind("\n", 0, v.start()) + 1:v.start()].strip() for v in
                vote_heading().finditer(text, 0, min(len(text), VOTE_HEADING_REACH)))))
        # (no word to the chair: an explanation of vote under its label, "SC: Ukraine / Explanation of vote by ...")
        if spoken:
            h.put("addressee", str(spoken.value), "speech-forum", (spoken.start, spoken.end))
        return
    forum = label_forum(text) or _named_above(text, sal.end())
    if forum:  # "UN General Assembly, Third Committee": the committee of the Assembly named with it
        line_end = text.find("\n", forum.end) % (len(text) + 1)  # "71 AGNU: Intervención ... ante la Tercera Comisión"
        forum = next((b for b in bodies_in(text, forum.end, min(line_end, forum.end + COMMITTEE_REACH))
                      if load_reference().bodies[str(b.value)].parent == forum.value and b.value in FORUMS
                      and not REPORT_OF.search(text, max(0, b.start - 40), b.start)), forum)  # (not "72 AGNU: ... Tema
        # 67: Informe del Consejo de Derechos Humanos", the Assembly's subsidiary whose report is debated)
    forum = forum or _in_salutation(text, sal) or draft_above(text, sal.end()) or plenary_forum(text) or _voted_on(text, sal.end()) \
        or _spoken_to(text, deictic=True) or _said_at(text) or _chair_elected(text) or _spoken_to(text) or addressing(text) \
        or _draft_below(text, sal.end()) or _vote_heading_forum(text) \
        or (None if written_to(text, h.author_states) else _most_named(text))
    if forum and forum.value in PRESIDED and CHAIR_WORD.search(sal.group(0)) and not MAIN_COMMITTEE.search(forum.text):
        # "72nd Session of the General Assembly / Third Committee, Item 72": a committee in the heading
        forum = next((b for b in bodies_in(text, 0, sal.start()) if b.value in FORUMS
                      and load_reference().bodies[str(b.value)].parent == forum.value), None)
    if forum and forum.value in PRESIDED and CHAIR_WORD.search(sal.group(0)) and not MAIN_COMMITTEE.search(forum.text):
        return  # "Mr Chairperson": a committee or the Commission, not the Council or the Assembly a President chairs
    if forum:
        h.put("addressee", str(forum.value), "speech-forum", (forum.start, forum.end))


def _vote_heading_forum(text: str) -> Mention | None:
    """An explanation of vote printed without its word to the chair ("Explanation of Vote Against /
    Human Rights Council 30 – Geneva"): the forum its heading names, else the body of the draft or
    resolution its opening names."""
    heading = vote_heading().search(text, 0, min(len(text), VOTE_HEADING_REACH))
    line_start = text.rfind("\n", 0, heading.start()) + 1 if heading else 0
    before = text[line_start:heading.start()] if heading else ""
    if heading and before.strip() and not dateline_state(text):  # "... / Adoption de la résolution 2127 – Explication de vote"
        return titled_vote_forum(text, line_start, heading.start(), heading.end())
    if heading is None or before.strip() or not heading_line(text, heading.start()) or dateline_state(text):
        return None  # ("After the vote, the representative of China said ...", "BRASILIA, 3 March 2022 (Agência Brasil)")
    end = heading.end()
    for _ in range(HEADING_LINES):
        line = LINE_AFTER.match(text, end)
        if line is None or len(line.group(0).strip()) > HEADING_LINE:
            break
        end = line.end()
    opening = re.match(r"\s*(?:The\s+|La\s+|Le\s+|L['’]|El\s+)?", text[end:end + 40]).end() + end
    if not FIRST_PERSON_WORDS.search(text, end, end + SPEECH_REACH) and not any(s.start == opening for s in states_in(text, opening, opening + 60)):
        return None  # a speech says "we" or opens on its State ("The United Kingdom voted in favour"); "Several delegations
        # took the floor" is a report of the meeting
    voted = _voted_on(text, end)
    if voted and RECALLED_BEFORE.search(text, max(0, voted.start - RECALLED_REACH), voted.start):
        voted = None  # "we recall Security Council resolution 2254 (2015)": a resolution the vote is not on
    return _named_above(text, end) or draft_above(text, end) or _draft_below(text, end) or voted


RECALLED_REACH = 80
RECALLED_BEFORE = re.compile(r"\b(?:recall\w*|rappel\w*|record\w*|follow\w*\s+up|implement\w*|mettre\s+en\s+œuvre|aplicar|pursuant\s+to|"
                             r"under|en\s+virtud|conform\w*)\b[^.;]*$", re.I)


VOTE_HEADING_REACH = 400
HEADING_LINES = 4
HEADING_LINE = 80
LINE_AFTER = re.compile(r"[^\n]*\n?[ \t]*[^\n]+")


def committee_before(text: str, start: int, forum: Mention) -> Mention:
    """A committee of the forum named right before it, from ``start`` on, or right after it ("UNGA Third Committee"), is
    where a statement is made ("before the Third Committee of the 67th Session of the General Assembly"); else the forum."""
    committee = next((b for b in reversed(bodies_in(text, start, forum.start)) if b.value in FORUMS
                      and load_reference().bodies[str(b.value)].parent == forum.value), None)
    if committee and REPORT_OF.search(text, max(0, committee.start - 30), committee.start):
        return forum  # "on the report of the Third Committee, 78th session of the General Assembly": the plenary takes it up
    if committee and COMMITTEE_OF.fullmatch(text, committee.end, forum.start):
        return committee
    after = next(iter(bodies_in(text, forum.end, min(len(text), forum.end + 40))), None)  # "UNGA Third Committee",
    return after if after and after.value in FORUMS and load_reference().bodies[str(after.value)].parent == forum.value \
        and COMMITTEE_AFTER.fullmatch(text, forum.end, after.start) else forum  # "the General Assembly, Third Committee"


COMMITTEE_AFTER = re.compile(r"\s*(?:['’]s\s*|,\s*|[–—-]\s*)?(?:the\s+|la\s+|el\s+)?")
REPORT_OF = re.compile(r"\b(?:reports?|rapports?|informes?)\s+(?:of|de|du|del)\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+)?$", re.I)


# between a committee and the body it is of: "Third Committee of the 67th Session of the", "Tercera Comisión del",
# "Third Committee, 70th Session of the UN" (the session set off by a comma or a dash, or a numbered session with
# nothing between: "Third Committee 66th Session of the UN General Assembly"; not "Third Committee at this session of the")
_SESSION_OF = r"(?:[\w-]+\s+){0,2}(?:session|sesi[óo]n|per[íi]odo\s+de\s+sesiones)\s+(?:of|de|du|del)\s+(?:the\s+|la\s+|l['’]|el\s+)?"
_NUMBERED_SESSION_OF = r"\d{1,3}(?:st|nd|rd|th|e|ª|º|o)?\s+(?:session|sesi[óo]n|per[íi]odo\s+de\s+sesiones)\s+(?:of|de|du|del)\s+(?:the\s+|la\s+|l['’]|el\s+)?"
COMMITTEE_OF = re.compile(rf"(?:\s+(?:of|de|du|del)\s+(?:the\s+|la\s+|l['’]|el\s+)?(?:{_SESSION_OF})?|\s*[,–—-]\s+(?:the\s+|la\s+|el\s+)?{_SESSION_OF}"
                          rf"|\s+{_NUMBERED_SESSION_OF})"
                          r"(?:UN\s+|ONU\s+)?", re.I)


RESOLUTION_ACRONYM = re.compile(r"UNSCRs?$")  # "UNSCR 1325": a resolution of the Council named, not the Council as a venue


def _most_named(text: str) -> Mention | None:
    """The forum the speech names most (twice or more, more than any other) where the resolutions it
    names are that forum's too: where it is spoken, when nothing else says (asked last, and not where
    the text tells of a letter written to someone). A body the speech only speaks of ("le Conseil de
    sécurité a un rôle à jouer", then "la résolution 71/130 du Conseil des droits de l'homme") is not."""
    named = [b for b in bodies_in(text) if b.value in FORUMS and not RESOLUTION_ACRONYM.match(b.text)]
    counts = Counter(str(b.value) for b in named).most_common(2)
    if not counts or counts[0][1] < 2 or len(counts) > 1 and counts[1][1] == counts[0][1]:
        return None
    of_resolutions = Counter(r.body for r in find_resolutions(text, None)).most_common(1)
    if of_resolutions and of_resolutions[0][0] not in (counts[0][0], load_reference().bodies[counts[0][0]].parent):
        return None  # (a committee of the Assembly hears the Assembly's resolutions)
    return next(b for b in named if b.value == counts[0][0])


ADDRESSED_GAP = re.compile(r"\s*(?:(?:the|this|la|le|l['’]|el|esta|este|cette|ce)\s*)?(?:(?:UN|U\.N\.|ONU)\s+)?", re.I)


def addressing(text: str, key: str = "addressing") -> Mention | None:
    """The forum the opening says it addresses in the first person (the lexicon's ``speech.addressing``:
    "I am pleased to address the General Assembly", "dirigirme a la Asamblea General"; not a news item's
    "Addressing the General Assembly, the Secretary-General said"), or, with ``key="in_capacity"``, the
    body whose presiding officer a letter is written to ("en su calidad de Presidente del Consejo de
    Seguridad"); the body right after the phrase, not as a topic ("to address the Council's concerns")."""
    phrases = lexicon.pattern("speech", key)
    for m in phrases.finditer(text, 0, min(len(text), SALUTATION_REACH)) if phrases else ():
        gap = ADDRESSED_GAP.match(text, m.end())
        b = next(iter(bodies_in(text, gap.end(), min(len(text), gap.end() + 60))), None)
        if b and b.start == gap.end() and b.value in FORUMS and not TOPIC_AFTER.match(text, b.end):
            return b
    return None


def _chair_elected(text: str) -> Mention | None:
    """The forum whose chair the speech congratulates on an election ("on your election as President of the
    General Assembly"; ``procedure.presiding_election``)."""
    found = presiding_election(text)
    if found is None or found[0] not in FORUMS:
        return None
    body, start, end, _ = found
    return Mention(start, end, text[start:end], body, "name")


def _named_above(text: str, end: int) -> Mention | None:
    """The forum the heading names with its meeting ("60th GENERAL ASSEMBLY – 72nd Plenary Meeting"), else
    the first forum named in the heading and salutation lines, not as a topic or a post."""
    named = bodies_in(text, 0, end)
    meeting = next((b for b in named if b.value in FORUMS and MEETING_AFTER.match(text, b.end) and not banner(text, b)), None)
    if meeting:  # (above: "Adoption of the Resolution creating the Human Rights Council", the topic)
        return meeting
    for b in named:
        if banner(text, b):
            continue  # "General Assembly Security Council": a site's banner of organs, not the meeting
        lead = text[max(0, b.start - 60):b.start]
        if b.value in FORUMS and (not NOT_FORUM_BEFORE.search(lead) or meeting_of(lead)) \
                and not TOPIC_AFTER.match(text, b.end):
            return b
    return None


def _in_salutation(text: str, sal: re.Match[str]) -> Mention | None:
    """"Members of the Security Council,": the body spoken to in the word to the chair itself."""
    return next((b for b in bodies_in(text, sal.start(), sal.end()) if b.value in FORUMS), None)


def draft_above(text: str, end: int, start: int = 0) -> Mention | None:
    """A draft named in the heading, between start and end ("Explanation of Vote A/65/L.78", "Explanation of
    Vote on A/C.3/72/L.62"): the body its symbol's series belongs to is the one voting on it."""
    for s in find_symbols(text[:end]):
        body = series_body(s.symbol) if "/L." in s.symbol and s.start >= start else None
        if body in FORUMS:
            return Mention(s.start, s.end, s.symbol, body, "name")
    return None


DRAFT_REACH = 1500  # the draft a speech is about is named in its opening paragraphs
NOT_VOTED_HERE = re.compile(r"\b(?:veto\w*|vetó|rejected|rejet\w*|rechaz\w*|failed|fracas\w*|last|dernier|pasado)\b", re.I)


@cache
def _draft_before() -> re.Pattern[str]:  # "the draft resolution contained in document" (the lexicon's ``draft_words``)
    return re.compile(rf"(?:{lexicon.all_languages_pattern('draft_words').pattern})[^.;\n]{{0,80}}$", re.I)


def _draft_below(text: str, start: int) -> Mention | None:
    """The draft the speech is about, named in its opening ("the draft resolution contained in document
    S/2022/62", "draft resolution A/HRC/49/L.21"): the body its symbol's series belongs to votes on it;
    not a draft vetoed, rejected or voted on before ("Last Friday, ... vetoed the draft resolution ...")."""
    sents = sentences(text)
    for s in find_symbols(text[start:start + DRAFT_REACH]):
        body = series_body(s.symbol)
        at = start + s.start
        if body not in FORUMS or not ("/L." in s.symbol or _draft_before().search(text, max(0, at - 80), at)):
            continue
        sent = sentence_at(sents, at)
        if sent and NOT_VOTED_HERE.search(sent.text):
            continue
        return Mention(at, start + s.end, s.symbol, body, "name")
    return None


def vote_heading() -> Phrases:
    """What a heading calls an explanation of vote, in every language (the lexicon's ``speech.vote_heading``):
    "Explanation of Vote", "Statement after the vote", "Explication de vote", "Explicación de voto"."""
    return lexicon.all_languages_pattern("speech", "vote_heading")

VOTED_REACH = 600  # the resolution voted on is named in the speech's first sentences


def _voted_on(text: str, end: int) -> Mention | None:
    """An explanation of vote with no body named above its word to the chair: the body of the first
    resolution it names ("Mr President, The United Kingdom welcomes the adoption of resolution 2334")
    is the one that voted."""
    heading = vote_heading().search(text, 0, end)
    if not heading:
        return None
    refs = find_resolutions(text[:end + VOTED_REACH], None)
    line_end = text.find("\n", heading.end()) % (len(text) + 1)  # ("Explanation of Vote at the Adoption of UN Security
    first = next((r for r in refs if heading.end() <= r.start < line_end), None) \
        or next((r for r in refs if r.start >= end), None)  # Council Resolution 2249": the one its heading names)
    return Mention(first.start, first.end, first.number, first.body, "name") if first and first.body in FORUMS else None


NAMED_ON = re.compile(r"\s+(?:of|de|des|du|del|d['’]|économique|economique|económico|economico|europ\w*|national\w*|nacional\w*)\b", re.I)
# a body's noun in a name that is not a UN forum's: "the National Assembly", "the African Commission", "the Commission on
# the Status of Women", "le Conseil de paix et de sécurité"
OTHER_NAME_BEFORE = re.compile(r"(?-i:[A-Z])[\w'’-]+\s+$")
OTHER_NAME_AFTER = re.compile(r"\s+(?:of|on|for|de|du|des|del|d['’]|national\w*|nacional\w*)\b", re.I)
NOT_A_NAME_WORD = {"the", "this", "that", "le", "la", "l", "ce", "cette", "el", "este", "esta", "members", "membres", "miembros"}


def _spoken_to(text: str, deictic: bool = False) -> Mention | None:
    """'this Council', 'this Assembly' in the text: the Assembly is the GA; a Council is the one of
    the two the text names more (the Security Council or the Human Rights Council). ``deictic``:
    only "this ..." (the lexicon's ``speech.this_words``) with the body's noun capitalised, outside quotation."""
    this = lexicon.lookup("speech", "this_forum") or {}
    pattern = lexicon.pattern("speech", "this_forum_words")
    found = pattern.finditer(text, 0, min(len(text), BODY_REACH)) if pattern else iter(())
    if deictic:
        words = lexicon.words("speech", "this_words")
        found = (m for m in found if m.group(0).split()[0].lower() in words and m.group(0).split()[-1][0].isupper()
                 and not quoted_at(text, m.start()))  # ("cette commission", "este consejo": a body spoken of)
    m = next((m for m in found if not NAMED_ON.match(text, m.end())), None)  # not "le Conseil de sécurité"
    if not m or deictic and _other_body_before(text, m):
        return None
    kind = this.get(m.group(0).split()[-1].lower())
    if kind == "CHR" and _inquiry_before(text, m.start()):
        return None  # "cette Commission": the commission of inquiry the text speaks of, not the Commission on Human Rights
    if kind in FORUMS:
        return Mention(m.start(), m.end(), m.group(0), kind, "name")
    if kind == "council":
        named = [b.value for b in bodies_in(text) if b.value in ("SC", "HRC")]
        if not named:  # "Resolution 2175, which the Council adopted": the Council whose resolutions it cites
            named = [r.body for r in find_resolutions(text, None) if r.body in ("SC", "HRC")]
        ranked = sorted({v: named.count(v) for v in named}.items(), key=lambda kv: -kv[1])
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            return Mention(m.start(), m.end(), m.group(0), ranked[0][0], "name")
    return None


def _other_body_before(text: str, m: re.Match[str]) -> bool:
    """The last body named with the noun of "this Council" before it is not a UN forum ("the National Assembly of
    Pakistan ... This Assembly", "the African Commission ... this Commission"): the text speaks of that body."""
    noun = m.group(0).split()[-1]
    last = None
    for n in re.finditer(rf"\b{re.escape(noun)}\b", text[:m.start()], re.I):
        last = n
    if last is None or not last.group(0)[0].isupper():
        return False
    before = OTHER_NAME_BEFORE.search(text, max(0, last.start() - 40), last.start())
    named = bool(before and before.group(0).split()[0].lower().strip("'’") not in NOT_A_NAME_WORD) \
        or bool(OTHER_NAME_AFTER.match(text, last.end()))
    if not named:
        return False
    return not any(b.start <= last.start() < b.end and b.value in FORUMS for b in bodies_in(text, max(0, last.start() - 60), last.end() + 60))


INQUIRY = re.compile(r"(?:commission|comisi[óo]n)\s+(?:[\w-]+\s+){0,4}?(?:of\s+inquiry|d['’]\s*enqu[êe]te|de\s+investigaci[óo]n)", re.I)
COMMISSION = re.compile(r"\b(?:commission|comisi[óo]n)\b", re.I)


def _inquiry_before(text: str, pos: int) -> bool:
    """The last commission the text names before pos is a commission of inquiry ("la Commission d'enquête
    internationale indépendante ... cette Commission", "la Comisión Internacional Independiente de
    Investigación ... esta Comisión")."""
    last = None
    for c in COMMISSION.finditer(text, 0, pos):
        last = c
    return bool(last and INQUIRY.match(text, last.start()))


SAID_AT_REACH = 1500  # where the speech says it is made: in its opening paragraphs
SENTENCE_CUT = re.compile(r"[.;!?:]\s|\n\s*\n")
BETWEEN_WORDS = 7  # "lors de la vingt et unième session du": words between the phrase and the body
OFF_TOPIC = re.compile(r"\b(?:reports?|rapports?|informes?|resolutions?|r[ée]solutions?|resoluci[óo]n(?:es)?|decisions?|"
                       r"d[ée]cisions?|requests?|demande|solicitud|president|pr[ée]sident[ea]?|members?|membres?|miembros?|"
                       r"mandates?|mandats?|margins?|marge|side|elections?|[ée]lections?|candidac\w*|candidature)\b", re.I)
SESSION_WORDS = re.compile(r"\b(?:session|sesi[óo]n|per[íi]odo\s+de\s+sesiones|record|ouverture|opening)\b", re.I)


@cache
def _said_at_form(phrases: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{phrases})(?:\s+|(?<=['’]))(?P<rest>(?:[\w'’ªº°.-]+\s+|\b[ld]['’]){{0,{BETWEEN_WORDS}}}?)$", re.I)


def _said_at(text: str) -> Mention | None:
    """The first forum the opening of a speech names as where it is made: after one of the lexicon's
    ``speech.delivered_at`` phrases and at most a few words in the same sentence ("place on the
    record of the General Assembly", "ante la Asamblea General", "at the 52nd Regular Session"),
    not as a topic ("the report of"), a post ("Representative to") or a banner of organs."""
    phrases = lexicon.pattern("speech", "delivered_at")
    if not phrases:
        return None
    form = _said_at_form(phrases.pattern)
    for b in bodies_in(text, 0, min(len(text), SAID_AT_REACH)):
        if b.value not in FORUMS or banner(text, b) or TOPIC_AFTER.match(text, b.end):
            continue
        cuts = [m.end() for m in SENTENCE_CUT.finditer(text, max(0, b.start - 200), b.start)]
        lead = text[cuts[-1] if cuts else max(0, b.start - 200):b.start]
        m = form.search(lead)
        if not m or OFF_TOPIC.search(m.group("rest")):
            continue
        if NOT_FORUM_BEFORE.search(lead[-60:]) and not meeting_of(lead) and not SESSION_WORDS.search(m.group(0)):
            continue  # "the Permanent Representative to the", "the work of the": not where the words are said
        return b
    return None

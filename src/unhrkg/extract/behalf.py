"""Texts spoken for a group: "on behalf of Botswana, Costa Rica, ... and Uruguay", "on behalf of the
European Union", "on behalf of the co-penholders of the Syrian humanitarian file, Ireland and
Norway", "This statement is by the Sri Lanka Core Group comprising A, B and C": the States (or the
organisation) the text speaks for."""
from __future__ import annotations

import re

from unhrkg.extract import lexicon, memo
from unhrkg.extract.agents import coordinated, state_codes
from unhrkg.extract.bylines import SALUTATION_LINE
from unhrkg.extract.gazetteer import Mention, states_in
from unhrkg.extract.scan import printed
from unhrkg.extract.speakers import FIRST_PERSON_WORDS
from unhrkg.model.reference import GROUP_KINDS, load_reference

GROUP_REACH = 800  # a group's members are named in the text's opening
SENTENCE_ENDS = ".!?\n"


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence (or line) holding pos starts."""
    return max(0, *(text.rfind(c, 0, pos) + 1 for c in SENTENCE_ENDS))

def group_members(text: str) -> list[str]:
    """"This statement is by the Sri Lanka Core Group comprising Canada, North Macedonia, ... and the
    United States": the members of the group a statement is by (``author.group_members``)."""
    members = lexicon.pattern("author", "group_members")
    said = lexicon.pattern("author", "statement_heading")
    behalf = lexicon.pattern("sponsor", "on_behalf_of")
    for m in members.finditer(text, 0, min(len(text), GROUP_REACH)) if members else ():
        ends = [e for e in (text.find(c, m.end()) for c in SENTENCE_ENDS) if e >= 0]
        sentence = text[sentence_start(text, m.start()):min(ends, default=len(text))]
        if not any(p and p.search(sentence) for p in (said, behalf)):  # "... (comprising A, B and C) issued a statement"
            continue
        found = coordinated(text, m.end() + len(re.match(r"\s*", text[m.end():]).group(0)))
        states = state_codes(found)
        if len(states) >= 2:
            return states
    return []


TITLE_DOT = r"\b(?:Mr|Ms|Mrs|Dr|Prof|Amb|Sr|Sra|Mme|Mlle|H\.E)\."  # "delivered by Ms. Jenny Ohlsson, ..., on behalf of"
# ("Joint Nordic Statement delivered by ... on behalf of": a heading; "The joint statement, delivered by ... on behalf of A
# and B, called for": a news item's apposition, the statement told of)
WISH_WORDS = r"like|wish|voudrais|aimerais|souhaite|souhaiterais|quisiera|deseo|gustar[íi]a"  # "I would like, on behalf of"
BEHALF = re.compile(
    rf"(?:\b(?:acting|agissant|actuando|speak|speaking|deliver|delivering|make|making|read|reading|present|presenting|take|taking|statement|declaration|remarks|"
    r"introduce|introducing|table|tabling|presentar|presento|introducir|présenter|présente|"
    r"hablar|hablo|intervenir|intervengo|declaración|palabras|observaciones|parler|parle|intervenir|interviens|déclaration|"
    r"remarques|allocution|prononce|honour|honor|honneur|honra)\b[^.\n]{0,200}?"
    rf"|\b(?:{WISH_WORDS})\s*,?\s*"  # a wish the speaker voices for
    # its State, the words right after it ("j'aimerais au nom de la Suisse réitérer"; not "I would like to thank X for the
    # statement made on behalf of the Group")
    rf"|(?<!,\s)\bdelivered\s+by\s+(?:{TITLE_DOT}|[^.\n]){{0,200}}?"
    r"|(?:^|(?<=\n))[ \t]*(?:(?:Deputy\s+)?Permanent\s+Representative|Representative|Ambassador|Repr[ée]sentante?|Representante|"
    r"Ambassadeur|Embajadora?)\b[^.\n]{0,200}?"  # a speaker's line: "Permanent Representative of Norway on behalf of ..."
    r"|(?:^|(?<=[.\n]))\s*(?:I\s+[a-z]{2,12}\s*,\s*)?)(?:on\s+behalf\s+of\s*:?\s+|au\s+nom\s+d(?:[eu]s?\s*:?\s+|['’]\s*)|en\s+nombre\s+de(?:l)?\s*:?\s+)", re.I)
BEHALF_REACH = 1500
# the verb of the sentence a statement made on behalf of a list is the subject of: a news item telling of it
TOLD_AFTER = re.compile(r"\s*,?\s*(?:was|were|has\s+been|had\s+been|called|urged|drew|received|met|expressed|stressed|"
                        r"a\s+été|fut|fue|ha\s+sido)\b", re.I)
# a heading's speech right before "delivered by ... on behalf of": the heading's own ("Commission of Inquiry on Ukraine -
# Statement delivered by ..."), whatever State its topic names
SPEECH_HEADED = re.compile(r"\b(?:Statement|Remarks|Speech|Address|Intervention|Explanation\s+of\s+(?:vote|position)|D[ée]claration|"
                           r"Intervenci[óo]n|Discurso|Explication\s+de\s+vote|Explicaci[óo]n\s+de\s+voto)[ \t]*$", re.I)
# a speaker's line naming the post and State it speaks as: "Permanent Representative of Norway on behalf of ..."
SPEAKER_POST = re.compile(r"[ \t]*(?:(?:Deputy|Alternate|Adjoint[e]?)\s+)?(?:Permanent\s+Representative|Representative|Ambassador|"
                          r"Repr[ée]sentant[e]?\s+permanent[e]?|Representante\s+Permanente)\s+(?:of|de|du|de\s+la|del)\s+"
                          r"[^\n,;]{2,60}?[\s,]*$", re.I)
# the words that lead a group's members ("a cross-regional group comprised of", "namely", "à savoir")
# ("the Association of Southeast Asian Nations (ASEAN) which consists of A, B, ...")
MEMBERSHIP = (r"(?:comprised|composed|consisting|made\s+up)\s+of|(?:(?:which|that)\s+)?consists?\s+of|compos[ée]e?s?\s+de|"
              r"integrado\s+por|compuesto\s+(?:de|por)|namely|à\s+savoir|a\s+saber")
# between a group and the members it names: "(", ":", "," and "including", "among them", "dont", "incluidos"
LIST_LEAD = (r"including|among\s+them|encompassing|comprising|notamment|dont|incluidos?|incluidas?|entre\s+ellos|"
             r"(?:that|which)\s+(?:includes?|comprises?)|qui\s+(?:comprend|inclut)|que\s+(?:incluye|comprende)|" + MEMBERSHIP)
INCLUDING = re.compile(rf"[\s(:,]*(?:(?:{LIST_LEAD})\s*[:,]?\s+)?", re.I)  # "namely, A, B and C"
POSSESSED = re.compile(r"['’]s?\b")  # "Ukraine's", "the Philippines'"
WISH = re.compile(rf"(?:{WISH_WORDS})\b", re.I)
QUOTING = re.compile(r"[:\"“«]")  # a colon or a quotation mark before the words: another's, quoted
BEHALF_WORDS = re.compile(r"on\s+behalf\s+of|au\s+nom\s+d|en\s+nombre\s+de", re.I)


GIVEN_BELOW_REACH = 300  # from the end of the list to the statement's first line
REPLY = re.compile(r"\b(?:right\s+of\s+reply|reply|replies|droit\s+de\s+r[ée]ponse|r[ée]ponse|derecho\s+(?:a|de)\s+r[ée]plica|r[ée]plica|respuesta)\b",
                   re.I)
WE_OPEN = re.compile(r"(?:We|Nous|Nosotros|Nosotras)\b")  # a joint statement speaks as "we"


def _listed_after(text: str, pos: int) -> tuple[re.Match[str] | None, list[Mention]]:
    """The group's words after "on behalf of" (if any) and the names listed after them."""
    group = lexicon.pattern("author", "behalf_group")
    lead = group.match(text, pos) if group else None  # "a group of countries (Belarus, China, ...)"
    lead = lead or _described_group(text, pos)  # "the co-penholders of the Syrian humanitarian file, A and B"
    start = lead.end() if lead else pos
    start += len(ORGAN_OF.match(text, start).group(0))  # "on behalf of the Government of Jamaica": the State
    dashed = _dashed_bracket(text, start) if lead and "(" in lead.group(0) else []
    return lead, dashed or coordinated(text, start + len(INCLUDING.match(text, start).group(0)))  # "on behalf of: A, B and C"


DASH_SEPARATOR = re.compile(r"\s+[–—-]\s+")


def _dashed_bracket(text: str, start: int) -> list[Mention]:
    """The States a group's brackets list with dashes between them, and nothing else ("au nom des pays du BENELUX
    (Belgique – Pays-Bas – Luxembourg)")."""
    close = text.find(")", start, start + 200)
    items = [i.strip() for i in DASH_SEPARATOR.split(text[start:close])] if close > start else []
    named = [n for n in states_in(text, start, close) if n.value in load_reference().states] if len(items) > 1 else []
    return named if [text[n.start:n.end] for n in named] == items else []


def _given_below(text: str, found: list[Mention], said: str) -> bool:
    """A State's page telling that it delivered a statement "on behalf of 47 countries: A, B, ..." (itself among them),
    the statement then given from its address to the chair ("Madam High Commissioner,"): the page carries the statement
    whole, in the voice of the States listed."""
    listed = state_codes(found)
    if len(listed) < 2 or not set(listed) >= {str(s.value) for s in states_in(said)} or REPLY.search(text, 0, found[0].start):
        return False  # (a reply's page repeating whom the statement it answers was for)
    below = text.find("\n", found[-1].end)
    if below < 0 or text[found[-1].end:below].strip(" \t.;"):
        return False  # ("... Latvia and Estonia. Belarus replied the same day:": another's words below)
    lines = [line.strip() for line in text[below:below + GIVEN_BELOW_REACH].split("\n") if line.strip()]
    return len(lines) >= 2 and SALUTATION_LINE.match(lines[0]) is not None and WE_OPEN.match(lines[1]) is not None  # ("Madam
    # President, / We remain ...": the statement itself, not "Belarus replied:" nor "The delegation of Belarus rejects ...")


def _behalf_words_at(text: str, m: re.Match[str]) -> int:
    """Where "on behalf of" ("au nom de", "en nombre de") stands in the match."""
    words = list(BEHALF_WORDS.finditer(text, m.start(), m.end()))
    return words[-1].start() if words else m.end()


def _described_group(text: str, pos: int) -> re.Match[str] | None:
    """A group named by what its members are ("A3 Plus members", "the core group of main co-sponsors"), up to
    the comma, the colon, the bracket ("the Benelux countries (Belgium, ...)") or the word ("namely",
    "encompassing") before the list of them."""
    nouns = lexicon.pattern("author", "behalf_described")
    return re.compile(rf"(?:the\s+|les\s+|los\s+|las\s+)?(?:[\w+-]+\s+){{0,2}}?(?:{nouns.pattern})[^,;.\n]{{0,120}}?"
                      rf"(?:,|;|\s-|:|—|–|\s*\((?=[^()\n]{{2,100}}(?:,|\s[–—-]\s)[^()\n]{{2,200}}\))|\s(?=(?:{LIST_LEAD})\b))\s*", re.I).match(text, pos) if nouns else None


# a State speaking of itself in the third person, as protocol has it: "The Russian Federation has the honour to deliver
# this statement on behalf of ...", "La France a l'honneur de", "Cuba tiene el honor de"; in the present, the statement
# itself named ("Pakistan makes this statement on behalf of OIC", "fait cette déclaration", "formula esta declaración")
HONOUR_VOICE = re.compile(r"\b(?:has|have)\s+the\s+hono(?:u)?r\s+to\b|\ba\s+l['’]honneur\s+de\b|\btiene\s+el\s+honor\s+de\b|"
                          r"\b(?:makes|delivers|is\s+making|is\s+delivering|is\s+pleased\s+to\s+(?:deliver|make)|fait|prononce|formula|pronuncia|hace)\s+"
                          r"(?:this|the\s+present|the\s+following|cette|la\s+pr[ée]sente|esta|la\s+presente)\s+"
                          r"(?:joint\s+)?(?:statement|d[ée]claration|declaraci[óo]n)\b", re.I)


# a report of what was said ("the representative said that his delegation has the honour to ..."): not the voice itself
REPORTED_BEFORE = re.compile(r"\b(?:said|says|stated|told|noted|added|declared|that|dit|déclaré|indiqué|que|qu['’]|dijo|afirmó|declaró)\b", re.I)


def _honour_voice(text: str, m: re.Match[str]) -> bool:
    """The sentence before "on behalf of" is a State's own voice in protocol's third person, not a report of it."""
    start = sentence_start(text, m.start())
    voice = HONOUR_VOICE.search(text, start, m.end())
    return bool(voice) and not REPORTED_BEFORE.search(text, start, voice.start())


@memo.per_document
def on_behalf_of(text: str) -> tuple[str, list[str]] | None:
    """("author_states", [...]) or ("author_body", code) for a statement delivered on behalf of a list of
    States ("on behalf of Botswana, Costa Rica, ... and Uruguay") or an organisation ("on behalf of
    the European Union")."""
    if not printed(text, ("behalf", "nom"), BEHALF_REACH):  # ("on behalf of", "au nom de", "en nombre de")
        return None
    reported = lexicon.pattern("author", "behalf_reported")
    for m in BEHALF.finditer(text, 0, min(len(text), BEHALF_REACH)):
        said = text[sentence_start(text, m.start()):m.start()].rsplit(":", 1)[-1]  # (not a heading's label: "Burundi :
        # déclaration du haut représentant au nom de l'Union européenne")
        if states_in(said) and not FIRST_PERSON_WORDS.search(said) and not _honour_voice(text, m) and not SPEAKER_POST.fullmatch(said) \
                and not SPEECH_HEADED.search(said) and not _given_below(text, _listed_after(text, m.end())[1], said):
            continue  # "The Delegation of the Russian Federation, while making a joint statement on behalf of ...": reported
        told = reported.search(text, sentence_start(text, m.start()), m.end()) if reported else None
        if told and not FIRST_PERSON_WORDS.search(text, told.end(), _behalf_words_at(text, m)):
            continue  # "we align ourselves with the statement delivered by Lithuania on behalf of the EU": another's (not "I
            # thank the Special Rapporteur for her statement and I have the honour to deliver this statement on behalf of")
        if WISH.match(m.group(0)) and QUOTING.search(text, sentence_start(text, m.start()), m.start()):
            continue  # "the delegate of Azerbaijan told this Council: I would like, on behalf of Azerbaijan, to": quoted
        lead, found = _listed_after(text, m.end())
        more = GROUP_CLOSED.match(text, found[-1].end) if found and lead else None
        after = coordinated(text, more.end()) if more else []  # "the European members of the Council (A, B and C), D, and E"
        found += after if after and LIST_CLOSED.match(text, after[-1].end) else []  # (following the meeting): not "and D's
        # commitments", "and D, its neighbour, will speak"
        joined = JOINED_BY.match(text, found[-1].end) if found else None
        found += coordinated(text, joined.end()) if joined else []  # "on behalf of A, B and C, joined today by D and E"
        if found and WISH.match(m.group(0)) and POSSESSED.match(text, found[0].end):
            continue  # "I would like, on behalf of Ukraine's many friends in this room, to": the State names whom they stand by
        if found and TOLD_AFTER.match(text, found[-1].end):
            continue  # "A statement delivered by Dr. X on behalf of Egypt, Jordan and Saudi Arabia was met with objections": told of
        states = state_codes(found)
        if states and _honour_voice(text, m):  # "Le Venezuela a l'honneur de ... au nom d'un groupe de pays (A, B, C)": the
            states += state_codes([s for s in states_in(said) if s.kind == "name"])  # speaking State with them
        if states:
            return "author_states", list(dict.fromkeys(states))
        bodies = [n for n in found if n.value in load_reference().bodies and load_reference().bodies[str(n.value)].kind in GROUP_KINDS]
        listed = MEMBERS_RIGHT_AFTER.match(text, bodies[0].end) if bodies else None
        members = _members_later(text, bodies[0].end) if listed else []
        if members:  # ("on behalf of the Association of Southeast Asian Nations (ASEAN) which consists of A, B, ...": its members;
            return "author_states", members  # not "on behalf of the EU, ... the Bureau, composed of A, B": another group's)
        if bodies:
            return "author_body", [str(bodies[0].value)]
        members = _members_later(text, m.end())
        if members:
            return "author_states", members
        closing = closing_list(text) if lead and not found and not POSSESSIVE_AFTER.match(text, lead.end()) else []
        if closing:  # "on behalf of a group of countries. ... Thank you, Mr. President. / China, Belarus, Bolivia, ..."
            return "author_states", closing
    return None


POSSESSIVE_AFTER = re.compile(r"['’]")  # "on behalf of a group of countries' civil society partners": not the group's own
LIST_SEPARATOR = re.compile(r"\s*(?:[,;]|\band\b|\bet\b|\by\b)\s*", re.I)
ITEM_MARKS = re.compile(r"^[\W\d_]+|[\W\d_]+$")  # a footnote's mark, a full stop
THANKS = re.compile(r"[ \t]*(?:Thank\s+you|I\s+thank\s+you|Thanks|Merci|Je\s+vous\s+remercie|Gracias|Muchas\s+gracias)\b", re.I)
ANNOUNCED_LIST = re.compile(r"\b(?:the\s+following|les\s+(?:pays|[ée]tats)\s+suivants|los\s+siguientes)\b", re.I)
LINE = re.compile(r"[^\n]+")
CLOSING_REACH = 1500  # the end of the text where the list and its footer stand
CLOSING_LINES = 3  # a list wrapped over up to three lines
FOOTER_AT_MOST = 120  # characters of a footer line below the list
CLOSING_LIST_SHARE = 0.8  # of a closing list's items, those that must be States' names (a misspelt one may stand among them)


def closing_list(text: str) -> list[str]:
    """The States of the lines that end a statement delivered for an unnamed group, right under its closing thanks, when
    the lines hold nothing but their names, three or more, in a list ("China,Belarus,Bolivia,...,Syria" under "Thank you,
    Mr. President."), wrapped over a few lines, a footer with no State's name below them left aside ("Share this page",
    "* The list of co-signatories remains open")."""
    ends = [m for m in LINE.finditer(text, max(0, len(text) - CLOSING_REACH)) if m.group(0).strip()]
    while len(ends) > 1 and len(ends[-1].group(0)) < FOOTER_AT_MOST and not states_in(text, *ends[-1].span()):
        ends.pop()  # a footer below the list
    thanks = max((i for i, m in enumerate(ends) if THANKS.match(m.group(0))), default=-1)
    block = ends[thanks + 1:] if thanks >= 0 else []
    if not 1 <= len(block) <= CLOSING_LINES or any(":" in m.group(0) or not states_in(text, *m.span()) for m in block) \
            or ANNOUNCED_LIST.search(text, 0, block[0].start()):
        return []  # (the list stands right under the closing thanks: not "Tags: ...", not "the following countries" the text
        # urges to act, listed after the thanks)
    start, end = block[0].start(), block[-1].end()
    items = {ITEM_MARKS.sub("", i) for i in LIST_SEPARATOR.split(text[start:end].replace("\n", ","))} - {""}  # ("[1] Angola", "Uruguay.")
    named = [s for s in states_in(text, start, end) if s.value in load_reference().states]
    whole = [n for n in named if text[n.start:n.end].strip() in items]
    if len(whole) < 3 or len(whole) < CLOSING_LIST_SHARE * len(items):
        return []
    return list(dict.fromkeys(str(n.value) for n in whole))


PEOPLE_AND = r"(?:the\s+|du\s+|el\s+)?(?:(?:brotherly|friendly|fraternal)\s+)?(?:people|peuple|pueblo)"  # "the Government and the people of Kenya", "du Gouvernement et du peuple"
ORGAN_OF = re.compile(rf"(?:(?:the|my)\s+)?(?:(?:people|peuple|pueblo)\s+(?:and|et|y)\s+(?:the\s+|du\s+|el\s+)?)?"
                      r"(?:Government|delegation|Gouvernement|d[ée]l[ée]gation|Gobierno|delegaci[óo]n)"
                      rf"(?:\s+(?:and|et|y)\s+{PEOPLE_AND})?\s+"
                      r"(?:of|de|du|del|de\s+la|de\s+l['’])\s*(?:the\s+)?|", re.I)
JOINED = r"(?:joined|rejointe?s?)"  # a joint statement's other States: "joined (today) by D and E"
JOINED_BY = re.compile(rf"\s*\)?\s*,?\s*(?:and\s+|et\s+)?(?:(?:also|aussi|également)\s+)?{JOINED}\s+(?:(?:today|here|also|"
                       r"aujourd['’]hui|aussi)\s+)?(?:by|par)\s+(?:the\s+|la\s+|le\s+|l['’])?", re.I)
JOINED_LEAD = re.compile(rf"\b{JOINED}\s+(?:\w+\s+)?(?:by|par)\s+(?:the\s+)?$", re.I)  # before a heading's later list
LIST_CLOSED = re.compile(r"\s*(?:$|[.:;\n]|\s(?:following|after|at|on|before|regarding|concerning|to|suite|sur|à|tras|sobre|ante)\b)", re.I)
GROUP_CLOSED = re.compile(r"\s*\)\s*(?:,\s*(?:and\s+|et\s+|y\s+)?|\s+(?:and|et|y)\s+)(?:the\s+|la\s+|le\s+|l['’]|el\s+)?")


# what leads the members of a group named at length: a membership word (not "including", which may list what
# the text is about: "on behalf of my delegation ..., including Azerbaijan") or a colon, which needs a group's noun before it
MEMBERS_LEAD = re.compile(rf"\b(?:{MEMBERSHIP})\b\s*[:,]?\s*|:\s*", re.I)  # "namely, A, B and C"
GROUP_NOUN = re.compile(r"\b(?:group|grupo|groupe|coalition|coalición|friends|amis|amigos|core\s+group)\b", re.I)


def _members_later(text: str, pos: int) -> list[str]:
    """A group named at length, its members listed later in the sentence, after a colon or a word that
    leads a list ("on behalf of the Accountability, Coherence and Transparency group or in short ACT, a
    cross-regional group comprised of the following 25 ... countries ...: Austria, Chile, ..."): two or more States."""
    end = min([e for e in (text.find(c, pos) for c in SENTENCE_ENDS) if e >= 0], default=len(text))
    for lead in MEMBERS_LEAD.finditer(text, pos, end):
        if lead.group(0).startswith(":") and not GROUP_NOUN.search(text, pos, lead.start()):
            continue  # a colon after a group's name leads its members; after anything else, what it speaks of
        found = coordinated(text, lead.end())
        states = state_codes(found)
        if len(states) >= 2:
            return states
    mark = FOOTNOTE_MARK.search(text, pos, end) if GROUP_NOUN.search(text, pos, end) else None
    note = re.search(rf"(?m)^[ \t]*\[{mark.group(1)}\][ \t]*", text[mark.end():]) if mark else None
    if mark and note:  # "on behalf of the 28 Member-States of the group of friends ...[1]" / "[1] Angola, Azerbaijan, ..."
        states = state_codes(coordinated(text, mark.end() + note.end()))
        return states if len(states) >= 2 else []
    return []


# the group's members told right after its name (and its acronym): "ASEAN (ASEAN) which consists of", ", comprised of"
MEMBERS_RIGHT_AFTER = re.compile(rf"\s*(?:\([\w.&]{{2,12}}\)\s*)?,?\s*(?:{MEMBERSHIP})\b", re.I)
FOOTNOTE_MARK = re.compile(r"\[(\d{1,2})(?!\d)")  # a footnote's mark after the group's name ("follow-up[1]")


LIST_ITEM = re.compile(r"[ \t]*(?:\(?\d{1,3}[.)]|[-•*–·▪])?[ \t]*")
LEFT_OVER = re.compile(r"[\W\d_]*(?:(?:the|and|et|y|la|le|les|el|los|las)\b[\W\d_]*)*", re.I)  # what a list item may hold besides names
HEADING_TAIL = 60  # "List of Signers as of June 13, 2022:": what may follow the heading on its line


@memo.per_document
def signer_list(text: str) -> list[str]:
    """The States a joint statement lists as its signers, under a heading at a line's start
    ("List of Signers as of June 13, 2022:" then one State a line, numbered or bulleted) or after
    it on the same line ("Signatories: Austria, Brazil and Chile") (``author.signer_list``), or after a colon that ends a
    sentence telling who supported the statement (``_supporters``)."""
    heading = lexicon.pattern("author", "signer_list")
    for m in heading.finditer(text) if heading else ():
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        tail = text[m.end():line_end]
        if text[line_start:m.start()].strip(" \t*•#-") or len(tail) > HEADING_TAIL and ":" not in tail:
            continue  # a heading stands at its line's start ("... was endorsed by 50 States" is prose)
        colon = tail.find(":")
        if colon >= 0 and tail[colon + 1:].strip():  # "Signatories: Austria, Brazil and Chile"
            start = m.end() + colon + 1
            found = coordinated(text, start + len(text[start:]) - len(text[start:].lstrip()))
            states = state_codes(found)
        else:
            states = _listed_below(text, line_end + 1)
        if len(states) >= 2:
            return list(dict.fromkeys(states))
    return _supporters(text)


SUPPORTERS_REACH = 200  # "... the countries and organizations that supported the Joint Statement of the International Crimea Platform:"
STATEMENT_NOUN = re.compile(r"\b(?:statement|declaration|communiqu[ée]|d[ée]claration|declaraci[óo]n|comunicado)\b", re.I)
SUPPORTERS_TOP = 1500  # the sentence that introduces a joint statement's supporters stands at the page's top


def _supporters(text: str) -> list[str]:
    """The States a page lists, after a colon, as those that supported, joined or signed the statement it then
    gives ("we are grateful to the countries and organizations that supported the Joint Statement of the
    International Crimea Platform: Council of Europe, EU, Australia, Austria, ..."; ``author.supporters``)."""
    phrase = lexicon.pattern("author", "supporters")
    for m in phrase.finditer(text, 0, min(len(text), SUPPORTERS_TOP)) if phrase else ():
        colon = text.find(":", m.end(), m.end() + SUPPORTERS_REACH)
        if colon < 0 or re.search(r"[.;!?]", text[m.end():colon]) or not STATEMENT_NOUN.search(text, m.end(), colon):
            continue
        rest = text[colon + 1:]
        states = state_codes(coordinated(text, colon + 1 + len(rest) - len(rest.lstrip())))
        if len(states) >= 2:
            return list(dict.fromkeys(states))
    return []


def _listed_below(text: str, pos: int) -> list[str]:
    """The States named one (or a few) a line from pos, up to the first line that is not such an item."""
    states: list[str] = []
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if text[pos:end].strip():
            item = LIST_ITEM.match(text, pos, end).end()
            named = [s for s in states_in(text, item, end) if s.value in load_reference().states]
            rest = "".join(text[a:b] for a, b in zip([item] + [s.end for s in named], [s.start for s in named] + [end]))
            if not named or LEFT_OVER.fullmatch(rest) is None:
                break
            states += [str(s.value) for s in named]
        pos = end + 1
    return states

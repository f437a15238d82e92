"""Texts several States speak for together, found by what they say: "the Governments of A, B, C
and D" or "the Ministers of Foreign Affairs of A, B and C" at a clause start or under a "Joint
statement" heading, then speaking ("... and Senegal express", "... met in Amman. We emphasize");
"(a letter) signed by the Permanent Representatives of A, B and C"; the members of a group a
statement is by; "France, Germany and the United Kingdom ("the E3") note that ..."."""
from __future__ import annotations

import re
from functools import cache

from unhrkg.extract import lexicon, memo
from unhrkg.extract.agents import SERVING_AT_UN, coordinated, fixed_groups_in, partner_words, state_codes
from unhrkg.extract.authors import CLAUSE_START, ORGAN_REACH
from unhrkg.extract.letterhead import letterhead_end
from unhrkg.extract.speaking_verbs import said_after, speaks_after
from unhrkg.extract.spoken_of import verb_gap
from unhrkg.extract.lead import then_we
from unhrkg.extract.behalf import sentence_start, group_members
from unhrkg.extract.gazetteer import bodies_in, states_gazetteer, states_in
from unhrkg.extract.own_voice import ARTICLE_AFTER

# Words that make the States after them the text's own voice: "We, the Foreign Ministers of A, B and C" (or "We, the
# Ministers and representatives of A, B and C", "Nous, ministres et représentants des A, B et C"),
# "Joint statement by the Governments of A and B", "Déclaration conjointe des ministres ..."
# a joint text's name: "joint statement", "déclaration conjointe", "comunicado conjunto"
JOINT_TEXT = (r"(?:joint\s+(?:statement|declaration|communiqu[ée]|letter)|(?:d[ée]claration|lettre)\s+conjointe|"
              r"communiqu[ée]\s+conjoint|(?:declaraci[óo]n|carta)\s+conjunta|comunicado\s+conjunto)")
SELF_NAMING = re.compile(r"(?:\b(?:we|nous|nosotros|nosotras)\s*,\s*(?:(?:the\s+|les\s+|los\s+|las\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4}\s+(?:and|et|y)\s+)?|\b(?:signed|sign[ée]e?s?|firmad[oa]s?)\s+(?:by|par|por)\s+|"
                         # a joint text's name ("Joint statement by the Governments of A and B", "The following is a joint statement
                         # by"), not where a sentence tells what is in it ("included in a joint statement by representatives of A and
                         # B"), unless it opens a paragraph ("In a joint statement by the ministers of A and B, ...")
                         r"(?:(?:\A|\n)[ \t]*(?:in|through|dans)\s+(?:a|an|une)\s+|(?<!\bin\sa\s)(?<!\bin\san\s)(?<!\bin\sthe\s)(?<!\bdans\sune\s))"
                         r"(?:joint\s+(?:statement|declaration|communiqu[ée])|(?:d[ée]claration|declaraci[óo]n)\s+(?:conjointe|conjunta)|"
                         r"communiqu[ée]\s+conjoint|comunicado\s+conjunto)\s+(?:by|of|from|de|du|des|del)\s+|"
                         # "In a joint statement, the governments of A, B and C said", opening a paragraph: the news copy's
                         # lead names the text first (not "Last week, in a joint statement, ...": the text tells of another's)
                         rf"(?:\A|\n)[ \t]*(?:in|through|dans|par|en|mediante)\s+(?:a|an|une|un|una)\s+{JOINT_TEXT}\s*,\s*|"
                         # a joint letter's sender line at its top: "From the Permanent Missions of: Australia, Austria, ..."
                         r"\A\s*(?:from|de\s+la\s+part\s+des?|de\s+parte\s+de)\s+)"
                         r"(?:the\s+|les\s+|los\s+|las\s+)?$", re.I)
QUOTED_WE = re.compile(r"(?::|[\"“«‘])\s*$")  # "... said: We, the ...", '"We, the ...': quoted, not the text's own
# the same of a statement's heading, opening its line, or of a joint one anywhere ("the claims made in the
# statement by the Permanent Representatives of A and B" speaks of another text)
STATEMENT_LINE = re.compile(r"[ \t]*(?:joint\s+)?(?:statement|declaration|communiqu[ée]|d[ée]claration|declaraci[óo]n|comunicado)\s+"
                            r"(?:conjointe?\s+|conjunta\s+|conjunto\s+)?(?:by|of|from|de|du|des|del)\s+(?:the\s+|les\s+|los\s+|las\s+)?", re.I)


CARRIED_TOP = 1500  # where the quotation of a text a page gives whole may open
CARRIED_WHOLE_REACH = 250  # "We are publishing the full text of the joint press release ... (Source: ...). « We, the ..."


def carried_whole(text: str, pos: int) -> bool:
    """The words before a quotation at ``pos`` say the page gives the text whole ("the full text of", "issued the
    following joint declaration:"; ``author.text_carried_whole``): what it quotes is the text's own voice."""
    phrase = lexicon.pattern("author", "text_carried_whole")
    m = phrase.search(text, max(0, pos - CARRIED_WHOLE_REACH), pos) if phrase else None
    if m is None or SAID_BEFORE.search(text, max(0, pos - 40), pos):
        return False  # ('a draft seen by reporters said: "We, the ...'): another's words, quoted
    said = text[sentence_start(text, m.start()):text.find(".", m.end()) % (len(text) + 1)]
    return not NEGATED.search(said) and not OBTAINED.search(said)  # ("The full text of the communiqué has not been published",
    # "Reuters obtained the full text of the draft declaration")


SAID_BEFORE = re.compile(r"\b(?:said|says|stated|told|added|declared|wrote|reads?|dit|a\s+déclaré|indique|dijo|afirmó|declaró|señaló)"
                         r"\s*[:,]?\s*[\"“«‘]?\s*$", re.I)
OBTAINED = re.compile(r"\b(?:draft|obtained|seen\s+by|leaked|projet|obtenu|proyecto|obtuvo|filtrad[oa])\b", re.I)
NEGATED = re.compile(r"\b(?:not|never|yet\s+to|pas|jamais|no|nunca|aún\s+no)\b|n['’]t\b", re.I)


JOINT_HEADING = re.compile(rf"\b{JOINT_TEXT}\b", re.I)
JOINT_HEADING_REACH = 300  # the heading of a joint text stands at its top


def _joint_heading(text: str) -> bool:
    """A "Joint statement" heading at the top: the words open a line ("I am writing regarding the
    joint letter dated ..." names another text)."""
    return any(not text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip(" \t-–—•*#|")
               for m in JOINT_HEADING.finditer(text, 0, JOINT_HEADING_REACH))


# where the officials of the States listed serve, between the list and the verb: "The ambassadors of Iran,
# Russia, and China to the United Nations emphasized", "auprès des Nations Unies", "ante las Naciones Unidas"
ACCREDITED = re.compile(rf"(?:{SERVING_AT_UN})?", re.I)


@memo.per_document
def joint_authors(text: str) -> list[str]:
    """The States of "the Governments of Argentina, Brazil, Chile and Mexico" at a clause start
    near the top, or of "(a letter) signed by the Permanent Representatives of A, B and C": a
    joint text's authors (two or more)."""
    plural = lexicon.pattern("author", "before_states")
    for m in plural.finditer(text, 0, min(len(text), CARRIED_TOP)) if plural else ():
        lead = text[max(0, m.start() - 40):m.start()]
        naming = SELF_NAMING.search(lead)
        at = m.start() - len(lead) + naming.start() if naming else 0
        whole = bool(naming) and QUOTED_WE.search(text, max(0, at - 12), at) is not None and carried_whole(text, at)
        if m.start() >= ORGAN_REACH and not whole:
            continue  # (below the top, only the text a page gives whole: "issued the following joint declaration: "We, the")
        if naming and QUOTED_WE.search(text, max(0, at - 12), at) and not whole:
            naming = None  # "Their communiqué said: We, the Foreign Ministers of ...": another's text quoted
        named_self = bool(naming or STATEMENT_LINE.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, m.start())) \
            or _joint_heading(text)
        # ("We, the Foreign Ministers of ...", "Joint statement by the ...", a "Joint statement" heading above the list)
        if not CLAUSE_START.search(lead) and not named_self and m.start() >= letterhead_end(text):
            continue
        found = coordinated(text, m.end() + len(re.match(r"\s*:?\s*", text[m.end():]).group(0)))  # ("Missions of: A, B")
        states = state_codes(found)
        after = ACCREDITED.match(text, found[-1].end).end() if found else 0  # "... and China to the United Nations emphasized"
        first_named = bool(found) and not [s for s in states_in(text, 0, found[0].start) if s.value not in states]  # (no other
        # State named before the list: not a rebuttal's "The governments of A, B and C said in a joint statement that X must ...")
        speaking = bool(found) and (speaks_after(text, after) and (first_named or not FROM_LIST.search(m.group(0)))
                                    or said_after(text, after) and first_named or then_we(text, found[-1].end)
                                    or _ministers_again(text, found[-1].end, states))
        if len(states) >= 2 and (speaking or named_self or m.start() < letterhead_end(text)):  # "... and Senegal express"
            return states
    return _carried_joint(text) or group_members(text) or _named_group(text) or _fixed_group_speaking(text) or _joint_posts(text)


FROM_LIST = re.compile(r"\bfrom\s*$", re.I)  # "Ministers of Foreign Affairs from A, B and C": a news item's way of naming them


def _joint_posts(text: str) -> list[str]:
    """A joint text's heading that names its authors by their posts ("Déclaration conjointe de M. X, représentant
    permanent de la France auprès des Nations unies et de M. Y, représentant permanent de la Tunisie"): the States of
    the posts, two or more."""
    posts = lexicon.pattern("author", "before_state")
    for m in JOINT_HEADING.finditer(text, 0, JOINT_HEADING_REACH) if posts else ():
        end = text.find("\n", m.end()) % (len(text) + 1)
        if not AUTHORS_AFTER.match(text, m.end()) or MEETING_WORDS.search(text, m.end(), end):
            continue  # ("Joint Statement on the meeting between ...", "by the Special Envoy following his meeting with ...")
        states = [st for p in posts.finditer(text, m.end(), end)  # type: ignore[union-attr]
                  if (st := states_gazetteer().match_at(text, p.end() + len(ARTICLE_AFTER.match(text, p.end()).group(0)))) and st.value]
        codes = state_codes(states)
        if len(codes) >= 2:
            return codes
    return []


MEETING_WORDS = re.compile(r"\b(?:meeting|met|following|after|with|rencontre|avec|après|reuni[óo]n|con|tras)\b", re.I)
AUTHORS_AFTER = re.compile(r"\s+(?:by|of|from|de|du|des|del|par|por)\s", re.I)


# a statement's heading alone on its line at the top ("Statement", "Joint communiqué", "Comunicado")
GENRE_LINE = re.compile(r"^[ \t#*]*(?:joint\s+)?(?:statement|communiqu[ée]|d[ée]claration|declaraci[óo]n|comunicado)"
                        r"(?:\s+(?:conjointe?|conjunt[oa]))?[ \t]*$", re.I | re.M)
GENRE_LINE_REACH = 400
# the next sentences' subject the same officials again ("The ministers recalled ...", "Les ministres ont réaffirmé")
MINISTERS_AGAIN = re.compile(r"[.!?]\s+(?:The|Les|Los)\s+(?:foreign\s+)?(?:ministers|ministres|ministros|cancilleres)\s+(?!(?:of|de|du|des|del)\b)"
                             r"[\w'’-]+", re.I)  # (not "The ministers of Defence of both countries": other officials)
MINISTERS_REACH = 600


def _ministers_again(text: str, pos: int, listed: list[str]) -> bool:
    """Under a statement's heading ("Statement"), the ministers of the States listed are the next sentences' subject again
    ("The ministers of Foreign Affairs of A, B and C met in New York ... The ministers recalled ..."): a communiqué in their
    voice, not a news item telling of a meeting, nor a third State's release or a spokesperson's statement on their
    meeting (no other State named in the opening, no body before the list)."""
    again = MINISTERS_AGAIN.search(text, pos, pos + MINISTERS_REACH)
    return bool(GENRE_LINE.search(text, 0, min(len(text), GENRE_LINE_REACH))) and again is not None \
        and all(m.value in listed for m in states_in(text, 0, pos + MINISTERS_REACH)) and not bodies_in(text, 0, pos)


# the line that opens a text a page carries, its States right after: "The following is a joint statement issued by
# Russia, China and France", "Joint communiqué of Brazil and Argentina", "Following is the full text of the statement
# released by the Ministry of Foreign Affairs of Turkey", "Voici la déclaration conjointe publiée par la France,
# l'Allemagne et le Royaume-Uni", "A continuación, el comunicado emitido por ..."; a joint text's name may open the line
# alone, another's only after the words that say the page carries it
_CARRIED_LEAD = (r"(?:(?:the\s+)?following\s+is\s+(?:the\s+(?:full\s+|complete\s+)?text\s+of\s+)?(?:a|the)\s+|"
                 r"voici\s+(?:le\s+texte\s+(?:int[ée]gral\s+)?(?:de\s+|d['’]))?(?:la|le|l['’]|une|un)\s*|"
                 r"a\s+continuaci[óo]n\s*,?\s+(?:el\s+texto\s+(?:[íi]ntegro\s+)?de\s+)?(?:la|el|una|un)\s+)")
_CARRIED_BY = (r"\s+(?:(?:issued|released|made|adopted|published|signed|publi[ée]e?|faite?|adopt[ée]e?|sign[ée]e?|diffus[ée]e?|"
               r"emitid[oa]|publicad[oa]|firmad[oa]|difundid[oa])\s+)?(?:by|of|from|de|du|des|del|par|por)\s+(?:the\s+|les\s+|los\s+|las\s+)?")
CARRIED_TEXT = re.compile(rf"(?:^|\n)[ \t]*(?:{_CARRIED_LEAD}?{JOINT_TEXT}|{_CARRIED_LEAD}(?:statement|declaration|communiqu[ée]|"
                          rf"press\s+release|d[ée]claration|declaraci[óo]n|comunicado)){_CARRIED_BY}", re.I)


@memo.per_document
def carried_text_states(text: str) -> list[str]:
    """The States named right after the line that opens a text a page carries (``CARRIED_TEXT``): its authors."""
    for m in CARRIED_TEXT.finditer(text, 0, min(len(text), ORGAN_REACH)):
        states = state_codes(coordinated(text, m.end()))
        if not states:  # "the Ministry of Foreign Affairs of Turkey": the State the organ's name holds (not "the OIC after the
            named = states_in(text, m.end(), m.end() + CARRIED_ORGAN_REACH)[:1]  # attack against Pakistan")
            states = state_codes(named) if named and STATE_ORGAN.fullmatch(text, m.end(), named[0].start) else []
        if states:
            return states
    return []


CARRIED_ORGAN_REACH = 60  # "the Ministry of Foreign Affairs of Turkey": the State named in the organ's name
# a State's organ named up to its State: "Ministry of Foreign Affairs of", "Gouvernement de la", "Embajada de"
STATE_ORGAN = re.compile(r"(?:(?:Ministry|Government|Embassy|Permanent\s+Mission|Mission|Presidency|Minist[èe]re|Gouvernement|Ambassade|"
                         r"Repr[ée]sentation\s+permanente|Ministerio|Gobierno|Embajada|Misi[óo]n\s+Permanente|Canciller[íi]a)"
                         r"(?:\s+(?:of|for|des?|du|del|la|las|los|y|and|&)?\s*(?-i:[A-Z][\w-]*))*\s+(?:of|de|du|del)\s+(?:the\s+|la\s+|l['’]|el\s+)?)", re.I)


def _carried_joint(text: str) -> list[str]:
    states = carried_text_states(text)
    return states if len(states) >= 2 else []


TEXT_OPENING = re.compile(r"\s*(?:(?:The|Les|Los|Las)\s+)?")  # nothing but an article before the group


def _fixed_group_speaking(text: str) -> list[str]:
    """A group of fixed membership opening a clause near the top, its members listed after it, speaking
    ("The Nordic countries, Denmark, Finland, Iceland, Sweden and Norway, would like to express"): the
    members listed (a group named without them is spoken for by the State that delivers the text)."""
    for start, end, _members in fixed_groups_in(text, 0, min(len(text), ORGAN_REACH)):
        if not TEXT_OPENING.fullmatch(text, 0, start):
            continue  # (the group opens the text: named further on, under a ministry's heading, it is spoken of)
        listed = state_codes(coordinated(text, end + len(re.match(r"\s*,?\s*", text[end:]).group(0))))
        if len(listed) >= 2 and (speaks_after(text, end) or then_we(text, end)):
            return listed
    return []


# "Written statement submitted by the Nordic and Baltic States: Denmark, Estonia, ... and Sweden": a
# statement's heading (opening its line) naming its group, then the group's members after a colon
GROUP_HEADING = re.compile(r"(?:^|\n)[ \t]*(?:(?!(?:the|a|an|this|le|la|les|el|los|las)\b)\w+\s+){0,2}"
                           r"(?:statement|declaration|communiqu[ée]|letter|d[ée]claration|lettre|declaraci[óo]n|comunicado|carta)"
                           r"(?:\s+(?:submitted|delivered|made|issued|pr[ée]sent[ée]e|soumise|presentada))?\s+(?:by|of|de|du|des|del)\s+"
                           r"[^:\n.]{0,60}\b(?:States|countries|group|friends|members|pays|États|Etats|groupe|amis|membres|Estados|países|grupo|amigos|miembros)"
                           r"\b[^:\n.]{0,40}?[ \t]*:\s*", re.I)


# "Statement by EU6 (Germany, Belgium, France, Poland, the United Kingdom and Estonia) after ...": a heading naming its
# group, the group's members in brackets after the name
BRACKETED_HEADING = re.compile(r"(?:^|\n)[ \t]*(?:joint\s+)?(?:statement|declaration|communiqu[ée]|d[ée]claration|declaraci[óo]n|comunicado)"
                               r"\s+(?:by|of|de|du|des|del)\s+(?:the\s+|l[ae]s?\s+|los\s+|las\s+)?(?:(?-i:[A-Z0-9])[\w+&-]*\s*){1,4}\(\s*", re.I)
# (the group's name only, its words capitalised: not "Statement by the Spokesperson on the Sahel (Mali, Burkina Faso and Niger)")
BRACKET_CLOSED = re.compile(r"\s*\)")


def _named_group(text: str) -> list[str]:
    for m in GROUP_HEADING.finditer(text, 0, min(len(text), ORGAN_REACH)):
        states = state_codes(coordinated(text, m.end()))
        if len(states) >= 2:
            return states
    for m in BRACKETED_HEADING.finditer(text, 0, min(len(text), ORGAN_REACH)):
        found = coordinated(text, m.end())
        states = state_codes(found)
        if len(states) >= 2 and BRACKET_CLOSED.match(text, found[-1].end):
            return states
    return []


PARAGRAPH_LEAD = re.compile(r"\s*[«“\"]?\s*(?:the\s+|l[ae]s?\s+|los\s+|las\s+|l['’])?", re.I)
LEAD_REACH = 300  # the lead sentence of a news copy: "India, Brazil and South Africa (IBSA) on Tuesday expressed ..."
PROSE = re.compile(r"(?m)^(?:[^\n]{100,}|(?:\S+[ \t]+){5,}[^\n]*[.!?][ \t]*$)")  # a line of prose, not a headline or a letterhead's line
# an author found by these rules is sure: a list in the lead does not join others to it (an organ or an
# institution heading a page may still head a joint text: "Palais de l'Elysée / « La Russie, l'Allemagne et la France ...")
SURE_AUTHOR = ("letterhead", "statement-by", "delivered-by", "own-vote")


@memo.per_document
def lead_list(text: str, author: tuple[str, str] | None) -> list[str]:
    """States coordinated as the subject of the text's lead sentence (opening its first paragraph of prose),
    speaking: its authors together, even where one of them also speaks alone further on (its minister
    quoted); not where the author was read from a letterhead's line, a "Statement by" heading, a byline
    or an explanation of its own vote (``SURE_AUTHOR``)."""
    if author is None or author[1] in SURE_AUTHOR:
        return []
    prose = PROSE.search(text, 0, min(len(text), LEAD_REACH))
    if prose is None:
        return []
    return speaking_list(text, reach=min(prose.end(), prose.start() + LEAD_REACH), paragraph=prose.start())


NICKNAME = re.compile(r"\s*\([^()\n]{1,40}\)")  # 'France, Germany and the United Kingdom ("the E3") note'


@cache
def _together() -> re.Pattern[str]:  # "Switzerland together with A, B and C welcome"
    return re.compile(rf"\s*,?\s*(?:{partner_words()})\s+(?:the\s+|l[ae]s?\s+|los\s+|l['’])?", re.I)


OPENING_CLAUSE = re.compile(r"[\s\d.)]*(?:As|While|When|Since|Comme|Alors\s+que|Lorsque|Como|Mientras|Al)\b[^.;:!?\n]*,\s*$", re.I)


def _after_opening_clause(text: str, pos: int) -> bool:
    """pos follows a subordinate clause opening its sentence ("1. As we mark the 10th anniversary of the
    Council, Switzerland ..."), not a time or place ("In April 2017, Russia together with China voted")."""
    return bool(OPENING_CLAUSE.fullmatch(text, sentence_start(text, pos), pos))


# "We, the Security Council signatories of the Statement of Shared Commitments ..., Albania, Brazil, ...
# and the United States take ...": the States in apposition to "we" name themselves
WE_APPOSED = re.compile(r"[\s\d.)]*(?:We|Nous|Nosotros|Nosotras)\s*,\s*(?:the|les|los|las)\s(?![^.;:!?\n]*\b(?:that|que|qu['’]))[^.;:!?\n]{0,250},\s*"
                        r"(?:the\s+|l[ae]s?\s+|los\s+|las\s+|l['’])?", re.I)


def _we_apposed(text: str, pos: int) -> bool:
    return bool(WE_APPOSED.fullmatch(text, sentence_start(text, pos), pos))


@memo.per_document
def speaking_list(text: str, together_only: bool = False, reach: int = ORGAN_REACH, paragraph: int | None = None) -> list[str]:
    """Two or more States coordinated at a clause start near the top, as the subject of a
    speaking verb ("France, Germany and the United Kingdom ("the E3") note that ..."), or one
    State "together with" others ("As we mark ..., Switzerland together with A, B and C welcome"):
    a joint text's authors, where no single State speaks for the text; with ``together_only``,
    the second form only (it names the State that speaks with the others it speaks for). The first
    such list, or a later one holding all its States and more (a heading's short list, then the
    text's full one); not a later list of other States (what others did). With ``paragraph``, only a
    list opening the paragraph that starts there."""
    best: list[str] = []
    for st in states_in(text, 0, min(len(text), reach)):
        lead = text[max(0, st.start - 40):st.start]
        together = _together().match(text, st.end) if st.kind == "name" else None
        if paragraph is not None and not (st.start >= paragraph and PARAGRAPH_LEAD.fullmatch(text, paragraph, st.start)):
            continue
        named_self = not together_only and _we_apposed(text, st.start)
        if st.kind != "name" or not (CLAUSE_START.search(lead) and not together_only or named_self
                                     or together and _after_opening_clause(text, st.start)):
            continue
        found = coordinated(text, together.end() if together else st.start)
        if together and found:
            found = [st, *found]
        states = state_codes(found)
        nickname = NICKNAME.match(text, found[-1].end) if found else None
        after = nickname.end() if nickname else found[-1].end if found else st.end
        if len(states) >= max(2, len(best) + 1) and set(best) <= set(states) \
                and (named_self or speaks_after(text, after) and not _voted(text, after)):
            best = states
    return best


VOTE_AUXILIARY = re.compile(r"(?:(?:have|has|had|se\s+sont|s['’]est|se|ont|a|han|ha|habían|había)\s+)?", re.I)
VOTED = re.compile(r"vot(?:ed|é|ée|és|èrent|ó|aron|ado|ent|ons)\b", re.I)


def _voted(text: str, pos: int) -> bool:
    """The verb after a list of States tells how they voted ("La Russie et le Mozambique se sont abstenus", "A
    and B voted against"): an account of the vote, not the voice of a joint text."""
    gap = verb_gap(text, pos)
    if gap is None:
        return False
    at = VOTE_AUXILIARY.match(text, gap).end()
    abstains = lexicon.pattern("stance", "abstains")
    return bool(VOTED.match(text, at) or abstains and abstains.match(text, at))

"""Statements, press releases, communiqués, explanations of vote, and texts with no title.

A statement's heading ("Statement by the Permanent Representative of X", "Press release", "Communiqué", "Explanation
of vote", "Déclaration", "Comunicado") marks the genre; the States it names (up to "on behalf of") are the authors.
Without a heading that names them, the author is found by what the text says of a State, scored over the opening:

- an author phrase: "the Government of X", "the Ministry of Foreign Affairs of X", "the Permanent Mission of X",
  "the delegation of X", "le Gouvernement de X", "el Gobierno de X";
- a possessive heading: "X's position on ...", "X's response to ...";
- X as the speaking subject: "X rejects ...", "That X strongly rejects ...", "X never recognizes";
- failing those, a page a State's government publishes without naming it is that State's (``official_pages``).

A date standing alone at the top of such a text, or a "Geneva, 27 March 2008" dateline, dates it (it is not an
issue date: there is no UN header block).
"""
from __future__ import annotations

import re
from functools import cache

from unhrkg.extract import lexicon
from unhrkg.extract.advisory import advisory_request
from unhrkg.extract.own_date import heading_dateline, top_date
from unhrkg.extract.forum import FORUMS, draft_above, speech_forum, vote_heading
from unhrkg.extract.agents import coordinated
from unhrkg.extract.official_pages import official_page, page_author
from unhrkg.extract.authors import speaking_state
from unhrkg.extract.joint import carried_text_states, joint_authors, lead_list, speaking_list
from unhrkg.extract.addressed import written_to
from unhrkg.extract.behalf import JOINED_LEAD, on_behalf_of, signer_list
from unhrkg.extract.coalitions import named_at_top
from unhrkg.extract.unnamed import most_named_state, requesting_state, speaker_label, unnamed_organ_state
from unhrkg.extract.officials import official_body, presided
from unhrkg.extract.gazetteer import bodies_in, states_in, unique
from unhrkg.extract.heading_owner import heading_states
from unhrkg.extract.genres import Genre
from unhrkg.extract.heading_forum import forum_in, forum_line_above, stacked_forum
from unhrkg.extract.model import Header
from unhrkg.extract.phrases import Phrases
from unhrkg.extract.places import dateline_state
from unhrkg.extract.procedure import body_session_line
from unhrkg.extract.text import first_sentence_end
from unhrkg.model.reference import load_reference

HEADING_SEARCH = 600
HEADING_MOST = 250  # a heading line longer than this is a page run into one line
# a heading run on into the text's first sentence after a dash ("Communiqué de presse – Le Ministre des Affaires
# étrangères accueille l'initiative de la Présidence ghanéenne"): the sentence is no part of the heading
SENTENCE_AFTER_DASH = re.compile(r"\s[–—-]\s+(?=(?:The|Le|La|Les|L['’]|El|Los|Las)\s)")
LABEL_WIDEST = 30  # a site's label before a heading on its line ("Women, Peace and Security: Statement by ...")
SPLIT_BEHALF = re.compile(r",?\s+(?:on\s+behalf\s+of|following|after\s+the|au\s+nom\s+d|en\s+nombre\s+d|on\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?(?:agenda|item|adoption|"
                          r"draft|resolution)|at\s+the|during\s+the|before\s+the|regarding|concerning|in\s+(?:connection|relation|response)\s+(?:with|to)|"
                          r"with\s+regard\s+to|sur\s+l|à\s+propos\s+d|en\s+relaci[óo]n\s+con|sobre\s+|"
                          r"to\s+the\s+(?:statement|remarks|intervention|speech|allegations)|"  # "Right of Reply of India to the statement
                          r"(?:à|a)\s+la\s+(?:déclaration|declaración|intervention|intervención))\b", re.I)  # made by ... of Pakistan"


@cache
def _heading() -> re.Pattern[str]:
    words = lexicon.all_languages_pattern("author", "statement_heading").pattern
    # (after a site's short label and its colon: "77 AGNU: Intervención de la delegación cubana")
    return re.compile(rf"(?:^|\n|\s[-–—|]\s|(?:^|\n)(?P<label>[^\n:]{{1,{LABEL_WIDEST}}}):[ \t]+)[ \t\-–•*]*(?P<owner>(?-i:(?:[A-Z][\w.’'´-]*\s+){{0,3}}?|(?:[A-Z][\w.’'´-]*(?:\s+[A-Z][\w.’'´-]*)?,\s+){{1,4}}?(?:[A-Z][\w.’'´-]*\s+){{1,2}}?(?:and|et|y)\s+(?:[A-Z][\w.’'´-]*\s+){{1,3}}?))(?:Joint\s+)?(?P<word>{words})\b",
                      re.I)


@cache
def _title_part() -> re.Pattern[str]:
    """The heading as the last part of a page title: "25th Session of the Council Item 2: General
    Debate, Statement by India [26 March 2014]" (capitalised, after a comma on the first line)."""
    words = lexicon.all_languages_pattern("author", "statement_heading").pattern
    return re.compile(rf",[ \t]+(?:Joint\s+)?(?P<word>(?=(?-i:[A-Z]))(?:{words}))\s+(?:by|of|de|du|del|des|por)\b", re.I)


ARTICLE_OWNER = re.compile(r"(?:The|Le|La|Les|El|Los|Las)\s+$")
INDEFINITE_OWNER = re.compile(r"(?:A|An|Un|Une|Una)\s+$")  # "A statement by the Foreign Ministry says that ..."
REPORTED_REACH = 120
MENU_AFTER = re.compile(r"[ \t]*&")  # "Statement & Report": a site's menu item
# after "The communiqué": a word in lower case that is no preposition or article is the sentence's verb
VERB_AFTER = re.compile(r"[ \t]+(?!(?:of|by|on|from|to|at|in|for|and|the|de|du|des|del|la|le|les|el|los|las|par|por|sur|sobre|"
                        r"en|et|y|delivered|issued|made|read|given|pronunciada|prononcée|emitida)\b)(?-i:[a-zà-ÿ])", re.I)


# the heading word, its maker, then a finite verb on the same line: a sentence, not a heading
AGENT_THEN_VERB = re.compile(r"[ \t]+(?:by|of|de|du|del|des|par|por)[ \t]+(?:the[ \t]+|la[ \t]+|le[ \t]+|l['’]|el[ \t]+)?"
                             r"(?:(?-i:[A-Z])[\w'’.-]*[ \t]+){1,5}(?-i:was|is|were|are|has|had|have|constitutes|represents|"
                             r"était|est|a|fue|es|ha)\b", re.I)


def _not_heading(text: str, m: re.Match[str]) -> bool:
    """The heading word used in a sentence ("The communiqué expresses ...", "A statement by the Foreign
    Ministry says that ...") or in a site's menu (a heading may start with "The": "The Statement of the
    Ministry of Foreign Affairs of Georgia on ...")."""
    if MENU_AFTER.match(text, m.end()) or AGENT_THEN_VERB.match(text, m.end()):
        return True
    if lexicon.all_languages_pattern("author", "instrument_names").match(text, m.start("owner")):
        return True  # "Universal Declaration of Human Rights – Lebanon document": an instrument's name
    if "," in m.group("owner") and SENTENCE_END.search(text, m.end(), text.find("\n", m.end()) % (len(text) + 1)):
        return True  # "Britain, France and Germany statement to media criticised Russia.": a sentence's subject  # ("The right of reply by India was yet another attempt ...": a sentence on another's statement)
    if m.group("label") and _reference_label().fullmatch(m.group("label").strip()):
        return True  # "Subject: Position of Turkey on Varosha", "Objet : Déclaration de la Fédération de Russie": another's
    said = lexicon.pattern("author", "said")
    if m.group("label") and said and said.search(m.group("label")):
        return True  # "Minister Lavrov told reporters: Position of the United States ...": reported speech, no label
    if ARTICLE_OWNER.fullmatch(m.group("owner")):
        return bool(VERB_AFTER.match(text, m.end()))
    if not INDEFINITE_OWNER.fullmatch(m.group("owner")):
        return False
    line_end = text.find("\n", m.end())
    return _reported().search(text, m.end(), min(line_end if line_end >= 0 else len(text), m.end() + REPORTED_REACH)) is not None


@cache
def _reference_label() -> re.Pattern[str]:
    """A letter's reference and subject lines and a transcript's turns (the lexicons' ``header.subject_labels``,
    ``speech.question_labels``, ``speech.answer_labels``): no site's label before a heading of the text's own."""
    words = [w for key in (("header", "subject_labels"), ("speech", "question_labels"), ("speech", "answer_labels"))
             for w in lexicon.all_languages(*key)]
    return re.compile(lexicon.alternation(words) + r"\.?", re.I)


@cache
def _reported() -> re.Pattern[str]:
    """A verb that reports what the statement says, then "that" (the lexicon's ``title.reporting_verbs``
    of every language, read in lower case: "the States that are Members" has no such verb)."""
    verbs = lexicon.alternation(lexicon.all_languages("title", "reporting_verbs"))
    return re.compile(rf"\s{verbs}\s+(?:that|que|qu['’])")


def cue(text: str, h: Header) -> int | None:
    m = next((m for m in _heading().finditer(text, 0, min(len(text), HEADING_SEARCH)) if not _not_heading(text, m)), None)
    if m is None:
        first = len(text) - len(text.lstrip())
        end = text.find("\n", first)
        m = _title_part().search(text, first, end if end > 0 else len(text))
    return m.start("word") if m else None


def read(text: str, h: Header, at: int) -> None:
    h.put("doc_type", "other", "statement-heading")
    line_end = text.find("\n", at)
    if 0 < line_end and len(text[at:line_end].split()) <= 3:  # "Declaración\nde Uruguay": a heading cut short
        next_end = text.find("\n", line_end + 1)
        line_end = next_end if next_end > 0 else len(text)
    heading = text[at:line_end if line_end > 0 else len(text)]
    if len(heading) > HEADING_MOST:  # a page run into one line: its heading is its first sentence
        heading = text[at:first_sentence_end(text, at, at + len(heading))]
    part = SENTENCE_AFTER_DASH.split(SPLIT_BEHALF.split(heading, maxsplit=1)[0], maxsplit=1)[0]
    line_start = text.rfind("\n", 0, at) + 1
    delivered = lexicon.all_languages_pattern("author", "delivered_heading")
    spoken = delivered.match(text, at) or _delivered_below(text, at + len(heading), delivered)
    if spoken and spoken.start() != at:  # "Press release 27 February 2019" over "No:036/19, Statement by X at the ..."
        end = text.find("\n", spoken.start()) % (len(text) + 1)
        forum = forum_in(text, spoken.start(), end, vote=False) if not TO_THE_PRESS.search(text, spoken.start(), end) else None
    else:
        forum = forum_in(text, line_start, at + len(heading), vote=bool(vote_heading().match(text, at))) \
            if spoken and not TO_THE_PRESS.search(heading) else None  # (a page run into one line: its first sentence)
    if forum is None and spoken and spoken.start() == at and len(text[at:text.find("\n", at) % (len(text) + 1)].split()) <= 3 \
            and not TO_THE_PRESS.search(heading):
        forum = stacked_forum(text, at)  # "Statement by / H.E. ... / Before the Security Council"
    if forum is None and spoken and spoken.start() == at and vote_heading().match(text, at) and not TO_THE_PRESS.search(heading) \
            and not dateline_state(text):  # "Explanation of Vote on A/C.3/72/L.62": made where the draft is voted (not a
        forum = draft_above(text, at + len(heading), line_start)  # ministry's statement on it from its capital)
    if forum:
        h.put("addressee", forum.value, "statement-forum", (forum.start, forum.end))
    elif delivered.match(text, at) and not TO_THE_PRESS.search(heading):
        above = body_session_line(text, line_start)  # "Human Rights Council - 25th Regular Session" over "Australian Statement"
        if above is None:  # under it: "ACT group statement at the ... debate / 78th Session of the United Nations General Assembly"
            below = body_session_line(text, min(len(text), at + len(heading) + SESSION_BELOW))
            above = below if below and below[1] >= at + len(heading) else None
        alone = forum_line_above(text, line_start) if not above and not SUMMARY_LINE.search(text, at, at + SUMMARY_REACH) else None
        if above and above[0]["body"] in FORUMS:
            h.put("addressee", str(above[0]["body"]), "statement-session-line", (above[1], line_start))
        elif alone:  # "Asamblea General" on a line of its own over "Intervención del Representante Permanente"
            h.put("addressee", str(alone.value), "statement-forum-line", (alone.start, alone.end))
    heading_dateline(text, h, at, at + len(heading), bool(spoken))
    owner = _owner(text, at)
    if owner and owner[2] == "heading-owner" and owner[0] == "author_states":
        page = official_page(text)  # "Sri Lanka Adoption Statement" under a United States site's banner: the State the
        owner = ("author_states", [page], "official-page") if page and page not in owner[1] else owner  # heading is about
    if owner:
        h.put(*owner)
        return untitled(text, h)
    owned = heading_states(text, at, heading, part)
    # a heading wrapped onto the next line: "... Ministers of France,\nGermany and the UK on ..."
    listed = [m.value for i, o in enumerate(owned) if i == 0 or JOINED_LEAD.search(text, max(at, o.start - 30), o.start)
              for m in coordinated(text, o.start) if m.value in load_reference().states]  # ("A, B and C, joined by D and E")
    states = unique([s.value for s in owned] + (listed if len(set(listed)) > len(owned) else []))
    if states and re.match(r"\S+(?:\s+\S+){0,3}\s+(?:by|of|de|du|del|des)\b(?!\s+(?:presse|prensa)\b)", heading, re.I):
        h.put("author_states", states, "statement-by", (at, at + len(part)))
    else:
        by = re.match(r"(?P<kind>\S+(?:\s+\S+){0,3}?)\s+(?:by|of|de|du|del|des)\s+(?:the\s+|la\s+|l'|el\s+)?" +
                      r"(?=European|EU|Union|Office|Human|Secretary|High)", heading, re.I)
        bodies = [b.value for b in bodies_in(text, at, at + len(part)) if b.value != "UN"
                  and (not by or "," not in text[at + by.end():b.start])]  # the body the heading is by ("by the Office of the Special
        # Envoy of the Secretary-General"; not "by the secretary of the National Human Rights Council, X, on the Report of the Office")
        spoken_by = re.match(r"(?P<kind>\S+(?:\s+\S+){0,3}?)\s+(?:by|of|de|du|del|des|par|por)\s", heading, re.I)
        presiding = presided(text, at + spoken_by.end(), at + len(part)) \
            if spoken_by and not TOPIC_WORD.search(spoken_by.group("kind")) else None
        if bodies and by and not TOPIC_WORD.search(by.group("kind")):  # (the body the heading is by or of: not
            h.put("author_body", bodies[0], "statement-by")  # "Statement on Situation of Human Rights in Iran; 3rd Committee")
        elif presiding:  # "Declaración de S.E. Embajador X Presidente del Consejo de Derechos Humanos": its president speaks for it
            h.put("author_body", presiding, "statement-by-president")
    untitled(text, h)


SENTENCE_END = re.compile(r"[.!?][\"”’]?(?:\s|$)")  # a line that holds a sentence's end is prose, no heading
TOPIC_WORD = re.compile(r"\b(?:on|about|concerning|regarding|sur|sobre|acerca)\b", re.I)  # what the heading is about
TO_THE_PRESS = re.compile(r"\b(?:to|à|a)\s+(?:the\s+|la\s+|les\s+|los\s+)?(?:press|presse|prensa|media|médias|medios)\b", re.I)  # remarks to the press: no meeting


# "Declaration [By Russia, Germany, and France]", "Joint Statement (by Canada and Mexico)": the States it is by
# the bracket's topic after its agents ("[by the United States and the United Kingdom on Iran]"), and a speaker for a
# group, whose author the group rules tell ("(by Hungary on behalf of the European Union)")
BRACKET_TOPIC = re.compile(r"\s+(?:on|about|concerning|regarding|sur|concernant|sobre|acerca\s+de|relative\s+[àa]|relativa\s+a)\s", re.I)
BRACKET_BEHALF = re.compile(r"\b(?:on\s+behalf\s+of|au\s+nom\s+d|en\s+nombre\s+d)", re.I)
BRACKETED_BY = re.compile(r"(?:[ \t]+(?:conjointe|commune|conjunta))?[ \t]*[\[(][ \t]*(?:by|par|por|de)[ \t]+([^\])\n]{3,200})[\])]", re.I)


def _owner(text: str, at: int) -> tuple[str, object, str] | None:
    """'EU Explanation of Vote', "SINGAPORE'S EXPLANATION OF VOTE": the name before the heading word; but
    the States a bracket after it says it is by ("Iraq Declaration [By Russia, Germany, and France]": the
    name before is its topic)."""
    m = _heading().match(text, max(0, text.rfind("\n", 0, at)))
    if not m or m.start("word") != at:
        return None
    by = BRACKETED_BY.match(text, m.end("word"))
    agents = BRACKET_TOPIC.split(by.group(1), maxsplit=1)[0] if by and not BRACKET_BEHALF.search(by.group(1)) else ""
    named = [s for s in states_in(text, by.start(1), by.start(1) + len(agents)) if s.kind == "name"] if by and agents else []
    if named:
        return "author_states", unique([str(s.value) for s in named]), "heading-by"
    if not m.group("owner").strip():
        return None
    start, end = m.start("owner"), m.end("owner")
    states = [s for s in states_in(text, start, end) if s.kind == "name"]
    if states and "," in m.group("owner"):  # "UK, France and Germany statement to media": each of them
        return "author_states", unique([str(s.value) for s in states]), "heading-owners"
    if states:
        return "author_states", [str(states[-1].value)], "heading-owner"
    bodies = [b for b in bodies_in(text, start, end) if b.value in ("EU", "AU", "OIC", "NAM", "OHCHR")]
    return ("author_body", str(bodies[-1].value), "heading-owner") if bodies else None


# "Résumé" under the heading: a page summing up the statement in the third person, not the statement
SUMMARY_LINE = re.compile(r"^[ \t]*(?:Summary|R[ée]sum[ée]|Resumen)[ \t]*$", re.M | re.I)
SUMMARY_REACH = 400


SESSION_BELOW = 120  # a body's session line on the line or two under a statement's heading
RELEASE_TO_STATEMENT = 300  # a release's own heading, then the statement's heading a line or two below
REFERENCE_LEAD = re.compile(r"[ \t]*(?:(?:No|Nr|N°|Ref)\.?\s*:?\s*[\w/.-]+\s*,?\s*)?")  # "No:036/19, Statement by ..."


def _delivered_below(text: str, end: int, delivered: Phrases) -> re.Match[str] | None:
    """The heading of a statement delivered, opening one of the lines just below a release's heading."""
    for line in re.finditer(r"^", text[:min(len(text), end + RELEASE_TO_STATEMENT)], re.M):
        if line.start() > end:
            m = delivered.match(text, REFERENCE_LEAD.match(text, line.start()).end())  # type: ignore[union-attr]
            if m:
                return m
    return None


def untitled(text: str, h: Header) -> None:
    """A text with no title: its author from what it says of a State; its own date at the top."""
    open_to = not h.author_states or h.rules.get("author_states") != "title-from"
    behalf = on_behalf_of(text) if open_to else None
    signers = signer_list(text) if open_to else []  # "List of Signers:" under a joint statement
    if behalf and behalf[0] == "author_states":
        h.put("author_states", unique(behalf[1] + signers), "on-behalf-of+signer-list" if signers else "on-behalf-of")
        h.author_body = None
    elif behalf and not h.author_states:  # "Statement by Mauritius on behalf of the African Group": Mauritius's
        speaker = speaking_state(text) if behalf[1][0] != "EU" else None  # a State speaking for a group is its author
        if speaker:
            h.put("author_states", [speaker[0]], f"{speaker[1]}+for-group")
        else:
            h.put(behalf[0], behalf[1][0], "on-behalf-of")
    elif signers:
        h.put("author_states", signers, "signer-list")
    elif not h.author_states and not h.author_body:
        joint = joint_authors(text)
        carried = carried_text_states(text)  # "Following is the statement released by the Ministry of Foreign Affairs of X"
        author = None if joint else (carried[0], "carried-text") if carried else speaking_state(text)
        listed = [] if joint else speaking_list(text, together_only=author is not None) or lead_list(text, author)
        if listed and (author is None or author[0] in listed):  # "Switzerland together with A, B and C welcome": all of them
            joint = listed
        if not joint and not author:
            author = speaker_label(text)  # "SWITZERLAND: Mr. President, ...": a transcript's speaker
        if not joint and not author and h.doc_type == "letter":
            asking = requesting_state(text)  # "Le Gouvernement syrien demande une fois encore au Conseil de sécurité"
            author = (asking, "requesting-state") if asking else None
        if not joint and not author and not h.symbol:
            organ = unnamed_organ_state(text)
            named = None if organ or named_at_top(text) else most_named_state(text)  # (not an organisation's text)
            author = (organ, "unnamed-organ") if organ else (named, "most-named") if named else None
        author = None if joint else page_author(text, author)  # "Déclaration de M. ..., ministre ..." over "Prononcé le"
        official = official_body(text) if not joint and (not author or author[1] in ("dateline-capital", "closing-capital")) else None
        if joint:
            h.put("author_states", joint, "joint-authors")
        elif official:  # "The High Representative of the European Union ... said"; "Le Caire - La Ligue arabe a accueilli"
            h.put("author_body", official[0], "body-official", official[1])
        elif author:
            h.put("author_states", [author[0]], author[1])
    if h.dated is None:
        top_date(text, h)
    if h.genre in ("statement", "untitled"):
        speech_forum(text, h)
    if h.addressee is None and not h.symbol:
        to = written_to(text, h.author_states)  # "In a letter addressed to UN Secretary-General Antonio Guterres, ..."
        if to:
            h.put("addressee", str(to.value), "written-to", (to.start, to.end))
    advisory = advisory_request(text) if h.addressee is None and h.author_states else None
    if advisory:  # a State's written statement in advisory proceedings ("(REQUEST FOR ADVISORY OPINION) / WRITTEN STATEMENT OF
        h.put("addressee", "ICJ", "advisory-proceedings", advisory.span())  # THE ARGENTINE REPUBLIC"): to the Court


GENRE = Genre("statement", cue, read)

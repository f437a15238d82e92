"""A transcript of questions and answers: whose words the questions are.

A foreign ministry's spokesperson's press conference, a minister's interview or a page of
questions and answers is printed as turns, each opened by a label at the start of its line:
"Q:" / "A:", "Question:" / "Answer:", "P:" / "R:" (the lexicons' ``speech.question_labels``
and ``speech.answer_labels``), or the speaker's own name ("Sergey Lavrov:"). The questions are
the journalists' words: "Japanese Vice Foreign Minister Sugiyama said ... How do you respond?"
does not make Japan the author, and "It is reported that China has submitted its report on
Resolution 2270. Can you confirm?" is no stance of the ministry's. The answers are the
author's.

``asked(text)`` gives the spans of the questions of a text printed as such a transcript (a
question label at a line's start and an answer label at a later line's start); ``unasked(text)``
the same text with those spans blanked (same length, line breaks kept), which the author and
stance rules read. The States, bodies and resolutions a question names are still the text's.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import cache

from unhrkg.extract import lexicon, memo
from unhrkg.extract.asked import asked_of
from unhrkg.extract.organs import demonym_at
from unhrkg.extract.gazetteer import institutions_gazetteer, states_in
from unhrkg.extract.person import POST

# "Sergey Lavrov:", "Spokesperson Hong Lei:", "Official Spokesperson, Shri Arindam Bagchi:"
NAME_LABEL = r"(?-i:[A-Z])[\w.'’-]+(?:(?:,?[ \t]+)(?-i:[A-Z])[\w.'’-]+){0,5}"
LABEL_END = r"[ \t]*(?:\d{1,2}[ \t]*)?(?:[:：]|[-–—](?=[ \t]))"  # "Q:", "Q1:", "Question :", "Q：", "Q - " (the Quai d'Orsay's)


def _label(phrases: str) -> re.Pattern[str]:
    return re.compile(rf"^[ \t]*(?:\*\*)?(?=(?-i:[A-ZÀ-Ý]))(?:{phrases}){LABEL_END}", re.I | re.M)  # (a label is capitalised)


QUESTION_PREFIX = 80  # "§ Mr. Roy", "94. Deputy Bríd Smith", "Baroness Rendell of Babergh": before the question's words on its line
# "[HL6325]", "[4397/23]", "[122922]": a parliamentary question's number closes it (not a footnote's "[1]")
REFERENCE_TAG = re.compile(r"\[(?:HL\s*\d+|\d+/\d{2}|\d{4,})\]")
TAG_REACH = 1500
# before a member's question on its line: nothing, or its number or a section mark, then the member's name and
# titles ("94. Deputy Bríd Smith", "§ Lord Avebury"), or a name with a member's title ("Baroness Rendell of Babergh")
SPACE = re.compile(r"\s*")
NUMBERED = re.compile(r"\s*(?:\d{1,4}\.|§)\s*")
MEMBER = re.compile(r"(?:(?-i:[A-ZÀ-Ý])[\w.'’-]*,?\s+(?:(?:of|de|van|von|du|da)\s+)?)*")


@memo.per_document
def asked(text: str) -> list[tuple[int, int]]:
    """The spans of the questions a text prints as someone else's: a transcript's questions, or a
    member's written question to a government (``parliamentary``)."""
    return transcript(text) or parliamentary(text)


@cache
def _cue_words() -> tuple[str, ...]:
    """The first word every member's question cue prints ("ask", "asked"), lower-cased."""
    words: set[str] = set()
    for phrase in lexicon.all_languages("speech", "parliamentary_question"):
        token = next(t for t in phrase.split() if t != "..." and not t.startswith("["))
        words |= {w.rstrip("*").lower() for w in token.split("|")}
    return tuple(sorted(words))


def _end_of(text: str, mark: str, start: int) -> int:
    found = text.find(mark, start)
    return found if found >= 0 else len(text)


def _asker(text: str, start: int, at: int) -> bool:
    """Only a member's question opens its line this way: the cue first, or after the question's
    number or a section mark and the member's name ("94. Deputy Bríd Smith"), or after a name with a
    member's title of the lexicons' ``speech.member_titles`` ("Baroness Rendell of Babergh")."""
    lead = text[start:at]
    if not lead.strip():
        return True
    numbered = NUMBERED.match(lead)
    name = MEMBER.fullmatch(lead, numbered.end() if numbered else 0)
    titles = lexicon.all_languages_pattern("speech", "member_titles")
    return bool(name and (numbered or titles.search(lead)))


# the member's name run into the cue after a section mark, as a parliament's pages print it ("§ Lord Aveburyasked Her
# Majesty's Government:")
# ("§ 12. Mr. PageTo ask the Secretary of State for Foreign and Commonwealth Affairs": its number, and "To ask" glued)
GLUED_ASKED = re.compile(r"(?<=[a-zà-ÿ])(?:asked[ \t]+(?:Her|His)[ \t]+Majesty['’]s[ \t]+Government\b|To[ \t]+ask[ \t]+(?:the|Her|His)\b)")
GLUED_MEMBER = re.compile(r"[ \t]*§[ \t]*(?:\d{1,4}\.[ \t]*)?(?:(?-i:[A-ZÀ-Ý])[\w.'’-]*[ \t]+(?:(?:of|de)[ \t]+)?){0,5}(?-i:[A-ZÀ-Ý])[\w.'’-]*")


def parliamentary(text: str) -> list[tuple[int, int]]:
    """A member's question to a government, as a parliament prints it with the answer (the
    lexicons' ``speech.parliamentary_question``: "To ask the Secretary of State for ...", "94.
    Deputy X asked the Tánaiste ...", "asked Her Majesty's Government:"): from its line's start to
    the end of the line that closes it with its number ("[HL6325]", "[4397/23]"), or of its own line
    (of the line below, where the cue stands on a line of its own: "asked Her Majesty's Government:")."""
    lower = text.lower()
    if not any(word in lower for word in _cue_words()):  # (a quick look spares most texts the cues' scan)
        return []
    cue = lexicon.all_languages_pattern("speech", "parliamentary_question")
    spans: list[tuple[int, int]] = []
    found = sorted([*cue.finditer(text), *GLUED_ASKED.finditer(text)], key=lambda m: m.start())
    for m in found:
        start = text.rfind("\n", 0, m.start()) + 1
        glued = m.re is GLUED_ASKED and GLUED_MEMBER.fullmatch(text, start, m.start())
        if m.start() - start > QUESTION_PREFIX or not (glued or _asker(text, start, m.start())) or spans and start < spans[-1][1]:
            continue  # ("Israel asked the Secretary of State to", "We wish to ask the Council": no member's question)
        line_end = _end_of(text, "\n", m.end())
        own_line = re.fullmatch(r"[ \t]*:?[ \t]*", text[m.end():line_end])  # "asked Her Majesty's Government:" on a line
        body = SPACE.match(text, line_end).end() if own_line else m.end()  # type: ignore[union-attr]
        paragraph = min(_end_of(text, "\n\n", body), m.end() + TAG_REACH)
        tag = REFERENCE_TAG.search(text, m.end(), paragraph)
        close = tag.end() if tag and not cue.search(text, m.end(), tag.start()) else body if own_line else m.end()
        end = text.find("\n", close)
        spans.append((start, end if end >= 0 else len(text)))
    return spans


@cache
def _labels() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A question's label, and any other turn's: an answer's label or a speaker's name."""
    questions = _label(lexicon.all_languages_pattern("speech", "question_labels").pattern)
    answers = _label(lexicon.all_languages_pattern("speech", "answer_labels").pattern)
    return questions, re.compile(rf"{answers.pattern}|^[ \t]*(?:\*\*)?{NAME_LABEL}{LABEL_END}", re.I | re.M)


@memo.per_document
def transcript(text: str) -> list[tuple[int, int]]:
    """The spans of a transcript's questions: from each question label to the next line opened by
    another turn's label (an answer's, another question's, or a speaker's name: "MR. PRICE:",
    "Sergey Lavrov:") or its paragraph's end, whichever comes first. None unless another turn
    follows the first question."""
    questions, others = _labels()
    found = [m.start() for m in questions.finditer(text)]
    if not found:
        return []
    first_end = text.find("\n", found[0])
    if first_end < 0 or not others.search(text, first_end):
        return []
    spans: list[tuple[int, int]] = []
    for start in found:
        if spans and start < spans[-1][1]:
            continue  # (a question label inside the question before it)
        line_end = text.find("\n", start)
        turn = [m.start() for m in (others.search(text, line_end), questions.search(text, line_end)) if m] if line_end >= 0 else []
        paragraph = text.find("\n\n", start)  # (an answer printed with no label of its own starts a paragraph)
        spans.append((start, min(turn + [paragraph if paragraph >= 0 else len(text)])))
    return spans


def unasked(text: str) -> str:
    """The text with its questions blanked: what the author says (offsets unchanged)."""
    spans = asked(text)
    if not spans:
        return text
    out, at = [], 0
    for start, end in spans:
        out += [text[at:start], re.sub(r"[^\n]", " ", text[start:end])]
        at = end
    return "".join(out) + text[at:]


def in_question(spans: list[tuple[int, int]], at: int) -> bool:
    return any(start <= at < end for start, end in spans)


SIDE_LEAD = re.compile(r"(?:^|[.;:!?\n]\s*|,\s+)(?:the|la|le|el)\s+$", re.I)  # a clause's subject: "Second, the Chinese side"


def sides_named(text: str, start: int, end: int) -> Counter[str]:
    """How often each State speaks between start and end as a side ("The Chinese side has noted",
    "Second, the Chinese side stands for", "La partie chinoise salue"): its demonym with a word of the
    lexicon's ``author.sides``, opening a clause, with a verb of the stance a side takes (``author.side_verbs``)
    right after; not a side spoken of ("The Israeli side has not responded", "the US side should correct")."""
    votes: Counter[str] = Counter()
    sides = lexicon.pattern("author", "sides")
    takes = lexicon.pattern("author", "side_verbs")
    for m in sides.finditer(text, start, end) if sides else ():
        after = demonym_at(text, m.end())  # "la partie chinoise", "la parte china"
        before = [st for st in states_in(text, max(0, m.start() - 40), m.start())
                  if st.kind == "demonym" and re.fullmatch(r"[ \t]+", text[st.end:m.start()])]
        dem = after or (before[-1] if before else None)
        if not dem:
            continue
        opened = (m.start() if after else dem.start)
        close = (after.end if after else m.end())
        gap = re.match(r"\s+", text[close:close + 3])
        if SIDE_LEAD.search(text, max(0, opened - 12), opened) and gap and takes and takes.match(text, close + gap.end()):
            votes[str(dem.value)] += 1
    return votes


def answering_state(text: str, spans: list[tuple[int, int]]) -> tuple[str, int] | None:
    """The State whose side the answers speak as ("The Chinese side has noted ...", "Second, the
    Chinese side stands for ..."), more often than any other, and how often: a spokesperson's State,
    where the heading names only the spokesperson."""
    votes: Counter[str] = Counter()
    for (_, end), (start, _) in zip(spans, spans[1:] + [(len(text), len(text))]):  # each answer: up to the next question
        votes += sides_named(text, end, start)
    ranked = votes.most_common(2)
    return ranked[0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None


REFERRED = re.compile(r"\brefer(?:red)?\s+(?:you|them|him|her|the\s+question|questions)\s+to\s+(?:the\s+)?$", re.I)


def asked_state(text: str, answers: str, spans: list[tuple[int, int]]) -> str | None:
    """The one State the questions ask for the reaction of ("What is China's response to ...?", ``asked.asked_of``),
    where they ask for no other's and the answers (``answers``: the text with its questions blanked) name it too: the
    spokesperson's own, a weak sign (the author rules' guess yields to it, no other rule does: "What is Israel's
    response?" may be asked of the State Department, which refers the journalist to Israel's government)."""
    asked = {str(st.value) for start, end in spans for st in asked_of(text, start, end)}
    named = {str(st.value) for st in states_in(answers) if st.kind in ("name", "demonym")
             and not REFERRED.search(answers, max(0, st.start - 30), st.start)}  # ("I'd refer you to the Chinese Government")
    return asked.pop() if len(asked) == 1 and asked <= named else None


def asked_government(text: str, spans: list[tuple[int, int]]) -> str | None:
    """The State whose government a member's question is put to, by the name of its office
    ("asked Her Majesty's Government", "asked the Tánaiste", "To ask the Secretary of State for
    Foreign and Commonwealth Affairs"): the government that answers."""
    for start, end in spans:
        found = [m for m in institutions_gazetteer().find(text, start, end) if m.value]
        if found:
            return str(found[0].value)
    return None


ANSWERER_LINE = re.compile(r"[ \t]*(?:§[ \t]*)?(?P<line>[^\n]{3,160}?)[ \t]*:?[ \t]*(?:\n|$)")
MEMBER_NAME = re.compile(r"(?-i:[A-ZÀ-Ý])[\w.'’-]*(?:[ \t]+(?:(?:of|de|van|von|da|du)[ \t]+)?(?-i:[A-ZÀ-Ý])[\w.'’-]*){1,6}")
SURNAME = re.compile(r"(?-i:[A-ZÀ-Ý])[\w'’-]+")  # "Rammell", "MacShane": after an honorific, one name is enough
# the answerer's post, then the name in brackets: "The Minister of State, Foreign and Commonwealth Office (Baroness Symons of
# Vernham Dean)"
POST_THEN_NAME = re.compile(r"(?:The[ \t]+)?(?P<post>[^()\n]{3,90}?)[ \t]*\((?P<name>[^()\n]{3,60})\)")
# a section mark, then the answerer's name run into the answer's first word, as a parliament's pages print it ("§ Mr.
# BradshawOn 1 June 2001 the UN Security Council ...", "§ Baroness Symons of Vernham DeanThe Security Council ...")
RUN_ON = re.compile(r"[ \t]*§[ \t]*(?P<words>(?:(?-i:[A-ZÀ-Ý])[\w.'’-]*[ \t]+(?:(?:of|de|van|von|da|du)[ \t]+)?){0,6})"
                    r"(?P<glued>(?-i:[A-ZÀ-Ý])[\w'’-]*(?-i:[a-zà-ÿ])(?-i:[A-Z])[\w'’-]*)")
NAME_THEN_POST = re.compile(r"(?P<name>[^\n–—]+?)[ \t]+[-–—][ \t]+(?P<post>[^\n]{3,120})")  # the answerer, a dash, the post
ANSWER_LINES = 3  # "Answered by" / "Portrait" / "Mark Field": the name within the lines after the question


def _answerer(words: str, honorific: re.Pattern[str] | None) -> str | None:
    """The name in an answerer's line, a member's honorific ("Mr", "Sir") dropped (a peer's title kept)."""
    lead = honorific.match(words) if honorific else None
    name = words[lead.end():].lstrip(" .") if lead else words
    return name if MEMBER_NAME.fullmatch(name) or lead and SURNAME.fullmatch(name) else None


def _run_on(text: str, at: int) -> str | None:
    """The name a section mark at ``at`` runs into the answer: up to the last small letter before a capital in the
    first word holding one ("MacShaneThe" -> "MacShane")."""
    m = RUN_ON.match(text, at)
    if not m:
        return None
    glued = m.group("glued")
    split = max(i for i in range(1, len(glued)) if glued[i - 1].islower() and glued[i].isupper())
    return _answerer((m.group("words") + glued[:split]).strip(), lexicon.all_languages_pattern("speech", "member_honorifics"))


def answerers(text: str, spans: list[tuple[int, int]]) -> list[dict[str, object]]:
    """Who answers each member's question: the name on the line after it ("Baroness Symons of Vernham Dean",
    "Baroness Amos:", "Mr Tobias Ellwood", "Mr. Rammell"), after the lexicons' ``speech.answered_by`` ("Answered by
    Nigel Adams", on its line or a line or two above it), in brackets after the answerer's post ("The Minister of
    State, ... (Baroness Symons of Vernham Dean)", the post its title), or run into the answer after a section mark
    ("§ Mr. BradshawOn 1 June ..."); a member's honorific before it (``speech.member_honorifics``: "Mr", "Sir") is not
    part of it, a peer's title is."""
    answered = lexicon.all_languages_pattern("speech", "answered_by")
    honorific = lexicon.all_languages_pattern("speech", "member_honorifics")
    found: list[dict[str, object]] = []

    def add(name: str | None, titles: list[str]) -> bool:
        if name and not any(f["name"] == name for f in found):
            found.append({"name": name, "titles": titles, "rule": "answered-by"})
        return bool(name)

    for _, end in spans:
        at = SPACE.match(text, end).end()  # type: ignore[union-attr]
        if add(_run_on(text, at), []):
            continue
        for _ in range(ANSWER_LINES):
            line = ANSWERER_LINE.match(text, at)
            if not line:
                break
            words = line.group("line").strip()
            by = answered.match(words)
            words = words[by.end():].strip(" :") if by else words
            dashed = NAME_THEN_POST.fullmatch(words)  # "Lord Ahmad of Wimbledon - Minister of State (...)", not "- 14 September"
            if dashed and POST.search(dashed.group("post")) and \
                    add(_answerer(dashed.group("name").strip(), honorific), [dashed.group("post").strip()]):
                break
            post = POST_THEN_NAME.fullmatch(words)
            if post and add(_answerer(post.group("name").strip(), honorific), [post.group("post").strip(" ,")]):
                break
            if not post and add(_answerer(words, honorific), []):
                break
            if words and not by and len(words.split()) > 1:
                break  # a line of the answer: no name above it
            at = SPACE.match(text, line.end()).end()  # type: ignore[union-attr]
    return found


# a minister's statement to a parliament, its speaker's line at the top of the record: "The Secretary of State for
# Foreign and Commonwealth Affairs (Mr. Robin Cook)" (the post, then the member's name in brackets)
SPEAKER_POST_LINE = re.compile(r"^[ \t]*(?:The[ \t]+)?(?P<post>[A-Z][^()\n]{3,110}?)[ \t]*\((?P<name>[^()\n]{3,60})\)[ \t]*:?[ \t]*$", re.M)
SPEAKER_REACH = 300  # the speaker's line stands under the record's heading
MINISTERIAL = re.compile(r"\b(?:Minister|Secretary(?!-General)|Ministre|Ministro|Ministra|Secr[ée]taire|Secretari[oa])\b")  # not the chair


def speaking_minister(text: str) -> list[dict[str, object]]:
    """The minister a parliament's record of a statement opens with, by post, the name in brackets (a member's
    honorific dropped: ``speech.member_honorifics``); the post must be a minister's or a secretary's (not the chair of
    a sitting: "The Chairman of Ways and Means (Sir Alan Haselhurst)")."""
    for m in SPEAKER_POST_LINE.finditer(text, 0, min(len(text), SPEAKER_REACH)):
        name = _answerer(m.group("name").strip(), lexicon.all_languages_pattern("speech", "member_honorifics"))
        if name and MINISTERIAL.search(m.group("post")):
            return [{"name": name, "titles": [m.group("post").strip(" ,")], "rule": "speaking-minister"}]
    return []

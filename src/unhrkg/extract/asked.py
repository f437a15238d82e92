"""A journalist's question asking for a State's own reaction: "What is China's response to ...?", "Quelle est la
réaction française ... ?", "¿Cuál es la posición de España ...?". The spokesperson who answers speaks for that State;
the author rules (``authors``) and a transcript's (``interview``) read it."""
from __future__ import annotations

import re

from unhrkg.extract import lexicon
from unhrkg.extract.gazetteer import Mention, states_gazetteer

ARTICLE_GAP = re.compile(r"\s*(?:the\s+|la\s+|el\s+|l['’])?")
QUESTION_REACH = 200  # the question mark that ends an asking clause


# a question set apart as a journalist's: its line opens with it (or a bracket, or a question label) and its mark ends the
# line ("(Quelle est la réaction française ... ?)"), not a speaker's rhetorical one ("Quelle a été la réaction de la
# Russie ? Un veto.")
QUESTION_LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:\(|[A-Z][\w.]{0,9}[ \t]*[:.–-][ \t]*)?[ \t]*¿?$")
QUESTION_LINE_END = re.compile(r"\?[ \t]*\)?[ \t]*(?:\n|$)")


def asked_of(text: str, start: int, stop: int, alone: bool = False) -> list[Mention]:
    """The States a journalist's question asks for the reaction of (the lexicon's ``author.asking`` then
    ``author.asked_reaction``): "What is China's response to ...?", "Quelle est la réaction française ... ?",
    "¿Cuál es la posición de España ...?". The spokesperson who answers speaks for it. Only the State the
    asked word belongs to ("What is your comment on Japan's position?" asks for none); with ``alone``, only a question
    on a line of its own."""
    asking, asked = lexicon.all_languages_pattern("author", "asking"), lexicon.all_languages_pattern("author", "asked_reaction")
    found = []
    for m in asking.finditer(text, start, stop):
        mark = text.find("?", m.end(), m.end() + QUESTION_REACH)
        if mark < 0 or alone and not (QUESTION_LINE_START.search(text, max(0, m.start() - 20), m.start())
                                      and QUESTION_LINE_END.match(text, mark)):
            continue
        at = ARTICLE_GAP.match(text, m.end()).end()  # type: ignore[union-attr]
        st = states_gazetteer().match_at(text, at)
        if st and st.value and st.start == at:
            gap = re.match(r"\s+", text[st.end:st.end + 3]) if st.kind == "demonym" else None
            if re.match(rf"['’´]s\s+(?:\w+\s+)?(?:{asked.pattern})", text[st.end:st.end + 40], asked.flags) \
                    or gap and asked.match(text, st.end + gap.end()):
                found.append(st)  # "China's response", "the US's official reaction", "the Chinese reaction"
                continue
        noun = asked.match(text, at)
        of = re.match(r"\s+(?:(?:of|de|du|del)\s+(?:the\s+|la\s+|l['’]|el\s+)?)?", text[noun.end():noun.end() + 12]) if noun else None
        st = states_gazetteer().match_at(text, noun.end() + of.end()) if noun and of else None
        if st and st.value and st.start == noun.end() + of.end() and (st.kind == "demonym" or of.group(0).strip()):
            found.append(st)  # "la réaction française", "la posición de España"
    return found


def in_question(text: str, pos: int) -> bool:
    """A journalist's question in a briefing's transcript ("Question: Yesterday, a Japanese Foreign Ministry spokesperson
    said ..."; its line opens with one of the lexicons' ``speech.question_labels``, or asks): what it quotes is
    another's word, not the answering side's."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos) % (len(text) + 1)
    labels = lexicon.all_languages_pattern("speech", "question_labels").pattern
    return bool(re.match(rf"[ \t]*(?:{labels})\s*\d*\s*[:.]", text[line_start:pos], re.I)) or "?" in text[pos:line_end]

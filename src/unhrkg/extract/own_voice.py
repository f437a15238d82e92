"""A speaker naming his own State where no byline does: a presiding officer's "I shall now make a statement in my
capacity as the representative of X", and a State opening one of a speaker's numbered points with a verb of his own
stance ("First, France is concerned ...")."""
from __future__ import annotations

import re

from unhrkg.extract import lexicon
from unhrkg.extract.gazetteer import Mention, states_gazetteer
from unhrkg.extract.lead import ARTICLE
from unhrkg.extract.speakers import FIRST_PERSON_WORDS
from unhrkg.extract.spoken_of import verb_gap


def own_capacity(text: str, stop: int) -> list[Mention]:
    """The State whose representative a presiding officer says he now speaks as ("I shall now make a statement in my
    capacity as the representative of Argentina", "en mi carácter de representante de la Argentina"; the lexicon's
    ``author.own_capacity``)."""
    capacity = lexicon.pattern("author", "own_capacity")
    found: list[Mention] = []
    if SPEAKER_TURN.search(text):
        return found  # a meeting record's turns ("Mr. Kariuki (United Kingdom): ..."): the presiding officer is one speaker of many
    for m in capacity.finditer(text, 0, min(stop, CAPACITY_REACH)) if capacity else ():  # (a record's later turns are others')
        st = states_gazetteer().match_at(text, m.end() + len(ARTICLE_AFTER.match(text, m.end()).group(0)))  # type: ignore[union-attr]
        if st and st.value:
            found.append(st)
    return found


SPEAKER_TURN = re.compile(r"^[ \t]*(?:Mr|Mrs|Ms|Dame|Sir|M|Mme|Sr|Sra)\.?[ \t]+[^\n():]{2,40}\([^()\n]{3,40}\)(?:[ \t]*\([^()\n]{3,40}\))?[ \t]*:",
                          re.M)  # ("M. Nebenzia (Fédération de Russie) (parle en russe) :")
CAPACITY_REACH = 600  # the State's own statement opens the text; further down, a meeting record's presiding officer speaks
SPEECH_TOP = 400  # a speech's address to the chair opens it
ARTICLE_AFTER = re.compile(rf"\s*{ARTICLE}", re.I)


def point_subject(text: str, st: Mention) -> bool:
    """A State opening a speaker's numbered point with a verb of his own stance ("First, France is concerned", "Tout
    d'abord, la France est préoccupée", "En primer lugar, Chile expresa"; the lexicon's ``author.point_openers`` and
    ``author.point_verbs``), in a text spoken in the first person."""
    openers, verbs = lexicon.pattern("author", "point_openers"), lexicon.pattern("author", "point_verbs")
    back = text[max(0, st.start - 60):st.start]
    if not openers or not verbs or not re.search(rf"(?:^|[.!?:;\n]\s*)(?:{openers.pattern})\s*,\s*{ARTICLE}$", back, re.I):
        return False
    after = text[st.end:st.end + 80]
    gap = verb_gap(after, 0)
    chair = lexicon.all_languages_pattern("speech", "chair")  # ("Señor Presidente: / Agradezco a los ponentes": the person in the verb)
    spoken = FIRST_PERSON_WORDS.search(text, 0, st.start) is not None or chair.search(text, 0, min(st.start, SPEECH_TOP)) is not None
    return gap is not None and verbs.match(after, gap) is not None and spoken

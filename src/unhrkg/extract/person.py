"""A person's name as a byline prints it: two to five capitalised words on one line, a surname in
capitals given its case back, the sentence's stop after it left out; a post's first word ends it."""
from __future__ import annotations

import re

from unhrkg.extract.gazetteer import bodies_in, capitals_gazetteer, states_gazetteer, states_in
from unhrkg.extract.places import UN_CITIES
from unhrkg.extract.signatures import HEADING_AFTER_NAME, NAME_TOKEN, TITLE_WORDS, name_case

POST = re.compile(rf"(?:{TITLE_WORDS})(?!\w)")


def name_at(text: str, pos: int) -> tuple[str, int] | None:
    """The name at pos (2 to 5 capitalised words on one line) and where it ends; a surname printed
    in capitals among words that are not ("Ambassador OKANIWA Ken") is given its case back."""
    words: list[tuple[str, int]] = []
    end = pos
    for m in re.finditer(r"[^\s,:]+", text[pos:text.find("\n", pos) if "\n" in text[pos:] else len(text)]):
        word = m.group(0)
        closed = word.endswith(")") and "(" not in word and len(words) >= 1  # "(Statement by Foreign Minister Taro Kono)"
        if closed:
            word = word[:-1]
        if not NAME_TOKEN.fullmatch(word) or POST.match(text, pos + m.start()) \
                or len(words) >= 5:  # "Haim Waxman Deputy Permanent Representative": the post begins the titles
            break
        if len(words) >= 2 and (HEADING_AFTER_NAME.match(word) or _state_then_post(text, pos + m.start())):
            break  # "Masood Khan Explanation of Vote", "Jim McLay New Zealand Ambassador": the heading goes on
        if text[end:pos + m.start()].strip(" "):
            break
        words.append((word, pos + m.end() - closed))
        end = pos + m.end() - closed
        if closed:
            break  # the bracket that held the name closes it
    while words and _all_capitals(words[-1][0]) and not all(_all_capitals(w) for w, _ in words) \
            and not (SURNAME_END.match(text, words[-1][1]) and not _state_name(words[-1][0])):
        words.pop()  # "Mohammed Ali NATO": a word in capitals after the name (not "Tormod C. ENDRESEN,": its surname)
    if words and _sentence_end(words[-1][0]):  # "As delivered by Ambassador Hans Brattskar.": the sentence's stop
        words[-1] = (words[-1][0][:-1], words[-1][1])  # (the name ends before it; what follows it, after it)
    tokens = [w for w, _ in words]
    if tokens and (_demonym(tokens[0]) or any(t.strip(".,") in UN_WORDS for t in tokens)):
        return None  # "Israeli UN Ambassador Danny Danon": a post's words before the name, not a name
    if len(tokens) < 2 or sum(t[0].isupper() for t in tokens) < 2 or any(_all_capitals(t) for t in tokens) and \
            all(_all_capitals(t) for t in tokens):
        return None  # a heading in capitals: its names cannot be given back their case
    return " ".join(name_case(t) if _all_capitals(t) or "." not in t and len(t) > 1 and t.isupper() else t
                    for t in tokens), words[-1][1]  # ("YAO Shaojun": a short surname in capitals too)


SURNAME_END = re.compile(r"[ \t]*(?:,|\n|$)")  # a surname in capitals ends the name: a comma or the line's end after it


UN_WORDS = ("UN", "U.N", "ONU")


def _demonym(word: str) -> bool:
    """A State's adjective ("Israeli", "French"), the whole word: a post's first word, no one's name."""
    found = states_in(word)
    return bool(found) and found[0].kind == "demonym" and found[0].start == 0 and found[0].end >= len(word.strip(".,"))


def _state_then_post(text: str, pos: int) -> bool:
    """A State's name at pos with a post after it ("New Zealand Ambassador and Permanent Representative")."""
    found = states_gazetteer().match_at(text, pos)
    return bool(found) and bool(POST.match(text, found.end + 1)) and text[found.end:found.end + 1] == " "


def _state_name(word: str) -> bool:
    """A State's name in capitals ("Omar Hilale MOROCCO"): a word after the name, not its surname."""
    found = states_gazetteer().match_at(word.strip(".,").title(), 0)
    return bool(found) and found.end >= len(word.strip(".,"))


def _sentence_end(word: str) -> bool:
    """A full stop after a word that is not an initial ("Brattskar.", "Yi.", not "A." nor "T.S.") nor "Jr."."""
    return word.endswith(".") and len(word) > 2 and "." not in word[:-1] and word not in ("Jr.", "Sr.", "St.")


def _all_capitals(word: str) -> bool:
    """A word in capitals ("OKANIWA"), not initials ("T.S.", "U.")."""
    letters = word.replace(".", "")
    return letters.isupper() and len(letters) > 3


# what is set off after a post and is no person: an organ or office ("African Union Commission", "Foreign Ministry Press
# Office", "Kenya Mission", "White House") or the place the statement is made ("New York", "Addis Ababa")
ORGAN_WORDS = re.compile(r"\b(?:Commission|Committee|Council|Office|Mission|House|Ministry|Department|Press|Embassy|Government|"
                         r"Secretariat|Union|Nations|Assembly|Delegation|Presidency|Agency|Bureau|Court|Group)\b")


# a heading's label set off like a name ("..., General Debate:", "..., Closing Remarks:"): no one's name
HEADING_LABEL = re.compile(r"\b(?:Debate|Dialogue|Remarks|Statement|Session|Meeting|Segment|Review|Item|Briefing|Consultations?)\b")


def a_persons_name(name: str) -> bool:
    """Whether a name set off after a post can be a person's: not an organ's or office's, a State's or a city's."""
    return not (ORGAN_WORDS.search(name) or HEADING_LABEL.search(name) or states_in(name) or bodies_in(name) or name.lower() in UN_CITIES
                or capitals_gazetteer().match_at(name, 0))

"""The word to the chair that opens a speech: "Mr. President,", "Thank you, Madam Chair", "Chair, this resolution ...".

The lexicon's ``speech.chair`` phrases are found where they stand; these checks say whether a match greets the
presiding officer at a line's start (a speech) or is a title told in a sentence, a list or a wrapped line.
"""
from __future__ import annotations

import re

from unhrkg.extract import lexicon

THANKS_BEFORE = re.compile(r"(?:thank\s+you|merci|gracias)(?:\s+(?:very\s+much|beaucoup|muchas))?[\s,]*$", re.I)
THANKS_LINE = re.compile(r"[\s\"“«'-]*(?:je\s+vous\s+remercie|l[ea]s?\s+agradezco)[\s,]*", re.I)  # "Je vous remercie Monsieur le
# Président.", opening its line (not « Je vous remercie, Monsieur le Président » a news item quotes in a sentence)
HONOURING = re.compile(r"[ \t]*(?:Distinguished|Dear|Honou?rable|Respected|Esteemed|Estimad[oa]|Distingu[ée]e?|Cher|Chère)[ \t]*", re.I)  # "Distinguished Mr. President,"
# the chair greeted by the bare title ("Chair, this resolution ...", "President, the text of the resolution"): only at a
# paragraph's start or after a sentence's end, and not before a name in apposition ("President, Dennis Francis (Trinidad")
BARE_TITLE = re.compile(r"(?:chair|president|chairperson|co-chairs),", re.I)
PARAGRAPH_BEFORE = re.compile(r"(?:^|\n[ \t]*\n|[.!?:;\"”)\]][ \t]*\n)[ \t]*$")
NAME_IN_APPOSITION = re.compile(r"[ \t]*(?:(?:Ambassador|H\.E\.|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+|(?-i:[A-Z])[\w'’.-]+\s+(?-i:[A-Z]))|[ \t]*Vice-", re.I)


def bare_title_told(text: str, m: re.Match[str]) -> bool:
    """The bare title opening a line that is no greeting: a wrapped line ("put to the vote by the Council's\\nPresident,
    Ambassador X"), a list's line, or a name in apposition after it."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    return bool(BARE_TITLE.fullmatch(m.group(0))) and (not PARAGRAPH_BEFORE.search(text, 0, line_start)
                                                      or bool(NAME_IN_APPOSITION.match(text, m.end())))


def to_the_chair(text: str, m: re.Match[str]) -> bool:
    """The chair word opens its line (after a paragraph's number, "Thank you", or a flattened heading
    ending with the draft's symbol): a word to the chair, not "the letter to Mr. President" or "an
    Arria-formula meeting of members of the Security Council"."""
    if bare_title_told(text, m):
        return False
    lead = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
    return not lead.strip(" \t,.•-–\"“«'0123456789") or bool(THANKS_BEFORE.search(lead)) or bool(THANKS_LINE.fullmatch(lead)) \
        or bool(re.search(r"\b[AES]/[\w./-]*\d\s*$", lead)) or bool(HONOURING.fullmatch(lead))


SALUTATION_REACH = 1200  # the word to the chair and the audience's stand near the top


def in_parliament(text: str) -> bool:
    """A speech that turns to the members of a national parliament at its top, on a line of its own (the lexicon's
    ``speech.parliament_vocatives``: "Mesdames et Messieurs les Députés,", "Honourable Members,")."""
    words = lexicon.all_languages_pattern("speech", "parliament_vocatives")
    return any(not text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip(" \t\"“«'") and not MEMBERS_OF.match(text, m.end())
               for m in words.finditer(text, 0, min(len(text), SALUTATION_REACH)))


MEMBERS_OF = re.compile(r"\s+(?:of|du|de|del|des)\b", re.I)  # "Honourable Members of the Council": a UN body's members

"""What makes a State named in a text spoken of rather than speaking, and where its verb may start.

After the State: a modal of obligation ("the Government of X must"), a passive of what is done to it ("X was
summoned"), a charge against it ("X is in clear violation of", "X has also ignored the orders of the Court", "X
continues to ignore": the lexicon's ``author.accused``, ``author.defiance``, ``author.ongoing_defiance``). Before it:
a verb of judging and "that" ("deplores that X"), or a conjunction the clause hangs on ("après que X"). The author
rules (``authors.py``) do not count such a State as the text's voice.
"""
from __future__ import annotations

import re

from unhrkg.extract import lexicon
from unhrkg.extract.lead import ARTICLE

# between a State and its verb: adverbs, its abbreviation, a quotation mark ("the DPRK (DPRK) "totally rejected")
ADVERBS = re.compile(r"(?:\s*\([A-Z]{2,6}\))?\s+[\"“”«]?\s*(?:(?:\w+ly|once\s+again|again|also|still|therefore|thus)\s+)*", re.I)


def verb_gap(text: str, pos: int) -> int | None:
    """Where a State's speaking verb may start after pos: past adverbs and a time phrase of the
    lexicon ("Pakistan on Friday welcomed", "Argentina hoy rechazó", "Le Sénégal, mardi, salue")."""
    gap = ADVERBS.match(text, pos)
    times = lexicon.pattern("author", "time_phrases")
    lead = gap or re.compile(r",\s*").match(text, pos)
    said = times.match(text, lead.end()) if times and lead else None
    if said:
        rest = ADVERBS.match(text, said.end() + (text[said.end():said.end() + 1] == ","))
        if rest:
            return rest.end()
    return gap.end() if gap else None


JUDGED_LEAD = re.compile(r"(\w+)\s+(?:that|que|qu['’])\s*(?:the\s+|l[ae]\s+|l['’]|el\s+|los\s+|las\s+)?$", re.I)
ACCREDITING = r"(?:to|in|at|en|ante|auprès\s+d[eu]|cerca\s+de)"  # the words before the State a mission is sent to
ACCREDITED_TO = re.compile(rf"(?:\s+{ACCREDITING}\s+(?:the\s+|la\s+|l['’])?(?-i:[A-Z][\w-]+)(?:\s+(?-i:[A-Z][\w-]+)){{0,2}})?")  # "of X to Chile"


def spoken_of_after(text: str, pos: int) -> bool:
    """What follows the State named before pos makes it spoken of: a modal of obligation ("the Government of X must", not "should
    like to"), a passive of what is done to it ("X was summoned"), a charge against it ("X is in clear violation of": ``accused``;
    "X has ignored the orders of the Court": ``defiance``)."""
    gap = verb_gap(text, ACCREDITED_TO.match(text, pos).end())
    obliged, auxiliary, participle, accused = (lexicon.pattern("author", k) for k in ("obliged", "passive_auxiliaries", "passive_participles", "accused"))
    m = obliged.match(text, gap) if gap is not None and obliged else None
    if m:
        return not re.match(r"\s+(?:like|wish|date)\b", text[m.end():m.end() + 8])
    m = auxiliary.match(text, gap) if gap is not None and auxiliary else None
    after = ADVERBS.match(text, m.end()) if m else None
    if after and any(p and p.match(text, after.end()) for p in (participle, accused)):
        return True
    perfect, defiance = lexicon.pattern("author", "perfect_auxiliaries"), lexicon.pattern("author", "defiance")
    m = perfect.match(text, gap) if gap is not None and perfect else None  # "Russia has also ignored the orders": charged
    after = CHARGE_ADVERBS.match(text, m.end()) if m else None
    if after and defiance and defiance.match(text, after.end()):
        return True
    ongoing = lexicon.pattern("author", "ongoing_defiance")  # "Russia continues to ignore", "has been violating"
    return bool(gap is not None and ongoing and ongoing.match(text, gap))


# adverbs between "has" and what a State is charged with: "has repeatedly and flagrantly violated", "has, once again,
# violated", "a également ignoré", "ha reiteradamente violado"
CHARGE_ADVERBS = re.compile(r"(?:[\s,]+(?:\w+ly|\w+ment|\w+mente|and|et|y|once|again|also|still|yet|even|already|encore|"
                            r"également|aussi|déjà|toujours|de\s+nouveau|también|ya|nuevamente|otra\s+vez))*[\s,]+", re.I)


# the first person's verb, then "that": the State after it is what the author speaks of ("we hope that Iran will"); what
# the first person notes of a State on another's word ("we note that according to the IAEA, Iran is abiding"), not what
# it notes of its own ("We note that Ireland has co-sponsored ...")
# (a hope or a belief about another, not "I informed you that the Government of X had decided": the author's own news)
FIRST_PERSON_THAT = re.compile(r"\b(?:we|We|nous|Nous|nosotros|Nosotros)\s+(?:(?:also|still|sincerely|strongly|truly|aussi|también)\s+)?"
                               r"(?:(?:hope|trust|expect|believe|are\s+confident|espérons|souhaitons|croyons|esperamos|confiamos|creemos)\s+"
                               r"(?:that|que|qu['’])\s*(?:(?:according\s+to|selon|según)\s[^,.;\n]{1,60},\s*)?|"
                               r"(?:note|observe|recall|are\s+(?:concerned|aware|worried)|notons|constatons|observamos|constatamos)\s+"
                               r"(?:that|que|qu['’])\s*(?:according\s+to|selon|según)\s[^,.;\n]{1,60},\s*)(?:the\s+|l[ae]\s+|l['’]|el\s+)?$")


def judged(lead: str) -> bool:
    """A State after "deplores that", "regrette que", or the first person's "we hope that": the one the author judges or
    speaks of, not the one speaking; after
    "après que", "después de que": the subject of a clause the sentence hangs on."""
    if FIRST_PERSON_THAT.search(lead):
        return True  # "we hope that Iran will seize this opportunity": what the author says of it
    m = JUDGED_LEAD.search(lead)
    verbs = lexicon.pattern("author", "judging_verbs")
    conjunctions = lexicon.pattern("author", "conjunctions")  # or hangs on a conjunction ("après que", "después de que")
    return bool(m and verbs and verbs.fullmatch(m.group(1))) or bool(
        conjunctions and re.search(f"(?:{conjunctions.pattern})\\s+(?:that|que|qu['’])\\s*{ARTICLE}$", lead, re.I))

"""Names that read as a UN organ's and are another's: a Secretary-General of another organisation or below
the rank, "GA" in an address, a commission of inquiry named "UN Human Rights Commission"."""
from __future__ import annotations

import re

from unhrkg.extract.gazetteer import Mention, coalitions_gazetteer


# an official below the Secretary-General, not the Secretary-General: "Under-Secretary-General for Political Affairs",
# "Assistant Secretary-General", "Deputy Secretary-General", "Sous-Secrétaire général", "Secrétaire général adjoint"
SG_RANK_BEFORE = re.compile(r"(?:\b(?:Under|Assistant|Deputy|Sous|Vice|Sub)[ \t-]*|\b(?:under|assistant|deputy|sous|sub)-|\bvice[ \t]+)$")
SG_RANK_AFTER = re.compile(r"\s*(?:adjointe?|adjunt[oa])\b", re.I)
SG_OF = re.compile(r"\s*(?:of|de|del|du)\s+(?:the\s+|la\s+|l['’]\s*)?")
SG_REACH = 60  # the organisation's name right before ("the OIC Secretary General", "Arab League (AL) Secretary General")


def another_secretary_general(text: str, mention: Mention) -> bool:
    """A "Secretary-General" that is not the UN's: an official below that rank, or the head of another
    organisation named right before it or after "of" ("the OIC Secretary General", "the Secretary-General of the
    Arab League", "le Secrétaire général de l'OCI"; the organisations of ``coalitions.csv`` and the groups of
    ``bodies.csv``)."""
    if mention.value != "SG" or re.match(r"(?:UN|U\.N\.|United\s+Nations)\b", mention.text):
        return False  # "the UN Secretary-General" names its organisation
    if SG_RANK_BEFORE.search(text, max(0, mention.start - 12), mention.start) or SG_RANK_AFTER.match(text, mention.end):
        return True
    before = [m for m in coalitions_gazetteer().find(text, max(0, mention.start - SG_REACH), mention.start) if m.value]
    if before and re.fullmatch(r"\)?(?:['’]s)?[ \t]*(?:\([A-Z]{2,6}\))?[ \t]*", text[before[-1].end:mention.start]):
        return True
    of = SG_OF.match(text, mention.end)
    after = coalitions_gazetteer().match_at(text, of.end()) if of else None
    return bool(after and after.value)


# "Atlanta, GA 30303", "Fort Benning, GA,": a US state's postal code in an address; "GA-77": another name
GA_ADDRESS = re.compile(r"[ \t]*(?:\d{5}\b|,)")
GA_JOINED = re.compile(r"-\d")
# "the UN Human Rights Commission of Inquiry on Syria": a commission of inquiry, not the Commission on Human Rights
INQUIRY_AFTER = re.compile(r"[ \t]+(?:of[ \t]+Inquiry|(?:on|for)[ \t]+(?:the[ \t]+)?[A-Z])")  # ("... Commission on a proposed
# resolution": the Commission itself)


def not_the_un_organ(text: str, mention: Mention) -> bool:
    """A name that reads as a UN organ's and is not: another Secretary-General (``another_secretary_general``), "GA"
    in a postal address, after another organisation's name ("the OAS GA") or joined to a number ("GA-77"), a
    commission of inquiry named "UN Human Rights Commission of Inquiry"."""
    if mention.value == "SG":
        return another_secretary_general(text, mention)
    if mention.value == "GA" and mention.text == "GA":
        before = [m for m in coalitions_gazetteer().find(text, max(0, mention.start - 12), mention.start) if m.value]
        return bool(GA_JOINED.match(text, mention.end) or re.search(r",[ \t]*$", text[max(0, mention.start - 3):mention.start])
                    and GA_ADDRESS.match(text, mention.end) or before and not text[before[-1].end:mention.start].strip())
    if mention.value == "SC" and mention.text == "CS":
        return not_the_council(text, mention)
    if mention.value == "CHR" and "Commission" in mention.text and "Human Rights Commission" in mention.text:
        return bool(INQUIRY_AFTER.match(text, mention.end))
    return False


# "CS", the Council in Spanish and French texts ("El CS celebró el debate"), is another's where it glosses another name in
# brackets ("la Corte Suprema (CS)"), where another's name follows it ("la CS du Canada", "la CS de Chile"), or where the
# text names nothing of the Organization (no resolution, no "Naciones Unidas", "ONU", "NNUU")
GLOSS = re.compile(r"\(\s*$")
OWN_NAME_BEFORE = re.compile(r"(?:Seguridad|s[ée]curit[ée])\s*\(\s*$", re.I)
OF_ANOTHER = re.compile(r"\s+(?:de|du|del|des)\s+(?:la\s+|le\s+|l['’]\s*|el\s+)?(?-i:[A-Z])(?!(?:ONU|NNUU|NN\.UU)\b)")
UN_CONTEXT = re.compile(r"Naciones\s+Unidas|Nations\s+[Uu]nies|United\s+Nations|\bONU\b|\bNNUU\b|\bNN\.UU\.|resoluci[óo]n|r[ée]solution", re.I)


def not_the_council(text: str, mention: Mention) -> bool:
    """A bare "CS" that is not the Security Council."""
    if GLOSS.search(text, max(0, mention.start - 3), mention.start) and not OWN_NAME_BEFORE.search(text, max(0, mention.start - 14),
                                                                                                    mention.start):
        return True
    return bool(OF_ANOTHER.match(text, mention.end)) or not UN_CONTEXT.search(text)

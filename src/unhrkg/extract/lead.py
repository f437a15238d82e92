"""A text's lead: its headline, the first person that follows a State named as the lead's subject ("Australia
concludes its two year term on the Security Council today. ... We endeavoured ..."): the State speaks of itself;
the words of address at a speech's top, and the channel a sentence opens with ("In a statement, ...")."""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from unhrkg.extract import lexicon
from unhrkg.extract.gazetteer import Mention, capitals_gazetteer, states_gazetteer, states_in
from unhrkg.extract.text import sentence_at, sentences

ARTICLE = r"(?:(?:the|la|le|les|el|los|las)\s+|l['’])?"
HEADLINE_LINES = 3  # a page's headline: among its first lines (a site's date line may come first)
HEADLINE_WIDEST = 160


def in_headline(text: str, at: int) -> bool:
    """Whether ``at`` is on a headline: one of the text's first lines, short, not a sentence ending in a stop."""
    end = text.find("\n", at)  # the whole line, not cut at the reach ("Israël a annoncé ... droit »." runs on)
    lines = [m for m in re.finditer(r"[^\n]*\S[^\n]*", text[:len(text) if end < 0 else end])][:HEADLINE_LINES]
    line = next((m for m in lines if m.start() <= at < m.end()), None)
    return line is not None and len(line.group(0)) <= HEADLINE_WIDEST and not line.group(0).rstrip().endswith(".")


LEAD_REACH = 400  # a news item's lead sentence: after its headline and byline lines


def leads_alone(text: str, code: str, at: int, others: list[int], speaks: Callable[[str, int], bool]) -> bool:
    """The State ``code``, first named at ``at``, is the subject of a speaking verb (``speaks``, past its auxiliaries)
    in the first sentence of a paragraph near the text's top, and the others that score as much are named only in later
    paragraphs (``others``: where each is first named): "Jakarta: Indonesia has welcomed the adoption of resolution 2503
    ... / ... Trump proclaimed that the US recognizes ...": the lead's subject is the news. Not a State that acts ("Tokyo:
    North Korea has launched a missile"), nor one under another's capital ("Nicosia: Turkey has reiterated ... /
    Cyprus condemns"); two States in the same paragraph still tie, and a headline's State ("Security Council Briefing:
    Syria") leads nothing."""
    named = states_gazetteer().match_at(text, at)
    if at >= LEAD_REACH or in_headline(text, at) or named is None or not speaks(text, named.end):
        return False  # (not "La Belgique a déjà pris plusieurs initiatives": a State that acts may be told of by another)
    line_start = text.rfind("\n", 0, at) + 1
    if any(city.value != code for city in capitals_gazetteer().find(text[line_start:at])):
        return False  # the place the paragraph is datelined in is another State's seat
    sentence = sentence_at(sentences(text), at)
    if sentence is None or sentence.start > line_start:
        return False  # the paragraph's second sentence ("La résolution 1907 a été approuvée ... La Chine s'est abstenue")
    paragraph_end = text.find("\n", at)
    return paragraph_end >= 0 and all(other > paragraph_end for other in others)


WE_REACH = 600  # the first person follows the lead sentence closely
BODY_START = re.compile(r"\n[ \t]*\n[ \t]*(?:(?:The|La|Le|El)\s+|L['’])?(?=\S)")  # a paragraph's start, past its article
WE = re.compile(r"(?<![\"“«‘'])\b(?:We|we|Our|our|Nous|nous|Notre|notre|Nosotros|nosotros|Nuestro|nuestro|Nuestra|nuestra)\b")


def lead_subject_then_we(text: str) -> Mention | None:
    """A text whose first sentence has a State as its subject ("Australia concludes its two year
    term on the Security Council today") and whose next sentences speak in the first person
    outside quotation ("Our record ...", "We endeavoured ..."): the State speaks of itself."""
    start = len(text) - len(text.lstrip())
    if in_headline(text, start) and (body := BODY_START.search(text, start, start + 300)):
        start = body.end()  # under a headline ("Position of the MFA ...\n\nThe Republic of Bulgaria follows ...")
    states = states_in(text, start, min(len(text), start + 40))
    if not states or states[0].start != start or states[0].kind != "name":
        return None
    verb = re.match(r"\s+(?:has\s+|have\s+|is\s+|a\s+|ha\s+)?[a-zà-ÿ]+", text[states[0].end:])
    end = text.find(".", states[0].end)
    if not verb or end < 0:
        return None
    return states[0] if then_we(text, states[0].end) and not any(
        m.value != states[0].value for m in states_in(text, states[0].end, end)) else None


def then_we(text: str, pos: int) -> bool:
    """The sentences after the one ending past pos speak in the first person, outside quotation
    ("The Ministers of Foreign Affairs of A, B, C and D met in Amman today ... The Ministers
    declared: 1. We emphasize ..."): the States named as the subject are the ones speaking."""
    end = text.find(".", pos)
    if end < 0:
        return False
    after = text[end + 1:end + 1 + WE_REACH]
    quoted = after.count("“") + after.count('"') + after.count("«")
    return bool(WE.search(after)) and quoted == 0


ADDRESS_REACH = 80  # a vocative, then the name and post of the one addressed


def addressed(text: str, pos: int) -> bool:
    """pos is in words of address: a vocative opening a line ("Excelentísimo Sr.", "Your Excellency",
    ``speech.vocatives``) before it, with no clause ended between and no line of address closed by its comma ("Dear
    colleagues,\nThe Government of Norway welcomes": Norway speaks; not "His Excellency Mr. X, Minister of")."""
    back = text[max(0, pos - ADDRESS_REACH):pos]
    vocatives = lexicon.all_languages_pattern("speech", "vocatives")
    lo = pos - len(back)
    return any(LINE_OPENS.search(text, max(0, lo + m.start() - 40), lo + m.start()) and not ADDRESS_CLOSED.search(back, m.end())
               for m in vocatives.finditer(back))


LINE_OPENS = re.compile(r"(?:^|\n)[ \t]*$")
ADDRESS_CLOSED = re.compile(r"[;:!?]|,[ \t]*\n|\n\s*\n")


def after_channel(text: str, pos: int) -> bool:
    """pos follows the channel its sentence opens with, with or without a comma ("A través de una declaración
    pública el Gobierno de Chile condenó", "In a statement the Foreign Ministry of X said": ``channel_openers``)."""
    channels = lexicon.pattern("author", "channel_openers")
    back = text[max(0, pos - 200):pos]
    start = max(back.rfind(c) for c in ".!?\n;:") + 1
    m = re.match(f"\\s*[\"“«]?(?:{channels.pattern})(?P<rest>[^,;:.]{{0,60}}?),?\\s*{ARTICLE}$", back[start:], re.I) if channels else None
    return bool(m) and not CHANNEL_OBJECT.search(m.group("rest"))  # not "In a letter to the Government of Israel, the Rapporteur"


# between the channel and the State, a word that makes the State its object: "a letter to the Government of X",
# "a statement issued after a meeting with", "una carta enviada al Gobierno de"
CHANNEL_OBJECT = re.compile(r"\b(?:to|with|from|for|after|against|about|on|addressed|sent|à|au|aux|avec|après|contre|sur|"
                            r"a|al|con|tras|después|contra|sobre|enviada|dirigida|adressée|envoyée)\b", re.I)


def _agencies() -> str:
    """The news agencies as an alternation (the lexicons' ``author.news_agencies``), or "" where none is given."""
    return "|".join(map(re.escape, lexicon.all_languages("author", "news_agencies")))


@cache
def _agency_lead() -> re.Pattern[str] | None:
    agencies = _agencies()
    return re.compile(rf"(?:^|\n)[ \t]*\((?:{agencies})\)[ \t]*(?:[-—–][ \t]*)?"
                      r"(?i:the\s+|l[ae]s?\s+|l['’]|el\s+|los\s+)?$") if agencies else None


@cache
def _wire_dateline() -> re.Pattern[str] | None:
    """A news agency's dateline opening a line: "JERUSALEM (AP) -", "YEREVAN, 14 October (Armenpress)"."""
    agencies = _agencies()
    return re.compile(rf"[ \t]*(?-i:[A-ZÀ-Ý])[\w .'’-]{{2,30}}(?:,[^\n()]{{0,30}})?[ \t]*\((?:{agencies})\)") if agencies else None


def over_wire(text: str, end: int) -> bool:
    """The paragraph after the line holding ``end`` opens with a news agency's dateline: the line is a news item's
    headline ("Letter from Israel to UN chief warns of Hezbollah build-up / JERUSALEM (AP) - ...")."""
    pattern = _wire_dateline()
    line_end = text.find("\n", end)
    following = re.match(r"\s*\n", text[line_end:]) if line_end >= 0 and pattern else None
    return following is not None and bool(pattern.match(text, line_end + following.end()))  # type: ignore[union-attr]


def agency_tag(lead: str) -> bool:
    """A news agency's tag opening the line before the State ("(Belga) La Belgique a voté", the lexicon's
    ``author.news_agencies``): the news item's first clause, its subject the State that speaks."""
    pattern = _agency_lead()
    return bool(pattern and pattern.search(lead))

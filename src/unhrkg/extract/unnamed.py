"""An organ that speaks without naming its State: "The Ministry of Foreign Affairs welcomes ...",
"Cabinet has approved ...", "Press Release of the Mission ...", "El Ministerio de Relaciones
Exteriores (Mirex) ...".

A ministry's or a mission's own text often never says whose it is: the reader knows. The State
it speaks for is then the one the text names far more than any other (``DOMINANCE`` times the
next, at least ``LEAST`` times), and not mostly as a place or a target ("in Syria", "against
Iran", "sur la Syrie": ``TOPIC_BEFORE``); a text about another country names that country most,
but as a place. The weakest author rule: it is asked only when no other finds an author, and
never for a UN document (one with a symbol).

A letter that names no writer at its top asks the organ it is written to for something, its Government the
subject (``requesting_state``): "Le Gouvernement syrien demande une fois encore au Conseil de sécurité de ...",
"The Government of Azerbaijan calls upon the Security Council to ...": the State asking is the one writing.

Weaker still, when no organ speaks at the top either (``most_named_state``): a statement, a
speech or a news item about a State's own action names that State more than any other ("Costa
Rica se dirige a usted ...", "Cuba rechaza ..."), so the State named most (at least
``MOST_NAMED_LEAST`` times, by name, more than any other, not mostly as a place or a target, not
every time after "by") is taken; not on a UN office's paper nor where a UN expert speaks. Over the
748 held-out documents of earlier rounds it takes a State in 51: the author in 31, another State
in 9, a State where the gold has no author in 11 (news items).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from unhrkg.extract import lexicon, memo
from unhrkg.extract.agents import UN_NAME
from unhrkg.extract.gazetteer import Mention, bodies_in, coalitions_in, states_in

OPENING = 400  # the organ stands in the heading or the first sentence
LEAST = 3
DOMINANCE = 2
TOPIC_SHARE = 0.5  # at most this share of the State's mentions may be as a place or a target
TOPIC_BEFORE = re.compile(r"\b(?:on|in|against|about|over|into|toward|towards|throughout|across|within|inside|near|"
                          r"(?:north|south|east|west)(?:-(?:east|west))?\s+of|sur|en|contre|au|aux|sobre|contra|hacia)\s+"
                          r"(?:the\s+|la\s+|le\s+|l['’]|el\s+)?$", re.I)
MOST_NAMED_LEAST = 2
AGENT_BEFORE = re.compile(r"\b(?:by|par|por)\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+)?$", re.I)
NAMED_AFTER = 30  # "the Mission of Ghana", "the UN Mission in South Sudan": an organ named with its owner


@memo.per_document
def unnamed_organ_state(text: str) -> str | None:
    """The State an unnamed organ at the top of the text speaks for, when one stands out."""
    organs = lexicon.pattern("author", "organs")
    if organs is None or not any(_unnamed(text, m) for m in organs.finditer(text, 0, min(len(text), OPENING))):
        return None
    return dominant_state(text, LEAST, DOMINANCE)


DATELINE_ORGAN_REACH = 400  # the organ opens the first sentence under a dateline
# the organ opening a clause, with its article: "Philippines–The government", ". El Ministerio", "\nLe Gouvernement"
ORGAN_LEAD = re.compile(r"(?:^|[\n.;:!?–—-]\s*|\)\s*[–—-]+\s*)(?:the|le|la|l['’]|el)\s+$", re.I)


def unnamed_organ_subject(text: str, speaks: Callable[[str, int], bool]) -> bool:
    """An organ of the lexicon's ``author.organs`` near the top opens a clause as the subject of a speaking verb
    (``speaks``), no State or body named right after it ("MANILA, Philippines–The government on Wednesday
    condemned ..."; not "The Government of Iran said"), its holder's name after it or not: a dateline's State speaks
    through it."""
    organs = lexicon.pattern("author", "organs")
    for m in organs.finditer(text, 0, min(len(text), DATELINE_ORGAN_REACH)) if organs else ():
        end = PORTFOLIO_TAIL.match(text, m.end()).end()  # type: ignore[union-attr]
        after = min(len(text), end + NAMED_AFTER)
        named = OFFICIAL_NAME.match(text, end)  # "Le Ministre des Affaires étrangères De Gucht se félicite"
        if ORGAN_LEAD.search(text, max(0, m.start() - 12), m.start()) and not states_in(text, end, after) \
                and not bodies_in(text, end, after) and (speaks(text, end) or bool(named) and speaks(text, named.end())):
            return True
    return False


# the rest of a ministry's name, a second portfolio: "Ministry of Foreign Affairs and International Cooperation"
PORTFOLIO_TAIL = re.compile(r"(?:[ \t]+(?:and|et|y)(?:[ \t]+(?-i:[A-Z])[\w'’-]+){1,3})?")
OFFICIAL_NAME = re.compile(r"(?:[ \t]+(?-i:[A-Z][\w'’.-]+)){1,3}")  # the organ's holder named after it


UN_PAPER = re.compile(r"\s*[^\n]*\b(?:UNITED\s+NATIONS|NATIONS\s+UNIES|NACIONES\s+UNIDAS)\b")  # the first line


# a UN office or expert speaking at the top: "UN experts today urged Sri Lanka ...", "The Special Rapporteur
# thanked Chile": the State named is the one spoken to or of
UN_VOICE = re.compile(r"\b(?:UN|United\s+Nations)\s+(?:human\s+rights\s+)?experts?\b|\bSpecial\s+Rapporteur|\bHigh\s+Commissioner|"
                      r"\bWorking\s+Group\b|\bIndependent\s+Expert|\bRapporteur\s+sp[ée]cial|\bHaut-Commissa|\bRelator[a]?\s+Especial|"
                      r"\bAlt[oa]\s+Comisionad|\bexperts?\s+(?:said|urged|called)", re.I)
UN_VOICE_REACH = 600
# the office-holder greeted in a speech's words to the audience: "Monsieur le Haut-Commissaire,", "Madam High Commissioner,"
SPOKEN_TO = re.compile(r"\b(?:Monsieur\s+l[ea]|Madame\s+l[ae]|Mr\.?|Madam|Mme|Se[ñn]ora?(?:\s+la|\s+el)?|Sra?\.|Dear|Distinguished)\s*$", re.I)
# the UN office or expert named as an object, not speaking: "la Oficina del Alto Comisionado", "the report of the
# Independent Expert", "presented by the High Commissioner", "cooperation with the Special Rapporteur"
NAMED_AS_OBJECT = re.compile(r"\b(?:of|by|to|with|from|de|del|du|des|par|por|con|avec|à|au|al)\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+)?"
                             r"(?:(?:Office|Oficina|Bureau)\s+(?:of|del?|du)\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+)?)?"
                             r"(?:(?:UN|United\s+Nations|Naciones\s+Unidas|Nations\s+Unies)\s+)?$", re.I)


@memo.per_document
def most_named_state(text: str) -> str | None:
    """The State a text names more often than any other, when no rule found who speaks; not on a
    UN office's paper ("NATIONS UNIES ... UNITED NATIONS" heading a letter of the High
    Commissioner to a State: the State named is the one written to)."""
    if UN_PAPER.match(text) or any(not NAMED_AS_OBJECT.search(text, max(0, m.start() - 40), m.start())
                                   and not SPOKEN_TO.search(text, max(0, m.start() - 20), m.start())
                                   for m in UN_VOICE.finditer(text, 0, min(len(text), UN_VOICE_REACH))):
        return None
    best = dominant_state(text, MOST_NAMED_LEAST, 1.0, names_only=True)
    return None if best and called_by_epithet(text, best) else best


EPITHET_GAP = re.compile(r"\s*,\s*")
PLACE_BEFORE = re.compile(r"\b(?:in|into|across|throughout|au|aux|en|dans|à|a)\s+(?:(?:south|southern|north|northern|east|eastern|west|western|le\s+sud\s+du|el\s+sur\s+de)\s+)?$", re.I)


def called_by_epithet(text: str, code: str) -> bool:
    """The text sets an epithet it gives another State after this State's name (the lexicon's ``author.epithets``:
    "Israel, the occupying Power,"): the State is the one spoken of, not the writer."""
    words = lexicon.pattern("author", "epithets")
    if words is None or words.absent(text):
        return False
    for m in states_in(text):
        gap = EPITHET_GAP.match(text, m.end) if m.value == code else None
        if gap and words.match(text, gap.end()) and not PLACE_BEFORE.search(text, max(0, m.start - 30), m.start):
            return True  # (not "In south Lebanon, the occupying Power continues": a place)
    return False


def dominant_state(text: str, least: int, dominance: float, names_only: bool = False) -> str | None:
    """The State the text names more often than any other and at least ``dominance`` times as often
    as the next (at least ``least`` times), not mostly as a place or a target."""
    groups = [(g.start, g.end) for g in coalitions_in(text)]  # ("the Group of 77 and China": no mention of China's)
    mentions = [m for m in states_in(text) if (m.kind == "name" or not names_only)  # "Israéliens comme Palestiniens": people
                and not any(a <= m.start < b for a, b in groups)]
    counts = Counter(str(m.value) for m in mentions)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < least or len(ranked) > 1 and ranked[0][1] < max(dominance * ranked[1][1], ranked[1][1] + 1):
        return None
    best = ranked[0][0]
    as_topic = sum(1 for m in mentions if m.value == best and TOPIC_BEFORE.search(text[max(0, m.start - 25):m.start]))
    if names_only and all(AGENT_BEFORE.search(text[max(0, m.start - 25):m.start]) for m in mentions if m.value == best):
        return None  # "a draft resolution declared by Canada ... such a declaration by Canada": reported, every time
    return best if as_topic < TOPIC_SHARE * counts[best] else None


def _unnamed(text: str, organ: re.Match[str]) -> bool:
    """No State or body named with the organ ("the Ministry of Foreign Affairs of Cyprus", "UN Mission")."""
    lo, hi = max(0, organ.start() - NAMED_AFTER), min(len(text), organ.end() + NAMED_AFTER)
    return not states_in(text, lo, hi) and not bodies_in(text, lo, hi)


# the State whose deed is done against "my country" is not it: "Russia's full-scale military aggression against my country"
# (but "the blockade against our country" of a text that named Cuba, the State before, is Cuba's)
AGENT_AGAINST_OWN = re.compile(r"['’]s?(?:\s+[\w-]+){1,4}?\s+(?:against|on|upon)\s+", re.I)  # "Russia's full-scale military aggression against"
UN_AFTER = re.compile(rf"\s*(?:the\s+|les\s+|las\s+)?{UN_NAME}\b", re.I)
OWN_COUNTRY_BACK = 250  # "... programmed by Spain in the Council, in which our country holds the presidency"


def own_country(text: str, stop: int) -> list[tuple[Mention, bool]]:
    """The State a text calls "our country" (the lexicon's ``author.own_country``): named in
    apposition right after it ("our country, Spain") or, failing that, the last State named
    before it in the same paragraph (with whether it was in apposition)."""
    own = lexicon.pattern("author", "own_country")
    found = []
    within = lexicon.pattern("author", "own_country_in")  # "we, in Georgia, do know": the State the speakers are in
    places = list(within.finditer(text, 0, stop)) if within else []
    if any(UN_AFTER.match(text, m.end()) for m in places):
        places = []  # "Nous, aux Nations Unies, ... Nous, en Haïti, avons travaillé": the Organization's people, where they serve
    for m in places:
        named = next(iter(states_in(text, m.end(), min(len(text), m.end() + 40))), None)
        para = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        if named and named.kind == "name" and re.fullmatch(r"\s*(?:the\s+|la\s+|le\s+|l['’]|el\s+)?", text[m.end():named.start]) \
                and re.match(r"\s*,(?!\s*(?:the|as|la|le|les|el|los|las|en\s+tant|como)\b)", text[named.end:]) \
                and para.count("“") <= para.count("”") and para.count('"') % 2 == 0:
            found.append((named, False))  # (a hint: "We, in Ukraine, the humanitarian community" is an organisation's; in quotes another's)
    for m in own.finditer(text, 0, stop) if own else ():
        after = [s for s in states_in(text, m.end(), min(len(text), m.end() + 30)) if s.kind == "name"]
        if after and re.fullmatch(r"\s*,?\s*(?:the\s+|la\s+|l['’]|1['’]|el\s+)?", text[m.end():after[0].start]):
            found.append((after[0], True))  # ("1'Union des Comores": an OCR'd article)
            continue
        paragraph = max(text.rfind("\n\n", 0, m.start()) + 1, m.start() - OWN_COUNTRY_BACK, 0)
        before = [s for s in states_in(text, paragraph, m.start()) if s.kind in ("name", "demonym")]
        if before and AGENT_AGAINST_OWN.fullmatch(text, before[-1].end, m.start()):
            continue  # "Russia's full-scale military aggression against my country": the State acting on it
        if before:
            found.append((before[-1], False))
    return found


# what may open the clause before the State that asks: its article, its Government's name ("Le Gouvernement", "The
# Government of the"); and what may stand between the State and the verb: its Government's name, an adverb
SUBJECT_LEAD = re.compile(r"(?:^|[.;:!?\n]\s*)(?:(?:the|le|la|l['’]|el)\s+)?(?:(?:Government|Gouvernement|Gobierno)\s+"
                          r"(?:(?:of|de|du|des|del)\s+(?:(?:the|la|l['’])\s*)?)?)?$", re.I)
SUBJECT_TAIL = re.compile(r"\s*(?:(?:Government|Gouvernement|Gobierno)\s+)?(?:(?:\w+ly|also|aussi|también|therefore|donc|por\s+tanto)\s+)?$", re.I)
ASKING_LEAD = 80  # the subject's words before the verb
GOVERNMENT = re.compile(r"\b(?:Government|Gouvernement|Gobierno)\b", re.I)
# the letter's own voice asking: "We call upon", "my Government requests", "nous demandons", "mi Gobierno pide"
FIRST_PERSON = re.compile(r"(?:\b(?:we|I|nous|je|nosotros|my\s+Government|mon\s+gouvernement|mi\s+Gobierno)|\bYo)\s+(?:[\w'’-]+\s+){0,2}$",
                          re.I)


def requesting_state(text: str) -> str | None:
    """The one State whose Government the text shows asking the organ a letter is written to (the lexicon's
    ``author.asks_organ``), as the subject of the request ("the Government of X", "the X Government"); None where two
    States ask, or where the letter asks in its own first person ("We call upon ...": a Government it names asking is
    quoted)."""
    asks = lexicon.pattern("author", "asks_organ")
    found: set[str] = set()
    for m in asks.finditer(text) if asks else ():
        lo = max(0, m.start() - ASKING_LEAD)
        if FIRST_PERSON.search(text, lo, m.start()):
            return None
        named = [s for s in states_in(text, lo, m.start()) if SUBJECT_TAIL.fullmatch(text, s.end, m.start())]
        lead = SUBJECT_LEAD.search(text, lo, named[-1].start) if named else None
        if lead and (GOVERNMENT.search(lead.group(0)) or GOVERNMENT.search(text, named[-1].end, m.start())):
            found.add(str(named[-1].value))
    return found.pop() if len(found) == 1 else None


LABEL_REACH = 600  # a transcript's first speaker, under its heading
# a speaker's label in capitals, the words to the chair after it: "SWITZERLAND: Mr. President, ..."
SPEAKER_LABEL = re.compile(r"(?:^|(?<=\s))(?P<name>(?-i:[A-Z][A-Z .'’-]{2,40})):[ \t]+"
                           r"(?=(?:(?:Mr\.?|Madam|Madame|Monsieur|Se[ñn]ora?)\s+(?:Vice[- ])?(?:President|Président|Presidente|Chair)|"
                           r"Thank\s+you|Merci|Gracias)\b)")  # (to the chair: not a headline's "MYANMAR: Mr. Türk calls for")


def speaker_label(text: str) -> tuple[str, str] | None:
    """The State a transcript's first label names, set in capitals before the words to the chair ("Unofficial
    transcript ... SWITZERLAND: Mr. President, Switzerland's decision to vote ..."): who speaks."""
    m = SPEAKER_LABEL.search(text, 0, min(len(text), LABEL_REACH))
    named = states_in(text, m.start("name"), m.end("name")) if m else []
    return (str(named[0].value), "speaker-label") if len(named) == 1 and named[0].start == m.start("name") \
        and named[0].end == m.end("name") else None  # type: ignore[union-attr]

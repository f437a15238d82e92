"""A State's report submitted under a resolution: its author acts on the resolution it reports under.

A report a State writes says in its title what it answers: "National report submitted in accordance
with paragraph 5 of the annex to Human Rights Council resolution 16/21", "Rapport national présenté
conformément au paragraphe 5 de l'annexe à la résolution 16/21", "Report of Ireland pursuant to
paragraph 6 of Security Council resolution 1373 (2001)". The State carries the resolution out, which
the gold counts as support (rule ``submitted-under``). Only in a report with an author State, only in the
report's title (the phrase opens its line, a word such as "National" before it), and only the
resolutions the phrase governs (the lexicon's ``stance.submitted_under``), up to a full stop
or a footnote's mark, the first one and those listed with it.
"""
from __future__ import annotations

import re

from unhrkg.extract import lexicon
from unhrkg.extract.model import Position, Ref
from unhrkg.extract.references import RefMention
from unhrkg.extract.stances import coordinated
from unhrkg.extract.text import flat

TITLE_REACH = 2000  # a report's title stands at its head, under the UN's masthead
GOVERNED_REACH = 160  # "... in accordance with paragraph 5 of the annex to Human Rights Council resolution 16/21"
TITLE_LEAD = re.compile(r"[ \t]*(?:[\w-]+[ \t]+)?")  # at most a word before the phrase on its line ("National")
STOP = re.compile(r"\.\s|;|\*")  # the title ends at a sentence's end, a semicolon or its footnote's mark (a PDF's
# text may break it over lines, a blank one between)
# or a sentence of its opening whose subject is the report itself ("2. The present report was prepared in accordance with
# the General Guidelines ... and Human Rights Council resolution 5/1": ``stance.submitted_own``), opening its paragraph
OWN_REACH = 3000  # (not an annex's summary of another's report)
SENTENCE_OPENS = re.compile(r"(?:^|\n)[ \t]*(?:\d{1,2}\.[ \t]*)?$")  # (opening its paragraph: not after "Report of the Special
# Rapporteur.", an annex's summary of another's report)
OWN_GAP = re.compile(r",|\b(?:not|never|pas|non|no|ni|which|that|qui|que|covers?|covering|imposed|despite|independently|regardless|"
                     r"contrary|impos[ée]e?s?|impuestas?|malgr[ée]|pese)\b", re.I)
TAIL = re.compile(r"[^.;*\n]{0,60}")  # the resolution's body after its number ("16/21 du Conseil des droits de l'homme")


def submitted_under(text: str, refs: list[RefMention], authors: list[str], doc_type: str | None,
                    taken: set[tuple[str, str]]) -> list[dict[str, object]]:
    """The resolutions a State's report says it is submitted under, as the author's support."""
    phrases = lexicon.pattern("stance", "submitted_under")
    if not authors or doc_type != "report" or phrases is None:
        return []
    found: list[dict[str, object]] = []
    seen = set(taken)
    own = lexicon.pattern("stance", "submitted_own")
    marks = [*((m, True) for m in phrases.finditer(text, 0, min(len(text), TITLE_REACH))),
             *((m, False) for m in (own.finditer(text, 0, min(len(text), OWN_REACH)) if own else ())
               if SENTENCE_OPENS.search(text, max(0, m.start() - 12), m.start()))]
    for m, titled in marks:
        if titled and not TITLE_LEAD.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, m.start()):
            continue  # the report's own title opens its line ("National report submitted ..."); not a sentence's "the
            # report prepared pursuant to resolution 46/1, which Sri Lanka voted against"
        stop = STOP.search(text, m.end(), m.end() + GOVERNED_REACH)
        end = stop.start() if stop else m.end() + GOVERNED_REACH
        governed = [r for r in refs if m.end() <= r.start < end]
        if not governed or not titled and OWN_GAP.search(text, m.end(), governed[0].start):
            continue  # (a sentence's "prepared in accordance with the Constitution, independently of resolution 38/15", "and
            # covers the period of the sanctions imposed through resolution 1907", "and not pursuant to resolution 46/1")
        chosen = governed[:1]
        for r in governed[1:]:  # "resolutions 5/1 and 16/21": the list the phrase governs, whole
            if not coordinated(text, chosen[-1], r):
                break
            chosen.append(r)
        for r in chosen:
            if (r.body, r.number) in seen:
                continue
            seen.add((r.body, r.number))
            span = (m.start(), min(end, r.end + len(TAIL.match(text, r.end).group(0))))  # (the title's words, from the report)
            position = Position(Ref(r.body, r.number), "supports", flat(text[span[0]:span[1]]), "submitted-under", span)
            found.append(position.to_dict())
    return found

"""A resolution told without its number where the text tells of its adoption: "The Security Council
approved a draft resolution submitted by the UAE", "aprueba histórica resolución presentada por México".
In a text that numbers one resolution only, the one adopted is that one (for its sponsors), unless the
passage tells of another body's adoption or another year's (``anaphora.other_adoption``).
"""
from __future__ import annotations

import re

from unhrkg.extract import lexicon
from unhrkg.extract.anaphora import other_adoption, year_of
from unhrkg.extract.objects import keyword_start
from unhrkg.extract.references import RefMention
from unhrkg.extract.text import sentence_at, sentences

ADOPTED_REACH = 80  # "approved a draft resolution submitted by": the adoption and the noun close together
TALLY_GAP = 200  # "approved, with 12 votes in favour, three abstentions (US, UK, Russia), and none against, a resolution"


ARTICLE_END = re.compile(r"\s*(?:(?:a|an|the|une?|la|el|una)\s*)?$")  # the noun's article, left after the last comma


def _tally_between(text: str, end: int, start: int) -> bool:
    """Between an adoption and the noun after it, only the vote set off by commas: every piece between
    the commas (brackets aside: "(US, UK, Russia)") counts votes (the lexicon's ``stance.tally_for``,
    ``tally_against``, ``abstains``): "approved, with 12 votes in favour, three abstentions (US, UK, Russia),
    and none against, a resolution", not "adopted, with 12 votes in favour, a presidential statement, and
    then rejected, in a separate vote, a resolution"."""
    gap = re.sub(r"\([^()]*\)", "", text[end:start])
    pieces = gap.split(",")
    counts = [p for p in (lexicon.pattern("stance", key) for key in ("tally_for", "tally_against", "abstains")) if p]
    return 0 < start - end <= TALLY_GAP and len(pieces) >= 3 and not pieces[0].strip() and bool(ARTICLE_END.fullmatch(pieces[-1])) \
        and all(any(p.search(piece) for p in counts) for piece in pieces[1:-1])


UNADOPTED_REACH = 40  # "failed to be adopted", "no fue aprobado": the words that deny an adoption stand just before it
# an adoption hoped for, failed or denied: "we hope the Council will adopt", "failed to pass", "no fue aprobado"
UNADOPTED = re.compile(r"\b(?:will|would|shall|hope[sd]?|failed|fails|not|never|veto\w*|no|ne|pas|jamais|nunca|"
                       r"esperamos|espera|espère|espérons|fracas\w*|rejet\w*|rechaz\w*|rejected|"
                       r"será|serán|sería|serían|sera|seront|serait|seraient)\b", re.I)  # (a future: "será aprobado")
VETOED = re.compile(r"\b(?:veto\w*|failed|fails|rejected|defeated|fracas\w*|rejet\w*|rechaz\w*)\b", re.I)  # a draft that fell


def vetoed_in(text: str, at: int) -> bool:
    """The sentence at `at` tells of a draft vetoed, failed or rejected."""
    sent = sentence_at(sentences(text), at)
    return sent is not None and bool(VETOED.search(sent.text))


OF_AFTER = re.compile(r"\s+(?:of|de|du|des|del)\b", re.I)  # "the draft text of the pact": another text's words
# ... not the resolution's own: "submitted the draft of the unanimously approved UNSC resolution No. 2474"
OF_RESOLUTION = re.compile(r"\s+(?:of|de|du|del)\s+(?:(?:the|a|la|le|el|l['’])\s*)?(?:[\w-]+\s+){0,4}?(?:resolution|r[ée]solution|resoluci[óo]n)\b",
                           re.I)
NUMBER_AFTER = re.compile(r"\s*(?:No\.?\s*|n[°º]\s*)?(?:\d|[AES]/)")


def headline_resolution(text: str, refs: list[RefMention]) -> list[RefMention]:
    """The resolution a headline names without its number, bound to the one the text numbers and tells adopted
    ("Israel rejects a UN Human Rights Council resolution calling for an arms embargo" over "The Human Rights Council
    adopted resolution 55/28 ..."): for the stance the headline says."""
    distinct = {(r.body, r.number) for r in refs if r.explicit}
    nouns, adoption = lexicon.pattern("anaphora", "nouns"), lexicon.pattern("sponsor", "adopted")
    if len(distinct) != 1 or not nouns or not adoption or _earlier_only(text, refs):
        return []
    return _in_headline(text, refs, nouns, adoption, *next(iter(distinct)))


def adopted_unnumbered(text: str, refs: list[RefMention]) -> list[RefMention]:
    """"The Security Council approved a draft resolution submitted by the UAE", "aprueba histórica
    resolución presentada por México": in a sentence telling of an adoption (``sponsor.adopted``),
    a resolution named without its number, in a text that names one resolution only, is that one
    (for its sponsors: the draft adopted is the resolution)."""
    distinct = {(r.body, r.number) for r in refs if r.explicit}
    nouns = lexicon.pattern("anaphora", "nouns")
    adoption = lexicon.pattern("sponsor", "adopted")
    if not distinct or not adoption or _earlier_only(text, refs):
        return []
    out = _adopted_texts(text, refs, adoption, len(distinct) == 1)
    if len(distinct) != 1 or not nouns:
        return out
    out += _drafts_of_the_adopted(text, refs, adoption)
    body, number = next(iter(distinct))
    out += _in_headline(text, refs, nouns, adoption, body, number)
    for sent in sentences(text):
        told = [a for a in adoption.finditer(text, sent.start, sent.end)
                if not UNADOPTED.search(text, max(sent.start, a.start() - UNADOPTED_REACH), a.end())]
        if not told:
            continue  # no adoption told, or one hoped for, failed or denied ("no fue aprobado")
        for n in nouns.finditer(text, sent.start, sent.end):
            if NUMBER_AFTER.match(text, n.end()) or any(r.start <= n.start() < r.end for r in refs):
                continue  # numbered, or an anaphor already bound
            if not any(abs(a.start() - n.start()) <= ADOPTED_REACH or _tally_between(text, a.end(), n.start()) for a in told):
                continue  # the adoption told is of something else in the sentence
            if other_adoption(sent.text, body, number):
                continue  # another body's adoption, or another year's ("builds on resolution 2039 (2012)")
            out.append(RefMention(n.start(), n.end(), body, number, False))
    return out


HEADLINE_LINE = 200  # a headline's line: "España promueve en el CSNU una Resolución que actualiza ...", not prose


def _in_headline(text: str, refs: list[RefMention], nouns: re.Pattern[str] | object, adoption: re.Pattern[str] | object,
                 body: str, number: str) -> list[RefMention]:
    """"Spain tables a Security Council resolution on non-proliferation" above "The Security Council adopted
    resolution 2325 (2016)": the resolution a headline tells of without its number is the one the text numbers
    only, where the body tells its adoption; not where the body first tells of a text it does not number ("adopted
    the draft resolution on the right to food", "the resolution introduced by Pakistan": the headline's), nor where the
    one it numbers is years older than the text ("aprobó la resolución 64/292 en 2010", in a text of 2023)."""
    lines = [m for m in re.finditer(r"[^\n]+", text[:HEADLINE_LINE * 2]) if m.group(0).strip()]
    if not lines or len(lines[0].group(0)) > HEADLINE_LINE or lines[0].group(0).rstrip().endswith("."):
        return []
    head = lines[0]
    numbered = [r for r in refs if r.explicit and r.start >= head.end()]
    drafts = lexicon.pattern("draft_words")
    first = numbered[0] if numbered else None
    told_first = [n for n in nouns.finditer(text, head.end(), first.start) if not NUMBER_AFTER.match(text, n.end())
                  and _line_at(text, n.start()) != head.group(0).strip()] if first else []  # (not the headline again)
    if first is None or told_first \
            or (drafts and drafts.search(text, head.end(), first.start)) or _older_than_text(text, first):  # type: ignore[attr-defined]
        return []
    told = any(sent.start >= head.end() and any(sent.start <= r.start < sent.end for r in numbered)
               and any(not UNADOPTED.search(text, max(sent.start, a.start() - UNADOPTED_REACH), a.end())
                       for a in adoption.finditer(text, sent.start, sent.end))  # type: ignore[attr-defined]
               for sent in sentences(text))
    if not told or other_adoption(text[head.start():head.end()], body, number):
        return []
    return [RefMention(n.start(), n.end(), body, number, False) for n in nouns.finditer(text, head.start(), head.end())  # type: ignore[attr-defined]
            if not NUMBER_AFTER.match(text, n.end()) and not any(r.start <= n.start() < r.end for r in refs)][:1]


def _line_at(text: str, at: int) -> str:
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1:len(text) if end < 0 else end].strip()


OLDER_GAP = 2  # a resolution two years older than the latest year a text prints is not the one it tells of as new


def _older_than_text(text: str, ref: RefMention) -> bool:
    year = year_of(ref)
    printed = [int(y) for y in YEARS.findall(text)]
    return year is not None and bool(printed) and max(printed) - year >= OLDER_GAP


YEARS = re.compile(r"\b(?:19[4-9]\d|20[0-4]\d)\b")
EARLIER_REACH = 60  # "last year's resolution of the General Assembly No.71/205": the words stand just before it


def _earlier_only(text: str, refs: list[RefMention]) -> bool:
    """Every resolution the text numbers is called an earlier one ("the previous UNGA resolution 71/205", "last
    year's resolution", the lexicon's ``stance.antecedent_words`` and ``stance.earlier_year``) somewhere: the text
    tells of adopting another, which it does not number, and binds none of its unnumbered ones to them."""
    words = [p for p in (lexicon.pattern("stance", "antecedent_words"), lexicon.pattern("stance", "earlier_year")) if p]
    keys = {(r.body, r.number) for r in refs if r.explicit}
    earlier = {(r.body, r.number) for r in refs if r.explicit
               and any(p.search(text, max(0, keyword_start(text, r) - EARLIER_REACH), r.start) for p in words)}
    return bool(words) and keys == earlier


def _adopted_texts(text: str, refs: list[RefMention], adoption: re.Pattern[str] | object, only: bool) -> list[RefMention]:
    """"Le texte, proposé par le Maroc, ..., a été adopté", "Proposé par les États-Unis, le texte a été approuvé":
    the noun of a text (the lexicon's ``anaphora.text_nouns``) in a sentence telling of its adoption (after
    it, not hoped for or denied) is the resolution the text numbers only (``only``), or
    else the last one numbered before it in that sentence or the one before (for its sponsors)."""
    texts = lexicon.pattern("anaphora", "text_nouns")
    if texts is None or texts.absent(text):
        return []
    sents = sentences(text)
    out = []
    for i, sent in enumerate(sents):
        for n in texts.finditer(text, sent.start, sent.end):
            if OTHER_TEXT_OF.search(text, n.end(), min(sent.end, n.end() + 80)) or OF_AFTER.match(text, n.end()) \
                    and not OF_RESOLUTION.match(text, n.end()):
                continue  # "the draft, submitted by France, of a presidential statement", "the draft text of the pact": another
                # text's draft
            told = [a for a in adoption.finditer(text, n.end(), sent.end)  # type: ignore[attr-defined]
                    if not UNADOPTED.search(text, max(sent.start, a.start() - UNADOPTED_REACH), a.end())]
            if not told:
                continue
            lo = sents[i - 1].start if i else sent.start
            before = [r for r in refs if r.explicit and lo <= r.start and r.end <= n.start()]
            target = before[-1] if before else next((r for r in refs if r.explicit), None) if only else None
            if target is not None:
                out.append(RefMention(n.start(), n.end(), target.body, target.number, False))
    return out


# a draft that was not the one adopted: outvoted ("received only 5 votes", "recueilli seulement quatre voix"), still to be
# voted on, amended, or of another year
OTHER_TEXT_OF = re.compile(r"\b(?:of\s+a|d['’]une?|de\s+una?)\s+(?:presidential|draft|déclaration|declaración|decision|décision|decisión|statement)\b|"
                           r"\bante\s+la\s+Asamblea|\bbefore\s+the\s+(?:General\s+)?Assembly|\bdevant\s+l['’]Assemblée", re.I)
RIVAL = re.compile(r"\b(?:only|seulement|solo|sólo|expected|prévu|se\s+espera|amended|amendé|enmendado|later|plus\s+tard|"
                   r"después|next\s+(?:year|session)|following\s+(?:year|session))\b", re.I)


# what stands between a draft's noun and its tabling verb: a comma, or the passive's auxiliary ("The text was tabled by")
PASSIVE_AUXILIARY = re.compile(r"\s*,?\s*(?:(?:was|had\s+been|has\s+been|a\s+été|avait\s+été|fue|había\s+sido|ha\s+sido)\s+)?", re.I)


# another text told between the adoption and the draft's noun: the noun may be that text's
ANOTHER_TEXT = re.compile(r"\b(?:amendments?|drafts?|proposals?|presidential\s+statements?|amendements?|projets?|propositions?|"
                          r"d[ée]claration\s+pr[ée]sidentielle|enmiendas?|proyectos?|propuestas?|declaraci[óo]n\s+presidencial)\b", re.I)


def tabled_after(text: str, end: int) -> bool:
    """A tabling verb and its "by" right after the draft's noun ("the draft resolution presented by France", "The text was
    tabled by the United Kingdom")."""
    verbs = lexicon.pattern("sponsor", "verbs")
    by = lexicon.pattern("sponsor", "by")
    m = PASSIVE_AUXILIARY.match(text, end)
    at = m.end()  # type: ignore[union-attr]
    verb = verbs.match(text, at) if verbs else None
    return bool(verb) and bool(by and by.search(text, verb.end(), min(len(text), verb.end() + 40)))


def _drafts_of_the_adopted(text: str, refs: list[RefMention], adoption: re.Pattern[str] | object) -> list[RefMention]:
    """"Le Conseil a adopté ... la résolution 1975 ... Le projet de résolution présenté par la France et le Nigéria":
    in a text that numbers one resolution and tells of its adoption, "the draft resolution" named after that (the
    lexicon's ``anaphora.draft_nouns``) is the draft adopted, where its own sentence tells of no draft failed, vetoed
    or hoped for (a rival draft: "The draft tabled by Russia failed")."""
    drafts = lexicon.pattern("anaphora", "draft_nouns")
    numbered = [r for r in refs if r.explicit]
    if drafts is None or drafts.absent(text):
        return []
    sents = sentences(text)
    adopted_at = next((sent.end for sent in sents if any(sent.start <= r.start < sent.end for r in numbered)
                       and any(not UNADOPTED.search(text, max(sent.start, a.start() - UNADOPTED_REACH), a.end())
                               for a in adoption.finditer(text, sent.start, sent.end))), None)  # type: ignore[attr-defined]
    if adopted_at is None:
        return []
    out = []
    for n in drafts.finditer(text, adopted_at):
        sent = next((s for s in sents if s.start <= n.start() < s.end), None)
        if ANOTHER_TEXT.search(text, adopted_at, n.start()):
            continue  # "... rejected an amendment proposed by the Russian Federation. The text was tabled by ...": that text's
        if sent is None or NUMBER_AFTER.match(text, n.end()) or UNADOPTED.search(sent.text) or RIVAL.search(sent.text) \
                or not tabled_after(text, n.end()) or any(n.end() <= r.start < sent.end for r in numbered) \
                or OTHER_TEXT_OF.search(text, n.end(), min(sent.end, n.end() + 80)):
            continue  # (a numbered draft, one the sentence tells failed or was rejected, or one about the resolution:
            # "the draft resolution submitted by Russia and China aimed at extending the term of Resolution 2231")
        out.append(RefMention(n.start(), n.end(), numbered[0].body, numbered[0].number, False))
    return out

"""People who speak for a State by the office they hold: "Statement by H.E. Mr. Vassily Nebenzia", "The Hon.
Alexander Downer, MP" atop a release, "Foreign Minister Retno Marsudi welcomed ..." in a news item's lead. A text
that names its speaker only by the person's name still has a State behind it.

The people are the reference table ``officeholders.csv``: heads of State and of government, ministers for foreign
affairs, permanent representatives to the United Nations and ministries' spokespersons, with the years they held the
office. A person counts for the State only as the text's own speaker: named in its heading, alone on one of its first
lines (not a line of address, nor atop a letter, whose names are its addressee's), or as the subject of a speaking
verb in its lead; only in the years of the office where the text's opening dates itself, and not as a "former"
holder. A person who also held an international post has a row for it (office ``international``, no State), so that
in its years, or where the text prints no date, the person is no State's voice (a former head of government speaking
as the Secretary-General or the EU's High Representative). None where the text prints the State or a body's post with
the person (the State's own rules read "Kenyan President William Ruto"; "Council President X" speaks for the
Council), where a dateline puts the text in another State ("KYIV - President Vladimir Putin said ...": Kyiv's
reaction), or where people of two States speak (a news item quoting both). The full name is matched anywhere; the
surname alone ("Lavrov") only after a post or a courtesy title ("Foreign Minister Lavrov", "Mr. Lavrov"), and only
in a dated text.
"""
from __future__ import annotations

import re
from functools import cache

from unhrkg.extract import lexicon
from unhrkg.extract.dates import find_dates
from unhrkg.extract.gazetteer import Mention, bodies_in, fold, states_in
from unhrkg.extract.phrases import Phrases
from unhrkg.extract.places import dateline_named_state, dateline_state
from unhrkg.extract.signatures import HONORIFIC, TITLE_WORDS
from unhrkg.extract.spoken_of import verb_gap
from unhrkg.extract.text import sentences
from unhrkg.model.reference import Officeholder, load_officeholders

DATED_REACH = 1500  # the text's own date is printed in its opening
HEADING_REACH = 400  # a heading naming its speaker: "Statement by H.E. Mr. X", "Remarks by President X"
HEADING_LINE = 200  # (a heading's line, not prose)
OWN_HEADING_LINE = 300  # a heading naming the person's text by a possessive, with its topic and date
# what may stand between a clause's start and the speaker's name: a demonym, a post, a courtesy title
# ("Kenyan President William Ruto", "Le ministre des Affaires étrangères Karel De Gucht", "el canciller Celso Amorim")
POST_WORDS = (r"(?:minister|ministre|ministro|ministra|president|pr[ée]sident[ea]?|presidenta|prime|premier|primer[oa]?|canciller|"
              r"foreign|affairs|affaires|[ée]trang[èe]res|relaciones|exteriores|ext[ée]rieures|secretary|secr[ée]taire|secretari[oa]|"
              r"state|[ée]tat|estado|chef|jefe|head|spokes(?:man|woman|person)|porte-parole|portavoz|vocero|ambassador|ambassadeur|"
              r"embajador[a]?|government|gouvernement|gobierno|deputy|vice)")
TITLES_BEFORE = (r"(?:(?:[Tt]he|[Ll]e|[Ll]a|[Ee]l|[Ll]['’])\s*)?"
                 rf"(?:(?i:{POST_WORDS})\s+|(?:[A-Z][\w.'’-]*|of|for|de|des|du|del|la|the|and|et|y)\s+|d['’]|\([A-Z]{{2,8}}\)\s+){{0,8}}$")
CLAUSE_OPEN = re.compile(r"(?:^|[.;:!?\n\"“”«»]\s*|,\s+|\s[–—-]\s+)" + TITLES_BEFORE)
# the heading's word near its line's start, then "by" (or "of", "de") and the speaker's posts only
HEADING = re.compile(r"(?:^|[–—|:]\s|\s-\s)[^\n]{0,40}?\b(?i:statement|remarks|address|speech|message|interview|intervention|"
                     r"press\s+conference|briefing|d[ée]claration|discours|allocution|entretien|conf[ée]rence\s+de\s+presse|mensaje|discurso|"
                     r"declaraci[óo]n|intervenci[óo]n|entrevista|rueda\s+de\s+prensa|explanation\s+of\s+(?:vote|position)|"
                     r"explication\s+de\s+vote|explicaci[óo]n\s+de\s+voto)(?:\s+(?i:delivered|made|given|read|presented|"
                     r"pronounced|prononc[ée]e?s?|pronunciad[ao]|faite?|hecha|as\s+prepared\s+for\s+delivery))?\s+(?i:by|of|de|du|del|par|por)\s+"
                     r"(?:(?i:H\.\s?E\.|S\.\s?E\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|M\.|Mme|Sr\.|Sra\.)\s*)*" + TITLES_BEFORE, re.M)
# (the genre's own "by": not "... on his meeting with President X", "Remarks on the visit of President X")
# an international post the person speaks in ("the High Representative Josep Borrell", "X, chef de la délégation de
# l'Union européenne", "Peter Maurer, President of the ICRC"): not the State's voice
INTERNATIONAL = re.compile(r"\b(?:High\s+Representative|HR/VP|haut\s+repr[ée]sentant|Alto\s+Representante|Secretary[- ]General|"
                           r"Secr[ée]taire\s+g[ée]n[ée]ral|Secretari[oa]\s+General|Special\s+(?:Envoy|Representative|Rapporteur)|"
                           r"Envoy[ée]\s+sp[ée]cial|Enviad[oa]\s+Especial|High\s+Commissioner|Haut-Commissaire|Alt[oa]\s+Comisionad[oa]|"
                           r"Commissioner|Director[- ]General|d[ée]l[ée]gation\s+de\s+l['’]Union)\b", re.I)
# the person's own text named in the heading by a possessive: "Minister for Foreign Affairs Dr Vivian Balakrishnan's Written
# Reply to Parliamentary Questions on ...", "President X's Statement on ..."
OWN_HEADING = re.compile(r"['’]s?\s+(?:(?-i:[A-Z])[\w-]*\s+){0,2}?(?:statement|remarks|address|speech|message|interview|reply|replies|"
                         r"answer|answers|response|op-ed|article|letter)\b", re.I)
FORMER = re.compile(r"\b(?:former|then|ex|ancien(?:ne)?|antiguo|antigua|expresident[ea]|excanciller)\b[- ]", re.I)  # "Former President X"
LETTER_TOP = re.compile(r"\b(?:Letter\s+dated|Lettre\s+dat[ée]e|Carta\s+de\s+fecha|Excellenc|Excelenc|Dear\s)", re.I)  # (a name atop it: the addressee)
NAME_GOES_ON = re.compile(r"[ \t]+(?-i:[A-Z][a-zà-ÿ'’-]+)\b(?!\s+(?:said|says|told|stated))")  # "Abdul Hamid Debaiba": a longer name
PRESIDING = re.compile(r"\b(?:Council|Assembly|Commission|Committee|Conference|Conseil|Assemblée|Consejo|Asamblea)\b")
OPENING = 600  # the opening paragraph, where the one whose text it is speaks first
LABEL_REACH = 1200  # a press conference's first answer, under its heading and the question
AUXILIARIES = {"is", "are", "has", "have", "had", "will", "would", "remains", "does", "do", "did", "never", "also", "once", "can", "could",
               "est", "a", "sera", "es", "ha", "será"}
APPOSED = re.compile(r",[^,.;:\n\"“”]{1,80},")  # ", Kenya's President,", ", 57,"
WHO_CLAUSE = re.compile(r",\s*(?:who|qui|quien)\s[^,.;:\n\"“”]{1,160},")  # ", who officially informed the Parliament of ...,"


@cache
def _by_key() -> dict[str, tuple[Officeholder, ...]]:
    found: dict[str, tuple[Officeholder, ...]] = {}
    for h in load_officeholders():
        for name in {*h.names, *h.surnames}:
            found[fold(name)] = found.get(fold(name), ()) + (h,)
    return found


@cache
def _first_words() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """Each name's folded words under its first word, longest first, with its kind: "name", or "surname" for a
    name the table gives only as a surname (it needs a post before it). A dictionary, not one pattern of thousands
    of names: built in milliseconds, where the pattern took seconds to compile (a single document read at once)."""
    kinds: dict[tuple[str, ...], str] = {}
    for h in load_officeholders():
        for name in h.surnames:
            kinds.setdefault(tuple(fold(name).split(" ")), "surname")
        for name in h.names:
            kinds[tuple(fold(name).split(" "))] = "name"
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, kind in kinds.items():
        index.setdefault(words[0], []).append((words, kind))
    return {first: tuple(sorted(names, key=lambda n: -len(n[0]))) for first, names in index.items()}


WORD = re.compile(r"[^\W\d_][\w'’]*\.?")  # (a name's words are parted by spaces or hyphens: "Thomas-Greenfield";
# an initial keeps its stop, "H. W.", a last word leaves the sentence's: "George H. W. Bush.")
NAME_GAP = re.compile(r"[ \t]*(?:[-‐][ \t]*|\n[ \t]*)?")


POSSESSIVE = re.compile(r"['’]s?$")  # "Balakrishnan's Written Reply": the name, then its possessive


def _same(word: str, folded: str) -> bool:
    key = fold(word)
    return key == folded or key.rstrip(".") == folded or fold(POSSESSIVE.sub("", word)) == folded


def _names(text: str, stop: int) -> list[Mention]:
    """The table's people named in text[:stop], longest name first at each place, capitalised as names are."""
    index = _first_words()
    words = list(WORD.finditer(text, 0, stop))
    found: list[Mention] = []
    i = 0
    while i < len(words):
        w = words[i]
        candidates = index.get(fold(w.group(0))) or index.get(fold(w.group(0)).rstrip(".")) if w.group(0)[0].isupper() else None
        for name, kind in candidates or ():
            last = i + len(name) - 1
            if last < len(words) and all(_same(words[i + k].group(0), name[k]) and NAME_GAP.fullmatch(text, words[i + k - 1].end(),
                                                                                                     words[i + k].start())
                                         for k in range(1, len(name))):
                possessive = POSSESSIVE.search(words[last].group(0)) if fold(words[last].group(0)) != name[-1] else None
                end = words[last].end() - (words[last].group(0).endswith(".") and not name[-1].endswith(".")) \
                    - (len(possessive.group(0)) if possessive else 0)
                found.append(Mention(w.start(), end, text[w.start():end], None, kind))
                i = last
                break
        i += 1
    return found


@cache
def _titled() -> re.Pattern[str]:
    return re.compile(rf"(?:\b(?:{TITLE_WORDS})|{HONORIFIC.pattern[1:]})\s*$")


def _years(text: str) -> set[int]:
    return {int(iso[:4]) for _, _, iso in find_dates(text, 0, min(len(text), DATED_REACH))}


def state_of(m: Mention, years: set[int]) -> str | None:
    """The State the person named speaks for, if the holders of that name in office in one of the text's years
    (any year, where the text prints no date) are all of one State, and none held an international post."""
    states = {h.iso3 for h in _by_key().get(fold(m.text), ())
              if not years or any(h.start <= y <= (h.end if h.end is not None else 9999) for y in years)}
    return states.pop() or None if len(states) == 1 else None  # ("": an international post)


def speaking_holders(text: str, stop: int) -> list[tuple[str, int, int]]:
    """(ISO3, where, weight) of every office-holder who speaks in text[:stop]: named in the heading or alone atop it
    (4), as the subject of a speaking verb in the lead (3); none where people of two States speak in the opening. Not
    one whose State or body the text prints with the post ("US Secretary of State Condoleezza Rice", "Council
    President Nicolas de Rivière (France)": the State's name speaks for itself, the body's president for the body)."""
    names = _names(text, stop) if load_officeholders() else []
    if not names:
        return []
    found: list[tuple[str, int, int]] = []
    voices: set[str] = set()
    years = _years(text)
    said, verbs = lexicon.pattern("author", "said"), lexicon.pattern("author", "speaking_verbs")
    lead_end = _lead_end(text)
    dateline = dateline_state(text) or dateline_named_state(text)
    for m in names:
        lead = text[max(0, m.start - 120):m.start]
        if m.kind == "surname" and (not years or not _titled().search(lead)):
            continue  # a surname alone is anyone's ("Mr. Lavrov", "Foreign Minister Lavrov": the minister, in a dated text)
        if _named_otherwise(text, m, lead, state_of(m, years)) or FORMER.search(lead[-60:]):
            continue  # ("Former President Barack Obama said")
        weight = 0
        line_start = text.rfind("\n", 0, m.start) + 1
        line_end = text.find("\n", m.start) % (len(text) + 1)
        if m.start < HEADING_REACH and (line_end - line_start <= HEADING_LINE and (HEADING.search(text, line_start, m.start)
                                                                                   or _letterhead(text, line_start, m, line_end))
                                        or line_end - line_start <= OWN_HEADING_LINE and OWN_HEADING.match(text, m.end)
                                        and re.match(TITLES_BEFORE, text[line_start:m.start]) is not None):  # (his posts only
            # before the name on the line: not "Malaysia rejects Minister X's remarks")
            weight = 4
        speaks = m.start < OPENING and (CLAUSE_OPEN.search(lead) is not None and _speaks(text, m.end, verbs, said)
                                        or _inverted(text, m.start, said))
        if not weight and speaks and m.start < lead_end:
            weight = 3  # the lead's speaker (not one quoted further on, nor "..., said Ambassador X": critics are quoted so)
        labelled = m.start == line_start and text.startswith(":", m.end) and m.start < LABEL_REACH
        if not weight and labelled:  # a transcript's speaker label: "Zhao Lijian: There is only one China ..."
            weight, speaks = 3, True
        iso3 = state_of(m, years) if weight or speaks else None
        if iso3:
            voices.add(iso3)
        if iso3 and weight and not (dateline and dateline != iso3):  # (not "KYIV - President Vladimir Putin said ...")
            found.append((iso3, m.start, weight))
    return found if len(voices) <= 1 else []  # (people of two States speaking in the opening: a news item quoting both)


def _lead_end(text: str) -> int:
    """Where the text's lead ends: its first two sentences after any heading lines (a heading, a dateline, the first
    sentence of the body)."""
    sents = [s for s in sentences(text[:OPENING * 2]) if len(s.text.split()) > 3]
    return min(OPENING, sents[1].end if len(sents) > 1 else OPENING)


def _named_otherwise(text: str, m: Mention, lead: str, own: str | None = None) -> bool:
    """The person's State is printed with the post (the State's own rules read it: "Kenyan President William Ruto",
    "El representante de Nueva Zelanda, Gerard van Bohemen"; but the person's own State in a portfolio's name is no
    other: "le ministre ... des Marocains résidant à l'étranger, Nasser Bourita"), or a body's post is ("Council President
    Nicolas de Rivière", "Peter Maurer, President of the ICRC", "le haut représentant Josep Borrell"), or the name goes on
    into a longer one ("Abdul Hamid Debaiba")."""
    titles = re.search(TITLES_BEFORE, lead)
    start = titles.start() if titles else len(lead)
    if lead[:start].rstrip(" ").endswith(","):  # the post set off before the name: "El representante de Nueva Zelanda, "
        start = max(lead.rfind(c, 0, lead[:start].rstrip(" ").rfind(",")) for c in ",.;:\n") + 1
    apposed = APPOSED.match(text, m.end)
    after = apposed.group(0) if apposed else ""
    named = [st for st in states_in(lead, start) if not (own and st.value == own and st.kind == "demonym" and _in_portfolio(lead, st))]
    return bool(named or bodies_in(lead, start) or PRESIDING.search(lead, start) or INTERNATIONAL.search(lead, start)
                or bodies_in(after) or INTERNATIONAL.search(after) or NAME_GOES_ON.match(text, m.end))


PORTFOLIO_OF = re.compile(r"\b(?:des|de\s+los|de\s+las|of|for)\s+(?:\w+\s+){0,2}$", re.I)


def _in_portfolio(lead: str, st: Mention) -> bool:
    """A demonym inside a portfolio's name, a people the ministry serves ("des Marocains résidant à l'étranger")."""
    return bool(PORTFOLIO_OF.search(lead, 0, st.start))


def _letterhead(text: str, line_start: int, m: Mention, line_end: int) -> bool:
    """The person's name alone on one of the text's first lines, as a minister's release prints it: "The Hon.
    Alexander Downer, MP", "H.E. Mr. Sergey Lavrov", "Dr. S. Jaishankar, External Affairs Minister"."""
    before = text[line_start:m.start]
    below = text[line_end:line_end + 200].strip().split("\n", 1)[0]
    if text[m.end:line_end].rstrip().endswith(",") or below.rstrip().endswith(",") or bodies_in(below) or PRESIDING.search(below) \
            or LETTER_TOP.search(text, 0, min(len(text), HEADING_REACH)):
        return False  # a line of address: "His Excellency Marcel Amon-Tanoh / Minister of Foreign Affairs of Cote d'Ivoire,",
        # "H.E. Mr. Vassily Nebenzia / President of the Security Council", a letter's addressee
    return (len(text[:line_start].strip().splitlines()) < LETTERHEAD_LINES and (not before.strip() or HONORIFIC.fullmatch(before) is not None)
            and POST_AFTER.fullmatch(text, m.end, line_end) is not None)


LETTERHEAD_LINES = 3
POST_AFTER = re.compile(r"[ \t]*(?:,[ \t]*[^,.;:\n\"“”]{1,60})?[ \t]*")  # ", MP", ", External Affairs Minister"


INVERTED_REACH = 250  # the verb, then the speaker's post (a minister's portfolios may run long), then the name
# between the verb of saying and the name: a time set off by commas, the article, the post ("a indiqué, samedi, le ministre
# des Affaires étrangères, ..., Nasser Bourita"; "afirmó el canciller ...")
INVERTED_POST = re.compile(r"\s*,?(?:\s*[^,.;:\n]{1,25},)?\s*(?:le|la|l['’]|el)\s+[^.;:!?\n\"“”«»]{3,220}$", re.I)


def _inverted(text: str, pos: int, said: Phrases | None) -> bool:
    """A French or Spanish lead's inverted report, its verb of saying before the speaker's post and name ("..., a
    indiqué, samedi, le ministre des Affaires étrangères, Nasser Bourita."; "..., afirmó el canciller X"). Not in
    English, where "..., said Ambassador X" is how a critic is quoted."""
    if said is None or lexicon.current() not in ("fr", "es"):
        return False
    start = max(0, pos - INVERTED_REACH)
    verb = None
    for verb in said.finditer(text, start, pos):
        pass
    return verb is not None and INVERTED_POST.fullmatch(text, verb.end(), pos) is not None


def _speaks(text: str, end: int, verbs: Phrases | None, said: Phrases | None) -> bool:
    """A verb of saying right after the name, or after an apposition ("Retno Marsudi, the Foreign Minister, said"), that
    is no bare auxiliary ("Rice will arrive this evening": no word said)."""
    apposed = APPOSED.match(text, end) or WHO_CLAUSE.match(text, end)
    for at in (end, apposed.end()) if apposed else (end,):
        gap = verb_gap(text, at)
        for phrases in (said, verbs) if gap is not None else ():
            verb = phrases.match(text, gap) if phrases is not None else None
            if verb and verb.group(0).split()[0].lower() not in AUXILIARIES:
                return True
    return False

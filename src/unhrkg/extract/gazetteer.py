"""Name matching for States and bodies: longest match first, never overlapping.

Names come from the reference tables. Acronyms ("US", "EU", "HRC") match only in their
printed case; other names match in any case but must start with a capital (so "chad" or
"turkey" in running text are not States), except lowercase demonyms of other languages
("israéliennes") and body names of two or more words ("universal periodic review").
Territory names block a match ("Occupied Palestinian Territory" is not Palestine).
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from unhrkg.extract import lexicon, scan
from unhrkg.extract.territories import GLOSS_OPEN, JOINED, LIST_GOES_ON, LISTED_BEFORE, TERRITORIES, joined_former
from unhrkg.model.reference import GROUP_KINDS, coalitions, load_names, load_reference, shared_alone, shared_demonyms



@dataclass(frozen=True)
class Mention:
    """One name found in the text: where, as printed, and what it denotes."""

    start: int
    end: int
    text: str
    value: str | None  # ISO3 or body code; None for a blocking name
    kind: str  # 'name', 'demonym', 'anaphora'


@lru_cache(maxsize=1 << 14)  # the same names are folded again and again, in every document
def fold(text: str) -> str:
    """Case-, accent- and space-insensitive key for a name."""
    if not text.isascii():  # plain ASCII has no accents to take off
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    return _SPACES.sub(" ", text.replace("\u2019", "'")).strip().lower()


_SPACES = re.compile(r"[\s\-]+")


# Between the words of a name: spaces or hyphens and at most one line break (never a blank line).
_SEPARATOR = r"(?=[\s\-])[ \t\-]*\n?[ \t\-]*"


def _letter(c: str) -> str:
    """A letter of a name; an accented one also matches its plain form ("Côte" / "Cote")."""
    base = unicodedata.normalize("NFKD", c)[0]
    if base != c and base.isascii():
        return f"[{c}{base}]"
    return "['\u2019]" if c == "'" else re.escape(c)


def _atoms(name: str) -> list[str]:
    """A name as a sequence of regex pieces: one per letter (case folded), one per word break."""
    parts = [p for p in re.split(r"[\s\-]+", name.strip()) if p]
    atoms: list[str] = []
    for i, part in enumerate(parts):
        if i:
            atoms.append(_SEPARATOR)
        atoms += [_letter(c.lower()) for c in part]
    return atoms


def _trie_pattern(names: list[str]) -> str:
    """One regex matching any of the names, with the shared beginnings of names written once.

    A flat alternation of a thousand names makes the engine try every name at every
    position; as a trie it tries the next letters that can follow. Where one name continues
    another ("Republic of Korea", "Republic of Korea and Japan"), the longer is tried first,
    so a match is the longest name at its position (backtracking to a shorter one when the
    word does not end there).
    """
    root: dict[str, dict] = {}
    for name in names:
        node = root
        for atom in _atoms(name):
            node = node.setdefault(atom, {})
        node[""] = {}  # a name ends here

    def emit(node: dict[str, dict]) -> str:
        branches = [atom + emit(child) for atom, child in node.items() if atom]
        if "" in node:
            branches.append("")  # ending here is the last resort: longer names first
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"
    return emit(root)


def is_acronym(name: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Z.\d]{0,6}", name)) and sum(c.isupper() for c in name) >= 2


class Gazetteer:
    """A set of names -> values, matched as whole words, longest first."""

    def __init__(self, entries: list[tuple[str, str | None, str]]):
        self._values: dict[str, tuple[str | None, str]] = {}
        self._exact: dict[str, str] = {}
        names: dict[str, None] = {}
        for name, value, kind in entries:
            key = fold(name)
            if not key or self._values.get(key, (value, kind)) != (value, kind):
                continue  # the first entry of a name keeps it
            self._values.setdefault(key, (value, kind))
            names.setdefault(name)  # each spelling is looked for ("Haiti" and "Haïti" fold alike)
            if is_acronym(name):
                self._exact[key] = name.replace(".", "")
        pattern = rf"(?<![\w.]){_trie_pattern(list(names))}(?!\w|\.\w)"  # (a slash beside it: see ``_in_symbol``)
        self._regex = re.compile(pattern, re.IGNORECASE)
        # the same pattern, case-sensitive, for the lower-cased text (``scan.lowered``): its letters
        # are lower case already, and without IGNORECASE the engine skips the branches of the trie
        # that cannot start at a letter in C, where it tries each of them under IGNORECASE
        self._lower_regex = re.compile(pattern) if _lower_case_safe(pattern) else None

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Mention]:
        """Every mention in text[start:end], in order."""
        if start == 0 and (end is None or end >= len(text)):
            return list(_whole_text(self, text, lexicon.current()))  # (the language: see ``_word_in_capitals``)
        return self._find(text, start, end)

    def _find(self, text: str, start: int = 0, end: int | None = None) -> list[Mention]:
        found = []
        stop = len(text) if end is None else end
        pos = start
        lowered = scan.lowered(text) if self._lower_regex is not None else None
        regex, subject = (self._regex, text) if lowered is None else (self._lower_regex, lowered)
        while (m := regex.search(subject, pos, stop)) is not None:  # type: ignore[union-attr]
            mention = self._accepted(text, m)
            if mention is None:  # a rejected longer match must not hide a shorter one inside it
                pos = m.start() + 1
                continue
            found.append(mention)
            pos = mention.end  # (where a joined name is read as its first State, the second is looked for after it)
        if any(m.value and SHARED in m.value for m in found):
            whole = found if start == 0 and stop >= len(text) else list(_whole_text(self, text, lexicon.current()))
            found = _decided(found, whole)
        return found

    def _accepted(self, text: str, m: re.Match[str]) -> Mention | None:
        """The mention a match of the pattern is, unless its case or its place rules it out."""
        printed = text[m.start():m.end()]
        key = fold(printed)
        value, kind = self._values.get(key, (None, "name"))
        if key in self._exact:
            ok = printed.replace(".", "") == self._exact[key] and not _word_in_capitals(text, m.start(), m.end(), key)
        else:
            ok = kind.endswith("-any") or printed[0].isupper() or printed[0].isdigit()  # ("3rd Committee")
        if not ok or _in_symbol(text, m.start(), m.end()):
            return None
        if kind == "name" and " " not in printed and (GIVEN_NAME_BEFORE.search(text, max(0, m.start() - 24), m.start())
                                                      or self._hyphened_given(text, m.start(), printed)) \
                and SURNAME_AFTER.match(text, m.end()):
            return Mention(m.start(), m.end(), printed, None, "name")  # "Foreign Minister Israel Katz", "la vicepresidenta
            # Francia Márquez": a person's given name, between a post and a surname
        if value in joined_former():  # a former State named as two of today's joined ("Serbia and Montenegro"):
            if GLOSS_OPEN.search(text, max(0, m.start() - 3), m.start()):  # glossing another name ("the Federal
                return Mention(m.start(), m.end(), printed, None, "name")  # Republic of Yugoslavia (Serbia and Montenegro)")
            if LISTED_BEFORE.search(text, max(0, m.start() - 60), m.start()) and not LIST_GOES_ON.match(text, m.end()):
                # ending a list, its "and" the list's ("Albania, North Macedonia, Serbia and Montenegro met"): the two
                # States of today, the first here, the other next (not "..., Serbia and Montenegro, and Iceland")
                first = JOINED.split(printed, maxsplit=1)[0]
                value, kind = self._values.get(fold(first), (None, "name"))
                return Mention(m.start(), m.start() + len(first), first, value, kind.split("-")[0])
        return Mention(m.start(), m.end(), printed, value, kind.split("-")[0])

    def _hyphened_given(self, text: str, start: int, printed: str) -> bool:
        """The name is the second half of a hyphened given name after an honorific ("M. Jean-Maurice Ripert", "Mme
        Marie-France Dupont"): a capitalised word of letters before the hyphen that names no State itself (not
        "the Eritrea-Ethiopia Boundary Commission", "the Arab-China States Cooperation Forum")."""
        given = HYPHENED_GIVEN.search(text, max(0, start - 16), start)
        return bool(given) and printed[:1].isupper() and printed[1:].islower() \
            and bool(HONORIFIC_BEFORE.search(text, max(0, given.start() - 24), given.start())) \
            and not states_in(text, given.start(), start - 1)

    def match_at(self, text: str, pos: int) -> Mention | None:
        """The mention starting exactly at pos (after optional 'the '), if any: the pattern's match
        there, where it is accepted (a rejected one hides any shorter one at the same place, as in ``find``)."""
        m = _ARTICLE.match(text, pos)
        begin = m.end() if m else pos
        lowered = scan.lowered(text) if self._lower_regex is not None else None
        regex, subject = (self._regex, text) if lowered is None else (self._lower_regex, lowered)
        found = regex.match(subject, begin, min(len(text), begin + 120))  # type: ignore[union-attr]
        mention = self._accepted(text, found) if found else None
        if mention and mention.value and SHARED in mention.value:
            mention = _decided([mention], list(_whole_text(self, text, lexicon.current())))[0]
        return mention


# a post or a courtesy title right before a person's name, and a surname right after a given name (not a State's organ)
GIVEN_NAME_BEFORE = re.compile(r"(?-i:\b(?:Minister|Ambassador|President|Vice[- ]President|Senator|Spokesman|Spokesperson|Envoy|Mr\.?|"
                               r"Ms\.?|Mrs\.?|Dr\.?|ministre|ministro|ministra|vicepresident[ea]|president[ea]|embajador[a]?|canciller|"
                               r"Sr\.|Sra\.))\s+$")
HONORIFIC_BEFORE = re.compile(r"(?-i:\b(?:M|Mme|Mlle|Mr|Ms|Mrs|Dr|Sr|Sra|Amb|S\.\s?E|H\.\s?E)\.?|\b(?:Madame|Monsieur|Mademoiselle|Señora|Señor)|"
                              r"\b[Aa]mbassad\w+|\b[Ee]mbajador\w*)\s+$")
HYPHENED_GIVEN = re.compile(r"(?-i:(?<![\w-])[A-Z][a-zà-ÿ]{2,})-$")  # "Jean-Maurice Ripert", "Marie-France Dupont": a given name
SURNAME_AFTER = re.compile(r" (?!(?:Government|Foreign|Ministry|Mission|Embassy|Defen[cs]e|Police|Army|Security|National|State|"
                           r"Permanent|Gobierno|Ministerio|Misi[óo]n|Embajada)\b)(?-i:[A-Z][a-zà-ÿ]+)\b(?!['’]s)")


@cache
def _stopwords(lang: str) -> frozenset[str]:
    return frozenset(lexicon.words("stopwords", lang=lang))


def _word_in_capitals(text: str, start: int, end: int, key: str) -> bool:
    """An acronym that is also a frequent word of the text's language, among words in capitals: the word
    ("REPRESENTANTE PERMANENTE DE GUATEMALA ANTE LAS NACIONES UNIDAS": the article, not the League of Arab
    States)."""
    if key not in _stopwords(lexicon.current()):
        return False
    before, after = text[max(0, start - 30):start], text[end:end + 30]
    around = re.findall(r"[^\W\d_]{2,}", before.rsplit("\n", 1)[-1] + " " + after.split("\n", 1)[0])  # its own line's words,
    if len(around) < 2:  # or, on a line of one or two words ("LAS MALVINAS"), the lines around it too
        around = re.findall(r"[^\W\d_]{2,}", before + " " + after)
    return len(around) >= 2 and all(w.isupper() for w in around)


def _in_symbol(text: str, start: int, end: int) -> bool:
    """A name in capitals beside a slash is part of a symbol ("A/HRC/53/1", "CERD/C/ISR/CO/14"); a
    name in words beside one is not ("General Assembly/Third Committee", "France/Germany"), unless
    it is a piece of a web address ("https://www.ohchr.org/en/hr-bodies/hrc/Myanmar/index")."""
    slash = (start > 0 and text[start - 1] == "/") or text[end:end + 1] == "/"
    if not slash:
        return False
    if not any(c.islower() for c in text[start:end]):
        return True
    token = text[max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1:end]
    return "://" in token or token.lower().startswith("www.")


def _lower_case_safe(pattern: str) -> bool:
    """Whether a gazetteer pattern matches the lower-cased text as it matches the text under
    IGNORECASE: its letters are ASCII or Latin-1 (whose other cases ``scan.CASE_APART`` lists),
    not the micro sign, and lower case."""
    return all(ord(c) < 0x100 or c == "\u2019" for c in pattern) and "\u00b5" not in pattern and pattern == pattern.lower()


SHARED = "|"  # between the States a shared demonym may mean (shared_demonyms.csv)


def _decided(found: list[Mention], whole: list[Mention]) -> list[Mention]:
    """A shared demonym ("le gouvernement congolais") means the one of its States the text names most by
    name ("RDC" three times, "au Congo" once); where it names none of them in any way, the State the form means
    alone (``shared_alone``: "Korea"), if any; where two are named as often, no State."""
    named = Counter(m.value for m in whole if m.kind == "name" and m.value and SHARED not in m.value)
    mentioned = {m.value for m in whole if m.value and SHARED not in m.value}  # (by a demonym too: "North Korean")
    out = []
    for m in found:
        if m.value and SHARED in m.value:
            counts = sorted(((named[iso3], iso3) for iso3 in m.value.split(SHARED)), reverse=True)
            alone = _alone().get(fold(m.text)) if not mentioned & set(m.value.split(SHARED)) else None
            m = replace(m, value=alone or (counts[0][1] if counts[0][0] > counts[1][0] else None))
        out.append(m)
    return out


@cache
def _alone() -> dict[str, str]:
    return {fold(form): iso3 for form, iso3 in shared_alone().items()}


@lru_cache(maxsize=8)  # several rules look for the States (or bodies) of the same whole text
def _whole_text(gazetteer: Gazetteer, text: str, lang: str) -> tuple[Mention, ...]:
    return tuple(gazetteer._find(text))


_ARTICLE = re.compile(r"(?:the\s+|l[ae]s?\s+|l['\u2019]|el\s+|los\s+|las\s+)?", re.I)


def _demonym_forms(form: str) -> list[tuple[str, str]]:
    if form[:1].islower():  # a French form: inflect for gender and number
        stems = {form, form + "s", form + "e", form + "es"}
        if form.endswith("ien"):
            stems |= {form + "ne", form + "nes"}
        return [(s, "demonym-any") for s in stems]
    return [(form, "demonym"), (form + "s", "demonym")]


THE_AFTER_OF = re.compile(r"^(\w[\w ]* of) the ")


def states_gazetteer() -> Gazetteer:
    """States by name and demonym, in English and in the language being read."""
    return _states_gazetteer(lexicon.current())


@cache
def _states_gazetteer(lang: str) -> Gazetteer:
    ref = load_reference()
    names = load_names(lang) if lang != lexicon.DEFAULT else None
    # (a territory written in lower case blocks its words as printed: "the former Yugoslavia", "en français")
    entries: list[tuple[str, str | None, str]] = [(t, None, "name" if t[:1].isupper() else "name-any") for t in TERRITORIES]
    if names:
        entries += [(t, None, "name" if t[:1].isupper() else "name-any") for t in lexicon.lookup("territories") or ()]
        for iso3, forms in names.states.items():
            entries += [(n, iso3, "name") for n in forms]
    for st in ref.states.values():
        # (a name listed in lower case is a name in any case: "south Korea" as some print it; put before its
        # capitalised form, as the first entry of a name keeps it)
        entries += [(n, st.iso3, "name" if n[:1].isupper() else "name-any") for n in sorted(st.names, key=lambda n: n[:1].isupper())]
        # "Republic of the Marshall Islands" is also printed "Republic of Marshall Islands"
        entries += [(THE_AFTER_OF.sub(r"\1 ", n), st.iso3, "name") for n in st.names if THE_AFTER_OF.search(n)]
    for st in ref.states.values():
        for form in st.demonyms:
            entries += [(f, st.iso3, k) for f, k in _demonym_forms(form)]
    if names:
        for iso3, forms in names.demonyms.items():
            entries += [(f, iso3, "demonym-any") for f in forms]
    for form, states in shared_demonyms().items():  # decided per text (``_decided``)
        entries.append((form, SHARED.join(states), "demonym-any" if form[:1].islower() else "demonym"))
    return Gazetteer(entries)


@cache
def capitals_gazetteer() -> Gazetteer:
    """States by the cities their governments sit in (a statement's dateline: "Dakar, 19 jan")."""
    return Gazetteer([(city, st.iso3, "name") for st in load_reference().states.values() for city in st.capitals])


@cache
def institutions_gazetteer() -> Gazetteer:
    """States by the proper names of their seats and ministries ("the Élysée", "Itamaraty")."""
    return Gazetteer([(name, st.iso3, "name-any" if _lowercase_safe(name) else "name")  # ("le ministère des Affaires étrangères et ...")
                      for st in load_reference().states.values() for name in st.institutions])


def bodies_gazetteer() -> Gazetteer:
    """Bodies by name, in English and in the language being read."""
    return _bodies_gazetteer(lexicon.current())


@cache
def _bodies_gazetteer(lang: str) -> Gazetteer:
    ref = load_reference()
    # (a State's own institution named like a UN body blocks the body's name in it: "the National Human Rights Council")
    entries: list[tuple[str, str | None, str]] = [(n, None, "name") for n in {*lexicon.words("national_bodies", lang=lexicon.DEFAULT),
                                                                              *lexicon.words("national_bodies", lang=lang)}]
    if lang != lexicon.DEFAULT:
        for code, forms in load_names(lang).bodies.items():
            entries += [(n, code, "name-any" if _lowercase_safe(n) else "name") for n in forms]
    for body in ref.bodies.values():
        entries += [(n, body.code, "name-any" if _lowercase_safe(n) else "name") for n in body.names]
    return Gazetteer(entries)


def _lowercase_safe(name: str) -> bool:
    """Long body names also name the body in lower case ("the universal periodic review")."""
    return len(name.split()) >= 2 and len(name) >= 14 and not is_acronym(name)


def states_in(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    return [m for m in states_gazetteer().find(text, start, end) if m.value]


def bodies_in(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    return [m for m in bodies_gazetteer().find(text, start, end) if m.value]


@cache
def coalitions_gazetteer() -> Gazetteer:
    """The coalitions by name, in every language their table gives (an acronym in its printed case), and
    the bodies of the schema that are organisations or groups of States (the AU, the League of Arab
    States, the OIC), by their names in every language the lexicons give."""
    bodies = [b for b in load_reference().bodies.values() if b.kind in GROUP_KINDS]
    names = [(n, b.code) for b in (*coalitions().values(), *bodies) for n in b.names]
    names += [(n, b.code) for lang in lexicon.languages() for b in bodies for n in load_names(lang).bodies.get(b.code, ())]
    return Gazetteer([(n, code, "name-any" if len(n.split()) >= 3 and not is_acronym(n) else "name") for n, code in names])


def coalitions_in(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    return [m for m in coalitions_gazetteer().find(text, start, end) if m.value]


COALITION_TOP = 200  # an organisation named in the heading or the opening words: its text, unless a State speaks


def organs_line(text: str, start: int, end: int) -> list[Mention]:
    """The bodies of text[start:end] when two or more of them make up that line by themselves
    ("GENERAL ASSEMBLY SECURITY COUNCIL": a joint document's organs, or a site's banner), else []."""
    named = bodies_in(text, start, end)
    filled = sum(m.end - m.start for m in named) >= len(re.sub(r"\s", "", text[start:end])) - 2
    return named if len(named) > 1 and filled else []


def unique(values: list[str | None]) -> list[str]:
    """Values in first-seen order, without None or repeats."""
    seen: dict[str, None] = {}
    for v in values:
        if v:
            seen.setdefault(v, None)
    return list(seen)

"""Names coordinated in a list: "Argentina and France", "the United States of America, the United
Kingdom, Montenegro and North Macedonia", "la Malaisie, le Venezuela et le Sénégal".

Used wherever a list of States or bodies is the answer: the sponsors of a resolution, the
States a joint statement is delivered on behalf of.
"""
from __future__ import annotations

import re
from functools import cache

from unhrkg.extract import lexicon
from unhrkg.extract.gazetteer import Mention, bodies_in, fold, states_in
from unhrkg.extract.scan import printed
from unhrkg.model.reference import GROUP_KINDS, fixed_groups, load_reference

ARTICLES = r"(?:the\s+|la\s+|le\s+|les\s+|l['’]|el\s+|los\s+|las\s+)?"
AND = r"(?:and|et|y|e)"  # the words that join the last item of a list, in the three languages
OWN_COUNTRY = r"(?:(?:my|our)\s+(?:own\s+)?country|mon\s+(?:propre\s+)?pays|mi\s+(?:propio\s+)?pa[ií]s)\s*,?\s*"
OF = r"(?:(?:of|de|du|des|del)\s+|d['’])?"  # "au nom du Canada, de l'Australie et de la Nouvelle-Zélande"
# "San Vicente y las Granadinas (SVG) y Tuvalu": the item's abbreviation; "Reino Unido (impulsor del dossier) y Jordania",
# "the United Kingdom (penholder) and Jordan": a gloss in lower case on the item
ABBREVIATED = r"(?:\s*\((?:(?-i:[A-Z][A-Za-z.]{1,9})|(?-i:[a-zà-ÿ])[^()\n]{0,28})\))?"
LIST_GAP = rf"{ABBREVIATED}\s*(?:,|,?\s*(?:{AND}|as\s+well\s+as)|;)\s*{OF}(?:{OWN_COUNTRY})?" + ARTICLES  # "..., and my own country, Sweden"
LIST_REACH = 2000  # a list of States can be long ("on behalf of Botswana, Costa Rica, ... and Uruguay": 45 States, 900 characters)


@cache
def partner_words() -> str:
    """The words that join partners to a State, over every language ("together with", "in cooperation
    with", "conjointement avec", "junto con"): the lexicon's ``partners``, as a regex."""
    return lexicon.all_languages_pattern("partners").pattern


def names(text: str, start: int, end: int) -> list[Mention]:
    """States and bodies named in text[start:end], in order."""
    return sorted(bodies_in(text, start, end) + states_in(text, start, end), key=lambda m: m.start)


# an item the tables do not know, or a known name's unknown last word ("Russia Federation, Sri Lanka")
UNKNOWN_ITEM = re.compile(rf"(?:{LIST_GAP}|[ \t]+)(?-i:[A-Z][\w'’.-]*)(?:[ \t]+(?-i:[A-Z][\w'’.-]*)){{0,2}}{LIST_GAP}", re.I)
# a known name after words of the item the tables do not know ("Luxemburg, Former Jugoslav Republic of Macedonia, Maldives")
# (not a word that makes another State's name: "Democratic Republic Congo" is no Congo, "South Sudan" no Sudan)
PREFIXED_ITEM = re.compile(rf"{LIST_GAP}(?:(?!(?:Democratic|Republic|People|Islamic|Federal|Federated|United|Arab|Central|South|"
                           rf"North|East|West|New|Equatorial|Saint|St|Holy|Kingdom|State|States|Union|Plurinational|Bolivarian|"
                           rf"Socialist|Sovereign|Independent)\b)(?-i:[A-Z][\w'’.-]*)[ \t]+){{1,2}}", re.I)
UNKNOWN_MOST = 2  # items of a long list the tables do not know ("Luxemburg", "Marshal Islands") that it may step over
UNKNOWN_AFTER = 2  # ... once it has shown itself a list of at least this many names
BRACKET_OPEN = re.compile(r"\s*\(\s*")
BRACKET_CLOSE = re.compile(r"\s*\)")


def coordinated(text: str, pos: int) -> list[Mention]:
    """The names coordinated from pos on, the first right at pos (after an article); a list of
    several steps over an item or two it does not know, spelt otherwise or misspelt."""
    found: list[Mention] = []
    cursor = pos
    unknown = 0
    for m in names(text, pos, min(len(text), pos + LIST_REACH)):
        gap = text[cursor:m.start]
        if found and BRACKET_OPEN.fullmatch(gap) and BRACKET_CLOSE.match(text, m.end):
            continue  # "the United Kingdom (UK), Tuvalu": the item's abbreviation, which the next gap steps over
        if not re.fullmatch(ARTICLES if not found else LIST_GAP, gap, re.I):
            # (a comma the list left out between two of its names: "Denmark, Ecuador Estonia, Finland")
            missing_comma = gap == " " and re.match(LIST_GAP, text[m.end:m.end + 40], re.I) is not None
            stepped = missing_comma or UNKNOWN_ITEM.fullmatch(gap) or PREFIXED_ITEM.fullmatch(gap)
            if len(found) < UNKNOWN_AFTER or unknown >= UNKNOWN_MOST or not stepped:
                break
            unknown += 1
        found.append(m)
        cursor = m.end
    return found


def state_codes(found: list[Mention]) -> list[str]:
    """The States among names found, each once, in order: not a body whose code is also a State's
    (the Non-Aligned Movement's NAM is not Namibia's)."""
    ref = load_reference()
    return list(dict.fromkeys(str(n.value) for n in found if n.value in ref.states and not (
        n.value in ref.bodies and fold(n.text) in {fold(a) for a in (ref.bodies[n.value].name, *ref.bodies[n.value].aliases)})))




def can_table(agents: list[str]) -> list[str]:
    """The States and the organisations among agents: "the co-drafters of Security Council resolution 2286"
    names the Council that adopted it, not a drafter; "À l'initiative de A et B, le Conseil de sécurité a
    adopté": the Council adopts, it does not table."""
    bodies = load_reference().bodies
    return [a for a in agents if a not in bodies or bodies[a].kind in GROUP_KINDS]  # (the EU, the OIC, the NAM table, as States do)


@cache
def _fixed_groups() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]] | None:
    """One pattern over the names of the groups whose members do not change (groups.csv), and each
    name's members."""
    printed = [name for group in fixed_groups().values() for name in group[0]]
    members = {fold(name): group[1] for group in fixed_groups().values() for name in group[0]}
    if not members:
        return None
    names_re = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(printed, key=len, reverse=True))
    return re.compile(rf"{ARTICLES}(?P<name>{names_re})(?![\w-])", re.I), members


@cache
def _first_words() -> tuple[str, ...] | None:
    """The first word of each group's name, in lower case: a name is printed only where its first word is
    (None where a word has letters whose cases ``scan.lowered`` does not keep)."""
    words = tuple({name.split()[0].lower(): None for group in fixed_groups().values() for name in group[0]})
    return words if all(all(c.isascii() or ord(c) < 0x100 and c != "\u00b5" for c in w) for w in words) else None


def fixed_group_at(text: str, pos: int, end: int | None = None) -> list[str]:
    """The members of a group of fixed membership named at pos ("the Nordic countries", "the P5"),
    ending at end when given; none if no such group is named there."""
    groups = _fixed_groups()
    m = groups[0].match(text, pos) if groups else None
    if m is None or (end is not None and m.end() != end):
        return []
    return list(groups[1].get(fold(re.sub(r"\s+", " ", m.group("name"))), ()))


def fixed_groups_in(text: str, start: int, end: int) -> list[tuple[int, int, list[str]]]:
    """Each group of fixed membership named in text[start:end]: its span (after its article) and members."""
    groups = _fixed_groups()
    if groups and (words := _first_words()) is not None and not printed(text, words, end):
        return []  # no group's name starts in the text (the pattern need not be tried at every position)
    return [(m.start("name"), m.end(), list(groups[1].get(fold(re.sub(r"\s+", " ", m.group("name"))), ())))
            for m in groups[0].finditer(text, start, end)] if groups else []


def fixed_group_ending_at(text: str, lo: int, end: int) -> tuple[int, list[str]] | None:
    """Where a group of fixed membership named just before end starts, and its members."""
    groups = _fixed_groups()
    for m in groups[0].finditer(text, max(lo, end - 60), end) if groups else ():
        if m.end() == end:
            return m.start(), fixed_group_at(text, m.start(), end)
    return None


# a phrase set off by commas after the resolution, a date's comma in it ("GA Resolution 2253, adopted on July 4, 1967 at an
# Emergency Special Session of the General Assembly, was led and sponsored by Pakistan")
APPOSED_TEXT = r"(?:[^,;.()]|,(?=\s*(?:19|20)\d\d\b))"
# a count of sponsors, then those of them the text names: "co-sponsored by 191 delegations, including Paraguay",
# "copatrocinada por 191 delegaciones, incluida la República del Paraguay", "coparrainée par 60 pays, dont le Maroc"
# the Organization's name, and where an official or a mission serves: "to the United Nations", "auprès des Nations Unies",
# "ante las Naciones Unidas", "at the UN in Geneva"
UN_NAME = r"(?:United\s+Nations|UN|U\.N\.|Nations\s+Unies|ONU|Naciones\s+Unidas)"
SERVING_AT_UN = (rf"\s+(?:to|at|in|auprès\s+(?:des|du|de\s+la|de\s+l['’])|ante|en)\s*(?:the\s+|las\s+|la\s+)?{UN_NAME}"
                 r"(?:\s+(?:in|at|à|en)\s+(?:New\s+York|Geneva|Genève|Ginebra|Nueva\s+York))?")
# ("sponsored by 42 States including ...", "by Latin American states including Argentina, Brazil, ...")
COUNTED_INCLUDING = re.compile(r"(?:(?:some\s+|over\s+|more\s+than\s+|plus\s+de\s+|más\s+de\s+|unos\s+|unas\s+)?\d{1,3}\s+(?:other\s+|autres\s+|otros\s+|otras\s+)?|"
                               r"(?:several|many|various|plusieurs|varios|varias|(?-i:[A-Z])[\w-]+)\s+(?:(?-i:[A-Z])[\w-]+\s+)?)"
                               r"(?:delegations?|countries|States|Member\s+States|nations|délégations?|pays|[ÉE]tats(?:\s+membres)?|"
                               r"delegaciones|países|Estados(?:\s+miembros)?)(?:\s*,?\s*(?:including|among\s+them|notably|such\s+as|"
                               r"dont|parmi\s+lesquel(?:le)?s|notamment|incluid[oa]s?|entre\s+ell[oa]s|como)\s+"
                               r"|(?:,(?:(?!\b(?:adopt|vot|aprob|approv)\w*)[^:;.\n]){1,80})?\s*:\s*)", re.I)  # "sponsored by 25 states, the vast majority of which ...: Afghanistan, ..."

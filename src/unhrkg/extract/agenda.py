"""The agenda items a document is circulated under or speaks to, as printed: "agenda item 4", "Item 25 of the
preliminary list", "points 77 à 85", "Tema 4: Diálogo interactivo", a statement's heading "... – ITEM 123"."""
from __future__ import annotations

import re

from unhrkg.extract.procedure import HEADING_REACH
from unhrkg.extract.scan import Starting, printed, word_start

_ITEM = r"\d{1,3}(?:\s?\([a-z]{1,3}\)|[a-z]\b)?"
_RANGE = r"(?:to|through|à|a|-|–)"  # "items 77 to 85", "points 77 à 85", "temas 77 a 85"
_ITEMS = rf"(?P<items>{_ITEM}(?:\s*(?:,|and|&|et|y|{_RANGE})\s*{_ITEM})*)"
RANGE_SPAN = 60  # a printed range of items longer than this is not a range of agenda items
# "\bitems? ...", "\bagenda ...": each first letter where the engine can skip to it (``scan``), tried only where the
# lower-cased text prints the first word (``scan.Starting``)
AGENDA = [
    # ("Item 25 of the preliminary list": the list of items a session's agenda is drawn from)
    Starting(re.compile(rf"{word_start('i')}tems?\s+{_ITEMS}\s+of\s+the\s+(?:(?:\w+\s+)?agenda|preliminary\s+list(?!\s+of\s+speakers))", re.I), ("item",)),
    Starting(re.compile(rf"{word_start('a')}genda\s+items?(?:\s+|\s*[-–]\s*(?=\d{{1,3}}(?!\d)))\s*{_ITEMS}", re.I), ("agenda",)),  # "Item-69"
    # "under Agenda 2 at the 40th Session", "under Agenda 5: Human Rights Mechanisms": an item by the agenda's name alone, a
    # session or the item's title after it (not "under Agenda 2030", "under Agenda 21, adopted in Rio": programmes)
    Starting(re.compile(rf"{word_start('u')}nder\s+(?:items?|agenda(?=\s+\d{{1,2}}(?!\d)(?:[^.\n]{{0,60}}\bsession\b|\s*:)))\s+{_ITEMS}", re.I),
             ("under",)),
    Starting(re.compile(rf"{word_start('p')}(?:oints?|untos?)\s+{_ITEMS}\s+(?:de\s+(?:l['’]ordre\s+du\s+jour|la\s+liste\s+pr[ée]liminaire)|"
                        rf"del\s+orden\s+del\s+d[ií]a)", re.I), ("point", "punto")),  # "Punto 2 del orden del día"
    Starting(re.compile(rf"{word_start('t')}emas?\s+{_ITEMS}\s+(?:del\s+programa|de\s+la\s+agenda|del\s+orden\s+del\s+d[ií]a|de\s+la\s+lista\s+preliminar)", re.I),
             ("tema",)),
    Starting(re.compile(rf"{word_start('íi')}tems?\s+(?:de\s+(?:la\s+)?agenda|del\s+programa)\s+{_ITEMS}", re.I),
             ("item", "ítem")),  # "bajo el ítem de agenda 115 (h)"
    # a debate named by its item: "General Debate on Item 4", "Debate General del Tema 2", "débat général au titre du point 4",
    # "Débat général sous point 10"
    Starting(re.compile(rf"{word_start('d')}(?:ebate\s+(?:on|under)\s+(?:agenda\s+)?items?|ebate\s+general\s+(?:del|sobre\s+el|bajo\s+el)\s+temas?|"
                        rf"[ée]bat\s+g[ée]n[ée]ral\s+(?:au\s+titre\s+du|sur\s+le|sous\s+le|sous)\s+points?)\s+{_ITEMS}", re.I), ("debat", "débat")),
    # a Council statement's heading: "Item 2: General Debate", "Point 4 : Débat général", "Tema 4: Diálogo interactivo"
    re.compile(rf"(?-i:[IPT])(?<!\w.)(?-i:tem|TEM|oint|OINT|ema|EMA)\s+{_ITEMS}\s*[:–-]\s*(?:General\s+Debate|Interactive\s+Dialogue|"
               rf"D[ée]bat\s+g[ée]n[ée]ral|Dialogue\s+interactif|Debate\s+general|Di[áa]logo\s+interactivo)", re.I),
]


ITEM_OR_RANGE = re.compile(rf"(?P<item>{_ITEM})|(?P<range>(?<![\w])(?:{_RANGE})(?![\w]))", re.I)  # compiled once


def _items(printed: str) -> list[str]:
    """The items of a printed list, ranges spelt out: "77 à 85, 109" -> 77, 78, ..., 85, 109."""
    out: list[str] = []
    pending_range = False
    for m in ITEM_OR_RANGE.finditer(printed):
        if m.group("range"):
            pending_range = bool(out) and out[-1].isdigit()
            continue
        item = m.group("item")
        if pending_range and item.isdigit() and 0 < int(item) - int(out[-1]) <= RANGE_SPAN:
            out += [str(n) for n in range(int(out[-1]) + 1, int(item) + 1)]
        else:
            out.append(item)
        pending_range = False
    return out


# a statement's heading names its item set apart by a dash or a comma: "UNGA79: STRENGTHENING OF THE
# UNITED NATIONS SYSTEM – ITEM 123", "Plenary Meeting on the Use of Veto, Item 63, Special Report",
# "4 novembre 2008 - Point 58 - Rapport du Conseil"
HEADING_ITEM = re.compile(rf"(?:^|[–—,:|-][ \t]*)(?-i:Item|ITEM|Point|POINT|Tema|TEMA)s?[ \t]+{_ITEMS}(?=[ \t]*(?:[:,.–—|-]|$))", re.M)
# a site's label line, the item after the debate's name and a full stop: "HRC 57: General Debate. Item 10, Right of Reply"
LABEL_ITEM = re.compile(rf"^[ \t]*(?-i:[A-Z]{{2,6}})[ \t]?\d{{1,3}}[ \t]*:[^\n]{{0,60}}?\w\.[ \t]+(?-i:Item|Point|Tema)s?[ \t]+{_ITEMS}"
                        rf"(?=[ \t]*(?:[:,.–—|-]|$))", re.M)


# the words (in lower case) each pattern of AGENDA, then HEADING_ITEM, cannot match without one of (``scan.printed``)
AGENDA_NEEDS = (("agenda", "list"), ("agenda",), ("item", "agenda"), ("ordre", "liste", "orden"), ("tema",), ("tem",), ("bat",), ("tem", "ema", "oint"),
                ("item", "point", "tema"), ("item", "point", "tema"))


def find_agenda_items(text: str) -> list[str]:
    """Agenda item numbers as printed ('9', '112 (e)'), in order of first mention."""
    found: list[tuple[int, int, str]] = []
    scans = [(p, len(text)) for p in AGENDA] + [(HEADING_ITEM, min(len(text), HEADING_REACH)), (LABEL_ITEM, min(len(text), HEADING_REACH))]
    for (pattern, end), needed in zip(scans, AGENDA_NEEDS, strict=True):
        if not printed(text, needed, end):
            continue
        for m in pattern.finditer(text, 0, end):
            for i, item in enumerate(_items(m.group("items"))):
                found.append((m.start(), i, re.sub(r"\s?\(", " (", item)))
    seen: dict[str, None] = {}
    for _, _, item in sorted(found):
        seen.setdefault(item, None)
    return list(seen)

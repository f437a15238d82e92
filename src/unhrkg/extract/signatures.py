"""Signature blocks: "(Signed): Ri TCHEUL / Ambassador / Permanent Representative".

A block is a "(Signed)" marker, an optional leading rank ("Ambassador Hisham Badr"), the
name, and title lines. Flattened blocks ("(Signed) Alisher Vohidov Permanent Representative
of the Republic of Uzbekistan Annex ...") are cut into titles by their keywords and the
names of States and bodies that follow "of", "to" or "for".
"""
from __future__ import annotations

import re

from unhrkg.extract import lexicon
from unhrkg.extract.gazetteer import bodies_gazetteer, states_gazetteer

SIGNED = re.compile(rf"\(\s*(?:{lexicon.alternation(lexicon.all_languages('signature', 'marks'))})\s*\)\s*:?\s*", re.I)
TITLE_WORDS = lexicon.alternation(lexicon.all_languages("signature", "titles"))  # with case (posts are capitalised), every language
TITLE_START = re.compile(rf"^(?:{TITLE_WORDS})(?!\w)")
HONORIFIC = re.compile(r"^(?:(?:H\.\s?E\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|Sir|His\s+Excellency|Her\s+Excellency|(?:The\s+)?Hon\.?|(?:The\s+)?Hono(?:u)?rable)\s+)+")
# the capitals a name may open with: Latin letters and their accented forms ("Žbogar", "Łukasz", "Émile")
CAPITAL = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
NAME_TOKEN = re.compile(rf"(?:[{CAPITAL}][\w'’`\u00C0-\u017F.-]*|(?:de|da|del|der|van|von|bin|ibn|al|el|le|la|dos|du)\b)")
NOT_NAME = re.compile(r"(?:Annex|Annexe|Anexo|Enclosure|Appendix|Attachment|Distr|Original)\.?", re.I)  # a heading after the name
# what a speech's heading goes on with after its speaker's name: "Statement delivered by Ambassador Masood Khan
# Explanation of Vote after the vote on ..."
HEADING_AFTER_NAME = re.compile(r"(?:Explanation|Explication|Explicaci[óo]n|Statement|Remarks|Intervention|Speech|Address|Check)\b")
_PARTICLES = {"de", "da", "del", "der", "van", "von", "bin", "ibn", "al", "el", "le", "la", "dos", "du"}


TITLE_COMMA = re.compile(rf"(?:,|\s/)\s*(?=(?:{TITLE_WORDS})(?!\w))")  # "Ambassador, Permanent ...", "Ambassador / Permanent ..."


DATED_AFTER = re.compile(r"\s*\[[^\]]*\d{4}[^\]]*\]?\s*$|\s*\[[^\]]*$|"  # "... of India. [06 July 2018, Geneva]": the page's date after the post
                         # (or its bracket left open where the post was cut at a comma: "Second Secretary. [Geneva")
                         r",?\s+(?:on\s+behalf\s+of|au\s+nom\s+d[eu]s?|en\s+nombre\s+de)\b.*$", re.I)  # "..., On behalf of the A3+": whom he speaks for


# a conjunction left at either end of a title by a line or a comma ("Permanent Representative and" / "and Chair of
# the Arab Group"); the moment of a speech in brackets after the post ("(après le vote)", "(before the vote)")
TITLE_LINKS = re.compile(r"^(?:and|et|y)\s+|\s+(?:and|et|y)$")
OCCASION_BRACKET = re.compile(r"\s*\((?:après|avant|after|before|antes|después|durante|during|lors)\b[^()]*\)$", re.I)


QUOTES = (('"', '"'), ("“", "”"), ("«", "»"))


def _unpaired_quotes(title: str) -> str:
    """Without a quote mark at either end that pairs with none ('Council."'), keeping a quoted name whole
    ('Coordinator for the "Friends of the Responsibility to Protect"')."""
    for opening, closing in QUOTES:
        unpaired = title.count(opening) != title.count(closing) if opening != closing else title.count(opening) % 2
        if unpaired and title.endswith(closing):
            title = title[:-1].rstrip(" ,;:")
        elif unpaired and title.startswith(opening):
            title = title[1:].lstrip()
    return title


def clean_title(title: str) -> str:
    """A title as printed, without the punctuation around it; "a.i." keeps its last dot."""
    title = DATED_AFTER.sub("", re.sub(r"\s+", " ", title)).strip(" ,;:`")
    title = _unpaired_quotes(TITLE_LINKS.sub("", OCCASION_BRACKET.sub("", title)).strip(" ,;:`"))  # "and Chair of ..."
    if title.endswith(".") and not re.search(r"(?:\b[A-Za-z]\.){2,}$", title):
        title = title[:-1].rstrip()
    return title


def name_case(name: str) -> str:
    """'Ri TCHEUL' -> 'Ri Tcheul'; mixed-case words stay as printed."""
    def word(w: str) -> str:
        if w.isupper() and len(w) > 1:
            return "-".join(p.capitalize() for p in w.split("-"))
        return w
    return " ".join(word(w) for w in name.split())


SEAT_AFTER = re.compile(r"\s+(?:in|at)\s+(?:Geneva|New\s+York|Vienna|Nairobi)\b")


def _entity_end(text: str, pos: int) -> int | None:
    ends = [m.end for m in (bodies_gazetteer().match_at(text, pos), states_gazetteer().match_at(text, pos)) if m]
    seat = SEAT_AFTER.match(text, max(ends)) if ends else None
    if seat:  # "Permanent Representative to the UN in Geneva": the seat goes with the organisation
        ends.append(seat.end())
    group = re.match(r"(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}Group\b", text[pos:])
    if group:
        ends.append(pos + group.end())
    return max(ends) if ends else None


# a title's link to the State or body it is of or accredited to, in English, French or Spanish ("of the", "de la",
# "ante las", "auprès de l'")
TITLE_LINK_WORDS = re.compile(r"\s+(?:of|to|for|de|del|du|des|ante|auprès\s+d(?:e|u|es))\s+(?:the\s+|la\s+|las\s+|los\s+|el\s+|les\s+|l['’]\s*)?"
                              r"(?:(?:Permanent\s+Mission|Embassy|Delegation|Government)\s+of\s+(?:the\s+)?)?")


def _title_phrase(text: str, pos: int) -> int | None:
    """End of a title starting at pos: keyword, then 'of/to/for <entity>' links."""
    m = TITLE_START.match(text[pos:])
    if not m:
        return None
    end = pos + m.end()
    while True:
        link = TITLE_LINK_WORDS.match(text, end)
        if not link:
            return end
        entity = _entity_end(text, link.end())
        if entity is None:
            return end
        end = entity


def split_titles(chunk: str) -> list[str]:
    """The titles chunk starts with, one after another ("Ambassador Permanent Representative of X")."""
    titles: list[str] = []
    pos = 0
    while pos < len(chunk):
        gap = re.match(r"[\s,;]*(?:and\s+)?", chunk[pos:])
        pos += gap.end() if gap else 0
        end = _title_phrase(chunk, pos)
        if end is None:
            break
        titles.append(clean_title(chunk[pos:end]))
        pos = end
    return titles


def line_titles(line: str) -> list[str]:
    """The titles on one line of a block: cut at commas, and at each title word where the words
    make up the whole line ("Ambassador Permanent Representative" is two titles; "Ambassador
    Extraordinary and Plenipotentiary" is one)."""
    by_comma = [clean_title(t) for t in TITLE_COMMA.split(line) if t.strip(" ,")]
    by_word = split_titles(line)
    covered = re.sub(r"[\s,;.]", "", "".join(by_word)) == re.sub(r"[\s,;.]", "", line)  # "Ambassador and Permanent Representative" is one post as printed
    return by_word if covered and len(by_word) > len(by_comma) else by_comma


def _block(text: str, start: int, stop: int) -> dict[str, object] | None:
    chunk = text[start:stop]
    chunk = HONORIFIC.sub("", chunk.lstrip())
    titles: list[str] = []
    lead = TITLE_START.match(chunk)
    if lead and lead.group(0).startswith("Ambassador"):
        titles.append("Ambassador")
        chunk = chunk[lead.end():].lstrip()
        chunk = HONORIFIC.sub("", chunk)
    tokens: list[str] = []
    pos = 0
    for m in re.finditer(r"\S+", chunk.split("\n")[0]):
        word = m.group(0).rstrip(",")
        if TITLE_START.match(chunk[m.start():]) or not NAME_TOKEN.fullmatch(word) or len(tokens) >= 6 \
                or NOT_NAME.fullmatch(word):
            break  # "(Signed) Andrei Dapkiunas Annex to the letter ...": a flattened text's next heading
        tokens.append(word)
        pos = m.end()
    while tokens and tokens[-1].lower() in _PARTICLES:
        tokens.pop()
    if not tokens:
        return None
    rest = chunk[pos:]
    lines = [ln.strip() for ln in rest.split("\n")]
    if len([ln for ln in lines if ln]) > 1 or (lines and not lines[0]):
        after_blank = False
        for i, line in enumerate(lines):
            if not line:
                after_blank = True
                continue
            if i + 1 < len(lines) and lines[i + 1] and not TITLE_START.match(line) and TITLE_START.match(f"{line} {lines[i + 1]}"):
                lines[i + 1] = f"{line} {lines[i + 1]}"  # "Permanent / Representative": a post wrapped within its words
                continue
            cut = DANGLING.search(titles[-1]) and len(line) <= TITLE_TAIL and not after_blank if titles else False
            after_blank = False
            if titles and (TITLE_LINK.match(line) or cut):
                titles[-1] = clean_title(f"{titles[-1]} {line}")  # "Permanent Observer of Palestine / to the United Nations"
                continue  # or "Permanent Representative of the Republic of Mali to / the United Nations"
            if not TITLE_START.match(line):
                break
            titles += line_titles(line)
    else:
        titles += split_titles(rest)
    return {"name": name_case(" ".join(tokens)), "titles": titles}


# a title's wrapped end: "to the United Nations", "auprès de l'Office des Nations Unies à Genève"
TITLE_LINK = re.compile(r"(?:to|of|for|in|at|de|del|ante|en|(?:auprès|près)\s+(?:d[eu]s?|de\s+la|de\s+l['’]))\s*"
                        r"(?:the\s|la\s|las\s|los\s|l['’]|el\s|les\s)?\s*[A-Z][^\n]{0,80}$")


# a title line cut after a linking word: the next line ends it
# a title cut at its line's end on a word that needs one more ("Permanent Representative of Mongolia to the",
# "auprès de l'", "ante la"): it goes on on the next line
DANGLING = re.compile(r"\b(?:to|of|for|in|at|the|de|del|du|des|ante|en|à|auprès(?:\s+de)?|la|le|el)$|\b[ld]['’]$", re.I)
TITLE_TAIL = 80


ARTICLE_POST = re.compile(r"(?:Le|La|L['’]|El)\s*(?=\w)")  # "Le Représentant permanent", "L'Ambassadeur,"


def titles_above(text: str, mark: int) -> list[str]:
    """The posts printed just before a signature mark, the first of them after an article, as
    French and Spanish letters print them: on the lines above ("Le Représentant permanent /
    (Signé) X", "L'Ambassadeur, / Représentant permanent / (Signé) X") or, in a text flattened
    onto one line, before the mark on its line ("L'Ambassadeur, Représentant permanent (Signé) X")."""
    line_start = text.rfind("\n", 0, mark) + 1
    same_line = re.split(r"[.:;]\s+", text[line_start:mark].strip())[-1]
    if same_line:
        article = ARTICLE_POST.match(same_line)
        parts = [p.strip() for p in same_line[article.end():].split(",")] if article else []
        return [clean_title(p) for p in parts] if parts and all(TITLE_START.match(p) for p in parts) else []
    lines = text[max(0, mark - 300):mark].split("\n")[:-1]
    above: list[str] = []
    for line in reversed(lines[-4:]):
        line = line.strip()
        article = ARTICLE_POST.match(line)
        post = line[article.end():] if article else line
        if not line or not TITLE_START.match(post):
            break
        above.insert(0, clean_title(post))
        if article:
            return above
    return []


def find_signatories(text: str) -> list[dict[str, object]]:
    """Every signature block marked '(Signed)', '(Signé)', '(Firmado)', in order."""
    marks = list(SIGNED.finditer(text))
    out = []
    for i, m in enumerate(marks):
        stop = marks[i + 1].start() if i + 1 < len(marks) else min(len(text), m.end() + 600)
        block = _block(text, m.end(), stop)
        if block:
            block["titles"] = titles_above(text, m.start()) + list(block["titles"])  # type: ignore[arg-type]
            block["rule"] = "signed-block"
            out.append(block)
    return out


CLOSING_REACH = 500  # a letter's unmarked signature closes its text
CLOSING_POST = re.compile(rf"(?:{TITLE_WORDS})(?!\w)")
NAME_LINE = re.compile(rf"(?:[{CAPITAL}][\w'\u00C0-\u017F.-]*\s+){{1,4}}[{CAPITAL}][\w'\u00C0-\u017F-]*")


def closing_block(text: str) -> dict[str, object] | None:
    """A letter's signature with no "(Signed)" mark: a name on a line of its own, then the lines
    of its posts, closing the text ("Heydar Aliyev / Président par intérim de la République
    d'Azerbaïdjan")."""
    tail = max(0, len(text) - CLOSING_REACH)
    lines = [m.group(1).strip() for m in re.finditer(r"^[ \t]*(\S[^\n]*)$", text[tail:], re.M)]
    titles: list[str] = []
    while lines and len(titles) < 3 and len(lines[-1]) <= 120 and CLOSING_POST.match(lines[-1]):
        titles.insert(0, clean_title(lines.pop()))
    if not titles or not lines:
        return None
    name = HONORIFIC.sub("", lines[-1])
    if not NAME_LINE.fullmatch(name) or TITLE_START.match(name):
        return None
    return {"name": name_case(name), "titles": titles, "rule": "closing-block"}


ADDRESSEE_HONOUR = re.compile(r"(?:H\.\s?E\.|His\s+Excellency|Her\s+Excellency|Excelent[íi]sim[oa]|Excm[oa]\.|Son\s+Excellence|S\.\s?E\.|Mr\.?|Mrs\.?|Ms\.?|"
                             r"Sr\.|Sra\.|Se[ñn]or|Monsieur|Madame)\s", re.I)  # (a signature prints the name bare)


def _closing_formula_end(text: str) -> int | None:
    """Where a letter's last closing formula ends ("... the assurances of our highest consideration."), if it has one."""
    found = list(lexicon.all_languages_pattern("title", "closing").finditer(text))  # (every language's, as the salutation rule reads them)
    return text.find("\n", found[-1].end()) if found and "\n" in text[found[-1].end():] else None


def blocks_after_closing(text: str) -> list[dict[str, object]]:
    """A letter's unmarked signatures under its closing formula, one or several: each a name on a line of its own and
    the lines of its posts under it ("Michel Kafando / Permanent Representative of Burkina Faso to the United Nations /
    Ricardo G. Castaneda-Cornejo / Permanent Representative of El Salvador ..."), up to the first line that is neither."""
    start = _closing_formula_end(text)
    if start is None:
        return []
    lines = [m.group(1).strip() for m in re.finditer(r"^[ \t]*(\S[^\n]*)$", text[start:start + 3000], re.M)]
    out: list[dict[str, object]] = []
    i = 0
    while i < len(lines):
        name = lines[i]
        if ADDRESSEE_HONOUR.match(name) or not NAME_LINE.fullmatch(name) or TITLE_START.match(name) or NOT_NAME.match(name):
            break  # ("His Excellency Mr. X / President of the Human Rights Council": the address under the signature)
        titles: list[str] = []
        i += 1
        while i < len(lines) and len(titles) < 3 and len(lines[i]) <= 120:
            if titles and (DANGLING.search(titles[-1]) or TITLE_LINK.match(lines[i])) and not CLOSING_POST.match(lines[i]):
                titles[-1] = clean_title(f"{titles[-1]} {lines[i]}")  # "Permanent Representative of the Republic of / Estonia ..."
            elif CLOSING_POST.match(lines[i]):
                titles += line_titles(lines[i])
            else:
                break
            i += 1
        if not titles:
            break
        out.append({"name": name_case(name), "titles": titles, "rule": "closing-blocks"})
    return out

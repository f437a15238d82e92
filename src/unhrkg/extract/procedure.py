"""Where a document sits in procedure: its session (its agenda items are ``agenda``'s)."""
from __future__ import annotations

import itertools
import re
from functools import cache

from unhrkg.extract.dates import ORDINAL_WORD, ordinal_value
from unhrkg.extract import lexicon
from unhrkg.extract.gazetteer import bodies_gazetteer, is_acronym, organs_line
from unhrkg.extract.scan import Starting, printed, word_start
from unhrkg.extract.session_occasion import circulated_as, spoken_at, told_of_event
from unhrkg.extract.symbols import series_body
from unhrkg.extract.text import SPACES, heading_line, line_bounds
from unhrkg.model.reference import load_names, load_reference

ORD = rf"(?:\d{{1,3}}\s?(?:st|nd|rd|th|e|ème|er|°|º|o|a|ª)?(?=\s)|{ORDINAL_WORD})"
# "special session", "session extraordinaire", "período extraordinario de sesiones", "sesión ordinaria";
# the Assembly's "emergency special session", "session extraordinaire d'urgence", "... de sesiones de emergencia"
_SESSION = (r"(?:session\s+(?P<special2>extraordinaire)(?P<emergency2>\s+d['’]urgence)?"
            r"|(?:(?P<emergency>emergency\s+special\s+)|(?P<special>special\s+|extraordinary\s+)|(?:regular|ordinary)\s+)?session"
            r"|per[ií]odo\s+(?:(?P<special3>extraordinario\s+|especial\s+)|ordinario\s+)?de\s+sesiones(?P<emergency3>\s+de\s+emergencia)?"
            r"|sesi[óo]n(?:\s+(?P<special4>extraordinaria|especial)(?P<emergency4>\s+de\s+emergencia)?)?)"  # ("Sesión Especial de Emergencia")
            r"(?:\s+(?:ordinaire|ordinaria|r[ée]guli[èe]re))?")
HEADER_SESSION = re.compile(rf"(?:^|\n|(?<=\s))(?P<ord>{ORD})\s+{_SESSION}\b", re.I)
SESSION_OF = re.compile(
    rf"(?<![A-Za-z])(?P<lead>(?:document|documents)\s+of\s+)?(?:the\s+|la\s+|el\s+|l[ae]\s+)?(?P<ord>{ORD})\s+"
    rf"{_SESSION}\s+(?:of|de|du|del|des)\s+(?:the\s+|la\s+|l'|el\s+)?", re.I)


# "\b(?:session|sesi[óo]n|per[ií]odo)\b", its first letter where the engine can skip to it (``scan``)
SESSION_WORD = Starting(re.compile(word_start("sp") + r"(?:(?<=s)(?:ession|esi[óo]n)|(?<=p)er[ií]odo)\b", re.I),
                        ("session", "sesi", "período", "periodo"))
PHRASE_BEFORE = 70  # an ordinal in words ("soixante et unième", "Sixty-first") stands within this much


def _special(m: re.Match[str]) -> str:
    """The prefix a session's number takes: "ES-" for an emergency special session, "S-" for a special one."""
    if any(m.group(g) for g in ("emergency", "emergency2", "emergency3", "emergency4")):
        return "ES-"
    return "S-" if any(m.group(g) for g in ("special", "special2", "special3", "special4")) else ""
ANAPHORA = {"commission": "CHR", "council": "HRC", "assembly": "GA", "sub-commission": "SUBCOM",
            "general assembly": "GA"}
MAX_SESSION = {"CHR": 62, "HRC": 90, "GA": 95, "SUBCOM": 58, "UPR": 80}
def _ordinal_at(raw: str) -> tuple[int | None, int]:
    """(value, offset in raw) of the ordinal; a leading word that is not one is skipped
    ("Council Tenth" on a flattened header, "the Sixty first")."""
    value = ordinal_value(raw)
    if value is None and re.search(r"\s", raw.strip()):
        last = re.split(r"\s+", raw.strip())[-1]
        return ordinal_value(last), raw.rfind(last)
    return value, 0


def _ordinal(raw: str) -> int | None:
    return _ordinal_at(raw)[0]


def _body_after(text: str, pos: int) -> str | None:
    mention = bodies_gazetteer().match_at(text, pos)
    if mention and mention.value:
        return mention.value
    word = re.match(r"(?i:the\s+)?(Sub-Commission|Commission|Council|General\s+Assembly|Assembly)\b(?!\s+(?:[a-z]|of\b))",
                    text[pos:pos + 40])  # "the Commission", not "la commission mixte", "the Commission of Inquiry"
    return ANAPHORA.get(re.sub(r"\s+", " ", word.group(1).lower())) if word else None


def _key(body: str, number: int, prefix: str = "") -> dict[str, object] | None:
    """{body, number}, the number "S-N" or "ES-N" for a special or emergency special session."""
    if body == "GA3":
        body = "GA"
    if body not in MAX_SESSION or number < 1 or number > MAX_SESSION[body] or (prefix == "ES-" and body != "GA"):
        return None
    return {"body": body, "number": f"{prefix}{number}" if prefix else number}


PRESIDED_OVER = re.compile(r"\b(?:presided\s+over|a\s+présidé|presidió)\s+(?:the\s+|la\s+|el\s+)?$", re.I)


def session_phrases(text: str) -> list[tuple[int, str, int, str, bool]]:
    """(position, body, number, prefix, is 'document of the ...') for 'Nth session of the X'."""
    out = []
    for word in SESSION_WORD.finditer(text):  # find the session word first, then the phrase around it
        m = SESSION_OF.search(text, max(0, word.start() - PHRASE_BEFORE), min(len(text), word.end() + 60))
        if m is None or m.start() > word.start() or (out and m.start() <= out[-1][0]):
            continue
        if re.search(r"\b(?:at|in|during)\s+its\s*$", text[max(0, m.start() - 12):m.start()], re.I):
            continue  # "adopted ... at its 42nd session": the resolution's session, not the document's
        if PRESIDED_OVER.search(text, max(0, m.start() - 30), m.start()):
            continue  # "her predecessor, ..., who presided over the sixtieth session": the session before
        number = _ordinal(m.group("ord"))
        body = _body_after(text, m.end())
        if number and body:
            out.append((m.start(), body, number, _special(m), bool(m.group("lead"))))
    return out


ELECTION_REACH = 2500  # the congratulations on the chair's election stand in a speech's opening paragraphs
AT_ITS_SESSION = re.compile(rf",?\s+(?:at\s+its|à\s+sa|en\s+su)\s+(?P<ord>{ORD})\s+{_SESSION}", re.I)
ORDINAL_BODY = re.compile(r"\s*(?P<ord>\d{1,3}(?:st|nd|rd|th)|[^\W\d_]{3,14}(?:-[^\W\d_]{3,12})?)\s+", re.I)  # one word: "fifty-eighth"
BODY_ARTICLE = re.compile(r"\s*(?:the\s+|la\s+|le\s+|el\s+|l['’]\s*)?", re.I)


def presiding_election(text: str) -> tuple[str, int, int, dict[str, object] | None] | None:
    """The body whose chair a speech congratulates on an election (the lexicon's
    ``speech.presiding_election``: "I congratulate you, Sir, on your election as President of the
    General Assembly at its sixty-second session", "de votre élection à la présidence de la
    soixante-deuxième session de l'Assemblée générale", "su elección como Presidente de la Asamblea
    General"): (body, start, end, the session named with it or None). A speech is made before the body
    whose new chair it greets, at that session."""
    phrases = lexicon.pattern("speech", "presiding_election")
    for m in phrases.finditer(text, 0, min(len(text), ELECTION_REACH)) if phrases else ():
        session = SESSION_OF.match(text, BODY_ARTICLE.match(text, m.end()).end())  # type: ignore[union-attr]
        if session:  # "... President of the sixty-second session of the General Assembly"
            body = _body_after(text, session.end())
            number = _ordinal(session.group("ord"))
            if body:
                return body, session.start(), session.end(), _key(body, number, _special(session)) if number else None
            continue
        ordinal = ORDINAL_BODY.match(text, m.end())  # "the President of this fifty-eighth General Assembly"
        ordinal = ordinal if ordinal and ordinal_value(ordinal.group("ord").strip()) else None
        mention = bodies_gazetteer().match_at(text, ordinal.end()) if ordinal else None
        if mention is None or not mention.value:  # ("the Chair of this Third Committee": the ordinal is the body's)
            ordinal = None
            mention = bodies_gazetteer().match_at(text, SPACES.match(text, m.end()).end())  # type: ignore[union-attr]
        if mention is None or not mention.value:
            continue
        if ordinal:
            return str(mention.value), mention.start, mention.end, _key(str(mention.value), _ordinal(ordinal.group("ord")) or 0)
        at_its = AT_ITS_SESSION.match(text, mention.end)
        number = _ordinal(at_its.group("ord")) if at_its else None
        return str(mention.value), mention.start, mention.end, _key(str(mention.value), number, _special(at_its)) \
            if at_its and number else None
    return None


def _line_body_above(text: str, pos: int) -> str | None:
    """A body named on one of the four lines just above pos (not the masthead organ ECOSOC, nor the Council, which
    counts years: "General Assembly / Security Council / 16 April 1979 / Thirty-fourth session")."""
    lines = [ln for ln in text[:pos].split("\n")[-8:] if ln.strip()][-4:]  # the block's lines, a date between
    for line in reversed(lines):
        for mention in bodies_gazetteer().find(line):
            if mention.value and mention.value not in ("ECOSOC", "SC") and mention.end - mention.start >= len(line.strip()) - 2:
                return mention.value
        # "GENERAL ASSEMBLY SECURITY COUNCIL" over "Fifty-third session Fifty-fourth year": a joint
        # document's organs side by side; the session is the Assembly's (the Council counts years)
        sessional = [m.value for m in organs_line(line, 0, len(line)) if m.value not in ("SC", "ECOSOC")]
        if sessional:
            return str(sessional[0])
    return None


# (after a date or a place set off by a comma: "10 May 2024, United Nations General Assembly, Tenth Emergency Special session")
BODY_SESSION = re.compile(rf"^(?:[^\n,]{{1,30}},[ \t]*)?(?P<body>[A-Z][\w -]{{2,60}}?)\s*[,:\u2013\u2014-]?\s*(?P<ord>{ORD})\s+{_SESSION}\b",
                          re.I | re.M)
# a speech's heading ending on its body and session: "Statement by Canada at the 52nd plenary meeting of the United Nations
# General Assembly, 78th session", "Déclaration du Canada ... de l'Assemblée générale des Nations unies, 78e session"
DELIVERED_AT = re.compile(r"\b(?:at|before|during|lors|devant|pendant|en|ante|durante)\s", re.I)  # not "for President of"
SESSION_ENDS_LINE = re.compile(rf"(?:\s+(?:of\s+the|des|de\s+las)\s+(?:United\s+Nations|Nations\s+unies|Naciones\s+Unidas))?\s*,\s*"
                               rf"(?P<ord>{ORD})\s+{_SESSION}[ \t]*$", re.I | re.M)
SESSION_NOUN = re.compile(r"\bsession\b", re.I)  # a session by its number alone: "Session 42" (the Spanish "sesión" is a meeting)
# the ordinal after the session's words: "Human Rights Council: Special Session 28th", "Human Rights Council Session 42 –
# Pledge ...": the line ends there, or a dash or a colon sets off what follows
BODY_SESSION_AFTER = re.compile(rf"^(?:[^\n,]{{1,30}},[ \t]*)?(?P<body>[A-Z][\w -]{{2,60}}?)\s*[,:\u2013\u2014-]?\s*{_SESSION}\s+(?P<ord>{ORD})"
                                r"[ \t]*(?:$|(?=[\u2013\u2014:-][ \t]))",
                                re.I | re.M)


# "At the 68th General Assembly", "at the 77th UNGA", "General Debate of the 79th General Assembly" (a line alone): where a
# statement was delivered, by the Assembly's ordinal in its heading ("of the 70th General Assembly" is what it speaks of); the ordinal spelt out and
# capitalised on a press release's line ("Sixty-sixth General Assembly", the lexicon's ``ordinals``); not another
# organisation's assembly ("the Fifty-second General Assembly of the Organization of American States")
@cache
def _ordinal_assembly() -> re.Pattern[str]:
    units = sorted((str(w) for w in lexicon.lookup("ordinals", lang="en") or {}), key=len, reverse=True)
    tens = sorted((str(w) for w in lexicon.lookup("cardinal_tens", lang="en") or {}), key=len, reverse=True)
    spelt = rf"(?-i:(?:(?:{'|'.join(t.capitalize() for t in tens)})-(?:{'|'.join(units)})|(?:{'|'.join(u.capitalize() for u in units)})))"
    return re.compile(rf"(?:^[ \t]*(?P<debate>general\s+debate\s+of|d[ée]bat\s+g[ée]n[ée]ral\s+de|debate\s+general\s+de)\s+(?:the|la|l['’])\s*"
                      r"|\b(?:at|during|before|to|(?:opening|start)\s+of|(?P<committee>Committee\s+of|Comisi[óo]n\s+de|Commission\s+de)|en|durante|ante|(?:inicio|apertura)\s+de|à|lors\s+de|"
                      r"pendant|devant|(?:ouverture|début)\s+de)\s+(?:the|la|l['’])\s*|^[ \t]*)"
                      rf"(?P<ord>\d{{1,2}}\s?(?:st|nd|rd|th|ª|º|a|e|ème)|{spelt})\s+"
                      r"(?:UN\s+|United\s+Nations\s+)?(?:General\s+Assembly|UNGA|Asamblea\s+General|Assembl[ée]e\s+g[ée]n[ée]rale)\b"
                      r"(?!\s+(?:of|de|del|des)\s+(?!(?:(?:the|la|l['’])\s*)?(?:United\s+Nations|UN\b|ONU\b|Naciones|Nations|Organisation\s+des\s+Nations|Organizaci[óo]n\s+de\s+las)))",
                      re.I | re.M)  # "al inicio de la 80ª Asamblea General", "lors de la 78e Assemblée générale", a heading line "63ème ASSEMBLEE GENERALE",
    # "Third Committee of the 79th UN General Assembly" (the Assembly's session its committee sits in)


HEADING_REACH = 600


def _speech_heading(text: str, at: int) -> bool:
    """A committee's session named in a speech's own heading ("Statement by Türkiye ... Third Committee of the 79th UN
    General Assembly"; the lexicon's ``author.delivered_heading``), not in a news item's ("... rejects resolution at the
    Third Committee of the 75th UN General Assembly")."""
    words, event = lexicon.pattern("author", "delivered_heading"), lexicon.pattern("header", "session_event_before")
    start, end = line_bounds(text, at)
    return heading_line(text, at) and bool(words) and bool(words.search(text, start, end)) \
        and not (event and event.search(text, start, at))  # ("Statement on the resolution adopted at the Third Committee of ...")
SESSIONAL = ("GA", "HRC", "CHR")  # bodies whose sessions a heading may name by the body's short name and a number


@cache
def _shorthand_forms() -> tuple[dict[str, str], tuple[re.Pattern[str], ...]]:
    """The acronyms of the sessional bodies in every language (UNGA, AGNU, HRC, UNHRC, CHR) with
    their body, and three forms: the number after ("UNGA79", "HRC 51", "HRC-51"), before ("71 AGNU"), or an ordinal
    before with the word for a session after ("38th HRC Session")."""
    ref = load_reference()
    pairs = [(n, code) for code in SESSIONAL for n in ref.bodies[code].names]
    pairs += [(n, code) for lang in lexicon.languages() if lang != lexicon.DEFAULT
              for code in SESSIONAL for n in load_names(lang).bodies.get(code, ())]
    acronyms = {n: code for n, code in pairs if is_acronym(n)}
    alt = "|".join(map(re.escape, sorted(acronyms, key=len, reverse=True)))
    return acronyms, (re.compile(rf"(?<![\w/.])(?P<acr>{alt})[ -]?(?P<n>\d{{1,2}})(?![\w/]|[.,]\d)"),
                      re.compile(rf"(?<![\w/.,])(?P<n>\d{{1,2}})[ -](?P<acr>{alt})\b(?![/-]\d)"),
                      re.compile(rf"(?m:^)[ \t]*(?P<n>\d{{1,2}})(?:st|nd|rd|th|e|ème|°|º)[ -](?P<acr>{alt})[ \t]+(?i:session|sesi[óo]n)\b(?![ \t]+of[ \t]+\d)"))
    # ("38th HRC Session – Item 4" opening a heading's line; not "during the 34th UNHRC session" told in a sentence)


SENTENCE_GOES_ON = re.compile(r"\b(?:the|of|during|at|in|since|to|from|its|la|le|el|de|du|del|des|en|durante|lors)[ \t]*\n[ \t]*$", re.I)
NOT_SHORTHAND_BEFORE = re.compile(r"\b(?:resolutions?|r[ée]solutions?|resoluci[óo]n(?:es)?|decisions?|d[ée]cisions?|decisi[óo]n|"
                                  r"reports?|rapports?|informes?)\s+(?:(?:of\s+the|du|de\s+la|del)\s+)?$", re.I)


def session_shorthand(text: str, end: int = HEADING_REACH) -> tuple[dict[str, object], int] | None:
    """A session named in a heading by its body and number, without the word "session": "UNGA79:",
    "UN Human Rights Council 51: UK statement", "71 AGNU: Intervención de Cuba", with where it
    stands. A resolution ("HRC 51/1"), a date or a meeting ("General Assembly 59th plenary") is not one."""
    end = min(len(text), end)
    acronyms, forms = _shorthand_forms()
    found = [(m.start(), acronyms[m.group("acr")], int(m.group("n"))) for form in forms for m in form.finditer(text, 0, end)]
    for mention in bodies_gazetteer().find(text, 0, end):  # a full name: "Human Rights Council 51:"
        after = re.match(r"[ \t]+(\d{1,2})[ \t]*(?:[:,\u2013\u2014-]|$)", text[mention.end:mention.end + 8], re.M)
        if after and mention.value in SESSIONAL:
            found.append((mention.start, str(mention.value), int(after.group(1))))
    for at, body, number in sorted(found):
        if NOT_SHORTHAND_BEFORE.search(text, max(0, at - 24), at) or SENTENCE_GOES_ON.search(text, max(0, at - 24), at):
            continue  # "la Résolution HRC39": a resolution of that session, not the document's; "adopted during the\n34th
            # UNHRC session in 2017": a sentence wrapped onto the line
        key = _key(body, number)
        if key:
            return key, at
    return None


def _body_session_line(text: str) -> dict[str, object] | None:
    """A heading line such as "Human Rights Council, 7th session" near the top."""
    found = body_session_line(text)
    return found[0] if found else None


def body_session_line(text: str, end: int = 1500) -> tuple[dict[str, object], int] | None:
    """A heading line such as "Human Rights Council, 7th session" before `end`, with where it starts."""
    if not printed(text, ("session", "sesi"), end):  # (every match holds one)
        return None
    for m in itertools.chain(BODY_SESSION.finditer(text, 0, min(len(text), end)), BODY_SESSION_AFTER.finditer(text, 0, min(len(text), end))):
        after = m.re is BODY_SESSION_AFTER  # ("Human Rights Council Session 42 – Pledge ...": a title set off after it)
        line_end = m.end() if after else text.find("\n", m.start())
        if (line_end if line_end >= 0 else len(text)) - m.start() > 90:
            continue
        mention = bodies_gazetteer().match_at(text, m.start("body"))
        number = _ordinal(m.group("ord")) or (int(m.group("ord")) if after and m.group("ord").strip().isdigit()
                                               and SESSION_NOUN.search(m.group(0)) else None)  # ("Sesión 23": a meeting)
        if mention and mention.value and mention.end >= m.end("body") and number:
            key = _key(mention.value, number, _special(m))
            if key:
                return key, m.start()
    heading = lexicon.pattern("author", "statement_heading")
    for m in SESSION_ENDS_LINE.finditer(text, 0, min(len(text), end)) if heading else ():  # (only a speech's own heading line,
        start = line_bounds(text, m.start())[0]  # opened by its genre's word; the body's name right before the session)
        body = next((b for b in bodies_gazetteer().find(text, start, m.start()) if b.end == m.start() and b.value), None)
        key = _key(str(body.value), _ordinal(m.group("ord")) or 0, _special(m)) \
            if body and heading.match(text, start) and DELIVERED_AT.search(text, start, body.start) else None  # (made at it)
        if key:
            return key, body.start  # type: ignore[union-attr]
    for m in SESSION_SET_OFF.finditer(text, 0, min(len(text), end)) if heading else ():
        start = line_bounds(text, m.start())[0]
        at = DELIVERED_AT.search(text, start, m.start()) if heading.match(text, start) else None  # (made at the body)
        body = next((b for b in bodies_gazetteer().find(text, at.end(), m.start()) if b.value), None) if at else None
        parent = load_reference().bodies[str(body.value)].parent if body else None  # (an Assembly's committee: its session)
        key = (_key(str(body.value), _ordinal(m.group("ord")) or 0, _special(m))
               or _key(str(parent), _ordinal(m.group("ord")) or 0, _special(m))) \
            if body and BODY_ARTICLE.fullmatch(text, at.end(), body.start) \
            and not MECHANISM.search(BRACKET_AFTER.sub("", text[body.end:m.start()], count=1)) else None  # type: ignore[union-attr]
        if key:
            return key, body.start  # type: ignore[union-attr]
    return None


# a session set off by commas further on a speech's own heading, the body it is made at named first: "Statement by X,
# before the Special Political and Decolonization Committee (Fourth Committee), Item 84: UNRWA, 51st Session, 22 November"
# a body's mechanism named between the body and the session: the session is the mechanism's ("Human Rights Council Advisory
# Committee, 30th session", "Human Rights Council, Forum on Minority Issues, 15th session"); not the body's own name again
# in a bracket right after it ("Special Political and Decolonization Committee (Fourth Committee)")
MECHANISM = re.compile(r"\b(?:Committee|Working\s+Group|Mechanism|Forum|Review|Commission|Panel|Conference|Group|Council|Board)\b")
BRACKET_AFTER = re.compile(r"^\s*\([^()]*\)")
SESSION_SET_OFF = re.compile(rf",[ \t]*(?P<ord>{ORD})\s+{_SESSION}[ \t]*(?=,|$)", re.I | re.M)


def find_session(text: str, zone_end: int, symbol: str | None, addressee: str | None,
                 author_body: str | None, untitled: bool = False) -> tuple[dict[str, object] | None, str | None]:
    """The document's session as {body, number} and the rule that found it."""
    phrases = session_phrases(text)
    headers = []  # each printed session line of the header zone: a page's title line may come first
    for m in HEADER_SESSION.finditer(text, 0, max(zone_end, 0)) if printed(text, ("session", "sesi"), max(zone_end, 0)) else ():  # (words of _SESSION)
        number, offset = _ordinal_at(m.group("ord"))
        if number is None and m.group("ord").strip().isdecimal():  # "46 período de sesiones": a header's
            number, offset = int(m.group("ord")), 0  # ordinal sign lost with the accents of its text layer
        if number:
            headers.append((m.start("ord") + offset, number, _special(m)))
    for at, number, special in headers:
        candidates = [
            ("symbol-series", series_body(symbol) if symbol else None),
            ("session-of-phrase", next((b for _, b, n, _, _ in phrases if n == number), None)),
            ("header-body-line", _line_body_above(text, at)),
            ("addressee", addressee if addressee in ("CHR", "HRC", "GA", "SUBCOM") else None),
            ("circulated-as", circulated_as(text, at)),
            ("author-body", author_body if author_body in ("CHR", "HRC", "GA", "SUBCOM") else None),
        ]
        for rule, body in candidates:
            key = _key(body, number, special) if body else None
            if key:
                own = session_in_symbol(symbol) if symbol else None
                if own and own["body"] == key["body"] and own["number"] != key["number"]:
                    return own, "symbol-session"  # the printed ordinal garbled ("Quatre vingt-deuxième")
                return key, f"header-session+{rule}"
    line = _body_session_line(text)
    if line:
        return line, "body-session-line"
    assemblies = _ordinal_assembly().finditer(text, 0, min(len(text), HEADING_REACH)) \
        if printed(text, ("assembl", "unga", "asamblea"), HEADING_REACH) else ()  # (words the pattern ends with)
    key = next(filter(None, (_key("GA", _ordinal(m.group("ord")) or 0) for m in assemblies
                             if (not m.group("committee") or _speech_heading(text, m.start()))
                             and (not m.group("debate") or re.match(r"[ \t]*(?:\n|$)", text[m.end():])))), None)  # (a debate's heading ends its line)
    if key:
        return key, "ordinal-assembly"
    shorthand = session_shorthand(text)
    if shorthand:
        return shorthand[0], "session-shorthand"
    election = presiding_election(text)
    if election and election[3]:
        return election[3], "presiding-election"
    ranked = sorted(phrases, key=lambda p: (not p[4], p[0]))
    for at, body, number, special, circulated in ranked:
        key = _key(body, number, special)
        if key and (circulated or (at < OCCASION_REACH or heading_line(text, at)) and not told_of_event(text, at)
                    and (not untitled or heading_line(text, at) or spoken_at(text, at))):  # ("a document of the 46th session": its own)
            return key, "session-of-phrase"
    return None, None


# a statement names the session it is made at in its heading or its opening paragraphs; a session named further on
# is one the text tells of ("During the 25th session of the HRC (March 2014), Denmark together with Chile ..."),
# unless it stands in a heading of its own under a web page's preamble ("Déclaration de la Délégation algérienne
# 34ème session du Conseil des Droits de l'Homme")
OCCASION_REACH = 1000


SYMBOL_SESSION = re.compile(r"A/(?:C\.\d/)?(?P<ga>\d{1,2})/|A/(?P<es>ES-)(?P<esn>\d{1,2})/|"
                            r"A/HRC/(?:RES/|DEC/|PRST/)?(?P<special>S-)?(?P<hrc>\d{1,2})/")


def session_in_symbol(symbol: str) -> dict[str, object] | None:
    """The session a symbol names: A/66/PV.82 -> GA 66, A/HRC/22/G/1 -> HRC 22, A/ES-10/484 -> GA ES-10."""
    m = SYMBOL_SESSION.match(symbol)
    if not m:
        return None
    if m.group("ga"):
        return _key("GA", int(m.group("ga")))
    if m.group("es"):  # A/ES-10/484: the tenth emergency special session
        return _key("GA", int(m.group("esn")), "ES-")
    return _key("HRC", int(m.group("hrc")), m.group("special") or "")


def session_of_number(body: str, number: str) -> dict[str, object] | None:
    """The session a resolution or decision was adopted at, from its own number:
    GA and HRC "61/174" -> 61, "S-9/1" -> S-9; CHR "2005/115" -> the session of 2005."""
    m = re.fullmatch(r"(S-)?(\d{1,4})/\d+", number)
    if not m:
        return None
    if body in ("GA", "HRC") and len(m.group(2)) <= 2:
        return _key(body, int(m.group(2)), m.group(1) or "")
    if body == "CHR" and len(m.group(2)) == 4:
        session = load_reference().chr_session_of_year(int(m.group(2)))
        return _key("CHR", session.number) if session else None
    return None

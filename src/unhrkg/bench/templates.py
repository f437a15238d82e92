"""Document layouts of the genre: one builder per kind, each filling a ``world.Doc``.

A builder writes the header block (masthead, symbol, dates, session, agenda item), the
title line, the body (through the paragraph makers: positions, citations, filler) and the
closing, and records in the document's truth what that text states.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from unhrkg.bench import genre
from unhrkg.bench.world import Doc, World
from unhrkg.model.reference import State

_ONES = ("", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_TEENS = ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
          "seventeenth", "eighteenth", "nineteenth")
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_TENS_ORD = ("", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth",
             "ninetieth")
_ARTICLE = ("Republic", "United", "Democratic", "Kingdom", "Federated", "Plurinational", "Islamic",
            "Bolivarian", "Russian", "Syrian", "Lao", "Central", "Dominican", "Marshall", "Solomon",
            "Philippines", "Bahamas", "Gambia", "Comoros", "Maldives")
PAD = " " * 52


def ordinal(n: int) -> str:
    """61 -> 'sixty-first', 14 -> 'fourteenth'."""
    if n < 10:
        return _ONES[n]
    if n < 20:
        return _TEENS[n - 10]
    return _TENS_ORD[n // 10] if n % 10 == 0 else f"{_TENS[n // 10]}-{_ONES[n % 10]}"


def long_date(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{d.day} {d.strftime('%B')} {d.year}"


def name_of(state: State) -> str:
    """How running text names a State: 'the Islamic Republic of Iran', 'Cuba'."""
    name = state.formal_name if "(" in state.short_name else state.short_name
    return f"the {name}" if name.split()[0] in _ARTICLE else name


def resolution(doc: Doc, world: World) -> tuple[dict[str, str], str]:
    """A resolution of an earlier session of the document's body, and how the text names it."""
    rng = doc.rng
    if doc.session.body == "CHR":
        number = f"{rng.randrange(max(1976, doc.year - 3), doc.year)}/{rng.randrange(1, 86)}"
        return {"body": "CHR", "number": number}, rng.choice(
            (f"Commission on Human Rights resolution {number}", f"Commission resolution {number}"))
    if rng.random() < 0.06:
        return {"body": "GA", "number": "60/251"}, "General Assembly resolution 60/251"
    number = f"{rng.randrange(max(1, doc.session.number - 5), doc.session.number)}/{rng.randrange(1, 41)}"
    return {"body": "HRC", "number": number}, rng.choice(
        (f"Human Rights Council resolution {number}", f"Council resolution {number}"))


def _sponsor(doc: Doc, world: World, author: State) -> tuple[str, str] | None:
    """Who tabled a resolution, as the text names it: the EU, the OIC or another State."""
    roll = doc.rng.random()
    if roll < 0.3:
        return "EU", "the European Union"
    if roll < 0.38:
        return "OIC", "the Organisation of Islamic Cooperation"
    if roll < 0.55:
        other = doc.rng.choice([s for s in world.states[:60] if s is not author])
        return other.iso3, name_of(other)
    return None


def positions(doc: Doc, world: World, author: State) -> None:
    """Zero to three position paragraphs, each on its own resolution, with who tabled it."""
    count = doc.rng.choices((0, 1, 2, 3), weights=(20, 45, 25, 10))[0]
    seen: set[str] = set()
    for _ in range(count):
        target, printed = resolution(doc, world)
        if target["number"] in seen:
            continue
        seen.add(str(target["number"]))
        stance = "rejects" if doc.rng.random() < 0.7 else "supports"
        sponsor = _sponsor(doc, world, author)
        pattern = doc.rng.choice(genre.REJECT if stance == "rejects" else genre.SUPPORT)
        sentence = pattern.format(state=name_of(author), res=printed,
                                  sponsor=genre.SPONSOR.format(sponsor=sponsor[1]) if sponsor else "")
        doc.paragraphs.append(genre.wrap(sentence[0].upper() + sentence[1:], doc.rng, noise=False))
        doc.truth.positions.append({"target": target, "stance": stance})
        if sponsor:
            doc.truth.sponsors.append({"resolution": target, "sponsor": sponsor[0]})


def citation(doc: Doc, world: World) -> None:
    """Sometimes cite an earlier report of the same body (so citations link documents)."""
    earlier = world.reports[doc.session.body]
    if earlier and doc.rng.random() < 0.35:
        symbol = doc.rng.choice(earlier[-200:])
        doc.paragraphs.append(genre.wrap(doc.rng.choice(genre.CITE).format(symbol=symbol), doc.rng, noise=False))
        doc.truth.documents_cited.append(symbol)


def filler(doc: Doc, low: int = 2, high: int = 5, pool: tuple[str, ...] = genre.FILLER) -> None:
    """Paragraphs of the genre that name no resolution, with page-footer junk between them."""
    for _ in range(doc.rng.randrange(low, high + 1)):
        sentences = doc.rng.sample(pool, doc.rng.randrange(2, 4))
        doc.paragraphs.append(genre.wrap(" ".join(sentences), doc.rng, noise=True))
        if doc.rng.random() < 0.2:
            doc.paragraphs.append(genre.footer(doc.rng, doc.year))


def _chr_header(doc: Doc, symbol: str, item: str) -> str:
    issued = str(doc.truth.issued)
    title = genre.CHR_ITEMS[item]
    return (f"**Economic and Social\nCouncil**\n\nDistr.\nGENERAL\n\n{symbol}\n{long_date(issued)}\n\n"
            f"Original: {doc.rng.choice(('ENGLISH', 'ENGLISH', 'FRENCH', 'SPANISH'))}\n\n"
            f"COMMISSION ON HUMAN RIGHTS\n{ordinal(doc.session.number).capitalize()} session\n"
            f"Item {item} of the provisional agenda\n\n{title}\n\n")


def _hrc_header(doc: Doc, symbol: str, item: str) -> str:
    issued = long_date(str(doc.truth.issued))
    return (f"United Nations{PAD}{symbol}\nGeneral Assembly{PAD[:-2]}Distr.: General\n{PAD}{' ' * 16}{issued}\n\n"
            f"{PAD}{' ' * 16}Original: English\n\nHuman Rights Council\n"
            f"{ordinal(doc.session.number).capitalize()} session\nAgenda item {item}\n{genre.HRC_ITEMS[item]}\n\n")


def _particulars(doc: Doc, world: World, symbol: str | None, doc_type: str, item: str | None) -> None:
    doc.truth.dated, doc.truth.issued = world.issue_dates(doc.rng, doc.session)
    doc.truth.symbol, doc.truth.doc_type = symbol, doc_type
    if item is not None:
        doc.truth.session = {"body": doc.session.body, "number": doc.session.number}
        doc.truth.agenda_items = [item]


def _body(doc: Doc, world: World, author: State) -> str:
    filler(doc, 1, 2)
    positions(doc, world, author)
    citation(doc, world)
    filler(doc, 1, 3)
    return "\n\n".join(doc.paragraphs)


def chr_note(doc: Doc, world: World) -> str:
    author, item = doc.rng.choice(world.states), doc.rng.choice(tuple(genre.CHR_ITEMS))
    symbol = f"E/CN.4/{doc.year}/G/{world.number(f'E/CN.4/{doc.year}/G')}"
    _particulars(doc, world, symbol, "note_verbale", item)
    doc.truth.author_states = [author.iso3]
    to, name, nth = doc.rng.choice(genre.ADDRESSEES_CHR), name_of(author), ordinal(doc.session.number)
    title = genre.wrap(f"Note verbale dated {long_date(str(doc.truth.dated))} from the Permanent Mission of {name} "
                       f"to the United Nations Office at Geneva addressed to {to}", doc.rng, noise=False).strip()
    opening = genre.wrap(f"The Permanent Mission of {name} to the United Nations Office at Geneva presents its "
                         f"compliments to {to} and has the honour to transmit the views of its Government on "
                         f"the questions before the {nth} session of the Commission on Human Rights.", doc.rng, False)
    closing = genre.wrap(f"The Permanent Mission would be grateful if the present note could be circulated as an "
                         f"official document of the {nth} session of the Commission on Human Rights under item "
                         f"{item}.", doc.rng, False)
    bold = "**" if doc.rng.random() < 0.5 else ""
    return (_chr_header(doc, symbol, item) + f"{bold}{title}{bold}\n\n{opening}\n\n"
            + _body(doc, world, author) + f"\n\n{closing}\n")


def _hrc_title(doc: Doc, kind: str, sender: str, name: str) -> str:
    text = (f"{kind} dated {long_date(str(doc.truth.dated))} from the {sender} of {name} to the United Nations "
            f"Office at Geneva addressed to the President of the Human Rights Council")
    return "\n".join("          " + line for line in genre.wrap(text, doc.rng, noise=False).strip().split("\n"))


def hrc_letter(doc: Doc, world: World, note: bool = False) -> str:
    author, item = doc.rng.choice(world.states), doc.rng.choice(("3", "4", "4", "5", "10"))
    symbol = f"A/HRC/{doc.session.number}/G/{world.number(f'A/HRC/{doc.session.number}/G')}"
    _particulars(doc, world, symbol, "note_verbale" if note else "letter", item)
    doc.truth.author_states = [author.iso3]
    name, nth = name_of(author), ordinal(doc.session.number)
    if note:
        title = _hrc_title(doc, "Note verbale", "Permanent Mission", name)
        opening = (f"The Permanent Mission of {name} to the United Nations Office at Geneva presents its "
                   f"compliments to the President of the Human Rights Council and has the honour to state the following.")
        closing, signature = "The Permanent Mission would be grateful if the present note verbale", ""
    else:
        title = _hrc_title(doc, "Letter", "Permanent Representative", name)
        opening = f"I have the honour to convey the position of the Government of {name} on the following matters."
        person = world.person(author)
        doc.truth.signatories = [" ".join(w if w.istitle() else w.capitalize() for w in person.split())]
        closing, signature = "I should be grateful if the present letter", (
            f"\n\n(Signed): {person}\nAmbassador\nPermanent Representative")
    closing += (f" could be circulated as a document of the {nth} session of the Human Rights Council under "
                f"agenda item {item}.")
    return (_hrc_header(doc, symbol, item) + f"{title}\n\n{genre.wrap(opening, doc.rng, False)}\n\n"
            + _body(doc, world, author) + f"\n\n{genre.wrap(closing, doc.rng, False)}{signature}\n")


def hrc_note(doc: Doc, world: World) -> str:
    return hrc_letter(doc, world, note=True)


def untitled_note(doc: Doc, world: World) -> str:
    """A note verbale as a mission's own copy: an upper-case title, no symbol, no session."""
    author = doc.rng.choice(world.states)
    _particulars(doc, world, None, "note_verbale", None)
    doc.truth.issued = None
    doc.truth.author_states = [author.iso3]
    name = name_of(author)
    title = (f" NOTE VERBALE DATED {long_date(str(doc.truth.dated)).upper()} FROM THE \nPERMANENT MISSION OF "
             f"{name.upper()} \nADDRESSED TO THE OFFICE OF THE UNITED NATIONS HIGH COMMISSIONER FOR HUMAN RIGHTS \n")
    opening = genre.wrap(f"The Permanent Mission of {name} to the United Nations Office at Geneva presents its "
                         f"compliments to the Office of the High Commissioner for Human Rights and has the honour "
                         f"to state as follows the position of its Government.", doc.rng, False)
    return f"{title}\n \n{opening}\n\n" + _body(doc, world, author) + "\n"


def decision(doc: Doc, world: World) -> str:
    """A Council decision on the outcome of a State's universal periodic review."""
    s, state = doc.session.number, doc.rng.choice(world.states)
    number = world.number(f"A/HRC/DEC/{s}", start=101)
    _particulars(doc, world, f"A/HRC/DEC/{s}/{number}", "decision", "6")
    report, name = f"A/HRC/{s}/{world.number(f'A/HRC/{s}')}", name_of(state)
    adopted = date.fromisoformat(str(doc.truth.dated))
    doc.truth.dated, doc.truth.issued = adopted.isoformat(), (adopted + timedelta(days=14)).isoformat()
    doc.truth.documents_cited = [report, f"{report}/Add.1"]
    head = _hrc_header(doc, doc.truth.symbol or "", "6").replace(genre.HRC_ITEMS["6"], "Universal Periodic Review")
    body = (f"              Decision adopted by the Human Rights Council\n\n              {s}/{number}\n"
            f"              Outcome of the universal periodic review: {name}\n"
            f"                     The Human Rights Council,\n"
            f"                     Acting in compliance with the mandate entrusted to it by the General Assembly "
            f"in its\n              resolution 60/251 of 15 March 2006 and Council resolution 5/1 of 18 June 2007;\n"
            f"                     Adopts the outcome of the universal periodic review on {name} which is\n"
            f"              constituted of the report of the Working Group on {name} ({report}), together with\n"
            f"              the views of {name} concerning the recommendations and/or conclusions ({report}/Add.1).\n")
    meeting = f"{PAD}{doc.rng.randrange(20, 40)}th meeting\n{PAD}{long_date(doc.truth.dated)}\n"
    return head + "\n" + body + meeting + f"{PAD[:-8]}[Adopted without a vote.]\n\n{genre.footer(doc.rng, doc.year)}\n"


def report(doc: Doc, world: World) -> str:
    """A Secretary-General's or High Commissioner's report, pursuant to a resolution."""
    body = doc.session.body
    item = doc.rng.choice(("10", "17", "19") if body == "CHR" else ("2", "3"))
    series = f"E/CN.4/{doc.year}" if body == "CHR" else f"A/HRC/{doc.session.number}"
    symbol = f"{series}/{world.number(series, start=5)}"
    _particulars(doc, world, symbol, "report", item)
    doc.truth.dated = None
    head = _chr_header(doc, symbol, item) if body == "CHR" else _hrc_header(doc, symbol, item)
    target, printed = resolution(doc, world)
    previous = world.reports[body][-1] if world.reports[body] else None
    summary = f"The present report is submitted pursuant to {printed}."
    if previous:
        summary += f" It updates the previous report ({previous})."
        doc.truth.documents_cited = [previous]
    text = (head + f"              {doc.rng.choice(genre.REPORT_TOPICS)}\n\n              "
            f"{doc.rng.choice(genre.REPORT_AUTHORS)}\n\n     Summary\n{genre.wrap(summary, doc.rng, False)}\n\n")
    filler(doc, 2, 4, genre.REPORT_FILLER)
    world.reports[body].append(symbol)
    return text + "\n\n".join(doc.paragraphs) + "\n"


BUILDERS: dict[str, Callable[[Doc, World], str]] = {
    "chr_note": chr_note, "hrc_letter": hrc_letter, "hrc_note": hrc_note, "untitled_note": untitled_note,
    "decision": decision, "report": report,
}

"""Synthetic corpora in the genre, deterministic from a seed.

    python -m unhrkg.bench.synth --docs 10000 --out /tmp/corpus [--seed 7]

Writes notes verbales and letters from Permanent Missions (to the Commission on Human
Rights or the Human Rights Council, with a header block, symbol, session, agenda item,
title line, signature block, positions on resolutions, who tabled them, citations),
Council decisions and Secretary-General reports, with page-footer job numbers, broken
words and typos as PDF conversion leaves them. Everything is drawn from the reference
tables: the 193 Member States, CHR sessions 36-61 and HRC sessions 1-58 with their
years, and resolutions numbered as each body numbers them (thousands of them), so the
graph fans out as the real one does. ``manifest.jsonl`` says what each file states.
The same seed and size give the same bytes; a smaller size gives a prefix of a larger one.
"""
from __future__ import annotations

import argparse
import json
import random
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from pathlib import Path

from unhrkg.bench import genre, templates
from unhrkg.model.reference import Session, State, load_reference

MANIFEST = "manifest.jsonl"
KINDS = (("chr_note", 0.28), ("hrc_letter", 0.27), ("hrc_note", 0.15), ("untitled_note", 0.05),
         ("decision", 0.10), ("report", 0.15))


@dataclass
class Truth:
    """What a generated document states, in the value forms of the record."""

    file: str
    kind: str
    symbol: str | None
    doc_type: str
    dated: str | None = None
    issued: str | None = None
    author_states: list[str] = field(default_factory=list)
    session: dict[str, object] | None = None
    agenda_items: list[str] = field(default_factory=list)
    positions: list[dict[str, object]] = field(default_factory=list)
    sponsors: list[dict[str, object]] = field(default_factory=list)
    documents_cited: list[str] = field(default_factory=list)
    signatories: list[str] = field(default_factory=list)


@dataclass
class Doc:
    """One document being written: its seeded generator, session, truth and paragraphs."""

    rng: random.Random
    session: Session
    truth: Truth
    paragraphs: list[str] = field(default_factory=list)

    @property
    def year(self) -> int:
        return int(self.session.year or 2000)


class World:
    """Pools drawn from the reference tables, and the counters that keep symbols unique."""

    def __init__(self, seed: int, offset: int = 0):
        ref = load_reference()
        self.offset = offset
        self.rng = random.Random(seed)
        self.states: list[State] = [s for s in ref.states.values() if s.status == "member"]
        self.chr = [s for s in ref.sessions.values() if s.body == "CHR" and s.year and 36 <= s.number <= 61]
        self.hrc = [s for s in ref.sessions.values()
                    if s.body == "HRC" and not s.special and s.year and 2 <= s.number <= 58]
        self.counters: dict[str, int] = {}
        self.reports: dict[str, list[str]] = {"CHR": [], "HRC": []}

    def number(self, series: str, start: int = 1) -> int:
        """The next free number in a symbol series (E/CN.4/2004/G, A/HRC/DEC/14/1, ...)."""
        self.counters[series] = self.counters.get(series, start - 1) + 1
        return self.offset + self.counters[series]

    def issue_dates(self, rng: random.Random, session: Session) -> tuple[str, str]:
        """(dated, issued): a letter written shortly before or during its session, issued days later."""
        start = date.fromisoformat(session.start) if session.start else date(int(session.year or 2000), 3, 1)
        dated = start + timedelta(days=rng.randrange(-40, 20))
        return dated.isoformat(), (dated + timedelta(days=rng.randrange(2, 12))).isoformat()

    def person(self, state: State) -> str:
        """One of the few representatives a State has had (stable per State and seed)."""
        index = self.states.index(state) * 7 + self.rng.randrange(3)
        return f"{genre.GIVEN[index % len(genre.GIVEN)]} {genre.FAMILY[(index * 5 + 3) % len(genre.FAMILY)]}"


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
        return other.iso3, templates.name_of(other)
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
        sentence = pattern.format(state=templates.name_of(author), res=printed,
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


def document(world: World, index: int) -> tuple[str, Truth]:
    """The index-th document: its text and what it states."""
    rng = random.Random(world.rng.getrandbits(64))
    kind = rng.choices([k for k, _ in KINDS], weights=[w for _, w in KINDS])[0]
    body = "CHR" if kind in ("chr_note",) or (kind in ("report", "untitled_note") and rng.random() < 0.5) else "HRC"
    session = rng.choice(world.chr if body == "CHR" else world.hrc)
    name = f"d{index // 1000:03d}/{index:06d}_{kind}.txt"
    doc = Doc(rng, session, Truth(name, kind, None, "other"))
    text = templates.BUILDERS[kind](doc, world)
    return text, doc.truth


def generate(docs: int, out: str | Path, seed: int = 7, offset: int = 0) -> list[Truth]:
    """Write ``docs`` documents and their manifest under ``out``; return the manifest.

    ``offset`` shifts every symbol number (a corpus whose symbols do not clash with another's).
    """
    root = Path(out)
    world = World(seed, offset)
    truths = []
    root.mkdir(parents=True, exist_ok=True)
    with (root / MANIFEST).open("w", encoding="utf-8") as fh:
        for i in range(docs):
            text, truth = document(world, i)
            path = root / truth.file
            path.parent.mkdir(exist_ok=True)
            path.write_text(text, encoding="utf-8")
            fh.write(json.dumps(asdict(truth), ensure_ascii=False) + "\n")
            truths.append(truth)
    return truths


def read_manifest(folder: str | Path) -> list[Truth]:
    """The manifest a generated corpus carries."""
    with (Path(folder) / MANIFEST).open(encoding="utf-8") as fh:
        return [Truth(**json.loads(line)) for line in fh if line.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m unhrkg.bench.synth", description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, required=True, help="how many documents to write")
    parser.add_argument("--out", required=True, help="folder to write them to (created)")
    parser.add_argument("--seed", type=int, default=7, help="the seed (default 7)")
    args = parser.parse_args(argv)
    truths = generate(args.docs, args.out, args.seed)
    print(f"wrote {len(truths)} documents and {MANIFEST} to {args.out}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())

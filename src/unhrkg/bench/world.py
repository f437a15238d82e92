"""What a synthetic corpus is drawn from and written into: the world (pools of States and sessions
from the reference tables, counters that keep symbols unique), one document being written, and
what it states (its truth, the manifest's line)."""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from unhrkg.bench import genre
from unhrkg.model.reference import Session, State, load_reference


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

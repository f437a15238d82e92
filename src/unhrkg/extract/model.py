"""What the extraction rules return: a value with the rule that found it and where.

Every finder returns ``Found`` values (value, rule, span) or one of the typed facts below;
``Header`` collects the particulars of a document with the rule and span of each, and the
record keeps them (``DocumentRecord.rules``), so a reviewer and the graph's provenance see
which rule produced every fact.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Found(Generic[T]):
    """One value found in the text, the rule that found it, and the span it came from."""

    value: T
    rule: str
    span: tuple[int, int] | None = None


@dataclass(frozen=True)
class Ref:
    """A resolution or decision by its body and number ("HRC", "5/1"; "SC", "1835 (2008)")."""

    body: str
    number: str

    def to_dict(self) -> dict[str, str]:
        return {"body": self.body, "number": self.number}


@dataclass(frozen=True)
class Position:
    """The author's stance toward a resolution, with the sentence that says it."""

    target: Ref
    stance: str  # 'rejects' or 'supports'
    evidence: str
    rule: str
    span: tuple[int, int]

    def to_dict(self) -> dict[str, Any]:
        return {"target": self.target.to_dict(), "stance": self.stance, "evidence": self.evidence,
                "rule": self.rule, "span": list(self.span)}


@dataclass(frozen=True)
class Sponsorship:
    """Who tabled a resolution (a State's ISO3 or a body's code), with the sentence that says it."""

    resolution: Ref
    sponsor: str
    evidence: str
    rule: str
    span: tuple[int, int]

    def to_dict(self) -> dict[str, Any]:
        return {"resolution": self.resolution.to_dict(), "sponsor": self.sponsor, "evidence": self.evidence,
                "rule": self.rule, "span": list(self.span)}


@dataclass
class Header:
    """What the header, the title line and the genre say, with the rule behind each field."""

    zone_end: int = 0
    genre: str = "other"
    title_start: int | None = None
    title_end: int | None = None
    title: str | None = None
    symbol: str | None = None
    issued: str | None = None
    dated: str | None = None
    doc_type: str = "other"
    language: str | None = None
    author_states: list[str] = field(default_factory=list)
    author_body: str | None = None
    author_group: str | None = None  # a coalition of States with no body code (coalitions.csv)
    addressee: str | None = None
    accredited_to: str | None = None
    own: tuple[str, str] | None = None  # (body, number) of a resolution/decision's own number
    fuzzy_spans: list[tuple[int, int, str]] = field(default_factory=list)  # OCR-tolerant body names
    block: bool = False  # the document opens with a UN header block (Distr., Original:, organ)
    block_end: int | None = None  # where a header block printed after the title ends
    rules: dict[str, str] = field(default_factory=dict)
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)

    def put(self, name: str, value: Any, rule: str, span: tuple[int, int] | None = None) -> None:
        """Set a field with the rule (and span) that found it."""
        setattr(self, name, value)
        self.rules[name] = rule
        if span is not None:
            self.spans[name] = span

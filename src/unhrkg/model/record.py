"""The record between extraction and mapping: plain, JSON-serialisable dataclasses.

The public JSON form (``unhrkg extract --format json``) has exactly the fields of the
corpus SCHEMA: ``SCHEMA_FIELDS``. The review form (YAML) adds a few fields the mapping
uses (``title``, ``subject``, ``accredited_to``) so a corrected record loses nothing, the
genre that recognised the document, and ``rules``: for every field, the rule that found its
value. Items of list fields may carry extra keys (``evidence``, ``rule``, ``span``).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from unhrkg.errors import InputError
from unhrkg.model.reference import coalitions
from unhrkg.model.record_schema import DOC_TYPES, STANCES, schema_problems  # the record's kinds and stances

SCHEMA_FIELDS = (
    "file", "symbol", "issued", "dated", "doc_type", "language", "session", "agenda_items",
    "author_states", "author_body", "addressee", "signatories", "resolutions",
    "documents_cited", "states", "bodies", "positions", "sponsors",
)
REVIEW_FIELDS = SCHEMA_FIELDS + ("author_group", "title", "subject", "accredited_to", "text_language", "genre", "rules")


@dataclass
class DocumentRecord:
    """What one document says, in the value forms of the corpus SCHEMA."""

    file: str
    symbol: str | None = None
    issued: str | None = None
    dated: str | None = None
    doc_type: str = "other"
    language: str | None = None
    session: dict[str, Any] | None = None
    agenda_items: list[str] = field(default_factory=list)
    author_states: list[str] = field(default_factory=list)
    author_body: str | None = None
    author_group: str | None = None  # a coalition of States with no body code (coalitions.csv), for its declarations
    addressee: str | None = None
    signatories: list[dict[str, Any]] = field(default_factory=list)
    resolutions: list[dict[str, Any]] = field(default_factory=list)
    documents_cited: list[str] = field(default_factory=list)
    states: list[str] = field(default_factory=list)
    bodies: list[str] = field(default_factory=list)
    positions: list[dict[str, Any]] = field(default_factory=list)
    sponsors: list[dict[str, Any]] = field(default_factory=list)
    title: str | None = None
    subject: str | None = None
    accredited_to: str | None = None
    text_language: str | None = None  # the language the text is written in (``language`` is the original's)
    genre: str | None = None  # the genre module that recognised the document
    rules: dict[str, str] = field(default_factory=dict)  # field -> the rule that found its value

    def to_dict(self, review: bool = False) -> dict[str, Any]:
        """The record as a dict: SCHEMA fields only, or with the review fields too."""
        data = asdict(self)
        names = REVIEW_FIELDS if review else SCHEMA_FIELDS
        out = {name: data[name] for name in names}
        if not review:  # the public form keeps evidence and rule on items; spans are for review
            for name in ("positions", "sponsors", "signatories"):
                out[name] = [{k: v for k, v in item.items() if k != "span"} if isinstance(item, dict) else item
                             for item in out[name]]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any], source: str = "<record>") -> DocumentRecord:
        """Build and check a record from a dict (a reviewed YAML or JSON record): every field's
        type, form and length first (``record_schema``), then how the fields fit together."""
        if not isinstance(data, dict):
            raise InputError(f"{source}: a record must be a mapping, got {type(data).__name__}")
        problems = schema_problems(data)
        if problems:
            raise InputError(f"{source}: " + _joined(problems))
        record = cls(**{k: v for k, v in data.items() if v is not None or k in SCHEMA_FIELDS})
        for k in ("agenda_items", "author_states", "signatories", "resolutions", "documents_cited",
                  "states", "bodies", "positions", "sponsors"):
            if getattr(record, k) is None:
                setattr(record, k, [])
        problems = check_record(record)
        if problems:
            raise InputError(f"{source}: " + _joined(problems))
        return record


def _joined(problems: list[str], shown: int = 4) -> str:
    """Problems on one line: the first few, then how many more."""
    more = f" (+{len(problems) - shown} more)" if len(problems) > shown else ""
    return "; ".join(problems[:shown]) + more


def check_record(record: DocumentRecord) -> list[str]:
    """Form errors of a record (empty when it is well formed): each field's type, form and
    length (``record_schema``), then how the fields fit together."""
    for name in ("issued", "dated"):
        value = getattr(record, name)
        if isinstance(value, date):
            setattr(record, name, value.isoformat())  # YAML reads bare dates as dates
    problems = schema_problems(record.to_dict(review=True))
    if record.doc_type is None:
        problems.append(f"doc_type: missing (one of {', '.join(DOC_TYPES)})")
    if record.positions and not (record.author_states or record.author_body or record.author_group):
        problems.append("positions are the author's: a record with positions needs author_states, author_body or author_group")
    if record.author_group and record.author_group not in coalitions():
        problems.append(f"author_group: {record.author_group!r} is not a coalition of the reference table coalitions.csv")
    if record.author_group and (record.author_states or record.author_body):
        problems.append("author_group: a coalition's declaration has no author State or body beside it")
    return problems

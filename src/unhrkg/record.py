"""The record between extraction and mapping: plain, JSON-serialisable dataclasses.

The public JSON form (``unhrkg extract --format json``) has exactly the fields of the
corpus SCHEMA: ``SCHEMA_FIELDS``. The review form (YAML) adds a few fields the mapping
uses (``title``, ``subject``, ``accredited_to``) so a corrected record loses nothing, the
genre that recognised the document, and ``rules``: for every field, the rule that found its
value. Items of list fields may carry extra keys (``evidence``, ``rule``, ``span``).
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from unhrkg.errors import InputError

SCHEMA_FIELDS = (
    "file", "symbol", "issued", "dated", "doc_type", "language", "session", "agenda_items",
    "author_states", "author_body", "addressee", "signatories", "resolutions",
    "documents_cited", "states", "bodies", "positions", "sponsors",
)
REVIEW_FIELDS = SCHEMA_FIELDS + ("title", "subject", "accredited_to", "text_language", "genre", "rules")
# The kinds of document a record may be: its code, the ontology class (unhr:<class>) the mapping
# types it with, and the short label drawings use. The one table of document types: the record
# check, the mapping, the shapes' sh:in (checked by a test) and the drawings read it.
DOC_TYPES = {code: (cls, abbreviation) for code, cls, abbreviation in (
    ("letter", "Letter", "Letter"), ("note_verbale", "NoteVerbale", "NV"), ("resolution", "Resolution", "Res."),
    ("decision", "Decision", "Dec."), ("report", "Report", "Report"), ("other", "Document", "Doc."))}
STANCES = ("rejects", "supports")
_ISO3 = re.compile(r"^[A-Z]{3}$")
_CODE = re.compile(r"^[A-Z][A-Z0-9_]*$")


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
        """Build and check a record from a dict (a reviewed YAML or JSON record)."""
        if not isinstance(data, dict):
            raise InputError(f"{source}: a record must be a mapping, got {type(data).__name__}")
        unknown = set(data) - set(REVIEW_FIELDS)
        if unknown:
            raise InputError(f"{source}: unknown record field(s): {', '.join(sorted(unknown))}")
        if not data.get("file"):
            raise InputError(f"{source}: the record has no 'file'")
        record = cls(**{k: v for k, v in data.items() if v is not None or k in SCHEMA_FIELDS})
        for k in ("agenda_items", "author_states", "signatories", "resolutions", "documents_cited",
                  "states", "bodies", "positions", "sponsors"):
            if getattr(record, k) is None:
                setattr(record, k, [])
        problems = check_record(record)
        if problems:
            raise InputError(f"{source}: " + "; ".join(problems))
        return record


def _iso_date_ok(value: Any) -> bool:
    if value is None:
        return True
    try:
        date.fromisoformat(str(value))
    except ValueError:
        return False
    return True


def _ref_ok(ref: Any) -> bool:
    return isinstance(ref, dict) and isinstance(ref.get("body"), str) and isinstance(ref.get("number"), str)


def check_record(record: DocumentRecord) -> list[str]:
    """Form errors of a record (empty when it is well formed)."""
    problems: list[str] = []
    for name in ("issued", "dated"):
        value = getattr(record, name)
        if value is not None and not isinstance(value, str):
            setattr(record, name, value := str(value))  # YAML reads bare dates as dates
        if not _iso_date_ok(value):
            problems.append(f"{name} {value!r} is not an ISO date")
    if record.doc_type not in DOC_TYPES:
        problems.append(f"doc_type {record.doc_type!r} is not one of {', '.join(DOC_TYPES)}")
    if record.session is not None:
        s = record.session
        if not (isinstance(s, dict) and isinstance(s.get("body"), str) and isinstance(s.get("number"), (int, str))):
            problems.append(f"session {s!r} is not {{body, number}}")
    for iso in record.author_states + record.states:
        if not (isinstance(iso, str) and _ISO3.match(iso)):
            problems.append(f"{iso!r} is not an ISO 3166-1 alpha-3 code")
    for code in record.bodies + [c for c in (record.author_body, record.addressee) if c]:
        if not (isinstance(code, str) and _CODE.match(code)):
            problems.append(f"{code!r} is not a body code")
    for sig in record.signatories:
        if not (isinstance(sig, dict) and isinstance(sig.get("name"), str) and isinstance(sig.get("titles", []), list)):
            problems.append(f"signatory {sig!r} is not {{name, titles}}")
    problems += [f"resolution {r!r} is not {{body, number}}" for r in record.resolutions if not _ref_ok(r)]
    for pos in record.positions:
        if not (isinstance(pos, dict) and _ref_ok(pos.get("target")) and pos.get("stance") in STANCES):
            problems.append(f"position {pos!r} is not {{target: {{body, number}}, stance: rejects|supports}}")
    if record.text_language is not None and not (isinstance(record.text_language, str)
                                                 and re.fullmatch(r"[a-z]{2}", record.text_language)):
        problems.append(f"text_language {record.text_language!r} is not an ISO 639-1 code")
    if not isinstance(record.rules, dict) or not all(isinstance(k, str) and isinstance(v, str)
                                                     for k, v in record.rules.items()):
        problems.append("rules must map field names to rule names")
    if record.positions and not (record.author_states or record.author_body):
        problems.append("positions are the author's: a record with positions needs author_states or author_body")
    for sp in record.sponsors:
        if not (isinstance(sp, dict) and _ref_ok(sp.get("resolution")) and isinstance(sp.get("sponsor"), str)):
            problems.append(f"sponsor {sp!r} is not {{resolution: {{body, number}}, sponsor: CODE}}")
    return problems

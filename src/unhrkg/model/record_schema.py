"""What a record may hold, checked before anything uses it, and the YAML a reviewed record is read from.

A reviewed record (FILE.record.yaml) is text a person edited: its values become IRIs and
literals, so each field is checked for its type, its form (code patterns anchored at both
ends with ``\\A`` and ``\\Z``: ``$`` would let ``"PRK\\n"`` through), its length and for valid
Unicode (a lone surrogate cannot be stored). The YAML is read with no aliases (a few
hundred bytes of nested aliases expand to gigabytes), a size limit and a depth limit.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import yaml

# The kinds of document a record may be: its code, the ontology class (unhr:<class>) the mapping
# types it with, and the short label drawings use. The one table of document types: the record
# check, the mapping, the shapes' sh:in (checked by a test) and the drawings read it.
DOC_TYPES = {code: (cls, abbreviation) for code, cls, abbreviation in (
    ("letter", "Letter", "Letter"), ("note_verbale", "NoteVerbale", "NV"), ("resolution", "Resolution", "Res."),
    ("decision", "Decision", "Dec."), ("report", "Report", "Report"), ("other", "Document", "Doc."))}
# The stances a position may take (unhr:Rejects, unhr:Supports): the record check, the mapping
# and the query parameters read them.
STANCES = ("rejects", "supports")
MAX_RECORD_BYTES = 1 << 20  # a reviewed record is a few kilobytes; a megabyte is surely not one
MAX_DEPTH = 20  # a record nests four levels deep
MAX_ITEMS = 2000  # items in one list field
SHORT, LONG = 200, 20_000  # characters of a code-like value, of running text (a title, evidence)

Check = Callable[[Any, str], list[str]]

ISO3 = re.compile(r"\A[A-Z]{3}\Z")
CODE = re.compile(r"\A[A-Z][A-Z0-9_]{0,19}\Z")
LANGUAGE = re.compile(r"\A[a-z]{2,3}\Z")
SYMBOL = re.compile(r"\A[A-Z][A-Za-z0-9./()* \-]{0,99}\Z")
AGENDA_ITEM = re.compile(r"\A[0-9A-Za-z][0-9A-Za-z() .\-]{0,19}\Z")
NUMBER = re.compile(r"\A[0-9A-Za-z][0-9A-Za-z() ./\-]{0,39}\Z")  # '2003/10', '497 (1981)', '217 A (III)'
SESSION_NUMBER = re.compile(r"\A(?:E?S-)?[0-9]{1,3}\Z")
FIELD_NAME = re.compile(r"\A[a-z_]{1,40}\Z")
GENRE = re.compile(r"\A[a-z][a-z _-]{0,39}\Z")


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def text(pattern: re.Pattern[str] | None = None, what: str = "text", limit: int = SHORT) -> Check:
    """A string: valid Unicode, at most ``limit`` characters, matching ``pattern`` (running text may hold any character)."""
    def check(value: Any, path: str) -> list[str]:
        if not isinstance(value, str):
            return [f"{path}: {_show(value)} is {type(value).__name__}, not {what}"]
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return [f"{path}: {_show(value)} holds a lone surrogate (not valid Unicode text)"]
        if len(value) > limit:
            return [f"{path}: {len(value)} characters (at most {limit})"]
        if pattern is not None and not pattern.match(value):
            return [f"{path}: {_show(value)} is not {what}"]
        return []
    return check


def one_of(*values: str) -> Check:
    def check(value: Any, path: str) -> list[str]:
        return [] if isinstance(value, str) and value in values else [f"{path}: {_show(value)} is not one of {', '.join(values)}"]
    return check


def optional(inner: Check) -> Check:
    return lambda value, path: [] if value is None else inner(value, path)


def list_of(inner: Check, limit: int = MAX_ITEMS) -> Check:
    def check(value: Any, path: str) -> list[str]:
        if not isinstance(value, list):
            return [f"{path}: {_show(value)} is {type(value).__name__}, not a list"]
        if len(value) > limit:
            return [f"{path}: {len(value)} items (at most {limit})"]
        return [p for i, item in enumerate(value) for p in inner(item, f"{path}[{i}]")]
    return check


def mapping(required: dict[str, Check], optional_keys: dict[str, Check] | None = None) -> Check:
    """A mapping with these keys (each value checked) and no others."""
    allowed = {**required, **(optional_keys or {})}

    def check(value: Any, path: str) -> list[str]:
        if not isinstance(value, dict):
            return [f"{path}: {_show(value)} is {type(value).__name__}, not a mapping"]
        problems = [f"{path}: unknown key {_show(k)}" for k in value if k not in allowed]
        problems += [f"{path}.{k}: missing" for k in required if value.get(k) is None]
        return problems + [p for k, c in allowed.items() if value.get(k) is not None for p in c(value[k], f"{path}.{k}")]
    return check


def _iso_date(value: Any, path: str) -> list[str]:
    if isinstance(value, date) and not isinstance(value, datetime):
        return []
    if isinstance(value, str) and re.match(r"\A\d{4}-\d{2}-\d{2}\Z", value):
        try:
            date.fromisoformat(value)
            return []
        except ValueError:
            pass
    return [f"{path}: {_show(value)} is not an ISO date (YYYY-MM-DD)"]


def _session_number(value: Any, path: str) -> list[str]:
    if isinstance(value, int) and not isinstance(value, bool) and 0 < value < 1000:
        return []
    return text(SESSION_NUMBER, "a session number (61, S-5 for a special session, ES-10 for an emergency special session)", 10)(value, path)


def _span(value: Any, path: str) -> list[str]:
    ok = isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    return [] if ok else [f"{path}: {_show(value)} is not [start, end]"]


def _rules(value: Any, path: str) -> list[str]:
    if not isinstance(value, dict):
        return [f"{path}: {_show(value)} is {type(value).__name__}, not a mapping of field names to rule names"]
    return [p for k, v in value.items()
            for p in text(FIELD_NAME, "a field name", 40)(k, f"{path} key") + text(what="a rule name")(v, f"{path}.{k}")]


STATE = text(ISO3, "an ISO 3166-1 alpha-3 code (three capital letters)")
BODY = text(CODE, "a body code (capital letters, digits, _)")
REF = mapping({"body": BODY, "number": text(NUMBER, "a resolution number")})
EVIDENCE = {"evidence": text(limit=LONG), "rule": text(what="a rule name"), "span": _span}

FIELDS: dict[str, Check] = {
    "file": text(limit=4096),
    "symbol": optional(text(SYMBOL, "a UN document symbol")),
    "issued": optional(_iso_date),
    "dated": optional(_iso_date),
    "doc_type": one_of(*DOC_TYPES),
    "language": optional(text(LANGUAGE, "an ISO 639 language code")),
    "session": optional(mapping({"body": BODY, "number": _session_number})),
    "agenda_items": list_of(text(AGENDA_ITEM, "an agenda item ('9', '17 (b)')")),
    "author_states": list_of(STATE),
    "author_body": optional(BODY),
    "author_group": optional(BODY),
    "addressee": optional(BODY),
    "signatories": list_of(mapping({"name": text(what="a name")},
                                   {"titles": list_of(text(what="a title", limit=500)), "state": STATE, **EVIDENCE})),
    "resolutions": list_of(REF),
    "documents_cited": list_of(text(SYMBOL, "a UN document symbol")),
    "states": list_of(STATE),
    "bodies": list_of(BODY),
    "positions": list_of(mapping({"target": REF, "stance": one_of(*STANCES)}, EVIDENCE)),
    "sponsors": list_of(mapping({"resolution": REF, "sponsor": BODY}, EVIDENCE)),
    "title": optional(text(limit=LONG)),
    "subject": optional(text(limit=LONG)),
    "accredited_to": optional(BODY),
    "text_language": optional(text(LANGUAGE, "an ISO 639 language code")),
    "genre": optional(text(GENRE, "a genre name")),
    "rules": _rules,
}

def schema_problems(data: dict[str, Any]) -> list[str]:
    """Every field that does not have its type, form or length (a null field is absent)."""
    problems = [f"{_show(k)}: unknown record field" for k in data if k not in FIELDS]
    for name, check in FIELDS.items():
        value = data.get(name)
        if value is not None:
            problems += check(value, name)
        elif name == "file":
            problems.append("file: missing (the record names no file)")
    return problems


class _RecordLoader(yaml.SafeLoader):
    """The safe loader without aliases (whose expansion is unbounded) and with a depth limit."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            mark = self.peek_event().start_mark
            raise yaml.YAMLError(f"aliases (*name) are not allowed in a record (line {mark.line + 1})")
        self._depth = getattr(self, "_depth", 0) + 1
        try:
            if self._depth > MAX_DEPTH:
                raise yaml.YAMLError(f"nested more than {MAX_DEPTH} levels deep")
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def load_yaml(data: bytes) -> Any:
    """A record's YAML, refused when larger than MAX_RECORD_BYTES, with aliases or nested too deep.

    Raises ``ValueError`` (with the reason) for anything that is not such a document."""
    if len(data) > MAX_RECORD_BYTES:
        raise ValueError(f"{len(data)} bytes (a record may have {MAX_RECORD_BYTES})")
    try:
        return yaml.load(data.decode("utf-8"), Loader=_RecordLoader)  # noqa: S506 - a SafeLoader
    except UnicodeDecodeError as exc:
        raise ValueError(f"not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    except (yaml.YAMLError, ValueError, TypeError, OverflowError) as exc:  # ValueError: a date such as 2005-02-31
        raise ValueError(str(exc).replace("\n", " ")) from exc

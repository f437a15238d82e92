"""Measure the extractor against gold records: precision, recall and F1 per field and per genre.

Gold is a YAML list of records in the SCHEMA form, with paths relative to the gold file.
Scalar fields score by exact match (a prediction that differs is a false positive and a
miss); list fields score as sets of values, summed over documents. Extra keys on list
items (evidence, rule, span) are ignored. An entry with ``fields: [..]`` is scored on those
fields only (header-only gold for long PDFs).

Two micro averages are reported beside the overall one: the *header* fields (what the
document is, where it sits, who wrote it to whom) and the *entity* fields (what it names
and says). Every false positive keeps the rule that produced it, so ``--details`` shows
which rule to look at.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from unhrkg.errors import InputError, UnhrkgError
from unhrkg.extract import extract
from unhrkg.read import read_text
from unhrkg.model.record import SCHEMA_FIELDS

SCALARS = ("symbol", "issued", "dated", "doc_type", "language", "session", "author_body", "addressee")
LISTS = tuple(f for f in SCHEMA_FIELDS if f not in SCALARS and f != "file")
HEADER_FIELDS = ("symbol", "issued", "dated", "doc_type", "language", "session", "agenda_items",
                 "author_states", "author_body", "addressee")
ENTITY_FIELDS = tuple(f for f in SCALARS + LISTS if f not in HEADER_FIELDS)
GROUPS = {"header": HEADER_FIELDS, "entity": ENTITY_FIELDS}


def _ref(r: dict[str, Any]) -> tuple[str, str]:
    return (str(r.get("body")), str(r.get("number")))


def _folded(text: Any) -> Any:
    return text.replace("\u2019", "'") if isinstance(text, str) else text


def _key(name: str, item: Any) -> Any:
    """One list item (or scalar) as a hashable value."""
    if name == "session":
        return (item.get("body"), str(item.get("number")))
    if name == "signatories":  # (typographic and straight apostrophes are the same letter: the reader folds them)
        return (_folded(item.get("name")), tuple(_folded(t) for t in item.get("titles") or []))
    if name == "resolutions":
        return _ref(item)
    if name == "positions":
        return (*_ref(item.get("target", {})), item.get("stance"))
    if name == "sponsors":
        return (*_ref(item.get("resolution", {})), item.get("sponsor"))
    if name == "agenda_items":  # "68(a)" and "68 (a)" are one item, printed with or without the space
        return re.sub(r"\s*\(", " (", str(item))
    return str(item)


def _values(name: str, value: Any) -> set[Any]:
    """A field's value as a set of hashable items (scalars: empty or one item)."""
    if name in SCALARS:
        return set() if value is None else {_key(name, value)}
    return {_key(name, v) for v in value or []}


def _rules_of(name: str, predicted: dict[str, Any]) -> dict[Any, str]:
    """The rule that produced each predicted value of a field (where the record says)."""
    if name in SCALARS:
        value = predicted.get(name)
        rule = (predicted.get("rules") or {}).get(name)
        return {_key(name, value): rule} if value is not None and rule else {}
    out = {}
    for item in predicted.get(name) or []:
        if isinstance(item, dict) and item.get("rule"):
            out[_key(name, item)] = item["rule"]
    rule = (predicted.get("rules") or {}).get(name)
    return {k: out.get(k, rule) for k in _values(name, predicted.get(name)) if out.get(k, rule)}


@dataclass
class FieldScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: FieldScore) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    def row(self) -> dict[str, Any]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


def _sum(scores: dict[str, FieldScore], names: tuple[str, ...] | None = None) -> FieldScore:
    total = FieldScore()
    for name, s in scores.items():
        if names is None or name in names:
            total.add(s)
    return total


@dataclass
class Evaluation:
    """Scores per field and per genre, the micro averages, and every miss and false positive."""

    fields: dict[str, FieldScore] = field(default_factory=dict)
    genres: dict[str, dict[str, FieldScore]] = field(default_factory=dict)
    genre_documents: dict[str, int] = field(default_factory=dict)
    misses: list[dict[str, Any]] = field(default_factory=list)
    documents: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def micro(self) -> FieldScore:
        return _sum(self.fields)

    def group(self, name: str) -> FieldScore:
        """Micro average over the header fields or the entity fields."""
        return _sum(self.fields, GROUPS[name])

    def genre_row(self, genre: str) -> dict[str, FieldScore]:
        scores = self.genres[genre]
        return {"header": _sum(scores, HEADER_FIELDS), "entity": _sum(scores, ENTITY_FIELDS),
                "positions": scores.get("positions", FieldScore()), "sponsors": scores.get("sponsors", FieldScore())}

    def to_dict(self) -> dict[str, Any]:
        return {"documents": self.documents, "fields": {k: v.row() for k, v in self.fields.items()},
                "micro": self.micro.row(), "header": self.group("header").row(), "entity": self.group("entity").row(),
                "genres": {g: {"documents": self.genre_documents[g], **{k: v.row() for k, v in self.genre_row(g).items()}}
                           for g in sorted(self.genres)},
                "details": self.misses, "errors": self.errors}


def load_gold(path: Path) -> list[dict[str, Any]]:
    try:
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"{path}: cannot read gold file ({exc})") from exc
    if not isinstance(gold, list):
        raise InputError(f"{path}: gold must be a YAML list of records")
    return gold


def score(gold: dict[str, Any], predicted: dict[str, Any], result: Evaluation, genre: str = "unread") -> None:
    """Add one document's comparison to the running scores (only the gold's `fields:` if it lists them)."""
    scored = gold.get("fields") or SCALARS + LISTS
    per_genre = result.genres.setdefault(genre, {})
    result.genre_documents[genre] = result.genre_documents.get(genre, 0) + 1
    for name in SCALARS + LISTS:
        if name not in scored:
            continue
        g, p = _values(name, gold.get(name)), _values(name, predicted.get(name))
        one = FieldScore(len(g & p), len(p - g), len(g - p))
        result.fields.setdefault(name, FieldScore()).add(one)
        per_genre.setdefault(name, FieldScore()).add(one)
        rules = _rules_of(name, predicted)
        for kind, items in (("miss", g - p), ("false_positive", p - g)):
            for item in sorted(items, key=repr):
                miss = {"file": gold.get("file"), "field": name, "kind": kind,
                        "value": list(item) if isinstance(item, tuple) else item}
                if kind == "false_positive" and rules.get(item):
                    miss["rule"] = rules[item]
                result.misses.append(miss)


def evaluate(*gold_paths: Path) -> Evaluation:
    """Extract every document listed in the gold file(s) and score it."""
    result = Evaluation()
    for gold_path in gold_paths:
        for entry in load_gold(gold_path):
            source = gold_path.parent / str(entry.get("file"))
            predicted: dict[str, Any] = {}
            genre = "unread"
            try:
                record = extract(read_text(source), file=str(entry.get("file")))
                predicted = record.to_dict(review=True)
                genre = record.genre or "unknown"
            except UnhrkgError as exc:
                result.errors.append(str(exc))
            score(entry, predicted, result, genre)
            result.documents += 1
    return result


def _line(name: str, s: FieldScore) -> str:
    if s.tp + s.fp + s.fn == 0:  # nothing scored (a header-only gold has no entity facts): no figure
        return f"{name:<16} {'-':>9} {'-':>7} {'-':>6} {0:4d} {0:4d} {0:4d}"
    return f"{name:<16} {s.precision:9.3f} {s.recall:7.3f} {s.f1:6.3f} {s.tp:4d} {s.fp:4d} {s.fn:4d}"


def format_table(result: Evaluation, details: bool = False) -> str:
    lines = [f"{'field':<16} {'precision':>9} {'recall':>7} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}"]
    lines += [_line(name, s) for name, s in result.fields.items()]
    lines += [_line("header micro", result.group("header")), _line("entity micro", result.group("entity")),
              _line("micro", result.micro), f"documents: {result.documents}", ""]
    lines.append(f"{'genre':<22} {'docs':>4} {'header F1':>9} {'entity F1':>9} {'positions':>9} {'sponsors':>9}")
    for genre in sorted(result.genres):
        row = result.genre_row(genre)
        cells = [f"{row[k].f1:9.3f}" if row[k].tp + row[k].fp + row[k].fn else f"{'-':>9}"
                 for k in ("header", "entity", "positions", "sponsors")]
        lines.append(f"{genre:<22} {result.genre_documents[genre]:4d} " + " ".join(cells))
    if details:
        lines.append("")
        for m in result.misses:
            rule = f"  [rule: {m['rule']}]" if m.get("rule") else ""
            lines.append(f"{m['kind']:<15} {m['field']:<16} {m['file']}: "
                         f"{json.dumps(m['value'], ensure_ascii=False)}{rule}")
    lines += [f"error: {e}" for e in result.errors]
    return "\n".join(lines)

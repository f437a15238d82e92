"""Measure the extractor against gold records: precision, recall and F1 per field.

Gold is a YAML list of records in the SCHEMA form, with paths relative to the gold file.
Scalar fields score by exact match (a prediction that differs is a false positive and a
miss); list fields score as sets of values, summed over documents. Extra keys on list
items (evidence, rule, confidence) are ignored.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from unhrkg.errors import InputError
from unhrkg.extract import extract
from unhrkg.read import read_text
from unhrkg.record import SCHEMA_FIELDS

SCALARS = ("symbol", "issued", "dated", "doc_type", "language", "session", "author_body", "addressee")
LISTS = tuple(f for f in SCHEMA_FIELDS if f not in SCALARS and f != "file")


def _ref(r: dict[str, Any]) -> tuple[str, str]:
    return (str(r.get("body")), str(r.get("number")))


def _values(name: str, value: Any) -> set[Any]:
    """A field's value as a set of hashable items (scalars: empty or one item)."""
    if name in SCALARS:
        if value is None:
            return set()
        if name == "session":
            return {(value.get("body"), str(value.get("number")))}
        return {str(value)}
    items = value or []
    if name == "signatories":
        return {(s.get("name"), tuple(s.get("titles") or [])) for s in items}
    if name == "resolutions":
        return {_ref(r) for r in items}
    if name == "positions":
        return {(*_ref(p.get("target", {})), p.get("stance")) for p in items}
    if name == "sponsors":
        return {(*_ref(s.get("resolution", {})), s.get("sponsor")) for s in items}
    return {str(v) for v in items}


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


@dataclass
class Evaluation:
    """Scores per field, the micro average, and every miss and false positive."""

    fields: dict[str, FieldScore] = field(default_factory=dict)
    misses: list[dict[str, Any]] = field(default_factory=list)
    documents: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def micro(self) -> FieldScore:
        total = FieldScore()
        for s in self.fields.values():
            total.tp, total.fp, total.fn = total.tp + s.tp, total.fp + s.fp, total.fn + s.fn
        return total

    def to_dict(self) -> dict[str, Any]:
        def row(s: FieldScore) -> dict[str, Any]:
            return {"precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4),
                    "tp": s.tp, "fp": s.fp, "fn": s.fn}
        return {"documents": self.documents, "fields": {k: row(v) for k, v in self.fields.items()},
                "micro": row(self.micro), "details": self.misses, "errors": self.errors}


def load_gold(path: Path) -> list[dict[str, Any]]:
    try:
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"{path}: cannot read gold file ({exc})") from exc
    if not isinstance(gold, list):
        raise InputError(f"{path}: gold must be a YAML list of records")
    return gold


def score(gold: dict[str, Any], predicted: dict[str, Any], result: Evaluation) -> None:
    """Add one document's comparison to the running scores."""
    for name in SCALARS + LISTS:
        g, p = _values(name, gold.get(name)), _values(name, predicted.get(name))
        s = result.fields.setdefault(name, FieldScore())
        s.tp += len(g & p)
        s.fp += len(p - g)
        s.fn += len(g - p)
        for kind, items in (("miss", g - p), ("false_positive", p - g)):
            for item in sorted(items, key=repr):
                result.misses.append({"file": gold.get("file"), "field": name, "kind": kind,
                                      "value": list(item) if isinstance(item, tuple) else item})


def evaluate(gold_path: Path) -> Evaluation:
    """Extract every document listed in the gold file and score it."""
    result = Evaluation()
    for entry in load_gold(gold_path):
        source = gold_path.parent / str(entry.get("file"))
        try:
            record = extract(read_text(source), file=str(entry.get("file")))
        except InputError as exc:
            result.errors.append(str(exc))
            record = None
        predicted = record.to_dict() if record else {}
        score(entry, predicted, result)
        result.documents += 1
    return result


def format_table(result: Evaluation, details: bool = False) -> str:
    lines = [f"{'field':<16} {'precision':>9} {'recall':>7} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}"]
    for name, s in list(result.fields.items()) + [("micro", result.micro)]:
        lines.append(f"{name:<16} {s.precision:9.3f} {s.recall:7.3f} {s.f1:6.3f} {s.tp:4d} {s.fp:4d} {s.fn:4d}")
    lines.append(f"documents: {result.documents}")
    if details:
        for m in result.misses:
            lines.append(f"{m['kind']:<15} {m['field']:<16} {m['file']}: {json.dumps(m['value'], ensure_ascii=False)}")
    lines += [f"error: {e}" for e in result.errors]
    return "\n".join(lines)

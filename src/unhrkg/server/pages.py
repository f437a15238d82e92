"""What the server answers besides SPARQL: the query page's files and the named queries.

Messages here are read in the browser, so they speak of the page's fields, not of the
command line's options.
"""
from __future__ import annotations

import json
import mimetypes
from pathlib import Path
from typing import Any

from unhrkg.errors import QueryError
from unhrkg.query import library, with_values
from unhrkg.server.worker import Answer, text_answer

STATIC = Path(__file__).resolve().parent.parent / "static"


def _json(status: int, data: Any) -> Answer:
    return Answer(status, "application/json", json.dumps(data, ensure_ascii=False, indent=1).encode())


def named_queries() -> Answer:
    """Every named query with its description, parameters and text."""
    return _json(200, [{"name": q.name, "description": q.description, "text": q.text,
                        "params": [vars(p) for p in q.params]} for q in library().values()])


def bound_query(name: str, values: dict[str, str]) -> Answer:
    """A named query's text with the given parameters bound."""
    queries = library()
    if name not in queries:
        return _json(404, {"error": f"there is no query named {name!r}"})
    query = queries[name]
    declared = {p.name: p for p in query.params}
    unknown = sorted(set(values) - set(declared))
    if unknown:
        fields = ", ".join(declared) or "none"
        return _json(400, {"error": f"{name} has no field {unknown[0]!r} (its fields: {fields})"})
    missing = [p for p in query.params if not p.optional and not values.get(p.name, "").strip()]
    if missing:
        return _json(400, {"error": f"fill in {missing[0].name} to run {name}: {missing[0].description}"})
    try:
        return _json(200, {"name": name, "query": with_values(query, values)})
    except QueryError as exc:
        return _json(400, {"error": str(exc)})


def static_file(relative: str) -> Answer:
    """A file of the query page, never anything outside the static folder."""
    path = (STATIC / relative).resolve()
    if not path.is_relative_to(STATIC) or not path.is_file():
        return text_answer(404, f"not found: /static/{relative}")
    ctype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    if ctype.startswith("text/") or ctype in ("application/javascript", "application/json"):
        ctype += "; charset=utf-8"
    return Answer(200, ctype, path.read_bytes(), (("Cache-Control", "max-age=3600"),))

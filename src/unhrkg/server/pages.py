"""What the server answers besides SPARQL: the query page's files, the named queries, and the
jobs for a page of a named query's rows (or their count), checked before a worker runs them.

Messages here are read in the browser, so they speak of the page's fields, not of the
command line's options.
"""
from __future__ import annotations

import mimetypes
from pathlib import Path

from unhrkg.errors import QueryError
from unhrkg.query import NamedQuery, library, with_values
from unhrkg.model.resources import queries_dir
from unhrkg.server.answer import Answer, json_answer, text_answer
from unhrkg.server.named import NamedJob

STATIC = Path(__file__).resolve().parent.parent / "static"
PAGE_ROWS = 50  # rows of a page when the page does not say
_READ: dict[tuple[tuple[str, int, int], ...], dict[str, NamedQuery]] = {}  # the library as last read


def named_library() -> dict[str, NamedQuery]:
    """The named queries, read again only when a query file (or a part) has changed: parsing
    them all costs about 20 ms, more than a small query's page."""
    folder = queries_dir()
    key = tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in sorted(folder.rglob("*.rq")))
    queries = _READ.get(key)
    if queries is None:
        queries = library(folder)
        _READ.clear()
        _READ[key] = queries
    return queries


def named_queries() -> Answer:
    """Every named query with its description, parameters and text."""
    return json_answer(200, [{"name": q.name, "description": q.description, "text": q.text,
                              "params": [vars(p) for p in q.params]} for q in named_library().values()])


def _checked(name: str, values: dict[str, str]) -> tuple[NamedQuery, str] | Answer:
    """The named query and its text with the parameters bound, or the answer saying which field is wrong."""
    queries = named_library()
    if name not in queries:
        return json_answer(404, {"error": f"there is no query named {name!r}"})
    query = queries[name]
    declared = {p.name: p for p in query.params}
    unknown = sorted(set(values) - set(declared))
    if unknown:
        fields = ", ".join(declared) or "none"
        return json_answer(400, {"error": f"{name} has no field {unknown[0]!r} (its fields: {fields})"})
    missing = [p for p in query.params if not p.optional and not values.get(p.name, "").strip()]
    if missing:
        return json_answer(400, {"error": f"fill in {missing[0].name} to run {name}: {missing[0].description}"})
    try:
        return query, with_values(query, values)
    except QueryError as exc:
        return json_answer(400, {"error": str(exc)})


def bound_query(name: str, values: dict[str, str]) -> Answer:
    """A named query's text with the given parameters bound."""
    checked = _checked(name, values)
    return checked if isinstance(checked, Answer) else json_answer(200, {"name": name, "query": checked[1]})


def _whole_number(params: dict[str, str], key: str, default: int, low: int, high: int) -> int | str:
    """A paging field's value, or the message saying what it must be."""
    text = params.get(key, "").strip() or str(default)
    if not (text.isascii() and text.isdigit()) or not low <= int(text) <= high:  # "²" is a digit to isdigit
        return f"{key} must be a whole number from {low} to {high} (got {text[:40]!r})"
    return int(text)


def named_job(name: str, params: dict[str, str], cap: int, counting: bool = False) -> NamedJob | Answer:
    """The job for one page of a named query (``limit`` rows, at most the server's result limit
    ``cap``, from ``offset``), or for the count of its rows; an answer if a field is wrong.
    ``limit`` and ``offset`` are the page's; every other field is the query's parameter."""
    limit = _whole_number(params, "limit", min(PAGE_ROWS, cap), 1, cap)
    offset = _whole_number(params, "offset", 0, 0, 10**12)
    for wrong in (limit, offset):
        if isinstance(wrong, str):
            return json_answer(400, {"error": wrong})
    values = {k: v for k, v in params.items() if k not in ("limit", "offset") and v.strip()}
    checked = _checked(name, values)
    if isinstance(checked, Answer):
        return checked
    return NamedJob(checked[0], tuple(sorted(values.items())), int(limit), int(offset), counting)


def static_file(relative: str) -> Answer:
    """A file of the query page, never anything outside the static folder."""
    path = (STATIC / relative).resolve()
    if not path.is_relative_to(STATIC) or not path.is_file():
        return text_answer(404, f"not found: /static/{relative}")
    ctype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    if ctype.startswith("text/") or ctype in ("application/javascript", "application/json"):
        ctype += "; charset=utf-8"
    return Answer(200, ctype, path.read_bytes(), (("Cache-Control", "max-age=3600"),))

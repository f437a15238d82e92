"""One page of a query's answer, and the size of the whole answer counted apart.

The page is asked of the engine (LIMIT and OFFSET in the SPARQL, see ``query_text``), so a
first page costs what the engine needs for it, not what it needs for every row. A query
that says LIMIT or OFFSET itself is run as written and its rows are cut here. The count is a
``COUNT(*)`` over the query as a subquery: the engine counts, no row comes back.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pyoxigraph as ox

from unhrkg.errors import QueryError
from unhrkg.query import NamedQuery, QueryResult, run
from unhrkg.query.text import bounds, form, has_own_page, page_marks, page_text, tokens

DEFAULT_LIMIT = 100
MAX_GROWTH = 32  # a window that would grow more than this many times is dropped instead
WINDOW_ATTEMPTS = 3  # at most: the first window, a larger one, none


def page(query: NamedQuery, limit: int | None, offset: int,
         execute: Callable[[NamedQuery], QueryResult]) -> QueryResult:
    """``limit`` rows of the answer from row ``offset`` (None: all of them), with ``more`` set
    when rows follow; ``execute`` runs a query (on the local store or an endpoint).

    A query with ``#page`` windows first gets a window of the items the rows it needs take (``#page N items per row``); when
    that gives too few rows (items with no row, or rows filtered out), the window grows in
    proportion, and the last attempt is unbounded, so a page is never cut short by its window."""
    if (limit is not None and limit < 1) or offset < 0:
        raise QueryError(f"a page is at least one row from an offset of 0 or more (got {limit} from {offset})")
    in_sparql = form(query.text) == "SELECT" and not has_own_page(query.text)
    if not in_sparql:
        result = execute(query)
        if result.triples is not None or result.boolean is not None:
            return result
        return _cut(result, result.rows[offset:], limit)
    needed = None if limit is None else offset + limit + 1
    window = needed if needed and page_marks(query.text) else None
    for attempt in range(WINDOW_ATTEMPTS):
        window = window if window and bounds(query.text, window) else 0  # one too large bounds nothing: no retry
        result = execute(replace(query, text=page_text(query.text, limit, offset, window)))
        if not window or len(result.rows) > limit:  # type: ignore[operator]
            break
        # too few rows for the page: a window as much larger as the rows fell short (at least twice); unbounded
        # when they fell very short or at the last attempt (the whole answer then costs about as much)
        growth = 2 * needed // max(len(result.rows), 1)  # type: ignore[operator]
        last = growth >= MAX_GROWTH or attempt == WINDOW_ATTEMPTS - 2
        window = 0 if last else window * max(growth, 2)
    return _cut(result, result.rows, limit)


def _cut(result: QueryResult, rows: list[dict[str, object]], limit: int | None) -> QueryResult:
    more = limit is not None and len(rows) > limit
    return replace(result, rows=rows[:limit] if limit is not None else rows, more=more)


def count_query(query: NamedQuery) -> NamedQuery:
    """The query counting the rows of a SELECT: ``COUNT(*)`` over it as a subquery (one row,
    ``?rows``), run like the query itself (its parameters bound the same way)."""
    start = next((at for kind, word, at, depth in tokens(query.text)
                  if kind == "word" and depth == 0 and word.upper() == "SELECT"), None)
    if start is None or form(query.text) != "SELECT":
        raise QueryError(f"query {query.name}: only the rows of a SELECT can be counted")
    text = f"{query.text[:start]}SELECT (COUNT(*) AS ?rows) WHERE {{ {{\n{query.text[start:].rstrip()}\n}} }}\n"
    return replace(query, text=text)


def count(db: ox.Store, query: NamedQuery, values: dict[str, str] | None = None) -> int:
    """How many rows the whole answer of a SELECT has, counted by the engine."""
    return int(run(db, count_query(query), values).rows[0]["rows"])

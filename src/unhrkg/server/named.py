"""A named query a page at a time, run in a query worker by the same ``query_page.page`` that
``unhrkg query`` uses, so a page on the query page has the rows the command line shows.

A page is asked of the engine (LIMIT/OFFSET in the SPARQL, and the ``#page`` windows that read
only what a page needs) and says whether rows follow it. The size of the whole answer is a job
of its own (``COUNT(*)`` over the query): it costs about what the whole answer does, so the
page asks for it only when the reader does.
"""
from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from unhrkg.errors import QueryError
from unhrkg.query import NamedQuery, run
from unhrkg.query.page import count, page
from unhrkg.server.answer import Answer, json_answer
from unhrkg.server.results import json_bindings


@dataclass(frozen=True)
class NamedJob:
    """One page of a named query's answer (``limit`` rows from ``offset``), or with ``count`` the
    number of rows of the whole answer; ``values`` are its parameters as the page's fields give them."""

    query: NamedQuery
    values: tuple[tuple[str, str], ...]
    limit: int
    offset: int = 0
    count: bool = False


def answer(db: ox.Store, job: NamedJob) -> Answer:
    """The page as SPARQL 1.1 Query Results JSON with a ``page`` member (offset, limit, rows,
    more), or the count as ``{"name", "rows"}``; a parameter the query refuses is a 400."""
    values = dict(job.values)
    try:
        if job.count:
            return json_answer(200, {"name": job.query.name, "rows": count(db, job.query, values)})
        result = page(job.query, job.limit, job.offset, lambda paged: run(db, paged, values, terms=True))
    except QueryError as exc:
        return json_answer(400, {"error": str(exc)})
    if result.triples is not None or result.boolean is not None:
        return json_answer(400, {"error": f"{job.query.name} is not a SELECT: it has no rows to page through"})
    rows = [[row[v] for v in result.variables] for row in result.rows]
    return json_answer(200, {"name": job.query.name, "head": {"vars": result.variables},
                             "results": {"bindings": json_bindings(result.variables, rows)},
                             "page": {"offset": job.offset, "limit": job.limit, "rows": len(rows),
                                      "more": result.more}})

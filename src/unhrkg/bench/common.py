"""What the three benchmarked pipelines share: clocks, memory, query parameters, the viz view's rows."""
from __future__ import annotations

import json
import resource
import statistics
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from unhrkg.bench.world import Truth

QUERY_REPEATS = 3
SLOW_QUERY = 5.0  # seconds: a query this slow is run once, not QUERY_REPEATS times


def consume(result: Any) -> list[tuple[Any, ...]]:
    """Every solution of a SELECT, each value read (what any caller has to do at least)."""
    return [tuple(None if t is None else t.value for t in solution) for solution in result]


def peak_rss_mb() -> dict[str, float]:
    """Peak resident memory of this process and of its largest finished child (MB, from getrusage)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"self": round(own, 1), "largest_child": round(child, 1)}


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    """(seconds, result) of one call."""
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def median_time(fn: Callable[[], Any]) -> tuple[float, Any]:
    """The median of a few timed calls after a warm-up call (one call if it is slow)."""
    first, result = timed(fn)
    if first > SLOW_QUERY:
        return first, result
    times = [timed(fn)[0] for _ in range(QUERY_REPEATS)]
    return statistics.median(times), result


def choose_params(truths: list[Truth]) -> dict[str, str]:
    """Parameter values the named queries are run with: the most frequent of each kind in
    the corpus's first documents (so they match in the rdflib subset and in the whole)."""
    states = Counter(s for t in truths for s in t.author_states)
    resolutions = Counter(f"{p['target']['body']} {p['target']['number']}" for t in truths for p in t.positions)
    sessions = Counter(f"{t.session['body']} {t.session['number']}" for t in truths if t.session)
    session = sessions.most_common(1)[0][0] if sessions else "CHR 61"
    items = Counter(i for t in truths if t.session and f"{t.session['body']} {t.session['number']}" == session
                    for i in t.agenda_items)
    sponsors = Counter(s["sponsor"] for t in truths for s in t.sponsors)
    return {"state": states.most_common(1)[0][0] if states else "PRK",
            "resolution": resolutions.most_common(1)[0][0] if resolutions else "CHR 2003/10",
            "session": session, "item": items.most_common(1)[0][0] if items else "9",
            "sponsor": sponsors.most_common(1)[0][0] if sponsors else "EU", "stance": "rejects"}


def query_values(query: Any, params: dict[str, str]) -> dict[str, str]:
    """The values to bind for one named query: every parameter it declares that we have a value for."""
    return {p.name: params[p.name] for p in query.params if p.name in params}


def write_json(path: str | Path, data: dict[str, Any]) -> None:
    Path(path).write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")


def view_queries() -> tuple[str, str] | None:
    """The SPARQL of the viz module's stance view (its edges and its node facts), if it is there."""
    try:
        from unhrkg.viz import sparql
    except ImportError:
        return None
    prologue = getattr(sparql, "_PROLOGUE", "")
    edges, facts = getattr(sparql, "STANCE_EDGES", None), getattr(sparql, "NODE_FACTS", None)
    return (prologue + edges, prologue + facts) if edges and facts else None

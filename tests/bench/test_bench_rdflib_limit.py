"""Plain rdflib's queries at the bench's size are given the same time limit as ours: each runs in
a forked copy of the process and is stopped when the limit passes."""
from __future__ import annotations

import time

from rdflib import Dataset, Literal, URIRef

from unhrkg.bench import pipeline_rdflib


def test_a_run_past_its_limit_is_reported_as_a_timeout_and_stopped() -> None:
    start = time.perf_counter()
    assert pipeline_rdflib._limited(lambda: time.sleep(30) or {"seconds": 30.0}, 0.5) == {"timeout": 0.5}
    assert time.perf_counter() - start < 10


def test_a_run_within_its_limit_gives_its_answer() -> None:
    assert pipeline_rdflib._limited(lambda: {"seconds": 0.01, "rows": 3}, 10) == {"seconds": 0.01, "rows": 3}


def test_every_named_query_is_answered_or_timed_out_on_the_shared_dataset() -> None:
    ds = Dataset()
    ds.graph(URIRef("urn:g")).add((URIRef("urn:s"), URIRef("urn:p"), Literal("o")))
    limited = pipeline_rdflib._queries(ds, {"state": "FRA", "resolution": "HRC 5/1", "session": "HRC 5", "item": "4",
                                            "sponsor": "EU", "stance": "rejects"}, timeout=20)
    unlimited = pipeline_rdflib._queries(ds, {"state": "FRA", "resolution": "HRC 5/1", "session": "HRC 5", "item": "4",
                                              "sponsor": "EU", "stance": "rejects"})
    assert limited.keys() == unlimited.keys() and len(limited) >= 19
    assert {n: q.get("rows") for n, q in limited.items()} == {n: q.get("rows") for n, q in unlimited.items()}

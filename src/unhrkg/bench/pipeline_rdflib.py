"""The same pipeline on plain rdflib: one process, pySHACL per document graph, an in-memory
rdflib Dataset, rdflib's SPARQL engine and its serialisers.

Reading and extraction are the project's own (they produce records, not RDF), so that stage
costs the same here and differs only by running on one core instead of several.
"""
from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import Dataset, Graph

from unhrkg.bench.common import median_time, peak_rss_mb, query_values, timed, view_queries


class Stages:
    """Seconds per stage, summed over documents."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def add(self, stage: str, seconds: float) -> None:
        self.seconds[stage] = self.seconds.get(stage, 0.0) + seconds


def _documents(files: list[Path], stages: Stages) -> Iterator[Any]:
    """Each file read, extracted, mapped and validated with pySHACL: (mapped, conforms)."""
    from unhrkg.extract import extract
    from unhrkg.pipeline.prepare import generation_time
    from unhrkg.map.document import map_record
    from unhrkg.map.reference import reference_graph
    from unhrkg.read import read_text
    from unhrkg.validate import Validator

    when, validator = generation_time(), Validator(reference_graph(), engine="pyshacl")
    for path in files:
        seconds, (text, record) = timed(lambda: _read(read_text, extract, path))
        stages.add("read+extract", seconds)
        seconds, mapped = timed(lambda: map_record(record, text.sha256, path.as_posix(), when))
        stages.add("map", seconds)
        seconds, result = timed(lambda: validator.validate(mapped.graph, source=str(mapped.graph_iri)))
        stages.add("validate", seconds)
        yield mapped, result.conforms


def _read(read_text: Any, extract: Any, path: Path) -> tuple[Any, Any]:
    text = read_text(path)
    return text, extract(text, file=path.as_posix())


def _load(files: list[Path], stages: Stages) -> Dataset:
    """The static graphs, every conforming document graph and the shared entities in one in-memory Dataset."""
    from unhrkg.model import iri
    from unhrkg.map.reference import reference_graph
    from unhrkg.model.resources import ontology_path

    ds = Dataset(default_union=True)

    def static() -> None:
        ds.graph(iri.ONTOLOGY_GRAPH).parse(ontology_path(), format="turtle")
        ds.graph(iri.REFERENCE_GRAPH).addN((s, p, o, ds.graph(iri.REFERENCE_GRAPH)) for s, p, o in reference_graph())
    stages.add("load", timed(static)[0])
    shared = ds.graph(iri.ENTITIES_GRAPH)
    for mapped, conforms in _documents(files, stages):
        if conforms:
            target = ds.graph(mapped.graph_iri)

            def load() -> None:
                target.addN((s, p, o, target) for s, p, o in mapped.own())
                shared.addN((s, p, o, shared) for s, p, o in mapped.entities())
            stages.add("load", timed(load)[0])
    return ds


def _queries(ds: Dataset, params: dict[str, str], timeout: float = 0.0) -> dict[str, dict[str, float]]:
    """Each named query on rdflib's engine; with a timeout, each in a forked copy of this process
    (the dataset shared, not rebuilt), stopped after ``timeout`` seconds: {"timeout": seconds}."""
    from unhrkg.query import library, with_values

    out = {}
    for name, q in library().items():
        text = with_values(q, query_values(q, params))  # the text our pipeline runs, parameters bound the same way
        out[name] = _limited(lambda text=text: _query(ds, text), timeout) if timeout > 0 else _query(ds, text)
    return out


def _query(ds: Dataset, text: str) -> dict[str, Any]:
    try:
        seconds, rows = median_time(lambda: list(ds.query(text)))
    except Exception as exc:  # rdflib's engine fails on some valid queries; the run goes on
        return {"error": f"{type(exc).__name__}: {exc}"[:200]}
    return {"seconds": seconds, "rows": len(rows)}


def _limited(run: Any, timeout: float) -> dict[str, Any]:
    """run() in a forked child, its answer sent back through a pipe; {"timeout": t} if it takes longer."""
    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=lambda: send.send(run()), daemon=True)
    child.start()
    send.close()
    answer = receive.recv() if receive.poll(timeout) else {"timeout": timeout}
    if child.is_alive():
        child.kill()
    child.join()
    return answer


def _export(ds: Dataset, out: Path) -> dict[str, float]:
    def merged() -> None:
        graph = Graph()
        for s, p, o, _g in ds.quads((None, None, None, None)):
            graph.add((s, p, o))
        graph.serialize(out / "rdflib.ttl", format="turtle")
    return {"export:ttl": timed(merged)[0],
            "export:trig": timed(lambda: ds.serialize(out / "rdflib.trig", format="trig"))[0]}


def view(select: Any) -> nx.MultiDiGraph:
    """The stance view from its two queries' rows: States and sponsors -> resolutions, with labels."""
    edges_text, facts_text = view_queries() or ("", "")
    graph = nx.MultiDiGraph()
    for row in select(facts_text):
        if row.get("key") == "name":
            graph.add_node(row["s"], label=row.get("value"))
    for row in select(edges_text):
        graph.add_edge(row["s"], row["o"], key=row["p"], doc=row.get("doc"), stance=row.get("stance"))
    return graph


def run(corpus: str, docs: int, work: str, params: dict[str, str], timeout: float = 0.0) -> dict[str, Any]:
    """The plain-rdflib pipeline over the corpus's first ``docs`` documents; returns the figures."""
    from unhrkg.bench.synth import read_manifest

    out = Path(work).resolve() / "rdflib-out"
    out.mkdir(parents=True, exist_ok=True)
    os.chdir(corpus)
    files = [Path(t.file) for t in read_manifest(".")[:docs]]
    stages = Stages()
    wall, ds = timed(lambda: _load(files, stages))
    exports = _export(ds, out)
    stages.seconds.update(exports)
    figures: dict[str, Any] = {"docs": len(files), "triples": len(ds), "stages": stages.seconds,
                               "build_seconds": wall + sum(exports.values())}
    figures["queries"] = _queries(ds, params, timeout)

    def select(text: str) -> list[dict[str, str]]:
        return [{str(k): str(v) for k, v in row.asdict().items()} for row in ds.query(text)]
    def viz() -> dict[str, Any]:
        seconds, graph = timed(lambda: view(select))
        return {"seconds": seconds, "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()}
    if view_queries() is not None:
        figures["viz"] = _limited(viz, timeout) if timeout > 0 else viz()
    figures["peak_rss_mb"] = peak_rss_mb()
    return figures

"""Stores the query, remote and push tests share: the corpus store extended with the documents
the corpus lacks, sample parameter values that give rows, and the check that a store holds only
whole documents."""
from __future__ import annotations

import os
import re
from datetime import datetime, timezone
from pathlib import Path

import yaml
from rdflib import Graph
from rdflib.compare import isomorphic

from helpers import EPOCH
from unhrkg import query as Q
from unhrkg.bench import synth
from unhrkg.bench.common import choose_params
from unhrkg.extract import extract
from unhrkg.map.document import map_record
from unhrkg.model.iri import ENTITIES_GRAPH
from unhrkg.pipeline.ingest import ingest
from unhrkg.read import read_text
from unhrkg.store import Store

SAMPLE = {"state": "PRK", "resolution": "CHR 2003/10", "session": "CHR 61", "item": "9", "stance": "rejects",
          "sponsor": "EU", "depth": "2", "endpoints": "5"}
SAMPLE_FOR = {"citation-chains": {"resolution": "HRC 5/1"}, "session-resolutions": {"session": "CHR 59"}}
# Citation chains, missions over time and quarantine need documents the corpus lacks: a three-link
# citation chain, a second PRK representative, a document whose dates fail validation.
RECORDS = {
    "chain-a": {"symbol": "A/HRC/60/1", "issued": "2025-09-01", "doc_type": "report", "author_body": "OHCHR",
                "resolutions": [{"body": "HRC", "number": "5/1"}]},
    "chain-b": {"symbol": "A/HRC/60/2", "issued": "2025-09-10", "doc_type": "report", "author_body": "OHCHR",
                "documents_cited": ["A/HRC/60/1"]},
    "chain-c": {"symbol": "A/HRC/60/3", "issued": "2025-09-20", "doc_type": "report", "author_body": "OHCHR",
                "documents_cited": ["A/HRC/60/2"]},
    "prk-2006": {"symbol": "E/CN.4/2006/G/7", "issued": "2006-03-01", "dated": "2006-02-20", "doc_type": "letter",
                 "author_states": ["PRK"], "accredited_to": "UNOG", "addressee": "OHCHR",
                 "signatories": [{"name": "Choe Myong Nam", "titles": ["Ambassador", "Permanent Representative"]}]},
    "bad-dates": {"symbol": "E/CN.4/2006/G/8", "issued": "2006-03-01", "dated": "2006-04-01", "doc_type": "letter",
                  "author_states": ["PRK"], "accredited_to": "UNOG", "addressee": "OHCHR"},
}


def build_extended_store(folder: Path, corpus: Store) -> Store:
    """A copy of the corpus store plus the RECORDS documents (one of them quarantined)."""
    corpus.flush()
    corpus.db.backup(str(folder / "db"))
    for name, record in RECORDS.items():
        (folder / f"{name}.txt.record.yaml").write_text(yaml.safe_dump({"file": f"{name}.txt", **record}))
    store = Store(folder / "db")
    report = ingest(store, [folder / f"{name}.txt" for name in RECORDS])
    assert [o.status for o in report.outcomes].count("quarantined") == 1, report.summary()
    return store


def sample_values(query: Q.NamedQuery, optional: bool) -> dict[str, str]:
    """Parameter values that give rows: the required ones, and the optional ones too if asked."""
    sample = {**SAMPLE, **SAMPLE_FOR.get(query.name, {})}
    return {p.name: sample[p.name] for p in query.params if optional or not p.optional}


def rows(store: Store, name: str, **params: str) -> list[dict[str, object]]:
    return Q.run(store.db, Q.load(name), params).rows


def pick(result: list[dict[str, object]], *keys: str) -> list[tuple[object, ...]]:
    return [tuple(r[k] for k in keys) for r in result]


def copy_store(corpus_store: Store, folder: Path) -> Path:
    corpus_store.db.backup(str(folder / "db"))  # the test session holds the corpus store open read-write
    return folder / "db"


def assert_only_whole_documents(store_dir: Path, cwd: Path) -> int:
    """Every stored document graph equals the graph its source file maps to, and the entities
    graph holds what identifies every shared entity it names."""
    when = datetime.fromtimestamp(int(EPOCH), tz=timezone.utc)
    with Store(store_dir) as store:
        sources = store.sources()
        entities = store.graph(ENTITIES_GRAPH)
        for path, (graph_iri, _sha) in sources.items():
            text = read_text(cwd / path)
            expected = map_record(extract(text, file=path), text.sha256, path, when)
            assert expected.graph_iri == graph_iri
            own = Graph()
            for triple in expected.own():
                own.add(triple)
            assert isomorphic(store.graph(graph_iri), own), f"{path} is not whole"
            missing = [t for t in expected.entities() if t not in entities]
            assert not missing, f"{path}: entities missing from the entities graph: {missing[:3]}"
        return len(sources)


def synthetic_store(folder: Path) -> tuple[Store, dict[str, str]]:
    """A store of 160 synthetic documents (dates, ties, undated ones, citations, sponsors...) and
    parameter values that give each named query rows."""
    synth.generate(160, folder / "corpus", seed=3)
    cwd = os.getcwd()
    os.chdir(folder / "corpus")
    try:
        store = Store(folder / "db")
        report = ingest(store, ["."], workers=0)
    finally:
        os.chdir(cwd)
    assert report.count("loaded") > 150
    params = choose_params(synth.read_manifest(folder / "corpus"))
    return store, {**params, "resolution": most_cited_resolution(store)}


def most_cited_resolution(store: Store) -> str:
    """A resolution that documents lead to through citations (as BODY NUMBER), for citation-chains."""
    text = ("SELECT ?r (COUNT(DISTINCT ?x) AS ?n) WHERE { ?c unhr:cites ?x . ?x unhr:refersToResolution ?r } "
            "GROUP BY ?r ORDER BY DESC(?n) ?r LIMIT 1")
    iri = Q.run(store.db, Q.parse_query("cited", text)).rows[0]["r"]
    body, number = re.fullmatch(r".*/resolution/(\w+)/(.+)", iri).groups()  # type: ignore[union-attr]
    return f"{body} {number}"

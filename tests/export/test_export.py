"""``unhrkg export``: every format reads back as the same graph; JSON-LD compacted, Turtle without escapes."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import rdflib
from rdflib.compare import isomorphic

from unhrkg.export import export
from unhrkg.export.jsonld import Compactor
from unhrkg.model.namespaces import PREFIXES
from unhrkg.query import declared_prefixes
from unhrkg.store import Store

ID = "https://w3id.org/unhrkg/id/"
#: a string literal as pyoxigraph writes it (double quotes, backslash escapes inside)
STRING = re.compile(r'"(?:[^"\\]|\\.)*"')


@pytest.fixture(scope="module")
def merged(corpus_store: Store, tmp_path_factory: pytest.TempPathFactory) -> rdflib.Graph:
    """The store's union as N-Triples (no prefixes, nothing to compact): what the other formats must equal."""
    path = export(corpus_store, tmp_path_factory.mktemp("nt") / "g.nt")
    return rdflib.Graph().parse(path, format="nt")


def test_jsonld_is_compacted_with_the_query_prefixes(corpus_store: Store, merged: rdflib.Graph,
                                                     tmp_path: Path) -> None:
    path = export(corpus_store, tmp_path / "g.jsonld")
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["@context"] == declared_prefixes() == {p: str(ns) for p, ns in PREFIXES.items()}
    nodes: dict[str, dict[str, object]] = {}
    for node in document["@graph"]:  # a subject met again later has a second node object
        nodes.setdefault(node["@id"], {}).update(node)
    prk = nodes["id:state/PRK"]
    assert prk["@type"] == "unhr:State" and prk["unhr:iso3"] == "PRK"
    assert prk["skos:exactMatch"] == {"@id": "eucountry:PRK"}
    letter = nodes["id:doc/E/CN.4/2005/G/13"]
    assert letter["unhr:symbol"] == "E/CN.4/2005/G/13"
    assert letter["unhr:dated"] == {"@value": "2005-02-28", "@type": "xsd:date"}
    assert not any(key.startswith("https://w3id.org/unhrkg/") for node in nodes.values() for key in node)
    back = rdflib.Graph().parse(path, format="json-ld")
    assert len(back) == len(merged) and isomorphic(back, merged)


def test_jsonld_compaction_reads_back_unambiguously() -> None:
    compact = Compactor({"id": ID, "ex": "http://example.org/", "exa": "http://example.org/a/"})
    assert compact(ID + "session/HRC/S-2") == "id:session/HRC/S-2"
    assert compact("http://example.org/a/b") == "exa:b"  # the longest namespace
    assert compact("http://example.org///x") == "http://example.org///x"  # "ex://x" would read as an absolute IRI
    assert compact(ID) == ID and compact("urn:sha256:00") == "urn:sha256:00"


@pytest.mark.parametrize("ext, fmt", [(".ttl", "turtle"), (".trig", "trig")])
def test_turtle_names_need_no_escapes(corpus_store: Store, merged: rdflib.Graph, tmp_path: Path, ext: str,
                                      fmt: str) -> None:
    """Was ``id:session\\/HRC\\/S-2``: an instance IRI with slashes is written whole, a State as state:PRK."""
    path = export(corpus_store, tmp_path / f"g{ext}")
    text = path.read_text(encoding="utf-8")
    outside_literals = STRING.sub('""', text)
    assert "\\" not in outside_literals
    assert re.search(r"^\s*<https://w3id\.org/unhrkg/id/session/HRC/S-2> ", text, re.M)
    assert "state:PRK" in text and "body:OHCHR" in text and "unhr:symbol" in text
    if fmt == "turtle":
        back = rdflib.Graph().parse(path, format="turtle")
        assert len(back) == len(merged) and isomorphic(back, merged)
    else:
        dataset = rdflib.Dataset()
        dataset.parse(path, format="trig")
        quads = rdflib.Dataset()
        quads.parse(export(corpus_store, tmp_path / "g.nq"), format="nquads")
        names = {g.identifier for g in quads.graphs()} - {rdflib.graph.DATASET_DEFAULT_GRAPH_ID}
        assert names and names == {g.identifier for g in dataset.graphs()} - {rdflib.graph.DATASET_DEFAULT_GRAPH_ID}
        assert all(isomorphic(dataset.graph(name), quads.graph(name)) for name in names)

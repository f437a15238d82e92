"""The benchmark and the performance work it measures.

- the synthetic corpus: deterministic from its seed, and it says what it means (the extractor
  reads back the symbols, authors, sessions and positions the generator wrote);
- the compiled SHACL validator gives exactly pySHACL's violations (every case of
  tests/data/shapes, and seeded mutations of generated document graphs);
- parallel, batched ingest gives the same graphs as one document at a time, and touches only
  what changed;
- a small benchmark run (200 documents) as a smoke test: every stage, query (its first page
  through the CLI and through ``serve``) and ratio is in its JSON, and its counts match the
  corpus. No timing is asserted anywhere.
"""
from __future__ import annotations

import json
import random
from datetime import datetime, timezone
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import SH, XSD

from helpers.shapes import SHAPES, expectation
from unhrkg.bench import synth
from unhrkg.extract import extract
from unhrkg.pipeline.ingest import ingest
from unhrkg.map.document import map_record
from unhrkg.map.reference import reference_graph
from unhrkg.read import read_text
from unhrkg.store import Store
from unhrkg.validate import Validator, shapes_graph
from unhrkg.validate.compiled import CompiledShapes, Unsupported

REFERENCE = reference_graph()
WHEN = datetime(2026, 1, 1, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("synth") / "corpus"
    synth.generate(240, folder, seed=11)
    return folder


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_the_synthetic_corpus_is_deterministic_from_its_seed(tmp_path: Path, corpus: Path) -> None:
    synth.generate(240, tmp_path / "again", seed=11)
    assert _files(tmp_path / "again") == _files(corpus)
    synth.generate(40, tmp_path / "prefix", seed=11)
    assert [t.file for t in synth.read_manifest(tmp_path / "prefix")] == [t.file for t in synth.read_manifest(corpus)][:40]
    assert all((tmp_path / "prefix" / f).read_bytes() == (corpus / f).read_bytes()
               for f in [t.file for t in synth.read_manifest(tmp_path / "prefix")])
    synth.generate(40, tmp_path / "other", seed=12)
    assert _files(tmp_path / "other") != _files(tmp_path / "prefix")


def test_the_corpus_has_the_genre_and_the_fan_out(corpus: Path) -> None:
    truths = synth.read_manifest(corpus)
    assert {t.kind for t in truths} == {k for k, _ in synth.KINDS}
    assert len({s for t in truths for s in t.author_states}) > 80  # of the 193 Member States
    assert len({(p["target"]["body"], p["target"]["number"]) for t in truths for p in t.positions}) > 150
    assert len({json.dumps(t.session) for t in truths if t.session}) > 40
    symbols = [t.symbol for t in truths if t.symbol]
    assert len(symbols) == len(set(symbols)), "every symbol is minted once"


def _positions(items: list[dict[str, object]]) -> set[tuple[str, str, str]]:
    return {(p["target"]["body"], p["target"]["number"], p["stance"]) for p in items}  # type: ignore[index]


def test_the_extractor_reads_back_what_the_generator_wrote(corpus: Path) -> None:
    for truth in synth.read_manifest(corpus):
        record = extract(read_text(corpus / truth.file), file=truth.file)
        got = (record.symbol, record.doc_type, record.author_states, record.session, _positions(record.positions))
        want = (truth.symbol, truth.doc_type, truth.author_states, truth.session, _positions(truth.positions))
        assert got == want, truth.file


def _cases() -> list[Path]:
    return sorted(SHAPES.rglob("*.ttl"))


@pytest.mark.parametrize("path", _cases(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_compiled_shapes_give_pyshacls_violations(path: Path) -> None:
    graph = Graph().parse(path, format="turtle")
    reference = None if expectation(path).standalone else REFERENCE
    expected = Validator(reference, "pyshacl").validate(graph, source=path.name)
    assert Validator(reference, "compiled").validate(graph, source=path.name).violations == expected.violations


def test_the_equivalence_covers_every_failing_case() -> None:
    assert len([p for p in _cases() if p.parent.name == "fail"]) >= 90
    assert Validator(REFERENCE, "compiled").compiled is not None, "the shapes must compile"


MUTANTS = [Literal("x"), Literal("2005-02-31", datatype=XSD.date), Literal("1900-01-01", datatype=XSD.date),
           Literal(300), Literal(0), Literal("ab", lang="en"), Literal("memo"), Literal("2007/3"), Literal(""),
           URIRef("https://w3id.org/unhrkg/id/state/XXX"), URIRef("https://w3id.org/unhrkg/id/body/EU")]


def test_compiled_shapes_agree_with_pyshacl_on_mutated_documents(corpus: Path) -> None:
    """Three triples of each document dropped or given a wrong value; both engines report the same.
    (pySHACL 0.40 raises TypeError where sh:lessThanOrEquals compares a date with a number: such
    a graph has no pySHACL answer to compare with, and is counted apart.)"""
    rng, exact, compiled = random.Random(5), Validator(REFERENCE, "pyshacl"), Validator(REFERENCE, "compiled")
    broken, crashed = 0, []
    for truth in synth.read_manifest(corpus)[:40]:
        text = read_text(corpus / truth.file)
        triples = sorted(map_record(extract(text), text.sha256, truth.file, WHEN).triples)
        graph = Graph()
        for t in triples:
            graph.add(t)
        for s, p, o in rng.sample(triples, 3):
            graph.remove((s, p, o)) if rng.random() < 0.4 else graph.add((s, p, rng.choice(MUTANTS)))
        try:
            expected = exact.validate(graph, truth.file).violations
        except TypeError:
            crashed.append(truth.file)
            continue
        broken += bool(expected)
        assert compiled.validate(graph, truth.file).violations == expected, truth.file
    assert len(crashed) <= 2, f"pySHACL failed on {crashed}"
    assert broken > 20, "the mutations must break most graphs, or nothing was compared"


def test_shapes_the_compiler_does_not_know_fall_back_to_pyshacl() -> None:
    shapes = Graph()
    for triple in shapes_graph():
        shapes.add(triple)
    shape = next(iter(shapes.subjects(SH.targetClass, None)))
    shapes.add((shape, SH.closed, Literal(True)))
    with pytest.raises(Unsupported):
        CompiledShapes(shapes)


def _quads(store: Store) -> set[str]:
    return {str(q) for q in store.quads()}


def test_parallel_batched_ingest_gives_the_same_store(corpus: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(corpus)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    with Store(tmp_path / "one") as one, Store(tmp_path / "many") as many:
        a = ingest(one, ["."], workers=1)
        b = ingest(many, ["."], workers=2)
        assert [(o.path, o.status) for o in a.outcomes] == [(o.path, o.status) for o in b.outcomes]
        assert a.count("loaded") + a.count("quarantined") == 240 and not a.count("failed")
        assert _quads(one) == _quads(many)
        for g in one.document_graphs()[:20]:
            assert isomorphic(one.graph(g), many.graph(g))


def test_a_second_ingest_reads_only_what_changed(corpus: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    import unhrkg.pipeline.prepare as prepare_module

    shutil.copytree(corpus, tmp_path / "corpus")
    corpus = tmp_path / "corpus"
    monkeypatch.chdir(corpus)
    with Store(tmp_path / "db") as store:
        ingest(store, ["."], workers=0)
        seen: list[str] = []
        real = prepare_module.extract
        monkeypatch.setattr(prepare_module, "extract", lambda text, file: seen.append(file) or real(text, file=file))
        changed = corpus / synth.read_manifest(corpus)[3].file
        changed.write_text(changed.read_text(encoding="utf-8") + "\nThe Government welcomes the dialogue.\n")
        report = ingest(store, ["."], workers=0)
        assert seen == [changed.relative_to(corpus).as_posix()]
        assert report.count("unchanged") == 239 and report.count("loaded") == 1


def test_the_benchmark_smoke_run(tmp_path: Path) -> None:
    from unhrkg.bench.__main__ import main

    out = tmp_path / "bench.json"
    assert main(["--docs", "200", "--rdflib-docs", "25", "--work", str(tmp_path / "work"),
                 "--query-timeout", "0", "--json", str(out)]) == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    truths = synth.read_manifest(tmp_path / "work" / "corpus-200-seed7")
    ours, raw, lib = result["ours"], result["raw"], result["rdflib"]
    assert len(truths) == 200 and lib["docs"] == 25
    assert ours["outcomes"]["loaded"] + ours["outcomes"]["quarantined"] == 200 and not ours["outcomes"]["failed"]
    assert ours["document_graphs"] == ours["outcomes"]["loaded"] and raw["triples"] == ours["triples"]
    stages = {r["stage"] for r in result["stages"]}
    assert stages >= {"read+extract", "map", "validate", "load", "export:ttl", "export:trig", "build (wall)"}
    assert all(r["docs_per_s"] and r["triples_per_s"] for r in result["stages"])
    from unhrkg.query import library

    assert {q["query"] for q in result["queries"]} == set(library()) | {"viz: stance view"}
    assert all(q["rows"] == q["raw_rows"] for q in result["queries"] if q["query"] in library())
    assert set(result["ratios"]) >= {"end_to_end_x_rdflib", "queries_median_ours_over_raw", "queries_median_x_rdflib",
                                     "per_stage_x_rdflib", "per_stage_x_raw", "per_query_x_raw", "per_query_x_rdflib"}
    assert result["ratios"]["end_to_end_x_rdflib"] and result["ratios"]["queries_median_ours_over_raw"]
    assert len(result["targets"]) == 7 and ours["add_one"]["status"] == "loaded"
    named = [q for q in result["queries"] if q["query"] in library()]
    assert all(q["first_page_seconds"] and q["first_page_rows"] == min(q["rows"], 100) for q in named)
    assert all(q["serve_first_page_seconds"] and q["serve_first_page_rows"] == q["first_page_rows"] for q in named)
    measured = {t["target"]: t["measured"] for t in result["targets"]}
    assert measured["every named query's first page <= 1 s (CLI)"]
    assert measured["every named query's first page <= 1 s (serve, over HTTP)"]
    assert measured["build <= 2.5x the raw engine's floor"] and measured["push rates beside each server's own bulk load"] is None
    assert all(v > 0 for v in result["memory_mb"].values())
    # a second run with --resume reads the finished stages back: the same figures, no stage run again
    out_again = tmp_path / "again.json"
    stamps = {p.name: p.stat().st_mtime for p in (tmp_path / "work").glob("*.json")}
    assert main(["--docs", "200", "--rdflib-docs", "25", "--work", str(tmp_path / "work"),
                 "--query-timeout", "0", "--json", str(out_again), "--resume"]) == 0
    again = json.loads(out_again.read_text(encoding="utf-8"))
    assert again["ours"] == result["ours"] and again["rdflib"] == result["rdflib"] and again["raw"] == result["raw"]
    assert {p.name: p.stat().st_mtime for p in (tmp_path / "work").glob("*.json")} == stamps

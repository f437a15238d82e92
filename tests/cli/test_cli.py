"""The command line, run in-process the way a user runs it (outputs under tmp_path)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from helpers import CORPUS, DEV_GOLD, SEED_LETTER, SEED_NOTE
from unhrkg.cli import main


def run(*args: str, cwd: Path | None = None) -> tuple[int, str, str]:
    runner = CliRunner()
    if cwd is None:
        result = runner.invoke(main, list(args), catch_exceptions=False)
    else:
        with runner.isolated_filesystem(temp_dir=cwd):
            result = runner.invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def gold() -> dict[str, dict[str, object]]:
    return {Path(e["file"]).name: e for e in yaml.safe_load(DEV_GOLD.read_text(encoding="utf-8"))}


@pytest.mark.parametrize("seed", [SEED_NOTE, SEED_LETTER])
def test_extract_json_gives_the_gold_record_of_each_seed(seed: Path, gold: dict[str, dict[str, object]]) -> None:
    code, out, _ = run("extract", "--format", "json", str(seed))
    assert code == 0
    record = json.loads(out)
    expected = dict(gold[seed.name], file=str(seed))
    assert list(record) == list(expected)  # exactly the SCHEMA fields, in order
    for key in ("positions", "sponsors", "signatories"):
        record[key] = [{k: v for k, v in item.items() if k not in ("evidence", "rule")} for item in record[key]]
    for key in expected:
        value, want = record[key], expected[key]
        if isinstance(want, list) and want and not isinstance(want[0], dict):
            value, want = sorted(value), sorted(want)
        assert value == want, key


def test_extract_json_is_one_line_per_file() -> None:
    code, out, _ = run("extract", "--format", "json", str(SEED_NOTE), str(SEED_LETTER))
    assert code == 0 and len(out.strip().splitlines()) == 2


def test_extract_reports_an_unreadable_file_and_goes_on(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    code, out, err = run("extract", "--format", "json", str(empty), str(SEED_NOTE))
    assert code == 2 and "empty.txt" in err and "empty" in err
    assert json.loads(out)["dated"] == "2004-02-04"


def test_build_summary_shows_the_seed_facts(tmp_path: Path) -> None:
    code, out, err = run("build", "--corpus", str(CORPUS), "--out", str(tmp_path / "out"),
                         "--store", str(tmp_path / "store"))
    assert code == 0, err
    assert "10 loaded" in out and "conforms" in out
    assert (tmp_path / "out" / "unhrkg.ttl").stat().st_size > 0 and (tmp_path / "out" / "unhrkg.trig").exists()
    lines = out.splitlines()
    note = next(ln for ln in lines if "CHR resolution 2003/10" in ln)
    assert "rejects" in note and "Democratic People's Republic of Korea" in note and "European Union" in note
    letter = next(ln for ln in lines if ln.startswith("id:doc/E/CN.4/2005/G/13 "))
    for fact in ("2005-03-02", "2005-02-28", "CHR 61", "OHCHR", "PRK"):
        assert fact in letter
    assert any("Ri Tcheul" in ln and "Ambassador" in ln for ln in lines)
    assert any("E/CN.4/2005/G/13" in ln and "E/CN.4/2005/32" in ln for ln in lines)


def test_building_twice_gives_an_isomorphic_graph(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    graphs = []
    for n in ("a", "b"):
        code, _, err = run("build", "--corpus", str(CORPUS), "--out", str(tmp_path / n), "--store", str(tmp_path / f"s{n}"))
        assert code == 0, err
        graphs.append(Graph().parse(tmp_path / n / "unhrkg.ttl"))
    assert len(graphs[0]) == len(graphs[1]) and isomorphic(graphs[0], graphs[1])
    code, out, _ = run("build", "--corpus", str(CORPUS), "--out", str(tmp_path / "a"), "--store", str(tmp_path / "sa"))
    assert "10 unchanged" in out
    assert isomorphic(Graph().parse(tmp_path / "a" / "unhrkg.ttl"), graphs[0])


def test_ingest_query_export_validate_tour(tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    assert run("ingest", str(SEED_NOTE), str(SEED_LETTER), "--store", store)[0] == 0
    code, out, _ = run("query", "rejected-resolutions", "--param", "state=PRK", "--format", "csv", "--store", store)
    assert code == 0 and out.splitlines()[0].startswith("state,resolution,number") and len(out.splitlines()) == 3
    code, out, _ = run("query", "rejected-resolutions", "-p", "state=EGY", "--store", store)
    assert code == 1 and "(0 rows)" in out
    code, out, _ = run("query", "CONSTRUCT { ?s ?p ?o } WHERE { ?s <https://w3id.org/unhrkg/ontology#symbol> ?o BIND(<x:p> AS ?p) }",
                       "--store", store)
    assert code == 0 and "E/CN.4/2005/G/13" in out
    for ext in ("ttl", "trig", "nq", "nt", "jsonld"):
        code, out, _ = run("export", "-o", str(tmp_path / f"g.{ext}"), "--store", store)
        assert code == 0 and (tmp_path / f"g.{ext}").stat().st_size > 1000
    ds = Dataset()
    ds.parse(tmp_path / "g.trig", format="trig")
    assert sum(1 for g in ds.graphs() if "/graph/doc/" in str(g.identifier)) == 2
    assert run("validate", "--store", store)[0] == 0
    assert run("validate", str(tmp_path / "g.trig"))[0] == 0


def test_validate_file_with_a_violation_exits_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("<https://w3id.org/unhrkg/id/x> a <https://w3id.org/unhrkg/ontology#Position> .\n")
    code, out, _ = run("validate", str(bad))
    assert code == 1 and "evidence" in out and "focus:" in out


def test_ingest_bad_files_reports_each_and_keeps_the_good(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "good.txt").write_bytes(SEED_LETTER.read_bytes())
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 10)
    code, out, err = run("ingest", str(folder), "--store", str(tmp_path / "store"))
    assert code == 2
    assert "empty.txt" in err and "binary.txt" in err and "1 loaded" in out and "2 failed" in out


def test_review_loop_loads_the_corrected_record(tmp_path: Path) -> None:
    doc = tmp_path / "letter.txt"
    doc.write_bytes(SEED_LETTER.read_bytes())
    code, out, _ = run("extract", "--format", "yaml", str(doc))
    record = yaml.safe_load(out)
    record["agenda_items"] = ["9", "10"]
    (tmp_path / "letter.txt.record.yaml").write_text(yaml.safe_dump(record))
    store = str(tmp_path / "store")
    assert run("ingest", str(doc), "--store", store)[0] == 0
    code, out, _ = run("query", "documents-under-agenda-item", "-p", "session=CHR 61", "-p", "item=10", "--store", store)
    assert code == 0 and "E/CN.4/2005/G/13" in out
    code, out, _ = run("query", "SELECT ?o WHERE { ?g <https://w3id.org/unhrkg/ontology#recordOrigin> ?o }",
                       "--format", "tsv", "--store", store)
    assert out.splitlines()[1:] == ["reviewed"]


def test_a_reviewed_record_with_a_bad_field_is_refused(tmp_path: Path) -> None:
    doc = tmp_path / "letter.txt"
    doc.write_bytes(SEED_LETTER.read_bytes())
    (tmp_path / "letter.txt.record.yaml").write_text("file: letter.txt\ndoc_type: memo\nissued: '2005-02-31'\n")
    code, _, err = run("ingest", str(doc), "--store", str(tmp_path / "store"))
    assert code == 2 and "letter.txt.record.yaml" in err and "doc_type" in err and "issued" in err
    (tmp_path / "letter.txt.record.yaml").write_text("file: letter.txt\nissued: 2005-02-31\n")
    code, _, err = run("ingest", str(doc), "--store", str(tmp_path / "store"))
    assert code == 2 and "letter.txt.record.yaml" in err and "out of range" in err


def test_queries_lists_the_library() -> None:
    code, out, _ = run("queries")
    assert code == 0 and "rejected-resolutions" in out and "--param state=<state>" in out


def test_unknown_query_is_a_clear_error() -> None:
    code, _, err = run("query", "no-such-query")
    assert code == 2 and err.startswith("error: no query named 'no-such-query'")


def test_commands_that_read_a_store_refuse_a_missing_one(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-store"
    for args in (["query", "documents"], ["validate"], ["export", "-o", str(tmp_path / "g.ttl")],
                 ["push", "--endpoint", "http://127.0.0.1:9/query"]):
        code, out, err = run(*args, "--store", str(missing))
        assert code == 2, args
        assert f"no store at {missing}" in err and "unhrkg build" in err, args
        assert len(err.strip().splitlines()) == 1, args
    assert not missing.exists()  # nothing was created
    assert not (tmp_path / "g.ttl").exists()


def test_ad_hoc_queries_may_use_the_project_prefixes_undeclared(tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert run("ingest", str(SEED_LETTER), "--store", str(store))[0] == 0
    code, out, _ = run("query", "SELECT ?s WHERE { ?d a unhr:Letter ; unhr:symbol ?s ; rdfs:label ?l }",
                       "--store", str(store), "--format", "csv")
    assert code == 0 and "E/CN.4/2005/G/13" in out
    code, out, _ = run("queries", "--prefixes")
    assert code == 0 and "PREFIX unhr: <https://w3id.org/unhrkg/ontology#>" in out.splitlines()


def test_query_width_and_a_repeated_parameter(tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert run("ingest", str(SEED_LETTER), "--store", str(store))[0] == 0
    _, cut, _ = run("query", "positions", "--store", str(store))
    _, whole, _ = run("query", "positions", "--store", str(store), "--width", "0")
    assert "\u2026" in cut and "\u2026" not in whole
    assert max(len(line) for line in whole.splitlines()) > max(len(line) for line in cut.splitlines())
    code, _, err = run("query", "positions", "-p", "stance=rejects", "-p", "stance=supports", "--store", str(store))
    assert code == 2 and "given twice" in err


def test_validate_file_with_ill_typed_dates_reports_each_violation_once_without_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text('@prefix unhr: <https://w3id.org/unhrkg/ontology#> .\n'
                   '@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n'
                   '<https://w3id.org/unhrkg/id/doc/x> a unhr:Letter ; unhr:dated "2004-02-31"^^xsd:date ; '
                   'unhr:issued "not a date"^^xsd:date .\n')
    code, out, err = run("validate", str(bad))
    assert code == 1 and "Traceback" not in err + out
    assert out.count("value:  2004-02-31") == 1 and out.count("value:  not a date") == 1

"""Pages of every named query, the names answers give documents, and what a page costs.

- A page is asked of the engine (LIMIT/OFFSET, and ``#page`` windows that read only what a page
  needs): on a synthetic corpus, every named query's pages put end to end are its whole
  answer, row for row, and ``more`` says whether rows follow.
- Documents are named by symbol, else by file name and date (never ``Document 73ab...``).
- ``?d a unhr:Document`` finds every document, whatever its kind.
- ``citation-chains`` is bounded by its ``depth`` and ``endpoints`` parameters and says where it cut.
- ``unhrkg query`` shows a page with a line saying how to get the next, or every row.
"""
from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest
import yaml
from click.testing import CliRunner

from helpers.stores import SAMPLE, SAMPLE_FOR, pick, rows
from unhrkg import query as Q
from unhrkg.cli import main
from unhrkg.errors import QueryError
from unhrkg.pipeline.ingest import ingest
from unhrkg.query.page import count, page
from unhrkg.query.text import for_endpoint, page_text, subquery_groups
from unhrkg.store import Store

ID = "https://w3id.org/unhrkg/id/"
UNHR = "https://w3id.org/unhrkg/ontology#"


def _run(store: Store, values: dict[str, str]):  # type: ignore[no-untyped-def]
    return lambda q: Q.run(store.db, q, values)


@pytest.mark.parametrize("name", sorted(Q.library()))
def test_the_pages_of_every_query_make_its_whole_answer(synthetic: tuple[Store, dict[str, str]], name: str) -> None:
    store, params = synthetic
    query = Q.load(name)
    values = {p.name: params[p.name] for p in query.params if not p.optional and p.default is None}
    whole = Q.run(store.db, query, values).rows
    assert whole, f"{name} has no rows on the synthetic corpus: nothing would be compared"
    for size in (1, 7, 40):
        pages, offset, more = [], 0, True
        while more:
            got = page(query, size, offset, _run(store, values))
            assert len(got.rows) <= size
            pages += got.rows
            offset, more = offset + size, got.more
            assert more == (offset < len(whole)), (name, size, offset)
        assert pages == whole, (name, size)
    assert count(store.db, query, values) == len(whole)


@pytest.mark.parametrize("name, param", [(n, p.name) for n, q in sorted(Q.library().items())
                                         for p in q.params if p.optional and p.default is None])
def test_an_optional_parameter_keeps_the_rows_of_its_value(synthetic: tuple[Store, dict[str, str]],
                                                            name: str, param: str) -> None:
    """The value is bound inside each subquery that projects it (a subquery's own LIMIT or
    grouping sees it), so the rows are those of the whole answer that have it, in the same order."""
    store, params = synthetic
    query = Q.load(name)
    values = {p.name: params[p.name] for p in query.params if not p.optional and p.default is None}
    every = Q.run(store.db, query, values).rows
    value = every[len(every) // 2][param]  # a value the answer has
    given = re.sub(r".*/(?:state|body)/", "", re.sub(r".*/resolution/(\w+)/", r"\1 ", value))
    some = Q.run(store.db, query, {**values, param: given}).rows
    assert some and len(some) < len(every)
    assert some == [r for r in every if r[param] == value]
    assert page(query, 5, 0, _run(store, {**values, param: given})).rows == some[:5]


def test_a_state_asked_of_signatories_narrows_its_window(synthetic: tuple[Store, dict[str, str]]) -> None:
    """The window of signed documents is of the State's own, so its first page is asked once: a
    window of every State's documents would hold few of its rows and be asked again, larger."""
    store, _ = synthetic
    query = Q.load("signatories")
    every = Q.run(store.db, query).rows
    states = {r["state"] for r in every}
    state = min((s for s in states if sum(r["state"] == s for r in every) > 3),  # a page's worth, not many
                key=lambda s: (sum(r["state"] == s for r in every), s))
    given = state.rsplit("/", 1)[1]
    asked: list[str] = []

    def execute(q: Q.NamedQuery) -> Q.QueryResult:
        asked.append(q.text)
        return Q.run(store.db, q, {"state": given})

    got = page(query, 3, 0, execute)
    assert got.rows == [r for r in every if r["state"] == state][:3]
    assert len(states) > 3 and len(asked) == 1

def test_a_page_is_asked_of_the_engine() -> None:
    text = Q.load("positions").text
    paged = page_text(text, 10, 20)
    assert paged.rstrip().endswith("LIMIT 11 OFFSET 20")
    assert "ORDER BY ?dated LIMIT 38 #page" in paged  # 31 rows needed, 1.2 documents a row
    assert page_text(text, None) == text  # every row: the query as written
    user = "SELECT ?s WHERE { ?s ?p ?o } LIMIT 3"
    result = page(Q.parse_query("mine", user), 2, 0, lambda q: Q.QueryResult(["s"], [{"s": q.text}] * 3))
    assert result.rows == [{"s": user}] * 2 and result.more  # its own LIMIT kept; the page cut here


def test_what_sorts_after_every_window_is_read_only_when_no_window_bounds_the_page() -> None:
    """The undated documents (an ``#unpaged`` section) sort after the dated ones: a bounded page leaves them out,
    an unbounded one (every row, or a window too large to bound anything) reads them."""
    text = Q.with_values(Q.load("documents"), {})  # its parts included
    assert "#unpaged" in text and "unhr:describes" in text
    bounded = page_text(text, 100, 0)
    assert "#unpaged" not in bounded and "?g unhr:describes ?document" not in bounded and "LIMIT 122 #page" in bounded
    assert "?g unhr:describes ?document" in page_text(text, None)
    too_large = page_text(text, 100, 20000)
    assert "?g unhr:describes ?document" in too_large and not re.search(r"LIMIT \d+ #page", too_large)


def _three_subjects() -> ox.Store:
    db = ox.Store()
    for s, o in (("a", "x"), ("b", "y"), ("c", "x")):
        db.add(ox.Quad(ox.NamedNode(f"http://t/{s}"), ox.NamedNode("http://t/p"), ox.Literal(o), ox.NamedNode("http://t/g")))
    return db


def test_a_parameter_binds_inside_a_subquery_that_projects_it() -> None:
    text = ("# the first subject with a value\n# param: v string the value\n"
            "SELECT ?v ?s WHERE { { SELECT ?v ?s WHERE { ?s <http://t/p> ?v } ORDER BY ?s LIMIT 1 } }")
    query = Q.parse_query("first", text)
    assert [r["s"] for r in Q.run(_three_subjects(), query, {"v": "y"}).rows] == ["http://t/b"]  # not cut to a
    assert len(subquery_groups(Q.with_values(query, {"v": "y"}), {"v"})) == 1


def test_a_subquery_whose_last_line_is_a_comment_still_gets_its_values() -> None:
    text = ("# param: v string the value\n"
            "SELECT ?v ?s WHERE { { SELECT ?v ?s WHERE {\n  ?s <http://t/p> ?v  # its value\n} ORDER BY ?s LIMIT 1 } }")
    assert [r["s"] for r in Q.run(_three_subjects(), Q.parse_query("first", text), {"v": "y"}).rows] == ["http://t/b"]


def test_a_window_over_what_virtuoso_sorts_under_a_limit_bounds_nothing() -> None:
    """Virtuoso refuses a sorted LIMIT over 10,000 rows: a window of more items is left out, in one attempt."""
    query = Q.load("problem-documents")  # 20 documents a row
    assert "LIMIT 2020 #page" in page_text(query.text, 100, 0)
    assert "#page" in page_text(query.text, 100, 600) and not re.search(r"LIMIT \d+ #page", page_text(query.text, 100, 600))
    asked: list[str] = []
    page(query, 100, 600, lambda q: asked.append(q.text) or Q.QueryResult(["problem"], []))  # type: ignore[func-returns-value]
    assert len(asked) == 1  # no larger window tried: none bounds anything


def test_remote_lines_are_uncommented_for_an_endpoint_only() -> None:
    text = 'SELECT ?s WHERE {\n  #remote { SELECT ?s WHERE {\n  ?s ?p "#remote x"  # no #remote here\n  #remote } }\n}'
    assert for_endpoint(text) == 'SELECT ?s WHERE {\n  { SELECT ?s WHERE {\n  ?s ?p "#remote x"  # no #remote here\n  } }\n}'
    assert Q.run(_three_subjects(), Q.parse_query("q", text)).rows == []  # locally the lines are comments
    chains = Q.load("citation-chains").text
    assert "#remote" in chains and "#remote" not in for_endpoint(chains)


def test_documents_are_named_by_symbol_else_file_and_date(corpus_store: Store) -> None:
    got = {r["document"]: r["label"] for r in rows(corpus_store, "documents")}
    assert got[ID + "doc/E/CN.4/2005/G/13"] == "E/CN.4/2005/G/13"
    assert got[ID + "doc/sha256-028c342199dc86f57484"] == "000_e9ba8eca00d86e24.txt (2004-02-04)"
    assert not [label for label in got.values() if label.startswith("Document ") or "sha256" in label]
    assert pick(rows(corpus_store, "positions", stance="rejects"), "document")[0] == ("000_e9ba8eca00d86e24.txt (2004-02-04)",)


@pytest.mark.parametrize("name", sorted(Q.library()))
def test_every_answer_naming_a_document_has_its_readable_name(corpus_store: Store, name: str) -> None:
    query = Q.load(name)
    values = {p.name: {**SAMPLE, **SAMPLE_FOR.get(name, {})}[p.name] for p in query.params
              if not p.optional and p.default is None}
    result = Q.run(corpus_store.db, query, values)
    names = {"positions": "document", "citations": "citing"}.get(name, "label")
    if not any(str(v).startswith(ID + "doc/") for r in result.rows for v in r.values()):
        return  # no document in this answer
    assert names in result.variables, f"{name} names documents without a readable name column"
    for r in result.rows:
        assert re.fullmatch(r"[A-Z][\w./()-]*|\S+\.\w+( \(\d{4}-\d\d-\d\d\))?", str(r[names])), (name, r[names])


def test_every_document_is_a_unhr_document(corpus_store: Store) -> None:
    typed = Q.run(corpus_store.db, Q.parse_query("d", "SELECT ?d WHERE { ?d a unhr:Document }")).rows
    described = Q.run(corpus_store.db, Q.parse_query("g", "SELECT ?d WHERE { ?g unhr:describes ?d }")).rows
    kinds = Q.run(corpus_store.db, Q.parse_query("k", "SELECT DISTINCT ?k WHERE { ?d a unhr:Document ; unhr:docType ?k }"))
    assert {r["d"] for r in described} <= {r["d"] for r in typed} and len(described) == 10
    assert {r["k"] for r in kinds.rows} >= {"letter", "note_verbale", "decision"}


def test_citation_chains_are_bounded_and_say_where_they_cut(corpus_store: Store, extended_store: Store) -> None:
    deep = rows(extended_store, "citation-chains", resolution="HRC 5/1")
    assert pick(deep, "links", "depth", "endpoints", "cut") == [("1", "3", "20", None), ("2", "3", "20", None)]
    short = rows(extended_store, "citation-chains", resolution="HRC 5/1", depth="1")
    assert pick(short, "label", "cut") == [("A/HRC/60/2", "chains go on past 1 citation")]
    with pytest.raises(QueryError, match="at least 1"):
        rows(extended_store, "citation-chains", resolution="HRC 5/1", endpoints="0")


def _report(n: int, **more: object) -> dict[str, object]:
    return {"symbol": f"A/HRC/61/{n}", "issued": f"2025-0{n}-01", "doc_type": "report", "author_body": "OHCHR", **more}


CHAINS = {"end-1": _report(1, resolutions=[{"body": "HRC", "number": "5/1"}]),  # two documents referring to
          "end-2": _report(2, resolutions=[{"body": "HRC", "number": "5/1"}]),  # HRC 5/1, each cited once:
          "cites-1": _report(3, documents_cited=["A/HRC/61/1"]),                 # two chain ends
          "cites-2": _report(4, documents_cited=["A/HRC/61/2"])}


def test_citation_chains_follow_as_many_endpoints_as_asked(tmp_path: Path) -> None:
    for name, record in CHAINS.items():
        (tmp_path / f"{name}.txt.record.yaml").write_text(yaml.safe_dump({"file": f"{name}.txt", **record}))
    with Store(tmp_path / "db") as store:
        assert ingest(store, [tmp_path / f"{name}.txt" for name in CHAINS]).ok
        every = rows(store, "citation-chains", resolution="HRC 5/1")
        one = rows(store, "citation-chains", resolution="HRC 5/1", endpoints="1")
    assert pick(every, "label", "referringSymbol", "cut") == [("A/HRC/61/3", "A/HRC/61/1", None),
                                                              ("A/HRC/61/4", "A/HRC/61/2", None)]
    assert pick(one, "label", "referringSymbol", "cut") == [
        ("A/HRC/61/3", "A/HRC/61/1", "followed the earliest 1 of 2 cited documents referring to it")]


def _cli(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_query_shows_a_page_and_says_how_to_get_more(tmp_path: Path, corpus_store: Store) -> None:
    corpus_store.flush()
    corpus_store.db.backup(str(tmp_path / "db"))
    store = str(tmp_path / "db")
    code, out, _ = _cli("query", "positions", "--store", store, "--limit", "2")
    assert code == 0 and out.count("\n") == 2 + 4
    assert out.rstrip().endswith("(rows 1-2; more follow: --offset 2 for the next page, --all for every row)")
    code, out, _ = _cli("query", "positions", "--store", store, "--limit", "2", "--offset", "2", "--format", "csv")
    everything = _cli("query", "positions", "--store", store, "--all", "--format", "csv")[1].splitlines()
    assert out.splitlines() == [everything[0]] + everything[3:5]
    code, out, err = _cli("query", "positions", "--store", store, "--all", "--count", "--format", "csv")
    assert out.splitlines() == everything and err.strip() == f"(rows 1-{len(everything) - 1} of {len(everything) - 1})"

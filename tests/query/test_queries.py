"""Every named query parses, runs, and gives its expected rows on the seeds and corpus."""
from __future__ import annotations

import pytest

from unhrkg import query as Q
from unhrkg.errors import QueryError
from unhrkg.store import Store

ID = "https://w3id.org/unhrkg/id/"


def rows(store: Store, name: str, **params: str) -> list[dict[str, object]]:
    return Q.run(store.db, Q.load(name), params).rows


def test_every_query_has_a_description_and_runs(corpus_store: Store) -> None:
    sample = {"state": "PRK", "resolution": "CHR 2003/10", "session": "CHR 61", "item": "9", "stance": "rejects",
              "sponsor": "EU"}
    queries = Q.library()
    assert len(queries) >= 8
    for name, q in queries.items():
        assert q.description, f"{name} has no header comment"
        values = {p.name: sample[p.name] for p in q.params if not p.optional}
        result = Q.run(corpus_store.db, q, values)
        assert result.variables, name


def test_rejected_resolutions_of_prk(corpus_store: Store) -> None:
    got = {(r["number"], r["body"], r["symbol"], r["dated"]) for r in rows(corpus_store, "rejected-resolutions", state="PRK")}
    assert got == {("2003/10", "CHR", None, "2004-02-04"), ("2004/13", "CHR", "E/CN.4/2005/G/13", "2005-02-28")}
    evidence = [r["evidence"] for r in rows(corpus_store, "rejected-resolutions", state="PRK")]
    assert any("categorically objects to resolution 2003/10" in str(e) for e in evidence)


def test_rejected_resolutions_of_a_state_that_rejected_nothing(corpus_store: Store) -> None:
    assert rows(corpus_store, "rejected-resolutions", state="EGY") == []


def test_documents_referring_to_resolution(corpus_store: Store) -> None:
    got = rows(corpus_store, "documents-referring-to-resolution", resolution="CHR 2004/13")
    assert [(r["symbol"], r["author"], r["dated"]) for r in got] == [
        ("E/CN.4/2005/G/13", "Democratic People's Republic of Korea", "2005-02-28")]
    ga = {r["dated"] for r in rows(corpus_store, "documents-referring-to-resolution", resolution="GA 60/251")}
    assert ga == {"2006-04-11", "2010-06-09"}


def test_resolution_sponsors(corpus_store: Store) -> None:
    got = {(r["number"], r["sponsorName"], r["symbol"]) for r in rows(corpus_store, "resolution-sponsors")}
    assert got == {("2003/10", "European Union", None), ("2004/13", "European Union", "E/CN.4/2005/G/13")}
    one = rows(corpus_store, "resolution-sponsors", resolution="CHR 2004/13")
    assert [r["symbol"] for r in one] == ["E/CN.4/2005/G/13"]


def test_documents_under_agenda_item(corpus_store: Store) -> None:
    got = rows(corpus_store, "documents-under-agenda-item", session="CHR 61", item="9")
    assert [(r["symbol"], r["issued"]) for r in got] == [("E/CN.4/2005/G/13", "2005-03-02")]
    assert rows(corpus_store, "documents-under-agenda-item", session="CHR 61", item="10") == []


def test_mission_documents_in_date_order(corpus_store: Store) -> None:
    got = rows(corpus_store, "mission-documents", state="PRK")
    assert [(r["type"], r["dated"]) for r in got] == [("note_verbale", "2004-02-04"), ("letter", "2005-02-28")]
    assert all(r["addressee"] == "Office of the United Nations High Commissioner for Human Rights" for r in got)
    assert all("Permanent Mission of Democratic People's Republic of Korea" in str(r["mission"]) for r in got)


def test_citations(corpus_store: Store) -> None:
    got = {(r["citing"], r["citedSymbol"]) for r in rows(corpus_store, "citations")}
    assert ("E/CN.4/2005/G/13", "E/CN.4/2005/32") in got
    assert {c for d, c in got if d == "A/HRC/DEC/14/105"} == {"A/HRC/14/15", "A/HRC/14/37", "A/HRC/14/15/Add.1"}
    assert len(got) == 6


def test_signatories_per_state(corpus_store: Store) -> None:
    got = {(r["name"], r["post"]) for r in rows(corpus_store, "signatories", state="PRK")}
    assert got == {("Ri Tcheul", "Ambassador"), ("Ri Tcheul", "Permanent Representative")}
    egypt = {r["post"] for r in rows(corpus_store, "signatories", state="EGY")}
    assert egypt == {"Ambassador", "Permanent Representative of Egypt", "President of the Arab Group",
                     "Coordinator of the African Group"}


def test_co_mentioned_with_resolution(corpus_store: Store) -> None:
    got = {r["entity"] for r in rows(corpus_store, "co-mentioned-with-resolution", resolution="CHR 2003/10")}
    assert got == {ID + "state/" + s for s in ("PRK", "DEU", "SWE", "GBR", "USA")} | {
        ID + "body/" + b for b in ("UN", "UNOG", "OHCHR", "CHR", "EU")}


def test_positions_answer_the_mission_question(corpus_store: Store) -> None:
    got = {(r["stance"], r["state"], r["resolution"], r["tabledBy"]) for r in rows(corpus_store, "positions")}
    assert ("rejects", "Democratic People's Republic of Korea", "CHR resolution 2003/10", "European Union") in got
    assert ("supports", "Venezuela (Bolivarian Republic of)", "HRC resolution 42/4", None) in got


@pytest.mark.parametrize("hostile", ['PRK" } ; DROP ALL ; {', "P>K", "PR K", "x" * 5000])
def test_parameters_cannot_inject(corpus_store: Store, hostile: str) -> None:
    before = len(corpus_store)
    with pytest.raises(QueryError):
        rows(corpus_store, "rejected-resolutions", state=hostile)
    assert len(corpus_store) == before


def test_string_parameter_with_quotes_is_a_literal(corpus_store: Store) -> None:
    assert rows(corpus_store, "documents-under-agenda-item", session="CHR 61", item='9" } UNION { ?x ?y ?z') == []


def test_missing_and_unknown_parameters_are_errors(corpus_store: Store) -> None:
    with pytest.raises(QueryError, match="needs --param state"):
        rows(corpus_store, "rejected-resolutions")
    with pytest.raises(QueryError, match="no parameter colour"):
        rows(corpus_store, "citations", colour="red")


def test_malformed_sparql_is_one_line_error(corpus_store: Store) -> None:
    with pytest.raises(QueryError) as err:
        Q.run(corpus_store.db, Q.parse_query("bad", "SELECT ?x WHERE { ?x ?y }"))
    assert "\n" not in str(err.value) and "1:" in str(err.value)  # one line, naming the position

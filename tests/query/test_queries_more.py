"""The rest of the query library, each with its expected rows, and the VALUES binding remote endpoints get.

Citation chains, missions over time and quarantine need documents the corpus lacks: the
``extended_store`` adds them as reviewed records (a three-link citation chain, a second
PRK representative, a document whose dates fail validation) to a copy of the corpus store.
"""
from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from helpers.stores import pick, rows, sample_values
from unhrkg import query as Q
from unhrkg.errors import QueryError
from unhrkg.query.text import where_end
from unhrkg.store import Store

ID = "https://w3id.org/unhrkg/id/"
TESTS = Path(__file__).resolve().parent


def test_the_library_has_at_least_15_queries_each_tested_with_expected_rows() -> None:
    names = set(Q.library())
    assert len(names) >= 15
    tested = (TESTS / "test_queries.py").read_text() + (TESTS / "test_queries_more.py").read_text()
    assert {n for n in names if not re.search(rf'rows\(\w+, "{n}"', tested)} == set()


def test_documents_with_their_particulars(corpus_store: Store) -> None:
    got = {r["document"]: r for r in rows(corpus_store, "documents")}
    assert len(got) == 10
    letter = got[ID + "doc/E/CN.4/2005/G/13"]
    assert (letter["type"], letter["issued"], letter["dated"], letter["author"], letter["addressee"],
            letter["session"], letter["items"]) == ("letter", "2005-03-02", "2005-02-28", "PRK", "OHCHR", "CHR 61", "9")
    joint = next(r for r in got.values() if "," in str(r["author"]))
    assert sorted(str(joint["author"]).split(", ")) == ["CUB", "EGY", "PAK"] and joint["addressee"] == "HRC"


def test_state_communications_per_year_and_addressee(corpus_store: Store, extended_store: Store) -> None:
    got = rows(corpus_store, "state-communications", state="PRK")
    assert pick(got, "year", "addresseeName", "documents") == [
        ("2004", "Office of the United Nations High Commissioner for Human Rights", "1"),
        ("2005", "Office of the United Nations High Commissioner for Human Rights", "1")]
    assert pick(rows(extended_store, "state-communications", state="PRK"), "year") == [("2004",), ("2005",), ("2006",)]
    assert pick(rows(corpus_store, "state-communications", state="LBN"), "year", "addresseeName") == [
        (None, "Commission on Human Rights")]  # undated: no year, still counted


def test_session_resolutions_with_who_tabled_and_who_rejected(corpus_store: Store) -> None:
    got = rows(corpus_store, "session-resolutions", session="CHR 59")
    assert pick(got, "number", "tabledBy", "rejectedBy", "documents") == [
        ("2003/10", "European Union", "Democratic People's Republic of Korea", "1")]
    assert pick(rows(corpus_store, "session-resolutions", session="HRC 25"), "number", "tabledBy", "rejectedBy") == [
        ("25/1", None, "Sri Lanka")]
    assert pick(rows(corpus_store, "session-resolutions", session="GA 60"), "number", "documents") == [("60/251", "2")]


def test_session_agenda_lists_documents_under_each_item(corpus_store: Store) -> None:
    assert pick(rows(corpus_store, "session-agenda", session="CHR 61"), "item", "label", "type") == [
        ("9", "E/CN.4/2005/G/13", "letter")]
    assert pick(rows(corpus_store, "session-agenda", session="GA 60"), "item", "type", "dated") == [
        ("112 (e)", "note_verbale", "2006-04-11")]
    assert rows(corpus_store, "session-agenda", session="HRC 42") == []


def test_states_that_rejected_resolutions_tabled_by_the_eu(corpus_store: Store) -> None:
    got = rows(corpus_store, "rejections-of-resolutions-tabled-by", sponsor="EU")
    assert pick(got, "number", "stateName", "dated") == [
        ("2003/10", "Democratic People's Republic of Korea", "2004-02-04"),
        ("2004/13", "Democratic People's Republic of Korea", "2005-02-28")]
    assert all("DPRK" in str(r["evidence"]) for r in got)
    assert rows(corpus_store, "rejections-of-resolutions-tabled-by", sponsor="OIC") == []


def test_citation_chains_of_any_depth(corpus_store: Store, extended_store: Store) -> None:
    got = rows(extended_store, "citation-chains", resolution="HRC 5/1")
    assert pick(got, "label", "citedSymbol", "referringSymbol") == [
        ("A/HRC/60/2", "A/HRC/60/1", "A/HRC/60/1"),   # one link
        ("A/HRC/60/3", "A/HRC/60/2", "A/HRC/60/1")]   # two links
    assert rows(corpus_store, "citation-chains", resolution="HRC 5/1") == []


def test_mission_representatives_over_time(corpus_store: Store, extended_store: Store) -> None:
    got = rows(extended_store, "mission-representatives", state="PRK")
    assert pick(got, "name", "post", "from", "until") == [
        ("Ri Tcheul", "Ambassador", "2005-02-28", "2005-02-28"),
        ("Ri Tcheul", "Permanent Representative", "2005-02-28", "2005-02-28"),
        ("Choe Myong Nam", "Ambassador", "2006-02-20", "2006-02-20"),
        ("Choe Myong Nam", "Permanent Representative", "2006-02-20", "2006-02-20")]
    everyone = {r["name"] for r in rows(corpus_store, "mission-representatives")}
    assert everyone == {"Ri Tcheul", "Hisham Badr", "Zamir Akram", "Juan Antonio Fernandez Palacios", "Alisher Vohidov"}


def test_pairs_of_states_mentioned_together(corpus_store: Store) -> None:
    got = rows(corpus_store, "co-mentioned-states", state="PRK")
    assert pick(got, "otherName", "documents")[0] == ("United States of America", "2")
    assert {r["other"] for r in got} == {ID + "state/" + s for s in ("USA", "DEU", "SWE", "GBR")}
    pairs = {(r["state"], r["other"]): r["documents"] for r in rows(corpus_store, "co-mentioned-states")}
    assert all(pairs[(b, a)] == n for (a, b), n in pairs.items())  # each pair in both orders, same count


def test_fact_provenance_names_document_sentence_and_source(corpus_store: Store) -> None:
    got = rows(corpus_store, "fact-provenance", resolution="CHR 2003/10")
    assert pick(got, "who", "says", "rule", "sourcePath") == [
        ("Democratic People's Republic of Korea", "rejects", "cue-rejects", "data/corpus/000_e9ba8eca00d86e24.txt"),
        ("European Union", "tabled", "passive-by", "data/corpus/000_e9ba8eca00d86e24.txt")]
    assert "categorically objects to resolution 2003/10" in str(got[0]["evidence"])
    assert all(str(r["graph"]).startswith("https://w3id.org/unhrkg/graph/doc/") for r in got)
    assert len(rows(corpus_store, "fact-provenance")) == 6


def test_problem_documents_without_symbol_or_quarantined(corpus_store: Store, extended_store: Store) -> None:
    assert {r["problem"] for r in rows(corpus_store, "problem-documents")} == {"no symbol"}
    got = rows(extended_store, "problem-documents")
    failed = [r for r in got if r["problem"] == "failed validation"]
    assert pick(failed, "document") == [(ID + "doc/E/CN.4/2006/G/8",)]
    assert "/graph/quarantine/" in str(failed[0]["graph"]) and str(failed[0]["sourcePath"]).endswith("bad-dates.txt")
    assert "not after the issue date" in str(failed[0]["detail"])
    assert len([r for r in got if r["problem"] == "no symbol"]) == 8


# -- parameters: the projection convention and the VALUES binding ------------------------


@pytest.mark.parametrize("name", sorted(Q.library()))
def test_every_parameter_is_projected_and_bound_by_values(extended_store: Store, name: str) -> None:
    """A parameter's variable is in the SELECT projection (the library's convention: the answer
    says what it was asked), and the text run is the one a remote endpoint gets."""
    query = Q.load(name)
    for optional in (False, True):
        values = sample_values(query, optional)
        local = Q.run(extended_store.db, query, values)
        assert {p.name for p in query.params} <= set(local.variables), "a parameter must be projected"
        bound = Q.run(extended_store.db, Q.NamedQuery(name, Q.with_values(query, values), ""))
        assert bound.rows == local.rows


@pytest.mark.parametrize("text", ['a "quoted" \\ back\\slash', "new\nline\ttab\r", "} } ; DROP ALL", "é ✓ \U0001F30D"])
def test_literal_values_survive_the_round_trip(text: str) -> None:
    query = Q.NamedQuery("echo", "# echo\n# param: x string a string\nSELECT ?x WHERE { }",
                         "echo", (Q.Param("x", "string", False, "a string"),))
    db = ox.Store()
    assert Q.run(db, Q.NamedQuery("echo", Q.with_values(query, {"x": text}), "")).rows == [{"x": text}]


def test_iri_values_with_forbidden_characters_are_refused() -> None:
    query = Q.NamedQuery("q", "SELECT ?x WHERE { }", "", (Q.Param("x", "iri", False, "an IRI"),))
    for hostile in ("http://x/a> } ; DROP ALL ; <x:y", "http://x/a b"):
        with pytest.raises(QueryError):
            Q.with_values(query, {"x": hostile})
    assert "VALUES (?x) { (<http://x/ok>) }" in Q.with_values(query, {"x": "http://x/ok"})


@pytest.mark.parametrize("text, inside", [
    ('SELECT ?x WHERE { ?x <x:p> "}" # } in a comment\n }', True),
    ("PREFIX a: <x:a#>\nSELECT * { ?x a:p ?o }", True),
    ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", True),
    ("CONSTRUCT { ?s ?p ?o } { ?s ?p ?o FILTER (?o < 3) }", True),
    ("CONSTRUCT WHERE { ?s ?p ?o }", False),  # no VALUES allowed in the short form: appended after
    ("DESCRIBE <x:a>", False),
])
def test_values_go_at_the_end_of_the_where_group(text: str, inside: bool) -> None:
    end = where_end(text)
    if not inside:
        assert end is None
        return
    assert end == text.rindex("}")
    assert Q.run(ox.Store(), Q.NamedQuery("q", text[:end] + " VALUES ?s { <x:s> } " + text[end:], "")) is not None
